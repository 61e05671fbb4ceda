// Red-team round 55 on the Kubernetes/EKS API level (fresh eyes): round 54's rule (any label of a stack ClusterRole
// joins the holders of outside aggregated ClusterRoles that select it) probed through its exemption (a label a stack
// aggregationRule names is read as joining only that stack role): an unbound stack aggregated ClusterRole selecting
// Crossplane's rbac.crossplane.io/aggregate-to-crossplane or Knative's duck.knative.dev/addressable beside a stack
// ClusterRole carrying that label with a token power; the built-in prefix with a value other than "true"; labelled
// roles with other custody powers (create pods, create deployments, impersonate serviceaccounts, bind, escalate);
// a label added by a ClusterRolePatch of a stack ClusterRole. Secure neighbours a platform team writes: Helm-labelled
// (app.kubernetes.io/*, helm.sh/chart) read-only roles, kube-rbac-proxy's tokenreviews/subjectaccessreviews, leader
// election leases, /metrics nonResourceURLs, metrics-server's system:aggregated-metrics-reader (aggregate-to-view/
// edit/admin), and a stack aggregated ClusterRole with its own label joined only by read-only parts.
// Insecure variants the whole pack must refuse, secure ones it must accept.
//
// Regression guards (refused): impersonating a node (user + system:nodes), get pods/exec, get nodes/proxy, patch
// pods/ephemeralcontainers, an aws-auth node mapping for platform-ops, an access entry's kubernetesGroups.
//
// Misses (3 insecure, 0 secure; all fixed in round 55, `Was a MISS` comments): (1, 2) a stack aggregated ClusterRole, even unbound, whose selector names a label
// exempts that label from joinsOutside (outsideAggregationLabels `own`), though the control plane fills EVERY
// aggregated ClusterRole that selects it: a labelled token / Secret create+read role reaches Crossplane's `crossplane`
// and Knative's addressable-resolver holders unjudged; (3) rbac.authorization.k8s.io/aggregate-to-view with a value
// other than "true" joins neither a built-in nor outside holders (weaker: breaks the round-54 fail-closed rule only).
import { describeStackCases, Resources, StackCase } from "./support";
import { aws, bind, k8s, roleFor } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
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

const CROSSPLANE = { "rbac.crossplane.io/aggregate-to-crossplane": "true" };
const ADDRESSABLE = { "duck.knative.dev/addressable": "true" };
const HELM = {
    "app.kubernetes.io/name": "platform-metrics",
    "app.kubernetes.io/instance": "platform-metrics",
    "app.kubernetes.io/managed-by": "Helm",
    "app.kubernetes.io/part-of": "platform",
    "helm.sh/chart": "platform-metrics-1.4.2",
};
const TOKEN = { apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"] };
const SECRET_CREATE = { apiGroups: [""], resources: ["secrets"], verbs: ["create"] };
const SECRET_GET = { apiGroups: [""], resources: ["secrets"], verbs: ["get"] };
const READ_ONLY = [
    {
        apiGroups: [""],
        resources: ["pods", "nodes", "services", "endpoints", "namespaces"],
        verbs: ["get", "list", "watch"],
    },
    { apiGroups: ["apps"], resources: ["deployments", "daemonsets", "statefulsets"], verbs: ["get", "list", "watch"] },
];

const insecure: StackCase[] = [
    // ---- the exemption: a label a stack aggregationRule names ----
    // Was a MISS (fixed in round 55): Kubernetes "Using RBAC Authorization", "Aggregated ClusterRoles": the controller copies a ClusterRole's rules
    // into EVERY ClusterRole whose aggregationRule selects its labels, not only one; Crossplane's own ClusterRole
    // `crossplane` (bound outside the stack to crossplane-system/crossplane) selects rbac.crossplane.io/aggregate-to-
    // crossplane: "true" (Crossplane docs, "Pods": "By adding the rbac.crossplane.io/aggregate-to-crossplane: "true" to
    // a ClusterRole, the crossplane ServiceAccount will automatically get the roles"). A stack aggregated ClusterRole
    // (unbound) naming the same label makes kubernetes.ts outsideAggregationLabels drop the label (`own`), so Crossplane's
    // ServiceAccount mints a token for validators/containment-chamber unjudged.
    {
        name: "an unbound stack aggregated ClusterRole selects rbac.crossplane.io/aggregate-to-crossplane; a stack ClusterRole with that label grants create serviceaccounts/token",
        stack: "prod",
        edit: r => {
            aggregatingClusterRole(r, "platform-crossplane-view", [{ matchLabels: CROSSPLANE }]);
            labelledClusterRole(r, "crossplane-token-helper", CROSSPLANE, [TOKEN]);
        },
        refused: /crossplane-token-helper|aggregate-to-crossplane|platform-crossplane-view/,
    },
    // Was a MISS (fixed in round 55): the same through Knative Eventing's addressable-resolver (duck.knative.dev/addressable; knative/eventing
    // config/core/roles/addressable-resolvers-clusterrole.yaml), the stack's selector a matchExpressions Exists
    // (Kubernetes "Labels and Selectors"), the labelled role granting Secret create+read cluster-wide (a
    // service-account-token Secret for kube-system/replicaset-controller: "Configure Service Accounts for Pods").
    {
        name: "an unbound stack aggregated ClusterRole selects duck.knative.dev/addressable (Exists); a stack ClusterRole with that label grants create and get secrets",
        stack: "pod-identity",
        edit: r => {
            aggregatingClusterRole(r, "platform-addressables", [
                { matchExpressions: [{ key: "duck.knative.dev/addressable", operator: "Exists" }] },
            ]);
            labelledClusterRole(r, "addressable-secrets", ADDRESSABLE, [SECRET_CREATE, SECRET_GET]);
        },
        refused: /addressable-secrets|duck\.knative\.dev\/addressable|platform-addressables/,
    },
    // The same exemption with the stack aggregated ClusterRole bound to platform-devs: refused (its own binding).
    {
        name: "a stack aggregated ClusterRole bound to platform-devs selects rbac.crossplane.io/aggregate-to-crossplane; a stack ClusterRole with that label grants create serviceaccounts/token",
        stack: "prod",
        edit: r => {
            aggregatingClusterRole(r, "devs-crossplane", [{ matchLabels: CROSSPLANE }]);
            labelledClusterRole(r, "devs-crossplane-token", CROSSPLANE, [TOKEN]);
            bind(r, "devs-crossplane", { kind: "ClusterRole", name: "devs-crossplane" }, [DEVS]);
        },
        refused: /devs-crossplane|platform-devs/,
    },
    // ---- the built-in prefix, value other than "true" ----
    // Was a MISS (fixed in round 55): by the pack's own round-54 reading (kubernetes.ts outsideAggregationLabels: "every label of a stack
    // ClusterRole, whatever its key and value (an unseen selector may test only that the key exists)"; Kubernetes
    // "Labels and Selectors": matchExpressions Exists, and an aggregationRule's selectors are plain label selectors,
    // PR kubernetes#54005 "gathers all the matching ClusterRoles"). The key rbac.authorization.k8s.io/aggregate-to-view
    // is exempted from joinsOutside because joinsBuiltIn covers it, but joinsBuiltIn needs the value "true": with "yes"
    // the role joins neither, and is read as bound by nobody. Weaker than the two above: no shipped outside selector on
    // this key with another value is known; it breaks the rule's fail-closed promise, not a named operator.
    {
        name: 'an unbound stack ClusterRole labelled rbac.authorization.k8s.io/aggregate-to-view: "yes" grants create serviceaccounts/token',
        stack: "prod",
        edit: r =>
            labelledClusterRole(r, "view-yes-token", { "rbac.authorization.k8s.io/aggregate-to-view": "yes" }, [TOKEN]),
        refused: /view-yes-token|aggregate-to-view/,
    },
    // ---- other custody powers under a Helm label (outside holders of any role selecting app.kubernetes.io/*) ----
    {
        name: "an unbound Helm-labelled stack ClusterRole grants create pods",
        stack: "prod",
        edit: r =>
            labelledClusterRole(r, "helm-pods", HELM, [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }]),
        refused: /helm-pods/,
    },
    {
        name: "an unbound Helm-labelled stack ClusterRole grants create deployments",
        stack: "pod-identity",
        edit: r =>
            labelledClusterRole(r, "helm-deployments", HELM, [
                { apiGroups: ["apps"], resources: ["deployments"], verbs: ["create"] },
            ]),
        refused: /helm-deployments/,
    },
    {
        name: "an unbound Helm-labelled stack ClusterRole grants impersonate serviceaccounts",
        stack: "prod",
        edit: r =>
            labelledClusterRole(r, "helm-impersonate", HELM, [
                { apiGroups: [""], resources: ["serviceaccounts"], verbs: ["impersonate"] },
            ]),
        refused: /helm-impersonate/,
    },
    {
        name: "an unbound Helm-labelled stack ClusterRole grants bind and escalate on clusterroles",
        stack: "pod-identity",
        edit: r =>
            labelledClusterRole(r, "helm-escalate", HELM, [
                { apiGroups: [RBAC], resources: ["clusterroles"], verbs: ["bind", "escalate"] },
            ]),
        refused: /helm-escalate/,
    },
    // A ClusterRolePatch adds a label to a stack ClusterRole whose own object has none: labels are read together.
    {
        name: "a ClusterRolePatch labels an unlabelled stack ClusterRole granting create serviceaccounts/token with duck.knative.dev/addressable",
        stack: "prod",
        edit: r => {
            labelledClusterRole(r, "late-label-token", {}, [TOKEN]);
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRolePatch`, "late-label-token-patch", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "late-label-token", labels: ADDRESSABLE },
            });
        },
        refused: /late-label-token/,
    },
    // ---- impersonation, pod access, node identity, access entries (regression guards, all refused) ----
    // Kubernetes "Using Node Authorization": a user system:node:<name> in group system:nodes reads the ServiceAccount
    // tokens of the pods bound to its node ("User impersonation": users and groups impersonated together).
    {
        name: "a ClusterRole lets platform-devs impersonate user system:node:ip-10-0-1-5.ec2.internal and group system:nodes",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "impersonate-node",
                [
                    {
                        apiGroups: [""],
                        resources: ["users"],
                        verbs: ["impersonate"],
                        resourceNames: ["system:node:ip-10-0-1-5.ec2.internal"],
                    },
                    { apiGroups: [""], resources: ["groups"], verbs: ["impersonate"], resourceNames: ["system:nodes"] },
                ],
                [DEVS],
            ),
        refused: /impersonate-node/,
    },
    // Exec over WebSocket is authorised as `get` on pods/exec before the AuthorizePodWebsocketUpgradeCreatePermission
    // gate (Kubernetes 1.35); the kubelet's /exec through nodes/proxy likewise on `get`.
    {
        name: "a Role in validators lets platform-devs get pods/exec (WebSocket exec)",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "exec-get",
                [{ apiGroups: [""], resources: ["pods/exec"], verbs: ["get"] }],
                [DEVS],
                "validators",
            ),
        refused: /exec-get/,
    },
    {
        name: "an unbound Helm-labelled stack ClusterRole grants get nodes/proxy",
        stack: "pod-identity",
        edit: r =>
            labelledClusterRole(r, "helm-nodes-proxy", HELM, [
                { apiGroups: [""], resources: ["nodes/proxy"], verbs: ["get"] },
            ]),
        refused: /helm-nodes-proxy/,
    },
    {
        name: "a Role in validators lets platform-devs patch pods/ephemeralcontainers",
        stack: "prod",
        edit: r =>
            roleFor(
                r,
                "ephemeral",
                [{ apiGroups: [""], resources: ["pods/ephemeralcontainers"], verbs: ["patch"] }],
                [DEVS],
                "validators",
            ),
        refused: /ephemeral/,
    },
    // EKS user guide, aws-auth: the node mapping (username system:node:{{EC2PrivateDNSName}}, groups system:nodes) for
    // an outside role makes it a node.
    {
        name: "an aws-auth ConfigMapPatch maps platform-ops as a node (system:node:{{EC2PrivateDNSName}}, system:nodes)",
        stack: "prod",
        edit: r =>
            void k8s(r, "kubernetes:core/v1:ConfigMapPatch", "aws-auth-ops-node", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: "aws-auth", namespace: "kube-system" },
                data: {
                    mapRoles: `- rolearn: ${OPS_ROLE}\n  username: system:node:{{EC2PrivateDNSName}}\n  groups:\n    - system:bootstrappers\n    - system:nodes\n`,
                },
            }),
        refused: /aws-auth|platform-ops/,
    },
    {
        name: "an access entry puts platform-ops in group platform-devs, which a Role in validators lets create serviceaccounts/token",
        stack: "prod",
        edit: r => {
            aws(r, "aws:eks/accessEntry:AccessEntry", "ops-devs-entry", {
                clusterName: "prod-validators",
                principalArn: OPS_ROLE,
                type: "STANDARD",
                kubernetesGroups: ["platform-devs"],
            });
            roleFor(r, "devs-token", [TOKEN], [DEVS], "validators");
        },
        refused: /devs-token|ops-devs-entry|platform-devs/,
    },
];

const secure: StackCase[] = [
    // A Helm chart's own ClusterRole (app.kubernetes.io recommended labels, Kubernetes "Recommended Labels"; helm.sh/chart)
    // reading workloads: whatever outside role selects it gains reads only.
    {
        name: "a Helm-labelled stack ClusterRole grants get/list/watch on pods, nodes, services and workloads",
        stack: "prod",
        edit: r => labelledClusterRole(r, "platform-metrics-read", HELM, READ_ONLY),
    },
    // kube-rbac-proxy's ClusterRole (brancz/kube-rbac-proxy README): create tokenreviews and subjectaccessreviews, the
    // rules of system:auth-delegator (Kubernetes "Using RBAC Authorization", "Other component roles").
    {
        name: "a Helm-labelled stack ClusterRole grants create tokenreviews and subjectaccessreviews (kube-rbac-proxy)",
        stack: "pod-identity",
        edit: r =>
            labelledClusterRole(r, "platform-metrics-proxy", HELM, [
                { apiGroups: ["authentication.k8s.io"], resources: ["tokenreviews"], verbs: ["create"] },
                { apiGroups: ["authorization.k8s.io"], resources: ["subjectaccessreviews"], verbs: ["create"] },
            ]),
    },
    {
        name: "a Helm-labelled stack ClusterRole grants get on nonResourceURLs /metrics",
        stack: "prod",
        edit: r =>
            labelledClusterRole(r, "platform-metrics-scrape", HELM, [
                { nonResourceURLs: ["/metrics"], verbs: ["get"] },
            ]),
    },
    {
        name: "a Helm-labelled stack ClusterRole grants leader-election leases and create events",
        stack: "pod-identity",
        edit: r =>
            labelledClusterRole(r, "platform-controller-leases", HELM, [
                {
                    apiGroups: ["coordination.k8s.io"],
                    resources: ["leases"],
                    verbs: ["get", "list", "watch", "create", "update", "patch"],
                },
                { apiGroups: ["", "events.k8s.io"], resources: ["events"], verbs: ["create", "patch"] },
            ]),
    },
    // metrics-server's chart (kubernetes-sigs/metrics-server charts/metrics-server/templates/clusterrole-aggregated-reader.yaml).
    {
        name: "metrics-server's system:aggregated-metrics-reader (aggregate-to-view/edit/admin, Helm labels) reading metrics.k8s.io",
        stack: "prod",
        edit: r =>
            labelledClusterRole(
                r,
                "system:aggregated-metrics-reader",
                {
                    ...HELM,
                    "rbac.authorization.k8s.io/aggregate-to-admin": "true",
                    "rbac.authorization.k8s.io/aggregate-to-edit": "true",
                    "rbac.authorization.k8s.io/aggregate-to-view": "true",
                },
                [{ apiGroups: ["metrics.k8s.io"], resources: ["pods", "nodes"], verbs: ["get", "list", "watch"] }],
            ),
    },
    // Crossplane's own convention for a provider's CRDs: read-only (get/list/watch) on the team's kind.
    {
        name: "a stack ClusterRole labelled rbac.crossplane.io/aggregate-to-crossplane grants get/list/watch on its own kind",
        stack: "pod-identity",
        edit: r =>
            labelledClusterRole(r, "platform-crossplane-read", CROSSPLANE, [
                {
                    apiGroups: ["sinks.platform.example.com"],
                    resources: ["webhooksinks"],
                    verbs: ["get", "list", "watch"],
                },
            ]),
    },
];

describeStackCases("red team 55: Kubernetes/EKS API level", insecure, secure);
