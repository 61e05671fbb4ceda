// Red team 35 (fresh eyes): project/stack/package inputs Pulumi reads that decide what is deployed, read differently
// by the offline tools: runtime.options values Pulumi's Node.js host type-checks, package.json "exports" shapes that
// run.js (@pulumi/pulumi 3.248.0 cmd/run/run.js 252-275) cannot resolve, YAML tags Pulumi's YAML reader decodes.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse } from "yaml";
import { PROJECT_DIR } from "../../tools/offline/preview";
import { readStackFile, StackFileError } from "../../tools/offline/stackFile";
import { main as custodyModelMain } from "../../tools/custody-model/main";
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

const EVIL = "module.exports = {}; // another program than index.ts\n";

/** The committed Pulumi.yaml with its runtime block replaced by `runtime` (YAML text, indented two spaces). */
function pulumiYaml(runtime: string): string {
    const committed = fs.readFileSync(path.join(PROJECT_DIR, "Pulumi.yaml"), "utf8");
    return committed.replace(/^runtime:\n(?: {2}.*\n)+/m, `runtime:\n${runtime}`);
}

describe("red team 35: tools and config inputs", function () {
    this.timeout(300_000);
    let tmp: string;

    before(() => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "r35-tools-"));
    });
    after(() => {
        if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    });

    /** A scratch project with the prod stack and pack config, package.json main index.ts; `files` at its root. */
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

    describe("runtime.options Pulumi's Node.js language host type-checks", () => {
        // pulumi-language-nodejs parseOptions: typescript "must be a boolean", and with typescript false run.js
        // (line 234: PULUMI_NODEJS_TYPESCRIPT === "true") registers no ts-node: Node 20 then loads index.ts as
        // JavaScript. Doc: Pulumi docs "Project file reference", runtime options (typescript: "Default: true. If
        // false, Pulumi will not use ts-node to compile TypeScript"); run.js 233-361.

        it("bad input: runtime.options.typescript: false (Pulumi runs index.ts without ts-node): exit 2 naming typescript", async () => {
            // Was a MISS (fixed in round 35): accepted silently (custody-model --check exit 0, "agrees"). The tools judge index.ts compiled by
            // ts-node while Pulumi's host, told typescript: false, registers no ts-node (run.js 234, 279-361) and
            // has Node load index.ts as JavaScript (a SyntaxError on Node 20, this repository's engine). Not an
            // insecure deploy (Pulumi fails), but a bad project file the tools call good instead of naming it.
            // Doc: pulumi-language-nodejs parseOptions (typescript, default true); Pulumi docs "Project file
            // reference", runtime options typescript.
            const dir = project({
                "Pulumi.yaml": pulumiYaml("  name: nodejs\n  options:\n    typescript: false\n"),
            });
            const run = await check(dir);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /typescript/);
            noStackTrace(run.stderr);
        });

        it('bad input: runtime.options.typescript: "yes" (not a boolean: the host refuses the project): exit 2 naming typescript', async () => {
            // Was a MISS (fixed in round 35, stackFile.ts typescriptProblem): accepted silently (exit 0, "agrees"); Pulumi's language host refuses the project with
            // "typescript option must be a boolean" (pulumi-language-nodejs main.go parseOptions, and its
            // TestParseOptions). The tools already refuse tsconfig: and nodeargs: of the wrong type; typescript: is
            // the one runtime option they never read.
            const dir = project({
                "Pulumi.yaml": pulumiYaml('  name: nodejs\n  options:\n    typescript: "yes"\n'),
            });
            const run = await check(dir);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /typescript/);
            noStackTrace(run.stderr);
        });

        it('bad input: runtime.options.typescript written empty (null) or quoted "true" (not booleans to Pulumi): exit 2 naming typescript', async () => {
            for (const value of ["", ' "true"', " !!str true", " 1"]) {
                const dir = project({
                    "Pulumi.yaml": pulumiYaml(`  name: nodejs\n  options:\n    typescript:${value}\n`),
                });
                const run = await check(dir);
                assert.equal(run.code, 2, `typescript:${value} accepted (exit ${run.code})`);
                assert.match(run.stderr, /typescript option must be a boolean/, `typescript:${value}`);
                noStackTrace(run.stderr);
            }
        });

        it("bad input: Pulumi.json runtime.options.typescript false: exit 2 naming typescript and the fix", async () => {
            const dir = project({});
            fs.rmSync(path.join(dir, "Pulumi.yaml"));
            const stack = path.join(dir, "Pulumi.prod.yaml");
            fs.writeFileSync(path.join(dir, "Pulumi.prod.json"), JSON.stringify(parse(fs.readFileSync(stack, "utf8"))));
            fs.rmSync(stack);
            fs.writeFileSync(
                path.join(dir, "Pulumi.json"),
                JSON.stringify({ name: "custody-infra", runtime: { name: "nodejs", options: { typescript: false } } }),
            );
            const run = await check(dir);
            assert.equal(run.code, 2, `accepted (exit ${run.code})`);
            assert.match(run.stderr, /runtime\.options\.typescript is false/);
            assert.match(run.stderr, /typescript: true/);
            noStackTrace(run.stderr);
        });

        it("secure: runtime.options.typescript: True (a YAML 1.2 boolean to go-yaml v3 and the tools): --check agrees", async () => {
            const dir = project({
                "Pulumi.yaml": pulumiYaml("  name: nodejs\n  options:\n    typescript: True\n"),
            });
            const run = await check(dir);
            assert.equal(run.code, 0, run.stderr);
        });

        it("secure: runtime.options {typescript: true, tsconfig: tsconfig.json (the default, written out)}: --check agrees", async () => {
            const dir = project({
                "Pulumi.yaml": pulumiYaml(
                    "  name: nodejs\n  options:\n    typescript: true\n    tsconfig: tsconfig.json\n",
                ),
                "tsconfig.json": JSON.stringify({
                    compilerOptions: { target: "ES2022", module: "commonjs", strict: true },
                }),
            });
            const run = await check(dir);
            assert.equal(run.code, 0, run.stderr);
        });
    });

    describe('package.json "exports" shapes run.js cannot resolve', () => {
        // run.js 258-268: exports["."] a string -> that file; an object -> default || require || import, joined
        // with path.join (a TypeError on anything but a string). A fallback ARRAY (Node: "the first valid target")
        // or a NESTED condition object therefore fails Pulumi's host with a stack trace, while Node itself would
        // load ./deploy/evil.js for `require("custody-infra")`. Doc: Node.js docs "Packages", "Conditional
        // exports" (nested conditions) and "exports" target arrays; run.js resolveEntrypoint.

        it('bad input: exports {".": ["./deploy/evil.js", "./index.ts"]} (a fallback array): exit 2 naming exports', async () => {
            const dir = project({
                "package.json": JSON.stringify({
                    name: "custody-infra",
                    main: "index.ts",
                    exports: { ".": ["./deploy/evil.js", "./index.ts"] },
                }),
                "deploy/evil.js": EVIL,
            });
            const run = await check(dir);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /exports/);
            noStackTrace(run.stderr);
        });

        it('bad input: exports {".": {"default": {"node": "./deploy/evil.js"}}} (nested conditions): exit 2 naming exports', async () => {
            const dir = project({
                "package.json": JSON.stringify({
                    name: "custody-infra",
                    main: "index.ts",
                    exports: { ".": { default: { node: "./deploy/evil.js" } } },
                }),
                "deploy/evil.js": EVIL,
            });
            const run = await check(dir);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /exports/);
            noStackTrace(run.stderr);
        });

        it('secure: package.json "imports" {"#components/*": ...}, "overrides" and "workspaces" (nothing index.ts loads by them): --check agrees', async () => {
            const dir = project({
                "package.json": JSON.stringify({
                    name: "custody-infra",
                    main: "index.ts",
                    workspaces: ["policy-pack"],
                    imports: { "#components/*": "./components/*.ts" },
                    overrides: { "@grpc/grpc-js": "1.14.7" },
                }),
            });
            const run = await check(dir);
            assert.equal(run.code, 0, run.stderr);
        });
    });

    describe("YAML tags in a stack file", () => {
        // Pulumi reads stack files with go-yaml v3 (sdk/go/common/resource/config object.go UnmarshalYAML into
        // interface{}): `!!binary` is decoded to its bytes as a string, so `custody-infra:namePrefix: !!binary
        // ZXZpbC1wcm9k` is "evil-prod" to Pulumi, a value no reviewer reads. Doc: YAML 1.1 "!!binary" type
        // (yaml.org/type/binary.html); go-yaml v3 decode.go (binary tag decoded into strings).

        it("bad input: custody-infra:namePrefix: !!binary ZXZpbC1wcm9k: read as Pulumi reads it (evil-prod) or refused naming it", () => {
            // Was a MISS (fixed in round 35: refused naming the key and the tag, stackFile.ts PLAIN_TAGS, DECIDED
            // there; the neighbours below) (misleading message): readStackFile turns the yaml library's Uint8Array into the JSON text
            // {"0":101,"1":118,...}, and custody-model then says "custody-infra:namePrefix: expected a string, got an
            // object" (exit 2) for a value written as a string that Pulumi reads as "evil-prod" (go-yaml v3
            // decode.go scalar(): binary tag -> base64 decoded -> string). Inside an object value (a namespace, a tag)
            // the same happens. The error should name !!binary (a hidden value no reviewer reads) and say to write
            // the plain string, or the tools should decode it as Pulumi does.
            const dir = project({});
            const file = path.join(dir, "Pulumi.prod.yaml");
            const text = fs.readFileSync(file, "utf8");
            fs.writeFileSync(
                file,
                text.replace(/^config:\n/m, "config:\n  custody-infra:namePrefix: !!binary ZXZpbC1wcm9k\n"),
            );
            let read: string | undefined;
            try {
                read = readStackFile(file, dir).config["custody-infra:namePrefix"];
            } catch (e) {
                assert.ok(e instanceof StackFileError, `not a StackFileError: ${String(e)}`);
                assert.match(e.message, /namePrefix/);
                assert.match(e.message, /!!binary/);
                assert.match(e.message, /plain value/);
                noStackTrace(e.message);
                return;
            }
            assert.equal(read, "evil-prod", `read as ${JSON.stringify(read)}`);
        });

        it("bad input: !!binary inside an object value, on a key, and !!int / a local tag: refused naming where and the tag", () => {
            const cases: Array<[string, RegExp]> = [
                ["  custody-infra:signer:\n    namespace: !!binary ZXZpbC1wcm9k\n", /namespace is tagged !!binary/],
                ["  !!binary Y3VzdG9keS1pbmZyYTpuYW1lUHJlZml4: custody-prod\n", /the key .* is tagged !!binary/],
                ['  custody-infra:namePrefix: !!int "12"\n', /namePrefix.* is tagged !!int/],
                ["  custody-infra:tags: {team: !secret platform}\n", /team is tagged !secret/],
                ["  custody-infra:namePrefix: !!timestamp 2001-12-14\n", /is tagged !!timestamp/],
            ];
            for (const [line, expected] of cases) {
                const dir = project({});
                const file = path.join(dir, "Pulumi.prod.yaml");
                const text = fs
                    .readFileSync(file, "utf8")
                    .replace(/^ {2}custody-infra:(?:signer|tags):\n(?: {4}.*\n)+/gm, "");
                fs.writeFileSync(file, text.replace(/^config:\n/m, `config:\n${line}`));
                assert.throws(
                    () => readStackFile(file, dir),
                    (e: unknown) =>
                        e instanceof StackFileError && expected.test(e.message) && /plain value/.test(e.message),
                    line,
                );
            }
        });

        it("bad input: !!binary in Pulumi.yaml (a project config default): custody-model --check exit 2 naming it", async () => {
            const dir = project({
                "Pulumi.yaml":
                    fs.readFileSync(path.join(PROJECT_DIR, "Pulumi.yaml"), "utf8") +
                    "config:\n  namePrefix:\n    default: !!binary ZXZpbC1wcm9k\n",
            });
            const run = await check(dir);
            assert.equal(run.code, 2, `accepted (exit ${run.code})`);
            assert.match(run.stderr, /config\.namePrefix\.default is tagged !!binary/);
            noStackTrace(run.stderr);
        });

        it("secure: explicit !!map, !!seq and !!str (they change nothing): read as written", () => {
            const dir = project({});
            const file = path.join(dir, "Pulumi.prod.yaml");
            const text = fs.readFileSync(file, "utf8");
            fs.writeFileSync(
                file,
                text
                    .replace("  custody-infra:kubernetes:\n", "  custody-infra:kubernetes: !!map\n")
                    .replace("    accessPaths: [antiSlashing", "    accessPaths: !!seq [!!str antiSlashing"),
            );
            const read = readStackFile(file, dir).config;
            assert.equal(JSON.parse(read["custody-infra:kubernetes"]).context, "prod-validators");
            assert.equal(JSON.parse(read["custody-infra:signer"]).accessPaths[0], "antiSlashing");
        });

        it("secure: pulumi:tags (stack tags, the engine's namespace) in the stack file: --check agrees", async () => {
            const dir = project({});
            const file = path.join(dir, "Pulumi.prod.yaml");
            const text = fs.readFileSync(file, "utf8");
            fs.writeFileSync(file, text.replace(/^config:\n/m, "config:\n  pulumi:tags:\n    team: platform\n"));
            const run = await check(dir);
            assert.equal(run.code, 0, run.stderr);
        });
    });
});
