/**
 * Builders shared by the EKS node tests (redteam19..23-node, node20..22, userData): user data (MIME, nodeadm
 * NodeConfig, cloud-config, shell parts, Bottlerocket TOML), node groups carrying it, hostPath DaemonSets, add-ons, and
 * the insecure/secure case runner.
 */
import { PackConfig } from "../../../policy-pack/model/packConfig";
import { nodePolicyConfig, runWithConfig } from "./packRunner";
import { assertClean, assertRefused, Resources, stackResources } from "./support";
import { aws, k8s, managedNodes, restricted } from "./variantBuilders";

/** The policy judging effective access to custody (where node findings land). */
export const EFFECTIVE = "custody-effective-access";
/** The account of the committed stacks' clusters. */
export const PRIMARY = "111111111111";
/** The EKS cluster of each stack. */
export const CLUSTER: Record<string, string> = {
    dev: "dev-validators",
    prod: "prod-validators",
    "pod-identity": "prod-validators",
};
/** The Bottlerocket node group's account, cluster and AMI type (the basil stack). */
export const BASIL_NODES = { account: "111122223333", cluster: "basil-cluster", amiType: "BOTTLEROCKET_x86_64" };
/** An example SSH public key. */
export const SSH_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOnly ops@example";
/** A container securityContext meeting the restricted Pod Security level (non-root). */
export const NON_ROOT = { ...restricted };
/** A container that may run as uid 0 but holds no capability and cannot gain privileges (Baseline-compliant). */
export const rootNoCaps = {
    allowPrivilegeEscalation: false,
    capabilities: { drop: ["ALL"] },
    seccompProfile: { type: "RuntimeDefault" },
};

/** Base64 of `text` (launch template user data is base64). */
export const b64 = (text: string | Buffer) => Buffer.from(text).toString("base64");

/** One part of MIME multi-part user data (extra part headers in `headers`). */
export type MimePart = { type: string; body: string; headers?: string[] };

/** MIME multi-part user data with the given parts, delimited by `boundary`. */
export function mime(parts: MimePart[], boundary = "BOUNDARY"): string {
    return [
        "MIME-Version: 1.0",
        `Content-Type: multipart/mixed; boundary="${boundary}"`,
        "",
        ...parts.flatMap(p => [`--${boundary}`, `Content-Type: ${p.type}`, ...(p.headers ?? []), "", p.body, ""]),
        `--${boundary}--`,
        "",
    ].join("\n");
}

/** The cluster block of a NodeConfig's spec for cluster `name`. */
export const clusterSpec = (name: string) => [
    "  cluster:",
    `    name: ${name}`,
    "    apiServerEndpoint: https://EXAMPLE.gr7.eu-west-1.eks.amazonaws.com",
    "    certificateAuthority: Y2VydGlmaWNhdGVBdXRob3JpdHk=",
    "    cidr: 10.100.0.0/16",
];

/** A nodeadm NodeConfig with the cluster block and `spec` lines (indented two spaces under spec). */
export const nodeConfig = (spec: string[], cluster = CLUSTER.dev) =>
    ["apiVersion: node.eks.aws/v1alpha1", "kind: NodeConfig", "spec:", ...clusterSpec(cluster), ...spec].join("\n");

/** A MIME part: cloud-config with `lines`. */
export const cloudConfig = (lines: string[]): MimePart => ({
    type: "text/cloud-config",
    body: ["#cloud-config", ...lines].join("\n"),
});

/** A MIME part: a bash script (`set -euo pipefail`) with `lines`, of `type`. */
export const shellScript = (lines: string[], type = "text/x-shellscript"): MimePart => ({
    type,
    body: ["#!/bin/bash", "set -euo pipefail", ...lines].join("\n"),
});

/** AL2023 user data: the NodeConfig joining the dev cluster, then `part`. */
export const withPart = (part: MimePart) => mime([{ type: "application/node.eks.aws", body: nodeConfig([]) }, part]);

/** AL2023 user data: the NodeConfig joining the cluster and one cloud-config part. */
export const withCloudConfig = (lines: string[]) => withPart(cloudConfig(lines));

/** AL2023 user data: a shell script part run by cloud-init before nodeadm starts the kubelet, then the NodeConfig. */
export const withScript = (lines: string[]) =>
    mime([
        shellScript(lines, 'text/x-shellscript; charset="us-ascii"'),
        { type: "application/node.eks.aws", body: nodeConfig([]) },
    ]);

/** An AL2023 managed node group of the dev cluster whose launch template carries `userData` (base64). */
export const al2023Nodes = (r: Resources, name: string, userData: string) =>
    managedNodes(r, { account: PRIMARY, cluster: CLUSTER.dev }, name, { userData: b64(userData) });

/** The basil stack's Bottlerocket node group with TOML settings `lines` as user data. */
export const bottlerocket = (r: Resources, lines: string[]) =>
    managedNodes(r, BASIL_NODES, "basil-bottlerocket", { userData: b64(lines.join("\n")) });

/**
 * A DaemonSet of the stack in `ns` whose container (securityContext `sc`) mounts node path `path` at `/${volume}`
 * (read-write unless `readOnly`; hostPath type `type`, none if null).
 */
export function hostPathDaemonSet(
    r: Resources,
    name: string,
    ns: string,
    path: string,
    sc: object = {},
    readOnly = false,
    type: string | null = "DirectoryOrCreate",
    volume = "node-dir",
): void {
    k8s(r, "kubernetes:apps/v1:DaemonSet", name, {
        apiVersion: "apps/v1",
        kind: "DaemonSet",
        metadata: { name, namespace: ns },
        spec: {
            selector: { matchLabels: { app: name } },
            template: {
                metadata: { labels: { app: name } },
                spec: {
                    containers: [
                        {
                            name,
                            image: `registry.example.com/${name}:1.0.0`,
                            securityContext: sc,
                            volumeMounts: [{ name: volume, mountPath: `/${volume}`, readOnly }],
                        },
                    ],
                    volumes: [{ name: volume, hostPath: type === null ? { path } : { path, type } }],
                },
            },
        },
    });
}

/** An EKS add-on of the stack's cluster with `configurationValues` as given (a string, JSON or YAML). */
export function addon(
    r: Resources,
    stack: string,
    addonName: string,
    configurationValues?: string,
    addonVersion = "v1.0.0-eksbuild.1",
): void {
    aws(r, "aws:eks/addon:Addon", addonName, {
        clusterName: CLUSTER[stack],
        addonName,
        addonVersion,
        resolveConflictsOnUpdate: "OVERWRITE",
        arn: `arn:aws:eks:eu-west-1:${PRIMARY}:addon/${CLUSTER[stack]}/${addonName}/EXAMPLE`,
        ...(configurationValues !== undefined ? { configurationValues } : {}),
    });
}

/** The CloudWatch agent's logs section collecting `paths` (agent config, logs.logs_collected.files.collect_list). */
export const cloudWatchFiles = (...paths: string[]) =>
    JSON.stringify({
        agent: {
            config: {
                logs: {
                    logs_collected: {
                        files: {
                            collect_list: paths.map(file_path => ({
                                file_path,
                                log_group_name: "/eks/prod-validators/node-files",
                                log_stream_name: "{instance_id}",
                            })),
                        },
                    },
                },
            },
        },
    });

/** The prod cluster's CloudWatch observability add-on (v4.1.0) collecting each of `paths`. */
export const cloudwatchAddonFiles = (r: Resources, paths: string[]) =>
    addon(r, "prod", "amazon-cloudwatch-observability", cloudWatchFiles(...paths), "v4.1.0-eksbuild.1");

/** A variant of a committed stack: `edit` applied to its resources, refused matching `refused` (in `policy`) or clean. */
export type NodeCase = {
    name: string;
    stack: string;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    /** A known miss: `it.skip` unless REDTEAM_ALL=1. */
    skip?: boolean;
    config?: (c: PackConfig) => PackConfig;
};

/** A case on the dev stack (AL2023 managed nodes), judged by the node policies. */
export const devNodeCase = (name: string, edit: (r: Resources) => void, refused = /./, skip = false): NodeCase => ({
    name,
    stack: "dev",
    config: nodePolicyConfig,
    edit,
    refused,
    policy: EFFECTIVE,
    skip,
});

/** A dev node group `name` whose user data is the NodeConfig, then a bash part (`set -euo pipefail`, then `lines`). */
export const devNodeScript = (name: string, lines: string[]) => (r: Resources) =>
    al2023Nodes(r, name, withPart(shellScript(lines, 'text/x-shellscript; charset="us-ascii"')));

/**
 * A describe block running each insecure case (`refuses: stack: name`, refused by the whole pack) and each secure
 * case (`accepts: stack: name`, clean); cases marked `skip` are `it.skip` unless REDTEAM_ALL=1.
 */
export function describeNodeCases(title: string, insecure: NodeCase[], secure: NodeCase[]): void {
    const skipMisses = process.env.REDTEAM_ALL !== "1";
    describe(title, () => {
        for (const c of insecure)
            (c.skip && skipMisses ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
                const r = await stackResources(c.stack);
                c.edit(r);
                assertRefused(await runWithConfig(c.stack, r, c.config), c.refused ?? /./, c.policy);
            });
        for (const c of secure)
            (c.skip && skipMisses ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
                const r = await stackResources(c.stack);
                c.edit(r);
                assertClean(await runWithConfig(c.stack, r, c.config));
            });
    });
}

/** Lines writing a systemd unit `name` (a [Service] section with `service` lines), then enabling it. */
export const systemdUnit = (name: string, service: string[]) => [
    `cat > /etc/systemd/system/${name}.service <<'EOF'`,
    "[Unit]",
    `Description=${name}`,
    "After=network-online.target",
    "[Service]",
    ...service,
    "Restart=on-failure",
    "[Install]",
    "WantedBy=multi-user.target",
    "EOF",
    "systemctl daemon-reload",
    `systemctl enable --now ${name}`,
];

/** Lines writing the file `path` with `lines` (a heredoc), its directory made first. */
export const heredocFile = (path: string, lines: string[]) => [
    `mkdir -p ${path.slice(0, path.lastIndexOf("/"))}`,
    `cat > ${path} <<'EOF'`,
    ...lines,
    "EOF",
];
