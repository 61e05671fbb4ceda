// Red-team round 29 on EKS node user data and launch settings (fresh eyes): false positives in what careful platform
// teams put into node user data and launch settings from AWS's and vendors' documentation: nodeadm's documented
// container RLIMITs (containerd.baseRuntimeSpec) and local-storage disabledMounts, a Karpenter EC2NodeClass of the
// stack with safe metadata options and AL2023 user data, the ADOT collector and SSM agent installed from AWS's
// buckets, EFS mounted with amazon-efs-utils at a data directory, a LUKS data volume keyed from Secrets Manager,
// Bottlerocket kubelet/network/sysctl settings, CIS crypto-policy and boot-loader hardening, validator CPU isolation
// on the kernel command line, a tuned profile, the Tenable Nessus agent, the GuardDuty EKS add-on's documented
// configurationValues. Secure variants the whole pack must accept (the pack's misses are `it.skip` with a MISS
// comment), and insecure neighbours a fix must keep refusing.
import { nodePolicyConfig } from "./packRunner";
import {
    addon,
    al2023Nodes,
    bottlerocket,
    describeNodeCases,
    EFFECTIVE,
    hostPathDaemonSet,
    mime,
    NodeCase,
    nodeConfig,
    NON_ROOT,
    PRIMARY,
    withScript,
} from "./nodeBuilders";
import { aws, k8s, nodeRole } from "./variantBuilders";

type R = Parameters<NodeCase["edit"]>[0];

/** The validator's data directory on the node's /data volume, written by a restricted DaemonSet (uid 10001). */
const validatorData = (r: R, path = "/data/validator") =>
    hostPathDaemonSet(r, "validator-data", "node-agents", path, NON_ROOT);

/** AL2023 user data: one NodeConfig joining the dev cluster with `spec` lines. */
const nodeadmOnly = (spec: string[]) => mime([{ type: "application/node.eks.aws", body: nodeConfig(spec) }]);

/** A Karpenter node role of the prod cluster (EC2_LINUX access entry) and an EC2NodeClass of the stack launching it. */
function karpenterClass(r: R, userData: string, metadataOptions: Record<string, unknown>): void {
    const name = "KarpenterNodeRole-prod";
    const arn = nodeRole(r, PRIMARY, name);
    aws(r, "aws:eks/accessEntry:AccessEntry", "karpenter-nodes", {
        clusterName: "prod-validators",
        principalArn: arn,
        type: "EC2_LINUX",
    });
    k8s(r, "kubernetes:karpenter.k8s.aws/v1:EC2NodeClass", "signer", {
        apiVersion: "karpenter.k8s.aws/v1",
        kind: "EC2NodeClass",
        metadata: { name: "signer" },
        spec: {
            role: name,
            amiSelectorTerms: [{ alias: "al2023@v20250203" }],
            subnetSelectorTerms: [{ tags: { "karpenter.sh/discovery": "prod-validators" } }],
            securityGroupSelectorTerms: [{ tags: { "karpenter.sh/discovery": "prod-validators" } }],
            metadataOptions,
            blockDeviceMappings: [
                {
                    deviceName: "/dev/xvda",
                    ebs: { volumeSize: "100Gi", volumeType: "gp3", encrypted: true, deleteOnTermination: true },
                },
            ],
            userData,
        },
    });
}

/** An OpenTelemetry collector config (ADOT) tailing `include` with the filelog receiver into CloudWatch Logs. */
const adotConfig = (include: string[]) => [
    "cat > /opt/aws/aws-otel-collector/etc/config.yaml <<'EOF'",
    "receivers:",
    "  filelog:",
    "    include:",
    ...include.map(p => `      - ${p}`),
    "  hostmetrics:",
    "    collection_interval: 60s",
    "    scrapers:",
    "      cpu: {}",
    "      memory: {}",
    "      filesystem: {}",
    "exporters:",
    "  awscloudwatchlogs:",
    "    log_group_name: /eks/dev/node-otel",
    "    log_stream_name: node",
    "  awsemf:",
    "    namespace: NodeMetrics",
    "service:",
    "  pipelines:",
    "    logs:",
    "      receivers: [filelog]",
    "      exporters: [awscloudwatchlogs]",
    "    metrics:",
    "      receivers: [hostmetrics]",
    "      exporters: [awsemf]",
    "EOF",
];

const adotInstall = [
    "dnf install -y https://aws-otel-collector.s3.amazonaws.com/amazon_linux/amd64/latest/aws-otel-collector.rpm",
];

/** A tuned profile `validator` (tuned.conf lines), activated with tuned-adm. */
const tunedProfile = (lines: string[]) => [
    "dnf install -y tuned",
    "mkdir -p /etc/tuned/validator",
    "cat > /etc/tuned/validator/tuned.conf <<'EOF'",
    ...lines,
    "EOF",
    "systemctl enable --now tuned",
    "tuned-adm profile validator",
];

const insecure: NodeCase[] = [
    // Neighbour of nodeadm's documented RLIMITs: the same baseRuntimeSpec giving every container CAP_SYS_ADMIN (the OCI
    // runtime spec's process.capabilities; nodeadm merges it over its default base-runtime-spec.json, which containerd
    // uses for every container of runc): every pod on the node could then mount the host's filesystems.
    {
        name: "nodeadm containerd.baseRuntimeSpec adding CAP_SYS_ADMIN to every container's bounding/effective sets",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-brs-sysadmin-nodes",
                nodeadmOnly([
                    "  containerd:",
                    "    baseRuntimeSpec:",
                    "      process:",
                    "        capabilities:",
                    "          bounding: [CAP_CHOWN, CAP_SYS_ADMIN]",
                    "          effective: [CAP_CHOWN, CAP_SYS_ADMIN]",
                    "          permitted: [CAP_CHOWN, CAP_SYS_ADMIN]",
                ]),
            ),
        refused: /baseRuntimeSpec/,
        policy: EFFECTIVE,
    },
    // Neighbour of the tuned profile: tuned's script plugin runs `script=` as root with start/stop on every profile
    // activation (tuned docs, "Plug-ins", script: "Executes an external script or binary when the profile is loaded
    // or unloaded"); a script under /data is the pods'.
    {
        name: "a tuned profile whose [script] plugin runs /data/tuned/validator.sh (tuned runs it as root on activation)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-tuned-script-nodes",
                withScript(
                    tunedProfile(["[main]", "include=network-latency", "[script]", "script=/data/tuned/validator.sh"]),
                ),
            );
            hostPathDaemonSet(r, "node-tuned", "node-agents", "/data", NON_ROOT);
        },
        refused: /\/data\/tuned\/validator\.sh/,
        policy: EFFECTIVE,
    },
    // Neighbour of the ADOT collector: the upstream OpenTelemetry Collector (otelcol-contrib RPM, whose unit runs as
    // User=otelcol-contrib) switched to root with a drop-in, its filelog receiver tailing the kubelet's projected token
    // files (opentelemetry-collector-contrib filelogreceiver `include` globs) into CloudWatch Logs: every pod's
    // ServiceAccount token goes to whoever reads the log group. Round 28 refused the CloudWatch agent's collect_list
    // shipping node secrets; this is the same effect through another agent's config. (The ADOT RPM itself drops to
    // user aoc on hosts: aws-otel-collector cmd/awscollector main_others.go userutils.ChangeUser.)
    // Was a MISS (fixed in round 29): accepted. NodeJudge/rootReads read the CloudWatch agent's collect_list (round 28) but not an OpenTelemetry
    // Collector's config: the filelog receiver's include glob matches every pod's projected tokens, the signer's IRSA
    // web identity token included (.../kubernetes.io~projected/aws-iam-token/token), and the unit runs as root after the
    // drop-in (systemd.service(5): a drop-in's User= replaces the unit's). Whoever reads /eks/dev/node-otel then calls
    // sts:AssumeRoleWithWebIdentity as the signer's runtime role. Docs: opentelemetry-collector-contrib
    // receiver/filelogreceiver README (include: "A list of file glob patterns that match the file paths to be read");
    // otelcol-contrib package unit User=otelcol-contrib. A fix could judge collector configs (otelcol*/aws-otel-collector
    // config.yaml written by the user data, --config paths) like collect_list, or refuse a root drop-in for an agent.
    {
        name: "otelcol-contrib run as root (User=root drop-in), its filelog receiver tailing /var/lib/kubelet/pods/*/volumes/kubernetes.io~projected/*/token",

        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-otel-tokens-nodes",
                withScript([
                    "dnf install -y https://github.com/open-telemetry/opentelemetry-collector-releases/releases/download/v0.115.0/otelcol-contrib_0.115.0_linux_amd64.rpm",
                    ...adotConfig([
                        "/var/log/messages",
                        "/var/lib/kubelet/pods/*/volumes/kubernetes.io~projected/*/token",
                    ]).map(l =>
                        l.replace("/opt/aws/aws-otel-collector/etc/config.yaml", "/etc/otelcol-contrib/config.yaml"),
                    ),
                    "mkdir -p /etc/systemd/system/otelcol-contrib.service.d",
                    "cat > /etc/systemd/system/otelcol-contrib.service.d/10-root.conf <<'EOF'",
                    "[Service]",
                    "User=root",
                    "Group=root",
                    "EOF",
                    "systemctl daemon-reload",
                    "systemctl enable --now otelcol-contrib",
                ]),
            ),
        refused: /\/var\/lib\/kubelet\/pods/,
        policy: EFFECTIVE,
    },
    // Karpenter docs, "NodeClasses": an EC2NodeClass of the stack with its node role (EC2_LINUX access entry),
    // metadataOptions httpTokens required and hop limit 1 (Karpenter's default), an encrypted root volume, and AL2023
    // userData holding a NodeConfig with kubelet settings (Karpenter merges it with its own NodeConfig).
    // DECIDED (round 29, by design as redteam10-secure notes "EC2NodeClass itself stays non-inert by design"): refused as "a
    // custom resource: its controller acts with its own ServiceAccount". Round 18 decided EC2NodeClass metadataOptions
    // are judged like other node launchers, yet one in the stack is refused whatever it holds, so the documented
    // Karpenter setup (karpenter.sh docs "NodeClasses": role, amiSelectorTerms alias, metadataOptions httpTokens
    // required / hop limit 1, blockDeviceMappings, AL2023 userData merged with Karpenter's NodeConfig) can never pass.
    // Karpenter renders the class into a launch template with exactly these fields; a fix could judge it through the
    // launch-template path (role via the stack's role name, metadataOptions, userData by format, block devices).
    // Kept refused: Karpenter renders the class with its own defaults and merges its own NodeConfig, fields the pack
    // does not render; the stack's nodes for custody workloads are managed node groups with launch templates in the
    // stack (README, node level).
    {
        refused: /EC2NodeClass signer is a custom resource/,
        name: "a Karpenter EC2NodeClass of the stack: IMDSv2 hop limit 1, encrypted gp3 root, AL2023 NodeConfig userData (Karpenter docs)",

        stack: "pod-identity",
        config: nodePolicyConfig,
        edit: r =>
            karpenterClass(
                r,
                mime(
                    [
                        {
                            type: "application/node.eks.aws",
                            body: [
                                "apiVersion: node.eks.aws/v1alpha1",
                                "kind: NodeConfig",
                                "spec:",
                                "  kubelet:",
                                "    config:",
                                "      shutdownGracePeriod: 45s",
                                "      imageGCHighThresholdPercent: 85",
                            ].join("\n"),
                        },
                    ],
                    "//",
                ),
                {
                    httpEndpoint: "enabled",
                    httpProtocolIPv6: "disabled",
                    httpPutResponseHopLimit: 1,
                    httpTokens: "required",
                },
            ),
    },
];

const secure: NodeCase[] = [
    // amazon-eks-ami nodeadm doc/examples.md, "Modifying container RLIMITs": containerd.baseRuntimeSpec with only
    // process.rlimits (RLIMIT_NOFILE); nodeadm merges it over its default base-runtime-spec.json
    // (nodeadm/internal/containerd/runtime_spec.go writeBaseRuntimeSpec). Open-file limits grant no capability.
    // Was a MISS (fixed in round 29): refused ("nodeadm NodeConfig sets containerd.baseRuntimeSpec: the OCI spec every container starts from").
    // userData.ts refuses any baseRuntimeSpec, but nodeadm's own examples (amazon-eks-ami doc/examples.md, "Modifying
    // container RLIMITs") document exactly this one, and nodeadm merges it over its default base-runtime-spec.json
    // (nodeadm/internal/containerd writeBaseRuntimeSpec), so capabilities, mounts and namespaces stay the defaults.
    // RLIMIT_NOFILE grants nothing (an unprivileged process may already lower it; raising it is resource use only). A
    // fix could accept a baseRuntimeSpec whose only keys are process.rlimits (and keep refusing everything else, as the
    // CAP_SYS_ADMIN neighbour above).
    {
        name: "nodeadm's documented containerd.baseRuntimeSpec raising only RLIMIT_NOFILE (nodeadm examples, 'Modifying container RLIMITs')",

        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-brs-rlimits-nodes",
                nodeadmOnly([
                    "  containerd:",
                    "    baseRuntimeSpec:",
                    "      process:",
                    "        rlimits:",
                    "          - type: RLIMIT_NOFILE",
                    "            soft: 1048576",
                    "            hard: 1048576",
                ]),
            ),
    },
    // nodeadm API reference, LocalStorageOptions.disabledMounts (Containerd, PodLogs): RAID0 at the default
    // /mnt/k8s-disks with containerd's and pod logs' directories left on the root volume. Fewer binds than RAID0's default.
    {
        name: "nodeadm localStorage RAID0 with disabledMounts [Containerd, PodLogs] (nodeadm API reference)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-raid-disabled-mounts-nodes",
                nodeadmOnly([
                    "  instance:",
                    "    localStorage:",
                    "      strategy: RAID0",
                    "      disabledMounts:",
                    "        - Containerd",
                    "        - PodLogs",
                ]),
            ),
    },
    // AWS Distro for OpenTelemetry, "Getting started with the ADOT Collector on EC2": install the RPM from the
    // aws-otel-collector bucket, write the config, start it with aws-otel-collector-ctl -c <file> -a start. It tails
    // the system log and reports host metrics.
    {
        name: "the ADOT collector RPM from AWS's bucket, a config file written inline (filelog /var/log/messages, hostmetrics), aws-otel-collector-ctl",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-adot-nodes",
                withScript([
                    ...adotInstall,
                    ...adotConfig(["/var/log/messages", "/var/log/secure"]),
                    "/opt/aws/aws-otel-collector/bin/aws-otel-collector-ctl -c /opt/aws/aws-otel-collector/etc/config.yaml -a start",
                ]),
            ),
    },
    // AWS Systems Manager user guide, "Manually installing SSM Agent on Amazon Linux 2023": dnf install the agent RPM
    // from the regional amazon-ssm-<region> bucket, then enable and start it (for Inspector and Session Manager).
    {
        name: "the SSM agent installed from the regional amazon-ssm-eu-west-1 bucket URL with dnf (SSM user guide, manual install)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-ssm-manual-nodes",
                withScript([
                    "dnf install -y https://s3.eu-west-1.amazonaws.com/amazon-ssm-eu-west-1/latest/linux_amd64/amazon-ssm-agent.rpm",
                    "systemctl enable amazon-ssm-agent",
                    "systemctl start amazon-ssm-agent",
                ]),
            ),
    },
    // Amazon EFS user guide, "Mounting EFS file systems automatically" (/etc/fstab with the EFS mount helper:
    // `file-system-id:/ efs-mount-point efs _netdev,noresvport,tls,iam 0 0`): a shared archive at /data/shared.
    {
        name: "amazon-efs-utils and an fstab line mounting an EFS file system at /data/shared (_netdev,noresvport,tls,iam)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-efs-nodes",
                withScript([
                    "dnf install -y amazon-efs-utils",
                    "mkdir -p /data/shared",
                    "echo 'fs-0123456789abcdef0:/ /data/shared efs _netdev,noresvport,tls,iam 0 0' >> /etc/fstab",
                    "mount -a -t efs",
                    "chown 10001:10001 /data/shared",
                ]),
            );
            validatorData(r, "/data/shared");
        },
    },
    // cryptsetup(8) luksFormat/open with --key-file=- (the passphrase on stdin): the data volume encrypted at rest with a
    // key kept in Secrets Manager and read at boot with the AWS CLI, mounted at /data. The key goes to cryptsetup only.
    {
        name: "a LUKS data volume opened with a key from Secrets Manager piped to cryptsetup --key-file=-, mounted at /data",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-luks-nodes",
                withScript([
                    "DEV=/dev/nvme1n1",
                    "KEY=$(aws secretsmanager get-secret-value --secret-id nodes/data-luks --query SecretString --output text)",
                    'if ! cryptsetup isLuks "$DEV"; then',
                    '  printf %s "$KEY" | cryptsetup luksFormat --type luks2 --batch-mode --key-file=- "$DEV"',
                    "fi",
                    'printf %s "$KEY" | cryptsetup open --key-file=- "$DEV" data',
                    "unset KEY",
                    "blkid /dev/mapper/data || mkfs.xfs /dev/mapper/data",
                    "mkdir -p /data",
                    "mount -o nodev,nosuid /dev/mapper/data /data",
                ]),
            );
            validatorData(r);
        },
    },
    // Bottlerocket settings reference (settings.kubernetes: seccomp-default, pod-pids-limit, kube-reserved,
    // system-reserved, device-ownership-from-security-context, hostname-override-source; settings.network.hosts;
    // settings.kernel.sysctl): kubelet tightening, static /etc/hosts entries for internal endpoints, kernel knobs.
    {
        name: "Bottlerocket kubelet tightening (seccomp-default, pod-pids-limit, reserved resources), network.hosts, bpf/ptrace sysctls",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r =>
            bottlerocket(r, [
                "[settings.kubernetes]",
                "seccomp-default = true",
                "pod-pids-limit = 4096",
                "device-ownership-from-security-context = true",
                'hostname-override-source = "instance-id"',
                "[settings.kubernetes.kube-reserved]",
                'cpu = "250m"',
                'memory = "1Gi"',
                "[settings.kubernetes.system-reserved]",
                'cpu = "250m"',
                'memory = "512Mi"',
                "[settings.network]",
                'hosts = [["10.0.12.10", ["vault.corp.internal"]], ["10.0.12.11", ["audit.corp.internal"]]]',
                "[settings.kernel.sysctl]",
                '"kernel.unprivileged_bpf_disabled" = "1"',
                '"kernel.yama.ptrace_scope" = "2"',
                '"net.ipv4.conf.all.rp_filter" = "1"',
                "[settings.host-containers.admin]",
                "enabled = false",
            ]),
    },
    // CIS Amazon Linux 2023 Benchmark: 1.6.x system-wide crypto policy not LEGACY (update-crypto-policies --set
    // DEFAULT:NO-SHA1), 1.4.x boot loader config permissions (chmod og-rwx grub.cfg / grubenv), 1.7.x warning banners
    // (/etc/issue, /etc/issue.net), and masking ctrl-alt-del.target and kdump.
    {
        name: "CIS AL2023: crypto policy DEFAULT:NO-SHA1, grub.cfg/grubenv og-rwx, issue/issue.net banners, ctrl-alt-del and kdump masked",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-cis-crypto-nodes",
                withScript([
                    "update-crypto-policies --set DEFAULT:NO-SHA1",
                    "chown root:root /boot/grub2/grub.cfg /boot/grub2/grubenv",
                    "chmod og-rwx /boot/grub2/grub.cfg /boot/grub2/grubenv",
                    "echo 'Authorized uses only. All activity may be monitored and reported.' > /etc/issue",
                    "cp /etc/issue /etc/issue.net",
                    "chmod 644 /etc/issue /etc/issue.net",
                    "systemctl mask ctrl-alt-del.target kdump.service",
                ]),
            ),
    },
    // Validator low-latency tuning on the kernel command line (kernel-parameters.txt: isolcpus, nohz_full,
    // rcu_nocbs, default_hugepagesz/hugepagesz/hugepages; transparent_hugepage=never) with grubby, taking effect at the
    // next boot (EC2 user guide, "Processor state control"; grubby(8)).
    {
        name: "grubby --update-kernel=ALL --args with isolcpus/nohz_full/rcu_nocbs, 1G hugepages and transparent_hugepage=never",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-isolcpus-nodes",
                withScript([
                    'grubby --update-kernel=ALL --args="isolcpus=2-15 nohz_full=2-15 rcu_nocbs=2-15 default_hugepagesz=1G hugepagesz=1G hugepages=16 transparent_hugepage=never"',
                    "grubby --info=DEFAULT",
                ]),
            ),
    },
    // tuned docs ("Custom profiles", plug-ins cpu/vm/sysctl/disk): a child profile of network-latency with a sysctl
    // section, governor and THP settings, activated with tuned-adm. No script plugin.
    {
        name: "a tuned child profile of network-latency (sysctl, cpu governor, vm transparent_hugepages, disk readahead)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-tuned-profile-nodes",
                withScript(
                    tunedProfile([
                        "[main]",
                        "summary=Validator low-latency profile",
                        "include=network-latency",
                        "[cpu]",
                        "governor=performance",
                        "force_latency=1",
                        "[vm]",
                        "transparent_hugepages=never",
                        "[disk]",
                        "readahead=>4096",
                        "[sysctl]",
                        "net.core.busy_poll=50",
                        "vm.swappiness=1",
                    ]),
                ),
            ),
    },
    // Tenable Nessus Agent install on Linux (Tenable docs "Install a Nessus Agent on Linux", "Link an agent"): the RPM
    // from the organisation's artifact bucket, nessuscli agent link with the linking key from Parameter Store.
    {
        name: "the Tenable Nessus Agent RPM from an S3 artifact bucket, nessuscli agent link with the key from Parameter Store",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-nessus-nodes",
                withScript([
                    "aws s3 cp s3://corp-security-artifacts/tenable/NessusAgent-10.7.3-amzn2023.x86_64.rpm /tmp/NessusAgent.rpm",
                    "dnf install -y /tmp/NessusAgent.rpm",
                    "KEY=$(aws ssm get-parameter --name /security/tenable/linking-key --with-decryption --query Parameter.Value --output text)",
                    '/opt/nessus_agent/sbin/nessuscli agent link --key="$KEY" --host=sensor.cloud.tenable.com --port=443 --groups=eks-nodes',
                    "systemctl enable --now nessusagent",
                    "rm -f /tmp/NessusAgent.rpm",
                ]),
            ),
    },
    // GuardDuty user guide, "Configure EKS add-on parameters" for aws-guardduty-agent: priorityClassName, dnsPolicy and
    // resources in configurationValues.
    {
        name: "the aws-guardduty-agent EKS add-on with its documented configurationValues (priorityClassName, dnsPolicy, resources)",
        stack: "prod",
        config: nodePolicyConfig,
        edit: r =>
            addon(
                r,
                "prod",
                "aws-guardduty-agent",
                JSON.stringify({
                    priorityClassName: "aws-guardduty-agent.priorityclass-high",
                    dnsPolicy: "ClusterFirst",
                    resources: {
                        requests: { cpu: "200m", memory: "256Mi" },
                        limits: { cpu: "1000m", memory: "1024Mi" },
                    },
                }),
                "v1.10.0-eksbuild.2",
            ),
    },
    // EC2 user guide, "Amazon EBS volumes and NVMe": the EBS volume id is the NVMe controller's serial number
    // (`nvme id-ctrl -v /dev/nvme1n1`, sn vol0123...): the data volume found by its volume id, formatted if blank,
    // mounted at /data.
    {
        name: "the data EBS volume found by its volume id in nvme id-ctrl output (loop over /dev/nvme*n1), mkfs if blank, mounted at /data",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-nvme-id-nodes",
                withScript([
                    "dnf install -y nvme-cli",
                    "VOL=vol0123456789abcdef0",
                    "DEV=",
                    "for d in /dev/nvme*n1; do",
                    '  if nvme id-ctrl -v "$d" | grep -q "$VOL"; then DEV=$d; fi',
                    "done",
                    '[ -n "$DEV" ]',
                    'blkid "$DEV" || mkfs.xfs -L data "$DEV"',
                    "mkdir -p /data",
                    'mount -o nodev,nosuid "$DEV" /data',
                ]),
            );
            validatorData(r);
        },
    },
];

describeNodeCases(
    "allowlist: red-team round 29 on node user data and launch settings (false positives of documented node setups)",
    insecure,
    secure,
);
