// Red-team round 30 on EKS NODE user data and launchers (fresh eyes), against engine/userData.ts, engine/rootReads.ts
// and engine/shell.ts. Insecure shapes here reach root, SSH or the container runtime through settings the node reads
// from somewhere other than the places the pack watches: sshd options given on its command line (/etc/sysconfig/sshd
// OPTIONS, a unit override's -o), node sockets relayed onto TCP or into a data directory (systemd-socket-proxyd,
// socat), containerd drop-ins, a data directory reached through /proc/self/root, and a relay to instance metadata by
// its DNS name. Secure neighbours must stay clean. Misses are `it.skip` with a MISS comment and the doc checked.
import { nodePolicyConfig } from "./packRunner";
import {
    al2023Nodes,
    b64,
    CLUSTER,
    mime,
    nodeConfig,
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

/** A restricted (non-root) DaemonSet of the stack that writes /data/validator. */
const nonRootPodWritesData = (r: Resources) =>
    hostPathDaemonSet(r, "validator-data", "node-agents", "/data/validator", NON_ROOT);

/** AL2 user data (bootstrap.sh) for the dev cluster, `lines` run first, `args` appended to bootstrap.sh. */
const al2 = (r: Resources, name: string, lines: string[], args = "") =>
    managedNodes(r, { account: PRIMARY, cluster: CLUSTER.dev, amiType: "AL2_x86_64" }, name, {
        userData: b64(
            [
                "#!/bin/bash",
                "set -euo pipefail",
                ...lines,
                `/etc/eks/bootstrap.sh dev-validators --b64-cluster-ca Y2VydGlmaWNhdGVBdXRob3JpdHk= --apiserver-endpoint https://EXAMPLE.gr7.eu-west-1.eks.amazonaws.com${args}`,
            ].join("\n"),
        ),
    });

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
    // Was a MISS (fixed in round 30): AL2023's sshd.service reads EnvironmentFile=-/etc/sysconfig/sshd and runs `sshd -D $OPTIONS`; sshd(8) -o
    // takes any sshd_config keyword, so AuthorizedKeysCommand here lets a program's output log in (sshd_config(5)). The
    // pack reads sshd keywords only at a line's start (userData.ts sshdOpenings), not inside OPTIONS="-o ..."; its
    // neighbour in a unit's ExecStart is refused.
    dev(
        "/etc/sysconfig/sshd OPTIONS giving sshd -o AuthorizedKeysCommand (keys fetched from a URL)",
        r =>
            al2023Nodes(
                r,
                "dev-sysconfig-sshd-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/sysconfig/sshd", [
                        'OPTIONS="-o AuthorizedKeysCommand=/usr/local/bin/fetch-keys -o AuthorizedKeysCommandUser=nobody"',
                    ]),
                    "runcmd:",
                    "  - [systemctl, restart, sshd]",
                ]),
            ),
        /./,
    ),
    dev("an sshd.service drop-in whose ExecStart adds -o TrustedUserCAKeys=/etc/ssh/corp-user-ca.pub", r =>
        al2023Nodes(
            r,
            "dev-sshd-dropin-nodes",
            withCloudConfig([
                "write_files:",
                ...writeFile("/etc/ssh/corp-user-ca.pub", ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleCA corp-ca"]),
                ...writeFile("/etc/systemd/system/sshd.service.d/50-ca.conf", [
                    "[Service]",
                    "ExecStart=",
                    "ExecStart=/usr/sbin/sshd -D -o TrustedUserCAKeys=/etc/ssh/corp-user-ca.pub $OPTIONS",
                ]),
                "runcmd:",
                "  - [systemctl, daemon-reload]",
                "  - [systemctl, restart, sshd]",
            ]),
        ),
    ),
    dev("a second sshd started by a shell part on port 2222 with -o PasswordAuthentication=yes", r =>
        al2023Nodes(
            r,
            "dev-second-sshd-nodes",
            withScript([
                "echo 'ec2-user:Validator-Ops-2026' | chpasswd -e || true",
                "/usr/sbin/sshd -p 2222 -o PasswordAuthentication=yes -o PermitRootLogin=yes",
            ]),
        ),
    ),
    // Was a MISS (fixed in round 30): systemd-socket-proxyd(8) forwards every connection on ListenStream= to containerd's socket: the
    // containerd API on a node port without TLS, root for any pod reaching the node IP. The pack refuses the same in
    // containerd's [grpc] tcp_address (round 26) but accepts it through a root proxy unit (no data directory named).
    dev(
        "a socket unit relaying containerd's socket onto TCP 2375 with systemd-socket-proxyd (any pod reaches the node IP)",
        r =>
            al2023Nodes(
                r,
                "dev-proxyd-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/systemd/system/ctr-proxy.socket", [
                        "[Socket]",
                        "ListenStream=0.0.0.0:2375",
                        "[Install]",
                        "WantedBy=sockets.target",
                    ]),
                    ...writeFile("/etc/systemd/system/ctr-proxy.service", [
                        "[Service]",
                        "ExecStart=/usr/lib/systemd/systemd-socket-proxyd /run/containerd/containerd.sock",
                    ]),
                    "runcmd:",
                    "  - [systemctl, daemon-reload]",
                    "  - [systemctl, enable, --now, ctr-proxy.socket]",
                ]),
            ),
        /./,
    ),
    dev(
        "a socket unit listening in /data/validator/containerd.sock, proxied to containerd (a pod writing /data connects)",
        r => {
            al2023Nodes(
                r,
                "dev-proxyd-data-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/systemd/system/ctr-data.socket", [
                        "[Socket]",
                        "ListenStream=/data/validator/containerd.sock",
                        "SocketMode=0666",
                        "[Install]",
                        "WantedBy=sockets.target",
                    ]),
                    ...writeFile("/etc/systemd/system/ctr-data.service", [
                        "[Service]",
                        "ExecStart=/usr/lib/systemd/systemd-socket-proxyd /run/containerd/containerd.sock",
                    ]),
                    "runcmd:",
                    "  - [systemctl, enable, --now, ctr-data.socket]",
                ]),
            );
            nonRootPodWritesData(r);
        },
    ),
    // Was a MISS (fixed in round 30): the same relay with socat(1) TCP-LISTEN ... UNIX-CONNECT:/run/containerd/containerd.sock, the documented
    // socat bridge; only relays to instance metadata are judged (round 25-26).
    dev(
        "socat relaying containerd's socket onto TCP (socat TCP-LISTEN:10010,fork UNIX-CONNECT:...)",
        r =>
            al2023Nodes(
                r,
                "dev-socat-ctr-nodes",
                withScript([
                    "dnf install -y socat",
                    "nohup socat TCP-LISTEN:10010,reuseaddr,fork UNIX-CONNECT:/run/containerd/containerd.sock >/var/log/socat.log 2>&1 &",
                ]),
            ),
        /./,
    ),
    dev(
        "a containerd config.d drop-in serving the CRI API on TCP without TLS (write_files /etc/containerd/config.d/)",
        r =>
            al2023Nodes(
                r,
                "dev-containerd-dropin-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/containerd/config.d/50-tcp.toml", [
                        "version = 2",
                        "[grpc]",
                        '  tcp_address = "0.0.0.0:10010"',
                    ]),
                ]),
            ),
    ),
    dev("a root script run through /proc/self/root/data/validator/boot.sh (the data directory by another name)", r => {
        al2023Nodes(r, "dev-proc-root-nodes", withScript(["bash /proc/self/root/data/validator/boot.sh"]));
        nonRootPodWritesData(r);
    }),
    dev(
        "a systemd mount unit binding /data/validator/bin over /opt/validator/bin, and a root unit running /opt/validator/bin/validator",
        r => {
            al2023Nodes(
                r,
                "dev-bind-from-data-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/systemd/system/opt-validator-bin.mount", [
                        "[Mount]",
                        "What=/data/validator/bin",
                        "Where=/opt/validator/bin",
                        "Type=none",
                        "Options=bind",
                        "[Install]",
                        "WantedBy=multi-user.target",
                    ]),
                    ...writeFile("/etc/systemd/system/validator.service", [
                        "[Unit]",
                        "Requires=opt-validator-bin.mount",
                        "[Service]",
                        "ExecStart=/opt/validator/bin/validator",
                        "[Install]",
                        "WantedBy=multi-user.target",
                    ]),
                    "runcmd:",
                    "  - [systemctl, enable, --now, opt-validator-bin.mount, validator.service]",
                ]),
            );
            nonRootPodWritesData(r);
        },
    ),
    // Was a MISS (fixed in round 30): AL2 bootstrap.sh passes --kubelet-extra-args to the kubelet; --client-ca-file (kubelet reference,
    // "x509 client certificate authentication") makes any certificate that CA signs a kubelet client, and the
    // kubelet's Webhook authorization then asks the API server about the certificate's CN/O (O=system:masters passes):
    // whoever holds the corporate CA execs into every pod of the node. A NodeConfig kubelet flag is judged; this is not.
    dev(
        "AL2 bootstrap.sh --kubelet-extra-args '--client-ca-file=/etc/pki/corp/ca.pem' (a corporate CA's certificates call the kubelet)",
        r =>
            al2(
                r,
                "dev-al2-client-ca-nodes",
                ["mkdir -p /etc/pki/corp", "aws s3 cp s3://corp-pki/ca.pem /etc/pki/corp/ca.pem"],
                " --kubelet-extra-args '--client-ca-file=/etc/pki/corp/ca.pem'",
            ),
        /./,
    ),
    dev(
        "a NodeConfig kubelet.flags --client-ca-file=/etc/pki/corp/ca.pem (a corporate CA's certificates call the kubelet)",
        r =>
            al2023Nodes(
                r,
                "dev-nodeconfig-client-ca-nodes",
                mime([
                    {
                        type: "application/node.eks.aws",
                        body: nodeConfig(["  kubelet:", "    flags:", "      - --client-ca-file=/etc/pki/corp/ca.pem"]),
                    },
                ]),
            ),
    ),
    dev("a NodeConfig kubelet.config authentication.x509.clientCAFile naming a corporate CA", r =>
        al2023Nodes(
            r,
            "dev-nodeconfig-x509-nodes",
            mime([
                {
                    type: "application/node.eks.aws",
                    body: nodeConfig([
                        "  kubelet:",
                        "    config:",
                        "      authentication:",
                        "        x509:",
                        "          clientCAFile: /etc/pki/corp/ca.pem",
                    ]),
                },
            ]),
        ),
    ),
    // Was a MISS (fixed in round 30): AWS EC2 user guide, "Install EC2 Instance Connect": the package sets sshd's AuthorizedKeysCommand to
    // /opt/aws/bin/eic_run_authorized_keys, so any IAM principal allowed ec2-instance-connect:SendSSHPublicKey pushes a
    // key and logs in as ec2-user (passwordless sudo on AL2023). The pack refuses the same AuthorizedKeysCommand
    // written into sshd's configuration, not the package that writes it.
    dev(
        "a shell part installing EC2 Instance Connect (dnf install -y ec2-instance-connect): keys pushed through IAM log in as ec2-user",
        r =>
            al2023Nodes(
                r,
                "dev-eic-nodes",
                withScript(["dnf install -y ec2-instance-connect", "systemctl restart sshd"]),
            ),
        /./,
    ),
    // Was a MISS (fixed in round 30): Amazon-provided DNS answers instance-data / instance-data.ec2.internal with the metadata address (community
    // answers use http://instance-data/latest/meta-data in place of 169.254.169.254); socat then relays instance
    // metadata to every pod reaching port 8181, which the pack refuses when the address is spelled (round 25-26).
    // Medium confidence: the AWS user guide shown in the corpus names only 169.254.169.254.
    dev(
        "a socat relay to instance metadata by its DNS name (TCP:instance-data.ec2.internal:80)",
        r =>
            al2023Nodes(
                r,
                "dev-imds-name-nodes",
                withScript([
                    "dnf install -y socat",
                    "nohup socat TCP-LISTEN:8181,reuseaddr,fork TCP:instance-data.ec2.internal:80 >/dev/null 2>&1 &",
                ]),
            ),
        /./,
    ),
];

const secure: NodeCase[] = [
    {
        name: "a shell part turning SSH off (systemctl disable --now sshd; mask sshd.socket)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-no-sshd-nodes",
                withScript(["systemctl disable --now sshd.service", "systemctl mask sshd.socket sshd.service"]),
            ),
    },
    {
        name: "AL2 bootstrap.sh --kubelet-extra-args with node labels and a NoSchedule taint",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2(
                r,
                "dev-al2-labels-nodes",
                [],
                " --kubelet-extra-args '--node-labels=workload=validator --register-with-taints=custody=true:NoSchedule'",
            ),
    },
    {
        name: "a containerd registry hosts.toml under /etc/containerd/certs.d mirroring docker.io through a pull-through cache",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-registry-mirror-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/containerd/certs.d/docker.io/hosts.toml", [
                        'server = "https://registry-1.docker.io"',
                        '[host."https://111111111111.dkr.ecr.eu-west-1.amazonaws.com/v2/docker-hub"]',
                        '  capabilities = ["pull", "resolve"]',
                    ]),
                ]),
            ),
    },
];

describeNodeCases("red team round 30: EKS node user data and launchers", insecure, secure);
