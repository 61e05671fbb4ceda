// Red-team round 37 on EKS NODE user data (fresh eyes), mostly SECURE variants a careful platform team writes for
// validator/signer nodes that the readers (rootReads.ts, shell.ts, userData.ts) might refuse, probing round 36's new
// rules' neighbourhood (credential variables, secrets outside NODE_SECRETS, hard links, proxies): IMDSv2 metadata
// reads for labels/hostname, the token kept out of argv, mdadm RAID with mdadm.conf and dracut, CPU governor loops,
// hugetlbfs, containerd registry mirrors and their CA files, the ECR credential provider config, agent hardening
// drop-ins naming the data directories as inaccessible, node_exporter's textfile collector, proxy settings for dnf and
// the CloudWatch agent, chrony's PTP clock, reflink copies, an exporter's own TLS key; and insecure neighbours.
// Misses are `it.skip` with a MISS comment and the doc checked (four secure refusals: a registry CA file beside its
// hosts.toml, twice; the CloudWatch agent's no_proxy naming metadata; an unquoted regex with `|` in ExecStart=).
import {
    al2023Nodes,
    describeNodeCases,
    devNodeCase,
    mime,
    NodeCase,
    nodeConfig,
    withCloudConfig,
    withScript,
} from "./nodeBuilders";
import { Resources } from "./support";

const dev = devNodeCase;

/** A shell part on AL2023 dev nodes. */
const script = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, withScript(lines));
/** A cloud-config part on AL2023 dev nodes. */
const cloud = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, withCloudConfig(lines));
/** A NodeConfig with `spec` lines on AL2023 dev nodes. */
const nodeadm = (name: string, spec: string[]) => (r: Resources) =>
    al2023Nodes(r, name, mime([{ type: "application/node.eks.aws", body: nodeConfig(spec) }]));

/** The instance-store data disk formatted and mounted at /data. */
const DATA = ["mkfs.xfs -f -L data /dev/nvme1n1", "mkdir -p /data", "mount -o noatime,nodev,nosuid LABEL=data /data"];
/** The IMDSv2 session token (EC2 user guide, "Use the Instance Metadata Service to access instance metadata"). */
const TOKEN = [
    'TOKEN=$(curl -sS -X PUT "http://169.254.169.254/latest/api/token" -H "X-aws-ec2-metadata-token-ttl-seconds: 300")',
];
const MD = "http://169.254.169.254/latest/meta-data";

const insecure: NodeCase[] = [
    // Round 36: the IMDSv2 token may land only inside NODE_SECRETS; an environment file under /etc is a path a read-only
    // hostPath may mount.
    dev(
        "the IMDSv2 token written with the instance's labels into /etc/node-labels.env",
        script("dev-token-envfile-nodes", [
            ...TOKEN,
            `AZ=$(curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" ${MD}/placement/availability-zone)`,
            "cat > /etc/node-labels.env <<EOF",
            "IMDS_TOKEN=$TOKEN",
            "NODE_AZ=$AZ",
            "EOF",
        ]),
        /\/etc\/node-labels\.env/,
    ),
    // containerd docs/hosts.md: `ca` is the CA containerd trusts for that registry host; a CA a pod writes under /data
    // lets a pod on the path (host network) serve any image to every node pull, the kubelet's pause image included.
    dev(
        "a registry hosts.toml trusting a CA file under /data/registry",
        script("dev-hosts-ca-data-nodes", [
            ...DATA,
            "mkdir -p /etc/containerd/certs.d/registry.corp.example",
            "cat > /etc/containerd/certs.d/registry.corp.example/hosts.toml <<'EOF'",
            'server = "https://registry.corp.example"',
            '[host."https://registry.corp.example"]',
            '  capabilities = ["pull", "resolve"]',
            '  ca = "/data/registry/ca.crt"',
            "EOF",
        ]),
        /\/data\/registry\/ca\.crt/,
    ),
    // systemd.exec(5) BindReadOnlyPaths=: binds SOURCE at DEST in the unit's namespace: the root SSM agent then reads
    // the file a pod wrote as its configuration (a neighbour of the InaccessiblePaths= hardening accepted below).
    dev(
        "an SSM agent drop-in binding /data/ssm/amazon-ssm-agent.json over its configuration (BindReadOnlyPaths=)",
        script("dev-ssm-bindro-data-nodes", [
            ...DATA,
            "mkdir -p /etc/systemd/system/amazon-ssm-agent.service.d",
            "cat > /etc/systemd/system/amazon-ssm-agent.service.d/10-config.conf <<'EOF'",
            "[Service]",
            "BindReadOnlyPaths=/data/ssm/amazon-ssm-agent.json:/etc/amazon/ssm/amazon-ssm-agent.json",
            "EOF",
            "systemctl daemon-reload",
        ]),
        /\/data\/ssm/,
    ),
    // A non-root NoNewPrivileges unit on the node network: what it EXECUTES from a data directory is refused (round 34).
    dev(
        "node_exporter as User=node_exporter with NoNewPrivileges, its binary under /data/bin",
        script("dev-node-exporter-data-bin-nodes", [
            ...DATA,
            "useradd --system --no-create-home --shell /sbin/nologin node_exporter",
            "cat > /etc/systemd/system/node_exporter.service <<'EOF'",
            "[Service]",
            "User=node_exporter",
            "NoNewPrivileges=yes",
            "ExecStart=/data/bin/node_exporter --web.listen-address=:9100",
            "[Install]",
            "WantedBy=multi-user.target",
            "EOF",
            "systemctl enable --now node_exporter",
        ]),
        /\/data\/bin\/node_exporter/,
    ),
    // The header-file form of the accepted `curl -H @-` case: curl(1) -H @file, but the file holding the IMDSv2 token is
    // /etc/imds-header, outside NODE_SECRETS (round 36: a read-only hostPath of /etc may read it).
    dev(
        "the IMDSv2 token header written to /etc/imds-header by printf, then curl -H @/etc/imds-header",
        script("dev-token-header-file-nodes", [
            ...TOKEN,
            "printf 'X-aws-ec2-metadata-token: %s\\n' \"$TOKEN\" > /etc/imds-header",
            `AZ=$(curl -sS -H @/etc/imds-header ${MD}/placement/availability-zone)`,
        ]),
        /\/etc\/imds-header/,
    ),
    // common-config.toml [credentials] shared_credential_file (CloudWatch agent user guide): the root agent signs with
    // the keys a pod writes under /data, shipping the node's logs and metrics to the pod's chosen account.
    dev(
        "the CloudWatch agent's common-config.toml with shared_credential_file under /data/aws",
        script("dev-cwagent-credfile-data-nodes", [
            ...DATA,
            "cat > /opt/aws/amazon-cloudwatch-agent/etc/common-config.toml <<'EOF'",
            "[credentials]",
            '   shared_credential_file = "/data/aws/credentials"',
            "EOF",
        ]),
        /\/data\/aws\/credentials/,
    ),
    // Round 37 neighbours of the registry CA (userData.ts REGISTRY_CERTS): what certs.d/<host>/ still refuses.
    // DECIDED: a client key beside hosts.toml (containerd docs/hosts.md: ".cert"/".key" files for client certificates)
    // is a credential containerd presents to that registry as the node; written in user data it is read by whoever reads
    // the launch template or the instance's metadata. Only certificates are accepted there; the message says to fetch
    // the key at boot and name the pair in hosts.toml `client`.
    dev(
        "a registry client certificate and key written inline into /etc/containerd/certs.d/registry.corp.example/",
        cloud("dev-registry-client-key-nodes", [
            "write_files:",
            "  - path: /etc/containerd/certs.d/registry.corp.example/client.cert",
            "    content: |",
            "      -----BEGIN CERTIFICATE-----",
            "      MIIBszCCAVmgAwIBAgIUExampleOnly",
            "      -----END CERTIFICATE-----",
            "  - path: /etc/containerd/certs.d/registry.corp.example/client.key",
            "    permissions: '0600'",
            "    content: |",
            "      -----BEGIN PRIVATE KEY-----",
            "      MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wExampleOnly",
            "      -----END PRIVATE KEY-----",
        ]),
        /client\.key/,
    ),
    // A CA file downloaded at boot: content the pack cannot read, in containerd's configuration (NODE_CONFIG_PATHS).
    dev(
        "a registry CA downloaded with curl -o into /etc/containerd/certs.d/registry.corp.example/ca.crt",
        script("dev-registry-ca-download-nodes", [
            "mkdir -p /etc/containerd/certs.d/registry.corp.example",
            "curl -fsSL -o /etc/containerd/certs.d/registry.corp.example/ca.crt https://pki.corp.example/registry-ca.crt",
        ]),
        /certs\.d\/registry\.corp\.example\/ca\.crt/,
    ),
    // A .crt holding more than certificates (a private key pasted with the chain) is not a CA file.
    dev(
        "a ca.crt under certs.d holding a certificate and a private key",
        script("dev-registry-ca-with-key-nodes", [
            "mkdir -p /etc/containerd/certs.d/registry.corp.example",
            "cat > /etc/containerd/certs.d/registry.corp.example/ca.crt <<'EOF'",
            "-----BEGIN CERTIFICATE-----",
            "MIIBszCCAVmgAwIBAgIUExampleOnly",
            "-----END CERTIFICATE-----",
            "-----BEGIN EC PRIVATE KEY-----",
            "MHcCAQEEIExampleOnly",
            "-----END EC PRIVATE KEY-----",
            "EOF",
        ]),
        /not PEM certificates only/,
    ),
];

const secure: NodeCase[] = [
    // EC2 user guide "Retrieve instance metadata" (IMDSv2): the token read into a variable and used only in curl's
    // header; instance-id, AZ and a tag (instance-metadata-tags enabled) are not credentials and go to the log.
    dev(
        "IMDSv2: instance-id, AZ and the Role tag read with the token, logged and set as the hostname",
        script("dev-imds-labels-nodes", [
            ...TOKEN,
            `INSTANCE_ID=$(curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" ${MD}/instance-id)`,
            `AZ=$(curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" ${MD}/placement/availability-zone)`,
            `ROLE=$(curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" ${MD}/tags/instance/Role)`,
            'hostnamectl set-hostname "${ROLE}-${INSTANCE_ID}"',
            'echo "$(date -Is) node ${INSTANCE_ID} in ${AZ} role ${ROLE}" >> /var/log/node-setup.log',
            "unset TOKEN",
        ]),
    ),
    // curl(1) -H "@file": headers read from a file, `-` for stdin (curl 7.55+): keeps the token out of argv (ps).
    dev(
        "the IMDSv2 token fed to curl -H @- by a here-string (kept out of the process list), the AZ into a variable",
        script("dev-imds-header-stdin-nodes", [
            ...TOKEN,
            `AZ=$(curl -sS -H @- ${MD}/placement/availability-zone <<< "X-aws-ec2-metadata-token: $TOKEN")`,
            'echo "availability zone ${AZ}" >> /var/log/node-setup.log',
        ]),
    ),
    // The same with printf piped to curl -H @- (a pipe into curl is not the script's output).
    dev(
        "the IMDSv2 token piped by printf into curl -H @- for the instance type",
        script("dev-imds-header-pipe-nodes", [
            ...TOKEN,
            `ITYPE=$(printf 'X-aws-ec2-metadata-token: %s\\n' "$TOKEN" | curl -sS -H @- ${MD}/instance-type)`,
            'echo "instance type ${ITYPE}" >> /var/log/node-setup.log',
        ]),
    ),
    // EC2 user guide, "Software RAID on Linux": mdadm --create, then `mdadm --detail --scan | sudo tee -a
    // /etc/mdadm.conf` and `dracut -H -f /boot/initramfs-$(uname -r).img $(uname -r)` so the array assembles at boot.
    dev(
        "RAID0 of two instance-store NVMe disks (EC2 guide): mdadm --detail --scan | tee -a /etc/mdadm.conf, dracut, /data",
        script("dev-mdadm-conf-nodes", [
            "dnf install -y mdadm",
            "mdadm --create --verbose /dev/md0 --level=0 --name=DATA --raid-devices=2 /dev/nvme1n1 /dev/nvme2n1",
            "mdadm --detail --scan | tee -a /etc/mdadm.conf",
            'dracut -H -f /boot/initramfs-$(uname -r).img "$(uname -r)"',
            "mkfs.xfs -f -L DATA /dev/md0",
            "mkdir -p /data",
            "echo 'LABEL=DATA /data xfs defaults,nofail,noatime,nodev,nosuid 0 2' >> /etc/fstab",
            "mount -a",
        ]),
    ),
    // cpupower(1) alternative: the cpufreq sysfs governor per CPU (kernel admin-guide/pm/cpufreq.rst), 1 GiB hugepages
    // through sysfs and a hugetlbfs mount (admin-guide/mm/hugetlbpage.rst).
    dev(
        "the performance governor for every CPU (for loop over scaling_governor), 1G hugepages and a hugetlbfs mount",
        script("dev-governor-hugepages-nodes", [
            "for g in /sys/devices/system/cpu/cpu*/cpufreq/scaling_governor; do",
            '  echo performance > "$g"',
            "done",
            "echo 8 > /sys/kernel/mm/hugepages/hugepages-1048576kB/nr_hugepages",
            "mkdir -p /dev/hugepages1G",
            "mount -t hugetlbfs -o pagesize=1G none /dev/hugepages1G",
            "echo 'vm.nr_hugepages = 1024' > /etc/sysctl.d/90-hugepages.conf",
            "sysctl --system",
        ]),
    ),
    // containerd docs/hosts.md "Support for Docker's Certificate File Pattern" and `ca`: the corporate registry's CA
    // beside its hosts.toml under /etc/containerd/certs.d/<host>/, the pull-through mirror for docker.io to ECR.
    // Was a MISS (fixed in round 37): containerd docs/hosts.md ("Support for Docker's Certificate File Pattern"; host
    // field `ca`): a registry's CA certificate beside its hosts.toml under /etc/containerd/certs.d/<host>/ only widens
    // TLS trust for pulls from that one host; the pack accepted hosts.toml naming a CA anywhere on the node, but refused
    // any write under /etc/containerd but hosts.toml (userData.ts NODE_CONFIG_PATHS) even with known PEM content. Now
    // PEM certificates at certs.d/<host>/*.crt|*.cert are read (userData.ts REGISTRY_CERTS).
    dev(
        "a corporate registry's CA file and hosts.toml under /etc/containerd/certs.d/<host>/, written inline",
        script("dev-registry-ca-nodes", [
            "mkdir -p /etc/containerd/certs.d/registry.corp.example",
            "cat > /etc/containerd/certs.d/registry.corp.example/ca.crt <<'EOF'",
            "-----BEGIN CERTIFICATE-----",
            "MIIBszCCAVmgAwIBAgIUExampleOnly",
            "-----END CERTIFICATE-----",
            "EOF",
            "cat > /etc/containerd/certs.d/registry.corp.example/hosts.toml <<'EOF'",
            'server = "https://registry.corp.example"',
            '[host."https://registry.corp.example"]',
            '  capabilities = ["pull", "resolve"]',
            '  ca = "/etc/containerd/certs.d/registry.corp.example/ca.crt"',
            "EOF",
        ]),
    ),
    // The same as a cloud-config write_files pair.
    // Was a MISS (fixed in round 37): the same as above, as cloud-init write_files.
    dev(
        "cloud-config write_files: a registry CA and hosts.toml in /etc/containerd/certs.d/registry.corp.example",
        cloud("dev-cloud-registry-ca-nodes", [
            "write_files:",
            "  - path: /etc/containerd/certs.d/registry.corp.example/ca.crt",
            "    permissions: '0644'",
            "    content: |",
            "      -----BEGIN CERTIFICATE-----",
            "      MIIBszCCAVmgAwIBAgIUExampleOnly",
            "      -----END CERTIFICATE-----",
            "  - path: /etc/containerd/certs.d/registry.corp.example/hosts.toml",
            "    content: |",
            '      server = "https://registry.corp.example"',
            '      [host."https://registry.corp.example"]',
            '        capabilities = ["pull", "resolve"]',
            '        ca = "/etc/containerd/certs.d/registry.corp.example/ca.crt"',
        ]),
    ),
    // systemd.exec(5) "Sandboxing": InaccessiblePaths= hides the data directories from the root SSM agent; ProtectHome,
    // PrivateTmp, ProtectKernelModules tighten it further. Naming /data only to make it unreachable reads nothing.
    dev(
        "an SSM agent hardening drop-in: InaccessiblePaths=/data /srv /run/spire, ProtectHome, PrivateTmp, ProtectKernelModules",
        script("dev-ssm-hardening-nodes", [
            ...DATA,
            "mkdir -p /etc/systemd/system/amazon-ssm-agent.service.d",
            "cat > /etc/systemd/system/amazon-ssm-agent.service.d/20-hardening.conf <<'EOF'",
            "[Service]",
            "InaccessiblePaths=-/data -/srv -/run/spire",
            "ProtectHome=read-only",
            "PrivateTmp=yes",
            "ProtectKernelModules=yes",
            "ProtectKernelTunables=yes",
            "ProtectControlGroups=yes",
            "EOF",
            "systemctl daemon-reload",
            "systemctl restart amazon-ssm-agent",
        ]),
    ),
    // node_exporter's textfile collector (prometheus/node_exporter README, "Textfile Collector") reads *.prom files:
    // a non-root NoNewPrivileges unit READING a data directory is exempt (round 29/34: only what it executes counts).
    dev(
        "node_exporter as User=node_exporter with NoNewPrivileges, textfile collector reading /data/node-exporter/textfile",
        script("dev-node-exporter-textfile-nodes", [
            ...DATA,
            "useradd --system --no-create-home --shell /sbin/nologin node_exporter",
            "install -d -o 10001 -g node_exporter -m 0750 /data/node-exporter/textfile",
            "cat > /etc/systemd/system/node_exporter.service <<'EOF'",
            "[Unit]",
            "After=network-online.target",
            "RequiresMountsFor=/data",
            "[Service]",
            "User=node_exporter",
            "Group=node_exporter",
            "NoNewPrivileges=yes",
            "ProtectSystem=strict",
            "ProtectHome=yes",
            "ExecStart=/usr/local/bin/node_exporter --web.listen-address=:9100 --collector.textfile.directory=/data/node-exporter/textfile",
            "Restart=always",
            "[Install]",
            "WantedBy=multi-user.target",
            "EOF",
            "systemctl daemon-reload",
            "systemctl enable --now node_exporter",
        ]),
    ),
    // dnf.conf(5) `proxy=`: dnf's own outbound proxy (a client setting, not a proxy the node serves).
    dev(
        "dnf through the corporate proxy (proxy= in /etc/dnf/dnf.conf), packages installed, unused services masked",
        script("dev-dnf-proxy-nodes", [
            "echo 'proxy=http://proxy.corp.example:3128' >> /etc/dnf/dnf.conf",
            "dnf install -y --setopt=install_weak_deps=False mdadm nvme-cli chrony amazon-cloudwatch-agent",
            "systemctl disable --now rpcbind.service rpcbind.socket || true",
            "systemctl mask --now rpcbind.service rpcbind.socket",
        ]),
    ),
    // CloudWatch agent user guide, "Configure the CloudWatch agent for proxy": common-config.toml [proxy] http_proxy,
    // https_proxy, no_proxy (169.254.169.254 excluded so metadata stays direct).
    // Was a MISS (fixed in round 37): CloudWatch agent user guide ("Modify the common configuration and named profile
    // for CloudWatch agent": common-config.toml [proxy] http_proxy/https_proxy/no_proxy, "URLs that should be excluded
    // from proxying"): no_proxy naming 169.254.169.254 keeps metadata calls DIRECT (the EKS proxy guidance); it relays
    // nothing. The pack read the address in this file as a metadata relay, while it accepted the same no_proxy in
    // kubelet/containerd drop-ins, /etc/environment, profile.d and system.conf.d DefaultEnvironment; one predicate
    // (userData.ts proxySetting) now owns proxy settings in both forms.
    dev(
        "the CloudWatch agent's common-config.toml [proxy] section (http_proxy, https_proxy, no_proxy 169.254.169.254)",
        script("dev-cwagent-proxy-nodes", [
            "cat > /opt/aws/amazon-cloudwatch-agent/etc/common-config.toml <<'EOF'",
            "[proxy]",
            '   http_proxy = "http://proxy.corp.example:3128"',
            '   https_proxy = "http://proxy.corp.example:3128"',
            '   no_proxy = "169.254.169.254,localhost,.amazonaws.com"',
            "EOF",
        ]),
    ),
    // EC2 user guide, "Precision clock and time synchronization ... PTP hardware clock": chrony `refclock PHC
    // /dev/ptp_ena poll 0 delay 0.000010 prefer`, with the Amazon Time Sync endpoint as a fallback.
    dev(
        "chrony on the ENA PTP hardware clock (refclock PHC /dev/ptp_ena) with Amazon Time Sync as fallback",
        script("dev-chrony-phc-nodes", [
            "cat > /etc/chrony.d/ptp.sources <<'EOF'",
            "refclock PHC /dev/ptp_ena poll 0 delay 0.000010 prefer",
            "server 169.254.169.123 prefer iburst minpoll 4 maxpoll 4",
            "EOF",
            "systemctl restart chronyd",
        ]),
    ),
    // cp(1) --reflink=auto: a copy-on-write COPY (falls back to a normal copy across filesystems), not a hard link.
    dev(
        "the system CA bundle copied into the validator's directory with cp --reflink=auto (not a hard link)",
        script("dev-reflink-copy-nodes", [
            ...DATA,
            "install -d -o 10001 -g 10001 /data/validator/tls",
            "cp --reflink=auto /etc/pki/tls/certs/ca-bundle.crt /data/validator/tls/ca-bundle.crt",
        ]),
    ),
    // An exporter's own TLS key (node_exporter web-config.yml, tls_server_config) made on the node: no credential of
    // the node or of pods, kept root:node_exporter 0640 under /etc/node_exporter.
    dev(
        "node_exporter's own TLS key made with openssl req -newkey into /etc/node_exporter, web-config.yml naming it",
        script("dev-exporter-tls-nodes", [
            "install -d -m 0750 -g node_exporter /etc/node_exporter",
            'openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 365 -subj "/CN=$(hostname)" -keyout /etc/node_exporter/tls.key -out /etc/node_exporter/tls.crt',
            "chmod 0640 /etc/node_exporter/tls.key",
            "cat > /etc/node_exporter/web-config.yml <<'EOF'",
            "tls_server_config:",
            "  cert_file: /etc/node_exporter/tls.crt",
            "  key_file: /etc/node_exporter/tls.key",
            "EOF",
        ]),
    ),
    // lvm.conf(5) issue_discards, edited with sed: LVM striped over the instance-store disks, mounted at /data.
    dev(
        "LVM over instance store with lvm.conf issue_discards = 1 (sed), lvcreate --stripes, /data",
        script("dev-lvm-discards-nodes", [
            "sed -i 's/^\\s*issue_discards = 0/\\tissue_discards = 1/' /etc/lvm/lvm.conf",
            "pvcreate /dev/nvme1n1 /dev/nvme2n1",
            "vgcreate vg_data /dev/nvme1n1 /dev/nvme2n1",
            "lvcreate --stripes 2 --stripesize 64k -l 100%FREE -n lv_data vg_data",
            "mkfs.xfs -f /dev/vg_data/lv_data",
            "mkdir -p /data",
            "mount -o noatime,nodev,nosuid /dev/vg_data/lv_data /data",
        ]),
    ),
    // nodeadm API (v1alpha1): instance.localStorage strategy RAID10 (or Mount) for the node's own storage, and kubelet
    // static CPU manager settings for signer pods.
    dev(
        "nodeadm instance.localStorage strategy RAID10 with kubelet cpuManagerPolicy static and topologyManagerPolicy",
        nodeadm("dev-nodeadm-raid10-nodes", [
            "  instance:",
            "    localStorage:",
            "      strategy: RAID10",
            "  kubelet:",
            "    config:",
            "      cpuManagerPolicy: static",
            "      topologyManagerPolicy: single-numa-node",
            "      reservedSystemCPUs: 0-1",
            "    flags:",
            "      - --node-labels=custody.example.com/role=signer",
        ]),
    ),
    // node_exporter's documented default --collector.filesystem.mount-points-exclude regex (node_exporter
    // collector/filesystem_linux.go: ^/(dev|proc|run/credentials/.+|sys|var/lib/docker/.+|var/lib/containers/storage/.+)($|/))
    // extended with /run/spire. systemd.service(5) "Command lines": ExecStart= is not a shell (no pipes), `$$` is a
    // literal dollar; the regex is one argument, a pattern node_exporter matches mount points against, reading nothing.
    dev(
        "node_exporter (User=, NoNewPrivileges) excluding mount points by regex ^/(dev|proc|sys|run/spire)($$|/) in ExecStart=",
        script("dev-node-exporter-exclude-nodes", [
            "useradd --system --no-create-home --shell /sbin/nologin node_exporter",
            "cat > /etc/systemd/system/node_exporter.service <<'EOF'",
            "[Service]",
            "User=node_exporter",
            "NoNewPrivileges=yes",
            'ExecStart=/usr/local/bin/node_exporter --web.listen-address=:9100 "--collector.filesystem.mount-points-exclude=^/(dev|proc|sys|run/spire)($$|/)"',
            "[Install]",
            "WantedBy=multi-user.target",
            "EOF",
            "systemctl enable --now node_exporter",
        ]),
    ),
    // The same regex unquoted: systemd.service(5) "Command lines": "redirection using <, <<, >, and >>, pipes using |
    // ... and other elements of shell syntax are not supported", so `|` is part of the one argument, not a pipe.
    // Was a MISS (fixed in round 37): secure refused. systemd.service(5) "Command lines": pipes using "|" are not supported in ExecStart= (no
    // shell), so the regex is one argument; the reader splits it at `|` and reads `run/spire)($$` as a program run
    // from / (so /run/spire executed). The same line with the argument quoted is accepted (case above).
    dev(
        "node_exporter (User=, NoNewPrivileges) with the unquoted regex --collector.filesystem.mount-points-exclude=^/(dev|proc|sys|run/spire)($$|/)",
        script("dev-node-exporter-exclude-unquoted-nodes", [
            "useradd --system --no-create-home --shell /sbin/nologin node_exporter",
            "cat > /etc/systemd/system/node_exporter.service <<'EOF'",
            "[Service]",
            "User=node_exporter",
            "NoNewPrivileges=yes",
            "ExecStart=/usr/local/bin/node_exporter --web.listen-address=:9100 --collector.filesystem.mount-points-exclude=^/(dev|proc|sys|run/spire)($$|/)",
            "[Install]",
            "WantedBy=multi-user.target",
            "EOF",
            "systemctl enable --now node_exporter",
        ]),
    ),
    // An unquoted regex with pipes and no data directory: a root unit (node_exporter's systemd collector needs D-Bus).
    dev(
        "a root node_exporter unit with --collector.systemd.unit-include=(kubelet|containerd|chronyd)\\.service unquoted",
        script("dev-node-exporter-unit-include-nodes", [
            "cat > /etc/systemd/system/node_exporter.service <<'EOF'",
            "[Service]",
            "ExecStart=/usr/local/bin/node_exporter --collector.systemd --collector.systemd.unit-include=(kubelet|containerd|chronyd)\\.service",
            "[Install]",
            "WantedBy=multi-user.target",
            "EOF",
            "systemctl enable --now node_exporter",
        ]),
    ),
    // round 36 neighbour: the token only tested for emptiness (`[ -n "$TOKEN" ]`) before use, then unset.
    dev(
        'the IMDSv2 token tested with [ -n "$TOKEN" ] || { echo ... >&2; exit 1; } before use, then unset',
        script("dev-imds-token-test-nodes", [
            ...TOKEN,
            '[ -n "$TOKEN" ] || { echo "no IMDSv2 token" >&2; exit 1; }',
            `REGION=$(curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" ${MD}/placement/region)`,
            "unset TOKEN",
            'echo "region ${REGION}" >> /var/log/node-setup.log',
        ]),
    ),
    // systemd-system.conf(5) DefaultEnvironment=: proxy variables only, with metadata and the VPC excluded (the same
    // settings round 27 accepts as kubelet/containerd http-proxy.conf drop-ins and in /etc/environment).
    dev(
        "proxy variables for every service in /etc/systemd/system.conf.d (DefaultEnvironment=, NO_PROXY with 169.254.169.254)",
        script("dev-default-env-proxy-nodes", [
            "mkdir -p /etc/systemd/system.conf.d",
            "cat > /etc/systemd/system.conf.d/10-proxy.conf <<'EOF'",
            "[Manager]",
            'DefaultEnvironment="HTTP_PROXY=http://proxy.corp.example:3128" "HTTPS_PROXY=http://proxy.corp.example:3128" "NO_PROXY=169.254.169.254,169.254.170.2,localhost,127.0.0.1,10.0.0.0/16,.internal,.eks.amazonaws.com"',
            "EOF",
            "systemctl daemon-reexec",
        ]),
    ),
    // Login shells' proxy settings (profile.d), with metadata excluded.
    dev(
        "proxy exports for login shells in /etc/profile.d/proxy.sh (no_proxy with 169.254.169.254)",
        script("dev-profile-proxy-nodes", [
            "cat > /etc/profile.d/proxy.sh <<'EOF'",
            "export http_proxy=http://proxy.corp.example:3128",
            "export https_proxy=http://proxy.corp.example:3128",
            "export no_proxy=169.254.169.254,localhost,127.0.0.1,.internal",
            "EOF",
            "chmod 0644 /etc/profile.d/proxy.sh",
        ]),
    ),
    // rsync(1) -H preserves hard links WITHIN the copied tree (it makes none to the source); a copy INTO /data.
    dev(
        "validator tooling copied from /opt into /data with rsync -aH (hard links preserved inside the copy, none to the source)",
        script("dev-rsync-h-nodes", [
            ...DATA,
            "install -d -o 10001 -g 10001 /data/validator/tools",
            "rsync -aH --delete /opt/validator-tools/ /data/validator/tools/",
            "chown -R 10001:10001 /data/validator/tools",
        ]),
    ),
    // Round 37 neighbours. containerd docs/hosts.md "Support for Docker's Certificate File Pattern": without hosts.toml,
    // the .crt files in certs.d/<host:port>/ are that registry's CAs; a chain (intermediate and root) written base64
    // (cloud-init write_files `encoding: b64`), decoded and read as certificates.
    dev(
        "a registry CA chain as base64 write_files into /etc/containerd/certs.d/registry.corp.example:5000/ca.crt (no hosts.toml)",
        cloud("dev-registry-ca-b64-nodes", [
            "write_files:",
            "  - path: /etc/containerd/certs.d/registry.corp.example:5000/ca.crt",
            "    encoding: b64",
            "    content: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJzekNDQVZtZ0F3SUJBZ0lVRXhhbXBsZUludGVybWVkaWF0ZQotLS0tLUVORCBDRVJUSUZJQ0FURS0tLS0tCi0tLS0tQkVHSU4gQ0VSVElGSUNBVEUtLS0tLQpNSUlCc3pDQ0FWbWdBd0lCQWdJVUV4YW1wbGVSb290Ci0tLS0tRU5EIENFUlRJRklDQVRFLS0tLS0K",
        ]),
    ),
    // A client certificate (public) beside hosts.toml, its key named by `client` outside /etc/containerd.
    dev(
        "a registry client certificate (.cert) in certs.d, hosts.toml client naming it with a key in /etc/pki/registry",
        cloud("dev-registry-client-cert-nodes", [
            "write_files:",
            "  - path: /etc/containerd/certs.d/registry.corp.example/client.cert",
            "    content: |",
            "      -----BEGIN CERTIFICATE-----",
            "      MIIBszCCAVmgAwIBAgIUExampleOnly",
            "      -----END CERTIFICATE-----",
            "  - path: /etc/containerd/certs.d/registry.corp.example/hosts.toml",
            "    content: |",
            '      server = "https://registry.corp.example"',
            '      [host."https://registry.corp.example"]',
            '        capabilities = ["pull", "resolve"]',
            '        client = [["/etc/containerd/certs.d/registry.corp.example/client.cert", "/etc/pki/registry/client.key"]]',
        ]),
    ),
    // The CloudWatch agent's [proxy] as cloud-config write_files, upper-case NO_PROXY with a comment, IMDS's IPv6 address
    // and the ECS/Pod Identity endpoints excluded (proxySetting: one value per setting).
    dev(
        "cloud-config write_files: common-config.toml [proxy] with NO_PROXY naming 169.254.169.254 and fd00:ec2::254",
        cloud("dev-cloud-cwagent-proxy-nodes", [
            "write_files:",
            "  - path: /opt/aws/amazon-cloudwatch-agent/etc/common-config.toml",
            "    content: |",
            "      [proxy]",
            '      HTTPS_PROXY = "http://proxy.corp.example:3128"',
            '      NO_PROXY = "169.254.169.254,fd00:ec2::254,169.254.170.2,169.254.170.23" # metadata stays direct',
        ]),
    ),
];

describeNodeCases("red team round 37: node user data (secure variants and neighbours)", insecure, secure);
