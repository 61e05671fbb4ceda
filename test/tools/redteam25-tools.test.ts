// Red team 25 (fresh eyes): bad input and the tools. Duplicate keys the YAML check never sees (JSON text in a stack
// value, a pack config's JSON), Pulumi's legacy `<namespace>:config:<name>` key form, a stack file of several YAML
// documents, exports re-encoded by a Windows shell, exports a refresh or a hand edit left without what the audit
// judges by (provider regions, the stack's pack config, every resource), and the benchmark's command line.
import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { AnalyzerSession, startPolicyPack } from "../../tools/offline/analyzer";
import { PROJECT_DIR } from "../../tools/offline/preview";
import { readStackFile } from "../../tools/offline/stackFile";
import { runProgram } from "../../tools/offline/mockEngine";
import { main as custodyModelMain } from "../../tools/custody-model/main";
import { main as offlineMain } from "../../tools/offline/main";
import { main as auditMain } from "../../tools/audit/main";
import type { AuditReport } from "../../tools/audit/report";
import { AuditRunner, exportOf } from "../audit/support";

const INDEX = path.resolve(__dirname, "../../index.ts");

/** dev's signer section as JSON text (what `pulumi config set custody-infra:signer '<json>'` stores), `namespace` twice. */
const SIGNER_JSON_NAMESPACE_TWICE =
    '{"namespace": "validators", "serviceAccount": "containment-chamber", "accessPaths": ["antiSlashing", "keySource", "signerState"], ' +
    '"shares": {"accounts": ["main", "main", "main"], "threshold": 2}, "namespace": "kube-system"}';

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

/** Replaces dev's YAML `custody-infra:signer:` block by one line. */
function replaceSignerBlock(text: string, line: string): string {
    const next = text.replace(/ {2}custody-infra:signer:\n(?: {4}.*\n)+/, `${line}\n`);
    assert.notEqual(next, text, "dev's signer block replaced");
    return next;
}

/** Runs index.ts itself (fresh module evaluation) and records what it registered and what it threw. */
async function runIndex(stack: string, config: Record<string, string>) {
    let thrown: unknown;
    const result = await runProgram({
        project: "custody-infra",
        stack,
        config,
        preview: false,
        program: () => {
            delete require.cache[require.resolve(INDEX)];
            try {
                // eslint-disable-next-line @typescript-eslint/no-require-imports -- the program must load after setMocks
                return require(INDEX) as Record<string, unknown>;
            } catch (e) {
                thrown = e;
                return {};
            }
        },
    });
    return {
        thrown,
        registered: result.plan.resources.filter(r => r.type !== "pulumi:pulumi:Stack"),
    };
}

describe("red team 25: bad input and the tools", function () {
    this.timeout(300_000);
    let session: AnalyzerSession;
    let runner: AuditRunner;
    let tmp: string;

    before(async () => {
        session = await startPolicyPack(path.join(PROJECT_DIR, "policy-pack"));
        runner = new AuditRunner(() => session);
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "r25-tools-"));
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

    async function preview(argv: string[], projectDir: string) {
        let stdout = "";
        let stderr = "";
        const code = await offlineMain(argv, {
            session,
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

    async function auditIn(dir: string, doc: unknown) {
        const file = path.join(dir, "prod-state.json");
        fs.writeFileSync(file, JSON.stringify(doc));
        const outDir = path.join(dir, "out", "audit");
        let stderr = "";
        const code = await auditMain(["--state", file, "--out", outDir], {
            session,
            projectDir: dir,
            stdout: () => undefined,
            stderr: s => {
                stderr += s;
            },
        });
        const reportFile = path.join(outDir, "report.json");
        const report = fs.existsSync(reportFile)
            ? (JSON.parse(fs.readFileSync(reportFile, "utf8")) as AuditReport)
            : undefined;
        return { code, stderr, report };
    }

    describe("duplicate keys the YAML check does not see", () => {
        // MISS: round 19 refuses a key written twice in the stack file's YAML ("one paragraph naming the key, not a
        // parser dump or the last value"), but the same duplicate inside a value written as JSON text (what `pulumi
        // config set custody-infra:signer '<json>'` stores; the program's readRawConfig and the Node SDK's
        // getObject both JSON.parse it, and JSON.parse keeps the LAST value, RFC 8259 §4: names "SHOULD be unique",
        // otherwise "the behavior of software that receives such an object is unpredictable") is read silently as
        // its last value: a reviewer reads `"namespace": "validators"` at the start of the line, and custody-model
        // generates (and --write would commit) a signer bound to kube-system's containment-chamber ServiceAccount.
        // Expected: exit 2 naming custody-infra:signer and `namespace` written twice, nothing generated.
        it.skip("bad input: a JSON-text stack value with a key written twice (signer namespace): custody-model exit 2 naming it", async () => {
            const dir = scratch("dev");
            const file = path.join(dir, "Pulumi.dev.yaml");
            fs.writeFileSync(
                file,
                replaceSignerBlock(
                    fs.readFileSync(file, "utf8"),
                    `  custody-infra:signer: '${SIGNER_JSON_NAMESPACE_TWICE}'`,
                ),
            );
            const run = await custodyModel(["--stack", "dev"], dir);
            assert.equal(run.code, 2, run.stdout.slice(0, 400));
            assert.match(run.stderr, /custody-infra:signer/);
            assert.match(run.stderr, /namespace/);
            assert.match(run.stderr, /twice|duplicate|more than once/i);
            assert.doesNotMatch(run.stdout, /kube-system/);
            noStackTrace(run.stderr);
        });

        // MISS: the same stack value through the program itself (index.ts under the mock engine, as
        // test/config/load.test.ts runs it): no RunError, the whole stack is registered, and the signer role's
        // trust admits system:serviceaccount:kube-system:containment-chamber. Expected: a RunError naming
        // custody-infra:signer and the key written twice, before any resource is registered.
        it.skip("bad input: the same JSON-text duplicate through index.ts: a RunError before anything is registered", async () => {
            const dir = scratch("dev");
            const file = path.join(dir, "Pulumi.dev.yaml");
            fs.writeFileSync(
                file,
                replaceSignerBlock(
                    fs.readFileSync(file, "utf8"),
                    `  custody-infra:signer: '${SIGNER_JSON_NAMESPACE_TWICE}'`,
                ),
            );
            const { config } = readStackFile(file, dir);
            const { thrown, registered } = await runIndex("dev", config);
            assert.ok(pulumi.RunError.isInstance(thrown), `expected a RunError, got ${String(thrown)}`);
            assert.match((thrown as Error).message, /custody-infra:signer/);
            assert.match((thrown as Error).message, /namespace/);
            assert.deepEqual(
                registered.map(r => `${r.type} ${r.name}`),
                [],
                "nothing but the root stack may be registered",
            );
        });

        it("secure: the same signer section as JSON text without a duplicate: custody-model --check agrees", async () => {
            const dir = scratch("dev");
            const file = path.join(dir, "Pulumi.dev.yaml");
            const once = SIGNER_JSON_NAMESPACE_TWICE.replace(', "namespace": "kube-system"', "");
            fs.writeFileSync(
                file,
                replaceSignerBlock(fs.readFileSync(file, "utf8"), `  custody-infra:signer: '${once}'`),
            );
            const run = await custodyModel(["--stack", "dev", "--check"], dir);
            assert.equal(run.code, 0, run.stderr);
        });

        // MISS: a pack config key written twice is read as its last value by every tool (JSON.parse), without a
        // word: dev.json opening with `"all": "mandatory"` and ending with a second `"all": "advisory"` makes the
        // offline preview run every policy at advisory (exit 0 whatever it finds), while the first line a reviewer
        // reads says mandatory. The Pulumi CLI keeps the last too (Go encoding/json), but the tools already refuse
        // pack configs the CLI would accept (loadPackConfig: `null`, "refused too"), and a duplicate YAML key in the
        // stack file is refused (round 19). Expected: exit 2 naming "all" written twice, nothing written.
        it.skip("bad input: a pack config key written twice (`all` mandatory, then advisory at the end): preview exit 2 naming it", async () => {
            const dir = scratch("dev");
            const file = path.join(dir, "policy-pack", "config", "dev.json");
            const text = fs.readFileSync(file, "utf8");
            assert.match(text, /^\{\n {2}"all": "mandatory",/);
            fs.writeFileSync(file, text.replace(/\n\}\n?$/, ',\n  "all": "advisory"\n}\n'));
            const outDir = path.join(dir, "out", "dev");
            const run = await preview(["--stack", "dev", "--out", outDir], dir);
            assert.equal(run.code, 2, run.stderr);
            assert.match(run.stderr, /"all"/);
            assert.match(run.stderr, /twice|duplicate|more than once/i);
            assert.ok(!fs.existsSync(path.join(outDir, "report.json")), "nothing written");
        });

        // MISS: two `custody-model` sections in one pack config (a hand merge): custody-model --check compares only
        // the last one and says the file "agrees", so the first section (the one a reviewer reads, here with an
        // extra allow entry for the signer) is committed next to a check that vouches for the file. Expected: --check
        // refuses the file (exit 1 or 2) naming the custody-model section written twice.
        it.skip("bad input: the custody-model section written twice (first one widened): --check does not say it agrees", async () => {
            const dir = scratch("prod");
            const file = path.join(dir, "policy-pack", "config", "prod.json");
            const text = fs.readFileSync(file, "utf8");
            const model = (JSON.parse(text) as Record<string, { workloads: { allow: unknown[] }[] }>)["custody-model"];
            const widened = structuredClone(model);
            widened.workloads[0].allow.push(structuredClone(widened.workloads[0].allow[0]));
            fs.writeFileSync(file, text.replace(/^\{/, `{\n  "custody-model": ${JSON.stringify(widened)},`));
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.notEqual(run.code, 0, run.stdout);
            assert.match(run.stderr, /custody-model/);
            assert.match(run.stderr, /twice|duplicate|more than once/i);
        });
    });

    describe("stack files Pulumi reads otherwise", () => {
        // MISS: Pulumi's config keys take two forms (pulumi/pulumi sdk/go/common/resource/config/key.go ParseKey:
        // "<namespace>:<name> (the preferred form)" and "<namespace>:config:<name> (compat with an old requirement
        // that every config value be in the "config" module)"), both the same Key, so `pulumi up` hands the program
        // custody-infra:namePrefix. The tools call the legacy spelling an "unknown setting" and list the settings,
        // never saying that this key IS namePrefix written the old way. Expected: read as namePrefix (the model
        // then names acme-dev tables), or refused naming the fix `custody-infra:namePrefix`.
        it.skip("secure: the legacy key form `custody-infra:config:namePrefix`: read as namePrefix or refused naming custody-infra:namePrefix", async () => {
            const dir = scratch("dev");
            const file = path.join(dir, "Pulumi.dev.yaml");
            const text = fs.readFileSync(file, "utf8");
            fs.writeFileSync(file, text.replace("config:\n", "config:\n  custody-infra:config:namePrefix: acme-dev\n"));
            const run = await custodyModel(["--stack", "dev"], dir);
            if (run.code === 0) assert.match(run.stdout, /table\/acme-dev-/);
            else {
                assert.equal(run.code, 2);
                assert.match(run.stderr, /write custody-infra:namePrefix|custody-infra:namePrefix instead/);
            }
        });

        // MISS: a stack file of two YAML documents (a second `---` pasted below) is refused, but with the YAML
        // library's advice to its programmer: "Source contains multiple documents; please use
        // YAML.parseAllDocuments()". Pulumi's reader (go-yaml Unmarshal) silently takes the FIRST document, so the
        // tools are right to refuse; the message should say the file holds several documents and to keep one.
        it.skip("bad input: a stack file with a second YAML document: exit 2 saying keep one document, not a library API", async () => {
            const dir = scratch("dev");
            const file = path.join(dir, "Pulumi.dev.yaml");
            fs.appendFileSync(file, "---\nconfig:\n  custody-infra:namePrefix: other-dev\n");
            const run = await custodyModel(["--stack", "dev", "--check"], dir);
            assert.equal(run.code, 2, run.stdout);
            assert.match(run.stderr, /Pulumi\.dev\.yaml/);
            assert.match(run.stderr, /document/);
            assert.doesNotMatch(run.stderr, /parseAllDocuments/, "a library API is no fix for the user");
        });
    });

    describe("audit exports", () => {
        it("bad input: an export re-encoded by Windows PowerShell (UTF-16LE, or UTF-8 with a BOM): exit 2 naming the file and --file", async () => {
            // `pulumi stack export > prod-state.json` in Windows PowerShell 5.1 writes UTF-16LE with a BOM; Out-File
            // -Encoding utf8 writes a UTF-8 BOM. Go's encoding/json (pulumi stack import) refuses both, and the fix is
            // the CLI's own --file, which writes the bytes itself.
            const doc = await exportOf("prod");
            const utf16 = path.join(tmp, "prod-state-utf16.json");
            fs.writeFileSync(
                utf16,
                Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(doc), "utf16le")]),
            );
            const bom = path.join(tmp, "prod-state-bom.json");
            fs.writeFileSync(bom, `\ufeff${JSON.stringify(doc)}`);
            for (const file of [utf16, bom]) {
                const run = await runner.argv("--state", file);
                assert.equal(run.code, 2, run.stderr);
                assert.ok(run.stderr.includes(file), run.stderr);
                assert.match(run.stderr, /pulumi stack export --file FILE/);
                assert.equal(run.report, undefined, "nothing written");
                noStackTrace(run.stderr);
            }
        });

        it("insecure: every AWS provider's region dropped from the export (a hand edit): not PASS, exit 1", async () => {
            const doc = await exportOf("prod");
            const providers = doc.deployment.resources.filter(r => r.type === "pulumi:providers:aws");
            assert.equal(providers.length, 3);
            for (const p of providers) {
                delete p.inputs.region;
                delete p.outputs.region;
            }
            const run = await runner.run(doc);
            assert.equal(run.code, 1, run.stderr);
            assert.doesNotMatch(run.stderr, /PASS/);
            assert.ok(run.report!.summary.drift + run.report!.summary.unjudged > 0, run.stderr);
        });

        it("insecure: prod's pack config missing (the custody model with it): the audit is not PASS", async () => {
            const dir = scratch("prod");
            fs.rmSync(path.join(dir, "policy-pack", "config", "prod.json"));
            const run = await auditIn(dir, await exportOf("prod"));
            assert.equal(run.code, 1, run.stderr);
            assert.ok(run.report!.summary.mandatory > 0, run.stderr);
            assert.match(JSON.stringify(run.report!.violations), /custody-model/);
        });

        it("insecure: an export of prod holding no resource (a destroyed stack) with --stack prod: every resource missing, exit 1", async () => {
            const doc = await exportOf("prod");
            doc.deployment.resources = [];
            const run = await runner.run(doc, "--stack", "prod");
            assert.equal(run.code, 1, run.stderr);
            assert.ok(run.report!.drift.filter(d => d.kind === "missing").length >= 20, run.stderr);
            const bare = await runner.run(doc);
            assert.equal(bare.code, 2, bare.stderr);
            assert.match(bare.stderr, /holds no resource.*pass --stack NAME/);
        });
    });

    describe("npm run bench", () => {
        /** A copy of what bench/run.ts loads (ROOT is its parent directory), with the committed dev stack. */
        function benchCopy(): string {
            const dir = fs.mkdtempSync(path.join(tmp, "bench-"));
            for (const entry of [
                "bench",
                "tools",
                "components",
                "policy-pack",
                "index.ts",
                "package.json",
                "tsconfig.json",
            ])
                fs.cpSync(path.join(PROJECT_DIR, entry), path.join(dir, entry), { recursive: true });
            fs.cpSync(path.join(PROJECT_DIR, "test", "audit"), path.join(dir, "test", "audit"), { recursive: true });
            for (const f of ["Pulumi.yaml", "Pulumi.dev.yaml", "Pulumi.prod.yaml"])
                fs.copyFileSync(path.join(PROJECT_DIR, f), path.join(dir, f));
            fs.symlinkSync(path.join(PROJECT_DIR, "node_modules"), path.join(dir, "node_modules"));
            return dir;
        }

        function bench(dir: string, args: string[], timeout: number) {
            const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("BENCH_")));
            return spawnSync(
                process.execPath,
                [
                    path.join(dir, "node_modules", "ts-node", "dist", "bin.js"),
                    "--transpile-only",
                    "bench/run.ts",
                    ...args,
                ],
                { cwd: dir, env, encoding: "utf8", timeout },
            );
        }

        // MISS: bench/run.ts never reads its arguments (no process.argv anywhere in bench/): `npm run bench --
        // --help` or `-- --stack dev` (the other tools' flags) is silently ignored and every stack is timed, then
        // the 10,000-resource audit: minutes on the two shared cores, for a command the user meant to ask about.
        // The other tools refuse an unknown flag (tools/private/flags.ts "an unknown flag ... is a UsageError").
        // Expected: --help prints a usage naming BENCH_AUDIT_RESOURCES (exit 0), and an unknown argument exits 2,
        // both before anything is timed.
        it.skip("bad input: npm run bench -- --stack dev / --help: refused or answered before anything is timed", () => {
            const dir = benchCopy();
            const help = bench(dir, ["--help"], 60_000);
            assert.equal(help.status, 0, `${help.stdout}\n${help.stderr}`);
            assert.match(help.stdout, /BENCH_AUDIT_RESOURCES/);
            const stray = bench(dir, ["--stack", "dev"], 60_000);
            assert.equal(stray.status, 2, `${stray.stdout}\n${stray.stderr}`);
            assert.match(stray.stderr, /--stack/);
            assert.doesNotMatch(stray.stdout, /programRun|ms/);
        });

        // MISS: bench reads every Pulumi.*.yaml of the project (discoverStacks) and an invalid one (an unfinished
        // Pulumi.a-scratch.yaml next to the committed stacks) ends the run through `console.error(err)`: the
        // StackFileError's stack trace ("at readStackFile (tools/offline/stackFile.ts:42:15)"), exit 2. The
        // other tools print one paragraph naming the file (and the benchmark's env check does, bench/env.ts).
        // Expected: one paragraph naming the file and its problem, no stack trace, before anything is timed.
        it.skip("bad input: an invalid Pulumi.<stack>.yaml next to the committed ones: bench exit 2 in one paragraph, no stack trace", () => {
            const dir = benchCopy();
            fs.writeFileSync(path.join(dir, "Pulumi.a-scratch.yaml"), "config:\n  custody-infra:signer: [\n");
            const run = bench(dir, [], 120_000);
            assert.equal(run.status, 2, `${run.stdout}\n${run.stderr}`);
            assert.match(run.stderr, /Pulumi\.a-scratch\.yaml/);
            noStackTrace(run.stderr);
        });
    });
});
