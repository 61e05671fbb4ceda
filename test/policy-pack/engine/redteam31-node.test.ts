// Red-team round 31 on EKS NODE user data and launchers (fresh eyes), against engine/userData.ts, engine/rootReads.ts
// and engine/shell.ts. Insecure shapes here open the kubelet, the container runtime or the node's credentials through
// programs and settings the pack does not read (AL2 bootstrap.sh's CA argument, Docker's daemon, cloud-init's package
// module, node logs pods read), or run pod-written files as root through shell constructs the reader does not follow
// (positional parameters, command substitution, find over /). Secure neighbours must stay clean. Misses are
// `it.skip` with a MISS comment and the doc checked.
import { nodePolicyConfig } from "./packRunner";
import {
    al2023Nodes,
    b64,
    CLUSTER,
    describeNodeCases,
    EFFECTIVE,
    hostPathDaemonSet,
    NodeCase,
    NON_ROOT,
    PRIMARY,
    withCloudConfig,
    withScript,
} from "./nodeBuilders";
import { managedNodes } from "./variantBuilders";
import { Resources } from "./support";

/** cloud-config write_files lines writing `content` to `path`. */
const writeFile = (path: string, content: string[], permissions = "0644") => [
    `  - path: ${path}`,
    `    permissions: '${permissions}'`,
    "    content: |",
    ...content.map(l => `      ${l}`),
];

/** A PEM certificate block (placeholder body). */
const pem = (body: string) => ["-----BEGIN CERTIFICATE-----", body, "-----END CERTIFICATE-----"].join("\n");

/** AL2 user data (bootstrap.sh) for the dev cluster with `b64CA` as --b64-cluster-ca, `lines` run first. */
const al2 = (r: Resources, name: string, b64CA: string, lines: string[] = []) =>
    managedNodes(r, { account: PRIMARY, cluster: CLUSTER.dev, amiType: "AL2_x86_64" }, name, {
        userData: b64(
            [
                "#!/bin/bash",
                "set -euo pipefail",
                ...lines,
                `/etc/eks/bootstrap.sh dev-validators --b64-cluster-ca ${b64CA} --apiserver-endpoint https://EXAMPLE.gr7.eu-west-1.eks.amazonaws.com`,
            ].join("\n"),
        ),
    });

/** A restricted (non-root) log shipper DaemonSet reading the node's /var/log read-only (Fluent Bit's usual mount). */
const logShipper = (r: Resources) =>
    hostPathDaemonSet(r, "node-log-shipper", "node-agents", "/var/log", NON_ROOT, true, "Directory");

/** A restricted (non-root) DaemonSet of the stack that writes /data/validator. */
const podWritesData = (r: Resources) =>
    hostPathDaemonSet(r, "validator-data", "node-agents", "/data/validator", NON_ROOT);

const dev = (name: string, edit: (r: Resources) => void, refused = /./, skip = false): NodeCase => ({
    name,
    stack: "dev",
    config: nodePolicyConfig,
    edit,
    refused,
    policy: EFFECTIVE,
    skip,
});

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 31): AL2's bootstrap.sh writes --b64-cluster-ca base64-decoded to /etc/kubernetes/pki/ca.crt
    // (amazon-eks-ami bootstrap.sh: `echo $B64_CLUSTER_CA | base64 -d > $CA_CERTIFICATE_FILE_PATH`), and the AL2
    // kubelet-config.json has authentication.x509.clientCAFile /etc/kubernetes/pki/ca.crt: a second CA in the bundle
    // signs kubelet clients (exec into every pod on the node). The pack refuses the same bundle in a NodeConfig's
    // cluster.certificateAuthority and Bottlerocket's cluster-certificate (rounds 26-27), but reads only
    // --kubelet-extra-args from bootstrap.sh.
    dev(
        "AL2 bootstrap.sh --b64-cluster-ca holding the cluster CA and a second (mesh) CA: both become the kubelet's client CA",
        r => al2(r, "dev-al2-ca-bundle-nodes", b64(`${pem("Q2x1c3RlckNB")}\n${pem("TWVzaENB")}\n`)),
        /./,
    ),
    // Was a MISS (fixed in round 31): dockerd reads `hosts` from /etc/docker/daemon.json; a tcp:// host without tlsverify is the Docker API on the
    // network, unauthenticated (moby/moby#37299: "people are running Docker daemons with the API accessible";
    // CIS Docker 2.8 / Datadog rule "TLS authentication should be enabled for Docker daemon"): any pod reaching the
    // node IP starts a privileged container with / mounted. Docker is an AL2023 package (dnf install docker). The
    // pack refuses containerd's [grpc] tcp_address without TLS (round 26) and socket relays (round 30), not Docker's.
    dev(
        "cloud-config installing docker with /etc/docker/daemon.json hosts [unix socket, tcp://0.0.0.0:2375] (the Docker API on the node IP, no TLS)",
        r =>
            al2023Nodes(
                r,
                "dev-docker-tcp-nodes",
                withCloudConfig([
                    "packages:",
                    "  - docker",
                    "write_files:",
                    ...writeFile("/etc/docker/daemon.json", [
                        '{"hosts": ["unix:///var/run/docker.sock", "tcp://0.0.0.0:2375"], "log-driver": "journald"}',
                    ]),
                    // docker.service passes -H fd://, which conflicts with `hosts`; the usual drop-in clears it.
                    ...writeFile("/etc/systemd/system/docker.service.d/10-hosts.conf", [
                        "[Service]",
                        "ExecStart=",
                        "ExecStart=/usr/bin/dockerd --containerd=/run/containerd/containerd.sock",
                    ]),
                    "runcmd:",
                    "  - [systemctl, daemon-reload]",
                    "  - [systemctl, enable, --now, docker]",
                ]),
            ),
        /./,
    ),
    // Was a MISS (fixed in round 31): the same Docker API on TCP, started from a shell part with -H (dockerd(8) "-H, --host").
    dev(
        "a shell part starting dockerd -H unix:///var/run/docker.sock -H tcp://0.0.0.0:2375 for image builds",
        r =>
            al2023Nodes(
                r,
                "dev-dockerd-h-nodes",
                withScript([
                    "dnf install -y docker",
                    "nohup /usr/bin/dockerd -H unix:///var/run/docker.sock -H tcp://0.0.0.0:2375 >/var/log/dockerd.log 2>&1 &",
                ]),
            ),
        /./,
    ),
    // Was a MISS (fixed in round 31): /var/log is the node directory log shippers mount read-only, and the pack admits a read-only /var/log
    // hostPath (podSpec.ts: read-only hostPaths are accepted unless they hold credentials/sockets). A root copy of the
    // kubelet's client key (/var/lib/kubelet/pki) there hands the node's identity to every such pod. The pack refuses
    // copies of node secrets into the data directories only (round 24, 27).
    dev(
        "a shell part copying /var/lib/kubelet/pki into /var/log/node-debug, beside a non-root DaemonSet reading /var/log read-only",
        r => {
            logShipper(r);
            al2023Nodes(
                r,
                "dev-pki-varlog-nodes",
                withScript([
                    "mkdir -p /var/log/node-debug",
                    "cp -a /var/lib/kubelet/pki /var/log/node-debug/kubelet-pki",
                ]),
            );
        },
        /./,
    ),
    // Was a MISS (fixed in round 31): the widespread user-data logging line (alestic.com "ec2-user-data-output": exec > >(tee
    // /var/log/user-data.log | logger -t user-data -s 2>/dev/console) 2>&1) sends everything the script prints to a
    // world-readable /var/log file, the journal and the EC2 console output (ec2:GetConsoleOutput); a debugging
    // `aws configure export-credentials` then prints the node role's keys there. The pack refuses the same credentials
    // written into a data directory (round 27), not to the console or a log pods read.
    dev(
        "a shell part logging its output to /var/log/user-data.log and the console, then printing aws configure export-credentials --format env",
        r => {
            logShipper(r);
            al2023Nodes(
                r,
                "dev-creds-console-nodes",
                withScript([
                    "exec > >(tee /var/log/user-data.log | logger -t user-data -s 2>/dev/console) 2>&1",
                    "aws sts get-caller-identity",
                    "aws configure export-credentials --format env",
                ]),
            );
        },
        /./,
    ),
    // Was a MISS (fixed in round 31): cloud-init's package module (cc_package_update_upgrade_install, all distros) installs ec2-instance-connect,
    // whose sshd AuthorizedKeysCommand lets any IAM principal allowed ec2-instance-connect:SendSSHPublicKey log in as
    // ec2-user (passwordless sudo). Round 30 refuses `dnf install -y ec2-instance-connect` in a shell part; the
    // cloud-config `packages:` spelling of the same install is accepted.
    dev(
        "cloud-config packages: [ec2-instance-connect] (keys pushed through IAM log in as ec2-user)",
        r => al2023Nodes(r, "dev-eic-packages-nodes", withCloudConfig(["packages:", "  - ec2-instance-connect"])),
        /./,
    ),
    // Was a MISS (fixed in round 31): bash(1) -c: "If there are arguments after the string, the first argument is assigned to $0 and any
    // remaining arguments are assigned to the positional parameters": root runs /data/validator/hooks/*.sh, which the
    // stack's DaemonSet writes. The data directory is named literally, as an operand of bash -c, and accepted.
    dev(
        'a shell part running bash -c \'for f in "$1"/*.sh; do bash "$f"; done\' _ /data/validator/hooks (a positional parameter)',
        r => {
            podWritesData(r);
            al2023Nodes(
                r,
                "dev-bash-c-positional-nodes",
                withScript(['bash -c \'for f in "$1"/*.sh; do bash "$f"; done\' _ /data/validator/hooks']),
            );
        },
        /\/data\/validator/,
    ),
    // Was a MISS (fixed in round 31): a command substitution resolving the directory (realpath(1) prints the path) hides it from the reader:
    // HOOKS is /data/validator/hooks and root runs its run.sh. The data directory is named literally.
    dev(
        'a shell part setting HOOKS=$(realpath /data/validator/hooks), then bash "$HOOKS/run.sh"',
        r => {
            podWritesData(r);
            al2023Nodes(
                r,
                "dev-realpath-hooks-nodes",
                withScript(["HOOKS=$(realpath /data/validator/hooks)", 'bash "$HOOKS/run.sh"']),
            );
        },
        /\/data\/validator/,
    ),
    // Was a MISS (fixed in round 31): find(1) from / descends into /data; every run.sh under a hooks directory three levels down, including
    // /data/validator/hooks/run.sh the DaemonSet writes, is run by root through -exec. rootReads.test.ts refuses
    // `find /data ... -exec`; rooted at /, no data directory is named.
    dev(
        "a shell part running find / -maxdepth 4 -path '*/hooks/run.sh' -exec bash {} \\; (root runs the pod's hooks too)",
        r => {
            podWritesData(r);
            al2023Nodes(
                r,
                "dev-find-root-nodes",
                withScript(["find / -maxdepth 4 -path '*/hooks/run.sh' -exec bash {} \\;"]),
            );
        },
        /./,
    ),
    // Round 53: GNU find -files0-from takes its starting points from a file (findutils manual, "Starting points"), so
    // the data directories below `/` are walked as `find /` walks them (rootReads.ts).
    dev(
        "a shell part running find -files0-from /etc/hooks.list -name run.sh -exec bash {} \\; (start points from a file)",
        r => {
            podWritesData(r);
            al2023Nodes(
                r,
                "dev-find-files0-nodes",
                withScript(["cd /opt && find -files0-from /etc/hooks.list -name run.sh -exec bash {} \\;"]),
            );
        },
        /./,
    ),
];

const secure: NodeCase[] = [
    {
        name: "AL2 bootstrap.sh --b64-cluster-ca with the cluster's own CA (one certificate)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => al2(r, "dev-al2-one-ca-nodes", b64(`${pem("Q2x1c3RlckNB")}\n`)),
    },
    {
        name: "a shell part saving the kubelet's journal into /var/log/kubelet-boot.log for the log shipper",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            logShipper(r);
            al2023Nodes(
                r,
                "dev-kubelet-journal-nodes",
                withScript(["journalctl -u kubelet --no-pager -b > /var/log/kubelet-boot.log || true"]),
            );
        },
    },
    {
        name: "cloud-config packages: amazon-cloudwatch-agent, jq, nvme-cli",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-packages-nodes",
                withCloudConfig(["packages:", "  - amazon-cloudwatch-agent", "  - jq", "  - nvme-cli"]),
            ),
    },
    {
        name: "a shell part logging its output to /var/log/user-data.log and the console (alestic's exec > >(tee ...) line), printing nothing secret",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-userdata-log-nodes",
                withScript([
                    "exec > >(tee /var/log/user-data.log | logger -t user-data -s 2>/dev/console) 2>&1",
                    'echo "node setup starting"',
                    "sysctl -w vm.max_map_count=262144",
                ]),
            ),
    },
    {
        name: "a shell part running bash -c 'sysctl -w \"$1\"' _ vm.max_map_count=262144 (a positional parameter naming nothing)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-bash-c-sysctl-nodes",
                withScript(["bash -c 'sysctl -w \"$1\"' _ vm.max_map_count=262144"]),
            ),
    },
];

describeNodeCases("red team round 31: EKS node user data and launchers", insecure, secure);
