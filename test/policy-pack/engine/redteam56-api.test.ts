// Red-team round 56 on the Kubernetes/EKS API level (fresh eyes): round 55's outsideAggregationLabels (any label of
// a stack ClusterRole joins outside aggregated ClusterRoles' holders; aggregate-to-<built-in> only when "true") probed
// through Kyverno's background controller, whose ClusterRole (kyverno/kyverno charts/kyverno/templates/background-
// controller/clusterrole.yaml) selects TWO different keys (rbac.kyverno.io/aggregate-to-background-controller: "true"
// OR the chart's app.kubernetes.io/component/instance/part-of matchLabels): Secret create under one key and Secret read
// under the other (Kyverno docs' own kyverno:secrets:manage / kyverno:secrets:view pair, also under one key); labels
// added by a ClusterRolePatch to built-in edit and admin (their workload powers flow into Crossplane's and Knative's
// aggregated roles); an unbound stack aggregated ClusterRole filled from aggregate-to-edit parts and itself carrying
// duck.knative.dev/addressable (aggregation chains); `*/token` (RBAC ResourceMatches' `*/<subresource>`); mutating
// webhooks and MutatingAdmissionPolicies, CSR create + approval + approve for kube-apiserver-client, CronJobs,
// Deployment/StatefulSet updates (Kyverno mutate-existing), RoleBinding generation with bind, cluster-wide ConfigMap
// writes (aws-auth), all under Kyverno's label; an access entry of type HYBRID_LINUX for an outside role.
// Secure neighbours a platform team writes: Kyverno generate roles for LimitRanges, PodDisruptionBudgets and Gateway
// API GRPCRoutes; cert-manager's cert-manager-view (aggregate-to-view/edit/admin/cluster-reader); VPA's in-place
// updater (pods/resize patch, pods/eviction create).
// Insecure variants the whole pack must refuse, secure ones it must accept.
//
// Misses: none (0 insecure, 0 secure). Note for the cross-key probe: a cluster-wide Secret create or read is refused
// by itself (argocd's Secrets, legacy token Secrets), so the per-key holder naming of joinsOutside (one outside holder
// per label key, though Kyverno's background controller selects two keys) cannot split a create/read pair of
// ClusterRoles today; it would matter only for a power that needs two halves each harmless alone cluster-wide.
import { describeStackCases, Resources, StackCase } from "./support";
import { aws, k8s } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const OPS_ROLE = "arn:aws:iam::111111111111:role/platform-ops";

/** A stack ClusterRole carrying `labels`, bound by no stack binding. */
function labelledClusterRole(r: Resources, name: string, labels: Record<string, string>, rules: object[]): void {
    k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, `${name}-labelled-role`, {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: { name, labels },
        rules,
    });
}
/** A stack ClusterRole whose rules are aggregated from the ClusterRoles its `selectors` match, carrying `labels`. */
function aggregatingClusterRole(
    r: Resources,
    name: string,
    selectors: object[],
    labels: Record<string, string> = {},
): void {
    k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, `${name}-aggregating-role`, {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: { name, labels },
        aggregationRule: { clusterRoleSelectors: selectors },
        rules: [],
    });
}
/** A ClusterRolePatch of a ClusterRole outside the stack adding `labels`. */
function labelPatch(r: Resources, name: string, labels: Record<string, string>): void {
    k8s(r, `kubernetes:${RBAC}/v1:ClusterRolePatch`, `${name}-label-patch`, {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: { name, labels },
    });
}

const CROSSPLANE = { "rbac.crossplane.io/aggregate-to-crossplane": "true" };
const ADDRESSABLE = { "duck.knative.dev/addressable": "true" };
const KYVERNO_BG = { "rbac.kyverno.io/aggregate-to-background-controller": "true" };
const KYVERNO_BG_MATCH = {
    "app.kubernetes.io/component": "background-controller",
    "app.kubernetes.io/instance": "kyverno",
    "app.kubernetes.io/part-of": "kyverno",
};
const HELM = {
    "app.kubernetes.io/name": "platform-metrics",
    "app.kubernetes.io/instance": "platform-metrics",
    "app.kubernetes.io/managed-by": "Helm",
    "helm.sh/chart": "platform-metrics-1.4.2",
};
const SECRET_CREATE = { apiGroups: [""], resources: ["secrets"], verbs: ["create", "update", "delete"] };
const SECRET_READ = { apiGroups: [""], resources: ["secrets"], verbs: ["get", "list", "watch"] };

const insecure: StackCase[] = [
    {
        name: "unbound stack ClusterRoles: create secrets under rbac.kyverno.io/aggregate-to-background-controller, read secrets under the Kyverno chart's background-controller matchLabels (one outside holder, two keys)",
        stack: "prod",
        edit: r => {
            labelledClusterRole(r, "kyverno:secrets:manage", KYVERNO_BG, [SECRET_CREATE]);
            labelledClusterRole(r, "kyverno:secrets:view", KYVERNO_BG_MATCH, [SECRET_READ]);
        },
        refused: /kyverno:secrets/,
    },
    {
        name: "Kyverno docs' kyverno:secrets:manage (create/update/delete) and kyverno:secrets:view (get/list/watch), both labelled aggregate-to-background-controller",
        stack: "prod",
        edit: r => {
            labelledClusterRole(r, "kyverno:secrets:manage", KYVERNO_BG, [SECRET_CREATE]);
            labelledClusterRole(
                r,
                "kyverno:secrets:view",
                {
                    "rbac.kyverno.io/aggregate-to-admission-controller": "true",
                    "rbac.kyverno.io/aggregate-to-reports-controller": "true",
                    ...KYVERNO_BG,
                },
                [SECRET_READ],
            );
        },
        refused: /kyverno:secrets/,
    },
    {
        name: "a ClusterRolePatch labels built-in edit rbac.crossplane.io/aggregate-to-crossplane",
        stack: "prod",
        edit: r => labelPatch(r, "edit", CROSSPLANE),
        refused: /edit|crossplane/,
    },
    {
        name: "a ClusterRolePatch labels built-in admin duck.knative.dev/addressable",
        stack: "pod-identity",
        edit: r => labelPatch(r, "admin", ADDRESSABLE),
        refused: /admin|addressable/,
    },
    {
        name: 'an unbound stack aggregated ClusterRole selecting aggregate-to-edit: "true" carries duck.knative.dev/addressable (aggregation chain)',
        stack: "prod",
        edit: r =>
            aggregatingClusterRole(
                r,
                "platform-edit-mirror",
                [{ matchLabels: { "rbac.authorization.k8s.io/aggregate-to-edit": "true" } }],
                ADDRESSABLE,
            ),
        refused: /platform-edit-mirror|addressable/,
    },
    {
        name: "an unbound Helm-labelled stack ClusterRole grants create on */token (RBAC */<subresource>)",
        stack: "prod",
        edit: r =>
            labelledClusterRole(r, "helm-star-token", HELM, [
                { apiGroups: [""], resources: ["*/token"], verbs: ["create"] },
            ]),
        refused: /helm-star-token/,
    },
    {
        name: "a Kyverno-labelled ClusterRole creates and updates mutatingwebhookconfigurations",
        stack: "prod",
        edit: r =>
            labelledClusterRole(r, "kyverno-webhooks", KYVERNO_BG, [
                {
                    apiGroups: ["admissionregistration.k8s.io"],
                    resources: ["mutatingwebhookconfigurations"],
                    verbs: ["create", "update", "patch"],
                },
            ]),
        refused: /kyverno-webhooks/,
    },
    {
        name: "a Kyverno-labelled ClusterRole creates mutatingadmissionpolicies and their bindings",
        stack: "pod-identity",
        edit: r =>
            labelledClusterRole(r, "kyverno-maps", KYVERNO_BG, [
                {
                    apiGroups: ["admissionregistration.k8s.io"],
                    resources: ["mutatingadmissionpolicies", "mutatingadmissionpolicybindings"],
                    verbs: ["create"],
                },
            ]),
        refused: /kyverno-maps/,
    },
    {
        name: "a Kyverno-labelled ClusterRole creates CSRs, updates their approval and approves kubernetes.io/kube-apiserver-client",
        stack: "prod",
        edit: r =>
            labelledClusterRole(r, "kyverno-csr", KYVERNO_BG, [
                {
                    apiGroups: ["certificates.k8s.io"],
                    resources: ["certificatesigningrequests"],
                    verbs: ["create", "get"],
                },
                {
                    apiGroups: ["certificates.k8s.io"],
                    resources: ["certificatesigningrequests/approval"],
                    verbs: ["update"],
                },
                {
                    apiGroups: ["certificates.k8s.io"],
                    resources: ["signers"],
                    verbs: ["approve"],
                    resourceNames: ["kubernetes.io/kube-apiserver-client"],
                },
            ]),
        refused: /kyverno-csr/,
    },
    {
        name: "a Kyverno-labelled ClusterRole creates and updates cronjobs",
        stack: "prod",
        edit: r =>
            labelledClusterRole(r, "kyverno-cronjobs", KYVERNO_BG, [
                { apiGroups: ["batch"], resources: ["cronjobs"], verbs: ["create", "update", "patch"] },
            ]),
        refused: /kyverno-cronjobs/,
    },
    {
        name: "a Kyverno-labelled ClusterRole updates deployments and statefulsets (mutate-existing)",
        stack: "prod",
        edit: r =>
            labelledClusterRole(r, "kyverno:background-controller:workload-mutation", KYVERNO_BG, [
                {
                    apiGroups: ["apps"],
                    resources: ["deployments", "statefulsets"],
                    verbs: ["get", "list", "watch", "update", "patch"],
                },
            ]),
        refused: /workload-mutation/,
    },
    {
        name: "a Kyverno-labelled ClusterRole creates rolebindings and may bind ClusterRole edit",
        stack: "pod-identity",
        edit: r =>
            labelledClusterRole(r, "kyverno:generate-rolebindings", KYVERNO_BG, [
                { apiGroups: [RBAC], resources: ["rolebindings"], verbs: ["create", "update"] },
                { apiGroups: [RBAC], resources: ["clusterroles"], verbs: ["bind"], resourceNames: ["edit"] },
            ]),
        refused: /generate-rolebindings/,
    },
    {
        name: "an EKS access entry of type HYBRID_LINUX for platform-ops (a node identity)",
        stack: "prod",
        edit: r =>
            void aws(r, "aws:eks/accessEntry:AccessEntry", "ops-hybrid", {
                clusterName: "prod-validators",
                principalArn: OPS_ROLE,
                type: "HYBRID_LINUX",
            }),
        refused: /ops-hybrid|platform-ops/,
    },
    // Regression guard (refused): a Kyverno docs-style role for cloning a CA bundle ConfigMap, but cluster-wide: it
    // writes kube-system/aws-auth (EKS user guide, aws-auth) and Argo CD's argocd-cm.
    {
        name: "a Kyverno-labelled ClusterRole manages configmaps cluster-wide (kube-system/aws-auth, argocd-cm)",
        stack: "prod",
        edit: r =>
            labelledClusterRole(r, "kyverno:manage-ca-configmaps", KYVERNO_BG, [
                {
                    apiGroups: [""],
                    resources: ["configmaps"],
                    verbs: ["get", "list", "watch", "create", "update", "patch", "delete"],
                },
            ]),
        refused: /manage-ca-configmaps/,
    },
];

const secure: StackCase[] = [
    {
        name: "a Kyverno-labelled ClusterRole generates limitranges (Kyverno docs' rbac-limitranges)",
        stack: "prod",
        edit: r =>
            labelledClusterRole(r, "kyverno:generate-limitranges", KYVERNO_BG, [
                {
                    apiGroups: [""],
                    resources: ["limitranges"],
                    verbs: ["get", "list", "watch", "create", "update", "patch", "delete"],
                },
            ]),
    },
    {
        name: "a Kyverno-labelled ClusterRole generates poddisruptionbudgets",
        stack: "pod-identity",
        edit: r =>
            labelledClusterRole(r, "kyverno:generate-pdbs", KYVERNO_BG, [
                {
                    apiGroups: ["policy"],
                    resources: ["poddisruptionbudgets"],
                    verbs: ["get", "list", "watch", "create", "update", "patch", "delete"],
                },
            ]),
    },
    {
        name: "cert-manager's cert-manager-view (aggregate-to-view/edit/admin/cluster-reader) reading its kinds",
        stack: "prod",
        edit: r =>
            labelledClusterRole(
                r,
                "cert-manager-view",
                {
                    "app.kubernetes.io/name": "cert-manager",
                    "app.kubernetes.io/instance": "cert-manager",
                    "rbac.authorization.k8s.io/aggregate-to-view": "true",
                    "rbac.authorization.k8s.io/aggregate-to-edit": "true",
                    "rbac.authorization.k8s.io/aggregate-to-admin": "true",
                    "rbac.authorization.k8s.io/aggregate-to-cluster-reader": "true",
                },
                [
                    {
                        apiGroups: ["cert-manager.io"],
                        resources: ["certificates", "certificaterequests", "issuers"],
                        verbs: ["get", "list", "watch"],
                    },
                    {
                        apiGroups: ["acme.cert-manager.io"],
                        resources: ["challenges", "orders"],
                        verbs: ["get", "list", "watch"],
                    },
                ],
            ),
    },
    {
        name: "a Kyverno-labelled ClusterRole (admission, background, reports) writes gateway.networking.k8s.io grpcroutes",
        stack: "pod-identity",
        edit: r =>
            labelledClusterRole(
                r,
                "kyverno-gateway-api-access",
                {
                    "rbac.kyverno.io/aggregate-to-admission-controller": "true",
                    ...KYVERNO_BG,
                    "rbac.kyverno.io/aggregate-to-reports-controller": "true",
                },
                [
                    {
                        apiGroups: ["gateway.networking.k8s.io"],
                        resources: ["grpcroutes"],
                        verbs: ["create", "delete", "get", "list", "patch", "update", "watch"],
                    },
                ],
            ),
    },
    // VPA's updater in InPlaceOrRecreate mode (Kubernetes "Resize CPU and Memory Resources assigned to Containers":
    // patch on pods/resize changes only resources; pods/eviction create: "API-initiated Eviction", the controller
    // recreates the pod from its own template).
    {
        name: "a Helm-labelled VPA updater ClusterRole: get/list/watch pods, patch pods/resize, create pods/eviction",
        stack: "prod",
        edit: r =>
            labelledClusterRole(
                r,
                "vpa-updater-in-place",
                { "app.kubernetes.io/name": "vertical-pod-autoscaler", "app.kubernetes.io/managed-by": "Helm" },
                [
                    { apiGroups: [""], resources: ["pods"], verbs: ["get", "list", "watch"] },
                    { apiGroups: [""], resources: ["pods/resize"], verbs: ["patch"] },
                    { apiGroups: [""], resources: ["pods/eviction"], verbs: ["create"] },
                ],
            ),
    },
];

describeStackCases("red team 56: Kubernetes/EKS API level", insecure, secure);
