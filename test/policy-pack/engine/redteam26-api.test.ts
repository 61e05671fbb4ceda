// Red-team round 26 on the Kubernetes/EKS API level (fresh eyes): dynamic provisioning (a StorageClass whose
// provisioner turns a claim into a hostPath PersistentVolume the pack never sees), pod-template annotations that a
// mesh injector turns into volumes and images, the older helm.sh/v3 Chart component whose children a first preview
// never shows, a cert-manager ACME solver pod running as the runtime ServiceAccount, and a ValidatingAdmissionPolicy
// that hands a token Secret to whoever it denies; and what a careful platform team writes (a local-path StorageClass
// on the documented safe pattern, Istio annotations mounting a ConfigMap, a v3 Chart with known values, an ACME solver
// on its own ServiceAccount, a VAP whose params are a ConfigMap, a rollout-restart annotation through a Patch).
// Insecure variants the whole pack must refuse, secure ones it must accept; misses are `it.skip` with a MISS comment.
import { UNKNOWN_STRING_SENTINEL } from "../../../policy-pack/model/unknowns";
import { describeStackCases, Resources } from "./support";
import { k8s, restricted, serviceAccount } from "./variantBuilders";

const UNKNOWN = UNKNOWN_STRING_SENTINEL;
const DEPLOY = "kubernetes:apps/v1:Deployment";
const DEPLOY_PATCH = "kubernetes:apps/v1:DeploymentPatch";
const STATEFUL_SET = "kubernetes:apps/v1:StatefulSet";
const PVC = "kubernetes:core/v1:PersistentVolumeClaim";
const SECRET = "kubernetes:core/v1:Secret";
const CONFIG_MAP = "kubernetes:core/v1:ConfigMap";
const STORAGE_CLASS = "kubernetes:storage.k8s.io/v1:StorageClass";
const CHART_V3 = "kubernetes:helm.sh/v3:Chart";
const ISSUER = "kubernetes:cert-manager.io/v1:Issuer";
const VAP = "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicy";
const VAP_BINDING = "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicyBinding";

/** A restricted container (uid 10001, no privilege escalation, all capabilities dropped) of `image`. */
const container = (name: string, image: string, extra: Record<string, unknown> = {}) => ({
    name,
    image,
    securityContext: restricted,
    ...extra,
});

/**
 * A Deployment of the stack in `ns` running as `sa`: one container of `image` (restricted unless `securityContext`
 * says otherwise), pod template annotations `annotations`, and `spec` on top of the pod spec.
 */
function deployment(
    r: Resources,
    name: string,
    ns: string,
    sa: string,
    opts: {
        spec?: Record<string, unknown>;
        annotations?: Record<string, string>;
        mounts?: object[];
        securityContext?: Record<string, unknown>;
    } = {},
): void {
    k8s(r, DEPLOY, `${ns}-${name}`, {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name, namespace: ns },
        spec: {
            replicas: 1,
            selector: { matchLabels: { app: name } },
            template: {
                metadata: { labels: { app: name }, ...(opts.annotations ? { annotations: opts.annotations } : {}) },
                spec: {
                    serviceAccountName: sa,
                    containers: [
                        {
                            ...container(name, `registry.example.com/platform/${name}:2.1.0`),
                            ...(opts.securityContext ? { securityContext: opts.securityContext } : {}),
                            ...(opts.mounts ? { volumeMounts: opts.mounts } : {}),
                        },
                    ],
                    ...opts.spec,
                },
            },
        },
    });
}

/** A StorageClass of Rancher's local-path-provisioner (rancher.io/local-path) with these parameters. */
function localPathClass(r: Resources, name: string, parameters: Record<string, string>): void {
    k8s(r, STORAGE_CLASS, `sc-${name}`, {
        apiVersion: "storage.k8s.io/v1",
        kind: "StorageClass",
        metadata: { name },
        provisioner: "rancher.io/local-path",
        parameters,
        reclaimPolicy: "Retain",
        volumeBindingMode: "WaitForFirstConsumer",
    });
}

/** A ReadWriteOnce PersistentVolumeClaim of `ns` on StorageClass `sc`. */
function claim(r: Resources, name: string, ns: string, sc: string): void {
    k8s(r, PVC, `${ns}-${name}-pvc`, {
        apiVersion: "v1",
        kind: "PersistentVolumeClaim",
        metadata: { name, namespace: ns },
        spec: { accessModes: ["ReadWriteOnce"], storageClassName: sc, resources: { requests: { storage: "1Gi" } } },
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

/**
 * A ValidatingAdmissionPolicy on ConfigMap writes whose parameters are objects of `paramKind`, one validation
 * (`expression`, `messageExpression`), and its binding to the parameter `paramRef` for namespace `ns`.
 */
function paramPolicy(
    r: Resources,
    name: string,
    paramKind: { apiVersion: string; kind: string },
    validation: { expression: string; messageExpression: string },
    paramRef: { name: string; namespace: string },
    ns: string,
): void {
    k8s(r, VAP, `vap-${name}`, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "ValidatingAdmissionPolicy",
        metadata: { name },
        spec: {
            failurePolicy: "Fail",
            paramKind,
            matchConstraints: {
                resourceRules: [
                    {
                        apiGroups: [""],
                        apiVersions: ["v1"],
                        operations: ["CREATE", "UPDATE"],
                        resources: ["configmaps"],
                    },
                ],
            },
            validations: [validation],
        },
    });
    k8s(r, VAP_BINDING, `vapb-${name}`, {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "ValidatingAdmissionPolicyBinding",
        metadata: { name },
        spec: {
            policyName: name,
            validationActions: ["Deny"],
            paramRef: { ...paramRef, parameterNotFoundAction: "Deny" },
            matchResources: {
                namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": ns } },
            },
        },
    });
}

/** A cert-manager ACME Issuer in `ns` whose HTTP-01 solver pods take `podSpec` (ACMEChallengeSolverHTTP01IngressPodSpec). */
function acmeIssuer(
    r: Resources,
    name: string,
    ns: string,
    podSpec: Record<string, unknown>,
    annotations?: Record<string, string>,
): void {
    k8s(r, ISSUER, `issuer-${ns}-${name}`, {
        apiVersion: "cert-manager.io/v1",
        kind: "Issuer",
        metadata: { name, namespace: ns },
        spec: {
            acme: {
                server: "https://acme-v02.api.letsencrypt.org/directory",
                email: "pki@example.com",
                privateKeySecretRef: { name: `${name}-account-key` },
                solvers: [
                    {
                        http01: {
                            ingress: {
                                ingressClassName: "alb",
                                podTemplate: { ...(annotations ? { metadata: { annotations } } : {}), spec: podSpec },
                            },
                        },
                    },
                ],
            },
        },
    });
}

/** Istio sidecar annotations adding one volume and its mount to the injected istio-proxy container. */
const istioUserVolume = (volume: object, mount: object): Record<string, string> => ({
    "sidecar.istio.io/inject": "true",
    "sidecar.istio.io/userVolume": JSON.stringify([volume]),
    "sidecar.istio.io/userVolumeMount": JSON.stringify([mount]),
});

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
    // Was a MISS (fixed in round 26: engine/storageClasses.ts judges every StorageClass of the stack as an allowlist,
    // naming the class and the parameter; a local-path class needs nodePath under a data directory and a pattern of
    // literal segments, {{ .PVName }}, {{ .PVC.Namespace }} and {{ .PVC.Name }} only). A PersistentVolume the stack
    // declares is judged by its hostPath/local path (engine/kubernetes.ts), but one a provisioner makes from a
    // StorageClass of the stack is not. Rancher's local-path-provisioner (rancher.io/local-path) builds the PV's
    // hostPath as filepath.Join(nodePath, pathPattern executed as a Go template), and with `allowUnsafePathPattern:
    // "true"` (README, "Storage classes": "you can opt out by setting allowUnsafePathPattern ... the provisioner will
    // skip these validations"; provisioner.go provisionFor: the filepath.IsLocal check runs only when it is false)
    // `../../var/lib/kubelet/pods` lands on the node's kubelet pods directory. The claim is a persistentVolumeClaim
    // volume (on the confined list), so the Deployment (root allowed by Baseline) reads every pod's projected token on
    // its node, the signer's IRSA token included. Before v0.0.34 there was no check at all.
    {
        name: "a local-path StorageClass whose pathPattern climbs out of the provisioner's base path (allowUnsafePathPattern) to /var/lib/kubelet/pods, a claim on it and a Deployment mounting the claim",
        stack: "prod",
        edit: r => {
            serviceAccount(r, "tools", "scratch");
            localPathClass(r, "scratch-local", {
                nodePath: "/opt/local-path-provisioner",
                pathPattern: "../../var/lib/kubelet/pods",
                allowUnsafePathPattern: "true",
            });
            claim(r, "scratch", "tools", "scratch-local");
            deployment(r, "scratch", "tools", "scratch", {
                securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } },
                mounts: [{ name: "scratch", mountPath: "/scratch" }],
                spec: { volumes: [{ name: "scratch", persistentVolumeClaim: { claimName: "scratch" } }] },
            });
        },
        refused: /scratch/,
    },
    // Was a MISS (fixed in round 26, engine/storageClasses.ts; same shape as above): the claim comes from
    // volumeClaimTemplates, and the pattern starts with a template variable before climbing out; filepath.Join cleans
    // `tools/../../../../var/lib/kubelet/pods` to the kubelet directory (rancher/local-path-provisioner provisioner.go,
    // pathFromPattern + filepath.Join).
    {
        name: "neighbour: the same traversing local-path StorageClass reached through a StatefulSet's volumeClaimTemplates (no PersistentVolumeClaim object)",
        stack: "pod-identity",
        edit: r => {
            serviceAccount(r, "tools", "cache");
            localPathClass(r, "cache-local", {
                pathPattern: "{{ .PVC.Namespace }}/../../../../var/lib/kubelet/pods",
                allowUnsafePathPattern: "true",
            });
            k8s(r, STATEFUL_SET, "tools-cache", {
                apiVersion: "apps/v1",
                kind: "StatefulSet",
                metadata: { name: "cache", namespace: "tools" },
                spec: {
                    serviceName: "cache",
                    replicas: 1,
                    selector: { matchLabels: { app: "cache" } },
                    template: {
                        metadata: { labels: { app: "cache" } },
                        spec: {
                            serviceAccountName: "cache",
                            containers: [
                                {
                                    name: "cache",
                                    image: "registry.example.com/platform/cache:1.0.0",
                                    securityContext: { allowPrivilegeEscalation: false },
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
                                storageClassName: "cache-local",
                                resources: { requests: { storage: "1Gi" } },
                            },
                        },
                    ],
                },
            });
        },
        refused: /cache/,
    },
    // Was a MISS (fixed in round 26: engine/podSpec.ts podAnnotationReach reads pod-template annotations as an
    // allowlist; Istio's userVolume/userVolumeMount are judged as the pod's own volumes mounted by istio-proxy).
    // The pod spec was judged, its annotations only for AppArmor/seccomp (engine/podSpec.ts podSecurityAnnotation).
    // Istio's injector reads `sidecar.istio.io/userVolume` ("Specifies one or more user volumes (as a JSON array) to be
    // added to the Envoy sidecar", istio/api annotation/annotations.gen.go SidecarUserVolume) and
    // `sidecar.istio.io/userVolumeMount`, so the pod that runs has a hostPath of /var/lib/kubelet in istio-proxy, which
    // a restricted pod spec never shows. Pod Security admission would catch it only in a namespace enforcing baseline;
    // the pack's own allowlist exists because it does not rely on that. Same for `proxyImage` (an image of the author's
    // choosing). An allowlist of pod-template annotations (or refusing injector annotations that add volumes/images)
    // would close it.
    {
        name: "Istio sidecar annotations on a restricted Deployment's pod template adding a hostPath volume of /var/lib/kubelet to the injected istio-proxy container",
        stack: "prod",
        edit: r => {
            serviceAccount(r, "tools", "mesh-client");
            deployment(r, "mesh-client", "tools", "mesh-client", {
                annotations: istioUserVolume(
                    { name: "kubelet", hostPath: { path: "/var/lib/kubelet", type: "Directory" } },
                    { name: "kubelet", mountPath: "/host/kubelet", readOnly: true },
                ),
            });
        },
        refused: /mesh-client/,
    },
    // Was a MISS (fixed in round 26: a Patch's pod-template annotations take the same allowlist, engine/podSpec.ts
    // outsideMetadata). A *Patch could set any pod-template annotation but AppArmor/seccomp ones,
    // yet annotations are the API of mutating injectors outside the stack: Istio's `sidecar.istio.io/proxyImage`
    // ("Specifies the Docker image to be used by the Envoy sidecar", istio/api annotation SidecarProxyImage) puts a
    // container of the author's image into the signer's own pods, which hold its Pod Identity token (the EKS Pod
    // Identity webhook mounts the token into every container). This is what a Patch of the signer's pod spec does,
    // which the pack refuses.
    {
        name: "a DeploymentPatch of the signer's own Deployment (validators/containment-chamber) setting only pod-template annotations: Istio injection with a proxy image of the author's choosing",
        stack: "pod-identity",
        edit: r =>
            void k8s(r, DEPLOY_PATCH, "containment-chamber-mesh", {
                apiVersion: "apps/v1",
                kind: "Deployment",
                metadata: { name: "containment-chamber", namespace: "validators" },
                spec: {
                    template: {
                        metadata: {
                            annotations: {
                                "sidecar.istio.io/inject": "true",
                                "sidecar.istio.io/proxyImage": "registry.example.com/tools/debug-proxy:0.3",
                            },
                        },
                    },
                },
            }),
        refused: /containment-chamber/,
    },
    // Was a MISS (fixed in round 26 with the case above: no vault.hashicorp.com/* key is on the allowlist). The Vault
    // Agent injector reads `vault.hashicorp.com/agent-image` ("Name of the Vault docker image to use. This value
    // overrides the default image configured in the injector", Vault docs, Agent Sidecar Injector annotations) and
    // injects that image as an init and sidecar container of the signer's pod (IRSA token mounted by the pod identity
    // webhook into every container).
    {
        name: "neighbour: a DeploymentPatch of validators/containment-chamber adding Vault Agent injection with an agent image of the author's choosing (annotations only)",
        stack: "prod",
        edit: r =>
            void k8s(r, DEPLOY_PATCH, "containment-chamber-vault", {
                apiVersion: "apps/v1",
                kind: "Deployment",
                metadata: { name: "containment-chamber", namespace: "validators" },
                spec: {
                    template: {
                        metadata: {
                            annotations: {
                                "vault.hashicorp.com/agent-inject": "true",
                                "vault.hashicorp.com/role": "signer",
                                "vault.hashicorp.com/agent-image": "registry.example.com/tools/agent:0.3",
                            },
                        },
                    },
                },
            }),
        refused: /containment-chamber/,
    },
    // Was a MISS (fixed in round 26: engine/opaque.ts RENDERED_COMPONENTS covers the client-side helm.sh/v3 Chart, and
    // the v1 yaml ConfigGroup/ConfigFile and kustomize Directory by the inputs their invoke and apply wait for).
    // Round 25 refused v4 Charts, yaml/v2 and kustomize/v2 components with unknown inputs
    // (engine/opaque.ts RENDERED_COMPONENTS), but not the client-side helm.sh/v3 Chart of @pulumi/kubernetes, which
    // is still common: its constructor builds every object inside `pulumi.output(config).apply(cfg =>
    // this.parseChart(...))` and logs "[Can't preview] all chart values must be known ahead of time to generate an
    // accurate preview." when config is unknown (@pulumi/kubernetes helm/v3/helm.js, Chart constructor). Its inputs
    // reach the analyzer (ComponentResource passes args unless PULUMI_NODEJS_SKIP_COMPONENT_INPUTS), so the pack can
    // see the unknown values, and none of the chart's objects (here a hostNetwork agent) in the first preview.
    {
        name: "first preview: a helm.sh/v3 Chart (client-side) whose values carry a stack role's ARN (unknown): its objects are built inside an apply that does not run",
        stack: "prod",
        preview: true,
        edit: r =>
            void k8s(r, CHART_V3, "node-agent", {
                chart: "node-agent",
                version: "3.4.1",
                fetchOpts: { repo: "https://charts.example.com/" },
                namespace: "monitoring",
                values: {
                    serviceAccount: { annotations: { "eks.amazonaws.com/role-arn": UNKNOWN } },
                    hostNetwork: true,
                },
            }),
        refused: /node-agent/,
    },
    // Was a MISS (fixed in round 26: engine/customResources.ts acmeSolverPods renders an Issuer's solver pods, judged
    // in engine/kubernetes.ts for their ServiceAccount, pod security and annotations). cert-manager.io was inert as a
    // whole (engine/customResources.ts) on the ground that the only pods are ACME solvers of cert-manager's own image
    // whose podTemplate overrides "only scheduling, resources, securityContext and serviceAccountName". But the solver
    // pods run in the Issuer's namespace as the `serviceAccountName` given (here the signer's: a second workload
    // holding its IRSA token, refused by design), and podTemplate.metadata.annotations are copied onto them
    // (cert-manager API, ACMEChallengeSolverHTTP01IngressPodTemplate: "Annotations that should be added to the created
    // ACME HTTP01 solver pods"), so Istio's `sidecar.istio.io/proxyImage` puts an image of the author's choosing into a
    // pod running as containment-chamber. No RBAC of the stack is involved.
    {
        name: "a cert-manager ACME Issuer in validators whose HTTP-01 solver pods run as the signer's ServiceAccount (podTemplate serviceAccountName containment-chamber) and Istio proxyImage annotations on them",
        stack: "prod",
        edit: r =>
            acmeIssuer(
                r,
                "public-acme",
                "validators",
                { serviceAccountName: "containment-chamber", securityContext: { runAsUser: 0 } },
                {
                    "sidecar.istio.io/inject": "true",
                    "sidecar.istio.io/proxyImage": "registry.example.com/tools/proxy:0.3",
                },
            ),
        refused: /containment-chamber|public-acme/,
    },
    // Was a MISS (fixed in round 26: engine/kubernetes.ts reads a Validating/MutatingAdmissionPolicy binding whose
    // policy takes Secrets as params as a reader of the Secrets its paramRef names, for whoever makes a request it
    // matches). Token Secrets counted for their RBAC readers and the pods that mount them (engine/kubernetes.ts
    // tokenSecretOf, tokenConsumers), not for a ValidatingAdmissionPolicy that takes them as params. The API server
    // resolves paramRef itself (any kind, Secrets included: Kubernetes "Validating Admission Policy", "Parameter
    // resources"), and `messageExpression` "has access to all the same variables as the expression except for
    // 'authorizer'" (admissionregistration/v1 Validation), params included: every ConfigMap write in tools is denied
    // with the replicaset-controller's non-expiring token as its message, so whoever writes ConfigMaps there acts as
    // replicaset-controller (creates pods in every namespace). auditAnnotations' valueExpression writes it into the
    // audit log the same way.
    {
        name: "a ValidatingAdmissionPolicy whose params are Secrets, bound to the stack's token Secret of kube-system/replicaset-controller, echoing its token in the denial message to whoever writes a ConfigMap in tools",
        stack: "pod-identity",
        edit: r => {
            tokenSecret(r, "rs-token", "kube-system", "replicaset-controller");
            paramPolicy(
                r,
                "config-guard",
                { apiVersion: "v1", kind: "Secret" },
                { expression: "false", messageExpression: "string(params.data.token)" },
                { name: "rs-token", namespace: "kube-system" },
                "tools",
            );
        },
        refused: /replicaset-controller|config-guard/,
    },
    // ---- Round 26 neighbours (fixed with the cases above), other spellings of the same shapes.
    {
        name: "neighbour: a local-path StorageClass under /data/local whose pathPattern renders a claim annotation (the claim's author writes ../../var/lib/kubelet there)",
        stack: "prod",
        edit: r =>
            localPathClass(r, "by-annotation", {
                nodePath: "/data/local",
                pathPattern: '{{ index .PVC.Annotations "example.com/dir" }}',
            }),
        refused: /StorageClass by-annotation provisioner rancher\.io\/local-path: parameter pathPattern/,
    },
    {
        name: "neighbour: an OpenEBS Local PV Hostpath StorageClass (openebs.io/local) whose BasePath is /var/lib (cas.openebs.io/config annotation)",
        stack: "basil",
        edit: r =>
            void k8s(r, STORAGE_CLASS, "sc-openebs-hostpath", {
                apiVersion: "storage.k8s.io/v1",
                kind: "StorageClass",
                metadata: {
                    name: "openebs-hostpath",
                    annotations: {
                        "openebs.io/cas-type": "local",
                        "cas.openebs.io/config":
                            '- name: StorageType\n  value: "hostpath"\n- name: BasePath\n  value: "/var/lib"\n',
                    },
                },
                provisioner: "openebs.io/local",
                volumeBindingMode: "WaitForFirstConsumer",
            }),
        refused: /StorageClass openebs-hostpath provisioner openebs\.io\/local is not one the pack knows/,
    },
    // DECIDED: a local-path class without nodePath takes a path of the provisioner's nodePathMap, which lives in its
    // ConfigMap outside the stack (by default /opt/local-path-provisioner, under /opt, where the node runs what it
    // holds): refused with the fix (set nodePath to a data directory listed in nodePathMap).
    {
        name: "neighbour: the stock local-path StorageClass (no parameters: the provisioner's nodePathMap decides the directory)",
        stack: "curity",
        edit: r => localPathClass(r, "local-path", {}),
        refused: /StorageClass local-path provisioner rancher\.io\/local-path: parameter nodePath is not set/,
    },
    {
        name: "neighbour: Istio userVolume in its older JSON-object form (keyed by volume name) mounting the node's /var/lib/containerd into istio-proxy",
        stack: "pod-identity",
        edit: r => {
            serviceAccount(r, "tools", "mesh-client");
            deployment(r, "mesh-client", "tools", "mesh-client", {
                annotations: {
                    "sidecar.istio.io/inject": "true",
                    "sidecar.istio.io/userVolume": JSON.stringify({
                        runtime: { hostPath: { path: "/var/lib/containerd" } },
                    }),
                    "sidecar.istio.io/userVolumeMount": JSON.stringify({ runtime: { mountPath: "/host/containerd" } }),
                },
            });
        },
        refused: /Deployment tools\/mesh-client: annotations sidecar\.istio\.io\/userVolume.*\/var\/lib\/containerd/,
    },
    {
        name: "neighbour: proxy.istio.io/config on a restricted Deployment setting proxyMetadata (environment of the injected proxy) and a discoveryAddress",
        stack: "prod",
        edit: r => {
            serviceAccount(r, "tools", "mesh-client");
            deployment(r, "mesh-client", "tools", "mesh-client", {
                annotations: {
                    "sidecar.istio.io/inject": "true",
                    "proxy.istio.io/config":
                        'holdApplicationUntilProxyStarts: true\nproxyMetadata:\n  ISTIO_META_DNS_CAPTURE: "true"\ndiscoveryAddress: xds.example.com:15012\n',
                },
            });
        },
        refused: /proxy\.istio\.io\/config sets proxyMetadata/,
    },
    {
        name: "neighbour: a kube-system Deployment whose Istio userVolume mounts the stack's token Secret of replicaset-controller into istio-proxy",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "rs-token", "kube-system", "replicaset-controller");
            serviceAccount(r, "kube-system", "mesh-probe");
            deployment(r, "mesh-probe", "kube-system", "mesh-probe", {
                annotations: istioUserVolume(
                    { name: "token", secret: { secretName: "rs-token" } },
                    { name: "token", mountPath: "/var/run/rs", readOnly: true },
                ),
            });
        },
        refused: /kube-system\/rs-token/,
    },
    {
        name: "neighbour, first preview: a v1 kustomize Directory (client-side) whose directory is computed from a stack output (unknown)",
        stack: "basil",
        preview: true,
        edit: r => void k8s(r, "kubernetes:kustomize:Directory", "platform-overlay", { directory: UNKNOWN }),
        refused: /kustomize Directory \(v1\) platform-overlay: directory is unknown/,
    },
    {
        name: "neighbour, first preview: a v1 yaml ConfigGroup (client-side) whose yaml text is interpolated with a stack output (unknown)",
        stack: "pod-identity",
        preview: true,
        edit: r => void k8s(r, "kubernetes:yaml:ConfigGroup", "platform-bootstrap", { yaml: [UNKNOWN] }),
        refused: /yaml ConfigGroup \(v1\) platform-bootstrap: yaml\[0\] is unknown/,
    },
    {
        name: "neighbour: a cert-manager ACME ClusterIssuer whose HTTP-01 (Gateway API) solver pods run as containment-chamber in whatever namespace a Certificate asks",
        stack: "pod-identity",
        edit: r =>
            void k8s(r, "kubernetes:cert-manager.io/v1:ClusterIssuer", "cluster-acme", {
                apiVersion: "cert-manager.io/v1",
                kind: "ClusterIssuer",
                metadata: { name: "cluster-acme" },
                spec: {
                    acme: {
                        server: "https://acme-v02.api.letsencrypt.org/directory",
                        privateKeySecretRef: { name: "cluster-acme-account-key" },
                        solvers: [
                            {
                                http01: {
                                    gatewayHTTPRoute: {
                                        parentRefs: [{ name: "edge", namespace: "ingress", kind: "Gateway" }],
                                        podTemplate: { spec: { serviceAccountName: "containment-chamber" } },
                                    },
                                },
                            },
                        ],
                    },
                },
            }),
        refused:
            /ClusterIssuer cluster-acme's ACME HTTP-01 solver pods .* run as ServiceAccount <each Certificate's namespace>\/containment-chamber/,
    },
    {
        name: "neighbour: a ValidatingAdmissionPolicyBinding selecting kube-system Secrets by label (no paramRef name) for a policy whose params are Secrets",
        stack: "curity",
        edit: r => {
            tokenSecret(r, "rs-token", "kube-system", "replicaset-controller");
            k8s(r, VAP, "vap-label-guard", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingAdmissionPolicy",
                metadata: { name: "label-guard" },
                spec: {
                    paramKind: { apiVersion: "v1", kind: "Secret" },
                    matchConstraints: {
                        resourceRules: [
                            { apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE"], resources: ["services"] },
                        ],
                    },
                    validations: [{ expression: "false", messageExpression: "string(params.data)" }],
                },
            });
            k8s(r, VAP_BINDING, "vapb-label-guard", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingAdmissionPolicyBinding",
                metadata: { name: "label-guard" },
                spec: {
                    policyName: "label-guard",
                    validationActions: ["Deny"],
                    paramRef: {
                        namespace: "kube-system",
                        selector: { matchLabels: { "example.com/guard": "true" } },
                        parameterNotFoundAction: "Allow",
                    },
                },
            });
        },
        refused: /ValidatingAdmissionPolicy label-guard takes Secrets as params/,
    },
    {
        name: "neighbour: a ValidatingAdmissionPolicyBinding (of a policy outside the stack) whose paramRef names the stack's token Secret",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "rs-token", "kube-system", "replicaset-controller");
            k8s(r, VAP_BINDING, "vapb-external", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingAdmissionPolicyBinding",
                metadata: { name: "external-guard" },
                spec: {
                    policyName: "platform-guard",
                    validationActions: ["Deny"],
                    paramRef: { name: "rs-token", namespace: "kube-system", parameterNotFoundAction: "Deny" },
                },
            });
        },
        refused: /ValidatingAdmissionPolicy platform-guard \(outside this stack\) may take Secrets as params/,
    },
];

const secure: Case[] = [
    {
        name: "a local-path StorageClass on the documented pattern ({{ .PVC.Namespace }}/{{ .PVC.Name }}/ under /data/local) and a restricted StatefulSet claiming it",
        stack: "prod",
        edit: r => {
            serviceAccount(r, "tools", "cache");
            localPathClass(r, "local-ssd", {
                nodePath: "/data/local",
                pathPattern: "{{ .PVC.Namespace }}/{{ .PVC.Name }}/",
            });
            k8s(r, STATEFUL_SET, "tools-cache", {
                apiVersion: "apps/v1",
                kind: "StatefulSet",
                metadata: { name: "cache", namespace: "tools" },
                spec: {
                    serviceName: "cache",
                    replicas: 1,
                    selector: { matchLabels: { app: "cache" } },
                    template: {
                        metadata: { labels: { app: "cache" } },
                        spec: {
                            serviceAccountName: "cache",
                            containers: [
                                container("cache", "registry.example.com/platform/cache:1.0.0", {
                                    volumeMounts: [{ name: "data", mountPath: "/var/cache/app" }],
                                }),
                            ],
                        },
                    },
                    volumeClaimTemplates: [
                        {
                            metadata: { name: "data" },
                            spec: {
                                accessModes: ["ReadWriteOnce"],
                                storageClassName: "local-ssd",
                                resources: { requests: { storage: "5Gi" } },
                            },
                        },
                    ],
                },
            });
        },
    },
    {
        name: "Istio annotations on a restricted Deployment: sidecar injection, holdApplicationUntilProxyStarts, and a wasm-filter ConfigMap mounted into istio-proxy (userVolume)",
        stack: "curity",
        edit: r => {
            serviceAccount(r, "tools", "mesh-client");
            k8s(r, CONFIG_MAP, "tools-wasm", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: "wasm-filters", namespace: "tools" },
                data: { "filter.wasm.b64": "AGFzbQEAAAA=" },
            });
            deployment(r, "mesh-client", "tools", "mesh-client", {
                annotations: {
                    ...istioUserVolume(
                        { name: "wasm", configMap: { name: "wasm-filters" } },
                        { name: "wasm", mountPath: "/var/local/lib/wasm-filters", readOnly: true },
                    ),
                    "proxy.istio.io/config": "holdApplicationUntilProxyStarts: true\n",
                },
            });
        },
    },
    {
        name: "first preview: a helm.sh/v3 Chart whose values are all literal, with the restricted Deployment it renders registered beside it",
        stack: "basil",
        preview: true,
        edit: r => {
            k8s(r, CHART_V3, "status-page", {
                chart: "status-page",
                version: "1.2.0",
                fetchOpts: { repo: "https://charts.example.com/" },
                namespace: "tools",
                values: { replicaCount: 1, serviceAccount: { create: true, name: "status-page" } },
            });
            serviceAccount(r, "tools", "status-page");
            deployment(r, "status-page", "tools", "status-page");
        },
    },
    {
        name: "a cert-manager ACME Issuer in tools whose HTTP-01 solver pods run on their own ServiceAccount with a node selector, tolerations and a priority class",
        stack: "trust-domain",
        edit: r => {
            serviceAccount(r, "tools", "acme-solver");
            acmeIssuer(r, "public-acme", "tools", {
                serviceAccountName: "acme-solver",
                nodeSelector: { "kubernetes.io/os": "linux" },
                tolerations: [{ key: "dedicated", operator: "Equal", value: "edge", effect: "NoSchedule" }],
                priorityClassName: "system-cluster-critical",
            });
        },
    },
    {
        name: "a ValidatingAdmissionPolicy whose params are a ConfigMap of allowed registries (binding paramRef tools/registries), its message naming the offending value",
        stack: "curity",
        edit: r => {
            k8s(r, CONFIG_MAP, "tools-registries", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: "registries", namespace: "tools" },
                data: { allowed: "registry.example.com" },
            });
            paramPolicy(
                r,
                "config-registry",
                { apiVersion: "v1", kind: "ConfigMap" },
                {
                    expression:
                        "!has(object.data) || !has(object.data.image) || object.data.image.startsWith(params.data.allowed)",
                    messageExpression: "'image ' + object.data.image + ' is not from ' + params.data.allowed",
                },
                { name: "registries", namespace: "tools" },
                "tools",
            );
        },
    },
    {
        name: "a DeploymentPatch restarting validators/containment-chamber (kubectl.kubernetes.io/restartedAt pod-template annotation only)",
        stack: "prod",
        edit: r =>
            void k8s(r, DEPLOY_PATCH, "containment-chamber-restart", {
                apiVersion: "apps/v1",
                kind: "Deployment",
                metadata: { name: "containment-chamber", namespace: "validators" },
                spec: {
                    template: {
                        metadata: { annotations: { "kubectl.kubernetes.io/restartedAt": "2026-03-02T10:00:00Z" } },
                    },
                },
            }),
    },
    // ---- Round 26 neighbours: what stays accepted around the fixes.
    {
        name: "neighbour: an encrypted gp3 EBS class with a customer managed key (kmsKeyId) and an EFS access-point class mounted with tls and noresvport",
        stack: "prod",
        edit: r => {
            k8s(r, STORAGE_CLASS, "sc-gp3", {
                apiVersion: "storage.k8s.io/v1",
                kind: "StorageClass",
                metadata: { name: "gp3-cmk", annotations: { "storageclass.kubernetes.io/is-default-class": "true" } },
                provisioner: "ebs.csi.aws.com",
                parameters: {
                    type: "gp3",
                    encrypted: "true",
                    kmsKeyId: "arn:aws:kms:eu-west-1:111111111111:key/0b7e1a2c-3d4e-4f50-8a6b-7c8d9e0f1a2b",
                    "csi.storage.k8s.io/fstype": "ext4",
                },
                mountOptions: ["noatime"],
                volumeBindingMode: "WaitForFirstConsumer",
                allowVolumeExpansion: true,
            });
            k8s(r, STORAGE_CLASS, "sc-efs", {
                apiVersion: "storage.k8s.io/v1",
                kind: "StorageClass",
                metadata: { name: "efs-ap" },
                provisioner: "efs.csi.aws.com",
                parameters: {
                    provisioningMode: "efs-ap",
                    fileSystemId: "fs-0123456789abcdef0",
                    directoryPerms: "700",
                    basePath: "/dynamic",
                },
                mountOptions: ["tls", "noresvport"],
            });
        },
    },
    {
        name: "neighbour: a local-path StorageClass on the provisioner's default naming ({{ .PVName }}_{{ .PVC.Namespace }}_{{ .PVC.Name }}) under /mnt/local-disks, a stable node-affinity key and allowUnsafePathPattern false",
        stack: "pod-identity",
        edit: r =>
            localPathClass(r, "local-disks", {
                nodePath: "/mnt/local-disks",
                pathPattern: "{{ .PVName }}_{{ .PVC.Namespace }}_{{ .PVC.Name }}",
                allowUnsafePathPattern: "false",
                nodeAffinityKey: "example.com/stable-node-id",
            }),
    },
    {
        name: "neighbour: a restricted Deployment with inert pod annotations (Prometheus scrape hints, kubectl's default container, karpenter do-not-disrupt, Helm's config checksum, Istio proxy resources and an outbound exclusion)",
        stack: "basil",
        edit: r => {
            serviceAccount(r, "tools", "status-api");
            deployment(r, "status-api", "tools", "status-api", {
                annotations: {
                    "prometheus.io/scrape": "true",
                    "prometheus.io/port": "9090",
                    "kubectl.kubernetes.io/default-container": "status-api",
                    "karpenter.sh/do-not-disrupt": "true",
                    "checksum/config": "3f2a9c0d5b7e61a4c8f09d2e7b1a6c3d5e4f7a8b9c0d1e2f3a4b5c6d7e8f9a0b",
                    "sidecar.istio.io/inject": "true",
                    "sidecar.istio.io/proxyCPU": "50m",
                    "sidecar.istio.io/proxyMemory": "64Mi",
                    "traffic.sidecar.istio.io/excludeOutboundIPRanges": "169.254.169.254/32",
                },
            });
        },
    },
    {
        name: "neighbour: a DeploymentPatch of validators/containment-chamber setting only disruption hints on its pods (karpenter do-not-disrupt, cluster-autoscaler safe-to-evict false)",
        stack: "pod-identity",
        edit: r =>
            void k8s(r, DEPLOY_PATCH, "containment-chamber-disruption", {
                apiVersion: "apps/v1",
                kind: "Deployment",
                metadata: { name: "containment-chamber", namespace: "validators" },
                spec: {
                    template: {
                        metadata: {
                            annotations: {
                                "karpenter.sh/do-not-disrupt": "true",
                                "cluster-autoscaler.kubernetes.io/safe-to-evict": "false",
                            },
                        },
                    },
                },
            }),
    },
    {
        name: "neighbour, first preview: a v1 yaml ConfigGroup whose objs carry an unknown value in a ConfigMap's data (the object is registered, with the unknown, beside it)",
        stack: "curity",
        preview: true,
        edit: r => {
            const cm = {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: "endpoints", namespace: "tools" },
                data: { queue: UNKNOWN },
            };
            k8s(r, "kubernetes:yaml:ConfigGroup", "tools-endpoints", { objs: [cm] });
            k8s(r, CONFIG_MAP, "tools/endpoints", cm);
        },
    },
    {
        name: "neighbour: a cert-manager ACME ClusterIssuer whose HTTP-01 solver pods run as acme-solver (no custody role trusts it), safe-to-evict annotated",
        stack: "prod",
        edit: r =>
            void k8s(r, "kubernetes:cert-manager.io/v1:ClusterIssuer", "cluster-acme", {
                apiVersion: "cert-manager.io/v1",
                kind: "ClusterIssuer",
                metadata: { name: "cluster-acme" },
                spec: {
                    acme: {
                        server: "https://acme-v02.api.letsencrypt.org/directory",
                        privateKeySecretRef: { name: "cluster-acme-account-key" },
                        solvers: [
                            {
                                http01: {
                                    ingress: {
                                        ingressClassName: "alb",
                                        podTemplate: {
                                            metadata: {
                                                annotations: {
                                                    "cluster-autoscaler.kubernetes.io/safe-to-evict": "true",
                                                },
                                            },
                                            spec: {
                                                serviceAccountName: "acme-solver",
                                                securityContext: { runAsNonRoot: true, runAsUser: 65532 },
                                            },
                                        },
                                    },
                                },
                            },
                        ],
                    },
                },
            }),
    },
    // DECIDED: a policy whose params are Secrets is a reader of the Secrets its binding names; only a token Secret
    // gives the reader a runtime identity (IRSA and Pod Identity take projected tokens only), so an Opaque Secret of
    // allowed registries as params is accepted.
    {
        name: "neighbour: a ValidatingAdmissionPolicy whose params are Secrets, bound to an Opaque Secret of tools (no token)",
        stack: "trust-domain",
        edit: r => {
            k8s(r, SECRET, "tools-registries", {
                apiVersion: "v1",
                kind: "Secret",
                type: "Opaque",
                metadata: { name: "registries", namespace: "tools" },
                stringData: { allowed: "registry.example.com" },
            });
            paramPolicy(
                r,
                "secret-registry",
                { apiVersion: "v1", kind: "Secret" },
                {
                    expression: "!has(object.data) || !has(object.data.image)",
                    messageExpression: "'image ' + object.data.image + ' is not allowed'",
                },
                { name: "registries", namespace: "tools" },
                "tools",
            );
        },
    },
];

describeStackCases("red-team 26: Kubernetes/EKS API level", insecure, secure);
