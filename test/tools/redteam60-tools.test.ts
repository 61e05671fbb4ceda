// Red-team round 60 on the tools (fresh eyes): round 59's goYamlKeyProblems (two keys of one text, one not text) beside
// go-yaml v3.0.1 with Pulumi's object.go %v (/tmp/rt54go/pyaml, run 8-12 times per file), on ALIAS keys whose anchor is a
// plain number Go prints otherwise than JavaScript (1e6 -> "1e+06", 1e20 -> "1e+20", .inf ->
// "+Inf", -.inf -> "-Inf", 12345678901234567890 kept exact by Go's ParseUint), own keys of those spellings, merged
// text keys beside them, complex `? ` keys (scalar and collection), anchors on keys, !!binary keys, keys differing
// only in escapes (`"\x61"`), a Unicode-letter tag key, CRLF, BOM and document markers, and the audit's export reader (deployment versions and
// features, checkpoint shapes).
//
// Misses (5 insecure-side: bad inputs accepted; 0 secure refused; all fixed in round 60). Own plain keys of those spellings are refused
// (the own-key %v check: "is the key \"1e+06\" to Pulumi ... and \"1000000\" to the tools"), but an ALIAS key is read by
// the tools as JavaScript's String() of its anchor's YAML 1.2 value (goYamlKeyProblems note(): String(key.value);
// readStackFile gives {"1000000": b}), never as Go's %v of the number go-yaml resolves, so:
//   - `*k : b` with `&k -.inf`, `&k 100000000000000000000`, `&k 12345678901234567890` (3): Pulumi deploys the tag key
//     "-Inf", "1e+20", "12345678901234567890"; the tools certify "-Infinity", "100000000000000000000",
//     "12345678901234567000";
//   - `"1e+06": a` + `*k : b` with `&k 1e6`, and `"+Inf": a` + `*k : b` with `&k .inf` (2): one Go key to Pulumi (its
//     value a coin toss in Go's map order, both values seen for .inf: 2 "a", 10 "b" in 12 runs), two keys to the tools.
//   Fix direction: resolve an alias key to its anchor and judge it as an own plain key of the anchor's spelling (the
//   own-key %v check and the round-59 collision check both on Go's %v text, fmt's %v of a float64 being strconv 'g'
//   shortest with %e for exponents < -4 or >= 6, "+Inf"/"-Inf"/"NaN", and uint64 beyond int64).
import { describeAuditRefusals } from "./auditExportCases";
import { StackCase, describeStackFileCases, withDevTags, withKeyTags } from "./stackFileCases";

describe("red team 60: go-yaml v3.0.1 alias keys of numbers Go prints otherwise, YAML corners; the audit's export reader", function () {
    this.timeout(300_000);

    const insecure: StackCase[] = [
        // Was a MISS (fixed in round 60): an alias key is read by the tools as String() of its anchor's YAML 1.2 value ("-Infinity"), while
        // go-yaml v3.0.1 resolves `-.inf` to a float64 -Inf and Pulumi writes the key with fmt %v (config/object.go
        // unmarshalObject): "-Inf" (checked with go-yaml v3.0.1: {"-Inf": "b"}). The own plain key `-.inf` is refused by
        // the own-key %v check; the alias escapes it. Doc: go-yaml v3 resolve.go (.inf), decode.go alias(); Go fmt
        // package ("%v for float64 is %g"), strconv.FormatFloat ("+Inf", "-Inf").
        {
            title: 'dev\'s tags `*k : b` with `x-anchors: &k -.inf` ("-Inf" to Pulumi, "-Infinity" to the tools)',
            stack: "dev",
            file: () => withDevTags("    *k : b\n", "x-anchors: &k -.inf\n"),
        },
        // Was a MISS (fixed in round 60): as above: go-yaml v3.0.1 resolves 100000000000000000000 (past int64 and uint64) with ParseFloat to
        // 1e+20 and Pulumi's %v writes "1e+20"; the tools read "100000000000000000000". Doc: go-yaml v3 resolve.go
        // (ParseInt, ParseUint, then ParseFloat); Go fmt print.go (%v of a float64 is fmtFloat(v, 64, 'g', -1)) and
        // strconv ftoa.go ('g' shortest: %e from exponent 6 up and below -4; JavaScript's String() from 21 up).
        {
            title: 'dev\'s tags `*k : b` with `x-anchors: &k 100000000000000000000` ("1e+20" to Pulumi)',
            stack: "dev",
            file: () => withDevTags("    *k : b\n", "x-anchors: &k 100000000000000000000\n"),
        },
        // Was a MISS (fixed in round 60): as above: go-yaml v3.0.1 resolves 12345678901234567890 with ParseUint to the exact uint64, and Pulumi
        // writes "12345678901234567890"; the tools read a JavaScript number, "12345678901234567000". Doc: go-yaml v3
        // resolve.go (strconv.ParseUint for a plain integer past int64).
        {
            title: 'dev\'s tags `*k : b` with `x-anchors: &k 12345678901234567890` (exact to Pulumi, "12345678901234567000" to the tools)',
            stack: "dev",
            file: () => withDevTags("    *k : b\n", "x-anchors: &k 12345678901234567890\n"),
        },
        // Was a MISS (fixed in round 60): `"1e+06": a` and an alias key to 1e6: go-yaml v3.0.1 keeps a float64 1e6 and a text "1e+06" (the alias
        // makes the map no string map, decode.go isStringMap), Pulumi's %v folds both into "1e+06" (one key, Go's map
        // order picks the value); the tools read two keys, "1e+06": a and "1000000": b. Doc: go-yaml v3 decode.go
        // mapping(), isStringMap; Pulumi config/object.go unmarshalObject (%v); Go spec "For statements".
        {
            title: 'dev\'s tags `"1e+06": a` and `*k : b` with `x-anchors: &k 1e6` (one key "1e+06" to Pulumi, two to the tools)',
            stack: "dev",
            file: () => withDevTags('    "1e+06": a\n    *k : b\n', "x-anchors: &k 1e6\n"),
        },
        // Was a MISS (fixed in round 60): as above with +Inf: go-yaml v3.0.1 + Pulumi's %v gave both "a" and "b" (Go map order); the tools
        // read "+Inf": a and "Infinity": b (keyTags: 2 "a", 10 "b" in 12 runs). Doc: as above.
        {
            title: 'keyTags `"+Inf": a` and `*k : b` with `x-anchors: &k .inf` (Go\'s map order picks)',
            stack: "trust-domain",
            file: () => withKeyTags('      "+Inf": a\n      *k : b\n', "x-anchors: &k .inf\n"),
        },
        // Neighbours of the round-60 fix (goKeyText spells own, merged and alias keys alike; each checked with
        // go-yaml v3.0.1 + Pulumi's object.go %v, /tmp/rt54go/pyaml): alias keys to numbers Go's %v prints otherwise.
        {
            title: 'dev\'s tags `*k : b` with `x-anchors: &k 1e-5` ("1e-05" to Pulumi, "0.00001" to the tools)',
            stack: "dev",
            file: () => withDevTags("    *k : b\n", "x-anchors: &k 1e-5\n"),
        },
        {
            title: 'dev\'s tags `*k : b` with `x-anchors: &k 1234567.0` ("1.234567e+06" to Pulumi, "1234567" to the tools)',
            stack: "dev",
            file: () => withDevTags("    *k : b\n", "x-anchors: &k 1234567.0\n"),
        },
        {
            title: 'dev\'s tags `*k : b` with `x-anchors: &k -9223372036854775809` (past int64: a float64 "-9.223372036854776e+18" to Pulumi)',
            stack: "dev",
            file: () => withDevTags("    *k : b\n", "x-anchors: &k -9223372036854775809\n"),
        },
        {
            title: 'dev\'s tags `*k : b` with `x-anchors: &k -0.0` ("-0" to Pulumi, "0" to the tools)',
            stack: "dev",
            file: () => withDevTags("    *k : b\n", "x-anchors: &k -0.0\n"),
        },
        {
            title: 'keyTags `"1e+20": a` and `*k : b` with `x-anchors: &k 100000000000000000000` (one key "1e+20" to Pulumi)',
            stack: "trust-domain",
            file: () => withKeyTags('      "1e+20": a\n      *k : b\n', "x-anchors: &k 100000000000000000000\n"),
        },
        // Guards: own plain keys Go prints otherwise are refused (the own-key %v check).
        {
            title: 'dev\'s tags `1e6: a` (own key: "1e+06" to Pulumi, "1000000" to the tools)',
            stack: "dev",
            file: () => withDevTags("    1e6: a\n"),
        },
        {
            title: 'dev\'s tags `.inf: a` and `"+Inf": b` (own keys: one Go key "+Inf")',
            stack: "dev",
            file: () => withDevTags('    .inf: a\n    "+Inf": b\n'),
        },
        {
            title: 'dev\'s tags `1.5e-7: a` and `"1.5e-07": b` (own keys: one Go key "1.5e-07")',
            stack: "dev",
            file: () => withDevTags('    1.5e-7: a\n    "1.5e-07": b\n'),
        },
        {
            title: 'keyTags `100000000000000000000: a` and `"1e+20": b`',
            stack: "trust-domain",
            file: () => withKeyTags('      100000000000000000000: a\n      "1e+20": b\n'),
        },
        {
            title: "dev's tags `&k 1e6 : a` (an anchor on an own key Go prints as 1e+06)",
            stack: "dev",
            file: () => withDevTags("    &k 1e6 : a\n"),
        },
        {
            title: 'dev\'s tags `"16": a` and `*k : b` with `x-anchors: &k 0x10`',
            stack: "dev",
            file: () => withDevTags('    "16": a\n    *k : b\n', "x-anchors: &k 0x10\n"),
        },
        {
            title: "dev's tags `x: a` and `<<: {*k : b}` with `x-anchors: &k 1e6` (a merged alias key to a number)",
            stack: "dev",
            file: () => withDevTags("    x: a\n    <<: {*k : b}\n", "x-anchors: &k 1e6\n"),
        },
        {
            title: "dev's tags `*k : b` with `x-anchors: &k 2001-01-01` (an alias key to a timestamp)",
            stack: "dev",
            file: () => withDevTags("    *k : b\n", "x-anchors: &k 2001-01-01\n"),
        },
        {
            title: 'dev\'s tags `!!binary aGk=: x` ("hi" to Pulumi)',
            stack: "dev",
            file: () => withDevTags("    !!binary aGk=: x\n"),
        },
        {
            title: 'dev\'s tags `? [a, b]` (a complex key: go-yaml refuses "invalid map key")',
            stack: "dev",
            file: () => withDevTags("    ? [a, b]\n    : x\n"),
        },
        {
            title: "dev's tags `? {a: 1}` (a mapping key)",
            stack: "dev",
            file: () => withDevTags("    ? {a: 1}\n    : x\n"),
        },
        {
            title: 'dev\'s tags `"a": a` and `"\\x61": b` (one key in two escapes: go-yaml refuses "already defined")',
            stack: "dev",
            file: () => withDevTags('    "a": a\n    "\\x61": b\n'),
        },
    ];

    const secure: StackCase[] = [
        {
            title: 'dev\'s tags `"1e+06": a` (a quoted key: text to both)',
            stack: "dev",
            file: () => withDevTags('    "1e+06": a\n'),
        },
        {
            title: "dev's tags `*k : b` with `x-anchors: &k 1.5` (Go's %v and JavaScript both write 1.5)",
            stack: "dev",
            file: () => withDevTags("    *k : b\n", "x-anchors: &k 1.5\n"),
        },
        // Neighbours of the round-60 fix: alias keys Go's %v and JavaScript spell alike (checked with /tmp/rt54go/pyaml).
        {
            title: 'dev\'s tags `*k : b` with `x-anchors: &k "-.inf"` (a quoted anchor: text "-.inf" to both)',
            stack: "dev",
            file: () => withDevTags("    *k : b\n", 'x-anchors: &k "-.inf"\n'),
        },
        {
            title: "dev's tags `*k : b` with `x-anchors: &k 123456.7` (below Go's %e exponent 6: \"123456.7\" to both)",
            stack: "dev",
            file: () => withDevTags("    *k : b\n", "x-anchors: &k 123456.7\n"),
        },
        {
            title: 'dev\'s tags `*k : b` with `x-anchors: &k 0.0001` (exponent -4: "0.0001" to both)',
            stack: "dev",
            file: () => withDevTags("    *k : b\n", "x-anchors: &k 0.0001\n"),
        },
        {
            title: 'dev\'s tags `"1e+06": a` and `*k : b` with `x-anchors: &k "1e6"` (two text keys to both)',
            stack: "dev",
            file: () => withDevTags('    "1e+06": a\n    *k : b\n', 'x-anchors: &k "1e6"\n'),
        },
        {
            title: "dev's tags `*k : custody` with `x-anchors: &k team` (an alias key to text)",
            stack: "dev",
            file: () => withDevTags("    *k : custody\n", "x-anchors: &k team\n"),
        },
        {
            title: "dev's tags `<<: *m` with `x-anchors: &m {team: custody}`",
            stack: "dev",
            file: () => withDevTags("    <<: *m\n", "x-anchors: &m {team: custody}\n"),
        },
        {
            title: "dev's tags `? team` / `: custody` (an explicit scalar key)",
            stack: "dev",
            file: () => withDevTags("    ? team\n    : custody\n"),
        },
        {
            title: "dev's tags `équipe: custody` (a Unicode letter: AWS allows letters representable in UTF-8)",
            stack: "dev",
            file: () => withDevTags("    équipe: custody\n"),
        },
        {
            title: 'dev\'s tags `<<: {"a": a}` and `"\\x61": b` (text keys only: the own key wins for both)',
            stack: "dev",
            file: () => withDevTags('    <<: {"a": a}\n    "\\x61": b\n'),
        },
        {
            title: "keyTags with CRLF line ends throughout",
            stack: "trust-domain",
            file: () => withKeyTags("      owner: custody\n").replace(/\n/g, "\r\n"),
        },
        {
            title: "dev's file with `---` and `...` document markers and a UTF-8 BOM",
            stack: "dev",
            file: () => `\uFEFF---\n${withDevTags("    team: custody\n")}...\n`,
        },
    ];
    describeStackFileCases("r60-tools-", insecure, secure);

    describeAuditRefusals(
        "r60-audit-",
        ({ exportText, write, out }) => [
            {
                title: '"version": 5 (no schema Pulumi reads)',
                argv: () => ["--state", write(exportText().replace('"version":3', '"version":5')), "--out", out()],
                says: /version 5/,
            },
            {
                title: '"version": 2 (an old schema no current export writes)',
                argv: () => ["--state", write(exportText().replace('"version":3', '"version":2')), "--out", out()],
                says: /version 2/,
            },
            {
                title: '"version": 3.0 (Go\'s encoding/json refuses 3.0 into an int)',
                argv: () => ["--state", write(exportText().replace('"version":3', '"version":3.0')), "--out", out()],
                says: /3\.0/,
            },
            {
                title: '"version": "3" (text)',
                argv: () => ["--state", write(exportText().replace('"version":3', '"version":"3"')), "--out", out()],
                says: /version/,
            },
            {
                title: '"version": 4 with "features": ["noSuchFeature"] (Pulumi refuses an unknown feature)',
                argv: () => [
                    "--state",
                    write(exportText().replace('"version":3', '"version":4,"features":["noSuchFeature"]')),
                    "--out",
                    out(),
                ],
                says: /noSuchFeature/,
            },
            {
                title: '"features": "taint" (no list)',
                argv: () => [
                    "--state",
                    write(exportText().replace('"version":3', '"version":4,"features":"taint"')),
                    "--out",
                    out(),
                ],
                says: /features/,
            },
            {
                title: "a backend checkpoint ({version, checkpoint: {stack, latest}}) instead of an export",
                argv: () => {
                    const doc = JSON.parse(exportText()) as { deployment: unknown };
                    return [
                        "--state",
                        write(JSON.stringify({ version: 3, checkpoint: { stack: "dev", latest: doc.deployment } })),
                        "--out",
                        out(),
                    ];
                },
                says: /checkpoint/,
            },
            {
                title: "an empty file",
                argv: () => ["--state", write(""), "--out", out()],
                says: /state-\d+\.json/,
            },
        ],
        { acceptsTheExport: true },
    );
});
