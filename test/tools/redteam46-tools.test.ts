// Red-team round 46 on the tools (fresh eyes): round 45's fixes. (1) Stack config: `setPathText`/`readText`
// (components/stack/validate.ts) read a bool or safe integer that `pulumi config set --path` stores as the text of a
// string setting -- but only for the settings validate.ts itself reads (tags, accounts.*.externalId, account names,
// cluster.name); the workload readers' string leaves (crossAccount.externalId, trustDomain.keyTags, basil's request
// tag value) still go through r.string / r.stringMap and refuse the same `--path` values with "expected a string, got
// number" (no `--type string` hint). Checked against pulumi/pulumi sdk/go/common/resource/config/object.go (coerce:
// "true"/"false" -> bool, base-10 digits not starting with "0" -> int64/uint64, for every `--path` value set without
// --type). (2) The audit's number and time text rules (tools/audit/exportFile.ts rawTokens, isGoInt, isTimeText,
// outOfRangeNumbers) against more of what Go's encoding/json and strconv accept and refuse: exponent spellings,
// underflow, nested `any` numbers, times with offsets and nanoseconds. isGoTime's lax hour/comma/offset rules were
// checked against golang/go src/time/format_rfc3339.go parseStrictRFC3339 (strict checks disabled: "case true: return
// t, nil", go.dev/issue/54580), so they are right and not filed.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { AnalyzerSession, startPolicyPack } from "../../tools/offline/analyzer";
import { PROJECT_DIR } from "../../tools/offline/preview";
import { main as custodyModelMain } from "../../tools/custody-model/main";
import { AuditRunner, exportOf } from "../audit/support";
import { plainSecret } from "../audit/exportFromPlan";

interface ExportResource {
    urn: string;
    type: string;
    inputs?: Record<string, unknown>;
    [k: string]: unknown;
}

type Export = {
    version: number;
    deployment: { manifest: Record<string, unknown>; resources: ExportResource[]; [k: string]: unknown };
};

function find(doc: Export, type: string): ExportResource {
    const r = doc.deployment.resources.find(x => x.type === type);
    assert.ok(r, type);
    return r;
}

function noStackTrace(text: string): void {
    assert.doesNotMatch(text, /\n\s+at /, "no stack trace");
}

async function capture(run: (io: { stdout: (s: string) => void; stderr: (s: string) => void }) => Promise<number>) {
    let stdout = "";
    let stderr = "";
    const code = await run({
        stdout: s => {
            stdout += s;
        },
        stderr: s => {
            stderr += s;
        },
    });
    return { code, stdout, stderr };
}

/** The export's JSON text with one exact piece of text replaced (the edit JSON.stringify cannot write). */
function edited(doc: Export, from: string, to: string): string {
    const text = JSON.stringify(doc);
    assert.ok(text.includes(from), `the export holds ${from}`);
    return text.replace(from, to);
}

describe("red team 46: `pulumi config set --path` leaves of the workload sections, Go's number and time text in exports", function () {
    this.timeout(300_000);
    let tmp: string;
    let session: AnalyzerSession;
    let runner: AuditRunner;

    before(async () => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "r46-tools-"));
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
        `exit ${run.code}: ${run.stderr.slice(0, 800)} ${run.stdout.slice(0, 400)}`;

    /** A project directory holding this repository's Pulumi.yaml and `stack`'s stack file as `stackFile`. */
    function project(stack: string, stackFile: string): string {
        const dir = fs.mkdtempSync(path.join(tmp, "proj-"));
        fs.copyFileSync(path.join(PROJECT_DIR, "Pulumi.yaml"), path.join(dir, "Pulumi.yaml"));
        fs.writeFileSync(path.join(dir, `Pulumi.${stack}.yaml`), stackFile);
        fs.mkdirSync(path.join(dir, "policy-pack", "config"), { recursive: true });
        fs.copyFileSync(
            path.join(PROJECT_DIR, "policy-pack", "config", `${stack}.json`),
            path.join(dir, "policy-pack", "config", `${stack}.json`),
        );
        fs.writeFileSync(path.join(dir, "index.ts"), "export {};\n");
        fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "custody-infra", main: "index.ts" }));
        return dir;
    }
    /** The committed stack file of `stack` with one exact line replaced. */
    const committed = (stack: string, from: string, to: string) => {
        const text = fs.readFileSync(path.join(PROJECT_DIR, `Pulumi.${stack}.yaml`), "utf8");
        assert.ok(text.includes(from), `Pulumi.${stack}.yaml holds ${from}`);
        return text.replace(from, to);
    };
    const check = (stack: string, stackFile: string) =>
        capture(io =>
            custodyModelMain(["--stack", stack, "--check"], { ...io, projectDir: project(stack, stackFile) }),
        );

    describe("workload string settings as `pulumi config set --path` stores them", () => {
        // MISS: custody-model --check exits 2 ("crossAccount.externalId: expected a string, got number 4711081512.").
        // `pulumi config set --path custody-infra:crossAccount.externalId 4711081512` stores the YAML integer 4711081512
        // (pulumi/pulumi sdk/go/common/resource/config/object.go coerce: "strings of base-10 digits that do not begin
        // with '0' are coerced to int64 or uint64"), and an all-digit sts:ExternalId is valid (2-1224 of [\w+=,.@:/-];
        // AWS IAM user guide, "Access to AWS accounts owned by third parties": the third party often hands out a
        // numeric one). Round 45 fixed exactly this for accounts.<name>.externalId (readText) and README "Config
        // reference" promises "a numeric `externalId` ... is read as its text", but crossAccount/config.ts still reads
        // its externalId with r.string. Who is hurt: the seed-003 operator following the README cannot deploy or check,
        // and the message names neither cause nor fix (`--type string`). Fix: export readText from validate.ts (or put
        // it on ConfigReader as `text`) and use it for every string leaf a user may set with --path
        // (crossAccount.externalId first).
        it.skip("secure: `crossAccount.externalId: 4711081512` as `pulumi config set --path` writes a numeric external id: --check agrees", async () => {
            const run = await check(
                "cross-account",
                committed(
                    "cross-account",
                    "    externalId: custody-cross-account-example\n",
                    "    externalId: 4711081512\n",
                ),
            );
            assert.equal(run.code, 0, show(run));
        });

        // MISS: custody-model --check exits 2 ("trustDomain.keyTags.cost-center: expected a string, got number 4711.").
        // The committed Pulumi.trust-domain.yaml writes `cost-center: "4711"` quoted, but `pulumi config set --path
        // custody-infra:trustDomain.keyTags.cost-center 4711` (the way README "Config reference" says objects are
        // written) stores the YAML integer 4711 (object.go coerce), exactly the numeric cost-centre tag round 45
        // accepted under `tags` (readTags -> textMap). trustDomain/config.ts reads keyTags with r.stringMap directly,
        // so the same value is refused one map further down, without the `--type string` hint. KMS tag values are
        // strings of 0-256 characters, digits allowed (AWS KMS API reference, Tag: TagValue). Fix: read keyTags
        // through validate.ts's textMap (export it), as `tags` is.
        it.skip("secure: `trustDomain.keyTags.cost-center: 4711` as `pulumi config set --path` writes it: --check agrees", async () => {
            const run = await check(
                "trust-domain",
                committed("trust-domain", '      cost-center: "4711"\n', "      cost-center: 4711\n"),
            );
            assert.equal(run.code, 0, show(run));
        });

        // MISS: custody-model --check exits 2 ("basil.provisioner.requestTag.value: expected a string, got boolean
        // true."). The committed Pulumi.basil.yaml writes `value: "true"` quoted; `pulumi config set --path
        // custody-infra:basil.provisioner.requestTag.value true` stores the YAML bool true (object.go coerce: `case
        // "true": return true, true`), the same coercion round 45 reads back as text for `tags.backup: true`.
        // basil/config.ts reads the value with r.requiredString. A tag value "true" is valid for IAM request tags
        // (aws:RequestTag values are strings). Fix: read it with readText, as above.
        it.skip("secure: `basil.provisioner.requestTag.value: true` as `pulumi config set --path` writes it: --check agrees", async () => {
            const run = await check("basil", committed("basil", '        value: "true"\n', "        value: true\n"));
            assert.equal(run.code, 0, show(run));
        });

        it('secure: the same three values as `pulumi config set --type string --path` writes them (quoted "4711081512", "4711", "true"): --check agrees', async () => {
            for (const [stack, text] of [
                [
                    "cross-account",
                    committed(
                        "cross-account",
                        "    externalId: custody-cross-account-example\n",
                        '    externalId: "4711081512"\n',
                    ),
                ],
                [
                    "trust-domain",
                    committed("trust-domain", '      cost-center: "4711"\n', '      cost-center: "4711"\n'),
                ],
                ["basil", committed("basil", '        value: "true"\n', '        value: "true"\n')],
            ]) {
                const run = await check(stack, text);
                assert.equal(run.code, 0, `${stack}: ${show(run)}`);
            }
        });

        it('secure: a leading-zero external id `"0471108151"` (coerce keeps it a string; go-yaml quotes it) on crossAccount and on an account: --check agrees', async () => {
            const cross = await check(
                "cross-account",
                committed(
                    "cross-account",
                    "    externalId: custody-cross-account-example\n",
                    '    externalId: "0471108151"\n',
                ),
            );
            assert.equal(cross.code, 0, show(cross));
            const prodRun = await check(
                "prod",
                committed("prod", "      externalId: custody-infra-prod\n", '      externalId: "0471108151"\n'),
            );
            assert.equal(prodRun.code, 0, show(prodRun));
        });

        it("secure: `signer.shares.threshold: 2` and `crossAccount.createCallerRole: true` as `config set --path` coerces them (int, bool): --check agrees", async () => {
            const prodRun = await check("prod", committed("prod", "      threshold: 2\n", "      threshold: 2\n"));
            assert.equal(prodRun.code, 0, show(prodRun));
            const cross = await check(
                "cross-account",
                committed("cross-account", "    createCallerRole: true\n", "    createCallerRole: true\n"),
            );
            assert.equal(cross.code, 0, show(cross));
        });

        it("bad input: `crossAccount.externalId: 7` (one character: no sts ExternalId, 2 at least): exit 2 naming it", async () => {
            const run = await check(
                "cross-account",
                committed("cross-account", "    externalId: custody-cross-account-example\n", "    externalId: 7\n"),
            );
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /crossAccount\.externalId/);
            noStackTrace(run.stderr);
        });

        it("bad input: `trustDomain.keyTags.cost-center: 12345678901234567890` (a uint64 Pulumi stores; digits lost here): exit 2 naming it", async () => {
            const run = await check(
                "trust-domain",
                committed("trust-domain", '      cost-center: "4711"\n', "      cost-center: 12345678901234567890\n"),
            );
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /trustDomain\.keyTags\.cost-center/);
            noStackTrace(run.stderr);
        });

        it("bad input: `trustDomain.keyTags.defakto-owner: x` beside the quoted cost-center (reserved prefix): exit 2 naming it", async () => {
            const run = await check(
                "trust-domain",
                committed(
                    "trust-domain",
                    '      cost-center: "4711"\n',
                    '      cost-center: "4711"\n      defakto-owner: x\n',
                ),
            );
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /trustDomain\.keyTags\.defakto-owner/);
            noStackTrace(run.stderr);
        });

        it("bad input: `basil.provisioner.requestTag.value: 1.5` (a fraction: `config set --path` never writes one): exit 2 naming it", async () => {
            const run = await check("basil", committed("basil", '        value: "true"\n', "        value: 1.5\n"));
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /basil\.provisioner\.requestTag\.value/);
            noStackTrace(run.stderr);
        });

        // go-yaml v3 reads a hand-written `4711.0` as the float64 4711, and Pulumi hands the program its json.Marshal
        // text `4711` (object.go MarshalString -> MarshalJSON), so the tag deployed is "4711": reading it so is faithful.
        it("secure: `tags.costCenter: 4711.0` written by hand (go-yaml's float64 4711, which the program receives as 4711): --check agrees", async () => {
            const run = await check(
                "prod",
                committed(
                    "prod",
                    "    owner: platform-custody\n",
                    "    owner: platform-custody\n    costCenter: 4711.0\n",
                ),
            );
            assert.equal(run.code, 0, show(run));
        });
    });

    describe("edited exports Go's encoding/json refuses", () => {
        it('bad input: `"version": -0` and `"version": 03` (no schema version; a leading zero is no JSON): exit 2', async () => {
            for (const v of ["-0", "03"]) {
                const run = await runner.run(edited(await prod(), '{"version":3,', `{"version":${v},`));
                assert.equal(run.code, 2, `${v}: ${show(run)}`);
                noStackTrace(run.stderr);
            }
        });

        it("bad input: `1E400` (capital exponent, out of float64's range) in an output inside a list of objects: exit 2 naming the path", async () => {
            const doc = await prod();
            const rp = find(doc, "aws:iam/rolePolicy:RolePolicy");
            rp.outputs = { ...(rp.outputs as Record<string, unknown>), __rows: [{ a: [12345] }] };
            const run = await runner.run(edited(doc, '"a":[12345]', '"a":[1E400]'));
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /__rows\[0\]\.a\[0\]/);
            noStackTrace(run.stderr);
        });

        it('bad input: customTimeouts.update written as the string `"300"` (float64 takes a number): exit 2 naming it', async () => {
            const doc = await prod();
            find(doc, "aws:iam/rolePolicy:RolePolicy").customTimeouts = { update: "300" };
            const run = await runner.run(doc);
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /customTimeouts\.update/);
            noStackTrace(run.stderr);
        });

        it("bad input: a RolePolicy's `modified` with its `:` written as the JSON escape \\u003a: exit 2 naming modified", async () => {
            const doc = await prod();
            find(doc, "aws:iam/rolePolicy:RolePolicy").modified = "2024-06-04T10:00:00Z";
            const run = await runner.run(edited(doc, '"2024-06-04T10:00:00Z"', '"2024-06-04T10\\u003a00:00Z"'));
            assert.equal(run.code, 2, show(run));
            assert.match(run.stderr, /modified/);
            noStackTrace(run.stderr);
        });

        it("bad input: 1e400 in a key named `version` inside inputs (rawTokens must not confuse it with the top-level version): exit 2", async () => {
            const doc = await prod();
            const rp = find(doc, "aws:iam/rolePolicy:RolePolicy");
            rp.inputs = { ...rp.inputs, __meta: { version: 12345 } };
            const run = await runner.run(edited(doc, '"version":12345', '"version":1e400'));
            assert.equal(run.code, 2, show(run));
            assert.ok(run.stderr.includes(rp.urn), "names the RolePolicy");
            noStackTrace(run.stderr);
        });
    });

    describe("export texts Go's readers accept", () => {
        it("secure: float64 fields in capital-exponent form (`3E2`, `1.5E+2`) and an input `1E-3`: exit 0", async () => {
            const doc = await prod();
            const rp = find(doc, "aws:iam/rolePolicy:RolePolicy");
            rp.customTimeouts = { create: 11111, update: 22222 };
            rp.inputs = { ...rp.inputs, __ratio: 33333 };
            const text = edited(doc, '"create":11111', '"create":3E2')
                .replace('"update":22222', '"update":1.5E+2')
                .replace('"__ratio":33333', '"__ratio":1E-3');
            const run = await runner.run(text);
            assert.equal(run.code, 0, show(run));
        });

        it("secure: an input `1e-400` (underflows to 0: strconv.ParseFloat reports no error below float64's range): exit 0", async () => {
            const doc = await prod();
            const rp = find(doc, "aws:iam/rolePolicy:RolePolicy");
            rp.inputs = { ...rp.inputs, __epsilon: 33333 };
            const run = await runner.run(edited(doc, '"__epsilon":33333', '"__epsilon":1e-400'));
            assert.equal(run.code, 0, show(run));
        });

        it("secure: an integer beyond 2^53 in an output (`12345678901234567890`: ParseFloat rounds it, no range error): exit 0", async () => {
            const doc = await prod();
            const rp = find(doc, "aws:iam/rolePolicy:RolePolicy");
            rp.outputs = { ...(rp.outputs as Record<string, unknown>), __big: 33333 };
            const run = await runner.run(edited(doc, '"__big":33333', '"__big":12345678901234567890'));
            assert.equal(run.code, 0, show(run));
        });

        it("secure: times as Go's RFC3339Nano writes them (nanoseconds, a +05:30 and a -00:00 offset) on created/modified and the manifest: exit 0", async () => {
            const doc = await prod();
            doc.deployment.manifest.time = "2024-06-04T10:00:00.123456789+05:30";
            const rp = find(doc, "aws:iam/rolePolicy:RolePolicy");
            rp.created = "2024-06-04T10:00:00.1Z";
            rp.modified = "2024-06-04T10:00:00-00:00";
            const run = await runner.run(doc);
            assert.equal(run.code, 0, show(run));
        });

        it("secure: a --show-secrets plaintext holding escaped text and a `1E2` number (encoding/json unescapes and parses both): exit 0", async () => {
            const doc = await prod();
            const rp = find(doc, "aws:iam/rolePolicy:RolePolicy");
            rp.inputs = { ...rp.inputs, __cfg: plainSecret({ n: 33333, s: "a&b" }) };
            const run = await runner.run(edited(doc, '{\\"n\\":33333', '{\\"n\\":1E2'));
            assert.equal(run.code, 0, show(run));
        });
    });
});
