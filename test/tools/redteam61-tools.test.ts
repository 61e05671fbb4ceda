// Red-team round 61 on the tools (fresh eyes): round 60's goKeyText / keySpellingProblem (tools/offline/stackFile.ts)
// and the key forms no round 54-60 file probed, run beside go-yaml v3.0.1 itself with Pulumi's object.go %v
// (/tmp/rt54go/pyaml, 6 runs per file) on ~260 spellings through readStackFile, then the cases below through
// `custody-model --check`. Probed:
//   - scalar keys of every resolve form, own and merged (`<<: {K: b}`): ints with `_`, `0b`/`0o`/`0x`/legacy octal,
//     signs, floats `1.`, `.5`, `1e06`, `0.000001`, `123456789.0`, past int64/uint64, `1e400`, `4.9e-324`, NaN/Inf
//     spellings, booleans and nulls of each case: all refused or read alike (no miss);
//   - TAGGED keys (`!!float`, `!!int`, `!!bool`, `!!null`, `!`, `!<tag:yaml.org,2002:float>`, `%TAG ! tag:...`):
//     refused wholesale (fail closed) unless !!str; anchors redefined before/after an alias key; alias keys to
//     quoted, `!!str`, block and `!` anchors; keys in nested config maps, sequences of maps, flow pairs `[K: v]`,
//     `{K}` / `[? K]` without value, and nested `secure:` maps (the harness does not model Pulumi's nested secure
//     objects, so those are not filed);
//   - COLLECTION keys: block `? - a`, `? a: 1`, alias keys to sequence/mapping anchors (refused: the tags check),
//     and the same MERGED (`<<: {[a]: x}`, a sequence of sources, anchored sources, `{*s : x}`);
//   - flow mappings whose implicit key spans lines (`{team\n lead: x}`, `{"team"\n : x}`) or passes 1024
//     characters, explicit `? ` keys over lines; an alias key naming no anchor.
//
// Misses (8 insecure-side: bad inputs accepted; 0 secure refused; all fixed in round 61):
//   - a collection key that `<<` merges (4: flow `[a]`, in a sequence of sources, `? - a` in an anchored source, an
//     alias to a sequence anchor): go-yaml v3.0.1 decodes merged keys into the tags' map[string]interface{} and
//     refuses ("cannot unmarshal !!seq into string"), the tools merge the stringified key and certify the tag "a";
//   - a flow-mapping implicit key whose `:` follows on a later line (3, one of them the committed tags): go-yaml's
//     scanner takes a simple key on one line only ("did not find expected ',' or '}'"), the tools read YAML 1.2;
//   - an alias KEY naming no anchor (1): the tools crash with an uncaught TypeError instead of refusing (exit 2).
//   Fix direction: refuse any key (own, merged, alias) whose node, after resolving aliases, is a collection; refuse a
//   flow-mapping key whose source range crosses a line break (or passes 1024 characters) before its `:`; treat an
//   unresolved alias key as the "Unresolved alias" YAML error.
import { describeStackFileCases, type StackCase, withDevTags, withKeyTags } from "./stackFileCases";
import { committedStackFile } from "./support";

/** The committed Pulumi.dev.yaml's tags block. */
const DEV_TAGS_BLOCK = "  custody-infra:tags:\n    environment: dev\n    owner: platform-custody\n";
/** Pulumi.dev.yaml with its tags block replaced by `block` (e.g. the tags as a flow mapping). */
const devTagsAs = (block: string, head = "") => head + committedStackFile("dev", DEV_TAGS_BLOCK, block);

/** Pulumi.dev.yaml with another project's key `acme:retries` set to `value` (a number the custody model does not read). */
const devOther = (value: string) => committedStackFile("dev", "config:\n", `config:\n  acme:retries: ${value}\n`);

const LONG = `k${"a".repeat(1030)}`;

describe("red team 61: go-yaml v3.0.1 collection keys, flow-mapping keys over lines, round 60's goKeyText", function () {
    this.timeout(300_000);

    const insecure: StackCase[] = [
        {
            title: 'dev\'s tags `? - a` / `: x` (a block sequence as key: go-yaml refuses "invalid map key")',
            stack: "dev",
            file: () => withDevTags("    ? - a\n    : x\n"),
        },
        {
            title: "dev's tags `? a: 1` / `: x` (a block mapping as key)",
            stack: "dev",
            file: () => withDevTags("    ? a: 1\n    : x\n"),
        },
        {
            title: "dev's tags `*s : x` with `x-anchors: &s [a]` (an alias key to a sequence)",
            stack: "dev",
            file: () => withDevTags("    *s : x\n", "x-anchors: &s [a]\n"),
        },
        {
            title: "dev's tags `*s : x` with `x-anchors: &s {a: 1}` (an alias key to a mapping)",
            stack: "dev",
            file: () => withDevTags("    *s : x\n", "x-anchors: &s {a: 1}\n"),
        },
        {
            title: "dev's tags `? *s` / `: x` with a block-sequence anchor",
            stack: "dev",
            file: () => withDevTags("    ? *s\n    : x\n", "x-anchors: &s\n  - a\n"),
        },
        // Was a MISS (fixed in round 61): go-yaml v3.0.1 decodes a key `<<` merges into the target map's key type (decode.go merge() ->
        // mapping()); dev's tags are a map[string]interface{} (all own keys !!str: isStringMap), so a sequence key is
        // "cannot unmarshal !!seq into string" and `pulumi up` cannot load the file (checked with go-yaml v3.0.1,
        // /tmp/rt54go/pyaml). The tools' reader (yaml 2.x) merges it and stringifies the key, so it reads the tag "a": "x"
        // and `--check` exits 0 ("agrees with Pulumi.dev.yaml"). Doc: go-yaml v3 decode.go merge(), mapping(), isStringMap.
        {
            title: 'dev\'s tags `<<: {[a]: x}` (a flow-sequence key merged: the tag "a" to the tools, go-yaml refuses)',
            stack: "dev",
            file: () => withDevTags("    <<: {[a]: x}\n"),
        },
        // Was a MISS (fixed in round 61): as above, the source in a sequence of merge sources (decode.go merge() of each).
        {
            title: "dev's tags `<<: [{[a]: x}]` (the same in a sequence of merge sources)",
            stack: "dev",
            file: () => withDevTags("    <<: [{[a]: x}]\n"),
        },
        // Was a MISS (fixed in round 61): as above, a block-sequence key (`? - a`) in an anchored merge source: "cannot unmarshal !!seq into string".
        {
            title: "dev's tags `<<: *m` with `x-anchors: &m` holding `? - a` / `: x` (a block-sequence key in an anchored source)",
            stack: "dev",
            file: () => withDevTags("    <<: *m\n", "x-anchors: &m\n  ? - a\n  : x\n"),
        },
        // Was a MISS (fixed in round 61): as above, an alias key whose anchor is a sequence, merged: go-yaml refuses, the tools read the tag "a".
        {
            title: "dev's tags `<<: {*s : x}` with `x-anchors: &s [a]` (an alias key to a sequence, merged)",
            stack: "dev",
            file: () => withDevTags("    <<: {*s : x}\n", "x-anchors: &s [a]\n"),
        },
        {
            title: "dev's tags `{environment: dev, owner: platform-custody, [a]: x}` (a flow-sequence key in the flow mapping)",
            stack: "dev",
            file: () => devTagsAs("  custody-infra:tags: {environment: dev, owner: platform-custody, [a]: x}\n"),
        },
        // Was a MISS (fixed in round 61): go-yaml v3.0.1 (libyaml's scanner) takes a simple key only on one line (scannerc.go
        // yaml_parser_stale_simple_keys: a possible simple key dies when the line changes or past 1024 characters), so
        // in a flow mapping a key whose `:` follows on a later line is "did not find expected ',' or '}'" and `pulumi up`
        // cannot load the file (checked with go-yaml v3.0.1, /tmp/rt54go/pyaml); the tools' reader follows YAML 1.2's
        // flow-mapping grammar (ns-flow-map-implicit-entry in flow-in context, no single-line limit) and accepts it.
        {
            title: "dev's tags as a flow mapping with a plain key over two lines (`team` / `lead: x`)",
            stack: "dev",
            file: () =>
                devTagsAs("  custody-infra:tags: {environment: dev, owner: platform-custody, team\n    lead: x}\n"),
        },
        // Was a MISS (fixed in round 61): as above: `"team"` then `: custody` on the next line ends the simple key for go-yaml ("did not find
        // expected ',' or '}'"); the tools read team: custody. Doc: go-yaml v3 scannerc.go yaml_parser_stale_simple_keys.
        {
            title: "dev's tags as a flow mapping with a quoted key whose `:` is on the next line",
            stack: "dev",
            file: () =>
                devTagsAs('  custody-infra:tags: {environment: dev, owner: platform-custody, "team"\n    : custody}\n'),
        },
        // Was a MISS (fixed in round 61): as above, on the committed tags themselves: the tools certify the committed model for a file the
        // Pulumi CLI cannot read.
        {
            title: "dev's tags `{environment: dev, owner` / `: platform-custody}` (the committed tags, the `:` of a key on the next line)",
            stack: "dev",
            file: () => devTagsAs("  custody-infra:tags: {environment: dev, owner\n    : platform-custody}\n"),
        },
        // Was a MISS (fixed in round 61): an alias KEY naming no anchor: go-yaml refuses ("unknown anchor 'k' referenced"); the tools crash with
        // an uncaught TypeError ("Cannot read properties of undefined (reading 'tag')": stackFile.ts goYamlKeyProblems
        // reads `key.tag` of resolved(pair.key), undefined for an unresolved alias) instead of refusing the file (exit 2,
        // named, no stack trace) as they refuse an unresolved alias VALUE ("Unresolved alias"). Doc: go-yaml v3
        // decode.go/parserc.go "unknown anchor"; the harness contract (stackFileCases.ts: exit 2, no stack trace).
        {
            title: "dev's tags `*k : x` with no anchor k (go-yaml: unknown anchor)",
            stack: "dev",
            file: () => withDevTags("    *k : x\n"),
        },
        {
            title: `keyTags {…: x} with a plain key of ${LONG.length} characters in a flow mapping (go-yaml: over 1024)`,
            stack: "trust-domain",
            file: () => withKeyTags(`      x: {${LONG}: b}\n`),
        },
        // Round 61 fix neighbours (insecure): collection keys merged in other shapes, flow keys over a line from their
        // anchor/tag or a comment, the 1024-character limit by spaces, aliases naming no anchor (yet).
        {
            title: 'dev\'s tags `<<: {{a: 1}: x}` (a flow-mapping key merged: go-yaml "cannot unmarshal !!map into string")',
            stack: "dev",
            file: () => withDevTags("    <<: {{a: 1}: x}\n"),
        },
        {
            title: "dev's tags `<<: {*s : x}` with `x-anchors: &s {a: 1}` (an alias key to a mapping, merged)",
            stack: "dev",
            file: () => withDevTags("    <<: {*s : x}\n", "x-anchors: &s {a: 1}\n"),
        },
        {
            title: "dev's tags as a flow mapping with an anchor `&q` / `team: x` (the simple key starts at its anchor)",
            stack: "dev",
            file: () =>
                devTagsAs("  custody-infra:tags: {environment: dev, owner: platform-custody, &q\n    team: x}\n"),
        },
        {
            title: "dev's tags as a flow mapping with `team # c` / `: x` (a comment before the `:` on the next line)",
            stack: "dev",
            file: () =>
                devTagsAs("  custody-infra:tags: {environment: dev, owner: platform-custody, team # c\n    : x}\n"),
        },
        {
            title: "dev's tags as a flow mapping with `team` and 1021 spaces before its `:` (1025 characters on)",
            stack: "dev",
            file: () =>
                devTagsAs(
                    `  custody-infra:tags: {environment: dev, owner: platform-custody, team${" ".repeat(1021)}: x}\n`,
                ),
        },
        {
            title: "dev's tags `<<: *nope` (a merge of an alias naming no anchor)",
            stack: "dev",
            file: () => withDevTags("    <<: *nope\n"),
        },
        {
            title: "dev's tags `*k : x` with the anchor k only after it (go-yaml: unknown anchor)",
            stack: "dev",
            file: () => `${withDevTags("    *k : x\n")}x-after: &k team\n`,
        },
    ];

    const secure: StackCase[] = [
        // Round 61 fix neighbours (secure): what go-yaml v3.0.1 reads as the tools do (checked with /tmp/rt54go/pyaml).
        {
            title: "dev's tags as a flow mapping with `team` and 1020 spaces before its `:` (1024 characters on: go-yaml's limit)",
            stack: "dev",
            file: () =>
                devTagsAs(
                    `  custody-infra:tags: {environment: dev, owner: platform-custody, team${" ".repeat(1020)}: x}\n`,
                ),
        },
        {
            title: "dev's tags as a flow mapping with a value on the line after its key's `:` (`owner:` / `platform-custody`)",
            stack: "dev",
            file: () => devTagsAs("  custody-infra:tags: {environment: dev, owner:\n    platform-custody}\n"),
        },
        {
            title: "dev's tags as a flow mapping with an entry on the next line after `,`",
            stack: "dev",
            file: () => devTagsAs("  custody-infra:tags: {environment: dev,\n    owner: platform-custody, team: x}\n"),
        },
        {
            title: "dev's tags `<<: {*s : x}` with `x-anchors: &s team` (an alias key to a text anchor, merged: team to both)",
            stack: "dev",
            file: () => withDevTags("    <<: {*s : x}\n", "x-anchors: &s team\n"),
        },
        {
            title: "dev's `acme:retries: 9007199254740992` (2^53: the same text to both)",
            stack: "dev",
            file: () => devOther("9007199254740992"),
        },
        {
            title: 'dev\'s `acme:retries: "12345678901234567890"` (quoted: the text to both)',
            stack: "dev",
            file: () => devOther('"12345678901234567890"'),
        },
        {
            title: "dev's tags `? >-` / `team` / `: custody` (a folded block scalar key)",
            stack: "dev",
            file: () => withDevTags("    ? >-\n      team\n    : custody\n"),
        },
        {
            title: 'dev\'s tags `? team` / `  lead` / `: x` (an explicit plain key over two lines: "team lead" to both)',
            stack: "dev",
            file: () => withDevTags("    ? team\n      lead\n    : x\n"),
        },
        {
            title: "dev's tags as a flow mapping over two lines, each key on its own line",
            stack: "dev",
            file: () => devTagsAs("  custody-infra:tags: {environment: dev,\n    owner: platform-custody}\n"),
        },
        {
            title: "dev's tags as a flow mapping with an explicit `? team` / `lead : x` over two lines",
            stack: "dev",
            file: () =>
                devTagsAs("  custody-infra:tags: {environment: dev, owner: platform-custody, ? team\n    lead : x}\n"),
        },
        {
            title: 'dev\'s tags as a flow mapping with an explicit `? "team"` / `: custody` over two lines',
            stack: "dev",
            file: () =>
                devTagsAs(
                    '  custody-infra:tags: {environment: dev, owner: platform-custody, ? "team"\n    : custody}\n',
                ),
        },
        {
            title: 'dev\'s tags `*k : x` with `x-anchors: &k !!str 1e6` (a !!str anchor: "1e6" to both)',
            stack: "dev",
            file: () => withDevTags("    *k : x\n", "x-anchors: &k !!str 1e6\n"),
        },
        {
            title: 'dev\'s tags `!<tag:yaml.org,2002:str> 1e6 : x` (a verbatim !!str tag: "1e6" to both)',
            stack: "dev",
            file: () => withDevTags("    !<tag:yaml.org,2002:str> 1e6 : x\n"),
        },
        {
            title: 'dev\'s tags `"te\\x61m": custody` (an escaped key: "team" to both)',
            stack: "dev",
            file: () => withDevTags('    "te\\x61m": custody\n'),
        },
        {
            title: 'dev\'s tags `*k : x` with `x-anchors: &k 0o10` ("8" to both)',
            stack: "dev",
            file: () => withDevTags("    *k : x\n", "x-anchors: &k 0o10\n"),
        },
    ];

    describeStackFileCases("r61-tools-", insecure, secure);
});
