// Red-team round 34 on EKS NODE user data (fresh eyes), mostly SECURE variants a careful platform team writes that
// the shell reader of rounds 31-33 might refuse: getopts inside a disk function, mapfile'd instance-store disks
// striped with mdadm, associative arrays, mktemp/trap cleanup around a verified download, /etc/os-release sourced,
// logger progress lines, runuser/sudo -u initialising a service's home under /data, an EBS data volume attached with
// the AWS CLI; and a few insecure neighbours using the reader's inert commands (setfacl, logger, grep) or mkfs.xfs
// to read what a pod planted. Misses are `it.skip` with a MISS comment and the doc checked.
import { al2023Nodes, describeNodeCases, devNodeCase, NodeCase, withCloudConfig, withScript } from "./nodeBuilders";
import { Resources } from "./support";

const dev = devNodeCase;

/** A shell part on AL2023 dev nodes. */
const script = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, withScript(lines));

/** The instance-store data disk formatted and mounted at /data (EC2 user guide, "Make an instance store volume available"). */
const DATA = ["mkfs.xfs -f -L data /dev/nvme1n1", "mkdir -p /data", "mount -o noatime,nodev,nosuid LABEL=data /data"];

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 34): accepted (setfacl is in INERT_COMMANDS; --restore's file is not read as a read). setfacl(1) --restore=file: "Restore a permission backup created by getfacl -R or similar"; the file names the
    // paths ("# file:", relative to the working directory, / under cloud-init) and restores owner, group, ACLs and
    // the setuid/setgid flags (acl test/root/restore.run, sbits-restore.run). setfacl is in INERT_COMMANDS, so a
    // backup file under /data (which a pod writes) lets the pod give its uid rw on /var/lib/kubelet/pki or make its
    // own binary setuid root.
    dev(
        "setfacl --restore=/data/validator/acl.backup (restoring the validator's ACL backup: the file names the paths, owners and setuid flags)",
        script("dev-setfacl-restore-nodes", [...DATA, "setfacl --restore=/data/validator/acl.backup"]),
        /\/data\/validator\/acl\.backup/,
    ),
    // Was a MISS (fixed in round 34): accepted (logger is inert and its -f operand is not judged). logger(1) -f FILE: "Log the contents of the specified file" (util-linux). logger is inert for the reader (a
    // progress message), but with -f root reads the file: a pod replaces /data/validator/boot-notes.log with a
    // symlink to /var/lib/kubelet/pki/kubelet-client-current.pem and the kubelet's key lands in the journal
    // (/var/log/journal), which pods may mount read-only (like rsyslog imfile, refused since round 25).
    dev(
        "logger -t validator -f /data/validator/boot-notes.log (the pod's notes copied into the journal as root)",
        script("dev-logger-file-nodes", [...DATA, "logger -t validator -f /data/validator/boot-notes.log"]),
        /\/data\/validator\/boot-notes\.log/,
    ),
    // Was a MISS (fixed in round 34): accepted. grep is inert for the reader (it matches), but it PRINTS the matching lines of the file it opens (following a
    // symlink given as operand): `grep -v '^#'` prints the whole file but comments into cloud-init's output log
    // (/var/log/cloud-init-output.log), which pods may read; the pod symlinks node.env to the kubelet's key.
    dev(
        "grep -v '^#' /data/validator/node.env (the effective settings printed to cloud-init's output log)",
        script("dev-grep-print-nodes", [...DATA, "grep -v '^#' /data/validator/node.env || true"]),
        /\/data\/validator\/node\.env/,
    ),
    // Was a MISS (fixed in round 34): accepted (mkfs.* is inert; only mke2fs -d is read). mkfs.xfs(8) -p protofile: mkfs "takes its directions from that file" (format from 3rd edition Unix: mode with
    // setuid 'u', uid, gid, and the HOST file to copy in; xfs_protofile(8) generates it). Like mke2fs -d (refused
    // in round 33), a pod-written protofile lays out a root-owned setuid program in the filesystem mounted at
    // /opt/validator and run by root.
    dev(
        "mkfs.xfs -p /data/validator/opt.proto /dev/nvme2n1, mounted at /opt/validator, /opt/validator/bin/start run as root",
        script("dev-mkfs-proto-nodes", [
            ...DATA,
            "mkfs.xfs -f -p /data/validator/opt.proto /dev/nvme2n1",
            "mkdir -p /opt/validator",
            "mount /dev/nvme2n1 /opt/validator",
            "/opt/validator/bin/start",
        ]),
        /\/data\/validator\/opt\.proto/,
    ),
];

const secure: NodeCase[] = [
    // bash(1) getopts in a function (`local OPTIND` so it can be called twice): the option values are the callers'
    // literal words.
    dev(
        'setup_disk() { local OPTIND opt dev="" dir=""; while getopts "d:m:" opt; do case ... esac; done; mkfs; mount } called -d /dev/nvme1n1 -m /data',
        script("dev-getopts-disk-nodes", [
            "setup_disk() {",
            '    local OPTIND opt dev="" dir=""',
            '    while getopts "d:m:" opt; do',
            '        case "$opt" in',
            '            d) dev="$OPTARG" ;;',
            '            m) dir="$OPTARG" ;;',
            '            *) echo "usage: setup_disk -d DEV -m DIR" >&2; return 2 ;;',
            "        esac",
            "    done",
            '    mkfs.xfs -f "$dev"',
            '    mkdir -p "$dir"',
            '    mount -o noatime,nodev,nosuid "$dev" "$dir"',
            "}",
            "setup_disk -d /dev/nvme1n1 -m /data",
        ]),
    ),
    // The instance-store RAID0 of the EC2 user guide ("Create a RAID 0 array": mdadm --create --level=0
    // --raid-devices=N, mkfs, mdadm --detail --scan | tee -a /etc/mdadm.conf, dracut, fstab): the NVMe instance
    // store disks listed with mapfile, the count from ${#DISKS[@]}.
    dev(
        'instance-store RAID0: mapfile -t DISKS < <(nvme list ...), mdadm --create --raid-devices="${#DISKS[@]}", mdadm.conf, fstab at /data',
        script("dev-mdadm-raid0-nodes", [
            "dnf install -y mdadm nvme-cli",
            "mapfile -t DISKS < <(nvme list | awk '/Instance Storage/ {print $1}')",
            'mdadm --create --verbose /dev/md0 --level=0 --name=DATA --raid-devices="${#DISKS[@]}" "${DISKS[@]}"',
            "mkfs.xfs -f -L data /dev/md0",
            "mdadm --detail --scan | tee -a /etc/mdadm.conf",
            "dracut -H -f /boot/initramfs-$(uname -r).img $(uname -r)",
            "mkdir -p /data",
            'echo "LABEL=data /data xfs defaults,nofail,noatime,nodev,nosuid 0 2" >> /etc/fstab',
            "mount -a",
        ]),
    ),
    // bash(1) associative arrays (declare -A, "${!A[@]}" keys): the validator's directories and their modes.
    dev(
        'declare -A MODES=([/data/validator]=0750 [/data/validator/db]=0700 ...); for d in "${!MODES[@]}"; do install -d -m "${MODES[$d]}" ...',
        script("dev-assoc-array-nodes", [
            ...DATA,
            "declare -A MODES=([/data/validator]=0750 [/data/validator/db]=0700 [/data/validator/logs]=0750)",
            'for d in "${!MODES[@]}"; do',
            '    install -d -m "${MODES[$d]}" -o 10001 -g 10001 "$d"',
            "done",
        ]),
    ),
    // mktemp -d, trap 'rm -rf' EXIT, a pinned download checked with sha256sum -c, extracted into /opt/node-tools.
    dev(
        'tmp=$(mktemp -d); trap \'rm -rf "$tmp"\' EXIT; curl -o "$tmp/..."; sha256sum -c; tar -xzf into /opt/node-tools, script mounting /data',
        script("dev-mktemp-trap-nodes", [
            ...DATA,
            'tmp="$(mktemp -d)"',
            "trap 'rm -rf \"$tmp\"' EXIT",
            'curl -fsSL --retry 5 -o "$tmp/node-tools.tgz" https://artifacts.example.com/node-tools/1.4.2/node-tools-linux-amd64.tgz',
            'echo "0f3a7c1d2e4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5  $tmp/node-tools.tgz" | sha256sum -c -',
            "mkdir -p /opt/node-tools",
            'tar -xzf "$tmp/node-tools.tgz" -C /opt/node-tools',
        ]),
    ),
    // os-release(5): "shell-compatible variable assignments"; scripts shared by AL2/AL2023 source it and branch on
    // VERSION_ID.
    dev(
        '. /etc/os-release; case "$VERSION_ID" in 2023) dnf ...;; 2) yum ...;; esac, in a script mounting /data',
        script("dev-os-release-nodes", [
            ". /etc/os-release",
            'case "$VERSION_ID" in',
            "    2023) dnf install -y nvme-cli ;;",
            "    2) yum install -y nvme-cli ;;",
            "esac",
            ...DATA,
        ]),
    ),
    // logger(1) messages (no -f): progress lines naming /data into the journal.
    dev(
        'logger -t user-data "data volume mounted at /data"; df -h /data | logger -t user-data',
        script("dev-logger-msg-nodes", [
            ...DATA,
            'logger -t user-data "data volume mounted at /data"',
            "df -h /data | logger -t user-data",
        ]),
    ),
    // set -E with an ERR trap echoing the failing line (bash(1) "trap ... ERR", $LINENO, $BASH_COMMAND).
    dev(
        "set -Eeuo pipefail; trap 'echo \"user data failed at line $LINENO: $BASH_COMMAND\" >&2' ERR, mounting /data",
        script("dev-err-trap-nodes", [
            "set -Eeuo pipefail",
            "trap 'echo \"user data failed at line $LINENO: $BASH_COMMAND\" >&2' ERR",
            ...DATA,
        ]),
    ),
    // Was a MISS (fixed in round 34): refused ("a root process of the node read /data/validator (a command it runs: runuser ...)").
    // runuser(1) -u USER -- COMMAND (util-linux: "run a command with substitute user and group ID", root only, no
    // password): runs the node's own program (/usr/local/bin, installed by root) as the service
    // user to initialise its home under /data; nothing runs from /data and not as root. The pack accepts the same
    // node program with /data operands from a non-root cron job or User= unit (round 29: only what they EXECUTE
    // from a data directory is refused); as uid 10001 a planted symlink reaches nothing root-only.
    dev(
        "runuser -u validator -- /usr/local/bin/validator init --home /data/validator (the service user initialises its home)",
        script("dev-runuser-init-nodes", [
            ...DATA,
            "useradd --system --uid 10001 --home-dir /var/lib/validator --no-create-home --shell /sbin/nologin validator",
            "install -d -m 0750 -o validator -g validator /data/validator",
            "runuser -u validator -- /usr/local/bin/validator init --home /data/validator",
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 34): refused like runuser. The same with sudo -u (sudo(8) "-u user: Run the command as a user other than
    // the default target user (usually root)").
    dev(
        "sudo -u validator /usr/local/bin/validator init --home /data/validator",
        script("dev-sudo-u-init-nodes", [
            ...DATA,
            "useradd --system --uid 10001 --home-dir /var/lib/validator --no-create-home --shell /sbin/nologin validator",
            "install -d -m 0750 -o validator -g validator /data/validator",
            "sudo -u validator /usr/local/bin/validator init --home /data/validator",
        ]),
        /./,
    ),
    // A persistent EBS data volume (found by tag) attached with the AWS CLI (ec2 attach-volume, wait volume-in-use),
    // mounted at /data; the instance id read with IMDSv2 (EC2 user guide "Use IMDSv2").
    dev(
        "IMDSv2 instance id, aws ec2 describe-volumes --query ... --output text, attach-volume, wait volume-in-use, mount at /data",
        script("dev-attach-volume-nodes", [
            'TOKEN=$(curl -sS -X PUT "http://169.254.169.254/latest/api/token" -H "X-aws-ec2-metadata-token-ttl-seconds: 300")',
            'IID=$(curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/instance-id)',
            'AZ=$(curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/placement/availability-zone)',
            'VOL=$(aws ec2 describe-volumes --region eu-west-1 --filters Name=tag:validator-data,Values=dev Name=availability-zone,Values="$AZ" Name=status,Values=available --query "Volumes[0].VolumeId" --output text)',
            'aws ec2 attach-volume --region eu-west-1 --volume-id "$VOL" --instance-id "$IID" --device /dev/sdf',
            'aws ec2 wait volume-in-use --region eu-west-1 --volume-ids "$VOL"',
            "udevadm settle",
            "mkdir -p /data",
            "mount -o noatime,nodev,nosuid /dev/sdf /data",
        ]),
    ),
    // curl piped into tar extracting into /opt (a download into a node path, accepted like /usr/local/bin).
    dev(
        "curl -fsSL https://.../otel.tgz | tar -xz -C /opt/otelcol, in a script mounting /data",
        script("dev-curl-tar-opt-nodes", [
            ...DATA,
            "mkdir -p /opt/otelcol",
            "curl -fsSL https://artifacts.example.com/otelcol/0.110.0/otelcol-linux-amd64.tgz | tar -xz -C /opt/otelcol",
        ]),
    ),
    // An idempotent fstab entry (grep -q ... || echo >> /etc/fstab) and an xfs_growfs after the mount.
    dev(
        "grep -q ' /data ' /etc/fstab || echo 'LABEL=data /data xfs ...' >> /etc/fstab; mount /data; xfs_growfs /data",
        script("dev-fstab-idem-nodes", [
            "mkfs.xfs -f -L data /dev/nvme1n1",
            "mkdir -p /data",
            "grep -q ' /data ' /etc/fstab || echo 'LABEL=data /data xfs defaults,nofail,noatime,nodev,nosuid 0 2' >> /etc/fstab",
            "mount /data",
            "xfs_growfs /data",
        ]),
    ),
    // auditd syscall rules on a directory (audit.rules(7): -a always,exit -F dir=... -F perm=wa -k key).
    dev(
        "auditd rules.d with -a always,exit -F dir=/data/validator -F perm=wa -k validator-data, augenrules --load",
        r =>
            al2023Nodes(
                r,
                "dev-audit-dir-nodes",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/audit/rules.d/70-validator.rules",
                    "    content: |",
                    "      -a always,exit -F arch=b64 -F dir=/data/validator -F perm=wa -F auid>=1000 -F auid!=unset -k validator-data",
                    "      -a always,exit -F arch=b64 -F path=/usr/local/bin/validator -F perm=x -k validator-exec",
                    "runcmd:",
                    "  - [augenrules, --load]",
                ]),
            ),
    ),
    // uname -m chosen architecture (case ... esac) for a pinned binary into /usr/local/bin.
    dev(
        'case "$(uname -m)" in x86_64) ARCH=amd64;; aarch64) ARCH=arm64;; esac; curl -o /usr/local/bin/validator-health .../linux-$ARCH',
        script("dev-uname-arch-nodes", [
            ...DATA,
            'case "$(uname -m)" in',
            "    x86_64) ARCH=amd64 ;;",
            "    aarch64) ARCH=arm64 ;;",
            '    *) echo "unsupported $(uname -m)" >&2; exit 1 ;;',
            "esac",
            'curl -fsSL -o /usr/local/bin/validator-health "https://artifacts.example.com/validator-health/2.1.0/linux-${ARCH}"',
            "chmod 0755 /usr/local/bin/validator-health",
        ]),
    ),
];

describeNodeCases("red-team round 34: node user data (secure variants)", insecure, secure);
