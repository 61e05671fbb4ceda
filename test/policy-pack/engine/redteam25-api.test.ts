// Red-team round 25 on the Kubernetes/EKS API level (fresh eyes): Pulumi's server-side components (helm.sh/v4 Chart,
// yaml/v2 ConfigGroup) whose children a first preview never shows, third-party RBAC aggregation (Crossplane's
// aggregate-to-crossplane), legacy token Secrets handed to a stack pod as a volume or an environment variable rather
// than through RBAC, a validate-only Kyverno policy whose apiCall sends Kyverno's own token out, and a Karpenter
// NodePool launching nodes from a node class outside the stack; and what a careful platform team writes (metrics-server
// as a v4 Chart, a Prometheus scrape role with nonResourceURLs, a restricted batch namespace from a ConfigGroup, Kyverno
// image verification, a restricted Job with a projected audience token).
// Insecure variants the whole pack must refuse, secure ones it must accept; misses are `it.skip` with a MISS comment.
import { UNKNOWN_STRING_SENTINEL } from "../../../policy-pack/model/unknowns";
import { describeStackCases, Resources } from "./support";
import { bind, k8s, k8sRole, restricted, serviceAccount } from "./variantBuilders";

const UNKNOWN = UNKNOWN_STRING_SENTINEL;
const CLUSTER_ROLE = "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole";
const DEPLOY = "kubernetes:apps/v1:Deployment";
const CRONJOB = "kubernetes:batch/v1:CronJob";
const JOB = "kubernetes:batch/v1:Job";
const SECRET = "kubernetes:core/v1:Secret";
const CHART_V4 = "kubernetes:helm.sh/v4:Chart";
const CONFIG_GROUP = "kubernetes:yaml/v2:ConfigGroup";
const KYVERNO_CLUSTER_POLICY = "kubernetes:kyverno.io/v1:ClusterPolicy";
const KYVERNO_POLICY = "kubernetes:kyverno.io/v1:Policy";

/** A restricted container (uid 10001, no privilege escalation, all capabilities dropped) of `image`. */
const container = (name: string, image: string, extra: Record<string, unknown> = {}) => ({
    name,
    image,
    securityContext: restricted,
    ...extra,
});

/** A Deployment of the stack in `ns` running as `sa`, its pod spec `spec` on top of one restricted container. */
function deployment(r: Resources, name: string, ns: string, sa: string, spec: Record<string, unknown> = {}): void {
    k8s(r, DEPLOY, `${ns}-${name}`, {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name, namespace: ns },
        spec: {
            replicas: 1,
            selector: { matchLabels: { app: name } },
            template: {
                metadata: { labels: { app: name } },
                spec: {
                    serviceAccountName: sa,
                    containers: [container(name, `registry.example.com/platform/${name}:2.1.0`)],
                    ...spec,
                },
            },
        },
    });
}

/** A legacy (long-lived) token Secret: the token controller fills `data.token` for ServiceAccount `sa` of `ns`. */
function tokenSecret(r: Resources, name: string, ns: string, sa: string): void {
    k8s(r, SECRET, `${ns}-${name}`, {
        apiVersion: "v1",
        kind: "Secret",
        type: "kubernetes.io/service-account-token",
        metadata: { name, namespace: ns, annotations: { "kubernetes.io/service-account.name": sa } },
    });
}

/** A Kyverno policy whose one validate rule reads context from `apiCall` (undefined: none). */
function kyvernoValidate(
    r: Resources,
    kind: "ClusterPolicy" | "Policy",
    name: string,
    apiCall: Record<string, unknown> | undefined,
    namespace?: string,
): void {
    k8s(r, kind === "ClusterPolicy" ? KYVERNO_CLUSTER_POLICY : KYVERNO_POLICY, `kyverno-${name}`, {
        apiVersion: "kyverno.io/v1",
        kind,
        metadata: namespace ? { name, namespace } : { name },
        spec: {
            validationFailureAction: "Enforce",
            background: false,
            rules: [
                {
                    name: "registry-allowlist",
                    match: { any: [{ resources: { kinds: ["Pod"] } }] },
                    ...(apiCall ? { context: [{ name: "allowed", apiCall }] } : {}),
                    validate: {
                        message: "images must come from an approved registry",
                        foreach: [
                            {
                                list: "request.object.spec.containers",
                                deny: {
                                    conditions: {
                                        any: [
                                            {
                                                key: "{{ element.image }}",
                                                operator: "AnyNotIn",
                                                value: apiCall ? "{{ allowed }}" : ["registry.example.com/*"],
                                            },
                                        ],
                                    },
                                },
                            },
                        ],
                    },
                },
            ],
        },
    });
}

type Case = {
    name: string;
    stack: string;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    preview?: boolean;
    skip?: string;
};

const insecure: Case[] = [
    // Was a MISS (fixed in round 25: engine/opaque.ts RENDERED_COMPONENTS refuses a v4 Chart, yaml/v2 ConfigGroup or
    // ConfigFile, or kustomize/v2 Directory whose inputs are unknown in the preview, naming the input and the fix).
    // @pulumi/kubernetes's helm.sh/v4 Chart is a component the provider constructs: when any input is unknown
    // (here the IRSA role ARN in `values`, the usual shape), Construct logs "Input properties have unknown values.
    // Preview is incomplete." and returns the component WITHOUT rendering or registering a single child
    // (pulumi/pulumi-kubernetes provider/pkg/provider/helm/v4/chart.go, ChartProvider.Construct: `if !result.Known {
    // ... return NewConstructResult(comp) }`). The first preview therefore shows the Chart alone, and the pack
    // (engine/opaque.ts KNOWN_GROUPS "helm.sh": "Components whose children are resources ... are not objects")
    // accepts it; at `up` the chart's DaemonSets, ClusterRoleBindings and webhooks are created before the stack
    // policies run. The README's own rule ("During a first preview, a value of these objects that is still unknown
    // ... is refused as unverifiable") should cover a v4 Chart whose inputs are unknown: it is every object unknown.
    {
        name: "first preview: a helm.sh/v4 Chart (node agent) whose values carry the IRSA role ARN of a stack role (unknown): the provider registers none of its objects",
        stack: "prod",
        preview: true,
        edit: r =>
            void k8s(r, CHART_V4, "node-agent", {
                chart: "oci://public.ecr.aws/vendor/charts/node-agent",
                version: "3.4.1",
                namespace: "monitoring",
                values: {
                    serviceAccount: { annotations: { "eks.amazonaws.com/role-arn": UNKNOWN } },
                    hostNetwork: true,
                },
            }),
        refused: /node-agent/,
    },
    // Was a MISS (fixed in round 25, engine/opaque.ts RENDERED_COMPONENTS): yaml/v2 ConfigGroup renders its objects inside an apply over all its inputs
    // (pulumi/pulumi-kubernetes provider/pkg/provider/yaml/v2/configgroup.go, ConfigGroupProvider.Construct:
    // "Required input properties have unknown values. Preview is incomplete." then `pulumi.All(args.Files, args.YAML,
    // ...).ApplyTWithContext(...)`, which does not run while an input is unknown). A manifest interpolated with an
    // output (a role ARN, a cluster endpoint) thus shows no child in the first preview, and the pack accepts a
    // ConfigGroup that at `up` creates a ClusterRoleBinding to cluster-admin or a privileged DaemonSet.
    {
        name: "first preview: a yaml/v2 ConfigGroup whose yaml text is interpolated with a stack output (unknown): none of its objects is registered",
        stack: "pod-identity",
        preview: true,
        edit: r => void k8s(r, CONFIG_GROUP, "platform-bootstrap", { yaml: UNKNOWN, skipAwait: true }),
        refused: /platform-bootstrap/,
    },
    // Was a MISS (fixed in round 25: engine/kubernetes.ts joinsOutside reads every `<prefix>/aggregate-to-<name>`
    // label of a ClusterRole with power as a binding to holders outside the stack, unless a known aggregationRule of
    // the stack's own selects it). Crossplane's core ClusterRole `crossplane` (bound to crossplane-system/crossplane by Crossplane's chart,
    // outside the stack) is an aggregated ClusterRole selecting `rbac.crossplane.io/aggregate-to-crossplane: "true"`
    // (docs.crossplane.io, Operations guide: "By adding the rbac.crossplane.io/aggregate-to-crossplane: "true" to a
    // ClusterRole, the crossplane ServiceAccount will automatically get the roles"; Kubernetes "Using RBAC
    // Authorization", "Aggregated ClusterRoles"). This ClusterRole, unbound in the stack, gives Crossplane core
    // `create` on Deployments in every namespace; Crossplane v2 composes any Kubernetes kind an XR's Composition names
    // (a Deployment in validators running as containment-chamber), so whoever may write a Composition or XR runs the
    // signer's pods. The pack counts only rbac.authorization.k8s.io/aggregate-to-<built-in> labels
    // (engine/kubernetes.ts, aggregatedInto), as it counts a ClusterRoleBinding to crossplane-system/crossplane; an
    // aggregation label with power, whatever its key, is a binding to holders the pack cannot see.
    {
        name: "an unbound ClusterRole labelled rbac.crossplane.io/aggregate-to-crossplane allowing create/update apps deployments (Crossplane core then composes Deployments anywhere)",
        stack: "prod",
        edit: r =>
            void k8s(r, CLUSTER_ROLE, "crossplane-compose-workloads", {
                apiVersion: "rbac.authorization.k8s.io/v1",
                kind: "ClusterRole",
                metadata: {
                    name: "crossplane:compose-workloads:aggregate-to-crossplane",
                    labels: { "rbac.crossplane.io/aggregate-to-crossplane": "true" },
                },
                rules: [
                    {
                        apiGroups: ["apps"],
                        resources: ["deployments"],
                        verbs: ["get", "list", "watch", "create", "update", "patch", "delete"],
                    },
                ],
            }),
        refused: /aggregate-to-crossplane|crossplane/,
    },
    // Was a MISS (fixed in round 25: engine/podSpec.ts podSecretNames, read by engine/kubernetes.ts
    // builtInBindingsInUse: a stack pod mounting or env-reading a token Secret makes its ServiceAccount the token's,
    // and a controller's token brings in that controller's bootstrap binding). A pod may mount any Secret of its
    // namespace by name; the kubelet fetches it for the pod (Node
    // authorizer), with no RBAC check on the pod's author or ServiceAccount (Kubernetes "Secrets": "any user with
    // permission to create a Pod that uses a Secret can see the value of that Secret"; RBAC Good Practices,
    // "Workload creation"). A legacy token Secret for kube-system's replicaset-controller (filled by the token
    // controller, Kubernetes "Manually create a long-lived API token for a ServiceAccount") mounted into a restricted
    // Deployment of the stack gives its code the controller's token: system:controller:replicaset-controller creates
    // pods with any ServiceAccount in every namespace. The pack counts such Secrets only through RBAC readers
    // (engine/kubernetes.ts builtInBindingsInUse: secretReaders) and stack pods only by serviceAccountName.
    {
        name: "a restricted Deployment in kube-system (its own ServiceAccount) mounting a stack token Secret of replicaset-controller as a secret volume",
        stack: "basil",
        edit: r => {
            serviceAccount(r, "kube-system", "log-forwarder");
            tokenSecret(r, "replicaset-controller-token", "kube-system", "replicaset-controller");
            deployment(r, "log-forwarder", "kube-system", "log-forwarder", {
                automountServiceAccountToken: false,
                volumes: [{ name: "upstream-token", secret: { secretName: "replicaset-controller-token" } }],
                containers: [
                    container("log-forwarder", "registry.example.com/platform/log-forwarder:2.1.0", {
                        volumeMounts: [{ name: "upstream-token", mountPath: "/var/run/upstream", readOnly: true }],
                    }),
                ],
            });
        },
        refused: /replicaset-controller/,
    },
    // Was a MISS (fixed in round 25, podSecretNames): the same token given as an environment variable (Kubernetes "Secrets", "Use Secrets as environment
    // variables": env[].valueFrom.secretKeyRef), in a CronJob of the stack in kube-system running as its own
    // ServiceAccount: the job's code holds job-controller's token (system:controller:job-controller creates pods
    // with any ServiceAccount).
    {
        name: "neighbour: a restricted CronJob in kube-system reading a stack token Secret of job-controller through env valueFrom.secretKeyRef",
        stack: "curity",
        edit: r => {
            serviceAccount(r, "kube-system", "reaper");
            tokenSecret(r, "job-controller-token", "kube-system", "job-controller");
            k8s(r, CRONJOB, "kube-system-reaper", {
                apiVersion: "batch/v1",
                kind: "CronJob",
                metadata: { name: "reaper", namespace: "kube-system" },
                spec: {
                    schedule: "*/30 * * * *",
                    jobTemplate: {
                        spec: {
                            template: {
                                spec: {
                                    serviceAccountName: "reaper",
                                    restartPolicy: "Never",
                                    containers: [
                                        container("reaper", "registry.example.com/platform/reaper:1.0.3", {
                                            env: [
                                                {
                                                    name: "KUBE_TOKEN",
                                                    valueFrom: {
                                                        secretKeyRef: { name: "job-controller-token", key: "token" },
                                                    },
                                                },
                                            ],
                                        }),
                                    ],
                                },
                            },
                        },
                    },
                },
            });
        },
        refused: /job-controller/,
    },
    // Was a MISS (fixed in round 25: engine/kubernetes.ts clusterWidePowers counts a Kyverno policy with an apiCall
    // context anywhere in its rules, a GlobalContextEntry's apiCall and a ValidatingPolicy's resource/http CEL calls
    // as Kyverno's power, KYVERNO_CALLS_WHY). Kyverno adds its own ServiceAccount token as a bearer token to every apiCall service request
    // (kyverno/website#1308: "a token is added ... pkg/engine/apicall/executor.go"; kyverno/kyverno#15992 and PR
    // #16019: "Kyverno's apiCall executor was automatically injecting the controller's ServiceAccount token into
    // every outgoing HTTP request, allowing a malicious ClusterPolicy to exfiltrate it to an attacker-controlled URL
    // (confused deputy attack)"; releases before the 2026 fix, PR #15779, send the API-audience token). Kyverno's
    // admission controller writes its own MutatingWebhookConfigurations, so that token rewrites every pod. A
    // validate-only policy is accepted (engine/kubernetes.ts clusterWidePowers counts Kyverno policies only with
    // generate or mutate rules), though its context sends Kyverno's identity to whoever serves the URL.
    {
        name: "a validate-only Kyverno ClusterPolicy whose context apiCall fetches its registry allowlist from an outside HTTPS URL (Kyverno sends its ServiceAccount token)",
        stack: "prod",
        edit: r =>
            kyvernoValidate(r, "ClusterPolicy", "approved-registries", {
                method: "GET",
                service: { url: "https://policy-data.vendor.example.com/v1/registries" },
                jmesPath: "registries",
            }),
        refused: /approved-registries|Kyverno/,
    },
    // Was a MISS (fixed in round 25, kyvernoApiCalls): the same shape as a namespaced Policy in tools calling an in-cluster Service (apiCall service.url to
    // http://allowlist.tools.svc): whoever runs that Service's pods receives Kyverno's token.
    {
        name: "neighbour: a validate-only Kyverno Policy in tools whose apiCall posts to an in-cluster Service (http://allowlist.tools.svc)",
        stack: "pod-identity",
        edit: r =>
            kyvernoValidate(
                r,
                "Policy",
                "tools-registries",
                {
                    method: "POST",
                    data: [{ key: "images", value: "{{ request.object.spec.containers[].image }}" }],
                    service: { url: "http://allowlist.tools.svc.cluster.local:8080/check" },
                },
                "tools",
            ),
        refused: /tools-registries|Kyverno/,
    },
    // Was a MISS (fixed in round 25: engine/kubernetes.ts nodePoolPowers refuses a NodePool whose node class is not in
    // the stack when no NoSchedule/NoExecute taint keeps pods off its nodes; a tainted pool exposes only the stack
    // pods tolerating its taints, as round 10's accepted pool). A Karpenter v1 NodePool is inert only because "the node role, AMI, user data and kubelet settings live in
    // the EC2NodeClass it names (karpenter.sh "NodePools", v1), which stays non-inert" (engine/customResources.ts).
    // Here the class is not in the stack: Karpenter launches nodes (no taint, so the signer's pods schedule there)
    // from an EC2NodeClass whose metadataOptions, userData and role the pack never reads (Karpenter docs,
    // "NodeClasses": metadataOptions httpPutResponseHopLimit, userData, role). That is a node launcher on an unseen
    // template, which the pack refuses for a managed node group without a launch template of the stack
    // ("cannot be verified") and for a template version it cannot see.
    {
        name: "a Karpenter NodePool (no taints) launching nodes from EC2NodeClass legacy-al2023, which is not in the stack",
        stack: "trust-domain",
        edit: r =>
            void k8s(r, "kubernetes:karpenter.sh/v1:NodePool", "general", {
                apiVersion: "karpenter.sh/v1",
                kind: "NodePool",
                metadata: { name: "general" },
                spec: {
                    template: {
                        spec: {
                            nodeClassRef: { group: "karpenter.k8s.aws", kind: "EC2NodeClass", name: "legacy-al2023" },
                            requirements: [
                                { key: "kubernetes.io/arch", operator: "In", values: ["amd64"] },
                                { key: "karpenter.sh/capacity-type", operator: "In", values: ["on-demand"] },
                            ],
                            expireAfter: "720h",
                        },
                    },
                    limits: { cpu: "200" },
                },
            }),
        refused: /legacy-al2023|NodePool/,
    },
    // ---- Round 25 neighbours (fixed with the cases above), other spellings of the same shapes.
    {
        name: "neighbour, first preview: a yaml/v2 ConfigFile whose file path is computed from a stack output (unknown)",
        stack: "prod",
        preview: true,
        edit: r => void k8s(r, "kubernetes:yaml/v2:ConfigFile", "cluster-addons", { file: UNKNOWN }),
        refused: /ConfigFile cluster-addons: file is unknown/,
    },
    {
        name: "neighbour, first preview: a kustomize/v2 Directory whose namespace is another resource's output (unknown)",
        stack: "basil",
        preview: true,
        edit: r =>
            void k8s(r, "kubernetes:kustomize/v2:Directory", "ingress-stack", {
                directory: "./kustomize/ingress/overlays/prod",
                namespace: UNKNOWN,
            }),
        refused: /kustomize\/v2 Directory ingress-stack: namespace is unknown/,
    },
    {
        name: "neighbour: an unbound ClusterRole labelled rbac.authorization.k8s.io/aggregate-to-monitoring (no built-in of that name) creating serviceaccounts/token",
        stack: "pod-identity",
        edit: r =>
            void k8s(r, CLUSTER_ROLE, "monitoring-token-minter", {
                apiVersion: "rbac.authorization.k8s.io/v1",
                kind: "ClusterRole",
                metadata: {
                    name: "monitoring-token-minter",
                    labels: { "rbac.authorization.k8s.io/aggregate-to-monitoring": "true" },
                },
                rules: [{ apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"] }],
            }),
        refused: /aggregate-to-monitoring/,
    },
    {
        name: "neighbour: an unbound ClusterRole labelled platform.example.com/aggregate-to-operator (any value) creating pods",
        stack: "prod",
        edit: r =>
            void k8s(r, CLUSTER_ROLE, "operator-pods", {
                apiVersion: "rbac.authorization.k8s.io/v1",
                kind: "ClusterRole",
                metadata: { name: "operator-pods", labels: { "platform.example.com/aggregate-to-operator": "yes" } },
                rules: [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }],
            }),
        refused: /platform\.example\.com\/aggregate-to-operator/,
    },
    {
        name: "neighbour: a restricted Deployment in kube-system mounting a token Secret of daemon-set-controller through a projected volume's secret source",
        stack: "prod",
        edit: r => {
            serviceAccount(r, "kube-system", "node-inventory");
            tokenSecret(r, "daemon-set-controller-token", "kube-system", "daemon-set-controller");
            deployment(r, "node-inventory", "kube-system", "node-inventory", {
                automountServiceAccountToken: false,
                volumes: [
                    {
                        name: "creds",
                        projected: { sources: [{ secret: { name: "daemon-set-controller-token" } }] },
                    },
                ],
            });
        },
        refused: /daemon-set-controller/,
    },
    {
        name: "neighbour: a restricted Deployment in kube-system taking a token Secret of replicaset-controller whole through envFrom.secretRef",
        stack: "pod-identity",
        edit: r => {
            serviceAccount(r, "kube-system", "event-exporter");
            tokenSecret(r, "rs-token", "kube-system", "replicaset-controller");
            deployment(r, "event-exporter", "kube-system", "event-exporter", {
                containers: [
                    container("event-exporter", "registry.example.com/platform/event-exporter:1.7.0", {
                        envFrom: [{ secretRef: { name: "rs-token" } }],
                    }),
                ],
            });
        },
        refused: /replicaset-controller/,
    },
    {
        name: "neighbour: a validate-only Kyverno ClusterPolicy whose foreach context reads a kube-system Secret through apiCall urlPath",
        stack: "prod",
        edit: r =>
            void k8s(r, KYVERNO_CLUSTER_POLICY, "kyverno-echo-config", {
                apiVersion: "kyverno.io/v1",
                kind: "ClusterPolicy",
                metadata: { name: "echo-config" },
                spec: {
                    validationFailureAction: "Audit",
                    rules: [
                        {
                            name: "echo",
                            match: { any: [{ resources: { kinds: ["ConfigMap"] } }] },
                            validate: {
                                message: "{{ cfg }}",
                                foreach: [
                                    {
                                        list: "request.object.data | keys(@)",
                                        context: [
                                            {
                                                name: "cfg",
                                                apiCall: {
                                                    urlPath:
                                                        "/api/v1/namespaces/kube-system/secrets/replicaset-controller-token",
                                                    jmesPath: "data.token",
                                                },
                                            },
                                        ],
                                        deny: {
                                            conditions: { any: [{ key: "{{ cfg }}", operator: "Equals", value: "" }] },
                                        },
                                    },
                                ],
                            },
                        },
                    ],
                },
            }),
        refused: /echo-config.*the Kubernetes API at \/api\/v1\/namespaces\/kube-system\/secrets/,
    },
    {
        name: "neighbour: a Kyverno GlobalContextEntry whose apiCall calls an outside service (Kyverno's token goes with it)",
        stack: "basil",
        edit: r =>
            void k8s(r, "kubernetes:kyverno.io/v2alpha1:GlobalContextEntry", "kyverno-registry-data", {
                apiVersion: "kyverno.io/v2alpha1",
                kind: "GlobalContextEntry",
                metadata: { name: "registry-data" },
                spec: {
                    apiCall: {
                        service: { url: "https://registry-data.vendor.example.com/list" },
                        refreshInterval: "10m",
                    },
                },
            }),
        refused: /GlobalContextEntry registry-data/,
    },
    {
        name: "neighbour: a Kyverno ValidatingPolicy whose messageExpression reads a Secret through resource.Get",
        stack: "curity",
        edit: r =>
            void k8s(r, "kubernetes:policies.kyverno.io/v1alpha1:ValidatingPolicy", "kyverno-leak-vpol", {
                apiVersion: "policies.kyverno.io/v1alpha1",
                kind: "ValidatingPolicy",
                metadata: { name: "leak-vpol" },
                spec: {
                    matchConstraints: {
                        resourceRules: [
                            { apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE"], resources: ["configmaps"] },
                        ],
                    },
                    variables: [
                        {
                            name: "tok",
                            expression:
                                'resource.Get("v1", "secrets", "kube-system", "job-controller-token").data.token',
                        },
                    ],
                    validations: [{ expression: "false", messageExpression: "variables.tok" }],
                },
            }),
        refused: /ValidatingPolicy leak-vpol calls resource\.Get/,
    },
    {
        name: "neighbour: a Karpenter NodePool on an outside EC2NodeClass whose only taint is PreferNoSchedule (pods still land there)",
        stack: "pod-identity",
        edit: r =>
            void k8s(r, "kubernetes:karpenter.sh/v1:NodePool", "burst", {
                apiVersion: "karpenter.sh/v1",
                kind: "NodePool",
                metadata: { name: "burst" },
                spec: {
                    template: {
                        spec: {
                            nodeClassRef: { group: "karpenter.k8s.aws", kind: "EC2NodeClass", name: "burst-class" },
                            taints: [{ key: "burst", value: "true", effect: "PreferNoSchedule" }],
                            requirements: [{ key: "karpenter.sh/capacity-type", operator: "In", values: ["spot"] }],
                        },
                    },
                },
            }),
        refused: /NodePool burst launches nodes from EC2NodeClass burst-class/,
    },
    {
        name: "neighbour: a tainted Karpenter NodePool on an outside EC2NodeClass, and a stack Deployment running as the signer's ServiceAccount that tolerates every taint",
        stack: "prod",
        edit: r => {
            k8s(r, "kubernetes:karpenter.sh/v1:NodePool", "dedicated", {
                apiVersion: "karpenter.sh/v1",
                kind: "NodePool",
                metadata: { name: "dedicated" },
                spec: {
                    template: {
                        spec: {
                            nodeClassRef: { group: "karpenter.k8s.aws", kind: "EC2NodeClass", name: "dedicated-class" },
                            taints: [{ key: "dedicated", value: "batch", effect: "NoSchedule" }],
                        },
                    },
                },
            });
            deployment(r, "chamber-probe", "validators", "containment-chamber", {
                automountServiceAccountToken: false,
                tolerations: [{ operator: "Exists" }],
            });
        },
        refused: /NodePool dedicated .*validators\/chamber-probe .*tolerates its taints/,
    },
    {
        name: "neighbour, first preview: a Karpenter NodePool whose nodeClassRef name is another resource's output (unknown)",
        stack: "trust-domain",
        preview: true,
        edit: r =>
            void k8s(r, "kubernetes:karpenter.sh/v1:NodePool", "general", {
                apiVersion: "karpenter.sh/v1",
                kind: "NodePool",
                metadata: { name: "general" },
                spec: {
                    template: {
                        spec: { nodeClassRef: { group: "karpenter.k8s.aws", kind: "EC2NodeClass", name: UNKNOWN } },
                    },
                },
            }),
        refused:
            /NodePool general: ?.*nodeClassRef is unknown|NodePool general spec\.template\.spec\.nodeClassRef is unknown/,
    },
    // DECIDED (round 55): refused, moved from the secure list. The aggregation controller fills EVERY aggregated
    // ClusterRole whose selector matches a label (kubernetes/kubernetes pkg/controller/clusterroleaggregation), so a
    // stack's own aggregationRule on a label does not keep an aggregated ClusterRole outside the stack from selecting
    // it too: the label joins their holders as any label does (redteam55-api).
    {
        name: "a ClusterRole creating Deployments labelled for the stack's own aggregated ClusterRole platform-deployers (its aggregationRule selects that label; unbound)",
        stack: "basil",
        refused: /platform\.example\.com\/aggregate-to-deployers/,
        edit: r => {
            k8s(r, CLUSTER_ROLE, "platform-deployers", {
                apiVersion: "rbac.authorization.k8s.io/v1",
                kind: "ClusterRole",
                metadata: { name: "platform-deployers" },
                aggregationRule: {
                    clusterRoleSelectors: [{ matchLabels: { "platform.example.com/aggregate-to-deployers": "true" } }],
                },
                rules: [],
            });
            k8s(r, CLUSTER_ROLE, "deployers-apps", {
                apiVersion: "rbac.authorization.k8s.io/v1",
                kind: "ClusterRole",
                metadata: {
                    name: "deployers-apps",
                    labels: { "platform.example.com/aggregate-to-deployers": "true" },
                },
                rules: [{ apiGroups: ["apps"], resources: ["deployments"], verbs: ["create", "update", "patch"] }],
            });
        },
    },
];

/** metrics-server as a helm.sh/v4 Chart: the component and the objects it registers (values known). */
function metricsServerChart(r: Resources): void {
    k8s(r, CHART_V4, "metrics-server", {
        chart: "metrics-server",
        version: "3.12.2",
        namespace: "kube-system",
        repositoryOpts: { repo: "https://kubernetes-sigs.github.io/metrics-server/" },
        values: { replicas: 2, args: ["--kubelet-preferred-address-types=InternalIP"] },
    });
    serviceAccount(r, "kube-system", "metrics-server");
    k8s(r, CLUSTER_ROLE, "metrics-server-aggregated-reader", {
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "ClusterRole",
        metadata: {
            name: "system:metrics-server-aggregated-reader",
            labels: {
                "rbac.authorization.k8s.io/aggregate-to-admin": "true",
                "rbac.authorization.k8s.io/aggregate-to-edit": "true",
                "rbac.authorization.k8s.io/aggregate-to-view": "true",
            },
        },
        rules: [{ apiGroups: ["metrics.k8s.io"], resources: ["pods", "nodes"], verbs: ["get", "list", "watch"] }],
    });
    k8sRole(r, "system:metrics-server", [
        { apiGroups: [""], resources: ["nodes/metrics"], verbs: ["get"] },
        { apiGroups: [""], resources: ["pods", "nodes", "namespaces", "configmaps"], verbs: ["get", "list", "watch"] },
    ]);
    const sa = [{ kind: "ServiceAccount", name: "metrics-server", namespace: "kube-system" }];
    bind(r, "system:metrics-server", { kind: "ClusterRole", name: "system:metrics-server" }, sa);
    bind(r, "metrics-server:system:auth-delegator", { kind: "ClusterRole", name: "system:auth-delegator" }, sa);
    bind(
        r,
        "metrics-server-auth-reader",
        { kind: "Role", name: "extension-apiserver-authentication-reader" },
        sa,
        "kube-system",
    );
    deployment(r, "metrics-server", "kube-system", "metrics-server", {
        priorityClassName: "system-cluster-critical",
        containers: [
            container("metrics-server", "registry.k8s.io/metrics-server/metrics-server:v0.7.2", {
                args: ["--secure-port=10250", "--cert-dir=/tmp", "--kubelet-preferred-address-types=InternalIP"],
                ports: [{ name: "https", containerPort: 10250, protocol: "TCP" }],
                volumeMounts: [{ name: "tmp-dir", mountPath: "/tmp" }],
            }),
        ],
        volumes: [{ name: "tmp-dir", emptyDir: {} }],
    });
    k8s(r, "kubernetes:core/v1:Service", "kube-system-metrics-server", {
        apiVersion: "v1",
        kind: "Service",
        metadata: { name: "metrics-server", namespace: "kube-system" },
        spec: { type: "ClusterIP", selector: { app: "metrics-server" }, ports: [{ port: 443, targetPort: "https" }] },
    });
    k8s(r, "kubernetes:apiregistration.k8s.io/v1:APIService", "v1beta1.metrics.k8s.io", {
        apiVersion: "apiregistration.k8s.io/v1",
        kind: "APIService",
        metadata: { name: "v1beta1.metrics.k8s.io" },
        spec: {
            group: "metrics.k8s.io",
            version: "v1beta1",
            groupPriorityMinimum: 100,
            versionPriority: 100,
            insecureSkipTLSVerify: true,
            service: { name: "metrics-server", namespace: "kube-system", port: 443 },
        },
    });
}

/** A restricted Namespace with the enforce, audit and warn labels at the latest policy version. */
function restrictedNamespace(r: Resources, name: string): void {
    k8s(r, "kubernetes:core/v1:Namespace", `ns-${name}`, {
        apiVersion: "v1",
        kind: "Namespace",
        metadata: {
            name,
            labels: {
                "pod-security.kubernetes.io/enforce": "restricted",
                "pod-security.kubernetes.io/enforce-version": "latest",
                "pod-security.kubernetes.io/audit": "restricted",
                "pod-security.kubernetes.io/warn": "restricted",
            },
        },
    });
}

const secure: Case[] = [
    {
        name: "metrics-server installed as a helm.sh/v4 Chart (values known): its ServiceAccount, read-only roles, auth-delegator and authentication-reader bindings, a restricted Deployment and the v1beta1.metrics.k8s.io APIService",
        stack: "prod",
        edit: metricsServerChart,
    },
    {
        name: "a Prometheus scrape ClusterRole (get /metrics and /metrics/cadvisor nonResourceURLs, nodes/metrics, list/watch pods, services, endpointslices) bound to monitoring/prometheus",
        stack: "pod-identity",
        edit: r => {
            serviceAccount(r, "monitoring", "prometheus");
            k8sRole(r, "prometheus-scrape", [
                { nonResourceURLs: ["/metrics", "/metrics/cadvisor"], verbs: ["get"] },
                { apiGroups: [""], resources: ["nodes", "nodes/metrics"], verbs: ["get", "list", "watch"] },
                { apiGroups: [""], resources: ["pods", "services", "endpoints"], verbs: ["get", "list", "watch"] },
                { apiGroups: ["discovery.k8s.io"], resources: ["endpointslices"], verbs: ["get", "list", "watch"] },
            ]);
            bind(r, "prometheus-scrape", { kind: "ClusterRole", name: "prometheus-scrape" }, [
                { kind: "ServiceAccount", name: "prometheus", namespace: "monitoring" },
            ]);
        },
    },
    {
        name: "a yaml/v2 ConfigGroup (known manifests) creating a restricted batch-jobs namespace, its ServiceAccount and a restricted nightly CronJob",
        stack: "basil",
        edit: r => {
            k8s(r, CONFIG_GROUP, "batch-jobs", { files: ["manifests/batch-jobs/*.yaml"], skipAwait: false });
            restrictedNamespace(r, "batch-jobs");
            serviceAccount(r, "batch-jobs", "report-builder");
            k8s(r, CRONJOB, "batch-jobs-report", {
                apiVersion: "batch/v1",
                kind: "CronJob",
                metadata: { name: "nightly-report", namespace: "batch-jobs" },
                spec: {
                    schedule: "15 2 * * *",
                    concurrencyPolicy: "Forbid",
                    jobTemplate: {
                        spec: {
                            backoffLimit: 2,
                            ttlSecondsAfterFinished: 86400,
                            template: {
                                spec: {
                                    serviceAccountName: "report-builder",
                                    restartPolicy: "OnFailure",
                                    securityContext: {
                                        runAsNonRoot: true,
                                        seccompProfile: { type: "RuntimeDefault" },
                                    },
                                    containers: [
                                        container("report", "registry.example.com/platform/report-builder:4.0.1"),
                                    ],
                                },
                            },
                        },
                    },
                },
            });
        },
    },
    {
        name: "Kyverno image verification: a ClusterPolicy with a keyless verifyImages rule (cosign, GitHub Actions issuer) and a validate rule on registries, no apiCall",
        stack: "prod",
        edit: r => {
            kyvernoValidate(r, "ClusterPolicy", "registries", undefined);
            k8s(r, KYVERNO_CLUSTER_POLICY, "kyverno-verify-signed-images", {
                apiVersion: "kyverno.io/v1",
                kind: "ClusterPolicy",
                metadata: { name: "verify-signed-images" },
                spec: {
                    validationFailureAction: "Enforce",
                    webhookTimeoutSeconds: 30,
                    rules: [
                        {
                            name: "keyless-signature",
                            match: { any: [{ resources: { kinds: ["Pod"], namespaces: ["validators"] } }] },
                            verifyImages: [
                                {
                                    imageReferences: ["registry.example.com/custody/*"],
                                    mutateDigest: true,
                                    verifyDigest: true,
                                    attestors: [
                                        {
                                            entries: [
                                                {
                                                    keyless: {
                                                        subject:
                                                            "https://github.com/acme-custody/signer/.github/workflows/release.yaml@refs/heads/main",
                                                        issuer: "https://token.actions.githubusercontent.com",
                                                        rekor: { url: "https://rekor.sigstore.dev" },
                                                    },
                                                },
                                            ],
                                        },
                                    ],
                                },
                            ],
                        },
                    ],
                },
            });
        },
    },
    {
        name: "a restricted Job in a restricted namespace with a projected volume (audience-scoped ServiceAccount token for vault, ConfigMap, downward API) and a Localhost seccomp profile",
        stack: "curity",
        edit: r => {
            restrictedNamespace(r, "migrations");
            serviceAccount(r, "migrations", "schema-migrator");
            k8s(r, JOB, "migrations-schema", {
                apiVersion: "batch/v1",
                kind: "Job",
                metadata: { name: "schema-migrate-v42", namespace: "migrations" },
                spec: {
                    backoffLimit: 1,
                    ttlSecondsAfterFinished: 3600,
                    podFailurePolicy: {
                        rules: [{ action: "FailJob", onExitCodes: { operator: "In", values: [42] } }],
                    },
                    template: {
                        spec: {
                            serviceAccountName: "schema-migrator",
                            automountServiceAccountToken: false,
                            restartPolicy: "Never",
                            containers: [
                                container("migrate", "registry.example.com/platform/schema-migrator:42.0.0", {
                                    securityContext: {
                                        ...restricted,
                                        seccompProfile: {
                                            type: "Localhost",
                                            localhostProfile: "profiles/migrate.json",
                                        },
                                    },
                                    volumeMounts: [
                                        { name: "identity", mountPath: "/var/run/identity", readOnly: true },
                                    ],
                                }),
                            ],
                            volumes: [
                                {
                                    name: "identity",
                                    projected: {
                                        sources: [
                                            {
                                                serviceAccountToken: {
                                                    audience: "vault",
                                                    expirationSeconds: 600,
                                                    path: "vault-token",
                                                },
                                            },
                                            { configMap: { name: "migrate-config" } },
                                            {
                                                downwardAPI: {
                                                    items: [
                                                        {
                                                            path: "namespace",
                                                            fieldRef: { fieldPath: "metadata.namespace" },
                                                        },
                                                    ],
                                                },
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                },
            });
        },
    },
    // ---- Round 25 neighbours (the other direction of the fixes above).
    {
        name: "neighbour, first preview: metrics-server as a helm.sh/v4 Chart whose inputs are all literal (its objects are registered and judged)",
        stack: "prod",
        preview: true,
        edit: metricsServerChart,
    },
    {
        name: "neighbour: a read-only ClusterRole labelled rbac.crossplane.io/aggregate-to-crossplane (get/list/watch ConfigMaps)",
        stack: "prod",
        edit: r =>
            void k8s(r, CLUSTER_ROLE, "crossplane-read-config", {
                apiVersion: "rbac.authorization.k8s.io/v1",
                kind: "ClusterRole",
                metadata: {
                    name: "crossplane:read-config:aggregate-to-crossplane",
                    labels: { "rbac.crossplane.io/aggregate-to-crossplane": "true" },
                },
                rules: [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get", "list", "watch"] }],
            }),
    },
    {
        name: "neighbour: a restricted Deployment in monitoring mounting an ordinary Opaque Secret and the legacy token Secret of its own ServiceAccount",
        stack: "curity",
        edit: r => {
            serviceAccount(r, "monitoring", "blackbox");
            tokenSecret(r, "blackbox-token", "monitoring", "blackbox");
            k8s(r, SECRET, "monitoring-blackbox-config", {
                apiVersion: "v1",
                kind: "Secret",
                type: "Opaque",
                metadata: { name: "blackbox-config", namespace: "monitoring" },
            });
            deployment(r, "blackbox", "monitoring", "blackbox", {
                automountServiceAccountToken: false,
                volumes: [
                    { name: "config", secret: { secretName: "blackbox-config" } },
                    { name: "token", secret: { secretName: "blackbox-token" } },
                ],
            });
        },
    },
    {
        name: "neighbour: a validate-only Kyverno ClusterPolicy whose context reads its registry allowlist from a ConfigMap (no apiCall)",
        stack: "pod-identity",
        edit: r =>
            void k8s(r, KYVERNO_CLUSTER_POLICY, "kyverno-registries-cm", {
                apiVersion: "kyverno.io/v1",
                kind: "ClusterPolicy",
                metadata: { name: "registries-cm" },
                spec: {
                    validationFailureAction: "Enforce",
                    rules: [
                        {
                            name: "registries",
                            match: { any: [{ resources: { kinds: ["Pod"] } }] },
                            context: [{ name: "allowed", configMap: { name: "registries", namespace: "kyverno" } }],
                            validate: {
                                message: "images must come from an approved registry",
                                deny: {
                                    conditions: {
                                        any: [
                                            {
                                                key: "{{ request.object.spec.containers[].image }}",
                                                operator: "AnyNotIn",
                                                value: "{{ allowed.data.registries }}",
                                            },
                                        ],
                                    },
                                },
                            },
                        },
                    ],
                },
            }),
    },
    {
        name: "neighbour: a Kyverno ValidatingPolicy with plain CEL (no resource or http call) requiring runAsNonRoot",
        stack: "prod",
        edit: r =>
            void k8s(r, "kubernetes:policies.kyverno.io/v1alpha1:ValidatingPolicy", "kyverno-non-root", {
                apiVersion: "policies.kyverno.io/v1alpha1",
                kind: "ValidatingPolicy",
                metadata: { name: "non-root" },
                spec: {
                    matchConstraints: {
                        resourceRules: [
                            { apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE"], resources: ["pods"] },
                        ],
                    },
                    validations: [
                        {
                            expression: "object.spec.securityContext.runAsNonRoot == true",
                            message: "pods must run as non-root",
                        },
                    ],
                },
            }),
    },
    {
        name: "neighbour: a Karpenter NodePool on an outside EC2NodeClass tainted NoExecute (dedicated=ci), no stack pod tolerating it",
        stack: "trust-domain",
        edit: r =>
            void k8s(r, "kubernetes:karpenter.sh/v1:NodePool", "ci", {
                apiVersion: "karpenter.sh/v1",
                kind: "NodePool",
                metadata: { name: "ci" },
                spec: {
                    template: {
                        spec: {
                            nodeClassRef: { group: "karpenter.k8s.aws", kind: "EC2NodeClass", name: "ci-class" },
                            taints: [{ key: "dedicated", value: "ci", effect: "NoExecute" }],
                        },
                    },
                    limits: { cpu: "64" },
                },
            }),
    },
];

describeStackCases("red-team 25: Kubernetes/EKS API level", insecure, secure);
