// Red-team round 58 on the tools (fresh eyes): round 57's stack-file rules (tools/offline/stackFile.ts
// goYamlKeyProblems, directiveProblem, goYamlScannerProblem) beside go-yaml v3.0.1 itself (/tmp/goyaml: go-yaml
// v3.0.1 with Pulumi's config decoding, object.go unmarshalObject), run on ~90 spellings through readStackFile and
// then the cases below through `custody-model --check`. Probed:
//   - merge keys: merged keys reached through ALIASES (`*k` as a key, its anchor a number, boolean or null written
//     elsewhere in the file, e.g. an unknown top-level key go-yaml ignores), in a merge source written in place, in a
//     sequence of sources and in an anchored source; `!`/`!!merge`/`"<<"`/`'<<'`/an alias of `<<` as the key; a
//     scalar, null, `[~]`, `[]` and `{}` merge value; merges into `config:` itself and into the document;
//     `{<<: {secure: ...}}`;
//   - null keys: `Null`, `NULL`, an empty `?` key, `!!str ~`, `"~"`, `! ~`, a null key of `config:`, an ALIAS key
//     whose anchor is null;
//   - escapes: surrogates as \u and \U (in keys, flow sequences, continued lines, tagged and anchored scalars),
//     \UFFFFFFFF, \U0010FFFF, \uFFFE/\uFFFF, \x85, \u2028, \x00, \ud7ff/\ue000 (the neighbours of the surrogates);
//   - directives: `%YAML 1.1`, `1.01` (go-yaml reads the minor as the number 1), `2.0`, `%TAG` handles naming
//     yaml.org's tags (`!e!int`, `!str`, `!merge`), a redefined `!!`, unknown and repeated directives;
//   - the audit's export reader and the CLI flags (tools/private/flags.ts): `--out` naming the export itself,
//     `--state` a directory, `--stack=dev=x`, a lone `--`, `--out=`, an input number `1E400`, `"Version"` -- each
//     refused with its fix before anything is written (the export left as it was); no miss found there.
//
// Misses (5 insecure-side: bad inputs accepted; 0 secure refused):
//   - goYamlKeyProblems reads a key only through plainSource, so an ALIAS key (`*k :`) is never judged: merged into a
//     map of text keys it is its anchor's SOURCE TEXT to go-yaml (decode.go merge() -> mapping() -> unmarshal(alias)
//     -> scalar(): `out.SetString(n.Value)`) and the resolved value to the tools: `0x10` ("0x10" vs "16"), `1.0`
//     ("1.0" vs "1"), `True` ("True" vs "true"), `~` (dropped by go-yaml, the tag "null" to the tools), also through
//     an anchored merge source (5). (An own alias key whose anchor is null is "<nil>" to Pulumi and "" to the
//     tools, unjudged too, but refused as no usable tag key: kept as a guard.)

import { describeAuditRefusals } from "./auditExportCases";
import { DEV_TAGS, StackCase, describeStackFileCases, devOwner, withDevTags, withKeyTags } from "./stackFileCases";

describe("red team 58: go-yaml v3.0.1 alias keys, merges, null keys, escapes and directives; the audit's export reader and flags", function () {
    this.timeout(300_000);

    const insecure: StackCase[] = [
        // Was a MISS (fixed in round 58): an alias key merged into a map of text keys: go-yaml decodes the alias's target into the string key
        // as its source text (decode.go merge() -> mapping() with isStringMap's map[string]interface{} -> d.unmarshal
        // of the alias node -> d.alias -> scalar(): `case reflect.String: out.SetString(n.Value)`), so Pulumi tags
        // every dev resource "0x10"="reviewed"; the tools resolve the alias to 16 and certify the tag "16"
        // (goYamlKeyProblems' plainSource is undefined for an alias, so the key is skipped). Checked with go-yaml
        // v3.0.1 (/tmp/goyaml): {"0x10":"reviewed",...} vs the tools' {"16":"reviewed",...}. Doc: go-yaml v3.0.1
        // decode.go mapping(), merge(), alias(), scalar(); the round-57 rule this is the alias form of.
        {
            title: 'dev\'s tags `<<: {*k : reviewed}` with `x-anchors: &k 0x10` (an alias key merged: "0x10" to Pulumi, "16" to the tools)',
            stack: "dev",
            file: () => withDevTags("    <<: {*k : reviewed}\n", "x-anchors: &k 0x10\n"),
        },
        // Was a MISS (fixed in round 58): the same with a float anchor in a merge sequence: Pulumi "1.0", the tools "1". Doc: as above.
        {
            title: 'keyTags `<<: [{*k : rotation}]` with `x-anchors: &k 1.0` ("1.0" to Pulumi, "1" to the tools)',
            stack: "trust-domain",
            file: () => withKeyTags("      <<: [{*k : rotation}]\n", "x-anchors: &k 1.0\n"),
        },
        // Was a MISS (fixed in round 58): a boolean's spelling through an alias: Pulumi "True", the tools "true". Doc: as above.
        {
            title: 'dev\'s tags `<<: {*k : x}` with `x-anchors: &k True` ("True" to Pulumi, "true" to the tools)',
            stack: "dev",
            file: () => withDevTags("    <<: {*k : x}\n", "x-anchors: &k True\n"),
        },
        // Was a MISS (fixed in round 58): a null anchor merged through an alias key: go-yaml's d.null leaves the string key unset and mapping()
        // drops the pair (no tag to Pulumi); the tools keep the tag "null"="orphan". Doc: go-yaml v3.0.1 decode.go
        // null(), mapping() (`if d.unmarshal(n.Content[i], k)`).
        {
            title: 'dev\'s tags `<<: {*k : orphan}` with `x-anchors: &k ~` (no tag to Pulumi, "null" to the tools)',
            stack: "dev",
            file: () => withDevTags("    <<: {*k : orphan}\n", "x-anchors: &k ~\n"),
        },
        // Was a MISS (fixed in round 58): an anchored merge source holding an alias key (the source is judged, its alias key is not). Checked
        // with go-yaml v3.0.1: {"0x10":"rotation"} vs the tools' {"16":"rotation"}. Doc: as above.
        {
            title: "keyTags `<<: *m` with `x-anchors: {k: &k 0x10, m: &m {*k : rotation}}` (an alias key in an anchored source)",
            stack: "trust-domain",
            file: () => withKeyTags("      <<: *m\n", "x-anchors: {k: &k 0x10, m: &m {*k : rotation}}\n"),
        },
        // An alias key whose anchor is null, as the map's own key: "<nil>" to Pulumi (object.go unmarshalObject %v),
        // "" to the tools (the round-57 null-key rule reads only a plain null key, so the alias passes it); refused
        // all the same, as "" is no usable tag key. Checked with go-yaml v3.0.1: {"<nil>":"orphan"} vs {"":"orphan"}.
        {
            title: 'dev\'s tags `*k : orphan` with `x-anchors: &k ~` (an own alias key to null: "<nil>" to Pulumi, "" to the tools)',
            stack: "dev",
            file: () => withDevTags("    *k : orphan\n", "x-anchors: &k ~\n"),
        },
        // Round 57 rules re-checked (go-yaml v3.0.1 beside them).
        {
            title: "dev's tags `<<: {Null: x}` (a merged null key, capitalised)",
            stack: "dev",
            file: () => withDevTags("    <<: {Null: x}\n"),
        },
        {
            title: 'dev\'s tags `NULL: x` (an own null key, upper case: "<nil>" to Pulumi)',
            stack: "dev",
            file: () => withDevTags("    NULL: x\n"),
        },
        {
            title: "dev's tags `? ` / `: x` (an empty explicit key: null to go-yaml)",
            stack: "dev",
            file: () => withDevTags("    ? \n    : x\n"),
        },
        {
            title: "dev's tags `! ~: x` (the non-specific tag `!` on a null key: go-yaml still resolves nil)",
            stack: "dev",
            file: () => withDevTags("    ! ~: x\n"),
        },
        {
            title: 'dev\'s tags `<<: {! 0x10: x}` (a `!`-tagged merged key: "0x10" to Pulumi)',
            stack: "dev",
            file: () => withDevTags("    <<: {! 0x10: x}\n"),
        },
        {
            title: "keyTags `<<: *m` with `x-anchors: &m {1.0: a}` (an anchored merge source with a float key)",
            stack: "trust-domain",
            file: () => withKeyTags("      <<: *m\n", "x-anchors: &m {1.0: a}\n"),
        },
        {
            title: 'dev\'s tags `"<<": {team: a}` (a quoted `<<` is the key "<<" to both: a tag whose value is a map)',
            stack: "dev",
            file: () => withDevTags('    "<<": {team: a}\n'),
        },
        {
            title: "dev's tags `*m : {team: a}` with `x-anchors: &m <<` (an alias of `<<` is no merge to go-yaml)",
            stack: "dev",
            file: () => withDevTags("    *m : {team: a}\n", "x-anchors: &m <<\n"),
        },
        {
            title: "dev's tags `<<: [~]` (go-yaml: map merge requires map or sequence of maps)",
            stack: "dev",
            file: () => withDevTags("    <<: [~]\n"),
        },
        {
            title: 'dev\'s tags `"\\uD83D\\uDD11": x` (a surrogate pair escape in a KEY)',
            stack: "dev",
            file: () => withDevTags('    "\\uD83D\\uDD11": x\n'),
        },
        {
            title: 'dev\'s tags `note: [ "\\uDFFF" ]` (a surrogate escape in a flow sequence)',
            stack: "dev",
            file: () => withDevTags('    note: ["\\uDFFF"]\n'),
        },
        {
            title: 'dev\'s tags `note: "team\\` / `\\uD800"` (a surrogate escape on a continued line)',
            stack: "dev",
            file: () => withDevTags('    note: "team\\\n      \\uD800"\n'),
        },
        {
            title: 'dev\'s tags `note: &q "\\uDFFF"` (anchored)',
            stack: "dev",
            file: () => withDevTags('    note: &q "\\uDFFF"\n'),
        },
        {
            title: 'dev\'s tags `note: "\\UFFFFFFFF"`',
            stack: "dev",
            file: () => withDevTags('    note: "\\UFFFFFFFF"\n'),
        },
        {
            title: "a stack file headed `%YAML 1.01` (go-yaml reads the minor as 1: its YAML 1.1)",
            stack: "dev",
            file: () => `%YAML 1.01\n---\n${devOwner(DEV_TAGS)}`,
        },
        {
            title: "a stack file headed `%YAML 2.0`",
            stack: "dev",
            file: () => `%YAML 2.0\n---\n${devOwner(DEV_TAGS)}`,
        },
        {
            title: "`%TAG !e! tag:yaml.org,2002:` and a tag value `!e!int 0100` (64 to Pulumi)",
            stack: "dev",
            file: () => `%TAG !e! tag:yaml.org,2002:\n---\n${withDevTags("    note: !e!int 0100\n")}`,
        },
        {
            title: "`%TAG ! tag:yaml.org,2002:` and `!merge <<: {team: a}`",
            stack: "dev",
            file: () => `%TAG ! tag:yaml.org,2002:\n---\n${withDevTags("    !merge <<: {team: a}\n")}`,
        },
    ];

    const secure: StackCase[] = [
        // Alias keys whose anchor is text: the same key to both readers (go-yaml v3.0.1: "team").
        {
            title: "dev's tags `<<: {*k : custody}` with `x-anchors: &k team` (an alias key of text merged)",
            stack: "dev",
            file: () => withDevTags("    <<: {*k : custody}\n", "x-anchors: &k team\n"),
        },
        {
            title: 'keyTags `*k : rotation` with `x-anchors: &k "1.0"` (an own alias key of quoted text)',
            stack: "trust-domain",
            file: () => withKeyTags("      *k : rotation\n", 'x-anchors: &k "1.0"\n'),
        },
        {
            title: 'dev\'s tags `note: "team \\uD7A3"` (the last Hangul syllable, just below the surrogates: both decode it)',
            stack: "dev",
            file: () => withDevTags('    note: "team \\uD7A3"\n'),
        },
        {
            title: 'dev\'s tags `note: "team \\U0002F800"` (a CJK compatibility letter beyond the BMP, as \\U)',
            stack: "dev",
            file: () => withDevTags('    note: "team \\U0002F800"\n'),
        },
        {
            title: "`%TAG ! tag:yaml.org,2002:` and a tag value `!str 0100` (text to both)",
            stack: "dev",
            file: () => `%TAG ! tag:yaml.org,2002:\n---\n${withDevTags("    note: !str 0100\n")}`,
        },
        {
            title: "dev's tags `<<: [{team: custody}, {}]` (an empty merge source beside a text one)",
            stack: "dev",
            file: () => withDevTags("    <<: [{team: custody}, {}]\n"),
        },
    ];

    describeStackFileCases("r58-tools-", insecure, secure);

    describeAuditRefusals("r58-audit-", ({ exportText, tmp, write, out }) => [
        {
            title: "--out naming the export file itself (it must survive: nothing is written)",
            argv: () => {
                const state = write(exportText());
                return ["--state", state, "--out", state];
            },
            says: /--out .* is a file, not a directory/,
        },
        {
            title: "--state naming a directory",
            argv: () => ["--state", tmp(), "--out", out()],
            says: /--state|directory|not a file/i,
        },
        {
            title: "--stack=dev=x (a value holding `=`: no stack name)",
            argv: () => ["--state", write(exportText()), "--stack=dev=x", "--out", out()],
            says: /dev=x/,
        },
        {
            title: "a lone `--` (npm's separator passed twice)",
            argv: () => ["--", "--state", write(exportText()), "--out", out()],
            says: /unknown option --\./,
        },
        {
            title: "--out= (an empty value)",
            argv: () => ["--state", write(exportText()), "--out="],
            says: /--out needs a value/,
        },
        {
            title: "an input number 1E400 (upper-case exponent: Go's float64 cannot hold it)",
            argv: () => [
                "--state",
                write(exportText().replace('"inputs":{', '"inputs":{"maxSessionDuration":1E400,')),
                "--out",
                out(),
            ],
            says: /1E400/i,
        },
        {
            title: '"Version": 3 (the version field in another case: Go\'s encoding/json folds it)',
            argv: () => ["--state", write(exportText().replace('"version":3', '"Version":3')), "--out", out()],
            says: /Version/,
        },
    ]);
});
