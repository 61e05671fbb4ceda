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

type Export = { version: number; features?: string[]; deployment: { resources: ExportResource[] } };

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

        it.skip('secure: the export `pulumi state taint` leaves (version 4, features ["refreshBeforeUpdate", "taint"]): audit exit 0', async () => {
            // MISS: exit 2, "has deployment version 4; the audit reads version 3 (what current Pulumi CLIs export).
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
        });

        it.skip('secure: a version 4 export whose only feature is "hooks" (a program using resource hooks, @pulumi/pulumi 3.248.0): audit exit 0', async () => {
            // MISS: exit 2 as above. Resource hooks (ResourceOptions.hooks, in the pinned SDK) are recorded as the
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
