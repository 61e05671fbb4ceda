// Red-team round 75 on the tools (fresh eyes): the stack config validation, the pack config read by custody-model,
// and the audit's verdicts on hand-made changes carried in shapes a real export has (secrets, AWS managed policies).
// Probed (stack config): a role ARN with a trailing "/" and one with a 65-character role name as basil operators,
// a key written twice in a YAML mapping, YAML anchors/aliases, a tag value of astral-plane letters (AWS counts
// Unicode characters, JavaScript's length counts UTF-16 units), a flow-style tags mapping.
// Probed (pack config): a // comment, a key written twice inside custody-model, 3e1 for an integer.
// Probed (audit): PowerUserAccess attached by hand (NotAction iam/organizations/account: grants kms:*), an
// AdministratorAccess attachment carried in a --show-secrets plaintext secret, an inline policy redacted as a
// ciphertext secret.
// Probed (offline report): a role holding PowerUserAccess (unreadable AWS managed policy) in prod's share-1
// "who can use it".
// Misses (5): bad input accepted: a role ARN with a trailing "/" (basil operator, prod assumeRoleArn) and a 65-character
// role name (patterns.ts PRINCIPAL_ARN/ROLE_ARN allow [\w+=,.@/-]{1,512} after role/); valid input refused: a tag
// value of 200 astral-plane letters (fields.ts checkTagSet counts UTF-16 units; uncertain, see the case); report
// understated: the key section's "who can use it" omits a role whose managed policy the engine cannot read, though
// the verdicts refuse it.
// Held: duplicate YAML keys, anchors/aliases, flow mappings, 257-character tags, pack config comments, duplicate keys
// inside custody-model, 3e1 as an integer; the audit's verdicts on PowerUserAccess, on a --show-secrets plaintext
// managedPolicyArns (and its clean twin), on a hand-made ops role, and on a ciphertext inlinePolicies (named).
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { AnalyzerSession, startPolicyPack } from "../../tools/offline/analyzer";
import { main as custodyModelMain } from "../../tools/custody-model/main";
import { PROJECT_DIR } from "../../tools/offline/preview";
import { SECRET_SIG, SIG_KEY } from "../../tools/audit/exportFile";
import { AuditRun, AuditRunner, exportOf } from "../audit/support";
import { runStack } from "../harness";
import type { Plan, PlanResource } from "../../tools/offline/mockEngine";
import { normalizePlan } from "../../tools/offline/planToAnalyzer";
import { engineViewOf } from "../../tools/offline/engineView";
import { buildReport } from "../../tools/offline/report";
import { IAM_PATH_AND_NAME, PRINCIPAL_ARN, ROLE_ARN } from "../../components/config/patterns";
import { IAM_PATH_AND_NAME as PACK_IAM_PATH_AND_NAME } from "../../policy-pack/model/awsIds";
import { CUSTODY_MODEL_JSON_SCHEMA } from "../../policy-pack/custody/parse";
import { capture, committedStackFile, noStackTrace, showRun, stackFileChecker } from "./support";

/** The custody model schema's role/user ARN patterns (policy-pack/custody/parse.ts principalArn). */
const packPrincipalPatterns: string[] = [];
(function walk(v: unknown): void {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
        for (const [k, x] of Object.entries(v)) {
            if (k === "pattern" && typeof x === "string" && x.includes(":(?:role|user)")) packPrincipalPatterns.push(x);
            else walk(x);
        }
    }
})(CUSTODY_MODEL_JSON_SCHEMA);

const COMMITTED_DEV = path.join(PROJECT_DIR, "policy-pack", "config", "dev.json");
const ROLE = "aws:iam/role:Role";

function project(tmp: string): string {
    const dir = fs.mkdtempSync(path.join(tmp, "proj-"));
    fs.copyFileSync(path.join(PROJECT_DIR, "Pulumi.yaml"), path.join(dir, "Pulumi.yaml"));
    fs.copyFileSync(path.join(PROJECT_DIR, "Pulumi.dev.yaml"), path.join(dir, "Pulumi.dev.yaml"));
    fs.mkdirSync(path.join(dir, "policy-pack", "config"), { recursive: true });
    fs.copyFileSync(COMMITTED_DEV, path.join(dir, "policy-pack", "config", "dev.json"));
    fs.writeFileSync(path.join(dir, "index.ts"), "export {};\n");
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "custody-infra", main: "index.ts" }));
    return dir;
}
const packFile = (dir: string) => path.join(dir, "policy-pack", "config", "dev.json");

const custodyModel = (argv: string[], dir: string) =>
    capture(io => custodyModelMain(argv, { ...io, projectDir: dir })).catch((e: Error) => ({
        code: -1,
        stdout: "",
        stderr: `uncaught: ${e.stack ?? String(e)}`,
    }));

describe("red team 75: the tools' stack config, pack config and audit verdicts", function () {
    this.timeout(600_000);
    let tmp = "";
    before(() => {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rt75-tools-"));
    });
    after(() => {
        if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    });

    describe("the stack config", () => {
        const check = stackFileChecker("rt75-stack-");
        const OPERATOR = "arn:aws:iam::111122223333:role/platform-break-glass";

        // IAM: a role ARN ends in the role's name, [\w+=,.@-]{1,64}, after its path, which "must begin and end with
        // /" (IAM API reference, CreateRole: RoleName, Path); "role/platform-break-glass/" names a path with no
        // role, so the provisioner's trust policy is refused at `up` ("Invalid principal in policy").
        // Was a MISS (fixed in round 75): (bad input accepted) IAM CreateRole: RoleName [\w+=,.@-]{1,64}, Path /-delimited, "must begin and end
        // with /" (docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html): "role/platform-break-glass/" names
        // no role. Harmless (IAM refuses the trust policy at `up`, "Invalid principal in policy"), but it is refused
        // only after other resources are registered, and custody-model --write writes it into the custody model (now:
        // exit 1, a model diff). components/config/patterns.ts PRINCIPAL_ARN (and ROLE_ARN) allow [\w+=,.@/-]{1,512}
        // after "role/", so a trailing "/" and an empty name pass. Fix: role\/(?:[\x21-\x7e]*\/)?[\w+=,.@-]{1,64}$
        // (path then a 1-64 name) in PRINCIPAL_ARN and ROLE_ARN.
        it("bad input: basil operator ARN with a trailing / (no role name): exit 2 naming operatorPrincipalArns", async () => {
            const run = await check("basil", committedStackFile("basil", OPERATOR, `${OPERATOR}/`));
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /operatorPrincipalArns/, showRun(run));
            assert.match(run.stderr, /remove the trailing "\/"/, showRun(run));
            noStackTrace(run.stderr);
        });
        // Neighbour (round 75): a path is part of a role's ARN (IAM identifiers: role/<path>/<name>).
        it("valid: basil operator ARN with a path (role/ops/platform-break-glass): accepted (exit 1: only the custody model differs)", async () => {
            const run = await check(
                "basil",
                committedStackFile("basil", OPERATOR, OPERATOR.replace("role/", "role/ops/team-1/")),
            );
            // Accepted: only the custody model differs (exit 1, not 2 for a bad stack config).
            assert.equal(run.code, 1, showRun(run));
            assert.match(run.stderr + run.stdout, /differs from the one generated/, showRun(run));
        });
        // Neighbour (round 75): a path with no name after it names no role either.
        it("bad input: basil operator ARN ending in a path (role/ops/): exit 2 naming the trailing /", async () => {
            const run = await check("basil", committedStackFile("basil", OPERATOR, `${OPERATOR}/ops/`));
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /operatorPrincipalArns/, showRun(run));
            assert.match(run.stderr, /trailing/, showRun(run));
        });
        // Was a MISS (fixed in round 75): (bad input accepted) as above: IAM role names are at most 64 characters (API_CreateRole.html RoleName
        // "Maximum length of 64"); PRINCIPAL_ARN allows 512 after "role/", so a 65-character name passes and the
        // trust policy fails at `up`. Fix: the same pattern (name {1,64} after the path).
        it("bad input: basil operator ARN with a 65-character role name (IAM's maximum is 64): exit 2", async () => {
            const run = await check("basil", committedStackFile("basil", OPERATOR, `${OPERATOR}-${"x".repeat(44)}`));
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /operatorPrincipalArns/, showRun(run));
            assert.match(run.stderr, /65 characters; IAM role names are at most 64/, showRun(run));
        });
        // Neighbour (round 75): a 64-character role name, IAM's maximum, is a role.
        it("valid: basil operator ARN with a 64-character role name: accepted (exit 1: only the custody model differs)", async () => {
            const run = await check("basil", committedStackFile("basil", OPERATOR, `${OPERATOR}-${"x".repeat(43)}`));
            // Accepted: only the custody model differs (exit 1, not 2 for a bad stack config).
            assert.equal(run.code, 1, showRun(run));
            assert.match(run.stderr + run.stdout, /differs from the one generated/, showRun(run));
        });
        // YAML 1.2 §3.2.1.1: mapping keys are unique; go-yaml v3 (Pulumi's reader) refuses `mapping key "x" already
        // defined`, so `pulumi up` refuses this stack file; a reader that keeps the last value would judge another
        // threshold than the operator reviewed.
        it("bad input: threshold written twice in signer.shares: exit 2 naming threshold", async () => {
            const run = await check(
                "dev",
                committedStackFile("dev", "      threshold: 2", "      threshold: 2\n      threshold: 3"),
            );
            assert.equal(run.code, 2, showRun(run));
            // The error names the line ("Map keys must be unique at line 20"), not the key: clear enough.
            assert.match(run.stderr, /Map keys must be unique at line \d+/, showRun(run));
            noStackTrace(run.stderr);
        });
        // ROLE_ARN: the same class as the operator ARN above, for the deployer role the provider assumes
        // (sts AssumeRole RoleArn). Pinned as it behaves: accepted (the provider fails to configure at `up`).
        // Was a MISS (fixed in round 75): components/config/patterns.ts ROLE_ARN now takes a path and a 1-64 name.
        it("bad input: prod assumeRoleArn with a trailing / (no role name): exit 2 naming assumeRoleArn", async () => {
            const run = await check(
                "prod",
                committedStackFile(
                    "prod",
                    "role/custody-deployer\n      externalId",
                    "role/custody-deployer/\n      externalId",
                ),
            );
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /assumeRoleArn/, showRun(run));
            assert.match(run.stderr, /remove the trailing "\/"/, showRun(run));
        });
        // Neighbour (round 75): the deployer role under a path is a role ARN.
        it("valid: prod assumeRoleArn with a path (role/deploy/custody-deployer): exit 0", async () => {
            const run = await check(
                "prod",
                committedStackFile("prod", "role/custody-deployer\n", "role/deploy/custody-deployer\n"),
            );
            assert.equal(run.code, 0, showRun(run));
        });
        // Neighbour (round 75): the stack config and the pack's custody model read role ARNs with one text (the pack
        // is built alone, so each holds a copy), and both refuse a trailing "/" and a 65-character name.
        it("the stack config's and the custody model's role ARN patterns agree", () => {
            assert.equal(IAM_PATH_AND_NAME, PACK_IAM_PATH_AND_NAME);
            const base = "arn:aws:iam::111122223333:role/";
            for (const [arn, ok] of [
                [`${base}ops`, true],
                [`${base}a/b/ops`, true],
                [`${base}${"x".repeat(64)}`, true],
                [`${base}${"x".repeat(65)}`, false],
                [`${base}ops/`, false],
                [base, false],
                [`${base}ops*`, false],
                [`${base}a*/ops`, false],
            ] as const) {
                assert.equal(PRINCIPAL_ARN.pattern.test(arn), ok, arn);
                assert.equal(ROLE_ARN.pattern.test(arn), ok, arn);
                assert.ok(packPrincipalPatterns.length > 0);
                for (const p of packPrincipalPatterns) assert.equal(new RegExp(p).test(arn), ok, `${p} ${arn}`);
            }
        });
        // YAML anchors and aliases (YAML 1.2 §3.2.2.2) are resolved by go-yaml v3, so Pulumi reads the alias's value.
        it("valid: pod-identity with the cluster region as an alias of the signer account's region: exit 0", async () => {
            let text = committedStackFile(
                "pod-identity",
                '      accountId: "111111111111"\n      region: eu-west-1',
                '      accountId: "111111111111"\n      region: &home eu-west-1',
            );
            text = text.replace("    account: signer\n    region: eu-west-1", "    account: signer\n    region: *home");
            assert.ok(text.includes("*home"));
            const run = await check("pod-identity", text);
            assert.equal(run.code, 0, showRun(run));
        });
        // AWS tag values: "0 to 256 Unicode characters in UTF-8", letters representable in UTF-8 (e.g. the Athena Tag
        // reference, docs.aws.amazon.com/sdk-for-kotlin/api/latest/athena/.../-tag/value.html; IAM Tag Value
        // pattern [\p{L}\p{Z}\p{N}_.:/=+\-@]*). U+1D400 MATHEMATICAL BOLD CAPITAL A is a letter (\p{L}) outside the
        // BMP: 200 of them are 200 characters (400 UTF-16 units in JavaScript's .length).
        // Was a MISS (fixed in round 75): (valid input refused, low impact) AWS counts tag lengths in Unicode characters; AWS API models (Smithy
        // @length, from memory: "the number of Unicode scalar values" for strings, smithy.io spec, length trait) and
        // JavaScript's String length counts UTF-16 code units (developer.mozilla.org .../String/length: "mathematical
        // symbols ... may not match the actual number of Unicode characters"). components/config/fields.ts
        // checkTagSet tests v.length > 256 and says "the value has 400 characters" for 200 characters (wrong
        // message too). TAG_KEY/TAG_VALUE (u flag) already count code points. Fix: [...v].length in checkTagSet.
        // Uncertain: if IAM's own service code counts UTF-16 units like Java's String.length(), this is right to
        // refuse (with a wrong count in the message); keep skipped until the lead decides.
        // Uncertainty resolved (round 75): count what the docs say AWS counts, Unicode characters: "Maximum value length - 256
        // Unicode characters in UTF-8" (Tagging AWS resources, tag restrictions; e.g. the Batch and EMR user guides)
        // and the Tag API type ("The tag value length is from 0 to 256 Unicode characters in UTF-8", Athena API_Tag);
        // checkTagSet now counts code points ([...v].length), as TAG_VALUE's u-flag pattern already did.
        it("valid: a stack tag value of 200 astral-plane letters: exit 0", async () => {
            const run = await check(
                "dev",
                committedStackFile(
                    "dev",
                    "    owner: platform-custody",
                    `    owner: platform-custody\n    team: ${"𝐀".repeat(200)}`,
                ),
            );
            assert.equal(run.code, 0, showRun(run));
        });
        // Neighbour (round 75): 257 astral-plane letters are 257 characters, over the limit; the message counts them so.
        it("bad input: a stack tag value of 257 astral-plane letters: exit 2 saying 257 characters", async () => {
            const run = await check(
                "dev",
                committedStackFile(
                    "dev",
                    "    owner: platform-custody",
                    `    owner: platform-custody\n    team: ${"𝐀".repeat(257)}`,
                ),
            );
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /team/, showRun(run));
            assert.match(run.stderr, /the value has 257 characters/, showRun(run));
        });
        it("bad input: a stack tag value of 257 letters: exit 2 naming the tag", async () => {
            const run = await check(
                "dev",
                committedStackFile(
                    "dev",
                    "    owner: platform-custody",
                    `    owner: platform-custody\n    team: ${"a".repeat(257)}`,
                ),
            );
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /team/, showRun(run));
        });
        it("valid: tags as a YAML flow mapping: exit 0", async () => {
            const run = await check(
                "dev",
                committedStackFile(
                    "dev",
                    "  custody-infra:tags:\n    environment: dev\n    owner: platform-custody",
                    "  custody-infra:tags: {environment: dev, owner: platform-custody}",
                ),
            );
            assert.equal(run.code, 0, showRun(run));
        });
    });

    describe("the pack config under custody-model", () => {
        // Pulumi reads --policy-pack-config with Go's encoding/json (RFC 8259 has no comments).
        it("bad input: --write over a pack config with a // comment: exit 2, nothing written", async () => {
            const dir = project(tmp);
            const text = fs
                .readFileSync(COMMITTED_DEV, "utf8")
                .replace('"all": "mandatory",', '// reviewed\n  "all": "mandatory",');
            fs.writeFileSync(packFile(dir), text);
            const run = await custodyModel(["--stack", "dev", "--write"], dir);
            assert.equal(run.code, 2, showRun(run));
            noStackTrace(run.stderr);
            assert.equal(fs.readFileSync(packFile(dir), "utf8"), text);
        });
        it('bad input: --check with "version" written twice inside custody-model: exit 2 naming it', async () => {
            const dir = project(tmp);
            const text = fs
                .readFileSync(COMMITTED_DEV, "utf8")
                .replace('"version": 1,', '"version": 1,\n    "version": 2,');
            assert.ok(text.includes('"version": 2'));
            fs.writeFileSync(packFile(dir), text);
            const run = await custodyModel(["--stack", "dev", "--check"], dir);
            assert.equal(run.code, 2, showRun(run));
            assert.match(run.stderr, /version/, showRun(run));
        });
        // JSON Schema "integer" is a number with a zero fractional part, whatever its spelling (json-schema.org core
        // 2020-12 §4.2.2); Go reads 3e1 as the float64 30.
        it("valid: --check with minimumDeletionWindowInDays 3e1: exit 0", async () => {
            const dir = project(tmp);
            fs.writeFileSync(
                packFile(dir),
                fs
                    .readFileSync(COMMITTED_DEV, "utf8")
                    .replace(
                        '"all": "mandatory",',
                        '"all": "mandatory",\n  "kms-key-lifecycle": { "minimumDeletionWindowInDays": 3e1 },',
                    ),
            );
            const run = await custodyModel(["--stack", "dev", "--check"], dir);
            assert.equal(run.code, 0, showRun(run));
        });
    });

    describe("the offline report", () => {
        // PowerUserAccess (AWS managed: Allow NotAction iam:*, organizations:*, account:* on *) attached to a role
        // codebuild may assume reaches every share key in its account through the key policy's root delegation
        // (KMS Developer Guide, key-policy-default: "allows IAM policies to allow access to the KMS key"): the
        // report's "who can use" (issue 9 point 5: from the engine) must list it, as the verdicts refuse it.
        // Was a MISS (fixed in round 75): (report disagrees with the verdict: understated) the engine holds the role's unreadable managed policy
        // (policy-pack/engine/build.ts Identity.unreadable) and the verdicts refuse it (the audit twin below: exit 1),
        // but tools/offline/report.ts buildKeys' whoCanUse lists only the effective grants it could read, so the key
        // section says "who can use it: role custody-prod-signer" alone; only the role section says "attached policy
        // not in this stack: ...PowerUserAccess (ops)". A reviewer reading the key section is told nobody else can
        // use the share. Fix: in the key section, list each role of the key's account whose identity has unreadable
        // policies and whose trust the key policy's root delegation admits, as "may use it (policies the pack cannot
        // read: ...)", or say the list is incomplete.
        // The key section of prod's report with a hand-made role ops added (trusted by codebuild).
        const share1WithOps = async (ops: { managedPolicyArns?: string[]; inlinePolicies?: unknown[] }) => {
            const plan: Plan = normalizePlan((await runStack({ stack: "prod" })).plan);
            const signer = plan.resources.find(r => r.type === ROLE)!;
            const role: PlanResource = {
                ...(JSON.parse(JSON.stringify(signer)) as PlanResource),
                urn: signer.urn.replace("::signer-role", "::ops"),
                name: "ops",
                inputs: {
                    name: "ops",
                    ...ops,
                    assumeRolePolicy: JSON.stringify({
                        Version: "2012-10-17",
                        Statement: [
                            {
                                Effect: "Allow",
                                Principal: { Service: "codebuild.amazonaws.com" },
                                Action: "sts:AssumeRole",
                            },
                        ],
                    }),
                },
                outputs: { arn: "arn:aws:iam::111111111111:role/ops", name: "ops" },
            };
            plan.resources.push(role);
            const result = {
                project: "custody-infra",
                stack: plan.stack,
                preview: plan.preview,
                configFile: `Pulumi.${plan.stack}.yaml`,
                secureValues: [],
                secretPlaceholder: "x",
                pack: { name: "custody-guard", version: "0.1.0", policies: 16, levels: {} },
                plan,
                defaultProviderUses: [],
                manifests: [],
                violations: [],
            };
            const report = buildReport(result as never, path.join(tmp, "report"), await engineViewOf(plan));
            const share1 = report.keys.find(k => k.aliases.includes("alias/custody-infra/prod/share-1"))!;
            assert.ok(share1, JSON.stringify(report.keys.map(k => k.aliases)));
            return share1;
        };
        it("insecure: a role with PowerUserAccess appears in who-can-use of prod's share-1", async () => {
            const share1 = await share1WithOps({ managedPolicyArns: ["arn:aws:iam::aws:policy/PowerUserAccess"] });
            const use = share1.whoCanUse.find(a => a.principal === "role ops");
            assert.ok(use, JSON.stringify(share1.whoCanUse, null, 1));
            assert.ok(use.actions.includes("kms:Decrypt") || use.actions.includes("kms:*"), JSON.stringify(use));
            assert.match(use.path, /^may use it \(policy not readable: PowerUserAccess\)$/, JSON.stringify(use));
        });
        // Neighbour (round 75): a role whose policies the pack reads and that grant nothing on the key is not listed.
        it("secure: a role with only a readable, unrelated inline policy is not in who-can-use of share-1", async () => {
            const share1 = await share1WithOps({
                inlinePolicies: [
                    {
                        name: "logs",
                        policy: JSON.stringify({
                            Version: "2012-10-17",
                            Statement: [
                                {
                                    Effect: "Allow",
                                    Action: "logs:PutLogEvents",
                                    Resource: "arn:aws:logs:eu-west-1:111111111111:log-group:ops:*",
                                },
                            ],
                        }),
                    },
                ],
            });
            assert.ok(share1.whoCanUse.length > 0, JSON.stringify(share1.whoCanUse, null, 1));
            assert.equal(
                share1.whoCanUse.find(a => a.principal === "role ops"),
                undefined,
                JSON.stringify(share1.whoCanUse, null, 1),
            );
        });
    });

    describe("the audit", () => {
        let session: AnalyzerSession;
        let runner: AuditRunner;
        before(async () => {
            session = await startPolicyPack(path.join(PROJECT_DIR, "policy-pack"));
            runner = new AuditRunner(() => session);
        });
        after(async () => {
            await session?.close();
            runner?.cleanup();
        });
        const violations = (run: AuditRun) =>
            JSON.stringify(run.report?.violations.map(v => [v.policyName, v.urn, v.enforcementLevel]));

        // PowerUserAccess: Allow NotAction [iam:*, organizations:*, account:*] on * (docs.aws.amazon.com/aws-managed-
        // policy/latest/reference/PowerUserAccess.html): kms:* and dynamodb:* on every key and table.
        it("insecure: PowerUserAccess attached to the signer role by hand: exit 1 with a mandatory violation", async () => {
            const doc = await exportOf("dev");
            const role = doc.deployment.resources.find(r => r.type === ROLE && /signer/.test(r.urn))!;
            const outputs = role.outputs as Record<string, unknown>;
            outputs.managedPolicyArns = [
                ...((outputs.managedPolicyArns as string[]) ?? []),
                "arn:aws:iam::aws:policy/PowerUserAccess",
            ];
            const run = await runner.run(doc);
            assert.equal(run.code, 1, showRun(run));
            assert.ok(
                run.report!.violations.some(v => v.enforcementLevel === "mandatory"),
                violations(run),
            );
        });
        // `pulumi stack export --show-secrets` writes a secret as {sig, plaintext: <JSON text>} (Pulumi
        // pkg/resource/stack/deployment.go SerializePropertyValue); the value applies in IAM all the same.
        it("insecure: AdministratorAccess in a --show-secrets plaintext secret managedPolicyArns: exit 1", async () => {
            const doc = await exportOf("dev");
            const role = doc.deployment.resources.find(r => r.type === ROLE && /signer/.test(r.urn))!;
            const outputs = role.outputs as Record<string, unknown>;
            const arns = [
                ...((outputs.managedPolicyArns as string[]) ?? []),
                "arn:aws:iam::aws:policy/AdministratorAccess",
            ];
            outputs.managedPolicyArns = { [SIG_KEY]: SECRET_SIG, plaintext: JSON.stringify(arns) };
            const run = await runner.run(doc);
            assert.equal(run.code, 1, showRun(run));
            assert.ok(
                run.report!.violations.some(v => v.enforcementLevel === "mandatory"),
                violations(run),
            );
        });
        it("valid: the signer role's own managedPolicyArns in a --show-secrets plaintext secret: exit 0", async () => {
            const doc = await exportOf("dev");
            const role = doc.deployment.resources.find(r => r.type === ROLE && /signer/.test(r.urn))!;
            const outputs = role.outputs as Record<string, unknown>;
            outputs.managedPolicyArns = {
                [SIG_KEY]: SECRET_SIG,
                plaintext: JSON.stringify((outputs.managedPolicyArns as string[]) ?? []),
            };
            const run = await runner.run(doc);
            assert.equal(run.code, 0, showRun(run));
        });
        it("insecure: prod export with a hand-made role ops (PowerUserAccess, trusted by codebuild): exit 1", async () => {
            const doc = await exportOf("prod");
            const signer = doc.deployment.resources.find(r => r.type === ROLE && /signer/.test(r.urn))!;
            const ops = structuredClone(signer);
            ops.urn = ops.urn.replace(/::[^:]+$/, "::ops");
            ops.id = "ops";
            const trust = JSON.stringify({
                Version: "2012-10-17",
                Statement: [
                    { Effect: "Allow", Principal: { Service: "codebuild.amazonaws.com" }, Action: "sts:AssumeRole" },
                ],
            });
            for (const props of [ops.inputs, ops.outputs]) {
                if (!props) continue;
                props.name = "ops";
                props.assumeRolePolicy = trust;
                props.managedPolicyArns = ["arn:aws:iam::aws:policy/PowerUserAccess"];
                props.inlinePolicies = [];
                if ("arn" in props) props.arn = "arn:aws:iam::111111111111:role/ops";
                if ("uniqueId" in props) props.uniqueId = "AROAEXAMPLEOPS000001";
            }
            doc.deployment.resources.push(ops);
            const run = await runner.run(doc);
            assert.equal(run.code, 1, showRun(run));
            assert.ok(
                run.report!.violations.some(v => v.enforcementLevel === "mandatory"),
                violations(run),
            );
        });
        // A ciphertext secret cannot be read offline: an inline policy hidden so must not pass as clean.
        it("insecure: the signer role's inlinePolicies as a ciphertext secret: not exit 0", async () => {
            const doc = await exportOf("dev");
            const role = doc.deployment.resources.find(r => r.type === ROLE && /signer/.test(r.urn))!;
            const outputs = role.outputs as Record<string, unknown>;
            outputs.inlinePolicies = { [SIG_KEY]: SECRET_SIG, ciphertext: "v1:AAAAbm9uY2U=:c2VjcmV0" };
            const run = await runner.run(doc);
            assert.notEqual(run.code, 0, showRun(run));
            assert.match(run.stderr + run.stdout, /inlinePolicies/, showRun(run));
            noStackTrace(run.stderr);
        });
    });
});
