// Red-team round 73 on the tools (fresh eyes): CLI flags, the pack config's Configure check as custody-model,
// the stack config validation, and the audit's verdicts on realistic refreshed exports.
// Probed (flags): a stack name in another case, a fully-qualified stack name (org/project/stack), a path-segment
// name, --stack twice in two spellings, --check with --write, --json twice, --State.
// Probed (pack config under custody-model --check/--write): a level in another case ("Mandatory"), an unknown
// property of a policy, a list for the whole file, "all" with a property, a key written twice, custody-model a
// string; valid: "remediate", "disabled" for one policy, CRLF line endings.
// Probed (stack config): namePrefix with upper case and "_", a near-miss namespace, a threshold above the share
// count, an 11-digit account id; valid: a UTF-8 BOM, an integer tag value.
// Probed (audit): --stack of another stack, deployment version 2; refreshed exports with AdministratorAccess
// attached by hand, a hand-added inline policy, a RolePolicy read as external granting kms:*; valid: the
// committed dev and prod exports, --stack=dev.
// Probed also: --config another stack's own stack file under --write; a pack config with a BOM, a deletion window
// above KMS's 30-day maximum, 30.0 for an integer; a share in a misspelt account.
// Misses: none. Every bad input below is refused with exit 2 naming the key/flag/file and nothing written; every
// valid input is accepted; the audit's verdicts on hand-made IAM changes (managed, inline, external RolePolicy)
// fail the run with mandatory violations on the signer role.
// Held: all cases below (pinned).
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { AnalyzerSession, startPolicyPack } from "../../tools/offline/analyzer";
import { main as custodyModelMain } from "../../tools/custody-model/main";
import { PROJECT_DIR } from "../../tools/offline/preview";
import { AuditRunner, exportOf } from "../audit/support";
import { capture, noStackTrace, showRun } from "./support";

const COMMITTED_DEV = path.join(PROJECT_DIR, "policy-pack", "config", "dev.json");
const ROLE = "aws:iam/role:Role";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";

/** A project directory holding this repository's Pulumi.yaml, Pulumi.dev.yaml and policy-pack/config/dev.json. */
function project(tmp: string): string {
    const dir = fs.mkdtempSync(path.join(tmp, "proj-"));
    fs.copyFileSync(path.join(PROJECT_DIR, "Pulumi.yaml"), path.join(dir, "Pulumi.yaml"));
    fs.copyFileSync(path.join(PROJECT_DIR, "Pulumi.dev.yaml"), path.join(dir, "Pulumi.dev.yaml"));
    fs.mkdirSync(path.join(dir, "policy-pack", "config"), { recursive: true });
    fs.copyFileSync(COMMITTED_DEV, path.join(dir, "policy-pack", "config", "dev.json"));
    fs.writeFileSync(path.join(dir, "index.ts"), "export {};\n");
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "custody-infra", main: "index.ts" }));
    return dir;
}

const packFile = (dir: string) => path.join(dir, "policy-pack", "config", "dev.json");
const stackFile = (dir: string) => path.join(dir, "Pulumi.dev.yaml");

const custodyModel = (argv: string[], dir: string) =>
    capture(io => custodyModelMain(argv, { ...io, projectDir: dir })).catch((e: Error) => ({
        code: -1,
        stdout: "",
        stderr: `uncaught: ${e.stack ?? String(e)}`,
    }));

/** dev's pack config with `edit` applied, written as JSON text (or raw text when `edit` returns a string). */
function editPack(dir: string, edit: (cfg: Record<string, unknown>) => Record<string, unknown> | string | unknown[]) {
    const cfg = JSON.parse(fs.readFileSync(packFile(dir), "utf8")) as Record<string, unknown>;
    const out = edit(cfg);
    fs.writeFileSync(packFile(dir), typeof out === "string" ? out : JSON.stringify(out, null, 2));
    return fs.readFileSync(packFile(dir), "utf8");
}

/** dev's stack file with one exact piece of text replaced. */
function editStack(dir: string, from: string, to: string) {
    const text = fs.readFileSync(stackFile(dir), "utf8");
    assert.ok(text.includes(from), `Pulumi.dev.yaml holds ${from}`);
    fs.writeFileSync(stackFile(dir), text.replace(from, to));
}

describe("red team 73: the tools' flags, pack config, stack config and audit verdicts", function () {
    this.timeout(600_000);
    let tmp = "";
    before(() => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rt73-tools-"));
    });
    after(() => {
        if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    });

    describe("flags", () => {
        it("bad input: --stack Dev (stack names are case-sensitive; Pulumi.Dev.yaml does not exist): exit 2 naming it", async () => {
            const run = await custodyModel(["--stack", "Dev", "--check"], project(tmp));
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /Dev/, showRun(run));
            noStackTrace(run.stderr);
        });
        it("bad input: --stack org/custody-infra/dev (a fully-qualified name): exit 2 naming it", async () => {
            const run = await custodyModel(["--stack", "acme/custody-infra/dev", "--check"], project(tmp));
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /acme\/custody-infra\/dev/, showRun(run));
            noStackTrace(run.stderr);
        });
        it("bad input: --stack ../dev --write: exit 2, nothing written outside policy-pack/config", async () => {
            const dir = project(tmp);
            const run = await custodyModel(["--stack", "../dev", "--write"], dir);
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /not a stack name/, showRun(run));
            assert.equal(fs.existsSync(path.join(dir, "policy-pack", "dev.json")), false);
        });
        it("bad input: --stack dev --stack=prod (two spellings): exit 2 'given twice'", async () => {
            const run = await custodyModel(["--stack", "dev", "--stack=prod", "--check"], project(tmp));
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /--stack is given twice/, showRun(run));
        });
        it("bad input: --check --write: exit 2, nothing written", async () => {
            const dir = project(tmp);
            const before = editPack(dir, c => {
                delete c["custody-model"];
                return c;
            });
            const run = await custodyModel(["--stack", "dev", "--check", "--write"], dir);
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /exclude each other/, showRun(run));
            assert.equal(fs.readFileSync(packFile(dir), "utf8"), before);
        });
        it("bad input: --stack dev --config Pulumi.prod.yaml --write (another stack's own file): exit 2, nothing written", async () => {
            const dir = project(tmp);
            fs.copyFileSync(path.join(PROJECT_DIR, "Pulumi.prod.yaml"), path.join(dir, "Pulumi.prod.yaml"));
            const run = await custodyModel(
                ["--stack", "dev", "--config", path.join(dir, "Pulumi.prod.yaml"), "--write"],
                dir,
            );
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /stack prod's own stack file.*nothing was written/, showRun(run));
            assert.equal(fs.readFileSync(packFile(dir), "utf8"), fs.readFileSync(COMMITTED_DEV, "utf8"));
        });
        it("secure: --stack=dev --check on the committed dev config: exit 0", async () => {
            const run = await custodyModel(["--stack=dev", "--check"], project(tmp));
            assert.equal(run.code, 0, showRun(run));
        });
        it("secure: --check agrees on every committed stack", async () => {
            for (const stack of ["dev", "prod", "pod-identity", "trust-domain", "curity", "cross-account", "basil"]) {
                const run = await custodyModel(["--stack", stack, "--check"], PROJECT_DIR);
                assert.equal(run.code, 0, `${stack}: ${showRun(run)}`);
            }
        });
    });

    describe("the pack config under custody-model", () => {
        // Pulumi's enforcement levels are exact lower-case strings (pulumi/pulumi sdk/go/common/apitype/policy.go
        // EnforcementLevel.IsValid: Advisory, Mandatory, Remediate, Disabled = "advisory", ... compared with ==).
        it('bad input: --check with share-custody: "Mandatory" (another case): exit 2 naming it', async () => {
            const dir = project(tmp);
            editPack(dir, c => ({ ...c, "share-custody": "Mandatory" }));
            const run = await custodyModel(["--stack", "dev", "--check"], dir);
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /Mandatory/, showRun(run));
            noStackTrace(run.stderr);
        });
        it("bad input: --write with an unknown property of a policy: exit 2 naming it, nothing written", async () => {
            const dir = project(tmp);
            const before = editPack(dir, c => ({
                ...c,
                "kms-key-lifecycle": { enforcementLevel: "mandatory", minimumDeletionWindowInDay: 30 },
            }));
            const run = await custodyModel(["--stack", "dev", "--write"], dir);
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /minimumDeletionWindowInDay\b/, showRun(run));
            assert.equal(fs.readFileSync(packFile(dir), "utf8"), before);
        });
        it("bad input: --write over a pack config that is a JSON list: exit 2, nothing written", async () => {
            const dir = project(tmp);
            const before = editPack(dir, () => ["mandatory"]);
            const run = await custodyModel(["--stack", "dev", "--write"], dir);
            assert.equal(run.code, 2, showRun(run));
            noStackTrace(run.stderr);
            assert.equal(fs.readFileSync(packFile(dir), "utf8"), before);
        });
        it('bad input: --check with "all" carrying a property: exit 2 naming all', async () => {
            const dir = project(tmp);
            editPack(dir, c => ({ ...c, all: { enforcementLevel: "mandatory", minimumDeletionWindowInDays: 30 } }));
            const run = await custodyModel(["--stack", "dev", "--check"], dir);
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /"?all"?/, showRun(run));
        });
        it('bad input: --write with "share-custody" written twice: exit 2 naming the key, nothing written', async () => {
            const dir = project(tmp);
            const before = editPack(dir, () =>
                fs
                    .readFileSync(COMMITTED_DEV, "utf8")
                    .replace('"all": "mandatory",', '"all": "mandatory",\n  "share-custody": "disabled",'),
            );
            const run = await custodyModel(["--stack", "dev", "--write"], dir);
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /share-custody/, showRun(run));
            assert.equal(fs.readFileSync(packFile(dir), "utf8"), before);
        });
        it("bad input: --check with custody-model a string: exit 2 naming custody-model", async () => {
            const dir = project(tmp);
            editPack(dir, c => ({ ...c, "custody-model": "generated" }));
            const run = await custodyModel(["--stack", "dev", "--check"], dir);
            assert.notEqual(run.code, 0, showRun(run));
            assert.match(run.stderr + run.stdout, /custody-model/, showRun(run));
            noStackTrace(run.stderr);
        });
        it('secure: --check with share-custody: "remediate" (a level Pulumi accepts): exit 0', async () => {
            const dir = project(tmp);
            editPack(dir, c => ({ ...c, "share-custody": "remediate" }));
            const run = await custodyModel(["--stack", "dev", "--check"], dir);
            assert.equal(run.code, 0, showRun(run));
        });
        it('secure: --write keeps "no-dynamodb-batch": "disabled" (the operator\'s documented choice)', async () => {
            const dir = project(tmp);
            editPack(dir, c => ({ ...c, "no-dynamodb-batch": "disabled" }));
            const run = await custodyModel(["--stack", "dev", "--write"], dir);
            assert.equal(run.code, 0, showRun(run));
            const cfg = JSON.parse(fs.readFileSync(packFile(dir), "utf8")) as Record<string, unknown>;
            assert.equal(cfg["no-dynamodb-batch"], "disabled");
        });
        it("secure: --check on a pack config with CRLF line endings (RFC 8259 whitespace): exit 0", async () => {
            const dir = project(tmp);
            editPack(dir, () => fs.readFileSync(COMMITTED_DEV, "utf8").replace(/\n/g, "\r\n"));
            const run = await custodyModel(["--stack", "dev", "--check"], dir);
            assert.equal(run.code, 0, showRun(run));
        });
        // Go's encoding/json (the CLI's reader) refuses a leading byte order mark ("invalid character 'ï' looking
        // for beginning of value"; pkg.go.dev/encoding/json: the input must be valid JSON, RFC 8259 §8.1: "MUST NOT
        // add a byte order mark"), so the CLI would refuse this file.
        it("bad input: --write over a pack config starting with a UTF-8 BOM: exit 2 naming it, nothing written", async () => {
            const dir = project(tmp);
            const before = editPack(dir, () => "\uFEFF" + fs.readFileSync(COMMITTED_DEV, "utf8"));
            const run = await custodyModel(["--stack", "dev", "--write"], dir);
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /byte order mark|BOM/i, showRun(run));
            assert.equal(fs.readFileSync(packFile(dir), "utf8"), before);
        });
        // AWS KMS ScheduleKeyDeletion: PendingWindowInDays "Minimum value of 7. Maximum value of 30."
        // (docs.aws.amazon.com/kms/latest/APIReference/API_ScheduleKeyDeletion.html): a required minimum of 31 can
        // never be met, so every key would be refused: a config mistake.
        it("bad input: --check with minimumDeletionWindowInDays 31 (above KMS's maximum 30): exit 2 naming it", async () => {
            const dir = project(tmp);
            editPack(dir, c => ({
                ...c,
                "kms-key-lifecycle": { enforcementLevel: "mandatory", minimumDeletionWindowInDays: 31 },
            }));
            const run = await custodyModel(["--stack", "dev", "--check"], dir);
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /minimumDeletionWindowInDays/, showRun(run));
        });
        // JSON Schema "integer" is a number with a zero fractional part (json-schema.org draft 2020-12 validation
        // §6.1.1 / core §4.2.2: "1.0" is an integer), and Go reads 30.0 as the float64 30.
        it("secure: --check with minimumDeletionWindowInDays 30.0: exit 0", async () => {
            const dir = project(tmp);
            editPack(dir, () =>
                fs
                    .readFileSync(COMMITTED_DEV, "utf8")
                    .replace(
                        '"all": "mandatory",',
                        '"all": "mandatory",\n  "kms-key-lifecycle": { "minimumDeletionWindowInDays": 30.0 },',
                    ),
            );
            const run = await custodyModel(["--stack", "dev", "--check"], dir);
            assert.equal(run.code, 0, showRun(run));
        });
    });

    describe("the stack config under custody-model", () => {
        it("bad input: namePrefix Custody_Dev: exit 2 naming custody-infra:namePrefix", async () => {
            const dir = project(tmp);
            editStack(dir, "  custody-infra:tags:", "  custody-infra:namePrefix: Custody_Dev\n  custody-infra:tags:");
            const run = await custodyModel(["--stack", "dev", "--check"], dir);
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /namePrefix/, showRun(run));
        });
        it("bad input: a near-miss namespace custody-infr:tags: exit 2 naming it", async () => {
            const dir = project(tmp);
            editStack(dir, "  custody-infra:tags:", "  custody-infr:tags:");
            const run = await custodyModel(["--stack", "dev", "--check"], dir);
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /custody-infr:tags/, showRun(run));
        });
        it("bad input: threshold 4 of 3 shares: exit 2 naming the threshold", async () => {
            const dir = project(tmp);
            editStack(dir, "threshold: 2", "threshold: 4");
            const run = await custodyModel(["--stack", "dev", "--write"], dir);
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /threshold/, showRun(run));
            assert.equal(fs.readFileSync(packFile(dir), "utf8"), fs.readFileSync(COMMITTED_DEV, "utf8"));
        });
        it("bad input: an 11-digit accountId: exit 2 naming accounts.main.accountId", async () => {
            const dir = project(tmp);
            editStack(dir, 'accountId: "111111111111"', 'accountId: "11111111111"');
            const run = await custodyModel(["--stack", "dev", "--check"], dir);
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /accountId/, showRun(run));
        });
        it("bad input: a share in a misspelt account (mian): exit 2 naming it", async () => {
            const dir = project(tmp);
            editStack(dir, "accounts: [main, main, main]", "accounts: [main, main, mian]");
            const run = await custodyModel(["--stack", "dev", "--check"], dir);
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /mian/, showRun(run));
        });
        it("secure: Pulumi.dev.yaml with a UTF-8 BOM (Pulumi's readFileStripUTF8BOM drops it): --check exit 0", async () => {
            const dir = project(tmp);
            fs.writeFileSync(stackFile(dir), "\uFEFF" + fs.readFileSync(stackFile(dir), "utf8"));
            const run = await custodyModel(["--stack", "dev", "--check"], dir);
            assert.equal(run.code, 0, showRun(run));
        });
        it("secure: an integer tag value (costCenter: 4711, as `pulumi config set --path` stores it): --check exit 0", async () => {
            const dir = project(tmp);
            editStack(dir, "    owner: platform-custody", "    owner: platform-custody\n    costCenter: 4711");
            const run = await custodyModel(["--stack", "dev", "--check"], dir);
            assert.equal(run.code, 0, showRun(run));
        });
    });

    describe("the audit", () => {
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

        it("bad input: --stack prod on dev's export: exit 2 naming both, nothing written", async () => {
            const run = await runner.run(await exportOf("dev"), "--stack", "prod");
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /prod/, showRun(run));
            assert.equal(run.report, undefined);
        });
        it("bad input: deployment version 2: exit 2 naming the version", async () => {
            const doc = await exportOf("dev");
            (doc as { version: number }).version = 2;
            const run = await runner.run(doc);
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /version/, showRun(run));
        });
        it("bad input: --json twice and --State: exit 2 naming them", async () => {
            const file = path.join(runner.tmp, "dev-flags.json");
            fs.writeFileSync(file, JSON.stringify(await exportOf("dev")));
            const twice = await runner.argv("--state", file, "--json", "--json");
            assert.equal(twice.code, 2, showRun(twice));
            assert.match(twice.stderr, /--json is given twice/, showRun(twice));
            const upper = await runner.argv("--State", file);
            assert.equal(upper.code, 2, showRun(upper));
            assert.match(upper.stderr, /--State/, showRun(upper));
        });
        // IAM: a managed policy attached by hand applies at once (docs.aws.amazon.com/IAM/latest/UserGuide/
        // access_policies_managed-vs-inline.html); `pulumi refresh` reads it into the Role's managedPolicyArns.
        it("insecure: AdministratorAccess attached to the signer role by hand: exit 1 with a violation on the role", async () => {
            const doc = await exportOf("dev");
            const role = doc.deployment.resources.find(r => r.type === ROLE && /signer/.test(r.urn))!;
            const outputs = role.outputs as Record<string, unknown>;
            outputs.managedPolicyArns = [
                ...((outputs.managedPolicyArns as string[]) ?? []),
                "arn:aws:iam::aws:policy/AdministratorAccess",
            ];
            const run = await runner.run(doc);
            assert.equal(run.code, 1, showRun(run));
            assert.ok(
                run.report!.violations.some(v => v.urn === role.urn && v.enforcementLevel === "mandatory"),
                JSON.stringify(run.report!.violations.map(v => [v.policyName, v.urn, v.enforcementLevel])),
            );
        });
        it("insecure: a hand-added inline policy kms:* on * in the signer role's inlinePolicies: exit 1 with a violation", async () => {
            const doc = await exportOf("dev");
            const role = doc.deployment.resources.find(r => r.type === ROLE && /signer/.test(r.urn))!;
            const outputs = role.outputs as Record<string, unknown>;
            outputs.inlinePolicies = [
                ...((outputs.inlinePolicies as unknown[]) ?? []),
                {
                    name: "break-glass",
                    policy: JSON.stringify({
                        Version: "2012-10-17",
                        Statement: [{ Effect: "Allow", Action: "kms:*", Resource: "*" }],
                    }),
                },
            ];
            const run = await runner.run(doc);
            assert.equal(run.code, 1, showRun(run));
            assert.ok(
                run.report!.violations.some(v => v.enforcementLevel === "mandatory"),
                JSON.stringify(run.report!.violations.map(v => [v.policyName, v.urn, v.enforcementLevel])),
            );
        });
        // An external resource (`.get`) is one Pulumi only reads: the inline policy still exists in IAM and applies.
        it("insecure: a RolePolicy read as external granting kms:* on the signer role: exit 1 with a violation", async () => {
            const doc = await exportOf("dev");
            const own = doc.deployment.resources.find(r => r.type === ROLE_POLICY && /signer/.test(r.urn))!;
            const ext = structuredClone(own);
            ext.urn = ext.urn.replace(/::[^:]+$/, "::legacy-break-glass");
            ext.id = `${String((own.outputs as Record<string, unknown>).role)}:legacy-break-glass`;
            ext.external = true;
            const policy = JSON.stringify({
                Version: "2012-10-17",
                Statement: [{ Effect: "Allow", Action: "kms:*", Resource: "*" }],
            });
            (ext.outputs as Record<string, unknown>).policy = policy;
            (ext.outputs as Record<string, unknown>).name = "legacy-break-glass";
            if (ext.inputs) {
                (ext.inputs as Record<string, unknown>).policy = policy;
                (ext.inputs as Record<string, unknown>).name = "legacy-break-glass";
            }
            doc.deployment.resources.push(ext);
            const run = await runner.run(doc);
            assert.equal(run.code, 1, showRun(run));
            assert.ok(
                run.report!.violations.some(
                    v => v.policyName === "runtime-role-no-kms-key-management" && v.enforcementLevel === "mandatory",
                ),
                JSON.stringify(run.report!.violations.map(v => [v.policyName, v.urn, v.enforcementLevel])),
            );
        });
        it("secure: the committed dev and prod exports: exit 0, no violation, no drift", async () => {
            for (const stack of ["dev", "prod"]) {
                const run = await runner.run(await exportOf(stack));
                assert.equal(run.code, 0, `${stack}: ${showRun(run)}`);
                assert.deepEqual(run.report!.drift, []);
                assert.ok(!run.report!.violations.some(v => v.enforcementLevel === "mandatory"));
            }
        });
        it("secure: --stack=dev on dev's export: exit 0", async () => {
            const run = await runner.run(await exportOf("dev"), "--stack=dev");
            assert.equal(run.code, 0, showRun(run));
        });
    });
});
