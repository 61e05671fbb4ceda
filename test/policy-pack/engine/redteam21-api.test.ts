// Red-team round 21 on the Kubernetes/EKS API level (fresh eyes): aggregation into the built-in view role through
// objects without rules of their own (a ClusterRolePatch that only labels, an aggregated ClusterRole that is itself
// labelled), an aws-auth username spelling a control-plane user, a mutating webhook on PersistentVolumes; and what a
// careful platform team writes (attributed usernames through {{SessionName}}, hardening patches of built-in objects,
// a drain role). Insecure variants the whole pack must refuse, secure ones it must accept; the pack's misses are
// `it.skip` with a MISS comment.
import { assertClean, assertRefused, Resources, runWholePack, stackResources } from "./support";
import { aws, bind, k8s, k8sRole, outsideRole } from "./variantBuilders";

const EFFECTIVE = "custody-effective-access";
const PRIMARY = "111111111111";
const RBAC = "rbac.authorization.k8s.io";
const READERS = { kind: "Group", name: "custody-readers", apiGroup: RBAC };
const CLUSTER_ROLE_PATCH = "kubernetes:rbac.authorization.k8s.io/v1:ClusterRolePatch";
const CLUSTER_ROLE = "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole";
const MUTATING = "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration";

/** An aws-auth ConfigMapPatch of the stack with these mapRoles (kube-system). */
function awsAuth(r: Resources, mapRoles: string): void {
    k8s(r, "kubernetes:core/v1:ConfigMapPatch", "aws-auth", {
        metadata: { name: "aws-auth", namespace: "kube-system" },
        data: { mapRoles },
    });
}

type Case = { name: string; stack: string; edit: (r: Resources) => void; refused?: RegExp; skip?: string };

const insecure: Case[] = [
    // Was a MISS (fixed, engine/kubernetes.ts: aggregation labels are read on every ClusterRole, a patched built-in by its known rules): the pack counts a stack ClusterRole with power that carries the label
    // rbac.authorization.k8s.io/aggregate-to-view as joining the built-in view role (whose bindings lie outside the
    // stack), but reads labels only on ClusterRoles whose own rules have power. A ClusterRolePatch (server-side apply)
    // that only adds that label to the built-in edit role carries no rules: the aggregation controller then copies
    // edit's rules (create pods, deployments, serviceaccounts/token... in every namespace a view binding reaches) into
    // view (Kubernetes "Using RBAC Authorization", "Aggregated ClusterRoles": the controller combines the rules of every
    // ClusterRole whose labels match; "Auto-reconciliation" adds missing labels and rules, removes none).
    {
        name: "a ClusterRolePatch that only labels the built-in edit ClusterRole rbac.authorization.k8s.io/aggregate-to-view",
        stack: "prod",
        edit: r =>
            k8s(r, CLUSTER_ROLE_PATCH, "edit-into-view", {
                apiVersion: "rbac.authorization.k8s.io/v1",
                kind: "ClusterRole",
                metadata: { name: "edit", labels: { "rbac.authorization.k8s.io/aggregate-to-view": "true" } },
            }),
        refused: /aggregat/,
    },
    // Was a MISS (fixed, engine/kubernetes.ts: an aggregated ClusterRole passes its selected rules on through its own labels): same, with an aggregated ClusterRole of the stack: its rules are what the controller fills in from every
    // ClusterRole labelled aggregate-to-edit (the built-in system:aggregate-to-edit creates pods and tokens), and its own
    // label aggregate-to-view passes them on to view ("Aggregated ClusterRoles": aggregation chains, as edit's rules
    // reach admin through edit's own aggregate-to-admin label).
    {
        name: "an aggregated ClusterRole of the stack selecting aggregate-to-edit, itself labelled aggregate-to-view (no binding in the stack)",
        stack: "prod",
        edit: r =>
            k8s(r, CLUSTER_ROLE, "edit-relay", {
                apiVersion: "rbac.authorization.k8s.io/v1",
                kind: "ClusterRole",
                metadata: {
                    name: "edit-relay",
                    labels: { "rbac.authorization.k8s.io/aggregate-to-view": "true" },
                },
                aggregationRule: {
                    clusterRoleSelectors: [{ matchLabels: { "rbac.authorization.k8s.io/aggregate-to-edit": "true" } }],
                },
                rules: [],
            }),
        refused: /aggregat/,
    },
    // Was a MISS (fixed, engine/kubernetes.ts: reserved system:/eks: usernames are refused): aws-iam-authenticator checks aws-auth usernames against a reserved-prefix list only when one is configured, and
    // EKS configures none for the ConfigMap backend, and EKS's own node mappings use system:node:... usernames (kubernetes-sigs/aws-iam-authenticator#1047: "EKS prod is
    // unaffected (config not set)"; #1103, reserving system: by default, closed unmerged). A mapping's username
    // system:kube-controller-manager is the user the built-in ClusterRoleBinding of that name binds to the
    // system:kube-controller-manager ClusterRole, which may create serviceaccounts/token for every ServiceAccount
    // (bootstrappolicy cluster-roles: create serviceaccounts/token) — the signer's IRSA token with audience
    // sts.amazonaws.com. No system:masters group appears in the mapping.
    {
        name: "aws-auth maps an outside role to username system:kube-controller-manager (no groups)",
        stack: "prod",
        edit: r =>
            awsAuth(
                r,
                `- rolearn: ${outsideRole(PRIMARY, "platform-ops")}\n  username: system:kube-controller-manager\n`,
            ),
        refused: /system:kube-controller-manager/,
    },
    // Was a MISS (fixed, engine/kubernetes.ts: reserved system:/eks: usernames are refused): same path through a controller's own ServiceAccount name: the built-in binding of
    // system:controller:replicaset-controller names ServiceAccount kube-system/replicaset-controller, which RBAC
    // matches as the user system:serviceaccount:kube-system:replicaset-controller ("Using RBAC Authorization",
    // "Referring to subjects"): create pods in every namespace, with any ServiceAccount.
    {
        name: "aws-auth maps an outside role to username system:serviceaccount:kube-system:replicaset-controller",
        stack: "pod-identity",
        edit: r =>
            awsAuth(
                r,
                `- rolearn: ${outsideRole(PRIMARY, "platform-ops")}\n  username: system:serviceaccount:kube-system:replicaset-controller\n  groups:\n    - platform-ops\n`,
            ),
        refused: /replicaset-controller/,
    },
    // Was a MISS (fixed, engine/kubernetes.ts: persistentvolumes is in MUTATION_TARGETS): RBAC create on persistentvolumes counts (RBAC Good Practices, "Persistent volume
    // creation": a hostPath volume, past Pod Security admission), and the stack's own hostPath PersistentVolumes are
    // judged, but a mutating webhook on persistentvolumes is not (MUTATION_TARGETS lacks it): whoever serves it rewrites
    // every PersistentVolume the CSI provisioners create (spec.csi → spec.hostPath /var/lib/kubelet) before it is
    // stored (Dynamic Admission Control: mutation precedes validation; a PersistentVolume's source is set at create),
    // so the claimant's pod mounts the node's kubelet directory: every pod token on the node.
    {
        name: "a MutatingWebhookConfiguration on core persistentvolumes (CREATE) served in platform",
        stack: "pod-identity",
        edit: r =>
            k8s(r, MUTATING, "pv-topology", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "MutatingWebhookConfiguration",
                metadata: { name: "pv-topology" },
                webhooks: [
                    {
                        name: "pv-topology.platform.example.com",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        failurePolicy: "Ignore",
                        clientConfig: { service: { name: "pv-topology", namespace: "platform", path: "/mutate" } },
                        rules: [
                            {
                                apiGroups: [""],
                                apiVersions: ["v1"],
                                operations: ["CREATE"],
                                resources: ["persistentvolumes"],
                            },
                        ],
                    },
                ],
            }),
        refused: /pv-topology/,
    },
    // Was a MISS (fixed, engine/kubernetes.ts: persistentvolumes is in MUTATION_TARGETS): a MutatingAdmissionPolicy on the same kind (where the cluster serves
    // admissionregistration.k8s.io/v1beta1 MutatingAdmissionPolicy): the API server stores the PersistentVolume as the policy's
    // JSONPatch/ApplyConfiguration leaves it (Kubernetes "Mutating Admission Policy"); whoever may write the policy's
    // params (a ConfigMap in platform) picks the path.
    {
        name: "a MutatingAdmissionPolicy on persistentvolumes whose hostPath comes from a params ConfigMap, with its binding",
        stack: "prod",
        edit: r => {
            k8s(r, "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicy", "pv-local", {
                apiVersion: "admissionregistration.k8s.io/v1beta1",
                kind: "MutatingAdmissionPolicy",
                metadata: { name: "pv-local" },
                spec: {
                    paramKind: { apiVersion: "v1", kind: "ConfigMap" },
                    matchConstraints: {
                        resourceRules: [
                            {
                                apiGroups: [""],
                                apiVersions: ["v1"],
                                operations: ["CREATE"],
                                resources: ["persistentvolumes"],
                            },
                        ],
                    },
                    failurePolicy: "Fail",
                    reinvocationPolicy: "Never",
                    mutations: [
                        {
                            patchType: "JSONPatch",
                            jsonPatch: {
                                expression:
                                    '[JSONPatch{op: "remove", path: "/spec/csi"}, JSONPatch{op: "add", path: "/spec/hostPath", value: Object.spec.hostPath{path: params.data.path}}]',
                            },
                        },
                    ],
                },
            });
            k8s(r, "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicyBinding", "pv-local-b", {
                apiVersion: "admissionregistration.k8s.io/v1beta1",
                kind: "MutatingAdmissionPolicyBinding",
                metadata: { name: "pv-local" },
                spec: {
                    policyName: "pv-local",
                    paramRef: { name: "pv-local", namespace: "platform", parameterNotFoundAction: "Deny" },
                },
            });
        },
        refused: /pv-local/,
    },
    // Was a MISS (fixed, engine/kubernetes.ts: selectors a patch adds to a built-in's aggregationRule reach its outside holders): aggregation by a patch of a built-in ClusterRole's aggregationRule: view's selectors gain
    // edit's label, so every view binding (outside the stack) creates pods and tokens ("Aggregated ClusterRoles";
    // auto-reconciliation keeps extra selectors). The pack reads a patched aggregationRule only through a stack binding.
    {
        name: "a ClusterRolePatch adding an aggregate-to-edit selector to the built-in view's aggregationRule",
        stack: "pod-identity",
        edit: r =>
            k8s(r, CLUSTER_ROLE_PATCH, "view-selects-edit", {
                apiVersion: "rbac.authorization.k8s.io/v1",
                kind: "ClusterRole",
                metadata: { name: "view" },
                aggregationRule: {
                    clusterRoleSelectors: [
                        { matchLabels: { "rbac.authorization.k8s.io/aggregate-to-view": "true" } },
                        { matchLabels: { "rbac.authorization.k8s.io/aggregate-to-edit": "true" } },
                    ],
                },
            }),
        refused: /view/,
    },
    // Control for the aws-auth cases above: an outside role mapped as a node (system:nodes as a flow list) is refused.
    {
        name: "aws-auth maps an outside CI role as a node (username system:node:{{EC2PrivateDNSName}}, groups as a flow list)",
        stack: "prod",
        edit: r =>
            awsAuth(
                r,
                `- rolearn: ${outsideRole(PRIMARY, "ci-runner")}\n  username: system:node:{{EC2PrivateDNSName}}\n  groups: [system:bootstrappers, system:nodes]\n`,
            ),
    },
];

const secure: Case[] = [
    // aws-iam-authenticator expands {{SessionName}} in a mapping's username (EKS user guide, aws-auth: "{{SessionName}}"
    // ties audit logs to the person behind an SSO role); the group is bound to the built-in view role only.
    {
        name: "aws-auth maps an SSO read-only role to username readonly:{{SessionName}} in group custody-readers, bound to view",
        stack: "prod",
        edit: r => {
            awsAuth(
                r,
                `- rolearn: ${outsideRole(PRIMARY, "AWSReservedSSO_ReadOnly_0123456789abcdef")}\n  username: "readonly:{{SessionName}}"\n  groups:\n    - custody-readers\n`,
            );
            bind(r, "custody-readers", { kind: "ClusterRole", name: "view" }, [READERS]);
        },
    },
    // The same through an EKS access entry (EKS user guide, "Set a custom username for EKS access entries":
    // {{SessionName}} in the username).
    {
        name: "an access entry for an outside SRE role with userName sre:{{SessionName}} and group custody-readers, bound to view",
        stack: "pod-identity",
        edit: r => {
            aws(r, "aws:eks/accessEntry:AccessEntry", "sre-readers", {
                clusterName: "prod-validators",
                principalArn: outsideRole(PRIMARY, "sre"),
                userName: "sre:{{SessionName}}",
                kubernetesGroups: ["custody-readers"],
                type: "STANDARD",
            });
            bind(r, "custody-readers", { kind: "ClusterRole", name: "view" }, [READERS]);
        },
    },
    // A label on the built-in view role (an ownership label for the platform's inventory): no rules, no
    // aggregation label.
    {
        name: "a ClusterRolePatch adding an ownership label to the built-in view ClusterRole",
        stack: "prod",
        edit: r =>
            k8s(r, CLUSTER_ROLE_PATCH, "view-owner", {
                apiVersion: "rbac.authorization.k8s.io/v1",
                kind: "ClusterRole",
                metadata: { name: "view", labels: { "platform.example.com/owner": "sre" } },
            }),
    },
    // Hardening the default ServiceAccount of validators (Kubernetes "Configure Service Accounts for Pods": opt out
    // of API credential automounting) and the default namespace's Pod Security level.
    {
        name: "a ServiceAccountPatch turning off token automount for validators/default, and a NamespacePatch enforcing restricted on default",
        stack: "pod-identity",
        edit: r => {
            k8s(r, "kubernetes:core/v1:ServiceAccountPatch", "validators-default", {
                apiVersion: "v1",
                kind: "ServiceAccount",
                metadata: { name: "default", namespace: "validators" },
                automountServiceAccountToken: false,
            });
            k8s(r, "kubernetes:core/v1:NamespacePatch", "default-ns", {
                apiVersion: "v1",
                kind: "Namespace",
                metadata: {
                    name: "default",
                    labels: {
                        "pod-security.kubernetes.io/enforce": "restricted",
                        "pod-security.kubernetes.io/enforce-version": "latest",
                    },
                },
            });
        },
    },
    // On-call may drain the signer's pods during node maintenance: evictions go through PodDisruptionBudgets and
    // create no pod (Kubernetes "API-initiated Eviction": create on pods/eviction).
    {
        name: "a Role in validators letting on-call get/list pods and create pods/eviction",
        stack: "prod",
        edit: r => {
            k8sRole(
                r,
                "drainer",
                [
                    { apiGroups: [""], resources: ["pods"], verbs: ["get", "list", "watch"] },
                    { apiGroups: [""], resources: ["pods/eviction"], verbs: ["create"] },
                ],
                "validators",
            );
            bind(
                r,
                "drainer",
                { kind: "Role", name: "drainer" },
                [{ kind: "Group", name: "validators-oncall", apiGroup: RBAC }],
                "validators",
            );
        },
    },
    // Read-only rules contributed to the built-in view role by aggregation (log and event reads).
    {
        name: "a ClusterRole labelled aggregate-to-view granting get/list/watch on pods/log and events",
        stack: "pod-identity",
        edit: r =>
            k8s(r, CLUSTER_ROLE, "logs-view", {
                apiVersion: "rbac.authorization.k8s.io/v1",
                kind: "ClusterRole",
                metadata: { name: "logs-view", labels: { "rbac.authorization.k8s.io/aggregate-to-view": "true" } },
                rules: [
                    {
                        apiGroups: ["", "events.k8s.io"],
                        resources: ["pods/log", "events"],
                        verbs: ["get", "list", "watch"],
                    },
                ],
            }),
    },
];

describe("red team 21: Kubernetes/EKS API level", function () {
    this.timeout(300000);
    for (const c of insecure) {
        (c.skip ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertRefused(await runWholePack(c.stack, r), c.refused ?? /./, EFFECTIVE);
        });
    }
    for (const c of secure) {
        (c.skip ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertClean(await runWholePack(c.stack, r));
        });
    }
});
