// Red-team round 24 on node user data TEXT (fresh eyes): false positives of the data-directory allowlist in root-read
// text (engine/rootReads.ts, engine/shell.ts, called from engine/userData.ts). What a careful platform team running EKS
// nodes for validator/signing workloads really writes to put instance-store NVMe (or EBS) at /data for hostPath
// volumes, keep it mounted, watch and rotate it: the EKS AMI's own setup-local-disks idioms (a function, a trap,
// systemd-escape for the mount unit's name), fstab lines by UUID, idempotency guards (grep/awk on /etc/fstab and
// /proc/mounts), cloud-init-per in bootcmd, directories for pods made with install -d, auditctl watches, the CloudWatch
// agent's disk metrics and log files, logrotate's olddir under su, a root oneshot unit's Environment=. Secure variants
// the whole pack must accept, and a few insecure neighbours of them (a fix must keep refusing); the pack's misses are
// `it.skip` with a MISS comment (all fixed in round 24, engine/rootReads.ts).
import { nodePolicyConfig } from "./packRunner";
import {
    al2023Nodes,
    describeNodeCases,
    EFFECTIVE,
    hostPathDaemonSet,
    NodeCase,
    NON_ROOT,
    rootNoCaps,
    withCloudConfig,
    withScript,
} from "./nodeBuilders";

const insecure: NodeCase[] = [
    // cloud-init-per(1): `cloud-init-per <frequency> <name> <cmd> [args]` runs <cmd> as root. A program under /data is
    // the pods' to replace (neighbour of the secure cloud-init-per case below: a fix must judge <cmd>, not accept the
    // wrapper).
    {
        name: "a cloud-config bootcmd running a data-directory script through cloud-init-per",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-cip-hook-nodes",
                withCloudConfig(["bootcmd:", "  - [cloud-init-per, instance, data-hook, /data/hooks/boot.sh]"]),
            );
            hostPathDaemonSet(r, "node-hooks", "node-agents", "/data", rootNoCaps);
        },
        refused: /\/data\/hooks\/boot\.sh/,
        policy: EFFECTIVE,
    },
    // bash(1), "FUNCTIONS": a function's body runs with its arguments as $1..; `"$1"` runs its first argument as a
    // program. Neighbour of the secure mount_disk function case: a fix must read the function body, not call arguments
    // as inert.
    {
        name: "a shell function running its argument, called with a data-directory hook",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-fn-hook-nodes",
                withScript(["run_hook() {", '  "$1"', "}", "run_hook /data/hooks/pre-kubelet.sh"]),
            );
            hostPathDaemonSet(r, "node-hooks2", "node-agents", "/data", rootNoCaps);
        },
        refused: /\/data/,
        policy: EFFECTIVE,
    },
    // systemd.exec(5) Environment=: the variables apply to every Exec of the unit; LD_PRELOAD makes ld.so(8) load the
    // library into the root process. Neighbour of the secure Environment=MOUNT_POINT case.
    {
        name: "a root unit with Environment=LD_PRELOAD=/data/lib/libtune.so",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-env-preload-nodes",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/systemd/system/tune.service",
                    "    content: |",
                    "      [Service]",
                    "      Type=oneshot",
                    "      Environment=LD_PRELOAD=/data/lib/libtune.so",
                    "      ExecStart=/usr/sbin/sysctl --system",
                ]),
            );
            hostPathDaemonSet(r, "node-libs3", "node-agents", "/data", rootNoCaps);
        },
        refused: /LD_PRELOAD|libtune/,
        policy: EFFECTIVE,
    },
    // fstab(5) with the bind option: containerd's state (every container's rootfs and the CRI's sandbox files) appears
    // under /data, which pods may write. Neighbour of the fstab-by-UUID cases.
    {
        name: "an fstab bind of /data/containerd over /var/lib/containerd, echoed with printf",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-bind-containerd-nodes",
                withScript([
                    "mkdir -p /data/containerd",
                    "printf '%s\\n' '/data/containerd /var/lib/containerd none bind 0 0' >> /etc/fstab",
                ]),
            ),
        refused: /containerd/,
        policy: EFFECTIVE,
    },
];

/** The RAID0 of every instance-store NVMe disk, as the EKS AMI's setup-local-disks finds them. */
const instanceStoreRaid = [
    "mapfile -t DISKS < <(find -L /dev/disk/by-id/ -xtype l -name '*NVMe_Instance_Storage_*' | xargs realpath | sort -u)",
    'mdadm --create --force --verbose /dev/md/data --level=0 --name=data --raid-devices="${#DISKS[@]}" "${DISKS[@]}"',
    "mkfs.xfs -l su=8b /dev/md/data",
    "mkdir -p /data",
];

const secure: NodeCase[] = [
    // Accepted today (regression guard): `while read` over lsblk, an array of devices, mdadm, mkfs, mount at /data,
    // an fstab line by label, and the whole script's output sent to a log and the console (exec > >(tee ...)).
    {
        name: "a RAID0 of instance-store disks found with `while read` over lsblk, mounted at /data, logged with exec > >(tee)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-raid-while-nodes",
                withScript([
                    "exec > >(tee -a /var/log/node-setup.log | logger -t node-setup -s 2>/dev/console) 2>&1",
                    "DEVICES=()",
                    "while read -r name model; do",
                    '  [[ "$model" == "Amazon EC2 NVMe Instance Storage" ]] || continue',
                    '  DEVICES+=("/dev/$name")',
                    "done < <(lsblk -dn -o NAME,MODEL)",
                    'mdadm --create /dev/md0 --level=0 --raid-devices="${#DEVICES[@]}" "${DEVICES[@]}"',
                    "mdadm --detail --scan | tee -a /etc/mdadm.conf",
                    "mkfs.xfs -f -L data /dev/md0",
                    "mkdir -p /data",
                    "echo 'LABEL=data /data xfs defaults,noatime,nofail 0 2' >> /etc/fstab",
                    "until mountpoint -q /data; do mount /data || sleep 1; done",
                    "for app in validator signer; do",
                    '  install -d -o 10001 -g 10001 -m 0750 "/data/$app"',
                    "done",
                ]),
            );
            hostPathDaemonSet(r, "validator-data", "node-agents", "/data/validator", NON_ROOT);
        },
    },
    // Was a MISS (fixed in round 24): the EKS AMI's own setup-local-disks (awslabs/amazon-eks-ami templates/shared/runtime/bin/setup-local-disks)
    // names its mount unit with `mount_unit_name="$(systemd-escape --path --suffix=mount "${array_mount_point}")"`, then
    // runs `systemd-analyze verify "${mount_unit_name}"` and `systemctl enable "${mount_unit_name}" --now`, under
    // `trap 'err_report $LINENO' ERR`. systemd-escape(1) only prints the escaped unit name ("data.mount"); systemctl and
    // systemd-analyze read the unit file written to /etc/systemd/system, whose Where=/data is accepted. The variable
    // holding the command substitution expands to a word naming /data, and systemctl/systemd-analyze are judged as
    // reading it. The same script with the AMI's default /mnt/k8s-disks is accepted.
    {
        name: "the EKS AMI's setup-local-disks idiom at /data: a mount unit named with systemd-escape, enabled with systemctl",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-ami-style-nodes",
                withScript([
                    "err_report() {",
                    '  echo "Exited with error on line $1"',
                    "}",
                    "trap 'err_report $LINENO' ERR",
                    "DATA_DIR=/data",
                    ...instanceStoreRaid,
                    "dev_uuid=$(blkid -s UUID -o value /dev/md/data)",
                    'unit="$(systemd-escape --path --suffix=mount "$DATA_DIR")"',
                    'cat > "/etc/systemd/system/${unit}" <<EOF',
                    "[Unit]",
                    "Description=Mount EC2 Instance Store NVMe RAID0 at ${DATA_DIR}",
                    "Before=kubelet.service",
                    "[Mount]",
                    "What=UUID=${dev_uuid}",
                    "Where=${DATA_DIR}",
                    "Type=xfs",
                    "Options=defaults,noatime",
                    "[Install]",
                    "WantedBy=multi-user.target",
                    "EOF",
                    'systemd-analyze verify "$unit"',
                    'systemctl enable "$unit" --now',
                ]),
            ),
    },
    // Was a MISS (fixed in round 24): AWS EC2 user guide "Automatically mount an attached volume after reboot" recommends the UUID in fstab
    // (`UUID=... /data xfs defaults,nofail 0 2`); scripts write it with `echo "UUID=$(blkid -s UUID -o value /dev/md0)
    // /data xfs defaults,nofail 0 2" >> /etc/fstab`. The fstab reader splits the unexpanded text on blanks, so the
    // command substitution's words (`-s`) are taken as fs_file and /data, the real mount point, is judged as read.
    {
        name: 'an fstab line by UUID written with echo "UUID=$(blkid -s UUID -o value /dev/md0) /data xfs ..."',
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-fstab-uuid-nodes",
                withScript([
                    "mdadm --create /dev/md0 --level=0 --raid-devices=2 /dev/nvme1n1 /dev/nvme2n1",
                    "mkfs.xfs -f /dev/md0",
                    "mkdir -p /data",
                    'echo "UUID=$(blkid -s UUID -o value /dev/md0) /data xfs defaults,noatime,nofail 0 2" >> /etc/fstab',
                    "mount -a",
                ]),
            ),
    },
    // Was a MISS (fixed in round 24): printf(1) with a format string: `printf '%s\n' '/dev/md0 /data xfs defaults,nofail 0 2' >> /etc/fstab`
    // appends exactly the fstab line. The reader joins the format and its argument ("%s\n /dev/md0 /data ..."), so
    // fs_file is taken as /dev/md0 and /data as read.
    {
        name: "an fstab line appended with printf '%s\\n' (format string then the line)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-fstab-printf-nodes",
                withScript([
                    "mkfs.xfs -f -L data /dev/nvme1n1",
                    "mkdir -p /data",
                    "printf '%s\\n' 'LABEL=data /data xfs defaults,noatime,nofail 0 2' >> /etc/fstab",
                    "mount /data",
                ]),
            ),
    },
    // Was a MISS (fixed in round 24): the idempotency guard every re-runnable disk script has: grep(1) -q searches /etc/fstab and /proc/mounts
    // for the text ' /data '; the pattern is a string, not a file (grep reads the FILE operands, /etc/fstab). The reader
    // takes any operand naming /data as a path grep reads.
    {
        name: "idempotency guards: grep -q ' /data ' /etc/fstab || echo ... >> /etc/fstab; grep -qs ' /data ' /proc/mounts",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-grep-guard-nodes",
                withScript([
                    "mkdir -p /data",
                    "grep -q ' /data ' /etc/fstab || echo 'LABEL=data /data xfs defaults,nofail 0 2' >> /etc/fstab",
                    "if ! grep -qs ' /data ' /proc/mounts; then mount /data; fi",
                ]),
            ),
    },
    // Was a MISS (fixed in round 24): awk(1): the program text `$2 == "/data"` compares the mount-point field of /proc/mounts with a string; awk
    // reads only its file operand (/proc/mounts). Judged as awk reading /data.
    {
        name: 'an awk check of /proc/mounts\' mount-point field ($2 == "/data") before mounting',
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-awk-guard-nodes",
                withScript([
                    "mkdir -p /data",
                    "awk '$2 == \"/data\" {found=1} END {exit !found}' /proc/mounts || mount LABEL=data /data",
                ]),
            ),
    },
    // Was a MISS (fixed in round 24): bash(1), "Compound Commands": `case WORD in PATTERN) ...;; esac`; the word is findmnt's output (findmnt(8)
    // prints the filesystem type of the mount at /data). findmnt is inert, but the double-quoted command substitution
    // stays inside `case`'s word, and `case` is judged as a program reading /data.
    {
        name: 'a case on "$(findmnt -n -o FSTYPE /data)" deciding whether to format',
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-case-findmnt-nodes",
                withScript([
                    "mkdir -p /data",
                    'case "$(findmnt -n -o FSTYPE /data)" in',
                    "  xfs) echo 'data volume already mounted' ;;",
                    "  *) mkfs.xfs -f -L data /dev/nvme1n1 && mount LABEL=data /data ;;",
                    "esac",
                ]),
            ),
    },
    // Was a MISS (fixed in round 24): a shell function (bash(1), "FUNCTIONS") doing mkfs/mkdir/mount, called as `mount_disk /dev/nvme1n1 /data`:
    // its body only formats a device and mounts it at its second argument. The call is judged as an unknown program
    // reading its operand /data (contrast: the insecure run_hook case, where the body runs "$1").
    {
        name: "a shell function mount_disk DEV DIR (mkfs, mkdir, mount) called with /data",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-fn-mount-nodes",
                withScript([
                    "mount_disk() {",
                    "  local dev=$1 dir=$2",
                    '  mkfs.xfs -f "$dev"',
                    '  mkdir -p "$dir"',
                    '  mount "$dev" "$dir"',
                    "}",
                    "mount_disk /dev/nvme1n1 /data",
                ]),
            ),
    },
    // Was a MISS (fixed in round 24): install(1) -d: "treat all arguments as directory names; create all components of the specified
    // directories" (with -o/-g/-m). Every operand is created, none is read; the reader applies install's copy form
    // (last operand the destination) and takes /data/validator as a source read into /var/log/validator.
    {
        name: "install -d creating hostPath directories under /data and a log directory in one command",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-install-d-nodes",
                withScript([
                    "install -d -o 10001 -g 10001 -m 0750 /data/validator /data/validator/keys /var/log/validator",
                ]),
            );
            hostPathDaemonSet(r, "validator-keys", "node-agents", "/data/validator/keys", NON_ROOT);
        },
    },
    // Was a MISS (fixed in round 24): cloud-init's own example (doc/examples/cloud-config-boot-cmds.txt, cloud-init-per(1)):
    // `- [ cloud-init-per, once, mymkfs, mkfs, /dev/vdb ]` runs the command once; bootcmd runs every boot. Here the
    // command is mkdir -p /data, inert on its own; the wrapper cloud-init-per is judged as a program reading /data
    // (contrast: the insecure cloud-init-per case running a /data script).
    {
        name: "cloud-config bootcmd with cloud-init-per once: mkfs the disk and mkdir -p /data",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-cip-mkdir-nodes",
                withCloudConfig([
                    "bootcmd:",
                    "  - [cloud-init-per, once, mkfs-data, mkfs.xfs, -L, data, /dev/nvme1n1]",
                    "  - [cloud-init-per, once, mkdir-data, mkdir, -p, /data]",
                    "mounts:",
                    "  - [LABEL=data, /data, xfs, 'defaults,nofail', '0', '2']",
                ]),
            ),
    },
    // Was a MISS (fixed in round 24): auditctl(8) `-w path -p wa -k key` "Insert a watch for the file system object at path" into the running
    // kernel, the same rule augenrules loads from /etc/audit/rules.d (which the pack accepts: rootReads.ts "audit rules",
    // round 23 secure case). CIS AL2023 remediation scripts load rules either way. auditctl is judged as reading /data.
    {
        name: "auditctl -w /data/validator -p wa -k validator_data (the live form of an accepted audit rule)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-auditctl-nodes",
                withScript([
                    "dnf install -y audit",
                    "auditctl -w /data/validator -p wa -k validator_data",
                    "echo '-w /data/validator -p wa -k validator_data' > /etc/audit/rules.d/70-validator.rules",
                ]),
            ),
    },
    // Was a MISS (fixed in round 24): CloudWatch agent configuration ("Manually create or edit the CloudWatch agent configuration file", metrics
    // section, disk: "resources" lists mount points whose usage is reported (statfs), e.g. ["/", "/tmp"] in AWS's
    // samples. Naming the data volume's mount point reads nothing in it. The file is judged by the generic reader: any
    // line naming /data is refused.
    {
        name: "the CloudWatch agent's config reporting disk usage of / and /data (metrics.disk.resources)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-cwagent-disk-nodes",
                withCloudConfig([
                    "packages: [amazon-cloudwatch-agent]",
                    "write_files:",
                    "  - path: /opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json",
                    "    content: |",
                    '      {"agent": {"run_as_user": "cwagent"},',
                    '       "metrics": {"metrics_collected": {"disk": {"resources": ["/", "/data"],',
                    '         "measurement": ["used_percent", "inodes_free"], "drop_device": true}}}}',
                    "runcmd:",
                    "  - [/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl, -a, fetch-config, -m, ec2, -s, -c, 'file:/opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json']",
                ]),
            ),
    },
    // MISS (inconsistent with a decided case): node22.test.ts accepts the CloudWatch observability ADD-ON collecting
    // application logs from the data volume (/rootfs/mnt/data/app/*.log, run by a root DaemonSet). The same collection
    // by the CloudWatch agent installed on the node (logs.logs_collected.files.collect_list[].file_path, agent run as
    // cwagent) is refused: the generic reader refuses any line naming /mnt/data.
    {
        name: "the CloudWatch agent on the node collecting application logs from /mnt/data/app/*.log (as the add-on may)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-cwagent-logs-nodes",
                withCloudConfig([
                    "packages: [amazon-cloudwatch-agent]",
                    "write_files:",
                    "  - path: /opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json",
                    "    content: |",
                    '      {"agent": {"run_as_user": "cwagent"},',
                    '       "logs": {"logs_collected": {"files": {"collect_list": [',
                    '         {"file_path": "/mnt/data/app/*.log", "log_group_name": "/eks/dev-validators/app",',
                    '          "log_stream_name": "{instance_id}"}]}}}}',
                ]),
            ),
    },
    // Was a MISS (fixed in round 24): logrotate.conf(5) "olddir directory: Logs are moved into directory for rotation"; with `su appuser appuser`
    // logrotate rotates as that user, and createolddir makes the directory with the given owner. Rotated logs moved
    // within the data volume, by the app's user; the reader refuses any non-script directive naming /data (olddir is
    // named with include as refused in rootReads.ts; include reads configuration, olddir only receives files).
    {
        name: "logrotate for /data/app/logs with olddir /data/app/logs/archive under su appuser",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-olddir-nodes",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/logrotate.d/validator-app",
                    "    content: |",
                    "      /data/app/logs/*.log {",
                    "          su appuser appuser",
                    "          olddir /data/app/logs/archive",
                    "          createolddir 0750 appuser appuser",
                    "          daily",
                    "          rotate 14",
                    "          compress",
                    "          missingok",
                    "      }",
                ]),
            ),
    },
    // Was a MISS (fixed in round 24): systemd.exec(5) Environment= sets variables for the unit's processes; MOUNT_POINT is no loader variable
    // (contrast: the insecure LD_PRELOAD case). The Exec lines (mkdir/chown on ${MOUNT_POINT}) are inert either way;
    // Environment= is not in UNIT_INERT_KEYS, so any value naming /data is refused.
    {
        name: "a root oneshot unit preparing the data volume with Environment=MOUNT_POINT=/data",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-unit-env-nodes",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/systemd/system/prepare-data.service",
                    "    content: |",
                    "      [Unit]",
                    "      RequiresMountsFor=/data",
                    "      Before=kubelet.service",
                    "      [Service]",
                    "      Type=oneshot",
                    "      Environment=MOUNT_POINT=/data",
                    "      ExecStart=/usr/bin/mkdir -p ${MOUNT_POINT}/validator",
                    "      ExecStart=/usr/bin/chown 10001:10001 ${MOUNT_POINT}/validator",
                    "      [Install]",
                    "      WantedBy=multi-user.target",
                    "runcmd:",
                    "  - [systemctl, enable, --now, prepare-data.service]",
                ]),
            ),
    },
    // Was a MISS (fixed in round 24): bash(1) `trap ARG SIGSPEC`: ARG is a command line run when the signal (here ERR) fires; `umount /data` in
    // it only unmounts the data volume when the script fails half way. trap is judged as a program reading its operand
    // (the trap's command line is not read as a script of its own, as `bash -c` lines are).
    {
        name: "a trap on ERR unmounting /data when the disk setup fails half way",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-trap-umount-nodes",
                withScript([
                    "trap 'umount /data 2>/dev/null || true' ERR",
                    "mkfs.xfs -f -L data /dev/nvme1n1",
                    "mkdir -p /data && mount LABEL=data /data",
                    "trap - ERR",
                ]),
            ),
    },
    // Was a MISS (fixed in round 24): progress lines appended to a node log file (`echo "$(date -Is) mounted /data" >> /var/log/node-setup.log`):
    // the file is a log nobody executes; the generic reader refuses any line naming /data in a written file that is not
    // one it knows (echo to the console is accepted, rootReads.ts "print to the log").
    {
        name: 'progress messages appended to /var/log/node-setup.log (echo "$(date -Is) mounted /data" >> ...)',
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-log-file-nodes",
                withScript([
                    "mkfs.xfs -f -L data /dev/nvme1n1",
                    "mkdir -p /data && mount LABEL=data /data",
                    'echo "$(date -Is) mounted /data" >> /var/log/node-setup.log',
                ]),
            ),
    },
];

describeNodeCases(
    "allowlist: red-team round 24 on node user data text (false positives of the data-directory allowlist)",
    insecure,
    secure,
);
