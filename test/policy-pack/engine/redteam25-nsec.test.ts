// Red-team round 25 on EKS node user data and launch settings (fresh eyes): false positives of the data-directory
// allowlist in root-read text (engine/rootReads.ts, engine/shell.ts, engine/userData.ts). What a careful platform team
// running validator/signing nodes writes around the /data volume its hostPath pods use: a retry() wrapper around mount,
// the `: "${VAR:=default}"` idiom, CIS-style fstab hardening with sed, SELinux labels for container volumes, an AIDE
// exclusion, a kubelet drop-in ordering it after the data mount, a node user for the pods' uid, XFS project quotas,
// config files written with `install /dev/stdin`, a CloudWatch agent config generated with jq, downloads from URLs
// whose path happens to start with /data or /srv, a checksum check of a file downloaded into /data; and launch
// settings (Nitro Enclaves, a node-volume CMK). Secure variants the whole pack must accept (the pack's misses are
// `it.skip` with a MISS comment), and a few insecure neighbours a fix must keep refusing.
import { nodePolicyConfig } from "./packRunner";
import {
    al2023Nodes,
    bottlerocket,
    cloudConfig,
    CLUSTER,
    describeNodeCases,
    EFFECTIVE,
    hostPathDaemonSet,
    mime,
    NodeCase,
    nodeConfig,
    NON_ROOT,
    PRIMARY,
    rootNoCaps,
    withCloudConfig,
    withScript,
    b64,
} from "./nodeBuilders";
import { cmk, managedNodes, rootDelegation } from "./variantBuilders";

const REGION = "eu-west-1";

/** The validator's data directory on the node's /data volume, written by a restricted DaemonSet (uid 10001). */
const validatorData = (r: Parameters<NodeCase["edit"]>[0]) =>
    hostPathDaemonSet(r, "validator-data", "node-agents", "/data/validator", NON_ROOT);

const insecure: NodeCase[] = [
    // Neighbour of the secure retry() case: the same wrapper retrying a hook script the pods may replace runs it as
    // root ("$@" runs its first argument as the program). A fix that reads "$@" as the call's words must still judge
    // the first word as the program.
    {
        name: "a retry() wrapper running a data-directory hook (retry /data/hooks/pre-kubelet.sh)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-retry-hook-nodes",
                withScript([
                    "retry() {",
                    "  local n=0",
                    '  until "$@"; do',
                    "    n=$((n + 1)); [ $n -ge 5 ] && return 1",
                    "    sleep $((n * 2))",
                    "  done",
                    "}",
                    "retry /data/hooks/pre-kubelet.sh",
                ]),
            );
            hostPathDaemonSet(r, "node-hooks", "node-agents", "/data", rootNoCaps);
        },
        refused: /\/data/,
        policy: EFFECTIVE,
    },
    // GNU sed manual, "Extended Commands": `e command` "executes command and sends its output to the output stream";
    // `-f script-file` reads the sed program from a file. Neighbour of the secure sed-on-fstab case: a fix that
    // treats sed's script as a pattern must still refuse an `e` command or a script file naming /data.
    {
        name: "sed -i '$e /data/hooks/fstab-post.sh' /etc/fstab (GNU sed's e command runs it as root)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(r, "dev-sed-exec-nodes", withScript(["sed -i '$e /data/hooks/fstab-post.sh' /etc/fstab"]));
            hostPathDaemonSet(r, "node-hooks2", "node-agents", "/data", rootNoCaps);
        },
        refused: /\/data/,
        policy: EFFECTIVE,
    },
    // aide.conf(5) (AIDE 0.17+): "@@x_include <FILE>: same as @@include, except that if the config file is executable
    // it is executed and the output is used as config". Neighbour of the secure AIDE exclusion: a fix must read
    // aide.conf's include directives, not accept the file.
    {
        name: "an aide.conf @@x_include of a data-directory script (AIDE runs it as root)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-aide-xinclude-nodes",
                withScript([
                    "dnf install -y aide",
                    "echo '@@x_include /data/aide/rules.sh' >> /etc/aide.conf",
                    "aide --init",
                ]),
            );
            hostPathDaemonSet(r, "node-aide", "node-agents", "/data", rootNoCaps);
        },
        refused: /\/data\/aide/,
        policy: EFFECTIVE,
    },
    // semanage(8) `import -f FILE` applies local customizations read from FILE: one from a pod-writable file can label
    // /etc/shadow container_file_t (readable by every container under SELinux). Neighbour of the secure semanage
    // fcontext case: a fix must judge semanage's -f file, not accept semanage.
    {
        name: "semanage import -f /data/selinux/local.conf (SELinux customizations a pod writes)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(r, "dev-semanage-import-nodes", withScript(["semanage import -f /data/selinux/local.conf"]));
            hostPathDaemonSet(r, "node-selinux", "node-agents", "/data", rootNoCaps);
        },
        refused: /\/data\/selinux/,
        policy: EFFECTIVE,
    },
    // Refused, and rightly (not a miss): rsyslog's imfile (rsyslog docs, "imfile: Text File Input Module") tails the
    // files its File= glob matches as root and writes each line to the system log. A pod writing
    // /data/validator/logs plants x.log as a symlink to another pod's projected token under /var/lib/kubelet/pods
    // (open(2) follows it); the token lands in /var/log/messages, which a pod may mount read-only. The CloudWatch
    // agent's file_path is accepted by decision (round 24); rsyslog on the node is a separate root reader.
    {
        name: "rsyslog imfile tailing /data/validator/logs/*.log as root into the system log",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-rsyslog-imfile-nodes",
                withCloudConfig([
                    "packages: [rsyslog]",
                    "write_files:",
                    "  - path: /etc/rsyslog.d/50-validator.conf",
                    "    content: |",
                    '      module(load="imfile")',
                    '      input(type="imfile" File="/data/validator/logs/*.log" Tag="validator:")',
                ]),
            );
            validatorData(r);
        },
        refused: /\/data\/validator\/logs/,
        policy: EFFECTIVE,
    },
    // DECIDED (round 34): a user whose home is in a data directory is refused even with a nologin shell: pods write its ~/.ssh/authorized_keys, and sshd serves key logins that only forward ports (ssh -N runs no shell) from the node, instance metadata included (sshd(8), AuthorizedKeysFile).
    {
        name: "DECIDED: useradd --system --uid 10001 --home-dir /data/validator --no-create-home --shell /sbin/nologin validator",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r => {
            al2023Nodes(
                r,
                "dev-useradd-nodes",
                withScript([
                    "groupadd --system --gid 10001 validator",
                    "useradd --system --uid 10001 --gid validator --home-dir /data/validator --no-create-home --shell /sbin/nologin validator",
                    "install -d -o validator -g validator -m 0750 /data/validator",
                ]),
            );
            validatorData(r);
        },
        refused: /home \/data\/validator/,
        policy: EFFECTIVE,
    },
];

const secure: NodeCase[] = [
    // Was a MISS (fixed in round 25): a retry() helper (bash(1), "FUNCTIONS": the body runs with the call's words as "$@") is the usual guard
    // around a mount that races the device's appearance (AWS's own user data samples retry aws/mount calls). `"$@"`
    // expands to the words `mount LABEL=data /data`; the reader substitutes $@ as ONE word, takes
    // "mount LABEL=data /data" as a program path (it holds a slash) and refuses /data as a program it runs. The same
    // mount written without the wrapper is accepted.
    {
        name: "a retry() wrapper around mount (retry mount LABEL=data /data)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r => {
            al2023Nodes(
                r,
                "dev-retry-mount-nodes",
                withScript([
                    "retry() {",
                    "  local n=0",
                    '  until "$@"; do',
                    "    n=$((n + 1)); [ $n -ge 5 ] && return 1",
                    "    sleep $((n * 2))",
                    "  done",
                    "}",
                    "mkfs.xfs -f -L data /dev/nvme1n1",
                    "mkdir -p /data",
                    "retry mount LABEL=data /data",
                    "install -d -o 10001 -g 10001 -m 0750 /data/validator",
                ]),
            );
            validatorData(r);
        },
    },
    // Was a MISS (fixed in round 25): bash(1), "Parameter Expansion": `: "${DATA_DIR:=/data}"` assigns the default when unset; `:` (SHELL BUILTIN
    // COMMANDS: "No effect; the command does nothing beyond expanding arguments") runs nothing. `:` is not in
    // INERT_COMMANDS, so it is judged as an unknown program reading /data.
    {
        name: 'the `: "${DATA_DIR:=/data}"` default idiom before mkdir/chown',
        stack: "dev",
        config: nodePolicyConfig,

        edit: r => {
            al2023Nodes(
                r,
                "dev-colon-default-nodes",
                withScript([
                    ': "${DATA_DIR:=/data}"',
                    ': "${APP_UID:=10001}"',
                    'install -d -o "$APP_UID" -g "$APP_UID" -m 0750 "$DATA_DIR/validator"',
                ]),
            );
            validatorData(r);
        },
    },
    // Was a MISS (fixed in round 25): CIS-style mount hardening (CIS AL2023 1.1.x "Ensure nodev/nosuid/noexec option set on <partition>":
    // remediation edits the options field of the partition's /etc/fstab line, then `mount -o remount`). sed's script
    // `/ \/data /s/defaults/defaults,nodev,nosuid,noexec/` is a regular expression and a substitution, not a file;
    // sed reads /etc/fstab (GNU sed manual, "Overview"). The reader takes `\/data` in the script as a path sed reads.
    // (`mount -o remount,nodev,nosuid,noexec /data` alone is accepted.) Insecure neighbour: GNU sed's `e` command.
    {
        name: "CIS-style fstab hardening: sed adds nodev,nosuid,noexec to the /data line, then remount",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r => {
            al2023Nodes(
                r,
                "dev-sed-fstab-nodes",
                withScript([
                    "echo 'LABEL=data /data xfs defaults,nofail 0 2' >> /etc/fstab",
                    "sed -i '/ \\/data /s/defaults/defaults,nodev,nosuid,noexec/' /etc/fstab",
                    "mount /data",
                    "mount -o remount /data",
                ]),
            );
            validatorData(r);
        },
    },
    // Was a MISS (fixed in round 25): SELinux enforcing nodes label hostPath directories for containers: semanage-fcontext(8) `-a -t TYPE
    // 'REGEX'` adds a file-context rule (its example: `semanage fcontext -a -t httpd_sys_content_t "/web(/.*)?"`), then
    // restorecon(8) relabels. The regex names /data; neither command reads or runs a file in it (restorecon is
    // already inert). semanage is judged as a program reading /data. Insecure neighbour: semanage import -f.
    {
        name: "SELinux labels for the pods' volume: semanage fcontext -a -t container_file_t '/data(/.*)?' and restorecon",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r => {
            al2023Nodes(
                r,
                "dev-semanage-nodes",
                withScript([
                    "mkdir -p /data/validator",
                    "semanage fcontext -a -t container_file_t '/data(/.*)?'",
                    "restorecon -RFv /data",
                ]),
            );
            validatorData(r);
        },
    },
    // Was a MISS (fixed in round 25): CIS AL2023 "Ensure AIDE is installed" (dnf install aide; aide --init) on a node whose /data changes all
    // the time: aide.conf(5) "!" lines are negative selection rules (the path and below are left out of the database).
    // AIDE hashes files it selects and runs none; excluding /data reads nothing there. The file is read by the
    // generic reader, which refuses any line naming /data. Insecure neighbour: @@x_include.
    {
        name: "AIDE installed and initialised (CIS) with the data volume excluded ('!/data' in /etc/aide.conf)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r => {
            al2023Nodes(
                r,
                "dev-aide-nodes",
                withScript([
                    "dnf install -y aide",
                    "echo '!/data' >> /etc/aide.conf",
                    "aide --init",
                    "mv /var/lib/aide/aide.db.new.gz /var/lib/aide/aide.db.gz",
                ]),
            );
            validatorData(r);
        },
    },
    // Was a MISS (inconsistent) (fixed in round 25): a kubelet drop-in that only orders the kubelet after the data volume's mount
    // (systemd.unit(5) RequiresMountsFor=: "adds dependencies of type Requires= and After= for all mount units
    // required to access the specified path"), so no pod starts writing its hostPath into the root filesystem before
    // /data is mounted. Written by a shell part (cat > /etc/systemd/system/kubelet.service.d/...) it is accepted
    // (unit keys that only order are inert); written by cloud-config write_files it is refused wholesale as "the
    // node's own configuration" (userData.ts NODE_CONFIG_PATHS), without reading its keys.
    {
        name: "a cloud-config kubelet drop-in with only RequiresMountsFor=/data (kubelet waits for the data mount)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r => {
            al2023Nodes(
                r,
                "dev-kubelet-order-nodes",
                withCloudConfig([
                    "mounts:",
                    "  - [LABEL=data, /data, xfs, 'defaults,nofail', '0', '2']",
                    "write_files:",
                    "  - path: /etc/systemd/system/kubelet.service.d/10-wait-for-data.conf",
                    "    content: |",
                    "      [Unit]",
                    "      RequiresMountsFor=/data",
                ]),
            );
            validatorData(r);
        },
    },
    // Was a MISS (fixed in round 25): XFS project (directory tree) quotas cap each hostPath directory on the shared /data volume (xfs_quota(8),
    // "PROJECT (TREE) QUOTA"; /etc/projects maps an ID to a directory). `project -s` walks the tree with
    // nftw(FTW_PHYS|FTW_MOUNT) and sets the project ID with AT_SYMLINK_NOFOLLOW (xfsprogs quota/project.c
    // setup_project); `limit` sets a number. No file in /data is read or run, links are not followed. /etc/projects is
    // refused by the generic reader, xfs_quota as a program reading /data.
    {
        name: "XFS project quotas on /data/validator (/etc/projects, /etc/projid, xfs_quota project -s and limit)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r => {
            al2023Nodes(
                r,
                "dev-xfs-quota-nodes",
                withScript([
                    "mkfs.xfs -f -L data /dev/nvme1n1",
                    "mkdir -p /data && mount -o prjquota LABEL=data /data",
                    "install -d -o 10001 -g 10001 -m 0750 /data/validator",
                    "echo '42:/data/validator' >> /etc/projects",
                    "echo 'validator:42' >> /etc/projid",
                    "xfs_quota -x -c 'project -s validator' /data",
                    "xfs_quota -x -c 'limit -p bhard=500g validator' /data",
                ]),
            );
            validatorData(r);
        },
    },
    // Was a MISS (fixed in round 25): install(1) copies SOURCE to DEST with the given owner and mode: `install -m 0640 -o 10001 -g 10001
    // /dev/stdin /data/validator/config.toml <<'EOF'` writes a config file for the pod INSIDE /data in one step (no
    // window with the wrong owner). The here-document is install's input, copied into the destination; the reader
    // judges it as text "fed to install" and refuses its line naming /data/validator/db. The same body written with
    // `cat > /data/validator/config.toml <<EOF` is accepted.
    {
        name: "a pod's config file written inside /data with install -m 0640 -o 10001 /dev/stdin DEST <<'EOF'",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r => {
            al2023Nodes(
                r,
                "dev-install-stdin-nodes",
                withScript([
                    "install -d -o 10001 -g 10001 -m 0750 /data/validator /data/validator/db",
                    "install -m 0640 -o 10001 -g 10001 /dev/stdin /data/validator/config.toml <<'EOF'",
                    'db_path = "/data/validator/db"',
                    'log_dir = "/data/validator/logs"',
                    "EOF",
                ]),
            );
            validatorData(r);
        },
    },
    // Was a MISS (fixed in round 25): the CloudWatch agent's disk metrics for / and /data are accepted when the JSON is written literally
    // (round 24); generated with jq (jq manual, "Invoking jq": `--arg name value` "passes a value to the jq program as
    // a predefined variable", a string) they are refused: jq is judged as a program reading its operand /data.
    {
        name: "the CloudWatch agent's disk-metrics config generated with jq -n --arg dir /data > .../amazon-cloudwatch-agent.json",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            al2023Nodes(
                r,
                "dev-jq-cwagent-nodes",
                withScript([
                    "dnf install -y amazon-cloudwatch-agent jq",
                    'jq -n --arg dir /data \'{agent: {run_as_user: "cwagent"}, metrics: {metrics_collected: {disk: {resources: ["/", $dir], measurement: ["used_percent"]}}}}\' > /opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json',
                    "/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c file:/opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json",
                ]),
            ),
    },
    // Was a MISS (fixed in round 25): a URL's path is the server's, not the node's (RFC 3986 §3.3; S3 user guide, "Naming Amazon S3 objects":
    // `s3://bucket/data/x` is the key data/x of bucket). pathsIn (rootReads.ts) skips the authority but returns the
    // URL's path as a node path, so `aws s3 cp s3://acme-node-artifacts/data/validator-tools.tar.gz /tmp/` and
    // `curl -o ... https://pki.example.com/srv/ca/corp-root.pem` are judged as copies FROM /data and /srv into node
    // paths. Only file:// URLs (empty authority) name the node's files.
    {
        name: "downloads from an S3 key under data/ and an https URL under /srv/ into node paths (remote paths, not /data or /srv)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r => {
            al2023Nodes(
                r,
                "dev-url-path-nodes",
                withScript([
                    "aws s3 cp s3://acme-node-artifacts/data/validator-tools.tar.gz /tmp/validator-tools.tar.gz",
                    "tar -xzf /tmp/validator-tools.tar.gz -C /usr/local/bin",
                    "curl -fsSL -o /etc/pki/ca-trust/source/anchors/corp-root.pem https://pki.example.com/srv/ca/corp-root.pem",
                    "update-ca-trust",
                ]),
            );
            validatorData(r);
        },
    },
    // Was a MISS (fixed in round 25): a careful bootstrap checks what it downloaded into /data: sha256sum(1) -c reads "CHECKSUM  FILE" lines
    // (here from standard input, `-`) and prints OK/FAILED. It hashes the file and runs nothing from it; the copy into
    // /data is accepted. The checksum line piped to sha256sum is judged as text sha256sum reads, and refused.
    {
        name: "a genesis file copied into /data and verified with echo 'SUM  /data/...' | sha256sum -c -",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r => {
            al2023Nodes(
                r,
                "dev-sha256-nodes",
                withScript([
                    "install -d -o 10001 -g 10001 -m 0750 /data/validator",
                    "aws s3 cp s3://acme-validator-config/mainnet/genesis.json /data/validator/genesis.json",
                    "echo '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  /data/validator/genesis.json' | sha256sum -c -",
                    "chown 10001:10001 /data/validator/genesis.json",
                ]),
            );
            validatorData(r);
        },
    },
    // Accepted today (regression guard): instance-store NVMe striped with LVM (pvcreate/vgcreate/lvcreate -i), opened
    // with dm-crypt under a throwaway key (cryptsetup(8) open --type plain --key-file /dev/urandom: the data cannot
    // outlive the instance), formatted and mounted at /data with nodev,nosuid; the device-mapper names
    // (/dev/vg_data/lv_data, /dev/mapper/data) are devices, not the data directory.
    {
        name: "instance-store NVMe striped with LVM, encrypted with a throwaway dm-crypt key, mounted at /data",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-lvm-crypt-nodes",
                withScript([
                    "pvcreate /dev/nvme1n1 /dev/nvme2n1",
                    "vgcreate vg_data /dev/nvme1n1 /dev/nvme2n1",
                    "lvcreate -n lv_data -l 100%FREE -i 2 vg_data",
                    "cryptsetup open --type plain --cipher aes-xts-plain64 --key-size 512 --key-file /dev/urandom /dev/vg_data/lv_data data",
                    "mkfs.xfs -f /dev/mapper/data",
                    "mkdir -p /data",
                    "mount -o nodev,nosuid,noatime /dev/mapper/data /data",
                    "install -d -o 10001 -g 10001 -m 0750 /data/validator",
                ]),
            );
            validatorData(r);
        },
    },
    // Accepted today (regression guard): AWS Nitro Enclaves on EKS (Nitro Enclaves user guide, "Amazon EKS": a launch
    // template with enclave options enabled and user data that installs aws-nitro-enclaves-cli, sets the allocator's
    // cpu_count/memory_mib with sed and starts nitro-enclaves-allocator), the shape signing workloads use.
    {
        name: "a Nitro Enclaves node group: launch template enclaveOptions enabled, the AWS guide's allocator user data",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            managedNodes(r, { account: PRIMARY, cluster: CLUSTER.dev }, "dev-enclave-nodes", {
                enclaveOptions: { enabled: true },
                userData: b64(
                    mime([
                        {
                            type: 'text/x-shellscript; charset="us-ascii"',
                            body: [
                                "#!/bin/bash -e",
                                'readonly NE_ALLOCATOR_SPEC_PATH="/etc/nitro_enclaves/allocator.yaml"',
                                "readonly CPU_COUNT=2",
                                "readonly MEMORY_MIB=768",
                                "dnf install -y aws-nitro-enclaves-cli",
                                'sed -i "s/cpu_count:.*/cpu_count: $CPU_COUNT/g" $NE_ALLOCATOR_SPEC_PATH',
                                'sed -i "s/memory_mib:.*/memory_mib: $MEMORY_MIB/g" $NE_ALLOCATOR_SPEC_PATH',
                                "systemctl enable --now nitro-enclaves-allocator.service",
                                'echo "NE user data script has finished successfully."',
                            ].join("\n"),
                        },
                        { type: "application/node.eks.aws", body: nodeConfig([]) },
                    ]),
                ),
            }),
    },
    // Was a MISS (inconsistent with round 21; fixed in round 25, engine/judge.ts DEDICATING_KEY_PROPS): node volumes encrypted with a customer managed key of the stack (EKS user
    // guide, "Customize managed nodes with launch templates": encrypted EBS with a CMK; EC2 Auto Scaling user guide,
    // "Required AWS KMS key policy for use with encrypted volumes", example 1: the AWSServiceRoleForAutoScaling role
    // uses the key and creates grants with kms:GrantIsForAWSResource). The same key policy on the account's EBS
    // default key (aws.ebs.DefaultKmsKey) is accepted as a dedicated key (judge.ts DEDICATING_KEY_PROPS); named by a
    // launch template's blockDeviceMappings[].ebs.kmsKeyId (and nothing else), the key is judged as custody and the
    // service-linked role refused as a principal the model does not name.
    {
        name: "a launch template encrypting the root and /data EBS volumes with a stack CMK usable only by the Auto Scaling service-linked role",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r => {
            const slr = `arn:aws:iam::${PRIMARY}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling`;
            const key = cmk(r, "node-volumes-key", PRIMARY, REGION, "7c6b5a49-3827-4165-9f0e-d1c2b3a49586", [
                rootDelegation(PRIMARY),
                {
                    Sid: "AllowServiceLinkedRoleUseOfTheKey",
                    Effect: "Allow",
                    Principal: { AWS: slr },
                    Action: ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
                    Resource: "*",
                },
                {
                    Sid: "AllowAttachmentOfPersistentResources",
                    Effect: "Allow",
                    Principal: { AWS: slr },
                    Action: "kms:CreateGrant",
                    Resource: "*",
                    Condition: { Bool: { "kms:GrantIsForAWSResource": true } },
                },
            ]);
            managedNodes(r, { account: PRIMARY, cluster: CLUSTER.dev }, "dev-cmk-volume-nodes", {
                blockDeviceMappings: [
                    {
                        deviceName: "/dev/xvda",
                        ebs: { volumeSize: 50, volumeType: "gp3", encrypted: "true", kmsKeyId: key },
                    },
                    {
                        deviceName: "/dev/xvdb",
                        ebs: {
                            volumeSize: 500,
                            volumeType: "gp3",
                            iops: 6000,
                            throughput: 500,
                            encrypted: "true",
                            kmsKeyId: key,
                            deleteOnTermination: "true",
                        },
                    },
                ],
                userData: b64(
                    withScript([
                        "mkfs.xfs -f -L data /dev/nvme1n1",
                        "mkdir -p /data",
                        "echo 'LABEL=data /data xfs defaults,nodev,nosuid,nofail 0 2' >> /etc/fstab",
                        "mount /data",
                    ]),
                ),
            });
        },
    },
    // Accepted today (regression guard): a validator node's nodeadm kubelet settings (CPU and memory managers pinned,
    // reserved CPUs, registerWithTaints, graceful shutdown, seccompDefault) and a Bottlerocket signer node's settings
    // (the same knobs, NTP from the Amazon Time Sync Service, ephemeral storage for the kubelet and containerd, admin
    // and control containers off, a trusted corporate CA).
    {
        name: "nodeadm kubelet settings for a validator (static CPU/memory managers, reserved CPUs, taints, graceful shutdown)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-validator-kubelet-nodes",
                mime([
                    {
                        type: "application/node.eks.aws",
                        body: nodeConfig([
                            "  kubelet:",
                            "    config:",
                            "      cpuManagerPolicy: static",
                            '      reservedSystemCPUs: "0-1"',
                            "      topologyManagerPolicy: single-numa-node",
                            "      memoryManagerPolicy: Static",
                            "      reservedMemory:",
                            "        - numaNode: 0",
                            "          limits:",
                            "            memory: 1100Mi",
                            "      kubeReserved: {cpu: 500m, memory: 1Gi, ephemeral-storage: 1Gi}",
                            "      systemReserved: {memory: 100Mi}",
                            "      evictionHard: {memory.available: 100Mi, nodefs.available: 10%}",
                            "      seccompDefault: true",
                            "      shutdownGracePeriod: 60s",
                            "      shutdownGracePeriodCriticalPods: 20s",
                            "      registerWithTaints:",
                            "        - {key: dedicated, value: validator, effect: NoSchedule}",
                            "    flags:",
                            "      - --node-labels=workload=validator",
                        ]),
                    },
                    cloudConfig(["ntp:", "  enabled: true", "  servers: [169.254.169.123]"]),
                ]),
            ),
    },
    {
        name: "Bottlerocket signer settings: static CPU manager, taints, Amazon Time Sync, ephemeral storage, admin/control off, a trusted CA",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r =>
            bottlerocket(r, [
                "[settings.kubernetes]",
                'cpu-manager-policy = "static"',
                'topology-manager-policy = "single-numa-node"',
                "seccomp-default = true",
                "device-ownership-from-security-context = true",
                'shutdown-grace-period = "60s"',
                'shutdown-grace-period-for-critical-pods = "20s"',
                "[settings.kubernetes.node-taints]",
                'dedicated = ["signer:NoSchedule"]',
                "[settings.kubernetes.kube-reserved]",
                'cpu = "500m"',
                'memory = "1Gi"',
                "[settings.ntp]",
                'time-servers = ["169.254.169.123"]',
                "[settings.kernel]",
                'lockdown = "integrity"',
                "[settings.kernel.sysctl]",
                '"vm.max_map_count" = "262144"',
                "[settings.host-containers.admin]",
                "enabled = false",
                "[settings.host-containers.control]",
                "enabled = false",
                "[settings.bootstrap-commands.k8s-ephemeral-storage]",
                'commands = [["apiclient", "ephemeral-storage", "init"], ["apiclient", "ephemeral-storage", "bind", "--dirs", "/var/lib/containerd", "/var/lib/kubelet", "/var/log/pods"]]',
                "essential = true",
                'mode = "always"',
                "[settings.pki.corp-ca]",
                'data = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t"',
                "trusted = true",
            ]),
    },
];

describeNodeCases(
    "allowlist: red-team round 25 on node user data and launch settings (false positives around the data volume)",
    insecure,
    secure,
);
