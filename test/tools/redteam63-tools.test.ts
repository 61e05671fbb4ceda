// Red-team round 63 on the tools (fresh eyes), away from the key spellings of rounds 54-61: byte order marks that are
// not the file's first bytes, top-level `<<` merges into the stack file's own fields, document markers, and `secure:`
// values at the top of a config key and nested in it, run beside go-yaml v3.0.1 itself (/tmp/rt54go/pyaml: Pulumi's
// loaders.go readFileStripUTF8BOM, then yaml.Unmarshal into a struct with `Config ... yaml:"config"`), then through
// `custody-model --check`. Probed:
//   - U+FEFF after the first BOM: two and three leading BOMs, a BOM at the start of the `config:` line after the
//     committed comment line, a BOM before `---`, after `---`, at column 0 of a tags line, inside a tags line's
//     indentation, a UTF-8 BOM before a UTF-16 BOM (not filed: no editor writes it), UTF-16 with a second BOM (not
//     filed: the harness writes UTF-8 text only; same miss as below, go-yaml reads no config, the tools the committed one);
//   - top-level `<<: {config: ...}` beside an own `config:` (own key wins in both), before it, and merges inside config;
//   - a second document after `...` without `---`, a trailing `---`, `...` at the end, an explicit leading `---`;
//   - `secure:` as a whole config value (tags, signer), nested in the signer (namespace), beside fields the model does
//     not read (kubernetes.kubeconfig), and secretsprovider/encryptionsalt as `pulumi stack init` writes them.
//
// Misses (5 insecure-side: bad inputs accepted; 0 secure refused; all fixed in round 63):
//   - a U+FEFF that is not the file's first character, at the start of the first non-comment line (the tools' reader,
//     yaml 2.x, takes a BOM anywhere before the document's first content as a byte order mark: lexer parseStream), or
//     a second/third leading one: Pulumi strips one BOM (loaders.go readFileStripUTF8BOM), go-yaml v3.0.1 strips one
//     more only at the stream's start (readerc.go yaml_parser_determine_encoding) and reads any other as a character of
//     the key, so `\uFEFFconfig:` is the key "\uFEFFconfig", an unknown field of ProjectStack, and Pulumi's config is
//     EMPTY while `--check` certifies the committed model (3 cases); with a top-level `<<: {config: ...}` after it,
//     go-yaml's merge gives ProjectStack.config the MERGED config (the signer in namespace `default`) while the tools
//     read the own (BOM-stripped) `config:` and its namespace validators (1 case: Pulumi deploys what was never
//     certified); before `---` it makes go-yaml refuse the file ("mapping values are not allowed"), the tools
//     accept it (1 case). Checked with go-yaml v3.0.1 (/tmp/rt54go/pyaml).
//   Fix direction: after dropping the one leading UTF-8 BOM Pulumi drops (and the one go-yaml's reader drops right
//   after it), refuse any U+FEFF left in the text before parsing ("a byte order mark inside the file: go-yaml reads it
//   as part of the key"), or at least one before the first content; and refuse a top-level `<<` in a stack file.
import { describeStackFileCases, type StackCase } from "./stackFileCases";
import { committedStackFile } from "./support";

const BOM = "\uFEFF";

/** The committed Pulumi.dev.yaml. */
const dev = () => committedStackFile("dev", "config:\n", "config:\n");
/** Pulumi.dev.yaml with its `config:` line (after the committed comment line) replaced by `line`. */
const devConfigLine = (line: string) => committedStackFile("dev", "config:\n", line);

/** The committed dev config block (the lines after `config:`), indented two more, with `from` replaced by `to`. */
function devConfigBody(from: string, to: string): string {
    const body = dev().split("config:\n")[1].replace(from, to);
    return body
        .split("\n")
        .filter(l => l !== "")
        .map(l => `  ${l}\n`)
        .join("");
}

describe("red team 63: byte order marks inside the file, top-level merges, document markers, secure values", function () {
    this.timeout(300_000);

    const insecure: StackCase[] = [
        // Was a MISS (fixed in round 63): go-yaml v3.0.1 reads a U+FEFF after the file's first character as text (only the stream's first BOM
        // is an encoding mark: readerc.go yaml_parser_determine_encoding; Pulumi strips one more before it,
        // sdk/go/common/workspace/loaders.go readFileStripUTF8BOM), so after the committed comment line
        // `\uFEFFconfig:` is the top-level key "\uFEFFconfig", which no field of ProjectStack takes (yaml:"config"),
        // and ProjectStack.config becomes the top-level `<<` merge's `config:` -- here the signer in namespace
        // `default` -- which `pulumi up` deploys. The tools' reader (yaml 2.x lexer parseStream) takes that U+FEFF as a
        // byte order mark before the document, reads the own `config:` (namespace validators; an own key beats a
        // merged one) and `--check` exits 0 ("agrees"): it certifies a signer binding that is not deployed. Checked
        // with go-yaml v3.0.1 (/tmp/rt54go/pyaml: config signer namespace "default"). Fix: refuse any U+FEFF left
        // after the leading one(s) Pulumi and go-yaml drop, and refuse a top-level `<<` in a stack file.
        {
            title: "dev with `\\uFEFFconfig:` after its comment line and a top-level `<<: {config: ...}` (the signer in team-b) after it",
            stack: "dev",
            file: () =>
                `${devConfigLine(`${BOM}config:\n`)}<<:\n  config:\n${devConfigBody("namespace: validators", "namespace: team-b")}`,
        },
        // Was a MISS (fixed in round 63): as above, the merge sets custody-infra:namePrefix only: Pulumi's whole config is
        // {custody-infra:namePrefix: evil} (go-yaml v3.0.1, /tmp/rt54go/pyaml), the tools certify the committed
        // config. Doc: go-yaml v3 readerc.go yaml_parser_determine_encoding; pulumi loaders.go readFileStripUTF8BOM.
        {
            title: "dev with `\\uFEFFconfig:` after its comment line and `<<: {config: {custody-infra:namePrefix: evil}}`",
            stack: "dev",
            file: () => `${devConfigLine(`${BOM}config:\n`)}<<: {config: {custody-infra:namePrefix: evil}}\n`,
        },
        // Was a MISS (fixed in round 63): as above without a merge: go-yaml v3.0.1 reads the key "\uFEFFconfig" and Pulumi's stack config is
        // empty (/tmp/rt54go/pyaml: {"config":{}}), so `pulumi up` reads none of the committed settings; the tools
        // read the committed config and `--check` exits 0. Doc: go-yaml v3 readerc.go yaml_parser_determine_encoding
        // (the BOM is an encoding mark at the stream's start only); pulumi loaders.go readFileStripUTF8BOM.
        {
            title: 'dev with a U+FEFF at the start of its `config:` line, after the comment line (go-yaml: the key "\\uFEFFconfig")',
            stack: "dev",
            file: () => devConfigLine(`${BOM}config:\n`),
        },
        // Was a MISS (fixed in round 63): three leading UTF-8 BOMs: Pulumi strips one (loaders.go readFileStripUTF8BOM), go-yaml v3.0.1 one more
        // (readerc.go yaml_parser_determine_encoding), the third is text, so the comment line is not a comment and
        // Pulumi reads no config (/tmp/rt54go/pyaml: {"config":{}}); the tools drop all three and `--check` exits 0.
        {
            title: "dev with three leading UTF-8 BOMs (the third is text to go-yaml: no config)",
            stack: "dev",
            file: () => `${BOM}${BOM}${BOM}${dev()}`,
        },
        // Was a MISS (fixed in round 63): a U+FEFF before `---` after the committed comment line: go-yaml v3.0.1 reads `\uFEFF---` as a plain
        // scalar, then `config:` -> "yaml: line 3: mapping values are not allowed in this context", so `pulumi up`
        // cannot load the file (/tmp/rt54go/pyaml); the tools' reader takes the U+FEFF as a byte order mark before the
        // document start and `--check` exits 0. Doc: go-yaml v3 readerc.go yaml_parser_determine_encoding (a BOM is an
        // encoding mark at the stream's start only); pulumi loaders.go readFileStripUTF8BOM. Fix as above.
        {
            title: "dev with a U+FEFF before `---` on the line after the comment (go-yaml: mapping values are not allowed)",
            stack: "dev",
            file: () => devConfigLine(`${BOM}---\nconfig:\n`),
        },
        {
            title: "dev with `---` then `\\uFEFFconfig:` (a BOM inside the document)",
            stack: "dev",
            file: () => devConfigLine(`---\n${BOM}config:\n`),
        },
        {
            title: "dev with a comment line then two BOMs before `config:`",
            stack: "dev",
            file: () => devConfigLine(`${BOM}${BOM}config:\n`),
        },
        {
            title: "dev's tags with a line `\\uFEFF    team: x` (a BOM at column 0 of a tags line)",
            stack: "dev",
            file: () =>
                committedStackFile(
                    "dev",
                    "    owner: platform-custody\n",
                    `${BOM}    team: x\n    owner: platform-custody\n`,
                ),
        },
        {
            title: "dev with a second document after `...` (no `---`) holding another config",
            stack: "dev",
            file: () => `${dev()}...\nconfig:\n  custody-infra:namePrefix: evil\n`,
        },
        {
            title: "dev with a trailing `---` and a second config document",
            stack: "dev",
            file: () => `${dev()}---\nconfig:\n  custody-infra:namePrefix: evil\n`,
        },
        {
            title: "dev's tags as `{secure: ...}` (a ciphertext the tools cannot read)",
            stack: "dev",
            file: () =>
                committedStackFile(
                    "dev",
                    "  custody-infra:tags:\n    environment: dev\n    owner: platform-custody\n",
                    "  custody-infra:tags:\n    secure: v1:Zm9vYmFy:c2VjcmV0\n",
                ),
        },
        {
            title: "dev's signer as `{secure: ...}`",
            stack: "dev",
            file: () =>
                `${committedStackFile("dev", "  custody-infra:signer:\n", "  custody-infra:old-signer:\n")}  custody-infra:signer: {secure: v1:Zm9vYmFy:c2VjcmV0}\n`,
            code: 2,
        },
        {
            title: "dev's signer namespace as `{secure: ...}` (the namespace the role trusts, unknown offline)",
            stack: "dev",
            file: () =>
                committedStackFile(
                    "dev",
                    "    namespace: validators\n",
                    "    namespace: {secure: v1:Zm9vYmFy:c2VjcmV0}\n",
                ),
        },
        {
            title: "dev with its config only in a top-level `<<: {config: ...}` (the signer in team-b: both read the merge)",
            stack: "dev",
            file: () =>
                `${dev().split("config:\n")[0]}<<:\n  config:\n${devConfigBody("namespace: validators", "namespace: team-b")}`,
            code: 1,
        },
        // Neighbours of the round-63 fix (markupText drops exactly the BOMs Pulumi and go-yaml drop,
        // byteOrderMarkProblem refuses any other U+FEFF outside a comment):
        // a UTF-16LE file with a second BOM after the one go-yaml reads as the encoding: the second is text to go-yaml
        // (readerc.go yaml_parser_determine_encoding looks at the first bytes only), so the comment line after it is
        // not a comment and Pulumi reads no config (/tmp/rt54go/pyaml: {"config":{}}); Node's UTF-16 decoder dropped it.
        {
            title: "dev in UTF-16LE with a second BOM after the first (text to go-yaml: no config)",
            stack: "dev",
            file: () =>
                Buffer.concat([
                    Buffer.from([0xff, 0xfe]),
                    Buffer.from(`${BOM}${dev()}`, "utf16le"),
                ]) as unknown as string,
        },
        // A U+FEFF before the `#` of a comment line inside config: a plain scalar to go-yaml ("could not find expected
        // ':'", /tmp/rt54go/pyaml), a byte order mark then a comment to the tools' lexer.
        {
            title: "dev with a comment line inside config starting with U+FEFF before its `#`",
            stack: "dev",
            file: () =>
                committedStackFile(
                    "dev",
                    "  custody-infra:kubernetes:\n",
                    `${BOM}  # note\n  custody-infra:kubernetes:\n`,
                ),
        },
        // A U+FEFF after `...` before a second document's `---`: go-yaml reads `\uFEFF---` as text ("mapping values
        // are not allowed", /tmp/rt54go/pyaml).
        {
            title: "dev with `...` then `\\uFEFF---` and a second config document",
            stack: "dev",
            file: () => `${dev()}...\n${BOM}---\nconfig: {}\n`,
        },
        // A U+FEFF at the end of a value: the same text to both readers, but invisible to a reviewer (the kubernetes
        // context "dev-validators\uFEFF" is not the one the model names); refused with the others, failing closed.
        {
            title: "dev's kubernetes context ending in U+FEFF (an invisible character in a value)",
            stack: "dev",
            file: () => committedStackFile("dev", "context: dev-validators\n", `context: dev-validators${BOM}\n`),
        },
    ];

    const secure: StackCase[] = [
        {
            title: "dev with one leading UTF-8 BOM (Notepad)",
            stack: "dev",
            file: () => `${BOM}${dev()}`,
        },
        {
            title: "dev with two leading UTF-8 BOMs (Pulumi strips one, go-yaml's reader the other)",
            stack: "dev",
            file: () => `${BOM}${BOM}${dev()}`,
        },
        {
            title: "dev with an explicit `---` before config:",
            stack: "dev",
            file: () => devConfigLine("---\nconfig:\n"),
        },
        {
            title: "dev ending in the document end marker `...`",
            stack: "dev",
            file: () => `${dev()}...\n`,
        },
        {
            title: "dev with secretsprovider and encryptionsalt as `pulumi stack init` writes them",
            stack: "dev",
            file: () =>
                `secretsprovider: awskms://alias/custody-dev?region=eu-west-1\nencryptedkey: AQICAHhZexampleAAAA==\n${dev()}`,
        },
        {
            title: "dev with a secure kubeconfig beside the context (a value the custody model does not read)",
            stack: "dev",
            file: () =>
                committedStackFile(
                    "dev",
                    "    context: dev-validators\n",
                    "    context: dev-validators\n    kubeconfig:\n      secure: v1:Zm9vYmFy:c2VjcmV0\n",
                ),
        },
        {
            title: "dev with another package's secret (`acme:token: {secure: ...}`)",
            stack: "dev",
            file: () =>
                committedStackFile("dev", "config:\n", "config:\n  acme:token:\n    secure: v1:Zm9vYmFy:c2VjcmV0\n"),
        },
        // Neighbours of the round-63 fix: a U+FEFF after a comment's `#` is the comment's text to both readers.
        {
            title: "dev with a comment line inside config holding U+FEFF after its `#`",
            stack: "dev",
            file: () =>
                committedStackFile(
                    "dev",
                    "  custody-infra:kubernetes:\n",
                    `  # note ${BOM}pasted\n  custody-infra:kubernetes:\n`,
                ),
        },
        {
            title: "dev with two leading BOMs and a first comment line holding U+FEFF",
            stack: "dev",
            file: () => `${BOM}${BOM}# pasted ${BOM}note\n${dev()}`,
        },
        // DECIDED (round 63): a top-level `<<` in a stack file is not refused. go-yaml v3.0.1 merges it into
        // ProjectStack field by field, an own key first (decode.go mappingStruct: the merge node is applied after the
        // own keys, and merge()'s mergedFields skips every key the map sets itself; a merge sequence's first map
        // wins), which is what the tools' reader does (yaml 2.x merge: an own key, then the first source, wins). Checked
        // with /tmp/rt54go/pyaml against readStackFile on 14 variants (merge before/after an own `config:`, an own
        // `config: ~`, `Config:`, a merge sequence, a nested merge, `? <<`, an anchored source): the same config in
        // each, or refused by both (two `<<`). The one top-level merge read otherwise was the BOM miss above
        // (`\uFEFFconfig` is not an own `config` to go-yaml), now refused as a U+FEFF; an `environment:` merged in is
        // refused as an own one is. Merged keys are judged by the existing merge checks (goYamlKeyProblems).
        {
            title: "dev with a top-level `<<: {config: {custody-infra:namePrefix: evil}}` before its own `config:` (own key wins in both)",
            stack: "dev",
            file: () => `<<: {config: {custody-infra:namePrefix: evil}}\n${dev()}`,
        },
        {
            title: "dev with a top-level `<<: {config: {custody-infra:namePrefix: evil}}` after its own `config:` (own key wins in both)",
            stack: "dev",
            file: () => `${dev()}<<: {config: {custody-infra:namePrefix: evil}}\n`,
        },
        {
            title: "dev with its committed config only in a top-level `<<: {config: ...}` (both read the merge)",
            stack: "dev",
            file: () => `${dev().split("config:\n")[0]}<<:\n  config:\n${devConfigBody("", "")}`,
        },
    ];

    describeStackFileCases("r63-tools-", insecure, secure);
});
