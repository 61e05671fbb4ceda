// Red team 26 (fresh eyes): bad input and the tools. What Pulumi.yaml may say besides config (the program's
// `main`), `__proto__` in a pack config (the tools' Object.assign of a policy's properties), an export entry of an
// AWS resource stripped of `custom` and of its provider (the default-provider state check), YAML alias expansion,
// empty flag values, the project file passed as a stack file, and files a Windows editor saves (CRLF, a BOM).
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { AnalyzerSession, startPolicyPack } from "../../tools/offline/analyzer";
import { PROJECT_DIR } from "../../tools/offline/preview";
import { loadPackConfig } from "../../tools/offline/analyzer";
import { main as custodyModelMain } from "../../tools/custody-model/main";
import { main as offlineMain } from "../../tools/offline/main";
import { AuditRunner, exportOf } from "../audit/support";
import { packConfigProblems, prototypeKeyProblems } from "../../policy-pack/private/packConfigCheck";
import { allPolicies } from "../../policy-pack/rules";
import { providerManaged } from "../../tools/audit/exportFile";
import { discoverStacks } from "../../tools/offline/stackFile";
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

describe("red team 26: bad input and the tools", function () {
    this.timeout(300_000);
    let session: AnalyzerSession;
    let runner: AuditRunner;
    let tmp: string;

    before(async () => {
        session = await startPolicyPack(path.join(PROJECT_DIR, "policy-pack"));
        runner = new AuditRunner(() => session);
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "r26-tools-"));
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

    describe("Pulumi.yaml besides config", () => {
        // Was a MISS (fixed in round 26): Pulumi runs the program `main` names ("Path to the Pulumi program, relative to the location of
        // Pulumi.yaml. The default is the current working directory": Pulumi docs, "Project file reference"), but
        // the offline preview runs index.ts whatever Pulumi.yaml says (tools/offline/stackFile.ts reads name, config
        // and stackConfigDir only). A Pulumi.yaml with `main: deploy/` deploys deploy/'s program while the preview
        // prints PASS for index.ts's: a verdict on a program that is not deployed. stackConfigDir is refused for the
        // same reason (the tools would read another file than Pulumi). Expected: exit 2 naming main (remove it, or
        // point the tools at that program), nothing written. Now tools/offline/stackFile.ts readProjectConfig (the one
        // reader of Pulumi.yaml) refuses a main other than the project root or its index.ts, naming the fix.
        it("bad input: Pulumi.yaml `main: deploy/` (Pulumi runs another program): the preview exit 2 naming main", async () => {
            const dir = scratch("dev");
            fs.appendFileSync(path.join(dir, "Pulumi.yaml"), "main: deploy/\n");
            const outDir = path.join(dir, "out", "dev");
            const run = await preview(["--stack", "dev", "--out", outDir], dir);
            assert.equal(run.code, 2, run.stderr + run.stdout.slice(0, 300));
            assert.match(run.stderr, /main/);
            assert.ok(!fs.existsSync(path.join(outDir, "plan.json")), "nothing written");
            noStackTrace(run.stderr);
        });

        it("bad input: main naming another program file or a directory outside the project: custody-model exit 2 naming main", async () => {
            for (const main of ["deploy/index.ts", "../custody-infra-next/", "index.js"]) {
                const dir = scratch("prod");
                fs.appendFileSync(path.join(dir, "Pulumi.yaml"), `main: ${main}\n`);
                const run = await custodyModel(["--stack", "prod", "--check"], dir);
                assert.equal(run.code, 2, `${main}: ${run.stdout.slice(0, 300)}`);
                assert.match(run.stderr, /main/);
                assert.ok(run.stderr.includes(main), run.stderr);
                noStackTrace(run.stderr);
            }
        });

        it("secure: main naming this program (./, ., index.ts, ./index.ts): read as absent, --check agrees", async () => {
            for (const main of ["./", ".", "index.ts", "./index.ts"]) {
                const dir = scratch("prod");
                fs.appendFileSync(path.join(dir, "Pulumi.yaml"), `main: ${main}\n`);
                const run = await custodyModel(["--stack", "prod", "--check"], dir);
                assert.equal(run.code, 0, `${main}: ${run.stderr}`);
            }
        });
    });

    describe("pack config: __proto__", () => {
        // Was a MISS (fixed in round 26): README ("The offline preview": unknown policies or properties are refused, every problem at once)
        // and policy-pack/private/packConfigCheck.ts promise an unknown property is never dropped silently. A
        // `__proto__` property is: tools/offline/analyzer.ts resolves properties with Object.assign, which SETS the
        // prototype instead of copying the key (and plain()/JSON.stringify then drops it), and the pack's own
        // Configure copy (configureGuard.ts plainConfig: a spread of google-protobuf's Struct.toJavaScript, which
        // assigns `ret[key] = ...`) loses it the same way, so neither the offline tools nor the pack under the CLI
        // names it: exit 0 with `{"role-trust-pinned": {"__proto__": {"allowPodIdentity": true}}}`, a line a
        // reviewer reads as the pack-wide Pod Identity override. Expected: exit 2 naming __proto__ as no property.
        // Now policy-pack/private/packConfigCheck.ts prototypeKeyProblems names `__proto__`, `constructor` and
        // `prototype` keys at any depth; loadPackConfig (preview, audit) and custody-model apply it to the file (the
        // pack cannot: google-protobuf drops a `__proto__` key before Configure sees it), resolvePackConfig to any
        // config it is handed, and its result is built from entries, never by assignment.
        it("bad input: a policy section holding `__proto__` (an object of properties): refused naming it", async () => {
            const dir = scratch("dev");
            const file = path.join(dir, "policy-pack", "config", "dev.json");
            const cfg = fs.readFileSync(file, "utf8");
            fs.writeFileSync(
                file,
                cfg.replace(/^\{\n/, '{\n  "role-trust-pinned": {"__proto__": {"allowPodIdentity": true}},\n'),
            );
            const outDir = path.join(dir, "out", "dev");
            const run = await preview(["--stack", "dev", "--out", outDir], dir);
            assert.equal(run.code, 2, run.stderr + run.stdout.slice(0, 300));
            assert.match(run.stderr, /__proto__/);
            noStackTrace(run.stderr);
        });

        // Was a MISS (fixed in round 26): the same at the top level: `out[name] = ...` (tools/offline/analyzer.ts) and `config[name] = ...`
        // (configureGuard.ts plainConfig, @pulumi/policy server.js configure) make a `__proto__` section the
        // PROTOTYPE of the config map, so packConfigCheck's walk of its entries never sees an unknown policy and the
        // preview passes (exit 0). In server.js, a policy the CLI sends no own entry for would read its level and
        // properties through that prototype. Expected: exit 2 naming __proto__ as no policy of the pack (as
        // components/stack refuses a top-level custody-infra:__proto__ in the stack file, README "Config reference").
        it("bad input: a top-level `__proto__` entry: refused naming it as no policy of the pack", async () => {
            const dir = scratch("dev");
            const file = path.join(dir, "policy-pack", "config", "dev.json");
            const cfg = fs.readFileSync(file, "utf8");
            fs.writeFileSync(file, cfg.replace(/^\{\n/, '{\n  "__proto__": {"enforcementLevel": "disabled"},\n'));
            const outDir = path.join(dir, "out", "dev");
            const run = await preview(["--stack", "dev", "--out", outDir], dir);
            assert.equal(run.code, 2, run.stderr + run.stdout.slice(0, 300));
            assert.match(run.stderr, /__proto__/);
            noStackTrace(run.stderr);
        });

        it("bad input: `__proto__` nested in the custody-model section: custody-model --check and --write exit 2 naming its path", async () => {
            const dir = scratch("prod");
            const file = path.join(dir, "policy-pack", "config", "prod.json");
            const cfg = JSON.parse(fs.readFileSync(file, "utf8")) as { "custody-model": { workloads: object[] } };
            // Built as text: an object literal or assignment would set the prototype instead of writing the key.
            const text = JSON.stringify(cfg, null, 2).replace(
                /"workloads": \[\n(\s+)\{\n/,
                (m, indent: string) => `${m}${indent}  "__proto__": {"kind": "operator"},\n`,
            );
            assert.ok(text.includes('"__proto__"'));
            fs.writeFileSync(file, text);
            assert.throws(() => loadPackConfig(file), /"custody-model"\.workloads\[0\]\.__proto__/);
            for (const mode of ["--check", "--write"]) {
                const run = await custodyModel(["--stack", "prod", mode], dir);
                assert.equal(run.code, 2, `${mode}: ${run.stdout.slice(0, 300)}`);
                assert.match(run.stderr, /workloads\[0\]\.__proto__/);
                noStackTrace(run.stderr);
            }
            assert.equal(fs.readFileSync(file, "utf8"), text, "nothing written");
        });

        it("bad input: `constructor` / `prototype` keys: the pack's own check and loadPackConfig name them (each once)", () => {
            const config = JSON.parse(
                '{"all": {"enforcementLevel": "mandatory"}, "role-trust-pinned": {"constructor": {"allowPodIdentity": true}}, "prototype": {"enforcementLevel": "disabled"}}',
            ) as Record<string, Record<string, unknown>>;
            const problems = packConfigProblems("custody-guard", config, allPolicies);
            assert.equal(problems.length, 2, problems.join("\n"));
            assert.match(problems[0], /"role-trust-pinned"\.constructor/);
            assert.match(problems[1], /^"prototype"/);
            const dir = scratch();
            const file = path.join(dir, "policy-pack", "config", "x.json");
            fs.writeFileSync(file, JSON.stringify(config));
            assert.throws(
                () => loadPackConfig(file),
                (e: { problems?: string[] }) =>
                    e.problems?.length === 2 &&
                    e.problems[0].includes(".constructor") &&
                    e.problems[1].startsWith('"prototype"'),
            );
        });

        it("secure: `__proto__`/`constructor` as string values, and every committed pack config: nothing refused", () => {
            const values = JSON.parse(
                '{"all": "mandatory", "x": ["__proto__", {"name": "constructor", "of": "prototype"}]}',
            );
            assert.deepEqual(prototypeKeyProblems(values), []);
            for (const stack of discoverStacks(PROJECT_DIR)) {
                const file = path.join(PROJECT_DIR, "policy-pack", "config", `${stack}.json`);
                if (fs.existsSync(file)) assert.doesNotThrow(() => loadPackConfig(file), stack);
            }
        });
    });

    describe("audit: an export entry without custom and provider", () => {
        // Was a MISS (fixed in round 26): Pulumi's export marks every resource a provider plugin manages `custom: true` (pulumi/pulumi
        // sdk/go/common/apitype/core.go ResourceV3: "Custom is true when it is managed by a plugin"); an aws: type
        // is always one. tools/audit/audit.ts usesDefaultProvider skips any entry without `custom`, so a hand edit
        // that drops `custom` and `provider` from a RolePolicy (what a resource created with the default provider,
        // i.e. ambient credentials of whatever account, looks like once `custom` is gone) passes: exit 0, no
        // explicit-providers-only violation, no drift. Round 25 counted a hand edit dropping provider regions as
        // insecure. Expected: exit 2 (an aws: resource that is not custom is not an export) or the
        // explicit-providers-only violation. Now tools/audit/exportFile.ts reads `custom` from the type (providerManaged:
        // every aws:/kubernetes: type but their SDKs' components, and every pulumi:providers:*), so the entry is judged
        // as the provider-managed resource it is: no provider, so explicit-providers-only (exit 1). DECIDED: not exit 2,
        // since round 24 (redteam24-tools, "`custom` dropped from a widened RolePolicy") keeps such an export judged.
        // Round 41: an entry Go reads as `custom: false` (missing or false) that keeps its id, as this one does, is
        // refused (exit 2) as Pulumi refuses it ("has 'custom' false but non-empty ID", redteam41-tools); one without
        // an id, which Pulumi reads, is still judged from its type.
        it("insecure: a RolePolicy with `custom` and `provider` removed (ambient credentials): not exit 0", async () => {
            const doc = await exportOf("dev");
            const rp = doc.deployment.resources.find(r => r.type === "aws:iam/rolePolicy:RolePolicy");
            assert.ok(rp, "dev has a RolePolicy");
            delete (rp as { custom?: boolean }).custom;
            delete (rp as { provider?: string }).provider;
            const run = await runner.run(doc);
            assert.notEqual(run.code, 0, run.stderr);
            assert.match(run.stderr + JSON.stringify(run.report ?? {}), /explicit-providers-only|provider|custom/);
        });

        it("insecure: a ServiceAccount with `custom: false` and no provider (Kubernetes, ambient kubeconfig): explicit-providers-only", async () => {
            const doc = await exportOf("dev");
            const sa = doc.deployment.resources.find(r => r.type === "kubernetes:core/v1:ServiceAccount");
            assert.ok(sa, "dev has a ServiceAccount");
            (sa as { custom?: boolean }).custom = false;
            delete (sa as { provider?: string }).provider;
            delete (sa as { id?: string }).id; // round 41: with its id, Pulumi and the audit refuse it (exit 2)
            const run = await runner.run(doc);
            assert.equal(run.code, 1, run.stderr);
            assert.ok(
                run.report!.violations.some(
                    v => v.policyName === "explicit-providers-only" && v.message.includes(sa.type),
                ),
                JSON.stringify(run.report!.violations.map(v => [v.policyName, v.message])).slice(0, 2000),
            );
        });

        it("secure: a component entry without `custom` (custody:, as Pulumi would write it false): exit 0", async () => {
            const doc = await exportOf("dev");
            const components = doc.deployment.resources.filter(r => r.type.startsWith("custody:"));
            assert.ok(components.length > 0);
            for (const c of components) delete (c as { custom?: boolean }).custom;
            const run = await runner.run(doc);
            assert.equal(run.code, 0, run.stderr);
        });

        it("which types are provider-managed: aws:/kubernetes: resources and providers, not components nor the stack", () => {
            for (const t of [
                "aws:iam/rolePolicy:RolePolicy",
                "kubernetes:core/v1:ServiceAccount",
                "pulumi:providers:aws",
            ])
                assert.ok(providerManaged(t), t);
            for (const t of [
                "pulumi:pulumi:Stack",
                "custody:iam:WorkloadRole",
                "kubernetes:yaml/v2:ConfigGroup",
                "kubernetes:helm.sh/v3:Chart",
                "aws:sns:TopicEventSubscription",
            ])
                assert.ok(!providerManaged(t), t);
        });
    });

    describe("YAML and flags", () => {
        it("bad input: a stack file expanding YAML aliases a thousandfold: exit 2 naming the file, no stack trace", async () => {
            const dir = scratch("dev");
            const file = path.join(dir, "Pulumi.dev.yaml");
            const bomb =
                "x-a: &a [t, t, t, t, t, t, t, t, t, t]\n" +
                "x-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n" +
                "x-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n" +
                "x-d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n";
            fs.writeFileSync(file, bomb + fs.readFileSync(file, "utf8"));
            const run = await custodyModel(["--stack", "dev"], dir);
            assert.equal(run.code, 2, run.stdout.slice(0, 300));
            assert.ok(run.stderr.includes("Pulumi.dev.yaml"), run.stderr);
            noStackTrace(run.stderr);
        });

        it("bad input: --stack= and --stack '' (empty): custody-model exit 2 naming --stack", async () => {
            for (const argv of [["--stack="], ["--stack", ""]]) {
                const run = await custodyModel(argv);
                assert.equal(run.code, 2, `${argv.join(" ")}: ${run.stderr}`);
                assert.match(run.stderr, /--stack/);
                noStackTrace(run.stderr);
            }
        });

        it("bad input: preview --out= (empty: the working directory, i.e. the repository root): exit 2 naming --out", async () => {
            const dir = scratch("dev");
            const before = fs.existsSync(path.join(process.cwd(), "plan.json"));
            const run = await preview(["--stack", "dev", "--out="], dir);
            const wrote = !before && fs.existsSync(path.join(process.cwd(), "plan.json"));
            assert.equal(run.code, 2, run.stderr + run.stdout.slice(0, 300));
            assert.match(run.stderr, /--out/);
            assert.ok(!wrote, "nothing written into the working directory");
            noStackTrace(run.stderr);
        });

        it("bad input: the project file as --config (Pulumi.yaml, not a stack file): exit 2 naming it", async () => {
            const run = await custodyModel(["--stack", "dev", "--config", path.join(PROJECT_DIR, "Pulumi.yaml")]);
            assert.equal(run.code, 2, run.stdout.slice(0, 300));
            assert.match(run.stderr, /Pulumi\.yaml/);
            noStackTrace(run.stderr);
        });
    });

    describe("files a Windows editor saves", () => {
        it("secure: Pulumi.prod.yaml with CRLF line endings: --check agrees", async () => {
            const dir = scratch("prod");
            const file = path.join(dir, "Pulumi.prod.yaml");
            fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/\n/g, "\r\n"));
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 0, run.stderr);
        });

        it("secure: Pulumi.prod.yaml with a UTF-8 BOM (Notepad): read as Pulumi reads it, --check agrees", async () => {
            const dir = scratch("prod");
            const file = path.join(dir, "Pulumi.prod.yaml");
            fs.writeFileSync(file, `\ufeff${fs.readFileSync(file, "utf8")}`);
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 0, run.stderr);
        });

        it("secure: prod.json with CRLF line endings: loadPackConfig reads it and --check agrees", async () => {
            const dir = scratch("prod");
            const file = path.join(dir, "policy-pack", "config", "prod.json");
            fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/\n/g, "\r\n"));
            assert.doesNotThrow(() => loadPackConfig(file));
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 0, run.stderr);
        });

        it("secure: an export pretty-printed with CRLF and 4-space indentation: audit exit 0", async () => {
            const doc = await exportOf("dev");
            const run = await runner.run(JSON.stringify(doc, null, 4).replace(/\n/g, "\r\n"));
            assert.equal(run.code, 0, run.stderr);
        });
    });
});
