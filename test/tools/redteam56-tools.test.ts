// Red-team round 56 on the tools (fresh eyes): round 55's timestamp rule (isGoYamlTimestamp: a run of spaces between
// the date and the time) and round 54's scanner rules in the stack-file reader (tools/offline/stackFile.ts), run
// beside go-yaml v3.0.1 itself (Debian golang-gopkg-yaml.v3-dev 3.0.1, go1.19, with Pulumi's config decoding:
// object.go unmarshalObject, `case time.Time: v.String()`), and the audit's export reader (tools/audit/exportFile.ts)
// and flags. Probed:
//   - timestamps: the day-in-month check at the edges of Go's proleptic Gregorian calendar (years 0000-0099, where
//     JavaScript's Date.UTC reads a year 0..99 as 1900..1999), leap days 0004/0100/1600, zone offsets up to +24:00,
//     a timestamp given as an anchor and read through an alias, as a flow mapping's key, behind `!!timestamp`, and
//     the same texts quoted or tagged `!!str` (text to both readers);
//   - the audit: the version written 3e0 (Go's encoding/json refuses a float spelling for an int field), a field
//     name spelled with U+017F LATIN SMALL LETTER LONG S (Go's fold matches it to `inputs`).
// Not filed: `- - :<TAB>x` (a complex value's `:` behind a second `-`) is not flagged by goYamlScannerProblem (its
// afterNewlineIndicator follows only the first indicator of a line) while go-yaml refuses the tab, but go-yaml
// refuses `- - : x` without the tab too ("did not find expected key") and no config key of the stacks takes a list of
// maps, so the file is refused either way; an offset above +24:00 (`+25:00`) is text to a Go newer than 1.19 (the
// zone range check of time/format.go) and refused by the tools as a timestamp: fail closed, and no team writes it.
//
// Misses (2 insecure-side: bad inputs accepted; 0 secure refused):
//   - a plain `0000-02-29` (a date or date-time): a timestamp to go-yaml (Go's proleptic Gregorian year 0 is a leap
//     year), text to isGoYamlTimestamp, whose day check uses Date.UTC, which reads years 0..99 as 1900..1999
//     (2: a tag value, a tag key).

import { describeAuditRefusals } from "./auditExportCases";
import { StackCase, describeStackFileCases, withDevTags, withKeyTags } from "./stackFileCases";

describe("red team 56: go-yaml v3.0.1 timestamps at the calendar's edges and tabs against the tools' stack-file reader; the audit's export reader", function () {
    this.timeout(300_000);

    const insecure: StackCase[] = [
        // Was a MISS (fixed in round 56): go-yaml v3.0.1 resolve.go parseTimestamp reads `0000-02-29` with Go's time.Parse("2006-1-2"), whose
        // calendar is the proleptic Gregorian one (Go src/time/time.go isLeap: year%4 == 0 && (year%100 != 0 ||
        // year%400 == 0), so year 0 is a leap year): a time.Time, deployed by Pulumi as "0000-02-29 00:00:00 +0000 UTC"
        // (checked with go-yaml v3.0.1 + unmarshalObject's `case time.Time: v.String()`). isGoYamlTimestamp checks the
        // day with `new Date(Date.UTC(year, month, 0))`, and Date.UTC maps a year 0..99 to 1900..1999 (MDN Date.UTC:
        // "Years between 0 and 99 are converted to a year in the 20th century (1900 + year)"; ECMA-262 MakeFullYear),
        // so it checks 1900-02, which has 28 days, reads the text as text and certifies the tag "0000-02-29". Fix: the
        // leap rule by arithmetic (or Date.setUTCFullYear), not Date.UTC.
        {
            title: 'dev\'s tags `reviewed: 0000-02-29` (year 0 is a leap year to Go: "0000-02-29 00:00:00 +0000 UTC")',
            stack: "dev",
            file: () => withDevTags("    reviewed: 0000-02-29\n"),
        },
        // Was a MISS (fixed in round 56): the same as a keyTags key: Pulumi names it fmt.Sprintf("%v", k) of the time.Time,
        // "0000-02-29 10:00:00 +0000 UTC"; the tools certify "0000-02-29 10:00:00". Doc: as above.
        {
            title: 'keyTags key `0000-02-29 10:00:00: created` (the tag key "0000-02-29 10:00:00 +0000 UTC")',
            stack: "trust-domain",
            file: () => withKeyTags("      0000-02-29 10:00:00: created\n"),
        },
        {
            title: "dev's tags `reviewed: 0004-02-29` (a leap day of year 4)",
            stack: "dev",
            file: () => withDevTags("    reviewed: 0004-02-29\n"),
        },
        {
            title: "dev's tags `reviewed: 1600-02-29` (a leap day of a year divisible by 400)",
            stack: "dev",
            file: () => withDevTags("    reviewed: 1600-02-29\n"),
        },
        {
            title: 'dev\'s tags `reviewed: 2024-06-04T10:00:00+24:00` (Go takes an offset of 24 hours: "+2400")',
            stack: "dev",
            file: () => withDevTags("    reviewed: 2024-06-04T10:00:00+24:00\n"),
        },
        {
            title: "dev's tags `a: &d 2024-06-04` / `reviewed: *d` (a timestamp anchored, read through an alias)",
            stack: "dev",
            file: () => withDevTags("    a: &d 2024-06-04\n    reviewed: *d\n"),
        },
        {
            title: "keyTags `rotations: {2024-06-04: done}` (a timestamp as a flow mapping's key)",
            stack: "trust-domain",
            file: () => withKeyTags("      rotations: {2024-06-04: done}\n"),
        },
        {
            title: "dev's tags `reviewed: !!timestamp 2024-06-04` (an explicit timestamp tag)",
            stack: "dev",
            file: () => withDevTags("    reviewed: !!timestamp 2024-06-04\n"),
        },
        {
            title: 'dev\'s tags `reviewed: !!timestamp "2024-06-04"` (a quoted timestamp tagged: a time.Time to go-yaml)',
            stack: "dev",
            file: () => withDevTags('    reviewed: !!timestamp "2024-06-04"\n'),
        },
    ];

    const secure: StackCase[] = [
        ...(
            [
                ["1900-02-29", "no such day: text to both"],
                ["0100-02-29", "year 100 is no leap year: text to both"],
                ["0001-02-29", "year 1 is no leap year: text to both"],
            ] as const
        ).map(([value, what]): StackCase => ({
            title: `dev's tags \`reviewed: ${value}\` (${what})`,
            stack: "dev",
            file: () => withDevTags(`    reviewed: ${value}\n`),
        })),
        {
            title: 'dev\'s tags `reviewed: "2024-06-04"` (quoted: text to both)',
            stack: "dev",
            file: () => withDevTags('    reviewed: "2024-06-04"\n'),
        },
        {
            title: "dev's tags `reviewed: !!str 2024-06-04` (tagged text: text to both)",
            stack: "dev",
            file: () => withDevTags("    reviewed: !!str 2024-06-04\n"),
        },
        {
            title: "dev's tags `reviewed: '0000-02-29'` (quoted: text to both)",
            stack: "dev",
            file: () => withDevTags("    reviewed: '0000-02-29'\n"),
        },
    ];

    describeStackFileCases("r56-tools-", insecure, secure, {
        acceptedStderrMustNotMatch: /go-yaml|timestamp|not valid YAML/,
    });

    describeAuditRefusals(
        "r56-audit-",
        ({ exportText, write }) => [
            {
                // Go's encoding/json stores a number in an int field with strconv.ParseInt: 3e0 is an
                // UnmarshalTypeError, so Pulumi cannot read the state; JSON.parse reads 3.
                title: "the version written 3e0",
                argv: () => ["--state", write(exportText().replace('"version":3', '"version":3e0'))],
                says: /version/,
            },
            {
                // Go's encoding/json folds U+017F LATIN SMALL LETTER LONG S to `s` when it matches a key to a field.
                title: "a resource's `inputs` spelled `input\u017F` (Go's fold matches it to inputs)",
                argv: () => ["--state", write(exportText().replace('"inputs":{', '"input\u017F":{'))],
                says: /input\u017F/,
            },
        ],
        { appendOut: true },
    );
});
