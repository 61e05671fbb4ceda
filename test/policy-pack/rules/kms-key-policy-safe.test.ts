// The kms-key-policy-safe policy (policy-pack/rules/kms-key-policy-safe.ts): passing and failing cases, evasions included.
import * as rules from "../../../policy-pack/rules";
import { strict as assert } from "assert";
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import {
    ACCOUNTS,
    doc,
    editResource,
    goodSignerStack,
    PROVIDERS,
    resource,
    ROLE_ARN,
    rootDelegation,
    shareKeyPolicy,
    URNS,
} from "../fixtures";
import { assertViolation, FOREIGN, mandatory, messages, runPolicy, UNKNOWN } from "../support";

describe("kms-key-policy-safe", () => {
    describe("seed cases", () => {
        const p = rules.kmsKeyPolicySafe;
        const key = (
            policy: unknown,
            extra: Record<string, unknown> = {},
            provider = PROVIDERS.b,
        ): AnalyzerResourceInput => ({
            urn: "urn:pulumi:prod::custody-infra::aws:kms/key:Key::k",
            type: "aws:kms/key:Key",
            name: "k",
            provider,
            options: { protect: true },
            inputs: { policy, enableKeyRotation: true, deletionWindowInDays: 30, ...extra },
        });
        it("passes seed 000's secondary-account key policy (root of the key's own account + the primary signer role)", async () => {
            assert.deepEqual(messages(await runPolicy(p, [key(shareKeyPolicy(ACCOUNTS.b))])), []);
        });
        it("refuses a policy without the root delegation", async () => {
            const policy = doc({
                Effect: "Allow",
                Principal: { AWS: ROLE_ARN },
                Action: ["kms:Encrypt", "kms:Decrypt"],
                Resource: "*",
            });
            assertViolation(await runPolicy(p, [key(policy)]), /no root delegation/);
        });
        it("refuses root delegation to the wrong account, and a foreign account root unless configured", async () => {
            assertViolation(
                await runPolicy(p, [key(shareKeyPolicy(ACCOUNTS.primary))]),
                /no root delegation statement \(Allow arn:aws:iam::222222222222:root/,
            );
            const foreignRoot = shareKeyPolicy(ACCOUNTS.b, `arn:aws:iam::${ACCOUNTS.primary}:root`);
            assertViolation(await runPolicy(p, [key(foreignRoot)]), /grants the whole account 111111111111/);
            assert.deepEqual(messages(await runPolicy(p, [key(foreignRoot)], { allowCrossAccountRoot: true })), []);
        });
        it('refuses "*" without an account condition, accepts it with kms:CallerAccount', async () => {
            const star = (condition?: object) =>
                doc(rootDelegation(ACCOUNTS.b), {
                    Effect: "Allow",
                    Principal: { AWS: "*" },
                    Action: "kms:Decrypt",
                    Resource: "*",
                    ...(condition ? { Condition: condition } : {}),
                });
            assertViolation(await runPolicy(p, [key(star())]), /allows "\*" without a condition/);
            assertViolation(
                await runPolicy(p, [
                    key(star({ StringEquals: { "kms:ViaService": "dynamodb.eu-west-1.amazonaws.com" } })),
                ]),
                /allows "\*"/,
            );
            assert.deepEqual(
                messages(await runPolicy(p, [key(star({ StringEquals: { "kms:CallerAccount": ACCOUNTS.b } }))])),
                [],
            );
        });
        it("checks a separate KeyPolicy resource too", async () => {
            const kp: AnalyzerResourceInput = {
                urn: "urn:pulumi:prod::custody-infra::aws:kms/keyPolicy:KeyPolicy::kp",
                type: "aws:kms/keyPolicy:KeyPolicy",
                name: "kp",
                provider: PROVIDERS.b,
                inputs: {
                    keyId: "x",
                    policy: doc({ Effect: "Allow", Principal: "*", Action: "kms:*", Resource: "*" }),
                },
            };
            assertViolation(await runPolicy(p, [kp]), /allows "\*"/);
        });
    });
    describe('a "*" principal is pinned to the key\'s own account', () => {
        const p = rules.kmsKeyPolicySafe;
        const cmkWith = (condition: object) =>
            editResource(goodSignerStack(), URNS.cmk, r => ({
                ...r,
                inputs: {
                    ...r.inputs,
                    policy: doc(rootDelegation(ACCOUNTS.primary), {
                        Effect: "Allow",
                        Principal: { AWS: "*" },
                        Action: ["kms:Decrypt", "kms:CreateGrant"],
                        Resource: "*",
                        Condition: condition,
                    }),
                },
            })).filter(r => r.urn === URNS.cmk);
        for (const key of ["kms:CallerAccount", "aws:PrincipalAccount", "aws:SourceAccount"]) {
            it(`refuses ${key} = a foreign account, accepts the key's own (or a trusted one)`, async () => {
                assertViolation(
                    await runPolicy(p, cmkWith({ StringEquals: { [key]: FOREIGN } })),
                    /allows "\*" without a condition pinning the caller to the key's account 111111111111/,
                    URNS.cmk,
                );
                assertViolation(
                    await runPolicy(p, cmkWith({ StringEquals: { [key]: [ACCOUNTS.primary, FOREIGN] } })),
                    /allows "\*"/,
                );
                assert.deepEqual(
                    messages(await runPolicy(p, cmkWith({ StringEquals: { [key]: ACCOUNTS.primary } }))),
                    [],
                );
                assert.deepEqual(
                    messages(
                        await runPolicy(p, cmkWith({ StringEquals: { [key]: FOREIGN } }), {
                            trustedAccountIds: [FOREIGN],
                        }),
                    ),
                    [],
                );
            });
        }
        it("accepts aws:PrincipalOrgID only with the configured organisation id", async () => {
            const org = cmkWith({ StringEquals: { "aws:PrincipalOrgID": "o-abc123" } });
            assertViolation(await runPolicy(p, org), /allows "\*"/);
            assertViolation(await runPolicy(p, org, { organizationId: "o-other" }), /allows "\*"/);
            assert.deepEqual(messages(await runPolicy(p, org, { organizationId: "o-abc123" })), []);
        });
        it("accepts aws:PrincipalArn / aws:SourceArn only in the key's account", async () => {
            assertViolation(
                await runPolicy(p, cmkWith({ ArnEquals: { "aws:PrincipalArn": `arn:aws:iam::${FOREIGN}:role/x` } })),
                /allows "\*"/,
            );
            assertViolation(
                await runPolicy(p, cmkWith({ ArnLike: { "aws:SourceArn": "arn:aws:iam::*:role/x" } })),
                /allows "\*"/,
            );
            assert.deepEqual(
                messages(await runPolicy(p, cmkWith({ ArnEquals: { "aws:PrincipalArn": ROLE_ARN } }))),
                [],
            );
        });
        it("defers to the preview advisory when the key's account is only in its unknown ARN", async () => {
            const stack = cmkWith({ StringEquals: { "kms:CallerAccount": ACCOUNTS.primary } }).map(r => ({
                ...r,
                provider: undefined,
                inputs: { ...r.inputs, arn: UNKNOWN },
            }));
            const ds = await runPolicy(p, stack);
            assert.deepEqual(mandatory(ds), []);
            assert.ok(
                ds.some(d => /during preview/.test(d.message)),
                JSON.stringify(messages(ds)),
            );
        });
    });
    describe("replica and external keys", () => {
        const KEY_TYPES = [
            "aws:kms/replicaKey:ReplicaKey",
            "aws:kms/externalKey:ExternalKey",
            "aws:kms/replicaExternalKey:ReplicaExternalKey",
        ];
        const key = (type: string, inputs: Record<string, unknown>, protect = true) =>
            resource(
                type,
                "k",
                { deletionWindowInDays: 30, policy: shareKeyPolicy(ACCOUNTS.b), ...inputs },
                { provider: PROVIDERS.b, options: { protect } },
            );
        for (const type of KEY_TYPES) {
            it(`${type.split(":").pop()}: key policy, deletion window, lockout bypass and protect are checked; rotation is not required`, async () => {
                const good = key(type, { primaryKeyArn: `arn:aws:kms:eu-west-1:${ACCOUNTS.b}:key/mrk-1` });
                for (const policy of [rules.kmsKeyPolicySafe, rules.kmsKeyLifecycle, rules.statefulResourcesProtected])
                    assert.deepEqual(messages(await runPolicy(policy, [good])), [], policy.name);
                assertViolation(
                    await runPolicy(rules.kmsKeyPolicySafe, [
                        key(type, { policy: doc({ Effect: "Allow", Principal: "*", Action: "kms:*", Resource: "*" }) }),
                    ]),
                    /allows "\*"/,
                );
                assertViolation(
                    await runPolicy(rules.kmsKeyLifecycle, [key(type, { deletionWindowInDays: 7 })]),
                    /deletionWindowInDays is 7/,
                );
                assertViolation(
                    await runPolicy(rules.kmsKeyLifecycle, [key(type, { bypassPolicyLockoutSafetyCheck: true })]),
                    /bypassPolicyLockoutSafetyCheck/,
                );
                assertViolation(
                    await runPolicy(rules.statefulResourcesProtected, [key(type, {}, false)]),
                    /must set the protect resource option/,
                );
            });
        }
    });
});
