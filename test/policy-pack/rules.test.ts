// Every rule, passing and failing, including the evasions: NotAction, service wildcards, `*`, a grant split
// across a RolePolicy or a Policy + RolePolicyAttachment, a document given as an object instead of a string.
import { strict as assert } from "assert";
import * as rules from "../../policy-pack/rules";
import {
    ACCOUNTS,
    awsProvider,
    doc,
    editResource,
    goodSignerStack,
    irsaTrust,
    OIDC_ARN,
    OIDC_ISSUER,
    PROVIDERS,
    role,
    ROLE_ARN,
    ROLE_NAME,
    rolePolicy,
    rootDelegation,
    SHARE_KEY_ARNS,
    shareKeyPolicy,
    signerPermissions,
    tableArn,
    TABLES,
    URNS,
    withSignerStatements,
} from "./fixtures";
import { assertViolation, messages, runPolicy, UNKNOWN } from "./support";
import type { AnalyzerResourceInput } from "../../tools/offline/analyzer";

const ec2Trust = doc({ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" });

describe("rule 1: no-dynamodb-batch", () => {
    const p = rules.noDynamoDbBatch;
    const onTable = (action: object) => ({ Effect: "Allow", ...action, Resource: tableArn(TABLES.keystore) });

    it("passes seed 000's grants", async () => assert.deepEqual(messages(await runPolicy(p, goodSignerStack())), []));
    for (const [label, stmt] of [
        ["an explicit BatchWriteItem", { Action: "dynamodb:BatchWriteItem" }],
        ["dynamodb:*", { Action: "dynamodb:*" }],
        ["dynamodb:Batch*", { Action: "dynamodb:batch*" }],
        ["*", { Action: "*" }],
        ["NotAction of the item actions", { NotAction: ["dynamodb:GetItem", "dynamodb:PutItem"] }],
    ] as const) {
        it(`refuses ${label}`, async () => {
            const ds = await runPolicy(p, withSignerStatements(...signerPermissions(), onTable(stmt)));
            assertViolation(ds, /role custody-prod-signer is allowed dynamodb:BatchWriteItem/, URNS.role);
        });
    }
    it("refuses BatchGetItem in a separate RolePolicy linked only through propertyDependencies", async () => {
        const extra = rolePolicy("sneaky", UNKNOWN, doc(onTable({ Action: "dynamodb:BatchGetItem" })), URNS.role);
        const ds = await runPolicy(p, [...goodSignerStack(), extra]);
        assertViolation(ds, /BatchGetItem by statement #1 of RolePolicy sneaky/, URNS.role);
    });
    it("refuses it through a Policy + RolePolicyAttachment, with the policy given as an object", async () => {
        const policyUrn = "urn:pulumi:prod::custody-infra::aws:iam/policy:Policy::batch";
        const stack: AnalyzerResourceInput[] = [
            ...goodSignerStack(),
            {
                urn: policyUrn,
                type: "aws:iam/policy:Policy",
                name: "batch",
                inputs: {
                    name: "batch",
                    policy: { Version: "2012-10-17", Statement: [onTable({ Action: ["dynamodb:BatchWriteItem"] })] },
                },
                outputs: { arn: `arn:aws:iam::${ACCOUNTS.primary}:policy/batch` },
            },
            {
                urn: "urn:pulumi:prod::custody-infra::aws:iam/rolePolicyAttachment:RolePolicyAttachment::att",
                type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
                name: "att",
                inputs: { role: ROLE_NAME, policyArn: `arn:aws:iam::${ACCOUNTS.primary}:policy/batch` },
            },
        ];
        assertViolation(await runPolicy(p, stack), /BatchWriteItem by statement #1 of Policy batch/, URNS.role);
    });
    it("accepts dynamodb:* when an unconditional Deny removes Batch* everywhere", async () => {
        const ds = await runPolicy(
            p,
            withSignerStatements(onTable({ Action: "dynamodb:*" }), {
                Effect: "Deny",
                Action: "dynamodb:Batch*",
                Resource: "*",
            }),
        );
        assert.deepEqual(messages(ds), []);
    });
});

describe("rule 2: dynamodb-query-includes-index", () => {
    const p = rules.dynamoDbQueryIncludesIndex;
    it("passes when Query reaches table/index/*", async () =>
        assert.deepEqual(messages(await runPolicy(p, goodSignerStack())), []));
    it("refuses Query on the keystore ARN alone", async () => {
        const stmts = signerPermissions().map(s =>
            (s as { Sid: string }).Sid === "KeySource" ? { ...s, Resource: tableArn(TABLES.keystore) } : s,
        );
        assertViolation(
            await runPolicy(p, withSignerStatements(...stmts)),
            /dynamodb:Query on table custody-prod-keystore .* not on its index status-shard-index/,
            URNS.role,
        );
    });
    it("accepts the index's own ARN, and matches the table by name when its ARN is unknown", async () => {
        const stmts = signerPermissions().map(s =>
            (s as { Sid: string }).Sid === "KeySource"
                ? {
                      ...s,
                      Resource: [tableArn(TABLES.keystore), `${tableArn(TABLES.keystore)}/index/status-shard-index`],
                  }
                : s,
        );
        const stack = editResource(withSignerStatements(...stmts), URNS.keystore, r => ({
            ...r,
            outputs: { arn: UNKNOWN },
        }));
        assert.deepEqual(messages(await runPolicy(p, stack)), []);
        const bad = editResource(
            withSignerStatements({ Effect: "Allow", Action: "dynamodb:Query", Resource: tableArn(TABLES.keystore) }),
            URNS.keystore,
            r => ({ ...r, outputs: { arn: UNKNOWN } }),
        );
        assertViolation(await runPolicy(p, bad), /not on its index/);
    });
});

describe("rule 3: runtime-role-no-kms-key-management", () => {
    const p = rules.runtimeRoleNoKeyManagement;
    const createKey = (action: string | string[]) => ({ Effect: "Allow", Action: action, Resource: "*" });
    it("passes Encrypt/Decrypt only", async () =>
        assert.deepEqual(messages(await runPolicy(p, goodSignerStack())), []));
    for (const action of [
        "kms:CreateKey",
        "kms:Create*",
        "kms:*",
        "*",
        "kms:PutKeyPolicy",
        "kms:ScheduleKeyDeletion",
    ]) {
        it(`refuses ${action} on the IRSA role`, async () => {
            assertViolation(
                await runPolicy(p, withSignerStatements(...signerPermissions(), createKey(action))),
                /runtime role .* allowed KMS key management/,
                URNS.role,
            );
        });
    }
    it("refuses key management through NotAction", async () => {
        const ds = await runPolicy(
            p,
            withSignerStatements(...signerPermissions(), {
                Effect: "Allow",
                NotAction: ["kms:Decrypt", "kms:Encrypt"],
                Resource: "*",
            }),
        );
        assertViolation(ds, /kms:CreateKey/);
    });
    it("allows CreateKey/CreateAlias to a provisioner, the Defakto actions to a key-manager, but not the same on an EC2 runtime role", async () => {
        const defakto = doc(
            createKey(["kms:CreateKey", "kms:GetPublicKey", "kms:ScheduleKeyDeletion", "kms:Sign", "kms:TagResource"]),
        );
        const stack = [
            role("basil-provisioner", irsaTrust("system:serviceaccount:basil:bootstrap"), "provisioner", {
                inputs: {
                    inlinePolicies: [{ name: "create", policy: doc(createKey(["kms:CreateKey", "kms:CreateAlias"])) }],
                },
            }),
            role("trust-domain", irsaTrust("system:serviceaccount:spirl-system:spirl-server"), "key-manager", {
                inputs: { inlinePolicies: [{ name: "kms", policy: defakto }] },
            }),
        ];
        assert.deepEqual(messages(await runPolicy(p, stack)), []);
        const runtime = role("basil-agent", ec2Trust, "runtime", {
            inputs: { inlinePolicies: [{ name: "kms", policy: defakto }] },
        });
        assertViolation(
            await runPolicy(p, [...stack, runtime]),
            /role basil-agent is a runtime role \(EC2.*kms:CreateKey, kms:ScheduleKeyDeletion, kms:TagResource/,
        );
    });
    it("treats a role tagged cross-account but trusted by EC2 as runtime", async () => {
        const r = role("caller", ec2Trust, "cross-account", {
            inputs: { inlinePolicies: [{ name: "x", policy: doc(createKey("kms:CreateAlias")) }] },
        });
        assertViolation(await runPolicy(p, [r]), /kms:CreateAlias/);
    });
});

describe("rule 4: runtime-role-scoped-resources", () => {
    const p = rules.runtimeRoleScopedResources;
    it("passes named tables, indexes and keys", async () =>
        assert.deepEqual(messages(await runPolicy(p, goodSignerStack())), []));
    for (const [label, resource] of [
        ['"*"', "*"],
        ["any account and region", "arn:aws:dynamodb:*:*:table/curity-*"],
        ["every table", `arn:aws:dynamodb:${"eu-west-1"}:${ACCOUNTS.primary}:table/*`],
        ["every key", `arn:aws:kms:eu-west-1:${ACCOUNTS.primary}:key/*`],
    ]) {
        it(`refuses data-plane grants on ${label}`, async () => {
            const ds = await runPolicy(
                p,
                withSignerStatements({
                    Effect: "Allow",
                    Action: ["dynamodb:GetItem", "kms:Decrypt"],
                    Resource: resource,
                }),
            );
            assertViolation(ds, /name the tables and keys/, URNS.role);
        });
    }
    it("refuses NotResource", async () => {
        assertViolation(
            await runPolicy(
                p,
                withSignerStatements({ Effect: "Allow", Action: "dynamodb:GetItem", NotResource: tableArn("other") }),
            ),
            /NotResource/,
        );
    });
    it("accepts a prefix in one account and region, and wildcard-only actions on *", async () => {
        const ds = await runPolicy(
            p,
            withSignerStatements(
                {
                    Effect: "Allow",
                    Action: "dynamodb:GetItem",
                    Resource: `arn:aws:dynamodb:eu-west-1:${ACCOUNTS.primary}:table/curity-*`,
                },
                { Effect: "Allow", Action: "dynamodb:ListTables", Resource: "*" },
            ),
        );
        assert.deepEqual(messages(ds), []);
    });
});

describe("rule 5: role-trust-pinned", () => {
    const p = rules.roleTrustPinned;
    const trustWith = (condition: object, principal: object = { Federated: OIDC_ARN }) =>
        doc({ Effect: "Allow", Principal: principal, Action: "sts:AssumeRoleWithWebIdentity", Condition: condition });
    const check = (trust: string | object) => runPolicy(p, [role("r", trust as string, "runtime")]);
    const sub = `${OIDC_ISSUER}:sub`;
    const aud = `${OIDC_ISSUER}:aud`;

    it("passes seed 000's trust, as a string and as an object", async () => {
        assert.deepEqual(messages(await check(irsaTrust())), []);
        assert.deepEqual(messages(await check(JSON.parse(irsaTrust()))), []);
    });
    it("refuses StringLike on sub", async () =>
        assertViolation(
            await check(
                trustWith({
                    StringLike: { [sub]: "system:serviceaccount:validators:*" },
                    StringEquals: { [aud]: "sts.amazonaws.com" },
                }),
            ),
            /uses StringLike/,
        ));
    it("refuses a wildcard subject", async () =>
        assertViolation(
            await check(
                trustWith({
                    StringEquals: { [sub]: "system:serviceaccount:validators:*", [aud]: "sts.amazonaws.com" },
                }),
            ),
            /not one exact/,
        ));
    it("refuses two subjects", async () =>
        assertViolation(
            await check(
                trustWith({
                    StringEquals: {
                        [sub]: ["system:serviceaccount:a:b", "system:serviceaccount:c:d"],
                        [aud]: "sts.amazonaws.com",
                    },
                }),
            ),
            /admits 2 subjects/,
        ));
    it("refuses a missing aud", async () =>
        assertViolation(
            await check(trustWith({ StringEquals: { [sub]: "system:serviceaccount:a:b" } })),
            /does not pin .*:aud/,
        ));
    it("refuses a missing sub", async () =>
        assertViolation(
            await check(trustWith({ StringEquals: { [aud]: "sts.amazonaws.com" } })),
            /does not pin .*:sub/,
        ));
    it("refuses a condition key of another issuer", async () => {
        assertViolation(
            await check(
                trustWith({
                    StringEquals: {
                        "oidc.eks.eu-west-1.amazonaws.com/id/OTHER:sub": "system:serviceaccount:a:b",
                        [aud]: "sts.amazonaws.com",
                    },
                }),
            ),
            /not for the provider's issuer/,
        );
    });
    it("refuses a non-OIDC principal, and web identity reached through sts:* or NotAction", async () => {
        assertViolation(
            await check(
                trustWith(
                    { StringEquals: { [sub]: "system:serviceaccount:a:b", [aud]: "sts.amazonaws.com" } },
                    { AWS: "*" },
                ),
            ),
            /principal other than an OIDC provider/,
        );
        assertViolation(
            await check(doc({ Effect: "Allow", Principal: { Federated: OIDC_ARN }, Action: "sts:*" })),
            /does not pin/,
        );
        assertViolation(
            await check(doc({ Effect: "Allow", Principal: { Federated: OIDC_ARN }, NotAction: "sts:AssumeRole" })),
            /does not pin/,
        );
    });
    it('refuses an unconditional "*" trust', async () =>
        assertViolation(
            await check(doc({ Effect: "Allow", Principal: "*", Action: "sts:AssumeRole" })),
            /any principal/,
        ));
});

describe("rule 6: kms-key-policy-safe and kms-key-lifecycle", () => {
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
            await runPolicy(p, [key(star({ StringEquals: { "kms:ViaService": "dynamodb.eu-west-1.amazonaws.com" } }))]),
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
            inputs: { keyId: "x", policy: doc({ Effect: "Allow", Principal: "*", Action: "kms:*", Resource: "*" }) },
        };
        assertViolation(await runPolicy(p, [kp]), /allows "\*"/);
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
        assertViolation(await runPolicy(l, [key(undefined, { deletionWindowInDays: 7 })]), /deletionWindowInDays is 7/);
        assert.deepEqual(
            messages(
                await runPolicy(l, [key(undefined, { deletionWindowInDays: 7 })], { minimumDeletionWindowInDays: 7 }),
            ),
            [],
        );
        assertViolation(
            await runPolicy(l, [key(undefined, { bypassPolicyLockoutSafetyCheck: true })]),
            /bypassPolicyLockoutSafetyCheck/,
        );
    });
});

describe("rules 7 and 8: dynamodb-table-safe, stateful-resources-protected", () => {
    const keystore = () => goodSignerStack().find(r => r.urn === URNS.keystore)!;
    it("pass the fixture tables", async () => {
        assert.deepEqual(messages(await runPolicy(rules.dynamoDbTableSafe, [keystore()])), []);
        assert.deepEqual(messages(await runPolicy(rules.statefulResourcesProtected, goodSignerStack())), []);
    });
    it("refuse missing PITR, deletion protection, SSE, or an AWS managed key", async () => {
        const t = keystore();
        const run = (inputs: Record<string, unknown>) =>
            runPolicy(rules.dynamoDbTableSafe, [{ ...t, inputs: { ...t.inputs, ...inputs } }]);
        assertViolation(await run({ pointInTimeRecovery: { enabled: false } }), /pointInTimeRecovery/);
        assertViolation(await run({ deletionProtectionEnabled: false }), /deletionProtectionEnabled/);
        assertViolation(await run({ serverSideEncryption: undefined }), /serverSideEncryption.enabled/);
        assertViolation(await run({ serverSideEncryption: { enabled: true } }), /kmsKeyArn/);
        assert.deepEqual(
            messages(await run({ serverSideEncryption: { enabled: true, kmsKeyArn: UNKNOWN } })),
            [],
            "an unknown key ARN is still set",
        );
    });
    it("refuse an unprotected table or key", async () => {
        const ds = await runPolicy(rules.statefulResourcesProtected, [{ ...keystore(), options: { protect: false } }]);
        assertViolation(ds, /must set the protect resource option/, URNS.keystore);
    });
});

describe("rule 9: serviceaccount-role-agree", () => {
    const p = rules.serviceAccountRoleAgree;
    const editSa = (edit: (md: Record<string, any>) => void) =>
        editResource(goodSignerStack(), URNS.serviceAccount, r => {
            edit(r.inputs.metadata as Record<string, any>);
            return r;
        });
    it("passes the annotated ServiceAccount, also when the role ARN is unknown (matched by name)", async () => {
        assert.deepEqual(messages(await runPolicy(p, goodSignerStack())), []);
        const stack = editResource(goodSignerStack(), URNS.role, r => ({ ...r, outputs: { arn: UNKNOWN } }));
        assert.deepEqual(messages(await runPolicy(p, stack)), []);
    });
    it("leaves a ServiceAccount with an unknown annotation to the preview advisory, never 'missing ServiceAccount'", async () => {
        const ds = await runPolicy(
            p,
            editSa(md => {
                md.annotations["eks.amazonaws.com/role-arn"] = UNKNOWN;
            }),
        );
        assert.deepEqual(
            ds.filter(d => d.enforcementLevel === "mandatory").map(d => d.message),
            [],
        );
        assert.ok(
            ds.some(d => d.enforcementLevel === "advisory" && /during preview/.test(d.message)),
            JSON.stringify(messages(ds)),
        );
        // An unknown annotation on a different ServiceAccount does not excuse the role's missing one.
        const other = editSa(md => {
            md.name = "other-sa";
            md.annotations["eks.amazonaws.com/role-arn"] = UNKNOWN;
        });
        assertViolation(await runPolicy(p, other), /no ServiceAccount validators\/containment-chamber/, URNS.role);
    });
    it("refuses an annotation naming a role outside the stack", async () => {
        assertViolation(
            await runPolicy(
                p,
                editSa(md => {
                    md.annotations["eks.amazonaws.com/role-arn"] = `arn:aws:iam::${ACCOUNTS.primary}:role/other`;
                }),
            ),
            /not a role of this stack/,
            URNS.serviceAccount,
        );
    });
    it("refuses a ServiceAccount whose name differs from the trusted subject, and reports the role left without one", async () => {
        const ds = await runPolicy(
            p,
            editSa(md => {
                md.name = "other-sa";
            }),
        );
        assertViolation(
            ds,
            /validators\/other-sa uses role custody-prod-signer, whose trust pins system:serviceaccount:validators:containment-chamber/,
        );
        assertViolation(ds, /no ServiceAccount validators\/containment-chamber/, URNS.role);
    });
});

describe("rule 10: iam-actions-exist", () => {
    const p = rules.iamActionsExist;
    const rp = (policy: unknown) => [rolePolicy("x", ROLE_NAME, policy)];
    it("passes real actions in any case", async () => {
        assert.deepEqual(
            messages(
                await runPolicy(
                    p,
                    rp(doc({ Effect: "Allow", Action: ["DynamoDB:getitem", "kms:Gen*"], Resource: "*" })),
                ),
            ),
            [],
        );
    });
    it("names the per-item actions that govern TransactWriteItems / TransactGetItems (seed 000)", async () => {
        const ds = await runPolicy(
            p,
            rp(
                doc({
                    Effect: "Allow",
                    Action: ["dynamodb:TransactWriteItems", "dynamodb:TransactGetItems"],
                    Resource: tableArn("t"),
                }),
            ),
        );
        assertViolation(
            ds,
            /TransactWriteItems is not an IAM action.*dynamodb:PutItem, dynamodb:UpdateItem, dynamodb:DeleteItem, dynamodb:ConditionCheckItem/,
        );
        assertViolation(ds, /TransactGetItems is not an IAM action.*dynamodb:GetItem/);
    });
    it("refuses seed 001's tagging:GetResources, a wildcard matching nothing, and a malformed document", async () => {
        assertViolation(
            await runPolicy(p, rp(doc({ Effect: "Allow", Action: "tagging:GetResources", Resource: "*" }))),
            /tagging:GetResources is not an IAM action/,
        );
        assertViolation(
            await runPolicy(p, rp(doc({ Effect: "Allow", Action: "kms:Frobnicate*", Resource: "*" }))),
            /matches no action/,
        );
        assertViolation(await runPolicy(p, rp("{not json")), /not a valid policy document/);
    });
    it("checks trust and inline policies of roles and KMS key policies", async () => {
        const r = role(
            "r",
            doc({ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRoleWithEc2" }),
            "runtime",
        );
        assertViolation(await runPolicy(p, [r]), /assumeRolePolicy: .*sts:AssumeRoleWithEc2 is not an IAM action/);
    });
});

describe("rule 11: share-custody", () => {
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
            inputs: { ...r.inputs, policy: shareKeyPolicy(ACCOUNTS.c, `arn:aws:iam::${ACCOUNTS.primary}:role/other`) },
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

describe("advisories and extra rules", () => {
    it("no-service-wide-grants reports Curity's dynamodb:* (seed 002) as advisory by default", async () => {
        const ds = await runPolicy(
            rules.noServiceWideGrants,
            withSignerStatements({
                Sid: "AllAPIActionsAllowed",
                Effect: "Allow",
                Action: ["dynamodb:*"],
                Resource: tableArn("curity-*"),
            }),
        );
        assert.equal(ds.length, 1);
        assert.equal(ds[0].enforcementLevel, "advisory");
        assert.match(ds[0].message, /every dynamodb action by statement "AllAPIActionsAllowed"/);
    });
    it("provisioner-not-runtime-assumable refuses a provisioner trusting the runtime ServiceAccount", async () => {
        const stack = [...goodSignerStack(), role("prov", irsaTrust(), "provisioner")];
        assertViolation(
            await runPolicy(rules.provisionerNotRuntimeAssumable, stack),
            /role prov \(kind provisioner\) trusts .* runtime role custody-prod-signer/,
        );
        const ok = [
            ...goodSignerStack(),
            role("prov", irsaTrust("system:serviceaccount:validators:bootstrap"), "provisioner"),
        ];
        assert.deepEqual(messages(await runPolicy(rules.provisionerNotRuntimeAssumable, ok)), []);
    });
    it("attached-policies-readable refuses AWS managed policies unless allowed", async () => {
        const stack = editResource(goodSignerStack(), URNS.role, r => ({
            ...r,
            inputs: { ...r.inputs, managedPolicyArns: ["arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess"] },
        }));
        assertViolation(
            await runPolicy(rules.attachedPoliciesReadable, stack),
            /AWS managed policy attached \(arn:aws:iam::aws:policy\/AmazonDynamoDBFullAccess\)/,
        );
        assert.deepEqual(
            messages(
                await runPolicy(rules.attachedPoliciesReadable, stack, {
                    allowedPolicyArns: ["arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess"],
                }),
            ),
            [],
        );
    });
    it("aws-provider-pinned refuses a provider without exactly one account, accepts a JSON-encoded list", async () => {
        const prov = (inputs: Record<string, unknown>): AnalyzerResourceInput => ({
            urn: "urn:pulumi:prod::p::pulumi:providers:aws::x",
            type: "pulumi:providers:aws",
            name: "x",
            inputs,
        });
        assertViolation(await runPolicy(rules.awsProviderPinned, [prov({ region: "eu-west-1" })]), /allowedAccountIds/);
        assertViolation(
            await runPolicy(rules.awsProviderPinned, [prov({ allowedAccountIds: ["111111111111", "222222222222"] })]),
            /exactly one/,
        );
        assert.deepEqual(
            messages(await runPolicy(rules.awsProviderPinned, [prov({ allowedAccountIds: '["111111111111"]' })])),
            [],
        );
        assert.deepEqual(
            messages(await runPolicy(rules.awsProviderPinned, [{ ...prov(awsProvider("y", ACCOUNTS.c).inputs) }])),
            [],
        );
    });
});
