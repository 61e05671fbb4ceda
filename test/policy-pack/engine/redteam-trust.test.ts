// Red team (trust): who can become each runtime role, on the committed stacks. Insecure variants must be
// refused; secure ones must pass the whole pack.
import { strict as assert } from "assert";
import {
    addStatements,
    assertClean,
    assertRefused,
    doc,
    find,
    resourceLike,
    Resources,
    runUnder,
    runWholePack,
    setProp,
    stackResources,
} from "./support";

const PRIMARY = "111111111111";
const ROLE = "aws:iam/role:Role";
const ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90";
const SA_SUB = "system:serviceaccount:validators:containment-chamber";
const SA = "kubernetes:core/v1:ServiceAccount";

const trust = (r: Resources, ...statements: object[]) =>
    addStatements(find(r, ROLE, "signer-role"), "assumeRolePolicy", ...statements);
const replaceTrust = (r: Resources, ...statements: object[]) =>
    setProp(find(r, ROLE, "signer-role"), "assumeRolePolicy", doc(...statements));
const k8s = (r: Resources, type: string, name: string, inputs: Record<string, unknown>) =>
    r.push(resourceLike(find(r, SA, "signer-sa"), type, name, inputs));
const binding = (r: Resources, roleRef: object, subjects: object[]) =>
    k8s(r, "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding", "rb", {
        metadata: { name: "rb", namespace: "validators" },
        roleRef: { apiGroup: "rbac.authorization.k8s.io", ...roleRef },
        subjects,
    });
const DEVS = { kind: "Group", name: "devs", apiGroup: "rbac.authorization.k8s.io" };

/** An insecure case names the refusal that proves it: the rule (`policy`) and its message (`refused`). */
type Case = { name: string; stack?: string; edit: (r: Resources) => void; refused?: RegExp; policy?: string };

const insecure: Case[] = [
    {
        name: "IRSA sub pinned with StringEqualsIfExists",
        edit: r =>
            replaceTrust(r, {
                Effect: "Allow",
                Principal: { Federated: `arn:aws:iam::${PRIMARY}:oidc-provider/${ISSUER}` },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: { StringEqualsIfExists: { [`${ISSUER}:sub`]: SA_SUB } },
            }),
        refused:
            /^role custody-prod-signer → .*reaching key alias\/custody-infra\/prod\/share-1: no workload of the custody model has this identity \(who can become it: any token of OIDC issuer oidc\.eks\.eu-west-1\.amazonaws\.com\/id\/A1B2C3D4E5F60718293A4B5C6D7E8F90 \(no StringEquals on oidc\.eks\.eu-west-1\.amazonaws\.com\/id\/A1B2C3D4E5F60718293A4B5C6D7E8F90:sub\) → sts:AssumeRoleWithWebIdentity \(trust statement 1 of custody-prod-signer/,
        policy: "custody-effective-access",
    },
    {
        name: "IRSA: only aud pinned",
        edit: r =>
            replaceTrust(r, {
                Effect: "Allow",
                Principal: { Federated: `arn:aws:iam::${PRIMARY}:oidc-provider/${ISSUER}` },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: { StringEquals: { [`${ISSUER}:aud`]: "sts.amazonaws.com" } },
            }),
        refused:
            /^role custody-prod-signer → .*reaching key alias\/custody-infra\/prod\/share-1: no workload of the custody model has this identity \(who can become it: any token of OIDC issuer oidc\.eks\.eu-west-1\.amazonaws\.com\/id\/A1B2C3D4E5F60718293A4B5C6D7E8F90 \(no StringEquals on oidc\.eks\.eu-west-1\.amazonaws\.com\/id\/A1B2C3D4E5F60718293A4B5C6D7E8F90:sub\) → sts:AssumeRoleWithWebIdentity \(trust statement 1 of custody-prod-signer/,
        policy: "custody-effective-access",
    },
    {
        name: "IRSA: the same subject from another cluster's issuer",
        edit: r =>
            trust(r, {
                Effect: "Allow",
                Principal: {
                    Federated: `arn:aws:iam::${PRIMARY}:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/EVIL`,
                },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: { StringEquals: { "oidc.eks.eu-west-1.amazonaws.com/id/EVIL:sub": SA_SUB } },
            }),
        refused:
            /^ServiceAccount validators\/containment-chamber \(IRSA, issuer oidc\.eks\.eu-west-1\.amazonaws\.com\/id\/EVIL\) → sts:AssumeRoleWithWebIdentity \(trust statement 2 of custody-prod-signer: web identity of oidc\.eks\.eu-west-1\.amazonaws\.com\/id\/EVIL, sub system:serviceaccount:validators:containment-chamber\) → role custody-prod-signer → kms:Decrypt, kms:Encrypt on key alias\/custody-infra\/prod\/share-1/,
        policy: "custody-effective-access",
    },
    {
        name: "IRSA: sub pinned to another ServiceAccount of the namespace",
        edit: r =>
            trust(r, {
                Effect: "Allow",
                Principal: { Federated: `arn:aws:iam::${PRIMARY}:oidc-provider/${ISSUER}` },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: { StringEquals: { [`${ISSUER}:sub`]: "system:serviceaccount:validators:default" } },
            }),
        refused:
            /^ServiceAccount validators\/default \(IRSA, issuer oidc\.eks\.eu-west-1\.amazonaws\.com\/id\/A1B2C3D4E5F60718293A4B5C6D7E8F90\) → sts:AssumeRoleWithWebIdentity \(trust statement 2 of custody-prod-signer: web identity of oidc\.eks\.eu-west-1\.amazonaws\.com\/id\/A1B2C3D4E5F60718293A4B5C6D7E8F90, sub system:serviceaccount:validators:default\) → role custody-prod-signer → kms:Decrypt, kms:Encrypt on key alias\/custody-infra\/prod\/share-1/,
        policy: "custody-effective-access",
    },
    {
        name: "trust: Cognito identity pool",
        edit: r =>
            trust(r, {
                Effect: "Allow",
                Principal: { Federated: "cognito-identity.amazonaws.com" },
                Action: "sts:AssumeRoleWithWebIdentity",
            }),
        refused:
            /^federated principal cognito-identity\.amazonaws\.com → sts:AssumeRoleWithWebIdentity \(trust statement 2 of custody-prod-signer: Federated cognito-identity\.amazonaws\.com\) → role custody-prod-signer → kms:Decrypt, kms:Encrypt on key alias\/custody-infra\/prod\/share-1/,
        policy: "custody-effective-access",
    },
    {
        name: "trust: NotAction sts:TagSession for a foreign account",
        edit: r => trust(r, { Effect: "Allow", Principal: { AWS: "444444444444" }, NotAction: "sts:TagSession" }),
        refused:
            /^account 444444444444 \(any identity its IAM policies allow\) → sts:AssumeRole \(trust statement 2 of custody-prod-signer: names arn:aws:iam::444444444444:root\) → role custody-prod-signer → kms:Decrypt, kms:Encrypt on key alias\/custody-infra\/prod\/share-1/,
        policy: "custody-effective-access",
    },
    {
        name: "trust: Allow + NotPrincipal",
        edit: r =>
            trust(r, {
                Effect: "Allow",
                NotPrincipal: { AWS: `arn:aws:iam::${PRIMARY}:root` },
                Action: "sts:AssumeRole",
            }),
        refused:
            /^anyone \(Allow with NotPrincipal\) → sts:AssumeRole \(trust statement 2 of custody-prod-signer: Allow with NotPrincipal\) → role custody-prod-signer → kms:Decrypt, kms:Encrypt on key alias\/custody-infra\/prod\/share-1/,
        policy: "custody-effective-access",
    },
    {
        name: 'trust: "*" with ArnEquals aws:PrincipalArn on a role wildcard (ArnEquals matches wildcards)',
        edit: r =>
            trust(r, {
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "sts:AssumeRole",
                Condition: { ArnEquals: { "aws:PrincipalArn": `arn:aws:iam::${PRIMARY}:role/*` } },
            }),
        // Round 25 (fix-aws25): ArnEquals with a wildcard is read as the ArnLike it behaves as (model/document.ts
        // operatorByMatch), so "*" so pinned is every identity of the account the pattern names, as for ArnLike
        // (redteam2-trust.test.ts), no longer a principal named by the pattern.
        refused:
            /^every identity of account 111111111111 \("\*" with aws:PrincipalArn like arn:aws:iam::111111111111:role\/\*\) → sts:AssumeRole \(trust statement 2 of custody-prod-signer: aws:PrincipalArn like arn:aws:iam::111111111111:role\/\*\) → role custody-prod-signer → kms:Decrypt, kms:Encrypt on key alias\/custody-infra\/prod\/share-1/,
        policy: "custody-effective-access",
    },
    {
        name: "trust: ec2.amazonaws.com",
        edit: r => trust(r, { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }),
        refused:
            /^EC2 instances of account 111111111111 → sts:AssumeRole \(trust statement 2 of custody-prod-signer: Service ec2\.amazonaws\.com\) → role custody-prod-signer → kms:Decrypt, kms:Encrypt on key alias\/custody-infra\/prod\/share-1/,
        policy: "custody-effective-access",
    },
    {
        name: "trust: lambda pinned by aws:SourceAccount",
        edit: r =>
            trust(r, {
                Effect: "Allow",
                Principal: { Service: "lambda.amazonaws.com" },
                Action: "sts:AssumeRole",
                Condition: { StringEquals: { "aws:SourceAccount": PRIMARY } },
            }),
        refused:
            /^service lambda\.amazonaws\.com for account 111111111111 → sts:AssumeRole \(trust statement 2 of custody-prod-signer: Service lambda\.amazonaws\.com\) → role custody-prod-signer → kms:Decrypt, kms:Encrypt on key alias\/custody-infra\/prod\/share-1/,
        policy: "custody-effective-access",
    },
    {
        name: "chain: signer may sts:AssumeRole a role outside the stack",
        edit: r =>
            addStatements(find(r, "aws:iam/rolePolicy:RolePolicy", "signer-role-access"), "policy", {
                Effect: "Allow",
                Action: "sts:AssumeRole",
                Resource: `arn:aws:iam::${PRIMARY}:role/ops-admin`,
            }),
        refused:
            /^role custody-prod-signer → statement #5 of RolePolicy custody-prod-signer-access allows sts:AssumeRole on arn:aws:iam::111111111111:role\/ops-admin: not in workload signer's allow entries/,
        policy: "custody-effective-access",
    },
    {
        name: "chain: signer may iam:PassRole a role outside the stack",
        edit: r =>
            addStatements(find(r, "aws:iam/rolePolicy:RolePolicy", "signer-role-access"), "policy", {
                Effect: "Allow",
                Action: ["iam:PassRole", "lambda:CreateFunction"],
                Resource: "*",
            }),
        refused:
            /^role custody-prod-signer → statement #5 of RolePolicy custody-prod-signer-access allows iam:PassRole, lambda:CreateFunction on \*: not in workload signer's allow entries/,
        policy: "custody-effective-access",
    },
    {
        name: "chain: sts:Assume* via NotResource",
        edit: r =>
            addStatements(find(r, "aws:iam/rolePolicy:RolePolicy", "signer-role-access"), "policy", {
                Effect: "Allow",
                Action: "sts:Assume*",
                NotResource: `arn:aws:iam::${PRIMARY}:role/custody-prod-signer`,
            }),
        refused:
            /^role custody-prod-signer → statement #5 of RolePolicy custody-prod-signer-access allows sts:AssumeRole, sts:AssumeRoleWithSAML, sts:AssumeRoleWithWebIdentity, sts:AssumeRoot on NotResource arn:aws:iam::111111111111:role\/custody-prod-signer: not in workload signer's allow entries/,
        policy: "custody-effective-access",
    },
    {
        name: "EKS access entry: an outside role in system:masters",
        edit: r =>
            r.push(
                resourceLike(find(r, ROLE, "signer-role"), "aws:eks/accessEntry:AccessEntry", "ops", {
                    clusterName: "prod-validators",
                    principalArn: `arn:aws:iam::${PRIMARY}:role/ops`,
                    kubernetesGroups: ["system:masters"],
                    type: "STANDARD",
                }),
            ),
        refused:
            /^arn:aws:iam::111111111111:role\/ops \(outside this stack\) → EKS access entry ops \(group system:masters\) → acts as ServiceAccount validators\/containment-chamber → .* → role custody-prod-signer → kms:Decrypt, kms:Encrypt on key alias\/custody-infra\/prod\/share-1/,
        policy: "custody-effective-access",
    },
    {
        name: "EKS access policy: AmazonEKSEditPolicy on the validators namespace for an outside role",
        edit: r =>
            r.push(
                resourceLike(
                    find(r, ROLE, "signer-role"),
                    "aws:eks/accessPolicyAssociation:AccessPolicyAssociation",
                    "ops-edit",
                    {
                        clusterName: "prod-validators",
                        principalArn: `arn:aws:iam::${PRIMARY}:role/ops`,
                        policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy",
                        accessScope: { type: "namespace", namespaces: ["validators"] },
                    },
                ),
            ),
        refused:
            /^arn:aws:iam::111111111111:role\/ops \(outside this stack\) → EKS access policy association ops-edit \(EKS access policy AmazonEKSEditPolicy, scope validators\) → acts as ServiceAccount validators\/containment-chamber → .* → role custody-prod-signer → kms:Decrypt, kms:Encrypt on key alias\/custody-infra\/prod\/share-1/,
        policy: "custody-effective-access",
    },
    {
        name: "aws-auth: an outside role mapped to system:masters (ConfigMapPatch)",
        edit: r =>
            k8s(r, "kubernetes:core/v1:ConfigMapPatch", "aws-auth", {
                metadata: { name: "aws-auth", namespace: "kube-system" },
                data: {
                    mapRoles: `- rolearn: arn:aws:iam::${PRIMARY}:role/ops\n  username: ops\n  groups:\n    - system:masters\n`,
                },
            }),
        refused:
            /^arn:aws:iam::111111111111:role\/ops \(outside this stack\) → aws-auth mapRoles \(group system:masters\) → acts as ServiceAccount validators\/containment-chamber → .* → role custody-prod-signer → kms:Decrypt, kms:Encrypt on key alias\/custody-infra\/prod\/share-1/,
        policy: "custody-effective-access",
    },
    {
        name: "RBAC: built-in edit bound to a group in the validators namespace",
        edit: r => binding(r, { kind: "ClusterRole", name: "edit" }, [DEVS]),
        refused:
            /^Kubernetes Group devs → RoleBinding rb in validators → ClusterRole edit \(built-in ClusterRole edit \(creates workloads\)\) → acts as ServiceAccount validators\/containment-chamber → .* → role custody-prod-signer → kms:Decrypt, kms:Encrypt on key alias\/custody-infra\/prod\/share-1/,
        policy: "custody-effective-access",
    },
    {
        name: "RBAC: Role with create on */token (RBAC's */subresource form)",
        edit: r => {
            k8s(r, "kubernetes:rbac.authorization.k8s.io/v1:Role", "minter", {
                metadata: { name: "minter", namespace: "validators" },
                rules: [{ apiGroups: [""], resources: ["*/token"], verbs: ["create"] }],
            });
            binding(r, { kind: "Role", name: "minter" }, [DEVS]);
        },
        refused:
            /^Kubernetes Group devs → RoleBinding rb in validators → Role minter \(create serviceaccounts\/token\) → acts as ServiceAccount validators\/containment-chamber → .* → role custody-prod-signer → kms:Decrypt, kms:Encrypt on key alias\/custody-infra\/prod\/share-1/,
        policy: "custody-effective-access",
    },
    {
        name: "RBAC: Role with create on */exec",
        edit: r => {
            k8s(r, "kubernetes:rbac.authorization.k8s.io/v1:Role", "execer", {
                metadata: { name: "execer", namespace: "validators" },
                rules: [{ apiGroups: [""], resources: ["*/exec"], verbs: ["create"] }],
            });
            binding(r, { kind: "Role", name: "execer" }, [DEVS]);
        },
        refused:
            /^Kubernetes Group devs → RoleBinding rb in validators → Role execer \(create \*\/exec\) → acts as ServiceAccount validators\/containment-chamber → .* → role custody-prod-signer → kms:Decrypt, kms:Encrypt on key alias\/custody-infra\/prod\/share-1/,
        policy: "custody-effective-access",
    },
    {
        name: "RBAC: an aggregated ClusterRole selecting the admin aggregation label",
        edit: r => {
            k8s(r, "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole", "agg", {
                metadata: { name: "agg" },
                aggregationRule: {
                    clusterRoleSelectors: [{ matchLabels: { "rbac.authorization.k8s.io/aggregate-to-admin": "true" } }],
                },
            });
            binding(r, { kind: "ClusterRole", name: "agg" }, [DEVS]);
        },
        refused:
            /^Kubernetes Group devs → RoleBinding rb in validators → ClusterRole agg \(aggregated ClusterRole: its rules come from every ClusterRole its selectors match\) → acts as ServiceAccount validators\/containment-chamber → .* → role custody-prod-signer → kms:Decrypt, kms:Encrypt on key alias\/custody-infra\/prod\/share-1/,
        policy: "custody-effective-access",
    },
    {
        name: "RBAC: a ClusterRole aggregated into the built-in view, which a group holds",
        edit: r => {
            k8s(r, "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole", "view-exec", {
                metadata: { name: "view-exec", labels: { "rbac.authorization.k8s.io/aggregate-to-view": "true" } },
                rules: [{ apiGroups: [""], resources: ["pods/exec"], verbs: ["create"] }],
            });
            binding(r, { kind: "ClusterRole", name: "view" }, [DEVS]);
        },
        refused:
            /^Kubernetes Group devs → RoleBinding rb in validators → ClusterRole view \(built-in ClusterRole view, which ClusterRole view-exec joins by aggregation\) → acts as ServiceAccount validators\/containment-chamber → .* → role custody-prod-signer → kms:Decrypt, kms:Encrypt on key alias\/custody-infra\/prod\/share-1/,
        policy: "custody-effective-access",
    },
    {
        name: "RBAC: nodes/proxy get (kubelet exec over websocket)",
        edit: r => {
            k8s(r, "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole", "np", {
                metadata: { name: "np" },
                rules: [{ apiGroups: [""], resources: ["nodes/proxy"], verbs: ["get"] }],
            });
            k8s(r, "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding", "np", {
                metadata: { name: "np" },
                roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "np" },
                subjects: [DEVS],
            });
        },
        refused:
            /^Kubernetes Group devs → ClusterRoleBinding np → ClusterRole np \(nodes\/proxy \(the kubelet API execs into any pod of the node\)\) → acts as ServiceAccount validators\/containment-chamber → .* → role custody-prod-signer → kms:Decrypt, kms:Encrypt on key alias\/custody-infra\/prod\/share-1/,
        policy: "custody-effective-access",
    },
    {
        name: "pod identity: cluster pin names another cluster",
        stack: "pod-identity",
        edit: r =>
            trust(r, {
                Effect: "Allow",
                Principal: { Service: "pods.eks.amazonaws.com" },
                Action: ["sts:AssumeRole", "sts:TagSession"],
                Condition: {
                    StringEquals: {
                        "aws:RequestTag/eks-cluster-arn": `arn:aws:eks:eu-west-1:${PRIMARY}:cluster/sandbox`,
                        "aws:RequestTag/kubernetes-namespace": "validators",
                        "aws:RequestTag/kubernetes-service-account": "containment-chamber",
                    },
                },
            }),
        refused:
            /^ServiceAccount validators\/containment-chamber \(EKS Pod Identity, cluster arn:aws:eks:eu-west-1:111111111111:cluster\/sandbox\) → sts:AssumeRole \(trust statement 2 of custody-pod-identity-signer: pods\.eks\.amazonaws\.com pinned by session tags\) → role custody-pod-identity-signer → kms:Decrypt, kms:Encrypt on key alias\/custody-infra\/pod-identity\/share-1/,
        policy: "custody-effective-access",
    },
    {
        name: "pod identity: pins in ForAllValues:StringEquals",
        stack: "pod-identity",
        edit: r =>
            trust(r, {
                Effect: "Allow",
                Principal: { Service: "pods.eks.amazonaws.com" },
                Action: ["sts:AssumeRole", "sts:TagSession"],
                Condition: {
                    "ForAllValues:StringEquals": {
                        "aws:RequestTag/eks-cluster-arn": `arn:aws:eks:eu-west-1:${PRIMARY}:cluster/prod-validators`,
                        "aws:RequestTag/kubernetes-namespace": "validators",
                        "aws:RequestTag/kubernetes-service-account": "containment-chamber",
                    },
                },
            }),
        refused:
            /^any pod \(pods\.eks\.amazonaws\.com without StringEquals on aws:RequestTag\/eks-cluster-arn, aws:RequestTag\/kubernetes-namespace, aws:RequestTag\/kubernetes-service-account: any pod of any cluster of account 111111111111\) → sts:AssumeRole \(trust statement 2 of custody-pod-identity-signer: Service pods\.eks\.amazonaws\.com\) → role custody-pod-identity-signer → kms:Decrypt, kms:Encrypt on key alias\/custody-infra\/pod-identity\/share-1/,
        policy: "custody-effective-access",
    },
];

const secure: Case[] = [
    {
        name: "IRSA sub pinned with StringLike and no wildcard (matches exactly what StringEquals matches)",
        edit: r =>
            replaceTrust(r, {
                Effect: "Allow",
                Principal: { Federated: `arn:aws:iam::${PRIMARY}:oidc-provider/${ISSUER}` },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringLike: { [`${ISSUER}:sub`]: SA_SUB },
                    StringEquals: { [`${ISSUER}:aud`]: "sts.amazonaws.com" },
                },
            }),
    },
    {
        name: "IRSA condition key in upper case (condition keys are case-insensitive)",
        edit: r =>
            replaceTrust(r, {
                Effect: "Allow",
                Principal: { Federated: `arn:aws:iam::${PRIMARY}:oidc-provider/${ISSUER}` },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringEquals: { [`${ISSUER.toUpperCase()}:SUB`]: SA_SUB, [`${ISSUER}:aud`]: "sts.amazonaws.com" },
                },
            }),
    },
    {
        name: "trust: an extra Deny for everyone",
        edit: r => trust(r, { Effect: "Deny", Principal: { AWS: "*" }, Action: "sts:AssumeRole" }),
    },
    {
        name: "RBAC: built-in view bound to a group in validators",
        edit: r => binding(r, { kind: "ClusterRole", name: "view" }, [DEVS]),
    },
    {
        name: "RBAC: a Role reading pod logs in validators",
        edit: r => {
            k8s(r, "kubernetes:rbac.authorization.k8s.io/v1:Role", "logs", {
                metadata: { name: "logs", namespace: "validators" },
                rules: [{ apiGroups: [""], resources: ["pods", "pods/log"], verbs: ["get", "list", "watch"] }],
            });
            binding(r, { kind: "Role", name: "logs" }, [DEVS]);
        },
    },
];

describe("allowlist red team (trust): insecure variants are refused", () => {
    for (const c of insecure) {
        it(c.name, async () => {
            const stack = c.stack ?? "prod";
            const r = await stackResources(stack);
            c.edit(r);
            assert.ok(c.refused && c.policy, "an insecure case names its refusal (refused and policy)");
            assertRefused(await runUnder(stack, r), c.refused, c.policy);
        });
    }
});

describe("allowlist red team (trust): secure variants pass the whole pack", () => {
    for (const c of secure) {
        it(c.name, async () => {
            const stack = c.stack ?? "prod";
            const r = await stackResources(stack);
            c.edit(r);
            assertClean(await runWholePack(stack, r));
        });
    }
});
