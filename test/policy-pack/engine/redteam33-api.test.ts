// Red-team round 33 on the Kubernetes/EKS API level (fresh eyes): namespaced custom resources whose controllers act
// cluster-wide with their own identity but are not in customResources.ts CLUSTER_APPLYING_RESOURCES (Velero backups,
// restores and schedules whose hooks exec into or add init containers to pods of any namespace; Rancher Fleet
// GitRepos/Bundles/HelmOps in fleet-local; KubeVela Applications and definitions), written through RBAC or a mutating
// webhook in a namespace other than the runtime's; and what a careful platform team writes around them (read-only
// Velero access, leader-election leases, access reviews, validating admission on Velero objects).
// Insecure variants the whole pack must refuse, secure ones it must accept; misses are `it.skip` with a MISS comment.
import { describeStackCases, Resources } from "./support";
import { bind, bindSa, k8s, k8sRole, namespace, rbacRole, serviceAccount } from "./variantBuilders";

const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };

type Case = {
    name: string;
    stack: string;
    preview?: boolean;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: string;
};

/** A namespaced Role `name` in `ns` with these rules, bound to platform-devs there; `ns` enforces restricted. */
function devsMay(r: Resources, ns: string, name: string, rules: object[]): void {
    namespace(r, ns, "restricted");
    k8sRole(r, name, rules, ns);
    bind(r, name, { kind: "Role", name }, [DEVS], ns);
}

/** A MutatingWebhookConfiguration served from namespace `platform`, selecting namespace `ns`, on these rules. */
function mutatingWebhook(r: Resources, name: string, ns: string, rules: object[]): void {
    k8s(r, "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration", name, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "MutatingWebhookConfiguration",
        metadata: { name },
        webhooks: [
            {
                name: `${name}.platform.example.com`,
                admissionReviewVersions: ["v1"],
                sideEffects: "None",
                clientConfig: { service: { name, namespace: "platform", path: "/mutate" } },
                namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": ns } },
                rules,
            },
        ],
    });
}

/** Argo CD's ConfigMap `name` in namespace argocd (restricted) with this data. */
function argoConfig(r: Resources, name: string, data: Record<string, string>): void {
    namespace(r, "argocd", "restricted");
    k8s(r, "kubernetes:core/v1:ConfigMap", `argocd-${name}`, {
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name, namespace: "argocd", labels: { "app.kubernetes.io/part-of": "argocd" } },
        data,
    });
}

const insecure: Case[] = [
    // Velero "Backup Hooks" (velero.io docs, backup-hooks.md): "When performing a backup, you can specify one or
    // more commands to execute in a container in a pod when that pod is being backed up ... in the Backup spec"
    // (spec.hooks.resources[].includedNamespaces, "If this value is not specified, the hook applies to all
    // namespaces"; pre/post exec container + command). The Velero server runs the exec with its own identity, bound
    // to cluster-admin by `velero install` and the chart's default ClusterRoleBinding. A Backup written in the velero
    // namespace with a pre hook on validators pods runs `cat /var/run/secrets/eks.amazonaws.com/serviceaccount/token`
    // (or the Pod Identity token) inside containment-chamber's container: exec as the runtime ServiceAccount.
    // Was a MISS (fixed in round 33): engine/kubernetes.ts customResourcePower counts a velero.io backups write as pods in the binding's namespace (velero, no ServiceAccount of the stack), but Velero executes a Backup's spec.hooks exec commands in pods of every namespace its includedNamespaces name ('If this value is not specified, the hook applies to all namespaces') with the Velero server's own identity (cluster-admin by velero install/chart default): a command in containment-chamber's container reads its projected token (velero.io docs 'Backup Hooks'; OADP 'Creating backup hooks'). velero.io is not in customResources.ts CLUSTER_APPLYING_RESOURCES.
    {
        name: "platform-devs may create Velero Backups in velero (restricted): spec.hooks exec commands in validators pods as Velero",
        stack: "prod",
        edit: r =>
            devsMay(r, "velero", "velero-backup-ops", [
                { apiGroups: ["velero.io"], resources: ["backups"], verbs: ["create"] },
            ]),
        refused: /velero-backup-ops[\s\S]*(cluster-wide|every namespace|validators)/,
    },
    // Velero "Restore Hooks" (velero.io docs, restore-hooks.md): a Restore's spec.hooks.resources[].postHooks
    // `init.initContainers` are "added to the pod's spec" of each restored pod, and `exec` hooks run commands in the
    // restored pod's containers; spec.namespaceMapping restores into any namespace. The Velero server (cluster-admin)
    // creates the restored pods: an init container of the writer's choosing in a validators pod running as
    // containment-chamber (or a pod of a backup restored into validators).
    // Was a MISS (fixed in round 33): a Restore's spec.hooks postHooks init.initContainers are 'added into restored pods' (first init container of the podSpec) and exec hooks run commands in restored pods' containers, for pods of any namespace (namespaceMapping too), created by the Velero server as itself (velero.io docs 'Restore Hooks': InitContainer and Exec restore hooks); the pack counts pods in velero only.
    {
        name: "platform-devs may create Velero Restores in velero (restricted): restore hooks add init containers to restored validators pods",
        stack: "dev",
        edit: r =>
            devsMay(r, "velero", "velero-restore-ops", [
                { apiGroups: ["velero.io"], resources: ["restores"], verbs: ["create"] },
            ]),
        refused: /velero-restore-ops[\s\S]*(cluster-wide|every namespace|validators)/,
    },
    // Velero Schedules carry a Backup template (spec.template, the Backup spec, hooks included: velero.io docs
    // "Schedule API Type"), so patching the cluster's existing schedule adds the same exec hooks at the next run.
    // Was a MISS (fixed in round 33): a Schedule's spec.template is a Backup spec, hooks included (velero.io 'Schedule API Type', 'Backup Hooks'); patching the cluster's existing Schedule makes the next Backup exec into validators pods; counted as pods in velero only.
    {
        name: "platform-devs may patch Velero Schedules in velero (restricted): the template's hooks exec into validators pods",
        stack: "pod-identity",
        edit: r =>
            devsMay(r, "velero", "velero-schedule-ops", [
                { apiGroups: ["velero.io"], resources: ["schedules"], verbs: ["patch", "update"] },
            ]),
        refused: /velero-schedule-ops[\s\S]*(cluster-wide|every namespace|validators)/,
    },
    // Rancher Fleet (fleet.rancher.io "Namespaces"): "all GitRepos created in fleet-local will automatically target
    // the local Cluster"; the fleet-agent applies the bundle's manifests into the namespaces they name (GitRepo
    // targetNamespace, fleet.yaml namespace/defaultNamespace: "gitRepo.targetNamespace > fleet.yaml namespace >
    // namespace in workload's manifest", fleet.rancher.io "Create a GitRepo Resource") with its own identity
    // (cluster-admin in the agent's install) unless spec.serviceAccount is set. A GitRepo (or a Bundle, which carries
    // its resources inline; or a HelmOp) in fleet-local puts a Deployment into validators as containment-chamber.
    // Was a MISS (fixed in round 33): a GitRepo/Bundle in fleet-local targets the local cluster ('all GitRepos created in fleet-local will automatically target the local Cluster', fleet.rancher.io 'Namespaces') and the fleet-agent applies it into the namespaces the manifests/targetNamespace name with its own ServiceAccount, bound to a ClusterRole of '*' on '*' (rancher/fleet charts/fleet-agent/templates/rbac.yaml); fleet.cattle.io is not in CLUSTER_APPLYING_RESOURCES, so only pods in fleet-local are counted.
    {
        name: "platform-devs may create Rancher Fleet GitRepos and Bundles in fleet-local (restricted): the local agent applies them anywhere",
        stack: "prod",
        edit: r =>
            devsMay(r, "fleet-local", "fleet-tenant", [
                {
                    apiGroups: ["fleet.cattle.io"],
                    resources: ["gitrepos", "bundles", "helmops"],
                    verbs: ["create", "update", "patch"],
                },
            ]),
        refused: /fleet-tenant[\s\S]*(cluster-wide|every namespace|validators)/,
    },
    // KubeVela: the chart binds vela-core to cluster-admin unless authentication.enabled (kubevela chart
    // templates/kubevela-controller.yaml: ClusterRoleBinding `manager-rolebinding` to "cluster-admin" in the
    // non-authentication branch), and an Application's topology policy `namespace` deploys its components into any
    // namespace (KubeVela docs "Multi-cluster Application": topology policy clusters/namespace). An Application
    // written in tools (restricted) renders a webservice component into validators as containment-chamber.
    // Was a MISS (fixed in round 33): vela-core applies an Application's rendered resources as itself, bound to cluster-admin unless authentication.enabled (kubevela chart: ClusterRoleBinding '<fullname>:manager-rolebinding' to cluster-admin), and a topology policy's namespace (or the component's own metadata) puts them in any namespace (KubeVela 'Multi-cluster/topology policy'); core.oam.dev is not in CLUSTER_APPLYING_RESOURCES, counted as pods in tools only.
    {
        name: "platform-devs may create KubeVela Applications in tools (restricted): vela-core deploys them into validators as cluster-admin",
        stack: "dev",
        edit: r =>
            devsMay(r, "tools", "vela-tenant", [
                { apiGroups: ["core.oam.dev"], resources: ["applications"], verbs: ["create", "update", "patch"] },
            ]),
        refused: /vela-tenant[\s\S]*(cluster-wide|every namespace|validators)/,
    },
    // KubeVela definitions in vela-system are global: "the definitions in vela-system namespace can be used by
    // applications in all namespaces" (KubeVela docs, "Definition ... namespace"); rewriting the `webservice`
    // ComponentDefinition's CUE template changes what every Application of the cluster renders, in every namespace.
    // Was a MISS (fixed in round 33): definitions in the system definition namespace (chart value systemDefinitionNamespace, vela-system) are the CUE templates every Application in every namespace renders through vela-core (cluster-admin, as above); rewriting `webservice` changes every Application's Deployment (serviceAccountName included), but the pack counts pods in vela-system only.
    {
        name: "platform-devs may patch KubeVela ComponentDefinitions and TraitDefinitions in vela-system (restricted)",
        stack: "prod",
        edit: r =>
            devsMay(r, "vela-system", "vela-defs", [
                {
                    apiGroups: ["core.oam.dev"],
                    resources: ["componentdefinitions", "traitdefinitions"],
                    verbs: ["patch"],
                },
            ]),
        refused: /vela-defs[\s\S]*(cluster-wide|every namespace|validators)/,
    },
    // A mutating webhook that selects only fleet-local and rewrites GitRepos there (their repo/targetNamespace): the
    // local agent applies the rewritten bundle anywhere, whatever namespaces the webhook selects (as round 32 judges
    // the same webhook on Argo CD Applications).
    // Was a MISS (fixed in round 33): like the round-32 Argo CD webhook case (refused there), a webhook rewriting GitRepos in fleet-local changes what the cluster-wide fleet-agent applies anywhere (rancher/fleet fleet-agent rbac.yaml '*' on '*'); the pack reads fleet.cattle.io as a custom resource creating pods in fleet-local only, so nothing is refused.
    {
        name: "a MutatingWebhookConfiguration selecting namespace fleet-local that rewrites Rancher Fleet GitRepos",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "fleet-local", "restricted");
            mutatingWebhook(r, "gitrepo-defaults", "fleet-local", [
                {
                    apiGroups: ["fleet.cattle.io"],
                    apiVersions: ["v1alpha1"],
                    resources: ["gitrepos"],
                    operations: ["CREATE", "UPDATE"],
                    scope: "Namespaced",
                },
            ]);
        },
        refused: /gitrepo-defaults[\s\S]*(cluster-wide|every namespace|validators|whatever namespaces)/,
    },
    // Same webhook shape on Velero Backups: it adds spec.hooks to every Backup created in velero (the schedule's
    // included), and Velero execs them into validators pods.
    // Was a MISS (fixed in round 33): a webhook adding spec.hooks to every Backup created in velero (scheduled ones included) makes the Velero server exec the writer's command in validators pods (velero.io 'Backup Hooks'); counted as pods in velero only.
    {
        name: "a MutatingWebhookConfiguration selecting namespace velero that rewrites Velero Backups (adds spec.hooks)",
        stack: "dev",
        edit: r => {
            namespace(r, "velero", "restricted");
            mutatingWebhook(r, "backup-defaults", "velero", [
                {
                    apiGroups: ["velero.io"],
                    apiVersions: ["v1"],
                    resources: ["backups"],
                    operations: ["CREATE"],
                    scope: "Namespaced",
                },
            ]);
        },
        refused: /backup-defaults[\s\S]*(cluster-wide|every namespace|validators|whatever namespaces)/,
    },
    // Neighbours that the pack does refuse (the harness sees the writes): the same Velero Backup write bound in
    // validators counts as pods there (containment-chamber), and Fleet Bundles written through a ClusterRoleBinding
    // count as pods in every namespace.
    {
        name: "neighbour: platform-devs may create Velero Backups in validators (pods of the runtime's namespace)",
        stack: "prod",
        edit: r => {
            k8sRole(
                r,
                "velero-in-validators",
                [{ apiGroups: ["velero.io"], resources: ["backups"], verbs: ["create"] }],
                "validators",
            );
            bind(r, "velero-in-validators", { kind: "Role", name: "velero-in-validators" }, [DEVS], "validators");
        },
        refused: /velero-in-validators[\s\S]*(velero\.io|backups)/,
    },
    {
        name: "neighbour: platform-devs may create Fleet Bundles through a ClusterRoleBinding",
        stack: "pod-identity",
        edit: r => {
            k8sRole(r, "fleet-bundles", [
                { apiGroups: ["fleet.cattle.io"], resources: ["bundles"], verbs: ["create"] },
            ]);
            bind(r, "fleet-bundles", { kind: "ClusterRole", name: "fleet-bundles" }, [DEVS]);
        },
        refused: /fleet-bundles[\s\S]*bundles/,
    },
    // Neighbours (round 33 fix: a custom resource the pack does not know counts cluster-wide unless its controller is
    // on customResources.ts NAMESPACE_CONFINED_RESOURCES). Argo Events Sensors share argoproj.io with the confined Argo
    // Workflows and Rollouts, but are not on the allowlist: the allowlist is per kind, so they count cluster-wide.
    {
        name: "neighbour: platform-devs may create Argo Events Sensors in tools (argoproj.io, not on the confined allowlist)",
        stack: "dev",
        edit: r =>
            devsMay(r, "tools", "argo-sensors", [
                { apiGroups: ["argoproj.io"], resources: ["sensors"], verbs: ["create"] },
            ]),
        refused: /argo-sensors[\s\S]*act cluster-wide as their controller: create argoproj\.io\/sensors/,
    },
    // DECIDED: the Spark operator is left off the confined allowlist: its spark-submit, run as the operator, takes a
    // SparkApplication's sparkConf after its own `spark.kubernetes.namespace=<the object's namespace>` (every key but
    // the driver pod name: kubeflow/spark-operator submission.go buildSparkSubmitArgs, namespaceOption then
    // sparkConfOption), so the driver pod may land in another namespace. Accepted before round 33 (pods in tools).
    {
        name: "DECIDED: platform-devs may create Spark operator SparkApplications in tools (restricted)",
        stack: "prod",
        edit: r =>
            devsMay(r, "tools", "spark-tenant", [
                {
                    apiGroups: ["sparkoperator.k8s.io"],
                    resources: ["sparkapplications", "scheduledsparkapplications"],
                    verbs: ["create", "update", "patch"],
                },
            ]),
        refused:
            /spark-tenant[\s\S]*act cluster-wide as their controller: create\/update\/patch sparkoperator\.k8s\.io\/sparkapplications/,
    },
    // A rule on every API group names Velero's `backups` too (and any later controller's kind of that plural).
    {
        name: "neighbour: platform-devs may create `backups` of every API group (`*`) in tools",
        stack: "pod-identity",
        edit: r =>
            devsMay(r, "tools", "any-backups", [{ apiGroups: ["*"], resources: ["backups"], verbs: ["create"] }]),
        refused: /any-backups[\s\S]*act cluster-wide as their controller: create \*\/backups/,
    },
    // Argo CD's own configuration (recognised by name): a custom role that may sync Applications, given to an SSO group.
    {
        name: "neighbour: argocd-rbac-cm gives an SSO group a custom role that may sync every Application (`g` to `p ... sync`)",
        stack: "prod",
        edit: r =>
            argoConfig(r, "argocd-rbac-cm", {
                "policy.default": "role:readonly",
                "policy.csv":
                    "p, role:deployer, applications, sync, */*, allow\ng, platform:deployers, role:deployer\n",
            }),
        refused: /platform:deployers[\s\S]*argocd-rbac-cm gives platform:deployers `g` to role:deployer/,
    },
    // argocd-cmd-params-cm server.disable.auth turns Argo CD's RBAC enforcement off (argo-cd server/server.go).
    {
        name: 'neighbour: argocd-cmd-params-cm with server.disable.auth "true" (every caller of the Argo CD API is admin)',
        stack: "dev",
        edit: r => argoConfig(r, "argocd-cmd-params-cm", { "server.disable.auth": "true", "server.insecure": "true" }),
        refused: /server\.disable\.auth/,
    },
    // Every ConfigMap of namespace argocd (no resourceNames): argocd-rbac-cm among them.
    {
        name: "neighbour: platform-devs may update every ConfigMap in argocd (no resourceNames)",
        stack: "pod-identity",
        edit: r =>
            devsMay(r, "argocd", "argocd-config-editor", [
                { apiGroups: [""], resources: ["configmaps"], verbs: ["get", "update"] },
            ]),
        refused: /argocd-config-editor[\s\S]*act cluster-wide as Argo CD: get\/update configmaps in argocd/,
    },
    // A power that holds only in argocd (every ConfigMap there) must not hide what the same role gives in the binding's
    // own namespace: bound in validators, it creates pods as containment-chamber.
    {
        name: "neighbour: a ClusterRole writing every ConfigMap and creating pods, bound by a RoleBinding in validators",
        stack: "prod",
        edit: r => {
            k8sRole(r, "cm-and-pods", [
                { apiGroups: [""], resources: ["configmaps"], verbs: ["update", "patch"] },
                { apiGroups: [""], resources: ["pods"], verbs: ["create"] },
            ]);
            bind(r, "cm-and-pods", { kind: "ClusterRole", name: "cm-and-pods" }, [DEVS], "validators");
        },
        refused: /RoleBinding cm-and-pods in validators[\s\S]*create pods[\s\S]*validators\/containment-chamber/,
    },
];

const secure: Case[] = [
    // `velero backup get`, `velero restore describe`: read-only access to Velero's objects (no create/update/patch),
    // as Velero's docs suggest for an operator who only watches backups.
    {
        name: "platform-devs may only read Velero Backups, Restores and Schedules in velero (get, list, watch)",
        stack: "prod",
        edit: r =>
            devsMay(r, "velero", "velero-viewer", [
                {
                    apiGroups: ["velero.io"],
                    resources: ["backups", "restores", "schedules", "backupstoragelocations"],
                    verbs: ["get", "list", "watch"],
                },
            ]),
    },
    // Leader election for an in-house operator in tools: coordination.k8s.io leases and core events (Kubernetes
    // "Leases": "leader election"); neither runs a pod nor reaches a ServiceAccount.
    {
        name: "platform-devs may create/update coordination.k8s.io leases and create events in tools (leader election)",
        stack: "dev",
        edit: r =>
            devsMay(r, "tools", "leader-election", [
                { apiGroups: ["coordination.k8s.io"], resources: ["leases"], verbs: ["get", "create", "update"] },
                { apiGroups: ["", "events.k8s.io"], resources: ["events"], verbs: ["create", "patch"] },
            ]),
    },
    // Access reviews answer "may I?" questions and change nothing (Kubernetes "Authorization": SelfSubjectAccessReview,
    // LocalSubjectAccessReview); `kubectl auth can-i` for the on-call group in validators.
    {
        name: "platform-devs may create LocalSubjectAccessReviews in validators and SelfSubjectAccessReviews cluster-wide",
        stack: "pod-identity",
        edit: r => {
            k8sRole(
                r,
                "can-i",
                [{ apiGroups: ["authorization.k8s.io"], resources: ["localsubjectaccessreviews"], verbs: ["create"] }],
                "validators",
            );
            bind(r, "can-i", { kind: "Role", name: "can-i" }, [DEVS], "validators");
            k8sRole(r, "can-i-self", [
                {
                    apiGroups: ["authorization.k8s.io"],
                    resources: ["selfsubjectaccessreviews", "selfsubjectrulesreviews"],
                    verbs: ["create"],
                },
            ]);
            bind(r, "can-i-self", { kind: "ClusterRole", name: "can-i-self" }, [DEVS]);
        },
    },
    // A ValidatingAdmissionPolicy (and binding, Deny) refusing Velero Backups, Schedules and Restores that carry hooks:
    // validating admission only rejects requests (Kubernetes "Validating Admission Policy").
    {
        name: "a ValidatingAdmissionPolicy and binding refusing Velero Backups, Schedules and Restores with hooks",
        stack: "prod",
        edit: r => {
            k8s(r, "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicy", "vap-velero-hooks", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingAdmissionPolicy",
                metadata: { name: "velero-no-hooks" },
                spec: {
                    failurePolicy: "Fail",
                    matchConstraints: {
                        resourceRules: [
                            {
                                apiGroups: ["velero.io"],
                                apiVersions: ["v1"],
                                resources: ["backups", "schedules", "restores"],
                                operations: ["CREATE", "UPDATE"],
                            },
                        ],
                    },
                    validations: [
                        {
                            expression:
                                "!has(object.spec.hooks) && !(has(object.spec.template) && has(object.spec.template.hooks))",
                        },
                    ],
                },
            });
            k8s(r, "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicyBinding", "vapb-velero", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingAdmissionPolicyBinding",
                metadata: { name: "velero-no-hooks" },
                spec: { policyName: "velero-no-hooks", validationActions: ["Deny"] },
            });
        },
    },
    // Read-only Fleet and KubeVela dashboards: get/list/watch GitRepos, Bundles and Applications.
    {
        name: "platform-devs may only read Fleet GitRepos/Bundles in fleet-local and KubeVela Applications in tools",
        stack: "dev",
        edit: r => {
            devsMay(r, "fleet-local", "fleet-viewer", [
                { apiGroups: ["fleet.cattle.io"], resources: ["gitrepos", "bundles"], verbs: ["get", "list", "watch"] },
            ]);
            devsMay(r, "tools", "vela-viewer", [
                { apiGroups: ["core.oam.dev"], resources: ["applications"], verbs: ["get", "list", "watch"] },
            ]);
        },
    },
    // Neighbours (round 33 fix): controllers on the confined allowlist (customResources.ts NAMESPACE_CONFINED_RESOURCES)
    // run their pods in the object's namespace only: pods in tools, restricted, where no runtime ServiceAccount lives.
    {
        name: "neighbour: platform-devs may create Argo Workflows, Tekton PipelineRuns/TaskRuns and KubeRay RayJobs in tools (restricted)",
        stack: "dev",
        edit: r =>
            devsMay(r, "tools", "batch-tenant", [
                { apiGroups: ["argoproj.io"], resources: ["workflows", "cronworkflows"], verbs: ["create", "patch"] },
                { apiGroups: ["tekton.dev"], resources: ["pipelineruns", "taskruns"], verbs: ["create"] },
                { apiGroups: ["ray.io"], resources: ["rayjobs", "rayclusters"], verbs: ["create", "update"] },
            ]),
    },
    {
        name: "neighbour: platform-devs may create KEDA ScaledJobs, JobSets, PyTorchJobs and Knative Services in tools (restricted)",
        stack: "prod",
        edit: r =>
            devsMay(r, "tools", "ml-tenant", [
                { apiGroups: ["keda.sh"], resources: ["scaledjobs", "scaledobjects"], verbs: ["create"] },
                { apiGroups: ["jobset.x-k8s.io"], resources: ["jobsets"], verbs: ["create"] },
                { apiGroups: ["kubeflow.org"], resources: ["pytorchjobs"], verbs: ["create"] },
                { apiGroups: ["serving.knative.dev"], resources: ["services"], verbs: ["create", "patch"] },
            ]),
    },
    // A mutating webhook selecting tools (restricted) that rewrites Argo Workflows: pods of tools only.
    {
        name: "neighbour: a MutatingWebhookConfiguration selecting namespace tools that rewrites Argo Workflows",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "tools", "restricted");
            mutatingWebhook(r, "workflow-defaults", "tools", [
                {
                    apiGroups: ["argoproj.io"],
                    apiVersions: ["v1alpha1"],
                    resources: ["workflows"],
                    operations: ["CREATE"],
                    scope: "Namespaced",
                },
            ]);
        },
    },
    // Velero's own ServiceAccount (velero/velero, `velero install`) writing Velero's objects acts as no one else.
    {
        name: "neighbour: Velero's own ServiceAccount velero/velero may create Backups and Restores in velero",
        stack: "prod",
        edit: r => {
            namespace(r, "velero", "restricted");
            serviceAccount(r, "velero", "velero");
            rbacRole(
                r,
                "velero-self",
                [{ apiGroups: ["velero.io"], resources: ["backups", "restores"], verbs: ["create", "update"] }],
                "velero",
            );
            bindSa(r, "velero-self", "Role", "velero", "velero", "velero");
        },
    },
    // Argo CD's configuration: every ConfigMap of tools is not Argo CD's; a read-only argocd-rbac-cm with anonymous
    // access and deny lines gives no one more than read.
    {
        name: "neighbour: platform-devs may update every ConfigMap in tools (not argocd, no Argo CD name)",
        stack: "dev",
        edit: r =>
            devsMay(r, "tools", "tools-config", [
                { apiGroups: [""], resources: ["configmaps"], verbs: ["get", "update", "patch"] },
            ]),
    },
    {
        name: "neighbour: argocd-rbac-cm read-only for everyone (anonymous access on), a viewer role, and a deny on sync",
        stack: "trust-domain",
        edit: r => {
            argoConfig(r, "argocd-cm", { "users.anonymous.enabled": "true", "accounts.ci": "apiKey" });
            argoConfig(r, "argocd-rbac-cm", {
                "policy.default": "role:readonly",
                "policy.csv":
                    "# viewers\np, role:viewer, applications, get, */*, allow\np, role:viewer, logs, get, */*, allow\np, ci, applications, sync, */*, deny\ng, ci, role:viewer\n",
            });
        },
    },
];

describeStackCases("red-team 33: Kubernetes/EKS API level", insecure, secure);
