// Red-team round 32 on EKS NODE user data (fresh eyes), mostly SECURE variants that round 31's shell reader changes
// touch (command substitutions, positional parameters and arrays, parameter operations, printed credentials, one
// filesystem at two mount points, find above a data directory): ECR pre-pulls with a token used but not printed,
// instance-store RAID and partitions, read-ahead tuning, CIS world-writable remediation, sysctls computed at boot,
// node labels from instance metadata, Bottlerocket registry/credential-provider settings, nodeadm kubelet hardening;
// and a few insecure neighbours printing the node role's credentials in forms the reader does not follow (xtrace,
// jq, env). Misses are `it.skip` with a MISS comment and the doc checked.
import { nodePolicyConfig } from "./packRunner";
import {
    al2023Nodes,
    b64,
    bottlerocket,
    CLUSTER,
    describeNodeCases,
    devNodeCase,
    NodeCase,
    nodeConfig,
    PRIMARY,
    withCloudConfig,
    withScript,
} from "./nodeBuilders";
import { Resources } from "./support";
import { managedNodes } from "./variantBuilders";

const dev = devNodeCase;

const ENDPOINT = "https://EXAMPLE.gr7.eu-west-1.eks.amazonaws.com";
const TOKEN =
    'TOKEN=$(curl -sX PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 300")';
const ECR = "111111111111.dkr.ecr.eu-west-1.amazonaws.com";

/** AL2 user data (bootstrap.sh) for the dev cluster: `lines` (the bootstrap.sh line included) after the header. */
const al2Raw = (r: Resources, name: string, lines: string[]) =>
    managedNodes(r, { account: PRIMARY, cluster: CLUSTER.dev, amiType: "AL2_x86_64" }, name, {
        userData: b64(["#!/bin/bash", "set -euo pipefail", ...lines].join("\n")),
    });

/** The AL2 pull-sandbox-image pattern: an ECR token captured into a variable and handed to ctr, never printed. */
const prePull = [
    `ecr_password="$(aws ecr get-login-password --region eu-west-1)"`,
    `ctr --namespace k8s.io images pull --user "AWS:\${ecr_password}" ${ECR}/validator/signer:1.8.2`,
    "unset ecr_password",
];

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 32): accepted. bash(1) `set -x` (xtrace): "Print a trace of simple commands ... after they are expanded": the assignment
    // `+ ecr_password=eyJ...` and the ctr line with `--user AWS:eyJ...` go to stderr, which cloud-init sends to
    // /var/log/cloud-init-output.log and the console (cloud-init docs "output"; EC2 GetConsoleOutput). The pack refuses
    // the same token printed to the output (round 31), not the trace of its capture.
    dev(
        "set -x (xtrace) before capturing an ECR token into a variable and passing it to ctr --user (the trace prints the token to cloud-init's log and the console)",
        r => al2023Nodes(r, "dev-xtrace-ecr-nodes", withScript(["set -x", ...prePull])),
        /get-login-password|credentials|token/,
    ),
    // Was a MISS (fixed in round 32): accepted. The node role's instance-profile credentials piped to `jq .` print in full (jq manual: `.` is the identity
    // filter, pretty-printed to stdout); the reader treats any pipe as not printed (only tee). cloud-init logs it
    // to /var/log/cloud-init-output.log and the console.
    dev(
        "the node role's credentials from instance metadata piped to jq . (printed in full to cloud-init's log) while checking the instance profile",
        r =>
            al2023Nodes(
                r,
                "dev-imds-jq-nodes",
                withScript([
                    TOKEN,
                    'ROLE=$(curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/iam/security-credentials/)',
                    'curl -s -H "X-aws-ec2-metadata-token: $TOKEN" "http://169.254.169.254/latest/meta-data/iam/security-credentials/$ROLE" | jq .',
                ]),
            ),
        /credentials/,
    ),
    // Was a MISS (fixed in round 32): accepted. `eval "$(aws configure export-credentials --format env)"` exports the node role's keys into the script's
    // environment (AWS CLI reference, configure export-credentials); `env` then prints them into /var/log, which the
    // pack lets pods read (round 31: node secrets copied into /var/log are refused).
    dev(
        'node role credentials exported with eval "$(aws configure export-credentials --format env)", then env dumped into /var/log/node-bootstrap-env.log',
        r =>
            al2023Nodes(
                r,
                "dev-env-dump-nodes",
                withScript([
                    'eval "$(aws configure export-credentials --format env)"',
                    "aws s3 cp s3://acme-node-artifacts/validator/tools.tar.gz /tmp/tools.tar.gz",
                    "env | sort > /var/log/node-bootstrap-env.log",
                ]),
            ),
        /credentials|export-credentials|env/,
    ),
];

const secure: NodeCase[] = [
    // amazon-eks-ami AL2 pull-sandbox-image.sh: `ctr --namespace k8s.io image pull $sandbox_image --user
    // AWS:$ecr_password` with the password captured from `aws ecr get-login-password`; the token is used, not printed.
    dev(
        'pre-pulling a validator image with ctr --user "AWS:${ecr_password}" (token captured from aws ecr get-login-password, then unset)',
        r => al2023Nodes(r, "dev-prepull-nodes", withScript(prePull)),
    ),
    // Was a MISS (fixed in round 32): refused ("copies the node role's credentials ... into /var/log/cloud-init-output.log"): the reader drops
    // /dev/null from the outputs and then reads "no output" as "printed to stdout"; and the listing URL (trailing
    // slash) prints no credentials at all. IAM eventual consistency: wait until the instance profile's role is visible in metadata. The trailing-slash
    // listing prints the role NAME only (EC2 user guide, "Instance metadata categories": iam/security-credentials/
    // "the name of the role"), and the output goes to /dev/null.
    dev(
        "waiting for the instance profile: until curl -sf .../iam/security-credentials/ >/dev/null (the role name, discarded)",
        r =>
            al2023Nodes(
                r,
                "dev-wait-profile-nodes",
                withScript([
                    TOKEN,
                    'until curl -sf -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/iam/security-credentials/ >/dev/null 2>&1; do sleep 2; done',
                    "aws sts get-caller-identity --query Arn --output text",
                ]),
            ),
        /./,
    ),
    // EC2 user guide "RAID configuration on Linux": mdadm --create RAID0 over the instance-store NVMe, mkfs, fstab,
    // and `mdadm --detail --scan | sudo tee -a /etc/mdadm.conf`; the device list as a bash array and "${#DEVICES[@]}".
    dev(
        'instance-store RAID0 from a bash array (mdadm --raid-devices=${#DEVICES[@]} "${DEVICES[@]}"), mdadm --detail --scan | tee -a /etc/mdadm.conf, mounted at /data',
        r =>
            al2023Nodes(
                r,
                "dev-raid-array-nodes",
                withScript([
                    "dnf install -y mdadm",
                    "mapfile -t DEVICES < <(ls /dev/disk/by-id/nvme-Amazon_EC2_NVMe_Instance_Storage_* | grep -v -- -ns-)",
                    'mdadm --create --verbose /dev/md0 --level=0 --name=DATA --raid-devices=${#DEVICES[@]} "${DEVICES[@]}"',
                    "mkfs.xfs -f -L data /dev/md0",
                    "mdadm --detail --scan | tee -a /etc/mdadm.conf",
                    "dracut -H -f /boot/initramfs-$(uname -r).img $(uname -r)",
                    "mkdir -p /data",
                    "echo 'LABEL=data /data xfs defaults,nofail,noatime 0 2' >> /etc/fstab",
                    "mount /data",
                    "install -d -o 10001 -g 10001 -m 0750 /data/validator",
                ]),
            ),
    ),
    // One instance-store disk, two partitions, two filesystems: p1 for containerd's images, p2 the pods' /data.
    // Different filesystems (parted(8), mkfs per partition), so nothing written in /data appears under containerd.
    dev("one NVMe disk partitioned: p1 (LABEL=images) at /var/lib/containerd, p2 (LABEL=data) at /data", r =>
        al2023Nodes(
            r,
            "dev-partitions-nodes",
            withScript([
                "parted -s /dev/nvme1n1 mklabel gpt mkpart images xfs 0% 40% mkpart data xfs 40% 100%",
                "udevadm settle",
                "mkfs.xfs -f -L images /dev/nvme1n1p1",
                "mkfs.xfs -f -L data /dev/nvme1n1p2",
                "mkdir -p /var/lib/containerd /data",
                "echo 'LABEL=images /var/lib/containerd xfs defaults,nofail,noatime 0 2' >> /etc/fstab",
                "echo 'LABEL=data /data xfs defaults,nofail,noatime,nodev,nosuid 0 2' >> /etc/fstab",
                "mount -a",
            ]),
        ),
    ),
    // Database read-ahead on the data volume: the device found with findmnt (util-linux findmnt(8) -o SOURCE
    // --target), tuned with blockdev --setra (blockdev(8)); the substitution names /data but yields a device.
    dev(
        'read-ahead on the /data device: DATA_DEV=$(findmnt -n -o SOURCE --target /data); blockdev --setra 4096 "$DATA_DEV"',
        r =>
            al2023Nodes(
                r,
                "dev-readahead-nodes",
                withScript([
                    "mkfs.xfs -f -L data /dev/nvme1n1",
                    "mkdir -p /data && mount -o noatime LABEL=data /data",
                    "DATA_DEV=$(findmnt -n -o SOURCE --target /data)",
                    'blockdev --setra 4096 "$DATA_DEV"',
                    'echo none > "/sys/block/$(basename "$(readlink -f "$DATA_DEV")")/queue/scheduler"',
                ]),
            ),
    ),
    // CIS Amazon Linux 2023 Benchmark 6.1.x remediation: sticky bit on world-writable directories and no
    // world-writable files, `find / -xdev ... -exec chmod`; chmod reads nothing from what it finds.
    dev(
        "CIS world-writable remediation: find / -xdev -type d -perm -0002 ! -perm -1000 -exec chmod a+t {} + (and files o-w)",
        r =>
            al2023Nodes(
                r,
                "dev-cis-worldwritable-nodes",
                withScript([
                    "find / -xdev -type d \\( -perm -0002 -a ! -perm -1000 \\) -exec chmod a+t {} +",
                    "find / -xdev -type f -perm -0002 -exec chmod o-w {} +",
                    "find / -xdev \\( -nouser -o -nogroup \\) -exec ls -ld {} \\; > /var/log/cis-unowned.log 2>&1 || true",
                ]),
            ),
    ),
    // A formatter function with positional parameters (bash(1) "Positional Parameters", local) and parameter
    // operations (${dev##*/} "Remove matching prefix pattern", ${dir%/*}), called for the data disk.
    dev(
        "format_and_mount() { local dev=$1 label=$2 dir=$3 ... } for /dev/nvme1n1 at /data, with ${dev##*/} and ${dir%/*}",
        r =>
            al2023Nodes(
                r,
                "dev-function-mount-nodes",
                withScript([
                    "format_and_mount() {",
                    '    local dev="$1" label="$2" dir="$3"',
                    '    blkid "$dev" || mkfs.xfs -f -L "$label" "$dev"',
                    '    mkdir -p "$dir"',
                    '    echo "LABEL=$label $dir xfs defaults,nofail,noatime 0 2" >> /etc/fstab',
                    '    mount "$dir"',
                    '    echo mq-deadline > "/sys/block/${dev##*/}/queue/scheduler"',
                    '    install -d -o 10001 -g 10001 -m 0750 "$dir/validator" "${dir%/*}/data/scratch"',
                    "}",
                    "format_and_mount /dev/nvme1n1 data /data",
                ]),
            ),
    ),
    // `set --` with the instance-store devices, then a loop over "$@" (bash(1) "set"): the devices only formatted.
    dev(
        'set -- /dev/nvme1n1 /dev/nvme2n1; for d in "$@"; do mkfs.xfs ...; done, then each mounted under /data/disk<N>',
        r =>
            al2023Nodes(
                r,
                "dev-set-devices-nodes",
                withScript([
                    "set -- /dev/nvme1n1 /dev/nvme2n1",
                    "n=0",
                    'for d in "$@"; do',
                    "    n=$((n + 1))",
                    '    mkfs.xfs -f -L "disk$n" "$d"',
                    '    mkdir -p "/data/disk$n"',
                    '    mount -o noatime "LABEL=disk$n" "/data/disk$n"',
                    "done",
                ]),
            ),
    ),
    // Sysctls sized from the machine at boot (Elasticsearch/validator style): the key is literal, the value an
    // arithmetic expansion of nproc/free output; sysctl.d(5) lines are key = value, nothing runs.
    dev(
        "sysctl.d values computed at boot: fs.inotify.max_user_watches = $(( $(nproc) * 65536 )), vm.min_free_kbytes from free",
        r =>
            al2023Nodes(
                r,
                "dev-computed-sysctl-nodes",
                withScript([
                    "MEM_KB=$(free -k | awk '/^Mem:/ {print $2}')",
                    "{",
                    '    echo "fs.inotify.max_user_watches = $(( $(nproc) * 65536 ))"',
                    '    echo "vm.min_free_kbytes = $(( MEM_KB / 100 ))"',
                    "    echo 'vm.max_map_count = 262144'",
                    "} > /etc/sysctl.d/90-validator.conf",
                    "sysctl --system",
                ]),
            ),
    ),
    // EKS workshop/Spot guidance: label nodes with their lifecycle read from instance metadata
    // (meta-data/instance-life-cycle: "spot" | "on-demand"), passed to AL2 bootstrap.sh --kubelet-extra-args.
    dev(
        'AL2 bootstrap.sh --kubelet-extra-args "--node-labels=node.example.com/lifecycle=${LIFECYCLE}" from instance metadata',
        r =>
            al2Raw(r, "dev-al2-lifecycle-nodes", [
                TOKEN,
                'LIFECYCLE=$(curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/instance-life-cycle)',
                `/etc/eks/bootstrap.sh dev-validators --b64-cluster-ca Y2VydGlmaWNhdGVBdXRob3JpdHk= --apiserver-endpoint ${ENDPOINT} --kubelet-extra-args "--node-labels=node.example.com/lifecycle=\${LIFECYCLE}"`,
            ]),
    ),
    // cloud-init ntp module (cc_ntp: ntp_client chrony, servers) pointing chrony at the Amazon Time Sync Service
    // (EC2 user guide "Set the time": 169.254.169.123, IPv6 fd00:ec2::123), plus auditd and the CloudWatch agent.
    dev(
        "cloud-config ntp module with chrony on the Amazon Time Sync Service (169.254.169.123, fd00:ec2::123), packages audit/chrony",
        r =>
            al2023Nodes(
                r,
                "dev-ntp-module-nodes",
                withCloudConfig([
                    "packages: [chrony, audit]",
                    "ntp:",
                    "  enabled: true",
                    "  ntp_client: chrony",
                    "  servers: [169.254.169.123, 'fd00:ec2::123']",
                    "runcmd:",
                    "  - [systemctl, enable, --now, auditd]",
                ]),
            ),
    ),
    // nodeadm NodeConfig kubelet.config (KubeletConfiguration fields, CIS EKS 3.2.x): protectKernelDefaults,
    // eventRecordQPS, tlsCipherSuites, serverTLSBootstrap with RotateKubeletServerCertificate, shutdown grace periods,
    // log rotation, eviction thresholds, pod PIDs limit.
    dev(
        "NodeConfig kubelet.config hardening: protectKernelDefaults, tlsCipherSuites, serverTLSBootstrap, shutdownGracePeriod, evictionHard, podPidsLimit",
        r =>
            al2023Nodes(
                r,
                "dev-kubelet-hardening-nodes",
                nodeConfig([
                    "  kubelet:",
                    "    config:",
                    "      protectKernelDefaults: true",
                    "      eventRecordQPS: 5",
                    "      serverTLSBootstrap: true",
                    "      featureGates:",
                    "        RotateKubeletServerCertificate: true",
                    "      tlsCipherSuites:",
                    "        - TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
                    "        - TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
                    "        - TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
                    "      shutdownGracePeriod: 60s",
                    "      shutdownGracePeriodCriticalPods: 20s",
                    "      containerLogMaxSize: 50Mi",
                    "      containerLogMaxFiles: 5",
                    "      podPidsLimit: 4096",
                    "      evictionHard:",
                    '        memory.available: "200Mi"',
                    '        nodefs.available: "10%"',
                ]),
            ),
    ),
    // Bottlerocket settings reference: settings.kubernetes.credential-providers.ecr-credential-provider
    // (enabled, cache-duration, image-patterns), settings.container-registry.mirrors and credentials (Docker Hub
    // auth for rate limits), settings.kubernetes.node-labels / node-taints, settings.pki trusted corporate CA.
    {
        name: "Bottlerocket ECR credential provider, registry mirror and Docker Hub credentials, node labels/taints, a trusted corporate CA bundle",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r =>
            bottlerocket(r, [
                "[settings.kubernetes.credential-providers.ecr-credential-provider]",
                "enabled = true",
                'cache-duration = "30m"',
                'image-patterns = ["*.dkr.ecr.eu-west-1.amazonaws.com", "*.dkr.ecr.eu-central-1.amazonaws.com"]',
                "[[settings.container-registry.mirrors]]",
                'registry = "docker.io"',
                `endpoint = ["https://${ECR}/v2/docker-hub"]`,
                "[[settings.container-registry.credentials]]",
                'registry = "docker.io"',
                'username = "acmebuild"',
                'password = "dckr_pat_ExampleOnlyNotARealToken"',
                "[settings.kubernetes.node-labels]",
                '"workload" = "broker"',
                "[settings.kubernetes.node-taints]",
                '"custody" = ["true:NoSchedule"]',
                "[settings.pki.corp-root]",
                `data = "${b64("-----BEGIN CERTIFICATE-----\nMIICorpRootExampleOnly\n-----END CERTIFICATE-----\n")}"`,
                "trusted = true",
            ]),
    },
    // The data volume's subdirectory bound at a second DATA directory for a legacy path (mount(8) --bind in fstab):
    // one filesystem at /data and /srv, both pod-writable already, no node path involved.
    dev("fstab bind of /data/shared at /srv/shared (one filesystem at two data directories, no node path)", r =>
        al2023Nodes(
            r,
            "dev-bind-two-data-nodes",
            withScript([
                "mkfs.xfs -f -L data /dev/nvme1n1",
                "mkdir -p /data /srv/shared",
                "echo 'LABEL=data /data xfs defaults,nofail,noatime 0 2' >> /etc/fstab",
                "echo '/data/shared /srv/shared none bind,nofail 0 0' >> /etc/fstab",
                "mount /data && mkdir -p /data/shared && mount /srv/shared",
            ]),
        ),
    ),
    // Was a MISS (fixed in round 32): refused ("a root process of the node read /srv"): `find /` with -exec rpm -qf counts as a non-inert
    // -exec (round 31), but rpm -qf only looks the path up in the RPM database. CIS AL2023 "Audit SUID/SGID executables": list them with their owning package (rpm -qf queries the RPM
    // database by path; rpm(8) "-f, --file FILE: Query package owning installed FILE"): nothing found is run or read.
    dev(
        "CIS SUID audit: find / -xdev -type f -perm -4000 -exec rpm -qf {} \\; > /var/log/cis-suid.log",
        r =>
            al2023Nodes(
                r,
                "dev-cis-suid-nodes",
                withScript([
                    "find / -xdev -type f \\( -perm -4000 -o -perm -2000 \\) -exec rpm -qf {} \\; > /var/log/cis-suid.log 2>&1 || true",
                ]),
            ),
        /./,
    ),
    // nodeadm API (amazon-eks-ami doc "NodeConfig": spec.instance.localStorage.strategy RAID0): nodeadm sets up the
    // instance-store disks itself (under /mnt/k8s-disks, the kubelet's and containerd's directories bound there).
    dev("NodeConfig instance.localStorage.strategy: RAID0 (nodeadm's own instance-store setup)", r =>
        al2023Nodes(
            r,
            "dev-localstorage-raid0-nodes",
            nodeConfig(["  instance:", "    localStorage:", "      strategy: RAID0"]),
        ),
    ),
    // Was a MISS (fixed in round 32): refused ("a root process of the node read /data/validator ... piped to install"): the same
    // `install -d -o 10001 ... /data/validator` is accepted written directly (round 25); through xargs(1) the piped
    // words are judged as what install reads. xargs(1) running install -d for each listed data directory: the command is inert whichever way it is invoked.
    dev(
        "printf '%s\\n' /data/validator /data/validator/db | xargs -r install -d -o 10001 -g 10001 -m 0750",
        r =>
            al2023Nodes(
                r,
                "dev-xargs-install-nodes",
                withScript([
                    "mkdir -p /data && mount LABEL=data /data",
                    "printf '%s\\n' /data/validator /data/validator/db | xargs -r install -d -o 10001 -g 10001 -m 0750",
                ]),
            ),
        /./,
    ),
    // Was a MISS (fixed in round 32): refused ("copies /etc/kubernetes/pki/ca.crt, the node's credentials ... into /var/log/node-bootstrap.log"):
    // NODE_SECRETS holds /etc/kubernetes whole, but ca.crt is the cluster's PUBLIC CA certificate (the same base64
    // the NodeConfig's cluster.certificateAuthority carries in user data; EKS DescribeCluster returns it), and
    // sha256sum prints only its hash. An audit trail of the cluster CA the node trusts: its SHA-256 (a public certificate's hash) appended to a log.
    dev(
        "the cluster CA's fingerprint logged: sha256sum /etc/kubernetes/pki/ca.crt >> /var/log/node-bootstrap.log",
        r =>
            al2023Nodes(
                r,
                "dev-ca-sum-nodes",
                withScript(["sha256sum /etc/kubernetes/pki/ca.crt >> /var/log/node-bootstrap.log"]),
            ),
        /./,
    ),
    // openssl-x509(1) -noout -subject -enddate -fingerprint: the public CA's identity to the journal (logger(1)).
    dev(
        "the cluster CA's subject and fingerprint to the journal: openssl x509 -noout -subject -fingerprint -sha256 -in /etc/kubernetes/pki/ca.crt | logger",
        r =>
            al2023Nodes(
                r,
                "dev-ca-openssl-nodes",
                withScript([
                    "openssl x509 -noout -subject -enddate -fingerprint -sha256 -in /etc/kubernetes/pki/ca.crt | logger -t node-bootstrap",
                ]),
            ),
    ),
];

describeNodeCases(
    "allowlist: red-team round 32 on node user data (secure setups around round 31's shell reader, printed credentials)",
    insecure,
    secure,
);
