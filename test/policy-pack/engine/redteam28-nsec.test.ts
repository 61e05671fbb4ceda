// Red-team round 28 on EKS node user data and launch settings (fresh eyes): false positives in what careful platform
// teams running validator/signing nodes put into node user data and launch templates from AWS's and vendors'
// documentation: Session Manager's ssm-user without sudo (SSM user guide), an Ethereum Engine API JWT secret generated
// on the data volume, Datadog and CrowdStrike agents from signed repositories/artifacts with their keys read from
// Secrets Manager/Parameter Store, AL2023 kernel live patching, bind mounts between data directories (fstab and a
// systemd mount unit), CIS EKS file permissions on the kubelet's files, a data volume formatted by systemd
// (x-systemd.makefs), the Agave validator's documented system tuning, the kubelet port limited to the VPC with
// iptables, nodeadm feature gates, Bottlerocket runtime/registry/kubelet settings, and a launch template's CPU, network
// and metadata-tag options. Secure variants the whole pack must accept (the pack's misses are `it.skip` with a MISS
// comment), and insecure neighbours a fix must keep refusing.
import { nodePolicyConfig } from "./packRunner";
import {
    al2023Nodes,
    bottlerocket,
    describeNodeCases,
    EFFECTIVE,
    hostPathDaemonSet,
    NodeCase,
    nodeConfig,
    NON_ROOT,
    PRIMARY,
    CLUSTER,
    b64,
    mime,
    shellScript,
    withCloudConfig,
    withScript,
} from "./nodeBuilders";
import { managedNodes } from "./variantBuilders";

type R = Parameters<NodeCase["edit"]>[0];

/** The validator's data directory on the node's /data volume, written by a restricted DaemonSet (uid 10001). */
const validatorData = (r: R, path = "/data/validator") =>
    hostPathDaemonSet(r, "validator-data", "node-agents", path, NON_ROOT);

/** A cloud-config write_files entry for `path` holding `lines`. */
const writeFile = (path: string, lines: string[], permissions = "0644") => [
    `  - path: ${path}`,
    `    permissions: '${permissions}'`,
    "    content: |",
    ...lines.map(l => `      ${l}`),
];

const insecure: NodeCase[] = [
    // Neighbour of the CrowdStrike/Datadog installs: rpm/dnf run a package's %pre/%post scriptlets as root (rpm(8),
    // "Scriptlets"), so installing an RPM a pod can write under /data runs that pod's script as root on the node.
    {
        name: "dnf install -y /data/pkgs/falcon-sensor.rpm (a package from the pods' data volume: its scriptlets run as root)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-rpm-from-data-nodes",
                withScript(["dnf install -y /data/pkgs/falcon-sensor.rpm", "systemctl enable --now falcon-sensor"]),
            );
            hostPathDaemonSet(r, "node-pkgs", "node-agents", "/data", NON_ROOT);
        },
        refused: /read \/data\/pkgs\/falcon-sensor\.rpm \(a command it runs: dnf install/,
        policy: EFFECTIVE,
    },
    // Neighbour of the Agave tuning's sed on /etc/systemd/system.conf: the same sed writes a DefaultEnvironment with
    // LD_PRELOAD of a library under /data (systemd-system.conf(5) DefaultEnvironment= is every unit's environment, the
    // dynamic loader then maps the pod's library into every root service). Round 26 refused the drop-in form.
    {
        name: "sed -i on /etc/systemd/system.conf setting DefaultEnvironment=LD_PRELOAD=/data/lib/libtune.so",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-sed-systemconf-nodes",
                withScript([
                    "sed -i 's|^#DefaultEnvironment=.*|DefaultEnvironment=LD_PRELOAD=/data/lib/libtune.so|' /etc/systemd/system.conf",
                    "systemctl daemon-reexec",
                ]),
            );
            hostPathDaemonSet(r, "node-lib", "node-agents", "/data", NON_ROOT);
        },
        refused: /\/etc\/systemd\/system\.conf.*LD_PRELOAD=\/data\/lib\/libtune\.so/,
        policy: EFFECTIVE,
    },
    // Neighbour of kernel live patching from AL2023's repository: `kpatch load <module.ko>` inserts a kernel module
    // (kpatch(1)); one a pod writes under /data runs in the kernel.
    {
        name: "kpatch load /data/patches/livepatch-hotfix.ko (a live patch module from the pods' data volume)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-kpatch-data-nodes",
                withScript(["dnf install -y kpatch-runtime", "kpatch load /data/patches/livepatch-hotfix.ko"]),
            );
            hostPathDaemonSet(r, "node-patches", "node-agents", "/data", NON_ROOT);
        },
        refused: /read \/data\/patches\/livepatch-hotfix\.ko \(a command it runs: kpatch load/,
        policy: EFFECTIVE,
    },

    // nodeadm API reference, LocalStorageOptions (RAID0 at /mnt/k8s-disks, the kubelet's, containerd's and pod logs'
    // directories bind-mounted from /mnt/k8s-disks/0/{kubelet,containerd,pods}): the validator's ledger wants the same
    // instance-store array, so the shell part makes a NEW subdirectory /mnt/k8s-disks/0/validator and binds it at
    // /data/validator. That subdirectory holds nothing of the kubelet's or containerd's; the pod writing /data/validator
    // reaches only it (it can fill the disk: availability, not custody).
    // DECIDED (round 28; was reported as a secure refusal): rootReads.ts/userData.ts treat everything under /mnt/k8s-disks/<n>/ as NODE_SECRETS, so
    // binding a NEW subdirectory of the instance-store array into /data is refused twice ("mounts a node directory
    // holding every pod's token ... at /data/validator" and "copies /mnt/k8s-disks/0/validator, the node's credentials
    // or every pod's token, into /data/validator"). amazon-eks-ami setup-local-disks (nodeadm LocalStorageOptions,
    // "RAID0"; --no-bind-kubelet/--no-bind-containerd/--no-bind-pods-logs) bind-mounts only <dir>/0/kubelet,
    // <dir>/0/containerd and <dir>/0/pods onto /var/lib/kubelet, /var/lib/containerd and /var/log/pods: a sibling
    // directory created by the user data holds none of them, and a symlink a pod plants there resolves in the pod's
    // own mount namespace. A fix could count as node secrets only the array's mount point, its ancestors and those
    // three subdirectories (and refuse binding the array root or any of them), accepting other fresh subdirectories.
    // The pack keeps the whole local-disks tree as node storage: setup-local-disks' layout depends on the AMI version
    // and its flags (the "mount" strategy hands each disk to local volumes of other pods), and NODE_SECRETS is one list
    // shared with the pod judge and the add-on reader. Put the ledger on its own EBS or instance-store volume.
    {
        refused: /\/mnt\/k8s-disks\/0\/validator/,
        policy: EFFECTIVE,
        name: "nodeadm RAID0 at /mnt/k8s-disks plus a new /mnt/k8s-disks/0/validator bound at /data/validator (instance store for the ledger)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-raid-ledger-nodes",
                mime([
                    {
                        type: "application/node.eks.aws",
                        body: nodeConfig(["  instance:", "    localStorage:", "      strategy: RAID0"]),
                    },
                    shellScript([
                        "timeout 120 bash -c 'until mountpoint -q /mnt/k8s-disks/0; do sleep 1; done'",
                        "install -d -o 10001 -g 10001 -m 0750 /mnt/k8s-disks/0/validator /data/validator",
                        "mount --bind /mnt/k8s-disks/0/validator /data/validator",
                    ]),
                ]),
            );
            validatorData(r);
        },
    },
    // CIS Amazon EKS Benchmark 3.2.x remediation on AL2 (the kubelet's config file, /etc/kubernetes/kubelet/
    // kubelet-config.json, "edit the kubelet config file"): a literal jq program sets readOnlyPort 0,
    // protectKernelDefaults, eventRecordQPS and makes sure anonymous auth is off before bootstrap.sh starts the kubelet.
    // The jq filter is in the user data; its output is the same file with tighter values.
    // DECIDED (round 28; was reported as a weak secure refusal, AL2 only): NodeJudge refuses the mv of jq's output into /etc/kubernetes/kubelet/
    // kubelet-config.json as "content the pack cannot read". The content is the AMI's file through a literal filter
    // that only assigns literal values, the shape eksctl's own AL2 bootstrap uses (`jq -s '.[0] * .[1]'
    // "${KUBELET_CONFIG}" ... > tmp; mv tmp "${KUBELET_CONFIG}"`) and CIS EKS 3.2.x remediations ("edit the kubelet
    // config file") take on AL2. A fix could read `jq '<literal .a.b = literal | ...>' F > T; mv T F` as setting those
    // kubelet config keys and judge them like a NodeConfig kubelet.config (refusing anonymous/AlwaysAllow/readOnlyPort/
    // staticPodPath and the rest); a non-literal filter or input stays refused. AL2 EKS AMIs reach end of support in
    // Nov 2025 and AL2023's NodeConfig kubelet.config does the same (accepted): the pack does not evaluate jq programs,
    // so the kubelet's configuration stays content it cannot read; use a NodeConfig.
    {
        refused: /kubelet-config\.json with content the pack cannot read/,
        policy: EFFECTIVE,
        name: "CIS EKS on AL2: a literal jq filter tightening kubelet-config.json (readOnlyPort 0, protectKernelDefaults, anonymous off), then bootstrap.sh",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            managedNodes(r, { account: PRIMARY, cluster: CLUSTER.dev, amiType: "AL2_x86_64" }, "dev-al2-cis-nodes", {
                userData: b64(
                    [
                        "#!/bin/bash",
                        "set -euo pipefail",
                        "CFG=/etc/kubernetes/kubelet/kubelet-config.json",
                        "jq '.readOnlyPort = 0 | .protectKernelDefaults = true | .eventRecordQPS = 5 | .authentication.anonymous.enabled = false' \"$CFG\" > /tmp/kubelet-config.json",
                        'mv /tmp/kubelet-config.json "$CFG"',
                        'chmod 644 "$CFG"',
                        "/etc/eks/bootstrap.sh dev-validators --b64-cluster-ca Y2VydGlmaWNhdGVBdXRob3JpdHk= --apiserver-endpoint https://EXAMPLE.gr7.eu-west-1.eks.amazonaws.com",
                    ].join("\n"),
                ),
            }),
    },
];

const secure: NodeCase[] = [
    // AWS Systems Manager user guide, "Turn on or turn off ssm-user account administrative permissions" (Linux): replace
    // the agent's /etc/sudoers.d/ssm-agent-users line `ssm-user ALL=(ALL) NOPASSWD:ALL` with a comment, so Session
    // Manager sessions land as an unprivileged user. The file then grants nobody anything (sudoers(5)).
    {
        name: "Session Manager's ssm-user without sudo: /etc/sudoers.d/ssm-agent-users holding only a comment (SSM user guide)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-ssm-nosudo-nodes",
                withScript([
                    "echo '#User rules for ssm-user' > /etc/sudoers.d/ssm-agent-users",
                    "chmod 0440 /etc/sudoers.d/ssm-agent-users",
                    "visudo -c",
                ]),
            ),
    },
    // Ethereum execution/consensus clients authenticate the Engine API with a shared JWT secret (execution-apis
    // "authentication.md"; geth/lighthouse docs: `openssl rand -hex 32 | tr -d "\n" > jwt.hex`). Generated fresh on the
    // node's data volume for the validator pods: random bytes, not a credential of the node.
    {
        name: "an Ethereum Engine API JWT secret generated with openssl rand into /data/validator/jwt.hex, owned by uid 10001",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-jwt-nodes",
                withScript([
                    "install -d -o 10001 -g 10001 -m 0750 /data/validator",
                    "if [ ! -s /data/validator/jwt.hex ]; then",
                    '  openssl rand -hex 32 | tr -d "\\n" > /data/validator/jwt.hex',
                    "fi",
                    "chown 10001:10001 /data/validator/jwt.hex",
                    "chmod 0400 /data/validator/jwt.hex",
                ]),
            );
            validatorData(r);
        },
    },
    // Datadog Agent installation docs (Red Hat/Amazon Linux, "manual" install): the yum repository with gpgcheck=1 and
    // repo_gpgcheck=1 and Datadog's signing keys, dnf install datadog-agent, datadog.yaml from the shipped example with
    // the API key filled in; the key read from Secrets Manager at boot rather than written in user data.
    {
        name: "the Datadog Agent from its signed repo, api_key read from Secrets Manager and sed into /etc/datadog-agent/datadog.yaml",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-datadog-nodes",
                withScript([
                    "cat > /etc/yum.repos.d/datadog.repo <<'EOF'",
                    "[datadog]",
                    "name=Datadog, Inc.",
                    "baseurl=https://yum.datadoghq.com/stable/7/x86_64/",
                    "enabled=1",
                    "gpgcheck=1",
                    "repo_gpgcheck=1",
                    "gpgkey=https://keys.datadoghq.com/DATADOG_RPM_KEY_CURRENT.public",
                    "       https://keys.datadoghq.com/DATADOG_RPM_KEY_B01082D3.public",
                    "EOF",
                    "dnf install -y datadog-agent",
                    "DD_API_KEY=$(aws secretsmanager get-secret-value --secret-id datadog/api-key --query SecretString --output text)",
                    "cp /etc/datadog-agent/datadog.yaml.example /etc/datadog-agent/datadog.yaml",
                    'sed -i "s/^api_key:.*/api_key: ${DD_API_KEY}/" /etc/datadog-agent/datadog.yaml',
                    "sed -i 's/^# site:.*/site: datadoghq.eu/' /etc/datadog-agent/datadog.yaml",
                    "chown dd-agent:dd-agent /etc/datadog-agent/datadog.yaml",
                    "chmod 0640 /etc/datadog-agent/datadog.yaml",
                    "systemctl enable --now datadog-agent",
                ]),
            ),
    },
    // CrowdStrike Falcon sensor for Linux (deployment guide: install the RPM, `falconctl -s --cid=<CID>`, start
    // falcon-sensor): the RPM from the organisation's artifact bucket, the CID from an SSM SecureString parameter.
    {
        name: "the CrowdStrike Falcon sensor RPM from an S3 artifact bucket, falconctl -s --cid from Parameter Store",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-falcon-nodes",
                withScript([
                    "aws s3 cp s3://corp-security-artifacts/crowdstrike/falcon-sensor-7.18.0-17106.amzn2023.x86_64.rpm /tmp/falcon-sensor.rpm",
                    "dnf install -y /tmp/falcon-sensor.rpm",
                    "CID=$(aws ssm get-parameter --name /security/crowdstrike/cid --with-decryption --query Parameter.Value --output text)",
                    '/opt/CrowdStrike/falconctl -s -f --cid="$CID" --tags="validators,prod"',
                    "systemctl enable --now falcon-sensor",
                    "rm -f /tmp/falcon-sensor.rpm",
                ]),
            ),
    },
    // Amazon Linux 2023 user guide, "Kernel Live Patching on AL2023": install kpatch-dnf and kpatch-runtime, turn on
    // automatic live patches (`dnf kernel-livepatch -y auto`), enable kpatch.service; plus a deterministic upgrade to a
    // pinned release (AL2023 "Deterministic upgrades", dnf upgrade --releasever). Patches come from AL2023's repository.
    {
        name: "AL2023 kernel live patching (kpatch-dnf, dnf kernel-livepatch -y auto, kpatch.service) and dnf upgrade --releasever",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-livepatch-nodes",
                withScript([
                    "dnf upgrade -y --releasever=2023.6.20250203 --security",
                    "dnf install -y kpatch-dnf kpatch-runtime",
                    "dnf kernel-livepatch -y auto",
                    "dnf install -y kpatch-patch-$(uname -r)",
                    "systemctl enable --now kpatch.service",
                ]),
            ),
    },
    // fstab(5) bind mounts and systemd.mount(5): the validator's ledger on the data volume also exposed at /srv/ledger
    // for a second pod, with x-systemd.requires-mounts-for ordering it after /data; the same as a native mount unit.
    // Both directories are pods' data directories (no node directory involved: round 27 accepted the shell form).
    {
        name: "binds between data directories in fstab (x-systemd.requires-mounts-for=/data) and as a srv-archive.mount unit",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-data-binds-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/systemd/system/srv-archive.mount", [
                        "[Unit]",
                        "Description=Validator archive at /srv/archive",
                        "RequiresMountsFor=/data",
                        "[Mount]",
                        "What=/data/validator/archive",
                        "Where=/srv/archive",
                        "Type=none",
                        "Options=bind,nodev,nosuid,noexec",
                        "[Install]",
                        "WantedBy=multi-user.target",
                    ]),
                    "runcmd:",
                    "  - mkdir -p /data/validator/ledger /srv/ledger /data/validator/archive /srv/archive",
                    "  - echo '/data/validator/ledger /srv/ledger none bind,nofail,x-systemd.requires-mounts-for=/data 0 0' >> /etc/fstab",
                    "  - [systemctl, daemon-reload]",
                    "  - [mount, /srv/ledger]",
                    "  - [systemctl, enable, --now, srv-archive.mount]",
                ]),
            );
            validatorData(r, "/data");
            hostPathDaemonSet(r, "ledger-reader", "node-agents", "/srv", NON_ROOT, true);
        },
    },
    // CIS Amazon EKS Benchmark 3.1.1-3.1.4 (worker node configuration files): kubeconfig and kubelet config mode 644 or
    // stricter, owned root:root. On AL2023, nodeadm writes /var/lib/kubelet/kubeconfig and
    // /etc/kubernetes/kubelet/config.json. chmod/chown tighten; nothing is written into the files.
    {
        name: "CIS EKS 3.1.x: chmod 600 / chown root:root on the kubelet's kubeconfig and config.json (tightening only)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-cis-kubelet-perms-nodes",
                mime([
                    { type: "application/node.eks.aws", body: nodeConfig([]) },
                    shellScript([
                        "for f in /var/lib/kubelet/kubeconfig /etc/kubernetes/kubelet/config.json; do",
                        '  if [ -e "$f" ]; then chmod 600 "$f"; chown root:root "$f"; fi',
                        "done",
                        "chmod 600 /etc/kubernetes/pki/ca.crt || true",
                    ]),
                ]),
            ),
    },
    // systemd.mount(5) x-systemd.makefs (format the device if it has no filesystem) and x-systemd.growfs: the second EBS
    // volume by its stable /dev/disk/by-id name mounted at /data with nodev,nosuid; systemd formats it on first boot.
    {
        name: "the data EBS volume in fstab by /dev/disk/by-id with x-systemd.makefs,x-systemd.growfs,nodev,nosuid at /data",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-makefs-nodes",
                withScript([
                    "DEV=/dev/disk/by-id/nvme-Amazon_Elastic_Block_Store_vol0123456789abcdef0",
                    'timeout 120 bash -c "until [ -e $DEV ]; do sleep 1; done"',
                    "mkdir -p /data",
                    'echo "$DEV /data xfs defaults,noatime,nodev,nosuid,nofail,x-systemd.makefs,x-systemd.growfs,x-systemd.device-timeout=60s 0 2" >> /etc/fstab',
                    "systemctl daemon-reload",
                    "systemctl start data.mount",
                    "install -d -o 10001 -g 10001 -m 0750 /data/validator",
                ]),
            );
            validatorData(r);
        },
    },
    // Agave (Solana) validator docs, "Setup a Validator: System Tuning": /etc/sysctl.d/21-agave-validator.conf
    // (net.core.rmem_*/wmem_*, vm.max_map_count = 1000000, fs.nr_open = 1000000), DefaultLimitNOFILE=1000000 in
    // /etc/systemd/system.conf (edited with sed), /etc/security/limits.d/90-solana-nofiles.conf, then daemon-reload.
    {
        name: "Agave validator tuning: sysctl.d file, sed on /etc/systemd/system.conf (DefaultLimitNOFILE), limits.d nofile",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-agave-tuning-nodes",
                withScript([
                    "cat > /etc/sysctl.d/21-agave-validator.conf <<'EOF'",
                    "net.core.rmem_default = 134217728",
                    "net.core.rmem_max = 134217728",
                    "net.core.wmem_default = 134217728",
                    "net.core.wmem_max = 134217728",
                    "vm.max_map_count = 1000000",
                    "fs.nr_open = 1000000",
                    "EOF",
                    "sysctl -p /etc/sysctl.d/21-agave-validator.conf",
                    "sed -i 's/^#\\?DefaultLimitNOFILE=.*/DefaultLimitNOFILE=1000000/' /etc/systemd/system.conf",
                    "systemctl daemon-reload",
                    "cat > /etc/security/limits.d/90-solana-nofiles.conf <<'EOF'",
                    "* - nofile 1000000",
                    "EOF",
                ]),
            ),
    },
    // Limiting the kubelet's API (10250) to the VPC: the EKS best practices guide's "restrict access to the kubelet"
    // done on the host with iptables ACCEPT from the VPC CIDR then DROP, saved with iptables-save for iptables-services.
    {
        name: "the kubelet port 10250 limited to the VPC with iptables (ACCEPT from 10.0.0.0/16, then DROP), iptables-save",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-kubelet-fw-nodes",
                withScript([
                    "dnf install -y iptables-services",
                    "iptables -I INPUT -p tcp --dport 10250 -j DROP",
                    "iptables -I INPUT -p tcp --dport 10250 -s 10.0.0.0/16 -j ACCEPT",
                    "iptables -I INPUT -p tcp --dport 10250 -i lo -j ACCEPT",
                    "iptables-save > /etc/sysconfig/iptables",
                    "systemctl enable iptables",
                ]),
            ),
    },
    // nodeadm doc/examples.md: nodeadm feature gates (InstanceIdNodeName: node names are instance ids) and kubelet
    // feature gates in the kubelet config (DisableKubeletCloudCredentialProviders: true), shutdownGracePeriod and
    // registerWithTaints keeping the signer's nodes tainted from registration.
    {
        name: "nodeadm featureGates InstanceIdNodeName, kubelet featureGates, shutdownGracePeriod and registerWithTaints",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-nodeadm-gates-nodes",
                mime([
                    {
                        type: "application/node.eks.aws",
                        body: nodeConfig([
                            "  featureGates:",
                            "    InstanceIdNodeName: true",
                            "  kubelet:",
                            "    config:",
                            "      shutdownGracePeriod: 45s",
                            "      shutdownGracePeriodCriticalPods: 15s",
                            "      featureGates:",
                            "        DisableKubeletCloudCredentialProviders: true",
                            "      registerWithTaints:",
                            "        - key: dedicated",
                            "          value: signer",
                            "          effect: NoSchedule",
                        ]),
                    },
                ]),
            ),
    },
    // Bottlerocket settings reference: container-registry mirrors (an ECR pull-through cache for docker.io),
    // container-runtime (max-concurrent-downloads, enable-unprivileged-ports = false), kubernetes eviction-hard, image GC
    // thresholds, topology manager, shutdown grace periods, ntp time-servers, dns name-servers, updates settings, and
    // metrics off. Nothing runs a container or widens a capability.
    {
        name: "Bottlerocket registry mirror (ECR pull-through), container-runtime, eviction, image GC, topology, ntp, dns, updates",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r =>
            bottlerocket(r, [
                "[[settings.container-registry.mirrors]]",
                'registry = "docker.io"',
                'endpoint = ["https://111122223333.dkr.ecr.eu-west-1.amazonaws.com/v2/docker-hub"]',
                "[settings.container-runtime]",
                "max-concurrent-downloads = 3",
                "enable-unprivileged-ports = false",
                "enable-unprivileged-icmp = false",
                "[settings.kubernetes]",
                'topology-manager-policy = "single-numa-node"',
                "image-gc-high-threshold-percent = 85",
                "image-gc-low-threshold-percent = 80",
                'shutdown-grace-period = "45s"',
                'shutdown-grace-period-for-critical-pods = "15s"',
                "[settings.kubernetes.eviction-hard]",
                '"memory.available" = "500Mi"',
                '"nodefs.available" = "10%"',
                "[settings.ntp]",
                'time-servers = ["169.254.169.123"]',
                "[settings.dns]",
                'name-servers = ["169.254.169.253"]',
                "[settings.updates]",
                "ignore-waves = false",
                "[settings.metrics]",
                "send-metrics = false",
                "[settings.host-containers.admin]",
                "enabled = false",
            ]),
    },
    // EC2 launch template options a signing node group sets: one thread per core (CpuOptions ThreadsPerCore 1: SMT off
    // against cross-thread side channels), instance tags in metadata (read-only tags, IMDSv2, hop limit 1), IPv6 metadata
    // endpoint, detailed monitoring, EBS-optimised, auto recovery, resource-name hostnames, no public IP on the primary
    // interface, encrypted gp3 root and data volumes with the account's default EBS key.
    {
        name: "launch template: threadsPerCore 1, instanceMetadataTags, IPv6 IMDS, monitoring, no public IP, encrypted gp3 volumes",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            managedNodes(r, { account: PRIMARY, cluster: CLUSTER.dev }, "dev-lt-options-nodes", {
                metadataOptions: {
                    httpEndpoint: "enabled",
                    httpTokens: "required",
                    httpPutResponseHopLimit: 1,
                    httpProtocolIpv6: "enabled",
                    instanceMetadataTags: "enabled",
                },
                cpuOptions: { coreCount: 4, threadsPerCore: 1 },
                monitoring: { enabled: true },
                ebsOptimized: "true",
                maintenanceOptions: { autoRecovery: "default" },
                privateDnsNameOptions: {
                    hostnameType: "resource-name",
                    enableResourceNameDnsARecord: true,
                    enableResourceNameDnsAaaaRecord: false,
                },
                networkInterfaces: [
                    {
                        deviceIndex: 0,
                        associatePublicIpAddress: "false",
                        deleteOnTermination: "true",
                        securityGroups: ["sg-0123456789abcdef0"],
                    },
                ],
                blockDeviceMappings: [
                    {
                        deviceName: "/dev/xvda",
                        ebs: { volumeSize: 80, volumeType: "gp3", encrypted: "true", deleteOnTermination: "true" },
                    },
                    {
                        deviceName: "/dev/xvdb",
                        ebs: {
                            volumeSize: 2000,
                            volumeType: "gp3",
                            iops: 16000,
                            throughput: 1000,
                            encrypted: "true",
                            deleteOnTermination: "true",
                        },
                    },
                ],
                tagSpecifications: [{ resourceType: "instance", tags: { Name: "dev-signer", team: "custody" } }],
                userData: b64(
                    mime([
                        { type: "application/node.eks.aws", body: nodeConfig([]) },
                        shellScript(["mkfs.xfs -L data /dev/nvme1n1", "mkdir -p /data", "mount LABEL=data /data"]),
                    ]),
                ),
            }),
    },
    // Amazon Inspector (EC2 scanning through the SSM agent) and Session Manager need the agent running; AL2023 EKS AMIs
    // ship amazon-ssm-agent. The AWS CLI with IMDSv2 tags the instance's own hostname; the CloudWatch agent collects
    // journald-exported logs; hostnamectl names the node after its instance id (EC2 "resource-name" hostnames).
    {
        name: "SSM agent enabled for Inspector, hostnamectl from ec2-metadata --instance-id, timedatectl UTC, tuned profile",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-ssm-inspector-nodes",
                withScript([
                    "systemctl enable --now amazon-ssm-agent",
                    "IID=$(ec2-metadata --instance-id | cut -d' ' -f2)",
                    'hostnamectl set-hostname "$IID.eu-west-1.compute.internal"',
                    "timedatectl set-timezone UTC",
                    "dnf install -y tuned",
                    "systemctl enable --now tuned",
                    "tuned-adm profile network-latency",
                    "systemctl mask --now rpcbind.socket rpcbind.service postfix.service",
                ]),
            ),
    },
    // A compatibility path between two data directories: images built for /srv/validator find the ledger on /data
    // (ln -sfn /data/validator /srv/validator). Both ends are pods' data directories; no node path points into /data.
    {
        name: "a symlink between data directories (ln -sfn /data/validator /srv/validator) for images expecting /srv",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-srv-link-nodes",
                withScript([
                    "install -d -o 10001 -g 10001 -m 0750 /data/validator",
                    "mkdir -p /srv",
                    "ln -sfn /data/validator /srv/validator",
                ]),
            );
            validatorData(r);
        },
    },
    // nodeadm examples.md "Configuring containerd" (inline TOML merged over nodeadm's defaults) with CRI settings a
    // signer's nodes tighten or tune: max_concurrent_downloads, image_pull_progress_timeout, enable_unprivileged_ports
    // and enable_unprivileged_icmp false, device_ownership_from_security_context (containerd CRI config reference).
    {
        name: "nodeadm containerd.config: max_concurrent_downloads, image_pull_progress_timeout, unprivileged ports/icmp off, device ownership",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-containerd-tune-nodes",
                mime([
                    {
                        type: "application/node.eks.aws",
                        body: nodeConfig([
                            "  containerd:",
                            "    config: |",
                            '      [plugins."io.containerd.grpc.v1.cri"]',
                            "      max_concurrent_downloads = 3",
                            '      image_pull_progress_timeout = "5m0s"',
                            "      enable_unprivileged_ports = false",
                            "      enable_unprivileged_icmp = false",
                            "      device_ownership_from_security_context = true",
                        ]),
                    },
                ]),
            ),
    },
    // cloud-init module reference, "CA Certificates" (ca_certs: trusted: [PEM]): the organisation's root CA for the
    // TLS-inspecting egress proxy added to the system trust store by cloud-init itself (round 27 accepted the shell form).
    {
        name: "cloud-config ca_certs module adding the organisation's root CA (remove_defaults false)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-ca-certs-nodes",
                withCloudConfig([
                    "ca_certs:",
                    "  remove_defaults: false",
                    "  trusted:",
                    "    - |",
                    "      -----BEGIN CERTIFICATE-----",
                    "      MIIBszCCAVmgAwIBAgIUExampleOnlyCorpRootCA0wCgYIKoZIzj0EAwIwFzEVMBMGA1UEAwwMY29ycC1yb290",
                    "      -----END CERTIFICATE-----",
                ]),
            ),
    },
    // CIS AL2023 4.1.x "Ensure audit logs are sent off the host": audisp-remote (audit plugins.d au-remote.conf
    // active = yes; audisp-remote.conf remote_server, port, transport = KRB5 or TCP) shipping audit records to the
    // organisation's collector.
    {
        name: "CIS audit records shipped off the node: audispd-plugins, au-remote.conf active, audisp-remote.conf remote_server",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-audisp-nodes",
                withScript([
                    "dnf install -y audispd-plugins",
                    "sed -i 's/^active = no/active = yes/' /etc/audit/plugins.d/au-remote.conf",
                    "cat > /etc/audit/audisp-remote.conf <<'EOF'",
                    "remote_server = audit.corp.internal",
                    "port = 60",
                    "transport = tcp",
                    "queue_depth = 10240",
                    "network_failure_action = syslog",
                    "EOF",
                    "service auditd restart",
                ]),
            ),
    },
    // kubelet config reference, allowedUnsafeSysctls: namespaced net.* sysctls (the network namespace is the pod's
    // own, Kubernetes "Using sysctls in a Kubernetes Cluster") a validator's pods may then request; the pods of the
    // stack still pass the pack's pod allowlist.
    {
        name: "nodeadm kubelet allowedUnsafeSysctls for namespaced net.* sysctls (net.core.somaxconn, net.ipv4.tcp_rmem)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-unsafe-sysctls-nodes",
                mime([
                    {
                        type: "application/node.eks.aws",
                        body: nodeConfig([
                            "  kubelet:",
                            "    config:",
                            "      allowedUnsafeSysctls:",
                            '        - "net.core.somaxconn"',
                            '        - "net.ipv4.tcp_rmem"',
                        ]),
                    },
                ]),
            ),
    },
];

describeNodeCases(
    "allowlist: red-team round 28 on node user data and launch settings (false positives of documented node setups)",
    insecure,
    secure,
);
