// Red-team round 42 on EKS NODE user data (fresh eyes): SECURE user data near round 41's rules (MIME headers and bodies
// split as Python's feedparser splits them, base64 parts, parts typed after leading white space, JSON patches,
// #cloud-config-archive entries; containers made by docker/podman/nerdctl `create`, named and local-driver bind volumes,
// Baseline --cap-add, `=false` booleans) in the shapes real tools and careful platform teams write: CDK's
// MultipartUserData (boundary "+AWS+CDK+User+Data+Separator==", one-line base64 shell parts), eksctl's unquoted
// `boundary=//`, Karpenter's generated NodeConfig ("---", a comment, empty containerd/localStorage), shell parts with
// leading blank lines and comments quoting MIME headers, archives with typed and untyped entries; agents in containers
// with named volumes (`docker volume create`), tmpfs, read-only binds, `docker network create`, `docker create` +
// `start`, CAP_-prefixed lowercase Baseline capabilities; and insecure neighbours of each (node secrets reached through
// pflag's `-v=` and combined shorthands `-dv`, a local-driver volume of the root block device, --device-cgroup-rule,
// podman's unmask=ALL).
// Misses are `skip: true` (it.skip) with a MISS comment and the doc checked.
import { gzipSync } from "zlib";
import { al2023Nodes, b64, describeNodeCases, devNodeCase, mime, NodeCase, nodeConfig, SSH_KEY } from "./nodeBuilders";
import { Resources } from "./support";

const dev = devNodeCase;

/** The NodeConfig part joining the dev cluster. */
const nodePart = { type: "application/node.eks.aws", body: nodeConfig([]) };

/** AL2023 user data: the NodeConfig, then one part of `type` (extra `headers`) with `body` lines. */
const part =
    (name: string, type: string, body: string[], headers: string[] = []) =>
    (r: Resources) =>
        al2023Nodes(r, name, mime([nodePart, { type, headers, body: body.join("\n") }]));

/** AL2023 user data given as text lines (top-level headers the mime() builder does not write). */
const raw = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, lines.join("\n"));

/** A bash shell part (the lines as given, no `set -euo pipefail`), then the NodeConfig. */
const script = (name: string, lines: string[]) =>
    part(name, 'text/x-shellscript; charset="us-ascii"', ["#!/bin/bash", "set -euo pipefail", ...lines]);

const DATA = ["mkfs.xfs -f -L data /dev/nvme1n1", "mkdir -p /data", "mount -o noatime,nodev,nosuid LABEL=data /data"];
const NODECONFIG = nodeConfig([]).split("\n");
const KEYED = ["#cloud-config", "ssh_authorized_keys:", `  - ${SSH_KEY}`];
const FLUENT = "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.2";
const IMAGE = "111111111111.dkr.ecr.eu-west-1.amazonaws.com/validator-init:1.4.2";
const SCANNER = "111111111111.dkr.ecr.eu-west-1.amazonaws.com/node-inventory:3.0.1";
const SYSCTL = [
    "#!/bin/bash",
    "set -euo pipefail",
    "cat > /etc/sysctl.d/90-validator.conf <<'EOF'",
    "net.core.somaxconn = 4096",
    "vm.max_map_count = 262144",
    "EOF",
    "sysctl --system",
];
const CDK = "+AWS+CDK+User+Data+Separator==";

/**
 * CDK's MultipartUserData rendering (aws-cdk-lib aws-ec2 user-data.ts): Content-Type before MIME-Version, boundary
 * "+AWS+CDK+User+Data+Separator==", MultipartBody.fromUserData parts as one base64 line with no blank line after it,
 * fromRawBody parts as given.
 */
const cdkMime = (script: string[], raws: { type: string; body: string[] }[] = []) => [
    `Content-Type: multipart/mixed; boundary="${CDK}"`,
    "MIME-Version: 1.0",
    "",
    `--${CDK}`,
    'Content-Type: text/x-shellscript; charset="utf-8"',
    "Content-Transfer-Encoding: base64",
    "",
    b64(script.join("\n")),
    ...raws.flatMap(p => [`--${CDK}`, `Content-Type: ${p.type}`, "", ...p.body, ""]),
    `--${CDK}--`,
    "",
];

/** Karpenter's generated NodeConfig for AL2023 (a comment, metadata, empty containerd/localStorage). */
const KARPENTER_NODECONFIG = [
    "# Karpenter Generated NodeConfig",
    "apiVersion: node.eks.aws/v1alpha1",
    "kind: NodeConfig",
    "metadata:",
    "  creationTimestamp: null",
    "spec:",
    "  cluster:",
    "    apiServerEndpoint: https://EXAMPLE.gr7.eu-west-1.eks.amazonaws.com",
    "    certificateAuthority: Y2VydGlmaWNhdGVBdXRob3JpdHk=",
    "    cidr: 10.100.0.0/16",
    "    name: dev-validators",
    "  containerd: {}",
    "  instance:",
    "    localStorage: {}",
    "  kubelet:",
    "    config:",
    "      clusterDNS:",
    "      - 10.100.0.10",
    "      maxPods: 110",
    "      registerWithTaints:",
    "      - effect: NoExecute",
    "        key: karpenter.sh/unregistered",
    "    flags:",
    "    - --node-labels=karpenter.sh/capacity-type=on-demand,karpenter.sh/nodepool=validators",
];

const insecure: NodeCase[] = [
    // 1. CDK's rendering with the base64 shell part copying the kubelet's pki into /data.
    dev(
        "CDK MultipartUserData (+AWS+CDK+ boundary, one-line base64 part) copying /var/lib/kubelet/pki into /data",
        raw(
            "dev-cdk-cp-pki-nodes",
            cdkMime(
                ["#!/bin/bash", ...DATA, "cp -a /var/lib/kubelet/pki /data/backup"],
                [{ type: "application/node.eks.aws", body: NODECONFIG }],
            ),
        ),
        /kubelet/,
    ),
    // 2. A shell part with leading blank lines and MIME headers quoted in comments, then #cloud-config with a key.
    dev(
        "a text/x-shellscript part: blank lines, then #cloud-config with ssh_authorized_keys and a comment quoting Content-Type",
        part("dev-blank-comment-key-nodes", 'text/x-shellscript; charset="us-ascii"', [
            "",
            "",
            ...KEYED,
            "# Content-Type: text/cloud-config (managed node groups need MIME)",
        ]),
        /SSH|key/i,
    ),
    // 3. An archive entry with no type and no #cloud-config line: cloud-init's ARCHIVE_UNDEF_TYPE (text/cloud-config).
    dev(
        "#cloud-config-archive: an untyped entry without a #cloud-config line carrying ssh_authorized_keys",
        part("dev-archive-untyped-key-nodes", "text/cloud-config-archive", [
            "#cloud-config-archive",
            "- content: |",
            "    ssh_authorized_keys:",
            `      - ${SSH_KEY}`,
        ]),
        /SSH|key/i,
    ),
    // 4. A local-driver bind volume of the kubelet's pki made with --opt= inline and mounted by --mount source=.
    dev(
        "docker volume create --driver=local --opt=type=none --opt=o=bind --opt=device=/var/lib/kubelet/pki pki; docker run --mount source=pki,target=/pki",
        script("dev-volume-inline-pki-nodes", [
            "dnf install -y docker && systemctl enable --now docker",
            "docker volume create --driver=local --opt=type=none --opt=o=bind --opt=device=/var/lib/kubelet/pki pki",
            `docker run -d --name node-inventory --read-only --cap-drop ALL --mount source=pki,target=/pki,readonly ${SCANNER}`,
        ]),
        /kubelet/,
    ),
    // Was a MISS (fixed in round 42): (insecure accepted) `-v=SRC:DST` is pflag's shorthand-with-equals spelling (spf13/pflag README, "Command
    // line flag syntax": "-n 1234", "-n=1234", "-n1234"; docker/podman/nerdctl parse flags with cobra/pflag), so docker binds
    // /var/lib/kubelet/pki into the container: the kubelet's client key (the node's identity: every pod's Secrets and
    // tokens on the node) is handed to the image's program, as a hostPath of it would be (refused). rootReads.ts
    // containerBinds() knows `-v SRC`, `-v/SRC`, `--volume=` and `--mount=` but not `-v=` (BIND_INLINE). Fix: accept
    // `-v=` (strip "=") in containerBinds and BIND_INLINE.
    dev(
        "docker run -d -v=/var/lib/kubelet/pki:/pki:ro (pflag's shorthand with =) node-inventory",
        script("dev-dashv-equals-pki-nodes", [
            "dnf install -y docker && systemctl enable --now docker",
            `docker run -d --name node-inventory --read-only --cap-drop ALL -v=/var/lib/kubelet/pki:/pki:ro ${SCANNER}`,
        ]),
        /kubelet/,
    ),
    // Was a MISS (fixed in round 42): (insecure accepted) combined shorthands: `-dv SRC:DST` is `-d -v SRC:DST` (spf13/pflag README, "Command line
    // flag syntax", mixed: `-abcs "hello"`: all but the last shorthand are booleans, the last takes the value), the spelling of many `docker run -itv` tutorials. The
    // container gets /var/lib/kubelet (client key, pod volumes) read-only. containerBinds() only reads the operand after
    // a word that IS `-v`. Fix: a short-flag cluster `-[a-zA-Z]*v` takes the next word as a bind (and `-[a-z]*vSRC`).
    dev(
        "docker run -dv /var/lib/kubelet:/var/lib/kubelet:ro (combined shorthands) node-inventory",
        script("dev-dashdv-kubelet-nodes", [
            "dnf install -y docker && systemctl enable --now docker",
            `docker run --name node-inventory --read-only -dv /var/lib/kubelet:/var/lib/kubelet:ro ${SCANNER}`,
        ]),
        /kubelet/,
    ),
    // Was a MISS (fixed in round 42): (insecure accepted) the local driver mounts like mount(8), so a volume with `type=xfs,device=/dev/nvme0n1p1`
    // (AL2023's root partition) mounts the node's root filesystem in the container (docker docs, "docker volume create",
    // "Driver-specific options": `--opt type=btrfs --opt device=/dev/sda2`): the container reads
    // /var/lib/kubelet/pki, as `-v /:/host:ro` (refused) would. rootReads.ts boundDevice() only follows `o=bind`, and a
    // named volume that is not a bind is ignored. Fix: a local-driver volume whose device is a /dev block device (or
    // any type other than tmpfs/nfs/cifs with a /dev device) is judged as a bind of `/` (holdsNodeSecrets).
    dev(
        "docker volume create --opt type=xfs --opt device=/dev/nvme0n1p1 --opt o=ro,nouuid host-root; docker run -v host-root:/host:ro",
        script("dev-volume-rootdev-nodes", [
            "dnf install -y docker && systemctl enable --now docker",
            "docker volume create --driver local --opt type=xfs --opt device=/dev/nvme0n1p1 --opt o=ro,nouuid host-root",
            `docker run -d --name node-inventory --read-only --cap-drop ALL -v host-root:/host:ro ${SCANNER} --root /host`,
        ]),
        /nvme0n1p1|host-root|\/dev|\//,
    ),
    // Was a MISS (fixed in round 42): (insecure accepted) `--device-cgroup-rule 'b *:* rwm'` lets the container create and open any block device
    // (docker run reference, "--device-cgroup-rule"; MKNOD is in docker's default capabilities), so root in it reads
    // the node's root disk (/dev/nvme0n1p1: kubelet's key). The container runs /data/agent/start.sh, which any pod
    // writing /data plants: the pod gets raw disk access. podLikeContainer() matches `--device(=|$)` only, not
    // --device-cgroup-rule. Fix: count --device-cgroup-rule (any value) as an escalation.
    dev(
        "docker run --device-cgroup-rule 'b *:* rwm' -v /data/agent:/state ... sh /state/start.sh",
        script("dev-devcgroup-data-nodes", [
            ...DATA,
            "dnf install -y docker && systemctl enable --now docker",
            `docker run -d --name disk-agent --device-cgroup-rule 'b *:* rwm' -v /data/agent:/state ${IMAGE} sh /state/start.sh`,
        ]),
        /\/data/,
    ),
    // Was a MISS (fixed in round 42): (insecure accepted) podman's `--security-opt unmask=ALL` unmasks /proc/kcore, /sys/firmware and makes
    // /proc/sys writable (podman-run(1), "--security-opt unmask=ALL"; as Kubernetes' procMount: Unmasked, which the
    // Baseline level forbids): root in the container writes /proc/sys/kernel/core_pattern and the node runs its
    // program as root. The container runs /data/agent/start.sh, which a pod writing /data plants. podLikeContainer()
    // loosens only on unconfined|disable|=false|:false|spc_t. Fix: `unmask=` (any value but empty) escalates.
    dev(
        "podman run --security-opt unmask=ALL -v /data/agent:/state ... sh /state/start.sh",
        script("dev-podman-unmask-data-nodes", [
            ...DATA,
            "dnf install -y podman",
            `podman run -d --name tuning-agent --security-opt unmask=ALL -v /data/agent:/state ${IMAGE} sh /state/start.sh`,
        ]),
        /\/data/,
    ),
    // 10. `docker create` + `start` of a container adding SYS_ADMIN, run from the data directory.
    dev(
        "docker container create --cap-add=cap_sys_admin -v /data/agent:/state ... sh /state/start.sh; docker start",
        script("dev-create-sysadmin-data-nodes", [
            ...DATA,
            "dnf install -y docker && systemctl enable --now docker",
            `docker container create --name fs-agent --cap-add=cap_sys_admin -v /data/agent:/state ${IMAGE} sh /state/start.sh`,
            "docker start fs-agent",
        ]),
        /\/data/,
    ),
    // 11. A named volume made a bind of /data and mounted in a container with SYS_PTRACE that runs a script there.
    dev(
        "docker volume create -o type=none -o o=bind -o device=/data/agent agent; docker run --cap-add SYS_PTRACE -v agent:/state ... sh /state/start.sh",
        script("dev-volume-ptrace-data-nodes", [
            ...DATA,
            "dnf install -y docker && systemctl enable --now docker",
            "docker volume create -o type=none -o o=bind -o device=/data/agent agent",
            `docker run -d --cap-add SYS_PTRACE -v agent:/state ${IMAGE} sh /state/start.sh`,
        ]),
        /\/data/,
    ),
    // 12. `--privileged=True` (Go's ParseBool: true).
    dev(
        "nerdctl run --privileged=True -v /data/agent:/state ... sh /state/start.sh",
        script("dev-nerdctl-privTrue-data-nodes", [
            ...DATA,
            `nerdctl run -d --privileged=True -v /data/agent:/state ${IMAGE} sh /state/start.sh`,
        ]),
        /\/data/,
    ),
];

const secure: NodeCase[] = [
    // 1. CDK's rendering: a one-line base64 sysctl script (fromUserData) and the NodeConfig (fromRawBody).
    dev(
        "CDK MultipartUserData (+AWS+CDK+ boundary): a one-line base64 sysctl shell part and the NodeConfig",
        raw("dev-cdk-sysctl-nodes", cdkMime(SYSCTL, [{ type: "application/node.eks.aws", body: NODECONFIG }])),
    ),
    // 2. eksctl's rendering: unquoted boundary `//`, the NodeConfig first, then a shell part.
    dev(
        "eksctl-style MIME (unquoted boundary=//): the NodeConfig, then a sysctl shell part",
        raw("dev-eksctl-sysctl-nodes", [
            "MIME-Version: 1.0",
            "Content-Type: multipart/mixed; boundary=//",
            "",
            "--//",
            "Content-Type: application/node.eks.aws",
            "",
            ...NODECONFIG,
            "",
            "--//",
            'Content-Type: text/x-shellscript; charset="us-ascii"',
            "",
            ...SYSCTL,
            "",
            "--//--",
            "",
        ]),
    ),
    // 3. Karpenter's merged output: the user's shell part, then its generated NodeConfig (comment, "---" free,
    // creationTimestamp: null, empty containerd and localStorage), ending with "--//" (no closing delimiter).
    dev(
        "Karpenter merged MIME: a shell part, then the generated NodeConfig (comment, empty containerd/localStorage), no closing --//--",
        raw("dev-karpenter-generated-nodes", [
            "MIME-Version: 1.0",
            'Content-Type: multipart/mixed; boundary="//"',
            "",
            "--//",
            'Content-Type: text/x-shellscript; charset="us-ascii"',
            "",
            ...SYSCTL,
            "--//",
            "Content-Type: application/node.eks.aws",
            "",
            ...KARPENTER_NODECONFIG,
            "",
            "--//",
        ]),
    ),
    // 4. A NodeConfig part starting with a YAML document marker (the Terraform EKS module's al2023 template).
    dev(
        'a NodeConfig part starting with "---" and a kubelet maxPods setting',
        raw("dev-nodeconfig-docmarker-nodes", [
            "MIME-Version: 1.0",
            'Content-Type: multipart/mixed; boundary="==MYBOUNDARY=="',
            "",
            "--==MYBOUNDARY==",
            "Content-Type: application/node.eks.aws",
            "",
            "---",
            ...nodeConfig(["  kubelet:", "    config:", "      maxPods: 110"]).split("\n"),
            "",
            "--==MYBOUNDARY==--",
            "",
        ]),
    ),
    // 5. A cloud-config part rendered with leading blank lines (a template's first interpolation) and a comment quoting
    // the MIME headers the launch template needs.
    dev(
        "a text/x-shellscript part: blank lines, then #cloud-config (timezone, ntp) and comments quoting MIME headers",
        part("dev-blank-comment-ok-nodes", 'text/x-shellscript; charset="us-ascii"', [
            "",
            "",
            "#cloud-config",
            "# MIME-Version: 1.0 and Content-Type: multipart/mixed are required by managed node groups",
            "timezone: UTC",
            "ntp:",
            "  enabled: true",
            "  servers: [169.254.169.123]",
        ]),
    ),
    // 6. A #cloud-config-archive with a typed cloud-config entry and a typed shell entry.
    dev(
        "#cloud-config-archive: a text/cloud-config entry (timezone) and a text/x-shellscript entry (sysctl)",
        part("dev-archive-typed-ok-nodes", "text/cloud-config-archive", [
            "#cloud-config-archive",
            "- type: text/cloud-config",
            "  content: |",
            "    #cloud-config",
            "    timezone: UTC",
            "- type: text/x-shellscript",
            "  filename: 10-sysctl.sh",
            "  content: |",
            ...SYSCTL.map(l => `    ${l}`),
        ]),
    ),
    // 7. An application/x-gzip part of a cloud-config with leading blank lines.
    dev(
        "an application/x-gzip base64 part: blank lines, then #cloud-config with timezone",
        part(
            "dev-gzip-blank-ok-nodes",
            "application/x-gzip",
            [b64(gzipSync(["", "", "#cloud-config", "timezone: UTC"].join("\n")))],
            ["Content-Transfer-Encoding: base64"],
        ),
    ),
    // 8. A named cache volume and tmpfs for an agent that keeps its state in /data.
    dev(
        "docker volume create validator-cache; docker run -v validator-cache:/cache --tmpfs /tmp -v /data/validator:/data ...",
        script("dev-named-volume-ok-nodes", [
            ...DATA,
            "dnf install -y docker && systemctl enable --now docker",
            "docker volume create --label owner=validator validator-cache",
            "docker run -d --name validator-init --read-only --cap-drop ALL --user 10001:10001 " +
                "--tmpfs /tmp:rw,noexec,nosuid,size=64m -v validator-cache:/cache -v /data/validator:/data " +
                `${IMAGE} --home /data --cache /cache`,
        ]),
    ),
    // 9. A local-driver bind volume of the data directory (the docker docs' bind-volume example) used by the agent.
    dev(
        "docker volume create --driver local --opt type=none --opt o=bind --opt device=/data/validator vdata; docker run -v vdata:/data",
        script("dev-bind-volume-data-ok-nodes", [
            ...DATA,
            "mkdir -p /data/validator",
            "dnf install -y docker && systemctl enable --now docker",
            "docker volume create --driver local --opt type=none --opt o=bind --opt device=/data/validator vdata",
            "docker run -d --name validator-init --read-only --cap-drop ALL --user 10001:10001 " +
                `--mount type=volume,source=vdata,target=/data ${IMAGE} --home /data`,
        ]),
    ),
    // 10. A user-defined internal network for two agents.
    dev(
        "docker network create --driver bridge --internal agents; docker run --network agents ... (log agent, /var/log ro)",
        script("dev-network-create-ok-nodes", [
            "dnf install -y docker && systemctl enable --now docker",
            "docker network create --driver bridge --internal agents",
            "docker run -d --name log-agent --network agents --read-only --cap-drop ALL " +
                `--security-opt no-new-privileges:true -v /var/log:/var/log:ro ${FLUENT}`,
        ]),
    ),
    // 11. `docker create` then `start` of the log agent with a tmpfs mount and a read-only --mount of /var/log.
    dev(
        "docker create --mount type=bind,src=/var/log,dst=/var/log,readonly --mount type=tmpfs,dst=/tmp ... ; docker start",
        script("dev-create-start-ok-nodes", [
            "dnf install -y docker && systemctl enable --now docker",
            "docker create --name log-agent --restart unless-stopped --read-only --cap-drop ALL " +
                "--mount type=bind,src=/var/log,dst=/var/log,readonly --mount type=tmpfs,dst=/tmp,tmpfs-size=67108864 " +
                FLUENT,
            "docker start log-agent",
        ]),
    ),
    // 12. Baseline capabilities spelled with CAP_ and lowercase (docker accepts both) for a validator in /data.
    dev(
        "docker run --cap-drop ALL --cap-add cap_chown,cap_setuid,CAP_SETGID -v /data/validator:/data ... --home /data",
        script("dev-cap-spelling-ok-nodes", [
            ...DATA,
            "dnf install -y docker && systemctl enable --now docker",
            "docker run -d --name validator-init --read-only --cap-drop ALL --cap-add cap_chown,cap_setuid,CAP_SETGID " +
                `-v /data/validator:/data ${IMAGE} --home /data`,
        ]),
    ),
    // 13. podman with a read-only --mount (ro=true), the SELinux relabel and keep-id user namespace.
    dev(
        "podman run --userns=keep-id --mount type=bind,src=/var/log,dst=/var/log,ro=true -v /data/agent:/state:Z ...",
        script("dev-podman-keepid-ok-nodes", [
            ...DATA,
            "dnf install -y podman",
            "podman run -d --name log-agent --userns=keep-id --read-only --cap-drop ALL " +
                `--mount type=bind,src=/var/log,dst=/var/log,ro=true -v /data/agent:/state:Z ${FLUENT}`,
        ]),
    ),
    // 15. `--cap-drop ALL --cap-add NET_RAW` for ICMP probes (NET_RAW is in docker's default set; podSpec.ts names it
    // confined), config from the data directory.
    dev(
        "docker run --cap-drop ALL --cap-add NET_RAW (blackbox exporter ICMP) -v /data/probes:/config ... --config.file /config/blackbox.yml",
        script("dev-netraw-probe-ok-nodes", [
            ...DATA,
            "dnf install -y docker && systemctl enable --now docker",
            "docker run -d --name blackbox --read-only --cap-drop ALL --cap-add NET_RAW --user 65534:65534 " +
                "-v /data/probes:/config quay.io/prometheus/blackbox-exporter:v0.25.0 --config.file /config/blackbox.yml",
        ]),
    ),
    // 14. A tmpfs-backed named volume (local driver, type=tmpfs) for scratch space.
    dev(
        "docker volume create --opt type=tmpfs --opt device=tmpfs --opt o=size=256m,uid=10001 scratch; docker run -v scratch:/scratch",
        script("dev-tmpfs-volume-ok-nodes", [
            ...DATA,
            "dnf install -y docker && systemctl enable --now docker",
            "docker volume create --driver local --opt type=tmpfs --opt device=tmpfs --opt o=size=256m,uid=10001 scratch",
            "docker run -d --name validator-init --read-only --cap-drop ALL --user 10001:10001 " +
                `-v scratch:/scratch -v /data/validator:/data ${IMAGE} --home /data --scratch /scratch`,
        ]),
    ),
];

describeNodeCases(
    "red team round 42: node user data as tools and platform teams write it (secure shapes)",
    insecure,
    secure,
);
