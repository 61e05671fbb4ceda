// Red-team round 27 on EKS node user data and launch settings (fresh eyes): false positives in what careful platform
// teams running validator/signing nodes put into node user data from AWS's own documentation and vendors' install
// guides: an egress proxy for containerd/kubelet/SSM (EKS hybrid nodes guide, AWS Knowledge Center), the CloudWatch
// agent configured from a file and from Parameter Store, the GuardDuty/CloudWatch agents verified with gpg before rpm,
// the EFA installer, FIPS mode and nosmt on the kernel command line, CIS sudo/faillock/auditd/coredump settings, Falco
// from its signed repository, a root oneshot preparing the data volume with inert commands, root's AWS CLI region,
// an organisation CA in the node trust store, and Bottlerocket proxy, boot and AWS config settings. Secure variants the
// whole pack must accept (the pack's misses are `it.skip` with a MISS comment), and insecure neighbours a fix must keep
// refusing.
import { nodePolicyConfig } from "./packRunner";
import {
    al2023Nodes,
    b64,
    bottlerocket,
    describeNodeCases,
    EFFECTIVE,
    hostPathDaemonSet,
    NodeCase,
    NON_ROOT,
    withCloudConfig,
    withScript,
} from "./nodeBuilders";

/** The validator's data directory on the node's /data volume, written by a restricted DaemonSet (uid 10001). */
const validatorData = (r: Parameters<NodeCase["edit"]>[0]) =>
    hostPathDaemonSet(r, "validator-data", "node-agents", "/data/validator", NON_ROOT);

/** The egress proxy and the destinations that bypass it (EKS hybrid nodes guide, "Configure proxy for hybrid nodes"). */
const PROXY = "http://proxy.corp.internal:3128";
const NO_PROXY = "localhost,127.0.0.1,169.254.169.254,10.100.0.0/16,10.0.0.0/16,.internal,.eks.amazonaws.com";

/** A systemd drop-in setting the proxy variables (the guide's http-proxy.conf), one line per entry of `extra`. */
const proxyDropIn = (extra: string[] = []) => [
    "[Service]",
    `Environment="HTTP_PROXY=${PROXY}"`,
    `Environment="HTTPS_PROXY=${PROXY}"`,
    `Environment="NO_PROXY=${NO_PROXY}"`,
    ...extra,
];

/** A cloud-config write_files entry for `path` holding `lines`. */
const writeFile = (path: string, lines: string[], permissions = "0644") => [
    `  - path: ${path}`,
    `    permissions: '${permissions}'`,
    "    content: |",
    ...lines.map(l => `      ${l}`),
];

const insecure: NodeCase[] = [
    // Neighbour of the secure proxy drop-ins: the same kubelet drop-in also resets ExecStart= (systemd.service(5): an
    // empty ExecStart= clears the list, the next one replaces the command line) to run the kubelet with anonymous
    // requests authorised. A fix accepting proxy Environment= lines must keep judging the rest of the drop-in.
    {
        name: "a kubelet http-proxy.conf drop-in that also replaces ExecStart with --anonymous-auth=true",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-proxy-execstart-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile(
                        "/etc/systemd/system/kubelet.service.d/http-proxy.conf",
                        proxyDropIn([
                            "ExecStart=",
                            "ExecStart=/usr/bin/kubelet --anonymous-auth=true --authorization-mode=AlwaysAllow $NODEADM_KUBELET_ARGS",
                        ]),
                    ),
                ]),
            ),
        refused: /ExecStart|anonymous|kubelet\.service\.d\/http-proxy\.conf/,
        policy: EFFECTIVE,
    },
    // Neighbour of the secure root AWS CLI config: the AWS CLI (and every SDK run as root, nodeadm's included) runs
    // credential_process as a program (AWS CLI user guide, "Sourcing credentials with an external process"): a pod
    // writing /data/bin chooses what root runs whenever root calls AWS.
    {
        name: "root's AWS CLI config with credential_process = /data/bin/aws-creds",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-root-credproc-nodes",
                withScript([
                    "install -d -m 0700 /root/.aws",
                    "cat > /root/.aws/config <<'EOF'",
                    "[default]",
                    "region = eu-west-1",
                    "credential_process = /data/bin/aws-creds --profile node",
                    "EOF",
                ]),
            );
            hostPathDaemonSet(r, "node-bin", "node-agents", "/data", NON_ROOT);
        },
        refused: /\/data\/bin\/aws-creds/,
        policy: EFFECTIVE,
    },
    // Neighbour of the secure grubby nosmt/FIPS case: init= on the kernel command line (kernel-parameters.txt "init=
    // Run specified binary instead of /sbin/init as init process") makes a pod's program PID 1 at the next boot.
    {
        name: "grubby adding init=/data/sbin/init to every kernel's command line",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-grubby-init-nodes",
                withScript(['grubby --update-kernel=ALL --args="nosmt init=/data/sbin/init"']),
            );
            hostPathDaemonSet(r, "node-sbin", "node-agents", "/data", NON_ROOT);
        },
        refused: /\/data\/sbin\/init/,
        policy: EFFECTIVE,
    },
];

const secure: NodeCase[] = [
    // EKS user guide, "Configure proxy for hybrid nodes" (containerd and kubelet: /etc/systemd/system/<unit>.service.d/
    // http-proxy.conf with Environment="HTTP_PROXY=..." "HTTPS_PROXY=..." "NO_PROXY=...") and AWS Knowledge Center
    // "How can I automate the configuration of HTTP proxy for EKS containerd nodes?" (NO_PROXY lists 169.254.169.254,
    // the cluster CIDR, .internal). Proxy variables change where the services' outbound HTTP goes, not what they run or
    // trust (TLS to the API server and ECR is still verified against the same CAs); NO_PROXY keeps metadata direct.
    // Was a MISS (secure, refused; fixed in round 27): userData.ts nodeJudge.written() accepts a kubelet/containerd drop-in only when ordersOnly()
    // (ordering, Restart*, Timeout*, Limit*, TasksMax), so the EKS user guide's own http-proxy.conf ("Configure proxy
    // for hybrid nodes": [Service] Environment="HTTP_PROXY=..." "HTTPS_PROXY=..." "NO_PROXY=...") and the Knowledge
    // Center's containerd-node proxy automation are refused as "the node's own configuration ... cannot judge". The
    // proxy variables change only the route of outbound requests: TLS to the API server is verified against the
    // kubeconfig's cluster CA and image pulls against the system store, so the proxy can neither impersonate the API
    // server nor inject content; NO_PROXY=169.254.169.254 keeps metadata off the proxy (nothing relays it). A fix could
    // accept Environment= lines whose variables are exactly HTTP_PROXY/HTTPS_PROXY/NO_PROXY (either case); the
    // ExecStart= neighbour above must stay refused.
    {
        name: "EKS proxy drop-ins for containerd and the kubelet (HTTP_PROXY, HTTPS_PROXY, NO_PROXY with 169.254.169.254)",

        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-proxy-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/systemd/system/containerd.service.d/http-proxy.conf", proxyDropIn()),
                    ...writeFile("/etc/systemd/system/kubelet.service.d/http-proxy.conf", proxyDropIn()),
                    "runcmd:",
                    "  - [systemctl, daemon-reload]",
                ]),
            ),
    },
    // AWS Systems Manager user guide, "Configure SSM Agent to use a proxy on Linux nodes": an override.conf for
    // amazon-ssm-agent with Environment="http_proxy=..." "https_proxy=..." "no_proxy=169.254.169.254" (the guide's
    // own value: the agent must reach instance metadata directly), and the OS-wide variables in /etc/environment for
    // dnf and the AWS CLI (the hybrid nodes guide's "Operating system proxy configuration").
    {
        name: "the SSM agent's documented proxy override (no_proxy=169.254.169.254) and /etc/environment proxy variables",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-ssm-proxy-nodes",
                withScript([
                    "mkdir -p /etc/systemd/system/amazon-ssm-agent.service.d",
                    "cat > /etc/systemd/system/amazon-ssm-agent.service.d/override.conf <<'EOF'",
                    "[Service]",
                    `Environment="http_proxy=${PROXY}"`,
                    `Environment="https_proxy=${PROXY}"`,
                    'Environment="no_proxy=169.254.169.254"',
                    "EOF",
                    "cat >> /etc/environment <<'EOF'",
                    `HTTP_PROXY=${PROXY}`,
                    `HTTPS_PROXY=${PROXY}`,
                    `NO_PROXY=${NO_PROXY}`,
                    "EOF",
                    "echo 'proxy=" + PROXY + "' >> /etc/dnf/dnf.conf",
                    "systemctl daemon-reload",
                    "systemctl restart amazon-ssm-agent",
                ]),
            ),
    },
    // CloudWatch agent user guide: install the package (`dnf install amazon-cloudwatch-agent`), then
    // `amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c file:<path>` for a file written by the user data, and
    // `-a append-config -c ssm:<parameter>` for the organisation's shared configuration in Parameter Store. The agent
    // writes its TOML under /opt/aws/amazon-cloudwatch-agent/etc (its own configuration, not the node's).
    // DECIDED (round 28, redteam28-node): the ssm: form is refused (whoever writes the parameter chooses which node
    // files root ships, every pod's token included: content the pack cannot read), so this case keeps the file: form.
    {
        name: "the CloudWatch agent configured from a file written by the user data (file:)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-cwagent-nodes",
                withScript([
                    "dnf install -y amazon-cloudwatch-agent",
                    "cat > /opt/aws/amazon-cloudwatch-agent/etc/node.json <<'EOF'",
                    JSON.stringify({
                        agent: { metrics_collection_interval: 60, run_as_user: "cwagent" },
                        logs: {
                            logs_collected: {
                                files: {
                                    collect_list: [
                                        { file_path: "/var/log/messages", log_group_name: "/eks/dev/node-messages" },
                                        { file_path: "/var/log/secure", log_group_name: "/eks/dev/node-secure" },
                                    ],
                                },
                            },
                        },
                        metrics: { metrics_collected: { mem: { measurement: ["mem_used_percent"] } } },
                    }),
                    "EOF",
                    "/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c file:/opt/aws/amazon-cloudwatch-agent/etc/node.json",
                ]),
            ),
    },
    // GuardDuty user guide, "Installing the security agent manually" (Linux, RPM): download the RPM, its signature and
    // the public key from the regional S3 bucket, `gpg --import`, `gpg --verify <sig> <rpm>`, then `rpm -ivh`.
    {
        name: "the GuardDuty runtime agent RPM verified with gpg --verify before rpm -ivh (GuardDuty's manual install)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-guardduty-nodes",
                withScript([
                    "cd /tmp",
                    "B=s3://694911143906-eu-west-1-guardduty-agent-rpm-artifacts/1.6.0/x86_64",
                    'aws s3 cp "$B/amazon-guardduty-agent-1.6.0.x86_64.rpm" ./amazon-guardduty-agent.rpm',
                    'aws s3 cp "$B/amazon-guardduty-agent-1.6.0.x86_64.sig" ./amazon-guardduty-agent.sig',
                    'aws s3 cp "s3://694911143906-eu-west-1-guardduty-agent-rpm-artifacts/1.6.0/publickey.pem" ./publickey.pem',
                    "gpg --import publickey.pem",
                    "gpg --verify amazon-guardduty-agent.sig amazon-guardduty-agent.rpm",
                    "rpm -ivh amazon-guardduty-agent.rpm",
                    "systemctl enable --now amazon-guardduty-agent",
                ]),
            ),
    },
    // EC2 user guide, "Get started with EFA and MPI": download the EFA installer, import AWS's key, verify the
    // signature, extract, run ./efa_installer.sh -y from its directory (the EKS user guide's EFA node user data does the
    // same). Supply chain is out of scope (round 25: a downloaded tool run from /usr/local/bin is accepted).
    // DECIDED (round 80): extracted straight into /tmp, the archive's top directory may be another local user's (made
    // first: sticky(7) keeps only removal of others' files from them, and whoever owns aws-efa-installer/ may replace
    // efa_installer.sh before root runs it), so RootReads.planted refuses it; the idiom runs in a fresh directory
    // that mktemp(1) makes root's alone (`cd "$(mktemp -d)"`), which is accepted.
    {
        name: "the EFA installer downloaded, gpg-verified, extracted in a mktemp -d directory and run (EC2 user guide)",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-efa-nodes",
                withScript([
                    'cd "$(mktemp -d)"',
                    "curl -fsSLO https://efa-installer.amazonaws.com/aws-efa-installer-1.38.0.tar.gz",
                    "curl -fsSLO https://efa-installer.amazonaws.com/aws-efa-installer-1.38.0.tar.gz.sig",
                    "curl -fsSLO https://efa-installer.amazonaws.com/aws-efa-installer.key",
                    "gpg --import aws-efa-installer.key",
                    "gpg --verify aws-efa-installer-1.38.0.tar.gz.sig aws-efa-installer-1.38.0.tar.gz",
                    "tar -xf aws-efa-installer-1.38.0.tar.gz",
                    "cd aws-efa-installer",
                    "./efa_installer.sh -y --minimal",
                ]),
            ),
    },
    // Amazon Linux 2023 user guide, "Enable FIPS mode on AL2023" (`fips-mode-setup --enable`, then reboot) for a
    // signing node that must use validated cryptography, and SMT off against cross-thread side channels for the signer
    // (kernel admin-guide hw-vuln "nosmt", grubby(8) --update-kernel=ALL --args). Neither names a pod's path.
    {
        name: "FIPS mode (fips-mode-setup --enable) and nosmt added with grubby, then a reboot at the end of cloud-init",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-fips-nosmt-nodes",
                withCloudConfig([
                    "packages: [crypto-policies, crypto-policies-scripts]",
                    "runcmd:",
                    "  - fips-mode-setup --enable",
                    '  - grubby --update-kernel=ALL --args="nosmt mitigations=auto,nosmt"',
                    "power_state:",
                    "  mode: reboot",
                    "  message: FIPS and nosmt",
                    "  timeout: 30",
                ]),
            ),
    },
    // CIS Amazon Linux 2023 Benchmark: 5.2.2 "Ensure sudo commands use pty" and 5.2.3 "Ensure sudo log file exists"
    // (a Defaults-only drop-in in /etc/sudoers.d, checked with visudo -c), 5.3.3.1 faillock (deny, unlock_time in
    // /etc/security/faillock.conf), pwquality minlen, and 1.5.x core dumps off (systemd coredump.conf Storage=none).
    // Defaults lines grant nobody anything (sudoers(5) "Defaults"); none of the files names a pod's path.
    // Was a MISS (secure, refused; fixed in round 27): NODE_CONFIG_PATHS refuses every write under /etc/sudoers whatever it says, so the CIS
    // Amazon Linux 2023 Level 1 sudo items ("Ensure sudo commands use pty": Defaults use_pty; "Ensure sudo log file
    // exists": Defaults logfile=...) written as a Defaults-only drop-in are refused as "whoever the written file lets
    // in". sudoers(5): Defaults lines only change sudo's behaviour for rules that exist elsewhere; they grant no user
    // or group anything (a User_Spec line, `who host=(runas) cmds`, is what lets someone in). A fix could read the
    // drop-in and accept only Defaults lines without env_keep/env_check/secure_path/!authenticate-style loosening
    // (or only use_pty, logfile, log_input/log_output, timestamp_timeout, passwd_tries).
    {
        name: "CIS sudo Defaults drop-in (use_pty, logfile), faillock.conf, pwquality minlen and coredump Storage=none",

        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-cis-sudo-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile(
                        "/etc/sudoers.d/01-cis",
                        ["Defaults use_pty", 'Defaults logfile="/var/log/sudo.log"'],
                        "0440",
                    ),
                    ...writeFile("/etc/security/faillock.conf", ["deny = 5", "unlock_time = 900", "even_deny_root"]),
                    ...writeFile("/etc/security/pwquality.conf.d/50-cis.conf", ["minlen = 14", "minclass = 4"]),
                    ...writeFile("/etc/systemd/coredump.conf.d/50-cis.conf", [
                        "[Coredump]",
                        "Storage=none",
                        "ProcessSizeMax=0",
                    ]),
                    "runcmd:",
                    "  - [visudo, -c]",
                    "  - [systemctl, daemon-reload]",
                ]),
            ),
    },
    // CIS AL2023 4.1.x auditd: rules in /etc/audit/rules.d (time changes, identity files, sudoers, module loading,
    // immutable -e 2), auditd.conf edited with sed (max_log_file_action = keep_logs), loaded with augenrules --load.
    {
        name: "CIS auditd: rules.d file ending -e 2, sed on auditd.conf (keep_logs, admin_space_left_action), augenrules --load",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-cis-audit-nodes",
                withScript([
                    "cat > /etc/audit/rules.d/50-cis.rules <<'EOF'",
                    "-a always,exit -F arch=b64 -S adjtimex,settimeofday,clock_settime -k time-change",
                    "-w /etc/group -p wa -k identity",
                    "-w /etc/passwd -p wa -k identity",
                    "-w /etc/sudoers -p wa -k scope",
                    "-w /etc/sudoers.d -p wa -k scope",
                    "-a always,exit -F arch=b64 -S init_module,finit_module,delete_module -k kernel_modules",
                    "-w /usr/bin/kubelet -p x -k kubelet_exec",
                    "-e 2",
                    "EOF",
                    "sed -i 's/^max_log_file_action.*/max_log_file_action = keep_logs/' /etc/audit/auditd.conf",
                    "sed -i 's/^admin_space_left_action.*/admin_space_left_action = single/' /etc/audit/auditd.conf",
                    "augenrules --load",
                ]),
            ),
    },
    // Falco (falco.org docs, "Install on a host", RPM): import the project's signing key, add its repository file, then
    // dnf install falco and enable the modern eBPF service. The repository has gpgcheck=1 with the imported key.
    {
        name: "Falco from its signed repository: rpm --import, the .repo written inline (gpgcheck=1), falco-modern-bpf enabled",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-falco-nodes",
                withScript([
                    "rpm --import https://falco.org/repo/falcosecurity-packages.asc",
                    "cat > /etc/yum.repos.d/falcosecurity.repo <<'EOF'",
                    "[falcosecurity]",
                    "name=falcosecurity repository",
                    "baseurl=https://download.falco.org/packages/rpm/",
                    "gpgcheck=1",
                    "gpgkey=https://falco.org/repo/falcosecurity-packages.asc",
                    "enabled=1",
                    "EOF",
                    "dnf install -y dialog falco",
                    "systemctl enable --now falco-modern-bpf.service",
                ]),
            ),
    },
    // A root oneshot preparing the pods' directory at every boot with inert commands only (install -d, chown,
    // restorecon) after the data mount: the same commands the pack accepts in the user data itself, here in a unit's
    // ExecStart= lines (systemd.service(5)). Nothing under /data is run, loaded or read as configuration.
    {
        name: "a root oneshot unit whose ExecStart= lines only install -d / chown / restorecon /data/validator",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r => {
            al2023Nodes(
                r,
                "dev-data-perms-nodes",
                withCloudConfig([
                    "write_files:",
                    ...writeFile("/etc/systemd/system/data-perms.service", [
                        "[Unit]",
                        "Description=Prepare the validator data directory",
                        "RequiresMountsFor=/data",
                        "Before=kubelet.service",
                        "ConditionPathIsMountPoint=/data",
                        "[Service]",
                        "Type=oneshot",
                        "ExecStart=/usr/bin/install -d -o 10001 -g 10001 -m 0750 /data/validator",
                        "ExecStart=/usr/bin/chown -R 10001:10001 /data/validator",
                        "ExecStart=/usr/sbin/restorecon -R /data/validator",
                        "RemainAfterExit=yes",
                        "[Install]",
                        "WantedBy=multi-user.target",
                    ]),
                    "runcmd:",
                    "  - [systemctl, daemon-reload]",
                    "  - [systemctl, enable, --now, data-perms.service]",
                ]),
            );
            validatorData(r);
        },
    },
    // AWS CLI user guide, "Configuration and credential file settings": root's ~/.aws/config with the region, regional
    // STS endpoints and FIPS endpoints for the user data's own aws calls (no credential_process, no profiles sourcing
    // other credentials: the node role from instance metadata stays the only credential).
    // Was a MISS (secure, refused; fixed in round 27): NODE_CONFIG_PATHS refuses every write under /root/, so root's AWS CLI configuration with
    // only region, sts_regional_endpoints and use_fips_endpoint (AWS CLI user guide, "Configuration and credential
    // file settings") is refused as node credentials. None of these settings names a credential or a program; the
    // settings that do are credential_process, credential_source/role_arn/source_profile, web_identity_token_file,
    // sso_* and aws_access_key_id/aws_secret_access_key (same guide), which a fix could keep refusing (the
    // credential_process neighbour above stays refused for its /data path either way). Weaker than the two above
    // (AWS_REGION in the script's environment does the same), but platform teams do write it.
    {
        name: "root's AWS CLI config with region, sts_regional_endpoints and use_fips_endpoint only",

        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-root-awscfg-nodes",
                withScript([
                    "install -d -m 0700 /root/.aws",
                    "cat > /root/.aws/config <<'EOF'",
                    "[default]",
                    "region = eu-west-1",
                    "sts_regional_endpoints = regional",
                    "use_fips_endpoint = true",
                    "EOF",
                    "aws sts get-caller-identity",
                ]),
            ),
    },
    // AL2023 user guide / ca-certificates: an organisation's root CA (for the TLS-inspecting egress proxy) written
    // inline into /etc/pki/ca-trust/source/anchors and activated with update-ca-trust. The kubelet trusts the API
    // server through the cluster CA in its kubeconfig, not the system store; the content is the user data's own.
    {
        name: "the organisation's root CA written inline to /etc/pki/ca-trust/source/anchors, then update-ca-trust extract",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-corp-ca-nodes",
                withScript([
                    "cat > /etc/pki/ca-trust/source/anchors/corp-root-ca.pem <<'EOF'",
                    "-----BEGIN CERTIFICATE-----",
                    "MIIBszCCAVmgAwIBAgIUExampleOnlyCorpRootCA0wCgYIKoZIzj0EAwIwFzEVMBMGA1UEAwwMY29ycC1yb290",
                    "-----END CERTIFICATE-----",
                    "EOF",
                    "update-ca-trust extract",
                ]),
            ),
    },
    // Bottlerocket settings reference, settings.network.https-proxy / no-proxy ("On Kubernetes variants proxy settings
    // also affect the kubelet.service"; no-proxy keeps metadata and the cluster direct) and settings.boot
    // kernel-parameters with reboot-to-reconcile (nosmt for the signer), plus settings.aws.config (base64 of an AWS
    // config file: region and FIPS endpoints).
    {
        name: "Bottlerocket https-proxy/no-proxy (169.254.169.254), boot kernel-parameters nosmt with reboot-to-reconcile, aws.config",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r =>
            bottlerocket(r, [
                "[settings.network]",
                `https-proxy = "${PROXY}"`,
                'no-proxy = ["localhost", "127.0.0.1", "169.254.169.254", "10.100.0.0/16", ".internal", ".eks.amazonaws.com"]',
                "[settings.boot]",
                "reboot-to-reconcile = true",
                "[settings.boot.kernel-parameters]",
                '"nosmt" = []',
                '"mitigations" = ["auto,nosmt"]',
                "[settings.aws]",
                `config = "${b64("[default]\nregion = eu-west-1\nuse_fips_endpoint = true\n")}"`,
                "[settings.host-containers.admin]",
                "enabled = false",
            ]),
    },
    // tee(1) with a here-document writing kernel tuning for the validator's networking (sysctl.d) and a module to
    // load at boot (modules-load.d, tcp_bbr), applied with sysctl --system and modprobe: config edits with tee, no
    // path of a pod.
    {
        name: "tee writing sysctl.d and modules-load.d (tcp_bbr, somaxconn, rmem/wmem), then modprobe and sysctl --system",
        stack: "dev",
        config: nodePolicyConfig,
        edit: r =>
            al2023Nodes(
                r,
                "dev-tee-sysctl-nodes",
                withScript([
                    "tee /etc/modules-load.d/bbr.conf >/dev/null <<'EOF'",
                    "tcp_bbr",
                    "EOF",
                    "tee /etc/sysctl.d/90-validator-net.conf >/dev/null <<'EOF'",
                    "net.core.somaxconn = 4096",
                    "net.core.rmem_max = 134217728",
                    "net.core.wmem_max = 134217728",
                    "net.ipv4.tcp_congestion_control = bbr",
                    "net.core.default_qdisc = fq",
                    "EOF",
                    "modprobe tcp_bbr",
                    "sysctl --system",
                ]),
            ),
    },
];

describeNodeCases(
    "allowlist: red-team round 27 on node user data and launch settings (false positives of documented node setups)",
    insecure,
    secure,
);
