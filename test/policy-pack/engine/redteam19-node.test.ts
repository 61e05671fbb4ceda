// Red-team round 19 on the EKS node level (fresh eyes): node user data the launch-template reader does not decode
// (a nodeadm NodeConfig part that is itself base64 or gzip, gzip-compressed cloud-config), cloud-init settings other
// than top-level ssh_authorized_keys (a user's keys in flow style, write_files into authorized_keys, a password with
// SSH password login), Bottlerocket TOML in other spellings (inline tables, quoted keys), and an AWS add-on whose
// configurationValues ship every pod's token to CloudWatch Logs; and what a careful platform team runs (the same
// shapes, closed). Insecure variants the whole pack must refuse, secure ones it must accept; the pack's misses are
// `it.skip` with a MISS comment.
import { gzipSync } from "zlib";
import { nodePolicyConfig } from "./packRunner";
import { Resources } from "./support";
import { aws, IMDS_SAFE, k8s, nodeRole, restricted } from "./variantBuilders";
import {
    b64,
    BASIL_NODES,
    CLUSTER,
    describeNodeCases,
    EFFECTIVE,
    mime as mimeParts,
    NodeCase,
    PRIMARY,
    SSH_KEY,
} from "./nodeBuilders";

/** A managed node group on its own launch template (closed instance metadata plus `extra`), EC2-only node role. */
function managedNodes(
    r: Resources,
    stack: string,
    name: string,
    extra: Record<string, unknown> = {},
    at: { account: string; cluster: string; amiType: string } = {
        account: PRIMARY,
        cluster: CLUSTER[stack],
        amiType: "AL2023_x86_64_STANDARD",
    },
): void {
    const arn = nodeRole(r, at.account, name);
    aws(r, "aws:ec2/launchTemplate:LaunchTemplate", name, {
        name,
        id: "lt-0c1d2e3f4a5b6c7d8",
        latestVersion: 1,
        defaultVersion: 1,
        metadataOptions: IMDS_SAFE,
        ...extra,
    });
    aws(r, "aws:eks/nodeGroup:NodeGroup", name, {
        clusterName: at.cluster,
        nodeGroupName: name,
        nodeRoleArn: arn,
        amiType: at.amiType,
        subnetIds: ["subnet-0a1b2c3d4e5f60718"],
        scalingConfig: { desiredSize: 2, maxSize: 4, minSize: 2 },
        launchTemplate: { id: "lt-0c1d2e3f4a5b6c7d8", version: "1" },
    });
}

/** A self-managed node: an EC2 instance with an EC2-only node role, its profile, closed IMDS, an EC2_LINUX entry. */
function selfManagedInstance(r: Resources, stack: string, name: string, extra: Record<string, unknown> = {}): void {
    const arn = nodeRole(r, PRIMARY, name);
    aws(r, "aws:iam/instanceProfile:InstanceProfile", name, {
        name,
        arn: `arn:aws:iam::${PRIMARY}:instance-profile/${name}`,
        role: name,
    });
    aws(r, "aws:ec2/instance:Instance", name, {
        ami: "ami-0abcdef1234567890",
        instanceType: "m6i.large",
        subnetId: "subnet-0a1b2c3d4e5f60718",
        iamInstanceProfile: name,
        metadataOptions: IMDS_SAFE,
        ...extra,
    });
    aws(r, "aws:eks/accessEntry:AccessEntry", `${name}-entry`, {
        clusterName: CLUSTER[stack],
        principalArn: arn,
        type: "EC2_LINUX",
    });
}
/** MIME multi-part user data with one part of `type` (extra part headers in `headers`). */
const mime = (type: string, body: string, headers: string[] = []) => mimeParts([{ type, body, headers }]);

/** A nodeadm NodeConfig merging `kubelet` into the kubelet's configuration (YAML). */
function nodeConfig(kubelet: string[]): string {
    return [
        "apiVersion: node.eks.aws/v1alpha1",
        "kind: NodeConfig",
        "spec:",
        "  kubelet:",
        "    config:",
        ...kubelet.map(l => `      ${l}`),
    ].join("\n");
}

const bottlerocket = (r: Resources, lines: string[]) =>
    managedNodes(r, "basil", "basil-bottlerocket", { userData: b64(lines.join("\n")) }, BASIL_NODES);

const cloudConfigNodes = (r: Resources, body: string) =>
    managedNodes(r, "dev", "dev-cloudinit-nodes", { userData: b64(mime("text/cloud-config", body)) });

/** An EKS add-on of the stack's cluster with `configurationValues` (JSON). */
function addon(r: Resources, stack: string, addonName: string, config?: object): void {
    aws(r, "aws:eks/addon:Addon", addonName, {
        clusterName: CLUSTER[stack],
        addonName,
        addonVersion: "v4.1.0-eksbuild.1",
        resolveConflictsOnUpdate: "OVERWRITE",
        arn: `arn:aws:eks:eu-west-1:${PRIMARY}:addon/${CLUSTER[stack]}/${addonName}/EXAMPLE`,
        ...(config ? { configurationValues: JSON.stringify(config) } : {}),
    });
}

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 19; insecure accepted): nodeAccessOf base64-decodes the launch template's userData once, then matches text; nodeadm
    // base64-decodes each application/node.eks.aws part again when it decodes (awslabs/amazon-eks-ami
    // nodeadm/internal/configprovider/mime.go ParseMultipart: decodeIfBase64, then decompressIfGZIP). So a part that is
    // base64 of a NodeConfig setting kubelet authentication.anonymous.enabled and authorization.mode AlwaysAllow is read
    // by the node, not by the pack: any caller of the kubelet on 10250 execs into the node's pods (CIS 4.2.1, 4.2.2),
    // the same setting the pack refuses in a plain part.
    {
        name: "an AL2023 node group whose nodeadm NodeConfig part is itself base64 (authorization AlwaysAllow, anonymous auth)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            managedNodes(r, "dev", "dev-b64-part-nodes", {
                userData: b64(
                    mime(
                        "application/node.eks.aws",
                        b64(
                            nodeConfig([
                                "authentication:",
                                "  anonymous:",
                                "    enabled: true",
                                "authorization:",
                                "  mode: AlwaysAllow",
                            ]),
                        ),
                    ),
                ),
            }),
        refused: /AlwaysAllow|anonymous|kubelet|user data/i,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 19; insecure accepted): same reader, the part gzip-compressed (then base64, as MIME carries it): nodeadm's
    // decompressIfGZIP (nodeadm/internal/configprovider/encoding.go, gzip magic 0x1f8b) opens it; the pack never
    // decompresses, so the kubelet's AlwaysAllow authorization it refuses in plain text passes.
    {
        name: "an AL2023 node group whose nodeadm NodeConfig part is gzip-compressed (authorization AlwaysAllow)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            managedNodes(r, "dev", "dev-gzip-part-nodes", {
                userData: b64(
                    mime(
                        "application/node.eks.aws",
                        b64(gzipSync(nodeConfig(["authorization:", "  mode: AlwaysAllow"]))),
                    ),
                ),
            }),
        refused: /AlwaysAllow|kubelet|user data/i,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 19; insecure accepted): cloud-init "User-Data Formats": "Gzip Compressed Content ... will be uncompressed" and
    // then used as is; nodeadm does the same for the whole user data (nodeadm/internal/configprovider/userdata.go:
    // decodeIfBase64, decompressIfGZIP, then ParseMaybeMultipart). The pack base64-decodes to gzip bytes and matches
    // nothing, so the ssh_authorized_keys it refuses in plain text (SSH with sudo on a node: its pods' tokens, the node
    // identity) passes once compressed, the usual way to fit the 16 KB user-data limit.
    {
        name: "a self-managed node whose whole user data is gzip-compressed (MIME: its NodeConfig and a cloud-config part) adding an SSH key for ec2-user",
        stack: "pod-identity",
        config: nodePolicyConfig,
        edit: r =>
            selfManagedInstance(r, "pod-identity", "self-managed-gzip", {
                userDataBase64: b64(
                    gzipSync(
                        [
                            "MIME-Version: 1.0",
                            'Content-Type: multipart/mixed; boundary="BOUNDARY"',
                            "",
                            "--BOUNDARY",
                            "Content-Type: application/node.eks.aws",
                            "",
                            "apiVersion: node.eks.aws/v1alpha1",
                            "kind: NodeConfig",
                            "spec:",
                            "  cluster:",
                            "    name: prod-validators",
                            "    apiServerEndpoint: https://EXAMPLE.gr7.eu-west-1.eks.amazonaws.com",
                            "    certificateAuthority: Y2VydGlmaWNhdGVBdXRob3JpdHk=",
                            "    cidr: 10.100.0.0/16",
                            "",
                            "--BOUNDARY",
                            "Content-Type: text/cloud-config",
                            "",
                            "#cloud-config",
                            "ssh_authorized_keys:",
                            `  - ${SSH_KEY}`,
                            "",
                            "--BOUNDARY--",
                            "",
                        ].join("\n"),
                    ),
                ),
            }),
        refused: /SSH|key|user data/i,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 19; insecure accepted): the cloud-init check is a line-start regexp for ssh_authorized_keys; cloud-config is YAML,
    // and a users entry in flow style (cloud-init module reference, "Users and Groups": sudo, ssh_authorized_keys per
    // user) puts the key mid-line. A passwordless sudoer with the key holder's SSH key on every node: the same root
    // shell as keyName, which the pack refuses.
    {
        name: "an AL2023 node group whose cloud-config adds a passwordless sudoer with an SSH key (users list in flow style)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            cloudConfigNodes(
                r,
                `#cloud-config\nusers: [default, {name: oncall, groups: wheel, sudo: "ALL=(ALL) NOPASSWD:ALL", ssh_authorized_keys: ["${SSH_KEY}"]}]\n`,
            ),
        refused: /SSH|key|user data/i,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 19; insecure accepted): cloud-init module reference, "Write Files" (path, content, append, permissions, defer:
    // written in the final stage, after users exist) installs the key in ec2-user's authorized_keys (sshd's default
    // AuthorizedKeysFile; ec2-user is a passwordless sudoer on the EKS AL2023 AMI). Only ssh_authorized_keys is read.
    {
        name: "an AL2023 node group whose cloud-config write_files appends a key to /home/ec2-user/.ssh/authorized_keys",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            cloudConfigNodes(
                r,
                [
                    "#cloud-config",
                    "write_files:",
                    "  - path: /home/ec2-user/.ssh/authorized_keys",
                    "    append: true",
                    "    permissions: '0600'",
                    `    content: "${SSH_KEY}"`,
                    "    defer: true",
                ].join("\n"),
            ),
        refused: /SSH|authorized|key|user data/i,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 19; insecure accepted): cloud-init module reference, "Set Passwords": chpasswd sets ec2-user's password and
    // ssh_pwauth: true turns on sshd PasswordAuthentication; anyone who reads the user data (ec2:DescribeInstanceAttribute
    // or the launch template version) logs into every node as a sudoer. Not read by nodeAccessOf.
    {
        name: "an AL2023 node group whose cloud-config sets ec2-user's password and turns on SSH password login",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            cloudConfigNodes(
                r,
                [
                    "#cloud-config",
                    "ssh_pwauth: true",
                    "chpasswd:",
                    "  expire: false",
                    "  list: |",
                    "    ec2-user:Break-Glass-2024",
                ].join("\n"),
            ),
        refused: /SSH|password|user data/i,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 19; insecure accepted): TOML v1.0 "Inline Table": admin = { enabled = true } under [settings.host-containers] is
    // settings.host-containers.admin.enabled = true, which Bottlerocket reads (bottlerocket.dev,
    // settings.host-containers.admin: SSH into a root shell on the node). The admin patterns match [..admin] tables,
    // dotted keys (admin.enabled) and JSON, not an inline table.
    {
        name: "a Bottlerocket node group turning on the admin container as an inline table (admin = { enabled = true } under [settings.host-containers])",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r => bottlerocket(r, ["[settings.host-containers]", "admin = { enabled = true, superpowered = false }"]),
        refused: /admin|host container|user data/i,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 19; insecure accepted): TOML v1.0 "Keys" and "Table": quoted keys are allowed in table headers
    // ([dog."tater.man"]), and "host-containers" quoted names the same key; the pattern wants the bare spelling.
    {
        name: 'a Bottlerocket node group turning on the admin container under a quoted table header [settings."host-containers".admin]',
        stack: "basil",
        config: nodePolicyConfig,
        edit: r => bottlerocket(r, ['[settings."host-containers".admin]', "enabled = true"]),
        refused: /admin|host container|user data/i,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 19; insecure accepted): TOML v1.0 "Table": whitespace around the key and around the dots is ignored
    // ([ j . "k" . 'l' ] is [j."k".'l']), so [ settings . host-containers . admin ] is the admin container's table.
    {
        name: "a Bottlerocket node group turning on the admin container with whitespace in the table header ([ settings.host-containers.admin ])",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r => bottlerocket(r, ["[ settings . host-containers . admin ]", "enabled = true"]),
        refused: /admin|host container|user data/i,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 19; insecure accepted): AWS add-ons are accepted whatever their configurationValues (engine/opaque.ts AWS_ADDONS;
    // only community add-ons are screened). The add-on's CloudWatch agent mounts the node's / at /rootfs and takes
    // agent.config as its agent configuration (aws-observability/helm-charts amazon-cloudwatch-observability,
    // templates/linux/cloudwatch-agent-daemonset.yaml; CloudWatch docs "Configuring the add-on and the Helm chart":
    // the add-on and chart share configuration values), whose logs.logs_collected.files.collect_list tails any file
    // (CloudWatch agent configuration file, "logs" section). Pointed at the kubelet's projected token files it ships every
    // pod's IRSA/Pod Identity token (the signer's included) to a log group anyone with logs:GetLogEvents reads.
    {
        name: "the amazon-cloudwatch-observability add-on whose agent config ships every pod's projected token file (/rootfs/var/lib/kubelet/pods) to CloudWatch Logs",
        stack: "prod",
        edit: r =>
            addon(r, "prod", "amazon-cloudwatch-observability", {
                agent: {
                    config: {
                        logs: {
                            logs_collected: {
                                files: {
                                    collect_list: [
                                        {
                                            file_path:
                                                "/rootfs/var/lib/kubelet/pods/*/volumes/kubernetes.io~projected/*/token",
                                            log_group_name: "/eks/prod-validators/node-files",
                                            log_stream_name: "{instance_id}",
                                        },
                                    ],
                                },
                            },
                        },
                    },
                },
            }),
        refused: /cloudwatch|add-on|configurationValues|token/i,
        policy: EFFECTIVE,
    },
];

const secure: NodeCase[] = [
    {
        name: "an AL2023 node group whose nodeadm NodeConfig part is base64 and only sets maxPods and an eviction threshold",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            managedNodes(r, "dev", "dev-b64-part-nodes", {
                userData: b64(
                    mime(
                        "application/node.eks.aws",
                        b64(nodeConfig(["maxPods: 58", "evictionHard:", '  memory.available: "200Mi"'])),
                    ),
                ),
            }),
    },
    {
        name: "a Bottlerocket node group with inline tables: admin = { enabled = false } and node labels",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r =>
            bottlerocket(r, [
                "[settings.host-containers]",
                "admin = { enabled = false }",
                "[settings.kubernetes]",
                'node-labels = { "custody/tier" = "signer" }',
                "max-pods = 58",
            ]),
    },
    {
        name: "an AL2023 node group whose cloud-config keeps password SSH off and only sets the timezone (users: [default])",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => cloudConfigNodes(r, "#cloud-config\nusers: [default]\nssh_pwauth: false\ntimezone: UTC\n"),
    },
    {
        name: "the amazon-cloudwatch-observability add-on with configurationValues that only turn off container logs",
        stack: "prod",
        edit: r => addon(r, "prod", "amazon-cloudwatch-observability", { containerLogs: { enabled: false } }),
    },
    {
        name: "a non-root DaemonSet reading the kubelet's PodResources socket directory read-only (device inventory)",
        stack: "prod",
        edit: r =>
            k8s(r, "kubernetes:apps/v1:DaemonSet", "device-inventory", {
                apiVersion: "apps/v1",
                kind: "DaemonSet",
                metadata: { name: "device-inventory", namespace: "monitoring" },
                spec: {
                    selector: { matchLabels: { app: "device-inventory" } },
                    template: {
                        metadata: { labels: { app: "device-inventory" } },
                        spec: {
                            containers: [
                                {
                                    name: "device-inventory",
                                    image: "registry.example.com/device-inventory:1.0.0",
                                    securityContext: restricted,
                                    volumeMounts: [
                                        { name: "pod-resources", mountPath: "/pod-resources", readOnly: true },
                                    ],
                                },
                            ],
                            volumes: [
                                {
                                    name: "pod-resources",
                                    hostPath: { path: "/var/lib/kubelet/pod-resources", type: "Directory" },
                                },
                            ],
                        },
                    },
                },
            }),
    },
];

describeNodeCases(
    "allowlist: red-team round 19 on the EKS node level (user data encodings, cloud-init, Bottlerocket TOML, add-on config)",
    insecure,
    secure,
);
