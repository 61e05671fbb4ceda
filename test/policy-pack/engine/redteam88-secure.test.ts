// Red-team round 88 on over-refusals (area secure, fresh eyes, from main): SECURE changes a demanding platform team
// makes to the committed stacks, each third beside an insecure twin that changes one detail.
// Probed: (node, dev, AL2023) the bootstrap a platform team writes: the CloudWatch agent from dnf with its JSON
// (StatsD on 127.0.0.1 vs ":8125", system logs vs the kubelet pki), the SSM agent (enabled; dnf of its documented
// https URL), dnf upgrade --security, verified downloads (https + pinned sha256sum -c into /usr/local/src or root's
// home, http + pinned sha256sum -c, gpg --verify with a user-data-written key over https and http) vs `|| true` and a
// /tmp key, node_exporter on loopback with DynamicUser and on ":9100" (DECIDED harmless by the pack), containerd and
// kubelet drop-ins (Limit*, accounting; OOMScoreAdjust/Nice) vs an ExecStart= in /tmp, hardening sysctls, containerd
// hosts.toml mirrors over https (+ a written CA) vs skip_verify and http, chrony, journald, auditd rules,
// modules-load.d, a written script on a systemd timer vs a /var/tmp one, NodeConfig kubelet/containerd settings, a
// cloud-config part, fluent-bit without its HTTP server, IMDSv2 lookups. (basil, Bottlerocket) kubelet settings, taints,
// admin off/control on, sysctls, NTP, PKI + https mirror vs the admin container on. (AWS, prod) the runtime role's
// telemetry (logs writes, DescribeLogStreams, X-Ray daemon writes, PutMetricData in a namespace), its own SSM path, a
// SourceVpce perimeter Deny, a permissions boundary, maxSessionDuration; key policies: an org guard Deny, a key-
// management Deny except break-glass, EncryptionContext/CallerAccount pins of the signer grant, the tables CMK pinned by
// tableName context; tags, a second alias, rotation periods, PITR 35 days, AWS Backup into an in-account vault, ops
// inventory reads (ec2/eks Describe, ssm:DescribeInstanceInformation); twins: kms:Decrypt on key/*, Allow "*" by
// PrincipalOrgID or SourceVpce, the tables CMK without ViaService, ssm:StartSession on instances, a cross-account
// backup copy, break-glass allowed PutKeyPolicy/CreateGrant. (pod-identity) trust + aws:SourceAccount, pins as
// strings, + eks-cluster-name, a Deny of other namespaces, association tags, + ArnEquals aws:SourceArn vs the
// namespace pin dropped and a StringLike ServiceAccount. (K8s, prod) a team namespace with its own Role, validators
// NetworkPolicies, PDB, ResourceQuota/LimitRange and on-call read Role, a restricted monitoring DaemonSet, read-only
// ClusterRoles (a dashboard, Prometheus' nodes/metrics + /metrics, a CRD reader aggregated into view), a team
// Deployment vs the team Role in validators, hostPath / read-only, nodes/proxy, pods/exec aggregated into view.
// Misses found (1 insecure accepted, 8 secure refused); round 88 fixer (fix88-secure) status:
//   - AGENT-CONFIG-LISTENER: I7 the CloudWatch agent's StatsD receiver on ":8125": DECIDED (round 88, the lead)
//     harmless as node_exporter's listener (metric lines only), moved to secure as S23 (+ S23-fix88 collectd on all
//     interfaces); twins I7-fix88a/b/c (a planted path in the config, the config from /srv or /tmp) refused.
//   - ROOT-HOME-DATA-FILE: S3 an https tarball, sha256-checked, in /root: fixed (formats.ts NODE_CONFIG_PATHS).
//   - DIGEST-OR-SIGNATURE-CHECK-NOT-CREDITED: S3b pinned sha256sum -c, S4b gpg --verify with a written key, both over
//     http: fixed, DECIDED by the lead (rootReads.ts pinnedChecks); twins I2, I9 and I2/I9-fix88 stay refused.
//   - SERVICE-DROP-IN-SCHEDULING-KEYS: S7b kubelet drop-in OOMScoreAdjust=/Nice=: fixed (addresses.ts ordersOnly).
//   - OWN-TELEMETRY-INCOMPLETE: AS1b logs:DescribeLogStreams on its own group, AS1c X-Ray daemon writes: fixed
//     (judge.ts OWN_LOG_WRITES, OWN_TRACE_WRITES).
//   - Design questions (still skipped): AS3 the runtime role's own SSM parameter path (RUNTIME-ROLE-OWN-CONFIG), AS14
//     AWS Backup of the custody tables in-account (BACKUP-IDENTITY-NOT-IN-MODEL): design: needs a seeded access set
//     in the custody model (the sets proposed at each case).
// Held by the red team: 21 of 22 insecure refused (I2-I6, I8, I9, BI1, AI1-AI7, PI1, PI2, KI1-KI4); 61 of 69 secure
// clean. After round 88's fixes: every insecure case refused, every secure case clean but AS3 and AS14.
// (I1, node_exporter on ":9100", was written as an insecure twin of S5 and moved to secure as S5b: the pack DECIDED
// its listener harmless, listeners.ts nodeExporterListeners, and a pod reaching it reads metrics only.)
import {
    al2023Nodes,
    bottlerocket,
    cloudConfig,
    describeNodeCases,
    devNodeCase,
    devNodeScript,
    heredocFile,
    mime,
    NodeCase,
    nodeConfig,
    systemdUnit,
} from "./nodeBuilders";
import { nodePolicyConfig } from "./packRunner";
import { addStatements, describeVariants, find, prop, Resources, setProp, StackCase } from "./support";
import { ACCOUNT, allow, beside, opsRole } from "./awsCaseBuilders";
import { editDoc, k8s, namespace, restricted, roleFor, Statement } from "./variantBuilders";

const n = (id: string) => `dev-${id}-88s-nodes`;
/** A known miss: skipped unless REDTEAM_ALL=1. */
const MISS = true;
const unit = (id: string, exec: string, pre: string[] = [], extra: string[] = []) =>
    devNodeScript(n(id), [...pre, ...systemdUnit("ops", [...extra, `ExecStart=${exec}`])]);
const SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

// ======== Node (dev, AL2023): the bootstrap a platform team writes.
const insecure: NodeCase[] = [
    // I2 twin of S3b: the pinned sha256 check made not to stop the script (bash(1) "set -e": a command in a || list
    // does not exit the shell): a tampered http download is installed and run anyway.
    devNodeCase(
        "I2 curl http://...tar.gz; sha256sum -c || true; tar -x; run-rt88s",
        devNodeScript(n("i2"), [
            "mkdir -p /usr/local/src",
            "cd /usr/local/src",
            "curl -fsSLo node_exporter.tar.gz http://dl.internal/node_exporter-1.8.1.linux-amd64.tar.gz",
            `echo "${SHA}  node_exporter.tar.gz" | sha256sum -c - || true`,
            "tar -xzf node_exporter.tar.gz -C /usr/local/bin --strip-components=1",
            "/usr/local/bin/node_exporter --version",
        ]),
    ),
    // I3 twin of S9: a containerd hosts.toml for docker.io with skip_verify = true (containerd docs/hosts.md
    // "skip_verify: Skip TLS verification for the registry host"): whoever is on the path serves the images.
    devNodeCase(
        "I3 /etc/containerd/certs.d/docker.io/hosts.toml skip_verify = true-rt88s",
        devNodeScript(
            n("i3"),
            heredocFile("/etc/containerd/certs.d/docker.io/hosts.toml", [
                'server = "https://registry-1.docker.io"',
                '[host."https://mirror.internal"]',
                '  capabilities = ["pull", "resolve"]',
                "  skip_verify = true",
            ]),
        ),
    ),
    // I4 twin of S9: the mirror over plain http (containerd docs/hosts.md: the host's scheme "http" is plain text).
    devNodeCase(
        "I4 /etc/containerd/certs.d/docker.io/hosts.toml host http://mirror.internal-rt88s",
        devNodeScript(
            n("i4"),
            heredocFile("/etc/containerd/certs.d/docker.io/hosts.toml", [
                'server = "https://registry-1.docker.io"',
                '[host."http://mirror.internal"]',
                '  capabilities = ["pull", "resolve"]',
            ]),
        ),
    ),
    // I5 twin of S16: the timer's service runs a /var/tmp script (hier(7): /var/tmp is any user's; systemd.timer(5)
    // activates the service as root).
    devNodeCase(
        "I5 ops-cleanup.timer -> ExecStart=/var/tmp/ops-cleanup.sh-rt88s",
        devNodeScript(n("i5"), [
            ...heredocFile("/etc/systemd/system/ops-cleanup.service", [
                "[Unit]",
                "Description=ops cleanup",
                "[Service]",
                "Type=oneshot",
                "ExecStart=/bin/bash /var/tmp/ops-cleanup.sh",
            ]),
            ...heredocFile("/etc/systemd/system/ops-cleanup.timer", [
                "[Unit]",
                "Description=ops cleanup daily",
                "[Timer]",
                "OnCalendar=daily",
                "Persistent=true",
                "[Install]",
                "WantedBy=timers.target",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now ops-cleanup.timer",
        ]),
    ),
    // I6 twin of S6: a containerd drop-in replacing ExecStart with a /tmp binary (systemd.service(5): an empty
    // ExecStart= resets the list, the next one is what runs).
    devNodeCase(
        "I6 containerd.service.d drop-in ExecStart=/tmp/containerd-rt88s",
        devNodeScript(n("i6"), [
            ...heredocFile("/etc/systemd/system/containerd.service.d/20-exec.conf", [
                "[Service]",
                "ExecStart=",
                "ExecStart=/tmp/containerd",
            ]),
            "systemctl daemon-reload",
            "systemctl restart containerd",
        ]),
    ),
    // I6-fix88a twin of S7b: the scheduling keys beside an ExecStartPre= of a /var/tmp script (systemd.service(5):
    // ExecStartPre= commands run as root before ExecStart=; hier(7): /var/tmp is any user's).
    devNodeCase(
        "I6-fix88a kubelet.service.d Nice=-5 + ExecStartPre=/var/tmp/prep.sh",
        devNodeScript(n("i6fa"), [
            ...heredocFile("/etc/systemd/system/kubelet.service.d/20-oom.conf", [
                "[Service]",
                "Nice=-5",
                "ExecStartPre=/bin/bash /var/tmp/prep.sh",
            ]),
            "systemctl daemon-reload",
        ]),
    ),
    // I6-fix88b twin of S7b-fix88: OOMScoreAdjust= beside a loader variable (systemd.exec(5) Environment=; ld.so(8)
    // LD_PRELOAD: the library is loaded into containerd, root).
    devNodeCase(
        "I6-fix88b containerd.service.d OOMScoreAdjust=-999 + Environment=LD_PRELOAD=/tmp/x.so",
        devNodeScript(n("i6fb"), [
            ...heredocFile("/etc/systemd/system/containerd.service.d/30-sched.conf", [
                "[Service]",
                "OOMScoreAdjust=-999",
                "Environment=LD_PRELOAD=/tmp/x.so",
            ]),
            "systemctl daemon-reload",
        ]),
    ),
    // I7-fix88a twin of S23-fix88: the collectd receiver's types database named in a directory pods may write
    // (CloudWatch User Guide "Retrieve custom metrics with collectd": collectd_typesdb "A list of one or more files
    // that contain the collectd data set descriptions"; podSpec.ts WRITABLE_DATA /mnt): the agent, root, reads a
    // planted file. The receivers DECIDED harmless in round 88 (S23) stay judged by every path their configuration
    // names (rootReads.ts cloudWatchAgent).
    devNodeCase(
        "I7-fix88a amazon-cloudwatch-agent.json collectd on 0.0.0.0, collectd_typesdb /mnt/ops/types.db",
        devNodeScript(n("i7fa"), [
            "dnf install -y amazon-cloudwatch-agent",
            ...heredocFile("/opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json", [
                '{"metrics":{"metrics_collected":{"collectd":{"service_address":"udp://0.0.0.0:25826",',
                '  "collectd_typesdb":["/mnt/ops/types.db"]}}}}',
            ]),
            "/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c file:/opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json",
        ]),
        /\/mnt\/ops\/types\.db/,
    ),
    // I7-fix88b twin of S23: the agent started from a configuration in a directory pods may write (CloudWatch User
    // Guide "Start the CloudWatch agent using the command line": fetch-config -c file:PATH; WRITABLE_DATA /srv):
    // whoever writes it chooses the files the agent ships (every pod's token).
    devNodeCase(
        "I7-fix88b amazon-cloudwatch-agent-ctl fetch-config -c file:/srv/ops/amazon-cloudwatch-agent.json",
        devNodeScript(n("i7fb"), [
            "dnf install -y amazon-cloudwatch-agent",
            "/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c file:/srv/ops/amazon-cloudwatch-agent.json",
        ]),
        /\/srv\/ops\/amazon-cloudwatch-agent\.json/,
    ),
    // I7-fix88c twin of S23: the configuration taken from /tmp, not written by user data (hier(7): /tmp is any
    // user's): a local user or non-root daemon chooses what root ships. Refused since round 88 (rootWrites.ts ran,
    // beside fetch-config "-c ssm:").
    devNodeCase(
        "I7-fix88c amazon-cloudwatch-agent-ctl fetch-config -c file:/tmp/amazon-cloudwatch-agent.json",
        devNodeScript(n("i7fc"), [
            "dnf install -y amazon-cloudwatch-agent",
            "/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c file:/tmp/amazon-cloudwatch-agent.json",
        ]),
        /\/tmp\/amazon-cloudwatch-agent\.json/,
    ),
    // I8 twin of S2: the CloudWatch agent shipping the kubelet's client key to CloudWatch Logs (logs_collected files
    // collect_list file_path; /var/lib/kubelet/pki holds the node's credentials): anyone reading the log group reads it.
    devNodeCase(
        "I8 amazon-cloudwatch-agent.json collects /var/lib/kubelet/pki/*.pem-rt88s",
        devNodeScript(n("i8"), [
            "dnf install -y amazon-cloudwatch-agent",
            ...heredocFile("/opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json", [
                '{"logs":{"logs_collected":{"files":{"collect_list":[{"file_path":"/var/lib/kubelet/pki/*.pem","log_group_name":"/eks/dev/node"}]}}}}',
            ]),
            "/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c file:/opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json",
        ]),
    ),
    // I9 twin of S4: gpg --verify of a detached signature whose key was fetched from /tmp (gpg(1) --import: whoever
    // writes the key chooses what verifies).
    devNodeCase(
        "I9 gpg --import /tmp/ops-release.asc; gpg --verify; install-rt88s",
        devNodeScript(n("i9"), [
            "mkdir -p /usr/local/src",
            "cd /usr/local/src",
            "gpg --batch --import /tmp/ops-release.asc",
            "curl -fsSLO http://dl.internal/ops-agent",
            "curl -fsSLO http://dl.internal/ops-agent.sig",
            "gpg --batch --verify ops-agent.sig ops-agent",
            "install -o root -g root -m 0755 ops-agent /usr/local/bin/ops-agent",
            "/usr/local/bin/ops-agent --version",
        ]),
    ),
    // I2-fix88a twin of S3b: errexit turned off before the pinned check (bash(1) "set +e"): a mismatch prints a line
    // and the script goes on to extract and run the planted tarball.
    devNodeCase(
        "I2-fix88a set +e; curl http://...tar.gz; echo HASH | sha256sum -c -; tar -x; run",
        devNodeScript(n("i2fa"), [
            "mkdir -p /usr/local/src",
            "cd /usr/local/src",
            "set +e",
            "curl -fsSLo node_exporter.tar.gz http://dl.internal/node_exporter-1.8.1.linux-amd64.tar.gz",
            `echo "${SHA}  node_exporter.tar.gz" | sha256sum -c -`,
            "tar -xzf node_exporter.tar.gz -C /usr/local/bin --strip-components=1",
            "/usr/local/bin/node_exporter --version",
        ]),
        /run \/usr\/local\/bin\/node_exporter .*fetched with http:/,
    ),
    // I2-fix88b twin of S3b: the check inside an if that may not run (bash(1) "Compound Commands": the then-list runs
    // only when the condition succeeds): with VERIFY unset nothing is checked.
    devNodeCase(
        "I2-fix88b curl http://...tar.gz; if [ -n VERIFY ]; then sha256sum -c; fi; tar -x; run",
        devNodeScript(n("i2fb"), [
            "mkdir -p /usr/local/src",
            "cd /usr/local/src",
            "curl -fsSLo node_exporter.tar.gz http://dl.internal/node_exporter-1.8.1.linux-amd64.tar.gz",
            'if [ -n "${VERIFY:-}" ]; then',
            `  echo "${SHA}  node_exporter.tar.gz" | sha256sum -c -`,
            "fi",
            "tar -xzf node_exporter.tar.gz -C /usr/local/bin --strip-components=1",
            "/usr/local/bin/node_exporter --version",
        ]),
        /run \/usr\/local\/bin\/node_exporter .*fetched with http:/,
    ),
    // I2-fix88c twin of S3b-fix88a: the checksum file fetched over http beside the tarball (whoever serves one serves
    // both: the digest is not pinned by the script).
    devNodeCase(
        "I2-fix88c curl http://...tar.gz + http://.../sha256; sha256sum -c FILE; tar -x; run",
        devNodeScript(n("i2fc"), [
            "mkdir -p /usr/local/src",
            "cd /usr/local/src",
            "curl -fsSLo node_exporter.tar.gz http://dl.internal/node_exporter-1.8.1.linux-amd64.tar.gz",
            "curl -fsSLo node_exporter.tar.gz.sha256 http://dl.internal/node_exporter-1.8.1.linux-amd64.tar.gz.sha256",
            "sha256sum -c node_exporter.tar.gz.sha256",
            "tar -xzf node_exporter.tar.gz -C /usr/local/bin --strip-components=1",
            "/usr/local/bin/node_exporter --version",
        ]),
        /run \/usr\/local\/bin\/node_exporter .*fetched with http:/,
    ),
    // I2-fix88d twin of S3b: the pinned line names another file (sha256sum(1) -c checks the files its lines name
    // only): the tarball that is run is never checked.
    devNodeCase(
        "I2-fix88d curl http://...tar.gz; echo HASH other.tar.gz | sha256sum -c -; tar -x; run",
        devNodeScript(n("i2fd"), [
            "mkdir -p /usr/local/src",
            "cd /usr/local/src",
            "curl -fsSLo node_exporter.tar.gz http://dl.internal/node_exporter-1.8.1.linux-amd64.tar.gz",
            "curl -fsSLo other.tar.gz https://github.com/prometheus/node_exporter/releases/download/v1.8.1/node_exporter-1.8.1.linux-amd64.tar.gz",
            `echo "${SHA}  other.tar.gz" | sha256sum -c -`,
            "tar -xzf node_exporter.tar.gz -C /usr/local/bin --strip-components=1",
            "/usr/local/bin/node_exporter --version",
        ]),
        /run \/usr\/local\/bin\/node_exporter .*fetched with http:/,
    ),
    // I2-fix88e twin of S3b: md5sum -c (MD5 is broken for collisions, RFC 6151): not a pinned content check.
    devNodeCase(
        "I2-fix88e curl http://...tar.gz; echo MD5 | md5sum -c -; tar -x; run",
        devNodeScript(n("i2fe"), [
            "mkdir -p /usr/local/src",
            "cd /usr/local/src",
            "curl -fsSLo node_exporter.tar.gz http://dl.internal/node_exporter-1.8.1.linux-amd64.tar.gz",
            'echo "d41d8cd98f00b204e9800998ecf8427e  node_exporter.tar.gz" | md5sum -c -',
            "tar -xzf node_exporter.tar.gz -C /usr/local/bin --strip-components=1",
            "/usr/local/bin/node_exporter --version",
        ]),
        /run \/usr\/local\/bin\/node_exporter .*fetched with http:/,
    ),
    // I9-fix88a twin of S4b: a key received from a keyserver beside the written one (gpg(1) --recv-keys: whoever
    // answers for the keyserver chooses the key; --verify accepts a good signature by any key of the keyring).
    devNodeCase(
        "I9-fix88a heredoc key + gpg --recv-keys; curl http bin + .sig; gpg --verify; install",
        devNodeScript(n("i9fa"), [
            ...heredocFile("/usr/local/share/keyrings/ops-release.asc", [
                "-----BEGIN PGP PUBLIC KEY BLOCK-----",
                "mDMEZExampleOnlyKeyBlockForTheOpsReleaseSigningKeyAAAAAAAAAAAAAAA",
                "-----END PGP PUBLIC KEY BLOCK-----",
            ]),
            "mkdir -p /usr/local/src",
            "cd /usr/local/src",
            "gpg --batch --import /usr/local/share/keyrings/ops-release.asc",
            "gpg --batch --keyserver hkp://keys.internal --recv-keys 0xDEADBEEFDEADBEEF",
            "curl -fsSLO http://dl.internal/ops-agent",
            "curl -fsSLO http://dl.internal/ops-agent.sig",
            "gpg --batch --verify ops-agent.sig ops-agent",
            "install -o root -g root -m 0755 ops-agent /usr/local/bin/ops-agent",
            "/usr/local/bin/ops-agent --version",
        ]),
        /run \/usr\/local\/bin\/ops-agent .*fetched with http:/,
    ),
    // I9-fix88b twin of S4b: the signature check's failure ignored (bash(1) "set -e": a command of an || list does
    // not exit the shell).
    devNodeCase(
        "I9-fix88b heredoc key; curl http bin + .sig; gpg --verify || echo; install",
        devNodeScript(n("i9fb"), [
            ...heredocFile("/usr/local/share/keyrings/ops-release.asc", [
                "-----BEGIN PGP PUBLIC KEY BLOCK-----",
                "mDMEZExampleOnlyKeyBlockForTheOpsReleaseSigningKeyAAAAAAAAAAAAAAA",
                "-----END PGP PUBLIC KEY BLOCK-----",
            ]),
            "mkdir -p /usr/local/src",
            "cd /usr/local/src",
            "gpg --batch --import /usr/local/share/keyrings/ops-release.asc",
            "curl -fsSLO http://dl.internal/ops-agent",
            "curl -fsSLO http://dl.internal/ops-agent.sig",
            'gpg --batch --verify ops-agent.sig ops-agent || echo "signature check failed" >&2',
            "install -o root -g root -m 0755 ops-agent /usr/local/bin/ops-agent",
            "/usr/local/bin/ops-agent --version",
        ]),
        /run \/usr\/local\/bin\/ops-agent .*fetched with http:/,
    ),
    // I-fix88 twin of S3/S3-fix88: a dot file of root's home fetched (bash(1) INVOCATION: ~/.bash_profile is read by
    // root's login shells): still root's configuration with content the pack cannot read.
    devNodeCase(
        "I-fix88 curl https://.../profile -o /root/.bash_profile",
        devNodeScript(n("ifr"), ["curl -fsSLo /root/.bash_profile https://config.internal/ops/bash_profile"]),
        /\/root\/\.bash_profile/,
    ),
    // I-fix88b twin of S3: the tarball in /root fetched over http, unchecked, extracted and run (judged where read:
    // the extraction carries the unverified download).
    devNodeCase(
        "I-fix88b cd /root; curl http://...tar.gz; tar -x; run",
        devNodeScript(n("ifrb"), [
            "cd /root",
            "curl -fsSLo node_exporter.tar.gz http://dl.internal/node_exporter-1.8.1.linux-amd64.tar.gz",
            "tar -xzf node_exporter.tar.gz -C /usr/local/bin --strip-components=1",
            "/usr/local/bin/node_exporter --version",
        ]),
        /run \/usr\/local\/bin\/node_exporter .*fetched with http:/,
    ),
];

const secure: NodeCase[] = [
    // S1 the CloudWatch agent from the AL2023 repo, its config written by user data (system metrics and StatsD on
    // loopback: CloudWatch agent configuration file "statsd" service_address), started with the documented ctl.
    devNodeCase(
        "S1 dnf install amazon-cloudwatch-agent; config statsd 127.0.0.1:8125; ctl fetch-config-rt88s",
        devNodeScript(n("s1"), [
            "dnf install -y amazon-cloudwatch-agent",
            ...heredocFile("/opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json", [
                '{"agent":{"metrics_collection_interval":60,"run_as_user":"cwagent"},',
                ' "metrics":{"metrics_collected":{"mem":{"measurement":["mem_used_percent"]},',
                '  "disk":{"measurement":["used_percent"],"resources":["/"]},',
                '  "statsd":{"service_address":"127.0.0.1:8125"}}}}',
            ]),
            "/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c file:/opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json",
        ]),
    ),
    // S2 the agent shipping system logs only (collect_list file_path of /var/log/messages, the kubelet's journal is
    // not a credential).
    devNodeCase(
        "S2 amazon-cloudwatch-agent.json collects /var/log/messages, /var/log/cloud-init-output.log-rt88s",
        devNodeScript(n("s2"), [
            "dnf install -y amazon-cloudwatch-agent",
            ...heredocFile("/opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json", [
                '{"logs":{"logs_collected":{"files":{"collect_list":[',
                '  {"file_path":"/var/log/messages","log_group_name":"/eks/dev/node","log_stream_name":"{instance_id}"},',
                '  {"file_path":"/var/log/cloud-init-output.log","log_group_name":"/eks/dev/node","log_stream_name":"{instance_id}-ci"}',
                "]}}}}",
            ]),
            "/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c file:/opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json",
        ]),
    ),
    // S3 the node_exporter release tarball over https, its sha256 pinned in user data and checked (sha256sum(1) -c:
    // "read checksums from the FILEs and check them"; set -e stops on a mismatch), extracted into /usr/local/bin,
    // working in root's home as many install guides do.
    // Was a MISS (fixed in round 88): ROOT-HOME-DATA-FILE: secure refused ("user data writes
    // /root/node_exporter.tar.gz with content the pack cannot read ...: it decides who gets into the node or what root
    // runs there"), while S3c (the same in /usr/local/src) was clean. policy-pack/engine/userDataReaders/formats.ts
    // NODE_CONFIG_PATHS' /root entry now leaves out non-dot data files directly in root's home named as archives,
    // checksum lists or detached signatures (no program reads such a name implicitly: bash(1) INVOCATION reads dot
    // files; the round-75 /root/*.sed reasoning); they are judged where read (tar -x, sha256sum -c, gpg). A dot file
    // (I-fix88: /root/.bash_profile) and an unchecked http tarball run from /root (I-fix88b) stay refused.
    devNodeCase(
        "S3 curl https://github.com/.../node_exporter.tar.gz; sha256sum -c; tar -x-rt88s",
        devNodeScript(n("s3"), [
            "cd /root",
            "curl -fsSLo node_exporter.tar.gz https://github.com/prometheus/node_exporter/releases/download/v1.8.1/node_exporter-1.8.1.linux-amd64.tar.gz",
            `echo "${SHA}  node_exporter.tar.gz" | sha256sum -c -`,
            "tar -xzf node_exporter.tar.gz -C /usr/local/bin --strip-components=1 node_exporter-1.8.1.linux-amd64/node_exporter",
            "/usr/local/bin/node_exporter --version",
        ]),
    ),
    // S3c S3 with the tarball kept in /usr/local/src (root-owned, hier(7) "Source code for locally installed
    // software") instead of root's home: isolates S3's /root path.
    devNodeCase(
        "S3c curl https://...tar.gz into /usr/local/src; sha256sum -c; tar -x-rt88s",
        devNodeScript(n("s3c"), [
            "mkdir -p /usr/local/src",
            "cd /usr/local/src",
            "curl -fsSLo node_exporter.tar.gz https://github.com/prometheus/node_exporter/releases/download/v1.8.1/node_exporter-1.8.1.linux-amd64.tar.gz",
            `echo "${SHA}  node_exporter.tar.gz" | sha256sum -c -`,
            "tar -xzf node_exporter.tar.gz -C /usr/local/bin --strip-components=1 node_exporter-1.8.1.linux-amd64/node_exporter",
            "/usr/local/bin/node_exporter --version",
        ]),
    ),
    // S3b the same over plain http but the pinned sha256 checked under set -e (sha256sum(1) -c exits non-zero on a
    // mismatch; bash(1) set -e): a planted file stops the script before tar, so integrity does not rest on TLS.
    // Was a MISS (fixed in round 88, DECIDED by the lead): DIGEST-OR-SIGNATURE-CHECK-NOT-CREDITED: secure refused ("has
    // a root process run /usr/local/bin/node_exporter (copied or extracted from /usr/local/src/node_exporter.tar.gz
    // (fetched with http://...))"). policy-pack/engine/rootReads.ts pinnedChecks: a sha256sum/sha384sum/sha512sum/
    // b2sum -c of digest lines the script wrote (echo/printf piped, a here-document or here-string, a checksum file it
    // wrote: pinnedDigestFiles) that surely runs and stops the script on failure (RootReads.surely: user data's own
    // top level, set -e, no condition, && / || list or `|| true`, its pipeline's last command) clears the files its
    // lines name from the unverified downloads (unverifiedTrees): the file is then the pinned content. Twins I2
    // (`|| true`), I2-fix88a-e (set +e, an if, a fetched checksum file, another file named, md5sum) stay refused.
    devNodeCase(
        "S3b curl http://...tar.gz; echo HASH | sha256sum -c -; tar -x (pinned hash)-rt88s",
        devNodeScript(n("s3b"), [
            "mkdir -p /usr/local/src",
            "cd /usr/local/src",
            "curl -fsSLo node_exporter.tar.gz http://dl.internal/node_exporter-1.8.1.linux-amd64.tar.gz",
            `echo "${SHA}  node_exporter.tar.gz" | sha256sum -c -`,
            "tar -xzf node_exporter.tar.gz -C /usr/local/bin --strip-components=1",
            "/usr/local/bin/node_exporter --version",
        ]),
    ),
    // S4 a detached signature checked with a release key written by user data itself (gpg(1) --import, --verify:
    // exits non-zero on a bad signature; set -e), then installed (HashiCorp-style release verification).
    devNodeCase(
        "S4 heredoc release key; gpg --import; curl https bin + .sig; gpg --verify; install-rt88s",
        devNodeScript(n("s4"), [
            ...heredocFile("/usr/local/share/keyrings/ops-release.asc", [
                "-----BEGIN PGP PUBLIC KEY BLOCK-----",
                "mDMEZExampleOnlyKeyBlockForTheOpsReleaseSigningKeyAAAAAAAAAAAAAAA",
                "-----END PGP PUBLIC KEY BLOCK-----",
            ]),
            "mkdir -p /usr/local/src",
            "cd /usr/local/src",
            "gpg --batch --import /usr/local/share/keyrings/ops-release.asc",
            "curl -fsSLO https://releases.example.com/ops-agent/1.4.2/ops-agent",
            "curl -fsSLO https://releases.example.com/ops-agent/1.4.2/ops-agent.sig",
            "gpg --batch --verify ops-agent.sig ops-agent",
            "install -o root -g root -m 0755 ops-agent /usr/local/bin/ops-agent",
            "/usr/local/bin/ops-agent --version",
        ]),
    ),
    // S4b the signed binary fetched over plain http and checked with the key user data wrote (gpg(1) --verify exits
    // non-zero on a bad or unknown signature; set -e stops before install): integrity rests on the signature, as
    // dnf's gpgcheck does for http repos (dnf.conf(5) gpgcheck).
    // Was a MISS (fixed in round 88, DECIDED by the lead): DIGEST-OR-SIGNATURE-CHECK-NOT-CREDITED, as S3b ("run
    // /usr/local/bin/ops-agent (copied or extracted from /usr/local/src/ops-agent (fetched with http://...))").
    // policy-pack/engine/rootReads.ts pinnedChecks: `gpg --verify SIG FILE` (the detached two-operand form,
    // gpgDetachedVerify) that surely runs clears FILE while every key of root's keyring was imported from text the
    // script wrote (gpgKeyringChange: any other import, --recv-keys, another keyring or home opens it for good). I9
    // (a key from /tmp), I9-fix88a (--recv-keys beside the written key) and I9-fix88b (`|| echo`) stay refused.
    devNodeCase(
        "S4b heredoc release key; gpg --import; curl http bin + .sig; gpg --verify; install-rt88s",
        devNodeScript(n("s4b"), [
            ...heredocFile("/usr/local/share/keyrings/ops-release.asc", [
                "-----BEGIN PGP PUBLIC KEY BLOCK-----",
                "mDMEZExampleOnlyKeyBlockForTheOpsReleaseSigningKeyAAAAAAAAAAAAAAA",
                "-----END PGP PUBLIC KEY BLOCK-----",
            ]),
            "mkdir -p /usr/local/src",
            "cd /usr/local/src",
            "gpg --batch --import /usr/local/share/keyrings/ops-release.asc",
            "curl -fsSLO http://dl.internal/ops-agent",
            "curl -fsSLO http://dl.internal/ops-agent.sig",
            "gpg --batch --verify ops-agent.sig ops-agent",
            "install -o root -g root -m 0755 ops-agent /usr/local/bin/ops-agent",
            "/usr/local/bin/ops-agent --version",
        ]),
    ),
    // S3b-fix88a the pinned digest in a checksum file the script writes itself (a here-document: sha256sum(1) -c FILE).
    devNodeCase(
        "S3b-fix88a curl http://...tar.gz; heredoc node_exporter.tar.gz.sha256; sha256sum -c FILE; tar -x",
        devNodeScript(n("s3bfa"), [
            "mkdir -p /usr/local/src",
            "cd /usr/local/src",
            "curl -fsSLo node_exporter.tar.gz http://dl.internal/node_exporter-1.8.1.linux-amd64.tar.gz",
            "cat > node_exporter.tar.gz.sha256 <<'EOF'",
            `${SHA}  node_exporter.tar.gz`,
            "EOF",
            "sha256sum --check --strict node_exporter.tar.gz.sha256",
            "tar -xzf node_exporter.tar.gz -C /usr/local/bin --strip-components=1",
            "/usr/local/bin/node_exporter --version",
        ]),
    ),
    // S3b-fix88b sha512sum of a here-string, BSD tag format (GNU coreutils "sha2 utilities": --tag lines are read by
    // --check too).
    devNodeCase(
        "S3b-fix88b curl http://...tar.gz; sha512sum -c <<< 'SHA512 (FILE) = HEX'; tar -x",
        devNodeScript(n("s3bfb"), [
            "mkdir -p /usr/local/src",
            "cd /usr/local/src",
            "curl -fsSLo node_exporter.tar.gz http://dl.internal/node_exporter-1.8.1.linux-amd64.tar.gz",
            `sha512sum -c --status <<< "SHA512 (node_exporter.tar.gz) = ${SHA}${SHA}"`,
            "tar -xzf node_exporter.tar.gz -C /usr/local/bin --strip-components=1",
            "/usr/local/bin/node_exporter --version",
        ]),
    ),
    // S3-fix88 an https tarball and its .sha256 in root's home (data files by name: ROOT_HOME_DATA), checked.
    devNodeCase(
        "S3-fix88 cd /root; curl https .tar.xz + .sha256; sha256sum -c; tar -x",
        devNodeScript(n("s3f"), [
            "cd /root",
            "curl -fsSLO https://releases.example.com/ops-agent/1.4.2/ops-agent.tar.xz",
            "curl -fsSLO https://releases.example.com/ops-agent/1.4.2/ops-agent.tar.xz.sha256",
            "curl -fsSLO https://releases.example.com/ops-agent/1.4.2/SHA256SUMS.sig",
            "sha256sum -c ops-agent.tar.xz.sha256",
            "tar -xJf ops-agent.tar.xz -C /usr/local/bin ops-agent",
            "/usr/local/bin/ops-agent --version",
        ]),
    ),
    // S5 node_exporter as a systemd unit on loopback only, as an unprivileged dynamic user (systemd.exec(5)
    // DynamicUser=, NoNewPrivileges=, ProtectSystem=strict), scraped through a local agent.
    devNodeCase(
        "S5 node_exporter.service --web.listen-address=127.0.0.1:9100 DynamicUser=yes-rt88s",
        unit(
            "s5",
            "/usr/local/bin/node_exporter --web.listen-address=127.0.0.1:9100 --collector.systemd",
            [],
            ["DynamicUser=yes", "NoNewPrivileges=yes", "ProtectSystem=strict", "ProtectHome=yes"],
        ),
    ),
    // S5b node_exporter on every interface, its default (prometheus/node_exporter README: --web.listen-address
    // default ":9100"): it serves the node's metrics only, no file, shell or proxy; the pack DECIDED this listener
    // harmless (userDataReaders/listeners.ts nodeExporterListeners), as most clusters run it (hostNetwork :9100).
    // Written first as an insecure twin of S5; agreed secure: a pod reaching it reads metrics, no credential.
    devNodeCase(
        "S5b node_exporter --web.listen-address=:9100 (all interfaces, metrics only)-rt88s",
        unit("s5b", "/usr/local/bin/node_exporter --web.listen-address=:9100", [], ["DynamicUser=yes"]),
    ),
    // S6 containerd drop-in raising limits (systemd.exec(5) LimitNOFILE=, systemd.resource-control(5) TasksMax=).
    devNodeCase(
        "S6 containerd.service.d/10-limits.conf LimitNOFILE, TasksMax-rt88s",
        devNodeScript(n("s6"), [
            ...heredocFile("/etc/systemd/system/containerd.service.d/10-limits.conf", [
                "[Service]",
                "LimitNOFILE=1048576",
                "LimitMEMLOCK=infinity",
                "TasksMax=infinity",
            ]),
            "systemctl daemon-reload",
        ]),
    ),
    // S7 kubelet drop-in adding CPU/memory accounting and an image-dir environment variable of a root path
    // (systemd.resource-control(5) CPUAccounting=, MemoryAccounting=; systemd.exec(5) Environment=).
    devNodeCase(
        "S7 kubelet.service.d/20-accounting.conf CPUAccounting, MemoryAccounting-rt88s",
        devNodeScript(n("s7"), [
            ...heredocFile("/etc/systemd/system/kubelet.service.d/20-accounting.conf", [
                "[Service]",
                "CPUAccounting=true",
                "MemoryAccounting=true",
            ]),
            "systemctl daemon-reload",
        ]),
    ),
    // S7b the kubelet kept alive under memory pressure (systemd.exec(5) OOMScoreAdjust=: "Sets the adjustment value
    // for the Linux kernel's Out-Of-Memory killer"; Nice=: the scheduling priority): neither runs nor trusts anything.
    // Was a MISS (fixed in round 88): SERVICE-DROP-IN-SCHEDULING-KEYS: secure refused ("writes
    // /etc/systemd/system/kubelet.service.d/20-oom.conf ..., the node's own configuration or credentials, which the
    // pack cannot judge"). policy-pack/engine/userDataReaders/addresses.ts ordersOnly now reviews systemd.exec(5)
    // "Scheduling" keys that only rank the unit's processes (Nice=, OOMScoreAdjust=, CPUScheduling*=,
    // IOScheduling*=) and systemd.service(5) OOMPolicy=; never ExecStart*=, Environment*=, User=, *Directory=,
    // BindPaths= or Delegate= (I-fix88 twins).
    devNodeCase(
        "S7b kubelet.service.d/20-oom.conf OOMScoreAdjust=-999, Nice=-5-rt88s",
        devNodeScript(n("s7b"), [
            ...heredocFile("/etc/systemd/system/kubelet.service.d/20-oom.conf", [
                "[Service]",
                "OOMScoreAdjust=-999",
                "Nice=-5",
            ]),
            "systemctl daemon-reload",
        ]),
    ),
    // S7b-fix88 containerd kept running when a shim is OOM-killed, with its I/O and CPU class set (systemd.service(5)
    // OOMPolicy=continue; systemd.exec(5) IOSchedulingClass=, IOSchedulingPriority=, CPUSchedulingPolicy=).
    devNodeCase(
        "S7b-fix88 containerd.service.d OOMPolicy=continue, IOSchedulingClass=best-effort, CPUSchedulingPolicy=other",
        devNodeScript(n("s7bf"), [
            ...heredocFile("/etc/systemd/system/containerd.service.d/30-sched.conf", [
                "[Service]",
                "OOMPolicy=continue",
                "OOMScoreAdjust=-999",
                "IOSchedulingClass=best-effort",
                "IOSchedulingPriority=2",
                "CPUSchedulingPolicy=other",
            ]),
            "systemctl daemon-reload",
        ]),
    ),
    // S8 network and kernel hardening sysctls (kernel docs networking/ip-sysctl.rst rp_filter, accept_redirects;
    // admin-guide/sysctl/kernel.rst unprivileged_bpf_disabled, kptr_restrict, dmesg_restrict; fs.rst protected_*).
    devNodeCase(
        "S8 /etc/sysctl.d/60-hardening.conf rp_filter, no redirects, unprivileged_bpf_disabled, protected_*-rt88s",
        devNodeScript(n("s8"), [
            ...heredocFile("/etc/sysctl.d/60-hardening.conf", [
                "net.ipv4.conf.all.rp_filter = 1",
                "net.ipv4.conf.all.accept_redirects = 0",
                "net.ipv4.conf.all.send_redirects = 0",
                "net.ipv6.conf.all.accept_redirects = 0",
                "kernel.unprivileged_bpf_disabled = 1",
                "kernel.kptr_restrict = 2",
                "kernel.dmesg_restrict = 1",
                "kernel.yama.ptrace_scope = 1",
                "fs.protected_symlinks = 1",
                "fs.protected_hardlinks = 1",
                "fs.suid_dumpable = 0",
            ]),
            "sysctl --system",
        ]),
    ),
    // S9 a containerd registry mirror over https (containerd docs/hosts.md: hosts.toml under
    // /etc/containerd/certs.d/<registry>/, host capabilities pull and resolve; TLS verified by default).
    devNodeCase(
        "S9 /etc/containerd/certs.d/docker.io/hosts.toml host https://mirror.internal-rt88s",
        devNodeScript(
            n("s9"),
            heredocFile("/etc/containerd/certs.d/docker.io/hosts.toml", [
                'server = "https://registry-1.docker.io"',
                '[host."https://mirror.internal"]',
                '  capabilities = ["pull", "resolve"]',
            ]),
        ),
    ),
    // S9b the mirror trusted through a private CA written by user data (containerd docs/hosts.md host ca = a path).
    devNodeCase(
        "S9b hosts.toml host https://mirror.internal ca = /etc/containerd/certs.d/docker.io/corp-ca.crt-rt88s",
        devNodeScript(n("s9b"), [
            ...heredocFile("/etc/containerd/certs.d/docker.io/corp-ca.crt", [
                "-----BEGIN CERTIFICATE-----",
                "MIIBszCCAVmgAwIBAgIUExampleOnlyCorpRootCA0001MAoGCCqGSM49BAMCMBox",
                "-----END CERTIFICATE-----",
            ]),
            ...heredocFile("/etc/containerd/certs.d/docker.io/hosts.toml", [
                'server = "https://registry-1.docker.io"',
                '[host."https://mirror.internal"]',
                '  capabilities = ["pull", "resolve"]',
                '  ca = "/etc/containerd/certs.d/docker.io/corp-ca.crt"',
            ]),
        ]),
    ),
    // S10 chrony pointed at the Amazon Time Sync Service (EC2 "Set the time for your Linux instance": server
    // 169.254.169.123 prefer iburst); chronyd's command port stays on localhost (chrony.conf(5) cmdallow off).
    devNodeCase(
        "S10 /etc/chrony.d/amazon.conf server 169.254.169.123 prefer iburst; restart chronyd-rt88s",
        devNodeScript(n("s10"), [
            ...heredocFile("/etc/chrony.d/amazon.conf", ["server 169.254.169.123 prefer iburst minpoll 4 maxpoll 4"]),
            "systemctl restart chronyd",
        ]),
    ),
    // S11 journald size limits (journald.conf(5) SystemMaxUse=, drop-ins in journald.conf.d).
    devNodeCase(
        "S11 /etc/systemd/journald.conf.d/10-size.conf SystemMaxUse=1G; restart journald-rt88s",
        devNodeScript(n("s11"), [
            ...heredocFile("/etc/systemd/journald.conf.d/10-size.conf", [
                "[Journal]",
                "SystemMaxUse=1G",
                "MaxRetentionSec=7day",
            ]),
            "systemctl restart systemd-journald",
        ]),
    ),
    // S12 audit rules watching the kubelet and containerd configuration (auditctl(8) -w path -p wa -k key;
    // augenrules(8) --load).
    devNodeCase(
        "S12 /etc/audit/rules.d/50-eks.rules -w /etc/kubernetes -p wa; augenrules --load-rt88s",
        devNodeScript(n("s12"), [
            "dnf install -y audit",
            ...heredocFile("/etc/audit/rules.d/50-eks.rules", [
                "-w /etc/kubernetes/ -p wa -k kube-config",
                "-w /etc/containerd/ -p wa -k containerd-config",
                "-w /var/lib/kubelet/pki/ -p wa -k kubelet-pki",
            ]),
            "augenrules --load",
        ]),
    ),
    // S13 the SSM agent (preinstalled on AL2023: "AMIs with SSM Agent preinstalled") enabled; it opens no
    // listener (outbound to ssmmessages only).
    devNodeCase(
        "S13 systemctl enable --now amazon-ssm-agent-rt88s",
        devNodeScript(n("s13"), ["systemctl enable --now amazon-ssm-agent"]),
    ),
    // S14 the SSM agent installed from its documented regional S3 URL over https (Systems Manager "Manually install
    // SSM Agent on Amazon Linux 2023": dnf install -y https://s3.<region>.amazonaws.com/amazon-ssm-<region>/...).
    devNodeCase(
        "S14 dnf install -y https://s3.eu-west-1.amazonaws.com/amazon-ssm-eu-west-1/latest/linux_amd64/amazon-ssm-agent.rpm-rt88s",
        devNodeScript(n("s14"), [
            "dnf install -y https://s3.eu-west-1.amazonaws.com/amazon-ssm-eu-west-1/latest/linux_amd64/amazon-ssm-agent.rpm",
            "systemctl enable --now amazon-ssm-agent",
        ]),
    ),
    // S15 dnf hygiene: security upgrades from the signed AL2023 repos, weak deps off (dnf(8) upgrade --security;
    // dnf.conf(5) install_weak_deps), then a few tools.
    devNodeCase(
        "S15 dnf upgrade -y --security; dnf install -y --setopt=install_weak_deps=False jq nvme-cli-rt88s",
        devNodeScript(n("s15"), [
            "dnf upgrade -y --security",
            "dnf install -y --setopt=install_weak_deps=False jq nvme-cli iotop sysstat",
            "dnf clean all",
        ]),
    ),
    // S16 a root cleanup script written by user data, run by a daily timer (systemd.timer(5) OnCalendar=).
    devNodeCase(
        "S16 /usr/local/sbin/ops-cleanup.sh (written) + ops-cleanup.timer OnCalendar=daily-rt88s",
        devNodeScript(n("s16"), [
            ...heredocFile("/usr/local/sbin/ops-cleanup.sh", [
                "#!/bin/bash",
                "set -euo pipefail",
                "find /var/log/ops -name '*.log' -mtime +7 -delete",
                "crictl rmi --prune",
            ]),
            "chmod 0750 /usr/local/sbin/ops-cleanup.sh",
            ...heredocFile("/etc/systemd/system/ops-cleanup.service", [
                "[Unit]",
                "Description=ops cleanup",
                "[Service]",
                "Type=oneshot",
                "ExecStart=/usr/local/sbin/ops-cleanup.sh",
            ]),
            ...heredocFile("/etc/systemd/system/ops-cleanup.timer", [
                "[Unit]",
                "Description=ops cleanup daily",
                "[Timer]",
                "OnCalendar=daily",
                "Persistent=true",
                "[Install]",
                "WantedBy=timers.target",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now ops-cleanup.timer",
        ]),
    ),
    // S17 nodeadm NodeConfig with kubelet config and flags (EKS "Customizing managed nodes with nodeadm":
    // spec.kubelet.config merges into the KubeletConfiguration; spec.kubelet.flags adds kubelet flags).
    devNodeCase("S17 NodeConfig spec.kubelet.config maxPods/evictionHard, flags --node-labels-rt88s", r =>
        al2023Nodes(
            r,
            n("s17"),
            mime([
                {
                    type: "application/node.eks.aws",
                    body: nodeConfig([
                        "  kubelet:",
                        "    config:",
                        "      maxPods: 58",
                        "      protectKernelDefaults: true",
                        "      evictionHard:",
                        '        memory.available: "200Mi"',
                        '        nodefs.available: "10%"',
                        "      serializeImagePulls: false",
                        "    flags:",
                        "      - --node-labels=team=platform,tier=system",
                    ]),
                },
            ]),
        ),
    ),
    // S18 a cloud-config part: packages from the signed repos, a root-written sysctl file, runcmd applying it
    // (cloud-init docs "Module reference": packages, write_files, runcmd).
    devNodeCase("S18 cloud-config packages, write_files /etc/sysctl.d, runcmd sysctl --system-rt88s", r =>
        al2023Nodes(
            r,
            n("s18"),
            mime([
                { type: "application/node.eks.aws", body: nodeConfig([]) },
                cloudConfig([
                    "packages:",
                    "  - jq",
                    "  - amazon-cloudwatch-agent",
                    "write_files:",
                    "  - path: /etc/sysctl.d/90-ops.conf",
                    "    owner: root:root",
                    "    permissions: '0644'",
                    "    content: |",
                    "      vm.max_map_count = 262144",
                    "      fs.inotify.max_user_watches = 524288",
                    "runcmd:",
                    "  - [sysctl, --system]",
                ]),
            ]),
        ),
    ),
    // S19 a NodeConfig containerd drop-in (nodeadm spec.containerd.config: TOML merged into containerd's config):
    // the registry config_path of the image's certs.d directory.
    devNodeCase("S19 NodeConfig spec.containerd.config registry config_path /etc/containerd/certs.d-rt88s", r =>
        al2023Nodes(
            r,
            n("s19"),
            mime([
                {
                    type: "application/node.eks.aws",
                    body: nodeConfig([
                        "  containerd:",
                        "    config: |",
                        '      [plugins."io.containerd.grpc.v1.cri".registry]',
                        '      config_path = "/etc/containerd/certs.d"',
                    ]),
                },
            ]),
        ),
    ),
    // S20 Fluent Bit shipping /var/log/messages to CloudWatch Logs with its monitoring HTTP server off (Fluent Bit
    // "Configuration file": [SERVICE] HTTP_Server Off, the default) as a hardened unit (systemd.exec(5)
    // NoNewPrivileges=, ProtectSystem=strict): no listener.
    devNodeCase(
        "S20 fluent-bit -c /etc/fluent-bit/fluent-bit.conf, HTTP_Server Off, tail /var/log/messages-rt88s",
        unit(
            "s20",
            "/opt/fluent-bit/bin/fluent-bit -c /etc/fluent-bit/fluent-bit.conf",
            heredocFile("/etc/fluent-bit/fluent-bit.conf", [
                "[SERVICE]",
                "    HTTP_Server  Off",
                "[INPUT]",
                "    Name  tail",
                "    Path  /var/log/messages",
                "[OUTPUT]",
                "    Name  cloudwatch_logs",
                "    Match *",
                "    region eu-west-1",
                "    log_group_name /eks/dev/node",
                "    log_stream_prefix node-",
            ]),
            ["NoNewPrivileges=yes", "ProtectSystem=strict", "StateDirectory=fluent-bit"],
        ),
    ),
    // S21 kernel modules and sysctls for Cilium/IPVS loaded at boot (modules-load.d(5); modprobe(8) of image
    // modules).
    devNodeCase(
        "S21 /etc/modules-load.d/ipvs.conf; modprobe ip_vs; br_netfilter-rt88s",
        devNodeScript(n("s21"), [
            ...heredocFile("/etc/modules-load.d/ipvs.conf", ["ip_vs", "ip_vs_rr", "br_netfilter"]),
            "modprobe ip_vs",
            "modprobe br_netfilter",
        ]),
    ),
    // S22 IMDSv2 region lookup feeding a root config (EC2 "Use IMDSv2"), then the AWS CLI tagging nothing: a read
    // of the instance's own tags into a root file.
    devNodeCase(
        "S22 IMDSv2 region -> aws ec2 describe-tags > /etc/ops/tags.json-rt88s",
        devNodeScript(n("s22"), [
            'TOKEN=$(curl -sS -X PUT "http://169.254.169.254/latest/api/token" -H "X-aws-ec2-metadata-token-ttl-seconds: 60")',
            'REGION=$(curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/placement/region)',
            'IID=$(curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/instance-id)',
            "mkdir -p /etc/ops",
            'aws ec2 describe-tags --region "$REGION" --filters "Name=resource-id,Values=$IID" > /etc/ops/tags.json',
        ]),
    ),
    // S23 (was I7, moved in round 88) the CloudWatch agent's StatsD receiver on all interfaces (CloudWatch User Guide
    // "Retrieve custom metrics with StatsD": service_address "If you omit the IP address, the agent listens on all
    // available interfaces ... The default is :8125"; it accepts the line format "MetricName:value|type|@sample_rate|
    // #tag1:value" only). DECIDED (round 88, the lead): harmless as node_exporter's listener is (S5b; listeners.ts
    // nodeExporterListeners): a pod reaching it sends metric lines, which become metrics of the instance's namespace
    // (CWAgent), never code, a file or a credential; the agent reads no file and runs nothing for them. Its twins
    // I7-fix88a/b: a configuration naming a planted path, or taken from /tmp, stays refused.
    devNodeCase(
        "S23 amazon-cloudwatch-agent.json statsd service_address :8125-rt88s",
        devNodeScript(n("i7"), [
            "dnf install -y amazon-cloudwatch-agent",
            ...heredocFile("/opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json", [
                '{"metrics":{"metrics_collected":{"statsd":{"service_address":":8125"}}}}',
            ]),
            "/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c file:/opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json",
        ]),
    ),
    // S23-fix88 the collectd receiver on all interfaces with its default types database (CloudWatch User Guide
    // "Retrieve custom metrics with collectd": service_address default "udp://127.0.0.1:25826", collectd_typesdb
    // default /usr/share/collectd/types.db), and a bare "statsd": {} (default ":8125"): metric lines only, as S23.
    devNodeCase(
        "S23-fix88 amazon-cloudwatch-agent.json collectd udp://0.0.0.0:25826 + statsd {}",
        devNodeScript(n("s23f"), [
            "dnf install -y amazon-cloudwatch-agent",
            ...heredocFile("/opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json", [
                '{"metrics":{"metrics_collected":{"statsd":{},',
                '  "collectd":{"service_address":"udp://0.0.0.0:25826","collectd_typesdb":["/usr/share/collectd/types.db"]}}}}',
            ]),
            "/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c file:/opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json",
        ]),
    ),
];

describeNodeCases("round 88 red team: secure node bootstrap (dev, AL2023)", insecure, secure);

// ======== Bottlerocket (basil): settings a platform team writes.
const rocket = (name: string, lines: string[]): StackCase => ({
    name,
    stack: "basil",
    edit: r => void bottlerocket(r, lines),
    config: nodePolicyConfig,
});

const rocketInsecure: StackCase[] = [
    // BI1 twin of BS1: the admin host container enabled (Bottlerocket "Admin container": it "runs with elevated
    // privileges" and its sshd gives a root shell on the host, reachable over the node's network).
    rocket("BI1 Bottlerocket settings.host-containers.admin.enabled = true-rt88s", [
        "[settings.host-containers.admin]",
        "enabled = true",
        "superpowered = true",
    ]),
];

const rocketSecure: StackCase[] = [
    // BS1 kubelet limits, node labels and taints, the admin container explicitly off, the control container on (SSM)
    // (Bottlerocket settings reference: settings.kubernetes.max-pods, eviction-hard, node-labels, node-taints;
    // settings.host-containers.admin.enabled, control.enabled).
    rocket("BS1 Bottlerocket kubernetes max-pods/eviction-hard/labels/taints; admin off, control on-rt88s", [
        "[settings.kubernetes]",
        "max-pods = 58",
        "[settings.kubernetes.eviction-hard]",
        '"memory.available" = "200Mi"',
        "[settings.kubernetes.node-labels]",
        '"team" = "platform"',
        "[settings.kubernetes.node-taints]",
        '"dedicated" = ["basil:NoSchedule"]',
        "[settings.host-containers.admin]",
        "enabled = false",
        "[settings.host-containers.control]",
        "enabled = true",
    ]),
    // BS2 sysctls and NTP (Bottlerocket settings.kernel.sysctl, settings.ntp.time-servers).
    rocket("BS2 Bottlerocket kernel.sysctl hardening, ntp 169.254.169.123-rt88s", [
        "[settings.kernel.sysctl]",
        '"kernel.unprivileged_bpf_disabled" = "1"',
        '"net.ipv4.conf.all.rp_filter" = "1"',
        "[settings.ntp]",
        'time-servers = ["169.254.169.123"]',
    ]),
    // BS3 kubelet TLS bootstrap settings and image GC (settings.kubernetes.image-gc-high-threshold-percent,
    // server-tls-bootstrap, kube-reserved).
    rocket("BS3 Bottlerocket image-gc thresholds, server-tls-bootstrap, kube-reserved-rt88s", [
        "[settings.kubernetes]",
        "image-gc-high-threshold-percent = 85",
        "image-gc-low-threshold-percent = 80",
        "server-tls-bootstrap = true",
        "[settings.kubernetes.kube-reserved]",
        'cpu = "100m"',
        'memory = "512Mi"',
    ]),
    // BS4 a registry mirror over https with a private CA bundle (settings.container-registry.mirrors;
    // settings.pki.<name> trusted = true: Bottlerocket "PKI settings").
    rocket("BS4 Bottlerocket mirrors https + settings.pki corp-ca trusted-rt88s", [
        "[[settings.container-registry.mirrors]]",
        'registry = "docker.io"',
        'endpoints = ["https://mirror.internal"]',
        "[settings.pki.corp-ca]",
        "trusted = true",
        'data = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJzekNDQVZtZ0F3SUJBZ0lVRXhhbXBsZQotLS0tLUVORCBDRVJUSUZJQ0FURS0tLS0tCg=="',
    ]),
];

describeVariants("round 88 red team: secure Bottlerocket settings (basil)", rocketInsecure, rocketSecure);

// ======== AWS (prod): hardening the committed signer stack.
const A = ACCOUNT.prod;
const SHARE1_ID = "48163296-803a-4ce6-ad53-a0a0de26d32e";
const SHARE1 = `arn:aws:kms:eu-west-1:${A}:key/${SHARE1_ID}`;
const ORG = "o-a1b2c3d4e5";
const VPCE = "vpce-0a1b2c3d4e5f60718";
const ROLE = "aws:iam/role:Role";
const TABLES = ["custody-prod-anti-slashing", "custody-prod-signer-state"];
const KEY = "aws:kms/key:Key";
const awsCase = (name: string, e: (r: Resources) => void, stack = "prod"): StackCase => ({ name, stack, edit: e });
/** Statements added to the signer runtime role's inline policy. */
const signerAdds = (r: Resources, ...statements: object[]) =>
    addStatements(find(r, "aws:iam/rolePolicy:RolePolicy", "signer-role-access"), "policy", ...statements);
/** Statements added to a key's policy. */
const keyAdds = (r: Resources, key: string, ...statements: object[]) =>
    addStatements(find(r, KEY, key), "policy", ...statements);
const keyEdit = (r: Resources, key: string, edit: (s: Statement[]) => void) =>
    editDoc(find(r, KEY, key), "policy", d => edit(d.Statement));

const awsInsecure: StackCase[] = [
    // AI1 twin of AS1/AS2: "read-only" mistaken: kms:Decrypt on key/* for the runtime role reaches the tables' CMK
    // directly, outside DynamoDB (KMS "Permissions reference": Decrypt is a cryptographic operation, not a read of
    // metadata), and every other key of the account.
    awsCase("AI1 signer role + kms:Decrypt, kms:DescribeKey on key/*-rt88s", r =>
        signerAdds(r, allow(["kms:DescribeKey", "kms:Decrypt"], `arn:aws:kms:eu-west-1:${A}:key/*`)),
    ),
    // AI2 twin of AS4: the org condition used to ALLOW instead of deny (IAM "aws:PrincipalOrgID": every principal of
    // every account of the organization matches): any org principal decrypts share-1.
    awsCase("AI2 share-1 key policy Allow Principal * kms:Decrypt when aws:PrincipalOrgID = org-rt88s", r =>
        keyAdds(r, "signer-shares-share-1", {
            Sid: "AllowOrg",
            Effect: "Allow",
            Principal: { AWS: "*" },
            Action: "kms:Decrypt",
            Resource: "*",
            Condition: { StringEquals: { "aws:PrincipalOrgID": ORG } },
        }),
    ),
    // AI3 twin of AS5: an Allow gated only by aws:SourceVpce (IAM "aws:SourceVpce": any principal that can reach the
    // endpoint, every pod and node of the VPC included).
    awsCase("AI3 share-1 key policy Allow Principal * kms:Decrypt when aws:SourceVpce = vpce-rt88s", r =>
        keyAdds(r, "signer-shares-share-1", {
            Sid: "AllowFromVpce",
            Effect: "Allow",
            Principal: { AWS: "*" },
            Action: "kms:Decrypt",
            Resource: "*",
            Condition: { StringEquals: { "aws:SourceVpce": VPCE } },
        }),
    ),
    // AI4 twin of AS7: the tables CMK's DynamoDB statement without kms:ViaService (KMS "kms:ViaService": without it,
    // any principal of the account calls Decrypt directly on the tables' key).
    awsCase("AI4 signer-tables-cmk DynamoDB statement without kms:ViaService-rt88s", r =>
        keyEdit(r, "signer-tables-cmk", s => {
            const st = s.find(x => x.Sid === "AllowDynamoDBOnBehalfOfAccountPrincipals")!;
            st.Condition = { StringEquals: { "kms:CallerAccount": A } };
        }),
    ),
    // AI5 twin of AS12: an SSO ops role with SSM Session Manager on every instance (Systems Manager "Session Manager":
    // the session runs as ssm-user with sudo, or root with RunAs off): a root shell on a node reads the signer pod's
    // projected IRSA token.
    awsCase("AI5 ops role ssm:StartSession on instance/* (root shell on the nodes)-rt88s", r =>
        opsRole(r, "prod", A, "rt88s-ai5", [
            allow("ssm:StartSession", [
                `arn:aws:ec2:eu-west-1:${A}:instance/*`,
                "arn:aws:ssm:eu-west-1::document/AWS-StartInteractiveCommand",
            ]),
        ]),
    ),
    // AI6 twin of AS14: a backup plan copying the custody tables' recovery points into another account's vault (AWS
    // Backup "Creating backup copies across AWS accounts": that account restores them into a table it reads).
    awsCase("AI6 backup plan of the custody tables with a copy to another account's vault-rt88s", r => backup(r, true)),
    // AI7 twin of AS15: the break-glass role ALLOWED key management on share-1 instead of exempted from a Deny (KMS
    // "Key policies": kms:PutKeyPolicy and kms:CreateGrant let the holder give itself kms:Decrypt).
    awsCase("AI7 share-1 key policy Allow platform-break-glass kms:PutKeyPolicy, kms:CreateGrant-rt88s", r =>
        keyAdds(r, "signer-shares-share-1", {
            Sid: "AllowBreakGlassKeyManagement",
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${A}:role/platform-break-glass` },
            Action: ["kms:PutKeyPolicy", "kms:CreateGrant"],
            Resource: "*",
        }),
    ),
    // AI-fix88a twin of AS1c: the X-Ray trace READS beside the daemon's writes (X-Ray API reference, BatchGetTraces
    // "Retrieves a list of traces specified by ID", GetTraceSummaries: annotations and request data of every traced
    // service of the account, the custody workloads' included): not the workload's own telemetry.
    awsCase("AI-fix88a signer role + xray:BatchGetTraces, xray:GetTraceSummaries on *", r =>
        signerAdds(r, allow(["xray:PutTraceSegments", "xray:BatchGetTraces", "xray:GetTraceSummaries"], "*")),
    ),
    // AI-fix88b twin of AS1b: DescribeLogStreams on every log group of the account (no one named group:
    // ONE_LOG_GROUP): the stream names of every workload's logs, not its own telemetry.
    awsCase("AI-fix88b signer role + logs:DescribeLogStreams on log-group:*", r =>
        signerAdds(r, allow("logs:DescribeLogStreams", `arn:aws:logs:eu-west-1:${A}:log-group:*`)),
    ),
    // AI-fix88c twin of AS1c: xray:* (every X-Ray action: trace reads, sampling rule and group writes, encryption
    // config: X-Ray "Actions, resources, and condition keys").
    awsCase("AI-fix88c signer role + xray:* on *", r => signerAdds(r, allow("xray:*", "*"))),
];

/** A backup vault and plan of the prod tables (copy to another account's vault when `copyOut`). */
function backup(r: Resources, copyOut: boolean) {
    beside(r, "prod", "aws:backup/vault:Vault", "rt88s-vault", {
        name: "custody-prod-tables",
        arn: `arn:aws:backup:eu-west-1:${A}:backup-vault:custody-prod-tables`,
    });
    const planId = "rt88s-plan-0001";
    beside(r, "prod", "aws:backup/plan:Plan", "rt88s-plan", {
        name: "custody-prod-tables-daily",
        id: planId,
        arn: `arn:aws:backup:eu-west-1:${A}:backup-plan:${planId}`,
        rules: [
            {
                ruleName: "daily",
                targetVaultName: "custody-prod-tables",
                schedule: "cron(0 3 * * ? *)",
                lifecycle: { deleteAfter: 35 },
                copyActions: copyOut
                    ? [{ destinationVaultArn: "arn:aws:backup:eu-west-1:999999999999:backup-vault:dr" }]
                    : [],
            },
        ],
    });
    const backupRole = `arn:aws:iam::${A}:role/rt88s-backup`;
    beside(r, "prod", ROLE, "rt88s-backup", {
        name: "rt88s-backup",
        arn: backupRole,
        assumeRolePolicy: JSON.stringify({
            Version: "2012-10-17",
            Statement: [{ Effect: "Allow", Principal: { Service: "backup.amazonaws.com" }, Action: "sts:AssumeRole" }],
        }),
    });
    // The DynamoDB part of AWSBackupServiceRolePolicyForBackup, written in the stack (the managed policy is unreadable
    // to the pack: attached-policies-readable).
    beside(r, "prod", "aws:iam/rolePolicy:RolePolicy", "rt88s-backup-policy", {
        role: "rt88s-backup",
        name: "backup-dynamodb",
        policy: JSON.stringify({
            Version: "2012-10-17",
            Statement: [
                allow(
                    ["dynamodb:DescribeTable", "dynamodb:CreateBackup", "dynamodb:ListTagsOfResource"],
                    TABLES.map(t => `arn:aws:dynamodb:eu-west-1:${A}:table/${t}`),
                ),
                allow(
                    ["dynamodb:DescribeBackup", "dynamodb:DeleteBackup"],
                    TABLES.map(t => `arn:aws:dynamodb:eu-west-1:${A}:table/${t}/backup/*`),
                ),
                allow(
                    ["backup:DescribeBackupVault", "backup:CopyIntoBackupVault"],
                    `arn:aws:backup:eu-west-1:${A}:backup-vault:custody-prod-tables`,
                ),
            ],
        }),
    });
    beside(r, "prod", "aws:backup/selection:Selection", "rt88s-selection", {
        name: "custody-tables",
        planId,
        iamRoleArn: backupRole,
        resources: TABLES.map(t => `arn:aws:dynamodb:eu-west-1:${A}:table/${t}`),
    });
}

const awsSecure: StackCase[] = [
    // AS1 the runtime role ships its logs and traces (CloudWatch Logs "Identity-based policies": CreateLogStream and
    // PutLogEvents on its log group; X-Ray "IAM": PutTraceSegments/PutTelemetryRecords have no resource-level
    // permissions, Resource "*").
    awsCase("AS1 signer role + logs:CreateLogStream/PutLogEvents on its log group-rt88s", r =>
        signerAdds(
            r,
            allow(
                ["logs:CreateLogStream", "logs:PutLogEvents"],
                `arn:aws:logs:eu-west-1:${A}:log-group:/custody/prod/signer:*`,
            ),
        ),
    ),
    // AS1b the same with logs:DescribeLogStreams, which the documented agent policies include (CloudWatch agent
    // "Create IAM roles and users for use with the CloudWatch agent", CloudWatchAgentServerPolicy; Fluent Bit
    // cloudwatch_logs "Permissions"): it returns stream names and sizes of that group, no log event (CloudWatch Logs
    // API Reference, DescribeLogStreams: LogStream {logStreamName, creationTime, ..., storedBytes}).
    // Was a MISS (fixed in round 88): OWN-TELEMETRY-INCOMPLETE: secure refused ("allows logs:CreateLogStream,
    // logs:DescribeLogStreams, logs:PutLogEvents on .../custody/prod/signer:*: not in workload signer's allow
    // entries"). policy-pack/engine/judge.ts OWN_LOG_WRITES now admits logs:DescribeLogStreams on the same one named
    // log group (ONE_LOG_GROUP): stream metadata of the workload's own group, no event (GetLogEvents/FilterLogEvents
    // stay out: AI-fix88 twins).
    awsCase("AS1b signer role + logs:DescribeLogStreams on its log group-rt88s", r =>
        signerAdds(
            r,
            allow(
                ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
                `arn:aws:logs:eu-west-1:${A}:log-group:/custody/prod/signer:*`,
            ),
        ),
    ),
    // AS1c the X-Ray daemon's writes (AWS managed policy AWSXRayDaemonWriteAccess: PutTraceSegments,
    // PutTelemetryRecords, GetSamplingRules, GetSamplingTargets, GetSamplingStatisticSummaries; X-Ray "Identity and
    // access management": no resource-level permissions, Resource "*"): the workload's own traces, as its logs.
    // Was a MISS (fixed in round 88): OWN-TELEMETRY-INCOMPLETE, as AS1b ("allows xray:GetSamplingRules, ...,
    // xray:PutTraceSegments on *: not in workload signer's allow entries"). policy-pack/engine/judge.ts
    // OWN_TRACE_WRITES now admits exactly the AWSXRayDaemonWriteAccess set (the trace writes and the sampling reads,
    // which return sampling rules, no trace data) beside OWN_LOG_WRITES; trace reads (BatchGetTraces,
    // GetTraceSummaries) stay refused (AI-fix88 twin).
    awsCase("AS1c signer role + X-Ray daemon writes (AWSXRayDaemonWriteAccess actions) on *-rt88s", r =>
        signerAdds(
            r,
            allow(
                [
                    "xray:PutTraceSegments",
                    "xray:PutTelemetryRecords",
                    "xray:GetSamplingRules",
                    "xray:GetSamplingTargets",
                    "xray:GetSamplingStatisticSummaries",
                ],
                "*",
            ),
        ),
    ),
    // AS1c-fix88 the daemon's writes as the managed policy's wildcard-free actions plus a Sid, split over two
    // statements (trace writes; sampling reads), as the X-Ray developer guide's daemon IAM example writes them.
    awsCase("AS1c-fix88 signer role + xray:PutTraceSegments/PutTelemetryRecords; sampling reads, two statements", r =>
        signerAdds(
            r,
            allow(["xray:PutTraceSegments", "xray:PutTelemetryRecords"], "*"),
            allow(["xray:GetSamplingRules", "xray:GetSamplingTargets"], "*"),
        ),
    ),
    // AS1b-fix88 DescribeLogStreams alone on the group's streams (ONE_LOG_GROUP :log-stream:*).
    awsCase("AS1b-fix88 signer role + logs:DescribeLogStreams on its log group's streams-rt88s", r =>
        signerAdds(
            r,
            allow("logs:DescribeLogStreams", `arn:aws:logs:eu-west-1:${A}:log-group:/custody/prod/signer:log-stream:*`),
        ),
    ),
    // AS2 metrics pinned to the signer's namespace (CloudWatch "cloudwatch:namespace" condition key on
    // PutMetricData).
    awsCase("AS2 signer role + cloudwatch:PutMetricData when cloudwatch:namespace = Custody/Signer-rt88s", r =>
        signerAdds(
            r,
            allow("cloudwatch:PutMetricData", "*", {
                Condition: { StringEquals: { "cloudwatch:namespace": "Custody/Signer" } },
            }),
        ),
    ),
    // AS3 its configuration from SSM Parameter Store under its own path (Systems Manager "Restricting access to
    // Parameter Store parameters using IAM policies": parameter ARNs by path).
    // MISS (design question): RUNTIME-ROLE-OWN-CONFIG: secure refused ("allows ssm:GetParameter, ... on
    // .../parameter/custody/prod/signer/*: not in workload signer's allow entries ... or extend the model"). The
    // allowlist admits nothing beyond the seed's access sets on a runtime role but its own telemetry; a parameter path
    // of its own may hold anything (a SecureString decrypted with another key). Where: policy-pack/engine/judge.ts
    // (runtime-role grants outside the access sets). design: needs a seeded access set in the custody model, not a
    // judge rule. Proposed set, on workload signer (seed 000): "signer-own-config": actions ssm:GetParameter,
    // ssm:GetParameters, ssm:GetParametersByPath on arn:aws:ssm:<region>:<account>:parameter/custody/<stack>/signer/*
    // (one literal path prefix of the workload's own account and region), String/StringList parameters only (no
    // kms:Decrypt, so a SecureString stays unreadable), no ssm:PutParameter/DeleteParameter/LabelParameterVersion.
    {
        ...awsCase("AS3 signer role + ssm:GetParameter(s)ByPath on parameter/custody/prod/signer/*-rt88s", r =>
            signerAdds(
                r,
                allow(
                    ["ssm:GetParameter", "ssm:GetParameters", "ssm:GetParametersByPath"],
                    `arn:aws:ssm:eu-west-1:${A}:parameter/custody/prod/signer/*`,
                ),
            ),
        ),
        skip: MISS,
    },
    // AS4 an organization guard on share-1 (KMS "Key policies" Deny; IAM "aws:PrincipalOrgID": Deny every principal
    // outside the organization, AWS services calling on the account's behalf exempted by aws:PrincipalIsAWSService).
    awsCase("AS4 share-1 key policy Deny kms:* when PrincipalOrgID != org (services exempt)-rt88s", r =>
        keyAdds(r, "signer-shares-share-1", {
            Sid: "DenyOutsideOrg",
            Effect: "Deny",
            Principal: { AWS: "*" },
            Action: "kms:*",
            Resource: "*",
            Condition: {
                StringNotEquals: { "aws:PrincipalOrgID": ORG },
                Bool: { "aws:PrincipalIsAWSService": "false" },
            },
        }),
    ),
    // AS5 a network perimeter on the runtime role: Deny KMS and DynamoDB data calls not through the VPC endpoints
    // (IAM "aws:SourceVpce"; the "Data perimeter" guidance: Deny when StringNotEqualsIfExists aws:SourceVpce).
    awsCase("AS5 signer role Deny kms:Decrypt/Encrypt when SourceVpce not the endpoint (perimeter)-rt88s", r =>
        signerAdds(r, {
            Sid: "DenyOutsideVpce",
            Effect: "Deny",
            Action: ["kms:Encrypt", "kms:Decrypt"],
            Resource: "*",
            Condition: { StringNotEqualsIfExists: { "aws:SourceVpce": VPCE } },
        }),
    ),
    // AS6 the signer's key-policy grant narrowed by encryption context (KMS "kms:EncryptionContext:context-key": the
    // share is wrapped and unwrapped with {"custody:share":"1"}), in the key's own account.
    awsCase("AS6 share-1 AllowSignerRole pinned kms:EncryptionContext:custody:share = 1-rt88s", r =>
        keyEdit(r, "signer-shares-share-1", s => {
            const st = s.find(x => x.Sid === "AllowSignerRole")!;
            st.Condition = { StringEquals: { "kms:EncryptionContext:custody:share": "1" } };
        }),
    ),
    // AS7 the tables CMK's DynamoDB statement also pinned to the three tables (DynamoDB "Encryption at rest: how it
    // uses AWS KMS": the encryption context aws:dynamodb:tableName and aws:dynamodb:subscriberId).
    awsCase("AS7 signer-tables-cmk DynamoDB statement + kms:EncryptionContext:aws:dynamodb:tableName-rt88s", r =>
        keyEdit(r, "signer-tables-cmk", s => {
            const st = s.find(x => x.Sid === "AllowDynamoDBOnBehalfOfAccountPrincipals")!;
            st.Condition = {
                StringEquals: {
                    "kms:CallerAccount": A,
                    "kms:ViaService": "dynamodb.eu-west-1.amazonaws.com",
                    "kms:EncryptionContext:aws:dynamodb:subscriberId": A,
                },
                "ForAnyValue:StringEquals": {
                    "kms:EncryptionContext:aws:dynamodb:tableName": [
                        "custody-prod-anti-slashing",
                        "custody-prod-signer-state",
                        "custody-prod-keystore",
                    ],
                },
            };
        }),
    ),
    // AS8 a permissions boundary on the runtime role allowing exactly what its inline policy does (IAM "Permissions
    // boundaries for IAM entities": effective permissions are the intersection).
    awsCase("AS8 signer role permissionsBoundary = an in-stack policy allowing its DynamoDB + share keys-rt88s", r => {
        const arn = `arn:aws:iam::${A}:policy/custody-prod-signer-boundary`;
        beside(r, "prod", "aws:iam/policy:Policy", "rt88s-boundary", {
            name: "custody-prod-signer-boundary",
            arn,
            policy: JSON.stringify({
                Version: "2012-10-17",
                Statement: [
                    allow(["dynamodb:*"], `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-*`),
                    allow(
                        ["kms:Encrypt", "kms:Decrypt"],
                        [
                            SHARE1,
                            `arn:aws:kms:eu-central-1:222222222222:key/d21e825f-9653-4b8c-ab48-cf1e6584fad1`,
                            `arn:aws:kms:us-east-1:333333333333:key/aa34cd9f-30a4-4d08-aeb0-2b1f342d59ba`,
                        ],
                    ),
                    allow(["logs:CreateLogStream", "logs:PutLogEvents"], "*"),
                ],
            }),
        });
        setProp(find(r, ROLE, "signer-role"), "permissionsBoundary", arn);
    }),
    // AS9 cost and classification tags on the share keys and tables (AWS "Tagging best practices"; tags outside the
    // custody: prefix).
    awsCase("AS9 data-classification / cost-center tags on share-1 and the keystore table-rt88s", r => {
        for (const [type, name] of [
            [KEY, "signer-shares-share-1"],
            ["aws:dynamodb/table:Table", "signer-tables-keystore"],
        ]) {
            const x = find(r, type, name);
            setProp(x, "tags", {
                ...(prop(x, "tags") as object),
                "data-classification": "restricted",
                "cost-center": "cc-4711",
            });
        }
    }),
    // AS10 a second, versioned alias of share-1 (KMS "Using aliases": several aliases may name one key), for the
    // next release.
    awsCase(
        "AS10 alias/custody-infra/prod/share-1-v2 -> share-1-rt88s",
        r =>
            void beside(r, "prod", "aws:kms/alias:Alias", "rt88s-as10-alias", {
                name: "alias/custody-infra/prod/share-1-v2",
                targetKeyId: SHARE1_ID,
            }),
    ),
    // AS11 a shorter rotation period (KMS "Rotating keys": rotation_period_in_days 90 to 2560).
    awsCase("AS11 share-1 rotationPeriodInDays 180; tables CMK 90-rt88s", r => {
        setProp(find(r, KEY, "signer-shares-share-1"), "rotationPeriodInDays", 180);
        setProp(find(r, KEY, "signer-tables-cmk"), "rotationPeriodInDays", 90);
    }),
    // AS12 an ops role reading instance inventory and SSM state only (Systems Manager "Describe*"/"List*" are reads;
    // no StartSession/SendCommand).
    awsCase("AS12 ops role ec2:DescribeInstances, eks:DescribeCluster, eks:ListNodegroups on *-rt88s", r =>
        opsRole(r, "prod", A, "rt88s-as12", [
            allow(["ec2:DescribeInstances", "eks:DescribeCluster", "eks:ListNodegroups"], "*"),
        ]),
    ),
    // AS12b the Fleet Manager inventory read (Systems Manager API Reference, DescribeInstanceInformation:
    // InstanceInformation {InstanceId, PingStatus, AgentVersion, PlatformName, IPAddress, ComputerName, ...}: no
    // parameter value, no command output).
    awsCase("AS12b ops role ssm:DescribeInstanceInformation on *-rt88s", r =>
        opsRole(r, "prod", A, "rt88s-as12b", [allow("ssm:DescribeInstanceInformation", "*")]),
    ),
    // AS13 PITR with a 35-day recovery window (DynamoDB "Point-in-time recovery": recoveryPeriodInDays 1-35), plus
    // deletion protection kept.
    awsCase("AS13 tables pointInTimeRecovery recoveryPeriodInDays 35-rt88s", r => {
        for (const t of ["signer-tables-anti-slashing", "signer-tables-signer-state", "signer-tables-keystore"])
            setProp(find(r, "aws:dynamodb/table:Table", t), "pointInTimeRecovery", {
                enabled: true,
                recoveryPeriodInDays: 35,
            });
    }),
    // AS14 AWS Backup of the custody tables into an in-account vault (AWS Backup "Assigning resources to a backup
    // plan"; the default service role policy), no copy out.
    // MISS (design question): BACKUP-IDENTITY-NOT-IN-MODEL: secure refused ("role rt88s-backup ... allows
    // dynamodb:CreateBackup, dynamodb:DescribeTable ... reaching table custody-prod-anti-slashing ...: no workload of
    // the custody model has this identity"); with the managed policy attached it is refused as unreadable first
    // (attached-policies-readable). AS13 (PITR) is the clean alternative. The backup role reads no item, but
    // DeleteBackup removes recovery points and a later RestoreTableFromBackup (another grant) could roll the
    // anti-slashing table back; so the model, not the judge, should name it. Where: custody model (seeds) has no
    // backup workload; policy-pack/engine/judge.ts judges it as any outside identity. design: needs a seeded access
    // set in the custody model. Proposed set: a workload "aws-backup" (kind service, subject backup.amazonaws.com
    // through a role of the stack's own account) with access set "custody-tables-backup": dynamodb:DescribeTable,
    // dynamodb:CreateBackup, dynamodb:ListTagsOfResource on the custody tables (anti-slashing, signer-state, keystore)
    // and dynamodb:DescribeBackup on table/<name>/backup/*, backup:DescribeBackupVault and
    // backup:CopyIntoBackupVault on the stack's own vault only; never dynamodb:DeleteBackup, RestoreTable*,
    // GetItem/Query/Scan, kms:Decrypt outside kms:ViaService dynamodb, or a copy action to another account (AI6).
    {
        ...awsCase("AS14 backup plan of the custody tables into an in-account vault-rt88s", r => backup(r, false)),
        skip: MISS,
    },
    // AS15 a Deny of key-management actions to everyone but the break-glass role on share-1 (KMS "Key policies":
    // Deny kms:ScheduleKeyDeletion, DisableKey, PutKeyPolicy unless aws:PrincipalArn is break-glass).
    awsCase("AS15 share-1 key policy Deny ScheduleKeyDeletion/PutKeyPolicy unless PrincipalArn break-glass-rt88s", r =>
        keyAdds(r, "signer-shares-share-1", {
            Sid: "DenyKeyManagementExceptBreakGlass",
            Effect: "Deny",
            Principal: { AWS: "*" },
            Action: ["kms:ScheduleKeyDeletion", "kms:DisableKey", "kms:PutKeyPolicy", "kms:CreateGrant"],
            Resource: "*",
            Condition: { ArnNotEquals: { "aws:PrincipalArn": `arn:aws:iam::${A}:role/platform-break-glass` } },
        }),
    ),
    // AS16 the IRSA trust with a second, redundant pin on aud and a Deny of every other web identity (IAM "Creating a
    // role for OIDC federation"; explicit Deny wins).
    awsCase("AS16 signer trust + Deny sts:AssumeRoleWithWebIdentity when sub != the ServiceAccount-rt88s", r =>
        editDoc(
            find(r, ROLE, "signer-role"),
            "assumeRolePolicy",
            d =>
                void d.Statement.push({
                    Sid: "DenyOtherSubjects",
                    Effect: "Deny",
                    Principal: { Federated: "*" },
                    Action: "sts:AssumeRoleWithWebIdentity",
                    Condition: {
                        StringNotEquals: {
                            "oidc.eks.eu-west-1.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90:sub":
                                "system:serviceaccount:validators:containment-chamber",
                        },
                    },
                }),
        ),
    ),
    // AS17 a max session duration and description change on the runtime role (IAM MaxSessionDuration 3600).
    awsCase("AS17 signer role maxSessionDuration 3600-rt88s", r =>
        setProp(find(r, ROLE, "signer-role"), "maxSessionDuration", 3600),
    ),
    // AS18 the key policy's signer grant also pinned to the role's own account (kms:CallerAccount) (KMS "Condition
    // keys for AWS KMS").
    awsCase("AS18 share-1 AllowSignerRole + kms:CallerAccount = own account-rt88s", r =>
        keyEdit(r, "signer-shares-share-1", s => {
            const st = s.find(x => x.Sid === "AllowSignerRole")!;
            st.Condition = { StringEquals: { "kms:CallerAccount": A } };
        }),
    ),
];

describeVariants("round 88 red team: secure AWS hardening (prod)", awsInsecure, awsSecure);

// ======== Pod Identity (pod-identity): trust variants.
const PODID = ACCOUNT["pod-identity"];
const CLUSTER_ARN = `arn:aws:eks:eu-west-1:${PODID}:cluster/prod-validators`;
const podTrust = (r: Resources, edit: (s: Statement) => void) =>
    editDoc(find(r, ROLE, "signer-role"), "assumeRolePolicy", d => edit(d.Statement[0]));
const conds = (s: Statement) => (s.Condition as Record<string, Record<string, unknown>>).StringEquals;

const podInsecure: StackCase[] = [
    // PI1 twin of PS1: the namespace pin dropped (EKS "Create IAM role with trust policy required by EKS Pod Identity":
    // the session tags restrict "which service accounts, namespaces, and clusters can use this role"): a
    // containment-chamber ServiceAccount in any namespace gets the signer's keys.
    awsCase(
        "PI1 pod-identity trust without the kubernetes-namespace pin-rt88s",
        r => podTrust(r, s => void delete conds(s)["aws:RequestTag/kubernetes-namespace"]),
        "pod-identity",
    ),
    // PI2 twin of PS2: the ServiceAccount pin as a pattern (StringLike "*").
    awsCase(
        "PI2 pod-identity trust kubernetes-service-account StringLike *-rt88s",
        r =>
            podTrust(r, s => {
                delete conds(s)["aws:RequestTag/kubernetes-service-account"];
                (s.Condition as Record<string, unknown>).StringLike = {
                    "aws:RequestTag/kubernetes-service-account": "*",
                };
            }),
        "pod-identity",
    ),
];

const podSecure: StackCase[] = [
    // PS1 the trust additionally pinned by aws:SourceAccount (the confused-deputy key; an EKS sample writes it beside
    // the session tags).
    awsCase(
        "PS1 pod-identity trust + aws:SourceAccount = own account-rt88s",
        r => podTrust(r, s => void (conds(s)["aws:SourceAccount"] = PODID)),
        "pod-identity",
    ),
    // PS2 the pins as plain strings instead of one-element lists (IAM "Condition element": a single value or an
    // array).
    awsCase(
        "PS2 pod-identity trust pins as strings-rt88s",
        r =>
            podTrust(r, s => {
                const c = conds(s);
                for (const k of Object.keys(c)) c[k] = (c[k] as string[])[0];
            }),
        "pod-identity",
    ),
    // PS3 the cluster also pinned by name (EKS "Pod Identity session tags": eks-cluster-name), with a Sid.
    awsCase(
        "PS3 pod-identity trust + aws:RequestTag/eks-cluster-name, Sid-rt88s",
        r =>
            podTrust(r, s => {
                s.Sid = "AllowEksAuthToAssumeRoleForPodIdentity";
                conds(s)["aws:RequestTag/eks-cluster-name"] = "prod-validators";
            }),
        "pod-identity",
    ),
    // PS4 a Deny statement beside the Allow for every other namespace (IAM "Policy evaluation logic": explicit Deny).
    awsCase(
        "PS4 pod-identity trust + Deny when kubernetes-namespace != validators-rt88s",
        r =>
            editDoc(
                find(r, ROLE, "signer-role"),
                "assumeRolePolicy",
                d =>
                    void d.Statement.push({
                        Sid: "DenyOtherNamespaces",
                        Effect: "Deny",
                        Principal: { Service: "pods.eks.amazonaws.com" },
                        Action: ["sts:AssumeRole", "sts:TagSession"],
                        Condition: { StringNotEquals: { "aws:RequestTag/kubernetes-namespace": "validators" } },
                    }),
            ),
        "pod-identity",
    ),
    // PS5 the association tagged, session tags kept (EKS PodIdentityAssociation disableSessionTags false).
    awsCase(
        "PS5 pod identity association extra tags-rt88s",
        r => {
            const a = find(r, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "signer-sa-pod-identity");
            setProp(a, "tags", { ...(prop(a, "tags") as object), "cost-center": "cc-4711" });
        },
        "pod-identity",
    ),
    // PS6 the cluster ARN pin written with ArnEquals next to StringEquals (IAM "ARN condition operators"). Only the
    // tags the pack requires are StringEquals; an extra aws:SourceArn of the cluster.
    awsCase(
        "PS6 pod-identity trust + ArnEquals aws:SourceArn = the cluster-rt88s",
        r =>
            podTrust(r, s => {
                (s.Condition as Record<string, unknown>).ArnEquals = { "aws:SourceArn": CLUSTER_ARN };
            }),
        "pod-identity",
    ),
];

describeVariants("round 88 red team: secure Pod Identity trust variants", podInsecure, podSecure);

// ======== K8s (prod): team namespaces, policies, monitoring.
const RBAC = "rbac.authorization.k8s.io";
const READ = ["get", "list", "watch"];
const IMAGE = `111111111111.dkr.ecr.eu-west-1.amazonaws.com/ops/agent@sha256:${"b".repeat(64)}`;
const kcase = (name: string, e: (r: Resources) => void): StackCase => ({ name, stack: "prod", edit: e });
const group = (name: string) => [{ kind: "Group", apiGroup: RBAC, name }];
const podSpec = (extra: Record<string, unknown> = {}, container: Record<string, unknown> = {}) => ({
    automountServiceAccountToken: false,
    securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
    containers: [{ name: "agent", image: IMAGE, securityContext: restricted, ...container }],
    ...extra,
});
const workload = (r: Resources, kind: string, name: string, ns: string, spec: object) =>
    k8s(r, `kubernetes:apps/v1:${kind}`, `${ns}-${name}-rt88s`, {
        apiVersion: "apps/v1",
        kind,
        metadata: { name, namespace: ns },
        spec: {
            ...(kind === "Deployment" ? { replicas: 2 } : {}),
            selector: { matchLabels: { app: name } },
            template: { metadata: { labels: { app: name } }, spec },
        },
    });
const TEAM_RULES = [
    {
        apiGroups: ["", "apps", "batch"],
        resources: ["pods", "pods/log", "services", "configmaps", "deployments", "jobs", "cronjobs"],
        verbs: ["get", "list", "watch", "create", "update", "patch", "delete"],
    },
    { apiGroups: [""], resources: ["secrets"], verbs: ["get", "list", "create", "update"] },
];

const k8sInsecure: StackCase[] = [
    // KI1 twin of KS1: the team's Role written in validators by mistake: pods create there runs a pod as
    // containment-chamber (Kubernetes "Pod Security": a pod may name any ServiceAccount of its namespace; EKS IRSA
    // then hands it the signer's role).
    kcase("KI1 team-payments Role (pods create) in validators-rt88s", r =>
        roleFor(r, "team-payments-dev", TEAM_RULES, group("team-payments"), "validators"),
    ),
    // KI2 twin of KS4: the monitoring DaemonSet mounting the host root read-only (Kubernetes "Volumes" hostPath
    // warning: read-only still reads the kubelet's credentials and the pods' projected tokens).
    kcase("KI2 monitoring DaemonSet hostPath / read-only-rt88s", r => {
        namespace(r, "monitoring-rt88s", "privileged");
        workload(
            r,
            "DaemonSet",
            "node-exporter",
            "monitoring-rt88s",
            podSpec(
                { volumes: [{ name: "root", hostPath: { path: "/" } }] },
                { volumeMounts: [{ name: "root", mountPath: "/host/root", readOnly: true }] },
            ),
        );
    }),
    // KI3 twin of KS5: nodes/proxy in a "read-only" ClusterRole (Kubernetes "Using RBAC Authorization" and the
    // kubelet authorization docs: nodes/proxy reaches the kubelet API, whose exec/run endpoints take get over
    // websockets).
    kcase("KI3 ClusterRole get nodes/proxy (monitoring)-rt88s", r =>
        roleFor(
            r,
            "prom-nodes-proxy-rt88s",
            [{ apiGroups: [""], resources: ["nodes", "nodes/proxy"], verbs: READ }],
            [{ kind: "ServiceAccount", name: "prometheus", namespace: "monitoring" }],
        ),
    ),
    // KI4 twin of KS6: a view aggregation that adds pods/exec (Kubernetes "Aggregated ClusterRoles": rules of every
    // ClusterRole with aggregate-to-view are added to view; the bound viewers then exec into validators' pods).
    kcase("KI4 ClusterRole aggregate-to-view adds pods/exec create, view bound to auditors-rt88s", r => {
        k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "rt88s-ki4-agg", {
            apiVersion: `${RBAC}/v1`,
            kind: "ClusterRole",
            metadata: { name: "rt88s-exec-agg", labels: { [`${RBAC}/aggregate-to-view`]: "true" } },
            rules: [{ apiGroups: [""], resources: ["pods/exec"], verbs: ["create", "get"] }],
        });
        k8s(r, `kubernetes:${RBAC}/v1:ClusterRoleBinding`, "rt88s-ki4-bind", {
            apiVersion: `${RBAC}/v1`,
            kind: "ClusterRoleBinding",
            metadata: { name: "auditors-view-rt88s" },
            roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "view" },
            subjects: group("auditors"),
        });
    }),
];

const k8sSecure: StackCase[] = [
    // KS1 a team namespace (restricted Pod Security) with its own Role and RoleBinding to the team's group
    // (Kubernetes "Using RBAC Authorization": a RoleBinding grants within its namespace only).
    kcase("KS1 team-payments namespace, Role (workloads + secrets) bound to group team-payments-rt88s", r => {
        namespace(r, "team-payments");
        roleFor(r, "team-payments-dev", TEAM_RULES, group("team-payments"), "team-payments");
    }),
    // KS2 NetworkPolicies in validators: default-deny ingress, egress only to DNS and HTTPS (Kubernetes "Network
    // Policies").
    kcase("KS2 validators NetworkPolicy default-deny ingress + egress DNS/443-rt88s", r => {
        k8s(r, "kubernetes:networking.k8s.io/v1:NetworkPolicy", "validators-default-deny-rt88s", {
            apiVersion: "networking.k8s.io/v1",
            kind: "NetworkPolicy",
            metadata: { name: "default-deny-ingress", namespace: "validators" },
            spec: { podSelector: {}, policyTypes: ["Ingress"] },
        });
        k8s(r, "kubernetes:networking.k8s.io/v1:NetworkPolicy", "validators-egress-rt88s", {
            apiVersion: "networking.k8s.io/v1",
            kind: "NetworkPolicy",
            metadata: { name: "egress-dns-https", namespace: "validators" },
            spec: {
                podSelector: {},
                policyTypes: ["Egress"],
                egress: [
                    {
                        to: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "kube-system" } } }],
                        ports: [
                            { protocol: "UDP", port: 53 },
                            { protocol: "TCP", port: 53 },
                        ],
                    },
                    { ports: [{ protocol: "TCP", port: 443 }] },
                ],
            },
        });
    }),
    // KS3 a PodDisruptionBudget for the signer (Kubernetes "Specifying a Disruption Budget": policy/v1, maxUnavailable).
    kcase(
        "KS3 validators PodDisruptionBudget maxUnavailable 1-rt88s",
        r =>
            void k8s(r, "kubernetes:policy/v1:PodDisruptionBudget", "validators-signer-pdb-rt88s", {
                apiVersion: "policy/v1",
                kind: "PodDisruptionBudget",
                metadata: { name: "containment-chamber", namespace: "validators" },
                spec: { maxUnavailable: 1, selector: { matchLabels: { "app.kubernetes.io/component": "signer" } } },
            }),
    ),
    // KS4 a monitoring DaemonSet without host access: restricted container, no hostPath/hostNetwork/hostPID, its own
    // ServiceAccount token off (Kubernetes "Pod Security Standards": Restricted).
    kcase("KS4 monitoring DaemonSet restricted, no host access-rt88s", r => {
        namespace(r, "monitoring-rt88s");
        workload(
            r,
            "DaemonSet",
            "otel-agent",
            "monitoring-rt88s",
            podSpec(
                { tolerations: [{ operator: "Exists" }] },
                {
                    ports: [{ containerPort: 4317, name: "otlp" }],
                    resources: { limits: { memory: "256Mi" }, requests: { cpu: "50m", memory: "128Mi" } },
                },
            ),
        );
    }),
    // KS5 a read-only ClusterRole for a dashboard (no secrets, no subresources: Kubernetes "Using RBAC
    // Authorization", read verbs) bound to a group.
    kcase("KS5 ClusterRole read pods/services/nodes/namespaces/events bound to group sre-rt88s", r =>
        roleFor(
            r,
            "sre-read-rt88s",
            [
                {
                    apiGroups: [""],
                    resources: ["pods", "services", "endpoints", "nodes", "namespaces", "events"],
                    verbs: READ,
                },
                { apiGroups: ["apps"], resources: ["deployments", "daemonsets", "statefulsets"], verbs: READ },
                { apiGroups: ["metrics.k8s.io"], resources: ["pods", "nodes"], verbs: READ },
            ],
            group("sre"),
        ),
    ),
    // KS6 a CRD reader aggregated into view (Kubernetes "Aggregated ClusterRoles": aggregate-to-view labels add the
    // rules to the built-in view role).
    kcase(
        "KS6 ClusterRole aggregate-to-view of monitoring.coreos.com read-rt88s",
        r =>
            void k8s(r, `kubernetes:${RBAC}/v1:ClusterRole`, "rt88s-ks6-agg", {
                apiVersion: `${RBAC}/v1`,
                kind: "ClusterRole",
                metadata: { name: "monitoring-view-rt88s", labels: { [`${RBAC}/aggregate-to-view`]: "true" } },
                rules: [
                    {
                        apiGroups: ["monitoring.coreos.com"],
                        resources: ["servicemonitors", "podmonitors", "prometheusrules"],
                        verbs: READ,
                    },
                ],
            }),
    ),
    // KS7 Prometheus' documented ClusterRole: nodes/metrics get and the /metrics non-resource URL (prometheus-operator
    // RBAC; Kubernetes "Kubelet authentication/authorization": nodes/metrics is the metrics endpoint only).
    kcase("KS7 ClusterRole prometheus nodes/metrics get, nonResourceURLs /metrics-rt88s", r =>
        roleFor(
            r,
            "prometheus-rt88s",
            [
                {
                    apiGroups: [""],
                    resources: ["nodes", "nodes/metrics", "services", "endpoints", "pods"],
                    verbs: READ,
                },
                { apiGroups: [""], resources: ["configmaps"], verbs: ["get"] },
                { nonResourceURLs: ["/metrics", "/metrics/cadvisor"], verbs: ["get"] },
            ],
            [{ kind: "ServiceAccount", name: "prometheus", namespace: "monitoring" }],
        ),
    ),
    // KS8 a ResourceQuota and LimitRange in validators (Kubernetes "Resource Quotas", "Limit Ranges").
    kcase("KS8 validators ResourceQuota + LimitRange-rt88s", r => {
        k8s(r, "kubernetes:core/v1:ResourceQuota", "validators-quota-rt88s", {
            apiVersion: "v1",
            kind: "ResourceQuota",
            metadata: { name: "validators", namespace: "validators" },
            spec: { hard: { pods: "20", "requests.cpu": "8", "requests.memory": "16Gi" } },
        });
        k8s(r, "kubernetes:core/v1:LimitRange", "validators-limits-rt88s", {
            apiVersion: "v1",
            kind: "LimitRange",
            metadata: { name: "validators", namespace: "validators" },
            spec: { limits: [{ type: "Container", defaultRequest: { cpu: "100m", memory: "128Mi" } }] },
        });
    }),
    // KS9 a restricted team Deployment with its own ServiceAccount (no token) and a Service.
    kcase("KS9 team-payments restricted Deployment + Service-rt88s", r => {
        namespace(r, "team-payments");
        k8s(r, "kubernetes:core/v1:ServiceAccount", "team-payments-api-sa-rt88s", {
            apiVersion: "v1",
            kind: "ServiceAccount",
            metadata: { name: "payments-api", namespace: "team-payments" },
            automountServiceAccountToken: false,
        });
        workload(r, "Deployment", "payments-api", "team-payments", podSpec({ serviceAccountName: "payments-api" }));
        k8s(r, "kubernetes:core/v1:Service", "team-payments-api-svc-rt88s", {
            apiVersion: "v1",
            kind: "Service",
            metadata: { name: "payments-api", namespace: "team-payments" },
            spec: { selector: { app: "payments-api" }, ports: [{ port: 80, targetPort: 8080 }] },
        });
    }),
    // KS10 the validators namespace's own read-only Role for the on-call group (pods, logs, events; no exec, no
    // secrets).
    kcase("KS10 validators Role get/list pods, pods/log, events for group oncall-rt88s", r =>
        roleFor(
            r,
            "validators-oncall-read",
            [{ apiGroups: [""], resources: ["pods", "pods/log", "events"], verbs: READ }],
            group("oncall"),
            "validators",
        ),
    ),
];

describeVariants("round 88 red team: secure K8s changes (prod)", k8sInsecure, k8sSecure);
