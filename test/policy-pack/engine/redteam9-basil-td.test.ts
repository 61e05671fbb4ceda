// Red-team round 9 (fresh eyes) on the basil stack (seed 004: the broker's runtime role, the provisioner role, the
// catalog keys under alias/basil/*, the provisioner's required request tags) and the trust-domain stack (seed 001: the
// Defakto key manager creating, using and retiring its own keys): shapes the earlier rounds did not try. ClusterRoles
// that join the built-in view role by an aggregation label (no binding in the stack), key-policy principals pinned
// through a service (kms:ViaService), a multi-Region replica of a catalog key, stack keys planted under alias/basil/*,
// an identity NotResource around the catalog keys, a Pod Identity trust pinning no cluster and a Pod Identity target
// chain to the provisioner, the runtime role registered as a node, RBAC through service-account groups, bind on a
// built-in role and EKS access-entry groups, and equivalent spellings a careful team writes (a bare account id in the
// delegation, case of condition keys, a role path, a KeyPolicy resource, narrowing conditions and guard Denies).
//
// Insecure variants the whole pack must refuse (with the refusing policy and its path message); secure variants
// (what a careful platform team does) it must accept. A case the pack gets wrong is `skip` with a comment starting
// "MISS:" (why, and the document checked). REDTEAM_ALL=1 runs them too; REDTEAM_SHOW=1 prints each refusal.
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { aws, bind, k8s, k8sRole, next, outsideRole } from "./variantBuilders";
import {
    addStatements,
    assertClean,
    assertRefused,
    doc,
    find,
    prop,
    Resources,
    runWholePack,
    setProp,
    stackResources,
} from "./support";

const BASIL = "111122223333";
const TD = "444444444444";
const ROLE = "aws:iam/role:Role";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const KEY = "aws:kms/key:Key";
const ALIAS = "aws:kms/alias:Alias";
const SA = "kubernetes:core/v1:ServiceAccount";
const RBAC = "kubernetes:rbac.authorization.k8s.io/v1";
const EFFECTIVE = "custody-effective-access";

const JWT = "basil-key-jwt-signing-primary";
const PAYLOAD = "basil-key-payload-aead";
const RUNTIME = `arn:aws:iam::${BASIL}:role/basil-agent`;
const TD_ROLE = `arn:aws:iam::${TD}:role/trust-domain-server`;
const TD_ISSUER = "oidc.eks.us-east-1.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: "rbac.authorization.k8s.io" };

const keyArn = (r: Resources, name: string) => prop(find(r, KEY, name), "arn") as string;
function keyStatements(r: Resources, name: string, ...statements: object[]): void {
    addStatements(find(r, KEY, name), "policy", ...statements);
}
function trustStatements(r: Resources, roleName: string, ...statements: object[]): void {
    addStatements(find(r, ROLE, roleName), "assumeRolePolicy", ...statements);
}
function rolePolicy(r: Resources, name: string, role: string, statements: object[], roleLike?: string): void {
    aws(r, ROLE_POLICY, name, { name, role, policy: doc(...statements) }, roleLike);
}
/** Edits the statements of a JSON policy property. */
function editDoc(r: AnalyzerResourceInput, key: string, edit: (statements: Record<string, any>[]) => void): void {
    const d = JSON.parse(prop(r, key) as string) as { Statement: Record<string, any>[] };
    edit(d.Statement);
    setProp(r, key, JSON.stringify(d));
}
/** A well-formed KMS key of the stack next to `like` (rotation on where it can, 30-day window). */
function newKey(
    r: Resources,
    like: AnalyzerResourceInput,
    name: string,
    arn: string,
    policy: string,
    extra: Record<string, unknown> = {},
): void {
    const keyId = arn.split("/").pop();
    next(r, like, KEY, name, {
        arn,
        keyId,
        keyUsage: "SIGN_VERIFY",
        customerMasterKeySpec: "ECC_NIST_P256",
        deletionWindowInDays: 30,
        policy,
        ...extra,
    });
}
const ROOT_DELEGATION = (account: string) => ({
    Sid: "EnableIAMDelegation",
    Effect: "Allow",
    Principal: { AWS: `arn:aws:iam::${account}:root` },
    Action: "kms:*",
    Resource: "*",
});
/** A ClusterRole of the stack with an aggregation label and no binding in the stack. */
function aggregatingClusterRole(r: Resources, name: string, into: string, rules: object[]): void {
    k8s(r, `${RBAC}:ClusterRole`, `${name}-role`, {
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "ClusterRole",
        metadata: { name, labels: { [`rbac.authorization.k8s.io/aggregate-to-${into}`]: "true" } },
        rules,
    });
}

type Case = {
    name: string;
    stack: "basil" | "trust-domain";
    preview?: boolean;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: string;
};

const insecure: Case[] = [
    // ---------------- basil
    // Was a MISS (fixed: engine/kubernetes.ts counts the outside holders of the built-in role a ClusterRole joins).
    // Insecure. Kubernetes "Using RBAC Authorization", "Aggregated ClusterRoles" and "User-facing roles": the
    // built-in view, edit and admin ClusterRoles carry an aggregationRule, and the controller adds to them the rules
    // of every ClusterRole labelled rbac.authorization.k8s.io/aggregate-to-<role>: "true" (the way Argo Rollouts and
    // Config Connector extend view). This ClusterRole, with no binding in the stack, gives every holder of view
    // (RoleBindings and ClusterRoleBindings made outside the stack: read-only groups, dashboards) create on
    // serviceaccounts/token, so a token for basil-bootstrap/basil-provisioner (and basil/basil-agent). The engine
    // reads aggregation only when a stack binding names view (kubernetes.ts `aggregatedInto`, checked: the same
    // ClusterRole plus a stack ClusterRoleBinding to view is refused); unlike a patched role or a system:/eks: role,
    // the outside holders of the built-in role it joins are not counted, so the whole pack is clean.
    {
        stack: "basil",
        name: "a ClusterRole labelled aggregate-to-view with create serviceaccounts/token (every holder of the built-in view role, bound outside the stack, can mint the provisioner's token)",
        edit: r =>
            aggregatingClusterRole(r, "basil-token-debug", "view", [
                { apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"] },
            ]),
        refused:
            /bindings of built-in ClusterRole view outside this stack, which ClusterRole basil-token-debug joins by aggregation/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: 'payload key policy: Decrypt for "*" pinned by kms:ViaService secretsmanager and kms:CallerAccount (every identity of the account, through Secrets Manager)',
        edit: r =>
            keyStatements(r, PAYLOAD, {
                Sid: "SecretsManagerUse",
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: ["kms:Decrypt", "kms:GenerateDataKey"],
                Resource: "*",
                Condition: {
                    StringEquals: {
                        "kms:ViaService": "secretsmanager.us-east-1.amazonaws.com",
                        "kms:CallerAccount": BASIL,
                    },
                },
            }),
        refused: /secretsmanager/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "a new stack signing key under alias/basil/jwt-signing-secondary whose policy lets an outside account Sign",
        edit: r => {
            const like = find(r, KEY, JWT);
            const arn = `arn:aws:kms:us-east-1:${BASIL}:key/0a1b2c3d-1111-4222-8333-944455556666`;
            newKey(
                r,
                like,
                "basil-key-jwt-signing-secondary",
                arn,
                doc(ROOT_DELEGATION(BASIL), {
                    Sid: "PartnerVerify",
                    Effect: "Allow",
                    Principal: { AWS: "arn:aws:iam::999999999999:root" },
                    Action: ["kms:Sign", "kms:GetPublicKey"],
                    Resource: "*",
                }),
            );
            next(r, like, ALIAS, "basil-key-jwt-signing-secondary-alias", {
                name: "alias/basil/jwt-signing-secondary",
                arn: `arn:aws:kms:us-east-1:${BASIL}:alias/basil/jwt-signing-secondary`,
                targetKeyId: arn.split("/").pop(),
                targetKeyArn: arn,
            });
        },
        refused: /999999999999/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "the jwt key made multi-Region and replicated to us-west-2 with a replica policy letting an outside account Sign",
        edit: r => {
            const jwt = find(r, KEY, JWT);
            setProp(jwt, "multiRegion", true);
            const id = "mrk-5056a9aa41084827a145824269cc73d3";
            setProp(jwt, "keyId", id);
            setProp(jwt, "arn", `arn:aws:kms:us-east-1:${BASIL}:key/${id}`);
            setProp(find(r, ALIAS, `${JWT}-alias`), "targetKeyId", id);
            editDoc(find(r, ROLE_POLICY, "basil-runtime-access"), "policy", s => {
                s[0].Resource[0] = `arn:aws:kms:us-east-1:${BASIL}:key/${id}`;
            });
            next(r, jwt, "aws:kms/replicaKey:ReplicaKey", "basil-jwt-replica-usw2", {
                primaryKeyArn: `arn:aws:kms:us-east-1:${BASIL}:key/${id}`,
                region: "us-west-2",
                arn: `arn:aws:kms:us-west-2:${BASIL}:key/${id}`,
                keyId: id,
                deletionWindowInDays: 30,
                policy: doc(ROOT_DELEGATION(BASIL), {
                    Sid: "PartnerSign",
                    Effect: "Allow",
                    Principal: { AWS: "arn:aws:iam::999999999999:root" },
                    Action: "kms:Sign",
                    Resource: "*",
                }),
            });
        },
        refused: /999999999999/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "runtime: Sign/Decrypt on NotResource [an unrelated key] with the alias/basil/* request-alias condition (every key anyone aliases there, any account)",
        edit: r =>
            editDoc(find(r, ROLE_POLICY, "basil-runtime-access"), "policy", s => {
                delete s[0].Resource;
                s[0].NotResource = `arn:aws:kms:us-east-1:${BASIL}:key/00000000-0000-0000-0000-000000000000`;
            }),
        refused: /on NotResource arn:aws:kms/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "runtime trust: a Pod Identity statement pinning namespace and ServiceAccount tags but no eks-cluster-arn (basil/basil-agent of any cluster of the account)",
        edit: r =>
            trustStatements(r, "basil-runtime", {
                Sid: "PodIdentity",
                Effect: "Allow",
                Principal: { Service: "pods.eks.amazonaws.com" },
                Action: ["sts:AssumeRole", "sts:TagSession"],
                Condition: {
                    StringEquals: {
                        "aws:RequestTag/kubernetes-namespace": "basil",
                        "aws:RequestTag/kubernetes-service-account": "basil-agent",
                    },
                },
            }),
        refused: /without StringEquals on aws:RequestTag\/eks-cluster-arn/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "an EKS access entry of type EC2_LINUX for the runtime role (broker pods act as a node and get the tokens of the bootstrap Job's pods)",
        edit: r =>
            aws(r, "aws:eks/accessEntry:AccessEntry", "basil-agent-node", {
                clusterName: "basil-cluster",
                principalArn: RUNTIME,
                type: "EC2_LINUX",
            }),
        refused: /EC2_LINUX/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "RBAC: create pods in basil-bootstrap for Group system:serviceaccounts:basil (the broker's ServiceAccount is a member)",
        edit: r => {
            k8sRole(
                r,
                "bootstrap-runner",
                [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }],
                "basil-bootstrap",
            );
            bind(
                r,
                "bootstrap-runner",
                { kind: "Role", name: "bootstrap-runner" },
                [{ kind: "Group", name: "system:serviceaccounts:basil", apiGroup: "rbac.authorization.k8s.io" }],
                "basil-bootstrap",
            );
        },
        refused: /system:serviceaccounts:basil/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "provisioner: CreateAlias on alias/basil/* with the key side as key/* of every region (a catalog alias name on a key in a region the model does not name)",
        edit: r =>
            editDoc(find(r, ROLE_POLICY, "basil-provisioner-access"), "policy", s => {
                const st = s.find(x => x.Sid === "BasilCreateAliases");
                st!.Resource = [`arn:aws:kms:*:${BASIL}:alias/basil/*`, `arn:aws:kms:*:${BASIL}:key/*`];
            }),
        refused: /kms:CreateAlias on arn:aws:kms:\*:111122223333:alias\/basil/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "a stack Lambda role (trusted by lambda.amazonaws.com, pinned by aws:SourceAccount) allowed kms:Sign by alias/basil/* on key/* of the account",
        edit: r => {
            const name = "basil-jwt-minter";
            aws(r, ROLE, name, {
                name,
                arn: `arn:aws:iam::${BASIL}:role/${name}`,
                assumeRolePolicy: doc({
                    Effect: "Allow",
                    Principal: { Service: "lambda.amazonaws.com" },
                    Action: "sts:AssumeRole",
                    Condition: { StringEquals: { "aws:SourceAccount": BASIL } },
                }),
            });
            rolePolicy(r, `${name}-access`, name, [
                {
                    Effect: "Allow",
                    Action: ["kms:Sign"],
                    Resource: `arn:aws:kms:us-east-1:${BASIL}:key/*`,
                    Condition: { "ForAnyValue:StringLike": { "kms:RequestAlias": "alias/basil/*" } },
                },
            ]);
        },
        refused: /basil-jwt-minter/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "the runtime's ServiceAccount in a stack Namespace basil labelled privileged, a RoleBinding letting platform-devs create pods in basil (privileged pod owns the node: every ServiceAccount)",
        edit: r => {
            k8s(r, "kubernetes:core/v1:Namespace", "basil-ns", {
                metadata: { name: "basil", labels: { "pod-security.kubernetes.io/enforce": "privileged" } },
            });
            k8sRole(
                r,
                "broker-ops",
                [{ apiGroups: ["apps"], resources: ["deployments"], verbs: ["create", "patch"] }],
                "basil",
            );
            bind(r, "broker-ops", { kind: "Role", name: "broker-ops" }, [DEVS], "basil");
        },
        refused: /platform-devs → RoleBinding broker-ops in basil/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "Pod Identity target chain: basil/basil-agent associated to a stack hop role whose targetRoleArn is the provisioner (the provisioner's trust names the hop)",
        edit: r => {
            const cluster = `arn:aws:eks:us-east-1:${BASIL}:cluster/basil-cluster`;
            const hop = "basil-pod-identity-hop";
            const hopArn = `arn:aws:iam::${BASIL}:role/${hop}`;
            const provisioner = `arn:aws:iam::${BASIL}:role/basil-provisioner`;
            aws(r, ROLE, hop, {
                name: hop,
                arn: hopArn,
                assumeRolePolicy: doc({
                    Effect: "Allow",
                    Principal: { Service: "pods.eks.amazonaws.com" },
                    Action: ["sts:AssumeRole", "sts:TagSession"],
                    Condition: {
                        StringEquals: {
                            "aws:RequestTag/eks-cluster-arn": cluster,
                            "aws:RequestTag/kubernetes-namespace": "basil",
                            "aws:RequestTag/kubernetes-service-account": "basil-agent",
                        },
                    },
                }),
                inlinePolicies: [
                    {
                        name: "chain",
                        policy: doc({
                            Effect: "Allow",
                            Action: ["sts:AssumeRole", "sts:TagSession"],
                            Resource: provisioner,
                        }),
                    },
                ],
            });
            trustStatements(r, "basil-provisioner", {
                Sid: "PodIdentityTarget",
                Effect: "Allow",
                Principal: { AWS: hopArn },
                Action: ["sts:AssumeRole", "sts:TagSession"],
            });
            aws(r, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "basil-agent-chain", {
                clusterName: "basil-cluster",
                namespace: "basil",
                serviceAccount: "basil-agent",
                roleArn: hopArn,
                targetRoleArn: provisioner,
            });
        },
        refused: /basil-pod-identity-hop/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "RBAC: platform-devs may create RoleBindings in basil-bootstrap and bind the built-in admin ClusterRole (resourceNames admin): they grant themselves pod creation there",
        edit: r => {
            k8sRole(
                r,
                "delegated-admin",
                [
                    { apiGroups: ["rbac.authorization.k8s.io"], resources: ["rolebindings"], verbs: ["create"] },
                    {
                        apiGroups: ["rbac.authorization.k8s.io"],
                        resources: ["clusterroles"],
                        resourceNames: ["admin"],
                        verbs: ["bind"],
                    },
                ],
                "basil-bootstrap",
            );
            bind(r, "delegated-admin", { kind: "Role", name: "delegated-admin" }, [DEVS], "basil-bootstrap");
        },
        refused: /platform-devs .*escalate\/bind clusterroles/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "provisioner: CreateKey's request-tag condition as ForAllValues:StringEquals (true when the request carries no such tag)",
        edit: r =>
            editDoc(find(r, ROLE_POLICY, "basil-provisioner-access"), "policy", s => {
                const st = s.find(x => x.Sid === "BasilCreateKeys");
                st!.Condition = { "ForAllValues:StringEquals": { "aws:RequestTag/basil-managed": "true" } };
            }),
        refused: /kms:CreateKey/,
        policy: EFFECTIVE,
    },
    // ---------------- trust-domain
    // Was a MISS (fixed as above). Insecure, same root cause as the basil case above (Kubernetes "Using RBAC Authorization", "Aggregated
    // ClusterRoles"): view does not include pods/exec ("User-facing roles": view allows no exec), the label adds
    // create/get pods/exec to every view holder bound outside the stack, in their bindings' namespaces (all of them for
    // a ClusterRoleBinding), so they run commands in spirl-server's pods and use its projected token. Whole pack clean.
    {
        stack: "trust-domain",
        name: "a ClusterRole labelled aggregate-to-view with create pods/exec (every holder of the built-in view role, bound outside the stack, execs into spirl-server's pods)",
        edit: r =>
            aggregatingClusterRole(r, "exec-debug", "view", [
                { apiGroups: [""], resources: ["pods/exec"], verbs: ["create", "get"] },
            ]),
        refused:
            /bindings of built-in ClusterRole view outside this stack, which ClusterRole exec-debug joins by aggregation/,
        policy: EFFECTIVE,
    },
    {
        stack: "trust-domain",
        name: "a stack alerts key whose policy lets the key manager Decrypt (a key of key/* of its account: Decrypt is not in the key manager's set)",
        edit: r => {
            const like = find(r, ROLE, "trust-domain-role");
            newKey(
                r,
                like,
                "td-alerts-cmk",
                `arn:aws:kms:us-east-1:${TD}:key/1c2d3e4f-5555-4666-8777-988899990000`,
                doc(ROOT_DELEGATION(TD), {
                    Sid: "ServerReadsAlerts",
                    Effect: "Allow",
                    Principal: { AWS: TD_ROLE },
                    Action: ["kms:Decrypt"],
                    Resource: "*",
                }),
                { keyUsage: "ENCRYPT_DECRYPT", customerMasterKeySpec: "SYMMETRIC_DEFAULT", enableKeyRotation: true },
            );
        },
        refused: /kms:Decrypt on key td-alerts-cmk/,
        policy: EFFECTIVE,
    },
    {
        stack: "trust-domain",
        name: "key manager trust: sts:AssumeRoleWithWebIdentity for the cluster issuer pinned by StringLike sub system:serviceaccount:spirl-system:spirl-serve? (one character wildcard)",
        edit: r =>
            editDoc(find(r, ROLE, "trust-domain-role"), "assumeRolePolicy", s => {
                s[0].Condition = {
                    StringLike: { [`${TD_ISSUER}:sub`]: "system:serviceaccount:spirl-system:spirl-serve?" },
                    StringEquals: { [`${TD_ISSUER}:aud`]: "sts.amazonaws.com" },
                };
            }),
        refused: /sub only StringLike system:serviceaccount:spirl-system:spirl-serve\?/,
        policy: EFFECTIVE,
    },
    {
        stack: "trust-domain",
        name: "RBAC: a RoleBinding in spirl-system for Group system:authenticated to a Role creating serviceaccounts/token limited by resourceNames spirl-server",
        edit: r => {
            k8sRole(
                r,
                "token-minter",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts/token"],
                        resourceNames: ["spirl-server"],
                        verbs: ["create"],
                    },
                ],
                "spirl-system",
            );
            bind(
                r,
                "token-minter",
                { kind: "Role", name: "token-minter" },
                [{ kind: "Group", name: "system:authenticated", apiGroup: "rbac.authorization.k8s.io" }],
                "spirl-system",
            );
        },
        refused: /system:authenticated/,
        policy: EFFECTIVE,
    },
    {
        stack: "trust-domain",
        name: "an aws-auth ConfigMap mapping an outside CI role to system:nodes (a node identity can fetch the tokens of pods on its node)",
        edit: r =>
            k8s(r, "kubernetes:core/v1:ConfigMap", "aws-auth", {
                metadata: { name: "aws-auth", namespace: "kube-system" },
                data: {
                    mapRoles: `- rolearn: ${outsideRole(TD, "ci-runner")}\n  username: system:node:{{EC2PrivateDNSName}}\n  groups:\n    - system:bootstrappers\n    - system:nodes\n`,
                },
            }),
        refused: /group system:nodes/,
        policy: EFFECTIVE,
    },
    {
        stack: "trust-domain",
        name: "EKS: an outside CI role's access entry maps it to Kubernetes group spirl-deployers, which a stack RoleBinding lets patch Deployments in spirl-system",
        edit: r => {
            const ci = outsideRole(TD, "ci-deployer");
            aws(r, "aws:eks/accessEntry:AccessEntry", "ci-deployer-entry", {
                clusterName: "identity-cluster",
                principalArn: ci,
                type: "STANDARD",
                kubernetesGroups: ["spirl-deployers"],
            });
            k8sRole(
                r,
                "spirl-deployer",
                [{ apiGroups: ["apps"], resources: ["deployments"], verbs: ["get", "patch", "update"] }],
                "spirl-system",
            );
            bind(
                r,
                "spirl-deployer",
                { kind: "Role", name: "spirl-deployer" },
                [{ kind: "Group", name: "spirl-deployers", apiGroup: "rbac.authorization.k8s.io" }],
                "spirl-system",
            );
        },
        refused: /Group spirl-deployers → RoleBinding spirl-deployer in spirl-system/,
        policy: EFFECTIVE,
    },
];

const secure: Case[] = [
    // Neighbour of the aggregation fix: operators extend view with read-only rules on their own resources.
    {
        stack: "basil",
        name: "a ClusterRole labelled aggregate-to-view with get/list/watch on a custom resource (read-only, as operators ship)",
        edit: r =>
            aggregatingClusterRole(r, "rollouts-view", "view", [
                { apiGroups: ["argoproj.io"], resources: ["rollouts"], verbs: ["get", "list", "watch"] },
            ]),
    },
    // ---------------- basil
    {
        stack: "basil",
        name: "catalog key policies' root delegation written with the bare account id (IAM reads it as the account root)",
        edit: r => {
            for (const k of [JWT, PAYLOAD])
                editDoc(find(r, KEY, k), "policy", s => {
                    s[0].Principal = { AWS: BASIL };
                });
        },
    },
    {
        stack: "basil",
        name: "runtime: the request-alias condition key written KMS:RequestAlias (condition key names are case-insensitive)",
        edit: r =>
            editDoc(find(r, ROLE_POLICY, "basil-runtime-access"), "policy", s => {
                s[0].Condition = { "ForAnyValue:StringLike": { "KMS:RequestAlias": "alias/basil/*" } };
            }),
    },
    {
        stack: "basil",
        name: "runtime role under the IAM path /custody/ (ARN and ServiceAccount annotation follow)",
        edit: r => {
            const role = find(r, ROLE, "basil-runtime");
            const arn = `arn:aws:iam::${BASIL}:role/custody/basil-agent`;
            setProp(role, "path", "/custody/");
            setProp(role, "arn", arn);
            const sa = find(r, SA, "basil-sa");
            const m = prop(sa, "metadata") as { annotations: Record<string, string> };
            setProp(sa, "metadata", { ...m, annotations: { ...m.annotations, "eks.amazonaws.com/role-arn": arn } });
        },
    },
    {
        stack: "basil",
        name: "the payload key's policy also managed by a separate aws.kms.KeyPolicy (same document)",
        edit: r => {
            const key = find(r, KEY, PAYLOAD);
            next(r, key, "aws:kms/keyPolicy:KeyPolicy", "basil-payload-policy", {
                keyId: prop(key, "keyId"),
                policy: prop(key, "policy"),
            });
        },
    },
    {
        stack: "basil",
        name: "provisioner: CreateAlias split, the key side limited to keys it tagged (aws:ResourceTag/basil-managed = true)",
        edit: r =>
            editDoc(find(r, ROLE_POLICY, "basil-provisioner-access"), "policy", s => {
                const i = s.findIndex(x => x.Sid === "BasilCreateAliases");
                s.splice(
                    i,
                    1,
                    {
                        Sid: "BasilCreateAliasName",
                        Effect: "Allow",
                        Action: "kms:CreateAlias",
                        Resource: `arn:aws:kms:us-east-1:${BASIL}:alias/basil/*`,
                    },
                    {
                        Sid: "BasilCreateAliasOnManagedKeys",
                        Effect: "Allow",
                        Action: "kms:CreateAlias",
                        Resource: `arn:aws:kms:us-east-1:${BASIL}:key/*`,
                        Condition: { StringEquals: { "aws:ResourceTag/basil-managed": "true" } },
                    },
                );
            }),
    },
    {
        stack: "basil",
        name: "runtime: a guard Deny of every KMS action outside the two catalog keys (NotResource)",
        edit: r => {
            const keys = [keyArn(r, JWT), keyArn(r, PAYLOAD)];
            addStatements(find(r, ROLE_POLICY, "basil-runtime-access"), "policy", {
                Sid: "OnlyCatalogKeys",
                Effect: "Deny",
                Action: "kms:*",
                NotResource: keys,
            });
        },
    },
    {
        stack: "basil",
        name: "Namespaces basil and basil-bootstrap enforce restricted, with a ValidatingAdmissionPolicy requiring runAsNonRoot in basil",
        edit: r => {
            for (const ns of ["basil", "basil-bootstrap"])
                k8s(r, "kubernetes:core/v1:Namespace", `${ns}-ns`, {
                    metadata: { name: ns, labels: { "pod-security.kubernetes.io/enforce": "restricted" } },
                });
            k8s(r, "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicy", "basil-nonroot", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingAdmissionPolicy",
                metadata: { name: "basil-nonroot" },
                spec: {
                    failurePolicy: "Fail",
                    matchConstraints: {
                        resourceRules: [
                            {
                                apiGroups: [""],
                                apiVersions: ["v1"],
                                operations: ["CREATE", "UPDATE"],
                                resources: ["pods"],
                            },
                        ],
                    },
                    validations: [{ expression: "object.spec.securityContext.runAsNonRoot == true" }],
                },
            });
            k8s(
                r,
                "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicyBinding",
                "basil-nonroot-binding",
                {
                    apiVersion: "admissionregistration.k8s.io/v1",
                    kind: "ValidatingAdmissionPolicyBinding",
                    metadata: { name: "basil-nonroot" },
                    spec: {
                        policyName: "basil-nonroot",
                        validationActions: ["Deny"],
                        matchResources: {
                            namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "basil" } },
                        },
                    },
                },
            );
        },
    },
    {
        stack: "basil",
        name: "RBAC: the broker's ServiceAccount may read ConfigMaps in its own namespace (its catalog configuration)",
        edit: r => {
            k8sRole(
                r,
                "broker-config",
                [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get", "list", "watch"] }],
                "basil",
            );
            bind(
                r,
                "broker-config",
                { kind: "Role", name: "broker-config" },
                [{ kind: "ServiceAccount", name: "basil-agent", namespace: "basil" }],
                "basil",
            );
        },
    },
    // ---------------- trust-domain
    {
        stack: "trust-domain",
        name: "key manager: Sign narrowed by kms:SigningAlgorithm and kms:MessageType (its own statement)",
        edit: r =>
            editDoc(find(r, ROLE_POLICY, "trust-domain-role-access"), "policy", s => {
                s[0].Action = s[0].Action.filter((a: string) => a !== "kms:Sign");
                s.push({
                    Sid: "TrustDomainSign",
                    Effect: "Allow",
                    Action: "kms:Sign",
                    Resource: "*",
                    Condition: {
                        StringEquals: { "kms:SigningAlgorithm": "ECDSA_SHA_256", "kms:MessageType": "DIGEST" },
                    },
                });
            }),
    },
    {
        stack: "trust-domain",
        name: "key manager: ScheduleKeyDeletion allowed only with a pending window of at least 30 days (NumericGreaterThanOrEquals)",
        edit: r =>
            editDoc(find(r, ROLE_POLICY, "trust-domain-role-access"), "policy", s => {
                s[0].Action = s[0].Action.filter((a: string) => a !== "kms:ScheduleKeyDeletion");
                s.push({
                    Sid: "TrustDomainRetire",
                    Effect: "Allow",
                    Action: "kms:ScheduleKeyDeletion",
                    Resource: "*",
                    Condition: { NumericGreaterThanOrEquals: { "kms:ScheduleKeyDeletionPendingWindowInDays": "30" } },
                });
            }),
    },
    {
        stack: "trust-domain",
        name: "Namespace spirl-system enforcing restricted, a PodDisruptionBudget and a default-deny NetworkPolicy",
        edit: r => {
            k8s(r, "kubernetes:core/v1:Namespace", "spirl-system-ns", {
                metadata: { name: "spirl-system", labels: { "pod-security.kubernetes.io/enforce": "restricted" } },
            });
            k8s(r, "kubernetes:policy/v1:PodDisruptionBudget", "spirl-server-pdb", {
                metadata: { name: "spirl-server", namespace: "spirl-system" },
                spec: { minAvailable: 1, selector: { matchLabels: { app: "spirl-server" } } },
            });
            k8s(r, "kubernetes:networking.k8s.io/v1:NetworkPolicy", "spirl-default-deny", {
                metadata: { name: "default-deny", namespace: "spirl-system" },
                spec: { podSelector: {}, policyTypes: ["Ingress"] },
            });
        },
    },
    {
        stack: "trust-domain",
        name: "key manager trust: Federated principal and aud written as one-element lists, sub pinned by StringEquals",
        edit: r =>
            editDoc(find(r, ROLE, "trust-domain-role"), "assumeRolePolicy", s => {
                s[0].Principal = { Federated: [s[0].Principal.Federated] };
                s[0].Action = ["sts:AssumeRoleWithWebIdentity"];
                s[0].Condition.StringEquals[`${TD_ISSUER}:aud`] = ["sts.amazonaws.com"];
            }),
    },
    {
        stack: "trust-domain",
        name: "key manager: CreateKey limited to keys carrying the configured tags (aws:RequestTag/team, cost-center) and TagResource to those tag keys",
        edit: r =>
            editDoc(find(r, ROLE_POLICY, "trust-domain-role-access"), "policy", s => {
                s[0].Action = s[0].Action.filter((a: string) => a !== "kms:CreateKey" && a !== "kms:TagResource");
                s.push(
                    {
                        Sid: "TrustDomainCreate",
                        Effect: "Allow",
                        Action: "kms:CreateKey",
                        Resource: "*",
                        Condition: {
                            StringEquals: { "aws:RequestTag/team": "identity", "aws:RequestTag/cost-center": "4711" },
                        },
                    },
                    {
                        Sid: "TrustDomainTag",
                        Effect: "Allow",
                        Action: "kms:TagResource",
                        Resource: `arn:aws:kms:us-east-1:${TD}:key/*`,
                        Condition: { "ForAllValues:StringLike": { "aws:TagKeys": ["team", "cost-center", "spirl*"] } },
                    },
                );
            }),
    },
];

const skipMisses = process.env.REDTEAM_ALL !== "1";

describe("allowlist: red-team round 9 (basil and trust-domain, fresh eyes)", () => {
    for (const c of insecure) {
        (c.skip && skipMisses ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            const hit = assertRefused(await runWholePack(c.stack, r), c.refused ?? /(?!)/, c.policy);
            if (process.env.REDTEAM_SHOW === "1") console.log(`      ${hit.policyName}: ${hit.message}`);
        });
    }
    for (const c of secure) {
        (c.skip && skipMisses ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            assertClean(await runWholePack(c.stack, r));
        });
    }
});
