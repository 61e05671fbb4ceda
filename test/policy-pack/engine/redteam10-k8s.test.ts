// Red-team round 10 on the Kubernetes/EKS side (fresh eyes), across the stacks with ServiceAccounts (dev, prod,
// pod-identity, basil, trust-domain, curity): PersistentVolumes and pod specs reaching nodes, setuid escalation past
// runAsNonRoot, Windows HostProcess, webhooks on pod-running custom resources, Namespaces of another cluster, node
// groups (SSH, instance metadata), host-network pods and first-preview unknowns. Insecure variants the whole pack must
// refuse (each with the path message it must name), secure variants a careful platform team runs next to custody
// workloads, which it must accept.
import { StackValidationPolicy } from "@pulumi/policy";
import * as rules from "../../../policy-pack/rules";
import { PackConfig, setPackConfig } from "../../../policy-pack/model/packConfig";
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { stackPackConfig } from "../packConfig";
import { runPolicy, TestDiagnostic } from "../support";
import {
    assertClean,
    assertRefused,
    doc,
    find,
    resourceLike,
    Resources,
    runWholePack,
    stackResources,
} from "./support";

const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const SA = "kubernetes:core/v1:ServiceAccount";
const NS = "kubernetes:core/v1:Namespace";
const PV = "kubernetes:core/v1:PersistentVolume";
const DS = "kubernetes:apps/v1:DaemonSet";
const DEPLOY = "kubernetes:apps/v1:Deployment";
const ROLE_K8S = "kubernetes:rbac.authorization.k8s.io/v1:Role";
const CLUSTER_ROLE = "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole";
const ROLE_BINDING = "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding";
const CLUSTER_ROLE_BINDING = "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding";
const MUTATING = "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration";
const VALIDATING = "kubernetes:admissionregistration.k8s.io/v1:ValidatingWebhookConfiguration";
const VAP = "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicy";
const VAP_BINDING = "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicyBinding";
const AWS_ROLE = "aws:iam/role:Role";
const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const PSA = "pod-security.kubernetes.io/enforce";
const PRIMARY = "111111111111";

/** The stack's workload ServiceAccount resource per stack: the Kubernetes provider every object here uses. */
const SA_NAME: Record<string, string> = {
    dev: "signer-sa",
    prod: "signer-sa",
    "pod-identity": "signer-sa",
    basil: "basil-sa",
    "trust-domain": "trust-domain-sa",
    curity: "curity-sa",
};
/** The stack's workload role resource: the AWS provider of its account. */
const ROLE_NAME: Record<string, string> = {
    dev: "signer-role",
    prod: "signer-role",
    "pod-identity": "signer-role",
    basil: "basil-runtime",
    "trust-domain": "trust-domain-role",
    curity: "curity-role",
};
const CLUSTER: Record<string, string> = { dev: "dev-validators", prod: "prod-validators" };

let current = "prod";
const k8sLike = (r: Resources) => find(r, SA, SA_NAME[current]);
const awsLike = (r: Resources) => find(r, AWS_ROLE, ROLE_NAME[current]);

/** A Kubernetes object through the stack's own Kubernetes provider. */
function k8s(r: Resources, type: string, name: string, inputs: Record<string, unknown>): AnalyzerResourceInput {
    const x = resourceLike(k8sLike(r), type, name, inputs);
    r.push(x);
    return x;
}
/** An AWS resource through the workload account's provider. */
function aws(r: Resources, type: string, name: string, inputs: Record<string, unknown>): void {
    r.push(resourceLike(awsLike(r), type, name, inputs));
}

function namespace(r: Resources, name: string, labels: Record<string, string> = {}): void {
    k8s(r, NS, `ns-${name}`, { metadata: { name, labels } });
}
function role(r: Resources, name: string, ns: string, rules: object[]): void {
    k8s(r, ROLE_K8S, name, { metadata: { name, namespace: ns }, rules });
}
function bind(r: Resources, name: string, roleRef: { kind: string; name: string }, subjects: object[], ns?: string) {
    k8s(r, ns ? ROLE_BINDING : CLUSTER_ROLE_BINDING, name, {
        metadata: ns ? { name, namespace: ns } : { name },
        roleRef: { apiGroup: RBAC, ...roleRef },
        subjects,
    });
}
/** A DaemonSet in `ns` with one container and the given pod-level fields. */
function daemonSet(
    r: Resources,
    name: string,
    ns: string,
    container: Record<string, unknown>,
    pod: Record<string, unknown> = {},
): AnalyzerResourceInput {
    return k8s(r, DS, name, {
        metadata: { name, namespace: ns },
        spec: {
            selector: { matchLabels: { app: name } },
            template: {
                metadata: { labels: { app: name } },
                spec: {
                    serviceAccountName: name,
                    containers: [{ name, image: `registry.example.com/${name}:1.0.0`, ...container }],
                    ...pod,
                },
            },
        },
    });
}
/** A hostPath PersistentVolume (ReadWriteMany, retained) and the claim that binds it in `ns`. */
function hostPathVolume(r: Resources, name: string, path: string, ns: string): void {
    k8s(r, PV, name, {
        metadata: { name },
        spec: {
            capacity: { storage: "10Gi" },
            accessModes: ["ReadWriteMany"],
            persistentVolumeReclaimPolicy: "Retain",
            storageClassName: "",
            hostPath: { path, type: "Directory" },
            claimRef: { namespace: ns, name },
        },
    });
    k8s(r, "kubernetes:core/v1:PersistentVolumeClaim", `${name}-claim`, {
        metadata: { name, namespace: ns },
        spec: {
            accessModes: ["ReadWriteMany"],
            storageClassName: "",
            volumeName: name,
            resources: { requests: { storage: "10Gi" } },
        },
    });
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
const ec2Trust = { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" };
const NODE_POLICIES = [
    "AmazonEKSWorkerNodePolicy",
    "AmazonEC2ContainerRegistryReadOnly",
    "AmazonSSMManagedInstanceCore",
].map(p => `arn:aws:iam::aws:policy/${p}`);

/** A managed node group of the stack: EC2-only node role with AWS's node policies by ARN, its launch template. */
function nodeGroup(
    r: Resources,
    name: string,
    metadataOptions: Record<string, unknown>,
    extra: Record<string, unknown> = {},
): void {
    const arn = `arn:aws:iam::${PRIMARY}:role/${name}`;
    aws(r, AWS_ROLE, name, { name, arn, assumeRolePolicy: doc(ec2Trust) });
    for (const p of NODE_POLICIES)
        aws(r, "aws:iam/rolePolicyAttachment:RolePolicyAttachment", `${name}-${p.split("/").pop()}`, {
            role: name,
            policyArn: p,
        });
    aws(r, "aws:ec2/launchTemplate:LaunchTemplate", name, { name, metadataOptions });
    aws(r, "aws:eks/nodeGroup:NodeGroup", name, {
        clusterName: CLUSTER[current],
        nodeGroupName: name,
        nodeRoleArn: arn,
        subnetIds: ["subnet-0123456789abcdef0"],
        scalingConfig: { desiredSize: 3, maxSize: 6, minSize: 3 },
        launchTemplate: { name, version: "1" },
        updateConfig: { maxUnavailable: 1 },
        ...extra,
    });
}
/** The pack config with AWS's node policies listed as readable (they are AWS managed policies). */
const nodePolicyConfig = (c: PackConfig): PackConfig => ({
    ...c,
    "attached-policies-readable": {
        ...(c["attached-policies-readable"] as Record<string, unknown>),
        allowedPolicyArns: [
            ...(((c["attached-policies-readable"] as Record<string, unknown> | undefined)?.allowedPolicyArns as
                string[] | undefined) ?? []),
            ...NODE_POLICIES,
        ],
    },
});

/** Every policy of the pack under the stack's pack config, edited. */
async function runWithConfig(
    stack: string,
    resources: Resources,
    edit: (c: PackConfig) => PackConfig,
): Promise<TestDiagnostic[]> {
    const config = edit(JSON.parse(JSON.stringify(stackPackConfig(stack))) as PackConfig);
    setPackConfig(config);
    try {
        const out: TestDiagnostic[] = [];
        for (const p of rules.allPolicies) {
            const own = config[p.name]?.enforcementLevel ?? config.all?.enforcementLevel;
            const level = (own as "mandatory" | "advisory" | undefined) ?? p.enforcementLevel ?? "advisory";
            const policyConfig = {
                ...((config[p.name] as Record<string, unknown> | undefined) ?? {}),
                enforcementLevel: level,
            };
            out.push(...(await runPolicy(p as StackValidationPolicy, resources, policyConfig as never)));
        }
        return out;
    } finally {
        setPackConfig({});
    }
}

type Case = {
    name: string;
    stack: string;
    /** A first preview (stackResources(stack, true)). */
    preview?: boolean;
    edit: (r: Resources) => void;
    config?: (c: PackConfig) => PackConfig;
    refused?: RegExp;
    policy?: string;
    /** A known miss: "MISS: <why>". */
    skip?: string;
};

const insecure: Case[] = [
    // ---- PersistentVolumes: the hostPath checks of pod specs, not applied to PersistentVolumes.
    {
        stack: "prod",
        name: "a hostPath PersistentVolume on the node's /var/log (a log archive), claimed in tools: a root pod mounting the claim writes there",
        edit: r => hostPathVolume(r, "node-logs", "/var/log", "tools"),
        refused: /PersistentVolume node-logs/,
    },
    {
        stack: "dev",
        name: "a hostPath PersistentVolume on the node's /opt/cni/bin (a CNI plugin cache), claimed in tools",
        edit: r => hostPathVolume(r, "cni-bin", "/opt/cni/bin", "tools"),
        refused: /PersistentVolume cni-bin/,
    },
    {
        stack: "curity",
        name: "a hostPath PersistentVolume on the node's /proc (a process-metrics claim), claimed in monitoring",
        edit: r => hostPathVolume(r, "node-proc", "/proc", "monitoring"),
        refused: /PersistentVolume node-proc/,
    },
    // ---- runAsNonRoot is not "cannot become root": without allowPrivilegeEscalation: false a setuid binary runs as uid 0.
    {
        stack: "prod",
        name: "a process-exporter DaemonSet with hostPID, runAsNonRoot (uid 65532), default capabilities, allowPrivilegeEscalation left at its default (true)",
        edit: r =>
            daemonSet(
                r,
                "process-exporter",
                "monitoring",
                { securityContext: { runAsNonRoot: true, runAsUser: 65532 } },
                { hostPID: true },
            ),
        refused: /process-exporter/,
    },
    {
        stack: "trust-domain",
        name: "a log shipper with the node's /var/log writable, runAsNonRoot (uid 10001) and allowPrivilegeEscalation unset (setuid binaries become root)",
        edit: r =>
            daemonSet(
                r,
                "log-shipper",
                "logging",
                {
                    securityContext: { runAsNonRoot: true, runAsUser: 10001 },
                    volumeMounts: [{ name: "varlog", mountPath: "/host/var/log" }],
                },
                { volumes: [{ name: "varlog", hostPath: { path: "/var/log" } }] },
            ),
        refused: /log-shipper/,
    },
    // ---- Windows: HostProcess containers are privileged on the node.
    {
        stack: "curity",
        name: "a Windows HostProcess DaemonSet (windowsOptions.hostProcess, hostNetwork) for node log collection",
        edit: r =>
            daemonSet(
                r,
                "win-logs",
                "logging",
                {
                    securityContext: {
                        windowsOptions: { hostProcess: true, runAsUserName: "NT AUTHORITY\\SYSTEM" },
                    },
                },
                {
                    hostNetwork: true,
                    nodeSelector: { "kubernetes.io/os": "windows" },
                    securityContext: { windowsOptions: { hostProcess: true, runAsUserName: "NT AUTHORITY\\SYSTEM" } },
                },
            ),
        refused: /win-logs/,
    },
    // ---- Mutating webhooks on custom resources that run pods.
    {
        stack: "basil",
        name: "a MutatingWebhookConfiguration on Argo Workflows (argoproj.io workflows) pointing at a vendor URL",
        edit: r =>
            k8s(r, MUTATING, "wf-defaults", {
                metadata: { name: "wf-defaults" },
                webhooks: [
                    {
                        name: "workflows.defaults.example.com",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        clientConfig: { url: "https://hooks.vendor.example.com/mutate" },
                        rules: [
                            {
                                apiGroups: ["argoproj.io"],
                                apiVersions: ["v1alpha1"],
                                operations: ["CREATE", "UPDATE"],
                                resources: ["workflows", "cronworkflows"],
                            },
                        ],
                    },
                ],
            }),
        refused: /wf-defaults/,
    },
    {
        stack: "curity",
        name: "a MutatingWebhookConfiguration on Flux Kustomizations (kustomize.toolkit.fluxcd.io) served in-cluster",
        edit: r =>
            k8s(r, MUTATING, "flux-defaults", {
                metadata: { name: "flux-defaults" },
                webhooks: [
                    {
                        name: "kustomizations.defaults.example.com",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        clientConfig: { service: { name: "defaulter", namespace: "platform", path: "/mutate" } },
                        rules: [
                            {
                                apiGroups: ["kustomize.toolkit.fluxcd.io"],
                                apiVersions: ["v1"],
                                operations: ["CREATE", "UPDATE"],
                                resources: ["kustomizations"],
                            },
                        ],
                    },
                ],
            }),
        refused: /flux-defaults/,
    },
    // ---- Namespaces are matched by name only, whatever the cluster.
    {
        stack: "trust-domain",
        name: "Namespace tools labelled enforce: restricted on a second cluster's provider, and platform-devs create pods in tools on the identity cluster",
        edit: r => {
            const other = k8s(r, NS, "staging-ns-tools", {
                metadata: { name: "tools", labels: { [PSA]: "restricted" } },
            });
            const provider = JSON.parse(JSON.stringify(other.provider)) as Record<string, any>;
            provider.urn = String(provider.urn).replace(/::cluster-k8s$/, "::staging-k8s");
            provider.name = "staging-k8s";
            provider.inputs = { context: "staging-cluster" };
            (other as unknown as Record<string, unknown>).provider = provider;
            role(r, "tools-deployer", "tools", [
                { apiGroups: ["", "apps", "batch"], resources: ["pods", "deployments", "jobs"], verbs: ["create"] },
            ]);
            bind(r, "tools-deployer", { kind: "Role", name: "tools-deployer" }, [DEVS], "tools");
        },
        refused: /tools-deployer/,
    },
    // ---- First preview: pod specs whose dangerous part is still unknown.
    {
        stack: "prod",
        preview: true,
        name: "first preview: a DaemonSet whose hostPath path is computed from another resource's output (unknown)",
        edit: r =>
            daemonSet(
                r,
                "cache-warmer",
                "tools",
                { volumeMounts: [{ name: "cache", mountPath: "/cache" }] },
                { volumes: [{ name: "cache", hostPath: { path: UNKNOWN } }] },
            ),
        refused: /cache-warmer/,
    },
    {
        stack: "pod-identity",
        preview: true,
        name: "first preview: a Deployment whose container securityContext is unknown (built from a config output)",
        edit: r =>
            k8s(r, DEPLOY, "agent", {
                metadata: { name: "agent", namespace: "tools" },
                spec: {
                    selector: { matchLabels: { app: "agent" } },
                    template: {
                        metadata: { labels: { app: "agent" } },
                        spec: {
                            containers: [
                                { name: "agent", image: "registry.example.com/agent:1.0.0", securityContext: UNKNOWN },
                            ],
                        },
                    },
                },
            }),
        refused: /agent/,
    },
    // ---- Node groups: who else is root on the nodes that run custody pods.
    {
        stack: "prod",
        name: "a managed node group with remoteAccess.ec2SshKey and no sourceSecurityGroupIds (port 22 open to 0.0.0.0/0; the key holder is root on every node)",
        config: nodePolicyConfig,
        edit: r =>
            nodeGroup(
                r,
                "custody-prod-nodes",
                { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 },
                { remoteAccess: { ec2SshKey: "platform-ops" } },
            ),
        refused: /custody-prod-nodes/,
    },
    {
        stack: "dev",
        name: "a managed node group launched with IMDS hop limit 2 and tokens optional (every pod reads the node role, the node's identity)",
        config: nodePolicyConfig,
        edit: r =>
            nodeGroup(r, "custody-dev-nodes", {
                httpEndpoint: "enabled",
                httpTokens: "optional",
                httpPutResponseHopLimit: 2,
            }),
        refused: /custody-dev-nodes/,
    },
    {
        stack: "curity",
        name: "a non-root host-network DaemonSet (all capabilities dropped) on an IRSA cluster: the host network reaches IMDS whatever the hop limit",
        edit: r =>
            daemonSet(r, "net-probe", "monitoring", restrictedContainer, {
                hostNetwork: true,
                dnsPolicy: "ClusterFirstWithHostNet",
            }),
        refused: /net-probe: on the host network, instance metadata gives it the node role/,
        // Was a MISS (fixed: engine/kubernetes.ts onHostNetwork): a host-network process is on the node's own stack,
        // so the IMDS hop limit does not stop it (eksctl user guide, "Security", disablePodIMDS); it reads the node
        // role, the node's Kubernetes identity, which creates tokens for every pod bound to that node (Node authorizer).
    },
    {
        stack: "basil",
        name: "a root container with the node's /var/spool/cron writable (a cron-sync DaemonSet)",
        edit: r =>
            daemonSet(
                r,
                "cron-sync",
                "platform",
                { volumeMounts: [{ name: "cron", mountPath: "/host/cron" }] },
                { volumes: [{ name: "cron", hostPath: { path: "/var/spool/cron", type: "Directory" } }] },
            ),
        refused: /cron-sync/,
    },
];

const secure: Case[] = [
    {
        stack: "prod",
        name: "the Cluster Autoscaler's Deployment in kube-system: restricted securityContext, the node's CA bundle /etc/ssl/certs/ca-bundle.crt read-only",
        edit: r =>
            k8s(r, DEPLOY, "cluster-autoscaler", {
                metadata: { name: "cluster-autoscaler", namespace: "kube-system" },
                spec: {
                    selector: { matchLabels: { app: "cluster-autoscaler" } },
                    template: {
                        metadata: { labels: { app: "cluster-autoscaler" } },
                        spec: {
                            serviceAccountName: "cluster-autoscaler",
                            priorityClassName: "system-cluster-critical",
                            containers: [
                                {
                                    name: "cluster-autoscaler",
                                    image: "registry.k8s.io/autoscaling/cluster-autoscaler:v1.31.0",
                                    command: ["./cluster-autoscaler", "--cloud-provider=aws"],
                                    ...restrictedContainer,
                                    volumeMounts: [
                                        {
                                            name: "ssl-certs",
                                            mountPath: "/etc/ssl/certs/ca-certificates.crt",
                                            readOnly: true,
                                        },
                                    ],
                                },
                            ],
                            volumes: [{ name: "ssl-certs", hostPath: { path: "/etc/ssl/certs/ca-bundle.crt" } }],
                        },
                    },
                },
            }),
    },
    {
        stack: "dev",
        name: "a kubelet-serving certificate approver: read CSRs, update their approval, approve only signer kubernetes.io/kubelet-serving",
        edit: r => {
            k8s(r, CLUSTER_ROLE, "kubelet-serving-approver", {
                metadata: { name: "kubelet-serving-approver" },
                rules: [
                    {
                        apiGroups: ["certificates.k8s.io"],
                        resources: ["certificatesigningrequests"],
                        verbs: ["get", "list", "watch"],
                    },
                    {
                        apiGroups: ["certificates.k8s.io"],
                        resources: ["certificatesigningrequests/approval"],
                        verbs: ["update"],
                    },
                    {
                        apiGroups: ["certificates.k8s.io"],
                        resources: ["signers"],
                        resourceNames: ["kubernetes.io/kubelet-serving"],
                        verbs: ["approve"],
                    },
                ],
            });
            bind(r, "kubelet-serving-approver", { kind: "ClusterRole", name: "kubelet-serving-approver" }, [
                { kind: "ServiceAccount", name: "kubelet-serving-cert-approver", namespace: "cert-approver" },
            ]);
        },
    },
    {
        stack: "curity",
        name: "kube-rbac-proxy in front of Curity's metrics: create tokenreviews and subjectaccessreviews only",
        edit: r => {
            k8s(r, CLUSTER_ROLE, "metrics-auth", {
                metadata: { name: "metrics-auth" },
                rules: [
                    { apiGroups: ["authentication.k8s.io"], resources: ["tokenreviews"], verbs: ["create"] },
                    { apiGroups: ["authorization.k8s.io"], resources: ["subjectaccessreviews"], verbs: ["create"] },
                ],
            });
            bind(r, "metrics-auth", { kind: "ClusterRole", name: "metrics-auth" }, [
                { kind: "ServiceAccount", name: "curity-metrics-proxy", namespace: "curity" },
            ]);
        },
    },
    {
        stack: "basil",
        name: "a ValidatingAdmissionPolicy and binding refusing hostPath, privileged and host namespaces in basil and basil-bootstrap",
        edit: r => {
            k8s(r, VAP, "no-host-access", {
                metadata: { name: "no-host-access" },
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
                        { expression: "!has(object.spec.volumes) || object.spec.volumes.all(v, !has(v.hostPath))" },
                        {
                            expression:
                                "object.spec.containers.all(c, !has(c.securityContext) || !has(c.securityContext.privileged) || c.securityContext.privileged == false)",
                        },
                        {
                            expression:
                                "!(has(object.spec.hostPID) && object.spec.hostPID) && !(has(object.spec.hostNetwork) && object.spec.hostNetwork)",
                        },
                    ],
                },
            });
            k8s(r, VAP_BINDING, "no-host-access", {
                metadata: { name: "no-host-access" },
                spec: {
                    policyName: "no-host-access",
                    validationActions: ["Deny"],
                    matchResources: {
                        namespaceSelector: {
                            matchExpressions: [
                                {
                                    key: "kubernetes.io/metadata.name",
                                    operator: "In",
                                    values: ["basil", "basil-bootstrap"],
                                },
                            ],
                        },
                    },
                },
            });
        },
    },
    {
        stack: "trust-domain",
        name: "spirl-system enforcing restricted at latest, with audit and warn at restricted too",
        edit: r =>
            namespace(r, "spirl-system", {
                [PSA]: "restricted",
                "pod-security.kubernetes.io/enforce-version": "latest",
                "pod-security.kubernetes.io/audit": "restricted",
                "pod-security.kubernetes.io/warn": "restricted",
            }),
    },
    {
        stack: "prod",
        name: "EKS access entry for the on-call role with AmazonEKSViewPolicy scoped to namespace validators",
        edit: r => {
            const oncall = `arn:aws:iam::${PRIMARY}:role/validators-oncall`;
            aws(r, "aws:eks/accessEntry:AccessEntry", "oncall", {
                clusterName: "prod-validators",
                principalArn: oncall,
                type: "STANDARD",
            });
            aws(r, "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", "oncall-view", {
                clusterName: "prod-validators",
                principalArn: oncall,
                policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy",
                accessScope: { type: "namespace", namespaces: ["validators"] },
            });
        },
    },
    {
        stack: "pod-identity",
        name: "AWS's node monitoring agent and GuardDuty runtime agent add-ons (no role), beside the signer's Pod Identity association",
        edit: r => {
            for (const addonName of ["eks-node-monitoring-agent", "aws-guardduty-agent"])
                aws(r, "aws:eks/addon:Addon", addonName, {
                    clusterName: "prod-validators",
                    addonName,
                    resolveConflictsOnUpdate: "OVERWRITE",
                });
        },
    },
    {
        stack: "curity",
        name: "sigstore's policy-controller as a validating webhook on pods in curity (verifies image signatures, mutates nothing)",
        edit: r =>
            k8s(r, VALIDATING, "policy.sigstore.dev", {
                metadata: { name: "policy.sigstore.dev" },
                webhooks: [
                    {
                        name: "policy.sigstore.dev",
                        admissionReviewVersions: ["v1"],
                        sideEffects: "None",
                        failurePolicy: "Fail",
                        clientConfig: { service: { name: "webhook", namespace: "cosign-system" } },
                        namespaceSelector: { matchLabels: { "policy.sigstore.dev/include": "true" } },
                        rules: [
                            {
                                apiGroups: ["", "apps", "batch"],
                                apiVersions: ["*"],
                                operations: ["CREATE", "UPDATE"],
                                resources: ["pods", "deployments", "statefulsets", "jobs", "cronjobs"],
                            },
                        ],
                    },
                ],
            }),
    },
    {
        stack: "dev",
        name: "a static EFS PersistentVolume (efs.csi.aws.com) claimed by a restricted report writer in tools",
        edit: r => {
            k8s(r, PV, "reports-efs", {
                metadata: { name: "reports-efs" },
                spec: {
                    capacity: { storage: "5Gi" },
                    accessModes: ["ReadWriteMany"],
                    persistentVolumeReclaimPolicy: "Retain",
                    storageClassName: "",
                    csi: { driver: "efs.csi.aws.com", volumeHandle: "fs-0123456789abcdef0" },
                },
            });
            k8s(r, DEPLOY, "report-writer", {
                metadata: { name: "report-writer", namespace: "tools" },
                spec: {
                    selector: { matchLabels: { app: "report-writer" } },
                    template: {
                        metadata: { labels: { app: "report-writer" } },
                        spec: {
                            containers: [
                                {
                                    name: "writer",
                                    image: "registry.example.com/report-writer:1.0.0",
                                    ...restrictedContainer,
                                    volumeMounts: [{ name: "reports", mountPath: "/reports" }],
                                },
                            ],
                            volumes: [{ name: "reports", persistentVolumeClaim: { claimName: "reports-efs" } }],
                        },
                    },
                },
            });
        },
    },
    {
        stack: "basil",
        name: "RBAC: Argo CD read-only for the broker team (get/list/watch Applications and AppProjects in argocd)",
        edit: r => {
            role(r, "argocd-readonly", "argocd", [
                {
                    apiGroups: ["argoproj.io"],
                    resources: ["applications", "appprojects"],
                    verbs: ["get", "list", "watch"],
                },
            ]);
            bind(
                r,
                "argocd-readonly",
                { kind: "Role", name: "argocd-readonly" },
                [{ kind: "Group", name: "basil-team", apiGroup: RBAC }],
                "argocd",
            );
        },
    },
];

describe("allowlist: red-team round 10 on Kubernetes and EKS", () => {
    for (const c of insecure) {
        (c.skip ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
            current = c.stack;
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            const ds = c.config ? await runWithConfig(c.stack, r, c.config) : await runWholePack(c.stack, r);
            assertRefused(ds, c.refused ?? /./, c.policy);
        });
    }
    for (const c of secure) {
        (c.skip ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            current = c.stack;
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            assertClean(c.config ? await runWithConfig(c.stack, r, c.config) : await runWholePack(c.stack, r));
        });
    }
});
