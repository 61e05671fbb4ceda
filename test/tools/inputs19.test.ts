// Round 19 neighbours of test/tools/redteam19-inputs.test.ts: for each bad input the tools now refuse, another
// spelling of the same mistake (refused too, one clear paragraph naming it and the fix) and a good input next to
// it that must still be accepted; for the audit's reading of a refreshed export, the drift the Role's
// inlinePolicies / managedPolicyArns still carry and the refresh shapes that are no drift.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { AnalyzerSession, startPolicyPack } from "../../tools/offline/analyzer";
import { OfflinePreviewError, PROJECT_DIR, runOfflinePreview } from "../../tools/offline/preview";
import { main as offlineMain } from "../../tools/offline/main";
import { main as custodyModelMain } from "../../tools/custody-model/main";
import { parseExport } from "../../tools/audit/exportFile";
import { computeDrift } from "../../tools/audit/drift";
import type { PlanResource } from "../../tools/offline/mockEngine";
import { cipherSecret, exportFromPlan, resourceOf } from "../audit/exportFromPlan";
import { AuditRunner, exportOf, planOf } from "../audit/support";
import { noStackTrace } from "./support";

const ROLE = "aws:iam/role:Role";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";

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

function scratchProject(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "inputs19-"));
    for (const s of ["prod", "dev"]) {
        fs.copyFileSync(path.join(PROJECT_DIR, `Pulumi.${s}.yaml`), path.join(dir, `Pulumi.${s}.yaml`));
        fs.mkdirSync(path.join(dir, "policy-pack", "config"), { recursive: true });
        fs.copyFileSync(
            path.join(PROJECT_DIR, "policy-pack", "config", `${s}.json`),
            path.join(dir, "policy-pack", "config", `${s}.json`),
        );
    }
    return dir;
}

const committedDev = () =>
    JSON.parse(fs.readFileSync(path.join(PROJECT_DIR, "policy-pack", "config", "dev.json"), "utf8")) as Record<
        string,
        any
    >;

describe("round 19 input neighbours", function () {
    this.timeout(240_000);
    let session: AnalyzerSession;
    let runner: AuditRunner;
    let tmp: string;

    before(async () => {
        session = await startPolicyPack(path.join(PROJECT_DIR, "policy-pack"));
        runner = new AuditRunner(() => session);
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "inputs19-"));
    });
    after(async () => {
        await session?.close();
        runner?.cleanup();
        if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    });

    async function preview(config: unknown) {
        const packConfigFile = path.join(tmp, `pack-${Math.random().toString(36).slice(2)}.json`);
        fs.writeFileSync(packConfigFile, typeof config === "string" ? config : JSON.stringify(config));
        return runOfflinePreview({ stack: "dev", packConfigFile, session, log: () => undefined });
    }

    async function packConfigError(config: unknown): Promise<OfflinePreviewError> {
        try {
            await preview(config);
        } catch (e) {
            if (e instanceof OfflinePreviewError) return e;
            throw e;
        }
        assert.fail(`the pack config ${JSON.stringify(config)} was accepted`);
    }

    async function offline(...argv: string[]) {
        let stderr = "";
        const code = await offlineMain(argv, {
            session,
            stdout: () => undefined,
            stderr: s => {
                stderr += s;
            },
        });
        return { code, stderr };
    }

    describe("custody-model flags (the shared parser)", () => {
        it("insecure: --stack twice in the two spellings (--stack=dev ... --stack prod --write) is refused, nothing written", async () => {
            const dir = scratchProject();
            const before = ["dev", "prod"].map(s =>
                fs.readFileSync(path.join(dir, "policy-pack", "config", `${s}.json`), "utf8"),
            );
            try {
                const r = await custodyModel(["--stack=dev", "--write", "--stack", "prod"], dir);
                assert.equal(r.code, 2, r.stdout + r.stderr);
                assert.match(r.stderr, /--stack is given twice/);
                assert.deepEqual(
                    ["dev", "prod"].map(s =>
                        fs.readFileSync(path.join(dir, "policy-pack", "config", `${s}.json`), "utf8"),
                    ),
                    before,
                );
            } finally {
                fs.rmSync(dir, { recursive: true, force: true });
            }
        });

        it("insecure: --config twice is refused (which stack file would the model come from?)", async () => {
            const r = await custodyModel([
                "--stack",
                "prod",
                "--config",
                path.join(PROJECT_DIR, "Pulumi.prod.yaml"),
                "--config",
                path.join(PROJECT_DIR, "Pulumi.dev.yaml"),
                "--check",
            ]);
            assert.equal(r.code, 2);
            assert.match(r.stderr, /--config is given twice/);
            noStackTrace(r.stderr);
        });

        it("secure: --config=FILE and --stack NAME together, and --help, are read", async () => {
            const r = await custodyModel([
                "--stack",
                "prod",
                `--config=${path.join(PROJECT_DIR, "Pulumi.prod.yaml")}`,
                "--check",
            ]);
            assert.equal(r.code, 0, r.stderr);
            const help = await custodyModel(["--help"]);
            assert.equal(help.code, 0);
            assert.match(help.stdout, /usage: npm run custody-model/);
        });
    });

    describe("--out", () => {
        it("insecure: audit --out BELOW an existing file: one paragraph naming the file, exit 2, no internal error", async () => {
            const file = path.join(tmp, "a-file");
            fs.writeFileSync(file, "mine");
            const run = await runner.run(await exportOf("prod"), "--out", path.join(file, "sub"));
            assert.equal(run.code, 2);
            assert.match(run.stderr, /--out .*a-file is a file, not a directory/);
            assert.doesNotMatch(run.stderr, /internal error/);
            assert.equal(fs.readFileSync(file, "utf8"), "mine");
        });

        it("insecure: offline preview --out=FILE (the = spelling): exit 2 naming --out, the file untouched", async () => {
            const file = path.join(tmp, "b-file");
            fs.writeFileSync(file, "mine");
            const r = await offline("--stack", "dev", `--out=${file}`);
            assert.equal(r.code, 2);
            assert.match(r.stderr, /--out .*b-file is a file, not a directory/);
            assert.doesNotMatch(r.stderr, /internal error/);
            noStackTrace(r.stderr);
            assert.equal(fs.readFileSync(file, "utf8"), "mine");
        });

        it("secure: audit --out a directory that does not exist yet (nested) is created and written", async () => {
            const out = path.join(tmp, "new", "nested", "audit");
            const run = await runner.run(await exportOf("prod"), "--out", out);
            assert.equal(run.code, 0, run.stderr);
            assert.ok(fs.existsSync(path.join(out, "report.json")));
        });
    });

    describe("pack config file", () => {
        for (const [label, text] of [
            ["a string", '"mandatory"'],
            ["a number", "42"],
            ["a list of sections", '[{"all": "mandatory"}]'],
        ] as const) {
            it(`insecure: a top level that is ${label}: refused naming the file and the object it must hold`, async () => {
                const e = await packConfigError(text);
                assert.match(e.message, /pack-.*\.json holds .*not a JSON object of policy sections/);
                noStackTrace(e.message);
            });
        }

        for (const [label, value] of [
            ["true", true],
            ["null", null],
            ["a list", ["mandatory"]],
        ] as const) {
            it(`insecure: a policy entry that is ${label}: refused naming the policy and the two accepted forms`, async () => {
                const e = await packConfigError({ ...committedDev(), "share-custody": value });
                assert.match(e.message, /"share-custody": .* is not a valid entry; write an enforcement level/);
            });
        }

        it("insecure: an object's enforcementLevel that is not a string (5): refused naming the policy", async () => {
            const e = await packConfigError({ ...committedDev(), "share-custody": { enforcementLevel: 5 } });
            assert.match(e.message, /"share-custody" has unknown enforcement level number 5/);
        });

        it("insecure: a bad level on custody-model, a bad level elsewhere and a property typo: all in one error", async () => {
            const committed = committedDev();
            const model = { ...committed["custody-model"], enforcementLevel: "hard", version: 2 };
            const e = await packConfigError({
                ...committed,
                "custody-model": model,
                "no-dynamodb-batch": { enforcementLevel: "mandtory", forbiddenActionz: [] },
            });
            const all = [e.message, ...e.details].join("\n");
            assert.match(all, /"custody-model" has unknown enforcement level "hard"/);
            assert.match(all, /custody-model\.version: is 2/);
            assert.match(all, /"no-dynamodb-batch" has unknown enforcement level "mandtory"/);
            assert.match(all, /"no-dynamodb-batch" has no property "forbiddenActionz"/);
            assert.match(e.message, /pack-.*\.json has 4 problems/);
        });

        it("secure: the committed config with levels written as objects ({enforcementLevel}) is accepted as before", async () => {
            const committed = committedDev();
            const asObjects = Object.fromEntries(
                Object.entries(committed).map(([k, v]) => [k, typeof v === "string" ? { enforcementLevel: v } : v]),
            );
            const a = await preview(committed);
            const b = await preview(asObjects);
            assert.deepEqual(b.pack.levels, a.pack.levels);
            assert.deepEqual(
                b.violations.map(v => [v.policyName, v.enforcementLevel]),
                a.violations.map(v => [v.policyName, v.enforcementLevel]),
            );
        });
    });

    describe("audit: export reading", () => {
        it("insecure: a pending operation of another PROJECT is refused as a mixed export (exit 2)", async () => {
            const doc = await exportOf("prod");
            const role = structuredClone(resourceOf(doc, ROLE, "signer-role"));
            role.urn = role.urn.replace("::custody-infra::", "::other-project::");
            doc.deployment.pending_operations = [{ resource: role, type: "deleting" }];
            const run = await runner.run(doc);
            assert.equal(run.code, 2, run.stderr);
            assert.match(run.stderr, /several stacks .* or projects .*other-project/);
        });

        it("secure: a pending operation of the same stack is this stack's interrupted update (exit 1, listed)", async () => {
            const doc = await exportOf("prod");
            doc.deployment.pending_operations = [
                { resource: structuredClone(resourceOf(doc, ROLE, "signer-role")), type: "creating" },
            ];
            const run = await runner.run(doc);
            assert.equal(run.code, 1, run.stderr);
            assert.deepEqual(
                run.report!.pendingOperations.map(o => o.type),
                ["creating"],
            );
        });

        it("insecure: a ciphertext INPUT policy in a second pending operation: its own path, unjudged; the live one is not blamed", async () => {
            const doc = await exportOf("prod");
            const rp = structuredClone(resourceOf(doc, ROLE_POLICY, "signer-role-access"));
            rp.inputs.policy = cipherSecret(rp.inputs.policy);
            doc.deployment.pending_operations = [
                { resource: structuredClone(resourceOf(doc, ROLE, "signer-role")), type: "updating" },
                { resource: rp, type: "updating" },
            ];
            const run = await runner.run(doc);
            assert.equal(run.code, 1);
            assert.deepEqual(
                run.report!.redactedSecrets.map(s => [s.name, s.path, s.custody]),
                [["signer-role-access", "pending_operations[1].inputs.policy", true]],
            );
            assert.deepEqual(
                run.report!.unjudged.map(u => u.path),
                ["pending_operations[1].inputs.policy"],
            );
        });
    });

    describe("audit drift: what a refresh reads into the Role", () => {
        it("the converter's export is a faithful refresh: the Role lists its RolePolicy under inlinePolicies", async () => {
            const doc = await exportOf("prod");
            const role = resourceOf(doc, ROLE, "signer-role");
            const rp = resourceOf(doc, ROLE_POLICY, "signer-role-access");
            assert.deepEqual(role.outputs.inlinePolicies, [{ name: rp.outputs.name, policy: rp.outputs.policy }]);
        });

        it("insecure: an inline policy added in the console (no RolePolicy declares it) is still drift", async () => {
            const doc = await exportOf("prod");
            const role = resourceOf(doc, ROLE, "signer-role");
            role.outputs.inlinePolicies.push({
                name: "console-added",
                policy: JSON.stringify({
                    Version: "2012-10-17",
                    Statement: [{ Effect: "Allow", Action: "dynamodb:Scan", Resource: "*" }],
                }),
            });
            const run = await runner.run(doc);
            assert.equal(run.code, 1);
            assert.deepEqual(
                run.report!.drift.map(d => `${d.name} ${d.property}`),
                ["signer-role inlinePolicies[console-added]"],
            );
            assert.match(run.report!.drift[0].message, /not declared by the program but set in AWS/);
        });

        it("insecure: the RolePolicy's inline policy edited in AWS (the Role's read shows it): drift on the Role, the pack refuses", async () => {
            const doc = await exportOf("prod");
            const role = resourceOf(doc, ROLE, "signer-role");
            const entry = role.outputs.inlinePolicies[0];
            const d = JSON.parse(entry.policy);
            d.Statement = ([] as unknown[]).concat(d.Statement, {
                Effect: "Allow",
                Action: "dynamodb:BatchWriteItem",
                Resource: "*",
            });
            entry.policy = JSON.stringify(d);
            const run = await runner.run(doc);
            assert.equal(run.code, 1);
            const drift = run.report!.drift.find(x => x.property === "inlinePolicies[custody-prod-signer-access]");
            assert.ok(drift, JSON.stringify(run.report!.drift));
            assert.match(drift.message, /only in AWS: .*batchwriteitem/i);
            assert.ok(
                run.report!.violations.some(
                    v => v.policyName === "no-dynamodb-batch" && v.enforcementLevel === "mandatory",
                ),
                JSON.stringify(run.report!.violations.map(v => v.policyName)),
            );
        });

        it("secure: a Role not refreshed since its RolePolicy was created (inline list without it) is no drift", async () => {
            const doc = await exportOf("prod");
            resourceOf(doc, ROLE, "signer-role").outputs.inlinePolicies = [{ name: "", policy: "" }];
            const run = await runner.run(doc);
            assert.equal(run.code, 0, JSON.stringify(run.report?.drift));
        });

        describe("managed policies attached by a RolePolicyAttachment of the program", () => {
            const ATTACHED = "arn:aws:iam::111111111111:policy/custody-prod-signer-extra";

            async function planWithAttachment() {
                const plan = structuredClone(await planOf("prod"));
                const role = plan.resources.find(r => r.type === ROLE && r.name === "signer-role")!;
                const attachment: PlanResource = {
                    ...structuredClone(role),
                    urn: role.urn.replace(
                        /aws:iam\/role:Role::signer-role$/,
                        "aws:iam/rolePolicyAttachment:RolePolicyAttachment::signer-extra",
                    ),
                    type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
                    name: "signer-extra",
                    id: `${role.outputs.name}-extra`,
                    inputs: { role: role.outputs.name, policyArn: ATTACHED },
                    outputs: { role: role.outputs.name, policyArn: ATTACHED, id: `${role.outputs.name}-extra` },
                    aliases: undefined,
                };
                plan.resources.push(attachment);
                return plan;
            }

            it("secure: the Role's managedPolicyArns after refresh lists the program's attachment: no drift", async () => {
                const plan = await planWithAttachment();
                const doc = exportFromPlan(plan);
                assert.deepEqual(resourceOf(doc, ROLE, "signer-role").outputs.managedPolicyArns, [ATTACHED]);
                const state = parseExport(JSON.stringify(doc), "prod.json");
                assert.deepEqual(computeDrift(plan, state.resources).items, []);
            });

            it("insecure: an attachment besides the program's (AdministratorAccess by hand) is drift naming only it", async () => {
                const plan = await planWithAttachment();
                const doc = exportFromPlan(plan);
                resourceOf(doc, ROLE, "signer-role").outputs.managedPolicyArns.push(
                    "arn:aws:iam::aws:policy/AdministratorAccess",
                );
                const state = parseExport(JSON.stringify(doc), "prod.json");
                const items = computeDrift(plan, state.resources).items;
                assert.deepEqual(
                    items.map(d => [d.name, d.property, d.deployed]),
                    [["signer-role", "managedPolicyArns", ["arn:aws:iam::aws:policy/AdministratorAccess"]]],
                );
            });

            it("insecure: without the attachment in the program, the same ARN in the Role's state is drift", async () => {
                const doc = exportFromPlan(await planWithAttachment());
                const state = parseExport(JSON.stringify(doc), "prod.json");
                const items = computeDrift(await planOf("prod"), state.resources).items;
                assert.ok(
                    items.some(d => d.name === "signer-role" && d.property === "managedPolicyArns"),
                    JSON.stringify(items.map(d => [d.name, d.property])),
                );
            });
        });
    });
});
