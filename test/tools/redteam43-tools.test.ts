// Red-team round 43 on the tools (fresh eyes): the audit's mirror of what Pulumi's Go readers refuse beyond round
// 41/42's `custom`/snippet checks -- ResourceV3 and ManifestV1 fields Go's encoding/json cannot decode (a numeric
// `id`, a manifest `time` that is not RFC 3339, `plugins` not a list), VerifyIntegrity's duplicate-URN rule for a
// `pendingReplacement` copy (pulumi/pulumi pkg/resource/deploy/snapshot.go at 1b5949891b3c), and export shapes Pulumi
// writes and reads (all copies of a URN `delete: true`, a `creating` pending operation without id, Go's RFC3339Nano
// time with an offset, snippet uuids differing in case); and stack files as `pulumi config set --path` writes them
// (sdk/go/common/resource/config/object.go coerce: a 12-digit account id becomes a YAML integer).
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { AnalyzerSession, startPolicyPack } from "../../tools/offline/analyzer";
import { PROJECT_DIR } from "../../tools/offline/preview";
import { main as custodyModelMain } from "../../tools/custody-model/main";
import { main as previewMain } from "../../tools/offline/main";
import { AuditRunner, exportOf } from "../audit/support";
import { capture, Export, ExportResource, find, noStackTrace, pclSnippet } from "./support";

describe("red team 43: Go-typed export fields, VerifyIntegrity's duplicate rule, `pulumi config set --path` values", function () {
    this.timeout(300_000);
    let tmp: string;
    let session: AnalyzerSession;
    let runner: AuditRunner;

    before(async () => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "r43-tools-"));
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

    describe("edited exports Pulumi's Go readers refuse", () => {
        // Was a MISS (fixed in round 43): audit exit 0 (PASS). The round-41 fix (exportFile.ts declaredCustomProblem) reads the id only when it is
        // a string (`typeof raw.id === "string"`), so `custom: false` with `"id": 12345` passes as a component without
        // id, while Pulumi cannot read the file at all: apitype ResourceV3 `ID resource.ID json:"id,omitempty"` with
        // `type ID string` (sdk/go/common/apitype/core.go, sdk/go/common/resource/resource_id.go at 1b5949891b3c, no
        // UnmarshalJSON), so encoding/json refuses a number there and `pulumi stack import` fails. The audit certifies
        // a document no stack holds. Fix: readResource refuses an `id` that is neither absent/null nor a string (as
        // graphFields does for `parent`), naming the resource and the path, exit 2.
        it("bad input: the signer RolePolicy written `custom: false` with a numeric id (12345): exit 2 naming it", async () => {
            const doc = await prod();
            const rp = find(doc, "aws:iam/rolePolicy:RolePolicy");
            rp.custom = false;
            (rp as { id: unknown }).id = 12345;
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.ok(run.stderr.includes(rp.urn), "names the RolePolicy");
            noStackTrace(run.stderr);
        });

        // Was a MISS (fixed in round 43): audit exit 0 (PASS): same gap, with `custom: true`: the numeric id is dropped silently and the RolePolicy
        // audited without one (ResourceV3.ID is a Go string; encoding/json refuses a number). Fix as above.
        it("bad input: the signer RolePolicy's id a number (`custom: true`, id 12345): exit 2 naming id", async () => {
            const doc = await prod();
            const rp = find(doc, "aws:iam/rolePolicy:RolePolicy");
            (rp as { id: unknown }).id = 12345;
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /\bid\b/);
            noStackTrace(run.stderr);
        });

        // Was a MISS (fixed in round 43): audit exit 1 with 9 resources "unjudged" because their provider "has id (none)": it fails closed, but
        // names the wrong problem and the wrong fix (the references are fine; the provider's id is no string, which Go
        // cannot decode: ResourceV3.ID). Fix as above: exit 2 naming deployment.resources[i].id.
        it("bad input: the AWS provider's id a number (its resources' `::<id>` references then name nothing): exit 2", async () => {
            const doc = await prod();
            const p = find(doc, "pulumi:providers:aws", "aws-signer");
            (p as { id: unknown }).id = Number.parseInt(String(p.id).replace(/\D/g, "").slice(0, 8) || "7", 10);
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            noStackTrace(run.stderr);
        });

        // Neighbours of the numeric id (round 43): every ResourceV3 field is read by its Go type (exportFile.ts
        // EXPORT_TYPES), a pending operation's resource too; JSON null is Go's empty value, read as no id.
        it("bad input: the signer RolePolicy's id `true` and a pending operation's resource id a number: exit 2 naming both", async () => {
            const doc = await prod();
            const rp = find(doc, "aws:iam/rolePolicy:RolePolicy");
            (rp as { id: unknown }).id = true;
            const next = JSON.parse(JSON.stringify(rp)) as ExportResource;
            next.urn = next.urn.replace(/::([^:]+)$/, "::$1-next");
            (next as { id: unknown }).id = 7;
            doc.deployment.pending_operations = [{ resource: next, type: "updating" }];
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.ok(run.stderr.includes(`deployment.resources[${doc.deployment.resources.indexOf(rp)}].id`));
            assert.ok(run.stderr.includes("deployment.pending_operations[0].resource.id"), run.stderr);
            assert.ok(run.stderr.includes(next.urn), "names the pending operation's resource");
            noStackTrace(run.stderr);
        });

        it("bad input: a numeric importID, a string customTimeouts.create and a numeric secrets_providers.type (Go types string, float64, string): exit 2", async () => {
            for (const edit of [
                (d: Export) => (find(d, "aws:iam/rolePolicy:RolePolicy").importID = 99),
                (d: Export) => (find(d, "aws:iam/rolePolicy:RolePolicy").customTimeouts = { create: "5m" }),
                (d: Export) => (d.deployment.secrets_providers = { type: 5 }),
            ]) {
                const doc = await prod();
                edit(doc);
                const run = await runner.run(doc);
                assert.equal(run.code, 2, show(run));
                assert.match(run.stderr, /importID|customTimeouts\.create|secrets_providers\.type/);
                noStackTrace(run.stderr);
            }
        });

        it("secure: a component written `custom: false, id: null` and the RolePolicy with numeric customTimeouts (Go: empty id, float64s): exit 0", async () => {
            const doc = await prod();
            const component = doc.deployment.resources.find(r => r.custom === false && !r.id);
            assert.ok(component);
            (component as { id: unknown }).id = null;
            find(doc, "aws:iam/rolePolicy:RolePolicy").customTimeouts = { create: 300, delete: 1.5 };
            const run = await runner.run(doc);
            assert.equal(run.code, 0, show(run));
        });

        // Was a MISS (fixed in round 43): audit exit 0 (PASS), and the report prints the bogus text as "Exported ...". apitype ManifestV1 `Time
        // time.Time json:"time"` (sdk/go/common/apitype/core.go at 1b5949891b3c): Go's time.Time UnmarshalJSON accepts
        // RFC 3339 only, so Pulumi cannot read this manifest (`pulumi stack import` fails). Fix: parseExport refuses a
        // manifest.time that is not an RFC 3339 string (Go's layout, fractional seconds and offsets allowed), exit 2.
        it("bad input: manifest.time as `date` prints it (not RFC 3339, which Go's time.Time requires): exit 2 naming time", async () => {
            const doc = await prod();
            doc.deployment.manifest.time = "Tue Jun  4 10:00:00 UTC 2024";
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /time/);
            noStackTrace(run.stderr);
        });

        // Was a MISS (fixed in round 43): audit exit 0 (PASS). ManifestV1 `Plugins []PluginInfoV1 json:"plugins,omitempty"` (apitype core.go at
        // 1b5949891b3c): encoding/json refuses an object there, so Pulumi cannot read this export. Fix: refuse
        // manifest.plugins that is not null/absent or a list of objects, exit 2 (EXPORT_FIELDS already knows the shape;
        // goFieldProblems checks key case, not JSON types).
        it("bad input: manifest.plugins an object (ManifestV1.Plugins is a list): exit 2", async () => {
            const doc = await prod();
            doc.deployment.manifest.plugins = { aws: "7.48.0" };
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /plugins/);
            noStackTrace(run.stderr);
        });

        // Neighbours of manifest.time and plugins (round 43): Go's RFC 3339 reader, day of month included, and the
        // ManifestV1/PluginInfoV1 and snippet field types (a snippet's descriptor version is a semver.Version).
        it("bad input: times Go's time.Time refuses (29 Feb 2023, a space for T, lowercase z, a created epoch number): exit 2 naming the field", async () => {
            for (const [where, value] of [
                ["time", "2023-02-29T10:00:00Z"],
                ["time", "2024-06-04 10:00:00Z"],
                ["time", "2024-06-04T10:00:00z"],
                ["created", 1717495200],
            ] as const) {
                const doc = await prod();
                if (where === "time") doc.deployment.manifest.time = value;
                else find(doc, "aws:iam/rolePolicy:RolePolicy").created = value;
                const run = await runner.run(doc);
                assert.equal(run.code, 2, `${value}: ${show(run)}`);
                assert.match(run.stderr, where === "time" ? /manifest\.time/ : /\.created .*ResourceV3\.created/);
                noStackTrace(run.stderr);
            }
        });

        it("secure: times Go reads (no fraction, a comma fraction, 29 Feb 2024, offset -05:30) and plugins null or []: exit 0", async () => {
            for (const [time, plugins] of [
                ["2024-06-04T10:00:00Z", null],
                ["2024-06-04T10:00:00,5Z", []],
                ["2024-02-29T23:59:59.1-05:30", undefined],
            ] as const) {
                const doc = await prod();
                doc.deployment.manifest.time = time;
                if (plugins !== undefined) doc.deployment.manifest.plugins = plugins;
                const run = await runner.run(doc);
                assert.equal(run.code, 0, `${time}: ${show(run)}`);
            }
        });

        it("bad input: a plugin whose version is a number, and a snippet whose descriptor version is `v7.48.0` (no semver): exit 2", async () => {
            let doc = await prod();
            doc.deployment.manifest.plugins = [{ name: "aws", path: "", type: "resource", version: 7 }];
            let run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /plugins\[0\]\.version .*PluginInfoV1\.version/);
            doc = await prod();
            doc.version = 4;
            doc.features = ["snippets-prototype"];
            doc.deployment.snippets = [
                {
                    ...pclSnippet("5b1f2d0e-4c3a-4f5e-9a7b-0c1d2e3f4a5b", "side"),
                    descriptor: { name: "aws", version: "v7.48.0" },
                },
            ];
            run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /descriptor\.version .*PackageDescriptorV1\.version/);
            noStackTrace(run.stderr);
        });

        // Was a MISS (fixed in round 43): audit exit 1 (the copy listed as pending deletion), not exit 2. VerifyIntegrity (pkg/resource/deploy/
        // snapshot.go and pkg/resource/stack/snapshot/integrity.go at 1b5949891b3c) counts only `Delete` entries:
        // `deletes != len(states)-1 && deletes != len(states)` -> "duplicate resource %s (not marked for deletion)", so
        // a pendingReplacement copy beside a live one is refused on every read and on import. exportFile.ts documents
        // the divergence (it counts live entries only) but it is not a DECIDED verdict: it fails closed, yet reports an
        // impossible state as an ordinary pending replacement. Fix: count every entry not `delete: true` per URN.
        it("bad input: a live RolePolicy and a `pendingReplacement: true` copy of its URN (neither `delete`): exit 2 (Pulumi: duplicate resource)", async () => {
            const doc = await prod();
            const rp = find(doc, "aws:iam/rolePolicy:RolePolicy");
            const i = doc.deployment.resources.indexOf(rp);
            const old = JSON.parse(JSON.stringify(rp)) as ExportResource;
            old.pendingReplacement = true;
            doc.deployment.resources.splice(i, 0, old);
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /duplicate|more than once/);
            noStackTrace(run.stderr);
        });

        // Neighbours of the duplicate rule (round 43): VerifyIntegrity's `deletes` count, both ways.
        it("bad input: two `pendingReplacement` copies of one URN, and a live one beside a `delete` and a `pendingReplacement` copy: exit 2", async () => {
            const copy = (r: ExportResource, flags: Record<string, unknown>): ExportResource => ({
                ...(JSON.parse(JSON.stringify(r)) as ExportResource),
                ...flags,
            });
            for (const keepLive of [false, true]) {
                const doc = await prod();
                const rp = find(doc, "aws:iam/rolePolicy:RolePolicy");
                const i = doc.deployment.resources.indexOf(rp);
                const copies = keepLive
                    ? [copy(rp, { delete: true, id: `${rp.id}-old` }), copy(rp, { pendingReplacement: true })]
                    : [copy(rp, { pendingReplacement: true }), copy(rp, { pendingReplacement: true })];
                doc.deployment.resources.splice(i, keepLive ? 0 : 1, ...copies);
                const run = await runner.run(doc);
                assert.equal(run.code, 2, show(run));
                assert.match(run.stderr, /more than once/);
                assert.ok(run.stderr.includes(rp.urn));
            }
        });

        it("secure: a `pendingReplacement` entry alone (deleted, not yet recreated) and one beside a `delete: true` copy: listed, not refused", async () => {
            for (const withDeleted of [false, true]) {
                const doc = await prod();
                const rp = find(doc, "aws:iam/rolePolicy:RolePolicy");
                rp.pendingReplacement = true;
                if (withDeleted) {
                    const old = JSON.parse(JSON.stringify(rp)) as ExportResource;
                    delete old.pendingReplacement;
                    old.delete = true;
                    old.id = `${rp.id}-old`;
                    doc.deployment.resources.splice(doc.deployment.resources.indexOf(rp), 0, old);
                }
                const run = await runner.run(doc);
                assert.equal(run.code, 1, show(run));
                assert.doesNotMatch(run.stderr, /more than once/);
                assert.ok(run.report?.pendingDeletion.some(d => d.urn === rp.urn && d.reason === "pendingReplacement"));
            }
        });

        it('bad input: deployment version 4 whose `features` is a string ("taint"), not a list: exit 2', async () => {
            const doc = await prod();
            doc.version = 4;
            (doc as { features: unknown }).features = "taint";
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /features/);
            noStackTrace(run.stderr);
        });
    });

    describe("export shapes Pulumi writes and reads", () => {
        it("secure: manifest.time in Go's RFC3339Nano with an offset (2024-06-04T12:00:00.123456789+02:00): exit 0", async () => {
            const doc = await prod();
            doc.deployment.manifest.time = "2024-06-04T12:00:00.123456789+02:00";
            const run = await runner.run(doc);
            assert.equal(run.code, 0, show(run));
        });

        it("secure: two `delete: true` copies of a replaced RolePolicy besides the live one (deletes == len-1): not refused", async () => {
            const doc = await prod();
            const rp = find(doc, "aws:iam/rolePolicy:RolePolicy");
            const i = doc.deployment.resources.indexOf(rp);
            const old = (id: string) => ({ ...(JSON.parse(JSON.stringify(rp)) as ExportResource), delete: true, id });
            doc.deployment.resources.splice(i + 1, 0, old(`${rp.id}-a`), old(`${rp.id}-b`));
            const run = await runner.run(doc);
            assert.equal(run.code, 1, show(run));
            assert.doesNotMatch(run.stderr, /duplicate|more than once/);
            assert.equal(run.report?.pendingDeletion.filter(d => d.urn === rp.urn).length, 2);
        });

        it("secure: a `creating` pending operation of a new RolePolicy (`custom: true`, no id yet): exit 1, not refused", async () => {
            const doc = await prod();
            const rp = JSON.parse(JSON.stringify(find(doc, "aws:iam/rolePolicy:RolePolicy"))) as ExportResource;
            rp.urn = rp.urn.replace(/::([^:]+)$/, "::$1-next");
            delete rp.id;
            delete rp.outputs;
            doc.deployment.pending_operations = [{ resource: rp, type: "creating" }];
            const run = await runner.run(doc);
            assert.equal(run.code, 1, show(run));
            assert.ok(run.report?.pendingOperations.some(o => o.urn === rp.urn && o.type === "creating"));
        });

        it("secure: two snippets whose uuids differ only in case (Pulumi compares them as strings): each unjudged, exit 1", async () => {
            const doc = await prod();
            doc.version = 4;
            doc.features = ["snippets-prototype"];
            doc.deployment.snippets = [
                pclSnippet("5b1f2d0e-4c3a-4f5e-9a7b-0c1d2e3f4a5b", "side"),
                pclSnippet("5B1F2D0E-4C3A-4F5E-9A7B-0C1D2E3F4A5B", "other"),
            ];
            const run = await runner.run(doc);
            assert.equal(run.code, 1, show(run));
            assert.doesNotMatch(run.stderr, /duplicate snippet/);
        });

        it("secure: a version 4 export listing `taint` with the signer RolePolicy `taint: true`: judged as deployed (exit 0), listed", async () => {
            const doc = await prod();
            doc.version = 4;
            doc.features = ["taint"];
            const rp = find(doc, "aws:iam/rolePolicy:RolePolicy");
            rp.taint = true;
            const run = await runner.run(doc);
            assert.equal(run.code, 0, show(run));
            assert.ok(run.report?.tainted.includes(rp.urn));
        });
    });

    describe("stack files as `pulumi config set --path` writes them", () => {
        // Was a MISS (fixed in round 43): custody-model --check exits 2 ("custody-infra:accounts.custody-b.accountId: is the number 222222222222;
        // write the account id as a quoted string"). `pulumi config set --path
        // custody-infra:accounts.custody-b.accountId 222222222222` -- the way README "Config reference" says objects
        // are written -- stores a YAML integer: pulumi/pulumi sdk/go/common/resource/config/object.go coerce turns
        // every digit string into an int64 EXCEPT one starting with "0" (kept a string "so values like 0123456 are
        // saved as a string (without stripping any leading zeros)"). So a numeric id from Pulumi never lost a digit,
        // and a 12-digit integer (100000000000..999999999999, exact in a JS number) is exactly the account id; only
        // numbers of other lengths (hand-written `011111111111`, read by YAML as 11111111111) are ambiguous. Who is
        // hurt: an operator following the README cannot deploy or check; the fix is a hand edit Pulumi's own writer
        // undoes on the next `config set --path`. Fix: components/stack/validate.ts accepts an integer of exactly 12
        // digits as that account id string, and keeps refusing other numbers naming the lost leading zeros.
        it("secure: `accountId: 222222222222` as `pulumi config set --path` writes it (a YAML integer): --check agrees", async () => {
            const text = committedProd().replace('accountId: "222222222222"', "accountId: 222222222222");
            assert.notEqual(text, committedProd());
            const run = await check(project(text));
            assert.equal(run.code, 0, show(run));
        });

        it("bad input: `accountId: 22222222222` (11 digits, a leading zero lost by a hand-written YAML number): exit 2 naming it", async () => {
            const text = committedProd().replace('accountId: "222222222222"', "accountId: 022222222222");
            const run = await check(project(text));
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /accounts\.custody-b\.accountId/);
            noStackTrace(run.stderr);
        });

        // Neighbours of the integer account id (round 43): only exactly 12 digits, and it is compared as the id.
        it("secure: every account id an unquoted 12-digit integer (as `config set --path` stores all three): --check agrees", async () => {
            const text = committedProd().replace(/accountId: "(\d{12})"/g, "accountId: $1");
            assert.equal((text.match(/accountId: \d{12}\n/g) ?? []).length, 3);
            const run = await check(project(text));
            assert.equal(run.code, 0, show(run));
        });

        it("bad input: `accountId: 2222222222222` (13 digits) and a 12-digit integer not the account of its assumeRoleArn: exit 2 naming each", async () => {
            for (const [id, key] of [
                [
                    "2222222222222",
                    /accounts\.custody-b\.accountId: is the number 2222222222222; write the account id as a quoted string/,
                ],
                ["222222222223", /accounts\.custody-b\.assumeRoleArn: is in account 222222222222, not 222222222223/],
            ] as const) {
                const run = await check(
                    project(committedProd().replace('accountId: "222222222222"', `accountId: ${id}`)),
                );
                assert.equal(run.code, 2, show(run));
                assert.match(run.stderr, key);
                noStackTrace(run.stderr);
            }
        });

        it("secure: `threshold: 2` and the legacy key spelling `custody-infra:config:tags` Pulumi's ParseKey reads as custody-infra:tags: --check agrees", async () => {
            const text = committedProd().replace("  custody-infra:tags:\n", "  custody-infra:config:tags:\n");
            assert.notEqual(text, committedProd());
            const run = await check(project(text));
            assert.equal(run.code, 0, show(run));
        });

        it("secure: the offline preview of prod with `pulumi config set --secret --path custody-infra:accounts.custody-b.externalId` (a nested secure leaf): not a stack trace", async () => {
            const file = path.join(tmp, "Pulumi.prod.yaml");
            fs.writeFileSync(
                file,
                committedProd().replace(
                    "      externalId: custody-infra-prod\n",
                    "      externalId:\n        secure: v1:AAAABBBBCCCC:ZGVhZGJlZWY=\n",
                ),
            );
            const run = await preview(file);
            noStackTrace(run.stderr);
            assert.notEqual(run.code, 2, show(run));
        });
    });
});
