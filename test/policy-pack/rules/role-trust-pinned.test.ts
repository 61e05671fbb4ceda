// The role-trust-pinned policy (policy-pack/rules/role-trust-pinned.ts): passing and failing cases, evasions included.
import * as rules from "../../../policy-pack/rules";
import { strict as assert } from "assert";
import {
    ACCOUNTS,
    assume,
    doc,
    editResource,
    goodSignerStack,
    irsaStatement,
    irsaTrust,
    OIDC_ARN,
    OIDC_ISSUER,
    podIdentityStatement,
    role,
    ROLE_ARN,
    SHARE_KEY_ARNS,
    signerTrust,
    urn,
    URNS,
} from "../fixtures";
import { useStackPackConfig } from "../packConfig";
import { assertViolation, FOREIGN, messages, runPolicy } from "../support";

describe("role-trust-pinned", () => {
    describe("seed cases and evasions", () => {
        const p = rules.roleTrustPinned;
        const trustWith = (condition: object, principal: object = { Federated: OIDC_ARN }) =>
            doc({
                Effect: "Allow",
                Principal: principal,
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: condition,
            });
        const check = (trust: string | object) => runPolicy(p, [role("r", trust as string, "runtime")]);
        const sub = `${OIDC_ISSUER}:sub`;
        const aud = `${OIDC_ISSUER}:aud`;

        it("passes seed 000's trust, as a string and as an object", async () => {
            assert.deepEqual(messages(await check(irsaTrust())), []);
            assert.deepEqual(messages(await check(JSON.parse(irsaTrust()))), []);
        });
        it("refuses StringLike on sub", async () =>
            assertViolation(
                await check(
                    trustWith({
                        StringLike: { [sub]: "system:serviceaccount:validators:*" },
                        StringEquals: { [aud]: "sts.amazonaws.com" },
                    }),
                ),
                /uses StringLike/,
            ));
        it("refuses a wildcard subject", async () =>
            assertViolation(
                await check(
                    trustWith({
                        StringEquals: { [sub]: "system:serviceaccount:validators:*", [aud]: "sts.amazonaws.com" },
                    }),
                ),
                /not one exact/,
            ));
        it("refuses two subjects", async () =>
            assertViolation(
                await check(
                    trustWith({
                        StringEquals: {
                            [sub]: ["system:serviceaccount:a:b", "system:serviceaccount:c:d"],
                            [aud]: "sts.amazonaws.com",
                        },
                    }),
                ),
                /admits 2 subjects/,
            ));
        it("refuses a missing aud", async () =>
            assertViolation(
                await check(trustWith({ StringEquals: { [sub]: "system:serviceaccount:a:b" } })),
                /does not pin .*:aud/,
            ));
        it("refuses a missing sub", async () =>
            assertViolation(
                await check(trustWith({ StringEquals: { [aud]: "sts.amazonaws.com" } })),
                /does not pin .*:sub/,
            ));
        it("refuses a condition key of another issuer", async () => {
            assertViolation(
                await check(
                    trustWith({
                        StringEquals: {
                            "oidc.eks.eu-west-1.amazonaws.com/id/OTHER:sub": "system:serviceaccount:a:b",
                            [aud]: "sts.amazonaws.com",
                        },
                    }),
                ),
                /not for the provider's issuer/,
            );
        });
        it("refuses a non-OIDC principal, and web identity reached through sts:* or NotAction", async () => {
            assertViolation(
                await check(
                    trustWith(
                        { StringEquals: { [sub]: "system:serviceaccount:a:b", [aud]: "sts.amazonaws.com" } },
                        { AWS: "*" },
                    ),
                ),
                /principal other than an OIDC provider/,
            );
            assertViolation(
                await check(doc({ Effect: "Allow", Principal: { Federated: OIDC_ARN }, Action: "sts:*" })),
                /does not pin/,
            );
            assertViolation(
                await check(doc({ Effect: "Allow", Principal: { Federated: OIDC_ARN }, NotAction: "sts:AssumeRole" })),
                /does not pin/,
            );
        });
        it('refuses an unconditional "*" trust', async () =>
            assertViolation(
                await check(doc({ Effect: "Allow", Principal: "*", Action: "sts:AssumeRole" })),
                /any principal/,
            ));
    });
    describe("role-trust-pinned refuses trust wider than one ServiceAccount or one named role of the stack", () => {
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
            assertViolation(
                await run(signerTrust(assume({ AWS: ACCOUNTS.b }))),
                /trusts the whole account 222222222222/,
            );
            // Round 82: listing the account admits it only on a role without custody; the signer is a runtime role.
            assertViolation(
                await run(signerTrust(assume({ AWS: FOREIGN })), { allowedTrustAccounts: [FOREIGN] }),
                /trusts arn:aws:iam::999999999999:root of account 999999999999, outside this stack \(allowedTrustAccounts\), but it is a runtime role/,
                URNS.role,
            );
            // allowCrossAccountRoot admits the stack's other accounts' roots, not an outside account's.
            assertViolation(
                await run(signerTrust(assume({ AWS: FOREIGN })), { allowCrossAccountRoot: true }),
                /trusts the whole account 999999999999 .*which is not an account of this stack/,
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
            // Round 82: not on a runtime role, even listed (the outside account's role would hold the shares' access).
            assertViolation(
                await run(trust, { allowedTrustAccounts: [FOREIGN] }),
                /role\/x of account 999999999999, outside this stack \(allowedTrustAccounts\), but it is a runtime role/,
            );
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
                    await run(
                        admin({ ArnEquals: { "aws:PrincipalArn": `arn:aws:iam::${ACCOUNTS.primary}:role/ops` } }),
                    ),
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
            // Round 82: listed or not, "*" pinned by an outside account is its every principal (never the vendor form).
            assertViolation(
                await run(admin({ StringEquals: { "aws:PrincipalAccount": "777777777777" } }), {
                    allowedTrustAccounts: ["777777777777"],
                }),
                /trusts "\*" pinned only by aws:PrincipalAccount 777777777777, an account outside this stack/,
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
        // Issue 10 narrowed this case: an unpinned pods.eks.amazonaws.com statement, once accepted alone or with
        // allowPodIdentity, is now refused (test/policy-pack/rules/pod-identity.test.ts); the pinned one keeps passing.
        it("refuses pods.eks.amazonaws.com next to an IRSA statement unless allowPodIdentity; pinned Pod Identity alone is fine", async () => {
            const pods = podIdentityStatement();
            assertViolation(
                await run(signerTrust(pods)),
                /pods.eks.amazonaws.com next to an IRSA statement/,
                URNS.role,
            );
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
        it("lets a listed CI issuer pin its own subject shape, exactly once and without wildcards", async () => {
            const gh = "token.actions.githubusercontent.com";
            const trustWith = (sub: unknown, op = "StringEquals") =>
                editResource(goodSignerStack(), URNS.role, r => ({
                    ...r,
                    inputs: {
                        ...r.inputs,
                        assumeRolePolicy: doc({
                            Effect: "Allow",
                            Principal: { Federated: `arn:aws:iam::${ACCOUNTS.primary}:oidc-provider/${gh}` },
                            Action: "sts:AssumeRoleWithWebIdentity",
                            Condition:
                                op === "StringEquals"
                                    ? { StringEquals: { [`${gh}:aud`]: "sts.amazonaws.com", [`${gh}:sub`]: sub } }
                                    : {
                                          StringEquals: { [`${gh}:aud`]: "sts.amazonaws.com" },
                                          [op]: { [`${gh}:sub`]: sub },
                                      },
                        }),
                    },
                }));
            const cfg = { allowedIssuers: [gh] };
            // GitHub docs, "Configuring OpenID Connect in Amazon Web Services": repo:<org>/<repo>:environment:<env>.
            assert.deepEqual(messages(await run(trustWith("repo:acme/status-page:environment:prod"), cfg)), []);
            assertViolation(
                await run(trustWith("repo:acme/*", "StringLike"), cfg),
                /only StringEquals pins one exact value/,
                URNS.role,
            );
            assertViolation(
                await run(trustWith(["repo:acme/a:environment:prod", "repo:acme/b:environment:prod"]), cfg),
                /admits 2 subjects/,
                URNS.role,
            );
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
    // Round 82 (redteam82-tools trust-accounts-foreign-rt82t, now caught here): allowedTrustAccounts names accounts
    // outside the stack (a vendor's integration role: IAM User Guide, id_roles_common-scenarios_third-party, the
    // vendor's account as principal with sts:ExternalId), so the config check accepts any account; the rule admits it
    // only on a role that reaches no custody asset as the engine computes reach (Judge.custodyReachOf), never on a
    // runtime role, never as "*" pinned by aws:PrincipalAccount. Under prod's custody model (the engine needs one).
    describe("round 82: an outside account (allowedTrustAccounts) only on a role that reaches no custody asset", () => {
        useStackPackConfig("prod");
        const p = rules.roleTrustPinned;
        const vendor = (principal: string, ...statements: object[]) => [
            ...goodSignerStack(),
            role(
                "vendor-integration",
                doc(
                    assume(
                        { AWS: principal },
                        { Condition: { StringEquals: { "sts:ExternalId": "0123456789abcdef0123456789abcdef" } } },
                    ),
                ),
                "operator",
                { inputs: { inlinePolicies: [{ name: "vendor-access", policy: doc(...statements) }] } },
            ),
        ];
        const listed = { allowedTrustAccounts: [FOREIGN] };
        const metrics = {
            Effect: "Allow",
            Action: ["cloudwatch:GetMetricData", "ec2:DescribeInstances"],
            Resource: "*",
        };
        it("secure-fix82: the vendor's account root (sts:ExternalId) on a role reading metrics only", async () => {
            assert.deepEqual(messages(await runPolicy(p, vendor(`arn:aws:iam::${FOREIGN}:root`, metrics), listed)), []);
            assert.deepEqual(
                messages(await runPolicy(p, vendor(`arn:aws:iam::${FOREIGN}:role/integration`, metrics), listed)),
                [],
            );
        });
        it("insecure-fix82: the same trust on a role that may Decrypt with a share key (path named)", async () =>
            assertViolation(
                await runPolicy(
                    p,
                    vendor(`arn:aws:iam::${FOREIGN}:root`, metrics, {
                        Effect: "Allow",
                        Action: "kms:Decrypt",
                        Resource: SHARE_KEY_ARNS[0],
                    }),
                    listed,
                ),
                /role vendor-integration: statement #1 trusts arn:aws:iam::999999999999:root of account 999999999999, outside this stack \(allowedTrustAccounts\), but it reaches custody: .*vendor-integration.*kms:Decrypt on /,
                urn("aws:iam/role:Role", "vendor-integration"),
            ));
        it('insecure-fix82: "*" pinned by aws:PrincipalAccount of the listed account, even on the metrics role', async () =>
            assertViolation(
                await runPolicy(
                    p,
                    [
                        ...goodSignerStack(),
                        role(
                            "vendor-integration",
                            doc(assume("*", { Condition: { StringEquals: { "aws:PrincipalAccount": FOREIGN } } })),
                            "operator",
                            { inputs: { inlinePolicies: [{ name: "vendor-access", policy: doc(metrics) }] } },
                        ),
                    ],
                    listed,
                ),
                /trusts "\*" pinned only by aws:PrincipalAccount 999999999999, an account outside this stack/,
            ));
    });
});
