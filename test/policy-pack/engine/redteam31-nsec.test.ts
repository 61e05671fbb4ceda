// Red-team round 31 on EKS NODE user data (fresh eyes), mostly SECURE variants: what a careful platform team writes
// into node user data from AWS's, cloud-init's, nodeadm's and Bottlerocket's documentation (boothooks, encoded
// write_files, cloud-init's own instance-store mount at /mnt, CIS modprobe/audit/cron/sshd hardening, journal upload,
// dnf-automatic, nodeadm containerd registry config and merged NodeConfigs, Bottlerocket OCI resource limits, AL2
// bootstrap.sh local disks) that the whole pack must accept; and a few insecure neighbours written in another
// language than shell (cloud-init runs a script part by its #! line, and part handlers are Python). Misses are
// `it.skip` with a MISS comment and the doc checked.
import { gzipSync } from "zlib";
import { nodePolicyConfig } from "./packRunner";
import {
    al2023Nodes,
    b64,
    bottlerocket,
    CLUSTER,
    clusterSpec,
    describeNodeCases,
    devNodeCase,
    hostPathDaemonSet,
    mime,
    NodeCase,
    nodeConfig,
    NON_ROOT,
    PRIMARY,
    SSH_KEY,
    withCloudConfig,
    withScript,
} from "./nodeBuilders";
import { Resources } from "./support";
import { managedNodes } from "./variantBuilders";

/** A restricted (non-root) DaemonSet of the stack that writes /data/validator (the data directory is the pods'). */
const podsWriteData = (r: Resources) =>
    hostPathDaemonSet(r, "validator-data", "node-agents", "/data/validator", NON_ROOT);

const dev = devNodeCase;

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

const insecure: NodeCase[] = [
    // cloud-init runs a text/x-shellscript part by its #! line (cloud-init docs, "User-data formats": "User-data
    // scripts ... can be written in any language the instance can run, with a #! line"); AL2023 ships python3. This
    // Python script appends an SSH key to ec2-user's authorized_keys (ec2-user has passwordless sudo on AL2023): SSH as
    // root on the node for whoever holds the key, like the shell `echo KEY >> authorized_keys` the pack refuses.
    dev(
        "a Python user-data script (#!/usr/bin/python3) appending an SSH key to ec2-user's authorized_keys",
        r =>
            al2023Nodes(
                r,
                "dev-python-sshkey-nodes",
                mime([
                    { type: "application/node.eks.aws", body: nodeConfig([]) },
                    {
                        type: "text/x-shellscript",
                        body: [
                            "#!/usr/bin/python3",
                            "import os, pathlib",
                            "ssh = pathlib.Path('/home/ec2-user/.ssh')",
                            "ssh.mkdir(mode=0o700, exist_ok=True)",
                            "with open(ssh / 'authorized_keys', 'a') as f:",
                            `    f.write('${SSH_KEY}\\n')`,
                            "os.system('chown -R ec2-user:ec2-user /home/ec2-user/.ssh')",
                        ].join("\n"),
                    },
                ]),
            ),
        /installs an SSH authorized key/,
    ),
    // A cloud-init part handler (text/part-handler, cloud-init docs "User-data formats": "a custom code ... Python")
    // runs as root in cloud-init; this one writes a passwordless sudoers drop-in and an SSH key for a new user `ops`.
    dev(
        "a cloud-init part handler (Python) creating user ops with an SSH key and NOPASSWD sudo",
        r =>
            al2023Nodes(
                r,
                "dev-part-handler-nodes",
                mime([
                    { type: "application/node.eks.aws", body: nodeConfig([]) },
                    {
                        type: "text/part-handler",
                        body: [
                            "#part-handler",
                            "import os, subprocess",
                            "def list_types():",
                            "    return ['text/x-ops-access']",
                            "def handle_part(data, ctype, filename, payload, frequency=None):",
                            "    if ctype in ('__begin__', '__end__'):",
                            "        return",
                            "    subprocess.run(['useradd', '-m', 'ops'], check=False)",
                            "    os.makedirs('/home/ops/.ssh', mode=0o700, exist_ok=True)",
                            "    open('/home/ops/.ssh/authorized_keys', 'w').write(payload)",
                            "    open('/etc/sudoers.d/90-ops', 'w').write('ops ALL=(ALL) NOPASSWD:ALL\\n')",
                            "    subprocess.run(['chown', '-R', 'ops:ops', '/home/ops/.ssh'], check=False)",
                        ].join("\n"),
                    },
                    { type: "text/x-ops-access", body: SSH_KEY },
                ]),
            ),
        /installs an SSH authorized key/,
    ),
    // AL2 (bootstrap.sh): the kubelet reads /etc/kubernetes/kubelet/kubelet-config.json; a Python json edit turning
    // anonymous authentication on and authorization to AlwaysAllow lets anything reaching port 10250 exec into every
    // pod (kubelet reference, --anonymous-auth / --authorization-mode). The jq neighbour is refused (round 28).
    dev(
        "AL2: a python3 heredoc editing kubelet-config.json (anonymous auth on, AlwaysAllow) before bootstrap.sh",
        r =>
            al2(r, "dev-al2-python-kubelet-nodes", [
                "python3 - <<'EOF'",
                "import json",
                "p = '/etc/kubernetes/kubelet/kubelet-config.json'",
                "c = json.load(open(p))",
                "c['authentication']['anonymous']['enabled'] = True",
                "c['authorization'] = {'mode': 'AlwaysAllow'}",
                "json.dump(c, open(p, 'w'), indent=2)",
                "EOF",
            ]),
        /AlwaysAllow/,
    ),
    // Was a MISS (fixed in round 31): accepted. The data volume's filesystem mounted a second time at /opt/validator (fstab, two lines with the
    // same LABEL) and a root cron.d job running /opt/validator/bin/snapshot. Since Linux 2.4 one filesystem may be
    // mounted at several mount points, each showing the same tree (Kerrisk, The Linux Programming Interface 14.9.1
    // "Mounting a File System at Multiple Mount Points"; Understanding the Linux Kernel ch. 12 "Filesystem Mounting"):
    // /opt/validator/bin/snapshot IS /data/bin/snapshot, which the stack's DaemonSet (hostPath /data) writes, so root
    // runs what a pod chose: root on the node, every pod's token. The pack treats a device mount at a data directory as
    // inert and refuses `mount --bind /data /opt/validator` (checked: refused), but does not see that the same device
    // is also mounted at a node path. A fix could treat a device/LABEL/UUID mounted at a data directory as that data
    // directory wherever else it is mounted (fstab, mount, mount units, cloud-config mounts).
    dev(
        "the data volume's filesystem mounted twice (fstab: LABEL=data at /data and at /opt/validator), root cron runs /opt/validator/bin/snapshot",
        r => {
            al2023Nodes(
                r,
                "dev-double-mount-nodes",
                withScript([
                    "mkfs.xfs -f -L data /dev/nvme1n1",
                    "mkdir -p /data /opt/validator",
                    "echo 'LABEL=data /data xfs defaults,nofail 0 2' >> /etc/fstab",
                    "echo 'LABEL=data /opt/validator xfs defaults,nofail 0 2' >> /etc/fstab",
                    "mount -a",
                    "echo '*/10 * * * * root /opt/validator/bin/snapshot' > /etc/cron.d/validator-snapshot",
                ]),
            );
            hostPathDaemonSet(r, "validator-data", "node-agents", "/data", NON_ROOT);
        },
        /\/opt\/validator|\/data/,
    ),
    // Was a MISS (fixed in round 31): accepted. The same with mount(8) twice and a root oneshot unit (ExecStart=/opt/validator/bin/snapshot).
    dev(
        "the data device mounted with mount(8) at /data and again at /opt/validator, a root unit running /opt/validator/bin/snapshot",
        r => {
            al2023Nodes(
                r,
                "dev-double-mount-cmd-nodes",
                withScript([
                    "mkfs.xfs -f -L data /dev/nvme1n1",
                    "mkdir -p /data /opt/validator",
                    "mount LABEL=data /data",
                    "mount LABEL=data /opt/validator",
                    "cat > /etc/systemd/system/validator-snapshot.service <<'EOF'",
                    "[Service]",
                    "Type=oneshot",
                    "ExecStart=/opt/validator/bin/snapshot",
                    "EOF",
                    "systemctl enable --now validator-snapshot.service",
                ]),
            );
            hostPathDaemonSet(r, "validator-data", "node-agents", "/data", NON_ROOT);
        },
        /\/opt\/validator|\/data/,
    ),
];

const secure: NodeCase[] = [
    // cloud-init docs, "User-data formats", cloud boothook: `#cloud-boothook` runs early at every boot;
    // cloud-init-per once keeps a step to the first boot. Sysctls for Elasticsearch-style workloads.
    dev("a #cloud-boothook part with cloud-init-per once writing a sysctl.d file and applying it", r =>
        al2023Nodes(
            r,
            "dev-boothook-nodes",
            mime([
                {
                    type: "text/cloud-boothook",
                    headers: ['Content-Disposition: attachment; filename="boothook.sh"'],
                    body: [
                        "#cloud-boothook",
                        "#!/bin/bash",
                        "cloud-init-per once sysctl-conf sh -c 'printf \"vm.max_map_count = 262144\\n\" > /etc/sysctl.d/90-es.conf'",
                        "sysctl --system",
                    ].join("\n"),
                },
                { type: "application/node.eks.aws", body: nodeConfig([]) },
            ]),
        ),
    ),
    // cloud-init module reference, "Write Files": encoding gz+b64 / b64 content is decoded before writing.
    dev("cloud-config write_files with gz+b64 (sysctl.d) and b64 (chrony.d sources) content", r =>
        al2023Nodes(
            r,
            "dev-encoded-files-nodes",
            withCloudConfig([
                "write_files:",
                "  - path: /etc/sysctl.d/90-node.conf",
                "    encoding: gz+b64",
                "    permissions: '0644'",
                `    content: ${gzipSync(Buffer.from("vm.max_map_count = 262144\nnet.core.somaxconn = 4096\nfs.inotify.max_user_watches = 524288\n")).toString("base64")}`,
                "  - path: /etc/chrony.d/10-amazon.sources",
                "    encoding: b64",
                `    content: ${b64("server 169.254.169.123 prefer iburst minpoll 4 maxpoll 4\n")}`,
                "runcmd:",
                "  - [sysctl, --system]",
                "  - [systemctl, restart, chronyd]",
            ]),
        ),
    ),
    // cloud-init module reference, "Mounts": the default mounts entry is
    // [ephemeral0, /mnt, auto, "defaults,nofail,x-systemd.requires=cloud-init.service,_netdev", "0", "2"] — the first
    // instance-store disk at /mnt; restated with the swap entry disabled.
    dev("cloud-config mounts restating cloud-init's default: ephemeral0 (instance store) at /mnt, no swap", r => {
        al2023Nodes(
            r,
            "dev-ephemeral0-nodes",
            withCloudConfig([
                "mounts:",
                "  - [ephemeral0, /mnt, auto, 'defaults,nofail,x-systemd.requires=cloud-init.service,_netdev', '0', '2']",
                "  - [swap, null]",
                "mount_default_fields: [null, null, auto, 'defaults,nofail', '0', '2']",
            ]),
        );
        hostPathDaemonSet(r, "scratch", "node-agents", "/mnt/scratch", NON_ROOT);
    }),
    // CIS Amazon Linux 2023 Benchmark 1.1.1.x "Ensure mounting of cramfs/freevxfs/hfs/squashfs/udf filesystems is
    // disabled" and 3.2.x (dccp, sctp, rds, tipc): the remediation is `install <mod> /bin/false` plus `blacklist <mod>`
    // in /etc/modprobe.d (modprobe.d(5): install runs that command instead of inserting the module).
    dev("CIS modprobe.d: install <module> /bin/false and blacklist for cramfs, udf, usb-storage, dccp, sctp", r =>
        al2023Nodes(
            r,
            "dev-cis-modprobe-nodes",
            withScript([
                "for mod in cramfs freevxfs hfs hfsplus udf usb-storage dccp sctp rds tipc; do",
                '  printf "install %s /bin/false\\nblacklist %s\\n" "$mod" "$mod" > "/etc/modprobe.d/60-cis-${mod}.conf"',
                '  modprobe -r "$mod" 2>/dev/null || true',
                "done",
            ]),
        ),
    ),
    // The same, as a literal file (the CIS remediation text): install lines naming /bin/true and /bin/false only.
    dev("CIS modprobe.d file written by write_files: install cramfs /bin/true, install usb-storage /bin/false", r =>
        al2023Nodes(
            r,
            "dev-cis-modprobe-file-nodes",
            withCloudConfig([
                "write_files:",
                "  - path: /etc/modprobe.d/CIS.conf",
                "    permissions: '0644'",
                "    content: |",
                "      install cramfs /bin/true",
                "      install squashfs /bin/true",
                "      install udf /bin/true",
                "      install usb-storage /bin/false",
                "      blacklist usb-storage",
            ]),
        ),
    ),
    // CIS EKS/AL2023 audit: watch the kubelet's and the cluster's credentials for writes (auditctl(8) -w PATH -p wa).
    // Watching a path reads nothing from it; the rule names node credential paths only as audited objects.
    dev("auditd rules watching the kubelet's kubeconfig, /etc/kubernetes/pki and /etc/eks for writes", r =>
        al2023Nodes(
            r,
            "dev-audit-kubelet-nodes",
            withCloudConfig([
                "write_files:",
                "  - path: /etc/audit/rules.d/60-kubernetes.rules",
                "    permissions: '0640'",
                "    content: |",
                "      -w /var/lib/kubelet/kubeconfig -p wa -k kubelet_creds",
                "      -w /var/lib/kubelet/pki/ -p wa -k kubelet_creds",
                "      -w /etc/kubernetes/pki/ -p wa -k cluster_ca",
                "      -w /etc/kubernetes/kubelet/ -p wa -k kubelet_config",
                "      -w /etc/eks/ -p wa -k eks_config",
                "      -w /usr/bin/kubelet -p x -k kubelet_exec",
                "runcmd:",
                "  - [augenrules, --load]",
            ]),
        ),
    ),
    // CIS AL2023 5.1.x sshd hardening as a drop-in (AL2023's sshd_config has Include /etc/ssh/sshd_config.d/*.conf):
    // Banner, LogLevel, MaxAuthTries, ciphers/MACs/KEX, AllowGroups, ClientAlive*, root login and passwords off.
    dev(
        "CIS sshd drop-in in /etc/ssh/sshd_config.d (Banner, AllowGroups, ciphers, MaxAuthTries, root/password off)",
        r =>
            al2023Nodes(
                r,
                "dev-cis-sshd-dropin-nodes",
                withCloudConfig([
                    "write_files:",
                    "  - path: /etc/ssh/sshd_config.d/50-cis.conf",
                    "    permissions: '0600'",
                    "    content: |",
                    "      Banner /etc/issue.net",
                    "      LogLevel VERBOSE",
                    "      MaxAuthTries 4",
                    "      MaxStartups 10:30:60",
                    "      MaxSessions 10",
                    "      LoginGraceTime 60",
                    "      ClientAliveInterval 15",
                    "      ClientAliveCountMax 3",
                    "      PermitRootLogin no",
                    "      PasswordAuthentication no",
                    "      PermitEmptyPasswords no",
                    "      HostbasedAuthentication no",
                    "      IgnoreRhosts yes",
                    "      PermitUserEnvironment no",
                    "      DisableForwarding yes",
                    "      GSSAPIAuthentication no",
                    "      AllowGroups wheel",
                    "      Ciphers aes256-gcm@openssh.com,aes128-gcm@openssh.com,aes256-ctr",
                    "      MACs hmac-sha2-512-etm@openssh.com,hmac-sha2-256-etm@openssh.com",
                    "      KexAlgorithms curve25519-sha256,ecdh-sha2-nistp521",
                    "  - path: /etc/issue.net",
                    "    content: |",
                    "      Authorized uses only. All activity may be monitored and reported.",
                    "runcmd:",
                    "  - [systemctl, reload, sshd]",
                ]),
            ),
    ),
    // systemd-journal-upload(8) / journal-upload.conf(5): ship the journal to a central systemd-journal-remote over
    // HTTPS with a client certificate; state in /var/lib/systemd/journal-upload.
    dev("systemd-journal-upload to a central collector (journal-upload.conf.d: URL, client key/cert, trusted CA)", r =>
        al2023Nodes(
            r,
            "dev-journal-upload-nodes",
            withCloudConfig([
                "packages: [systemd-journal-remote]",
                "write_files:",
                "  - path: /etc/systemd/journal-upload.conf.d/10-central.conf",
                "    content: |",
                "      [Upload]",
                "      URL=https://journal.corp.internal:19532",
                "      ServerKeyFile=/etc/pki/journal-upload/client.key",
                "      ServerCertificateFile=/etc/pki/journal-upload/client.pem",
                "      TrustedCertificateFile=/etc/pki/journal-upload/ca.pem",
                "runcmd:",
                "  - [install, -d, -m, '0750', -o, root, -g, systemd-journal-upload, /etc/pki/journal-upload]",
                "  - [sh, -c, 'aws secretsmanager get-secret-value --secret-id node/journal-upload/client.key --query SecretString --output text > /etc/pki/journal-upload/client.key']",
                "  - [chmod, '0640', /etc/pki/journal-upload/client.key]",
                "  - [systemctl, enable, --now, systemd-journal-upload.service]",
            ]),
        ),
    ),
    // dnf-automatic (AL2023 user guide, "Managing packages and operating system updates"): security updates applied
    // by a timer; automatic.conf edited with sed (upgrade_type, apply_updates).
    dev("dnf-automatic security updates: sed on /etc/dnf/automatic.conf, dnf-automatic.timer enabled", r =>
        al2023Nodes(
            r,
            "dev-dnf-automatic-nodes",
            withScript([
                "dnf install -y dnf-automatic",
                "sed -i -e 's/^upgrade_type.*/upgrade_type = security/' -e 's/^apply_updates.*/apply_updates = yes/' /etc/dnf/automatic.conf",
                "systemctl enable --now dnf-automatic.timer",
            ]),
        ),
    ),
    // CIS AL2023 5.1.8/5.1.9 "Ensure cron/at is restricted to authorized users": remove cron.deny/at.deny, create
    // root-only cron.allow/at.allow with mode 0600.
    dev("CIS cron/at restricted: rm cron.deny and at.deny, root-only cron.allow and at.allow (0600)", r =>
        al2023Nodes(
            r,
            "dev-cis-cron-allow-nodes",
            withScript([
                "rm -f /etc/cron.deny /etc/at.deny",
                "echo root > /etc/cron.allow",
                "echo root > /etc/at.allow",
                "chmod 600 /etc/cron.allow /etc/at.allow",
                "chown root:root /etc/cron.allow /etc/at.allow",
            ]),
        ),
    ),
    // nodeadm API reference (ContainerdOptions.config, "Modifying containerd config": TOML merged into the generated
    // config) with the registry hosts directory of containerd's docs (hosts.md: config_path).
    dev(
        "nodeadm containerd.config: discard_unpacked_layers false and registry config_path /etc/containerd/certs.d",
        r =>
            al2023Nodes(
                r,
                "dev-containerd-config-path-nodes",
                mime([
                    {
                        type: "application/node.eks.aws",
                        body: nodeConfig([
                            "  containerd:",
                            "    config: |",
                            '      [plugins."io.containerd.grpc.v1.cri".containerd]',
                            "      discard_unpacked_layers = false",
                            '      [plugins."io.containerd.grpc.v1.cri".registry]',
                            '      config_path = "/etc/containerd/certs.d:/etc/docker/certs.d"',
                        ]),
                    },
                ]),
            ),
    ),
    // nodeadm merges every NodeConfig part in order (nodeadm docs, "Configuration": "multiple NodeConfig objects ...
    // merged"); a second part with kubelet settings only, no cluster block.
    dev("two NodeConfig parts merged: cluster join, then a kubelet-only part (maxPods, image GC, container logs)", r =>
        al2023Nodes(
            r,
            "dev-two-nodeconfig-nodes",
            mime([
                { type: "application/node.eks.aws", body: nodeConfig([]) },
                {
                    type: "application/node.eks.aws",
                    body: [
                        "apiVersion: node.eks.aws/v1alpha1",
                        "kind: NodeConfig",
                        "spec:",
                        "  kubelet:",
                        "    config:",
                        "      maxPods: 58",
                        "      imageGCHighThresholdPercent: 80",
                        "      imageGCLowThresholdPercent: 70",
                        "      containerLogMaxSize: 50Mi",
                        "      containerLogMaxFiles: 5",
                        "      serializeImagePulls: false",
                    ].join("\n"),
                },
            ]),
        ),
    ),
    // A cloud-config using merge_how (cloud-init docs, "Merging user-data sections") before a NodeConfig part — a
    // format case: both parts must be read.
    dev("cloud-config with merge_how (list append, dict recurse) writing a limits.d file, then the NodeConfig", r =>
        al2023Nodes(
            r,
            "dev-merge-how-nodes",
            mime([
                {
                    type: "text/cloud-config",
                    body: [
                        "#cloud-config",
                        "merge_how:",
                        "  - name: list",
                        "    settings: [append]",
                        "  - name: dict",
                        "    settings: [no_replace, recurse_list]",
                        "write_files:",
                        "  - path: /etc/security/limits.d/90-nofile.conf",
                        "    content: |",
                        "      * soft nofile 65536",
                        "      * hard nofile 65536",
                    ].join("\n"),
                },
                {
                    type: "application/node.eks.aws",
                    body: [
                        "apiVersion: node.eks.aws/v1alpha1",
                        "kind: NodeConfig",
                        "spec:",
                        ...clusterSpec(CLUSTER.dev),
                    ].join("\n"),
                },
            ]),
        ),
    ),
    // AL2 bootstrap.sh --local-disks raid0 (amazon-eks-ami, "Instance store volumes" / setup-local-disks): instance
    // store arrayed at /mnt/k8s-disks for the kubelet and containerd, plus a /data EBS volume for the pods.
    dev("AL2 bootstrap.sh --local-disks raid0 with a data EBS volume at /data", r => {
        al2(
            r,
            "dev-al2-local-disks-nodes",
            [
                "mkfs.xfs -f -L data /dev/nvme1n1",
                "mkdir -p /data",
                "echo 'LABEL=data /data xfs defaults,nodev,nosuid,nofail 0 2' >> /etc/fstab",
                "mount /data",
                "install -d -o 10001 -g 10001 -m 0750 /data/validator",
            ],
            " --local-disks raid0 --container-runtime containerd",
        );
        podsWriteData(r);
    }),
    // Bottlerocket settings reference: oci-defaults.resource-limits (bottlerocket PR 3206), node labels, max-pods,
    // cluster DNS, shutdown grace periods, container log rotation, kernel lockdown integrity.
    {
        name: "Bottlerocket oci-defaults resource-limits, node-labels, max-pods, shutdown grace, log rotation, lockdown",
        stack: "basil",
        config: nodePolicyConfig,
        edit: r =>
            bottlerocket(r, [
                "[settings.kubernetes]",
                "max-pods = 58",
                'cluster-dns-ip = "10.100.0.10"',
                'shutdown-grace-period = "60s"',
                'shutdown-grace-period-for-critical-pods = "20s"',
                'container-log-max-size = "50Mi"',
                "container-log-max-files = 5",
                "[settings.kubernetes.node-labels]",
                '"workload" = "broker"',
                '"topology.corp/rack" = "a"',
                "[settings.oci-defaults.resource-limits.max-open-files]",
                "hard-limit = 1048576",
                "soft-limit = 65536",
                "[settings.oci-defaults.resource-limits.max-processes]",
                "hard-limit = 4096",
                "soft-limit = 4096",
                "[settings.kernel]",
                'lockdown = "integrity"',
                "[settings.host-containers.admin]",
                "enabled = false",
            ]),
    },
    // cloud-init's `cloud-init devel make-mime` (and Python's email.mime, which Terraform's cloudinit provider mirrors)
    // writes a boundary of "=" signs and digits and gives every part MIME-Version, Content-Transfer-Encoding 7bit and a
    // Content-Disposition (RFC 2046 5.1.1: boundary characters include "=" when quoted).
    dev(
        "user data as cloud-init make-mime writes it: boundary '===============…==', per-part MIME-Version/7bit/disposition",
        r =>
            al2023Nodes(
                r,
                "dev-make-mime-nodes",
                [
                    'Content-Type: multipart/mixed; boundary="===============5409722395870457021=="',
                    "MIME-Version: 1.0",
                    "",
                    "--===============5409722395870457021==",
                    'Content-Type: application/node.eks.aws; charset="us-ascii"',
                    "MIME-Version: 1.0",
                    "Content-Transfer-Encoding: 7bit",
                    'Content-Disposition: attachment; filename="nodeconfig.yaml"',
                    "",
                    nodeConfig([]),
                    "",
                    "--===============5409722395870457021==",
                    'Content-Type: text/x-shellscript; charset="us-ascii"',
                    "MIME-Version: 1.0",
                    "Content-Transfer-Encoding: 7bit",
                    'Content-Disposition: attachment; filename="tune.sh"',
                    "",
                    "#!/bin/bash",
                    "echo 'net.core.somaxconn = 4096' > /etc/sysctl.d/90-somaxconn.conf",
                    "sysctl --system",
                    "",
                    "--===============5409722395870457021==--",
                    "",
                ].join("\n"),
            ),
    ),
    // The same user data with CRLF line ends (a template edited on Windows; RFC 2046 MIME lines end in CRLF).
    dev("MIME user data with CRLF line ends (NodeConfig + a shell part writing a sysctl.d file)", r =>
        al2023Nodes(
            r,
            "dev-crlf-nodes",
            mime([
                { type: "application/node.eks.aws", body: nodeConfig([]) },
                {
                    type: "text/x-shellscript",
                    body: [
                        "#!/bin/bash",
                        "echo 'vm.max_map_count = 262144' > /etc/sysctl.d/90-map.conf",
                        "sysctl --system",
                    ].join("\n"),
                },
            ]).replace(/\n/g, "\r\n"),
        ),
    ),
    // AL2023 user guide, "Configure dnf to use a proxy": proxy= in /etc/dnf/dnf.conf; profile.d proxy variables.
    dev("dnf proxy in /etc/dnf/dnf.conf and a profile.d proxy file (NO_PROXY with 169.254.169.254 and .internal)", r =>
        al2023Nodes(
            r,
            "dev-dnf-proxy-nodes",
            withScript([
                "echo 'proxy=http://proxy.corp.internal:3128' >> /etc/dnf/dnf.conf",
                "cat > /etc/profile.d/proxy.sh <<'EOF'",
                "export HTTP_PROXY=http://proxy.corp.internal:3128",
                "export HTTPS_PROXY=http://proxy.corp.internal:3128",
                "export NO_PROXY=169.254.169.254,169.254.170.2,localhost,127.0.0.1,.internal,.eks.amazonaws.com,10.0.0.0/8",
                "EOF",
                "chmod 0644 /etc/profile.d/proxy.sh",
            ]),
        ),
    ),
    // SSM user guide, "Reference: amazon-ssm-agent.json": the agent reads /etc/amazon/ssm/amazon-ssm-agent.json;
    // Agent.Region pins the region, SelfUpdate off, a proxy-free Mgs/Ssm config; seelog at warn.
    dev("SSM agent config: amazon-ssm-agent.json (Agent.Region, SelfUpdate false) and seelog.xml minlevel warn", r =>
        al2023Nodes(
            r,
            "dev-ssm-config-nodes",
            withScript([
                "cat > /etc/amazon/ssm/amazon-ssm-agent.json <<'EOF'",
                '{"Agent": {"Region": "eu-west-1", "SelfUpdate": false, "TelemetryMetricsToCloudWatch": false},',
                ' "Ssm": {"HealthFrequencyMinutes": 5}, "Mgs": {"Region": "eu-west-1"}}',
                "EOF",
                'sed -i \'s/minlevel="info"/minlevel="warn"/\' /etc/amazon/ssm/seelog.xml',
                "systemctl restart amazon-ssm-agent",
            ]),
        ),
    ),
    // chrony.conf(5) replaced whole with the AWS guide's server line plus the stock driftfile/keyfile/logdir/leapsectz.
    dev("chrony.conf replaced whole (Amazon Time Sync, driftfile, makestep, rtcsync, keyfile, logdir, leapsectz)", r =>
        al2023Nodes(
            r,
            "dev-chrony-conf-nodes",
            withCloudConfig([
                "write_files:",
                "  - path: /etc/chrony.conf",
                "    content: |",
                "      server 169.254.169.123 prefer iburst minpoll 4 maxpoll 4",
                "      driftfile /var/lib/chrony/drift",
                "      makestep 1.0 3",
                "      rtcsync",
                "      keyfile /etc/chrony.keys",
                "      ntsdumpdir /var/lib/chrony",
                "      leapsectz right/UTC",
                "      logdir /var/log/chrony",
                "      log measurements statistics tracking",
                "runcmd:",
                "  - [systemctl, restart, chronyd]",
            ]),
        ),
    ),
    // CIS AL2023 5.3.x (authselect): a custom profile from sssd with faillock and without nullok (authselect(8)).
    dev("CIS authselect: custom profile from sssd, select with-faillock without-nullok, apply-changes", r =>
        al2023Nodes(
            r,
            "dev-cis-authselect-nodes",
            withScript([
                "dnf install -y authselect",
                "authselect create-profile cis -b sssd --symlink-meta",
                "authselect select custom/cis with-faillock without-nullok --force",
                "authselect apply-changes",
            ]),
        ),
    ),
    // core(5): a core_pattern starting with | pipes dumps to a program; CIS-style "no core dumps" with |/bin/false.
    dev("core dumps off: kernel.core_pattern=|/bin/false and fs.suid_dumpable=0 in sysctl.d", r =>
        al2023Nodes(
            r,
            "dev-core-false-nodes",
            withScript([
                "printf 'kernel.core_pattern = |/bin/false\\nfs.suid_dumpable = 0\\n' > /etc/sysctl.d/50-coredump.conf",
                "sysctl --system",
            ]),
        ),
    ),
    // AL2 bootstrap.sh --kubelet-extra-args with the ECR credential provider flags spelled out (kubelet reference,
    // --image-credential-provider-config/-bin-dir; the AL2 AMI's own paths under /etc/eks/image-credential-provider).
    dev("AL2 bootstrap.sh --kubelet-extra-args with the AMI's ECR credential provider config and bin dir", r =>
        al2(
            r,
            "dev-al2-credprov-nodes",
            [],
            " --kubelet-extra-args '--image-credential-provider-config=/etc/eks/image-credential-provider/config.json --image-credential-provider-bin-dir=/etc/eks/image-credential-provider --node-labels=workload=validator'",
        ),
    ),
    // Was a MISS (fixed in round 31): refused ("relay or route to instance metadata ... in /etc/sysconfig/nftables.conf"). EKS best practices
    // ("Restrict access to the instance profile assigned to the worker node") block pods from IMDS with
    // `iptables --insert FORWARD 1 --in-interface eni+ --destination 169.254.169.254/32 --jump DROP`; AL2023 uses
    // nftables, whose persistent ruleset is /etc/sysconfig/nftables.conf loaded by nftables.service (RHEL-family layout,
    // e.g. AlmaLinux image scripts and Ansible roles writing /etc/sysconfig/nftables.conf then enabling nftables). The
    // same rule is accepted as an iptables DROP and as an nft command in bootcmd (round 27), but the file form naming
    // 169.254.169.254 with `drop` is read as a relay. A fix could read nft rule files' verdicts (drop/reject) like the
    // nft and iptables commands.
    dev(
        "the EKS best-practice IMDS block for pods as a persistent nftables ruleset (/etc/sysconfig/nftables.conf, iifname eni* ... drop)",
        r =>
            al2023Nodes(
                r,
                "dev-nftables-imds-nodes",
                withCloudConfig([
                    "packages: [nftables]",
                    "write_files:",
                    "  - path: /etc/sysconfig/nftables.conf",
                    "    permissions: '0600'",
                    "    content: |",
                    "      table inet pod_imds {",
                    "        chain forward {",
                    "          type filter hook forward priority -10; policy accept;",
                    '          iifname "eni*" ip daddr 169.254.169.254 drop',
                    "        }",
                    "      }",
                    "runcmd:",
                    "  - [systemctl, enable, --now, nftables]",
                ]),
            ),
        /./,
    ),
];

describeNodeCases(
    "allowlist: red-team round 31 on node user data (secure node setups, scripts in other languages)",
    insecure,
    secure,
);
