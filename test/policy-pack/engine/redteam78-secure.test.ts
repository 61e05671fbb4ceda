// Red-team round 78 on over-refusals (area secure, fresh eyes): SECURE variants a platform team writes on the committed
// stacks (dev, prod, curity, cross-account, pod-identity), each with an insecure twin (one change), probing the
// neighbours of the round-78 fixes.
// Probed: (shell functions, round 78 carryShellState) a sysctl writer function with literal arguments, a function with
// locals cd-ing into /opt/ops; twins the writer aimed at profile.d, a function cd-ing the caller into profile.d;
// (unknown parts in target paths, round 78 unknownTarget) $(date +%F), $(hostname), $(hostname -s), $(uname -r), $$,
// $RANDOM, systemd-escape mount-unit names, loops over literal lists; twins $(cat /srv/...), an escaped name of a
// /srv service, LD_PRELOAD in a loop, cp /srv into profile.d/ops.$$.sh; (find -exec, round 78 findExecRuns) cron /tmp
// cleaners (-delete, -exec rm {} +), gzip/truncate/sh -c gzip/xargs rm over /var/log/ops, tmpfiles q /tmp; twins
// find /srv -exec bash/sh -c '. $1'/cp into profile.d, xargs bash, find /tmp -exec sh, cron sh /tmp/job.sh;
// (& subshells, usermod -d) a delayed restart in the background, a system user's home moved; twins a background
// server of /etc/kubernetes, usermod -d /srv/ops root; (log/metric agents, round 78 logAgents.ts) Vector file+remap ->
// CloudWatch, Fluentd tail -> CloudWatch and monitor_agent on loopback, collectd cpu/memory/csv, Telegraf
// prometheus_client on 127.0.0.1 and nvidia_smi, Fluent Bit Parsers_File, grep/modify filters and @INCLUDE of its own
// tail input; twins Fluentd out_exec, collectd exec and python from /srv, Telegraf outputs.exec and nvidia_smi
// bin_path from /srv as root, @INCLUDE of an exec input; (auditd, round 78 plugin_dir) watch rules, auditd.conf
// rotation by sed; twin plugin_dir = /srv; (AWS) Deny NotAction leaving only ListAliases/ListKeys, aws:ResourceAccount
// and aws:RequestedRegion pins, a named audit helper (keyAudit + tableAudit by exact ARNs), curity/cross-account read
// roles, the Pod Identity trust narrowed by aws:SourceAccount/SourceArn, the IRSA :sub as a one-element list and again
// under StringLike, a KMS key-deletion alarm pipeline (SNS topic, log group, EventBridge rule, events role), its on-call
// role's PassRole; twins a region-conditioned Deny, ResourceAccount of the custody account, Query for the helper,
// namespace tag StringLike *, :sub validators:*, Decrypt for a key-auditor, a passable Decrypt-holding Lambda role;
// (Kubernetes) default-deny NetworkPolicy + metrics ingress, a PodDisruptionBudget, a flat read-only monitoring
// ClusterRole (nodes/metrics, nodes/stats), an on-call Role reading configmaps/events; twins nodes/proxy get, an
// aggregated role adding pods/exec, serviceaccounts/token create.
// Misses (3 insecure accepted, 6 secure refused):
//   - INSECURE, root runs files of a world-writable directory (/tmp): cron-tmp-exec-sh, tmp-exec-sh, cron-tmp-direct
//     (got []; the /srv twins are refused).
//   - secure, one-word outputs in target paths taken as text that may hold a slash: date-stamp ($(date +%F)),
//     hostname-s ($(hostname -s)), pid-tmp ($$), random-log ($RANDOM) (rootReads.ts oneWordOutput/UNKNOWN_PART).
//   - secure, an identity Allow pinned by aws:ResourceAccount to another account still reaches the custody keys:
//     resacct-other-rt78c (conditions not read on identity statements).
//   - secure, a non-custody on-call role passing an events role that may only publish to SNS, with events:PutRule/
//     PutTargets: alarm-ops-rt78c (events not reviewed as harmless; PassRole judged without the passed role's grants).
// Refused by design (pinned as refused, not misses): aws:RequestedRegion credited nowhere (region-us-rt78c, DECIDED
// in an earlier round), a key-auditor statement in a same-account share key policy (share-custody, seed 000), a stack
// aggregationRule (outside ClusterRoles may join its label, rounds 54/55).
// Held: 32 of 35 insecure refused; 39 of 45 secure clean.
// Fixed in round 78 (fix78-secure): the world-writable class (rootReads.ts RootReads.planted) and the one-word class
// (oneWordOutput, numericDateFormat), with neighbours (-fix78); still open: bash's digit parameters (pid-tmp,
// random-log, id-seconds-fix78: see pid-tmp).
import { describeVariants, Resources, StackCase } from "./support";
import { ACCOUNT, allow, opsRole } from "./awsCaseBuilders";
import { heredocFile } from "./nodeBuilders";
import { secureCaseBuilders } from "./secureCaseBuilders";
import { aws, bind, k8s, namespace, roleFor, serviceAccount } from "./variantBuilders";
import { find, prop, setProp } from "./support";

const { node } = secureCaseBuilders("rt78c");
const file = heredocFile;
/** What a refusal of a node's user data names. */
const NODE =
    /serv|process|unread|kubernetes|listen|writes|cron|program|environment|LD_|loader|preload|PATH|exec|kernel|setenv|boot|console|core|ssh|modprobe|unknown|librar|udev|logrotate|hosts|resolv|mount|fstab|pip|index|packag|home|audit|root/;
const SERVE_KUBE = "cd /etc/kubernetes && nohup python3 -m http.server 8001 >/dev/null 2>&1 &";

const ops = (
    stack: string,
    id: string,
    what: string,
    statements: object[],
    refused?: RegExp,
    skip?: string,
): StackCase => ({
    stack,
    name: `${refused ? "AI" : "A"}: ${id}-rt78c: ${what}`,
    edit: (r: Resources) => opsRole(r, stack, ACCOUNT[stack], `${id}-rt78c`, statements),
    ...(refused ? { refused } : {}),
    ...(skip ? { skip } : {}),
});
const nodeCase = (tag: string, what: string, lines: string[], refused?: RegExp, skip?: string) =>
    node(tag, `${what} (rt78c)`, lines, refused, skip);
/** A neighbour case of a round-78 fix (fix78-secure). */
const fixCase = (tag: string, what: string, lines: string[], refused?: RegExp, skip?: string) =>
    node(`${tag}-fix78`, `${what} (${tag}-fix78)`, lines, refused, skip);

const MONITORING_RULES = [
    {
        apiGroups: [""],
        resources: ["pods", "services", "endpoints", "nodes", "namespaces"],
        verbs: ["get", "list", "watch"],
    },
    { apiGroups: [""], resources: ["nodes/metrics", "nodes/stats"], verbs: ["get"] },
    { nonResourceURLs: ["/metrics", "/metrics/cadvisor"], verbs: ["get"] },
];
/** A ClusterRole aggregating component roles labelled for monitoring, bound to monitoring/prometheus. */
function aggregated(r: Resources, rules: object[]) {
    namespace(r, "monitoring");
    serviceAccount(r, "monitoring", "prometheus");
    const label = { "rbac.example.com/aggregate-to-monitoring": "true" };
    k8s(r, "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole", "rt78c-monitoring-agg", {
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "ClusterRole",
        metadata: { name: "rt78c-monitoring" },
        aggregationRule: { clusterRoleSelectors: [{ matchLabels: label }] },
        rules: [],
    });
    k8s(r, "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole", "rt78c-monitoring-core", {
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "ClusterRole",
        metadata: { name: "rt78c-monitoring-core", labels: label },
        rules,
    });
    bind(r, "rt78c-monitoring", { kind: "ClusterRole", name: "rt78c-monitoring" }, [
        { kind: "ServiceAccount", name: "prometheus", namespace: "monitoring" },
    ]);
}
const TOPIC = `arn:aws:sns:eu-west-1:${ACCOUNT.prod}:custody-key-alarms`;
/** The EventBridge target role of prod: trusted by events.amazonaws.com, sns:Publish on the alarm topic only. */
function eventsRole(r: Resources) {
    aws(r, "aws:iam/role:Role", "rt78c-events", {
        name: "rt78c-events",
        arn: `arn:aws:iam::${ACCOUNT.prod}:role/rt78c-events`,
        assumeRolePolicy: JSON.stringify({
            Version: "2012-10-17",
            Statement: [{ Effect: "Allow", Principal: { Service: "events.amazonaws.com" }, Action: "sts:AssumeRole" }],
        }),
        inlinePolicies: [
            {
                name: "publish",
                policy: JSON.stringify({ Version: "2012-10-17", Statement: [allow("sns:Publish", TOPIC)] }),
            },
        ],
    });
}
/**
 * An ops role of `stack` named in custody:operations (keyAudit on signer.shares, tableAudit on signer.tables),
 * granted those sets' reads on the share keys' and tables' exact ARNs, ListAliases on *, and `more` on the tables.
 */
const auditHelper = (stack: string, id: string, what: string, more: string[], refused?: RegExp): StackCase => ({
    ...ops(stack, id, what, [], refused),
    operations: [
        {
            name: "custody-audit",
            subject: { principal: `arn:aws:iam::${ACCOUNT[stack]}:role/platform-ops` },
            allow: [
                { accessSet: "operations.keyAudit", on: ["signer.shares"] },
                { accessSet: "operations.tableAudit", on: ["signer.tables"] },
            ],
        },
    ],
    edit: (r: Resources) => {
        const arns = (type: string) =>
            r
                .filter(x => x.type === type && /signer-shares-share-|signer-tables-(anti|signer|key)/.test(x.name))
                .map(x => prop(x, "arn") as string);
        opsRole(r, stack, ACCOUNT[stack], `${id}-rt78c`, [
            allow(["kms:DescribeKey", "kms:GetKeyPolicy", "kms:GetKeyRotationStatus"], arns("aws:kms/key:Key")),
            allow("kms:ListAliases", "*"),
            allow(
                [
                    "dynamodb:DescribeTable",
                    "dynamodb:DescribeContinuousBackups",
                    "dynamodb:ListTagsOfResource",
                    ...more,
                ],
                arns("aws:dynamodb/table:Table"),
            ),
        ]);
    },
});
const keyArn = (stack: string) => `arn:aws:kms:eu-west-1:${ACCOUNT[stack]}:key/*`;
const tableArn = (stack: string, t = "*") => `arn:aws:dynamodb:eu-west-1:${ACCOUNT[stack]}:table/${t}`;

const CASES: StackCase[] = [
    // ================= shell functions with literal arguments (round 78: function state reaches the caller) =========
    nodeCase(
        "fn-sysctl",
        "write_sysctl() { echo \"$2\" > /etc/sysctl.d/$1.conf; }; write_sysctl 90-net 'net.core.somaxconn = 1024'",
        [
            "write_sysctl() {",
            '    printf \'%s\\n\' "$2" > "/etc/sysctl.d/$1.conf"',
            "}",
            "write_sysctl 90-net 'net.core.somaxconn = 1024'",
            "write_sysctl 91-vm 'vm.max_map_count = 262144'",
            "sysctl --system",
        ],
    ),
    nodeCase(
        "fn-profile",
        "write_conf() { echo \"$2\" > /etc/profile.d/$1.sh; }; write_conf ops 'export LD_PRELOAD=/srv/ops/hook.so'",
        [
            "write_conf() {",
            '    printf \'%s\\n\' "$2" > "/etc/profile.d/$1.sh"',
            "}",
            "write_conf ops 'export LD_PRELOAD=/srv/ops/hook.so'",
        ],
        NODE,
    ),
    nodeCase("fn-local-cd", "a function with local variables cd-ing into /opt/ops to unpack tools", [
        "unpack() {",
        "    local dest=/opt/ops/tools",
        '    mkdir -p "$dest" && cd "$dest" || return 1',
        "    curl -fsSL https://ops.example.com/tools.tgz -o tools.tgz && tar xzf tools.tgz",
        "}",
        "unpack",
        "echo ok > status",
    ]),
    nodeCase(
        "fn-local-cd-profile",
        "a function cd-ing into /etc/profile.d, the caller then writes a relative ops.sh",
        [
            "goto_profile() {",
            "    cd /etc/profile.d || return 1",
            "}",
            "goto_profile",
            "curl -fsSL https://ops.example.com/env.sh -o ops.sh",
        ],
        NODE,
    ),

    // ================= command outputs in target paths (round 78: unknownTarget, hostname filters, basename) =======
    // Was a MISS (fixed in round 78): secure refused, class "one-word outputs in target paths" (also hostname-s,
    // pid-tmp, random-log below). GNU date(1) "+FORMAT": %F is "full date; same as %Y-%m-%d" (digits and '-'), so
    // `$(date +%F)` is one word of digits and dashes, never a slash, never `.`/`..`: /var/log/ops/sysctl-2026-12-06.txt
    // is the only kind of path written, below /var/log/ops, which no judged reader reads. Refused: "writes
    // /var/log/ops/sysctl-<unknown>.txt as root ... a path with a part the pack cannot know ... it may be any file
    // root's programs read, /root/.bashrc.d/x.txt, /etc/cron.d/x.txt" (rootReads.ts RootReads.unknownTarget: the
    // substitution is SUBSTITUTED, not ONE_WORD, because oneWordOutput knows only
    // uname/arch/nproc/hostname-without-arguments/dpkg). Fix: extend oneWordOutput to the class of printers whose
    // output alphabet is fixed and slash-free: date(1) with a `+FORMAT` made only of numeric conversions (%Y %m %d %H
    // %M %S %s %F %T %j %u %V %G %y %e with no padding flag giving a blank... and literal [A-Za-z0-9_.:-]; never %D,
    // %x, %c, %r, %b/%a (locale text, blanks, %D has slashes)), hostname -s/--short (hostname(1): "cut at the first
    // dot"), id -u/-g, and bash's digit-only parameters $$ $! $# $? $PPID $BASHPID $UID $EUID $SECONDS $EPOCHSECONDS
    // and $RANDOM when the script never assigns them (bash(1) "Special Parameters" and "Shell Variables"); keep `.`
    // checks (dotComponent) as for ONE_WORD.
    nodeCase(
        "date-stamp",
        "sysctl -a > /var/log/ops/sysctl-$(date +%F).txt (a date-stamped snapshot)",
        ["mkdir -p /var/log/ops", "sysctl -a > /var/log/ops/sysctl-$(date +%F).txt 2>/dev/null"],
        undefined,
    ),
    nodeCase(
        "cat-stamp",
        "curl ... > /var/log/ops/$(cat /srv/ops/name) (a name a pod writes)",
        ["mkdir -p /var/log/ops", "curl -fsSL https://ops.example.com/env.sh > /var/log/ops/$(cat /srv/ops/name)"],
        NODE,
    ),
    nodeCase("hostname-log", "echo booted >> /var/log/ops/$(hostname).log", [
        "mkdir -p /var/log/ops",
        'echo "node booted at $(date -u)" >> "/var/log/ops/$(hostname).log"',
    ]),
    nodeCase("escape-mount", "unit=$(systemd-escape -p --suffix=mount /mnt/k8s-disks/0); a mount unit at that name", [
        "unit=$(systemd-escape -p --suffix=mount /mnt/k8s-disks/0)",
        'cat > "/etc/systemd/system/$unit" <<EOF',
        "[Unit]",
        "Description=Instance store for kubelet",
        "[Mount]",
        "What=/dev/md0",
        "Where=/mnt/k8s-disks/0",
        "Type=xfs",
        "Options=defaults,noatime",
        "[Install]",
        "WantedBy=local-fs.target",
        "EOF",
        'systemctl daemon-reload && systemctl enable --now "$unit"',
    ]),
    nodeCase(
        "escape-service-srv",
        "unit=$(systemd-escape --suffix=service ops-sync); a service at that name running /srv/ops/sync",
        [
            "unit=$(systemd-escape --suffix=service ops-sync)",
            'cat > "/etc/systemd/system/$unit" <<EOF',
            "[Service]",
            "ExecStart=/srv/ops/sync",
            "[Install]",
            "WantedBy=multi-user.target",
            "EOF",
            'systemctl daemon-reload && systemctl enable --now "$unit"',
        ],
        NODE,
    ),
    nodeCase("loop-sysctl", "for kv in list; do echo $kv >> /etc/sysctl.d/90-ops.conf; done", [
        "for kv in 'net.core.somaxconn = 1024' 'vm.swappiness = 10' 'fs.inotify.max_user_watches = 524288'; do",
        '    echo "$kv" >> /etc/sysctl.d/90-ops.conf',
        "done",
        "sysctl --system",
    ]),
    nodeCase(
        "loop-preload",
        "for kv in list; do echo $kv >> /etc/environment; done (LD_PRELOAD among them)",
        ["for kv in 'TZ=UTC' 'LD_PRELOAD=/srv/ops/hook.so'; do", '    echo "$kv" >> /etc/environment', "done"],
        NODE,
    ),

    // ================= find(1) -exec / -delete (round 78: findExecRuns) =================
    // find(1) -delete "Delete files"; -mtime; -xdev: the stock /tmp cleaner (what tmpwatch/tmpreaper do).
    nodeCase("cron-tmp-clean", "/etc/cron.d/tmp-clean: root find /tmp -xdev -type f -mtime +7 -delete", [
        ...file("/etc/cron.d/tmp-clean", [
            "SHELL=/bin/bash",
            "PATH=/usr/sbin:/usr/bin:/sbin:/bin",
            "30 3 * * * root find /tmp -xdev -type f -mtime +7 -delete",
        ]),
        "chmod 0644 /etc/cron.d/tmp-clean",
    ]),
    // find(1) "-exec command {} +": rm of the files found: deletion, no program read from /tmp.
    nodeCase("cron-tmp-exec-rm", "/etc/cron.d/tmp-clean: root find /tmp -type f -atime +10 -exec rm -f {} +", [
        ...file("/etc/cron.d/tmp-clean", ["30 3 * * * root find /tmp -xdev -type f -atime +10 -exec rm -f {} +"]),
    ]),
    // Insecure: root runs every *.sh under /tmp (world-writable: any node user or hostPath pod drops one).
    // Was a MISS (fixed in round 78): insecure accepted, class "root runs files of a world-writable directory"
    // (cron-tmp-exec-sh, tmp-exec-sh, cron-tmp-direct): /tmp is mode 1777 (FHS 3.0 "/tmp: Temporary files"; the sticky
    // bit only keeps users from removing others' files), so any local user or non-root node process (the agents the
    // pack accepts as their own users: telegraf, collectd's exec user, ec2-user) and any pod given a hostPath of /tmp
    // can create job.sh or x.sh there; root then runs it every 5 minutes: root on the node, its instance role and every
    // pod's token (acting as validators/containment-chamber -> custody-dev-signer). The twins over /srv are refused
    // (find-srv-bash, cron-srv-exec-bash, cron-srv-direct). Got []: the pack treats a program path under /tmp that the
    // script did not write as the image's (podSpec.ts WRITABLE_DATA lists /srv, /mnt, /data ... but no world-writable
    // directory; rootReads.ts judges programs run as root only against writable roots and files it saw written). Fix:
    // treat the world-writable sticky directories (/tmp, /var/tmp, /dev/shm, and any directory the script makes with
    // chmod 1777/o+w) as written by anyone: a file there the script did not write itself (and, for find, any {} found
    // there) is unknown content, so running, sourcing or loading it as root is refused like /srv.
    nodeCase(
        "cron-tmp-exec-sh",
        "/etc/cron.d/tmp-run: root find /tmp -name '*.sh' -exec sh {} \\;",
        [...file("/etc/cron.d/tmp-run", ["*/5 * * * * root find /tmp -name '*.sh' -exec sh {} \\;"])],
        NODE,
    ),
    nodeCase("find-gzip", "find /var/log/ops -name '*.log' -mtime +1 -exec gzip -9 {} \\;", [
        "mkdir -p /var/log/ops",
        "find /var/log/ops -name '*.log' -mtime +1 -exec gzip -9 {} \\;",
    ]),
    nodeCase(
        "find-srv-bash",
        "find /srv/ops/hooks -name '*.sh' -exec bash {} \\; (pod-written hooks run as root)",
        ["find /srv/ops/hooks -name '*.sh' -exec bash {} \\;"],
        NODE,
    ),
    // systemd-tmpfiles tmpfiles.d(5): "q /tmp 1777 root root 10d": age-based cleaning by systemd-tmpfiles-clean.timer.
    nodeCase("tmpfiles-tmp", "/etc/tmpfiles.d/tmp.conf: q /tmp 1777 root root 10d", [
        ...file("/etc/tmpfiles.d/tmp.conf", ["q /tmp 1777 root root 10d", "q /var/tmp 1777 root root 30d"]),
    ]),

    // ================= background jobs (round 78: & and coproc in a subshell) =================
    nodeCase("bg-restart", "(sleep 60 && systemctl restart chronyd) & (a delayed restart in the background)", [
        "(sleep 60 && systemctl restart chronyd) &",
        "echo started",
    ]),
    nodeCase(
        "bg-serve",
        "(sleep 60 && cd /etc/kubernetes && python3 -m http.server 8001) &",
        ["(sleep 60 && cd /etc/kubernetes && python3 -m http.server 8001) &"],
        NODE,
    ),

    // ================= users and homes (round 78: usermod -d movedHomes) =================
    // useradd(8) -r system account, usermod(8) -d -m moves the home of that account only.
    nodeCase("usermod-ops", "useradd -r ops-agent; usermod -d /var/lib/ops-agent -m ops-agent", [
        "useradd -r -d /var/lib/ops -s /sbin/nologin ops-agent",
        "usermod -d /var/lib/ops-agent -m ops-agent",
    ]),
    nodeCase(
        "usermod-root",
        "usermod -d /srv/ops root (root's startup files move to a pod-writable dir)",
        ["usermod -d /srv/ops root"],
        NODE,
    ),

    // ================= log and metric agents (round 78: logAgents.ts) =================
    // Vector docs: sources type "file" include /var/log/*.log; sinks type aws_cloudwatch_logs. Nothing is run.
    nodeCase("vector-file-cw", "vector.yaml: file source /var/log/messages -> aws_cloudwatch_logs", [
        "dnf install -y vector",
        ...file("/etc/vector/vector.yaml", [
            "sources:",
            "  syslog:",
            "    type: file",
            "    include: [/var/log/messages, /var/log/secure]",
            "sinks:",
            "  cw:",
            "    type: aws_cloudwatch_logs",
            "    inputs: [syslog]",
            "    region: eu-west-1",
            "    group_name: /eks/dev/nodes",
            "    stream_name: '{{ host }}'",
            "    encoding:",
            "      codec: json",
        ]),
        "systemctl enable --now vector",
    ]),
    // Fluentd docs: in_tail (path, pos_file), out_cloudwatch_logs (fluent-plugin-cloudwatch-logs). Nothing is run.
    nodeCase("fluentd-tail-cw", "td-agent.conf: <source> @type tail /var/log/messages, <match> cloudwatch_logs", [
        ...file("/etc/td-agent/td-agent.conf", [
            "<source>",
            "  @type tail",
            "  path /var/log/messages",
            "  pos_file /var/log/td-agent/messages.pos",
            "  tag node.messages",
            "  <parse>",
            "    @type syslog",
            "  </parse>",
            "</source>",
            "<match node.**>",
            "  @type cloudwatch_logs",
            "  region eu-west-1",
            "  log_group_name /eks/dev/nodes",
            "  auto_create_stream true",
            "  use_tag_as_stream true",
            "</match>",
        ]),
        "systemctl enable --now td-agent",
    ]),
    // Fluentd out_exec (docs.fluentd.org/output/exec): "command: The command (program) to execute" per buffer chunk.
    nodeCase(
        "fluentd-exec-match",
        "td-agent.conf: <match> @type exec command serving /etc/kubernetes",
        [
            ...file("/etc/td-agent/td-agent.conf", [
                "<match node.**>",
                "  @type exec",
                `  command ${SERVE_KUBE}`,
                "  <format>",
                "    @type json",
                "  </format>",
                "</match>",
            ]),
        ],
        NODE,
    ),
    // collectd.conf(5): cpu, memory, df, and the network plugin sending to one server; csv under /var/lib/collectd.
    nodeCase("collectd-basic", "collectd.conf: LoadPlugin cpu/memory/df/csv", [
        "dnf install -y collectd",
        ...file("/etc/collectd.d/ops.conf", [
            "LoadPlugin cpu",
            "LoadPlugin memory",
            "LoadPlugin df",
            "LoadPlugin csv",
            "<Plugin csv>",
            '  DataDir "/var/lib/collectd/csv"',
            "  StoreRates true",
            "</Plugin>",
        ]),
        "systemctl enable --now collectd",
    ]),
    // collectd.conf(5) plugin exec: `Exec "user:group" "program"`; exec refuses root, but a pod-written program as
    // the collectd user on the node's network (instance metadata) is a pod's program there.
    nodeCase(
        "collectd-exec-srv",
        'collectd.conf: <Plugin exec> Exec "nobody" "/srv/ops/collect.sh"',
        [
            ...file("/etc/collectd.d/ops.conf", [
                "LoadPlugin exec",
                "<Plugin exec>",
                '  Exec "nobody" "/srv/ops/collect.sh"',
                "</Plugin>",
            ]),
        ],
        NODE,
    ),
    // Telegraf outputs.prometheus_client: listen "127.0.0.1:9273": a loopback-only metrics exporter.
    nodeCase("telegraf-prom-loopback", "telegraf: inputs.cpu/disk, outputs.prometheus_client listen 127.0.0.1:9273", [
        "dnf install -y telegraf",
        ...file("/etc/telegraf/telegraf.d/ops.conf", [
            "[[inputs.cpu]]",
            "[[inputs.disk]]",
            '  ignore_fs = ["tmpfs", "devtmpfs", "overlay"]',
            "[[outputs.prometheus_client]]",
            '  listen = "127.0.0.1:9273"',
        ]),
        "systemctl enable --now telegraf",
    ]),
    nodeCase(
        "telegraf-outputs-exec",
        "telegraf as root: outputs.exec command serving /etc/kubernetes",
        [
            ...file("/etc/telegraf/telegraf.d/ops.conf", [
                "[[inputs.cpu]]",
                "[[outputs.exec]]",
                `  command = ["sh", "-c", "${SERVE_KUBE}"]`,
            ]),
            ...file("/etc/systemd/system/telegraf.service.d/10-root.conf", ["[Service]", "User=root"]),
        ],
        NODE,
    ),
    // Fluent Bit [SERVICE] Parsers_File: the package's parsers.conf (regex parsers only, nothing run).
    nodeCase(
        "fluentbit-parsers",
        "fluent-bit.conf [SERVICE] Parsers_File parsers.conf; tail /var/log/messages -> cloudwatch",
        [
            "dnf install -y fluent-bit",
            ...file("/etc/fluent-bit/fluent-bit.conf", [
                "[SERVICE]",
                "    Flush        5",
                "    Parsers_File parsers.conf",
                "[INPUT]",
                "    Name   tail",
                "    Path   /var/log/messages",
                "    Parser syslog-rfc3164",
                "[OUTPUT]",
                "    Name              cloudwatch_logs",
                "    Match             *",
                "    region            eu-west-1",
                "    log_group_name    /eks/dev/nodes",
                "    log_stream_prefix node-",
            ]),
            "systemctl enable --now fluent-bit",
        ],
    ),
    // Fluent Bit "@INCLUDE": a file the same user data writes, with a tail input.
    nodeCase("fluentbit-include-own", "fluent-bit.conf @INCLUDE inputs.conf (written here: a tail input)", [
        ...file("/etc/fluent-bit/inputs.conf", ["[INPUT]", "    Name tail", "    Path /var/log/secure"]),
        ...file("/etc/fluent-bit/fluent-bit.conf", [
            "@INCLUDE inputs.conf",
            "[OUTPUT]",
            "    Name  stdout",
            "    Match *",
        ]),
    ]),
    nodeCase(
        "fluentbit-include-exec",
        "fluent-bit.conf @INCLUDE inputs.conf (written here: an exec input serving /etc/kubernetes)",
        [
            ...file("/etc/fluent-bit/inputs.conf", ["[INPUT]", "    Name exec", `    Command ${SERVE_KUBE}`]),
            ...file("/etc/fluent-bit/fluent-bit.conf", [
                "@INCLUDE inputs.conf",
                "[OUTPUT]",
                "    Name  stdout",
                "    Match *",
            ]),
        ],
        NODE,
    ),

    // ================= depth: agent plugins that read or run nothing (round 78 logAgents.ts neighbours) =========
    // Fluent Bit manual "Filters": grep (regex match on a record key) and modify (rename/remove keys): no program.
    nodeCase("fluentbit-grep-modify", "fluent-bit.conf [FILTER] grep and modify on tail records", [
        ...file("/etc/fluent-bit/fluent-bit.conf", [
            "[INPUT]",
            "    Name tail",
            "    Path /var/log/messages",
            "    Tag  node.messages",
            "[FILTER]",
            "    Name   grep",
            "    Match  node.*",
            "    Exclude log ^DEBUG",
            "[FILTER]",
            "    Name   modify",
            "    Match  node.*",
            "    Add    cluster dev",
            "    Remove password",
            "[OUTPUT]",
            "    Name  stdout",
            "    Match *",
        ]),
    ]),
    // Vector "remap" transform: VRL, "a safe language ... no I/O, no network, no process" (Vector docs, VRL).
    nodeCase("vector-remap", "vector.yaml: file source, remap transform (VRL), aws_cloudwatch_logs sink", [
        ...file("/etc/vector/vector.yaml", [
            "sources:",
            "  syslog:",
            "    type: file",
            "    include: [/var/log/messages]",
            "transforms:",
            "  tidy:",
            "    type: remap",
            "    inputs: [syslog]",
            '    source: ".cluster = \\"dev\\"\\ndel(.password)"',
            "sinks:",
            "  cw:",
            "    type: aws_cloudwatch_logs",
            "    inputs: [tidy]",
            "    region: eu-west-1",
            "    group_name: /eks/dev/nodes",
            "    stream_name: node",
            "    encoding:",
            "      codec: json",
        ]),
    ]),
    // Telegraf inputs.nvidia_smi README: "bin_path: Optional: path to nvidia-smi binary" run by telegraf (its own user).
    nodeCase("telegraf-nvidia", "telegraf: inputs.nvidia_smi bin_path /usr/bin/nvidia-smi (the driver's program)", [
        ...file("/etc/telegraf/telegraf.d/gpu.conf", [
            "[[inputs.nvidia_smi]]",
            '  bin_path = "/usr/bin/nvidia-smi"',
            '  timeout = "5s"',
        ]),
    ]),
    nodeCase(
        "telegraf-nvidia-srv",
        "telegraf as root: inputs.nvidia_smi bin_path /srv/ops/nvidia-smi (a pod-written program)",
        [
            ...file("/etc/telegraf/telegraf.d/gpu.conf", [
                "[[inputs.nvidia_smi]]",
                '  bin_path = "/srv/ops/nvidia-smi"',
            ]),
            ...file("/etc/systemd/system/telegraf.service.d/10-root.conf", ["[Service]", "User=root"]),
        ],
        NODE,
    ),
    // collectd.conf(5) plugin python: ModulePath and Import load Python modules into collectd (root).
    nodeCase(
        "collectd-python-srv",
        "collectd.conf: <Plugin python> ModulePath /srv/ops/collectd, Import ops (pod-written code in root's collectd)",
        [
            ...file("/etc/collectd.d/python.conf", [
                "LoadPlugin python",
                "<Plugin python>",
                '  ModulePath "/srv/ops/collectd"',
                '  Import "ops"',
                "</Plugin>",
            ]),
        ],
        NODE,
    ),
    // Fluentd in_monitor_agent (docs.fluentd.org input/monitor_agent): bind 127.0.0.1: a loopback-only metrics port.
    nodeCase("fluentd-monitor-loopback", "td-agent.conf: <source> @type monitor_agent bind 127.0.0.1 port 24220", [
        ...file("/etc/td-agent/td-agent.conf", [
            "<source>",
            "  @type monitor_agent",
            "  bind 127.0.0.1",
            "  port 24220",
            "</source>",
        ]),
    ]),

    // ================= auditd (round 78: plugin_dir) =================
    // auditctl(8) -w path -p wa -k key: a watch rule, read by augenrules from /etc/audit/rules.d.
    nodeCase("audit-watch", "/etc/audit/rules.d/10-kube.rules: -w /etc/kubernetes -p wa; augenrules --load", [
        ...file("/etc/audit/rules.d/10-kube.rules", [
            "-w /etc/kubernetes/ -p wa -k kube-config",
            "-w /var/lib/kubelet/pki/ -p wa -k kubelet-pki",
        ]),
        "augenrules --load",
    ]),
    // auditd.conf(5): max_log_file / num_logs: rotation settings only, by sed on the image's file.
    nodeCase("auditd-rotate", "sed -i max_log_file/num_logs in /etc/audit/auditd.conf", [
        "sed -i -e 's/^max_log_file = .*/max_log_file = 50/' -e 's/^num_logs = .*/num_logs = 10/' /etc/audit/auditd.conf",
        "service auditd restart",
    ]),
    nodeCase(
        "auditd-plugin-dir",
        "sed -i plugin_dir = /srv/ops/plugins in /etc/audit/auditd.conf",
        ["sed -i 's|^plugin_dir = .*|plugin_dir = /srv/ops/plugins|' /etc/audit/auditd.conf", "service auditd restart"],
        NODE,
    ),
    // Locating the cron find miss: the same find in user data, and the cron line over /srv.
    // Was a MISS (fixed in round 78): insecure accepted, class "root runs files of a world-writable directory": see
    // cron-tmp-exec-sh. Got [].
    nodeCase(
        "tmp-exec-sh",
        "user data: find /tmp -name '*.sh' -exec sh {} \\; (files any node user may drop, run as root)",
        ["find /tmp -name '*.sh' -exec sh {} \\;"],
        NODE,
    ),
    nodeCase(
        "cron-srv-exec-bash",
        "/etc/cron.d/hooks: root find /srv/ops/hooks -name '*.sh' -exec bash {} \\;",
        [...file("/etc/cron.d/hooks", ["*/5 * * * * root find /srv/ops/hooks -name '*.sh' -exec bash {} \\;"])],
        NODE,
    ),
    nodeCase(
        "cron-srv-direct",
        "/etc/cron.d/hooks: root bash /srv/ops/hooks/run.sh (no find)",
        [...file("/etc/cron.d/hooks", ["*/5 * * * * root bash /srv/ops/hooks/run.sh"])],
        NODE,
    ),
    // Was a MISS (fixed in round 78): insecure accepted, class "root runs files of a world-writable directory": see
    // cron-tmp-exec-sh. Got [].
    nodeCase(
        "cron-tmp-direct",
        "/etc/cron.d/tmp-job: root sh /tmp/job.sh (no find)",
        [...file("/etc/cron.d/tmp-job", ["*/5 * * * * root sh /tmp/job.sh"])],
        NODE,
    ),
    // Round 78 neighbours of "root runs files of a world-writable directory" (rootReads.ts RootReads.planted,
    // podSpec.ts WORLD_WRITABLE). systemd tmpfiles.d tmp.conf: `v /var/tmp 1777 root root 30d`: /var/tmp is /tmp's
    // twin, so a root cron job running a script there that the script did not write runs any local user's file.
    fixCase(
        "vartmp-cron",
        "/etc/cron.d/ops: root bash /var/tmp/ops/run.sh (not written by the script)",
        [...file("/etc/cron.d/ops", ["*/10 * * * * root bash /var/tmp/ops/run.sh"])],
        NODE,
    ),
    // chmod(1) 1777 gives others write permission (the sticky bit only guards removal): a drop directory the script
    // opens is /tmp's like, and sourcing a file from it as root loads what any local user wrote.
    fixCase(
        "opened-drop",
        "mkdir /opt/drop; chmod 1777 /opt/drop; cron: root . /opt/drop/env.sh",
        [
            "mkdir -p /opt/drop && chmod 1777 /opt/drop",
            ...file("/etc/cron.d/drop", ["0 * * * * root . /opt/drop/env.sh && /usr/local/bin/ops-sync"]),
        ],
        NODE,
    ),
    // python(1) PYTHONPATH "Augment the default search path for module files": a directory under /dev/shm (mounted
    // mode=1777 by systemd) makes root's python import any local user's module.
    fixCase(
        "shm-pythonpath",
        "export PYTHONPATH=/dev/shm/ops; python3 /usr/local/bin/ops-report",
        ["export PYTHONPATH=/dev/shm/ops", "python3 /usr/local/bin/ops-report"],
        NODE,
    ),
    // Secure: a script the user data writes into /tmp with known content, then runs (judged by its text), and the
    // stock cleaners of /var/tmp (find -delete) and a log appended there: reading or deleting runs nothing.
    fixCase(
        "tmp-own-script",
        "printf a known script > /tmp/ops-check.sh; sh /tmp/ops-check.sh; find /var/tmp -delete",
        [
            "printf '#!/bin/sh\\nsysctl net.ipv4.ip_forward\\n' > /tmp/ops-check.sh",
            "sh /tmp/ops-check.sh >> /var/tmp/ops-check.log 2>&1",
            "find /var/tmp -xdev -type f -mtime +30 -delete",
        ],
    ),
    // ================= depth: more no-slash command outputs and shell words in target paths =================
    // hostname(1) -s: "Display the short host name. This is the host name cut at the first dot" (no slash, no dot).
    // Was a MISS (fixed in round 78): secure refused, class "one-word outputs in target paths" (see date-stamp):
    // "writes /var/log/ops/<unknown>.sysctl ... it may be any file root's programs read, /root/.bashrc.d/x.sysctl,
    // /etc/cron.d/x.sysctl": rootReads.ts oneWordOutput takes `hostname` only without arguments.
    nodeCase(
        "hostname-s",
        "sysctl -a > /var/log/ops/$(hostname -s).sysctl",
        ["mkdir -p /var/log/ops", 'sysctl -a > "/var/log/ops/$(hostname -s).sysctl" 2>/dev/null'],
        undefined,
    ),
    // uname(1) -r: the kernel release (one word; oneWordOutput): a copy of the image's kernel config for support.
    nodeCase("uname-r", "cp /boot/config-$(uname -r) /var/log/ops/kconfig-$(uname -r)", [
        "mkdir -p /var/log/ops",
        'cp "/boot/config-$(uname -r)" "/var/log/ops/kconfig-$(uname -r)"',
    ]),
    // bash(1) "Special Parameters": $$ "Expands to the process ID of the shell" (digits): a per-run temporary name.
    // Was a MISS (fixed in round 78): secure refused, class "one-word outputs in target paths": "writes
    // /tmp/ops.<unknown>.tgz ... it may be any file root's programs read, /root/.bashrc.d/x.tgz, /etc/cron.d/x.tgz",
    // and then "copies /, the node's credentials or every pod's token ... into /opt/ops" (the tar archive's path taken
    // as any file): rootReads.ts UNKNOWN_PART takes `$$` (`\$[0-9@*#?!$-]?`) as text that may hold a slash.
    // Still open (round 78): reading bash's digit parameters ($$, $!, $#, $?, unset RANDOM/SECONDS/...) as one word
    // in expandText also rewrote them inside single-quoted code (`perl -e '... die "$!"'`, redteam68-node dev-t4 then
    // refused as "printed at run time"): the shell parser marks a single-quoted `$` literal only before `(`. Needs
    // single-quoted `$` kept literal first, then the one-word reading.
    nodeCase(
        "pid-tmp",
        "curl -o /tmp/ops.$$.tgz; tar xzf -C /opt/ops; rm (a per-run temporary download)",
        [
            "mkdir -p /opt/ops",
            "curl -fsSL https://ops.example.com/tools.tgz -o /tmp/ops.$$.tgz",
            "tar xzf /tmp/ops.$$.tgz -C /opt/ops && rm -f /tmp/ops.$$.tgz",
        ],
        undefined,
        "still open: digit parameters",
    ),
    nodeCase(
        "pid-profile",
        "cp /srv/ops/env.sh /etc/profile.d/ops.$$.sh (a pod-written file as root's login environment)",
        ["cp /srv/ops/env.sh /etc/profile.d/ops.$$.sh"],
        NODE,
    ),
    // bash(1) "Shell Variables": RANDOM "a random integer between 0 and 32767" (digits).
    // Was a MISS (fixed in round 78): secure refused, class "one-word outputs in target paths": "writes
    // /var/tmp/ops-<unknown>.log ... it may be any file root's programs read, /root/.bashrc.d/x.log" (RANDOM never
    // assigned by the script).
    // Still open (round 78): as pid-tmp.
    nodeCase(
        "random-log",
        "sysctl -a > /var/tmp/ops-$RANDOM.log",
        ["sysctl -a > /var/tmp/ops-$RANDOM.log 2>/dev/null"],
        undefined,
        "still open: digit parameters",
    ),
    // Round 78 neighbours of "one-word outputs in target paths" (rootReads.ts oneWordOutput, numericDateFormat,
    // round 78). GNU date(1): %Y%m%d, %H%M%S digits, T and Z literal: one word, no slash.
    fixCase("date-utc", "journalctl -b > /var/log/ops/boot-$(date -u +%Y%m%dT%H%M%SZ).log", [
        "mkdir -p /var/log/ops",
        "journalctl -b --no-pager > /var/log/ops/boot-$(date -u +%Y%m%dT%H%M%SZ).log",
    ]),
    // id(1) -u "print only the effective user ID" (digits) and bash's $SECONDS (digits) never assigned.
    // Still open (round 78): $SECONDS as pid-tmp.
    fixCase(
        "id-seconds",
        "sysctl -a > /var/tmp/ops-$(id -u)-$SECONDS.txt",
        ['sysctl -a > "/var/tmp/ops-$(id -u)-$SECONDS.txt" 2>/dev/null'],
        undefined,
        "still open: digit parameters",
    ),
    fixCase("id-only", "sysctl -a > /var/tmp/ops-$(id -u).txt", [
        'sysctl -a > "/var/tmp/ops-$(id -u).txt" 2>/dev/null',
    ]),
    // Insecure: a date stamp is one word, but a download into /etc/profile.d under it is still root's login
    // environment from content the pack cannot read.
    fixCase(
        "date-profile",
        "curl ... -o /etc/profile.d/ops-$(date +%F).sh (a download as root's login environment)",
        ["curl -fsSL https://ops.example.com/env.sh -o /etc/profile.d/ops-$(date +%F).sh"],
        NODE,
    ),
    // Insecure: RANDOM assigned by the script is its value (dash keeps it as any variable; the pack reads the value):
    // `..` components climb from /var/tmp into /etc/profile.d.
    fixCase(
        "random-assigned",
        "RANDOM=../../etc/profile.d/ops; curl ... > /var/tmp/$RANDOM.sh",
        ["RANDOM=../../etc/profile.d/ops", "curl -fsSL https://ops.example.com/env.sh > /var/tmp/$RANDOM.sh"],
        NODE,
    ),
    // find(1) without -L does not follow symbolic links ("-P Never follow symbolic links"): the paths found are below
    // /var/log/ops, a root-owned directory; truncate(1) -s 0 empties them.
    nodeCase("find-truncate", "find /var/log/ops -type f -name '*.log' -exec truncate -s 0 {} +", [
        "mkdir -p /var/log/ops",
        "find /var/log/ops -type f -name '*.log' -exec truncate -s 0 {} +",
    ]),
    nodeCase(
        "find-cp-profile",
        "find /srv/ops -name '*.sh' -exec cp {} /etc/profile.d/ \\; (pod-written scripts into root's login shells)",
        ["find /srv/ops -name '*.sh' -exec cp {} /etc/profile.d/ \\;"],
        NODE,
    ),
    // find(1) "-exec sh -c '...' sh {} \\;": the POSIX idiom passing the found name as $1 of a literal script.
    nodeCase("find-sh-gzip", "find /var/log/ops -name '*.log' -size +100M -exec sh -c 'gzip -9 \"$1\"' sh {} \\;", [
        "mkdir -p /var/log/ops",
        "find /var/log/ops -name '*.log' -size +100M -exec sh -c 'gzip -9 \"$1\"' sh {} \\;",
    ]),
    nodeCase(
        "find-sh-source",
        "find /srv/ops -name '*.env' -exec sh -c '. \"$1\"' sh {} \\; (root sources pod-written files)",
        ["find /srv/ops -name '*.env' -exec sh -c '. \"$1\"' sh {} \\;"],
        NODE,
    ),
    // xargs(1) -0 with find -print0: rm of old archives.
    nodeCase("find-xargs-rm", "find /var/log/ops -name '*.gz' -mtime +30 -print0 | xargs -0 rm -f", [
        "mkdir -p /var/log/ops",
        "find /var/log/ops -name '*.gz' -mtime +30 -print0 | xargs -0 rm -f",
    ]),
    nodeCase(
        "find-xargs-bash",
        "find /srv/ops/hooks -name '*.sh' -print0 | xargs -0 -n1 bash (pod-written hooks as root)",
        ["find /srv/ops/hooks -name '*.sh' -print0 | xargs -0 -n1 bash"],
        NODE,
    ),
    nodeCase("date-compact", "tar czf /var/backups/etc-$(date +%Y%m%d).tgz /etc/sysctl.d (a dated archive)", [
        "mkdir -p /var/backups",
        "tar czf /var/backups/etc-$(date +%Y%m%d).tgz /etc/sysctl.d",
    ]),

    // ================= AWS: Deny statements and conditions that restrict further =================
    // IAM User Guide "The difference between explicit and implicit denies": "the Deny statement trumps the Allow
    // statement". Deny NotAction [kms:ListAliases, kms:ListKeys] on "*" takes every other KMS action from the Allow
    // kms:* (no Decrypt, Encrypt, CreateGrant, ReEncrypt, not even key metadata): only the account's key and alias
    // listings remain (KMS API Reference ListAliases/ListKeys: resource "*", ids and names only).
    ops("prod", "deny-notaction", "Allow kms:* on *, Deny NotAction [kms:ListAliases, kms:ListKeys] on *", [
        allow("kms:*", "*"),
        { Effect: "Deny", NotAction: ["kms:ListAliases", "kms:ListKeys"], Resource: "*" },
    ]),
    // Twin: the Deny applies only outside eu-west-1 (aws:RequestedRegion), so Decrypt of the eu-west-1 keys stays.
    ops(
        "prod",
        "deny-notaction-region",
        "Allow kms:* on *, Deny NotAction [ListAliases, ListKeys] only where aws:RequestedRegion is not eu-west-1",
        [
            allow("kms:*", "*"),
            {
                Effect: "Deny",
                NotAction: ["kms:ListAliases", "kms:ListKeys"],
                Resource: "*",
                Condition: { StringNotEquals: { "aws:RequestedRegion": "eu-west-1" } },
            },
        ],
        /deny-notaction-region|Decrypt|kms/,
    ),
    // Refused by design (pinned, not a miss): IAM "aws:RequestedRegion" is the Region the request is sent to, and
    // the share keys are single-Region (model/kms.ts refuses multiRegion), so today this Decrypt reaches no custody
    // key; but DECIDED (redteam DECIDED "a Lambda role allowed Scan/Query/GetItem ... aws:RequestedRegion is
    // eu-central-1"): the allowlist credits no aws:RequestedRegion anywhere (a future key of the account in us-east-1,
    // runtime-role-scoped-resources wants the Region in the Resource).
    ops(
        "prod",
        "region-us",
        "kms:Decrypt on * only where aws:RequestedRegion is us-east-1 (refused by design: no Region credit)",
        [allow("kms:Decrypt", "*", { Condition: { StringEquals: { "aws:RequestedRegion": "us-east-1" } } })],
        /region-us-rt78c|Decrypt/,
    ),
    ops(
        "prod",
        "region-eu",
        "kms:Decrypt on * where aws:RequestedRegion is eu-west-1 (the custody keys' region)",
        [allow("kms:Decrypt", "*", { Condition: { StringEquals: { "aws:RequestedRegion": "eu-west-1" } } })],
        /region-eu|Decrypt/,
    ),
    // Was a MISS (fixed in round 78): secure refused. IAM User Guide "AWS global condition context keys",
    // aws:ResourceAccount: "the resource owner's AWS account ID" of the resource in the request; a KMS key's owning
    // account is fixed at creation (its ARN holds it) and the custody keys belong to 111111111111, so an Allow pinned by StringEquals to 999999999999 (the
    // team's tools account) never matches a request on them: the grant reaches no custody key, unlike a Region pin
    // (no replica, no future key of 111111111111 is ever owned by 999999999999). Refused three times (share-custody
    // "allowed kms:Decrypt on signer-shares-share-1", custody-share-rings, custody-effective-access "allows kms:Decrypt
    // on *, reaching key ... share-1"): identity statements reach assets by Action and Resource alone
    // (model/effective.ts, engine/judge.ts judgeIdentity); model/conditions.ts pinnedValues is read only for the
    // caller's keys (aws:PrincipalArn/PrincipalAccount, kms:CallerAccount) in resource policies (model/keyAccess.ts
    // conditionsMayAdmit). Fix: read a positive exact pin of aws:ResourceAccount (StringEquals, no IfExists, no
    // ForAllValues, no negation) on an identity Allow as restricting its Resource to that account's ARNs, as an ARN's
    // account field does (the same for kms:CallerAccount/aws:PrincipalAccount pinned to another account on an identity
    // policy, which its own account never matches).
    ops("prod", "resacct-other", "kms:Decrypt on * only where aws:ResourceAccount is 999999999999 (a tools account)", [
        allow("kms:Decrypt", "*", { Condition: { StringEquals: { "aws:ResourceAccount": "999999999999" } } }),
    ]),
    ops(
        "prod",
        "resacct-own",
        "kms:Decrypt on * where aws:ResourceAccount is the custody account",
        [allow("kms:Decrypt", "*", { Condition: { StringEquals: { "aws:ResourceAccount": ACCOUNT.prod } } })],
        /resacct-own|Decrypt/,
    ),
    // KMS API Reference: DescribeKey/GetKeyPolicy/GetKeyRotationStatus/ListAliases; DynamoDB DescribeTable,
    // DescribeContinuousBackups, ListTagsOfResource: metadata only, no item or plaintext.
    // README "Naming an operations helper": operations.keyAudit (DescribeKey, GetKeyPolicy, GetKeyRotationStatus...)
    // on signer.shares and operations.tableAudit (DescribeTable, DescribeContinuousBackups, ListTagsOfResource) on
    // signer.tables, granted by exact ARNs, plus kms:ListAliases on * (ids and names only).
    auditHelper("dev", "readonly", "a named audit helper: key and table metadata by exact ARNs, ListAliases", []),
    auditHelper(
        "dev",
        "readonly-query",
        "the named audit helper also given dynamodb:Query on the custody tables (items: custody data)",
        ["dynamodb:Query"],
        /readonly-query-rt78c|Query/,
    ),
    // The curity and cross-account stacks: the same read-only audit role.
    ops("curity", "readonly", "kms DescribeKey/ListAliases, CloudWatch alarms and log groups (curity)", [
        allow(["kms:DescribeKey", "kms:GetKeyPolicy"], keyArn("curity")),
        allow(
            ["kms:ListAliases", "cloudwatch:DescribeAlarms", "cloudwatch:PutMetricAlarm", "logs:DescribeLogGroups"],
            "*",
        ),
    ]),
    ops("cross-account", "readonly", "kms DescribeKey/ListAliases, dynamodb DescribeTable (cross-account)", [
        allow("kms:DescribeKey", keyArn("cross-account")),
        allow(["kms:ListAliases", "dynamodb:ListTables"], "*"),
        allow("dynamodb:DescribeTable", tableArn("cross-account")),
    ]),

    // ================= AWS: trust policies restricted further (round 78: role-trust-pinned, pods.eks) ==============
    // EKS User Guide "Pod Identity": the trust names pods.eks.amazonaws.com with sts:AssumeRole and sts:TagSession;
    // IAM "aws:SourceAccount"/"aws:SourceArn" (confused-deputy guidance) only narrow who the service acts for.
    {
        stack: "pod-identity",
        name: "P: rt78c signer trust with aws:SourceAccount and aws:SourceArn of the cluster added (narrower)",
        edit: r => {
            const role = find(r, "aws:iam/role:Role", "signer-role");
            const d = JSON.parse(prop(role, "assumeRolePolicy") as string);
            d.Statement[0].Condition.StringEquals["aws:SourceAccount"] = ACCOUNT["pod-identity"];
            d.Statement[0].Condition.ArnEquals = {
                "aws:SourceArn": `arn:aws:eks:eu-west-1:${ACCOUNT["pod-identity"]}:cluster/prod-validators`,
            };
            setProp(role, "assumeRolePolicy", JSON.stringify(d));
        },
    },
    {
        stack: "pod-identity",
        name: "PI: rt78c signer trust with the namespace tag as StringLike * (any namespace's pods)",
        edit: r => {
            const role = find(r, "aws:iam/role:Role", "signer-role");
            const d = JSON.parse(prop(role, "assumeRolePolicy") as string);
            delete d.Statement[0].Condition.StringEquals["aws:RequestTag/kubernetes-namespace"];
            d.Statement[0].Condition.StringLike = { "aws:RequestTag/kubernetes-namespace": "*" };
            setProp(role, "assumeRolePolicy", JSON.stringify(d));
        },
        refused: /./,
    },
    // IAM condition operators: a one-element list is the same as the string; a StringLike of the same literal is
    // the same pin again (no wildcard).
    {
        stack: "prod",
        name: "P: rt78c signer IRSA trust with :sub as a one-element list and the same :sub again under StringLike",
        edit: r => {
            const role = find(r, "aws:iam/role:Role", "signer-role");
            const d = JSON.parse(prop(role, "assumeRolePolicy") as string);
            const eq = d.Statement[0].Condition.StringEquals;
            const sub = Object.keys(eq).find(k => k.endsWith(":sub"))!;
            d.Statement[0].Condition.StringLike = { [sub]: eq[sub] };
            eq[sub] = [eq[sub]];
            setProp(role, "assumeRolePolicy", JSON.stringify(d));
        },
    },
    {
        stack: "prod",
        name: "PI: rt78c signer IRSA trust with :sub StringLike system:serviceaccount:validators:* instead",
        edit: r => {
            const role = find(r, "aws:iam/role:Role", "signer-role");
            const d = JSON.parse(prop(role, "assumeRolePolicy") as string);
            const eq = d.Statement[0].Condition.StringEquals;
            const sub = Object.keys(eq).find(k => k.endsWith(":sub"))!;
            delete eq[sub];
            d.Statement[0].Condition.StringLike = { [sub]: "system:serviceaccount:validators:*" };
            setProp(role, "assumeRolePolicy", JSON.stringify(d));
        },
        refused: /./,
    },
    // Refused by design (pinned, not a miss): KMS Developer Guide "Key policies": a role ARN with a path names that
    // role only (round 78), and these are metadata reads; but README "Naming an operations helper" and share-custody
    // (seed 000): a share key's policy in its own account holds only the root delegation and the ring role (a helper
    // is named there only for a share key in another account).
    {
        stack: "prod",
        refused: /share-custody|key-auditor/,
        name: "PI: rt78c share-1 key policy: a key-auditor role (IAM path /ops/) with DescribeKey/GetKeyPolicy (by design)",
        edit: r => {
            const key = find(r, "aws:kms/key:Key", "signer-shares-share-1");
            const d = JSON.parse(prop(key, "policy") as string);
            d.Statement.push({
                Sid: "KeyAuditor",
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${ACCOUNT.prod}:role/ops/key-auditor` },
                Action: ["kms:DescribeKey", "kms:GetKeyPolicy", "kms:GetKeyRotationStatus", "kms:ListResourceTags"],
                Resource: "*",
            });
            setProp(key, "policy", JSON.stringify(d));
        },
    },
    {
        stack: "prod",
        name: "PI: rt78c share-1 key policy: the key-auditor role (IAM path /ops/) also given kms:Decrypt",
        edit: r => {
            const key = find(r, "aws:kms/key:Key", "signer-shares-share-1");
            const d = JSON.parse(prop(key, "policy") as string);
            d.Statement.push({
                Sid: "KeyAuditor",
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${ACCOUNT.prod}:role/ops/key-auditor` },
                Action: ["kms:DescribeKey", "kms:Decrypt"],
                Resource: "*",
            });
            setProp(key, "policy", JSON.stringify(d));
        },
        refused: /key-auditor|Decrypt/,
    },

    // ================= AWS: an alarm pipeline with a service role and PassRole (round 78: inert PassRole) =========
    // EventBridge User Guide "Using IAM roles": events.amazonaws.com assumes a target role; this one may only publish
    // to the alarm topic; iam:PassRole with iam:PassedToService events.amazonaws.com hands it only to EventBridge.
    {
        stack: "prod",
        name: "P: rt78c KMS key-deletion alarm: SNS topic, log group, EventBridge rule and target with an events role",
        edit: r => {
            const A = ACCOUNT.prod;
            const topic = `arn:aws:sns:eu-west-1:${A}:custody-key-alarms`;
            aws(r, "aws:sns/topic:Topic", "rt78c-key-alarms", {
                name: "custody-key-alarms",
                arn: topic,
                kmsMasterKeyId: "alias/aws/sns",
            });
            aws(r, "aws:cloudwatch/logGroup:LogGroup", "rt78c-key-events", {
                name: "/custody/key-events",
                retentionInDays: 365,
            });
            eventsRole(r);
            aws(r, "aws:cloudwatch/eventRule:EventRule", "rt78c-key-deletion", {
                name: "custody-key-deletion",
                eventPattern: JSON.stringify({
                    source: ["aws.kms"],
                    "detail-type": ["AWS API Call via CloudTrail"],
                    detail: { eventName: ["ScheduleKeyDeletion", "DisableKey", "PutKeyPolicy"] },
                }),
            });
            aws(r, "aws:cloudwatch/eventTarget:EventTarget", "rt78c-key-deletion-sns", {
                rule: "custody-key-deletion",
                arn: topic,
                roleArn: `arn:aws:iam::${A}:role/rt78c-events`,
            });
        },
    },
    // MISS: secure refused. The on-call role that maintains the key-deletion rule: iam:PassRole of the events role
    // above (sns:Publish on the alarm topic only) with iam:PassedToService events.amazonaws.com (IAM User Guide
    // "iam:PassedToService": the role can be passed to that service only), and events:PutRule/PutTargets on rules
    // named custody-*. EventBridge User Guide "Using resource-based policies for Amazon EventBridge" / "Using IAM
    // roles": a target without a role is reached only through the target's own resource policy admitting
    // events.amazonaws.com (Lambda, SNS, SQS, Logs), any target needing a role gets only a role the caller may pass:
    // here one that can publish to one topic. No custody asset, no identity of the stack with custody power.
    // Refused twice (custody-effective-access "allows iam:PassRole on ...role/rt78c-events: no workload of the
    // custody model has this identity" and "allows events:DescribeRule, events:PutRule, events:PutTargets"):
    // engine/judge.ts judgeIdentity: events is not in HARMLESS_SERVICES, and PassRole is inert only for a role no
    // service may assume (EffectiveAccess.passRoleInert). Fix: judge iam:PassRole of a stack role to the services it
    // trusts by what that role holds (harmless when its grants are harmless for an identity of no workload), and
    // events:PutRule/PutTargets as harmless when every role the identity may pass to events.amazonaws.com is.
    // DECIDED (round 78): refused by design (fail closed). Bounding the passable roles does not bound the targets:
    // EventBridge reaches Lambda, SNS, SQS, CloudWatch Logs and event-bus targets with no role at all, through their
    // own resource policies admitting events.amazonaws.com (EventBridge User Guide, "Using resource-based policies for
    // Amazon EventBridge"), and those of the account's resources outside the stack (a function whose permission
    // admits events.amazonaws.com without a rule SourceArn, say) are unreadable here, so events:PutTargets invokes
    // what the pack cannot see with input the caller chooses. events:PutRule on rule/custody-* also rewrites or
    // disables the stack's custody-key-deletion alarm rule (PutRule's State, EventPattern), silencing the guard of
    // key deletion. The role must be named in the custody model (an operations helper) for the pack to pass it.
    {
        ...ops(
            "prod",
            "alarm-ops",
            "iam:PassRole of the events role (sns:Publish only) to events, events:PutRule/PutTargets",
            [],
        ),
        edit: (r: Resources) => {
            const A = ACCOUNT.prod;
            eventsRole(r);
            opsRole(r, "prod", A, "alarm-ops-rt78c", [
                allow("iam:PassRole", `arn:aws:iam::${A}:role/rt78c-events`, {
                    Condition: { StringEquals: { "iam:PassedToService": "events.amazonaws.com" } },
                }),
                allow(
                    ["events:PutRule", "events:PutTargets", "events:DescribeRule"],
                    `arn:aws:events:eu-west-1:${A}:rule/custody-*`,
                ),
            ]);
        },
        skip: "DECIDED (round 78): refused by design, EventBridge targets reached without a role are unreadable",
    },
    // Twin: a Lambda execution role holding kms:Decrypt on key/*, which ops may pass to a function it creates
    // (Lambda Developer Guide "execution role": the function's code runs with it).
    ops(
        "prod",
        "lambda-ops",
        "iam:PassRole of a Decrypt-holding Lambda role to lambda, lambda:CreateFunction",
        [
            allow("iam:PassRole", `arn:aws:iam::${ACCOUNT.prod}:role/rt78c-lambda`, {
                Condition: { StringEquals: { "iam:PassedToService": "lambda.amazonaws.com" } },
            }),
            allow(["lambda:CreateFunction", "lambda:InvokeFunction"], "*"),
        ],
        /./,
    ),
];

// Twin of the alarm pipeline: the Lambda role the ops role passes.
const lambdaTwin = CASES.find(c => c.name.includes("lambda-ops"))!;
const lambdaEdit = lambdaTwin.edit;
lambdaTwin.edit = r => {
    lambdaEdit(r);
    aws(r, "aws:iam/role:Role", "rt78c-lambda", {
        name: "rt78c-lambda",
        arn: `arn:aws:iam::${ACCOUNT.prod}:role/rt78c-lambda`,
        assumeRolePolicy: JSON.stringify({
            Version: "2012-10-17",
            Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
        }),
        inlinePolicies: [
            {
                name: "decrypt",
                policy: JSON.stringify({ Version: "2012-10-17", Statement: [allow("kms:Decrypt", keyArn("prod"))] }),
            },
        ],
    });
};

const MON = "monitoring";
const K8S_CASES: StackCase[] = [
    // Kubernetes "Network Policies": a NetworkPolicy only restricts the traffic of the pods it selects.
    {
        stack: "dev",
        name: "K: rt78c default-deny NetworkPolicy in validators plus ingress from monitoring on 9090",
        edit: r => {
            k8s(r, "kubernetes:networking.k8s.io/v1:NetworkPolicy", "rt78c-validators-deny", {
                apiVersion: "networking.k8s.io/v1",
                kind: "NetworkPolicy",
                metadata: { name: "default-deny", namespace: "validators" },
                spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] },
            });
            k8s(r, "kubernetes:networking.k8s.io/v1:NetworkPolicy", "rt78c-validators-metrics", {
                apiVersion: "networking.k8s.io/v1",
                kind: "NetworkPolicy",
                metadata: { name: "allow-metrics", namespace: "validators" },
                spec: {
                    podSelector: { matchLabels: { app: "containment-chamber" } },
                    policyTypes: ["Ingress"],
                    ingress: [
                        {
                            from: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": MON } } }],
                            ports: [{ protocol: "TCP", port: 9090 }],
                        },
                    ],
                },
            });
        },
    },
    // Kubernetes "Specifying a Disruption Budget": minAvailable only limits voluntary evictions.
    {
        stack: "dev",
        name: "K: rt78c PodDisruptionBudget minAvailable 1 for containment-chamber",
        edit: r =>
            void k8s(r, "kubernetes:policy/v1:PodDisruptionBudget", "rt78c-signer-pdb", {
                apiVersion: "policy/v1",
                kind: "PodDisruptionBudget",
                metadata: { name: "containment-chamber", namespace: "validators" },
                spec: { minAvailable: 1, selector: { matchLabels: { app: "containment-chamber" } } },
            }),
    },
    // Kubernetes "Kubelet authentication/authorization": nodes/metrics and nodes/stats are the fine-grained
    // subresources for monitoring; get/list/watch of pods, services, endpoints, nodes; nonResourceURLs /metrics.
    {
        stack: "dev",
        name: "K: rt78c read-only monitoring ClusterRole (no secrets, nodes/metrics, nodes/stats) bound to prometheus",
        edit: r => {
            namespace(r, MON);
            serviceAccount(r, MON, "prometheus");
            roleFor(r, "rt78c-monitoring", MONITORING_RULES, [
                { kind: "ServiceAccount", name: "prometheus", namespace: MON },
            ]);
        },
    },
    // Twin: nodes/proxy get (Kubernetes docs: "nodes/proxy with get permission is NOT read-only. It authorizes
    // executing commands in any container running on the node", through WebSocket GETs to the kubelet): exec into
    // containment-chamber, read its projected IRSA token, assume the signer role.
    {
        stack: "dev",
        name: "KI: rt78c monitoring ClusterRole with nodes/proxy get (exec in any container through the kubelet)",
        edit: r => {
            namespace(r, MON);
            serviceAccount(r, MON, "prometheus");
            roleFor(
                r,
                "rt78c-monitoring",
                [...MONITORING_RULES, { apiGroups: [""], resources: ["nodes/proxy"], verbs: ["get"] }],
                [{ kind: "ServiceAccount", name: "prometheus", namespace: MON }],
            );
        },
        refused: /./,
    },
    // Kubernetes RBAC "Aggregated ClusterRoles": the controller fills rules from ClusterRoles whose labels match.
    // Refused by design (pinned, not a miss): README "Kubernetes" RBAC (rounds 54/55): a label a stack
    // aggregationRule selects also joins ClusterRoles outside the stack (the controller fills the role from every
    // matching ClusterRole), so the aggregated role's rules are unknown, fail closed; the flat role above is accepted.
    {
        stack: "dev",
        refused: /aggregated ClusterRole/,
        name: "KI: rt78c aggregated monitoring ClusterRole of a read-only component role (by design)",
        edit: r =>
            aggregated(r, [
                { apiGroups: [""], resources: ["pods", "services", "endpoints"], verbs: ["get", "list", "watch"] },
            ]),
    },
    {
        stack: "dev",
        name: "KI: rt78c aggregated monitoring ClusterRole whose component role adds pods/exec create",
        edit: r =>
            aggregated(r, [
                { apiGroups: [""], resources: ["pods", "services"], verbs: ["get", "list", "watch"] },
                { apiGroups: [""], resources: ["pods/exec"], verbs: ["create"] },
            ]),
        refused: /./,
    },
    // A namespaced Role in validators reading ConfigMaps and events for the on-call team.
    {
        stack: "dev",
        name: "K: rt78c Role in validators: configmaps/events get/list for the on-call group",
        edit: r =>
            void roleFor(
                r,
                "rt78c-oncall",
                [
                    {
                        apiGroups: ["", "events.k8s.io"],
                        resources: ["configmaps", "events"],
                        verbs: ["get", "list", "watch"],
                    },
                ],
                [{ kind: "Group", name: "oncall", apiGroup: "rbac.authorization.k8s.io" }],
                "validators",
            ),
    },
    // Twin: serviceaccounts/token create (TokenRequest) mints a containment-chamber token -> IRSA -> signer role.
    {
        stack: "dev",
        name: "KI: rt78c Role in validators: serviceaccounts/token create for the on-call group",
        edit: r =>
            void roleFor(
                r,
                "rt78c-oncall",
                [{ apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"] }],
                [{ kind: "Group", name: "oncall", apiGroup: "rbac.authorization.k8s.io" }],
                "validators",
            ),
        refused: /./,
    },
];

describeVariants(
    "red team 78: secure variants of the committed stacks and their insecure twins",
    [...CASES, ...K8S_CASES].filter(c => c.refused),
    [...CASES, ...K8S_CASES].filter(c => !c.refused),
);
