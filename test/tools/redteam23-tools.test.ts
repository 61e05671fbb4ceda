// Red team 23 (final round, fresh eyes): bad input and the tools' promises. Stack files with YAML merge keys (which
// Pulumi's Go YAML reader applies, pulumi/pulumi#6480), exports holding resources pending deletion, provider
// references the export does not hold, and CLI spellings operators copy from the Pulumi CLI.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { AnalyzerSession, startPolicyPack } from "../../tools/offline/analyzer";
import { PROJECT_DIR } from "../../tools/offline/preview";
import { main as custodyModelMain } from "../../tools/custody-model/main";
import { ExportDocument, ExportResource } from "../audit/exportFromPlan";
import { AuditRunner, exportOf } from "../audit/support";
import { noStackTrace } from "./support";

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

describe("red team 23: the tools (stack/project config, exports, flags)", function () {
    this.timeout(300_000);
    let session: AnalyzerSession;
    let runner: AuditRunner;
    let tmp: string;

    before(async () => {
        session = await startPolicyPack(path.join(PROJECT_DIR, "policy-pack"));
        runner = new AuditRunner(() => session);
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "r23-tools-"));
    });
    after(async () => {
        await session?.close();
        runner?.cleanup();
        if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    });

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

    function editStack(dir: string, stack: string, edit: (text: string) => string): void {
        const file = path.join(dir, `Pulumi.${stack}.yaml`);
        const text = fs.readFileSync(file, "utf8");
        const next = edit(text);
        assert.notEqual(next, text, "the edit applied");
        fs.writeFileSync(file, next);
    }

    describe("YAML merge keys in the stack file (Pulumi applies them: pulumi/pulumi#6480)", () => {
        // Fixed in round 23 (stackFile.ts parses with merge keys); was a MISS: a stack file using a YAML merge key (`<<: {...}` or `<<: *anchor`) is read by Pulumi with the merge
        // applied (pulumi/pulumi#6480: `pulumi config get proj:data` shows the merged object; the stack file is read
        // by Go's YAML library, which implements `<<`). The offline tools parse YAML 1.2 without merge keys
        // (tools/offline/stackFile.ts: yaml `parse` default, merge off), so `<<` becomes a literal key: custody-model
        // and the preview refuse a config Pulumi deploys, with "custody-infra:tags.<<: expected a string, got an
        // object" (signer: "unknown setting"), which names neither the merge key nor the fix. Fail-closed, but not "a
        // clear error naming what is wrong and how to fix it". Expected: the merge applied (yaml `parse(text, {merge:
        // true})`), or one sentence saying YAML merge keys are not read offline, write the keys out.
        it("secure: tags and the signer's section written with a YAML merge key: read merged, or refused naming merge keys", async () => {
            const dir = scratch("prod");
            editStack(dir, "prod", t =>
                t
                    .replace(
                        "  custody-infra:tags:\n    environment: prod\n",
                        '  custody-infra:tags:\n    <<: {cost-center: "4711"}\n    environment: prod\n',
                    )
                    .replace(
                        "  custody-infra:signer:\n    namespace: validators\n    serviceAccount: containment-chamber\n",
                        "  custody-infra:signer:\n    <<: {namespace: validators, serviceAccount: containment-chamber}\n",
                    ),
            );
            const r = await custodyModel(["--stack", "prod", "--check"], dir);
            noStackTrace(r.stderr);
            assert.equal(r.code, 0, r.stderr);
        });
    });

    describe("audit exports", () => {
        // A replaced resource whose deletion failed stays in AWS (`delete: true` in the export, pulumi/pulumi
        // apitype ResourceV3 "Delete is true when the resource should be deleted during the next update"): an old
        // inline policy Allow * on the signer role still grants it. The audit does not let it pass: FAIL, listed.
        it("insecure: an old RolePolicy (Allow *) on the signer role pending deletion: the audit fails and lists it", async () => {
            const doc: ExportDocument = await exportOf("prod");
            const rp = doc.deployment.resources.find(r => r.type === ROLE_POLICY)!;
            const old: ExportResource = JSON.parse(JSON.stringify(rp));
            old.delete = true;
            old.id = `${String(rp.id).split(":")[0]}:old-policy`;
            const wide = JSON.stringify({
                Version: "2012-10-17",
                Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }],
            });
            old.inputs.policy = wide;
            old.outputs.policy = wide;
            old.inputs.name = old.outputs.name = "old-policy";
            doc.deployment.resources.push(old);
            const r = await runner.run(doc);
            noStackTrace(r.stderr);
            assert.equal(r.code, 1, r.stderr);
            assert.equal(r.report?.pendingDeletion.length, 1);
            assert.match(r.stdout, /1 resource pending deletion/);
        });

        it("insecure: a RolePolicy whose provider reference names a provider the export does not hold: unjudged, exit 1", async () => {
            const doc: ExportDocument = await exportOf("prod");
            const rp = doc.deployment.resources.find(r => r.type === ROLE_POLICY)!;
            rp.provider = String(rp.provider).replace(/::[^:]+::([^:]+)$/, "::gone::$1");
            const r = await runner.run(doc);
            noStackTrace(r.stderr);
            assert.equal(r.code, 1, r.stderr);
            assert.match(r.stdout, /1 unjudged custody value/);
        });

        it("bad input: --state a directory: exit 2 naming the file, no internal error", async () => {
            const r = await runner.argv("--state", tmp);
            noStackTrace(r.stderr);
            assert.equal(r.code, 2, r.stderr);
            assert.ok(r.stderr.includes(tmp), r.stderr);
        });
    });

    describe("CLI spellings copied from the Pulumi CLI", () => {
        it("bad input: audit --stack acme/custody-infra/prod (Pulumi's fully qualified name): exit 2 saying pass --stack prod", async () => {
            const r = await runner.run(await exportOf("prod"), "--stack", "acme/custody-infra/prod");
            noStackTrace(r.stderr);
            assert.equal(r.code, 2, r.stderr);
            assert.match(r.stderr, /pass --stack prod/);
        });

        it("bad input: custody-model --stack acme/custody-infra/prod: exit 2 naming the value, with the usage", async () => {
            const r = await custodyModel(["--stack", "acme/custody-infra/prod", "--check"]);
            noStackTrace(r.stderr);
            assert.equal(r.code, 2, r.stderr);
            assert.match(r.stderr, /"acme\/custody-infra\/prod" is not a stack name/);
        });

        it("bad input: custody-model --config a directory: exit 2 naming it and --config", async () => {
            const r = await custodyModel(["--stack", "prod", "--config", tmp, "--check"]);
            noStackTrace(r.stderr);
            assert.equal(r.code, 2, r.stderr);
            assert.match(r.stderr, /is a directory/);
        });

        it("secure: custody-model --stack prod --check from the committed files agrees (exit 0)", async () => {
            const r = await custodyModel(["--stack", "prod", "--check"]);
            assert.equal(r.code, 0, r.stderr);
        });
    });
});
