// The share-custody policy (policy-pack/rules/share-custody.ts): passing and failing cases, evasions included.
import * as rules from "../../../policy-pack/rules";
import { strict as assert } from "assert";
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import {
    ACCOUNTS,
    doc,
    editResource,
    goodSignerStack,
    IAM_TYPES,
    keyArn,
    PROVIDERS,
    REGION,
    resource,
    role,
    ROLE_ARN,
    rolePolicy,
    rootDelegation,
    secondSignerPolicy,
    SHARE_KEY_ARNS,
    shareKeyPolicy,
    signerPermissions,
    tableArn,
    TABLES,
    unknownSignerPolicy,
    urn,
    URNS,
    withSignerStatements,
} from "../fixtures";
import {
    advisories,
    allow,
    assertMandatoryAndAdvisory,
    assertViolation,
    FOREIGN,
    mandatory,
    messages,
    runPolicy,
    UNKNOWN,
} from "../support";

describe("share-custody", () => {
    describe("seed cases and evasions", () => {
        const p = rules.shareCustody;
        it("passes three shares in three accounts, threshold 2", async () =>
            assert.deepEqual(messages(await runPolicy(p, goodSignerStack())), []));
        it("refuses a single account holding threshold-many shares (dev's layout), advisory when configured so", async () => {
            let stack = goodSignerStack();
            for (const i of [2, 3])
                stack = editResource(stack, URNS.shareKey(i), r => ({
                    ...r,
                    provider: PROVIDERS.primary,
                    inputs: { ...r.inputs, policy: shareKeyPolicy(ACCOUNTS.primary) },
                    outputs: { ...r.outputs, arn: SHARE_KEY_ARNS[0].replace("1111-4111", `${i}${i}${i}${i}-4111`) },
                }));
            stack = editResource(stack, URNS.rolePolicy, r => ({
                ...r,
                inputs: {
                    ...r.inputs,
                    policy: doc({
                        Effect: "Allow",
                        Action: ["kms:Encrypt", "kms:Decrypt"],
                        Resource: `arn:aws:kms:eu-west-1:${ACCOUNTS.primary}:key/*`,
                    }),
                },
            }));
            assertViolation(await runPolicy(p, stack), /account 111111111111 holds 3 of 3 shares \(threshold 2\)/);
            const advisory = await runPolicy(p, stack, { enforcementLevel: "advisory" });
            assert.ok(advisory.length > 0 && advisory.every(d => d.enforcementLevel === "advisory"));
        });
        it("refuses a share key granting another role, or an extra principal able to decrypt", async () => {
            const other = editResource(goodSignerStack(), URNS.shareKey(3), r => ({
                ...r,
                inputs: {
                    ...r.inputs,
                    policy: shareKeyPolicy(ACCOUNTS.c, `arn:aws:iam::${ACCOUNTS.primary}:role/other`),
                },
            }));
            assertViolation(await runPolicy(p, other), /do not all grant kms:Encrypt and kms:Decrypt to one same role/);
            const extra = editResource(goodSignerStack(), URNS.shareKey(2), r => ({
                ...r,
                inputs: {
                    ...r.inputs,
                    policy: doc(rootDelegation(ACCOUNTS.b), {
                        Effect: "Allow",
                        Principal: { AWS: [ROLE_ARN, `arn:aws:iam::${ACCOUNTS.b}:role/admin`] },
                        Action: ["kms:Encrypt", "kms:Decrypt"],
                        Resource: "*",
                    }),
                },
            }));
            assertViolation(
                await runPolicy(p, extra),
                /signer-share-2 also lets arn:aws:iam::222222222222:role\/admin decrypt/,
            );
        });
        it("refuses duplicate indices and a role whose IAM policy misses a share key", async () => {
            const dup = editResource(goodSignerStack(), URNS.shareKey(3), r => ({
                ...r,
                inputs: { ...r.inputs, tags: { ...(r.inputs.tags as object), "custody:share-index": "2" } },
            }));
            assertViolation(await runPolicy(p, dup), /share indices are 1, 2, 2/);
            const stmts = signerPermissions().map(s =>
                (s as { Sid: string }).Sid === "ShareKeyWrap" ? { ...s, Resource: SHARE_KEY_ARNS.slice(0, 2) } : s,
            );
            assertViolation(
                await runPolicy(p, withSignerStatements(...stmts)),
                /does not allow kms:encrypt on signer-share-3/,
            );
        });
    });
    describe("the share's other paths: key policy extras, replicas, multi-Region keys", () => {
        const p = rules.shareCustody;
        const withKeyPolicy = (i: number, policy: string) =>
            editResource(goodSignerStack(), URNS.shareKey(i), r => ({ ...r, inputs: { ...r.inputs, policy } }));
        const statements = (account: string) => JSON.parse(shareKeyPolicy(account)).Statement as object[];
        it("passes seed 000's exact share key policies (also with Sid-less, reordered statements)", async () => {
            assert.deepEqual(messages(await runPolicy(p, goodSignerStack())), []);
            const reordered = withKeyPolicy(
                2,
                doc(
                    {
                        Effect: "Allow",
                        Principal: { AWS: ROLE_ARN },
                        Action: ["kms:Decrypt", "kms:Encrypt"],
                        Resource: "*",
                    },
                    rootDelegation(ACCOUNTS.b),
                ),
            );
            assert.deepEqual(messages(await runPolicy(p, reordered)), []);
        });
        it("refuses a foreign role given only kms:CreateGrant / kms:PutKeyPolicy on a share key", async () => {
            const stack = withKeyPolicy(
                2,
                doc(...statements(ACCOUNTS.b), {
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${FOREIGN}:role/x` },
                    Action: ["kms:CreateGrant", "kms:PutKeyPolicy"],
                    Resource: "*",
                }),
            );
            assertViolation(
                await runPolicy(p, stack),
                /signer-share-2 also lets arn:aws:iam::999999999999:role\/x call kms:CreateGrant, kms:PutKeyPolicy/,
                URNS.shareKey(2),
            );
        });
        it("refuses extra actions for the ring role itself, and a foreign account's root delegation", async () => {
            const extra = withKeyPolicy(
                1,
                doc(...statements(ACCOUNTS.primary), {
                    Effect: "Allow",
                    Principal: { AWS: ROLE_ARN },
                    Action: ["kms:ScheduleKeyDeletion", "kms:CreateGrant"],
                    Resource: "*",
                }),
            );
            assertViolation(
                await runPolicy(p, extra),
                /signer-share-1 grants arn:aws:iam::111111111111:role\/custody-prod-signer kms:ScheduleKeyDeletion, kms:CreateGrant beyond kms:Encrypt\/kms:Decrypt/,
            );
            const foreignRoot = withKeyPolicy(3, doc(...statements(ACCOUNTS.c), rootDelegation(ACCOUNTS.primary)));
            assertViolation(
                await runPolicy(p, foreignRoot),
                /signer-share-3 also lets arn:aws:iam::111111111111:root decrypt its share/,
            );
        });
        it('refuses another role of the stack with kms:Decrypt reaching a share key ("*", key/*), not one scoped to another key', async () => {
            const reader = (resource: string) => [
                ...goodSignerStack(),
                {
                    urn: urn("aws:iam/role:Role", "reader"),
                    type: "aws:iam/role:Role",
                    name: "reader",
                    provider: PROVIDERS.primary,
                    inputs: {
                        name: "reader",
                        assumeRolePolicy: doc({
                            Effect: "Allow",
                            Principal: { Service: "lambda.amazonaws.com" },
                            Action: "sts:AssumeRole",
                        }),
                        inlinePolicies: [
                            { name: "r", policy: doc({ Effect: "Allow", Action: "kms:Decrypt", Resource: resource }) },
                        ],
                    },
                    outputs: { arn: `arn:aws:iam::${ACCOUNTS.primary}:role/reader` },
                } as AnalyzerResourceInput,
            ];
            assertViolation(
                await runPolicy(p, reader("*")),
                /role reader is allowed kms:Decrypt on signer-share-1/,
                urn("aws:iam/role:Role", "reader"),
            );
            assertViolation(
                await runPolicy(p, reader(`arn:aws:kms:eu-west-1:${ACCOUNTS.primary}:key/*`)),
                /role reader is allowed kms:Decrypt on signer-share-1/,
            );
            assert.deepEqual(
                messages(await runPolicy(p, reader(`arn:aws:kms:eu-west-1:${ACCOUNTS.primary}:key/cmk-0000`))),
                [],
            );
        });
        it("defers to the preview advisory while share key ARNs are unknown", async () => {
            let stack = goodSignerStack();
            for (const i of [1, 2, 3])
                stack = editResource(stack, URNS.shareKey(i), r => ({
                    ...r,
                    outputs: { arn: UNKNOWN, keyId: UNKNOWN },
                }));
            const ds = await runPolicy(p, stack);
            assert.deepEqual(mandatory(ds), []);
            assert.ok(
                ds.some(d => /during preview/.test(d.message)),
                JSON.stringify(messages(ds)),
            );
        });
        it("refuses a multi-Region share key and a replica of a share key", async () => {
            assertViolation(
                await runPolicy(
                    p,
                    editResource(goodSignerStack(), URNS.shareKey(2), r => ({
                        ...r,
                        inputs: { ...r.inputs, multiRegion: true },
                    })),
                ),
                /signer-share-2 is a multi-Region key/,
            );
            const replica = resource(
                "aws:kms/replicaKey:ReplicaKey",
                "r",
                { primaryKeyArn: SHARE_KEY_ARNS[1], policy: shareKeyPolicy(ACCOUNTS.b) },
                { provider: PROVIDERS.b },
            );
            assertViolation(
                await runPolicy(p, [...goodSignerStack(), replica]),
                /ReplicaKey r replicates share key signer-share-2/,
            );
            const other = {
                ...replica,
                inputs: { ...replica.inputs, primaryKeyArn: `arn:aws:kms:eu-west-1:${ACCOUNTS.primary}:key/mrk-other` },
            };
            assert.deepEqual(messages(await runPolicy(p, [...goodSignerStack(), other])), []);
        });
    });
    describe("Share keys through IAM: share-custody leaves others only Read/List, Tagging and kms:CreateAlias", () => {
        const p = rules.shareCustody;
        const lambdaTrust = doc({
            Effect: "Allow",
            Principal: { Service: "lambda.amazonaws.com" },
            Action: "sts:AssumeRole",
        });
        const withRole = (name: string, statement: object, extra: Partial<AnalyzerResourceInput> = {}) => [
            ...goodSignerStack(),
            role(name, lambdaTrust, "provisioner", {
                ...extra,
                inputs: { inlinePolicies: [{ name: "p", policy: doc(statement) }] },
            }),
        ];
        const SHARE1_ACCOUNT_KEYS = `arn:aws:kms:${SHARE_KEY_ARNS[0].split(":")[3]}:${ACCOUNTS.primary}:key/*`;
        for (const action of [
            "kms:CreateGrant",
            "kms:PutKeyPolicy",
            "kms:ReEncryptFrom",
            "kms:ScheduleKeyDeletion",
            "kms:DisableKey",
            "kms:ReplicateKey",
            "kms:UpdateAlias",
            "kms:ImportKeyMaterial",
            "kms:GenerateDataKey",
        ]) {
            it(`refuses another role allowed ${action} on a share key ("*", key/*, NotResource)`, async () => {
                const ops = urn("aws:iam/role:Role", "ops");
                for (const where of [
                    { Resource: "*" },
                    { Resource: SHARE1_ACCOUNT_KEYS },
                    { NotResource: `arn:aws:kms:${REGION}:${ACCOUNTS.primary}:key/cmk-0000` },
                ]) {
                    const ds = await runPolicy(p, withRole("ops", { Effect: "Allow", Action: action, ...where }));
                    assertViolation(
                        ds,
                        new RegExp(
                            `role ops is allowed ${action} on signer-share-1 \\(${SHARE_KEY_ARNS[0]}\\) by statement #1 of inline policy p of role ops.*scope the statement's Resource`,
                        ),
                        ops,
                    );
                }
            });
        }
        it("refuses kms:ReEncrypt* and kms:* through a RolePolicy on a role outside the stack and an IAM user's policy", async () => {
            const reencrypt = doc({ Effect: "Allow", Action: "kms:ReEncrypt*", Resource: "*" });
            assertViolation(
                await runPolicy(p, [
                    ...goodSignerStack(),
                    resource("aws:iam/rolePolicy:RolePolicy", "ext", { role: "somebody", policy: reencrypt }),
                ]),
                /role somebody \(outside this stack\) is allowed kms:ReEncryptFrom, kms:ReEncryptTo on signer-share-1 .* by statement #1 of RolePolicy ext/,
            );
            assertViolation(
                await runPolicy(p, [
                    ...goodSignerStack(),
                    resource(IAM_TYPES.userPolicy, "up", {
                        user: "ops",
                        policy: doc({ Effect: "Allow", Action: "kms:*", Resource: SHARE_KEY_ARNS[0] }),
                    }),
                ]),
                /user ops is allowed.*kms:CancelKeyDeletion.*kms:CreateGrant.* and \d+ more on signer-share-1 .* by statement #1 of UserPolicy up/,
            );
        });
        it("accepts Read/List, Tagging and kms:CreateAlias on key/* (Basil's provisioner in the signer's account), and Decrypt scoped to another key", async () => {
            const stack = withRole("basil-provisioner", {
                Effect: "Allow",
                Action: [
                    "kms:CreateAlias",
                    "kms:TagResource",
                    "kms:UntagResource",
                    "kms:DescribeKey",
                    "kms:GetPublicKey",
                    "kms:ListResourceTags",
                    "kms:CreateKey",
                ],
                Resource: "*",
            });
            assert.deepEqual(messages(await runPolicy(p, stack)), []);
            assert.deepEqual(
                messages(
                    await runPolicy(
                        p,
                        withRole("reader", {
                            Effect: "Allow",
                            Action: ["kms:Decrypt", "kms:CreateGrant"],
                            Resource: keyArn(ACCOUNTS.primary, "cmk-0000"),
                        }),
                    ),
                ),
                [],
            );
            const denied = withRole("ops", { Effect: "Allow", Action: "kms:*", Resource: "*" });
            const withDeny = editResource(denied, urn("aws:iam/role:Role", "ops"), r => ({
                ...r,
                inputs: {
                    ...r.inputs,
                    inlinePolicies: [
                        {
                            name: "p",
                            policy: doc(
                                { Effect: "Allow", Action: "kms:*", Resource: "*" },
                                {
                                    Effect: "Deny",
                                    NotAction: ["kms:Describe*", "kms:Get*", "kms:List*"],
                                    Resource: SHARE_KEY_ARNS,
                                },
                            ),
                        },
                    ],
                },
            }));
            assert.deepEqual(
                messages(await runPolicy(p, withDeny)),
                [],
                "an unconditional Deny on the share keys removes the rest",
            );
        });
        it('the ring role: Encrypt/Decrypt and Read/List pass, ReEncrypt or GenerateDataKey on its shares (e.g. through "*") is refused', async () => {
            assert.deepEqual(
                messages(
                    await runPolicy(
                        p,
                        withSignerStatements(...signerPermissions(), {
                            Effect: "Allow",
                            Action: ["kms:DescribeKey", "kms:GetKeyPolicy"],
                            Resource: SHARE_KEY_ARNS,
                        }),
                    ),
                ),
                [],
            );
            const ds = await runPolicy(
                p,
                withSignerStatements(...signerPermissions(), {
                    Effect: "Allow",
                    Action: ["kms:GenerateDataKey", "kms:ReEncryptFrom"],
                    Resource: "*",
                }),
            );
            assertViolation(
                ds,
                /role custody-prod-signer \(the ring role\) is allowed kms:GenerateDataKey.*kms:ReEncryptFrom on signer-share-1/,
                URNS.role,
            );
        });
        it("a key policy statement giving a same-account role ScheduleKeyDeletion or CreateGrant on a share key is refused", async () => {
            const statements = JSON.parse(shareKeyPolicy(ACCOUNTS.primary)).Statement as object[];
            const stack = editResource(goodSignerStack(), URNS.shareKey(1), r => ({
                ...r,
                inputs: {
                    ...r.inputs,
                    policy: doc(...statements, {
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${ACCOUNTS.primary}:role/ops` },
                        Action: ["kms:ScheduleKeyDeletion", "kms:CreateGrant"],
                        Resource: "*",
                    }),
                },
            }));
            assertViolation(
                await runPolicy(p, stack),
                /signer-share-1 also lets arn:aws:iam::111111111111:role\/ops call kms:ScheduleKeyDeletion, kms:CreateGrant/,
                URNS.shareKey(1),
            );
        });
    });
    describe("preview: known documents of a role are evaluated when another is unknown", () => {
        it('share-custody: another role allowed kms:Decrypt on "*" by a known document is refused next to an unknown one', async () => {
            const ops = role(
                "ops",
                doc({
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${ACCOUNTS.primary}:role/admin` },
                    Action: "sts:AssumeRole",
                }),
                "operator",
            );
            const stack = [
                ...goodSignerStack(),
                ops,
                rolePolicy("ops-a", "ops", UNKNOWN, ops.urn),
                rolePolicy("ops-b", "ops", doc(allow("kms:Decrypt")), ops.urn),
            ];
            assertMandatoryAndAdvisory(
                await runPolicy(rules.shareCustody, stack),
                /role ops is allowed kms:Decrypt on signer-share-1 .* of RolePolicy ops-b/,
            );
        });
    });
    describe('preview: "X is missing" verdicts stay advisory on partial knowledge', () => {
        it("share-custody: the role's own grant on the share keys may be in the unknown document", async () => {
            const ds = await runPolicy(rules.shareCustody, [
                ...unknownSignerPolicy(),
                secondSignerPolicy(allow("dynamodb:GetItem", tableArn(TABLES.keystore))),
            ]);
            assert.deepEqual(mandatory(ds), []);
            assert.equal(advisories(ds).length, 1);
            // Known and without the share keys, it is refused.
            const known = editResource(goodSignerStack(), URNS.rolePolicy, r => ({
                ...r,
                inputs: {
                    ...r.inputs,
                    policy: doc(...signerPermissions().filter(s => (s as { Sid: string }).Sid !== "ShareKeyWrap")),
                },
            }));
            assert.ok(
                mandatory(await runPolicy(rules.shareCustody, known)).some(m =>
                    /IAM policy does not allow kms:encrypt/i.test(m),
                ),
            );
        });
    });
});
