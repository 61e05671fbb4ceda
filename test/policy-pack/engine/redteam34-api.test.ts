// Red-team round 34 on the Kubernetes/EKS API level (fresh eyes): NAMESPACE_CONFINED_RESOURCES whose controllers
// write more than pods of their namespace (KubeRay's head Service template), Pod Security labels changed by a
// NamespacePatch, built-in pod writers other than create (patching a running pod's image, ReplicationControllers),
// and built-in API groups a careful platform team uses that start no pod (DRA claims, API priority and fairness,
// DeviceClasses). Insecure variants the whole pack must refuse, secure ones it must accept; misses are `it.skip`
// with a MISS comment.
import { describeStackCases, Resources } from "./support";
import { bind, k8s, k8sRole, namespace } from "./variantBuilders";

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

/** A namespaced Role `name` in `ns` with these rules, bound to platform-devs there; `ns` enforces `level`. */
function devsMay(r: Resources, ns: string, name: string, rules: object[], level = "restricted"): void {
    namespace(r, ns, level);
    k8sRole(r, name, rules, ns);
    bind(r, name, { kind: "Role", name }, [DEVS], ns);
}

/** A role in validators (the runtime's namespace, declared by the stack's own objects) bound to platform-devs. */
function devsMayInValidators(r: Resources, name: string, rules: object[]): void {
    k8sRole(r, name, rules, "validators");
    bind(r, name, { kind: "Role", name }, [DEVS], "validators");
}

const insecure: Case[] = [
    // KubeRay: a RayCluster's headGroupSpec.headService is a whole corev1.Service that the KubeRay operator uses as
    // the template of the head Service it creates, as itself, in the RayCluster's namespace (kuberay helm-chart
    // ray-cluster templates/raycluster-cluster.yaml passes `head.headService` through to `headGroupSpec.headService`;
    // the CRD's HeadGroupSpec.headService carries apiVersion/kind/metadata/spec). A head Service whose spec sets
    // externalIPs [fd00:ec2::23] is the CVE-2020-8554 capture engine/kubernetes.ts SERVICE_CAPTURE_WHY describes:
    // every Pod Identity credential request of the cluster, containment-chamber's token included, goes to the Ray
    // head pod. customResources.ts NAMESPACE_CONFINED_RESOURCES reads ray.io rayclusters as "pods of the object's
    // namespace" only, so writing one in tools is not counted as writing Services.
    // Was a MISS (fixed in round 34): customResources.ts reads ray.io rayclusters as pods of tools only, but the KubeRay operator creates the head
    // Service from headGroupSpec.headService as given, overriding only the selector (ray-project/kuberay
    // ray-operator/controllers/ray/common/service.go BuildServiceForHeadPod: `headService :=
    // cluster.Spec.HeadGroupSpec.HeadService.DeepCopy()`, `headService.Spec.Selector = selector`), so its
    // spec.externalIPs [fd00:ec2::23] reach the API server as KubeRay's write: the CVE-2020-8554 capture of every Pod
    // Identity credential request that RBAC create services counts (kubernetes.ts SERVICE_CAPTURE_WHY). Accepted.
    {
        name: "platform-devs may create KubeRay RayClusters in tools (restricted), Pod Identity stack: headGroupSpec.headService is a Service template with externalIPs",
        stack: "pod-identity",
        edit: r =>
            devsMay(r, "tools", "ray-tenant", [
                { apiGroups: ["ray.io"], resources: ["rayclusters"], verbs: ["create", "update", "patch"] },
            ]),
        refused: /ray-tenant[\s\S]*(externalIPs|Service|CVE-2020-8554|Pod Identity)/,
    },
    // The same Service template reaches KubeRay through a RayService's spec.serveService (the Service of the Serve
    // application, created by the operator from the given object) and a RayJob's rayClusterSpec, which is a whole
    // RayClusterSpec, headGroupSpec.headService included (KubeRay API reference, RayServiceSpec.serveService,
    // RayJobSpec.rayClusterSpec). Same reading in customResources.ts: pods of tools only.
    // Was a MISS (fixed in round 34): same as above through RayService.spec.rayClusterConfig and RayJob.spec.rayClusterSpec, both a RayClusterSpec
    // (KubeRay API reference; AWS SageMaker HyperPod "Deploying a model with Ray Serve" shows rayClusterConfig.
    // headGroupSpec), whose headService KubeRay creates as given (service.go above). Accepted.
    {
        name: "platform-devs may create KubeRay RayServices and RayJobs in tools (restricted), Pod Identity stack: rayClusterConfig / rayClusterSpec headService, RayService serveService",
        stack: "pod-identity",
        edit: r =>
            devsMay(r, "tools", "ray-serve-tenant", [
                { apiGroups: ["ray.io"], resources: ["rayservices", "rayjobs"], verbs: ["create"] },
            ]),
        refused: /ray-serve-tenant[\s\S]*(externalIPs|Service|CVE-2020-8554|Pod Identity)/,
    },
    // Pod Security labels are namespace labels: a NamespacePatch (Pulumi server-side apply patch of an existing
    // Namespace) that sets pod-security.kubernetes.io/enforce privileged on tools, where platform-devs may create
    // pods, lets them run privileged/hostPath pods (Kubernetes "Pod Security Admission": the namespace label picks the
    // level), that is node root and every ServiceAccount of the node.
    {
        name: "a NamespacePatch relabels tools to enforce privileged while platform-devs may create pods in tools",
        stack: "dev",
        edit: r => {
            devsMay(r, "tools", "tools-pods", [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }]);
            k8s(r, "kubernetes:core/v1:NamespacePatch", "tools-psa-patch", {
                apiVersion: "v1",
                kind: "Namespace",
                metadata: { name: "tools", labels: { "pod-security.kubernetes.io/enforce": "privileged" } },
            });
        },
        refused: /tools-pods[\s\S]*(privileged|every ServiceAccount|node|cluster-wide)/,
    },
    // A Pod's spec.containers[*].image is mutable (Kubernetes API, PodSpec: "image ... updates" are the allowed pod
    // updates, with activeDeadlineSeconds and tolerations): `patch pods` in validators swaps containment-chamber's
    // image, which then runs as its ServiceAccount with its projected token.
    {
        name: "platform-devs may patch (not create) pods in validators: a running pod's container image is mutable",
        stack: "prod",
        edit: r =>
            devsMayInValidators(r, "validators-pod-patch", [
                { apiGroups: [""], resources: ["pods"], verbs: ["get", "patch"] },
            ]),
        refused: /validators-pod-patch[\s\S]*(containment-chamber|validators)/,
    },
    // ReplicationControllers: the replication controller creates pods from spec.template in the namespace, as the
    // template's serviceAccountName (Kubernetes "ReplicationController").
    {
        name: "platform-devs may create ReplicationControllers in validators",
        stack: "prod",
        edit: r =>
            devsMayInValidators(r, "validators-rc", [
                { apiGroups: [""], resources: ["replicationcontrollers"], verbs: ["create"] },
            ]),
        refused: /validators-rc[\s\S]*(containment-chamber|validators)/,
    },
    // The same RBAC through a ClusterRole bound by a RoleBinding in validators, the verb spelled `*` and the
    // resource named by its subresource-less plural in a rule that also names `replicationcontrollers/scale`.
    {
        name: "a ClusterRole (`*` on replicationcontrollers and replicationcontrollers/scale) bound by a RoleBinding in validators",
        stack: "dev",
        edit: r => {
            k8sRole(r, "rc-any", [
                {
                    apiGroups: [""],
                    resources: ["replicationcontrollers", "replicationcontrollers/scale"],
                    verbs: ["*"],
                },
            ]);
            bind(r, "rc-any", { kind: "ClusterRole", name: "rc-any" }, [DEVS], "validators");
        },
        refused: /rc-any[\s\S]*(containment-chamber|validators)/,
    },
    // ---------------------------------------------------------------- round 34 neighbours (fix34-api)
    // Istio VirtualServices route the sidecars' plain-HTTP requests for their hosts, the Pod Identity agent's included
    // (customResources.ts SERVICE_TEMPLATE_RESOURCES): writing them on a Pod Identity stack is writing a Service.
    {
        name: "neighbour: platform-devs may create Istio VirtualServices in tools (restricted), Pod Identity stack",
        stack: "pod-identity",
        edit: r =>
            devsMay(r, "tools", "vs-tenant", [
                { apiGroups: ["networking.istio.io"], resources: ["virtualservices"], verbs: ["create", "patch"] },
            ]),
        refused: /vs-tenant[\s\S]*(virtualservices|CVE-2020-8554)/,
    },
    {
        name: "neighbour: a declared VirtualService for the Pod Identity agent's fd00:ec2::23, exported everywhere, Pod Identity stack",
        stack: "pod-identity",
        edit: r =>
            k8s(r, "kubernetes:networking.istio.io/v1:VirtualService", "agent-vs", {
                apiVersion: "networking.istio.io/v1",
                kind: "VirtualService",
                metadata: { name: "agent", namespace: "tools" },
                spec: {
                    hosts: ["fd00:ec2::23"],
                    http: [{ route: [{ destination: { host: "collector.tools.svc.cluster.local" } }] }],
                },
            }),
        refused: /VirtualService tools\/agent[\s\S]*fd00:ec2::23/,
    },
    {
        name: "neighbour: platform-devs may write every ray.io resource (`*`) in tools (restricted), Pod Identity stack",
        stack: "pod-identity",
        edit: r => devsMay(r, "tools", "ray-any", [{ apiGroups: ["ray.io"], resources: ["*"], verbs: ["create"] }]),
        refused: /ray-any/,
    },
    {
        name: "neighbour: a declared DRA DeviceClass with opaque driver parameters (spec.config[].opaque)",
        stack: "dev",
        edit: r =>
            k8s(r, "kubernetes:resource.k8s.io/v1:DeviceClass", "gpu-shared", {
                apiVersion: "resource.k8s.io/v1",
                kind: "DeviceClass",
                metadata: { name: "gpu-shared.example.com" },
                spec: {
                    selectors: [{ cel: { expression: "device.driver == 'gpu.example.com'" } }],
                    config: [
                        {
                            opaque: {
                                driver: "gpu.example.com",
                                parameters: {
                                    apiVersion: "gpu.example.com/v1",
                                    kind: "GpuConfig",
                                    sharing: "TimeSlicing",
                                },
                            },
                        },
                    ],
                },
            }),
        refused: /gpu-shared[\s\S]*opaque/,
    },
];

const secure: Case[] = [
    // Neighbours of the KubeRay miss: on an IRSA cluster a captured Service gets no token worth having (IRSA pods
    // send theirs to STS over TLS: SERVICE_CAPTURE_SCOPE podIdentityOnly), so RayClusters in tools are pods of tools.
    {
        name: "neighbour: platform-devs may create KubeRay RayClusters in tools (restricted) on an IRSA cluster",
        stack: "prod",
        edit: r =>
            devsMay(r, "tools", "ray-irsa", [
                { apiGroups: ["ray.io"], resources: ["rayclusters"], verbs: ["create", "update", "patch"] },
            ]),
    },
    {
        name: "neighbour: platform-devs may create Tekton TaskRuns and PipelineRuns in tools (restricted), Pod Identity stack (no Service template)",
        stack: "pod-identity",
        edit: r =>
            devsMay(r, "tools", "tekton-runs", [
                { apiGroups: ["tekton.dev"], resources: ["taskruns", "pipelineruns"], verbs: ["create"] },
            ]),
    },
    // Pinning the Pod Security version is the documented way to upgrade safely (Kubernetes "Enforce Pod Security
    // Standards with Namespace Labels": `pod-security.kubernetes.io/enforce-version`).
    {
        name: "a NamespacePatch pinning tools to enforce restricted at enforce-version v1.33 while platform-devs may create pods there",
        stack: "dev",
        edit: r => {
            devsMay(r, "tools", "tools-pods4", [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }]);
            k8s(r, "kubernetes:core/v1:NamespacePatch", "tools-psa-pin", {
                apiVersion: "v1",
                kind: "Namespace",
                metadata: {
                    name: "tools",
                    labels: {
                        "pod-security.kubernetes.io/enforce": "restricted",
                        "pod-security.kubernetes.io/enforce-version": "v1.33",
                    },
                },
            });
        },
    },
    {
        name: "platform-devs may create DRA ResourceClaims and ResourceClaimTemplates (resource.k8s.io) in tools",
        stack: "prod",
        edit: r =>
            devsMay(r, "tools", "dra-claims", [
                {
                    apiGroups: ["resource.k8s.io"],
                    resources: ["resourceclaims", "resourceclaimtemplates"],
                    verbs: ["get", "list", "watch", "create", "delete"],
                },
            ]),
    },
    {
        name: "a declared API Priority and Fairness FlowSchema and PriorityLevelConfiguration (flowcontrol.apiserver.k8s.io/v1) for CI traffic",
        stack: "prod",
        edit: r => {
            k8s(r, "kubernetes:flowcontrol.apiserver.k8s.io/v1:PriorityLevelConfiguration", "ci-plc", {
                apiVersion: "flowcontrol.apiserver.k8s.io/v1",
                kind: "PriorityLevelConfiguration",
                metadata: { name: "ci" },
                spec: {
                    type: "Limited",
                    limited: { nominalConcurrencyShares: 10, limitResponse: { type: "Reject" } },
                },
            });
            k8s(r, "kubernetes:flowcontrol.apiserver.k8s.io/v1:FlowSchema", "ci-fs", {
                apiVersion: "flowcontrol.apiserver.k8s.io/v1",
                kind: "FlowSchema",
                metadata: { name: "ci" },
                spec: {
                    priorityLevelConfiguration: { name: "ci" },
                    matchingPrecedence: 1000,
                    distinguisherMethod: { type: "ByUser" },
                    rules: [
                        {
                            subjects: [{ kind: "Group", group: { name: "ci" } }],
                            resourceRules: [{ verbs: ["*"], apiGroups: ["*"], resources: ["*"], namespaces: ["*"] }],
                        },
                    ],
                },
            });
        },
    },
    {
        name: "a NamespacePatch only adding a team label to tools, where platform-devs may create pods (restricted kept)",
        stack: "dev",
        edit: r => {
            devsMay(r, "tools", "tools-pods3", [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }]);
            k8s(r, "kubernetes:core/v1:NamespacePatch", "tools-team-patch", {
                apiVersion: "v1",
                kind: "Namespace",
                metadata: { name: "tools", labels: { team: "platform" } },
            });
        },
    },
    {
        name: "platform-devs may read pods and pods/log in validators (get, list, watch)",
        stack: "prod",
        edit: r =>
            devsMayInValidators(r, "validators-logs", [
                { apiGroups: [""], resources: ["pods", "pods/log"], verbs: ["get", "list", "watch"] },
            ]),
    },
    // Was a MISS (fixed in round 34) (secure refused, low impact): resource.k8s.io is a built-in API group (Dynamic Resource Allocation, GA as
    // resource.k8s.io/v1 in Kubernetes 1.34: "Dynamic Resource Allocation" concept page), served by the API server with
    // no controller of its own; a DeviceClass with only CEL selectors starts no pod and names no identity. The pack
    // refuses it as "a custom resource: its controller acts with its own ServiceAccount". (A DeviceClass's
    // spec.config opaque parameters go to a DRA driver and could be judged separately.)
    {
        name: "a declared DRA DeviceClass (resource.k8s.io/v1) selecting one driver's GPUs by CEL",
        stack: "pod-identity",
        edit: r =>
            k8s(r, "kubernetes:resource.k8s.io/v1:DeviceClass", "gpu-class", {
                apiVersion: "resource.k8s.io/v1",
                kind: "DeviceClass",
                metadata: { name: "gpu.example.com" },
                spec: { selectors: [{ cel: { expression: "device.driver == 'gpu.example.com'" } }] },
            }),
    },
    // ---------------------------------------------------------------- round 34 neighbours (fix34-api)
    {
        name: "neighbour: a declared ResourceClaimTemplate (resource.k8s.io/v1) asking one device of a class by CEL, no opaque config",
        stack: "pod-identity",
        edit: r =>
            k8s(r, "kubernetes:resource.k8s.io/v1:ResourceClaimTemplate", "gpu-claim", {
                apiVersion: "resource.k8s.io/v1",
                kind: "ResourceClaimTemplate",
                metadata: { name: "one-gpu", namespace: "tools" },
                spec: {
                    spec: {
                        devices: {
                            requests: [{ name: "gpu", exactly: { deviceClassName: "gpu.example.com" } }],
                        },
                    },
                },
            }),
    },
    {
        name: "neighbour: a declared VirtualService on an ingress gateway only (gateways without mesh), hosts `*`, Pod Identity stack",
        stack: "pod-identity",
        edit: r =>
            k8s(r, "kubernetes:networking.istio.io/v1:VirtualService", "ingress-vs", {
                apiVersion: "networking.istio.io/v1",
                kind: "VirtualService",
                metadata: { name: "ingress", namespace: "tools" },
                spec: {
                    hosts: ["*"],
                    gateways: ["istio-system/public-gateway"],
                    http: [{ route: [{ destination: { host: "web.tools.svc.cluster.local" } }] }],
                },
            }),
    },
];

describeStackCases("red-team 34: Kubernetes/EKS API level", insecure, secure);
