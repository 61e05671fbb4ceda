// Red-team round 13 on the Kubernetes/EKS side (fresh eyes), against the pod-spec allowlist (engine/podSpec.ts):
// its named exceptions (host ports, data directories, non-root writers and readers of node paths, non-root hostPID),
// preview unknowns in volume mounts; and what a careful platform team runs (node CA bundles, static EFS volumes,
// StatefulSets on EBS, Localhost seccomp). Insecure variants the whole pack must refuse, secure ones it must accept.
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { describeVariants, Resources } from "./support";
import { k8s, namespace } from "./variantBuilders";

const DS = "kubernetes:apps/v1:DaemonSet";
const DEPLOY = "kubernetes:apps/v1:Deployment";
const STS = "kubernetes:apps/v1:StatefulSet";
const CRONJOB_PATCH = "kubernetes:batch/v1:CronJobPatch";
const PV = "kubernetes:core/v1:PersistentVolume";
const PVC = "kubernetes:core/v1:PersistentVolumeClaim";
const SC = "kubernetes:storage.k8s.io/v1:StorageClass";
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

function workload(
    r: Resources,
    name: string,
    ns: string,
    container: Record<string, unknown>,
    pod: Record<string, unknown> = {},
    type = DS,
): AnalyzerResourceInput {
    return k8s(r, type, name, {
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
/** Restricted, as the distroless `nonroot` user (uid and gid 65532), the usual user of custody images too. */
const nonRoot = (uid = 65532) => ({
    runAsNonRoot: true,
    runAsUser: uid,
    runAsGroup: uid,
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
    capabilities: { drop: ["ALL"] },
    seccompProfile: { type: "RuntimeDefault" },
});
const hostPath = (name: string, path: string, mountPath: string, readOnly: boolean) => ({
    volumeMounts: [{ name, mountPath, readOnly }],
    volumes: [{ name, hostPath: { path } }],
});

type Case = {
    name: string;
    stack: string;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: boolean;
    preview?: boolean;
};

const insecure: Case[] = [
    // Was a MISS (fixed this session, engine/podSpec.ts): "one that can never gain a capability only sees them" is false for processes of its own uid. Opening
    // /proc/<pid>/root is a PTRACE_MODE_READ_FSCREDS check (proc(5), "/proc/pid/root"), which passes when the
    // caller's fsuid/fsgid equal the target's uids/gids and the target's permitted capabilities are a subset of the
    // caller's (ptrace(2), "Ptrace access mode checking", steps 3 and 5; cap_ptrace_access_check): a restricted
    // custody container (uid 65532, every capability dropped) has none, and Yama restricts only PTRACE_ATTACH. So this
    // DaemonSet, as the distroless nonroot uid/gid 65532, reads /proc/<signer pid>/root/var/run/secrets/... (the
    // signer's projected ServiceAccount token) on every node. It can list a container per common uid (65532, 65534,
    // 1000, 10001). node10.test.ts accepts the same shape as secure; it is not, whenever custody pods share the uid.
    {
        stack: "pod-identity",
        name: "a restricted process-exporter with hostPID as uid/gid 65532 (the custody images' distroless nonroot user): same-uid processes' /proc/<pid>/root",
        edit: r => {
            namespace(r, "monitoring", "privileged");
            const c = { securityContext: nonRoot() };
            workload(r, "process-exporter", "monitoring", c, { hostPID: true });
        },
        refused: /process-exporter.*hostPID/,
        policy: "custody-effective-access",
    },
    // Was a MISS (fixed this session, engine/podSpec.ts): as above, through the node's procfs on a hostPath instead of hostPID: the bind-mounted host /proc shows
    // every node process, and /proc/<pid>/root of one with the container's uid/gid and no capabilities opens (proc(5),
    // ptrace(2) "Ptrace access mode checking"). The pack refuses /proc only for containers that may be root.
    {
        stack: "prod",
        name: "a restricted DaemonSet (uid/gid 65532) with the node's /proc read-only: the signer's /proc/<pid>/root when it runs as the same user",
        edit: r => {
            const m = hostPath("proc", "/proc", "/host/proc", true);
            workload(
                r,
                "proc-reader",
                "tools",
                { securityContext: nonRoot(), volumeMounts: m.volumeMounts },
                { volumes: m.volumes },
            );
        },
        refused: /proc-reader.*\/proc/,
        policy: "custody-effective-access",
    },
    // Was a MISS (fixed this session, engine/podSpec.ts): the "host ports" exception. The portmap CNI plugin (chained by the VPC CNI) DNATs every new connection
    // to a LOCAL address on the host port, jumping from PREROUTING and OUTPUT with --dst-type LOCAL
    // (containernetworking portmap README, "Rule structure"). The Pod Identity agent's 169.254.170.23 is a local
    // address of the node and serves on port 80, so a pod with hostPort 80 receives every Pod Identity credential
    // request on its nodes, each carrying the caller's ServiceAccount token in its Authorization header (EKS user
    // guide, "Pod Identity": the SDK sends the token file to the agent) and answers with credentials of its choosing.
    // Known: aws/eks-pod-identity-agent#10 and PR #107 (portmap must be configured with conditionsV4 ['!', '-d',
    // '169.254.170.23'] to keep hostPort 80 pods away from the agent's traffic), aws/amazon-vpc-cni-k8s#3497.
    {
        stack: "pod-identity",
        name: "a restricted ingress DaemonSet with hostPort 80 (portmap DNATs the Pod Identity agent's 169.254.170.23:80, and its callers' tokens, to it)",
        edit: r =>
            workload(r, "edge-proxy", "ingress", {
                securityContext: nonRoot(),
                ports: [{ containerPort: 8080, hostPort: 80, protocol: "TCP" }],
            }),
        refused: /edge-proxy.*(hostPort|port 80|Pod Identity)/,
        policy: "custody-effective-access",
    },
    // Was a MISS (fixed this session, engine/podSpec.ts): the non-root exception for writable hostPaths: uid 1000 is ec2-user on the EKS-optimized Amazon Linux AMIs,
    // a member of wheel with passwordless sudo (cloud-init default_user). Writing /home/ec2-user/.ssh/authorized_keys
    // as that uid is logging in as a sudoer: the pod reaches the node's sshd on its primary IP (managed node groups'
    // cluster security group admits all traffic from itself, and VPC CNI pods use the node's ENI security groups;
    // EKS user guide, "Amazon EKS security group requirements"). podSpec.test.ts refuses the root writer; owning the
    // directory's uid needs no root.
    {
        stack: "prod",
        name: "a DaemonSet as uid 1000 (ec2-user on the EKS AMIs), allowPrivilegeEscalation false, writing the node's /home/ec2-user/.ssh",
        edit: r => {
            const m = hostPath("ssh", "/home/ec2-user/.ssh", "/host/ssh", false);
            workload(
                r,
                "key-sync",
                "tools",
                { securityContext: nonRoot(1000), volumeMounts: m.volumeMounts },
                { volumes: m.volumes },
            );
        },
        refused: /key-sync.*\/home\/ec2-user/,
        policy: "custody-effective-access",
    },
    // Was a MISS (fixed this session, engine/podSpec.ts): the /mnt data-directory exception. On EKS nodes with instance-store NVMe disks set up as RAID0 (AL2023
    // NodeConfig spec.instance.localStorage.strategy RAID0; AL2 bootstrap --local-disks raid0), setup-local-disks
    // mounts the array at /mnt/k8s-disks/0 and bind-mounts /var/lib/kubelet, /var/lib/containerd and /var/log/pods
    // from /mnt/k8s-disks/0/{kubelet,containerd,pods} (awslabs/amazon-eks-ami
    // templates/shared/runtime/bin/setup-local-disks, maybe_raid0, default MNT_DIR=/mnt/k8s-disks). The node's pod
    // tokens are then under /mnt; the pack cannot see the nodes' disk setup, so /mnt is not known to hold nothing.
    {
        stack: "dev",
        name: "a root DaemonSet reading /mnt/k8s-disks/0/kubelet (the kubelet directory bind-mounted from instance-store RAID0 by the EKS AMI)",
        edit: r => {
            const m = hostPath("disks", "/mnt/k8s-disks/0/kubelet", "/host/disks", true);
            workload(r, "disk-report", "tools", { volumeMounts: m.volumeMounts }, { volumes: m.volumes });
        },
        refused: /disk-report.*\/mnt\/k8s-disks/,
        policy: "custody-effective-access",
    },
    // Was a MISS (fixed this session, engine/podSpec.ts): same directory writable by root: /mnt is root-writable by the allowlist, and /mnt/k8s-disks/0/containerd is
    // containerd's state (every container's rootfs and bundle) on RAID0 instance-store nodes (setup-local-disks).
    {
        stack: "basil",
        name: "a root DaemonSet writing /mnt/k8s-disks (containerd and kubelet state on instance-store RAID0 nodes)",
        edit: r => {
            const m = hostPath("disks", "/mnt/k8s-disks", "/host/disks", false);
            workload(r, "disk-cleaner", "tools", { volumeMounts: m.volumeMounts }, { volumes: m.volumes });
        },
        refused: /disk-cleaner.*\/mnt\/k8s-disks/,
        policy: "custody-effective-access",
    },
    // Was a MISS (fixed this session, engine/podSpec.ts): (preview) a container whose volumeMounts list is unknown contributes no mount, so a hostPath /usr/local/bin is
    // judged with no writer; at `up` the list may mount it read-write in a root container (the node runs its binaries
    // as root). The pack reads unknown volumes, containers and securityContexts as unverifiable, not volumeMounts.
    {
        stack: "trust-domain",
        preview: true,
        name: "first preview: a root DaemonSet with hostPath /usr/local/bin whose container's volumeMounts list is unknown",
        edit: r =>
            workload(
                r,
                "cfg-agent",
                "tools",
                { volumeMounts: UNKNOWN },
                { volumes: [{ name: "bin", hostPath: { path: "/usr/local/bin" } }] },
            ),
        refused: /cfg-agent.*volumeMounts.*unknown/,
    },
    // Was a MISS (fixed this session, engine/podSpec.ts): (preview) the same with a known list whose mount's name is unknown (readOnly left out: read-write): the mount matches no
    // volume by name, so the hostPath /opt/cni/bin (CNI plugins the kubelet runs as root) counts as unmounted.
    {
        stack: "curity",
        preview: true,
        name: "first preview: a root DaemonSet with hostPath /opt/cni/bin mounted read-write under a volume name that is unknown",
        edit: r =>
            workload(
                r,
                "bin-sync",
                "tools",
                { volumeMounts: [{ name: UNKNOWN, mountPath: "/host/cni" }] },
                { volumes: [{ name: "cni", hostPath: { path: "/opt/cni/bin" } }] },
            ),
        refused: /bin-sync.*unknown/,
    },
    {
        stack: "prod",
        name: "a root DaemonSet writing the kubelet's pod-resources directory (the harmless-path exception read-write)",
        edit: r => {
            const m = hostPath("pr", "/var/lib/kubelet/pod-resources", "/pr", false);
            workload(r, "gpu-agent", "tools", { volumeMounts: m.volumeMounts }, { volumes: m.volumes });
        },
        refused: /gpu-agent.*pod-resources/,
        policy: "custody-effective-access",
    },
    {
        stack: "curity",
        name: "a CronJobPatch (server-side apply) adding a privileged init container to an existing CronJob's job template",
        edit: r =>
            k8s(r, CRONJOB_PATCH, "nightly-patch", {
                metadata: { name: "nightly", namespace: "tools" },
                spec: {
                    jobTemplate: {
                        spec: {
                            template: {
                                spec: {
                                    initContainers: [
                                        {
                                            name: "prep",
                                            image: "registry.example.com/prep:1",
                                            securityContext: { privileged: true },
                                        },
                                    ],
                                },
                            },
                        },
                    },
                },
            }),
        refused: /nightly.*privileged/,
        policy: "custody-effective-access",
    },
    {
        stack: "basil",
        name: "a root StatefulSet with hostPath /proc/self/root/var/lib/containerd read-only (the runtime's state through the kubelet's own root link)",
        edit: r => {
            const m = hostPath("rt", "/proc/self/root/var/lib/containerd", "/rt", true);
            workload(r, "rt-audit", "tools", { volumeMounts: m.volumeMounts }, { volumes: m.volumes }, STS);
        },
        refused: /rt-audit.*containerd/,
        policy: "custody-effective-access",
    },
    {
        stack: "trust-domain",
        name: "a local PersistentVolume on /mnt/../var/lib/kubelet spelled /var/./lib//kubelet/pods, claimed in tools",
        edit: r =>
            k8s(r, PV, "pods-pv", {
                metadata: { name: "pods-pv" },
                spec: {
                    capacity: { storage: "1Gi" },
                    accessModes: ["ReadOnlyMany"],
                    storageClassName: "local",
                    local: { path: "/var/./lib//kubelet/pods" },
                    claimRef: { namespace: "tools", name: "pods" },
                    nodeAffinity: {
                        required: {
                            nodeSelectorTerms: [
                                { matchExpressions: [{ key: "kubernetes.io/os", operator: "In", values: ["linux"] }] },
                            ],
                        },
                    },
                },
            }),
        refused: /pods-pv/,
        policy: "custody-effective-access",
    },
];

const secure: Case[] = [
    {
        stack: "prod",
        name: "cluster-autoscaler as 65534 reading the node's CA bundle /etc/ssl/certs/ca-bundle.crt read-only (its EKS manifest)",
        edit: r => {
            const m = hostPath("ssl-certs", "/etc/ssl/certs/ca-bundle.crt", "/etc/ssl/certs/ca-certificates.crt", true);
            workload(
                r,
                "cluster-autoscaler",
                "kube-system",
                { securityContext: nonRoot(65534), volumeMounts: m.volumeMounts },
                { volumes: m.volumes },
                DEPLOY,
            );
        },
    },
    {
        stack: "curity",
        name: "a static EFS PersistentVolume (efs.csi.aws.com) and its claim in tools, used by a restricted Deployment",
        edit: r => {
            namespace(r, "tools", "restricted");
            k8s(r, PV, "efs-pv", {
                metadata: { name: "shared-reports" },
                spec: {
                    capacity: { storage: "5Gi" },
                    accessModes: ["ReadWriteMany"],
                    persistentVolumeReclaimPolicy: "Retain",
                    storageClassName: "",
                    csi: { driver: "efs.csi.aws.com", volumeHandle: "fs-0123456789abcdef0" },
                    claimRef: { namespace: "tools", name: "shared-reports" },
                },
            });
            k8s(r, PVC, "efs-pvc", {
                metadata: { name: "shared-reports", namespace: "tools" },
                spec: {
                    accessModes: ["ReadWriteMany"],
                    storageClassName: "",
                    resources: { requests: { storage: "5Gi" } },
                },
            });
            workload(
                r,
                "reporter",
                "tools",
                { securityContext: nonRoot(), volumeMounts: [{ name: "reports", mountPath: "/reports" }] },
                { volumes: [{ name: "reports", persistentVolumeClaim: { claimName: "shared-reports" } }] },
                DEPLOY,
            );
        },
    },
    {
        stack: "basil",
        name: "a gp3 StorageClass (ebs.csi.aws.com, encrypted) and a restricted StatefulSet with volumeClaimTemplates",
        edit: r => {
            k8s(r, SC, "gp3", {
                metadata: { name: "gp3-encrypted" },
                provisioner: "ebs.csi.aws.com",
                parameters: { type: "gp3", encrypted: "true" },
                volumeBindingMode: "WaitForFirstConsumer",
                allowVolumeExpansion: true,
            });
            const s = workload(
                r,
                "cache",
                "tools",
                { securityContext: nonRoot(), volumeMounts: [{ name: "data", mountPath: "/data" }] },
                {},
                STS,
            );
            (s.inputs as any).spec.serviceName = "cache";
            (s.inputs as any).spec.volumeClaimTemplates = [
                {
                    metadata: { name: "data" },
                    spec: {
                        accessModes: ["ReadWriteOnce"],
                        storageClassName: "gp3-encrypted",
                        resources: { requests: { storage: "10Gi" } },
                    },
                },
            ];
        },
    },
    {
        stack: "trust-domain",
        name: "a restricted Deployment with a Localhost seccomp profile and AppArmor runtime/default (Baseline allows both)",
        edit: r =>
            workload(
                r,
                "audit-sink",
                "tools",
                {
                    securityContext: {
                        ...nonRoot(),
                        seccompProfile: { type: "Localhost", localhostProfile: "profiles/audit-sink.json" },
                        appArmorProfile: { type: "RuntimeDefault" },
                    },
                },
                {},
                DEPLOY,
            ),
    },
    {
        stack: "dev",
        name: "a restricted Deployment with a high host port (8443) for a node-local health endpoint, no host network",
        edit: r =>
            workload(
                r,
                "health",
                "tools",
                { securityContext: nonRoot(), ports: [{ containerPort: 8443, hostPort: 8443, protocol: "TCP" }] },
                {},
                DEPLOY,
            ),
    },
    {
        stack: "pod-identity",
        name: "a root Fluent Bit DaemonSet (AWS Container Insights): /var/log and /var/lib/docker/containers read-only, /var/fluent-bit/state writable",
        edit: r =>
            workload(
                r,
                "fluent-bit",
                "amazon-cloudwatch",
                {
                    volumeMounts: [
                        { name: "fluentbitstate", mountPath: "/var/fluent-bit/state" },
                        { name: "varlog", mountPath: "/var/log", readOnly: true },
                        { name: "varlibdockercontainers", mountPath: "/var/lib/docker/containers", readOnly: true },
                    ],
                },
                {
                    volumes: [
                        { name: "fluentbitstate", hostPath: { path: "/var/fluent-bit/state" } },
                        { name: "varlog", hostPath: { path: "/var/log" } },
                        { name: "varlibdockercontainers", hostPath: { path: "/var/lib/docker/containers" } },
                    ],
                },
            ),
    },
    {
        stack: "prod",
        name: "a restricted Job with a projected token for its own audience, a downward API volume and an emptyDir in memory",
        edit: r => {
            const j = k8s(r, "kubernetes:batch/v1:Job", "migrate", {
                metadata: { name: "migrate", namespace: "tools" },
                spec: {
                    backoffLimit: 2,
                    ttlSecondsAfterFinished: 600,
                    template: {
                        spec: {
                            restartPolicy: "Never",
                            serviceAccountName: "migrate",
                            containers: [
                                {
                                    name: "migrate",
                                    image: "registry.example.com/migrate:1",
                                    securityContext: nonRoot(),
                                    volumeMounts: [
                                        { name: "tok", mountPath: "/var/run/tok", readOnly: true },
                                        { name: "info", mountPath: "/etc/podinfo", readOnly: true },
                                        { name: "scratch", mountPath: "/tmp" },
                                    ],
                                },
                            ],
                            volumes: [
                                {
                                    name: "tok",
                                    projected: {
                                        sources: [
                                            {
                                                serviceAccountToken: {
                                                    audience: "migrate.example.com",
                                                    expirationSeconds: 600,
                                                    path: "token",
                                                },
                                            },
                                        ],
                                    },
                                },
                                {
                                    name: "info",
                                    downwardAPI: {
                                        items: [{ path: "labels", fieldRef: { fieldPath: "metadata.labels" } }],
                                    },
                                },
                                { name: "scratch", emptyDir: { medium: "Memory", sizeLimit: "64Mi" } },
                            ],
                        },
                    },
                },
            });
            void j;
        },
    },
    {
        stack: "curity",
        name: "a restricted DaemonSet as 65532 with the node's /sys/fs/cgroup read-only recursively (cAdvisor-style metrics)",
        edit: r => {
            const c = {
                securityContext: nonRoot(),
                volumeMounts: [
                    { name: "cgroup", mountPath: "/host/cgroup", readOnly: true, recursiveReadOnly: "Enabled" },
                ],
            };
            workload(r, "cgroup-metrics", "monitoring", c, {
                volumes: [{ name: "cgroup", hostPath: { path: "/sys/fs/cgroup" } }],
            });
        },
    },
];

describeVariants("allowlist: red-team round 13 on Kubernetes and EKS (pod-spec allowlist)", insecure, secure);
