// Red-team round 30 on the Kubernetes/EKS API level (fresh eyes): RBAC shapes that rewrite a running pod or mint a
// token through a wildcard subresource, capability and SELinux spellings in pod specs, a ReplicationController (the
// oldest pod-making kind), a declared MutatingAdmissionPolicyBinding on a policy outside the stack, and a generic
// ephemeral volume pre-bound to a PersistentVolume outside the stack, a local PersistentVolume on a node directory,
// and a DeploymentPatch giving the signer tolerations for a tainted NodePool on an outside class (MISS); and what a careful platform team writes
// (scale-only RBAC for an autoscaler, eviction RBAC for drain tooling, AppArmor/seccomp profiles, a validating
// admission policy, a PodDisruptionBudget and HorizontalPodAutoscaler).
// Insecure variants the whole pack must refuse, secure ones it must accept; misses are `it.skip` with a MISS comment.
import { assertClean, assertRefused, Resources, runWholePack, stackResources } from "./support";
import { bind, k8s, k8sRole, restricted } from "./variantBuilders";

const EFFECTIVE = "custody-effective-access";
const DEPLOY = "kubernetes:apps/v1:Deployment";
const OUTSIDE_GROUP = { kind: "Group", name: "platform:ops", apiGroup: "rbac.authorization.k8s.io" };

/** A restricted Deployment of the stack in `ns` running as `sa`, with `spec` on top of its pod spec. */
function deployment(
    r: Resources,
    name: string,
    ns: string,
    sa: string,
    spec: Record<string, unknown> = {},
    container: Record<string, unknown> = {},
): void {
    k8s(r, DEPLOY, `${ns}-${name}`, {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name, namespace: ns },
        spec: {
            replicas: 2,
            selector: { matchLabels: { app: name } },
            template: {
                metadata: { labels: { app: name } },
                spec: {
                    serviceAccountName: sa,
                    containers: [
                        {
                            name,
                            image: `registry.example.com/platform/${name}:1.4.2`,
                            securityContext: restricted,
                            ...container,
                        },
                    ],
                    ...spec,
                },
            },
        },
    });
}

/** A Karpenter NodePool `batch` on an EC2NodeClass outside the stack, tainted dedicated=batch:NoSchedule. */
function batchPool(r: Resources): void {
    k8s(r, "kubernetes:karpenter.sh/v1:NodePool", "pool-batch", {
        apiVersion: "karpenter.sh/v1",
        kind: "NodePool",
        metadata: { name: "batch" },
        spec: {
            template: {
                spec: {
                    nodeClassRef: { group: "karpenter.k8s.aws", kind: "EC2NodeClass", name: "batch" },
                    requirements: [{ key: "karpenter.sh/capacity-type", operator: "In", values: ["spot"] }],
                    taints: [{ key: "dedicated", value: "batch", effect: "NoSchedule" }],
                },
            },
        },
    });
}

/** A DeploymentPatch of the signer's Deployment (validators/containment-chamber) setting only its tolerations. */
function signerTolerations(r: Resources, tolerations: object[]): void {
    k8s(r, "kubernetes:apps/v1:DeploymentPatch", "signer-tolerations", {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name: "containment-chamber", namespace: "validators" },
        spec: { template: { spec: { tolerations } } },
    });
}

type Case = {
    name: string;
    stack: string;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: string;
};

const insecure: Case[] = [
    // A running pod's container image is mutable (Kubernetes "Pods", "Pod update and replacement": "most of the
    // metadata about a Pod is immutable ... spec.containers[*].image" may be updated), so `patch pods` in the
    // signer's namespace swaps the signer's image for one's own, running as its ServiceAccount with its token.
    {
        name: "a Role in validators with only patch/update on pods (no create) bound to an outside group (image swap of the running signer)",
        stack: "prod",
        edit: r => {
            k8sRole(
                r,
                "pod-patcher",
                [{ apiGroups: [""], resources: ["pods"], verbs: ["get", "patch", "update"] }],
                "validators",
            );
            bind(r, "pod-patcher", { kind: "Role", name: "pod-patcher" }, [OUTSIDE_GROUP], "validators");
        },
        refused: /pod-patcher|pods/,
    },
    // RBAC "*/subresource" matches that subresource of every resource (plugin/pkg/auth/authorizer/rbac
    // ResourceMatches), serviceaccounts/token included: a TokenRequest for the signer's ServiceAccount.
    {
        name: "a Role in validators creating */token (wildcard resource, token subresource) bound to an outside group",
        stack: "pod-identity",
        edit: r => {
            k8sRole(r, "token-minter", [{ apiGroups: [""], resources: ["*/token"], verbs: ["create"] }], "validators");
            bind(r, "token-minter", { kind: "Role", name: "token-minter" }, [OUTSIDE_GROUP], "validators");
        },
        refused: /token-minter|token/,
    },
    // containerd's CRI plugin upper-cases capability names and prefixes CAP_ (so "sys_admin" is CAP_SYS_ADMIN); Pod
    // Security Standards Baseline allows only its listed upper-case names.
    {
        name: "a Deployment in tools adding capability sys_admin in lower case",
        stack: "prod",
        edit: r =>
            deployment(
                r,
                "fsck",
                "tools",
                "default",
                {},
                {
                    securityContext: { ...restricted, capabilities: { drop: ["ALL"], add: ["sys_admin"] } },
                },
            ),
        refused: /sys_admin|SYS_ADMIN/i,
    },
    // Bottlerocket enforces SELinux; spc_t is its super-privileged container type. Baseline admits only
    // container_t, container_init_t, container_kvm_t (and container_engine_t) (Pod Security Standards, "SELinux").
    {
        name: "a Deployment in tools with a pod-level seLinuxOptions type spc_t",
        stack: "trust-domain",
        edit: r =>
            deployment(r, "agent", "tools", "default", { securityContext: { seLinuxOptions: { type: "spc_t" } } }),
        refused: /spc_t|seLinux/i,
    },
    // A ReplicationController (core/v1) still runs pods from its template as any ServiceAccount of its namespace.
    {
        name: "a core/v1 ReplicationController in tools mounting /var/lib/kubelet (hostPath)",
        stack: "prod",
        edit: r =>
            k8s(r, "kubernetes:core/v1:ReplicationController", "tools-rc", {
                apiVersion: "v1",
                kind: "ReplicationController",
                metadata: { name: "legacy", namespace: "tools" },
                spec: {
                    replicas: 1,
                    selector: { app: "legacy" },
                    template: {
                        metadata: { labels: { app: "legacy" } },
                        spec: {
                            containers: [
                                {
                                    name: "legacy",
                                    image: "registry.example.com/platform/legacy:1.0.0",
                                    volumeMounts: [{ name: "kubelet", mountPath: "/host/kubelet" }],
                                },
                            ],
                            volumes: [{ name: "kubelet", hostPath: { path: "/var/lib/kubelet" } }],
                        },
                    },
                },
            }),
        refused: /legacy|kubelet|hostPath/i,
    },
    // A MutatingAdmissionPolicyBinding decides which objects a policy rewrites; bound to a policy outside the stack
    // (its mutations unknown), it applies them to the signer's pods (Kubernetes "Mutating Admission Policy").
    {
        name: "a declared MutatingAdmissionPolicyBinding of a policy outside the stack matching pods in validators",
        stack: "prod",
        edit: r =>
            k8s(
                r,
                "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicyBinding",
                "sidecar-binding",
                {
                    apiVersion: "admissionregistration.k8s.io/v1beta1",
                    kind: "MutatingAdmissionPolicyBinding",
                    metadata: { name: "sidecar-binding" },
                    spec: {
                        policyName: "platform-sidecar",
                        matchResources: {
                            namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "validators" } },
                        },
                    },
                },
            ),
        refused: /sidecar-binding|platform-sidecar/,
    },
    // A generic ephemeral volume's volumeClaimTemplate is a PVC spec: volumeName pre-binds the claim to a
    // PersistentVolume outside the stack (a hostPath PV), as round 29's pre-bound claim (Kubernetes "Ephemeral
    // Volumes", "Generic ephemeral volumes": "any of the parameters of a PersistentVolumeClaim are allowed").
    {
        name: "a Deployment in tools with a generic ephemeral volume pre-bound (volumeName) to a PersistentVolume outside the stack",
        stack: "trust-domain",
        edit: r =>
            deployment(
                r,
                "scratch",
                "tools",
                "default",
                {
                    volumes: [
                        {
                            name: "scratch",
                            ephemeral: {
                                volumeClaimTemplate: {
                                    spec: {
                                        accessModes: ["ReadWriteOnce"],
                                        storageClassName: "",
                                        volumeName: "node-root",
                                        resources: { requests: { storage: "1Gi" } },
                                    },
                                },
                            },
                        },
                    ],
                },
                { volumeMounts: [{ name: "scratch", mountPath: "/scratch" }] },
            ),
        refused: /scratch|node-root/,
    },
    // escalate/bind on every resource of the RBAC group (`*`) covers roles and clusterroles.
    {
        name: "a ClusterRole with bind/escalate on rbac.authorization.k8s.io resources * bound to an outside group",
        stack: "basil",
        edit: r => {
            k8sRole(r, "rbac-admin", [
                { apiGroups: ["rbac.authorization.k8s.io"], resources: ["*"], verbs: ["bind", "escalate", "get"] },
            ]);
            bind(r, "rbac-admin", { kind: "ClusterRole", name: "rbac-admin" }, [OUTSIDE_GROUP]);
        },
        refused: /rbac-admin|escalate|bind/,
    },
    // Before AuthorizePodWebsocketUpgradeCreatePermission, a websocket exec is a GET authorised as verb get on
    // pods/exec (Kubernetes RBAC Good Practices; kubernetes#119725).
    {
        name: "a Role in validators with only get on pods/exec bound to an outside group",
        stack: "prod",
        edit: r => {
            k8sRole(
                r,
                "exec-get",
                [{ apiGroups: [""], resources: ["pods", "pods/exec"], verbs: ["get"] }],
                "validators",
            );
            bind(r, "exec-get", { kind: "Role", name: "exec-get" }, [OUTSIDE_GROUP], "validators");
        },
        refused: /exec-get|exec/,
    },
    // A `local` PersistentVolume is a node directory mounted into whichever pod claims it, like a hostPath but past
    // Pod Security Admission (Kubernetes "Persistent Volumes", "local": "a mounted local storage device such as a
    // disk, partition or directory"; RBAC Good Practices, "Persistent volume creation").
    {
        name: "a declared local PersistentVolume at /var/lib/kubelet claimed by a PVC of tools and mounted by a restricted Deployment",
        stack: "prod",
        edit: r => {
            k8s(r, "kubernetes:core/v1:PersistentVolume", "node-state-pv", {
                apiVersion: "v1",
                kind: "PersistentVolume",
                metadata: { name: "node-state" },
                spec: {
                    capacity: { storage: "1Gi" },
                    accessModes: ["ReadWriteOnce"],
                    persistentVolumeReclaimPolicy: "Retain",
                    storageClassName: "local-node",
                    local: { path: "/var/lib/kubelet" },
                    nodeAffinity: {
                        required: {
                            nodeSelectorTerms: [
                                { matchExpressions: [{ key: "kubernetes.io/os", operator: "In", values: ["linux"] }] },
                            ],
                        },
                    },
                },
            });
            k8s(r, "kubernetes:core/v1:PersistentVolumeClaim", "tools-node-state", {
                apiVersion: "v1",
                kind: "PersistentVolumeClaim",
                metadata: { name: "node-state", namespace: "tools" },
                spec: {
                    accessModes: ["ReadWriteOnce"],
                    storageClassName: "local-node",
                    volumeName: "node-state",
                    resources: { requests: { storage: "1Gi" } },
                },
            });
            deployment(
                r,
                "inspector",
                "tools",
                "default",
                { volumes: [{ name: "state", persistentVolumeClaim: { claimName: "node-state" } }] },
                { volumeMounts: [{ name: "state", mountPath: "/state" }] },
            );
        },
        refused: /node-state|local|kubelet/,
    },
    // Was a MISS (fixed in round 30): a NodePool on an EC2NodeClass outside the stack is accepted when tainted away from the stack's pods
    // (round 25); engine/kubernetes.ts nodePoolPowers checks the tolerations of the stack's pods but skips *Patch
    // objects, while a DeploymentPatch may set tolerations (podSpec.ts PATCH_POD_SPEC: a scheduling field). A patch of
    // the signer's own Deployment tolerating every taint ({operator: Exists}; io.k8s.api.core.v1.Toleration: "If the
    // key is empty, operator must be Exists; this combination means to match all values and all keys") puts the
    // signer on nodes whose role, AMI, user data and metadataOptions cannot be read, which the pool's taint was the
    // only thing keeping it off (NoSchedule is enforced by the scheduler only, Kubernetes "Taints and Tolerations").
    {
        name: "a DeploymentPatch of the signer (validators/containment-chamber) tolerating every taint, next to a NoSchedule-tainted NodePool on an outside EC2NodeClass",
        stack: "prod",

        edit: r => {
            batchPool(r);
            signerTolerations(r, [{ operator: "Exists" }]);
        },
        refused: /batch|containment-chamber|tolerat/,
    },
    // Was a MISS (fixed in round 30; neighbour): the exact toleration of the pool's taint, on the Pod Identity stack's signer.
    {
        name: "neighbour: a DeploymentPatch of the Pod Identity signer tolerating exactly the outside pool's dedicated=batch:NoSchedule taint",
        stack: "pod-identity",

        edit: r => {
            batchPool(r);
            signerTolerations(r, [{ key: "dedicated", operator: "Equal", value: "batch", effect: "NoSchedule" }]);
        },
        refused: /batch|containment-chamber|tolerat/,
    },
];

const secure: Case[] = [
    // Neighbour of the round-30 fix: a DeploymentPatch tolerating another taint than the outside pool's leaves the
    // pool's taint in force (the signer still cannot land there).
    {
        name: "neighbour: a DeploymentPatch of the signer tolerating only dedicated=gpu:NoSchedule, next to the outside pool tainted dedicated=batch",
        stack: "prod",
        edit: r => {
            batchPool(r);
            signerTolerations(r, [{ key: "dedicated", operator: "Equal", value: "gpu", effect: "NoSchedule" }]);
        },
    },
    // RBAC has no `x/*` wildcard: a rule's resource is `*`, an exact `resource/subresource`, or `*/subresource`
    // (plugin/pkg/auth/authorizer/rbac ResourceMatches; PolicyRule.resources: "'*/foo' represents the subresource
    // 'foo' for all resources"), so `nodes/*` matches no request, nodes/proxy included (unlike a webhook rule's
    // `pods/*`). A hand-written diagnostics role that grants nothing: accepted, rightly.
    {
        name: "a ClusterRole with get on nodes/* (literal in RBAC: matches no subresource) and get/list nodes bound to an outside group",
        stack: "pod-identity",
        edit: r => {
            k8sRole(r, "node-debug", [{ apiGroups: [""], resources: ["nodes", "nodes/*"], verbs: ["get", "list"] }]);
            bind(r, "node-debug", { kind: "ClusterRole", name: "node-debug" }, [OUTSIDE_GROUP]);
        },
    },
    // Image volumes (KEP-4639; Kubernetes "Image Volumes", beta in 1.33) mount an OCI artifact read-only and noexec.
    {
        name: "a restricted Deployment in tools mounting an OCI image volume (read-only data)",
        stack: "prod",
        edit: r =>
            deployment(
                r,
                "models",
                "tools",
                "default",
                {
                    volumes: [
                        {
                            name: "data",
                            image: {
                                reference: "registry.example.com/platform/data:1.0.0",
                                pullPolicy: "IfNotPresent",
                            },
                        },
                    ],
                },
                { volumeMounts: [{ name: "data", mountPath: "/data-ro", readOnly: true }] },
            ),
    },
    // User namespaces (Kubernetes "User Namespaces"): the pod's root is an unprivileged uid on the node.
    {
        name: "a restricted Deployment in tools with hostUsers: false and a native sidecar (initContainer restartPolicy Always)",
        stack: "trust-domain",
        edit: r =>
            deployment(r, "shipper", "tools", "default", {
                hostUsers: false,
                initContainers: [
                    {
                        name: "log-agent",
                        image: "registry.example.com/platform/log-agent:2.1.0",
                        restartPolicy: "Always",
                        securityContext: restricted,
                    },
                ],
            }),
    },
    {
        name: "a NetworkPolicy, ResourceQuota and LimitRange in validators and a PriorityClass for the signer",
        stack: "pod-identity",
        edit: r => {
            k8s(r, "kubernetes:networking.k8s.io/v1:NetworkPolicy", "validators-deny", {
                apiVersion: "networking.k8s.io/v1",
                kind: "NetworkPolicy",
                metadata: { name: "default-deny-ingress", namespace: "validators" },
                spec: { podSelector: {}, policyTypes: ["Ingress"] },
            });
            k8s(r, "kubernetes:core/v1:ResourceQuota", "validators-quota", {
                apiVersion: "v1",
                kind: "ResourceQuota",
                metadata: { name: "quota", namespace: "validators" },
                spec: { hard: { pods: "20", "requests.cpu": "8" } },
            });
            k8s(r, "kubernetes:core/v1:LimitRange", "validators-limits", {
                apiVersion: "v1",
                kind: "LimitRange",
                metadata: { name: "limits", namespace: "validators" },
                spec: { limits: [{ type: "Container", default: { cpu: "500m", memory: "256Mi" } }] },
            });
            k8s(r, "kubernetes:scheduling.k8s.io/v1:PriorityClass", "signer-priority", {
                apiVersion: "scheduling.k8s.io/v1",
                kind: "PriorityClass",
                metadata: { name: "custody-critical" },
                value: 1000000,
                preemptionPolicy: "PreemptLowerPriority",
            });
        },
    },
    // The scale subresource carries only replicas (autoscaling/v1 Scale): no pod template is written through it.
    {
        name: "a Role in tools with get/update/patch on deployments/scale bound to an outside group (an autoscaler)",
        stack: "prod",
        edit: r => {
            k8sRole(
                r,
                "scaler",
                [
                    {
                        apiGroups: ["apps"],
                        resources: ["deployments/scale", "statefulsets/scale"],
                        verbs: ["get", "update", "patch"],
                    },
                ],
                "tools",
            );
            bind(r, "scaler", { kind: "Role", name: "scaler" }, [OUTSIDE_GROUP], "tools");
        },
    },
    // Eviction only deletes a pod through its disruption budget (Kubernetes "API-initiated Eviction").
    {
        name: "a ClusterRole for drain tooling: get/list pods, create pods/eviction, patch nodes (cordon) bound to an outside group",
        stack: "trust-domain",
        edit: r => {
            k8sRole(r, "drainer", [
                { apiGroups: [""], resources: ["pods"], verbs: ["get", "list"] },
                { apiGroups: [""], resources: ["pods/eviction"], verbs: ["create"] },
                { apiGroups: [""], resources: ["nodes"], verbs: ["get", "list", "patch"] },
            ]);
            bind(r, "drainer", { kind: "ClusterRole", name: "drainer" }, [OUTSIDE_GROUP]);
        },
    },
    {
        name: "a restricted Deployment in tools with appArmorProfile RuntimeDefault and a Localhost seccomp profile",
        stack: "prod",
        edit: r =>
            deployment(r, "indexer", "tools", "default", {
                securityContext: {
                    appArmorProfile: { type: "RuntimeDefault" },
                    seccompProfile: { type: "Localhost", localhostProfile: "profiles/indexer.json" },
                },
            }),
    },
    {
        name: "a ValidatingAdmissionPolicy and binding denying privileged containers cluster-wide",
        stack: "pod-identity",
        edit: r => {
            k8s(r, "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicy", "no-privileged", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingAdmissionPolicy",
                metadata: { name: "no-privileged" },
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
                    validations: [
                        {
                            expression:
                                "object.spec.containers.all(c, !has(c.securityContext) || !has(c.securityContext.privileged) || !c.securityContext.privileged)",
                            message: "privileged containers are not allowed",
                        },
                    ],
                },
            });
            k8s(
                r,
                "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicyBinding",
                "no-privileged-binding",
                {
                    apiVersion: "admissionregistration.k8s.io/v1",
                    kind: "ValidatingAdmissionPolicyBinding",
                    metadata: { name: "no-privileged" },
                    spec: { policyName: "no-privileged", validationActions: ["Deny"] },
                },
            );
        },
    },
    {
        name: "a restricted Deployment in tools with a PodDisruptionBudget and a HorizontalPodAutoscaler",
        stack: "basil",
        edit: r => {
            deployment(r, "api", "tools", "default");
            k8s(r, "kubernetes:policy/v1:PodDisruptionBudget", "tools-api-pdb", {
                apiVersion: "policy/v1",
                kind: "PodDisruptionBudget",
                metadata: { name: "api", namespace: "tools" },
                spec: { minAvailable: 1, selector: { matchLabels: { app: "api" } } },
            });
            k8s(r, "kubernetes:autoscaling/v2:HorizontalPodAutoscaler", "tools-api-hpa", {
                apiVersion: "autoscaling/v2",
                kind: "HorizontalPodAutoscaler",
                metadata: { name: "api", namespace: "tools" },
                spec: {
                    scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "api" },
                    minReplicas: 2,
                    maxReplicas: 6,
                    metrics: [
                        {
                            type: "Resource",
                            resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 70 } },
                        },
                    ],
                },
            });
        },
    },
];

describe("red-team 30: Kubernetes/EKS API level", function () {
    this.timeout(120000);
    describe("insecure variants are refused", () => {
        for (const c of insecure) {
            (c.skip ? it.skip : it)(c.name, async () => {
                const r = await stackResources(c.stack);
                c.edit(r);
                assertRefused(await runWholePack(c.stack, r), c.refused!, c.policy ?? EFFECTIVE);
            });
        }
    });
    describe("secure variants are accepted", () => {
        for (const c of secure) {
            (c.skip ? it.skip : it)(c.name, async () => {
                const r = await stackResources(c.stack);
                c.edit(r);
                assertClean(await runWholePack(c.stack, r));
            });
        }
    });
});
