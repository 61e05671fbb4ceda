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
import { Export, find, noStackTrace } from "./support";

const SIG = "4dabf18193072939515e22adb298388d";
const SECRET = "1b47061264138c4ac30d75fd1eb44270";
const RESOURCE_REF = "5cf8f73096256a8f31e491e813e4eb8e";

const WIDE = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] });

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
        // Was a MISS (fixed in round 38): audit exit 0 (PASS). Pulumi refuses this state: pkg/resource/deploy/snapshot.go
        // VerifyIntegrity "child resource %s refers to missing parent %s" (and "parent %s comes after it"), so no
        // `pulumi stack export` writes it and `pulumi stack import` refuses it: an edited or merged document the audit
        // judged as a stack. tools/audit/exportFile.ts graphProblems now walks deployment.resources as VerifyIntegrity
        // does (GetAllDependencies: parent, dependencies, propertyDependencies, deletedWith, replaceWith; each must name
        // an entry listed before it, pending deletions included) and refuses the export, exit 2.
        it("bad input: the signer RolePolicy's parent is a URN no resource of the export has: exit 2 naming it", async () => {
            // VerifyIntegrity: "child resource %s refers to missing parent %s" (pulumi stack import refuses it).
            const doc = await prod();
            const rp = find(doc, "aws:iam/rolePolicy:RolePolicy");
            rp.parent = "urn:pulumi:prod::custody-infra::custody:iam:WorkloadRole::ghost-role";
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /ghost-role/);
            assert.match(run.stderr, /parent/);
            assert.match(run.stderr, /signer-role-access/);
            assert.match(run.stderr, /pulumi stack export --file FILE/);
            noStackTrace(run.stderr);
        });

        // Was a MISS (fixed in round 38): audit exit 0 (PASS). VerifyIntegrity: "resource %s's dependency %s refers to
        // missing resource" (and "dependency %s comes after it"): Pulumi refuses the state. The pack resolves unknown
        // references through recorded dependencies (round 26), so a dependency list the engine never wrote is a verdict
        // input. Refused by exportFile.ts graphProblems, exit 2.
        it("bad input: a dependency on a URN missing from the export: exit 2 naming it", async () => {
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
            assert.match(run.stderr, /dependency/);
            noStackTrace(run.stderr);
        });

        it("bad input: a property dependency (policy) on a URN missing from the export: exit 2 naming it and the property", async () => {
            // VerifyIntegrity: "resource %s's property dependency %s (from property %s) refers to missing resource".
            const doc = await prod();
            const key = find(doc, "aws:kms/key:Key", "signer-shares-share-1");
            const pd = key.propertyDependencies as Record<string, string[]>;
            pd.policy = [...pd.policy, "urn:pulumi:prod::custody-infra::aws:iam/role:Role::ghost-admin"];
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /ghost-admin/);
            assert.match(run.stderr, /from property policy/);
            assert.match(run.stderr, /signer-shares-share-1/);
            noStackTrace(run.stderr);
        });

        it("bad input: deletedWith a URN missing from the export: exit 2 naming it", async () => {
            // VerifyIntegrity: "resource %s is specified as being deleted with %s, which is missing".
            const doc = await prod();
            find(doc, "aws:kms/alias:Alias", "signer-shares-share-1-alias").deletedWith =
                "urn:pulumi:prod::custody-infra::aws:kms/key:Key::ghost-key";
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /deleted with .*ghost-key/);
            noStackTrace(run.stderr);
        });

        it("bad input: a parent listed AFTER its children (the ShareKeyRing component moved to the end): exit 2, every child named", async () => {
            // VerifyIntegrity: "Parents must precede children": "child resource %s's parent %s comes after it".
            const doc = await prod();
            const ring = find(doc, "custody:kms:ShareKeyRing");
            doc.deployment.resources = [...doc.deployment.resources.filter(r => r !== ring), ring];
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /signer-shares-share-1's parent .*signer-shares comes after it/);
            assert.match(run.stderr, /signer-shares-share-3-alias/);
            noStackTrace(run.stderr);
        });

        it("bad input: `dependencies` written as one URN string, not a list: exit 2 naming the field", async () => {
            // Go's encoding/json cannot decode a string into ResourceV3.Dependencies ([]URN): Pulumi cannot read it.
            const doc = await prod();
            const rp = find(doc, "aws:iam/rolePolicy:RolePolicy");
            rp.dependencies = find(doc, "aws:iam/role:Role").urn;
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /`dependencies` is a string, not a list of URN strings/);
            noStackTrace(run.stderr);
        });

        it("bad input: a provider reference that is no `<provider urn>::<id>` (a Role's URN): exit 2", async () => {
            // VerifyIntegrity: "failed to parse provider reference" (ParseReference: the type must be pulumi:providers:*).
            const doc = await prod();
            const rp = find(doc, "aws:iam/rolePolicy:RolePolicy");
            const role = find(doc, "aws:iam/role:Role");
            rp.provider = `${role.urn}::${role.id as string}`;
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /failed to parse provider reference/);
            assert.match(run.stderr, /signer-role-access/);
            noStackTrace(run.stderr);
        });

        it("insecure: an AWS provider listed after the resources it creates: those resources unjudged (exit 1), not PASS", async () => {
            // VerifyIntegrity: "A resource's provider must precede the resource" ("refers to unknown provider"); the
            // audit reports provider problems as unjudged resources (rounds 23-24).
            const doc = await prod();
            const p = find(doc, "pulumi:providers:aws", "aws-signer");
            doc.deployment.resources = [...doc.deployment.resources.filter(r => r !== p), p];
            const run = await runner.run(doc);
            assert.equal(run.code, 1, show(run));
            const unjudged = run.report!.unjudged.filter(u => u.path === "provider");
            assert.ok(
                unjudged.some(u => u.name === "signer-role-access"),
                JSON.stringify(run.report!.unjudged),
            );
            assert.ok(unjudged.every(u => /comes after it/.test(u.message)));
        });

        it("secure: prod's own graph (parents, dependencies, property dependencies, each listed before): exit 0", async () => {
            const doc = await prod();
            const rp = find(doc, "aws:iam/rolePolicy:RolePolicy");
            assert.ok(rp.parent && (rp.dependencies as string[]).length > 0 && rp.propertyDependencies);
            const run = await runner.run(doc);
            assert.equal(run.code, 0, show(run));
        });

        it("secure: a dependency on a URN listed earlier only as a `delete: true` entry (Pulumi keys every earlier entry): read, exit 1 for the pending deletion", async () => {
            // VerifyIntegrity adds every entry to its URN set, pending deletions included: a resource replaced under
            // another name (its old copy awaiting deletion) may still be named by a dependent until the next update.
            const doc = await prod();
            const role = find(doc, "aws:iam/role:Role");
            const old = structuredClone(role);
            old.urn = role.urn.replace(/::signer-role$/, "::signer-role-old");
            old.delete = true;
            const rp = find(doc, "aws:iam/rolePolicy:RolePolicy");
            const at = doc.deployment.resources.indexOf(role) + 1;
            doc.deployment.resources.splice(at, 0, old);
            rp.dependencies = [...(rp.dependencies as string[]), old.urn];
            const run = await runner.run(doc);
            assert.equal(run.code, 1, show(run));
            assert.deepEqual(
                run.report!.pendingDeletion.map(d => [d.name, d.reason]),
                [["signer-role-old", "delete"]],
            );
            assert.doesNotMatch(run.stderr, /VerifyIntegrity/);
        });

        it('secure: empty and null entries in dependencies (Go reads null as ""; GetAllDependencies skips ""): exit 0', async () => {
            const doc = await prod();
            const rp = find(doc, "aws:iam/rolePolicy:RolePolicy");
            rp.dependencies = [...(rp.dependencies as string[]), "", null];
            rp.deletedWith = "";
            const run = await runner.run(doc);
            assert.equal(run.code, 0, show(run));
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

        // Was a MISS (fixed in round 38): audit exit 0 (PASS), "0 unjudged custody values". The same replica written
        // plainly is refused by the pack (engine/assets.ts reads Table.replicas: a copy under another region's key; case
        // above), but as a ciphertext (an export without --show-secrets of a program that wrapped replicas in
        // pulumi.secret, or additionalSecretOutputs) the pack sees "[secret]", no list, so no replica, and
        // tools/audit/audit.ts isCustodyProperty did not count `replicas` as custody (a name list), so the redacted value
        // was "listed, and passes". Real Pulumi (`pulumi preview --policy-pack`) hands the pack the decrypted value
        // (analyzer_plugin.go MarshalOptions KeepSecrets), which it refuses. The list is now inverted
        // (IGNORED_WHEN_REDACTED): a redacted value leaves its resource unjudged unless its property is one no rule reads.
        it("insecure: the keystore table's replicas as a ciphertext secret: not PASS (unjudged)", async () => {
            const doc = await prod();
            const table = find(doc, "aws:dynamodb/table:Table", "signer-tables-keystore");
            table.outputs!.replicas = cipher("replicas");
            const run = await runner.run(doc);
            assert.notEqual(run.code, 0, show(run));
            assert.ok(
                run.report!.unjudged.some(u => u.path === "outputs.replicas" && /--show-secrets/.test(u.message)),
                JSON.stringify(run.report!.unjudged),
            );
            noStackTrace(run.stderr);
        });

        it("insecure: the keystore table's streamEnabled as a ciphertext secret: unjudged, exit 1", async () => {
            const doc = await prod();
            const table = find(doc, "aws:dynamodb/table:Table", "signer-tables-keystore");
            table.inputs!.streamEnabled = cipher("true");
            table.outputs!.streamEnabled = cipher("true");
            const run = await runner.run(doc);
            assert.equal(run.code, 1, show(run));
            assert.deepEqual(
                run.report!.unjudged.map(u => u.path),
                ["inputs.streamEnabled", "outputs.streamEnabled"],
            );
        });

        it("insecure: an AWS provider's `endpoints` as a ciphertext secret (read by aws-provider-pinned): unjudged, exit 1", async () => {
            const doc = await prod();
            const p = find(doc, "pulumi:providers:aws", "aws-signer");
            p.inputs!.endpoints = cipher("endpoints");
            const run = await runner.run(doc);
            assert.equal(run.code, 1, show(run));
            assert.ok(run.report!.unjudged.some(u => u.path === "inputs.endpoints" && u.name === "aws-signer"));
        });

        it("secure: an AWS provider's static secretKey and token as ciphertext secrets (no rule reads them): listed, exit 0", async () => {
            const doc = await prod();
            const p = find(doc, "pulumi:providers:aws", "aws-signer");
            p.inputs!.secretKey = cipher("secretKey");
            p.inputs!.token = cipher("token");
            const run = await runner.run(doc);
            assert.equal(run.code, 0, show(run));
            const listed = run.report!.redactedSecrets;
            assert.ok(listed.some(s => s.path === "inputs.secretKey") && listed.some(s => s.path === "inputs.token"));
            assert.ok(
                listed.every(s => s.name === "aws-signer" && !s.custody),
                JSON.stringify(listed),
            );
        });

        it("secure: a secret in the ServiceAccount's `__inputs` checkpoint (an internal key Pulumi never hands a pack): exit 0", async () => {
            const doc = await prod();
            const sa = find(doc, "kubernetes:core/v1:ServiceAccount");
            sa.outputs!.__inputs = { metadata: cipher("metadata") };
            const run = await runner.run(doc);
            assert.equal(run.code, 0, show(run));
            assert.ok(run.report!.redactedSecrets.some(s => s.path === "outputs.__inputs.metadata" && !s.custody));
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
