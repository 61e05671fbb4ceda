// Red-team round 53 on the tools (fresh eyes): round 52's stack-file reader (tools/offline/stackFile.ts markupText and
// yamlReaderProblem) against what go-yaml's scanner -- the reader the Pulumi CLI loads Pulumi.<stack>.yaml with --
// takes for a LINE BREAK. go-yaml is libyaml's YAML 1.1 heritage: its is_break/is_breakz (go-yaml yamlprivateh.go)
// are CR, LF, NEL (U+0085), LS (U+2028) and PS (U+2029), and a lone CR is a break of its own (skip_line); a comment
// ends at the first of them (scannerc.go yaml_parser_scan_comment / scan_to_next_token: "Eat a comment until a line
// break"), and the text after it is a new line of YAML, its indentation counted from column 0. The tools' reader (yaml
// 2.x, YAML 1.2: only LF and CRLF break a line) keeps all of it in the comment. So a comment can hide a setting Pulumi
// deploys, or a line that makes Pulumi refuse the file, while `custody-model --check` agrees and the offline preview
// certifies the file as the reviewer reads it. Also probed: the neighbours Pulumi and the tools read alike (CRLF, a
// BOM, UTF-16BE, a `...` document end, a tab before a comment, U+FEFF and a trailing LS inside a comment).
//
// MISSES (insecure accepted): LS, NEL, PS and a lone CR inside a comment end it for go-yaml -- a hidden
// `instanceProfile: true` (EC2 may assume the signer's runtime role; the control cases show --check catches it when
// written openly) is deployed by Pulumi and not seen by the tools; a hidden duplicate `roleName:` makes Pulumi refuse a file the tools accept; the
// same in a UTF-16LE file; and round 52's "secure" comment with U+0085 is in fact a file go-yaml refuses (the NEL
// ends the comment and U+FFFD starts a stray line at column 0). See the `// Was a MISS` lines (all fixed in round 53: tools/offline/stackFile.ts goYamlBreakProblem).
import { strict as assert } from "assert";
import { committedStackFile, noStackTrace, showRun, stackFileChecker } from "./support";

interface StackCase {
    title: string;
    stack: string;
    file: () => string | Buffer;
    skip?: string;
    /** The exit code of the refusal: 2 (the file refused), 1 (--check: the custody model differs). Default 2. */
    code?: number;
}

describe("red team 53: line breaks go-yaml's scanner sees inside comments, and the files Pulumi and the tools read alike", function () {
    this.timeout(300_000);
    const show = showRun;
    const check = stackFileChecker("r53-tools-");

    const LS = "\u2028";
    const PS = "\u2029";
    const NEL = "\u0085";
    const SA = "    serviceAccount: containment-chamber\n";
    /** `stack`'s committed file with `comment` (a whole line, its indentation included) after the signer's serviceAccount. */
    const afterServiceAccount = (stack: string, comment: string) => committedStackFile(stack, SA, `${SA}${comment}\n`);
    const COST = '      cost-center: "4711"\n';
    const afterCostCenter = (comment: string) => committedStackFile("trust-domain", COST, `${COST}${comment}\n`);
    const utf16 = (text: string, order: "le" | "be") => {
        const le = Buffer.from(text, "utf16le");
        return order === "le"
            ? Buffer.concat([Buffer.from([0xff, 0xfe]), le])
            : Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]);
    };
    const asFile = (f: string | Buffer) => f as unknown as string;

    const insecure: StackCase[] = [
        // Was a MISS (fixed in round 53): go-yaml's is_break counts LS (U+2028, E2 80 A8) as a line break (yamlprivateh.go is_break/is_breakz),
        // so yaml_parser_scan_comment stops there and `    instanceProfile: true` is a key of custody-infra:signer at
        // column 4: Pulumi deploys the signer's role with an instance profile (ec2.amazonaws.com may assume the runtime
        // role: any instance launched with it holds the signer's power), while the tools (YAML 1.2: only LF/CRLF) read
        // one comment line and --check agrees. Fix: refuse U+0085, U+2028, U+2029 and a CR not followed by LF anywhere
        // (or split lines as go-yaml does). Doc: go-yaml scannerc.go yaml_parser_scan_to_next_token / skip_line.
        {
            title: "a comment `# reviewed<U+2028>    instanceProfile: true` in dev's signer block (LS is a line break to go-yaml)",
            stack: "dev",
            file: () => afterServiceAccount("dev", `    # reviewed by platform-custody${LS}    instanceProfile: true`),
        },
        // Was a MISS (fixed in round 53): NEL (U+0085, C2 85) is a line break to go-yaml (is_break); a cp1252 "…" (0x85) decoded as Latin-1
        // lands here. Pulumi reads signer.instanceProfile: true in the Pod Identity stack (ec2.amazonaws.com may then
        // assume the runtime role) that no reviewer and no tool saw. Doc: go-yaml yamlprivateh.go is_break (NEL #x85).
        {
            title: "a comment `# pod identity only<U+0085>    instanceProfile: true` in pod-identity's signer block (NEL)",
            stack: "pod-identity",
            file: () => afterServiceAccount("pod-identity", `    # pod identity only${NEL}    instanceProfile: true`),
        },
        // Was a MISS (fixed in round 53): PS (U+2029) ends the comment for go-yaml, and `    roleName: ...` is a second roleName key of the same
        // map: go-yaml refuses the file ("mapping key already defined", decode.go), so `pulumi up` cannot load it while
        // --check agrees (round 51-52's class: a file the tools certify and Pulumi refuses).
        // Doc: go-yaml yamlprivateh.go is_break (PS #x2029); decode.go mapping().
        {
            title: "a comment `# old name<U+2029>    roleName: ...` in trust-domain (PS; a duplicate key to go-yaml)",
            stack: "trust-domain",
            file: () =>
                committedStackFile(
                    "trust-domain",
                    "    roleName: trust-domain-server\n",
                    `    roleName: trust-domain-server\n    # old name${PS}    roleName: spirl-server\n`,
                ),
        },
        // Was a MISS (fixed in round 53): a lone CR (a line saved by a classic-Mac tool, or `\r` left by a sed edit of a CRLF file) is a line break
        // to go-yaml (is_break '\r'; skip_line: not CRLF, so one break), while the tools' reader keeps it inside the
        // comment: `    instanceProfile: true` is deployed unseen. Doc: go-yaml yamlprivateh.go is_break; scannerc.go skip_line.
        {
            title: "a comment `# ok\\r    instanceProfile: true` in prod's signer block (a lone CR)",
            stack: "prod",
            file: () => afterServiceAccount("prod", "    # ok\r    instanceProfile: true"),
        },
        // Was a MISS (fixed in round 53): the same in a UTF-16LE file (PowerShell 5.1's `>`): go-yaml decodes UTF-16 into its buffer and
        // scans the same breaks, so the hidden key is deployed. Doc: readerc.go (UTF-16 decode) + is_break.
        {
            title: "a UTF-16LE dev stack file whose comment holds `<U+2028>    instanceProfile: true`",
            stack: "dev",
            file: () => utf16(afterServiceAccount("dev", `    # note${LS}    instanceProfile: true`), "le"),
        },
        // Controls: the same settings written on lines of their own are seen, and --check disagrees with the pack
        // config (the custody model gains the EC2 subject / the Pod Identity subject): what the comments hide matters.
        {
            title: "control: `    instanceProfile: true` on its own line in dev's signer block: --check disagrees",
            stack: "dev",
            file: () => afterServiceAccount("dev", "    instanceProfile: true"),
            code: 1,
        },
        {
            title: "control: `    instanceProfile: true` on its own line in pod-identity's signer block: --check disagrees",
            stack: "pod-identity",
            file: () => afterServiceAccount("pod-identity", "    instanceProfile: true"),
            code: 1,
        },
        // Was a MISS (fixed in round 53): round 52 filed `# reviewed by <U+00A0><U+0085><U+FFFD>` as secure ("printable to go-yaml") -- printable it
        // is, but the NEL ends the comment and U+FFFD starts a line at column 0 inside keyTags: a plain scalar that is
        // a required simple key with no ':' ("could not find expected ':'"), so Pulumi refuses the file; --check agrees.
        // Doc: go-yaml yamlprivateh.go is_break; scannerc.go yaml_parser_stale_simple_keys.
        {
            title: "round 52's comment `# reviewed by <U+00A0><U+0085><U+FFFD>` (the NEL starts a stray line go-yaml refuses)",
            stack: "trust-domain",
            file: () => afterCostCenter(`      # reviewed by \u00a0${NEL}\ufffd`),
        },
    ];

    const secure: StackCase[] = [
        // go-yaml: CRLF is one break (is_crlf in skip_line); yaml 1.2 likewise. A Windows checkout (core.autocrlf).
        {
            title: "dev's stack file with CRLF line endings (git core.autocrlf on Windows)",
            stack: "dev",
            file: () => committedStackFile("dev", "\n", "\n").split("\n").join("\r\n"),
        },
        // Pulumi drops a UTF-8 BOM (workspace loaders.go readFileStripUTF8BOM); Notepad writes BOM + CRLF.
        {
            title: "prod's stack file as Notepad saves it: a UTF-8 BOM and CRLF",
            stack: "prod",
            file: () => "\ufeff" + committedStackFile("prod", "\n", "\n").split("\n").join("\r\n"),
        },
        // go-yaml determines UTF-16BE by its BOM (readerc.go yaml_parser_determine_encoding: bom_UTF16BE FE FF).
        {
            title: "trust-domain's stack file in UTF-16BE with its BOM",
            stack: "trust-domain",
            file: () => utf16(committedStackFile("trust-domain", COST, COST), "be"),
        },
        // A DOCUMENT-END `...` then a comment: one document to go-yaml (parserc.go yaml_parser_parse_document_end).
        {
            title: "dev's stack file ending in a `...` document end marker and a comment",
            stack: "dev",
            file: () => committedStackFile("dev", "\n", "\n") + "...\n# end of dev\n",
        },
        // A tab between a value and its comment: whitespace to both readers (scannerc.go: tabs are eaten outside
        // indentation when a simple key is not allowed).
        {
            title: "a tab before an end-of-line comment on dev's threshold",
            stack: "dev",
            file: () => committedStackFile("dev", "      threshold: 2\n", "      threshold: 2\t# two of three\n"),
        },
        // U+FEFF (ZERO WIDTH NO-BREAK SPACE) mid-comment: printable (#xE000-#xFFFD), no break: one comment to both.
        {
            title: "a comment holding U+FEFF mid-line (pasted from a web page)",
            stack: "trust-domain",
            file: () => afterCostCenter("      # cost\ufeffcenter per finance"),
        },
        // A comment whose text ENDS in LS (a paste from a word processor): go-yaml breaks the line there and then
        // at LF, an empty line; Pulumi reads the same config as the tools.
        {
            title: "a comment whose last character is U+2028 (nothing follows it on the line)",
            stack: "prod",
            file: () => afterServiceAccount("prod", `    # see the runbook${LS}`),
        },
        // A supplementary-plane character and U+E000 in a UTF-16BE comment: printable, surrogate pair decoded.
        {
            title: "a UTF-16BE comment with U+E000 and U+1F510",
            stack: "trust-domain",
            file: () => utf16(afterCostCenter("      # \ue000 \u{1f510}"), "be"),
        },
    ];

    describe("bad input: a file Pulumi reads otherwise than the tools is refused (exit 2)", () => {
        for (const c of insecure) {
            const t = `bad input: ${c.title}`;
            if (c.skip) {
                it.skip(`${t} [${c.skip}]`);
                continue;
            }
            it(t, async () => {
                const run = await check(c.stack, asFile(c.file()));
                assert.equal(run.code, c.code ?? 2, show(run));
                noStackTrace(run.stderr);
            });
        }
    });

    describe("secure: a file Pulumi and the tools read alike is accepted (exit 0)", () => {
        for (const c of secure) {
            const t = `secure: ${c.title}`;
            if (c.skip) {
                it.skip(`${t} [${c.skip}]`);
                continue;
            }
            it(t, async () => {
                const run = await check(c.stack, asFile(c.file()));
                assert.equal(run.code, 0, show(run));
            });
        }
    });
});
