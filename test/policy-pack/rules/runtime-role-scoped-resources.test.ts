// The runtime-role-scoped-resources policy (policy-pack/rules/runtime-role-scoped-resources.ts): passing and failing cases, evasions included.
import * as rules from "../../../policy-pack/rules";
import { strict as assert } from "assert";
import {
    ACCOUNTS,
    doc,
    goodSignerStack,
    irsaTrust,
    role,
    rolePolicy,
    SHARE_KEY_ARNS,
    tableArn,
    TABLES,
    URNS,
    withSignerStatements,
} from "../fixtures";
import { allow, assertViolation, messages, runPolicy } from "../support";

describe("runtime-role-scoped-resources", () => {
    describe("seed cases and evasions", () => {
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
                    withSignerStatements({
                        Effect: "Allow",
                        Action: "dynamodb:GetItem",
                        NotResource: tableArn("other"),
                    }),
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
    describe("permissions attached to a role outside the stack are checked as a runtime role's (its trust is not visible)", () => {
        const ext = (...statements: object[]) => [
            ...goodSignerStack(),
            rolePolicy("ext", "instance-role", doc(...statements)),
        ];
        it("refuses unscoped DynamoDB/KMS data-plane grants on it; accepts named tables and keys", async () => {
            const p = rules.runtimeRoleScopedResources;
            assertViolation(
                await runPolicy(p, ext(allow("kms:Decrypt"))),
                /role instance-role \(outside this stack, trust unknown\): statement #1 of RolePolicy ext grants kms:Decrypt on "\*"/,
            );
            assertViolation(
                await runPolicy(p, ext(allow("dynamodb:GetItem", `arn:aws:dynamodb:*:*:table/${TABLES.keystore}`))),
                /instance-role .*dynamodb:GetItem on "arn:aws:dynamodb:\*:\*:table/,
            );
            assertViolation(
                await runPolicy(p, ext({ Effect: "Allow", Action: "kms:Decrypt", NotResource: SHARE_KEY_ARNS[0] })),
                /instance-role .*with NotResource/,
            );
            assert.deepEqual(
                messages(
                    await runPolicy(
                        p,
                        ext(
                            allow(["kms:Decrypt"], SHARE_KEY_ARNS[0]),
                            allow("dynamodb:GetItem", tableArn(TABLES.keystore)),
                        ),
                    ),
                ),
                [],
            );
            // The exemption for a declared key manager never applies: the tag of a role outside the stack is not visible.
            assertViolation(await runPolicy(p, ext(allow("kms:Sign"))), /instance-role .*kms:Sign on "\*"/);
        });
    });
    describe("a declared role kind must be plausible, and relaxes rule 3 only", () => {
        it("rule 4 applies to declared roles except seed 001's unscopable actions", async () => {
            const r4 = rules.runtimeRoleScopedResources;
            const km = (actions: string[]) =>
                role("km", irsaTrust("system:serviceaccount:spirl-system:spirl-server"), "key-manager", {
                    inputs: { inlinePolicies: [{ name: "kms", policy: doc(allow(actions)) }] },
                });
            assert.deepEqual(messages(await runPolicy(r4, [km(["kms:Sign", "kms:CreateKey"])])), []);
            assertViolation(
                await runPolicy(r4, [km(["kms:Sign", "kms:Decrypt"])]),
                /role km: statement #1 of inline policy kms of role km grants kms:Decrypt on "\*"/,
            );
            assertViolation(await runPolicy(r4, [km(["dynamodb:GetItem"])]), /grants dynamodb:GetItem on "\*"/);
            // Rule 3 still exempts it.
            assert.deepEqual(
                messages(
                    await runPolicy(rules.runtimeRoleNoKeyManagement, [
                        km(["kms:CreateKey", "kms:ScheduleKeyDeletion"]),
                    ]),
                ),
                [],
            );
        });
    });
});
