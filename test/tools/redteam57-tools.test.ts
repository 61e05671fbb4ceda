// Red-team round 57 on the tools (fresh eyes): the stack-file reader (tools/offline/stackFile.ts) beside go-yaml
// v3.0.1 itself (Debian golang-gopkg-yaml.v3-dev 3.0.1-3, with Pulumi's config decoding: object.go unmarshalObject),
// away from round 56's timestamps. Probed (a differential harness over ~200 spellings, then the cases below through
// `custody-model --check`):
//   - merge keys: go-yaml v3 decode.go mapping() makes a map whose own keys are all !!str or !!merge a
//     map[string]interface{} (isStringMap), and decodes the keys a `<<` merges into it as strings: scalar() `case
//     reflect.String: out.SetString(n.Value)`, the key's SOURCE TEXT, not the number, boolean or null it resolves to
//     elsewhere; a null merged key is dropped (d.null leaves no value); a key tagged `!!str <<` is no merge to go-yaml
//     (isMerge: tag "", "!" or !!merge only) and a merge to the tools' reader;
//   - directives: `%YAML 1.2` (go-yaml v3.0.1 parserc.go yaml_parser_process_directives accepts only 1.1);
//   - escapes: `\uD83D\uDD11` (a JSON-style surrogate pair: go-yaml refuses each half, "found invalid Unicode character
//     escape code"; YAML 1.2 readers join them);
//   - also compared alike (not filed): numbers (0o, 0x, underscores, -0.0, 1e21, 2^53+1: the program's own JSON.parse
//     reads Pulumi's text as the tools do), booleans and nulls of either case, quoted/explicit/anchored keys, duplicate
//     keys across quoting and number spellings, merge precedence (explicit over merged, first merged source first),
//     BOMs (one or two), `---`/`...` markers, `%TAG` handles, escapes (\x, \N, \_, \L, \P, \e, \0, \U0001F600),
//     block scalar chomping/indentation indicators, config namespaces (legacy `ns:config:key`, `"ns\x3akey"`).
//
// Misses (8 insecure-side: bad inputs accepted; 0 secure refused):
//   - a key merged by `<<` into a map whose own keys are text keeps its SOURCE TEXT to go-yaml (decode.go
//     isStringMap + scalar() `out.SetString(n.Value)`), while the tools resolve it: `1.0` ("1.0" vs "1"), `0x10`
//     ("0x10" vs "16"), `True` ("True" vs "true"), `+12` in a merge sequence ("+12" vs "12"), `~` (dropped by
//     go-yaml, the tag "null" to the tools) -- tag keys Pulumi deploys that the tools never certify (5);
//   - `!!str <<:` is a key "<<" to go-yaml (isMerge) and a merge to the tools: Pulumi's program refuses what the
//     tools certify (1);
//   - `%YAML 1.2`: go-yaml v3.0.1 refuses every version but 1.1 ("found incompatible YAML document"); the tools
//     accept exactly 1.2 (round 49's secure case "the version both readers take" is wrong for v3.0.1) (1);
//   - a JSON-style surrogate pair escape `"\uD840\uDC0B"`: go-yaml refuses each half; the tools join them (1).
import { DEV_TAGS, StackCase, describeStackFileCases, devOwner, withDevTags, withKeyTags } from "./stackFileCases";

describe("red team 57: go-yaml v3.0.1 merge keys, directives and escapes against the tools' stack-file reader", function () {
    this.timeout(300_000);

    const insecure: StackCase[] = [
        // Was a MISS (fixed in round 57): the tags map's own keys are text and `<<`, so go-yaml decodes it as a map[string]interface{} and the
        // merged key `1.0` as the string "1.0" (its source text); Pulumi tags every dev resource "1.0"="reviewed",
        // the tools (yaml's merge, then toJS) "1"="reviewed". Checked with go-yaml v3.0.1. Doc: go-yaml v3.0.1
        // decode.go mapping() (isStringMap: a map whose keys are all !!str or !!merge is a map[string]interface{}) and
        // scalar() (`case reflect.String: out.SetString(n.Value)`).
        {
            title: 'dev\'s tags `<<: {1.0: reviewed}` (a merged key keeps its text in a string map: the tag "1.0", the tools\' "1")',
            stack: "dev",
            file: () => withDevTags("    <<: {1.0: reviewed}\n"),
        },
        // Was a MISS (fixed in round 57): the same for a key the KMS key is tagged with: Pulumi "0x10", the tools "16". Doc: as above.
        {
            title: 'keyTags `<<: {0x10: rotation}` (the tag key "0x10" to Pulumi, "16" to the tools)',
            stack: "trust-domain",
            file: () => withKeyTags("      <<: {0x10: rotation}\n"),
        },
        // Was a MISS (fixed in round 57): a boolean's spelling: Pulumi "True", the tools "true". Doc: as above.
        {
            title: 'dev\'s tags `<<: {True: x}` (the tag key "True" to Pulumi, "true" to the tools)',
            stack: "dev",
            file: () => withDevTags("    <<: {True: x}\n"),
        },
        // Was a MISS (fixed in round 57): a sequence of merge sources, the key `+12`: Pulumi "+12", the tools "12". Doc: as above (merge()
        // decodes each source into the same string map).
        {
            title: 'keyTags `<<: [{+12: a}]` (the tag key "+12" to Pulumi, "12" to the tools)',
            stack: "trust-domain",
            file: () => withKeyTags("      <<: [{+12: a}]\n"),
        },
        // Was a MISS (fixed in round 57): a null merged key: go-yaml's d.null leaves the string key unset and mapping() drops the pair, so
        // Pulumi deploys no such tag; the tools' reader keeps it as the tag "null"="orphan". Doc: as above, decode.go
        // null() / mapping() (`if d.unmarshal(n.Content[i], k)`).
        {
            title: 'dev\'s tags `<<: {~: orphan}` (no tag to Pulumi, the tag "null" to the tools)',
            stack: "dev",
            file: () => withDevTags("    <<: {~: orphan}\n"),
        },
        // Was a MISS (fixed in round 57): `!!str <<` is a key "<<" to go-yaml (decode.go isMerge: only an untagged, "!" or !!merge `<<` merges),
        // so Pulumi's program gets tags {"<<": {"team": "custody"}} and refuses it (a tag value must be text), while
        // the tools merge team=custody and certify the file: `pulumi up` cannot run what the tools certified.
        // Doc: go-yaml v3.0.1 decode.go isMerge; parser.scalar (a tagged `<<` keeps its tag).
        {
            title: 'dev\'s tags `!!str <<: {team: custody}` (a key "<<" to go-yaml, a merge to the tools)',
            stack: "dev",
            file: () => withDevTags("    !!str <<: {team: custody}\n"),
        },
        // Was a MISS (fixed in round 57): go-yaml v3.0.1 accepts only `%YAML 1.1` (parserc.go yaml_parser_process_directives: `if token.major != 1
        // || token.minor != 1 { ... "found incompatible YAML document" }`), so the Pulumi CLI cannot load a stack
        // file headed `%YAML 1.2`; directiveProblem accepts exactly that version (and round 49 kept it as a secure
        // case: "the version both readers take", which go-yaml v3.0.1 does not). Checked with go-yaml v3.0.1:
        // "yaml: found incompatible YAML document". Doc: go-yaml v3.0.1 parserc.go.
        {
            title: "a stack file headed `%YAML 1.2` (go-yaml v3.0.1: found incompatible YAML document)",
            stack: "dev",
            file: () => `%YAML 1.2\n---\n${devOwner(DEV_TAGS)}`,
        },
        // Was a MISS (fixed in round 57): a JSON-style surrogate pair escape (how JSON tools write a character beyond U+FFFF): go-yaml's
        // yaml_parser_scan_flow_scalar decodes each \u escape on its own and refuses a surrogate code point ("found
        // invalid Unicode character escape code"), so Pulumi cannot load the file; the tools' reader joins the pair
        // into U+2000B (a CJK letter, \p{L}, which TAG_VALUE takes) and certifies it. Doc: go-yaml v3.0.1
        // scannerc.go yaml_parser_scan_flow_scalar (`if (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF`).
        {
            title: 'dev\'s tags `note: "team \\uD840\\uDC0B"` (a surrogate pair escape: go-yaml refuses the file)',
            stack: "dev",
            file: () => withDevTags('    note: "team \\uD840\\uDC0B"\n'),
        },
        // Round 57 fix neighbours (checked with go-yaml v3.0.1): a merge nested in a merge source decodes into the same
        // string map (decode.go merge() -> mapping() with the same out): Pulumi "1.0", the tools "1".
        {
            title: 'dev\'s tags `<<: {<<: {1.0: reviewed}}` (a nested merge: the tag "1.0" to Pulumi, "1" to the tools)',
            stack: "dev",
            file: () => withDevTags("    <<: {<<: {1.0: reviewed}}\n"),
        },
        {
            title: "keyTags `<<: [{team: a}, {False: b}]` (a boolean key in the second merge source)",
            stack: "trust-domain",
            file: () => withKeyTags("      <<: [{team: a}, {False: b}]\n"),
        },
        // A null key of the map itself: go-yaml's map[interface{}]interface{} holds nil, Pulumi's config the key
        // "<nil>" (object.go unmarshalObject %v), the tools "".
        {
            title: 'dev\'s tags `~: orphan` (an own null key: "<nil>" to Pulumi, "" to the tools)',
            stack: "dev",
            file: () => withDevTags("    ~: orphan\n"),
        },
        {
            title: "dev's tags `null: orphan`",
            stack: "dev",
            file: () => withDevTags("    null: orphan\n"),
        },
        // Surrogates and code points beyond Unicode written with `\U` (go-yaml checks every escape alike).
        {
            title: 'dev\'s tags `note: "team \\U0000D840"` (a surrogate written as \\U)',
            stack: "dev",
            file: () => withDevTags('    note: "team \\U0000D840"\n'),
        },
        {
            title: 'dev\'s tags `note: "team \\U00110000"` (beyond U+10FFFF)',
            stack: "dev",
            file: () => withDevTags('    note: "team \\U00110000"\n'),
        },
        {
            title: "a stack file headed `%YAML 1.1` (go-yaml's version, but the tools' reader switches to YAML 1.1)",
            stack: "dev",
            file: () => `%YAML 1.1\n---\n${devOwner(DEV_TAGS)}`,
        },
        // Guards: merged keys the reader refuses already (a timestamp, an octal, underscores), a complex key.
        {
            title: "dev's tags `<<: {2024-06-04: a}` (a timestamp key merged)",
            stack: "dev",
            file: () => withDevTags("    <<: {2024-06-04: a}\n"),
        },
        {
            title: "keyTags `<<: {010: a}` (an octal key merged)",
            stack: "trust-domain",
            file: () => withKeyTags("      <<: {010: a}\n"),
        },
        {
            title: "keyTags `<<: {1_000: a}` (underscores in a merged key)",
            stack: "trust-domain",
            file: () => withKeyTags("      <<: {1_000: a}\n"),
        },
        {
            title: "dev's tags `? [a, b]` / `: x` (a sequence key: go-yaml: invalid map key)",
            stack: "dev",
            file: () => withDevTags("    ? [a, b]\n    : x\n"),
        },
        {
            title: 'dev\'s tags `"\\udc00"` (a lone low surrogate escape)',
            stack: "dev",
            file: () => withDevTags('    note: "\\udc00"\n'),
        },
    ];

    const secure: StackCase[] = [
        {
            title: "dev's tags `<<: {team: custody}` (a text key merged: the same to both)",
            stack: "dev",
            file: () => withDevTags("    <<: {team: custody}\n"),
        },
        {
            title: "keyTags `<<: [{rotation: yearly}, {rotation: never, tier: gold}]` (the first source wins in both)",
            stack: "trust-domain",
            file: () => withKeyTags("      <<: [{rotation: yearly}, {rotation: never, tier: gold}]\n"),
        },
        {
            title: 'dev\'s tags `note: "team \\U0002000B"` (a supplementary-plane letter escaped as YAML writes it: both decode it)',
            stack: "dev",
            file: () => withDevTags('    note: "team \\U0002000B"\n'),
        },
        // Round 57 fix neighbours: merged keys quoted or tagged !!str are text to both readers (go-yaml v3.0.1: "1.0",
        // "True"); an escaped backslash before `u` is no escape; a BMP letter escaped with \u.
        {
            title: 'dev\'s tags `<<: {"1.0": reviewed, !!str True: x}` (merged keys written as text)',
            stack: "dev",
            file: () => withDevTags('    <<: {"1.0": reviewed, !!str True: x}\n'),
        },
        {
            title: "keyTags `<<: {<<: {rotation: yearly}}` (a nested merge of a text key)",
            stack: "trust-domain",
            file: () => withKeyTags("      <<: {<<: {rotation: yearly}}\n"),
        },
        {
            title: 'dev\'s tags `note: "caf\\u00e9 \\U0002000B"` (a BMP letter as \\u, a supplementary one as \\U)',
            stack: "dev",
            file: () => withDevTags('    note: "caf\\u00e9 \\U0002000B"\n'),
        },
        {
            title: "a stack file led by a UTF-8 BOM and `---`, ended by `...`",
            stack: "dev",
            file: () => `\uFEFF---\n${devOwner(DEV_TAGS)}...\n`,
        },
    ];

    describeStackFileCases("r57-tools-", insecure, secure);
});
