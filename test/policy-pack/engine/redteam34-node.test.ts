// Red-team round 34 on EKS NODE user data (fresh eyes), against engine/rootReads.ts and engine/userData.ts. Insecure
// shapes here reach the node through what the readers take on trust: who a user is (a second uid-0 account, a home
// directory pods write), path spellings the kernel resolves (/proc/1/root), socket URLs (unix://) naming a data
// directory, and units whose non-root exemption still leaves them on the host network. Secure neighbours (the same
// features used without a pod-writable path) must stay clean. Misses are `it.skip` with a MISS comment.
import { nodePolicyConfig } from "./packRunner";
import {
    al2023Nodes,
    describeNodeCases,
    EFFECTIVE,
    mime,
    NodeCase,
    nodeConfig,
    withCloudConfig,
    withScript,
} from "./nodeBuilders";
import { Resources } from "./support";

const dev = (name: string, edit: (r: Resources) => void, refused = /./, skip = false): NodeCase => ({
    name,
    stack: "dev",
    config: nodePolicyConfig,
    edit,
    refused,
    policy: EFFECTIVE,
    skip,
});

const script = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, withScript(lines));
const cloud = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, withCloudConfig(lines));

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 34): useradd(8) -o/--non-unique "allow to create users with duplicate (non-unique) UID" with -u 0 makes validator
    // a second name for uid 0; systemd runs User=validator as uid 0 (NoNewPrivileges keeps it root), so root runs the
    // pod's /data/validator/bin/validator. rootReads.ts judges User= by name (root|0|%|sudoers), never by the uid the
    // user data gives it (useradd -u/-o, cloud-config uid, an /etc/passwd line). shadow-utils useradd(8) "-o".
    dev(
        "useradd -o -u 0 validator (a second uid-0 account), then a User=validator NoNewPrivileges unit running /data/validator/bin/validator",
        script("dev-uid0-alias-nodes", [
            "useradd -o -u 0 -g 0 -M -d /var/empty -s /sbin/nologin validator",
            "cat > /etc/systemd/system/validator.service <<'UNIT'",
            "[Service]",
            "User=validator",
            "NoNewPrivileges=yes",
            "ExecStart=/data/validator/bin/validator",
            "[Install]",
            "WantedBy=multi-user.target",
            "UNIT",
            "systemctl daemon-reload",
            "systemctl enable --now validator.service",
        ]),
        /\/data/,
    ),
    // Was a MISS (fixed in round 34): cloud-init users `homedir` sets the account's home; sshd reads AuthorizedKeysFile (default
    // .ssh/authorized_keys) relative to it (sshd_config(5) AuthorizedKeysFile; StrictModes accepts root- or
    // user-owned files), so a pod writing /data/validator/.ssh/authorized_keys logs in as validator over the node
    // network (the cluster security group) and sudo gives root. The home under a data directory is never judged.
    dev(
        "cloud-config users: validator with homedir /data/validator and passwordless sudo (a pod writes .ssh/authorized_keys)",
        cloud("dev-home-in-data-nodes", [
            "users:",
            "  - default",
            "  - name: validator",
            "    homedir: /data/validator",
            "    shell: /bin/bash",
            "    lock_passwd: true",
            "    sudo: ALL=(ALL) NOPASSWD:ALL",
        ]),
        /\/data/,
    ),
    // Was a MISS (fixed in round 34): as above without sudo: a login shell as ops on the node is a host-network process, so instance metadata
    // answers it at hop limit 1 (the hop limit only stops containers, "an additional network hop"): the node role, and
    // through it the node identity. useradd -d's value is treated as a plain value.
    dev(
        "useradd -m -d /srv/ops ops (a login user whose home pods write: sshd reads ~ops/.ssh/authorized_keys)",
        script("dev-useradd-home-srv-nodes", ["useradd -m -d /srv/ops -s /bin/bash ops"]),
        /\/srv/,
    ),
    dev(
        "bash /proc/1/root/data/validator/init.sh (init's root directory is /: the pod's script, spelled through procfs)",
        script("dev-proc-root-nodes", ["bash /proc/1/root/data/validator/init.sh"]),
        /\/data/,
    ),
    // Was a MISS (fixed in round 34): dockerd -H unix:///PATH serves the Docker API (root on the node: privileged containers, host mounts) on
    // that socket; a pod mounting /data connects to /data/docker/docker.sock (Docker docs "Daemon socket option").
    // rootReads.ts pathsIn() only takes file:// URLs as node paths, so unix:///data/... names nothing.
    dev(
        "dockerd -H unix:///data/docker/docker.sock (the Docker API, root on the node, on a socket pods may reach)",
        script("dev-dockerd-unix-data-nodes", [
            "dnf install -y docker",
            "mkdir -p /etc/systemd/system/docker.service.d",
            "cat > /etc/systemd/system/docker.service.d/10-socket.conf <<'UNIT'",
            "[Service]",
            "ExecStart=",
            "ExecStart=/usr/bin/dockerd -H unix:///data/docker/docker.sock --containerd=/run/containerd/containerd.sock",
            "UNIT",
            "systemctl daemon-reload",
            "systemctl enable --now docker.service",
        ]),
        /\/data/,
    ),
    // Was a MISS (fixed in round 34): daemon.json "hosts" is the same setting as -H (Docker docs, "Troubleshooting the Docker daemon": use the
    // hosts key with systemd by clearing -H fd:// in a drop-in, done here); generic() reads the line but pathsIn()
    // skips unix:// URLs. (dockerd on TCP is refused since round 31; a unix socket in a data directory is not.)
    dev(
        "/etc/docker/daemon.json hosts [unix:///srv/docker/docker.sock] (the Docker API on a socket in a data directory)",
        cloud("dev-daemonjson-unix-srv-nodes", [
            "packages: [docker]",
            "write_files:",
            "  - path: /etc/docker/daemon.json",
            "    content: |",
            '      {"hosts": ["unix:///srv/docker/docker.sock"], "log-driver": "journald"}',
            "  - path: /etc/systemd/system/docker.service.d/10-hosts.conf",
            "    content: |",
            "      [Service]",
            "      ExecStart=",
            "      ExecStart=/usr/bin/dockerd --containerd=/run/containerd/containerd.sock",
            "runcmd:",
            "  - [systemctl, enable, --now, docker.service]",
        ]),
        /\/srv/,
    ),
    // Was a MISS (fixed in round 34): the pack exempts non-root units with NoNewPrivileges ("nothing it does reaches root"), but the pod's binary
    // still runs in the host network namespace, where instance metadata answers at hop limit 1 (the limit only stops
    // containers, one hop further): the node role's credentials, and the node identity (a hostNetwork pod is refused
    // for this very reason). A non-root cron job running a data-directory program is already refused (round 29); a
    // NoNewPrivileges unit would need IPAddressDeny=169.254.169.254 or PrivateNetwork= to stay off the node role.
    dev(
        "a User=validator NoNewPrivileges unit running /data/validator/bin/validator (the pod's binary on the host network reaches instance metadata)",
        cloud("dev-nnp-hostnet-nodes", [
            "users:",
            "  - default",
            "  - name: validator",
            "    system: true",
            "    shell: /sbin/nologin",
            "write_files:",
            "  - path: /etc/systemd/system/validator.service",
            "    content: |",
            "      [Service]",
            "      User=validator",
            "      NoNewPrivileges=yes",
            "      ExecStart=/data/validator/bin/validator",
            "      [Install]",
            "      WantedBy=multi-user.target",
            "runcmd:",
            "  - [systemctl, enable, --now, validator.service]",
        ]),
        /\/data/,
    ),
    dev(
        "a socket unit ListenStream=/run/spire/admin.sock whose root service is a shell (Accept=yes: every connection gets root)",
        cloud("dev-socket-shell-nodes", [
            "write_files:",
            "  - path: /etc/systemd/system/node-debug.socket",
            "    content: |",
            "      [Socket]",
            "      ListenStream=/run/spire/admin.sock",
            "      Accept=yes",
            "      [Install]",
            "      WantedBy=sockets.target",
            "  - path: /etc/systemd/system/node-debug@.service",
            "    content: |",
            "      [Service]",
            "      ExecStart=-/bin/bash -i",
            "      StandardInput=socket",
            "runcmd:",
            "  - [systemctl, enable, --now, node-debug.socket]",
        ]),
        /\/run\/spire/,
    ),
    dev(
        "a root unit with StandardInput=file:/data/validator/commands and ExecStart=/bin/bash (root runs what the pod writes)",
        cloud("dev-stdin-file-nodes", [
            "write_files:",
            "  - path: /etc/systemd/system/validator-hooks.service",
            "    content: |",
            "      [Service]",
            "      Type=oneshot",
            "      StandardInput=file:/data/validator/commands",
            "      ExecStart=/bin/bash -s",
            "runcmd:",
            "  - [systemctl, start, validator-hooks.service]",
        ]),
        /\/data/,
    ),
    dev(
        "socat UNIX-LISTEN:/data/validator/shell.sock,fork EXEC:/bin/bash (a root shell on a socket pods reach)",
        script("dev-socat-shell-nodes", ["nohup socat UNIX-LISTEN:/data/validator/shell.sock,fork EXEC:/bin/bash &"]),
        /\/data/,
    ),
    dev(
        "a NodeConfig kubelet containerRuntimeEndpoint unix:///run/spire/cri.sock (the kubelet's CRI on a socket pods may serve)",
        r =>
            al2023Nodes(
                r,
                "dev-cri-endpoint-spire-nodes",
                mime([
                    {
                        type: "application/node.eks.aws",
                        body: nodeConfig([
                            "  kubelet:",
                            "    config:",
                            "      containerRuntimeEndpoint: unix:///run/spire/cri.sock",
                        ]),
                    },
                ]),
            ),
        /\/run\/spire/,
    ),
    dev(
        "a NodeConfig kubelet flag --container-runtime-endpoint=unix:///data/cri/containerd.sock",
        r =>
            al2023Nodes(
                r,
                "dev-cri-flag-data-nodes",
                mime([
                    {
                        type: "application/node.eks.aws",
                        body: nodeConfig([
                            "  kubelet:",
                            "    flags:",
                            "      - --container-runtime-endpoint=unix:///data/cri/containerd.sock",
                        ]),
                    },
                ]),
            ),
        /\/data/,
    ),
    // DECIDED (round 75): was secure. ldconfig(8) builds /etc/ld.so.cache from "the directories specified ... in the
    // file /etc/ld.so.conf" before the trusted ones, and ld.so(8) resolves every program's libraries from that cache:
    // whatever lands in /opt/validator/lib (a libc.so.6 of the validator's download) is loaded by every root program,
    // the same gain as an /etc/ld.so.preload entry. As PATH's rule, only root-owned system library directories are
    // accepted there (redteam74-node R4); set LD_LIBRARY_PATH in the validator's own unit instead.
    dev(
        "ld.so.conf.d adding /opt/validator/lib (a node path root installs) and ldconfig",
        cloud("dev-ldconf-opt-nodes", [
            "write_files:",
            "  - path: /etc/ld.so.conf.d/validator.conf",
            "    content: |",
            "      /opt/validator/lib",
            "runcmd:",
            "  - [ldconfig]",
        ]),
        /loader|ld\.so/,
    ),
];

const secure: NodeCase[] = [
    dev(
        "useradd -r -M -d /var/empty -s /sbin/nologin validator and /data/validator owned by it (a system user, home outside)",
        script("dev-useradd-system-nodes", [
            "useradd -r -M -d /var/empty -s /sbin/nologin validator",
            "mkdir -p /data/validator",
            "chown validator:validator /data/validator",
        ]),
    ),
    dev(
        "CIS modprobe.d: install cramfs /bin/false and blacklist usb-storage",
        cloud("dev-modprobe-cis-nodes", [
            "write_files:",
            "  - path: /etc/modprobe.d/cis.conf",
            "    content: |",
            "      install cramfs /bin/false",
            "      blacklist cramfs",
            "      install usb-storage /bin/false",
            "      blacklist usb-storage",
        ]),
    ),
    dev(
        "a udev rule naming instance-store NVMe disks (SYMLINK+=instance-store%n), then mkfs and mount at /data",
        cloud("dev-udev-instance-store-nodes", [
            "write_files:",
            "  - path: /etc/udev/rules.d/90-instance-store.rules",
            "    content: |",
            '      KERNEL=="nvme[0-9]*n[0-9]*", ENV{DEVTYPE}=="disk", ATTRS{model}=="Amazon EC2 NVMe Instance Storage", SYMLINK+="instance-store%n"',
            "bootcmd:",
            "  - [udevadm, control, --reload-rules]",
            "  - [udevadm, trigger, --subsystem-match=block]",
        ]),
    ),
    dev(
        "a root oneshot with ConditionPathExists=/data/validator/ready running /usr/local/bin/validator-init (the condition only tests)",
        cloud("dev-condition-data-nodes", [
            "write_files:",
            "  - path: /etc/systemd/system/validator-init.service",
            "    content: |",
            "      [Unit]",
            "      ConditionPathExists=/data/validator/ready",
            "      [Service]",
            "      Type=oneshot",
            "      ExecStart=/usr/local/bin/validator-init",
            "runcmd:",
            "  - [systemctl, start, validator-init.service]",
        ]),
    ),
    dev(
        "dockerd on its default socket (-H unix:///var/run/docker.sock) with the stack's containerd",
        script("dev-dockerd-default-nodes", ["dnf install -y docker", "systemctl enable --now docker.service"]),
    ),
    dev(
        "a sysctl.d file raising vm.max_map_count and inotify limits for the validator",
        cloud("dev-sysctl-limits-nodes", [
            "write_files:",
            "  - path: /etc/sysctl.d/90-validator.conf",
            "    content: |",
            "      vm.max_map_count = 262144",
            "      fs.inotify.max_user_watches = 524288",
            "runcmd:",
            "  - [sysctl, --system]",
        ]),
    ),
];

describeNodeCases("red team 34: node user data (accounts, path aliases, sockets)", insecure, secure);
