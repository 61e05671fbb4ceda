// Red-team round 53 on the Kubernetes/EKS API level (fresh eyes): round 52's rules (a role bound outside the stack has
// one holder, "whoever its bindings outside this stack name", read by the one bindings/pairing loop; a named `create`
// counts only beside a `patch` of that name by the same request identity) probed through: Secret create+read written
// into a stack ClusterRole that joins built-in view by aggregation (holders outside the stack, and a stack binding of
// view); a named create+patch written into a kube-system Role bound outside the stack and split over two patches of
// aws-node; the VPC CNI chart's own ANNOTATE_POD_IP rule (patch pods) on aws-node; the named-create pairing across a
// group the holder is in (system:authenticated, system:serviceaccounts:<ns>); a bootstrap role EKS binds outside the
// stack (system:node-proxier, eks:kube-proxy); impersonation of reserved users through eks:addon-manager; an access
// entry's group with ephemeral containers; an access scope with a namespace wildcard. Secure neighbours: harmless
// aggregation into view, named creates without a pod-creating patch (pods/status, another namespace, no patch), named
// create+patch in a restricted namespace with no powerful ServiceAccount, aws-node minting its own token, read-only
// access entries and policies, harmless patches of system:node-proxier.
// Insecure variants the whole pack must refuse, secure ones it must accept; the misses (a Was a MISS comment) are fixed.
//
// Misses (2 insecure, 0 secure): Secret create+read written into a stack ClusterRole that joins built-in view, or an
// operator's ClusterRole, by an aggregation label is never paired for the holders outside the stack (round 52 closed
// this for roles bound outside the stack, not for aggregation joins).
import { describeStackCases, Resources, StackCase } from "./support";
import { aws, bareServiceAccount, bind, k8s, k8sRole, namespace, roleFor } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const CUSTODY_NS = "validators";
const OPS_ROLE = "arn:aws:iam::111111111111:role/platform-ops";
const ACCESS_ENTRY = "aws:eks/accessEntry:AccessEntry";
const ASSOCIATION = "aws:eks/accessPolicyAssociation:AccessPolicyAssociation";

/** A ClusterRolePatch (server-side apply) of the ClusterRole `name` setting its rules; `tag` keeps several apart. */
function clusterRolePatch(r: Resources, name: string, rules: object[], tag = "patch", extra: object = {}): void {
    k8s(r, `kubernetes:${RBAC}/v1:ClusterRolePatch`, `${name.replace(/:/g, "-")}-${tag}`, {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: { name },
        rules,
        ...extra,
    });
}
/** A RolePatch of the Role `ns/name` setting its rules. */
function rolePatch(r: Resources, ns: string, name: string, rules: object[]): void {
    k8s(r, `kubernetes:${RBAC}/v1:RolePatch`, `${ns}-${name.replace(/:/g, "-")}-patch`, {
        apiVersion: `${RBAC}/v1`,
        kind: "Role",
        metadata: { name, namespace: ns },
        rules,
    });
}
/** A stack ClusterRole carrying `labels`, bound by no stack binding. */
function labelledClusterRole(r: Resources, name: string, labels: Record<string, string>, rules: object[]): void {
    k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, `${name}-labelled-role`, {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: { name, labels },
        rules,
    });
}
/** An EKS access entry for the outside role platform-ops. */
function accessEntry(r: Resources, name: string, props: object): void {
    aws(r, ACCESS_ENTRY, name, { clusterName: "prod-validators", principalArn: OPS_ROLE, type: "STANDARD", ...props });
}
/** An EKS access policy association for platform-ops. */
function association(r: Resources, name: string, policy: string, accessScope: object): void {
    aws(r, ASSOCIATION, name, {
        clusterName: "prod-validators",
        principalArn: OPS_ROLE,
        policyArn: `arn:aws:eks::aws:cluster-access-policy/${policy}`,
        accessScope,
    });
}

const TO_VIEW = { "rbac.authorization.k8s.io/aggregate-to-view": "true" };
const SECRET_CREATE = { apiGroups: [""], resources: ["secrets"], verbs: ["create"] };
const AWS_NODE_RULES = [
    { apiGroups: ["crd.k8s.amazonaws.com"], resources: ["eniconfigs"], verbs: ["get", "list", "watch"] },
    { apiGroups: [""], resources: ["namespaces"], verbs: ["list", "watch", "get"] },
    { apiGroups: [""], resources: ["pods"], verbs: ["list", "watch", "get"] },
    { apiGroups: [""], resources: ["nodes"], verbs: ["list", "watch", "get"] },
];
// kubernetes plugin/pkg/auth/authorizer/rbac/bootstrappolicy policy.go: system:node-proxier's rules.
const NODE_PROXIER_RULES = [
    { apiGroups: [""], resources: ["services", "endpoints"], verbs: ["list", "watch"] },
    { apiGroups: [""], resources: ["nodes"], verbs: ["get", "list", "watch"] },
    { apiGroups: ["", "events.k8s.io"], resources: ["events"], verbs: ["create", "patch", "update"] },
    { apiGroups: ["discovery.k8s.io"], resources: ["endpointslices"], verbs: ["list", "watch"] },
];
const NAMED_POD = (verbs: string[], names = ["debug-shell"]) => ({
    apiGroups: [""],
    resources: ["pods"],
    verbs,
    resourceNames: names,
});

const insecure: StackCase[] = [
    // ---- Secret create+read reaching holders outside the stack through aggregation into built-in view ----
    // Kubernetes "Using RBAC Authorization", "Aggregated ClusterRoles" and "Default roles and role bindings" (view is
    // aggregated from every ClusterRole labelled aggregate-to-view; its bindings outside the stack get those rules);
    // "Manually create a long-lived API token for a ServiceAccount" (a Secret of type service-account-token for
    // kube-system/replicaset-controller, read back, creates pods as validators/containment-chamber).
    // Was a MISS (fixed in round 53): insecure accepted clean. The aggregation controller copies these rules into
    // built-in view ("Using RBAC Authorization", "Aggregated ClusterRoles"), so every holder of view outside the stack may create a
    // kubernetes.io/service-account-token Secret for kube-system/replicaset-controller and read it back ("Manually create
    // a long-lived API token for a ServiceAccount"), then create pods as validators/containment-chamber. The pack
    // refuses the same label with a token power (next case) and the same rules under a stack binding of view (case
    // above), but kubernetes.ts records a join (joinsBuiltIn) only for a role whose rules are a power or capture
    // Services, and the roles loop gives the outside holders powerOf(rules) only: Secret create+read (secretPairs) is
    // never paired for them. Fix: as round 52's outsideBindings, synthesise a binding of each joined built-in (and each
    // outside aggregation label) to its outside holder, read by the bindings/pairing loop with the joining rules.
    {
        name: "a stack ClusterRole labelled aggregate-to-view grants create and get/list on secrets (view's holders outside the stack create and read token Secrets cluster-wide)",
        stack: "prod",
        edit: r =>
            labelledClusterRole(r, "view-secrets-helper", TO_VIEW, [
                SECRET_CREATE,
                { apiGroups: [""], resources: ["secrets"], verbs: ["get", "list"] },
            ]),
        refused: /view-secrets-helper|ClusterRole view|[Ss]ecret/,
    },
    {
        name: "a stack ClusterRole labelled aggregate-to-view grants create and get on secrets; platform-devs hold view by a stack ClusterRoleBinding",
        stack: "pod-identity",
        edit: r => {
            labelledClusterRole(r, "view-secrets-helper", TO_VIEW, [
                SECRET_CREATE,
                { apiGroups: [""], resources: ["secrets"], verbs: ["get"] },
            ]);
            bind(r, "devs-view", { kind: "ClusterRole", name: "view" }, [DEVS]);
        },
        refused: /view-secrets-helper|devs-view|platform-devs|[Ss]ecret/,
    },
    // Neighbour: the same aggregation with a token power is refused (the holders of view outside the stack).
    {
        name: "a stack ClusterRole labelled aggregate-to-view grants create serviceaccounts/token",
        stack: "prod",
        edit: r =>
            labelledClusterRole(r, "view-token-helper", TO_VIEW, [
                { apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"] },
            ]),
        refused: /view-token-helper|ClusterRole view/,
    },
    // Crossplane's ClusterRole crossplane aggregates every ClusterRole labelled rbac.crossplane.io/aggregate-to-crossplane
    // and is bound (outside the stack, by its chart) to crossplane-system/crossplane (crossplane chart
    // templates/clusterrole.yaml; "Using RBAC Authorization", "Aggregated ClusterRoles").
    // Was a MISS (fixed in round 53): insecure accepted clean; the same gap through an operator's aggregation label
    // (joinsOutside): Crossplane's ServiceAccount (every node running it, whoever controls a Composition's provider config) creates and reads a token
    // Secret of a kube-system controller. The pack names these holders for powers ("whoever the bindings of the
    // ClusterRoles aggregating ... name") but never pairs Secret create+read for them. Docs as above; Crossplane chart
    // templates/clusterrole.yaml (aggregationRule on rbac.crossplane.io/aggregate-to-crossplane).
    {
        name: "a stack ClusterRole labelled rbac.crossplane.io/aggregate-to-crossplane grants create and get secrets (Crossplane's ServiceAccount, bound outside the stack)",
        stack: "pod-identity",
        edit: r =>
            labelledClusterRole(
                r,
                "crossplane-secrets-helper",
                { "rbac.crossplane.io/aggregate-to-crossplane": "true" },
                [SECRET_CREATE, { apiGroups: [""], resources: ["secrets"], verbs: ["get"] }],
            ),
        refused: /crossplane|[Ss]ecret/,
    },
    // Neighbours (round 53): the join is recorded whatever the rules, so the pairing reads partial rules: create in one
    // role, get in another, both joined to the same built-in (or the same operator label).
    {
        name: "two stack ClusterRoles labelled aggregate-to-view: one grants create secrets, the other get secrets",
        stack: "pod-identity",
        edit: r => {
            labelledClusterRole(r, "view-secrets-create", TO_VIEW, [SECRET_CREATE]);
            labelledClusterRole(r, "view-secrets-read", TO_VIEW, [
                { apiGroups: [""], resources: ["secrets"], verbs: ["get"] },
            ]);
        },
        refused: /view-secrets-(create|read)|ClusterRole view|[Ss]ecret/,
    },
    {
        name: "two stack ClusterRoles labelled rbac.crossplane.io/aggregate-to-crossplane: one grants create secrets, the other get secrets",
        stack: "prod",
        edit: r => {
            const label = { "rbac.crossplane.io/aggregate-to-crossplane": "true" };
            labelledClusterRole(r, "crossplane-secrets-create", label, [SECRET_CREATE]);
            labelledClusterRole(r, "crossplane-secrets-read", label, [
                { apiGroups: [""], resources: ["secrets"], verbs: ["get", "list"] },
            ]);
        },
        refused: /crossplane|[Ss]ecret/,
    },
    // A role joining both view and edit: each built-in's holders, not only the last label read.
    {
        name: "a stack ClusterRole labelled aggregate-to-edit and aggregate-to-view grants create and get secrets",
        stack: "prod",
        edit: r =>
            labelledClusterRole(
                r,
                "edit-view-secrets",
                { "rbac.authorization.k8s.io/aggregate-to-edit": "true", ...TO_VIEW },
                [SECRET_CREATE, { apiGroups: [""], resources: ["secrets"], verbs: ["get"] }],
            ),
        refused: /edit-view-secrets|ClusterRole view|[Ss]ecret/,
    },
    // Neighbour (round 53): Secret read alone joined to view is no token pairing, but it is a cluster-wide read of
    // every Secret, argocd-secret among them (round 41's Argo CD rule), as round 51's I13 refuses for a stack binding of
    // view: view's holders outside the stack are held to the same.
    {
        name: "a stack ClusterRole labelled aggregate-to-view grants get/list secrets only (view's holders outside the stack read argocd-secret)",
        stack: "prod",
        edit: r =>
            labelledClusterRole(r, "view-secrets-read-only", TO_VIEW, [
                { apiGroups: [""], resources: ["secrets"], verbs: ["get", "list"] },
            ]),
        refused: /view-secrets-read-only|argocd-secret/,
    },
    // ---- named create + patch written into roles bound outside the stack ----
    // EKS user guide, "Understand Amazon EKS created RBAC roles and users" (Role eks-vpc-resource-controller-role in
    // kube-system, bound to user eks:vpc-resource-controller); RBAC "Referring to resources" and apiserver
    // endpoints/handlers/patch.go (a server-side apply is `patch`, then `create` with the name): a kube-system pod of
    // any kube-system ServiceAccount (kube-system enforces no Pod Security level).
    {
        name: "a RolePatch of EKS's Role kube-system/eks-vpc-resource-controller-role (bound outside the stack) adds create and patch pods [debug-shell]",
        stack: "prod",
        edit: r => rolePatch(r, "kube-system", "eks-vpc-resource-controller-role", [NAMED_POD(["create", "patch"])]),
        refused: /eks-vpc-resource-controller-role|debug-shell|server-side apply/,
    },
    {
        name: "two ClusterRolePatches of EKS's ClusterRole aws-node: one adds create pods [debug-shell], the other patch pods [debug-shell]",
        stack: "pod-identity",
        edit: r => {
            clusterRolePatch(r, "aws-node", [...AWS_NODE_RULES, NAMED_POD(["create"])], "create-patch");
            clusterRolePatch(r, "aws-node", [NAMED_POD(["patch"])], "patch-patch");
        },
        refused: /aws-node|debug-shell/,
    },
    // The VPC CNI chart's own ClusterRole with ANNOTATE_POD_IP (charts/aws-vpc-cni templates/clusterrole.yaml: pods
    // list/watch/get/patch). A running pod's container image may be updated (Kubernetes "Pods", "Pod update and
    // replacement": spec.containers[*].image is mutable), so whoever acts as aws-node (every node) swaps the signer's
    // image, run as validators/containment-chamber.
    {
        name: "a ClusterRolePatch of EKS's ClusterRole aws-node adds patch on pods (the VPC CNI chart's ANNOTATE_POD_IP rule): the signer pod's image may be swapped",
        stack: "prod",
        edit: r =>
            clusterRolePatch(r, "aws-node", [
                AWS_NODE_RULES[0],
                AWS_NODE_RULES[1],
                { apiGroups: [""], resources: ["pods"], verbs: ["list", "watch", "get", "patch"] },
                AWS_NODE_RULES[3],
            ]),
        refused: /aws-node|pods/,
    },
    {
        name: "a ClusterRolePatch of EKS's ClusterRole aws-node adds create serviceaccounts/token for containment-chamber (resourceNames)",
        stack: "pod-identity",
        edit: r =>
            clusterRolePatch(r, "aws-node", [
                ...AWS_NODE_RULES,
                {
                    apiGroups: [""],
                    resources: ["serviceaccounts/token"],
                    verbs: ["create"],
                    resourceNames: ["containment-chamber"],
                },
            ]),
        refused: /aws-node|serviceaccounts\/token|containment-chamber/,
    },
    // kube-proxy on EKS: ClusterRoleBinding eks:kube-proxy binds bootstrap ClusterRole system:node-proxier to
    // ServiceAccount kube-system/kube-proxy (EKS user guide, "Manage kube-proxy"; the add-on's manifest), beside the
    // bootstrap binding to user system:kube-proxy: a binding outside the stack that DEFAULT_BINDINGS does not list.
    {
        name: "a ClusterRolePatch of bootstrap ClusterRole system:node-proxier (bound by EKS to kube-system/kube-proxy too) adds create and get secrets",
        stack: "prod",
        edit: r =>
            clusterRolePatch(r, "system:node-proxier", [
                ...NODE_PROXIER_RULES,
                SECRET_CREATE,
                { apiGroups: [""], resources: ["secrets"], verbs: ["get"] },
            ]),
        refused: /node-proxier|kube-proxy|[Ss]ecret/,
    },
    // ---- the named-create pairing across groups the holder is in ----
    // A request carries the user's every group (Kubernetes "Authenticating": system:authenticated is added to every
    // authenticated user; a ServiceAccount is in system:serviceaccounts:<ns>), and RBAC allows it when any binding of
    // any of them does ("Using RBAC Authorization", "Referring to subjects").
    {
        name: "in privileged namespace tools, system:authenticated may create pods [debug-shell] (ClusterRole by RoleBinding) and platform-devs may patch pods [debug-shell]",
        stack: "prod",
        edit: r => {
            namespace(r, "tools", "privileged");
            k8sRole(r, "named-pod-create", [NAMED_POD(["create"])]);
            bind(
                r,
                "tools-authenticated-create",
                { kind: "ClusterRole", name: "named-pod-create" },
                [{ kind: "Group", name: "system:authenticated", apiGroup: RBAC }],
                "tools",
            );
            roleFor(r, "tools-devs-patch", [NAMED_POD(["patch"])], [DEVS], "tools");
        },
        refused: /debug-shell|server-side apply|tools/,
    },
    {
        name: "in privileged namespace tools, group system:serviceaccounts:tools may create pods [debug-shell] and tools/ci-bot may patch pods [debug-shell]",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools", "privileged");
            bareServiceAccount(r, "tools", "ci-bot");
            roleFor(
                r,
                "tools-sas-create",
                [NAMED_POD(["create"])],
                [{ kind: "Group", name: "system:serviceaccounts:tools", apiGroup: RBAC }],
                "tools",
            );
            roleFor(
                r,
                "tools-cibot-patch",
                [NAMED_POD(["patch"])],
                [{ kind: "ServiceAccount", name: "ci-bot", namespace: "tools" }],
                "tools",
            );
        },
        refused: /debug-shell|ci-bot|server-side apply/,
    },
    // ---- impersonation through a role bound outside the stack ----
    // Kubernetes "Authenticating", "User impersonation"; bootstrappolicy: system:kube-controller-manager's bindings
    // (it creates any ServiceAccount's token). EKS ClusterRole eks:addon-manager is bound outside the stack to user
    // eks:addon-manager.
    {
        name: "a ClusterRolePatch of EKS's ClusterRole eks:addon-manager adds impersonate on users [system:kube-controller-manager]",
        stack: "prod",
        edit: r =>
            clusterRolePatch(r, "eks:addon-manager", [
                {
                    apiGroups: [""],
                    resources: ["users"],
                    verbs: ["impersonate"],
                    resourceNames: ["system:kube-controller-manager"],
                },
            ]),
        refused: /eks:addon-manager|impersonat|kube-controller-manager/,
    },
    // ---- access entries and access policies ----
    // EKS user guide, "Create access entries" (kubernetesGroups are RBAC groups of the principal); Kubernetes
    // "Debug Running Pods", "Debugging with an ephemeral debug container" (pods/ephemeralcontainers: a container in
    // the signer pod sharing its process namespace and its ServiceAccount's projected token).
    {
        name: "an access entry gives platform-ops group signer-debug, which a RoleBinding in validators lets update pods/ephemeralcontainers",
        stack: "prod",
        edit: r => {
            accessEntry(r, "ops-entry", { kubernetesGroups: ["signer-debug"] });
            roleFor(
                r,
                "validators-ephemeral-update",
                [{ apiGroups: [""], resources: ["pods/ephemeralcontainers"], verbs: ["update"] }],
                [{ kind: "Group", name: "signer-debug", apiGroup: RBAC }],
                CUSTODY_NS,
            );
        },
        refused: /validators-ephemeral-update|ephemeral|signer-debug/,
    },
    // EKS user guide, "Associate access policies with access entries": "You can use wildcard characters for a
    // namespace name ... dev-*".
    {
        name: "AmazonEKSEditPolicy for platform-ops scoped to namespace valid* (a wildcard covering validators)",
        stack: "pod-identity",
        edit: r =>
            association(r, "ops-valid-star", "AmazonEKSEditPolicy", { type: "namespace", namespaces: ["valid*"] }),
        refused: /ops-valid-star|AmazonEKSEditPolicy/,
    },
    {
        name: "an access entry gives platform-ops group signer-ops, which a RoleBinding in validators lets get pods/attach and create pods/portforward",
        stack: "pod-identity",
        edit: r => {
            accessEntry(r, "ops-entry", { kubernetesGroups: ["signer-ops"] });
            roleFor(
                r,
                "validators-attach",
                [{ apiGroups: [""], resources: ["pods/attach", "pods/portforward"], verbs: ["get", "create"] }],
                [{ kind: "Group", name: "signer-ops", apiGroup: RBAC }],
                CUSTODY_NS,
            );
        },
        refused: /validators-attach|attach|signer-ops/,
    },
];

const secure: StackCase[] = [
    // Neighbours (round 53): half of the pairing alone, joined to view (view reads no Secrets: "Using RBAC
    // Authorization", "User-facing roles"); rules joined to edit or admin, which read and write Secrets already.
    {
        name: "a stack ClusterRole labelled aggregate-to-view grants create secrets only (no read)",
        stack: "pod-identity",
        edit: r => labelledClusterRole(r, "view-secrets-create-only", TO_VIEW, [SECRET_CREATE]),
    },
    // Writing a ServiceMonitor reads Secrets of its namespace (the pack's monitor rule), which edit and admin read
    // already; and edit's Secret create+read is its holders' own grant.
    {
        name: "a stack ClusterRole labelled aggregate-to-edit and aggregate-to-admin grants create/update/delete on servicemonitors and create secrets",
        stack: "pod-identity",
        edit: r =>
            labelledClusterRole(
                r,
                "monitoring-edit",
                {
                    "rbac.authorization.k8s.io/aggregate-to-edit": "true",
                    "rbac.authorization.k8s.io/aggregate-to-admin": "true",
                },
                [
                    {
                        apiGroups: ["monitoring.coreos.com"],
                        resources: ["servicemonitors"],
                        verbs: ["get", "list", "watch", "create", "update", "patch", "delete"],
                    },
                    SECRET_CREATE,
                ],
            ),
    },
    {
        name: "a stack ClusterRole labelled aggregate-to-edit grants get/list/watch on servicemonitors",
        stack: "prod",
        edit: r =>
            labelledClusterRole(r, "monitoring-edit", { "rbac.authorization.k8s.io/aggregate-to-edit": "true" }, [
                {
                    apiGroups: ["monitoring.coreos.com"],
                    resources: ["servicemonitors"],
                    verbs: ["get", "list", "watch"],
                },
            ]),
    },
    {
        name: "a stack ClusterRole labelled rbac.crossplane.io/aggregate-to-crossplane grants get/list/watch on configmaps",
        stack: "pod-identity",
        edit: r =>
            labelledClusterRole(r, "crossplane-configmaps", { "rbac.crossplane.io/aggregate-to-crossplane": "true" }, [
                { apiGroups: [""], resources: ["configmaps"], verbs: ["get", "list", "watch"] },
            ]),
    },
    // Prometheus-operator's own chart labels such a role aggregate-to-view: read-only custom resources.
    {
        name: "a stack ClusterRole labelled aggregate-to-view grants get/list/watch on servicemonitors and podmonitors",
        stack: "prod",
        edit: r =>
            labelledClusterRole(r, "monitoring-view", TO_VIEW, [
                {
                    apiGroups: ["monitoring.coreos.com"],
                    resources: ["servicemonitors", "podmonitors"],
                    verbs: ["get", "list", "watch"],
                },
            ]),
    },
    // A server-side apply of pods/status patches the status of an existing pod; it never creates one (apiserver
    // patch.go: create-on-patch is the main resource's; pod status strategy keeps the spec).
    {
        name: "in privileged namespace tools, platform-devs may create pods [debug-shell] and patch pods/status [debug-shell]",
        stack: "prod",
        edit: r => {
            namespace(r, "tools", "privileged");
            roleFor(
                r,
                "tools-named-pod-status",
                [
                    NAMED_POD(["create"]),
                    { apiGroups: [""], resources: ["pods/status"], verbs: ["patch"], resourceNames: ["debug-shell"] },
                ],
                [DEVS],
                "tools",
            );
        },
    },
    {
        name: "platform-devs may create pods [debug-shell] in privileged namespace tools and patch pods [debug-shell] in restricted namespace tools2",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools", "privileged");
            namespace(r, "tools2", "restricted");
            roleFor(r, "tools-create-only", [NAMED_POD(["create"])], [DEVS], "tools");
            roleFor(r, "tools2-patch-only", [NAMED_POD(["patch"])], [DEVS], "tools2");
        },
    },
    // Pod Security "restricted" (Kubernetes "Pod Security Standards") keeps a pod off the node's files and network;
    // tools has no ServiceAccount with power: the server-side-applied pod runs as tools/default.
    {
        name: "in restricted namespace tools, platform-devs may create and patch pods [debug-shell]",
        stack: "prod",
        edit: r => {
            namespace(r, "tools", "restricted");
            roleFor(r, "tools-named-pod-apply", [NAMED_POD(["create", "patch", "get", "delete"])], [DEVS], "tools");
        },
    },
    // The VPC CNI's ServiceAccount already holds its own projected token: a token for kube-system/aws-node adds
    // nothing (Kubernetes "Managing Service Accounts", TokenRequest API).
    {
        name: "a ClusterRolePatch of EKS's ClusterRole aws-node adds create serviceaccounts/token [aws-node] (its own token)",
        stack: "pod-identity",
        edit: r =>
            clusterRolePatch(r, "aws-node", [
                ...AWS_NODE_RULES,
                {
                    apiGroups: [""],
                    resources: ["serviceaccounts/token"],
                    verbs: ["create"],
                    resourceNames: ["aws-node"],
                },
            ]),
    },
    {
        name: "a ClusterRolePatch of EKS's ClusterRole aws-node adds create pods [debug-shell] only (a named create without patch creates nothing)",
        stack: "prod",
        edit: r => clusterRolePatch(r, "aws-node", [...AWS_NODE_RULES, NAMED_POD(["create"])]),
    },
    {
        name: "a RolePatch of EKS's Role kube-system/eks-vpc-resource-controller-role adds get/list/watch on configmaps",
        stack: "pod-identity",
        edit: r =>
            rolePatch(r, "kube-system", "eks-vpc-resource-controller-role", [
                { apiGroups: [""], resources: ["configmaps"], verbs: ["get", "list", "watch"] },
            ]),
    },
    {
        name: "a ClusterRolePatch of bootstrap ClusterRole system:node-proxier restating its rules with get on endpointslices",
        stack: "prod",
        edit: r =>
            clusterRolePatch(r, "system:node-proxier", [
                ...NODE_PROXIER_RULES,
                { apiGroups: ["discovery.k8s.io"], resources: ["endpointslices"], verbs: ["get"] },
            ]),
    },
    {
        name: "an access entry gives platform-ops group signer-readers, which a RoleBinding in validators lets get/list pods and pods/log",
        stack: "pod-identity",
        edit: r => {
            accessEntry(r, "ops-entry", { kubernetesGroups: ["signer-readers"] });
            roleFor(
                r,
                "validators-readers",
                [{ apiGroups: [""], resources: ["pods", "pods/log"], verbs: ["get", "list", "watch"] }],
                [{ kind: "Group", name: "signer-readers", apiGroup: RBAC }],
                CUSTODY_NS,
            );
        },
    },
    // EKS user guide, "Review access policy permissions": AmazonEKSViewPolicy reads most objects, not Secrets.
    {
        name: "AmazonEKSViewPolicy for platform-ops, cluster scope",
        stack: "prod",
        edit: r => {
            accessEntry(r, "ops-entry", {});
            association(r, "ops-view", "AmazonEKSViewPolicy", { type: "cluster" });
        },
    },
    {
        name: "platform-devs may impersonate ServiceAccount tools/ci-bot (RoleBinding in tools; ci-bot holds nothing)",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            bareServiceAccount(r, "tools", "ci-bot");
            roleFor(
                r,
                "tools-impersonate-cibot",
                [
                    {
                        apiGroups: [""],
                        resources: ["serviceaccounts"],
                        verbs: ["impersonate"],
                        resourceNames: ["ci-bot"],
                    },
                ],
                [DEVS],
                "tools",
            );
        },
    },
    {
        name: "a ClusterRolePatch of EKS's ClusterRole eks:addon-manager adds get/list/watch on configmaps and leases",
        stack: "pod-identity",
        edit: r =>
            clusterRolePatch(r, "eks:addon-manager", [
                { apiGroups: [""], resources: ["configmaps"], verbs: ["get", "list", "watch"] },
                { apiGroups: ["coordination.k8s.io"], resources: ["leases"], verbs: ["get", "list", "watch"] },
            ]),
    },
];

describeStackCases("red team 53: Kubernetes/EKS API level", insecure, secure);
