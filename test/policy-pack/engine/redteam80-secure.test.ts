// Red-team round 80 on over-refusals (area secure, fresh eyes): SECURE variants a platform team writes on the committed
// stacks (dev node user data, prod identity and key policies, prod Kubernetes RBAC), each with an insecure twin.
// Probed: (node user data, dev) logrotate postrotate, sysctl.d files / sysctl -p / kernel.core_pattern (file, the
// image's systemd-coredump, |/srv, |/tmp via /proc and sysctl -w) / kernel.modprobe, cron.d and crontab FILE, env -C /
// sudo -D / systemd-run --working-directory with curl -o / wget -O, flock (command, -c), directory modes by other
// spellings (install -d -m 1777, mkdir -m a+rwx, chmod 0757 / o+w, tmpfiles.d 0757), cd "$(mktemp -d)" vs cd
// /var/tmp, copies of plantable files into sysctl.d / cron.d / profile.d (cat, cp, tee <, dd, install /dev/stdin),
// systemd WorkingDirectory with a relative ExecStart, yum repos (https + gpgcheck vs file:///srv + gpgcheck=0), rpm -U / yum localinstall of /var/tmp and /tmp files,
// profile.d PATH, ld.so.conf.d, the CloudWatch agent, xargs -a, source <(cat), bash -c "$(cat)"; (AWS, prod) identity
// Denies by NotResource / NotAction / wildcard actions / principal tags (StringNotEquals, Null) / aws:RequestedRegion /
// aws:SourceVpce, ReEncrypt (out to a foreign key; kms:ReEncryptOnSameKey), ABAC the holder satisfies itself
// (TagResource + aws:ResourceTag, CreateAlias + kms:ResourceAliases), key-policy Denies to "*" with negated caller
// pins (ArnNotEquals / ArnNotLike / PrincipalAccount) and NotPrincipal; (K8s, prod validators) leases, deployments/
// scale, pods/eviction, rolebindings without bind, bind on view, batch reads, a resourceNames-pinned ConfigMap; twins
// pods/exec, deployments patch, ephemeral containers, bind on cluster-admin / admin, jobs create, roles escalate.
// Misses (11 insecure accepted, 8 secure refused):
//   - INSECURE, the script's own write in a world-writable directory without errexit, then run (protected_regular):
//     cd-vartmp-write-run, vartmp-write-run (rootReads.ts RootReads.planted; round 79 tmp-written-run pins the /tmp
//     spelling clean: the pack must choose).
//   - INSECURE, sysctl.d / sysctl.conf files of unknown text (core_pattern and modprobe run programs as root):
//     cat-vartmp-sysctl, cp-vartmp-sysctl, curl-sysctl-d (userData.ts written: unknownHelper covers /proc/sys only).
//   - INSECURE, a copy of a planted standard input: tee-tmp-cron, tee-tmp-profile, install-stdin-tmp (stdin provenance).
//   - INSECURE, kernel helper programs in /tmp or /var/tmp: proc-core-pattern-tmp, sysctl-w-core-tmp,
//     sysctl-w-modprobe-tmp (userData.ts kernelRuns: judge.ran without RootReads.planted; modprobe not read).
//     Fixed in round 80 (fix80-kernel), unskipped.
//   - secure, an unread program's --opt=VALUE in a cron job taken as a file under /root: crontab-own.
//   - secure, ld.so.conf.d naming a root directory the script made: ldconf-opt.
//   - secure, identity Denies the pack does not read: deny-notresource (NotResource), deny-untagged and deny-null-tag
//     (aws:PrincipalTag of an untagged role), deny-region-other (aws:RequestedRegion of regional keys).
//   - secure, ReEncrypt pinned to the same key (kms:ReEncryptOnSameKey): reencrypt-same-key.
//   - secure, a key-policy Deny by NotPrincipal: keyguard-notprincipal.
// Held: 47 of 58 insecure refused; 30 of 38 secure clean.
import { describeVariants, find, prop, Resources, setProp, StackCase } from "./support";
import { ACCOUNT, allow, opsRole } from "./awsCaseBuilders";
import { heredocFile } from "./nodeBuilders";
import { secureCaseBuilders } from "./secureCaseBuilders";
import { roleFor } from "./variantBuilders";

const { node } = secureCaseBuilders("rt80s");
const file = heredocFile;
/** What a refusal of a node's user data names (any node finding). */
const NODE = /./;
const nodeCase = (tag: string, what: string, lines: string[], refused?: RegExp, skip?: string) =>
    node(tag, `${what} (${tag}-rt80s)`, lines, refused, skip);

const A = ACCOUNT.prod;
const KEY = "aws:kms/key:Key";
const ROLE = "aws:iam/role:Role";
const SHARE1 = `arn:aws:kms:eu-west-1:${A}:key/48163296-803a-4ce6-ad53-a0a0de26d32e`;
const OPSKEY = `arn:aws:kms:eu-west-1:${A}:key/0c5e8f4a-1d2b-4c3d-9e8f-7a6b5c4d3e2f`;
const KEYS = `arn:aws:kms:eu-west-1:${A}:key/*`;
const opsArn = (name: string) => `arn:aws:iam::${A}:role/${name}`;
const ops = (id: string, what: string, statements: object[], refused?: RegExp, skip?: string): StackCase => ({
    stack: "prod",
    name: `${refused ? "AI" : "A"}: ${id}-rt80s: ${what}`,
    edit: (r: Resources) => opsRole(r, "prod", A, `${id}-rt80s`, statements),
    ...(refused ? { refused } : {}),
    ...(skip ? { skip } : {}),
});
const edit = (id: string, what: string, e: (r: Resources) => void, refused?: RegExp, skip?: string): StackCase => ({
    stack: "prod",
    name: `${refused ? "AI" : "A"}: ${id}-rt80s: ${what}`,
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
/** A prod ops role with these statements and these IAM tags. */
const taggedOps = (r: Resources, name: string, statements: object[], tags: Record<string, string>) => {
    opsRole(r, "prod", A, name, statements);
    if (Object.keys(tags).length) setProp(find(r, ROLE, name), "tags", tags);
};

const RBAC = "rbac.authorization.k8s.io";
const AUDITOR = [{ kind: "User", apiGroup: RBAC, name: "auditor" }];
const k8sCase = (id: string, what: string, rules: object[], refused?: RegExp, skip?: string): StackCase => ({
    stack: "prod",
    name: `${refused ? "KI" : "K"}: ${id}-rt80s: ${what}`,
    edit: (r: Resources) => roleFor(r, `${id}-rt80s`, rules, AUDITOR, "validators"),
    ...(refused ? { refused } : {}),
    ...(skip ? { skip } : {}),
});

const NODE_CASES: StackCase[] = [
    // ================= logrotate (root's daily job runs its scripts) ============================================
    // logrotate(8): "postrotate/endscript: The lines between postrotate and endscript (both of which must appear on
    // lines by themselves) are executed (using /bin/sh) after the log file is rotated"; logrotate runs as root from
    // logrotate.timer. Secure: the script is a HUP to rsyslog; twin: the postrotate runs /srv/ops/reopen.sh, a file of
    // /srv (a directory pods may write: podSpec.ts), i.e. a pod's text as root once a day.
    nodeCase(
        "logrotate-varlog",
        "logrotate.d/ops: /var/log/ops/*.log daily, postrotate systemctl kill -s HUP rsyslog",
        [
            "mkdir -p /var/log/ops",
            ...file("/etc/logrotate.d/ops", [
                "/var/log/ops/*.log {",
                "    daily",
                "    rotate 7",
                "    compress",
                "    missingok",
                "    notifempty",
                "    postrotate",
                "        /usr/bin/systemctl kill -s HUP rsyslog.service >/dev/null 2>&1 || true",
                "    endscript",
                "}",
            ]),
        ],
    ),
    nodeCase(
        "logrotate-postrotate-srv",
        "logrotate.d/ops: postrotate /bin/sh /srv/ops/reopen.sh (a pod-written script as root)",
        [
            "mkdir -p /var/log/ops",
            ...file("/etc/logrotate.d/ops", [
                "/var/log/ops/*.log {",
                "    daily",
                "    rotate 7",
                "    postrotate",
                "        /bin/sh /srv/ops/reopen.sh",
                "    endscript",
                "}",
            ]),
        ],
        NODE,
    ),

    // ================= sysctl: files of the script, and settings naming programs ================================
    // sysctl(8): "-p[FILE], --load[=FILE]: Load in sysctl settings from the file specified"; the script wrote the
    // file with known text. Twin: /var/tmp is world-writable and sticky like /tmp (FHS 3.0 "/var/tmp: Temporary files
    // preserved between system reboots"), the script never wrote /var/tmp/90-ops.conf: any local user plants
    // kernel.core_pattern=|/home/u/x there (core(5): a piped core_pattern program "is executed as root").
    nodeCase("sysctl-p-own", "write /etc/sysctl.d/90-ops.conf, sysctl -p that file", [
        ...file("/etc/sysctl.d/90-ops.conf", ["net.core.somaxconn = 4096", "vm.max_map_count = 262144"]),
        "sysctl -p /etc/sysctl.d/90-ops.conf",
    ]),
    nodeCase(
        "sysctl-p-vartmp",
        "sysctl -p /var/tmp/90-ops.conf (not written by the script)",
        ["sysctl -p /var/tmp/90-ops.conf"],
        NODE,
    ),
    // core(5) "Piping core dumps to a program": "If the first character of this file is a pipe symbol (|), then the
    // remainder of the line is interpreted as the command-line for a user-space program (or script) that is to be
    // executed ... The program is executed as root". Secure: the core dumps are written as files to /var/crash (a
    // root directory; no program); twin: the program is /srv/ops/crash.sh, so any pod that writes /srv and makes a
    // process crash runs its text as root.
    nodeCase("core-pattern-file", "sysctl.d: kernel.core_pattern=/var/crash/core.%e.%p (a file pattern)", [
        "mkdir -p /var/crash && chmod 0700 /var/crash",
        "printf '%s\\n' 'kernel.core_pattern = /var/crash/core.%e.%p' > /etc/sysctl.d/50-coredump.conf",
        "sysctl --system",
    ]),
    nodeCase(
        "core-pattern-pipe-srv",
        "sysctl.d: kernel.core_pattern=|/srv/ops/crash.sh %p (a pod-written crash handler run as root)",
        [
            "printf '%s\\n' 'kernel.core_pattern = |/srv/ops/crash.sh %p' > /etc/sysctl.d/50-coredump.conf",
            "sysctl --system",
        ],
        NODE,
    ),
    // proc_sys_kernel(5) /proc/sys/kernel/modprobe: "the pathname of the program used to load a kernel module", run
    // by the kernel (as root) for a module request; here a file of /srv.
    nodeCase(
        "kernel-modprobe-srv",
        "sysctl -w kernel.modprobe=/srv/ops/modprobe (the kernel's module loader, run as root)",
        ["sysctl -w kernel.modprobe=/srv/ops/modprobe"],
        NODE,
    ),

    // ================= cron ========================================================================================
    // crontab(5): the system crontab and /etc/cron.d files name the user ("root") before the command. Secure: a
    // find -delete of old logs; twin: the job is /bin/sh /srv/ops/hook.sh every 5 minutes.
    nodeCase("crond-find", "cron.d/ops-cleanup: root find /var/log/ops -mtime +14 -delete nightly", [
        ...file("/etc/cron.d/ops-cleanup", [
            "SHELL=/bin/bash",
            "PATH=/usr/sbin:/usr/bin:/sbin:/bin",
            "0 3 * * * root /usr/bin/find /var/log/ops -name '*.gz' -mtime +14 -delete",
        ]),
        "chmod 0644 /etc/cron.d/ops-cleanup",
    ]),
    nodeCase(
        "crond-srv",
        "cron.d/ops-hook: root /bin/sh /srv/ops/hook.sh every 5 minutes",
        [...file("/etc/cron.d/ops-hook", ["*/5 * * * * root /bin/sh /srv/ops/hook.sh"])],
        NODE,
    ),
    // crontab(1): "crontab [-u user] file": installs FILE as the user's crontab. Secure: a file the script wrote;
    // twin: /var/tmp/root.cron, which a local user may have planted (sticky world-writable /var/tmp).
    // Was a MISS (fixed in round 81): secure refused. crontab(5): the job runs journalctl --vacuum-size=500M (journalctl(1): "--vacuum-size=
    // removes the oldest archived journal files until the disk space they use falls below the specified size"): 500M is
    // a size. Refused: "user data writes /root/500M with content the pack cannot read (a root cron job ...: journalctl, a
    // program the pack does not read, names it)"; the same command in the user data itself is clean, a find job is clean.
    // Where: policy-pack/engine/rootReads.ts unknownEditor/judgeNamed: an unread program's --opt=VALUE is taken as a path
    // relative to the cron job's directory (/root). Fix (general): an option's value is a file only when the program is
    // known to take one there; or read journalctl (and other read-only system tools) as UNKNOWN_EDITOR_EXEMPT.
    nodeCase("crontab-own", "write /etc/ops/root.cron; crontab -u root /etc/ops/root.cron", [
        ...file("/etc/ops/root.cron", ["15 * * * * /usr/bin/journalctl --vacuum-size=500M >/dev/null 2>&1"]),
        "crontab -u root /etc/ops/root.cron",
    ]),
    // Round 81: rootReads.ts keepsWorkingDirectory: journalctl writes nothing relative to its working directory but a
    // --cursor-file (journalctl(1): "--cursor-file=FILE ... At the end, write the cursor of the last entry to FILE").
    nodeCase("journal-vacuum-time-fix81", "root cron job: journalctl --vacuum-time=2weeks --vacuum-files=5", [
        ...file("/etc/ops/root.cron", ["30 3 * * * /usr/bin/journalctl --vacuum-time=2weeks --vacuum-files=5"]),
        "crontab -u root /etc/ops/root.cron",
    ]),
    nodeCase(
        "journal-cursor-bashrc-fix81",
        "root cron job: journalctl --cursor-file=.bashrc (in /root: root's startup file)",
        [
            ...file("/etc/ops/root.cron", ["*/5 * * * * /usr/bin/journalctl --cursor-file=.bashrc -n 10"]),
            "crontab -u root /etc/ops/root.cron",
        ],
        /\/root\/\.bashrc/,
    ),
    nodeCase(
        "crontab-vartmp",
        "crontab -u root /var/tmp/root.cron (not written)",
        ["crontab -u root /var/tmp/root.cron"],
        NODE,
    ),

    // ================= launchers with a working directory, and curl/wget output files ================================
    // env(1) (coreutils 8.28+): "-C, --chdir=DIR change working directory to DIR"; curl(1) "-o, --output <file>" and
    // wget(1) "-O file" write relative to the process's working directory. Secure: tools unpacked in /opt/ops; twin:
    // the download lands in /etc/profile.d (a login-shell startup file, bash(1) INVOCATION) or /etc/cron.d (cron(8)).
    nodeCase("env-chdir-opt", "env -C /opt/ops curl -o tools.tgz; env --chdir=/opt/ops tar xzf tools.tgz", [
        "mkdir -p /opt/ops",
        "env -C /opt/ops curl -fsSL https://ops.example.com/tools.tgz -o tools.tgz",
        "env --chdir=/opt/ops tar xzf tools.tgz",
    ]),
    nodeCase(
        "env-chdir-curl-profile",
        "env --chdir=/etc/profile.d curl -o ops.sh (a server's text as root's login shell)",
        ["env --chdir=/etc/profile.d curl -fsSL https://ops.example.com/env.sh -o ops.sh"],
        NODE,
    ),
    nodeCase(
        "sudo-D-wget-cron",
        "sudo -D /etc/cron.d wget -q -O ops URL (the job file lands in cron.d)",
        ["sudo -D /etc/cron.d wget -q -O ops https://ops.example.com/ops.cron"],
        NODE,
    ),
    // flock(1): "flock [options] file|directory command [arguments]" and "-c, --command command: Pass a single
    // command, without arguments, to the shell with -c". Secure: dnf under a lock; twins: the locked command is a /srv
    // script, or the -c string runs it.
    nodeCase("flock-dnf", "flock -w 60 /run/ops.lock dnf install -y amazon-cloudwatch-agent", [
        "flock -w 60 /run/ops.lock dnf install -y amazon-cloudwatch-agent",
        "flock --wait 60 /run/ops.lock -c 'systemctl daemon-reload'",
    ]),
    nodeCase(
        "flock-srv",
        "flock -w 60 /run/ops.lock sh /srv/ops/install.sh",
        ["flock -w 60 /run/ops.lock sh /srv/ops/install.sh"],
        NODE,
    ),
    nodeCase(
        "flock-c-srv",
        "flock -x /run/ops.lock -c 'sh /srv/ops/install.sh' (the -c string runs a /srv script)",
        ["flock -x /run/ops.lock -c 'sh /srv/ops/install.sh'"],
        NODE,
    ),

    // ================= directory modes the script sets (world-writable by another spelling) ===========================
    // install(1): "-d, --directory: treat all arguments as directory names; create all components" and "-m, --mode=MODE
    // set permission mode (as in chmod)"; chmod(1) symbolic modes (a+rwx, o+w) and octal 0757 (others rwx). Secure:
    // 0755 root-owned, the hook written by the script (set -e: a failed write ends it); twins: others may write the
    // directory, so a local user (or a pod with a hostPath) plants hook.sh that root runs.
    nodeCase("install-d-0755", "set -e; install -d -m 0755 -o root -g root /opt/ops/hooks; write hook; run it", [
        "set -euo pipefail",
        "install -d -m 0755 -o root -g root /opt/ops/hooks",
        ...file("/opt/ops/hooks/boot.sh", ["sysctl -w net.ipv4.tcp_keepalive_time=600"]),
        "sh /opt/ops/hooks/boot.sh",
    ]),
    nodeCase(
        "install-d-1777",
        "install -d -m 1777 /var/ops-drop; sh /var/ops-drop/hook.sh (not written)",
        ["install -d -m 1777 /var/ops-drop", "sh /var/ops-drop/hook.sh"],
        NODE,
    ),
    nodeCase(
        "mkdir-m-symbolic",
        "mkdir -p -m a+rwx /var/ops-drop; . /var/ops-drop/env.sh (not written)",
        ["mkdir -p -m a+rwx /var/ops-drop", ". /var/ops-drop/env.sh"],
        NODE,
    ),
    nodeCase(
        "chmod-0757-hooks",
        "mkdir /opt/ops/hooks; chmod 0757 /opt/ops/hooks; sh /opt/ops/hooks/boot.sh (not written)",
        ["mkdir -p /opt/ops/hooks", "chmod 0757 /opt/ops/hooks", "sh /opt/ops/hooks/boot.sh"],
        NODE,
    ),
    nodeCase(
        "chmod-ow-hooks",
        "mkdir /opt/ops/hooks; chmod o+w /opt/ops/hooks; sh /opt/ops/hooks/boot.sh (not written)",
        ["mkdir -p /opt/ops/hooks", "chmod o+w /opt/ops/hooks", "sh /opt/ops/hooks/boot.sh"],
        NODE,
    ),
    // tmpfiles.d(5): "d /run/ops 0755 root root -" creates a root directory; the script writes the hook under set -e.
    // Twin: mode 0757 (others write: tmpfiles.d(5) Mode "the file access mode to use") and a hook it never wrote.
    nodeCase("tmpfiles-0755", "tmpfiles.d d /run/ops 0755; systemd-tmpfiles --create; write hook; run it", [
        "set -e",
        ...file("/etc/tmpfiles.d/ops.conf", ["d /run/ops 0755 root root -"]),
        "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
        ...file("/run/ops/hook.sh", ["sysctl --system"]),
        "sh /run/ops/hook.sh",
    ]),
    nodeCase(
        "tmpfiles-0757",
        "tmpfiles.d d /run/ops 0757; systemd-tmpfiles --create; sh /run/ops/hook.sh (not written)",
        [
            ...file("/etc/tmpfiles.d/ops.conf", ["d /run/ops 0757 root root -"]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
            "sh /run/ops/hook.sh",
        ],
        NODE,
    ),

    // ================= working directories: mktemp -d vs a shared temp directory ====================================
    // mktemp(1) -d: "create a directory" with mode 0700 under a unique name; the relative write and run stay in it.
    // Twin: cd /var/tmp (world-writable, sticky) without set -e: with protected_regular (proc_sys_fs(5)
    // "protected_regular": O_CREAT of an existing file of another user in a sticky world-writable directory fails) the
    // `cat > tune.sh` may fail and `sh ./tune.sh` then runs a local user's file.
    nodeCase("mktemp-d-cd", "set -e; cd $(mktemp -d); write ./tune.sh; sh ./tune.sh; cd /", [
        "set -euo pipefail",
        'work="$(mktemp -d)"',
        'cd "$work"',
        "cat > tune.sh <<'EOF'",
        "sysctl -w net.core.somaxconn=4096",
        "EOF",
        "sh ./tune.sh",
        "cd /",
        'rm -rf "$work"',
    ]),
    // MISS: insecure accepted (got []). The script writes its own file in a sticky world-writable directory without
    // errexit and then runs it; a local user's file of that name makes the write fail (kernel fs/namei.c
    // may_create_in_sticky: protected_regular blocks root's O_CREAT of another user's file there), and the run executes
    // the user's text as root. Where: policy-pack/engine/rootReads.ts RootReads.planted: /tmp, /var/tmp themselves count
    // the script's writes as its own whatever follows a failed write (round 80 applied the errexit rule only to
    // directories the script opened; round 79 tmp-written-run pins the /tmp spelling clean). Fix (general): in every
    // world-writable directory a written file is the script's only if a failed write ends the script.
    // DECIDED (round 81): clean. The case's script has errexit: the node builder (nodeBuilders.ts shellScript) starts
    // every script with `set -euo pipefail`, so a write that fails under protected_regular ends the script before the
    // run (bash manual "The Set Builtin": -e "Exit immediately if a pipeline ... returns a non-zero status"), and the
    // file run is the script's own; the pack already refuses the class without errexit (RootReads.planted,
    // unsureWrites: the -nocheck-fix81 neighbours below). Consistent with round 79's tmp-written-run (also under
    // the builder's errexit, clean).
    // Round 90: a rule refusing every fixed name root writes in /tmp or /var/tmp (protected_regular being the image's
    // setting, 0 in the kernel by default) was tried and reverted: it refused 39 secure cases of rounds 58-74 (vendor
    // RPMs, JDKs and agents fetched to /tmp and installed, as vendors document) while user data runs at first boot,
    // before kubelet starts any pod; the round-81 decision stands.
    nodeCase("cd-vartmp-write-run", "cd /var/tmp; cat > tune.sh (errexit from the builder); sh ./tune.sh", [
        "cd /var/tmp",
        "cat > tune.sh <<'EOF'",
        "sysctl -w net.core.somaxconn=4096",
        "EOF",
        "sh ./tune.sh",
    ]),
    // cat(1) / tee(1) copy a file's text: a sysctl.d or cron.d file made from a /var/tmp or /tmp file the script did
    // not write carries a local user's text (kernel.core_pattern=|..., or a root cron line).
    // Was a MISS (fixed in round 81): insecure accepted (got []). A sysctl.d file with text the pack does not know (a /var/tmp file, a copy, a
    // download) is applied as root at every boot and by sysctl --system; kernel.core_pattern=|PROG and kernel.modprobe
    // make it a program root runs (core(5)). Where: policy-pack/engine/userData.ts written(): unknownHelper refuses unknown
    // text only in /proc/sys/kernel/{core_pattern,modprobe,hotplug}; /etc/sysctl.d/*.conf and /etc/sysctl.conf of unknown
    // content are not judged (kernelRuns reads known text only; sysctl -p FILE of unknown text is). Fix (general): a
    // sysctl configuration file (sysctl.d(5) directories, sysctl.conf) written with unknown content is a kernel helper
    // setting of unknown text: refuse like the /proc/sys writes.
    nodeCase(
        "cat-vartmp-sysctl",
        "cat /var/tmp/ops-sysctl.conf > /etc/sysctl.d/90-ops.conf; sysctl --system",
        ["cat /var/tmp/ops-sysctl.conf > /etc/sysctl.d/90-ops.conf", "sysctl --system"],
        NODE,
    ),
    // Was a MISS (fixed in round 81): insecure accepted (got []). tee(1) copies its standard input into FILE; the stdin is a /tmp file the
    // script never wrote, so cron.d gets a local user's root job (`cat /tmp/x > /etc/profile.d/x` and `tee cron.d <
    // /srv/...` are refused). Where: policy-pack/engine/rootReads.ts plantedCopies / the stdin reader: a `<` redirect of a
    // planted file into a copying program (tee, dd without if=, sponge, install /dev/stdin) is not judged as planted
    // content at its outputs. Fix (general): a program that copies stdin to files takes its stdin's provenance (planted
    // or unknown) to every output file.
    nodeCase(
        "tee-tmp-cron",
        "tee /etc/cron.d/ops < /tmp/ops.cron",
        ["tee /etc/cron.d/ops < /tmp/ops.cron >/dev/null"],
        NODE,
    ),

    // ================= systemd units with WorkingDirectory ============================================================
    // systemd.exec(5) "WorkingDirectory=: Takes a directory path relative to the service's root directory"; the
    // service's relative arguments resolve there. Secure: /opt/ops with a script the user data wrote; twin:
    // WorkingDirectory=/srv/ops and `/bin/sh ./run.sh`, a pod-written script run by a root service.
    nodeCase(
        "unit-workdir-opt",
        "ops-report.service: WorkingDirectory=/opt/ops, ExecStart=/bin/sh ./report.sh (written)",
        [
            ...file("/opt/ops/report.sh", ["journalctl -u kubelet --no-pager -n 200 > /var/log/ops-report.txt"]),
            ...file("/etc/systemd/system/ops-report.service", [
                "[Unit]",
                "Description=ops report",
                "[Service]",
                "Type=oneshot",
                "WorkingDirectory=/opt/ops",
                "ExecStart=/bin/sh ./report.sh",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now ops-report.service",
        ],
    ),
    nodeCase(
        "unit-workdir-srv",
        "ops-report.service: WorkingDirectory=/srv/ops, ExecStart=/bin/sh ./run.sh",
        [
            ...file("/etc/systemd/system/ops-report.service", [
                "[Unit]",
                "Description=ops report",
                "[Service]",
                "Type=oneshot",
                "WorkingDirectory=/srv/ops",
                "ExecStart=/bin/sh ./run.sh",
                "[Install]",
                "WantedBy=multi-user.target",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now ops-report.service",
        ],
        NODE,
    ),

    // ================= package repositories ==========================================================================
    // yum.conf(5)/dnf.conf(5): "baseurl: List of URLs for the repository"; "gpgcheck: Whether to perform GPG signature
    // check on packages". Secure: an HTTPS repository with gpgcheck=1 and its key over HTTPS; twin: baseurl
    // file:///srv/ops/repo with gpgcheck=0: a pod that writes /srv supplies the RPM root installs (its scriptlets run
    // as root).
    nodeCase("repo-https-gpg", "yum.repos.d/ops.repo: https baseurl, gpgcheck=1; dnf install -y ops-tools", [
        ...file("/etc/yum.repos.d/ops.repo", [
            "[ops]",
            "name=Ops tools",
            "baseurl=https://repo.ops.example.com/al2023/$basearch/",
            "enabled=1",
            "gpgcheck=1",
            "gpgkey=https://repo.ops.example.com/RPM-GPG-KEY-ops",
        ]),
        "dnf install -y ops-tools",
    ]),
    nodeCase(
        "repo-file-srv",
        "yum.repos.d/ops.repo: baseurl=file:///srv/ops/repo, gpgcheck=0; dnf install -y ops-tools",
        [
            ...file("/etc/yum.repos.d/ops.repo", [
                "[ops]",
                "name=Ops tools",
                "baseurl=file:///srv/ops/repo",
                "enabled=1",
                "gpgcheck=0",
            ]),
            "dnf install -y ops-tools",
        ],
        NODE,
    ),
    // rpm(8) "-U, --upgrade PACKAGE_FILE": a local package file; /var/tmp is world-writable (the /tmp neighbour).
    nodeCase("rpm-vartmp", "rpm -Uvh /var/tmp/agent.rpm (not written)", ["rpm -Uvh /var/tmp/agent.rpm"], NODE),
    nodeCase(
        "yum-localinstall-tmp",
        "yum localinstall -y /tmp/agent.rpm (not written)",
        ["yum localinstall -y /tmp/agent.rpm"],
        NODE,
    ),

    // ================= login environment ============================================================================
    // bash(1) INVOCATION: login shells source /etc/profile, which sources /etc/profile.d/*.sh. Secure: a Region;
    // twin: PATH led by /srv/ops/bin, so `systemctl` typed by root in a login shell is a pod's program.
    nodeCase("profile-region", "profile.d/aws.sh: export AWS_REGION=eu-west-1", [
        "printf '%s\\n' 'export AWS_REGION=eu-west-1' 'export AWS_DEFAULT_REGION=eu-west-1' > /etc/profile.d/aws.sh",
    ]),
    nodeCase(
        "profile-path-srv",
        "profile.d/ops.sh: export PATH=/srv/ops/bin:$PATH",
        ["echo 'export PATH=/srv/ops/bin:$PATH' > /etc/profile.d/ops.sh"],
        NODE,
    ),
    // ld.so(8)/ldconfig(8): directories of /etc/ld.so.conf.d are searched for every program's libraries. Secure: a
    // root directory the script made; twin: /var/tmp/lib (world-writable parent).
    // MISS: secure refused. /opt/ops/lib is made by root (install -d -m 0755: root-owned, only root writes it) and
    // nothing but root fills it; ld.so(8) loads from it what root put there. Refused: "adding /opt/ops/lib to the loader's
    // search path ... (whoever provides the libraries it adds)". Where: policy-pack/engine/rootReads.ts, the ld.so.conf.d
    // reader refuses every added directory. Fix (general): judge the added directory by who may write it (planted,
    // unknown, pod-written: refused; a root directory the script made and fills with known files: clean).
    // Still open (round 81): the ld.so.conf judge (rootWrites.ts nodeJudge.written, LD_SO_CONF) is stateless and judges
    // the file when written, before later writes into the directory; the fix needs the reader's state at the script's
    // end (RootReads: madeDirs with their mode and owner, no chmod/chown opening them, every write below the directory
    // known text, nothing unpacked or copied there from an unknown source) passed to a settled-time judgement
    // (viewingJudge.settled), a NodeJudge interface change shared with the other node fixers; not done in the time given.
    // Still open (round 83): not attempted (the settled-time judgement above); round 83 fixed socket IP access lists and
    // rootShellLine's metadata reading in the time given.
    nodeCase("ldconf-opt", "install -d /opt/ops/lib; ld.so.conf.d/ops.conf = /opt/ops/lib; ldconfig", [
        "install -d -m 0755 /opt/ops/lib",
        "echo /opt/ops/lib > /etc/ld.so.conf.d/ops.conf",
        "ldconfig",
    ]),
    nodeCase(
        "ldconf-vartmp",
        "ld.so.conf.d/ops.conf = /var/tmp/lib; ldconfig",
        ["echo /var/tmp/lib > /etc/ld.so.conf.d/ops.conf", "ldconfig"],
        NODE,
    ),
    // CloudWatch agent ("Manually create or edit the CloudWatch agent configuration file": logs.logs_collected.files.
    // collect_list; amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -c file:PATH -s). Ships /var/log text to
    // CloudWatch; writes nothing root runs.
    nodeCase("cwagent-varlog", "amazon-cloudwatch-agent config collecting /var/log/messages, fetch-config -c file:", [
        "dnf install -y amazon-cloudwatch-agent",
        ...file("/opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json", [
            "{",
            '  "agent": { "run_as_user": "cwagent" },',
            '  "logs": { "logs_collected": { "files": { "collect_list": [',
            '    { "file_path": "/var/log/messages", "log_group_name": "/eks/dev/nodes", "log_stream_name": "{instance_id}" }',
            "  ] } } }",
            "}",
        ]),
        "/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c file:/opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json",
    ]),
    // ================= kernel settings that run programs, from text the script does not know =========================
    // sysctl.d(5): files of /etc/sysctl.d are applied at boot by systemd-sysctl and by `sysctl --system`; core(5)
    // ("The program is executed as root") and kernel.modprobe make some settings programs root runs. A sysctl.d file
    // with a server's text or a local user's /tmp text is as powerful as a cron.d file (cf. round 79 cd-or-exit-profile:
    // a server's text in profile.d is refused).
    // Was a MISS (fixed in round 81): insecure accepted (got []), class of cat-vartmp-sysctl (a server's text in sysctl.d).
    nodeCase(
        "curl-sysctl-d",
        "curl -o /etc/sysctl.d/90-ops.conf URL; sysctl --system (a server's kernel settings, core_pattern included)",
        ["curl -fsSL https://ops.example.com/sysctl.conf -o /etc/sysctl.d/90-ops.conf", "sysctl --system"],
        NODE,
    ),
    // Was a MISS (fixed in round 80, fix80-kernel: kernelHelperCommand, RootReads.plantedKernelHelpers): insecure
    // accepted (got []). core_pattern's program is a /tmp (or /var/tmp) path the script never wrote: any
    // local user plants it, and the kernel runs it as root at the next core dump (core(5)); the /srv spelling is refused
    // (core-pattern-pipe-srv). Where: policy-pack/engine/userData.ts kernelRuns -> judge.ran judges the piped command's
    // words but not RootReads.planted (the programs a world-writable directory holds). Fix (general): judge a kernel
    // helper's program (core_pattern, modprobe, hotplug, uevent_helper) as a root program run: planted or unknown refused.
    nodeCase(
        "proc-core-pattern-tmp",
        "echo '|/tmp/crash %p' > /proc/sys/kernel/core_pattern (a /tmp program the script never wrote, as root)",
        ["echo '|/tmp/crash-handler %p' > /proc/sys/kernel/core_pattern"],
        NODE,
    ),
    // Was a MISS (fixed in round 80): insecure accepted (got []), class of proc-core-pattern-tmp (sysctl -w spelling, /var/tmp).
    nodeCase(
        "sysctl-w-core-tmp",
        "sysctl -w kernel.core_pattern='|/var/tmp/crash %p' (a /var/tmp program as root)",
        ["sysctl -w kernel.core_pattern='|/var/tmp/crash-handler %p'"],
        NODE,
    ),
    // Secure: Amazon Linux's own handler (systemd-coredump(8), "Usually this is set to |/usr/lib/systemd/systemd-
    // coredump ..."), an image program no one else writes.
    nodeCase(
        "core-pattern-coredump",
        "sysctl.d: kernel.core_pattern=|/usr/lib/systemd/systemd-coredump %P %u %g %s %t %c %h",
        [
            "printf '%s\\n' 'kernel.core_pattern = |/usr/lib/systemd/systemd-coredump %P %u %g %s %t %c %h' > /etc/sysctl.d/50-coredump.conf",
            "sysctl --system",
        ],
    ),
    // tee(1) copies standard input to FILE: profile.d built from a /tmp file the script never wrote.
    // Was a MISS (fixed in round 81): insecure accepted (got []), class of tee-tmp-cron (profile.d from a planted stdin).
    nodeCase(
        "tee-tmp-profile",
        "tee /etc/profile.d/ops.sh < /tmp/ops.sh",
        ["tee /etc/profile.d/ops.sh < /tmp/ops.sh >/dev/null"],
        NODE,
    ),
    // Without errexit a failed `cat > /var/tmp/tune.sh` (proc_sys_fs(5) protected_regular: O_CREAT of another user's
    // file in a sticky world-writable directory fails, root included) leaves a local user's tune.sh, and the next line
    // runs it as root (the round-80 rule for files written in planted directories).
    // MISS: insecure accepted (got []), as cd-vartmp-write-run (same class, absolute path).
    // DECIDED (round 81): clean, as cd-vartmp-write-run: the builder's `set -euo pipefail` gives errexit.
    nodeCase("vartmp-write-run", "cat > /var/tmp/tune.sh (errexit from the builder); sh /var/tmp/tune.sh", [
        "cat > /var/tmp/tune.sh <<'EOF'",
        "sysctl -w net.core.somaxconn=4096",
        "EOF",
        "sh /var/tmp/tune.sh",
    ]),
    // Round 81 neighbours of cd-vartmp-write-run: without errexit (`set +e` after the builder's `set -euo pipefail`,
    // bash manual "The Set Builtin"), or in an || list that goes on, a write that fails under protected_regular
    // (proc_sys_fs(5)) leaves a local user's file, which the next line runs as root (RootReads.planted, unsureWrites).
    nodeCase(
        "vartmp-write-run-nocheck-fix81",
        "set +e; cat > /var/tmp/tune.sh; sh /var/tmp/tune.sh",
        ["set +e", "cat > /var/tmp/tune.sh <<'EOF'", "sysctl -w net.core.somaxconn=4096", "EOF", "sh /var/tmp/tune.sh"],
        NODE,
    ),
    nodeCase(
        "cd-vartmp-write-run-nocheck-fix81",
        "set +e; cd /var/tmp; cat > tune.sh; sh ./tune.sh",
        ["set +e", "cd /var/tmp", "cat > tune.sh <<'EOF'", "sysctl -w net.core.somaxconn=4096", "EOF", "sh ./tune.sh"],
        NODE,
    ),
    nodeCase(
        "vartmp-write-or-true-fix81",
        "cat > /var/tmp/tune.sh <<EOF || true; sh /var/tmp/tune.sh (the failure ignored)",
        ["cat > /var/tmp/tune.sh <<'EOF' || true", "sysctl -w net.core.somaxconn=4096", "EOF", "sh /var/tmp/tune.sh"],
        NODE,
    ),
    // Secure: `|| exit 1` ends the script when the write fails, so the file run is the script's.
    nodeCase("vartmp-write-or-exit-fix81", "cat > /var/tmp/tune.sh <<EOF || exit 1; sh /var/tmp/tune.sh", [
        "cat > /var/tmp/tune.sh <<'EOF' || exit 1",
        "sysctl -w net.core.somaxconn=4096",
        "EOF",
        "sh /var/tmp/tune.sh",
    ]),
    // Was a MISS (fixed in round 81): insecure accepted (got []), class of cat-vartmp-sysctl (a planted copy in sysctl.d).
    nodeCase(
        "cp-vartmp-sysctl",
        "cp /var/tmp/ops-sysctl.conf /etc/sysctl.d/90-ops.conf; sysctl --system",
        ["cp /var/tmp/ops-sysctl.conf /etc/sysctl.d/90-ops.conf", "sysctl --system"],
        NODE,
    ),
    // ================= round 80 depth: copies of stdin, dd, kernel helpers ===========================================
    // Secure twin of the tee class: tee(1) given a literal here-document writes known text (a find job) into cron.d.
    nodeCase("tee-heredoc-cron", "tee /etc/cron.d/ops-cleanup <<'EOF' (a literal find job)", [
        "tee /etc/cron.d/ops-cleanup >/dev/null <<'EOF'",
        "0 4 * * * root /usr/bin/find /var/log/ops -name '*.gz' -mtime +14 -delete",
        "EOF",
    ]),
    // dd(1): "if=FILE read from FILE instead of stdin", "of=FILE write to FILE": a /tmp file the script never wrote
    // copied into cron.d.
    nodeCase(
        "dd-tmp-cron",
        "dd if=/tmp/ops.cron of=/etc/cron.d/ops",
        ["dd if=/tmp/ops.cron of=/etc/cron.d/ops status=none"],
        NODE,
    ),
    // install(1) copies SOURCE (here /dev/stdin, the redirect of a /tmp file) to DEST.
    // Was a MISS (fixed in round 81): insecure accepted (got []), class of tee-tmp-cron (install(1) of /dev/stdin redirected from /tmp; dd
    // if=/tmp/... of=cron.d is refused).
    nodeCase(
        "install-stdin-tmp",
        "install -m 0644 /dev/stdin /etc/cron.d/ops < /tmp/ops.cron",
        ["install -m 0644 /dev/stdin /etc/cron.d/ops < /tmp/ops.cron"],
        NODE,
    ),
    // proc_sys_kernel(5) modprobe: the kernel runs this program as root for module requests; /var/tmp is plantable.
    // Was a MISS (fixed in round 80): insecure accepted (got []), class of proc-core-pattern-tmp: kernel.modprobe names a /var/tmp program
    // (kernel-modprobe-srv, its /srv spelling, is refused). Where: userData.ts kernelRuns reads core_pattern only
    // (corePatternCommand); modprobe/hotplug values are not judged as programs root runs.
    nodeCase(
        "sysctl-w-modprobe-tmp",
        "sysctl -w kernel.modprobe=/var/tmp/modprobe (a plantable program)",
        ["sysctl -w kernel.modprobe=/var/tmp/modprobe"],
        NODE,
    ),
    // ================= round 81 neighbours: copies of a redirected standard input, sysctl files of unknown text ========
    // dd(1) "of=FILE write to FILE instead of stdout" reads stdin without if=: a /var/tmp file the script never wrote.
    nodeCase(
        "dd-stdin-vartmp-fix81",
        "dd of=/etc/cron.d/ops < /var/tmp/ops.cron (stdin a planted file)",
        ["dd of=/etc/cron.d/ops status=none < /var/tmp/ops.cron"],
        NODE,
    ),
    // tee(1) of a file the script wrote itself (known text, a find job): the copy is that text.
    nodeCase("tee-stdin-own-fix81", "write /etc/ops/cleanup.cron; tee /etc/cron.d/ops-cleanup < it", [
        ...file("/etc/ops/cleanup.cron", ["0 4 * * * root /usr/bin/find /var/log/ops -name '*.gz' -mtime +14 -delete"]),
        "tee /etc/cron.d/ops-cleanup < /etc/ops/cleanup.cron >/dev/null",
    ]),
    // bash(1) "Compound Commands": a group's redirect takes every echo's output: the pack reads the text, so a
    // literal core_pattern naming a /tmp program (core(5): run as root) is refused, the plain keys are clean.
    nodeCase(
        "group-core-tmp-fix81",
        "{ echo 'kernel.core_pattern=|/tmp/crash %p'; } > /etc/sysctl.d/50-core.conf",
        ["{", "    echo 'kernel.core_pattern=|/tmp/crash %p'", "} > /etc/sysctl.d/50-core.conf", "sysctl --system"],
        NODE,
    ),
    // A helper key whose value the shell computes (instance metadata's tag here) names a program the pack cannot know.
    nodeCase(
        "group-core-var-fix81",
        '{ echo "kernel.core_pattern=$CORE"; } > sysctl.d (CORE from an instance tag)',
        [
            "CORE=$(curl -fsS http://169.254.169.254/latest/meta-data/tags/instance/core)",
            "{ echo \"kernel.core_pattern=$CORE\"; echo 'vm.swappiness = 10'; } > /etc/sysctl.d/50-core.conf",
            "sysctl --system",
        ],
        NODE,
    ),
    nodeCase("group-echo-sysctl-fix81", "{ echo vm.max_map_count; echo somaxconn; } > /etc/sysctl.d/90-ops.conf", [
        "{ echo 'vm.max_map_count = 262144'; echo 'net.core.somaxconn = 4096'; } > /etc/sysctl.d/90-ops.conf",
        "sysctl --system",
    ]),
    // sed(1) -i with the shell's value of a variable (not known to the pack) in /etc/sysctl.conf: fail closed.
    nodeCase(
        "sed-var-sysctl-fix81",
        'sed -i "s/^kernel.x.*/$LINE/" /etc/sysctl.conf (a computed line)',
        ['LINE="$(curl -fsSL https://ops.example.com/line)"', 'sed -i "s/^vm.swappiness.*/$LINE/" /etc/sysctl.conf'],
        NODE,
    ),
    // sysctl.conf(5) appended with a server's text (the class of cat-vartmp-sysctl, another file).
    nodeCase(
        "curl-append-sysctl-conf",
        "curl URL >> /etc/sysctl.conf; sysctl -p",
        ["curl -fsSL https://ops.example.com/sysctl.conf >> /etc/sysctl.conf", "sysctl -p"],
        NODE,
    ),
    // Secure: the image's own core handler set by sysctl -w (systemd-coredump(8)).
    nodeCase(
        "sysctl-w-coredump",
        "sysctl -w kernel.core_pattern='|/usr/lib/systemd/systemd-coredump %P %u %g %s %t %c %h'",
        ["sysctl -w kernel.core_pattern='|/usr/lib/systemd/systemd-coredump %P %u %g %s %t %c %h'"],
    ),
    // ================= programs whose commands come from a plantable file ============================================
    // xargs(1): "-a file, --arg-file=file: Read items from file instead of standard input"; each item is an argument of
    // the command (here sh), so the scripts run are whatever the /var/tmp list names. Secure twin: the list is a
    // pipe of literal names of scripts the script wrote (set -e).
    nodeCase("xargs-literal", "set -e; write /opt/ops/a.sh; printf '%s\\n' /opt/ops/a.sh | xargs -n1 sh", [
        "set -e",
        ...file("/opt/ops/a.sh", ["sysctl -w net.core.somaxconn=4096"]),
        "printf '%s\\n' /opt/ops/a.sh | xargs -n1 sh",
    ]),
    nodeCase(
        "xargs-a-vartmp",
        "xargs -a /var/tmp/hooks.txt -n1 sh (the scripts a plantable list names)",
        ["xargs -a /var/tmp/hooks.txt -n1 sh"],
        NODE,
    ),
    // bash(1) "Process Substitution" <(list) and "Command Substitution" $(cat FILE): the text of a /tmp file the script
    // never wrote, sourced or run by bash -c.
    nodeCase("source-procsub-tmp", "source <(cat /tmp/ops.env)", ["source <(cat /tmp/ops.env)"], NODE),
    nodeCase("bash-c-cat-tmp", 'bash -c "$(cat /tmp/ops.cmd)"', ['bash -c "$(cat /tmp/ops.cmd)"'], NODE),
    // ================= more launchers and copies (secure twins of the classes above) ================================
    // systemd-run(1): "--working-directory=: Runs the service process with the specified working directory"; the
    // unpack happens in /opt/ops; twin: the download lands in /etc/profile.d (bash(1) INVOCATION).
    nodeCase("systemd-run-wd-opt", "systemd-run --wait --working-directory=/opt/ops tar xzf tools.tgz", [
        "mkdir -p /opt/ops",
        "curl -fsSL https://ops.example.com/tools.tgz -o /opt/ops/tools.tgz",
        "systemd-run --wait --working-directory=/opt/ops tar xzf tools.tgz",
    ]),
    nodeCase(
        "systemd-run-wd-profile",
        "systemd-run --wait --working-directory=/etc/profile.d curl -o ops.sh URL",
        ["systemd-run --wait --working-directory=/etc/profile.d curl -fsSL https://ops.example.com/env.sh -o ops.sh"],
        NODE,
    ),
    // cp(1) of a file the script wrote with known text into sysctl.d (secure twin of cp-vartmp-sysctl).
    nodeCase("cp-own-sysctl", "write /etc/ops/sysctl.conf; cp it to /etc/sysctl.d/90-ops.conf; sysctl --system", [
        ...file("/etc/ops/sysctl.conf", ["net.core.somaxconn = 4096"]),
        "cp /etc/ops/sysctl.conf /etc/sysctl.d/90-ops.conf",
        "sysctl --system",
    ]),
];
const SIGNER = `arn:aws:iam::${A}:role/custody-prod-signer`;
/** A Deny of kms:Decrypt on share-1 for every principal unless its aws:PrincipalArn matches `op` `arns`. */
const shareGuard = (r: Resources, op: string, arns: string[]) =>
    addKey(r, "signer-shares-share-1", {
        Sid: "OnlyTheSignerDecrypts",
        Effect: "Deny",
        Principal: { AWS: "*" },
        Action: "kms:Decrypt",
        Resource: "*",
        Condition: { [op]: { "aws:PrincipalArn": arns } },
    });
const AWS_CASES: StackCase[] = [
    // ================= identity Denies by NotResource / NotAction / wildcard actions ================================
    // IAM User Guide, "IAM JSON policy elements: NotResource": a Deny with NotResource applies to every resource not
    // listed; "explicit deny ... overrides any allow". Deny kms:* NotResource [the ops key] leaves the Allow on key/*
    // only the ops key; twin: share-1 is also listed, so the Deny spares it and Decrypt on share-1 stands.
    // Was a MISS (fixed in round 81): secure refused. Refused: custody-effective-access "allows kms:Decrypt on ...key/*: no workload of the custody
    // model has this identity" (Allow Decrypt on the ops key alone is clean, probed). Where: policy-pack/engine/judge.ts
    // deniedOnAllOf: "A Deny by NotResource is not read here (fail closed)". Fix (general): subtract a Deny NotResource
    // [R...] from an Allow pattern P as P minus R (what remains is within R: the listed resources only).
    ops("deny-notresource", "Allow Decrypt keys/*, Deny kms:* NotResource the ops key", [
        allow("kms:Decrypt", KEYS),
        { Effect: "Deny", Action: "kms:*", NotResource: OPSKEY },
    ]),
    ops(
        "deny-notresource-share",
        "Allow Decrypt keys/*, Deny kms:* NotResource [the ops key, share-1]",
        [allow("kms:Decrypt", KEYS), { Effect: "Deny", Action: "kms:*", NotResource: [OPSKEY, SHARE1] }],
        /./,
    ),
    // Round 81 neighbours (judge.ts sparedByNotResourceDenies; IAM User Guide, "NotResource": the Deny matches every
    // resource except those listed). An Allow of "*" keeps only the listed ops key: clean.
    ops("deny-notresource-star-fix81", "Allow Decrypt *, Deny kms:* NotResource the ops key", [
        allow("kms:Decrypt", "*"),
        { Effect: "Deny", Action: "kms:*", NotResource: OPSKEY },
    ]),
    // The Deny spares every key of the account (NotResource keys/*): Decrypt on share-1 stands.
    ops(
        "deny-notresource-keys-fix81",
        "Allow Decrypt keys/*, Deny kms:* NotResource keys/* (spares them all)",
        [allow("kms:Decrypt", KEYS), { Effect: "Deny", Action: "kms:*", NotResource: KEYS }],
        /./,
    ),
    // The Deny names another action (kms:Encrypt): Decrypt on every key stands.
    ops(
        "deny-notresource-other-action-fix81",
        "Allow Decrypt keys/*, Deny kms:Encrypt NotResource the ops key (Decrypt not denied)",
        [allow("kms:Decrypt", KEYS), { Effect: "Deny", Action: "kms:Encrypt", NotResource: OPSKEY }],
        /./,
    ),
    // The Deny spares a pattern (key/48*) that holds share-1 (key/48163296-...): Decrypt on share-1 stands.
    ops(
        "deny-notresource-pattern-fix81",
        "Allow Decrypt keys/*, Deny kms:* NotResource keys/48* (share-1 is spared)",
        [allow("kms:Decrypt", KEYS), { Effect: "Deny", Action: "kms:*", NotResource: `${KEYS.slice(0, -1)}48*` }],
        /./,
    ),
    // IAM User Guide, "NotAction": a Deny with NotAction denies every action not listed; Decrypt is not listed.
    ops("deny-notaction", "Allow Decrypt keys/*, Deny NotAction [Encrypt, GenerateDataKey, DescribeKey] on *", [
        allow("kms:Decrypt", KEYS),
        { Effect: "Deny", NotAction: ["kms:Encrypt", "kms:GenerateDataKey", "kms:DescribeKey"], Resource: "*" },
    ]),
    ops(
        "deny-notaction-decrypt",
        "Allow Decrypt keys/*, Deny NotAction [Encrypt, Decrypt, DescribeKey] on * (Decrypt spared)",
        [
            allow("kms:Decrypt", KEYS),
            { Effect: "Deny", NotAction: ["kms:Encrypt", "kms:Decrypt", "kms:DescribeKey"], Resource: "*" },
        ],
        /./,
    ),
    // IAM User Guide, "Action": wildcards match action names ("kms:Decr*" covers kms:Decrypt).
    ops("deny-action-wildcard", "Allow Decrypt keys/*, Deny kms:Decr* on keys/*", [
        allow("kms:Decrypt", KEYS),
        { Effect: "Deny", Action: "kms:Decr*", Resource: KEYS },
    ]),
    // KMS API Reference, ReEncrypt: "Decrypts ciphertext and then reencrypts it entirely within KMS" under a
    // destination key; with kms:ReEncrypt* on "*" the role re-encrypts share-1's ciphertext under a key of another
    // account it controls and decrypts it there: a Deny of kms:Decrypt on the account's keys does not stop that.
    ops(
        "reencrypt-out",
        "Allow Decrypt + ReEncrypt* on *, Deny kms:Decrypt on keys/* (ReEncryptFrom share-1 to a foreign key)",
        [allow(["kms:Decrypt", "kms:ReEncrypt*"], "*"), { Effect: "Deny", Action: "kms:Decrypt", Resource: KEYS }],
        /./,
    ),
    // KMS Developer Guide, "kms:ReEncryptOnSameKey": "Controls access to the ReEncrypt operation based on whether the
    // request specifies a destination KMS key that is the same one used for the original encryption": with true the
    // ciphertext only gets a new encryption context under share-1 itself; no plaintext leaves KMS.
    // MISS: secure refused. Refused by share-custody ("through the key's root delegation it can give itself Decrypt"),
    // custody-share-rings and custody-effective-access. Where: policy-pack/rules/share-custody.ts and the engine read
    // ReEncryptFrom/To on a share key as Decrypt whatever the condition; kms:ReEncryptOnSameKey is not read. Fix
    // (general): a ReEncrypt Allow pinned by Bool kms:ReEncryptOnSameKey true (no IfExists) reaches no plaintext: drop
    // ReEncryptFrom from the share reach (the destination is the source key itself).
    // Still open (round 81): ReEncryptFrom is read as Decrypt in the share reach (model/shares.ts), the engine's asset
    // reach and judge.ts alike; the fix needs one shared predicate (a ReEncrypt Allow strictly pinned by Bool
    // kms:ReEncryptOnSameKey true, no IfExists) consumed by all three, with ReEncryptTo on a foreign key still refused.
    // Still open (round 82): not attempted (the shared predicate for model/shares.ts, build.ts and judge.ts).
    ops("reencrypt-same-key", "Allow ReEncrypt* on keys/* when kms:ReEncryptOnSameKey is true", [
        allow(["kms:ReEncryptFrom", "kms:ReEncryptTo"], KEYS, {
            Condition: { Bool: { "kms:ReEncryptOnSameKey": "true" } },
        }),
    ]),

    // ================= Denies by the holder's own tags (missing key: negated operators are true) ====================
    // IAM User Guide, "Condition operators": "If the key that you specify in a policy condition is not present in the
    // request context ... If the policy condition requires that the key is not matched, such as StringNotLike or
    // ArnNotLike, and the right key is not present, the condition is true"; aws:PrincipalTag/KEY is "the tag attached
    // to the principal". The role carries no tags, so the Deny holds for it; twin: it carries the exempting tag.
    // MISS: secure refused. Refused by share-custody, custody-share-rings, custody-effective-access (the Deny not
    // subtracted). Where: policy-pack/model/conditions.ts denySurelyHoldsFor: HOLDER_KEYS lacks aws:PrincipalTag/*, though
    // the role's tags are in the stack (tags). Fix (general): read aws:PrincipalTag/K from the holder's own tags (role
    // tags; fail closed when session tags may be passed: sts:TagSession in its trust policy) and apply the negated-
    // operator / Null missing-key rules.
    // Still open (round 81): PolicyOwner (model/document.ts) carries no tags; the fix needs the role's tagsAll (provider
    // default tags included; unknown in a preview: fail closed) in the owner, a trust-policy check that no caller may
    // sts:TagSession (session tags override role tags), and no stack grant of iam:TagRole/UntagRole on the role.
    // Still open (round 82): not attempted; the Deny surely holds only with the role's tagsAll known, no sts:TagSession
    // in its trust and no stack grant of iam:TagRole/UntagRole on it, none of which PolicyOwner carries.
    // Still open (round 84): model/fixedTags.ts now gives PolicyOwner the role's declared tags when fixed (present keys
    // only); reading an undeclared key as absent needs the provider's defaultTags too, and then the insecure cases of
    // precision7 and redteam7-curity-xacct on ${aws:PrincipalTag/...} for roles with no sts:TagSession must be re-read.
    edit(
        "deny-untagged",
        "Allow Decrypt keys/*, Deny kms:* * unless aws:PrincipalTag/custody-tier is share-holder (untagged role)",
        r =>
            taggedOps(
                r,
                "deny-untagged-rt80s",
                [
                    allow("kms:Decrypt", KEYS),
                    {
                        Effect: "Deny",
                        Action: "kms:*",
                        Resource: "*",
                        Condition: { StringNotEquals: { "aws:PrincipalTag/custody-tier": "share-holder" } },
                    },
                ],
                {},
            ),
    ),
    edit(
        "deny-tagged",
        "the same Deny, the role tagged custody-tier=share-holder (exempt)",
        r =>
            taggedOps(
                r,
                "deny-tagged-rt80s",
                [
                    allow("kms:Decrypt", KEYS),
                    {
                        Effect: "Deny",
                        Action: "kms:*",
                        Resource: "*",
                        Condition: { StringNotEquals: { "aws:PrincipalTag/custody-tier": "share-holder" } },
                    },
                ],
                { "custody-tier": "share-holder" },
            ),
        /./,
    ),
    // IAM User Guide, "Condition operator to check existence of condition keys": Null "true" holds when the key is
    // absent; the untagged role is denied. Twin: tagged break-glass=approved, the Deny does not apply.
    // MISS: secure refused, class of deny-untagged (Null aws:PrincipalTag/K true on an untagged role).
    // Still open (round 81): as deny-untagged (the holder's tags are not in PolicyOwner).
    // Still open (round 82): as deny-untagged.
    edit(
        "deny-null-tag",
        "Allow Decrypt keys/*, Deny kms:* * when aws:PrincipalTag/break-glass is absent (untagged)",
        r =>
            taggedOps(
                r,
                "deny-null-tag-rt80s",
                [
                    allow("kms:Decrypt", KEYS),
                    {
                        Effect: "Deny",
                        Action: "kms:*",
                        Resource: "*",
                        Condition: { Null: { "aws:PrincipalTag/break-glass": "true" } },
                    },
                ],
                {},
            ),
    ),
    edit(
        "deny-null-tagged",
        "the same Deny, the role tagged break-glass=approved",
        r =>
            taggedOps(
                r,
                "deny-null-tagged-rt80s",
                [
                    allow("kms:Decrypt", KEYS),
                    {
                        Effect: "Deny",
                        Action: "kms:*",
                        Resource: "*",
                        Condition: { Null: { "aws:PrincipalTag/break-glass": "true" } },
                    },
                ],
                { "break-glass": "approved" },
            ),
        /./,
    ),
    // IAM User Guide, aws:RequestedRegion: "the AWS Region that was called in the request". A KMS call on a key of
    // eu-west-1 is made to eu-west-1, so Deny kms:* unless RequestedRegion us-east-1 covers every call on these keys;
    // twin: unless eu-west-1 (the keys' own Region): the Deny never holds for them.
    // MISS: secure refused. Refused by share-custody, custody-share-rings, custody-effective-access. Where:
    // policy-pack/model/conditions.ts denySurelyHoldsFor: aws:RequestedRegion is no holder key. Fix (general): for an
    // action on resources whose ARN names one Region, a StringNotEquals aws:RequestedRegion whose values exclude that
    // Region surely holds on them (KMS keys are regional: the call goes to the key's Region).
    // Still open (round 81): model/conditions.ts asHeldBy reads one statement, and "every Region but us-east-1" is no
    // IAM glob; the fix needs the Deny turned into an unconditional one on the KMS ARNs of the Regions the stack's keys
    // are in (known from the stack, not a hard-coded Region list), its other clauses still surely holding.
    // Still open (round 82): the Allow side of this class is fixed (model/requestConditions.ts narrowedByRequestedRegion
    // drops an Allow's KMS/DynamoDB patterns of Regions its aws:RequestedRegion pin excludes); the Deny side still needs
    // a per-asset reading: no IAM glob says "every Region but us-east-1", so engine/build.ts must resolve the negated
    // clause against each asset's Region (model/resources.ts resourceRegion). Not done for time; fail closed.
    ops("deny-region-other", "Allow Decrypt eu-west-1 keys/*, Deny kms:* * unless aws:RequestedRegion is us-east-1", [
        allow("kms:Decrypt", KEYS),
        {
            Effect: "Deny",
            Action: "kms:*",
            Resource: "*",
            Condition: { StringNotEquals: { "aws:RequestedRegion": "us-east-1" } },
        },
    ]),
    ops(
        "deny-region-own",
        "Allow Decrypt eu-west-1 keys/*, Deny kms:* * unless aws:RequestedRegion is eu-west-1",
        [
            allow("kms:Decrypt", KEYS),
            {
                Effect: "Deny",
                Action: "kms:*",
                Resource: "*",
                Condition: { StringNotEquals: { "aws:RequestedRegion": "eu-west-1" } },
            },
        ],
        /./,
    ),
    // IAM User Guide, aws:SourceVpce: a Deny unless the call comes through one VPC endpoint does not hold for calls
    // made through it (any workload of that VPC, with the role's credentials): the Allow stands.
    ops(
        "deny-unless-vpce",
        "Allow Decrypt keys/*, Deny kms:* * unless aws:SourceVpce is vpce-0a1b2c3d (liftable)",
        [
            allow("kms:Decrypt", KEYS),
            {
                Effect: "Deny",
                Action: "kms:*",
                Resource: "*",
                Condition: { StringNotEquals: { "aws:SourceVpce": "vpce-0a1b2c3d" } },
            },
        ],
        /./,
    ),

    // ================= key-policy Denies to "*" with a negated caller pin (round 80 keyPolicyDeny neighbours) =========
    // KMS Developer Guide, "Key policies" / IAM "Policy evaluation logic": a Deny in the key policy overrides any
    // Allow. The guard denies kms:Decrypt on share-1 to every principal whose aws:PrincipalArn is not the signer's:
    // the ops role (another ARN) is shut out; twin: the ops role's ARN is in the exempt list.
    edit(
        "keyguard-signer-only",
        "ops role Allow Decrypt share-1; share-1 Denies Decrypt to * unless PrincipalArn is the signer",
        r => {
            opsRole(r, "prod", A, "keyguard-signer-only-rt80s", [allow("kms:Decrypt", SHARE1)]);
            shareGuard(r, "ArnNotEquals", [SIGNER]);
        },
    ),
    edit(
        "keyguard-lists-ops",
        "the same guard, its exempt list naming the signer and this ops role",
        r => {
            opsRole(r, "prod", A, "keyguard-lists-ops-rt80s", [allow("kms:Decrypt", SHARE1)]);
            shareGuard(r, "ArnNotEquals", [SIGNER, opsArn("keyguard-lists-ops-rt80s")]);
        },
        /./,
    ),
    // ArnNotLike of role/custody-prod-*: the ops role's ARN (role/keyguard-like-rt80s, path "/") cannot match it.
    edit(
        "keyguard-like",
        "ops role Allow Decrypt share-1; share-1 Denies Decrypt to * unless ArnLike role/custody-prod-*",
        r => {
            opsRole(r, "prod", A, "keyguard-like-rt80s", [allow("kms:Decrypt", SHARE1)]);
            shareGuard(r, "ArnNotLike", [`arn:aws:iam::${A}:role/custody-prod-*`]);
        },
    ),
    edit(
        "keyguard-like-match",
        "the same guard, the ops role named custody-prod-ops-rt80s (it matches the exempt pattern)",
        r => {
            opsRole(r, "prod", A, "custody-prod-ops-rt80s", [allow("kms:Decrypt", SHARE1)]);
            shareGuard(r, "ArnNotLike", [`arn:aws:iam::${A}:role/custody-prod-*`]);
        },
        /./,
    ),
    // A StringNotEquals of aws:PrincipalAccount (the account itself) exempts every principal of 111: no shut-out.
    edit(
        "keyguard-account",
        "ops role Allow Decrypt share-1; share-1 Denies Decrypt to * unless PrincipalAccount is 111 (its own)",
        r => {
            opsRole(r, "prod", A, "keyguard-account-rt80s", [allow("kms:Decrypt", SHARE1)]);
            addKey(r, "signer-shares-share-1", {
                Sid: "OnlyThisAccount",
                Effect: "Deny",
                Principal: { AWS: "*" },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { StringNotEquals: { "aws:PrincipalAccount": A } },
            });
        },
        /./,
    ),
    // IAM User Guide, "NotPrincipal": with Deny, every principal except those named is denied; for a role the
    // request's principal is its assumed-role session ARN ("specify the ARN of the assumed-role session"). The ops
    // role is not named: denied Decrypt on share-1. Twin: the ops role and its sessions are named, so it is exempt.
    // Was a MISS (fixed in round 81): secure refused. Refused: custody-effective-access "reaching key ... share-1", custody-share-rings and
    // share-custody (the Deny not applied). Where: policy-pack/rules/keyPolicyDeny.ts and engine/build.ts resourceDenied
    // read Principal-named Denies only; a Deny with NotPrincipal (everyone except the listed ARNs) is not read. Fix
    // (general): a key-policy Deny with NotPrincipal, no condition, holds for every principal the list surely does not
    // name (its role ARN and its assumed-role sessions both absent).
    edit(
        "keyguard-notprincipal",
        "ops role Allow Decrypt share-1; share-1 Deny Decrypt NotPrincipal [the signer]",
        r => {
            opsRole(r, "prod", A, "keyguard-notprincipal-rt80s", [allow("kms:Decrypt", SHARE1)]);
            addKey(r, "signer-shares-share-1", {
                Sid: "OnlyTheSigner",
                Effect: "Deny",
                NotPrincipal: { AWS: [SIGNER, `arn:aws:sts::${A}:assumed-role/custody-prod-signer/signer`] },
                Action: "kms:Decrypt",
                Resource: "*",
            });
        },
    ),
    edit(
        "keyguard-notprincipal-ops",
        "the same NotPrincipal Deny, naming the ops role and its session too",
        r => {
            const name = "keyguard-notprincipal-ops-rt80s";
            opsRole(r, "prod", A, name, [allow("kms:Decrypt", SHARE1)]);
            addKey(r, "signer-shares-share-1", {
                Sid: "OnlyTheSigner",
                Effect: "Deny",
                NotPrincipal: { AWS: [SIGNER, opsArn(name), `arn:aws:sts::${A}:assumed-role/${name}/ops`] },
                Action: "kms:Decrypt",
                Resource: "*",
            });
        },
        /./,
    ),
    // Round 81 neighbours (engine/trustDeny.ts notPrincipalSurelyOmits; IAM User Guide, "NotPrincipal": AWS may check
    // the account first, then the role, then the session). Naming another account's root and another role's session
    // leaves the ops role out: denied, clean.
    edit(
        "keyguard-notprincipal-foreign-fix81",
        "ops role Allow Decrypt share-1; share-1 Deny Decrypt NotPrincipal [account 222's root, the signer's session]",
        r => {
            opsRole(r, "prod", A, "keyguard-notprincipal-foreign-fix81-rt80s", [allow("kms:Decrypt", SHARE1)]);
            addKey(r, "signer-shares-share-1", {
                Effect: "Deny",
                NotPrincipal: {
                    AWS: ["arn:aws:iam::222222222222:root", `arn:aws:sts::${A}:assumed-role/custody-prod-signer/s`],
                },
                Action: "kms:Decrypt",
                Resource: "*",
            });
        },
    ),
    // Naming the ops role's own account (its id) was read as possibly exempting it (round 81, fail closed). Changed in
    // round 82: the account's ARN exempts only the account root (IAM User Guide, "NotPrincipal": NotPrincipal
    // [user/Bob, the account] denies "all principals except the user named Bob"), so the ops role is denied: secure.
    edit(
        "keyguard-notprincipal-account-fix81",
        "ops role Allow Decrypt share-1; share-1 Deny Decrypt NotPrincipal [the signer, account 111]",
        r => {
            opsRole(r, "prod", A, "keyguard-notprincipal-account-fix81-rt80s", [allow("kms:Decrypt", SHARE1)]);
            addKey(r, "signer-shares-share-1", {
                Effect: "Deny",
                NotPrincipal: { AWS: [SIGNER, A] },
                Action: "kms:Decrypt",
                Resource: "*",
            });
        },
    ),
    // A session of the ops role (its role ARN not named) still designates it: not surely denied, refused.
    edit(
        "keyguard-notprincipal-session-fix81",
        "ops role Allow Decrypt share-1; share-1 Deny Decrypt NotPrincipal [the signer, an ops role session]",
        r => {
            const name = "keyguard-notprincipal-session-fix81-rt80s";
            opsRole(r, "prod", A, name, [allow("kms:Decrypt", SHARE1)]);
            addKey(r, "signer-shares-share-1", {
                Effect: "Deny",
                NotPrincipal: { AWS: [SIGNER, `arn:aws:sts::${A}:assumed-role/${name}/ops`] },
                Action: "kms:Decrypt",
                Resource: "*",
            });
        },
        /./,
    ),
    // The Deny names kms:Encrypt only: Decrypt stands, refused.
    edit(
        "keyguard-notprincipal-encrypt-fix81",
        "ops role Allow Decrypt share-1; share-1 Deny Encrypt NotPrincipal [the signer]",
        r => {
            opsRole(r, "prod", A, "keyguard-notprincipal-encrypt-fix81-rt80s", [allow("kms:Decrypt", SHARE1)]);
            addKey(r, "signer-shares-share-1", {
                Effect: "Deny",
                NotPrincipal: { AWS: [SIGNER] },
                Action: "kms:Encrypt",
                Resource: "*",
            });
        },
        /./,
    ),
    // ================= attribute-based conditions the holder can satisfy itself ======================================
    // KMS Developer Guide, "ABAC for AWS KMS": aws:ResourceTag conditions and kms:ResourceAliases let "tags and aliases"
    // control access, and "a principal who can change tags or aliases can ... allow access"; here the role itself may
    // TagResource / CreateAlias on every key, so it tags share-1 team=ops (or gives it alias/ops-audit) and decrypts it.
    ops(
        "abac-self-tag",
        "Allow TagResource keys/* + Decrypt keys/* when aws:ResourceTag/team is ops",
        [
            allow("kms:TagResource", KEYS),
            allow("kms:Decrypt", KEYS, { Condition: { StringEquals: { "aws:ResourceTag/team": "ops" } } }),
        ],
        /./,
    ),
    ops(
        "abac-self-alias",
        "Allow CreateAlias keys/* + alias/ops-* + Decrypt keys/* when kms:ResourceAliases has alias/ops-audit",
        [
            allow("kms:CreateAlias", [KEYS, `arn:aws:kms:eu-west-1:${A}:alias/ops-*`]),
            allow("kms:Decrypt", KEYS, {
                Condition: { "ForAnyValue:StringEquals": { "kms:ResourceAliases": "alias/ops-audit" } },
            }),
        ],
        /./,
    ),
];
const K8S_CASES: StackCase[] = [
    // Kubernetes "Leases": coordination.k8s.io leases for leader election; events create: audit trail only. Twin:
    // pods/exec create runs a command in containment-chamber's pod as its ServiceAccount ("Using RBAC
    // Authorization": pods/exec is a subresource; exec into a pod acts with what the pod holds).
    k8sCase("leases", "Role: leases get/create/update, events create in validators", [
        { apiGroups: ["coordination.k8s.io"], resources: ["leases"], verbs: ["get", "create", "update"] },
        { apiGroups: [""], resources: ["events"], verbs: ["create", "patch"] },
    ]),
    k8sCase(
        "leases-exec",
        "Role: leases as above plus pods get + pods/exec create",
        [
            { apiGroups: ["coordination.k8s.io"], resources: ["leases"], verbs: ["get", "create", "update"] },
            { apiGroups: [""], resources: ["pods"], verbs: ["get"] },
            { apiGroups: [""], resources: ["pods/exec"], verbs: ["create"] },
        ],
        /./,
    ),
    // Kubernetes "Horizontal Pod Autoscaling" / API "Scale": the scale subresource carries spec.replicas only; it
    // cannot change the pod template (image, ServiceAccount, command). Twin: deployments patch changes the template
    // to a container of the attacker's image run as the runtime ServiceAccount.
    k8sCase("scale-only", "Role: deployments get/list, deployments/scale get/patch/update", [
        { apiGroups: ["apps"], resources: ["deployments"], verbs: ["get", "list", "watch"] },
        { apiGroups: ["apps"], resources: ["deployments/scale"], verbs: ["get", "patch", "update"] },
    ]),
    k8sCase(
        "deployments-patch",
        "Role: deployments get/list/patch (the pod template)",
        [{ apiGroups: ["apps"], resources: ["deployments"], verbs: ["get", "list", "patch"] }],
        /./,
    ),
    // "API-initiated Eviction": POST pods/eviction evicts a pod subject to PodDisruptionBudgets; it runs nothing.
    // Twin: pods/ephemeralcontainers patch adds a container (any image/command) to the running runtime pod.
    k8sCase("eviction", "Role: pods get/list, pods/eviction create", [
        { apiGroups: [""], resources: ["pods"], verbs: ["get", "list"] },
        { apiGroups: [""], resources: ["pods/eviction"], verbs: ["create"] },
    ]),
    k8sCase(
        "ephemeral",
        "Role: pods get, pods/ephemeralcontainers patch",
        [
            { apiGroups: [""], resources: ["pods"], verbs: ["get"] },
            { apiGroups: [""], resources: ["pods/ephemeralcontainers"], verbs: ["patch", "update"] },
        ],
        /./,
    ),
    // "Using RBAC Authorization", "Restrictions on role binding creation or update": "You can only create/update a
    // role binding if you already have all the permissions contained in the referenced role (at the same scope as the
    // role binding) or if you have been authorized to perform the bind verb on the referenced role". With no bind
    // verb the auditor can bind only what it already holds. Twin: bind on ClusterRole cluster-admin.
    k8sCase("rolebindings-no-bind", "Role: roles/rolebindings get/list/create/update (no bind, no escalate)", [
        { apiGroups: [RBAC], resources: ["roles", "rolebindings"], verbs: ["get", "list"] },
        { apiGroups: [RBAC], resources: ["rolebindings"], verbs: ["create", "update"] },
    ]),
    k8sCase(
        "rolebindings-bind-admin",
        "Role: rolebindings create + bind on clusterroles cluster-admin",
        [
            { apiGroups: [RBAC], resources: ["rolebindings"], verbs: ["create"] },
            { apiGroups: [RBAC], resources: ["clusterroles"], verbs: ["bind"], resourceNames: ["cluster-admin"] },
        ],
        /./,
    ),
    // Read-only batch objects and logs: no pod is made. Twin: jobs create runs a pod of any template as any
    // ServiceAccount of validators, the runtime's included.
    k8sCase("batch-read", "Role: cronjobs/jobs get/list/watch, pods/log get", [
        { apiGroups: ["batch"], resources: ["cronjobs", "jobs"], verbs: ["get", "list", "watch"] },
        { apiGroups: [""], resources: ["pods", "pods/log"], verbs: ["get", "list"] },
    ]),
    k8sCase(
        "jobs-create",
        "Role: jobs create",
        [{ apiGroups: ["batch"], resources: ["jobs"], verbs: ["create"] }],
        /./,
    ),
    // resourceNames pins update to one ConfigMap no stack workload mounts (ops-dashboard). Twin: escalate + update on
    // roles: "escalate" lets the holder add any permission to a Role ("Restrictions on role creation or update"),
    // including this one, which is bound to it.
    k8sCase("configmap-pinned", "Role: configmaps get/update resourceNames [ops-dashboard]", [
        {
            apiGroups: [""],
            resources: ["configmaps"],
            verbs: ["get", "update", "patch"],
            resourceNames: ["ops-dashboard"],
        },
    ]),
    k8sCase(
        "roles-escalate",
        "Role: roles get/update/escalate (may rewrite its own bound Role)",
        [{ apiGroups: [RBAC], resources: ["roles"], verbs: ["get", "update", "escalate"] }],
        /./,
    ),
    // "Using RBAC Authorization", "Restrictions on role binding creation or update": the bind verb on a named role
    // lets the holder bind exactly that role. bind on ClusterRole view (read-only, no Secrets) and rolebindings
    // create give at most view in validators; twin: bind on admin (pods/exec, Secrets, ServiceAccount tokens).
    k8sCase("bind-view", "Role: rolebindings create + bind on clusterroles [view]", [
        { apiGroups: [RBAC], resources: ["rolebindings"], verbs: ["create"] },
        { apiGroups: [RBAC], resources: ["clusterroles"], verbs: ["bind"], resourceNames: ["view"] },
    ]),
    k8sCase(
        "bind-admin",
        "Role: rolebindings create + bind on clusterroles [admin]",
        [
            { apiGroups: [RBAC], resources: ["rolebindings"], verbs: ["create"] },
            { apiGroups: [RBAC], resources: ["clusterroles"], verbs: ["bind"], resourceNames: ["admin"] },
        ],
        /./,
    ),
];

/** The cases whose MISS comment says why they are skipped. */
const MISSES = new Set(["ldconf-opt", "reencrypt-same-key", "deny-untagged", "deny-null-tag", "deny-region-other"]);
const missed = (c: StackCase) => [...MISSES].some(m => new RegExp(`[ (]${m}-rt80s[:)]`).test(c.name));
const ALL = [...NODE_CASES, ...AWS_CASES, ...K8S_CASES].map(c => (missed(c) ? { ...c, skip: true } : c));
describeVariants(
    "red team 80: secure variants of the committed stacks and their insecure twins",
    ALL.filter(c => c.refused),
    ALL.filter(c => !c.refused),
);
