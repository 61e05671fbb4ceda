// The pack as the Pulumi CLI runs it: `run-policy-pack` with ts-node type-checking, over the Analyzer gRPC
// protocol, configured with a stack's pack config. Started once (type-checking takes a few seconds).
import { strict as assert } from "assert";
import * as path from "path";
import { AnalyzerSession, loadPackConfig, startPolicyPack } from "../../tools/offline/analyzer";
import { ACCOUNTS, editResource, goodSignerStack, tableArn, URNS, withSignerStatements } from "./fixtures";

const PACK_DIR = path.resolve(__dirname, "../../policy-pack");
const EXPECTED_POLICIES = [
    "no-dynamodb-batch",
    "dynamodb-query-includes-index",
    "runtime-role-no-kms-key-management",
    "runtime-role-scoped-resources",
    "role-trust-pinned",
    "kms-key-policy-safe",
    "kms-key-lifecycle",
    "dynamodb-table-safe",
    "stateful-resources-protected",
    "serviceaccount-role-agree",
    "iam-actions-exist",
    "share-custody",
    "no-service-wide-grants",
    "provisioner-not-runtime-assumable",
    "runtime-role-no-privilege-escalation",
    "runtime-role-no-table-management",
    "declared-role-kind-consistent",
    "attached-policies-readable",
    "aws-provider-pinned",
    "kms-grants-safe",
    "dynamodb-resource-policy-safe",
    "share-aliases-consistent",
    "dynamodb-wildcards-exclude-stack-tables",
    "stack-keys-not-destructible",
    "custody-effective-access",
    "custody-required-access",
    "custody-share-rings",
    "custody-tables",
    "custody-grants-within-model",
];

describe("custody-guard over the Analyzer gRPC protocol (run-policy-pack, type-checked)", function () {
    this.timeout(180_000);
    let session: AnalyzerSession;

    before(async () => {
        session = await startPolicyPack(PACK_DIR);
    });
    after(async () => {
        await session?.close();
    });

    it("serves GetAnalyzerInfo with every policy, its kind, default level and config schema", async () => {
        const info = await session.info();
        assert.equal(info.name, "custody-guard");
        assert.equal(info.version, "0.1.0");
        assert.deepEqual(
            info.policies.map(p => p.name),
            EXPECTED_POLICIES,
        );
        const byName = new Map(info.policies.map(p => [p.name, p]));
        assert.equal(byName.get("no-dynamodb-batch")?.type, "stack");
        assert.equal(byName.get("dynamodb-table-safe")?.type, "resource");
        assert.equal(byName.get("role-trust-pinned")?.type, "stack", "trust is judged against the stack's accounts");
        assert.equal(byName.get("no-service-wide-grants")?.enforcementLevel, "advisory");
        assert.deepEqual(byName.get("kms-key-policy-safe")?.configSchema?.properties.allowCrossAccountRoot, {
            type: "boolean",
            default: false,
        });
        assert.ok(
            info.policies.every(p => p.configSchema !== undefined),
            "every policy declares a configSchema",
        );
        for (const p of info.policies) {
            assert.notEqual(p.severity, "unspecified", `${p.name} sends its severity`);
            assert.ok(p.remediationSteps.length > 20, `${p.name} sends its remediation steps`);
        }
        assert.equal(byName.get("share-custody")?.severity, "critical");
        assert.match(byName.get("kms-key-policy-safe")?.url ?? "", /^https:\/\/docs\.aws\.amazon\.com\/kms\//);
        assert.match(await session.pluginVersion(), /\d+\.\d+\.\d+/);
    });

    it("accepts every stack's pack config, and rejects an unknown policy name as the CLI would", async () => {
        for (const stack of ["dev", "prod", "basil", "trust-domain", "curity", "cross-account"]) {
            const resolved = await session.configure(loadPackConfig(path.join(PACK_DIR, "config", `${stack}.json`)));
            assert.equal(resolved["no-dynamodb-batch"].enforcementLevel, "mandatory", stack);
            assert.equal(resolved["share-custody"].enforcementLevel, stack === "dev" ? "advisory" : "mandatory", stack);
        }
        await assert.rejects(session.configure({ "no-such-policy": "mandatory" }), /not a policy of custody-guard/);
    });

    it("refuses a config mistake in Configure, naming every policy and key at once (the CLI passes them through)", async () => {
        await assert.rejects(
            session.configure({
                all: "mandatory",
                "no-dynamodb-batch": { forbiddenActionz: ["dynamodb:BatchWriteItem"] },
                "no-dynamodb-bacth": "advisory",
                "kms-key-lifecycle": { minimumDeletionWindowInDays: "30" },
                "role-trust-pinned": { allowCrossAccountRoot: "yes", allowedTrustAccounts: ["12345"] },
                "aws-provider-pinned": { strict: true },
            }),
            (e: Error) => {
                assert.match(e.message, /custody-guard: the policy pack config has 6 problems/);
                assert.match(
                    e.message,
                    /"no-dynamodb-batch" has no property "forbiddenActionz" \(did you mean "forbiddenActions"\?\)/,
                );
                assert.match(
                    e.message,
                    /"no-dynamodb-bacth" is not a policy of custody-guard \(did you mean "no-dynamodb-batch"\?\)/,
                );
                assert.match(
                    e.message,
                    /"kms-key-lifecycle".minimumDeletionWindowInDays must be an integer, not string "30"/,
                );
                assert.match(
                    e.message,
                    /"role-trust-pinned".allowCrossAccountRoot must be true or false, not string "yes"/,
                );
                assert.match(
                    e.message,
                    /"role-trust-pinned".allowedTrustAccounts\[0\] is "12345", not an AWS account id \(exactly 12 digits\)/,
                );
                assert.match(e.message, /"aws-provider-pinned" has no property "strict": it takes no properties/);
                return true;
            },
        );
        // The pack-wide custody-model section is known (its own policy validates its keys), and a good config
        // is accepted again after a refused one.
        await session.configure({ all: "mandatory", "custody-model": { enforcementLevel: "advisory" } });
        // A custody model that does not parse fails Configure with every problem, each with its key path and fix.
        await assert.rejects(
            session.configure({ all: "mandatory", "custody-model": { version: 2, accounts: {}, workloadz: [] } }),
            (e: Error) => {
                assert.match(e.message, /custody-model\.version: is 2; this pack reads version 1 only/);
                assert.match(e.message, /custody-model\.workloadz: is not a known key/);
                assert.match(e.message, /custody-model\.workloads: is missing; add it/);
                assert.match(e.message, /custody-model\.accounts: is empty/);
                return true;
            },
        );
        await session.configure(loadPackConfig(path.join(PACK_DIR, "config", "cross-account.json")));
    });

    it("finds no violation in a correct signer stack (Analyze per resource, then AnalyzeStack), under prod's config", async () => {
        await session.configure(loadPackConfig(path.join(PACK_DIR, "config", "prod.json")));
        for (const r of goodSignerStack()) {
            const { diagnostics } = await session.analyze(r);
            assert.deepEqual(
                diagnostics.map(d => d.message),
                [],
                r.urn,
            );
        }
        assert.deepEqual(
            (await session.analyzeStack(goodSignerStack())).diagnostics.map(d => d.message),
            [],
        );
    });

    it("reports a bad stack with policy names, levels and URNs (dev config: share custody advisory)", async () => {
        await session.configure(loadPackConfig(path.join(PACK_DIR, "config", "dev.json")));
        let bad = withSignerStatements({
            Effect: "Allow",
            NotAction: "dynamodb:GetItem",
            Resource: tableArn("custody-prod-keystore"),
        });
        bad = editResource(bad, URNS.keystore, r => ({
            ...r,
            options: { protect: false },
            inputs: { ...r.inputs, pointInTimeRecovery: { enabled: false } },
        }));

        const table = (await session.analyze(bad.find(r => r.urn === URNS.keystore)!)).diagnostics;
        assert.deepEqual(table.map(d => [d.policyName, d.enforcementLevel]).sort(), [
            ["dynamodb-table-safe", "mandatory"],
            ["stateful-resources-protected", "mandatory"],
        ]);
        assert.ok(table.every(d => d.policyPackName === "custody-guard" && d.policyPackVersion === "0.1.0"));

        const stack = (await session.analyzeStack(bad)).diagnostics;
        const found = (policy: string) => stack.filter(d => d.policyName === policy);
        assert.ok(
            found("no-dynamodb-batch").some(
                d => d.urn === URNS.role && d.enforcementLevel === "mandatory" && /BatchWriteItem/.test(d.message),
            ),
        );
        // NotAction on a table ARN covers only what can act on a table: table management, never kms:CreateKey (IAM
        // User Guide, "IAM JSON policy elements: NotAction").
        assert.ok(
            found("runtime-role-no-table-management").some(
                d => d.urn === URNS.role && /is allowed DynamoDB table management/.test(d.message),
            ),
        );
        assert.deepEqual(found("runtime-role-no-kms-key-management"), []);
        assert.ok(
            found("share-custody").length > 0 && found("share-custody").every(d => d.enforcementLevel === "advisory"),
            "the role no longer grants the share keys: advisory in dev",
        );
        assert.ok(found("no-service-wide-grants").every(d => d.enforcementLevel === "advisory"));
    });

    it("judges the stack against the custody model Configure delivered, naming the whole path", async () => {
        await session.configure(loadPackConfig(path.join(PACK_DIR, "config", "prod.json")));
        const bad = editResource(goodSignerStack(), URNS.role, r => {
            const trust = JSON.parse(r.inputs.assumeRolePolicy as string);
            trust.Statement.push({ Effect: "Allow", Principal: { AWS: ACCOUNTS.primary }, Action: "sts:AssumeRole" });
            return { ...r, inputs: { ...r.inputs, assumeRolePolicy: JSON.stringify(trust) } };
        });
        const refusals = (await session.analyzeStack(bad)).diagnostics.filter(
            d => d.policyName === "custody-effective-access",
        );
        assert.equal(refusals.length, 1, JSON.stringify(refusals));
        assert.equal(refusals[0].enforcementLevel, "mandatory");
        assert.equal(refusals[0].urn, URNS.role);
        assert.match(
            refusals[0].message,
            /account 111111111111 \(any identity its IAM policies allow\) → sts:AssumeRole \(trust statement 2 of custody-prod-signer: names arn:aws:iam::111111111111:root\) → role custody-prod-signer → .*kms:Decrypt, kms:Encrypt on key alias\/custody-infra\/prod\/share-1/,
        );
    });

    it("returns the SDK's advisory for a value unknown during preview", async () => {
        const stack = editResource(goodSignerStack(), URNS.rolePolicy, r => ({
            ...r,
            inputs: { ...r.inputs, policy: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" },
        }));
        const { diagnostics } = await session.analyzeStack(stack);
        const batch = diagnostics.filter(d => d.policyName === "no-dynamodb-batch");
        assert.equal(batch.length, 1);
        assert.equal(batch[0].enforcementLevel, "advisory");
        assert.match(batch[0].message, /can't be known during preview/);
    });
});
