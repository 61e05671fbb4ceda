// The runtime-role-no-kms-key-management policy (policy-pack/rules/runtime-role-no-kms-key-management.ts): passing and failing cases, evasions included.
import * as rules from "../../../policy-pack/rules";
import { strict as assert } from "assert";
import {
    ACCOUNTS,
    assume,
    doc,
    ec2Trust,
    editResource,
    goodSignerStack,
    irsaTrust,
    role,
    ROLE_ARN,
    ROLE_NAME,
    rolePolicy,
    shareKeyPolicy,
    signerPermissions,
    URNS,
    withSignerStatements,
} from "../fixtures";
import { allow, assertViolation, messages, runPolicy, UNKNOWN } from "../support";

describe("runtime-role-no-kms-key-management", () => {
    describe("seed cases and evasions", () => {
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
                createKey([
                    "kms:CreateKey",
                    "kms:GetPublicKey",
                    "kms:ScheduleKeyDeletion",
                    "kms:Sign",
                    "kms:TagResource",
                ]),
            );
            const stack = [
                role("basil-provisioner", irsaTrust("system:serviceaccount:basil:bootstrap"), "provisioner", {
                    inputs: {
                        inlinePolicies: [
                            { name: "create", policy: doc(createKey(["kms:CreateKey", "kms:CreateAlias"])) },
                        ],
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
    describe("roles are linked by name case-insensitively (IAM role names are unique ignoring case)", () => {
        const p = rules.runtimeRoleNoKeyManagement;
        it("refuses key management granted by a RolePolicy naming the role in upper case", async () => {
            const stack = [
                ...goodSignerStack(),
                rolePolicy("rp2", ROLE_NAME.toUpperCase(), doc(allow("kms:CreateKey"))),
            ];
            assertViolation(
                await runPolicy(p, stack),
                /role custody-prod-signer is a runtime role .*kms:CreateKey by statement #1 of RolePolicy rp2/,
                URNS.role,
            );
        });
        it("links an upper-case role ARN too, and still treats a different name as outside the stack", async () => {
            const arn = ROLE_ARN.replace(ROLE_NAME, ROLE_NAME.toUpperCase());
            assertViolation(
                await runPolicy(p, [...goodSignerStack(), rolePolicy("rp2", arn, doc(allow("kms:CreateKey")))]),
                /kms:CreateKey/,
                URNS.role,
            );
            assert.deepEqual(
                messages(
                    await runPolicy(p, [
                        ...goodSignerStack(),
                        rolePolicy("rp2", "custody-prod-signer-2", doc(allow("kms:CreateKey"))),
                    ]),
                ),
                [],
            );
        });
    });
    describe("roles trusted by compute service principals are runtime roles", () => {
        const p = rules.runtimeRoleNoKeyManagement;
        const fn = (service: string) =>
            role("fn", doc(assume({ Service: service })), "runtime", {
                inputs: { inlinePolicies: [{ name: "x", policy: doc(allow(["kms:CreateKey", "kms:Decrypt"])) }] },
            });
        for (const service of ["ecs-tasks.amazonaws.com", "lambda.amazonaws.com", "ec2.amazonaws.com.cn"]) {
            it(`refuses key management on a role trusted by ${service}`, async () => {
                assertViolation(
                    await runPolicy(p, [fn(service)]),
                    /role fn is a runtime role \((service ecs-tasks|service lambda|EC2).*kms:CreateKey/,
                );
            });
        }
        for (const service of [
            "states.amazonaws.com",
            "scheduler.amazonaws.com",
            "events.amazonaws.com",
            "ssm.amazonaws.com",
            "batch.amazonaws.com",
            "pipes.amazonaws.com",
            "elasticmapreduce.amazonaws.com",
            "emr-containers.amazonaws.com",
            "emr-serverless.amazonaws.com",
            "datapipeline.amazonaws.com",
            "ecs.amazonaws.com",
            "build.apprunner.amazonaws.com",
            "codepipeline.amazonaws.com",
            "states.amazonaws.com.cn",
            "elasticmapreduce.amazonaws.com.cn",
        ]) {
            it(`G-svc: refuses key management on a role trusted by ${service} (unattended code runs as the role)`, async () => {
                assertViolation(
                    await runPolicy(p, [fn(service)]),
                    new RegExp(
                        `role fn is a runtime role \\(service ${service.replace(/\.cn$/, "").replace(/\./g, "\\.")}[,)].*kms:CreateKey`,
                    ),
                );
            });
        }
        it("G-svc: a role trusted by Step Functions is a runtime role for the other runtime rules too", async () => {
            const sfn = role("sfn", doc(assume({ Service: "states.amazonaws.com" })), "runtime", {
                inputs: { inlinePolicies: [{ name: "x", policy: doc(allow("sts:AssumeRole"), allow("kms:Decrypt")) }] },
            });
            assertViolation(
                await runPolicy(rules.runtimeRoleNoPrivilegeEscalation, [sfn]),
                /role sfn is a runtime role and can escalate .*sts:AssumeRole/,
            );
            assertViolation(
                await runPolicy(rules.runtimeRoleScopedResources, [sfn]),
                /role sfn: statement #2 .* grants kms:Decrypt on "\*"/,
            );
            assert.deepEqual(
                messages(
                    await runPolicy(p, [fn("states.amazonaws.com")], {
                        runtimeServicePrincipals: ["ec2.amazonaws.com"],
                    }),
                ),
                [],
            );
        });
        it("does not treat a non-compute service (backup.amazonaws.com) as runtime; runtimeServicePrincipals is configurable", async () => {
            assert.deepEqual(messages(await runPolicy(p, [fn("backup.amazonaws.com")])), []);
            assert.deepEqual(
                messages(
                    await runPolicy(p, [fn("lambda.amazonaws.com")], {
                        runtimeServicePrincipals: ["ec2.amazonaws.com"],
                    }),
                ),
                [],
            );
            assertViolation(
                await runPolicy(p, [fn("backup.amazonaws.com")], {
                    runtimeServicePrincipals: ["backup.amazonaws.com"],
                }),
                /service backup.amazonaws.com/,
            );
        });
    });
    describe("runtime-role-no-kms-key-management reads key policies", () => {
        const p = rules.runtimeRoleNoKeyManagement;
        const withKeyPolicy = (i: number, account: string, extra: object) =>
            editResource(goodSignerStack(), URNS.shareKey(i), r => ({
                ...r,
                inputs: { ...r.inputs, policy: doc(...JSON.parse(shareKeyPolicy(account)).Statement, extra) },
            }));
        const mgmt = (principal: unknown, extra: object = {}) => ({
            Effect: "Allow",
            Principal: principal,
            Action: ["kms:PutKeyPolicy", "kms:ScheduleKeyDeletion", "kms:CreateGrant"],
            Resource: "*",
            ...extra,
        });

        it("passes share keys that give the runtime role Encrypt/Decrypt only", async () =>
            assert.deepEqual(messages(await runPolicy(p, goodSignerStack())), []));
        it("refuses a same-account key policy naming the runtime role with key management", async () => {
            assertViolation(
                await runPolicy(p, withKeyPolicy(1, ACCOUNTS.primary, mgmt({ AWS: ROLE_ARN }))),
                /key policy of signer-share-1: statement #3 names runtime role custody-prod-signer .* kms:CreateGrant, kms:PutKeyPolicy, kms:ScheduleKeyDeletion/,
                URNS.shareKey(1),
            );
        });
        it('refuses it cross-account, through a session ARN, or through "*" + aws:PrincipalArn', async () => {
            assertViolation(
                await runPolicy(p, withKeyPolicy(2, ACCOUNTS.b, mgmt({ AWS: ROLE_ARN }))),
                /signer-share-2: .* names runtime role custody-prod-signer/,
            );
            const session = `arn:aws:sts::${ACCOUNTS.primary}:assumed-role/${ROLE_NAME}/pod`;
            assertViolation(
                await runPolicy(p, withKeyPolicy(2, ACCOUNTS.b, mgmt({ AWS: session }))),
                /names runtime role custody-prod-signer/,
            );
            assertViolation(
                await runPolicy(
                    p,
                    withKeyPolicy(
                        3,
                        ACCOUNTS.c,
                        mgmt("*", { Condition: { ArnEquals: { "aws:PrincipalArn": ROLE_ARN } } }),
                    ),
                ),
                /"\*" with aws:PrincipalArn/,
            );
        });
        it("matches the role by name (ignoring case) while its ARN is unknown", async () => {
            const stack = editResource(
                withKeyPolicy(1, ACCOUNTS.primary, mgmt({ AWS: ROLE_ARN.replace(ROLE_NAME, ROLE_NAME.toUpperCase()) })),
                URNS.role,
                r => ({ ...r, outputs: { ...r.outputs, arn: UNKNOWN } }),
            );
            assertViolation(await runPolicy(p, stack), /names runtime role custody-prod-signer/);
        });
        it("accepts key management in a key policy for a provisioner role", async () => {
            const prov = role(
                "prov",
                doc(assume({ AWS: `arn:aws:iam::${ACCOUNTS.primary}:role/break-glass` })),
                "provisioner",
            );
            const stack = [
                ...withKeyPolicy(1, ACCOUNTS.primary, mgmt({ AWS: `arn:aws:iam::${ACCOUNTS.primary}:role/prov` })),
                prov,
            ];
            assert.deepEqual(messages(await runPolicy(p, stack)), []);
        });
    });
});
