// Red-team round 35 on EKS NODE user data (fresh eyes), mostly SECURE variants a careful platform team writes that
// the readers of rounds 31-34 might refuse: hardened systemd units for node agents (a `+` setup line, ambient
// CAP_NET_BIND_SERVICE, ReadWritePaths=, WorkingDirectory=, DynamicUser=, path units), log agents running as their own
// user, configuration and environment files for a service user, XFS project quotas on /data, wait loops, su -c and
// setpriv, output tracing; and three insecure neighbours where the round 34 "off the node's network" exemption reads
// systemd's IPAddressAllow=/IPAddressDeny=/RestrictAddressFamilies= lists the wrong way.
// Misses are `it.skip` with a MISS comment and the doc checked.
import { al2023Nodes, describeNodeCases, devNodeCase, NodeCase, withCloudConfig, withScript } from "./nodeBuilders";
import { Resources } from "./support";

const dev = devNodeCase;

/** A shell part on AL2023 dev nodes. */
const script = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, withScript(lines));
/** A cloud-config part on AL2023 dev nodes. */
const cloud = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, withCloudConfig(lines));

/** The instance-store data disk formatted and mounted at /data (EC2 user guide, "Make an instance store volume available"). */
const DATA = ["mkfs.xfs -f -L data /dev/nvme1n1", "mkdir -p /data", "mount -o noatime,nodev,nosuid LABEL=data /data"];

/** The validator's service user (system account, home outside the data directories). */
const USER = [
    "useradd --system --uid 10001 --home-dir /var/lib/validator --no-create-home --shell /sbin/nologin validator",
    "install -d -m 0750 -o validator -g validator /data/validator",
];

/** A unit file written with a quoted heredoc, then enabled. */
const unit = (path: string, lines: string[]) => [`cat > ${path} <<'UNIT'`, ...lines, "UNIT", "systemctl daemon-reload"];

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 35): accepted. rootReads.ts unit() counts any IPAddressDeny= covering 169.254.169.254 as off the network and
    // never reads IPAddressAllow=, which systemd checks FIRST (systemd.resource-control(5)): link-local in the allow
    // list lets the pod's binary (uid validator, host network) fetch the node role from instance metadata, the round
    // 34 reason for refusing it.
    // systemd.resource-control(5) IPAddressAllow=/IPAddressDeny=: "Access is granted when the checked IP address
    // matches an entry in the IPAddressAllow= list. Otherwise, access is denied when ... IPAddressDeny=". Allowing
    // link-local (for the Route 53 Resolver 169.254.169.253 and Amazon Time Sync 169.254.169.123) after
    // IPAddressDeny=any re-opens 169.254.169.254: the pod's binary gets the node role from instance metadata.
    dev(
        "a User=validator NoNewPrivileges unit running /data/validator/bin/validator with IPAddressDeny=any and IPAddressAllow=link-local 10.0.0.0/8 (DNS/NTP)",
        script("dev-ipallow-linklocal-nodes", [
            ...DATA,
            ...USER,
            ...unit("/etc/systemd/system/validator.service", [
                "[Service]",
                "User=validator",
                "NoNewPrivileges=yes",
                "IPAddressDeny=any",
                "IPAddressAllow=localhost link-local 10.0.0.0/8",
                "ExecStart=/data/validator/bin/validator",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl enable --now validator.service",
        ]),
        /\/data\/validator\/bin\/validator/,
    ),
    // Was a MISS (fixed in round 35): accepted. unit() takes IPAddressDeny= from ANY line (service.some), but an empty assignment resets the
    // list (systemd.resource-control(5): "If an empty string is assigned ... the specific access list is reset and
    // all previous settings undone"): the drop-in puts the unit back on the node's network.
    // systemd.resource-control(5): "If an empty string is assigned to these settings the specific access list is
    // reset and all previous settings undone." A drop-in clearing IPAddressDeny= (to debug connectivity) leaves no
    // deny list: the pack still sees the unit's IPAddressDeny=any.
    dev(
        "a User=validator NoNewPrivileges unit with IPAddressDeny=any and a debug drop-in resetting IPAddressDeny= (empty), running /data/validator/bin/validator",
        script("dev-ipdeny-reset-nodes", [
            ...DATA,
            ...USER,
            ...unit("/etc/systemd/system/validator.service", [
                "[Service]",
                "User=validator",
                "NoNewPrivileges=yes",
                "IPAddressDeny=any",
                "IPAddressAllow=localhost 10.0.0.0/8",
                "ExecStart=/data/validator/bin/validator",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "mkdir -p /etc/systemd/system/validator.service.d",
            "cat > /etc/systemd/system/validator.service.d/90-debug.conf <<'EOF'",
            "[Service]",
            "IPAddressDeny=",
            "EOF",
            "systemctl daemon-reload",
            "systemctl enable --now validator.service",
        ]),
        /\/data\/validator\/bin\/validator/,
    ),
    // Was a MISS (fixed in round 35): accepted. unit() reads only the LAST RestrictAddressFamilies= line, but allow lists accumulate across
    // assignments (systemd src/core/load-fragment.c config_parse_address_families: the first assignment fixes
    // allow/deny mode, later allow entries are added to the same set; only an empty assignment resets): AF_INET stays
    // allowed, the unit is on the node's network.
    // RestrictAddressFamilies= allow lists are merged across assignments (systemd src/core/load-fragment.c
    // config_parse_address_families: the first assignment fixes allow/deny mode, later ones set_put into the same
    // set; only an empty assignment resets). A hardening drop-in `RestrictAddressFamilies=AF_UNIX` on a unit that
    // allows AF_UNIX AF_INET AF_INET6 leaves AF_INET allowed; the pack reads only the last line.
    dev(
        "a User=validator NoNewPrivileges unit allowing AF_UNIX AF_INET AF_INET6, plus a drop-in RestrictAddressFamilies=AF_UNIX (lists merge), running /data/validator/bin/validator",
        script("dev-raf-merge-nodes", [
            ...DATA,
            ...USER,
            ...unit("/etc/systemd/system/validator.service", [
                "[Service]",
                "User=validator",
                "NoNewPrivileges=yes",
                "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6",
                "ExecStart=/data/validator/bin/validator",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "mkdir -p /etc/systemd/system/validator.service.d",
            "cat > /etc/systemd/system/validator.service.d/50-hardening.conf <<'EOF'",
            "[Service]",
            "RestrictAddressFamilies=AF_UNIX",
            "EOF",
            "systemctl daemon-reload",
            "systemctl enable --now validator.service",
        ]),
        /\/data\/validator\/bin\/validator/,
    ),
    // DECIDED (round 35): refused. A file under /etc naming a data directory is presumed read by root: the pack cannot know every reader of a node file. Pass the path in the unit itself (ExecStart= arguments or Environment=), judged with the unit.
    dev(
        "DECIDED: /etc/validator/config.yaml (dataDir: /data/validator) written with cat <<EOF, read by a User=validator NoNewPrivileges unit",
        script("dev-config-heredoc-nodes", [
            ...DATA,
            ...USER,
            "install -d -m 0755 /etc/validator",
            "cat > /etc/validator/config.yaml <<'EOF'",
            "dataDir: /data/validator",
            "walDir: /data/validator/wal",
            "listen: 127.0.0.1:9300",
            "EOF",
            ...unit("/etc/systemd/system/validator.service", [
                "[Service]",
                "User=validator",
                "NoNewPrivileges=yes",
                "ExecStart=/usr/local/bin/validator --config /etc/validator/config.yaml",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl enable --now validator.service",
        ]),
        /\/etc\/validator\/config\.yaml/,
    ),
    // DECIDED (round 35): refused, as the config file above (an EnvironmentFile= is a node file any root unit may read too); set Environment= in the unit.
    dev(
        "DECIDED: /etc/sysconfig/validator (VALIDATOR_DATA_DIR=/data/validator) written with printf | tee, EnvironmentFile= of a User=validator NoNewPrivileges unit",
        script("dev-envfile-tee-nodes", [
            ...DATA,
            ...USER,
            "printf 'VALIDATOR_DATA_DIR=%s\\nVALIDATOR_LISTEN=%s\\n' /data/validator 127.0.0.1:9300 | tee /etc/sysconfig/validator >/dev/null",
            "chmod 0644 /etc/sysconfig/validator",
            ...unit("/etc/systemd/system/validator.service", [
                "[Service]",
                "User=validator",
                "NoNewPrivileges=yes",
                "EnvironmentFile=/etc/sysconfig/validator",
                "ExecStart=/usr/local/bin/validator --data-dir ${VALIDATOR_DATA_DIR} --listen ${VALIDATOR_LISTEN}",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl enable --now validator.service",
        ]),
        /\/etc\/sysconfig\/validator/,
    ),
    // DECIDED (round 35): refused. The agent configuration is a node file; the CloudWatch agent configuration is read because the pack parses it (file_path only), Fluent Bit configuration is not parsed. Ship the logs with the CloudWatch agent, or run the log shipper as a DaemonSet.
    dev(
        "DECIDED: Fluent Bit as User=fluent-bit (NoNewPrivileges) tailing /data/validator/logs/*.log to CloudWatch Logs (write_files)",
        cloud("dev-fluentbit-user-nodes", [
            "users:",
            "  - default",
            "  - name: fluent-bit",
            "    system: true",
            "    shell: /sbin/nologin",
            "    homedir: /var/lib/fluent-bit",
            "write_files:",
            "  - path: /etc/fluent-bit/fluent-bit.conf",
            "    content: |",
            "      [SERVICE]",
            "          Flush        5",
            "          Log_Level    info",
            "      [INPUT]",
            "          Name         tail",
            "          Path         /data/validator/logs/*.log",
            "          DB           /var/lib/fluent-bit/validator.db",
            "          Tag          validator",
            "      [OUTPUT]",
            "          Name              cloudwatch_logs",
            "          Match             validator",
            "          region            eu-west-1",
            "          log_group_name    /eks/dev/validator",
            "          log_stream_prefix node-",
            "  - path: /etc/systemd/system/fluent-bit.service.d/10-user.conf",
            "    content: |",
            "      [Service]",
            "      User=fluent-bit",
            "      Group=fluent-bit",
            "      NoNewPrivileges=yes",
            "      StateDirectory=fluent-bit",
            "runcmd:",
            "  - [systemctl, daemon-reload]",
            "  - [systemctl, enable, --now, fluent-bit.service]",
        ]),
        /fluent-bit/,
    ),
    // DECIDED (round 35; round 27 design): sudoers drop-ins other than tightening Defaults are refused: the pack does not parse sudoers command rules.
    dev(
        "DECIDED: sudoers drop-in validator ALL=(root) NOPASSWD: /usr/bin/systemctl restart validator.service, plus a User=validator NoNewPrivileges unit on /data/validator",
        script("dev-sudo-one-cmd-nodes", [
            ...DATA,
            ...USER,
            "echo 'validator ALL=(root) NOPASSWD: /usr/bin/systemctl restart validator.service' > /etc/sudoers.d/validator",
            "chmod 0440 /etc/sudoers.d/validator",
            "visudo -cf /etc/sudoers.d/validator",
            ...unit("/etc/systemd/system/validator.service", [
                "[Service]",
                "User=validator",
                "NoNewPrivileges=yes",
                "ExecStart=/usr/local/bin/validator --data-dir /data/validator",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl enable --now validator.service",
        ]),
        /sudoers/,
    ),
];

const secure: NodeCase[] = [
    // Was a MISS (fixed in round 35): refused ("a root process of the node read /data/validator ... ExecStart=/usr/local/bin/validator
    // --data-dir=/data/validator"). unit() marks the WHOLE unit unconfined when any Exec line has `+`, but
    // systemd.service(5) says `+` lifts User=/Group=/... only for "the invoked command line (but still affect any
    // other ExecStart=, ExecStop=, ... lines)": ExecStart runs as validator with NoNewPrivileges, like the accepted
    // unit without the prestep.
    // systemd.service(5) "+" prefix: "the process is executed with full privileges" for THAT command only; the
    // other Exec lines still run as User=. A root ExecStartPre that only creates the data directory, and the
    // service user's node program (/usr/local/bin) given /data/validator as its data directory.
    dev(
        "a User=validator NoNewPrivileges unit with ExecStartPre=+/usr/bin/install -d -o validator /data/validator and ExecStart=/usr/local/bin/validator --data-dir=/data/validator",
        script("dev-plus-prestart-nodes", [
            ...DATA,
            ...USER,
            ...unit("/etc/systemd/system/validator.service", [
                "[Unit]",
                "RequiresMountsFor=/data",
                "[Service]",
                "User=validator",
                "Group=validator",
                "NoNewPrivileges=yes",
                "ExecStartPre=+/usr/bin/install -d -m 0750 -o validator -g validator /data/validator",
                "ExecStart=/usr/local/bin/validator --data-dir=/data/validator",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl enable --now validator.service",
        ]),
        /./,
    ),
    // A hardened node agent (systemd.exec(5) ProtectSystem=strict, ReadWritePaths=, PrivateTmp=, ProtectHome=,
    // CapabilityBoundingSet= empty) running the node's own binary as its user with /data/validator as its store.
    dev(
        "a hardened User=validator unit (ProtectSystem=strict, ReadWritePaths=/data/validator, empty CapabilityBoundingSet) running /usr/local/bin/validator --data-dir /data/validator",
        script("dev-hardened-unit-nodes", [
            ...DATA,
            ...USER,
            ...unit("/etc/systemd/system/validator.service", [
                "[Unit]",
                "Description=validator node agent",
                "After=network-online.target",
                "Wants=network-online.target",
                "RequiresMountsFor=/data/validator",
                "[Service]",
                "User=validator",
                "Group=validator",
                "NoNewPrivileges=yes",
                "ProtectSystem=strict",
                "ProtectHome=yes",
                "PrivateTmp=yes",
                "PrivateDevices=yes",
                "ReadWritePaths=/data/validator",
                "CapabilityBoundingSet=",
                "AmbientCapabilities=",
                "RestrictSUIDSGID=yes",
                "SystemCallArchitectures=native",
                "ExecStart=/usr/local/bin/validator --data-dir /data/validator --listen 127.0.0.1:9300",
                "Restart=on-failure",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl enable --now validator.service",
        ]),
    ),
    // Was a MISS (fixed in round 35): refused (judged as root). Any non-empty AmbientCapabilities= makes the unit root for rootReads.ts, but
    // CAP_NET_BIND_SERVICE only allows bind(2) below 1024 (capabilities(7)); with NoNewPrivileges nothing planted in
    // /data raises it. systemd.exec(5) gives exactly this use ("execute a process as a non-privileged user but still
    // ... some capabilities"). Only capabilities that reach root (CAP_SYS_ADMIN, CAP_DAC_*, CAP_SETUID ...) should
    // count.
    // systemd.exec(5) AmbientCapabilities=CAP_NET_BIND_SERVICE: a non-root exporter binding port 443 (the canonical
    // example of ambient capabilities); it gives bind(2) on low ports, nothing that reaches root.
    dev(
        "a User=validator NoNewPrivileges unit with AmbientCapabilities=CAP_NET_BIND_SERVICE serving :443, data directory /data/validator",
        script("dev-ambient-bind-nodes", [
            ...DATA,
            ...USER,
            ...unit("/etc/systemd/system/validator-gateway.service", [
                "[Service]",
                "User=validator",
                "Group=validator",
                "NoNewPrivileges=yes",
                "AmbientCapabilities=CAP_NET_BIND_SERVICE",
                "CapabilityBoundingSet=CAP_NET_BIND_SERVICE",
                "ExecStart=/usr/local/bin/validator-gateway --listen :443 --data-dir /data/validator",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl enable --now validator-gateway.service",
        ]),
        /./,
    ),
    // XFS project quotas per tenant directory on the data volume (xfs_quota(8) "project -s", /etc/projects and
    // /etc/projid; mount option prjquota), a common way to cap local-volume use on instance-store nodes.
    dev(
        "XFS project quota on /data/validator: /etc/projects + /etc/projid, mount -o prjquota, xfs_quota -x -c 'project -s validator' /data",
        script("dev-xfs-prjquota-nodes", [
            "mkfs.xfs -f -L data /dev/nvme1n1",
            "mkdir -p /data",
            "mount -o noatime,nodev,nosuid,prjquota LABEL=data /data",
            "mkdir -p /data/validator",
            "echo '42:/data/validator' >> /etc/projects",
            "echo 'validator:42' >> /etc/projid",
            "xfs_quota -x -c 'project -s validator' /data",
            "xfs_quota -x -c 'limit -p bhard=200g validator' /data",
        ]),
    ),
    // Waiting for the instance-store disk (udev may lag cloud-init) with a bounded loop, and for the mount.
    dev(
        "for i in $(seq 1 30); do [ -b /dev/nvme1n1 ] && break; sleep 2; done; ... ; until mountpoint -q /data; do sleep 1; done",
        script("dev-wait-loops-nodes", [
            "for i in $(seq 1 30); do",
            "    [ -b /dev/nvme1n1 ] && break",
            '    echo "waiting for /dev/nvme1n1 ($i)"',
            "    sleep 2",
            "done",
            ...DATA,
            "until mountpoint -q /data; do sleep 1; done",
            "install -d -m 0750 -o 10001 -g 10001 /data/validator",
        ]),
    ),
    // Was a MISS (fixed in round 35): refused ("a command it runs: su -s /bin/sh validator -c ..."). su(1) (util-linux) -s SHELL USER -c
    // COMMAND runs the command as validator, root needs no password; round 34 decided runuser -u / sudo -u of a
    // non-root user are judged as non-root, su -c is the third spelling of the same thing.
    // su(1) -s SHELL USER -c COMMAND: the same initialisation as runuser -u (accepted in round 34), spelled with su.
    dev(
        "su -s /bin/sh validator -c '/usr/local/bin/validator init --home /data/validator' (the service user initialises its home)",
        script("dev-su-c-init-nodes", [
            ...DATA,
            ...USER,
            "su -s /bin/sh validator -c '/usr/local/bin/validator init --home /data/validator'",
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 35): refused like su. setpriv(1) EXAMPLES: "If you're looking for behavior similar to su(1)/runuser(1) ...
    // setpriv --reuid=1000 --regid=1000 --init-groups", here with --inh-caps=-all (its --reuid note for root) and
    // --no-new-privs: the node's program as uid validator without privileges.
    // setpriv(1) --reuid/--regid/--init-groups (its EXAMPLES: "behavior similar to su(1)/runuser(1)"), --inh-caps=-all
    // as its --reuid note advises for root, --no-new-privs: one command as the service user (the same init as runuser).
    dev(
        "setpriv --reuid=validator --regid=validator --init-groups --inh-caps=-all --no-new-privs /usr/local/bin/validator init --home /data/validator",
        script("dev-setpriv-init-nodes", [
            ...DATA,
            ...USER,
            "setpriv --reuid=validator --regid=validator --init-groups --inh-caps=-all --no-new-privs /usr/local/bin/validator init --home /data/validator",
        ]),
        /./,
    ),
    // The AWS-documented way to capture user data output (EC2 user guide / AWS re:Post: exec > >(tee
    // /var/log/user-data.log | logger -t user-data -s 2>/dev/console) 2>&1), then the data volume.
    dev(
        "exec > >(tee /var/log/user-data.log | logger -t user-data -s 2>/dev/console) 2>&1, then mounting /data",
        script("dev-exec-tee-log-nodes", [
            "exec > >(tee /var/log/user-data.log | logger -t user-data -s 2>/dev/console) 2>&1",
            ...DATA,
            'echo "data volume ready: $(df -h /data | tail -1)"',
        ]),
    ),
    // bash xtrace with a PS4 naming the source line (bash(1) PS4, BASH_SOURCE, LINENO) for debugging user data.
    dev(
        "PS4='+ ${BASH_SOURCE}:${LINENO}: ' with set -x around the /data mount and directory setup",
        script("dev-ps4-xtrace-nodes", [
            "export PS4='+ ${BASH_SOURCE}:${LINENO}: '",
            "set -x",
            ...DATA,
            "install -d -m 0750 -o 10001 -g 10001 /data/validator",
            "set +x",
        ]),
    ),
    // logrotate for the service user's logs under /data (logrotate(8): su, create, copytruncate; postrotate
    // reloading the unit), written with write_files.
    dev(
        "logrotate for /data/validator/logs/*.log with su validator validator, create 0640, postrotate systemctl kill -s HUP validator.service",
        cloud("dev-logrotate-su-nodes", [
            "write_files:",
            "  - path: /etc/logrotate.d/validator",
            "    content: |",
            "      /data/validator/logs/*.log {",
            "          su validator validator",
            "          daily",
            "          rotate 7",
            "          compress",
            "          missingok",
            "          notifempty",
            "          create 0640 validator validator",
            "          sharedscripts",
            "          postrotate",
            "              systemctl kill -s HUP validator.service >/dev/null 2>&1 || true",
            "          endscript",
            "      }",
        ]),
    ),
    // A readonly variable holding the data directory in a function library (bash(1) readonly, local, "$@").
    dev(
        'readonly DATA_DIR=/data; ensure_dir() { local d="$DATA_DIR/$1"; install -d -m "$2" -o "$3" -g "$3" "$d"; } for three directories',
        script("dev-readonly-func-nodes", [
            ...DATA,
            "readonly DATA_DIR=/data",
            "ensure_dir() {",
            '    local d="$DATA_DIR/$1"',
            '    install -d -m "$2" -o "$3" -g "$3" "$d"',
            '    logger -t user-data "created $d"',
            "}",
            "ensure_dir validator 0750 10001",
            "ensure_dir validator/db 0700 10001",
            "ensure_dir validator/logs 0750 10001",
        ]),
    ),
    // Was a MISS (fixed in round 35): refused. systemd.resource-control(5)'s table defines `any` as "0.0.0.0/0 ::/0"; the offNetwork regexp in
    // rootReads.ts accepts `any`, `link-local`, 169.254.169.254(/32) and 169.254.0.0/16 but no covering CIDR
    // (0.0.0.0/0, 169.254.0.0/15 ...), so the same deny list spelled as CIDRs is refused.
    // A non-root unit off the network with IPAddressDeny= spelled as CIDRs (0.0.0.0/0 ::/0 is what `any` stands for,
    // systemd.resource-control(5) symbolic names table).
    dev(
        "a User=validator NoNewPrivileges unit with IPAddressDeny=0.0.0.0/0 ::/0 and IPAddressAllow=localhost, running /data/validator/bin/validator",
        script("dev-ipdeny-cidr-nodes", [
            ...DATA,
            ...USER,
            ...unit("/etc/systemd/system/validator.service", [
                "[Service]",
                "User=validator",
                "NoNewPrivileges=yes",
                "IPAddressDeny=0.0.0.0/0 ::/0",
                "IPAddressAllow=localhost",
                "ExecStart=/data/validator/bin/validator",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl enable --now validator.service",
        ]),
        /./,
    ),
    // systemd.exec(5) WorkingDirectory=: the service user's process starts in its data directory; the program is the
    // node's own (/usr/local/bin), the unit non-root with NoNewPrivileges.
    dev(
        "a User=validator NoNewPrivileges unit with WorkingDirectory=/data/validator running /usr/local/bin/validator serve",
        script("dev-workdir-user-nodes", [
            ...DATA,
            ...USER,
            ...unit("/etc/systemd/system/validator.service", [
                "[Service]",
                "User=validator",
                "NoNewPrivileges=yes",
                "WorkingDirectory=/data/validator",
                "ExecStart=/usr/local/bin/validator serve",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl enable --now validator.service",
        ]),
    ),
    // systemd.path(5) PathExists=: a path unit only watches (inotify) for the file the validator pod writes when it is
    // ready, then starts a root oneshot running the node's own program (no /data operand).
    dev(
        "a validator-ready.path unit (PathExists=/data/validator/ready) starting a root oneshot /usr/local/bin/register-validator",
        script("dev-path-unit-nodes", [
            ...DATA,
            "cat > /etc/systemd/system/validator-ready.path <<'UNIT'",
            "[Path]",
            "PathExists=/data/validator/ready",
            "Unit=validator-register.service",
            "[Install]",
            "WantedBy=multi-user.target",
            "UNIT",
            ...unit("/etc/systemd/system/validator-register.service", [
                "[Service]",
                "Type=oneshot",
                "ExecStart=/usr/local/bin/register-validator --node-name %H",
            ]),
            "systemctl enable --now validator-ready.path",
        ]),
    ),
    // systemd.exec(5) DynamicUser=yes (implies NoNewPrivileges) with StateDirectory= and ReadWritePaths=/data/validator,
    // reaching the data directory through its group (SupplementaryGroups=10001, the pods' fsGroup).
    dev(
        "a DynamicUser=yes unit (StateDirectory=validator-cache, ReadWritePaths=/data/validator) running /usr/local/bin/validator-cache --root /data/validator",
        script("dev-dynamicuser-nodes", [
            ...DATA,
            "install -d -m 0770 -g 10001 /data/validator",
            ...unit("/etc/systemd/system/validator-cache.service", [
                "[Service]",
                "DynamicUser=yes",
                "SupplementaryGroups=10001",
                "StateDirectory=validator-cache",
                "ReadWritePaths=/data/validator",
                "ExecStart=/usr/local/bin/validator-cache --root /data/validator --state /var/lib/validator-cache",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl enable --now validator-cache.service",
        ]),
    ),
];

describeNodeCases("red-team round 35: node user data (secure variants)", insecure, secure);
