// Neighbours of round 20's node cases (redteam20-node.test.ts), fixed in engine/userData.ts and engine/opaque.ts: for
// each, another spelling of the same effect the pack must refuse, and a careful setting beside it that must stay clean.
// Node settings naming a path are judged against podSpec.ts's pod-writable data directories (podWritableRoot);
// settings that move the kubelet's or containerd's directory away from their defaults are refused wherever they go.
import { gzipSync } from "zlib";
import { nodePolicyConfig } from "./packRunner";
import { Resources } from "./support";
import {
    addon,
    al2023Nodes,
    b64,
    bottlerocket,
    describeNodeCases,
    EFFECTIVE,
    mime,
    nodeConfig,
    NodeCase,
    SSH_KEY,
    withCloudConfig,
} from "./nodeBuilders";

/** AL2023 nodes of the dev cluster whose user data is one NodeConfig with `spec` lines. */
const nodeConfigNodes = (r: Resources, name: string, spec: string[]) =>
    al2023Nodes(r, name, mime([{ type: "application/node.eks.aws", body: nodeConfig(spec) }]));

/** AL2023 nodes of the dev cluster: the NodeConfig joining the cluster and a cloud-config with `lines`. */
const cloudConfigNodes = (r: Resources, name: string, lines: string[]) => al2023Nodes(r, name, withCloudConfig(lines));

/** The prod cluster's CloudWatch observability add-on (v4.1.0) with `configurationValues`. */
const cloudwatchAddon = (r: Resources, configurationValues: string) =>
    addon(r, "prod", "amazon-cloudwatch-observability", configurationValues, "v4.1.0-eksbuild.1");

/** The CloudWatch agent's logs section collecting `path` (no log stream name). */
const collectList = (path: string) =>
    JSON.stringify({
        agent: {
            config: {
                logs: {
                    logs_collected: {
                        files: {
                            collect_list: [{ file_path: "@PATH@", log_group_name: "/eks/prod-validators/node-files" }],
                        },
                    },
                },
            },
        },
    }).replace("@PATH@", path);

const insecure: NodeCase[] = [
    // nodeadm LocalStorageOptions.mountPath (default /mnt/k8s-disks/): RAID0 bind-mounts /var/lib/kubelet from
    // <mountPath>/0/kubelet (amazon-eks-ami setup-local-disks). Outside /mnt a read-only hostPath of the new place is
    // accepted by the pod judge, which keeps only the default out of pods' reach.
    {
        name: "a NodeConfig putting the RAID0 array (the kubelet's directory) at /var/local-disks",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            nodeConfigNodes(r, "dev-var-raid-nodes", [
                "  instance:",
                "    localStorage:",
                "      strategy: RAID0",
                "      mountPath: /var/local-disks",
            ]),
        refused: /localStorage\.mountPath to \/var\/local-disks, moving the kubelet's/,
        policy: EFFECTIVE,
    },
    // The same mountPath spelled with `..` and `//`: the kernel resolves it to /mnt/disks.
    {
        name: "a NodeConfig putting the RAID0 array at /mnt//k8s-disks/../disks (resolves to /mnt/disks)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            nodeConfigNodes(r, "dev-dots-raid-nodes", [
                "  instance:",
                "    localStorage:",
                "      strategy: RAID0",
                "      mountPath: /mnt//k8s-disks/../disks",
            ]),
        refused: /mountPath to \/mnt\/\/k8s-disks\/\.\.\/disks, under \/mnt/,
        policy: EFFECTIVE,
    },
    // pflag takes a flag's value as the next argument too: ["--root-dir", "/srv/kubelet"].
    {
        name: "a NodeConfig kubelet flag --root-dir with its value as the next list item (/srv/kubelet)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            nodeConfigNodes(r, "dev-rootdir2-nodes", [
                "  kubelet:",
                "    flags:",
                "      - --root-dir",
                "      - /srv/kubelet",
            ]),
        refused: /--root-dir to \/srv\/kubelet/,
        policy: EFFECTIVE,
    },
    // containerd 2.x config version 3: [plugins.'io.containerd.cri.v1.runtime'.cni] bin_dirs, a list (containerd
    // docs/cri/config.md).
    {
        name: "a NodeConfig containerd v3 config listing /srv/cni/bin among the CNI bin_dirs",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            nodeConfigNodes(r, "dev-cni3-nodes", [
                "  containerd:",
                "    config: |",
                "      version = 3",
                "      [plugins.'io.containerd.cri.v1.runtime'.cni]",
                "      bin_dirs = ['/opt/cni/bin', '/srv/cni/bin']",
            ]),
        refused: /bin_dirs\[1\] to \/srv\/cni\/bin, under \/srv/,
        policy: EFFECTIVE,
    },
    // containerd's root (default /var/lib/containerd, containerd docs/ops.md) moved: every image and snapshot there.
    {
        name: "a NodeConfig containerd config moving containerd's root to /var/lib/ctr",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            nodeConfigNodes(r, "dev-ctr-root-nodes", ["  containerd:", "    config: |", '      root = "/var/lib/ctr"']),
        refused: /containerd\.config root to \/var\/lib\/ctr/,
        policy: EFFECTIVE,
    },
    // The kubelet flag spelling of volumePluginDir (kubelet reference, --volume-plugin-dir).
    {
        name: "a NodeConfig kubelet flag --volume-plugin-dir=/mnt/flexvolume",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            nodeConfigNodes(r, "dev-flexflag-nodes", [
                "  kubelet:",
                "    flags:",
                "      - --volume-plugin-dir=/mnt/flexvolume",
            ]),
        refused: /--volume-plugin-dir to \/mnt\/flexvolume, under \/mnt/,
        policy: EFFECTIVE,
    },
    // A custom host container as a TOML inline table under [settings.host-containers].
    {
        name: "a Bottlerocket custom host container written as an inline table",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r =>
            bottlerocket(r, [
                "[settings.host-containers]",
                'inspector = { enabled = true, source = "public.ecr.aws/example/inspector:2.1" }',
            ]),
        refused: /host container inspector .*API socket/,
        policy: EFFECTIVE,
    },
    // Bottlerocket's repository name from another ECR account is not Bottlerocket's image.
    {
        name: "a Bottlerocket control container from another account's bottlerocket-control repository",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r =>
            bottlerocket(r, [
                "[settings.host-containers.control]",
                "enabled = true",
                'source = "444455556666.dkr.ecr.us-east-1.amazonaws.com/bottlerocket-control:v0.8.0"',
            ]),
        refused: /host container control from 444455556666/,
        policy: EFFECTIVE,
    },
    // A bootstrap command turning on a control container whose replaced image the user data left off: the settings
    // land on the user data's (bottlerocket.dev "Bootstrap Commands").
    {
        name: "a Bottlerocket control container off with a replaced image, turned on by a bootstrap command (key=value)",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r =>
            bottlerocket(r, [
                "[settings.host-containers.control]",
                "enabled = false",
                'source = "registry.example.net/ops/control:2.0"',
                "[settings.bootstrap-commands.20-control]",
                "commands = [['apiclient', 'set', 'settings.host-containers.control.enabled=true']]",
                'mode = "always"',
            ]),
        refused: /bootstrap command 20-control runs Bottlerocket host container control from registry\.example\.net/,
        policy: EFFECTIVE,
    },
    // `apiclient apply` reads a settings document from a file or URI the pack cannot see (apiclient README).
    {
        name: "a Bottlerocket bootstrap command running apiclient apply from a URI",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r =>
            bottlerocket(r, [
                "[settings.bootstrap-commands.05-apply]",
                "commands = [['apiclient', 'apply', '--from-file', 's3://example-bucket/node-settings.toml']]",
                'mode = "always"',
            ]),
        refused: /bootstrap command 05-apply cannot be read/,
        policy: EFFECTIVE,
    },
    // oci-defaults written as an inline table, with the BPF capability (capabilities(7)).
    {
        name: "a Bottlerocket oci-defaults inline table giving every container CAP_BPF",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r => bottlerocket(r, ["[settings.oci-defaults]", "capabilities = { bpf = true, chown = true }"]),
        refused: /oci-defaults\.capabilities\.bpf: every container on the node starts with CAP_BPF/,
        policy: EFFECTIVE,
    },
    // The same capability set by a bootstrap command with apiclient set -j.
    {
        name: "a Bottlerocket bootstrap command setting oci-defaults SYS_ADMIN through apiclient set -j",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r =>
            bottlerocket(r, [
                "[settings.bootstrap-commands.30-caps]",
                `commands = [['apiclient', 'set', '-j', '{"oci-defaults": {"capabilities": {"sys-admin": true}}}']]`,
                'mode = "once"',
            ]),
        refused: /bootstrap command 30-caps sets oci-defaults\.capabilities\.sys-admin/,
        policy: EFFECTIVE,
    },
    // A gz+b64 systemd unit (cloud-init "Write Files" encodings) whose ExecStart adds an SSH key.
    {
        name: "a cloud-config writing a gz+b64 systemd unit that adds an SSH key for ec2-user",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            cloudConfigNodes(r, "dev-gz-unit-nodes", [
                "write_files:",
                "  - path: /etc/systemd/system/oncall.service",
                "    encoding: gz+b64",
                `    content: ${b64(
                    gzipSync(
                        `[Service]\nType=oneshot\nExecStart=/bin/sh -c "echo '${SSH_KEY}' >> /home/ec2-user/.ssh/authorized_keys"\n`,
                    ),
                )}`,
            ]),
        refused: /installs an SSH authorized key/,
        policy: EFFECTIVE,
    },
    // `//` in a write_files path names the same file: containerd's own configuration stays judged (round 78: by the
    // containerd reader, its TCP API without client certificates refused).
    {
        name: "a cloud-config writing /etc//containerd/config.toml",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            cloudConfigNodes(r, "dev-slashes-nodes", [
                "write_files:",
                "  - path: /etc//containerd/config.toml",
                "    content: |",
                "      [grpc]",
                '      tcp_address = "0.0.0.0:10010"',
            ]),
        refused: /writes \/etc\/containerd\/config\.toml/,
        policy: EFFECTIVE,
    },
    // A hosts.toml path that climbs out of certs.d is containerd's config, not a registry host.
    {
        name: "a cloud-config writing /etc/containerd/certs.d/docker.io/../../config.toml",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            cloudConfigNodes(r, "dev-climb-nodes", [
                "write_files:",
                "  - path: /etc/containerd/certs.d/docker.io/../../config.toml",
                "    content: |",
                "      [grpc]",
                '      tcp_address = "0.0.0.0:10010"',
            ]),
        refused: /writes \/etc\/containerd\/config\.toml/,
        policy: EFFECTIVE,
    },
    // A registry host whose CA file sits where pods write: they choose whom the node trusts for images.
    {
        name: "a cloud-config hosts.toml trusting a CA file under /data",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            cloudConfigNodes(r, "dev-hosts-ca-nodes", [
                "write_files:",
                "  - path: /etc/containerd/certs.d/docker.io/hosts.toml",
                "    content: |",
                '      server = "https://registry-1.docker.io"',
                '      [host."https://mirror.example.net"]',
                '        capabilities = ["pull", "resolve"]',
                '        ca = "/data/certs/mirror-ca.pem"',
            ]),
        refused: /hosts\.toml sets host\.https:\/\/mirror\.example\.net\.ca to \/data\/certs\/mirror-ca\.pem/,
        policy: EFFECTIVE,
    },
    // YAML configurationValues with `..` and `//` in the path (the node resolves them).
    {
        name: "the CloudWatch add-on's YAML configurationValues naming /rootfs/var/log/..//lib/kubelet/pods",
        stack: "prod",
        edit: r =>
            cloudwatchAddon(
                r,
                [
                    "agent:",
                    "  config:",
                    "    logs:",
                    "      logs_collected:",
                    "        files:",
                    "          collect_list:",
                    "            - file_path: /rootfs/var/log/..//lib/kubelet/pods/*/volumes/*/*/token",
                    "              log_group_name: /eks/prod-validators/node-files",
                ].join("\n"),
            ),
        refused: /configurationValues name a node path holding credentials \(\/rootfs\/var\/lib\/kubelet\//,
    },
];

const secure: NodeCase[] = [
    {
        name: "a NodeConfig with RAID0 at its default mountPath spelled out (/mnt/k8s-disks/)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            nodeConfigNodes(r, "dev-default-raid-nodes", [
                "  instance:",
                "    localStorage:",
                "      strategy: RAID0",
                "      mountPath: /mnt/k8s-disks/",
            ]),
    },
    {
        name: "a NodeConfig with the kubelet's default root dir and plugin dir spelled out, and resolv.conf from systemd-resolved",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            nodeConfigNodes(r, "dev-default-paths-nodes", [
                "  kubelet:",
                "    config:",
                "      volumePluginDir: /usr/libexec/kubernetes/kubelet-plugins/volume/exec/",
                "      resolvConf: /run/systemd/resolve/resolv.conf",
                "    flags:",
                "      - --root-dir=/var/lib/kubelet",
                "      - --node-labels=custody/tier=signer",
            ]),
    },
    {
        name: "a NodeConfig containerd config with the CNI binaries in /opt/cni/bin and registry hosts in certs.d",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            nodeConfigNodes(r, "dev-default-cni-nodes", [
                "  containerd:",
                "    config: |",
                '      [plugins."io.containerd.grpc.v1.cri".cni]',
                '      bin_dir = "/opt/cni/bin"',
                '      conf_dir = "/etc/cni/net.d"',
                '      [plugins."io.containerd.grpc.v1.cri".registry]',
                '      config_path = "/etc/containerd/certs.d"',
            ]),
    },
    {
        name: "a Bottlerocket control container on with Bottlerocket's own image (public ECR and the regional account)",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r =>
            bottlerocket(r, [
                "[settings.host-containers.control]",
                "enabled = true",
                'source = "public.ecr.aws/bottlerocket/bottlerocket-control:v0.8.2"',
                "[settings.host-containers.admin]",
                "enabled = false",
                'source = "328549459982.dkr.ecr.us-east-1.amazonaws.com/bottlerocket-admin:v0.11.2"',
                "[settings.host-containers.node-debug]",
                "enabled = false",
                'source = "public.ecr.aws/example/node-debug:1.4.0"',
            ]),
    },
    {
        name: "Bottlerocket bootstrap commands setting the motd, lockdown and a sysctl (key=value and --json)",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r =>
            bottlerocket(r, [
                "[settings.bootstrap-commands.10-tuning]",
                "commands = [['apiclient', 'set', 'motd=hello', 'kernel.lockdown=integrity'], ['apiclient', 'set', '--json', '{\"kernel\": {\"sysctl\": {\"vm.max_map_count\": \"262144\"}}}']]",
                'mode = "always"',
                "essential = true",
            ]),
    },
    {
        name: "Bottlerocket oci-defaults dropping NET_RAW and raising open-file limits",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r =>
            bottlerocket(r, [
                "[settings.oci-defaults.capabilities]",
                "net-raw = false",
                "chown = true",
                "[settings.oci-defaults.resource-limits.max-open-files]",
                "soft-limit = 65536",
                "hard-limit = 1048576",
            ]),
    },
    {
        name: "a cloud-config writing a base64 sysctl file and a gz+b64 per-boot script that reloads sysctls",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            cloudConfigNodes(r, "dev-encoded-files-nodes", [
                "write_files:",
                "  - path: /etc/sysctl.d/99-net.conf",
                "    encoding: base64",
                `    content: ${b64("net.core.somaxconn = 4096\n")}`,
                "  - path: /var/lib/cloud/scripts/per-boot/10-sysctl.sh",
                "    permissions: '0755'",
                "    encoding: gzip+base64",
                `    content: ${b64(gzipSync("#!/bin/sh\nsysctl --system\n"))}`,
            ]),
    },
    {
        name: "a cloud-config hosts.toml for the default registry namespace trusting the node's corporate CA",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            cloudConfigNodes(r, "dev-default-hosts-nodes", [
                "write_files:",
                "  - path: /etc/containerd/certs.d/_default/hosts.toml",
                "    content: |",
                '      [host."https://registry.example.net"]',
                '        capabilities = ["pull", "resolve"]',
                '        ca = "/etc/pki/ca-trust/source/anchors/corp.pem"',
            ]),
    },
    {
        name: "the CloudWatch add-on collecting the node's /var/log/messages, its path written with JSON \\/ escapes",
        stack: "prod",
        edit: r => cloudwatchAddon(r, collectList("\\/rootfs\\/var\\/log\\/messages")),
    },
];

describeNodeCases(
    "node round 20 neighbours: node paths under pod-writable data, Bottlerocket host containers and commands, encoded files, add-on paths",
    insecure,
    secure,
);
