// Red team 38 (fresh eyes, tools): the audit of `pulumi stack export` files -- the state's graph (parents,
// dependencies), properties the pack or the drift read when they are missing or redacted, DynamoDB replicas, and real
// export shapes (a secret kubeconfig, the Kubernetes provider's `__inputs` checkpoint, references with an empty
// packageVersion).
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { AnalyzerSession, startPolicyPack } from "../../tools/offline/analyzer";
import { PROJECT_DIR } from "../../tools/offline/preview";
import { AuditRunner, exportOf } from "../audit/support";

const SIG = "4dabf18193072939515e22adb298388d";
const SECRET = "1b47061264138c4ac30d75fd1eb44270";
const RESOURCE_REF = "5cf8f73096256a8f31e491e813e4eb8e";

function noStackTrace(text: string): void {
    assert.doesNotMatch(text, /\n\s+at /, "no stack trace");
}

interface ExportResource {
    urn: string;
    type: string;
    inputs?: Record<string, unknown>;
    outputs?: Record<string, unknown>;
    [k: string]: unknown;
}

type Export = {
    version: number;
    features?: string[];
    deployment: { resources: ExportResource[]; [k: string]: unknown };
};

const WIDE = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] });

function find(doc: Export, type: string, name?: string): ExportResource {
    const r = doc.deployment.resources.find(x => x.type === type && (!name || x.urn.endsWith(`::${name}`)));
    assert.ok(r, `${type} ${name ?? ""}`);
    return r;
}

const cipher = (label: string) => ({ [SIG]: SECRET, ciphertext: `v1:AAAA:${label}` });

describe("red team 38: the audit's reading of export graphs and redacted or missing values", function () {
    this.timeout(300_000);
    let tmp: string;
    let session: AnalyzerSession;
    let runner: AuditRunner;

    before(async () => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "r38-tools-"));
        session = await startPolicyPack(path.join(PROJECT_DIR, "policy-pack"));
        runner = new AuditRunner(() => session);
    });
    after(async () => {
        await session?.close();
        runner?.cleanup();
        if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    });

    const prod = async () => (await exportOf("prod")) as unknown as Export;
    const show = (run: { code: number; stderr: string; stdout: string }) =>
        `exit ${run.code}: ${run.stderr.slice(0, 800)} ${run.stdout.slice(0, 600)}`;

    describe("the state's graph (pkg/resource/deploy/snapshot.go VerifyIntegrity)", () => {
        // MISS: audit exit 0 (PASS). Pulumi refuses this state: pkg/resource/deploy/snapshot.go VerifyIntegrity
        // "child resource %s refers to missing parent %s" (and "parent %s comes after it"), so no `pulumi stack export`
        // writes it and `pulumi stack import` refuses it: an edited or merged document the audit judges as a stack.
        // No verdict change shown here (the pack reads parents for component ownership), but the audit accepts a
        // state Pulumi calls invalid, unlike duplicate URNs and unknown providers, which it refuses.
        it.skip("bad input: the signer RolePolicy's parent is a URN no resource of the export has: exit 2 naming it", async () => {
            // VerifyIntegrity: "child resource %s refers to missing parent %s" (pulumi stack import refuses it).
            const doc = await prod();
            const rp = find(doc, "aws:iam/rolePolicy:RolePolicy");
            rp.parent = "urn:pulumi:prod::custody-infra::custody:iam:WorkloadRole::ghost-role";
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /ghost-role/);
            assert.match(run.stderr, /parent/);
            noStackTrace(run.stderr);
        });

        // MISS: audit exit 0 (PASS). VerifyIntegrity: "resource %s dependency %s refers to missing resource" (and
        // "dependency %s comes after it"): Pulumi refuses the state. The pack resolves unknown references through
        // recorded dependencies (round 26), so a dependency list the engine never wrote is a verdict input.
        it.skip("bad input: a dependency on a URN missing from the export: exit 2 naming it", async () => {
            // VerifyIntegrity: "resource %s dependency %s refers to missing resource".
            const doc = await prod();
            const rp = find(doc, "aws:iam/rolePolicy:RolePolicy");
            rp.dependencies = [
                ...((rp.dependencies as string[]) ?? []),
                "urn:pulumi:prod::custody-infra::aws:iam/role:Role::ghost-role",
            ];
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /ghost-role/);
            noStackTrace(run.stderr);
        });
    });

    describe("custody values missing or redacted in the state", () => {
        it("bad input: the signer RolePolicy with inputs.policy Allow * and outputs.policy null: not PASS", async () => {
            // Pulumi's Analyze sees the inputs (Allow *); the audit's view is {...inputs, ...outputs}.
            const doc = await prod();
            const rp = find(doc, "aws:iam/rolePolicy:RolePolicy");
            rp.inputs!.policy = WIDE;
            rp.outputs!.policy = null;
            const run = await runner.run(doc);
            assert.notEqual(run.code, 0, show(run));
            noStackTrace(run.stderr);
        });

        it("insecure: a share key's multiRegion as a ciphertext secret (replicable into other regions): not PASS", async () => {
            const doc = await prod();
            const key = find(doc, "aws:kms/key:Key", "signer-shares-share-1");
            key.outputs!.multiRegion = cipher("true");
            const run = await runner.run(doc);
            assert.notEqual(run.code, 0, show(run));
            noStackTrace(run.stderr);
        });

        it("insecure: a replica of the keystore table added in the console (outputs.replicas, another region): not PASS", async () => {
            // aws.dynamodb.Table `replicas` (global tables version 2019.11.21): a full copy of the custody table in
            // the replica's region, encrypted with the replica's kmsKeyArn.
            const doc = await prod();
            const table = find(doc, "aws:dynamodb/table:Table", "signer-tables-keystore");
            table.outputs!.replicas = [
                {
                    regionName: "us-west-2",
                    kmsKeyArn: "",
                    pointInTimeRecovery: false,
                    propagateTags: false,
                    arn: "arn:aws:dynamodb:us-west-2:111111111111:table/keystore",
                    streamArn: "",
                    streamLabel: "",
                },
            ];
            const run = await runner.run(doc);
            assert.notEqual(run.code, 0, show(run));
            assert.match(run.stdout, /replica/i);
            noStackTrace(run.stderr);
        });

        // MISS: audit exit 0 (PASS), "0 unjudged custody values". The same replica written plainly is refused by the
        // pack (engine/assets.ts reads Table.replicas: a copy under another region's key; case above), but as a
        // ciphertext (an export without --show-secrets of a program that wrapped replicas in pulumi.secret, or
        // additionalSecretOutputs) the pack sees "[secret]", no list, so no replica, and tools/audit/audit.ts
        // isCustodyProperty does not count `replicas` as custody (its name list: polic*, *Arn(s), name, tags,
        // CUSTODY_COMPARISONS ...), so the redacted value is "listed, and passes". Real Pulumi (`pulumi preview
        // --policy-pack`) hands the pack the decrypted value (analyzer_plugin.go MarshalOptions KeepSecrets), which it
        // refuses. isCustodyProperty is a name list where it should be an allowlist: any property a rule reads that is
        // redacted (replicas, streamEnabled, a ClusterRole's rules, a launch template's userData/metadataOptions)
        // should fail closed unless known to be ignored.
        it.skip("insecure: the keystore table's replicas as a ciphertext secret: not PASS (unjudged)", async () => {
            const doc = await prod();
            const table = find(doc, "aws:dynamodb/table:Table", "signer-tables-keystore");
            table.outputs!.replicas = cipher("replicas");
            const run = await runner.run(doc);
            assert.notEqual(run.code, 0, show(run));
            noStackTrace(run.stderr);
        });
    });

    describe("real export shapes", () => {
        it("secure: the Kubernetes provider's kubeconfig as a ciphertext secret (as pulumi-kubernetes stores it): exit 0", async () => {
            const doc = await prod();
            const p = find(doc, "pulumi:providers:kubernetes");
            p.inputs!.kubeconfig = cipher("kubeconfig");
            p.outputs!.kubeconfig = cipher("kubeconfig");
            const run = await runner.run(doc);
            assert.equal(run.code, 0, show(run));
        });

        it("secure: the ServiceAccount's outputs with the `__inputs` checkpoint pulumi-kubernetes writes: exit 0", async () => {
            const doc = await prod();
            const sa = find(doc, "kubernetes:core/v1:ServiceAccount");
            const inputs = { ...sa.inputs };
            delete inputs.__defaults;
            sa.outputs!.__inputs = inputs;
            const run = await runner.run(doc);
            assert.equal(run.code, 0, show(run));
        });

        it("secure: the RolePolicy's role as a resource reference with packageVersion \"\" (the Role's id): exit 0", async () => {
            const doc = await prod();
            const rp = find(doc, "aws:iam/rolePolicy:RolePolicy");
            const role = find(doc, "aws:iam/role:Role");
            const ref = { [SIG]: RESOURCE_REF, urn: role.urn, id: role.id, packageVersion: "" };
            rp.inputs!.role = ref;
            rp.outputs!.role = ref;
            const run = await runner.run(doc);
            assert.equal(run.code, 0, show(run));
        });
    });
});
