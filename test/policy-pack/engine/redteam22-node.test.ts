// Red-team round 22 on the EKS node level (fresh eyes): root runners on the node that execute a program from a data
// directory pods may write (cron, a systemd timer, a udev rule, a modprobe.d install command), node state moved by a
// symlink rather than a mount, a kubelet drop-in in another systemd unit directory, the instance-store RAID0 path in an
// add-on's collect list, and EKS Hybrid Nodes' credentials file; and what a careful platform team writes (SSH taken
// away, CIS module blocks, a cleanup cron job, the EBS NVMe udev rule, the FSx CSI add-on, an sshd hardening drop-in).
// Insecure variants the whole pack must refuse, secure ones it must accept; the pack's misses are `it.skip` with a
// MISS comment.
import { nodePolicyConfig } from "./packRunner";
import { managedNodes, restricted } from "./variantBuilders";
import {
    addon,
    al2023Nodes,
    b64,
    CLUSTER,
    cloudWatchFiles,
    describeNodeCases,
    EFFECTIVE,
    hostPathDaemonSet,
    mime,
    nodeConfig,
    NodeCase,
    PRIMARY,
    rootNoCaps,
    withCloudConfig,
    withScript,
} from "./nodeBuilders";

const insecure: NodeCase[] = [
    // Fixed (engine/userData.ts, podSpec.ts, opaque.ts), was a miss: crond runs every /etc/cron.d entry as the user it names (crontab(5): "the sixth field is the user name"
    // in /etc/cron.d files; AL2023 ships no cron daemon by default, so the same user data installs cronie). The entry runs
    // /data/maintenance/rotate.sh as root every 5 minutes, a file under /data, which the pack lets any pod of the
    // stack write whatever its uid (podSpec.ts WRITABLE_DATA: "directories no node process reads or runs"). The root
    // DaemonSet without capabilities (Baseline-compliant) rewrites the script: root on the node, every pod's token.
    // userData.ts reads written files only for SSH keys, node config paths, mounts and kernel helpers
    // (core_pattern/modprobe/hotplug); /etc/cron.d is not in NODE_CONFIG_PATHS and a program path under a data
    // directory in it is not read (writablePathOpenings is applied only to NodeConfig, containerd and hosts.toml).
    {
        name: "an AL2023 node group whose cloud-config installs cronie and writes /etc/cron.d/node-maintenance running /data/maintenance/rotate.sh as root, beside a DaemonSet writing /data",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-cron-nodes",
                withCloudConfig([
                    "packages: [cronie]",
                    "write_files:",
                    "  - path: /etc/cron.d/node-maintenance",
                    "    permissions: '0644'",
                    "    content: |",
                    "      SHELL=/bin/bash",
                    "      */5 * * * * root /data/maintenance/rotate.sh >/dev/null 2>&1",
                    "runcmd:",
                    "  - [systemctl, enable, --now, crond]",
                ]),
            );
            hostPathDaemonSet(r, "maintenance-scripts", "node-agents", "/data", rootNoCaps);
        },
        refused: /cron|\/data\/maintenance|runs? .*as root/i,
        policy: EFFECTIVE,
    },
    // Fixed (engine/userData.ts, podSpec.ts, opaque.ts), was a miss: a systemd service started by a timer runs ExecStart as root unless User= says otherwise (systemd.exec(5),
    // "User=": "If not set, defaults to root" for system units; systemd.timer(5)). ExecStart names a binary under /srv,
    // a data directory the pack lets pods write (podSpec.ts WRITABLE_DATA); a non-root-uid check does not help
    // because the restricted DaemonSet (uid 10001) owns /srv/node-tools once user data chowns it to that uid for
    // the agent's updates. Unit files other than kubelet*/containerd* are not node config paths for userData.ts, and
    // ExecStart's path is not judged.
    {
        name: "an AL2023 node group whose cloud-config writes a systemd service and timer running /srv/node-tools/bin/collect as root every minute, beside a restricted DaemonSet (uid 10001) updating /srv/node-tools",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-timer-nodes",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/systemd/system/node-collect.service",
                    "    content: |",
                    "      [Unit]",
                    "      Description=Collect node diagnostics",
                    "      [Service]",
                    "      Type=oneshot",
                    "      ExecStart=/srv/node-tools/bin/collect --out /srv/node-tools/out",
                    "  - path: /etc/systemd/system/node-collect.timer",
                    "    content: |",
                    "      [Timer]",
                    "      OnBootSec=1min",
                    "      OnUnitActiveSec=1min",
                    "      [Install]",
                    "      WantedBy=timers.target",
                    "runcmd:",
                    "  - [mkdir, -p, /srv/node-tools/bin]",
                    "  - [chown, -R, '10001:10001', /srv/node-tools]",
                    "  - [systemctl, daemon-reload]",
                    "  - [systemctl, enable, --now, node-collect.timer]",
                ]),
            );
            hostPathDaemonSet(r, "node-tools-updater", "node-agents", "/srv/node-tools", restricted);
        },
        refused: /ExecStart|systemd|\/srv\/node-tools/i,
        policy: EFFECTIVE,
    },
    // Fixed (engine/userData.ts, podSpec.ts, opaque.ts), was a miss: udev runs a rule's RUN+= program as root on the node for every matching event (udev(7), "RUN{type}":
    // "Add a program to the list of programs to be executed after processing all the rules for a specific event").
    // An EBS volume attached for any PersistentVolumeClaim (the EBS CSI driver attaches it to the node) raises an
    // "add" event on a new nvme block device, so pods trigger the rule at will; its program lies under /data, which
    // the pack lets pods write. podSpec.ts already refuses a pod writing /run/udev (rules.d) for this reason
    // (NODE_EXECUTABLES), but userData.ts does not read a rule that user data writes to /etc/udev/rules.d.
    {
        name: 'an AL2023 node group whose cloud-config writes a udev rule RUN+="/data/hooks/volume-added.sh" for new NVMe disks, beside a DaemonSet writing /data',
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-udev-nodes",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/udev/rules.d/90-volume-added.rules",
                    "    content: |",
                    '      ACTION=="add", SUBSYSTEM=="block", KERNEL=="nvme[0-9]*n[0-9]*", RUN+="/data/hooks/volume-added.sh %k"',
                    "runcmd:",
                    "  - [udevadm, control, --reload-rules]",
                ]),
            );
            hostPathDaemonSet(r, "volume-hooks", "node-agents", "/data", rootNoCaps);
        },
        refused: /udev|RUN|\/data\/hooks/i,
        policy: EFFECTIVE,
    },
    // Fixed (engine/userData.ts, podSpec.ts, opaque.ts), was a miss: a modprobe.d `install` command runs through /bin/sh as root in place of loading the module
    // (modprobe.d(5), "install modulename command...": "This command instructs modprobe to run your command instead
    // of inserting the module in the kernel as normal"). The kernel calls modprobe itself, as root, in the initial
    // namespaces, when any process asks for an unloaded protocol (request_module; a container opening an SCTP
    // socket loads sctp: Linux admin-guide sysctl/kernel.rst, "modprobe"). The CIS benchmark's `install sctp
    // /bin/true` written as a logging hook under /data makes every pod that may write /data root on the node. The
    // pack reads kernel.modprobe pointed under /data (the same helper), not modprobe.d install commands.
    {
        name: "an AL2023 node group whose cloud-config writes /etc/modprobe.d/cis.conf with `install sctp /data/hooks/module-denied.sh sctp` (modprobe runs it as root when a pod opens an SCTP socket), beside a DaemonSet writing /data",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-modprobe-nodes",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/modprobe.d/cis.conf",
                    "    content: |",
                    "      install sctp /data/hooks/module-denied.sh sctp",
                    "      install dccp /bin/true",
                    "      blacklist sctp",
                ]),
            );
            hostPathDaemonSet(r, "module-hooks", "node-agents", "/data", rootNoCaps);
        },
        refused: /modprobe|install|\/data\/hooks/i,
        policy: EFFECTIVE,
    },
    // Fixed (engine/userData.ts, podSpec.ts, opaque.ts), was a miss: moving the kubelet's directory to a data volume by a symlink instead of a mount: the kubelet's
    // --root-dir /var/lib/kubelet then resolves to /data/kubelet, where every pod's volumes (projected token tmpfs
    // mounts) are made; a pod mounting /data, even read-only, reads them (the mounts present when its container starts
    // come with the rbind, and mountPropagation HostToContainer, allowed without privilege, shows later ones). Round 20 refused the same move as --root-dir=/data/kubelet and round 21 as `mount --bind`; userData.ts
    // textBindOpenings reads mount commands, fstab lines and .mount units, not `ln -s`. The shell part runs in
    // cloud-init's final stage, before nodeadm-run starts the kubelet (amazon-eks-ami, nodeadm "Overview": the
    // NodeConfig is applied in two phases, config before cloud-init and run after it).
    {
        name: "an AL2023 shell part moving the kubelet's directory to the data volume with a symlink (mv /var/lib/kubelet /data/kubelet; ln -s /data/kubelet /var/lib/kubelet), beside a restricted DaemonSet reading /data",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-symlink-nodes",
                withScript([
                    "mkfs.xfs -f /dev/nvme1n1",
                    "mkdir -p /data",
                    "mount /dev/nvme1n1 /data",
                    "mv /var/lib/kubelet /data/kubelet",
                    "ln -s /data/kubelet /var/lib/kubelet",
                ]),
            );
            hostPathDaemonSet(r, "data-inventory", "storage", "/data", restricted, true);
        },
        refused: /ln -s|symlink|\/data\/kubelet|kubelet/i,
        policy: EFFECTIVE,
    },
    // Fixed (engine/userData.ts, podSpec.ts, opaque.ts), was a miss: systemd reads a unit's drop-ins from every unit directory, /usr/lib/systemd/system/<unit>.d included
    // (systemd.unit(5), "Unit File Load Path" and "drop-in": "all ... files from the directories ... are parsed").
    // userData.ts refuses kubelet drop-ins written under /etc/systemd/system/kubelet* only (NODE_CONFIG_PATHS); the
    // same drop-in under /usr/lib/systemd/system/kubelet.service.d passes, and its content is read only for the
    // anonymous-auth/AlwaysAllow words, not --root-dir. Here it moves the kubelet's directory under /data.
    {
        name: "an AL2023 node group whose cloud-config writes a kubelet drop-in under /usr/lib/systemd/system/kubelet.service.d moving --root-dir to /data/kubelet, beside a restricted DaemonSet reading /data",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-dropin-nodes",
                withCloudConfig([
                    "write_files:",
                    "  - path: /usr/lib/systemd/system/kubelet.service.d/90-data-root.conf",
                    "    content: |",
                    "      [Service]",
                    "      ExecStart=",
                    "      ExecStart=/usr/bin/kubelet $NODEADM_KUBELET_ARGS --root-dir=/data/kubelet",
                    "runcmd:",
                    "  - [systemctl, daemon-reload]",
                ]),
            );
            hostPathDaemonSet(r, "data-inventory", "storage", "/data", restricted, true);
        },
        refused: /kubelet|drop-in|root-dir|\/data/i,
        policy: EFFECTIVE,
    },
    // Fixed (engine/userData.ts, podSpec.ts, opaque.ts), was a miss: on nodes whose NodeConfig sets up the instance store as RAID0, nodeadm's setup-local-disks mounts the array
    // at /mnt/k8s-disks/0 and bind-mounts /mnt/k8s-disks/0/kubelet onto /var/lib/kubelet (amazon-eks-ami
    // setup-local-disks maybe_raid0: `What=${array_mount_point}/kubelet`, `Where=/var/lib/kubelet`, Options=bind),
    // so the kubelet's pod directories are also /mnt/k8s-disks/0/kubelet/pods. podSpec.ts knows it (NODE_SECRETS holds
    // /mnt/k8s-disks); opaque.ts NODE_CREDENTIAL_DIRS, the add-on path check, does not: the CloudWatch agent (the
    // node's / at /rootfs) collects every projected token file and ships it to CloudWatch Logs.
    {
        name: "the amazon-cloudwatch-observability add-on collecting /rootfs/mnt/k8s-disks/0/kubelet/pods/*/volumes/*/*/token, beside an instance-store RAID0 node group",
        stack: "prod",
        config: nodePolicyConfig,
        edit: r => {
            managedNodes(r, { account: PRIMARY, cluster: CLUSTER.prod }, "prod-nvme-nodes", {
                userData: b64(
                    mime([
                        {
                            type: "application/node.eks.aws",
                            body: nodeConfig(
                                ["  instance:", "    localStorage:", "      strategy: RAID0"],
                                CLUSTER.prod,
                            ),
                        },
                    ]),
                ),
            });
            addon(
                r,
                "prod",
                "amazon-cloudwatch-observability",
                cloudWatchFiles("/rootfs/mnt/k8s-disks/0/kubelet/pods/*/volumes/*/*/token"),
            );
        },
        refused: /add-on|configurationValues|k8s-disks|token/i,
    },
    // Fixed (engine/userData.ts, podSpec.ts, opaque.ts), was a miss: on EKS Hybrid Nodes with IAM Roles Anywhere, nodeadm keeps the node role's temporary credentials in
    // /eks-hybrid/.aws/credentials (aws/eks-hybrid: EksHybridAwsCredentialsPath, refreshed by the
    // aws_signing_helper_update service; EKS user guide, "Set up the Pod Identity agent for hybrid nodes":
    // `hybrid.enableCredentialsFile: true`, the file eks-pod-identity-agent's hybrid DaemonSet reads). The node role is
    // the node's Kubernetes identity (HYBRID_LINUX access entry, system:nodes), whose Node authorizer mints the
    // tokens of its pods, and it holds eks-auth:AssumeRoleForPodIdentity. A read-only hostPath of /eks-hybrid by a
    // container that may run as uid 0 (the file's owner) reads it; podSpec.ts refuses read-only hostPaths only
    // under NODE_SECRETS, which names no hybrid path.
    {
        name: "a DaemonSet reading /eks-hybrid/.aws read-only as uid 0 without capabilities (the hybrid node role's credentials file)",
        stack: "pod-identity",
        edit: r =>
            hostPathDaemonSet(r, "hybrid-inventory", "node-agents", "/eks-hybrid/.aws", rootNoCaps, true, "Directory"),
        refused: /eks-hybrid|credentials|hostPath/i,
        policy: EFFECTIVE,
    },
];

const secure: NodeCase[] = [
    // CIS Amazon Linux 2023 Benchmark, "Ensure mounting of ... filesystems is disabled" and "Ensure ... protocol is
    // disabled": `install <module> /bin/true` (or /bin/false) and `blacklist <module>` in /etc/modprobe.d; the command a
    // module load runs is a system binary no pod may write.
    {
        name: "an AL2023 node group whose cloud-config writes the CIS modprobe.d blocks (install sctp/dccp/udf /bin/true, blacklist)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-cis-modules",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/modprobe.d/cis.conf",
                    "    content: |",
                    "      install sctp /bin/true",
                    "      install dccp /bin/true",
                    "      install udf /bin/false",
                    "      blacklist sctp",
                    "      blacklist dccp",
                ]),
            ),
    },
    // A root cron job that only deletes old files under /data with a system binary (find(1) -delete does not follow
    // symlinks; -xdev stays on the data volume): no program of a pod's choosing runs.
    {
        name: "an AL2023 node group whose cloud-config writes a root cron job running /usr/bin/find /data/tmp -xdev -mtime +7 -delete",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-cleanup-cron",
                withCloudConfig([
                    "packages: [cronie]",
                    "write_files:",
                    "  - path: /etc/cron.d/data-cleanup",
                    "    permissions: '0644'",
                    "    content: |",
                    "      17 3 * * * root /usr/bin/find /data/tmp -xdev -mindepth 1 -mtime +7 -delete",
                    "runcmd:",
                    "  - [systemctl, enable, --now, crond]",
                ]),
            ),
    },
    // Amazon Linux's EBS NVMe naming rule (amazon-ec2-utils 70-ec2-nvme-devices.rules: PROGRAM="/usr/sbin/ebsnvme-id
    // -u /dev/%k", SYMLINK+="%c"), written by user data on an AMI without it: a system binary no pod may write.
    {
        name: "an AL2023 node group whose cloud-config writes the EBS NVMe udev naming rule (PROGRAM=/usr/sbin/ebsnvme-id)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-ebs-udev",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/udev/rules.d/70-ec2-nvme-devices.rules",
                    "    content: |",
                    '      KERNEL=="nvme[0-9]*n[0-9]*", ENV{DEVTYPE}=="disk", ATTRS{model}=="Amazon Elastic Block Store", PROGRAM="/usr/sbin/ebsnvme-id -u /dev/%k", SYMLINK+="%c"',
                    "runcmd:",
                    "  - [udevadm, control, --reload-rules]",
                ]),
            ),
    },
    // Fixed (engine/userData.ts, opaque.ts), was refused: a custody node group that takes SSH away: the launch key removed from ec2-user's
    // authorized_keys and sshd stopped and disabled (EKS best practices, "Minimize access to worker nodes": "use SSM
    // Session Manager instead of SSH"). userData.ts scriptOpenings reads any mention of `authorized_keys` as
    // installing a key (SSH_KEY), so deleting the file is refused as opening the node.
    {
        name: "an AL2023 shell part removing ec2-user's authorized_keys and disabling sshd",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-no-ssh",
                withScript([
                    "rm -f /home/ec2-user/.ssh/authorized_keys",
                    "systemctl disable --now sshd.service sshd.socket",
                ]),
            ),
    },
    // Fixed (engine/userData.ts, opaque.ts), was refused: sshd hardening as a drop-in (CIS Amazon Linux 2023 Benchmark 5.1.x: PermitRootLogin no,
    // PasswordAuthentication no, MaxAuthTries 4, X11Forwarding no; AL2023's sshd_config includes
    // /etc/ssh/sshd_config.d/*.conf). userData.ts refuses any file written under /etc/ssh/ as "the node's own
    // configuration or credentials, which the pack cannot judge" (NODE_CONFIG_PATHS), closing settings included.
    {
        name: "an AL2023 node group whose cloud-config writes a CIS sshd drop-in (/etc/ssh/sshd_config.d/50-cis.conf: no root login, no passwords)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-sshd-cis",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/ssh/sshd_config.d/50-cis.conf",
                    "    permissions: '0600'",
                    "    content: |",
                    "      PermitRootLogin no",
                    "      PasswordAuthentication no",
                    "      KbdInteractiveAuthentication no",
                    "      MaxAuthTries 4",
                    "      X11Forwarding no",
                ]),
            ),
    },
    // Fixed (engine/userData.ts, opaque.ts), was refused: the Amazon FSx for Lustre CSI driver is an AWS add-on (EKS user guide, "Deploy the FSx for
    // Lustre driver": "The Amazon FSx CSI Driver EKS add-on ..."; `aws eks create-addon --addon-name
    // aws-fsx-csi-driver`, also in aws-samples/eks-workshop-v2), published by AWS like the EBS, EFS and Mountpoint
    // CSI drivers already on opaque.ts AWS_ADDONS; the pack refuses it as a third party's operator.
    {
        name: "the aws-fsx-csi-driver add-on (AWS's FSx for Lustre CSI driver) with default configuration",
        stack: "prod",
        edit: r => addon(r, "prod", "aws-fsx-csi-driver"),
    },
];

describeNodeCases(
    "allowlist: red-team round 22 on the EKS node level (root runners on data directories, symlinked node state, hybrid credentials)",
    insecure,
    secure,
);
