// Red-team round 18 on the Kubernetes/EKS side (fresh eyes, last measuring round): RBAC subjects that name
// ServiceAccounts in other spellings (a User "system:serviceaccount:<ns>:<name>", the system:serviceaccounts groups,
// system:authenticated), two allowlisted hostPath pods chained through a symlink, node-type access entries other
// than EC2_LINUX; and what a careful platform team runs. Insecure variants the whole pack must refuse, secure ones it
// must accept; the pack's misses are `it.skip` with a MISS comment.
import { assertClean, assertRefused, Resources, runWholePack, stackResources } from "./support";
import { aws, bind, k8s, k8sRole, namespace, nodeRole, outsideRole, restricted } from "./variantBuilders";

const EFFECTIVE = "custody-effective-access";
const RBAC = "rbac.authorization.k8s.io";
const DEVS = { kind: "Group", name: "platform-devs", apiGroup: RBAC };
const PRIMARY = "111111111111";
/** The runtime ServiceAccount of each stack (Pulumi.<stack>.yaml custody-infra:cluster). */
const RUNTIME: Record<string, { ns: string; sa: string }> = {
    dev: { ns: "validators", sa: "containment-chamber" },
    prod: { ns: "validators", sa: "containment-chamber" },
    "pod-identity": { ns: "validators", sa: "containment-chamber" },
    curity: { ns: "curity", sa: "dynamo-sa" },
    "trust-domain": { ns: "spirl-system", sa: "spirl-server" },
    basil: { ns: "basil", sa: "basil-agent" },
};

/** A Role in the runtime namespace minting tokens for the runtime ServiceAccount only, bound to `subjects`. */
function runtimeTokenFor(r: Resources, stack: string, subjects: object[]): void {
    const { ns, sa } = RUNTIME[stack];
    k8sRole(
        r,
        "runtime-token",
        [{ apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"], resourceNames: [sa] }],
        ns,
    );
    bind(r, "runtime-token", { kind: "Role", name: "runtime-token" }, subjects, ns);
}

/** A workload of the stack (Deployment or DaemonSet) with one container and these pod-level fields. */
function workload(
    r: Resources,
    kind: "Deployment" | "DaemonSet",
    name: string,
    ns: string,
    container: Record<string, unknown>,
    pod: Record<string, unknown> = {},
): void {
    k8s(r, `kubernetes:apps/v1:${kind}`, name, {
        apiVersion: "apps/v1",
        kind,
        metadata: { name, namespace: ns },
        spec: {
            selector: { matchLabels: { app: name } },
            template: {
                metadata: { labels: { app: name } },
                spec: {
                    containers: [{ name, image: `registry.example.com/${name}:1.0.0`, ...container }],
                    ...pod,
                },
            },
        },
    });
}

/** A Karpenter node role of the stack (EC2_LINUX access entry) and the EC2NodeClass launching it. */
function karpenterNodes(r: Resources, metadataOptions: Record<string, unknown>): void {
    const name = "KarpenterNodeRole-prod";
    const arn = nodeRole(r, PRIMARY, name);
    aws(r, "aws:eks/accessEntry:AccessEntry", "karpenter-nodes", {
        clusterName: "prod-validators",
        principalArn: arn,
        type: "EC2_LINUX",
    });
    k8s(r, "kubernetes:karpenter.k8s.aws/v1:EC2NodeClass", "default", {
        apiVersion: "karpenter.k8s.aws/v1",
        kind: "EC2NodeClass",
        metadata: { name: "default" },
        spec: {
            role: name,
            amiSelectorTerms: [{ alias: "al2023@latest" }],
            subnetSelectorTerms: [{ tags: { "karpenter.sh/discovery": "prod-validators" } }],
            securityGroupSelectorTerms: [{ tags: { "karpenter.sh/discovery": "prod-validators" } }],
            metadataOptions,
        },
    });
}

type Case = { name: string; stack: string; edit: (r: Resources) => void; refused?: RegExp; skip?: string };

const insecure: Case[] = [
    // Kubernetes "Using RBAC Authorization", "Referring to subjects": a ServiceAccount's username is
    // system:serviceaccount:<namespace>:<name>, and a subject of kind User with that name matches it (RBAC compares
    // user names). So every pod in tools running as tools/report-runner (whoever may create pods in tools, outside
    // this stack's sight) mints the signer's token.
    {
        name: 'a Role minting the signer\'s token bound to a User subject "system:serviceaccount:tools:report-runner" (another workload, spelled as a user)',
        stack: "dev",
        edit: r =>
            runtimeTokenFor(r, "dev", [
                { kind: "User", name: "system:serviceaccount:tools:report-runner", apiGroup: RBAC },
            ]),
        refused: /serviceaccounts\/token|report-runner|system:serviceaccount/,
    },
    // Kubernetes "Using RBAC Authorization", "Service account permissions": the group
    // system:serviceaccounts:<namespace> holds every ServiceAccount of the namespace.
    {
        name: "a Role minting the signer's token bound to Group system:serviceaccounts:tools (every ServiceAccount of tools)",
        stack: "prod",
        edit: r =>
            runtimeTokenFor(r, "prod", [{ kind: "Group", name: "system:serviceaccounts:tools", apiGroup: RBAC }]),
        refused: /serviceaccounts\/token|system:serviceaccounts/,
    },
    // Same page: system:serviceaccounts is every ServiceAccount of the cluster (every pod, add-ons included).
    {
        name: "a Role minting the key manager's token bound to Group system:serviceaccounts (every pod of the cluster)",
        stack: "trust-domain",
        edit: r =>
            runtimeTokenFor(r, "trust-domain", [{ kind: "Group", name: "system:serviceaccounts", apiGroup: RBAC }]),
        refused: /serviceaccounts\/token|system:serviceaccounts/,
    },
    // Kubernetes "Authenticating": every authenticated request is in system:authenticated (every ServiceAccount, every
    // access entry's principal).
    {
        name: "a Role exec-ing into Curity's pods bound to Group system:authenticated",
        stack: "curity",
        edit: r => {
            k8sRole(
                r,
                "curity-exec",
                [{ apiGroups: [""], resources: ["pods/exec"], verbs: ["create", "get"] }],
                "curity",
            );
            bind(
                r,
                "curity-exec",
                { kind: "Role", name: "curity-exec" },
                [{ kind: "Group", name: "system:authenticated", apiGroup: RBAC }],
                "curity",
            );
        },
        refused: /pods\/exec|system:authenticated/,
    },
    // A ClusterRole the stack binds to a ServiceAccount subject of another namespace: the broker's namespace is
    // reached by every pod that runs as basil-bootstrap/default (created by whoever deploys there).
    {
        name: "a ClusterRole creating pods bound in basil to the default ServiceAccount of basil-bootstrap",
        stack: "basil",
        edit: r => {
            k8sRole(r, "pod-runner", [{ apiGroups: [""], resources: ["pods"], verbs: ["create"] }]);
            bind(
                r,
                "pod-runner",
                { kind: "ClusterRole", name: "pod-runner" },
                [{ kind: "ServiceAccount", name: "default", namespace: "basil-bootstrap" }],
                "basil",
            );
        },
        refused: /pods|basil-bootstrap/,
    },
    // EKS API CreateAccessEntry `type`: HYBRID_LINUX (EKS Hybrid Nodes) is a node identity like EC2_LINUX
    // (system:nodes; the Node authorizer mints the tokens of the pods bound to it).
    {
        name: "an EKS access entry of type HYBRID_LINUX for an outside role (EKS Hybrid Nodes: a node identity)",
        stack: "pod-identity",
        edit: r =>
            aws(r, "aws:eks/accessEntry:AccessEntry", "hybrid-nodes", {
                clusterName: "prod-validators",
                principalArn: outsideRole(PRIMARY, "hybrid-nodes"),
                type: "HYBRID_LINUX",
            }),
        refused: /HYBRID_LINUX|node/,
    },
    // Was a MISS (fixed this session, hostPathMounts): (insecure accepted) the hostPath allowlist judges each path on its own, not the symlinks a writable one
    // lets a pod plant for another hostPath of the stack. The allowlist admits a root container writing /data (a data directory) and any container reading a path under
    // /data read-only. A bind mount follows symlinks in its source (containerd/cri#242 "Follow symlink for mount host
    // path", Docker's behaviour), and an allowed-prefix check does not restrict symlink creation and traversal inside
    // the prefix (kubernetes/kubernetes#61043, liggitt: "limit hostPath use to read only volumes" or exact paths;
    // #99499: "psp.allowedHostPaths could not reject symlink"; kubeedge#2754 shows the two-pod chain). So the writer
    // plants /data/cache/k -> /var/lib/kubelet/pods and the reader, whose hostPath /data/cache/k the kubelet mounts as
    // the node's pod directory, reads every pod's projected token.
    {
        name: "a root DaemonSet writing /data/cache and a root DaemonSet reading /data/cache/k read-only (a symlink planted by the first reaches /var/lib/kubelet/pods)",
        stack: "prod",
        edit: r => {
            workload(
                r,
                "DaemonSet",
                "cache-writer",
                "node-agents",
                { volumeMounts: [{ name: "cache", mountPath: "/cache" }] },
                { volumes: [{ name: "cache", hostPath: { path: "/data/cache", type: "DirectoryOrCreate" } }] },
            );
            workload(
                r,
                "DaemonSet",
                "cache-reader",
                "node-agents",
                { volumeMounts: [{ name: "k", mountPath: "/k", readOnly: true }] },
                { volumes: [{ name: "k", hostPath: { path: "/data/cache/k" } }] },
            );
        },
        refused: /\/data\/cache|symlink/,
    },
    // Was a MISS (fixed this session, hostPathMounts): (insecure accepted) same cause, one pod. The same chain inside one pod: a root container writes /srv/agent, a second container (or the same after a
    // restart) reads /srv/agent/state read-only; the kubelet mounts each hostPath when the pod starts, so a link
    // written before a restart is followed then (same references).
    {
        name: "one root DaemonSet writing /srv/agent and reading /srv/agent/state read-only (its own symlink followed on the next start)",
        stack: "dev",
        edit: r =>
            workload(
                r,
                "DaemonSet",
                "agent",
                "node-agents",
                {
                    volumeMounts: [
                        { name: "agent", mountPath: "/agent" },
                        { name: "state", mountPath: "/state", readOnly: true },
                    ],
                },
                {
                    volumes: [
                        { name: "agent", hostPath: { path: "/srv/agent", type: "DirectoryOrCreate" } },
                        { name: "state", hostPath: { path: "/srv/agent/state" } },
                    ],
                },
            ),
        refused: /\/srv\/agent|symlink/,
    },
    // Karpenter docs, "NodeClasses", spec.metadataOptions: httpPutResponseHopLimit 2 and httpTokens optional let every
    // pod (not only host-network ones) read the node role from instance metadata: the node's identity, the tokens of
    // the pods on it (EKS best practices, "Restrict access to the instance profile assigned to the worker node").
    {
        name: "a Karpenter EC2NodeClass of the stack launching its EC2_LINUX node role with IMDS hop limit 2 and tokens optional",
        stack: "pod-identity",
        edit: r =>
            karpenterNodes(r, {
                httpEndpoint: "enabled",
                httpProtocolIPv6: "disabled",
                httpPutResponseHopLimit: 2,
                httpTokens: "optional",
            }),
        refused: /EC2NodeClass|Karpenter|hop|metadata|node/i,
    },
];

const secure: Case[] = [
    // A RoleBinding of the built-in view ClusterRole to every ServiceAccount of the signer's own namespace (read
    // only: no workload, no token, no exec).
    {
        name: "the built-in view ClusterRole bound in validators to Group system:serviceaccounts:validators",
        stack: "prod",
        edit: r =>
            bind(
                r,
                "validators-view",
                { kind: "ClusterRole", name: "view" },
                [{ kind: "Group", name: "system:serviceaccounts:validators", apiGroup: RBAC }],
                "validators",
            ),
    },
    // A restricted Deployment reading a hostPath under /data that nothing of the stack writes, as uid 10001.
    {
        name: "a restricted-context Deployment (uid 10001) with an emptyDir and a projected token for its own audience",
        stack: "curity",
        edit: r => {
            namespace(r, "tools");
            workload(
                r,
                "Deployment",
                "reporter",
                "tools",
                {
                    securityContext: restricted,
                    volumeMounts: [
                        { name: "tok", mountPath: "/var/run/tok", readOnly: true },
                        { name: "scratch", mountPath: "/tmp" },
                    ],
                },
                {
                    serviceAccountName: "reporter",
                    volumes: [
                        {
                            name: "tok",
                            projected: {
                                sources: [{ serviceAccountToken: { audience: "reports.example.com", path: "token" } }],
                            },
                        },
                        { name: "scratch", emptyDir: {} },
                    ],
                },
            );
        },
    },
    // An on-call Role in spirl-system reading pods, their logs and events only.
    {
        name: "an on-call Role in spirl-system: get/list/watch pods, pods/log and events for an access-entry group",
        stack: "trust-domain",
        edit: r => {
            k8sRole(
                r,
                "spirl-oncall",
                [
                    { apiGroups: [""], resources: ["pods", "pods/log", "events"], verbs: ["get", "list", "watch"] },
                    { apiGroups: ["apps"], resources: ["deployments", "statefulsets"], verbs: ["get", "list"] },
                ],
                "spirl-system",
            );
            bind(r, "spirl-oncall", { kind: "Role", name: "spirl-oncall" }, [DEVS], "spirl-system");
        },
    },
    // An AmazonEKSViewPolicy access entry for an auditor role, scoped to basil.
    {
        name: "an auditor role's STANDARD access entry with AmazonEKSViewPolicy scoped to namespace basil",
        stack: "basil",
        edit: r => {
            const arn = outsideRole("111122223333", "auditor");
            aws(r, "aws:eks/accessEntry:AccessEntry", "auditor", {
                clusterName: "basil-cluster",
                principalArn: arn,
                type: "STANDARD",
            });
            aws(r, "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", "auditor-view", {
                clusterName: "basil-cluster",
                principalArn: arn,
                policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy",
                accessScope: { type: "namespace", namespaces: ["basil"] },
            });
        },
    },
    // A DaemonSet reading a dedicated /data subdirectory that no pod of the stack writes (no symlink can be planted
    // by the stack's pods).
    {
        name: "a restricted DaemonSet (uid 65532) reading /data/models read-only, nothing of the stack writing /data",
        stack: "pod-identity",
        edit: r =>
            workload(
                r,
                "DaemonSet",
                "model-cache",
                "node-agents",
                {
                    securityContext: { ...restricted, runAsUser: 65532, runAsGroup: 65532 },
                    volumeMounts: [{ name: "models", mountPath: "/models", readOnly: true }],
                },
                { volumes: [{ name: "models", hostPath: { path: "/data/models", type: "Directory" } }] },
            ),
    },
    // The signer's own ServiceAccount holding leader election in its namespace: a Lease it updates and ConfigMaps
    // it reads (no workload, no token, no exec; the subject is the runtime ServiceAccount itself).
    {
        name: "leader election for the signer's own ServiceAccount: a Role on coordination.k8s.io leases and configmaps reads in validators",
        stack: "dev",
        edit: r => {
            k8sRole(
                r,
                "signer-leader",
                [
                    {
                        apiGroups: ["coordination.k8s.io"],
                        resources: ["leases"],
                        verbs: ["get", "create", "update"],
                    },
                    { apiGroups: [""], resources: ["configmaps"], verbs: ["get", "list", "watch"] },
                ],
                "validators",
            );
            bind(
                r,
                "signer-leader",
                { kind: "Role", name: "signer-leader" },
                [{ kind: "ServiceAccount", name: "containment-chamber", namespace: "validators" }],
                "validators",
            );
        },
    },
];

describe("red team 18: Kubernetes/EKS side", function () {
    this.timeout(300000);
    for (const c of insecure) {
        (c.skip ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertRefused(await runWholePack(c.stack, r), c.refused ?? /./, EFFECTIVE);
        });
    }
    for (const c of secure) {
        (c.skip ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertClean(await runWholePack(c.stack, r));
        });
    }
});
