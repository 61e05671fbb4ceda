// Red team 31 (fresh eyes): bad input and the tools. Which project and stack files Pulumi reads besides
// Pulumi.yaml/Pulumi.<stack>.yaml (Pulumi.json, the .yml pair), keys of a misspelt namespace, pack configs Pulumi's
// Go JSON reader refuses, exports the audit cannot read, and what a careful team legitimately writes in a stack file
// (anchors and aliases, comments, block scalars, the secrets-provider keys pulumi stack init writes).
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { AnalyzerSession, startPolicyPack } from "../../tools/offline/analyzer";
import { PROJECT_DIR } from "../../tools/offline/preview";
import { main as custodyModelMain } from "../../tools/custody-model/main";
import { AuditRunner, exportOf } from "../audit/support";

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

function noStackTrace(text: string): void {
    assert.doesNotMatch(text, /\n\s+at /, "no stack trace");
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
        // MISS: Pulumi finds the project file with fsutil.WalkUp (os.ReadDir, name order) and workspace isMarkupFile,
        // which accepts Pulumi.json, Pulumi.yaml and Pulumi.yml (encoding.Exts): Pulumi.json sorts first, so Pulumi
        // runs the project Pulumi.json describes (here `main: deploy/`, another program) and reads its stacks from
        // Pulumi.<stack>.json (DetectProjectStackPath takes the project file's extension). tools/offline/stackFile.ts
        // readProjectConfig looks at Pulumi.yaml/Pulumi.yml only: custody-model --check exits 0, silent. Expected:
        // exit 2 naming Pulumi.json (the round-26 `main:` refusal, through the file Pulumi actually reads).
        it.skip("bad input: a Pulumi.json project file next to Pulumi.yaml (Pulumi reads Pulumi.json first): exit 2 naming it", async () => {
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

        // MISS: with the project file named Pulumi.yml (accepted by the tools' readProjectConfig), Pulumi reads the stack
        // file Pulumi.prod.yml (pulumi/pulumi workspace DetectProjectStackPath: `Pulumi.<stack>` + filepath.Ext(projPath)).
        // The tools always read Pulumi.<stack>.yaml (stackFile.ts stackFilePath/discoverStacks), so a stale
        // Pulumi.prod.yaml makes --check agree ("agrees with Pulumi.prod.yaml") while Pulumi deploys acme-prod from
        // Pulumi.prod.yml. Expected: read Pulumi.prod.yml, or exit 2 naming both files.
        it.skip("bad input: Pulumi.yml project with Pulumi.prod.yml (what Pulumi reads) next to a stale Pulumi.prod.yaml: not agreed", async () => {
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

        // MISS (secure refused, misleading): the same pair Pulumi reads (Pulumi.yml + Pulumi.prod.yml, DetectProjectStackPath)
        // is refused as 'unknown stack "prod": there is no Pulumi.prod.yaml; known stacks: none', though the file is
        // there under the extension Pulumi uses. Expected: read it (or say the .yml stack files are not supported).
        it.skip("secure: Pulumi.yml project with Pulumi.prod.yml only (the committed files renamed): --check agrees", async () => {
            const dir = scratch("prod");
            fs.renameSync(path.join(dir, "Pulumi.yaml"), path.join(dir, "Pulumi.yml"));
            fs.renameSync(path.join(dir, "Pulumi.prod.yaml"), path.join(dir, "Pulumi.prod.yml"));
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 0, run.stderr);
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
        // MISS (message): a gzip-compressed export (a self-managed backend's .json.gz checkpoint, or `pulumi stack export
        // | gzip`) gets exit 2, but the message is JSON.parse's, quoting the raw bytes ("Unexpected token '\u001f',
        // \"\u001f\ufffd\b\u0000..."), control characters written to the terminal and no word of gzip. Expected: name
        // the file, say it is gzip-compressed and to decompress it (gunzip) or export again.
        it.skip("bad input: a gzip-compressed export: exit 2 naming the file, no binary garbage", async () => {
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
