// Red-team round 79 on EKS NODE user data: fresh eyes on root writes and runs, probing the round-79 node shell fixes
// (rootReads.ts): the set of possible working directories (functions, groups, eval, alias, source in && / || lists,
// loops with cd, cd in while-read and case, pushd/popd, more than 4 directories, trap DEBUG, errexit ignored, launchers'
// chdir options), world-writable directories (RootReads.planted: symlinks and binds into /tmp, mktemp, dirs made 1777 by
// install/mkdir/umask/tmpfs/tmpfiles/setfacl/chown, /var/tmp via variables, copies out of /tmp, predictable /tmp names),
// launcher option lists (flock, numactl, cgexec, setarch), empty outputs (basename, tr, cut, ${V%%/*}) in write targets,
// and the new READ_BEFORE_WRITE entries (auditd, rsyslog, syslog-ng, polkit, sysctl -p).
// Results: insecure refused 99 of 157; secure clean 26 of 28.
// Misses (58 insecure accepted, 2 secure refused):
// - FAIL-PATH (8: D2, D3, D4, D7, D37, D42; errexit ignored D19, D39): an && / || element that is a function, group,
//   eval, alias or sourced script ending in a cd is taken to have moved even when it failed (rootReads.ts
//   elementOutcome names only cd/pushd/popd); in `f || true`, `! f` bash ignores set -e inside f.
// - BARE-CD-FAILS (2: D18, D28): without set -e a cd to a directory the script never made fails and the shell stays
//   (changeDirectory always moves).
// - LOOP-WORDS (3: D10, D11, D46): `for d in A B; do cd "$d"; done` cds to the joined word "A B" (for sets the variable
//   to the words joined), not to each word.
// - TRAP (1: D22): trap 'cd /etc' DEBUG runs before every command.
// - WRAPPER-CHDIR (8: D26, D34, D35, D36, D41, D43, D44, D45): env -C/--chdir, unshare --wd, nsenter --wd: a launched
//   shell is read in wrappedDirectory, but the program's own file operands (dd of=, tee, cp, ln) resolve at the cwd.
// - PLANTED-PATHS (5: P1, P2, P15, P44; P4): links and bind mounts into /tmp, /var/tmp, /dev/shm are not resolved; an
//   install -d'd 1777 dir is an "unknown tree" so its files count as the script's.
// - OPENED-DIRS (8: P12, P13, P33, P35, P37, P38, P39, P42): setfacl o::rwx, chown to a non-root user, clustered
//   -pm1777/-dm1777, umask 000, tmpfs mode=1777, tmpfiles.d `d ... 1777`.
// - LOADED-OPERANDS (3: P10, P43, P30): insmod /tmp/x.ko (also from a unit's ExecStart), rpm -i /tmp/x.rpm.
// - COPIED-FROM-TMP (4: P26, P27, P28, P29): cp/install/mv/tar of a /tmp file the script never wrote into a root-run place.
// - PREDICTABLE-TMP (2: P21, P45): a /tmp name the script writes without errexit (or with || true) may be a local user's
//   file (fs.protected_regular makes root's write fail) and is then run.
// - LAUNCHERS (5: L12, L21, L22, L23, L31): numactl, cgexec, setarch are unknown; flock --wait VALUE is not listed.
// - EMPTY-OUTPUT (2: E3, E9): an empty basename in a link path (round-78 E4 class) and in dd's of= target.
// - RBW (7: R9, R14, R21, R18, R20, R23, R24): sysctl -p - (stdin) and bare sysctl -p of a downloaded /etc/sysctl.conf;
//   an unknown line appended to rsyslog.conf; cp -r of a download into polkit rules.d; @include / $IncludeConfig of a
//   download appended to syslog-ng/rsyslog configs.
// - SECURE REFUSED (2: S20 a cd inside a piped while loop (a subshell) makes the directory unknown; S24 flock --wait 30
//   LOCK CMD reads the lock file as the program, in /run/lock: planted).
// Round 80: every miss above is fixed (fix80-cwd, -wrap, -opened, -operands, -rbw: each case's comment opens "Was a
// MISS (fixed in round 80)"; their neighbours are suffixed -fix80).
// Held: cd in case/if/until branches, || chains, >4 directories (unknown), cd - / OLDPWD / lastpipe read, builtin/command
// cd, sourced written cds, pushd/popd in && lists; /tmp, /var/tmp, /var/lock, /dev/shm through variables, HOME, PATH,
// globs, units, cron, LD_PRELOAD, chmod (octal, symbolic, -R, a+w), mkdir -m/--mode; timeout/nice/ionice/stdbuf/chrt/
// taskset/setsid/nohup/sudo/prlimit/time/systemd-run/unshare/nsenter/chroot option forms; empty outputs through
// redirects, mv, ln -sf targets, sed -i, cd; downloaded auditd/rsyslog/syslog-ng/polkit/tmpfiles/plugins.d files,
// sysctl -p FILE / -pFILE / -f / --load=FILE, links into rsyslog.d, sed of plugin_dir.
import { al2023Nodes, describeNodeCases, devNodeCase, devNodeScript, NodeCase, withPart } from "./nodeBuilders";
import { Resources } from "./support";

const n = (id: string) => `dev-${id}-79n-nodes`;
/** A downloaded library (its content unknown); naming it in /etc/ld.so.preload loads it into every program (ld.so(8)). */
const SO = "curl -fsSL -o /opt/x.so https://downloads.example.com/x.so";
const DL = "curl -fsSL -o /opt/ops.sh https://downloads.example.com/ops.sh";
/** The probe: a relative write that is /etc/ld.so.preload when the shell is in /etc. */
const PRELOAD = "echo /opt/x.so > ld.so.preload";
/** A bash part WITHOUT `set -e` (devNodeScript adds `set -euo pipefail`). */
const plainScript = (id: string, lines: string[]) => (r: Resources) =>
    al2023Nodes(
        r,
        n(id),
        withPart({ type: 'text/x-shellscript; charset="us-ascii"', body: ["#!/bin/bash", ...lines].join("\n") }),
    );

// Insecure: each writes /etc/ld.so.preload naming a downloaded library (ld.so(8): "a whitespace-separated list of ELF
// shared objects to be loaded before the program", every program root runs included), or has root run/source/load a
// file any local user may plant (RootReads.planted), or loads configuration that names programs root runs.
const insecure: NodeCase[] = [
    // bash manual "Shell Functions": a function runs in the current shell, so its cd moves the caller; the relative write then lands at /etc/ld.so.preload (ld.so(8): loaded into every program, root's included).
    devNodeCase(
        "D1 go(){ cd /etc; }; go; relative preload-rt79n",
        devNodeScript(n("d1"), [SO, "go() { cd /etc; }", "go", PRELOAD]),
    ),
    // Was a MISS (fixed in round 80): insecure accepted (got []). bash manual "Lists of Commands": in `f || true` the right side runs when f's status is non-zero; f's status is its last command's (bash(1) FUNCTIONS), so when `cd /opt/app` fails (the script never makes /opt/app) the shell stays in /etc and the write is /etc/ld.so.preload. Where: rootReads.ts elementOutcome: only an element named cd/pushd/popd keeps its entry directories on failure (`failed = /^(cd|pushd|popd)$/.test(name) ? entry : after`); a function, group, eval, alias or sourced script ending in a cd is taken to have moved on failure too. Fix (general): an element's failure outcome is the union of its entry directories and every directory reached inside it (any command in it may be the failing one), unless the reader proves the cd ran.
    devNodeCase(
        "D2 cd /etc; f(){ cd /opt/app; }; f || true-rt79n",
        devNodeScript(n("d2"), [SO, "cd /etc", "f() { cd /opt/app; }", "f || true", PRELOAD]),
        /./,
    ),
    // Was a MISS (fixed in round 80): as D2, a brace group (bash manual "Command Grouping": its status is its list's) whose cd fails leaves the shell in /etc (elementOutcome: a compound element has no name, failure = after).
    devNodeCase(
        "D3 cd /etc; { cd /opt/app; } || true-rt79n",
        devNodeScript(n("d3"), [SO, "cd /etc", "{ cd /opt/app; } || true", PRELOAD]),
        /./,
    ),
    // Was a MISS (fixed in round 80): as D2, eval (bash(1) eval: "its exit status is returned as the value of eval"): elementOutcome names it eval, not cd.
    devNodeCase(
        "D4 cd /etc; eval cd /opt/app || true-rt79n",
        devNodeScript(n("d4"), [SO, "cd /etc", "eval cd /opt/app || true", PRELOAD]),
        /./,
    ),
    // Held: `builtin cd` is cd (bash(1) builtin), a failed cd stays in /etc.
    devNodeCase(
        "D5 cd /etc; builtin cd /opt/app || true-rt79n",
        devNodeScript(n("d5"), [SO, "cd /etc", "builtin cd /opt/app || true", PRELOAD]),
    ),
    // Held: `command cd` is cd (bash(1) command).
    devNodeCase(
        "D6 cd /etc; command cd /opt/app || true-rt79n",
        devNodeScript(n("d6"), [SO, "cd /etc", "command cd /opt/app || true", PRELOAD]),
    ),
    // Was a MISS (fixed in round 80): as D2, an alias (bash(1) ALIASES, expand_aliases) whose text is `cd /opt/app`: elementOutcome reads the alias name, not cd.
    devNodeCase(
        "D7 alias to_app='cd /opt/app'; cd /etc; to_app || true-rt79n",
        devNodeScript(n("d7"), [
            SO,
            "shopt -s expand_aliases",
            "alias to_app='cd /opt/app'",
            "cd /etc",
            "to_app || true",
            PRELOAD,
        ]),
        /./,
    ),
    // Held: a case branch may run (bash manual "Conditional Constructs"): the write may be in /etc.
    devNodeCase(
        "D8 case $(hostname) in ip-*) cd /etc;; esac-rt79n",
        devNodeScript(n("d8"), [SO, 'case "$(hostname)" in', "  ip-*) cd /etc ;;", "esac", PRELOAD]),
    ),
    // Held: `cd "$d"` of lines read from a file goes anywhere (unknown working directory, fail closed).
    devNodeCase(
        "D9 while read d; do cd $d; done < dirs-rt79n",
        devNodeScript(n("d9"), [
            SO,
            "curl -fsSL -o /opt/dirs https://downloads.example.com/dirs",
            'while read -r d; do cd "$d"; done < /opt/dirs',
            PRELOAD,
        ]),
    ),
    // Was a MISS (fixed in round 80): insecure accepted (got []). bash manual "Looping Constructs": `for name in words` runs the body once per word, so after the loop the shell is in the last word's directory, /etc. Where: rootReads.ts RootReads.command `for NAME in WORDS` sets the variable to the words JOINED by a space (ctx.vars.set(..., words.slice(3).join(" "))), so changeDirectory goes to the one literal directory "/opt /etc"; the single-word loop (D31) is held. Fix: a cd whose operand is a loop variable reaches each of its words (a working-directory set, RootReads.atEachDirectory), the last one surely after the loop.
    devNodeCase(
        "D10 for d in /opt /etc; do cd $d; done-rt79n",
        devNodeScript(n("d10"), [SO, 'for d in /opt /etc; do cd "$d"; done', PRELOAD]),
        /./,
    ),
    // Was a MISS (fixed in round 80): as D10; `cd "$d" && break` leaves the loop in /etc on its first pass.
    devNodeCase(
        "D11 for d in /etc /opt; do cd $d && break; done-rt79n",
        devNodeScript(n("d11"), [SO, 'for d in /etc /opt; do cd "$d" && break; done', PRELOAD]),
        /./,
    ),
    // Held: more than 4 possible directories (MAX_DIRECTORIES) makes the directory unknown (fail closed).
    devNodeCase(
        "D12 cd a || cd b || ... || cd /etc (6 directories)-rt79n",
        devNodeScript(n("d12"), [
            SO,
            "cd /opt/a || cd /opt/b || cd /opt/c || cd /opt/d || cd /opt/e || cd /etc",
            PRELOAD,
        ]),
    ),
    // Held: `cd A || cd /etc` may end in /etc.
    devNodeCase("D13 cd /opt/app || cd /etc-rt79n", devNodeScript(n("d13"), [SO, "cd /opt/app || cd /etc", PRELOAD])),
    // Held: popd in an && list may not run (bash manual "Directory Stack Builtins").
    devNodeCase(
        "D14 pushd /etc; [ -f x ] && popd-rt79n",
        devNodeScript(n("d14"), [SO, "pushd /etc", "[ -f /opt/flag ] && popd", PRELOAD]),
    ),
    // Held: `cd -` (bash(1): cd to $OLDPWD) in an && list.
    devNodeCase(
        "D15 cd /etc; cd /opt/app; [ -n $X ] && cd --rt79n",
        devNodeScript(n("d15"), [
            SO,
            "mkdir -p /opt/app",
            "cd /etc",
            "cd /opt/app",
            '[ -n "${X:-}" ] && cd -',
            PRELOAD,
        ]),
    ),
    // Held: lastpipe (bash(1) shopt lastpipe: the last pipeline element runs in the current shell) reads d=/etc.
    devNodeCase(
        "D16 shopt -s lastpipe; echo /etc | read -r d; cd $d-rt79n",
        devNodeScript(n("d16"), [SO, "shopt -s lastpipe", "echo /etc | read -r d", 'cd "$d"', PRELOAD]),
    ),
    // Held: the else-path cd /etc.
    devNodeCase(
        "D17 if ! cd /opt/app; then cd /etc; fi-rt79n",
        devNodeScript(n("d17"), [SO, "if ! cd /opt/app; then cd /etc; fi", PRELOAD]),
    ),
    // Was a MISS (fixed in round 80): insecure accepted (got []). Without `set -e` a failing cd does not end the script (bash manual "The Set Builtin" -e is off; cd returns non-zero "if the directory change fails" and the shell goes on, bash(1) cd); /opt/app is never made on the AL2023 image, so the next line writes /etc/ld.so.preload. Where: rootReads.ts changeDirectory (go) takes every cd outside an && / || list or condition as done, whatever errexit says. Fix: without errexit (or where it is ignored: D19), a bare cd/pushd/popd adds its target to the working-directory set instead of replacing it, unless the script made the directory itself.
    devNodeCase(
        "D18 no set -e: cd /etc; cd /opt/app (never made); relative preload-rt79n",
        plainScript("d18", [SO, "cd /etc", "cd /opt/app", PRELOAD]),
        /./,
    ),
    // Was a MISS (fixed in round 80): insecure accepted (got []). bash manual "The Set Builtin": "If a compound command or shell function executes in a context where -e is being ignored, none of the commands executed within ... the function body will be affected by the -e setting" (ShellCheck SC2310 documents the same for `f || ...`): inside f the failed cd is ignored and the write lands in /etc. Where: rootReads.ts: a function body is read with ctx.errexit as set, and its bare cd (changeDirectory) always moves. Fix: read a function or group called in an && / || list, `!` or a condition with errexit off (D18's fix then applies).
    devNodeCase(
        "D19 cd /etc; f(){ cd /opt/app; echo > ld.so.preload; }; f || true-rt79n",
        devNodeScript(n("d19"), [
            SO,
            "cd /etc",
            "f() {",
            "  cd /opt/app",
            "  echo /opt/x.so > ld.so.preload",
            "}",
            "f || true",
        ]),
        /./,
    ),
    // Held: the group's `|| true` hides the cd's failure, the && element runs in /etc.
    devNodeCase(
        "D20 cd /etc; { cd /opt/app || true; } && relative-rt79n",
        devNodeScript(n("d20"), [SO, "cd /etc", "{ cd /opt/app || true; } && echo /opt/x.so > ld.so.preload"]),
    ),
    // Held: without set -e a failing second cd leaves /etc.
    devNodeCase(
        "D21 no set -e: cd /etc && cd /opt/app; relative-rt79n",
        plainScript("d21", [SO, "cd /etc && cd /opt/app", PRELOAD]),
    ),
    // Was a MISS (fixed in round 80): insecure accepted (got []). bash(1) trap: "If a sigspec is DEBUG, the command arg is executed before every simple command", in the current shell: `cd /etc` runs before the write, which lands in /etc. Where: rootReads.ts reads a trap's text (if at all) as code that does not move the shell. Fix: a DEBUG (or RETURN) trap's command that changes directory makes every later command's directory the union of before and after (or unknown).
    devNodeCase("D22 trap 'cd /etc' DEBUG-rt79n", devNodeScript(n("d22"), [SO, "trap 'cd /etc' DEBUG", PRELOAD]), /./),
    // Held: `cd X 2>/dev/null || :` may stay in /etc.
    devNodeCase(
        "D23 cd /etc; cd /opt/app 2>/dev/null || :-rt79n",
        devNodeScript(n("d23"), [SO, "cd /etc", "cd /opt/app 2>/dev/null || :", PRELOAD]),
    ),
    // Held: an until body that may run.
    devNodeCase(
        "D24 until cd /opt/app; do cd /etc; break; done-rt79n",
        devNodeScript(n("d24"), [SO, "until cd /opt/app 2>/dev/null; do cd /etc; break; done", PRELOAD]),
    ),
    // Was a MISS (fixed in round 80): insecure accepted (got []). GNU coreutils env(1): "-C, --chdir=DIR change working directory to DIR" before running the command, so dd's of=ld.so.preload is /etc/ld.so.preload. Where: shell.ts wrappedDirectory knows env -C, and a launched shell is read there (env -C /etc sh -c '...' is refused), but the file operands of the program itself (dd of=, tee, cp, ln: D43-D45) are resolved at ctx.cwd in rootReads.ts RootReads.command / rootWrites.ts. Fix: resolve every relative operand and redirect of a wrapped program at wrappedDirectory(words, cwd) (env -C, unshare/nsenter --wd, sudo -D, systemd-run --working-directory, chroot).
    devNodeCase(
        "D26 env -C /etc dd of=ld.so.preload-rt79n",
        devNodeScript(n("d26"), [SO, "echo /opt/x.so | env -C /etc dd of=ld.so.preload"]),
        /./,
    ),
    // Held: a sourced file (bash(1) source: "in the current shell environment") whose cd the script wrote.
    devNodeCase(
        "D27 . a written file that cds to /etc-rt79n",
        devNodeScript(n("d27"), [SO, "echo 'cd /etc' > /opt/env.sh", ". /opt/env.sh", PRELOAD]),
    ),
    // Was a MISS (fixed in round 80): as D18 (no set -e), the failing cd inside a function.
    devNodeCase(
        "D28 no set -e: cd /etc; f(){ cd /opt/app; }; f-rt79n",
        plainScript("d28", [SO, "cd /etc", "f() { cd /opt/app; }", "f", PRELOAD]),
        /./,
    ),
    // Held: a function in an if condition.
    devNodeCase(
        "D29 cd /etc; if f; then :; fi-rt79n",
        devNodeScript(n("d29"), [SO, "cd /etc", "f() { cd /opt/app; }", "if f; then :; fi", PRELOAD]),
    ),
    // Held: `cd X || { ...; }`.
    devNodeCase(
        "D30 cd /etc; cd /opt/app || { echo warn; }-rt79n",
        devNodeScript(n("d30"), [SO, "cd /etc", "cd /opt/app || { echo warn >&2; }", PRELOAD]),
    ),
    // Held: a one-word for loop.
    devNodeCase(
        "D31 for d in /etc; do cd $d; done-rt79n",
        devNodeScript(n("d31"), [SO, 'for d in /etc; do cd "$d"; done', PRELOAD]),
    ),
    // Held: cd /etc in a loop body.
    devNodeCase(
        "D32 for i in 1; do cd /etc; done-rt79n",
        devNodeScript(n("d32"), [SO, "for i in 1; do cd /etc; done", PRELOAD]),
    ),
    // Held: while-true body with break.
    devNodeCase(
        "D33 while true; do cd /etc; break; done-rt79n",
        devNodeScript(n("d33"), [SO, "while true; do cd /etc; break; done", PRELOAD]),
    ),
    // Was a MISS (fixed in round 80): as D26, env --chdir=DIR (coreutils env(1)).
    devNodeCase(
        "D34 env --chdir=/etc dd of=ld.so.preload-rt79n",
        devNodeScript(n("d34"), [SO, "echo /opt/x.so | env --chdir=/etc dd of=ld.so.preload"]),
        /./,
    ),
    // Was a MISS (fixed in round 80): as D26, util-linux unshare(1) "-w, --wd=directory: Change working directory to directory" (wrappedDirectory knows it; the dd operand is not resolved there).
    devNodeCase(
        "D35 unshare --wd=/etc dd of=ld.so.preload-rt79n",
        devNodeScript(n("d35"), [SO, "echo /opt/x.so | unshare --wd=/etc dd of=ld.so.preload"]),
        /./,
    ),
    // Was a MISS (fixed in round 80): as D26, util-linux nsenter(1) "-w, --wd[=directory]" with -t 1 -m: PID 1's /etc.
    devNodeCase(
        "D36 nsenter -t 1 -m --wd=/etc dd of=ld.so.preload-rt79n",
        devNodeScript(n("d36"), [SO, "echo /opt/x.so | nsenter -t 1 -m --wd=/etc dd of=ld.so.preload"]),
        /./,
    ),
    // Was a MISS (fixed in round 80): as D3, a group holding pushd (bash manual "Directory Stack Builtins": a failed pushd does not change directory).
    devNodeCase(
        "D37 cd /etc; { pushd /opt/app; } || true-rt79n",
        devNodeScript(n("d37"), [SO, "cd /etc", "{ pushd /opt/app; } || true", PRELOAD]),
        /./,
    ),
    // Held: cd "$OLDPWD" in a function returns to /etc.
    devNodeCase(
        "D38 back(){ cd /opt/app; cd $OLDPWD; }-rt79n",
        devNodeScript(n("d38"), [
            SO,
            "mkdir -p /opt/app",
            "cd /etc",
            'back() { cd /opt/app; cd "$OLDPWD"; }',
            "back",
            PRELOAD,
        ]),
    ),
    // Was a MISS (fixed in round 80): as D19, `! f` (bash manual "The Set Builtin": -e ignored when the status is inverted with !): f's cd may fail and leave /etc.
    devNodeCase(
        "D39 cd /etc; ! f-rt79n",
        devNodeScript(n("d39"), [SO, "cd /etc", "f() { cd /opt/app; }", "! f", PRELOAD]),
        /./,
    ),
    // Held: `cd X 2>/dev/null || true`.
    devNodeCase(
        "D40 cd /etc; cd /opt/app 2>/dev/null || true-rt79n",
        devNodeScript(n("d40"), [SO, "cd /etc", "cd /opt/app 2>/dev/null || true", PRELOAD]),
    ),
    // Was a MISS (fixed in round 80): as D26, nested launchers (timeout then env -C).
    devNodeCase(
        "D41 timeout 60 env -C /etc dd of=ld.so.preload-rt79n",
        devNodeScript(n("d41"), [SO, "echo /opt/x.so | timeout 60 env -C /etc dd of=ld.so.preload"]),
        /./,
    ),
    // Was a MISS (fixed in round 80): as D2, a sourced script whose cd may fail (bash(1) source: status of its last command).
    devNodeCase(
        "D42 cd /etc; . /opt/go.sh || true-rt79n",
        devNodeScript(n("d42"), [SO, "echo 'cd /opt/app' > /opt/go.sh", "cd /etc", ". /opt/go.sh || true", PRELOAD]),
        /./,
    ),
    // Was a MISS (fixed in round 80): as D26, tee's file operand (coreutils tee(1)) under env -C.
    devNodeCase(
        "D43 env -C /etc tee ld.so.preload-rt79n",
        devNodeScript(n("d43"), [SO, "echo /opt/x.so | env -C /etc tee ld.so.preload"]),
        /./,
    ),
    // Was a MISS (fixed in round 80): as D26, cp's destination under env -C.
    devNodeCase(
        "D44 env -C /etc cp /opt/p ld.so.preload-rt79n",
        devNodeScript(n("d44"), [SO, "echo /opt/x.so > /opt/p", "env -C /etc cp /opt/p ld.so.preload"]),
        /./,
    ),
    // Was a MISS (fixed in round 80): as D26, a profile.d link (bash(1) INVOCATION: /etc/profile sources /etc/profile.d/*.sh in root's login shells) made under env -C.
    devNodeCase(
        "D45 env -C /etc/profile.d ln -s /opt/ops.sh ops.sh-rt79n",
        devNodeScript(n("d45"), [DL, "env -C /etc/profile.d ln -s /opt/ops.sh ops.sh"]),
        /./,
    ),
    // Round 80 neighbour (WRAPPER-CHDIR): sudo(8) "-D directory, --chdir=directory: Run the command in the specified directory": tee's relative file is /etc/ld.so.preload.
    devNodeCase(
        "W1 sudo -D /etc tee ld.so.preload-fix80",
        devNodeScript(n("w1-wrap-fix80"), [SO, "echo /opt/x.so | sudo -D /etc tee ld.so.preload"]),
    ),
    // Round 80 neighbour: systemd-run(1) "--working-directory=: Run the service process in the specified working directory"; dd's of= there.
    devNodeCase(
        "W2 systemd-run --pipe --wait --working-directory=/etc dd of=ld.so.preload-fix80",
        devNodeScript(n("w2-wrap-fix80"), [
            SO,
            "echo /opt/x.so | systemd-run --pipe --wait --working-directory=/etc dd of=ld.so.preload",
        ]),
    ),
    // Round 80 neighbour: a here-string (bash(1) Here Strings) fed to dd under env -C (coreutils env(1) -C): /etc/ld.so.preload.
    devNodeCase(
        "W3 env -C /etc dd of=ld.so.preload <<< /opt/x.so-fix80",
        devNodeScript(n("w3-wrap-fix80"), [SO, "env -C /etc dd of=ld.so.preload <<< /opt/x.so"]),
    ),
    // Was a MISS (fixed in round 80): as D10, a second loop after a one-word one (the first is read right, the second's joined words are one directory).
    devNodeCase(
        "D46 for d in /etc ...; cd /opt; for d in /opt /etc; do cd $d; done-rt79n",
        devNodeScript(n("d46"), [
            SO,
            'for d in /etc; do cd "$d"; done',
            "cd /opt",
            'for d in /opt /etc; do cd "$d"; done',
            PRELOAD,
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 80): insecure accepted (got []). path_resolution(7): a symbolic link in a path is followed, so /opt/scratch/setup.sh is /tmp/setup.sh, a file of a world-writable directory any local user or non-root daemon may create (sticky(7) only restricts removal); root runs what they put there. Where: rootReads.ts RootReads.planted resolves the path textually (posix.resolve) and never through the links the script made (ln -s TARGET LINK is recorded by rootWrites.ts as a link, not consulted here). Fix (general): resolve run/sourced/loaded paths through the script's own links (and bind mounts: P15) before worldWritableRoot, and treat a link to a world-writable directory as that directory.
    devNodeCase(
        "P1 ln -s /tmp /opt/scratch; bash /opt/scratch/setup.sh-rt79n",
        devNodeScript(n("p1"), ["ln -s /tmp /opt/scratch", "bash /opt/scratch/setup.sh"]),
        /./,
    ),
    // Was a MISS (fixed in round 80): as P1, a link to /var/tmp entered with cd (the relative ./run.sh is /var/tmp/run.sh).
    devNodeCase(
        "P2 ln -sfn /var/tmp /opt/work; cd /opt/work; bash ./run.sh-rt79n",
        devNodeScript(n("p2"), ["ln -sfn /var/tmp /opt/work", "cd /opt/work", "bash ./run.sh"]),
        /./,
    ),
    // Held: coreutils mkdir(1) "-m, --mode=MODE set file mode": 1777 is world-writable.
    devNodeCase(
        "P3 mkdir -m 1777 /opt/drop; bash /opt/drop/x.sh-rt79n",
        devNodeScript(n("p3"), ["mkdir -m 1777 /opt/drop", "bash /opt/drop/x.sh"]),
    ),
    // Was a MISS (fixed in round 80): insecure accepted (got []). coreutils install(1) "-d, --directory treat all arguments as directory names; create all components", "-m, --mode=MODE set permission mode": /opt/drop is 1777, any local user may plant /opt/drop/env, which root sources. Where: rootReads.ts RootReads.planted: openedPaths records /opt/drop as opened, but install -d also marks /opt/drop an unknown tree (inUnknownTree), so `made` is true and the file counts as the script's. Fix: a path below an opened (world-writable) directory the script did not write a FILE at is planted, whatever unknown tree covers it; a directory made empty is no content.
    devNodeCase(
        "P4 install -d -m 1777 /opt/drop; . /opt/drop/env-rt79n",
        devNodeScript(n("p4"), ["install -d -m 1777 /opt/drop", ". /opt/drop/env"]),
        /./,
    ),
    // Held: chmod 1777 then source.
    devNodeCase(
        "P5 mkdir; chmod 1777 /opt/drop; source /opt/drop/env-rt79n",
        devNodeScript(n("p5"), ["mkdir -p /opt/drop", "chmod 1777 /opt/drop", "source /opt/drop/env"]),
    ),
    // Held: /var/tmp through a variable.
    devNodeCase("P6 T=/var/tmp; bash $T/x.sh-rt79n", devNodeScript(n("p6"), ["T=/var/tmp", 'bash "$T/x.sh"'])),
    // Held (as unreadable): ${TMPDIR:-/tmp} (bash(1) Parameter Expansion: default /tmp when unset).
    devNodeCase("P7 bash ${TMPDIR:-/tmp}/x.sh-rt79n", devNodeScript(n("p7"), ['bash "${TMPDIR:-/tmp}/x.sh"'])),
    // Held: a relative script in the possible /tmp directory.
    devNodeCase(
        "P8 cd /opt/app || cd /tmp; bash setup.sh-rt79n",
        devNodeScript(n("p8"), ["cd /opt/app || cd /tmp", "bash setup.sh"]),
    ),
    // Held: an interpreter's script in /var/tmp.
    devNodeCase("P9 python3 /var/tmp/x.py-rt79n", devNodeScript(n("p9"), ["python3 /var/tmp/x.py"])),
    // Was a MISS (fixed in round 80): insecure accepted (got []). insmod(8): "insmod is a trivial program to insert a module into the kernel" from the file named: kernel code any local user may plant in /tmp, run in ring 0. Where: rootReads.ts RootReads.command's planted check looks only at a shell/interpreter script, stdin, run-parts/find and the program itself; a loader's file operand (insmod, modprobe -d, kexec -l, ldconfig -f, LD_PRELOAD held) is not a run path. Fix: list the programs that load or execute a file operand (insmod, kexec, rpm -i/dnf install FILE scriptlets, systemd-nspawn, unit ExecStart operands: P43) and judge those operands with planted.
    devNodeCase("P10 insmod /tmp/x.ko-rt79n", devNodeScript(n("p10"), ["insmod /tmp/x.ko"]), /./),
    // Held: LD_PRELOAD in /dev/shm (ld.so(8)).
    devNodeCase(
        "P11 LD_PRELOAD=/dev/shm/x.so systemctl restart chronyd-rt79n",
        devNodeScript(n("p11"), ["LD_PRELOAD=/dev/shm/x.so systemctl restart chronyd"]),
    ),
    // Was a MISS (fixed in round 80): insecure accepted (got []). setfacl(1) `-m o::rwx` sets the "other" ACL entry, the same permission bits as chmod o+rwx (acl(5): the ACL_OTHER entry corresponds to the file's other permission bits): any local user may create /opt/app/x.sh. Where: rootReads.ts openedPaths knows chmod, mkdir -m and install -d -m only. Fix: every way of opening a directory to others or to a non-root user counts as opened: setfacl o::w / u:UID:w / g:GID:w, chown to a non-root owner (P13, P42), umask 0 before mkdir (P35), tmpfs mode= (P37), tmpfiles.d modes (P38), clustered -pm1777 / -dm1777 (P33, P39).
    devNodeCase(
        "P12 setfacl -m o::rwx /opt/app; bash /opt/app/x.sh-rt79n",
        devNodeScript(n("p12"), ["mkdir -p /opt/app", "setfacl -m o::rwx /opt/app", "bash /opt/app/x.sh"]),
        /./,
    ),
    // Was a MISS (fixed in round 80): as P12, chown(1) to uid 1000 (ec2-user on AL2023): the directory's owner may create any file in it (path_resolution(7) permission checks), and every process of that uid with it.
    devNodeCase(
        "P13 chown 1000:1000 /opt/app; bash /opt/app/x.sh-rt79n",
        devNodeScript(n("p13"), ["mkdir -p /opt/app", "chown 1000:1000 /opt/app", "bash /opt/app/x.sh"]),
        /./,
    ),
    // Held: chmod 777.
    devNodeCase(
        "P14 chmod 777 /opt/app; bash /opt/app/x.sh-rt79n",
        devNodeScript(n("p14"), ["mkdir -p /opt/app", "chmod 777 /opt/app", "bash /opt/app/x.sh"]),
    ),
    // Was a MISS (fixed in round 80): as P1, mount(8) --bind: "remount part of the file hierarchy somewhere else": /opt/tools IS /tmp, its files anyone's. Where: rootReads.ts planted / worldWritableRoot ignore the script's binds (exposed() judges binds of data directories only).
    devNodeCase(
        "P15 mount --bind /tmp /opt/tools; /opt/tools/run-rt79n",
        devNodeScript(n("p15"), ["mkdir -p /opt/tools", "mount --bind /tmp /opt/tools", "/opt/tools/run"]),
        /./,
    ),
    // Held (as unreadable): cat of /tmp into bash.
    devNodeCase("P16 cat /tmp/x.sh | bash-rt79n", devNodeScript(n("p16"), ["cat /tmp/x.sh | bash"])),
    // Held (as unreadable): process substitution of a /tmp file.
    devNodeCase("P17 source <(cat /tmp/env)-rt79n", devNodeScript(n("p17"), ["source <(cat /tmp/env)"])),
    // Held: a unit's ExecStart in /tmp (systemd.service(5)).
    devNodeCase(
        "P18 unit ExecStart=/tmp/agent-rt79n",
        devNodeScript(n("p18"), [
            "cat > /etc/systemd/system/agent.service <<'EOF'",
            "[Service]",
            "ExecStart=/tmp/agent",
            "EOF",
            "systemctl enable --now agent.service",
        ]),
    ),
    // Held: a root cron job in /var/tmp (crontab(5)).
    devNodeCase(
        "P19 cron.d root /var/tmp/x.sh-rt79n",
        devNodeScript(n("p19"), ["echo '* * * * * root /var/tmp/x.sh' > /etc/cron.d/x"]),
    ),
    // Held: mktemp -d then chmod 1777.
    devNodeCase(
        "P20 D=$(mktemp -d); chmod 1777 $D; bash $D/x.sh-rt79n",
        devNodeScript(n("p20"), ["D=$(mktemp -d)", 'chmod 1777 "$D"', 'bash "$D/x.sh"']),
    ),
    // Was a MISS (fixed in round 80): insecure accepted (got []). Without set -e, a write to a predictable /tmp name that a local user created first fails: Linux fs.protected_regular (kernel commit 30aba6656f "namei: allow restricted O_CREAT of FIFOs and regular files": "Disallows open of ... regular files not owned by the user in world writable sticky directories ... [with] the O_CREAT flag"; systemd's 50-default.conf sets it to 1) refuses root's O_CREAT open, printf fails, and `bash /tmp/ops.sh` runs the planted file. Where: rootReads.ts RootReads.planted counts a file the script wrote in a world-writable directory as its own (`made`) even when the write may have failed and the script goes on (no errexit, `|| true`: P45). Fix: a script-written file in a world-writable directory is the script's only when a failed write ends the script (errexit outside lists) or the name is unpredictable (mktemp); else planted.
    devNodeCase(
        "P21 no set -e: printf > /tmp/ops.sh; bash /tmp/ops.sh-rt79n",
        plainScript("p21", ["printf '#!/bin/sh\\nsystemctl restart chronyd\\n' > /tmp/ops.sh", "bash /tmp/ops.sh"]),
        /./,
    ),
    // Held: a glob of /tmp sourced.
    devNodeCase(
        "P22 cd /tmp; for f in *.sh; do . $f; done-rt79n",
        devNodeScript(n("p22"), ["cd /tmp", 'for f in *.sh; do . "$f"; done']),
    ),
    // Held: PATH with /tmp first (bash(1) COMMAND EXECUTION: PATH search).
    devNodeCase(
        "P23 PATH=/tmp:$PATH; ops-helper-rt79n",
        devNodeScript(n("p23"), ['export PATH="/tmp:$PATH"', "ops-helper"]),
    ),
    // Held: chmod a+w.
    devNodeCase(
        "P24 chmod a+w /opt/d; bash /opt/d/x.sh-rt79n",
        devNodeScript(n("p24"), ["mkdir -p /opt/d", "chmod a+w /opt/d", "bash /opt/d/x.sh"]),
    ),
    // Held: env bash /tmp/x.sh.
    devNodeCase("P25 /usr/bin/env bash /tmp/x.sh-rt79n", devNodeScript(n("p25"), ["/usr/bin/env bash /tmp/x.sh"])),
    // Was a MISS (fixed in round 80): insecure accepted (got []). The copy of a /tmp file the script never wrote (any local user's: sticky(7)) into /etc/profile.d, which root's login shells source (bash(1) INVOCATION, /etc/profile). Where: rootReads.ts RootReads.planted is asked only about what runs now; cp/install/mv/tar from a world-writable directory (P27-P30) carry the planted content into a root-run place unseen (the copy's text is taken as the image's). Fix: a file copied, moved or extracted from a world-writable directory (a path `planted` would refuse) is content the pack cannot know at its destination (unknown, so READ_BEFORE_WRITE / run checks refuse it).
    devNodeCase(
        "P26 cp /tmp/hooks.sh /etc/profile.d/hooks.sh-rt79n",
        devNodeScript(n("p26"), ["cp /tmp/hooks.sh /etc/profile.d/hooks.sh"]),
        /./,
    ),
    // Was a MISS (fixed in round 80): as P26, install(1) of /tmp/ops into /usr/local/bin, then run by PATH.
    devNodeCase(
        "P27 install -m 0755 /tmp/ops /usr/local/bin/ops; ops-rt79n",
        devNodeScript(n("p27"), ["install -m 0755 /tmp/ops /usr/local/bin/ops", "ops"]),
        /./,
    ),
    // Was a MISS (fixed in round 80): as P26, mv(1) of a /tmp file then run.
    devNodeCase(
        "P28 mv /tmp/x.sh /opt/x.sh; bash /opt/x.sh-rt79n",
        devNodeScript(n("p28"), ["mv /tmp/x.sh /opt/x.sh", "bash /opt/x.sh"]),
        /./,
    ),
    // Was a MISS (fixed in round 80): as P26, tar(1) -x of a /tmp archive, then its script run.
    devNodeCase(
        "P29 tar xf /tmp/bundle.tar -C /opt/bundle; bash /opt/bundle/setup.sh-rt79n",
        devNodeScript(n("p29"), ["tar xf /tmp/bundle.tar -C /opt/bundle", "bash /opt/bundle/setup.sh"]),
        /./,
    ),
    // Was a MISS (fixed in round 80): as P10/P26, rpm(8) -i of a package file in /tmp runs its %pre/%post scriptlets as root (rpm's scriptlets are shell run by rpm); a local user's file, not the operator's download (round 69 DECIDED covers the operator's own repository, not a planted file).
    devNodeCase("P30 rpm -i /tmp/agent.rpm-rt79n", devNodeScript(n("p30"), ["rpm -i /tmp/agent.rpm"]), /./),
    // Round 80 neighbours (LOADED-OPERANDS): kexec(8) "kexec -l kernel-image --initrd=initrd-image" loads the kernel
    // booted next from the file named: a /tmp kernel any local user may plant.
    devNodeCase(
        "P30a-fix80 kexec -l /tmp/vmlinuz-rt79n",
        devNodeScript(n("p30a-fix80"), ["kexec -l /tmp/vmlinuz --initrd=/boot/initramfs.img --reuse-cmdline"]),
        /\/tmp\/vmlinuz/,
    ),
    // dnf(8) "install <package-file-spec>": a local package file's scriptlets run as root; /dev/shm is world-writable.
    devNodeCase(
        "P30b-fix80 dnf install -y /dev/shm/agent.rpm-rt79n",
        devNodeScript(n("p30b-fix80"), ["dnf install -y /dev/shm/agent.rpm"]),
        /\/dev\/shm\/agent\.rpm/,
    ),
    // pip docs "pip install" <archive url/path>: a local wheel's files land in root's site-packages (run by python3).
    devNodeCase(
        "P30c-fix80 python3 -m pip install /var/tmp/ops.whl-rt79n",
        devNodeScript(n("p30c-fix80"), ["python3 -m pip install /var/tmp/ops-1.0-py3-none-any.whl"]),
        /\/var\/tmp\/ops/,
    ),
    // COPIED-FROM-TMP neighbour: rsync(1) "copies files" from a /tmp tree the script never filled; its program then run.
    devNodeCase(
        "P29a-fix80 rsync -a /tmp/tools/ /opt/tools/; /opt/tools/run-rt79n",
        devNodeScript(n("p29a-fix80"), ["rsync -a /tmp/tools/ /opt/tools/", "/opt/tools/run"]),
        /copied or extracted from \/tmp\/tools/,
    ),
    // Held: HOME=/tmp; . ~/env (bash(1) Tilde Expansion: ~ is $HOME).
    devNodeCase("P31 HOME=/tmp; . ~/env-rt79n", devNodeScript(n("p31"), ["export HOME=/tmp", ". ~/env"])),
    // Held: chmod -R 777 of /opt.
    devNodeCase(
        "P32 chmod -R 777 /opt; bash /opt/app/x.sh-rt79n",
        devNodeScript(n("p32"), ["mkdir -p /opt/app", "chmod -R 777 /opt", "bash /opt/app/x.sh"]),
    ),
    // Was a MISS (fixed in round 80): as P12, coreutils mkdir `-pm1777` (getopt(3) clustering: -p then -m with the attached value 1777). Where: rootReads.ts openedPaths matches `-[a-zA-Z]*m` only as the LAST letter of a cluster and `-m.` only as the first.
    devNodeCase(
        "P33 mkdir -pm1777 /opt/drop-rt79n",
        devNodeScript(n("p33"), ["mkdir -pm1777 /opt/drop", "bash /opt/drop/x.sh"]),
        /./,
    ),
    // Held: mkdir --mode=1777.
    devNodeCase(
        "P34 mkdir --mode=1777 /opt/drop-rt79n",
        devNodeScript(n("p34"), ["mkdir --mode=1777 /opt/drop", "bash /opt/drop/x.sh"]),
    ),
    // Was a MISS (fixed in round 80): as P12, bash(1) umask 000 then mkdir: mkdir(2) creates with mode 0777 & ~umask = 0777, world-writable.
    devNodeCase(
        "P35 umask 000; mkdir /opt/drop; bash /opt/drop/x.sh-rt79n",
        devNodeScript(n("p35"), ["umask 000", "mkdir /opt/drop", "bash /opt/drop/x.sh"]),
        /./,
    ),
    // Held: symbolic chmod u=rwx,go=rwx.
    devNodeCase(
        "P36 chmod u=rwx,go=rwx /opt/drop-rt79n",
        devNodeScript(n("p36"), ["mkdir -p /opt/drop", "chmod u=rwx,go=rwx /opt/drop", "bash /opt/drop/x.sh"]),
    ),
    // Was a MISS (fixed in round 80): as P12, a tmpfs mounted with mode=1777 (tmpfs(5) mode=: "Set initial permissions of the root directory").
    devNodeCase(
        "P37 mount -t tmpfs -o mode=1777 tmpfs /opt/scratch-rt79n",
        devNodeScript(n("p37"), [
            "mkdir -p /opt/scratch",
            "mount -t tmpfs -o mode=1777 tmpfs /opt/scratch",
            "bash /opt/scratch/x.sh",
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 80): as P12, tmpfiles.d(5) `d /opt/drop 1777 root root -` applied by systemd-tmpfiles --create.
    devNodeCase(
        "P38 tmpfiles.d d /opt/drop 1777; systemd-tmpfiles --create-rt79n",
        devNodeScript(n("p38"), [
            "echo 'd /opt/drop 1777 root root -' > /etc/tmpfiles.d/drop.conf",
            "systemd-tmpfiles --create /etc/tmpfiles.d/drop.conf",
            "bash /opt/drop/x.sh",
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 80): as P33, install -dm1777 (clustered -d -m 1777).
    devNodeCase(
        "P39 install -dm1777 /opt/drop-rt79n",
        devNodeScript(n("p39"), ["install -dm1777 /opt/drop", "bash /opt/drop/x.sh"]),
        /./,
    ),
    // Held: /var/lock.
    devNodeCase("P40 bash /var/lock/x.sh-rt79n", devNodeScript(n("p40"), ["bash /var/lock/x.sh"])),
    // Held: chmod 01777.
    devNodeCase(
        "P41 chmod 01777 /opt/drop-rt79n",
        devNodeScript(n("p41"), ["mkdir -p /opt/drop", "chmod 01777 /opt/drop", "bash /opt/drop/x.sh"]),
    ),
    // Was a MISS (fixed in round 80): as P13, chown nobody (uid 65534, the user many daemons drop to).
    devNodeCase(
        "P42 chown nobody:nobody /opt/drop-rt79n",
        devNodeScript(n("p42"), ["mkdir -p /opt/drop", "chown nobody:nobody /opt/drop", "bash /opt/drop/x.sh"]),
        /./,
    ),
    // Was a MISS (fixed in round 80): as P10, a unit's ExecStart=/usr/sbin/insmod /tmp/x.ko (systemd.service(5): runs as root); the program is the image's, its file operand planted.
    devNodeCase(
        "P43 unit ExecStart=/usr/sbin/insmod /tmp/x.ko-rt79n",
        devNodeScript(n("p43"), [
            "cat > /etc/systemd/system/mod.service <<'EOF'",
            "[Service]",
            "Type=oneshot",
            "ExecStart=/usr/sbin/insmod /tmp/x.ko",
            "EOF",
            "systemctl enable --now mod.service",
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 80): as P1, a link to /dev/shm entered and sourced.
    devNodeCase(
        "P44 ln -s /dev/shm /opt/cache; cd /opt/cache && . ./env-rt79n",
        devNodeScript(n("p44"), ["ln -s /dev/shm /opt/cache", "cd /opt/cache && . ./env"]),
        /./,
    ),
    // Was a MISS (fixed in round 80): as P21 with set -e but `|| true` hiding the failed write (bash manual "The Set Builtin": no exit for a command in an || list).
    devNodeCase(
        "P45 printf > /tmp/ops.sh || true; bash /tmp/ops.sh-rt79n",
        plainScript("p45", [
            "printf '#!/bin/sh\\nsystemctl restart chronyd\\n' > /tmp/ops.sh || true",
            "bash /tmp/ops.sh",
        ]),
        /./,
    ),
    // Round 80 neighbours (PLANTED-PATHS): path_resolution(7) follows a link to a FILE in /tmp as to a directory.
    devNodeCase(
        "P1a ln -s /tmp/agent.sh /opt/agent.sh; bash /opt/agent.sh-fix80",
        devNodeScript(n("p1a"), ["ln -s /tmp/agent.sh /opt/agent.sh", "bash /opt/agent.sh"]),
        /\/tmp\/agent\.sh/,
    ),
    // mount(8) `-o bind` (the option form of --bind) of /var/tmp: /opt/cache IS /var/tmp.
    devNodeCase(
        "P15a mount -o bind /var/tmp /opt/cache; . /opt/cache/env-fix80",
        devNodeScript(n("p15a"), ["mkdir -p /opt/cache", "mount -o bind /var/tmp /opt/cache", ". /opt/cache/env"]),
        /\/var\/tmp/,
    ),
    // (OPENED-DIRS) setfacl(1) a named user's entry with write (acl(5) ACL_USER): uid 1000 may create files there.
    devNodeCase(
        "P12a setfacl -m u:1000:rwx /opt/app-fix80",
        devNodeScript(n("p12a"), ["mkdir -p /opt/app", "setfacl -m u:1000:rwx /opt/app", "bash /opt/app/x.sh"]),
        /\/opt\/app/,
    ),
    // chown(1) -R to ec2-user: the owner of /opt/app may create /opt/app/x.sh (path_resolution(7)).
    devNodeCase(
        "P13a chown -R ec2-user /opt/app-fix80",
        devNodeScript(n("p13a"), ["mkdir -p /opt/app", "chown -R ec2-user /opt/app", "bash /opt/app/x.sh"]),
        /\/opt\/app/,
    ),
    // tmpfs with no mode= option: the root directory's default mode is 1777 (Linux mm/shmem.c: 0777 | S_ISVTX).
    devNodeCase(
        "P37a mount -t tmpfs tmpfs /opt/scratch (default mode)-fix80",
        devNodeScript(n("p37a"), [
            "mkdir -p /opt/scratch",
            "mount -t tmpfs tmpfs /opt/scratch",
            "bash /opt/scratch/x.sh",
        ]),
        /\/opt\/scratch/,
    ),
    // umask 0 (bash(1) umask: octal) then mkdir -p: the directory is 0777 (mkdir(2): mode & ~umask).
    devNodeCase(
        "P35a umask 0; mkdir -p /opt/drop-fix80",
        devNodeScript(n("p35a"), ["umask 0", "mkdir -p /opt/drop", "bash /opt/drop/x.sh"]),
        /\/opt\/drop/,
    ),
    // tmpfiles.d(5) `z PATH 0777` ("Adjust the access mode") applied by systemd-tmpfiles --create.
    devNodeCase(
        "P38a tmpfiles.d z /opt/drop 0777-fix80",
        devNodeScript(n("p38a"), [
            "mkdir -p /opt/drop",
            "echo 'z /opt/drop 0777 root root -' > /etc/tmpfiles.d/drop.conf",
            "systemd-tmpfiles --create /etc/tmpfiles.d/drop.conf",
            "bash /opt/drop/x.sh",
        ]),
        /\/opt\/drop/,
    ),
    // (PREDICTABLE-TMP) a here-document write to a predictable /var/tmp name without set -e (fs.protected_regular: a
    // local user's file there makes root's O_CREAT open fail; the script goes on and runs it).
    devNodeCase(
        "P21a no set -e: cat > /var/tmp/ops.sh <<EOF; bash /var/tmp/ops.sh-fix80",
        plainScript("p21a", [
            "cat > /var/tmp/ops.sh <<'EOF'",
            "systemctl restart chronyd",
            "EOF",
            "bash /var/tmp/ops.sh",
        ]),
        /\/var\/tmp\/ops\.sh/,
    ),
    // Held: flock(1) FILE COMMAND (-x none).
    devNodeCase(
        "L1 flock -x /run/lock/ops.lock dd of=/etc/ld.so.preload-rt79n",
        devNodeScript(n("l1"), [SO, "echo /opt/x.so | flock -x /run/lock/ops.lock dd of=/etc/ld.so.preload"]),
    ),
    // Held: flock --timeout N.
    devNodeCase(
        "L2 flock --timeout 10 ... dd-rt79n",
        devNodeScript(n("l2"), [SO, "echo /opt/x.so | flock --timeout 10 /run/lock/ops.lock dd of=/etc/ld.so.preload"]),
    ),
    // Held: flock -o -n.
    devNodeCase(
        "L3 flock -o -n ... dd-rt79n",
        devNodeScript(n("l3"), [SO, "echo /opt/x.so | flock -o -n /run/lock/ops.lock dd of=/etc/ld.so.preload"]),
    ),
    // Held: chrt(1) priority operand.
    devNodeCase(
        "L4 chrt -f 10 dd-rt79n",
        devNodeScript(n("l4"), [SO, "echo /opt/x.so | chrt -f 10 dd of=/etc/ld.so.preload"]),
    ),
    // Held: taskset(1) -c list.
    devNodeCase(
        "L5 taskset -c 0-1 dd-rt79n",
        devNodeScript(n("l5"), [SO, "echo /opt/x.so | taskset -c 0-1 dd of=/etc/ld.so.preload"]),
    ),
    // Held: attached values.
    devNodeCase(
        "L6 nice -n5 ionice -c3 dd-rt79n",
        devNodeScript(n("l6"), [SO, "echo /opt/x.so | nice -n5 ionice -c3 dd of=/etc/ld.so.preload"]),
    ),
    // Held: setsid -w.
    devNodeCase(
        "L7 setsid -w dd-rt79n",
        devNodeScript(n("l7"), [SO, "echo /opt/x.so | setsid -w dd of=/etc/ld.so.preload"]),
    ),
    // Held: nohup --.
    devNodeCase(
        "L8 nohup -- dd-rt79n",
        devNodeScript(n("l8"), [SO, "echo /opt/x.so | nohup -- dd of=/etc/ld.so.preload"]),
    ),
    // Held: unshare --propagation unchanged (unshare(1)).
    devNodeCase(
        "L9 unshare --propagation unchanged dd-rt79n",
        devNodeScript(n("l9"), [SO, "echo /opt/x.so | unshare --propagation unchanged dd of=/etc/ld.so.preload"]),
    ),
    // Held: prlimit --nofile=N.
    devNodeCase(
        "L10 prlimit --nofile=1024 dd-rt79n",
        devNodeScript(n("l10"), [SO, "echo /opt/x.so | prlimit --nofile=1024 dd of=/etc/ld.so.preload"]),
    ),
    // Held: chroot /.
    devNodeCase(
        "L11 chroot / dd-rt79n",
        devNodeScript(n("l11"), [SO, "echo /opt/x.so | chroot / dd of=/etc/ld.so.preload"]),
    ),
    // Was a MISS (fixed in round 80): insecure accepted (got []). numactl(8) "numactl [ options ] command {arguments ...}" runs the command with a NUMA policy (Debian package: "runs processes with a specific NUMA scheduling or memory placement policy"), so dd writes /etc/ld.so.preload as root. Where: shell.ts WRAPPERS has no numactl (nor cgexec, setarch/linux64: L21-L23), so the command line's program is numactl and its operands are not read as a command. Fix: add these launchers with their option lists (numactl -N/-m/-C/-i/-p/--interleave=..., cgexec -g CONTROLLERS:PATH / --sticky, setarch ARCH [-R -L -B ...]), and make an unknown program whose operands include a known writer's words fail closed where it writes a judged path.
    devNodeCase(
        "L12 numactl --interleave=all dd-rt79n",
        devNodeScript(n("l12"), [SO, "echo /opt/x.so | numactl --interleave=all dd of=/etc/ld.so.preload"]),
        /./,
    ),
    // Held: timeout -k5 --preserve-status.
    devNodeCase(
        "L13 timeout -k5 --preserve-status 60 dd-rt79n",
        devNodeScript(n("l13"), [SO, "echo /opt/x.so | timeout -k5 --preserve-status 60 dd of=/etc/ld.so.preload"]),
    ),
    // Held: sudo --preserve-env=LIST.
    devNodeCase(
        "L14 sudo --preserve-env=PATH dd-rt79n",
        devNodeScript(n("l14"), [SO, "echo /opt/x.so | sudo --preserve-env=PATH dd of=/etc/ld.so.preload"]),
    ),
    // Held: stdbuf then nice.
    devNodeCase(
        "L15 stdbuf -oL -eL nice dd-rt79n",
        devNodeScript(n("l15"), [SO, "echo /opt/x.so | stdbuf -oL -eL nice dd of=/etc/ld.so.preload"]),
    ),
    // Held: time -p.
    devNodeCase(
        "L16 time -p dd-rt79n",
        devNodeScript(n("l16"), [SO, "echo /opt/x.so | time -p dd of=/etc/ld.so.preload"]),
    ),
    // Held: nsenter -t 1 -m.
    devNodeCase(
        "L17 nsenter -t 1 -m dd-rt79n",
        devNodeScript(n("l17"), [SO, "echo /opt/x.so | nsenter -t 1 -m dd of=/etc/ld.so.preload"]),
    ),
    // Held: ionice -t then nice.
    devNodeCase(
        "L18 ionice -c 2 -n 7 -t nice -n 19 dd-rt79n",
        devNodeScript(n("l18"), [SO, "echo /opt/x.so | ionice -c 2 -n 7 -t nice -n 19 dd of=/etc/ld.so.preload"]),
    ),
    // Held, but for another reason: `--wait 10` (flock(1) "-w, --wait, --timeout seconds") is read as flag + lock file 10, and the lock file /run/lock/ops.lock as the program (planted); see L31 and SR2. Round 80: now held for its dd (flock's options listed).
    devNodeCase(
        "L19 flock --wait 10 /run/lock/ops.lock dd-rt79n",
        devNodeScript(n("l19"), [SO, "echo /opt/x.so | flock --wait 10 /run/lock/ops.lock dd of=/etc/ld.so.preload"]),
    ),
    // Held, as L19 (util-linux 2.42 flock --start/--length with --fcntl take values).
    devNodeCase(
        "L20 flock --fcntl --start 0 ... dd-rt79n",
        devNodeScript(n("l20"), [
            SO,
            "echo /opt/x.so | flock --fcntl --start 0 /run/lock/ops.lock dd of=/etc/ld.so.preload",
        ]),
    ),
    // Was a MISS (fixed in round 80): as L12, cgexec(1) "cgexec [-g <controllers>:<path>] [--sticky] command [arguments]" (libcgroup).
    devNodeCase(
        "L21 cgexec -g cpu:ops dd-rt79n",
        devNodeScript(n("l21"), [SO, "echo /opt/x.so | cgexec -g cpu:ops dd of=/etc/ld.so.preload"]),
        /./,
    ),
    // Was a MISS (fixed in round 80): as L12, numactl -N 0 --.
    devNodeCase(
        "L22 numactl -N 0 -- dd-rt79n",
        devNodeScript(n("l22"), [SO, "echo /opt/x.so | numactl -N 0 -- dd of=/etc/ld.so.preload"]),
        /./,
    ),
    // Was a MISS (fixed in round 80): as L12, util-linux setarch(8) "setarch [arch] [options] [program [argument...]]".
    devNodeCase(
        "L23 setarch x86_64 -R dd-rt79n",
        devNodeScript(n("l23"), [SO, "echo /opt/x.so | setarch x86_64 -R dd of=/etc/ld.so.preload"]),
        /./,
    ),
    // Held: sudo -u root -H --.
    devNodeCase(
        "L24 sudo -u root -H -- dd-rt79n",
        devNodeScript(n("l24"), [SO, "echo /opt/x.so | sudo -u root -H -- dd of=/etc/ld.so.preload"]),
    ),
    // Held: -- after each launcher.
    devNodeCase(
        "L25 ionice -c3 -- nice -- dd-rt79n",
        devNodeScript(n("l25"), [SO, "echo /opt/x.so | ionice -c3 -- nice -- dd of=/etc/ld.so.preload"]),
    ),
    // Held: systemd-run --pipe --wait.
    devNodeCase(
        "L26 systemd-run --pipe --wait --quiet dd-rt79n",
        devNodeScript(n("l26"), [SO, "echo /opt/x.so | systemd-run --pipe --wait --quiet dd of=/etc/ld.so.preload"]),
    ),
    // Held: taskset mask.
    devNodeCase(
        "L27 taskset 0x3 dd-rt79n",
        devNodeScript(n("l27"), [SO, "echo /opt/x.so | taskset 0x3 dd of=/etc/ld.so.preload"]),
    ),
    // Held: chrt --rr 5.
    devNodeCase(
        "L28 chrt --rr 5 dd-rt79n",
        devNodeScript(n("l28"), [SO, "echo /opt/x.so | chrt --rr 5 dd of=/etc/ld.so.preload"]),
    ),
    // Held: GNU time -f -a -o.
    devNodeCase(
        "L29 /usr/bin/time -f '%e' -a -o /var/log/t dd-rt79n",
        devNodeScript(n("l29"), [
            SO,
            "echo /opt/x.so | /usr/bin/time -f '%e' -a -o /var/log/t dd of=/etc/ld.so.preload",
        ]),
    ),
    // Held: stdbuf attached modes.
    devNodeCase(
        "L30 stdbuf -i0 -o0 -e0 dd-rt79n",
        devNodeScript(n("l30"), [SO, "echo /opt/x.so | stdbuf -i0 -o0 -e0 dd of=/etc/ld.so.preload"]),
    ),
    // Was a MISS (fixed in round 80): insecure accepted (got []). flock(1): "-w, --wait, --timeout seconds" takes a value, so `flock --wait 10 /run/ops.lock dd of=/etc/ld.so.preload` locks /run/ops.lock and runs dd as root. Where: shell.ts WRAPPERS.flock lists long ["timeout","conflict-exit-code","command"] without "wait" (nor "start"/"length" of --fcntl), and has no `flags` list, so an unlisted option is not refused as the round-78 fix does for the other launchers: 10 becomes the lock file and /run/ops.lock the program. Fix: list flock's value options (-w/--wait/--timeout, -E, -c, --start, --length) and flags (-s -x -e -u -n --nb --nonblock -o --close -F --no-fork --fcntl --verbose), an unknown one failing closed.
    devNodeCase(
        "L31 flock --wait 10 /run/ops.lock dd-rt79n",
        devNodeScript(n("l31"), [SO, "echo /opt/x.so | flock --wait 10 /run/ops.lock dd of=/etc/ld.so.preload"]),
        /./,
    ),
    // Round 80 neighbour (LAUNCHERS): numactl(8) --membind takes its nodes as the next word, --physcpubind=cpus attached.
    devNodeCase(
        "L32 numactl --membind 0 --physcpubind=0-1 dd-fix80",
        devNodeScript(n("l32-wrap-fix80"), [
            SO,
            "echo /opt/x.so | numactl --membind 0 --physcpubind=0-1 dd of=/etc/ld.so.preload",
        ]),
    ),
    // Round 80 neighbour: util-linux setarch(8)'s arch-named link linux64 takes no arch operand ("arch [options] [program]").
    devNodeCase(
        "L33 linux64 -R dd-fix80",
        devNodeScript(n("l33-wrap-fix80"), [SO, "echo /opt/x.so | linux64 -R dd of=/etc/ld.so.preload"]),
    ),
    // Round 80 neighbour: an option numactl(8) does not list may take the next word as its value: the program cannot be told (fail closed).
    devNodeCase(
        "L34 numactl --frobnicate 1 dd-fix80",
        devNodeScript(n("l34-wrap-fix80"), [SO, "echo /opt/x.so | numactl --frobnicate 1 dd of=/etc/ld.so.preload"]),
    ),
    // Held: basename of an empty string may be empty (coreutils basename(1)): /etc//ld.so.preload.
    devNodeCase(
        'E1 "/etc/$(basename "$UNK")/ld.so.preload"-rt79n',
        devNodeScript(n("e1"), [SO, 'echo /opt/x.so > "/etc/$(basename "${UNK:-}")/ld.so.preload"']),
    ),
    // Held: tr -dc may delete everything.
    devNodeCase(
        'E2 "/etc/$(hostname -s | tr -dc a-z)/ld.so.preload"-rt79n',
        devNodeScript(n("e2"), [SO, 'echo /opt/x.so > "/etc/$(hostname -s | tr -dc a-z)/ld.so.preload"']),
    ),
    // Was a MISS (fixed in round 80): the round-78 E4 class (still open) with basename: a link whose LINK path holds an output that may be empty is read by rootWrites.ts's link reader, not RootReads.unknownTarget. Fix: the same optional-component match where links are judged.
    devNodeCase(
        'E3 ln -s /opt/ops.sh "/etc/profile.d/$(basename "$UNK")/ops.sh"-rt79n',
        devNodeScript(n("e3"), [DL, 'ln -s /opt/ops.sh "/etc/profile.d/$(basename "${UNK:-}")/ops.sh"']),
        /./,
    ),
    // Held: a cd to an unknown component.
    devNodeCase(
        'E4 cd "/etc/$(systemd-escape "$UNK")"; relative preload-rt79n',
        devNodeScript(n("e4"), [SO, 'cd "/etc/$(systemd-escape "${UNK:-}")"', PRELOAD]),
    ),
    // Held: ${V%%/*} may be empty.
    devNodeCase(
        'E5 "/etc/${V%%/*}/ld.so.preload"-rt79n',
        devNodeScript(n("e5"), [SO, 'V="$(cat /opt/v)"', 'echo /opt/x.so > "/etc/${V%%/*}/ld.so.preload"']),
    ),
    // Held: cut may print nothing.
    devNodeCase(
        'E6 "/etc/$(id -un | cut -c9-)/ld.so.preload"-rt79n',
        devNodeScript(n("e6"), [SO, 'echo /opt/x.so > "/etc/$(id -un | cut -c9-)/ld.so.preload"']),
    ),
    // Held: tr -d of digits from date +%H prints nothing.
    devNodeCase(
        'E7 "/etc/$(date +%H | tr -d 0-9)/ld.so.preload"-rt79n',
        devNodeScript(n("e7"), [SO, 'echo /opt/x.so > "/etc/$(date +%H | tr -d 0-9)/ld.so.preload"']),
    ),
    // Held: mv to a path with an unknown component.
    devNodeCase(
        'E8 mv /opt/ops.sh "/etc/profile.d/$(basename "$UNK")/ops.sh"-rt79n',
        devNodeScript(n("e8"), [DL, 'mv /opt/ops.sh "/etc/profile.d/$(basename "${UNK:-}")/ops.sh"']),
    ),
    // Was a MISS (fixed in round 80): insecure accepted (got []). As E1 (an empty basename makes /etc//ld.so.preload = /etc/ld.so.preload, path_resolution(7)), written by dd's of= operand (coreutils dd(1) "of=FILE write to FILE instead of stdout"), which the redirect form (E1) and a literal dd of= (round 78 L0b) are refused for. Where: the dd of= target with an unknown part is not matched by RootReads.unknownTarget's optional-component pattern (only redirects, cp/mv/ln/sed -i/tee are). Fix: route every writer's target (dd of=, install, rsync, curl -o, tar -C ...) through unknownTarget.
    devNodeCase(
        'E9 dd of="/etc/$(basename "$UNK")/ld.so.preload"-rt79n',
        devNodeScript(n("e9"), [SO, 'echo /opt/x.so | dd of="/etc/$(basename "${UNK:-}")/ld.so.preload"']),
        /./,
    ),
    // Held: ln -sf of a file naming /opt/x.so.
    devNodeCase(
        'E10 ln -sf /opt/preload "/etc/$(basename "$UNK")/ld.so.preload"-rt79n',
        devNodeScript(n("e10"), [
            SO,
            "echo /opt/x.so > /opt/preload",
            'ln -sf /opt/preload "/etc/$(basename "${UNK:-}")/ld.so.preload"',
        ]),
    ),
    // Round 80 neighbour (EMPTY-OUTPUT): systemd-escape of "" prints "" (round 78): the link may be /etc/profile.d/ops.sh, sourced by root's login shells (bash(1) INVOCATION).
    devNodeCase(
        'E11 ln -sf /opt/ops.sh "/etc/profile.d/$(systemd-escape "$UNK")/ops.sh"-fix80',
        devNodeScript(n("e11-wrap-fix80"), [
            DL,
            'ln -sf /opt/ops.sh "/etc/profile.d/$(systemd-escape "${UNK:-}")/ops.sh"',
        ]),
    ),
    // Round 80 neighbour: dd(1) oflag=append conv=notrunc appends to the file of= names, here maybe /etc/ld.so.preload.
    devNodeCase(
        'E12 dd oflag=append conv=notrunc of="/etc/$(basename "$UNK")/ld.so.preload"-fix80',
        devNodeScript(n("e12-wrap-fix80"), [
            SO,
            'echo /opt/x.so | dd oflag=append conv=notrunc of="/etc/$(basename "${UNK:-}")/ld.so.preload"',
        ]),
    ),
    // Held: sed -i append.
    devNodeCase(
        'E11 sed -i "$a /opt/x.so" "/etc/$(basename "$UNK")/ld.so.preload"-rt79n',
        devNodeScript(n("e11"), [SO, 'sed -i "\\$a /opt/x.so" "/etc/$(basename "${UNK:-}")/ld.so.preload"']),
    ),
    // Held: cd to an unknown component.
    devNodeCase(
        'E12 cd "/etc/$(basename "$UNK")"; relative preload-rt79n',
        devNodeScript(n("e12"), [SO, 'cd "/etc/$(basename "${UNK:-}")"', PRELOAD]),
    ),
    // Held: auditd.conf(5) plugin_dir / *_action = exec name programs auditd runs as root.
    devNodeCase(
        "R1 curl -o /etc/audit/auditd.conf-rt79n",
        devNodeScript(n("r1"), ["curl -fsSL -o /etc/audit/auditd.conf https://downloads.example.com/auditd.conf"]),
    ),
    // Held: rsyslog omprog / ^program actions run programs as root.
    devNodeCase(
        "R2 rsyslog.d download-rt79n",
        devNodeScript(n("r2"), ["curl -fsSL -o /etc/rsyslog.d/10-ops.conf https://downloads.example.com/r.conf"]),
    ),
    // Held: syslog-ng program() destination.
    devNodeCase(
        "R3 syslog-ng conf.d download-rt79n",
        devNodeScript(n("r3"), ["curl -fsSL -o /etc/syslog-ng/conf.d/ops.conf https://downloads.example.com/s.conf"]),
    ),
    // Held: polkit(8) rules.d JavaScript decides authorizations.
    devNodeCase(
        "R4 polkit rules.d download-rt79n",
        devNodeScript(n("r4"), [
            "curl -fsSL -o /etc/polkit-1/rules.d/10-ops.rules https://downloads.example.com/p.rules",
        ]),
    ),
    // Held: sysctl -p FILE of unknown text (kernel.core_pattern |prog, kernel.modprobe).
    devNodeCase(
        "R5 sysctl -p downloaded-rt79n",
        devNodeScript(n("r5"), [
            "curl -fsSL -o /opt/ops.sysctl https://downloads.example.com/s",
            "sysctl -p /opt/ops.sysctl",
        ]),
    ),
    // Held: /usr/share/polkit-1/rules.d.
    devNodeCase(
        "R6 /usr/share/polkit-1/rules.d download-rt79n",
        devNodeScript(n("r6"), [
            "curl -fsSL -o /usr/share/polkit-1/rules.d/10-ops.rules https://downloads.example.com/p.rules",
        ]),
    ),
    // Held: install of a download to auditd.conf.
    devNodeCase(
        "R7 install download /etc/audit/auditd.conf-rt79n",
        devNodeScript(n("r7"), [
            "curl -fsSL -o /opt/a.conf https://downloads.example.com/a",
            "install -m 0640 /opt/a.conf /etc/audit/auditd.conf",
        ]),
    ),
    // Held: sysctl --load=FILE.
    devNodeCase(
        "R8 sysctl --load=downloaded-rt79n",
        devNodeScript(n("r8"), [
            "curl -fsSL -o /opt/ops.sysctl https://downloads.example.com/s",
            "sysctl --load=/opt/ops.sysctl",
        ]),
    ),
    // Was a MISS (fixed in round 80): insecure accepted (got []). procps sysctl(8): "-p[FILE], --load[=FILE] Load in sysctl settings from the file specified or /etc/sysctl.conf if none given. Specifying - as filename means reading data from standard input": downloaded settings (kernel.core_pattern = |/opt/x runs a program as root on every crash, kernel.modprobe) piped in. Where: the round-79 `sysctl -p FILE` check (rootReads.ts, "sysctl loads ... settings the pack cannot read") judges named files only: `-` (stdin: R9, R21) and the default /etc/sysctl.conf (R14) are not read. Fix: `-p -` / `--load=-` judges the piped or redirected text (unknown: refused), a bare -p/--load (and --system) judges /etc/sysctl.conf (and the sysctl.d dirs) as loaded now.
    devNodeCase(
        "R9 curl ... | sysctl -p --rt79n",
        devNodeScript(n("r9"), ["curl -fsSL https://downloads.example.com/s | sysctl -p -"]),
        /./,
    ),
    // Held: tee to rsyslog.conf.
    devNodeCase(
        "R10 curl | tee /etc/rsyslog.conf-rt79n",
        devNodeScript(n("r10"), ["curl -fsSL https://downloads.example.com/r | tee /etc/rsyslog.conf >/dev/null"]),
    ),
    // Held: syslog-ng.conf.
    devNodeCase(
        "R11 /etc/syslog-ng/syslog-ng.conf download-rt79n",
        devNodeScript(n("r11"), ["curl -fsSL -o /etc/syslog-ng/syslog-ng.conf https://downloads.example.com/s"]),
    ),
    // Held: tmpfiles.d(5) /usr/local/lib/tmpfiles.d.
    devNodeCase(
        "R12 /usr/local/lib/tmpfiles.d download-rt79n",
        devNodeScript(n("r12"), ["curl -fsSL -o /usr/local/lib/tmpfiles.d/ops.conf https://downloads.example.com/t"]),
    ),
    // Held: auditd plugins.d.
    devNodeCase(
        "R13 /etc/audit/plugins.d download-rt79n",
        devNodeScript(n("r13"), ["curl -fsSL -o /etc/audit/plugins.d/ops.conf https://downloads.example.com/a"]),
    ),
    // Was a MISS (fixed in round 80): as R9, `sysctl -p` with no file loads /etc/sysctl.conf (sysctl(8)), here downloaded: applied now, as root.
    devNodeCase(
        "R14 curl -o /etc/sysctl.conf; sysctl -p-rt79n",
        devNodeScript(n("r14"), ["curl -fsSL -o /etc/sysctl.conf https://downloads.example.com/s", "sysctl -p"]),
        /./,
    ),
    // Held: -pFILE attached.
    devNodeCase(
        "R15 sysctl -p/opt/ops.sysctl-rt79n",
        devNodeScript(n("r15"), [
            "curl -fsSL -o /opt/ops.sysctl https://downloads.example.com/s",
            "sysctl -p/opt/ops.sysctl",
        ]),
    ),
    // Held: -f (sysctl(8): alias of -p).
    devNodeCase(
        "R16 sysctl -f /opt/ops.sysctl-rt79n",
        devNodeScript(n("r16"), [
            "curl -fsSL -o /opt/ops.sysctl https://downloads.example.com/s",
            "sysctl -f /opt/ops.sysctl",
        ]),
    ),
    // Held: a link into rsyslog.d.
    devNodeCase(
        "R17 ln -s download /etc/rsyslog.d/10-ops.conf-rt79n",
        devNodeScript(n("r17"), [
            "curl -fsSL -o /opt/r.conf https://downloads.example.com/r",
            "ln -s /opt/r.conf /etc/rsyslog.d/10-ops.conf",
        ]),
    ),
    // Was a MISS (fixed in round 80): insecure accepted (got []). A downloaded line appended to /etc/rsyslog.conf (`:msg, contains, "x" ^/opt/x` or action(type="omprog" binary=...) runs a program as root). Where: userDataReaders/addresses.ts READ_BEFORE_WRITE is consulted for whole-file writes of unknown content; an append (>>) of an unknown variable's text to a listed file is not (the round-78 fix covered downloads, templates, links). Fix: any write of unknown text to a READ_BEFORE_WRITE path, append included, is refused.
    devNodeCase(
        'R18 echo "$LINE" >> /etc/rsyslog.conf (downloaded line)-rt79n',
        devNodeScript(n("r18"), [
            'LINE="$(curl -fsSL https://downloads.example.com/r)"',
            'echo "$LINE" >> /etc/rsyslog.conf',
        ]),
        /./,
    ),
    // Held: sed sets auditd plugin_dir to a downloaded value.
    devNodeCase(
        "R19 sed plugin_dir = $P-rt79n",
        devNodeScript(n("r19"), [
            'P="$(curl -fsSL https://downloads.example.com/p)"',
            'sed -i "s|^plugin_dir.*|plugin_dir = $P|" /etc/audit/auditd.conf',
        ]),
    ),
    // Was a MISS (fixed in round 80): cp -r of a directory holding a download into /etc/polkit-1/rules.d (polkit(8): every *.rules there is JavaScript deciding authorizations). Where: the recursive copy's destination files are not judged against READ_BEFORE_WRITE (the single-file cp is, R7). Fix: a recursive copy/rsync/tar into a READ_BEFORE_WRITE directory writes each source file there (unknown content refused).
    devNodeCase(
        "R20 cp -r /opt/rules/. /etc/polkit-1/rules.d/-rt79n",
        devNodeScript(n("r20"), [
            "mkdir -p /opt/rules",
            "curl -fsSL -o /opt/rules/10.rules https://downloads.example.com/p",
            "cp -r /opt/rules/. /etc/polkit-1/rules.d/",
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 80): as R9, a here-string (bash(1) Here Strings) of downloaded text on sysctl -p -'s standard input.
    devNodeCase(
        'R21 sysctl -p - <<< "$S"-rt79n',
        devNodeScript(n("r21"), ['S="$(curl -fsSL https://downloads.example.com/s)"', 'sysctl -p - <<< "$S"']),
        /./,
    ),
    // Held: relative write in rsyslog.d.
    devNodeCase(
        "R22 cd /etc/rsyslog.d; curl -o 10-ops.conf-rt79n",
        devNodeScript(n("r22"), ["cd /etc/rsyslog.d", "curl -fsSL -o 10-ops.conf https://downloads.example.com/r"]),
    ),
    // Was a MISS (fixed in round 80): insecure accepted (got []). syslog-ng.conf(5) `@include "FILE"` pastes FILE's text into the configuration (a program() destination runs a program as root); the appended line is known, the included file a download. Where: the READ_BEFORE_WRITE readers judge the text written, not the files it includes. Fix: for READ_BEFORE_WRITE configurations follow their include directives (syslog-ng @include, rsyslog $IncludeConfig and include(file=) (rsyslog docs: "the contents of the new file is processed"), auditd plugin dirs, sudoers @include) and judge the included file as that configuration.
    devNodeCase(
        "R23 echo '@include \"/opt/ops-ng.conf\"' >> syslog-ng.conf-rt79n",
        devNodeScript(n("r23"), [
            "curl -fsSL -o /opt/ops-ng.conf https://downloads.example.com/s",
            "echo '@include \"/opt/ops-ng.conf\"' >> /etc/syslog-ng/syslog-ng.conf",
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 80): as R23, rsyslog `$IncludeConfig FILE` (rsyslog docs: "As soon as an IncludeConfig parameter is found, the contents of the new file is processed").
    devNodeCase(
        "R24 echo '$IncludeConfig /opt/ops-rs.conf' >> /etc/rsyslog.conf-rt79n",
        devNodeScript(n("r24"), [
            "curl -fsSL -o /opt/ops-rs.conf https://downloads.example.com/s",
            "echo '$IncludeConfig /opt/ops-rs.conf' >> /etc/rsyslog.conf",
        ]),
        /./,
    ),
    // Round 80 neighbours (fix80). sysctl(8) "--load[=FILE] ... Specifying - as filename means reading data from
    // standard input": a downloaded file redirected in (bash(1) REDIRECTION `< FILE`) is settings the pack cannot read.
    devNodeCase(
        "R25 sysctl --load=- < downloaded file-fix80",
        devNodeScript(n("r25"), [
            "curl -fsSL -o /opt/ops.sysctl https://downloads.example.com/s",
            "sysctl --load=- < /opt/ops.sysctl",
        ]),
        /sysctl loads settings from a standard input the pack cannot read/,
    ),
    // As R20 with rsync(1) -a ("archive mode ... recursion"; a trailing slash copies the directory's contents): a
    // downloaded cron file lands in /etc/cron.d (crontab(5): each line a root job).
    devNodeCase(
        "R26 rsync -a /opt/cron/ /etc/cron.d/ (download inside)-fix80",
        devNodeScript(n("r26"), [
            "mkdir -p /opt/cron",
            "curl -fsSL -o /opt/cron/ops https://downloads.example.com/c",
            "rsync -a /opt/cron/ /etc/cron.d/",
        ]),
        /a recursive copy of \/opt\/cron\/ops/,
    ),
    // As R24 with RainerScript include(file=) (rsyslog docs "include()": "file: Name of file to be included").
    devNodeCase(
        "R27 rsyslog include(file=) of a download-fix80",
        devNodeScript(n("r27"), [
            "curl -fsSL -o /opt/ops-rs.conf https://downloads.example.com/s",
            "cat > /etc/rsyslog.d/20-ops.conf <<'EOF'",
            'include(file="/opt/ops-rs.conf")',
            "EOF",
        ]),
        /it includes \/opt\/ops-rs\.conf, which the pack does not read/,
    ),
    // As R18 into a Fluent Bit configuration (logAgents.ts: every agent's configuration alike).
    devNodeCase(
        'R28 echo "$LINE" >> fluent-bit.conf (downloaded line)-fix80',
        devNodeScript(n("r28"), [
            'LINE="$(curl -fsSL https://downloads.example.com/f)"',
            'echo "$LINE" >> /etc/fluent-bit/fluent-bit.conf',
        ]),
        /text a command printed at boot, which the pack cannot read/,
    ),
    // Round 80 neighbours (FAIL-PATH): bash(1) FUNCTIONS, a function's status is its last command's; pushd (bash manual
    // "Directory Stack Builtins") that fails leaves the directory unchanged, so `g || :` may go on in /etc.
    devNodeCase(
        "F1 cd /etc; g(){ pushd /opt/app; }; g || :-fix80",
        devNodeScript(n("f1"), [SO, "cd /etc", "g() { pushd /opt/app; }", "g || :", PRELOAD]),
    ),
    // bash manual "Lists of Commands": in `{ [ -n x ] && exit 1; }` the exit may not run, so the failed cd stays in /etc.
    devNodeCase(
        "F2 cd /etc; cd /opt/app || { [ -n $X ] && exit 1; }-fix80",
        devNodeScript(n("f2"), [SO, "cd /etc", 'cd /opt/app || { [ -n "${X:-}" ] && exit 1; }', PRELOAD]),
    ),
    // (BARE-CD-FAILS) bash manual "The Set Builtin": `set +e` turns errexit off; the failing cd leaves /etc.
    devNodeCase(
        "F3 cd /etc; set +e; cd /opt/app; relative-fix80",
        devNodeScript(n("f3"), [SO, "cd /etc", "set +e", "cd /opt/app", PRELOAD]),
    ),
    // (if cd) bash(1) "if list; then list; fi": the then-list of `if ! cd` does not exit, so the script goes on in /etc.
    devNodeCase(
        "F4 cd /etc; if ! cd /opt/app; then echo warn; fi-fix80",
        devNodeScript(n("f4"), [SO, "cd /etc", "if ! cd /opt/app; then echo warn >&2; fi", PRELOAD]),
    ),
    // (LOOP-WORDS) bash(1) "for name in word": the last word's cd is where the loop ends.
    devNodeCase(
        "F5 for d in /opt/a /etc; do cd $d || continue; done-fix80",
        devNodeScript(n("f5"), [SO, 'for d in /opt/a /etc; do cd "$d" || continue; done', PRELOAD]),
    ),
    // (TRAP) bash(1) trap: a RETURN trap runs "each time a shell function ... finishes executing", in the current shell.
    devNodeCase(
        "F6 trap 'cd /etc' RETURN; f(){ :; }; f-fix80",
        devNodeScript(n("f6"), [SO, "trap 'cd /etc' RETURN", "f() { :; }", "f", PRELOAD]),
    ),
    // (S20) bash(1) shopt lastpipe: the last element of a pipeline runs in the current shell, its cd moves the script.
    devNodeCase(
        "F7 shopt -s lastpipe; echo /etc | while read d; do cd $d; done-fix80",
        devNodeScript(n("f7"), [SO, "shopt -s lastpipe", 'echo /etc | while read -r d; do cd "$d"; done', PRELOAD]),
    ),
];

// Secure: each looks like its insecure neighbour but root never writes /etc/ld.so.preload nor runs a file others may plant.
const secure: NodeCase[] = [
    // Under set -e (devNodeScript) the last element's failure ends the script (bash manual "The Set Builtin"): the write is in /opt/app or / (if cd /etc failed), never /etc.
    devNodeCase(
        "S1 cd /etc && cd /opt/app; relative preload-rt79n",
        devNodeScript(n("s1"), [SO, "mkdir -p /opt/app", "cd /etc && cd /opt/app", PRELOAD]),
    ),
    // A subshell's cd does not move the shell (bash(1) COMMAND EXECUTION ENVIRONMENT).
    devNodeCase(
        "S2 (cd /etc && cat ld.so.conf); cd /opt/app; relative-rt79n",
        devNodeScript(n("s2"), [
            SO,
            "mkdir -p /opt/app",
            "(cd /etc && cat ld.so.conf >/dev/null)",
            "cd /opt/app",
            PRELOAD,
        ]),
    ),
    // `cd D || exit 1`: no way on but D.
    devNodeCase(
        "S3 cd /etc || exit 1; cd /opt/app || exit 1; relative-rt79n",
        devNodeScript(n("s3"), [SO, "mkdir -p /opt/app", "cd /etc || exit 1", "cd /opt/app || exit 1", PRELOAD]),
    ),
    // A function whose body is a subshell ( ) (bash(1) Shell Function Definitions) does not move the caller.
    devNodeCase(
        "S4 f() ( cd /etc ); f; cd /opt/app; relative-rt79n",
        devNodeScript(n("s4"), [SO, "mkdir -p /opt/app", "f() ( cd /etc )", "f", "cd /opt/app", PRELOAD]),
    ),
    // pushd/popd pair returns to /opt/app.
    devNodeCase(
        "S5 pushd /etc; ...; popd; relative in /opt/app-rt79n",
        devNodeScript(n("s5"), [
            SO,
            "mkdir -p /opt/app",
            "cd /opt/app",
            "pushd /etc >/dev/null",
            "grep -q x ld.so.conf || true",
            "popd >/dev/null",
            PRELOAD,
        ]),
    ),
    // A loop of cds then one known cd.
    devNodeCase(
        "S6 for ...; do cd /opt && mkdir; done; cd /opt/app; relative-rt79n",
        devNodeScript(n("s6"), [
            SO,
            "mkdir -p /opt/app",
            "for d in a b c d e; do cd /opt && mkdir -p $d; done",
            "cd /opt/app",
            PRELOAD,
        ]),
    ),
    // mktemp(1) -d: "create a directory" with mode 0700 (u+rwx only) and an unpredictable name: no one else may plant; the script writes and runs its own text.
    devNodeCase(
        "S7 D=$(mktemp -d); write $D/setup.sh; bash it-rt79n",
        devNodeScript(n("s7"), [
            'D="$(mktemp -d)"',
            "printf '#!/bin/sh\\nsystemctl restart chronyd\\n' > \"$D/setup.sh\"",
            'bash "$D/setup.sh"',
        ]),
    ),
    // Under set -e a failed write (fs.protected_regular refusing a planted /tmp/hello.sh) ends the script, so bash runs only the text written.
    devNodeCase(
        "S8 write /tmp/hello.sh (set -e) then run-rt79n",
        devNodeScript(n("s8"), ["printf '#!/bin/sh\\necho hi\\n' > /tmp/hello.sh", "bash /tmp/hello.sh"]),
    ),
    // Working in /tmp to extract into /opt, then back to /.
    devNodeCase(
        "S9 cd /tmp; tar xzf into /opt; cd /-rt79n",
        devNodeScript(n("s9"), [
            "cd /tmp",
            "curl -fsSL -o /tmp/t.tgz https://downloads.example.com/t.tgz",
            "tar xzf t.tgz -C /opt",
            "cd /",
        ]),
    ),
    // install -d -m 0755: root-owned, not others-writable.
    devNodeCase(
        "S10 install -d -m 0755 /opt/drop; write and run x.sh-rt79n",
        devNodeScript(n("s10"), [
            "install -d -m 0755 /opt/drop",
            "printf '#!/bin/sh\\nsystemctl restart chronyd\\n' > /opt/drop/x.sh",
            "bash /opt/drop/x.sh",
        ]),
    ),
    // timeout --foreground -k 5 60 of a written script.
    devNodeCase(
        "S11 timeout --foreground -k 5 60 bash /opt/ops.sh-rt79n",
        devNodeScript(n("s11"), [
            "printf '#!/bin/sh\\nsystemctl restart chronyd\\n' > /opt/ops.sh",
            "timeout --foreground -k 5 60 bash /opt/ops.sh",
        ]),
    ),
    // flock -n with the lock in /run/lock: the lock file is opened, not run (flock(1)).
    devNodeCase(
        "S12 flock -n /run/lock/ops.lock bash /opt/ops.sh-rt79n",
        devNodeScript(n("s12"), [
            "printf '#!/bin/sh\\nsystemctl restart chronyd\\n' > /opt/ops.sh",
            "flock -n /run/lock/ops.lock bash /opt/ops.sh",
        ]),
    ),
    // nice/ionice of a written script.
    devNodeCase(
        "S13 nice -n 10 ionice -c3 bash /opt/ops.sh-rt79n",
        devNodeScript(n("s13"), [
            "printf '#!/bin/sh\\nsystemctl restart chronyd\\n' > /opt/ops.sh",
            "nice -n 10 ionice -c3 bash /opt/ops.sh",
        ]),
    ),
    // auditd.conf(5) written whole: no plugin_dir, no exec action (SYSLOG/SUSPEND/ROTATE run nothing).
    devNodeCase(
        "S14 auditd.conf heredoc (no exec action)-rt79n",
        devNodeScript(n("s14"), [
            "cat > /etc/audit/auditd.conf <<'EOF'",
            "log_file = /var/log/audit/audit.log",
            "log_format = ENRICHED",
            "max_log_file = 50",
            "max_log_file_action = ROTATE",
            "space_left_action = SYSLOG",
            "admin_space_left_action = SUSPEND",
            "disk_full_action = SUSPEND",
            "disk_error_action = SUSPEND",
            "EOF",
        ]),
    ),
    // rsyslog.d file action to /var/log.
    devNodeCase(
        "S15 rsyslog.d heredoc to a file-rt79n",
        devNodeScript(n("s15"), ["cat > /etc/rsyslog.d/10-ops.conf <<'EOF'", "kern.* /var/log/kern.log", "EOF"]),
    ),
    // sysctl -p of known settings.
    devNodeCase(
        "S16 sysctl -p of a written file-rt79n",
        devNodeScript(n("s16"), [
            "printf 'net.ipv4.ip_forward = 1\\nvm.max_map_count = 262144\\n' > /etc/sysctl.d/90-ops.conf",
            "sysctl -p /etc/sysctl.d/90-ops.conf",
        ]),
    ),
    // A written script in /var/tmp under set -e (as S8).
    devNodeCase(
        "S17 cd /var/tmp; write build.sh; bash build.sh-rt79n",
        devNodeScript(n("s17"), [
            "cd /var/tmp",
            "printf '#!/bin/sh\\nsystemctl restart chronyd\\n' > build.sh",
            "bash build.sh",
        ]),
    ),
    // case branches into /opt/app or /opt, a harmless status file.
    devNodeCase(
        "S18 case: cd /opt/app or /opt; echo ok > status-rt79n",
        devNodeScript(n("s18"), [
            "mkdir -p /opt/app",
            'case "$(uname -m)" in x86_64) cd /opt/app ;; *) cd /opt ;; esac',
            "echo ok > status",
        ]),
    ),
    // Round 80 (LOADED-OPERANDS, COPIED-FROM-TMP): a file the script itself downloads to /tmp under set -e (curl -f
    // fails the script when the download fails: curl(1) --fail) is its own, installed or copied as today.
    devNodeCase(
        "S18a-fix80 curl -o /tmp/agent.rpm; rpm -i /tmp/agent.rpm-rt79n",
        devNodeScript(n("s18a-fix80"), [
            "curl -fsSL -o /tmp/agent.rpm https://downloads.example.com/agent.rpm",
            "rpm -i /tmp/agent.rpm",
        ]),
    ),
    // mktemp(1) -d: a new directory only root may write; the program downloaded there is installed and run.
    devNodeCase(
        "S18b-fix80 d=$(mktemp -d); curl -o $d/ops; install $d/ops /usr/local/bin/ops; ops-rt79n",
        devNodeScript(n("s18b-fix80"), [
            "d=$(mktemp -d)",
            'curl -fsSL -o "$d/ops" https://downloads.example.com/ops',
            'install -m 0755 "$d/ops" /usr/local/bin/ops',
            "ops",
        ]),
    ),
    // An asynchronous command runs in a subshell (bash(1) COMMAND EXECUTION ENVIRONMENT): `cd /etc &` moves nothing.
    devNodeCase(
        "S19 cd /opt/app; cd /etc &; wait; relative-rt79n",
        devNodeScript(n("s19"), [SO, "mkdir -p /opt/app", "cd /opt/app", "cd /etc &", "wait", PRELOAD]),
    ),
    // Was a MISS (fixed in round 80): secure refused ("writes ld.so.preload as root ... relative to a working directory the pack cannot know"). bash(1) Pipelines: "Each command in a multi-command pipeline ... is executed in its own subshell" (lastpipe off by default), so the while loop's cd never moves the script, which stays in /opt/app. Where: rootReads.ts: the loop's `cd "$d"` of a read variable makes the directory unknown and the pipeline element's subshell scope (saveScope/restoreScope) does not restore cwdUnknown/cwds for a compound pipeline element. Fix: a pipeline element other than the last (or the last without lastpipe) restores the whole working-directory state when it ends.
    devNodeCase(
        "S20 cd /opt/app; echo /etc | while read -r d; do cd $d; done; relative-rt79n",
        devNodeScript(n("s20"), [
            SO,
            "mkdir -p /opt/app",
            "cd /opt/app",
            'echo /etc | while read -r d; do cd "$d"; done',
            PRELOAD,
        ]),
    ),
    // A command substitution is a subshell: its cd moves nothing.
    devNodeCase(
        "S21 x=$(cd /etc && pwd); relative in /opt/app-rt79n",
        devNodeScript(n("s21"), [SO, "mkdir -p /opt/app", "cd /opt/app", 'x="$(cd /etc && pwd)"', PRELOAD]),
    ),
    // mkdir -m 0700 in /run: root only.
    devNodeCase(
        "S22 mkdir -m 0700 /run/ops; bash /run/ops/x.sh (written)-rt79n",
        devNodeScript(n("s22"), [
            "mkdir -m 0700 /run/ops",
            "printf '#!/bin/sh\\nsystemctl restart chronyd\\n' > /run/ops/x.sh",
            "bash /run/ops/x.sh",
        ]),
    ),
    // sudo -u root -H -- of a written script.
    devNodeCase(
        "S23 sudo -u root -H -- bash /opt/ops.sh-rt79n",
        devNodeScript(n("s23"), [
            "printf '#!/bin/sh\\nsystemctl restart chronyd\\n' > /opt/ops.sh",
            "sudo -u root -H -- bash /opt/ops.sh",
        ]),
    ),
    // Was a MISS (fixed in round 80): secure refused ("has a root process run /run/lock/ops.lock ... a world-writable directory"). flock(1) "-w, --wait, --timeout seconds": the lock file is only opened and locked; bash runs the script the user data wrote. Where: shell.ts WRAPPERS.flock long list lacks "wait", so 30 is the lock file and /run/lock/ops.lock the program (RootReads.planted). Fix: as L31.
    devNodeCase(
        "S24 flock --wait 30 /run/lock/ops.lock bash /opt/ops.sh-rt79n",
        devNodeScript(n("s24"), [
            "printf '#!/bin/sh\\nsystemctl restart chronyd\\n' > /opt/ops.sh",
            "flock --wait 30 /run/lock/ops.lock bash /opt/ops.sh",
        ]),
        /./,
    ),
    // Round 80 neighbour (WRAPPER-CHDIR): env -C /opt/app (coreutils env(1)) makes dd's relative of= /opt/app/ld.so.preload, a file no loader reads.
    devNodeCase(
        "S29 env -C /opt/app dd of=ld.so.preload-fix80",
        devNodeScript(n("s29-wrap-fix80"), [
            SO,
            "mkdir -p /opt/app",
            "echo /opt/x.so | env -C /opt/app dd of=ld.so.preload",
        ]),
    ),
    // Round 80 neighbour: a redirect is the shell's (bash(1) REDIRECTION, done before env runs): env -C /etc leaves `> ld.so.preload` in /opt/app.
    devNodeCase(
        "S30 cd /opt/app; env -C /etc echo /opt/x.so > ld.so.preload-fix80",
        devNodeScript(n("s30-wrap-fix80"), [
            "mkdir -p /opt/app",
            "cd /opt/app",
            "env -C /etc echo /opt/x.so > ld.so.preload",
        ]),
    ),
    // Round 80 neighbour (LAUNCHERS): setarch(8) x86_64 -R runs bash on the script the user data wrote; flock(1) -x -w 5 only locks its file.
    devNodeCase(
        "S31 flock -x -w 5 /run/lock/ops.lock setarch x86_64 -R bash /opt/ops.sh-fix80",
        devNodeScript(n("s31-wrap-fix80"), [
            "printf '#!/bin/sh\\nsystemctl restart chronyd\\n' > /opt/ops.sh",
            "flock -x -w 5 /run/lock/ops.lock setarch x86_64 -R bash /opt/ops.sh",
        ]),
    ),
    // Round 80 neighbour (EMPTY-OUTPUT): basename's output inside the component /opt/app-NAME (never `.` or `..`, round 77) keeps dd's of= below /opt: no file root's programs read.
    devNodeCase(
        'S32 echo ok | dd of="/opt/app-$(basename "$UNK")/status"-fix80',
        devNodeScript(n("s32-wrap-fix80"), [
            "mkdir -p /opt/app",
            'echo ok | dd of="/opt/app-$(basename "${UNK:-}")/status"',
        ]),
    ),
    // An absolute script run from a /tmp working directory reads nothing there.
    devNodeCase(
        "S25 cd /tmp; bash /opt/ops.sh-rt79n",
        devNodeScript(n("s25"), [
            "printf '#!/bin/sh\\nsystemctl restart chronyd\\n' > /opt/ops.sh",
            "cd /tmp",
            "bash /opt/ops.sh",
        ]),
    ),
    // A link between root-owned directories.
    devNodeCase(
        "S26 ln -sfn /opt/app /opt/current; bash /opt/current/x.sh-rt79n",
        devNodeScript(n("s26"), [
            "mkdir -p /opt/app",
            "printf '#!/bin/sh\\nsystemctl restart chronyd\\n' > /opt/app/x.sh",
            "ln -sfn /opt/app /opt/current",
            "bash /opt/current/x.sh",
        ]),
    ),
    // rsyslog omfwd to loopback: forwards, runs nothing.
    devNodeCase(
        "S27 rsyslog.d omfwd to 127.0.0.1-rt79n",
        devNodeScript(n("s27"), [
            "cat > /etc/rsyslog.d/20-fwd.conf <<'EOF'",
            '*.* action(type="omfwd" target="127.0.0.1" port="514" protocol="tcp")',
            "EOF",
        ]),
    ),
    // A polkit rule returning NO (polkit(8) polkit.Result.NO) only denies.
    devNodeCase(
        "S28 polkit rules.d: return polkit.Result.NO-rt79n",
        devNodeScript(n("s28"), [
            "cat > /etc/polkit-1/rules.d/00-deny.rules <<'EOF'",
            "polkit.addRule(function(action, subject) {",
            "    return polkit.Result.NO;",
            "});",
            "EOF",
        ]),
    ),
    // Round 80 neighbours. A bind mount of a root-owned directory: /opt/tools/run.sh is /opt/src/run.sh, the script's.
    devNodeCase(
        "S29 mount --bind /opt/src /opt/tools; bash /opt/tools/run.sh-fix80",
        devNodeScript(n("s29"), [
            "mkdir -p /opt/src /opt/tools",
            "printf '#!/bin/sh\\nsystemctl restart chronyd\\n' > /opt/src/run.sh",
            "mount --bind /opt/src /opt/tools",
            "bash /opt/tools/run.sh",
        ]),
    ),
    // chown to root (owner root, group ec2-user; mkdir's default 0755 gives the group no write) and a read-only ACL.
    devNodeCase(
        "S30 chown root:ec2-user; setfacl -m o::rx,u:1000:rx /opt/app-fix80",
        devNodeScript(n("s30"), [
            "mkdir -p /opt/app",
            "chown root:ec2-user /opt/app",
            "setfacl -m o::rx,u:1000:rx /opt/app",
            "printf '#!/bin/sh\\nsystemctl restart chronyd\\n' > /opt/app/x.sh",
            "bash /opt/app/x.sh",
        ]),
    ),
    // umask 022 (others' write masked), a tmpfs of mode=0755, a tmpfiles.d `d ... 0755`: nothing opened.
    devNodeCase(
        "S31 umask 022; mkdir; tmpfs mode=0755; tmpfiles d 0755-fix80",
        devNodeScript(n("s31"), [
            "umask 022",
            "mkdir -p /opt/drop /opt/scratch",
            "mount -t tmpfs -o mode=0755 tmpfs /opt/scratch",
            "echo 'd /opt/drop 0755 root root -' > /etc/tmpfiles.d/drop.conf",
            "systemd-tmpfiles --create /etc/tmpfiles.d/drop.conf",
            "printf '#!/bin/sh\\nsystemctl restart chronyd\\n' > /opt/drop/x.sh",
            "bash /opt/drop/x.sh",
        ]),
    ),
    // Without set -e, a failed write to /tmp that ends the script (`|| exit 1`) or guards the run (&&) is the script's.
    devNodeCase(
        "S32 no set -e: printf > /tmp/ops.sh || exit 1; && bash-fix80",
        plainScript("s32", [
            "printf '#!/bin/sh\\nsystemctl restart chronyd\\n' > /tmp/ops.sh || exit 1",
            "bash /tmp/ops.sh",
            "printf '#!/bin/sh\\nsystemctl restart chronyd\\n' > /tmp/ops2.sh && bash /tmp/ops2.sh",
        ]),
    ),
    // Round 80 neighbours (fix80). Known settings piped to `sysctl -p -` (sysctl(8): "-" is standard input).
    devNodeCase(
        "S33 printf known settings | sysctl -p --fix80",
        devNodeScript(n("s33"), ["printf 'vm.max_map_count = 262144\\nnet.core.somaxconn = 1024\\n' | sysctl -p -"]),
    ),
    // A bare `sysctl -p` (sysctl(8): loads /etc/sysctl.conf) after writing that file with known text.
    devNodeCase(
        "S34 write /etc/sysctl.conf; sysctl -p-fix80",
        devNodeScript(n("s34"), ["cat > /etc/sysctl.conf <<'EOF'", "vm.max_map_count = 262144", "EOF", "sysctl -p"]),
    ),
    // cp -r of a directory holding only a rule the script wrote (polkit(8) JavaScript it can read: no change).
    devNodeCase(
        "S35 cp -r written rules into polkit rules.d-fix80",
        devNodeScript(n("s35"), [
            "mkdir -p /opt/rules",
            "printf 'polkit.addRule(function (action, subject) { return polkit.Result.NOT_HANDLED; });\\n' > /opt/rules/10.rules",
            "cp -r /opt/rules/. /etc/polkit-1/rules.d/",
        ]),
    ),
    // Round 80 neighbours, secure: `f || exit 1` (bash manual "Lists of Commands": the script goes on only when f
    // succeeded, and f's cd is into a directory the script made).
    devNodeCase(
        "G1 mkdir; cd /opt/app; f(){ cd /opt/app; }; f || exit 1-fix80",
        devNodeScript(n("g1"), [
            SO,
            "mkdir -p /opt/app",
            "cd /opt/app",
            "f() { cd /opt/app; }",
            "f || exit 1",
            PRELOAD,
        ]),
    ),
    // No set -e, but the cd is into a directory the script made (coreutils mkdir(1) -p): it does not fail.
    devNodeCase(
        "G2 no set -e: mkdir -p /opt/app; cd /etc; cd /opt/app-fix80",
        plainScript("g2", [SO, "mkdir -p /opt/app", "cd /etc", "cd /opt/app", PRELOAD]),
    ),
    // bash(1) "if list; then list; fi": the then-list runs in the cd's directory only.
    devNodeCase(
        "G3 if cd /opt/app; then relative; fi-fix80",
        devNodeScript(n("g3"), [SO, "mkdir -p /opt/app", "if cd /opt/app; then", `    ${PRELOAD}`, "fi"]),
    ),
    // A DEBUG trap that does not change directory (bash(1) trap) moves nothing.
    devNodeCase(
        "G4 trap 'echo step' DEBUG; cd /opt/app; relative-fix80",
        devNodeScript(n("g4"), [SO, "mkdir -p /opt/app", "trap 'echo step >&2' DEBUG", "cd /opt/app", PRELOAD]),
    ),
    // Two directories the script made, each cd in a loop (bash(1) "for name in word"): the marker lands in each.
    devNodeCase(
        "G5 for d in /opt/a /opt/b; do cd $d; echo ok > status; done-fix80",
        devNodeScript(n("g5"), [
            SO,
            "mkdir -p /opt/a /opt/b",
            'for d in /opt/a /opt/b; do cd "$d"; echo ok > status; done',
        ]),
    ),
];

describeNodeCases("red team round 79: node", insecure, secure);
