// Red-team round 32 on the Kubernetes/EKS API level (fresh eyes): RBAC writes on custom resources whose controllers
// act cluster-wide with their own identity (Flux Kustomizations/HelmReleases/GitRepositories reconciled by
// kustomize-controller's cluster-admin ServiceAccount, Argo CD Applications deployed by the application controller
// under the default AppProject), bound in a namespace other than the runtime's; and what a careful platform team
// writes (ServiceAccount impersonation and token minting confined to a tools namespace, validating admission,
// NetworkPolicies, PodDisruptionBudgets, quotas in validators).
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

const insecure: Case[] = [
    // Flux docs ("Multi-tenancy lockdown", RFC-0001 and GHSA-35rf-v2jv-gfg7): a Kustomization without
    // spec.serviceAccountName is applied by kustomize-controller with its own ServiceAccount, bound to cluster-admin
    // by the Flux install unless --default-service-account is set (outside the stack). Its manifests (or
    // spec.targetNamespace) may put a Deployment into validators as containment-chamber. engine/kubernetes.ts lists
    // kustomizations in WORKLOAD_CRDS as "pods with any ServiceAccount of its namespace" and keeps the power in the
    // binding's namespace (tools, restricted), so nothing reaches the runtime ServiceAccount.
    // Was a MISS (fixed in round 32): engine/kubernetes.ts WORKLOAD_CRDS/customResourcePower keep a kustomizations write in the binding's namespace (tools), but kustomize-controller applies a Kustomization without serviceAccountName as its own cluster-admin ServiceAccount, anywhere (Flux RFC-0001 multi-tenancy / 'Multi-tenancy lockdown' --default-service-account; GHSA-35rf-v2jv-gfg7: 'non-admin users [that] create Flux Kustomization objects' are the multi-tenant risk): a Deployment in validators as containment-chamber.
    {
        name: "platform-devs may create Flux Kustomizations in tools (restricted): kustomize-controller applies them as cluster-admin, targetNamespace validators",
        stack: "prod",
        edit: r =>
            devsMay(r, "tools", "flux-tenant", [
                {
                    apiGroups: ["kustomize.toolkit.fluxcd.io"],
                    resources: ["kustomizations"],
                    verbs: ["create", "update", "patch"],
                },
            ]),
        refused: /flux-tenant|kustomizations/,
    },
    // Same for HelmReleases (helm-controller, cluster-admin by default; spec.targetNamespace / the chart's own
    // namespaces).
    // Was a MISS (fixed in round 32): same as the Kustomization case: helm-controller installs a HelmRelease without serviceAccountName as its own cluster-admin ServiceAccount into spec.targetNamespace (Flux RFC-0001, multi-tenancy lockdown); the pack counts pods in tools only.
    {
        name: "platform-devs may create Flux HelmReleases in tools (restricted): helm-controller installs the chart as cluster-admin",
        stack: "dev",
        edit: r =>
            devsMay(r, "tools", "helm-tenant", [
                { apiGroups: ["helm.toolkit.fluxcd.io"], resources: ["helmreleases"], verbs: ["create", "patch"] },
            ]),
        refused: /helm-tenant|helmreleases/,
    },
    // The source of an existing (outside) flux-system Kustomization: rewriting the GitRepository's url/ref makes
    // kustomize-controller apply the writer's manifests cluster-wide (Flux "GitRepository": the artifact the
    // Kustomization's sourceRef names). Counted as creating pods in flux-system only.
    // Was a MISS (fixed in round 32): rewriting the source (url/ref) of the cluster's own flux-system Kustomizations makes kustomize-controller (cluster-admin) apply the writer's manifests cluster-wide (Flux 'GitRepository', Kustomization sourceRef); counted as creating pods in flux-system only.
    {
        name: "platform-devs may update GitRepositories in flux-system (the source of the cluster's own Kustomizations)",
        stack: "prod",
        edit: r =>
            devsMay(r, "flux-system", "flux-sources", [
                {
                    apiGroups: ["source.toolkit.fluxcd.io"],
                    resources: ["gitrepositories", "ocirepositories"],
                    verbs: ["update", "patch"],
                },
            ]),
        refused: /flux-sources|gitrepositories/,
    },
    // Argo CD: Applications live in argocd and the application controller deploys them to their
    // spec.destination.namespace with its own cluster-wide identity; the `default` AppProject "allows access to all
    // repositories, clusters, and namespaces" (EKS user guide, "Working with Argo CD Projects"; Argo CD "The Default
    // Project"). Counted as creating pods in argocd only.
    // Was a MISS (fixed in round 32): the application controller deploys an Application to spec.destination with its own cluster-wide identity and the default AppProject 'allows access to all repositories, clusters, and namespaces' (EKS user guide, 'Working with Argo CD Projects'; Argo CD 'The Default Project'); the pack counts pods in argocd only.
    {
        name: "platform-devs may create Argo CD Applications in argocd (restricted): the default project deploys them to validators",
        stack: "prod",
        edit: r =>
            devsMay(r, "argocd", "argo-apps", [
                { apiGroups: ["argoproj.io"], resources: ["applications"], verbs: ["create", "update"] },
            ]),
        refused: /argo-apps|applications/,
    },
    // An AppProject write widens what every Application of the project may deploy (destinations,
    // clusterResourceWhitelist) and, since Argo CD 2.13, whom it syncs as (spec.destinationServiceAccounts:
    // defaultServiceAccount validators:containment-chamber). Custom resource write in argocd.
    // Was a MISS (fixed in round 32): an AppProject patch opens destinations/clusterResourceWhitelist for every Application of the project, and destinationServiceAccounts (Argo CD >= 2.13 sync impersonation) makes Argo CD sync as validators/containment-chamber; counted as creating pods in argocd only (Argo CD 'Projects', EKS 'Working with Argo CD Projects').
    {
        name: "platform-devs may patch Argo CD AppProjects in argocd (destinations and destinationServiceAccounts)",
        stack: "dev",
        edit: r =>
            devsMay(r, "argocd", "argo-projects", [
                { apiGroups: ["argoproj.io"], resources: ["appprojects"], verbs: ["patch"] },
            ]),
        refused: /argo-projects|appprojects/,
    },
    // Argo CD ApplicationSets: the applicationset-controller renders Applications into argocd.
    // Was a MISS (fixed in round 32): the applicationset-controller renders Applications (default project: any destination) from an ApplicationSet's template; counted as pods in argocd only (Argo CD ApplicationSet docs; EKS 'Working with Argo CD Projects').
    {
        name: "platform-devs may create Argo CD ApplicationSets in argocd (restricted)",
        stack: "pod-identity",
        edit: r =>
            devsMay(r, "argocd", "argo-appsets", [
                { apiGroups: ["argoproj.io"], resources: ["applicationsets"], verbs: ["create"] },
            ]),
        refused: /argo-appsets|applicationsets/,
    },
    // Neighbours (round 32 fix): the cluster-applying kinds are listed once, in customResources.ts
    // CLUSTER_APPLYING_RESOURCES, and read by RBAC, webhooks and conversions alike.
    // Every resource of the kustomize.toolkit.fluxcd.io group (`*`), patch only, limited by resourceNames to the
    // cluster's own flux-system Kustomization: a name limits nothing, the existing object applies as cluster-admin.
    {
        name: "neighbour: platform-devs may patch every kustomize.toolkit.fluxcd.io resource (`*`) named flux-system in flux-system",
        stack: "pod-identity",
        edit: r =>
            devsMay(r, "flux-system", "flux-patcher", [
                {
                    apiGroups: ["kustomize.toolkit.fluxcd.io"],
                    resources: ["*"],
                    resourceNames: ["flux-system"],
                    verbs: ["patch"],
                },
            ]),
        refused: /flux-patcher[\s\S]*act cluster-wide as their controller: patch kustomize\.toolkit\.fluxcd\.io\/\*/,
    },
    // A mutating webhook that selects only namespace argocd (restricted) and rewrites Applications there: the
    // application controller deploys the rewritten destination anywhere, whatever namespaces the webhook selects.
    {
        name: "neighbour: a MutatingWebhookConfiguration selecting namespace argocd that rewrites Argo CD Applications",
        stack: "prod",
        edit: r => {
            namespace(r, "argocd", "restricted");
            k8s(r, "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration", "app-defaults", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "MutatingWebhookConfiguration",
                metadata: { name: "app-defaults" },
                webhooks: [
                    {
                        name: "apps.platform.example.com",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        clientConfig: { service: { name: "app-defaults", namespace: "platform", path: "/mutate" } },
                        namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "argocd" } },
                        rules: [
                            {
                                apiGroups: ["argoproj.io"],
                                apiVersions: ["v1alpha1"],
                                resources: ["applications"],
                                operations: ["CREATE", "UPDATE"],
                                scope: "Namespaced",
                            },
                        ],
                    },
                ],
            });
        },
        refused:
            /MutatingWebhookConfiguration app-defaults rewrites argoproj\.io\/applications \(Argo CD's application controller[\s\S]*whatever namespaces it selects/,
    },
    // Kyverno's namespaced Policy: any rule's apiCall context calls out as Kyverno (its token attached), as a Policy
    // declared in the stack is judged; counted in the binding's namespace before round 32.
    {
        name: "neighbour: platform-devs may create Kyverno Policies (namespaced) in tools",
        stack: "dev",
        edit: r =>
            devsMay(r, "tools", "kyverno-tenant", [
                { apiGroups: ["kyverno.io"], resources: ["policies"], verbs: ["create", "update"] },
            ]),
        refused: /kyverno-tenant[\s\S]*act cluster-wide as their controller: create\/update kyverno\.io\/policies/,
    },
    // Crossplane v2's namespaced provider-kubernetes Objects apply their manifest in the namespace it names.
    {
        name: "neighbour: platform-devs may create Crossplane namespaced Objects (kubernetes.m.crossplane.io) in tools",
        stack: "prod",
        edit: r =>
            devsMay(r, "tools", "xp-tenant", [
                { apiGroups: ["kubernetes.m.crossplane.io"], resources: ["objects"], verbs: ["create"] },
            ]),
        refused: /xp-tenant[\s\S]*kubernetes\.m\.crossplane\.io\/objects/,
    },
    // The controller's own identity is pinned to its documented install (customResources.ts `controllers`): a
    // ServiceAccount merely named kustomize-controller in tools writing Kustomizations is someone else.
    {
        name: "neighbour: ServiceAccount tools/kustomize-controller (not Flux's, in flux-system) may patch Kustomizations in tools",
        stack: "dev",
        edit: r => {
            namespace(r, "tools", "restricted");
            serviceAccount(r, "tools", "kustomize-controller");
            rbacRole(
                r,
                "fake-flux",
                [{ apiGroups: ["kustomize.toolkit.fluxcd.io"], resources: ["kustomizations"], verbs: ["patch"] }],
                "tools",
            );
            bindSa(r, "fake-flux", "Role", "tools", "kustomize-controller", "tools");
        },
        refused:
            /fake-flux[\s\S]*act cluster-wide as their controller: patch kustomize\.toolkit\.fluxcd\.io\/kustomizations/,
    },
    // Crossplane provider-kubernetes Objects (kubernetes.crossplane.io, cluster-scoped in v1): the provider applies
    // spec.forProvider.manifest with its ProviderConfig's identity (InjectedIdentity: the provider's own
    // ServiceAccount). Cluster-scoped, so a ClusterRole bound cluster-wide: expected refused.
    {
        name: "platform-devs may create Crossplane provider-kubernetes Objects (cluster-scoped manifests applied by the provider)",
        stack: "prod",
        edit: r => {
            k8sRole(r, "xp-objects", [
                { apiGroups: ["kubernetes.crossplane.io"], resources: ["objects"], verbs: ["create"] },
            ]);
            bind(r, "xp-objects", { kind: "ClusterRole", name: "xp-objects" }, [DEVS]);
        },
        refused: /xp-objects|objects/,
    },
    // External Secrets: a ClusterSecretStore is cluster-scoped and its kubernetes/AWS providers name a
    // ServiceAccount in any namespace (auth.serviceAccount / auth.jwt.serviceAccountRef with namespace), for which
    // ESO requests a token (ESO "AWS Secrets Manager", "EKS Service Account credentials"). RBAC on it: expected
    // refused as a custom-resource write.
    {
        name: "platform-devs may create External Secrets ClusterSecretStores (auth.jwt.serviceAccountRef any namespace)",
        stack: "dev",
        edit: r => {
            k8sRole(r, "eso-stores", [
                { apiGroups: ["external-secrets.io"], resources: ["clustersecretstores"], verbs: ["create"] },
            ]);
            bind(r, "eso-stores", { kind: "ClusterRole", name: "eso-stores" }, [DEVS]);
        },
        refused: /eso-stores|clustersecretstores/,
    },
];

const secure: Case[] = [
    // Neighbours (round 32 fix). Reading Flux objects starts no reconciliation: get/list/watch only.
    {
        name: "neighbour: platform-devs may read Kustomizations and GitRepositories in flux-system",
        stack: "prod",
        edit: r =>
            devsMay(r, "flux-system", "flux-reader", [
                {
                    apiGroups: ["kustomize.toolkit.fluxcd.io", "source.toolkit.fluxcd.io"],
                    resources: ["kustomizations", "gitrepositories"],
                    verbs: ["get", "list", "watch"],
                },
            ]),
    },
    // DECIDED: Flux's notification kinds (Alerts, Providers, Receivers) send events and trigger reconciliations of
    // objects that already exist; a Provider's serviceAccountName is a ServiceAccount of its own namespace (Flux "Object
    // Identity"). They are left out of CLUSTER_APPLYING_RESOURCES: still custom resources not known to be inert, so
    // pods in tools, which is restricted and holds no runtime ServiceAccount.
    {
        name: "neighbour: platform-devs may write Flux notification Alerts, Providers and Receivers in tools (restricted)",
        stack: "dev",
        edit: r =>
            devsMay(r, "tools", "flux-alerts", [
                {
                    apiGroups: ["notification.toolkit.fluxcd.io"],
                    resources: ["alerts", "providers", "receivers"],
                    verbs: ["create", "update", "patch"],
                },
            ]),
    },
    // Flux's own kustomize-controller (flux-system, the install's ServiceAccount) writing Kustomizations acts as no one
    // but itself: a Kustomization applying Kustomizations, or its status updates. Its power is its own bindings'.
    {
        name: "neighbour: Flux's flux-system/kustomize-controller may update and patch Kustomizations in flux-system",
        stack: "prod",
        edit: r => {
            namespace(r, "flux-system", "restricted");
            serviceAccount(r, "flux-system", "kustomize-controller");
            rbacRole(
                r,
                "kustomize-controller-self",
                [
                    {
                        apiGroups: ["kustomize.toolkit.fluxcd.io"],
                        resources: ["kustomizations"],
                        verbs: ["get", "update", "patch"],
                    },
                ],
                "flux-system",
            );
            bindSa(r, "kustomize-controller-self", "Role", "flux-system", "kustomize-controller", "flux-system");
        },
    },
    // The status subresource keeps the stored spec (Kubernetes "Custom Resources", "Status subresource"): a
    // Kustomization's or Application's status, written, applies nothing. And Argo Rollouts run their pods as a
    // ServiceAccount of their own namespace (WORKLOAD_CRDS): pods in tools only.
    {
        name: "neighbour: platform-devs may update kustomizations/status and applications/status, and create Argo Rollouts, in tools",
        stack: "pod-identity",
        edit: r =>
            devsMay(r, "tools", "status-writer", [
                {
                    apiGroups: ["kustomize.toolkit.fluxcd.io", "argoproj.io"],
                    resources: ["kustomizations/status", "applications/status"],
                    verbs: ["update", "patch"],
                },
                { apiGroups: ["argoproj.io"], resources: ["rollouts"], verbs: ["create"] },
            ]),
    },
    // Impersonating a ServiceAccount is authorised in that ServiceAccount's namespace (Kubernetes "User
    // impersonation"): a RoleBinding in tools reaches tools' ServiceAccounts only.
    {
        name: "platform-devs may impersonate ServiceAccount tools/deployer (resourceNames) in tools",
        stack: "prod",
        edit: r =>
            devsMay(r, "tools", "impersonate-deployer", [
                {
                    apiGroups: [""],
                    resources: ["serviceaccounts"],
                    resourceNames: ["deployer"],
                    verbs: ["impersonate"],
                },
            ]),
    },
    // TokenRequest is namespaced: create serviceaccounts/token in tools mints tokens for tools' ServiceAccounts only.
    {
        name: "platform-devs may mint tokens for tools/ci-bot (create serviceaccounts/token, resourceNames) in tools",
        stack: "dev",
        edit: r =>
            devsMay(r, "tools", "ci-token", [
                {
                    apiGroups: [""],
                    resources: ["serviceaccounts/token"],
                    resourceNames: ["ci-bot"],
                    verbs: ["create"],
                },
            ]),
    },
    // A NetworkPolicy in validators: only allows or drops traffic.
    {
        name: "a NetworkPolicy in validators admitting ingress to the signer only from curity pods on 8443",
        stack: "prod",
        edit: r =>
            k8s(r, "kubernetes:networking.k8s.io/v1:NetworkPolicy", "validators-np", {
                apiVersion: "networking.k8s.io/v1",
                kind: "NetworkPolicy",
                metadata: { name: "signer-ingress", namespace: "validators" },
                spec: {
                    podSelector: { matchLabels: { app: "containment-chamber" } },
                    policyTypes: ["Ingress"],
                    ingress: [
                        {
                            from: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "curity" } } }],
                            ports: [{ protocol: "TCP", port: 8443 }],
                        },
                    ],
                },
            }),
    },
    // A PodDisruptionBudget and a ResourceQuota in validators: eviction limits and quotas, no pod spec.
    {
        name: "a PodDisruptionBudget and a ResourceQuota in validators",
        stack: "dev",
        edit: r => {
            k8s(r, "kubernetes:policy/v1:PodDisruptionBudget", "validators-pdb", {
                apiVersion: "policy/v1",
                kind: "PodDisruptionBudget",
                metadata: { name: "signer", namespace: "validators" },
                spec: { minAvailable: 1, selector: { matchLabels: { app: "containment-chamber" } } },
            });
            k8s(r, "kubernetes:core/v1:ResourceQuota", "validators-quota", {
                apiVersion: "v1",
                kind: "ResourceQuota",
                metadata: { name: "signer", namespace: "validators" },
                spec: { hard: { pods: "10", "requests.cpu": "4", "requests.memory": "8Gi" } },
            });
        },
    },
    // A ValidatingAdmissionPolicy (CEL, no params) denying pods in validators that run as another ServiceAccount:
    // validating admission only accepts or rejects (Kubernetes "Validating Admission Policy").
    {
        name: "a ValidatingAdmissionPolicy and binding allowing only ServiceAccount containment-chamber in validators",
        stack: "prod",
        edit: r => {
            k8s(r, "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicy", "vap-signer-sa", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingAdmissionPolicy",
                metadata: { name: "signer-sa-only" },
                spec: {
                    failurePolicy: "Fail",
                    matchConstraints: {
                        resourceRules: [
                            {
                                apiGroups: [""],
                                apiVersions: ["v1"],
                                operations: ["CREATE", "UPDATE"],
                                resources: ["pods"],
                            },
                        ],
                    },
                    validations: [{ expression: "object.spec.serviceAccountName == 'containment-chamber'" }],
                },
            });
            k8s(r, "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicyBinding", "vapb-signer-sa", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingAdmissionPolicyBinding",
                metadata: { name: "signer-sa-only" },
                spec: {
                    policyName: "signer-sa-only",
                    validationActions: ["Deny"],
                    matchResources: {
                        namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "validators" } },
                    },
                },
            });
        },
    },
];

describeStackCases("red-team 32: Kubernetes/EKS API level", insecure, secure);
