// Identity, trust and runtime-role rules: role-trust-pinned, the runtime-role rules, role chaining and declared
// role kinds. Every fix has a failing and a passing case (red-team gaps G2, G3, G7, G8, G9, G11, G13, G14).
import { strict as assert } from "assert";
import * as rules from "../../policy-pack/rules";
import {
    ACCOUNTS,
    doc,
    editResource,
    goodSignerStack,
    irsaTrust,
    role,
    ROLE_ARN,
    ROLE_NAME,
    rolePolicy,
    SHARE_KEY_ARNS,
    shareKeyPolicy,
    signerPermissions,
    tableArn,
    TABLES,
    URNS,
    withSignerStatements,
} from "./fixtures";
import { allow, assertViolation, FOREIGN, messages, runPolicy, UNKNOWN } from "./support";

describe("G13: roles are linked by name case-insensitively (IAM role names are unique ignoring case)", () => {
    const p = rules.runtimeRoleNoKeyManagement;
    it("refuses key management granted by a RolePolicy naming the role in upper case", async () => {
        const stack = [...goodSignerStack(), rolePolicy("rp2", ROLE_NAME.toUpperCase(), doc(allow("kms:CreateKey")))];
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

const irsaStatement = () => JSON.parse(irsaTrust()).Statement[0];
/** The signer stack with extra statements in the signer role's trust (next to its IRSA statement). */
const signerTrust = (...extra: object[]) =>
    editResource(goodSignerStack(), URNS.role, r => ({
        ...r,
        inputs: { ...r.inputs, assumeRolePolicy: doc(irsaStatement(), ...extra) },
    }));
const assume = (principal: unknown, extra: object = {}) => ({
    Effect: "Allow",
    Principal: principal,
    Action: "sts:AssumeRole",
    ...extra,
});

describe("G2: role-trust-pinned refuses trust wider than one ServiceAccount or one named role of the stack", () => {
    const p = rules.roleTrustPinned;
    const run = (stack: ReturnType<typeof goodSignerStack>, config?: Record<string, unknown>) =>
        runPolicy(p, stack, config);

    it("passes the signer stack, and a non-runtime role trusting its own account root or a named role of another stack account", async () => {
        assert.deepEqual(messages(await run(goodSignerStack())), []);
        const admin = role(
            "admin",
            doc(
                assume({ AWS: `arn:aws:iam::${ACCOUNTS.primary}:root` }),
                assume({ AWS: `arn:aws:iam::${ACCOUNTS.b}:role/operator` }),
            ),
            "operator",
        );
        assert.deepEqual(messages(await run([...goodSignerStack(), admin])), []);
    });
    it("refuses a foreign account root or bare account id, unless allowed by config", async () => {
        assertViolation(
            await run(signerTrust(assume({ AWS: `arn:aws:iam::${FOREIGN}:root` }))),
            /trusts the whole account 999999999999/,
            URNS.role,
        );
        assertViolation(
            await run(signerTrust(assume({ AWS: FOREIGN }))),
            /trusts the whole account 999999999999/,
            URNS.role,
        );
        // Another stack account's root is still a whole account.
        assertViolation(await run(signerTrust(assume({ AWS: ACCOUNTS.b }))), /trusts the whole account 222222222222/);
        assert.deepEqual(
            messages(await run(signerTrust(assume({ AWS: FOREIGN })), { allowedTrustAccounts: [FOREIGN] })),
            [],
        );
        assert.deepEqual(
            messages(await run(signerTrust(assume({ AWS: ACCOUNTS.b })), { allowCrossAccountRoot: true })),
            [],
        );
    });
    it("refuses a named role of an account that is not a stack account, unless allowed by config", async () => {
        const trust = signerTrust(assume({ AWS: `arn:aws:iam::${FOREIGN}:role/x` }));
        assertViolation(
            await run(trust),
            /arn:aws:iam::999999999999:role\/x of account 999999999999, which is not an account of this stack \(111111111111, 222222222222, 333333333333\)/,
        );
        assert.deepEqual(messages(await run(trust, { allowedTrustAccounts: [FOREIGN] })), []);
    });
    it('refuses "*" whose condition does not pin the caller; accepts aws:PrincipalAccount of a stack account, PrincipalArn, PrincipalOrgID', async () => {
        for (const condition of [
            { Bool: { "aws:SecureTransport": "true" } },
            { StringEquals: { "aws:RequestedRegion": "eu-west-1" } },
            { StringEquals: { "aws:PrincipalAccount": FOREIGN } },
            { StringLike: { "aws:PrincipalArn": `arn:aws:iam::${ACCOUNTS.primary}:role/*` } },
        ]) {
            assertViolation(
                await run(signerTrust(assume("*", { Condition: condition }))),
                /lets any principal \("\*"\) assume the role without a condition pinning the caller/,
                URNS.role,
            );
        }
        const admin = (condition: object) => [
            ...goodSignerStack(),
            role("admin", doc(assume({ AWS: "*" }, { Condition: condition })), "operator"),
        ];
        assert.deepEqual(
            messages(await run(admin({ StringEquals: { "aws:PrincipalAccount": ACCOUNTS.primary } }))),
            [],
        );
        assert.deepEqual(
            messages(
                await run(admin({ StringEquals: { "aws:PrincipalAccount": ACCOUNTS.b } }), {
                    allowedTrustAccounts: [ACCOUNTS.b],
                }),
            ),
            [],
        );
        assert.deepEqual(
            messages(
                await run(admin({ ArnEquals: { "aws:PrincipalArn": `arn:aws:iam::${ACCOUNTS.primary}:role/ops` } })),
            ),
            [],
        );
        assert.deepEqual(
            messages(
                await run(admin({ StringEquals: { "aws:PrincipalOrgID": "o-abc123" } }), {
                    organizationId: "o-abc123",
                }),
            ),
            [],
        );
    });
    it('G-org: refuses "*" + aws:PrincipalOrgID unless it equals the configured organizationId (anyone can create an organization)', async () => {
        const admin = (principal: unknown, org: string) => [
            ...goodSignerStack(),
            role(
                "admin",
                doc(assume(principal, { Condition: { StringEquals: { "aws:PrincipalOrgID": org } } })),
                "operator",
            ),
        ];
        const pattern =
            /role admin: statement #1 lets any principal \("\*"\) assume the role without a condition pinning the caller .*organizationId, which is unset/;
        assertViolation(
            await run(admin("*", "o-attacker")),
            pattern,
            "urn:pulumi:prod::custody-infra::aws:iam/role:Role::admin",
        );
        assertViolation(await run(admin({ AWS: "*" }, "o-abc123")), pattern);
        assertViolation(
            await run(admin({ AWS: "*" }, "o-attacker"), { organizationId: "o-abc123" }),
            /without a condition pinning the caller .*organizationId o-abc123/,
        );
        assert.deepEqual(messages(await run(admin("*", "o-abc123"), { organizationId: "o-abc123" })), []);
        // A second condition narrowing to the role's own account is fine without the organization.
        const both = [
            ...goodSignerStack(),
            role(
                "admin",
                doc(
                    assume("*", {
                        Condition: {
                            StringEquals: {
                                "aws:PrincipalOrgID": "o-attacker",
                                "aws:PrincipalAccount": ACCOUNTS.primary,
                            },
                        },
                    }),
                ),
                "operator",
            ),
        ];
        assert.deepEqual(messages(await run(both)), []);
    });
    it('G-acct: refuses "*" pinned only by aws:PrincipalAccount of another account (as its root); aws:PrincipalArn of a named role there is fine', async () => {
        const admin = (condition: object) => [
            ...goodSignerStack(),
            role("admin", doc(assume("*", { Condition: condition })), "operator"),
        ];
        const pattern =
            /role admin: statement #1 trusts "\*" pinned only by aws:PrincipalAccount (777777777777|222222222222): every principal of that account/;
        // Another stack account (B) is as wide as B's root, which is refused too.
        assertViolation(await run(admin({ StringEquals: { "aws:PrincipalAccount": ACCOUNTS.b } })), pattern);
        // An account outside the stack is not even trusted.
        assertViolation(
            await run(admin({ StringEquals: { "aws:PrincipalAccount": "777777777777" } })),
            /without a condition pinning the caller/,
        );
        assertViolation(
            await run(admin({ StringEquals: { "aws:PrincipalAccount": "777777777777" } }), {
                allowCrossAccountRoot: true,
            }),
            /without a condition pinning the caller/,
        );
        assert.deepEqual(
            messages(
                await run(admin({ StringEquals: { "aws:PrincipalAccount": "777777777777" } }), {
                    allowedTrustAccounts: ["777777777777"],
                }),
            ),
            [],
        );
        assert.deepEqual(
            messages(
                await run(admin({ StringEquals: { "aws:PrincipalAccount": ACCOUNTS.b } }), {
                    allowCrossAccountRoot: true,
                }),
            ),
            [],
        );
        // Same verdict as naming the account root.
        assertViolation(
            await run([
                ...goodSignerStack(),
                role("admin", doc(assume({ AWS: `arn:aws:iam::${ACCOUNTS.b}:root` })), "operator"),
            ]),
            /trusts the whole account 222222222222/,
        );
        // Exact role ARN in account B (seed 003), alone or with aws:PrincipalAccount = B.
        const callerArn = `arn:aws:iam::${ACCOUNTS.b}:role/accountb-caller`;
        assert.deepEqual(messages(await run(admin({ ArnEquals: { "aws:PrincipalArn": callerArn } }))), []);
        assert.deepEqual(
            messages(
                await run(
                    admin({
                        ArnEquals: { "aws:PrincipalArn": callerArn },
                        StringEquals: { "aws:PrincipalAccount": ACCOUNTS.b },
                    }),
                ),
            ),
            [],
        );
    });
    it("refuses Allow + NotPrincipal even with a condition", async () => {
        const s = {
            Effect: "Allow",
            NotPrincipal: { AWS: ROLE_ARN },
            Action: "sts:AssumeRole",
            Condition: { Bool: { "aws:SecureTransport": "true" } },
        };
        assertViolation(await run(signerTrust(s)), /uses Allow with NotPrincipal/);
    });
    it("refuses SAML (any non-EKS federation) on a runtime role; accepts it on a non-runtime role or when allowed", async () => {
        const saml = `arn:aws:iam::${ACCOUNTS.primary}:saml-provider/okta`;
        const s = { Effect: "Allow", Principal: { Federated: saml }, Action: "sts:AssumeRoleWithSAML" };
        assertViolation(
            await run(signerTrust(s)),
            /Federated principal arn:aws:iam::111111111111:saml-provider\/okta assume a runtime role/,
            URNS.role,
        );
        assert.deepEqual(messages(await run(signerTrust(s), { allowedFederatedPrincipals: [saml] })), []);
        assert.deepEqual(messages(await run([...goodSignerStack(), role("humans", doc(s), "operator")])), []);
    });
    it("refuses pods.eks.amazonaws.com next to an IRSA statement unless allowPodIdentity; Pod Identity alone is fine", async () => {
        const pods = {
            Effect: "Allow",
            Principal: { Service: "pods.eks.amazonaws.com" },
            Action: ["sts:AssumeRole", "sts:TagSession"],
        };
        assertViolation(await run(signerTrust(pods)), /pods.eks.amazonaws.com next to an IRSA statement/, URNS.role);
        assert.deepEqual(messages(await run(signerTrust(pods), { allowPodIdentity: true })), []);
        assert.deepEqual(messages(await run([role("pi", doc(pods), "runtime")])), []);
    });
    it("refuses two web-identity statements pinning different ServiceAccounts (role-level union), accepts a repeated one", async () => {
        const other = JSON.parse(irsaTrust("system:serviceaccount:validators:other")).Statement[0];
        assertViolation(
            await run(signerTrust(other)),
            /pins 2 different ServiceAccounts across its web-identity statements/,
            URNS.role,
        );
        assert.deepEqual(messages(await run(signerTrust(irsaStatement()))), []);
    });
    it("refuses an OIDC issuer that is not an EKS cluster's, unless listed in allowedIssuers", async () => {
        const gh = "token.actions.githubusercontent.com";
        const trust = doc({
            Effect: "Allow",
            Principal: { Federated: `arn:aws:iam::${ACCOUNTS.primary}:oidc-provider/${gh}` },
            Action: "sts:AssumeRoleWithWebIdentity",
            Condition: {
                StringEquals: {
                    [`${gh}:sub`]: "system:serviceaccount:validators:containment-chamber",
                    [`${gh}:aud`]: "sts.amazonaws.com",
                },
            },
        });
        const stack = editResource(goodSignerStack(), URNS.role, r => ({
            ...r,
            inputs: { ...r.inputs, assumeRolePolicy: trust },
        }));
        assertViolation(
            await run(stack),
            /the OIDC issuer token.actions.githubusercontent.com is not an EKS cluster's/,
            URNS.role,
        );
        assert.deepEqual(messages(await run(stack, { allowedIssuers: [gh] })), []);
        const china = irsaTrust()
            .replace(/arn:aws:/g, "arn:aws-cn:")
            .replace(/amazonaws\.com\/id/g, "amazonaws.com.cn/id");
        assert.deepEqual(messages(await runPolicy(p, [role("cn", china, "runtime")])), []);
    });
    it("accepts a lower-case stringequals (IAM matches operator names ignoring case) and still requires one subject", async () => {
        const lower = (subject: string | string[]) =>
            irsaTrust()
                .replace("StringEquals", "stringequals")
                .replace(
                    JSON.stringify("system:serviceaccount:validators:containment-chamber"),
                    JSON.stringify(subject),
                );
        assert.deepEqual(
            messages(
                await runPolicy(p, [
                    role("r", lower("system:serviceaccount:validators:containment-chamber"), "runtime"),
                ]),
            ),
            [],
        );
        assertViolation(
            await runPolicy(p, [
                role("r", lower(["system:serviceaccount:a:b", "system:serviceaccount:c:d"]), "runtime"),
            ]),
            /admits 2 subjects/,
        );
    });
});

describe("G14: roles trusted by compute service principals are runtime roles", () => {
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
                await runPolicy(p, [fn("states.amazonaws.com")], { runtimeServicePrincipals: ["ec2.amazonaws.com"] }),
            ),
            [],
        );
    });
    it("does not treat a non-compute service (backup.amazonaws.com) as runtime; runtimeServicePrincipals is configurable", async () => {
        assert.deepEqual(messages(await runPolicy(p, [fn("backup.amazonaws.com")])), []);
        assert.deepEqual(
            messages(
                await runPolicy(p, [fn("lambda.amazonaws.com")], { runtimeServicePrincipals: ["ec2.amazonaws.com"] }),
            ),
            [],
        );
        assertViolation(
            await runPolicy(p, [fn("backup.amazonaws.com")], { runtimeServicePrincipals: ["backup.amazonaws.com"] }),
            /service backup.amazonaws.com/,
        );
    });
});

describe("G3: runtime-role-no-kms-key-management reads key policies", () => {
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
                withKeyPolicy(3, ACCOUNTS.c, mgmt("*", { Condition: { ArnEquals: { "aws:PrincipalArn": ROLE_ARN } } })),
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

describe("G7: runtime-role-no-privilege-escalation", () => {
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
        ["sts:AssumeRole through NotResource", { Effect: "Allow", Action: "sts:AssumeRole", NotResource: ROLE_ARN }],
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
            messages(await runPolicy(p, withExtra(allow("iam:PassRole")), { allowedActions: ["iam:PassRole"] })),
            [],
        );
    });
});

describe("G-ext: permissions attached to a role outside the stack are checked as a runtime role's (its trust is not visible)", () => {
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
            await runPolicy(p, ext(allow("iam:PutRolePolicy", `arn:aws:iam::${ACCOUNTS.primary}:role/instance-role`))),
            /instance-role .*iam:PutRolePolicy/,
        );
        assert.deepEqual(
            messages(await runPolicy(p, ext(allow("iam:PassRole")), { allowedActions: ["iam:PassRole"] })),
            [],
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
            messages(await runPolicy(p, ext(allow(["dynamodb:GetItem", "dynamodb:Query"], tableArn(TABLES.keystore))))),
            [],
        );
    });
});

describe("G11: runtime-role-no-table-management", () => {
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
        it(`refuses ${action} on the role's own table`, async () => {
            assertViolation(
                await runPolicy(p, withSignerStatements(...signerPermissions(), allow(action, own))),
                /runtime role and is allowed DynamoDB table management/,
                URNS.role,
            );
        });
    }
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

describe("G8: provisioner-not-runtime-assumable refuses role chaining from a runtime role", () => {
    const p = rules.provisionerNotRuntimeAssumable;
    const creator = (
        name: string,
        trust: string,
        kind: string,
        actions: string[] = ["kms:CreateKey", "kms:PutKeyPolicy"],
    ) => role(name, trust, kind, { inputs: { inlinePolicies: [{ name: "x", policy: doc(allow(actions)) }] } });
    it("passes a provisioner trusted by a break-glass role and a bootstrap ServiceAccount (basil), and a non-managing role trusting the runtime role", async () => {
        const basil = creator(
            "prov",
            doc(
                assume({ AWS: `arn:aws:iam::${ACCOUNTS.primary}:role/platform-break-glass` }),
                JSON.parse(irsaTrust("system:serviceaccount:bootstrap:prov")).Statement[0],
            ),
            "provisioner",
        );
        const access = role("access", doc(assume({ AWS: ROLE_ARN })), "cross-account", {
            inputs: { inlinePolicies: [{ name: "x", policy: doc(allow("kms:Decrypt", SHARE_KEY_ARNS[0])) }] },
        });
        assert.deepEqual(messages(await runPolicy(p, [...goodSignerStack(), basil, access])), []);
    });
    it("refuses a provisioner whose trust names the runtime role's ARN", async () => {
        assertViolation(
            await runPolicy(p, [...goodSignerStack(), creator("prov", doc(assume({ AWS: ROLE_ARN })), "provisioner")]),
            /role prov \(kind provisioner\) trusts arn:aws:iam::111111111111:role\/custody-prod-signer .* lets runtime role custody-prod-signer assume it \(role chaining\)/,
        );
    });
    it('refuses an untagged role holding key management whose trust covers the runtime role (account root, "*", a session)', async () => {
        for (const principal of [
            { AWS: ACCOUNTS.primary },
            { AWS: "*" },
            { AWS: `arn:aws:sts::${ACCOUNTS.primary}:assumed-role/${ROLE_NAME}/s` },
        ]) {
            assertViolation(
                await runPolicy(p, [...goodSignerStack(), creator("keys", doc(assume(principal)), "operator")]),
                /role keys \(allowed kms:CreateKey, kms:PutKeyPolicy\) trusts .*\(role chaining\)/,
            );
        }
        // The runtime role in another case is still the runtime role (IAM names are case-insensitive).
        const upper = `arn:aws:iam::${ACCOUNTS.primary}:role/${ROLE_NAME.toUpperCase()}`;
        assertViolation(
            await runPolicy(p, [...goodSignerStack(), creator("keys", doc(assume({ AWS: upper })), "operator")]),
            /role chaining/,
        );
    });
    it("does not count another account's root (it cannot cover the runtime role)", async () => {
        assert.deepEqual(
            messages(
                await runPolicy(p, [
                    ...goodSignerStack(),
                    creator("keys", doc(assume({ AWS: ACCOUNTS.b })), "operator"),
                ]),
            ),
            [],
        );
    });
});

describe("G9: a declared role kind must be plausible, and relaxes rule 3 only", () => {
    const p = rules.declaredRoleKindConsistent;
    const asKeyManager = (stack: ReturnType<typeof goodSignerStack>) =>
        editResource(stack, URNS.role, r => ({
            ...r,
            inputs: { ...r.inputs, tags: { "custody:role-kind": "key-manager" } },
        }));
    const defakto = () =>
        role("trust-domain", irsaTrust("system:serviceaccount:spirl-system:spirl-server"), "key-manager", {
            inputs: {
                inlinePolicies: [
                    {
                        name: "kms",
                        policy: doc(
                            allow([
                                "kms:CreateKey",
                                "kms:GetPublicKey",
                                "kms:ScheduleKeyDeletion",
                                "kms:Sign",
                                "kms:TagResource",
                            ]),
                        ),
                    },
                ],
            },
        });
    const sa = (ns: string, name: string, roleArn: string) => ({
        urn: `urn:pulumi:prod::custody-infra::kubernetes:core/v1:ServiceAccount::${name}`,
        type: "kubernetes:core/v1:ServiceAccount",
        name,
        inputs: { metadata: { name, namespace: ns, annotations: { "eks.amazonaws.com/role-arn": roleArn } } },
    });
    const workload = (type: string, ns: string, saName: string) => ({
        urn: `urn:pulumi:prod::custody-infra::${type}::w`,
        type,
        name: "w",
        inputs: {
            metadata: { name: "w", namespace: ns },
            spec: type.endsWith("Job")
                ? { template: { spec: { serviceAccountName: saName } } }
                : { template: { spec: { serviceAccountName: saName } } },
        },
    });

    it('passes seed 001\'s key manager (IRSA, kms on "*") and the signer stack', async () => {
        assert.deepEqual(
            messages(
                await runPolicy(p, [
                    ...goodSignerStack(),
                    defakto(),
                    sa("spirl-system", "spirl-server", `arn:aws:iam::${ACCOUNTS.primary}:role/trust-domain`),
                ]),
            ),
            [],
        );
        assert.deepEqual(messages(await runPolicy(rules.runtimeRoleScopedResources, [defakto()])), []);
    });
    it("refuses the share-ring grantee declared key-manager, and its item access to the stack's tables", async () => {
        const ds = await runPolicy(p, asKeyManager(goodSignerStack()));
        assertViolation(
            ds,
            /role custody-prod-signer is declared key-manager but key policy of signer-share-1 \(share ring signer\) grants it/,
            URNS.role,
        );
        assertViolation(
            ds,
            /declared key-manager but is allowed .*dynamodb:GetItem.* on table custody-prod-keystore/,
            URNS.role,
        );
    });
    it("refuses a declared role annotated on a ServiceAccount a runtime role pins", async () => {
        const prov = role("prov", irsaTrust("system:serviceaccount:validators:bootstrap"), "provisioner");
        const stack = editResource([...goodSignerStack(), prov], URNS.serviceAccount, r => ({
            ...r,
            inputs: {
                metadata: {
                    name: "containment-chamber",
                    namespace: "validators",
                    annotations: { "eks.amazonaws.com/role-arn": `arn:aws:iam::${ACCOUNTS.primary}:role/prov` },
                },
            },
        }));
        assertViolation(
            await runPolicy(p, stack),
            /role prov is declared provisioner but annotated on ServiceAccount validators\/containment-chamber, which a runtime role's trust pins/,
            URNS.serviceAccount,
        );
    });
    it("refuses a provisioner ServiceAccount used by a Deployment, accepts a Job", async () => {
        const prov = role("prov", irsaTrust("system:serviceaccount:bootstrap:prov"), "provisioner");
        const base = [
            ...goodSignerStack(),
            prov,
            sa("bootstrap", "prov", `arn:aws:iam::${ACCOUNTS.primary}:role/prov`),
        ];
        assertViolation(
            await runPolicy(p, [...base, workload("kubernetes:apps/v1:Deployment", "bootstrap", "prov")]),
            /declared provisioner but ServiceAccount bootstrap\/prov, annotated with it, is used by a long-running pod/,
        );
        assert.deepEqual(
            messages(await runPolicy(p, [...base, workload("kubernetes:batch/v1:Job", "bootstrap", "prov")])),
            [],
        );
    });
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
                await runPolicy(rules.runtimeRoleNoKeyManagement, [km(["kms:CreateKey", "kms:ScheduleKeyDeletion"])]),
            ),
            [],
        );
    });
});
