// The attached-policies-readable policy (policy-pack/rules/attached-policies-readable.ts): passing and failing cases, evasions included.
import * as rules from "../../../policy-pack/rules";
import { strict as assert } from "assert";
import {
    ADMIN,
    editResource,
    goodSignerStack,
    IAM_TYPES,
    managedPolicy,
    POLICY_ARN,
    resource,
    ROLE_NAME,
    tableArn,
    TABLES,
    URNS,
} from "../fixtures";
import { assertViolation, messages, runPolicy } from "../support";

describe("attached-policies-readable", () => {
    describe("seed cases", () => {
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
    });
    describe("every IAM attachment resource is read", () => {
        const exclusive = (roleName: string, policyArns: string[]) =>
            resource(IAM_TYPES.exclusive, "excl", { roleName, policyArns });
        it("attached-policies-readable refuses AdministratorAccess through RolePolicyAttachmentsExclusive (role name in any case), accepts in-stack policies", async () => {
            assertViolation(
                await runPolicy(rules.attachedPoliciesReadable, [
                    ...goodSignerStack(),
                    exclusive(ROLE_NAME.toUpperCase(), [ADMIN]),
                ]),
                /role custody-prod-signer has an AWS managed policy attached \(arn:aws:iam::aws:policy\/AdministratorAccess\)/,
            );
            assertViolation(
                await runPolicy(rules.attachedPoliciesReadable, [
                    ...goodSignerStack(),
                    exclusive("someone-else", [ADMIN]),
                ]),
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
    });
});
