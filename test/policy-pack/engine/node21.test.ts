// Neighbours of round 21's node cases (redteam21-node.test.ts), fixed in engine/userData.ts (binds of node-secret
// paths, kernel.core_pattern pipes), engine/podSpec.ts (containerd's NRI socket in NODE_SECRETS) and engine/opaque.ts
// (add-on path globs judged by what they match): for each, another spelling of the same effect the pack must refuse,
// and a careful setting beside it that must stay clean.
import { nodePolicyConfig } from "./packRunner";
import { Resources } from "./support";
import {
    al2023Nodes as al2023UserData,
    bottlerocket,
    cloudConfig,
    cloudwatchAddonFiles,
    describeNodeCases,
    EFFECTIVE,
    hostPathDaemonSet as dirDaemonSet,
    MimePart,
    NodeCase,
    NON_ROOT,
    shellScript,
    withPart,
} from "./nodeBuilders";

/** AL2023 nodes of the dev cluster: the NodeConfig joining the cluster and one more part. */
const al2023Nodes = (r: Resources, name: string, part: MimePart) => al2023UserData(r, name, withPart(part));

/** A DaemonSet in `ns` whose container (securityContext `sc`) mounts node path `path` (volume "node", no hostPath type). */
const hostPathDaemonSet = (r: Resources, name: string, ns: string, path: string, sc: object, readOnly: boolean) =>
    dirDaemonSet(r, name, ns, path, sc, readOnly, null, "node");

const insecure: NodeCase[] = [
    // (1) cloud-config `mounts` the other way round: a data directory bound over the kubelet's directory puts every
    // pod's token under /data, which pods may write (podSpec.ts WRITABLE_DATA).
    {
        name: "cloud-config mounts binding /data/kubelet over /var/lib/kubelet (the kubelet's tokens then live under /data)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-over-nodes",
                cloudConfig(["mounts:", '  - ["/data/kubelet", "/var/lib/kubelet", "none", "bind", "0", "0"]']),
            ),
        refused: /cloud-config mounts entry mounts \/data\/kubelet at \/var\/lib\/kubelet/,
        policy: EFFECTIVE,
    },
    // (1) An ancestor of the node secrets: /var bound at /mnt/var holds /mnt/var/lib/kubelet.
    {
        name: "cloud-config mounts binding /var at /mnt/var (an ancestor of the kubelet's directory)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-var-nodes",
                cloudConfig(["mounts:", "  - [/var, /mnt/var, none, 'rbind,ro', '0', '0']"]),
            ),
        refused: /cloud-config mounts entry mounts \/var at \/mnt\/var/,
        policy: EFFECTIVE,
    },
    // (2) A shell script part binding containerd's state read-only at /srv (mount(8) `-o bind,ro`).
    {
        name: "a shell script part running mount -o bind,ro /run/containerd /srv/containerd",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(r, "dev-sh-bind-nodes", shellScript(["mount -o bind,ro /run/containerd /srv/containerd"])),
        refused: /mounts \/run\/containerd at \/srv\/containerd/,
        policy: EFFECTIVE,
    },
    // (2) cloud-config runcmd as a list, `--rbind`, with `..` in the source (the kernel resolves it).
    {
        name: "cloud-config runcmd [mount, --rbind, /var/lib/eks/../kubelet, /data/k] (resolves to /var/lib/kubelet)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-rbind-nodes",
                cloudConfig([
                    "runcmd:",
                    "  - [mkdir, -p, /data/k]",
                    "  - [mount, --rbind, /var/lib/eks/../kubelet, /data/k]",
                ]),
            ),
        refused: /mounts \/var\/lib\/kubelet at \/data\/k/,
        policy: EFFECTIVE,
    },
    // (2) An fstab line written by write_files (mount -a reads it at boot): a bind of the kubelet's pods directory.
    {
        name: "cloud-config write_files appending '/var/lib/kubelet/pods /srv/pods none bind 0 0' to /etc/fstab",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-fstab-nodes",
                cloudConfig([
                    "write_files:",
                    "  - path: /etc/fstab",
                    "    append: true",
                    "    content: |",
                    "      /var/lib/kubelet/pods /srv/pods none bind 0 0",
                ]),
            ),
        refused: /fstab line mounts \/var\/lib\/kubelet\/pods at \/srv\/pods/,
        policy: EFFECTIVE,
    },
    // (3) The same core_pattern written straight to procfs from a shell script, to a program under /srv.
    {
        name: "a shell script writing '|/srv/cores/handler %p' to /proc/sys/kernel/core_pattern",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-proc-core-nodes",
                shellScript(["echo '|/srv/cores/handler %p' > /proc/sys/kernel/core_pattern"]),
            ),
        refused: /pipes core dumps to \/srv\/cores\/handler/,
        policy: EFFECTIVE,
    },
    // (3) A system shell running a script under /data: the helper's argument is what runs.
    {
        name: "sysctl -w kernel.core_pattern='|/bin/sh /data/crash/collect.sh %P' in cloud-config bootcmd",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-sh-core-nodes",
                cloudConfig(["bootcmd:", "  - sysctl -w kernel.core_pattern='|/bin/sh /data/crash/collect.sh %P'"]),
            ),
        refused: /pipes core dumps to \/data\/crash\/collect\.sh/,
        policy: EFFECTIVE,
    },
    // (3) Bottlerocket settings.kernel.sysctl (bottlerocket.dev settings reference), a helper under /mnt.
    {
        name: "Bottlerocket settings.kernel.sysctl kernel.core_pattern = '|/mnt/collector/dump %P'",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r => bottlerocket(r, ["[settings.kernel.sysctl]", '"kernel.core_pattern" = "|/mnt/collector/dump %P"']),
        refused: /pipes core dumps to \/mnt\/collector\/dump/,
        policy: EFFECTIVE,
    },
    // (4) The NRI socket itself under /run, read-only, in a non-root container: connect() needs no write mount.
    {
        name: "a non-root DaemonSet mounting /run/nri/nri.sock read-only",
        stack: "prod",
        edit: r => hostPathDaemonSet(r, "nri-plugin", "kube-system", "/run/nri/nri.sock", NON_ROOT, true),
        refused: /hostPath \/run\/nri\/nri\.sock exposes the node's pod tokens or runtime/,
        policy: EFFECTIVE,
    },
    // (5) `?` in place of a letter, and `**` (CloudWatch's super asterisk) for the pod volume path.
    {
        name: "the CloudWatch add-on collecting /rootfs/var/lib/kub?let/pods/**/token",
        stack: "prod",
        edit: r => cloudwatchAddonFiles(r, ["/rootfs/var/lib/kub?let/pods/**/token"]),
        refused:
            /path glob that matches node paths holding credentials \(\/rootfs\/var\/lib\/kub\?let\/pods\/\*\*\/token\)/,
    },
    // (5) Brace alternatives, then a character class: no `*` or `?` in the directory names at all.
    {
        name: "the CloudWatch add-on collecting /rootfs/etc/{eks,ssh}/* (brace alternatives naming nodeadm's /etc/eks) beside /rootfs/var/log/{messages,secure}",
        stack: "prod",
        edit: r => cloudwatchAddonFiles(r, ["/rootfs/var/log/{messages,secure}", "/rootfs/etc/{eks,ssh}/*"]),
        refused: /path glob that matches node paths holding credentials \(\/rootfs\/etc\/\{eks,ssh\}\/\*\)/,
    },
    {
        name: "the CloudWatch add-on collecting /host/var/lib/[k]ubelet/pods/abc/token (a character class)",
        stack: "prod",
        edit: r => cloudwatchAddonFiles(r, ["/host/var/lib/[k]ubelet/pods/abc/token"]),
        refused: /path glob that matches node paths holding credentials \(\/host\/var\/lib\/\[k\]ubelet/,
    },
];

const secure: NodeCase[] = [
    // (1) Data volumes by UUID, and an EFS export, at containerd's directory and at /data: devices and network
    // shares, not node directories.
    {
        name: "cloud-config mounts: a UUID volume at /var/lib/containerd and an EFS export at /data",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-volumes-nodes",
                cloudConfig([
                    "mounts:",
                    '  - ["UUID=0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0", "/var/lib/containerd", "xfs", "defaults,nofail", "0", "2"]',
                    '  - ["fs-0123456789abcdef0.efs.eu-west-1.amazonaws.com:/", "/data", "nfs4", "nfsvers=4.1,_netdev", "0", "0"]',
                    '  - ["/dev/nvme2n1", "/srv", "xfs", "defaults,nofail,nodev", "0", "2"]',
                ]),
            ),
    },
    // (2) A systemd mount unit for a labelled data disk, and the self-bind that makes the kubelet's directory a shared
    // mount point (mount(8) --make-rshared): nothing of the node appears anywhere else.
    {
        name: "a systemd mount unit What=/dev/disk/by-label/data Where=/data, a labelled volume mounted at /var/lib/kubelet, and mount --bind /var/lib/kubelet /var/lib/kubelet",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-unit-ok-nodes",
                cloudConfig([
                    "write_files:",
                    "  - path: /etc/systemd/system/data.mount",
                    "    content: |",
                    "      [Unit]",
                    "      Description=data volume",
                    "      [Mount]",
                    "      What=/dev/disk/by-label/data",
                    "      Where=/data",
                    "      Type=xfs",
                    "      Options=defaults,nodev,nosuid",
                    "      [Install]",
                    "      WantedBy=multi-user.target",
                    "runcmd:",
                    "  - [systemctl, enable, --now, data.mount]",
                    "  - mount -o defaults,nofail LABEL=kubelet /var/lib/kubelet",
                    "  - mount --bind /var/lib/kubelet /var/lib/kubelet",
                    "  - mount --make-rshared /var/lib/kubelet",
                    "  - mount --bind /data/cache /srv/cache",
                ]),
            ),
    },
    // (3) systemd-coredump (the systemd default, a system binary) and a plain core file name (resolved in the crashing
    // process's mount namespace, core(5)), spelled in a shell script and a sysctl.d file.
    {
        name: "core_pattern piped to /usr/lib/systemd/systemd-coredump, and a file pattern /var/crash/core.%e.%p",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-coredump-nodes",
                shellScript([
                    "cat > /etc/sysctl.d/50-coredump.conf <<'EOF'",
                    "kernel.core_pattern=|/usr/lib/systemd/systemd-coredump %P %u %g %s %t %c %h",
                    "EOF",
                    "sysctl -w kernel.core_pattern=/var/crash/core.%e.%p",
                    "sysctl --system | tee /data/sysctl.log",
                ]),
            ),
    },
    // (3) Bottlerocket: core dumps to /bin/false through settings.kernel.sysctl.
    {
        name: "Bottlerocket settings.kernel.sysctl kernel.core_pattern = '|/bin/false'",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r => bottlerocket(r, ["[settings.kernel.sysctl]", '"kernel.core_pattern" = "|/bin/false"']),
    },
    // (4) A path beside NRI's that holds no socket: the SPIRE agent's Workload API socket directory, read-only.
    {
        name: "a non-root DaemonSet mounting /run/spire/agent-sockets read-only (beside /run/nri)",
        stack: "prod",
        edit: r =>
            hostPathDaemonSet(r, "spire-agent-client", "kube-system", "/run/spire/agent-sockets", NON_ROOT, true),
    },
    // (5) Globs over the node's own logs only: container logs, cloud-init logs, an application's log tree.
    {
        name: "the CloudWatch add-on collecting /rootfs/var/log/containers/*.log, /rootfs/var/log/cloud-init*.log and /rootfs/opt/app/logs/**/*.log",
        stack: "prod",
        edit: r =>
            cloudwatchAddonFiles(r, [
                "/rootfs/var/log/containers/*.log",
                "/rootfs/var/log/cloud-init*.log",
                "/rootfs/opt/app/logs/**/*.log",
                "/rootfs/var/log/{messages,secure,audit/audit.log}",
            ]),
    },
];

describeNodeCases(
    "allowlist: neighbours of round 21's node cases (binds, core_pattern pipes, NRI, add-on globs)",
    insecure,
    secure,
);
