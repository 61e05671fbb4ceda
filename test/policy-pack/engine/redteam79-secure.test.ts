// Red-team round 79 on over-refusals (area secure, fresh eyes): SECURE variants a platform team writes on the committed
// stacks (dev node user data, prod identity and key policies) after the round-79 fail-closed fixes, each with an
// insecure twin (one change).
// Probed: (working-directory sets, rootReads.ts) `cd D || exit 1`, `[ -d D ] && cd D || exit 1`, if cd / if ! cd /
// if-else cd / case arms / for loops / subshells / pushd-popd, `cd D || { ...; exit; }`; twins landing a download in
// profile.d, cron.d, sudoers.d, ld.so.conf.d and a loop whose last cd is profile.d; (launchers) timeout
// --preserve-status/-k/-s/--foreground/-v/-p, nice -n/--adjustment/-10, ionice -c/-t, sudo -n/-H/-E/-u/-i/--user=/
// --preserve-env=list, stdbuf -oL/-i0, setsid -f/--wait, taskset -c/-a, chrt -o/-r, time -p, nohup; twins running a
// /srv program through each; (world-writable files, RootReads.planted) mktemp/mktemp -d scripts written then run, a
// /tmp script the script wrote; twins /tmp and /dev/shm files it never wrote, pip --find-links /tmp, sysctl -p/-f,
// modprobe -C, crontab FILE, cp into profile.d; (log agents, logAgents.ts) Fluent Bit/Vector/Telegraf/fluentd file
// outputs under /var/log and CloudWatch; twins aimed at profile.d, cron.d, ld.so.preload, sudoers.d; rsyslog omfile
// and legacy actions, syslog-ng file(); (Python, pythonCode.ts) numpy/json/logging/statistics/pathlib on /var paths,
// boto3 download_file/upload_file/put_metric_data; twins np.load(allow_pickle) of /srv, download_file into
// profile.d, a FileHandler in cron.d; (pip) PyPI installs, PIP_ names in comments; twins PIP_FIND_LINKS/
// PIP_CONFIG_FILE/XDG_CONFIG_HOME of /srv; (config text) sysctl.d + sysctl -p, rsyslog omfile to /var/log, containerd
// config.d registry drop-in + hosts.toml, sudoers secure_path, tmpfiles.d d-lines; twins sysctl -p /srv, omprog /srv,
// containerd imports/BinaryName of /srv, secure_path led by /srv, env_keep LD_PRELOAD, tmpfiles L+ and 0777 library dir;
// (AWS, prod) identity Allows pinned by aws:PrincipalArn lists / PrincipalAccount / kms:CallerAccount of others,
// aws:ResourceAccount lists, identity Denies (own account, own ARN, Deny Decrypt *, negated pins, MFA, the Allow's own
// Resource), key-policy Denies of the exact principal on the table CMK and share-1, ViaService dynamodb + tableName,
// permission boundaries by exact resource; twins pinned to self, StringLike 1111*, Denies of others, MFA-liftable
// Deny, the custody keystore's tableName, a boundary of table/custody-*.
// Misses (10 insecure accepted, 8 secure refused):
//   - INSECURE, files LOADED (not run) from a world-writable directory the script did not write: pip-find-links-tmp,
//     sysctl-p-tmp, sysctl-f-shm, modprobe-c-tmp, crontab-tmp, cp-tmp-profile (got []; RootReads.planted covers
//     programs, scripts, sourced files and loader variables only; the /srv twins are refused).
//     Fixed in round 80 (fix80-operands): rootReads.ts loadedOperands judged with RootReads.planted, and a copy of a
//     planted file is unknown (and planted) at its destination; neighbours -fix80.
//   - INSECURE, root syslog daemons' file destinations as writes of unknown text: rsyslog-omfile-profile,
//     rsyslog-legacy-cron, syslogng-file-profile (got []; round 79 covers Fluent Bit/fluentd/Telegraf/Vector only).
//   - INSECURE, `for d in A B; do cd "$d"; done` judged in the first value's directory: loop-cd-profile (got []).
//   - secure, a cd whose failure path exits (or an `if cd` then-branch) judged in the pre-cd directory too: if-cd,
//     if-not-cd, cd-or-brace (rootReads.ts working-directory set).
//   - secure, numpy computing functions given a non-literal argument taken as path writes: py-numpy-json-logging
//     (pythonCode.ts pythonArgumentWrites).
//   - secure, identity Denies that surely cover the holder: negated pins deny-notequals-other, deny-notequals-account
//     (model/conditions.ts denySurelyHoldsFor), and a Deny of the Allow's own Resource pattern deny-star-keys
//     (engine/judge.ts judgeIdentity deniedEverywhere takes "*" only).
//   - secure, a key-policy Deny of the exact principal on a share key ignored by share-custody: keydeny-exact
//     (rules/share-custody.ts checkNobodyElseOnShares; the engine and custody-share-rings honour it).
// Refused by design (pinned as refused, not a miss): resacct-list-other (an identity of no workload holding kms:Decrypt
// on another account's keys: the allowlist).
// Held: 41 of 51 insecure refused; 42 of 50 secure clean.
import { describeVariants, doc, find, prop, Resources, setProp, StackCase } from "./support";
import { ACCOUNT, allow, beside, opsRole } from "./awsCaseBuilders";
import { heredocFile } from "./nodeBuilders";
import { secureCaseBuilders } from "./secureCaseBuilders";

const { node } = secureCaseBuilders("rt79c");
const file = heredocFile;
/** What a refusal of a node's user data names (any node finding). */
const NODE = /./;
const nodeCase = (tag: string, what: string, lines: string[], refused?: RegExp, skip?: string) =>
    node(tag, `${what} (${tag}-rt79c)`, lines, refused, skip);

const A = ACCOUNT.prod;
const KEY = "aws:kms/key:Key";
const SHARE1 = `arn:aws:kms:eu-west-1:${A}:key/48163296-803a-4ce6-ad53-a0a0de26d32e`;
const CMK = `arn:aws:kms:eu-west-1:${A}:key/1410d6b4-da14-4683-a7ca-130695bf6084`;
const KEYS = `arn:aws:kms:eu-west-1:${A}:key/*`;
const opsArn = (name: string) => `arn:aws:iam::${A}:role/${name}`;
const ops = (id: string, what: string, statements: object[], refused?: RegExp, skip?: string): StackCase => ({
    stack: "prod",
    name: `${refused ? "AI" : "A"}: ${id}-rt79c: ${what}`,
    edit: (r: Resources) => opsRole(r, "prod", A, `${id}-rt79c`, statements),
    ...(refused ? { refused } : {}),
    ...(skip ? { skip } : {}),
});
const edit = (id: string, what: string, e: (r: Resources) => void, refused?: RegExp, skip?: string): StackCase => ({
    stack: "prod",
    name: `${refused ? "AI" : "A"}: ${id}-rt79c: ${what}`,
    edit: e,
    ...(refused ? { refused } : {}),
    ...(skip ? { skip } : {}),
});
/** Adds `statements` to a prod key's policy. */
const addKey = (r: Resources, name: string, ...statements: object[]) => {
    const key = find(r, KEY, name);
    const keyDoc = JSON.parse(String(prop(key, "policy"))) as { Statement: object[] };
    keyDoc.Statement.push(...statements);
    setProp(key, "policy", JSON.stringify(keyDoc));
};
/** A prod ops role holding `statements`, capped by a boundary policy of `boundary`. */
const bounded = (r: Resources, name: string, statements: object[], boundary: object[]) => {
    beside(r, "prod", "aws:iam/policy:Policy", `${name}-boundary`, {
        name: `${name}-boundary`,
        path: "/",
        arn: `arn:aws:iam::${A}:policy/${name}-boundary`,
        policy: doc(...boundary),
    });
    opsRole(r, "prod", A, name, statements);
    setProp(find(r, "aws:iam/role:Role", name), "permissionsBoundary", `arn:aws:iam::${A}:policy/${name}-boundary`);
};

const NODE_CASES: StackCase[] = [
    // ================= cd in lists, if/else, loops, set -e (round 79: a SET of working directories) ===============
    // bash(1) Lists: `cd D || exit 1` runs exit only when cd failed, so later commands run in /opt/ops, root's own
    // tool directory; the twin cd-or-exit-profile writes a server's text into /etc/profile.d (bash(1) INVOCATION: root's login
    // shells source it), a root shell for whoever serves or redirects ops.example.com's env.sh.
    nodeCase("cd-or-exit", "cd /opt/ops || exit 1, then download and unpack tools there", [
        "mkdir -p /opt/ops",
        "cd /opt/ops || exit 1",
        "curl -fsSL https://ops.example.com/tools.tgz -o tools.tgz",
        "tar xzf tools.tgz",
    ]),
    nodeCase(
        "cd-or-exit-profile",
        "cd /etc/profile.d || exit 1, then download env.sh there",
        ["cd /etc/profile.d || exit 1", "curl -fsSL https://ops.example.com/env.sh -o ops.sh"],
        NODE,
    ),
    // Was a MISS (fixed in round 80): secure refused. bash(1) "if list; then list; fi": the then-list runs only when the if-list "returns a zero
    // exit status", and cd(1) returns 0 only when it changed directory, so `find .` runs in /var/log/ops (root's own
    // logs; /var/log is no data directory); the else-branch exits. Refused: "a root process of the node read /srv (a
    // command it runs: find . -name '*.log' ...), under /srv": the then-branch is judged in the pre-cd directory (/)
    // too (also if-not-cd, cd-or-brace below; `cd D || exit 1`, `[ -d D ] && cd D || exit 1` and `cd D && find .`
    // are clean). Where: rootReads.ts, the working-directory set (round 79) for `if cd`, `if ! cd D; then exit` and
    // `cd D || { ...; exit; }`. Fix (general): a cd that is an if/while condition sets the then-branch's set to {D}; a
    // cd whose failure path (|| group, if ! cd, else branch) always ends in exit/return leaves {D} after it.
    nodeCase(
        "if-cd",
        "if cd /var/log/ops; then gzip old logs; else mkdir; fi; echo > status",
        [
            "mkdir -p /var/log/ops",
            "if cd /var/log/ops; then",
            "    find . -name '*.log' -mtime +7 -exec gzip -f {} +",
            "else",
            "    exit 1",
            "fi",
            "echo ok > status",
        ],
        undefined,
    ),
    nodeCase(
        "if-not-cd",
        "if ! cd /var/log/ops; then exit 1; fi; gzip -f ./*.log",
        ["mkdir -p /var/log/ops", "if ! cd /var/log/ops; then exit 1; fi", "gzip -f ./*.log || true"],
        undefined,
    ),
    nodeCase(
        "cd-or-brace",
        "cd /var/log/ops 2>/dev/null || { echo 'no ops dir' >&2; exit 1; }; gzip -f ./*.log",
        [
            "mkdir -p /var/log/ops",
            "cd /var/log/ops 2>/dev/null || { echo 'no ops dir' >&2; exit 1; }",
            "gzip -f ./*.log || true",
        ],
        undefined,
    ),
    // bash(1) Lists: `A && B || C` runs C when A or B fails; C exits, so later commands run only after cd succeeded.
    nodeCase("test-cd-or-exit", "[ -d /var/log/ops ] && cd /var/log/ops || exit 1; gzip -f ./*.log", [
        "mkdir -p /var/log/ops",
        "[ -d /var/log/ops ] && cd /var/log/ops || exit 1",
        "gzip -f ./*.log || true",
    ]),
    nodeCase("cd-or-exit-read", "cd /var/log/ops || exit 1; gzip -f ./*.log (a read in root's own log directory)", [
        "mkdir -p /var/log/ops",
        "cd /var/log/ops || exit 1",
        "gzip -f ./*.log || true",
    ]),
    // bash(1) "case word in pattern) list ;; esac": each arm cds into a directory of /opt/ops; the default arm exits.
    nodeCase("case-cd", "case $(uname -m) in x86_64) cd /opt/ops/amd64;; aarch64) cd /opt/ops/arm64;; *) exit;; esac", [
        "mkdir -p /opt/ops/amd64 /opt/ops/arm64",
        "case $(uname -m) in",
        "  x86_64) cd /opt/ops/amd64 ;;",
        "  aarch64) cd /opt/ops/arm64 ;;",
        "  *) exit 1 ;;",
        "esac",
        "curl -fsSL https://ops.example.com/tools.tgz -o tools.tgz",
        "tar xzf tools.tgz",
    ]),
    // Twin: the then-branch runs in /etc/cron.d, and cron(8) runs every file there as the user it names (root).
    nodeCase(
        "if-cd-cron",
        "if cd /etc/cron.d; then curl a job; fi (the job file lands in cron.d)",
        ["if cd /etc/cron.d; then", "    curl -fsSL https://ops.example.com/job -o ops-job", "fi"],
        NODE,
    ),
    // Both branches cd into root-owned state directories (/opt/ops, /var/lib/ops): a date stamp written there reads
    // nothing; twin: the else branch is /etc/sudoers.d (sudoers(5) #includedir), a downloaded sudoers rule.
    nodeCase("if-else-cd", "if [ -d /opt/ops ]; then cd /opt/ops; else cd /var/lib/ops; fi; write state there", [
        "mkdir -p /var/lib/ops",
        "if [ -d /opt/ops ]; then cd /opt/ops; else cd /var/lib/ops; fi",
        "date -u > last-boot",
    ]),
    nodeCase(
        "if-else-cd-sudoers",
        "if [ -d /opt/ops ]; then cd /opt/ops; else cd /etc/sudoers.d; fi; curl a file there",
        [
            "if [ -d /opt/ops ]; then cd /opt/ops; else cd /etc/sudoers.d; fi",
            "curl -fsSL https://ops.example.com/ops -o ops",
        ],
        NODE,
    ),
    // A loop of `cd D && rm` over two log directories; the marker is written in the last one (/var/log/app).
    nodeCase("loop-cd", "for d in /var/log/ops /var/log/app; do cd $d && rm -f *.old; done; echo > done", [
        "mkdir -p /var/log/ops /var/log/app",
        "for d in /var/log/ops /var/log/app; do",
        '    cd "$d" && rm -f ./*.old',
        "done",
        "echo done > marker",
    ]),
    // Was a MISS (fixed in round 80): insecure accepted (got []). bash(1) "for name in word ...; do list; done": the list runs once per word, so
    // after the loop the shell is in the LAST cd's directory, /etc/profile.d, and `curl -o ops.sh` writes a login-shell
    // startup file (bash(1) INVOCATION: /etc/profile sources /etc/profile.d/*.sh) with a server's text. One-word lists
    // and literal cds in a loop are refused (probed); a `cd "$d"` over a list of two or more words is judged in the
    // first word's directory only (both orders accepted). Where: policy-pack/engine/rootReads.ts, the working-directory
    // set carried through `for` loops (round 79). Fix (general): after a loop whose body may cd, the set is the
    // pre-loop set plus every value's directory (each iteration may be the last), unknown past 4.
    nodeCase(
        "loop-cd-profile",
        "for d in /var/log/ops /etc/profile.d; do cd $d; done; curl > ops.sh (the last cd wins)",
        [
            "for d in /var/log/ops /etc/profile.d; do",
            '    cd "$d"',
            "done",
            "curl -fsSL https://ops.example.com/env.sh -o ops.sh",
        ],
        NODE,
    ),
    // bash(1) "(list) ... executed in a subshell": its cd does not reach the caller; pushd/popd (bash builtins)
    // restore the directory; twin pushd-ldso: ld.so.conf.d(5) lines add library directories every root program loads.
    nodeCase("subshell-cd", "(cd /opt/ops && tar xzf ...) then a relative write in the caller's directory (/)", [
        "mkdir -p /opt/ops",
        "(cd /opt/ops && curl -fsSL https://ops.example.com/tools.tgz -o tools.tgz && tar xzf tools.tgz)",
        "mkdir -p /var/log/ops && date -u > /var/log/ops/unpacked",
    ]),
    nodeCase("pushd-popd", "pushd /opt/ops; curl tools; popd; write /var/log/ops/status", [
        "mkdir -p /opt/ops /var/log/ops",
        "pushd /opt/ops >/dev/null",
        "curl -fsSL https://ops.example.com/tools.tgz -o tools.tgz",
        "popd >/dev/null",
        "echo ok > /var/log/ops/status",
    ]),
    nodeCase(
        "pushd-ldso",
        "pushd /etc/ld.so.conf.d; curl a conf; popd",
        ["pushd /etc/ld.so.conf.d >/dev/null", "curl -fsSL https://ops.example.com/ops.conf -o ops.conf", "popd"],
        NODE,
    ),

    // ================= launchers with ordinary options (round 79: full option lists) ===============================
    // timeout(1) (coreutils): "--preserve-status", "-k, --kill-after=DURATION", "-s, --signal=SIGNAL" take no program;
    // nice(1) -n/--adjustment, ionice(1) -c/--class/--classdata, sudo(8) -n/-H/-E/-u, stdbuf(1) -oL/-eL/--output, setsid(1)
    // -f, taskset(1) -c, chrt(1) -o: each runs the named command (sysctl, dnf, systemctl, find, journalctl) and nothing else.
    // Each twin runs a program or script of /srv (a directory pods may write: podSpec.ts) through the same launcher.
    nodeCase("timeout-opts", "timeout --preserve-status -k 10s 60s sysctl --system; timeout -s KILL 30 dnf ...", [
        "timeout --preserve-status -k 10s 60s sysctl --system",
        "timeout -s KILL 300 dnf install -y jq",
        "timeout --kill-after=5 --signal=TERM 30 systemctl restart containerd",
    ]),
    nodeCase(
        "timeout-srv",
        "timeout --preserve-status -k 10 60 bash /srv/ops/run.sh (a pod-written script as root)",
        ["timeout --preserve-status -k 10 60 bash /srv/ops/run.sh"],
        NODE,
    ),
    nodeCase("nice-ionice", "nice -n 19 ionice -c3 find /var/log/ops -mtime +7 -delete", [
        "mkdir -p /var/log/ops",
        "nice -n 19 ionice -c3 find /var/log/ops -name '*.gz' -mtime +7 -delete",
        "nice --adjustment=10 ionice --class 2 --classdata 7 gzip -f /var/log/ops/boot.log || true",
    ]),
    nodeCase(
        "nice-srv",
        "nice -n 19 ionice -c3 python3 /srv/ops/cleanup.py",
        ["nice -n 19 ionice -c3 python3 /srv/ops/cleanup.py"],
        NODE,
    ),
    nodeCase("sudo-opts", "sudo -n -H -u ec2-user mkdir -p ~ec2-user/.config; sudo -E -n systemctl restart kubelet", [
        "sudo -n -H -u ec2-user mkdir -p /home/ec2-user/.config",
        "sudo -E -n systemctl daemon-reload",
        "sudo --non-interactive --set-home --user=nobody true",
    ]),
    nodeCase("sudo-srv", "sudo -E -n -H bash /srv/ops/setup.sh", ["sudo -E -n -H bash /srv/ops/setup.sh"], NODE),
    nodeCase("stdbuf-opts", "stdbuf -oL -eL journalctl -u kubelet --no-pager > /var/log/ops/kubelet.txt", [
        "mkdir -p /var/log/ops",
        "stdbuf -oL -eL journalctl -u kubelet --no-pager -n 200 > /var/log/ops/kubelet.txt 2>&1 || true",
        "stdbuf --output=L --error=0 sysctl -a > /var/log/ops/sysctl.txt 2>/dev/null",
    ]),
    nodeCase(
        "stdbuf-srv",
        "stdbuf -oL -eL /srv/ops/bin/agent > /var/log/ops/agent.log",
        ["mkdir -p /var/log/ops", "stdbuf -oL -eL /srv/ops/bin/agent > /var/log/ops/agent.log 2>&1 &"],
        NODE,
    ),
    nodeCase("setsid-nohup-time", "setsid -f nohup /usr/bin/time -v sysctl --system > /var/log/ops/time.txt", [
        "mkdir -p /var/log/ops",
        "nohup setsid -f /usr/bin/sleep 1 >/dev/null 2>&1",
        "taskset -c 0 chrt -o 0 sysctl --system > /var/log/ops/sysctl-system.txt 2>&1",
    ]),
    // timeout(1) --foreground/-v, nice(1)'s obsolete -N form (coreutils "nice -10": adjustment 10), ionice(1) -t
    // ("ignore failure to set the requested priority"), chrt(1) -r PRIO, taskset(1) -a, setsid(1) --wait, GNU time -p,
    // sudo(8) --user=/--set-home/-i/--preserve-env=list, stdbuf(1) -i0: options only, the command is sysctl/mkdir.
    nodeCase(
        "launcher-more-opts",
        "timeout --foreground -v, nice -10, ionice -t, chrt -r, taskset -a, setsid --wait, sudo -i",
        [
            "timeout --foreground -v 60 sysctl --system",
            "timeout -p 60 sysctl --system",
            "nice -10 sysctl --system",
            "ionice -t -c 3 sysctl --system",
            "chrt -r 10 sysctl --system",
            "taskset -a -c 0-1 sysctl --system",
            "setsid --wait sysctl --system",
            "time -p sysctl --system",
            "sudo --user=ec2-user --set-home -- mkdir -p /home/ec2-user/.config",
            "sudo -n -i -u ec2-user true",
            "sudo --preserve-env=AWS_REGION,HTTPS_PROXY -n systemctl daemon-reload",
            "stdbuf -i0 -o0 sysctl --system",
            "nohup timeout 300 nice -n 10 sysctl --system >/dev/null 2>&1 &",
        ],
    ),
    nodeCase(
        "taskset-srv",
        "taskset -c 0 chrt -o 0 sh /srv/ops/tune.sh",
        ["taskset -c 0 chrt -o 0 sh /srv/ops/tune.sh"],
        NODE,
    ),

    // ================= the script's own files in /tmp (round 79: RootReads.planted) ===============================
    // mktemp(1): "the file is created with mode 0600" under a unique name; the script writes it with known text and
    // runs it (judged by what it wrote); twins run a /tmp or /dev/shm file the script never wrote (round 79 planted).
    nodeCase("mktemp-run", "tmp=$(mktemp); cat > $tmp <<EOF (known text); bash $tmp; rm -f $tmp", [
        "tmp=$(mktemp /tmp/tune.XXXXXX)",
        "cat > \"$tmp\" <<'EOF'",
        "sysctl -w net.core.somaxconn=1024",
        "sysctl -w vm.max_map_count=262144",
        "EOF",
        'bash "$tmp"',
        'rm -f "$tmp"',
    ]),
    nodeCase("mktemp-d-run", "d=$(mktemp -d); write $d/setup.sh with known text; sh $d/setup.sh", [
        "d=$(mktemp -d)",
        "cat > \"$d/setup.sh\" <<'EOF'",
        "mkdir -p /var/log/ops",
        "echo configured > /var/log/ops/setup",
        "EOF",
        'sh "$d/setup.sh"',
        'rm -rf "$d"',
    ]),
    nodeCase("tmp-written-run", "cat > /tmp/tune.sh <<EOF (known text); bash /tmp/tune.sh", [
        "cat > /tmp/tune.sh <<'EOF'",
        "sysctl -w net.ipv4.tcp_keepalive_time=600",
        "EOF",
        "bash /tmp/tune.sh",
    ]),
    nodeCase(
        "tmp-unwritten-run",
        "bash /tmp/tune.sh (a file of /tmp the script did not write: any local user or hostPath pod plants it)",
        ["bash /tmp/tune.sh"],
        NODE,
    ),
    nodeCase(
        "mktemp-then-other",
        "tmp=$(mktemp); write it; but run /tmp/setup.sh (another /tmp name)",
        ["tmp=$(mktemp)", 'echo "sysctl --system" > "$tmp"', "bash /tmp/setup.sh"],
        NODE,
    ),
    nodeCase(
        "devshm-source",
        ". /dev/shm/ops.env (sourced, not written by the script)",
        ["set -a", ". /dev/shm/ops.env", "set +a"],
        NODE,
    ),
];

const AGENT_CASES: StackCase[] = [
    // ================= log agents writing files (round 79: every file output of a root agent is a write) ==========
    // Fluent Bit file output ("Path: directory path to store files", "File: set file name"), Vector file sink (path),
    // Telegraf outputs.file (files), fluentd out_file (path): a root agent writing pod or log text only under /var/log
    // (read by no judged reader) and to CloudWatch; each twin aims that output at a file root runs or loads
    // (profile.d, cron.d, ld.so.preload: ld.so(8) "a whitespace-separated list of ELF shared objects to be loaded before
    // the program", sudoers.d) with text pods or the network choose.
    nodeCase(
        "fluentbit-file-varlog",
        "fluent-bit: tail /var/log/messages -> file Path /var/log/fluent-bit + cloudwatch",
        [
            "dnf install -y fluent-bit",
            ...file("/etc/fluent-bit/fluent-bit.conf", [
                "[INPUT]",
                "    Name tail",
                "    Path /var/log/messages",
                "    Tag  node.messages",
                "[OUTPUT]",
                "    Name  file",
                "    Match node.*",
                "    Path  /var/log/fluent-bit",
                "    File  messages.out",
                "[OUTPUT]",
                "    Name              cloudwatch_logs",
                "    Match             node.*",
                "    region            eu-west-1",
                "    log_group_name    /eks/dev/nodes",
                "    log_stream_prefix node-",
            ]),
            "systemctl enable --now fluent-bit",
        ],
    ),
    nodeCase(
        "fluentbit-file-profile",
        "fluent-bit: tail /var/log/containers/*.log -> file Path /etc/profile.d File ops.sh (pod log lines as root's shell)",
        [
            "dnf install -y fluent-bit",
            ...file("/etc/fluent-bit/fluent-bit.conf", [
                "[INPUT]",
                "    Name tail",
                "    Path /var/log/containers/*.log",
                "[OUTPUT]",
                "    Name  file",
                "    Match *",
                "    Path  /etc/profile.d",
                "    File  ops.sh",
            ]),
            "systemctl enable --now fluent-bit",
        ],
        NODE,
    ),
    nodeCase("vector-file-sink-varlog", "vector.yaml: journald -> file sink /var/log/vector/%Y-%m-%d.log", [
        "dnf install -y vector",
        ...file("/etc/vector/vector.yaml", [
            "sources:",
            "  journal:",
            "    type: journald",
            "sinks:",
            "  archive:",
            "    type: file",
            "    inputs: [journal]",
            "    path: /var/log/vector/journal-%Y-%m-%d.log",
            "    encoding:",
            "      codec: json",
        ]),
        "systemctl enable --now vector",
    ]),
    nodeCase(
        "vector-file-sink-cron",
        "vector.yaml: file source /var/log/containers/*.log -> file sink /etc/cron.d/vector (pod text as a cron job)",
        [
            "dnf install -y vector",
            ...file("/etc/vector/vector.yaml", [
                "sources:",
                "  pods:",
                "    type: file",
                "    include: [/var/log/containers/*.log]",
                "sinks:",
                "  out:",
                "    type: file",
                "    inputs: [pods]",
                "    path: /etc/cron.d/vector",
                "    encoding:",
                "      codec: text",
            ]),
            "systemctl enable --now vector",
        ],
        NODE,
    ),
    nodeCase("telegraf-file-varlog", "telegraf: inputs.mem -> outputs.file /var/log/telegraf/metrics.out (influx)", [
        "dnf install -y telegraf",
        ...file("/etc/telegraf/telegraf.d/ops.conf", [
            "[[inputs.mem]]",
            "[[outputs.file]]",
            '  files = ["/var/log/telegraf/metrics.out"]',
            '  data_format = "influx"',
            '  rotation_max_size = "10MB"',
        ]),
        "systemctl enable --now telegraf",
    ]),
    nodeCase(
        "telegraf-file-ldpreload",
        "telegraf (run as root): inputs.tail of pod logs -> outputs.file /etc/ld.so.preload",
        [
            "dnf install -y telegraf",
            ...file("/etc/telegraf/telegraf.d/ops.conf", [
                "[[inputs.tail]]",
                '  files = ["/var/log/containers/*.log"]',
                '  data_format = "value"',
                '  data_type = "string"',
                "[[outputs.file]]",
                '  files = ["/etc/ld.so.preload"]',
                '  data_format = "template"',
            ]),
            "mkdir -p /etc/systemd/system/telegraf.service.d",
            "printf '[Service]\\nUser=root\\n' > /etc/systemd/system/telegraf.service.d/root.conf",
            "systemctl enable --now telegraf",
        ],
        NODE,
    ),
    nodeCase("fluentd-file-varlog", "td-agent.conf: tail /var/log/messages -> out_file path /var/log/td-agent/node", [
        ...file("/etc/td-agent/td-agent.conf", [
            "<source>",
            "  @type tail",
            "  path /var/log/messages",
            "  pos_file /var/log/td-agent/messages.pos",
            "  tag node.messages",
            "  <parse>",
            "    @type none",
            "  </parse>",
            "</source>",
            "<match node.**>",
            "  @type file",
            "  path /var/log/td-agent/node",
            "</match>",
        ]),
        "systemctl enable --now td-agent",
    ]),
    nodeCase(
        "fluentd-file-sudoers",
        "td-agent.conf: in_http on 0.0.0.0:9880 -> out_file path /etc/sudoers.d/fluent",
        [
            ...file("/etc/td-agent/td-agent.conf", [
                "<source>",
                "  @type http",
                "  bind 0.0.0.0",
                "  port 9880",
                "</source>",
                "<match **>",
                "  @type file",
                "  path /etc/sudoers.d/fluent",
                "  append true",
                "</match>",
            ]),
            "systemctl enable --now td-agent",
        ],
        NODE,
    ),

    // ================= Python programs on /var paths (round 79: pythonCode.ts computed paths, writers, numpy) ======
    // MISS: secure refused. NumPy docs "numpy.array(object, ...)": "Create an array" from an array_like; numpy.mean:
    // "Compute the arithmetic mean"; os.getloadavg(): "Return the number of processes in the system run queue averaged
    // over the last 1, 5, and 15 minutes" (a tuple of floats). Neither reads nor writes a file; np.save's path is a
    // literal under /var/lib/ops. Refused: "np.array(os.getloadavg()): it is given os.getloadavg(), which may name a
    // file the function writes and the pack cannot compute (fail closed) ... listening beyond loopback" (also
    // np.mean(os.getloadavg()), np.array(os.environ.get(...)); np.array([1, 2, 3]) is clean). Where:
    // policy-pack/engine/userDataReaders/pythonCode.ts pythonArgumentWrites / PYTHON_NO_FILE_WRITE_CALLS (numpy only
    // lists its readers) and pythonMayBePath. Fix (general): review a library's computing namespace as a whole: numpy's
    // array constructors and math (array, asarray, mean, sum, ..., everything but save/savez*/savetxt/tofile/memmap/
    // load) write no file; and a call's value of a known non-path type (os.getloadavg, len, float) is no path.
    nodeCase(
        "py-numpy-json-logging",
        "python3 /opt/ops/stats.py: numpy.save + json.dump + logging to /var paths",
        [
            "dnf install -y python3-numpy",
            ...file("/opt/ops/stats.py", [
                "import json, logging, os",
                "import numpy as np",
                "logging.basicConfig(filename='/var/log/ops/stats.log', level=logging.INFO)",
                "os.makedirs('/var/lib/ops', exist_ok=True)",
                "load = np.array(os.getloadavg())",
                "np.save('/var/lib/ops/load.npy', load)",
                "with open('/var/lib/ops/load.json', 'w') as f:",
                "    json.dump({'load': load.tolist()}, f)",
                "logging.info('saved %s', load)",
            ]),
            "mkdir -p /var/log/ops",
            "python3 /opt/ops/stats.py",
        ],
        undefined,
        "MISS: numpy.array of a computed value taken as a path",
    ),
    nodeCase("py-numpy-literal", "python3: np.save('/var/lib/ops/a.npy', np.array([1, 2, 3]))", [
        ...file("/opt/ops/s.py", ["import numpy as np", "np.save('/var/lib/ops/a.npy', np.array([1, 2, 3]))"]),
        "mkdir -p /var/lib/ops",
        "python3 /opt/ops/s.py",
    ]),
    nodeCase("py-json-statistics", "python3: json.dumps/statistics.mean of os.getloadavg(), logging.warning", [
        ...file("/opt/ops/s.py", [
            "import json, logging, os, statistics",
            "logging.basicConfig(filename='/var/log/ops/s.log')",
            "print(json.dumps(os.getloadavg()), statistics.mean(os.getloadavg()))",
            "logging.warning('load %s', os.getloadavg())",
        ]),
        "mkdir -p /var/log/ops",
        "python3 /opt/ops/s.py",
    ]),
    // boto3 S3.Client.upload_file(Filename, Bucket, Key): "Upload a file to an S3 object" (reads the local file).
    nodeCase("py-boto3-upload", "python3: boto3 upload_file('/var/log/messages', bucket, key); put_metric_data", [
        ...file("/opt/ops/s.py", [
            "import os",
            "import boto3",
            "boto3.client('s3').upload_file('/var/log/messages', 'dev-ops-logs', 'node/messages')",
            "cw = boto3.client('cloudwatch')",
            "cw.put_metric_data(Namespace='Ops', MetricData=[{'MetricName': 'load', 'Value': os.getloadavg()[0]}])",
        ]),
        "python3 /opt/ops/s.py",
    ]),
    // NumPy docs numpy.load allow_pickle: "Loading files that contain object arrays uses the pickle module, which is
    // not secure against erroneous or maliciously constructed data": a pod-written .npy runs code as root.
    nodeCase(
        "py-numpy-pickle-srv",
        "python3 /opt/ops/stats.py: numpy.load('/srv/ops/model.npy', allow_pickle=True) (a pickle a pod writes)",
        [
            ...file("/opt/ops/stats.py", [
                "import numpy as np",
                "model = np.load('/srv/ops/model.npy', allow_pickle=True)",
                "print(model.shape)",
            ]),
            "python3 /opt/ops/stats.py",
        ],
        NODE,
    ),
    // boto3 S3.Client.download_file(Bucket, Key, Filename): "Download an S3 object to a file": a config under
    // /var/lib/ops (read by nothing judged); twin: the object's text becomes /etc/profile.d/ops.sh. Twin py-logging-cron:
    // logging.FileHandler(filename) "the specified file is opened and used as the stream for logging" in /etc/cron.d.
    nodeCase("py-boto3-download-var", "python3: boto3 s3.download_file(bucket, key, '/var/lib/ops/config.json')", [
        ...file("/opt/ops/fetch.py", [
            "import json, os",
            "import boto3",
            "os.makedirs('/var/lib/ops', exist_ok=True)",
            "s3 = boto3.client('s3', region_name='eu-west-1')",
            "s3.download_file('dev-ops-config', 'node/config.json', '/var/lib/ops/config.json')",
            "with open('/var/lib/ops/config.json') as f:",
            "    print(json.load(f).get('version'))",
        ]),
        "python3 /opt/ops/fetch.py",
    ]),
    nodeCase(
        "py-boto3-download-profile",
        "python3: boto3 s3.download_file(bucket, key, '/etc/profile.d/ops.sh') (an object's text as root's shell)",
        [
            ...file("/opt/ops/fetch.py", [
                "import boto3",
                "s3 = boto3.client('s3', region_name='eu-west-1')",
                "s3.download_file('dev-ops-config', 'node/env.sh', '/etc/profile.d/ops.sh')",
            ]),
            "python3 /opt/ops/fetch.py",
        ],
        NODE,
    ),
    nodeCase(
        "py-logging-cron",
        "python3: logging.FileHandler('/etc/cron.d/ops') logging request text",
        [
            ...file("/opt/ops/app.py", [
                "import logging, sys",
                "h = logging.FileHandler('/etc/cron.d/ops')",
                "log = logging.getLogger('ops')",
                "log.addHandler(h)",
                "log.warning(sys.stdin.read())",
            ]),
            "curl -fsSL https://ops.example.com/job | python3 /opt/ops/app.py",
        ],
        NODE,
    ),
    // pathlib Path.write_text under /var/log/ops: a JSON inventory of platform.release().
    nodeCase("py-pathlib-var", "python3: Path('/var/log/ops') / f'{socket.gethostname()}.json' written with json", [
        ...file("/opt/ops/inv.py", [
            "import json, platform",
            "from pathlib import Path",
            "out = Path('/var/log/ops')",
            "out.mkdir(parents=True, exist_ok=True)",
            "(out / 'inventory.json').write_text(json.dumps({'kernel': platform.release()}))",
        ]),
        "python3 /opt/ops/inv.py",
    ]),

    // ================= pip from the default index (round 79: pip trust withdrawn by PIP_/UV_/XDG_CONFIG_*) ===========
    // pip docs "pip install": --index-url defaults to https://pypi.org/simple; a pinned boto3/requests from PyPI,
    // with PIP_ names only in a comment (round 79: trust withdrawn by command words, not comments). Twins: pip.conf
    // chosen by a pod (PIP_CONFIG_FILE, XDG_CONFIG_HOME: pip docs "Configuration": $XDG_CONFIG_HOME/pip/pip.conf).
    nodeCase("pip-default", "python3 -m pip install --no-cache-dir boto3==1.35.0 (default index, PyPI)", [
        "python3 -m pip install --no-cache-dir --upgrade boto3==1.35.0",
    ]),
    // pip docs "pip install" --find-links: "If a URL or path to an html file, then parse for links to archives ... If a
    // local path ... to a directory, then look for archives in the directory listing"; an sdist's setup.py/build
    // backend runs at install, a wheel's files land in root's site-packages: a pod's wheel is root's code.
    nodeCase(
        "pip-find-links-env",
        "PIP_FIND_LINKS=/srv/ops/wheels pip3 install --no-index boto3 (wheels a pod writes)",
        ["PIP_FIND_LINKS=/srv/ops/wheels pip3 install --no-index boto3"],
        NODE,
    ),
    // Was a MISS (fixed in round 80): insecure accepted (got []). The same install from /tmp/wheels, a directory the script did not fill: any
    // local user (or a uid-0 pod with a hostPath) may put a wheel there (round 79's world-writable rule; its /srv twin
    // pip-find-links-env is refused). Where: rootReads.ts RootReads.planted is applied to programs, scripts, sourced
    // files and loader variables only; the pip reader's --find-links/PIP_FIND_LINKS/-r/-c paths are judged against
    // data directories only. Fix (general): every file or directory a root program LOADS (pip --find-links, -r, -c,
    // sysctl -p, modprobe -C, crontab FILE, cp/install sources into judged trees, rsyslog $IncludeConfig...) goes
    // through planted, as a program or a sourced file does.
    nodeCase(
        "pip-find-links-tmp",
        "pip3 install --no-index --find-links /tmp/wheels boto3 (wheels the script did not write)",
        ["pip3 install --no-index --find-links /tmp/wheels boto3"],
        NODE,
    ),
    nodeCase("pip-comment-env", "# PIP_INDEX_URL is not set here; python3 -m pip install requests", [
        "# note: PIP_INDEX_URL / PIP_EXTRA_INDEX_URL are deliberately not set (PyPI only)",
        "python3 -m pip install --no-cache-dir requests==2.32.3",
    ]),
    nodeCase(
        "pip-config-file-srv",
        "PIP_CONFIG_FILE=/srv/ops/pip.conf pip3 install boto3 (a pod picks the index)",
        ["PIP_CONFIG_FILE=/srv/ops/pip.conf pip3 install boto3"],
        NODE,
    ),
    nodeCase(
        "pip-xdg-config",
        "XDG_CONFIG_HOME=/srv/ops pip3 install requests (pip.conf read from a pod's directory)",
        ["XDG_CONFIG_HOME=/srv/ops pip3 install --no-cache-dir requests"],
        NODE,
    ),
];

const CONFIG_CASES: StackCase[] = [
    // ================= sysctl.d, rsyslog, containerd, sudoers, tmpfiles with known text ============================
    // sysctl.d(5) files of known text (somaxconn, max_map_count, inotify), loaded with sysctl -p FILE (sysctl(8)).
    nodeCase("sysctl-d-p", "cat > /etc/sysctl.d/90-k8s.conf (known text); sysctl -p /etc/sysctl.d/90-k8s.conf", [
        ...file("/etc/sysctl.d/90-k8s.conf", [
            "net.core.somaxconn = 1024",
            "vm.max_map_count = 262144",
            "fs.inotify.max_user_watches = 524288",
        ]),
        "sysctl -p /etc/sysctl.d/90-k8s.conf",
    ]),
    // Twin: sysctl -p of a file pods may write: kernel.core_pattern=|/srv/... (core(5)) runs as root on a crash.
    nodeCase(
        "sysctl-p-srv",
        "sysctl -p /srv/ops/sysctl.conf (a pod-written file: kernel.core_pattern=|prog runs as root)",
        ["sysctl -p /srv/ops/sysctl.conf"],
        NODE,
    ),
    // Was a MISS (fixed in round 80): insecure accepted (got []; also sysctl-f-shm, modprobe-c-tmp, crontab-tmp, cp-tmp-profile). sysctl(8)
    // "-p[FILE], --load[=FILE]: Load in sysctl settings from the file specified"; core(5): kernel.core_pattern
    // "|program" runs program as root on every crash. A /tmp file the script did not write is anyone's (round 79's
    // planted rule, which the /srv twin sysctl-p-srv passes). Where: rootReads.ts, the round-78 sysctl branch
    // (sysctlLoadedFiles) asks unknownNow/inUnknownTree only, never RootReads.planted. Fix: see pip-find-links-tmp.
    nodeCase(
        "sysctl-p-tmp",
        "sysctl -p /tmp/sysctl.conf (not written by the script)",
        ["sysctl -p /tmp/sysctl.conf"],
        NODE,
    ),
    nodeCase(
        "sysctl-f-shm",
        "sysctl -f /dev/shm/s.conf (-f is -p's alias; /dev/shm is world-writable)",
        ["sysctl -f /dev/shm/s.conf"],
        NODE,
    ),
    // modprobe(8) -C: "This option overrides the default configuration directory"; modprobe.d(5) "install modulename
    // command...": run that command instead of inserting the module (as root).
    nodeCase(
        "modprobe-c-tmp",
        "modprobe -C /tmp/modprobe.conf br_netfilter (an `install` line there runs as root)",
        ["modprobe -C /tmp/modprobe.conf br_netfilter"],
        NODE,
    ),
    // crontab(1): "crontab [-u user] file: install file as the crontab" (root's, without -u): its lines run as root.
    nodeCase(
        "crontab-tmp",
        "crontab /tmp/ops.cron (root's crontab from a file the script did not write)",
        ["crontab /tmp/ops.cron"],
        NODE,
    ),
    nodeCase(
        "cp-tmp-profile",
        "cp /tmp/ops.sh /etc/profile.d/ops.sh (a /tmp file the script did not write becomes a login-shell startup file)",
        ["cp /tmp/ops.sh /etc/profile.d/ops.sh"],
        NODE,
    ),
    // Round 80 neighbours: pip docs "pip install" -r "Install from the given requirements file" (a line may be
    // --find-links or a local archive): a /tmp file the script did not write picks root's packages.
    nodeCase(
        "pip-r-tmp-fix80",
        "pip3 install -r /tmp/requirements.txt (a requirements file the script did not write)",
        ["pip3 install --no-cache-dir -r /tmp/requirements.txt"],
        /\/tmp\/requirements\.txt/,
    ),
    // sysctl(8) "--load[=FILE]", the long form of -p.
    nodeCase(
        "sysctl-load-tmp-fix80",
        "sysctl --load=/tmp/s.conf (not written by the script)",
        ["sysctl --load=/tmp/s.conf"],
        /\/tmp\/s\.conf/,
    ),
    // Twins: mktemp(1) "the file is created with mode 0600" (root's only), written by the script with known text, then
    // loaded: modprobe.d(5) `options` lines and a crontab(1) line of the image's program.
    nodeCase("modprobe-c-mktemp-fix80", "tmp=$(mktemp); printf 'options br_netfilter ...' > $tmp; modprobe -C $tmp", [
        "tmp=$(mktemp)",
        "printf 'options br_netfilter nf_conntrack_max=131072\\n' > \"$tmp\"",
        'modprobe -C "$tmp" br_netfilter',
    ]),
    nodeCase(
        "crontab-mktemp-fix80",
        "tmp=$(mktemp); printf '*/5 * * * * systemctl restart chronyd' > $tmp; crontab $tmp",
        ["tmp=$(mktemp)", "printf '*/5 * * * * /usr/bin/systemctl restart chronyd\\n' > \"$tmp\"", 'crontab "$tmp"'],
    ),
    // rsyslog RainerScript: if $programname == "kubelet" then action(type="omfile" file="/var/log/kubelet.log"): a
    // log file under /var/log. Twin rsyslog-omprog-srv: omprog "binary: the program to execute" from /srv, as root.
    nodeCase("rsyslog-kubelet", "/etc/rsyslog.d/30-kubelet.conf: kubelet lines to /var/log/kubelet.log", [
        ...file("/etc/rsyslog.d/30-kubelet.conf", [
            'if $programname == "kubelet" then {',
            '    action(type="omfile" file="/var/log/kubelet.log")',
            "    stop",
            "}",
        ]),
        "systemctl restart rsyslog",
    ]),
    nodeCase(
        "rsyslog-omprog-srv",
        "/etc/rsyslog.d/30-ops.conf: module omprog, action binary /srv/ops/alert.sh (root runs it per message)",
        [
            ...file("/etc/rsyslog.d/30-ops.conf", [
                'module(load="omprog")',
                'action(type="omprog" binary="/srv/ops/alert.sh")',
            ]),
            "systemctl restart rsyslog",
        ],
        NODE,
    ),
    // Was a MISS (fixed in round 80): insecure accepted (got []; also rsyslog-legacy-cron, syslogng-file-profile). rsyslog omfile "file: the
    // file to which the messages are written"; syslog-ng destination file(); logger(1) lets any local user send a
    // message, and bash runs every line of /etc/profile.d/*.sh for root's login shells, so a message `x; curl ... | sh`
    // runs as root (cron(8) reads /etc/cron.d lines likewise). Round 79 made "every file output of a root agent
    // (Fluent Bit, fluentd, Telegraf, Vector) a write of unknown content"; rsyslog/syslog-ng, root daemons writing
    // message text, are not in that class. Where: policy-pack/engine/userDataReaders/logAgents.ts (the agents read) and
    // addresses.ts (rsyslog read only for omprog/^program). Fix (general): every file destination of a root log daemon
    // (rsyslog omfile/legacy path/dynaFile template, syslog-ng file(), journald-forwarded) is a write of unknown
    // content at its path, judged by RootReads.unknownTarget.
    nodeCase(
        "rsyslog-omfile-profile",
        "/etc/rsyslog.d/30-ops.conf: every message to /etc/profile.d/syslog.sh",
        [
            ...file("/etc/rsyslog.d/30-ops.conf", ['*.* action(type="omfile" file="/etc/profile.d/syslog.sh")']),
            "systemctl restart rsyslog",
        ],
        NODE,
    ),
    nodeCase(
        "rsyslog-legacy-cron",
        "/etc/rsyslog.d/30-ops.conf: user.* /etc/cron.d/ops (legacy selector/action line)",
        [...file("/etc/rsyslog.d/30-ops.conf", ["user.* /etc/cron.d/ops"]), "systemctl restart rsyslog"],
        NODE,
    ),
    nodeCase(
        "syslogng-file-profile",
        '/etc/syslog-ng/conf.d/ops.conf: destination file("/etc/profile.d/syslog.sh")',
        [
            ...file("/etc/syslog-ng/conf.d/ops.conf", [
                'destination d_ops { file("/etc/profile.d/syslog.sh"); };',
                "log { source(s_sys); destination(d_ops); };",
            ]),
            "systemctl restart syslog-ng",
        ],
        NODE,
    ),
    // Round 80 neighbours (fix80): rsyslog omfile dynaFile (rsyslog docs "omfile": "dynaFile: ... the file name is
    // generated from the template", here template(string=) with %programname%, which any sender of a message sets:
    // logger(1) -t TAG), into /etc/cron.d: a cron file named by the message, with its text.
    nodeCase(
        "rsyslog-dynafile-cron-fix80",
        "/etc/rsyslog.d/30-ops.conf: dynaFile template /etc/cron.d/%programname% (cron files named by the message)",
        [
            ...file("/etc/rsyslog.d/30-ops.conf", [
                'template(name="perprog" type="string" string="/etc/cron.d/%programname%")',
                'user.* action(type="omfile" dynaFile="perprog")',
            ]),
            "systemctl restart rsyslog",
        ],
        /rsyslog .*writes, as root, the records it collects through its omfile action/,
    ),
    // syslog-ng.conf(5): an inline destination in a log statement (`destination { file(...); };`) is a destination
    // like a named one; here root's crontab directory.
    nodeCase(
        "syslogng-inline-cron-fix80",
        '/etc/syslog-ng/conf.d/ops.conf: log { destination { file("/etc/cron.d/ops"); }; } (inline destination)',
        [
            ...file("/etc/syslog-ng/conf.d/ops.conf", [
                'log { source(s_sys); destination { file("/etc/cron.d/ops"); }; };',
            ]),
            "systemctl restart syslog-ng",
        ],
        /syslog-ng .*its destination file\(\/etc\/cron\.d\/ops\)/,
    ),
    // Secure: syslog-ng's file() destination under /var/log (logs are read, never run), with its default
    // `@include "scl.conf"` (syslog-ng.conf(5) include-path: the packaged SCL) and a file() SOURCE reading a log.
    nodeCase(
        "syslogng-varlog-fix80",
        "/etc/syslog-ng/syslog-ng.conf: @include scl.conf, file() destination in /var/log",
        [
            ...file("/etc/syslog-ng/syslog-ng.conf", [
                "@version: 4.4",
                '@include "scl.conf"',
                "source s_sys { system(); internal(); };",
                'source s_app { file("/var/log/app/app.log"); };',
                'destination d_ops { file("/var/log/ops/messages"); };',
                "log { source(s_sys); source(s_app); destination(d_ops); };",
            ]),
            "systemctl restart syslog-ng",
        ],
    ),
    // Secure: the stock rsyslog.conf shape (legacy selectors to /var/log, `-/var/log/maillog` unsynced, omusrmsg for
    // emergencies, $IncludeConfig of rsyslog.d: rsyslog docs "$IncludeConfig").
    nodeCase(
        "rsyslog-stock-fix80",
        "/etc/rsyslog.conf: stock legacy selectors to /var/log and $IncludeConfig rsyslog.d",
        [
            ...file("/etc/rsyslog.conf", [
                'module(load="imjournal" StateFile="imjournal.state")',
                "$IncludeConfig /etc/rsyslog.d/*.conf",
                "*.info;mail.none;authpriv.none;cron.none                /var/log/messages",
                "authpriv.*                                              /var/log/secure",
                "mail.*                                                  -/var/log/maillog",
                "cron.*                                                  /var/log/cron",
                "*.emerg                                                 :omusrmsg:*",
            ]),
            "systemctl restart rsyslog",
        ],
    ),
    // containerd config (v2): registry config_path = /etc/containerd/certs.d, hosts.toml (containerd docs "Registry
    // Configuration - Introduction": mirror hosts with pull/resolve capabilities). Twins: `imports` of /srv (containerd
    // config "imports": more TOML merged in, e.g. a runtime BinaryName) and runc BinaryName /srv/ops/runc (run as root
    // for every container).
    nodeCase(
        "containerd-dropin",
        "/etc/containerd/config.d/10-certs.toml: registry config_path /etc/containerd/certs.d",
        [
            ...file("/etc/containerd/config.d/10-certs.toml", [
                "version = 2",
                '[plugins."io.containerd.grpc.v1.cri".registry]',
                '  config_path = "/etc/containerd/certs.d"',
            ]),
            ...file("/etc/containerd/certs.d/docker.io/hosts.toml", [
                'server = "https://registry-1.docker.io"',
                '[host."https://mirror.gcr.io"]',
                '  capabilities = ["pull", "resolve"]',
            ]),
        ],
    ),
    nodeCase(
        "containerd-imports-srv",
        '/etc/containerd/config.toml: imports = ["/srv/ops/containerd/*.toml"] (a pod writes containerd\'s config)',
        [
            ...file("/etc/containerd/config.toml", ["version = 2", 'imports = ["/srv/ops/containerd/*.toml"]']),
            "systemctl restart containerd",
        ],
        NODE,
    ),
    nodeCase(
        "containerd-runtime-srv",
        "/etc/containerd/config.d/20-runtime.toml: runc BinaryName /srv/ops/runc",
        [
            ...file("/etc/containerd/config.d/20-runtime.toml", [
                "version = 2",
                '[plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]',
                '  BinaryName = "/srv/ops/runc"',
            ]),
        ],
        NODE,
    ),
    // sudoers(5) secure_path: "Path used for every command run from sudo": system directories only. Twins: a
    // secure_path led by /srv/ops/bin (sudo finds a pod's `systemctl` first) and env_keep of LD_PRELOAD/PYTHONPATH (sudoers(5)
    // env_keep: variables preserved into the command's environment).
    nodeCase("sudoers-secure-path", "/etc/sudoers.d/10-path: Defaults secure_path of system dirs (visudo -cf)", [
        "printf 'Defaults secure_path=\"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\"\\n' > /etc/sudoers.d/10-path",
        "chmod 0440 /etc/sudoers.d/10-path",
        "visudo -cf /etc/sudoers.d/10-path",
    ]),
    nodeCase(
        "sudoers-secure-path-srv",
        "/etc/sudoers.d/10-path: Defaults secure_path=/srv/ops/bin:/usr/bin (sudo finds pod-written programs first)",
        [
            "printf 'Defaults secure_path=\"/srv/ops/bin:/usr/sbin:/usr/bin\"\\n' > /etc/sudoers.d/10-path",
            "chmod 0440 /etc/sudoers.d/10-path",
        ],
        NODE,
    ),
    nodeCase(
        "sudoers-env-keep",
        '/etc/sudoers.d/10-env: Defaults env_keep += "LD_PRELOAD PYTHONPATH"',
        [
            "printf 'Defaults env_keep += \"LD_PRELOAD PYTHONPATH\"\\n' > /etc/sudoers.d/10-env",
            "chmod 0440 /etc/sudoers.d/10-env",
        ],
        NODE,
    ),
    // tmpfiles.d(5): "d" creates a directory with mode/owner/age; twins: "L+" (symlink, replacing) of profile.d
    // to a /srv file, and a mode-0777 /usr/local/lib/ops added to ld.so.conf.d (any user's library in every root program).
    nodeCase(
        "tmpfiles-varlog",
        "/etc/tmpfiles.d/ops.conf: d /var/log/ops 0750 root root 14d; systemd-tmpfiles --create",
        [
            ...file("/etc/tmpfiles.d/ops.conf", ["d /var/log/ops 0750 root root 14d", "d /run/ops 0755 root root -"]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
        ],
    ),
    nodeCase(
        "tmpfiles-symlink-profile",
        "/etc/tmpfiles.d/ops.conf: L+ /etc/profile.d/ops.sh - - - - /srv/ops/env.sh",
        [
            ...file("/etc/tmpfiles.d/ops.conf", ["L+ /etc/profile.d/ops.sh - - - - /srv/ops/env.sh"]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
        ],
        NODE,
    ),
    nodeCase(
        "tmpfiles-usrlocal",
        "/etc/tmpfiles.d/ops.conf: d /usr/local/lib/ops 0777 (a world-writable library directory)",
        [
            ...file("/etc/tmpfiles.d/ops.conf", ["d /usr/local/lib/ops 0777 root root -"]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
            "echo /usr/local/lib/ops > /etc/ld.so.conf.d/ops.conf",
            "ldconfig",
        ],
        NODE,
    ),
];

const OTHER = "222222222222";
const AWS_CASES: StackCase[] = [
    // ================= identity Allows pinned to another principal (round 79: pins that cannot be the holder) =======
    // IAM User Guide, "AWS global condition context keys": aws:PrincipalArn (a role session: "the ARN of the role"),
    // aws:PrincipalAccount, kms:CallerAccount (KMS Developer Guide) are always present; a positive exact pin naming only
    // other principals/accounts never holds for this role, so the Allow is nothing (round 79). Twins name the role itself.
    ops("pin-arn-list-other", "may Decrypt share-1 only if aws:PrincipalArn is one of two other roles", [
        allow("kms:Decrypt", SHARE1, {
            Condition: { ArnEquals: { "aws:PrincipalArn": [opsArn("break-glass-a"), opsArn("break-glass-b")] } },
        }),
    ]),
    ops(
        "pin-arn-list-self",
        "may Decrypt share-1 if aws:PrincipalArn is another role or itself",
        [
            allow("kms:Decrypt", SHARE1, {
                Condition: {
                    ArnEquals: { "aws:PrincipalArn": [opsArn("break-glass-a"), opsArn("pin-arn-list-self-rt79c")] },
                },
            }),
        ],
        /./,
    ),
    ops("pin-account-other", "may Decrypt keys/* only if aws:PrincipalAccount is 222222222222", [
        allow("kms:Decrypt", KEYS, { Condition: { StringEquals: { "aws:PrincipalAccount": OTHER } } }),
    ]),
    ops(
        "pin-account-self",
        "may Decrypt keys/* if aws:PrincipalAccount is its own account",
        [allow("kms:Decrypt", KEYS, { Condition: { StringEquals: { "aws:PrincipalAccount": A } } })],
        /./,
    ),
    ops("pin-caller-other", "may Sign/Decrypt * only if kms:CallerAccount is 222222222222", [
        allow(["kms:Decrypt", "kms:Sign"], "*", { Condition: { StringEquals: { "kms:CallerAccount": [OTHER] } } }),
    ]),
    ops(
        "pin-caller-self",
        "may Sign/Decrypt * if kms:CallerAccount is its own account",
        [allow(["kms:Decrypt", "kms:Sign"], "*", { Condition: { StringEquals: { "kms:CallerAccount": [A] } } })],
        /./,
    ),
    // Refused by design (pinned, not a miss): the narrowing works (the verdict names "kms:Decrypt on
    // arn:*:*:*:222222222222:*" and reaches no custody key), but an identity of no workload holding kms:Decrypt on
    // anything is refused by the allowlist (issue 9; round 78 aws header; engine/judge.ts judgeIdentity "no workload of
    // the custody model has this identity"). IAM User Guide, aws:ResourceAccount: the account that owns the resource.
    ops(
        "resacct-list-other",
        "may Decrypt * only in accounts 222222222222/333333333333 (aws:ResourceAccount; refused by design)",
        [
            allow("kms:Decrypt", "*", {
                Condition: { StringEquals: { "aws:ResourceAccount": [OTHER, "333333333333"] } },
            }),
        ],
        /no workload of the custody model has this identity/,
    ),
    ops(
        "resacct-like-self",
        "may Decrypt * in accounts 1111* (StringLike aws:ResourceAccount matches its own)",
        [allow("kms:Decrypt", "*", { Condition: { StringLike: { "aws:ResourceAccount": "1111*" } } })],
        /./,
    ),

    // ================= identity Denies covering the holder (round 79: subtracted) ===================================
    // IAM User Guide, "Policy evaluation logic": "an explicit deny in any policy overrides any allow". A Deny of kms:*
    // on * with no condition, or one naming the holder's own ARN/account with a positive operator, leaves nothing.
    ops("deny-own-account", "Allow kms:Decrypt keys/*, Deny kms:* * where aws:PrincipalAccount is its own account", [
        allow("kms:Decrypt", KEYS),
        { Effect: "Deny", Action: "kms:*", Resource: "*", Condition: { StringEquals: { "aws:PrincipalAccount": A } } },
    ]),
    ops("deny-star-arneq-self", "Allow kms:Decrypt keys/*, Deny kms:* * where aws:PrincipalArn is itself", [
        allow("kms:Decrypt", KEYS),
        {
            Effect: "Deny",
            Action: "kms:*",
            Resource: "*",
            Condition: { ArnEquals: { "aws:PrincipalArn": opsArn("deny-star-arneq-self-rt79c") } },
        },
    ]),
    ops("deny-decrypt-star", "Allow kms:Decrypt keys/*, Deny kms:Decrypt * (unconditional)", [
        allow("kms:Decrypt", KEYS),
        { Effect: "Deny", Action: "kms:Decrypt", Resource: "*" },
    ]),
    // Was a MISS (fixed in round 80): secure refused (also deny-notequals-account). IAM User Guide, "Condition operators": ArnNotEquals /
    // StringNotEquals are "negated matching"; aws:PrincipalArn of a role session is "the ARN of the role", always
    // present; so `ArnNotEquals aws:PrincipalArn role/break-glass-a` is TRUE for this role: the Deny kms:* on * holds
    // for it as surely as an unconditional one (only break-glass-a would escape it, and it holds nothing here).
    // Refused three times (share-custody, custody-share-rings, custody-effective-access "allows kms:Decrypt on key/*,
    // reaching key ... share-1"). Where: policy-pack/model/conditions.ts denySurelyHoldsFor: only positive operators
    // naming the holder's own value count. Fix (general): a negated exact operator (StringNotEquals[IgnoreCase],
    // ArnNotEquals, ArnNotLike/StringNotLike whose patterns cannot match the holder) on a holder key whose values all
    // differ from the holder's also surely holds (no IfExists needed: these keys are always present).
    ops("deny-notequals-other", "Allow Decrypt keys/*, Deny kms:* * unless aws:PrincipalArn is the break-glass role", [
        allow("kms:Decrypt", KEYS),
        {
            Effect: "Deny",
            Action: "kms:*",
            Resource: "*",
            Condition: { ArnNotEquals: { "aws:PrincipalArn": opsArn("break-glass-a") } },
        },
    ]),
    ops("deny-notequals-account", "Allow Decrypt keys/*, Deny kms:* * unless aws:PrincipalAccount is 222222222222", [
        allow("kms:Decrypt", KEYS),
        {
            Effect: "Deny",
            Action: "kms:*",
            Resource: "*",
            Condition: { StringNotEquals: { "aws:PrincipalAccount": OTHER } },
        },
    ]),
    // Was a MISS (fixed in round 80): secure refused. The Deny kms:* on key/* (no condition) covers the Allow kms:Decrypt on key/* exactly: the
    // role may Decrypt nothing. Refused: custody-effective-access "allows kms:Decrypt on arn:aws:kms:...:key/*: no
    // workload of the custody model has this identity" (the custody reach IS subtracted: no "reaching"). Where:
    // policy-pack/engine/judge.ts judgeIdentity: `deniedEverywhere` takes only Denies whose Resource includes "*".
    // Fix (general): drop an Allow's action when unconditional Denies' Resource patterns surely cover every one of the
    // Allow's patterns (globSubsumes), not only when a Deny names "*".
    ops("deny-star-keys", "Allow kms:Decrypt keys/*, Deny kms:* keys/* (unconditional, the same Resource)", [
        allow("kms:Decrypt", KEYS),
        { Effect: "Deny", Action: "kms:*", Resource: KEYS },
    ]),
    ops(
        "deny-not-self",
        "Allow Decrypt keys/*, Deny kms:* * unless aws:PrincipalArn is itself (the Deny never holds)",
        [
            allow("kms:Decrypt", KEYS),
            {
                Effect: "Deny",
                Action: "kms:*",
                Resource: "*",
                Condition: { ArnNotEquals: { "aws:PrincipalArn": opsArn("deny-not-self-rt79c") } },
            },
        ],
        /./,
    ),
    ops(
        "deny-other-account",
        "Allow kms:Decrypt keys/*, Deny kms:* * where aws:PrincipalAccount is another account",
        [
            allow("kms:Decrypt", KEYS),
            {
                Effect: "Deny",
                Action: "kms:*",
                Resource: "*",
                Condition: { StringEquals: { "aws:PrincipalAccount": OTHER } },
            },
        ],
        /./,
    ),
    // Round 80 neighbours of the negated pins (model/conditions.ts negatedExcludingHolder). An ArnNotLike of another
    // account's roles excludes this role (of 111, whatever its path): the Deny holds for it (IAM User Guide, "Condition
    // operators": negated matching). A pattern of this account's roles (`role/break-glass-*`) is not read so: a role
    // path `/break-glass-x/` would put this role under it (IAM User Guide, "IAM identifiers": paths).
    ops(
        "deny-notlike-other-account-fix80",
        "Allow Decrypt keys/*, Deny kms:* * unless aws:PrincipalArn is a role of 222222222222",
        [
            allow("kms:Decrypt", KEYS),
            {
                Effect: "Deny",
                Action: "kms:*",
                Resource: "*",
                Condition: { ArnNotLike: { "aws:PrincipalArn": `arn:aws:iam::${OTHER}:role/*` } },
            },
        ],
    ),
    // A pattern that matches this role: the Deny does not apply to it, the Allow stands.
    ops(
        "deny-notlike-self-fix80",
        "Allow Decrypt keys/*, Deny kms:* * unless aws:PrincipalArn is role/deny-notlike-* (itself)",
        [
            allow("kms:Decrypt", KEYS),
            {
                Effect: "Deny",
                Action: "kms:*",
                Resource: "*",
                Condition: { ArnNotLike: { "aws:PrincipalArn": opsArn("deny-notlike-*") } },
            },
        ],
        /./,
    ),
    // A list naming its own account beside another: StringNotEquals is false for it, the Deny does not apply.
    ops(
        "deny-notequals-account-list-fix80",
        "Allow Decrypt keys/*, Deny kms:* * unless aws:PrincipalAccount is 222222222222 or its own",
        [
            allow("kms:Decrypt", KEYS),
            {
                Effect: "Deny",
                Action: "kms:*",
                Resource: "*",
                Condition: { StringNotEquals: { "aws:PrincipalAccount": [OTHER, A] } },
            },
        ],
        /./,
    ),
    // Round 80 neighbours of deny-star-keys (engine/judge.ts deniedOnAllOf). A Deny of every KMS resource of the
    // account covers key/*: nothing is left.
    ops(
        "deny-account-kms-fix80",
        "Allow Decrypt keys/*, Deny kms:Decrypt on arn:aws:kms:eu-west-1:111:* (unconditional)",
        [
            allow("kms:Decrypt", KEYS),
            { Effect: "Deny", Action: "kms:Decrypt", Resource: `arn:aws:kms:eu-west-1:${A}:*` },
        ],
    ),
    // A Deny of part of key/* (a key-id prefix) leaves the rest, share-1 included.
    ops(
        "deny-keys-prefix-fix80",
        "Allow Decrypt keys/*, Deny kms:* on key/0* only (share-1 stays)",
        [allow("kms:Decrypt", KEYS), { Effect: "Deny", Action: "kms:*", Resource: `${KEYS.slice(0, -1)}0*` }],
        /./,
    ),
    // A Deny of key/* for another action leaves Decrypt.
    ops(
        "deny-keys-encrypt-fix80",
        "Allow Decrypt keys/*, Deny kms:Encrypt on key/* (Decrypt stays)",
        [allow("kms:Decrypt", KEYS), { Effect: "Deny", Action: "kms:Encrypt", Resource: KEYS }],
        /./,
    ),
    // IAM User Guide, aws:MultiFactorAuthPresent with BoolIfExists "false": a session authenticated with MFA has the
    // key true, so the Deny does not apply to it: an MFA'd platform-ops session keeps Decrypt on the share keys.
    ops(
        "deny-unless-mfa",
        "Allow Decrypt keys/*, Deny kms:* * where BoolIfExists aws:MultiFactorAuthPresent false (lifted by MFA)",
        [
            allow("kms:Decrypt", KEYS),
            {
                Effect: "Deny",
                Action: "kms:*",
                Resource: "*",
                Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } },
            },
        ],
        /./,
    ),

    // ================= key policy Deny of the exact principal (round 79: shuts out) =================================
    // KMS Developer Guide, "Key policies": an explicit Deny in the key policy overrides an IAM Allow.
    edit("keydeny-cmk", "an ops role with Decrypt on the table CMK; the CMK's key policy Denies it kms:*", r => {
        opsRole(r, "prod", A, "keydeny-cmk-rt79c", [allow("kms:Decrypt", CMK)]);
        addKey(r, "signer-tables-cmk", {
            Sid: "DenyOps",
            Effect: "Deny",
            Principal: { AWS: opsArn("keydeny-cmk-rt79c") },
            Action: "kms:*",
            Resource: "*",
        });
    }),
    edit(
        "keydeny-cmk-other",
        "an ops role with Decrypt on the table CMK; the CMK's key policy Denies another role",
        r => {
            opsRole(r, "prod", A, "keydeny-cmk-other-rt79c", [allow("kms:Decrypt", CMK)]);
            addKey(r, "signer-tables-cmk", {
                Sid: "DenyOps",
                Effect: "Deny",
                Principal: { AWS: opsArn("keydeny-someone-else") },
                Action: "kms:*",
                Resource: "*",
            });
        },
        /./,
    ),
    // Was a MISS (fixed in round 80): secure refused. The same shut-out on share-1: custody-effective-access and custody-share-rings accept it,
    // share-custody refuses "role keydeny-exact-rt79c is allowed kms:Decrypt on signer-shares-share-1 ... through the
    // key's root delegation it can unwrap the share". Where: policy-pack/rules/share-custody.ts
    // checkNobodyElseOnShares: a same-account identity's Allow is judged against the key's root delegation with no
    // look at the key policy's own Deny statements (only foreignShutOut for other accounts). Fix (general): read the
    // key policy's Deny of the identity (exact principal, no condition: model/keyAccess.ts, as the engine does) before
    // reporting, in every share-key form rule.
    edit("keydeny-exact", "an ops role with Decrypt on share-1; share-1's key policy Denies it kms:*", r => {
        opsRole(r, "prod", A, "keydeny-exact-rt79c", [allow("kms:Decrypt", SHARE1)]);
        addKey(r, "signer-shares-share-1", {
            Sid: "DenyOps",
            Effect: "Deny",
            Principal: { AWS: opsArn("keydeny-exact-rt79c") },
            Action: "kms:*",
            Resource: "*",
        });
    }),
    // Round 80 neighbours of keydeny-exact (rules/keyPolicyDeny.ts, read as engine/build.ts resourceDenied). A Deny of
    // kms:Encrypt only leaves the role Decrypt on share-1.
    edit(
        "keydeny-encrypt-fix80",
        "an ops role with Decrypt on share-1; share-1's key policy Denies it kms:Encrypt only",
        r => {
            opsRole(r, "prod", A, "keydeny-encrypt-fix80-rt79c", [allow("kms:Decrypt", SHARE1)]);
            addKey(r, "signer-shares-share-1", {
                Sid: "DenyOps",
                Effect: "Deny",
                Principal: { AWS: opsArn("keydeny-encrypt-fix80-rt79c") },
                Action: "kms:Encrypt",
                Resource: "*",
            });
        },
        /./,
    ),
    // A Deny lifted by MFA (BoolIfExists aws:MultiFactorAuthPresent false) may not hold: the grant stands.
    edit(
        "keydeny-mfa-fix80",
        "an ops role with Decrypt on share-1; share-1's key policy Denies it kms:* unless MFA",
        r => {
            opsRole(r, "prod", A, "keydeny-mfa-fix80-rt79c", [allow("kms:Decrypt", SHARE1)]);
            addKey(r, "signer-shares-share-1", {
                Sid: "DenyOps",
                Effect: "Deny",
                Principal: { AWS: opsArn("keydeny-mfa-fix80-rt79c") },
                Action: "kms:*",
                Resource: "*",
                Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } },
            });
        },
        /./,
    ),
    // A Deny of kms:* with the role's own session ARN as principal covers that session only: the role's other
    // sessions keep Decrypt (engine/trustDeny.ts principalCovers).
    edit(
        "keydeny-session-fix80",
        "an ops role with Decrypt on share-1; share-1's key policy Denies one session of it",
        r => {
            opsRole(r, "prod", A, "keydeny-session-fix80-rt79c", [allow("kms:Decrypt", SHARE1)]);
            addKey(r, "signer-shares-share-1", {
                Sid: "DenyOps",
                Effect: "Deny",
                Principal: { AWS: `arn:aws:sts::${A}:assumed-role/keydeny-session-fix80-rt79c/one` },
                Action: "kms:*",
                Resource: "*",
            });
        },
        /./,
    ),
    edit(
        "keydeny-other",
        "an ops role with Decrypt on share-1; share-1's key policy Denies another role",
        r => {
            opsRole(r, "prod", A, "keydeny-other-rt79c", [allow("kms:Decrypt", SHARE1)]);
            addKey(r, "signer-shares-share-1", {
                Sid: "DenyOps",
                Effect: "Deny",
                Principal: { AWS: opsArn("keydeny-someone-else") },
                Action: "kms:*",
                Resource: "*",
            });
        },
        /./,
    ),

    // ================= table key usable only through DynamoDB for non-custody tables (round 79) =====================
    // KMS Developer Guide "kms:ViaService"; DynamoDB Developer Guide "How Amazon DynamoDB uses AWS KMS": the encryption
    // context is aws:dynamodb:tableName (and subscriberId); Decrypt of the CMK only for table ops-audit via DynamoDB.
    ops("cmk-via-ddb-ops-table", "may Decrypt the table CMK via dynamodb for table ops-audit only", [
        allow(["kms:Decrypt", "kms:DescribeKey"], CMK, {
            Condition: {
                StringEquals: {
                    "kms:ViaService": "dynamodb.eu-west-1.amazonaws.com",
                    "kms:EncryptionContext:aws:dynamodb:tableName": "ops-audit",
                },
            },
        }),
    ]),
    ops(
        "cmk-via-ddb-keystore",
        "may Decrypt the table CMK via dynamodb for table custody-prod-keystore",
        [
            allow("kms:Decrypt", CMK, {
                Condition: {
                    StringEquals: {
                        "kms:ViaService": "dynamodb.eu-west-1.amazonaws.com",
                        "kms:EncryptionContext:aws:dynamodb:tableName": "custody-prod-keystore",
                    },
                },
            }),
        ],
        /./,
    ),

    // ================= permission boundaries by resource (round 79: cap by resource too) ============================
    // IAM User Guide, "Permissions boundaries for IAM entities": effective permissions are the intersection of the
    // identity policy and the boundary; a boundary of table/ops-* leaves GetItem on the keystore nothing.
    edit("boundary-exact-keystore", "an ops role with GetItem on the keystore ARN, its boundary table/ops-* only", r =>
        bounded(
            r,
            "boundary-exact-keystore-rt79c",
            [allow("dynamodb:GetItem", `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-keystore`)],
            [allow(["dynamodb:GetItem", "dynamodb:Query"], `arn:aws:dynamodb:eu-west-1:${A}:table/ops-*`)],
        ),
    ),
    edit(
        "boundary-custody-tables",
        "an ops role with GetItem on the keystore ARN, its boundary dynamodb:GetItem on table/custody-*",
        r =>
            bounded(
                r,
                "boundary-custody-tables-rt79c",
                [allow("dynamodb:GetItem", `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-keystore`)],
                [allow(["dynamodb:GetItem", "dynamodb:Query"], `arn:aws:dynamodb:eu-west-1:${A}:table/custody-*`)],
            ),
        /./,
    ),
];

const ALL = [...NODE_CASES, ...AGENT_CASES, ...CONFIG_CASES, ...AWS_CASES];
describeVariants(
    "red team 79: secure variants after the round-79 fixes and their insecure twins",
    ALL.filter(c => c.refused),
    ALL.filter(c => !c.refused),
);
