// Red-team round 54 on the tools (fresh eyes): the stack-file reader (tools/offline/stackFile.ts) against go-yaml v3.0.1
// -- the YAML reader of the Pulumi CLI (pulumi/pulumi sdk/go/common/encoding marshal.go: gopkg.in/yaml.v3, sdk go.mod
// v3.0.1) -- and Pulumi's config decoding (sdk/go/common/resource/config value.go Value.UnmarshalYAML ->
// object.UnmarshalYAML: the value is decoded into `any`, then unmarshalObject: a time.Time becomes v.String(), a map
// key becomes fmt.Sprintf("%v", k), and the whole is json.Marshal'ed). Probed by running go-yaml v3.0.1 itself (Debian
// golang-gopkg-yaml.v3-dev 3.0.1) on each file beside the tools' reader:
//   - round 53's goYamlBreakProblem (NEL/LS/PS/lone CR accepted only at a comment's end): at the end of a block
//     scalar's header comment the break is NOT harmless -- go-yaml reads one more (empty) line, a leading "\n" of the
//     value;
//   - tabs: go-yaml refuses a tab in a line's indentation, a blank line of whitespace with a tab, a comment line
//     indented with a tab, and a tab after a block sequence's `-` (scannerc.go yaml_parser_scan_to_next_token eats a
//     tab only "in the flow context, or in the block context but not at the beginning of the line or after '-', '?'
//     or ':'"), while YAML 1.2 (the tools) takes them as separation;
//   - double-quoted escapes: go-yaml knows no `\/` (YAML 1.2's JSON-compatible escape; scannerc.go: "found unknown
//     escape character");
//   - timestamps: go-yaml v3 decodes a plain timestamp into time.Time when the target is `any` (decode.go scalar(),
//     `case reflect.Interface: out.Set(reflect.ValueOf(resolved))`; the string fallback "for backward compatibility"
//     is go-yaml v2's, dropped in v3), and Pulumi writes it with Go's time.String(): `2024-06-04` is deployed as
//     "2024-06-04 00:00:00 +0000 UTC", in a value or a key; rounds 47, 49 and 51 filed these as "secure: go-yaml v3
//     keeps a timestamp's text in interface{}" -- that is v2's rule;
//   - null and empty keys (`~: x` is Go's %v of nil, "<nil>"; `: x` is refused by go-yaml), `.nan`/`.inf` values
//     (json.Marshal refuses them: Pulumi cannot load the stack), complex keys (`? {a: b}`: go-yaml "invalid map key").
//   The neighbours both readers take alike are kept as secure guards (a tab after a value or a key, a tab inside a
//   flow sequence, `\u002F`, a quoted date, a date-time without a zone, a header comment without a break).
//
// Misses (11 insecure-side: bad inputs accepted; 0 secure refused), each fixed in round 54 (`// Was a MISS` lines below):
//   - a tab in a line's indentation (a whitespace-only line, a comment line) or after a block sequence's `-`:
//     Pulumi (go-yaml) refuses the file, the tools certify it (4);
//   - a `\/` escape in a double-quoted value: Pulumi refuses the file, the tools certify it (1);
//   - plain timestamps (`2024-06-04`, `2024-06-04T10:00:00Z`) as tag values or keys: Pulumi deploys Go's
//     time.String() text ("2024-06-04 00:00:00 +0000 UTC"), the tools the text as written -- rounds 47/49/51's
//     "secure" timestamp cases rest on go-yaml v2's rule and should be flipped with the fix (3);
//   - round 53's goYamlBreakProblem: NEL/LS/PS at the end of a block scalar's header comment is accepted, but go-yaml
//     reads a leading empty line into the value (an inline kubeconfig Pulumi passes differs from the one certified) (3).
import { committedStackFile } from "./support";
import { StackCase, describeStackFileCases, withDevTags, withKeyTags } from "./stackFileCases";

describe("red team 54: go-yaml v3.0.1 and Pulumi's config decoding against the tools' stack-file reader", function () {
    this.timeout(300_000);

    const LS = "\u2028";
    const NEL = "\u0085";
    const PS = "\u2029";
    const SA = "    serviceAccount: containment-chamber\n";
    const afterServiceAccount = (stack: string, lines: string) => committedStackFile(stack, SA, `${SA}${lines}`);
    const KUBE = "    context: dev-validators\n";
    /** dev's kubernetes block with an inline kubeconfig (README: "A kubeconfig path or inline kubeconfig document"). */
    const inlineKubeconfig = (header: string) =>
        committedStackFile(
            "dev",
            KUBE,
            `${KUBE}    kubeconfig: ${header}\n      apiVersion: v1\n      kind: Config\n      current-context: dev-validators\n`,
        );

    const insecure: StackCase[] = [
        // Was a MISS (fixed in round 54): go-yaml refuses a tab in a line's indentation, even on a line holding nothing else ("found a tab
        // character that violates indentation"): yaml_parser_scan_to_next_token eats a tab only "in the flow context,
        // or in the block context, but not at the beginning of the line or after '-', '?', or ':'", so the tab is
        // left as the start of a token. `pulumi up` cannot load the stack file ("invalid YAML file"), while the tools
        // (YAML 1.2: a tab is separation on an otherwise empty line and before a comment, spec 6.1 / 6.6) read it and
        // --check agrees with the pack config: a file the tools certify and Pulumi refuses (the class of rounds
        // 51-53). Checked with go-yaml v3.0.1 (pulumi/pulumi sdk/go/common/encoding/marshal.go: gopkg.in/yaml.v3, sdk
        // go.mod v3.0.1). Doc: go-yaml v3.0.1 scannerc.go yaml_parser_scan_to_next_token / yaml_parser_fetch_next_token.
        {
            title: "a blank line holding a tab in dev's signer block (an editor's auto-indent)",
            stack: "dev",
            file: () => afterServiceAccount("dev", "\t\n"),
        },
        // Was a MISS (fixed in round 54): the same rule: a comment line whose indentation holds a tab (an editor that indents with tabs) is no
        // comment to go-yaml but a tab where a token must start; Pulumi refuses the file, the tools certify it.
        // Doc: go-yaml v3.0.1 scannerc.go yaml_parser_scan_to_next_token.
        {
            title: "a comment line indented with a tab in prod's signer block (`\\t# rotated by platform-custody`)",
            stack: "prod",
            file: () => afterServiceAccount("prod", "\t# rotated by platform-custody\n"),
        },
        // Was a MISS (fixed in round 54): spaces then a tab before the `#`: the tab still stands in the indentation (simple keys are allowed at
        // the start of a line), so go-yaml refuses the file. Doc: go-yaml v3.0.1 scannerc.go yaml_parser_scan_to_next_token.
        {
            title: "a comment line indented with spaces then a tab in pod-identity's signer block",
            stack: "pod-identity",
            file: () => afterServiceAccount("pod-identity", "    \t# pod identity only\n"),
        },
        // Was a MISS (fixed in round 54): after a block sequence's `-` go-yaml eats no tab ("not ... after '-'"), so `-<TAB>antiSlashing`
        // fails ("found character that cannot start any token") where YAML 1.2 reads a separation (spec 8.2.1
        // s-l+block-indented allows s-indent / separation with tabs after the indicator). Pulumi refuses the file, the
        // tools certify it. Doc: go-yaml v3.0.1 scannerc.go yaml_parser_scan_to_next_token.
        {
            title: "dev's accessPaths as a block sequence with a tab after the first `-`",
            stack: "dev",
            file: () =>
                committedStackFile(
                    "dev",
                    "    accessPaths: [antiSlashing, keySource, signerState]\n",
                    "    accessPaths:\n      -\tantiSlashing\n      - keySource\n      - signerState\n",
                ),
        },
        // Was a MISS (fixed in round 54): `\/` is an escape of YAML 1.2 (spec 5.7 ns-esc-slash, for JSON compatibility) that the tools'
        // reader decodes, but go-yaml (libyaml's YAML 1.1 escape table: 0 a b t n v f r e space " ' \\ N _ L P x u U)
        // refuses it ("found unknown escape character"): a URL pasted from JSON text (JSON writers such as PHP's
        // json_encode escape '/') makes a file Pulumi cannot load and --check agrees with.
        // Doc: go-yaml v3.0.1 scannerc.go yaml_parser_scan_flow_scalar (the escape switch).
        {
            title: 'trust-domain\'s oidcIssuerUrl pasted from JSON with `\\/` escapes ("https:\\/\\/oidc.eks...")',
            stack: "trust-domain",
            file: () =>
                committedStackFile(
                    "trust-domain",
                    "    oidcIssuerUrl: https://oidc.eks.us-east-1.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF\n",
                    '    oidcIssuerUrl: "https:\\/\\/oidc.eks.us-east-1.amazonaws.com\\/id\\/0123456789ABCDEF0123456789ABCDEF"\n',
                ),
        },
        // Was a MISS (fixed in round 54): go-yaml v3 resolves a plain `2024-06-04` to a timestamp and, decoding into `any` (Pulumi's
        // config object.UnmarshalYAML), keeps the time.Time (v3.0.1 decode.go scalar(): `case reflect.Interface:
        // out.Set(reflect.ValueOf(resolved))`; the "for backward compatibility ... set it as a string" branch is
        // go-yaml v2's, marked "TODO(v3) Drop this" and dropped); Pulumi's unmarshalObject then writes it with Go's
        // time.Time.String() (`case time.Time: return newObject(v.String())`): the KMS key is tagged
        // since="2024-06-04 00:00:00 +0000 UTC" while the tools (YAML 1.2 core: no timestamps) model and certify
        // "2024-06-04". Round 47 filed this as secure on v2's rule. Fix: refuse a plain scalar go-yaml resolves to a
        // timestamp (resolve.go parseTimestamp: 2006-1-2, 2006-1-2 15:4:5.999999999, RFC 3339 with T/t and a zone)
        // and ask for quotes. Doc: go-yaml v3.0.1 resolve.go/decode.go; pulumi/pulumi sdk/go/common/resource/config/object.go.
        {
            title: 'keyTags `since: 2024-06-04` (deployed as the tag value "2024-06-04 00:00:00 +0000 UTC")',
            stack: "trust-domain",
            file: () => withKeyTags("      since: 2024-06-04\n"),
        },
        // Was a MISS (fixed in round 54): as a map key the timestamp makes the map a map[any]any, and Pulumi's unmarshalObject names the key
        // `fmt.Sprintf("%v", k)` of the time.Time: the tag key is "2024-01-01 00:00:00 +0000 UTC" to Pulumi,
        // "2024-01-01" to the tools (round 51 filed it as secure). Doc: as above (object.go `case map[any]any`).
        {
            title: 'keyTags key `2024-01-01: created` (deployed as the tag key "2024-01-01 00:00:00 +0000 UTC")',
            stack: "trust-domain",
            file: () => withKeyTags("      2024-01-01: created\n"),
        },
        // Was a MISS (fixed in round 54): an RFC 3339 date-time is a timestamp too: every AWS resource of dev is tagged
        // reviewed="2024-06-04 10:00:00 +0000 UTC" by Pulumi, "2024-06-04T10:00:00Z" in the tools' plan.
        // Doc: go-yaml v3.0.1 resolve.go allowedTimestampFormats; pulumi config object.go unmarshalObject.
        {
            title: 'dev\'s tags `reviewed: 2024-06-04T10:00:00Z` (deployed as "2024-06-04 10:00:00 +0000 UTC")',
            stack: "dev",
            file: () => withDevTags("    reviewed: 2024-06-04T10:00:00Z\n"),
        },
        // Guards (refused today by the program's rules, not by the reader): `.nan` (json.Marshal refuses NaN, so
        // Pulumi cannot load the stack; the tools read null), a null key (Go's %v: "<nil>"; the tools: ""), an empty
        // key (go-yaml refuses the file), a complex key (go-yaml: "invalid map key").
        {
            title: "keyTags `rotation: .nan` (json.Marshal refuses NaN: Pulumi cannot load the stack)",
            stack: "trust-domain",
            file: () => withKeyTags("      rotation: .nan\n"),
        },
        {
            title: 'keyTags `~: unassigned` (a null key: Go\'s %v writes "<nil>")',
            stack: "trust-domain",
            file: () => withKeyTags("      ~: unassigned\n"),
        },
        {
            title: "keyTags `: unassigned` (an empty key: go-yaml refuses the file)",
            stack: "trust-domain",
            file: () => withKeyTags("      : unassigned\n"),
        },
        {
            title: "dev's kubernetes block with a complex key `? {context: dev-validators}` (go-yaml: invalid map key)",
            stack: "dev",
            file: () => committedStackFile("dev", "    context: dev-validators\n", "    ? context: dev-validators\n"),
        },
        // Was a MISS (fixed in round 54): round 53's goYamlBreakProblem accepts NEL/LS/PS as a comment's last character ("both readers end the
        // comment with nothing after it"), but after a block scalar's header (`|`, `>`, `|-`) go-yaml's
        // yaml_parser_scan_block_scalar eats the header comment and then reads the break as the end of the header
        // line (skip_line / is_break), so the LF that follows is one more, empty line: a leading "\n" of the value
        // (go-yaml v3.0.1 reads "\napiVersion: v1\n...", the tools "apiVersion: v1\n..."). The value Pulumi passes
        // (here the Kubernetes provider's inline kubeconfig) is not the one the tools read and certify.
        // Doc: go-yaml v3.0.1 scannerc.go yaml_parser_scan_block_scalar ("Eat a comment until a line break", then
        // "Check if we are at the end of the line" / skip_line), yamlprivateh.go is_break (NEL, LS, PS).
        ...(
            [
                ["LS", LS, "|"],
                ["NEL", NEL, "|-"],
                ["PS", PS, ">"],
            ] as const
        ).map(([name, ch, indicator]): StackCase => ({
            title: `dev's inline kubeconfig \`kubeconfig: ${indicator} # inline<${name}>\` (go-yaml reads a leading empty line: "\\napiVersion: v1...")`,
            stack: "dev",
            file: () => inlineKubeconfig(`${indicator} # inline${ch}`),
        })),
        // Guard: a keyTags value read as a block scalar is refused by the tag rule whatever its leading line.
        {
            title: "keyTags `note: | # see runbook<LS>` (a multi-line tag value: refused by the tag rule)",
            stack: "trust-domain",
            file: () => withKeyTags(`      note: | # see runbook${LS}\n        rotated yearly\n`),
        },
    ];

    const secure: StackCase[] = [
        {
            title: "a tab after dev's `custody-infra:signer:` key (after ':' go-yaml eats the tab)",
            stack: "dev",
            file: () => committedStackFile("dev", "  custody-infra:signer:\n", "  custody-infra:signer:\t\n"),
        },
        {
            title: "a tab between the items of dev's flow sequence accessPaths",
            stack: "dev",
            file: () =>
                committedStackFile(
                    "dev",
                    "[antiSlashing, keySource, signerState]",
                    "[antiSlashing,\tkeySource, signerState]",
                ),
        },
        {
            title: "trust-domain's oidcIssuerUrl with `\\u002F` escapes (both readers decode them)",
            stack: "trust-domain",
            file: () =>
                committedStackFile(
                    "trust-domain",
                    "    oidcIssuerUrl: https://oidc.eks.us-east-1.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF\n",
                    '    oidcIssuerUrl: "https:\\u002F\\u002Foidc.eks.us-east-1.amazonaws.com\\u002Fid\\u002F0123456789ABCDEF0123456789ABCDEF"\n',
                ),
        },
        {
            title: 'keyTags `since: "2024-06-04"` (a quoted date: text to both readers)',
            stack: "trust-domain",
            file: () => withKeyTags('      since: "2024-06-04"\n'),
        },
        {
            title: "keyTags `since: 2024-06-04T10:00:00` (no zone: no go-yaml timestamp format matches, text to both)",
            stack: "trust-domain",
            file: () => withKeyTags("      since: 2024-06-04T10:00:00\n"),
        },
        {
            title: "dev's inline kubeconfig `kubeconfig: | # inline` (a block scalar's header comment, no break in it)",
            stack: "dev",
            file: () => inlineKubeconfig("| # inline"),
        },
        {
            title: "a comment ending in U+2028 after a plain value (no block scalar: both readers read the same)",
            stack: "trust-domain",
            file: () => withKeyTags(`      # see the runbook${LS}\n`),
        },
    ];

    describeStackFileCases("r54-tools-", insecure, secure);
});
