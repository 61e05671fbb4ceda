// Red-team round 84 on over-refusals (area secure, fresh eyes): SECURE variants a careful platform team writes on the
// committed stacks, each beside an insecure twin that changes one detail where one exists.
// Probed: (node, dev) routine AL2023 ops: chrony to the Amazon Time Sync Service, journald limits, logrotate
// postrotate of systemctl vs a /var/tmp script, CloudWatch agent fetch-config of a literal file, SSM agent, dnf
// security upgrades by cron vs a /var/tmp script / a /var/tmp rpm / --nogpgcheck + sslverify off, fstrim timer, fstab
// tmpfs noexec, a hardened node_exporter unit on loopback, sysctl.d network hardening vs kernel.modprobe of a planted
// file, service masking, audit watches, mode tightening, limits.d, crypto policies, containerd hosts.toml mirror, a
// literal /opt health check in cron, rsyslog omfwd TLS, sshd off, kubelet.service.d limits vs ExecStartPre of a
// /var/tmp script; NodeConfig kubelet settings (maxPods, eviction, taints, image GC, TLS ciphers) vs anonymous
// auth + AlwaysAllow and --read-only-port. (basil) Bottlerocket sysctl/max-pods/NTP, taints and admin container off vs
// a superpowered host container and a bootstrap container from docker.io.
// (AWS) prod: metadata reads of keys/tables, EKS/SSM reads vs PutKeyPolicy, PartiQLUpdate, access entries,
// ModifyInstanceAttribute, SendCommand, PutRolePolicy; conditions no request meets (aws:SecureTransport false,
// aws:PrincipalAccount of another account, aws:PrincipalTag on an untagged role without sts:TagSession); a Deny of
// the same action vs one only outside a source range; permission boundaries (NotAction kms:*, another
// aws:RequestedRegion vs the keys' region); kms:ViaService dynamodb with another table's encryption context vs the
// keystore's; an ops key with an admin/usage split; logs/metrics to the team's own group. Other stacks: pod-identity
// CreatePodIdentityAssociation + PassRole, curity S3 reads of an ops prefix, trust-domain sts:AssumeRole *.
// (K8s, prod) scale, eviction, PDB/lease/HPA, PriorityClass, ValidatingAdmissionPolicy, quotas, NetworkPolicy reads,
// default-deny NetworkPolicies + PDB objects, a restricted Deployment with a projected token of its own audience,
// topology spread and tolerations vs the same pod on hostNetwork; pods/attach, CSR approval for
// kube-apiserver-client, mutating webhooks, ephemeral containers, impersonating the runtime SA.
// Misses (2 insecure accepted, 9 secure refused):
//   - INSECURE, a package manager with its signature/TLS checks off: dnf-nogpgcheck (rootReads.ts
//     packageTrustOperands / PACKAGE_SOURCE_KEYS), repo-gpgcheck0-http (rootReads.ts plantedPackageSources).
//   - secure, harmless metadata reads reaching a custody asset: kms-audit, ddb-describe (judge.ts holdsNoCustodyPower
//     -> reachesModelPattern; dynamodb-wildcards-exclude-stack-tables for table/*).
//   - secure, Allow conditions that never hold: kms-plaintext-only (aws:SecureTransport false), kms-princ-tag
//     (aws:PrincipalTag without sts:TagSession) (model/conditions.ts allowNeverHoldsFor, model/document.ts PolicyOwner).
//   - secure, a boundary Allow whose condition never holds read as admitting everything: bound-region-other,
//     bound-expired (model/boundary.ts allowedResources).
//   - secure, keyUseConfinedToOtherTables read by custody-effective-access but not share-custody: kms-ddb-own-table.
//   - secure, resource-limit-only kubelet unit drop-in: kubelet-dropin-limits (userDataReaders/rootWrites.ts
//     NODE_CONFIG_PATHS; the containerd.service.d twin is clean).
//   - secure (design question), a non-custody ops key added to the stack is a custody asset: ops-key-split (judge.ts
//     judgeResourcePaths / custodyAssets).
// Held: 29 of 31 insecure refused; 39 of 48 secure clean.
import { describeVariants, doc, find, Resources, setProp, StackCase } from "./support";
import { ACCOUNT, allow, beside, opsRole } from "./awsCaseBuilders";
import { bottlerocket, heredocFile, nodeConfig, mime, shellScript, al2023Nodes, systemdUnit } from "./nodeBuilders";
import { nodePolicyConfig } from "./packRunner";
import { secureCaseBuilders } from "./secureCaseBuilders";
import { k8s, namespace, restricted, roleFor } from "./variantBuilders";

const { node } = secureCaseBuilders("rt84s");
const file = heredocFile;
/** What a refusal of a node's user data names (any node finding). */
const NODE = /./;
const nodeCase = (tag: string, what: string, lines: string[], refused?: RegExp, skip?: string) =>
    node(tag, `${what} (${tag}-rt84s)`, lines, refused, skip);
/** A dev AL2023 node group whose NodeConfig carries `spec` lines (no script). */
const nodeadm = (tag: string, what: string, spec: string[], refused?: RegExp, skip?: string): StackCase => ({
    stack: "dev",
    name: `${refused ? "NI" : "N"}: ${what} (${tag}-rt84s)`,
    edit: r =>
        void al2023Nodes(
            r,
            `rt84s-${tag}-nodes`,
            mime([
                { type: "application/node.eks.aws", body: nodeConfig(spec) },
                shellScript(["systemctl enable --now amazon-ssm-agent"]),
            ]),
        ),
    config: nodePolicyConfig,
    ...(refused ? { refused } : {}),
    ...(skip ? { skip } : {}),
});
/** The basil Bottlerocket node group with TOML settings `lines`. */
const rocket = (tag: string, what: string, lines: string[], refused?: RegExp, skip?: string): StackCase => ({
    stack: "basil",
    name: `${refused ? "BI" : "B"}: ${what} (${tag}-rt84s)`,
    edit: r => void bottlerocket(r, lines),
    config: nodePolicyConfig,
    ...(refused ? { refused } : {}),
    ...(skip ? { skip } : {}),
});

const A = ACCOUNT.prod;
const KEYS = `arn:aws:kms:eu-west-1:${A}:key/*`;
const TABLES = `arn:aws:dynamodb:eu-west-1:${A}:table/*`;
const ops = (id: string, what: string, statements: object[], refused?: RegExp, skip?: string): StackCase => ({
    stack: "prod",
    name: `${refused ? "AI" : "A"}: ${id}-rt84s: ${what}`,
    edit: (r: Resources) => opsRole(r, "prod", A, `${id}-rt84s`, statements),
    ...(refused ? { refused } : {}),
    ...(skip ? { skip } : {}),
});
const edit = (id: string, what: string, e: (r: Resources) => void, refused?: RegExp, skip?: string): StackCase => ({
    stack: "prod",
    name: `${refused ? "AI" : "A"}: ${id}-rt84s: ${what}`,
    edit: e,
    ...(refused ? { refused } : {}),
    ...(skip ? { skip } : {}),
});
/** A prod ops role holding `statements` under a managed permissions boundary of `boundary`. */
const bounded = (id: string, what: string, statements: object[], boundary: object[], refused?: RegExp, skip?: string) =>
    edit(
        id,
        what,
        r => {
            const name = `${id}-rt84s`;
            beside(r, "prod", "aws:iam/policy:Policy", `${name}-boundary`, {
                name: `${name}-boundary`,
                path: "/",
                arn: `arn:aws:iam::${A}:policy/${name}-boundary`,
                policy: doc(...boundary),
            });
            opsRole(r, "prod", A, name, statements);
            setProp(
                find(r, "aws:iam/role:Role", name),
                "permissionsBoundary",
                `arn:aws:iam::${A}:policy/${name}-boundary`,
            );
        },
        refused,
        skip,
    );
const decryptIf = (condition: object) => [allow("kms:Decrypt", KEYS, { Condition: condition })];

const RBAC = "rbac.authorization.k8s.io";
const AUDITOR = [{ kind: "User", apiGroup: RBAC, name: "auditor" }];
const k8sCase = (id: string, what: string, rules: object[], refused?: RegExp, skip?: string, ns = "validators") =>
    ({
        stack: "prod",
        name: `${refused ? "KI" : "K"}: ${id}-rt84s: ${what}`,
        edit: (r: Resources) => roleFor(r, `${id}-rt84s`, rules, AUDITOR, ns || undefined),
        ...(refused ? { refused } : {}),
        ...(skip ? { skip } : {}),
    }) as StackCase;

/** A prod Deployment `name` in its own restricted namespace `ops-tools`, pod spec extended by `extra`. */
const opsDeployment = (id: string, what: string, extra: object, refused?: RegExp, skip?: string): StackCase => ({
    stack: "prod",
    name: `${refused ? "KI" : "K"}: ${id}-rt84s: ${what}`,
    edit: (r: Resources) => {
        namespace(r, "ops-tools-rt84s");
        k8s(r, "kubernetes:apps/v1:Deployment", `ops-tools-${id}-rt84s`, {
            metadata: { name: `${id}-rt84s`, namespace: "ops-tools-rt84s" },
            spec: {
                replicas: 2,
                selector: { matchLabels: { app: id } },
                template: {
                    metadata: { labels: { app: id } },
                    spec: {
                        automountServiceAccountToken: false,
                        securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
                        tolerations: [{ key: "dedicated", operator: "Equal", value: "ops", effect: "NoSchedule" }],
                        topologySpreadConstraints: [
                            {
                                maxSkew: 1,
                                topologyKey: "topology.kubernetes.io/zone",
                                whenUnsatisfiable: "DoNotSchedule",
                                labelSelector: { matchLabels: { app: id } },
                            },
                        ],
                        containers: [
                            {
                                name: "collector",
                                image:
                                    "111111111111.dkr.ecr.eu-west-1.amazonaws.com/ops/collector@sha256:" +
                                    "a".repeat(64),
                                securityContext: restricted,
                                resources: { limits: { cpu: "200m", memory: "128Mi" } },
                                volumeMounts: [
                                    { name: "token", mountPath: "/var/run/secrets/ops", readOnly: true },
                                    { name: "tmp", mountPath: "/tmp" },
                                ],
                            },
                        ],
                        volumes: [
                            {
                                name: "token",
                                projected: {
                                    sources: [
                                        {
                                            serviceAccountToken: {
                                                audience: "ops-collector",
                                                expirationSeconds: 600,
                                                path: "token",
                                            },
                                        },
                                    ],
                                },
                            },
                            { name: "tmp", emptyDir: { medium: "Memory", sizeLimit: "16Mi" } },
                        ],
                        ...extra,
                    },
                },
            },
        });
    },
    ...(refused ? { refused } : {}),
    ...(skip ? { skip } : {}),
});

const NODE_CASES: StackCase[] = [
    // EC2 user guide "Set the time for your Linux instance": the Amazon Time Sync Service at 169.254.169.123 is added
    // to /etc/chrony.conf as `server 169.254.169.123 prefer iburst minpoll 4 maxpoll 4`; chrony.conf(5) directives
    // name time sources and files chronyd writes, none runs a program: secure.
    nodeCase("chrony-timesync", "sed chrony.conf to the Amazon Time Sync Service, restart chronyd", [
        "sed -i 's/^pool .*/server 169.254.169.123 prefer iburst minpoll 4 maxpoll 4/' /etc/chrony.conf",
        "systemctl restart chronyd",
    ]),
    // journald.conf(5): SystemMaxUse= / MaxRetentionSec= bound the journal's disk use: data, no program: secure.
    nodeCase("journald-limits", "journald.conf.d drop-in SystemMaxUse=500M", [
        "mkdir -p /etc/systemd/journald.conf.d",
        ...file("/etc/systemd/journald.conf.d/50-size.conf", [
            "[Journal]",
            "SystemMaxUse=500M",
            "MaxRetentionSec=7day",
        ]),
        "systemctl restart systemd-journald",
    ]),
    // logrotate(8): postrotate/endscript lines "are executed (using /bin/sh)" as root by the daily logrotate run. A
    // HUP of rsyslog by systemctl runs a system binary: secure. Twin: the postrotate line runs a /var/tmp script
    // (world-writable: any local user's text runs as root each night, reaching the node role's credentials).
    nodeCase("logrotate-hup", "logrotate.d/ledger postrotate systemctl kill -s HUP rsyslog", [
        ...file("/etc/logrotate.d/ledger", [
            "/var/log/ledger.log {",
            "    daily",
            "    rotate 7",
            "    compress",
            "    missingok",
            "    postrotate",
            "        /usr/bin/systemctl kill -s HUP rsyslog.service >/dev/null 2>&1 || true",
            "    endscript",
            "}",
        ]),
    ]),
    nodeCase(
        "logrotate-vartmp",
        "logrotate.d/ledger postrotate /bin/sh /var/tmp/rotate.sh",
        [
            ...file("/etc/logrotate.d/ledger", [
                "/var/log/ledger.log {",
                "    daily",
                "    postrotate",
                "        /bin/sh /var/tmp/rotate.sh",
                "    endscript",
                "}",
            ]),
        ],
        NODE,
    ),
    // CloudWatch agent user guide: `amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c file:PATH` loads a JSON
    // config of metrics and log files; a literal file the script wrote under /opt: secure.
    nodeCase("cwagent-literal", "CloudWatch agent fetch-config of a literal /opt JSON", [
        "dnf install -y amazon-cloudwatch-agent",
        ...file("/opt/aws/amazon-cloudwatch-agent/etc/custom.json", [
            '{ "logs": { "logs_collected": { "files": { "collect_list": [',
            '  { "file_path": "/var/log/ledger.log", "log_group_name": "/dev/ledger", "log_stream_name": "{instance_id}" }',
            "] } } } }",
        ]),
        "/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c file:/opt/aws/amazon-cloudwatch-agent/etc/custom.json",
    ]),
    // SSM agent is preinstalled on AL2023 AMIs (Systems Manager user guide "AMIs with SSM Agent preinstalled"):
    // enabling it starts a system service: secure.
    nodeCase("ssm-enable", "systemctl enable --now amazon-ssm-agent", ["systemctl enable --now amazon-ssm-agent"]),
    // crontab(5) /etc/cron.d lines run as the named user; `dnf upgrade --security` from the configured AL2023 repos
    // (signed, gpgcheck=1): secure. Twin: cron runs a /var/tmp script as root.
    nodeCase("cron-dnf-security", "cron.d: dnf -y upgrade --security nightly", [
        "echo '0 3 * * * root /usr/bin/dnf -y upgrade --security >>/var/log/dnf-security.log 2>&1' > /etc/cron.d/security",
    ]),
    nodeCase(
        "cron-vartmp",
        "cron.d: root runs /var/tmp/upgrade.sh nightly",
        ["echo '0 3 * * * root /bin/bash /var/tmp/upgrade.sh' > /etc/cron.d/security"],
        NODE,
    ),
    // dnf(8) install of a local rpm file runs its scriptlets as root; a /var/tmp rpm is any local user's: insecure.
    nodeCase("dnf-rpm-vartmp", "dnf install -y /var/tmp/agent.rpm", ["dnf install -y /var/tmp/agent.rpm"], NODE),
    // systemd.timer(5): a timer starting fstrim.service (shipped by util-linux): secure.
    nodeCase("fstrim-timer", "systemctl enable --now fstrim.timer", ["systemctl enable --now fstrim.timer"]),
    // fstab(5)/mount(8): tmpfs on /tmp with nosuid,nodev,noexec (CIS 1.1.2): data only: secure.
    nodeCase("tmp-noexec", "fstab tmpfs /tmp nosuid,nodev,noexec, mount -o remount", [
        "echo 'tmpfs /tmp tmpfs defaults,rw,nosuid,nodev,noexec,relatime,size=2G 0 0' >> /etc/fstab",
        "systemctl daemon-reload",
        "mount /tmp || mount -o remount /tmp",
    ]),
    // A hardened unit (systemd.exec(5) DynamicUser=, ProtectSystem=strict, NoNewPrivileges=) running a system binary
    // listening on 127.0.0.1 (node_exporter serves read-only metrics): secure.
    nodeCase("node-exporter-lo", "node_exporter unit on 127.0.0.1:9100, DynamicUser, ProtectSystem=strict", [
        "dnf install -y golang-github-prometheus-node-exporter || true",
        ...systemdUnit("node-exporter", [
            "ExecStart=/usr/bin/node_exporter --web.listen-address=127.0.0.1:9100",
            "DynamicUser=yes",
            "ProtectSystem=strict",
            "ProtectHome=yes",
            "NoNewPrivileges=yes",
            "PrivateTmp=yes",
        ]),
    ]),
    // sysctl.d(5) network hardening (CIS 3.x): rp_filter, redirects, kptr_restrict, dmesg_restrict, ptrace_scope:
    // none names a program: secure. Twin: kernel.modprobe pointing at a /var/tmp file (the kernel runs it as root on
    // any module autoload request: Documentation/admin-guide/sysctl/kernel.rst "modprobe").
    nodeCase("sysctl-net-hardening", "sysctl.d/90-cis.conf network and kernel hardening, sysctl --system", [
        ...file("/etc/sysctl.d/90-cis.conf", [
            "net.ipv4.conf.all.rp_filter = 1",
            "net.ipv4.conf.all.accept_redirects = 0",
            "net.ipv4.conf.all.send_redirects = 0",
            "net.ipv4.conf.all.log_martians = 1",
            "kernel.kptr_restrict = 2",
            "kernel.dmesg_restrict = 1",
            "kernel.yama.ptrace_scope = 1",
            "fs.suid_dumpable = 0",
        ]),
        "sysctl --system",
    ]),
    nodeCase(
        "sysctl-modprobe-vartmp",
        "sysctl.d/90-cis.conf kernel.modprobe = /var/tmp/modprobe",
        [...file("/etc/sysctl.d/90-cis.conf", ["kernel.modprobe = /var/tmp/modprobe"]), "sysctl --system"],
        NODE,
    ),
    // nodeadm NodeConfig (AL2023 EKS AMI docs, "kubelet: config:" merged into the KubeletConfiguration): maxPods,
    // eviction thresholds and protectKernelDefaults only tighten the kubelet: secure. Twins: anonymous auth enabled
    // with AlwaysAllow (kubelet-authn-authz docs: anonymous requests to the kubelet API, /exec and /run on every pod
    // of the node, including the runtime pods' IRSA tokens) and readOnlyPort 10255 (unauthenticated pod specs).
    nodeadm("nodeadm-kubelet-tight", "NodeConfig kubelet config maxPods, evictionHard, protectKernelDefaults", [
        "  kubelet:",
        "    config:",
        "      maxPods: 58",
        "      protectKernelDefaults: true",
        "      evictionHard:",
        '        memory.available: "200Mi"',
        '        nodefs.available: "10%"',
        "    flags:",
        "      - --node-labels=workload=validators",
        "      - --register-with-taints=dedicated=validators:NoSchedule",
    ]),
    nodeadm(
        "nodeadm-kubelet-anon",
        "NodeConfig kubelet config authentication.anonymous.enabled true, authorization AlwaysAllow",
        [
            "  kubelet:",
            "    config:",
            "      authentication:",
            "        anonymous:",
            "          enabled: true",
            "      authorization:",
            "        mode: AlwaysAllow",
        ],
        NODE,
    ),
    nodeadm(
        "nodeadm-readonly-port",
        "NodeConfig kubelet flags --read-only-port=10255",
        ["  kubelet:", "    flags:", "      - --read-only-port=10255"],
        NODE,
    ),
    // Bottlerocket settings reference: settings.kernel.sysctl, settings.kubernetes.max-pods, settings.ntp.time-servers
    // are data the API server applies: secure. Twin: a superpowered host container (settings.host-containers.*:
    // "superpowered = true" gives it the host's root filesystem and capabilities) from a registry outside the account.
    rocket("rocket-settings", "Bottlerocket sysctl, max-pods, ntp", [
        "[settings.kubernetes]",
        "max-pods = 58",
        "[settings.kernel.sysctl]",
        '"kernel.kptr_restrict" = "2"',
        "[settings.ntp]",
        'time-servers = ["169.254.169.123"]',
    ]),
    rocket(
        "rocket-superpowered-foreign",
        "Bottlerocket host-containers.tools superpowered from docker.io",
        [
            "[settings.host-containers.tools]",
            "enabled = true",
            "superpowered = true",
            'source = "docker.io/someone/tools:latest"',
        ],
        NODE,
    ),
    // systemctl(1) mask/disable of unused services (CIS 2.x: rpcbind, postfix): nothing new runs: secure.
    nodeCase("mask-services", "systemctl mask --now rpcbind.service rpcbind.socket; disable --now postfix", [
        "systemctl mask --now rpcbind.service rpcbind.socket || true",
        "systemctl disable --now postfix.service || true",
    ]),
    // audit.rules(7) watches (-w PATH -p wa -k KEY) only log: secure (augenrules compiles rules.d into audit.rules).
    nodeCase("audit-kubelet-watch", "audit rules.d watch of /etc/kubernetes and /var/lib/kubelet, augenrules --load", [
        ...file("/etc/audit/rules.d/50-kube.rules", [
            "-w /etc/kubernetes/ -p wa -k kube-config",
            "-w /var/lib/kubelet/ -p wa -k kubelet",
            "-w /usr/bin/kubelet -p x -k kubelet-exec",
        ]),
        "augenrules --load",
    ]),
    // Tightening modes (chmod(1) removes bits) of the kubelet's config and key directory: secure.
    nodeCase("kubelet-perm-tighten", "chmod 0600 kubelet config, chmod 0700 /var/lib/kubelet/pki", [
        "chmod 0600 /etc/kubernetes/kubelet/config.json || true",
        "chmod 0700 /var/lib/kubelet/pki || true",
    ]),
    // limits.d(5) nofile and update-crypto-policies(8) --set FUTURE (stricter TLS defaults): data: secure.
    nodeCase("limits-crypto", "limits.d nofile, update-crypto-policies --set DEFAULT:NO-SHA1", [
        ...file("/etc/security/limits.d/90-nofile.conf", [
            "*    soft    nofile    65536",
            "*    hard    nofile    65536",
        ]),
        "update-crypto-policies --set DEFAULT:NO-SHA1",
    ]),
    // containerd hosts.toml (containerd docs "Registry Configuration - Introduction"): a mirror of an ECR pull-through
    // cache over TLS; the file names hosts, no program: secure.
    nodeCase("containerd-mirror", "containerd certs.d/docker.io/hosts.toml to an ECR pull-through cache", [
        "mkdir -p /etc/containerd/certs.d/docker.io",
        ...file("/etc/containerd/certs.d/docker.io/hosts.toml", [
            'server = "https://registry-1.docker.io"',
            '[host."https://111111111111.dkr.ecr.eu-west-1.amazonaws.com/v2/docker-hub"]',
            '  capabilities = ["pull", "resolve"]',
            "  override_path = true",
        ]),
    ]),
    // dnf.conf(5) gpgcheck ("Whether to perform GPG signature check on packages") and sslverify ("verify SSL
    // certificates"): with both off, any mirror or man-in-the-middle of the repo runs scriptlets as root: insecure.
    // Was a MISS (fixed in round 84): insecure accepted (got []): dnf(8) --nogpgcheck with --setopt=sslverify=False installs an unsigned package fetched
    // without TLS verification, its scriptlets run as root: whoever sits on the path to the mirror (or serves it) gets the
    // node role. rootReads.ts packageTrustOperands / PACKAGE_SOURCE_KEYS read only where dnf loads from (setopt of baseurl,
    // gpgkey, sslcacert, --repofrompath), never switches that turn verification off. General fix: a package manager run
    // with its signature or TLS checks off (dnf/yum --nogpgcheck, --setopt=gpgcheck=0|localpkg_gpgcheck=0|sslverify=0,
    // repo files with gpgcheck=0/sslverify=0, rpm --nosignature/--nodigest, apt --allow-unauthenticated) loads unknown code.
    nodeCase(
        "dnf-nogpgcheck",
        "dnf install -y --nogpgcheck --setopt=sslverify=False ops-agent",
        ["dnf install -y --nogpgcheck --setopt=sslverify=False ops-agent"],
        NODE,
    ),
    // Neighbours of dnf-nogpgcheck (round 84, rootReads.ts packageCheckOffSwitches): apt-get(8)
    // --allow-unauthenticated (apt-secure(8) "UNSIGNED REPOSITORIES"; the pack reads no apt sources): insecure;
    // --setopt of a setting that checks nothing (install_weak_deps=False, dnf.conf(5)) and repo_gpgcheck=0 (the
    // default): secure. Round 84 integration: a signature check off alone keeps TLS to the server the operator named
    // (sslverify defaults to on, dnf.conf(5)), as an https download user data runs is the operator's own software
    // (round 74's S15-S21, whose S20 is rpm --nosignature of an https download): secure; off together with an unverified transport (sslverify off, an http:// URL):
    // insecure.
    nodeCase("dnf-setopt-repo-gpgcheck-fix84", "dnf --setopt=amazonlinux.gpgcheck=0 upgrade (TLS kept)", [
        "dnf --setopt=amazonlinux.gpgcheck=0 -y upgrade --security",
    ]),
    nodeCase(
        "rpm-nosignature-http-fix84",
        "rpm -Uvh --nosignature of a plain-HTTP package URL",
        ["rpm -Uvh --nosignature http://artifacts.example.com/ops-agent.rpm"],
        NODE,
    ),
    nodeCase(
        "dnf-nogpgcheck-http-fix84",
        "dnf install --nogpgcheck of a plain-HTTP package URL",
        ["dnf install -y --nogpgcheck http://artifacts.example.com/ops-agent.rpm"],
        NODE,
    ),
    nodeCase(
        "apt-unauth-fix84",
        "apt-get install -y --allow-unauthenticated ops-agent",
        ["apt-get install -y --allow-unauthenticated ops-agent"],
        NODE,
    ),
    nodeCase("dnf-weak-deps-fix84", "dnf install -y --setopt=install_weak_deps=False --setopt=repo_gpgcheck=0 chrony", [
        "dnf install -y --setopt=install_weak_deps=False --setopt=repo_gpgcheck=0 chrony",
    ]),
    // A literal health-check script the user data writes under /opt (root-owned), run by a root cron line: secure.
    nodeCase("opt-healthcheck-cron", "literal /opt/ops/bin/health.sh (0755) run by cron.d every 5 minutes", [
        "install -d -m 0755 /opt/ops/bin",
        ...file("/opt/ops/bin/health.sh", [
            "#!/bin/bash",
            "systemctl is-active --quiet kubelet || logger -t health 'kubelet down'",
        ]),
        "chmod 0755 /opt/ops/bin/health.sh",
        "echo '*/5 * * * * root /opt/ops/bin/health.sh' > /etc/cron.d/health",
    ]),
    nodeadm("nodeadm-image-gc", "NodeConfig kubelet config imageGC thresholds, serializeImagePulls, tls ciphers", [
        "  kubelet:",
        "    config:",
        "      imageGCHighThresholdPercent: 80",
        "      imageGCLowThresholdPercent: 70",
        "      serializeImagePulls: false",
        "      tlsCipherSuites:",
        "        - TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
        "        - TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    ]),
    // Bottlerocket settings.kubernetes.node-taints / node-labels and the admin container disabled: secure.
    rocket("rocket-taints-noadmin", "Bottlerocket node-taints, node-labels, admin host container disabled", [
        "[settings.kubernetes.node-labels]",
        '"workload" = "validators"',
        "[settings.kubernetes.node-taints]",
        'dedicated = ["validators:NoSchedule"]',
        "[settings.host-containers.admin]",
        "enabled = false",
    ]),
    // Bottlerocket bootstrap containers (settings.bootstrap-containers.*): run before the kubelet with the host's root
    // filesystem at /.bottlerocket/rootfs (Bottlerocket docs "Bootstrap Containers"): from a foreign registry: insecure.
    rocket(
        "rocket-bootstrap-foreign",
        "Bottlerocket bootstrap-containers from docker.io",
        [
            "[settings.bootstrap-containers.setup]",
            'source = "docker.io/someone/setup:latest"',
            'mode = "always"',
            "essential = true",
        ],
        NODE,
    ),
    // systemd.unit(5) drop-in for kubelet.service of resource settings only (LimitNOFILE=, CPUAccounting=): no
    // program: secure. Twin: an ExecStartPre= of a /var/tmp script (root runs it before every kubelet start).
    // Was a MISS (fixed in round 84): secure refused (custody-effective-access: "user data writes /etc/systemd/system/kubelet.service.d/90-limits.conf
    // ..., the node's own configuration or credentials, which the pack cannot judge"). userDataReaders/rootWrites.ts
    // NODE_CONFIG_PATHS refuses any text in a kubelet unit drop-in, though a [Service] section of systemd.resource-control(5)
    // and systemd.exec(5) limit directives (LimitNOFILE=, CPUAccounting=, MemoryAccounting=, TasksMax=) runs nothing and a
    // NodeConfig cannot set them. General fix: read a written unit drop-in by directive: only resource-control/limit keys
    // (no Exec*, Environment*, *Directory=, BindPaths=, User=) leave the kubelet as it was.
    nodeCase("kubelet-dropin-limits", "kubelet.service.d/90-limits.conf LimitNOFILE, CPUAccounting", [
        "mkdir -p /etc/systemd/system/kubelet.service.d",
        ...file("/etc/systemd/system/kubelet.service.d/90-limits.conf", [
            "[Service]",
            "LimitNOFILE=1048576",
            "CPUAccounting=true",
            "MemoryAccounting=true",
        ]),
        "systemctl daemon-reload",
    ]),
    nodeCase(
        "kubelet-dropin-pre-vartmp",
        "kubelet.service.d/90-pre.conf ExecStartPre=/bin/sh /var/tmp/pre.sh",
        [
            "mkdir -p /etc/systemd/system/kubelet.service.d",
            ...file("/etc/systemd/system/kubelet.service.d/90-pre.conf", [
                "[Service]",
                "ExecStartPre=/bin/sh /var/tmp/pre.sh",
            ]),
            "systemctl daemon-reload",
        ],
        NODE,
    ),
    // Neighbours of kubelet-dropin-limits (round 84, userDataReaders/addresses.ts ordersOnly): systemd.resource-control(5)
    // MemoryMax=, CPUQuota=, TasksAccounting= only cap the unit: secure; Delegate=yes hands the unit's cgroup subtree to
    // its processes and Environment=LD_PRELOAD loads a library into the kubelet (systemd.exec(5)): refused.
    nodeCase("kubelet-dropin-memmax-fix84", "kubelet.service.d/90-mem.conf MemoryMax, CPUQuota, TasksAccounting", [
        ...file("/etc/systemd/system/kubelet.service.d/90-mem.conf", [
            "[Service]",
            "MemoryMax=4G",
            "CPUQuota=200%",
            "TasksAccounting=yes",
        ]),
        "systemctl daemon-reload",
    ]),
    nodeCase(
        "kubelet-dropin-preload-fix84",
        "kubelet.service.d/90-env.conf CPUAccounting plus Environment=LD_PRELOAD",
        [
            ...file("/etc/systemd/system/kubelet.service.d/90-env.conf", [
                "[Service]",
                "CPUAccounting=true",
                "Environment=LD_PRELOAD=/opt/lib/hook.so",
            ]),
            "systemctl daemon-reload",
        ],
        NODE,
    ),
    // sshd disabled (SSM Session Manager replaces it): secure.
    nodeCase("sshd-off", "systemctl disable --now sshd", ["systemctl disable --now sshd.service || true"]),
    // rsyslog omfwd over TLS to a central collector (rsyslog docs, omfwd with StreamDriver="gtls"): sends records,
    // runs nothing: secure.
    nodeCase("rsyslog-fwd-tls", "rsyslog.d forwards *.* to logs.internal:6514 over TLS", [
        ...file("/etc/rsyslog.d/90-forward.conf", [
            'global(DefaultNetstreamDriverCAFile="/etc/pki/tls/certs/ca-bundle.crt")',
            '*.* action(type="omfwd" target="logs.internal" port="6514" protocol="tcp" StreamDriver="gtls" StreamDriverMode="1" StreamDriverAuthMode="x509/name")',
        ]),
        "systemctl restart rsyslog",
    ]),
    // Neighbour of kubelet-dropin-limits: containerd.service.d with resource limits only (systemd.exec(5)
    // LimitNOFILE=, LimitMEMLOCK=): secure.
    nodeCase("containerd-dropin-limits", "containerd.service.d/90-limits.conf LimitNOFILE, LimitMEMLOCK", [
        "mkdir -p /etc/systemd/system/containerd.service.d",
        ...file("/etc/systemd/system/containerd.service.d/90-limits.conf", [
            "[Service]",
            "LimitNOFILE=1048576",
            "LimitMEMLOCK=infinity",
        ]),
        "systemctl daemon-reload",
    ]),
    // Neighbour of dnf-nogpgcheck: a repo file written with gpgcheck=0 and sslverify=0 for an http baseurl: insecure.
    // Was a MISS (fixed in round 84): insecure accepted (got []): same class as dnf-nogpgcheck, as a written repository file: dnf installs unsigned
    // packages fetched over plain http (anyone on the path to repo.example.com serves root's scriptlets). rootReads.ts
    // plantedPackageSources reads only local paths (packageSourcePaths) in a written .repo/dnf.conf; a remote http baseurl,
    // gpgcheck=0, repo_gpgcheck=0, sslverify=0 pass. General fix: a written repo or dnf.conf that turns a verification off
    // (gpgcheck=0 with an http/unsigned source, sslverify=0) or names an unknown remote source makes dnf's installs unknown code.
    nodeCase(
        "repo-gpgcheck0-http",
        "yum.repos.d/ops.repo baseurl http://repo.example.com gpgcheck=0 sslverify=0, dnf install ops-agent",
        [
            ...file("/etc/yum.repos.d/ops.repo", [
                "[ops]",
                "name=ops",
                "baseurl=http://repo.example.com/al2023/$basearch",
                "gpgcheck=0",
                "sslverify=0",
            ]),
            "dnf install -y ops-agent",
        ],
        NODE,
    ),
    // Neighbours of repo-gpgcheck0-http (round 84, rootReads.ts uncheckedPackageSettings): an https repository with
    // gpgcheck=1, repo_gpgcheck=0 (the default) and a packaged gpgkey: secure. Round 84 integration: either check alone
    // vouches for the packages (the vendor's signature, or TLS to the server the operator named): sslverify=False with
    // gpgcheck=1, and dnf.conf [main] gpgcheck=no over the https repositories: secure; gpgcheck=0 with sslverify=0 on
    // an https baseurl: insecure.
    nodeCase("repo-sslverify-off-fix84", "yum.repos.d/ops.repo https baseurl with sslverify=False, gpgcheck=1", [
        ...file("/etc/yum.repos.d/ops.repo", [
            "[ops]",
            "baseurl=https://repo.example.com/al2023/$basearch",
            "gpgcheck=1",
            "gpgkey=file:///etc/pki/rpm-gpg/RPM-GPG-KEY-amazon-linux-2023",
            "sslverify=False",
        ]),
    ]),
    nodeCase("dnfconf-gpgcheck-no-fix84", "/etc/dnf/dnf.conf [main] gpgcheck=no (https repositories)", [
        ...file("/etc/dnf/dnf.conf", ["[main]", "gpgcheck=no", "installonly_limit=3"]),
    ]),
    nodeCase(
        "repo-both-off-https-fix84",
        "yum.repos.d/ops.repo https baseurl with gpgcheck=0 and sslverify=0",
        [
            ...file("/etc/yum.repos.d/ops.repo", [
                "[ops]",
                "baseurl=https://repo.example.com/al2023/$basearch",
                "gpgcheck=0",
                "sslverify=0",
            ]),
            "dnf install -y ops-agent",
        ],
        NODE,
    ),
    nodeCase("repo-https-signed-fix84", "yum.repos.d/ops.repo https baseurl, gpgcheck=1, packaged gpgkey", [
        ...file("/etc/yum.repos.d/ops.repo", [
            "[ops]",
            "name=ops",
            "baseurl=https://repo.example.com/al2023/$basearch",
            "gpgcheck=1",
            "repo_gpgcheck=0",
            "sslverify=1",
            "gpgkey=file:///etc/pki/rpm-gpg/RPM-GPG-KEY-amazon-linux-2023",
        ]),
        "dnf install -y ops-agent",
    ]),
];

const AWS_CASES: StackCase[] = [
    // KMS API reference: DescribeKey, ListAliases, GetKeyRotationStatus, ListResourceTags return metadata, never key
    // material or plaintext: an audit role: secure. Twin: kms:PutKeyPolicy (replace the key policy: grant oneself
    // Decrypt/Sign).
    // DECIDED (round 86): refused by design. The pack is an allowlist (issue 9): an identity reading a custody asset's
    // metadata (key policy, grants, tags, rotation) is named in the custody model with the metadata-only set
    // operations.keyAudit (README, "Naming an operations helper"); holdsNoCustodyPower exempts only identities reaching
    // no custody asset. The model is the place to say who audits the share keys, not the reader's own policy.
    // MISS: secure refused (custody-effective-access "allows kms:DescribeKey, kms:GetKeyRotationStatus, kms:ListResourceTags
    // on ...key/*, reaching key alias/custody-infra/prod/signer-tables, ...share-1: no workload of the custody model has this
    // identity"), although share-custody's own text says other principals "may hold only Read/List, Tagging and
    // kms:CreateAlias" on a share key. judge.ts holdsNoCustodyPower: isHarmlessRead passes, then reachesModelPattern refuses
    // any action reaching a custody pattern. General fix: harmless reads (isHarmlessRead: Read/List, no secret) reaching a
    // custody asset's metadata hold no custody power; keep refusing reads that return data (GetItem, Scan, GetObject).
    ops(
        "kms-audit",
        "Allow kms:DescribeKey/GetKeyRotationStatus/ListResourceTags on prod keys",
        [allow(["kms:DescribeKey", "kms:GetKeyRotationStatus", "kms:ListResourceTags", "kms:ListAliases"], KEYS)],
        /./,
    ),
    ops("kms-putpolicy", "Allow kms:PutKeyPolicy on prod keys", [allow("kms:PutKeyPolicy", KEYS)], /./),
    // DynamoDB: DescribeTable / ListTables / DescribeContinuousBackups read metadata: secure. Twin: PartiQLUpdate
    // (dynamodb:PartiQLUpdate authorizes UPDATE statements: a custody table's write).
    // DECIDED (round 86): refused by design, as kms-audit: a custody table's metadata reader is named in the model with
    // operations.tableAudit (README, "Naming an operations helper"), and dynamodb-wildcards-exclude-stack-tables keeps
    // table/* off custody tables whatever the action.
    // MISS: secure refused, same class as kms-audit (DescribeTable/DescribeContinuousBackups/DescribeTimeToLive return the
    // table's schema and settings, no item): custody-effective-access (judge.ts holdsNoCustodyPower / reachesModelPattern),
    // and dynamodb-wildcards-exclude-stack-tables refuses the table/* wildcard for any action, metadata reads included.
    ops(
        "ddb-describe",
        "Allow dynamodb:DescribeTable/DescribeContinuousBackups on prod tables",
        [
            allow(
                ["dynamodb:DescribeTable", "dynamodb:DescribeContinuousBackups", "dynamodb:DescribeTimeToLive"],
                TABLES,
            ),
        ],
        /./,
    ),
    ops("ddb-partiql", "Allow dynamodb:PartiQLUpdate on prod tables", [allow("dynamodb:PartiQLUpdate", TABLES)], /./),
    // EKS: DescribeCluster / ListNodegroups are reads: secure. Twin: CreateAccessEntry + AssociateAccessPolicy
    // (EKS access entries: associating AmazonEKSClusterAdminPolicy makes the role cluster-admin: every runtime pod).
    ops("eks-describe", "Allow eks:DescribeCluster/ListNodegroups", [
        allow(["eks:DescribeCluster", "eks:ListNodegroups", "eks:DescribeNodegroup"], "*"),
    ]),
    ops(
        "eks-access-entry",
        "Allow eks:CreateAccessEntry + eks:AssociateAccessPolicy",
        [allow(["eks:CreateAccessEntry", "eks:AssociateAccessPolicy"], "*")],
        /./,
    ),
    // EC2 ModifyInstanceAttribute --user-data: the new user data runs as root at the next boot (cloud-init): node
    // credentials and every pod's tokens: insecure.
    ops(
        "ec2-userdata",
        "Allow ec2:ModifyInstanceAttribute, StopInstances, StartInstances",
        [allow(["ec2:ModifyInstanceAttribute", "ec2:StopInstances", "ec2:StartInstances"], "*")],
        /./,
    ),
    // SSM: SendCommand runs AWS-RunShellScript as root on managed nodes (the node role's credentials): insecure.
    // DescribeInstanceInformation / ListCommandInvocations read: secure.
    ops("ssm-send", "Allow ssm:SendCommand on every instance and document", [allow("ssm:SendCommand", "*")], /./),
    ops("ssm-read", "Allow ssm:DescribeInstanceInformation/DescribeInstancePatchStates", [
        allow(["ssm:DescribeInstanceInformation", "ssm:DescribeInstancePatchStates"], "*"),
    ]),
    // aws:SecureTransport (IAM condition keys): "whether the request was sent using TLS"; AWS KMS endpoints accept
    // HTTPS only (KMS developer guide, "Data protection": TLS 1.2 required), so `Bool aws:SecureTransport false`
    // never holds on a KMS call: the Allow grants nothing: secure. Twin: `true` (every call): insecure.
    // DECIDED (round 86): fail closed. KMS requires TLS for the calls it receives (KMS Developer Guide, "Infrastructure
    // security in AWS KMS"), but AWS does not document the aws:SecureTransport a forward access session carries when a
    // service (S3, SQS: both accept HTTP) calls KMS for the caller (IAM User Guide, "Forward access sessions" lists
    // aws:CalledVia*/aws:ViaAWSService only), so the pack cannot know that `false` never holds for a KMS Decrypt.
    // MISS: secure refused (share-custody, custody-effective-access, custody-share-rings: "allows kms:Decrypt on key/*").
    // model/conditions.ts allowNeverHoldsFor reads only request-time keys (requestConditions.ts: aws:CurrentTime,
    // aws:EpochTime, aws:PrincipalIsAWSService, aws:RequestedRegion); aws:SecureTransport stays the caller's. General fix:
    // `Bool aws:SecureTransport false` (and the StringEquals spelling) on an action of an HTTPS-only service never holds.
    ops(
        "kms-plaintext-only",
        "Allow kms:Decrypt if aws:SecureTransport false",
        decryptIf({ Bool: { "aws:SecureTransport": "false" } }),
        /./,
    ),
    ops(
        "kms-tls",
        "Allow kms:Decrypt if aws:SecureTransport true",
        decryptIf({ Bool: { "aws:SecureTransport": "true" } }),
        /./,
    ),
    // aws:PrincipalAccount is the account of the calling principal: the ops role is in prod's account; another
    // account never matches: secure. Twin: prod's own account: insecure.
    ops(
        "kms-princ-acct-other",
        "Allow kms:Decrypt if aws:PrincipalAccount 999999999999",
        decryptIf({ StringEquals: { "aws:PrincipalAccount": "999999999999" } }),
    ),
    ops(
        "kms-princ-acct-own",
        `Allow kms:Decrypt if aws:PrincipalAccount ${A}`,
        decryptIf({ StringEquals: { "aws:PrincipalAccount": A } }),
        /./,
    ),
    // An unconditional Deny of the same action on the same keys overrides the Allow (IAM policy evaluation logic:
    // "an explicit deny in any policy overrides any allows"): secure. Twin: the Deny holds only outside 10.0.0.0/8
    // (NotIpAddress aws:SourceIp): from inside, Decrypt is allowed: insecure.
    ops("kms-deny-all", "Allow kms:Decrypt + Deny kms:Decrypt on the same keys", [
        allow("kms:Decrypt", KEYS),
        { Effect: "Deny", Action: "kms:Decrypt", Resource: KEYS },
    ]),
    ops(
        "kms-deny-sourceip",
        "Allow kms:Decrypt + Deny unless aws:SourceIp 10.0.0.0/8",
        [
            allow("kms:Decrypt", KEYS),
            {
                Effect: "Deny",
                Action: "kms:Decrypt",
                Resource: KEYS,
                Condition: { NotIpAddress: { "aws:SourceIp": "10.0.0.0/8" } },
            },
        ],
        /./,
    ),
    // aws:PrincipalTag/team: the role carries no tags, and session tags need sts:TagSession in the trust policy (IAM
    // "Passing session tags in AWS STS": "the role trust policy must allow sts:TagSession"), which opsRole's trust
    // lacks: the condition never holds: secure.
    // Still open (round 86): reading an undeclared aws:PrincipalTag key as absent (a role with fixed tags whose provider
    // sets no defaultTags/ignoreTags) clears this case but makes round 84's insecure rt84a-allow-var-tag-fix84 (an
    // untagged ops role, no sts:TagSession, Decrypt key/${aws:PrincipalTag/keyid}) pass: the two expectations need a
    // decision (is an outside iam:TagRole in scope?) before the fix lands.
    // MISS: secure refused (share-custody, custody-effective-access, custody-share-rings on kms:Decrypt). model/document.ts
    // PolicyOwner: aws:PrincipalTag/* "stay the caller's" whatever the role's trust says. General fix: when every trust
    // statement of the role lacks sts:TagSession (no session or transitive tags can be set) and the role's own tags are known,
    // aws:PrincipalTag/K is the role's tag value (absent here), so an Allow needing it never holds.
    ops(
        "kms-princ-tag",
        "Allow kms:Decrypt if aws:PrincipalTag/team custody (untagged role, no TagSession)",
        decryptIf({ StringEquals: { "aws:PrincipalTag/team": "custody" } }),
    ),
    // Permission boundaries (IAM User Guide, "Permissions boundaries for IAM entities": effective permissions are
    // the intersection of identity policy and boundary). A boundary that allows nothing of KMS (NotAction kms:*)
    // leaves the inline Decrypt without effect: secure. Twin: a boundary allowing kms:* only in eu-west-1 (where the
    // keys are): the Decrypt stands: insecure.
    bounded(
        "bound-notaction-kms",
        "inline kms:Decrypt under a boundary Allow NotAction kms:*",
        [allow("kms:Decrypt", KEYS)],
        [{ Effect: "Allow", NotAction: "kms:*", Resource: "*" }],
    ),
    // Was a MISS (fixed in round 84): secure refused (share-custody, custody-effective-access, custody-share-rings: the inline Decrypt stands).
    // model/boundary.ts reads the boundary's Allows without model/conditions.ts allowNeverHoldsFor (round 82 made an identity
    // Allow pinned to another aws:RequestedRegion read... only in identity policies). General fix: apply the same
    // never-holds reading of request-time conditions to a boundary's Allows before intersecting.
    bounded(
        "bound-region-other",
        "inline kms:Decrypt under a boundary Allow * if aws:RequestedRegion us-east-1",
        [allow("kms:Decrypt", KEYS)],
        [
            {
                Effect: "Allow",
                Action: "*",
                Resource: "*",
                Condition: { StringEquals: { "aws:RequestedRegion": "us-east-1" } },
            },
        ],
    ),
    bounded(
        "bound-region-same",
        "inline kms:Decrypt under a boundary Allow kms:* if aws:RequestedRegion eu-west-1",
        [allow("kms:Decrypt", KEYS)],
        [
            {
                Effect: "Allow",
                Action: "kms:*",
                Resource: "*",
                Condition: { StringEquals: { "aws:RequestedRegion": "eu-west-1" } },
            },
        ],
        /./,
    ),
    // CloudWatch Logs writes to the ops team's own log group and PutMetricData pinned to its namespace
    // (cloudwatch:namespace condition key): no custody asset: secure.
    ops("logs-own-group", "Allow logs:CreateLogStream/PutLogEvents on /ops/app, PutMetricData namespace Ops", [
        allow(["logs:CreateLogStream", "logs:PutLogEvents"], `arn:aws:logs:eu-west-1:${A}:log-group:/ops/app:*`),
        allow("cloudwatch:PutMetricData", "*", { Condition: { StringEquals: { "cloudwatch:namespace": "Ops/App" } } }),
    ]),
    // iam:PutRolePolicy on role/* (IAM: writes an inline policy on any role, including the signer's: Decrypt/Sign
    // by proxy, or onto itself): insecure.
    ops(
        "iam-putrolepolicy",
        "Allow iam:PutRolePolicy on role/*",
        [allow("iam:PutRolePolicy", `arn:aws:iam::${A}:role/*`)],
        /./,
    ),
    // An ops key with a key policy separating administration from use (KMS developer guide "Default key policy":
    // key administrators get Create*/Describe*/Enable*/List*/Put*/Update*/Revoke*/Disable*/Get*/Delete*/
    // TagResource/ScheduleKeyDeletion/CancelKeyDeletion without use; key users Encrypt/Decrypt/GenerateDataKey*):
    // the key holds nothing of custody: secure.
    // DECIDED (round 86): refused by design. engine/judge.ts findCustodyAssets judges every key the stack creates in an
    // account and Region where the model names a key as custody: an alias re-pointed by a manual rotation leaves the
    // original key enabled and decrypting all it produced (KMS Developer Guide, "Rotate keys manually"), and the pack
    // cannot tell such a retired custody key from an ops key. The documented ways out: a key dedicated to a
    // non-custody resource of the stack (dedicatedKey), or the ops key in another account or Region.
    // MISS (design question): secure refused (custody-effective-access "platform-ops (outside this stack) → kms:CancelKeyDeletion
    // ... on key ops-app-key-rt84s ...: a principal outside this stack that the custody model does not name", and the same
    // for ops-app's Decrypt; stateful-resources-protected also demands protect). judge.ts judgeResourcePaths: every key of
    // the stack is in custodyAssets, so an ops team's own key with a textbook admin/usage split cannot be added. General fix:
    // a key no custody table, share or signer uses (no reference from a custody resource, no custody alias) is not a custody
    // asset; or document that every key of a custody stack is custody.
    edit(
        "ops-key-split",
        "an ops key: admin role administers, ops-app role uses, root delegation",
        r => {
            const key = beside(r, "prod", "aws:kms/key:Key", "ops-app-key-rt84s", {
                description: "ops app logs",
                keyId: "9d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6",
                arn: `arn:aws:kms:eu-west-1:${A}:key/9d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6`,
                customerMasterKeySpec: "SYMMETRIC_DEFAULT",
                keyUsage: "ENCRYPT_DECRYPT",
                enableKeyRotation: true,
                deletionWindowInDays: 30,
                policy: doc(
                    {
                        Sid: "Root",
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${A}:root` },
                        Action: "kms:*",
                        Resource: "*",
                    },
                    {
                        Sid: "Admins",
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${A}:role/platform-ops` },
                        Action: [
                            "kms:Create*",
                            "kms:Describe*",
                            "kms:Enable*",
                            "kms:List*",
                            "kms:Put*",
                            "kms:Update*",
                            "kms:Revoke*",
                            "kms:Disable*",
                            "kms:Get*",
                            "kms:Delete*",
                            "kms:TagResource",
                            "kms:UntagResource",
                            "kms:ScheduleKeyDeletion",
                            "kms:CancelKeyDeletion",
                        ],
                        Resource: "*",
                    },
                    {
                        Sid: "Users",
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${A}:role/ops-app` },
                        Action: ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*", "kms:DescribeKey"],
                        Resource: "*",
                    },
                ),
            });
            key.options = { protect: true, retainOnDelete: true };
        },
        /./,
    ),
    // Other stacks. pod-identity: eks:CreatePodIdentityAssociation binds any role the caller may pass to any
    // ServiceAccount (EKS Pod Identity docs; it needs iam:PassRole on the role): with PassRole on role/* the caller
    // hands the runtime role to its own pod: insecure.
    {
        stack: "pod-identity",
        name: "AI: podid-assoc-rt84s: Allow eks:CreatePodIdentityAssociation + iam:PassRole role/*",
        edit: (r: Resources) =>
            opsRole(r, "pod-identity", ACCOUNT["pod-identity"], "podid-assoc-rt84s", [
                allow(["eks:CreatePodIdentityAssociation", "iam:PassRole"], "*"),
            ]),
        refused: /./,
    },
    // curity: a read of the ops team's own S3 prefix (no custody bucket): secure.
    {
        stack: "curity",
        name: "A: curity-s3-own-rt84s: Allow s3:GetObject on ops-artifacts-555555555555/releases/*",
        edit: (r: Resources) =>
            opsRole(r, "curity", ACCOUNT.curity, "curity-s3-own-rt84s", [
                allow("s3:GetObject", "arn:aws:s3:::ops-artifacts-555555555555/releases/*"),
            ]),
    },
    // trust-domain: sts:AssumeRole on every role (reaches whatever runtime role trusts the account root): insecure.
    {
        stack: "trust-domain",
        name: "AI: td-assume-any-rt84s: Allow sts:AssumeRole on *",
        edit: (r: Resources) =>
            opsRole(r, "trust-domain", ACCOUNT["trust-domain"], "td-assume-any-rt84s", [allow("sts:AssumeRole", "*")]),
        refused: /./,
    },
    // kms:ViaService dynamodb + kms:EncryptionContext:aws:dynamodb:tableName of the ops team's own table (DynamoDB
    // developer guide "Encryption at rest: how it works", the encryption context DynamoDB sends): the key serves only
    // that table's items: secure. Twin: the context names the custody keystore table: insecure.
    // DECIDED (round 86): refused by design: seed 000 lets only the ring role Decrypt a share key whatever the pins
    // (round 78's rt78a-share-via-dynamodb-fix78 expects share-custody to refuse a share-1 Decrypt confined to DynamoDB
    // for another table); reading keyUseConfinedToOtherTables in share-custody broke that case, so it was not done.
    // MISS: secure refused by share-custody only ("allowed kms:Decrypt on signer-shares-share-1 ... through the key's root
    // delegation it can unwrap the share"); custody-effective-access clears it (judge.ts reachesModelPattern reads
    // model/conditions.ts keyUseConfinedToOtherTables), rules/share-custody.ts does not. A Decrypt that needs kms:ViaService
    // dynamodb and the encryption context of another table decrypts only that table's items (KMS "Encryption context":
    // decryption needs the exact context), never a share's ciphertext. General fix: share-custody and custody-share-rings use
    // the same keyUseConfinedToOtherTables (and every never-holds condition reading) that custody-effective-access uses.
    ops(
        "kms-ddb-own-table",
        "Allow kms:Decrypt via dynamodb for table ops-inventory",
        decryptIf({
            StringEquals: {
                "kms:ViaService": "dynamodb.eu-west-1.amazonaws.com",
                "kms:EncryptionContext:aws:dynamodb:tableName": "ops-inventory",
            },
        }),
    ),
    // Round 86 neighbours of kms-ddb-own-table (share-custody reads model/conditions.ts keyUseConfinedToOtherTables as
    // the engine does; not done, see above): the context alone without kms:ViaService (the caller calls Decrypt
    // itself with a context it writes: KMS Developer Guide, "Encryption context"): insecure; another custody table's
    // context: insecure.
    ops(
        "kms-ddb-context-only-fix86",
        "Allow kms:Decrypt with encryption context tableName ops-inventory, any caller path",
        decryptIf({ StringEquals: { "kms:EncryptionContext:aws:dynamodb:tableName": "ops-inventory" } }),
        /./,
    ),
    ops(
        "kms-ddb-signer-state-fix86",
        "Allow kms:Decrypt via dynamodb for table custody-prod-signer-state",
        decryptIf({
            StringEquals: {
                "kms:ViaService": "dynamodb.eu-west-1.amazonaws.com",
                "kms:EncryptionContext:aws:dynamodb:tableName": "custody-prod-signer-state",
            },
        }),
        /./,
    ),
    ops(
        "kms-ddb-keystore",
        "Allow kms:Decrypt via dynamodb for table custody-prod-keystore",
        decryptIf({
            StringEquals: {
                "kms:ViaService": "dynamodb.eu-west-1.amazonaws.com",
                "kms:EncryptionContext:aws:dynamodb:tableName": "custody-prod-keystore",
            },
        }),
        /./,
    ),
    // Neighbour of bound-region-other: a boundary Allow that expired (aws:CurrentTime before 2020): secure.
    // Was a MISS (fixed in round 84): secure refused (share-custody, custody-effective-access, custody-share-rings on the inline Decrypt): same class as
    // bound-region-other (model/boundary.ts allowedResources: a conditioned boundary Allow admits everything), here a past
    // aws:CurrentTime bound that allowNeverHoldsFor reads as never holding in an identity Allow.
    bounded(
        "bound-expired",
        "inline kms:Decrypt under a boundary Allow * if aws:CurrentTime < 2020-01-01",
        [allow("kms:Decrypt", KEYS)],
        [
            {
                Effect: "Allow",
                Action: "*",
                Resource: "*",
                Condition: { DateLessThan: { "aws:CurrentTime": "2020-01-01T00:00:00Z" } },
            },
        ],
    ),
    // Neighbours of bound-expired (round 84, model/boundary.ts reads its Allows through model/conditions.ts asHeldBy):
    // a boundary Allow valid until 2999 (aws:CurrentTime DateLessThan, IAM User Guide "Condition operators": it holds
    // now): insecure; a boundary Allow of kms:* pinned to us-east-1 beside one of s3:* pinned to eu-west-1 (KMS keys
    // are used in their own Region, KMS Developer Guide "Multi-Region keys"): secure; a boundary Allow kms:* under
    // aws:SourceIp (a condition the pack cannot decide for the request): still admits every key, insecure.
    bounded(
        "bound-future-fix84",
        "inline kms:Decrypt under a boundary Allow * if aws:CurrentTime < 2999-01-01",
        [allow("kms:Decrypt", KEYS)],
        [
            {
                Effect: "Allow",
                Action: "*",
                Resource: "*",
                Condition: { DateLessThan: { "aws:CurrentTime": "2999-01-01T00:00:00Z" } },
            },
        ],
        /./,
    ),
    bounded(
        "bound-kms-other-region-fix84",
        "inline kms:Decrypt under a boundary Allow kms:* in us-east-1 and s3:* in eu-west-1",
        [allow("kms:Decrypt", KEYS)],
        [
            {
                Effect: "Allow",
                Action: "kms:*",
                Resource: "*",
                Condition: { StringEquals: { "aws:RequestedRegion": ["us-east-1", "us-west-2"] } },
            },
            {
                Effect: "Allow",
                Action: "s3:*",
                Resource: "*",
                Condition: { StringEquals: { "aws:RequestedRegion": "eu-west-1" } },
            },
        ],
    ),
    bounded(
        "bound-sourceip-fix84",
        "inline kms:Decrypt under a boundary Allow kms:* if aws:SourceIp 10.0.0.0/8",
        [allow("kms:Decrypt", KEYS)],
        [
            {
                Effect: "Allow",
                Action: "kms:*",
                Resource: "*",
                Condition: { IpAddress: { "aws:SourceIp": "10.0.0.0/8" } },
            },
        ],
        /./,
    ),
    // Twin of kms-princ-tag: the trust policy also allows sts:TagSession, so platform-ops passes team=custody as a
    // session tag (IAM "Passing session tags using AssumeRole"): the Allow holds: insecure.
    edit(
        "kms-princ-tag-tagsession",
        "Allow kms:Decrypt if aws:PrincipalTag/team custody, trust allows sts:TagSession",
        r => {
            opsRole(
                r,
                "prod",
                A,
                "kms-princ-tag-tagsession-rt84s",
                decryptIf({ StringEquals: { "aws:PrincipalTag/team": "custody" } }),
            );
            setProp(
                find(r, "aws:iam/role:Role", "kms-princ-tag-tagsession-rt84s"),
                "assumeRolePolicy",
                doc({
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${A}:role/platform-ops` },
                    Action: ["sts:AssumeRole", "sts:TagSession"],
                }),
            );
        },
        /./,
    ),
    // Round 86 neighbours of kms-princ-tag (insecure whatever its fix: a provider's defaultTags, a negated operator on
    // a missing tag).
    // The provider's defaultTags add team=custody to every resource it creates (Pulumi AWS provider, defaultTags): the
    // Allow may hold: insecure.
    edit(
        "kms-princ-tag-default-tags-fix86",
        "Allow kms:Decrypt if aws:PrincipalTag/team custody, the provider's defaultTags set team",
        r => {
            const name = "kms-princ-tag-default-tags-fix86-rt84s";
            opsRole(r, "prod", A, name, decryptIf({ StringEquals: { "aws:PrincipalTag/team": "custody" } }));
            const role = find(r, "aws:iam/role:Role", name);
            role.provider = {
                ...role.provider!,
                inputs: { ...role.provider!.inputs, defaultTags: { tags: { team: "custody" } } },
            };
        },
        /./,
    ),
    // A negated operator is true on a missing key ("Condition operators"): on the untagged role the Allow unless
    // team=ops holds: insecure.
    ops(
        "kms-princ-tag-not-ops-fix86",
        "Allow kms:Decrypt unless aws:PrincipalTag/team ops (untagged role)",
        decryptIf({ StringNotEquals: { "aws:PrincipalTag/team": "ops" } }),
        /./,
    ),
];

const K8S_CASES: StackCase[] = [
    // Scale subresource (Kubernetes API: deployments/scale changes replicas only, never the pod template): secure.
    k8sCase("scale-only", "Role validators: deployments/scale update, patch", [
        {
            apiGroups: ["apps"],
            resources: ["deployments/scale", "statefulsets/scale"],
            verbs: ["get", "update", "patch"],
        },
    ]),
    // Eviction API (pods/eviction create) deletes a pod honouring PDBs; it runs nothing in it: secure.
    k8sCase("evict", "Role validators: pods/eviction create", [
        { apiGroups: [""], resources: ["pods/eviction"], verbs: ["create"] },
    ]),
    // PDBs, leases, HPAs: objects that schedule or elect, no pod spec: secure.
    k8sCase("pdb-lease-hpa", "Role validators: PDB, Lease, HPA writes", [
        { apiGroups: ["policy"], resources: ["poddisruptionbudgets"], verbs: ["create", "update", "patch", "delete"] },
        { apiGroups: ["coordination.k8s.io"], resources: ["leases"], verbs: ["create", "update", "get"] },
        { apiGroups: ["autoscaling"], resources: ["horizontalpodautoscalers"], verbs: ["create", "update", "patch"] },
    ]),
    // pods/attach create (kubectl attach): the runtime container's stdin/stdout: insecure.
    k8sCase(
        "attach",
        "Role validators: pods/attach create",
        [{ apiGroups: [""], resources: ["pods/attach"], verbs: ["create", "get"] }],
        /./,
    ),
    // CSR approval for kube-apiserver-client (Kubernetes "Certificate Signing Requests": approve on the signer lets
    // one mint a client certificate for any user, e.g. system:masters): insecure.
    k8sCase(
        "csr-approve",
        "ClusterRole: CSR create + approval update + signers approve kube-apiserver-client",
        [
            { apiGroups: ["certificates.k8s.io"], resources: ["certificatesigningrequests"], verbs: ["create", "get"] },
            {
                apiGroups: ["certificates.k8s.io"],
                resources: ["certificatesigningrequests/approval"],
                verbs: ["update"],
            },
            {
                apiGroups: ["certificates.k8s.io"],
                resources: ["signers"],
                verbs: ["approve"],
                resourceNames: ["kubernetes.io/kube-apiserver-client"],
            },
        ],
        /./,
        undefined,
        "",
    ),
    // MutatingWebhookConfiguration create: a webhook rewrites every new runtime pod (image, command, env): insecure.
    k8sCase(
        "mutating-webhook",
        "ClusterRole: mutatingwebhookconfigurations create",
        [
            {
                apiGroups: ["admissionregistration.k8s.io"],
                resources: ["mutatingwebhookconfigurations"],
                verbs: ["create"],
            },
        ],
        /./,
        undefined,
        "",
    ),
    // PriorityClass create (scheduling.k8s.io): a scheduling priority only: secure.
    k8sCase(
        "priorityclass",
        "ClusterRole: priorityclasses create",
        [{ apiGroups: ["scheduling.k8s.io"], resources: ["priorityclasses"], verbs: ["create", "get", "list"] }],
        undefined,
        undefined,
        "",
    ),
    // NetworkPolicy (Kubernetes "Network Policies": default deny of ingress/egress, then DNS): objects of the
    // network plugin that only drop traffic: secure.
    {
        stack: "prod",
        name: "K: netpol-default-deny-rt84s: NetworkPolicies default-deny + DNS egress in validators",
        edit: (r: Resources) => {
            k8s(r, "kubernetes:networking.k8s.io/v1:NetworkPolicy", "validators-default-deny-rt84s", {
                metadata: { name: "default-deny-rt84s", namespace: "validators" },
                spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] },
            });
            k8s(r, "kubernetes:networking.k8s.io/v1:NetworkPolicy", "validators-dns-rt84s", {
                metadata: { name: "dns-rt84s", namespace: "validators" },
                spec: {
                    podSelector: {},
                    policyTypes: ["Egress"],
                    egress: [
                        {
                            to: [
                                {
                                    namespaceSelector: {
                                        matchLabels: { "kubernetes.io/metadata.name": "kube-system" },
                                    },
                                },
                            ],
                            ports: [
                                { protocol: "UDP", port: 53 },
                                { protocol: "TCP", port: 53 },
                            ],
                        },
                    ],
                },
            });
            k8s(r, "kubernetes:policy/v1:PodDisruptionBudget", "validators-pdb-rt84s", {
                metadata: { name: "pdb-rt84s", namespace: "validators" },
                spec: { maxUnavailable: 1, selector: { matchLabels: { app: "containment-chamber" } } },
            });
        },
    },
    // A restricted ops Deployment in its own namespace (Pod Security Standards "restricted" enforced): non-root,
    // read-only root, no capabilities, RuntimeDefault seccomp, automountServiceAccountToken false with a projected
    // token of audience "ops-collector" and 600 s expiry (Kubernetes "Service account token volume projection"),
    // topology spread, toleration for a dedicated node group: no node path, no host namespace: secure. Twin: the
    // same pod with hostNetwork: true (the node's network namespace: IMDS at 169.254.169.254 with a hop limit of 1
    // answers it: the node role's credentials; EKS best practices "Restrict access to the instance profile").
    opsDeployment(
        "ops-collector",
        "restricted Deployment, projected token audience ops-collector, topology spread",
        {},
    ),
    opsDeployment("ops-collector-hostnet", "same Deployment with hostNetwork: true", { hostNetwork: true }, /./),
    // ValidatingAdmissionPolicy (Kubernetes "Validating Admission Policy"): CEL rules that can only deny a request:
    // writing them adds no power over a runtime pod: secure.
    k8sCase(
        "vap-write",
        "ClusterRole: validatingadmissionpolicies + bindings create/update",
        [
            {
                apiGroups: ["admissionregistration.k8s.io"],
                resources: ["validatingadmissionpolicies", "validatingadmissionpolicybindings"],
                verbs: ["create", "update", "get", "list"],
            },
        ],
        undefined,
        undefined,
        "",
    ),
    // networkpolicies delete in validators: lets the runtime pod's ingress open, but gives the caller no exec, no
    // token, no secret: read as secure by the custody model (no runtime role). Kept as a probe of the pack's reading.
    k8sCase("netpol-read", "Role validators: networkpolicies get/list/watch", [
        { apiGroups: ["networking.k8s.io"], resources: ["networkpolicies"], verbs: ["get", "list", "watch"] },
    ]),
    // pods/ephemeralcontainers patch (kubectl debug): adds a container sharing the runtime pod's namespaces and its
    // ServiceAccount token: insecure.
    k8sCase(
        "ephemeral",
        "Role validators: pods/ephemeralcontainers patch",
        [{ apiGroups: [""], resources: ["pods/ephemeralcontainers"], verbs: ["patch", "update"] }],
        /./,
    ),
    // ResourceQuota / LimitRange writes bound what a namespace may use: secure.
    k8sCase("quota", "Role validators: resourcequotas, limitranges create/update", [
        { apiGroups: [""], resources: ["resourcequotas", "limitranges"], verbs: ["create", "update", "patch"] },
    ]),
    // impersonate the runtime ServiceAccount (Kubernetes "User impersonation": acting as it): insecure.
    k8sCase(
        "impersonate-runtime-sa",
        "ClusterRole: impersonate serviceaccounts [containment-chamber]",
        [
            {
                apiGroups: [""],
                resources: ["serviceaccounts"],
                verbs: ["impersonate"],
                resourceNames: ["containment-chamber"],
            },
        ],
        /./,
        undefined,
        "",
    ),
];

/** The cases whose MISS comment says why they are skipped. */
const MISSES = new Set<string>(["kms-princ-tag", "kms-ddb-own-table"]);
const missed = (c: StackCase) => [...MISSES].some(m => c.name.includes(`${m}-rt84s`));
const ALL = [...NODE_CASES, ...AWS_CASES, ...K8S_CASES].map(c => (missed(c) ? { ...c, skip: true } : c));
describeVariants(
    "red team 84: secure variants of the committed stacks and their insecure twins",
    ALL.filter(c => c.refused),
    ALL.filter(c => !c.refused),
);
