// The stack-keys-not-destructible policy (policy-pack/rules/stack-keys-not-destructible.ts): passing and failing cases, evasions included.
import * as rules from "../../../policy-pack/rules";
import { strict as assert } from "assert";
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import {
    ACCOUNTS,
    doc,
    editResource,
    goodSignerStack,
    IAM_TYPES,
    PROVIDERS,
    REGION,
    resource,
    role,
    urn,
    URNS,
} from "../fixtures";
import { assertViolation, mandatory, messages, runPolicy, UNKNOWN } from "../support";

describe("stack-keys-not-destructible", () => {
    describe("seed cases and evasions", () => {
        const p = rules.stackKeysNotDestructible;
        const lambdaTrust = doc({
            Effect: "Allow",
            Principal: { Service: "lambda.amazonaws.com" },
            Action: "sts:AssumeRole",
        });
        const defakto = (
            statement: object = {
                Effect: "Allow",
                Action: ["kms:CreateKey", "kms:ScheduleKeyDeletion", "kms:Sign", "kms:TagResource", "kms:GetPublicKey"],
                Resource: "*",
            },
            extra: Partial<AnalyzerResourceInput> = {},
        ) =>
            role("defakto-key-manager", lambdaTrust, "key-manager", {
                ...extra,
                inputs: { inlinePolicies: [{ name: "p", policy: doc(statement) }] },
            });
        const km = urn("aws:iam/role:Role", "defakto-key-manager");
        it("accepts the signer stack, and a key manager scoped to its own keys", async () => {
            assert.deepEqual(messages(await runPolicy(p, goodSignerStack())), []);
            const scoped = defakto({
                Effect: "Allow",
                Action: ["kms:ScheduleKeyDeletion", "kms:DisableKey"],
                Resource: `arn:aws:kms:${REGION}:${ACCOUNTS.primary}:key/defakto-*`,
            });
            assert.deepEqual(messages(await runPolicy(p, [...goodSignerStack(), scoped])), []);
        });
        it("refuses seed 001's key manager (ScheduleKeyDeletion on \"*\") in the tables' account: the table CMK and share 1, not other accounts' shares", async () => {
            const ds = await runPolicy(p, [...goodSignerStack(), defakto()]);
            assertViolation(
                ds,
                /role defakto-key-manager is allowed kms:ScheduleKeyDeletion on KMS key tables-cmk .* by statement #1 of inline policy p of role defakto-key-manager.*Scope the statement's Resource/,
                km,
            );
            assertViolation(
                ds,
                /role defakto-key-manager is allowed kms:ScheduleKeyDeletion on KMS key signer-share-1/,
                km,
            );
            assert.ok(!messages(ds).some(m => /signer-share-[23]/.test(m)), JSON.stringify(messages(ds)));
        });
        it("counts key/* only in the key's account and region; refuses NotResource and every default action", async () => {
            assertViolation(
                await runPolicy(p, [
                    ...goodSignerStack(),
                    defakto(
                        {
                            Effect: "Allow",
                            Action: "kms:PutKeyPolicy",
                            Resource: `arn:aws:kms:eu-central-1:${ACCOUNTS.b}:key/*`,
                        },
                        { provider: PROVIDERS.b },
                    ),
                ]),
                /defakto-key-manager is allowed kms:PutKeyPolicy on KMS key signer-share-2/,
            );
            assert.deepEqual(
                messages(
                    await runPolicy(p, [
                        ...goodSignerStack(),
                        defakto({
                            Effect: "Allow",
                            Action: "kms:PutKeyPolicy",
                            Resource: `arn:aws:kms:us-west-2:${ACCOUNTS.primary}:key/*`,
                        }),
                    ]),
                ),
                [],
            );
            assert.deepEqual(
                messages(
                    await runPolicy(p, [
                        ...goodSignerStack(),
                        defakto(
                            { Effect: "Allow", Action: "kms:ScheduleKeyDeletion", Resource: "*" },
                            { provider: PROVIDERS.b },
                        ),
                    ]),
                ).filter(m => !/signer-share-2/.test(m)),
                [],
                "a role of account b reaches only account b's key",
            );
            const all = await runPolicy(p, [
                ...goodSignerStack(),
                defakto({
                    Effect: "Allow",
                    Action: [
                        "kms:ScheduleKeyDeletion",
                        "kms:DisableKey",
                        "kms:PutKeyPolicy",
                        "kms:CreateGrant",
                        "kms:ReplicateKey",
                        "kms:DeleteImportedKeyMaterial",
                        "kms:DisableKeyRotation",
                        "kms:UpdatePrimaryRegion",
                    ],
                    NotResource: `arn:aws:kms:${REGION}:${ACCOUNTS.primary}:key/defakto-*`,
                }),
            ]);
            assertViolation(
                all,
                /kms:ScheduleKeyDeletion.*kms:DisableKey.*kms:PutKeyPolicy.*kms:CreateGrant.*kms:ReplicateKey.*kms:DeleteImportedKeyMaterial, kms:DisableKeyRotation, kms:UpdatePrimaryRegion on KMS key tables-cmk/,
            );
        });
        it("refuses a RolePolicy on a role outside the stack and an IAM user's policy", async () => {
            const destroy = doc({
                Effect: "Allow",
                Action: "kms:Disable*",
                Resource: `arn:aws:kms:${REGION}:${ACCOUNTS.primary}:key/*`,
            });
            assertViolation(
                await runPolicy(p, [
                    ...goodSignerStack(),
                    resource("aws:iam/rolePolicy:RolePolicy", "ext", { role: "somebody", policy: destroy }),
                ]),
                /role somebody \(outside this stack\) is allowed kms:DisableKey, kms:DisableKeyRotation on KMS key tables-cmk .* by statement #1 of RolePolicy ext/,
            );
            assertViolation(
                await runPolicy(p, [
                    ...goodSignerStack(),
                    resource(IAM_TYPES.userPolicy, "up", { user: "ops", policy: destroy }),
                ]),
                /user ops is allowed kms:DisableKey.*kms:DisableKeyRotation on KMS key tables-cmk/,
            );
        });
        it('judges "*" against a key whose ARN is still unknown (by its account and region); a grant naming other keys passes', async () => {
            const unknownCmk = (stack: AnalyzerResourceInput[]) =>
                editResource(stack, URNS.cmk, r => ({ ...r, outputs: { arn: UNKNOWN } }));
            assertViolation(
                await runPolicy(p, unknownCmk([...goodSignerStack(), defakto()])),
                /defakto-key-manager is allowed kms:ScheduleKeyDeletion on KMS key tables-cmk \(arn:aws:kms:eu-west-1:111111111111:key\/\(unknown-until-created\)\)/,
            );
            assert.deepEqual(
                mandatory(
                    await runPolicy(
                        p,
                        unknownCmk([
                            ...goodSignerStack(),
                            defakto({
                                Effect: "Allow",
                                Action: "kms:ScheduleKeyDeletion",
                                Resource: `arn:aws:kms:${REGION}:${ACCOUNTS.primary}:key/defakto-*`,
                            }),
                        ]),
                    ),
                ),
                [],
            );
        });
        it("a signer and seed 001's trust domain in one account are refused by both share-custody and stack-keys-not-destructible", async () => {
            const stack = [...goodSignerStack(), defakto()];
            assertViolation(
                await runPolicy(rules.shareCustody, stack),
                /role defakto-key-manager is allowed kms:ScheduleKeyDeletion.*kms:Sign on signer-share-1/,
                km,
            );
            assertViolation(await runPolicy(p, stack), /on KMS key tables-cmk/, km);
        });
    });
});
