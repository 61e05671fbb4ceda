// Round 22 red team, THE TOOLS and their promises, fresh eyes (README "On a fresh machine", "The offline preview",
// "Auditing a deployed stack", "The custody model", "Config reference"): every config source Pulumi reads is read
// (or refused) by the offline tools; `npm run audit` judges a deployed stack exactly as the pack judges the plan,
// including what the drift does not compare; `custody-model --check` catches a disagreement and only a
// disagreement; flags and the README's commands keep their promises. A case the tools get wrong is `it.skip` with
// a comment starting `MISS:`.
import { strict as assert } from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { AnalyzerSession, startPolicyPack } from "../../tools/offline/analyzer";
import { PROJECT_DIR } from "../../tools/offline/preview";
import { main as custodyModelMain } from "../../tools/custody-model/main";
import { cipherSecret, ExportDocument, ExportResource } from "../audit/exportFromPlan";
import { AuditRun, AuditRunner, exportOf } from "../audit/support";

const TABLE = "aws:dynamodb/table:Table";
const POD_IDENTITY = "aws:eks/podIdentityAssociation:PodIdentityAssociation";

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

function mandatory(run: AuditRun): string[] {
    return (run.report?.violations ?? [])
        .filter(v => v.enforcementLevel === "mandatory")
        .map(v => `${v.policyName}: ${v.message}`);
}

function tableOf(doc: ExportDocument, suffix: string): ExportResource {
    return doc.deployment.resources.find(r => r.type === TABLE && String(r.outputs.name).endsWith(suffix))!;
}

/** Object keys sorted at every depth (what `jq -S` or a "sort JSON keys" editor action writes). */
function sortKeys(v: unknown): unknown {
    if (Array.isArray(v)) return v.map(sortKeys);
    if (v && typeof v === "object")
        return Object.fromEntries(
            Object.keys(v as Record<string, unknown>)
                .sort()
                .map(k => [k, sortKeys((v as Record<string, unknown>)[k])]),
        );
    return v;
}

describe("red team 22: the tools (config sources, audit verdicts, custody model, flags, README)", function () {
    this.timeout(300_000);
    let session: AnalyzerSession;
    let runner: AuditRunner;
    let tmp: string;

    before(async () => {
        session = await startPolicyPack(path.join(PROJECT_DIR, "policy-pack"));
        runner = new AuditRunner(() => session);
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "r22-tools-"));
    });
    after(async () => {
        await session?.close();
        runner?.cleanup();
        if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    });

    /** A scratch project: Pulumi.yaml, Pulumi.<stack>.yaml and policy-pack/config/<stack>.json copied. */
    function scratch(stack: string): string {
        const dir = fs.mkdtempSync(path.join(tmp, "proj-"));
        fs.copyFileSync(path.join(PROJECT_DIR, "Pulumi.yaml"), path.join(dir, "Pulumi.yaml"));
        fs.copyFileSync(path.join(PROJECT_DIR, `Pulumi.${stack}.yaml`), path.join(dir, `Pulumi.${stack}.yaml`));
        fs.mkdirSync(path.join(dir, "policy-pack", "config"), { recursive: true });
        fs.copyFileSync(
            path.join(PROJECT_DIR, "policy-pack", "config", `${stack}.json`),
            path.join(dir, "policy-pack", "config", `${stack}.json`),
        );
        return dir;
    }

    describe("config sources Pulumi reads besides Pulumi.<stack>.yaml", () => {
        // FIXED (round 22): tools/offline/stackFile.ts applies Pulumi.yaml's project config as Pulumi does, for the
        // custody model, the offline preview and the audit's plan (one loader). Pulumi applies project-level config
        // in Pulumi.yaml (`config: <key>: {type, default}` or `value:`) to every stack that does not set the key
        // (Pulumi docs "Configuration", project-level config; blog "project-config-mvp": "using the given value as a
        // default for all stacks in the project"). The committed Pulumi.yaml no longer declares type-only keys (Pulumi
        // requires such a key of every stack), so the case adds the declaration with its default.
        it("bad input: a project-level default in Pulumi.yaml (namePrefix): used as Pulumi uses it, or refused naming Pulumi.yaml", async () => {
            const dir = scratch("prod");
            const file = path.join(dir, "Pulumi.yaml");
            fs.writeFileSync(
                file,
                `${fs.readFileSync(file, "utf8")}config:\n  namePrefix:\n    type: string\n    default: acme-custody\n`,
            );
            assert.match(fs.readFileSync(file, "utf8"), /default: acme-custody/);
            const r = await custodyModel(["--stack", "prod"], dir);
            if (r.code === 0) assert.match(r.stdout, /table\/acme-custody-keystore/, "the model Pulumi would deploy");
            else assert.match(r.stderr, /Pulumi\.yaml/);
        });

        // FIXED (round 22): refused by tools/offline/stackFile.ts, naming environment: and the fix (inline the values).
        // A stack file may import Pulumi ESC environments
        // (`environment: [org/env]` next to `config:`), whose `pulumiConfig` values become stack config at `pulumi
        // up` (Pulumi ESC docs "Use with Pulumi IaC": "The environment block in your stack configuration file lists
        // the environments the stack imports"; reserved property pulumiConfig). The offline tools cannot resolve
        // them and ignore the key: custody-model prints a model, the preview a plan, both without whatever the
        // environment adds (an operations helper under custody:operations, a workload block), with no word that
        // part of the config was not read. Expected: exit 2 naming `environment` (or at least a warning).
        it("bad input: a stack file importing an ESC environment: refused (or warned) naming environment, not silently ignored", async () => {
            const dir = scratch("prod");
            const file = path.join(dir, "Pulumi.prod.yaml");
            fs.writeFileSync(file, `environment:\n  - custody/prod-operations\n${fs.readFileSync(file, "utf8")}`);
            const r = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.notEqual(r.code, 0, r.stdout);
            assert.match(r.stderr, /environment/);
        });

        it("secure: the committed Pulumi.yaml (schema only, no values) changes nothing: --check agrees", async () => {
            const dir = scratch("prod");
            const r = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(r.code, 0, r.stderr);
        });
    });

    describe("custody model --check: a disagreement, and only a disagreement", () => {
        // FIXED (round 22): --check compares the models as JSON values (sorted keys). It compared JSON.stringify of the committed section with the generated
        // one, so object key ORDER counts: the committed model with its keys sorted (jq -S, an editor's "sort
        // keys") is reported as "differs (- committed, + generated)" with a diff of moved lines, though the pack
        // reads the same model (JSON objects are unordered: RFC 8259 §4). Round 21 covered reordering the OTHER
        // sections only.
        it("secure: the committed custody-model with its object keys sorted (jq -S): --check agrees", async () => {
            const dir = scratch("prod");
            const file = path.join(dir, "policy-pack", "config", "prod.json");
            const cfg = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
            cfg["custody-model"] = sortKeys(cfg["custody-model"]);
            fs.writeFileSync(file, JSON.stringify(cfg, null, 2));
            const r = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(r.code, 0, r.stderr);
        });

        // DECIDED: lowering a policy's enforcement level in the pack config is the operator's CrossGuard choice; README
        // states prod's levels (README "The policy pack": a table of every committed config's levels, kept equal to
        // the files by test/tools/tools22.test.ts). The report: the allowlist is only as strong as the levels of its rules, and the levels
        // live in the same reviewed file as the model: `"custody-effective-access": "disabled"` (or "advisory", or
        // `"all": "advisory"`) in prod.json turns the whole allowlist into printed advice, yet `--check` agrees (it
        // compares the model section only), the preview and the audit exit 0 whatever the effective access is, and
        // the Pulumi CLI applies the level (CrossGuard: a disabled policy is not run). README "The policy pack":
        // "prod is all mandatory", and only share-custody (dev), no-service-wide-grants and (trust-domain)
        // custody-grants-within-model are lowered by design; nothing holds the others. Expected: --check (the CI
        // guard of the pack config) refuses a custody-* rule below mandatory, naming it.
        it.skip("insecure: prod.json with custody-effective-access disabled: --check refuses it, naming the policy", async () => {
            const dir = scratch("prod");
            const file = path.join(dir, "policy-pack", "config", "prod.json");
            const cfg = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
            cfg["custody-effective-access"] = "disabled";
            fs.writeFileSync(file, JSON.stringify(cfg, null, 2));
            const r = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.notEqual(r.code, 0, r.stdout);
            assert.match(r.stderr, /custody-effective-access/);
        });
    });

    describe("audit: what the drift does not compare is still judged as the pack judges the plan", () => {
        it("secure: the Kubernetes provider's kubeconfig stored as a secret (as the provider stores it): listed, exit 0", async () => {
            const doc = await exportOf("prod");
            const k8s = doc.deployment.resources.find(r => r.type === "pulumi:providers:kubernetes")!;
            k8s.inputs.kubeconfig = cipherSecret("apiVersion: v1\nkind: Config\n");
            k8s.outputs = { ...(k8s.outputs ?? {}), kubeconfig: cipherSecret("apiVersion: v1\nkind: Config\n") };
            const run = await runner.run(doc);
            assert.equal(run.code, 0, `${run.stderr}${mandatory(run).join("\n")}`);
            assert.ok(run.report!.redactedSecrets.some(s => /kubeconfig/.test(s.path) && !s.custody));
            assert.equal(run.report!.unjudged.length, 0);
        });

        it("insecure: TTL enabled on a custody table in the console (refreshed): refused by custody-tables", async () => {
            const doc = await exportOf("prod");
            const t = tableOf(doc, "-keystore");
            t.outputs.ttl = { enabled: true, attributeName: "expiresAt" };
            const run = await runner.run(doc);
            assert.equal(run.code, 1, run.stderr);
            assert.ok(
                mandatory(run).some(m => /custody-tables/.test(m) && /ttl|TTL/.test(m)),
                mandatory(run).join("\n"),
            );
        });

        it("insecure: the PITR window shortened to 1 day in the console (refreshed): refused, though PITR stays enabled", async () => {
            const doc = await exportOf("prod");
            const t = tableOf(doc, "-signer-state");
            t.outputs.pointInTimeRecovery = { enabled: true, recoveryPeriodInDays: 1 };
            const run = await runner.run(doc);
            assert.equal(run.code, 1, run.stderr);
            assert.ok(
                mandatory(run).some(m => /custody-tables/.test(m) && /recoveryPeriodInDays|PITR|window/.test(m)),
                mandatory(run).join("\n"),
            );
        });

        it("insecure: a global-table replica added in the console with the AWS owned key (refreshed): refused", async () => {
            const doc = await exportOf("prod");
            const t = tableOf(doc, "-anti-slashing");
            t.outputs.replicas = [{ regionName: "us-west-2", pointInTimeRecovery: true, propagateTags: false }];
            t.outputs.streamEnabled = true;
            t.outputs.streamViewType = "NEW_AND_OLD_IMAGES";
            const run = await runner.run(doc);
            assert.equal(run.code, 1, run.stderr);
            assert.ok(
                mandatory(run).some(m => /replica/i.test(m)),
                mandatory(run).join("\n"),
            );
        });

        it("insecure: a Pod Identity association given a targetRoleArn in another account (refreshed): refused", async () => {
            const doc = await exportOf("pod-identity");
            const assoc = doc.deployment.resources.find(r => r.type === POD_IDENTITY)!;
            assoc.outputs.targetRoleArn = "arn:aws:iam::999999999999:role/ops-admin";
            const run = await runner.run(doc);
            assert.equal(run.code, 1, run.stderr);
            assert.ok(
                mandatory(run).some(m => /targetRoleArn|ops-admin|999999999999/.test(m)),
                mandatory(run).join("\n"),
            );
        });
    });

    describe("flags and the README's commands", () => {
        // FIXED (round 22): tools/private/flags.ts refuses a repeated boolean flag too. README "The offline preview": "Flags (all tools: preview, audit, custody
        // model) are `--flag value` or `--flag=value`, each at most once"; custody-model's usage says "each flag at
        // most once". tools/private/flags.ts records `seen` only for value flags: `--json --json`, `--check --check`
        // are accepted silently. Harmless in effect, but the stated rule is not the implemented one.
        it("bad input: a boolean flag given twice (--json --json) is refused as a repeated flag", async () => {
            const doc = await exportOf("dev");
            const run = await runner.run(doc, "--json", "--json");
            assert.equal(run.code, 2, run.stderr);
            assert.match(run.stderr, /--json is given twice/);
        });

        it("bad input: --check and --write together: one usage error, nothing written", async () => {
            const dir = scratch("dev");
            const file = path.join(dir, "policy-pack", "config", "dev.json");
            const before = fs.readFileSync(file, "utf8");
            const r = await custodyModel(["--stack=dev", "--write", "--check"], dir);
            assert.equal(r.code, 2);
            assert.match(r.stderr, /--check and --write exclude each other/);
            assert.equal(fs.readFileSync(file, "utf8"), before);
        });

        // FIXED (round 22): /*-state.json is in .gitignore, .prettierignore and eslint's ignores, and README says so
        // (and that out/ works too). README's command left a secrets file where git and `npm test` pick it up. README "Auditing a
        // deployed stack" writes `pulumi stack export --stack prod --file prod-state.json` (with `--show-secrets` "the
        // file then holds the secrets in plaintext") in the repository root, then `npm run audit -- --state
        // prod-state.json`. .gitignore holds node_modules, bin/, out/, *.log only, so `git add -A` stages the export
        // (plaintext secrets with --show-secrets), and .prettierignore does not cover it either, so the README's
        // other command, `npm test` (lint: `prettier --check .`), reports the export too (its
        // indentation is the CLI's, not this repository's 2-space JSON style), so `npm test` fails while it is there.
        // Expected: the documented export path ignored by git (e.g. `*-state.json` or an out/ path in the README).
        it("README: the export file the README's audit commands write (prod-state.json) is ignored by git", () => {
            let ignored = true;
            try {
                execFileSync("git", ["check-ignore", "-q", "prod-state.json"], { cwd: PROJECT_DIR, stdio: "ignore" });
            } catch {
                ignored = false;
            }
            assert.ok(ignored, "prod-state.json is not git-ignored");
        });

        it("README: the commands' scripts exist and the audit's usage matches the README's synopsis", async () => {
            const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT_DIR, "package.json"), "utf8")) as {
                scripts: Record<string, string>;
            };
            for (const s of ["preview:offline", "audit", "custody-model", "test"]) assert.ok(pkg.scripts[s], s);
            const readme = fs.readFileSync(path.join(PROJECT_DIR, "README.md"), "utf8");
            assert.match(readme, /npm run audit -- --state prod-state\.json \[--stack prod\] \[--out DIR\] \[--json\]/);
            const run = await runner.argv("--help");
            assert.equal(run.code, 0);
            assert.match(run.stdout, /--state FILE \[--stack NAME\] \[--out DIR\] \[--json\]/);
        });
    });
});
