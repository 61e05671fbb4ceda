// EKS Pod Identity behind the identity seam (issue 10): the exact trust and association the program builds for
// the pod-identity stack, the cluster in another account (targetRoleArn), the IRSA → Pod Identity migration, the
// managed agent add-on, the config errors, and @cloud-copilot/iam-simulate evaluating sts:AssumeRole by
// pods.eks.amazonaws.com with the request tags EKS sets.
import { strict as assert } from "assert";
import { trustStatement } from "../../components/iam/trust";
import { runStack, stackConfig, StackRun, withConfig } from "../harness";
import { StackValidationPolicy } from "@pulumi/policy";
import * as rules from "../../policy-pack/rules";
import { setPackConfig } from "../../policy-pack/model/packConfig";
import { readRawConfig } from "../../components/stack/load";
import { validateStackConfig } from "../../components/stack/validate";
import { generateCustodyModel } from "../../tools/custody-model/generate";
import { normalizePlan, toAnalyzerResources } from "../../tools/offline/planToAnalyzer";
import { stackPackConfig } from "../policy-pack/packConfig";
import { runPolicy, TestDiagnostic } from "../policy-pack/support";
import { Doc, identityPolicies, parseDoc, problemsOf, providerName, rawOf, simulate } from "./support";

const ACCOUNT = "111111111111";
const CLUSTER_ACCOUNT = "444444444444";
const CLUSTER_ARN = `arn:aws:eks:eu-west-1:${ACCOUNT}:cluster/prod-validators`;
const ROLE = "custody-pod-identity-signer";
const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/${ROLE}`;
const ASSOCIATION = "aws:eks/podIdentityAssociation:PodIdentityAssociation";
const TAGS = {
    clusterArn: "aws:RequestTag/eks-cluster-arn",
    namespace: "aws:RequestTag/kubernetes-namespace",
    serviceAccount: "aws:RequestTag/kubernetes-service-account",
};

/** The documented statement (EKS user guide, pod-id-role.html), pinned to one cluster, namespace and ServiceAccount. */
const documentedStatement = (clusterArn: string) => ({
    Effect: "Allow",
    Principal: { Service: "pods.eks.amazonaws.com" },
    Action: ["sts:AssumeRole", "sts:TagSession"],
    Condition: {
        StringEquals: {
            [TAGS.clusterArn]: [clusterArn],
            [TAGS.namespace]: ["validators"],
            [TAGS.serviceAccount]: ["containment-chamber"],
        },
    },
});

const trustOf = (run: StackRun, roleName: string, account = ACCOUNT): Doc => {
    const role = run
        .byType("aws:iam/role:Role")
        .find(r => r.inputs.name === roleName && String(r.outputs.arn).includes(`::${account}:`));
    assert.ok(role, `role ${roleName} in ${account}`);
    return parseDoc(role.inputs.assumeRolePolicy);
};

describe("EKS Pod Identity (identity seam)", () => {
    describe("builders", () => {
        it("builds exactly the documented trust, pinned with one-element lists", () => {
            assert.deepEqual(
                trustStatement({
                    kind: "podIdentity",
                    clusterArn: CLUSTER_ARN,
                    serviceAccount: { namespace: "validators", name: "containment-chamber" },
                }),
                documentedStatement(CLUSTER_ARN),
            );
        });
        it("builds the target-role trust: the cluster account's root restricted to the association role, same pins", () => {
            const associationRoleArn = `arn:aws:iam::${CLUSTER_ACCOUNT}:role/${ROLE}`;
            const statement = trustStatement({
                kind: "podIdentityTarget",
                partition: "aws",
                clusterAccountId: CLUSTER_ACCOUNT,
                associationRoleArn,
                clusterArn: CLUSTER_ARN,
                serviceAccount: { namespace: "validators", name: "containment-chamber" },
            });
            assert.deepEqual(statement, {
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${CLUSTER_ACCOUNT}:root` },
                Action: ["sts:AssumeRole", "sts:TagSession"],
                Condition: {
                    ArnEquals: { "aws:PrincipalArn": [associationRoleArn] },
                    StringEquals: documentedStatement(CLUSTER_ARN).Condition.StringEquals,
                },
            });
        });
    });

    describe("the pod-identity stack", () => {
        let run: StackRun;
        before(async () => {
            run = await runStack({ stack: "pod-identity" });
        });
        it("trusts exactly the documented, pinned statement: no OIDC provider, no web identity", () => {
            assert.deepEqual(trustOf(run, ROLE).Statement, [documentedStatement(CLUSTER_ARN)]);
            assert.equal(run.byType("aws:iam/openIdConnectProvider:OpenIdConnectProvider").length, 0);
        });
        it("creates one association through the cluster account's provider, session tags on, no policy", () => {
            const [a] = run.byType(ASSOCIATION);
            assert.equal(run.byType(ASSOCIATION).length, 1);
            assert.deepEqual(
                {
                    clusterName: a.inputs.clusterName,
                    namespace: a.inputs.namespace,
                    serviceAccount: a.inputs.serviceAccount,
                    roleArn: a.inputs.roleArn,
                    disableSessionTags: a.inputs.disableSessionTags,
                    region: a.inputs.region,
                },
                {
                    clusterName: "prod-validators",
                    namespace: "validators",
                    serviceAccount: "containment-chamber",
                    roleArn: ROLE_ARN,
                    disableSessionTags: false,
                    region: "eu-west-1",
                },
            );
            assert.equal(a.inputs.policy, undefined);
            assert.equal(a.inputs.targetRoleArn, undefined);
            assert.equal(providerName(a), "aws-signer");
            assert.match(
                String(a.outputs.associationArn),
                /^arn:aws:eks:eu-west-1:111111111111:podidentityassociation\/prod-validators\/a-/,
            );
            assert.match(String(a.outputs.associationId), /^a-[0-9a-z]{17}$/);
        });
        it("still creates the ServiceAccount, without the IRSA annotation", () => {
            const [sa] = run.byType("kubernetes:core/v1:ServiceAccount");
            const md = sa.inputs.metadata as Record<string, unknown>;
            assert.equal(md.name, "containment-chamber");
            assert.equal(md.annotations, undefined);
        });
        it("does not manage the agent add-on by default", () => {
            assert.equal(run.byType("aws:eks/addon:Addon").length, 0);
        });
    });

    describe("the cluster in another account than the workload role (targetRoleArn)", () => {
        let run: StackRun;
        const config = withConfig(
            withConfig(stackConfig("pod-identity"), "accounts", a => ({
                ...a,
                platform: { accountId: CLUSTER_ACCOUNT, region: "eu-west-1" },
            })),
            "cluster",
            () => ({ name: "prod-validators", account: "platform", podIdentityAgentAddon: true }),
        );
        const clusterArn = `arn:aws:eks:eu-west-1:${CLUSTER_ACCOUNT}:cluster/prod-validators`;
        const associationRoleArn = `arn:aws:iam::${CLUSTER_ACCOUNT}:role/${ROLE}`;
        before(async () => {
            run = await runStack({ stack: "pod-identity", config });
        });
        it("puts the association and an association role in the cluster account, the workload role as targetRoleArn", () => {
            const [a] = run.byType(ASSOCIATION);
            assert.equal(providerName(a), "aws-platform");
            assert.equal(a.inputs.roleArn, associationRoleArn);
            assert.equal(a.inputs.targetRoleArn, ROLE_ARN);
            assert.deepEqual(trustOf(run, ROLE, CLUSTER_ACCOUNT).Statement, [documentedStatement(clusterArn)]);
        });
        it("lets the association role assume and tag exactly the target role", () => {
            const [policy] = identityPolicies(run, ROLE).filter(d =>
                JSON.stringify(d).includes("AssumePodIdentityTargetRole"),
            );
            assert.deepEqual(policy.Statement, [
                {
                    Sid: "AssumePodIdentityTargetRole",
                    Effect: "Allow",
                    Action: ["sts:AssumeRole", "sts:TagSession"],
                    Resource: ROLE_ARN,
                },
            ]);
        });
        it("pins the target trust to the association role and the same tags", () => {
            assert.deepEqual(trustOf(run, ROLE).Statement, [
                {
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${CLUSTER_ACCOUNT}:root` },
                    Action: ["sts:AssumeRole", "sts:TagSession"],
                    Condition: {
                        ArnEquals: { "aws:PrincipalArn": [associationRoleArn] },
                        StringEquals: documentedStatement(clusterArn).Condition.StringEquals,
                    },
                },
            ]);
        });
        it("manages the agent add-on when asked: protected, retained, preserve", () => {
            const [addon] = run.byType("aws:eks/addon:Addon");
            assert.equal(addon.inputs.addonName, "eks-pod-identity-agent");
            assert.equal(addon.inputs.preserve, true);
            assert.equal(addon.options.protect, true);
            assert.equal(addon.options.retainOnDelete, true);
            assert.equal(providerName(addon), "aws-platform");
        });
        it("lets the simulator confirm the chain: the association role may assume the target with the pinned tags only", async () => {
            const identity = identityPolicies(run, ROLE).filter(d =>
                JSON.stringify(d).includes("AssumePodIdentityTargetRole"),
            );
            const request = (tags: Record<string, string>, principal = associationRoleArn) =>
                simulate({
                    principal,
                    action: "sts:AssumeRole",
                    resource: ROLE_ARN,
                    resourceAccount: ACCOUNT,
                    identityPolicies: principal === associationRoleArn ? identity : [],
                    resourcePolicy: trustOf(run, ROLE),
                    // AWS sets aws:PrincipalArn to the caller; the simulator takes it from the request context.
                    context: { ...tags, "aws:PrincipalArn": principal },
                });
            const pinned = {
                [TAGS.clusterArn]: clusterArn,
                [TAGS.namespace]: "validators",
                [TAGS.serviceAccount]: "containment-chamber",
            };
            assert.equal(await request(pinned), "Allowed");
            assert.notEqual(await request({ ...pinned, [TAGS.serviceAccount]: "other" }), "Allowed");
            assert.notEqual(
                await request(pinned, `arn:aws:iam::${CLUSTER_ACCOUNT}:role/another-role`),
                "Allowed",
                "another role of the cluster account",
            );
        });
    });

    describe("the IRSA → Pod Identity migration", () => {
        const migrationConfig = withConfig(
            withConfig(stackConfig("dev"), "signer", s => ({ ...s, identities: ["irsa", "podIdentity"] })),
            "cluster",
            c => ({ ...c, name: "dev-validators", account: "main" }),
        );
        let run: StackRun;
        before(async () => {
            run = await runStack({ stack: "dev", config: migrationConfig });
        });
        it("trusts both, each pinning the same ServiceAccount; annotates the ServiceAccount and associates it", () => {
            const statements = trustOf(run, "custody-dev-signer").Statement;
            assert.equal(statements.length, 2);
            assert.equal(statements[0].Action, "sts:AssumeRoleWithWebIdentity");
            assert.deepEqual(
                statements[1],
                documentedStatement(`arn:aws:eks:eu-west-1:${ACCOUNT}:cluster/dev-validators`),
            );
            const [sa] = run.byType("kubernetes:core/v1:ServiceAccount");
            assert.ok((sa.inputs.metadata as { annotations?: object }).annotations);
            assert.equal(run.byType(ASSOCIATION).length, 1);
        });
        it("passes the whole pack with the model the generator writes, without allowPodIdentity (per role)", async () => {
            const model = generateCustodyModel(
                validateStackConfig(readRawConfig(migrationConfig), {
                    project: "custody-infra",
                    stack: "dev",
                    misspeltKeys: [],
                }),
            );
            const signer = model.workloads.find(w => w.name === "signer")!;
            assert.deepEqual(
                signer.subjects.map(s => Object.keys(s)[0]),
                ["irsa", "podIdentity"],
            );
            const config: Record<string, Record<string, unknown>> = {
                ...stackPackConfig("dev"),
                "custody-model": model as unknown as Record<string, unknown>,
            };
            assert.equal(config["role-trust-pinned"]?.allowPodIdentity, undefined);
            setPackConfig(config);
            try {
                const resources = toAnalyzerResources(normalizePlan(run.plan));
                const out: TestDiagnostic[] = [];
                for (const p of rules.allPolicies) {
                    const level = (config[p.name]?.enforcementLevel ??
                        config.all?.enforcementLevel ??
                        "advisory") as "mandatory";
                    out.push(...(await runPolicy(p as StackValidationPolicy, resources, { enforcementLevel: level })));
                }
                assert.deepEqual(
                    out.filter(d => d.enforcementLevel === "mandatory").map(d => `${d.policyName}: ${d.message}`),
                    [],
                );
            } finally {
                setPackConfig({});
            }
        });
    });

    describe("config errors name every missing or inconsistent key", () => {
        const raw = () => rawOf("pod-identity");
        it("needs the cluster's name and account for podIdentity", () => {
            const r = raw();
            delete r.cluster;
            assert.deepEqual(problemsOf(r, "pod-identity"), [
                "cluster: is required by signer (podIdentity): set cluster.name and cluster.account (the account that runs the cluster); the trust pins the cluster's ARN.",
            ]);
            const r2 = raw();
            r2.cluster = { region: "eu-west-1" };
            const problems = problemsOf(r2, "pod-identity");
            assert.ok(
                problems.some(p => /^cluster\.name: is required by signer \(podIdentity\)/.test(p)),
                problems.join("\n"),
            );
            assert.ok(
                problems.some(p => /^cluster\.account: is required by signer \(podIdentity\)/.test(p)),
                problems.join("\n"),
            );
            assert.ok(
                problems.some(p => /^cluster\.region: describes the EKS cluster/.test(p)),
                problems.join("\n"),
            );
        });
        it("still needs the OIDC issuer for IRSA (a migration lists both)", () => {
            const r = raw();
            r.signer.identities = ["irsa", "podIdentity"];
            assert.deepEqual(
                problemsOf(r, "pod-identity").map(p => p.split(";")[0]),
                ["cluster.oidcIssuerUrl: is required by signer (IRSA)"],
            );
        });
        it("refuses unknown, repeated and empty identities, an undeclared cluster account, a bad name and region", () => {
            const r = raw();
            r.signer.identities = ["podIdentity", "podidentity", "podIdentity"];
            r.cluster = { name: "bad name", account: "nowhere", region: "cn-north-1" };
            const problems = problemsOf(r, "pod-identity");
            for (const pattern of [
                /^signer\.identities\[1\]: "podidentity" is not a ServiceAccount identity; use irsa, podIdentity\./,
                /^signer\.identities\[2\]: "podIdentity" is listed twice/,
                /^cluster\.account: "nowhere" is not an account declared in accounts/,
                /^cluster\.name: "bad name" is not an EKS cluster name/,
            ]) {
                assert.ok(
                    problems.some(p => pattern.test(p)),
                    `${pattern}\n${problems.join("\n")}`,
                );
            }
            const empty = raw();
            empty.signer.identities = [];
            assert.ok(problemsOf(empty, "pod-identity").some(p => /^signer\.identities: is empty/.test(p)));
        });
        it("refuses a cluster region in another partition than its account", () => {
            const r = raw();
            r.cluster.region = "cn-north-1";
            assert.ok(
                problemsOf(r, "pod-identity").some(p => /^cluster\.region: cn-north-1 is in partition aws-cn/.test(p)),
            );
        });
        it("keeps the association role's name free in the cluster's account", () => {
            const r = rawOf("pod-identity");
            r.accounts.platform = { accountId: CLUSTER_ACCOUNT, region: "eu-west-1" };
            r.cluster = { name: "prod-validators", account: "platform" };
            r.trustDomain = { account: "platform", roleName: ROLE, identities: ["podIdentity"] };
            const problems = problemsOf(r, "pod-identity");
            assert.ok(
                problems.some(p => new RegExp(`"${ROLE}" is also the role name of`).test(p)),
                problems.join("\n"),
            );
        });
    });

    describe("IAM simulation: sts:AssumeRole by pods.eks.amazonaws.com with the request tags EKS sets", () => {
        const trust = { Version: "2012-10-17", Statement: [documentedStatement(CLUSTER_ARN)] } as unknown as Doc;
        const pinned = {
            [TAGS.clusterArn]: CLUSTER_ARN,
            [TAGS.namespace]: "validators",
            [TAGS.serviceAccount]: "containment-chamber",
            "aws:SourceAccount": ACCOUNT,
        };
        const assume = (context: Record<string, string>, action = "sts:AssumeRole") =>
            simulate({
                principal: "pods.eks.amazonaws.com",
                action,
                resource: ROLE_ARN,
                resourceAccount: ACCOUNT,
                identityPolicies: [],
                resourcePolicy: trust,
                context,
            });
        it("allows the pinned cluster, namespace and ServiceAccount (AssumeRole and TagSession)", async () => {
            assert.equal(await assume(pinned), "Allowed");
            assert.equal(await assume(pinned, "sts:TagSession"), "Allowed");
        });
        it("denies another namespace, ServiceAccount, cluster, or the same-named cluster in another account", async () => {
            for (const [what, context] of [
                ["namespace", { ...pinned, [TAGS.namespace]: "default" }],
                ["ServiceAccount", { ...pinned, [TAGS.serviceAccount]: "other" }],
                ["cluster", { ...pinned, [TAGS.clusterArn]: CLUSTER_ARN.replace("prod-validators", "staging") }],
                [
                    "source account",
                    {
                        ...pinned,
                        "aws:SourceAccount": "999999999999",
                        [TAGS.clusterArn]: CLUSTER_ARN.replace(ACCOUNT, "999999999999"),
                    },
                ],
                ["untagged session", { "aws:SourceAccount": ACCOUNT }],
            ] as const) {
                assert.notEqual(await assume(context), "Allowed", what);
            }
        });
    });
});
