// Red-team round 12 on the Kubernetes/EKS side (fresh eyes), across the stacks with ServiceAccounts (dev, prod,
// pod-identity, basil, trust-domain, curity): kubelet client certificates
// through the CSR API, image swaps of running custody pods, other spellings of node paths, catch-all admission
// webhooks, other workload kinds; and inert objects a careful platform team adds (HPA, PDB, quotas, NetworkPolicy,
// user namespaces, scale-only RBAC). Insecure variants the whole pack must refuse, secure ones it must accept.
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import {
    assertClean,
    assertRefused,
    find,
    prop,
    resourceLike,
    Resources,
    runWholePack,
    stackResources,
} from "./support";

const SA = "kubernetes:core/v1:ServiceAccount";
const DS = "kubernetes:apps/v1:DaemonSet";
const DEPLOY = "kubernetes:apps/v1:Deployment";
const CLUSTER_ROLE = "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole";
const ROLE_K8S = "kubernetes:rbac.authorization.k8s.io/v1:Role";
const ROLE_BINDING = "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding";
const CLUSTER_ROLE_BINDING = "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding";
const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };

const SA_NAME: Record<string, string> = {
    dev: "signer-sa",
    prod: "signer-sa",
    "pod-identity": "signer-sa",
    basil: "basil-sa",
    "trust-domain": "trust-domain-sa",
    curity: "curity-sa",
};

let current = "prod";
const k8sLike = (r: Resources) => find(r, SA, SA_NAME[current]);
/** The custody ServiceAccount's namespace and name, read from the stack. */
function custodySa(r: Resources): { namespace: string; name: string } {
    const m = prop(k8sLike(r), "metadata") as { namespace: string; name: string };
    return { namespace: m.namespace, name: m.name };
}

function k8s(r: Resources, type: string, name: string, inputs: Record<string, unknown>): AnalyzerResourceInput {
    const x = resourceLike(k8sLike(r), type, name, inputs);
    r.push(x);
    return x;
}
function bind(r: Resources, name: string, roleRef: { kind: string; name: string }, subjects: unknown, ns?: string) {
    k8s(r, ns ? ROLE_BINDING : CLUSTER_ROLE_BINDING, name, {
        metadata: ns ? { name, namespace: ns } : { name },
        roleRef: { apiGroup: RBAC, ...roleRef },
        subjects,
    });
}
function podTemplate(name: string, container: Record<string, unknown>, pod: Record<string, unknown> = {}) {
    return {
        metadata: { labels: { app: name } },
        spec: {
            serviceAccountName: name,
            containers: [{ name, image: `registry.example.com/${name}:1.0.0`, ...container }],
            ...pod,
        },
    };
}
const restrictedContainer = {
    securityContext: {
        runAsNonRoot: true,
        runAsUser: 65532,
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ["ALL"] },
        seccompProfile: { type: "RuntimeDefault" },
    },
};

type Case = {
    name: string;
    stack: string;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: boolean;
};

const insecure: Case[] = [
    // Was a MISS (fixed: engine/kubernetes.ts refuses approving client signers, conservatively). Create + approve CSRs for the built-in signer kubernetes.io/kube-apiserver-client-kubelet lets the group
    // obtain a client certificate for CN system:node:<node>, O system:nodes: a node identity, which (Node authorizer)
    // mints tokens for the custody pods scheduled on that node. Kubernetes API reference, CertificateSigningRequest
    // ("Kubelets use this API to obtain client certificates ... kubernetes.io/kube-apiserver-client-kubelet") and
    // "Certificate Signing Requests" (approve verb on signers/<signerName>). Caveat: the EKS user guide ("Secure
    // workloads with Kubernetes certificates") documents only kubelet-serving and beta.eks.amazonaws.com/app-serving;
    // that EKS's controller-manager signs this signer for non-bootstrap callers is not confirmed there.
    {
        stack: "curity",
        name: "a group may create CSRs and approve them for signer kubernetes.io/kube-apiserver-client-kubelet (a system:node:<n> client certificate: a node identity)",
        edit: r => {
            k8s(r, CLUSTER_ROLE, "kubelet-csr-approver", {
                metadata: { name: "kubelet-csr-approver" },
                rules: [
                    {
                        apiGroups: ["certificates.k8s.io"],
                        resources: ["certificatesigningrequests"],
                        verbs: ["create", "get", "list", "watch"],
                    },
                    {
                        apiGroups: ["certificates.k8s.io"],
                        resources: ["certificatesigningrequests/approval"],
                        verbs: ["update"],
                    },
                    {
                        apiGroups: ["certificates.k8s.io"],
                        resources: ["signers"],
                        resourceNames: ["kubernetes.io/kube-apiserver-client-kubelet"],
                        verbs: ["approve"],
                    },
                ],
            });
            bind(r, "kubelet-csr-approver", { kind: "ClusterRole", name: "kubelet-csr-approver" }, [DEVS]);
        },
        refused: /approve client certificates \(signers kubernetes\.io\/kube-apiserver-client-kubelet\)/,
        policy: "custody-effective-access",
    },
    {
        stack: "prod",
        name: "platform-devs may patch pods in the signer's namespace (a pod's container image is mutable: the running signer pod runs their image with its token)",
        edit: r => {
            const sa = custodySa(r);
            k8s(r, ROLE_K8S, "pod-patcher", {
                metadata: { name: "pod-patcher", namespace: sa.namespace },
                rules: [{ apiGroups: [""], resources: ["pods"], verbs: ["get", "list", "patch"] }],
            });
            bind(r, "pod-patcher", { kind: "Role", name: "pod-patcher" }, [DEVS], sa.namespace);
        },
        refused: /pod|patch|ServiceAccount/i,
    },
    {
        stack: "trust-domain",
        name: "platform-devs may update Deployments in the key manager's namespace (a new image runs as its ServiceAccount)",
        edit: r => {
            const sa = custodySa(r);
            k8s(r, ROLE_K8S, "deploy-updater", {
                metadata: { name: "deploy-updater", namespace: sa.namespace },
                rules: [{ apiGroups: ["apps"], resources: ["deployments", "statefulsets"], verbs: ["get", "update"] }],
            });
            bind(r, "deploy-updater", { kind: "Role", name: "deploy-updater" }, [DEVS], sa.namespace);
        },
        refused: /deploy|statefulset|ServiceAccount|pod/i,
    },
    {
        stack: "trust-domain",
        name: "a root DaemonSet with hostPath //var//lib//kubelet (doubled slashes; the API rejects only '..')",
        edit: r =>
            k8s(r, DS, "scanner", {
                metadata: { name: "scanner", namespace: "tools" },
                spec: {
                    selector: { matchLabels: { app: "scanner" } },
                    template: podTemplate(
                        "scanner",
                        { volumeMounts: [{ name: "k", mountPath: "/host/kubelet", readOnly: true }] },
                        { volumes: [{ name: "k", hostPath: { path: "//var//lib//kubelet" } }] },
                    ),
                },
            }),
        refused: /kubelet|hostPath|node/i,
    },
    {
        stack: "dev",
        name: "a MutatingWebhookConfiguration on every resource (apiGroups *, resources */*) served by an outside URL (pods included)",
        edit: r =>
            k8s(r, "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration", "catch-all", {
                metadata: { name: "catch-all" },
                webhooks: [
                    {
                        name: "catch-all.example.com",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        clientConfig: { url: "https://hooks.example.com/mutate" },
                        rules: [
                            {
                                apiGroups: ["*"],
                                apiVersions: ["*"],
                                operations: ["CREATE", "UPDATE"],
                                resources: ["*/*"],
                            },
                        ],
                    },
                ],
            }),
        refused: /webhook|mutat/i,
    },
    {
        stack: "pod-identity",
        name: "a ReplicationController (core/v1) running a privileged container with the node's /var/lib/kubelet",
        edit: r =>
            k8s(r, "kubernetes:core/v1:ReplicationController", "legacy", {
                metadata: { name: "legacy", namespace: "tools" },
                spec: {
                    replicas: 1,
                    selector: { app: "legacy" },
                    template: podTemplate(
                        "legacy",
                        { securityContext: { privileged: true }, volumeMounts: [{ name: "k", mountPath: "/k" }] },
                        { volumes: [{ name: "k", hostPath: { path: "/var/lib/kubelet" } }] },
                    ),
                },
            }),
        refused: /privileged|kubelet|hostPath|node/i,
    },
    {
        stack: "curity",
        name: "a CronJob whose job template runs a root container in the host PID namespace",
        edit: r =>
            k8s(r, "kubernetes:batch/v1:CronJob", "nightly-debug", {
                metadata: { name: "nightly-debug", namespace: "tools" },
                spec: {
                    schedule: "0 3 * * *",
                    jobTemplate: {
                        spec: { template: podTemplate("nightly-debug", {}, { hostPID: true, restartPolicy: "Never" }) },
                    },
                },
            }),
        refused: /hostPID|PID|node/i,
    },
    {
        stack: "basil",
        name: "platform-devs may bind the built-in cluster-admin ClusterRole (bind, resourceNames [cluster-admin]) and create RoleBindings in tools",
        edit: r => {
            k8s(r, CLUSTER_ROLE, "admin-binder", {
                metadata: { name: "admin-binder" },
                rules: [
                    {
                        apiGroups: [RBAC],
                        resources: ["clusterroles"],
                        verbs: ["bind"],
                        resourceNames: ["cluster-admin"],
                    },
                    { apiGroups: [RBAC], resources: ["rolebindings"], verbs: ["create"] },
                ],
            });
            bind(r, "admin-binder", { kind: "ClusterRole", name: "admin-binder" }, [DEVS], "tools");
        },
        refused: /bind|escalat|role/i,
    },
];

const secure: Case[] = [
    {
        stack: "prod",
        name: "a restricted Deployment in tools with user namespaces (hostUsers: false)",
        edit: r =>
            k8s(r, DEPLOY, "reporter", {
                metadata: { name: "reporter", namespace: "tools" },
                spec: {
                    selector: { matchLabels: { app: "reporter" } },
                    template: podTemplate("reporter", restrictedContainer, {
                        hostUsers: false,
                        automountServiceAccountToken: false,
                    }),
                },
            }),
    },
    {
        stack: "trust-domain",
        name: "a HorizontalPodAutoscaler and a PodDisruptionBudget for the key manager's workload",
        edit: r => {
            const sa = custodySa(r);
            k8s(r, "kubernetes:autoscaling/v2:HorizontalPodAutoscaler", "km-hpa", {
                metadata: { name: "km-hpa", namespace: sa.namespace },
                spec: {
                    scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "spirl-server" },
                    minReplicas: 2,
                    maxReplicas: 4,
                    metrics: [
                        {
                            type: "Resource",
                            resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 70 } },
                        },
                    ],
                },
            });
            k8s(r, "kubernetes:policy/v1:PodDisruptionBudget", "km-pdb", {
                metadata: { name: "km-pdb", namespace: sa.namespace },
                spec: { minAvailable: 1, selector: { matchLabels: { app: "spirl-server" } } },
            });
        },
    },
    {
        stack: "pod-identity",
        name: "a ResourceQuota and LimitRange in the signer's namespace",
        edit: r => {
            const sa = custodySa(r);
            k8s(r, "kubernetes:core/v1:ResourceQuota", "quota", {
                metadata: { name: "quota", namespace: sa.namespace },
                spec: { hard: { pods: "10", "requests.cpu": "4" } },
            });
            k8s(r, "kubernetes:core/v1:LimitRange", "limits", {
                metadata: { name: "limits", namespace: sa.namespace },
                spec: { limits: [{ type: "Container", default: { cpu: "500m", memory: "256Mi" } }] },
            });
        },
    },
    {
        stack: "curity",
        name: "a NetworkPolicy in Curity's namespace denying egress to the instance metadata address",
        edit: r => {
            const sa = custodySa(r);
            k8s(r, "kubernetes:networking.k8s.io/v1:NetworkPolicy", "no-imds", {
                metadata: { name: "no-imds", namespace: sa.namespace },
                spec: {
                    podSelector: {},
                    policyTypes: ["Egress"],
                    egress: [{ to: [{ ipBlock: { cidr: "0.0.0.0/0", except: ["169.254.169.254/32"] } }] }],
                },
            });
        },
    },
    {
        stack: "dev",
        name: "on-call may read Deployments and patch only deployments/scale in the signer's namespace (replica count, no pod spec)",
        edit: r => {
            const sa = custodySa(r);
            k8s(r, ROLE_K8S, "scaler", {
                metadata: { name: "scaler", namespace: sa.namespace },
                rules: [
                    { apiGroups: ["apps"], resources: ["deployments"], verbs: ["get", "list", "watch"] },
                    { apiGroups: ["apps"], resources: ["deployments/scale"], verbs: ["get", "patch", "update"] },
                ],
            });
            bind(
                r,
                "scaler",
                { kind: "Role", name: "scaler" },
                [{ kind: "Group", name: "signer-oncall", apiGroup: RBAC }],
                sa.namespace,
            );
        },
    },
    {
        stack: "basil",
        name: "a PriorityClass for the broker (scheduling only)",
        edit: r =>
            k8s(r, "kubernetes:scheduling.k8s.io/v1:PriorityClass", "broker-critical", {
                metadata: { name: "broker-critical" },
                value: 100000,
                globalDefault: false,
            }),
    },
];

describe("allowlist: red-team round 12 on Kubernetes and EKS", () => {
    for (const c of insecure) {
        (c.skip ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
            current = c.stack;
            const r = await stackResources(c.stack);
            c.edit(r);
            assertRefused(await runWholePack(c.stack, r), c.refused ?? /./, c.policy);
        });
    }
    for (const c of secure) {
        (c.skip ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            current = c.stack;
            const r = await stackResources(c.stack);
            c.edit(r);
            assertClean(await runWholePack(c.stack, r));
        });
    }
});
