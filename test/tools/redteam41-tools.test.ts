// Red-team round 41 on the tools (fresh eyes): the audit's mirror of pulumi/pulumi VerifyIntegrity (checked at
// 1b5949891b3c, pkg/resource/deploy/snapshot.go) beyond round 40's cases -- the `custom` flag of provider-managed
// types, duplicate snippet uuids, the magic cookie's case -- real export shapes (manifest plugins, the passphrase
// secrets provider, `features: null`), and stack files as `pulumi config set` writes them (a JSON-text
// `pulumi:disable-default-providers`, other packages' keys), read by `npm run custody-model` and the offline preview.
import { strict as assert } from "assert";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { AnalyzerSession, startPolicyPack } from "../../tools/offline/analyzer";
import { PROJECT_DIR } from "../../tools/offline/preview";
import { main as custodyModelMain } from "../../tools/custody-model/main";
import { main as previewMain } from "../../tools/offline/main";
import { AuditRunner, exportOf } from "../audit/support";
import { capture, Export, ExportResource, find, noStackTrace, pclSnippet } from "./support";

const SIG = "4dabf18193072939515e22adb298388d";
const SECRET = "1b47061264138c4ac30d75fd1eb44270";

describe("red team 41: the audit's Pulumi state check, real export shapes, stack files as Pulumi writes them", function () {
    this.timeout(300_000);
    let tmp: string;
    let session: AnalyzerSession;
    let runner: AuditRunner;

    before(async () => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "r41-tools-"));
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

    /** A scratch project: the committed Pulumi.yaml, prod's pack config, and `stackFile` as Pulumi.prod.yaml. */
    function project(stackFile: string): string {
        const dir = fs.mkdtempSync(path.join(tmp, "proj-"));
        fs.copyFileSync(path.join(PROJECT_DIR, "Pulumi.yaml"), path.join(dir, "Pulumi.yaml"));
        fs.writeFileSync(path.join(dir, "Pulumi.prod.yaml"), stackFile);
        fs.mkdirSync(path.join(dir, "policy-pack", "config"), { recursive: true });
        fs.copyFileSync(
            path.join(PROJECT_DIR, "policy-pack", "config", "prod.json"),
            path.join(dir, "policy-pack", "config", "prod.json"),
        );
        fs.writeFileSync(path.join(dir, "index.ts"), "export {};\n");
        fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "custody-infra", main: "index.ts" }));
        return dir;
    }
    const committedProd = () => fs.readFileSync(path.join(PROJECT_DIR, "Pulumi.prod.yaml"), "utf8");
    const check = (dir: string) =>
        capture(io => custodyModelMain(["--stack", "prod", "--check"], { ...io, projectDir: dir }));
    const preview = (configFile: string) =>
        capture(io =>
            previewMain(["--stack", "prod", "--config", configFile, "--out", path.join(tmp, `out-${Date.now()}`)], {
                ...io,
                session,
            }),
        );

    describe("edited exports Pulumi's state check refuses", () => {
        // Was a MISS (fixed in round 41): audit exit 0 (PASS) on an export Pulumi refuses. graphProblems tests
        // `!r.custom && r.id` with the type-derived `custom` (providerManaged), so an aws:/pulumi:providers: entry
        // written `custom: false` with an id passes; Pulumi's VerifyIntegrity ("resource '%s' has 'custom false but
        // non-empty ID", snapshot.go at 1b5949891b3c) and DeserializeResource (pkg/resource/stack/deployment.go:932)
        // refuse it on every read and on `pulumi stack import` (apitype ResourceV3 `Custom bool json:"custom"`, no
        // omitempty). Round 40's fix covers components only. Fix: refuse on the file's own `custom` (raw.custom !==
        // true) with an id, keep the type-derived flag for judging.
        // Now tools/audit/exportFile.ts readResource refuses the file's own `custom` as Go reads it (missing or null
        // is false; any other type is no bool) with an id (declaredCustomProblem), as DeserializeResource does, for
        // live resources and pending operations alike; what a resource is judged as still comes from its type.
        it("bad input: the signer's AWS provider written `custom: false` (it keeps its id): not PASS", async () => {
            // VerifyIntegrity (snapshot.go): `if !state.Custom && state.ID != ""` -> "resource '%s' has 'custom false but
            // non-empty ID"; DeserializeResource (pkg/resource/stack/deployment.go) refuses the same entry. A provider is a
            // CustomResource in every SDK: no export writes it `custom: false`.
            const doc = await prod();
            const p = find(doc, "pulumi:providers:aws", "aws-signer");
            assert.ok(p.id, "the provider has an id");
            p.custom = false;
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.ok(run.stderr.includes(p.urn), "names the provider");
            noStackTrace(run.stderr);
        });

        // Was a MISS (fixed in round 41): audit exit 0 (PASS), the same gap as above on a RolePolicy: a resource
        // Pulumi refuses to read ("has 'custom' false but non-empty ID", deployment.go:932) is audited as deployed.
        // Fix as above.
        it("bad input: the signer RolePolicy written `custom: false` with its id: exit 2 naming it", async () => {
            const doc = await prod();
            const rp = find(doc, "aws:iam/rolePolicy:RolePolicy");
            rp.custom = false;
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.ok(run.stderr.includes(rp.urn), "names the RolePolicy");
            assert.match(run.stderr, /custom/);
            noStackTrace(run.stderr);
        });

        it("bad input: the signer's AWS provider without `custom` (Go reads a missing one as false) and its id: exit 2", async () => {
            // ResourceV3 `Custom bool json:"custom"` has no omitempty: every export writes it, and Go decodes a missing
            // field as false, so DeserializeResource refuses this entry as it refuses `custom: false`.
            const doc = await prod();
            const p = find(doc, "pulumi:providers:aws", "aws-signer");
            delete p.custom;
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.ok(run.stderr.includes(p.urn), "names the provider");
            assert.match(run.stderr, /'custom' false but non-empty ID/);
            noStackTrace(run.stderr);
        });

        it('bad input: the RolePolicy written `custom: "true"` (a string; Go cannot decode it into a bool): exit 2', async () => {
            const doc = await prod();
            const rp = find(doc, "aws:iam/rolePolicy:RolePolicy");
            (rp as { custom: unknown }).custom = "true";
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.ok(run.stderr.includes(rp.urn), "names the RolePolicy");
            assert.match(run.stderr, /`custom` a string/);
            noStackTrace(run.stderr);
        });

        it("bad input: a pending operation's RolePolicy written `custom: false` with its id (DeserializeOperation reads it too): exit 2", async () => {
            const doc = await prod();
            const rp = JSON.parse(JSON.stringify(find(doc, "aws:iam/rolePolicy:RolePolicy"))) as ExportResource;
            rp.custom = false;
            doc.deployment.pending_operations = [{ resource: rp, type: "updating" }];
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /pending_operations\[0\]\.resource/);
            assert.match(run.stderr, /'custom' false but non-empty ID/);
            noStackTrace(run.stderr);
        });

        it("secure: the untouched prod export (components `custom: false` without id, the providers and the RolePolicy `custom: true` with ids): exit 0", async () => {
            const doc = await prod();
            const components = doc.deployment.resources.filter(r => r.custom === false);
            assert.ok(components.length > 0 && components.every(r => !r.id), "components have no id");
            for (const r of [
                find(doc, "pulumi:providers:aws", "aws-signer"),
                find(doc, "aws:iam/rolePolicy:RolePolicy"),
            ])
                assert.ok(r.custom === true && r.id, `${r.urn} is custom with an id`);
            const run = await runner.run(doc);
            assert.equal(run.code, 0, show(run));
        });

        it("secure: the RolePolicy written `custom: false` without an id (Pulumi reads it): not refused, judged from its type", async () => {
            // DeserializeResource accepts `custom: false` with an empty id; the audit judges the entry by its type
            // (providerManaged), so the pack still sees it, and its provider, as the RolePolicy it is.
            const doc = await prod();
            const rp = find(doc, "aws:iam/rolePolicy:RolePolicy");
            rp.custom = false;
            delete rp.id;
            const run = await runner.run(doc);
            assert.equal(run.code, 0, show(run));
            assert.doesNotMatch(run.stderr, /non-empty ID/);
            const untouched = await runner.run(await prod());
            assert.equal(
                run.report?.summary.customResources,
                untouched.report?.summary.customResources,
                "still custom",
            );
        });

        it("secure: a pending operation's RolePolicy `custom: true` with its id: not refused (exit 1, the pending operation)", async () => {
            const doc = await prod();
            const rp = JSON.parse(JSON.stringify(find(doc, "aws:iam/rolePolicy:RolePolicy"))) as ExportResource;
            doc.deployment.pending_operations = [{ resource: rp, type: "updating" }];
            const run = await runner.run(doc);
            assert.equal(run.code, 1, show(run));
            assert.doesNotMatch(run.stderr, /non-empty ID/);
            assert.ok(run.report?.pendingOperations.some(o => o.urn === rp.urn));
        });

        // Was a MISS (fixed in round 41): audit exit 1 (two snippets unjudged), not exit 2: VerifyIntegrity
        // (snapshot.go at 1b5949891b3c) refuses "duplicate snippet uuid %q at indexes %d and %d", so no export holds
        // this and `pulumi stack import` refuses it; the audit reports a state no deployment produced as an ordinary
        // FAIL. Fix: exportFile.ts parseExport refuses a snippet uuid seen before, naming both indexes, in Pulumi's
        // words.
        // Now exportFile.ts parseExport does so (snippetIndexes), in Pulumi's words.
        it("bad input: two PCL snippets with one uuid (Pulumi: duplicate snippet uuid): exit 2", async () => {
            // VerifyIntegrity (1b5949891b3c): `if other, has := snippetUUIDs[snippet.UUID]; has` -> "duplicate snippet uuid
            // %q at indexes %d and %d": the engine keys snippets by uuid, so which code a resource's snippetID reruns is
            // not defined by the file.
            const doc = await prod();
            doc.version = 4;
            doc.features = ["snippets-prototype"];
            const uuid = "5b1f2d0e-4c3a-4f5e-9a7b-0c1d2e3f4a5b";
            doc.deployment.snippets = [pclSnippet(uuid, "side"), pclSnippet(uuid, "other")];
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /snippet/);
            assert.ok(run.stderr.includes(uuid), "names the uuid");
            noStackTrace(run.stderr);
        });

        it("bad input: three snippets, the first and the third with one uuid: exit 2 naming indexes 0 and 2", async () => {
            const doc = await prod();
            doc.version = 4;
            doc.features = ["snippets-prototype"];
            const uuid = "0f6e1c2b-9a8d-4e7f-b6c5-d4e3f2a1b0c9";
            doc.deployment.snippets = [
                pclSnippet(uuid, "one"),
                pclSnippet("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "two"),
                pclSnippet(uuid, "three"),
            ];
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.ok(run.stderr.includes(`duplicate snippet uuid "${uuid}" at indexes 0 and 2`), show(run));
            noStackTrace(run.stderr);
        });

        it("secure: two PCL snippets with distinct uuids: read, each unjudged (exit 1), not refused as duplicates", async () => {
            const doc = await prod();
            doc.version = 4;
            doc.features = ["snippets-prototype"];
            doc.deployment.snippets = [
                pclSnippet("5b1f2d0e-4c3a-4f5e-9a7b-0c1d2e3f4a5b", "side"),
                pclSnippet("6c2a3e1f-5d4b-4a6f-8b8c-1d2e3f4a5b6c", "other"),
            ];
            const run = await runner.run(doc);
            assert.equal(run.code, 1, show(run));
            assert.doesNotMatch(run.stderr, /duplicate snippet/);
            assert.deepEqual(
                run.report?.unjudged.filter(u => u.path.startsWith("deployment.snippets")).map(u => u.path),
                ["deployment.snippets[0]", "deployment.snippets[1]"],
            );
        });

        it("bad input: the magic cookie in upper-case hex (Go's %x writes lower case; Pulumi compares strings): exit 2", async () => {
            const doc = await prod();
            const version = String(doc.deployment.manifest.version);
            doc.deployment.manifest.magic = crypto.createHash("sha256").update(version).digest("hex").toUpperCase();
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /magic/);
            noStackTrace(run.stderr);
        });

        it("bad input: a snippet with an empty uuid (Pulumi: missing required 'uuid' field): exit 2", async () => {
            const doc = await prod();
            doc.version = 4;
            doc.features = ["snippets-prototype"];
            doc.deployment.snippets = [
                { uuid: "", name: "side", type: "aws:s3/bucket:Bucket", code: "", descriptor: { name: "aws" } },
            ];
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /snippet/);
            noStackTrace(run.stderr);
        });

        it("insecure: the AWS provider's assumeRoles as a ciphertext secret (pulumi config set --secret): unjudged, not PASS", async () => {
            const doc = await prod();
            const p = find(doc, "pulumi:providers:aws", "aws-signer");
            p.inputs!.assumeRoles = { [SIG]: SECRET, ciphertext: "v1:AAAA:assumeRoles" };
            if (p.outputs) p.outputs.assumeRoles = { [SIG]: SECRET, ciphertext: "v1:AAAA:assumeRoles" };
            const run = await runner.run(doc);
            assert.equal(run.code, 1, show(run));
            assert.ok(
                run.report?.unjudged.some(u => /assumeRoles/.test(u.path)),
                JSON.stringify(run.report?.unjudged),
            );
        });
    });

    describe("real export shapes that must pass", () => {
        it("secure: a manifest listing its plugins (language nodejs, resource aws 7.48.0 and kubernetes 4.34.2): exit 0", async () => {
            const doc = await prod();
            doc.deployment.manifest.plugins = [
                { name: "nodejs", path: "/usr/local/bin/pulumi-language-nodejs", type: "language", version: "3.259.0" },
                {
                    name: "aws",
                    path: "/home/ci/.pulumi/plugins/resource-aws-v7.48.0/pulumi-resource-aws",
                    type: "resource",
                    version: "7.48.0",
                },
                {
                    name: "kubernetes",
                    path: "/home/ci/.pulumi/plugins/resource-kubernetes-v4.34.2/pulumi-resource-kubernetes",
                    type: "resource",
                    version: "4.34.2",
                },
            ];
            const run = await runner.run(doc);
            assert.equal(run.code, 0, show(run));
        });

        it("secure: secrets_providers of a passphrase stack ({type: passphrase, state: {salt}}): exit 0", async () => {
            const doc = await prod();
            doc.deployment.secrets_providers = {
                type: "passphrase",
                state: { salt: "v1:fozI5u6B030=:v1:F+6ZduKKd8G0/V7L:j" },
            };
            const run = await runner.run(doc);
            assert.equal(run.code, 0, show(run));
        });

        it("secure: an awskms secrets provider ({type: cloud, state: {url: awskms://alias/...}}): exit 0", async () => {
            const doc = await prod();
            doc.deployment.secrets_providers = {
                type: "cloud",
                state: { url: "awskms://alias/pulumi-secrets?region=eu-west-1", encryptedkey: "AQICAHh..." },
            };
            const run = await runner.run(doc);
            assert.equal(run.code, 0, show(run));
        });

        it("secure: a version 3 export with `features: null` (Go's nil slice, decoded as none): exit 0", async () => {
            const doc = await prod();
            doc.version = 3;
            doc.features = null;
            const run = await runner.run(doc);
            assert.equal(run.code, 0, show(run));
        });

        it("secure: a replaced RolePolicy's old copy (`delete: true`) listed BEFORE the live one: audited, not refused as a duplicate", async () => {
            // VerifyIntegrity counts deletes per URN (deletes == len-1 passes) whatever their order.
            const doc = await prod();
            const rp = find(doc, "aws:iam/rolePolicy:RolePolicy");
            const i = doc.deployment.resources.indexOf(rp);
            const old = JSON.parse(JSON.stringify(rp)) as ExportResource;
            old.delete = true;
            doc.deployment.resources.splice(i, 0, old);
            const run = await runner.run(doc);
            assert.equal(run.code, 1, show(run));
            assert.doesNotMatch(run.stderr, /duplicate|more than once/);
            assert.ok(run.report?.pendingDeletion.some(d => d.urn === rp.urn && d.reason === "delete"));
        });
    });

    describe("stack files as `pulumi config set` writes them", () => {
        it("secure: `pulumi:disable-default-providers: '[\"*\"]'` (the JSON text `pulumi config set` writes): --check agrees", async () => {
            const text = committedProd().replace(
                'pulumi:disable-default-providers: ["*"]',
                "pulumi:disable-default-providers: '[\"*\"]'",
            );
            assert.notEqual(text, committedProd());
            const run = await check(project(text));
            assert.equal(run.code, 0, show(run));
        });

        it("secure: other packages' keys (aws:region, kubernetes:context, aws:skipMetadataApiCheck) beside the project's: --check agrees", async () => {
            const text = committedProd().replace(
                "config:\n",
                'config:\n  aws:region: eu-west-1\n  kubernetes:context: prod-validators\n  aws:skipMetadataApiCheck: "false"\n',
            );
            const run = await check(project(text));
            assert.equal(run.code, 0, show(run));
        });

        it("secure: the offline preview of prod from a stack file with `aws:region` and the JSON-text disable-default-providers: exit 0", async () => {
            const file = path.join(tmp, "Pulumi.prod.yaml");
            fs.writeFileSync(
                file,
                committedProd()
                    .replace('pulumi:disable-default-providers: ["*"]', "pulumi:disable-default-providers: '[\"*\"]'")
                    .replace("config:\n", "config:\n  aws:region: eu-west-1\n"),
            );
            const run = await preview(file);
            assert.equal(run.code, 0, show(run));
        });

        it("bad input: the signer section as a secure value (`pulumi config set --secret custody-infra:signer`): exit 2 naming it", async () => {
            const text = committedProd().replace(
                / {2}custody-infra:signer:\n(?: {4}.*\n)+/,
                "  custody-infra:signer:\n    secure: v1:AAAABBBBCCCC:ZGVhZGJlZWY=\n",
            );
            assert.notEqual(text, committedProd());
            const run = await check(project(text));
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /custody-infra:signer/);
            noStackTrace(run.stderr);
        });

        it("bad input: `pulumi config set --path custody-infra:signer.shares.threshold 1` (a threshold of one): refused naming threshold", async () => {
            const text = committedProd().replace("threshold: 2", "threshold: 1");
            const run = await check(project(text));
            assert.notEqual(run.code, 0, show(run));
            assert.match(run.stderr + run.stdout, /threshold/);
            noStackTrace(run.stderr);
        });

        it("bad input: preview with `-s prod` (the Pulumi CLI's short flag): exit 2 naming -s", async () => {
            const run = await capture(io => previewMain(["-s", "prod"], { ...io, session }));
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /-s/);
            noStackTrace(run.stderr);
        });
    });
});
