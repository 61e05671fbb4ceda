// Red-team round 29 on EKS NODE user data and launchers (fresh eyes), against engine/userData.ts, engine/rootReads.ts
// and engine/shell.ts. Insecure shapes here: a node process the pack reads as "not root" that is root anyway (a
// setuid-root binary a root pod plants in /data, ec2-user's passwordless sudo, a service user the user data itself
// makes a sudoer), a data directory reached without being named (a loop over a glob, a user's home, find | xargs,
// env --chdir), and in-place sed edits that loosen what decides who gets in (the kubelet's config file, root's
// password, PAM). Secure neighbours must stay clean. The pack's misses are `it.skip` (describeNodeCases `skip`) with
// a MISS comment and the doc checked.
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
    rootNoCaps,
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

/** A Baseline DaemonSet of the stack that runs as uid 0 (no capabilities) and writes /data (the pack admits it). */
const rootPodWritesData = (r: Resources) => hostPathDaemonSet(r, "validator-sync", "node-agents", "/data", rootNoCaps);

/** A restricted (non-root) DaemonSet of the stack that writes /data/validator. */
const nonRootPodWritesData = (r: Resources) =>
    hostPathDaemonSet(r, "validator-data", "node-agents", "/data/validator", NON_ROOT);

/** The validator's systemd unit: `service` lines under [Service], started by runcmd. */
const validatorUnit = (service: string[], extra: string[] = []) =>
    withCloudConfig([
        ...extra,
        "write_files:",
        ...writeFile("/etc/systemd/system/validator.service", [
            "[Unit]",
            "Description=Validator",
            "After=network-online.target data.mount",
            "[Service]",
            ...service,
            "Restart=always",
            "[Install]",
            "WantedBy=multi-user.target",
        ]),
        "runcmd:",
        "  - [systemctl, daemon-reload]",
        "  - [systemctl, enable, --now, validator.service]",
    ]);

/** AL2 user data (bootstrap.sh) for the dev cluster, `lines` run first. */
const al2 = (r: Resources, name: string, lines: string[]) =>
    managedNodes(r, { account: PRIMARY, cluster: CLUSTER.dev, amiType: "AL2_x86_64" }, name, {
        userData: b64(
            [
                "#!/bin/bash",
                "set -euo pipefail",
                ...lines,
                "/etc/eks/bootstrap.sh dev-validators --b64-cluster-ca Y2VydGlmaWNhdGVBdXRob3JpdHk= --apiserver-endpoint https://EXAMPLE.gr7.eu-west-1.eks.amazonaws.com",
            ].join("\n"),
        ),
    });

const insecure: NodeCase[] = [
    // MISS: the non-root exemption (rootReads.ts unit(): "every key of a unit running as a non-root User= without
    // capabilities or root's group") assumes the program it runs gives no more than User=. A Baseline pod of the stack
    // running as uid 0 may write /data (podSpec.ts WRITABLE_DATA "whatever the uid"): its files are owned by host uid 0
    // (no user namespace), and chmod 4755 on its own file needs no capability (chmod(2): only the owner check; S_ISUID
    // is cleared only on write/chown, not kept out of chmod by the owner). The unit then execve()s a setuid-root
    // binary: euid 0 on the node (execve(2) "set-user-ID"), unless NoNewPrivileges=yes (systemd.exec(5):
    // "NoNewPrivileges= ... can never gain new privileges through execve() (e.g. via setuid or setgid bits, or
    // filesystem capabilities)") or a nosuid mount of /data; the unit sets neither, and cloud-init's default mount
    // options for /data (defaults,nofail) keep suid. Same with file capabilities (setcap needs CAP_SETFCAP, in the
    // runtime's default set a Baseline pod may keep).
    {
        name: "a unit with User=validator (no NoNewPrivileges) running /data/validator/bin/validator, beside a uid-0 Baseline DaemonSet writing /data (chmod u+s on its own file)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r => {
            al2023Nodes(
                r,
                "dev-setuid-nodes",
                validatorUnit(
                    [
                        "User=validator",
                        "Group=validator",
                        "ExecStart=/data/validator/bin/validator --ledger /data/validator/ledger",
                    ],
                    ["users:", "  - default", "  - name: validator", "    system: true", "    shell: /sbin/nologin"],
                ),
            );
            rootPodWritesData(r);
        },
        refused: /data/,
        policy: EFFECTIVE,
    },
    // MISS: the same through cron: a cron.d job of a non-root user is only ranOnly()-judged, yet runs a binary a uid-0 pod
    // made setuid-root (crond execs the job with the user's credentials; execve(2) honours S_ISUID; cronie sets no
    // no_new_privs).
    {
        name: "a cron.d job of user validator running /data/validator/bin/snapshot every 10 minutes, beside a uid-0 Baseline DaemonSet writing /data",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r => {
            al2023Nodes(
                r,
                "dev-cron-setuid-nodes",
                withScript([
                    "useradd --system --shell /sbin/nologin validator",
                    "echo '*/10 * * * * validator /data/validator/bin/snapshot --out /data/validator/snapshots' > /etc/cron.d/validator-snapshot",
                    "chmod 0644 /etc/cron.d/validator-snapshot",
                ]),
            );
            rootPodWritesData(r);
        },
        refused: /data/,
        policy: EFFECTIVE,
    },
    // MISS: ec2-user is root on the EKS AL2023 AMI: cloud-init's default user there is created with
    // `sudo: ["ALL=(ALL) NOPASSWD:ALL"]` (AL2023 /etc/cloud/cloud.cfg default_user; cloud-init writes
    // /etc/sudoers.d/90-cloud-init-users "ec2-user ALL=(ALL) NOPASSWD:ALL"). A cron job of ec2-user is read as
    // non-root (rootReads.ts cron(): runAs !== "root"), so a script a restricted (non-root) pod writes runs with
    // `sudo` available to it without a password: root.
    {
        name: "a cron.d job of ec2-user (passwordless sudo on AL2023) running /data/validator/rotate-logs.sh, beside a non-root DaemonSet writing /data/validator",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r => {
            al2023Nodes(
                r,
                "dev-ec2user-cron-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/cron.d/validator-logs", [
                        "SHELL=/bin/bash",
                        "0 * * * * ec2-user /bin/bash /data/validator/rotate-logs.sh",
                    ]),
                ]),
            );
            nonRootPodWritesData(r);
        },
        refused: /data/,
        policy: EFFECTIVE,
    },
    // MISS: the same for a systemd unit with User=ec2-user: "non-root" to the pack (rootReads.ts unit()), NOPASSWD sudo on
    // the node (AL2023 cloud.cfg default_user).
    {
        name: "a unit with User=ec2-user running /srv/app/bin/agent (ec2-user has passwordless sudo), beside a non-root DaemonSet writing /srv",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r => {
            al2023Nodes(r, "dev-ec2user-unit-nodes", validatorUnit(["User=ec2-user", "ExecStart=/srv/app/bin/agent"]));
            hostPathDaemonSet(r, "app-data", "node-agents", "/srv/app", NON_ROOT);
        },
        refused: /srv/,
        policy: EFFECTIVE,
    },
    // MISS: a service user the same user data makes a passwordless sudoer (cloud-config users[].sudo, cloud-init module
    // reference "Users and Groups": `sudo: ALL=(ALL) NOPASSWD:ALL`), locked and without keys (no login: the pack
    // accepts it), then runs as User=validator a binary from /data: whatever the pod writes there runs `sudo` as root.
    {
        name: "cloud-config users: validator with sudo ALL=(ALL) NOPASSWD:ALL (locked, no keys), and a unit User=validator running /data/validator/bin/validator",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r => {
            al2023Nodes(
                r,
                "dev-sudo-user-nodes",
                validatorUnit(
                    ["User=validator", "ExecStart=/data/validator/bin/validator"],
                    [
                        "users:",
                        "  - default",
                        "  - name: validator",
                        "    lock_passwd: true",
                        "    shell: /bin/bash",
                        "    sudo: ALL=(ALL) NOPASSWD:ALL",
                    ],
                ),
            );
            nonRootPodWritesData(r);
        },
        refused: /data|sudo/,
        policy: EFFECTIVE,
    },
    // A loop over a glob of the data directory: each `$f` is a pod's file, run by bash as root (bash(1) "Pathname
    // Expansion"; the classic run-parts-by-hand shape).
    {
        name: 'a shell part running every /data/validator/hooks.d/*.sh as root in a for loop (bash "$f")',
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-hook-loop-nodes",
                withScript([
                    "mkdir -p /data/validator/hooks.d",
                    "for f in /data/validator/hooks.d/*.sh; do",
                    '  [ -f "$f" ] && bash "$f"',
                    "done",
                ]),
            );
            nonRootPodWritesData(r);
        },
        refused: /data/,
        policy: EFFECTIVE,
    },
    // find prints pod-chosen names; xargs runs each with bash as root.
    {
        name: "a shell part running find /srv/boot.d -name '*.sh' -print0 | xargs -0 -r -n1 bash (pod-written scripts, run by root)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-find-xargs-nodes",
                withScript(["find /srv/boot.d -maxdepth 1 -name '*.sh' -print0 | sort -z | xargs -0 -r -n1 bash"]),
            );
            hostPathDaemonSet(r, "boot-hooks", "node-agents", "/srv/boot.d", NON_ROOT);
        },
        refused: /srv/,
        policy: EFFECTIVE,
    },
    // env -C/--chdir (GNU coreutils env: "change working directory to DIR") runs ./prepare.sh from /data/validator.
    {
        name: "a shell part running env --chdir=/data/validator ./prepare.sh (a relative program in a pod's directory)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(r, "dev-env-chdir-nodes", withScript(["env --chdir=/data/validator ./prepare.sh --init"]));
            nonRootPodWritesData(r);
        },
        refused: /data/,
        policy: EFFECTIVE,
    },
    // MISS: a user's home in a data directory (cloud-config users[].homedir, cloud-init module reference "Users and
    // Groups"), then root runs a script there through `~validator` (bash(1) "Tilde Expansion": "~login" is that user's
    // home directory; cloud-init runs runcmd through sh). The reader never expands ~user, so /data is never named.
    {
        name: "cloud-config user validator with homedir /data/validator, then runcmd bash ~validator/init.sh as root",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r => {
            al2023Nodes(
                r,
                "dev-tilde-nodes",
                withCloudConfig([
                    "users:",
                    "  - default",
                    "  - name: validator",
                    "    homedir: /data/validator",
                    "    shell: /sbin/nologin",
                    "    no_create_home: true",
                    "runcmd:",
                    "  - bash ~validator/init.sh",
                ]),
            );
            nonRootPodWritesData(r);
        },
        refused: /data|~validator|unreadable|cannot read/,
        policy: EFFECTIVE,
    },
    // An in-place sed edit of the AL2 kubelet config file turning authorization into AlwaysAllow (refused: the text names
    // AlwaysAllow).
    {
        name: 'AL2: sed -i \'s/"mode": "Webhook"/"mode": "AlwaysAllow"/\' on /etc/kubernetes/kubelet/kubelet-config.json before bootstrap.sh',
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2(r, "dev-al2-sed-kubelet-nodes", [
                'sed -i \'s/"mode": "Webhook"/"mode": "AlwaysAllow"/\' /etc/kubernetes/kubelet/kubelet-config.json',
            ]),
        refused: /AlwaysAllow/,
        policy: EFFECTIVE,
    },
    // MISS: the same file, anonymous auth on: the AL2 AMI's kubelet-config.json has exactly one `"enabled": false`
    // (authentication.anonymous; webhook's is true: awslabs/amazon-eks-ami templates/al2/runtime/kubelet-config.json),
    // so this sed turns anonymous requests on; with Webhook authorization system:anonymous then reaches what RBAC gives
    // it, and the pack refuses the same setting in a NodeConfig, as a kubelet flag and through jq (round 28). An in-place
    // sed edit of a NODE_CONFIG_PATHS file is accepted whatever it puts there (NodeJudge.written returns [] for `edit`).
    {
        name: 'AL2: sed -i \'s/"enabled": false/"enabled": true/\' on kubelet-config.json (its only false `enabled` is authentication.anonymous)',
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            al2(r, "dev-al2-sed-anon-nodes", [
                'sed -i \'s/"enabled": false/"enabled": true/\' /etc/kubernetes/kubelet/kubelet-config.json',
            ]),
        refused: /kubelet/,
        policy: EFFECTIVE,
    },
    // MISS: sed -i on /etc/shadow blanking root's password field is accepted (edit fragments return []), while passwd -d and
    // chpasswd are refused. AL2023's PAM (system-auth pam_unix.so ... nullok) lets an empty password log in: root on the
    // EC2 serial console (EC2 user guide, "EC2 Serial Console": the OS login prompt), the effect of agetty --autologin
    // root (refused, round 26).
    {
        name: "a shell part blanking root's password with sed -i 's/^root:[^:]*:/root::/' /etc/shadow (serial console login, no password)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r => al2023Nodes(r, "dev-shadow-sed-nodes", withScript(["sed -i 's/^root:[^:]*:/root::/' /etc/shadow"])),
        refused: /shadow|password/,
        policy: EFFECTIVE,
    },
    // MISS: PAM written with known content is only scanned for data directories (READ_BEFORE_WRITE refuses unreadable
    // content only). `auth sufficient pam_permit.so` first in /etc/pam.d/login lets anyone at the login prompt in as
    // any user without a password (pam_permit(8): "always permit access"), root on the EC2 serial console: the effect
    // of agetty --autologin root (refused, round 26).
    {
        name: "cloud-config write_files putting auth sufficient pam_permit.so first in /etc/pam.d/login (console login without a password)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            al2023Nodes(
                r,
                "dev-pam-permit-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/pam.d/login", [
                        "#%PAM-1.0",
                        "auth       sufficient   pam_permit.so",
                        "auth       substack     system-auth",
                        "account    required     pam_nologin.so",
                        "account    include      system-auth",
                        "password   include      system-auth",
                        "session    include      system-auth",
                    ]),
                ]),
            ),
        refused: /pam/,
        policy: EFFECTIVE,
    },
    // MISS: a root unit's Environment= naming a data directory is skipped unless the variable is in LOADER_VARIABLES
    // (rootReads.ts). AWS_CONFIG_FILE moves the AWS CLI/SDK config file (AWS CLI user guide, "Environment variables"),
    // and a pod writing it sets `credential_process`, which the CLI runs to get credentials (AWS CLI user guide,
    // "Source credentials with an external process": "configure the AWS CLI to use it by configuring the
    // credential_process setting in the config file"): root runs the pod's command. Root's own AWS config with
    // credential_process under /data is refused (round 27); moving the config file to /data is not.
    {
        name: "a root oneshot unit with Environment=AWS_CONFIG_FILE=/data/validator/aws/config running aws s3 sync (credential_process from the pod's file)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r => {
            al2023Nodes(
                r,
                "dev-aws-config-env-nodes",
                validatorUnit([
                    "Type=oneshot",
                    "Environment=AWS_CONFIG_FILE=/data/validator/aws/config",
                    "ExecStart=/usr/bin/aws s3 sync s3://validator-snapshots/latest /var/lib/validator-snapshots",
                ]),
            );
            nonRootPodWritesData(r);
        },
        refused: /data/,
        policy: EFFECTIVE,
    },
    // MISS: JAVA_TOOL_OPTIONS is read by every JVM at start ("the JVM ... examines the JAVA_TOOL_OPTIONS environment
    // variable", JVMTI reference, "Command-Line Option"), and -javaagent:<jar> loads and runs that jar's premain in the
    // JVM (java.lang.instrument package docs): a root Java service runs the pod's code. Not in LOADER_VARIABLES.
    {
        name: "a root unit with Environment=JAVA_TOOL_OPTIONS=-javaagent:/data/validator/otel-agent.jar running /usr/bin/java -jar /opt/validator/sync.jar",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r => {
            al2023Nodes(
                r,
                "dev-javaagent-nodes",
                validatorUnit([
                    "Environment=JAVA_TOOL_OPTIONS=-javaagent:/data/validator/otel-agent.jar",
                    "ExecStart=/usr/bin/java -jar /opt/validator/sync.jar",
                ]),
            );
            nonRootPodWritesData(r);
        },
        refused: /data/,
        policy: EFFECTIVE,
    },
    // MISS: a shell assignment prefix naming a data directory is not judged when the variable is not a loader's:
    // KUBECONFIG points kubectl at a file whose users[].user.exec.command client-go runs to get a token (Kubernetes docs,
    // "client-go credential plugins"): root runs the pod's command (with the node's network and instance metadata).
    {
        name: "a shell part running KUBECONFIG=/data/validator/kubeconfig kubectl label node ... (exec credential plugin from the pod's file)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r => {
            al2023Nodes(
                r,
                "dev-kubeconfig-env-nodes",
                withScript([
                    'KUBECONFIG=/data/validator/kubeconfig kubectl label node "$(hostname)" validator.example.com/ready=true --overwrite',
                ]),
            );
            nonRootPodWritesData(r);
        },
        refused: /data/,
        policy: EFFECTIVE,
    },
];

const secure: NodeCase[] = [
    // systemd.exec(5) NoNewPrivileges=, ProtectSystem=strict, ReadWritePaths=: a non-root validator whose program is the
    // node's own (/usr/local/bin) and whose data lives in /data/validator.
    {
        name: "a hardened unit: User=validator, NoNewPrivileges, ProtectSystem=strict, ReadWritePaths=/data/validator, ExecStart=/usr/local/bin/validator",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-hardened-unit-nodes",
                validatorUnit(
                    [
                        "User=validator",
                        "Group=validator",
                        "NoNewPrivileges=yes",
                        "ProtectSystem=strict",
                        "ProtectHome=yes",
                        "PrivateTmp=yes",
                        "ReadWritePaths=/data/validator",
                        "CapabilityBoundingSet=",
                        "ExecStart=/usr/local/bin/validator --ledger /data/validator/ledger",
                    ],
                    ["users:", "  - default", "  - name: validator", "    system: true", "    shell: /sbin/nologin"],
                ),
            );
            nonRootPodWritesData(r);
        },
    },
    // CIS AL2023 "Ensure root account is locked" / "default user shell timeout": passwd -l root, usermod -s nologin.
    {
        name: "CIS: passwd -l root, usermod -L -s /sbin/nologin for a service user, and a TMOUT profile.d file",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-lock-root-nodes",
                withScript([
                    "passwd -l root",
                    "useradd --system --no-create-home --shell /sbin/nologin validator",
                    "usermod -L -s /sbin/nologin validator",
                    "printf 'readonly TMOUT=900\\nexport TMOUT\\n' > /etc/profile.d/tmout.sh",
                ]),
            ),
    },
    // CIS AL2023 "Ensure nodev/nosuid/noexec option set on ... partition": the data volume remounted nosuid,nodev,noexec
    // (mount(8) remount) so nothing a pod writes there runs with more than its caller's credentials.
    {
        name: "the data volume remounted nosuid,nodev,noexec (mount -o remount) beside a root cron job pruning /data/validator/tmp",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-nosuid-data-nodes",
                withScript([
                    "mountpoint -q /data && mount -o remount,nosuid,nodev,noexec /data",
                    "echo '30 3 * * * root /usr/bin/find /data/validator/tmp -type f -mtime +3 -delete' > /etc/cron.d/validator-tmp",
                ]),
            );
            nonRootPodWritesData(r);
        },
    },
    // CIS AL2023 "Configure PAM": pam_faillock and pwquality written as files with known content (no data directory).
    {
        name: "CIS PAM: /etc/security/faillock.conf (deny=5, unlock_time=900) and pwquality.conf.d minlen 14, via write_files",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-cis-pam-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/security/faillock.conf", ["deny = 5", "unlock_time = 900", "even_deny_root"]),
                    ...writeFile("/etc/security/pwquality.conf.d/50-cis.conf", ["minlen = 14", "minclass = 4"]),
                ]),
            ),
    },
];

describeNodeCases("red team round 29: EKS node user data and launchers", insecure, secure);
