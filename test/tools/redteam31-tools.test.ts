// Red team 31 (fresh eyes): bad input and the tools. Which project and stack files Pulumi reads besides
// Pulumi.yaml/Pulumi.<stack>.yaml (Pulumi.json, the .yml pair), keys of a misspelt namespace, pack configs Pulumi's
// Go JSON reader refuses, exports the audit cannot read, and what a careful team legitimately writes in a stack file
// (anchors and aliases, comments, block scalars, the secrets-provider keys pulumi stack init writes).
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { parse } from "yaml";
import { AnalyzerSession, startPolicyPack } from "../../tools/offline/analyzer";
import { OfflinePreviewError, PROJECT_DIR, runOfflinePreview } from "../../tools/offline/preview";
import { main as custodyModelMain } from "../../tools/custody-model/main";
import { stackFileProblem } from "../../tools/audit/audit";
import { AuditRunner, exportOf } from "../audit/support";
import { noStackTrace } from "./support";

async function custodyModel(argv: string[], projectDir = PROJECT_DIR) {
    let stdout = "";
    let stderr = "";
    const code = await custodyModelMain(argv, {
        projectDir,
        stdout: s => {
            stdout += s;
        },
        stderr: s => {
            stderr += s;
        },
    });
    return { code, stdout, stderr };
}

/** A control character (but newline and tab), DEL, a C1 control or U+FFFD (undecodable bytes) in `text`. */
function hasBinary(text: string): boolean {
    return [...text].some(
        c => (c < " " && c !== "\n" && c !== "\t") || (c >= "\u007f" && c <= "\u009f") || c === "\ufffd",
    );
}

describe("red team 31: bad input and the tools", function () {
    this.timeout(300_000);
    let tmp: string;
    let session: AnalyzerSession;
    let runner: AuditRunner;

    before(async () => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "r31-tools-"));
        session = await startPolicyPack(path.join(PROJECT_DIR, "policy-pack"));
        runner = new AuditRunner(() => session);
    });
    after(async () => {
        await session?.close();
        runner?.cleanup();
        if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    });

    /** A scratch project: Pulumi.yaml, the stacks' files and their pack configs. */
    function scratch(...stacks: string[]): string {
        const dir = fs.mkdtempSync(path.join(tmp, "proj-"));
        fs.copyFileSync(path.join(PROJECT_DIR, "Pulumi.yaml"), path.join(dir, "Pulumi.yaml"));
        fs.mkdirSync(path.join(dir, "policy-pack", "config"), { recursive: true });
        for (const stack of stacks) {
            fs.copyFileSync(path.join(PROJECT_DIR, `Pulumi.${stack}.yaml`), path.join(dir, `Pulumi.${stack}.yaml`));
            fs.copyFileSync(
                path.join(PROJECT_DIR, "policy-pack", "config", `${stack}.json`),
                path.join(dir, "policy-pack", "config", `${stack}.json`),
            );
        }
        return dir;
    }

    /** Edits the stack file's text. */
    function editText(dir: string, file: string, edit: (text: string) => string): void {
        const at = path.join(dir, file);
        fs.writeFileSync(at, edit(fs.readFileSync(at, "utf8")));
    }

    describe("project and stack files Pulumi finds by another extension", () => {
        // Was a MISS (fixed in round 31): Pulumi finds the project file with fsutil.WalkUp (os.ReadDir, name order) and
        // workspace isMarkupFile, which accepts Pulumi.json, Pulumi.yaml and Pulumi.yml (encoding.Exts): Pulumi.json
        // sorts first, so Pulumi runs the project Pulumi.json describes (here `main: deploy/`, another program) and
        // reads its stacks from Pulumi.<stack>.json. tools/offline/stackFile.ts readProjectConfig looked at
        // Pulumi.yaml/Pulumi.yml only: custody-model --check exited 0, silent. Now stackFile.ts projectFile (the one
        // finder of the project file, for every tool) tries the extensions in Pulumi's order and refuses two or more
        // project files, naming them, the one Pulumi reads, and the fix.
        it("bad input: a Pulumi.json project file next to Pulumi.yaml (Pulumi reads Pulumi.json first): exit 2 naming it", async () => {
            const dir = scratch("prod");
            fs.writeFileSync(
                path.join(dir, "Pulumi.json"),
                JSON.stringify({ name: "custody-infra", runtime: "nodejs", main: "deploy/" }, null, 2),
            );
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stderr.slice(0, 300)}`);
            assert.match(run.stderr, /Pulumi\.json/);
            noStackTrace(run.stderr);
        });

        // Was a MISS (fixed in round 31): with the project file named Pulumi.yml (accepted by the tools'
        // readProjectConfig), Pulumi reads the stack file Pulumi.prod.yml (pulumi/pulumi workspace
        // DetectProjectStackPath: `Pulumi.<stack>` + filepath.Ext(projPath)). The tools always read Pulumi.<stack>.yaml,
        // so a stale Pulumi.prod.yaml made --check agree while Pulumi deploys acme-prod from Pulumi.prod.yml. Now
        // stackFile.ts stackFilePath gives the file Pulumi reads and refuses a file of the stack under another
        // extension beside it, naming both.
        it("bad input: Pulumi.yml project with Pulumi.prod.yml (what Pulumi reads) next to a stale Pulumi.prod.yaml: not agreed", async () => {
            const dir = scratch("prod");
            fs.renameSync(path.join(dir, "Pulumi.yaml"), path.join(dir, "Pulumi.yml"));
            fs.writeFileSync(
                path.join(dir, "Pulumi.prod.yml"),
                fs
                    .readFileSync(path.join(dir, "Pulumi.prod.yaml"), "utf8")
                    .replace("config:\n", "config:\n  custody-infra:namePrefix: acme-prod\n"),
            );
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.notEqual(run.code, 0, `--check agrees with the stale Pulumi.prod.yaml: ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /Pulumi\.prod\.yml|acme-prod/);
            noStackTrace(run.stderr);
        });

        // Was a MISS (fixed in round 31; secure refused, misleading): the same pair Pulumi reads (Pulumi.yml +
        // Pulumi.prod.yml, DetectProjectStackPath) was refused as 'unknown stack "prod": there is no Pulumi.prod.yaml;
        // known stacks: none'. Now read: stackFilePath takes the project file's extension, as Pulumi does.
        it("secure: Pulumi.yml project with Pulumi.prod.yml only (the committed files renamed): --check agrees", async () => {
            const dir = scratch("prod");
            fs.renameSync(path.join(dir, "Pulumi.yaml"), path.join(dir, "Pulumi.yml"));
            fs.renameSync(path.join(dir, "Pulumi.prod.yaml"), path.join(dir, "Pulumi.prod.yml"));
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 0, run.stderr);
        });

        // Neighbours (round 31): the other spellings of the same shape, both directions.
        it("bad input: Pulumi.yml next to Pulumi.yaml (Pulumi reads Pulumi.yaml, ignores Pulumi.yml): exit 2 naming both", async () => {
            const dir = scratch("prod");
            fs.writeFileSync(
                path.join(dir, "Pulumi.yml"),
                "name: custody-infra\nruntime: nodejs\nconfig:\n  custody-infra:namePrefix: acme\n",
            );
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stderr.slice(0, 300)}`);
            assert.match(run.stderr, /Pulumi\.yaml, Pulumi\.yml\).*Pulumi reads only Pulumi\.yaml/);
            noStackTrace(run.stderr);
        });
        it("secure: Pulumi.json alone with Pulumi.prod.json (the committed files as JSON, what Pulumi reads): --check agrees", async () => {
            const dir = scratch("prod");
            for (const [from, to] of [
                ["Pulumi.yaml", "Pulumi.json"],
                ["Pulumi.prod.yaml", "Pulumi.prod.json"],
            ]) {
                const doc: unknown = parse(fs.readFileSync(path.join(dir, from), "utf8"), { merge: true });
                fs.writeFileSync(path.join(dir, to), JSON.stringify(doc, null, 2));
                fs.rmSync(path.join(dir, from));
            }
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 0, run.stderr);
        });
        it("bad input: Pulumi.yml with only Pulumi.prod.yaml (Pulumi reads the missing Pulumi.prod.yml: no config): exit 2, rename", async () => {
            const dir = scratch("prod");
            fs.renameSync(path.join(dir, "Pulumi.yaml"), path.join(dir, "Pulumi.yml"));
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /Rename Pulumi\.prod\.yaml to Pulumi\.prod\.yml/);
            noStackTrace(run.stderr);
        });
        it("bad input: Pulumi.yaml with a stale Pulumi.prod.yml beside Pulumi.prod.yaml: exit 2 naming the stale one", async () => {
            const dir = scratch("prod");
            fs.copyFileSync(path.join(dir, "Pulumi.prod.yaml"), path.join(dir, "Pulumi.prod.yml"));
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /Pulumi\.prod\.yml is next to .*Pulumi\.prod\.yaml/);
            noStackTrace(run.stderr);
        });
        it("the offline preview and the audit read the same stack file: Pulumi.prod.yml runs, a stale Pulumi.prod.yaml is refused", async () => {
            const dir = scratch("prod");
            fs.renameSync(path.join(dir, "Pulumi.yaml"), path.join(dir, "Pulumi.yml"));
            fs.renameSync(path.join(dir, "Pulumi.prod.yaml"), path.join(dir, "Pulumi.prod.yml"));
            const result = await runOfflinePreview({ stack: "prod", projectDir: dir, session, log: () => undefined });
            assert.equal(result.configFile, path.join(dir, "Pulumi.prod.yml"));
            assert.equal(stackFileProblem("prod", dir), undefined);
            fs.copyFileSync(path.join(dir, "Pulumi.prod.yml"), path.join(dir, "Pulumi.prod.yaml"));
            await assert.rejects(
                runOfflinePreview({ stack: "prod", projectDir: dir, session, log: () => undefined }),
                (e: unknown) => e instanceof OfflinePreviewError && /Pulumi\.prod\.yaml is next to/.test(e.message),
            );
            assert.match(stackFileProblem("prod", dir) ?? "", /Pulumi\.prod\.yaml is next to/);
        });
    });

    describe("keys of a misspelt namespace", () => {
        for (const key of ["custody-infr:namePrefix", "Custody-Infra:namePrefix", "custody_infra:namePrefix"]) {
            it(`bad input: \`${key}: acme-prod\` (the program never reads it): exit 2 naming it`, async () => {
                const dir = scratch("prod");
                editText(dir, "Pulumi.prod.yaml", t => t.replace("config:\n", `config:\n  ${key}: acme-prod\n`));
                const run = await custodyModel(["--stack", "prod", "--check"], dir);
                assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stderr.slice(0, 300)}`);
                assert.ok(run.stderr.includes(key), run.stderr);
                noStackTrace(run.stderr);
            });
        }
    });

    describe("pack configs Pulumi's JSON reader refuses", () => {
        it("bad input: prod.json with a // comment: exit 2 naming the file, no stack trace", async () => {
            const dir = scratch("prod");
            editText(dir, "policy-pack/config/prod.json", t => `// prod levels\n${t}`);
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 2, `exit ${run.code}: ${run.stderr.slice(0, 300)}`);
            assert.match(run.stderr, /prod\.json/);
            noStackTrace(run.stderr);
        });
        it("bad input: prod.json with a UTF-8 BOM (Go's encoding/json refuses it): exit 2 naming the file", async () => {
            const dir = scratch("prod");
            editText(dir, "policy-pack/config/prod.json", t => `\uFEFF${t}`);
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 2, `exit ${run.code}: ${run.stderr.slice(0, 300)}`);
            assert.match(run.stderr, /prod\.json/);
            noStackTrace(run.stderr);
        });
    });

    describe("exports the audit cannot read", () => {
        // Was a MISS (fixed in round 31; message): a gzip-compressed export (a self-managed backend's .json.gz
        // checkpoint, or `pulumi stack export | gzip`) got exit 2, but the message was JSON.parse's, quoting the raw
        // bytes ("Unexpected token '\u001f', \"\u001f\ufffd\b\u0000..."), control characters written to the terminal
        // and no word of gzip. Now tools/audit/exportFile.ts readExport names compressed and UTF-16 files by their
        // first bytes with the fix (DECIDED: refused, not inflated), and every AuditError is made printable.
        it("bad input: a gzip-compressed export: exit 2 naming the file, no binary garbage", async () => {
            const doc = await exportOf("prod");
            const file = path.join(tmp, "prod-state.json.gz");
            fs.writeFileSync(file, zlib.gzipSync(JSON.stringify(doc)));
            const run = await runner.argv("--state", file);
            assert.equal(run.code, 2, run.stderr);
            assert.ok(run.stderr.includes(file), run.stderr);
            const binary = [...run.stderr].some(c => (c < " " && c !== "\n" && c !== "\t") || c === "\ufffd");
            assert.ok(!binary, "binary in the message");
            assert.match(run.stderr, /gzip|compressed/);
            noStackTrace(run.stderr);
        });
        // Neighbours (round 31): other bytes than JSON text, and raw control characters quoted from a bad export.
        it("bad input: an export written as UTF-16 (Windows PowerShell's > redirect): exit 2 naming UTF-16, no binary", async () => {
            const doc = await exportOf("prod");
            const file = path.join(tmp, "prod-state-utf16.json");
            fs.writeFileSync(file, Buffer.from(`\ufeff${JSON.stringify(doc)}`, "utf16le"));
            const run = await runner.argv("--state", file);
            assert.equal(run.code, 2, run.stderr);
            assert.ok(run.stderr.includes(file), run.stderr);
            assert.match(run.stderr, /UTF-16/);
            assert.ok(!hasBinary(run.stderr), "binary in the message");
            noStackTrace(run.stderr);
        });
        it("bad input: binary bytes that are no known format: exit 2, the bytes quoted as escapes", async () => {
            const file = path.join(tmp, "prod-state-binary.json");
            fs.writeFileSync(file, Buffer.from([0x00, 0x1b, 0x5b, 0x32, 0x4a, 0xc3, 0x28, 0x07, 0x0d, 0x7f, 0x9b]));
            const run = await runner.argv("--state", file);
            assert.equal(run.code, 2, run.stderr);
            assert.ok(run.stderr.includes(file), run.stderr);
            assert.ok(!hasBinary(run.stderr), "binary in the message");
            noStackTrace(run.stderr);
        });
        it("bad input: a URN holding a terminal escape sequence: exit 2, the escape written as \\u001b", async () => {
            const doc = (await exportOf("prod")) as { deployment: { resources: Array<{ urn: string }> } };
            doc.deployment.resources[1].urn = "\u001b[2J\u001b]0;pwned\u0007not-a-urn";
            const run = await runner.run(doc);
            assert.equal(run.code, 2, run.stderr);
            assert.ok(run.stderr.includes("\\u001b[2J"), run.stderr);
            assert.ok(!hasBinary(run.stderr), "control character in the message");
            noStackTrace(run.stderr);
        });
        it("bad input: two exports concatenated: exit 2 naming the file", async () => {
            const doc = JSON.stringify(await exportOf("prod"));
            const run = await runner.run(`${doc}\n${doc}\n`);
            assert.equal(run.code, 2, run.stderr);
            noStackTrace(run.stderr);
        });
    });

    describe("what a careful team writes in the stack file", () => {
        it("secure: anchors and aliases (accounts list reused), comments, a block scalar: --check agrees", async () => {
            const dir = scratch("prod");
            editText(dir, "Pulumi.prod.yaml", t =>
                t
                    .replace(
                        "  custody-infra:primaryAccount: signer",
                        "  # the signer account\n  custody-infra:primaryAccount: &primary signer # inline",
                    )
                    .replace(
                        "      accounts: [signer, custody-b, custody-c]",
                        "      accounts: [*primary, custody-b, custody-c]",
                    )
                    .replace("    namespace: validators", "    namespace: >-\n      validators"),
            );
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 0, run.stderr);
        });
        it("secure: secretsprovider/encryptedkey written by pulumi stack init --secrets-provider awskms: --check agrees", async () => {
            const dir = scratch("prod");
            editText(
                dir,
                "Pulumi.prod.yaml",
                t =>
                    `secretsprovider: awskms://alias/custody-prod-secrets?region=eu-west-1\nencryptedkey: AQICAHhZ0examplekeyAAAA==\n${t}`,
            );
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 0, run.stderr);
        });
        it("secure: quoted keys, an explicit !!str tag and a flow mapping for tags: --check agrees", async () => {
            const dir = scratch("prod");
            editText(dir, "Pulumi.prod.yaml", t =>
                t
                    .replace("  custody-infra:primaryAccount: signer", '  "custody-infra:primaryAccount": !!str signer')
                    .replace(
                        "  custody-infra:tags:\n    environment: prod\n    owner: platform-custody",
                        "  custody-infra:tags: {environment: prod, owner: platform-custody}",
                    ),
            );
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 0, run.stderr);
        });
        it("secure: a secure externalId (pulumi config set --secret --path): --check agrees", async () => {
            const dir = scratch("prod");
            editText(dir, "Pulumi.prod.yaml", t =>
                t.replace(
                    "      externalId: custody-infra-prod\n    custody-c:",
                    "      externalId:\n        secure: AAABAJ0example0ciphertext0==\n    custody-c:",
                ),
            );
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 0, run.stderr);
        });
    });
});
