/**
 * Who can act as a ServiceAccount inside the cluster, from what the stack declares: Kubernetes RBAC (Role,
 * ClusterRole and their bindings), EKS access entries with their access policies, and the `aws-auth` ConfigMap.
 * Whoever may mint a token for a ServiceAccount, run or exec into a pod in its namespace, impersonate, or
 * escalate RBAC can become that ServiceAccount, and so every IAM role its IRSA or Pod Identity trust admits.
 *
 * Kubernetes docs, "Using RBAC Authorization" (escalate/bind, impersonate) and "Service Accounts" (TokenRequest
 * is `create` on `serviceaccounts/token`); "RBAC Good Practices" (workload creation and exec run as any
 * ServiceAccount of the namespace; reading Secrets reveals legacy token Secrets). EKS user guide, "Review access
 * policy permissions" (each policy's rules: EKS_ACCESS_POLICY_RULES; AmazonEKSClusterAdminPolicy, AmazonEKSAdminPolicy,
 * AmazonEKSEditPolicy create workloads, AmazonEKSViewPolicy, AmazonEKSAdminViewPolicy and AmazonEKSSecretReaderPolicy
 * only read) and "Grant IAM users and roles access to Kubernetes APIs" (aws-auth, system:masters,
 * system:nodes).
 */
import { parseDocument } from "yaml";
import { parseArn } from "../model/arn";
import { linkedByDependency, providerAccount, type StackResource } from "../model/resources";
import { COMPUTE_TYPES, launcherKind, launchHelpers, unseenVersion, userDataOf } from "./compute";
import {
    ACME_CHALLENGE,
    ACME_ISSUER,
    acmeSolverPods,
    CERT_MANAGER_NAMESPACE,
    customWriteReach,
    type CustomWriteReach,
    argoCdGrants,
    ARGOCD_CONFIG_MAPS,
    ARGOCD_MARKER_CONFIG_MAPS,
    ARGOCD_NAMESPACE,
    ARGOCD_SECRET_WHY,
    ARGOCD_SECRETS,
    ARGOCD_ADMIN_ACCOUNTS,
    ARGOCD_USERS_WHY,
    certManagerServes,
    certManagerTokenRequests,
    isInertKind,
    isInertResource,
    launchesNodes,
    NODE_LAUNCHING_RESOURCES,
    OUTSIDE_CONTROLLER_ACCOUNTS,
    RENDERED_POD_KINDS,
    SERVICE_TEMPLATE_RESOURCES,
    serviceTemplateWrite,
} from "./customResources";
import { nodeKey, type PrincipalNode } from "./principals";
import {
    hostPathMounts,
    namespaceAnnotationReach,
    nodeReach,
    onHostNetwork,
    patchOutsideAllowlist,
    podAnnotationReach,
    podAnnotationsOf,
    podObjectNames,
    podSecretNames,
    podServiceAccount,
    POD_SPEC_OF,
    unknownNodeReach,
    unknownPodTemplatePart,
    volumePathReach,
    withInjectedVolumes,
} from "./podSpec";
import { CLUSTER_SCOPED_RESOURCES, namespaceUnknown, objectNamespace, placedNamespace } from "./k8sNamespace";
import {
    ephemeralClaimTemplates,
    persistentVolumeStorages,
    podCopiedStorages,
    podPinnedByLabel,
    podStorageMounts,
    storagesOverlap,
} from "./podStorage";
import { containsUnknown, isUnknown, str, strList, unverifiable } from "./raw";
import { storageClassReach } from "./storageClasses";
import { userDataOpenings } from "./userData";

export const NODE_GROUP = "aws:eks/nodeGroup:NodeGroup";
const EKS_CLUSTER = "aws:eks/cluster:Cluster";
const FARGATE_PROFILE = "aws:eks/fargateProfile:FargateProfile";
const EKS_IDP_CONFIG = "aws:eks/identityProviderConfig:IdentityProviderConfig";
const K8S_TYPES = {
    role: "kubernetes:rbac.authorization.k8s.io/v1:Role",
    clusterRole: "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole",
    roleBinding: "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding",
    clusterRoleBinding: "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding",
    // Pulumi's server-side-apply patches of existing objects (@pulumi/kubernetes rbac/v1 RolePatch, ...): they
    // change the rules and subjects of an object the stack does not own (a built-in ClusterRole, a binding).
    rolePatch: "kubernetes:rbac.authorization.k8s.io/v1:RolePatch",
    clusterRolePatch: "kubernetes:rbac.authorization.k8s.io/v1:ClusterRolePatch",
    roleBindingPatch: "kubernetes:rbac.authorization.k8s.io/v1:RoleBindingPatch",
    clusterRoleBindingPatch: "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBindingPatch",
    configMap: "kubernetes:core/v1:ConfigMap",
    configMapPatch: "kubernetes:core/v1:ConfigMapPatch",
    accessEntry: "aws:eks/accessEntry:AccessEntry",
    accessPolicyAssociation: "aws:eks/accessPolicyAssociation:AccessPolicyAssociation",
} as const;

/** Namespaces (or every namespace) and, optionally, the only ServiceAccount names a power reaches. */
export interface SaScope {
    namespaces: "*" | string[];
    names?: string[];
    /** Namespaces left out (reached already by another power of the same holder and object). */
    except?: string[];
    /**
     * Only ServiceAccounts bound by EKS Pod Identity: the power captures the Pod Identity agent's traffic (see
     * `SERVICE_CAPTURE_SCOPE`), which carries no IRSA token.
     */
    podIdentityOnly?: boolean;
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
    nodeRoles: { principal: string; via: string; urn: string; roleUrn?: string }[];
    /** What could not be read (unknown during preview). */
    unknown: string[];
}

interface Rule {
    apiGroups: string[];
    resources: string[];
    verbs: string[];
    resourceNames: string[];
}

/**
 * Workload resources, each with the API groups that serve it: RBAC allows a request only when one rule matches both
 * its group and its resource (kubernetes pkg/apis/rbac/v1 evaluation_helpers.go RuleAllows: APIGroupMatches and
 * ResourceMatches; "Using RBAC Authorization", "Role example": `""` is the core group), so `resources: ["*"]` in
 * authentication.k8s.io creates no pod. extensions served Deployments, ReplicaSets and DaemonSets before
 * Kubernetes 1.16: kept, the pack does not rely on the cluster's version. A group the API server does not serve
 * itself (BUILT_IN_GROUPS) still counts (workloadGroup): a custom or aggregated API's `pods` is read as pods, fail
 * closed, since its server is unknown here.
 */
const WORKLOAD_RESOURCES = new Map<string, readonly string[]>([
    ["pods", [""]],
    ["pods/exec", [""]],
    ["pods/attach", [""]],
    ["pods/ephemeralcontainers", [""]],
    ["deployments", ["apps", "extensions"]],
    ["replicasets", ["apps", "extensions"]],
    ["statefulsets", ["apps"]],
    ["daemonsets", ["apps", "extensions"]],
    ["jobs", ["batch"]],
    ["cronjobs", ["batch"]],
    ["replicationcontrollers", [""]],
    // StatefulSet and DaemonSet pods are built from ControllerRevisions: a revision created (after deleting the one
    // under the name in status.currentRevision or updateRevision) is one the controller adopts and builds pods from
    // (kubernetes pkg/controller/statefulset stateful_set_control.go ApplyRevision; history.go). Its data cannot be
    // updated (Kubernetes API, ControllerRevision: "Once ... created, it can not be updated"), so only `create` counts.
    ["controllerrevisions", ["apps"]],
]);
/** The workload resources a rule listing `groups` may reach: those of its groups, `*`, or a custom group. */
const workloadsInGroups = (groups: readonly string[]): string[] =>
    [...WORKLOAD_RESOURCES]
        .filter(([, own]) => groups.some(g => g === "*" || own.includes(g) || !BUILT_IN_GROUPS.has(g)))
        .map(([w]) => w);
/** Workload resources whose existing objects carry no pod spec a write can change: only `create` puts one in. */
const CREATE_ONLY_WORKLOADS = new Set(["pods", "controllerrevisions"]);
const WORKLOAD_VERBS = new Set(["create", "update", "patch", "*"]);
/**
 * Why creating a PersistentVolume is a power (saPowerOfRule; a named create by a server-side apply: volumeCreators):
 * its source is the creator's, a hostPath one included (RBAC Good Practices, "Persistent volume creation").
 */
const PERSISTENT_VOLUME_WHY = "a hostPath volume reads every pod's token on its node";

/**
 * Round 88: why a write that rebinds a volume, held beside pod creation, mounts another pod's volume (volumeRebinders,
 * volumeRebindTargets). A PersistentVolume's claimRef may be set to any claim ("Persistent Volumes", Reserving a
 * PersistentVolume: the volume binds to it "regardless of some volume matching criteria") while its source stays
 * (core/v1 validation: spec.persistentvolumesource "is immutable after creation"), so whoever may update or patch it
 * gives that volume to a claim of its own pod (a generic ephemeral volume's claim is made from the pod by the
 * ephemeral volume controller: "Ephemeral Volumes"); a VolumeSnapshotContent it may create or rewrite names any CSI
 * volume as its source (external-snapshotter VolumeSnapshotContentSource: "volumeHandle specifies the CSI volume
 * handle of the volume from which a snapshot should be dynamically taken") for a VolumeSnapshot its pod's claim
 * restores ("Volume Snapshots", Provisioning Volumes from Snapshots).
 */
const VOLUME_REBIND_WHY =
    "a PersistentVolume's claimRef rewritten to a claim of its own pod, or a VolumeSnapshotContent of the volume restored into one, mounts that volume's files in its pod";

/**
 * Round 88: the VolumeSnapshotContents (cluster-scoped, snapshot.storage.k8s.io) a rule set may write: update, patch
 * or a usable create (createsObject), "*" as a content's source is any volume; undefined when none.
 */
function snapshotContentWritesOfRules(rules: Rule[]): "*" | undefined {
    const writes = (rule: Rule) =>
        (rule.verbs.some(v => v === "update" || v === "patch" || v === "*") ||
            createsObject(rule, "volumesnapshotcontents")) &&
        ruleNames(rule, ["snapshot.storage.k8s.io"], ["volumesnapshotcontents"]);
    return rules.some(writes) ? "*" : undefined;
}

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
 * Whether a rule's resource entry covers `target` (`resource` or `resource/subresource`), exactly as RBAC matches it
 * (kubernetes pkg/apis/rbac/v1 evaluation_helpers.go ResourceMatches): `*`, the same `resource/subresource`, or
 * `*\/subresource` for a request with that subresource. `resource/*` matches only a subresource literally named `*`
 * (no wildcard: "Using RBAC Authorization", "Referring to resources"), and a bare `resource` none of its subresources.
 */
function resourceCovers(entry: string, target: string): boolean {
    if (entry === "*" || entry === target) return true;
    const sub = target.split("/")[1];
    return sub !== undefined && entry === `*/${sub}`;
}

/**
 * Resources whose requests always carry a subresource of the caller's choosing, with their API group: impersonating
 * an extra is asked as group authentication.k8s.io, resource userextras, subresource <extra key>
 * (k8s.io/apiserver endpoints/filters/impersonation.go buildImpersonationRequests), so a rule names it by
 * `userextras/<key>` or `*\/<key>` (or `*`) in that group.
 */
const KEYED_RESOURCES: Record<string, string> = { userextras: "authentication.k8s.io" };

/**
 * Whether a rule names one of `groups` (or every group) and one of `resources` as RBAC matches a request for it
 * (resourceCovers; a KEYED_RESOURCES one through any of its subresources, in its own group).
 */
function ruleNames(rule: Rule, groups: readonly string[], resources: readonly string[]): boolean {
    const keyed = (x: string, r: string) =>
        rule.apiGroups.some(g => g === "*" || g === KEYED_RESOURCES[r]) &&
        (x === "*" || x.startsWith(`${r}/`) || x.startsWith("*/"));
    return (
        rule.apiGroups.some(g => g === "*" || groups.includes(g)) &&
        rule.resources.some(x =>
            resources.some(r => (Object.hasOwn(KEYED_RESOURCES, r) ? keyed(x, r) : resourceCovers(x, r))),
        )
    );
}

/**
 * Kubernetes "Using RBAC Authorization" ("Restrictions on role creation or update": escalate and bind on roles and
 * clusterroles) and "Authenticating" ("User impersonation": impersonate on users, groups, serviceaccounts, uids
 * and userextras): those verbs mean nothing on other resources (a `*` verb on ConfigMaps impersonates no one). Each
 * is asked in its own API group (k8s.io/apiserver endpoints/filters/impersonation.go buildImpersonationRequests: the
 * request's kind, v1 User, Group and ServiceAccount in the core group, authentication.k8s.io for uids and userextras;
 * the "User impersonation" example ClusterRole lists them so), so `serviceaccounts` in authentication.k8s.io
 * impersonates no one.
 */
const IMPERSONATION: Record<string, string> = {
    users: "",
    groups: "",
    serviceaccounts: "",
    uids: "authentication.k8s.io",
    userextras: KEYED_RESOURCES.userextras,
};
/** Whether a rule names one of the impersonation `resources` (every one by default) in its own group (ruleNames). */
const impersonates = (rule: Rule, resources: readonly string[] = Object.keys(IMPERSONATION)): boolean =>
    resources.some(r => ruleNames(rule, [IMPERSONATION[r]], [r]));

/**
 * How a rule set's impersonation of users and groups is read. Kubernetes "User Impersonation"
 * (kubernetes.io/docs/reference/access-authn-authz/user-impersonation/) limits it with resourceNames on users and
 * groups, and authorises the request as exactly the Impersonate-User and Impersonate-Group it names (plus
 * system:authenticated); Impersonate-Group, -Uid and -Extra all require Impersonate-User (k8s.io/apiserver
 * endpoints/filters/impersonation.go buildImpersonationRequests: "requested ... without impersonating a user"). So
 * `impersonate` on named users is being those users, and on groups a member of those groups only beside a user or
 * ServiceAccount the same principal may impersonate: their bindings' power flows to the holder, read as memberships
 * like an access entry's userName and kubernetesGroups (`impersonationOfRules`, the bindings below, which join the
 * groups). "power" reads it as impersonating everyone (cluster-wide): where the holders are not the stack's binding
 * subjects (roles bound outside the stack, aggregation), named or not.
 */
type ImpersonationReading = "power" | "membership";

/**
 * A user or group name whose impersonation stays cluster power: names Kubernetes reserves (system:masters,
 * system:nodes, system:authenticated, a ServiceAccount's groups, the controllers' users: built-in bindings outside
 * the stack name them; see `reservedUsername`), EKS's eks: users and groups ("Understand Amazon EKS created RBAC
 * roles and users"), and the arn: usernames EKS gives IAM principals by default (access entries, aws-auth
 * mapAccounts), whose access policies EKS's own authorizer may grant by that name unseen by RBAC. resourceNames do
 * not glob ("Using RBAC Authorization", "Referring to resources"), but a `*` is read as every name all the same.
 */
const reservedImpersonation = (name: string): boolean =>
    name === "" || name.includes("*") || /^(system|eks|arn):/.test(name);

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/**
 * Whether the API server reads an Impersonate-User value as a ServiceAccount: system:serviceaccount:<ns>:<name> with a
 * valid namespace (DNS-1123 label) and ServiceAccount name (DNS-1123 subdomain). Such a request is authorised as
 * `impersonate` on serviceaccounts <name> in <ns>, never on users (k8s.io/apiserver endpoints/filters/impersonation.go
 * buildImpersonationRequests: serviceaccount.SplitUsername succeeds → a ServiceAccount reference, else a User one), so
 * a `users` rule naming it lets its holder impersonate no one.
 */
const serviceAccountUsername = (name: string): boolean => {
    const parts = /^system:serviceaccount:(.*)$/.exec(name)?.[1].split(":");
    return (
        parts?.length === 2 &&
        parts[0].length <= 63 &&
        DNS_LABEL.test(parts[0]) &&
        parts[1].length <= 253 &&
        parts[1].split(".").every(label => DNS_LABEL.test(label))
    );
};

/**
 * The users an `impersonate` rule lets its holder send as Impersonate-User: `*` (every one) without resourceNames,
 * else its resourceNames but ServiceAccount usernames (serviceAccountUsername); none when it names no users resource.
 */
const impersonatedUsers = (rule: Rule): "*" | string[] =>
    !impersonates(rule, ["users"])
        ? []
        : rule.resourceNames.length === 0
          ? "*"
          : rule.resourceNames.filter(n => !serviceAccountUsername(n));

/**
 * Who a rule set lets its holder be by impersonation (see ImpersonationReading), users, groups, uids and userextras
 * only through a ClusterRoleBinding (`clusterWide`: saPowerOfRule): named, ordinary users (reservedImpersonation);
 * groups, named ordinary ones or `everyGroup` (unnamed or reserved: cluster power), which give nothing but beside a
 * user or ServiceAccount (`someone`: any user name, or serviceaccounts in any namespace) the same principal may
 * impersonate; and whether it may also impersonate uids or userextras. Those identity fields give nothing alone
 * either, and RBAC and the Node authorizer never read them (RBAC subjects are users, groups and ServiceAccounts).
 * With a user the holder may impersonate, though, they set the uid and extras (arn, principalId, sessionName)
 * aws-iam-authenticator gives an IAM principal, and EKS's own access-policy authorizer, a webhook the pack cannot
 * read, may identify the principal by them (EKS API AccessEntry.principalArn: EKS keeps the principal's
 * roleID/userID with the entry). So named users together with uids or userextras, and groups together with a user
 * or ServiceAccount (in one rule set, or through several bindings of one holder), count: the bindings loop joins
 * them.
 */
function impersonationOfRules(
    rules: Rule[],
    clusterWide: boolean,
): { users: string[]; groups: string[]; everyGroup: boolean; identityFields: boolean; someone: boolean } {
    const out = { users: [] as string[], groups: [] as string[], everyGroup: false, identityFields: false };
    let someone = false;
    for (const rule of rules) {
        if (!rule.verbs.includes("impersonate") && !rule.verbs.includes("*")) continue;
        if (impersonates(rule, ["serviceaccounts"])) someone = true;
        if (!clusterWide) continue;
        if (impersonates(rule, ["uids", "userextras"])) out.identityFields = true;
        const users = impersonatedUsers(rule);
        if (users === "*" || users.length > 0) someone = true;
        if (users !== "*" && !users.some(reservedImpersonation)) out.users.push(...users);
        if (!impersonates(rule, ["groups"])) continue;
        if (rule.resourceNames.length === 0 || rule.resourceNames.some(reservedImpersonation)) out.everyGroup = true;
        else out.groups.push(...rule.resourceNames);
    }
    return { ...out, users: [...new Set(out.users)], groups: [...new Set(out.groups)], someone };
}
const RBAC_ROLES = { groups: ["rbac.authorization.k8s.io"], resources: ["roles", "clusterroles"] };
/**
 * RBAC Good Practices, "Control admission webhooks": whoever controls a mutating webhook (or a mutating admission
 * policy) rewrites every pod admitted to the cluster, the workload's pods included, so runs code as its
 * ServiceAccount.
 */
const MUTATING_ADMISSION = {
    groups: ["admissionregistration.k8s.io"],
    resources: ["mutatingwebhookconfigurations", "mutatingadmissionpolicies", "mutatingadmissionpolicybindings"],
};

/**
 * API groups the Kubernetes API server serves itself (Kubernetes API reference, "API groups"; metrics.k8s.io is
 * the read-only Metrics API). Their resources are judged one by one above and below (workloads, tokens, exec, RBAC,
 * admission, aws-auth, PersistentVolumes); every other group is a custom resource whose controller is unknown here.
 */
const BUILT_IN_GROUPS = new Set([
    "",
    "admissionregistration.k8s.io",
    "apiextensions.k8s.io",
    "apiregistration.k8s.io",
    "apps",
    "authentication.k8s.io",
    "authorization.k8s.io",
    "autoscaling",
    "batch",
    "certificates.k8s.io",
    "coordination.k8s.io",
    "discovery.k8s.io",
    "events.k8s.io",
    "extensions",
    "flowcontrol.apiserver.k8s.io",
    "internal.apiserver.k8s.io",
    "metrics.k8s.io",
    "networking.k8s.io",
    "node.k8s.io",
    "policy",
    "rbac.authorization.k8s.io",
    "resource.k8s.io",
    "scheduling.k8s.io",
    "storage.k8s.io",
    "storagemigration.k8s.io",
]);

/**
 * The custom resources (`group/resource`) a rule may write (create, update or patch), each with how far its write
 * reaches (customResources.ts customWriteReach, the one reading of custom resources written by someone else): any
 * resource of a group the API server does not serve itself, and every resource of the `*` group. Inert kinds, the
 * status and finalizers subresources and node launchers (saPowerOfRule nodeLaunchingWritten) are left out. A
 * controller known to act only in the object's namespace (NAMESPACE_CONFINED_RESOURCES) runs pods there: writing one
 * is writing a pod spec (RBAC Good Practices, "Workload creation"); any other acts cluster-wide as its controller.
 * resourceNames limit nothing: an existing object of the cluster, rewritten, acts as well as a new one.
 */
function customResourcesWritten(rule: Rule): { what: string; reach: CustomWriteReach }[] {
    const out: { what: string; reach: CustomWriteReach }[] = [];
    if (!rule.verbs.some(v => WORKLOAD_VERBS.has(v))) return out;
    for (const group of rule.apiGroups) {
        if (group !== "*" && BUILT_IN_GROUPS.has(group)) continue;
        for (const resource of rule.resources) {
            const reach = customWriteReach(group, resource);
            if (reach.reach === "namespace" || reach.reach === "cluster")
                out.push({ what: `${group}/${resource}`, reach });
        }
    }
    return out;
}

/**
 * What a rule set gives over ServiceAccounts. `createsPods`: it can put a pod spec of its choosing into its
 * namespaces (create pods or ephemeral containers, create or rewrite a controller's template, or rules it cannot
 * read), which Pod Security Admission decides whether it may be privileged (see `podSecurityWidened`).
 */
interface RulePower {
    reason: string;
    names?: string[];
    createsPods?: boolean;
    /** Not cluster-wide though its reason reads so (impersonation of ServiceAccounts only): the binding's namespaces. */
    namespaced?: boolean;
    /**
     * A power only where the binding reaches one of these namespaces (ConfigMap writes: aws-auth lives in kube-system,
     * Argo CD's configuration in its namespaces: argoCdNamespaces).
     */
    onlyIn?: string[];
    /**
     * Acting as controllers through the kinds it applies (clusterApplyingPower) or Argo CD's admin through its
     * configuration (argoCdConfigPower): the ServiceAccounts (`namespace/name`) of their documented installs that act
     * on every kind written (empty when one kind's controller is not known: then the power is cluster-wide), and the
     * rule set's widest power without those writes. The holder becomes each of those ServiceAccounts but itself (a
     * controller writing its own objects acts as no one else), whose own bindings say what that gives: the stack's
     * where it declares the ServiceAccount, else its install's, cluster-wide (OUTSIDE_CONTROLLER_ACCOUNTS).
     */
    controllers?: string[];
    otherwise?: RulePower;
}

/** The signer of kubelet client certificates (Kubernetes "Certificate Signing Requests", "Kubernetes signers"). */
const KUBELET_CLIENT_SIGNER = "kubernetes.io/kube-apiserver-client-kubelet";
/**
 * Whether a signer issues client certificates the API server trusts (Kubernetes "Certificate Signing Requests",
 * "Kubernetes signers"): kube-apiserver-client (any user and group), kube-apiserver-client-kubelet (a node, O
 * system:nodes), legacy-unknown (whatever the v1beta1 signer honoured). One reading for RBAC approvals (saPowerOfRule)
 * and declared CSRs (csrIdentity).
 */
function clientSigner(name: string): boolean {
    return /^kubernetes\.io\/(kube-apiserver-client|kube-apiserver-client-kubelet|legacy-unknown)$/.test(name);
}
const CLIENT_CERTIFICATE_WHY =
    "a node's or any user's identity (a kubelet client certificate is system:node:<name> in group system:nodes, whom the Node authorizer gives the tokens of the pods bound to its node, and a node it registers can attract any pod)";

/** Reasons whose power is cluster-wide whatever the binding's namespace. */
const CLUSTER_WIDE_REASON =
    /^(impersonate|escalate|nodes\/proxy|mutating admission|convert custom resources|approve client certificates|route API groups|launch nodes|act cluster-wide as)/;
const reachesEveryNamespace = (p: RulePower): boolean => CLUSTER_WIDE_REASON.test(p.reason) && !p.namespaced;

/**
 * Whether a rule's `create` creates objects of resource `w` (saPowerOfRule): a subresource's request names its object;
 * an object is created by name only by a server-side apply (`patch` of the name, then `create` with it: patch.go
 * createAuthorizerAttributes), so a `create` under resourceNames counts only beside a `patch` of them ("Using RBAC
 * Authorization", "Referring to resources": create cannot be restricted by name; kubernetes/kubernetes#80295).
 */
function createsObject(rule: Rule, w: string): boolean {
    const has = (v: string) => rule.verbs.includes(v) || rule.verbs.includes("*");
    return has("create") && (rule.resourceNames.length === 0 || w.includes("/") || has("patch"));
}

/**
 * Validating admission written through RBAC: the writer of a ValidatingWebhookConfiguration registers a webhook that
 * is sent the object and oldObject of every request it matches ("Dynamic Admission Control"), and the writer of a
 * ValidatingAdmissionPolicy or its binding chooses the messageExpression and auditAnnotations evaluated on them
 * ("Validating Admission Policy"): on Secrets, a reader of every Secret written, as the stack's own (the admission
 * loop in readKubernetes). A write is update, patch or a usable create (createsObject); resourceNames limit nothing
 * (an existing configuration, rewritten, matches Secrets as well as a new one).
 */
const VALIDATING_ADMISSION = {
    groups: ["admissionregistration.k8s.io"],
    resources: ["validatingwebhookconfigurations", "validatingadmissionpolicies", "validatingadmissionpolicybindings"],
};
function validatingAdmissionWritten(rules: Rule[]): string[] {
    const out = new Set<string>();
    for (const rule of rules) {
        const writes = (w: string) =>
            rule.verbs.some(v => v === "update" || v === "patch" || v === "*") || createsObject(rule, w);
        for (const w of VALIDATING_ADMISSION.resources)
            if (writes(w) && ruleNames(rule, VALIDATING_ADMISSION.groups, [w])) out.add(w);
    }
    return [...out];
}

/**
 * What a rule set lets its holder do to ServiceAccounts of the namespaces it applies to, or undefined: the
 * widest of its rules' powers (cluster-wide, then pod creation, then every ServiceAccount of the namespace, then
 * named ones), so a harmless first rule never hides a stronger later one. `where`: the one namespace the rules apply
 * in (a RoleBinding's), when known: a power that holds only in another namespace (RulePower.onlyIn) is left out
 * before the widest is chosen, so it never hides one that holds there.
 */
function saPowerOfRules(
    rules: Rule[],
    impersonation: ImpersonationReading = "power",
    taintReliance?: TaintReliance,
    where?: string,
    bindable?: BindableRoles,
    argoCd: ArgoCdNamespaces = [ARGOCD_NAMESPACE],
): RulePower | undefined {
    let best: RulePower | undefined;
    // The widest power without the cluster-applying writes, for the controllers that apply them (RulePower.controllers).
    let bestOther: RulePower | undefined;
    const appliers: RulePower[] = [];
    for (const rule of where === undefined ? rules : rules.flatMap(namespacedPartOfRule)) {
        // resourceNames limit every resource of a rule ("Using RBAC Authorization", "Referring to resources"), so a
        // rule is also judged resource by resource, each as a rule of its own with those names: a token for a named
        // ServiceAccount never hides pods/exec, a pod template or nodes/proxy in the same rule (saPowerOfRule returns
        // its first power only).
        const parts = rule.resources.length > 1 ? rule.resources.map(x => ({ ...rule, resources: [x] })) : [];
        const seen = new Set<string>();
        // A rule may hold a specific power and write custom resources too (a `*` group): both count.
        for (const p of [
            saPowerOfRule(rule, impersonation, taintReliance, where, bindable),
            customResourcePower(rule),
            clusterApplyingPower(rule),
            argoCdConfigPower(rule, where, argoCd),
            ...parts.map(x => saPowerOfRule(x, impersonation, taintReliance, where, bindable)),
        ]) {
            if (!p) continue;
            if (p.onlyIn !== undefined && where !== undefined && !p.onlyIn.includes(where)) continue;
            // The same power read from the whole rule and from one of its resources counts once.
            const id = JSON.stringify(p);
            if (seen.has(id)) continue;
            seen.add(id);
            if (p.controllers !== undefined) appliers.push(p);
            else bestOther = widerPower(bestOther, p);
            best = widerPower(best, p);
        }
    }
    if (best?.controllers !== undefined) {
        // The controllers of every cluster-applying kind the rule set writes (none when one of them is not known).
        const controllers = appliers.some(p => p.controllers!.length === 0)
            ? []
            : [...new Set(appliers.flatMap(p => p.controllers!))];
        best = { ...best, controllers, ...(bestOther ? { otherwise: bestOther } : {}) };
    }
    return best;
}

/**
 * Round 90: what of a rule a binding applying in one namespace (a RoleBinding; a namespace-scoped EKS access policy)
 * grants: its resources but the cluster-scoped ones (CLUSTER_SCOPED_RESOURCES, with their subresources: nodes/proxy).
 * Kubernetes "Using RBAC Authorization", "RoleBinding and ClusterRoleBinding": a RoleBinding "grants permissions within
 * a specific namespace", and a RoleBinding referencing a ClusterRole grants its permissions "to resources inside the
 * RoleBinding's namespace"; a request for a cluster-scoped object carries no namespace, and the RBAC authorizer reads
 * RoleBindings only for a namespaced request (pkg/registry/rbac/validation rule.go VisitRulesFor: `if len(namespace) >
 * 0`). Kept: `*`, namespaces (a request on Namespace N is asked in namespace N: RBAC Good Practices, "Namespace
 * modification"; read by namespaceWritesOfRules where the binding reaches), clusterroles (`bind` and `escalate` on a
 * ClusterRole are checked in the namespace of the RoleBinding or Role being written: "Restrictions on role binding
 * creation or update"), and every resource of a rule naming an API group the pack does not know (a custom group may
 * serve a namespaced resource of the same name). A rule left with no resource grants nothing.
 */
function namespacedPartOfRule(rule: Rule): Rule[] {
    if (rule.resources.length === 0 || rule.apiGroups.some(g => g !== "*" && !BUILT_IN_GROUPS.has(g))) return [rule];
    const resources = rule.resources.filter(x => {
        const base = x.split("/")[0];
        return base === "namespaces" || base === "clusterroles" || !CLUSTER_SCOPED_RESOURCES.has(base);
    });
    if (resources.length === rule.resources.length) return [rule];
    return resources.length === 0 ? [] : [{ ...rule, resources }];
}

/**
 * The wider of two powers of one rule set (saPowerOfRules): cluster-wide, then pod creation, then every
 * ServiceAccount of the namespace, then named ones; on a tie, a power that holds in every namespace beats one only in
 * kube-system (onlyIn), and two powers limited to named ServiceAccounts (a token rule and an impersonation rule) join
 * their names, still within the binding's namespaces (neither is cluster-wide at rank 3).
 */
function widerPower(best: RulePower | undefined, p: RulePower): RulePower {
    const rank = (x: RulePower) => (reachesEveryNamespace(x) ? 0 : x.createsPods ? 1 : x.names === undefined ? 2 : 3);
    if (best === undefined || rank(p) < rank(best)) return p;
    if (rank(p) === rank(best) && best.onlyIn !== undefined && p.onlyIn === undefined) return p;
    if (rank(p) === 3 && rank(best) === 3)
        return {
            reason: `${best.reason}; ${p.reason}`,
            names: [...new Set([...best.names!, ...p.names!])],
            namespaced: true,
        };
    return best;
}

/**
 * Custom resources whose controller is known to run their pods in their own namespace (customResourcesWritten,
 * NAMESPACE_CONFINED_RESOURCES): writing one is putting a pod spec of the holder's choosing into the namespace.
 */
function customResourcePower(rule: Rule): RulePower | undefined {
    const confined = customResourcesWritten(rule).filter(c => c.reach.reach === "namespace");
    if (confined.length === 0) return undefined;
    const whys = [...new Set(confined.map(c => (c.reach as { why: string }).why))];
    return {
        reason: `${rule.verbs.join("/")} ${confined.map(c => c.what).join(", ")} (custom resources whose controller runs their pods in their own namespace: ${whys.join("; ")})`,
        createsPods: true,
    };
}

/**
 * Writing a custom resource that is neither inert nor confined to its namespace (customResourcesWritten): acting as
 * its controller in every namespace, whatever namespace the binding grants the write in (CLUSTER_WIDE_REASON). Where
 * the documented installs' controllers of every kind written are known (CLUSTER_APPLYING_RESOURCES `controllers`;
 * none for a write on every group or on a kind the pack does not know), the writer becomes them
 * (RulePower.controllers).
 */
function clusterApplyingPower(rule: Rule): RulePower | undefined {
    const written = customResourcesWritten(rule).filter(c => c.reach.reach === "cluster");
    if (written.length === 0) return undefined;
    const whys = [...new Set(written.map(c => (c.reach as { why: string }).why))];
    const each = written.map(c => (c.reach as { controllers: string[] }).controllers);
    const controllers = each.some(x => x.length === 0) ? [] : [...new Set(each.flat())];
    return {
        reason: `act cluster-wide as their controller: ${rule.verbs.join("/")} ${written.map(c => c.what).join(", ")} (${whys.join("; ")})`,
        controllers,
    };
}

/** The namespaces Argo CD is installed in ("*": one the pack cannot know), as argoCdNamespaces reads them. */
type ArgoCdNamespaces = "*" | string[];

/**
 * The namespaces Argo CD is installed in: its documented one (ARGOCD_NAMESPACE) and every namespace where the stack
 * declares Argo CD's own configuration by name (ARGOCD_MARKER_CONFIG_MAPS, ARGOCD_SECRETS, as objects or patches): Argo CD
 * reads it only from its own namespace (operator manual, "Declarative Setup": "All resources, including Application
 * and AppProject specs, have to be installed in the Argo CD namespace (by default argocd)"). "*" where such an
 * object's namespace is unknown (neither metadata.namespace nor the provider's: the kubeconfig context's, pulumi-
 * kubernetes #1896).
 */
function argoCdNamespaces(resources: StackResource[]): ArgoCdNamespaces {
    const out = new Set([ARGOCD_NAMESPACE]);
    for (const r of resources) {
        if (!/^kubernetes:core\/v1:(ConfigMap|Secret)(Patch)?$/.test(r.type)) continue;
        const m = meta(r);
        const names = r.type.includes("ConfigMap") ? ARGOCD_MARKER_CONFIG_MAPS : ARGOCD_SECRETS;
        if (m.name === undefined || !names.includes(m.name)) continue;
        const namespace = m.namespace;
        if (namespace === undefined) return "*";
        out.add(namespace);
    }
    return [...out].sort();
}

/**
 * Writing Argo CD's own configuration (customResources.ts ARGOCD_CONFIG_MAPS: argocd-rbac-cm's policies, argocd-cm's
 * accounts and anonymous access, argocd-cmd-params-cm's server.disable.auth; ARGOCD_SECRETS: argocd-secret's
 * admin.password): the writer can make itself, or everyone, Argo CD admin (`g, <me>, role:admin`: Argo CD
 * "argocd-rbac-cm.yaml"; a new admin password), who has Argo CD's application controller deploy anything as itself,
 * cluster-wide (ARGOCD_USERS_WHY). Reading argocd-secret is counted with the other readers of Secrets (readKubernetes,
 * ARGOCD_SECRET_WHY). A rule limited by resourceNames to one of those names counts in any namespace (Argo CD may be
 * installed in another one); a rule on every ConfigMap or Secret counts where the binding reaches Argo CD's documented
 * namespace, argocd (`onlyIn`). Read as a cluster-wide power (CLUSTER_WIDE_REASON), or, where the configuration is
 * that of the documented install in argocd (every ConfigMap or Secret there, or the names in a RoleBinding there:
 * `where`), as becoming the ServiceAccounts Argo CD's admin acts as (ARGOCD_ADMIN_ACCOUNTS, RulePower.controllers).
 */
function argoCdConfigPower(
    rule: Rule,
    where?: string,
    argoCd: ArgoCdNamespaces = [ARGOCD_NAMESPACE],
): RulePower | undefined {
    const has = (v: string) => rule.verbs.includes(v) || rule.verbs.includes("*");
    if (!(rule.apiGroups.includes("") || rule.apiGroups.includes("*"))) return undefined;
    const verbs = rule.verbs.join("/");
    for (const own of [
        {
            resource: "configmaps",
            kind: "ConfigMap",
            names: ARGOCD_CONFIG_MAPS,
            writes: ["create", "update", "patch"],
            why: `its writer can make itself Argo CD admin, and ${ARGOCD_USERS_WHY}`,
            // The same rule writes aws-auth where it reaches kube-system (saPowerOfRule): said too, for a binding
            // reaching both.
            also: "; in kube-system the same rule writes the aws-auth ConfigMap (maps anyone to system:masters)",
        },
        // argocd-secret exists from the install on: a create of it fails (a named create is a patch, counted), but
        // not after a delete of it (create and delete held together: readKubernetes secretPairs).
        {
            resource: "secrets",
            kind: "Secret",
            names: ARGOCD_SECRETS,
            writes: ["update", "patch"],
            why: ARGOCD_SECRET_WHY,
        },
    ]) {
        if (!own.writes.some(has) || !rule.resources.some(x => resourceCovers(x, own.resource))) continue;
        const named = rule.resourceNames.filter(n => own.names.includes(n));
        if (rule.resourceNames.length > 0 && named.length === 0) continue;
        if (named.length > 0)
            return {
                reason: `act cluster-wide as Argo CD: ${verbs} ${own.kind} ${named.join(", ")} (Argo CD's own configuration, recognised by name in any namespace: ${own.why})`,
                ...(where === ARGOCD_NAMESPACE ? { controllers: ARGOCD_ADMIN_ACCOUNTS } : {}),
            };
        // Its documented install's ServiceAccounts where that is the only Argo CD the binding reaches; an install in
        // another namespace the pack reads as the default one, cluster-wide (actAsArgoCdAdmin).
        const documented = where === ARGOCD_NAMESPACE || (where === undefined && argoCd !== "*" && argoCd.length === 1);
        return {
            reason: `act cluster-wide as Argo CD: ${verbs} ${own.resource} in ${argoCd === "*" ? "any namespace (Argo CD's may not be known)" : argoCd.join(", ")} (Argo CD's own configuration, ${own.names.join(", ")}: ${own.why})${own.also ?? ""}`,
            ...(argoCd === "*" ? {} : { onlyIn: argoCd }),
            ...(documented ? { controllers: ARGOCD_ADMIN_ACCOUNTS } : {}),
        };
    }
    return undefined;
}

/** Whether a workload rule puts a pod spec of the holder's choosing into the namespace (exec and attach do not). */
function rulePutsPodSpec(
    groups: string[],
    resources: string[],
    has: (v: string) => boolean,
    creates: (w: string) => boolean = () => has("create"),
): boolean {
    return workloadsInGroups(groups).some(w => {
        if (!resources.some(x => resourceCovers(x, w))) return false;
        if (w === "pods/exec" || w === "pods/attach") return false;
        // A running pod's spec is immutable but for its images and a few fields: only `create` makes a new one.
        if (CREATE_ONLY_WORKLOADS.has(w)) return creates(w);
        return ["update", "patch"].some(has) || creates(w);
    });
}

/** The subresources of a rule (core group) that open a channel into a pod (saPowerOfRule), or undefined. */
function podChannelOfRule(resources: string[], has: (verb: string) => boolean): string | undefined {
    const asked = (resource: string, verbs: string[]) =>
        verbs.some(has) && resources.some(x => resourceCovers(x, resource)) ? [resource] : [];
    const proxyVerbs = ["get", "create", "update", "patch", "delete"];
    const held = [
        ...asked("pods/portforward", ["get", "create"]),
        ...asked("pods/proxy", proxyVerbs),
        ...asked("services/proxy", proxyVerbs),
    ];
    return held.length > 0 ? held.join(", ") : undefined;
}

/**
 * `impersonation`: how named users and groups are read (ImpersonationReading); `taintReliance`: why Node taints keep
 * pods off nodes that cannot be read (taintReliantPools), when the stack relies on them.
 */
function saPowerOfRule(
    rule: Rule,
    impersonation: ImpersonationReading = "power",
    taintReliance?: TaintReliance,
    where?: string,
    bindable?: BindableRoles,
): RulePower | undefined {
    const groups = rule.apiGroups;
    const core = groups.includes("") || groups.includes("*");
    const workloads = workloadsInGroups(groups);
    const verbs = new Set(rule.verbs);
    const has = (v: string) => verbs.has(v) || verbs.has("*");
    const resources = rule.resources;
    const anyResource = resources.includes("*");
    // Every resource of the core group creates pods too, the wider power (the workload reading below): a token rule
    // is one that names the subresource.
    if (core && has("create") && !anyResource && resources.some(x => resourceCovers(x, "serviceaccounts/token"))) {
        return {
            reason: "create serviceaccounts/token",
            names: rule.resourceNames.length > 0 ? rule.resourceNames : undefined,
        };
    }
    // `create` under resourceNames: a subresource's request (pods/exec, serviceaccounts/token) names its object, so
    // there it holds. An object itself is created by name only by a server-side apply, a PATCH authorised as `patch`
    // on that name and then as `create` with it (k8s.io/apiserver endpoints/handlers/patch.go
    // createAuthorizerAttributes); a POST carries no name, so a named create alone creates nothing ("Using RBAC
    // Authorization", "Referring to resources": "You cannot restrict create or deletecollection requests by their
    // resource name"). Beside a patch of the name by the same request identity it counts (workloadCreators,
    // secretPairs), in the same rule here; a patch alone already counts here but for the create-only kinds.
    const creates = (w: string) => createsObject(rule, w);
    // A ControllerRevision's data is immutable: update or patch of one alone changes no pod (CREATE_ONLY_WORKLOADS).
    const workload = (x: string) =>
        workloads.some(
            w =>
                resourceCovers(x, w) &&
                (w === "controllerrevisions" ? creates(w) : ["update", "patch"].some(has) || creates(w)),
        );
    if ([...verbs].some(v => WORKLOAD_VERBS.has(v)) && resources.some(workload)) {
        return {
            reason: `${[...verbs].join("/")} ${resources.filter(workload).join(", ")}`,
            createsPods: rulePutsPodSpec(groups, resources, has, creates),
        };
    }
    // Before Kubernetes 1.35 a websocket exec or attach (kubectl's default) is authorised as `get` on
    // pods/exec or pods/attach (kubernetes/kubernetes#133515, KEP-4006).
    if (
        core &&
        (has("get") || has("create")) &&
        resources.some(x => resourceCovers(x, "pods/exec") || resourceCovers(x, "pods/attach"))
    ) {
        return { reason: `${[...verbs].join("/")} pods/exec or pods/attach (runs commands in the pods)` };
    }
    // Round 82: a port-forward or an API server proxy request opens a channel into a pod's network namespace
    // (Kubernetes "Use Port Forwarding to Access Applications in a Cluster": "forwarding data to/from ports ... in the
    // pod", its loopback-only listeners included; "Access Services Running on Clusters", "Manually constructing
    // apiserver proxy URLs": .../pods|services/NAME[:PORT]/proxy reaches the pod or a pod the Service selects). Its
    // holder reaches what a runtime pod serves (the signer's API) as the pod's own callers do: held as exec is, as
    // BUILT_IN_ROLES groups them. A port-forward is asked as create (SPDY) or get (websocket); a proxy request as the
    // verb of its HTTP method (GET get, POST create, PUT update, PATCH patch, DELETE delete).
    const channel = podChannelOfRule(resources, has);
    if (core && channel) return { reason: `${[...verbs].join("/")} ${channel} (reaches what the pods serve)` };
    // RBAC Good Practices, "Escalation paths: Access to proxy subresource of Nodes": the kubelet API runs
    // commands in every pod of the node (a websocket exec needs only `get`).
    if (core && (has("get") || has("create")) && resources.some(x => resourceCovers(x, "nodes/proxy"))) {
        return { reason: "nodes/proxy (the kubelet API execs into any pod of the node)" };
    }
    if (has("impersonate") && impersonates(rule)) {
        // Impersonating a ServiceAccount is authorised as verb impersonate on resource serviceaccounts in the
        // ServiceAccount's own namespace, with its name (Kubernetes "Authenticating", User impersonation;
        // k8s.io/apiserver endpoints/filters/impersonation.go: actingAsAttributes Namespace/Name of the request).
        // So a rule naming no users or groups reaches only ServiceAccounts of the namespaces its binding applies
        // to, and only its resourceNames when it lists any (Uid and Extra headers need Impersonate-User). Users
        // and groups are cluster-wide identities (system:masters): such a rule stays cluster-wide, unless read as
        // membership (ImpersonationReading): of named, ordinary users, and of groups beside a user or ServiceAccount
        // (the bindings loop adds those).
        // Users, groups, uids and userextras are asked for with no namespace (impersonation.go
        // buildImpersonationRequests: only a ServiceAccount's reference carries one), and RBAC reads RoleBindings
        // only for a namespaced request (pkg/registry/rbac/validation rule.go VisitRulesFor: `if len(namespace) >
        // 0`): rules applying in one namespace (`where`, a RoleBinding's) impersonate its ServiceAccounts alone.
        const users = where === undefined ? impersonatedUsers(rule) : [];
        const people = users === "*" || users.length > 0 || (where === undefined && impersonates(rule, ["groups"]));
        const accounts = impersonates(rule, ["serviceaccounts"]);
        const asAccounts = {
            reason: `impersonate ${resources.join(", ")}`,
            names: rule.resourceNames.length > 0 ? rule.resourceNames : undefined,
            namespaced: true,
        };
        if (!people && (accounts || (impersonation === "power" && where === undefined))) return asAccounts;
        // uids and userextras alone, or users named only by ServiceAccount usernames: nothing (impersonationOfRules
        // joins the identity fields with the users a holder may be). Named, ordinary users are memberships, and groups
        // count only beside a user or ServiceAccount the holder may impersonate: the bindings loop adds both. Either
        // way the rule's other verbs and resources are read on (a `*` verb on `*\/binding` also binds pods).
        if (people && (impersonation !== "membership" || users === "*" || users.some(reservedImpersonation)))
            return { reason: `impersonate ${resources.join(", ")}` };
        if (people && accounts) return asAccounts;
    }
    // Approving CSRs for a client signer issues a client certificate of the requester's choosing: for
    // kube-apiserver-client-kubelet a node (system:nodes, its pods' tokens), for kube-apiserver-client any user
    // or group (Kubernetes "Certificate Signing Requests": the approve verb on signers/<name>). The EKS user guide
    // ("Secure workloads with Kubernetes certificates") says client certificate signing is not supported; a custody
    // stack has no reason to approve them, so the pack does not rely on that.
    if (has("approve") && (groups.includes("certificates.k8s.io") || groups.includes("*"))) {
        const signers = resources.some(x => x === "signers" || x === "*");
        const names = rule.resourceNames;
        const client = (n: string) => n === "*" || clientSigner(n) || n.endsWith("/*");
        if (signers && (names.length === 0 || names.some(client)))
            return {
                reason: `approve client certificates (signers ${names.length ? names.join(", ") : "*"}): ${CLIENT_CERTIFICATE_WHY}`,
            };
    }
    // The same approval without an approver: kube-controller-manager's csrapproving controller approves a kubelet
    // client CSR (signer kube-apiserver-client-kubelet, O system:nodes, CN system:node:<name>, client auth) when a
    // SubjectAccessReview for its requester allows `create` on certificatesigningrequests/nodeclient, or on
    // .../selfnodeclient when the requester's username is the CN (kubernetes pkg/controller/certificates/approver
    // sarapprove.go recognizers; Kubernetes "TLS bootstrapping", "Approval": the built-in ClusterRoles
    // system:certificates.k8s.io:certificatesigningrequests:nodeclient and :selfnodeclient). nodeclient gives any
    // node name; selfnodeclient the holder's own username as a node, with group system:nodes the certificate adds,
    // and the pack does not rely on who may carry a system:node:<name> username (access entries and aws-auth give
    // one). resourceNames limit nothing (a CSR gets the name its requester picks). Creating the CSR itself is
    // `create` on certificatesigningrequests, which another binding (or one outside the stack) may give: not
    // required here. Read as approving the kubelet client signer, cluster-wide (CLUSTER_WIDE_REASON), as `approve`
    // on it is above: one reading of who can become a node through the Certificates API.
    const nodeClient = (["nodeclient", "selfnodeclient"] as const).filter(sub =>
        resources.some(x => resourceCovers(x, `certificatesigningrequests/${sub}`)),
    );
    if (has("create") && (groups.includes("certificates.k8s.io") || groups.includes("*")) && nodeClient.length > 0)
        return {
            reason: `approve client certificates (create ${nodeClient.map(sub => `certificatesigningrequests/${sub}`).join(", ")}: the csrapproving controller of kube-controller-manager approves the holder's ${KUBELET_CLIENT_SIGNER} CSRs itself): ${CLIENT_CERTIFICATE_WHY}`,
        };
    if ((has("escalate") || has("bind")) && ruleNames(rule, RBAC_ROLES.groups, RBAC_ROLES.resources)) {
        const named = boundByName(rule, has, where, bindable);
        return named === "every" ? { reason: `escalate/bind ${resources.join(", ")}` } : named;
    }
    // Every object branch below reads its `create` through `creates` (a named create alone creates nothing).
    const writes = (w: string) => ["update", "patch"].some(has) || creates(w);
    if (
        MUTATING_ADMISSION.resources.some(writes) &&
        ruleNames(rule, MUTATING_ADMISSION.groups, MUTATING_ADMISSION.resources)
    )
        return { reason: `mutating admission: ${[...verbs].join("/")} ${resources.join(", ")}` };
    // Karpenter NodePools and NodeClaims pick the node class and taints of the nodes launched for them
    // (customResources.ts NODE_LAUNCHING_RESOURCES): whoever writes one can launch untainted nodes from a class
    // outside the stack, which take every pod, as a declared untainted NodePool on such a class does (nodePoolPowers).
    // A NodePool's name limits nothing: any pool, the stack's tainted one included, may be rewritten untainted.
    const launched = nodeLaunchingWritten(rule, has);
    if (launched.length > 0)
        return { reason: `launch nodes: ${[...verbs].join("/")} ${launched.join(", ")} (${NODE_LAUNCH_WHY})` };
    // Untainting a node of such a pool is launching an untainted one (taintReliantPools). Taints are in the Node's
    // spec: nodes/status keeps it (Kubernetes "Nodes"; node strategy PrepareForUpdate of the status subresource).
    // resourceNames limit nothing: the pool's nodes get names the stack cannot know.
    if (taintReliance && core && ["update", "patch"].some(has) && resources.some(x => x === "*" || x === "nodes"))
        return { reason: `launch nodes: ${[...verbs].join("/")} nodes (untaints them: ${taintReliance.untaint})` };
    // Binding a pod is `create` on pods/binding, or on the core v1 `bindings` resource of its namespace (Kubernetes
    // API "Binding": "create binding of a Pod", POST .../pods/{name}/binding; "create a Binding", POST
    // .../namespaces/{namespace}/bindings; the scheduler's own ClusterRole system:kube-scheduler holds both). It names
    // the node, so the scheduler's taint filter never runs, and the kubelet starts the pod on a NoSchedule-tainted node
    // (taintReliantPools `bind`): every pending pod of the binding's namespaces (each rollout, eviction or drain makes
    // one) may be placed on a node of the pool, whose user data and instance metadata the stack cannot read. The
    // pods are the namespace's own, so the power is over its ServiceAccounts, not cluster-wide; resourceNames (pod
    // names) limit nothing, pods are named at creation by their controllers.
    if (
        taintReliance?.bind &&
        core &&
        has("create") &&
        resources.some(x => resourceCovers(x, "pods/binding") || resourceCovers(x, "bindings"))
    )
        return {
            reason: `bind pods to named nodes: create ${resources.filter(x => resourceCovers(x, "pods/binding") || resourceCovers(x, "bindings")).join(", ")} (places the namespace's pending pods on a tainted pool's nodes: ${taintReliance.bind})`,
        };
    // A CustomResourceDefinition's conversion webhook returns the object the API server stores and serves whenever
    // the requested version differs from the stored one (Kubernetes "Versions in CustomResourceDefinitions", "Webhook
    // conversion": only metadata other than labels and annotations is protected), so whoever may set it on a CRD
    // (create, update or patch) rewrites every object of that kind, an Argo Workflow's pod spec included: like a
    // mutating webhook, cluster-wide. A rule limited by resourceNames to CRDs of inert kinds (`<plural>.<group>`)
    // reaches none that runs pods.
    if (
        writes("customresourcedefinitions") &&
        (groups.includes("apiextensions.k8s.io") || groups.includes("*")) &&
        // customresourcedefinitions/status keeps the stored spec (apiextensions-apiserver registry
        // customresourcedefinition strategy.go, statusStrategy.PrepareForUpdate: newObj.Spec = oldObj.Spec).
        resources.some(x => resourceCovers(x, "customresourcedefinitions")) &&
        !(
            rule.resourceNames.length > 0 &&
            !rule.resourceNames.includes("*") &&
            rule.resourceNames.every(n => {
                const dot = n.indexOf(".");
                // A CRD's conversion rewrites its objects like a webhook would, and whoever may set it picks the
                // webhook: cert-manager's acting kinds count (customResources.ts ACTING_KINDS).
                return dot > 0 && isInertResource(n.slice(dot + 1), n.slice(0, dot));
            })
        )
    )
        return {
            reason: `convert custom resources: ${[...verbs].join("/")} ${resources.join(", ")} (a CRD's conversion webhook rewrites every stored and served object of its kind)`,
        };
    // An APIService routes a whole group/version through the kube-aggregator to the Service it names. The built-in
    // ones (v1.apps, ...) are synced by the autoregister controller only when the API server starts
    // (kube-aggregator autoregister_controller.go: automanaged "onstart"), so an update pointing v1.apps at one's own
    // Service holds, and the controllers then build pods (any ServiceAccount of their namespace) from what it serves.
    // Like a mutating webhook: cluster-wide (Kubernetes "Kubernetes API Aggregation Layer").
    if (
        ["create", "update", "patch"].some(has) &&
        (groups.includes("apiregistration.k8s.io") || groups.includes("*")) &&
        resources.some(x => resourceCovers(x, "apiservices"))
    )
        return {
            reason: `route API groups: ${[...verbs].join("/")} apiservices (the aggregator proxies a group/version to the Service it names)`,
        };
    // Writing aws-auth maps any IAM principal to system:masters (EKS user guide, "aws-auth ConfigMap"). A rule without
    // resourceNames covers every ConfigMap, aws-auth included ("Using RBAC Authorization", "Referring to resources"),
    // wherever the binding reaches kube-system. `create` counts too: a cluster whose nodes join through access entries
    // has no aws-auth, and in API_AND_CONFIG_MAP mode the authenticator reads one created later (EKS user guide,
    // "Migrating existing aws-auth ConfigMap entries to access entries"); delete then create replaces one. Only an
    // `API` authentication mode ignores aws-auth, and the stacks do not declare their cluster (no
    // aws:eks/cluster:Cluster accessConfig to read), so it is counted.
    if (
        core &&
        writes("configmaps") &&
        resources.some(x => resourceCovers(x, "configmaps")) &&
        (rule.resourceNames.includes("aws-auth") || rule.resourceNames.length === 0)
    )
        return {
            reason: `${[...verbs].join("/")} the aws-auth ConfigMap (maps anyone to system:masters)`,
            onlyIn: ["kube-system"],
        };
    // RBAC Good Practices, "Persistent volume creation": a hostPath PersistentVolume mounts the node's files
    // into any pod that claims it, past Pod Security Admission.
    if (core && creates("persistentvolumes") && resources.some(x => resourceCovers(x, "persistentvolumes")))
        return { reason: `create persistentvolumes (${PERSISTENT_VOLUME_WHY})` };
    // A StorageClass names the provisioner that builds the claims' volumes (hostPath ones for a local-path or hostpath
    // provisioner: engine/storageClasses.ts), and marked default (storageclass.kubernetes.io/is-default-class) it
    // serves every claim without a class (Kubernetes "Storage Classes", "Default StorageClass"): creating one is
    // creating the PersistentVolumes its claimants mount. Its provisioner and parameters are immutable, so only
    // `create` counts. The cluster's own classes, outside the stack, are cluster infrastructure like its nodes
    // (DECIDED in known31.test.ts).
    if (
        has("create") &&
        (groups.includes("storage.k8s.io") || groups.includes("*")) &&
        resources.some(x => resourceCovers(x, "storageclasses"))
    )
        return {
            reason: "create storageclasses (a class of a hostPath provisioner gives its claimants the node's files)",
        };
    // Reading Secrets is not acting as a workload's ServiceAccount towards AWS: IRSA and Pod Identity take only
    // projected tokens with the cluster's OIDC issuer and their audience, while a legacy token Secret carries the
    // issuer `kubernetes/serviceaccount`, which no IAM OIDC provider matches (Kubernetes LegacyIssuer; IAM
    // CreateOpenIDConnectProvider). So cert-manager's or an ingress controller's Secret reads are no path.
    return undefined;
}

/**
 * The power of a role a binding names, as the bindings loop reads it (a stack role by its rules, a built-in by its
 * known power, anything else as unreadable), for `bind` under resourceNames (boundByName). `where`: the namespace of
 * the RoleBinding that grants `bind`, where a Role of that name is looked up (undefined: any namespace).
 */
type BindableRoles = (kind: "Role" | "ClusterRole", name: string, where?: string) => RulePower | undefined;

/**
 * What `escalate` or `bind` on roles/clusterroles in a rule gives: "every" power, or, for `bind` alone under
 * resourceNames, the power of the named roles within the binding's namespaces. Kubernetes "Using RBAC Authorization",
 * "Restrictions on role binding creation or update": "You can only create/update a role binding if you already have
 * all the permissions contained in the referenced role (at the same scope as the role binding) or if you have been
 * authorized to perform the bind verb on the referenced role", and its own example grants `bind` on clusterroles with
 * resourceNames admin, edit and view so a user "can grant the admin, edit, or view role" in the namespace of the
 * RoleBinding that holds it (the bind check asks in the namespace of the binding being created: k8s.io/kubernetes
 * pkg/registry/rbac/rolebinding/policybased BindingAuthorized). So such a holder gets at most those roles' power,
 * where its own binding reaches (a RoleBinding: its namespace; a ClusterRoleBinding: every one): that is what the
 * returned power says, the binding's scope applying as for any rule. `escalate` stays every power: it lets the
 * holder write any rule into the named roles ("escalate" on roles, same page), and a named ClusterRole carries what
 * it is given to every binding of it (round 86: read only where the holder may also write such a role,
 * withoutUnpairedEscalate). `bind` with no resourceNames, or a `*` name, binds any role: every power. A
 * named role that holds no power gives none; one whose power cannot be read (no resolver yet, a role outside the
 * stack) is read by BindableRoles as the bindings loop would read a binding to it.
 */
function boundByName(
    rule: Rule,
    has: (v: string) => boolean,
    where: string | undefined,
    bindable: BindableRoles | undefined,
): RulePower | undefined | "every" {
    if (has("escalate") || !bindable) return "every";
    const names = rule.resourceNames;
    if (names.length === 0 || names.some(n => n === "" || n.includes("*"))) return "every";
    const kinds: ("Role" | "ClusterRole")[] = [];
    for (const x of rule.resources) {
        if (resourceCovers(x, "roles")) kinds.push("Role");
        if (resourceCovers(x, "clusterroles")) kinds.push("ClusterRole");
    }
    let best: RulePower | undefined;
    for (const kind of [...new Set(kinds)])
        for (const name of names) {
            const p = bindable(kind, name, where);
            if (!p) continue;
            const { controllers: _c, otherwise: _o, ...own } = p;
            best = widerPower(best, {
                ...own,
                reason: CLUSTER_WIDE_REASON.test(p.reason)
                    ? p.reason
                    : `bind only (escalate/bind ${rule.resources.join(", ")} limited to \`bind\` on ${kind} ${name} by resourceNames: rolebindings to it, where this binding reaches): ${p.reason}`,
            });
        }
    return best;
}

/**
 * Whether a rule set lets its holder write a RoleBinding or ClusterRoleBinding: update or patch (an existing binding's
 * subjects), or a usable create (createsObject: a named create alone creates none). `bind` is only the permission a
 * binding write is checked against ("Using RBAC Authorization", "Restrictions on role binding creation or update":
 * "You can only create/update a role binding if ... you have been authorized to perform the bind verb on the
 * referenced role"): without such a write, by the same request identity, it binds nothing (withoutNamedBind).
 */
const RBAC_BINDINGS = { groups: RBAC_ROLES.groups, resources: ["rolebindings", "clusterrolebindings"] };
function bindingWritesOfRules(rules: Rule[]): "*" | undefined {
    const writes = (rule: Rule, w: string) =>
        (rule.verbs.some(v => v === "update" || v === "patch" || v === "*") || createsObject(rule, w)) &&
        ruleNames(rule, RBAC_BINDINGS.groups, [w]);
    return rules.some(rule => RBAC_BINDINGS.resources.some(w => writes(rule, w))) ? "*" : undefined;
}

/**
 * Round 82: the roleRefs (`Kind:name`) a rule set's binding writes may produce (bindingWritesOfRules): "*" for an
 * unnamed write, a usable create (a new binding names any role) or a named create beside a patch of that name (a
 * server-side apply re-creating it after a delete); for an update or patch by name alone, the roleRef of each binding
 * it names (`roleRefOf`: the declared one's, "*" where the binding may be another). roleRef is immutable ("Using RBAC
 * Authorization", "RoleBinding and ClusterRoleBinding": "After you create a binding, you cannot change the Role or
 * ClusterRole that it refers to"): such a write changes only who holds that binding's role.
 */
function bindingRoleRefsOfRules(
    rules: Rule[],
    roleRefOf: (resource: string, name: string) => "*" | string[],
): "*" | string[] | undefined {
    let refs: string[] | undefined;
    for (const w of RBAC_BINDINGS.resources) {
        const writing = rules.filter(rule => ruleNames(rule, RBAC_BINDINGS.groups, [w]));
        // The names `verbs` are granted on ("*" every one), as namesGrantedOfRules reads a core resource.
        const granted = (verbs: string[]): "*" | string[] | undefined => {
            const by = writing.filter(rule => rule.verbs.some(v => v === "*" || verbs.includes(v)));
            if (by.some(rule => rule.resourceNames.length === 0)) return "*";
            return by.length > 0 ? by.flatMap(rule => rule.resourceNames) : undefined;
        };
        const updated = granted(["update", "patch"]);
        const created = granted(["create"]);
        if (writing.some(rule => createsObject(rule, w)) || updated === "*") return "*";
        if (updated === undefined) continue;
        if (created !== undefined && updated.some(n => created === "*" || created.includes(n))) return "*";
        for (const name of updated) {
            const ref = roleRefOf(w, name);
            if (ref === "*") return "*";
            refs = [...(refs ?? []), ...ref];
        }
    }
    return refs;
}

/** Round 82: the roleRefs some binding writes may produce (bindingRoleRefsOfRules), joined: "*" any. */
function joinRoleRefs(a: "*" | Set<string>, b: "*" | Iterable<string> | undefined): "*" | Set<string> {
    if (a === "*" || b === "*") return "*";
    return new Set([...a, ...(b ?? [])]);
}

/**
 * The rules without `bind` where it is named (boundByName's reading: no escalate, no `*` verb, finite
 * resourceNames) on a role none of the holder's request identities may write a binding of (bindingWritesOfRules;
 * `producible`: the roleRefs its binding writes may produce, bindingRoleRefsOfRules, "*" any). An unnamed `bind` or
 * `escalate` stays as read (every power).
 */
function withoutNamedBind(rules: Rule[], producible: "*" | Set<string> = new Set()): Rule[] {
    if (producible === "*") return rules;
    const named = (rule: Rule) =>
        rule.verbs.includes("bind") &&
        !rule.verbs.includes("escalate") &&
        !rule.verbs.includes("*") &&
        rule.resourceNames.length > 0 &&
        !rule.resourceNames.some(n => n === "" || n.includes("*")) &&
        ruleNames(rule, RBAC_ROLES.groups, RBAC_ROLES.resources);
    // The names a binding write may still reference: `bind` on those stays.
    const bindable = (rule: Rule) =>
        rule.resourceNames.filter(n =>
            [
                ["clusterroles", "ClusterRole"],
                ["roles", "Role"],
            ].some(
                ([resource, kind]) =>
                    rule.resources.some(x => resourceCovers(x, resource)) && producible.has(`${kind}:${n}`),
            ),
        );
    return rules.some(named)
        ? rules.flatMap(rule => {
              if (!named(rule)) return [rule];
              const kept = bindable(rule);
              const rest = { ...rule, verbs: rule.verbs.filter(v => v !== "bind") };
              return kept.length > 0 ? [rest, { ...rule, verbs: ["bind"], resourceNames: kept }] : [rest];
          })
        : rules;
}

/**
 * Round 86: the roles a rule set may write: update, patch or a usable create (createsObject) of roles or
 * clusterroles; a name `*` for an unnamed write or a usable create (a new role takes any name, a binding's too).
 * `escalate` is no write of its own: "Using RBAC Authorization", "Restrictions on role creation or update": "You can
 * only create/update a role if ... you are granted explicit permission to perform the escalate verb on the roles or
 * clusterroles resource" (the create/update/patch request still needs its own verb). withoutUnpairedEscalate reads
 * escalate only beside such a write by the same request identity. Round 88: keyed by where the write applies,
 * `Role:<namespace>:<name>` (`where`, the namespace of the RoleBinding granting it; `*` through a ClusterRoleBinding
 * or a namespace the pack cannot read) and `ClusterRole:<name>`, only through a ClusterRoleBinding (`where`
 * undefined): a ClusterRole is cluster-scoped, and RBAC reads RoleBindings only for a namespaced request
 * (pkg/registry/rbac/validation rule.go VisitRulesFor).
 */
function roleWritesOfRules(rules: Rule[], where?: string): string[] | undefined {
    let names: string[] | undefined;
    for (const [w, kind] of [
        ["roles", `Role:${where ?? "*"}`],
        ["clusterroles", "ClusterRole"],
    ]) {
        if (w === "clusterroles" && where !== undefined) continue;
        for (const rule of rules.filter(x => ruleNames(x, RBAC_ROLES.groups, [w]))) {
            const writes = rule.verbs.some(v => v === "update" || v === "patch" || v === "*");
            const any = createsObject(rule, w) || (writes && rule.resourceNames.length === 0);
            if (any || writes)
                names = [...(names ?? []), ...(any ? ["*"] : rule.resourceNames).map(n => `${kind}:${n}`)];
        }
    }
    return names;
}

/**
 * The rules without `escalate` on roles/clusterroles where none of the holder's request identities may write a role
 * it names (roleWritesOfRules; `writable`: the roles those writes reach, "*" any): escalate alone writes nothing.
 * Where one may, escalate stays as read (every power: the holder writes any rule into a role a binding names).
 * Round 88: only where the escalate and the write meet. The escalation check asks for `escalate` "at the same scope
 * as the object being modified (cluster-wide for a ClusterRole, within the same namespace or cluster-wide for a
 * Role)" ("Using RBAC Authorization", "Restrictions on role creation or update"): `where`, the namespace of the
 * RoleBinding granting escalate (undefined: a ClusterRoleBinding, every namespace), pairs with a Role write of that
 * namespace or of every one; escalate on clusterroles counts only through a ClusterRoleBinding.
 */
function withoutUnpairedEscalate(rules: Rule[], writable: "*" | Set<string> = new Set(), where?: string): Rule[] {
    if (writable === "*") return rules;
    const writes = [...writable].map(k => {
        const [kind, ...rest] = k.split(":");
        return kind === "Role"
            ? { kind, ns: rest[0], name: rest.slice(1).join(":") }
            : { kind, ns: "*", name: rest.join(":") };
    });
    const paired = (rule: Rule) => {
        const anyName = rule.resourceNames.length === 0 || rule.resourceNames.some(n => n === "" || n.includes("*"));
        const meets = (kind: string) =>
            writes.some(
                x =>
                    x.kind === kind &&
                    (x.ns === "*" || where === undefined || x.ns === where) &&
                    (x.name === "*" || anyName || rule.resourceNames.includes(x.name)),
            );
        return (
            rule.verbs.includes("*") ||
            (ruleNames(rule, RBAC_ROLES.groups, ["roles"]) && meets("Role")) ||
            (where === undefined && ruleNames(rule, RBAC_ROLES.groups, ["clusterroles"]) && meets("ClusterRole"))
        );
    };
    return rules.flatMap(rule => {
        if (!rule.verbs.includes("escalate") || paired(rule)) return [rule];
        const verbs = rule.verbs.filter(v => v !== "escalate");
        return verbs.length > 0 ? [{ ...rule, verbs }] : [];
    });
}

/**
 * The built-in ClusterRoles of the Certificates API, with the one rule each holds (kubernetes plugin/pkg/auth/
 * authorizer/rbac/bootstrappolicy testdata/cluster-roles.yaml; Kubernetes "TLS bootstrapping", "Approval", and
 * "Certificate Signing Requests", "Authorization"): create certificatesigningrequests/nodeclient or /selfnodeclient
 * (the csrapproving controller's SubjectAccessReviews), or approve one signer. Judged by these rules in
 * saPowerOfRule: the kubelet client and kube-apiserver client ones are a node's or any user's identity, the
 * kubelet-serving approver (serving certificates only) none.
 */
const CERTIFICATE_ROLES: [string, string, string][] = [
    [
        "system:certificates.k8s.io:certificatesigningrequests:nodeclient",
        "certificatesigningrequests/nodeclient",
        "create",
    ],
    [
        "system:certificates.k8s.io:certificatesigningrequests:selfnodeclient",
        "certificatesigningrequests/selfnodeclient",
        "create",
    ],
    ["system:certificates.k8s.io:kube-apiserver-client-approver", "kubernetes.io/kube-apiserver-client", "approve"],
    [
        "system:certificates.k8s.io:kube-apiserver-client-kubelet-approver",
        "kubernetes.io/kube-apiserver-client-kubelet",
        "approve",
    ],
    ["system:certificates.k8s.io:kubelet-serving-approver", "kubernetes.io/kubelet-serving", "approve"],
    ["system:certificates.k8s.io:legacy-unknown-approver", "kubernetes.io/legacy-unknown", "approve"],
];

/**
 * Built-in ClusterRoles (Kubernetes "Using RBAC Authorization": "User-facing roles" and "Core component roles"):
 * which let their holder run pods or mint tokens. The system: roles listed grant only discovery, health/metrics
 * URLs, self-reviews and token/access reviews (system:auth-delegator: create tokenreviews and
 * subjectaccessreviews), never a workload or a token.
 */
const BUILT_IN_CLUSTER_ROLES: Record<string, string | undefined> = {
    "cluster-admin": "built-in ClusterRole cluster-admin",
    admin: "built-in ClusterRole admin (creates workloads)",
    edit: "built-in ClusterRole edit (creates workloads)",
    view: undefined,
    "system:auth-delegator": undefined,
    "system:basic-user": undefined,
    "system:discovery": undefined,
    "system:public-info-viewer": undefined,
    "system:monitoring": undefined,
    "system:service-account-issuer-discovery": undefined,
    // Judged by their rules (BUILT_IN_CLUSTER_ROLE_RULES).
    "system:node-problem-detector": undefined,
    "system:node-proxier": undefined,
    ...Object.fromEntries(CERTIFICATE_ROLES.map(([name]) => [name, undefined])),
};

const builtInRule = (
    apiGroups: string[],
    resources: string[],
    verbs: string[],
    resourceNames: string[] = [],
): Rule => ({
    apiGroups,
    resources,
    verbs,
    resourceNames,
});
const LEADER_LOCKING = [
    builtInRule(["coordination.k8s.io"], ["leases"], ["create", "get", "list", "update", "watch"]),
    builtInRule(["coordination.k8s.io"], ["leasecandidates"], ["create", "get", "list", "update", "watch"]),
];
const EVENT_WRITES = builtInRule(["", "events.k8s.io"], ["events"], ["create", "patch", "update"]);
/**
 * Built-in ClusterRoles of BUILT_IN_CLUSTER_ROLES known by their rules (kubernetes plugin/pkg/auth/authorizer/rbac/
 * bootstrappolicy/policy.go): a binding to one is judged by them, like a stack ClusterRole's.
 * system:node-problem-detector ("Using RBAC Authorization", "Other component roles"): get nodes, patch nodes/status,
 * create/patch/update events. system:node-proxier ("Core component roles", the role of kube-proxy, which EKS binds as
 * eks:kube-proxy): list/watch services and endpoints, get/list/watch nodes, list/watch endpointslices and (1.33 on)
 * servicecidrs, events; reads only, no Secret, workload or token.
 */
const BUILT_IN_CLUSTER_ROLE_RULES: Record<string, Rule[]> = {
    "system:node-proxier": [
        builtInRule([""], ["services", "endpoints"], ["list", "watch"]),
        builtInRule([""], ["nodes"], ["get", "list", "watch"]),
        builtInRule(["discovery.k8s.io"], ["endpointslices"], ["list", "watch"]),
        builtInRule(["networking.k8s.io"], ["servicecidrs"], ["list", "watch"]),
        EVENT_WRITES,
    ],
    "system:node-problem-detector": [
        builtInRule([""], ["nodes"], ["get"]),
        builtInRule([""], ["nodes/status"], ["patch"]),
        EVENT_WRITES,
    ],
    ...Object.fromEntries(
        CERTIFICATE_ROLES.map(([name, what, verb]) => [
            name,
            [
                verb === "create"
                    ? builtInRule(["certificates.k8s.io"], [what], ["create"])
                    : builtInRule(["certificates.k8s.io"], ["signers"], ["approve"], [what]),
            ],
        ]),
    ),
};
/**
 * Built-in namespaced Roles of the API server's RBAC bootstrap policy, by `Role:<namespace>:<name>`, with their rules
 * (kubernetes plugin/pkg/auth/authorizer/rbac/bootstrappolicy/namespace_policy.go; the rules as served:
 * testdata/namespace-roles.yaml). A RoleBinding to one is judged by these rules, like a stack Role's. The API server
 * reconciles them at start, adding missing rules and never removing extra ones ("Using RBAC Authorization",
 * "Auto-reconciliation"), so a RolePatch adds to them. extension-apiserver-authentication-reader is what every
 * aggregated API server binds (metrics-server, prometheus-adapter): it reads the request-header CA ConfigMap only.
 */
const BUILT_IN_ROLES: Record<string, Rule[]> = {
    "Role:kube-system:extension-apiserver-authentication-reader": [
        builtInRule([""], ["configmaps"], ["get", "list", "watch"], ["extension-apiserver-authentication"]),
    ],
    "Role:kube-system:system::leader-locking-kube-controller-manager": LEADER_LOCKING,
    "Role:kube-system:system::leader-locking-kube-scheduler": LEADER_LOCKING,
    "Role:kube-system:system:controller:bootstrap-signer": [builtInRule([""], ["secrets"], ["get", "list", "watch"])],
    "Role:kube-system:system:controller:cloud-provider": [
        builtInRule([""], ["configmaps"], ["create", "get", "list", "watch"]),
    ],
    "Role:kube-system:system:controller:token-cleaner": [
        builtInRule([""], ["secrets"], ["delete", "get", "list", "watch"]),
        EVENT_WRITES,
    ],
    "Role:kube-public:system:controller:bootstrap-signer": [
        builtInRule([""], ["configmaps"], ["get", "list", "watch"]),
        builtInRule([""], ["configmaps"], ["update"], ["cluster-info"]),
        EVENT_WRITES,
    ],
};

/**
 * Every ClusterRoleBinding of the API server's bootstrap policy, each of the ClusterRole of its name, with its subjects
 * (kubernetes plugin/pkg/auth/authorizer/rbac/bootstrappolicy policy.go ClusterRoleBindings; as served:
 * testdata/cluster-role-bindings.yaml; "Using RBAC Authorization", "Default roles and role bindings"; the
 * controllers' own bindings are CONTROLLER_SERVICE_ACCOUNTS'). system:node names no one: the Node authorizer grants
 * nodes ("Using Node Authorization"). They exist in every cluster, and auto-reconciliation adds missing rules and
 * subjects but never removes extra ones ("Auto-reconciliation"), so whatever the stack writes into one of these roles
 * (a ClusterRolePatch, a ClusterRole of the same name) their subjects hold: the bindings loop reads them as the
 * stack's own (`defaultBindings`), every power derived from role rules included (pods, tokens, Secret creates and
 * reads joined with the subjects' other bindings, impersonation). The roles' own built-in rules are the cluster's
 * standing grant to its own components (cluster-admin to system:masters, token minting to kube-controller-manager),
 * whose identities the pack refuses to hand out (system:masters, system:nodes, reservedUsername): not read as theirs.
 */
const DEFAULT_BINDINGS: Record<
    string,
    { kind: "User" | "Group" | "ServiceAccount"; name: string; namespace?: string }[]
> = {
    "cluster-admin": [{ kind: "Group", name: "system:masters" }],
    "system:basic-user": [{ kind: "Group", name: "system:authenticated" }],
    "system:discovery": [{ kind: "Group", name: "system:authenticated" }],
    "system:kube-controller-manager": [{ kind: "User", name: "system:kube-controller-manager" }],
    "system:kube-dns": [{ kind: "ServiceAccount", name: "kube-dns", namespace: "kube-system" }],
    "system:kube-scheduler": [{ kind: "User", name: "system:kube-scheduler" }],
    "system:monitoring": [{ kind: "Group", name: "system:monitoring" }],
    "system:node": [],
    "system:node-proxier": [{ kind: "User", name: "system:kube-proxy" }],
    "system:public-info-viewer": [
        { kind: "Group", name: "system:authenticated" },
        { kind: "Group", name: "system:unauthenticated" },
    ],
    "system:service-account-issuer-discovery": [{ kind: "Group", name: "system:serviceaccounts" }],
    "system:volume-scheduler": [{ kind: "User", name: "system:kube-scheduler" }],
};

/**
 * kube-controller-manager's per-controller ServiceAccounts of kube-system and the bootstrap bindings that name them
 * (kubernetes plugin/pkg/auth/authorizer/rbac/bootstrappolicy controller_policy.go, addControllerRole: ClusterRole
 * system:controller:<name> bound by a ClusterRoleBinding of that name to ServiceAccount kube-system/<name>;
 * namespace_policy.go: the Roles of BUILT_IN_ROLES; "Using RBAC Authorization", "Controller roles"). They exist in
 * every cluster and their bindings lie outside the stack, so their power comes into view only where the stack lets
 * someone act as one: a pod of the stack running as it, a readable legacy token Secret for it (`builtInBindingsInUse`),
 * a subject that may create Secrets in kube-system and read them, or a token or impersonation of one by name
 * (`controllerAccountsPower`).
 * The ClusterRoles are judged as undeclaredRolePower judges a system:controller: role (their rules are not read here:
 * replicaset-, daemon-set-, job-, statefulset-controller create pods, clusterrole-aggregation-controller rewrites
 * every ClusterRole, generic-garbage-collector patches every object).
 */
const CONTROLLER_SERVICE_ACCOUNTS: Record<string, { kind: "ClusterRole" | "Role"; namespace?: string }[]> = {
    ...Object.fromEntries(
        [
            "attachdetach-controller",
            "certificate-controller",
            "clusterrole-aggregation-controller",
            "cronjob-controller",
            "daemon-set-controller",
            "deployment-controller",
            "device-taint-eviction-controller",
            "disruption-controller",
            "endpoint-controller",
            "endpointslice-controller",
            "endpointslicemirroring-controller",
            "ephemeral-volume-controller",
            "expand-controller",
            "generic-garbage-collector",
            "horizontal-pod-autoscaler",
            "job-controller",
            "kube-apiserver-serving-clustertrustbundle-publisher",
            "legacy-service-account-token-cleaner",
            "namespace-controller",
            "node-controller",
            "persistent-volume-binder",
            "pod-garbage-collector",
            "podcertificaterequestcleaner",
            "pv-protection-controller",
            "pvc-protection-controller",
            "replicaset-controller",
            "replication-controller",
            "resource-claim-controller",
            "resourcequota-controller",
            "root-ca-cert-publisher",
            "route-controller",
            "selinux-warning-controller",
            "service-account-controller",
            "service-cidrs-controller",
            "service-controller",
            "statefulset-controller",
            "storage-version-garbage-collector",
            "storage-version-migrator-controller",
            "ttl-after-finished-controller",
            "ttl-controller",
            "validatingadmissionpolicy-status-controller",
            "volumeattributesclass-protection-controller",
        ].map(name => [name, [{ kind: "ClusterRole" as const }]]),
    ),
    "bootstrap-signer": [
        { kind: "Role", namespace: "kube-system" },
        { kind: "Role", namespace: "kube-public" },
    ],
    "cloud-provider": [{ kind: "Role", namespace: "kube-system" }],
    "token-cleaner": [{ kind: "Role", namespace: "kube-system" }],
};

/**
 * Whether the API server's RBAC bootstrap policy makes the role of this key (`Role:<namespace>:<name>` or
 * `ClusterRole:<name>`) itself: the built-in Roles (BUILT_IN_ROLES) and ClusterRoles (BUILT_IN_CLUSTER_ROLES) and
 * kube-controller-manager's system:controller:<name> ClusterRoles (CONTROLLER_SERVICE_ACCOUNTS). It reconciles them at
 * every start, adding missing rules and keeping the ones users added ("Using RBAC Authorization", "Default roles and
 * role bindings", "Auto-reconciliation"), so whatever the stack writes to one (a RolePatch, or a Role of the same name)
 * adds to the built-in rules, and its bootstrap bindings outside the stack (a controller's ServiceAccount) hold both.
 */
const bootstrapRole = (key: string): boolean => {
    if (key in BUILT_IN_ROLES) return true;
    const name = /^ClusterRole:(.*)$/.exec(key)?.[1];
    if (name === undefined) return false;
    const controller = /^system:controller:(.+)$/.exec(name)?.[1];
    return (
        Object.hasOwn(BUILT_IN_CLUSTER_ROLES, name) ||
        (controller !== undefined &&
            Object.hasOwn(CONTROLLER_SERVICE_ACCOUNTS, controller) &&
            CONTROLLER_SERVICE_ACCOUNTS[controller].some(b => b.kind === "ClusterRole"))
    );
};

/** Where a binding the engine synthesises for a built-in ServiceAccount (`builtInBindingsInUse`) says why. */
const BUILT_IN_BECAUSE = "custody-guard:built-in-because";
/** Where a binding the engine synthesises (`defaultBindings`, `outsideBindings`) says how its messages name it. */
const DEFAULT_BINDING_LABEL = "custody-guard:default-binding-label";
/** Where a binding the engine synthesises for a built-in's holders outside the stack (`joinBindings`) names it. */
const JOINED_BUILT_IN = "custody-guard:joined-built-in";

/**
 * Why creating Secrets and reading them in a namespace is holding the token of its ServiceAccounts: the control plane
 * fills a Secret of type kubernetes.io/service-account-token with a non-expiring token of the ServiceAccount its
 * kubernetes.io/service-account.name annotation names, in the Secret's namespace, whoever created it.
 */
const MINTED_TOKEN_WHY =
    'a Secret of type kubernetes.io/service-account-token annotated kubernetes.io/service-account.name is filled by the control plane with a non-expiring token of that ServiceAccount of its namespace, whoever created it (Kubernetes "Configure Service Accounts for Pods", "Manually create a long-lived API token for a ServiceAccount"); create secrets or read them in this namespace, not both, or keep ServiceAccounts with RBAC out of it';

/** A subject that may read or create Secrets: its node, its label, and its RBAC key (subjectKey) when it is one. */
interface SecretSubject {
    actor: PrincipalNode;
    label: string;
    key?: string;
}

/** A Secret the control plane fills with a non-expiring token (see `tokenSecretOf`). */
const SA_TOKEN_TYPE = "kubernetes.io/service-account-token";

/**
 * A legacy ServiceAccount token Secret: the token controller fills `data.token` of a Secret of type
 * kubernetes.io/service-account-token with a token that never expires for the ServiceAccount its
 * kubernetes.io/service-account.name annotation names, in the Secret's namespace (Kubernetes "Configure Service
 * Accounts for Pods", "Manually create an API token for a ServiceAccount"; "Service Accounts", "Legacy
 * ServiceAccount token Secrets"). Whoever may read the Secret acts as that ServiceAccount in the Kubernetes API.
 * A token for a ServiceAccount the Secret does not name cannot be read during a preview: `sa` undefined. Its namespace
 * is where the Pulumi Kubernetes provider puts it (metadata.namespace, else the provider's `namespace`); "*" when that
 * is unknown during the preview (it may be any namespace: that ServiceAccount name in each, builtInBindingsInUse).
 */
function tokenSecretOf(r: StackResource): { name: string; namespace: string; sa?: string } | undefined {
    if (r.type !== "kubernetes:core/v1:Secret") return undefined;
    const type = r.props.type;
    if (type !== SA_TOKEN_TYPE && !isUnknown(type)) return undefined;
    const m = meta(r);
    const annotations = (r.props.metadata as { annotations?: unknown } | undefined)?.annotations;
    return {
        name: m.name ?? r.name,
        namespace: placedNamespace(r),
        sa: str(annotations, "kubernetes.io/service-account.name"),
    };
}

/**
 * Why writing a Prometheus Operator ServiceMonitor, PodMonitor, Probe or AlertmanagerConfig reads Secrets of its
 * namespace: their credential fields are SecretKeySelectors "in the namespace that contains the credentials" (the
 * object's own: prometheus-operator API reference, SafeAuthorization.credentials, BasicAuth, OAuth2.clientSecret,
 * SafeTLSConfig.keySecret, Endpoint.bearerTokenSecret; a Probe's bearerTokenSecret "needs to be in the same namespace
 * as the probe and accessible by the Prometheus Operator"; an AlertmanagerConfig receiver's httpConfig and urlSecret),
 * which the operator copies into Prometheus's or Alertmanager's configuration, and they send them with every scrape,
 * probe or notification to the targets, prober URL or receiver URL the object's author picks. So writing one is
 * reading any Secret of its namespace; a service-account-token Secret makes its reader that ServiceAccount (round 24,
 * builtInBindingsInUse). Needs the Prometheus or Alertmanager to select the namespace, which is outside the stack
 * (kube-prometheus-stack's default selects every one), so it is counted. PrometheusRules alone name no Secret.
 */
const MONITOR_SECRETS_WHY =
    "the Prometheus Operator copies a monitor's, Probe's or AlertmanagerConfig's credential SecretKeySelectors, Secrets of its own namespace, into Prometheus's or Alertmanager's configuration, which sends them to the targets, prober or receiver URLs the object picks (prometheus-operator API reference, SafeAuthorization \"credentials: Selects a key of a Secret in the namespace that contains the credentials for authentication\")";
const MONITOR_SECRET_RESOURCES = ["servicemonitors", "podmonitors", "probes", "alertmanagerconfigs", "scrapeconfigs"];
/** A Prometheus Operator kind whose spec names Secrets sent as credentials, with its Patch. */
const MONITOR_CREDENTIAL_KINDS =
    /^kubernetes:monitoring\.coreos\.com\/[^:]+:(ServiceMonitor|PodMonitor|Probe|AlertmanagerConfig|ScrapeConfig)(?:Patch)?$/;

/**
 * The Secrets a monitor's spec names (MONITOR_SECRETS_WHY): every SecretKeySelector, an object with a string `name`
 * and `key` (bearerTokenSecret, credentials, basicAuth username/password, clientSecret, keySecret, a SecretOrConfigMap's
 * `secret`, urlSecret, ...), not a `configMap` one. `unknown`: a part unknown during the preview, which may name any.
 */
function monitorSecretRefs(spec: unknown): { names: string[]; unknown: boolean } {
    const names = new Set<string>();
    let unknown = false;
    const walk = (v: unknown, field: string, depth: number): void => {
        if (depth > 24) return;
        if (isUnknown(v)) {
            unknown = true;
            return;
        }
        if (Array.isArray(v)) {
            for (const x of v) walk(x, field, depth + 1);
            return;
        }
        if (v === null || typeof v !== "object" || field === "configMap") return;
        const o = v as Record<string, unknown>;
        if (typeof o.key === "string" && o.name !== undefined) {
            if (typeof o.name === "string" && !isUnknown(o.name)) names.add(o.name);
            else unknown = true;
        }
        for (const [k, x] of Object.entries(o)) walk(x, k, depth + 1);
    };
    walk(spec, "spec", 0);
    return { names: [...names], unknown };
}

/**
 * Which Secrets a rule set lets its holder get, list or watch (Kubernetes "RBAC Good Practices", "Secrets": "get",
 * "list" and "watch" all return a Secret's contents) or patch (Kubernetes API reference, "Secret v1", "patch":
 * "partially update the specified Secret", answered 200 with the Secret, so any patch, a label added, hands back every
 * key it holds; `update` is not counted, its PUT body replacing the data it answers with): "*" every one, the names
 * its resourceNames list, or undefined. Writing a Prometheus Operator monitor, Probe or AlertmanagerConfig
 * (MONITOR_SECRETS_WHY) reads every Secret of the namespace, whatever resourceNames it has (an update of a named
 * monitor names any Secret).
 */
function secretReadsOfRules(rules: Rule[]): "*" | string[] | undefined {
    const writesMonitors = (rule: Rule) =>
        rule.verbs.some(v => v === "create" || v === "update" || v === "patch" || v === "*") &&
        (rule.apiGroups.includes("monitoring.coreos.com") || rule.apiGroups.includes("*")) &&
        rule.resources.some(x => MONITOR_SECRET_RESOURCES.some(m => resourceCovers(x, m)));
    return rules.some(writesMonitors) ? "*" : secretVerbsOfRules(rules, ["get", "list", "watch", "patch"]);
}

/**
 * Which Secrets a rule set lets its holder ask to create: "*" any name (`create` without resourceNames), the names a
 * `create` under resourceNames lists, or undefined. A POST carries no name, so a named `create` is never a POST
 * ("Using RBAC Authorization", "Referring to resources": "You cannot restrict create or deletecollection requests by
 * their resource name ... the name of the new object may not be known at authorization time"): only a server-side
 * apply creates that Secret, a PATCH authorised first as `patch` on the name and then as `create` with it (k8s.io/
 * apiserver endpoints/handlers/patch.go createAuthorizerAttributes), so those names count only where the same subject
 * may patch them there too (secretPatchesOfRules, joined over all it holds in readKubernetes secretPairs). Whoever
 * creates a Secret of type kubernetes.io/service-account-token and may read it holds a non-expiring token of any
 * ServiceAccount of the namespace (`tokenSecretOf`; secretPairs).
 */
function secretCreatesOfRules(rules: Rule[]): "*" | string[] | undefined {
    return secretVerbsOfRules(rules, ["create"]);
}

/** Which Secrets a rule set lets its holder patch: "*" every one, the names its resourceNames list, or undefined. */
function secretPatchesOfRules(rules: Rule[]): "*" | string[] | undefined {
    return secretVerbsOfRules(rules, ["patch"]);
}

/**
 * Which Secrets a rule set lets its holder delete: as secretPatchesOfRules, a `deletecollection` counting only without
 * resourceNames ("Using RBAC Authorization", "Referring to resources": it cannot be restricted by name).
 */
function secretDeletesOfRules(rules: Rule[]): "*" | string[] | undefined {
    return deletesOfRules(rules, "secrets");
}

/** Which objects of core `resource` a rule set lets its holder delete: as secretDeletesOfRules. */
function deletesOfRules(rules: Rule[], resource: string): "*" | string[] | undefined {
    const unnamed = rules.filter(r => r.resourceNames.length === 0);
    return (
        namesGrantedOfRules(unnamed, ["deletecollection"], resource) ?? namesGrantedOfRules(rules, ["delete"], resource)
    );
}

/** Which Secrets a rule set grants one of `verbs` on: as namesGrantedOfRules. */
function secretVerbsOfRules(rules: Rule[], verbs: string[]): "*" | string[] | undefined {
    return namesGrantedOfRules(rules, verbs, "secrets");
}

/**
 * Which objects of `resource` (a core one, or a workload resource in a group serving it: WORKLOAD_RESOURCES) a rule
 * set grants one of `verbs` on (`*` verbs, resources and groups included): "*" every one, the names its resourceNames
 * list, or undefined.
 */
function namesGrantedOfRules(rules: Rule[], verbs: string[], resource: string): "*" | string[] | undefined {
    let names: string[] | undefined;
    for (const rule of rules) {
        const served = WORKLOAD_RESOURCES.has(resource)
            ? workloadsInGroups(rule.apiGroups).includes(resource)
            : rule.apiGroups.includes("") || rule.apiGroups.includes("*");
        const grants = rule.verbs.some(v => v === "*" || verbs.includes(v));
        if (!served || !grants || !rule.resources.some(x => resourceCovers(x, resource))) continue;
        if (rule.resourceNames.length === 0) return "*";
        names = [...(names ?? []), ...rule.resourceNames];
    }
    return names;
}

const AGGREGATE_TO = "rbac.authorization.k8s.io/aggregate-to-";
const BOOTSTRAPPING = { "kubernetes.io/bootstrapping": "rbac-defaults" };
/**
 * The built-in ClusterRoles an aggregationRule selector can match, by their labels, with what holding each gives
 * (undefined: no pod, no token). Every built-in ClusterRole carries kubernetes.io/bootstrapping: rbac-defaults (so
 * a selector on it matches cluster-admin); edit is labelled aggregate-to-admin, view aggregate-to-edit, and
 * system:aggregate-to-<x> aggregate-to-<x>; admin, edit and view aggregate `aggregate-to-<their name>`
 * (kubernetes plugin/pkg/auth/authorizer/rbac/bootstrappolicy testdata/cluster-roles.yaml). system:aggregate-to-edit
 * creates pods, workloads and serviceaccounts/token; system:aggregate-to-admin writes roles and rolebindings only
 * (bounded by RBAC's escalation check to what its holder already holds).
 */
const BUILT_IN_LABELLED: { name: string; labels: Record<string, string>; power?: string }[] = [
    { name: "cluster-admin", labels: BOOTSTRAPPING, power: BUILT_IN_CLUSTER_ROLES["cluster-admin"] },
    { name: "admin", labels: BOOTSTRAPPING, power: BUILT_IN_CLUSTER_ROLES.admin },
    {
        name: "edit",
        labels: { ...BOOTSTRAPPING, [`${AGGREGATE_TO}admin`]: "true" },
        power: BUILT_IN_CLUSTER_ROLES.edit,
    },
    { name: "view", labels: { ...BOOTSTRAPPING, [`${AGGREGATE_TO}edit`]: "true" } },
    { name: "system:aggregate-to-admin", labels: { ...BOOTSTRAPPING, [`${AGGREGATE_TO}admin`]: "true" } },
    {
        name: "system:aggregate-to-edit",
        labels: { ...BOOTSTRAPPING, [`${AGGREGATE_TO}edit`]: "true" },
        power: "built-in ClusterRole system:aggregate-to-edit (creates pods, workloads and serviceaccounts/token)",
    },
    { name: "system:aggregate-to-view", labels: { ...BOOTSTRAPPING, [`${AGGREGATE_TO}view`]: "true" } },
];

/**
 * Whether a LabelSelector may match these labels (matchLabels and matchExpressions In, NotIn, Exists, DoesNotExist,
 * all required: Kubernetes "Labels and Selectors"); an empty selector matches every ClusterRole, as the aggregation
 * controller reads it. What cannot be read (unknown during the preview, another operator) may match.
 */
function selectorMatches(sel: unknown, labels: Record<string, unknown>): boolean {
    if (sel === null || typeof sel !== "object" || isUnknown(sel)) return true;
    const { matchLabels, matchExpressions } = sel as { matchLabels?: unknown; matchExpressions?: unknown };
    if (isUnknown(matchLabels) || isUnknown(matchExpressions)) return true;
    const has = (k: string) => labels[k] !== undefined;
    if (matchLabels !== null && typeof matchLabels === "object")
        for (const [k, v] of Object.entries(matchLabels))
            if (!isUnknown(v) && !isUnknown(labels[k]) && (labels[k] === undefined || String(labels[k]) !== String(v)))
                return false;
    for (const e of Array.isArray(matchExpressions) ? matchExpressions : []) {
        const key = str(e, "key");
        const values = strList(e, "values");
        if (key === undefined || values.unknown || isUnknown(labels[key])) continue;
        const op = str(e, "operator");
        const inValues = has(key) && values.values.includes(String(labels[key]));
        if ((op === "In" && !inValues) || (op === "NotIn" && inValues)) return false;
        if ((op === "Exists" && !has(key)) || (op === "DoesNotExist" && has(key))) return false;
    }
    return true;
}

/** One requirement of a label selector: `key` `operator` (In, NotIn, Exists, DoesNotExist) `values`. */
interface LabelRequirement {
    key: string;
    operator: string;
    values: string[];
}

/**
 * A LabelSelector read as the requirements it ANDs ("Labels and Selectors": matchLabels {k: v} is the requirement
 * k In [v], and "all of the requirements, from both matchLabels and matchExpressions are ANDed together"), or undefined
 * when any part cannot be read (unknown during the preview, a malformed entry, an operator Kubernetes does not have).
 */
function labelRequirements(sel: unknown): LabelRequirement[] | undefined {
    if (sel === null || typeof sel !== "object" || isUnknown(sel)) return undefined;
    const { matchLabels, matchExpressions } = sel as { matchLabels?: unknown; matchExpressions?: unknown };
    if (isUnknown(matchLabels) || isUnknown(matchExpressions)) return undefined;
    const out: LabelRequirement[] = [];
    if (matchLabels !== undefined && matchLabels !== null) {
        if (typeof matchLabels !== "object" || Array.isArray(matchLabels)) return undefined;
        for (const [key, v] of Object.entries(matchLabels)) {
            if (isUnknown(v) || (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean"))
                return undefined;
            out.push({ key, operator: "In", values: [String(v)] });
        }
    }
    if (matchExpressions !== undefined && matchExpressions !== null) {
        if (!Array.isArray(matchExpressions)) return undefined;
        for (const e of matchExpressions) {
            const key = str(e, "key");
            const operator = str(e, "operator");
            const values = strList(e, "values");
            if (key === undefined || operator === undefined || values.unknown) return undefined;
            if (!["In", "NotIn", "Exists", "DoesNotExist"].includes(operator)) return undefined;
            out.push({ key, operator, values: values.values });
        }
    }
    return out;
}

/**
 * Whether a selector selects at most what a built-in (admin, edit, view) aggregates: it requires that built-in's own
 * label rbac.authorization.k8s.io/aggregate-to-<name>: "true" (matchLabels, or matchExpressions In ["true"]: the same
 * requirement), whatever else it ANDs (further requirements only narrow the ClusterRoles selected). Its power is that
 * built-in's plus the stack's ClusterRoles it matches (selectedPower); a patched built-in's adds nothing new. A
 * selector that cannot be read (labelRequirements) or requires the label otherwise (NotIn, Exists, DoesNotExist, In
 * with another value) is not one (fail closed).
 */
function ownSelector(sel: unknown, builtIn: string): boolean {
    if (!["admin", "edit", "view"].includes(builtIn)) return false;
    return (
        labelRequirements(sel)?.some(
            r =>
                r.key === `${AGGREGATE_TO}${builtIn}` &&
                r.operator === "In" &&
                r.values.length > 0 &&
                r.values.every(v => v === "true"),
        ) ?? false
    );
}

const WRITE_VERBS = ["create", "delete", "deletecollection", "patch", "update"];
const READ_VERBS = ["get", "list", "watch"];
/** The read rules AmazonEKSViewPolicy, AmazonEKSEditPolicy and AmazonEKSAdminPolicy share (no Secret). */
const EKS_VIEW_RULES: Rule[] = [
    builtInRule(
        ["apps"],
        [
            "controllerrevisions",
            "daemonsets",
            "daemonsets/status",
            "deployments",
            "deployments/scale",
            "deployments/status",
            "replicasets",
            "replicasets/scale",
            "replicasets/status",
            "statefulsets",
            "statefulsets/scale",
            "statefulsets/status",
        ],
        READ_VERBS,
    ),
    builtInRule(["autoscaling"], ["horizontalpodautoscalers", "horizontalpodautoscalers/status"], READ_VERBS),
    builtInRule(["batch"], ["cronjobs", "cronjobs/status", "jobs", "jobs/status"], READ_VERBS),
    builtInRule(["discovery.k8s.io"], ["endpointslices"], READ_VERBS),
    builtInRule(
        ["extensions"],
        [
            "daemonsets",
            "daemonsets/status",
            "deployments",
            "deployments/scale",
            "deployments/status",
            "ingresses",
            "ingresses/status",
            "networkpolicies",
            "replicasets",
            "replicasets/scale",
            "replicasets/status",
            "replicationcontrollers/scale",
        ],
        READ_VERBS,
    ),
    builtInRule(["networking.k8s.io"], ["ingresses", "ingresses/status", "networkpolicies"], READ_VERBS),
    builtInRule(["policy"], ["poddisruptionbudgets", "poddisruptionbudgets/status"], READ_VERBS),
    builtInRule(
        [""],
        [
            "configmaps",
            "endpoints",
            "persistentvolumeclaims",
            "persistentvolumeclaims/status",
            "pods",
            "replicationcontrollers",
            "replicationcontrollers/scale",
            "serviceaccounts",
            "services",
            "services/status",
        ],
        READ_VERBS,
    ),
    builtInRule(
        [""],
        [
            "bindings",
            "events",
            "limitranges",
            "namespaces/status",
            "pods/log",
            "pods/status",
            "replicationcontrollers/status",
            "resourcequotas",
            "resourcequotas/status",
        ],
        READ_VERBS,
    ),
    builtInRule([""], ["namespaces"], READ_VERBS),
];
/** What AmazonEKSEditPolicy adds to EKS_VIEW_RULES (AmazonEKSAdminPolicy holds it too). */
const EKS_EDIT_RULES: Rule[] = [
    ...EKS_VIEW_RULES,
    builtInRule(
        ["apps"],
        [
            "daemonsets",
            "deployments",
            "deployments/rollback",
            "deployments/scale",
            "replicasets",
            "replicasets/scale",
            "statefulsets",
            "statefulsets/scale",
        ],
        WRITE_VERBS,
    ),
    builtInRule(["autoscaling"], ["horizontalpodautoscalers"], WRITE_VERBS),
    builtInRule(["batch"], ["cronjobs", "jobs"], WRITE_VERBS),
    builtInRule(
        ["extensions"],
        [
            "daemonsets",
            "deployments",
            "deployments/rollback",
            "deployments/scale",
            "ingresses",
            "networkpolicies",
            "replicasets",
            "replicasets/scale",
            "replicationcontrollers/scale",
        ],
        WRITE_VERBS,
    ),
    builtInRule(["networking.k8s.io"], ["ingresses", "networkpolicies"], WRITE_VERBS),
    builtInRule(["policy"], ["poddisruptionbudgets"], WRITE_VERBS),
    builtInRule(
        [""],
        ["pods/attach", "pods/exec", "pods/portforward", "pods/proxy", "secrets", "services/proxy"],
        READ_VERBS,
    ),
    builtInRule([""], ["serviceaccounts"], ["impersonate"]),
    builtInRule([""], ["pods", "pods/attach", "pods/exec", "pods/portforward", "pods/proxy"], WRITE_VERBS),
    builtInRule(
        [""],
        [
            "configmaps",
            "events",
            "persistentvolumeclaims",
            "replicationcontrollers",
            "replicationcontrollers/scale",
            "secrets",
            "serviceaccounts",
            "services",
            "services/proxy",
        ],
        WRITE_VERBS,
    ),
];
/**
 * EKS access policies known by their rules, as the EKS user guide lists them ("Review access policy permissions",
 * access-policy-permissions.md: one table of Kubernetes API groups, resources and verbs per policy). An association is
 * judged by these rules in its scope, as a binding of a ClusterRole with them is (BUILT_IN_CLUSTER_ROLE_RULES): a
 * namespace scope as a RoleBinding in each namespace, the cluster scope as a ClusterRoleBinding. AmazonEKSAdminViewPolicy
 * is get, list and watch on every resource of every group, Secrets included; AmazonEKSSecretReaderPolicy get, list and
 * watch on secrets; AmazonEKSClusterAdminPolicy every verb on every resource (and nonResourceURL). Any other access
 * policy (unlisted, or added later) is read as admin of its scope: fail closed.
 */
const EKS_ACCESS_POLICY_RULES: Record<string, Rule[]> = {
    AmazonEKSViewPolicy: EKS_VIEW_RULES,
    AmazonEKSAdminViewPolicy: [builtInRule(["*"], ["*"], READ_VERBS)],
    AmazonEKSSecretReaderPolicy: [builtInRule([""], ["secrets"], READ_VERBS)],
    AmazonEKSEditPolicy: EKS_EDIT_RULES,
    AmazonEKSAdminPolicy: [
        ...EKS_EDIT_RULES,
        builtInRule(["authorization.k8s.io"], ["localsubjectaccessreviews"], ["create"]),
        builtInRule(["rbac.authorization.k8s.io"], ["rolebindings", "roles"], [...WRITE_VERBS, ...READ_VERBS]),
    ],
    AmazonEKSClusterAdminPolicy: [builtInRule(["*"], ["*"], ["*"])],
};

/** The name of an EKS access policy (its ARN's last part) and its rules when known (EKS_ACCESS_POLICY_RULES). */
function accessPolicyOf(policyArn: string): { name: string; rules?: Rule[] } {
    const name = policyArn.split("/").pop() ?? policyArn;
    return { name, rules: Object.hasOwn(EKS_ACCESS_POLICY_RULES, name) ? EKS_ACCESS_POLICY_RULES[name] : undefined };
}

/**
 * A username that names an identity Kubernetes or EKS reserves for its own components, which built-in bindings
 * outside the stack already name (DEFAULT_BINDINGS, CONTROLLER_SERVICE_ACCOUNTS): system:kube-controller-manager
 * (create serviceaccounts/token for any ServiceAccount), system:kube-scheduler, the controllers' ServiceAccounts
 * system:serviceaccount:kube-system:<controller> (bootstrappolicy controller_policy.go: replicaset-controller,
 * daemon-set-controller, job-controller... create pods with any ServiceAccount; RBAC matches a ServiceAccount subject
 * as that username: "Using RBAC Authorization", "Referring to subjects"), and EKS's eks: users ("Understand Amazon EKS
 * created RBAC roles and users"). aws-iam-authenticator checks aws-auth usernames against a reserved-prefix list only
 * when one is configured, and EKS configures none (kubernetes-sigs/aws-iam-authenticator#1047; #1103, reserving
 * system: by default, closed unmerged), so the pack refuses every such name but the node form system:node:<name>
 * that EKS's own node mappings use (EKS user guide, aws-auth: system:node:{{EC2PrivateDNSName}}; a node's rights go
 * with group system:nodes, read as a node identity). Undefined for any other name.
 */
function reservedUsername(username: string): string | undefined {
    if (username.startsWith("system:node:") || !/^(system|eks):/.test(username)) return undefined;
    return "a name Kubernetes or EKS reserves for its own components, whose built-in bindings outside this stack hold power (system:kube-controller-manager mints any ServiceAccount's token, a controller's system:serviceaccount:kube-system:<name> creates pods with any ServiceAccount)";
}

/**
 * The templates aws-iam-authenticator renders in a mapping's username and in every group (pkg/server/server.go
 * renderTemplates/renderTemplate, for mapRoles and mapUsers alike; EKS renders {{SessionName}}/{{SessionNameRaw}} in
 * an access entry's userName: EKS user guide, "Set a custom username for EKS access entries"), each with the text it
 * may become. {{SessionName}} is the caller's STS role session name with `@` replaced by `-`, {{SessionNameRaw}} the
 * name itself: chosen by whoever assumes the role (STS API AssumeRole RoleSessionName, pattern `[\w+=,.@-]*`; empty
 * for an IAM user). {{AccountID}} is the caller's 12-digit account, {{AccessKeyID}} its access key id (upper-case
 * letters and digits), {{EC2PrivateDNSName}} the private DNS name of the instance the session names (a DNS name). None
 * renders a `:`, so a rendering keeps the template's own colons; another `{{...}}` is left as written.
 */
const RENDERED_TEMPLATES: Record<string, string> = {
    "{{SessionName}}": "[\\w+=,.-]*",
    "{{SessionNameRaw}}": "[\\w+=,.@-]*",
    "{{AccountID}}": "[0-9]{12}",
    "{{AccessKeyID}}": "[A-Za-z0-9]*",
    "{{EC2PrivateDNSName}}": "[\\w.-]*",
};
const TEMPLATE_TOKEN = /\{\{(?:SessionNameRaw|SessionName|AccountID|AccessKeyID|EC2PrivateDNSName)\}\}/g;

/**
 * What a username or group with templates (RENDERED_TEMPLATES) may render as, one pattern per `:`-separated part
 * (renderings have the template's colons and no other); undefined for a text without a template (it is itself). A
 * part whose literal text holds a brace may form a new template as the ones before are replaced (Go strings.Replace
 * one template after another: "{{{{SessionName}}}}" with session name "AccessKeyID"): any colon-free text.
 */
function templateParts(text: string): RegExp[] | undefined {
    if (text.match(TEMPLATE_TOKEN) === null) return undefined;
    return text.split(":").map(part => {
        const literals = part.split(TEMPLATE_TOKEN);
        if (literals.some(l => /[{}]/.test(l))) return /^[^:]*$/;
        const tokens = part.match(TEMPLATE_TOKEN) ?? [];
        const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        return new RegExp(
            `^${literals.map((l, i) => escape(l) + (i < tokens.length ? RENDERED_TEMPLATES[tokens[i]] : "")).join("")}$`,
        );
    });
}

/** Whether a templated text (templateParts) may render as `name`. */
function mayRender(parts: RegExp[], name: string): boolean {
    const names = name.split(":");
    return names.length === parts.length && parts.every((p, i) => p.test(names[i]));
}

/**
 * Whether some rendering of a templated username is a reserved name (reservedUsername: system: or eks:, but the node
 * form system:node:<name>); of a templated group, any system: or eks: group (system:masters, system:nodes, the
 * ServiceAccount groups: read as system:masters). A rendering begins with "<p>:" when the template's first part may
 * render as <p> and a colon follows it.
 */
function templateReserved(text: string, parts: RegExp[], kind: "User" | "Group"): boolean {
    if (parts.length < 2) return false;
    if (parts[0].test("eks")) return true;
    if (!parts[0].test("system")) return false;
    // For a username, system:node:<x> only when the second part is the literal "node" and a third part follows.
    return kind === "Group" || !(text.split(":")[1] === "node" && parts.length > 2);
}

function meta(r: StackResource): { name?: string; namespace?: string } {
    return { name: str(r.props.metadata, "name"), namespace: objectNamespace(r) };
}

/** An RBAC subject as one key (a ServiceAccount without namespace is the binding's). */
function subjectKey(s: unknown, bindingNamespace: string | undefined): string | undefined {
    const kind = str(s, "kind");
    const name = str(s, "name");
    if (kind === undefined || name === undefined) return undefined;
    return kind === "ServiceAccount"
        ? `${kind}:${str(s, "namespace") ?? bindingNamespace ?? ""}:${name}`
        : `${kind}:${name}`;
}

/**
 * Which part of a binding's subjects is unknown during a first preview, if any: the whole list, a subject, or a
 * subject's kind, name or (a ServiceAccount's, or one of unknown kind) namespace, the fields that say who it is
 * (Kubernetes API reference, RoleBinding v1 rbac.authorization.k8s.io: Subject kind, name, namespace).
 */
function unknownSubjectField(subjects: unknown): string | undefined {
    if (isUnknown(subjects)) return "subjects";
    if (!Array.isArray(subjects)) return undefined;
    for (const [i, s] of subjects.entries()) {
        if (isUnknown(s)) return `subjects[${i}]`;
        for (const field of ["kind", "name"])
            if (isUnknown((s as Record<string, unknown> | null)?.[field])) return `subjects[${i}].${field}`;
        const kind = str(s, "kind");
        if (
            (kind === undefined || kind === "ServiceAccount") &&
            isUnknown((s as Record<string, unknown> | null)?.namespace)
        )
            return `subjects[${i}].namespace`;
    }
    return undefined;
}

/**
 * The RBAC subjects (subjectKey) whose bindings a request of subject `key` matches, its own first. A ServiceAccount
 * authenticates as the user system:serviceaccount:<namespace>:<name> in the groups system:serviceaccounts,
 * system:serviceaccounts:<namespace> and system:authenticated (Kubernetes "Using RBAC Authorization", "Referring to
 * subjects"; "Authenticating": system:authenticated "is included in the list of groups for all authenticated
 * users"), so it holds what is bound to each at once; every member of system:serviceaccounts:<namespace> is in
 * system:serviceaccounts, and every user and group member but the anonymous ones in system:authenticated. What other
 * groups a user is in is the authenticator's, outside the stack.
 */
function subjectIdentities(key: string): string[] {
    const out = [key];
    const sa = /^ServiceAccount:([^:]*):(.+)$|^User:system:serviceaccount:([^:]+):([^:]+)$/.exec(key);
    if (sa) {
        const [namespace, name] = sa[2] !== undefined ? [sa[1], sa[2]] : [sa[3], sa[4]];
        out.push(
            `ServiceAccount:${namespace}:${name}`,
            `User:system:serviceaccount:${namespace}:${name}`,
            `Group:system:serviceaccounts:${namespace}`,
            "Group:system:serviceaccounts",
        );
    } else if (key.startsWith("Group:system:serviceaccounts:")) out.push("Group:system:serviceaccounts");
    if (key !== "User:system:anonymous" && key !== "Group:system:unauthenticated")
        out.push("Group:system:authenticated");
    return [...new Set(out)];
}

/**
 * The key of a Secret grant's holder as itself: its RBAC subject, or for an AWS principal (an EKS access policy
 * association's) the principal itself. EKS authorises its requests by its access policies and by the RBAC of its
 * access entry's kubernetesGroups and userName at once (EKS API CreateAccessEntry `kubernetesGroups`: "the
 * principalARN has all permissions assigned in the associated access policies and all permissions in any Kubernetes
 * Role or ClusterRole objects that the group names are bound to"), so a grant of either kind pairs with the other.
 */
function holderKey(actor: PrincipalNode): string {
    if (actor.kind !== "k8s") return `Principal:${nodeKey(actor)}`;
    return actor.subjectKind === "ServiceAccount"
        ? `ServiceAccount:${actor.namespace ?? ""}:${actor.name}`
        : `${actor.subjectKind}:${actor.name}`;
}

const NAMESPACE_TYPES = ["kubernetes:core/v1:Namespace", "kubernetes:core/v1:NamespacePatch"];
const PSA_ENFORCE = "pod-security.kubernetes.io/enforce";
/** Pod Security Standards levels that refuse privileged containers, host namespaces and hostPath volumes. */
const CONFINING_LEVELS = new Set(["baseline", "restricted"]);

/**
 * The inputs of an explicit Kubernetes provider that choose its cluster (pulumi-kubernetes ProviderArgs: `kubeconfig`
 * "The contents of a kubeconfig file or the path to a kubeconfig file", `context` "If present, the name of the
 * kubeconfig context to use", `cluster` "If present, the name of the kubeconfig cluster to use"; `clusterIdentifier`
 * only steers the provider's replacement, but two that differ are read as two clusters too (fail closed);
 * `renderYamlToDirectory` applies nothing to any cluster). The rest (its
 * default `namespace`, client settings) place objects or tune the client but keep the cluster. Unset, each falls back
 * to the same ambient kubeconfig (KUBECONFIG, ~/.kube/config, its current-context) for every provider of one program.
 */
const KUBERNETES_CLUSTER_INPUTS = ["kubeconfig", "context", "cluster", "clusterIdentifier", "renderYamlToDirectory"];

/**
 * Which cluster a Kubernetes object goes to, as a key: two explicit Kubernetes providers whose cluster-choosing inputs
 * (KUBERNETES_CLUSTER_INPUTS) are all known and equal are one cluster (one provider per team namespace on the same
 * context); any other provider (a default provider, which also reads the stack's `kubernetes:` config, or one with an
 * input unknown during the preview) is its own, possibly another cluster (fail closed).
 */
function kubernetesClusterKey(r: StackResource): string {
    const p = r.provider;
    if (!p) return "";
    if (p.type !== "pulumi:providers:kubernetes" || /^default(_|$)/.test(p.name) || !p.props) return p.urn;
    const values: unknown[] = [];
    for (const f of KUBERNETES_CLUSTER_INPUTS) {
        const v: unknown = p.props[f];
        if (containsUnknown(v)) return p.urn;
        values.push(v === undefined || v === null || v === "" ? null : v);
    }
    return `explicit:${JSON.stringify(values)}`;
}

/** The namespaces confined (podSecurityConfined) for a power granted by the object of `urn`, on that object's cluster. */
type Confinement = (urn?: string) => Set<string>;

/**
 * Namespaces of the stack whose Pod Security Admission `enforce` level confines pods to their namespace: every
 * Namespace (and NamespacePatch that sets the label) of that name enforces `baseline` or `restricted`. Kubernetes,
 * "Enforce Pod Security Standards by Configuring the Built-in Admission Controller": without the label the
 * cluster's default applies, `privileged` unless configured; EKS enables Pod Security Admission with that default
 * and no way to change it (EKS user guide, "Pod security policy": PSA is enabled by default; AWS blog "Implementing
 * Pod Security Standards in Amazon EKS"). So a namespace the stack does not declare, or declares without the label,
 * admits privileged pods.
 */
function podSecurityConfined(resources: readonly StackResource[], unknown: string[]): Confinement {
    // Labels live on one cluster's Namespace object, and a binding grants only in its own cluster's API (Kubernetes
    // "Pod Security Admission": the enforce label is on the Namespace; "Using RBAC Authorization": RBAC objects are
    // per cluster; pulumi-kubernetes ProviderArgs `context`/`kubeconfig`/`cluster` send each object to its provider's
    // cluster). So a name is confined for a power granted by object `urn` when every Namespace of that name through
    // a provider of the object's cluster (kubernetesClusterKey) confines it and there is one: a Namespace through
    // another cluster confines nothing there, and a cluster where nothing grants pod creation needs no Namespace. A
    // power whose cluster the pack cannot tell (an EKS access policy association, whose EKS cluster may be any
    // provider's) is confined only where the name is confined on every cluster the stack's Kubernetes objects use.
    const clusterOf = kubernetesClusterKey;
    const levels = new Map<string, Map<string, string[]>>();
    for (const r of resources) {
        if (!NAMESPACE_TYPES.includes(r.type)) continue;
        const name = meta(r).name;
        if (name === undefined) continue;
        const cluster = clusterOf(r);
        const byName = levels.get(cluster) ?? new Map<string, string[]>();
        levels.set(cluster, byName);
        const labels = (r.props.metadata as { labels?: unknown } | undefined)?.labels;
        const raw =
            labels !== null && typeof labels === "object" ? (labels as Record<string, unknown>)[PSA_ENFORCE] : labels;
        // A patch that leaves the label out leaves the namespace's own (server-side apply); a Namespace without it
        // gets the cluster's default. It still declares the name on its cluster (as before: seen there).
        if (raw === undefined && r.type.endsWith("Patch")) {
            byName.set(name, byName.get(name) ?? []);
            continue;
        }
        const level =
            raw === undefined || raw === null
                ? "privileged"
                : typeof raw === "string" && !isUnknown(raw)
                  ? raw
                  : "unknown";
        if (level === "unknown") unknown.push(`Pod Security enforce label of Namespace ${name}`);
        byName.set(name, [...(byName.get(name) ?? []), level]);
    }
    const confinedOn = (cluster: string): Set<string> =>
        new Set(
            [...(levels.get(cluster) ?? [])]
                .filter(([, ls]) => ls.length > 0 && ls.every(l => CONFINING_LEVELS.has(l)))
                .map(([n]) => n),
        );
    const perCluster = new Map<string, Set<string>>();
    const on = (cluster: string): Set<string> => {
        const known = perCluster.get(cluster);
        if (known) return known;
        const set = confinedOn(cluster);
        perCluster.set(cluster, set);
        return set;
    };
    const clusters = new Set(resources.filter(r => r.type.startsWith("kubernetes:")).map(clusterOf));
    const everywhere = [...clusters].reduce<Set<string> | undefined>(
        (acc, c) => (acc === undefined ? new Set(on(c)) : new Set([...acc].filter(n => on(c).has(n)))),
        undefined,
    );
    const clusterByUrn = new Map<string, string>();
    for (const r of resources) if (r.type.startsWith("kubernetes:")) clusterByUrn.set(r.urn, clusterOf(r));
    return (urn?: string) => {
        const cluster = urn === undefined ? undefined : clusterByUrn.get(urn);
        return cluster === undefined ? (everywhere ?? new Set()) : on(cluster);
    };
}

/**
 * A power that puts pod specs of its holder's choosing into namespaces that admit privileged pods is a node's
 * power: a privileged or hostPath pod, placed on any node by spec.nodeName, reads the projected token of every pod
 * there and runs as the node (Kubernetes "RBAC Good Practices", "Workload creation": users who can run privileged
 * pods can gain node access; Pod Security Standards, Baseline). The same reasoning makes the stack's own privileged
 * pods cluster-wide (`clusterWidePowers`). Confined namespaces keep the power to their own ServiceAccounts.
 */
function podSecurityWidened(
    scope: SaScope,
    via: string,
    confined: Set<string>,
    relabel?: Relabel,
): { scope: SaScope; via: string } | undefined {
    if (scope.namespaces === "*") return undefined;
    const open = scope.namespaces.filter(ns => !confined.has(ns));
    const relabelled = scope.namespaces.filter(ns => confined.has(ns) && relabel && relabels(relabel, ns));
    if (open.length === 0 && relabelled.length === 0) return undefined;
    const why = [
        ...(open.length > 0
            ? [
                  `namespace ${open.join(", ")} enforces no Pod Security baseline or restricted level (EKS default: privileged)`,
              ]
            : []),
        ...(relabelled.length > 0 && relabel
            ? [
                  `namespace ${relabelled.join(", ")} enforces a Pod Security level, but the same subject may rewrite its labels (${relabel.via.join("; ")}) and so relabel it privileged`,
              ]
            : []),
    ];
    return {
        scope: { namespaces: "*", except: scope.namespaces },
        via: `${via}; ${why.join("; ")}, so a privileged or hostPath pod there owns the node it is placed on and every pod token on it`,
    };
}

/**
 * DECIDED (round 88): a grant of the stack that lets its holder update or patch a Namespace the stack confines
 * (podSecurityConfined: a baseline or restricted `enforce` label) is refused by itself, whether or not the same holder
 * creates pods there (podSecurityWidened, pairRelabels). Kubernetes "Role Based Access Control Good Practices",
 * "Namespace modification": "Users who can perform patch operations on Namespace objects (through a namespaced
 * RoleBinding to a Role with that access) can modify labels on that namespace. In clusters where Pod Security
 * Admission is used, this may allow a user to configure the namespace for a more permissive policy than intended by
 * the administrators"; RBAC cannot limit which fields a patch writes. Relabelled
 * privileged, the namespace admits privileged and hostPath pods from every pod creator of it, in this stack or outside
 * it (its team, its controllers), and such a pod owns the node it is placed on and every pod token there, the
 * namespace's own included: the power of every namespace. A write of an unconfined namespace changes nothing
 * (undefined).
 */
function relabelAlone(namespaces: "*" | string[], confined: Set<string>): { scope: SaScope; via: string } | undefined {
    const hit = namespaces === "*" ? [...confined] : namespaces.filter(ns => confined.has(ns));
    if (hit.length === 0) return undefined;
    return {
        scope: { namespaces: "*" },
        via: `may rewrite the labels of Namespace ${hit.join(", ")}, which enforces a Pod Security level the stack relies on ("RBAC Good Practices", "Namespace modification"): relabelled privileged, it admits privileged and hostPath pods from every pod creator there, in this stack or outside it, and such a pod owns the node it is placed on and every pod token on it; limit the Namespace writes (resourceNames) to namespaces the stack does not confine, or drop them`,
    };
}

/**
 * Namespaces whose Namespace object a subject may update or patch, so whose Pod Security labels it may lower
 * (Kubernetes "Role Based Access Control Good Practices", "Namespace modification": "through a namespaced
 * RoleBinding to a Role with that access" too, since a request on Namespace N carries namespace N: k8s.io/apiserver
 * endpoints/request/requestinfo.go reads /api/v1/namespaces/N as namespace N, resource namespaces, name N).
 */
interface Relabel {
    namespaces: "*" | Set<string>;
    via: string[];
}

function relabels(r: Relabel, namespace: string): boolean {
    return r.namespaces === "*" || r.namespaces.has(namespace);
}

/**
 * The Namespace objects a rule set may update or patch: `*`, the resourceNames they are limited to, or none. The
 * status and finalize subresources write labels too: their update strategies reset only `spec`
 * (namespaceStatusStrategy.PrepareForUpdate) or only `status` (namespaceFinalizeStrategy.PrepareForUpdate), and
 * ValidateNamespaceStatusUpdate/ValidateNamespaceFinalizeUpdate check metadata as any update does (kubernetes
 * pkg/registry/core/namespace/strategy.go, pkg/apis/core/validation); Pod Security admission skips namespace
 * subresources altogether (pod-security-admission admission.go, ValidateNamespace: "short-circuit on
 * subresources"). namespaces/finalize has no Get, so only `update` reaches it (FinalizeREST implements Update only).
 * Round 90: a `delete` of a Namespace held with a usable `create namespaces` (namespaceRecreatesOfRules) is a write of
 * it too. `clusterScoped`: whether the rules apply cluster-wide (a ClusterRoleBinding, a cluster-scoped access policy),
 * not in one namespace only (a RoleBinding: no create of a Namespace).
 */
function namespaceWritesOfRules(rules: Rule[], clusterScoped = true): "*" | string[] | undefined {
    const recreated = clusterScoped ? namespaceRecreatesOfRules(rules, rules) : undefined;
    if (recreated === "*") return "*";
    let names: string[] | undefined = recreated;
    for (const rule of rules) {
        const verbs = new Set(rule.verbs);
        const writes = ["update", "patch", "*"].some(v => verbs.has(v));
        const core = rule.apiGroups.includes("") || rule.apiGroups.includes("*");
        const finalize =
            ["update", "*"].some(v => verbs.has(v)) &&
            rule.resources.some(x => resourceCovers(x, "namespaces/finalize"));
        const covered = rule.resources.some(
            x => resourceCovers(x, "namespaces") || resourceCovers(x, "namespaces/status"),
        );
        if (!writes || !core || !(covered || finalize)) continue;
        if (rule.resourceNames.length === 0) return "*";
        names = [...(names ?? []), ...rule.resourceNames];
    }
    return names;
}

/**
 * Round 90: the Namespaces a holder of `deleting` and `creating` (one rule set, or two of one subject's bindings) may
 * delete and create again: the `delete` names ("*" every one) when `creating` holds a usable create of namespaces.
 * Kubernetes "Namespaces", "Deleting a namespace": deleting one deletes everything in it; created again by its holder,
 * the Namespace carries the labels its creator gives, none of the Pod Security ones, and Pod Security admission then
 * applies the cluster's default (EKS: privileged; "Pod Security Admission", "Pod Security Standards"), while every
 * grant that names the namespace (RoleBindings outside it, ClusterRoleBindings, EKS access policies scoped by name)
 * survives: a relabel, as an update or patch of its labels is. A create is a POST with no name ("Using RBAC
 * Authorization", "Referring to resources": "You cannot restrict create or deletecollection requests by their
 * resource name"): a named create counts only beside a patch (createsObject, a server-side apply, already a write).
 * The Namespace API serves no deletecollection (`kubectl api-resources`: namespaces create, delete, get, list, patch,
 * update, watch). A create of a Namespace asks in no namespace, so only cluster-wide rules give it.
 */
function namespaceRecreatesOfRules(deleting: Rule[], creating: Rule[]): "*" | string[] | undefined {
    return namespaceCreatesOfRules(creating) ? namesGrantedOfRules(deleting, ["delete"], "namespaces") : undefined;
}

/** Whether a rule set holds a usable create of Namespaces (createsObject), as namespaceRecreatesOfRules reads it. */
function namespaceCreatesOfRules(rules: Rule[]): boolean {
    return rules.some(
        rule =>
            (rule.apiGroups.includes("") || rule.apiGroups.includes("*")) &&
            rule.resources.some(x => resourceCovers(x, "namespaces")) &&
            createsObject(rule, "namespaces"),
    );
}

/**
 * Round 90: whether a rule set may rewrite Node labels: update or patch of nodes or nodes/status (its strategy resets
 * only the spec, node strategy.go nodeStatusStrategy.PrepareForUpdate), by any name (the holder labels whichever node
 * it names). Kubernetes "Assigning Pods to Nodes", "Node labels": "Like many other Kubernetes objects, nodes have
 * labels. You can attach labels manually" (the NodeRestriction admission plugin limits only kubelets: "Node
 * isolation/restriction"). Nodes are cluster-scoped: only a cluster-wide grant gives it (namespacedPartOfRule). "*" or
 * undefined, as accessOf reads.
 */
function nodeLabelWritesOfRules(rules: Rule[]): "*" | undefined {
    const writes = ["update", "patch"];
    return namesGrantedOfRules(rules, writes, "nodes") !== undefined ||
        namesGrantedOfRules(rules, writes, "nodes/status") !== undefined ||
        rules.some(mutatingAdmissionWrite)
        ? "*"
        : undefined;
}

/**
 * Round 90: whether one rule writes a mutating admission object (MUTATING_ADMISSION, as saPowerOfRule reads it: update
 * or patch of any name, or a usable create): its holder declares a webhook or policy on Node objects, which rewrites
 * their labels (admissionNodeLabelWriters).
 */
function mutatingAdmissionWrite(rule: Rule): boolean {
    if (!rule.apiGroups.some(g => g === "*" || MUTATING_ADMISSION.groups.includes(g))) return false;
    if (!MUTATING_ADMISSION.resources.some(x => rule.resources.some(y => resourceCovers(y, x)))) return false;
    const has = (v: string) => rule.verbs.includes("*") || rule.verbs.includes(v);
    return has("update") || has("patch") || (has("create") && rule.resourceNames.length === 0);
}

/**
 * Round 90: whether one admission rule (NamedRuleWithOperations: a webhook's rules, a MutatingAdmissionPolicy's
 * resourceRules) may match a CREATE or UPDATE of a Node or its status. Kubernetes "Dynamic Admission Control",
 * "Matching requests: rules": `*` is every resource, `nodes/*` or `*\/*` every subresource, `*\/status` every status;
 * operations CREATE, UPDATE or `*` (a PATCH is admitted as UPDATE). What the pack cannot read may match.
 */
function ruleMatchesNodeWrites(rule: any): boolean {
    const list = (k: string): string[] | undefined =>
        Array.isArray(rule?.[k]) && !rule[k].some(isUnknown) ? rule[k].map(String) : undefined;
    const groups = list("apiGroups") ?? ["*"];
    const resources = list("resources") ?? ["*"];
    const operations = list("operations") ?? ["*"];
    return (
        groups.some(g => g === "" || g === "*") &&
        operations.some(o => o === "*" || o === "CREATE" || o === "UPDATE") &&
        resources.some(x => {
            const [base, sub] = x.split("/");
            if (base !== "*" && base !== "nodes") return false;
            return sub === undefined || sub === "*" || sub === "status";
        })
    );
}

/**
 * Round 90: whether a Kyverno kind (`[group/][version/]Kind[/subresource]`, each part a wildcard pattern: kyverno.io
 * "Selecting Resources") may be Node: some part matches "Node" (a `*` part may be the kind: read conservatively).
 */
const kyvernoKindIsNode = (k: unknown): boolean =>
    typeof k !== "string" ||
    isUnknown(k) ||
    k.split("/").some(part =>
        new RegExp(
            `^${part
                .replace(/[.+^${}()|[\]\\]/g, "\\$&")
                .replace(/\*/g, ".*")
                .replace(/\?/g, ".")}$`,
        ).test("Node"),
    );

/**
 * Round 90: the admission objects of the stack that may rewrite Node labels, as node label writers (podStorage.ts
 * podPinnedNodes `labelPins`): a MutatingWebhookConfiguration or MutatingAdmissionPolicy (or its binding) whose rule
 * lists (admissionRuleLists: a request is rewritten when it matches every list; one the pack cannot read may match
 * anything) match a CREATE or UPDATE of nodes or nodes/status (ruleMatchesNodeWrites), and a Kyverno policy with a
 * mutate rule matching Node, or rules the pack cannot read. Kubernetes "Dynamic Admission Control": mutating webhooks
 * "may change the object", labels included; a namespaceSelector never limits a cluster-scoped object ("If the object
 * is another cluster scoped resource, it never skips the webhook"); the NodeRestriction plugin limits only kubelets.
 */
function admissionNodeLabelWriters(resources: readonly StackResource[]): string[] {
    const out: string[] = [];
    for (const r of resources) {
        const kind = r.type.split(":").pop() ?? "";
        const [, group] = r.type.split(":");
        const name = meta(r).name ?? r.name;
        if (
            group?.startsWith("admissionregistration.k8s.io") &&
            /^Mutating(WebhookConfiguration|AdmissionPolicy)/.test(kind)
        ) {
            const lists = admissionRuleLists(r, resources);
            if (lists.every(list => list === undefined || list.some(ruleMatchesNodeWrites)))
                out.push(
                    `${kind} ${name} (${lists.every(l => l !== undefined) ? "its rules match CREATE/UPDATE of nodes" : "rules the pack cannot read, which may match nodes"})`,
                );
        } else if (group?.startsWith("kyverno.io") && /^(Cluster)?Policy/.test(kind)) {
            const rules = (r.props.spec as { rules?: unknown })?.rules;
            const matchesNode = (x: any): boolean => {
                if (!x || !x.mutate) return false;
                const filters = [
                    x.match?.resources,
                    ...[x.match?.any, x.match?.all].flatMap(f =>
                        Array.isArray(f) ? f.map((y: any) => y?.resources) : [],
                    ),
                ];
                const kinds = filters.filter(f => f !== undefined && f !== null).map(f => f?.kinds);
                // No readable kinds: the rule may match anything.
                return kinds.length === 0 || kinds.some(k => !Array.isArray(k) || k.some(kyvernoKindIsNode));
            };
            if (isUnknown(rules) || !Array.isArray(rules) || rules.some(matchesNode))
                out.push(`Kyverno ${kind} ${name} (mutates Node objects, or rules the pack cannot read)`);
        }
    }
    return out;
}

/** Two readings of namespaceWritesOfRules together ("*": every Namespace). */
function joinNamespaceWrites(a: "*" | string[] | undefined, b: "*" | string[] | undefined): "*" | string[] | undefined {
    if (a === "*" || b === "*") return "*";
    if (a === undefined) return b;
    return b === undefined ? a : [...new Set([...a, ...b])];
}

/**
 * CVE-2020-8554 (kubernetes/kubernetes#97076, "Man in the middle using LoadBalancer or ExternalIPs", left unfixed):
 * kube-proxy sends the traffic of every pod and node for a Service's spec.externalIPs, or for the IP its
 * status.loadBalancer.ingress names, to the Service's endpoints, whatever the address. The EKS Pod Identity agent
 * serves every pod's credential request at 169.254.170.23 and [fd00:ec2::23], plain HTTP with the pod's
 * ServiceAccount token (EKS user guide, "Understand how EKS Pod Identity works"; aws/eks-pod-identity-agent#10), so
 * a Service on those addresses receives the requests of every Pod Identity ServiceAccount of the cluster and answers
 * them. The API server refuses link-local externalIPs (ValidateNonSpecialIP) but not fd00:ec2::23 (a unique local
 * address) nor any status ingress IP (ValidateLoadBalancerStatus checks only that it is an IP), and the
 * DenyServiceExternalIPs admission plugin that would stop it is off by default, with no way to enable it on EKS.
 * So whoever may write a Service (externalIPs) or its status captures those requests: a power over the Pod Identity
 * ServiceAccounts only, since IRSA pods send their token to STS over TLS.
 */
const SERVICE_CAPTURE_SCOPE: SaScope = { namespaces: "*", podIdentityOnly: true };
const SERVICE_CAPTURE_WHY =
    "kube-proxy sends every pod's traffic for a Service's externalIPs or load-balancer ingress IP to the Service's pods (CVE-2020-8554), the EKS Pod Identity agent's 169.254.170.23 / fd00:ec2::23 included: every Pod Identity credential request, with its ServiceAccount token";

/**
 * Why writing a ServiceCIDR captures as writing a Service does: a ServiceCIDR on a node-local range (169.254.170.16/28)
 * lets any Service author, in any namespace, take the Pod Identity agent's address as its ClusterIP (Kubernetes
 * "Extend Service IP Ranges"; the API server checks only the CIDRs' syntax, validateServiceCIDRSpec). An update may
 * add a second IP family to a single-stack one (ValidateServiceCIDRUpdate, kubernetes/kubernetes#131261).
 */
const SERVICE_CIDR_CAPTURE_WHY = `a ServiceCIDR on a node-local range lets any Service author take the EKS Pod Identity agent's address as its ClusterIP: ${SERVICE_CAPTURE_WHY}`;

/**
 * What in a rule set lets its holder set a Service's externalIPs or status ingress IP, or write a ServiceCIDR
 * (SERVICE_CAPTURE_SCOPE). `clusterScoped`: whether the binding reaches cluster-scoped objects (not a RoleBinding).
 */
function serviceCaptureOfRules(rules: Rule[], clusterScoped = true): string | undefined {
    for (const rule of rules) {
        const verbs = new Set(rule.verbs);
        const has = (v: string) => verbs.has(v) || verbs.has("*");
        // ServiceCIDRs are cluster-scoped: a RoleBinding gives no power over them ("Using RBAC Authorization",
        // RoleBinding and ClusterRoleBinding), a ClusterRoleBinding does.
        const cidrs =
            clusterScoped &&
            (rule.apiGroups.includes("networking.k8s.io") || rule.apiGroups.includes("*")) &&
            ["create", "update", "patch"].some(has) &&
            rule.resources.some(x => resourceCovers(x, "servicecidrs"));
        if (cidrs)
            return `${rule.verbs.join("/")} ${rule.resources.filter(x => resourceCovers(x, "servicecidrs")).join(", ")}: ${SERVICE_CIDR_CAPTURE_WHY}`;
        // Custom resources whose controller writes a Service the author gives (customResources.ts
        // SERVICE_TEMPLATE_RESOURCES: KubeRay's head Service template, Istio VirtualServices' routes): writing one is
        // writing that Service, whatever else the kind is read as. resourceNames do not help (an update sets it too).
        if (["create", "update", "patch"].some(has)) {
            const templated = rule.apiGroups.flatMap(g =>
                g !== "*" && BUILT_IN_GROUPS.has(g)
                    ? []
                    : rule.resources.flatMap(x => {
                          const why = serviceTemplateWrite(g, x);
                          return why ? [{ what: `${g}/${x}`, why }] : [];
                      }),
            );
            if (templated.length > 0)
                return `${rule.verbs.join("/")} ${templated.map(t => t.what).join(", ")} (${[...new Set(templated.map(t => t.why))].join("; ")}): ${SERVICE_CAPTURE_WHY}`;
        }
        if (!rule.apiGroups.includes("") && !rule.apiGroups.includes("*")) continue;
        // resourceNames do not help: update or patch of a named Service sets its externalIPs as well.
        const spec = ["create", "update", "patch"].some(has) && rule.resources.some(x => resourceCovers(x, "services"));
        const status = ["update", "patch"].some(has) && rule.resources.some(x => resourceCovers(x, "services/status"));
        if (spec || status)
            return `${rule.verbs.join("/")} ${rule.resources.filter(x => resourceCovers(x, "services") || resourceCovers(x, "services/status")).join(", ")}: ${SERVICE_CAPTURE_WHY}`;
    }
    return undefined;
}

/**
 * Whether an address of a Service (externalIPs, load-balancer IP) is one the node's own services answer on, or
 * cannot be read: unspecified, loopback, link-local (169.254.0.0/16: the Pod Identity agent, instance metadata;
 * fe80::/10) or AWS's node-local IPv6 range fd00:ec2::/32 (Pod Identity agent fd00:ec2::23, instance metadata
 * fd00:ec2::254). IPv4-mapped IPv6 addresses are judged as their IPv4 address.
 */
function nodeLocalAddress(raw: string): boolean {
    const ip = raw.trim().toLowerCase();
    const v4 = /^(?:.*:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
    if (v4) {
        const [a, b] = [Number(v4[1]), Number(v4[2])];
        return a === 0 || a === 127 || (a === 169 && b === 254);
    }
    const words = ipv6Words(ip);
    if (!words) return true;
    const zeroUpTo7 = words.slice(0, 7).every(w => w === 0);
    return (
        (zeroUpTo7 && words[7] <= 1) || (words[0] & 0xffc0) === 0xfe80 || (words[0] === 0xfd00 && words[1] === 0x0ec2)
    );
}

/** An IPv6 address's eight 16-bit words, or undefined when it is not one. */
function ipv6Words(ip: string): number[] | undefined {
    const halves = ip.split("::");
    if (!ip.includes(":") || halves.length > 2) return undefined;
    const head = halves[0] ? halves[0].split(":") : [];
    const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
    const fill = halves.length === 2 ? 8 - head.length - tail.length : 0;
    const words = [...head, ...Array<string>(Math.max(fill, 0)).fill("0"), ...tail].map(w =>
        /^[0-9a-f]{1,4}$/.test(w) ? parseInt(w, 16) : NaN,
    );
    return words.length === 8 && !words.some(Number.isNaN) ? words : undefined;
}

/** Whether a CIDR contains a node-local address (the agents' and instance metadata's, loopback), or is unreadable. */
function cidrCoversNodeLocal(cidr: string): boolean {
    const [base, bitsText] = cidr.trim().toLowerCase().split("/");
    const bits = Number(bitsText);
    if (!base || !Number.isInteger(bits)) return true;
    if (base.includes(".")) {
        const toNum = (ip: string) => ip.split(".").reduce((n, o) => n * 256 + Number(o), 0);
        if (bits < 0 || bits > 32) return true;
        const network = (ip: string) => toNum(ip) - (toNum(ip) % 2 ** (32 - bits));
        return ["169.254.170.23", "169.254.169.254", "127.0.0.1"].some(ip => network(ip) === network(base));
    }
    const net = ipv6Words(base);
    if (!net || bits < 0 || bits > 128) return true;
    const inPrefix = (ip: string) => {
        const w = ipv6Words(ip) ?? [];
        for (let bit = 0; bit < bits; bit++) {
            const i = Math.floor(bit / 16);
            const m = 1 << (15 - (bit % 16));
            if ((w[i] & m) !== (net[i] & m)) return false;
        }
        return true;
    };
    return nodeLocalAddress(base) || ["fd00:ec2::23", "fd00:ec2::254", "::1", "fe80::1"].some(inPrefix);
}

/** Why a stack Service captures node-local traffic (SERVICE_CAPTURE_SCOPE), or undefined. */
function serviceCapture(r: StackResource): string | undefined {
    const spec = r.props.spec as Record<string, unknown> | undefined;
    if (isUnknown(spec)) return unverifiable("spec", `it may set externalIPs: ${SERVICE_CAPTURE_WHY}`);
    const external = strList(spec, "externalIPs");
    if (external.unknown) return unverifiable("spec.externalIPs", SERVICE_CAPTURE_WHY);
    const lbIp = str(spec, "loadBalancerIP");
    // A ClusterIP in a range a ServiceCIDR adds (Kubernetes 1.33+, "Extend Service IP Ranges": its CIDRs get no
    // special-range check) routes that address to the Service's pods as an externalIP would.
    const clusterIps = [str(spec, "clusterIP"), ...strList(spec, "clusterIPs").values].filter(
        (x): x is string => x !== undefined && x.toLowerCase() !== "none",
    );
    const ingress = (r.props.status as { loadBalancer?: { ingress?: unknown } } | undefined)?.loadBalancer?.ingress;
    const statusIps = Array.isArray(ingress)
        ? ingress.map(i => str(i, "ip")).filter((x): x is string => x !== undefined)
        : [];
    const hits = [
        ...external.values.filter(nodeLocalAddress).map(ip => `externalIPs ${ip}`),
        ...(lbIp !== undefined && nodeLocalAddress(lbIp) ? [`loadBalancerIP ${lbIp}`] : []),
        ...[...new Set(clusterIps)].filter(nodeLocalAddress).map(ip => `clusterIP ${ip}`),
        ...statusIps.filter(nodeLocalAddress).map(ip => `status.loadBalancer.ingress ip ${ip}`),
    ];
    return hits.length > 0 ? `${hits.join(", ")}: ${SERVICE_CAPTURE_WHY}` : undefined;
}

/** An Istio VirtualService (or its Patch), any version. */
const ISTIO_VIRTUAL_SERVICE = /^kubernetes:networking\.istio\.io\/[^:]+:VirtualService(Patch)?$/;

/**
 * Why a stack VirtualService captures node-local traffic (customResources.ts SERVICE_TEMPLATE_RESOURCES), or
 * undefined: a host that is `*` (every host), a node-local address (nodeLocalAddress: the Pod Identity agent's
 * 169.254.170.23 and fd00:ec2::23, instance metadata), or unknown during the preview. Its sidecars then send meshed
 * pods' plain-HTTP credential requests where its routes say. Names with a wildcard prefix (`*.example.com`) never
 * match an IP address; a `gateways` list without `mesh` applies to gateways only, not to sidecars (istio.io "Virtual
 * Service" reference, gateways: "The reserved word mesh is used to imply all the sidecars in the mesh").
 */
function virtualServiceCapture(r: StackResource): string | undefined {
    const spec = r.props.spec as Record<string, unknown> | undefined;
    if (isUnknown(spec)) return unverifiable("spec", `it may route any host: ${SERVICE_CAPTURE_WHY}`);
    const gateways = strList(spec, "gateways");
    if (gateways.unknown) return unverifiable("spec.gateways", SERVICE_CAPTURE_WHY);
    if (gateways.values.length > 0 && !gateways.values.includes("mesh")) return undefined;
    const hosts = strList(spec, "hosts");
    if (hosts.unknown) return unverifiable("spec.hosts", SERVICE_CAPTURE_WHY);
    const hits = hosts.values.filter(
        h => h.trim() === "*" || (/^(\d{1,3}\.){3}\d{1,3}$|:/.test(h.trim()) && nodeLocalAddress(h)),
    );
    return hits.length > 0
        ? `routes hosts ${hits.join(", ")} for the sidecars it is exported to: ${SERVICE_CAPTURE_WHY}`
        : undefined;
}

type AwsAuthMapping = { arn: string; username?: string; groups: string[] };

/** Which aws-auth list a text is: mapRoles decodes into config.RoleMapping, mapUsers into config.UserMapping. */
export type AwsAuthKey = "mapRoles" | "mapUsers";

/** The mapping fields the pack reads (aws-iam-authenticator pkg/config RoleMapping/UserMapping json tags), folded. */
const AWS_AUTH_FIELDS = new Set(["ROLEARN", "USERARN", "USERNAME", "GROUPS", "SSO"]);

/**
 * A key as Go's encoding/json compares it with a field name (fold.go appendFoldedName): ASCII letters by case, any
 * other rune as ToUpper(ToLower(r)), so `ſ` (U+017F) matches `s` and the Kelvin sign (U+212A) `k`: `groupſ` is groups.
 */
function goFold(key: string): string {
    let out = "";
    for (const ch of key) {
        if (ch.charCodeAt(0) < 0x80) out += ch.toUpperCase();
        else {
            const folded = ch.toLowerCase().toUpperCase();
            out += [...folded].length === 1 ? folded : ch;
        }
    }
    return out;
}

/**
 * aws-auth's mapRoles/mapUsers: a YAML list of maps (JSON is YAML too). aws-iam-authenticator pkg/mapper/configmap
 * converts the text with k8s.io/apimachinery util/yaml ToJSON (sigs.k8s.io/yaml YAMLToJSON, go-yaml: the full YAML
 * grammar, so double-quoted escapes such as "\x73ystem:masters" (YAML 1.2 spec 5.7 "Escaped Characters"), tags such
 * as `!!str` (6.9.1 "Node Tags"), flow lists and aliases are decoded) and then decodes it with encoding/json, whose
 * keys match the struct fields case-insensitively (`rOlEaRn`, `gRoUpS`: goFold). The text is decoded here with the
 * `yaml` package the same way. Undefined when unreadable (the caller then counts every ARN in the text as a cluster
 * administrator): text the parser rejects or warns about (an unknown tag, two equal keys of one map, more than one
 * document), a merge key `<<` (go-yaml v2 lets merged keys override earlier explicit ones, the YAML 1.1 merge spec
 * the other way round: which value wins is not certain), or a node of another shape than a list of maps whose
 * rolearn/userarn is a string, username a string and groups a list of strings (encoding/json refuses another type).
 * With `key` (round 76), read as that list is: mapRoles by rolearn or an `sso` matcher, mapUsers by userarn only, the
 * mappings Validate rejects dropped and only the last mapping of one Key() kept (configmap.go ParseMap, saveMap).
 */
export function parseAwsAuthMappings(text: string, why: string[] = [], key?: AwsAuthKey): AwsAuthMapping[] | undefined {
    if (text.trim() === "") return [];
    const unreadable = (reason: string): undefined => {
        why.push(reason);
        return undefined;
    };
    let list: unknown;
    try {
        const doc = parseDocument(text, { uniqueKeys: true, merge: false, prettyErrors: false });
        const problem = [...doc.errors, ...doc.warnings][0];
        if (problem) return unreadable(`not YAML the pack reads: ${problem.message.split("\n")[0]}`);
        list = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
        return unreadable(`not YAML the pack reads: ${(e as Error).message.split("\n")[0]}`);
    }
    if (!Array.isArray(list)) return unreadable("not a list of mappings");
    /**
     * Two keys of one mapping that name the same field (`rolearn` and `ROLEARN`): which one the authenticator keeps
     * depends on its decoding, not on their order here (sigs.k8s.io/yaml YAMLToJSON re-marshals a Go map with sorted
     * keys before encoding/json, which matches keys case-insensitively and keeps the last match: golang/go#43664).
     * Refused as ambiguous: the caller counts every ARN the text names as system:masters.
     */
    const ambiguous = (keys: string[]): boolean => {
        const byField = new Map<string, string[]>();
        for (const k of keys) byField.set(goFold(k), [...(byField.get(goFold(k)) ?? []), k]);
        const dup = [...byField.entries()].find(([f, ks]) => AWS_AUTH_FIELDS.has(f) && ks.length > 1);
        if (dup) why.push(`ambiguous: keys ${dup[1].join(", ")} of one mapping name the same field`);
        return dup !== undefined;
    };
    const out: AwsAuthMapping[] = [];
    for (const raw of list) {
        if (raw === null || typeof raw !== "object" || Array.isArray(raw))
            return unreadable("an item of the list is not a mapping");
        const e = raw as Record<string, unknown>;
        const keys = Object.keys(e);
        if (keys.includes("<<")) return unreadable("a merge key `<<`");
        if (ambiguous(keys)) return undefined;
        const field = (name: string): unknown => Object.entries(e).find(([k]) => goFold(k) === goFold(name))?.[1];
        // The fields of the struct the list decodes into (pkg/config types.go): RoleMapping has rolearn and sso, no
        // userarn; UserMapping has userarn, no rolearn or sso. encoding/json ignores a key naming no field.
        const rolearn = key === "mapUsers" ? undefined : field("rolearn");
        const userarn = key === "mapRoles" ? undefined : field("userarn");
        const sso = key === "mapUsers" ? undefined : field("sso");
        let arn = key === undefined ? (rolearn ?? userarn) : key === "mapRoles" ? rolearn : userarn;
        const username = field("username");
        const groups = field("groups");
        if (arn !== undefined && arn !== null && typeof arn !== "string")
            return unreadable("a rolearn/userarn that is not a string");
        const hasArn = typeof arn === "string" && arn !== "";
        if (sso !== undefined && sso !== null) {
            // pkg/config/mapper.go RoleMapping.Validate: "only one of rolearn or SSO can be supplied"; configmap.go
            // ParseMap drops a mapping that fails Validate and keeps the others.
            if (hasArn) continue;
            // The SSO matcher (docs "SSO Role Matcher"; mapper.go SSOArnLike, Matches): every role
            // arn:aws:iam::<accountID>:role/AWSReservedSSO_<permissionSetName>_* (IAM Identity Center's roles of the
            // permission set), an ArnLike pattern. Validate requires a 12-digit account and a permission set name
            // `^[\w+=,.@-]{1,32}$`; a partition (SSOArnLike ignores a given one) or another shape is not read.
            const o = sso as Record<string, unknown>;
            const sub = (name: string): unknown => Object.entries(o).find(([k]) => goFold(k) === goFold(name))?.[1];
            const account = sub("accountID");
            const set = sub("permissionSetName");
            const partition = sub("partition");
            if (
                typeof sso !== "object" ||
                Array.isArray(sso) ||
                typeof account !== "string" ||
                !/^[0-9]{12}$/.test(account) ||
                typeof set !== "string" ||
                !/^[\w+=,.@-]{1,32}$/.test(set) ||
                !(partition === undefined || partition === null || partition === "")
            )
                return unreadable("an sso matcher the pack does not read");
            arn = `arn:aws:iam::${account}:role/AWSReservedSSO_${set}_*`;
        } else if (!hasArn) {
            // Validate: "one of rolearn or SSO must be supplied" (RoleMapping), "value for userarn must be
            // supplied" (UserMapping): the mapping is dropped. Unread (unreadable) when the list is not known.
            if (key !== undefined) continue;
            return unreadable("a mapping without a rolearn/userarn string");
        }
        if (typeof arn !== "string") return unreadable("a mapping without a rolearn/userarn string");
        if (username !== undefined && username !== null && typeof username !== "string")
            return unreadable("a username that is not a string");
        if (
            groups !== undefined &&
            groups !== null &&
            !(Array.isArray(groups) && groups.every(g => typeof g === "string"))
        )
            return unreadable("groups that are not a list of strings");
        out.push({
            arn,
            username: typeof username === "string" ? username : undefined,
            groups: Array.isArray(groups) ? (groups as string[]) : [],
        });
    }
    /**
     * configmap.go saveMap stores the mappings in a Go map keyed by Key(): RoleMapping's is strings.ToLower(rolearn)
     * (or the lower-cased SSO pattern), UserMapping's the userarn as written (pkg/config/mapper.go). A later mapping
     * of the same key replaces an earlier one, so only the last is kept. Only ASCII ARNs are folded here (Go's and
     * JavaScript's lower-casing agree on ASCII); another ARN keeps every mapping of it, as do distinct keys that
     * EqualFold (Matches) may match alike (the lookup order over a Go map is random: each may be the one matched).
     */
    if (key === undefined) return out;
    const keyOf = (m: AwsAuthMapping): string | undefined =>
        !/^[\x20-\x7e]*$/.test(m.arn) ? undefined : key === "mapRoles" ? m.arn.toLowerCase() : m.arn;
    return out.filter((m, i) => {
        const k = keyOf(m);
        return k === undefined || !out.slice(i + 1).some(n => keyOf(n) === k);
    });
}

/**
 * Whether an aws-auth mapping's ARN maps no caller at all. aws-iam-authenticator compares the caller's CANONICAL ARN
 * (pkg/arn Canonicalize: arn:P:iam::A:role/NAME for an sts assumed-role session, an IAM user's or root's iam ARN as
 * is, a federated user's arn:P:sts::A:federated-user/NAME as is) with RoleMapping.Matches (ArnLike when the rolearn
 * holds `*` or `?`, else strings.EqualFold) or UserMapping.Matches (strings.EqualFold only: no wildcards)
 * (pkg/config/mapper.go). So an ARN compared by EqualFold maps no one when:
 * - its service folds to sts and its resource is not federated-user/... (an sts assumed-role ARN: EKS user guide,
 *   aws-auth, maps the role's iam ARN, never the assumed-role ARN);
 * - (mapUsers) it holds `*` or `?` where no canonical ARN can: in the partition, service, region or account, or in
 *   a role, user or federated-user NAME or root (IAM names are `[\w+=,.@-]`: IAM API CreateRole/CreateUser). An IAM
 *   path may hold them (`[\u0021-\u007E]`), so one there is read as before (as a wildcard: a superset).
 * - (mapRoles) its resource folds to ROLE/<path>/NAME, a non-empty IAM path: a caller's canonical role ARN never holds
 *   one (Canonicalize turns arn:P:sts::A:assumed-role/NAME/SESSION into arn:P:iam::A:role/NAME, and STS reports no
 *   path; a role NAME holds no `/`: IAM identifiers), and the configmap mapper compares the rolearn as written
 *   (pkg/mapper/configmap Map, RoleMapping.Matches; arn.StripPath is used only by the dynamicfile mapper, its TODO
 *   "can be used to support role paths in the configmap"). EKS user guide, "Troubleshooting IAM", aws-auth
 *   ConfigMap does not grant access: "AWS IAM Authenticator does not permit a path in the role ARN used in the
 *   ConfigMap". Not mapUsers: an IAM user's ARN keeps its path (Canonicalize returns iam user ARNs as is).
 * A rolearn with `*` or `?` is an ArnLike pattern, read as before.
 */
function awsAuthArnMapsNoOne(arn: string, key: AwsAuthKey): boolean {
    const wild = /[*?]/.test(arn);
    if (key === "mapRoles" && wild) return false;
    // Partition, service, region and account hold no `:`, so a canonical ARN's first five colons are theirs.
    const parts = arn.split(":");
    if (parts.length < 6) return false;
    const resource = goFold(parts.slice(5).join(":"));
    if (!wild)
        return (
            (goFold(parts[2]) === "STS" && !resource.startsWith("FEDERATED-USER/")) ||
            (key === "mapRoles" && resource.startsWith("ROLE/") && resource.split("/").length > 2)
        );
    if (parts.slice(0, 5).some(p => /[*?]/.test(p))) return true;
    const segments = resource.split("/");
    // role/<path/>NAME, user/<path/>NAME: only the path may hold `*` or `?`.
    if ((segments[0] === "ROLE" || segments[0] === "USER") && segments.length > 2)
        return !segments.slice(1, -1).some(p => /[*?]/.test(p));
    return true;
}

/** Kubernetes List resources whose items this module reads (@pulumi/kubernetes `rbac/v1` ...List, `core/v1` ConfigMapList). */
const LIST_TYPES = new Set(
    [
        K8S_TYPES.role,
        K8S_TYPES.clusterRole,
        K8S_TYPES.roleBinding,
        K8S_TYPES.clusterRoleBinding,
        K8S_TYPES.configMap,
    ].map(t => `${t}List`),
);

/** The resources, each List resource replaced by the objects it creates (one per item, same URN). */
function withListItems(resources: readonly StackResource[], view: KubernetesView): StackResource[] {
    return resources.flatMap(r => {
        // Every Kubernetes List type holds objects of its item kind (RBAC, ConfigMaps, workloads, webhooks).
        if (!LIST_TYPES.has(r.type) && !(r.type.startsWith("kubernetes:") && /[a-z]List$/.test(r.type))) return [r];
        const items = r.props.items;
        if (!Array.isArray(items)) {
            if (items !== undefined && items !== null) view.unknown.push(`items of ${r.name}`);
            return [];
        }
        return items.map((item: Record<string, unknown>): StackResource => ({
            ...r,
            type: r.type.slice(0, -"List".length),
            name: str(item?.metadata, "name") ?? r.name,
            props: item ?? {},
        }));
    });
}

/**
 * Reads the stack's Kubernetes and EKS access declarations. `principal` resolves an AWS principal ARN to a node;
 * `k8s` gives the node of a Kubernetes subject.
 */
const NODE_METADATA_FIX = "set metadataOptions httpTokens: required and httpPutResponseHopLimit: 1";
const NODE_METADATA_RISK = "the nodes' instance metadata may answer every pod with the node role";

/**
 * Why a node's instance metadata answers its pods, judged as an allowlist: only IMDSv2 required with a PUT hop limit of
 * 1 (or the endpoint disabled) keeps the node role from pods (EKS best practices, "Restrict access to the instance
 * profile assigned to the worker node"). IMDSv1 ignores the hop limit; a field left unset takes the account's and the
 * AMI's defaults, which the pack cannot see (an AMI with ImdsSupport v2.0 sets the hop limit to 2: EC2 API,
 * Image.ImdsSupport; EC2 user guide, "Order of precedence for instance metadata options").
 */
/**
 * Ways into a node that a launch template, launch configuration or instance opens besides instance metadata, each as
 * who gets in and what they get: an EC2 key pair (SSH with sudo: every pod token on the node; EKS API
 * CreateNodegroup, a key belongs in the launch template when one is used), and user data that opens the kubelet to
 * anonymous callers, runs static pods or turns on Bottlerocket's admin host container (userData.ts reads each format).
 */
function nodeAccessOf(lt: StackResource): { who: string; what: string }[] {
    const out: { who: string; what: string }[] = [];
    const key = str(lt.props, "keyName");
    if (key !== undefined || isUnknown(lt.props.keyName))
        out.push({
            who: `EC2 key pair ${key ?? "(unknown)"}`,
            what: `keyName ${key ?? "(unknown during the preview)"}: SSH with sudo on the node reads the tokens of the pods there and acts as the node`,
        });
    const { raw, unknown } = userDataOf(lt);
    if (unknown)
        out.push({
            who: "whatever the user data sets",
            what: unverifiable(
                unknown,
                "what it opens on the node (kubelet access, SSH keys, host containers, static pods) cannot be read",
            ),
        });
    out.push(...userDataOpenings(raw));
    return out;
}

function metadataOpenToPods(md: unknown): string | undefined {
    if (isUnknown(md)) return unverifiable("metadataOptions", NODE_METADATA_RISK);
    const o = (md && typeof md === "object" ? md : {}) as Record<string, unknown>;
    const fields = ["httpEndpoint", "httpTokens", "httpPutResponseHopLimit"] as const;
    const unknownField = fields.find(f => isUnknown(o[f]));
    if (unknownField) return unverifiable(`metadataOptions.${unknownField}`, NODE_METADATA_RISK);
    if (o.httpEndpoint === "disabled") return undefined;
    if (o.httpTokens === "required" && o.httpPutResponseHopLimit === 1) return undefined;
    const shown = (v: unknown) => (v === undefined ? "unset (the AMI's or account's default)" : String(v));
    return `metadataOptions (httpTokens ${shown(o.httpTokens)}, httpPutResponseHopLimit ${shown(o.httpPutResponseHopLimit)})`;
}

export function readKubernetes(
    stackResources: readonly StackResource[],
    principal: (arn: string) => PrincipalNode,
    k8s: (kind: "User" | "Group" | "ServiceAccount", name: string, namespace?: string) => PrincipalNode,
    roleByUrn: (urn: string) => PrincipalNode | undefined = () => undefined,
    /** A cluster no ServiceAccount subject of the stack can be in (build.ts): its access entries reach none of them. */
    clusterOutsideStack: (entry: StackResource) => boolean = () => false,
): KubernetesView {
    const view: KubernetesView = { powers: [], memberships: [], nodeRoles: [], unknown: [] };
    const resources = withListItems(stackResources, view);
    const taintReliance = taintReliantPools(resources);
    const argoCd = argoCdNamespaces(resources);
    // The documented installs' ServiceAccounts beside the stack (OUTSIDE_CONTROLLER_ACCOUNTS), Argo CD's in every
    // namespace Argo CD is installed in (argoCdNamespaces; "*": any, its namespace unknown here): its install puts
    // them in the namespace it is applied to (Argo CD "Declarative Setup": "All resources ... have to be installed in
    // the Argo CD namespace (by default argocd)"), bound by its ClusterRoleBindings to its ClusterRoles whatever that
    // namespace is, so pods created there may run as them (Kubernetes "RBAC Good Practices", "Workload creation":
    // "Users who can create or edit pods ... can run them as any ServiceAccount in the namespace").
    const outsideControllerAccounts = OUTSIDE_CONTROLLER_ACCOUNTS.flatMap(sa =>
        sa.namespace !== ARGOCD_NAMESPACE
            ? [sa]
            : [ARGOCD_NAMESPACE, ...(argoCd === "*" ? ["*"] : argoCd.filter(n => n !== ARGOCD_NAMESPACE))].map(
                  namespace =>
                      namespace === ARGOCD_NAMESPACE
                          ? sa
                          : {
                                ...sa,
                                namespace,
                                why: `${sa.why}; Argo CD is installed in ${namespace === "*" ? "a namespace unknown here" : namespace} too (the stack declares its own configuration there: argoCdNamespaces)`,
                            },
              ),
    );
    /** Whether a namespace pattern of a power takes in an outside controller's namespace ("*": any). */
    const outsideIn = (pattern: string, namespace: string) => namespace === "*" || namespaceMatches(pattern, namespace);
    /** What a rule set lets its holder do (saPowerOfRules), Node writers included where the stack relies on taints. */
    /**
     * The power of a role named by `bind` under resourceNames (boundByName), once the roles are read (bindableRoles,
     * set below); before that, and for a role whose reading reaches back to itself, every power.
     */
    let bindableRoles: BindableRoles | undefined;
    const powerOf = (rules: Rule[], impersonation: ImpersonationReading = "power", where?: string) =>
        saPowerOfRules(rules, impersonation, taintReliance, where, bindableRoles, argoCd);
    /**
     * `outsideObject`: the object itself is outside the stack, its own rules kept beside the stack's: declared by
     * RolePatch/ClusterRolePatch only, or a bootstrap role the API server keeps reconciling (bootstrapRole). `labels`,
     * `selectors` (its aggregationRule's): every object's and patch's of the key together.
     */
    const roles = new Map<
        string,
        {
            rules: Rule[] | "unknown";
            label: string;
            aggregated: boolean;
            outsideObject: boolean;
            urn: string;
            labels: Record<string, unknown>;
            labelsUnknown: boolean;
            selectors: unknown[] | "unknown";
        }
    >();
    /** Built-in ClusterRoles that a stack ClusterRole with power joins through an `aggregate-to-<name>` label. */
    const aggregatedInto = new Map<string, string>();
    /**
     * Stack ClusterRoles (by key) that join built-in ClusterRoles by aggregation, whatever their rules: the built-ins
     * they join (their holders outside the stack get the rules: joinBindings).
     */
    const joinsBuiltIn = new Map<string, string[]>();
    /** Stack ClusterRoles whose labels are unknown during the preview (may join view, edit or admin). */
    const labelsUnknown = new Set<string>();
    /** Built-in ClusterRoles that a stack ClusterRole writing Services joins by aggregation (SERVICE_CAPTURE_SCOPE). */
    const captureJoins = new Map<string, string>();
    const roleTypes: string[] = [
        K8S_TYPES.role,
        K8S_TYPES.clusterRole,
        K8S_TYPES.rolePatch,
        K8S_TYPES.clusterRolePatch,
    ];
    for (const r of resources) {
        if (!roleTypes.includes(r.type)) continue;
        const m = meta(r);
        const namespaced = r.type === K8S_TYPES.role || r.type === K8S_TYPES.rolePatch;
        const patch = r.type === K8S_TYPES.rolePatch || r.type === K8S_TYPES.clusterRolePatch;
        // Kubernetes "Using RBAC Authorization", "Aggregated ClusterRoles": the controller fills the rules of a
        // ClusterRole with an aggregationRule from every ClusterRole whose labels match, including built-in ones.
        const aggregated = !namespaced && r.props.aggregationRule != null;
        const rules = rulesOf(r);
        const rawLabels = (r.props.metadata as { labels?: unknown } | undefined)?.labels;
        const labels = rawLabels !== null && typeof rawLabels === "object" ? rawLabels : {};
        const power = rules !== "unknown" && powerOf(rules);
        const capture = rules !== "unknown" && serviceCaptureOfRules(rules);
        if (!namespaced && (power || capture)) {
            for (const [label, value] of Object.entries(labels)) {
                const hit = /^rbac\.authorization\.k8s\.io\/aggregate-to-(.+)$/.exec(label);
                if (hit && String(value) === "true") {
                    if (power) aggregatedInto.set(hit[1], m.name ?? r.name);
                    if (capture) captureJoins.set(hit[1], m.name ?? r.name);
                }
            }
        }
        const key = namespaced ? `Role:${m.namespace ?? ""}:${m.name ?? r.name}` : `ClusterRole:${m.name ?? r.name}`;
        // A patch and the object (or several patches) together: every rule any of them writes counts.
        const existing = roles.get(key);
        const rawSelectors = (r.props.aggregationRule as { clusterRoleSelectors?: unknown } | undefined)
            ?.clusterRoleSelectors;
        const selectors: unknown[] | "unknown" =
            isUnknown(r.props.aggregationRule) || isUnknown(rawSelectors)
                ? "unknown"
                : Array.isArray(rawSelectors)
                  ? rawSelectors
                  : [];
        roles.set(key, {
            labels: { ...(existing?.labels ?? {}), ...labels },
            labelsUnknown: isUnknown(rawLabels) || (existing?.labelsUnknown ?? false),
            selectors:
                existing?.selectors === "unknown" || selectors === "unknown"
                    ? "unknown"
                    : [...(existing?.selectors ?? []), ...(aggregated ? selectors : [])],
            rules:
                existing === undefined
                    ? rules
                    : existing.rules === "unknown" || rules === "unknown"
                      ? "unknown"
                      : [...existing.rules, ...rules],
            aggregated: aggregated || (existing?.aggregated ?? false),
            label: `${namespaced ? "Role" : "ClusterRole"} ${m.name ?? r.name}`,
            outsideObject: bootstrapRole(key) || (patch && (existing?.outsideObject ?? true)),
            urn: existing?.urn ?? r.urn,
        });
    }
    /** What binding a ClusterRole outside the stack (patched, or selected by aggregation) gives: built-in ones known. */
    const outsideClusterRolePower = (name: string): RulePower | undefined => {
        const builtIn = BUILT_IN_LABELLED.find(b => b.name === name);
        const known = builtIn ? builtIn.power : name in BUILT_IN_CLUSTER_ROLES ? BUILT_IN_CLUSTER_ROLES[name] : "";
        if (known === "")
            return { reason: `ClusterRole ${name}, not in this stack: its rules cannot be read`, createsPods: true };
        return known ? { reason: known, createsPods: true } : undefined;
    };
    /**
     * The built-ins (admin, edit, view) of which each of these selectors is the own selector (ownSelector: it requires
     * rbac.authorization.k8s.io/aggregate-to-<name>: "true", in either spelling, and at most narrows it), or undefined
     * when one is anything else (or unknown). Such a selector selects at most what that built-in aggregates ("Using RBAC Authorization",
     * Aggregated ClusterRoles / User-facing roles: admin, edit and view are themselves aggregated ClusterRoles with
     * these selectors; bootstrappolicy testdata/cluster-roles.yaml): the ClusterRoles labelled so outside the stack,
     * which the pack already reads as the built-in's own (its power is BUILT_IN_CLUSTER_ROLES'; such a label joins
     * the built-in's bindings only: outsideAggregationLabels, joinsBuiltIn; a patched built-in's own selector adds
     * nothing: ownSelector), and the stack's ClusterRoles labelled so, read by their rules.
     */
    const sameSelection = (selectors: unknown[] | "unknown"): string[] | undefined => {
        if (selectors === "unknown") return undefined;
        // A selector requiring several built-ins' own labels selects only ClusterRoles carrying all of them, each
        // within every one of those built-ins' selections ("Labels and Selectors": requirements are ANDed): read as the
        // least powerful of them (view's rules are within edit's, edit's within admin's: "User-facing roles").
        const same = selectors.map(sel => ["view", "edit", "admin"].find(b => ownSelector(sel, b)));
        return same.every(b => b !== undefined) ? (same as string[]) : undefined;
    };
    /**
     * What an aggregationRule's selectors pull in ("Using RBAC Authorization", "Aggregated ClusterRoles": the controller
     * fills the ClusterRole's rules from every ClusterRole whose labels match, built-in ones included, and ClusterRoles
     * outside the stack may match any selector). `builtIn`: the patched built-in whose own selector adds nothing new
     * (auto-reconciliation keeps extra selectors a patch adds: "Auto-reconciliation" adds, never removes). A stack
     * ClusterRole the selector matches gives its rules' power (unknown rules: any), an aggregated one what its own
     * selectors select (`seen`: each once, an aggregation cycle adds nothing of its own). What a selector matches
     * outside the stack is read only for a built-in's own selector (sameSelection): that built-in's power; any other
     * selector may match any ClusterRole.
     */
    const selectedPower = (
        key: string,
        selectors: unknown[] | "unknown",
        builtIn?: string,
        seen: Set<string> = new Set(),
    ): RulePower | undefined => {
        if (selectors === "unknown")
            return {
                reason: unverifiable("aggregationRule", "it may select any ClusterRole, cluster-admin included"),
                createsPods: true,
            };
        seen.add(key);
        const added = builtIn === undefined ? selectors : selectors.filter(x => !ownSelector(x, builtIn));
        for (const sel of added) {
            const hit = BUILT_IN_LABELLED.find(
                b => b.power && `ClusterRole:${b.name}` !== key && selectorMatches(sel, b.labels),
            );
            if (hit)
                return {
                    reason: `its aggregationRule selects built-in ClusterRole ${hit.name}: ${hit.power}`,
                    createsPods: true,
                };
            for (const [other, o] of roles) {
                if (other === key || !other.startsWith("ClusterRole:")) continue;
                const name = other.slice("ClusterRole:".length);
                // A patched built-in keeps its own labels beside the ones the patch writes.
                const labels = { ...(BUILT_IN_LABELLED.find(b => b.name === name)?.labels ?? {}), ...o.labels };
                if (!o.labelsUnknown && !selectorMatches(sel, labels)) continue;
                const p =
                    (o.rules === "unknown"
                        ? { reason: "rules unknown during preview", createsPods: true }
                        : powerOf(o.rules)) ||
                    (o.outsideObject ? outsideClusterRolePower(name) : undefined) ||
                    (o.aggregated && !seen.has(other)
                        ? selectedPower(other, o.selectors, o.outsideObject ? name : undefined, seen)
                        : undefined);
                if (p) return { reason: `its aggregationRule selects ${o.label} (${p.reason})`, createsPods: true };
            }
            const same = sameSelection([sel])?.[0];
            if (same === undefined)
                return {
                    reason: "aggregated ClusterRole: its rules come from every ClusterRole its selectors match",
                    createsPods: true,
                };
            const p = outsideClusterRolePower(same);
            if (p)
                return {
                    reason: `its aggregationRule selects what built-in ClusterRole ${same} aggregates (${p.reason})`,
                    createsPods: true,
                };
        }
        return undefined;
    };
    /**
     * What a ClusterRole without power in its own rules passes on through its aggregate-to-<X> labels: a patched
     * built-in's known rules (a ClusterRolePatch that only labels edit aggregate-to-view puts edit's rules into view),
     * the unread rules of one outside the stack, or an aggregated ClusterRole's, which pass onward (aggregation chains,
     * as edit's rules reach admin through edit's own aggregate-to-admin label: "Aggregated ClusterRoles").
     */
    const relayed = new Map<string, RulePower>();
    /**
     * Aggregation labels that join a ClusterRole the stack cannot see ("Using RBAC Authorization", "Aggregated
     * ClusterRoles": a controller of the control plane fills the rules of every ClusterRole with an aggregationRule
     * from all ClusterRoles its label selectors match, whoever wrote them; the page's own example selects
     * rbac.example.com/aggregate-to-monitoring). Operators ship such ClusterRoles, bound to their own ServiceAccounts
     * outside the stack: Crossplane's `crossplane` selects rbac.crossplane.io/aggregate-to-crossplane (Crossplane
     * docs, "Pods": "By adding the rbac.crossplane.io/aggregate-to-crossplane: "true" to a ClusterRole, the crossplane
     * ServiceAccount will automatically get the roles"). A selector is a label selector on any key, not only
     * `<prefix>/aggregate-to-<name>`: Knative Eventing's addressable-resolver selects duck.knative.dev/addressable,
     * Knative Serving's knative-serving-admin serving.knative.dev/controller (knative/eventing config/core/roles/
     * addressable-resolvers-clusterrole.yaml; knative/serving config/core/200-roles/clusterrole.yaml). So every label
     * of a stack ClusterRole, whatever its key and value (an unseen selector may test only that the key exists), joins
     * holders the pack cannot see (fail closed: a ClusterRole with no labels is the only one no selector can match),
     * except rbac.authorization.k8s.io/aggregate-to-<built-in>: "true" (the built-in's own bindings: joinsBuiltIn; any
     * other value is a label like any other). A label that an aggregationRule of the stack selects joins outside
     * holders too (round 55): the controller fills EVERY aggregated ClusterRole whose selector matches, the stack's
     * and outside ones alike (kubernetes/kubernetes pkg/controller/clusterroleaggregation).
     */
    const joinsOutside = new Map<string, string[]>();
    const outsideAggregationLabels = (labels: Record<string, unknown>): string[] =>
        Object.keys(labels).filter(label => {
            const hit = /^rbac\.authorization\.k8s\.io\/aggregate-to-(.+)$/.exec(label);
            return !(hit && String(labels[label]) === "true" && hit[1] in BUILT_IN_CLUSTER_ROLES);
        });
    // Labels are read on the object and its patches together: a patch may label a ClusterRole of the stack. The joins
    // are recorded whatever the rules (joinBindings reads them, pairing a Secret create in one joining role with a
    // read in another); what the rules pass on to a built-in's own bindings in the stack, only for power or capture.
    // Unknown labels may say aggregate-to-view/edit/admin at `up`: read as joining those built-ins.
    for (const [key, role] of roles) {
        if (!key.startsWith("ClusterRole:")) continue;
        if (role.labelsUnknown) labelsUnknown.add(key);
        const joins = Object.entries(role.labels).flatMap(([label, value]) => {
            const hit = /^rbac\.authorization\.k8s\.io\/aggregate-to-(.+)$/.exec(label);
            return hit && String(value) === "true" && hit[1] in BUILT_IN_CLUSTER_ROLES ? [hit[1]] : [];
        });
        if (joins.length > 0) joinsBuiltIn.set(key, joins);
        const outside = outsideAggregationLabels(role.labels);
        if (outside.length > 0) joinsOutside.set(key, outside);
    }
    for (const [key, role] of roles) {
        if (!key.startsWith("ClusterRole:") || role.rules === "unknown") continue;
        const name = key.slice("ClusterRole:".length);
        const own = powerOf(role.rules);
        const capture = serviceCaptureOfRules(role.rules);
        const passed = own
            ? undefined
            : role.aggregated
              ? selectedPower(key, role.selectors)
              : role.outsideObject
                ? outsideClusterRolePower(name)
                : undefined;
        if (!own && !capture && !passed) continue;
        for (const [label, value] of Object.entries(role.labels)) {
            const hit = /^rbac\.authorization\.k8s\.io\/aggregate-to-(.+)$/.exec(label);
            if (!hit || String(value) !== "true") continue;
            if ((own || passed) && !aggregatedInto.has(hit[1])) aggregatedInto.set(hit[1], name);
            if (capture && !captureJoins.has(hit[1])) captureJoins.set(hit[1], name);
        }
        if (passed) relayed.set(key, passed);
    }
    /**
     * Whether a role the stack writes keeps bindings outside it that no stack binding shows: a patched role, or a
     * ClusterRole of a reserved `system:`/`eks:` name (auto-reconciliation adds missing rules, never removes extra ones:
     * "Using RBAC Authorization", "Auto-reconciliation"; a server-side-apply patch keeps the object and so its
     * bindings). Not one bound by default to every caller (system:authenticated): a binding outside adds no one.
     */
    const boundOutside = (key: string, role: { outsideObject: boolean }): boolean => {
        const [kind, ...rest] = key.split(":");
        const name = rest.join(":");
        const everyCaller =
            kind === "ClusterRole" &&
            Object.hasOwn(DEFAULT_BINDINGS, name) &&
            DEFAULT_BINDINGS[name].some(s => s.kind === "Group" && s.name === "system:authenticated");
        return !everyCaller && (role.outsideObject || (kind === "ClusterRole" && /^(system|eks):/.test(name)));
    };
    /** The one principal the bindings of a role outside this stack name (boundOutside). */
    const outsideHolder = (roleLabel: string) => `whoever the bindings of ${roleLabel} outside this stack name`;
    /** Namespaces whose Pod Security level keeps a created pod from owning its node. */
    const confined = podSecurityConfined(resources, view.unknown);
    /** What binding a role the stack does not declare (built-in, or outside the stack) gives. */
    const undeclaredRolePower = (
        refKind: string,
        refName: string,
        namespace?: string,
        where?: string,
    ): RulePower | undefined => {
        const builtInRole = refKind === "Role" ? BUILT_IN_ROLES[`Role:${namespace ?? ""}:${refName}`] : undefined;
        if (builtInRole) return powerOf(builtInRole, "power", where);
        if (refKind === "ClusterRole" && refName in BUILT_IN_CLUSTER_ROLES) {
            const builtIn = BUILT_IN_CLUSTER_ROLES[refName];
            const joined = aggregatedInto.get(refName);
            // A built-in known by its rules is judged by them (BUILT_IN_CLUSTER_ROLE_RULES).
            const known =
                BUILT_IN_CLUSTER_ROLE_RULES[refName] && powerOf(BUILT_IN_CLUSTER_ROLE_RULES[refName], "power", where);
            return builtIn
                ? { reason: builtIn, createsPods: true }
                : known
                  ? known
                  : joined
                    ? {
                          reason: `built-in ClusterRole ${refName}, which ClusterRole ${joined} joins by aggregation`,
                          createsPods: true,
                      }
                    : undefined;
        }
        return { reason: `${refKind} ${refName}, not in this stack: its rules cannot be read`, createsPods: true };
    };
    {
        const resolving = new Set<string>();
        const resolve: BindableRoles = (kind, name, where) => {
            const keys =
                kind === "ClusterRole"
                    ? [`ClusterRole:${name}`]
                    : where !== undefined
                      ? [`Role:${where}:${name}`]
                      : [...roles.keys()].filter(k => k.startsWith("Role:") && k.endsWith(`:${name}`));
            const declared = keys.map(k => [k, roles.get(k)] as const).filter(([, x]) => x !== undefined);
            if (declared.length === 0) return undeclaredRolePower(kind, name, where, where);
            let best: RulePower | undefined;
            for (const [key, x] of declared) {
                if (resolving.has(key)) continue;
                resolving.add(key);
                try {
                    const own = x!.aggregated
                        ? {
                              reason: `${x!.label}: aggregated ClusterRole, its rules come from every ClusterRole its selectors match`,
                              createsPods: true,
                          }
                        : x!.rules === "unknown"
                          ? { reason: `${x!.label}: rules unknown during preview`, createsPods: true }
                          : powerOf(x!.rules, "power", kind === "Role" ? key.split(":")[1] : where);
                    if (own) best = widerPower(best, own);
                    if (x!.outsideObject) {
                        const outside = undeclaredRolePower(kind, name, where, where);
                        if (outside) best = widerPower(best, outside);
                    }
                } finally {
                    resolving.delete(key);
                }
            }
            return best;
        };
        bindableRoles = resolve;
    }
    /**
     * Round 88: the Namespace objects (namespaceWritesOfRules) a role named by `bind` under resourceNames may update or
     * patch, read as the bindings loop reads a binding's role (as BindableRoles reads its power): a stack role by its
     * rules, and by those of the roles it binds by name in turn; one aggregated, unknown during the preview or outside
     * the stack, any; the built-in Roles by their rules; the built-in ClusterRoles none but cluster-admin, every one
     * ("Using RBAC Authorization", "User-facing roles": cluster-admin "If used in a RoleBinding, gives full control over
     * every resource in the role binding's namespace, including the namespace itself"; admin "does not allow write
     * access to resource quota or to the namespace itself"). Whoever may bind it may bind it to itself, so may write
     * what it writes where its binding reaches (boundByName).
     */
    const bindableNamespaceWrites = (
        kind: "Role" | "ClusterRole",
        name: string,
        where: string | undefined,
        resolving: Set<string>,
    ): "*" | string[] | undefined => {
        const keys =
            kind === "ClusterRole"
                ? [`ClusterRole:${name}`]
                : where !== undefined
                  ? [`Role:${where}:${name}`]
                  : [...roles.keys()].filter(k => k.startsWith("Role:") && k.endsWith(`:${name}`));
        const declared = keys.flatMap(k => {
            const x = roles.get(k);
            return x ? [[k, x] as const] : [];
        });
        const builtInRole =
            kind === "Role" && where !== undefined ? BUILT_IN_ROLES[`Role:${where}:${name}`] : undefined;
        const builtInClusterRole = kind === "ClusterRole" && name in BUILT_IN_CLUSTER_ROLES;
        const builtInWrites = (): "*" | string[] | undefined =>
            builtInRole
                ? namespaceWritesOfRules(builtInRole)
                : builtInClusterRole
                  ? name === "cluster-admin"
                      ? "*"
                      : undefined
                  : "*";
        if (declared.length === 0) return builtInWrites();
        let out: "*" | string[] | undefined;
        for (const [key, x] of declared) {
            if (resolving.has(key)) continue;
            if (x.aggregated || x.rules === "unknown") return "*";
            // A patch of an object outside the stack: its own rules unread, but a built-in's (as the bindings loop).
            if (x.outsideObject) out = joinNamespaceWrites(out, builtInWrites());
            resolving.add(key);
            try {
                out = joinNamespaceWrites(out, namespaceWritesOfRules(x.rules, where === undefined));
                out = joinNamespaceWrites(
                    out,
                    namedBindNamespaceWrites(x.rules, kind === "Role" ? key.split(":")[1] : where, resolving),
                );
            } finally {
                resolving.delete(key);
            }
        }
        return out;
    };
    /**
     * Round 88: the Namespace objects the roles a rule set binds by name may write (bindableNamespaceWrites): `bind`
     * under finite resourceNames, without escalate or a `*` verb (boundByName's reading; the rest is every power). The
     * rules are those a binding write of the same holder pairs with (withoutNamedBind), as the bindings loop reads them.
     */
    const namedBindNamespaceWrites = (
        rules: Rule[],
        where: string | undefined,
        resolving = new Set<string>(),
    ): "*" | string[] | undefined => {
        let out: "*" | string[] | undefined;
        for (const rule of rules) {
            if (
                !rule.verbs.includes("bind") ||
                rule.verbs.includes("escalate") ||
                rule.verbs.includes("*") ||
                rule.resourceNames.length === 0 ||
                rule.resourceNames.some(n => n === "" || n.includes("*")) ||
                !ruleNames(rule, RBAC_ROLES.groups, RBAC_ROLES.resources)
            )
                continue;
            const kinds = new Set<"Role" | "ClusterRole">();
            for (const x of rule.resources) {
                if (resourceCovers(x, "roles")) kinds.add("Role");
                if (resourceCovers(x, "clusterroles")) kinds.add("ClusterRole");
            }
            for (const kind of kinds)
                for (const name of rule.resourceNames)
                    out = joinNamespaceWrites(out, bindableNamespaceWrites(kind, name, where, resolving));
        }
        return out;
    };
    /** Whether binding a role the stack does not declare lets its holder write Services (SERVICE_CAPTURE_SCOPE). */
    const undeclaredRoleCapture = (refKind: string, refName: string, namespace?: string): string | undefined => {
        const builtInRole = refKind === "Role" ? BUILT_IN_ROLES[`Role:${namespace ?? ""}:${refName}`] : undefined;
        if (builtInRole) return serviceCaptureOfRules(builtInRole, false);
        if (refKind === "ClusterRole" && refName in BUILT_IN_CLUSTER_ROLES) {
            // admin and edit write services ("Using RBAC Authorization", "User-facing roles"), cluster-admin all.
            if (BUILT_IN_CLUSTER_ROLES[refName])
                return `built-in ClusterRole ${refName} writes services: ${SERVICE_CAPTURE_WHY}`;
            const known = BUILT_IN_CLUSTER_ROLE_RULES[refName];
            const own = known && serviceCaptureOfRules(known);
            if (own) return own;
            const joined = captureJoins.get(refName);
            return joined
                ? `built-in ClusterRole ${refName}, which ClusterRole ${joined} joins by aggregation, writes services: ${SERVICE_CAPTURE_WHY}`
                : undefined;
        }
        return `${refKind} ${refName}, not in this stack: its rules may write services (${SERVICE_CAPTURE_WHY})`;
    };
    /** The roleRef a binding patch leaves out: the patched binding's, when the stack declares it. */
    const declaredRoleRef = (type: string, m: { name?: string; namespace?: string }): unknown =>
        resources.find(
            b =>
                b.type === type &&
                meta(b).name === m.name &&
                (type === K8S_TYPES.clusterRoleBinding || meta(b).namespace === m.namespace),
        )?.props.roleRef;
    /** A binding's roleRef; a patch that leaves it out keeps the patched binding's (declaredRoleRef). */
    const bindingRoleRef = (r: StackResource): unknown => {
        const clusterWide = r.type === K8S_TYPES.clusterRoleBinding || r.type === K8S_TYPES.clusterRoleBindingPatch;
        const patch = r.type === K8S_TYPES.roleBindingPatch || r.type === K8S_TYPES.clusterRoleBindingPatch;
        return patch && r.props.roleRef == null
            ? declaredRoleRef(clusterWide ? K8S_TYPES.clusterRoleBinding : K8S_TYPES.roleBinding, meta(r))
            : r.props.roleRef;
    };
    /**
     * A roleRef whose only unknown during a first preview is its kind, named in the RBAC group: at `up` it is one of
     * the roles of that name the binding may refer to ("Using RBAC Authorization", RoleBinding and ClusterRoleBinding:
     * a RoleBinding "may reference any Role in the same namespace" or a ClusterRole, a ClusterRoleBinding only a
     * ClusterRole). When every candidate is a role of this stack whose rules are read (not aggregated, not a built-in,
     * not an object outside the stack), the binding is read as holding all their rules together (a superset of
     * either); otherwise undefined (read as a role unknown during preview).
     */
    const kindCandidates = (
        roleRef: unknown,
        namespace: string | undefined,
        clusterWide: boolean,
    ): { label: string; rules: Rule[]; aggregated: false } | undefined => {
        if (roleRef === null || typeof roleRef !== "object" || isUnknown(roleRef)) return undefined;
        const ref = roleRef as Record<string, unknown>;
        const name = str(ref, "name");
        if (!isUnknown(ref.kind) || name === undefined || str(ref, "apiGroup") !== "rbac.authorization.k8s.io")
            return undefined;
        const keys = [...(clusterWide ? [] : [`Role:${namespace ?? ""}:${name}`]), `ClusterRole:${name}`];
        if (name in BUILT_IN_CLUSTER_ROLES || keys.some(k => k in BUILT_IN_ROLES)) return undefined;
        const found = keys.map(k => roles.get(k));
        if (found.some(x => x === undefined || x.outsideObject || x.aggregated || x.rules === "unknown"))
            return undefined;
        const candidates = found as { label: string; rules: Rule[] }[];
        return {
            label: `${candidates.map(x => x.label).join(" or ")} (roleRef.kind unknown during preview: either)`,
            rules: candidates.flatMap(x => x.rules),
            aggregated: false,
        };
    };
    /**
     * Which Secrets binding `r` of `refKind` `refName` lets its subjects read (`of` secretReadsOfRules) or create
     * (secretCreatesOfRules), or which objects of another resource (`of` namesGrantedOfRules), read as the bindings
     * loop reads its power: a stack role by its rules (and, only patched, the object's own), a built-in by its known
     * rules ("Using RBAC Authorization", "User-facing roles": admin and edit read and write Secrets, view does neither)
     * plus the stack ClusterRoles that join it by an aggregate-to-<name> label, anything else (unknown, aggregated,
     * outside the stack) as every Secret.
     */
    /** The aggregated ClusterRoles whose Secret access secretAccessOfBinding is reading (ofRole). */
    const secretResolving = new Set<string>();
    const secretAccessOfBinding = (
        refKind: string | undefined,
        refName: string | undefined,
        namespace: string | undefined,
        r: StackResource | undefined,
        of: (rules: Rule[]) => "*" | string[] | undefined,
    ): "*" | string[] | undefined => {
        const merge = (a: "*" | string[] | undefined, b: "*" | string[] | undefined): "*" | string[] | undefined =>
            a === "*" || b === "*"
                ? "*"
                : a === undefined && b === undefined
                  ? undefined
                  : [...(a ?? []), ...(b ?? [])];
        // A stack ClusterRole aggregating only built-ins' own selectors (sameSelection): what a binding of them gives,
        // with its own rules (each once: a role labelled into what it aggregates adds nothing more).
        const ofRole = (x: {
            rules: Rule[] | "unknown";
            aggregated: boolean;
            label: string;
            outsideObject?: boolean;
            selectors?: unknown[] | "unknown";
        }): "*" | string[] | undefined => {
            if (x.rules === "unknown") return "*";
            if (!x.aggregated) return of(x.rules);
            const same = x.outsideObject ? undefined : sameSelection(x.selectors ?? "unknown");
            if (same === undefined) return "*";
            if (secretResolving.has(x.label)) return undefined;
            secretResolving.add(x.label);
            try {
                return same.reduce(
                    (acc, b) => merge(acc, secretAccessOfBinding("ClusterRole", b, namespace, undefined, of)),
                    of(x.rules),
                );
            } finally {
                secretResolving.delete(x.label);
            }
        };
        if (refKind === undefined || refName === undefined) {
            const depended =
                [...roles.values()].find(x =>
                    (r?.propertyDependencies?.roleRef ?? []).some(d => d.urn === x.urn && !x.outsideObject),
                ) ??
                (r &&
                    kindCandidates(
                        r.props.roleRef,
                        namespace,
                        r.type === K8S_TYPES.clusterRoleBinding || r.type === K8S_TYPES.clusterRoleBindingPatch,
                    ));
            return depended ? ofRole(depended) : "*";
        }
        const key = refKind === "Role" ? `Role:${namespace ?? ""}:${refName}` : `ClusterRole:${refName}`;
        const declared = roles.get(key);
        const own = declared && ofRole(declared);
        // The holders of a built-in the role joins by aggregation (joinBindings) hold its own rules too: edit, admin
        // and cluster-admin already read and write every Secret and create workloads ("User-facing roles"), so
        // nothing the role adds is new to them; another built-in's known rules pair with the role's.
        const joined = str(r?.props, JOINED_BUILT_IN);
        if (joined !== undefined)
            return BUILT_IN_CLUSTER_ROLES[joined]
                ? undefined
                : merge(own, BUILT_IN_CLUSTER_ROLE_RULES[joined] && of(BUILT_IN_CLUSTER_ROLE_RULES[joined]));
        // A bootstrap binding's (DEFAULT_BINDINGS): the written rules only, as its power is read.
        if (declared && (!declared.outsideObject || str(r?.props, DEFAULT_BINDING_LABEL) !== undefined)) return own;
        if (refKind === "Role" && BUILT_IN_ROLES[key]) return merge(own, of(BUILT_IN_ROLES[key]));
        if (refKind !== "ClusterRole" || !(refName in BUILT_IN_CLUSTER_ROLES)) return "*";
        if (BUILT_IN_CLUSTER_ROLES[refName]) return "*";
        let reads = merge(own, BUILT_IN_CLUSTER_ROLE_RULES[refName] && of(BUILT_IN_CLUSTER_ROLE_RULES[refName]));
        for (const [k, x] of roles)
            if (
                k !== key &&
                k.startsWith("ClusterRole:") &&
                (x.labelsUnknown || String(x.labels[`${AGGREGATE_TO}${refName}`]) === "true")
            )
                reads = merge(reads, ofRole(x));
        return reads;
    };
    const everything: SaScope = { namespaces: "*" };
    /**
     * `actor` becomes each of these ServiceAccounts (`namespace/name`) but itself, whose own bindings say what that
     * gives: the stack's where it declares the ServiceAccount, else its documented install's, cluster-wide
     * (OUTSIDE_CONTROLLER_ACCOUNTS, read once every membership is known).
     */
    const becomeAccounts = (actor: PrincipalNode, accounts: readonly string[], via: string, urn: string): void => {
        for (const a of accounts) {
            const [namespace, name] = a.split("/");
            const subject = k8s("ServiceAccount", name, namespace);
            if (nodeKey(subject) !== nodeKey(actor)) view.memberships.push({ actor, subject, via, urn });
        }
    };
    /**
     * What a rule set's power leaves its holder once it becomes the controllers that power acts as
     * (RulePower.controllers, every one known: becomeAccounts): the rest of its rules (`otherwise`, where `reach`
     * keeps it); else the power itself, cluster-wide.
     */
    const actAsControllers = (
        actor: PrincipalNode,
        power: RulePower,
        via: string,
        urn: string,
        reach: (p: RulePower | undefined) => RulePower | undefined = p => p,
    ): RulePower | undefined => {
        if (!power.controllers?.length) return power;
        becomeAccounts(actor, power.controllers, `${via} (${power.reason})`, urn);
        return reach(power.otherwise);
    };
    /**
     * Acting as Argo CD's admin through its configuration in `namespaces` (argocd-secret read or re-created, a declared
     * argocd-rbac-cm): in its documented install's namespace alone, becoming the ServiceAccounts its admin acts as
     * (ARGOCD_ADMIN_ACCOUNTS, becomeAccounts: a namespace-scoped install the stack declares is judged by its own
     * bindings); elsewhere an install the pack cannot see, read as the default one, cluster-wide.
     */
    const actAsArgoCdAdmin = (actor: PrincipalNode, namespaces: "*" | string[], via: string, urn: string): void => {
        if (namespaces !== "*" && namespaces.length > 0 && namespaces.every(n => n === ARGOCD_NAMESPACE))
            becomeAccounts(actor, ARGOCD_ADMIN_ACCOUNTS, via, urn);
        else view.powers.push({ actor, scope: everything, via, urn });
    };
    /** Every Secret of the Argo CD namespaces (argoCdNamespaces) that `namespaces` reach, argocd-secret among them. */
    const everyArgoCdSecret = (namespaces: "*" | string[]): { what: string; where: "*" | string[] } | undefined => {
        const where = argoCd === "*" ? namespaces : argoCd.filter(n => inNamespaces(namespaces, n));
        if (where !== "*" && where.length === 0) return undefined;
        const of = where === "*" ? "any namespace (Argo CD's may be any)" : where.join(", ");
        return { what: `every Secret of ${of} (${ARGOCD_SECRETS.join(", ")} among them)`, where };
    };
    /**
     * The role an unknown principalArn will be (first preview): the stack role it is computed from, through
     * propertyDependencies; undefined when it comes from anything else (unverifiable).
     */
    const unknownPrincipal = (r: StackResource, what: string): PrincipalNode | undefined => {
        const dep = (r.propertyDependencies?.principalArn ?? []).find(d => d.type === "aws:iam/role:Role");
        const node = dep && roleByUrn(dep.urn);
        if (!node) view.unknown.push(`principalArn of ${what}`);
        return node;
    };
    const nodeUrn = (n: PrincipalNode): string | undefined => (n.kind === "role" ? n.urn : undefined);
    /**
     * Round 90: per binding, its subjects' deletes of Namespaces (where the binding reaches) and usable creates of them
     * (cluster-wide bindings only), paired per subject after the bindings loop (namespaceRecreatesOfRules), as one
     * subject's relabels are joined across its bindings.
     */
    const namespaceDeleters: { subjects: SecretSubject[]; names: "*" | string[]; via: string; urn: string }[] = [];
    const namespaceCreators: { subjects: SecretSubject[]; via: string; urn: string }[] = [];
    /** Round 90: the grants that may rewrite Node labels (nodeLabelWritesOfRules), for pins by label. */
    const nodeLabelWriters: string[] = admissionNodeLabelWriters(resources);
    /** Per RBAC subject, the Namespace objects it may update or patch (so relabel). */
    const relabelOf = new Map<string, Relabel>();
    /** Adds to a subject's relabels (relabelOf) the Namespace objects one grant lets it write, and why. */
    const recordRelabel = (key: string, namespaces: "*" | string[], via: string): void => {
        const entry = relabelOf.get(key) ?? { namespaces: new Set<string>(), via: [] };
        entry.namespaces =
            namespaces === "*" || entry.namespaces === "*" ? "*" : new Set([...entry.namespaces, ...namespaces]);
        entry.via.push(via);
        relabelOf.set(key, entry);
    };
    /** Round 88: the stack's grants of Namespace writes, each judged alone (relabelAlone) after the bindings loop. */
    const relabelGrants: { actor: PrincipalNode; namespaces: "*" | string[]; via: string; urn: string }[] = [];
    /**
     * Per RBAC subject, the bindings that let it impersonate named users, uids or userextras (together, cluster
     * power), some user or ServiceAccount (`someone`), and groups (beside someone: memberships of named, ordinary
     * ones, cluster power for `every`): impersonationOfRules, joined once every binding is read.
     */
    const impersonators = new Map<
        string,
        {
            actor: PrincipalNode;
            users: string[];
            fields: string[];
            someone: string[];
            groups: { names: string[]; every: boolean; via: string; urn: string }[];
            urn: string;
        }
    >();
    /** The memberships and powers that are impersonation (of users, groups or ServiceAccounts): see secretPairs. */
    const impersonations = new Set<K8sMembership | SaPower>();
    /** Subjects that may put pod specs into namespaces, judged against Pod Security once every binding is read. */
    const podCreators: {
        actor: PrincipalNode;
        key: string;
        scope: SaScope;
        reason: string;
        via: string;
        urn: string;
        /** The stand-in for unknown subjects (unknownSubjectField): it may be any subject, so it relabels all they do. */
        anyone?: boolean;
    }[] = [];

    const bindingTypes: string[] = [
        K8S_TYPES.roleBinding,
        K8S_TYPES.clusterRoleBinding,
        K8S_TYPES.roleBindingPatch,
        K8S_TYPES.clusterRoleBindingPatch,
    ];
    /**
     * Per stack binding that lets its subjects read Secrets (secretReadsOfRules; unreadable rules may): its subjects,
     * where and which Secrets. Read by `builtInBindingsInUse` once every stack binding is read, and paired with the
     * other Secret grants of the same holder (secretPairs) once every membership is.
     */
    const secretReaders: {
        subjects: SecretSubject[];
        namespaces: "*" | string[];
        names: "*" | string[];
        via: string;
        urn: string;
        /**
         * Sees a Secret only as it is created (admission at CREATE alone, admissionSecretSight): a token Secret then
         * holds no token yet, which the control plane fills by UPDATE.
         */
        createOnly?: boolean;
        /** Sees a Secret only when someone writes it (admission, admissionSecretSight), never reads one at will. */
        onWrites?: boolean;
        /** Namespaces it is never sent a Secret of (webhookExcludedNamespaces), whatever `namespaces` says. */
        exceptNamespaces?: string[];
        /** A controller's bootstrap grant (CONTROLLER_SERVICE_ACCOUNTS, below): held only by whoever else becomes it. */
        controller?: string;
    }[] = [];
    /**
     * Per stack binding that lets its subjects ask to create Secrets (secretCreatesOfRules: names only through a
     * server-side apply, so with a patch of them in `secretPatchers`): as `secretReaders`.
     */
    const secretCreators: {
        subjects: SecretSubject[];
        namespaces: "*" | string[];
        names: "*" | string[];
        via: string;
        urn: string;
        controller?: string;
    }[] = [];
    /** Per stack binding that lets its subjects patch Secrets (secretPatchesOfRules): as `secretReaders`. */
    const secretPatchers: {
        subjects: SecretSubject[];
        namespaces: "*" | string[];
        names: "*" | string[];
        via: string;
        controller?: string;
    }[] = [];
    /** Per stack binding that lets its subjects delete Secrets (secretDeletesOfRules): as `secretPatchers`. */
    const secretDeleters: typeof secretPatchers = [];
    /**
     * Records one grant's Secret reads, creates, patches and deletes, each as `access` reads it from the grant's rules
     * (secretReadsOfRules, secretCreatesOfRules, secretPatchesOfRules, secretDeletesOfRules).
     */
    const recordSecretGrants = (
        grant: Omit<(typeof secretReaders)[number], "names">,
        access: (of: (rules: Rule[]) => "*" | string[] | undefined) => "*" | string[] | undefined,
    ) => {
        const reads = access(secretReadsOfRules);
        const creates = access(secretCreatesOfRules);
        const patches = access(secretPatchesOfRules);
        const deletes = access(secretDeletesOfRules);
        if (reads) secretReaders.push({ ...grant, names: reads });
        if (creates) secretCreators.push({ ...grant, names: creates });
        if (patches) secretPatchers.push({ ...grant, names: patches });
        if (deletes) secretDeleters.push({ ...grant, names: deletes });
    };
    /**
     * Per stack binding that lets its subjects create objects of a create-only workload resource (CREATE_ONLY_WORKLOADS:
     * pods, ControllerRevisions) by name only, and per binding that lets them patch those: a named create is a
     * server-side apply, so the two count together only for one request identity of a holder, as a Secret's named
     * create does (secretPairs).
     */
    const workloadCreators: ((typeof secretCreators)[number] & { resource: string })[] = [];
    const workloadPatchers: ((typeof secretPatchers)[number] & { resource: string })[] = [];
    /**
     * Per stack binding that lets its subjects create PersistentVolumes by name only, and per binding that lets them
     * patch those: paired as workloadCreators are (secretPairs), a create and a patch in two bindings of one request
     * identity being one server-side apply as much as in one rule (createsObject).
     */
    const volumeCreators: typeof secretCreators = [];
    const volumePatchers: typeof secretPatchers = [];
    /**
     * Round 88: per stack ClusterRoleBinding that lets its subjects update or patch PersistentVolumes (`names`) or write
     * VolumeSnapshotContents (cluster-scoped, so a RoleBinding grants neither): paired with pod creation by one holder
     * (secretPairs, volumeRebindTargets: VOLUME_REBIND_WHY).
     */
    const volumeRebinders: ((typeof secretPatchers)[number] & {
        what: "persistentvolumes" | "volumesnapshotcontents";
        urn: string;
    })[] = [];
    /**
     * Round 82: per stack binding that lets its subjects create ConfigMaps or Secrets without resourceNames, and per
     * binding that lets them delete some (deletesOfRules): a declared input of a stack pod deleted and created anew by
     * one holder (secretPairs, podInputsRecreated), two requests that may come from any identity it holds.
     */
    const inputCreators: ((typeof secretCreators)[number] & { kind: "ConfigMap" | "Secret" })[] = [];
    const inputDeleters: ((typeof secretCreators)[number] & { kind: "ConfigMap" | "Secret" })[] = [];
    /**
     * Round 83: per stack binding that lets its subjects patch ConfigMaps or Secrets: a named create (inputCreators)
     * counts only beside a patch of that name by one request identity, one server-side apply (secretPairs).
     */
    const inputPatchers: ((typeof secretPatchers)[number] & { kind: "ConfigMap" | "Secret" })[] = [];
    /**
     * kube-controller-manager's controllers whose bootstrap Roles are known by their rules (CONTROLLER_SERVICE_ACCOUNTS
     * of kind Role, BUILT_IN_ROLES; kubernetes plugin/pkg/auth/authorizer/rbac/bootstrappolicy namespace_policy.go:
     * system:controller:bootstrap-signer gets, lists and watches kube-system's Secrets, token-cleaner also deletes
     * them) hold those grants in every cluster, bound outside the stack. Whoever else becomes one (a token, an
     * impersonation, a token Secret read, a pod as it) holds all of them with the rest of what it holds, as a stack
     * binding's (secretPairs, builtInBindingsInUse); the controller itself, kube-controller-manager's own code, makes
     * no pair of its own (`controller`). The rules are the Role's as reconciled (bootstrapRole): the built-in ones
     * and whatever the stack writes to it (secretAccessOfBinding), the writing resource's urn reported (else empty, a
     * pair reporting its other half's). The ClusterRole controllers' rules are not read: becoming one acts on every
     * ServiceAccount already (controllerAccountsPower).
     */
    for (const [name, bindings] of Object.entries(CONTROLLER_SERVICE_ACCOUNTS))
        for (const b of bindings) {
            const role = `system:controller:${name}`;
            if (b.kind !== "Role" || b.namespace === undefined || !BUILT_IN_ROLES[`Role:${b.namespace}:${role}`])
                continue;
            const written = roles.get(`Role:${b.namespace}:${role}`);
            const grant = {
                subjects: [
                    {
                        actor: k8s("ServiceAccount", name, "kube-system"),
                        label: `ServiceAccount kube-system/${name}`,
                        key: `ServiceAccount:kube-system:${name}`,
                    },
                ],
                namespaces: [b.namespace],
                via: `built-in RoleBinding ${role} in ${b.namespace} (bootstrap policy, outside this stack) → Role ${role}${written ? ` (with the rules ${written.label} of this stack writes to it)` : ""}`,
                urn: written?.urn ?? "",
                controller: name,
            };
            recordSecretGrants(grant, of => secretAccessOfBinding("Role", role, b.namespace, undefined, of));
        }
    /**
     * Built-in ServiceAccounts the stack lets someone act as, with their bootstrap bindings (CONTROLLER_SERVICE_ACCOUNTS)
     * as bindings to read like the stack's own: a pod of the stack running as one (its code acts as it), a legacy
     * token Secret for one that a stack subject may read. Every subject that may read a token Secret also becomes its
     * ServiceAccount (a membership, as an access entry's userName is), whatever that ServiceAccount is.
     */
    /**
     * The stack's pods (not patches: a patch's pod is judged by what it sets) in a token Secret's namespace that name it
     * in a secret volume, a projected secret source or an environment variable (podSecretNames); an unknown reference
     * may name it (unverifiable).
     */
    const tokenConsumers = (token: { name: string; namespace: string }) =>
        resources.flatMap(p => {
            if (
                !POD_SPEC_OF[p.type] ||
                p.type.endsWith("Patch") ||
                (!namespaceUnknown(p) && (meta(p).namespace ?? "default") !== token.namespace)
            )
                return [];
            const spec = POD_SPEC_OF[p.type](p.props);
            // Istio's userVolume annotation mounts Secrets as the pod's own volumes do (withInjectedVolumes).
            const read = podSecretNames(withInjectedVolumes(spec, podAnnotationsOf(p.type, p.props)));
            const label = `${p.type.split(":").pop()} ${token.namespace}/${meta(p).name ?? p.name}`;
            const vias = read.refs.filter(x => x.name === token.name).map(x => x.via);
            if (vias.length === 0) {
                if (read.unknown)
                    view.unknown.push(
                        `the Secrets ${label} mounts or reads (token Secret ${token.namespace}/${token.name} may be one)`,
                    );
                return [];
            }
            return [{ sa: podServiceAccount(spec), label, how: `holds, through ${vias.join(" and ")},`, urn: p.urn }];
        });
    /**
     * A ValidatingAdmissionPolicy or MutatingAdmissionPolicy whose params are Secrets (paramKind v1 Secret) reads, for
     * every request it matches, the Secrets its bindings' paramRef names: the API server resolves paramRef itself, any
     * kind (Kubernetes "Validating Admission Policy", "Parameter resources"), and a validation's messageExpression "has
     * access to all the same variables as the expression except for 'authorizer'" (admissionregistration/v1
     * Validation), params included, as auditAnnotations' valueExpression and a mutation's expressions do. So whoever
     * makes such a request may read them back in a denial, the audit log or a mutated object: a reader of those Secrets
     * (a token Secret makes it its ServiceAccount). A policy outside the stack, or a paramKind unknown during the
     * preview, may take Secrets; a paramRef without a name (a selector) or namespace (the admitted object's) may name any.
     */
    for (const b of resources) {
        const which =
            /^kubernetes:admissionregistration\.k8s\.io\/[^:]+:(Validating|Mutating)AdmissionPolicyBinding(Patch)?$/.exec(
                b.type,
            )?.[1];
        const spec = b.props.spec as Record<string, any> | undefined;
        if (!which || spec?.paramRef === undefined || spec.paramRef === null) continue;
        const policyName = str(spec, "policyName");
        const policy = resources.find(
            p =>
                new RegExp(`^kubernetes:admissionregistration\\.k8s\\.io/[^:]+:${which}AdmissionPolicy(Patch)?$`).test(
                    p.type,
                ) && (meta(p).name ?? p.name) === policyName,
        );
        const paramKind = (policy?.props.spec as Record<string, any> | undefined)?.paramKind;
        const takesSecrets =
            policy === undefined ||
            isUnknown(policy.props.spec) ||
            isUnknown(paramKind) ||
            (paramKind !== undefined &&
                paramKind !== null &&
                (isUnknown(paramKind.kind) ||
                    isUnknown(paramKind.apiVersion) ||
                    (paramKind.kind === "Secret" && paramKind.apiVersion === "v1")));
        if (!takesSecrets) continue;
        const refName = str(spec.paramRef, "name");
        const refNamespace = str(spec.paramRef, "namespace");
        const policyLabel = `${which}AdmissionPolicy ${policyName ?? "(unknown)"}`;
        const bindingName = meta(b).name ?? b.name;
        secretReaders.push({
            subjects: [
                {
                    actor: k8s("User", `whoever makes a request ${policyLabel} matches (binding ${bindingName})`),
                    label: `whoever makes a request ${policyLabel} matches`,
                },
            ],
            namespaces: refNamespace !== undefined ? [refNamespace] : "*",
            names: refName !== undefined ? [refName] : "*",
            urn: b.urn,
            via: `${policyLabel} ${policy ? "takes Secrets as params (paramKind v1 Secret)" : "(outside this stack) may take Secrets as params"} and binding ${bindingName}'s paramRef names ${refNamespace ?? "<the admitted object's namespace>"}/${refName ?? "<any Secret its selector matches>"}: its messageExpression, auditAnnotations and mutations evaluate params for every request it matches and hand them to the requester or the audit log; give it a ConfigMap or a custom resource as params`,
        });
    }
    /**
     * Admission objects sent the Secrets they match (admissionSecretSight): a webhook configuration, mutating or
     * validating, is sent the whole object of every request its rules match, and an admission policy whose
     * messageExpression or auditAnnotations evaluate the Secret's data, or whose expressions may fail with an error
     * quoting it (failurePolicy Fail), hands it to the requester or the audit log (admissionPolicyEchoesData). Whoever serves such a webhook, or reads those, reads the Secrets (a token Secret
     * makes them its ServiceAccount), as an RBAC reader does. A namespaceSelector by name limits the namespaces.
     */
    for (const r of resources) {
        const kind = r.type.split(":").pop() ?? "";
        if (!r.type.startsWith("kubernetes:admissionregistration.k8s.io/")) continue;
        const name = meta(r).name ?? r.name;
        if (/^(Mutating|Validating)WebhookConfiguration(Patch)?$/.test(kind)) {
            const sight = admissionSecretSight(r, resources);
            if (sight === "none") continue;
            const actor = admissionActor(r);
            secretReaders.push({
                subjects: [{ actor: k8s("User", actor), label: actor }],
                namespaces: webhookNamespaces(r) ?? "*",
                names: "*",
                urn: r.urn,
                via: `${kind} ${name} matches writes of Secrets (${sight === "create" ? "CREATE only" : "UPDATE or DELETE"}), and its webhooks are sent the whole object (${ADMISSION_SEES_WHY}); limit its rules to other resources, or to CREATE`,
                createOnly: sight === "create",
                onWrites: true,
                exceptNamespaces: webhookExcludedNamespaces(webhooksThatMaySeeSecrets(r)),
            });
        } else if (/^(Validating|Mutating)AdmissionPolicyBinding(Patch)?$/.test(kind)) {
            const which = kind.startsWith("Validating") ? "Validating" : "Mutating";
            const sight = admissionSecretSight(r, resources);
            if (sight === "none") continue;
            const policyName = str(r.props.spec, "policyName");
            const policies = resources.filter(
                p =>
                    new RegExp(`:${which}AdmissionPolicy(Patch)?$`).test(p.type) &&
                    (meta(p).name ?? p.name) === policyName,
            );
            const echo = admissionPolicyEchoesData(policies, which);
            if (!echo) continue;
            const policyLabel = `${which}AdmissionPolicy ${policyName ?? "(unknown)"}`;
            const label = `whoever reads the audit log or the responses of ${policyLabel} (binding ${name})`;
            secretReaders.push({
                subjects: [{ actor: k8s("User", label), label }],
                namespaces: "*",
                names: "*",
                urn: r.urn,
                via: `${policyLabel}, bound by ${name}, matches writes of Secrets (${sight === "create" ? "CREATE only" : "UPDATE or DELETE"}) and ${echo}; ${ADMISSION_POLICY_ECHO_FIX}`,
                createOnly: sight === "create",
                onWrites: true,
            });
        }
    }
    /**
     * A Prometheus Operator monitor, Probe or AlertmanagerConfig of the stack that names Secrets of its namespace for
     * credentials (monitorSecretRefs) has them sent, by Prometheus or Alertmanager, to the targets it selects, the
     * prober it names or its receivers' URLs: whoever receives those requests reads them (a token Secret makes them its
     * ServiceAccount), as RBAC writes of these kinds do (secretReadsOfRules).
     */
    for (const mon of resources) {
        const kind = MONITOR_CREDENTIAL_KINDS.exec(mon.type)?.[1];
        if (!kind) continue;
        const refs = monitorSecretRefs(mon.props.spec);
        if (refs.names.length === 0 && !refs.unknown) continue;
        // A namespace unknown during the preview (its own or its provider's) may be any (namespaceUnknown).
        const ns = namespaceUnknown(mon) ? "*" : (meta(mon).namespace ?? "default");
        const label = `${kind} ${ns === "*" ? "<a namespace unknown during the preview>" : ns}/${meta(mon).name ?? mon.name}`;
        secretReaders.push({
            subjects: [
                {
                    actor: k8s(
                        "User",
                        `whoever receives the requests ${label} has sent (its targets, prober or receivers)`,
                    ),
                    label: `whoever receives the requests ${label} has sent`,
                },
            ],
            namespaces: [ns],
            names: refs.unknown ? "*" : refs.names,
            urn: mon.urn,
            via: `${label} names Secret ${refs.unknown ? "(unknown during the preview)" : refs.names.join(", ")} of ${ns === "*" ? "its namespace" : ns} for credentials, which Prometheus or Alertmanager sends to its targets, prober or receiver URLs (${MONITOR_SECRETS_WHY}); name no token Secret in a monitor`,
        });
    }
    /**
     * EKS access policy associations whose policy is known by its rules (EKS_ACCESS_POLICY_RULES: AmazonEKSAdminViewPolicy
     * and AmazonEKSSecretReaderPolicy get, list and watch Secrets; Edit and Admin also create, patch and delete them):
     * their Secret grants in their scope, read with every other grant as a binding's are (a token Secret read, Argo
     * CD's Secrets, a create paired with a read). Its holder: the principalArn's role, else (unknown during the
     * preview) the stack role it is computed from, else whoever it names at `up`. Any other power of the policy is read
     * in the access entries loop below.
     */
    for (const r of resources) {
        if (r.type !== K8S_TYPES.accessPolicyAssociation) continue;
        // As the access entries loop: a cluster no ServiceAccount subject of the stack can be in holds none of theirs.
        if (clusterOutsideStack(r)) continue;
        const policyArn = str(r.props, "policyArn");
        const rules = policyArn === undefined ? undefined : accessPolicyOf(policyArn).rules;
        if (!rules) continue;
        const arn = str(r.props, "principalArn");
        const dep = (r.propertyDependencies?.principalArn ?? []).find(d => d.type === "aws:iam/role:Role");
        const actor =
            (arn !== undefined ? principal(arn) : dep && roleByUrn(dep.urn)) ??
            k8s("User", `whoever EKS access policy association ${r.name} names at \`up\``);
        const namespaces = strList(r.props.accessScope, "namespaces");
        const scope =
            str(r.props.accessScope, "type") === "namespace" && !namespaces.unknown && namespaces.values.length > 0
                ? namespaces.values
                : ("*" as const);
        const grant = {
            subjects: [
                {
                    actor,
                    label: arn ?? `the principal of EKS access policy association ${r.name}`,
                    key: holderKey(actor),
                },
            ],
            namespaces: scope,
            via: `EKS access policy association ${r.name} (EKS access policy ${accessPolicyOf(policyArn!).name}, scope ${scope === "*" ? "cluster" : scope.join(", ")})`,
            urn: r.urn,
        };
        recordSecretGrants(grant, of => of(rules));
    }
    /**
     * The ServiceAccounts the pack knows, by namespace: the stack's ServiceAccount objects, the ServiceAccounts its
     * bindings name, kube-controller-manager's of kube-system (CONTROLLER_SERVICE_ACCOUNTS) and the controllers of the
     * documented installs beside the stack (OUTSIDE_CONTROLLER_ACCOUNTS). Others hold no binding the pack can read.
     */
    const knownServiceAccounts = (): { namespace: string; name: string }[] => {
        const out = new Map<string, { namespace: string; name: string }>();
        const add = (namespace: string | undefined, name: string | undefined) => {
            if (namespace !== undefined && name !== undefined) out.set(`${namespace}/${name}`, { namespace, name });
        };
        for (const r of resources) {
            if (/^kubernetes:core\/v1:ServiceAccount(Patch)?$/.test(r.type))
                add(meta(r).namespace ?? "default", meta(r).name);
            if (!bindingTypes.includes(r.type) || !Array.isArray(r.props.subjects)) continue;
            for (const x of r.props.subjects as unknown[])
                if (str(x, "kind") === "ServiceAccount") add(str(x, "namespace") ?? meta(r).namespace, str(x, "name"));
        }
        for (const name of Object.keys(CONTROLLER_SERVICE_ACCOUNTS)) add("kube-system", name);
        for (const sa of outsideControllerAccounts) if (sa.namespace !== "*") add(sa.namespace, sa.name);
        return [...out.values()];
    };
    /**
     * What acting as kube-controller-manager's ServiceAccounts of kube-system gives (CONTROLLER_SERVICE_ACCOUNTS), as
     * the bindings loop reads the bootstrap bindings `builtInBindingsInUse` adds for one (bindableRoles): the
     * widest of them (of those `only` names, when given), with its scope and how it is held.
     */
    const controllerAccountsPower = (only?: string[]): { scope: SaScope; via: string } | undefined => {
        let best: { scope: SaScope; via: string } | undefined;
        let holders = 0;
        for (const [name, bindings] of Object.entries(CONTROLLER_SERVICE_ACCOUNTS))
            for (const b of only === undefined || only.includes(name) ? bindings : []) {
                // As reconciled (bootstrapRole): the built-in rules and whatever the stack writes to the role.
                const p = bindableRoles?.(b.kind, `system:controller:${name}`, b.namespace);
                if (!p) continue;
                holders++;
                const scope: SaScope =
                    b.kind === "ClusterRole" || reachesEveryNamespace(p) || b.namespace === undefined
                        ? { namespaces: "*" }
                        : { namespaces: [b.namespace] };
                if (p.names) scope.names = p.names;
                if (best && (best.scope.namespaces === "*" || scope.namespaces !== "*")) continue;
                best = {
                    scope,
                    via: `ServiceAccount kube-system/${name} → built-in ${b.kind}Binding system:controller:${name} (bootstrap policy, outside this stack) → ${b.kind} system:controller:${name} (${p.reason})`,
                };
            }
        return (
            best && {
                ...best,
                via:
                    only?.length === 1
                        ? best.via
                        : `${holders} of them hold power through their bootstrap bindings, the widest through ${best.via}`,
            }
        );
    };
    const builtInBindingsInUse = (): StackResource[] => {
        const uses = new Map<string, { why: string[]; urn: string }>();
        const use = (sa: string, why: string, urn: string) => {
            const entry = uses.get(sa) ?? { why: [], urn };
            entry.why.push(why);
            uses.set(sa, entry);
        };
        /**
         * The namespaces a token Secret whose namespace is unknown during the preview ("*") may be in, as far as the
         * pack can tell them apart: those its readers' grants name, those of the ServiceAccounts the pack knows by the
         * token's ServiceAccount name (kube-system for a controller's), those of the stack's pods, and "default". A
         * namespace none of these names holds nothing of the stack's to become.
         */
        const tokenNamespaces = (token: { name: string; namespace: string; sa?: string }): string[] => {
            if (token.namespace !== "*") return [token.namespace];
            const out = new Set<string>(["default", "kube-system"]);
            for (const x of secretReaders)
                if (x.namespaces !== "*") for (const n of x.namespaces) if (!n.includes("*")) out.add(n);
            for (const sa of knownServiceAccounts())
                if (token.sa === undefined || sa.name === token.sa) out.add(sa.namespace);
            for (const p of resources)
                if (POD_SPEC_OF[p.type] && !namespaceUnknown(p)) out.add(meta(p).namespace ?? "default");
            return [...out];
        };
        for (const r of resources) {
            const placed = tokenSecretOf(r);
            if (placed) {
                for (const namespace of tokenNamespaces(placed)) {
                    const token = { ...placed, namespace };
                    const where =
                        placed.namespace === "*"
                            ? ` (its namespace unknown during the preview: it may be ${namespace})`
                            : "";
                    const readers = secretReaders.filter(
                        x =>
                            !x.createOnly &&
                            inNamespaces(x.namespaces, token.namespace) &&
                            (x.names === "*" || x.names.includes(token.name)),
                    );
                    // A controller's bootstrap read (the grants of CONTROLLER_SERVICE_ACCOUNTS above) counts only for
                    // whoever becomes it, through the membership below: it puts no token in use by itself (an unknown
                    // ServiceAccount, another controller's bootstrap bindings).
                    const stackReaders = readers.filter(x => x.controller === undefined);
                    // Pods of the stack in its namespace that mount it or read it into their environment: their code
                    // holds the token, so the pod's ServiceAccount (and whoever acts as it) becomes the token's.
                    const consumers = tokenConsumers(token);
                    if (
                        stackReaders.length === 0 &&
                        consumers.length === 0 &&
                        (readers.length === 0 || token.sa === undefined)
                    )
                        continue;
                    if (token.sa === undefined) {
                        view.unknown.push(
                            `the ServiceAccount of token Secret ${token.namespace}/${token.name}${where}`,
                        );
                        break;
                    }
                    const what = `Secret ${token.namespace}/${token.name}${where} (a non-expiring token of ServiceAccount ${token.namespace}/${token.sa}, filled in by the control plane)`;
                    for (const x of readers)
                        for (const s of x.subjects)
                            view.memberships.push({
                                actor: s.actor,
                                subject: k8s("ServiceAccount", token.sa, token.namespace),
                                via: `${x.via} (reads ${what})`,
                                urn: r.urn,
                            });
                    for (const c of consumers)
                        if (c.sa !== token.sa)
                            view.memberships.push({
                                actor: k8s("ServiceAccount", c.sa, token.namespace),
                                subject: k8s("ServiceAccount", token.sa, token.namespace),
                                via: `${c.label} (ServiceAccount ${token.namespace}/${c.sa}) ${c.how} ${what}`,
                                urn: c.urn,
                            });
                    if (
                        token.namespace === "kube-system" &&
                        CONTROLLER_SERVICE_ACCOUNTS[token.sa] &&
                        stackReaders.length + consumers.length > 0
                    )
                        use(
                            token.sa,
                            [
                                ...(stackReaders.length > 0
                                    ? [
                                          `its token in ${what} is readable by ${stackReaders.flatMap(x => x.subjects.map(s => `${s.label} (${x.via})`)).join(", ")}`,
                                      ]
                                    : []),
                                ...consumers.map(c => `${c.label} of this stack ${c.how} its token in ${what}`),
                            ].join("; "),
                            r.urn,
                        );
                }
                continue;
            }
            // A pod runs as a ServiceAccount of its own namespace (Kubernetes "Configure Service Accounts for Pods"):
            // kube-system's, or, with its namespace unknown during the preview (namespaceUnknown), possibly so.
            if (!POD_SPEC_OF[r.type] || r.type.endsWith("Patch")) continue;
            const nsUnknown = namespaceUnknown(r);
            if (!nsUnknown && meta(r).namespace !== "kube-system") continue;
            const sa = podServiceAccount(POD_SPEC_OF[r.type](r.props));
            if (CONTROLLER_SERVICE_ACCOUNTS[sa])
                use(
                    sa,
                    `${r.type.split(":").pop()} ${nsUnknown ? "<a namespace unknown during the preview, possibly kube-system>" : "kube-system"}/${meta(r).name ?? r.name} of this stack runs as it`,
                    r.urn,
                );
        }
        return [...uses].flatMap(([sa, u]) =>
            CONTROLLER_SERVICE_ACCOUNTS[sa].map(b => ({
                type: b.kind === "Role" ? K8S_TYPES.roleBinding : K8S_TYPES.clusterRoleBinding,
                urn: u.urn,
                name: `system:controller:${sa}`,
                props: {
                    metadata: { name: `system:controller:${sa}`, namespace: b.namespace },
                    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: b.kind, name: `system:controller:${sa}` },
                    subjects: [{ kind: "ServiceAccount", name: sa, namespace: "kube-system" }],
                    [BUILT_IN_BECAUSE]: `ServiceAccount kube-system/${sa}: ${u.why.join("; ")}`,
                },
            })),
        );
    };
    /**
     * The bootstrap ClusterRoleBindings (DEFAULT_BINDINGS) of the roles the stack writes, as bindings of this stack's:
     * read like any other, so every power of the written rules (pods, tokens, Secret reads and creates, impersonation)
     * reaches their subjects. The roles' own built-in rules are not read (`outsideRules` in the bindings loop).
     */
    const defaultBindings = (): StackResource[] =>
        Object.entries(DEFAULT_BINDINGS).flatMap(([name, subjects]) => {
            const written = roles.get(`ClusterRole:${name}`);
            return written
                ? subjects.map(s => ({
                      type: K8S_TYPES.clusterRoleBinding,
                      urn: written.urn,
                      name,
                      props: {
                          metadata: { name },
                          roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name },
                          subjects: [s],
                          [DEFAULT_BINDING_LABEL]: `default ClusterRoleBinding ${name} (${s.kind} ${s.namespace ? `${s.namespace}/` : ""}${s.name})`,
                      },
                  }))
                : [];
        });
    /**
     * The bindings outside the stack of the roles it writes there (boundOutside), as one binding of this stack's to
     * one principal, "whoever the bindings of <role> outside this stack name": read like any other, so every power of
     * the written rules reaches them, Secret create and read paired among them (EKS's ClusterRole aws-node, bound by
     * the VPC CNI's install to kube-system/aws-node: amazon-vpc-cni-k8s charts/aws-vpc-cni templates/clusterrole.yaml,
     * clusterrolebinding.yaml). The role's own rules are theirs already and not read (as for a bootstrap binding's).
     * An aggregated role's holders get what the selectors the stack adds select, in the roles loop below.
     */
    const outsideBindings = (): StackResource[] =>
        [...roles].flatMap(([key, role]) => {
            if (role.aggregated || !boundOutside(key, role)) return [];
            const [kind, ...rest] = key.split(":");
            const namespace = kind === "Role" ? rest[0] : undefined;
            const name = kind === "Role" ? rest.slice(1).join(":") : rest.join(":");
            return [
                {
                    type: kind === "Role" ? K8S_TYPES.roleBinding : K8S_TYPES.clusterRoleBinding,
                    urn: role.urn,
                    name,
                    props: {
                        metadata: { name, namespace },
                        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind, name },
                        subjects: [{ kind: "User", name: outsideHolder(role.label) }],
                        [DEFAULT_BINDING_LABEL]: `bindings of ${role.label} outside this stack`,
                    },
                },
            ];
        });
    /**
     * The holders outside the stack of the roles a ClusterRole joins by its labels, one principal each: the bindings of
     * each built-in it joins (joinsBuiltIn), of view, edit and admin when its labels are unknown (labelsUnknown), of
     * the ClusterRoles aggregating each other aggregation label (joinsOutside). The control plane copies its rules
     * into those roles ("Using RBAC Authorization", "Aggregated ClusterRoles").
     */
    const joinedHolders = (key: string, label: string): { name: string; via: string; builtIn?: string }[] => [
        ...(joinsBuiltIn.get(key) ?? []).map(b => ({
            builtIn: b,
            name: `whoever the bindings of built-in ClusterRole ${b} outside this stack name`,
            via: `bindings of built-in ClusterRole ${b} outside this stack, which ${label} joins by aggregation`,
        })),
        ...(labelsUnknown.has(key)
            ? [
                  {
                      name: "whoever the bindings of built-in ClusterRoles view, edit or admin outside this stack name",
                      via: unverifiable(
                          `metadata.labels of ${label}`,
                          "it may join built-in view, edit or admin by aggregation (their bindings outside this stack)",
                      ),
                  },
              ]
            : []),
        ...(joinsOutside.get(key) ?? []).map(l => ({
            name: `whoever the bindings of the ClusterRoles aggregating ${l} outside this stack name`,
            via: `label ${l} on ${label}: the control plane adds its rules to every ClusterRole whose aggregationRule selects it, on any label (an operator's own, bound outside this stack: rbac.crossplane.io/aggregate-to-crossplane selected by Crossplane's, duck.knative.dev/addressable by Knative Eventing's addressable-resolver); remove the label (a stack's own aggregationRule selecting it does not keep outside ones from selecting it too), and write the rules into the role that is bound`,
        })),
    ];
    /**
     * The holders a stack ClusterRole joins by aggregation (joinedHolders), each as one binding of this stack's of that
     * ClusterRole: read like any other (as outsideBindings), so every reading of its rules reaches them, Secret create
     * and read paired across the roles joining the same built-in (create in one, get in another). What the role passes
     * on beyond its own rules (`relayed`) is read in the roles loop below.
     */
    const joinBindings = (): StackResource[] =>
        [...roles].flatMap(([key, role]) => {
            if (!key.startsWith("ClusterRole:")) return [];
            const name = key.slice("ClusterRole:".length);
            return joinedHolders(key, role.label).map(h => ({
                type: K8S_TYPES.clusterRoleBinding,
                urn: role.urn,
                name,
                props: {
                    metadata: { name },
                    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name },
                    subjects: [{ kind: "User", name: h.name }],
                    [DEFAULT_BINDING_LABEL]: h.via,
                    [JOINED_BUILT_IN]: h.builtIn,
                },
            }));
        });
    /**
     * Who may write RoleBindings or ClusterRoleBindings (bindingWritesOfRules), per binding of the stack and of the
     * roles it writes (read as secretAccessOfBinding reads one: unreadable rules may): the subjects' keys, and
     * whether the write reaches any identity (a group subject, while some stack role may impersonate groups, which
     * joins a group to any ServiceAccount in one request; subjects unknown during a preview). `bind` needs such a
     * write by the same request identity (bindHalfHeld). Round 86: `writes` reads what a binding's rules write
     * (`refOf`: the roleRefs of the stack's bindings by name, where that binding reaches), so the role writers
     * `escalate` needs (roleWriters, roleWritesOfRules) are paired the same way.
     */
    type Writes = (
        rules: Rule[],
        refOf: (resource: string, name: string) => "*" | string[],
        where: string | undefined,
    ) => "*" | string[] | undefined;
    const writersOf = (writes: Writes) => {
        /** Per writer's subject key, what its writes may reach (roleRefs, bindingRoleRefsOfRules; roles). */
        const keys = new Map<string, "*" | Set<string>>();
        /** What group subjects' writes may reach. */
        let groupRefs: "*" | Set<string> = new Set();
        /** The roleRef keys of the stack's bindings named `name` (of `resource`, in `namespace` if given), else "*". */
        const roleRefOf = (resource: string, name: string, namespace: string | undefined): "*" | string[] => {
            if (resource === "rolebindings" && namespace === undefined) return "*";
            const types =
                resource === "rolebindings"
                    ? [K8S_TYPES.roleBinding, K8S_TYPES.roleBindingPatch]
                    : [K8S_TYPES.clusterRoleBinding, K8S_TYPES.clusterRoleBindingPatch];
            const named = resources.filter(
                x =>
                    (types as string[]).includes(x.type) &&
                    meta(x).name === name &&
                    (namespace === undefined || meta(x).namespace === namespace),
            );
            const refs = named.map(x => {
                const ref = bindingRoleRef(x);
                const kind = str(ref, "kind");
                const refName = str(ref, "name");
                return kind === undefined || refName === undefined ? "*" : `${kind}:${refName}`;
            });
            return refs.length === 0 || refs.includes("*") ? "*" : refs;
        };
        const groupsImpersonable = [...roles.values()].some(
            x =>
                x.rules === "unknown" ||
                x.aggregated ||
                x.rules.some(
                    rule =>
                        (rule.verbs.includes("impersonate") || rule.verbs.includes("*")) &&
                        impersonates(rule, ["groups"]),
                ),
        );
        let anyone = false;
        let groups = false;
        // The holders outside the stack of the roles it writes (outsideBindings, joinBindings) may be anyone.
        const outside = new Set([...outsideBindings(), ...joinBindings()]);
        for (const r of [...resources, ...defaultBindings(), ...outside]) {
            if (!bindingTypes.includes(r.type)) continue;
            const m = meta(r);
            const roleRef = bindingRoleRef(r);
            const clusterWide = r.type === K8S_TYPES.clusterRoleBinding || r.type === K8S_TYPES.clusterRoleBindingPatch;
            const produced = secretAccessOfBinding(str(roleRef, "kind"), str(roleRef, "name"), m.namespace, r, rules =>
                writes(
                    rules,
                    (w, name) => roleRefOf(w, name, clusterWide ? undefined : m.namespace),
                    clusterWide ? undefined : (m.namespace ?? "*"),
                ),
            );
            if (!produced) continue;
            if (
                outside.has(r) ||
                unknownSubjectField(r.props.subjects) !== undefined ||
                !Array.isArray(r.props.subjects)
            )
                anyone = true;
            for (const x of Array.isArray(r.props.subjects) ? (r.props.subjects as unknown[]) : []) {
                const key = subjectKey(x, m.namespace);
                if (key === undefined) anyone = true;
                else keys.set(key, joinRoleRefs(keys.get(key) ?? new Set(), produced));
                if (str(x, "kind") === "Group") groups = true;
                if (str(x, "kind") === "Group") groupRefs = joinRoleRefs(groupRefs, produced);
                if (str(x, "kind") === "Group" && groupsImpersonable) anyone = true;
            }
        }
        return { keys, groups, groupRefs, anyone };
    };
    const bindingWriters = writersOf((rules, refOf) =>
        bindingWritesOfRules(rules) ? bindingRoleRefsOfRules(rules, refOf) : undefined,
    );
    /** Round 86: who may write Roles or ClusterRoles (roleWritesOfRules), as bindingWriters: `escalate` needs one. */
    const roleWriters = writersOf((rules, _refOf, where) => roleWritesOfRules(rules, where));
    /**
     * Whether `bind` in a binding to these subjects may be used: some request identity of a subject may also write a
     * binding (bindingWriters). A ServiceAccount is one request identity with its groups (subjectIdentities); a user's
     * other groups are its authenticator's (an access entry's kubernetesGroups, outside RBAC), so any group's write
     * may be its own; a group's members may hold any write. kube-system's ServiceAccounts (the controllers' built-in
     * bindings) and unknown subjects keep `bind` as read. Round 86: `writers` roleWriters reads the same for the
     * role writes `escalate` needs (escalateHeld).
     */
    const bindHalfHeld = (
        subjects: unknown,
        namespace: string | undefined,
        writers: ReturnType<typeof writersOf> = bindingWriters,
    ): "*" | Set<string> => {
        if (writers.anyone || unknownSubjectField(subjects) !== undefined || !Array.isArray(subjects)) return "*";
        const everyWriter = () => [...writers.keys.values()].reduce(joinRoleRefs, new Set<string>());
        let refs: "*" | Set<string> = new Set();
        for (const x of subjects) {
            const key = subjectKey(x, namespace);
            const kind = str(x, "kind");
            if (key === undefined || key.startsWith("ServiceAccount:kube-system:")) return "*";
            if (kind === "Group") refs = joinRoleRefs(refs, everyWriter());
            else if (kind !== "User" && kind !== "ServiceAccount") return "*";
            else {
                if (kind === "User" && writers.groups) refs = joinRoleRefs(refs, writers.groupRefs);
                for (const k of subjectIdentities(key)) refs = joinRoleRefs(refs, writers.keys.get(k));
            }
        }
        return refs;
    };
    // The built-in bindings come after the stack's; the controllers' last: by then every other binding has been read
    // (secretReaders).
    function* bindingsThenBuiltIns(): Generator<StackResource> {
        yield* resources;
        yield* defaultBindings();
        yield* outsideBindings();
        yield* joinBindings();
        yield* builtInBindingsInUse();
    }
    for (const r of bindingsThenBuiltIns()) {
        if (!bindingTypes.includes(r.type)) continue;
        const m = meta(r);
        const clusterWide = r.type === K8S_TYPES.clusterRoleBinding || r.type === K8S_TYPES.clusterRoleBindingPatch;
        const patch = r.type === K8S_TYPES.roleBindingPatch || r.type === K8S_TYPES.clusterRoleBindingPatch;
        const roleRef = bindingRoleRef(r);
        const refKind = str(roleRef, "kind");
        const refName = str(roleRef, "name");
        const builtInBecause = str(r.props, BUILT_IN_BECAUSE);
        const defaultLabel = str(r.props, DEFAULT_BINDING_LABEL);
        const bindingLabel =
            defaultLabel ??
            `${builtInBecause ? "built-in " : ""}${clusterWide ? "ClusterRoleBinding" : "RoleBinding"}${patch ? "Patch" : ""} ${m.name ?? r.name}${m.namespace ? ` in ${m.namespace}` : ""}${builtInBecause ? ` (bootstrap policy, outside this stack; ${builtInBecause})` : ""}`;
        // A named `bind` binds nothing without a binding write by one of the subjects' request identities that may
        // reference that role (bindHalfHeld: round 82, the roleRefs those writes may produce).
        const bindHeld = bindHalfHeld(r.props.subjects, m.namespace);
        // Round 86: `escalate` writes nothing without a role write by one of the subjects' request identities on a
        // role it names (the same pairing, roleWriters); round 88: in a namespace this binding reaches.
        const escalateHeld = bindHalfHeld(r.props.subjects, m.namespace, roleWriters);
        const unbound = (rules: Rule[]) =>
            withoutNamedBind(
                withoutUnpairedEscalate(rules, escalateHeld, clusterWide ? undefined : m.namespace),
                bindHeld,
            );
        // Rules the pack cannot read (unknown, aggregated, outside the stack) may create pods.
        let power: RulePower | undefined;
        /** The role's rules when read here: their named impersonation is membership (ImpersonationReading). */
        let readRules: Rule[] | undefined;
        /** The Namespace objects the role may update or patch (unreadable rules: any). */
        let namespaceWrites: "*" | string[] | undefined = "*";
        /** Whether the role may write Services (SERVICE_CAPTURE_SCOPE); unreadable rules may. */
        let capture: string | undefined = `rules that cannot be read may write services (${SERVICE_CAPTURE_WHY})`;
        let roleLabel = `${refKind ?? "role"} ${refName ?? "(unknown)"}`;
        // A roleRef unknown during a first preview, computed from a role of this stack (its generated name): that
        // role, as for access entries and IAM attachments (propertyDependencies).
        const dependedRole =
            refKind === undefined || refName === undefined
                ? ([...roles.values()].find(x =>
                      (r.propertyDependencies?.roleRef ?? []).some(d => d.urn === x.urn && !x.outsideObject),
                  ) ?? kindCandidates(roleRef, m.namespace, clusterWide))
                : undefined;
        if (dependedRole) {
            roleLabel = dependedRole.label;
            if (dependedRole.aggregated)
                power = {
                    reason: "aggregated ClusterRole: its rules come from every ClusterRole its selectors match",
                    createsPods: true,
                };
            else if (dependedRole.rules === "unknown") {
                power = { reason: "rules unknown during preview", createsPods: true };
                view.unknown.push(`rules of ${dependedRole.label}`);
            } else {
                power = powerOf(unbound(dependedRole.rules), "membership", clusterWide ? undefined : m.namespace);
                readRules = dependedRole.rules;
                namespaceWrites = namespaceWritesOfRules(dependedRole.rules, clusterWide);
                capture = serviceCaptureOfRules(dependedRole.rules, clusterWide);
            }
        } else if ((refKind === undefined || refName === undefined) && patch && !isUnknown(roleRef)) {
            // A patch of a binding the stack does not declare: its role is not known here.
            power = {
                reason: "a binding patch whose roleRef is outside this stack: its role cannot be read",
                createsPods: true,
            };
        } else if (refKind === undefined || refName === undefined) {
            power = { reason: "a role that is unknown during preview", createsPods: true };
            view.unknown.push(`roleRef of ${bindingLabel}`);
        } else {
            const key = refKind === "Role" ? `Role:${m.namespace ?? ""}:${refName}` : `ClusterRole:${refName}`;
            const declared = roles.get(key);
            // The object's own rules count beside the written ones, but for a bootstrap binding's (DEFAULT_BINDINGS:
            // the built-in grant to the cluster's own components).
            const outsideRules = declared?.outsideObject === true && defaultLabel === undefined;
            if (declared) {
                roleLabel = declared.label;
                const ownRules = declared.rules;
                const same =
                    declared.aggregated && !declared.outsideObject && ownRules !== "unknown"
                        ? sameSelection(declared.selectors)
                        : undefined;
                if (same && ownRules !== "unknown") {
                    // A stack ClusterRole aggregating only built-ins' own selectors holds what they aggregate
                    // (sameSelection): read as a binding of them is, beside its own written rules (the controller
                    // overwrites them, but they hold until it runs).
                    power =
                        powerOf(unbound(ownRules), "membership", clusterWide ? undefined : m.namespace) ??
                        (selectedPower(key, declared.selectors) && {
                            reason: "aggregated ClusterRole: its rules come from every ClusterRole its selectors match",
                            createsPods: true,
                        });
                    readRules = ownRules;
                    namespaceWrites = namespaceWritesOfRules(ownRules, clusterWide);
                    capture =
                        serviceCaptureOfRules(ownRules, clusterWide) ??
                        same.map(b => undeclaredRoleCapture("ClusterRole", b)).find(c => c !== undefined);
                } else if (declared.aggregated) {
                    // A patched role's aggregationRule: what the selectors it adds select (its own add nothing).
                    power = declared.outsideObject
                        ? selectedPower(key, declared.selectors, refName)
                        : {
                              reason: "aggregated ClusterRole: its rules come from every ClusterRole its selectors match",
                              createsPods: true,
                          };
                } else if (declared.rules === "unknown") {
                    power = { reason: "rules unknown during preview", createsPods: true };
                    view.unknown.push(`rules of ${declared.label}`);
                } else {
                    power = powerOf(unbound(declared.rules), "membership", clusterWide ? undefined : m.namespace);
                    readRules = declared.rules;
                    // A patch of a role outside the stack adds to rules unread here, but the built-in ones but
                    // cluster-admin write no Namespace.
                    const builtIn =
                        (refKind === "ClusterRole" &&
                            refName in BUILT_IN_CLUSTER_ROLES &&
                            refName !== "cluster-admin") ||
                        key in BUILT_IN_ROLES;
                    if (!outsideRules || builtIn) namespaceWrites = namespaceWritesOfRules(declared.rules, clusterWide);
                    capture =
                        serviceCaptureOfRules(declared.rules, clusterWide) ??
                        (outsideRules ? undeclaredRoleCapture(refKind, refName, m.namespace) : undefined);
                }
                // Only patched: the object's own rules (built-in or outside the stack) count too.
                if (!power && outsideRules)
                    power = undeclaredRolePower(refKind, refName, m.namespace, clusterWide ? undefined : m.namespace);
            } else {
                power = undeclaredRolePower(refKind, refName, m.namespace, clusterWide ? undefined : m.namespace);
                capture = undeclaredRoleCapture(refKind, refName, m.namespace);
                // Built-in Roles: judged by their rules (BUILT_IN_ROLES).
                if (key in BUILT_IN_ROLES) namespaceWrites = namespaceWritesOfRules(BUILT_IN_ROLES[key]);
                // Built-in roles: only cluster-admin writes Namespaces ("Using RBAC Authorization", "User-facing roles":
                // admin "does not allow write access to resource quota or to the namespace itself").
                if (refKind === "ClusterRole" && refName in BUILT_IN_CLUSTER_ROLES && refName !== "cluster-admin")
                    namespaceWrites = undefined;
            }
        }
        // Subjects unknown during a first preview (the whole list, or one subject's kind, name or ServiceAccount
        // namespace, computed from another resource's output) may name anyone at `up`, and stack policies run only
        // after `up` has made the binding (Pulumi "Policy as Code": validateStack runs once every resource is
        // registered), so the preview is the gate: they are read as one more subject, "whoever the binding names at
        // `up`", holding all the binding grants, so any custody-relevant grant is refused as unverifiable (as an
        // access entry's unknown principalArn is); a binding granting nothing of the kind stays accepted.
        const listed = Array.isArray(r.props.subjects) ? (r.props.subjects as unknown[]) : [];
        const unknownField = unknownSubjectField(r.props.subjects);
        const anyone =
            unknownField === undefined ? undefined : { kind: "User", name: `whoever ${bindingLabel} names at \`up\`` };
        const subjects = anyone ? [...listed, anyone] : listed;
        /** For the unknown subjects' stand-in, why it is refused. */
        const unknownWhy = (s: unknown) =>
            s === anyone && unknownField !== undefined
                ? `: ${unverifiable(unknownField, "it may name any user, group or ServiceAccount (system:authenticated among them)")}`
                : "";
        // What the binding lets its subjects do to Secrets (and by name to create-only workloads); nothing for a
        // controller's bootstrap binding: its grants are read beside, held only by whoever becomes it
        // (CONTROLLER_SERVICE_ACCOUNTS, `controller`).
        const accessOf = (of: (rules: Rule[]) => "*" | string[] | undefined) =>
            builtInBecause ? undefined : secretAccessOfBinding(refKind, refName, m.namespace, r, of);
        const secretReads = accessOf(secretReadsOfRules);
        const secretCreates = accessOf(secretCreatesOfRules);
        const secretPatches = accessOf(secretPatchesOfRules);
        const secretDeletes = accessOf(secretDeletesOfRules);
        const secretSubjects = (): SecretSubject[] =>
            subjects.flatMap(x => {
                const kind = str(x, "kind");
                const name = str(x, "name");
                const key = subjectKey(x, m.namespace);
                if ((kind !== "User" && kind !== "Group" && kind !== "ServiceAccount") || name === undefined || !key)
                    return [];
                const namespace = kind === "ServiceAccount" ? (str(x, "namespace") ?? m.namespace) : undefined;
                return [
                    {
                        actor: k8s(kind, name, namespace),
                        label: `${kind} ${namespace ? `${namespace}/` : ""}${name}`,
                        key,
                    },
                ];
            });
        const secretScope = {
            namespaces: clusterWide || m.namespace === undefined ? ("*" as const) : [m.namespace],
            via: `${bindingLabel} → ${roleLabel}`,
        };
        if (secretReads)
            secretReaders.push({ ...secretScope, subjects: secretSubjects(), names: secretReads, urn: r.urn });
        // Webhook configurations and admission policies are cluster-scoped: only a ClusterRoleBinding grants them.
        const admissionWrites = accessOf(rules => (validatingAdmissionWritten(rules).length > 0 ? "*" : undefined));
        if (admissionWrites && clusterWide)
            secretReaders.push({
                subjects: secretSubjects(),
                namespaces: "*",
                names: "*",
                urn: r.urn,
                via: `${bindingLabel} → ${roleLabel} (writes validating admission: ${ADMISSION_SEES_WHY}; a policy's messageExpression and auditAnnotations are its writer's)`,
                onWrites: true,
            });
        if (secretCreates)
            secretCreators.push({ ...secretScope, subjects: secretSubjects(), names: secretCreates, urn: r.urn });
        if (secretPatches) secretPatchers.push({ ...secretScope, subjects: secretSubjects(), names: secretPatches });
        if (secretDeletes) secretDeleters.push({ ...secretScope, subjects: secretSubjects(), names: secretDeletes });
        // Round 90: a delete of Namespaces and a create of them, paired per subject across bindings after the loop.
        const namespaceDeletes = accessOf(rules => namesGrantedOfRules(rules, ["delete"], "namespaces"));
        const deletedHere: "*" | string[] | undefined =
            namespaceDeletes === undefined || clusterWide || m.namespace === undefined
                ? namespaceDeletes
                : namespaceDeletes === "*" || namespaceDeletes.includes(m.namespace!)
                  ? [m.namespace!]
                  : undefined;
        if (deletedHere)
            namespaceDeleters.push({
                subjects: secretSubjects(),
                names: deletedHere,
                via: secretScope.via,
                urn: r.urn,
            });
        if (clusterWide && accessOf(rules => (namespaceCreatesOfRules(rules) ? "*" : undefined)))
            namespaceCreators.push({ subjects: secretSubjects(), via: secretScope.via, urn: r.urn });
        // Round 90: a write of Node objects rewrites their labels (nodeLabelWritesOfRules): only cluster-wide.
        if (clusterWide && accessOf(nodeLabelWritesOfRules)) nodeLabelWriters.push(secretScope.via);
        // Round 82: a create and a delete of ConfigMaps or Secrets, paired per holder (podInputsRecreated); round 83: a
        // create by name too, with a patch of that name (inputPatchers: a server-side apply).
        for (const [kind, resource] of [
            ["ConfigMap", "configmaps"],
            ["Secret", "secrets"],
        ] as const) {
            const creates = accessOf(rules => namesGrantedOfRules(rules, ["create"], resource));
            const patches = accessOf(rules => namesGrantedOfRules(rules, ["patch"], resource));
            const deletes = accessOf(rules => deletesOfRules(rules, resource));
            const input = { ...secretScope, kind, subjects: secretSubjects(), urn: r.urn };
            if (creates) inputCreators.push({ ...input, names: creates });
            if (patches) inputPatchers.push({ ...input, names: patches });
            if (deletes) inputDeleters.push({ ...input, names: deletes });
        }
        // Round 81: writing a ConfigMap or Secret a stack pod reads is writing that pod's inputs (podInputWriters).
        for (const w of podInputWriters(resources, secretScope.namespaces, accessOf))
            for (const subject of secretSubjects()) {
                if (subject.key === `ServiceAccount:${w.ns}:${w.sa}`) continue;
                view.powers.push({
                    actor: subject.actor,
                    scope: { namespaces: w.ns === "*" ? secretScope.namespaces : [w.ns], names: [w.sa] },
                    via: `${secretScope.via} ${w.via}${unknownWhy(subject)}`,
                    urn: r.urn,
                });
            }
        // A create of a pod (or ControllerRevision) by name only: paired with a patch of it (workloadCreators); an
        // unnamed one is a power of its own (saPowerOfRule).
        for (const resource of CREATE_ONLY_WORKLOADS) {
            const creates = accessOf(rules => namesGrantedOfRules(rules, ["create"], resource));
            const patches = accessOf(rules => namesGrantedOfRules(rules, ["patch"], resource));
            if (Array.isArray(creates))
                workloadCreators.push({
                    ...secretScope,
                    resource,
                    subjects: secretSubjects(),
                    names: creates,
                    urn: r.urn,
                });
            if (patches)
                workloadPatchers.push({ ...secretScope, resource, subjects: secretSubjects(), names: patches });
        }
        // A create of a PersistentVolume by name only: paired with a patch of it (volumeCreators), as a workload's.
        const volumeCreates = accessOf(rules => namesGrantedOfRules(rules, ["create"], "persistentvolumes"));
        const volumePatches = accessOf(rules => namesGrantedOfRules(rules, ["patch"], "persistentvolumes"));
        if (Array.isArray(volumeCreates))
            volumeCreators.push({ ...secretScope, subjects: secretSubjects(), names: volumeCreates, urn: r.urn });
        if (volumePatches) volumePatchers.push({ ...secretScope, subjects: secretSubjects(), names: volumePatches });
        // Round 88: writes that rebind a volume (volumeRebinders), only through a ClusterRoleBinding.
        const volumeRebinds = clusterWide
            ? accessOf(rules => namesGrantedOfRules(rules, ["update", "patch"], "persistentvolumes"))
            : undefined;
        if (volumeRebinds)
            volumeRebinders.push({
                ...secretScope,
                subjects: secretSubjects(),
                names: volumeRebinds,
                what: "persistentvolumes",
                urn: r.urn,
            });
        const contentWrites = clusterWide ? accessOf(snapshotContentWritesOfRules) : undefined;
        if (contentWrites)
            volumeRebinders.push({
                ...secretScope,
                subjects: secretSubjects(),
                names: contentWrites,
                what: "volumesnapshotcontents",
                urn: r.urn,
            });
        // Round 88: `bind` by name of a role that writes Namespaces (namedBindNamespaceWrites) writes them too, where a
        // binding the holder makes of it reaches: the holder binds it to itself (boundByName).
        const boundWrites = readRules
            ? namedBindNamespaceWrites(unbound(readRules), clusterWide ? undefined : m.namespace)
            : undefined;
        namespaceWrites = joinNamespaceWrites(namespaceWrites, boundWrites);
        const relabelVia = `${bindingLabel} → ${roleLabel}${boundWrites ? " (`bind` by name of a role that writes Namespace objects, to itself)" : ""}`;
        // A RoleBinding in N reaches the Namespace object N only; a ClusterRoleBinding every one it names.
        const relabelled: "*" | string[] | undefined =
            namespaceWrites === undefined
                ? undefined
                : clusterWide || m.namespace === undefined
                  ? namespaceWrites
                  : namespaceWrites === "*" || namespaceWrites.includes(m.namespace)
                    ? [m.namespace]
                    : undefined;
        if (relabelled)
            for (const s of subjects) {
                const key = subjectKey(s, m.namespace);
                if (key === undefined) continue;
                recordRelabel(key, relabelled, relabelVia);
                // The stack's own grants (not a controller's bootstrap binding, read beside: builtInBecause) relabel
                // whatever pod creators the namespace has (relabelAlone, after the loop).
                const kind = str(s, "kind");
                const name = str(s, "name");
                if (builtInBecause || (kind !== "User" && kind !== "Group" && kind !== "ServiceAccount") || !name)
                    continue;
                relabelGrants.push({
                    actor: k8s(
                        kind,
                        name,
                        kind === "ServiceAccount" ? (str(s, "namespace") ?? m.namespace) : undefined,
                    ),
                    namespaces: relabelled,
                    via: `${relabelVia}${unknownWhy(s)}`,
                    urn: r.urn,
                });
            }
        // Writing a Service anywhere captures the Pod Identity agent's traffic on every node (SERVICE_CAPTURE_SCOPE).
        if (capture)
            for (const s of subjects) {
                const kind = str(s, "kind");
                const name = str(s, "name");
                if ((kind !== "User" && kind !== "Group" && kind !== "ServiceAccount") || name === undefined) continue;
                const actor = k8s(
                    kind,
                    name,
                    kind === "ServiceAccount" ? (str(s, "namespace") ?? m.namespace) : undefined,
                );
                view.powers.push({
                    actor,
                    scope: SERVICE_CAPTURE_SCOPE,
                    via: `${bindingLabel} → ${roleLabel} (${capture})${unknownWhy(s)}`,
                    urn: r.urn,
                });
            }
        // Impersonation of named, ordinary users: each subject becomes them (ImpersonationReading), the path access
        // entries' userName takes; of groups, uids and userextras: joined with whom the subject may impersonate once
        // every binding is read (impersonateGroups, forgeIdentities). Users, groups, uids and userextras only through
        // a ClusterRoleBinding: a RoleBinding authorises only ServiceAccount impersonation (saPowerOfRule: the others
        // are asked with no namespace).
        const impersonated = readRules ? impersonationOfRules(readRules, clusterWide) : undefined;
        if (
            impersonated &&
            (impersonated.users.length > 0 ||
                impersonated.groups.length > 0 ||
                impersonated.everyGroup ||
                impersonated.identityFields ||
                impersonated.someone)
        ) {
            if (isUnknown(r.props.subjects)) view.unknown.push(`subjects of ${bindingLabel}`);
            const as = `${bindingLabel} → ${roleLabel}`;
            for (const s of subjects) {
                const kind = str(s, "kind");
                const name = str(s, "name");
                const key = subjectKey(s, m.namespace);
                if ((kind !== "User" && kind !== "Group" && kind !== "ServiceAccount") || name === undefined || !key)
                    continue;
                const actor = k8s(
                    kind,
                    name,
                    kind === "ServiceAccount" ? (str(s, "namespace") ?? m.namespace) : undefined,
                );
                for (const n of impersonated.users) {
                    const membership = {
                        actor,
                        subject: k8s("User", n),
                        via: `${as} (impersonate users ${n}: acts as User ${n})${unknownWhy(s)}`,
                        urn: r.urn,
                    };
                    view.memberships.push(membership);
                    impersonations.add(membership);
                }
                const entry = impersonators.get(key) ?? {
                    actor,
                    users: [],
                    fields: [],
                    someone: [],
                    groups: [],
                    urn: r.urn,
                };
                if (impersonated.users.length > 0)
                    entry.users.push(`${as} (impersonate users ${impersonated.users.join(", ")})${unknownWhy(s)}`);
                if (impersonated.identityFields)
                    entry.fields.push(`${as} (impersonate uids or userextras)${unknownWhy(s)}`);
                if (impersonated.someone) entry.someone.push(`${as}${unknownWhy(s)}`);
                if (impersonated.groups.length > 0 || impersonated.everyGroup)
                    entry.groups.push({
                        names: impersonated.groups,
                        every: impersonated.everyGroup,
                        via: `${as}${unknownWhy(s)}`,
                        urn: r.urn,
                    });
                impersonators.set(key, entry);
            }
        }
        /** The power where the binding reaches (aws-auth writes only where it reaches kube-system). */
        const reached = (p: RulePower | undefined): RulePower | undefined =>
            p?.onlyIn !== undefined && !clusterWide && m.namespace !== undefined && !p.onlyIn.includes(m.namespace)
                ? undefined
                : p;
        power = reached(power);
        if (!power) continue;
        if (isUnknown(r.props.subjects)) view.unknown.push(`subjects of ${bindingLabel}`);
        const scopeOf = (p: RulePower): SaScope => {
            const scope: SaScope =
                clusterWide || m.namespace === undefined ? { namespaces: "*" } : { namespaces: [m.namespace] };
            if (p.names) scope.names = p.names;
            if (reachesEveryNamespace(p)) scope.namespaces = "*";
            return scope;
        };
        for (const s of subjects) {
            const kind = str(s, "kind");
            const name = str(s, "name");
            const key = subjectKey(s, m.namespace);
            if ((kind !== "User" && kind !== "Group" && kind !== "ServiceAccount") || name === undefined || !key) {
                view.unknown.push(`a subject of ${bindingLabel}`);
                continue;
            }
            const saNamespace = kind === "ServiceAccount" ? (str(s, "namespace") ?? m.namespace) : undefined;
            const actor = k8s(kind, name, saNamespace);
            // Writing what known controllers act on is becoming them (a controller writing its own kinds acts as no
            // one else): the rest of the rules is its power (RulePower.controllers).
            const own = actAsControllers(actor, power, `${bindingLabel} → ${roleLabel}`, r.urn, reached);
            if (!own) continue;
            const scope = scopeOf(own);
            const granted = {
                actor,
                scope,
                via: `${bindingLabel} → ${roleLabel} (${own.reason})${unknownWhy(s)}`,
                urn: r.urn,
            };
            view.powers.push(granted);
            if (/(^|; )impersonate/.test(own.reason)) impersonations.add(granted);
            if (own.createsPods)
                podCreators.push({
                    actor,
                    key,
                    scope,
                    reason: own.reason,
                    via: `${bindingLabel} → ${roleLabel}${unknownWhy(s)}`,
                    urn: r.urn,
                    anyone: s === anyone,
                });
        }
    }
    // Round 90: a subject deleting a Namespace through one binding and creating Namespaces through another recreates it
    // unlabelled (namespaceRecreatesOfRules): a relabel of it, as one binding holding both is (namespaceWritesOfRules).
    for (const d of namespaceDeleters)
        for (const c of namespaceCreators) {
            if (c.urn === d.urn) continue;
            for (const s of d.subjects) {
                if (s.key === undefined || !c.subjects.some(x => x.key === s.key)) continue;
                const via = `${d.via} (delete namespaces ${d.names === "*" ? "*" : d.names.join(", ")}) with ${c.via} (create namespaces): recreated without its labels`;
                recordRelabel(s.key, d.names, via);
                relabelGrants.push({ actor: s.actor, namespaces: d.names, via, urn: d.urn });
            }
        }
    // Pod creation in a namespace that admits privileged pods, or whose Pod Security label the same subject may
    // rewrite (any binding of it), reaches every ServiceAccount, not just its own.
    /** What every subject may relabel, for the unknown subjects' stand-in (it may be any of them). */
    const relabelOfAnyone = (): Relabel | undefined => {
        const all = [...relabelOf.values()];
        if (all.length === 0) return undefined;
        return {
            namespaces: all.some(x => x.namespaces === "*")
                ? "*"
                : new Set(all.flatMap(x => (x.namespaces === "*" ? [] : [...x.namespaces]))),
            via: all.flatMap(x => x.via),
        };
    };
    for (const p of podCreators) {
        const relabel = p.anyone ? relabelOfAnyone() : relabelOf.get(p.key);
        const widened = podSecurityWidened(p.scope, p.reason, confined(p.urn), relabel);
        if (widened)
            view.powers.push({ actor: p.actor, scope: widened.scope, via: `${p.via} (${widened.via})`, urn: p.urn });
    }
    for (const g of relabelGrants) {
        const alone = relabelAlone(g.namespaces, confined(g.urn));
        if (alone) view.powers.push({ actor: g.actor, scope: alone.scope, via: `${g.via} (${alone.via})`, urn: g.urn });
    }
    // Whoever reads Argo CD's own Secret (ARGOCD_SECRETS by name in any namespace, or every Secret of argocd) at will,
    // by RBAC (get, list, watch), an admission policy's params or a monitor's credentials (secretReaders), signs an
    // Argo CD admin session (ARGOCD_SECRET_WHY). DECIDED (round 41): an admission webhook or policy matching Secrets
    // (onWrites) is sent argocd-secret only when it is written (Argo CD's first start, an admin password change), a
    // write the stack neither makes nor can see, as it is sent every other Secret of the cluster; it is not counted.
    for (const x of secretReaders) {
        if (x.onWrites) continue;
        const read =
            x.names === "*"
                ? everyArgoCdSecret(x.namespaces)
                : x.names.some(n => ARGOCD_SECRETS.includes(n))
                  ? {
                        what: `Secret ${x.names.filter(n => ARGOCD_SECRETS.includes(n)).join(", ")}, recognised by name in any namespace`,
                        where: x.namespaces,
                    }
                  : undefined;
        if (read)
            for (const s of x.subjects)
                actAsArgoCdAdmin(
                    s.actor,
                    read.where,
                    `${x.via} (act cluster-wide as Argo CD: reads ${read.what}: ${ARGOCD_SECRET_WHY}, and ${ARGOCD_USERS_WHY})`,
                    x.urn,
                );
    }

    // Roles bound outside the stack: a patched role, or a ClusterRole of a reserved `system:`/`eks:` name, keeps the
    // bindings that already name it (auto-reconciliation adds missing rules, never removes extra ones: "Using RBAC
    // Authorization", "Auto-reconciliation"). Power the stack writes into such a role reaches holders no stack binding
    // shows. Its own rules are read in the bindings loop (defaultBindings, outsideBindings, and joinBindings for the
    // roles it joins by aggregation); here what the loop cannot read: what an aggregated role's holders get from the
    // selectors the stack adds, and what a ClusterRole's labels pass on beyond its own rules (`relayed`).
    for (const [key, role] of roles) {
        if (role.rules === "unknown") continue;
        const [kind, ...rest] = key.split(":");
        const name = kind === "Role" ? rest.slice(1).join(":") : rest.join(":");
        // The role's own bindings outside the stack: read in the bindings loop (outsideBindings), but an aggregated
        // role's, whose holders get what the selectors the stack adds select (a ClusterRolePatch adding
        // aggregate-to-edit to view's selectors gives every view binding edit's rules).
        const ownOutside = boundOutside(key, role) && role.aggregated;
        const grants: { actor: PrincipalNode; via: string; power?: RulePower; capture?: string }[] = [];
        if (ownOutside) {
            const ruled =
                powerOf(role.rules, "power", kind === "Role" ? rest[0] : undefined) ??
                (kind === "ClusterRole" ? selectedPower(key, role.selectors, name) : undefined);
            const power =
                ruled?.onlyIn !== undefined && kind === "Role" && !ruled.onlyIn.includes(rest[0]) ? undefined : ruled;
            const capture = serviceCaptureOfRules(role.rules, kind !== "Role");
            if (power || capture)
                grants.push({
                    actor: k8s("User", outsideHolder(role.label)),
                    via: `bindings of ${role.label} outside this stack`,
                    power,
                    capture,
                });
        }
        const passed = relayed.get(key);
        if (passed)
            for (const h of joinedHolders(key, role.label))
                grants.push({ actor: k8s("User", h.name), via: h.via, power: passed });
        for (const g of grants) {
            if (g.power) {
                const scope: SaScope = kind === "Role" ? { namespaces: [rest[0]] } : { namespaces: "*" };
                if (g.power.names) scope.names = g.power.names;
                if (reachesEveryNamespace(g.power)) scope.namespaces = "*";
                view.powers.push({
                    actor: g.actor,
                    scope,
                    via: `${g.via} → ${role.label} (${g.power.reason})`,
                    urn: role.urn,
                });
            }
            if (g.capture)
                view.powers.push({
                    actor: g.actor,
                    scope: SERVICE_CAPTURE_SCOPE,
                    via: `${g.via} → ${role.label} (${g.capture})`,
                    urn: role.urn,
                });
        }
    }

    // Managed node groups and Fargate profiles: EKS gives their role a node access entry itself (EKS user guide,
    // "Create access entries": entries are created automatically for managed node groups and Fargate profiles;
    // "Amazon EKS Pod execution IAM role": the role "appears in your cluster as a node").
    for (const r of resources) {
        const role =
            r.type === EKS_CLUSTER
                ? { prop: "computeConfig.nodeRoleArn", what: "EKS Auto Mode cluster" }
                : r.type === NODE_GROUP
                  ? { prop: "nodeRoleArn", what: "managed node group" }
                  : r.type === FARGATE_PROFILE
                    ? { prop: "podExecutionRoleArn", what: "Fargate profile" }
                    : undefined;
        if (!role) continue;
        const [head, leaf] = role.prop.split(".");
        const holder = leaf ? (r.props[head] as Record<string, unknown> | undefined) : r.props;
        const arn = str(holder, leaf ?? head);
        if (arn === undefined) {
            // During a first preview the role's ARN is unknown; the dependency still says which role of the stack.
            const dep = (r.propertyDependencies?.[head] ?? []).find(d => d.type === "aws:iam/role:Role");
            if (dep)
                view.nodeRoles.push({
                    principal: "",
                    roleUrn: dep.urn,
                    via: `${role.what} ${r.name} (${role.prop})`,
                    urn: r.urn,
                });
            else if (isUnknown(holder?.[leaf ?? head])) view.unknown.push(`${role.prop} of ${role.what} ${r.name}`);
            continue;
        }
        view.nodeRoles.push({ principal: arn, via: `${role.what} ${r.name} (${role.prop})`, urn: r.urn });
    }

    // Managed node groups whose nodes others reach as root or as the node: the node identity gets the tokens of the
    // pods bound to its node (Kubernetes "Using Node Authorization"), root on the node reads them from the kubelet's
    // directory. remoteAccess.ec2SshKey: the key holder logs in with sudo (EKS API RemoteAccessConfig: without
    // sourceSecurityGroups port 22 is open to 0.0.0.0/0). Instance metadata with httpTokens optional (IMDSv1) or a
    // PUT hop limit above 1 lets every pod read the node role (EKS best practices, "Restrict access to the instance
    // profile assigned to the worker node": IMDSv2 required, hop limit 1; EKS user guide, "Customize managed nodes
    // with launch templates"). Judged by metadataOpenToPods.
    for (const r of resources) {
        if (r.type !== NODE_GROUP) continue;
        const remote = r.props.remoteAccess as Record<string, unknown> | undefined;
        const key = str(remote, "ec2SshKey");
        // A wholly unknown remoteAccess may carry an SSH key without sourceSecurityGroupIds at `up`.
        if (isUnknown(remote))
            view.powers.push({
                actor: k8s("User", `whoever holds an EC2 key pair (SSH to managed node group ${r.name})`),
                scope: { namespaces: "*" },
                via: `managed node group ${r.name}: ${unverifiable("remoteAccess", "it may give an SSH key sudo on every node (the tokens of the pods there, the node's identity)")}`,
                urn: r.urn,
            });
        else if (key !== undefined || isUnknown(remote?.ec2SshKey))
            view.powers.push({
                actor: k8s(
                    "User",
                    `whoever holds EC2 key pair ${key ?? "(unknown)"} (SSH to managed node group ${r.name})`,
                ),
                scope: { namespaces: "*" },
                via: `managed node group ${r.name} remoteAccess.ec2SshKey: SSH with sudo on every node reads the tokens of the pods there and acts as the node`,
                urn: r.urn,
            });
        const spec = r.props.launchTemplate as Record<string, unknown> | undefined;
        const podsReach = (why: string) =>
            view.powers.push({
                actor: k8s("User", `every pod on the nodes of managed node group ${r.name} (instance metadata)`),
                scope: { namespaces: "*" },
                via: `managed node group ${r.name}: ${why}`,
                urn: r.urn,
            });
        if (isUnknown(spec)) {
            podsReach(unverifiable("launchTemplate", NODE_METADATA_RISK));
            continue;
        }
        if (!spec || typeof spec !== "object") {
            podsReach(
                `no launch template, so instance metadata is left to EKS's default launch template and the AMI, which the pack cannot verify (${NODE_METADATA_FIX})`,
            );
            continue;
        }
        const ltId = str(spec, "id");
        const ltName = str(spec, "name");
        const lt =
            resources.find(
                x =>
                    x.type === "aws:ec2/launchTemplate:LaunchTemplate" &&
                    ((ltId !== undefined && str(x.props, "id") === ltId) ||
                        (ltName !== undefined && str(x.props, "name") === ltName)),
            ) ??
            (r.propertyDependencies?.launchTemplate ?? []).find(
                d => d.type === "aws:ec2/launchTemplate:LaunchTemplate",
            );
        if (!lt) {
            podsReach(
                `launch template ${ltName ?? ltId ?? "(unknown)"} is not a resource of this stack, so its instance metadata options cannot be read (${NODE_METADATA_FIX})`,
            );
            continue;
        }
        const older = unseenVersion(spec.version, lt);
        if (older) {
            podsReach(`${older} (${NODE_METADATA_FIX})`);
            continue;
        }
        const open = metadataOpenToPods(lt.props.metadataOptions);
        if (open)
            podsReach(
                `launch template ${lt.name} ${open} lets every pod read the node role, the node's identity, which gets the tokens of the pods bound to its node (${NODE_METADATA_FIX})`,
            );
        for (const why of nodeAccessOf(lt))
            view.powers.push({
                actor: k8s("User", `whoever reaches the nodes of managed node group ${r.name} (${why.who})`),
                scope: { namespaces: "*" },
                via: `managed node group ${r.name}: launch template ${lt.name} ${why.what}`,
                urn: r.urn,
            });
    }

    // The User and Group names RBAC bindings name (the stack's, patches and Lists included, and the built-in ones):
    // the names a templated username or group (templateParts) may render as that hold power.
    const boundNames = { User: new Set<string>(), Group: new Set<string>() };
    for (const subjects of [
        ...resources.filter(r => bindingTypes.includes(r.type)).map(r => r.props.subjects),
        ...Object.values(DEFAULT_BINDINGS),
    ]) {
        if (!Array.isArray(subjects)) continue;
        for (const x of subjects as unknown[]) {
            const kind = str(x, "kind");
            const name = str(x, "name");
            if ((kind === "User" || kind === "Group") && name !== undefined) boundNames[kind].add(name);
        }
    }
    /**
     * A username or group with templates (RENDERED_TEMPLATES) is every name it may render as: one that may be
     * reserved (templateReserved) counts as system:masters for a group and as the reserved user for a username,
     * and it is a member of every bound name it may render as. False for a text without a template.
     */
    const readTemplated = (actor: PrincipalNode, text: string, kind: "User" | "Group", via: string, urn: string) => {
        const parts = templateParts(text);
        if (!parts) return false;
        if (templateReserved(text, parts, kind))
            view.powers.push({
                actor,
                scope: everything,
                via: `${via}: its templates render the caller's own session name (aws-iam-authenticator renderTemplate; STS AssumeRole RoleSessionName), so it may render as ${kind === "Group" ? "system:masters (counted so)" : `a reserved name (${reservedUsername("system:kube-controller-manager")})`}`,
                urn,
            });
        for (const name of boundNames[kind])
            if (mayRender(parts, name) && !(kind === "User" && name.startsWith("system:node:")))
                view.memberships.push({
                    actor,
                    subject: k8s(kind, name),
                    via: `${via}: may render as ${name}`,
                    urn,
                });
        return true;
    };

    // EKS access entries: kubernetesGroups / userName memberships, node types; access policies grant power.
    for (const r of resources) {
        if (r.type === K8S_TYPES.accessEntry || r.type === K8S_TYPES.accessPolicyAssociation) {
            if (clusterOutsideStack(r)) continue;
        }
        if (r.type === K8S_TYPES.accessEntry) {
            const arn = str(r.props, "principalArn");
            const groups = strList(r.props, "kubernetesGroups");
            const user = str(r.props, "userName");
            const type = (str(r.props, "type") ?? "STANDARD").toUpperCase();
            const grantsSomething =
                groups.unknown || groups.values.length > 0 || user !== undefined || type !== "STANDARD";
            const actor = arn !== undefined ? principal(arn) : unknownPrincipal(r, `EKS access entry ${r.name}`);
            if (actor === undefined) {
                if (grantsSomething)
                    view.powers.push({
                        actor: k8s("User", `whoever EKS access entry ${r.name} names at \`up\``),
                        scope: everything,
                        via: `EKS access entry ${r.name}: ${unverifiable("principalArn", "any principal may get its Kubernetes groups, user name or node type")}`,
                        urn: r.urn,
                    });
                continue;
            }
            // An unknown type may be EC2_LINUX at `up` (EKS API CreateAccessEntry `type`): a node identity.
            const holder = arn !== undefined ? { principal: arn } : { principal: "", roleUrn: nodeUrn(actor) };
            if (isUnknown(r.props.type))
                view.nodeRoles.push({
                    ...holder,
                    via: `EKS access entry ${r.name}: ${unverifiable("type", "it may be EC2_LINUX (a node identity)")}`,
                    urn: r.urn,
                });
            else if (type !== "STANDARD")
                view.nodeRoles.push({ ...holder, via: `EKS access entry ${r.name} (type ${type})`, urn: r.urn });
            // Groups unknown during a first preview (the list, or one element, from another resource's output) may
            // name any group at `up`: EKS API CreateAccessEntry `kubernetesGroups` ("Amazon EKS doesn't confirm that
            // the value for name exists in any bindings on your cluster"), and stack policies run only after `up`, so
            // the preview is the gate. They are read as the power a literal system:masters would give (below),
            // refused as unverifiable, as unknown binding subjects and an unknown principalArn are.
            if (groups.unknown)
                view.powers.push({
                    actor,
                    scope: everything,
                    via: `EKS access entry ${r.name}: ${unverifiable("kubernetesGroups", "whoever it names at `up` may be system:masters or any bound group")}`,
                    urn: r.urn,
                });
            for (const g of groups.values) {
                // EKS documents templates in userName only; a group with one is read as aws-auth's (fail closed).
                readTemplated(actor, g, "Group", `EKS access entry ${r.name} (kubernetesGroups ${g})`, r.urn);
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
            // EKS refuses such a userName (EKS user guide, "Set a custom username for EKS access entries"): defence
            // in depth, read as aws-auth's.
            const reserved = user !== undefined ? reservedUsername(user) : undefined;
            if (reserved)
                view.powers.push({
                    actor,
                    scope: everything,
                    via: `EKS access entry ${r.name} (userName ${user}: ${reserved})`,
                    urn: r.urn,
                });
            // EKS checks the reserved prefixes on the userName as configured (EKS user guide, "Set a custom username
            // for EKS access entries"), not on each rendering: a template is every name it may render as.
            if (user !== undefined) {
                readTemplated(actor, user, "User", `EKS access entry ${r.name} (userName ${user})`, r.urn);
                view.memberships.push({
                    actor,
                    subject: k8s("User", user),
                    via: `EKS access entry ${r.name} (userName ${user})`,
                    urn: r.urn,
                });
            }
        } else if (r.type === K8S_TYPES.accessPolicyAssociation) {
            const arn = str(r.props, "principalArn");
            const policyArn = str(r.props, "policyArn");
            if (policyArn === undefined) view.unknown.push(`policyArn of EKS access policy association ${r.name}`);
            const scopeType = str(r.props.accessScope, "type");
            const namespaces = strList(r.props.accessScope, "namespaces");
            const declaredScope: SaScope =
                scopeType === "namespace" && !namespaces.unknown && namespaces.values.length > 0
                    ? { namespaces: namespaces.values }
                    : everything;
            // A policy known by its rules (EKS_ACCESS_POLICY_RULES) is judged by them in its scope, as a binding is:
            // any power there reads as admin of the scope (a superset; the cluster when the power reaches every
            // namespace, as a RoleBinding's does), Service writes and pod creation only where the rules grant them,
            // Secret grants with every other one (read before the bindings loop). Any other policy, or one unknown
            // during the preview: admin of its scope, pods and Services included.
            const policy = policyArn === undefined ? undefined : accessPolicyOf(policyArn);
            const ruled = policy?.rules;
            const clusterScope = declaredScope.namespaces === "*";
            const powers = ruled
                ? (clusterScope ? [undefined] : (declaredScope.namespaces as string[])).map(where =>
                      powerOf(ruled, "power", where),
                  )
                : [];
            const reason =
                policy === undefined
                    ? "an access policy unknown during preview"
                    : !ruled || powers.some(p => p !== undefined)
                      ? `EKS access policy ${policy.name}`
                      : undefined;
            const capture = ruled
                ? serviceCaptureOfRules(ruled, clusterScope)
                : clusterScope
                  ? undefined
                  : SERVICE_CAPTURE_WHY;
            const createsPods = !ruled || powers.some(p => p?.createsPods);
            // Round 90: Node label writes, cluster-scoped (nodeLabelWritesOfRules); any policy the pack cannot read.
            if (clusterScope && (!ruled || nodeLabelWritesOfRules(ruled)))
                nodeLabelWriters.push(`EKS access policy association ${r.name} (${policy?.name ?? "unknown"})`);
            if (!reason && !capture) continue;
            const holder =
                arn !== undefined ? principal(arn) : unknownPrincipal(r, `EKS access policy association ${r.name}`);
            if (holder === undefined) {
                view.powers.push({
                    actor: k8s("User", `whoever EKS access policy association ${r.name} names at \`up\``),
                    scope: everything,
                    via: `EKS access policy association ${r.name} (${reason ?? `EKS access policy ${policy?.name}: ${capture}`}): ${unverifiable("principalArn", "any principal may get this access policy")}`,
                    urn: r.urn,
                });
                continue;
            }
            const why = `${reason ?? `EKS access policy ${policy?.name}`}, scope ${declaredScope.namespaces === "*" ? "cluster" : declaredScope.namespaces.join(", ")}`;
            if (reason)
                view.powers.push({
                    actor: holder,
                    scope: powers.some(p => p !== undefined && reachesEveryNamespace(p)) ? everything : declaredScope,
                    via: `EKS access policy association ${r.name} (${why})`,
                    urn: r.urn,
                });
            // Writing Services anywhere captures the Pod Identity agent's traffic (SERVICE_CAPTURE_SCOPE): Edit and
            // Admin write services (EKS user guide, "Review access policy permissions"); cluster-wide admin holds it.
            if (capture && !(reason && clusterScope))
                view.powers.push({
                    actor: holder,
                    scope: SERVICE_CAPTURE_SCOPE,
                    via: `EKS access policy association ${r.name} (${why}; writes services: ${capture})`,
                    urn: r.urn,
                });
            // Round 88: an association is read in its scope as RoleBindings of its rules are (one per namespace; the
            // cluster scope a ClusterRoleBinding): the Namespace objects it writes are relabels of its holder (the
            // Namespace N is asked in namespace N: see Relabel), judged alone (relabelAlone) and with the pod creation
            // of every subject the holder becomes (pairRelabels: the ServiceAccounts its pods, impersonation and
            // tokens act as, accountsActedAs); its own pod creation pairs with the relabels of those subjects
            // (podCreators, keyed by holderKey as its Secret grants are). AmazonEKSEditPolicy creates pods and
            // impersonates every ServiceAccount of its namespaces (EKS user guide, "Review access policy
            // permissions": pods create, serviceaccounts impersonate); AmazonEKSClusterAdminPolicy writes `*`.
            const key = holderKey(holder);
            const confinedHere = confined(r.urn);
            const writes = ruled ? namespaceWritesOfRules(ruled, clusterScope) : undefined;
            const relabelled: "*" | string[] | undefined =
                writes === undefined
                    ? undefined
                    : clusterScope
                      ? writes
                      : (declaredScope.namespaces as string[]).flatMap(pattern =>
                            // A pattern (team-*) reaches the confined namespaces it matches; others change nothing.
                            pattern.includes("*")
                                ? [...confinedHere].filter(
                                      n => namespaceMatches(pattern, n) && (writes === "*" || writes.includes(n)),
                                  )
                                : writes === "*" || writes.includes(pattern)
                                  ? [pattern]
                                  : [],
                        );
            const relabelVia = `EKS access policy association ${r.name} (${why})`;
            if (relabelled !== undefined && (relabelled === "*" || relabelled.length > 0)) {
                recordRelabel(key, relabelled, relabelVia);
                const alone = relabelAlone(relabelled, confinedHere);
                if (alone)
                    view.powers.push({
                        actor: holder,
                        scope: alone.scope,
                        via: `${relabelVia} (${alone.via})`,
                        urn: r.urn,
                    });
            }
            if (!reason || !createsPods) continue;
            podCreators.push({ actor: holder, key, scope: declaredScope, reason: why, via: relabelVia, urn: r.urn });
            const widened = podSecurityWidened(declaredScope, why, confinedHere, relabelOf.get(key));
            if (widened)
                view.powers.push({
                    actor: holder,
                    scope: widened.scope,
                    via: `EKS access policy association ${r.name} (${widened.via})`,
                    urn: r.urn,
                });
        }
    }

    // Argo CD's own configuration declared in the stack (customResources.ts argoCdGrants): whoever it lets do more than
    // read-only in Argo CD acts cluster-wide as Argo CD's application controller (ARGOCD_USERS_WHY). Recognised by the
    // ConfigMaps' names (ARGOCD_CONFIG_MAPS), in any namespace, a ConfigMap and its patches together.
    const argoConfig = new Map<
        string,
        { namespace: string; label: string; data: Partial<Record<string, unknown>>; urn: string }
    >();
    const unknownPlace = "(a namespace unknown here: the kubeconfig context's or unknown during the preview)";
    for (const r of resources) {
        if (r.type !== K8S_TYPES.configMap && r.type !== K8S_TYPES.configMapPatch) continue;
        const m = meta(r);
        const namespace = m.namespace ?? unknownPlace;
        // A name unknown during the preview (metadata, or metadata.name, another resource's output; a List item
        // unknown as a whole) in a namespace Argo CD may be installed in (argoCdNamespaces, or one unknown here) may
        // be any of Argo CD's ConfigMaps at `up`: its data is judged as each of them, on its own (fail closed).
        const md: unknown = isUnknown(r.props) ? r.props : r.props.metadata;
        const nameUnknown =
            isUnknown(md) || (md !== null && typeof md === "object" && isUnknown((md as { name?: unknown }).name));
        if (nameUnknown) {
            if (m.namespace !== undefined && argoCd !== "*" && !argoCd.includes(m.namespace)) continue;
            const data: unknown = isUnknown(r.props) ? r.props : r.props.data;
            argoConfig.set(`${namespace} ${r.urn}`, {
                namespace,
                label: `${namespace} (ConfigMap ${r.name}, whose metadata.name is unknown during the preview, may be any of ${ARGOCD_CONFIG_MAPS.join(", ")}; give it a literal metadata.name)`,
                data: Object.fromEntries(ARGOCD_CONFIG_MAPS.map(n => [n, data])),
                urn: r.urn,
            });
            continue;
        }
        if (m.name === undefined || !ARGOCD_CONFIG_MAPS.includes(m.name)) continue;
        const entry = argoConfig.get(namespace) ?? { namespace, label: namespace, data: {}, urn: r.urn };
        const data = r.props.data;
        const before = entry.data[m.name];
        entry.data[m.name] =
            isUnknown(before) || isUnknown(data)
                ? isUnknown(before)
                    ? before
                    : data
                : { ...((before as object | undefined) ?? {}), ...((data as object | null | undefined) ?? {}) };
        if (m.name === "argocd-rbac-cm") entry.urn = r.urn;
        argoConfig.set(namespace, entry);
    }
    for (const { namespace, label, data, urn } of argoConfig.values()) {
        const { grants, unknown } = argoCdGrants({
            rbac: data["argocd-rbac-cm"],
            cm: data["argocd-cm"],
            params: data["argocd-cmd-params-cm"],
        });
        for (const g of grants)
            actAsArgoCdAdmin(
                k8s("User", `Argo CD: ${g.subject} (Argo CD's configuration in ${label})`),
                [namespace],
                `ConfigMap ${label}/${g.what}: ${ARGOCD_USERS_WHY}`,
                urn,
            );
        for (const field of unknown) {
            view.unknown.push(`Argo CD's ${field} in ${label}`);
            view.powers.push({
                actor: k8s("User", `whoever Argo CD's configuration in ${label} names (unknown during the preview)`),
                scope: everything,
                via: `ConfigMap ${label}/${unverifiable(field, `it may make anyone Argo CD admin (${ARGOCD_USERS_WHY})`)}`,
                urn,
            });
        }
    }

    // aws-auth: mapRoles / mapUsers.
    for (const r of resources) {
        if (r.type !== K8S_TYPES.configMap && r.type !== K8S_TYPES.configMapPatch) continue;
        const m = meta(r);
        // Without metadata.namespace an object goes to the Kubernetes provider's `namespace`, else the kubeconfig
        // context's namespace (pulumi-kubernetes #1896): unknown here, so it may be kube-system.
        const namespace = m.namespace;
        if (namespace !== undefined && namespace !== "kube-system") continue;
        // A name unknown during the preview (metadata, or metadata.name, another resource's output; a List item
        // unknown as a whole) may be aws-auth at `up`: the authenticator reads whatever ConfigMap is kube-system/
        // aws-auth (EKS user guide, "Grant IAM users access to Kubernetes with a ConfigMap"; aws-iam-authenticator's
        // configmap mapper watches kube-system/aws-auth), so its data is read as aws-auth's (fail closed). Known
        // data without mapRoles or mapUsers maps no one whatever the name.
        const body: unknown = r.props;
        const md: unknown = isUnknown(body) ? body : r.props.metadata;
        const nameUnknown =
            isUnknown(md) || (md !== null && typeof md === "object" && isUnknown((md as { name?: unknown }).name));
        if (m.name !== "aws-auth" && !nameUnknown) continue;
        const label = nameUnknown
            ? `ConfigMap ${r.name} (metadata.name unknown during the preview: it may be kube-system/aws-auth; give it a literal metadata.name)`
            : `aws-auth ${r.name}`;
        const source = nameUnknown ? label : "aws-auth";
        // `data` or one of its maps unknown may map any role to system:masters at `up` (EKS user guide, aws-auth).
        const unknownAwsAuth = (field: string): void => {
            view.unknown.push(`aws-auth ${field}${nameUnknown ? ` (${label})` : ""}`);
            view.powers.push({
                actor: k8s("User", `whoever ${label} maps (unknown during the preview)`),
                scope: everything,
                via: `${label}: ${unverifiable(field, "it may map any role or user to system:masters")}`,
                urn: r.urn,
            });
        };
        if (isUnknown(body) || isUnknown(r.props.data)) {
            unknownAwsAuth("data");
            continue;
        }
        for (const key of ["mapRoles", "mapUsers"]) {
            const raw = r.props.data?.[key];
            if (raw === undefined) continue;
            if (typeof raw !== "string" || isUnknown(raw)) {
                unknownAwsAuth(`data.${key}`);
                continue;
            }
            const why: string[] = [];
            const mappings = parseAwsAuthMappings(raw, why, key as AwsAuthKey);
            if (!mappings) {
                // Unreadable: the authenticator may still read it (go-yaml v2 decodes the first YAML document only,
                // `!!binary` scalars, merge keys; encoding/json keeps what it decodes: configmap.go ParseMap), and
                // what it maps need not be spelled as a literal ARN ("\x61rn:...", base64, an sso matcher): whoever
                // it maps is counted as system:masters, as for unknown data, and so is every ARN it mentions.
                view.powers.push({
                    actor: k8s("User", `whoever ${label} ${key} maps (text the pack cannot read)`),
                    scope: everything,
                    via: `${source} ${key} (${why[0] ?? "unreadable"}: whoever it maps counted as system:masters; write it as a plain YAML list of rolearn/userarn, username and groups)`,
                    urn: r.urn,
                });
                for (const arn of raw.match(/arn:aws[\w-]*:(iam|sts)::\d{12}:[\w+=,.@/-]+/g) ?? []) {
                    view.powers.push({
                        actor: principal(arn),
                        scope: everything,
                        via: `${source} ${key} (${why[0] ?? "unreadable"}: counted as system:masters)`,
                        urn: r.urn,
                    });
                }
                continue;
            }
            for (const e of mappings) {
                if (awsAuthArnMapsNoOne(e.arn, key as AwsAuthKey)) continue;
                const actor = principal(e.arn);
                for (const g of e.groups) {
                    if (g === "system:masters")
                        view.powers.push({
                            actor,
                            scope: everything,
                            via: `${source} ${key} (group system:masters)`,
                            urn: r.urn,
                        });
                    else if (g === "system:nodes")
                        view.nodeRoles.push({
                            principal: e.arn,
                            via: `${source} ${key} (group system:nodes)`,
                            urn: r.urn,
                        });
                    else if (!readTemplated(actor, g, "Group", `${source} ${key} (group ${g})`, r.urn))
                        view.memberships.push({
                            actor,
                            subject: k8s("Group", g),
                            via: `${source} ${key} (group ${g})`,
                            urn: r.urn,
                        });
                }
                const reserved = e.username !== undefined ? reservedUsername(e.username) : undefined;
                if (reserved)
                    view.powers.push({
                        actor,
                        scope: everything,
                        via: `${source} ${key} (username ${e.username}: ${reserved})`,
                        urn: r.urn,
                    });
                if (e.username && !e.username.startsWith("system:node:")) {
                    readTemplated(actor, e.username, "User", `${source} ${key} (username ${e.username})`, r.urn);
                    view.memberships.push({
                        actor,
                        subject: k8s("User", e.username),
                        via: `${source} ${key} (username ${e.username})`,
                        urn: r.urn,
                    });
                }
            }
        }
    }
    // Self-managed nodes: an Auto Scaling group whose launch template's instance profile holds a node identity (an
    // EC2_LINUX/EC2_WINDOWS access entry or aws-auth system:nodes, read above). The same instance metadata settings
    // as a managed node group's launch template let every pod there read the node role (EKS best practices,
    // "Restrict access to the instance profile assigned to the worker node"; EC2 user guide, "Instance metadata
    // options": httpTokens, httpPutResponseHopLimit). Judged as for managed node groups.
    const launch = launchHelpers(resources);
    // A lone EC2 instance joined as a node is judged by its own metadata options (they take precedence over its
    // launch template's: EC2 user guide, "Order of precedence for instance metadata options").
    /** The node identity an instance launched from `lt` holds through its instance profile, if any. */
    const nodeIdentityOf = (lt: StackResource) => {
        const ref = launch.launchProfile(lt);
        const role = ref && launch.roleOfProfile(ref, providerAccount(lt));
        if (!role) return undefined;
        const roleRes = resources.find(
            x =>
                x.type === "aws:iam/role:Role" &&
                ((role.urn !== undefined && x.urn === role.urn) ||
                    (role.name !== undefined &&
                        str(x.props, "name")?.toLowerCase() === role.name.toLowerCase() &&
                        (role.account === undefined ||
                            providerAccount(x) === undefined ||
                            providerAccount(x) === role.account))),
        );
        const roleArn = roleRes ? str(roleRes.props, "arn") : undefined;
        // Role names are unique per account ignoring case (IAM User Guide, "IAM identifiers"); the ARN may carry a path.
        const sameRole = (arn: string) => {
            if (roleArn !== undefined && arn === roleArn) return true;
            const a = parseArn(arn);
            const name = role.name ?? (roleRes ? str(roleRes.props, "name") : undefined);
            return (
                a !== undefined &&
                a.resource.startsWith("role/") &&
                name !== undefined &&
                a.resource.split("/").pop()?.toLowerCase() === name.toLowerCase() &&
                (role.account === undefined || a.account === role.account)
            );
        };
        return view.nodeRoles.find(
            nr =>
                (roleRes !== undefined && nr.roleUrn === roleRes.urn) ||
                (nr.principal !== "" && sameRole(nr.principal)),
        );
    };
    const launcher = (g: StackResource) => `${launcherKind(g)} ${g.name}`;
    const nodesReach = (g: StackResource, lone: boolean, what: string) =>
        view.powers.push({
            actor: k8s(
                "User",
                `every pod on ${lone ? `EC2 instance ${g.name}` : `the nodes of ${launcher(g)}`} (instance metadata)`,
            ),
            scope: { namespaces: "*" },
            via: `self-managed nodes: ${lone ? "" : `${launcher(g)} → `}${what} (${NODE_METADATA_FIX})`,
            urn: g.urn,
        });
    const judgeLaunch = (g: StackResource, lt: StackResource, version: unknown) => {
        const identity = nodeIdentityOf(lt);
        if (!identity) return undefined;
        const lone = g === lt;
        const older = lt.type === "aws:ec2/launchTemplate:LaunchTemplate" ? unseenVersion(version, lt) : undefined;
        const open = older ?? metadataOpenToPods(lt.props.metadataOptions);
        if (open)
            nodesReach(
                g,
                lone,
                `${launch.kindOf(lt)} ${lt.name} ${open} lets every pod read its instance profile's role, the node identity of ${identity.via}, which gets the tokens of the pods bound to its node`,
            );
        for (const why of nodeAccessOf(lt))
            view.powers.push({
                actor: k8s("User", `whoever reaches the node ${lone ? lt.name : `of ${launcher(g)}`} (${why.who})`),
                scope: { namespaces: "*" },
                via: `self-managed nodes: ${lone ? "" : `${launcher(g)} → `}${launch.kindOf(lt)} ${lt.name} ${why.what}`,
                urn: g.urn,
            });
        return identity;
    };
    // Lone instances: an EC2 instance or a Spot instance request (its own metadata options and profile).
    for (const i of [...launch.of(COMPUTE_TYPES.instance), ...launch.of(COMPUTE_TYPES.spotInstanceRequest)])
        judgeLaunch(i, i, undefined);
    // EC2 Fleets and Spot Fleet requests launch from their launch template configs' templates (EC2 API,
    // FleetLaunchTemplateSpecificationRequest; Spot Fleet LaunchTemplateConfig), and a Spot Fleet's legacy launch
    // specifications are instances of their own (compute.ts launchSpecifications: no metadata options, so the AMI's
    // and account's defaults apply).
    for (const fleet of [...launch.of(COMPUTE_TYPES.ec2Fleet), ...launch.of(COMPUTE_TYPES.spotFleetRequest)]) {
        for (const { lt, version } of launch.templatesOfFleet(fleet)) judgeLaunch(fleet, lt, version);
        for (const spec of launch.launchSpecifications(fleet)) judgeLaunch(fleet, spec, undefined);
    }
    for (const g of launch.groups) {
        const lt = launch.launchOfGroup(g);
        const identity = lt && judgeLaunch(g, lt, str(launch.baseSpecOfGroup(g), "version"));
        for (const o of launch.overridesOfGroup(g)) {
            if (o.lt) judgeLaunch(g, o.lt, str(o.spec, "version"));
            // Round 90 (fix): overrides unknown during the preview (compute.ts overridesOfGroup) may name any launch
            // template, whatever the base template's profile: a node profile, metadata options and user data unread.
            else if (o.unknown !== undefined)
                nodesReach(
                    g,
                    false,
                    `the launch templates of ${unverifiable(o.unknown, "which launch templates its instances start from (their instance profile, metadata options and user data) cannot be read")}`,
                );
            else if (identity)
                nodesReach(
                    g,
                    false,
                    `an override's launch template ${o.ref} is not a resource of this stack: the instance profile and metadata options its instances start with cannot be read`,
                );
        }
    }
    // A Prometheus of the stack (RENDERED_POD_KINDS) runs as its ServiceAccount code the stack does not choose: the
    // images prometheus-operator renders into its StatefulSet (Prometheus and the operator's config-reloader), and
    // the scrape settings of every ServiceMonitor, PodMonitor and Probe it selects, which may send any file of the
    // pod (its ServiceAccount token included) as a bearerTokenFile unless arbitraryFSAccessThroughSMs denies it
    // (prometheus-operator API reference, ArbitraryFSAccessThroughSMsConfig). So whoever writes those becomes that
    // ServiceAccount, its RBAC (a membership) and the IRSA or Pod Identity roles its pods get (a power over that one
    // ServiceAccount): harmless for a monitoring ServiceAccount, refused for one a custody role trusts.
    for (const r of resources) {
        if (!RENDERED_POD_KINDS.has(r.type)) continue;
        // A namespace unknown during the preview may be any: that ServiceAccount name in every namespace.
        const ns = namespaceUnknown(r) ? "*" : (meta(r).namespace ?? "default");
        const sa = podServiceAccount(POD_SPEC_OF[r.type](r.props));
        const shownNs = ns === "*" ? "<a namespace unknown during the preview>" : ns;
        const what = `${r.type.split(":").pop()} ${shownNs}/${meta(r).name ?? r.name}`;
        const actor = k8s(
            "User",
            `the code prometheus-operator runs for ${what} (its images, the monitors it selects)`,
        );
        const via = `${what} runs as ServiceAccount ${shownNs}/${sa} (spec.serviceAccountName)`;
        if (ns !== "*") view.memberships.push({ actor, subject: k8s("ServiceAccount", sa, ns), via, urn: r.urn });
        view.powers.push({ actor, scope: { namespaces: ns === "*" ? "*" : [ns], names: [sa] }, via, urn: r.urn });
    }
    // The ACME HTTP-01 solver pods of a cert-manager Issuer or ClusterIssuer of the stack (acmeSolverPods) run
    // cert-manager's acmesolver image, chosen outside the stack, as the podTemplate's serviceAccountName (else
    // `default`): they hold that ServiceAccount's token and the IRSA or Pod Identity roles its pods get. Harmless for a
    // ServiceAccount of their own, refused for one a custody role trusts (a second workload of it). A ClusterIssuer's
    // run in the namespace of any Certificate that uses it. Their node reach is clusterWidePowers'.
    for (const r of resources) {
        for (const pod of acmeSolverPods(r.type, r.props)) {
            if (pod.unknown) continue;
            // A namespace unknown during the preview may be any, as a ClusterIssuer's solver pods are.
            const anywhere = pod.clusterWide || namespaceUnknown(r);
            const ns = meta(r).namespace ?? "default";
            const what = `${r.type.split(":").pop()} ${pod.clusterWide ? "" : `${ns}/`}${meta(r).name ?? r.name}`;
            const sa = podServiceAccount(pod.spec);
            const actor = k8s("User", acmeSolverActor(what));
            const via = `${what}'s ACME HTTP-01 solver pods (${pod.where}) run as ServiceAccount ${pod.clusterWide ? "<each Certificate's namespace>" : anywhere ? "<a namespace unknown during the preview>" : ns}/${sa}`;
            if (!anywhere) view.memberships.push({ actor, subject: k8s("ServiceAccount", sa, ns), via, urn: r.urn });
            view.powers.push({
                actor,
                scope: { namespaces: anywhere ? "*" : [ns], names: [sa] },
                via,
                urn: r.urn,
            });
        }
    }
    // cert-manager requests a token for each ServiceAccount an Issuer, ClusterIssuer or Challenge of the stack names
    // in a serviceAccountRef (certManagerTokenRequests) and uses it where the object says (a role it names, a Vault
    // server it names, audiences of its choosing): the object acts as that ServiceAccount, its RBAC and the IRSA or
    // Pod Identity roles that trust it, whatever cert-manager's own RBAC (outside the stack). Harmless for a
    // ServiceAccount of its own, refused for one a custody role trusts (a second workload of it). A ClusterIssuer's is
    // resolved in cert-manager's cluster resource namespace, a controller flag outside the stack: any namespace here.
    for (const r of resources) {
        for (const t of certManagerTokenRequests(r.type, r.props)) {
            const nsUnknown = !t.clusterWide && namespaceUnknown(r);
            const ns = meta(r).namespace ?? "default";
            const anywhere = t.clusterWide || nsUnknown;
            const what = `${r.type.split(":").pop()} ${t.clusterWide ? "" : `${ns}/`}${meta(r).name ?? r.name}`;
            const actor = k8s("User", certManagerTokenActor(what));
            const namespaces = anywhere ? ("*" as const) : [ns];
            if (t.unknown !== undefined || t.name === undefined) {
                view.powers.push({
                    actor,
                    scope: { namespaces },
                    via: `${what}: ${unverifiable(t.unknown ?? t.where, `cert-manager may request tokens for any ServiceAccount ${anywhere ? "" : `of namespace ${ns} `}(serviceAccountRef) and use them`)}`,
                    urn: r.urn,
                });
                continue;
            }
            const saNs = t.clusterWide
                ? `<cert-manager's cluster resource namespace, a controller flag outside the stack (default ${CERT_MANAGER_NAMESPACE})>`
                : nsUnknown
                  ? "<a namespace unknown during the preview>"
                  : ns;
            const audiences = t.audiences ? ` with audiences ${t.audiences.join(", ")}` : "";
            const via = `${what}'s ${t.where} makes cert-manager request tokens for ServiceAccount ${saNs}/${t.name}${audiences}, which it ${t.use}`;
            if (!anywhere)
                view.memberships.push({ actor, subject: k8s("ServiceAccount", t.name, ns), via, urn: r.urn });
            view.powers.push({ actor, scope: { namespaces, names: [t.name] }, via, urn: r.urn });
        }
    }
    // An AWS principal mapped into several Kubernetes subjects (groups, a username) holds their RBAC at once: pod
    // creation through one and a Namespace write through another widen together, for that principal, and so do the
    // halves of a Secret minted and read (secretHolders, below). So does every subject with the groups Kubernetes puts
    // it in (subjectIdentities: a ServiceAccount and system:serviceaccounts), and every identity it becomes, followed
    // hop by hop (heldRights): a ServiceAccount it mints a token for (TokenRequest, a token Secret read) or
    // impersonates, or runs a pod as (its SaPower), and what that one becomes in turn; each request of the principal is
    // its own, made as whichever of them it chooses (Kubernetes "User Impersonation": "Request user info is replaced
    // with impersonation values"; "Managing Service Accounts", TokenRequest). `members`: the subjects it becomes;
    // `via`: how it holds each subject key ("" as itself); `impersonated`: the users, groups and ServiceAccounts it
    // impersonates (a hop of `impersonations`), `direct`: the keys it holds otherwise (itself, a membership, a token).
    type Held = {
        actor: PrincipalNode;
        keys: Set<string>;
        members: Set<string>;
        via: Map<string, string>;
        impersonated: Set<string>;
        direct: Set<string>;
    };
    const keyOf = (n: PrincipalNode): string | undefined =>
        n.kind === "k8s" ? subjectKey({ kind: n.subjectKind, name: n.name, namespace: n.namespace }, "") : undefined;
    /** The node of an RBAC subject key (subjectKey), or undefined for another kind. */
    const subjectNode = (key: string): PrincipalNode | undefined => {
        const [kind, ...rest] = key.split(":");
        if (kind === "ServiceAccount") return k8s(kind, rest.slice(1).join(":"), rest[0]);
        return kind === "User" || kind === "Group" ? k8s(kind, rest.join(":")) : undefined;
    };
    // Subjects whose own groups' bindings count with theirs (a pod creator, impersonator or Namespace writer).
    const bound = new Map<string, PrincipalNode>([
        ...podCreators.map(p => [p.key, p.actor] as const),
        ...[...impersonators]
            .filter(([, e]) => e.users.length + e.fields.length + e.groups.length > 0)
            .map(([k, e]) => [k, e.actor] as const),
    ]);
    for (const key of relabelOf.keys()) {
        const node = subjectNode(key);
        if (!bound.has(key) && node) bound.set(key, node);
    }
    // Subjects of Secret grants, walked too (heldRights): one whose other half of a pair comes only through a group it
    // is in (system:authenticated: a token minted for it there) holds that pair. A controller's bootstrap grant is
    // held only by whoever else becomes it (secretPairs).
    const secretGrantSubjects = [
        ...secretCreators,
        ...secretReaders,
        ...secretPatchers,
        ...secretDeleters,
        ...workloadCreators,
        ...workloadPatchers,
        ...volumeCreators,
        ...volumePatchers,
        ...volumeRebinders,
        ...inputCreators,
        ...inputPatchers,
        ...inputDeleters,
    ]
        .filter(g => g.controller === undefined)
        .flatMap(g => g.subjects);
    const accounts = knownServiceAccounts();
    /**
     * The ServiceAccounts a power within named namespaces acts as (scopeIncludes): those the pack knows, and in each
     * namespace it names the ones it names, else `default`, which every namespace has (Kubernetes "Service Accounts":
     * "Kubernetes automatically creates a ServiceAccount object named default for every namespace"), its groups'
     * bindings with it. A power in every namespace limited by names (a ClusterRoleBinding to rules with
     * `resourceNames`: those names in every namespace, "Using RBAC Authorization", "Referring to resources") acts as
     * each known ServiceAccount of those names. One without names is every ServiceAccount, read as such wherever
     * powers are judged (scopeIncludes), and captured Pod Identity traffic (no RBAC identity) becomes none.
     */
    const accountsActedAs = (scope: SaScope): { namespace: string; name: string }[] => {
        if (scope.podIdentityOnly || (scope.namespaces === "*" && scope.names === undefined)) return [];
        if (scope.namespaces === "*") return accounts.filter(sa => scopeIncludes(scope, sa.namespace, sa.name));
        const named = scope.namespaces
            .filter(ns => !ns.includes("*") && !scope.except?.includes(ns))
            .flatMap(namespace => (scope.names ?? ["default"]).map(name => ({ namespace, name })));
        return [...accounts.filter(sa => scopeIncludes(scope, sa.namespace, sa.name)), ...named];
    };
    /**
     * Per actor (nodeKey), the RBAC subjects (subjectKey) it becomes in one hop, with how: its memberships, and the
     * ServiceAccounts its powers act as (accountsActedAs).
     */
    type Hop = { key: string; via: string; impersonated: boolean };
    const hopsOf = (): Map<string, Hop[]> => {
        const out = new Map<string, Hop[]>();
        const hop = (actor: PrincipalNode, key: string, via: string, impersonated: boolean) => {
            const list = out.get(nodeKey(actor)) ?? [];
            list.push({ key, via, impersonated });
            out.set(nodeKey(actor), list);
        };
        for (const m of view.memberships) {
            const k = keyOf(m.subject);
            if (k !== undefined && k !== keyOf(m.actor)) hop(m.actor, k, m.via, impersonations.has(m));
        }
        for (const p of view.powers)
            for (const sa of accountsActedAs(p.scope)) {
                const k = `ServiceAccount:${sa.namespace}:${sa.name}`;
                if (k !== keyOf(p.actor))
                    hop(
                        p.actor,
                        k,
                        `${p.via} → acts as ServiceAccount ${sa.namespace}/${sa.name}`,
                        impersonations.has(p),
                    );
            }
        return out;
    };
    /**
     * What each actor holds (Held): its own subject with its groups, and every subject it becomes, transitively to a
     * fixed point (each subject expanded once per actor: linear in the hops it reaches). For the actors that become
     * someone, and the subjects of `bound`.
     */
    const heldRights = (): Map<string, Held> => {
        const hops = hopsOf();
        const hopsOfKey = (key: string) => {
            const node = subjectNode(key);
            return (node && hops.get(nodeKey(node))) ?? [];
        };
        const held = new Map<string, Held>();
        const actors = new Map<string, PrincipalNode>([
            ...view.memberships.map(m => [nodeKey(m.actor), m.actor] as const),
            ...view.powers.map(p => [nodeKey(p.actor), p.actor] as const),
        ]);
        for (const actor of [...bound.values(), ...secretGrantSubjects.map(s => s.actor)])
            actors.set(nodeKey(actor), actor);
        for (const [k, actor] of actors) {
            const own = keyOf(actor);
            const h: Held = {
                actor,
                keys: new Set(),
                members: new Set(),
                via: new Map(),
                impersonated: new Set(),
                direct: new Set(),
            };
            const queue: Hop[] = [...(hops.get(k) ?? [])];
            const holdAs = (key: string, via: string, impersonated = false) => {
                for (const x of subjectIdentities(key)) {
                    if (!impersonated) h.direct.add(x);
                    if (h.keys.has(x)) continue;
                    h.keys.add(x);
                    h.via.set(x, via);
                    if (x !== own)
                        queue.push(...hopsOfKey(x).map(n => ({ ...n, via: `${via ? `${via} → ` : ""}${n.via}` })));
                }
            };
            // An AWS principal's own requests carry its access policies' grants (holderKey), never an impersonated one's.
            if (actor.kind !== "k8s") {
                h.keys.add(holderKey(actor));
                h.direct.add(holderKey(actor));
            }
            if (own !== undefined) {
                const groups = subjectIdentities(own)
                    .slice(1)
                    .filter(g => bound.has(g) || relabelOf.has(g));
                holdAs(own, "");
                for (const g of groups)
                    h.via.set(
                        g,
                        `in ${g.replace(":", " ")}, whose bindings are its own ("Using RBAC Authorization", "Referring to subjects")`,
                    );
            }
            for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
                if (next.impersonated) h.impersonated.add(next.key);
                else if (h.direct.has(next.key)) continue;
                if (!h.keys.has(next.key)) h.members.add(next.key);
                holdAs(next.key, next.via, next.impersonated);
            }
            if (h.members.size > 0 || (own !== undefined && bound.has(own))) held.set(k, h);
        }
        return held;
    };
    /** Each impersonator (impersonators) with its entry, and each principal with the entries of all it holds. */
    const impersonatorsHeld = (held: Map<string, Held>) => [
        ...[...impersonators.values()].map(e => ({ actor: e.actor, entries: [e] })),
        ...[...held.values()].map(h => ({
            actor: h.actor,
            entries: [...h.keys].flatMap(k => impersonators.get(k) ?? []),
        })),
    ];
    // Named users with uids or userextras to impersonate (impersonationOfRules), held by one subject or, through
    // several memberships, by one principal: the identity fields EKS's authorizer may read, so cluster power.
    const forged = new Set<string>();
    const forgeIdentities = (held: Map<string, Held>) => {
        for (const f of impersonatorsHeld(held)) {
            const users = f.entries.flatMap(e => e.users);
            const fields = f.entries.flatMap(e => e.fields);
            if (users.length === 0 || fields.length === 0 || forged.has(nodeKey(f.actor))) continue;
            forged.add(nodeKey(f.actor));
            view.powers.push({
                actor: f.actor,
                scope: everything,
                via: `${[...new Set([...users, ...fields])].join(", ")}: impersonate named users with the uid and extras of an IAM principal, which EKS's access-policy authorizer may read`,
                urn: f.entries[0].urn,
            });
        }
    };
    // Groups to impersonate (impersonationOfRules) held with some user or ServiceAccount to impersonate, by one
    // subject or, through several memberships, one principal: the API server takes Impersonate-Group only beside
    // Impersonate-User (k8s.io/apiserver endpoints/filters/impersonation.go buildImpersonationRequests: "requested
    // ... without impersonating a user"; "User Impersonation"), and then as many groups as it is allowed. Named,
    // ordinary groups are memberships; unnamed or reserved ones (system:masters) cluster power. Each grant once per
    // holder (`joinedGroups`), whichever round its other half arrives in.
    const joinedGroups = new Set<string>();
    const impersonateGroups = (held: Map<string, Held>) => {
        for (const f of impersonatorsHeld(held)) {
            const someone = [...new Set(f.entries.flatMap(e => e.someone))];
            if (someone.length === 0) continue;
            const beside = `beside the users or ServiceAccounts ${someone.join(" and ")} lets it impersonate (Impersonate-Group needs Impersonate-User: "User Impersonation")`;
            for (const g of f.entries.flatMap(e => e.groups)) {
                const id = `${nodeKey(f.actor)} ${g.via} ${g.every} ${g.names.join(",")}`;
                if (joinedGroups.has(id)) continue;
                joinedGroups.add(id);
                if (g.every) {
                    const power = {
                        actor: f.actor,
                        scope: everything,
                        via: `${g.via} (impersonate groups), unnamed or reserved such as system:masters, ${beside}`,
                        urn: g.urn,
                    };
                    view.powers.push(power);
                    impersonations.add(power);
                }
                for (const n of g.names) {
                    const membership = {
                        actor: f.actor,
                        subject: k8s("Group", n),
                        via: `${g.via} (impersonate groups ${n}: acts as Group ${n}), ${beside}`,
                        urn: g.urn,
                    };
                    view.memberships.push(membership);
                    impersonations.add(membership);
                }
            }
        }
    };
    /** How a holder holds these subject keys, when not as itself (Held.via). */
    const heldVia = (h: Held, keys: string[]) => [...new Set(keys.map(k => h.via.get(k) ?? ""))].filter(v => v !== "");
    /** Pairs already applied (holder and pair), each once however many rounds reach it. */
    const applied = new Set<string>();
    // Pod creation through one subject held and a Namespace relabel through another (podSecurityWidened).
    const pairRelabels = (held: Map<string, Held>) => {
        for (const h of held.values()) {
            if (h.keys.size < 2) continue;
            const combined: Relabel = { namespaces: new Set<string>(), via: [] };
            const relabelKeys: string[] = [];
            for (const k of h.keys) {
                const r = relabelOf.get(k);
                if (!r) continue;
                relabelKeys.push(k);
                combined.namespaces =
                    r.namespaces === "*" || combined.namespaces === "*"
                        ? "*"
                        : new Set([...combined.namespaces, ...r.namespaces]);
                combined.via.push(...r.via);
            }
            if (combined.via.length === 0) continue;
            for (const [pi, p] of podCreators.entries()) {
                const id = `${nodeKey(h.actor)} relabel ${pi}`;
                if (applied.has(id) || !h.keys.has(p.key)) continue;
                if (podSecurityWidened(p.scope, p.reason, confined(p.urn), relabelOf.get(p.key))) continue;
                const widened = podSecurityWidened(p.scope, p.reason, confined(p.urn), combined);
                if (!widened) continue;
                applied.add(id);
                view.powers.push({
                    actor: h.actor,
                    scope: widened.scope,
                    via: [heldVia(h, [p.key, ...relabelKeys]).join(", "), `${p.via} (${widened.via})`]
                        .filter(v => v !== "")
                        .join(" → "),
                    urn: p.urn,
                });
            }
        }
    };
    /**
     * What one holder of RBAC subjects' bindings (`keys`, subjectIdentities; `via`, how it holds them) does with Secrets
     * only by holding two grants together, each pair with an id (creator, reader, way of creating) and what it gives:
     * - it may create Secrets and read them in a namespace (on a name it may create and read): it makes a token Secret
     *   for any ServiceAccount there and reads its token (MINTED_TOKEN_WHY), as a reader of a declared token Secret
     *   does, so it becomes each ServiceAccount of the namespace the pack knows (knownServiceAccounts), and in
     *   kube-system each of kube-controller-manager's, valued as their bootstrap bindings are (controllerAccountsPower:
     *   one power, not one path per controller). A legacy token is a Kubernetes API identity only (IRSA and Pod
     *   Identity take no legacy token: saPowerOfRule, end), so in a namespace of runtime ServiceAccounts alone it gives
     *   only their RBAC;
     * - it may delete argocd-secret (by name, or every Secret of argocd) and create Secrets there: it creates its own
     *   argocd-secret, a server.secretkey and admin.password it chose (ARGOCD_SECRET_WHY), as writing it does
     *   (argoCdConfigPower: a create alone fails on the existing Secret).
     */
    // The namespaces (or Secret names) two grants share: "*" every one.
    const shared = (a: "*" | string[], b: "*" | string[]): "*" | string[] =>
        a === "*" ? b : b === "*" ? a : a.filter(n => b.includes(n));
    const sharedNamespaces = (a: "*" | string[], b: "*" | string[]): "*" | string[] =>
        a === "*" ? b : b === "*" ? a : [...new Set(a.flatMap(p => b.flatMap(q => namespaceOverlap(p, q))))];
    const none = (x: "*" | string[]) => x !== "*" && x.length === 0;
    const secretPairs = (h: Held) => {
        const pairs: { id: string; apply: () => void }[] = [];
        // A controller's bootstrap grant is no path of the controller itself (kube-controller-manager's own code).
        const by = (g: { subjects: SecretSubject[]; controller?: string }) =>
            g.subjects.filter(
                s =>
                    s.key !== undefined &&
                    h.keys.has(s.key) &&
                    (g.controller === undefined || s.key !== keyOf(h.actor)),
            );
        // A named create is one server-side apply, authorised as patch and then as create for that request's user
        // (k8s.io/apiserver endpoints/handlers/patch.go: createAuthorizerAttributes carries its userInfo; "Using RBAC
        // Authorization": "You cannot restrict create or deletecollection requests by their resource name"): both by
        // one request identity of the holder, never a create as one and a patch as another it becomes. One request is
        // (k8s.io/apiserver endpoints/filters/impersonation.go, WithImpersonation): each ServiceAccount it is or
        // becomes with its groups (subjectIdentities); its own users and groups (itself, an access entry's userName
        // and kubernetesGroups) without any it impersonates; or one user or ServiceAccount it impersonates with every
        // group it may impersonate ("Impersonate-Group" "can be provided multiple times", beside Impersonate-User:
        // Kubernetes "User Impersonation"), the new user built from those headers alone (the requester's identity
        // dropped, system:authenticated added; a ServiceAccount's own groups only when no group is given).
        const serviceAccountIdentities = [...h.keys]
            .filter(k => k.startsWith("ServiceAccount:"))
            .map(k => new Set(subjectIdentities(k)));
        const impersonatedGroups = [...h.impersonated].filter(k => k.startsWith("Group:"));
        /** The user keys of one impersonated user or ServiceAccount (without the groups of the request). */
        const impersonatedUser = (k: string): string[] => {
            const sa = /^ServiceAccount:([^:]*):(.+)$/.exec(k);
            if (sa) return [k, `User:system:serviceaccount:${sa[1]}:${sa[2]}`];
            return k.startsWith("User:") ? [k] : [];
        };
        const impersonatedIdentities = [...h.impersonated]
            .map(impersonatedUser)
            .filter(user => user.length > 0 && impersonatedGroups.length > 0)
            .map(user => new Set([...user, "Group:system:authenticated", ...impersonatedGroups]));
        const requestIdentities = [
            ...serviceAccountIdentities,
            ...impersonatedIdentities,
            new Set(
                [...h.direct].filter(
                    k => k === "Group:system:authenticated" || !serviceAccountIdentities.some(ids => ids.has(k)),
                ),
            ),
        ];
        const oneRequest = (...grants: { subjects: SecretSubject[] }[]) =>
            requestIdentities.some(ids =>
                grants.every(g => g.subjects.some(s => s.key !== undefined && ids.has(s.key))),
            );
        /** How it holds the subjects of these grants, when not as itself. */
        const through = (...grants: { subjects: SecretSubject[] }[]) => {
            const used = grants.flatMap(by).filter(s => nodeKey(s.actor) !== nodeKey(h.actor));
            const labels = [...new Set(used.map(s => s.label))];
            const how = heldVia(
                h,
                used.flatMap(s => s.key ?? []),
            );
            return labels.length === 0
                ? ""
                : ` (through ${labels.join(" and ")}, whose bindings are its own${how.length > 0 ? `: ${how.join(", ")}` : ""}; "Using RBAC Authorization", "Referring to subjects")`;
        };
        for (const [ci, c] of secretCreators.entries()) {
            if (by(c).length === 0) continue;
            for (const [xi, x] of secretReaders.entries()) {
                if (x.createOnly || by(x).length === 0) continue;
                // Named creates happen only by a server-side apply (secretCreatesOfRules): where and which of those
                // names the same request identity may also patch (oneRequest).
                const creatable =
                    c.names === "*"
                        ? [{ namespaces: c.namespaces, names: c.names, via: c.via, also: [] as typeof secretPatchers }]
                        : secretPatchers
                              .filter(p => oneRequest(c, p))
                              .map(p => ({
                                  namespaces: sharedNamespaces(c.namespaces, p.namespaces),
                                  names: shared(c.names, p.names),
                                  via:
                                      p.via === c.via
                                          ? `${c.via}, by a server-side apply`
                                          : `${c.via}, by a server-side apply that ${p.via} lets it patch`,
                                  also: [p],
                              }))
                              .filter(w => !none(w.namespaces) && !none(w.names));
                for (const w of creatable) {
                    const namespaces = sharedNamespaces(w.namespaces, x.namespaces);
                    const names = shared(w.names, x.names);
                    const name = names === "*" ? "<any name>" : names[0];
                    if (none(namespaces) || name === undefined) continue;
                    const member = through(c, x, ...w.also);
                    const why = (ns: string) =>
                        `may create Secret ${ns}/${name} (${w.via}) and read it (${x.via})${member}: ${MINTED_TOKEN_WHY}`;
                    pairs.push({
                        id: `mint ${ci} ${xi} ${w.via}`,
                        apply: () => {
                            for (const sa of accounts) {
                                if (!inNamespaces(namespaces, sa.namespace)) continue;
                                if (h.keys.has(`ServiceAccount:${sa.namespace}:${sa.name}`)) continue;
                                view.memberships.push({
                                    actor: h.actor,
                                    subject: k8s("ServiceAccount", sa.name, sa.namespace),
                                    via: `${why(sa.namespace)}, here of ServiceAccount ${sa.namespace}/${sa.name}`,
                                    urn: c.urn || x.urn,
                                });
                            }
                            const controllers = inNamespaces(namespaces, "kube-system")
                                ? controllerAccountsPower()
                                : undefined;
                            if (controllers)
                                view.powers.push({
                                    actor: h.actor,
                                    scope: controllers.scope,
                                    via: `${why("kube-system")}, here of kube-controller-manager's ServiceAccounts of kube-system: ${controllers.via}`,
                                    urn: c.urn || x.urn,
                                });
                        },
                    });
                }
            }
            // A named create of argocd-secret is a server-side apply, a patch: written already (argoCdConfigPower).
            if (c.names !== "*") continue;
            for (const [di, d] of secretDeleters.entries()) {
                if (by(d).length === 0) continue;
                const namespaces = sharedNamespaces(c.namespaces, d.namespaces);
                const deleted =
                    d.names === "*"
                        ? everyArgoCdSecret(namespaces)
                        : d.names.some(n => ARGOCD_SECRETS.includes(n)) && !none(namespaces)
                          ? {
                                what: `Secret ${d.names.filter(n => ARGOCD_SECRETS.includes(n)).join(", ")}, recognised by name in any namespace`,
                                where: namespaces,
                            }
                          : undefined;
                if (!deleted) continue;
                pairs.push({
                    id: `argocd ${ci} ${di}`,
                    apply: () =>
                        actAsArgoCdAdmin(
                            h.actor,
                            deleted.where,
                            `may delete ${deleted.what} (${d.via}) and create Secrets there (${c.via})${through(c, d)} (act cluster-wide as Argo CD: creates its own argocd-secret: ${ARGOCD_SECRET_WHY}, and ${ARGOCD_USERS_WHY})`,
                            c.urn,
                        ),
                });
            }
        }
        // A named create of a pod or ControllerRevision is a server-side apply too (saPowerOfRule reads none alone):
        // with a patch of that name by the same request identity, an object of the holder's spec there (a pod as any
        // ServiceAccount of the namespace, as an unnamed create: saPowerOfRule, podSecurityWidened).
        for (const [ci, c] of workloadCreators.entries()) {
            if (by(c).length === 0) continue;
            for (const [pi, p] of workloadPatchers.entries()) {
                if (p.resource !== c.resource || !oneRequest(c, p)) continue;
                const namespaces = sharedNamespaces(c.namespaces, p.namespaces);
                const names = shared(c.names, p.names);
                if (none(namespaces) || none(names)) continue;
                pairs.push({
                    id: `workload ${ci} ${pi}`,
                    apply: () => {
                        const scope: SaScope = { namespaces };
                        const how = p.via === c.via ? "" : ` that ${p.via} lets it patch`;
                        const via = `may create ${c.resource} ${names === "*" ? "<any name>" : names.join(", ")} (${c.via}, by a server-side apply${how})${through(c, p)}`;
                        view.powers.push({ actor: h.actor, scope, via, urn: c.urn });
                        const key = keyOf(h.actor);
                        if (key !== undefined)
                            podCreators.push({ actor: h.actor, key, scope, reason: via, via, urn: c.urn });
                        const widened = podSecurityWidened(
                            scope,
                            via,
                            confined(c.urn),
                            key === undefined ? undefined : relabelOf.get(key),
                        );
                        if (widened)
                            view.powers.push({ actor: h.actor, scope: widened.scope, via: widened.via, urn: c.urn });
                    },
                });
            }
        }
        // A named create of a PersistentVolume with a patch of that name by the same request identity: the volume of
        // the holder's spec (saPowerOfRule reads the pair within one rule; here across rules and bindings).
        for (const [ci, c] of volumeCreators.entries()) {
            if (by(c).length === 0) continue;
            for (const [pi, p] of volumePatchers.entries()) {
                if (!oneRequest(c, p)) continue;
                const namespaces = sharedNamespaces(c.namespaces, p.namespaces);
                const names = shared(c.names, p.names);
                if (none(namespaces) || none(names)) continue;
                const how = p.via === c.via ? "" : ` that ${p.via} lets it patch`;
                pairs.push({
                    id: `volume ${ci} ${pi}`,
                    apply: () =>
                        view.powers.push({
                            actor: h.actor,
                            scope: { namespaces },
                            via: `may create persistentvolumes ${names === "*" ? "<any name>" : names.join(", ")} (${c.via}, by a server-side apply${how})${through(c, p)} (${PERSISTENT_VOLUME_WHY})`,
                            urn: c.urn,
                        }),
                });
            }
        }
        // Round 88: a write that rebinds a volume and pod creation, both held (two requests, each by any identity it
        // holds): the holder mounts the volumes of the stack's pods that write reaches (volumeRebindTargets).
        for (const [vi, v] of volumeRebinders.entries()) {
            if (by(v).length === 0) continue;
            const creator = podCreators.find(p => h.keys.has(p.key));
            if (!creator) continue;
            const written =
                v.what === "persistentvolumes"
                    ? `update or patch persistentvolumes ${v.names === "*" ? "<any name>" : v.names.join(", ")}`
                    : "write volumesnapshotcontents";
            for (const w of volumeRebindTargets(
                resources,
                v.what === "persistentvolumes" ? v.names : "*",
                nodeLabelWriters.length === 0,
            )) {
                if (h.keys.has(`ServiceAccount:${w.ns}:${w.sa}`)) continue;
                pairs.push({
                    id: `rebind ${vi} ${w.ns} ${w.sa}`,
                    apply: () =>
                        view.powers.push({
                            actor: h.actor,
                            scope: { namespaces: w.ns === "*" ? "*" : [w.ns], names: [w.sa] },
                            via: `may ${written} (${v.via}) and create pods (${creator.via})${through(v)} (${VOLUME_REBIND_WHY}): ${w.via}`,
                            urn: v.urn,
                        }),
                });
            }
        }
        // Round 82: a delete of a declared ConfigMap or Secret a stack pod reads and an unnamed create of its kind
        // there, both held (two requests, each by any identity it holds): the pod's input anew (podInputsRecreated).
        // Round 83: a create by name counts where and for the names one request identity may also patch: a
        // server-side apply of an absent object creates it (inputApplies).
        for (const [ci, c] of inputCreators.entries()) {
            if (by(c).length === 0) continue;
            for (const [ai, a] of inputApplies(c, inputPatchers, oneRequest, shared, sharedNamespaces).entries()) {
                for (const [di, d] of inputDeleters.entries()) {
                    if (d.kind !== c.kind || by(d).length === 0) continue;
                    const namespaces = sharedNamespaces(a.namespaces, d.namespaces);
                    const deleted = shared(a.names, d.names);
                    if (none(namespaces) || none(deleted)) continue;
                    const created =
                        a.names === "*"
                            ? `create ${c.kind}s there (${c.via})`
                            : `create it by a server-side apply (${c.via}${a.how})`;
                    for (const w of podInputsRecreated(resources, c.kind, namespaces, deleted)) {
                        if (h.keys.has(`ServiceAccount:${w.ns}:${w.sa}`)) continue;
                        pairs.push({
                            id: `input ${ci} ${ai} ${di} ${w.ns} ${w.sa}`,
                            apply: () =>
                                view.powers.push({
                                    actor: h.actor,
                                    scope: { namespaces: w.ns === "*" ? namespaces : [w.ns], names: [w.sa] },
                                    via: `may delete ${c.kind} ${w.name} (${d.via}) and ${created}${through(c, d, ...a.also)}: ${w.via}`,
                                    urn: d.urn || c.urn,
                                }),
                        });
                    }
                }
            }
        }
        return pairs;
    };
    // Creating Secrets and reading them back, or deleting argocd-secret and creating it anew, count only together,
    // for whoever holds both halves: one RBAC subject with the groups Kubernetes puts it in (subjectIdentities: a
    // ServiceAccount and system:serviceaccounts:<namespace>), or one principal with all that it becomes (heldRights:
    // an access entry's userName and kubernetesGroups, an impersonator's user and groups, "Impersonate-Group" "can be
    // provided multiple times": Kubernetes "User Impersonation"; a ServiceAccount it mints a token for or runs a pod
    // as, and on), whose requests one by one are its own.
    const pairSecrets = (held: Map<string, Held>) => {
        const secretHolders = new Map<string, Held>();
        for (const s of secretGrantSubjects)
            if (s.key !== undefined && !secretHolders.has(nodeKey(s.actor)))
                secretHolders.set(nodeKey(s.actor), {
                    actor: s.actor,
                    keys: new Set(subjectIdentities(s.key)),
                    members: new Set(),
                    via: new Map(),
                    impersonated: new Set(),
                    direct: new Set(subjectIdentities(s.key)),
                });
        for (const [k, h] of held) {
            const own = secretHolders.get(k)?.keys ?? [];
            secretHolders.set(k, { ...h, keys: new Set([...own, ...h.keys]), direct: new Set([...own, ...h.direct]) });
        }
        const pairsOf = new Map([...secretHolders].map(([k, h]) => [k, secretPairs(h)] as const));
        for (const [k, h] of secretHolders)
            for (const pair of pairsOf.get(k)!) {
                const id = `${k} ${pair.id}`;
                // A member holding both halves itself makes its own pair, which this principal reaches as that member.
                const byMember = [...h.members].some(m => {
                    const node = subjectNode(m);
                    return node && nodeKey(node) !== k && pairsOf.get(nodeKey(node))?.some(p => p.id === pair.id);
                });
                if (applied.has(id) || byMember) continue;
                applied.add(id);
                pair.apply();
            }
    };
    /**
     * DECIDED (round 75): a Secret create in a namespace is a token-minting path for whoever else is sent the Secrets
     * written there. Anyone who may create Secrets may create one of type kubernetes.io/service-account-token for any
     * ServiceAccount of the namespace, which the token controller fills with a non-expiring token of it by an UPDATE
     * (Kubernetes "Configure Service Accounts for Pods", "Manually create a long-lived API token for a ServiceAccount");
     * an admission webhook whose rules match that UPDATE is sent the whole object (ADMISSION_SEES_WHY), token
     * included, so whoever serves it, outside the model, becomes that ServiceAccount, whoever the creator is (two
     * holders, not one: not a pair of secretPairs). A legacy token is no IRSA/Pod Identity credential, but the lead
     * decided (round 75) that a runtime ServiceAccount's token reaching a server outside the model is refused
     * whatever RBAC the ServiceAccount holds (a power over the namespace's ServiceAccounts, not only a membership).
     * Same for an admission policy that echoes Secret data (onWrites). A webhook of CREATE alone sees no token
     * (createOnly); one whose namespaces are unknown (webhookNamespaces: undefined) counts in every namespace, but
     * for those every webhook of it excludes by name (webhookExcludedNamespaces, round 76). DECIDED (round 76): a
     * webhook of DELETE alone counts as UPDATE does: it may deny the DELETE and keep the Secret (and the token it saw)
     * valid, and a creator may have the garbage collector delete its Secret (a dangling ownerReference). A named create is a server-side apply (secretCreatesOfRules): counted
     * with a patch of those names by a subject of the same binding's holders, else not a create of any Secret name.
     */
    for (const x of secretReaders) {
        if (!x.onWrites || x.createOnly || x.controller !== undefined) continue;
        for (const c of secretCreators) {
            if (c.controller !== undefined) continue;
            const patchedWith = (p: (typeof secretPatchers)[number]) =>
                p.controller === undefined &&
                p.subjects.some(s => s.key !== undefined && c.subjects.some(cs => cs.key === s.key));
            const where =
                c.names === "*"
                    ? c.namespaces
                    : secretPatchers
                          .filter(patchedWith)
                          .map(p => sharedNamespaces(c.namespaces, p.namespaces))
                          .reduce<"*" | string[]>(
                              (a, b) => (a === "*" || b === "*" ? "*" : [...new Set([...a, ...b])]),
                              [],
                          );
            const shared = sharedNamespaces(where, x.namespaces);
            // Only a namespace named exactly is left out (a pattern may cover others).
            const namespaces = shared === "*" ? shared : shared.filter(n => !(x.exceptNamespaces ?? []).includes(n));
            if (none(namespaces)) continue;
            const creators = [...new Set(c.subjects.map(s => s.label))].join(", ");
            const why = (what: string) =>
                `${creators} may create Secrets in ${what} (${c.via}): a Secret of type kubernetes.io/service-account-token it creates for a ServiceAccount there is filled with its token by the token controller's UPDATE, and ${x.via}: create holder → token Secret → webhook server (${MINTED_TOKEN_WHY})`;
            for (const s of x.subjects) {
                // The runtime ServiceAccounts there (IRSA / Pod Identity subjects: build.ts matches the scope to
                // them): their token outside the model is refused as such, whatever RBAC it carries (in-cluster
                // TokenReview consumers accept it as that ServiceAccount).
                view.powers.push({
                    actor: s.actor,
                    scope: { namespaces },
                    via: `${why(namespaces === "*" ? "every namespace" : namespaces.join(", "))}; a runtime ServiceAccount's token held outside the model`,
                    urn: x.urn || c.urn,
                });
                for (const sa of accounts) {
                    if (!inNamespaces(namespaces, sa.namespace)) continue;
                    view.memberships.push({
                        actor: s.actor,
                        subject: k8s("ServiceAccount", sa.name, sa.namespace),
                        via: `${why(sa.namespace)}, here of ServiceAccount ${sa.namespace}/${sa.name}`,
                        urn: x.urn || c.urn,
                    });
                }
                const controllers = inNamespaces(namespaces, "kube-system") ? controllerAccountsPower() : undefined;
                if (controllers)
                    view.powers.push({
                        actor: s.actor,
                        scope: controllers.scope,
                        via: `${why("kube-system")}, here of kube-controller-manager's ServiceAccounts of kube-system: ${controllers.via}`,
                        urn: x.urn || c.urn,
                    });
            }
        }
    }
    // A pair may make its holder someone more (the ServiceAccounts of a minted token): pair again until a round adds
    // nothing, each pair applied once (`applied`, `forged`), so the rounds are bounded by the pairs there are.
    for (let size = -1; size !== view.memberships.length + view.powers.length;) {
        size = view.memberships.length + view.powers.length;
        const held = heldRights();
        forgeIdentities(held);
        impersonateGroups(held);
        pairRelabels(held);
        pairSecrets(held);
    }
    // The controllers of the documented installs beside the stack (OUTSIDE_CONTROLLER_ACCOUNTS) that the stack does not
    // declare itself are bound cluster-wide by those installs: power over the ServiceAccounts of their namespace (pods,
    // tokens, a token Secret minted there) reaches them, and so does becoming one (a token Secret of it read), as
    // power in kube-system reaches kube-controller-manager's (scopeIncludes). The stack declaring an install's
    // applying controller there (a ServiceAccount, not a patch of it) installs it itself: its ServiceAccounts are read
    // by their own bindings, and those it does not declare are not there.
    const declaredAccount = (sa: (typeof outsideControllerAccounts)[number]) =>
        resources.some(
            r =>
                r.type === "kubernetes:core/v1:ServiceAccount" &&
                (meta(r).namespace ?? "default") === sa.namespace &&
                meta(r).name === sa.name,
        );
    const outside = outsideControllerAccounts.filter(
        sa =>
            !declaredAccount(sa) &&
            !outsideControllerAccounts.some(
                x => x.applies && x.install === sa.install && x.namespace === sa.namespace && declaredAccount(x),
            ),
    );
    // A power over kube-controller-manager's ServiceAccounts of kube-system by name (a TokenRequest or impersonation
    // limited by resourceNames, by RoleBinding in kube-system or cluster-wide: accountsActedAs) acts as each, whose
    // bootstrap bindings give what they give (controllerAccountsPower; "Using RBAC Authorization", "Controller roles":
    // each controller runs as its own ServiceAccount bound to system:controller:<name>). Power in kube-system unnamed
    // is cluster power already (scopeIncludes).
    for (const p of [...view.powers]) {
        const controllers = (p.scope.podIdentityOnly ? [] : (p.scope.names ?? [])).filter(
            name =>
                Object.hasOwn(CONTROLLER_SERVICE_ACCOUNTS, name) &&
                scopeIncludes(p.scope, "kube-system", name) &&
                nodeKey(p.actor) !== nodeKey(k8s("ServiceAccount", name, "kube-system")),
        );
        const power = controllers.length > 0 ? controllerAccountsPower(controllers) : undefined;
        if (power)
            view.powers.push({
                actor: p.actor,
                scope: power.scope,
                via: `${p.via} → acts as kube-controller-manager's ServiceAccount kube-system/${controllers.join(", ")}: ${power.via}`,
                urn: p.urn,
            });
    }
    const installed = (sa: (typeof outside)[number]) =>
        `ServiceAccount ${sa.namespace}/${sa.name}, bound cluster-wide by its documented install outside this stack (${sa.why})`;
    for (const p of [...view.powers]) {
        const { namespaces, names, except } = p.scope;
        const sa = outside.find(
            x =>
                !p.scope.podIdentityOnly &&
                // Every namespace by name (accountsActedAs); every one unnamed is every ServiceAccount already.
                (namespaces === "*" ? names !== undefined : namespaces.some(n => outsideIn(n, x.namespace))) &&
                !(x.namespace !== "*" && except?.some(n => namespaceMatches(n, x.namespace))) &&
                (names === undefined || names.includes(x.name)),
        );
        if (sa && nodeKey(p.actor) !== nodeKey(k8s("ServiceAccount", sa.name, sa.namespace)))
            view.powers.push({
                actor: p.actor,
                scope: everything,
                via: `${p.via} → acts as ${installed(sa)}`,
                urn: p.urn,
            });
    }
    for (const m of [...view.memberships]) {
        const sa = outside.find(
            x =>
                m.subject.kind === "k8s" &&
                m.subject.subjectKind === "ServiceAccount" &&
                (m.subject.namespace === x.namespace || x.namespace === "*") &&
                m.subject.name === x.name,
        );
        if (sa) view.powers.push({ actor: m.actor, scope: everything, via: `${m.via} → ${installed(sa)}`, urn: m.urn });
    }
    view.powers.push(...clusterWidePowers(resources, k8s, confined, taintReliance, argoCd));
    view.powers.push(...nodePoolPowers(resources, k8s));
    view.powers.push(...preBoundClaims(resources, k8s));
    view.powers.push(...sharedHostPathPowers(resources, k8s, nodeLabelWriters));
    return view;
}

/**
 * Round 81: the stack's pods in `namespaces` whose inputs a grant writes: a ConfigMap or Secret of their namespace
 * they read (podObjectNames: volumes, projected sources, env valueFrom, envFrom) that the grant may update or patch
 * (by name, or every one: a `*` verb or resource counts, namesGrantedOfRules), or create without resourceNames when
 * the stack does not declare it (an absent one, optional or not yet made, is the creator's). The kubelet hands the
 * pod whatever the object holds at its start, and its environment or files are its code's (NODE_OPTIONS --require, a
 * config file's command): its writer acts as the pod's ServiceAccount. A reference unknown during the preview may
 * name any. `accessOf` reads a grant's rules (unreadable ones may write anything).
 */
function podInputWriters(
    resources: readonly StackResource[],
    namespaces: "*" | string[],
    accessOf: (of: (rules: Rule[]) => "*" | string[] | undefined) => "*" | string[] | undefined,
): { ns: string; sa: string; via: string }[] {
    const out: { ns: string; sa: string; via: string }[] = [];
    for (const [kind, resource] of [
        ["ConfigMap", "configmaps"],
        ["Secret", "secrets"],
    ] as const) {
        const written = accessOf(rules => namesGrantedOfRules(rules, ["update", "patch"], resource));
        const created = accessOf(rules =>
            namesGrantedOfRules(
                rules.filter(x => x.resourceNames.length === 0),
                ["create"],
                resource,
            ),
        );
        if (!written && !created) continue;
        for (const pod of stackPods(resources)) {
            if (namespaces !== "*" && pod.ns !== "*" && !namespaces.includes(pod.ns)) continue;
            const declared = (name: string) => declaredPodInput(resources, kind, name, pod.ns);
            // Round 82: a declared immutable one's data no update or patch changes (updatedPodInput).
            const updated = (name: string) =>
                (written === "*" || written?.includes(name)) && updatedPodInput(declared(name));
            const read = podObjectNames(pod.spec, kind);
            const hit = read.refs.find(ref => updated(ref.name) || (created && !declared(ref.name)));
            if (!hit && !(read.unknown && written)) continue;
            out.push({
                ns: pod.ns,
                sa: pod.sa,
                via: hit
                    ? `writes ${kind} ${hit.name} (${updated(hit.name) ? "update/patch" : "create: the stack does not declare it"}), which ${pod.label} reads through ${hit.via}: its writer sets the pod's environment or files, so acts as ServiceAccount ${pod.sa}; keep writes of a pod's ${kind}s to its own deployer`
                    : `writes ${kind}s of ${pod.label}'s namespace, and which ${kind}s the pod reads is unknown during the preview (it may read one of them): it may act as ServiceAccount ${pod.sa}`,
            });
        }
    }
    return out;
}

/**
 * Round 83: where and which ConfigMaps or Secrets a create grant makes: an unnamed create any name ("Using RBAC
 * Authorization", "Referring to resources": create cannot be restricted by name); a create by name only by a
 * server-side apply of an absent object (Kubernetes "Server-Side Apply": an apply creates the object when it does not
 * exist), authorised as patch and then as create of that name for one request identity (secretPairs, `oneRequest`),
 * so only the names and namespaces a patch grant of the same request identity shares (`how`: that patch grant).
 */
function inputApplies<
    G extends {
        kind: string;
        subjects: SecretSubject[];
        namespaces: "*" | string[];
        names: "*" | string[];
        via: string;
    },
>(
    create: G,
    patchers: readonly G[],
    oneRequest: (...grants: { subjects: SecretSubject[] }[]) => boolean,
    shared: (a: "*" | string[], b: "*" | string[]) => "*" | string[],
    sharedNamespaces: (a: "*" | string[], b: "*" | string[]) => "*" | string[],
): { namespaces: "*" | string[]; names: "*" | string[]; how: string; also: G[] }[] {
    if (create.names === "*") return [{ namespaces: create.namespaces, names: "*", how: "", also: [] }];
    return patchers
        .filter(p => p.kind === create.kind && oneRequest(create, p))
        .map(p => ({
            namespaces: sharedNamespaces(create.namespaces, p.namespaces),
            names: shared(create.names, p.names),
            how: p.via === create.via ? "" : `; ${p.via} lets it patch`,
            also: [p],
        }));
}

/** The ConfigMap or Secret `name` of namespace `ns` the stack declares (a pod's input), or undefined. */
function declaredPodInput(
    resources: readonly StackResource[],
    kind: "ConfigMap" | "Secret",
    name: string,
    ns: string,
): StackResource | undefined {
    return resources.find(
        x =>
            x.type === `kubernetes:core/v1:${kind}` && meta(x).name === name && (meta(x).namespace ?? "default") === ns,
    );
}

/**
 * Round 82: whether an update or patch of a pod's input may change what the pod reads: not for a declared ConfigMap or
 * Secret with `immutable: true` (Kubernetes API ConfigMap/Secret `immutable`: "ensures that data stored in the
 * ConfigMap cannot be updated (only object metadata can be modified)"; "Immutable ConfigMaps": once set it cannot be
 * reverted, the only way to change it is to delete and recreate it: podInputsRecreated). An undeclared or unknown one
 * may be mutable.
 */
function updatedPodInput(declared: StackResource | undefined): boolean {
    return declared?.props.immutable !== true;
}

/**
 * Round 82: the stack's pods in `namespaces` reading a declared ConfigMap or Secret (podObjectNames) that a holder may
 * delete (`deleted`: deletesOfRules, by name, unnamed, deletecollection or `*`) and then create anew without
 * resourceNames ("Using RBAC Authorization", "Request verbs": delete and create are separate verbs; "Referring to
 * resources": create cannot be restricted by name, so an unnamed create makes any name). Immutable or not, the new
 * object is the creator's: the pod's next start reads it (an undeclared one is the creator's already:
 * podInputWriters). A reference unknown during the preview may name a deleted one.
 */
function podInputsRecreated(
    resources: readonly StackResource[],
    kind: "ConfigMap" | "Secret",
    namespaces: "*" | string[],
    deleted: "*" | string[],
): { ns: string; sa: string; name: string; via: string }[] {
    return stackPods(resources).flatMap(pod => {
        if (pod.ns !== "*" && !inNamespaces(namespaces, pod.ns)) return [];
        const read = podObjectNames(pod.spec, kind);
        const hit = read.refs.find(
            ref =>
                declaredPodInput(resources, kind, ref.name, pod.ns) && (deleted === "*" || deleted.includes(ref.name)),
        );
        if (!hit && !read.unknown) return [];
        const name = hit ? hit.name : `<a ${kind} unknown during the preview>`;
        const how = hit ? `reads through ${hit.via}` : "may read (its references are unknown during the preview)";
        return [
            {
                ns: pod.ns,
                sa: pod.sa,
                name,
                via: `a new ${kind} ${name} of the creator's content, which ${pod.label} ${how} at its next start: its creator sets the pod's environment or files, so acts as ServiceAccount ${pod.sa}; keep delete and create of a pod's ${kind}s to its own deployer`,
            },
        ];
    });
}

/** The stack's pods (not patches: a patch's pod is judged by what it sets) with their namespace and ServiceAccount. */
function stackPods(resources: readonly StackResource[]) {
    return resources.flatMap(r => {
        if (!POD_SPEC_OF[r.type] || r.type.endsWith("Patch")) return [];
        const spec = withInjectedVolumes(POD_SPEC_OF[r.type](r.props), podAnnotationsOf(r.type, r.props));
        // A namespace unknown during the preview may be any.
        const ns = namespaceUnknown(r) ? "*" : (meta(r).namespace ?? "default");
        const label = `${r.type.split(":").pop()} ${ns === "*" ? "<a namespace unknown during the preview>" : ns}/${meta(r).name ?? r.name}`;
        return [{ r, spec, ns, sa: podServiceAccount(spec), label }];
    });
}

/**
 * Round 81: a node directory two pods of the stack mount, at, above or below each other, when one of them may write
 * it. A hostPath is the same node directory for every pod on the node that mounts it (Kubernetes "Volumes", hostPath:
 * "Using the hostPath volume type presents many security risks"): a pod writing it replaces the files the other reads
 * (its configuration, its state, what it runs), and a pod reading what the other writes reads its state (its keys).
 * Either way it acts as the other pod's ServiceAccount (its IRSA or Pod Identity roles), as a workload mounting
 * another's token Secret does; a ServiceAccount's own pods sharing a directory give it nothing new.
 * Round 82: any storage, not only hostPaths (podStorage.ts podStorageMounts): a claim two pods mount ("Persistent
 * Volumes", Access Modes: ReadWriteMany "can be mounted as read-write by many nodes"), a PersistentVolume whose
 * hostPath or local path is another pod's node directory, two volumes of one network file system (an EFS file
 * system's root holds its access points).
 */
function sharedHostPathPowers(
    resources: readonly StackResource[],
    k8s: (kind: "User" | "Group" | "ServiceAccount", name: string, namespace?: string) => PrincipalNode,
    nodeLabelWriters: string[] = [],
): SaPower[] {
    // Round 83: and the claims a claim it mounts was cloned or restored from (podCopiedStorages). Round 90: a pin by a
    // node label holds only while nothing may rewrite Node labels (podStorage.ts podPinnedNodes).
    const labelPins = nodeLabelWriters.length === 0;
    const unpinned = labelPins
        ? ""
        : ` (its pin by a node label admits any node: ${nodeLabelWriters.join("; ")} may rewrite Node labels, "Assigning Pods to Nodes"; pin by nodeName or matchFields metadata.name)`;
    const pods = stackPods(resources).map(p => {
        const mounts = [
            ...podStorageMounts(resources, p.r, p.spec, p.ns, labelPins),
            ...podCopiedStorages(resources, p.r, p.spec, p.ns, labelPins),
        ];
        // Round 90: a PersistentVolume's nodeAffinity pin by a node label as well (podStorage.ts pinnedNodes).
        const byLabel = !labelPins && (podPinnedByLabel(p.spec) || mounts.some(m => m.labelPinned));
        return { ...p, label: `${p.label}${byLabel ? unpinned : ""}`, mounts };
    });
    const out: SaPower[] = [];
    for (const owner of pods)
        for (const other of pods) {
            if (other === owner || (other.ns === owner.ns && other.sa === owner.sa && owner.ns !== "*")) continue;
            const shared = owner.mounts.flatMap(a =>
                other.mounts.filter(b => (a.writable || b.writable) && storagesOverlap(a, b)).map(b => ({ a, b })),
            )[0];
            if (!shared) continue;
            const { a, b } = shared;
            out.push({
                actor: k8s("ServiceAccount", other.sa, other.ns === "*" ? "default" : other.ns),
                scope: { namespaces: owner.ns === "*" ? "*" : [owner.ns], names: [owner.sa] },
                via: `${other.label} (ServiceAccount ${other.sa}) mounts ${b.label}${b.writable ? " writable" : " read-only"}, the ${a.space === "node" ? "node directory" : "storage"} of ${owner.label}, whose ${a.label} it ${b.writable ? "writes (the pod's inputs)" : "reads (the state the pod writes there)"}: it acts as ServiceAccount ${owner.sa} of that pod; give each pod a ${a.space === "node" ? "node directory" : "volume"} of its own, or none`,
                urn: other.r.urn,
            });
        }
    return out;
}

/**
 * Round 88: the stack's pods whose volume a write that rebinds volumes reaches (VOLUME_REBIND_WHY), each with its
 * namespace, ServiceAccount and how: for PersistentVolumes of the stack named by `names`, the pods mounting their
 * source (podStorage.ts persistentVolumeStorages); for any name ("*"), a name the stack does not declare (a
 * provisioned volume, pvc-<uid>, may be any claim's) or a VolumeSnapshotContent (any CSI volume's snapshot), every pod
 * mounting a claim.
 */
function volumeRebindTargets(
    resources: readonly StackResource[],
    names: "*" | string[],
    labelPins = true,
): { ns: string; sa: string; via: string }[] {
    // Round 90: node pins by a label hold only while nothing may rewrite Node labels (sharedHostPathPowers).
    const named = names === "*" ? undefined : names.map(n => persistentVolumeStorages(resources, n, labelPins));
    const reached = named?.every(x => x !== undefined) ? named.flat() : undefined;
    const out = new Map<string, { ns: string; sa: string; via: string }>();
    for (const p of stackPods(resources)) {
        const mounts = [
            ...podStorageMounts(resources, p.r, p.spec, p.ns, labelPins),
            ...podCopiedStorages(resources, p.r, p.spec, p.ns, labelPins),
        ];
        const hit = reached
            ? mounts.find(m => reached.some(x => storagesOverlap(m, x)))
            : mounts.find(m => m.space.startsWith("claim "));
        const key = `${p.ns}:${p.sa}`;
        if (!hit || out.has(key)) continue;
        out.set(key, {
            ns: p.ns,
            sa: p.sa,
            via: `${p.label} (ServiceAccount ${p.sa}) mounts ${hit.label}, which the holder's own pod then mounts too: it acts as ServiceAccount ${p.sa} of that pod; keep PersistentVolume and VolumeSnapshotContent writes to storage administrators who create no pods`,
        });
    }
    return [...out.values()];
}

/** A taint, and whether a toleration list tolerates it (Kubernetes "Taints and Tolerations"). */
interface Taint {
    key?: string;
    value?: string;
    effect?: string;
}
function tolerates(tolerations: unknown, t: Taint): boolean {
    if (isUnknown(tolerations)) return true;
    return (Array.isArray(tolerations) ? tolerations : []).some(x => {
        if (isUnknown(x)) return true;
        const key = str(x, "key");
        const operator = str(x, "operator") ?? "Equal";
        const effect = str(x, "effect");
        // An empty key with Exists matches every taint; an empty effect every effect.
        if (effect !== undefined && effect !== "" && effect !== t.effect) return false;
        if (key === undefined || key === "") return operator === "Exists";
        if (key !== t.key) return false;
        return operator === "Exists" || (str(x, "value") ?? "") === (t.value ?? "");
    });
}

const NODE_POOL = /^kubernetes:karpenter\.sh\/[^:]+:NodePool(Patch)?$/;

/** Why writing a node launcher (customResources.ts NODE_LAUNCHING_RESOURCES) is acting as every pod's ServiceAccount. */
const NODE_LAUNCH_WHY =
    'a Karpenter NodePool\'s or NodeClaim\'s nodeClassRef and taints decide which nodes launch and which pods they take: an untainted one on an EC2NodeClass outside this stack puts every pod, the runtime ones included, on nodes whose role, AMI, user data and metadataOptions cannot be read (karpenter.sh "NodePools", "NodeClaims")';

/**
 * The node-launching resources (NODE_LAUNCHING_RESOURCES) an RBAC rule writes, as `group/resource`: a group the rule
 * names (or `*`), a resource it names (or `*`; subresources such as `status` keep the spec), with one of the verbs
 * that write it.
 */
function nodeLaunchingWritten(rule: Rule, has: (verb: string) => boolean): string[] {
    const out: string[] = [];
    for (const [group, launching] of Object.entries(NODE_LAUNCHING_RESOURCES)) {
        if (!rule.apiGroups.some(g => g === "*" || g === group)) continue;
        for (const [resource, verbs] of Object.entries(launching))
            if (rule.resources.some(x => resourceCovers(x, resource)) && verbs.some(has))
                out.push(`${group}/${resource}`);
    }
    return out;
}

/**
 * The node-launching resources (NODE_LAUNCHING_RESOURCES) one admission rule names, as `group resource`: the
 * resource by name, or `*`/`*\/*` in the launcher's own group (Kubernetes "Dynamic Admission Control", "Matching
 * requests: rules"); a status subresource keeps the spec. Rewritten at any operation: the object as stored is what
 * Karpenter launches from. A rule on every group and resource rewrites pods already (ruleMutatesWhatMatters).
 */
function ruleRewritesNodes(rule: any, taintReliance?: TaintReliance): string[] {
    const groups: string[] = Array.isArray(rule?.apiGroups) ? rule.apiGroups.map(String) : ["*"];
    const resources: string[] = Array.isArray(rule?.resources) ? rule.resources.map(String) : ["*"];
    const out: string[] = [];
    // Nodes, where the stack relies on their taints (taintReliantPools): a webhook on Node objects drops them.
    if (
        taintReliance &&
        groups.some(g => g === "" || g === "*") &&
        resources.some(x => x === "nodes" || x === "*" || x === "*/*")
    )
        out.push(`nodes (untaints them: ${taintReliance.untaint})`);
    for (const [group, launching] of Object.entries(NODE_LAUNCHING_RESOURCES)) {
        const named = groups.includes(group);
        if (!named && !groups.includes("*")) continue;
        for (const resource of Object.keys(launching))
            if (resources.some(x => x === resource || (named && (x === "*" || x === "*/*"))))
                out.push(`${group} ${resource}`);
    }
    return out;
}
/**
 * Karpenter NodePools launching nodes from a node class the stack does not declare. A NodePool holds only node
 * labels, taints, requirements, limits and disruption; the node's role (instance profile), AMI, user data, block
 * devices and metadataOptions live in the EC2NodeClass its spec.template.spec.nodeClassRef names (karpenter.sh
 * "NodePools", "NodeClasses": role, userData, metadataOptions httpTokens and httpPutResponseHopLimit). A class of the
 * stack is judged as itself (engine/opaque.ts refuses it: a custom resource not known to be inert); one outside it makes those
 * nodes what a managed node group without a launch template of the stack is: unverifiable. Whatever runs there is
 * exposed to them (the user data runs as root and reads the kubelet's pod tokens; open instance metadata hands every
 * pod the node role, whose node identity gets the tokens of the pods bound to the node). Nodes without a NoSchedule or
 * NoExecute taint take any pod, a runtime one included (Kubernetes "Taints and Tolerations"); a tainted pool takes
 * only pods tolerating every such taint, so of the stack's pods only those are exposed (the runtime pods outside the
 * stack are judged by their own tolerations, round 10's accepted tainted pool).
 */
interface OutsideClassPool {
    pool: StackResource;
    name: string;
    classLabel: string;
    /** Why its nodes cannot be read. */
    why: string;
    /** Its NoSchedule/NoExecute taints that keep pods off (taints Kubernetes and Karpenter manage excluded). */
    blocking: Taint[];
    unknownTaints: boolean;
}

/** The stack's NodePools (and patches) launching nodes from a node class the stack does not declare. */
function outsideClassPools(resources: readonly StackResource[]): OutsideClassPool[] {
    const out: OutsideClassPool[] = [];
    const declared = (type: string, name: string | undefined) =>
        resources.find(x => x.type === type && meta(x).name === name && !x.type.endsWith("Patch"));
    for (const r of resources) {
        if (!NODE_POOL.test(r.type)) continue;
        const name = meta(r).name ?? r.name;
        // A patch keeps what it does not set: the declared NodePool's (or, outside the stack, unknown) class and taints.
        const base = r.type.endsWith("Patch") ? declared(r.type.replace(/Patch$/, ""), meta(r).name) : undefined;
        const tmpl = (o: StackResource | undefined) =>
            ((o?.props.spec as Record<string, any> | undefined)?.template as Record<string, any> | undefined)?.spec;
        const spec = tmpl(r);
        const pick = (k: string) => (spec?.[k] !== undefined ? spec[k] : tmpl(base)?.[k]);
        const ref = pick("nodeClassRef");
        const taints = pick("taints");
        const refName = str(ref, "name");
        // karpenter.sh/v1: { group, kind, name }; v1beta1: { apiVersion, kind, name }.
        const refGroup = str(ref, "group") ?? str(ref, "apiVersion")?.split("/")[0] ?? "karpenter.k8s.aws";
        const refKind = str(ref, "kind") ?? "EC2NodeClass";
        const classLabel = `${refKind} ${refName ?? "(unknown)"}`;
        const inStack =
            refName !== undefined &&
            resources.some(
                x =>
                    x.type.startsWith(`kubernetes:${refGroup}/`) &&
                    x.type.split(":")[2] === refKind &&
                    meta(x).name === refName,
            );
        if (inStack) continue;
        const why =
            ref === undefined && r.type.endsWith("Patch") && !base
                ? `patches a NodePool outside this stack, whose node class cannot be read`
                : refName === undefined
                  ? unverifiable(
                        "spec.template.spec.nodeClassRef",
                        "the node class its nodes launch from cannot be read",
                    )
                  : `launches nodes from ${classLabel}, which is not in this stack: their role, AMI, user data and metadataOptions cannot be read`;
        const list: unknown[] = Array.isArray(taints) ? taints : [];
        // Taints Kubernetes and Karpenter manage themselves keep no pod off a Ready node: every pod tolerates
        // node.kubernetes.io/not-ready and unreachable:NoExecute by default (DefaultTolerationSeconds admission), and
        // the node lifecycle controller removes them, and the condition taints, once the node is Ready ("Taints and
        // Tolerations", "Taint Nodes by Condition"; node_lifecycle_controller.go markNodeAsReachable); the cloud
        // provider's uninitialized taint and Karpenter's own (karpenter.sh/...) are removed by their controllers.
        const managed = (key: string | undefined) =>
            /^(node\.kubernetes\.io|node\.cloudprovider\.kubernetes\.io|karpenter\.sh)\//.test(key ?? "");
        const blocking: Taint[] = list.flatMap(t => {
            const effect = str(t, "effect");
            return (effect === "NoSchedule" || effect === "NoExecute") && !managed(str(t, "key"))
                ? [{ key: str(t, "key"), value: str(t, "value"), effect }]
                : [];
        });
        out.push({
            pool: r,
            name,
            classLabel,
            why,
            blocking,
            unknownTaints: isUnknown(taints) || list.some(isUnknown),
        });
    }
    return out;
}

/**
 * The stack's tainted NodePools on outside node classes (outsideClassPools), whose taints alone keep the stack's
 * other pods off nodes that cannot be read, or undefined. Whoever may rewrite a Node's taints (RBAC update/patch on
 * `nodes`, a mutating webhook or admission policy on Nodes) takes them off: kubelets may not (NodeRestriction
 * "prevents kubelets from modifying/removing taints applied to their Node API object", kubernetes/kubernetes#63167),
 * so a taint is "a primary tool an administrator has for preventing nodes from accepting certain workloads" only while
 * no one else may write Nodes. Karpenter sets a NodeClaim's taints at registration and does not put them back.
 */
function taintReliantPools(resources: readonly StackResource[]): TaintReliance | undefined {
    const pools = outsideClassPools(resources).filter(p => p.blocking.length > 0);
    if (pools.length === 0) return undefined;
    const label = (x: OutsideClassPool[]) => x.map(p => `${p.name} (${p.classLabel}, outside this stack)`).join(", ");
    // A pool with a NoExecute taint keeps a Binding's pod off too: the kubelet admits a pod only if it tolerates the
    // node's NoExecute taints ("Kubelet is only interested in the NoExecute taint": kubernetes pkg/kubelet/lifecycle
    // predicate.go, generalFilter).
    const scheduleOnly = pools.filter(p => !p.blocking.some(t => t.effect === "NoExecute"));
    return {
        untaint: `NodePool ${label(pools)} keeps pods off its nodes only by its taints, which a Node writer removes (kubelets may not: NodeRestriction, kubernetes/kubernetes#63167)`,
        bind:
            scheduleOnly.length === 0
                ? undefined
                : `NodePool ${label(scheduleOnly)} keeps pods off its nodes only by NoSchedule taints, which a Binding passes: it names the node, past the scheduler's taint filter, and the kubelet starts a pod whatever NoSchedule taints its node has (core/v1 TaintEffect NoSchedule: "allow all pods submitted to Kubelet without going through the scheduler to start"; the kubelet checks only NoExecute taints)`,
    };
}

/**
 * Why the stack relies on Node taints (taintReliantPools): `untaint`, the tainted NodePools on outside node classes,
 * whose taints a Node writer removes; `bind`, those among them kept off only by NoSchedule taints, which a pod bound to
 * a named node (core/v1 Binding: pods/binding, bindings) passes, or undefined when every such pool has a NoExecute
 * taint.
 */
interface TaintReliance {
    untaint: string;
    bind?: string;
}

function nodePoolPowers(
    resources: readonly StackResource[],
    k8s: (kind: "User" | "Group" | "ServiceAccount", name: string, namespace?: string) => PrincipalNode,
): SaPower[] {
    const out: SaPower[] = [];
    for (const { pool: r, name, classLabel, why, blocking, unknownTaints } of outsideClassPools(resources)) {
        const actor = k8s(
            "User",
            `whoever controls ${classLabel} (outside this stack) and every pod on the nodes of NodePool ${name}`,
        );
        const via = `Karpenter NodePool ${name} ${why}`;
        const fix =
            "taint the pool (NoSchedule or NoExecute) so that only the pods meant for it land there, or run them on a managed node group whose launch template is in this stack";
        if (blocking.length === 0) {
            out.push({
                actor,
                scope: { namespaces: "*" },
                via: `${via}; ${unknownTaints ? unverifiable("spec.template.spec.taints", "no taint may keep any pod off them") : "no NoSchedule or NoExecute taint keeps any pod off them"} (${fix})`,
                urn: r.urn,
            });
            continue;
        }
        // Tainted: the stack's pods tolerating every blocking taint may land there (their ServiceAccounts).
        for (const p of resources) {
            if (!POD_SPEC_OF[p.type]) continue;
            const podSpec = POD_SPEC_OF[p.type](p.props);
            if (!blocking.every(t => tolerates(podSpec?.tolerations, t))) continue;
            const ns = meta(p).namespace ?? "default";
            // A Patch's tolerations apply to the pods of the object it patches (server-side apply merges them): their
            // ServiceAccount is the patch's own, else the declared object's, else any of the namespace.
            const patched = p.type.endsWith("Patch");
            const base = patched
                ? resources.find(
                      x =>
                          x.type === p.type.replace(/Patch$/, "") &&
                          meta(x).name === meta(p).name &&
                          meta(x).namespace === meta(p).namespace,
                  )
                : undefined;
            const named = podSpec?.serviceAccountName ?? podSpec?.serviceAccount;
            const sa =
                !patched || (typeof named === "string" && named !== "")
                    ? podServiceAccount(podSpec)
                    : base && POD_SPEC_OF[base.type]
                      ? podServiceAccount(POD_SPEC_OF[base.type](base.props))
                      : undefined;
            out.push({
                actor,
                scope: sa === undefined ? { namespaces: [ns] } : { namespaces: [ns], names: [sa] },
                via: `${via}; ${p.type.split(":").pop()} ${ns}/${meta(p).name ?? p.name} (ServiceAccount ${sa === undefined ? `any of ${ns}: the object it patches is outside the stack` : `${ns}/${sa}`}) tolerates its taints (${fix})`,
                urn: r.urn,
            });
        }
    }
    return out;
}

const PERSISTENT_VOLUME = "kubernetes:core/v1:PersistentVolume";
const PERSISTENT_VOLUME_CLAIM = /^kubernetes:core\/v1:PersistentVolumeClaim(Patch)?$/;
const STATEFUL_SET = /^kubernetes:apps\/v1:StatefulSet$/;

/**
 * The claim specs an object of the stack makes: a PersistentVolumeClaim's (or patch's) spec, a StatefulSet's
 * volumeClaimTemplates, a pod's generic ephemeral volumes (podStorage.ts ephemeralClaimTemplates, the one list of
 * them), each with where it lies.
 */
function claimSpecsOf(r: StackResource): { where: string; spec: unknown }[] {
    const kind = r.type.split(":").pop() ?? "";
    const m = meta(r);
    const label = `${kind} ${m.namespace ?? "default"}/${m.name ?? r.name}`;
    if (PERSISTENT_VOLUME_CLAIM.test(r.type)) return [{ where: label, spec: r.props.spec }];
    const out: { where: string; spec: unknown }[] = [];
    if (STATEFUL_SET.test(r.type)) {
        const templates: unknown = (r.props.spec as Record<string, unknown> | undefined)?.volumeClaimTemplates;
        (Array.isArray(templates) ? templates : []).forEach((t: any, i: number) =>
            out.push({ where: `${label} spec.volumeClaimTemplates[${i}]`, spec: isUnknown(t) ? t : t?.spec }),
        );
    }
    for (const { volume, template } of ephemeralClaimTemplates(r))
        out.push({
            where: `${label} volume ${typeof volume === "string" && !isUnknown(volume) ? volume : "?"} (ephemeral)`,
            spec: isUnknown(template) ? template : template.spec,
        });
    return out;
}

/**
 * Claims of the stack pre-bound by spec.volumeName to a PersistentVolume the stack does not declare. "The binding
 * happens regardless of some volume matching criteria" (Kubernetes "Persistent Volumes", "Reserving a
 * PersistentVolume"), and the pod mounting the claim gets the volume's source past Pod Security Admission, which sees
 * only the claim (RBAC Good Practices, "Persistent volume creation"): a hostPath or local volume on the node's
 * /var/lib/kubelet reads every pod token there. A PersistentVolume of the stack is judged by its source
 * (clusterWidePowers); one outside it cannot be read, so the claim is refused as unverifiable. A volumeName unknown
 * during a preview is the name of the stack's PersistentVolume it depends on (linkedByDependency), else unverifiable.
 * DECIDED: a claim's dataSource or dataSourceRef (a clone of another claim, a VolumeSnapshot, a volume populator's
 * object) fills a new volume the claim's StorageClass provisions (Kubernetes "CSI Volume Cloning", "Volume Snapshots":
 * the clone or restore is a volume of the same driver): its contents are copied, its source stays the class's, so it
 * is not judged here. Round 83: whose copy a pod reads is judged as shared storage (podStorage.ts podCopiedStorages).
 */
function preBoundClaims(
    resources: readonly StackResource[],
    k8s: (kind: "User" | "Group" | "ServiceAccount", name: string, namespace?: string) => PrincipalNode,
): SaPower[] {
    const out: SaPower[] = [];
    const declared = (name: string) => resources.some(x => x.type === PERSISTENT_VOLUME && meta(x).name === name);
    for (const r of resources) {
        for (const claim of claimSpecsOf(r)) {
            const spec = claim.spec as Record<string, unknown> | undefined;
            const volumeName = isUnknown(spec) ? spec : spec?.volumeName;
            if (volumeName === undefined || volumeName === null || volumeName === "") continue;
            let why: string | undefined;
            if (isUnknown(volumeName)) {
                if (linkedByDependency(r, "spec", PERSISTENT_VOLUME).length > 0) continue;
                why = unverifiable(
                    "spec.volumeName",
                    "the PersistentVolume it binds may be one outside this stack, whose source (a hostPath on the node's /var/lib/kubelet) every pod mounting the claim gets",
                );
            } else if (typeof volumeName !== "string") why = `its spec.volumeName is not a PersistentVolume name`;
            else if (declared(volumeName)) continue;
            else
                why = `it is pre-bound (spec.volumeName) to PersistentVolume ${volumeName}, which is not in this stack: its source (a hostPath on the node's /var/lib/kubelet, say) cannot be read, and every pod mounting the claim gets it past Pod Security Admission, which sees only the claim; declare the PersistentVolume in this stack (judged by its source) or leave volumeName unset and let a StorageClass provision the claim`;
            out.push({
                actor: k8s(
                    "User",
                    `whoever controls PersistentVolume ${typeof volumeName === "string" ? volumeName : "(unknown)"} and every pod mounting ${claim.where}`,
                ),
                scope: { namespaces: "*" },
                via: `${claim.where}: ${why}`,
                urn: r.urn,
            });
        }
    }
    return out;
}

/**
 * EKS access policy scopes accept wildcards in namespace names (EKS user guide, "Associate access policies with
 * access entries": `dev-*` scopes every namespace starting with dev-); RBAC namespaces never hold one.
 */
function namespaceMatches(pattern: string, namespace: string): boolean {
    if (!pattern.includes("*")) return pattern === namespace;
    const escaped = pattern.split("*").map(part => part.replace(/[.+?^$(){}|[\]\\]/g, "\\$&"));
    return new RegExp(`^${escaped.join(".*")}$`).test(namespace);
}

/** Whether a list of namespaces or access-scope patterns ("*": every namespace) takes in `namespace`. */
function inNamespaces(namespaces: "*" | string[], namespace: string): boolean {
    return namespaces === "*" || namespaces.some(p => namespaceMatches(p, namespace));
}

/**
 * The namespaces two namespace patterns share, as a pattern list that holds them all: the literal one where one is
 * literal; two wildcards may share namespaces the pack cannot list, so the first stands for them (fail closed).
 */
function namespaceOverlap(p: string, q: string): string[] {
    if (!p.includes("*")) return namespaceMatches(q, p) ? [p] : [];
    if (!q.includes("*")) return namespaceMatches(p, q) ? [q] : [];
    return [p];
}

export function scopeIncludes(scope: SaScope, namespace: string, name: string): boolean {
    // Power in kube-system is power over the cluster: it holds aws-auth and the controllers' ServiceAccounts (the
    // built-in controller roles create pods and tokens in every namespace).
    if (
        scope.namespaces !== "*" &&
        scope.names === undefined &&
        scope.namespaces.some(p => namespaceMatches(p, "kube-system"))
    )
        return true;
    if (scope.namespaces !== "*" && !scope.namespaces.some(p => namespaceMatches(p, namespace))) return false;
    if (scope.except?.some(p => namespaceMatches(p, namespace))) return false;
    return scope.names === undefined || scope.names.includes(name);
}

/** Kinds a mutating webhook can rewrite to act as a ServiceAccount: pods and their controllers, RBAC, ConfigMaps
 * (aws-auth), Secrets and ServiceAccounts. A webhook limited to other kinds (cert-manager's certificates) cannot. */
// A webhook on CustomResourceDefinitions can add a conversion webhook to one, and one on APIServices can route an API
// group to its own Service, as RBAC writes on them do (Dynamic Admission Control skips only webhook configurations).
const MUTATION_GROUPS = new Set([
    "*",
    "",
    "apps",
    "batch",
    "rbac.authorization.k8s.io",
    "apiextensions.k8s.io",
    "apiregistration.k8s.io",
    "storage.k8s.io",
]);
/** MUTATION_TARGETS that carry a pod template or are pods: rewriting one is rewriting the pods it makes. */
const POD_MAKING_TARGETS = new Set([
    "pods",
    "deployments",
    "statefulsets",
    "daemonsets",
    "replicasets",
    "jobs",
    "cronjobs",
    "replicationcontrollers",
    // The StatefulSet controller builds pods from the ControllerRevision the API returns (kubernetes
    // pkg/controller/statefulset stateful_set_control.go: ApplyRevision), and `rollout undo` restores a DaemonSet or
    // StatefulSet template from one. PodTemplate objects are pod specs kept for controllers to copy (Kubernetes API,
    // PodTemplate: "a template for creating copies of a predefined pod"), read by controllers outside the core.
    "controllerrevisions",
    "podtemplates",
]);
const MUTATION_TARGETS = new Set([
    "*",
    ...POD_MAKING_TARGETS,
    "customresourcedefinitions",
    "apiservices",
    "configmaps",
    "secrets",
    "serviceaccounts",
    "roles",
    "rolebindings",
    "clusterroles",
    "clusterrolebindings",
    // A Namespace's Pod Security labels (see UNCONFINED_REWRITES).
    "namespaces",
    // A PersistentVolume's source is set at create: rewritten to a hostPath (the node's kubelet directory), its
    // claimant's pod mounts the node past Pod Security admission, as RBAC create persistentvolumes counts (RBAC Good
    // Practices, "Persistent volume creation"; Dynamic Admission Control: mutation precedes validation).
    "persistentvolumes",
    // A StorageClass's provisioner and parameters, set at create (RBAC create storageclasses counts likewise).
    "storageclasses",
]);

/**
 * Kinds a mutating webhook rewrites with power over the whole cluster, whatever namespaces its namespaceSelector
 * admits (so not confined by their Pod Security level):
 * - Namespaces: dropping `pod-security.kubernetes.io/enforce` (or setting it to privileged) at CREATE or any UPDATE
 *   relabels the namespace privileged, since Pod Security admission reads the labels as stored and mutating webhooks
 *   run before validation (Kubernetes "Dynamic Admission Control"; "Pod Security Admission").
 * - RBAC roles and bindings: the API server checks escalation on the object as mutated, against its requester, the
 *   stack's deployer (Kubernetes "Using RBAC Authorization", "Restrictions on role binding creation or update"), so
 *   the webhook binds any role to anyone; a RoleBinding in a namespace reaches that Namespace object (RBAC Good
 *   Practices, "Namespace modification"), its labels included.
 * - ConfigMaps of kube-system: aws-auth maps any IAM principal to system:masters (EKS user guide, "aws-auth"); and of
 *   argocd: Argo CD's own configuration (customResources.ts ARGOCD_CONFIG_MAPS) makes anyone Argo CD admin.
 * `scope` is the rule scope that matches the kind (Dynamic Admission Control, "Matching requests: rules").
 */
const UNCONFINED_REWRITES: { group: string; resource: string; scope: "Cluster" | "Namespaced"; what: string }[] = [
    { group: "", resource: "namespaces", scope: "Cluster", what: "Namespaces (their Pod Security labels)" },
    ...["roles", "rolebindings", "clusterroles", "clusterrolebindings"].map(resource => ({
        group: "rbac.authorization.k8s.io",
        resource,
        scope: resource.startsWith("cluster") ? ("Cluster" as const) : ("Namespaced" as const),
        what: `${resource} (RBAC escalation is checked on the rewritten object against its requester, the deployer)`,
    })),
    {
        group: "",
        resource: "configmaps",
        scope: "Namespaced",
        what: `ConfigMaps of kube-system (aws-auth) or of Argo CD's namespaces (argoCdNamespaces: Argo CD's ${ARGOCD_CONFIG_MAPS.join(", ")}: ${ARGOCD_USERS_WHY})`,
    },
    {
        group: "",
        resource: "persistentvolumes",
        scope: "Cluster",
        what: "PersistentVolumes (a hostPath source mounts the node past Pod Security admission)",
    },
];

/** What of UNCONFINED_REWRITES a mutating webhook configuration rewrites in the namespaces `only` it selects. */
function unconfinedRewrites(r: StackResource, only: string[] | undefined, argoCd: ArgoCdNamespaces): string[] {
    if (!r.type.includes("MutatingWebhookConfiguration")) return [];
    const hooks = r.props.webhooks;
    if (!Array.isArray(hooks)) return [];
    const out = new Set<string>();
    for (const h of hooks as any[]) {
        for (const rule of Array.isArray(h?.rules) ? h.rules : []) {
            const groups: string[] = Array.isArray(rule?.apiGroups) ? rule.apiGroups.map(String) : ["*"];
            const resources: string[] = Array.isArray(rule?.resources) ? rule.resources.map(String) : ["*"];
            const scope = typeof rule?.scope === "string" ? rule.scope : "*";
            for (const t of UNCONFINED_REWRITES) {
                if (
                    t.resource === "configmaps" &&
                    only !== undefined &&
                    !only.includes("kube-system") &&
                    argoCd !== "*" &&
                    !argoCd.some(n => only.includes(n))
                )
                    continue;
                if (scope !== "*" && scope !== t.scope) continue;
                // `*/*` is every resource and subresource; `x/*` only x's subresources (Dynamic Admission Control).
                if (!groups.some(g => g === "*" || g === t.group)) continue;
                if (resources.some(x => x === "*" || x === "*/*" || x === t.resource)) out.add(t.what);
            }
            // Confined to the namespaces it selects otherwise; a webhook on every namespace rewrites every pod.
            if (only !== undefined) for (const kind of ruleRewritesAppliers(groups, resources)) out.add(kind);
        }
    }
    return [...out];
}

/**
 * The custom resources one admission rule rewrites that act cluster-wide (customResources.ts customWriteReach: neither
 * inert nor confined to their namespace), UNCONFINED like RBAC objects: their controller acts on what they say
 * anywhere with its own identity, so a webhook rewriting them in the namespaces it selects reaches every namespace.
 * In a rule, `*` and `*\/*` are every resource of the groups it names, `x/*` only x's subresources (Dynamic Admission
 * Control, "Matching requests: rules"), read as x's (only status and finalizers keep the spec).
 */
function ruleRewritesAppliers(groups: string[], resources: string[]): string[] {
    const byWhy = new Map<string, string[]>();
    for (const group of groups) {
        if (group !== "*" && BUILT_IN_GROUPS.has(group)) continue;
        for (const x of resources) {
            const resource = x === "*/*" ? "*" : x;
            const reach = customWriteReach(group, resource);
            if (reach.reach !== "cluster") continue;
            byWhy.set(reach.why, [...(byWhy.get(reach.why) ?? []), `${group}/${resource}`]);
        }
    }
    return [...byWhy].map(([why, what]) => `${what.join(", ")} (${why})`);
}

/** Who acts through an admission object of the stack (a webhook configuration or admission policy), as a user. */
function admissionActor(r: StackResource): string {
    return `${r.type.split(":").pop() ?? ""} ${meta(r).name ?? r.name} (whoever serves or writes it)`;
}

/**
 * What an admission webhook is sent: the AdmissionReview's `object`, "the new object being admitted", and `oldObject`,
 * "the existing object", populated for UPDATE and DELETE (Kubernetes "kube-apiserver Admission (v1)", AdmissionRequest;
 * "Dynamic Admission Control", "Request"). Mutating and validating webhooks are sent the same review, so a webhook on
 * Secrets reads their data whatever it answers.
 */
const ADMISSION_SEES_WHY =
    'an AdmissionReview carries the object admitted and, for UPDATE and DELETE, the existing one (Kubernetes "kube-apiserver Admission (v1)", AdmissionRequest object and oldObject), mutating and validating webhooks alike';

/**
 * Whether an admission object may be sent (or evaluate) the data of the Secrets its requests concern: "none", "create"
 * (CREATE alone: the object as created), or "all" (UPDATE or DELETE too: every Secret as stored). A legacy token
 * Secret is created empty and filled by the token controller with an UPDATE through the API server (kube-controller-
 * manager tokens controller, generateTokenIfNeeded: secrets.Update), so only "all" reads its token. A rule matches
 * Secrets with the core group (or `*`) and `secrets`, `*` or `*\/*` (Dynamic Admission Control, "Matching requests:
 * rules"), unless its scope is Cluster; a list that may match anything (admissionRuleLists) matches them at every
 * operation. A request is matched only when every list of the object matches it.
 */
function admissionSecretSight(r: StackResource, resources: readonly StackResource[]): "none" | "create" | "all" {
    const rank = { none: 0, create: 1, all: 2 } as const;
    let sight: "none" | "create" | "all" = "all";
    for (const list of admissionRuleLists(webhooksThatMaySeeSecrets(r), resources)) {
        let seen: "none" | "create" | "all" = list === undefined ? "all" : "none";
        for (const rule of list ?? []) {
            const x = rule as Record<string, unknown> | undefined;
            const words = (v: unknown) => (Array.isArray(v) ? v.map(String) : ["*"]);
            const scope = typeof x?.scope === "string" ? x.scope : "*";
            if (scope === "Cluster") continue;
            if (!words(x?.apiGroups).some(g => g === "*" || g === "")) continue;
            if (!words(x?.resources).some(res => res === "*" || res === "*/*" || res === "secrets")) continue;
            const ops = words(x?.operations);
            const ruleSight = ops.some(o => o === "*" || o === "UPDATE" || o === "DELETE")
                ? "all"
                : ops.includes("CREATE")
                  ? "create"
                  : "none";
            if (rank[ruleSight] > rank[seen]) seen = ruleSight;
        }
        if (rank[seen] < rank[sight]) sight = seen;
    }
    return sight;
}

/**
 * A webhook configuration (not a patch, whose webhooks merge with ones the pack does not see) with the webhooks and
 * rules that can never be sent a Secret left out (Kubernetes "Dynamic Admission Control", "Matching requests"):
 * - a webhook with a matchCondition whose CEL expression is the literal `false`: "If any matchCondition evaluates to
 *   FALSE, the webhook is skipped" (matchConditions, GA in 1.30); any other expression is read as possibly true;
 * - a rule whose apiVersions name neither `*` nor v1 (each known): core Secrets are served as v1 only. With matchPolicy
 *   Exact ("a request should be intercepted only if it exactly matches a specified rule") the request's own group,
 *   version and resource must match; with Equivalent (the default) a request is also matched through an equivalent
 *   resource, "a resource listed in rules, even via another API group or version" (admissionregistration/v1
 *   matchPolicy; apiserver webhook/generic ShouldCallHook tries EquivalentResourcesFor the request's resource), and
 *   core/v1 secrets has none: no other group or version serves Secrets (round 76).
 * Anything else, the resource itself included, is returned as it is.
 */
function webhooksThatMaySeeSecrets(r: StackResource): StackResource {
    if (!/:(Mutating|Validating)WebhookConfiguration$/.test(r.type)) return r;
    const hooks = r.props.webhooks;
    if (!Array.isArray(hooks) || hooks.some(h => h === null || typeof h !== "object" || isUnknown(h))) return r;
    const neverCalled = (h: Record<string, unknown>) =>
        Array.isArray(h.matchConditions) &&
        h.matchConditions.some(
            (c: unknown) =>
                c !== null &&
                typeof c === "object" &&
                typeof (c as { expression?: unknown }).expression === "string" &&
                (c as { expression: string }).expression.trim() === "false",
        );
    const neverV1 = (rule: unknown) => {
        const versions = (rule as { apiVersions?: unknown } | null)?.apiVersions;
        return (
            Array.isArray(versions) &&
            versions.length > 0 &&
            versions.every(v => typeof v === "string" && !isUnknown(v) && v !== "*" && v !== "v1")
        );
    };
    const kept: unknown[] = [];
    for (const h of hooks as Record<string, unknown>[]) {
        if (neverCalled(h)) continue;
        if (!Array.isArray(h.rules) || h.rules.some(isUnknown)) {
            kept.push(h);
            continue;
        }
        const rules = h.rules.filter(rule => !neverV1(rule));
        if (rules.length > 0) kept.push({ ...h, rules });
    }
    return { ...r, props: { ...r.props, webhooks: kept } };
}

/**
 * Where a ValidatingAdmissionPolicy's evaluated strings go: a validation's messageExpression is the message of the
 * denial (Deny), the warning (Warn) or the audit annotation validation.policy.admission.k8s.io/validation_failure
 * (Audit) of a failed request, and an auditAnnotation's valueExpression "is recorded in the audit event" (Kubernetes
 * "Validating Admission Policy", "Audit annotations", "Message expression"; admissionregistration/v1
 * ValidatingAdmissionPolicySpec.auditAnnotations). EKS control-plane logging sends the audit log to CloudWatch Logs.
 */
const VALIDATING_POLICY_ECHO_WHY =
    'a messageExpression is returned to the requester or recorded in the audit event, and an auditAnnotation\'s valueExpression is recorded in the audit event (Kubernetes "Validating Admission Policy", "Audit annotations"), which EKS control-plane logging sends to CloudWatch Logs';

/** A Secret's fields that hold none of its data (its metadata, type and API kind). */
const SECRET_META_FIELDS = new Set(["metadata", "type", "kind", "apiVersion", "immutable"]);

/**
 * The first read of the admitted (or existing) object's data whose bytes a CEL expression's value may carry, or
 * undefined: `object` or `oldObject` other than through SECRET_META_FIELDS (`object.data`, `object['data']`,
 * `object.?data`, the whole object), or a variable in `tainted` (one whose value carries them), that reaches the value
 * other than as the argument of has(), size() or type(), `.size()`, `.hasValue()`, a boolean macro or an operand of a
 * comparison or `in` (celErrorQuotesData: each yields a boolean, an integer or a type, nothing of the data), or a
 * variable in `failing`. So a count of keys or a length, and string() or int() of it, carries no byte of a value
 * (`string(size(object.data))`), while `string(object.data.token)` carries the token. Literals and comments are left
 * out (celCode).
 * Metadata holds no token Secret's token (the control plane writes it into data only).
 */
function celValueCarriesData(
    expression: string,
    tainted: ReadonlySet<string>,
    failing: ReadonlySet<string> = new Set(),
): string | undefined {
    // The reads an error could quote are exactly those whose value goes on unconsumed: the same reading, with no
    // variable's own expression (alias) passing a whole read on.
    return celErrorQuotesData(expression, tainted, failing);
}

/**
 * Where a failing CEL expression of an admission policy goes: with failurePolicy Fail (the default), an expression
 * that evaluates to an error decides the request as denied with the message "expression '<expr>' resulted in error:
 * <err>" (kubernetes staging/src/k8s.io/apiserver/pkg/admission/plugin/cel/filter.go), and a ValidatingAdmissionPolicy
 * binding's validationActions hand that message on as any failed validation's: Deny in the requester's denial, Warn in
 * a warning to the requester, Audit in the audit event's validation.policy.admission.k8s.io/validation_failure
 * (policy/validating/dispatcher.go). A matchCondition's error does the same ("If any matchCondition evaluates to an
 * error (but none are FALSE): If failurePolicy=Fail, reject the request", admissionregistration/v1
 * ValidatingAdmissionPolicySpec.matchConditions; webhook/matchconditions/matcher.go returns the errors themselves),
 * and a MutatingAdmissionPolicy's mutation or matchCondition error rejects the request with it ("policy '<p>' with
 * binding '<b>' denied request: <err>", policy/generic and policy/mutating/dispatcher.go). A variable's error is the
 * using expression's ("composited variable %q fails to evaluate: %v", admission/plugin/cel/composition.go). With
 * failurePolicy Ignore the error only admits the request and counts a metric (policyDecisionActionForError: Admit;
 * the dispatcher records no message): nothing is handed on.
 */
const POLICY_ERROR_WHY =
    'with failurePolicy Fail (the default) a CEL runtime error denies the request with "expression \'<expr>\' resulted in error: <err>", which the binding returns to the requester (Deny, Warn) or records in the audit event (Audit), and cel-go\'s errors quote their operands (matches() quotes the pattern it could not parse, a missing key is "no such key: <key>"; Kubernetes apiserver admission/plugin/cel filter.go, policy/validating dispatcher.go)';

/** How to stop an admission policy on Secrets from handing their data on (admissionPolicyEchoesData). */
const ADMISSION_POLICY_ECHO_FIX =
    "have its expressions, messages and audit annotations read the data only through has(), size(), type(), all()/exists(), `in` or a comparison (string() of a size() is a number), and its other fields the Secret's metadata and type (or set failurePolicy Ignore for the expressions)";

/** CEL functions and macros whose result holds nothing of their argument and that raise no error quoting it. */
const CEL_DATA_SAFE_WRAPPERS = "has|size|type";

/**
 * CEL macros over a map or list that yield a boolean (cel-go parser macros: all, exists, exists_one; existsOne in
 * newer releases): over a Secret's data map their one variable binds its keys, never its values, and an error of
 * theirs is their predicate's (cel-go interpreter: a comprehension's result, or the error its loop step raised), whose
 * own reads of the data are judged where they stand. Their two-variable forms (cel-go ext.TwoVarComprehensions, in
 * Kubernetes' admission CEL environment from 1.32: apiserver pkg/cel/environment base.go) bind the key and its VALUE:
 * `object.data.all(k, v, ...)` reads each value as `v` (celErrorQuotesData). The same library's transforms
 * (CEL_TRANSFORM_MACROS) are read alike.
 */
const CEL_BOOLEAN_MACROS = new Set(["all", "exists", "exists_one", "existsOne"]);

/**
 * The two-variable transforms of cel-go ext.TwoVarComprehensions (ext/comprehensions.go: `transformList(i, v,
 * [filter,] expr)`, `transformMap(k, v, [filter,] expr)`, `transformMapEntry(k, v, [filter,] mapExpr)`): over a map
 * they bind each key and its value, and yield only what their expressions make of them. So they are read as the
 * two-variable boolean macros are (CEL_BOOLEAN_MACROS): the receiver is consumed, each use of the value variable is a
 * read judged where it stands (`size(v)` yields a number, a bare `v` hands the value on), and the result holds nothing
 * of the data those reads do not let through (`object.data.transformList(k, v, size(v)).sum()`, a total size). Only
 * their two-variable form exists: any other spelling is a call.
 */
const CEL_TRANSFORM_MACROS = new Set(["transformList", "transformMap", "transformMapEntry"]);

/**
 * A CEL expression with its string and bytes literals blanked to `''` and its comments dropped, lexed as cel-spec
 * does (doc/langdef.md, the lexis under "Syntax", and "String and Bytes Values"): a literal is quoted by `'`, `"`,
 * `'''` or `"""` (triple quotes first: `'''x''x'''` is one literal, which "may contain any unescaped characters except
 * for the delimiter sequence"), after an optional `r` or `R` (a raw string "does not interpret escape sequences", so
 * `r'a\'` ends at its second quote) and, before that, an optional `b` or `B` (bytes), the prefix not ending a longer
 * identifier; elsewhere a backslash escapes the next character. A single-quoted literal ends at a newline, a comment
 * runs from `//` to the end of the line. An unterminated literal is left as code (read, not hidden).
 */
function celCode(expression: string): string {
    let out = "";
    let i = 0;
    while (i < expression.length) {
        if (expression.startsWith("//", i)) {
            const end = expression.indexOf("\n", i);
            out += " ";
            if (end < 0) break;
            i = end;
            continue;
        }
        const literal = /^([bB]?)([rR]?)('''|"""|'|")/.exec(expression.slice(i));
        if (!literal || (literal[1] + literal[2] !== "" && /\w/.test(expression[i - 1] ?? ""))) {
            out += expression[i++];
            continue;
        }
        const [open, , raw, quote] = literal;
        let closed: number | undefined;
        for (let j = i + open.length; j < expression.length; j += raw === "" && expression[j] === "\\" ? 2 : 1) {
            if (expression.startsWith(quote, j)) {
                closed = j + quote.length;
                break;
            }
            if (quote.length === 1 && (expression[j] === "\n" || expression[j] === "\r")) break;
        }
        if (closed === undefined) {
            out += expression[i++];
            continue;
        }
        out += "''";
        i = closed;
    }
    return out;
}

/** The index just past the bracket that closes the one at `open` (`(`, `[` or `{`), or the end of the code. */
function celClosing(code: string, open: number): number {
    let depth = 0;
    for (let k = open; k < code.length; k++) {
        if ("([{".includes(code[k])) depth++;
        else if (")]}".includes(code[k]) && --depth === 0) return k + 1;
    }
    return code.length;
}

/** A CEL literal, string literals blanked to `''` (so bytes and raw ones read `b''`, `r''`), or an empty list or map. */
const CEL_LITERAL = String.raw`(?:[bBrR]{0,2}''|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?[uU]?|-?0[xX][0-9a-fA-F]+[uU]?|true|false|null|\[\s*\]|\{\s*\})`;
/**
 * The methods of an optional that hand its value on, by the arguments with which they do so and raise no error
 * (cel-spec "Optional Values", proposal-246: `x.?f` and `m[?k]` are optional.none() where absent, `<optional>.orValue(v)`
 * is its value or v, `<optional>.or(o)` is it or o; Kubernetes CEL enables the optional library for admission
 * policies): `.orValue(<literal>)` and `.or(optional.none())` or `.or(optional.of(<literal>))`. What is done with the
 * value afterwards (`.size()`, a comparison, string()) is judged as if it were read directly.
 */
const CEL_OPTIONAL_UNWRAPS = new Map([
    ["orValue", new RegExp(String.raw`^\s*${CEL_LITERAL}\s*\)`)],
    ["or", new RegExp(String.raw`^\s*optional\s*\.\s*(?:none\(\s*\)|of\(\s*${CEL_LITERAL}\s*\))\s*\)`)],
]);

/** The opening of a two-variable comprehension's arguments, `(key, value,`: the value variable's name. */
const CEL_TWO_VARIABLES = /^\(\s*[A-Za-z_]\w*\s*,\s*([A-Za-z_]\w*)\s*,/;

/**
 * The end of a CEL member chain (`.f`, `.?f`, `[k]`, `[?k]`, and an optional's `.orValue(<literal>)` or `.or(...)`
 * handing its value on: CEL_OPTIONAL_UNWRAPS) from `i`, and whether it ends in a call: `safe` for `.size()`, an
 * optional's `.hasValue()` (an integer or a boolean), a boolean macro (CEL_BOOLEAN_MACROS) or a two-variable
 * transform (CEL_TRANSFORM_MACROS), `call` for any other method or macro.
 */
function celChainEnd(
    code: string,
    i: number,
): { end: number; ends?: "safe" | "call"; /** A comprehension macro's `(`. */ macro?: number } {
    let j = i;
    for (;;) {
        const select = /^\s*\.\??\s*([A-Za-z_]\w*)(\s*\()?/.exec(code.slice(j));
        if (select) {
            if (select[2] === undefined) {
                j += select[0].length;
                continue;
            }
            if (CEL_OPTIONAL_UNWRAPS.get(select[1])?.test(code.slice(j + select[0].length))) {
                j = celClosing(code, j + select[0].length - 1);
                continue;
            }
            const open = j + select[0].length - 1;
            if (
                CEL_BOOLEAN_MACROS.has(select[1]) ||
                (CEL_TRANSFORM_MACROS.has(select[1]) && CEL_TWO_VARIABLES.test(code.slice(open)))
            )
                return { end: celClosing(code, open), ends: "safe", macro: open };
            const closed = ["size", "hasValue"].includes(select[1]) && /^\s*\)/.exec(code.slice(j + select[0].length));
            return closed ? { end: j + select[0].length + closed[0].length, ends: "safe" } : { end: j, ends: "call" };
        }
        const open = /^\s*\[/.exec(code.slice(j));
        if (!open) return { end: j };
        j = celClosing(code, j + open[0].length - 1);
    }
}

/**
 * The first read of the admitted (or existing) object's data in a CEL expression that may fail at runtime with an
 * error quoting it (POLICY_ERROR_WHY), or undefined. The pack does not evaluate CEL, so a read is accepted only where
 * its value (also through an optional's orValue() or or(): CEL_OPTIONAL_UNWRAPS) cannot reach an operand an error
 * quotes: the argument of has(), size() or type(), `.size()`, `.hasValue()`, the receiver of a boolean macro
 * (CEL_BOOLEAN_MACROS: its keys only) or a two-variable transform (CEL_TRANSFORM_MACROS), or an operand of `==`, `!=`, `<`, `<=`, `>`, `>=` or `in` (a boolean; a
 * mismatch is "no such overload", naming no value: cel-go common/types). A function of such a result
 * (string(size(object.data))) sees a number or a boolean, never the data. Anything else applied to the read itself (a
 * conversion such as string() or int(), a regular expression, an index, a method or macro on the data) is refused,
 * errors not being read here one function at a time:
 * Go's regexp error quotes the pattern, a map lookup "no such key: <key>" (cel-go common/types map.go). A read is
 * `object` or `oldObject` other than through SECRET_META_FIELDS, or a variable in `tainted`; a variable in `failing`
 * is refused wherever it is used (its error is the expression's). `alias` (a variable's own expression): a read that
 * is the whole value, or a branch of a conditional, only passes the data on, and is judged where the variable is used.
 */
function celErrorQuotesData(
    expression: string,
    tainted: ReadonlySet<string>,
    failing: ReadonlySet<string>,
    alias = false,
): string | undefined {
    const code = celCode(expression);
    const reads: { start: number; end: number }[] = [];
    for (const m of code.matchAll(/(?<![\w.])(object|oldObject)\b(?:\s*\.\??\s*([A-Za-z_]\w*)(\s*\()?)?/g))
        if (m[2] === undefined || m[3] !== undefined || !SECRET_META_FIELDS.has(m[2]))
            reads.push({ start: m.index, end: m.index + m[1].length });
    for (const m of code.matchAll(/(?<![\w.])variables\s*\.\??\s*([A-Za-z_]\w*)/g)) {
        if (failing.has(m[1])) return `variables.${m[1]}`;
        if (tainted.has(m[1])) reads.push({ start: m.index, end: m.index + m[0].length });
    }
    for (const read of reads) {
        const chain = celChainEnd(code, read.end);
        const text = code.slice(read.start, chain.end);
        // A two-variable macro over the read binds each value to its second variable (CEL_BOOLEAN_MACROS,
        // CEL_TRANSFORM_MACROS): every use of it inside the macro is a read too.
        const twoVars = chain.macro !== undefined ? CEL_TWO_VARIABLES.exec(code.slice(chain.macro, chain.end)) : null;
        if (twoVars)
            for (const m of code.slice(0, chain.end).matchAll(new RegExp(`(?<![\\w.])${twoVars[1]}\\b`, "g")))
                if (m.index >= chain.macro! + twoVars[0].length)
                    reads.push({ start: m.index, end: m.index + twoVars[1].length });
        if (chain.ends === "safe") continue;
        if (chain.ends === "call") return text;
        const before = code.slice(0, read.start).trimEnd();
        const after = code.slice(chain.end).trimStart();
        if (new RegExp(`(?<![\\w.])(?:${CEL_DATA_SAFE_WRAPPERS})\\s*\\($`).test(before) && after.startsWith(")"))
            continue;
        if (/(?:[=!<>]=|[<>]|(?<![\w.])in)$/.test(before) || /^(?:[=!<>]=|[<>]|in\b)/.test(after)) continue;
        if (alias && (before === "" || /[?:]$/.test(before)) && (after === "" || after.startsWith(":"))) continue;
        return text;
    }
    return undefined;
}

/**
 * What of an admission policy (its objects in the stack, patches included; `which` Validating or Mutating) hands the
 * admitted object's data to the requester or the audit log, or undefined:
 * - a ValidatingAdmissionPolicy's validation messageExpression or auditAnnotation valueExpression whose value may
 *   carry it (celValueCarriesData), directly or through `variables` (a variable may use earlier ones):
 *   VALIDATING_POLICY_ECHO_WHY;
 * - unless failurePolicy is Ignore, an expression whose runtime error may quote it (celErrorQuotesData): a validation's
 *   expression or a matchCondition of a ValidatingAdmissionPolicy, a matchCondition or a mutation's expression of a
 *   MutatingAdmissionPolicy, or a variable one of them uses: POLICY_ERROR_WHY.
 * A policy outside the stack, or unknown during the preview, cannot be read. A MutatingAdmissionPolicy is also judged
 * as rewriting what it matches (clusterWidePowers).
 */
function admissionPolicyEchoesData(
    policies: readonly StackResource[],
    which: "Validating" | "Mutating",
): string | undefined {
    const kind = `${which}AdmissionPolicy`;
    const fields =
        which === "Validating"
            ? "its messages, audit annotations and failing expressions may echo the Secret's data"
            : "its failing expressions may echo the Secret's data";
    if (!policies.some(p => !p.type.endsWith("Patch")))
        return unverifiable(kind, `it is not in this stack, and ${fields}`);
    const specs = policies.map(p => (p.props.spec ?? {}) as Record<string, unknown>);
    // An error is handed on unless failurePolicy is Ignore (a patch that leaves it unset keeps the policy's).
    const errorsHandedOn = policies.some((p, i) => {
        const f = specs[i].failurePolicy;
        return !(f === "Ignore" || (f === undefined && p.type.endsWith("Patch")));
    });
    const read = [
        "variables",
        ...(which === "Validating" ? ["validations", "auditAnnotations"] : []),
        ...(errorsHandedOn ? ["matchConditions", ...(which === "Mutating" ? ["mutations"] : [])] : []),
    ];
    const values: string[] = [];
    const errors: string[] = [];
    for (const [i, p] of policies.entries()) {
        const spec = specs[i];
        if (isUnknown(p.props.spec) || read.some(k => containsUnknown(spec[k])))
            return unverifiable(`${read.slice(0, -1).join(", ")} or ${read[read.length - 1]}`, fields);
        const list = (k: string) => (Array.isArray(spec[k]) ? (spec[k] as Record<string, unknown>[]) : []);
        const tainted = new Set<string>();
        const failing = new Set<string>();
        for (let changed = true; changed;) {
            changed = false;
            for (const v of list("variables")) {
                const name = str(v, "name");
                const expression = str(v, "expression");
                if (name === undefined || expression === undefined) continue;
                if (!tainted.has(name) && celValueCarriesData(expression, tainted) !== undefined) {
                    tainted.add(name);
                    changed = true;
                }
                if (!failing.has(name) && celErrorQuotesData(expression, tainted, failing, true) !== undefined) {
                    failing.add(name);
                    changed = true;
                }
            }
        }
        for (const v of list("validations")) {
            const e = str(v, "messageExpression");
            const carried = e === undefined ? undefined : celValueCarriesData(e, tainted, failing);
            if (carried !== undefined) values.push(`a validation's messageExpression (${e}, at ${carried})`);
        }
        for (const a of list("auditAnnotations")) {
            const e = str(a, "valueExpression");
            const carried = e === undefined ? undefined : celValueCarriesData(e, tainted, failing);
            if (carried !== undefined)
                values.push(`auditAnnotation ${str(a, "key") ?? "(unnamed)"}'s valueExpression (${e}, at ${carried})`);
        }
        if (!errorsHandedOn) continue;
        const checked: [string, string | undefined][] = [
            ...list("matchConditions").map(
                c =>
                    [`matchCondition ${str(c, "name") ?? "(unnamed)"}`, str(c, "expression")] as [
                        string,
                        string | undefined,
                    ],
            ),
            ...list("validations").map(
                v => ["a validation's expression", str(v, "expression")] as [string, string | undefined],
            ),
            ...list("mutations").flatMap(m => [
                ["a mutation's applyConfiguration", str(m.applyConfiguration, "expression")] as [
                    string,
                    string | undefined,
                ],
                ["a mutation's jsonPatch", str(m.jsonPatch, "expression")] as [string, string | undefined],
            ]),
        ];
        for (const [what, e] of checked) {
            const quoted = e === undefined ? undefined : celErrorQuotesData(e, tainted, failing);
            if (quoted !== undefined) errors.push(`${what} (${e}, at ${quoted})`);
        }
    }
    const out = [
        ...(values.length > 0
            ? [`evaluates the object's data in ${values.join(", ")}: ${VALIDATING_POLICY_ECHO_WHY}`]
            : []),
        ...(errors.length > 0
            ? [
                  `may fail at runtime with an error quoting the object's data in ${errors.join(", ")}: ${POLICY_ERROR_WHY}`,
              ]
            : []),
    ];
    return out.length === 0 ? undefined : out.join("; and it ");
}

/**
 * The rule lists an admission object matches requests by; a request is rewritten only when it matches every list.
 * `undefined` in the result: a list that may match anything (absent, unknown, a webhook without rules, a policy the
 * stack does not declare). A MutatingWebhookConfiguration: its webhooks' rules, together. A MutatingAdmissionPolicy:
 * its matchConstraints.resourceRules (Kubernetes "Mutating Admission Policy": only requests matching matchConstraints
 * are considered; resourceRules are required). A MutatingAdmissionPolicyBinding: the bound policy's, and its own
 * matchResources.resourceRules when set ("if matchResources matches a resource, the resource must also match a
 * policy's matchConstraints"; unset, they do not constrain). The rules are NamedRuleWithOperations in both kinds.
 */
function admissionRuleLists(r: StackResource, resources: readonly StackResource[]): (unknown[] | undefined)[] {
    const listOf = (raw: unknown): unknown[] | undefined =>
        Array.isArray(raw) && raw.length > 0 && !raw.some(isUnknown) ? raw : undefined;
    const resourceRules = (spec: unknown, field: string): unknown =>
        (((spec as Record<string, unknown> | undefined)?.[field] as Record<string, unknown> | undefined) ?? {})
            .resourceRules;
    const kind = r.type.split(":").pop() ?? "";
    // Validating policies and their bindings match requests as mutating ones do (Kubernetes "Validating Admission
    // Policy": matchConstraints, and a binding's matchResources).
    const which = /^(Mutating|Validating)AdmissionPolicyBinding/.exec(kind)?.[1];
    if (which) {
        const spec = r.props.spec as Record<string, unknown> | undefined;
        const policyName = str(spec, "policyName");
        const policies = resources.filter(
            p =>
                new RegExp(`:${which}AdmissionPolicy(Patch)?$`).test(p.type) &&
                policyName !== undefined &&
                meta(p).name === policyName,
        );
        // The policy's lists (any of its objects, a patch included, may match): one that may match anything wins.
        const policyLists = policies.map(p => admissionRuleLists(p, resources)[0]);
        const policy =
            policies.length === 0 || policyLists.some(l => l === undefined)
                ? undefined
                : policyLists.flatMap(l => l ?? []);
        const own = resourceRules(spec, "matchResources");
        if (isUnknown(spec) || isUnknown(spec?.matchResources) || isUnknown(own)) return [policy, undefined];
        return own === undefined || own === null ? [policy] : [policy, listOf(own)];
    }
    if (/^(Mutating|Validating)AdmissionPolicy/.test(kind))
        return [listOf(resourceRules(r.props.spec, "matchConstraints"))];
    const hooks = r.props.webhooks;
    if (!Array.isArray(hooks)) return [undefined];
    const rules: unknown[] = [];
    for (const h of hooks as any[]) {
        const list = listOf(h?.rules);
        if (list === undefined) return [undefined];
        rules.push(...list);
    }
    return [rules];
}

/**
 * Whether one admission rule may match a pod, a workload, RBAC, aws-auth or another kind of MUTATION_TARGETS.
 * `byCertManager`: the admission object is cert-manager's own webhook (certManagerServes), whose rewrites of its own
 * kinds are cert-manager's.
 */
function ruleMutatesWhatMatters(rule: any, byCertManager = false): boolean {
    return ruleRewritesBuiltIn(rule) || ruleRewritesCustom(rule, byCertManager).length > 0;
}

/** Whether one admission rule may match a kind of MUTATION_TARGETS (pods, workloads, RBAC, aws-auth, ...). */
function ruleRewritesBuiltIn(rule: any): boolean {
    const groups: string[] = Array.isArray(rule?.apiGroups) ? rule.apiGroups.map(String) : ["*"];
    const resources: string[] = Array.isArray(rule?.resources) ? rule.resources.map(String) : ["*"];
    return (
        groups.some(g => MUTATION_GROUPS.has(g)) &&
        resources.some(x => {
            // A `scale` or `status` subresource's object carries no pod template (autoscaling/v1 Scale:
            // replicas only; status writes keep the stored spec).
            const [resource, sub] = x.split("/");
            return (
                (MUTATION_TARGETS.has(resource) && sub !== "scale" && sub !== "status") ||
                (resource === "*" && sub !== undefined && sub !== "scale" && sub !== "status")
            );
        })
    );
}

/**
 * The custom resources (`group/resource`) one admission rule may rewrite that are not known to be inert (Argo
 * Workflows, Flux Kustomizations, cert-manager's Issuers unless `byCertManager`, ...): their controllers run pods,
 * apply manifests or request tokens from the object, so rewriting it is writing a pod spec, as RBAC writes on them
 * count (customResourcesWritten; RBAC Good Practices, "Workload creation").
 */
function ruleRewritesCustom(rule: any, byCertManager = false): string[] {
    const groups: string[] = Array.isArray(rule?.apiGroups) ? rule.apiGroups.map(String) : ["*"];
    const resources: string[] = Array.isArray(rule?.resources) ? rule.resources.map(String) : ["*"];
    return groups
        .filter(g => !BUILT_IN_GROUPS.has(g))
        .flatMap(g =>
            resources
                .map(x => (x === "*/*" ? "*" : x))
                .filter(x => {
                    const reach = customWriteReach(g, x, byCertManager).reach;
                    // A node launcher rewritten is judged as launching nodes (admissionRewritesNodes).
                    return reach === "namespace" || reach === "cluster";
                })
                .map(x => `${g}/${x}`),
        );
}

/**
 * When an admission object rewrites what matters only through custom resources (ruleRewritesCustom), those
 * resources, for its messages; undefined when it may rewrite pods or other built-in targets too.
 */
function customRewritesOnly(r: StackResource, resources: readonly StackResource[]): string[] | undefined {
    const own = certManagerWebhook(r);
    const out = new Set<string>();
    for (const list of admissionRuleLists(r, resources)) {
        if (list === undefined) return undefined;
        for (const rule of list) {
            if (ruleRewritesBuiltIn(rule)) return undefined;
            for (const c of ruleRewritesCustom(rule, own)) out.add(c);
        }
    }
    return out.size > 0 ? [...out] : undefined;
}

/** What rewriting each other kind of MUTATION_TARGETS acts through, for messages (see MUTATION_TARGETS). */
const TARGET_REWRITE_WHAT: Record<string, string> = {
    secrets:
        "Secrets (the credentials pods mount, ServiceAccount token Secrets included: their data and annotations as stored)",
    serviceaccounts: "ServiceAccounts (their IAM role annotation and the Secrets they name)",
    configmaps: "ConfigMaps (aws-auth, and what pods read as configuration)",
    customresourcedefinitions: "CustomResourceDefinitions (a conversion webhook rewrites their custom resources)",
    apiservices: "APIServices (an API group routed to another Service)",
    namespaces: "Namespaces (their Pod Security labels)",
    roles: "RBAC roles and bindings",
    rolebindings: "RBAC roles and bindings",
    clusterroles: "RBAC roles and bindings",
    clusterrolebindings: "RBAC roles and bindings",
    persistentvolumes: "PersistentVolumes (a hostPath source)",
    storageclasses: "StorageClasses (their provisioner and parameters)",
};

/**
 * What of MUTATION_TARGETS an admission object rewrites, for its messages: "pods" when its rules may match pods, a
 * kind that makes them, any resource (`*`), or anything (a list admissionRuleLists leaves undefined); otherwise what
 * rewriting the kinds it names acts through (TARGET_REWRITE_WHAT). A request is rewritten only when every list of
 * the object matches it, so the kinds are those every list names.
 */
function builtInRewritten(r: StackResource, resources: readonly StackResource[]): "pods" | string[] {
    let common: Set<string> | undefined;
    for (const list of admissionRuleLists(r, resources)) {
        if (list === undefined) continue;
        const kinds = new Set<string>();
        let any = false;
        for (const rule of list) {
            if (!ruleRewritesBuiltIn(rule)) continue;
            const names: string[] = Array.isArray((rule as any)?.resources)
                ? (rule as any).resources.map(String)
                : ["*"];
            for (const x of names) {
                const [resource, sub] = x.split("/");
                if (sub === "scale" || sub === "status") continue;
                if (resource === "*") any = true;
                else if (MUTATION_TARGETS.has(resource)) kinds.add(resource);
            }
        }
        if (any) continue;
        common = common === undefined ? kinds : new Set([...common].filter(k => kinds.has(k)));
    }
    if (common === undefined || common.size === 0 || [...common].some(k => POD_MAKING_TARGETS.has(k))) return "pods";
    return [...new Set([...common].map(k => TARGET_REWRITE_WHAT[k] ?? k))];
}

/**
 * Whether an admission object is cert-manager's own webhook: a MutatingWebhookConfiguration every webhook of which is
 * served in cert-manager's namespace (customResources.ts certManagerServes). Another one (a Service elsewhere, a URL,
 * a MutatingAdmissionPolicy, which cert-manager does not ship) rewriting Issuers, ClusterIssuers or Challenges picks
 * the ServiceAccounts cert-manager acts as (their serviceAccountRef and solver podTemplate): like RBAC writes on them.
 */
function certManagerWebhook(r: StackResource): boolean {
    const hooks = r.props.webhooks;
    return (
        /:MutatingWebhookConfiguration(Patch)?$/.test(r.type) &&
        Array.isArray(hooks) &&
        hooks.length > 0 &&
        hooks.every((h: any) => certManagerServes(h?.clientConfig))
    );
}

function mutatesWhatMatters(r: StackResource, resources: readonly StackResource[]): boolean {
    const own = certManagerWebhook(r);
    return admissionRuleLists(r, resources).every(
        list => list === undefined || list.some(rule => ruleMutatesWhatMatters(rule, own)),
    );
}

/**
 * What of the Service-capture kinds (SERVICE_CAPTURE_SCOPE) one admission rule may rewrite: Services (their
 * externalIPs, at CREATE or UPDATE) and services/status (its load-balancer ingress IP), and ServiceCIDRs (their
 * CIDRs, validated for syntax only after mutation). In a rule, `*` is every resource but no subresource, `x/*` every
 * subresource of x, `*\/*` both, `*\/status` every status subresource (Kubernetes "Dynamic Admission Control",
 * "Matching requests: rules"; mutating webhooks run on the subresources their rules name).
 */
function ruleRewritesServices(rule: any): string[] {
    const groups: string[] = Array.isArray(rule?.apiGroups) ? rule.apiGroups.map(String) : ["*"];
    const resources: string[] = Array.isArray(rule?.resources) ? rule.resources.map(String) : ["*"];
    const matches = (resource: string, sub?: string) =>
        resources.some(x => {
            const [base, xSub] = x.split("/");
            if (base !== "*" && base !== resource) return false;
            return sub === undefined
                ? xSub === undefined || (base === "*" && xSub === "*")
                : xSub === "*" || xSub === sub;
        });
    const out: string[] = [];
    if (groups.some(g => g === "*" || g === "")) {
        if (matches("services")) out.push("Services (externalIPs)");
        if (matches("services", "status")) out.push("services/status (load-balancer ingress IP)");
    }
    if (groups.some(g => g === "*" || g === "networking.k8s.io") && matches("servicecidrs"))
        out.push("ServiceCIDRs (their CIDRs: node-local ranges for any Service's ClusterIP)");
    // Custom resources whose controller writes the Service they carry (customResources.ts SERVICE_TEMPLATE_RESOURCES).
    for (const [group, x] of Object.entries(SERVICE_TEMPLATE_RESOURCES))
        if (groups.some(g => g === "*" || g === group))
            for (const plural of x.resources)
                if (matches(plural)) out.push(`${group}/${plural} (the Services their controller writes as given)`);
    return out;
}

/**
 * The node-launching resources (ruleRewritesNodes) an admission object names in every one of its known rule lists,
 * or none. A list that may match anything says nothing here: such an object rewrites pods already.
 */
function admissionRewritesNodes(
    r: StackResource,
    resources: readonly StackResource[],
    taintReliance: TaintReliance | undefined,
): string[] {
    const known = admissionRuleLists(r, resources)
        .filter((list): list is unknown[] => list !== undefined)
        .map(list => new Set(list.flatMap(rule => ruleRewritesNodes(rule, taintReliance))));
    if (known.length === 0) return [];
    return [...known[0]].filter(k => known.every(h => h.has(k)));
}

/** The Service-capture kinds an admission object rewrites (every list must match), or undefined for none. */
function admissionRewritesServices(r: StackResource, resources: readonly StackResource[]): string | undefined {
    const lists = admissionRuleLists(r, resources);
    const hits = lists.map(list =>
        list === undefined ? undefined : new Set(list.flatMap(rule => ruleRewritesServices(rule))),
    );
    // Each known list must reach a kind; the kinds that every known list reaches are those rewritten.
    const known = hits.filter((h): h is Set<string> => h !== undefined);
    if (known.length === 0) return "Services, services/status and ServiceCIDRs (its rules may match anything)";
    const common = [...known[0]].filter(k => known.every(h => h.has(k)));
    return common.length > 0 ? common.join(", ") : undefined;
}

/**
 * The namespaced kinds among those a webhook can rewrite (and Services): a namespaceSelector limits them, never a
 * cluster-scoped kind (Dynamic Admission Control, "Matching requests: namespaceSelector": "If the object is another
 * cluster scoped resource, it never skips the webhook").
 */
const CLUSTER_SCOPED_TARGETS = [
    "*",
    "clusterroles",
    "clusterrolebindings",
    "namespaces",
    "persistentvolumes",
    "customresourcedefinitions",
    "apiservices",
];
const NAMESPACED_KINDS = new Set([
    ...[...MUTATION_TARGETS].filter(k => !CLUSTER_SCOPED_TARGETS.includes(k)),
    "services",
]);

/**
 * The namespaces a webhook configuration (mutating or validating) is limited to, when every webhook of it selects namespaces by
 * their name: `namespaceSelector` matching `kubernetes.io/metadata.name` (which the control plane sets to the
 * namespace's name: Kubernetes "Well-Known Labels, Annotations and Taints") with `In` or `matchLabels`. The API
 * server calls a webhook only for objects of matching namespaces (Kubernetes "Dynamic Admission Control",
 * "Matching requests: namespaceSelector"). Undefined (every namespace) for anything else, admission policies
 * included, and for cluster-scoped objects, which a namespaceSelector does not limit.
 */
function webhookNamespaces(r: StackResource): string[] | undefined {
    if (!/(Mutating|Validating)WebhookConfiguration/.test(r.type)) return undefined;
    const hooks = r.props.webhooks;
    if (!Array.isArray(hooks) || hooks.length === 0) return undefined;
    const NAME = "kubernetes.io/metadata.name";
    const out = new Set<string>();
    for (const h of hooks as any[]) {
        if (!webhookRulesNamespaced(h)) return undefined;
        const sel = h?.namespaceSelector as
            { matchLabels?: Record<string, unknown>; matchExpressions?: unknown[] } | undefined;
        const names: string[][] = [];
        const label = sel?.matchLabels?.[NAME];
        if (typeof label === "string") names.push([label]);
        for (const e of (sel?.matchExpressions ?? []) as any[]) {
            if (e?.key !== NAME) continue;
            if (e.operator !== "In" || !Array.isArray(e.values)) return undefined;
            names.push(e.values.map(String));
        }
        if (names.length === 0) return undefined;
        // All requirements must hold: the namespaces every one of them admits.
        const admitted = names.reduce((a, b) => a.filter(n => b.includes(n)));
        for (const n of admitted) out.add(n);
    }
    return [...out];
}

/**
 * Whether every rule of one webhook matches only namespaced kinds, which a namespaceSelector limits: a rule that may
 * match cluster-scoped kinds (ClusterRoles, ...) is not limited by it ("If the object is another cluster scoped
 * resource, it never skips the webhook"): its scope must be Namespaced, or every resource it names a namespaced kind.
 */
function webhookRulesNamespaced(h: any): boolean {
    const rules = Array.isArray(h?.rules) ? h.rules : [];
    return (
        rules.length > 0 &&
        !rules.some(
            (x: any) =>
                x?.scope !== "Namespaced" &&
                !(
                    Array.isArray(x?.resources) &&
                    x.resources.every((res: unknown) => NAMESPACED_KINDS.has(String(res).split("/")[0]))
                ),
        )
    );
}

/**
 * The namespaces no webhook of a webhook configuration (not a patch) is called for: those every webhook excludes by
 * a namespaceSelector requirement `kubernetes.io/metadata.name NotIn [...]` on namespaced rules only (the API server
 * sets that label on every namespace to its name, and it cannot be changed: Kubernetes "Well-Known Labels,
 * Annotations and Taints"; a namespaceSelector is evaluated on the labels of the object's namespace: "Dynamic
 * Admission Control", "Matching requests: namespaceSelector"). Empty when any webhook may be called everywhere.
 */
function webhookExcludedNamespaces(r: StackResource): string[] {
    if (!/:(Mutating|Validating)WebhookConfiguration$/.test(r.type)) return [];
    const hooks = r.props.webhooks;
    if (!Array.isArray(hooks) || hooks.length === 0) return [];
    const NAME = "kubernetes.io/metadata.name";
    let out: string[] | undefined;
    for (const h of hooks as any[]) {
        if (isUnknown(h) || !webhookRulesNamespaced(h)) return [];
        const exprs = h?.namespaceSelector?.matchExpressions;
        const excluded = new Set<string>();
        for (const e of Array.isArray(exprs) ? exprs : []) {
            if (e?.key !== NAME || e?.operator !== "NotIn" || !Array.isArray(e.values)) continue;
            for (const v of e.values) if (typeof v === "string") excluded.add(v);
        }
        out = (out ?? [...excluded]).filter(n => excluded.has(n));
    }
    return out ?? [];
}

/**
 * A CustomResourceDefinition of the stack whose conversion webhook rewrites objects of a kind that is not inert: the
 * API server stores and serves what the webhook returns whenever the requested version differs from the stored one
 * (Kubernetes "Versions in CustomResourceDefinitions", "Webhook conversion": only metadata other than labels and
 * annotations is protected), with no namespaceSelector, so an Argo Workflow's pod spec and serviceAccountName are the
 * webhook's to choose in every namespace: a mutating webhook on that custom resource (see `mutatesWhatMatters`).
 * Inert kinds (engine/customResources.ts: cert-manager's converting its own Certificates) run no pod from the object.
 */
function conversionRewrites(r: StackResource): string | undefined {
    const spec = r.props.spec as Record<string, unknown> | undefined;
    const conversion = spec?.conversion as Record<string, unknown> | undefined;
    const strategy = conversion?.strategy;
    if (!isUnknown(spec) && !isUnknown(conversion) && !isUnknown(strategy) && strategy !== "Webhook") return undefined;
    const crdGroup = str(spec, "group");
    const names = spec?.names as Record<string, unknown> | undefined;
    const crdKind = str(names, "kind");
    // A node launcher (Karpenter's NodePools) is inert only as the stack's own object: rewritten, it launches nodes.
    // cert-manager's Issuers, ClusterIssuers and Challenges are inert only as cert-manager writes them: converted by
    // cert-manager's own webhook (customResources.ts certManagerServes), not by another one.
    const plural = str(names, "plural") ?? "*";
    if (
        crdGroup !== undefined &&
        crdKind !== undefined &&
        isInertKind(crdGroup, crdKind) &&
        !launchesNodes(crdGroup, plural) &&
        (isInertResource(crdGroup, plural) ||
            (isInertResource(crdGroup, plural, true) &&
                certManagerServes((conversion?.webhook as Record<string, unknown> | undefined)?.clientConfig)))
    )
        return undefined;
    const what = `${crdKind ?? "an unknown kind"} of ${crdGroup ?? "an unknown group"}`;
    return strategy === "Webhook"
        ? `converts every ${what} through a webhook (it rewrites each stored and served object, pod specs included: a custom resource that is not known to be inert)`
        : `may convert every ${what} through a webhook: ${unverifiable("conversion strategy", "a conversion webhook rewrites every stored object of the kind")}`;
}

/**
 * Whether an identity provider's username or groups prefix, followed by a claim of the IdP's choosing, can spell a name
 * Kubernetes or EKS reserves for its own identities: it begins one of the reserved prefixes (`sys` + `tem:masters`) or
 * extends one. AWS refuses a prefix containing `system:` (CloudFormation AWS::EKS::IdentityProviderConfig
 * OidcIdentityProviderConfig: "The prefix can't contain system:"), not one that stops short of it. EKS reserves
 * `eks:` names for its own components (EKS user guide, "Set a custom username for EKS access entries": a username
 * "can't start with system:, eks:, aws:, amazon:, or iam:"; "Understand Amazon EKS created RBAC roles and users":
 * bindings of its components' eks: users; "Grant additional Kubernetes RBAC to EKS Auto Mode managed controllers":
 * group eks:managed).
 */
function reservedPrefix(prefix: string): boolean {
    return ["system:", "eks:"].some(reserved => reserved.startsWith(prefix) || prefix.startsWith(reserved));
}

/**
 * The read-only resource metrics, custom metrics and external metrics APIs (Kubernetes "Resource metrics pipeline";
 * read by the HorizontalPodAutoscaler): rerouting them changes numbers, never an object a controller builds pods
 * from, and the aggregator forwards requests with its own front-proxy certificate and the caller's name in headers,
 * never the caller's token (Kubernetes "Configure the Aggregation Layer", "Authentication Flow").
 */
const METRICS_GROUPS = new Set(["metrics.k8s.io", "custom.metrics.k8s.io", "external.metrics.k8s.io"]);

/**
 * An APIService (or patch) of the stack that routes a group/version to a Service: the kube-aggregator proxies every
 * request of that group/version to it (Kubernetes "Kubernetes API Aggregation Layer"; "Configure the Aggregation
 * Layer"), so whoever runs that Service answers for the group: for a built-in group (apps, batch, core, RBAC,
 * admission, apiextensions) the controllers build pods and bindings from what it serves, for a custom resource group
 * that is not inert its controller does. As RBAC writes on `apiservices` (saPowerOfRule), cluster-wide. A local
 * APIService (no `service`: served by the API server itself), the metrics APIs and wholly inert groups are not.
 */
function apiServiceReroutes(r: StackResource): string | undefined {
    const spec = r.props.spec as Record<string, unknown> | undefined;
    const service = spec?.service;
    if (!isUnknown(spec) && (service === undefined || service === null)) return undefined;
    // The name is `<version>.<group>` (the API server requires it: kube-aggregator validation, ValidateAPIService).
    const metaName = meta(r).name;
    const dot = metaName?.indexOf(".") ?? -1;
    const rawGroup = spec?.group;
    const apiGroup =
        typeof rawGroup === "string" && !isUnknown(rawGroup)
            ? rawGroup
            : rawGroup === undefined && metaName !== undefined && dot > 0
              ? metaName.slice(dot + 1)
              : undefined;
    const version = str(spec, "version") ?? (dot > 0 ? metaName?.slice(0, dot) : undefined);
    if (apiGroup !== undefined && (METRICS_GROUPS.has(apiGroup) || isInertResource(apiGroup, "*"))) return undefined;
    const svc = service as Record<string, unknown> | undefined;
    const target = isUnknown(service)
        ? "an unknown Service"
        : `Service ${str(svc, "namespace") ?? "?"}/${str(svc, "name") ?? "?"}`;
    const which =
        apiGroup === undefined
            ? "an unknown API group"
            : `API group ${apiGroup === "" ? "core" : apiGroup}/${version ?? "?"}`;
    const kindOf =
        apiGroup === undefined
            ? "it may be a built-in group"
            : BUILT_IN_GROUPS.has(apiGroup)
              ? "a built-in group: controllers build pods and bindings from what it serves"
              : "a custom resource group that is not known to be inert: its controller may run pods from what it serves";
    return `reroutes ${which} to ${target} (${kindOf})`;
}

/**
 * What a Kyverno call does with Kyverno's identity. An apiCall context (kyverno.io "External Data Sources": urlPath
 * for the Kubernetes API, service.url for any HTTP service) is made by Kyverno with its ServiceAccount: urlPath reads
 * whatever Kyverno may read, legacy token Secrets included, into variables a rule puts in its messages or in the
 * objects it writes; a service call carries Kyverno's token as a bearer token (kyverno/website#1308, "a token is
 * added ... pkg/engine/apicall/executor.go"; kyverno/kyverno#16019: the executor "was automatically injecting the
 * controller's ServiceAccount token into every outgoing HTTP request"; before kyverno/kyverno#15779 that token's
 * audience is the API server's). Kyverno's admission controller writes its own webhook configurations, so its identity
 * reaches every pod. The same holds for a ValidatingPolicy's resource.Get/List/Post and http calls (kyverno.io "CEL
 * Libraries": "retrieve Kubernetes resources from the cluster").
 */
const KYVERNO_CALLS_WHY =
    "Kyverno makes the call with its own ServiceAccount, so whoever writes the policy reads what Kyverno may read (legacy token Secrets included) into its messages and objects, and whoever serves a service URL receives Kyverno's token; take the data from a ConfigMap context instead";
/** A call of Kyverno's resource or http CEL libraries (kyverno.io "CEL Libraries"). */
const KYVERNO_CEL_CALL = /\b(resource|http)\s*\.\s*(Get|List|Post|Put|Delete|Client)\s*\(/;

/**
 * The apiCall contexts a Kyverno policy's rules (or a GlobalContextEntry's spec) hold, anywhere (a rule's context, a
 * foreach's context), as "calls <what>"; an unknown part may hold one. Undefined when none.
 */
function kyvernoApiCalls(v: unknown): string | undefined {
    const found: string[] = [];
    // Where an apiCall may hide during a preview: a whole rule or spec, a context list or one of its entries.
    let unknown = isUnknown(v) || (Array.isArray(v) && v.some(isUnknown));
    const walk = (x: unknown, depth: number): void => {
        if (depth > 16) return;
        if (Array.isArray(x)) x.forEach(y => walk(y, depth + 1));
        else if (x !== null && typeof x === "object")
            for (const [k, y] of Object.entries(x as Record<string, unknown>)) {
                if (k === "context" && (isUnknown(y) || (Array.isArray(y) && y.some(isUnknown)))) unknown = true;
                if (k === "apiCall" && y !== undefined && y !== null) {
                    const url = str((y as { service?: unknown }).service, "url");
                    const path = str(y, "urlPath");
                    found.push(
                        url
                            ? `service ${url}`
                            : path
                              ? `the Kubernetes API at ${path}`
                              : isUnknown(y)
                                ? "an apiCall unknown during the preview"
                                : "an apiCall",
                    );
                }
                walk(y, depth + 1);
            }
    };
    walk(v, 0);
    if (found.length > 0) return `calls ${[...new Set(found)].join(", ")} (apiCall)`;
    return unknown ? unverifiable("its rules' context", "it may hold an apiCall") : undefined;
}

/** Why rewriting a custom resource that is not inert (ruleRewritesCustom) is acting as ServiceAccounts. */
const CUSTOM_REWRITE_WHY =
    "custom resources that are not known to be inert: their controllers run pods, apply manifests or request ServiceAccount tokens from what the object says, as cert-manager does for an Issuer's serviceAccountRef and solver podTemplate";

/** Who acts with the tokens cert-manager requests for an object's serviceAccountRef (certManagerTokenRequests). */
const certManagerTokenActor = (what: string): string =>
    `cert-manager acting for ${what} (whoever writes it, or serves the role or Vault server it names)`;

/** Who acts as an Issuer's or ClusterIssuer's ACME solver pods (acmeSolverPods): `what` is "Issuer <ns>/<name>". */
const acmeSolverActor = (what: string): string =>
    `the ACME HTTP-01 solver pods cert-manager runs for ${what} (its acmesolver image and the injectors their annotations call, outside this stack)`;

/**
 * The powers of whoever rewrites the pods admitted to `namespaces`: their ServiceAccounts, and where a namespace
 * admits privileged pods every ServiceAccount (podSecurityWidened, whose scope leaves out the namespaces themselves).
 */
function podsRewrittenIn(
    actor: PrincipalNode,
    namespaces: string[],
    via: string,
    confined: Confinement,
    urn: string,
): SaPower[] {
    const widened = podSecurityWidened({ namespaces }, via, confined(urn));
    return [
        { actor, scope: { namespaces }, via, urn },
        ...(widened ? [{ actor, scope: widened.scope, via: widened.via, urn }] : []),
    ];
}

/**
 * Objects of the stack that act as every ServiceAccount of the cluster: a mutating webhook or admission policy
 * rewrites every pod admitted (RBAC Good Practices, "Control admission webhooks"); a Kyverno policy with generate
 * or mutate rules creates RoleBindings or rewrites pods as Kyverno (kyverno.io, "Generate Rules"); a pod with the
 * kubelet's directory on a hostPath, or privileged, reads every token on its node (Pod Security Standards,
 * Baseline: "HostPath Volumes", "Privileged Containers").
 */
/**
 * Signers of serving certificates only, and the usages they admit: EKS's beta.eks.amazonaws.com/app-serving ("must
 * not include usages beyond [key encipherment, digital signature, server auth]", "Client certificate signing is not
 * supported": EKS user guide, "Secure workloads with Kubernetes certificates") and kubernetes.io/kubelet-serving
 * (the same usages, "Kubernetes signers" in Kubernetes "Certificate Signing Requests"). A certificate of theirs
 * authenticates no one to the API server.
 */
const SERVING_SIGNERS = new Set(["beta.eks.amazonaws.com/app-serving", "kubernetes.io/kubelet-serving"]);
const SERVING_USAGES = new Set(["digital signature", "key encipherment", "server auth"]);
const CSR_FIX =
    "request serving certificates only (signerName beta.eks.amazonaws.com/app-serving, usages digital signature, key encipherment, server auth), and issue client identities from outside the custody stack";

/**
 * What a CertificateSigningRequest of the stack (or a patch that sets its spec) asks for that is an identity, or
 * undefined: judged by signerName, as an allowlist (SERVING_SIGNERS with serving usages only). A client signer's
 * certificate is a node's or a user's identity for whoever holds the request's private key (made with the request,
 * outside the pack's sight), CN and O being the requester's choice (Kubernetes "Certificate Signing Requests",
 * "Kubernetes signers"); for the kubelet client signer the csrapproving controller approves it without anyone, the
 * deployer (cluster-admin) holding certificatesigningrequests/nodeclient (saPowerOfRule). Any other signer issues
 * what its controller decides, outside the pack's sight. Nothing is issued before approval, but a stack that asks has
 * no other use for it. The spec is immutable (Kubernetes API CertificateSigningRequest: request, signerName and
 * usages cannot be changed), so a patch without a spec asks for nothing.
 */
function csrIdentity(r: StackResource): string | undefined {
    const spec = r.props.spec as Record<string, unknown> | undefined;
    if (r.type.endsWith("Patch") && (spec === undefined || spec === null)) return undefined;
    if (isUnknown(spec) || isUnknown(spec?.signerName))
        return unverifiable("signerName", `it may name a client signer (a node's or any user's identity); ${CSR_FIX}`);
    const signer = str(spec, "signerName");
    const usages = strList(spec, "usages");
    if (signer !== undefined && clientSigner(signer))
        return `asks ${signer} for a client certificate: ${CLIENT_CERTIFICATE_WHY}, held by whoever holds the request's private key${signer === KUBELET_CLIENT_SIGNER ? " (the csrapproving controller approves it itself: the deployer holds certificatesigningrequests/nodeclient)" : " once approved"}; ${CSR_FIX}`;
    if (signer === undefined || !SERVING_SIGNERS.has(signer))
        return `names signer ${signer ?? "(none)"}, which the pack does not know: what its controller issues, and who trusts it, is outside the pack's sight; ${CSR_FIX}`;
    if (usages.unknown) return unverifiable("usages", `they may ask ${signer} for a client certificate; ${CSR_FIX}`);
    const beyond = usages.values.filter(u => !SERVING_USAGES.has(u));
    if (beyond.length > 0)
        return `asks ${signer} for usages ${beyond.join(", ")}, beyond a serving certificate's (${[...SERVING_USAGES].join(", ")}); ${CSR_FIX}`;
    return undefined;
}

function clusterWidePowers(
    resources: readonly StackResource[],
    k8s: (kind: "User" | "Group" | "ServiceAccount", name: string, namespace?: string) => PrincipalNode,
    confined: Confinement,
    taintReliance: TaintReliance | undefined,
    argoCd: ArgoCdNamespaces,
): SaPower[] {
    const out: SaPower[] = [];
    const writtenHostPaths = resources.flatMap(r =>
        POD_SPEC_OF[r.type]
            ? hostPathMounts(withInjectedVolumes(POD_SPEC_OF[r.type](r.props), podAnnotationsOf(r.type, r.props)))
                  .filter(m => m.writable)
                  .map(m => ({ path: m.path, by: `${r.type.split(":").pop()} ${meta(r).name ?? r.name}` }))
            : [],
    );
    for (const r of resources) {
        const kind = r.type.split(":").pop() ?? "";
        const name = meta(r).name ?? r.name;
        const [, group] = r.type.split(":");
        if (
            group?.startsWith("admissionregistration.k8s.io") &&
            /^Mutating(WebhookConfiguration|AdmissionPolicy)/.test(kind)
        ) {
            const actor = k8s("User", admissionActor(r));
            // Rewriting a Service's externalIPs or status ingress IP, or a ServiceCIDR's ranges, is writing them
            // (SERVICE_CAPTURE_WHY), whatever namespaces the webhook selects: the agent's address is every node's.
            // A power over every namespace below holds that already.
            const matters = mutatesWhatMatters(r, resources);
            const custom = matters ? customRewritesOnly(r, resources) : undefined;
            // What it rewrites, for the messages: pods, or the other kinds it matches (a Secret-only policy).
            const rewritten = custom ? "pods" : builtInRewritten(r, resources);
            const only = webhookNamespaces(r);
            // Node launchers are cluster-scoped: no namespaceSelector limits a webhook on them.
            const nodes = admissionRewritesNodes(r, resources, taintReliance).map(k =>
                k.startsWith("nodes ") ? `Node ${k}` : `${k} (${NODE_LAUNCH_WHY})`,
            );
            const unconfined = [...unconfinedRewrites(r, only, argoCd), ...nodes];
            const services = admissionRewritesServices(r, resources);
            if (services && !(matters && (only === undefined || unconfined.length > 0)))
                out.push({
                    actor,
                    scope: SERVICE_CAPTURE_SCOPE,
                    via: `${kind} ${name} rewrites ${services}: ${SERVICE_CAPTURE_WHY}`,
                    urn: r.urn,
                });
            if (!matters && nodes.length === 0) continue;
            if (only === undefined || unconfined.length > 0)
                out.push({
                    actor,
                    scope: { namespaces: "*" },
                    via:
                        unconfined.length > 0
                            ? `${kind} ${name} rewrites ${unconfined.join(", ")}, whatever namespaces it selects: power over every namespace`
                            : `${kind} ${name} rewrites ${rewritten === "pods" ? "every pod" : `the ${rewritten.join(", ")}`} admitted to the cluster${custom ? ` (through ${custom.join(", ")}: ${CUSTOM_REWRITE_WHY})` : ""}`,
                    urn: r.urn,
                });
            else {
                // Rewriting pods in a namespace is creating pods there: confined by its Pod Security level only.
                const via = `${kind} ${name} rewrites the ${rewritten === "pods" ? "pods" : rewritten.join(", ")} admitted to namespace ${only.join(", ")}${custom ? ` (through ${custom.join(", ")}: ${CUSTOM_REWRITE_WHY})` : ""}`;
                out.push(...podsRewrittenIn(actor, only, via, confined, r.urn));
            }
        } else if (group?.startsWith("certificates.k8s.io") && /^CertificateSigningRequest(Patch)?$/.test(kind)) {
            const why = csrIdentity(r);
            if (why)
                out.push({
                    actor: k8s("User", `whoever holds the private key of CertificateSigningRequest ${name}`),
                    scope: { namespaces: "*" },
                    via: `CertificateSigningRequest ${name} ${why}`,
                    urn: r.urn,
                });
        } else if (group?.startsWith("apiextensions.k8s.io") && /^CustomResourceDefinition(Patch)?$/.test(kind)) {
            const why = conversionRewrites(r);
            if (why)
                out.push({
                    actor: k8s("User", `CustomResourceDefinition ${name}'s conversion webhook (whoever serves it)`),
                    scope: { namespaces: "*" },
                    via: `CustomResourceDefinition ${name} ${why}`,
                    urn: r.urn,
                });
        } else if (group?.startsWith("apiregistration.k8s.io") && /^APIService(Patch)?$/.test(kind)) {
            const why = apiServiceReroutes(r);
            if (why)
                out.push({
                    actor: k8s("User", `${kind} ${name}'s Service (whoever serves it)`),
                    scope: { namespaces: "*" },
                    via: `${kind} ${name} ${why}`,
                    urn: r.urn,
                });
        } else if (group?.startsWith("kyverno.io") && /^(Cluster)?Policy/.test(kind)) {
            const rules = (r.props.spec as { rules?: unknown })?.rules;
            const acting = isUnknown(rules) || !Array.isArray(rules) || rules.some(x => x && (x.generate || x.mutate));
            const calls = acting ? undefined : kyvernoApiCalls(rules);
            if (acting)
                out.push({
                    actor: k8s("User", `Kyverno ${kind} ${name}`),
                    scope: { namespaces: "*" },
                    via: `Kyverno ${kind} ${name} generates or mutates objects as Kyverno (RoleBindings, pods)`,
                    urn: r.urn,
                });
            else if (calls)
                out.push({
                    actor: k8s("User", `Kyverno ${kind} ${name} (whoever writes it or serves what it calls)`),
                    scope: { namespaces: "*" },
                    via: `Kyverno ${kind} ${name} ${calls}: ${KYVERNO_CALLS_WHY}`,
                    urn: r.urn,
                });
        } else if (group?.startsWith("kyverno.io") && /^GlobalContextEntry/.test(kind)) {
            const calls = kyvernoApiCalls(r.props.spec);
            if (calls)
                out.push({
                    actor: k8s(
                        "User",
                        `Kyverno GlobalContextEntry ${name} (whoever writes it or serves what it calls)`,
                    ),
                    scope: { namespaces: "*" },
                    via: `Kyverno GlobalContextEntry ${name} ${calls}: ${KYVERNO_CALLS_WHY}`,
                    urn: r.urn,
                });
        } else if (group?.startsWith("policies.kyverno.io") && /^(Namespaced)?ValidatingPolicy/.test(kind)) {
            const text = isUnknown(r.props.spec) ? undefined : JSON.stringify(r.props.spec ?? {});
            const call = text === undefined ? undefined : KYVERNO_CEL_CALL.exec(text);
            // Only CEL can call out: variables, validations, audit annotations, match conditions.
            const spec = (r.props.spec ?? {}) as Record<string, unknown>;
            const unknownCel = ["variables", "validations", "auditAnnotations", "matchConditions"].some(k =>
                containsUnknown(spec[k]),
            );
            if (text === undefined || unknownCel || call)
                out.push({
                    actor: k8s("User", `Kyverno ${kind} ${name} (whoever writes it or serves what it calls)`),
                    scope: { namespaces: "*" },
                    via: `Kyverno ${kind} ${name} ${call ? `calls ${call[0].replace(/\s*\($/, "")} (Kyverno's CEL resource/http libraries)` : unverifiable("spec", "its CEL expressions may call Kyverno's resource or http libraries")}: ${KYVERNO_CALLS_WHY}`,
                    urn: r.urn,
                });
        } else if (ACME_ISSUER.test(r.type) || ACME_CHALLENGE.test(r.type)) {
            // Its ACME HTTP-01 solver pods, judged as the stack's pods are, their annotations included.
            for (const pod of acmeSolverPods(r.type, r.props)) {
                const annotations = pod.metadata?.annotations;
                const why = pod.unknown
                    ? unverifiable(pod.unknown, "its solver pods may own their node or run as any ServiceAccount")
                    : (unknownNodeReach(pod.spec, annotations) ??
                      nodeReach(pod.spec, annotations) ??
                      podAnnotationReach(annotations, pod.spec));
                const ns = meta(r).namespace ?? "default";
                const what = `${kind} ${pod.clusterWide ? "" : `${ns}/`}${name}`;
                if (why)
                    out.push({
                        actor: k8s("User", acmeSolverActor(what)),
                        scope: { namespaces: "*" },
                        via: `${what}'s ACME HTTP-01 solver pods (${pod.where}): ${why}`,
                        urn: r.urn,
                    });
            }
        } else if (/^kubernetes:storage\.k8s\.io\/[^:]+:StorageClass(Patch)?$/.test(r.type)) {
            // A provisioner makes the claimants' PersistentVolumes from the class (engine/storageClasses.ts): a node
            // directory there is mounted by whoever claims it, as a PersistentVolume's hostPath is.
            const why = storageClassReach(r.type, r.props);
            if (why)
                out.push({
                    actor: k8s("User", `whoever claims StorageClass ${name}`),
                    scope: { namespaces: "*" },
                    via: `StorageClass ${name} ${why} (past Pod Security Admission, which sees only the claim)`,
                    urn: r.urn,
                });
        } else if (
            r.type === "kubernetes:core/v1:PersistentVolume" ||
            r.type === "kubernetes:core/v1:PersistentVolumePatch"
        ) {
            // A `local` volume bind-mounts a node directory as hostPath does (Kubernetes "Volumes", local).
            const pvSpec = r.props.spec as Record<string, unknown> | undefined;
            const path = str(pvSpec?.hostPath, "path") ?? str(pvSpec?.local, "path");
            // An unknown path may be /var/lib/kubelet at `up`: unverifiable, like a pod's unknown hostPath.
            const source = (k: string) => pvSpec?.[k] as { path?: unknown } | undefined;
            const unknownPath = [
                pvSpec,
                source("hostPath"),
                source("hostPath")?.path,
                source("local"),
                source("local")?.path,
            ].some(isUnknown);
            if (path === undefined && unknownPath)
                out.push({
                    actor: k8s("User", `whoever claims PersistentVolume ${name}`),
                    scope: { namespaces: "*" },
                    via: `PersistentVolume ${name}: ${unverifiable("hostPath/local path", "it may mount a node directory such as /var/lib/kubelet (past Pod Security Admission)")}`,
                    urn: r.urn,
                });
            // The claimant's pod is not in view: judged as a root container's read-write mount (volumePathReach).
            const reach = path === undefined ? undefined : volumePathReach(path);
            if (path !== undefined && reach !== undefined)
                out.push({
                    actor: k8s("User", `whoever claims PersistentVolume ${name}`),
                    scope: { namespaces: "*" },
                    via: `PersistentVolume ${name} mounts the node's ${path} (past Pod Security Admission): ${reach}`,
                    urn: r.urn,
                });
        } else if (r.type.startsWith("kubernetes:networking.k8s.io/") && /:ServiceCIDR(Patch)?$/.test(r.type)) {
            // A ServiceCIDR over node-local addresses lets a Service take the Pod Identity agent's address as its
            // ClusterIP (serviceCapture); its CIDRs are checked only for syntax (validateServiceCIDRSpec).
            const cidrs = strList(r.props.spec, "cidrs");
            const local = cidrs.values.filter(c => nodeLocalAddress(c.split("/")[0]) || cidrCoversNodeLocal(c));
            const why = cidrs.unknown
                ? unverifiable("spec.cidrs", SERVICE_CAPTURE_WHY)
                : local.length > 0
                  ? `adds Service addresses ${local.join(", ")} on node-local ranges: ${SERVICE_CAPTURE_WHY}`
                  : undefined;
            if (why)
                out.push({
                    actor: k8s("User", `whoever may create a Service with a ClusterIP in ServiceCIDR ${name}`),
                    scope: SERVICE_CAPTURE_SCOPE,
                    via: `ServiceCIDR ${name} ${why}`,
                    urn: r.urn,
                });
        } else if (NAMESPACE_TYPES.includes(r.type)) {
            // Injectors copy a namespace's config annotations into every pod they inject there (podSpec.ts
            // namespaceAnnotationReach): as on each of those pods, whose ServiceAccounts the injected containers
            // hold, and in a namespace admitting privileged pods every node's (podsRewrittenIn).
            const why = namespaceAnnotationReach(
                (r.props.metadata as { annotations?: unknown } | undefined)?.annotations,
            );
            if (why)
                out.push(
                    ...podsRewrittenIn(
                        k8s("User", `whoever serves what Namespace ${name}'s annotations name (images, addresses)`),
                        [name],
                        `${kind} ${name}: ${why}; the injector copies it into every pod it injects in namespace ${name} (Linkerd: pkg/inject AppendNamespaceAnnotations), as if set on each (set it on no Namespace, or keep to the proxy's resource annotations and linkerd.io/inject enabled or disabled)`,
                        confined,
                        r.urn,
                    ),
                );
        } else if (
            r.type === "kubernetes:core/v1:Service" ||
            r.type === "kubernetes:core/v1:ServicePatch" ||
            ISTIO_VIRTUAL_SERVICE.test(r.type)
        ) {
            // A Service's externalIPs, or a mesh VirtualService's hosts, on a node-local address (SERVICE_CAPTURE_WHY).
            const virtual = ISTIO_VIRTUAL_SERVICE.test(r.type);
            const why = virtual ? virtualServiceCapture(r) : serviceCapture(r);
            const label = `${virtual ? "VirtualService" : "Service"} ${meta(r).namespace ?? "default"}/${name}`;
            if (why)
                out.push({
                    actor: k8s("User", `whoever runs the pods ${label} ${virtual ? "routes" : "sends"} to`),
                    scope: SERVICE_CAPTURE_SCOPE,
                    via: `${label} ${why}`,
                    urn: r.urn,
                });
        } else if (r.type === EKS_IDP_CONFIG) {
            // Without groupsPrefix the IdP's groups claim is used as is, system:masters included (EKS API,
            // OidcIdentityProviderConfigRequest: the prefix prevents clashes with system: groups). Unknown counts as none.
            const oidc = r.props.oidc as Record<string, unknown> | undefined;
            const issuer = str(oidc, "issuerUrl") ?? "an unknown issuer";
            const actor = k8s("User", `whoever the OIDC identity provider ${issuer} issues tokens for`);
            const groupsPrefix = str(oidc, "groupsPrefix");
            if (!groupsPrefix)
                out.push({
                    actor,
                    scope: { namespaces: "*" },
                    via: `EKS identity provider config ${name} without groupsPrefix (its groups claim can say system:masters)`,
                    urn: r.urn,
                });
            else if (reservedPrefix(groupsPrefix))
                out.push({
                    actor,
                    scope: { namespaces: "*" },
                    via: `EKS identity provider config ${name} with groupsPrefix ${groupsPrefix}, which begins a reserved name: its groups claim completes it to system:masters`,
                    urn: r.urn,
                });
            // usernamePrefix "-" turns prefixing off (EKS API, OidcIdentityProviderConfigRequest: "You can use the value
            // - to disable all prefixing"; Kubernetes "Authenticating", --oidc-username-prefix exists "to prevent clashes
            // with existing names (such as system: users)"). RBAC matches users by name, ServiceAccounts and nodes
            // included ("Using RBAC Authorization", "Referring to subjects"), so an IdP user whose claim is
            // system:serviceaccount:kube-system:replicaset-controller holds that controller's bindings. Absent, the
            // prefix is `<issuer>#` (or the claim is a verified email). Unknown counts as "-".
            const usernamePrefix = str(oidc, "usernamePrefix");
            const unknownUser = isUnknown(oidc) || isUnknown(oidc?.usernamePrefix);
            if (
                unknownUser ||
                (usernamePrefix !== undefined && (usernamePrefix === "-" || reservedPrefix(usernamePrefix)))
            )
                out.push({
                    actor,
                    scope: { namespaces: "*" },
                    via: unknownUser
                        ? `EKS identity provider config ${name}: ${unverifiable("usernamePrefix", "it may be - (no prefix): its usernames can be system:serviceaccount:<namespace>:<name> or system:node:<node>")}`
                        : `EKS identity provider config ${name} with usernamePrefix ${usernamePrefix}${usernamePrefix === "-" ? " (no prefix)" : ", which begins a reserved name"}: its username claim can say system:serviceaccount:<namespace>:<name> or system:node:<node>, and RBAC grants that ServiceAccount's or node's bindings to it`,
                    urn: r.urn,
                });
        } else if (POD_SPEC_OF[r.type]) {
            const spec = POD_SPEC_OF[r.type](r.props);
            // A Patch of a pod-bearing object keeps every field it does not set: the pod is the existing object's,
            // unseen, so the patch is judged by what it sets (patchOutsideAllowlist), not as a pod of its own.
            if (r.type.endsWith("Patch")) {
                const ns = meta(r).namespace ?? "default";
                const field = patchOutsideAllowlist(r.type, r.props);
                // What the patch itself sets that leaves the pod-spec allowlist is named first (the more telling).
                const annotations = podAnnotationsOf(r.type, r.props);
                const reach = field
                    ? (unknownNodeReach(spec, annotations) ?? nodeReach(spec, annotations) ?? onHostNetwork(spec))
                    : undefined;
                if (field)
                    out.push({
                        actor: k8s(
                            "User",
                            `whoever runs as the pods of ${kind} ${ns}/${name} (an object outside this stack)`,
                        ),
                        scope: { namespaces: "*" },
                        via: `${kind} ${ns}/${name}${reach ? `: ${reach}; it` : ""} sets ${field}: a server-side-apply patch keeps every field it does not set, so the pod it changes (its ServiceAccount, host access, volumes) is outside this stack and cannot be judged; only scheduling fields, replicas, the rollout strategy and its timings, suspend, history limits, the termination grace period, labels, inert pod annotations (a rollout restart's) and a container's resources leave it as it was`,
                        urn: r.urn,
                    });
                continue;
            }
            // A hostPath below a node directory some pod of the stack writes may be a symlink planted there, to any
            // node path (hostPathMounts).
            const planted = hostPathMounts(withInjectedVolumes(spec, podAnnotationsOf(r.type, r.props)))
                .map(m => ({ m, under: writtenHostPaths.find(w => m.volumePath.startsWith(`${w.path}/`)) }))
                .find(x => x.under !== undefined);
            if (planted?.under) {
                const ns = meta(r).namespace ?? "default";
                const sa = podServiceAccount(spec);
                out.push({
                    actor: k8s("ServiceAccount", sa, ns),
                    scope: { namespaces: "*" },
                    via: `${kind} ${ns}/${name}: hostPath ${planted.m.path} lies below ${planted.under.path}, which ${planted.under.by} writes: a symlink planted there redirects this mount to any node path (the kubelet's pod tokens included)`,
                    urn: r.urn,
                });
                continue;
            }
            const annotations = podAnnotationsOf(r.type, r.props);
            const unknownPart = unknownPodTemplatePart(r.type, r.props);
            // The pod that runs is the spec plus what injectors add from its annotations (podAnnotationReach).
            const why =
                (unknownPart && unverifiable(unknownPart, "the pod may own its node")) ??
                unknownNodeReach(spec, annotations) ??
                nodeReach(spec, annotations) ??
                podAnnotationReach(annotations, spec);
            const sniff = why ? undefined : onHostNetwork(spec);
            if (why || sniff) {
                const ns = meta(r).namespace ?? "default";
                const sa = podServiceAccount(spec);
                out.push({
                    actor: k8s("ServiceAccount", sa, ns),
                    scope: { namespaces: "*" },
                    via: `${kind} ${ns}/${name}: ${why ?? sniff}`,
                    urn: r.urn,
                });
            }
        }
    }
    return out;
}
