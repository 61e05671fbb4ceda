// Red team 36 (fresh eyes): the schema version `pulumi stack export` writes when a stack uses a deployment feature
// (version 4 + `features`, pulumi/pulumi pkg/resource/stack/deployment.go), and YAML scalars in a stack file that
// go-yaml v3 (the Pulumi CLI's reader) resolves differently from the tools' YAML 1.2 core reader.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { AnalyzerSession, startPolicyPack } from "../../tools/offline/analyzer";
import { PROJECT_DIR } from "../../tools/offline/preview";
import { main as custodyModelMain } from "../../tools/custody-model/main";
import { AuditRunner, exportOf } from "../audit/support";
import { noStackTrace } from "./support";

async function custodyModel(argv: string[], projectDir: string) {
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

const check = (dir: string) => custodyModel(["--stack", "prod", "--check"], dir);

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

/** A widened signer policy: the RolePolicy's policy (inputs and outputs) set to Allow * on *. */
function widen(doc: Export): void {
    const rp = doc.deployment.resources.find(r => r.type === "aws:iam/rolePolicy:RolePolicy");
    assert.ok(rp, "a RolePolicy");
    const wide = JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }],
    });
    if (rp.inputs) rp.inputs.policy = wide;
    if (rp.outputs) rp.outputs.policy = wide;
}

describe("red team 36: tools and their inputs", function () {
    this.timeout(300_000);
    let tmp: string;
    let session: AnalyzerSession;
    let runner: AuditRunner;

    before(async () => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "r36-tools-"));
        session = await startPolicyPack(path.join(PROJECT_DIR, "policy-pack"));
        runner = new AuditRunner(() => session);
    });
    after(async () => {
        await session?.close();
        runner?.cleanup();
        if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    });

    /** A scratch project with the prod stack (its text edited by `edit`), package.json main index.ts. */
    function project(edit: (stackYaml: string) => string): string {
        const dir = fs.mkdtempSync(path.join(tmp, "proj-"));
        fs.copyFileSync(path.join(PROJECT_DIR, "Pulumi.yaml"), path.join(dir, "Pulumi.yaml"));
        const text = fs.readFileSync(path.join(PROJECT_DIR, "Pulumi.prod.yaml"), "utf8");
        const edited = edit(text);
        assert.notEqual(edited, text, "the edit applies");
        fs.writeFileSync(path.join(dir, "Pulumi.prod.yaml"), edited);
        fs.mkdirSync(path.join(dir, "policy-pack", "config"), { recursive: true });
        fs.copyFileSync(
            path.join(PROJECT_DIR, "policy-pack", "config", "prod.json"),
            path.join(dir, "policy-pack", "config", "prod.json"),
        );
        fs.writeFileSync(path.join(dir, "index.ts"), "export {};\n");
        fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "custody-infra", main: "index.ts" }));
        return dir;
    }

    describe("the deployment schema version a current `pulumi stack export` writes", () => {
        // pulumi/pulumi pkg/resource/stack/deployment.go (CLI >= 3.187.0, #20159 "Support writing v4
        // checkpoints/deployments"): SerializeDeployment collects `features` from every resource (ApplyFeatures:
        // refreshBeforeUpdate, views (viewOf), hooks (resourceHooks), taint, replaceWith, extensionParameterization,
        // snippets-prototype, byteString) and writes `version = DeploymentSchemaVersionLatest` (4) with `features`
        // when any is used, else 3. The diy backend's ExportDeployment (pkg/backend/diy/backend.go) returns the
        // checkpoint's version and features as they are: `pulumi stack export` of a stack with a tainted resource is
        // {"version": 4, "features": ["taint"], "deployment": {...}}. UnmarshalUntypedDeployment reads versions 1-4 and,
        // from 4, refuses features it does not support (ErrDeploymentUnsupportedFeatures: "this stack's deployment
        // needs support for the following features: ...").

        it('secure: the export `pulumi state taint` leaves (version 4, features ["refreshBeforeUpdate", "taint"]): audit exit 0', async () => {
            // Was a MISS (fixed in round 36): exit 2, "has deployment version 4; the audit reads version 3 (what current Pulumi CLIs export).
            // Export it again with a Pulumi CLI 3.x" -- but it was exported by a current CLI 3.x, which writes 4 for
            // this stack whatever is done; the fix the message gives cannot be followed and the stack cannot be
            // audited at all until `pulumi up` replaces the tainted resource. Round 34's taint case wrote the
            // fields into a version 3 export, a shape no CLI writes (deployment.go 326-331: version 4 when features).
            // Doc: pulumi/pulumi pkg/resource/stack/deployment.go ApplyFeatures / SerializeDeployment /
            // UnmarshalUntypedDeployment (`case 3, 4: Both version 3 and 4 can be unmarshaled into DeploymentV3`);
            // sdk/go/common/apitype/core.go DeploymentSchemaVersionLatest = 4; Pulumi CLI docs "pulumi state taint".
            const doc = (await exportOf("prod")) as unknown as Export;
            const role = doc.deployment.resources.find(r => r.type === "aws:iam/role:Role");
            assert.ok(role, "a role");
            role.taint = true;
            role.refreshBeforeUpdate = true;
            doc.version = 4;
            doc.features = ["refreshBeforeUpdate", "taint"];
            const run = await runner.run(doc);
            assert.equal(run.code, 0, `exit ${run.code}: ${run.stderr.slice(0, 600)} ${run.stdout.slice(0, 300)}`);
            // Now tools/audit/exportFile.ts reads versions 3 and 4 (DEPLOYMENT_VERSIONS) and every feature of Pulumi's
            // supportedFeatures (DEPLOYMENT_FEATURES); DECIDED: a tainted resource is judged as deployed (it is live
            // until the next up replaces it with what the program declares, which the drift compares) and listed.
            assert.deepEqual(run.report?.tainted, [role.urn]);
            assert.deepEqual(run.report?.export.features, ["refreshBeforeUpdate", "taint"]);
        });

        it('secure: a version 4 export whose only feature is "hooks" (a program using resource hooks, @pulumi/pulumi 3.248.0): audit exit 0', async () => {
            // Was a MISS (fixed in round 36): exit 2 as above. Resource hooks (ResourceOptions.hooks, in the pinned SDK) are recorded as the
            // resource's `resourceHooks` and make every export of the stack version 4 (ApplyFeatures: hooksFeature);
            // they change nothing the resource grants.
            // Doc: pulumi/pulumi pkg/resource/stack/deployment.go ApplyFeatures (len(res.ResourceHooks) > 0);
            // Pulumi docs "Resource hooks".
            const doc = (await exportOf("prod")) as unknown as Export;
            const role = doc.deployment.resources.find(r => r.type === "aws:iam/role:Role");
            assert.ok(role, "a role");
            role.resourceHooks = { AfterCreate: ["notify"] };
            doc.version = 4;
            doc.features = ["hooks"];
            const run = await runner.run(doc);
            assert.equal(run.code, 0, `exit ${run.code}: ${run.stderr.slice(0, 600)} ${run.stdout.slice(0, 300)}`);
        });

        it("bad input: a widened signer policy in a version 4 export (taint feature): not PASS", async () => {
            const doc = (await exportOf("prod")) as unknown as Export;
            widen(doc);
            doc.version = 4;
            doc.features = ["taint"];
            const run = await runner.run(doc);
            assert.notEqual(run.code, 0, `PASS on Allow *: ${run.stdout.slice(0, 300)}`);
            noStackTrace(run.stderr);
        });

        it('bad input: version 4 with a feature the CLI does not support ("futureThing"): exit 2, no report', async () => {
            // Pulumi refuses it (validateSupportedFeatures): the audit may not read what the CLI cannot.
            const doc = (await exportOf("prod")) as unknown as Export;
            doc.version = 4;
            doc.features = ["futureThing"];
            const run = await runner.run(doc);
            assert.equal(run.code, 2, `exit ${run.code}: ${run.stderr.slice(0, 600)}`);
            assert.match(run.stderr, /version|feature/);
            assert.equal(run.report, undefined);
            noStackTrace(run.stderr);
        });

        it("bad input: version 5 (newer than any CLI writes: ErrDeploymentSchemaVersionTooNew): exit 2 naming the version", async () => {
            const doc = (await exportOf("prod")) as unknown as Export;
            doc.version = 5;
            const run = await runner.run(doc);
            assert.equal(run.code, 2, `exit ${run.code}: ${run.stderr.slice(0, 600)}`);
            assert.match(run.stderr, /version 5/);
            noStackTrace(run.stderr);
        });

        it('bad input: version "3" (a string: Go\'s UntypedDeployment.Version is an int and refuses it): exit 2', async () => {
            const doc = (await exportOf("prod")) as unknown as { version: unknown };
            doc.version = "3";
            const run = await runner.run(doc);
            assert.equal(run.code, 2, `exit ${run.code}: ${run.stderr.slice(0, 600)}`);
            noStackTrace(run.stderr);
        });
    });

    describe("round 36 neighbours: each version 4 feature, and what it changes for the verdict", () => {
        // pulumi/pulumi pkg/resource/stack/deployment.go (v3.259.0) supportedFeatures: refreshBeforeUpdate, views,
        // hooks, taint, replaceWith, snippets-prototype, extensionParameterization, byteString; ApplyFeatures says
        // which ResourceV3 field sets each. tools/audit/exportFile.ts DEPLOYMENT_FEATURES records the decision for each.

        const v4 = async (features: string[] | undefined) => {
            const doc = (await exportOf("prod")) as unknown as Export & { deployment: Record<string, unknown> };
            doc.version = 4;
            if (features) doc.features = features;
            return doc;
        };
        const resource = (doc: Export, type: string) => {
            const r = doc.deployment.resources.find(x => x.type === type);
            assert.ok(r, type);
            return r;
        };

        it("secure: version 4 without a features field (UnmarshalUntypedDeployment: no feature to refuse): exit 0", async () => {
            const run = await runner.run(await v4(undefined));
            assert.equal(run.code, 0, `exit ${run.code}: ${run.stderr.slice(0, 600)} ${run.stdout.slice(0, 300)}`);
        });

        it('secure: version 4 with "refreshBeforeUpdate", "replaceWith" and "extensionParameterization" set on live resources: exit 0', async () => {
            // DECIDED: none changes what a resource grants: each is judged as it is.
            const doc = await v4(["extensionParameterization", "refreshBeforeUpdate", "replaceWith"]);
            const role = resource(doc, "aws:iam/role:Role");
            const key = resource(doc, "aws:kms/key:Key");
            role.refreshBeforeUpdate = true;
            // replaceWith names an earlier resource (Pulumi's VerifyIntegrity refuses a later one).
            key.replaceWith = [role.urn];
            role.extensionRef = "sha256:0f1e";
            (doc.deployment as Record<string, unknown>).extensions = {
                "sha256:0f1e": { name: "ext", version: "1.0.0", value: Buffer.from("{}").toString("base64") },
            };
            const run = await runner.run(doc);
            assert.equal(run.code, 0, `exit ${run.code}: ${run.stderr.slice(0, 600)} ${run.stdout.slice(0, 300)}`);
        });

        it("bad input: a tainted signer RolePolicy widened to Allow * (version 4, taint): not PASS, the violation kept", async () => {
            // DECIDED: taint does not set a resource apart (unlike `delete: true`): it is live until the next up.
            const doc = await v4(["taint"]);
            widen(doc);
            resource(doc, "aws:iam/rolePolicy:RolePolicy").taint = true;
            const run = await runner.run(doc);
            assert.equal(run.code, 1, `exit ${run.code}: ${run.stderr.slice(0, 600)}`);
            assert.ok(
                run.report?.violations.some(v => v.enforcementLevel === "mandatory"),
                "a mandatory violation",
            );
            assert.equal(run.report?.tainted.length, 1);
        });

        it('bad input: a view (viewOf, "views") is judged as a resource of the stack and is drift: exit 1 naming its owner', async () => {
            // DECIDED: a view stands for real infrastructure its owner's provider manages (a Terraform module's role,
            // pulumi/pulumi#19240), and Pulumi's AnalyzeSnapshot judges it like any resource; this program declares no
            // resource whose provider reports views, so a view is drift, and the pack judges what it grants.
            const doc = await v4(["views"]);
            const owner = resource(doc, "aws:iam/rolePolicy:RolePolicy");
            const wide = JSON.stringify({
                Version: "2012-10-17",
                Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }],
            });
            // Its URN as the engine mints it (resource_status.go: generateURN(viewOf, type, name)): a child of the owner.
            const [prefix, project, ownerType] = owner.urn.split("::");
            const view: ExportResource = {
                urn: `${prefix}::${project}::${ownerType}$aws:iam/rolePolicy:RolePolicy::module-extra`,
                custom: false,
                type: "aws:iam/rolePolicy:RolePolicy",
                parent: owner.urn,
                viewOf: owner.urn,
                inputs: { name: "module-extra", role: (owner.inputs as { role: unknown }).role, policy: wide },
                outputs: { name: "module-extra", role: (owner.outputs as { role: unknown }).role, policy: wide },
            };
            doc.deployment.resources.push(view);
            const run = await runner.run(doc);
            assert.equal(run.code, 1, `exit ${run.code}: ${run.stderr.slice(0, 600)}`);
            const drift = run.report?.drift.find(d => d.urn === view.urn);
            assert.ok(drift, "the view is drift");
            assert.ok(drift.message.includes(`a view of ${owner.urn}`), drift.message);
            assert.ok(
                run.report?.violations.some(v => v.urn === view.urn && v.enforcementLevel === "mandatory"),
                `the pack judged the view: ${JSON.stringify(run.report?.violations.map(v => [v.policyName, v.urn]))}`,
            );
        });

        it('bad input: a PCL snippet ("snippets-prototype") that every pulumi up reruns: exit 1, the snippet unjudged, its resource drift', async () => {
            // DECIDED: the audit cannot evaluate PCL (DeploymentV3.snippets: "The engine reruns these on every update to
            // produce additional resources alongside the program's"): the snippet is unjudged, what it registered is
            // judged as state and is drift that the next up keeps (not "would delete it").
            const doc = await v4(["snippets-prototype"]);
            const uuid = "5b1f2d0e-4c3a-4f5e-9a7b-0c1d2e3f4a5b";
            const bucket: ExportResource = {
                urn: "urn:pulumi:prod::custody-infra::aws:s3/bucket:Bucket::side",
                custom: true,
                type: "aws:s3/bucket:Bucket",
                id: "side",
                snippetID: uuid,
                provider: resource(doc, "aws:iam/role:Role").provider,
                inputs: { bucket: "side" },
                outputs: { bucket: "side", arn: "arn:aws:s3:::side" },
            };
            doc.deployment.resources.push(bucket);
            doc.deployment.snippets = [
                {
                    uuid,
                    name: "side",
                    type: "aws:s3/bucket:Bucket",
                    code: 'bucket = "side"',
                    descriptor: { name: "aws", version: "7.48.0" },
                },
            ];
            const run = await runner.run(doc);
            assert.equal(run.code, 1, `exit ${run.code}: ${run.stderr.slice(0, 600)}`);
            assert.ok(
                run.report?.unjudged.some(u => u.path === "deployment.snippets[0]" && /PCL snippet/.test(u.message)),
                JSON.stringify(run.report?.unjudged),
            );
            const drift = run.report?.drift.find(d => d.urn === bucket.urn);
            assert.match(drift?.message ?? "", /registered by the state's PCL snippet/);
        });

        it('bad input: a byte string that is not UTF-8 in a live resource ("byteString"): exit 1, the value unjudged by path', async () => {
            // DECIDED: no policy pack can receive it (Pulumi's Analyzer refuses non-UTF-8 strings), so it fails closed.
            const doc = await v4(["byteString"]);
            const role = resource(doc, "aws:iam/role:Role");
            const bytes = { "4dabf18193072939515e22adb298388d": "803fd3297a5875dc03ca845dda5d2a98", value: "/w==" };
            (role.outputs as Record<string, unknown>).description = bytes;
            const run = await runner.run(doc);
            assert.equal(run.code, 1, `exit ${run.code}: ${run.stderr.slice(0, 600)}`);
            assert.ok(
                run.report?.unjudged.some(u => u.urn === role.urn && u.path === "outputs.description"),
                JSON.stringify(run.report?.unjudged),
            );
        });

        it("secure: a byte string whose bytes are UTF-8 text is read as that text (as Pulumi decodes it): exit 0", async () => {
            const doc = await v4(["byteString"]);
            const role = resource(doc, "aws:iam/role:Role");
            const outputs = role.outputs as Record<string, unknown>;
            assert.equal(typeof outputs.name, "string");
            outputs.name = {
                "4dabf18193072939515e22adb298388d": "803fd3297a5875dc03ca845dda5d2a98",
                value: Buffer.from(outputs.name as string).toString("base64"),
            };
            const run = await runner.run(doc);
            assert.equal(run.code, 0, `exit ${run.code}: ${run.stderr.slice(0, 600)} ${run.stdout.slice(0, 300)}`);
        });

        it('bad input: a malformed byte string (value not base64; Pulumi: "malformed byte string"): exit 2 naming the path', async () => {
            const doc = await v4(["byteString"]);
            const role = resource(doc, "aws:iam/role:Role");
            (role.outputs as Record<string, unknown>).description = {
                "4dabf18193072939515e22adb298388d": "803fd3297a5875dc03ca845dda5d2a98",
                value: "not base64!",
            };
            const run = await runner.run(doc);
            assert.equal(run.code, 2, `exit ${run.code}: ${run.stderr.slice(0, 600)}`);
            assert.match(run.stderr, /byte string at outputs\.description/);
            noStackTrace(run.stderr);
        });

        it('bad input: version 4 listing "Taint" beside "taint" (feature names are case-sensitive): exit 2 naming "Taint" only', async () => {
            const run = await runner.run(await v4(["taint", "Taint"]));
            assert.equal(run.code, 2, `exit ${run.code}: ${run.stderr.slice(0, 600)}`);
            assert.match(run.stderr, /does not know: "Taint"\./);
            assert.match(run.stderr, /this stack's deployment needs support for the following features/);
            assert.equal(run.report, undefined);
            noStackTrace(run.stderr);
        });

        it('bad input: "features" written as a string, or "Features" for the field: exit 2', async () => {
            const asString = (await v4(undefined)) as unknown as Record<string, unknown>;
            asString.features = "taint";
            let run = await runner.run(asString);
            assert.equal(run.code, 2, `exit ${run.code}: ${run.stderr.slice(0, 600)}`);
            assert.match(run.stderr, /"features" is "taint", not a list of feature names/);
            const folded = (await v4(undefined)) as unknown as Record<string, unknown>;
            folded.Features = ["futureThing"];
            run = await runner.run(folded);
            assert.equal(run.code, 2, `exit ${run.code}: ${run.stderr.slice(0, 600)}`);
            assert.match(run.stderr, /"Features" is the field features/);
            noStackTrace(run.stderr);
        });

        it('bad input: version 2 (an old schema): exit 2, export again with a current CLI (not "a Pulumi CLI 3.x")', async () => {
            const doc = await exportOf("prod");
            doc.version = 2;
            const run = await runner.run(doc);
            assert.equal(run.code, 2, `exit ${run.code}: ${run.stderr.slice(0, 600)}`);
            assert.match(run.stderr, /deployment version 2, an older schema/);
            assert.match(run.stderr, /current Pulumi CLI/);
            assert.doesNotMatch(run.stderr, /CLI 3\.x:/);
        });

        it("secure: version 3 listing an unknown feature (Pulumi checks features from version 4 only): exit 0", async () => {
            // DECIDED: read as Pulumi reads it (validateSupportedFeatures runs for `Version >= 4`); the fields the
            // audit judges are read from the deployment whatever the version says.
            const doc = (await exportOf("prod")) as unknown as Export;
            doc.features = ["futureThing"];
            const run = await runner.run(doc);
            assert.equal(run.code, 0, `exit ${run.code}: ${run.stderr.slice(0, 600)} ${run.stdout.slice(0, 300)}`);
        });
    });

    describe("YAML scalars go-yaml v3 resolves otherwise than YAML 1.2 core", () => {
        // The Pulumi CLI reads stack files with gopkg.in/yaml.v3 (sdk/go/common/encoding/marshal.go) into
        // interface{} (config/object.go UnmarshalYAML -> unmarshalObject); go-yaml v3's resolve() drops `_` and
        // parses plain digits with strconv.ParseInt(plain, 0, 64): `0b1` and `0_1` are the integer 1, `010` is
        // octal 8. YAML 1.2 core (the tools' reader) reads `0b1`/`0_1` as strings and `010` as 10. Such a value
        // must be refused, never read as another number than Pulumi passes the program.

        it("bad input: signer shares threshold `0b1` (1 to Pulumi: one account rebuilds the key): custody-model --check refuses", async () => {
            const dir = project(t => t.replace("threshold: 2", "threshold: 0b1"));
            const r = await check(dir);
            assert.notEqual(r.code, 0, `accepted: ${r.stdout.slice(0, 300)}`);
            assert.match(r.stderr, /threshold/);
            noStackTrace(r.stderr);
        });

        it("bad input: threshold `0_1` (go-yaml drops the underscore: 1): refused naming threshold", async () => {
            const dir = project(t => t.replace("threshold: 2", "threshold: 0_1"));
            const r = await check(dir);
            assert.notEqual(r.code, 0, `accepted: ${r.stdout.slice(0, 300)}`);
            assert.match(r.stderr, /threshold/);
            noStackTrace(r.stderr);
        });

        it("bad input: threshold `01` (octal 1 to Pulumi, 1 to YAML 1.2: a threshold of one): refused", async () => {
            const dir = project(t => t.replace("threshold: 2", "threshold: 01"));
            const r = await check(dir);
            assert.notEqual(r.code, 0, `accepted: ${r.stdout.slice(0, 300)}`);
            noStackTrace(r.stderr);
        });

        it("secure: threshold written `0x2` or `+2` (2 to go-yaml v3 and to YAML 1.2 core): --check agrees", async () => {
            for (const spelling of ["0x2", "+2", '"2"']) {
                const dir = project(t => t.replace("threshold: 2", `threshold: ${spelling}`));
                const r = await check(dir);
                assert.equal(r.code, 0, `${spelling}: exit ${r.code}: ${r.stderr.slice(0, 600)}`);
            }
        });
    });
});
