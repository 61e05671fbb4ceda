// The dynamodb-wildcards-exclude-stack-tables policy (policy-pack/rules/dynamodb-wildcards-exclude-stack-tables.ts): passing and failing cases, evasions included.
import * as rules from "../../../policy-pack/rules";
import { strict as assert } from "assert";
import { doc, editResource, goodSignerStack, irsaTrust, role, tableArn, URNS } from "../fixtures";
import { assertViolation, mandatory, runPolicy, UNKNOWN } from "../support";

describe("dynamodb-wildcards-exclude-stack-tables", () => {
    describe("seed cases and evasions", () => {
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
            assert.deepEqual(
                mandatory(await runPolicy(p, [...goodSignerStack(), curityRole(tableArn("curity-*"))])),
                [],
            );
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
});
