// Red-team round 27 on EKS NODE user data and launchers (fresh eyes), against engine/userData.ts, engine/rootReads.ts
// and engine/shell.ts. Insecure shapes here hand a pod that writes /data or /srv a node directory root runs from (a
// bind of /opt/cni/bin, /usr/local/bin or /var/log INTO a data directory: the bind judge knows only NODE_SECRETS), put
// the node role's instance-metadata credentials where pods read them (fetched by curl, exported by the AWS CLI), let
// pods' packets reach instance metadata despite hop limit 1 (iptables TTL mangling, no address named), give the EC2
// serial console a root shell (systemd.debug_shell on the kernel command line) and give the Bottlerocket kubelet a
// second client CA (settings.kubernetes.cluster-certificate bundle). Secure neighbours must stay clean. The pack's
// misses are `it.skip` (describeNodeCases `skip`) with a MISS comment and the doc checked.
import { nodePolicyConfig } from "./packRunner";
import {
    al2023Nodes,
    bottlerocket,
    describeNodeCases,
    EFFECTIVE,
    hostPathDaemonSet,
    NodeCase,
    rootNoCaps,
    withCloudConfig,
    withScript,
} from "./nodeBuilders";
import { Resources } from "./support";

/** An AL2023 node group of the dev stack with `userData`, beside a Baseline DaemonSet (uid 0, no capabilities) writing `dir`. */
const withDataWriter = (r: Resources, name: string, userData: string, dir = "/data") => {
    al2023Nodes(r, name, userData);
    hostPathDaemonSet(r, `${name}-data`, "node-agents", dir, rootNoCaps);
};

/** cloud-config write_files lines writing `content` to `path`. */
const writeFile = (path: string, content: string[]) => [
    `  - path: ${path}`,
    "    content: |",
    ...content.map(l => `      ${l}`),
];

/** A PEM block (example text only). */
const pem = (body: string) => ["-----BEGIN CERTIFICATE-----", body, "-----END CERTIFICATE-----"].join("\n");
/** Base64 of the cluster's CA alone, and of a bundle of the cluster's CA and a second CA. */
const clusterCA = Buffer.from(pem("MIIClusterCAExampleOnly")).toString("base64");
const caBundle = Buffer.from([pem("MIIClusterCAExampleOnly"), pem("MIIMeshCAExampleOnly")].join("\n")).toString(
    "base64",
);

/** The basil Bottlerocket node group's [settings.kubernetes] lines with `certificate` as its cluster CA. */
const bottlerocketKubernetes = (certificate: string) => [
    "[settings.kubernetes]",
    'cluster-name = "basil-cluster"',
    'api-server = "https://EXAMPLE.gr7.eu-west-1.eks.amazonaws.com"',
    `cluster-certificate = "${certificate}"`,
    "[settings.host-containers.admin]",
    "enabled = false",
];

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 27): cloud-init "Mounts" (cc_mounts: an fs_spec that is no block device is written to /etc/fstab as given) and
    // mount(8) --bind: /opt/cni/bin appears at /data/cni-bin, so the Baseline DaemonSet writing /data (uid 0, the
    // pack's allowed writable hostPath) replaces the CNI plugins containerd runs as root for every pod sandbox
    // (containerd docs/cri/config.md [plugins."io.containerd.grpc.v1.cri".cni] bin_dir, default /opt/cni/bin). The
    // pack refuses a NodeConfig bin_dir under /data (node20) and a symlink /opt/cni/bin -> /data (redteam24), but
    // userData.ts bindOpenings judges a bind only by podSpec.ts NODE_SECRETS (kubelet/containerd directories), and
    // rootReads accepts "mounts at it". The careless editor's way to let a stack CNI-installer DaemonSet write
    // /opt/cni/bin without a refused hostPath.
    {
        name: "cloud-config mounts binding /opt/cni/bin at /data/cni-bin (a stack DaemonSet writing /data installs the CNI plugins root runs)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            withDataWriter(
                r,
                "dev-cni-bind-nodes",
                withCloudConfig([
                    "bootcmd:",
                    "  - mkdir -p /data/cni-bin",
                    "mounts:",
                    '  - [ /opt/cni/bin, /data/cni-bin, none, "bind,rw", "0", "0" ]',
                ]),
            ),
        refused: /\/opt\/cni\/bin/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 27): systemd.mount(5) What=/usr/local/bin Where=/srv/node-tools/bin with Options=bind: the node's
    // /usr/local/bin (where root units and cron jobs of the same user data run their tools, e.g.
    // /usr/local/bin/validator-health below) is writable by a DaemonSet writing /srv. Pods then choose what root runs.
    // bindOpenings only knows NODE_SECRETS; rootReads sees only a unit that names /srv (Where=, an inert key).
    {
        name: "a systemd mount unit binding /usr/local/bin at /srv/node-tools/bin, beside a root timer running /usr/local/bin/validator-health",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            withDataWriter(
                r,
                "dev-usrlocal-bind-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/systemd/system/srv-node\\x2dtools-bin.mount", [
                        "[Unit]",
                        "Description=Node tools shared with the tools DaemonSet",
                        "[Mount]",
                        "What=/usr/local/bin",
                        "Where=/srv/node-tools/bin",
                        "Type=none",
                        "Options=bind",
                        "[Install]",
                        "WantedBy=multi-user.target",
                    ]),
                    ...writeFile("/etc/cron.d/validator-health", [
                        "*/5 * * * * root /usr/local/bin/validator-health --quiet",
                    ]),
                    "runcmd:",
                    "  - mkdir -p /srv/node-tools/bin",
                    "  - systemctl daemon-reload",
                    "  - systemctl enable --now 'srv-node\\x2dtools-bin.mount'",
                ]),
                "/srv",
            ),
        refused: /\/usr\/local\/bin/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 27): a shell part `mount --bind /var/log /data/node-logs` so a log shipper DaemonSet writing /data reads node
    // logs: the pod now WRITES /var/log, including /var/log/pods/<ns>_<pod>_<uid>/<container>/0.log, which the kubelet
    // (root) reads for `kubectl logs` and follows through a symlink the pod plants there (Aqua, "Kubernetes Pod Escape
    // Using Log Mounts"; the reason podSpec.ts keeps /var/log out of WRITABLE_DATA). Also /var/log/secure, audit logs.
    // bindOpenings judges only NODE_SECRETS.
    {
        name: "a shell part binding /var/log at /data/node-logs for a log shipper (the pod then writes /var/log/pods, read by the kubelet as root)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            withDataWriter(
                r,
                "dev-varlog-bind-nodes",
                withScript(["mkdir -p /data/node-logs", "mount --bind /var/log /data/node-logs"]),
            ),
        refused: /\/var\/log/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 27): the node role's credentials fetched from instance metadata (IMDSv2, hop limit 1 kept) into a file under
    // /data by a root cron job: every pod that may read /data acts as the node role (the same opening as a relay,
    // userData.ts imdsRelay: "EKS best practices, Restrict access to the instance profile"). nodeJudge.ran accepts
    // any curl/wget fetch of metadata, and rootReads accepts curl -o INTO a data directory ("downloads into /data").
    {
        name: "a root cron job fetching the node role's credentials from instance metadata into /data/aws/node-credentials.json (curl -o)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            withDataWriter(
                r,
                "dev-imds-creds-file-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/usr/local/bin/refresh-node-creds", [
                        "#!/bin/bash",
                        "set -euo pipefail",
                        'TOKEN=$(curl -sX PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 300")',
                        'ROLE=$(curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/iam/security-credentials/)',
                        'curl -s -H "X-aws-ec2-metadata-token: $TOKEN" -o /data/aws/node-credentials.json "http://169.254.169.254/latest/meta-data/iam/security-credentials/$ROLE"',
                    ]),
                    ...writeFile("/etc/cron.d/refresh-node-creds", [
                        "*/15 * * * * root /usr/local/bin/refresh-node-creds",
                    ]),
                    "runcmd:",
                    "  - chmod 0755 /usr/local/bin/refresh-node-creds",
                    "  - mkdir -p /data/aws",
                    "  - /usr/local/bin/refresh-node-creds",
                ]),
            ),
        refused: /metadata|credentials/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 27): AWS CLI v2 `aws configure export-credentials --format env` prints the credentials of the caller's chain
    // (on the node: the instance profile, the node role) (AWS CLI reference, configure export-credentials). Redirected
    // into /srv/app/aws.env, every pod that may read /srv acts as the node role. No metadata address is named.
    {
        name: "a shell part exporting the node role's credentials with aws configure export-credentials > /srv/app/aws.env",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            withDataWriter(
                r,
                "dev-export-creds-nodes",
                withScript([
                    "mkdir -p /srv/app",
                    "aws configure export-credentials --format env > /srv/app/aws.env",
                    "chown 10001:10001 /srv/app/aws.env",
                ]),
                "/srv",
            ),
        refused: /credentials|export-credentials/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 27): the hop limit 1 the pack requires (launch template httpPutResponseHopLimit) works because IMDS answers the
    // IMDSv2 token PUT with IP TTL 1 and the node's forwarding into a pod's network namespace decrements it to 0 (EC2
    // user guide, "Instance metadata access considerations": the PUT response hop limit is the IP TTL; containers
    // need 2). The iptables TTL
    // target (iptables-extensions(8) "TTL": --ttl-set, --ttl-inc, mangle table) raising the TTL of packets arriving on
    // the primary interface undoes it: every pod reaches instance metadata and the node role (a known workaround for
    // containers, e.g. the MTS issue in cyborg-one/nfqttl-src, "iptables -t mangle -I PREROUTING -j TTL --ttl-inc").
    // No metadata address is named, so nodeJudge's relay check (namesImds) never looks.
    {
        name: "a shell part raising the TTL of packets arriving on the primary interface (iptables -t mangle ... -j TTL --ttl-inc 1): pods get metadata answers despite hop limit 1",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            al2023Nodes(
                r,
                "dev-ttl-mangle-nodes",
                withScript([
                    "PRIMARY_IF=$(ip -o -4 route show to default | awk '{print $5}')",
                    'iptables -t mangle -A PREROUTING -i "$PRIMARY_IF" -j TTL --ttl-inc 1',
                ]),
            ),
        refused: /TTL|metadata/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 27): the same through nftables (AL2023 ships nft): `ip ttl set 64` on the node's input path. nft sets a TTL;
    // nothing names the metadata address.
    {
        name: "a cloud-config bootcmd setting ip ttl 64 on every forwarded packet with nft (pods get metadata answers despite hop limit 1)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            al2023Nodes(
                r,
                "dev-nft-ttl-nodes",
                withCloudConfig([
                    "bootcmd:",
                    "  - nft add table ip ttlfix",
                    "  - nft 'add chain ip ttlfix pre { type filter hook prerouting priority -150; }'",
                    "  - nft add rule ip ttlfix pre ip ttl set 64",
                ]),
            ),
        refused: /ttl|metadata/i,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 27): systemd's debug shell (systemd-debug-generator(8): "systemd.debug_shell ... a root shell ... on tty9 or
    // the given tty", no login) put on the serial console by a kernel argument (grubby(8) --args); the EC2 serial
    // console reaches ttyS0 with only an IAM permission (ec2-instance-connect:SendSerialConsoleSSHPublicKey). Root on
    // the node without password, like the agetty --autologin the pack refuses (round 26).
    {
        name: "a shell part adding systemd.debug_shell=ttyS0 to the kernel command line (grubby --update-kernel=ALL --args=...)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            al2023Nodes(
                r,
                "dev-debug-shell-nodes",
                withScript(['grubby --update-kernel=ALL --args="console=ttyS0,115200n8 systemd.debug_shell=ttyS0"']),
            ),
        refused: /debug_shell|console/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 27): Bottlerocket's kubelet takes its client CA from /etc/kubernetes/pki/ca.crt (bottlerocket-core-kit
    // packages/kubernetes-1.31/kubelet-config: authentication.x509.clientCAFile "/etc/kubernetes/pki/ca.crt"),
    // written from settings.kubernetes.cluster-certificate (bottlerocket.dev settings reference: "the base64-encoded
    // certificate authority of the cluster"). A bundle of two CAs makes certificates of the second call the kubelet
    // (exec into every pod). The pack refuses this bundle in a nodeadm NodeConfig (round 26) but not in Bottlerocket.
    {
        name: "a Bottlerocket node group whose settings.kubernetes.cluster-certificate is a bundle of the cluster CA and a mesh CA",
        stack: "basil",
        config: nodePolicyConfig,

        edit: r => bottlerocket(r, bottlerocketKubernetes(caBundle)),
        refused: /certificate|CA/,
        policy: EFFECTIVE,
    },
    // Preloading images from a pod-writable directory: `ctr -n k8s.io images import` tags what the tarball says into
    // the kubelet's image store (containerd, `ctr images import`), so a pod writing /data swaps e.g. the aws-node
    // image used with imagePullPolicy IfNotPresent (privileged). Expected refused: rootReads' allowlist (a data
    // directory as a root program's operand).
    {
        name: "a per-boot script importing container images from /data/images/*.tar into containerd's k8s.io namespace",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            withDataWriter(
                r,
                "dev-ctr-import-nodes",
                withScript([
                    "for image in /data/images/*.tar; do",
                    '  ctr -n k8s.io images import --all-platforms "$image"',
                    "done",
                ]),
            ),
        refused: /\/data\/images/,
        policy: EFFECTIVE,
    },
];

const secure: NodeCase[] = [
    // A data volume bound from one data directory to another (both already pod-writable): nothing of the node moves.
    {
        name: "a shell part binding /data/validator at /srv/validator (a data directory at another data directory)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            withDataWriter(
                r,
                "dev-data-bind-nodes",
                withScript(["mkdir -p /data/validator /srv/validator", "mount --bind /data/validator /srv/validator"]),
            ),
    },
    // Non-secret metadata (instance id, region) written for the app into /data: what pods get is public inventory.
    {
        name: "a shell part writing the instance's region and id from metadata into /data/app/instance.env (IMDSv2, no credentials)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            withDataWriter(
                r,
                "dev-imds-region-nodes",
                withScript([
                    'TOKEN=$(curl -sX PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 60")',
                    'REGION=$(curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/placement/region)',
                    'INSTANCE_ID=$(curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/instance-id)',
                    "mkdir -p /data/app",
                    'printf "AWS_REGION=%s\\nINSTANCE_ID=%s\\n" "$REGION" "$INSTANCE_ID" > /data/app/instance.env',
                ]),
            ),
    },
    // CIS kernel arguments (audit=1, audit_backlog_limit) and a serial console with its normal login (CIS AL2023 4.1.1.3/4).
    {
        name: "a shell part adding CIS kernel arguments with grubby (audit=1 audit_backlog_limit=8192 console=ttyS0)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-cis-kargs-nodes",
                withScript([
                    'grubby --update-kernel=ALL --args="audit=1 audit_backlog_limit=8192 console=ttyS0,115200n8"',
                ]),
            ),
    },
    // The Bottlerocket kubelet with the cluster's own CA, and a corporate proxy CA in the OS trust store only
    // (settings.pki: the host's trusted bundle, not the kubelet's client CA).
    {
        name: "a Bottlerocket node group with the cluster's own CA and a corporate CA bundle trusted through settings.pki",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r =>
            bottlerocket(r, [
                ...bottlerocketKubernetes(clusterCA),
                "[settings.pki.corporate-proxy]",
                `data = "${caBundle}"`,
                "trusted = true",
            ]),
    },
    // The AMI's own cached images (AL2023 EKS AMI keeps pause and add-on images under /etc/eks or /opt) imported with ctr.
    {
        name: "a shell part importing a pause image tarball shipped in the AMI (/opt/images/pause.tar) with ctr -n k8s.io",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(r, "dev-ctr-ami-nodes", withScript(["ctr -n k8s.io images import /opt/images/pause.tar"])),
    },
    // Blocking pods from metadata in nftables (AL2023's default backend).
    {
        name: "a cloud-config bootcmd dropping forwarded traffic to instance metadata with nft",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-nft-block-nodes",
                withCloudConfig([
                    "bootcmd:",
                    "  - nft add table inet imdsblock",
                    "  - nft 'add chain inet imdsblock fwd { type filter hook forward priority 0; }'",
                    "  - nft add rule inet imdsblock fwd ip daddr 169.254.169.254 drop",
                ]),
            ),
    },
];

describeNodeCases("red team 27: EKS node user data and launchers", insecure, secure);
