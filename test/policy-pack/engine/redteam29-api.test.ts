// Red-team round 29 on the Kubernetes/EKS API level (fresh eyes): Karpenter NodePools written by someone else than
// the stack (RBAC on nodepools, a mutating webhook or MutatingAdmissionPolicy rewriting them: the pool the stack
// taints away is untainted at admission), Linkerd's injector reading proxy overrides from the Namespace's annotations
// (a NamespacePatch of the signer's namespace), and a stack claim pre-bound to a PersistentVolume outside the stack;
// and what a careful platform team writes (a VolumeAttributesClass for EBS IOPS, image pull Secrets, subPath and
// fsGroup, Linkerd injection enabled on the namespace, a validating webhook on NodePools).
// Insecure variants the whole pack must refuse, secure ones it must accept; misses are `it.skip` with a MISS comment.
// Round 29 fixed the seven misses and added neighbours of each shape, both ways.
import { assertClean, assertRefused, dependsOn, Resources, runWholePack, stackResources } from "./support";
import { bind, k8s, k8sRole, restricted, serviceAccount } from "./variantBuilders";

const EFFECTIVE = "custody-effective-access";
const NODE_POOL = "kubernetes:karpenter.sh/v1:NodePool";
const DEPLOY = "kubernetes:apps/v1:Deployment";
const MUTATING = "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration";
const VALIDATING = "kubernetes:admissionregistration.k8s.io/v1:ValidatingWebhookConfiguration";
const NS_PATCH = "kubernetes:core/v1:NamespacePatch";
const PVC = "kubernetes:core/v1:PersistentVolumeClaim";
/** The engine's marker for a value unknown during a preview. */
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** A Karpenter v1 NodePool launching from EC2NodeClass `nodeClass` (outside the stack) with these taints. */
function nodePool(r: Resources, name: string, nodeClass: string, taints: object[]): void {
    k8s(r, NODE_POOL, `pool-${name}`, {
        apiVersion: "karpenter.sh/v1",
        kind: "NodePool",
        metadata: { name },
        spec: {
            template: {
                spec: {
                    nodeClassRef: { group: "karpenter.k8s.aws", kind: "EC2NodeClass", name: nodeClass },
                    requirements: [{ key: "karpenter.sh/capacity-type", operator: "In", values: ["on-demand"] }],
                    taints,
                },
            },
        },
    });
}

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

/** A webhook configuration (`type`) on karpenter.sh `resources` at `operations`, served by a Service in platform. */
function nodePoolWebhook(
    r: Resources,
    type: string,
    name: string,
    resources = ["nodepools"],
    operations = ["CREATE", "UPDATE"],
): void {
    const kind = type.split(":").pop();
    k8s(r, type, name, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind,
        metadata: { name },
        webhooks: [
            {
                name: `${name}.platform.example.com`,
                admissionReviewVersions: ["v1"],
                sideEffects: "None",
                failurePolicy: "Ignore",
                clientConfig: { service: { name, namespace: "platform", path: "/nodepools" } },
                rules: [
                    {
                        apiGroups: ["karpenter.sh"],
                        apiVersions: ["v1"],
                        operations,
                        resources,
                    },
                ],
            },
        ],
    });
}

/** A NamespacePatch of an existing namespace (outside the stack) setting these annotations. */
function namespaceAnnotations(r: Resources, ns: string, annotations: Record<string, string>): void {
    k8s(r, NS_PATCH, `ns-${ns}-patch`, {
        apiVersion: "v1",
        kind: "Namespace",
        metadata: { name: ns, annotations },
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
    // Round 25 refuses an untainted NodePool on an outside EC2NodeClass the stack declares (its nodes' role, AMI and
    // user data cannot be read, and any pod, the signer's included, lands there). engine/customResources.ts lists
    // karpenter.sh nodepools as inert, so RBAC create/update/patch on nodepools counts for nothing: the group can
    // write that very NodePool (no taints, nodeClassRef: an EC2NodeClass outside the stack) or strip the taints from
    // one the stack declares. karpenter.sh "NodePools": "Taints to add to provisioned nodes. Pods that don't tolerate
    // those taints could be prevented from scheduling"; nodeClassRef picks the EC2NodeClass.
    // Was a MISS (fixed in round 29): accepted, customResources.ts listed karpenter.sh nodepools as inert for RBAC. Now
    // NODE_LAUNCHING_RESOURCES makes create/update/patch nodepools (and create nodeclaims) "launch nodes", cluster-wide.
    {
        name: "a ClusterRole creating/patching karpenter.sh nodepools bound to an outside group (it can write an untainted pool on any EC2NodeClass)",
        stack: "prod",
        edit: r => {
            k8sRole(r, "nodepool-writer", [
                {
                    apiGroups: ["karpenter.sh"],
                    resources: ["nodepools"],
                    verbs: ["get", "list", "create", "update", "patch"],
                },
            ]);
            bind(r, "nodepool-writer", { kind: "ClusterRole", name: "nodepool-writer" }, [
                { kind: "Group", name: "platform:capacity", apiGroup: "rbac.authorization.k8s.io" },
            ]);
        },
        refused: /nodepool/i,
    },
    // The stack's own pool is tainted (accepted, round 25); a mutating webhook on nodepools, served outside the stack,
    // removes the taint (or switches nodeClassRef) at admission, so the nodes come up untainted and take the signer's
    // pods. isInertResource(group, resource, rbac=false) keeps nodepools inert for webhooks too.
    // Was a MISS (fixed in round 29): accepted, nodepools were inert for webhooks too. Now a webhook naming them rewrites
    // node launchers (kubernetes.ts ruleRewritesNodes), whatever namespaces it selects.
    {
        name: "a MutatingWebhookConfiguration on karpenter.sh nodepools (CREATE/UPDATE) next to a NoSchedule-tainted NodePool on an outside EC2NodeClass",
        stack: "trust-domain",
        edit: r => {
            nodePool(r, "gpu", "gpu-class", [{ key: "dedicated", value: "gpu", effect: "NoSchedule" }]);
            nodePoolWebhook(r, MUTATING, "nodepool-defaults");
        },
        refused: /nodepool-defaults/,
    },
    // The same rewrite in CEL: a MutatingAdmissionPolicy (admissionregistration.k8s.io/v1beta1, Kubernetes 1.34 beta)
    // whose JSONPatch removes spec.template.spec.taints of every NodePool.
    // Was a MISS (fixed in round 29): accepted, as the webhook above. The policy and its binding are judged by the
    // policy's matchConstraints (admissionRuleLists), now that nodepools are not inert when rewritten.
    {
        name: "neighbour: a MutatingAdmissionPolicy and its binding removing spec.template.spec.taints from karpenter.sh nodepools, next to a tainted NodePool on an outside EC2NodeClass",
        stack: "basil",
        edit: r => {
            nodePool(r, "batch", "batch-class", [{ key: "dedicated", value: "batch", effect: "NoExecute" }]);
            k8s(r, "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicy", "untaint", {
                apiVersion: "admissionregistration.k8s.io/v1beta1",
                kind: "MutatingAdmissionPolicy",
                metadata: { name: "untaint-pools" },
                spec: {
                    matchConstraints: {
                        resourceRules: [
                            {
                                apiGroups: ["karpenter.sh"],
                                apiVersions: ["v1"],
                                operations: ["CREATE", "UPDATE"],
                                resources: ["nodepools"],
                            },
                        ],
                    },
                    failurePolicy: "Fail",
                    reinvocationPolicy: "Never",
                    mutations: [
                        {
                            patchType: "JSONPatch",
                            jsonPatch: { expression: '[JSONPatch{op: "remove", path: "/spec/template/spec/taints"}]' },
                        },
                    ],
                },
            });
            k8s(r, "kubernetes:admissionregistration.k8s.io/v1beta1:MutatingAdmissionPolicyBinding", "untaint-b", {
                apiVersion: "admissionregistration.k8s.io/v1beta1",
                kind: "MutatingAdmissionPolicyBinding",
                metadata: { name: "untaint-pools" },
                spec: { policyName: "untaint-pools" },
            });
        },
        refused: /untaint/,
    },
    // Linkerd's injector merges the Namespace's config.* annotations into every pod it injects there
    // (linkerd/linkerd2 pkg/inject: "AppendNamespaceAnnotations allows pods to inherit config specific annotations
    // from the namespace they belong to"), and linkerd.io/inject: enabled on a namespace injects its pods
    // (linkerd.io "Automatic Proxy Injection"). config.linkerd.io/proxy-image is "Linkerd proxy container image name"
    // (linkerd.io "Proxy Configuration"). The signer's pods in validators get a container of that image, which the
    // EKS pod identity webhook gives the IRSA token like every container. The pod-level annotation is refused
    // (podSpec.ts podAnnotationReach); the namespace-level one is not read.
    // Was a MISS (fixed in round 29): accepted, Namespace annotations were not read. Now podSpec.ts
    // namespaceAnnotationReach judges injector keys on a Namespace by the pod allowlist, over the namespace's pods.
    {
        name: "a NamespacePatch of the signer's namespace validators: linkerd.io/inject enabled and config.linkerd.io/proxy-image of another registry",
        stack: "prod",
        edit: r =>
            namespaceAnnotations(r, "validators", {
                "linkerd.io/inject": "enabled",
                "config.linkerd.io/proxy-image": "registry.example.net/mesh/proxy",
                "config.linkerd.io/proxy-version": "edge-25.1.1",
            }),
        refused: /validators|linkerd/,
    },
    // Same namespace inheritance, the debug sidecar: "config.linkerd.io/enable-debug-sidecar: Inject a debug sidecar"
    // of "config.linkerd.io/debug-image" (linkerd.io "Proxy Configuration"). Pod Identity: the agent's token volume
    // is mounted into every container as well (EKS user guide, "Understand how EKS Pod Identity works").
    // Was a MISS (fixed in round 29): accepted, as above (debug sidecar image from the namespace).
    {
        name: "neighbour: a NamespacePatch of validators enabling Linkerd's debug sidecar with config.linkerd.io/debug-image of another registry (Pod Identity)",
        stack: "pod-identity",
        edit: r =>
            namespaceAnnotations(r, "validators", {
                "linkerd.io/inject": "enabled",
                "config.linkerd.io/enable-debug-sidecar": "true",
                "config.linkerd.io/debug-image": "registry.example.net/tools/debug",
            }),
        refused: /validators|linkerd/,
    },
    // The annotation alone, the namespace already meshed: the next rollout of the key manager's pods in spirl-system
    // runs the other proxy image.
    // Was a MISS (fixed in round 29): accepted, as above.
    {
        name: "neighbour: a NamespacePatch of spirl-system setting only config.linkerd.io/proxy-image (the namespace already injected by its own annotation)",
        stack: "trust-domain",
        edit: r =>
            namespaceAnnotations(r, "spirl-system", {
                "config.linkerd.io/proxy-image": "registry.example.net/mesh/proxy",
            }),
        refused: /spirl-system|linkerd/,
    },
    // A claim pre-bound by spec.volumeName to a PersistentVolume outside the stack: its source (a hostPath on the
    // node's /var/lib/kubelet, say) is what the stack's pod mounts, past Pod Security admission, which sees only the
    // claim (Kubernetes "Persistent Volumes", "Reserving a PersistentVolume": "the binding happens regardless of some
    // volume matching criteria"; RBAC Good Practices, "Persistent volume creation"). A PersistentVolume the stack
    // declares is judged by its path, a StorageClass of the stack by its provisioner; this one is not in view.
    // Was a MISS (fixed in round 29): accepted, claims were not judged. Now kubernetes.ts preBoundClaims refuses a
    // volumeName naming a PersistentVolume the stack does not declare (its source is unverifiable).
    {
        name: "a PersistentVolumeClaim in tools pre-bound (spec.volumeName) to a PersistentVolume outside the stack, mounted by a restricted Deployment",
        stack: "prod",
        edit: r => {
            serviceAccount(r, "tools", "archiver");
            k8s(r, PVC, "tools-archive", {
                apiVersion: "v1",
                kind: "PersistentVolumeClaim",
                metadata: { name: "archive", namespace: "tools" },
                spec: {
                    accessModes: ["ReadWriteOnce"],
                    storageClassName: "",
                    volumeName: "node-archive",
                    resources: { requests: { storage: "10Gi" } },
                },
            });
            deployment(
                r,
                "archiver",
                "tools",
                "archiver",
                { volumes: [{ name: "archive", persistentVolumeClaim: { claimName: "archive" } }] },
                { volumeMounts: [{ name: "archive", mountPath: "/archive" }] },
            );
        },
        refused: /archive/,
    },
    // Round 29 neighbours (insecure). A NodeClaim names a nodeClassRef and taints for one node, and "You can also create
    // NodeClaims manually to request capacity outside of the standard provisioning workflow" (karpenter.sh "NodeClaims").
    {
        name: "neighbour: a ClusterRole creating karpenter.sh nodeclaims bound to an outside group (one untainted node on any EC2NodeClass)",
        stack: "basil",
        edit: r => {
            k8sRole(r, "nodeclaim-writer", [
                { apiGroups: ["karpenter.sh"], resources: ["nodeclaims"], verbs: ["create"] },
            ]);
            bind(r, "nodeclaim-writer", { kind: "ClusterRole", name: "nodeclaim-writer" }, [
                { kind: "Group", name: "platform:capacity", apiGroup: "rbac.authorization.k8s.io" },
            ]);
        },
        refused: /launch nodes.*nodeclaims/,
    },
    // Patch limited by resourceNames to the stack's own tainted pool: it strips the taint (round 25's only guard).
    {
        name: "neighbour: a ClusterRole patching only the stack's tainted NodePool gpu (resourceNames) bound to an outside group",
        stack: "prod",
        edit: r => {
            nodePool(r, "gpu", "gpu-class", [{ key: "dedicated", value: "gpu", effect: "NoSchedule" }]);
            k8sRole(r, "gpu-pool-tuner", [
                { apiGroups: ["karpenter.sh"], resources: ["nodepools"], resourceNames: ["gpu"], verbs: ["patch"] },
            ]);
            bind(r, "gpu-pool-tuner", { kind: "ClusterRole", name: "gpu-pool-tuner" }, [
                { kind: "Group", name: "platform:capacity", apiGroup: "rbac.authorization.k8s.io" },
            ]);
        },
        refused: /launch nodes.*nodepools/,
    },
    // Karpenter creates its NodeClaims from the pools; a webhook on them rewrites each node's class and taints.
    {
        name: "neighbour: a MutatingWebhookConfiguration on karpenter.sh nodeclaims (CREATE) served in platform",
        stack: "trust-domain",
        edit: r => nodePoolWebhook(r, MUTATING, "nodeclaim-defaults", ["nodeclaims"], ["CREATE"]),
        refused: /nodeclaim-defaults rewrites karpenter\.sh nodeclaims/,
    },
    // The alpha API (admissionregistration.k8s.io/v1alpha1, Kubernetes 1.32), every resource of karpenter.sh.
    {
        name: "neighbour: a v1alpha1 MutatingAdmissionPolicy on every karpenter.sh resource (ApplyConfiguration)",
        stack: "prod",
        edit: r =>
            k8s(r, "kubernetes:admissionregistration.k8s.io/v1alpha1:MutatingAdmissionPolicy", "pool-labels", {
                apiVersion: "admissionregistration.k8s.io/v1alpha1",
                kind: "MutatingAdmissionPolicy",
                metadata: { name: "pool-labels" },
                spec: {
                    matchConstraints: {
                        resourceRules: [
                            {
                                apiGroups: ["karpenter.sh"],
                                apiVersions: ["*"],
                                operations: ["CREATE", "UPDATE"],
                                resources: ["*"],
                            },
                        ],
                    },
                    mutations: [
                        {
                            patchType: "ApplyConfiguration",
                            applyConfiguration: {
                                expression: 'Object{metadata: Object.metadata{labels: {"team": "platform"}}}',
                            },
                        },
                    ],
                },
            }),
        refused: /pool-labels rewrites karpenter\.sh nodepools/,
    },
    // "ingress" mode is refused on a pod (podSpec.ts annotationOutside); on the Namespace it holds for every pod.
    {
        name: "neighbour: a NamespacePatch of validators setting linkerd.io/inject: ingress",
        stack: "prod",
        edit: r => namespaceAnnotations(r, "validators", { "linkerd.io/inject": "ingress" }),
        refused: /NamespacePatch validators: annotation linkerd\.io\/inject: "ingress"/,
    },
    // The alpha config prefix is copied as well (ProxyAlphaConfigAnnotations), and proxy-uid runs the proxy as root.
    {
        name: "neighbour: a NamespacePatch of spirl-system with config.linkerd.io/proxy-uid 0 and a config.alpha.linkerd.io key",
        stack: "trust-domain",
        edit: r =>
            namespaceAnnotations(r, "spirl-system", {
                "linkerd.io/inject": "enabled",
                "config.alpha.linkerd.io/proxy-wait-before-exit-seconds": "10",
                "config.linkerd.io/proxy-uid": "0",
            }),
        refused: /NamespacePatch spirl-system: annotation config\.alpha\.linkerd\.io/,
    },
    // DECIDED: Istio's injector reads only the pod's annotations (istio/istio#3664), but a proxy image key on the
    // Namespace has no other meaning there: judged as on its pods (podSpec.ts NAMESPACE_INJECTOR_KEY).
    {
        name: "neighbour: a NamespacePatch of validators setting sidecar.istio.io/proxyImage (Istio keys judged on a Namespace too)",
        stack: "prod",
        edit: r =>
            namespaceAnnotations(r, "validators", {
                "sidecar.istio.io/proxyImage": "registry.example.net/mesh/proxyv2",
            }),
        refused: /NamespacePatch validators: annotation sidecar\.istio\.io\/proxyImage/,
    },
    // The claim as a StatefulSet's volumeClaimTemplate: the StatefulSet controller creates it with that volumeName.
    {
        name: "neighbour: a StatefulSet in tools whose volumeClaimTemplate is pre-bound to a PersistentVolume outside the stack",
        stack: "trust-domain",
        edit: r => {
            serviceAccount(r, "tools", "indexer");
            k8s(r, "kubernetes:apps/v1:StatefulSet", "tools-indexer", {
                apiVersion: "apps/v1",
                kind: "StatefulSet",
                metadata: { name: "indexer", namespace: "tools" },
                spec: {
                    serviceName: "indexer",
                    replicas: 1,
                    selector: { matchLabels: { app: "indexer" } },
                    template: {
                        metadata: { labels: { app: "indexer" } },
                        spec: {
                            serviceAccountName: "indexer",
                            containers: [
                                {
                                    name: "indexer",
                                    image: "registry.example.com/platform/indexer:2.0.1",
                                    securityContext: restricted,
                                    volumeMounts: [{ name: "data", mountPath: "/data" }],
                                },
                            ],
                        },
                    },
                    volumeClaimTemplates: [
                        {
                            metadata: { name: "data" },
                            spec: {
                                accessModes: ["ReadWriteOnce"],
                                storageClassName: "",
                                volumeName: "node-index",
                                resources: { requests: { storage: "5Gi" } },
                            },
                        },
                    ],
                },
            });
        },
        refused: /volumeClaimTemplates\[0\].*node-index/,
    },
    // The same through a generic ephemeral volume (Kubernetes "Ephemeral Volumes": the claim is made from the template).
    {
        name: "neighbour: a restricted Deployment whose generic ephemeral volume's claim template names an outside PersistentVolume",
        stack: "basil",
        edit: r => {
            serviceAccount(r, "tools", "scratcher");
            deployment(
                r,
                "scratcher",
                "tools",
                "scratcher",
                {
                    volumes: [
                        {
                            name: "scratch",
                            ephemeral: {
                                volumeClaimTemplate: {
                                    spec: {
                                        accessModes: ["ReadWriteOnce"],
                                        volumeName: "node-scratch",
                                        resources: { requests: { storage: "1Gi" } },
                                    },
                                },
                            },
                        },
                    ],
                },
                { volumeMounts: [{ name: "scratch", mountPath: "/scratch" }] },
            );
        },
        refused: /volume scratch \(ephemeral\).*node-scratch/,
    },
    // A volumeName unknown during the preview and computed from nothing of the stack: which volume it binds is unknown.
    {
        name: "neighbour: a PersistentVolumeClaim whose spec.volumeName is unknown during the preview and depends on no PersistentVolume",
        stack: "prod",
        edit: r => {
            k8s(r, PVC, "tools-unknown", {
                apiVersion: "v1",
                kind: "PersistentVolumeClaim",
                metadata: { name: "unknown-bound", namespace: "tools" },
                spec: {
                    accessModes: ["ReadWriteOnce"],
                    storageClassName: "",
                    volumeName: UNKNOWN,
                    resources: { requests: { storage: "10Gi" } },
                },
            });
        },
        refused: /unknown-bound: spec\.volumeName is unknown during the preview/,
    },
    // Control: a stack NodePoolPatch clearing the taints of the stack's tainted outside-class pool is refused.
    {
        name: "(control) a NodePoolPatch setting taints [] on the stack's tainted NodePool on an outside EC2NodeClass",
        stack: "prod",
        edit: r => {
            nodePool(r, "gpu", "gpu-class", [{ key: "dedicated", value: "gpu", effect: "NoSchedule" }]);
            k8s(r, "kubernetes:karpenter.sh/v1:NodePoolPatch", "pool-gpu-patch", {
                apiVersion: "karpenter.sh/v1",
                kind: "NodePool",
                metadata: { name: "gpu" },
                spec: { template: { spec: { taints: [] } } },
            });
        },
        refused: /gpu/,
    },
];

const secure: Case[] = [
    // VolumeAttributesClass (storage.k8s.io/v1, GA in Kubernetes 1.34): parameters the CSI driver applies with
    // ModifyVolume to claims naming it; the EBS CSI driver reads type, iops, throughput and tagSpecification
    // (aws-ebs-csi-driver docs/modify-volume.md). A network volume's performance: no node directory, no pod.
    {
        name: "a VolumeAttributesClass for the EBS CSI driver (gp3, iops 6000, throughput 500)",
        stack: "prod",
        edit: r =>
            k8s(r, "kubernetes:storage.k8s.io/v1:VolumeAttributesClass", "gp3-fast", {
                apiVersion: "storage.k8s.io/v1",
                kind: "VolumeAttributesClass",
                metadata: { name: "gp3-fast" },
                driverName: "ebs.csi.aws.com",
                parameters: { type: "gp3", iops: "6000", throughput: "500" },
            }),
    },
    // A private registry's pull Secret: the kubelet pulls the image with it; the pod never sees it.
    {
        name: "a restricted Deployment in tools pulling from a private registry with imagePullSecrets (a dockerconfigjson Secret of the stack)",
        stack: "trust-domain",
        edit: r => {
            serviceAccount(r, "tools", "reporter");
            k8s(r, "kubernetes:core/v1:Secret", "tools-regcred", {
                apiVersion: "v1",
                kind: "Secret",
                metadata: { name: "regcred", namespace: "tools" },
                type: "kubernetes.io/dockerconfigjson",
                stringData: { ".dockerconfigjson": '{"auths":{"registry.example.com":{"auth":"cmVhZGVyOnRva2Vu"}}}' },
            });
            deployment(r, "reporter", "tools", "reporter", { imagePullSecrets: [{ name: "regcred" }] });
        },
    },
    // One key of a ConfigMap mounted by subPath, a volume group owner (fsGroup) changed only on mismatch.
    {
        name: "a restricted Deployment mounting one ConfigMap key by subPath, with fsGroup 10001 and fsGroupChangePolicy OnRootMismatch",
        stack: "basil",
        edit: r => {
            serviceAccount(r, "tools", "exporter");
            deployment(
                r,
                "exporter",
                "tools",
                "exporter",
                {
                    securityContext: { fsGroup: 10001, fsGroupChangePolicy: "OnRootMismatch", runAsNonRoot: true },
                    volumes: [
                        { name: "config", configMap: { name: "exporter" } },
                        { name: "cache", emptyDir: { sizeLimit: "1Gi" } },
                    ],
                },
                {
                    volumeMounts: [
                        {
                            name: "config",
                            mountPath: "/etc/exporter/config.yaml",
                            subPath: "config.yaml",
                            readOnly: true,
                        },
                        { name: "cache", mountPath: "/var/cache/exporter" },
                    ],
                },
            );
        },
    },
    // Meshing the signer's namespace with the mesh's own proxy: the pod-level `linkerd.io/inject: enabled` is
    // accepted (round 28); the same on the Namespace (linkerd.io "Automatic Proxy Injection": "present on a namespace
    // or any workloads") injects the same proxy.
    {
        name: "a NamespacePatch of validators adding only linkerd.io/inject: enabled (the mesh's own proxy)",
        stack: "prod",
        edit: r => namespaceAnnotations(r, "validators", { "linkerd.io/inject": "enabled" }),
    },
    // A validating webhook can only deny a NodePool (e.g. one without taints or limits).
    {
        name: "a ValidatingWebhookConfiguration on karpenter.sh nodepools (CREATE/UPDATE) served in platform",
        stack: "trust-domain",
        edit: r => nodePoolWebhook(r, VALIDATING, "nodepool-guard"),
    },
    // Read-only Karpenter objects for dashboards.
    {
        name: "a ClusterRole get/list/watch on karpenter.sh nodepools and nodeclaims bound to monitoring/prometheus",
        stack: "basil",
        edit: r => {
            k8sRole(r, "karpenter-view", [
                {
                    apiGroups: ["karpenter.sh"],
                    resources: ["nodepools", "nodeclaims"],
                    verbs: ["get", "list", "watch"],
                },
            ]);
            bind(r, "karpenter-view", { kind: "ClusterRole", name: "karpenter-view" }, [
                { kind: "ServiceAccount", name: "prometheus", namespace: "monitoring" },
            ]);
        },
    },
    // Round 29 neighbours (secure). The proxy's own resources are inert on a pod (podSpec.ts INERT_POD_ANNOTATIONS) and
    // so on the Namespace that copies them; keys of no injector (an owner) are not an injector's API.
    {
        name: "neighbour: a NamespacePatch of validators with linkerd.io/inject enabled, the proxy's cpu/memory annotations and an owner annotation",
        stack: "prod",
        edit: r =>
            namespaceAnnotations(r, "validators", {
                "linkerd.io/inject": "enabled",
                "config.linkerd.io/proxy-cpu-request": "100m",
                "config.linkerd.io/proxy-memory-limit": "256Mi",
                "platform.example.com/owner": "custody-team",
            }),
    },
    // Replacing a node: deleting a NodeClaim writes no class or taint (Karpenter drains and terminates it).
    {
        name: "neighbour: a ClusterRole get/list/watch/delete on karpenter.sh nodeclaims bound to an outside group",
        stack: "trust-domain",
        edit: r => {
            k8sRole(r, "node-recycler", [
                { apiGroups: ["karpenter.sh"], resources: ["nodeclaims"], verbs: ["get", "list", "watch", "delete"] },
            ]);
            bind(r, "node-recycler", { kind: "ClusterRole", name: "node-recycler" }, [
                { kind: "Group", name: "platform:capacity", apiGroup: "rbac.authorization.k8s.io" },
            ]);
        },
    },
    // A claim pre-bound to a PersistentVolume the stack declares (an EBS volume by the CSI driver): judged through it.
    {
        name: "neighbour: a PersistentVolumeClaim pre-bound to a PersistentVolume of the stack (an existing EBS volume, ebs.csi.aws.com)",
        stack: "basil",
        edit: r => {
            k8s(r, "kubernetes:core/v1:PersistentVolume", "archive-volume", {
                apiVersion: "v1",
                kind: "PersistentVolume",
                metadata: { name: "archive-ebs" },
                spec: {
                    capacity: { storage: "10Gi" },
                    accessModes: ["ReadWriteOnce"],
                    persistentVolumeReclaimPolicy: "Retain",
                    storageClassName: "",
                    csi: { driver: "ebs.csi.aws.com", volumeHandle: "vol-0123456789abcdef0", fsType: "ext4" },
                    claimRef: { namespace: "tools", name: "archive" },
                },
            });
            k8s(r, PVC, "tools-archive", {
                apiVersion: "v1",
                kind: "PersistentVolumeClaim",
                metadata: { name: "archive", namespace: "tools" },
                spec: {
                    accessModes: ["ReadWriteOnce"],
                    storageClassName: "",
                    volumeName: "archive-ebs",
                    resources: { requests: { storage: "10Gi" } },
                },
            });
        },
    },
    // The same with the volume's name unknown during the preview, computed from that PersistentVolume (propertyDependencies).
    {
        name: "neighbour: a PersistentVolumeClaim whose unknown spec.volumeName comes from a PersistentVolume of the stack",
        stack: "prod",
        edit: r => {
            const pv = k8s(r, "kubernetes:core/v1:PersistentVolume", "archive-volume", {
                apiVersion: "v1",
                kind: "PersistentVolume",
                metadata: { name: UNKNOWN },
                spec: {
                    capacity: { storage: "10Gi" },
                    accessModes: ["ReadWriteOnce"],
                    storageClassName: "",
                    csi: { driver: "ebs.csi.aws.com", volumeHandle: "vol-0123456789abcdef0" },
                },
            });
            const claim = k8s(r, PVC, "tools-archive", {
                apiVersion: "v1",
                kind: "PersistentVolumeClaim",
                metadata: { name: "archive", namespace: "tools" },
                spec: {
                    accessModes: ["ReadWriteOnce"],
                    storageClassName: "",
                    volumeName: UNKNOWN,
                    resources: { requests: { storage: "10Gi" } },
                },
            });
            dependsOn(claim, "spec", pv);
        },
    },
    // DECIDED: a clone of another claim (dataSource) is a new volume the claim's StorageClass provisions (Kubernetes
    // "CSI Volume Cloning": same driver), its contents copied; its source stays the class's (kubernetes.ts preBoundClaims).
    {
        name: "neighbour: a PersistentVolumeClaim cloned from another claim of tools (dataSource PersistentVolumeClaim, class gp3)",
        stack: "trust-domain",
        edit: r =>
            k8s(r, PVC, "tools-archive-clone", {
                apiVersion: "v1",
                kind: "PersistentVolumeClaim",
                metadata: { name: "archive-clone", namespace: "tools" },
                spec: {
                    accessModes: ["ReadWriteOnce"],
                    storageClassName: "gp3",
                    dataSource: { kind: "PersistentVolumeClaim", name: "archive" },
                    resources: { requests: { storage: "10Gi" } },
                },
            }),
    },
];

describe("red-team 29: Kubernetes/EKS API level", function () {
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
