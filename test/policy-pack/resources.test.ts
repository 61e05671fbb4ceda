// Resource types and key/table policies the pack must not ignore: exclusive and user/group attachments, KMS
// grants, share key policies, pinned "*" principals, DynamoDB resource policies, replica/external keys, table
// replicas, aliases of share keys, and Query on local secondary indexes. Each fix: a refusal and an acceptance.
import { strict as assert } from "assert";
import * as rules from "../../policy-pack/rules";
import {
    ACCOUNTS,
    doc,
    editResource,
    goodSignerStack,
    irsaTrust,
    keyArn,
    PROVIDERS,
    REGION,
    role,
    ROLE_ARN,
    ROLE_NAME,
    rootDelegation,
    SHARE_KEY_ARNS,
    shareKeyPolicy,
    signerPermissions,
    tableArn,
    TABLES,
    URNS,
    withSignerStatements,
} from "./fixtures";
import { assertViolation, FOREIGN, mandatory, messages, runPolicy, UNKNOWN } from "./support";
import type { AnalyzerResourceInput } from "../../tools/offline/analyzer";

const urn = (type: string, name: string) => `urn:pulumi:prod::custody-infra::${type}::${name}`;
function resource(
    type: string,
    name: string,
    inputs: Record<string, unknown>,
    extra: Partial<AnalyzerResourceInput> = {},
): AnalyzerResourceInput {
    return { urn: urn(type, name), type, name, provider: PROVIDERS.primary, inputs, ...extra };
}
const POLICY_ARN = `arn:aws:iam::${ACCOUNTS.primary}:policy/extra`;
function managedPolicy(...statements: object[]): AnalyzerResourceInput {
    return resource(
        "aws:iam/policy:Policy",
        "extra",
        { name: "extra", policy: doc(...statements) },
        { outputs: { arn: POLICY_ARN } },
    );
}
const ADMIN = "arn:aws:iam::aws:policy/AdministratorAccess";
const T = {
    exclusive: "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive",
    userPolicy: "aws:iam/userPolicy:UserPolicy",
    groupPolicy: "aws:iam/groupPolicy:GroupPolicy",
    userAttachment: "aws:iam/userPolicyAttachment:UserPolicyAttachment",
    groupAttachment: "aws:iam/groupPolicyAttachment:GroupPolicyAttachment",
    policyAttachment: "aws:iam/policyAttachment:PolicyAttachment",
};

describe("G1: every IAM attachment resource is read", () => {
    const exclusive = (roleName: string, policyArns: string[]) =>
        resource(T.exclusive, "excl", { roleName, policyArns });
    it("attached-policies-readable refuses AdministratorAccess through RolePolicyAttachmentsExclusive (role name in any case), accepts in-stack policies", async () => {
        assertViolation(
            await runPolicy(rules.attachedPoliciesReadable, [
                ...goodSignerStack(),
                exclusive(ROLE_NAME.toUpperCase(), [ADMIN]),
            ]),
            /role custody-prod-signer has an AWS managed policy attached \(arn:aws:iam::aws:policy\/AdministratorAccess\)/,
        );
        assertViolation(
            await runPolicy(rules.attachedPoliciesReadable, [...goodSignerStack(), exclusive("someone-else", [ADMIN])]),
            /role someone-else \(outside this stack\) has an AWS managed policy/,
        );
        const ok = [
            ...goodSignerStack(),
            managedPolicy({ Effect: "Allow", Action: "dynamodb:GetItem", Resource: tableArn(TABLES.keystore) }),
            exclusive(ROLE_NAME, [POLICY_ARN]),
        ];
        assert.deepEqual(messages(await runPolicy(rules.attachedPoliciesReadable, ok)), []);
        assert.deepEqual(messages(await runPolicy(rules.noDynamoDbBatch, ok)), []);
    });
    it("an in-stack Policy attached exclusively counts as the role's: BatchWriteItem and kms:CreateKey are refused", async () => {
        const stack = [
            ...goodSignerStack(),
            managedPolicy({ Effect: "Allow", Action: ["kms:CreateKey", "dynamodb:BatchWriteItem"], Resource: "*" }),
            exclusive(ROLE_ARN, [POLICY_ARN]),
        ];
        assertViolation(
            await runPolicy(rules.noDynamoDbBatch, stack),
            /role custody-prod-signer is allowed dynamodb:BatchWriteItem by statement #1 of Policy extra/,
            URNS.role,
        );
        assertViolation(await runPolicy(rules.runtimeRoleNoKeyManagement, stack), /kms:CreateKey/, URNS.role);
    });
    it("links an exclusive attachment by dependency while roleName and policyArns are unknown", async () => {
        const stack = [
            ...goodSignerStack(),
            managedPolicy({ Effect: "Allow", Action: "dynamodb:BatchGetItem", Resource: "*" }),
            resource(
                T.exclusive,
                "excl",
                { roleName: UNKNOWN, policyArns: [UNKNOWN] },
                {
                    propertyDependencies: {
                        roleName: [URNS.role],
                        policyArns: [urn("aws:iam/policy:Policy", "extra")],
                    },
                },
            ),
        ];
        assertViolation(
            await runPolicy(rules.noDynamoDbBatch, stack),
            /custody-prod-signer is allowed dynamodb:BatchGetItem/,
        );
    });
    it("refuses batch and unreadable policies granted to IAM users and groups", async () => {
        const batch = doc({ Effect: "Allow", Action: "dynamodb:*", Resource: tableArn(TABLES.antiSlashing) });
        for (const r of [
            resource(T.userPolicy, "up", { user: "ops", policy: batch }),
            resource(T.groupPolicy, "gp", { group: "ops", policy: batch }),
        ]) {
            assertViolation(
                await runPolicy(rules.noDynamoDbBatch, [...goodSignerStack(), r]),
                /(user|group) ops is allowed dynamodb:BatchWriteItem/,
            );
        }
        const stack = [
            ...goodSignerStack(),
            managedPolicy({ Effect: "Allow", Action: "dynamodb:BatchWriteItem", Resource: "*" }),
            resource(T.userAttachment, "ua", { user: "ops", policyArn: POLICY_ARN }),
            resource(T.policyAttachment, "pa", { groups: ["auditors"], policyArn: POLICY_ARN }),
        ];
        const ds = await runPolicy(rules.noDynamoDbBatch, stack);
        assertViolation(ds, /user ops is allowed dynamodb:BatchWriteItem/);
        assertViolation(ds, /group auditors is allowed dynamodb:BatchWriteItem/);
        assertViolation(
            await runPolicy(rules.attachedPoliciesReadable, [
                resource(T.groupAttachment, "ga", { group: "ops", policyArn: ADMIN }),
            ]),
            /group ops has an AWS managed policy attached/,
        );
        const itemOnly = doc({ Effect: "Allow", Action: "dynamodb:GetItem", Resource: tableArn(TABLES.antiSlashing) });
        assert.deepEqual(
            messages(
                await runPolicy(rules.noDynamoDbBatch, [
                    ...goodSignerStack(),
                    resource(T.userPolicy, "up", { user: "ops", policy: itemOnly }),
                ]),
            ),
            [],
        );
    });
});

describe("G5 and the share's other paths: share-custody", () => {
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
            stack = editResource(stack, URNS.shareKey(i), r => ({ ...r, outputs: { arn: UNKNOWN, keyId: UNKNOWN } }));
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

describe('G6: a "*" principal is pinned to the key\'s own account', () => {
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
            assert.deepEqual(messages(await runPolicy(p, cmkWith({ StringEquals: { [key]: ACCOUNTS.primary } }))), []);
            assert.deepEqual(
                messages(
                    await runPolicy(p, cmkWith({ StringEquals: { [key]: FOREIGN } }), { trustedAccountIds: [FOREIGN] }),
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
        assert.deepEqual(messages(await runPolicy(p, cmkWith({ ArnEquals: { "aws:PrincipalArn": ROLE_ARN } }))), []);
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

describe("G12 and disabled shares: replica and external keys, kms-key-lifecycle", () => {
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
        const { planViolations } = await import("../../tools/offline/preview");
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
            assert.match(planViolations(plan(type, false) as any, [])[0]?.message ?? "", /lacks retainOnDelete/, type);
            assert.deepEqual(planViolations(plan(type, true) as any, []), [], type);
        }
    });
});

describe("G4: kms-grants-safe", () => {
    const p = rules.kmsGrantsSafe;
    const grant = (inputs: Record<string, unknown>, extra: Partial<AnalyzerResourceInput> = {}) =>
        resource(
            "aws:kms/grant:Grant",
            "g",
            {
                keyId: `arn:aws:kms:eu-west-1:${ACCOUNTS.primary}:key/cmk-0000`,
                granteePrincipal: ROLE_ARN,
                operations: ["Decrypt"],
                ...inputs,
            },
            extra,
        );
    it("accepts a data-plane grant on a non-share key to a role of the stack's accounts", async () => {
        assert.deepEqual(messages(await runPolicy(p, [...goodSignerStack(), grant({})])), []);
        assert.deepEqual(
            messages(
                await runPolicy(p, [
                    ...goodSignerStack(),
                    grant({
                        granteePrincipal: `arn:aws:iam::${ACCOUNTS.c}:role/y`,
                        operations: ["Encrypt", "GenerateDataKey", "DescribeKey"],
                    }),
                ]),
            ),
            [],
        );
    });
    it("refuses any grant on a share key (by ARN, key id, or dependency while unknown)", async () => {
        assertViolation(
            await runPolicy(p, [...goodSignerStack(), grant({ keyId: SHARE_KEY_ARNS[1] })]),
            /Grant g targets share key signer-share-2/,
        );
        assertViolation(
            await runPolicy(p, [...goodSignerStack(), grant({ keyId: "33333333-3333-4333-8333-333333333333" })]),
            /targets share key signer-share-3/,
        );
        const byDep = grant({ keyId: UNKNOWN }, { propertyDependencies: { keyId: [URNS.shareKey(1)] } });
        assertViolation(await runPolicy(p, [...goodSignerStack(), byDep]), /targets share key signer-share-1/);
    });
    it("refuses CreateGrant/RetireGrant, and a grantee outside the stack's accounts", async () => {
        assertViolation(
            await runPolicy(p, [...goodSignerStack(), grant({ operations: ["Decrypt", "CreateGrant"] })]),
            /gives CreateGrant/,
        );
        assertViolation(
            await runPolicy(p, [...goodSignerStack(), grant({ operations: ["RetireGrant"] })]),
            /gives RetireGrant/,
        );
        assertViolation(
            await runPolicy(p, [...goodSignerStack(), grant({ granteePrincipal: `arn:aws:iam::${FOREIGN}:role/x` })]),
            /to arn:aws:iam::999999999999:role\/x, which is not a principal of the stack's accounts/,
        );
        assert.deepEqual(
            messages(
                await runPolicy(
                    p,
                    [...goodSignerStack(), grant({ granteePrincipal: `arn:aws:iam::${FOREIGN}:role/x` })],
                    { trustedAccountIds: [FOREIGN] },
                ),
            ),
            [],
        );
    });
    it("defers to the preview advisory while the grantee is unknown", async () => {
        const ds = await runPolicy(p, [...goodSignerStack(), grant({ granteePrincipal: UNKNOWN })]);
        assert.deepEqual(mandatory(ds), []);
        assert.ok(
            ds.some(d => /during preview/.test(d.message)),
            JSON.stringify(messages(ds)),
        );
    });
});

describe("G10: dynamodb-resource-policy-safe", () => {
    const p = rules.dynamoDbResourcePolicySafe;
    const rp = (...statements: object[]) => [
        resource("aws:dynamodb/resourcePolicy:ResourcePolicy", "rp", {
            resourceArn: tableArn(TABLES.antiSlashing),
            policy: doc(...statements),
        }),
    ];
    const item = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DescribeTable"];
    it('accepts item access for a role of the table\'s account, and "*" pinned to that account', async () => {
        assert.deepEqual(
            messages(
                await runPolicy(p, rp({ Effect: "Allow", Principal: { AWS: ROLE_ARN }, Action: item, Resource: "*" })),
            ),
            [],
        );
        assert.deepEqual(
            messages(
                await runPolicy(
                    p,
                    rp({
                        Effect: "Allow",
                        Principal: "*",
                        Action: item,
                        Resource: "*",
                        Condition: { StringEquals: { "aws:PrincipalAccount": ACCOUNTS.primary } },
                    }),
                ),
            ),
            [],
        );
    });
    it('refuses Principal "*" with dynamodb:* (batch, table management, unpinned)', async () => {
        const ds = await runPolicy(p, rp({ Effect: "Allow", Principal: "*", Action: "dynamodb:*", Resource: "*" }));
        assertViolation(
            ds,
            /allows dynamodb:BatchGetItem, dynamodb:BatchWriteItem|allows dynamodb:BatchWriteItem, dynamodb:BatchGetItem/,
        );
        assertViolation(ds, /allows table management \(.*\)/);
        assertViolation(ds, /allows "\*" without a condition pinning the caller to the table's account 111111111111/);
    });
    it('refuses a foreign principal, "*" pinned to a foreign account, and table management alone', async () => {
        assertViolation(
            await runPolicy(
                p,
                rp({
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${FOREIGN}:role/x` },
                    Action: "dynamodb:GetItem",
                    Resource: "*",
                }),
            ),
            /grants arn:aws:iam::999999999999:role\/x, outside the table's account 111111111111/,
        );
        assertViolation(
            await runPolicy(
                p,
                rp({
                    Effect: "Allow",
                    Principal: "*",
                    Action: "dynamodb:GetItem",
                    Resource: "*",
                    Condition: { StringEquals: { "aws:PrincipalAccount": FOREIGN } },
                }),
            ),
            /allows "\*" without a condition/,
        );
        assertViolation(
            await runPolicy(
                p,
                rp({
                    Effect: "Allow",
                    Principal: { AWS: ROLE_ARN },
                    Action: ["dynamodb:UpdateTable", "dynamodb:PutResourcePolicy", "dynamodb:UpdateContinuousBackups"],
                    Resource: "*",
                }),
            ),
            /table management \(dynamodb:UpdateTable, dynamodb:PutResourcePolicy, dynamodb:UpdateContinuousBackups\)/,
        );
    });
    it("leaves an unknown policy to the preview advisory", async () => {
        const ds = await runPolicy(p, [
            resource("aws:dynamodb/resourcePolicy:ResourcePolicy", "rp", { resourceArn: UNKNOWN, policy: UNKNOWN }),
        ]);
        assert.deepEqual(mandatory(ds), []);
        assert.ok(
            ds.some(d => /during preview/.test(d.message)),
            JSON.stringify(messages(ds)),
        );
    });
});

describe("G15: table SSE, replicas and TableReplica: dynamodb-table-safe", () => {
    const p = rules.dynamoDbTableSafe;
    const keystore = (inputs: Record<string, unknown>) =>
        editResource(goodSignerStack(), URNS.keystore, r => ({ ...r, inputs: { ...r.inputs, ...inputs } })).filter(
            r => r.urn === URNS.keystore,
        );
    const CMK = `arn:aws:kms:eu-central-1:${ACCOUNTS.primary}:key/cmk-replica`;
    it("refuses the AWS managed key by alias name or alias ARN, accepts a customer managed key's alias", async () => {
        for (const kmsKeyArn of [
            "alias/aws/dynamodb",
            `arn:aws:kms:eu-west-1:${ACCOUNTS.primary}:alias/aws/dynamodb`,
        ]) {
            assertViolation(
                await runPolicy(p, keystore({ serverSideEncryption: { enabled: true, kmsKeyArn } })),
                /kmsKeyArn is .*alias\/aws\/dynamodb, the AWS managed key/,
                URNS.keystore,
            );
        }
        assert.deepEqual(
            messages(
                await runPolicy(
                    p,
                    keystore({
                        serverSideEncryption: {
                            enabled: true,
                            kmsKeyArn: `arn:aws:kms:eu-west-1:${ACCOUNTS.primary}:alias/custody-infra/prod/signer-tables`,
                        },
                    }),
                ),
            ),
            [],
        );
    });
    it("refuses replicas without PITR, deletion protection or a customer managed key; accepts complete ones", async () => {
        const good = {
            regionName: "eu-central-1",
            kmsKeyArn: CMK,
            pointInTimeRecovery: true,
            deletionProtectionEnabled: true,
        };
        assert.deepEqual(messages(await runPolicy(p, keystore({ replicas: [good] }))), []);
        assertViolation(
            await runPolicy(p, keystore({ replicas: [{ ...good, pointInTimeRecovery: false }] })),
            /replicas\[0\] \(eu-central-1\): pointInTimeRecovery/,
        );
        assertViolation(
            await runPolicy(p, keystore({ replicas: [{ ...good, kmsKeyArn: undefined }] })),
            /replicas\[0\] \(eu-central-1\): kmsKeyArn must name a customer managed key/,
        );
        assertViolation(
            await runPolicy(p, keystore({ replicas: [{ ...good, deletionProtectionEnabled: undefined }] })),
            /replicas\[0\] .*deletionProtectionEnabled/,
        );
    });
    it("checks aws.dynamodb.TableReplica the same way", async () => {
        const replica = (inputs: Record<string, unknown>) => [
            resource(
                "aws:dynamodb/tableReplica:TableReplica",
                "rep",
                {
                    globalTableArn: tableArn(TABLES.keystore),
                    kmsKeyArn: CMK,
                    pointInTimeRecovery: true,
                    deletionProtectionEnabled: true,
                    ...inputs,
                },
                { provider: PROVIDERS.b, options: { protect: true } },
            ),
        ];
        assert.deepEqual(messages(await runPolicy(p, replica({}))), []);
        assertViolation(
            await runPolicy(p, replica({ pointInTimeRecovery: undefined })),
            /pointInTimeRecovery must be true on the table replica/,
        );
        assertViolation(
            await runPolicy(p, replica({ kmsKeyArn: undefined })),
            /table replica's kmsKeyArn must name a customer managed key/,
        );
        assertViolation(await runPolicy(p, replica({ kmsKeyArn: "alias/aws/dynamodb" })), /the AWS managed key/);
        assertViolation(
            await runPolicy(
                rules.statefulResourcesProtected,
                replica({}).map(r => ({ ...r, options: { protect: false } })),
            ),
            /must set the protect resource option/,
        );
    });
});

describe("G17: dynamodb-query-includes-index covers local secondary indexes", () => {
    const p = rules.dynamoDbQueryIncludesIndex;
    const withLsi = (keySourceResource: string | string[]) =>
        editResource(
            withSignerStatements(
                ...signerPermissions().map((s: any) =>
                    s.Sid === "KeySource" ? { ...s, Resource: keySourceResource } : s,
                ),
            ),
            URNS.keystore,
            r => ({
                ...r,
                inputs: {
                    ...r.inputs,
                    globalSecondaryIndexes: undefined,
                    localSecondaryIndexes: [{ name: "by-status", rangeKey: "status_shard", projectionType: "ALL" }],
                },
            }),
        );
    it("refuses Query on the table ARN alone when the table has an LSI", async () => {
        assertViolation(
            await runPolicy(p, withLsi(tableArn(TABLES.keystore))),
            /dynamodb:Query on table custody-prod-keystore .* not on its index by-status/,
            URNS.role,
        );
    });
    it("accepts table/index/* or the LSI's ARN", async () => {
        assert.deepEqual(
            messages(await runPolicy(p, withLsi([tableArn(TABLES.keystore), `${tableArn(TABLES.keystore)}/index/*`]))),
            [],
        );
        assert.deepEqual(
            messages(
                await runPolicy(
                    p,
                    withLsi([tableArn(TABLES.keystore), `${tableArn(TABLES.keystore)}/index/by-status`]),
                ),
            ),
            [],
        );
    });
});

describe("G16: share-aliases-consistent", () => {
    const p = rules.shareAliasesConsistent;
    const KEY_IDS = [
        "11111111-1111-4111-8111-111111111111",
        "22222222-2222-4222-8222-222222222222",
        "33333333-3333-4333-8333-333333333333",
    ];
    const alias = (n: number, targetKeyId: string, logical = `a${n}`, extra: Partial<AnalyzerResourceInput> = {}) =>
        resource("aws:kms/alias:Alias", logical, { name: `alias/custody-infra/prod/share-${n}`, targetKeyId }, extra);
    // goodSignerStack() carries one alias per share key, numbered like its share index (as the program does).
    it("accepts one alias per share key, numbered like its share index", async () => {
        assert.deepEqual(messages(await runPolicy(p, goodSignerStack())), []);
    });
    it("refuses the alias of share 2 pointed at share key 1 (by key id, or by dependency while unknown)", async () => {
        assertViolation(
            await runPolicy(p, [...goodSignerStack(), alias(2, KEY_IDS[0])]),
            /alias alias\/custody-infra\/prod\/share-2 targets signer-share-1, whose custody:share-index is 1/,
        );
        const byDep = alias(2, UNKNOWN, "a2", { propertyDependencies: { targetKeyId: [URNS.shareKey(1)] } });
        assertViolation(await runPolicy(p, [...goodSignerStack(), byDep]), /share-2 targets signer-share-1/);
    });
    it("refuses two share aliases on one key, and a share alias on a non-share key", async () => {
        const second = {
            ...alias(1, KEY_IDS[0], "a1b"),
            inputs: { name: "alias/custody-infra/prod-b/share-1", targetKeyId: KEY_IDS[0] },
        };
        assertViolation(
            await runPolicy(p, [...goodSignerStack(), second]),
            /share key signer-share-1 has 2 share aliases/,
            URNS.shareKey(1),
        );
        const cmkAlias = resource("aws:kms/alias:Alias", "ax", {
            name: "alias/custody-infra/prod/share-3",
            targetKeyId: `arn:aws:kms:eu-west-1:${ACCOUNTS.primary}:key/cmk-0000`,
        });
        assertViolation(
            await runPolicy(p, [...goodSignerStack(), cmkAlias]),
            /named like share 3 but targets tables-cmk, which is not a share key/,
        );
    });
});

describe("no-service-wide-grants subtracts unconditional Denies", () => {
    const wide = {
        Sid: "AllAPIActionsAllowed",
        Effect: "Allow",
        Action: ["dynamodb:*"],
        Resource: tableArn("curity-*"),
    };
    it('still reports dynamodb:*, but not when an unconditional Deny on "*" removes part of it', async () => {
        assert.equal(
            (
                await runPolicy(
                    rules.noServiceWideGrants,
                    withSignerStatements(wide, { Effect: "Deny", Action: "dynamodb:Scan", Resource: tableArn("x") }),
                )
            ).length,
            1,
        );
        assert.deepEqual(
            messages(
                await runPolicy(
                    rules.noServiceWideGrants,
                    withSignerStatements(wide, { Effect: "Deny", Action: "dynamodb:Batch*", Resource: "*" }),
                ),
            ),
            [],
        );
    });
});

describe("dynamodb-wildcards-exclude-stack-tables", () => {
    const p = rules.dynamoDbWildcardsExcludeStackTables;
    // Another workload's role (Curity, seed 002) whose prefix grant is meant for its own tables.
    const curityRole = (resourcePattern: string | string[], notResource = false) =>
        role("custody-prod-curity", irsaTrust("system:serviceaccount:curity:dynamo-sa"), "runtime", {
            inputs: {
                inlinePolicies: [
                    {
                        name: "data",
                        policy: doc({
                            Effect: "Allow",
                            Action: ["dynamodb:GetItem", "dynamodb:DeleteItem"],
                            [notResource ? "NotResource" : "Resource"]: resourcePattern,
                        }),
                    },
                ],
            },
        });
    it("accepts the signer's exact ARNs (and index/*) and a prefix that matches none of the stack's tables", async () => {
        assert.deepEqual(mandatory(await runPolicy(p, goodSignerStack())), []);
        assert.deepEqual(mandatory(await runPolicy(p, [...goodSignerStack(), curityRole(tableArn("curity-*"))])), []);
    });
    it("refuses a prefix, a *, or a NotResource that reaches the keystore or anti-slashing table", async () => {
        assertViolation(
            await runPolicy(p, [...goodSignerStack(), curityRole(tableArn("custody-prod-*"))]),
            /reaches table custody-prod-anti-slashing, which this stack creates, through the wildcard/,
        );
        assertViolation(
            await runPolicy(p, [...goodSignerStack(), curityRole("*")]),
            /reaches table custody-prod-keystore/,
        );
        assertViolation(
            await runPolicy(p, [...goodSignerStack(), curityRole(tableArn("curity-*"), true)]),
            /through the wildcard NotResource/,
        );
    });
    it("matches by name while the table's ARN is unknown (first preview)", async () => {
        const stack = editResource(
            [...goodSignerStack(), curityRole(tableArn("custody-prod-key*"))],
            URNS.keystore,
            r => ({ ...r, outputs: { arn: UNKNOWN } }),
        );
        assertViolation(await runPolicy(p, stack), /reaches table custody-prod-keystore/);
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
                resource(T.userPolicy, "up", {
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

describe("stack-keys-not-destructible", () => {
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
            await runPolicy(p, [...goodSignerStack(), resource(T.userPolicy, "up", { user: "ops", policy: destroy })]),
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
