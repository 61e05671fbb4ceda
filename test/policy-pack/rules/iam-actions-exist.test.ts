// The iam-actions-exist policy (policy-pack/rules/iam-actions-exist.ts): passing and failing cases, evasions included.
import * as rules from "../../../policy-pack/rules";
import { strict as assert } from "assert";
import { doc, role, ROLE_NAME, rolePolicy, tableArn } from "../fixtures";
import { assertViolation, messages, runPolicy } from "../support";

describe("iam-actions-exist", () => {
    describe("seed cases and evasions", () => {
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
});
