/**
 * Builders for red-team variants of the committed stacks: resources added through an existing resource's provider
 * (its account and region), IAM users and roles of the stack, Kubernetes RBAC objects.
 */
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { doc, resourceLike, Resources } from "./support";

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
): void {
    const like = r.find(x => x.type === ROLE && (roleName === undefined || x.name === roleName));
    if (!like) throw new Error(`no role ${roleName ?? ""} in the fixture`);
    next(r, like, type, name, inputs);
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
