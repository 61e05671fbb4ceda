// The effective-access engine, one path kind at a time, on small plain stacks: who can become each role, and who
// can do what to each asset, with the path.
import { strict as assert } from "assert";
import {
    computeEffectiveAccess,
    EffectiveAccess,
    effectiveAccess,
    nodeLabel,
    PrincipalNode,
} from "../../../policy-pack/engine";
import { pinnedValues } from "../../../policy-pack/model/conditions";
import { parseAwsAuthMappings } from "../../../policy-pack/engine/kubernetes";
import { globsIntersect, globSubsumes } from "../../../policy-pack/engine/patterns";
import { ActionCatalog, loadCatalog } from "../../../policy-pack/model/catalog";
import { parsePolicyDocument } from "../../../policy-pack/model/document";
import type { StackResource } from "../../../policy-pack/model/resources";
import { unknownCheckingProxy } from "../../../policy-pack/model/unknowns";
import { UNKNOWN } from "../support";

const A = "111111111111";
const B = "222222222222";
const REGION = "eu-west-1";
const ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF";

const provider = (account: string, region = REGION) => ({
    type: "pulumi:providers:aws",
    urn: `urn:pulumi:t::p::pulumi:providers:aws::${account}`,
    name: account,
    props: { allowedAccountIds: [account], region },
});
const doc = (...statements: object[]) => JSON.stringify({ Version: "2012-10-17", Statement: statements });
const allow = (action: string | string[], resource: string | string[] = "*") => ({
    Effect: "Allow",
    Action: action,
    Resource: resource,
});
let counter = 0;
function res(
    type: string,
    name: string,
    props: Record<string, any>,
    account = A,
    extra: Partial<StackResource> = {},
): StackResource {
    counter++;
    return {
        type,
        urn: `urn:pulumi:t::p::${type}::${name}`,
        name,
        props,
        provider: provider(account, extra.provider?.props.region ?? REGION),
        ...extra,
    };
}
const roleRes = (name: string, trust: object[], account = A, extra: Record<string, any> = {}) =>
    res(
        "aws:iam/role:Role",
        name,
        { name, arn: `arn:aws:iam::${account}:role/${name}`, assumeRolePolicy: doc(...trust), ...extra },
        account,
    );
const rolePolicy = (role: string, ...statements: object[]) =>
    res("aws:iam/rolePolicy:RolePolicy", `${role}-p${counter}`, { role, policy: doc(...statements) });
const keyId = "11111111-2222-4333-8444-555555555555";
const KEY_ARN = `arn:aws:kms:${REGION}:${A}:key/${keyId}`;
const rootDelegation = (account = A) => ({
    Effect: "Allow",
    Principal: { AWS: `arn:aws:iam::${account}:root` },
    Action: "kms:*",
    Resource: "*",
});
const key = (policy: object[] = [rootDelegation()], extra: Record<string, any> = {}) =>
    res("aws:kms/key:Key", "k", { arn: KEY_ARN, keyId, policy: doc(...policy), ...extra });
const irsaTrust = (ns = "app", sa = "runner") => ({
    Effect: "Allow",
    Principal: { Federated: `arn:aws:iam::${A}:oidc-provider/${ISSUER}` },
    Action: "sts:AssumeRoleWithWebIdentity",
    Condition: {
        StringEquals: {
            [`${ISSUER}:sub`]: `system:serviceaccount:${ns}:${sa}`,
            [`${ISSUER}:aud`]: "sts.amazonaws.com",
        },
    },
});

let catalog: ActionCatalog;
before(async () => {
    catalog = await loadCatalog();
});
const run = (resources: StackResource[]) => computeEffectiveAccess(resources, catalog);
const becomers = (ea: EffectiveAccess, roleName: string) => {
    const role = [...ea.nodes.values()].find(n => n.kind === "role" && n.name === roleName)!;
    return ea.becomersOf(role).map(b => `${nodeLabel(b.from)} | ${b.via}`);
};
const accessOn = (ea: EffectiveAccess, who: (n: PrincipalNode) => boolean) =>
    ea.access
        .filter(a => who(a.principal))
        .map(a => `${a.path}: ${a.actions.join(",")} on ${a.asset.label} (${a.via})`);
const isRole = (name: string) => (n: PrincipalNode) => n.kind === "role" && n.name === name;

describe("engine: patterns by what they match", () => {
    it("intersects and subsumes globs soundly", () => {
        assert.ok(globsIntersect("arn:aws:kms:eu-*:111111111111:key/*", KEY_ARN));
        assert.ok(globsIntersect("arn:aws:kms:*:*:key/1*", "arn:aws:kms:eu-west-1:111111111111:key/*"));
        assert.ok(!globsIntersect("arn:aws:kms:us-*:*:key/*", KEY_ARN));
        assert.ok(globSubsumes("arn:aws:kms:eu-west-1:111111111111:key/*", KEY_ARN));
        assert.ok(
            globSubsumes(
                "arn:aws:dynamodb:eu-west-1:1:table/curity-*",
                "arn:aws:dynamodb:eu-west-1:1:table/curity-*/index/*",
            ),
        );
        assert.ok(!globSubsumes("arn:aws:kms:eu-west-1:111111111111:key/*", "*"));
        assert.ok(!globSubsumes("arn:aws:kms:eu-west-1:111111111111:key/*", "arn:aws:kms:*:111111111111:key/*"));
        assert.ok(!globSubsumes("arn:aws:kms:eu-west-1:1:key/a?", "arn:aws:kms:eu-west-1:1:key/a*"));
    });

    it("a condition pins only with a positive exact operator, not IfExists, ForAllValues or a negation", () => {
        const s = (operator: string, value: string | string[] = "x") =>
            parsePolicyDocument(
                doc({
                    Effect: "Allow",
                    Action: "s3:*",
                    Resource: "*",
                    Principal: "*",
                    Condition: { [operator]: { "aws:PrincipalArn": value } },
                }),
            ).statements[0];
        assert.deepEqual(pinnedValues(s("ArnEquals"), "aws:principalarn"), ["x"]);
        assert.deepEqual(pinnedValues(s("StringLike", "x"), "aws:principalarn"), ["x"]);
        assert.deepEqual(pinnedValues(s("ForAnyValue:StringEquals", ["x", "y"]), "aws:principalarn"), ["x", "y"]);
        for (const loose of ["ArnEqualsIfExists", "ForAllValues:StringEquals", "StringNotEquals", "ArnLike"]) {
            assert.equal(
                pinnedValues(s(loose, loose === "ArnLike" ? "x*" : "x"), "aws:principalarn"),
                undefined,
                loose,
            );
        }
    });
});

describe("engine: identity policies in every attachment form reach a key through the root delegation", () => {
    const decrypt = allow("kms:Decrypt", KEY_ARN);
    const policyRes = res("aws:iam/policy:Policy", "pol", {
        arn: `arn:aws:iam::${A}:policy/pol`,
        policy: doc(decrypt),
    });
    const forms: [string, StackResource[], (n: PrincipalNode) => boolean][] = [
        [
            "inline policy",
            [roleRes("r", [irsaTrust()], A, { inlinePolicies: [{ name: "i", policy: doc(decrypt) }] })],
            isRole("r"),
        ],
        ["RolePolicy", [roleRes("r", [irsaTrust()]), rolePolicy("r", decrypt)], isRole("r")],
        [
            "Policy + RolePolicyAttachment",
            [
                roleRes("r", [irsaTrust()]),
                policyRes,
                res("aws:iam/rolePolicyAttachment:RolePolicyAttachment", "att", {
                    role: "r",
                    policyArn: `arn:aws:iam::${A}:policy/pol`,
                }),
            ],
            isRole("r"),
        ],
        [
            "managedPolicyArns",
            [roleRes("r", [irsaTrust()], A, { managedPolicyArns: [`arn:aws:iam::${A}:policy/pol`] }), policyRes],
            isRole("r"),
        ],
        [
            "RolePolicyAttachmentsExclusive",
            [
                roleRes("r", [irsaTrust()]),
                policyRes,
                res("aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive", "ex", {
                    roleName: "r",
                    policyArns: [`arn:aws:iam::${A}:policy/pol`],
                }),
            ],
            isRole("r"),
        ],
        [
            "PolicyAttachment to a group",
            [
                policyRes,
                res("aws:iam/policyAttachment:PolicyAttachment", "pa", {
                    groups: ["ops"],
                    policyArn: `arn:aws:iam::${A}:policy/pol`,
                }),
            ],
            n => n.kind === "group",
        ],
        [
            "UserPolicy",
            [res("aws:iam/userPolicy:UserPolicy", "up", { user: "alice", policy: doc(decrypt) })],
            n => n.kind === "user" && n.name === "alice",
        ],
        [
            "RolePolicy on a role outside the stack",
            [rolePolicy("outside", decrypt)],
            n => n.kind === "external" && n.arn === `arn:aws:iam::${A}:role/outside`,
        ],
    ];
    for (const [form, resources, who] of forms) {
        it(form, () => {
            const ea = run([key(), ...resources]);
            const got = accessOn(ea, who);
            assert.equal(got.length, 1, JSON.stringify(ea.access.map(a => nodeLabel(a.principal))));
            assert.match(
                got[0],
                /^identity: kms:Decrypt on key k \(statement #1 of .* through the root delegation \(statement 1 of key policy of k/,
            );
        });
    }

    it("an unreadable managed policy is unknown power; an unconditional Deny is subtracted", () => {
        const ea = run([
            key(),
            roleRes("r", [irsaTrust()], A, { managedPolicyArns: ["arn:aws:iam::aws:policy/AdministratorAccess"] }),
            rolePolicy("r", allow(["kms:Decrypt", "kms:Encrypt"], "*"), {
                Effect: "Deny",
                Action: "kms:Decrypt",
                Resource: "*",
            }),
        ]);
        const r = ea.identities.find(i => isRole("r")(i.node))!;
        assert.deepEqual(
            r.unreadable.map(u => u.arn),
            ["arn:aws:iam::aws:policy/AdministratorAccess"],
        );
        assert.deepEqual(
            accessOn(ea, isRole("r")).map(x => x.split(" on ")[0]),
            ["identity: kms:Encrypt"],
        );
    });

    it("an identity of another account reaches the key only where the key policy admits it or its account", () => {
        const other = [
            roleRes("x", [irsaTrust()], B),
            res("aws:iam/rolePolicy:RolePolicy", "xp", { role: "x", policy: doc(allow("kms:Decrypt", "*")) }, B),
        ];
        assert.deepEqual(accessOn(run([key(), ...other]), isRole("x")), []);
        const named = run([
            key([
                rootDelegation(),
                {
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${B}:role/x` },
                    Action: "kms:Decrypt",
                    Resource: "*",
                },
            ]),
            ...other,
        ]);
        assert.deepEqual(accessOn(named, isRole("x")), [
            "key policy: kms:Decrypt on key k (statement 2 of key policy of k (names arn:aws:iam::222222222222:role/x))",
        ]);
    });
});

describe("engine: key policies, table policies and grants", () => {
    it("both KeyPolicy resources on one key are candidates, with the key's own policy", () => {
        const k = key();
        const kp = (name: string, principal: string) =>
            res("aws:kms/keyPolicy:KeyPolicy", name, {
                keyId,
                policy: doc(rootDelegation(), {
                    Effect: "Allow",
                    Principal: { AWS: principal },
                    Action: "kms:Decrypt",
                    Resource: "*",
                }),
            });
        const ea = run([k, kp("kp1", `arn:aws:iam::${A}:role/one`), kp("kp2", `arn:aws:iam::${A}:role/two`)]);
        assert.deepEqual(
            ea.assets[0].policies.map(p => p.label),
            ["key policy of k", "KeyPolicy kp1", "KeyPolicy kp2"],
        );
        assert.deepEqual(ea.access.map(a => nodeLabel(a.principal)).sort(), [
            "arn:aws:iam::111111111111:role/one (outside this stack)",
            "arn:aws:iam::111111111111:role/two (outside this stack)",
        ]);
    });

    it('"*" is who its conditions really pin: a principal, an account, a service for an account, or anyone', () => {
        const stmt = (Condition?: object) => ({
            Effect: "Allow",
            Principal: { AWS: "*" },
            Action: "kms:Decrypt",
            Resource: "*",
            ...(Condition ? { Condition } : {}),
        });
        const ea = run([
            key([
                rootDelegation(),
                stmt({ ArnEquals: { "aws:PrincipalArn": `arn:aws:iam::${A}:role/r` } }),
                stmt({
                    StringEquals: { "kms:CallerAccount": A, "kms:ViaService": `dynamodb.${REGION}.amazonaws.com` },
                }),
                stmt({ StringEquals: { "aws:PrincipalAccount": A } }),
                stmt({ StringEquals: { "aws:PrincipalOrgID": "o-123" } }),
                stmt({ Bool: { "aws:SecureTransport": "true" } }),
                {
                    Effect: "Allow",
                    NotPrincipal: { AWS: `arn:aws:iam::${A}:role/r` },
                    Action: "kms:Decrypt",
                    Resource: "*",
                },
            ]),
            roleRes("r", [irsaTrust()]),
        ]);
        assert.deepEqual(
            ea.access.map(a => nodeLabel(a.principal)),
            [
                "role r",
                "dynamodb.eu-west-1.amazonaws.com on behalf of account 111111111111",
                'every identity of account 111111111111 ("*" pinned only by StringEquals aws:PrincipalAccount = 111111111111)',
                "every account of organization o-123",
                'anyone ("*" without a condition naming the caller)',
                "anyone (Allow with NotPrincipal)",
            ],
        );
    });

    it("a table: same-account identities directly, other accounts through its resource policy", () => {
        const tableArn = `arn:aws:dynamodb:${REGION}:${A}:table/t`;
        const table = res("aws:dynamodb/table:Table", "t", { name: "t", arn: tableArn });
        const local = [roleRes("l", [irsaTrust()]), rolePolicy("l", allow("dynamodb:GetItem", `${tableArn}/index/*`))];
        const remote = [
            roleRes("x", [irsaTrust()], B),
            res("aws:iam/rolePolicy:RolePolicy", "xp", { role: "x", policy: doc(allow("dynamodb:PutItem", "*")) }, B),
        ];
        const policy = res("aws:dynamodb/resourcePolicy:ResourcePolicy", "rp", {
            resourceArn: tableArn,
            policy: doc({ Effect: "Allow", Principal: { AWS: B }, Action: "dynamodb:PutItem", Resource: "*" }),
        });
        const ea = run([table, ...local, ...remote, policy]);
        assert.deepEqual(accessOn(ea, isRole("l")).length, 1);
        assert.match(
            accessOn(ea, isRole("l"))[0],
            /^identity: dynamodb:GetItem on table t \(statement #1 of RolePolicy l-p\d+\)$/,
        );
        assert.match(
            accessOn(ea, isRole("x"))[0],
            /^identity: dynamodb:PutItem on table t \(statement #1 of RolePolicy xp with statement 1 of ResourcePolicy rp/,
        );
        assert.equal(run([table, ...remote]).access.length, 0);
    });

    it("a KMS grant gives its grantee the operations and its retiring principal RetireGrant", () => {
        const ea = run([
            key(),
            res("aws:kms/grant:Grant", "g", {
                name: "g",
                keyId,
                granteePrincipal: `arn:aws:iam::${A}:role/r`,
                operations: ["Sign", "Decrypt"],
                retiringPrincipal: `arn:aws:iam::${A}:role/q`,
            }),
        ]);
        assert.deepEqual(
            ea.access.map(a => `${nodeLabel(a.principal)}: ${a.actions.join(",")} (${a.via})`),
            [
                "arn:aws:iam::111111111111:role/r (outside this stack): kms:Sign,kms:Decrypt (kms Grant g)",
                "arn:aws:iam::111111111111:role/q (outside this stack): kms:RetireGrant (kms Grant g (retiringPrincipal))",
            ],
        );
    });

    it("an alias finds its key; @pulumi/aws 7's per-resource region overrides the provider's", () => {
        const unknownKey = res("aws:kms/key:Key", "k", { region: "us-east-2", policy: doc(rootDelegation()) });
        const alias = res("aws:kms/alias:Alias", "al", { name: "alias/x", targetKeyId: UNKNOWN }, A, {
            propertyDependencies: { targetKeyId: [unknownKey] },
        });
        const ea = run([unknownKey, alias]);
        assert.equal(ea.assets[0].arn.pattern, `arn:aws:kms:us-east-2:${A}:key/*`);
        assert.equal(ea.assets[0].label, "key alias/x");
        assert.equal(ea.aliases[0].arn, `arn:aws:kms:${REGION}:${A}:alias/x`);
    });
});

describe("engine: who can become a role", () => {
    it("every principal form of a trust policy", () => {
        const trust = [
            irsaTrust(),
            { Effect: "Allow", Principal: { AWS: A }, Action: "sts:AssumeRole" },
            {
                Effect: "Allow",
                Principal: { AWS: `arn:aws:sts::${A}:assumed-role/other/session` },
                Action: "sts:AssumeRole",
            },
            {
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "sts:AssumeRole",
                Condition: { ArnEquals: { "aws:PrincipalArn": `arn:aws:iam::${A}:role/other` } },
            },
            {
                Effect: "Allow",
                Principal: { Federated: `arn:aws:iam::${A}:saml-provider/corp` },
                Action: "sts:AssumeRoleWithSAML",
            },
            {
                Effect: "Allow",
                Principal: { Federated: `arn:aws:iam::${A}:oidc-provider/${ISSUER}` },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: { StringLike: { [`${ISSUER}:sub`]: "system:serviceaccount:app:*" } },
            },
            { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" },
            { Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" },
            {
                Effect: "Allow",
                Principal: { Service: "pods.eks.amazonaws.com" },
                Action: ["sts:AssumeRole", "sts:TagSession"],
                Condition: {
                    StringEquals: {
                        "aws:RequestTag/eks-cluster-arn": `arn:aws:eks:${REGION}:${A}:cluster/c`,
                        "aws:RequestTag/kubernetes-namespace": "app",
                        "aws:RequestTag/kubernetes-service-account": "runner",
                    },
                },
            },
        ];
        const ea = run([roleRes("r", trust), roleRes("other", [irsaTrust("o", "o")])]);
        assert.deepEqual(
            becomers(ea, "r").map(b => b.split(" | ")[0]),
            [
                `ServiceAccount app/runner (IRSA, issuer ${ISSUER})`,
                "account 111111111111 (any identity its IAM policies allow)",
                "role other",
                "role other",
                `federated principal arn:aws:iam::${A}:saml-provider/corp`,
                `any token of OIDC issuer ${ISSUER} (sub only StringLike system:serviceaccount:app:*)`,
                "EC2 instances of account 111111111111",
                "service lambda.amazonaws.com",
                `ServiceAccount app/runner (EKS Pod Identity, cluster arn:aws:eks:${REGION}:${A}:cluster/c)`,
            ],
        );
    });

    it("a trust naming the account root admits the stack's identities of that account that may assume the role", () => {
        const ea = run([
            roleRes("r", [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${A}:root` }, Action: "sts:AssumeRole" }]),
            roleRes("caller", [irsaTrust()]),
            rolePolicy("caller", allow("sts:AssumeRole", `arn:aws:iam::${A}:role/r`)),
            roleRes("bystander", [irsaTrust("b", "b")]),
        ]);
        assert.deepEqual(
            becomers(ea, "r").map(b => b.split(" | ")[0]),
            ["account 111111111111 (any identity its IAM policies allow)", "role caller"],
        );
    });

    it("iam:PassRole to a role a service assumes, eks:CreatePodIdentityAssociation, iam:UpdateAssumeRolePolicy", () => {
        const ea = run([
            roleRes("svc", [
                {
                    Effect: "Allow",
                    Principal: { Service: "pods.eks.amazonaws.com" },
                    Action: ["sts:AssumeRole", "sts:TagSession"],
                },
            ]),
            roleRes("locked", [irsaTrust("x", "x")]),
            roleRes("runtime", [irsaTrust()]),
            rolePolicy(
                "runtime",
                allow(["iam:PassRole", "eks:CreatePodIdentityAssociation"], "*"),
                allow("iam:UpdateAssumeRolePolicy", `arn:aws:iam::${A}:role/locked`),
            ),
        ]);
        assert.ok(
            becomers(ea, "svc").some(b => /^role runtime \| eks:CreatePodIdentityAssociation \+ iam:PassRole/.test(b)),
        );
        assert.ok(becomers(ea, "locked").some(b => /^role runtime \| iam:UpdateAssumeRolePolicy/.test(b)));
    });
});

describe("engine: Kubernetes paths to a ServiceAccount", () => {
    const k8s = (type: string, name: string, props: object) =>
        res(`kubernetes:rbac.authorization.k8s.io/v1:${type}`, name, props);
    it("RBAC, EKS access entries and aws-auth reach the ServiceAccounts in their scope; node roles are every pod's", () => {
        const ea = run([
            roleRes("r", [irsaTrust()]),
            roleRes("node", [
                { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" },
            ]),
            k8s("Role", "exec", {
                metadata: { name: "exec", namespace: "app" },
                rules: [{ apiGroups: [""], resources: ["pods/exec"], verbs: ["create"] }],
            }),
            k8s("RoleBinding", "b", {
                metadata: { name: "b", namespace: "app" },
                roleRef: { kind: "Role", name: "exec" },
                subjects: [{ kind: "User", name: "dev" }],
            }),
            // Another namespace confines its pods (Pod Security enforce: restricted), so admin there reaches only
            // its own ServiceAccounts; without the label it would admit a privileged pod, which owns its node.
            res("kubernetes:core/v1:Namespace", "elsewhere", {
                metadata: { name: "elsewhere", labels: { "pod-security.kubernetes.io/enforce": "restricted" } },
            }),
            k8s("RoleBinding", "other-ns", {
                metadata: { name: "other-ns", namespace: "elsewhere" },
                roleRef: { kind: "ClusterRole", name: "admin" },
                subjects: [{ kind: "User", name: "far" }],
            }),
            res("aws:eks/accessPolicyAssociation:AccessPolicyAssociation", "apa", {
                principalArn: `arn:aws:iam::${A}:role/ops`,
                policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy",
                accessScope: { type: "namespace", namespaces: ["app"] },
            }),
            res("aws:eks/accessPolicyAssociation:AccessPolicyAssociation", "view", {
                principalArn: `arn:aws:iam::${A}:role/viewer`,
                policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy",
                accessScope: { type: "cluster" },
            }),
            res("kubernetes:core/v1:ConfigMap", "aws-auth", {
                metadata: { name: "aws-auth", namespace: "kube-system" },
                data: {
                    mapRoles: `- rolearn: arn:aws:iam::${A}:role/admin\n  username: admin\n  groups:\n    - system:masters\n- rolearn: arn:aws:iam::${A}:role/node\n  username: system:node:{{EC2PrivateDNSName}}\n  groups: [system:bootstrappers, system:nodes]\n`,
                },
            }),
        ]);
        const sa = [...ea.nodes.values()].find(n => n.kind === "irsa")!;
        assert.deepEqual(
            ea.becomersOf(sa).map(b => nodeLabel(b.from)),
            [
                "Kubernetes User dev",
                "arn:aws:iam::111111111111:role/ops (outside this stack)",
                "arn:aws:iam::111111111111:role/admin (outside this stack)",
            ],
        );
        assert.ok(
            becomers(ea, "node").some(b =>
                /^any pod \(every pod on the cluster's nodes, through instance metadata\) \| node role \(aws-auth mapRoles \(group system:nodes\)\)/.test(
                    b,
                ),
            ),
        );
    });

    it("reads aws-auth's YAML and JSON forms", () => {
        assert.deepEqual(parseAwsAuthMappings('[{"rolearn":"arn:aws:iam::1:role/a","groups":["g"]}]'), [
            { arn: "arn:aws:iam::1:role/a", username: undefined, groups: ["g"] },
        ]);
        assert.deepEqual(
            parseAwsAuthMappings("- userarn: arn:aws:iam::1:user/u\n  username: u\n  groups:\n  - system:masters\n"),
            [{ arn: "arn:aws:iam::1:user/u", username: "u", groups: ["system:masters"] }],
        );
        assert.equal(parseAwsAuthMappings("not: [a list"), undefined);
    });
});

describe("engine: unknowns and caching", () => {
    it("an unknown document is left out and noted; a known one is still read", () => {
        const ea = run([
            key(),
            roleRes("r", [irsaTrust()]),
            rolePolicy("r", allow("kms:Decrypt", KEY_ARN)),
            res("aws:iam/rolePolicy:RolePolicy", "unknown", { role: "r", policy: UNKNOWN }),
        ]);
        const r = ea.identities.find(i => isRole("r")(i.node))!;
        assert.equal(r.complete, false);
        assert.deepEqual(ea.unknown, ["RolePolicy unknown"]);
        assert.equal(accessOn(ea, isRole("r")).length, 1);
    });

    it("is computed once per AnalyzeStack: each policy's own proxied copy of the same resources hits the cache", () => {
        const resources = [key(), roleRes("r", [irsaTrust()]), rolePolicy("r", allow("kms:Decrypt", KEY_ARN))];
        const copy = () =>
            resources.map(r => ({ ...r, props: unknownCheckingProxy(JSON.parse(JSON.stringify(r.props))) }));
        const first = effectiveAccess(copy(), catalog);
        assert.equal(effectiveAccess(copy(), catalog), first);
        const changed = copy();
        changed[2] = {
            ...changed[2],
            props: unknownCheckingProxy({ role: "r", policy: doc(allow("kms:Encrypt", KEY_ARN)) }),
        };
        assert.notEqual(effectiveAccess(changed, catalog), first);
    });
});
