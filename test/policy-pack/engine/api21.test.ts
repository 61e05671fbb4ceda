// Neighbours of the round 21 API-level fixes (test/policy-pack/engine/redteam21-api.test.ts): other spellings of each
// path the pack now refuses, and the look-alikes that must stay accepted. engine/kubernetes.ts: aggregation labels read
// on every ClusterRole (a patched built-in by its known rules, an aggregated one by what its selectors pull in, a
// ClusterRole and its patch together), selectors a patch adds to a built-in's aggregationRule, reserved system:/eks:
// usernames in aws-auth, and admission on PersistentVolumes (MUTATION_TARGETS, UNCONFINED_REWRITES).
import { assertClean, assertRefused, Resources, runWholePack, stackResources } from "./support";
import { bind, k8s, k8sRole, outsideRole } from "./variantBuilders";

const EFFECTIVE = "custody-effective-access";
const PRIMARY = "111111111111";
const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const CLUSTER_ROLE_PATCH = `kubernetes:${RBAC}/v1:ClusterRolePatch`;
const CLUSTER_ROLE = `kubernetes:${RBAC}/v1:ClusterRole`;
const MUTATING = "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration";
const VALIDATING = "kubernetes:admissionregistration.k8s.io/v1:ValidatingWebhookConfiguration";
const MAP = "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicy";
const MAP_BINDING = "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicyBinding";
const AGGREGATE_TO = `${RBAC}/aggregate-to-`;
const PV_RULE = { apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE"], resources: ["persistentvolumes"] };

/** A ClusterRolePatch of `name` with these metadata labels and (optionally) aggregationRule selectors. */
function rolePatch(
    r: Resources,
    id: string,
    name: string,
    labels?: Record<string, string>,
    selectors?: object[],
): void {
    k8s(r, CLUSTER_ROLE_PATCH, id, {
        apiVersion: `${RBAC}/v1`,
        kind: "ClusterRole",
        metadata: labels ? { name, labels } : { name },
        ...(selectors ? { aggregationRule: { clusterRoleSelectors: selectors } } : {}),
    });
}

/** An aws-auth ConfigMapPatch of the stack (kube-system) with this data. */
function awsAuth(r: Resources, data: Record<string, string>): void {
    k8s(r, "kubernetes:core/v1:ConfigMapPatch", "aws-auth", {
        metadata: { name: "aws-auth", namespace: "kube-system" },
        data,
    });
}

/** A webhook configuration (mutating unless `type` says otherwise) with one webhook served in `platform`. */
function webhook(r: Resources, name: string, rules: object[], extra: object = {}, type = MUTATING): void {
    k8s(r, type, name, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: type === MUTATING ? "MutatingWebhookConfiguration" : "ValidatingWebhookConfiguration",
        metadata: { name },
        webhooks: [
            {
                name: `${name}.platform.example.com`,
                admissionReviewVersions: ["v1"],
                sideEffects: "None",
                failurePolicy: "Ignore",
                clientConfig: { service: { name, namespace: "platform", path: "/admit" } },
                rules,
                ...extra,
            },
        ],
    });
}

type Case = { name: string; stack: string; edit: (r: Resources) => void; refused?: RegExp };

const insecure: Case[] = [
    // Same as the edit case with the strongest built-in: a label-only patch puts cluster-admin's rules into view.
    {
        name: "a ClusterRolePatch that only labels the built-in cluster-admin aggregate-to-view",
        stack: "pod-identity",
        edit: r => rolePatch(r, "admin-into-view", "cluster-admin", { [`${AGGREGATE_TO}view`]: "true" }),
        refused:
            /bindings of built-in ClusterRole view outside this stack, which ClusterRole cluster-admin joins by aggregation → ClusterRole cluster-admin \(built-in ClusterRole cluster-admin\)/,
    },
    // A ClusterRole outside the stack (installed by a chart): its rules cannot be read, so a label joining view counts.
    {
        name: "a ClusterRolePatch labelling a ClusterRole outside the stack (argocd-application-controller) aggregate-to-view",
        stack: "prod",
        edit: r => rolePatch(r, "argo-into-view", "argocd-application-controller", { [`${AGGREGATE_TO}view`]: "true" }),
        refused:
            /which ClusterRole argocd-application-controller joins by aggregation → ClusterRole argocd-application-controller \(ClusterRole argocd-application-controller, not in this stack: its rules cannot be read\)/,
    },
    // A ClusterRole of the stack creating pods, unlabelled, and a patch of it adding the label: read together.
    {
        name: "a stack ClusterRole creating pods (no labels) and a ClusterRolePatch of it adding aggregate-to-view",
        stack: "prod",
        edit: r => {
            k8sRole(r, "job-runner", [{ apiGroups: ["batch"], resources: ["jobs"], verbs: ["create", "get"] }]);
            rolePatch(r, "job-runner-label", "job-runner", { [`${AGGREGATE_TO}view`]: "true" });
        },
        refused:
            /bindings of built-in ClusterRole view outside this stack, which ClusterRole job-runner joins by aggregation → ClusterRole job-runner \(create\/get jobs\)/,
    },
    // The label-only patch of edit with view also bound in the stack: the stack binding reaches edit's rules.
    {
        name: "a ClusterRolePatch labelling edit aggregate-to-view, and a RoleBinding of view in validators",
        stack: "prod",
        edit: r => {
            rolePatch(r, "edit-into-view", "edit", { [`${AGGREGATE_TO}view`]: "true" });
            bind(r, "devs-view", { kind: "ClusterRole", name: "view" }, [DEVS], "validators");
        },
        refused:
            /RoleBinding devs-view in validators → ClusterRole view \(built-in ClusterRole view, which ClusterRole edit joins by aggregation\)/,
    },
    // A chain through a matchExpressions selector: aggregate-to-admin Exists matches the built-in edit.
    {
        name: "an aggregated ClusterRole selecting aggregate-to-admin by matchExpressions Exists, itself labelled aggregate-to-view",
        stack: "pod-identity",
        edit: r =>
            k8s(r, CLUSTER_ROLE, "admin-relay", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "admin-relay", labels: { [`${AGGREGATE_TO}view`]: "true" } },
                aggregationRule: {
                    clusterRoleSelectors: [{ matchExpressions: [{ key: `${AGGREGATE_TO}admin`, operator: "Exists" }] }],
                },
            }),
        refused:
            /which ClusterRole admin-relay joins by aggregation → ClusterRole admin-relay \(its aggregationRule selects built-in ClusterRole edit: built-in ClusterRole edit/,
    },
    // A two-step chain inside the stack: a ClusterRole with power labelled with a custom label, selected by an
    // aggregated ClusterRole labelled aggregate-to-view.
    {
        name: "a stack ClusterRole creating pods labelled example.com/ops, selected by an aggregated ClusterRole labelled aggregate-to-view",
        stack: "prod",
        edit: r => {
            k8s(r, CLUSTER_ROLE, "ops-pods", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "ops-pods", labels: { "example.com/ops": "true" } },
                rules: [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }],
            });
            k8s(r, CLUSTER_ROLE, "ops-relay", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "ops-relay", labels: { [`${AGGREGATE_TO}view`]: "true" } },
                aggregationRule: { clusterRoleSelectors: [{ matchLabels: { "example.com/ops": "true" } }] },
            });
        },
        refused: /ClusterRole ops-relay \(its aggregationRule selects ClusterRole ops-pods \(create pods\)\)/,
    },
    // Another control-plane user, through mapUsers in JSON form.
    {
        name: "aws-auth mapUsers (JSON) maps an IAM user to username system:kube-controller-manager",
        stack: "prod",
        edit: r =>
            awsAuth(r, {
                mapUsers: JSON.stringify([
                    {
                        userarn: `arn:aws:iam::${PRIMARY}:user/deployer`,
                        username: "system:kube-controller-manager",
                        groups: [],
                    },
                ]),
            }),
        refused: /aws-auth mapUsers \(username system:kube-controller-manager: a name Kubernetes or EKS reserves/,
    },
    // The assumer picks the session name, so the ServiceAccount: any controller's, through {{SessionName}}.
    {
        name: "aws-auth maps an outside role to username system:serviceaccount:kube-system:{{SessionName}}",
        stack: "pod-identity",
        edit: r =>
            awsAuth(r, {
                mapRoles: `- rolearn: ${outsideRole(PRIMARY, "ci-runner")}\n  username: "system:serviceaccount:kube-system:{{SessionName}}"\n`,
            }),
        refused: /username system:serviceaccount:kube-system:\{\{SessionName\}\}: a name Kubernetes or EKS reserves/,
    },
    // EKS's own component users hold eks: ClusterRoleBindings ("Understand Amazon EKS created RBAC roles and users").
    {
        name: "aws-auth maps an outside role to username eks:addon-manager",
        stack: "prod",
        edit: r =>
            awsAuth(r, {
                mapRoles: `- rolearn: ${outsideRole(PRIMARY, "platform-ops")}\n  username: eks:addon-manager\n  groups:\n    - platform-ops\n`,
            }),
        refused: /username eks:addon-manager: a name Kubernetes or EKS reserves/,
    },
    // A namespaceSelector does not limit a cluster-scoped kind (Dynamic Admission Control, "Matching requests:
    // namespaceSelector"): a PersistentVolume webhook "limited" to platform still rewrites every PersistentVolume.
    {
        name: "a MutatingWebhookConfiguration on persistentvolumes with a namespaceSelector on platform",
        stack: "pod-identity",
        edit: r =>
            webhook(r, "pv-scoped", [PV_RULE], {
                namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "platform" } },
            }),
        refused:
            /MutatingWebhookConfiguration pv-scoped rewrites PersistentVolumes \(a hostPath source mounts the node past Pod Security admission\), whatever namespaces it selects/,
    },
    // Same cause for another cluster-scoped kind the list names: a namespaceSelector never skips a
    // CustomResourceDefinition, whose conversion webhook the rewrite may add (Dynamic Admission Control, "Matching
    // requests: namespaceSelector": "If the object is another cluster scoped resource, it never skips the webhook").
    {
        name: "a MutatingWebhookConfiguration on customresourcedefinitions with a namespaceSelector on platform",
        stack: "prod",
        edit: r =>
            webhook(
                r,
                "crd-scoped",
                [
                    {
                        apiGroups: ["apiextensions.k8s.io"],
                        apiVersions: ["v1"],
                        operations: ["CREATE", "UPDATE"],
                        resources: ["customresourcedefinitions"],
                    },
                ],
                { namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "platform" } } },
            ),
        refused:
            /MutatingWebhookConfiguration crd-scoped rewrites the CustomResourceDefinitions \(a conversion webhook rewrites their custom resources\) admitted to the cluster/,
    },
    // The policy's binding narrows it to persistentvolumes by its own matchResources (any group), ApplyConfiguration.
    {
        name: "a MutatingAdmissionPolicy on every group's persistentvolumes (ApplyConfiguration), and its binding",
        stack: "pod-identity",
        edit: r => {
            k8s(r, MAP, "pv-apply", {
                apiVersion: "admissionregistration.k8s.io/v1beta1",
                kind: "MutatingAdmissionPolicy",
                metadata: { name: "pv-apply" },
                spec: {
                    failurePolicy: "Fail",
                    matchConstraints: {
                        resourceRules: [{ ...PV_RULE, apiGroups: ["*"], scope: "Cluster" }],
                    },
                    mutations: [
                        {
                            patchType: "ApplyConfiguration",
                            applyConfiguration: {
                                expression:
                                    'Object{spec: Object.spec{hostPath: Object.spec.hostPath{path: "/var/lib/kubelet"}}}',
                            },
                        },
                    ],
                },
            });
            k8s(r, MAP_BINDING, "pv-apply-b", {
                apiVersion: "admissionregistration.k8s.io/v1beta1",
                kind: "MutatingAdmissionPolicyBinding",
                metadata: { name: "pv-apply" },
                spec: { policyName: "pv-apply" },
            });
        },
        refused: /MutatingAdmissionPolicy(Binding)? pv-apply rewrites/,
    },
    // A selector on the bootstrapping label every built-in carries: view aggregates cluster-admin.
    {
        name: "a ClusterRolePatch adding a kubernetes.io/bootstrapping In [rbac-defaults] selector to view's aggregationRule",
        stack: "prod",
        edit: r =>
            rolePatch(r, "view-selects-defaults", "view", undefined, [
                { matchLabels: { [`${AGGREGATE_TO}view`]: "true" } },
                {
                    matchExpressions: [
                        { key: "kubernetes.io/bootstrapping", operator: "In", values: ["rbac-defaults"] },
                    ],
                },
            ]),
        refused:
            /bindings of ClusterRole view outside this stack → ClusterRole view \(its aggregationRule selects built-in ClusterRole cluster-admin/,
    },
    // An aggregationRule on system:basic-user, which Kubernetes binds to every authenticated caller itself.
    {
        name: "a ClusterRolePatch giving the built-in system:basic-user an aggregationRule selecting aggregate-to-edit",
        stack: "pod-identity",
        edit: r =>
            rolePatch(r, "basic-user-edit", "system:basic-user", undefined, [
                { matchLabels: { [`${AGGREGATE_TO}edit`]: "true" } },
            ]),
        refused:
            /default ClusterRoleBinding system:basic-user \(Group system:authenticated\) → ClusterRole system:basic-user \(its aggregationRule selects built-in ClusterRole system:aggregate-to-edit/,
    },
    // DECIDED (round 54): was secure ("edit's rules stay with edit's own holders (no aggregate-to label)"). An
    // aggregationRule's clusterRoleSelectors are label selectors on any key (Kubernetes "Using RBAC Authorization",
    // "Aggregated ClusterRoles"; Knative's addressable-resolver selects duck.knative.dev/addressable): any label the
    // stack adds to edit lets an aggregated ClusterRole outside the stack that selects it copy edit's rules (pods,
    // workloads) to its holders. Fail closed, as for rbac.crossplane.io/aggregate-to-crossplane (round 53).
    {
        name: "a ClusterRolePatch adding an ownership label to the built-in edit ClusterRole",
        stack: "prod",
        edit: r => rolePatch(r, "edit-owner", "edit", { "platform.example.com/owner": "sre" }),
        refused: /label platform\.example\.com\/owner on ClusterRole edit.*built-in ClusterRole edit/,
    },
    // DECIDED (round 54): was secure ("nothing new is selected"). True of the selector, but the ownership label now
    // joins view to any aggregated ClusterRole outside the stack selecting it (selectors are label selectors on any
    // key: Kubernetes "Using RBAC Authorization", "Aggregated ClusterRoles"), and view's rules are aggregated from
    // every ClusterRole labelled aggregate-to-view, those outside the stack unread: fail closed, as round 53 reads an
    // aggregate-to-<name> label on a patched aggregated role. Restating the selector without the label stays clean.
    {
        name: "a ClusterRolePatch restating view's own aggregationRule (aggregate-to-view) with an ownership label",
        stack: "pod-identity",
        edit: r =>
            rolePatch(r, "view-restated", "view", { "platform.example.com/owner": "sre" }, [
                { matchLabels: { [`${AGGREGATE_TO}view`]: "true" } },
            ]),
        refused: /label platform\.example\.com\/owner on ClusterRole view/,
    },
];

const secure: Case[] = [
    // Round 54 neighbour of the DECIDED case above: server-side apply of view's own aggregationRule, no label.
    {
        name: "a ClusterRolePatch restating view's own aggregationRule (aggregate-to-view), no label",
        stack: "pod-identity",
        edit: r =>
            rolePatch(r, "view-restated-bare", "view", undefined, [
                { matchLabels: { [`${AGGREGATE_TO}view`]: "true" } },
            ]),
    },
    // view already carries aggregate-to-edit (bootstrap policy): restating it relays nothing with power.
    {
        name: "a ClusterRolePatch restating view's own aggregate-to-edit label",
        stack: "prod",
        edit: r => rolePatch(r, "view-label", "view", { [`${AGGREGATE_TO}edit`]: "true" }),
    },
    // An aggregated ClusterRole of the stack with no label and no binding: its rules reach no one.
    {
        name: "an unbound, unlabelled aggregated ClusterRole selecting aggregate-to-edit",
        stack: "pod-identity",
        edit: r =>
            k8s(r, CLUSTER_ROLE, "edit-copy", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "edit-copy" },
                aggregationRule: { clusterRoleSelectors: [{ matchLabels: { [`${AGGREGATE_TO}edit`]: "true" } }] },
            }),
    },
    // An attributed username of the platform's own prefix (EKS user guide, aws-auth: {{SessionName}}): not reserved.
    {
        name: "aws-auth maps an outside read-only role to username ops:{{SessionName}} in group platform-devs, bound to view",
        stack: "prod",
        edit: r => {
            awsAuth(r, {
                mapRoles: `- rolearn: ${outsideRole(PRIMARY, "ReadOnly")}\n  username: "ops:{{SessionName}}"\n  groups:\n    - platform-devs\n`,
            });
            bind(r, "devs-view", { kind: "ClusterRole", name: "view" }, [DEVS]);
        },
    },
    // A validating webhook on PersistentVolumes checks, never rewrites (Dynamic Admission Control).
    {
        name: "a ValidatingWebhookConfiguration on persistentvolumes (CREATE)",
        stack: "pod-identity",
        edit: r => webhook(r, "pv-guard", [PV_RULE], {}, VALIDATING),
    },
    // The status subresource carries no volume source (a PersistentVolume's phase and message only).
    {
        name: "a MutatingWebhookConfiguration on persistentvolumes/status only",
        stack: "prod",
        edit: r =>
            webhook(r, "pv-status", [{ ...PV_RULE, operations: ["UPDATE"], resources: ["persistentvolumes/status"] }]),
    },
];

describe("round 21 API-level neighbours: aggregation relays, reserved usernames, admission on PersistentVolumes", function () {
    this.timeout(300000);
    for (const c of insecure)
        it(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertRefused(await runWholePack(c.stack, r), c.refused!, EFFECTIVE);
        });
    for (const c of secure)
        it(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertClean(await runWholePack(c.stack, r));
        });
});
