// Red-team round 25 on EKS NODE user data and launchers (fresh eyes), against engine/rootReads.ts, engine/shell.ts and
// engine/userData.ts. Insecure shapes here reach the node's root, its SSH, its kubelet or its instance metadata through a
// form the readers do not follow: a cloud-config module whose command they skip (fs_setup cmd), systemd's own ways of
// naming root (User=%u, DynamicUser= with a static user, top-level drop-ins), content the shell reader cannot see
// (fetched at boot, base64, printf octal escapes), settings written by echo/chpasswd instead of cloud-config, kubelet
// settings the NodeConfig reader does not know (readOnlyPort), a node-level proxy to instance metadata, and a root
// copy INTO a data directory that writes through a symlink the pod planted there. Secure neighbours must stay clean.
// The pack's misses are `it.skip` (describeNodeCases `skip`) with a MISS comment and the doc checked.
import { nodePolicyConfig } from "./packRunner";
import {
    al2023Nodes,
    describeNodeCases,
    EFFECTIVE,
    hostPathDaemonSet,
    NodeCase,
    nodeConfig,
    rootNoCaps,
    withCloudConfig,
    withPart,
    withScript,
} from "./nodeBuilders";
import { Resources } from "./support";

/** An AL2023 node group of the dev stack with `userData`, beside a Baseline DaemonSet (uid 0, no capabilities) writing /data. */
const withDataWriter = (r: Resources, name: string, userData: string) => {
    al2023Nodes(r, name, userData);
    hostPathDaemonSet(r, `${name}-data`, "node-agents", "/data", rootNoCaps);
};

/** cloud-config write_files lines writing `content` to `path`. */
const writeFile = (path: string, content: string[]) => [
    `  - path: ${path}`,
    "    content: |",
    ...content.map(l => `      ${l}`),
];

/** AL2023 user data whose only NodeConfig carries `spec` lines (under spec:, after the cluster block). */
const withNodeConfig = (spec: string[]) => withPart({ type: "application/node.eks.aws", body: nodeConfig(spec) });

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 25): cloud-init module reference, "Disk Setup" (cc_disk_setup): fs_setup `cmd` is an "Optional command to run to
    // create the filesystem"; cc_disk_setup.mkfs formats it with the entry's keys and runs subp(fs_cmd, shell=True) as
    // root. userData.ts lists fs_setup in CLOUD_CONFIG_PATH_KEYS, so the whole key is skipped: /data/hooks/mkfs.sh, a
    // file the DaemonSet writes, runs as root (every instance, or every boot with `cloud_init_modules: [[disk_setup,
    // always]]`). runcmd naming the same path is refused.
    {
        name: "a cloud-config fs_setup entry whose cmd runs /data/hooks/mkfs.sh (cc_disk_setup runs cmd through a shell as root)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            withDataWriter(
                r,
                "dev-fs-setup-cmd-nodes",
                withCloudConfig([
                    "fs_setup:",
                    "  - label: scratch",
                    "    filesystem: xfs",
                    "    device: /dev/nvme1n1",
                    "    partition: none",
                    "    cmd: /data/hooks/mkfs.sh %(device)s %(label)s",
                ]),
            ),
        refused: /\/data\/hooks\/mkfs\.sh/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 25): systemd.unit(5) "Specifiers": %u "the name of the user running the service manager instance. In case of the
    // system manager this resolves to root"; User= resolves specifiers (src/core/load-fragment.c
    // config_parse_user_group_compat calls unit_full_printf). So User=%u is User=root: /data/bin/agent runs as root.
    // rootReads.unit() reads "%u" as a non-root user name and skips every key of the unit.
    {
        name: "a unit with User=%u (systemd's specifier for the manager's user: root) running /data/bin/agent",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            withDataWriter(
                r,
                "dev-user-specifier-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/systemd/system/data-agent.service", [
                        "[Service]",
                        "User=%u",
                        "ExecStart=/data/bin/agent",
                        "[Install]",
                        "WantedBy=multi-user.target",
                    ]),
                    "runcmd:",
                    "  - systemctl enable --now data-agent.service",
                ]),
            ),
        refused: /\/data\/bin\/agent/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 25): systemd.exec(5) DynamicUser=: "If a statically allocated user or group of the configured name already
    // exists, it is used and no dynamic user/group is allocated"; src/core/dynamic-user.c dynamic_user_realize takes the
    // static user's uid (getpwnam("root") -> 0). DynamicUser= adds sandboxing (ProtectSystem=strict ...) but drops no
    // capability: /data/bin/agent runs as uid 0 and reads every pod's token. rootReads.unit() counts any DynamicUser=yes
    // as non-root, whatever User= names.
    {
        name: "a unit with User=root and DynamicUser=yes (root exists statically, so systemd runs it as uid 0) running /data/bin/agent",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            withDataWriter(
                r,
                "dev-dynamic-root-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/systemd/system/data-agent.service", [
                        "[Service]",
                        "User=root",
                        "DynamicUser=yes",
                        "ExecStart=/data/bin/agent",
                        "[Install]",
                        "WantedBy=multi-user.target",
                    ]),
                ]),
            ),
        refused: /\/data\/bin\/agent/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 25): systemd.unit(5) drop-ins: besides <unit>.d/, "top-level" drop-ins service.d/ apply to every service, and
    // for foo-bar.service also foo-.service.d/ (systemd TEST-15-DROPIN test_hierarchical_dropins; commit "dropin: when
    // looking for dropins for a unit, also look within '-' prefix unit dirs"). The drop-in's User=root makes the User=app
    // unit run /data/bin/agent as root. rootReads keys drop-ins by the directory name, so `service` and `data-` are
    // units of their own and data-agent.service stays non-root.
    {
        name: "a User=app unit running /data/bin/agent plus top-level and prefix drop-ins (service.d/, data-.service.d/) setting User=root",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            withDataWriter(
                r,
                "dev-toplevel-dropin-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/systemd/system/data-agent.service", [
                        "[Service]",
                        "User=app",
                        "ExecStart=/data/bin/agent",
                        "[Install]",
                        "WantedBy=multi-user.target",
                    ]),
                    ...writeFile("/etc/systemd/system/data-.service.d/10-root.conf", ["[Service]", "User=root"]),
                ]),
            ),
        refused: /\/data\/bin\/agent/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 25): the content of /etc/ld.so.preload (ld.so(8) FILES: loaded into every program, root's included) comes out of
    // base64(1) -d: /data/lib/libhook.so. The shell reader judges only what echo/printf/here-documents write; the
    // decoded output of base64 redirected to a node file is never read, and the echoed text holds no path. Teams
    // base64 config into user data to dodge quoting; an unreadable write into the loader's list should be refused.
    {
        name: "a shell part writing /etc/ld.so.preload from base64 -d (the decoded line is /data/lib/libhook.so)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            withDataWriter(
                r,
                "dev-base64-preload-nodes",
                withScript([
                    `echo ${Buffer.from("/data/lib/libhook.so\n").toString("base64")} | base64 -d > /etc/ld.so.preload`,
                ]),
            ),
        refused: /ld\.so\.preload|\/data\/lib/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 25): printf(1) "\NNN byte with octal value NNN": '\057data/lib/libhook.so' prints /data/lib/libhook.so into
    // /etc/ld.so.preload. rootReads' printfOutput decodes only \n, \t and \\, so the written line names no data
    // directory (round 24 fixed the %s format; octal and echo -e \x2f escapes remain).
    {
        name: "a shell part writing /etc/ld.so.preload with printf '\\057data/lib/libhook.so\\n' (an octal escape for /)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            withDataWriter(
                r,
                "dev-printf-octal-nodes",
                withScript(["printf '\\057data/lib/libhook.so\\n' > /etc/ld.so.preload"]),
            ),
        refused: /ld\.so\.preload|\/data\/lib/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 25): GNU coreutils cp: "When copying to a symbolic link, cp follows the link only when it refers to an existing
    // regular file". The DaemonSet (uid 0 in /data) replaces /data/app/app.conf with a symlink to
    // /etc/systemd/system/kubelet.service (or /usr/bin/kubelet) and writes /data/incoming/app.conf: at every boot root
    // copies the pod's file over the node file. fs.protected_symlinks guards only sticky world-writable directories.
    // rootReads.copy() accepts any copy whose destination is a data directory (only node secrets as sources refused),
    // though a data directory as destination is exactly where a pod chooses what root writes to.
    {
        name: "a root boot unit running cp -f /data/incoming/app.conf /data/app/app.conf (root writes through a symlink the pod plants)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            withDataWriter(
                r,
                "dev-cp-through-link-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/systemd/system/app-config-seed.service", [
                        "[Unit]",
                        "After=local-fs.target",
                        "[Service]",
                        "Type=oneshot",
                        "ExecStart=/usr/bin/cp -f /data/incoming/app.conf /data/app/app.conf",
                        "[Install]",
                        "WantedBy=multi-user.target",
                    ]),
                ]),
            ),
        refused: /\/data\/(incoming|app)/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 25): a shell part piping a script fetched at boot into bash runs, as root, content the pack cannot read, exactly
    // what it refuses for cloud-init `#include` ("content fetched at boot ... which the pack cannot read") and
    // write_files `source`. curl | bash passes every reader (no data directory, no known setting).
    {
        name: "a shell part running curl -fsSL https://bootstrap.example.com/node-setup.sh | bash (content fetched at boot, like #include)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            al2023Nodes(
                r,
                "dev-curl-bash-nodes",
                withScript(["curl -fsSL https://bootstrap.example.com/node-setup.sh | bash"]),
            ),
        refused: /fetched|cannot read/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 25): sshd_config(5) PasswordAuthentication; AL2023's sshd_config starts with `Include
    // /etc/ssh/sshd_config.d/*.conf` and the first value wins, so 01-debug.conf turns password logins on (ec2-user has
    // NOPASSWD sudo). The same drop-in written by cloud-config write_files is refused (sshdOpenings on its content), but
    // sshdOpenings reads keywords only at a line's start: `echo 'PasswordAuthentication yes' > ...` starts with echo, and
    // the echoed file is routed to the generic data-directory reader only.
    {
        name: "a shell part echoing PasswordAuthentication yes into /etc/ssh/sshd_config.d/01-debug.conf",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            al2023Nodes(
                r,
                "dev-echo-sshd-nodes",
                withScript([
                    "echo 'PasswordAuthentication yes' > /etc/ssh/sshd_config.d/01-debug.conf",
                    "systemctl restart sshd",
                ]),
            ),
        refused: /PasswordAuthentication/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 25): chpasswd(8) sets ec2-user's password from stdin: a password login (EC2 serial console, "Set an OS user
    // password": the serial console needs one; SSH with password authentication). The pack refuses cloud-config
    // chpasswd/password ("user data sets a login password", redteam19-node), but not the shell command doing the same.
    {
        name: "a shell part setting ec2-user's password with echo 'ec2-user:...' | chpasswd (the cloud-config chpasswd is refused)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            al2023Nodes(r, "dev-shell-chpasswd-nodes", withScript(["echo 'ec2-user:Node-Debug-2024' | chpasswd"])),
        refused: /password/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 25): kubelet config API (KubeletConfiguration v1beta1): "readOnlyPort is the read-only port for the Kubelet to
    // serve on with no authentication/authorization ... Default: 0 (disabled)"; CIS Kubernetes 4.2.4 requires 0. On
    // 10255 anyone reaching the node reads /pods (every pod spec, env values included), /spec and /stats without a
    // credential. nodeConfigOpenings judges anonymous auth, authorization mode, client CA and static pods, never
    // readOnlyPort (nor the --read-only-port flag).
    {
        name: "a NodeConfig turning on the kubelet's unauthenticated read-only port (kubelet.config.readOnlyPort: 10255)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            al2023Nodes(
                r,
                "dev-readonly-port-nodes",
                withNodeConfig(["  kubelet:", "    config:", "      readOnlyPort: 10255"]),
            ),
        refused: /readOnlyPort|10255/,
        policy: EFFECTIVE,
    },
    // Was a MISS (fixed in round 25): the launch template keeps IMDSv2 with hop limit 1 (the pack's allowlist), but a root unit on the node
    // relays instance metadata: socat(1) TCP-LISTEN:8181,fork ... TCP:169.254.169.254:80 answers from the host network
    // namespace, where the hop limit is met, so every pod reaching the node's IP on 8181 gets IMDSv2 tokens and the node
    // role's credentials (EKS best practices, "Restrict access to the instance profile assigned to the worker node").
    // Nothing in userData.ts looks for the metadata address.
    {
        name: "a root unit relaying instance metadata to pods (socat TCP-LISTEN:8181,fork TCP:169.254.169.254:80) despite hop limit 1",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            al2023Nodes(
                r,
                "dev-imds-relay-nodes",
                withCloudConfig([
                    "packages: [socat]",
                    "write_files:",
                    ...writeFile("/etc/systemd/system/imds-relay.service", [
                        "[Service]",
                        "ExecStart=/usr/bin/socat TCP-LISTEN:8181,fork,reuseaddr TCP:169.254.169.254:80",
                        "Restart=always",
                        "[Install]",
                        "WantedBy=multi-user.target",
                    ]),
                    "runcmd:",
                    "  - systemctl enable --now imds-relay.service",
                ]),
            ),
        refused: /169\.254\.169\.254|metadata/,
        policy: EFFECTIVE,
    },
    // DECIDED (round 34): refused. python3 -m puts the working directory first on sys.path, so a pod writing /data/www/http/server.py runs its code in the unit, on the node network (the node role through instance metadata); serve with --directory from a working directory outside the data directories.
    {
        name: "DECIDED: a DynamicUser=yes unit (no User=) serving files from /data/www with python3 -m http.server",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            withDataWriter(
                r,
                "dev-dynamic-user-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/systemd/system/static-files.service", [
                        "[Service]",
                        "DynamicUser=yes",
                        "WorkingDirectory=/data/www",
                        "ExecStart=/usr/bin/python3 -m http.server 8080",
                        "[Install]",
                        "WantedBy=multi-user.target",
                    ]),
                ]),
            ),
        refused: /\/data\/www/,
        policy: EFFECTIVE,
    },
];

const secure: NodeCase[] = [
    // The CIS sshd drop-in written with echo (PasswordAuthentication no, PermitRootLogin no): hardening, opens nothing.
    {
        name: "a shell part echoing a CIS sshd drop-in (PasswordAuthentication no, PermitRootLogin no) into sshd_config.d",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-echo-sshd-hardening-nodes",
                withScript([
                    "printf 'PasswordAuthentication no\\nPermitRootLogin no\\n' > /etc/ssh/sshd_config.d/01-cis.conf",
                    "passwd -l ec2-user",
                ]),
            ),
    },
    // A top-level service.d drop-in raising limits for every service (LimitNOFILE), beside a User=app unit on /data.
    {
        name: "a top-level service.d drop-in raising LimitNOFILE beside a User=app unit working in /data",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            withDataWriter(
                r,
                "dev-toplevel-limits-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/systemd/system/data-agent.service", [
                        "[Service]",
                        "User=app",
                        // Round 29: a non-root unit counts only with NoNewPrivileges= (setuid files a pod plants).
                        "NoNewPrivileges=yes",
                        "WorkingDirectory=/data/app",
                        "ExecStart=/usr/local/bin/app --state /data/app",
                        "[Install]",
                        "WantedBy=multi-user.target",
                    ]),
                    ...writeFile("/etc/systemd/system/service.d/10-limits.conf", ["[Service]", "LimitNOFILE=65536"]),
                ]),
            ),
    },
    // The CIS kubelet read-only port spelled out as disabled, as a config key and as a flag.
    {
        name: "a NodeConfig with readOnlyPort: 0 and --read-only-port=0 (CIS 4.2.4 spelled out)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-readonly-port-off-nodes",
                withNodeConfig([
                    "  kubelet:",
                    "    config:",
                    "      readOnlyPort: 0",
                    "    flags:",
                    "      - --read-only-port=0",
                ]),
            ),
    },
    // Blocking pods (ENIs of the VPC CNI) from instance metadata at the node: EKS best practices' iptables rule.
    {
        name: "a shell part dropping pod traffic to instance metadata (iptables -I FORWARD -i eni+ -d 169.254.169.254/32 -j DROP)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-imds-block-nodes",
                withScript(["iptables -I FORWARD -i eni+ -d 169.254.169.254/32 -j DROP"]),
            ),
    },
];

describeNodeCases("allowlist: red-team round 25, EKS node user data and launchers", insecure, secure);
