// Red-team round 20 on the EKS node level (fresh eyes): node settings that move the kubelet's or the runtime's
// directories into the data directories pods may mount (nodeadm local storage mountPath, the kubelet's --root-dir,
// containerd's CNI binary directory), Bottlerocket settings beyond admin/superpowered/bootstrap containers (a custom or
// replaced host container with the API socket, bootstrap commands, OCI default capabilities), cloud-config files
// whose content is encoded, and an AWS add-on's configurationValues spelling a node path with JSON escapes; and what a
// careful platform team runs (Karpenter's and terraform-aws-eks's user data, Bottlerocket hardening, registry mirrors
// through containerd's hosts.toml, confined pod-spec fields). Insecure variants the whole pack must refuse, secure ones
// it must accept; the pack's misses are `it.skip` with a MISS comment.
import { nodePolicyConfig } from "./packRunner";
import { Resources } from "./support";
import { k8s, managedNodes, restricted } from "./variantBuilders";
import {
    addon as eksAddon,
    al2023Nodes,
    b64,
    bottlerocket,
    CLUSTER,
    describeNodeCases,
    EFFECTIVE,
    hostPathDaemonSet,
    mime,
    nodeConfig,
    NodeCase,
    PRIMARY,
    SSH_KEY,
} from "./nodeBuilders";

/** An EKS add-on of the stack's cluster (version v4.1.0) with `configurationValues` as given. */
const addon = (r: Resources, stack: string, addonName: string, configurationValues?: string) =>
    eksAddon(r, stack, addonName, configurationValues, "v4.1.0-eksbuild.1");

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 20; insecure accepted).
    // nodeadm's NodeConfig spec.instance.localStorage takes a mountPath ("MountPath is the path where the
    // filesystem will be mounted. Defaults to /mnt/k8s-disks/": awslabs/amazon-eks-ami nodeadm/api/v1alpha1
    // nodeconfig_types.go LocalStorageOptions), which setup-local-disks uses as MNT_DIR: with RAID0 it mounts the array at
    // ${MNT_DIR}/0 and bind-mounts /var/lib/kubelet, /var/lib/containerd and /var/log/pods from ${MNT_DIR}/0/<unit>
    // (templates/shared/runtime/bin/setup-local-disks, maybe_raid0). The pack keeps /mnt/k8s-disks out of the data
    // directories for exactly this reason (podSpec.ts NODE_SECRETS), but reads no mountPath in NodeConfig, and still
    // admits /mnt/disks as a writable data directory: the stack's local-volume DaemonSet writing /mnt/disks then reads
    // /mnt/disks/0/kubelet/pods/*/volumes/kubernetes.io~projected/*/token, every pod's token on the node (the signer's).
    {
        name: "an AL2023 node group whose NodeConfig puts the instance-store RAID0 (the kubelet's directory) at /mnt/disks, beside a DaemonSet writing /mnt/disks",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-raid-nodes",
                mime([
                    {
                        type: "application/node.eks.aws",
                        body: nodeConfig([
                            "  instance:",
                            "    localStorage:",
                            "      strategy: RAID0",
                            "      mountPath: /mnt/disks",
                        ]),
                    },
                ]),
            );
            hostPathDaemonSet(r, "local-volume-provisioner", "storage", "/mnt/disks");
        },
        refused: /mountPath|local storage|kubelet|\/mnt\/disks/i,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 20; insecure accepted).
    // the kubelet's --root-dir ("Directory path for managing kubelet files (volume mounts, etc)", default
    // /var/lib/kubelet; kubernetes.io "Local Files And Paths Used By The Kubelet": the state directory is configured with
    // --root-dir) is where projected ServiceAccount tokens live (pods/<uid>/volumes/kubernetes.io~projected). nodeadm
    // passes kubelet.flags to the kubelet as overrides (nodeadm API reference, KubeletOptions.Flags). The pack reads only
    // --config/--kubeconfig/--client-ca-file/static pod flags (userData.ts kubeletFlagOpenings), and /data is a writable
    // data directory for any uid (podSpec.ts WRITABLE_DATA): the stack's cache DaemonSet on /data reads every pod's token.
    {
        name: "an AL2023 node group whose NodeConfig kubelet flag --root-dir=/data/kubelet moves every pod's token under /data, beside a DaemonSet writing /data",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-rootdir-nodes",
                mime([
                    {
                        type: "application/node.eks.aws",
                        body: nodeConfig(["  kubelet:", "    flags:", "      - --root-dir=/data/kubelet"]),
                    },
                ]),
            );
            hostPathDaemonSet(r, "node-cache", "storage", "/data", restricted);
        },
        refused: /root-dir|kubelet|\/data/i,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 20; insecure accepted).
    // containerd's CRI plugin runs the CNI plugins from [plugins."io.containerd.grpc.v1.cri".cni] bin_dir as root
    // on the node at every pod sandbox (containerd docs/cri/config.md, "cni": bin_dir "the directory in which the
    // binaries for the plugin is kept"). nodeadm merges spec.containerd.config into containerd's config (nodeadm API
    // reference, ContainerdOptions.Config); userData.ts CONTAINERD_KEYS reads runtimes and the base spec only. Pointed at
    // /data/cni/bin, a data directory the pack lets any pod of the stack write (podSpec.ts WRITABLE_DATA), a non-root
    // DaemonSet plants a binary that containerd runs as root: the node and every pod's token.
    {
        name: "an AL2023 node group whose NodeConfig containerd config takes CNI plugins from /data/cni/bin, beside a non-root DaemonSet writing /data",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-cni-nodes",
                mime([
                    {
                        type: "application/node.eks.aws",
                        body: nodeConfig([
                            "  containerd:",
                            "    config: |",
                            '      [plugins."io.containerd.grpc.v1.cri".cni]',
                            '      bin_dir = "/data/cni/bin"',
                        ]),
                    },
                ]),
            );
            hostPathDaemonSet(r, "node-cache", "storage", "/data", restricted);
        },
        refused: /containerd|cni|bin_dir|\/data/i,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 20; insecure accepted).
    // KubeletConfiguration volumePluginDir, "the full path of the directory in which to search for additional
    // third party volume plugins" (k8s.io/kubelet config/v1beta1 types.go; default
    // /usr/libexec/kubernetes/kubelet-plugins/volume/exec/): the kubelet probes it for FlexVolume drivers and runs each
    // driver it finds (`<driver> init`, then mount calls) as root on the node (Kubernetes "FlexVolume" design, dynamic
    // plugin discovery). nodeConfigOpenings reads only authentication, authorization, static pods and the client CA of
    // kubelet.config; pointed at /data/flexvolume, which the pack lets any pod of the stack write, a non-root DaemonSet
    // plants a driver the kubelet runs as root. (The pack refuses flexVolume volumes in pod specs for that reason.)
    {
        name: "an AL2023 node group whose NodeConfig sets the kubelet's volumePluginDir to /data/flexvolume, beside a non-root DaemonSet writing /data",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-flex-nodes",
                mime([
                    {
                        type: "application/node.eks.aws",
                        body: nodeConfig(["  kubelet:", "    config:", "      volumePluginDir: /data/flexvolume"]),
                    },
                ]),
            );
            hostPathDaemonSet(r, "node-cache", "storage", "/data", restricted);
        },
        refused: /volumePluginDir|flex|kubelet|\/data/i,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 20; insecure accepted).
    // Bottlerocket "Host Containers", "API Access": "All host containers automatically mount the API socket
    // (/run/api.sock) and the API Client ... any user that can access a host container can change configurations"
    // (bottlerocket.dev concepts/host-containers). From a non-superpowered host container of any image, `apiclient set
    // host-containers.admin.superpowered=true host-containers.admin.enabled=true` is root on the node. The pack refuses
    // only the admin container and superpowered ones (userData.ts bottlerocketOpenings); a custom host container
    // (settings.host-containers.<name>: enabled, source, superpowered = false; bottlerocket.dev settings reference) from
    // a third-party image passes.
    {
        name: "a Bottlerocket node group running a custom non-superpowered host container (it holds the Bottlerocket API socket)",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r =>
            bottlerocket(r, [
                "[settings.host-containers.node-debug]",
                "enabled = true",
                "superpowered = false",
                'source = "public.ecr.aws/example/node-debug:1.4.0"',
            ]),
        refused: /host container|node-debug|API/i,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 20; insecure accepted).
    // the control host container is enabled by default on aws-k8s variants and its image is its `source` setting
    // (bottlerocket.dev settings.host-containers.<container>.source; "you can even fully replace the functionality of both
    // the host and admin containers with your own host containers"). Replacing it runs that image with the API socket
    // (same API Access as above): root on the node. The pack reads no `source` of an enabled container.
    {
        name: "a Bottlerocket node group replacing the control container's image (enabled by default, holds the API socket)",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r =>
            bottlerocket(r, ["[settings.host-containers.control]", 'source = "registry.example.net/ops/control:2.0"']),
        refused: /host container|control|API/i,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 20; insecure accepted).
    // Bottlerocket "Bootstrap Commands" (bottlerocket.dev concepts/bootstrap-commands; settings.bootstrap-commands
    // .<name>.commands, mode, essential) run apiclient commands at boot, before host containers start; `apiclient set
    // --json` sets any setting, here the admin container on and superpowered. bottlerocketOpenings reads no
    // bootstrap-commands, and the free-text pattern wants `"admin": {"enabled": true` with bare quotes, not the
    // backslash-escaped quotes a TOML basic string carries.
    {
        name: "a Bottlerocket node group whose bootstrap command sets the admin container on through apiclient set --json",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r =>
            bottlerocket(r, [
                "[settings.bootstrap-commands.10-debug]",
                'commands = [["apiclient", "set", "--json", "{\\"host-containers\\": {\\"admin\\": {\\"enabled\\": true, \\"superpowered\\": true}}}"]]',
                'mode = "always"',
                "essential = false",
            ]),
        refused: /admin|bootstrap|host container/i,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 20; insecure accepted).
    // settings.oci-defaults.capabilities.<cap> adds the capability to the OCI spec every orchestrated container
    // starts from (bottlerocket.dev settings/oci-defaults: "Settings related to orchestrated containers for overriding the
    // OCI runtime spec defaults"; sys-admin among the keys). It is Bottlerocket's spelling of nodeadm's
    // containerd.baseRuntimeSpec, which the pack refuses, and grants every pod the CAP_SYS_ADMIN it refuses in a pod spec
    // (podSpec.ts CONFINED_CAPABILITIES).
    {
        name: "a Bottlerocket node group giving every container CAP_SYS_ADMIN and CAP_SYS_PTRACE through oci-defaults",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r => bottlerocket(r, ["[settings.oci-defaults.capabilities]", "sys-admin = true", "sys-ptrace = true"]),
        refused: /oci-defaults|capabilit|SYS_ADMIN/i,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 20; insecure accepted).
    // cloud-init write_files "encoding: Optional encoding type of the content. Default: text/plain. Supported
    // encoding types are: gz, gzip, gz+base64, gzip+base64, gz+b64, gzip+b64, b64, base64" (cloud-init module reference,
    // "Write Files"). The pack reads the content as written (cloudConfigOpenings pushes f.content to scriptOpenings), so a
    // base64 script dropped into /var/lib/cloud/scripts/per-boot (run as root at every boot, cloud-init "Scripts Per
    // Boot"; that path is not in NODE_CONFIG_PATHS) adding an SSH key for ec2-user passes, the same key the pack refuses
    // in plain text.
    {
        name: "an AL2023 node group whose cloud-config writes a base64-encoded per-boot script adding an SSH key for ec2-user",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-b64-files-nodes",
                mime([
                    {
                        type: "text/cloud-config",
                        body: [
                            "#cloud-config",
                            "write_files:",
                            "  - path: /var/lib/cloud/scripts/per-boot/10-oncall.sh",
                            "    permissions: '0755'",
                            "    encoding: b64",
                            `    content: ${b64(`#!/bin/sh\necho '${SSH_KEY}' >> /home/ec2-user/.ssh/authorized_keys\n`)}`,
                        ].join("\n"),
                    },
                ]),
            ),
        refused: /SSH|key|write_files|user data/i,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 20; insecure accepted).
    // configurationValues is JSON (or YAML), and JSON lets a string escape the solidus ("\/" is "/": RFC 8259
    // section 7). EKS parses it before handing it to the add-on's chart, so the CloudWatch agent gets
    // /rootfs/var/lib/kubelet/pods/... (round 19's case), while the pack's NODE_CREDENTIAL_PATHS regexp runs over the raw
    // string (engine/opaque.ts addonCredentialPath) and sees \/rootfs\/var\/lib\/kubelet: every pod's projected token is
    // shipped to CloudWatch Logs.
    {
        name: "the amazon-cloudwatch-observability add-on shipping the kubelet's token files, its path written with JSON \\/ escapes",
        stack: "prod",
        edit: r =>
            addon(
                r,
                "prod",
                "amazon-cloudwatch-observability",
                JSON.stringify({
                    agent: {
                        config: {
                            logs: {
                                logs_collected: {
                                    files: {
                                        collect_list: [
                                            {
                                                file_path: "@PATH@",
                                                log_group_name: "/eks/prod-validators/node-files",
                                                log_stream_name: "{instance_id}",
                                            },
                                        ],
                                    },
                                },
                            },
                        },
                    },
                }).replace("@PATH@", "\\/rootfs\\/var\\/lib\\/kubelet\\/pods\\/*\\/volumes\\/*\\/*\\/t\\u006fken"),
            ),
        refused: /cloudwatch|add-on|configurationValues|token/i,
        policy: EFFECTIVE,
    },
];

const secure: NodeCase[] = [
    // Karpenter's AL2023 user data: a MIME document with boundary "//" holding the user's NodeConfig and Karpenter's
    // own (cluster, kubelet config, node labels as flags), karpenter.sh docs "EC2NodeClass", userData for AL2023.
    {
        name: "Karpenter-style AL2023 user data: MIME with boundary // and two NodeConfigs (maxPods, clusterDNS, node labels, RAID0 at the default path)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-karpenter-nodes",
                mime(
                    [
                        {
                            type: "application/node.eks.aws",
                            body: [
                                "apiVersion: node.eks.aws/v1alpha1",
                                "kind: NodeConfig",
                                "spec:",
                                "  instance:",
                                "    localStorage:",
                                "      strategy: RAID0",
                                "  kubelet:",
                                "    config:",
                                "      imageGCHighThresholdPercent: 85",
                            ].join("\n"),
                        },
                        {
                            type: "application/node.eks.aws",
                            body: nodeConfig([
                                "  kubelet:",
                                "    config:",
                                "      maxPods: 58",
                                "      clusterDNS:",
                                "        - 172.20.0.10",
                                "    flags:",
                                "      - --node-labels=karpenter.sh/capacity-type=on-demand,karpenter.sh/nodepool=signer",
                            ]),
                        },
                    ],
                    "//",
                ),
            ),
    },
    // terraform-aws-eks self-managed/EKS AL2 user data: bootstrap.sh with --kubelet-extra-args for labels and taints.
    {
        name: "terraform-aws-eks AL2 user data: bootstrap.sh with --kubelet-extra-args (node labels, taints, max pods)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            managedNodes(r, { account: PRIMARY, cluster: CLUSTER.dev, amiType: "AL2_x86_64" }, "dev-al2-nodes", {
                userData: b64(
                    [
                        "#!/bin/bash",
                        "set -e",
                        "B64_CLUSTER_CA=Y2VydGlmaWNhdGVBdXRob3JpdHk=",
                        "API_SERVER_URL=https://EXAMPLE.gr7.eu-west-1.eks.amazonaws.com",
                        "/etc/eks/bootstrap.sh dev-validators --b64-cluster-ca $B64_CLUSTER_CA --apiserver-endpoint $API_SERVER_URL \\",
                        "  --kubelet-extra-args '--node-labels=custody/tier=signer --register-with-taints=custody=signer:NoSchedule --max-pods=58'",
                    ].join("\n"),
                ),
            }),
    },
    // Bottlerocket hardening as in the Bottlerocket CIS benchmark guidance (kernel lockdown, module and sysctl settings),
    // AWS's ephemeral-storage bootstrap command (bottlerocket.dev concepts/bootstrap-commands, "Configure ephemeral
    // disks"), the control container at its default image, the admin container off, an ECR pull-through mirror.
    {
        name: "Bottlerocket hardening: lockdown integrity, sysctls, disabled kernel modules, the ephemeral-storage bootstrap command, admin off, an ECR mirror",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r =>
            bottlerocket(r, [
                "[settings.kernel]",
                'lockdown = "integrity"',
                "[settings.kernel.sysctl]",
                '"net.ipv4.conf.all.send_redirects" = "0"',
                '"net.ipv4.conf.default.accept_source_route" = "0"',
                "[settings.kernel.modules.udf]",
                "allowed = false",
                "[settings.kernel.modules.sctp]",
                "allowed = false",
                "[settings.host-containers.admin]",
                "enabled = false",
                "[settings.host-containers.control]",
                "enabled = true",
                "[settings.bootstrap-commands.k8s-ephemeral-storage]",
                'commands = [["apiclient", "ephemeral-storage", "init"], ["apiclient", "ephemeral-storage", "bind", "--dirs", "/var/lib/containerd", "/var/lib/kubelet", "/var/log/pods"]]',
                "essential = true",
                'mode = "always"',
                "[[settings.container-registry.mirrors]]",
                'registry = "docker.io"',
                'endpoint = ["https://111122223333.dkr.ecr.eu-west-1.amazonaws.com/v2/docker-hub"]',
                "[settings.kubernetes]",
                "seccomp-default = true",
                "max-pods = 58",
            ]),
    },
    // Was a MISS (fixed in round 20; secure refused).
    // a registry mirror through containerd's hosts.toml (containerd docs/hosts.md, "Registry Host
    // Namespace": /etc/containerd/certs.d/<host>/hosts.toml holds server, capabilities, ca, client, skip_verify, header,
    // override_path: where images come from, nothing that runs or lets anyone in; AL2023's containerd config sets
    // config_path to /etc/containerd/certs.d). The pack accepts the same mirror as a NodeConfig containerd.config
    // (userData.test.ts, "gzip-compressed NodeConfig with containerd registry mirrors only") but refuses any write_files
    // under /etc/containerd/ as "the node's own configuration ... which the pack cannot judge", though the content is
    // right there to read (userData.ts NODE_CONFIG_PATHS).
    {
        name: "an AL2023 node group whose cloud-config writes a containerd registry mirror (certs.d/docker.io/hosts.toml) to an ECR pull-through cache",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-mirror-nodes",
                mime([
                    { type: "application/node.eks.aws", body: nodeConfig([]) },
                    {
                        type: "text/cloud-config",
                        body: [
                            "#cloud-config",
                            "write_files:",
                            "  - path: /etc/containerd/certs.d/docker.io/hosts.toml",
                            "    permissions: '0644'",
                            "    content: |",
                            '      server = "https://registry-1.docker.io"',
                            '      [host."https://111111111111.dkr.ecr.eu-west-1.amazonaws.com/v2/docker-hub"]',
                            '        capabilities = ["pull", "resolve"]',
                        ].join("\n"),
                    },
                ]),
            ),
    },
    // Pod-spec fields that only confine further or carry data: user namespaces (hostUsers: false), Localhost seccomp and
    // AppArmor profiles (Pod Security Standards, Baseline: "Localhost" allowed), an image volume, a ClusterTrustBundle
    // projection (Kubernetes "Projected Volumes").
    {
        name: "a DaemonSet with hostUsers false, Localhost seccomp and AppArmor profiles, an image volume and a ClusterTrustBundle projection",
        stack: "prod",
        edit: r =>
            k8s(r, "kubernetes:apps/v1:DaemonSet", "node-inspector", {
                apiVersion: "apps/v1",
                kind: "DaemonSet",
                metadata: { name: "node-inspector", namespace: "monitoring" },
                spec: {
                    selector: { matchLabels: { app: "node-inspector" } },
                    template: {
                        metadata: { labels: { app: "node-inspector" } },
                        spec: {
                            hostUsers: false,
                            securityContext: {
                                seccompProfile: { type: "Localhost", localhostProfile: "profiles/inspector.json" },
                                appArmorProfile: { type: "Localhost", localhostProfile: "k8s-inspector" },
                            },
                            containers: [
                                {
                                    name: "node-inspector",
                                    image: "registry.example.com/node-inspector:1.0.0",
                                    securityContext: { ...restricted, seccompProfile: undefined },
                                    volumeMounts: [
                                        { name: "rules", mountPath: "/rules", readOnly: true },
                                        { name: "trust", mountPath: "/trust", readOnly: true },
                                    ],
                                },
                            ],
                            volumes: [
                                {
                                    name: "rules",
                                    image: {
                                        reference: "registry.example.com/inspector-rules:2025.1",
                                        pullPolicy: "IfNotPresent",
                                    },
                                },
                                {
                                    name: "trust",
                                    projected: {
                                        sources: [
                                            {
                                                clusterTrustBundle: {
                                                    signerName: "example.com/internal-ca",
                                                    labelSelector: { matchLabels: { "example.com/ca": "internal" } },
                                                    path: "ca.pem",
                                                },
                                            },
                                        ],
                                    },
                                },
                            ],
                        },
                    },
                },
            }),
    },
    // The aws-ebs-csi-driver add-on with ordinary node settings (tolerations, volume attach limit), no node paths.
    {
        name: "the aws-ebs-csi-driver add-on with node tolerations and a volume attach limit",
        stack: "prod",
        edit: r =>
            addon(
                r,
                "prod",
                "aws-ebs-csi-driver",
                JSON.stringify({
                    node: { tolerateAllTaints: true, volumeAttachLimit: 25 },
                    controller: { replicaCount: 2 },
                }),
            ),
    },
];

describeNodeCases(
    "allowlist: red-team round 20 on the EKS node level (node directories moved under data paths, Bottlerocket host containers and commands, encoded files)",
    insecure,
    secure,
);
