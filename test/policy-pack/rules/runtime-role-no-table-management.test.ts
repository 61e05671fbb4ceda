// The runtime-role-no-table-management policy (policy-pack/rules/runtime-role-no-table-management.ts): passing and failing cases, evasions included.
import * as rules from "../../../policy-pack/rules";
import { strict as assert } from "assert";
import {
    doc,
    goodSignerStack,
    irsaTrust,
    role,
    rolePolicy,
    signerPermissions,
    tableArn,
    TABLES,
    URNS,
    withSignerStatements,
} from "../fixtures";
import { allow, assertViolation, messages, runPolicy } from "../support";

describe("runtime-role-no-table-management", () => {
    describe("permissions attached to a role outside the stack are checked as a runtime role's (its trust is not visible)", () => {
        const ext = (...statements: object[]) => [
            ...goodSignerStack(),
            rolePolicy("ext", "instance-role", doc(...statements)),
        ];
        it("refuses table management on it; accepts item actions", async () => {
            const p = rules.runtimeRoleNoTableManagement;
            assertViolation(
                await runPolicy(
                    p,
                    ext(allow(["dynamodb:DeleteTable", "dynamodb:UpdateContinuousBackups"], tableArn(TABLES.keystore))),
                ),
                /role instance-role \(outside this stack\) may be a runtime role .* and is allowed DynamoDB table management: dynamodb:DeleteTable, dynamodb:UpdateContinuousBackups/,
                "urn:pulumi:prod::custody-infra::aws:iam/rolePolicy:RolePolicy::ext",
            );
            assert.deepEqual(
                messages(
                    await runPolicy(p, ext(allow(["dynamodb:GetItem", "dynamodb:Query"], tableArn(TABLES.keystore)))),
                ),
                [],
            );
        });
    });
    describe("seed cases and evasions", () => {
        const p = rules.runtimeRoleNoTableManagement;
        const own = tableArn(TABLES.antiSlashing);
        it("passes item actions, DescribeTable and read-only table metadata", async () => {
            assert.deepEqual(messages(await runPolicy(p, goodSignerStack())), []);
            assert.deepEqual(
                messages(
                    await runPolicy(
                        p,
                        withSignerStatements(
                            ...signerPermissions(),
                            allow(
                                ["dynamodb:DescribeContinuousBackups", "dynamodb:PartiQLSelect", "dynamodb:GetRecords"],
                                own,
                            ),
                        ),
                    ),
                ),
                [],
            );
        });
        for (const action of [
            "dynamodb:UpdateTable",
            "dynamodb:DeleteTable",
            "dynamodb:UpdateContinuousBackups",
            "dynamodb:PutResourcePolicy",
            "dynamodb:DeleteResourcePolicy",
            "dynamodb:RestoreTableToPointInTime",
            "dynamodb:DeleteBackup",
            "dynamodb:UpdateTimeToLive",
            "dynamodb:ExportTableToPointInTime",
            "dynamodb:*",
        ]) {
            // The table and what lives under it (backups, exports, streams): IAM applies DeleteBackup only to a
            // backup's ARN (Service Authorization Reference, DynamoDB: DeleteBackup acts on backup*).
            it(`refuses ${action} on the role's own table`, async () => {
                assertViolation(
                    await runPolicy(p, withSignerStatements(...signerPermissions(), allow(action, [own, `${own}/*`]))),
                    /runtime role and is allowed DynamoDB table management/,
                    URNS.role,
                );
            });
        }
        it("does not count DeleteBackup on the bare table ARN, which names no backup (IAM applies it to none)", async () => {
            assert.deepEqual(
                messages(
                    await runPolicy(
                        p,
                        withSignerStatements(...signerPermissions(), allow("dynamodb:DeleteBackup", own)),
                    ),
                ),
                [],
            );
        });
        it("applies to a declared provisioner reached by IRSA too (the tag relaxes rule 3 only)", async () => {
            const prov = role("prov", irsaTrust("system:serviceaccount:validators:bootstrap"), "provisioner", {
                inputs: { inlinePolicies: [{ name: "x", policy: doc(allow("dynamodb:DeleteTable", own)) }] },
            });
            assertViolation(
                await runPolicy(p, [prov]),
                /role prov is a runtime role and is allowed DynamoDB table management: dynamodb:DeleteTable/,
            );
        });
    });
});
