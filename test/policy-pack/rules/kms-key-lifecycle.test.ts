// The kms-key-lifecycle policy (policy-pack/rules/kms-key-lifecycle.ts): passing and failing cases, evasions included.
import * as rules from "../../../policy-pack/rules";
import { strict as assert } from "assert";
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { ACCOUNTS, editResource, goodSignerStack, PROVIDERS, resource, shareKeyPolicy, urn, URNS } from "../fixtures";
import { assertViolation, messages, runPolicy } from "../support";

describe("kms-key-lifecycle", () => {
    describe("seed cases", () => {
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
        it("requires rotation on symmetric keys, a 30-day window, and no lockout bypass", async () => {
            const l = rules.kmsKeyLifecycle;
            assert.deepEqual(
                messages(
                    await runPolicy(l, [
                        key(undefined, { customerMasterKeySpec: "ECC_NIST_P256", enableKeyRotation: false }),
                    ]),
                ),
                [],
            );
            assertViolation(await runPolicy(l, [key(undefined, { enableKeyRotation: false })]), /enableKeyRotation/);
            assertViolation(
                await runPolicy(l, [key(undefined, { deletionWindowInDays: 7 })]),
                /deletionWindowInDays is 7/,
            );
            assert.deepEqual(
                messages(
                    await runPolicy(l, [key(undefined, { deletionWindowInDays: 7 })], {
                        minimumDeletionWindowInDays: 7,
                    }),
                ),
                [],
            );
            assertViolation(
                await runPolicy(l, [key(undefined, { bypassPolicyLockoutSafetyCheck: true })]),
                /bypassPolicyLockoutSafetyCheck/,
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
        it("refuses a disabled share key (isEnabled: false), not a disabled non-share key", async () => {
            const disabled = editResource(goodSignerStack(), URNS.shareKey(2), r => ({
                ...r,
                inputs: { ...r.inputs, isEnabled: false },
            }));
            assertViolation(
                await runPolicy(rules.kmsKeyLifecycle, disabled),
                /isEnabled is false on a share key/,
                URNS.shareKey(2),
            );
            const cmk = editResource(goodSignerStack(), URNS.cmk, r => ({
                ...r,
                inputs: { ...r.inputs, isEnabled: false },
            }));
            assert.deepEqual(messages(await runPolicy(rules.kmsKeyLifecycle, cmk)), []);
            const replica = key("aws:kms/replicaKey:ReplicaKey", {
                enabled: false,
                tags: { "custody:share-ring": "signer" },
            });
            assertViolation(await runPolicy(rules.kmsKeyLifecycle, [replica]), /enabled is false on a share key/);
        });
        it("the offline plan requires protect and retainOnDelete on replica/external keys and table replicas", async () => {
            const { planViolations } = await import("../../../tools/offline/preview");
            const plan = (type: string, retainOnDelete: boolean) => ({
                project: "p",
                stack: "s",
                preview: false,
                outputs: {},
                resources: [
                    {
                        urn: urn(type, "x"),
                        type,
                        name: "x",
                        custom: true,
                        inputs: {},
                        outputs: {},
                        options: { protect: true, retainOnDelete },
                    },
                ],
            });
            for (const type of [...KEY_TYPES, "aws:dynamodb/tableReplica:TableReplica"]) {
                assert.match(
                    planViolations(plan(type, false) as any, [])[0]?.message ?? "",
                    /lacks retainOnDelete/,
                    type,
                );
                assert.deepEqual(planViolations(plan(type, true) as any, []), [], type);
            }
        });
    });
});
