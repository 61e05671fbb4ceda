/**
 * Builders for red-team variants of the committed stacks: resources added through an existing resource's provider
 * (its account and region), IAM users and roles of the stack, Kubernetes RBAC objects.
 */
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { doc, prop, resourceLike, Resources, setProp } from "./support";

const ROLE = "aws:iam/role:Role";
const USER = "aws:iam/user:User";
const USER_POLICY = "aws:iam/userPolicy:UserPolicy";
const SA = "kubernetes:core/v1:ServiceAccount";
const RBAC = "kubernetes:rbac.authorization.k8s.io/v1";

/** A role of the cluster account outside the stack (an SSO or CI role: who can assume it is unknown to the pack). */
export const outsideRole = (account: string, name = "platform-ops") => `arn:aws:iam::${account}:role/${name}`;

/** A resource through the provider of an existing resource (its account and region). */
export function next(
    r: Resources,
    like: AnalyzerResourceInput,
    type: string,
    name: string,
    inputs: Record<string, unknown>,
): AnalyzerResourceInput {
    const res = resourceLike(like, type, name, inputs);
    r.push(res);
    return res;
}

/** A resource through the provider of the stack's role `roleName` (or its first role). */
export function aws(
    r: Resources,
    type: string,
    name: string,
    inputs: Record<string, unknown>,
    roleName?: string,
): AnalyzerResourceInput {
    const like = r.find(x => x.type === ROLE && (roleName === undefined || x.name === roleName));
    if (!like) throw new Error(`no role ${roleName ?? ""} in the fixture`);
    return next(r, like, type, name, inputs);
}

/** A Kubernetes object through the stack's Kubernetes provider (the one its ServiceAccounts use). */
export function k8s(r: Resources, type: string, name: string, inputs: Record<string, unknown>): AnalyzerResourceInput {
    const like = r.find(x => x.type === SA);
    if (!like) throw new Error("no ServiceAccount in the fixture");
    return next(r, like, type, name, inputs);
}

/** A Namespace of the stack enforcing a Pod Security level. */
export function namespace(r: Resources, name: string, enforce = "restricted"): void {
    k8s(r, "kubernetes:core/v1:Namespace", `ns-${name}`, {
        apiVersion: "v1",
        kind: "Namespace",
        metadata: { name, labels: { "pod-security.kubernetes.io/enforce": enforce } },
    });
}

/** A ServiceAccount of the stack. */
export function serviceAccount(r: Resources, ns: string, name: string, annotations: Record<string, string> = {}): void {
    k8s(r, SA, `${ns}-${name}-sa`, {
        apiVersion: "v1",
        kind: "ServiceAccount",
        metadata: { name, namespace: ns, annotations },
    });
}

/** A ClusterRole or namespaced Role, its resource named after its scope (several of one name may coexist). */
export function rbacRole(r: Resources, name: string, rules: object[], namespace?: string): void {
    k8s(r, `${RBAC}:${namespace ? "Role" : "ClusterRole"}`, `${name}-${namespace ?? "cluster"}-role`, {
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: namespace ? "Role" : "ClusterRole",
        metadata: namespace ? { name, namespace } : { name },
        rules,
    });
}

/** A RoleBinding (namespace given) or ClusterRoleBinding of the role `name` to one ServiceAccount. */
export function bindSa(r: Resources, name: string, roleKind: string, saNs: string, saName: string, ns?: string): void {
    k8s(r, `${RBAC}:${ns ? "RoleBinding" : "ClusterRoleBinding"}`, `${name}-${ns ?? "cluster"}-binding`, {
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: ns ? "RoleBinding" : "ClusterRoleBinding",
        metadata: ns ? { name, namespace: ns } : { name },
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: roleKind, name },
        subjects: [{ kind: "ServiceAccount", name: saName, namespace: saNs }],
    });
}

/** An IAM user of the stack (in the account of `roleName`'s provider) with one inline UserPolicy. */
export function user(
    r: Resources,
    account: string,
    name: string,
    statements: object[],
    opts: { roleName?: string; tags?: Record<string, string> } = {},
): void {
    aws(
        r,
        USER,
        name,
        { name, arn: `arn:aws:iam::${account}:user/${name}`, ...(opts.tags ? { tags: opts.tags } : {}) },
        opts.roleName,
    );
    aws(
        r,
        USER_POLICY,
        `${name}-policy`,
        { user: name, name: `${name}-policy`, policy: doc(...statements) },
        opts.roleName,
    );
}

/** A role of the stack with this trust and one inline policy; returns its ARN. */
export function stackRole(
    r: Resources,
    account: string,
    name: string,
    trust: object,
    statements: object[],
    opts: { roleName?: string; tags?: Record<string, string> } = {},
): string {
    const arn = `arn:aws:iam::${account}:role/${name}`;
    aws(
        r,
        ROLE,
        name,
        {
            name,
            arn,
            assumeRolePolicy: doc(trust),
            inlinePolicies: [{ name: "p", policy: doc(...statements) }],
            ...(opts.tags ? { tags: opts.tags } : {}),
        },
        opts.roleName,
    );
    return arn;
}

/** A ClusterRole or namespaced Role with these rules. */
export function k8sRole(r: Resources, name: string, rules: object[], namespace?: string): void {
    k8s(r, `${RBAC}:${namespace ? "Role" : "ClusterRole"}`, `${name}-role`, {
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: namespace ? "Role" : "ClusterRole",
        metadata: namespace ? { name, namespace } : { name },
        rules,
    });
}

/** A RoleBinding (namespace given) or ClusterRoleBinding of a role to subjects. */
export function bind(
    r: Resources,
    name: string,
    roleRef: { kind: string; name: string },
    subjects: object[],
    ns?: string,
) {
    k8s(r, `${RBAC}:${ns ? "RoleBinding" : "ClusterRoleBinding"}`, `${name}-binding`, {
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: ns ? "RoleBinding" : "ClusterRoleBinding",
        metadata: ns ? { name, namespace: ns } : { name },
        roleRef: { apiGroup: "rbac.authorization.k8s.io", ...roleRef },
        subjects,
    });
}

/** A Role (namespace given) or ClusterRole `name` with `rules`, bound to `subjects`. */
export function roleFor(r: Resources, name: string, rules: object[], subjects: object[], ns?: string): void {
    k8sRole(r, name, rules, ns);
    bind(r, name, { kind: ns ? "Role" : "ClusterRole", name }, subjects, ns);
}

/** A ServiceAccount of the stack without annotations, its resource named `NS-NAME`. */
export function bareServiceAccount(r: Resources, ns: string, name: string): void {
    k8s(r, SA, `${ns}-${name}`, { apiVersion: "v1", kind: "ServiceAccount", metadata: { name, namespace: ns } });
}

export type Statement = Record<string, unknown>;

/** Edits a JSON policy document property in place (input and output). */
export function editDoc(r: AnalyzerResourceInput, key: string, edit: (d: { Statement: Statement[] }) => void): void {
    const d = JSON.parse(prop(r, key) as string) as { Statement: Statement[] };
    edit(d);
    setProp(r, key, JSON.stringify(d));
}

/** Adds a resource on the provider of `like`. */
export const add = (
    r: Resources,
    like: AnalyzerResourceInput,
    type: string,
    name: string,
    inputs: Record<string, unknown>,
) => r.push(resourceLike(like, type, name, inputs));

/** A role of the stack next to `like` (same provider and account), trusted as given, with one inline policy. */
export function roleBeside(
    r: Resources,
    like: AnalyzerResourceInput,
    account: string,
    name: string,
    trust: Statement,
    ...statements: object[]
): string {
    const arn = `arn:aws:iam::${account}:role/${name}`;
    add(r, like, ROLE, name, {
        name,
        arn,
        assumeRolePolicy: doc({ Effect: "Allow", Action: "sts:AssumeRole", ...trust }),
        ...(statements.length > 0 ? { inlinePolicies: [{ name: "p", policy: doc(...statements) }] } : {}),
    });
    return arn;
}

/** A role of the stack with these trust statements and an inline policy "access" (none if `statements` is empty). */
export function trustedRole(
    r: Resources,
    account: string,
    name: string,
    trust: object[],
    statements: object[],
    like?: string,
): string {
    const arn = `arn:aws:iam::${account}:role/${name}`;
    aws(
        r,
        ROLE,
        name,
        {
            name,
            arn,
            assumeRolePolicy: doc(...trust),
            ...(statements.length > 0 ? { inlinePolicies: [{ name: "access", policy: doc(...statements) }] } : {}),
        },
        like,
    );
    return arn;
}

/** A well-formed symmetric KMS key of the stack (rotation on, 30-day window, protected) with this policy. */
export function cmk(
    r: Resources,
    name: string,
    account: string,
    region: string,
    keyId: string,
    policy: object[],
    like?: string,
): string {
    const arn = `arn:aws:kms:${region}:${account}:key/${keyId}`;
    const key = aws(
        r,
        "aws:kms/key:Key",
        name,
        {
            description: name,
            keyId,
            arn,
            customerMasterKeySpec: "SYMMETRIC_DEFAULT",
            keyUsage: "ENCRYPT_DECRYPT",
            enableKeyRotation: true,
            deletionWindowInDays: 30,
            isEnabled: true,
            policy: doc(...policy),
        },
        like,
    );
    key.options = { protect: true, retainOnDelete: true };
    return arn;
}

/** The key policy statement delegating a key to the IAM policies of its account. */
export const rootDelegation = (account: string) => ({
    Sid: "EnableIAMDelegation",
    Effect: "Allow",
    Principal: { AWS: `arn:aws:iam::${account}:root` },
    Action: "kms:*",
    Resource: "*",
});

/** Pod Security Standards, Restricted, as uid/gid 10001. */
export const restricted = {
    runAsNonRoot: true,
    runAsUser: 10001,
    runAsGroup: 10001,
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
    capabilities: { drop: ["ALL"] },
    seccompProfile: { type: "RuntimeDefault" },
};

/** AWS's managed policies for EKS nodes. */
export const NODE_POLICIES = [
    "AmazonEKSWorkerNodePolicy",
    "AmazonEC2ContainerRegistryReadOnly",
    "AmazonSSMManagedInstanceCore",
].map(p => `arn:aws:iam::aws:policy/${p}`);

/** An EC2-only node role of the stack with AWS's node policies attached; returns its ARN. */
export function nodeRole(r: Resources, account: string, name: string): string {
    const arn = `arn:aws:iam::${account}:role/${name}`;
    const trust = { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" };
    aws(r, ROLE, name, { name, arn, assumeRolePolicy: doc(trust) });
    for (const p of NODE_POLICIES)
        aws(r, "aws:iam/rolePolicyAttachment:RolePolicyAttachment", `${name}-${p.split("/").pop()}`, {
            role: name,
            policyArn: p,
        });
    return arn;
}

/** Instance metadata closed to pods: IMDSv2 only, one hop. */
export const IMDS_SAFE = { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 };

/** A managed node group of the stack on its own launch template (closed instance metadata unless `extra` says otherwise). */
export function managedNodes(
    r: Resources,
    at: { account: string; cluster: string; amiType?: string },
    name: string,
    extra: Record<string, unknown> = {},
): void {
    const arn = nodeRole(r, at.account, name);
    aws(r, "aws:ec2/launchTemplate:LaunchTemplate", name, {
        name,
        id: `lt-${name}`,
        latestVersion: 1,
        defaultVersion: 1,
        metadataOptions: IMDS_SAFE,
        ...extra,
    });
    aws(r, "aws:eks/nodeGroup:NodeGroup", name, {
        clusterName: at.cluster,
        nodeGroupName: name,
        nodeRoleArn: arn,
        amiType: at.amiType ?? "AL2023_x86_64_STANDARD",
        subnetIds: ["subnet-0a1b2c3d4e5f60718"],
        scalingConfig: { desiredSize: 2, maxSize: 4, minSize: 2 },
        launchTemplate: { id: `lt-${name}`, version: "1" },
    });
}
