// The runtime-role-no-privilege-escalation policy (policy-pack/rules/runtime-role-no-privilege-escalation.ts): passing and failing cases, evasions included.
import * as rules from "../../../policy-pack/rules";
import { strict as assert } from "assert";
import {
    ACCOUNTS,
    doc,
    editResource,
    goodSignerStack,
    ROLE_ARN,
    rolePolicy,
    signerPermissions,
    URNS,
    withSignerStatements,
} from "../fixtures";
import { allow, assertViolation, messages, runPolicy } from "../support";

describe("runtime-role-no-privilege-escalation", () => {
    describe("seed cases and evasions", () => {
        const p = rules.runtimeRoleNoPrivilegeEscalation;
        const withExtra = (...extra: object[]) => withSignerStatements(...signerPermissions(), ...extra);
        it("passes the signer, and sts:AssumeRole / iam:PassRole on exactly named roles (seed 003's caller)", async () => {
            assert.deepEqual(messages(await runPolicy(p, goodSignerStack())), []);
            const named = `arn:aws:iam::${ACCOUNTS.b}:role/accountb-access`;
            assert.deepEqual(
                messages(
                    await runPolicy(
                        p,
                        withExtra(
                            allow("sts:AssumeRole", named),
                            allow("iam:PassRole", named),
                            allow("sts:GetCallerIdentity"),
                        ),
                    ),
                ),
                [],
            );
        });
        for (const [label, stmt] of [
            [
                "iam:PutRolePolicy/AttachRolePolicy/UpdateAssumeRolePolicy",
                allow(["iam:PutRolePolicy", "iam:AttachRolePolicy", "iam:UpdateAssumeRolePolicy"]),
            ],
            [
                "iam:CreateAccessKey on a named user",
                allow("iam:CreateAccessKey", `arn:aws:iam::${ACCOUNTS.primary}:user/ci`),
            ],
            ["iam:* through NotAction", { Effect: "Allow", NotAction: ["kms:*", "dynamodb:*"], Resource: "*" }],
            ["iam:PassRole on *", allow("iam:PassRole")],
            ["sts:AssumeRole on *", allow("sts:AssumeRole")],
            [
                "sts:AssumeRole on every role of an account",
                allow("sts:AssumeRole", `arn:aws:iam::${ACCOUNTS.primary}:role/*`),
            ],
            [
                "sts:AssumeRole through NotResource",
                { Effect: "Allow", Action: "sts:AssumeRole", NotResource: ROLE_ARN },
            ],
        ] as const) {
            it(`refuses ${label}`, async () =>
                assertViolation(
                    await runPolicy(p, withExtra(stmt)),
                    /runtime role and can escalate its privileges through IAM\/STS/,
                    URNS.role,
                ));
        }
        it("is not relaxed by a key-manager tag; allowedActions accepts a reviewed action", async () => {
            const tagged = editResource(withExtra(allow("iam:PassRole")), URNS.role, r => ({
                ...r,
                inputs: { ...r.inputs, tags: { "custody:role-kind": "key-manager" } },
            }));
            assertViolation(await runPolicy(p, tagged), /iam:PassRole/);
            assert.deepEqual(
                messages(
                    await runPolicy(p, withExtra(allow("iam:CreateServiceLinkedRole")), {
                        allowedActions: ["iam:CreateServiceLinkedRole"],
                    }),
                ),
                [],
            );
        });
        // Round 82: an allowedActions entry for a named-role action (model/escalation.ts isNamedRoleAction) exempts it
        // only on named roles or a pattern of one account's roles meeting no stack or custody-model role: PassRole or
        // AssumeRole on "*" or role/* reaches every role, the runtime and key-management roles included (IAM User Guide,
        // id_roles_use_passrole: "Resource": "*" lets the user pass any role).
        const exempt = (...actions: string[]) => ({ allowedActions: actions });
        for (const [label, stmt, actions] of [
            ['insecure-fix82: iam:PassRole on "*", exempted', allow("iam:PassRole"), ["iam:PassRole"]],
            [
                "insecure-fix82: sts:AssumeRole on role/*, exempted",
                allow("sts:AssumeRole", `arn:aws:iam::${ACCOUNTS.primary}:role/*`),
                ["sts:AssumeRole"],
            ],
            [
                "insecure-fix82: iam:PassRole on a pattern meeting the signer role, exempted",
                allow("iam:PassRole", `arn:aws:iam::${ACCOUNTS.primary}:role/custody-*`),
                ["iam:PassRole"],
            ],
            [
                "insecure-fix82: sts:AssumeRole through NotResource, exempted",
                { Effect: "Allow", Action: "sts:AssumeRole", NotResource: ROLE_ARN },
                ["sts:AssumeRole"],
            ],
        ] as const) {
            it(`refuses ${label}`, async () =>
                assertViolation(
                    await runPolicy(p, withExtra(stmt), exempt(...actions)),
                    /runtime role and can escalate its privileges through IAM\/STS: (iam:PassRole|sts:AssumeRole) by .*allowedActions exempts it only on named roles/,
                    URNS.role,
                ));
        }
        it("secure-fix82: an exempted iam:PassRole on a named role, or on a vendor path meeting no stack or model role", async () => {
            for (const resource of [
                `arn:aws:iam::${ACCOUNTS.primary}:role/accountb-access`,
                `arn:aws:iam::${ACCOUNTS.primary}:role/vendor/batch-*`,
            ])
                assert.deepEqual(
                    messages(await runPolicy(p, withExtra(allow("iam:PassRole", resource)), exempt("iam:PassRole"))),
                    [],
                );
            // Unexempted, the pattern is still a wildcard: refused.
            assertViolation(
                await runPolicy(
                    p,
                    withExtra(allow("iam:PassRole", `arn:aws:iam::${ACCOUNTS.primary}:role/vendor/batch-*`)),
                ),
                /iam:PassRole/,
            );
        });
    });
    describe("permissions attached to a role outside the stack are checked as a runtime role's (its trust is not visible)", () => {
        const ext = (...statements: object[]) => [
            ...goodSignerStack(),
            rolePolicy("ext", "instance-role", doc(...statements)),
        ];
        const callerAccess = `arn:aws:iam::${ACCOUNTS.b}:role/accountb-access`;
        it('refuses sts:AssumeRole on "*", iam:PassRole on a wildcard and iam writes on an existing role', async () => {
            const p = rules.runtimeRoleNoPrivilegeEscalation;
            const urn = "urn:pulumi:prod::custody-infra::aws:iam/rolePolicy:RolePolicy::ext";
            assertViolation(
                await runPolicy(p, ext(allow("sts:AssumeRole"))),
                /role instance-role \(outside this stack\) may be a runtime role .* can escalate .*sts:AssumeRole by statement #1 of RolePolicy ext/,
                urn,
            );
            assertViolation(
                await runPolicy(p, ext(allow("iam:PassRole", `arn:aws:iam::${ACCOUNTS.primary}:role/*`))),
                /instance-role .*iam:PassRole/,
            );
            assertViolation(
                await runPolicy(
                    p,
                    ext(allow("iam:PutRolePolicy", `arn:aws:iam::${ACCOUNTS.primary}:role/instance-role`)),
                ),
                /instance-role .*iam:PutRolePolicy/,
            );
            // Round 82: exempting iam:PassRole does not exempt it on "*" (a role outside the stack is checked as a
            // runtime role's).
            assertViolation(
                await runPolicy(p, ext(allow("iam:PassRole")), { allowedActions: ["iam:PassRole"] }),
                /instance-role .*iam:PassRole by .*allowedActions exempts it only on named roles/,
            );
        });
        it("accepts seed 003's exact sts:AssumeRole on the access role ARN", async () => {
            assert.deepEqual(
                messages(
                    await runPolicy(rules.runtimeRoleNoPrivilegeEscalation, ext(allow("sts:AssumeRole", callerAccess))),
                ),
                [],
            );
            assert.deepEqual(
                messages(await runPolicy(rules.runtimeRoleScopedResources, ext(allow("sts:AssumeRole", callerAccess)))),
                [],
            );
        });
    });
});
