// Red-team round 55 on the tools (fresh eyes): round 54's go-yaml scanner and timestamp rules in the stack-file
// reader (tools/offline/stackFile.ts goYamlScannerProblem, goYamlTimestampProblems / isGoYamlTimestamp) against
// go-yaml v3.0.1 itself (Debian golang-gopkg-yaml.v3-dev 3.0.1, built with go1.19, run beside the tools on each file
// with Pulumi's config decoding: object.go unmarshalObject, `case time.Time: v.String()`), and the audit's export
// reader (tools/audit/exportFile.ts readExport) and command line (tools/private/flags.ts parseFlags), not probed in
// round 54. Probed:
//   - timestamps: the spellings Go's time.Parse takes beyond isGoYamlTimestamp's regular expression (more than one
//     space between the date and the time: time.Parse's skip() lets one layout space match a run of spaces), and the
//     neighbours go-yaml reads as text (a lowercase `z`, `+0000` without a colon, no seconds, hour 24,
//     1900-02-29, a signed or five-digit year) -- the tools must read those as text too, not refuse them;
//   - tabs: after a key's `:` with a value (both readers take it), after `- ` and `?` (go-yaml refuses), and in a
//     quoted scalar's continuation line (go-yaml's yaml_parser_scan_flow_scalar consumes blanks there, space or tab,
//     with no indentation check: after spaces both readers read the same; a tab alone is no YAML 1.2 (no s-indent)
//     and refused). Not filed: a tab after the spaces of a PLAIN value's continuation line is "platform custody" to
//     go-yaml and YAML 1.2 alike, and the tools refuse it -- goYamlScannerProblem's documented fail-closed choice;
//   - escapes both readers decode alike (`\x70`, an escaped line break);
//   - the audit: a number Go's float64 cannot hold, a BOM, a second document after the export, the version written
//     as 3.0 or "3", a repeated or empty flag, a boolean flag given a value.
//
// Misses (2 insecure-side: bad inputs accepted; 0 secure refused; both fixed in round 55):
//   - a plain date-time with two (or more) spaces between the date and the time (`2024-06-04  10:00:00`): go-yaml v3
//     resolves it to a timestamp (Go's time.Parse matches a run of spaces to the layout's one space), Pulumi deploys
//     "2024-06-04 10:00:00 +0000 UTC", the tools certify the text as written (2: a tag value, a tag key).
import { committedStackFile } from "./support";
import { describeAuditRefusals } from "./auditExportCases";
import { StackCase, describeStackFileCases, devOwner, withDevTags, withKeyTags } from "./stackFileCases";

describe("red team 55: go-yaml v3.0.1 timestamps and tabs against the tools' stack-file reader; the audit's export reader and flags", function () {
    this.timeout(300_000);

    const insecure: StackCase[] = [
        // Was a MISS (fixed in round 55): go-yaml v3.0.1 resolve.go parseTimestamp tries Go's time.Parse with the layout "2006-1-2 15:4:5.999999999",
        // and Go's time.Parse lets one space of the layout match any run of spaces in the value (Go src/time/format.go
        // skip(): "if prefix[0] == ' ' { ... prefix = cutspace(prefix); value = cutspace(value); continue }"), so
        // `2024-06-04  10:00:00` (two spaces, an aligned column) is a timestamp to go-yaml, kept as time.Time in
        // interface{} (decode.go scalar()) and deployed by Pulumi as "2024-06-04 10:00:00 +0000 UTC" (pulumi config
        // object.go unmarshalObject: `case time.Time: return newObject(v.String())`; checked with go-yaml v3.0.1:
        // {"reviewed":"2024-06-04 10:00:00 +0000 UTC"}), while isGoYamlTimestamp's pattern allows exactly one space,
        // so the tools model and certify every dev resource tagged reviewed="2024-06-04  10:00:00": the class round 54
        // fixed for one space. Doc: go-yaml v3.0.1 resolve.go allowedTimestampFormats / parseTimestamp; Go time
        // package format.go skip (https://pkg.go.dev/time#Parse).
        {
            title: 'dev\'s tags `reviewed: 2024-06-04  10:00:00` (two spaces: deployed as "2024-06-04 10:00:00 +0000 UTC")',
            stack: "dev",
            file: () => withDevTags("    reviewed: 2024-06-04  10:00:00\n"),
        },
        // Was a MISS (fixed in round 55): the same as a keyTags key: Pulumi's unmarshalObject names it fmt.Sprintf("%v", k) of the time.Time,
        // "2024-01-01 08:30:00 +0000 UTC"; the tools "2024-01-01   08:30:00". Doc: as above.
        {
            title: 'keyTags key `2024-01-01   08:30:00: created` (three spaces: the tag key "2024-01-01 08:30:00 +0000 UTC")',
            stack: "trust-domain",
            file: () => withKeyTags("      2024-01-01   08:30:00: created\n"),
        },
        // Guards (refused today): spellings isGoYamlTimestamp covers -- one-digit fields, a comma fraction, a date in a
        // flow sequence, one merged through `<<`, a date-time folded over two lines.
        {
            title: "dev's tags `reviewed: 2024-06-04 1:2:3` (one-digit fields: a timestamp to go-yaml)",
            stack: "dev",
            file: () => withDevTags("    reviewed: 2024-06-04 1:2:3\n"),
        },
        {
            title: "dev's tags `reviewed: 2024-06-04T10:00:00,5Z` (a comma fraction: a timestamp to go-yaml)",
            stack: "dev",
            file: () => withDevTags("    reviewed: 2024-06-04T10:00:00,5Z\n"),
        },
        {
            title: "keyTags `rotations: [2024-06-04]` (a timestamp in a flow sequence)",
            stack: "trust-domain",
            file: () => withKeyTags("      rotations: [2024-06-04]\n"),
        },
        {
            title: "dev's tags `<<: {reviewed: 2024-06-04}` (a timestamp merged in)",
            stack: "dev",
            file: () => withDevTags("    <<: {reviewed: 2024-06-04}\n"),
        },
        {
            title: "dev's tags `reviewed: 2024-06-04` folded over two lines with `10:00:00`",
            stack: "dev",
            file: () => withDevTags("    reviewed: 2024-06-04\n      10:00:00\n"),
        },
        // Guards: tabs go-yaml refuses after a block indicator (`- <TAB>`, `?<TAB>`, a complex value's `:<TAB>`).
        {
            title: "dev's accessPaths with `- <TAB>keySource` (a space then a tab after `-`)",
            stack: "dev",
            file: () =>
                committedStackFile(
                    "dev",
                    "    accessPaths: [antiSlashing, keySource, signerState]\n",
                    "    accessPaths:\n      - antiSlashing\n      - \tkeySource\n      - signerState\n",
                ),
        },
        {
            title: "dev's tags `?<TAB>reviewed` / `: yes` (a tab after a complex key's `?`)",
            stack: "dev",
            file: () => withDevTags("    ?\treviewed\n    : yes\n"),
        },
    ];

    const secure: StackCase[] = [
        // A tab after the spaces that start a quoted value's continuation line: go-yaml's yaml_parser_scan_flow_scalar
        // consumes the blanks there, space or tab alike, and YAML 1.2 reads them as the line prefix (7.3.1
        // s-flow-line-prefix: s-indent(n) then s-separate-in-line), so both read "platform custody". (With the tab
        // alone at the line's start go-yaml still reads "platform custody" but YAML 1.2 has no s-indent(n) there and
        // the yaml library refuses it too ("Missing closing quote"): refused, not a miss, though the tools' message
        // says go-yaml refuses it.)
        {
            title: 'dev\'s tags `owner: "platform` / `      <TAB>custody"` (a wrapped quoted value: "platform custody" to both)',
            stack: "dev",
            file: () => devOwner('    owner: "platform\n      \tcustody"\n'),
        },
        {
            title: "dev's tags `owner: 'platform` / `      <TAB>custody'` (the same, single-quoted)",
            stack: "dev",
            file: () => devOwner("    owner: 'platform\n      \tcustody'\n"),
        },
        // Neighbours of the timestamp rule go-yaml reads as text (Go's time.Parse fails): the tools accept them.
        ...(
            [
                ["a lowercase `z` zone (Go's layout takes `Z` only)", "2024-06-04T10:00:00z"],
                ["a `+0000` zone without a colon", "2024-06-04T10:00:00+0000"],
                ["no seconds", "2024-06-04T10:00Z"],
                ["hour 24", "2024-06-04T24:00:00Z"],
                ["1900-02-29 (no such day)", "1900-02-29"],
                ["a signed year", "+2024-06-04"],
                ["a five-digit year", "12024-06-04"],
            ] as const
        ).map(([what, value]): StackCase => ({
            title: `dev's tags \`reviewed: ${value.replace("\t", "<TAB>")}\` (${what}: text to both readers)`,
            stack: "dev",
            file: () => withDevTags(`    reviewed: ${value}\n`),
        })),
        // Tabs both readers take.
        {
            title: "dev's tags `reviewed:<TAB>yes` (a tab after a key's `:` before its value)",
            stack: "dev",
            file: () => withDevTags("    reviewed:\tyes\n"),
        },
        {
            title: "dev's tags `reviewed: <TAB>yes` (a space then a tab after a key's `:`)",
            stack: "dev",
            file: () => withDevTags("    reviewed: \tyes\n"),
        },
        {
            title: 'dev\'s tags `owner: "\\x70latform-custody"` (an escape both readers decode: the same value)',
            stack: "dev",
            file: () => devOwner('    owner: "\\x70latform-custody"\n'),
        },
        {
            title: 'dev\'s tags `owner: "platform-\\` / `custody"` (an escaped line break: the same value)',
            stack: "dev",
            file: () => devOwner('    owner: "platform-\\\n      custody"\n'),
        },
        {
            title: "dev's accessPaths as a flow sequence over lines, `]` at the key's indentation",
            stack: "dev",
            file: () =>
                committedStackFile(
                    "dev",
                    "    accessPaths: [antiSlashing, keySource, signerState]\n",
                    "    accessPaths: [\n      antiSlashing,\n      keySource,\n      signerState,\n    ]\n",
                ),
        },
    ];

    describeStackFileCases("r55-tools-", insecure, secure, {
        acceptedStderrMustNotMatch: /go-yaml|timestamp|not valid YAML/,
    });

    describeAuditRefusals(
        "r55-audit-",
        ({ exportText, write }) => [
            {
                // Go's encoding/json cannot decode 1e400 into interface{} (float64: "cannot unmarshal number"); JSON.parse
                // reads Infinity.
                title: "an input number 1e400 (Pulumi cannot read the state)",
                argv: () => [
                    "--state",
                    write(exportText().replace('"inputs":{', '"inputs":{"maxSessionDuration":1e400,')),
                ],
                says: /1e400/,
            },
            {
                // Go's encoding/json refuses a BOM ("invalid character 'ï' looking for beginning of value").
                title: "an export starting with a UTF-8 BOM",
                argv: () => ["--state", write(`\uFEFF${exportText()}`)],
                says: /not JSON/,
            },
            {
                title: "a second export appended to the first",
                argv: () => ["--state", write(exportText() + exportText())],
                says: /not JSON/,
            },
            {
                title: 'the version written "3" (a string)',
                argv: () => ["--state", write(exportText().replace('"version":3', '"version":"3"'))],
                says: /version/,
            },
            {
                title: "the version written 3.0",
                argv: () => ["--state", write(exportText().replace('"version":3', '"version":3.0'))],
                says: /version/,
            },
            {
                title: "--state given twice",
                argv: () => ["--state", write(exportText()), "--state", write(exportText())],
                says: /given twice/,
            },
            {
                title: "--stack= (an empty value)",
                argv: () => ["--state", write(exportText()), "--stack="],
                says: /needs a value/,
            },
            {
                title: "--json=true (a boolean flag given a value)",
                argv: () => ["--state", write(exportText()), "--json=true"],
                says: /takes no value/,
            },
            {
                title: "--stack -dev (a value that looks like a flag)",
                argv: () => ["--state", write(exportText()), "--stack", "-dev"],
                // Round 70: a value spelt like a flag is named as such, with the `=` form to pass it.
                says: /--stack -dev: a value starting with "-" is read as an option; write --stack=-dev/,
            },
        ],
        { appendOut: true },
    );
});
