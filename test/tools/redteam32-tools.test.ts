// Red team 32 (fresh eyes): bad input and the tools. Pulumi reads JSON project and stack files with Go's
// encoding/json (pulumi/pulumi sdk/go/common/encoding/marshal.go jsonMarshaler: json.Unmarshal), which matches a
// struct field's key case-blind ("preferring an exact match but also accepting a case-insensitive match", Go
// encoding/json Unmarshal docs); exports with keys written twice; and what a careful team legitimately writes.
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

interface ExportResource {
    urn: string;
    type: string;
    inputs?: Record<string, unknown>;
    outputs?: Record<string, unknown>;
    [k: string]: unknown;
}

describe("red team 32: bad input and the tools", function () {
    this.timeout(300_000);
    let tmp: string;
    let session: AnalyzerSession;
    let runner: AuditRunner;

    before(async () => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "r32-tools-"));
        session = await startPolicyPack(path.join(PROJECT_DIR, "policy-pack"));
        runner = new AuditRunner(() => session);
    });
    after(async () => {
        await session?.close();
        runner?.cleanup();
        if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    });

    /** A scratch project: Pulumi.yaml, the stacks' files and their pack configs. */
    function scratch(...stacks: string[]): string {
        const dir = fs.mkdtempSync(path.join(tmp, "proj-"));
        fs.copyFileSync(path.join(PROJECT_DIR, "Pulumi.yaml"), path.join(dir, "Pulumi.yaml"));
        fs.mkdirSync(path.join(dir, "policy-pack", "config"), { recursive: true });
        for (const stack of stacks) {
            fs.copyFileSync(path.join(PROJECT_DIR, `Pulumi.${stack}.yaml`), path.join(dir, `Pulumi.${stack}.yaml`));
            fs.copyFileSync(
                path.join(PROJECT_DIR, "policy-pack", "config", `${stack}.json`),
                path.join(dir, "policy-pack", "config", `${stack}.json`),
            );
        }
        return dir;
    }

    /** The scratch project's Pulumi.yaml and Pulumi.<stack>.yaml rewritten as Pulumi.json / Pulumi.<stack>.json. */
    function asJson(
        dir: string,
        stack: string,
    ): { project: Record<string, unknown>; stackDoc: Record<string, unknown> } {
        const read = (f: string) =>
            parse(fs.readFileSync(path.join(dir, f), "utf8"), { merge: true }) as Record<string, unknown>;
        const project = read("Pulumi.yaml");
        const stackDoc = read(`Pulumi.${stack}.yaml`);
        fs.rmSync(path.join(dir, "Pulumi.yaml"));
        fs.rmSync(path.join(dir, `Pulumi.${stack}.yaml`));
        return { project, stackDoc };
    }

    function writeJson(dir: string, file: string, text: string): void {
        fs.writeFileSync(path.join(dir, file), text);
    }

    describe("JSON project and stack files: Go's encoding/json matches field keys case-blind", () => {
        // Pulumi loads Pulumi.json as: json.Unmarshal into a map, ValidateProject against project.json (whose top level
        // is "additionalProperties": true, so "Main" passes; only "name" and "runtime" are required), then json.Unmarshal
        // into the Project struct, where "Main" fills Project.Main (`json:"main"`) case-blind (pulumi/pulumi
        // sdk/go/common/workspace/loaders.go projectLoader.load; encoding/marshal.go jsonMarshaler). Pulumi runs deploy/,
        // the tools read project.main (undefined) and judge index.ts.
        for (const [label, key, value] of [
            ["Main: deploy/", "Main", "deploy/"],
            ["StackConfigDir: stacks", "StackConfigDir", "stacks"],
            [
                "Plugins: {providers: [{name: aws, path: ./bin}]}",
                "Plugins",
                { providers: [{ name: "aws", path: "./bin" }] },
            ],
        ] as Array<[string, string, unknown]>) {
            it(`bad input: Pulumi.json with \`${label}\` (Go reads it as ${key.toLowerCase()}): custody-model exit 2 naming it`, async () => {
                // Was a MISS (fixed in round 32): the tools compared Pulumi.json keys case-sensitively (stackFile.ts readProjectConfig reads
                // project.main / stackConfigDir / plugins), so `${key}` was ignored while Pulumi's Go loader applies it:
                // another program (Main), stack files elsewhere (StackConfigDir) or a local provider binary (Plugins).
                // Doc: Go encoding/json Unmarshal ("accepting a case-insensitive match"); pulumi/pulumi loaders.go and
                // project.json ("additionalProperties": true). Now stackFile.ts readMarkupFile matches a .json file's keys to
                // Pulumi's fields as Go does (goFieldProblems) and refuses a field written in another case, naming it.
                const dir = scratch("prod");
                const { project, stackDoc } = asJson(dir, "prod");
                writeJson(dir, "Pulumi.json", JSON.stringify({ ...project, [key]: value }, null, 2));
                writeJson(dir, "Pulumi.prod.json", JSON.stringify(stackDoc, null, 2));
                const run = await custodyModel(["--stack", "prod", "--check"], dir);
                assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
                assert.ok(run.stderr.includes(key), run.stderr);
                noStackTrace(run.stderr);
            });
        }

        // ProjectStack is read with marshaler.Unmarshal(b, &projectStack) (loaders.go projectStackLoader.load, no schema):
        // both "config" and "Config" fill ProjectStack.Config, and config.Map's UnmarshalJSON replaces the map (`*m =
        // newMap`), so the LAST one wins. Pulumi deploys the second block's namePrefix; the tools read "config".
        it('bad input: Pulumi.prod.json with "config" (committed) then "Config" (namePrefix acme-prod): exit 2, not agreed', async () => {
            // Was a MISS (fixed in round 32): custody-model --check agreed with the committed "config" while Pulumi deploys the "Config" block
            // (Go encoding/json case-insensitive field match; pulumi/pulumi sdk/go/common/resource/config/map.go
            // Map.UnmarshalJSON replaces the map). A file with a case variant of a known key should be refused. Now two keys
            // of one field are refused, naming both (stackFile.ts goFieldProblems).
            const dir = scratch("prod");
            const { project, stackDoc } = asJson(dir, "prod");
            writeJson(dir, "Pulumi.json", JSON.stringify(project, null, 2));
            const config = stackDoc.config as Record<string, unknown>;
            writeJson(
                dir,
                "Pulumi.prod.json",
                JSON.stringify({ config, Config: { ...config, "custody-infra:namePrefix": "acme-prod" } }, null, 2),
            );
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.notEqual(
                run.code,
                0,
                `--check agrees with "config" while Pulumi reads "Config": ${run.stdout.slice(0, 300)}`,
            );
            assert.match(run.stderr, /Config/);
            noStackTrace(run.stderr);
        });

        it('bad input: Pulumi.prod.json with "Environment": ["acme/prod"] (an ESC import, read case-blind): exit 2 naming it', async () => {
            // Was a MISS (fixed in round 32): stackFile.ts refuses `environment:` (ESC imports cannot be resolved offline, decided round 22) but
            // reads only the lower-case key; Go's encoding/json fills ProjectStack.Environment (`json:"environment"`)
            // from "Environment" too, so Pulumi imported the environment's pulumiConfig while the tools modelled without it.
            // Now refused as a field written in another case (stackFile.ts goFieldProblems).
            const dir = scratch("prod");
            const { project, stackDoc } = asJson(dir, "prod");
            writeJson(dir, "Pulumi.json", JSON.stringify(project, null, 2));
            writeJson(dir, "Pulumi.prod.json", JSON.stringify({ ...stackDoc, Environment: ["acme/prod"] }, null, 2));
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /Environment/);
            noStackTrace(run.stderr);
        });

        it('bad input: Pulumi.prod.json with only "Config" (no lower-case config): refused, not read as an empty config', async () => {
            const dir = scratch("prod");
            const { project, stackDoc } = asJson(dir, "prod");
            writeJson(dir, "Pulumi.json", JSON.stringify(project, null, 2));
            writeJson(dir, "Pulumi.prod.json", JSON.stringify({ Config: stackDoc.config }, null, 2));
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /Pulumi\.prod\.json/);
            noStackTrace(run.stderr);
        });

        it("secure: Pulumi.json + Pulumi.prod.json with encryptionsalt and a secure externalId (pulumi config set --secret --path): --check agrees", async () => {
            const dir = scratch("prod");
            const { project, stackDoc } = asJson(dir, "prod");
            writeJson(dir, "Pulumi.json", JSON.stringify(project, null, 4));
            const config = stackDoc.config as Record<string, Record<string, Record<string, unknown>>>;
            config["custody-infra:accounts"]["custody-b"].externalId = {
                secure: "v1:abcdEFGH1234:ZmFrZWNpcGhlcnRleHQ=",
            };
            writeJson(
                dir,
                "Pulumi.prod.json",
                JSON.stringify({ encryptionsalt: "v1:c2FsdA==:v1:Ym94:aGVsbG8=", ...stackDoc }, null, 4),
            );
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 0, run.stderr);
        });

        // Neighbours (round 32): other spellings of the same shape, both directions.
        it('bad input: Pulumi.json runtime {name: nodejs, "Options": {nodeargs: "--require ./patch.js"}} (ProjectRuntimeInfo decodes {name, options} case-blind): exit 2 naming Options', async () => {
            // Go's encoding/json fills the runtime payload's options from "Options" (project.go
            // ProjectRuntimeInfo.UnmarshalJSON), so node would load ./patch.js before index.ts; read as written, the tools
            // saw no options and no nodeargs to refuse.
            const dir = scratch("prod");
            const { project, stackDoc } = asJson(dir, "prod");
            const runtime = { name: "nodejs", Options: { typescript: true, nodeargs: "--require ./patch.js" } };
            writeJson(dir, "Pulumi.json", JSON.stringify({ ...project, runtime }, null, 2));
            writeJson(dir, "Pulumi.prod.json", JSON.stringify(stackDoc, null, 2));
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /"Options" \(at runtime\)/);
            noStackTrace(run.stderr);
        });

        it('bad input: Pulumi.json with "\u017ftackConfigDir" (U+017F long s, which Go\'s case fold matches to s): exit 2 naming it', async () => {
            // Go's foldName folds each rune to the smallest of its unicode.SimpleFold set: U+017F is in s's (unicode
            // tables.go caseOrbit {0x0073, 0x017F}), so "ſtackConfigDir" is stackConfigDir to Pulumi.
            const dir = scratch("prod");
            const { project, stackDoc } = asJson(dir, "prod");
            writeJson(dir, "Pulumi.json", JSON.stringify({ ...project, "\u017ftackConfigDir": "stacks" }, null, 2));
            writeJson(dir, "Pulumi.prod.json", JSON.stringify(stackDoc, null, 2));
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.ok(run.stderr.includes('"\u017ftackConfigDir" is the field stackConfigDir'), run.stderr);
            noStackTrace(run.stderr);
        });

        it('bad input: Pulumi.prod.json with "environment": [] then "ENVIRONMENT": ["acme/prod"] (the last one fills the field): exit 2 naming both', async () => {
            const dir = scratch("prod");
            const { project, stackDoc } = asJson(dir, "prod");
            writeJson(dir, "Pulumi.json", JSON.stringify(project, null, 2));
            writeJson(
                dir,
                "Pulumi.prod.json",
                JSON.stringify({ ...stackDoc, environment: [], ENVIRONMENT: ["acme/prod"] }, null, 2),
            );
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /"environment" and "ENVIRONMENT" are one field to Pulumi, environment/);
            noStackTrace(run.stderr);
        });

        it('secure: Pulumi.json with "ma\u0131n": "deploy/" (U+0131 dotless i folds to no ASCII letter: a key Go ignores): --check agrees', async () => {
            // unicode tables.go caseOrbit {0x0131, 0x0131}: the dotless i is its own fold set, so the key matches no
            // field; Pulumi runs index.ts (no main), as the tools judge it.
            const dir = scratch("prod");
            const { project, stackDoc } = asJson(dir, "prod");
            writeJson(dir, "Pulumi.json", JSON.stringify({ ...project, "ma\u0131n": "deploy/" }, null, 2));
            writeJson(dir, "Pulumi.prod.json", JSON.stringify(stackDoc, null, 2));
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 0, run.stderr);
        });

        it("secure: Pulumi.yaml with `Main: deploy/` (go-yaml matches a field by its yaml tag exactly: an unknown key Pulumi ignores): --check agrees", async () => {
            // go-yaml decode.go mappingStruct looks a key up in sinfo.FieldsMap as written; Project's `AdditionalKeys
            // yaml:",inline"` takes `Main`, and Pulumi runs index.ts. YAML files keep their keys as written.
            const dir = scratch("prod");
            fs.appendFileSync(path.join(dir, "Pulumi.yaml"), "\nMain: deploy/\n");
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 0, run.stderr);
        });
    });

    describe("stack files and flags a careful team uses", () => {
        it("secure: Pulumi.prod.yaml a symlink to a shared config repository's file (Pulumi follows it): --check agrees", async () => {
            const dir = scratch("prod");
            const shared = fs.mkdtempSync(path.join(tmp, "shared-"));
            fs.renameSync(path.join(dir, "Pulumi.prod.yaml"), path.join(shared, "prod.yaml"));
            fs.symlinkSync(path.join(shared, "prod.yaml"), path.join(dir, "Pulumi.prod.yaml"));
            const run = await custodyModel(["--stack", "prod", "--check"], dir);
            assert.equal(run.code, 0, run.stderr);
        });

        it("secure: audit --state=FILE --stack=prod (the --flag=value form): audited as with separate values, exit 0", async () => {
            const file = path.join(tmp, "prod-state-eq.json");
            fs.writeFileSync(file, JSON.stringify(await exportOf("prod")));
            const run = await runner.argv(`--state=${file}`, "--stack=prod");
            assert.equal(run.code, 0, run.stderr);
        });
    });

    describe("exports", () => {
        // No `pulumi stack export` writes a key twice (Go's encoding/json Marshal of a struct/map cannot); JSON.parse
        // keeps the LAST value. A hand-merged export with a resource's `policy` written twice, the wide one first, is
        // what a reviewer reads as wide while the audit judges the narrow one.
        it("bad input: an export whose RolePolicy writes `policy` twice (Allow * first): exit 2 naming the key, not PASS", async () => {
            // Was a MISS (fixed in round 32): tools/audit/exportFile.ts parseExport used JSON.parse (last value wins, silently); duplicate keys
            // are refused in pack configs and JSON stack values (round 25) and duplicate URNs in exports (round 24,
            // "a merged or edited document, not an export"), but not duplicate keys inside an export. Now parseExport reads
            // the export with the strict reader (components/config/json.ts parseJsonStrict), naming the key's path.
            const doc = (await exportOf("prod")) as { deployment: { resources: ExportResource[] } };
            const rp = doc.deployment.resources.find(
                r => r.type === "aws:iam/rolePolicy:RolePolicy" && r.inputs?.policy,
            );
            assert.ok(rp, "a RolePolicy with inputs.policy");
            rp.inputs = { DUPLICATE_POLICY_MARKER: 1, ...rp.inputs };
            const wide = JSON.stringify(
                JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] }),
            );
            const text = JSON.stringify(doc).replace('"DUPLICATE_POLICY_MARKER":1', `"policy":${wide}`);
            const run = await runner.run(text);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /policy/);
            noStackTrace(run.stderr);
        });

        // Neighbours (round 32): the same key spelled with a JSON escape, a key written twice inside a secret's
        // plaintext (--show-secrets), and keys that differ only in case (two map keys to Go, not a duplicate).
        it("bad input: an export whose RolePolicy writes `pol\\u0069cy` and `policy` (one key, two spellings): exit 2 naming it", async () => {
            const doc = (await exportOf("prod")) as { deployment: { resources: ExportResource[] } };
            const rp = doc.deployment.resources.find(
                r => r.type === "aws:iam/rolePolicy:RolePolicy" && r.inputs?.policy,
            );
            assert.ok(rp, "a RolePolicy with inputs.policy");
            rp.inputs = { ESCAPED_POLICY_MARKER: 1, ...rp.inputs };
            const text = JSON.stringify(doc).replace('"ESCAPED_POLICY_MARKER":1', '"pol\\u0069cy":"{}"');
            const run = await runner.run(text);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(
                run.stderr,
                /"policy" written twice in one object \(at deployment\.resources\[\d+\]\.inputs\.policy\), in urn:pulumi:/,
            );
            assert.match(run.stderr, /never writes a key twice/);
            noStackTrace(run.stderr);
        });

        it("bad input: an export (--show-secrets) whose secret plaintext writes a key twice: exit 2 naming the secret", async () => {
            const doc = (await exportOf("prod")) as { deployment: { resources: ExportResource[] } };
            const rp = doc.deployment.resources.find(
                r => r.type === "aws:iam/rolePolicy:RolePolicy" && r.inputs?.policy,
            );
            assert.ok(rp, "a RolePolicy with inputs.policy");
            // The plaintext is the JSON text of the secret's value: here a policy object writing "Version" twice.
            rp.inputs = {
                ...rp.inputs,
                policy: {
                    "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
                    plaintext: '{"Version":"2012-10-17","Version":"2008-10-17"}',
                },
            };
            const run = await runner.run(doc);
            assert.equal(run.code, 2, `accepted (exit ${run.code}): ${run.stdout.slice(0, 300)}`);
            assert.match(run.stderr, /the secret at inputs\.policy has a plaintext with "Version" written twice/);
            noStackTrace(run.stderr);
        });

        it("secure: an export carrying the newer ResourceV3/DeploymentV3 fields (sequenceNumber, created, modified, sourcePosition, metadata): exit 0", async () => {
            const doc = (await exportOf("prod")) as {
                deployment: Record<string, unknown> & { resources: ExportResource[] };
            };
            doc.deployment.metadata = {};
            for (const r of doc.deployment.resources) {
                r.created = "2025-01-01T00:00:00.000000Z";
                r.modified = "2025-01-02T00:00:00.000000Z";
                r.sequenceNumber = 1;
                r.sourcePosition = "project:///index.ts#12,5";
                r.refreshBeforeUpdate = false;
            }
            const run = await runner.run(doc);
            assert.equal(run.code, 0, run.stderr);
        });
    });
});
