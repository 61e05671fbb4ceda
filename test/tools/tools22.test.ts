// Round 22 neighbours of test/tools/redteam22-tools.test.ts: for each case the tools now handle, another spelling
// of the same effect (applied or refused, with the message and fix) and a good input next to it that must stay
// accepted. Pulumi semantics: pulumi/pulumi sdk/go/common/workspace (project.go: RewriteShorthandConfigValues,
// Validate, ValidateConfigValue; config.go: mergeConfig) and Pulumi docs "Configuration" (project-level config).
import { strict as assert } from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as prettier from "prettier";
import { ESLint } from "eslint";
import { AnalyzerSession, startPolicyPack } from "../../tools/offline/analyzer";
import { loadConfig, OfflinePreviewError, PROJECT_DIR, runOfflinePreview } from "../../tools/offline/preview";
import { main as custodyModelMain } from "../../tools/custody-model/main";
import { main as auditMain } from "../../tools/audit/main";
import { main as offlineMain } from "../../tools/offline/main";
import { readStackFile, StackFileError } from "../../tools/offline/stackFile";
import { exportOf } from "../audit/support";
import { noStackTrace } from "./support";

const TABLE = "aws:dynamodb/table:Table";

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

describe("round 22 neighbours: the tools", function () {
    this.timeout(300_000);
    let session: AnalyzerSession;
    let tmp: string;

    before(async () => {
        session = await startPolicyPack(path.join(PROJECT_DIR, "policy-pack"));
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tools22-"));
    });
    after(async () => {
        await session?.close();
        if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    });

    /** A scratch project: Pulumi.yaml (+ `projectConfig` appended), Pulumi.<stack>.yaml, policy-pack/config/<stack>.json. */
    function scratch(stack: string, projectConfig = ""): string {
        const dir = fs.mkdtempSync(path.join(tmp, "proj-"));
        fs.writeFileSync(
            path.join(dir, "Pulumi.yaml"),
            `${fs.readFileSync(path.join(PROJECT_DIR, "Pulumi.yaml"), "utf8")}${projectConfig}`,
        );
        fs.copyFileSync(path.join(PROJECT_DIR, `Pulumi.${stack}.yaml`), path.join(dir, `Pulumi.${stack}.yaml`));
        fs.mkdirSync(path.join(dir, "policy-pack", "config"), { recursive: true });
        fs.copyFileSync(
            path.join(PROJECT_DIR, "policy-pack", "config", `${stack}.json`),
            path.join(dir, "policy-pack", "config", `${stack}.json`),
        );
        return dir;
    }

    async function audit(dir: string, doc: unknown) {
        const file = path.join(dir, "export.json");
        fs.writeFileSync(file, JSON.stringify(doc));
        let stdout = "";
        let stderr = "";
        const code = await auditMain(["--state", file, "--out", path.join(dir, "audit-out")], {
            session,
            projectDir: dir,
            stdout: s => {
                stdout += s;
            },
            stderr: s => {
                stderr += s;
            },
        });
        return { code, stdout, stderr };
    }

    describe("project-level config in Pulumi.yaml: applied as Pulumi applies it, by every tool", () => {
        it("insecure: the shorthand `custody-infra:namePrefix: acme-custody` (a default of the project's namespace): the model has acme-custody tables", async () => {
            const dir = scratch("prod", "config:\n  custody-infra:namePrefix: acme-custody\n");
            const r = await custodyModel(["--stack", "prod"], dir);
            assert.equal(r.code, 0, r.stderr);
            assert.match(r.stdout, /table\/acme-custody-keystore/);
            const check = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(check.code, 1, "the committed custody-prod model no longer agrees");
            assert.match(check.stderr, /acme-custody/);
        });

        it("insecure: `namePrefix: {value: acme-custody}`: the offline preview plans acme-custody tables and the committed model refuses them", async () => {
            const dir = scratch("prod", "config:\n  namePrefix:\n    value: acme-custody\n");
            const file = path.join(dir, "Pulumi.prod.yaml");
            assert.equal(loadConfig("prod", file, dir).config["custody-infra:namePrefix"], "acme-custody");
            const result = await runOfflinePreview({
                stack: "prod",
                projectDir: dir,
                packDir: path.join(PROJECT_DIR, "policy-pack"),
                packConfigFile: path.join(dir, "policy-pack", "config", "prod.json"),
                session,
            });
            const tables = result.plan.resources.filter(r => r.type === TABLE).map(r => String(r.inputs.name));
            assert.ok(tables.length > 0 && tables.every(t => t.startsWith("acme-custody-")), tables.join(", "));
            assert.ok(
                result.violations.some(
                    v =>
                        v.policyName === "custody-tables" &&
                        v.enforcementLevel === "mandatory" &&
                        /acme-custody/.test(v.message),
                ),
                result.violations.map(v => `${v.policyName}: ${v.message}`).join("\n"),
            );
        });

        it("insecure: the audit's plan (drift) reads Pulumi.yaml too: a deployed custody-prod stack drifts from an acme-custody program", async () => {
            const dir = scratch("prod", "config:\n  namePrefix:\n    type: string\n    default: acme-custody\n");
            const r = await audit(dir, await exportOf("prod"));
            assert.equal(r.code, 1, r.stderr);
            const report = JSON.parse(fs.readFileSync(path.join(dir, "audit-out", "report.json"), "utf8")) as {
                drift: { urn: string; kind: string }[];
            };
            assert.ok(report.drift.length > 0, "the program's plan is read with the project default");
        });

        it("insecure: values of another namespace (`aws:region: {value}`, shorthand `aws:skipMetadataApiCheck: true`) apply to a stack that does not set them", () => {
            const dir = scratch(
                "dev",
                "config:\n  aws:region:\n    value: us-east-1\n  aws:skipMetadataApiCheck: true\n",
            );
            const { config } = readStackFile(path.join(dir, "Pulumi.dev.yaml"));
            assert.equal(config["aws:region"], "us-east-1");
            assert.equal(config["aws:skipMetadataApiCheck"], "true");
        });

        for (const [label, block, message] of [
            [
                "a default not of its declared type",
                "config:\n  namePrefix:\n    type: integer\n    default: acme\n",
                /namePrefix: the default "acme" is not of the declared type integer/,
            ],
            [
                "a misspelt attribute (defualt)",
                "config:\n  namePrefix:\n    type: string\n    defualt: acme\n",
                /"defualt" is not an attribute/,
            ],
            [
                "an object not under value:",
                "config:\n  tags:\n    team: custody\n",
                /"team" is not an attribute.*under value:/,
            ],
            [
                "a type Pulumi does not know (object)",
                "config:\n  tags:\n    type: object\n",
                /type "object" is not one of string, integer, boolean, array/,
            ],
            ["an array without items", "config:\n  zones:\n    type: array\n", /type array needs items/],
            [
                "both default and value",
                "config:\n  namePrefix:\n    default: a\n    value: b\n",
                /both default: and value:/,
            ],
            [
                "another namespace with a default",
                "config:\n  aws:region:\n    default: us-east-1\n",
                /write value:, not default:/,
            ],
            [
                "a key declared without a default the stack does not set (required by Pulumi)",
                "config:\n  namePrefix:\n    type: string\n",
                /declares 'namePrefix' without a default.*missing configuration value/,
            ],
            [
                "a stack value not of the declared type",
                "config:\n  primaryAccount:\n    type: integer\n",
                /custody-infra:primaryAccount is "signer", not of the type integer/,
            ],
            ["stackConfigDir", "stackConfigDir: stacks\n", /stackConfigDir "stacks" moves the stack files/],
        ] as const) {
            it(`bad input: ${label} in Pulumi.yaml: exit 2 naming Pulumi.yaml and the key, in custody-model and the preview`, async () => {
                const dir = scratch("prod", block);
                const r = await custodyModel(["--stack", "prod", "--check"], dir);
                assert.equal(r.code, 2, r.stdout + r.stderr);
                assert.match(r.stderr, /Pulumi\.yaml/);
                assert.match(r.stderr, message);
                noStackTrace(r.stderr);
                assert.throws(
                    () => loadConfig("prod", path.join(dir, "Pulumi.prod.yaml"), dir),
                    (e: unknown) => e instanceof OfflinePreviewError && message.test(e.message),
                );
            });
        }

        it("secure: a project default the stack overrides (primaryAccount default other, prod sets signer): --check agrees", async () => {
            const dir = scratch("prod", "config:\n  primaryAccount:\n    type: string\n    default: other\n");
            const r = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(r.code, 0, r.stderr);
        });

        it("secure: a project default equal to the program's (namePrefix custody-prod) and typed stack values that match: --check agrees", async () => {
            const dir = scratch(
                "prod",
                "config:\n  namePrefix:\n    type: string\n    default: custody-prod\n  custody-infra:primaryAccount:\n    type: string\n    description: the signer account\n",
            );
            const r = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(r.code, 0, r.stderr);
        });

        it("secure: the committed Pulumi.yaml applies no value: every stack file reads exactly as written", () => {
            for (const stack of ["dev", "prod", "pod-identity"]) {
                const file = path.join(PROJECT_DIR, `Pulumi.${stack}.yaml`);
                assert.deepEqual(readStackFile(file, PROJECT_DIR), readStackFile(file, tmp), stack);
            }
        });
    });

    describe("Pulumi ESC environments in a stack file: refused offline, naming environment:", () => {
        it("insecure: environment as an inline definition (imports: + values:): refused by custody-model and the preview", async () => {
            const dir = scratch("prod");
            const file = path.join(dir, "Pulumi.prod.yaml");
            fs.writeFileSync(
                file,
                `${fs.readFileSync(file, "utf8")}environment:\n  imports:\n    - custody/prod-operations\n  values:\n    pulumiConfig:\n      custody-infra:namePrefix: acme\n`,
            );
            const r = await custodyModel(["--stack", "prod"], dir);
            assert.equal(r.code, 2, r.stdout);
            assert.match(r.stderr, /environment/);
            assert.match(r.stderr, /inline those values under config:/i);
            noStackTrace(r.stderr);
            assert.throws(
                () => loadConfig("prod", file, dir),
                (e: unknown) => e instanceof OfflinePreviewError && /environment/.test(e.message),
            );
        });

        it("insecure: environment in a --config file of the offline preview CLI: exit 2", async () => {
            const file = path.join(tmp, "esc-dev.yaml");
            fs.writeFileSync(
                file,
                `environment: [custody/dev]\n${fs.readFileSync(path.join(PROJECT_DIR, "Pulumi.dev.yaml"), "utf8")}`,
            );
            let stderr = "";
            const code = await offlineMain(["--stack", "dev", "--config", file, "--out", path.join(tmp, "esc-out")], {
                session,
                stdout: () => undefined,
                stderr: s => {
                    stderr += s;
                },
            });
            assert.equal(code, 2, stderr);
            assert.match(stderr, /environment/);
        });

        it("secure: the word environment as a tag value and an empty environment list: read as before", () => {
            const file = path.join(tmp, "env-tag.yaml");
            const text = fs
                .readFileSync(path.join(PROJECT_DIR, "Pulumi.dev.yaml"), "utf8")
                .replace("    environment: dev\n", "    environment: environment\n");
            fs.writeFileSync(file, `environment: []\n${text}`);
            const { config } = readStackFile(file);
            assert.match(config["custody-infra:tags"], /"environment":"environment"/);
            assert.doesNotThrow(() => readStackFile(file), StackFileError);
        });
    });

    describe("custody model --check: JSON values, not text", () => {
        function withModel(stack: string, edit: (model: Record<string, unknown>) => unknown): string {
            const dir = scratch(stack);
            const file = path.join(dir, "policy-pack", "config", `${stack}.json`);
            const cfg = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
            cfg["custody-model"] = edit(cfg["custody-model"] as Record<string, unknown>);
            fs.writeFileSync(file, JSON.stringify(cfg, null, 4));
            return dir;
        }

        it("insecure: keys reversed AND one account name changed: exit 1, and the diff names only that value", async () => {
            const dir = withModel("prod", model => {
                const accounts = model.accounts as Record<string, string>;
                const first = Object.keys(accounts)[0];
                const reversed = Object.fromEntries(Object.entries(model).reverse());
                reversed.accounts = { ...accounts, [first]: "intruder" };
                return reversed;
            });
            const r = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(r.code, 1, r.stderr);
            const changed = r.stderr.split("\n").filter(l => /^[-+] /.test(l));
            assert.deepEqual(
                changed.map(l => l[0]),
                ["-", "+"],
                `only the changed value, no moved lines:\n${r.stderr}`,
            );
            assert.match(changed[0], /intruder/);
        });

        it("insecure: the order of a list changed (workloads reversed): still a difference", async () => {
            const dir = withModel("basil", model => {
                const list = Object.values(model).find(v => Array.isArray(v) && v.length > 1) as unknown[] | undefined;
                assert.ok(list, "a list of two or more entries in the basil model");
                list.reverse();
                return model;
            });
            const r = await custodyModel(["--stack", "basil", "--check"], dir);
            assert.equal(r.code, 1, r.stderr);
        });

        it("secure: keys in reverse order at every depth and 4-space indentation: --check agrees", async () => {
            const reverse = (v: unknown): unknown =>
                Array.isArray(v)
                    ? v.map(reverse)
                    : v && typeof v === "object"
                      ? Object.fromEntries(
                            Object.entries(v as Record<string, unknown>)
                                .reverse()
                                .map(([k, x]) => [k, reverse(x)]),
                        )
                      : v;
            const dir = withModel("pod-identity", reverse);
            const r = await custodyModel(["--stack", "pod-identity", "--check"], dir);
            assert.equal(r.code, 0, r.stderr);
        });
    });

    describe("flags: each at most once, booleans too", () => {
        it("insecure: custody-model --check --check: usage error naming the flag", async () => {
            const r = await custodyModel(["--stack", "dev", "--check", "--check"]);
            assert.equal(r.code, 2);
            assert.match(r.stderr, /--check is given twice/);
        });

        it("insecure: offline preview --preview --preview: usage error naming the flag", async () => {
            let stderr = "";
            const code = await offlineMain(["--stack", "dev", "--preview", "--preview"], {
                session,
                stdout: () => undefined,
                stderr: s => {
                    stderr += s;
                },
            });
            assert.equal(code, 2);
            assert.match(stderr, /--preview is given twice/);
        });

        it("secure: -h once (help, exit 0) and --check once (agrees): accepted", async () => {
            const r = await custodyModel(["-h"]);
            assert.equal(r.code, 0, r.stderr);
            assert.match(r.stdout, /usage: npm run custody-model/);
            const c = await custodyModel(["--stack", "dev", "--check"]);
            assert.equal(c.code, 0, c.stderr);
        });
    });

    describe("README: the audit's export file and the pack configs' levels", () => {
        function ignoredByGit(file: string): boolean {
            try {
                execFileSync("git", ["check-ignore", "-q", file], { cwd: PROJECT_DIR, stdio: "ignore" });
                return true;
            } catch {
                return false;
            }
        }

        it("insecure: the export under another stack's name or under out/: ignored by git, prettier and eslint", async () => {
            for (const file of ["dev-state.json", "out/prod-state.json"]) assert.ok(ignoredByGit(file), file);
            for (const file of ["prod-state.json", "dev-state.json"]) {
                const info = await prettier.getFileInfo(path.join(PROJECT_DIR, file), {
                    ignorePath: path.join(PROJECT_DIR, ".prettierignore"),
                });
                assert.ok(info.ignored, `prettier ignores ${file}`);
                const eslint = new ESLint({ cwd: PROJECT_DIR });
                assert.ok(await eslint.isPathIgnored(path.join(PROJECT_DIR, file)), `eslint ignores ${file}`);
            }
            const readme = fs.readFileSync(path.join(PROJECT_DIR, "README.md"), "utf8");
            assert.match(readme, /`\*-state\.json` at the repository root is git-ignored/);
        });

        it("secure: the committed JSON files (pack configs, package.json) are not ignored", () => {
            for (const file of ["policy-pack/config/prod.json", "package.json", "policy-pack/package.json"]) {
                assert.ok(!ignoredByGit(file), file);
            }
        });

        it("README states the enforcement levels each committed pack config sets, and no other", () => {
            const readme = fs.readFileSync(path.join(PROJECT_DIR, "README.md"), "utf8");
            const dir = path.join(PROJECT_DIR, "policy-pack", "config");
            for (const name of fs.readdirSync(dir).filter(f => f.endsWith(".json"))) {
                const stack = name.replace(/\.json$/, "");
                const cfg = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as Record<string, unknown>;
                assert.equal(cfg.all, "mandatory", `${name} sets "all": "mandatory"`);
                const lowered = Object.entries(cfg)
                    .filter(([k]) => k !== "all" && k !== "custody-model")
                    .map(([k, v]) => [
                        k,
                        typeof v === "string" ? v : (v as { enforcementLevel?: string }).enforcementLevel,
                    ])
                    .filter(([, level]) => level !== undefined && level !== "mandatory") as [string, string][];
                const lines = readme.split("\n");
                const start = lines.indexOf("| pack config | enforcement levels |");
                assert.ok(start >= 0, "README's table of the pack configs' levels");
                const table = lines.slice(
                    start + 2,
                    lines.findIndex((l, i) => i > start && !l.startsWith("|")),
                );
                const row = table.find(l => l.split("|")[1].includes(`\`${stack}\``));
                assert.ok(row, `README's levels table has a row for ${stack}`);
                const levels = row.split("|")[2];
                const named = [...levels.matchAll(/`([a-z-]+)`/g)].map(m => m[1]).sort();
                assert.deepEqual(named, lowered.map(([k]) => k).sort(), `${stack}: ${levels}`);
                for (const [, level] of lowered) assert.match(levels, new RegExp(level));
                if (lowered.length === 0) assert.match(levels, /every policy mandatory/);
            }
        });
    });
});
