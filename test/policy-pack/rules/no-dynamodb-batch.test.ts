// The no-dynamodb-batch policy (policy-pack/rules/no-dynamodb-batch.ts): passing and failing cases, evasions included.
import * as rules from "../../../policy-pack/rules";
import { strict as assert } from "assert";
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import {
    ACCOUNTS,
    ADMIN,
    doc,
    goodSignerStack,
    IAM_TYPES,
    managedPolicy,
    POLICY_ARN,
    resource,
    ROLE_ARN,
    ROLE_NAME,
    rolePolicy,
    signerPermissions,
    tableArn,
    TABLES,
    urn,
    URNS,
    withSignerStatements,
} from "../fixtures";
import { assertViolation, messages, runPolicy, UNKNOWN } from "../support";

describe("no-dynamodb-batch", () => {
    describe("seed cases and evasions", () => {
        const p = rules.noDynamoDbBatch;
        const onTable = (action: object) => ({ Effect: "Allow", ...action, Resource: tableArn(TABLES.keystore) });

        it("passes seed 000's grants", async () =>
            assert.deepEqual(messages(await runPolicy(p, goodSignerStack())), []));
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
        // Round 78: forbiddenActions entries are expanded through the catalogue (ActionCatalog.expandAll), as IAM
        // expands an Action wildcard (IAM User Guide, reference_policies_elements_action): "dynamodb:Batch*" forbids
        // every Batch action, where an exact comparison forbade nothing (redteam78-tools batch-wildcard-rt78t).
        it("a wildcard entry in forbiddenActions forbids every action it matches (fix78)", async () => {
            const ds = await runPolicy(
                p,
                withSignerStatements(...signerPermissions(), onTable({ Action: "dynamodb:BatchWriteItem" })),
                { forbiddenActions: ["dynamodb:Batch*"] },
            );
            assertViolation(ds, /role custody-prod-signer is allowed dynamodb:BatchWriteItem/, URNS.role);
        });
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
                        policy: {
                            Version: "2012-10-17",
                            Statement: [onTable({ Action: ["dynamodb:BatchWriteItem"] })],
                        },
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
    describe("every IAM attachment resource is read", () => {
        const exclusive = (roleName: string, policyArns: string[]) =>
            resource(IAM_TYPES.exclusive, "excl", { roleName, policyArns });
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
                    IAM_TYPES.exclusive,
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
                resource(IAM_TYPES.userPolicy, "up", { user: "ops", policy: batch }),
                resource(IAM_TYPES.groupPolicy, "gp", { group: "ops", policy: batch }),
            ]) {
                assertViolation(
                    await runPolicy(rules.noDynamoDbBatch, [...goodSignerStack(), r]),
                    /(user|group) ops is allowed dynamodb:BatchWriteItem/,
                );
            }
            const stack = [
                ...goodSignerStack(),
                managedPolicy({ Effect: "Allow", Action: "dynamodb:BatchWriteItem", Resource: "*" }),
                resource(IAM_TYPES.userAttachment, "ua", { user: "ops", policyArn: POLICY_ARN }),
                resource(IAM_TYPES.policyAttachment, "pa", { groups: ["auditors"], policyArn: POLICY_ARN }),
            ];
            const ds = await runPolicy(rules.noDynamoDbBatch, stack);
            assertViolation(ds, /user ops is allowed dynamodb:BatchWriteItem/);
            assertViolation(ds, /group auditors is allowed dynamodb:BatchWriteItem/);
            assertViolation(
                await runPolicy(rules.attachedPoliciesReadable, [
                    resource(IAM_TYPES.groupAttachment, "ga", { group: "ops", policyArn: ADMIN }),
                ]),
                /group ops has an AWS managed policy attached/,
            );
            const itemOnly = doc({
                Effect: "Allow",
                Action: "dynamodb:GetItem",
                Resource: tableArn(TABLES.antiSlashing),
            });
            assert.deepEqual(
                messages(
                    await runPolicy(rules.noDynamoDbBatch, [
                        ...goodSignerStack(),
                        resource(IAM_TYPES.userPolicy, "up", { user: "ops", policy: itemOnly }),
                    ]),
                ),
                [],
            );
        });
    });
});
