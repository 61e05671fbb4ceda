// Round 10 node reach (fixes of redteam10-k8s.test.ts): PersistentVolumes judged by the pod-spec hostPath checks,
// setuid escalation past runAsNonRoot (allowPrivilegeEscalation), Windows HostProcess and the cron spool. Each fixed
// case has a secure neighbour here; two earlier secure cases that relied on the default allowPrivilegeEscalation
// are kept here as insecure variants (their originals now set allowPrivilegeEscalation: false).
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { assertClean, assertRefused, find, resourceLike, Resources, runWholePack, stackResources } from "./support";

const SA = "kubernetes:core/v1:ServiceAccount";
const SA_NAME: Record<string, string> = {
    dev: "signer-sa",
    prod: "signer-sa",
    "pod-identity": "signer-sa",
    basil: "basil-sa",
    "trust-domain": "trust-domain-sa",
    curity: "curity-sa",
};
let current = "prod";

function k8s(r: Resources, type: string, name: string, inputs: Record<string, unknown>): AnalyzerResourceInput {
    const x = resourceLike(find(r, SA, SA_NAME[current]), type, name, inputs);
    r.push(x);
    return x;
}
function daemonSet(r: Resources, name: string, ns: string, container: object, pod: object = {}): void {
    k8s(r, "kubernetes:apps/v1:DaemonSet", name, {
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
/** A PersistentVolume on a node directory (`hostPath` or `local`) and the claim binding it in `ns`. */
function nodeVolume(r: Resources, name: string, source: object, ns: string): void {
    k8s(r, "kubernetes:core/v1:PersistentVolume", name, {
        metadata: { name },
        spec: {
            capacity: { storage: "100Gi" },
            accessModes: ["ReadWriteOnce"],
            persistentVolumeReclaimPolicy: "Retain",
            storageClassName: "local-storage",
            ...source,
            claimRef: { namespace: ns, name },
        },
    });
    k8s(r, "kubernetes:core/v1:PersistentVolumeClaim", `${name}-claim`, {
        metadata: { name, namespace: ns },
        spec: {
            accessModes: ["ReadWriteOnce"],
            storageClassName: "local-storage",
            volumeName: name,
            resources: { requests: { storage: "100Gi" } },
        },
    });
}
const nodeAffinity = {
    nodeAffinity: {
        required: {
            nodeSelectorTerms: [
                { matchExpressions: [{ key: "kubernetes.io/hostname", operator: "In", values: ["ip-10-0-1-23"] }] },
            ],
        },
    },
};

type Case = { name: string; stack: string; edit: (r: Resources) => void; refused?: RegExp; policy?: string };

const insecure: Case[] = [
    {
        stack: "prod",
        name: "a `local` PersistentVolume on the node's /var/log/pods, claimed in tools",
        edit: r => nodeVolume(r, "pod-logs", { local: { path: "/var/log/pods" }, ...nodeAffinity }, "tools"),
        refused: /PersistentVolume pod-logs mounts the node's \/var\/log\/pods.*kubelet follows symlinks/,
        policy: "custody-effective-access",
    },
    {
        stack: "basil",
        name: "a hostPath PersistentVolume on the node's /var/spool/cron, claimed in platform",
        edit: r => nodeVolume(r, "crontabs", { hostPath: { path: "/var/spool/cron" } }, "platform"),
        refused: /PersistentVolume crontabs mounts the node's \/var\/spool\/cron.*runs what it holds as root/,
        policy: "custody-effective-access",
    },
    {
        // The original round-7 "secure" node-exporter: default capabilities, allowPrivilegeEscalation unset.
        stack: "basil",
        name: "node-exporter reading the node's /proc read-only as 65534 with default capabilities and allowPrivilegeEscalation unset",
        edit: r =>
            daemonSet(
                r,
                "node-exporter",
                "monitoring",
                {
                    securityContext: { runAsNonRoot: true, runAsUser: 65534, readOnlyRootFilesystem: true },
                    volumeMounts: [{ name: "proc", mountPath: "/host/proc", readOnly: true }],
                },
                { volumes: [{ name: "proc", hostPath: { path: "/proc" } }] },
            ),
        refused: /DaemonSet monitoring\/node-exporter: hostPath \/proc \(the node's processes\)/,
        policy: "custody-effective-access",
    },
    {
        // The original round-7 "secure" systemd collector: capabilities dropped, allowPrivilegeEscalation unset.
        stack: "prod",
        name: "node-exporter's systemd collector on the D-Bus socket as 65534, all capabilities dropped, allowPrivilegeEscalation unset",
        edit: r =>
            daemonSet(
                r,
                "node-exporter",
                "monitoring",
                {
                    securityContext: { runAsNonRoot: true, runAsUser: 65534, capabilities: { drop: ["ALL"] } },
                    volumeMounts: [{ name: "dbus", mountPath: "/var/run/dbus/system_bus_socket", readOnly: true }],
                },
                { volumes: [{ name: "dbus", hostPath: { path: "/var/run/dbus/system_bus_socket", type: "Socket" } }] },
            ),
        refused: /node-exporter: hostPath \/var\/run\/dbus\/system_bus_socket gives a root container systemd's D-Bus/,
        policy: "custody-effective-access",
    },
    {
        stack: "dev",
        name: "hostPID with runAsNonRoot, all capabilities dropped but SYS_PTRACE added back, allowPrivilegeEscalation unset",
        edit: r =>
            daemonSet(
                r,
                "proc-tracer",
                "monitoring",
                {
                    securityContext: {
                        runAsNonRoot: true,
                        runAsUser: 65534,
                        capabilities: { drop: ["ALL"], add: ["SYS_PTRACE"] },
                    },
                },
                { hostPID: true },
            ),
        refused: /DaemonSet monitoring\/proc-tracer: hostPID, the node.s processes/,
        policy: "custody-effective-access",
    },
    {
        stack: "pod-identity",
        name: "a HostProcess container set at container level only (pod without windowsOptions)",
        edit: r =>
            daemonSet(
                r,
                "win-exporter",
                "monitoring",
                { securityContext: { windowsOptions: { hostProcess: true, runAsUserName: "NT AUTHORITY\\SYSTEM" } } },
                { hostNetwork: true, nodeSelector: { "kubernetes.io/os": "windows" } },
            ),
        refused: /Windows HostProcess container win-exporter runs on the node itself/,
        policy: "custody-effective-access",
    },
    // Decided this session (pod-spec allowlist): hostPID lets a container open /proc/<pid>/root of every process of its uid (ptrace(2)).
    {
        stack: "prod",
        name: "process-exporter with hostPID, runAsNonRoot 65532 and allowPrivilegeEscalation: false",
        edit: r =>
            daemonSet(
                r,
                "process-exporter",
                "monitoring",
                {
                    securityContext: {
                        runAsNonRoot: true,
                        runAsUser: 65532,
                        allowPrivilegeEscalation: false,
                        readOnlyRootFilesystem: true,
                    },
                },
                { hostPID: true },
            ),
        refused: /hostPID, the node's processes/,
    },
    // Decided this session (pod-spec allowlist): a writable hostPath outside the data directories is refused whatever the uid.
    {
        stack: "trust-domain",
        name: "a log shipper with the node's /var/log writable as 10001 with allowPrivilegeEscalation: false",
        edit: r =>
            daemonSet(
                r,
                "log-shipper",
                "logging",
                {
                    securityContext: { runAsNonRoot: true, runAsUser: 10001, allowPrivilegeEscalation: false },
                    volumeMounts: [{ name: "varlog", mountPath: "/host/var/log" }],
                },
                { volumes: [{ name: "varlog", hostPath: { path: "/var/log" } }] },
            ),
        refused: /hostPath \/var\/log is writable by container/,
    },
    // Decided this session (pod-spec allowlist): hostPID lets a container open /proc/<pid>/root of every process of its uid (ptrace(2)).
    {
        stack: "pod-identity",
        name: "hostPID with runAsNonRoot and every capability dropped, allowPrivilegeEscalation unset (a setuid exec gets no capability, so no ptrace access)",
        edit: r =>
            daemonSet(
                r,
                "pid-counter",
                "monitoring",
                { securityContext: { runAsNonRoot: true, runAsUser: 65534, capabilities: { drop: ["ALL"] } } },
                { hostPID: true },
            ),
        refused: /hostPID, the node's processes/,
    },
];

const secure: Case[] = [
    // Neighbours of the PersistentVolume fixes: node-local disks for data, no node path of the system.
    {
        stack: "prod",
        name: "a `local` PersistentVolume on a dedicated NVMe disk (/mnt/disks/nvme1), claimed in tools (sig-storage local static provisioner)",
        edit: r => nodeVolume(r, "nvme1", { local: { path: "/mnt/disks/nvme1" }, ...nodeAffinity }, "tools"),
    },
    {
        stack: "dev",
        name: "a hostPath PersistentVolume on /data/cache (a build cache directory), claimed in tools",
        edit: r =>
            nodeVolume(r, "build-cache", { hostPath: { path: "/data/cache", type: "DirectoryOrCreate" } }, "tools"),
    },
    {
        stack: "curity",
        name: "a hostPath PersistentVolume on /srv/exports (node-local exports), claimed in monitoring",
        edit: r => nodeVolume(r, "exports", { hostPath: { path: "/srv/exports" } }, "monitoring"),
    },
    // Neighbours of the allowPrivilegeEscalation fix.
    // Neighbour of the HostProcess fix: an ordinary Windows container.
    {
        stack: "curity",
        name: "a Windows DaemonSet as ContainerUser with hostProcess: false",
        edit: r =>
            daemonSet(
                r,
                "win-agent",
                "logging",
                { securityContext: { windowsOptions: { hostProcess: false, runAsUserName: "ContainerUser" } } },
                {
                    nodeSelector: { "kubernetes.io/os": "windows" },
                    securityContext: { windowsOptions: { runAsUserName: "ContainerUser" } },
                },
            ),
    },
    // Neighbour of the cron spool fix: reading crontabs for an audit, read-only.
    {
        stack: "basil",
        name: "a cron audit DaemonSet reading the node's /var/spool/cron read-only (restricted, non-root)",
        edit: r =>
            daemonSet(
                r,
                "cron-audit",
                "platform",
                {
                    securityContext: {
                        runAsNonRoot: true,
                        runAsUser: 65532,
                        allowPrivilegeEscalation: false,
                        capabilities: { drop: ["ALL"] },
                    },
                    volumeMounts: [{ name: "cron", mountPath: "/host/cron", readOnly: true }],
                },
                { volumes: [{ name: "cron", hostPath: { path: "/var/spool/cron", type: "Directory" } }] },
            ),
    },
];

describe("allowlist: round 10 node reach (PersistentVolumes, setuid escalation, HostProcess, cron)", () => {
    for (const c of insecure)
        it(`refuses: ${c.stack}: ${c.name}`, async () => {
            current = c.stack;
            const r = await stackResources(c.stack);
            c.edit(r);
            assertRefused(await runWholePack(c.stack, r), c.refused!, c.policy);
        });
    for (const c of secure)
        it(`accepts: ${c.stack}: ${c.name}`, async () => {
            current = c.stack;
            const r = await stackResources(c.stack);
            c.edit(r);
            assertClean(await runWholePack(c.stack, r));
        });
});
