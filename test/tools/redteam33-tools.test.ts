// Red team 33 (fresh eyes): the project's entry point as Pulumi's Node.js host really resolves it
// (@pulumi/pulumi 3.248.0 cmd/run/run.js: package.json `exports` / `exports["."]` / `main` only when Pulumi.yaml names
// no main, then `require(dir + "/")` for CommonJS, which is Node's LOAD_AS_DIRECTORY: package.json "main", then
// index.js; for "type": "module" index.js, index.mjs, index.ts, index.mts in that order), exports read with
// case-variant keys, and what a careful team legitimately writes (JSON stack/project files, data keys in any case).
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse } from "yaml";
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

const EVIL = "module.exports = {}; // registers resources nobody judged\n";

describe("red team 33: bad input and the tools", function () {
    this.timeout(300_000);
    let tmp: string;
    let session: AnalyzerSession;
    let runner: AuditRunner;

    before(async () => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "r33-tools-"));
        session = await startPolicyPack(path.join(PROJECT_DIR, "policy-pack"));
        runner = new AuditRunner(() => session);
    });
    after(async () => {
        await session?.close();
        runner?.cleanup();
        if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    });

    /** A scratch project with the prod stack; `files` (relative paths) written at its root. */
    function project(files: Record<string, string>): string {
        const dir = fs.mkdtempSync(path.join(tmp, "proj-"));
        fs.copyFileSync(path.join(PROJECT_DIR, "Pulumi.yaml"), path.join(dir, "Pulumi.yaml"));
        fs.copyFileSync(path.join(PROJECT_DIR, "Pulumi.prod.yaml"), path.join(dir, "Pulumi.prod.yaml"));
        fs.mkdirSync(path.join(dir, "policy-pack", "config"), { recursive: true });
        fs.copyFileSync(
            path.join(PROJECT_DIR, "policy-pack", "config", "prod.json"),
            path.join(dir, "policy-pack", "config", "prod.json"),
        );
        fs.writeFileSync(path.join(dir, "index.ts"), "export {};\n");
        for (const [name, text] of Object.entries(files)) {
            fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
            fs.writeFileSync(path.join(dir, name), text);
        }
        return dir;
    }

    /** The scratch project's Pulumi.yaml / Pulumi.prod.yaml as documents, the YAML files removed. */
    function asJson(dir: string): { proj: Record<string, unknown>; stackDoc: Record<string, unknown> } {
        const read = (f: string) =>
            parse(fs.readFileSync(path.join(dir, f), "utf8"), { merge: true }) as Record<string, unknown>;
        const proj = read("Pulumi.yaml");
        const stackDoc = read("Pulumi.prod.yaml");
        fs.rmSync(path.join(dir, "Pulumi.yaml"));
        fs.rmSync(path.join(dir, "Pulumi.prod.yaml"));
        return { proj, stackDoc };
    }

    describe("entry point: what Pulumi's Node.js host loads", () => {
        it('bad input: package.json "exports" without "." (subpaths only) and "main": "deploy/evil.js": exit 2 naming main', async () => {
            // Was a MISS (fixed in round 33): tools/offline/stackFile.ts pulumiEntryPoint follows run.js and Node's
            // LOAD_AS_DIRECTORY to the file loaded (deploy/evil.js) and entryPointProblem refuses it, naming the key.
            // Was: run.js takes the `typeof exports === "object"` branch, finds no exports["."], so never resolves an
            // entry point there and skips the `else` that reads main; the program stays the directory and
            // `require(dir + "/")` is Node's LOAD_AS_DIRECTORY, which reads package.json "main" (exports only apply to
            // package-name lookups): Pulumi deploys deploy/evil.js. stackFile.ts manifestEntry reads exports["."]
            // (undefined) and never looks at main, so the project is accepted.
            // Doc: @pulumi/pulumi cmd/run/run.js (lines 251-274, 484-489); Node.js docs "Modules: CommonJS modules",
            // require.resolve pseudocode LOAD_AS_DIRECTORY ("If X/package.json is a file ... let M = X + (json main
            // field)"); "Modules: Packages", exports apply to `require('pkg')`/self-reference, not to file paths.
            const dir = project({
                "package.json": JSON.stringify({
                    name: "custody-infra",
                    exports: { "./package.json": "./package.json" },
                    main: "deploy/evil.js",
                }),
                "deploy/evil.js": EVIL,
            });
            const run = await check(dir);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /main/);
            assert.match(run.stderr, /deploy\/evil\.js/);
            noStackTrace(run.stderr);
        });

        it('bad input: package.json "exports": "./" (the root) and "main": "deploy/evil.js": exit 2 naming main', async () => {
            // Was a MISS (fixed in round 33): pulumiEntryPoint takes exports "./" as the root directory, then Node's
            // LOAD_AS_DIRECTORY through "main" to deploy/evil.js, which is refused.
            // Was: run.js resolveEntrypoint(root, "./") exists, so the program is the root directory and
            // `require(root + "/")` loads package.json "main" (LOAD_AS_DIRECTORY): deploy/evil.js. The tools take
            // exports "./" as the root (index.ts) and never read main when exports is set.
            // Doc: as above (run.js resolveEntrypoint and the CommonJS require of a directory; Node LOAD_AS_DIRECTORY).
            const dir = project({
                "package.json": JSON.stringify({ name: "custody-infra", exports: "./", main: "deploy/evil.js" }),
                "deploy/evil.js": EVIL,
            });
            const run = await check(dir);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /deploy\/evil\.js/);
            noStackTrace(run.stderr);
        });

        it('bad input: package.json "type": "module" with no entry point and an index.mjs at the root: exit 2 naming index.mjs', async () => {
            // Was a MISS (fixed in round 33): pulumiEntryPoint loads an ES module package's directory as run.js does
            // (index.js, index.mjs, index.ts, index.mts), so index.mjs is named and refused.
            // Was: for an ES module package run.js loads a directory program as index.js, else index.mjs, else index.ts
            // ("Use the same behavior for loading the main entrypoint as `node <program>`"), so index.mjs is deployed
            // instead of index.ts. stackFile.ts indexShadowProblem only looks for index.js/index.json/index.node
            // (CommonJS LOAD_INDEX order).
            // Doc: @pulumi/pulumi cmd/run/run.js runProgram, `packageObject["type"] === "module"` branch (lines 444-470).
            const dir = project({
                "package.json": JSON.stringify({ name: "custody-infra", type: "module" }),
                "index.mjs": "export {};\n",
            });
            const run = await check(dir);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /index\.mjs/);
            noStackTrace(run.stderr);
        });

        it('secure: package.json "exports": {".": {"types": "./index.d.ts", "require": "./index.ts"}} (run.js takes default || require || import): --check agrees', async () => {
            const dir = project({
                "package.json": JSON.stringify({
                    name: "custody-infra",
                    exports: { ".": { types: "./index.d.ts", require: "./index.ts" } },
                }),
            });
            const run = await check(dir);
            assert.equal(run.code, 0, run.stderr);
        });

        it('secure: package.json "main": "./index.ts" with index.js beside it (the entry point names index.ts): --check agrees', async () => {
            const dir = project({
                "package.json": JSON.stringify({ name: "custody-infra", main: "./index.ts" }),
                "index.js": "module.exports = {};\n",
            });
            const run = await check(dir);
            assert.equal(run.code, 0, run.stderr);
        });
    });

    describe("entry point: neighbours (round 33)", () => {
        it('secure: package.json "main": "index" (no extension: run.js falls back to the directory, Node\'s LOAD_AS_DIRECTORY finds index + ts-node\'s .ts): --check agrees', async () => {
            // DECIDED: run.js resolveEntrypoint warns ("Could not find entry point 'index'") and keeps the directory;
            // require(dir + "/") reads "main": "index" and LOAD_AS_FILE tries index.js, .json, .node, then .ts:
            // index.ts, the file the tools judge; and "index" itself is index.ts to Node, so no later file changes it.
            for (const pkg of [{ main: "index" }, { main: "./index" }, { exports: "./index" }]) {
                const dir = project({ "package.json": JSON.stringify({ name: "custody-infra", ...pkg }) });
                const run = await check(dir);
                assert.equal(run.code, 0, `${JSON.stringify(pkg)}: ${run.stderr}`);
            }
        });

        it('bad input: package.json "main": "index" with index.js beside index.ts (Node tries .js before ts-node\'s .ts): exit 2 naming index.js', async () => {
            const dir = project({
                "package.json": JSON.stringify({ name: "custody-infra", main: "index" }),
                "index.js": EVIL,
            });
            const run = await check(dir);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /index\.js/);
            assert.match(run.stderr, /"main"/);
            noStackTrace(run.stderr);
        });

        it('bad input: package.json "exports": "./deploy" (a directory: Node loads deploy/index.js), and exports["."] with only "types" (run.js fails): exit 2 naming exports', async () => {
            const cases: Array<{ pkg: object; file: RegExp }> = [
                { pkg: { exports: "./deploy", main: "index.ts" }, file: /deploy\/index\.js/ },
                {
                    pkg: { exports: { ".": { types: "./index.d.ts" } }, main: "index.ts" },
                    file: /no default, require or import/,
                },
            ];
            for (const c of cases) {
                const dir = project({
                    "package.json": JSON.stringify({ name: "custody-infra", ...c.pkg }),
                    "deploy/index.js": EVIL,
                });
                const run = await check(dir);
                assert.equal(run.code, 2, `${JSON.stringify(c.pkg)} accepted: ${run.stdout.slice(0, 300)}`);
                assert.match(run.stderr, c.file);
                assert.match(run.stderr, /exports/);
                noStackTrace(run.stderr);
            }
        });

        it('secure: "type": "module" with "main": "./index.ts" and index.js beside it (run.js imports the named file): --check agrees; without main: exit 2 naming index.js', async () => {
            const named = project({
                "package.json": JSON.stringify({ name: "custody-infra", type: "module", main: "./index.ts" }),
                "index.js": EVIL,
            });
            assert.equal((await check(named)).code, 0);
            const unnamed = project({
                "package.json": JSON.stringify({ name: "custody-infra", type: "module" }),
                "index.js": EVIL,
            });
            const run = await check(unnamed);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /index\.js/);
            noStackTrace(run.stderr);
        });
    });

    describe("JSON stack and project files: data keys are not fields", () => {
        it('secure: Pulumi.prod.json whose custody-infra:tags has keys "Environment", "Config" and "Main" (tag names, data): --check agrees', async () => {
            // Go's case-blind matching applies to ProjectStack's fields only; config values are config.Map data
            // (pulumi/pulumi sdk/go/common/workspace/project.go ProjectStack; encoding/json matches struct fields only).
            const dir = project({});
            const { proj, stackDoc } = asJson(dir);
            const config = stackDoc.config as Record<string, unknown>;
            config["custody-infra:tags"] = { Environment: "prod", Config: "custody", Main: "yes" };
            fs.writeFileSync(path.join(dir, "Pulumi.json"), JSON.stringify(proj, null, 2));
            fs.writeFileSync(path.join(dir, "Pulumi.prod.json"), JSON.stringify(stackDoc, null, 2));
            const run = await check(dir);
            assert.equal(run.code, 0, run.stderr);
        });

        it("secure: Pulumi.json with requiredPulumiVersion, options.refresh and packages written as Pulumi's json tags: --check agrees", async () => {
            // project.go Project: `json:"requiredPulumiVersion"`, ProjectOptions `json:"refresh"`, Packages
            // map[string]PackageSpec (a string "<source>@<version>" or {source, version}).
            const dir = project({});
            const { proj, stackDoc } = asJson(dir);
            fs.writeFileSync(
                path.join(dir, "Pulumi.json"),
                JSON.stringify(
                    {
                        ...proj,
                        requiredPulumiVersion: ">=3.200.0",
                        options: { refresh: "always" },
                        packages: { aws: "aws@7.48.0", kubernetes: { source: "kubernetes", version: "4.34.2" } },
                    },
                    null,
                    2,
                ),
            );
            fs.writeFileSync(path.join(dir, "Pulumi.prod.json"), JSON.stringify(stackDoc, null, 2));
            const run = await check(dir);
            assert.equal(run.code, 0, run.stderr);
        });
    });

    describe("exports: Go's encoding/json reads ResourceV3 field keys case-blind", () => {
        it("bad input: an export whose RolePolicy writes `inputs` then `Inputs` (Allow *; one field to Go, the last kept): exit 2 naming both", async () => {
            // Was a MISS (fixed in round 33): tools/audit/exportFile.ts fieldCaseProblems reads the export's keys as Go
            // matches them to the apitype structs (stackFile.ts goFieldProblems, the one fold-matcher) and refuses two
            // keys of one field, or a field written in another case, naming the path, both keys and the resource.
            // Was: ResourceV3's fields are json-tagged (`json:"inputs,omitempty"`); Go's encoding/json
            // (pulumi stack import, every Go reader of the export) matches "Inputs" to that field case-blind and keeps
            // the last one, while the audit reads raw.inputs and judges the narrow policy. Round 32 refuses the same
            // key written twice in one object; two spellings of one field are the same hand-merge.
            // Doc: Go encoding/json Unmarshal ("preferring an exact match but also accepting a case-insensitive
            // match"); pulumi/pulumi sdk/go/common/apitype/core.go ResourceV3.
            const doc = (await exportOf("prod")) as { deployment: { resources: ExportResource[] } };
            const rp = doc.deployment.resources.find(
                r => r.type === "aws:iam/rolePolicy:RolePolicy" && r.inputs?.policy,
            );
            assert.ok(rp, "a RolePolicy with inputs.policy");
            rp.Inputs = {
                ...rp.inputs,
                policy: JSON.stringify({
                    Version: "2012-10-17",
                    Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }],
                }),
            };
            const run = await runner.run(doc);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /Inputs/);
            noStackTrace(run.stderr);
        });

        it("bad input: an export whose RolePolicy writes only `Inputs` (a variant spelling: Go's inputs, none to an exact reader): exit 2 naming it", async () => {
            // Neighbour: the field in another case alone. Go decodes "Inputs" into ResourceV3.Inputs; a reader of the
            // exact json tag sees no inputs at all. Refused as round 32 refuses `"Main"` in Pulumi.json.
            const doc = (await exportOf("prod")) as { deployment: { resources: ExportResource[] } };
            const rp = doc.deployment.resources.find(
                r => r.type === "aws:iam/rolePolicy:RolePolicy" && r.inputs?.policy,
            );
            assert.ok(rp);
            rp.Inputs = rp.inputs;
            delete rp.inputs;
            const run = await runner.run(doc);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /"Inputs"/);
            assert.match(run.stderr, /write it "inputs"/);
            noStackTrace(run.stderr);
        });

        it("bad input: `Resources` beside `resources` in the deployment, and `URN` in a resource: exit 2 naming the path and both keys", async () => {
            // Neighbours one level up (DeploymentV3.Resources: Go keeps the last list) and on the URN field itself.
            const doc = (await exportOf("prod")) as {
                deployment: { resources: ExportResource[]; [k: string]: unknown };
            };
            doc.deployment.Resources = [];
            let run = await runner.run(doc);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /"resources" and "Resources" \(at deployment\)/);
            noStackTrace(run.stderr);

            const again = (await exportOf("prod")) as { deployment: { resources: ExportResource[] } };
            const role = again.deployment.resources.find(r => r.type === "aws:iam/role:Role");
            assert.ok(role);
            role.URN = role.urn;
            run = await runner.run(again);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /"urn" and "URN"/);
            assert.ok(run.stderr.includes(role.urn), run.stderr);
            noStackTrace(run.stderr);
        });

        it('secure: an export whose inputs carry data keys that fold to ResourceV3 field names ({"type", "Type", "Inputs"}): exit 0', async () => {
            // Map keys are data, never struct fields: inputs is map[string]interface{}.
            const doc = (await exportOf("prod")) as { deployment: { resources: ExportResource[] } };
            const role = doc.deployment.resources.find(r => r.type === "aws:iam/role:Role" && r.inputs);
            assert.ok(role);
            const tags = {
                ...((role.inputs?.tags as Record<string, string>) ?? {}),
                type: "a",
                Type: "b",
                Inputs: "c",
            };
            role.inputs = { ...role.inputs, tags };
            role.outputs = { ...role.outputs, tags, tagsAll: tags };
            const run = await runner.run(doc);
            assert.equal(run.code, 0, run.stderr);
        });

        it('secure: an export whose outputs carry data keys differing only in case (tags {"Name", "name"}): exit 0', async () => {
            // Map keys are data: Go matches them exactly (two map entries); AWS tag keys are case-sensitive.
            const doc = (await exportOf("prod")) as { deployment: { resources: ExportResource[] } };
            const role = doc.deployment.resources.find(r => r.type === "aws:iam/role:Role" && r.outputs);
            assert.ok(role);
            const tags = { ...((role.outputs?.tags as Record<string, string>) ?? {}), Name: "a", name: "b" };
            role.outputs = { ...role.outputs, tags, tagsAll: tags };
            const run = await runner.run(doc);
            assert.equal(run.code, 0, run.stderr);
        });
    });
});
