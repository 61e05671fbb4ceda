// Red team 34 (fresh eyes): what Pulumi's Node.js host reads besides package.json and Pulumi.yaml before it loads
// the program (tsconfig.json's "ts-node" options: ts-node's register() preloads `require`, loads `transpiler`),
// exports Pulumi writes (taint, integrity metadata), and a pack config passed where a stack file belongs.
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

const EVIL = "module.exports = {}; // runs before index.ts, in Pulumi's host process\n";

/** The committed tsconfig.json's compiler options (what a team would keep). */
const COMPILER_OPTIONS = { target: "ES2022", module: "commonjs", moduleResolution: "node", strict: true };

describe("red team 34: bad input and the tools", function () {
    this.timeout(300_000);
    let tmp: string;
    let session: AnalyzerSession;
    let runner: AuditRunner;

    before(async () => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "r34-tools-"));
        session = await startPolicyPack(path.join(PROJECT_DIR, "policy-pack"));
        runner = new AuditRunner(() => session);
    });
    after(async () => {
        await session?.close();
        runner?.cleanup();
        if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    });

    /** A scratch project with the prod stack, package.json main index.ts; `files` written at its root. */
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
        fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "custody-infra", main: "index.ts" }));
        for (const [name, text] of Object.entries(files)) {
            fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
            fs.writeFileSync(path.join(dir, name), text);
        }
        return dir;
    }

    describe("tsconfig.json: ts-node options Pulumi's host applies before the program", () => {
        // Pulumi.yaml runtime.options.typescript: true (committed) makes run.js (@pulumi/pulumi 3.248.0
        // cmd/run/run.js 241-242, 300-361) call ts-node's register({project: tsconfig.json, skipProject: false when
        // the file exists}). ts-node 10.9.2 dist/configuration.js readConfig merges the tsconfig's "ts-node" object
        // (and its `extends` chain) into the options, resolving `require` relative to the tsconfig
        // (lines 149-159, 50-55), and dist/index.js register() then runs Module._preloadModules(options.require)
        // (line 136): the same as `node -r`, which Pulumi.yaml runtime.options.nodeargs refuses (round 28).
        // Doc: ts-node docs "Options" (require: "Modules to require, like node -r. Behaves as if passed to node -r
        // before loading the entrypoint"), "Configuration" ("ts-node" field in tsconfig.json, inherited via extends).

        it('bad input: tsconfig.json "ts-node": {"require": ["./deploy/patch.js"]}: exit 2 naming tsconfig.json and require', async () => {
            // Was a MISS (fixed in round 34): the tools never read tsconfig.json (tools/offline/stackFile.ts judges Pulumi.yaml main/runtime/
            // nodeargs/plugins and package manifests only), so --check agrees while Pulumi's host preloads
            // deploy/patch.js into the program's process (it can patch @pulumi/aws or the resource monitor client
            // and register anything). Same effect as nodeargs `--require ./deploy/patch.js`, refused since round 28.
            // Doc: ts-node "Options" require; ts-node dist/index.js register() line 136; run.js 300-361.
            const dir = project({
                "tsconfig.json": JSON.stringify({
                    compilerOptions: COMPILER_OPTIONS,
                    "ts-node": { require: ["./deploy/patch.js"] },
                }),
                "deploy/patch.js": EVIL,
            });
            const run = await check(dir);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /tsconfig\.json/);
            assert.match(run.stderr, /require/);
            assert.match(run.stderr, /deploy\/patch\.js/);
            noStackTrace(run.stderr);
        });

        it('bad input: tsconfig.json "extends": "./deploy/tsconfig.base.json" whose "ts-node" requires a module: exit 2 naming both files', async () => {
            // Was a MISS (fixed in round 34): the same preload, one file away. ts-node reads "ts-node" options along the extends chain
            // (configuration.js readConfig: "Merge and fix ts-node options that come from tsconfig.json(s)",
            // each `require` resolved relative to the file that declares it).
            // Doc: ts-node docs "Configuration" ("ts-node options ... inherited from the extends chain").
            const dir = project({
                "tsconfig.json": JSON.stringify({ extends: "./deploy/tsconfig.base.json" }),
                "deploy/tsconfig.base.json": JSON.stringify({
                    compilerOptions: COMPILER_OPTIONS,
                    "ts-node": { require: ["./patch.js"] },
                }),
                "deploy/patch.js": EVIL,
            });
            const run = await check(dir);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /tsconfig\.base\.json/);
            assert.match(run.stderr, /require/);
            noStackTrace(run.stderr);
        });

        it('bad input: tsconfig.json "ts-node": {"transpileOnly": true, "transpiler": "./deploy/transpiler.js"}: exit 2 naming transpiler', async () => {
            // Was a MISS (fixed in round 34): ts-node requires the transpiler module and hands it every .ts file it compiles (index.ts
            // included): a custom transpiler rewrites the program Pulumi runs, while the tools judge index.ts as
            // written. run.js passes transpileOnly only when PULUMI_NODEJS_TRANSPILE_ONLY or compilerOptions.noCheck
            // is set (undefined otherwise, which ts-node's assign skips), so the tsconfig's transpileOnly stands.
            // Doc: ts-node docs "Options" (transpiler: "Specify a custom transpiler for use with transpileOnly"),
            // "Third-party transpilers"; ts-node dist/index.js create() (require(transpilerPath)).
            const dir = project({
                "tsconfig.json": JSON.stringify({
                    compilerOptions: COMPILER_OPTIONS,
                    "ts-node": { transpileOnly: true, transpiler: "./deploy/transpiler.js" },
                }),
                "deploy/transpiler.js": EVIL,
            });
            const run = await check(dir);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /transpiler/);
            noStackTrace(run.stderr);
        });

        it('bad input: "ts-node": {"require": ["tsconfig-paths/register"]} with paths {"@pulumi/aws": ["./deploy/aws"]}: exit 2 naming paths', async () => {
            // Was a MISS (fixed in round 34): the documented recipe for tsconfig paths under ts-node ("ts-node does not ... resolve paths ...
            // use tsconfig-paths") remaps the program's own imports: index.ts's `import * as aws from "@pulumi/aws"`
            // loads deploy/aws (a shim that registers other resources or rewrites args), while the tools run
            // index.ts against node_modules/@pulumi/aws. Refuse a preload that is not known inert, or judge paths
            // that shadow a package the program imports.
            // Doc: ts-node docs "paths and baseUrl"; tsconfig-paths README ("ts-node -r tsconfig-paths/register").
            const dir = project({
                "tsconfig.json": JSON.stringify({
                    compilerOptions: { ...COMPILER_OPTIONS, baseUrl: ".", paths: { "@pulumi/aws": ["./deploy/aws"] } },
                    "ts-node": { require: ["tsconfig-paths/register"] },
                }),
                "deploy/aws/index.js": EVIL,
            });
            const run = await check(dir);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /tsconfig\.json/);
            assert.match(run.stderr, /@pulumi\/aws|paths|require/);
            noStackTrace(run.stderr);
        });

        it('bad input: tsconfig.json "ts-node": {"swc": true}: exit 2 naming swc', async () => {
            // swc: "Transpile with swc instead of the TypeScript compiler ... Equivalent to setting both
            // transpileOnly: true and transpiler: 'ts-node/transpilers/swc'" (ts-node tsconfig.schema.json, docs
            // "Options"): another compiler of index.ts, loaded from the tsconfig's directory.
            const dir = project({
                "tsconfig.json": JSON.stringify({ compilerOptions: COMPILER_OPTIONS, "ts-node": { swc: true } }),
            });
            const run = await check(dir);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /tsconfig\.json/);
            assert.match(run.stderr, /"ts-node"\.swc/);
            noStackTrace(run.stderr);
        });

        it('bad input: Pulumi.yaml runtime.options.tsconfig: tsconfig.pulumi.json whose "ts-node" sets "compiler": exit 2 naming that file', async () => {
            // The language host passes runtime.options.tsconfig as PULUMI_NODEJS_TSCONFIG_PATH, which run.js hands
            // ts-node as `project` (pulumi-language-nodejs parseOptions; run.js 238-240): that file is the one read,
            // and tsconfig.json (clean here) is not. compiler: "Specify a custom TypeScript compiler".
            const yaml = fs
                .readFileSync(path.join(PROJECT_DIR, "Pulumi.yaml"), "utf8")
                .replace("    typescript: true\n", "    typescript: true\n    tsconfig: tsconfig.pulumi.json\n");
            assert.match(yaml, /tsconfig: tsconfig\.pulumi\.json/);
            const dir = project({
                "Pulumi.yaml": yaml,
                "tsconfig.json": JSON.stringify({ compilerOptions: COMPILER_OPTIONS }),
                "tsconfig.pulumi.json": JSON.stringify({
                    compilerOptions: COMPILER_OPTIONS,
                    "ts-node": { compiler: "./deploy/ts.js" },
                }),
                "deploy/ts.js": EVIL,
            });
            const run = await check(dir);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /tsconfig\.pulumi\.json/);
            assert.match(run.stderr, /"ts-node"\.compiler/);
            noStackTrace(run.stderr);
        });

        it('bad input: "extends" a package (node_modules/@acme/tsconfig) and, in a JSONC list, a file with "preferTsExts": exit 2 naming each', async () => {
            // A bare `extends` is resolved as a package (ts-node ts-internals getExtendsConfigPath:
            // nodeModuleNameResolver, the package's tsconfig.json); TypeScript 5 reads a list element by element.
            // preferTsExts: "require('./index') to resolve to index.ts instead of index.js" (tsconfig.schema.json).
            const dir = project({
                "tsconfig.json": [
                    "{",
                    '  "extends": ["@acme/tsconfig", "./deploy/extra.json",], // team base, then local',
                    '  "compilerOptions": { "strict": true, },',
                    "}",
                ].join("\n"),
                "node_modules/@acme/tsconfig/package.json": JSON.stringify({
                    name: "@acme/tsconfig",
                    version: "1.0.0",
                }),
                "node_modules/@acme/tsconfig/tsconfig.json": JSON.stringify({
                    compilerOptions: COMPILER_OPTIONS,
                    "ts-node": { require: ["./hook.js"] },
                }),
                "node_modules/@acme/tsconfig/hook.js": EVIL,
                "deploy/extra.json": JSON.stringify({ "ts-node": { preferTsExts: true } }),
            });
            const run = await check(dir);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /node_modules\/@acme\/tsconfig\/tsconfig\.json/);
            assert.match(run.stderr, /hook\.js/);
            assert.match(run.stderr, /deploy\/extra\.json/);
            assert.match(run.stderr, /preferTsExts/);
            noStackTrace(run.stderr);
        });

        it("bad input: tsconfig.json that is not a tsconfig (a missing comma): exit 2 naming the file and TypeScript's error", async () => {
            // ts-node reads it with ts.readConfigFile and throws its diagnostic: Pulumi's host fails to start.
            const dir = project({ "tsconfig.json": '{ "compilerOptions": { "strict": true } "ts-node": {} }' });
            const run = await check(dir);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /tsconfig\.json/);
            assert.match(run.stderr, /',' expected/);
            noStackTrace(run.stderr);
        });

        it('secure: "extends": "./tsconfig.base.json" whose "ts-node" only tunes compilation (require [], swc false, "explicit" resolution, ignore, scope, moduleTypes): --check agrees', async () => {
            // Values that select nothing (an empty require list, swc false, the default "explicit" resolution) and
            // options that choose which files ts-node compiles, never which module loads.
            // Doc: ts-node tsconfig.schema.json (ignore, scope, moduleTypes, experimentalSpecifierResolution).
            const dir = project({
                "tsconfig.json": JSON.stringify({ extends: "./tsconfig.base.json", compilerOptions: { strict: true } }),
                "tsconfig.base.json": JSON.stringify({
                    compilerOptions: COMPILER_OPTIONS,
                    "ts-node": {
                        require: [],
                        swc: false,
                        experimentalSpecifierResolution: "explicit",
                        ignore: ["(?:^|/)node_modules/"],
                        scope: true,
                        moduleTypes: { "**/*.ts": "cjs" },
                        logError: true,
                        pretty: true,
                    },
                }),
            });
            const run = await check(dir);
            assert.equal(run.code, 0, `refused (exit ${run.code}): ${run.stderr.slice(0, 600)}`);
        });

        it("secure: tsconfig.json with comments, trailing commas, baseUrl and paths (no resolver registered): --check agrees", async () => {
            // Without a registered resolver (tsconfig-paths) ts-node leaves Node's resolution alone: paths only
            // affect type checking. tsconfig.json is JSONC (comments, trailing commas), as tsc reads it.
            // Doc: ts-node docs "paths and baseUrl"; TypeScript handbook "tsconfig.json" (JSON with comments).
            const dir = project({
                "tsconfig.json": [
                    "{",
                    "  // project settings",
                    '  "compilerOptions": {',
                    '    "target": "ES2022", "module": "commonjs", "strict": true,',
                    '    "baseUrl": ".",',
                    '    "paths": { "@components/*": ["components/*"], },',
                    "  },",
                    "}",
                    "",
                ].join("\n"),
            });
            const run = await check(dir);
            assert.equal(run.code, 0, `refused (exit ${run.code}): ${run.stderr.slice(0, 600)}`);
        });

        it('secure: tsconfig.json "ts-node": {"transpileOnly": true, "files": true, "compilerOptions": {"module": "commonjs"}}: --check agrees', async () => {
            // Options that change how (not what) ts-node compiles: no module is loaded, no file replaced.
            // Doc: ts-node docs "Options" (transpileOnly, files, compilerOptions).
            const dir = project({
                "tsconfig.json": JSON.stringify({
                    compilerOptions: COMPILER_OPTIONS,
                    "ts-node": { transpileOnly: true, files: true, compilerOptions: { module: "commonjs" } },
                }),
            });
            const run = await check(dir);
            assert.equal(run.code, 0, `refused (exit ${run.code}): ${run.stderr.slice(0, 600)}`);
        });

        it('secure: package.json exports {".": {"types": "./index.d.ts", "default": "./index.ts"}, "./package.json": ...} and main index.ts: --check agrees', async () => {
            // run.js 258-266: exports["."] an object, default || require || import: ./index.ts.
            // Doc: @pulumi/pulumi cmd/run/run.js; Node.js docs "Modules: Packages", conditional exports.
            const dir = project({
                "package.json": JSON.stringify({
                    name: "custody-infra",
                    main: "index.ts",
                    types: "index.d.ts",
                    exports: {
                        ".": { types: "./index.d.ts", default: "./index.ts" },
                        "./package.json": "./package.json",
                    },
                }),
            });
            const run = await check(dir);
            assert.equal(run.code, 0, `refused (exit ${run.code}): ${run.stderr.slice(0, 600)}`);
        });
    });

    describe("exports and flags", () => {
        it("secure: an export of a stack whose signer role was tainted (pulumi state taint: taint: true) and refreshBeforeUpdate set: audit exit 0", async () => {
            // `pulumi state taint URN` marks a resource for replacement on the next up; newer CLIs store it as the
            // resource's `taint` field, and providers that ask for it get `refreshBeforeUpdate`. Neither changes
            // what the resource grants today: a clean stack stays PASS.
            // Doc: Pulumi CLI docs "pulumi state taint" ("ensuring the resources are destroyed and recreated upon
            // the next pulumi up").
            const doc = (await exportOf("prod")) as { deployment: { resources: ExportResource[] } };
            const role = doc.deployment.resources.find(r => r.type === "aws:iam/role:Role");
            assert.ok(role, "a role");
            role.taint = true;
            role.refreshBeforeUpdate = true;
            const run = await runner.run(doc);
            assert.equal(run.code, 0, `exit ${run.code}: ${run.stderr.slice(0, 600)} ${run.stdout.slice(0, 300)}`);
        });

        it("bad input: an export whose metadata records an integrity error (the CLI found the snapshot invalid): not PASS", async () => {
            // Was a MISS (fixed in round 34): the audit prints PASS (exit 0) and never mentions the recorded integrity error.
            // SnapshotMetadataV1.integrity_error is written when Pulumi's snapshot integrity check failed and the
            // checkpoint was saved anyway (e.g. a resource whose dependency or parent is missing); the CLI refuses
            // to operate on it unless --disable-integrity-checking. An audit PASS on a state Pulumi itself calls
            // invalid is a verdict on a state that no deployment can produce.
            // Doc: pulumi/pulumi#17291 ("persisting the writing command to the snapshot as metadata in the event that
            // we are about to write an invalid snapshot"); apitype SnapshotMetadataV1;
            // Pulumi CLI docs ("--disable-integrity-checking: Disable integrity checking of checkpoint files").
            const doc = (await exportOf("prod")) as { deployment: Record<string, unknown> };
            doc.deployment.metadata = {
                integrity_error: {
                    version: "3.248.0",
                    command: "pulumi up",
                    error: "resource urn:pulumi:prod::custody-infra::aws:iam/rolePolicy:RolePolicy::x refers to unknown provider",
                },
            };
            const run = await runner.run(doc);
            assert.notEqual(run.code, 0, `PASS on a snapshot with an integrity error: ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr + run.stdout, /integrity/);
            // tools/audit/exportFile.ts integrityProblem: exit 2, the recorded error quoted, the CLI's own fix named.
            assert.equal(run.code, 2, `exit ${run.code}: ${run.stderr.slice(0, 600)}`);
            assert.match(run.stderr, /refers to unknown provider/);
            assert.match(run.stderr, /pulumi state repair/);
            assert.equal(run.report, undefined, "no report on a state Pulumi recorded as invalid");
            noStackTrace(run.stderr);
        });

        it("bad input: an export whose integrity_error record is empty ({}): exit 2 naming the record and pulumi state repair", async () => {
            // A record without its fields is still Pulumi's "this write was invalid" (a non-nil
            // *SnapshotIntegrityErrorMetadataV1; every valid write sets it to nil, so `omitempty` drops it).
            // Doc: pulumi/pulumi pkg/backend/journal.go saveSnapshot ("Metadata will be cleared out by a successful
            // operation"); apitype SnapshotMetadataV1.
            const doc = (await exportOf("prod")) as { deployment: Record<string, unknown> };
            doc.deployment.metadata = { integrity_error: {} };
            const run = await runner.run(doc);
            assert.equal(run.code, 2, `exit ${run.code}: ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /integrity_error/);
            assert.match(run.stderr, /pulumi state repair/);
            noStackTrace(run.stderr);
        });

        it("secure: an export whose metadata holds no integrity error (metadata {integrity_error: null}, as a valid write leaves it): audit exit 0", async () => {
            // What every successful write leaves: IntegrityErrorMetadata = nil (written as no key; null reads the same).
            // Doc: pulumi/pulumi pkg/backend/snapshot.go saveSnapshot; apitype SnapshotMetadataV1 (omitempty).
            const doc = (await exportOf("prod")) as { deployment: Record<string, unknown> };
            doc.deployment.metadata = { integrity_error: null };
            const run = await runner.run(doc);
            assert.equal(run.code, 0, `exit ${run.code}: ${run.stderr.slice(0, 600)} ${run.stdout.slice(0, 300)}`);
        });

        it("bad input: custody-model --config policy-pack/config/prod.json (the pack config, not a stack file): exit 2 naming it, nothing written", async () => {
            const dir = project({});
            const packConfig = path.join(dir, "policy-pack", "config", "prod.json");
            const before = fs.readFileSync(packConfig, "utf8");
            const run = await custodyModel(["--stack", "prod", "--config", packConfig, "--write"], dir);
            assert.equal(run.code, 2, `exit ${run.code}: ${run.stdout.slice(0, 300)} ${run.stderr.slice(0, 300)}`);
            assert.match(run.stderr, /prod\.json/);
            assert.match(run.stderr, /stack file|Pulumi\.prod\.yaml|config:/);
            assert.equal(fs.readFileSync(packConfig, "utf8"), before, "the pack config is untouched");
            noStackTrace(run.stderr);
        });

        it("bad input: audit --state policy-pack/config/prod.json (the pack config as the export): exit 2 naming pulumi stack export", async () => {
            const run = await runner.argv("--state", path.join(PROJECT_DIR, "policy-pack", "config", "prod.json"));
            assert.equal(run.code, 2, `exit ${run.code}: ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /prod\.json/);
            assert.match(run.stderr, /pulumi stack export/);
            assert.equal(run.report, undefined);
            noStackTrace(run.stderr);
        });
    });
});
