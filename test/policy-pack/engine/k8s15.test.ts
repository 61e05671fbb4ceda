// Neighbours of round 15's Kubernetes webhook, CRD-conversion and APIService fixes (redteam15-k8s.test.ts): other
// spellings of the same effect, which the whole pack must refuse, and what a careful platform team writes next to
// them, which it must accept.
// - A mutating webhook on Namespaces or RBAC objects is power over every namespace whatever its namespaceSelector
//   (Kubernetes "Dynamic Admission Control": mutating webhooks run before validation; for a Namespace object the
//   selector is matched against the object's own labels).
// - A CRD's conversion webhook rewrites every stored and served object of its kind (Kubernetes "Versions in
//   CustomResourceDefinitions", "Webhook conversion"); writing CRDs sets one.
// - An APIService routes a group/version to a Service (Kubernetes "Configure the Aggregation Layer"): only the
//   read-only metrics APIs and wholly inert groups may be rerouted.
import { assertClean, assertRefused, Resources, runWholePack, stackResources } from "./support";
import { bind, k8s, k8sRole, namespace } from "./variantBuilders";

const MUTATING = "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration";
const VALIDATING = "kubernetes:admissionregistration.k8s.io/v1:ValidatingWebhookConfiguration";
const CRD = "kubernetes:apiextensions.k8s.io/v1:CustomResourceDefinition";
const CRD_PATCH = "kubernetes:apiextensions.k8s.io/v1:CustomResourceDefinitionPatch";
const APISERVICE = "kubernetes:apiregistration.k8s.io/v1:APIService";
const APISERVICE_PATCH = "kubernetes:apiregistration.k8s.io/v1:APIServicePatch";
const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const POLICY = "custody-effective-access";

/** A mutating (or validating) webhook configuration with one webhook of `rules`, limited by `namespaceSelector`. */
function webhook(r: Resources, type: string, name: string, rules: object[], namespaceSelector?: object): void {
    k8s(r, type, name, {
        metadata: { name },
        webhooks: [
            {
                name: `${name}.example.com`,
                admissionReviewVersions: ["v1"],
                sideEffects: "None",
                failurePolicy: "Ignore",
                clientConfig: { service: { name, namespace: "platform", path: "/mutate" } },
                ...(namespaceSelector ? { namespaceSelector } : {}),
                rules,
            },
        ],
    });
}

const only = (ns: string) => ({ matchLabels: { "kubernetes.io/metadata.name": ns } });

/** A CRD of `group`'s `kind` with two versions and `conversion`. */
function crd(r: Resources, type: string, group: string, kind: string, conversion?: object): void {
    const plural = `${kind.toLowerCase()}s`;
    const version = (v: string, storage: boolean) => ({
        name: v,
        served: true,
        storage,
        schema: { openAPIV3Schema: { type: "object", "x-kubernetes-preserve-unknown-fields": true } },
    });
    k8s(r, type, `${plural}-${group}`, {
        metadata: { name: `${plural}.${group}` },
        spec: {
            group,
            names: { kind, plural, singular: kind.toLowerCase(), listKind: `${kind}List` },
            scope: "Namespaced",
            versions: [version("v1alpha1", false), version("v1", true)],
            ...(conversion ? { conversion } : {}),
        },
    });
}

const convertBy = (clientConfig: object) => ({
    strategy: "Webhook",
    webhook: { conversionReviewVersions: ["v1"], clientConfig },
});

function apiService(r: Resources, type: string, group: string, version: string, spec: object): void {
    k8s(r, type, `${version}-${group || "core"}`, {
        metadata: { name: `${version}.${group}` },
        spec: { group, version, groupPriorityMinimum: 1000, versionPriority: 100, ...spec },
    });
}

/** A ClusterRole of `rules` bound cluster-wide to platform-devs. */
function clusterGrant(r: Resources, name: string, rules: object[]): void {
    k8sRole(r, name, rules);
    bind(r, name, { kind: "ClusterRole", name }, [DEVS]);
}

type Case = { name: string; stack: string; edit: (r: Resources) => void; refused?: RegExp };

const insecure: Case[] = [
    // For a Namespace object the namespaceSelector is matched against its own labels: limited to tools, the webhook
    // still relabels tools (and nothing stops it from dropping the enforce label it was selected by).
    {
        name: "a MutatingWebhookConfiguration on namespaces (any group, UPDATE only) selecting only tools by kubernetes.io/metadata.name",
        stack: "prod",
        edit: r => {
            namespace(r, "tools");
            webhook(
                r,
                MUTATING,
                "ns-relabel",
                [{ apiGroups: ["*"], apiVersions: ["*"], operations: ["UPDATE"], resources: ["namespaces"] }],
                only("tools"),
            );
        },
        refused: /MutatingWebhookConfiguration ns-relabel rewrites Namespaces \(their Pod Security labels\)/,
    },
    // Every RBAC resource, limited to Namespaced scope and namespace apps: it rewrites Roles and RoleBindings there.
    {
        name: "a MutatingWebhookConfiguration on rbac.authorization.k8s.io/* (scope Namespaced) limited to namespace apps (restricted)",
        stack: "pod-identity",
        edit: r => {
            namespace(r, "apps");
            webhook(
                r,
                MUTATING,
                "rbac-defaults",
                [
                    {
                        apiGroups: [RBAC],
                        apiVersions: ["v1"],
                        operations: ["CREATE"],
                        resources: ["*"],
                        scope: "Namespaced",
                    },
                ],
                only("apps"),
            );
        },
        refused: /MutatingWebhookConfiguration rbac-defaults rewrites roles \(RBAC escalation is checked.*rolebindings/,
    },
    {
        name: "a MutatingWebhookConfiguration on ConfigMaps limited to kube-system (the aws-auth ConfigMap)",
        stack: "dev",
        edit: r =>
            webhook(
                r,
                MUTATING,
                "cm-defaults",
                [{ apiGroups: [""], apiVersions: ["v1"], operations: ["UPDATE"], resources: ["configmaps"] }],
                only("kube-system"),
            ),
        refused: /MutatingWebhookConfiguration cm-defaults rewrites ConfigMaps of kube-system \(aws-auth\)/,
    },
    // A patch adding a conversion webhook to Tekton's TaskRun CRD (installed by someone else).
    {
        name: "a CustomResourceDefinitionPatch adding a conversion webhook to tekton.dev's TaskRun",
        stack: "pod-identity",
        edit: r =>
            crd(
                r,
                CRD_PATCH,
                "tekton.dev",
                "TaskRun",
                convertBy({ service: { name: "tekton-convert", namespace: "tools", path: "/convert" } }),
            ),
        refused:
            /CustomResourceDefinition taskruns\.tekton\.dev converts every TaskRun of tekton\.dev through a webhook/,
    },
    // Limited by resourceNames to Argo's Workflow CRD: still a conversion webhook on Workflows.
    {
        name: "platform-devs may patch the CustomResourceDefinition workflows.argoproj.io (resourceNames)",
        stack: "prod",
        edit: r =>
            clusterGrant(r, "workflow-crd-patcher", [
                {
                    apiGroups: ["apiextensions.k8s.io"],
                    resources: ["customresourcedefinitions"],
                    resourceNames: ["workflows.argoproj.io"],
                    verbs: ["patch"],
                },
            ]),
        refused: /platform-devs.*convert custom resources: patch customresourcedefinitions/,
    },
    {
        name: "platform-devs may create CustomResourceDefinitions in any group (apiGroups *)",
        stack: "curity",
        edit: r =>
            clusterGrant(r, "crd-creator", [
                { apiGroups: ["*"], resources: ["customresourcedefinitions"], verbs: ["create"] },
            ]),
        refused: /platform-devs.*convert custom resources: create customresourcedefinitions/,
    },
    {
        name: "an APIService of the stack routing batch/v1 to a Service in tools",
        stack: "dev",
        edit: r =>
            apiService(r, APISERVICE, "batch", "v1", {
                service: { name: "batch-proxy", namespace: "tools", port: 443 },
                caBundle: "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==",
            }),
        refused: /APIService v1\.batch reroutes API group batch\/v1 to Service tools\/batch-proxy \(a built-in group/,
    },
    // A patch naming only the APIService (no spec.group): the group comes from its name, v1.rbac.authorization.k8s.io.
    {
        name: "an APIServicePatch of v1.rbac.authorization.k8s.io setting only its service",
        stack: "prod",
        edit: r =>
            k8s(r, APISERVICE_PATCH, "v1-rbac", {
                metadata: { name: "v1.rbac.authorization.k8s.io" },
                spec: { service: { name: "rbac-proxy", namespace: "tools", port: 443 } },
            }),
        refused: /APIServicePatch v1\.rbac\.authorization\.k8s\.io reroutes API group rbac\.authorization\.k8s\.io\/v1/,
    },
    {
        name: "an APIService of the stack serving tekton.dev/v1 from a Service in tools",
        stack: "pod-identity",
        edit: r =>
            apiService(r, APISERVICE, "tekton.dev", "v1", {
                service: { name: "tekton-proxy", namespace: "tools", port: 443 },
                insecureSkipTLSVerify: true,
            }),
        refused:
            /APIService v1\.tekton\.dev reroutes API group tekton\.dev\/v1 .*custom resource group that is not known to be inert/,
    },
];

const secure: Case[] = [
    {
        name: "Argo Workflows' CRD with two versions and conversion strategy None",
        stack: "prod",
        edit: r => crd(r, CRD, "argoproj.io", "Workflow", { strategy: "None" }),
    },
    {
        name: "Argo Workflows' CRD with no conversion stanza",
        stack: "dev",
        edit: r => crd(r, CRD, "argoproj.io", "Workflow"),
    },
    {
        name: "a conversion webhook on cert-manager's Issuer CRD, served by cert-manager's webhook Service",
        stack: "pod-identity",
        edit: r =>
            crd(
                r,
                CRD,
                "cert-manager.io",
                "Issuer",
                convertBy({ service: { name: "cert-manager-webhook", namespace: "cert-manager", path: "/convert" } }),
            ),
    },
    // Round 31: not issuers.cert-manager.io any more. A conversion webhook its patcher sets rewrites every Issuer, whose
    // serviceAccountRef and solver podTemplate pick the ServiceAccounts cert-manager acts as (customResources.ts
    // ACTING_KINDS; refused in redteam31-api.test.ts).
    {
        name: "platform-devs may patch only cert-manager's Certificate and CertificateRequest CRDs (resourceNames) and update any CRD's status",
        stack: "prod",
        edit: r =>
            clusterGrant(r, "cert-manager-crd-patcher", [
                {
                    apiGroups: ["apiextensions.k8s.io"],
                    resources: ["customresourcedefinitions"],
                    resourceNames: ["certificates.cert-manager.io", "certificaterequests.cert-manager.io"],
                    verbs: ["get", "update", "patch"],
                },
                {
                    apiGroups: ["apiextensions.k8s.io"],
                    resources: ["customresourcedefinitions/status"],
                    verbs: ["update", "patch"],
                },
            ]),
    },
    {
        name: "prometheus-adapter's APIService v1beta2.custom.metrics.k8s.io in monitoring",
        stack: "curity",
        edit: r =>
            apiService(r, APISERVICE, "custom.metrics.k8s.io", "v1beta2", {
                service: { name: "prometheus-adapter", namespace: "monitoring", port: 443 },
                caBundle: "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==",
            }),
    },
    {
        name: "an APIServicePatch of v1beta1.metrics.k8s.io (the name only) pinning its caBundle",
        stack: "dev",
        edit: r =>
            k8s(r, APISERVICE_PATCH, "v1beta1-metrics", {
                metadata: { name: "v1beta1.metrics.k8s.io" },
                spec: {
                    service: { name: "metrics-server", namespace: "kube-system", port: 443 },
                    caBundle: "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==",
                },
            }),
    },
    {
        name: "a MutatingWebhookConfiguration on pods and ConfigMaps limited to namespace apps (restricted)",
        stack: "prod",
        edit: r => {
            namespace(r, "apps");
            webhook(
                r,
                MUTATING,
                "apps-defaults",
                [
                    {
                        apiGroups: [""],
                        apiVersions: ["v1"],
                        operations: ["CREATE"],
                        resources: ["pods", "configmaps"],
                        scope: "Namespaced",
                    },
                ],
                only("apps"),
            );
        },
    },
    {
        name: "a ValidatingWebhookConfiguration on RoleBindings and ClusterRoleBindings (refuses bindings to cluster-admin)",
        stack: "pod-identity",
        edit: r =>
            webhook(r, VALIDATING, "rbac-guard", [
                {
                    apiGroups: [RBAC],
                    apiVersions: ["v1"],
                    operations: ["CREATE", "UPDATE"],
                    resources: ["rolebindings", "clusterrolebindings"],
                },
            ]),
    },
];

describe("allowlist: neighbours of round 15's webhook, CRD conversion and APIService fixes", () => {
    for (const c of insecure) {
        it(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertRefused(await runWholePack(c.stack, r), c.refused!, POLICY);
        });
    }
    for (const c of secure) {
        it(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertClean(await runWholePack(c.stack, r));
        });
    }
});
