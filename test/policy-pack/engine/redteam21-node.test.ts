// Red-team round 21 on the EKS node level (fresh eyes): node settings that point the kernel or the mount table at the
// data directories pods may write (cloud-init `mounts`, a systemd mount unit, a sysctl core_pattern helper), a node
// socket a read-only hostPath still connects to (containerd 2's NRI), and an add-on path written as a glob; and what a
// careful platform team runs (CIS kubelet settings in a NodeConfig, a data disk at /data, core dumps piped to
// /bin/false, eksctl's AL2023 user data, the usual AWS add-ons, Bottlerocket CIS settings). Insecure variants the whole
// pack must refuse, secure ones it must accept; the pack's misses are `it.skip` with a MISS comment.
import { nodePolicyConfig } from "./packRunner";
import { restricted } from "./variantBuilders";
import {
    addon,
    al2023Nodes,
    bottlerocket,
    cloudWatchFiles,
    describeNodeCases,
    EFFECTIVE,
    hostPathDaemonSet,
    mime,
    nodeConfig,
    NodeCase,
    withCloudConfig,
} from "./nodeBuilders";

const insecure: NodeCase[] = [
    // Fixed (engine/userData.ts bindOpenings, cloud-config `mounts` read).
    // Was: cloud-init's mounts module writes each entry to /etc/fstab and runs `mount -a` (cloud-init module reference,
    // "Mounts": "a list of fstab entries ... [fs_spec, fs_file, fs_vfstype, fs_mntops, fs_freq, fs_passno]";
    // canonical/cloud-init cloudinit/config/cc_mounts.py sanitize_mounts_configuration keeps an entry whose fs_spec is no
    // block device as written, so a directory with `bind` options is mounted). Binding /var/lib/kubelet at /srv/kubelet
    // puts every pod's projected token under /srv (the root mount is shared under systemd, so the kubelet's later tmpfs
    // mounts under pods/ propagate to the bind), a data directory the pack lets any pod of the stack mount
    // (podSpec.ts WRITABLE_DATA): the restricted DaemonSet on /srv reads the signer's token. Round 20 refused the same
    // move spelled as nodeadm's localStorage mountPath or the kubelet's --root-dir; userData.ts reads no `mounts` key.
    {
        name: "an AL2023 node group whose cloud-config `mounts` binds /var/lib/kubelet at /srv/kubelet, beside a restricted DaemonSet reading /srv",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-bind-nodes",
                withCloudConfig(["mounts:", '  - ["/var/lib/kubelet", "/srv/kubelet", "none", "bind", "0", "0"]']),
            );
            hostPathDaemonSet(r, "node-cache", "storage", "/srv", restricted, true);
        },
        refused: /mounts|kubelet|\/srv/i,
        policy: EFFECTIVE,
    },
    // Fixed (engine/userData.ts textBindOpenings: .mount units, fstab lines, mount commands).
    // Was: the same bind as a systemd mount unit written by cloud-config write_files and started by runcmd (systemd.mount(5):
    // What=, Where=, Options=bind; the unit name is the escaped Where path). userData.ts NODE_CONFIG_PATHS refuses only
    // /etc/systemd/system/kubelet* and containerd* units; any other unit's content goes to the free-text reader, which
    // looks for kubelet anonymous auth, admin containers, SSH keys and static pods, not mounts.
    {
        name: "an AL2023 node group whose cloud-config writes and starts a systemd mount unit binding /var/lib/kubelet at /data/kubelet, beside a restricted DaemonSet reading /data",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-unit-nodes",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/systemd/system/data-kubelet.mount",
                    "    permissions: '0644'",
                    "    content: |",
                    "      [Unit]",
                    "      Description=kubelet state on the data volume",
                    "      [Mount]",
                    "      What=/var/lib/kubelet",
                    "      Where=/data/kubelet",
                    "      Type=none",
                    "      Options=bind",
                    "      [Install]",
                    "      WantedBy=multi-user.target",
                    "runcmd:",
                    "  - [systemctl, daemon-reload]",
                    "  - [systemctl, enable, --now, data-kubelet.mount]",
                ]),
            );
            hostPathDaemonSet(r, "node-cache", "storage", "/data", restricted, true);
        },
        refused: /mount|kubelet|\/data/i,
        policy: EFFECTIVE,
    },
    // Fixed (engine/userData.ts corePatternOpenings).
    // Was: kernel.core_pattern beginning with `|` makes the kernel run that program as root, in the initial namespaces,
    // whenever any process of the node dumps core (core(5), "Piping core dumps to a program": "the program is run as the
    // user and group root", and it runs outside the crashing container). Pointed at /data/crash/collect, a path the pack
    // lets any pod of the stack write (podSpec.ts WRITABLE_DATA, "whatever the uid"), the non-root DaemonSet drops a
    // binary there and crashes one of its own processes: root on the node, every pod's token. userData.ts reads the
    // file's content only for kubelet/SSH/admin settings (scriptOpenings), while NodeConfig path settings under data
    // directories are refused (writablePathOpenings, round 20).
    {
        name: "an AL2023 node group whose cloud-config writes a sysctl.d file piping core dumps to /data/crash/collect, beside a non-root DaemonSet writing /data",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-core-nodes",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/sysctl.d/90-crash-collector.conf",
                    "    permissions: '0644'",
                    "    content: |",
                    "      kernel.core_pattern=|/data/crash/collect %P %s %e",
                    "      kernel.core_pipe_limit=4",
                    "runcmd:",
                    "  - [sysctl, --system]",
                ]),
            );
            hostPathDaemonSet(r, "crash-collector", "monitoring", "/data", restricted);
        },
        refused: /core_pattern|sysctl|\/data/i,
        policy: EFFECTIVE,
    },
    // Fixed (engine/podSpec.ts NODE_SECRETS holds /run/nri and /var/run/nri).
    // Was: containerd 2.0 turns NRI on by default ("Starting with containerd 2.0 The plugin, and consequently NRI
    // functionality, is enabled by default": containerd docs/NRI.md) and listens on /var/run/nri/nri.sock, where external
    // plugins register (disable_connections = false by default). A registered plugin adjusts every container created
    // after it: mounts, devices, OCI hooks run on the host, environment (containerd/nri README, "ContainerAdjustment"):
    // it mounts the node's / into the next pod, or runs a hook as root. The NRI plugins' DaemonSets mount /var/run/nri
    // as a hostPath (containers/nri-plugins charts). The pack refuses the runtime's own sockets (podSpec.ts
    // NODE_SECRETS: /run/containerd) and D-Bus (ROOT_SOCKETS: "a socket on a read-only mount still accepts connect()"),
    // but not NRI's, so a root DaemonSet reading it read-only passes.
    {
        name: "a root DaemonSet mounting containerd's NRI socket directory /var/run/nri read-only (an NRI plugin adjusts every new container: mounts, OCI hooks)",
        stack: "prod",
        edit: r =>
            hostPathDaemonSet(
                r,
                "nri-resource-policy",
                "kube-system",
                "/var/run/nri",
                { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } },
                true,
                "Directory",
            ),
        refused: /nri|socket|\/var\/run\/nri/i,
        policy: EFFECTIVE,
    },
    // Fixed (engine/opaque.ts: path globs judged with model/glob.ts globsIntersect).
    // Was: the CloudWatch agent's file_path takes glob patterns ("Standard Unix glob matching rules are accepted, with
    // the addition of ** as a super asterisk": CloudWatch agent configuration file, logs section, file_path). The
    // add-on's agent mounts the node's / at /rootfs (round 19's premise), so /rootfs/var/lib/*/pods/*/volumes/*/*/token
    // matches the kubelet's projected token files. engine/opaque.ts NODE_CREDENTIAL_PATHS looks for the literal words
    // var/lib/kubelet, kubernetes.io~projected or serviceaccount/token; a `*` in place of `kubelet` spells none of them.
    {
        name: "the amazon-cloudwatch-observability add-on collecting /rootfs/var/lib/*/pods/*/volumes/*/*/token (a glob in place of kubelet)",
        stack: "prod",
        edit: r =>
            addon(
                r,
                "prod",
                "amazon-cloudwatch-observability",
                cloudWatchFiles("/rootfs/var/lib/*/pods/*/volumes/*/*/token"),
            ),
        refused: /cloudwatch|add-on|configurationValues|token/i,
    },
    // Baseline for the glob MISS above: the same collect_list with the literal path, which the pack refuses.
    {
        name: "the amazon-cloudwatch-observability add-on collecting /rootfs/var/lib/kubelet/pods/*/volumes/*/*/token (literal path, baseline)",
        stack: "prod",
        edit: r =>
            addon(
                r,
                "prod",
                "amazon-cloudwatch-observability",
                cloudWatchFiles("/rootfs/var/lib/kubelet/pods/*/volumes/*/*/token"),
            ),
        refused: /cloudwatch|add-on|configurationValues|kubelet/i,
    },
];

const secure: NodeCase[] = [
    // CIS Amazon EKS Benchmark section 3.2 (kubelet): anonymous auth off, Webhook authentication and authorization, the
    // cluster CA as client CA, read-only port 0, streaming idle timeout, protectKernelDefaults, iptables chains, event
    // QPS, certificate rotation: every setting spelled out in a nodeadm NodeConfig (nodeadm API reference,
    // KubeletOptions.Config is KubeletConfiguration).
    {
        name: "an AL2023 node group whose NodeConfig spells out the CIS kubelet settings (anonymous off, Webhook, cluster CA, readOnlyPort 0, protectKernelDefaults, rotation)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-cis-nodes",
                mime([
                    {
                        type: "application/node.eks.aws",
                        body: nodeConfig([
                            "  kubelet:",
                            "    config:",
                            "      authentication:",
                            "        anonymous:",
                            "          enabled: false",
                            "        webhook:",
                            "          enabled: true",
                            "          cacheTTL: 2m0s",
                            "        x509:",
                            "          clientCAFile: /etc/kubernetes/pki/ca.crt",
                            "      authorization:",
                            "        mode: Webhook",
                            "      readOnlyPort: 0",
                            "      streamingConnectionIdleTimeout: 4h0m0s",
                            "      protectKernelDefaults: true",
                            "      makeIPTablesUtilChains: true",
                            "      eventRecordQPS: 5",
                            "      rotateCertificates: true",
                            "      serverTLSBootstrap: true",
                            "      featureGates:",
                            "        RotateKubeletServerCertificate: true",
                        ]),
                    },
                ]),
            ),
    },
    // A data EBS volume formatted and mounted at /data by cloud-init (cloud-init module reference, "Disk Setup" and
    // "Mounts"): a device, not a node directory, mounted where the pack already lets pods keep data.
    {
        name: "an AL2023 node group whose cloud-config formats a second EBS volume and mounts it at /data (disk_setup, fs_setup, mounts)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-datadisk-nodes",
                withCloudConfig([
                    "fs_setup:",
                    "  - label: data",
                    "    filesystem: xfs",
                    "    device: /dev/nvme1n1",
                    "    overwrite: false",
                    "mounts:",
                    '  - ["LABEL=data", "/data", "xfs", "defaults,nofail,nodev,nosuid", "0", "2"]',
                ]),
            ),
    },
    // CIS-style core dump and kernel hardening in a sysctl.d file (CIS Amazon Linux 2023 Benchmark, "Ensure core dumps
    // are restricted", "Ensure address space layout randomization is enabled"): core dumps piped to /bin/false, a system
    // binary no pod may write.
    {
        name: "an AL2023 node group whose cloud-config writes CIS sysctls (core dumps piped to /bin/false, fs.suid_dumpable 0, ASLR 2, kptr_restrict 2)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-sysctl-nodes",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/sysctl.d/60-cis.conf",
                    "    permissions: '0644'",
                    "    content: |",
                    "      kernel.core_pattern=|/bin/false",
                    "      fs.suid_dumpable=0",
                    "      kernel.randomize_va_space=2",
                    "      kernel.kptr_restrict=2",
                    "runcmd:",
                    "  - [sysctl, --system]",
                ]),
            ),
    },
    // eksctl's AL2023 user data for a managed node group with a pre-bootstrap command: a MIME document holding a shell
    // script part and a NodeConfig with the cluster, maxPods, cluster DNS and eksctl's node labels (eksctl
    // pkg/nodebootstrap, AL2023 bootstrapper).
    {
        name: "eksctl-style AL2023 user data: a preBootstrapCommands shell part and a NodeConfig with maxPods, clusterDNS and eksctl node labels",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-eksctl-nodes",
                mime(
                    [
                        {
                            type: 'text/x-shellscript; charset="us-ascii"',
                            body: "#!/bin/bash\nset -o errexit\nset -o pipefail\nset -o nounset\ndnf install -y amazon-cloudwatch-agent\n",
                        },
                        {
                            type: "application/node.eks.aws",
                            body: nodeConfig([
                                "  kubelet:",
                                "    config:",
                                "      maxPods: 110",
                                "      clusterDNS:",
                                "        - 10.100.0.10",
                                "    flags:",
                                "      - --node-labels=alpha.eksctl.io/cluster-name=dev-validators,alpha.eksctl.io/nodegroup-name=signers",
                            ]),
                        },
                    ],
                    "//",
                ),
            ),
    },
    // The AWS add-ons a platform team installs on every cluster, with ordinary settings (EKS user guide, "AWS add-ons";
    // the VPC CNI's enableNetworkPolicy and env, CoreDNS replicas, the node monitoring and GuardDuty agents).
    {
        name: "the usual AWS add-on set: vpc-cni with network policy and prefix delegation, coredns, kube-proxy, eks-pod-identity-agent, aws-ebs-csi-driver, eks-node-monitoring-agent, aws-guardduty-agent",
        stack: "prod",
        edit: r => {
            addon(
                r,
                "prod",
                "vpc-cni",
                JSON.stringify({ enableNetworkPolicy: "true", env: { ENABLE_PREFIX_DELEGATION: "true" } }),
            );
            addon(r, "prod", "coredns", JSON.stringify({ replicaCount: 3 }));
            addon(r, "prod", "kube-proxy");
            addon(r, "prod", "eks-pod-identity-agent");
            addon(r, "prod", "aws-ebs-csi-driver", JSON.stringify({ node: { tolerateAllTaints: true } }));
            addon(r, "prod", "eks-node-monitoring-agent");
            addon(r, "prod", "aws-guardduty-agent");
        },
    },
    // The Secrets Store CSI driver's AWS provider as the EKS add-on (EKS user guide, "Use AWS Secrets Manager secrets
    // with Amazon EKS Pods"), with secret rotation on and Kubernetes Secret sync off.
    {
        name: "the aws-secrets-store-csi-driver-provider add-on with rotation every 2 minutes and Secret sync off",
        stack: "prod",
        edit: r =>
            addon(
                r,
                "prod",
                "aws-secrets-store-csi-driver-provider",
                JSON.stringify({
                    "secrets-store-csi-driver": {
                        enableSecretRotation: true,
                        rotationPollInterval: "2m",
                        syncSecret: { enabled: false },
                    },
                }),
            ),
    },
    // The CloudWatch add-on collecting the node's own system log files (no credentials) next to container logs.
    {
        name: "the amazon-cloudwatch-observability add-on collecting /rootfs/var/log/messages and /rootfs/var/log/secure",
        stack: "prod",
        edit: r =>
            addon(r, "prod", "amazon-cloudwatch-observability", cloudWatchFiles("/rootfs/var/log/{messages,secure}")),
    },
    // Bottlerocket CIS Benchmark settings done through settings only, no bootstrap container: kernel lockdown, module
    // blocks, sysctls, the control and admin containers off, seccomp default (bottlerocket.dev settings reference;
    // Bottlerocket CIS Benchmark, Level 1 and 2).
    {
        name: "Bottlerocket CIS settings: lockdown integrity, udf/sctp modules blocked, redirects and suid dumps off, control and admin containers off, seccomp default",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r =>
            bottlerocket(r, [
                "[settings.kernel]",
                'lockdown = "integrity"',
                "[settings.kernel.modules.udf]",
                "allowed = false",
                "[settings.kernel.modules.sctp]",
                "allowed = false",
                "[settings.kernel.sysctl]",
                '"fs.suid_dumpable" = "0"',
                '"net.ipv4.conf.all.send_redirects" = "0"',
                '"net.ipv4.conf.all.accept_redirects" = "0"',
                '"net.ipv4.conf.all.log_martians" = "1"',
                "[settings.host-containers.admin]",
                "enabled = false",
                "[settings.host-containers.control]",
                "enabled = false",
                "[settings.kubernetes]",
                "seccomp-default = true",
                "event-qps = 0",
            ]),
    },
];

describeNodeCases(
    "allowlist: red-team round 21 on the EKS node level (mounts and sysctls toward data directories, NRI, add-on globs)",
    insecure,
    secure,
);
