// Neighbours of round 22's node cases (redteam22-node.test.ts), fixed in engine/userData.ts (root runners executing a
// program under a data directory: cron, systemd Exec*=, udev RUN/PROGRAM/IMPORT, modprobe.d install/remove, boot
// commands; symlinks judged like binds; kubelet drop-ins in any unit directory and --root-dir/--root_dir in free text;
// SSH key writes rather than mentions; sshd drop-ins judged by content), engine/podSpec.ts (hybrid nodes' credentials
// in NODE_SECRETS) and engine/opaque.ts (the add-on path check derived from NODE_SECRETS; aws-fsx-csi-driver): for
// each, another spelling of the same effect the pack must refuse, and a careful setting beside it that must stay clean.
import { nodePolicyConfig } from "./packRunner";
import { Resources } from "./support";
import { aws } from "./variantBuilders";
import {
    al2023Nodes as al2023UserData,
    cloudConfig,
    cloudwatchAddonFiles,
    describeNodeCases,
    EFFECTIVE,
    hostPathDaemonSet as dirDaemonSet,
    MimePart,
    NodeCase,
    PRIMARY,
    shellScript,
    withPart,
} from "./nodeBuilders";

/** AL2023 nodes of the dev cluster: the NodeConfig joining the cluster and one more part. */
const al2023Nodes = (r: Resources, name: string, part: MimePart) => al2023UserData(r, name, withPart(part));

/** A DaemonSet in `ns` whose container (securityContext `sc`) mounts node path `path` (volume "node", no hostPath type). */
const hostPathDaemonSet = (r: Resources, name: string, ns: string, path: string, sc: object, readOnly: boolean) =>
    dirDaemonSet(r, name, ns, path, sc, readOnly, null, "node");

const insecure: NodeCase[] = [
    {
        name: "a shell part appending `@reboot root /bin/bash /srv/boot/hook.sh` to /etc/crontab (an interpreter running a script under /srv)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-crontab-echo",
                shellScript(["echo '@reboot root /bin/bash /srv/boot/hook.sh' >> /etc/crontab"]),
            ),
        refused: /\/srv\/boot\/hook\.sh.*root cron job in \/etc\/crontab/,
        policy: EFFECTIVE,
    },
    {
        name: "a cloud-config unit under /usr/lib/systemd/system whose ExecStartPre=-/data/bin/prepare (systemd's `-` prefix) runs at boot",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-usrlib-unit",
                cloudConfig([
                    "write_files:",
                    "  - path: /usr/lib/systemd/system/data-prepare.service",
                    "    content: |",
                    "      [Service]",
                    "      Type=oneshot",
                    "      ExecStartPre=-/data/bin/prepare",
                    "      ExecStart=/usr/bin/true",
                    "      [Install]",
                    "      WantedBy=multi-user.target",
                ]),
            ),
        refused: /\/data\/bin\/prepare.*ExecStartPre/,
        policy: EFFECTIVE,
    },
    {
        name: 'a shell part echoing a udev rule with IMPORT{program}="/mnt/hooks/disk-id.sh %k" into /etc/udev/rules.d',
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-udev-import",
                shellScript([
                    `echo 'KERNEL=="nvme[0-9]*n[0-9]*", IMPORT{program}="/mnt/hooks/disk-id.sh %k"' > /etc/udev/rules.d/80-disk-id.rules`,
                ]),
            ),
        refused: /\/mnt\/hooks\/disk-id\.sh.*\/etc\/udev\/rules\.d\/80-disk-id\.rules.*IMPORT/,
        policy: EFFECTIVE,
    },
    {
        name: "a modprobe.d install command running /bin/sh /data/hooks/overlay.sh (the interpreter's script under /data)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-modprobe-sh",
                cloudConfig([
                    "write_files:",
                    "  - path: /etc/modprobe.d/overlay.conf",
                    "    content: |",
                    "      install overlay /bin/sh /data/hooks/overlay.sh; /sbin/modprobe --ignore-install overlay",
                ]),
            ),
        refused: /\/data\/hooks\/overlay\.sh.*\/etc\/modprobe\.d\/overlay\.conf.*install overlay/,
        policy: EFFECTIVE,
    },
    {
        name: "a systemd-tmpfiles L+ line linking /var/lib/kubelet to /data/kubelet",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-tmpfiles-link",
                cloudConfig([
                    "write_files:",
                    "  - path: /etc/tmpfiles.d/kubelet-data.conf",
                    "    content: |",
                    "      L+ /var/lib/kubelet - - - - /data/kubelet",
                ]),
            ),
        refused: /links \/data\/kubelet at \/var\/lib\/kubelet/,
        policy: EFFECTIVE,
    },
    {
        name: "a shell part linking the kubelet's pod directory into /srv (ln -s /var/lib/kubelet/pods /srv/pods: the other direction)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => al2023Nodes(r, "dev-link-out", shellScript(["ln -s /var/lib/kubelet/pods /srv/pods"])),
        refused: /links \/var\/lib\/kubelet\/pods at \/srv\/pods/,
        policy: EFFECTIVE,
    },
    {
        name: "a kubelet drop-in under /run/systemd/system/kubelet.service.d",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-run-dropin",
                cloudConfig([
                    "write_files:",
                    "  - path: /run/systemd/system/kubelet.service.d/20-args.conf",
                    "    content: |",
                    "      [Service]",
                    "      Environment=KUBELET_EXTRA_ARGS=--max-pods=110",
                ]),
            ),
        refused: /writes \/run\/systemd\/system\/kubelet\.service\.d/,
        policy: EFFECTIVE,
    },
    {
        name: "a shell part exporting KUBELET_EXTRA_ARGS with --root_dir /srv/kubelet (the flag set reads `_` as `-`)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(r, "dev-root-underscore", shellScript(["export KUBELET_EXTRA_ARGS='--root_dir /srv/kubelet'"])),
        refused: /--root-dir.*\/srv\/kubelet/,
        policy: EFFECTIVE,
    },
    {
        name: "the CloudWatch add-on collecting Bottlerocket hybrid nodes' credentials (/rootfs/var/eks-hybrid/.aws/credentials)",
        stack: "prod",
        config: nodePolicyConfig,
        edit: r => cloudwatchAddonFiles(r, ["/rootfs/var/eks-hybrid/.aws/credentials"]),
        refused: /configurationValues.*eks-hybrid/,
    },
    {
        name: "a DaemonSet reading Bottlerocket hybrid nodes' /var/eks-hybrid/.aws read-only as uid 0",
        stack: "pod-identity",
        edit: r =>
            hostPathDaemonSet(
                r,
                "hybrid-br-inventory",
                "node-agents",
                "/var/eks-hybrid/.aws",
                { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } },
                true,
            ),
        refused: /\/var\/eks-hybrid\/\.aws/,
        policy: EFFECTIVE,
    },
    {
        name: "an sshd drop-in turning password logins on (PasswordAuthentication yes)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-sshd-passwords",
                cloudConfig([
                    "write_files:",
                    "  - path: /etc/ssh/sshd_config.d/01-passwords.conf",
                    "    content: |",
                    "      PasswordAuthentication yes",
                ]),
            ),
        refused: /sshd's PasswordAuthentication yes/,
        policy: EFFECTIVE,
    },
    {
        name: "a shell part importing GitHub keys with ssh-import-id",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => al2023Nodes(r, "dev-ssh-import", shellScript(["sudo -u ec2-user ssh-import-id gh:octocat"])),
        refused: /installs an SSH authorized key/,
        policy: EFFECTIVE,
    },
    // DECIDED (round 24, data directories an allowlist in root-read text): accepted until then as "no node secret", but
    // the pack cannot know what reads /var/cache/app, and the same shape on /var/cache/dnf or /opt/cni/bin (round 23)
    // has root read what pods wrote. A link INTO a data directory from a node path is refused; one inside it is not.
    {
        name: "a shell part linking an application cache to the data volume (ln -s /data/cache /var/cache/app)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-link-cache",
                shellScript(["mkdir -p /data/cache", "ln -sfn /data/cache /var/cache/app"]),
            ),
        refused: /\/data\/cache.*ln reads it into \/var\/cache\/app/,
        policy: EFFECTIVE,
    },
];

const secure: NodeCase[] = [
    {
        name: "a shell part installing a root crontab line running system binaries on /srv (logrotate, find -delete)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-cron-system",
                shellScript([
                    "echo '@daily root /usr/sbin/logrotate /etc/logrotate.conf' > /etc/cron.d/logrotate",
                    "echo '30 2 * * * root /usr/bin/find /srv/cache -mindepth 1 -mtime +3 -delete' > /etc/cron.d/cache",
                ]),
            ),
    },
    {
        name: "a cloud-config unit growing the data filesystem at boot (ExecStart=/usr/sbin/xfs_growfs /data)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-growfs-unit",
                cloudConfig([
                    "write_files:",
                    "  - path: /etc/systemd/system/data-growfs.service",
                    "    content: |",
                    "      [Service]",
                    "      Type=oneshot",
                    "      ExecStart=/usr/sbin/xfs_growfs /data",
                    "runcmd:",
                    "  - [systemctl, enable, --now, data-growfs.service]",
                ]),
            ),
    },
    {
        name: 'a udev rule setting read-ahead with a system binary and a builtin (RUN+="/usr/sbin/blockdev ...", RUN{builtin})',
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-udev-readahead",
                cloudConfig([
                    "write_files:",
                    "  - path: /etc/udev/rules.d/60-readahead.rules",
                    "    content: |",
                    '      ACTION=="add", KERNEL=="nvme[0-9]*n[0-9]*", RUN+="/usr/sbin/blockdev --setra 256 /dev/%k", RUN{builtin}+="path_id"',
                ]),
            ),
    },
    {
        name: "modprobe.d options and a CIS block with /bin/false, beside a copy of a file into /data with install(1)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-modprobe-options",
                cloudConfig([
                    "write_files:",
                    "  - path: /etc/modprobe.d/nvme.conf",
                    "    content: |",
                    "      options nvme_core io_timeout=4294967295",
                    "      install cramfs /bin/false",
                    "runcmd:",
                    "  - [install, -D, -m, '0644', /etc/hostname, /data/meta/hostname]",
                ]),
            ),
    },
    {
        name: "a shell part passing --root-dir=/var/lib/kubelet (the default) with --max-pods",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-root-default",
                shellScript(["export KUBELET_EXTRA_ARGS='--root-dir=/var/lib/kubelet --max-pods=58'"]),
            ),
    },
    {
        name: "the CloudWatch add-on collecting application logs from the data volume (/rootfs/mnt/data/app/*.log)",
        stack: "prod",
        config: nodePolicyConfig,
        edit: r => cloudwatchAddonFiles(r, ["/rootfs/mnt/data/app/*.log"]),
    },
    {
        name: "a shell part testing for root's authorized_keys and shredding it",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-no-root-keys",
                shellScript(["if [ -f /root/.ssh/authorized_keys ]; then shred -u /root/.ssh/authorized_keys; fi"]),
            ),
    },
    {
        name: "an sshd drop-in limiting who logs in (AllowUsers, ClientAliveInterval, Banner, PermitRootLogin no)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-sshd-limits",
                cloudConfig([
                    "write_files:",
                    "  - path: /etc/ssh/sshd_config.d/60-limits.conf",
                    "    content: |",
                    "      PermitRootLogin no",
                    "      AllowUsers ec2-user",
                    "      ClientAliveInterval 300",
                    "      Banner /etc/issue.net",
                ]),
            ),
    },
    {
        name: "the aws-fsx-csi-driver add-on with node tolerations in configurationValues",
        stack: "prod",
        edit: r =>
            aws(r, "aws:eks/addon:Addon", "aws-fsx-csi-driver", {
                clusterName: "prod-validators",
                addonName: "aws-fsx-csi-driver",
                addonVersion: "v1.5.0-eksbuild.1",
                resolveConflictsOnUpdate: "OVERWRITE",
                arn: `arn:aws:eks:eu-west-1:${PRIMARY}:addon/prod-validators/aws-fsx-csi-driver/EXAMPLE`,
                configurationValues: JSON.stringify({ node: { tolerations: [{ operator: "Exists" }] } }),
            }),
    },
];

describeNodeCases(
    "allowlist: neighbours of round 22's node cases (root runners, symlinks, drop-ins, SSH, hybrid credentials)",
    insecure,
    secure,
);
