// Red-team round 26 on EKS node user data and launch settings (fresh eyes): false positives in what careful platform
// teams running validator/signing nodes write into node user data beyond the data volume itself: CIS hardening
// (sysctl.d, limits.d, profile.d umask, login.defs, journald), raised file-descriptor limits for containerd and the
// systemd manager, time sync from the Amazon Time Sync Service with chrony drop-ins, SELinux booleans and ports, a
// node_exporter downloaded with a checksum and run as its own user, Fluent Bit and rsyslog shipping the node's logs,
// a weekly fstrim timer gated on the data mount, cloud-config disk/yum/ssh modules, CIS kubelet settings spelled out
// in a NodeConfig, and Bottlerocket CIS settings. Secure variants the whole pack must accept (the pack's misses are
// `it.skip` with a MISS comment), and insecure neighbours a fix must keep refusing.
import { nodePolicyConfig } from "./packRunner";
import {
    al2023Nodes,
    bottlerocket,
    describeNodeCases,
    EFFECTIVE,
    hostPathDaemonSet,
    mime,
    NodeCase,
    nodeConfig,
    NON_ROOT,
    withCloudConfig,
    withScript,
} from "./nodeBuilders";

/** The validator's data directory on the node's /data volume, written by a restricted DaemonSet (uid 10001). */
const validatorData = (r: Parameters<NodeCase["edit"]>[0]) =>
    hostPathDaemonSet(r, "validator-data", "node-agents", "/data/validator", NON_ROOT);

const insecure: NodeCase[] = [
    // Neighbour of the secure containerd LimitNOFILE drop-in: the same drop-in adding an ExecStartPre= under /data runs a
    // program a pod chose as root before containerd starts (systemd.service(5) ExecStartPre=).
    {
        name: "a containerd drop-in raising LimitNOFILE that also runs ExecStartPre=/data/hooks/containerd-pre.sh",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-containerd-pre-nodes",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/systemd/system/containerd.service.d/20-limits.conf",
                    "    content: |",
                    "      [Service]",
                    "      LimitNOFILE=1048576",
                    "      ExecStartPre=/data/hooks/containerd-pre.sh",
                ]),
            );
            hostPathDaemonSet(r, "node-hooks", "node-agents", "/data", NON_ROOT);
        },
        refused: /containerd|\/data/,
        policy: EFFECTIVE,
    },
    // systemd-system.conf(5) DefaultEnvironment= "Configures environment variables passed to all executed processes":
    // LD_PRELOAD of a library under /data loads a pod's code into every service (kubelet and containerd included).
    // Neighbour of the secure system.conf.d limits drop-in.
    {
        name: "a systemd manager drop-in (system.conf.d) setting DefaultEnvironment=LD_PRELOAD=/data/lib/libtune.so",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-manager-env-nodes",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/systemd/system.conf.d/10-limits.conf",
                    "    content: |",
                    "      [Manager]",
                    "      DefaultLimitNOFILE=1048576:1048576",
                    "      DefaultEnvironment=LD_PRELOAD=/data/lib/libtune.so",
                ]),
            );
            hostPathDaemonSet(r, "node-lib", "node-agents", "/data", NON_ROOT);
        },
        refused: /\/data\/lib/,
        policy: EFFECTIVE,
    },
    // Fluent Bit's tail input (docs.fluentbit.io, "Tail") opens the files its Path glob matches as the service's user
    // (root in the fluent-bit package's unit) and ships each line: a pod writing /data/validator/logs plants x.log as a
    // symlink to another pod's token and the token is shipped off the node. Neighbour of the secure Fluent Bit case
    // (same as rsyslog imfile, round 25).
    {
        name: "Fluent Bit on the node (root) tailing /data/validator/logs/*.log into CloudWatch Logs",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-fluentbit-data-nodes",
                withCloudConfig([
                    "packages: [fluent-bit]",
                    "write_files:",
                    "  - path: /etc/fluent-bit/fluent-bit.conf",
                    "    content: |",
                    "      [INPUT]",
                    "          Name tail",
                    "          Path /data/validator/logs/*.log",
                    "          DB   /var/lib/fluent-bit/validator.db",
                    "      [OUTPUT]",
                    "          Name cloudwatch_logs",
                    "          Match *",
                    "          region eu-west-1",
                    "          log_group_name /eks/dev-validators/validator",
                    "          log_stream_prefix node-",
                    "runcmd:",
                    "  - [systemctl, enable, --now, fluent-bit]",
                ]),
            );
            validatorData(r);
        },
        refused: /\/data\/validator\/logs/,
        policy: EFFECTIVE,
    },
    // chrony.conf(5) `sourcedir`: "chronyd will read *.sources files ... containing server, pool and peer directives":
    // a pod choosing the node's time sources moves its clock (certificate and token validity, signing timestamps).
    // Neighbour of the secure chrony drop-in.
    {
        name: "chrony reading its time sources from a data directory (sourcedir /data/chrony)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-chrony-sourcedir-nodes",
                withScript(["echo 'sourcedir /data/chrony' > /etc/chrony.d/20-data.conf", "systemctl restart chronyd"]),
            );
            hostPathDaemonSet(r, "node-chrony", "node-agents", "/data", NON_ROOT);
        },
        refused: /\/data\/chrony/,
        policy: EFFECTIVE,
    },
    // Neighbour of the secure (missed) disabled superpowered admin container: a bootstrap command turning it on at every
    // boot (bottlerocket.dev "Bootstrap Commands": apiclient set) makes it a superpowered root shell on the node. A fix
    // that reads enabled = false must still apply later `apiclient set host-containers.admin.enabled=true`.
    {
        name: "Bottlerocket admin off with superpowered = true, then a bootstrap command apiclient set host-containers.admin.enabled=true",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r =>
            bottlerocket(r, [
                "[settings.host-containers.admin]",
                "enabled = false",
                "superpowered = true",
                "[settings.bootstrap-commands.debug-admin]",
                'commands = [["apiclient", "set", "host-containers.admin.enabled=true"]]',
                'mode = "always"',
                "essential = false",
            ]),
        refused: /bootstrap command debug-admin turns on .*admin/,
        policy: EFFECTIVE,
    },
];

const secure: NodeCase[] = [
    // CIS Amazon Linux 2023 hardening a platform team applies in user data: kernel parameters (sysctl.d, 3.3.x and
    // 1.5.x), core dumps off (limits.d `* hard core 0`, 1.5.x), a default umask (profile.d, 5.4.x), password ageing
    // (login.defs, 5.4.1.x, edited with sed), cron permissions and an unneeded service masked. No data directory named.
    {
        name: "CIS hardening in a shell part: sysctl.d, limits.d core 0, profile.d umask, login.defs via sed, crontab modes",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-cis-shell-nodes",
                withScript([
                    "cat > /etc/sysctl.d/60-cis.conf <<'EOF'",
                    "kernel.randomize_va_space = 2",
                    "fs.suid_dumpable = 0",
                    "kernel.yama.ptrace_scope = 1",
                    "net.ipv4.conf.all.send_redirects = 0",
                    "net.ipv4.conf.all.accept_redirects = 0",
                    "net.ipv4.conf.all.log_martians = 1",
                    "EOF",
                    "sysctl --system",
                    "echo '* hard core 0' > /etc/security/limits.d/60-cis-core.conf",
                    "echo 'umask 027' > /etc/profile.d/60-cis-umask.sh",
                    "sed -i 's/^PASS_MAX_DAYS.*/PASS_MAX_DAYS   365/' /etc/login.defs",
                    "sed -i 's/^PASS_MIN_DAYS.*/PASS_MIN_DAYS   1/' /etc/login.defs",
                    "chown root:root /etc/crontab && chmod og-rwx /etc/crontab",
                    "chmod og-rwx /etc/cron.hourly /etc/cron.daily /etc/cron.weekly /etc/cron.monthly /etc/cron.d",
                    "systemctl mask --now rpcbind.service rpcbind.socket || true",
                ]),
            ),
    },
    // Was a MISS (secure, refused; fixed in round 26). Validators hold many sockets and files open: a containerd drop-in raising LimitNOFILE
    // (systemd.exec(5) "Process Properties": LimitNOFILE=/LimitMEMLOCK= set RLIMIT_NOFILE/RLIMIT_MEMLOCK, inherited by
    // containerd and the containers it starts). amazon-eks-ami PR #1535 ("Set containerd LimitNOFILE to recommended
    // value", 1024:524288) drew "Too many open files" reports from users who then override it with exactly this
    // drop-in. A resource limit changes nothing containerd trusts, loads or runs, yet userData.ts ordersOnly() admits
    // only [Unit] ordering and Restart/Timeout keys in a containerd/kubelet drop-in, so the file is refused as "the
    // node's own configuration ... which the pack cannot judge". Limit*= keys (systemd.exec(5)) could join the
    // allowlist; Environment=, ExecStart*=, EnvironmentFile= must stay refused (insecure neighbour above).
    {
        name: "a containerd drop-in raising LimitNOFILE and LimitMEMLOCK only (containers inherit the limits)",
        stack: "dev",
        config: nodePolicyConfig,

        edit: r =>
            al2023Nodes(
                r,
                "dev-containerd-limits-nodes",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/systemd/system/containerd.service.d/20-limits.conf",
                    "    content: |",
                    "      [Service]",
                    "      LimitNOFILE=1048576",
                    "      LimitMEMLOCK=infinity",
                    "runcmd:",
                    "  - [systemctl, daemon-reload]",
                ]),
            ),
    },
    // systemd-system.conf(5): DefaultLimitNOFILE= for every unit, read from /etc/systemd/system.conf.d/*.conf;
    // journald.conf(5): Storage=persistent and SystemMaxUse= from /etc/systemd/journald.conf.d/*.conf (CIS 6.2.x asks
    // for persistent journals). Neither runs or loads anything.
    {
        name: "systemd manager and journald drop-ins (DefaultLimitNOFILE; Storage=persistent, SystemMaxUse, Compress)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-manager-journald-nodes",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/systemd/system.conf.d/10-limits.conf",
                    "    content: |",
                    "      [Manager]",
                    "      DefaultLimitNOFILE=1048576:1048576",
                    "  - path: /etc/systemd/journald.conf.d/50-cis.conf",
                    "    content: |",
                    "      [Journal]",
                    "      Storage=persistent",
                    "      Compress=yes",
                    "      SystemMaxUse=2G",
                    "      ForwardToSyslog=no",
                    "runcmd:",
                    "  - [systemctl, daemon-reexec]",
                    "  - [systemctl, restart, systemd-journald]",
                ]),
            ),
    },
    // Amazon Time Sync Service (EC2 user guide, "Set the time reference on your EC2 instance": `server 169.254.169.123
    // prefer iburst minpoll 4 maxpoll 4`, IPv6 fd00:ec2::123) in a chrony drop-in, the distribution pool commented
    // out with sed, then a step. 169.254.169.123 is the time service, not instance metadata (169.254.169.254).
    {
        name: "chrony pinned to the Amazon Time Sync Service (IPv4 and IPv6) in /etc/chrony.d, pool commented out with sed",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-chrony-nodes",
                withScript([
                    "cat > /etc/chrony.d/10-amazon-time-sync.sources <<'EOF'",
                    "server 169.254.169.123 prefer iburst minpoll 4 maxpoll 4",
                    "server fd00:ec2::123 prefer iburst minpoll 4 maxpoll 4",
                    "EOF",
                    "sed -i 's/^pool /#pool /' /etc/chrony.conf",
                    "timedatectl set-timezone UTC",
                    "systemctl restart chronyd",
                    "chronyc -a makestep",
                ]),
            ),
    },
    // SELinux enforcing (CIS 1.3.1.x: SELINUX=enforcing in /etc/selinux/config), a container boolean (setsebool(8)),
    // the metrics port labelled (semanage-port(8)), and the pods' data directory relabelled with chcon (inert).
    {
        name: "SELinux enforcing via sed on /etc/selinux/config, setsebool -P, semanage port, chcon on /data/validator",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-selinux-nodes",
                withScript([
                    "sed -i 's/^SELINUX=.*/SELINUX=enforcing/' /etc/selinux/config",
                    "setenforce 1",
                    "setsebool -P container_manage_cgroup on",
                    "semanage port -a -t http_port_t -p tcp 9100 || semanage port -m -t http_port_t -p tcp 9100",
                    "install -d -o 10001 -g 10001 -m 0750 /data/validator",
                    "chcon -R -t container_file_t /data/validator",
                ]),
            );
            validatorData(r);
        },
    },
    // Prometheus node_exporter, downloaded to /tmp, checked against its published SHA-256 (sha256sum -c), unpacked into
    // /usr/local/bin (supply chain is out of scope, round 25) and run by a systemd unit as its own system user with
    // sandboxing (systemd.exec(5) ProtectSystem=, NoNewPrivileges=). The collector flags name node paths as regexes.
    {
        name: "node_exporter downloaded with a sha256sum -c check and run as User=node_exporter with a hardened unit",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-node-exporter-nodes",
                withScript([
                    "VER=1.8.2",
                    'curl -fsSLo /tmp/node_exporter.tar.gz "https://github.com/prometheus/node_exporter/releases/download/v${VER}/node_exporter-${VER}.linux-amd64.tar.gz"',
                    "echo '6809dd0b3ec45fd6e992c19071d6b5253aed3ead7bf0686885a51d85c6643c66  /tmp/node_exporter.tar.gz' | sha256sum -c -",
                    'tar -xzf /tmp/node_exporter.tar.gz -C /usr/local/bin --strip-components=1 "node_exporter-${VER}.linux-amd64/node_exporter"',
                    "useradd --system --no-create-home --shell /sbin/nologin node_exporter",
                    "cat > /etc/systemd/system/node_exporter.service <<'EOF'",
                    "[Unit]",
                    "Description=Prometheus node exporter",
                    "After=network-online.target",
                    "[Service]",
                    "User=node_exporter",
                    "Group=node_exporter",
                    "ExecStart=/usr/local/bin/node_exporter --web.listen-address=:9100 --collector.filesystem.mount-points-exclude=^/(dev|proc|run|sys|var/lib/kubelet/.+)($|/) --collector.textfile.directory=/var/lib/node_exporter/textfile",
                    "StateDirectory=node_exporter",
                    "NoNewPrivileges=yes",
                    "ProtectSystem=strict",
                    "ProtectHome=yes",
                    "PrivateTmp=yes",
                    "Restart=on-failure",
                    "[Install]",
                    "WantedBy=multi-user.target",
                    "EOF",
                    "systemctl daemon-reload",
                    "systemctl enable --now node_exporter",
                ]),
            ),
    },
    // Fluent Bit's own package repository (docs.fluentbit.io "Amazon Linux": a yum repo with gpgcheck and the project's
    // key) and a configuration tailing the node's own logs (/var/log/messages, /var/log/secure, containers' logs under
    // /var/log/containers) into CloudWatch Logs. Nothing under a data directory.
    {
        name: "Fluent Bit from its signed yum repo shipping /var/log/messages, /var/log/secure and /var/log/containers",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-fluentbit-nodes",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/yum.repos.d/fluent-bit.repo",
                    "    content: |",
                    "      [fluent-bit]",
                    "      name = Fluent Bit",
                    "      baseurl = https://packages.fluentbit.io/amazonlinux/2023/",
                    "      gpgcheck = 1",
                    "      gpgkey = https://packages.fluentbit.io/fluentbit.key",
                    "      enabled = 1",
                    "  - path: /etc/fluent-bit/fluent-bit.conf",
                    "    content: |",
                    "      [SERVICE]",
                    "          Flush 5",
                    "          Parsers_File parsers.conf",
                    "      [INPUT]",
                    "          Name tail",
                    "          Path /var/log/messages,/var/log/secure",
                    "          DB   /var/lib/fluent-bit/system.db",
                    "      [INPUT]",
                    "          Name tail",
                    "          Path /var/log/containers/*.log",
                    "          Exclude_Path /var/log/containers/fluent-bit*",
                    "          DB   /var/lib/fluent-bit/containers.db",
                    "      [OUTPUT]",
                    "          Name cloudwatch_logs",
                    "          Match *",
                    "          region eu-west-1",
                    "          log_group_name /eks/dev-validators/nodes",
                    "          log_stream_prefix node-",
                    "runcmd:",
                    "  - [dnf, install, -y, fluent-bit]",
                    "  - [systemctl, enable, --now, fluent-bit]",
                ]),
            ),
    },
    // rsyslog forwarding everything to a central collector over TLS (rsyslog docs, "Encrypting Syslog Traffic with
    // TLS": DefaultNetstreamDriverCAFile, omfwd StreamDriver="gtls") with a disk-assisted queue under /var/lib/rsyslog.
    {
        name: "rsyslog forwarding to a central collector over TLS (omfwd gtls, CA under /etc/pki, queue in /var/lib/rsyslog)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-rsyslog-tls-nodes",
                withCloudConfig([
                    "packages: [rsyslog, rsyslog-gnutls]",
                    "write_files:",
                    "  - path: /etc/rsyslog.d/90-forward.conf",
                    "    content: |",
                    '      global(DefaultNetstreamDriverCAFile="/etc/pki/tls/certs/corp-logging-ca.pem" workDirectory="/var/lib/rsyslog")',
                    '      action(type="omfwd" target="logs.corp.example.com" port="6514" protocol="tcp"',
                    '             StreamDriver="gtls" StreamDriverMode="1" StreamDriverAuthMode="x509/name"',
                    '             StreamDriverPermittedPeers="logs.corp.example.com"',
                    '             queue.type="LinkedList" queue.filename="fwd" queue.saveOnShutdown="on")',
                    "runcmd:",
                    "  - [systemctl, enable, --now, rsyslog]",
                ]),
            ),
    },
    // A weekly fstrim of the data volume as a oneshot root unit gated on the mount (systemd.service(5) ExecCondition=:
    // a non-zero exit skips the unit; mountpoint(1) only tests) and fired by a timer (systemd.timer(5) OnCalendar=).
    // fstrim(8) discards unused blocks of the filesystem mounted at /data and reads no file in it.
    {
        name: "a weekly fstrim timer for /data: a root oneshot with ExecCondition=/usr/bin/mountpoint -q /data",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-fstrim-nodes",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/systemd/system/data-trim.service",
                    "    content: |",
                    "      [Unit]",
                    "      Description=Discard unused blocks on /data",
                    "      RequiresMountsFor=/data",
                    "      [Service]",
                    "      Type=oneshot",
                    "      ExecCondition=/usr/bin/mountpoint -q /data",
                    "      ExecStart=/usr/sbin/fstrim -v /data",
                    "      Nice=19",
                    "      IOSchedulingClass=idle",
                    "  - path: /etc/systemd/system/data-trim.timer",
                    "    content: |",
                    "      [Unit]",
                    "      Description=Weekly discard on /data",
                    "      [Timer]",
                    "      OnCalendar=weekly",
                    "      Persistent=true",
                    "      RandomizedDelaySec=1h",
                    "      [Install]",
                    "      WantedBy=timers.target",
                    "runcmd:",
                    "  - [systemctl, daemon-reload]",
                    "  - [systemctl, enable, --now, data-trim.timer]",
                ]),
            );
            validatorData(r);
        },
    },
    // cloud-init's own modules (module reference: "Disk Setup" disk_setup/fs_setup without cmd, "Mounts", "Yum Add
    // Repo" yum_repos with gpgcheck, "SSH" ssh_pwauth false / disable_root, "Timezone", "NTP" with chrony): a data volume
    // formatted and mounted at /data, a signed package repo, password SSH off.
    {
        name: "cloud-config modules only: disk_setup/fs_setup (no cmd) + mounts at /data, yum_repos, ssh_pwauth false, ntp chrony",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-cloudinit-modules-nodes",
                withCloudConfig([
                    "disk_setup:",
                    "  /dev/nvme1n1:",
                    "    table_type: gpt",
                    "    layout: true",
                    "    overwrite: false",
                    "fs_setup:",
                    "  - label: data",
                    "    filesystem: xfs",
                    "    device: /dev/nvme1n1",
                    "    partition: auto",
                    "mounts:",
                    "  - [LABEL=data, /data, xfs, 'defaults,nodev,nosuid,noexec,nofail', '0', '2']",
                    "yum_repos:",
                    "  corp-tools:",
                    "    name: Corp node tools",
                    "    baseurl: https://repo.corp.example.com/al2023/$basearch/",
                    "    enabled: true",
                    "    gpgcheck: true",
                    "    gpgkey: https://repo.corp.example.com/RPM-GPG-KEY-corp",
                    "packages: [amazon-cloudwatch-agent, nvme-cli]",
                    "ssh_pwauth: false",
                    "disable_root: true",
                    "timezone: UTC",
                    "ntp:",
                    "  enabled: true",
                    "  ntp_client: chrony",
                    "  servers: [169.254.169.123]",
                ]),
            );
            validatorData(r);
        },
    },
    // The CIS EKS benchmark's kubelet settings spelled out in a NodeConfig (CIS Amazon EKS 3.2.x: anonymous auth off,
    // webhook authentication and authorization, the cluster CA nodeadm writes, read-only port 0, streaming idle timeout,
    // protectKernelDefaults, makeIPTablesUtilChains, eventRecordQPS, certificate rotation, TLS ciphers).
    {
        name: "the CIS EKS kubelet settings spelled out in a NodeConfig (auth, webhook, client CA default, readOnlyPort 0, TLS)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-cis-kubelet-nodes",
                mime([
                    {
                        type: "application/node.eks.aws",
                        body: nodeConfig([
                            "  kubelet:",
                            "    config:",
                            "      authentication:",
                            "        anonymous:",
                            "          enabled: false",
                            "        webhook:",
                            "          enabled: true",
                            "          cacheTTL: 2m0s",
                            "        x509:",
                            "          clientCAFile: /etc/kubernetes/pki/ca.crt",
                            "      authorization:",
                            "        mode: Webhook",
                            "      readOnlyPort: 0",
                            "      streamingConnectionIdleTimeout: 4h0m0s",
                            "      protectKernelDefaults: true",
                            "      makeIPTablesUtilChains: true",
                            "      eventRecordQPS: 5",
                            "      rotateCertificates: true",
                            "      serverTLSBootstrap: true",
                            "      featureGates:",
                            "        RotateKubeletServerCertificate: true",
                            "      tlsCipherSuites:",
                            "        - TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
                            "        - TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
                            "        - TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
                            "        - TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
                        ]),
                    },
                ]),
            ),
    },
    // Performance tuning common on validator nodes: transparent huge pages off, huge pages reserved, the CPU governor
    // set, irqbalance stopped for pinned CPUs, NIC ring buffers raised (sysfs writes and standard tools).
    {
        name: "validator tuning: THP off, nr_hugepages, cpupower performance governor, irqbalance off, ethtool ring sizes",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-tuning-nodes",
                withScript([
                    "echo never > /sys/kernel/mm/transparent_hugepage/enabled",
                    "echo never > /sys/kernel/mm/transparent_hugepage/defrag",
                    "sysctl -w vm.nr_hugepages=1024",
                    "dnf install -y kernel-tools ethtool",
                    "cpupower frequency-set -g performance || true",
                    "systemctl disable --now irqbalance || true",
                    "ethtool -G ens5 rx 8192 tx 8192 || true",
                ]),
            ),
    },
    // Bottlerocket CIS Level 2 (Bottlerocket docs, "CIS Benchmark" and settings reference): kernel modules sctp/udf
    // disallowed (settings.kernel.modules.<name>.allowed), kernel lockdown, sysctls, event QPS, the ECR credential
    // provider for the node's own registry (settings.kubernetes.credential-providers), the admin container off, and
    // send-metrics off.
    {
        name: "Bottlerocket CIS settings: modules disallowed, lockdown, sysctls, ECR credential provider, admin off, metrics off",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r =>
            bottlerocket(r, [
                "[settings.kernel]",
                'lockdown = "integrity"',
                "[settings.kernel.modules.sctp]",
                "allowed = false",
                "[settings.kernel.modules.udf]",
                "allowed = false",
                "[settings.kernel.sysctl]",
                '"net.ipv4.conf.all.send_redirects" = "0"',
                '"net.ipv4.conf.default.send_redirects" = "0"',
                '"net.ipv4.conf.all.accept_redirects" = "0"',
                '"net.ipv4.conf.all.log_martians" = "1"',
                "[settings.kubernetes]",
                "event-qps = 5",
                "[settings.kubernetes.credential-providers.ecr-credential-provider]",
                "enabled = true",
                'cache-duration = "30m"',
                'image-patterns = ["*.dkr.ecr.*.amazonaws.com", "*.dkr.ecr.*.amazonaws.com.cn"]',
                "[settings.host-containers.admin]",
                "enabled = false",
                "[settings.metrics]",
                "send-metrics = false",
            ]),
    },
    // Was a MISS (secure, refused; fixed in round 26). Bottlerocket's admin container is superpowered by default (settings reference,
    // settings.host-containers.admin.superpowered: "Whether the admin container has high levels of access to the
    // Bottlerocket host", default true) and off by default on aws-k8s variants. Terraform modules render both keys:
    // cookpad/terraform-aws-eks (modules/asg_node_group/bottlerocket_config.toml.tpl: `enabled =
    // ${admin_container_enabled}` / `superpowered = ${admin_container_superpowered}`, variables defaulting to false /
    // true) produces exactly `enabled = false` + `superpowered = true`. A container that is off runs nothing; the
    // result equals omitting both keys, which the pack accepts. userData.ts bottlerocketSettingsOpenings() refuses any
    // `superpowered` that is on whether or not the container is enabled, and the text scan (/superpowered...=true/)
    // refuses it again. Insecure neighbour: the same settings turned on by a bootstrap command.
    {
        name: "Bottlerocket admin container spelled with its defaults but off (enabled = false, superpowered = true)",
        stack: "basil",
        config: nodePolicyConfig,

        edit: r =>
            bottlerocket(r, [
                "[settings.kubernetes]",
                'cpu-manager-policy = "static"',
                "[settings.host-containers.admin]",
                "enabled = false",
                "superpowered = true",
                "[settings.host-containers.control]",
                "enabled = true",
            ]),
    },
    // Waiting for the data volume before writing to it (bash -c running `until mountpoint -q /data; do sleep 1; done`
    // under timeout(1)), then marking the mount rshared (mount(8) "--make-rshared") so a pod's hostPath with
    // mountPropagation sees volumes a CSI node plugin mounts below it. mountpoint and sleep read nothing in /data.
    {
        name: "timeout 60 bash -c 'until mountpoint -q /data; do sleep 1; done' then mount --make-rshared /data",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-wait-mount-nodes",
                withScript([
                    "echo 'LABEL=data /data xfs defaults,nodev,nosuid,nofail 0 2' >> /etc/fstab",
                    "mkdir -p /data && mount -a",
                    "timeout 60 bash -c 'until mountpoint -q /data; do sleep 1; done'",
                    "mount --make-rshared /data",
                    "install -d -o 10001 -g 10001 -m 0750 /data/validator",
                ]),
            );
            validatorData(r);
        },
    },
    // A root cron job cleaning old temporary files under /data at idle priority (nice(1), ionice(1) run their operand
    // command; find -delete is accepted on its own, round 24, and deletes without following symlinks).
    {
        name: "a root cron.d job running nice -n 19 ionice -c3 find /data/tmp -type f -mtime +7 -delete",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-nice-find-nodes",
                withCloudConfig([
                    "packages: [cronie]",
                    "write_files:",
                    "  - path: /etc/cron.d/data-tmp-clean",
                    "    permissions: '0644'",
                    "    content: |",
                    "      SHELL=/bin/bash",
                    "      PATH=/usr/sbin:/usr/bin:/sbin:/bin",
                    "      15 3 * * * root nice -n 19 ionice -c3 find /data/tmp -xdev -type f -mtime +7 -delete",
                ]),
            );
            validatorData(r);
        },
    },
];

describeNodeCases(
    "allowlist: red-team round 26 on node user data and launch settings (false positives of careful node setups)",
    insecure,
    secure,
);
