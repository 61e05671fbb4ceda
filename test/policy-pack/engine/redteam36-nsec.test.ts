// Red-team round 36 on EKS NODE user data (fresh eyes), mostly SECURE variants a careful platform team writes that the
// readers (rootReads.ts, shell.ts, userData.ts) might refuse: data-volume preparation with partitioning tools, an
// immutable mount point, tmpfs for /run/spire, systemd-mount, remounts with nodev/nosuid/noexec, ext4 tuning and
// checks, swap on a dedicated instance-store device, journal upload, p11-kit trust anchors, audit rules on the data
// directories, kubelet log settings in the NodeConfig, and insecure neighbours (a pod-written CA trusted by the node,
// a pod-written image mounted at a node path, swap in a data directory, pod logs moved into a data directory).
// Misses are `it.skip` with a MISS comment and the doc checked (two: a here-document table fed to a while-read loop,
// and xfs_io extsize on a data directory).
import {
    al2023Nodes,
    describeNodeCases,
    devNodeCase,
    mime,
    NodeCase,
    nodeConfig,
    withCloudConfig,
    withScript,
} from "./nodeBuilders";
import { Resources } from "./support";

const dev = devNodeCase;

/** A shell part on AL2023 dev nodes. */
const script = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, withScript(lines));
/** A cloud-config part on AL2023 dev nodes. */
const cloud = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, withCloudConfig(lines));
/** A NodeConfig with `spec` lines on AL2023 dev nodes. */
const nodeadm = (name: string, spec: string[]) => (r: Resources) =>
    al2023Nodes(r, name, mime([{ type: "application/node.eks.aws", body: nodeConfig(spec) }]));

/** The instance-store data disk formatted and mounted at /data (EC2 user guide, "Make an instance store volume available"). */
const DATA = ["mkfs.xfs -f -L data /dev/nvme1n1", "mkdir -p /data", "mount -o noatime,nodev,nosuid LABEL=data /data"];

const insecure: NodeCase[] = [
    // RHEL security guide 4.14.3 "Managing trusted system certificates": `trust anchor path.crt` adds the file to the
    // system trust store. A CA a pod planted under /data then signs certificates every node client (the kubelet's
    // ECR credential provider, the SSM agent, aws CLI, nodeadm's calls to EC2/EKS) accepts: a pod on the path (host
    // network) impersonates AWS endpoints and reads what the node sends.
    dev(
        "trust anchor --store /data/pki/corp-root.pem, then update-ca-trust (a pod's CA in the node's trust store)",
        script("dev-trust-anchor-data-nodes", [
            ...DATA,
            "trust anchor --store /data/pki/corp-root.pem",
            "update-ca-trust extract",
        ]),
        /\/data\/pki\/corp-root\.pem/,
    ),
    // systemd-mount(1): "WHAT ... a block device or a file (loop-mounted)". A filesystem image a pod wrote mounted at a
    // node path: its setuid files and device nodes are the pod's (and root runs /opt/tools).
    dev(
        "systemd-mount of a filesystem image from /data at /opt/tools",
        script("dev-systemd-mount-image-nodes", [...DATA, "systemd-mount /data/images/tools.img /opt/tools"]),
        /\/data\/images\/tools\.img/,
    ),
    // swapon(8) on a file a pod may read: the kernel pages node memory (the kubelet's client key, pods' tokens, the
    // node role's credentials in the SDKs' caches) into a file under /data.
    dev(
        "a swap file in /data (fallocate, mkswap, swapon)",
        script("dev-swapfile-data-nodes", [
            ...DATA,
            "fallocate -l 8G /data/swapfile",
            "chmod 0600 /data/swapfile",
            "mkswap /data/swapfile",
            "swapon /data/swapfile",
        ]),
        /\/data\/swapfile/,
    ),
    // KubeletConfiguration podLogsDir (kubelet-config.v1beta1): where the kubelet keeps container logs and reads them
    // back as root for `kubectl logs`; under /data a pod replaces a log with a symlink to the kubelet's key.
    dev(
        "a NodeConfig moving the kubelet's podLogsDir to /data/pod-logs",
        nodeadm("dev-podlogsdir-data-nodes", ["  kubelet:", "    config:", "      podLogsDir: /data/pod-logs"]),
        /podLogsDir/,
    ),
];

const secure: NodeCase[] = [
    // The immutable mount point idiom: chattr +i on the empty directory so nothing lands on the root volume if the
    // data disk is not mounted (chattr(1) "i": the file cannot be modified); the mount covers it.
    dev(
        "an immutable /data mount point (mkdir, chattr +i) before the data disk is mounted on it",
        script("dev-immutable-mountpoint-nodes", [
            "mkfs.xfs -f -L data /dev/nvme1n1",
            "mkdir -p /data",
            "chattr +i /data",
            "mount -o noatime,nodev,nosuid LABEL=data /data",
            "install -d -o 10001 -g 10001 -m 0750 /data/validator",
        ]),
    ),
    // Partitioning the EBS data volume before formatting (wipefs(8), sgdisk(8), partprobe(8), udevadm settle).
    dev(
        "the data volume partitioned (wipefs, sgdisk, partprobe, udevadm settle), formatted and mounted at /data",
        script("dev-partition-data-nodes", [
            "wipefs -a /dev/nvme1n1",
            "sgdisk --zap-all --new=1:0:0 --typecode=1:8300 --change-name=1:data /dev/nvme1n1",
            "partprobe /dev/nvme1n1",
            "udevadm settle --timeout=30",
            "mkfs.xfs -f -L data /dev/nvme1n1p1",
            "mkdir -p /data",
            "mount -o noatime,nodev,nosuid /dev/nvme1n1p1 /data",
        ]),
    ),
    // SPIRE's agent socket directory on a tmpfs (mount(8) -t tmpfs, fstab(5)), made for the agent DaemonSet.
    dev(
        "a tmpfs at /run/spire (mount -t tmpfs, fstab line) with agent-sockets made inside",
        script("dev-tmpfs-spire-nodes", [
            "mkdir -p /run/spire",
            "mount -t tmpfs -o size=16m,mode=0755,nodev,nosuid,noexec tmpfs /run/spire",
            "echo 'tmpfs /run/spire tmpfs size=16m,mode=0755,nodev,nosuid,noexec 0 0' >> /etc/fstab",
            "install -d -m 0755 /run/spire/agent-sockets",
        ]),
    ),
    // systemd-mount(1) with a block device: a transient mount unit (the pack reads systemd-mount as mount).
    dev(
        "systemd-mount --fsck=yes of the labelled data disk at /data",
        script("dev-systemd-mount-data-nodes", [
            "mkfs.xfs -f -L data /dev/nvme1n1",
            "systemd-mount --fsck=yes --options=noatime,nodev,nosuid /dev/disk/by-label/data /data",
        ]),
    ),
    // mount(8) remount: tightening options of the already-mounted data directory.
    dev(
        "mount -o remount,nodev,nosuid,noexec /data after the first mount",
        script("dev-remount-data-nodes", [...DATA, "mount -o remount,nodev,nosuid,noexec /data"]),
    ),
    // ext4 for /srv: e2fsck before growing, reserved blocks off, root_owner for the service uid (mke2fs(8) -E).
    dev(
        "an ext4 /srv volume: mkfs.ext4 -E root_owner, tune2fs -m 0, e2fsck -f and resize2fs, mounted at /srv",
        script("dev-ext4-srv-nodes", [
            "mkfs.ext4 -F -L srv -E root_owner=10001:10001,lazy_itable_init=0 /dev/nvme2n1",
            "tune2fs -m 0 /dev/nvme2n1",
            "e2fsck -f -y /dev/nvme2n1",
            "resize2fs /dev/nvme2n1",
            "mkdir -p /srv",
            "mount -o noatime,nodev,nosuid LABEL=srv /srv",
            "rm -rf /srv/lost+found",
        ]),
    ),
    // Swap on its own instance-store device (not in a data directory), next to the /data mount.
    dev(
        "swap on a dedicated instance-store device (mkswap, swapon /dev/nvme2n1) beside /data",
        script("dev-swap-device-nodes", [...DATA, "mkswap -L swap /dev/nvme2n1", "swapon /dev/nvme2n1"]),
    ),
    // Listing what was prepared into the setup log (ls(1), df(1), stat(1) print names, sizes and modes only).
    dev(
        "the setup log records ls -ld, df -h and stat -c of /data and /srv",
        script("dev-log-listing-nodes", [
            ...DATA,
            "install -d -o 10001 -g 10001 -m 0750 /data/validator",
            "ls -ld /data /data/validator >> /var/log/node-setup.log",
            "df -h /data /srv >> /var/log/node-setup.log",
            "stat -c '%n %U:%G %a' /data/validator >> /var/log/node-setup.log",
        ]),
    ),
    // Node CA through p11-kit from a node path (RHEL security guide 4.14.3, `trust anchor`).
    dev(
        "the organisation's root CA written to /etc/pki/corp-root.pem, added with trust anchor --store",
        script("dev-trust-anchor-etc-nodes", [
            ...DATA,
            "cat > /etc/pki/corp-root.pem <<'EOF'",
            "-----BEGIN CERTIFICATE-----",
            "MIIBszCCAVmgAwIBAgIUExampleOnly",
            "-----END CERTIFICATE-----",
            "EOF",
            "trust anchor --store /etc/pki/corp-root.pem",
        ]),
    ),
    // systemd-journal-upload(8) shipping the journal over TLS (journal-upload.conf(5): URL, ServerKeyFile,
    // ServerCertificateFile, TrustedCertificateFile), keys under /etc/pki.
    dev(
        "systemd-journal-upload shipping the journal to a collector over TLS (journal-upload.conf drop-in)",
        script("dev-journal-upload-nodes", [
            ...DATA,
            "dnf install -y systemd-journal-remote",
            "mkdir -p /etc/systemd/journal-upload.conf.d",
            "cat > /etc/systemd/journal-upload.conf.d/10-central.conf <<'EOF'",
            "[Upload]",
            "URL=https://journal.logging.example.internal:19532",
            "ServerKeyFile=/etc/pki/journal-upload/client.key",
            "ServerCertificateFile=/etc/pki/journal-upload/client.pem",
            "TrustedCertificateFile=/etc/pki/journal-upload/ca.pem",
            "EOF",
            "systemctl enable --now systemd-journal-upload.service",
        ]),
    ),
    // Audit rules for the data directories (auditctl(8) -a always,exit -F dir=... -F perm=...), /run/spire and /srv.
    dev(
        "audit rules on /data, /srv and /run/spire (-a always,exit -F dir= -F perm=wa, -F perm=x), augenrules --load",
        script("dev-audit-dirs-nodes", [
            ...DATA,
            "cat > /etc/audit/rules.d/60-data.rules <<'EOF'",
            "-a always,exit -F arch=b64 -F dir=/data -F perm=wa -k data_write",
            "-a always,exit -F arch=b64 -F dir=/srv -F perm=x -k srv_exec",
            "-w /run/spire -p wa -k spire_sockets",
            "EOF",
            "augenrules --load",
        ]),
    ),
    // Kubelet log and image settings in the NodeConfig (kubelet-config.v1beta1 containerLogMaxSize, ...).
    dev(
        "a NodeConfig with containerLogMaxSize/Files, serializeImagePulls false, maxParallelImagePulls, imageGC thresholds",
        nodeadm("dev-kubelet-logs-nodes", [
            "  kubelet:",
            "    config:",
            "      containerLogMaxSize: 50Mi",
            "      containerLogMaxFiles: 5",
            "      serializeImagePulls: false",
            "      maxParallelImagePulls: 5",
            "      imageGCHighThresholdPercent: 80",
            "      imageGCLowThresholdPercent: 70",
            "      podPidsLimit: 4096",
        ]),
    ),
    // A root node agent from a node path whose unit waits for the data disk with conditions only
    // (systemd.unit(5) ConditionPathIsMountPoint=, RequiresMountsFor=) and reads nothing from /data.
    dev(
        "a root node agent unit (ExecStart=/usr/local/bin/node-agent) with ConditionPathIsMountPoint=/data and RequiresMountsFor=/data",
        script("dev-condition-mountpoint-nodes", [
            ...DATA,
            "cat > /etc/systemd/system/node-agent.service <<'UNIT'",
            "[Unit]",
            "Description=Node inventory agent",
            "ConditionPathIsMountPoint=/data",
            "RequiresMountsFor=/data",
            "[Service]",
            "ExecStart=/usr/local/bin/node-agent --config /etc/node-agent/config.yaml",
            "Restart=always",
            "[Install]",
            "WantedBy=multi-user.target",
            "UNIT",
            "systemctl daemon-reload",
            "systemctl enable --now node-agent.service",
        ]),
    ),
    // cloud-config bootcmd in list form preparing the SPIRE socket directory and the data directory ownership.
    dev(
        "cloud-config runcmd lists: install -d /run/spire/agent-sockets, chown -R 10001:10001 /srv/validator, setfacl -d -m",
        cloud("dev-cloud-runcmd-dirs-nodes", [
            "runcmd:",
            "  - [install, -d, -m, '0755', /run/spire/agent-sockets]",
            "  - [mkdir, -p, /srv/validator]",
            "  - [chown, -R, '10001:10001', /srv/validator]",
            "  - [setfacl, -d, -m, 'g:10001:rwX', /srv/validator]",
        ]),
    ),
    // Waiting for the EBS data volume (up to 5 minutes) before formatting it only when it has no filesystem:
    // `blkid` exit status 2 means no signature (blkid(8)).
    dev(
        "wait for the data EBS volume, mkfs only if blkid finds no filesystem, then mount at /data",
        script("dev-blkid-guard-nodes", [
            "DEV=/dev/disk/by-id/nvme-Amazon_Elastic_Block_Store_vol0123456789abcdef0",
            'timeout 300 bash -c "until [ -b $DEV ]; do sleep 2; done"',
            'if ! blkid "$DEV" >/dev/null 2>&1; then mkfs.xfs -L data "$DEV"; fi',
            "mkdir -p /data",
            'mount -o noatime,nodev,nosuid "$DEV" /data',
        ]),
    ),
    // Hardening: masking services and removing packages a node does not need.
    dev(
        "hardening: dnf remove telnet/ftp, systemctl mask postfix/cups/avahi, sysctl -w kernel.kptr_restrict=2, then /data",
        script("dev-hardening-remove-nodes", [
            "dnf remove -y telnet ftp || true",
            "systemctl mask --now postfix.service cups.service avahi-daemon.service || true",
            "sysctl -w kernel.kptr_restrict=2 kernel.dmesg_restrict=1 kernel.unprivileged_bpf_disabled=1",
            ...DATA,
            "install -d -o 10001 -g 10001 -m 0750 /data/validator",
        ]),
    ),
    // bash(1) "Parameter Expansion": ${parameter:=word} assigns the default; `:` evaluates it (a common idiom).
    dev(
        'a default data directory assigned with : "${DATA_DIR:=/data}", then mkdir/mount/chown on $DATA_DIR',
        script("dev-default-assign-nodes", [
            ': "${DATA_DIR:=/data}"',
            "mkfs.xfs -f -L data /dev/nvme1n1",
            'mkdir -p "$DATA_DIR"',
            'mount -o noatime,nodev,nosuid LABEL=data "$DATA_DIR"',
            'install -d -o 10001 -g 10001 -m 0750 "${DATA_DIR}/validator"',
        ]),
    ),
    // ${parameter:-word} used in place.
    dev(
        "mkdir and mount at ${DATA_DIR:-/data} (a default without assignment)",
        script("dev-default-use-nodes", [
            "mkfs.xfs -f -L data /dev/nvme1n1",
            'mkdir -p "${DATA_DIR:-/data}"',
            'mount -o noatime,nodev,nosuid LABEL=data "${DATA_DIR:-/data}"',
        ]),
    ),
    // Was a MISS (fixed in round 36): refused ("a root process of the node read /data (a command it runs: done <<'EOF', fed to done: /dev/nvme1n1
    // /data)"). The here-document is literal text of the user data itself (bash(1) "Here Documents": "the lines up to
    // the delimiter are used as the standard input"); nobody but the user data writes it, and `read -r dev dir` only
    // assigns its words. The loop body only runs mkfs on /dev/nvme*, mkdir and mount a device at /data and /srv, all
    // inert forms when written out. rootReads.ts treats a here-document fed to the loop like a pod-written file.
    // A device-to-directory table read from a quoted here-document (bash(1) `read`, "Here Documents").
    dev(
        "a while-read loop over a here-document table (device, mount point) formatting and mounting /data and /srv",
        script("dev-read-table-nodes", [
            "while read -r dev dir; do",
            '  mkfs.xfs -f "$dev"',
            '  mkdir -p "$dir"',
            '  mount -o noatime,nodev,nosuid "$dev" "$dir"',
            "done <<'EOF'",
            "/dev/nvme1n1 /data",
            "/dev/nvme2n1 /srv",
            "EOF",
        ]),
    ),
    // bash(1) "Arrays": an associative array of devices to mount points, iterated over its keys.
    dev(
        "an associative array of devices to mount points (/data, /srv) iterated with ${!MOUNTS[@]}",
        script("dev-assoc-array-nodes", [
            "declare -A MOUNTS=([/dev/nvme1n1]=/data [/dev/nvme2n1]=/srv)",
            'for dev in "${!MOUNTS[@]}"; do',
            '  mkfs.xfs -f "$dev"',
            '  mkdir -p "${MOUNTS[$dev]}"',
            '  mount -o noatime,nodev,nosuid "$dev" "${MOUNTS[$dev]}"',
            "done",
        ]),
    ),
    // A for loop over `dev:dir` pairs split with ${pair%%:*} and ${pair#*:}.
    dev(
        "a for loop over nvme1n1:/data nvme2n1:/srv pairs split with ${p%%:*} / ${p#*:}",
        script("dev-pairs-nodes", [
            "for p in /dev/nvme1n1:/data /dev/nvme2n1:/srv; do",
            '  dev="${p%%:*}"',
            '  dir="${p#*:}"',
            '  mkfs.xfs -f "$dev"',
            '  mkdir -p "$dir"',
            '  mount -o noatime,nodev,nosuid "$dev" "$dir"',
            "done",
        ]),
    ),
    // Brace expansion (bash(1) "Brace Expansion") for the pods' directories.
    dev(
        "mkdir -p /data/{validator,signer,logs} and chown -R 10001:10001 /data/{validator,signer}",
        script("dev-brace-dirs-nodes", [
            ...DATA,
            "mkdir -p /data/{validator,signer,logs}",
            "chown -R 10001:10001 /data/{validator,signer}",
            "chmod 0750 /data/{validator,signer}",
        ]),
    ),
    // Was a MISS (fixed in round 36): refused ("a root process of the node read /data/validator/db (a command it runs: xfs_io -c 'extsize
    // 1m' ...)"). xfs_io runs only the literal -c commands; `extsize` sets the inode's extent size hint through
    // XFS_IOC_FSSETXATTR (ioctl_xfs_fsgetxattr(2): "fsx_extsize is the preferred extent allocation size"), the same
    // attribute ioctl family as chattr(1), which INERT_COMMANDS accepts; it reads no program or configuration from the
    // path. A conservative allowlist gap, not a hole.
    // xfs_io(8) `extsize` sets the extent size hint of a directory (new files inherit it): a database tuning.
    dev(
        "xfs_io -c 'extsize 1m' on /data/validator/db (extent size hint for the ledger database)",
        script("dev-xfs-io-extsize-nodes", [
            ...DATA,
            "install -d -o 10001 -g 10001 -m 0750 /data/validator /data/validator/db",
            "xfs_io -c 'extsize 1m' /data/validator/db",
        ]),
    ),
    // mount -a after fstab lines and mount units enabled by name (data.mount, srv.mount are unit names).
    dev(
        "fstab lines for /data and /srv, systemctl daemon-reload, mount -a, systemctl status data.mount srv.mount",
        script("dev-mount-all-nodes", [
            "mkfs.xfs -f -L data /dev/nvme1n1",
            "mkfs.xfs -f -L srv /dev/nvme2n1",
            "mkdir -p /data /srv",
            "echo 'LABEL=data /data xfs defaults,noatime,nodev,nosuid,nofail 0 2' >> /etc/fstab",
            "echo 'LABEL=srv /srv xfs defaults,noatime,nodev,nosuid,nofail 0 2' >> /etc/fstab",
            "systemctl daemon-reload",
            "mount -a",
            "systemctl --no-pager status data.mount srv.mount >> /var/log/node-setup.log || true",
        ]),
    ),
    // cloud-init "Disk setup" example: fs_setup with a custom cmd (%(filesystem)s, %(label)s, %(device)s).
    dev(
        "cloud-config fs_setup with the documented cmd template (mkfs -t %(filesystem)s -L %(label)s %(device)s) and mounts at /data",
        cloud("dev-fs-setup-cmd-nodes", [
            "fs_setup:",
            "  - label: data",
            "    filesystem: xfs",
            "    device: /dev/nvme1n1",
            "    cmd: mkfs -t %(filesystem)s -L %(label)s %(device)s",
            "mounts:",
            '  - [LABEL=data, /data, xfs, "defaults,nofail,nodev,nosuid", "0", "2"]',
        ]),
    ),
    // cloud-config mounts: a tmpfs at /run/spire (cloud-init mounts module, fstab fields).
    dev(
        "cloud-config mounts: a tmpfs at /run/spire, with bootcmd making agent-sockets",
        cloud("dev-cloud-tmpfs-spire-nodes", [
            "mounts:",
            '  - [tmpfs, /run/spire, tmpfs, "size=16m,mode=0755,nodev,nosuid,noexec", "0", "0"]',
            "runcmd:",
            "  - [install, -d, -m, '0755', /run/spire/agent-sockets]",
        ]),
    ),
    // The IPv6 instance-metadata address dropped for forwarded (pod) traffic.
    dev(
        "ip6tables -I FORWARD -d fd00:ec2::254 -j REJECT beside iptables -I FORWARD -d 169.254.169.254 -j DROP",
        script("dev-ip6tables-imds-nodes", [
            "iptables -I FORWARD -d 169.254.169.254/32 -j DROP",
            "ip6tables -I FORWARD -d fd00:ec2::254/128 -j REJECT",
            "iptables-save > /etc/sysconfig/iptables",
            "ip6tables-save > /etc/sysconfig/ip6tables",
        ]),
    ),
    // Vector shipping the journal and /var/log/messages (no data directory named), as root from its package.
    dev(
        "Vector from its package shipping journald and /var/log/messages to CloudWatch Logs (config under /etc/vector)",
        script("dev-vector-nodes", [
            ...DATA,
            "dnf install -y vector",
            "cat > /etc/vector/vector.yaml <<'EOF'",
            "data_dir: /var/lib/vector",
            "sources:",
            "  journal:",
            "    type: journald",
            "  messages:",
            "    type: file",
            "    include: [/var/log/messages]",
            "sinks:",
            "  cloudwatch:",
            "    type: aws_cloudwatch_logs",
            "    inputs: [journal, messages]",
            "    region: eu-west-1",
            "    group_name: /eks/dev-validators/nodes",
            "    stream_name: '{{ host }}'",
            "    encoding:",
            "      codec: json",
            "EOF",
            "systemctl enable --now vector",
        ]),
    ),
    // xargs (judged as the command it runs with the input's words) making the pods' directories.
    dev(
        "printf of the pods' directories piped to xargs install -d -o 10001 -g 10001 -m 0750",
        script("dev-xargs-install-nodes", [
            ...DATA,
            "printf '%s\\n' /data/validator /data/signer | xargs install -d -o 10001 -g 10001 -m 0750",
        ]),
    ),
];

describeNodeCases("red-team round 36: node user data (secure variants)", insecure, secure);
