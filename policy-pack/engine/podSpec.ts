/**
 * Whether a pod the stack declares stays inside its container, judged as an allowlist: every field that can reach
 * the node must hold a value known to stay confined, and any other value (or one unknown during a preview) is read as
 * owning the node, with every ServiceAccount token on it.
 *
 * The allowlist is Pod Security Standards' Baseline ("prevents known privilege escalations"; Kubernetes docs, "Pod
 * Security Standards"), plus named exceptions that stay confined for the reason given beside each: read-only
 * hostPaths that hold no credential, writable ones only for containers that can never be uid 0 or under data
 * directories the node never reads, capabilities of the pod's own network namespace, and host ports.
 */
import { posix } from "path";
import { parseDocument } from "yaml";
import { RENDERED_POD_KINDS, renderedPodTemplate } from "./customResources";
import { containsUnknown, isUnknown, unverifiable } from "./raw";

/** Where each workload kind (and its Patch) keeps its pod template (the pod's metadata and spec): its path. */
const POD_TEMPLATE_PATHS: Record<string, readonly string[]> = Object.fromEntries(
    (
        [
            ["core/v1:Pod", []],
            ["apps/v1:Deployment", ["spec", "template"]],
            ["apps/v1:StatefulSet", ["spec", "template"]],
            ["apps/v1:DaemonSet", ["spec", "template"]],
            ["apps/v1:ReplicaSet", ["spec", "template"]],
            ["core/v1:ReplicationController", ["spec", "template"]],
            ["batch/v1:Job", ["spec", "template"]],
            ["batch/v1:CronJob", ["spec", "jobTemplate", "spec", "template"]],
        ] as const
    ).flatMap(([type, path]) => [
        [`kubernetes:${type}`, path],
        [`kubernetes:${type}Patch`, path],
    ]),
);

function at(value: unknown, path: readonly string[]): any {
    let v: any = value;
    for (const k of path) v = v !== null && typeof v === "object" ? v[k] : undefined;
    return v;
}

/**
 * Each workload kind's pod template: at its path, or, for a custom resource an operator renders into a pod
 * (engine/customResources.ts RENDERED_POD_KINDS: a Prometheus), the template it renders.
 */
const POD_TEMPLATE_OF: Record<string, (p: Record<string, any>) => { metadata?: any; spec?: any } | undefined> = {
    ...Object.fromEntries(Object.entries(POD_TEMPLATE_PATHS).map(([type, path]) => [type, p => at(p, path)])),
    ...Object.fromEntries(
        [...RENDERED_POD_KINDS].map(type => [type, (p: Record<string, any>) => renderedPodTemplate(type, p)]),
    ),
};

/**
 * The part of a workload's pod template that is unknown as a whole during a first preview (the spec, or the template
 * or controller spec holding it), or undefined: every field of the pod may then be anything at `up`.
 */
export function unknownPodTemplatePart(type: string, props: Record<string, any>): string | undefined {
    const path = POD_TEMPLATE_PATHS[type];
    if (!path) return undefined;
    const full = [...path, "spec"];
    for (let i = 1; i <= full.length; i++)
        if (isUnknown(at(props, full.slice(0, i)))) return full.slice(0, i).join(".");
    return undefined;
}

/** Where each workload kind (and its Patch) keeps its pod spec. */
export const POD_SPEC_OF: Record<string, (p: Record<string, any>) => any> = Object.fromEntries(
    Object.entries(POD_TEMPLATE_OF).map(([type, template]) => [type, (p: Record<string, any>) => template(p)?.spec]),
);

/** The pod template's annotations (AppArmor and seccomp profiles were set there before their fields existed). */
export function podAnnotationsOf(type: string, props: Record<string, any>): Record<string, unknown> | undefined {
    const annotations = POD_TEMPLATE_OF[type]?.(props)?.metadata?.annotations;
    return annotations && typeof annotations === "object" ? annotations : undefined;
}

/**
 * Node paths that hold every pod's credentials or control the node: the kubelet's directory (projected
 * ServiceAccount tokens), the container runtime's sockets and state, the control-plane configuration. A hostPath
 * that is one of them, inside one, or an ancestor of one (`/`, `/var`, `/run`) exposes it; Kubernetes rejects only
 * `..` in a hostPath (validatePathNoBacksteps), so `.` and `//` segments are folded first.
 */
export const NODE_SECRETS: readonly string[] = [
    "/var/lib/kubelet",
    "/var/lib/containerd",
    "/run/containerd",
    "/var/run/containerd",
    "/var/run/docker.sock",
    "/run/docker.sock",
    // Podman's API service (podman-system-service(1): root's socket unix:///run/podman/podman.sock), Docker's API.
    "/run/podman",
    "/var/run/podman",
    "/var/lib/docker",
    "/run/crio",
    "/var/run/crio",
    // The CRI endpoints kubeadm and crictl probe besides containerd's and CRI-O's (crictl's defaults since 1.24:
    // unix:///var/run/cri-dockerd.sock; before, unix:///var/run/dockershim.sock; kubeadm CRISocketDocker): Mirantis
    // cri-dockerd's socket (cri-docker.socket ListenStream=%t/cri-dockerd.sock, /run) and dockershim's. A CRI client
    // creates privileged containers on the node.
    "/run/cri-dockerd.sock",
    "/var/run/cri-dockerd.sock",
    "/run/dockershim.sock",
    "/var/run/dockershim.sock",
    // containerd's NRI socket (containerd docs/NRI.md: on by default since containerd 2.0, /var/run/nri/nri.sock): a
    // plugin that connects adjusts every container created after it (mounts, devices, OCI hooks run on the host;
    // containerd/nri README, "ContainerAdjustment"), and a socket on a read-only mount still accepts connect().
    "/run/nri",
    "/var/run/nri",
    "/etc/kubernetes",
    // Instance-store disks set up as RAID0 by the EKS AMI hold the kubelet's and containerd's directories and
    // /var/log/pods, bind-mounted back (awslabs/amazon-eks-ami, setup-local-disks: maybe_raid0).
    "/mnt/k8s-disks",
    // Bottlerocket's `apiclient ephemeral-storage bind` mounts /var/lib/kubelet (and containerd's directories) from
    // here (bottlerocket.dev, "Ephemeral storage"; EKS Auto Mode nodes do this by default).
    "/mnt/.ephemeral",
    // EKS Hybrid Nodes with IAM Roles Anywhere: the node role's temporary credentials, refreshed by
    // aws_signing_helper_update (aws/eks-hybrid, iamrolesanywhere EksHybridAwsCredentialsPath
    // "/eks-hybrid/.aws/credentials"; Bottlerocket's hybrid variants keep them at /var/eks-hybrid/.aws/credentials, EKS
    // user guide "Set up the Pod Identity agent for hybrid nodes"). The node role is the node's Kubernetes identity.
    "/eks-hybrid/.aws",
    "/var/eks-hybrid/.aws",
    // systemd's credentials of every unit (systemd.exec(5) "Credentials": LoadCredential= and ImportCredential= place
    // them in /run/credentials/<unit>/, readable by the unit's user).
    "/run/credentials",
];

/**
 * Capabilities a container may add and stay confined. Pod Security Standards, Baseline, "Capabilities": the
 * runtime's default set (AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP,
 * SETGID, SETPCAP, SETUID, SYS_CHROOT). Named exceptions: NET_ADMIN and NET_RAW act on the pod's own network
 * namespace (istio-init and CNI chaining add them; a host-network pod is refused on its own), IPC_LOCK only locks the
 * container's memory (mlock; Vault adds it). Everything else is refused: SYS_ADMIN, SYS_MODULE, SYS_PTRACE,
 * DAC_READ_SEARCH, SYS_RAWIO, BPF and PERFMON reach other processes or the kernel (capabilities(7)), and a
 * capability the list does not name is not known to stay confined.
 */
const CONFINED_CAPABILITIES = new Set([
    "AUDIT_WRITE",
    "CHOWN",
    "DAC_OVERRIDE",
    "FOWNER",
    "FSETID",
    "KILL",
    "MKNOD",
    "NET_BIND_SERVICE",
    "SETFCAP",
    "SETGID",
    "SETPCAP",
    "SETUID",
    "SYS_CHROOT",
    "NET_ADMIN",
    "NET_RAW",
    "IPC_LOCK",
]);

/** Pod Security Standards, Baseline, "Sysctls": the safe set, namespaced and isolated from other pods. */
const SAFE_SYSCTLS = new Set([
    "kernel.shm_rmid_forced",
    "net.ipv4.ip_local_port_range",
    "net.ipv4.ip_unprivileged_port_start",
    "net.ipv4.tcp_syncookies",
    "net.ipv4.ping_group_range",
    "net.ipv4.ip_local_reserved_ports",
    "net.ipv4.tcp_keepalive_time",
    "net.ipv4.tcp_fin_timeout",
    "net.ipv4.tcp_keepalive_intvl",
    "net.ipv4.tcp_keepalive_probes",
]);

/** Pod Security Standards, Baseline, "SELinux": the container types; `user` and `role` must stay unset. */
const CONFINED_SELINUX_TYPES = new Set(["container_t", "container_init_t", "container_kvm_t", "container_engine_t"]);

/**
 * Volume types that stay confined: Pod Security Standards, Restricted, "Volume Types" (configMap, csi, downwardAPI,
 * emptyDir, ephemeral, persistentVolumeClaim, projected, secret), plus image (an OCI image, read-only), nfs (a network
 * share the pod mounts, nothing of the node) and awsElasticBlockStore (migrated to the EBS CSI driver). Refused,
 * among others: gitRepo (the kubelet runs git as root on the node with the repository's hooks, CVE-2024-10220, and
 * reads other pods' repositories, CVE-2025-1767), flexVolume (a node binary runs as root with the pod's options),
 * iscsi and fc (the node's initiator logs in for the pod). hostPath is judged on its own.
 */
const CONFINED_VOLUME_TYPES = new Set([
    "configMap",
    "csi",
    "downwardAPI",
    "emptyDir",
    "ephemeral",
    "persistentVolumeClaim",
    "projected",
    "secret",
    "image",
    "nfs",
    "awsElasticBlockStore",
]);

/**
 * `.` and `//` folded; `/proc/<pid>/root` and `/proc/<pid>/cwd` are links to a process's root and working
 * directory (proc(5)), which the kubelet follows when it bind-mounts them: for PID 1 (or the kubelet's `self`),
 * the node's `/`. Read as the node path they lead to, with the node's standard links folded (NODE_LINKS).
 */
export function normalizeHostPath(path: string): string {
    const parts = posixHostPath(path)
        .split("/")
        .filter(p => p !== "" && p !== ".");
    if (parts[0] === "proc" && parts.length >= 3 && (parts[2] === "root" || parts[2] === "cwd"))
        return foldNodeLinks(`/${parts.slice(3).join("/")}`);
    // `/proc/<pid>/task/<tid>/` has the same entries as `/proc/<pid>/` (proc(5), "/proc/pid/task").
    if (parts[0] === "proc" && parts[2] === "task" && parts.length >= 5 && (parts[4] === "root" || parts[4] === "cwd"))
        return foldNodeLinks(`/${parts.slice(5).join("/")}`);
    return foldNodeLinks(`/${parts.join("/")}`);
}

/**
 * Round 82: the node's standard symlinks, and the directory each leads to. The kubelet mounts a hostPath after the
 * node resolves its links, so both spellings are one directory. FHS 3.0 "/var/run": its functions "have been moved to
 * /run; this directory exists to ensure compatibility" (systemd's tmpfiles.d legacy.conf: `L /var/run - - - -
 * ../run`, `L /var/lock - - - - ../run/lock`); "The Case for the /usr Merge" (systemd.io; Fedora 17+, so Amazon
 * Linux 2/2023): "/bin → /usr/bin, /sbin → /usr/sbin, /lib → /usr/lib, /lib64 → /usr/lib64". On a node without the
 * merge they are two directories, and folding them only makes two paths overlap (fail closed).
 */
const NODE_LINKS: readonly [string, string][] = [
    ["/var/run", "/run"],
    ["/var/lock", "/run/lock"],
    ["/bin", "/usr/bin"],
    ["/sbin", "/usr/sbin"],
    ["/lib", "/usr/lib"],
    ["/lib64", "/usr/lib64"],
];

/** Node path `p` (normalised) with its leading standard link (NODE_LINKS) replaced by the directory it leads to. */
function foldNodeLinks(p: string): string {
    const link = NODE_LINKS.find(([from]) => underOrAt(p, from));
    return link ? `${link[1]}${p.slice(link[0].length)}` : p;
}

/**
 * A Windows hostPath read as the POSIX path the lists name (round 81): a drive letter (`C:/`, `D:\\`) is the node's
 * root, backslashes are separators and NTFS names are case-insensitive (Kubernetes "Windows containers in
 * Kubernetes", Storage: hostPath takes drive paths, as the Windows e2e "hostdir" pod's `C:/`). Every drive counts as
 * the root: the kubelet's root directory may be on any of them, so `D:\\var\\lib\\kubelet` is /var/lib/kubelet
 * too (fail closed). POSIX paths stay as they are.
 */
function posixHostPath(path: string): string {
    const drive = /^[A-Za-z]:(?=[\\/]|$)/.test(path);
    if (!drive && !path.includes("\\")) return path;
    return `/${(drive ? path.slice(2) : path).replace(/\\/g, "/").toLowerCase()}`;
}

/**
 * A Windows device-namespace path (`\\\\.\\pipe\\containerd-containerd`, `\\\\?\\...`): named pipes are the node's
 * endpoints (containerd's CRI, Docker's docker_engine; Kubernetes "Windows containers in Kubernetes", Storage: "Named
 * pipe host mounts"), and the pack knows none of them to be harmless, so any counts as the runtime (fail closed).
 */
function windowsDevicePath(path: string): boolean {
    return /^[\\/]{2}[.?][\\/]/.test(path);
}

/**
 * A Unix socket the pack does not know to be harmless (round 81): a hostPath whose name ends in `.sock` or `.socket`
 * outside the data directories (WRITABLE_DATA: the SPIFFE agents' sockets), the PodResources socket and journald's
 * sockets. A socket on a read-only mount still accepts connect(), and a node socket is a node service's API: the
 * container runtimes' CRI endpoints are many (containerd, CRI-O, cri-dockerd, dockershim, CRI shims such as
 * cri-resmgr's /var/run/cri-resmgr/cri-resmgr.sock), so a list of them alone would miss the next one.
 */
function unknownNodeSocket(p: string): boolean {
    const resolved = p.replace(/^\/var\/run(?=\/|$)/, "/run");
    // D-Bus's, systemd's and the users' runtime directories have their own rules (ROOT_SOCKETS, USER_RUNTIME).
    const runtimeDir = underOrAt(resolved, NODE_RUNTIME_DIR) && !ROOT_SOCKETS.some(x => underOrAt(resolved, x));
    if (!/\.(sock|socket)$/i.test(p) && !runtimeDir) return false;
    return ![...WRITABLE_DATA, ...HARMLESS_KUBELET_PATHS, ...LOG_SOCKETS, ...SOCKETLESS_RUNTIME_FILES].some(
        d => underOrAt(p, d) || underOrAt(resolved, d),
    );
}

/**
 * Round 82: /run is where the node's daemons keep their sockets (FHS 3.0 "/run: Run-time variable data": "System
 * programs that maintain transient UNIX-domain sockets must place them in this directory or an appropriate
 * subdirectory"): dockerd's managed containerd under /run/docker, buildkitd's /run/buildkit, and the next one's. A
 * mount of /run or any directory in it, read-only or not, counts as holding unknown sockets (unknownNodeSocket) unless
 * it is allowlisted, rather than naming daemons one by one.
 */
const NODE_RUNTIME_DIR = "/run";

/** Paths under /run that hold files, no socket: journald's volatile journal (systemd-journald.service(8),
 * "/run/log/journal/machine-id/*.journal"), which log shippers read (AWS Container Insights' Fluent Bit). */
const SOCKETLESS_RUNTIME_FILES = ["/run/log/journal"];

/** Paths under the kubelet's directory that hold no credential: the read-only PodResources socket's directory. */
const HARMLESS_KUBELET_PATHS = ["/var/lib/kubelet/pod-resources"];

function exposesNode(path: string): boolean {
    if (windowsDevicePath(path)) return true;
    const p = normalizeHostPath(path);
    if (HARMLESS_KUBELET_PATHS.some(h => p === h || p.startsWith(`${h}/`))) return false;
    return (
        p === "/" ||
        NODE_SECRETS.some(secret => secret === p || secret.startsWith(`${p}/`) || p.startsWith(`${secret}/`))
    );
}

/** Whether node path `p` (normalised) is `dir` or inside it. */
function underOrAt(p: string, dir: string): boolean {
    return p === dir || p.startsWith(`${dir}/`);
}

/**
 * Round 78: the node's world-writable sticky directories: systemd's tmp.conf creates /tmp and /var/tmp mode 1777
 * (tmpfiles.d(5) `v /tmp 1777 root root`), systemd's mount-setup mounts /dev/shm `mode=1777`, and Debian's /run/lock
 * (/var/lock) is world-writable (FHS 3.0 "/tmp: Temporary files", "/var/tmp", "/run/lock"); the sticky bit only keeps
 * users from removing others' files (chmod(1) "RESTRICTED DELETION FLAG"). Any local user or non-root process may
 * create a file there: one the node's root runs, sources or loads that user data did not write itself has content
 * nobody vouches for (rootReads.ts RootReads.planted). Not data directories: pods get no writable hostPath of them.
 */
export const WORLD_WRITABLE = ["/tmp", "/var/tmp", "/dev/shm", "/run/lock", "/var/lock"];

/** The world-writable directory (WORLD_WRITABLE) holding node path `path` (resolved from `/`), else undefined. */
export function worldWritableRoot(path: string): string | undefined {
    const p = posix.resolve("/", path).replace(/^\/var\/run(?=\/|$)/, "/run");
    return WORLD_WRITABLE.find(d => underOrAt(p, d));
}

/** Whether node path `p` (normalised) is `dir`, inside it, or an ancestor of it. */
function overlaps(p: string, dir: string): boolean {
    return underOrAt(p, dir) || dir.startsWith(`${p}/`);
}

/**
 * Docker's per-container directories: each container's json log, config.v2.json and hostconfig.json (environment
 * and bind paths, no token: projected ServiceAccount tokens stay under /var/lib/kubelet/pods, and IRSA and Pod
 * Identity give a container only their file's path). Read-only it is what log shippers read (AWS's Container
 * Insights Fluent Bit DaemonSet, aws-samples/amazon-cloudwatch-container-insights fluent-bit.yaml; EKS user guide,
 * "Set up Fluent Bit as a DaemonSet to send logs to CloudWatch Logs"); writable it stays the runtime's state (Docker
 * rereads a container's config, and the kubelet serves logs through it). Empty on containerd nodes (EKS 1.24+).
 */
const DOCKER_CONTAINER_LOGS = "/var/lib/docker/containers";

/**
 * The node's logs: the kubelet serves `kubectl logs` from /var/log/pods/<ns>_<pod>_<uid>/<container>/N.log and
 * follows symlinks there, so a root container that may write under /var/log reads any node file, every pod's token
 * included (Aqua KHV047 "Pod With Mount to /var/log": "it can create arbitrary files, or symlink to other files on
 * the host. Those would be read by the kubelet when a user executes kubectl logs"; kubernetes/kubernetes#102170).
 * /var/log is root-owned, so only a container that may run as root writes there.
 */
const NODE_LOGS = "/var/log";

/**
 * Node paths whose files the node runs as root (CNI plugins, system binaries, configuration): writable is root.
 * /var/spool/cron holds the users' crontabs, root's included, which crond runs as their owner (crontab(5); cronie
 * in the EKS-optimized AL2 AMI; Debian's /var/spool/cron/crontabs is inside it). /run/udev/rules.d is a udev rules
 * directory, and a rule's RUN program runs as root on the node (udev(7), "Rules Files").
 */
const NODE_EXECUTABLES = [
    "/opt/cni",
    "/etc",
    "/usr",
    "/bin",
    "/sbin",
    "/lib",
    "/lib64",
    "/boot",
    "/opt",
    "/var/spool/cron",
    "/run/udev",
];

/**
 * The system D-Bus and systemd's sockets: a uid-0 client asks systemd to start a transient unit as root on the node
 * (systemd's D-Bus API, org.freedesktop.systemd1.Manager StartTransientUnit; other users need polkit's consent, which
 * is asked over the same bus). The bus authenticates a client by the connecting process's credentials (D-Bus
 * specification, "Authentication mechanisms", EXTERNAL: SO_PEERCRED), systemd's /run/systemd/private (systemd(1):
 * "Used internally as communication channel between systemctl(1) and the systemd process") by its root-only mode;
 * every user's own service manager (/run/user/UID: its bus and systemd/private, systemd(1) --user; rootless Podman's
 * API) runs units as that user: root's is root, and any other user's is root through that user's sudo (1000 is
 * ec2-user on the EKS-optimized Amazon Linux AMIs, a passwordless sudoer; cloud-init "Default user"), so every user's
 * runtime directory counts. A socket on a read-only mount still accepts connect(), so readOnly does not help.
 */
const USER_RUNTIME = ["/run/user", "/var/run/user"];
const ROOT_SOCKETS = ["/run/dbus", "/var/run/dbus", "/run/systemd", "/var/run/systemd", ...USER_RUNTIME];

/**
 * Sockets under ROOT_SOCKETS that give a client, root included, no more than a log line or a status: journald's
 * (systemd-journald.service(8): /run/systemd/journal/socket, stdout, dev-log, the syslog socket /dev/log links to) and
 * the service manager's notification socket (sd_notify(3); systemd takes a message only from a unit's processes,
 * NotifyAccess= in systemd.service(5)). A mount of their directory still holds the others.
 */
const LOG_SOCKETS = [
    "/run/systemd/journal",
    "/var/run/systemd/journal",
    "/run/systemd/notify",
    "/var/run/systemd/notify",
];

/**
 * Where a container can write on the node and stay confined: directories no node process reads or runs. Anything else
 * writable may be (/sys/kernel/uevent_helper runs a program as root on the next uevent, sysfs(5) and the kernel's
 * Documentation/admin-guide/sysfs-rules; /var/lib/cloud/scripts/per-boot runs at boot, cloud-init docs "Boot
 * stages"), whatever the container's uid: a uid may own node directories (1000 is ec2-user on the EKS-optimized
 * Amazon Linux AMIs, a passwordless sudoer whose ~/.ssh/authorized_keys logs in; cloud-init "Default user"). The list
 * is closed:
 * - the Filesystem Hierarchy Standard's data directories: /srv ("site-specific data served by this system"), /mnt
 *   ("temporarily mounted filesystems": local-volume disks, sig-storage-local-static-provisioner's /mnt/disks; not
 *   /mnt/k8s-disks, NODE_SECRETS), and /data, the conventional node-local data directory;
 * - the SPIFFE agents' Workload API socket directories, which workloads connect to and no node process reads
 *   (spiffe/helm-charts spire-agent mounts /run/spire/agent-sockets; Defakto's SPIRL agent, /run/spirl);
 * - /var/fluent-bit/state, the position database of AWS's Container Insights Fluent Bit DaemonSet (EKS user guide,
 *   "Set up Fluent Bit as a DaemonSet to send logs to CloudWatch Logs"; fluent-bit.yaml mounts it as root);
 * - /run/xtables.lock, the iptables lock file that kube-proxy and the VPC CNI mount (iptables(8), "--wait").
 */
export const WRITABLE_DATA = [
    "/srv",
    "/mnt",
    "/data",
    "/run/spire",
    "/run/spirl",
    "/var/fluent-bit/state",
    "/run/xtables.lock",
];

/**
 * The data directory (WRITABLE_DATA) holding node path `path` when the pack lets pods write there, else undefined: the
 * one source of truth for node settings that point a node component at a path (engine/userData.ts). `..` and
 * relative paths are resolved from `/` (a node setting's path is the kernel's, not a hostPath Kubernetes validates);
 * a path at or inside NODE_SECRETS stays out of pods' reach.
 */
export function podWritableRoot(path: string): string | undefined {
    const p = normalizeHostPath(posix.resolve("/", path)).replace(/^\/var\/run(?=\/|$)/, "/run");
    if (NODE_SECRETS.some(secret => underOrAt(p, secret))) return undefined;
    return WRITABLE_DATA.find(d => underOrAt(p, d));
}

/**
 * Whether node path `path` is, holds or lies inside a NODE_SECRETS path (or is `/`), as a hostPath of it would expose
 * them: the one source of truth for node settings that make such a path appear elsewhere (a bind mount,
 * engine/userData.ts). `..` and relative paths are resolved from `/`, as the kernel resolves a mount's paths.
 */
export function holdsNodeSecrets(path: string): boolean {
    return exposesNode(posix.resolve("/", path));
}

/** Whether node path `path` lies at or inside a NODE_SECRETS path (resolved from `/` like holdsNodeSecrets). */
export function insideNodeSecrets(path: string): boolean {
    const p = normalizeHostPath(posix.resolve("/", path));
    return NODE_SECRETS.some(secret => underOrAt(p, secret));
}

/**
 * Whether node path `path` (resolved like insideNodeSecrets) is a socket that makes a root client root on the node: one
 * at or inside NODE_SECRETS (the runtime's, the kubelet's) or ROOT_SOCKETS (D-Bus, systemd's), not a LOG_SOCKETS one.
 * A root process relaying it to the network (engine/userDataReaders/relays.ts runtimeSocketRelay) hands that to whoever connects.
 */
export function rootPowerSocket(path: string): boolean {
    const p = normalizeHostPath(posix.resolve("/", path));
    return insideNodeSecrets(p) || (ROOT_SOCKETS.some(x => underOrAt(p, x)) && !LOG_SOCKETS.some(x => underOrAt(p, x)));
}

/** Whether a capability (any case, with or without CAP_) stays confined when a container adds it. */
export function confinedCapability(name: string): boolean {
    return CONFINED_CAPABILITIES.has(capabilityNames([name])[0]);
}

/**
 * Host ports that stay confined: unprivileged ones no node agent listens on. The portmap CNI plugin (chained by the
 * VPC CNI) redirects every new connection to a node-local address on a host port into the pod (containernetworking
 * plugins, portmap README, "Rule structure": `--dst-type LOCAL`), and the node's own services listen there: the EKS
 * Pod Identity agent on 169.254.170.23:80 and :2703/:2705 (aws/eks-pod-identity-agent#10: each credential request
 * carries the caller's ServiceAccount token), the kubelet on 10250 (scrapers send their tokens), kube-proxy on
 * 10249/10256, the VPC CNI on 61678/61679.
 */
const NODE_SERVICE_PORTS = new Set([2703, 2705, 10248, 10249, 10250, 10255, 10256, 61678, 61679]);

/**
 * Kernel filesystems the node mounts below /sys, writable by root: tracefs and debugfs (kprobes read kernel memory),
 * securityfs and bpffs (pinned BPF maps of the CNI). A `readOnly` mount is not recursive unless recursiveReadOnly says
 * so (Kubernetes API, VolumeMount.recursiveReadOnly: "If this field is not specified, it is treated as an equivalent
 * of Disabled"; KEP-3857 "Recursive Read-only (RRO) mounts"), so a read-only hostPath above one of them leaves it
 * writable.
 */
const WRITABLE_SUBMOUNTS = [
    "/sys/kernel/debug",
    "/sys/kernel/tracing",
    "/sys/kernel/security",
    "/sys/kernel/config",
    "/sys/fs/bpf",
];

/**
 * The cgroup v1 hierarchy (round 81): on cgroup v1 nodes (EKS AL2) /sys/fs/cgroup is a tmpfs holding one cgroupfs
 * mount per controller, writable by root (kernel Documentation/admin-guide/cgroup-v1/cgroups.rst, "Attaching
 * processes": `/bin/echo PID > tasks` moves a process to the root cgroup, out of its container's device allowlist).
 * A non-recursive read-only mount of it or above it leaves the controllers writable; one controller's own mount
 * (/sys/fs/cgroup/memory) has nothing mounted below it. The pack cannot tell a node's cgroup version, so it counts.
 */
const CGROUP_V1_ROOT = "/sys/fs/cgroup";

/** The node's writable mounts below (or at) node path `p` that a non-recursive read-only mount of it leaves writable. */
function writableSubmountsBelow(p: string): string[] {
    return [
        ...WRITABLE_SUBMOUNTS.filter(sub => underOrAt(sub, p)),
        ...(underOrAt(CGROUP_V1_ROOT, p) ? [`${CGROUP_V1_ROOT}/<controller> (cgroup v1)`] : []),
    ];
}

/**
 * Whether a mount of node path `p` is writable somewhere: read-write, or read-only above a writable submount. Only
 * recursiveReadOnly Enabled is surely recursive (Kubernetes API, VolumeMount.recursiveReadOnly: IfPossible makes the
 * mount recursively read-only "if it is supported by the container runtime", else the pod starts with a
 * non-recursive one; Enabled refuses to start the pod instead; RRO needs Linux 5.12+, KEP-3857).
 */
function mountWritable(m: any, p: string): boolean {
    if (m?.readOnly !== true) return true;
    const recursive = m?.recursiveReadOnly === "Enabled";
    return !recursive && writableSubmountsBelow(p).length > 0;
}

function securityContextOf(c: any): any {
    return c?.securityContext;
}

function startsAsRoot(c: any, spec: any): boolean {
    const uid = securityContextOf(c)?.runAsUser ?? spec?.securityContext?.runAsUser;
    const nonRoot = securityContextOf(c)?.runAsNonRoot ?? spec?.securityContext?.runAsNonRoot;
    return !((typeof uid === "number" && uid > 0) || nonRoot === true);
}

/**
 * Whether a container may run as uid 0: a container's securityContext overrides the pod's (Kubernetes, "Configure
 * a Security Context for a Pod or Container"); runAsNonRoot makes the kubelet refuse uid 0, but only for the first
 * process. Unless allowPrivilegeEscalation is false (a container-only field, default true) no_new_privs stays unset
 * and any setuid-root binary of the image runs with euid 0 (kernel docs, "No New Privileges Flag": with it set "the
 * setuid and setgid bits will no longer change the uid"; Pod Security Standards, Restricted, "Privilege
 * Escalation"). Dropping capabilities does not stop that: euid 0 still owns root's files. A privileged container is
 * root whatever its uid.
 */
function mayRunAsRoot(c: any, spec: any): boolean {
    const sc = securityContextOf(c);
    return startsAsRoot(c, spec) || sc?.allowPrivilegeEscalation !== false || sc?.privileged === true;
}

function capabilityNames(xs: unknown): string[] {
    return (Array.isArray(xs) ? xs : []).map(x => String(x).toUpperCase().replace(/^CAP_/, ""));
}

function containersOf(spec: any): any[] {
    return [
        ...(Array.isArray(spec.containers) ? spec.containers : []),
        ...(Array.isArray(spec.initContainers) ? spec.initContainers : []),
        ...(Array.isArray(spec.ephemeralContainers) ? spec.ephemeralContainers : []),
    ];
}

/**
 * A pod on the node's network reaches the node: instance metadata answers it with the node role whatever the hop
 * limit (eksctl user guide, "Security": blocking pods from IMDS does not cover host-network pods), and the node role
 * is the node's Kubernetes identity, which the Node authorizer lets mint the tokens of the pods bound to the node
 * (Kubernetes "Using Node Authorization"). With root and NET_RAW it also reads the node's traffic, Pod Identity's
 * plain-HTTP credentials included (Pod Security Standards, Baseline, "Host Namespaces").
 */
export function onHostNetwork(spec: any): string | undefined {
    if (!spec || typeof spec !== "object" || spec.hostNetwork !== true) return undefined;
    return "on the host network, instance metadata gives it the node role whatever the hop limit, and with it the node's identity (the tokens of the pods on its node)";
}

/**
 * Why the node's processes are in reach: opening /proc/<pid>/root is a ptrace read check, which a container passes for
 * every process of its own uid and gid holding no more capabilities (ptrace(2), "Ptrace access mode checking"), so a
 * non-root container reads the token files of the pods sharing its uid (distroless "nonroot" is 65532 in many images),
 * and a root one everyone's (Pod Security Standards, Baseline, "Host Namespaces", "HostPath Volumes").
 */
const PROCESS_ROOTS =
    "their /proc/<pid>/root opens for any container of the same uid (and for root, every process), other pods' token files included";

/**
 * The node paths a pod spec mounts from hostPath volumes, each with whether some container may write it. A writable
 * directory can hold a symlink that another hostPath below it then follows: the runtime resolves a mount's source
 * path on the node (containerd/cri#242), and a path prefix does not stop links inside it (kubernetes/kubernetes#99499,
 * #61043). engine/kubernetes.ts compares them across the stack's pods.
 */
export function hostPathMounts(
    spec: any,
    namespace?: string,
): { path: string; writable: boolean; volumePath: string }[] {
    if (!spec || typeof spec !== "object") return [];
    const containers = containersOf(spec);
    return (Array.isArray(spec.volumes) ? spec.volumes : []).flatMap((v: any) => {
        const raw = typeof v?.hostPath?.path === "string" ? v.hostPath.path : undefined;
        if (raw === undefined) return [];
        const volumePath = normalizeHostPath(raw);
        const byPath = new Map<string, boolean>();
        for (const c of containers)
            for (const m of Array.isArray(c?.volumeMounts) ? c.volumeMounts : []) {
                if (m?.name !== v.name) continue;
                const p = mountNodePath(volumePath, m, c, spec, namespace);
                byPath.set(p, (byPath.get(p) ?? false) || mountWritable(m, p));
            }
        return [...byPath].map(([path, writable]) => ({ path, writable, volumePath }));
    });
}

/**
 * Round 82: the node path a volumeMount of a hostPath volume at `volumePath` shows the container (Kubernetes
 * "Volumes", Using subPath: "The volumeMounts[*].subPath property specifies a sub-path inside the referenced volume
 * instead of its root"; the kubelet resolves it inside the volume, never through a symlink out of it, since
 * CVE-2017-1002101's fix). A subPathExpr is expanded from the container's environment at its start
 * (expandedSubPathExpr, round 83): when that cannot be read, the volume's path stands (it holds whatever the expression
 * names).
 */
function mountNodePath(volumePath: string, m: any, c?: any, spec?: any, namespace?: string): string {
    const sub = m?.subPathExpr !== undefined ? expandedSubPathExpr(m.subPathExpr, c, spec, namespace) : m?.subPath;
    if (typeof sub !== "string" || sub === "" || isUnknown(sub)) return volumePath;
    // The API server refuses a subPath with `..` (validation: "must not contain '..'"); kept whole if it gets one.
    if (sub.split("/").includes("..")) return volumePath;
    return normalizeHostPath(`${volumePath}/${sub}`);
}

/**
 * Round 83: a volumeMount's subPathExpr as the kubelet expands it, or undefined when it cannot be read here. Kubernetes
 * "Volumes", Using subPath with expanded environment variables: "Use the subPathExpr field to construct subPath
 * directory names from downward API environment variables"; each $(VAR) is container `c`'s env variable (an env entry
 * overrides envFrom, the last of one name wins). A variable counts only when its value is in the manifest: a literal
 * value without references, or a downward API field the pod's manifest fixes (metadata.namespace, the namespace the
 * pack knows; spec.serviceAccountName). Anything else (a ConfigMap or Secret key its writer may set, envFrom, another
 * field, an escaped `$$`) is unknown: the volume's root (fail closed).
 */
function expandedSubPathExpr(expr: unknown, c: any, spec: any, namespace?: string): string | undefined {
    if (typeof expr !== "string" || isUnknown(expr) || expr.includes("$$")) return undefined;
    const env: any[] = Array.isArray(c?.env) ? c.env : [];
    const valueOf = (name: string): string | undefined => {
        const entry = [...env].reverse().find(e => e?.name === name);
        if (entry === undefined || isUnknown(entry)) return undefined;
        if (typeof entry.value === "string" && !isUnknown(entry.value))
            return entry.value.includes("$(") ? undefined : entry.value;
        const field = entry.valueFrom?.fieldRef?.fieldPath;
        if (field === "metadata.namespace" && namespace !== undefined && namespace !== "*") return namespace;
        if (field === "spec.serviceAccountName") {
            const sa = spec?.serviceAccountName ?? spec?.serviceAccount ?? "default";
            return typeof sa === "string" && !isUnknown(sa) ? sa : undefined;
        }
        return undefined;
    };
    let unknown = false;
    const out = expr.replace(/\$\(([^)]*)\)/g, (_, name: string) => {
        const v = valueOf(name);
        if (v === undefined) unknown = true;
        return v ?? "";
    });
    return unknown || out.includes("$(") ? undefined : out;
}

/** Why a hostPath volume reaches the node, judged against the mounts of the containers that use it. */
function hostPathReach(path: string, volumeName: unknown, containers: any[], spec: any): string | undefined {
    const p = normalizeHostPath(path);
    const mounts = containers.flatMap(c =>
        (Array.isArray(c?.volumeMounts) ? c.volumeMounts : [])
            .filter((m: any) => m?.name === volumeName)
            .map((m: any) => ({ c, writable: mountWritable(m, p), readOnly: m?.readOnly === true })),
    );
    const writers = mounts.filter(x => x.writable).map(x => x.c);
    if (mounts.length === 0) return undefined;
    const rootMounting = mounts.some(x => mayRunAsRoot(x.c, spec));
    if (exposesNode(path) && !(underOrAt(p, DOCKER_CONTAINER_LOGS) && writers.length === 0))
        return `hostPath ${path} exposes the node's pod tokens or runtime`;
    if (unknownNodeSocket(p))
        return `hostPath ${path} is a node socket the pack does not know to be harmless (a socket accepts connect() on a read-only mount; container runtimes and node services serve their APIs on one); a directory under /run (/var/run) holds the node daemons' sockets; only the SPIFFE agents' sockets under the data directories, the kubelet's PodResources socket, journald's sockets and its /run/log/journal are allowed`;
    if (underOrAt(p, NODE_LOGS) && writers.some(c => mayRunAsRoot(c, spec)))
        return `hostPath ${path} is writable by a root container: the kubelet follows symlinks there when it serves container logs, so any file of the node is read, pod tokens included`;
    // A user's runtime directory (0700, its user's) is open to a container of that uid as well as to root: any
    // container mounting it may be (an image's user is unknown unless runAsUser says).
    if (USER_RUNTIME.some(x => overlaps(p, x)))
        return `hostPath ${path} gives a container a user's service manager (systemd --user starts units as that user, who may be a sudoer: root on the node)`;
    if (ROOT_SOCKETS.some(x => overlaps(p, x)) && rootMounting)
        return `hostPath ${path} gives a root container systemd's D-Bus (it starts units as root on the node)`;
    if (writers.length > 0 && NODE_EXECUTABLES.some(x => overlaps(p, x)))
        return `hostPath ${path} is writable: the node runs what it holds as root`;
    // The node's procfs is every process's /proc/<pid>/root (PROCESS_ROOTS).
    if (underOrAt(p, "/proc")) return `hostPath ${p} (the node's processes): ${PROCESS_ROOTS}`;
    const writer = mounts.find(x => x.writable);
    if (writer?.readOnly)
        return `hostPath ${path} is writable by container ${writer.c.name ?? ""}: its readOnly mount is not recursive, so the node's ${writableSubmountsBelow(p).join(", ")} below it stay writable; set recursiveReadOnly: Enabled`;
    // /var/run is a symlink to /run on the EKS AMIs (Filesystem Hierarchy Standard 3.0, "/var/run"), and the kubelet
    // mounts the path it resolves to.
    const resolved = p.replace(/^\/var\/run(?=\/|$)/, "/run");
    if (writer && !WRITABLE_DATA.some(d => underOrAt(resolved, d)))
        return `hostPath ${path} is writable by container ${writer.c.name ?? ""}: only data directories (${WRITABLE_DATA.join(", ")}) are known to be read or run by no node process, whatever the container's uid; mount it readOnly, or keep the data under one of them`;
    return undefined;
}

/** Why a pod-level or container-level security field leaves the allowlist, or undefined. */
function securityFieldReach(sc: any, where: string): string | undefined {
    if (!sc || typeof sc !== "object") return undefined;
    const se = sc.seLinuxOptions;
    if (se && typeof se === "object") {
        if (se.type !== undefined && !CONFINED_SELINUX_TYPES.has(se.type))
            return `${where}: SELinux type ${se.type} is not a container type (Pod Security Standards, Baseline, "SELinux": ${[...CONFINED_SELINUX_TYPES].join(", ")})`;
        if (se.user !== undefined || se.role !== undefined)
            return `${where}: a custom SELinux user or role (Pod Security Standards, Baseline, "SELinux": they must stay unset)`;
    }
    if (String(sc.seccompProfile?.type ?? "").toLowerCase() === "unconfined")
        return `${where}: seccomp Unconfined (Pod Security Standards, Baseline, "Seccomp")`;
    if (String(sc.appArmorProfile?.type ?? "").toLowerCase() === "unconfined")
        return `${where}: AppArmor Unconfined (Pod Security Standards, Baseline, "AppArmor")`;
    return undefined;
}

/**
 * The first reason a pod spec leaves the node-confined allowlist, or undefined when it stays inside its containers.
 * `annotations` are the pod template's (the AppArmor and seccomp annotations the kubelet still reads).
 */
export function nodeReach(spec: any, annotations?: Record<string, unknown>): string | undefined {
    if (!spec || typeof spec !== "object") return undefined;
    const containers = containersOf(spec);
    // A Windows HostProcess container is a process on the node with the node's filesystem and network, the kubelet's
    // credentials included (Kubernetes "Create a Windows HostProcess Pod"; Pod Security Standards, Baseline,
    // "HostProcess"). The pod-level setting applies to every container.
    const hostProcess = containers.find(
        c =>
            (securityContextOf(c)?.windowsOptions?.hostProcess ?? spec.securityContext?.windowsOptions?.hostProcess) ===
            true,
    );
    if (hostProcess) return `Windows HostProcess container ${hostProcess.name ?? ""} runs on the node itself`;
    for (const v of Array.isArray(spec.volumes) ? spec.volumes : []) {
        if (!v || typeof v !== "object") continue;
        const types = Object.keys(v).filter(k => k !== "name");
        if (types.includes("hostPath")) {
            const path = typeof v.hostPath?.path === "string" ? v.hostPath.path : undefined;
            const why = path === undefined ? undefined : hostPathReach(path, v.name, containers, spec);
            if (why) return why;
            continue;
        }
        const outside = types.filter(t => !CONFINED_VOLUME_TYPES.has(t));
        if (outside.length > 0)
            return `volume ${v.name ?? ""} is of type ${outside.join(", ")}, not on the confined list (${[...CONFINED_VOLUME_TYPES].join(", ")}, and hostPath judged by its path)`;
    }
    // Pod Security Standards, Baseline, "Host Namespaces": the node's PID namespace (PROCESS_ROOTS); the node's IPC
    // namespace holds its processes' shared memory and message queues.
    if (spec.hostPID === true) return `hostPID, the node's processes: ${PROCESS_ROOTS}`;
    if (spec.hostIPC === true)
        return 'hostIPC: the node\'s shared memory and message queues (Pod Security Standards, Baseline, "Host Namespaces")';
    for (const c of containers) {
        const sc = securityContextOf(c);
        if (sc?.privileged === true) return `privileged container ${c.name ?? ""} owns its node`;
        const outside = capabilityNames(sc?.capabilities?.add).filter(x => !CONFINED_CAPABILITIES.has(x));
        if (outside.length > 0)
            return `container ${c.name ?? ""} adds ${outside.join(", ")}, not on the confined list (Pod Security Standards Baseline's defaults, plus NET_ADMIN, NET_RAW, IPC_LOCK)`;
        const port = (Array.isArray(c?.ports) ? c.ports : [])
            .map((x: any) => x?.hostPort)
            .find((hp: unknown) => typeof hp === "number" && hp > 0 && (hp < 1024 || NODE_SERVICE_PORTS.has(hp)));
        if (port !== undefined)
            return `container ${c.name ?? ""} takes host port ${port}: connections to the node's own services on that port (the Pod Identity agent's 169.254.170.23:80, the kubelet, kube-proxy, the VPC CNI) are redirected into the pod, with the callers' tokens; use an unprivileged port no node agent listens on`;
        if (sc?.procMount !== undefined && sc.procMount !== "Default")
            return `container ${c.name ?? ""} asks for procMount ${sc.procMount}: the node's masked /proc paths unmasked (Pod Security Standards, Baseline, "/proc Mount Type")`;
        const why = securityFieldReach(sc, `container ${c?.name ?? ""}`);
        if (why) return why;
    }
    const podReach = securityFieldReach(spec.securityContext, "the pod's securityContext");
    if (podReach) return podReach;
    for (const [key, value] of Object.entries(annotations ?? {})) {
        const v = String(value).toLowerCase();
        if (key.startsWith("container.apparmor.security.beta.kubernetes.io/") && v === "unconfined")
            return `annotation ${key}: unconfined (Pod Security Standards, Baseline, "AppArmor")`;
        if (/^(container\.)?seccomp\.security\.alpha\.kubernetes\.io\//.test(key) && v === "unconfined")
            return `annotation ${key}: unconfined (Pod Security Standards, Baseline, "Seccomp")`;
    }
    const sysctls = Array.isArray(spec.securityContext?.sysctls) ? spec.securityContext.sysctls : [];
    const unsafe = sysctls.map((s: any) => String(s?.name)).filter((n: string) => !SAFE_SYSCTLS.has(n));
    if (unsafe.length > 0)
        return `sysctls ${unsafe.join(", ")} are not in Pod Security Standards Baseline's safe set (they may act beyond the pod)`;
    return undefined;
}

/**
 * A pod spec whose allowlisted fields are unknown (first preview: computed from another resource's output). At `up`
 * a hostPath may be /var/lib/kubelet, a securityContext privileged or SYS_ADMIN, hostNetwork or hostPID true, a list
 * of containers anything, so the pod is read as owning its node: refused until known.
 */
export function unknownNodeReach(spec: any, annotations?: Record<string, unknown>): string | undefined {
    if (!spec || typeof spec !== "object") return undefined;
    const owns = "the pod may own its node";
    if (isUnknown(spec.volumes)) return unverifiable("the volumes list", owns);
    for (const v of Array.isArray(spec.volumes) ? spec.volumes : [])
        if (isUnknown(v) || (v && typeof v === "object" && Object.values(v).some(isUnknown)))
            return unverifiable(`volume ${v?.name ?? ""}`, owns);
        else if (isUnknown(v?.hostPath?.path)) return unverifiable(`hostPath of volume ${v?.name ?? ""}`, owns);
    for (const list of ["containers", "initContainers", "ephemeralContainers"])
        if (isUnknown(spec[list])) return unverifiable(`the ${list} list`, owns);
    const containers = containersOf(spec);
    const securityContexts = [
        ["the pod's securityContext", spec.securityContext],
        ...containers.map(c => [`securityContext of container ${c?.name ?? ""}`, securityContextOf(c)]),
    ] as const;
    for (const [where, sc] of securityContexts) {
        if (isUnknown(sc)) return unverifiable(where, owns);
        for (const field of [
            "privileged",
            "capabilities",
            "procMount",
            "seLinuxOptions",
            "seccompProfile",
            "appArmorProfile",
            "windowsOptions",
            "sysctls",
        ])
            if (containsUnknown(sc?.[field])) return unverifiable(`${field} in ${where}`, owns);
    }
    if (containsUnknown(annotations)) return unverifiable("the pod template's annotations", owns);
    // Which container mounts a hostPath, and how, decides whether it is read or written as root.
    const hasHostPath = (Array.isArray(spec.volumes) ? spec.volumes : []).some((v: any) => v?.hostPath !== undefined);
    const unknownMounts = containers.find(c => containsUnknown(c?.volumeMounts));
    if (hasHostPath && unknownMounts)
        return unverifiable(`volumeMounts of container ${unknownMounts.name ?? ""}`, owns);
    // An unknown runAsUser, runAsNonRoot or allowPrivilegeEscalation is read as "may run as root" (mayRunAsRoot).
    // hostNetwork true reaches instance metadata, the node role (onHostNetwork); hostPID true with a root container
    // reads every process's /proc/<pid>/root (Pod Security Standards, Baseline, "Host Namespaces").
    if (isUnknown(spec.hostNetwork))
        return unverifiable("hostNetwork", "the pod may be on the node's network (instance metadata, the node role)");
    if (isUnknown(spec.hostIPC)) return unverifiable("hostIPC", owns);
    if (isUnknown(spec.hostPID)) return unverifiable("hostPID", owns);
    const unknownPort = containers.find(c => containsUnknown(c?.ports));
    if (unknownPort) return unverifiable(`ports of container ${unknownPort.name ?? ""}`, owns);
    return undefined;
}

/**
 * Why a PersistentVolume's node path reaches the node. The claimant's pod is not in view: the path is judged as a
 * pod's hostPath mounted read-write (a claim's default) by a container that may run as root (RBAC Good Practices,
 * "Persistent volume creation").
 */
export function volumePathReach(path: string): string | undefined {
    const claimant = { name: "claimant", volumeMounts: [{ name: "pv", mountPath: "/pv" }] };
    return hostPathReach(path, "pv", [claimant], { containers: [claimant] });
}

/**
 * The ServiceAccount a pod spec runs as: serviceAccountName, else the deprecated spec.serviceAccount, which the API
 * server copies into it (Kubernetes API, PodSpec: "DeprecatedServiceAccount is a deprecated alias for
 * ServiceAccountName. Deprecated: Use serviceAccountName instead"), else `default`. Every reader of a pod's
 * ServiceAccount goes through here.
 */
export function podServiceAccount(spec: any): string {
    if (!spec || typeof spec !== "object") return "default";
    for (const field of ["serviceAccountName", "serviceAccount"])
        if (typeof spec[field] === "string" && spec[field] !== "" && !isUnknown(spec[field])) return spec[field];
    return "default";
}

/**
 * The Secrets of its namespace a pod spec reads, by name: secret volumes (secretName), projected volumes' secret
 * sources (name), and every container's (init and ephemeral ones included) env[].valueFrom.secretKeyRef.name and
 * envFrom[].secretRef.name (Kubernetes "Secrets", "Using Secrets as files from a Pod" and "Using Secrets as
 * environment variables"; "Projected Volumes"). The kubelet fetches them for the pod (Node authorizer), with no RBAC
 * check on the pod's author or ServiceAccount ("Secrets": "any user with permission to create a Pod that uses a
 * Secret can see the value of that Secret"). `unknown`: a part that may name more is unknown during the preview.
 */
export function podSecretNames(spec: any): { refs: { name: string; via: string }[]; unknown: boolean } {
    return podObjectNames(spec, "Secret");
}

/**
 * Where a pod spec names a Secret or a ConfigMap of its namespace: the volume source and its name field, the projected
 * source, the env valueFrom key reference and the envFrom reference (Kubernetes "ConfigMaps", "Using ConfigMaps as
 * files from a Pod" and "ConfigMaps as environment variables", as "Secrets" for Secrets).
 */
const POD_OBJECT_FIELDS = {
    Secret: { volume: ["secret", "secretName"], keyRef: "secretKeyRef", envFrom: "secretRef" },
    ConfigMap: { volume: ["configMap", "name"], keyRef: "configMapKeyRef", envFrom: "configMapRef" },
} as const;

/**
 * The Secrets (podSecretNames) or ConfigMaps of its namespace a pod spec reads, by name, from the same fields
 * (POD_OBJECT_FIELDS): a ConfigMap is the pod's environment or files as a Secret is, so whoever writes one writes
 * the pod's inputs (engine/kubernetes.ts podInputWriters). `unknown`: a part that may name more is unknown during the
 * preview.
 */
export function podObjectNames(
    spec: any,
    kind: keyof typeof POD_OBJECT_FIELDS,
): { refs: { name: string; via: string }[]; unknown: boolean } {
    const fields = POD_OBJECT_FIELDS[kind];
    const [volumeField, nameField] = fields.volume;
    const lower = kind === "Secret" ? "secret" : "configMap";
    const refs: { name: string; via: string }[] = [];
    let unknown = false;
    const take = (v: unknown, via: string) => {
        if (isUnknown(v)) unknown = true;
        else if (typeof v === "string" && v !== "") refs.push({ name: v, via });
    };
    const list = (v: unknown): any[] => {
        if (isUnknown(v)) unknown = true;
        return Array.isArray(v) ? v : [];
    };
    if (!spec || typeof spec !== "object") return { refs, unknown: isUnknown(spec) };
    for (const v of list(spec.volumes)) {
        if (isUnknown(v) || isUnknown(v?.[volumeField]) || isUnknown(v?.projected)) unknown = true;
        if (v?.[volumeField]) take(v[volumeField][nameField], `${lower} volume ${v.name}`);
        for (const s of list(v?.projected?.sources)) {
            if (isUnknown(s) || isUnknown(s?.[lower])) unknown = true;
            if (s?.[lower]) take(s[lower].name, `projected volume ${v.name}`);
        }
    }
    for (const field of ["containers", "initContainers", "ephemeralContainers"])
        for (const c of list(spec[field])) {
            if (isUnknown(c)) unknown = true;
            for (const e of list(c?.env)) {
                if (isUnknown(e) || isUnknown(e?.valueFrom) || isUnknown(e?.valueFrom?.[fields.keyRef])) unknown = true;
                else if (e?.valueFrom?.[fields.keyRef])
                    take(e.valueFrom[fields.keyRef].name, `container ${c.name}'s env ${e.name} (${fields.keyRef})`);
            }
            for (const e of list(c?.envFrom)) {
                if (isUnknown(e) || isUnknown(e?.[fields.envFrom])) unknown = true;
                else if (e?.[fields.envFrom])
                    take(e[fields.envFrom].name, `container ${c.name}'s envFrom (${fields.envFrom})`);
            }
        }
    return { refs, unknown };
}

/** Annotations the kubelet reads as a pod's AppArmor or seccomp profile (see nodeReach). */
function podSecurityAnnotation(key: string): boolean {
    return (
        key.startsWith("container.apparmor.security.beta.kubernetes.io/") ||
        /^(container\.)?seccomp\.security\.alpha\.kubernetes\.io\//.test(key)
    );
}

/**
 * Pod-template annotations known to be inert: read by no mutating injector that adds containers, images, volumes,
 * environment or host access to the pod, nor by the kubelet. A pod's annotations are the API of the injectors that
 * run outside the stack (Istio's `sidecar.istio.io/proxyImage` and `userVolume`, istio/api annotation/annotations.yaml;
 * Vault Agent's `vault.hashicorp.com/agent-image` and `agent-inject-command-*`, Vault docs "Agent Sidecar Injector
 * Annotations"; Datadog's, Linkerd's, ...), so every other key is refused: the pod that runs may not be the pod the
 * stack declares. Inert:
 * - kubectl's: `kubectl.kubernetes.io/restartedAt` (`kubectl rollout restart`), `default-container` and
 *   `default-logs-container` (which container `kubectl exec`/`logs` picks; Kubernetes "Well-Known Labels,
 *   Annotations and Taints");
 * - eviction and disruption hints: `cluster-autoscaler.kubernetes.io/safe-to-evict` (and `-local-volumes`; Cluster
 *   Autoscaler FAQ), `karpenter.sh/do-not-disrupt` (Karpenter "Disruption");
 * - scrape hints `prometheus.io/*` (a scraper's relabelling reads them to reach the pod's own port), and Helm's
 *   `checksum/*` (a hash of a chart's config, to roll the pods when it changes; Helm "Chart Development Tips and
 *   Tricks", "Automatically Roll Deployments");
 * - Istio's that change only the injected proxy's resources, logs, stats, probes or which of the pod's own
 *   connections it redirects (istio/api annotation/annotations.yaml): the injector's default template then runs the
 *   mesh's own proxy image, as non-root with no capability beyond the pod's network namespace; `sidecar.istio.io/inject`
 *   true or false; `proxy.istio.io/config` with PROXY_CONFIG_FIELDS only; `userVolume`/`userVolumeMount` judged as
 *   the pod's own volumes mounted by a container that may be root (podAnnotationReach).
 * - Linkerd's `linkerd.io/inject` enabled or disabled: like Istio's injector, its proxy injector adds linkerd-init
 *   (iptables in the pod's own network namespace; absent with the Linkerd CNI plugin) and linkerd-proxy, the mesh's
 *   own images (linkerd.io "Automatic Proxy Injection"; `disabled` opts the pod out); and the proxy's own CPU and
 *   memory requests and limits, `config.linkerd.io/proxy-{cpu,memory}-{request,limit}` (linkerd.io reference "Proxy
 *   Configuration": "Amount of CPU units that the proxy sidecar requests", "Maximum amount of Memory that the proxy
 *   sidecar can use", ...).
 * Refused among Istio's: `proxyImage`, `proxyImageType`, `bootstrapOverride`, `discoveryAddress` (where the proxy
 * sends its token), `interceptionMode` and `capNetBindService` (the proxy as uid 0), `inject.istio.io/templates`
 * (another template). Refused among Linkerd's ("Proxy Configuration": linkerd.io/inject's "accepted values are
 * enabled, disabled and ingress"): `linkerd.io/inject: ingress`, and every other `config.linkerd.io/` or
 * `config.alpha.linkerd.io/` key: `proxy-image`, `proxy-version`, `init-image`, `init-image-version`, `debug-image`
 * and `enable-debug-sidecar` (other images), `proxy-uid` ("Run the proxy under this user ID"), the identity,
 * control-plane and trace-collector addresses, `skip-*-ports` and `opaque-ports` (traffic around the proxy). The
 * AppArmor and seccomp annotations are judged by their value (nodeReach).
 */
const INERT_POD_ANNOTATIONS = new Set([
    "kubectl.kubernetes.io/restartedAt",
    "kubectl.kubernetes.io/default-container",
    "kubectl.kubernetes.io/default-logs-container",
    "cluster-autoscaler.kubernetes.io/safe-to-evict",
    "cluster-autoscaler.kubernetes.io/safe-to-evict-local-volumes",
    "karpenter.sh/do-not-disrupt",
    "sidecar.istio.io/proxyCPU",
    "sidecar.istio.io/proxyCPULimit",
    "sidecar.istio.io/proxyMemory",
    "sidecar.istio.io/proxyMemoryLimit",
    "sidecar.istio.io/logLevel",
    "sidecar.istio.io/componentLogLevel",
    "sidecar.istio.io/agentLogLevel",
    "sidecar.istio.io/rewriteAppHTTPProbers",
    "sidecar.istio.io/nativeSidecar",
    "sidecar.istio.io/statsInclusionPrefixes",
    "sidecar.istio.io/statsInclusionSuffixes",
    "sidecar.istio.io/statsInclusionRegexps",
    "sidecar.istio.io/statsHistogramBuckets",
    "sidecar.istio.io/statsFlushInterval",
    "sidecar.istio.io/statsEvictionInterval",
    "sidecar.istio.io/statsHistogramBins",
    "sidecar.istio.io/statsCompression",
    "sidecar.istio.io/extraStatTags",
    "status.sidecar.istio.io/port",
    "prometheus.istio.io/merge-metrics",
    "galley.istio.io/analyze-suppress",
    "ambient.istio.io/bypass-inbound-capture",
    "ambient.istio.io/dns-capture",
    "config.linkerd.io/proxy-cpu-request",
    "config.linkerd.io/proxy-cpu-limit",
    "config.linkerd.io/proxy-memory-request",
    "config.linkerd.io/proxy-memory-limit",
]);
const INERT_POD_ANNOTATION_PREFIXES = [
    "prometheus.io/",
    "checksum/",
    "traffic.sidecar.istio.io/",
    "readiness.status.sidecar.istio.io/",
];
const ISTIO_INJECT = "sidecar.istio.io/inject";
const LINKERD_INJECT = "linkerd.io/inject";
const ISTIO_PROXY_CONFIG = "proxy.istio.io/config";
const ISTIO_USER_VOLUME = "sidecar.istio.io/userVolume";
const ISTIO_USER_VOLUME_MOUNT = "sidecar.istio.io/userVolumeMount";
/**
 * ProxyConfig fields (istio/api mesh/v1alpha1/proxy.proto) a pod's `proxy.istio.io/config` may override and leave the
 * proxy what the mesh runs: its start and drain timings, worker threads, stat names. Not `image`, `proxyMetadata`
 * (environment), `discoveryAddress`, tracing or metrics service addresses, `privateKeyProvider`, bootstrap paths.
 */
const PROXY_CONFIG_FIELDS = new Set([
    "holdApplicationUntilProxyStarts",
    "terminationDrainDuration",
    "drainDuration",
    "concurrency",
    "statNameLength",
    "proxyStatsMatcher",
]);

/**
 * Why one annotation leaves the allowlist without the pod in view (INERT_POD_ANNOTATIONS), or undefined; `"pod"`
 * when it is judged with the pod's spec (Istio's userVolume and userVolumeMount).
 */
function annotationOutside(key: string, value: unknown): string | "pod" | undefined {
    if (podSecurityAnnotation(key)) return undefined;
    if (INERT_POD_ANNOTATIONS.has(key) || INERT_POD_ANNOTATION_PREFIXES.some(p => key.startsWith(p))) return undefined;
    if (key === ISTIO_INJECT)
        return value === "true" || value === "false" ? undefined : `${key}: ${JSON.stringify(value)} (true or false)`;
    if (key === LINKERD_INJECT)
        return value === "enabled" || value === "disabled"
            ? undefined
            : `${key}: ${JSON.stringify(value)} (enabled or disabled; ingress mode changes how the proxy routes the pod's traffic)`;
    if (key === ISTIO_USER_VOLUME || key === ISTIO_USER_VOLUME_MOUNT) return "pod";
    if (key === ISTIO_PROXY_CONFIG) {
        const doc = typeof value === "string" ? parseDocument(value) : undefined;
        const config = doc && doc.errors.length === 0 ? doc.toJS() : undefined;
        if (config === null || config === undefined) return doc?.errors.length === 0 ? undefined : `${key} is not YAML`;
        if (typeof config !== "object" || Array.isArray(config)) return `${key} is not a ProxyConfig object`;
        const field = Object.keys(config).find(f => !PROXY_CONFIG_FIELDS.has(f));
        return field === undefined
            ? undefined
            : `${key} sets ${field}, not one of ${[...PROXY_CONFIG_FIELDS].join(", ")} (it changes what the proxy runs, reads or where it connects)`;
    }
    return `${key} is not known to be inert: a mutating injector outside the stack may read it to add containers, images, volumes or host access`;
}

/** Istio's userVolume/userVolumeMount value: a JSON array of objects, or (older) a JSON object keyed by name. */
function namedList(text: unknown): any[] | undefined {
    let parsed: unknown;
    try {
        parsed = typeof text === "string" ? JSON.parse(text) : undefined;
    } catch {
        return undefined;
    }
    if (Array.isArray(parsed)) return parsed;
    if (parsed && typeof parsed === "object")
        return Object.entries(parsed).map(([name, v]) => ({ ...(v && typeof v === "object" ? v : {}), name }));
    return undefined;
}

/**
 * The pod spec with what Istio's injector adds from `sidecar.istio.io/userVolume` and `userVolumeMount` ("Specifies
 * one or more user volumes (as a JSON array) to be added to the Envoy sidecar": the volumes to the pod, the mounts to
 * istio-proxy; istio/istio injection-template.yaml), as a container that may run as root (the mesh's values decide
 * its user): the pod as it runs, for its node reach and the Secrets it reads. Unreadable values: the spec as is
 * (podAnnotationReach refuses them).
 */
export function withInjectedVolumes(spec: any, annotations: Record<string, unknown> | undefined): any {
    const volumes = namedList(annotations?.[ISTIO_USER_VOLUME]);
    const mounts = namedList(annotations?.[ISTIO_USER_VOLUME_MOUNT]);
    if ((!volumes && !mounts) || !spec || typeof spec !== "object") return spec;
    return {
        ...spec,
        volumes: [...(Array.isArray(spec.volumes) ? spec.volumes : []), ...(volumes ?? [])],
        containers: [
            ...(Array.isArray(spec.containers) ? spec.containers : []),
            { name: "istio-proxy", volumeMounts: mounts ?? [] },
        ],
    };
}

/**
 * Why a pod template's annotations may change the pod that runs beyond the spec the pack judged (INERT_POD_ANNOTATIONS),
 * naming the first key outside the allowlist, or undefined. Istio's userVolume and userVolumeMount are judged as the
 * pod's own volumes (withInjectedVolumes): a ConfigMap, Secret or emptyDir stays confined, a hostPath is judged by its
 * path. Unknown annotations are unknownNodeReach's.
 */
export function podAnnotationReach(annotations: Record<string, unknown> | undefined, spec: any): string | undefined {
    let injected = false;
    for (const [key, value] of Object.entries(annotations ?? {})) {
        const why = annotationOutside(key, value);
        if (why === "pod") injected = true;
        else if (why) return `annotation ${why}`;
    }
    if (!injected) return undefined;
    for (const key of [ISTIO_USER_VOLUME, ISTIO_USER_VOLUME_MOUNT])
        if (annotations?.[key] !== undefined && namedList(annotations[key]) === undefined)
            return `annotation ${key} is not a JSON array or object the pack can read`;
    const why = nodeReach(withInjectedVolumes(spec ?? {}, annotations));
    return (
        why && `annotations ${ISTIO_USER_VOLUME}/${ISTIO_USER_VOLUME_MOUNT} add to the istio-proxy container: ${why}`
    );
}

/**
 * Namespace annotation keys an injector may copy into the pods it injects there, judged as on each of those pods
 * (annotationOutside). Linkerd's proxy injector does: "If namespace has annotations that do not exist on pod then
 * copy them over to pod's template" (linkerd2 proxy-injector webhook; pkg/inject AppendNamespaceAnnotations: "allows
 * pods to inherit config specific annotations from the namespace they belong to", every config.linkerd.io/ and
 * config.alpha.linkerd.io/ key; linkerd/linkerd2#6002), and `linkerd.io/inject` on a namespace injects its pods
 * (linkerd.io "Automatic Proxy Injection": "present on a namespace or any workloads"). Istio's injector reads only
 * the pod's own annotations ("Only information specified in the PodTemplateSpec is used by the webhook",
 * istio/istio#3664; a namespace opts in by label, through the webhook's namespaceSelector, istio/istio#6476), and
 * Vault Agent's injector reads the pod's too (Vault docs, "Agent Sidecar Injector Annotations"). DECIDED: their keys
 * are judged on a Namespace all the same: they have no other meaning there, and an injector version that copied them
 * would make it the pod case. Any other namespace annotation (an owner, a description, a tool's hint) is not an
 * injector's API and is not judged, so that ordinary namespace metadata stays accepted.
 */
const NAMESPACE_INJECTOR_KEY =
    /^(linkerd\.io\/inject$|config\.(alpha\.)?linkerd\.io\/|(sidecar|proxy|inject)\.istio\.io\/|vault\.hashicorp\.com\/)/;

/**
 * Why a Namespace's (or NamespacePatch's) annotations may change the pods of that namespace beyond the specs the pack
 * judged (NAMESPACE_INJECTOR_KEY, annotationOutside), naming the first key; undefined when they cannot.
 */
export function namespaceAnnotationReach(annotations: unknown): string | undefined {
    if (isUnknown(annotations))
        return unverifiable("metadata.annotations", "an injector may copy them into every pod of the namespace");
    if (annotations === null || typeof annotations !== "object") return undefined;
    for (const [key, value] of Object.entries(annotations)) {
        if (!NAMESPACE_INJECTOR_KEY.test(key)) continue;
        const why = annotationOutside(key, value);
        if (why === "pod")
            return `annotation ${key} adds volumes to every injected pod of the namespace, whose own volumes are not in view here`;
        if (why) return `annotation ${why}`;
    }
    return undefined;
}

/**
 * What a Patch of a pod-bearing object may set and stay judged. A Pulumi `*Patch` (DaemonSetPatch, DeploymentPatch,
 * PodPatch, ...) is a server-side apply on an object that exists already: "fields not specified in the patch are
 * kept" (@pulumi/kubernetes, "Patch resources"; Kubernetes "Server-Side Apply"), so the pod it makes is the object's,
 * outside this stack (a node agent's hostNetwork, privileged securityContext and hostPath volumes), with the patch's
 * fields on top. Only fields that change where, when or how many of the pods run, never what runs in them, with what,
 * or as whom, leave that pod as it was: labels and annotations that no pod security reads, the controller's counts,
 * timings and history (PATCH_CONTROLLER_SPEC), the rollout strategy, and in the pod template the scheduling fields,
 * the termination grace period and a container's `resources` (a list entry is merged by its `name`: with nothing but
 * `resources` it changes that container's requests and limits, and a new name without an image is refused by the API
 * server). `true`: any value; an object: its fields.
 */
type PatchAllowlist = { [field: string]: true | PatchAllowlist | "metadata" | "podMetadata" | "containers" };
const PATCH_POD_SPEC: PatchAllowlist = {
    tolerations: true,
    nodeSelector: true,
    affinity: true,
    topologySpreadConstraints: true,
    priorityClassName: true,
    // "Optional duration in seconds the pod needs to terminate gracefully": how long the kubelet waits between SIGTERM
    // and SIGKILL (Kubernetes API, PodSpec; "Pod Lifecycle", "Termination of Pods"). The same pod, stopped later.
    terminationGracePeriodSeconds: true,
    containers: "containers",
    initContainers: "containers",
};
/**
 * A controller's own fields that only count, time or keep its pods and their history (Kubernetes API, DeploymentSpec,
 * StatefulSetSpec, DaemonSetSpec, JobSpec, CronJobSpec). One list serves every level (a CronJob's spec and its
 * jobTemplate's Job spec): a field a kind does not have is refused by the API server's schema.
 * - Deployment: `progressDeadlineSeconds` ("the maximum time in seconds for a deployment to make progress before it is
 *   considered to be failed": a status condition), `paused` (no new rollout until unpaused).
 * - CronJob: `suspend` ("suspend subsequent executions, it does not apply to already started executions"; the same
 *   flag on a Job stops or resumes its pods, as `replicas` does for a Deployment), `concurrencyPolicy` (Allow, Forbid,
 *   Replace: how many of its Jobs run at once), `startingDeadlineSeconds` (how late a missed run may start),
 *   `successfulJobsHistoryLimit`/`failedJobsHistoryLimit` (finished Jobs kept).
 * Never the pod template, a StatefulSet's volumeClaimTemplates or a selector (which pods the controller adopts).
 */
const PATCH_CONTROLLER_SPEC: PatchAllowlist = {
    replicas: true,
    revisionHistoryLimit: true,
    minReadySeconds: true,
    strategy: true,
    updateStrategy: true,
    progressDeadlineSeconds: true,
    paused: true,
    suspend: true,
    concurrencyPolicy: true,
    startingDeadlineSeconds: true,
    successfulJobsHistoryLimit: true,
    failedJobsHistoryLimit: true,
};
const PATCH_OBJECT: PatchAllowlist = { apiVersion: true, kind: true, metadata: "metadata" };

/** The first field of `value` (at `where`) outside `allow`, as a dotted path, or undefined. */
function outsideAllowlist(value: unknown, allow: PatchAllowlist, where: string): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (isUnknown(value) || typeof value !== "object" || Array.isArray(value)) return where || "the patch";
    for (const [k, v] of Object.entries(value)) {
        const path = where ? `${where}.${k}` : k;
        const rule = allow[k];
        if (rule === undefined) return path;
        if (rule === true) continue;
        const why =
            rule === "metadata" || rule === "podMetadata"
                ? outsideMetadata(v, path, rule === "podMetadata")
                : rule === "containers"
                  ? outsideContainers(v, path)
                  : outsideAllowlist(v, rule, path);
        if (why) return why;
    }
    return undefined;
}

/**
 * Object or template metadata: names, labels, and annotations no pod security reads; in the pod template, only the
 * inert ones (INERT_POD_ANNOTATIONS): the pod's other volumes are not in view, so Istio's userVolume and
 * userVolumeMount are refused there too.
 */
function outsideMetadata(m: unknown, where: string, pod: boolean): string | undefined {
    const plain = outsideAllowlist(m, { name: true, namespace: true, labels: true, annotations: true }, where);
    if (plain) return plain;
    const annotations = (m as { annotations?: unknown } | undefined)?.annotations;
    if (isUnknown(annotations)) return `${where}.annotations`;
    const key = Object.entries(annotations && typeof annotations === "object" ? annotations : {}).find(([k, v]) =>
        pod ? podSecurityAnnotation(k) || annotationOutside(k, v) !== undefined : podSecurityAnnotation(k),
    )?.[0];
    return key === undefined ? undefined : `${where}.annotations["${key}"]`;
}

/** Container list entries with a name and `resources` only. */
function outsideContainers(list: unknown, where: string): string | undefined {
    if (isUnknown(list) || !Array.isArray(list)) return where;
    for (const c of list) {
        const name = typeof c?.name === "string" && !isUnknown(c.name) ? c.name : undefined;
        if (name === undefined) return `${where}[?].name`;
        const why = outsideAllowlist(c, { name: true, resources: true }, `${where}[${name}]`);
        if (why) return why;
    }
    return undefined;
}

/**
 * For a Patch of a pod-bearing object (POD_TEMPLATE_PATHS' `*Patch` types): the first field it sets outside what
 * leaves the existing object's pod as it was (PATCH_POD_SPEC), as a path such as
 * `spec.template.spec.containers[kube-proxy].command`; undefined when it sets only those, or for any other type.
 */
export function patchOutsideAllowlist(type: string, props: Record<string, any>): string | undefined {
    const path = POD_TEMPLATE_PATHS[type];
    if (!type.endsWith("Patch") || !path) return undefined;
    // Built from the pod template outwards: a `spec` holds the controller's own fields (a CronJob's jobTemplate
    // holds a Job's), an object level (`spec`'s parent) its metadata. A controller's pod template takes only inert
    // annotations (injectors read them when its next pods are created); a PodPatch's pod exists already, and injectors
    // act on a pod's creation, so its own metadata is read as an object's.
    let allow: PatchAllowlist = { metadata: path.length > 0 ? "podMetadata" : "metadata", spec: PATCH_POD_SPEC };
    for (const key of [...path].reverse())
        allow = key === "spec" ? { metadata: "metadata", spec: allow } : { ...PATCH_CONTROLLER_SPEC, [key]: allow };
    const top: PatchAllowlist = { ...PATCH_OBJECT, ...allow };
    return outsideAllowlist(props, top, "");
}
