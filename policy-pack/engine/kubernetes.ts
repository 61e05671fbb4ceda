/**
 * Who can act as a ServiceAccount inside the cluster, from what the stack declares: Kubernetes RBAC (Role,
 * ClusterRole and their bindings), EKS access entries with their access policies, and the `aws-auth` ConfigMap.
 * Whoever may mint a token for a ServiceAccount, run or exec into a pod in its namespace, impersonate, or
 * escalate RBAC can become that ServiceAccount, and so every IAM role its IRSA or Pod Identity trust admits.
 *
 * Kubernetes docs, "Using RBAC Authorization" (escalate/bind, impersonate) and "Service Accounts" (TokenRequest
 * is `create` on `serviceaccounts/token`); "RBAC Good Practices" (workload creation and exec run as any
 * ServiceAccount of the namespace; reading Secrets reveals legacy token Secrets). EKS user guide, "Review access
 * policy permissions" (AmazonEKSClusterAdminPolicy, AmazonEKSAdminPolicy, AmazonEKSEditPolicy create workloads;
 * AmazonEKSViewPolicy does not) and "Grant IAM users and roles access to Kubernetes APIs" (aws-auth, system:masters,
 * system:nodes).
 */
import type { StackResource } from "../model/resources";
import type { PrincipalNode } from "./principals";
import { isUnknown, str, strList } from "./raw";

export const K8S_TYPES = {
    role: "kubernetes:rbac.authorization.k8s.io/v1:Role",
    clusterRole: "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole",
    roleBinding: "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding",
    clusterRoleBinding: "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding",
    configMap: "kubernetes:core/v1:ConfigMap",
    configMapPatch: "kubernetes:core/v1:ConfigMapPatch",
    accessEntry: "aws:eks/accessEntry:AccessEntry",
    accessPolicyAssociation: "aws:eks/accessPolicyAssociation:AccessPolicyAssociation",
} as const;

/** Namespaces (or every namespace) and, optionally, the only ServiceAccount names a power reaches. */
export interface SaScope {
    namespaces: "*" | string[];
    names?: string[];
}

/** `actor` can act as every ServiceAccount in `scope`, because of `via`. */
export interface SaPower {
    actor: PrincipalNode;
    scope: SaScope;
    via: string;
    urn: string;
}

/** `actor` is a member of Kubernetes group/user `subject` (an access entry or aws-auth mapping). */
export interface K8sMembership {
    actor: PrincipalNode;
    subject: PrincipalNode;
    via: string;
    urn: string;
}

export interface KubernetesView {
    powers: SaPower[];
    memberships: K8sMembership[];
    /** Roles that are node roles of a cluster (every pod on the node reaches them through instance metadata). */
    nodeRoles: { principal: string; via: string; urn: string }[];
    /** What could not be read (unknown during preview). */
    unknown: string[];
}

interface Rule {
    apiGroups: string[];
    resources: string[];
    verbs: string[];
    resourceNames: string[];
}

const WORKLOAD_RESOURCES = new Set([
    "pods",
    "pods/exec",
    "pods/attach",
    "pods/ephemeralcontainers",
    "deployments",
    "replicasets",
    "statefulsets",
    "daemonsets",
    "jobs",
    "cronjobs",
    "replicationcontrollers",
]);
const WORKLOAD_VERBS = new Set(["create", "update", "patch", "*"]);

function rulesOf(r: StackResource): Rule[] | "unknown" {
    const raw = r.props.rules;
    if (raw === undefined || raw === null) return [];
    if (isUnknown(raw) || !Array.isArray(raw)) return "unknown";
    const out: Rule[] = [];
    for (const rule of raw) {
        const lists = ["apiGroups", "resources", "verbs", "resourceNames"].map(k => strList(rule, k));
        if (lists.some(l => l.unknown)) return "unknown";
        out.push({
            apiGroups: lists[0].values,
            resources: lists[1].values,
            verbs: lists[2].values.map(v => v.toLowerCase()),
            resourceNames: lists[3].values,
        });
    }
    return out;
}

/**
 * Whether a rule's resource entry covers `target` (`resource` or `resource/subresource`): RBAC also matches
 * `*` and `*\/subresource` (Kubernetes, plugin/pkg/auth/authorizer/rbac `ResourceMatches`).
 */
function resourceCovers(entry: string, target: string): boolean {
    if (entry === "*" || entry === target) return true;
    return entry.startsWith("*/") && target.includes("/") && target.endsWith(entry.slice(1));
}

/** What a rule set lets its holder do to ServiceAccounts of the namespaces it applies to, or undefined. */
function saPowerOfRules(rules: Rule[]): { reason: string; names?: string[] } | undefined {
    for (const rule of rules) {
        const groups = rule.apiGroups;
        const core = groups.includes("") || groups.includes("*");
        const anyGroup = groups.length > 0;
        const verbs = new Set(rule.verbs);
        const has = (v: string) => verbs.has(v) || verbs.has("*");
        const resources = rule.resources;
        const anyResource = resources.includes("*");
        if (
            core &&
            has("create") &&
            resources.some(x => resourceCovers(x, "serviceaccounts/token") || x === "serviceaccounts/*")
        ) {
            return {
                reason: "create serviceaccounts/token",
                names: rule.resourceNames.length > 0 && !anyResource ? rule.resourceNames : undefined,
            };
        }
        if (
            anyGroup &&
            [...verbs].some(v => WORKLOAD_VERBS.has(v)) &&
            resources.some(x => [...WORKLOAD_RESOURCES].some(w => resourceCovers(x, w)))
        ) {
            return {
                reason: `${[...verbs].join("/")} ${resources.filter(x => [...WORKLOAD_RESOURCES].some(w => resourceCovers(x, w))).join(", ")}`,
            };
        }
        // RBAC Good Practices, "Escalation paths: Access to proxy subresource of Nodes": the kubelet API runs
        // commands in every pod of the node (a websocket exec needs only `get`).
        if (core && (has("get") || has("create")) && resources.some(x => resourceCovers(x, "nodes/proxy"))) {
            return { reason: "nodes/proxy (the kubelet API execs into any pod of the node)" };
        }
        if (has("impersonate")) return { reason: `impersonate ${resources.join(", ")}` };
        if (has("escalate") || has("bind")) return { reason: `escalate/bind ${resources.join(", ")}` };
        if (core && (has("get") || has("list") || has("watch")) && (anyResource || resources.includes("secrets"))) {
            return { reason: "read secrets (legacy ServiceAccount token Secrets)" };
        }
    }
    return undefined;
}

/** Built-in ClusterRoles (Kubernetes "User-facing roles"): which let their holder run pods or mint tokens. */
const BUILT_IN_CLUSTER_ROLES: Record<string, string | undefined> = {
    "cluster-admin": "built-in ClusterRole cluster-admin",
    admin: "built-in ClusterRole admin (creates workloads)",
    edit: "built-in ClusterRole edit (creates workloads)",
    view: undefined,
};

/** EKS access policies (EKS user guide, "Review access policy permissions"); unknown ones count as admin. */
function accessPolicyPower(policyArn: string): string | undefined {
    const name = policyArn.split("/").pop() ?? policyArn;
    if (name === "AmazonEKSViewPolicy") return undefined;
    return `EKS access policy ${name}`;
}

function meta(r: StackResource): { name?: string; namespace?: string } {
    const m = r.props.metadata;
    return { name: str(m, "name"), namespace: str(m, "namespace") };
}

/** The few shapes aws-auth's mapRoles/mapUsers take: a YAML list of maps (or JSON). Undefined when unreadable. */
export function parseAwsAuthMappings(text: string): { arn: string; username?: string; groups: string[] }[] | undefined {
    const trimmed = text.trim();
    if (trimmed === "") return [];
    if (trimmed.startsWith("[")) {
        try {
            const list = JSON.parse(trimmed) as unknown;
            if (!Array.isArray(list)) return undefined;
            return list.map(e => ({
                arn: String((e as Record<string, unknown>).rolearn ?? (e as Record<string, unknown>).userarn ?? ""),
                username: str(e, "username"),
                groups: strList(e, "groups").values,
            }));
        } catch {
            // A malformed JSON list is unreadable; the caller treats every ARN in the text as an admin.
            return undefined;
        }
    }
    const out: { arn: string; username?: string; groups: string[] }[] = [];
    let current: { arn: string; username?: string; groups: string[] } | undefined;
    let inGroups = false;
    const unquote = (v: string) => v.trim().replace(/^["']|["']$/g, "");
    for (const rawLine of trimmed.split("\n")) {
        const line = rawLine.replace(/\s+#.*$/, "");
        if (line.trim() === "") continue;
        const item = /^(\s*)-\s+(.*)$/.exec(line);
        const kv = (s: string) => /^([A-Za-z]+):\s*(.*)$/.exec(s.trim());
        if (item && (item[1].length === 0 || !inGroups)) {
            current = { arn: "", groups: [] };
            out.push(current);
            inGroups = false;
            const m = kv(item[2]);
            if (!m) return undefined;
            if (/^(role|user)arn$/i.test(m[1])) current.arn = unquote(m[2]);
            else if (m[1] === "username") current.username = unquote(m[2]);
            continue;
        }
        if (!current) return undefined;
        if (item && inGroups) {
            current.groups.push(unquote(item[2]));
            continue;
        }
        const m = kv(line);
        if (!m) return undefined;
        inGroups = false;
        if (/^(role|user)arn$/i.test(m[1])) current.arn = unquote(m[2]);
        else if (m[1] === "username") current.username = unquote(m[2]);
        else if (m[1] === "groups") {
            const inline = m[2].trim();
            if (inline.startsWith("[")) {
                current.groups.push(
                    ...inline
                        .slice(1, -1)
                        .split(",")
                        .map(unquote)
                        .filter(g => g !== ""),
                );
            } else if (inline === "") {
                inGroups = true;
            } else return undefined;
        }
    }
    return out.every(e => e.arn !== "") ? out : undefined;
}

/**
 * Reads the stack's Kubernetes and EKS access declarations. `principal` resolves an AWS principal ARN to a node;
 * `k8s` gives the node of a Kubernetes subject.
 */
export function readKubernetes(
    resources: readonly StackResource[],
    principal: (arn: string) => PrincipalNode,
    k8s: (kind: "User" | "Group" | "ServiceAccount", name: string, namespace?: string) => PrincipalNode,
): KubernetesView {
    const view: KubernetesView = { powers: [], memberships: [], nodeRoles: [], unknown: [] };
    const roles = new Map<string, { rules: Rule[] | "unknown"; label: string; aggregated: boolean }>();
    /** Built-in ClusterRoles that a stack ClusterRole with power joins through an `aggregate-to-<name>` label. */
    const aggregatedInto = new Map<string, string>();
    for (const r of resources) {
        if (r.type !== K8S_TYPES.role && r.type !== K8S_TYPES.clusterRole) continue;
        const m = meta(r);
        // Kubernetes "Using RBAC Authorization", "Aggregated ClusterRoles": the controller fills the rules of a
        // ClusterRole with an aggregationRule from every ClusterRole whose labels match, including built-in ones.
        const aggregated = r.type === K8S_TYPES.clusterRole && r.props.aggregationRule != null;
        const rules = rulesOf(r);
        const labels = (r.props.metadata as { labels?: Record<string, unknown> } | undefined)?.labels ?? {};
        if (r.type === K8S_TYPES.clusterRole && rules !== "unknown" && saPowerOfRules(rules)) {
            for (const [label, value] of Object.entries(labels)) {
                const hit = /^rbac\.authorization\.k8s\.io\/aggregate-to-(.+)$/.exec(label);
                if (hit && String(value) === "true") aggregatedInto.set(hit[1], m.name ?? r.name);
            }
        }
        const key =
            r.type === K8S_TYPES.role
                ? `Role:${m.namespace ?? ""}:${m.name ?? r.name}`
                : `ClusterRole:${m.name ?? r.name}`;
        roles.set(key, {
            rules,
            aggregated,
            label: `${r.type === K8S_TYPES.role ? "Role" : "ClusterRole"} ${m.name ?? r.name}`,
        });
    }
    const everything: SaScope = { namespaces: "*" };

    for (const r of resources) {
        if (r.type !== K8S_TYPES.roleBinding && r.type !== K8S_TYPES.clusterRoleBinding) continue;
        const m = meta(r);
        const clusterWide = r.type === K8S_TYPES.clusterRoleBinding;
        const refKind = str(r.props.roleRef, "kind");
        const refName = str(r.props.roleRef, "name");
        const bindingLabel = `${clusterWide ? "ClusterRoleBinding" : "RoleBinding"} ${m.name ?? r.name}${m.namespace ? ` in ${m.namespace}` : ""}`;
        let power: { reason: string; names?: string[] } | undefined;
        let roleLabel = `${refKind ?? "role"} ${refName ?? "(unknown)"}`;
        if (refKind === undefined || refName === undefined) {
            power = { reason: "a role that is unknown during preview" };
            view.unknown.push(`roleRef of ${bindingLabel}`);
        } else {
            const key = refKind === "Role" ? `Role:${m.namespace ?? ""}:${refName}` : `ClusterRole:${refName}`;
            const declared = roles.get(key);
            if (declared) {
                roleLabel = declared.label;
                if (declared.aggregated) {
                    power = {
                        reason: "aggregated ClusterRole: its rules come from every ClusterRole its selectors match",
                    };
                } else if (declared.rules === "unknown") {
                    power = { reason: "rules unknown during preview" };
                    view.unknown.push(`rules of ${declared.label}`);
                } else power = saPowerOfRules(declared.rules);
            } else if (refKind === "ClusterRole" && refName in BUILT_IN_CLUSTER_ROLES) {
                const builtIn = BUILT_IN_CLUSTER_ROLES[refName];
                const joined = aggregatedInto.get(refName);
                power = builtIn
                    ? { reason: builtIn }
                    : joined
                      ? { reason: `built-in ClusterRole ${refName}, which ClusterRole ${joined} joins by aggregation` }
                      : undefined;
            } else {
                power = { reason: `${refKind} ${refName}, not in this stack: its rules cannot be read` };
            }
        }
        if (!power) continue;
        const scope: SaScope =
            clusterWide || m.namespace === undefined ? { namespaces: "*" } : { namespaces: [m.namespace] };
        if (power.names) scope.names = power.names;
        if (/^(impersonate|escalate|nodes\/proxy)/.test(power.reason)) scope.namespaces = "*";
        const subjects = Array.isArray(r.props.subjects) ? (r.props.subjects as unknown[]) : [];
        if (isUnknown(r.props.subjects)) view.unknown.push(`subjects of ${bindingLabel}`);
        for (const s of subjects) {
            const kind = str(s, "kind");
            const name = str(s, "name");
            if ((kind !== "User" && kind !== "Group" && kind !== "ServiceAccount") || name === undefined) {
                view.unknown.push(`a subject of ${bindingLabel}`);
                continue;
            }
            const actor = k8s(kind, name, kind === "ServiceAccount" ? (str(s, "namespace") ?? m.namespace) : undefined);
            view.powers.push({ actor, scope, via: `${bindingLabel} → ${roleLabel} (${power.reason})`, urn: r.urn });
        }
    }

    // EKS access entries: kubernetesGroups / userName memberships, node types; access policies grant power.
    for (const r of resources) {
        if (r.type === K8S_TYPES.accessEntry) {
            const arn = str(r.props, "principalArn");
            if (arn === undefined) {
                view.unknown.push(`principalArn of EKS access entry ${r.name}`);
                continue;
            }
            const actor = principal(arn);
            const type = (str(r.props, "type") ?? "STANDARD").toUpperCase();
            if (type !== "STANDARD")
                view.nodeRoles.push({ principal: arn, via: `EKS access entry ${r.name} (type ${type})`, urn: r.urn });
            const groups = strList(r.props, "kubernetesGroups");
            if (groups.unknown) view.unknown.push(`kubernetesGroups of EKS access entry ${r.name}`);
            for (const g of groups.values) {
                view.memberships.push({
                    actor,
                    subject: k8s("Group", g),
                    via: `EKS access entry ${r.name} (kubernetesGroups ${g})`,
                    urn: r.urn,
                });
                if (g === "system:masters")
                    view.powers.push({
                        actor,
                        scope: everything,
                        via: `EKS access entry ${r.name} (group system:masters)`,
                        urn: r.urn,
                    });
            }
            const user = str(r.props, "userName");
            if (user !== undefined)
                view.memberships.push({
                    actor,
                    subject: k8s("User", user),
                    via: `EKS access entry ${r.name} (userName ${user})`,
                    urn: r.urn,
                });
        } else if (r.type === K8S_TYPES.accessPolicyAssociation) {
            const arn = str(r.props, "principalArn");
            const policyArn = str(r.props, "policyArn");
            if (arn === undefined || policyArn === undefined) {
                view.unknown.push(`EKS access policy association ${r.name}`);
                if (arn === undefined) continue;
            }
            const reason =
                policyArn === undefined ? "an access policy unknown during preview" : accessPolicyPower(policyArn);
            if (!reason) continue;
            const scopeType = str(r.props.accessScope, "type");
            const namespaces = strList(r.props.accessScope, "namespaces");
            const scope: SaScope =
                scopeType === "namespace" && !namespaces.unknown && namespaces.values.length > 0
                    ? { namespaces: namespaces.values }
                    : everything;
            view.powers.push({
                actor: principal(arn),
                scope,
                via: `EKS access policy association ${r.name} (${reason}, scope ${scope.namespaces === "*" ? "cluster" : scope.namespaces.join(", ")})`,
                urn: r.urn,
            });
        }
    }

    // aws-auth: mapRoles / mapUsers.
    for (const r of resources) {
        if (r.type !== K8S_TYPES.configMap && r.type !== K8S_TYPES.configMapPatch) continue;
        const m = meta(r);
        if (m.name !== "aws-auth" || (m.namespace ?? "default") !== "kube-system") continue;
        for (const key of ["mapRoles", "mapUsers"]) {
            const raw = r.props.data?.[key];
            if (raw === undefined) continue;
            if (typeof raw !== "string" || isUnknown(raw)) {
                view.unknown.push(`aws-auth ${key}`);
                continue;
            }
            const mappings = parseAwsAuthMappings(raw);
            if (!mappings) {
                // Unreadable: every ARN it mentions is treated as a cluster administrator.
                for (const arn of raw.match(/arn:aws[\w-]*:(iam|sts)::\d{12}:[\w+=,.@/-]+/g) ?? []) {
                    view.powers.push({
                        actor: principal(arn),
                        scope: everything,
                        via: `aws-auth ${key} (unreadable: counted as system:masters)`,
                        urn: r.urn,
                    });
                }
                continue;
            }
            for (const e of mappings) {
                const actor = principal(e.arn);
                for (const g of e.groups) {
                    if (g === "system:masters")
                        view.powers.push({
                            actor,
                            scope: everything,
                            via: `aws-auth ${key} (group system:masters)`,
                            urn: r.urn,
                        });
                    else if (g === "system:nodes")
                        view.nodeRoles.push({
                            principal: e.arn,
                            via: `aws-auth ${key} (group system:nodes)`,
                            urn: r.urn,
                        });
                    else
                        view.memberships.push({
                            actor,
                            subject: k8s("Group", g),
                            via: `aws-auth ${key} (group ${g})`,
                            urn: r.urn,
                        });
                }
                if (e.username && !e.username.startsWith("system:node:")) {
                    view.memberships.push({
                        actor,
                        subject: k8s("User", e.username),
                        via: `aws-auth ${key} (username ${e.username})`,
                        urn: r.urn,
                    });
                }
            }
        }
    }
    return view;
}

export function scopeIncludes(scope: SaScope, namespace: string, name: string): boolean {
    if (scope.namespaces !== "*" && !scope.namespaces.includes(namespace)) return false;
    return scope.names === undefined || scope.names.includes(name);
}
