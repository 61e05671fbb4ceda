// The dynamodb-resource-policy-safe policy (policy-pack/rules/dynamodb-resource-policy-safe.ts): passing and failing cases, evasions included.
import * as rules from "../../../policy-pack/rules";
import { strict as assert } from "assert";
import { ACCOUNTS, doc, resource, ROLE_ARN, tableArn, TABLES } from "../fixtures";
import { assertViolation, FOREIGN, mandatory, messages, runPolicy, UNKNOWN } from "../support";

describe("dynamodb-resource-policy-safe", () => {
    describe("seed cases and evasions", () => {
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
                    await runPolicy(
                        p,
                        rp({ Effect: "Allow", Principal: { AWS: ROLE_ARN }, Action: item, Resource: "*" }),
                    ),
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
        // Round 78: forbiddenActions entries are expanded through the catalogue (ActionCatalog.expandAll): the wildcard
        // forbids BatchWriteItem, where an exact comparison forbade nothing (redteam78-tools respolicy-batch-wildcard).
        it("a wildcard entry in forbiddenActions forbids every action it matches (fix78)", async () => {
            const ds = await runPolicy(
                p,
                rp({ Effect: "Allow", Principal: { AWS: ROLE_ARN }, Action: "dynamodb:BatchWriteItem", Resource: "*" }),
                { forbiddenActions: ["dynamodb:Batch*"] },
            );
            assertViolation(ds, /dynamodb:BatchWriteItem/);
        });
        it('refuses Principal "*" with dynamodb:* (batch, table management, unpinned)', async () => {
            const ds = await runPolicy(p, rp({ Effect: "Allow", Principal: "*", Action: "dynamodb:*", Resource: "*" }));
            assertViolation(
                ds,
                /allows dynamodb:BatchGetItem, dynamodb:BatchWriteItem|allows dynamodb:BatchWriteItem, dynamodb:BatchGetItem/,
            );
            assertViolation(ds, /allows table management \(.*\)/);
            assertViolation(
                ds,
                /allows "\*" without a condition pinning the caller to the table's account 111111111111/,
            );
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
                        Action: [
                            "dynamodb:UpdateTable",
                            "dynamodb:PutResourcePolicy",
                            "dynamodb:UpdateContinuousBackups",
                        ],
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
});
