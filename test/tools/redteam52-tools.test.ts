// Red-team round 52 on the tools (fresh eyes): the audit of exported stack states (tools/audit/exportFile.ts) --
// the stack and project an export's URNs name against --stack and Pulumi.yaml, pending operations of another
// stack, entries and fields Go's encoding/json reads as zero values (`null` protect/retainOnDelete/
// pending_operations) or refuses (a null resource entry, a signature key holding a number), version 4 feature
// names (case-sensitive) -- the audit's flags (repeated or empty --state/--out: refused before anything is written),
// and round 51's stack-file reader against go-yaml v3's reader (readerc.go yaml_parser_update_buffer), which checks
// EVERY character of the stream, comments included: invalid UTF-8 ("invalid leading/trailing UTF-8 octet"),
// surrogates in UTF-8 ("invalid Unicode character") and anything outside #x9 | #xA | #xD | [#x20-#x7E] | #x85 |
// [#xA0-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF] ("control characters are not allowed") fail the whole file.
// Checked against kubernetes/kubernetes vendor/sigs.k8s.io/yaml/goyaml.v3/readerc.go (a fork of go-yaml v3.0.1, the
// reader Pulumi's workspace uses for Pulumi.<stack>.yaml).
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { AnalyzerSession, startPolicyPack } from "../../tools/offline/analyzer";
import { PROJECT_DIR } from "../../tools/offline/preview";
import { AuditRunner, exportOf } from "../audit/support";
import { committedStackFile, Export, noStackTrace, showRun, stackFileChecker } from "./support";

describe("red team 52: exported states, the audit's flags and the stack file's characters as Pulumi reads them", function () {
    this.timeout(300_000);
    let session: AnalyzerSession;
    let runner: AuditRunner;
    before(async () => {
        session = await startPolicyPack(path.join(PROJECT_DIR, "policy-pack"));
        runner = new AuditRunner(() => session);
    });
    after(async () => {
        await session?.close();
        runner?.cleanup();
    });

    const show = showRun;
    const prod = async () => (await exportOf("prod")) as unknown as Export;
    const check = stackFileChecker("r52-tools-");
    const COST = '      cost-center: "4711"\n';
    /** trust-domain's committed stack file with a comment line `# reviewed by <bytes>` after keyTags' cost-center. */
    const withComment = (bytes: number[]): string => {
        const text = committedStackFile("trust-domain", COST, COST);
        const at = text.indexOf(COST) + COST.length;
        return Buffer.concat([
            Buffer.from(text.slice(0, at) + "      # reviewed by "),
            Buffer.from(bytes),
            Buffer.from("\n" + text.slice(at)),
        ]) as unknown as string;
    };
    const utf16le = (text: string) =>
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]) as unknown as string;
    const commentedUtf16 = (comment: string) =>
        utf16le(committedStackFile("trust-domain", COST, `${COST}      # ${comment}\n`));

    describe("bad exports and flags: refused naming the problem (exit 2), nothing certified", () => {
        it("bad input: audit --stack dev with prod's export: exit 2 naming the stack the URNs name", async () => {
            const run = await runner.run(await prod(), "--stack", "dev");
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /"prod"/);
            assert.equal(run.report, undefined);
            noStackTrace(run.stderr);
        });

        it("bad input: an export of another project's prod stack (URNs `::other-infra::`): exit 2 naming both projects", async () => {
            const text = JSON.stringify(await prod())
                .split("::custody-infra::")
                .join("::other-infra::");
            const run = await runner.run(text, "--stack", "prod");
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /other-infra/);
            assert.match(run.stderr, /custody-infra/);
            noStackTrace(run.stderr);
        });

        it("bad input: a pending `creating` operation whose resource is dev's (a merged export): exit 2, never this stack's interrupted update", async () => {
            const doc = await prod();
            const r = doc.deployment.resources[3];
            doc.deployment.pending_operations = [
                { type: "creating", resource: { ...r, urn: r.urn.replace("urn:pulumi:prod::", "urn:pulumi:dev::") } },
            ];
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /several stacks/);
            noStackTrace(run.stderr);
        });

        it("bad input: a `null` entry in deployment.resources (Go: a ResourceV3 with no URN): exit 2 naming its index", async () => {
            const doc = await prod();
            (doc.deployment.resources as unknown[]).push(null);
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /resources\[\d+\]/);
            noStackTrace(run.stderr);
        });

        it("bad input: an output object whose signature key holds the number 5 (DeserializePropertyValue: unrecognized signature): exit 2", async () => {
            const doc = await prod();
            const rp = doc.deployment.resources.find(r => r.type === "aws:iam/rolePolicy:RolePolicy")!;
            rp.outputs = { ...rp.outputs, extra: { "4dabf18193072939515e22adb298388d": 5 } };
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /outputs\.extra/);
            noStackTrace(run.stderr);
        });

        it('bad input: version 4 listing the feature "Taint" (Pulumi\'s supportedFeatures are case-sensitive): exit 2 naming it', async () => {
            const doc = await prod();
            doc.version = 4;
            doc.features = ["Taint"];
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /"Taint"/);
            noStackTrace(run.stderr);
        });

        it("bad input: --state given twice (which export is audited?): exit 2 naming --state, nothing written", async () => {
            const run = await runner.argv("--state", "a.json", "--state", "b.json");
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /--state/);
            assert.ok(!fs.existsSync(run.outDir), "nothing written");
        });

        it("bad input: --state= (empty) and --out '' (empty): exit 2 naming the flag, nothing written", async () => {
            const a = await runner.argv("--state=", "--stack", "prod");
            assert.equal(a.code, 2, show(a));
            assert.match(a.stderr, /--state/);
            assert.ok(!fs.existsSync(a.outDir), "nothing written");
            const b = await runner.run(await prod(), "--out", "");
            assert.equal(b.code, 2, show(b));
            assert.match(b.stderr, /--out/);
            noStackTrace(a.stderr + b.stderr);
        });
    });

    describe("good exports: read as Go's encoding/json reads them", () => {
        it("secure: `protect: null` and `retainOnDelete: null` on every resource whose flag is false (Go: false): exit 0", async () => {
            const doc = await prod();
            let n = 0;
            for (const r of doc.deployment.resources) {
                if (!r.protect) {
                    r.protect = null;
                    n++;
                }
                if (!r.retainOnDelete) r.retainOnDelete = null;
            }
            assert.ok(n > 0);
            const run = await runner.run(doc);
            assert.equal(run.code, 0, show(run));
        });

        it("secure: `pending_operations: null` (Go's nil slice: none): exit 0", async () => {
            const doc = await prod();
            doc.deployment.pending_operations = null;
            const run = await runner.run(doc);
            assert.equal(run.code, 0, show(run));
        });

        it("secure: deployment version 4 with `features: []` (UnmarshalUntypedDeployment reads 3 and 4 alike; nothing needed): exit 0", async () => {
            const doc = await prod();
            doc.version = 4;
            doc.features = [];
            const run = await runner.run(doc);
            assert.equal(run.code, 0, show(run));
        });

        it("secure: the untouched prod export with --stack prod: exit 0", async () => {
            const run = await runner.run(await prod(), "--stack", "prod");
            assert.equal(run.code, 0, show(run));
        });
    });

    describe("stack files: every character go-yaml's reader checks, comments included", () => {
        // Was a MISS (fixed in round 52): --check exits 0 ("agrees with Pulumi.trust-domain.yaml") while `pulumi up` refuses the file: a comment
        // saved by a Latin-1/Windows-1252 editor ("José" as 4A 6F 73 E9; curly quotes as 93/94) is invalid UTF-8,
        // and go-yaml v3's reader checks every octet of the stream, comments included (readerc.go
        // yaml_parser_update_buffer: "invalid leading UTF-8 octet" / "invalid trailing UTF-8 octet"), so Pulumi
        // cannot load the stack's config; the tools decode with replacement characters and the comment is dropped.
        // The custody model and the offline plan are certified from a file Pulumi refuses (round 51's class: the
        // UTF-16 stray byte). Fix: in markupText, decode UTF-8 with a fatal TextDecoder("utf-8", { fatal: true })
        // (overlong forms and UTF-8-encoded surrogates ED A0 80 are refused too, as go-yaml's "invalid length of a
        // UTF-8 sequence" / "invalid Unicode character"), naming the byte offset and the encoding.
        // Doc: kubernetes/kubernetes vendor/sigs.k8s.io/yaml/goyaml.v3/readerc.go (go-yaml v3.0.1) yaml_parser_update_buffer.
        it("bad input: a comment in Windows-1252 (`José`, curly quotes, a UTF-8 surrogate): go-yaml: invalid UTF-8 octet", async () => {
            for (const bytes of [
                [0x4a, 0x6f, 0x73, 0xe9],
                [0x93, 0x61, 0x94],
                [0xed, 0xa0, 0x80],
                [0xc0, 0xaf],
            ]) {
                const run = await check("trust-domain", withComment(bytes));
                assert.equal(run.code, 2, `${bytes.map(b => b.toString(16)).join(" ")}: ${show(run)}`);
                noStackTrace(run.stderr);
            }
        });

        // Was a MISS (fixed in round 52): --check exits 0 while Pulumi refuses the file: a C0 control character (a pasted terminal colour
        // sequence ESC [ 0 m, a NUL, DEL, or the C1 U+0093 a cp1252->UTF-8 mis-conversion leaves) anywhere in the
        // stream, a comment included, fails go-yaml's reader ("control characters are not allowed": only #x9, #xA,
        // #xD, [#x20-#x7E], #x85, [#xA0-#xD7FF], [#xE000-#xFFFD], [#x10000-#x10FFFF] pass); the tools' YAML reader
        // skips comments without looking. Fix: after decoding, refuse any character outside that set (YAML 1.2
        // c-printable), naming line and column. Doc: goyaml.v3 readerc.go (the allowed-range switch); YAML 1.2.2 §5.1.
        it("bad input: a comment holding ESC [0m, NUL, DEL or U+0093: go-yaml: control characters are not allowed", async () => {
            for (const bytes of [
                [0x1b, 0x5b, 0x30, 0x6d],
                [0x61, 0x00],
                [0x61, 0x7f],
                [0xc2, 0x93],
                [0xef, 0xbf, 0xbe],
            ]) {
                const run = await check("trust-domain", withComment(bytes));
                assert.equal(run.code, 2, `${bytes.map(b => b.toString(16)).join(" ")}: ${show(run)}`);
                noStackTrace(run.stderr);
            }
        });

        // Was a MISS (fixed in round 52): --check exits 0: round 51 made UTF-16 decoding fatal for half characters and lone surrogates, but a
        // whole UTF-16 code unit that is a control character (U+0000 -- what a UTF-32LE file with a BOM becomes, as
        // go-yaml reads FF FE as UTF-16LE -- or U+FFFF) passes the tools while go-yaml's reader applies the same
        // printable check after UTF-16 decoding ("control characters are not allowed"). Fix: as above, after
        // decoding whatever the encoding. Doc: goyaml.v3 readerc.go yaml_parser_update_buffer.
        it("bad input: a UTF-16LE stack file whose comment holds U+0000 or U+FFFF: go-yaml: control characters are not allowed", async () => {
            for (const c of ["a\u0000b", "a\uffffb"]) {
                const run = await check("trust-domain", commentedUtf16(c));
                assert.equal(run.code, 2, show(run));
                noStackTrace(run.stderr);
            }
        });

        it("secure: a UTF-8 comment with `José`, an emoji and a tab (printable to go-yaml): --check agrees", async () => {
            for (const bytes of [
                [0x4a, 0x6f, 0x73, 0xc3, 0xa9],
                [0xf0, 0x9f, 0x94, 0x91],
                [0x09, 0x61],
            ]) {
                const run = await check("trust-domain", withComment(bytes));
                assert.equal(run.code, 0, `${bytes.map(b => b.toString(16)).join(" ")}: ${show(run)}`);
            }
        });

        // Neighbours (round 52): the refusal names where the character stands; the printable edges pass.
        it("bad input: a NUL in a comment is named by line and column", async () => {
            const run = await check("trust-domain", withComment([0x61, 0x00]));
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /line \d+, column \d+: the character U\+0000/);
        });

        // DECIDED (round 53): this was filed as secure ("printable to go-yaml"). Printable it is, but U+0085 is a line
        // break to go-yaml (yamlprivateh.go is_break), so U+FFFD starts a line of its own, which go-yaml refuses
        // ("could not find expected ':'"). The tools now refuse it too, naming the NEL (redteam53-tools).
        it("bad input: a comment with U+00A0, U+0085 and U+FFFD (the NEL breaks the line for go-yaml) is refused", async () => {
            const run = await check("trust-domain", withComment([0xc2, 0xa0, 0xc2, 0x85, 0xef, 0xbf, 0xbd]));
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /line \d+, column \d+: U\+0085 \(NEL\) is a line break/);
        });

        it("secure: a comment with U+00A0 and U+FFFD (printable to go-yaml, no line break): --check agrees", async () => {
            const run = await check("trust-domain", withComment([0xc2, 0xa0, 0xef, 0xbf, 0xbd]));
            assert.equal(run.code, 0, show(run));
        });

        it("secure: a UTF-16LE stack file whose comment holds `Zoë 🔑` (a surrogate pair): --check agrees", async () => {
            const run = await check("trust-domain", commentedUtf16("Zo\u00eb \u{1f511}"));
            assert.equal(run.code, 0, show(run));
        });
    });
});
