// Red team 29 (fresh eyes): bad input and the tools. What else in Pulumi.yaml decides the deployed program besides
// `main`, nodeargs and package.json (the language runtime, a Pulumi YAML program in the project file itself, a
// local provider plugin, the project's name that every key alias carries), bench's size variable without a bound,
// and what a careful team legitimately writes (the short runtime form, a `template:` block, an auditor in a
// dedicated audit account, Unicode tag values).
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse as parseYaml, stringify } from "yaml";
import { loadConfig, PROJECT_DIR, runProgramOnce } from "../../tools/offline/preview";
import { main as custodyModelMain } from "../../tools/custody-model/main";
import { resolveStack } from "../../tools/audit/audit";
import { AuditError, StateExport } from "../../tools/audit/exportFile";
import { BenchEnvError, MAX_AUDIT_RESOURCES, readBenchEnv } from "../../bench/env";
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

describe("red team 29: bad input and the tools", function () {
    this.timeout(300_000);
    let tmp: string;

    before(() => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "r29-tools-"));
    });
    after(() => {
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

    /** Edits the project file (parsed and written back as YAML). */
    function editProject(dir: string, edit: (project: Record<string, any>) => void): void {
        const file = path.join(dir, "Pulumi.yaml");
        const doc = parseYaml(fs.readFileSync(file, "utf8")) as Record<string, any>;
        edit(doc);
        fs.writeFileSync(file, stringify(doc));
    }

    /** Edits the stack file's config map (parsed and written back as YAML). */
    function editStack(dir: string, stack: string, edit: (config: Record<string, any>) => void): void {
        const file = path.join(dir, `Pulumi.${stack}.yaml`);
        const doc = parseYaml(fs.readFileSync(file, "utf8")) as { config: Record<string, any> };
        edit(doc.config);
        fs.writeFileSync(file, stringify(doc));
    }

    describe("what else in Pulumi.yaml decides the program Pulumi deploys", () => {
        // Was a MISS (fixed in round 29): `runtime` is the language host Pulumi runs the project with (Pulumi docs, "Project file reference":
        // "runtime (required): Installed language runtime of the project: nodejs, python, go, dotnet, java, yaml, or
        // bun"); with `runtime: yaml` the project file is the program ("For Pulumi programs specifically written in
        // Pulumi YAML, the project file ... also contains the program's infrastructure definition itself. For
        // instance, resources, variables, and outputs are top-level properties"). tools/offline/stackFile.ts
        // readProjectConfig judges name, config, stackConfigDir, main and runtime.options.nodeargs only, and the
        // tools always run index.ts: a Pulumi.yaml switched to `runtime: yaml` with a `resources:` block (here an
        // AdministratorAccess role any principal of the account may assume) deploys that block and never index.ts,
        // while custody-model --check (and the offline preview, and the audit's plan) judge index.ts and agree. The
        // round-26/28 `main:`/package.json/nodeargs refusal through the one key that picks the language host.
        // Expected: exit 2 naming runtime (a runtime other than nodejs, and any top-level resources/variables/
        // outputs, refused as another program than index.ts). Now tools/offline/stackFile.ts readProjectConfig (the
        // one reader of Pulumi.yaml, for every tool) refuses any runtime but nodejs and any Pulumi YAML program key.
        it("bad input: Pulumi.yaml `runtime: yaml` with a resources: block (Pulumi YAML deploys it, not index.ts): custody-model exit 2 naming runtime", async () => {
            const dir = scratch("prod");
            editProject(dir, p => {
                p.runtime = "yaml";
                p.resources = {
                    "break-glass": {
                        type: "aws:iam:Role",
                        properties: {
                            name: "custody-prod-break-glass",
                            assumeRolePolicy: JSON.stringify({
                                Version: "2012-10-17",
                                Statement: [
                                    {
                                        Effect: "Allow",
                                        Principal: { AWS: "arn:aws:iam::111111111111:root" },
                                        Action: "sts:AssumeRole",
                                    },
                                ],
                            }),
                            managedPolicyArns: ["arn:aws:iam::aws:policy/AdministratorAccess"],
                        },
                    },
                };
            });
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stderr.slice(0, 300)}`);
            assert.match(run.stderr, /runtime|resources/);
            noStackTrace(run.stderr);
        });

        // Neighbour (round 29): the Pulumi YAML program blocks under runtime: nodejs are dead text Pulumi ignores
        // (its project schema admits other top-level keys), one edit of runtime: away from being what is deployed,
        // and read by a reviewer as part of the stack: each refused by name, whatever the runtime.
        it("bad input: top-level resources:, variables: or outputs: in Pulumi.yaml under runtime nodejs: exit 2 naming the key", async () => {
            for (const key of ["resources", "variables", "outputs"]) {
                const dir = scratch("prod");
                editProject(dir, p => {
                    p[key] = { adminRole: { "fn::invoke": { function: "aws:iam:getRole", arguments: { name: "x" } } } };
                });
                const run = await custodyModel(["--stack", "prod", "--check"], dir);
                assert.equal(run.code, 2, `${key}: accepted (exit ${run.code})`);
                assert.match(run.stderr, new RegExp(`${key}: is a Pulumi YAML program`), key);
                assert.match(run.stderr, /Delete .* from Pulumi\.yaml/, key);
                noStackTrace(run.stderr);
            }
        });

        // Neighbour (round 29), the other direction: the long form as committed, with a safe nodeargs option and
        // an empty Pulumi YAML key (null: no program), is index.ts run by Node.js.
        it("secure: runtime {name: nodejs, options: {typescript: true, nodeargs: --max-old-space-size=4096}} and `outputs:` left empty: --check agrees", async () => {
            const dir = scratch("prod");
            editProject(dir, p => {
                p.runtime = { name: "nodejs", options: { typescript: true, nodeargs: "--max-old-space-size=4096" } };
                p.outputs = null;
            });
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 0, run.stderr);
        });

        // Was a MISS (fixed in round 29) (neighbour): the other language hosts run their own entry point (Pulumi docs, "Projects": "In
        // Python, the presence of a __main__.py or setup.py file defines the entrypoint"; Go builds the package
        // or runs runtime.options.binary; .NET the project file; Java the jar/Maven build), never index.ts: a
        // `runtime: python` (or {name: go, options: {binary: ./deploy}}) project deploys __main__.py (./deploy)
        // while every offline tool judges index.ts. Expected: exit 2 naming runtime and saying only nodejs runs
        // index.ts. Now refused by readProjectConfig (runtimeProblem), with runtime: nodejs as the fix.
        it("bad input: Pulumi.yaml `runtime: python` and `runtime: {name: go, options: {binary: ./deploy}}`: exit 2 naming runtime", async () => {
            for (const runtime of ["python", { name: "go", options: { binary: "./deploy" } }, "dotnet", "java"]) {
                const dir = scratch("prod");
                editProject(dir, p => {
                    p.runtime = runtime;
                });
                const run = await custodyModel(["--stack", "prod", "--check"], dir);
                assert.equal(run.code, 2, `${JSON.stringify(runtime)} accepted (exit ${run.code})`);
                assert.match(run.stderr, /runtime/, JSON.stringify(runtime));
                assert.match(run.stderr, /Write runtime: nodejs/, JSON.stringify(runtime));
                noStackTrace(run.stderr);
            }
        });

        // DECIDED (round 29): `runtime: bun` does run index.ts, but "Pulumi uses Bun for both running your program
        // and managing your packages" (Pulumi blog, "Introducing Bun as a Runtime for Pulumi"; pulumi/pulumi#22049):
        // another JavaScript engine, no ts-node type check, and dependencies Bun installs rather than the versions
        // package-lock.json pins, which the offline tools run. Not the run the tools judge, so refused as the
        // other hosts are (short and long form).
        it("decided: Pulumi.yaml `runtime: bun` (and {name: bun}): exit 2 naming runtime and Bun", async () => {
            for (const runtime of ["bun", { name: "bun", options: { typescript: true } }]) {
                const dir = scratch("prod");
                editProject(dir, p => {
                    p.runtime = runtime;
                });
                const run = await custodyModel(["--stack", "prod", "--check"], dir);
                assert.equal(run.code, 2, `${JSON.stringify(runtime)} accepted (exit ${run.code})`);
                assert.match(run.stderr, /runtime .*Bun/, JSON.stringify(runtime));
                noStackTrace(run.stderr);
            }
        });

        // Neighbour (round 29): no runtime at all (Pulumi requires it) and a runtime spelt NodeJS (no language host
        // of that name) are refused too, naming runtime, before anything is modelled.
        it("bad input: Pulumi.yaml without runtime:, and `runtime: NodeJS`: exit 2 naming runtime", async () => {
            for (const runtime of [undefined, "NodeJS"]) {
                const dir = scratch("prod");
                editProject(dir, p => {
                    if (runtime === undefined) delete p.runtime;
                    else p.runtime = runtime;
                });
                const run = await custodyModel(["--stack", "prod", "--check"], dir);
                assert.equal(run.code, 2, `${String(runtime)} accepted (exit ${run.code})`);
                assert.match(run.stderr, /runtime/, String(runtime));
                noStackTrace(run.stderr);
            }
        });

        // Was a MISS (fixed in round 29): `plugins:` of Pulumi.yaml (Pulumi docs, "Project file reference": "plugins: Override for the plugin
        // selection. Intended for use in developing pulumi plugins"; plugins.providers: [{name, path, version}])
        // has `pulumi up` run the aws provider from a local path instead of @pulumi/aws 7.48.0's: the binary that
        // turns the judged inputs into API calls is then one nobody reviewed (it may send any policy document for a
        // judged one), which the policy pack cannot see (it judges inputs) and the offline tools, with their mocks,
        // never notice. The same "verdict on a run that is not deployed" as nodeargs `--require`. Expected: exit 2
        // naming plugins (a development override has no place in a custody project). Now readProjectConfig
        // (pluginsProblem) refuses every entry of plugins.providers/analyzers/languages, naming it.
        it("bad input: Pulumi.yaml `plugins: providers: [{name: aws, path: ./bin}]` (a local provider binary): exit 2 naming plugins", async () => {
            const dir = scratch("prod");
            editProject(dir, p => {
                p.plugins = { providers: [{ name: "aws", path: "./bin/pulumi-resource-aws" }] };
            });
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 2, `accepted (exit ${run.code})`);
            assert.match(run.stderr, /plugins/);
            noStackTrace(run.stderr);
        });

        // Neighbour (round 29): a local analyzer (what runs policy packs) or language host (what runs index.ts) is
        // the same override: each entry named with its plugin and path.
        it("bad input: plugins.analyzers [{name: policy, path: ./bin}] and plugins.languages [{name: nodejs, path: ./lang}]: exit 2 naming the entry", async () => {
            for (const [kind, name, at] of [
                ["analyzers", "policy", "./bin/analyzer"],
                ["languages", "nodejs", "./bin/lang"],
            ]) {
                const dir = scratch("prod");
                editProject(dir, p => {
                    p.plugins = { [kind]: [{ name, path: at, version: "3.248.0" }] };
                });
                const run = await custodyModel(["--stack", "prod", "--check"], dir);
                assert.equal(run.code, 2, `${kind}: accepted (exit ${run.code})`);
                assert.ok(run.stderr.includes(`plugins.${kind}[0] (${name} from ${at})`), run.stderr);
                assert.match(run.stderr, /Remove plugins:/);
                noStackTrace(run.stderr);
            }
        });

        // Neighbour (round 29), the other direction: an empty override (no entry in any list) overrides nothing.
        it("secure: `plugins: {providers: [], analyzers: []}` and `plugins: {}` (no plugin overridden): --check agrees", async () => {
            for (const plugins of [{ providers: [], analyzers: [] }, {}]) {
                const dir = scratch("prod");
                editProject(dir, p => {
                    p.plugins = plugins;
                });
                const run = await custodyModel(["--stack", "prod", "--check"], dir);
                assert.equal(run.code, 0, run.stderr);
            }
        });

        // Was a MISS (fixed in round 29): the project's `name` scopes every key alias the program creates (components/private/naming.ts
        // shareKeyAlias: `alias/<project>/<stack>/share-<n>`, from pulumi.getProject() through
        // components/stack/load.ts loadStackConfig) and the custody:stack tag. tools/custody-model/main.ts and
        // tools/offline/preview.ts hard-code PROJECT = "custody-infra" and never read Pulumi.yaml's name: a project
        // renamed `custody-infra-eu` (Pulumi docs, "Project file reference": name "Name of the project", which
        // pulumi.getProject() returns) deploys alias/custody-infra-eu/prod/share-1..3, while custody-model prints
        // and --check accepts a model of alias/custody-infra/prod/share-*, aliases that will not exist: the model
        // reviewed and committed is not the deployed stack's, and the offline preview judges keys under the other
        // aliases too. Expected: the model under the project's name (then --check reports the committed one
        // differs), or exit 2 naming Pulumi.yaml's name. Now the project's name comes from Pulumi.yaml (readStackFile's
        // `project`, read by readProjectConfig) for custody-model, the offline preview, the audit and bench: the model
        // names alias/custody-infra-eu/prod/share-*, and --check reports the committed one differs.
        it("bad input: Pulumi.yaml `name: custody-infra-eu` (the project's name scopes every key alias): the model follows it, or exit 2 naming name", async () => {
            const dir = scratch("prod");
            editProject(dir, p => {
                p.name = "custody-infra-eu";
            });
            const print = await custodyModel(["--stack", "prod"], dir);
            if (print.code === 0) {
                assert.match(
                    print.stdout,
                    /alias\/custody-infra-eu\/prod\/share-1/,
                    "the model names the deployed aliases",
                );
                assert.doesNotMatch(print.stdout, /alias\/custody-infra\/prod\//);
            } else {
                assert.equal(print.code, 2);
                assert.match(print.stderr, /name/);
            }
            const check = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.notEqual(check.code, 0, "--check must not agree with a model of other aliases");
        });

        // Neighbour (round 29): --check agrees only when the committed model and Pulumi.yaml's name agree: written
        // under the renamed project it agrees, and the name changed back (or to another) it differs again.
        it("a renamed project's model: --write names alias/<name>/prod/share-N, --check agrees; renamed again, --check exits 1", async () => {
            const dir = scratch("prod");
            editProject(dir, p => {
                p.name = "custody-infra.eu_1";
            });
            const write = await custodyModel(["--stack", "prod", "--write"], dir);
            assert.equal(write.code, 0, write.stderr);
            const committed = fs.readFileSync(path.join(dir, "policy-pack", "config", "prod.json"), "utf8");
            // KMS alias names take no `.`: the program writes it as `-` (components/private/naming.ts aliasSegment).
            assert.match(committed, /alias\/custody-infra-eu_1\/prod\/share-1/);
            assert.doesNotMatch(committed, /alias\/custody-infra\/prod\//);
            assert.equal((await custodyModel(["--stack", "prod", "--check"], dir)).code, 0);
            for (const name of ["custody-infra", "custody-infra-us"]) {
                editProject(dir, p => {
                    p.name = name;
                });
                const check = await custodyModel(["--stack", "prod", "--check"], dir);
                assert.equal(check.code, 1, `${name}: --check agreed with a model of other aliases`);
                assert.ok(check.stderr.includes(`alias/${name}/prod/share-1`), check.stderr);
            }
        });

        // Neighbour (round 29): the offline preview's plan and the audit run as Pulumi.yaml's project: its URNs and
        // key aliases carry the name, and an export of the project under its old name is another project's.
        it("a renamed project: the offline plan's URNs and aliases carry the name; the audit refuses an export of custody-infra", async () => {
            const dir = scratch("prod");
            editProject(dir, p => {
                p.name = "custody-infra-eu";
            });
            const loaded = loadConfig("prod", path.join(dir, "Pulumi.prod.yaml"), dir);
            assert.equal(loaded.project, "custody-infra-eu");
            const { plan } = await runProgramOnce(loaded.project, "prod", loaded.config, false);
            assert.ok(plan.resources.every(r => r.urn.startsWith("urn:pulumi:prod::custody-infra-eu::")));
            assert.ok(JSON.stringify(plan).includes("alias/custody-infra-eu/prod/share-1"));
            const state = { file: "prod-state.json", project: "custody-infra", stack: "prod" } as StateExport;
            assert.throws(
                () => resolveStack(state, "prod", dir),
                (e: unknown) =>
                    e instanceof AuditError && /project "custody-infra".*not of custody-infra-eu/.test(e.message),
            );
            assert.equal(resolveStack({ ...state, project: "custody-infra-eu" }, "prod", dir), "prod");
        });

        // Neighbour (round 29): a name Pulumi refuses (a space, a slash) is named before anything is modelled.
        it("bad input: Pulumi.yaml `name: custody infra` and `name: custody/infra`: exit 2 naming name", async () => {
            for (const name of ["custody infra", "custody/infra"]) {
                const dir = scratch("prod");
                editProject(dir, p => {
                    p.name = name;
                });
                const run = await custodyModel(["--stack", "prod"], dir);
                assert.equal(run.code, 2, `${name}: accepted (exit ${run.code})`);
                assert.ok(run.stderr.includes(`name ${JSON.stringify(name)} is not a project name`), run.stderr);
                noStackTrace(run.stderr);
            }
        });

        // Secure: the short runtime form (Pulumi docs, "Projects": `runtime: nodejs`; the Node.js host's typescript
        // option defaults to true) is this program.
        it("secure: Pulumi.yaml `runtime: nodejs` (the short form, no options): --check agrees", async () => {
            const dir = scratch("prod");
            editProject(dir, p => {
                p.runtime = "nodejs";
            });
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 0, run.stderr);
        });

        // Secure: `template:` (Pulumi docs, "Project file reference": "Config to be used when creating new stacks in
        // the project") is read by `pulumi new` only; its config entries are prompts, not values of any stack.
        it("secure: Pulumi.yaml with a template: block (pulumi new prompts, a namePrefix default among them): not applied, --check agrees", async () => {
            const dir = scratch("prod");
            editProject(dir, p => {
                p.template = {
                    description: "A custody-infra stack",
                    config: {
                        "custody-infra:namePrefix": { description: "prefix of every name", default: "acme-custody" },
                    },
                };
            });
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 0, run.stderr);
        });
    });

    describe("bench's size variable", () => {
        // Was a MISS (fixed in round 29): bench/env.ts readBenchEnv accepts any safe integer (POSITIVE_INTEGER and Number.isSafeInteger):
        // BENCH_AUDIT_RESOURCES=10000000000 (a typo of 10000 with extra zeros) passes the check "before anything is
        // timed", then bench times every stack, starts the pack, and builds a ten-billion-resource export in memory
        // (bench/audit.ts), dying of heap exhaustion with a V8 stack trace minutes later: exactly what the check
        // exists to prevent (its header: a bad value "would otherwise run every timing first and then ... fail deep
        // inside the audit"). Expected: a bound (the 1024 MiB peak-RSS target caps what can be built) named with
        // the accepted range, before anything is timed. Now bench/env.ts MAX_AUDIT_RESOURCES (100000: about 12 KiB of
        // the bench process per audited resource, so a larger export alone exceeds the 1024 MiB target).
        it("bad input: BENCH_AUDIT_RESOURCES=10000000000 (no export that size fits the 1024 MiB target): refused naming the variable and its range", () => {
            assert.throws(
                () => readBenchEnv({ BENCH_AUDIT_RESOURCES: "10000000000" }),
                (e: unknown) => e instanceof BenchEnvError && /BENCH_AUDIT_RESOURCES/.test(e.message),
            );
        });

        // Neighbour (round 29): the bound itself is accepted, one over it is refused naming the range and the fix.
        it("bad input: BENCH_AUDIT_RESOURCES one over the bound is refused naming 1 to the bound; the bound is accepted", () => {
            assert.equal(MAX_AUDIT_RESOURCES, 100_000);
            assert.equal(readBenchEnv({ BENCH_AUDIT_RESOURCES: String(MAX_AUDIT_RESOURCES) }).auditResources, 100_000);
            assert.throws(
                () => readBenchEnv({ BENCH_AUDIT_RESOURCES: "100001" }),
                (e: unknown) =>
                    e instanceof BenchEnvError &&
                    e.message.includes("BENCH_AUDIT_RESOURCES=100001 is over 100000") &&
                    e.message.includes("set it to 1 to 100000") &&
                    e.message.includes("1024 MiB") &&
                    e.message.includes("nothing was timed"),
            );
        });

        it("secure: BENCH_AUDIT_RESOURCES=50000 (a larger run than the default) is accepted", () => {
            assert.equal(readBenchEnv({ BENCH_AUDIT_RESOURCES: "50000" }).auditResources, 50000);
        });
    });

    describe("what a careful team writes in the stack file", () => {
        // Secure: an auditor in a dedicated audit account (AWS Security Reference Architecture: a Security Tooling /
        // Audit account reads the workload accounts), not one of the stack's accounts, with key metadata only.
        it("secure: an operations auditor in a dedicated audit account (444444444444, not a stack account): --write, then --check agrees", async () => {
            const dir = scratch("prod");
            editStack(dir, "prod", c => {
                c["custody:operations"] = [
                    {
                        name: "custody-audit",
                        subject: { principal: "arn:aws:iam::444444444444:role/security-audit/custody-auditor" },
                        allow: [
                            { accessSet: "operations.keyAudit", on: ["signer.shares"] },
                            { accessSet: "operations.tableAudit", on: ["signer.tables"] },
                        ],
                    },
                ];
            });
            const write = await custodyModel(["--stack", "prod", "--write"], dir);
            assert.equal(write.code, 0, write.stderr);
            const check = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(check.code, 0, check.stderr);
        });

        // Secure: tag values in Unicode letters and an e-mail address (IAM TagRole and KMS TagResource take
        // \p{L}\p{Z}\p{N} and _ . : / = + - @).
        it("secure: tags `standort: Zürich` and `kontakt: plattform@beispiel.de`: --check agrees", async () => {
            const dir = scratch("prod");
            editStack(dir, "prod", c => {
                c["custody-infra:tags"] = {
                    ...c["custody-infra:tags"],
                    standort: "Zürich",
                    kontakt: "plattform@beispiel.de",
                };
            });
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 0, run.stderr);
        });
    });
});
