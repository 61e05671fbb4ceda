// Red-team round 80 on EKS NODE user data (rootReads.ts, shell.ts, userDataReaders/rootWrites.ts, userData.ts): fresh
// eyes on the round-80 node fixes' neighbours. Probed: working directories (errexit ignored in if/while/&& conditions of
// functions, subshells: pipelines, &, ( ), $( ); CDPATH, OLDPWD, ~root/.., find -execdir, su/su -, xargs, pushd,
// ${V:-D}, function arguments, set +o errexit, until/while-cd loops), launchers (nested nice+env --chdir, sudo --chdir=,
// env -C/DIR, env -i --chdir, chroot /, systemd-run -p WorkingDirectory=), world-writable directories (0757, a=rwx,
// =rwx under umask, 1755, setfacl -d, parent /opt opened or chowned, -R o+w, RuntimeDirectory/StateDirectory modes,
// fstab tmpfs + mount -a, /usr/lib/tmpfiles.d, install/mkdir symbolic modes), user homes (ec2-user, /run/user/1000),
// loaded operands (systemctl enable/link PATH, at -f, BASH_ENV, sed -f, awk -f, bash <, pip --find-links, yum
// localinstall, cat/dd/ln into root-run places, source <(...), env $(cat), EnvironmentFile=, ExecStartPre=-, modprobe.d
// install, udev RUN+=, profile.d, ld.so.conf.d), kernel helpers (core_pattern, kernel.modprobe, uevent_helper).
// Results: insecure refused 47 of 67; secure clean 21 of 25.
// Misses (20 insecure accepted, 4 secure refused):
// - NO-STICKY (4: I18, I19, I39, I70): a file root wrote in a directory opened WITHOUT the sticky bit (0757, a=rwx, 0777)
//   counts as root's own (RootReads.planted `file`), but any user with write there may unlink/rename it (sticky(7)).
// - PARENT-OPEN (2: I20, I52): /opt chmod 0777 or chowned to nobody: /opt/app (and its run.sh) can be renamed away.
// - MODE-SOURCES (3: I21, I54, I22): RuntimeDirectoryMode=/StateDirectoryMode=0777 and an fstab tmpfs line mounted by
//   mount -a do not open the directory (RootReads.opened).
// - LINKED-UNITS (2: I23, I40): systemctl enable/link of a /tmp unit file (RootReads.linkedUnits never asks planted).
// - AT-FILE (2: I24, I69): at -f /tmp/x.sh, batch -f /dev/shm/x.sh (atJobFile branch never asks planted).
// - UNSURE-WRITE-FORMS (1: I55): without set -e, cp onto a predictable /tmp name (protected_regular) is not unsure.
// - KERNEL-HELPERS (6: I63, I64, I65, I66, I67, I68): core_pattern `|/tmp/x` (echo, sysctl -w, sysctl.d), kernel.hotplug, kernel.modprobe and
//   /sys/kernel/uevent_helper naming a /tmp or /dev/shm program (userData.ts written/kernelRuns: planted not applied;
//   known modprobe/uevent_helper values not judged at all).
// - SECURE REFUSED (4): LOOP-EXIT S7 (until cd D), S8 (while ! cd D): the loop ends only after the cd ran;
//   COND-FUNCTION-OK S15 (if f; then ... with f ending in cd); ROOT-HOME S10 (su - root -c: /root/ld.so.preload is
//   read by nothing, but rootWrites.ts NODE_CONFIG_PATHS fails closed on all of /root).
// Held: I1-I15 and I34-I37, I45-I51 (conditions, subshells, CDPATH, OLDPWD, tilde, -execdir, xargs, su, launchers'
// chdir forms), I25-I33, I41-I44, I56-I62 (loader variables, interpreters' script files, local packages, copies,
// hard links, tmpfiles, symbolic modes, unit keys, modprobe.d, udev, profile.d, ld.so.conf.d); secure S1-S6, S9,
// S11-S14, S16-S25 (subshell cds, =rwx under umask, default ACLs, sticky-only 1755, image-owned helpers, the NOPASSWD
// sudoer ec2-user's home and /run/user/1000 (cloud-init default_user), RuntimeDirectoryMode=0755).
import {
    al2023Nodes,
    describeNodeCases,
    devNodeCase,
    devNodeScript,
    NodeCase,
    systemdUnit,
    withPart,
} from "./nodeBuilders";
import { Resources } from "./support";

const n = (id: string) => `dev-${id}-80d-nodes`;
/** A downloaded library (its content unknown); naming it in /etc/ld.so.preload loads it into every program (ld.so(8)). */
const SO = "curl -fsSL -o /opt/x.so https://downloads.example.com/x.so";
/** The probe: a relative write that is /etc/ld.so.preload when the shell is in /etc. */
const PRELOAD = "echo /opt/x.so > ld.so.preload";
/** A known miss: skipped unless REDTEAM_ALL=1. */
const MISS = true;
/** A bash part WITHOUT `set -e` (devNodeScript adds `set -euo pipefail`). */
const plainScript = (id: string, lines: string[]) => (r: Resources) =>
    al2023Nodes(
        r,
        n(id),
        withPart({ type: 'text/x-shellscript; charset="us-ascii"', body: ["#!/bin/bash", ...lines].join("\n") }),
    );
/** A script root writes itself (known text): running it is fine unless its directory is planted. */
const OPS = (dir: string) => [`mkdir -p ${dir}`, `printf '#!/bin/sh\\nsystemctl restart chronyd\\n' > ${dir}/run.sh`];

const insecure: NodeCase[] = [
    // I1 bash manual "The Set Builtin": -e is ignored in "the command list immediately following ... if"; f's status is its failed cd's (bash(1) FUNCTIONS), the then-list is skipped and the shell stays in /etc: the relative write is /etc/ld.so.preload.
    devNodeCase(
        "I1 cd /etc; f(){ cd /opt/app; }; if f; then :; fi-rt80d",
        devNodeScript(n("i1"), [SO, "cd /etc", "f() { cd /opt/app; }", "if f; then :; fi", PRELOAD]),
    ),
    // I2 bash manual "The Set Builtin": -e is ignored for "any command executed in a && or || list except the command following the final && or ||": f fails, echo is skipped, the script goes on in /etc.
    devNodeCase(
        "I2 cd /etc; f(){ cd /opt/app; }; f && echo moved-rt80d",
        devNodeScript(n("i2"), [SO, "cd /etc", "f() { cd /opt/app; }", "f && echo moved", PRELOAD]),
    ),
    // I3 bash manual "Looping Constructs": `while f` ends when f fails; f's cd failed, the shell is in /etc.
    devNodeCase(
        "I3 cd /etc; while f; do break; done-rt80d",
        devNodeScript(n("i3"), [SO, "cd /etc", "f() { cd /opt/app; }", "while f; do break; done", PRELOAD]),
    ),
    // I4 bash manual "Pipelines": "Each command in a multi-command pipeline ... is executed in its own subshell": `cd /opt | cat` does not move the shell, which stays in /etc.
    devNodeCase(
        "I4 cd /etc; cd /opt | cat; relative-rt80d",
        devNodeScript(n("i4"), [SO, "cd /etc", "cd /opt | cat", PRELOAD]),
    ),
    // I5 bash manual "Lists of Commands": a command ended by & runs "asynchronously in a subshell": the cd moves only the subshell.
    devNodeCase(
        "I5 cd /etc; cd /opt & wait; relative-rt80d",
        devNodeScript(n("i5"), [SO, "cd /etc", "cd /opt &", "wait", PRELOAD]),
    ),
    // I6 bash manual "Command Grouping": ( list ) runs in a subshell; its cd does not move the script.
    devNodeCase(
        "I6 cd /etc; ( cd /opt ); relative-rt80d",
        devNodeScript(n("i6"), [SO, "cd /etc", "( cd /opt )", PRELOAD]),
    ),
    // I7 bash(1) cd: "The variable CDPATH defines the search path for the directory containing dir": with CDPATH=/ `cd etc` goes to /etc.
    devNodeCase(
        "I7 cd /opt; CDPATH=/; cd etc; relative-rt80d",
        devNodeScript(n("i7"), [SO, "cd /opt", "CDPATH=/", "cd etc", PRELOAD]),
    ),
    // I8 bash(1) cd: "An argument of - is converted to $OLDPWD before the directory change is attempted": the script set OLDPWD=/etc.
    devNodeCase(
        "I8 cd /opt; OLDPWD=/etc; cd --rt80d",
        devNodeScript(n("i8"), [SO, "cd /opt", "OLDPWD=/etc", "cd -", PRELOAD]),
    ),
    // I9 bash(1) Tilde Expansion: ~root is root's home (/root), so ~root/../etc is /etc.
    devNodeCase("I9 cd ~root/../etc; relative-rt80d", devNodeScript(n("i9"), [SO, "cd ~root/../etc", PRELOAD])),
    // I10 find(1) -execdir: "the specified command is run from the subdirectory containing the matched file": /etc for /etc/hosts.
    devNodeCase(
        "I10 find /etc -name hosts -execdir sh -c 'echo > ld.so.preload'-rt80d",
        devNodeScript(n("i10"), [
            SO,
            "find /etc -maxdepth 1 -name hosts -execdir sh -c 'echo /opt/x.so > ld.so.preload' \\;",
        ]),
    ),
    // I11 env(1) --chdir "change working directory to DIR" nested under nice(1): tee's operand is /etc/ld.so.preload.
    devNodeCase(
        "I11 nice -n 5 env --chdir=/etc tee ld.so.preload-rt80d",
        devNodeScript(n("i11"), [SO, "echo /opt/x.so | nice -n 5 env --chdir=/etc tee ld.so.preload"]),
    ),
    // I12 sudo(8) --chdir=directory "Run the command in the specified directory": the long form of -D.
    devNodeCase(
        "I12 sudo --chdir=/etc tee ld.so.preload-rt80d",
        devNodeScript(n("i12"), [SO, "echo /opt/x.so | sudo --chdir=/etc tee ld.so.preload"]),
    ),
    // I13 env(1) -C DIR with the argument attached (getopt: "-C/etc"); tee writes /etc/ld.so.preload.
    devNodeCase(
        "I13 env -C/etc tee ld.so.preload-rt80d",
        devNodeScript(n("i13"), [SO, "echo /opt/x.so | env -C/etc tee ld.so.preload"]),
    ),
    // I14 su(1) without - / -l keeps the working directory ("-l ... change to the target user's home" only with a login shell): the command's relative redirect is in /etc.
    devNodeCase(
        "I14 cd /etc; su -c 'echo > ld.so.preload'-rt80d",
        devNodeScript(n("i14"), [SO, "cd /etc", "su -c 'echo /opt/x.so > ld.so.preload'"]),
    ),
    // I15 xargs(1) runs sh in the caller's directory (/etc): its relative redirect is /etc/ld.so.preload.
    devNodeCase(
        "I15 cd /etc; echo ld.so.preload | xargs -I{} sh -c 'echo > {}'-rt80d",
        devNodeScript(n("i15"), [SO, "cd /etc", "echo ld.so.preload | xargs -I{} sh -c 'echo /opt/x.so > {}'"]),
    ),
    // I18 chmod(1) 0757: others may write (no sticky bit: may also rename/replace root's files): any local user replaces run.sh.
    // Was a MISS (fixed in round 80): (NO-STICKY): insecure accepted (got []). sticky(7)/unlink(2): in a directory others may write WITHOUT the sticky bit any of them may unlink or rename root's run.sh and put their own. Where: rootReads.ts RootReads.planted: `file` (this.written) makes a written file the script's own whatever the directory's mode. Fix (general): a written file is the script's own only below a sticky world-writable directory; below an opened directory without +t (0757, 0777, a=rwx, o+w) or one a non-root user owns, every file is planted.
    devNodeCase(
        "I18 chmod 0757 /opt/drop; bash /opt/drop/run.sh-rt80d",
        devNodeScript(n("i18"), [...OPS("/opt/drop"), "chmod 0757 /opt/drop", "bash /opt/drop/run.sh"]),
        /./,
    ),
    // I19 chmod(1) a=rwx: every class gets rwx, regardless of the umask.
    // Was a MISS (fixed in round 80): (NO-STICKY): as I18 (chmod a=rwx is 0777, no sticky bit).
    devNodeCase(
        "I19 chmod a=rwx /opt/drop; bash /opt/drop/run.sh-rt80d",
        devNodeScript(n("i19"), [...OPS("/opt/drop"), "chmod a=rwx /opt/drop", "bash /opt/drop/run.sh"]),
        /./,
    ),
    // I20 path_resolution(7)/rename(2): write on a directory lets a user rename its entries; with /opt 0777 (no sticky) a local user renames /opt/app away and makes their own /opt/app/run.sh.
    // Was a MISS (fixed in round 80): (PARENT-OPEN): insecure accepted (got []). rename(2) needs write on the parent only: with /opt 0777 (no sticky) a user renames /opt/app away and makes their own /opt/app/run.sh. Where: RootReads.planted finds root=/opt (opened, not -R) but `file` (written) vouches for /opt/app/run.sh. Fix: as I18: nothing below an opened directory without the sticky bit (or owned by a non-root user) is the script's own, however deep.
    devNodeCase(
        "I20 chmod 0777 /opt (parent); bash /opt/app/run.sh-rt80d",
        devNodeScript(n("i20"), [...OPS("/opt/app"), "chmod 0777 /opt", "bash /opt/app/run.sh"]),
        /./,
    ),
    // I21 systemd.exec(5) RuntimeDirectory= with RuntimeDirectoryMode=0777: /run/ops is made world-writable when the unit starts.
    // Was a MISS (fixed in round 80): (MODE-SOURCES): insecure accepted (got []). Where: RootReads.opened is filled from chmod/mkdir/install/setfacl/chown/mount/tmpfiles.d, not from a unit's RuntimeDirectory=/StateDirectory=/CacheDirectory=/LogsDirectory= with a *DirectoryMode=. Fix (general): every directory a unit or config makes (systemd.exec(5) *Directory= with *DirectoryMode=, fstab/.mount tmpfs options) feeds `opened` with its mode; a mode the pack does not read opens it.
    devNodeCase(
        "I21 RuntimeDirectory=ops RuntimeDirectoryMode=0777; bash /run/ops/x.sh-rt80d",
        devNodeScript(n("i21"), [
            ...systemdUnit("opsdir", [
                "ExecStart=/usr/bin/sleep infinity",
                "RuntimeDirectory=ops",
                "RuntimeDirectoryMode=0777",
            ]),
            "bash /run/ops/x.sh",
        ]),
        /./,
    ),
    // I22 tmpfs(5) "mode=: Set initial permissions of the root directory" default 1777; an fstab line mounted by mount -a.
    // Was a MISS (fixed in round 80): (MODE-SOURCES): insecure accepted (got []). Where: the round-80 tmpfs opening reads `mount -t tmpfs` commands, not an fstab line mounted by `mount -a` (RootReads.opened not fed from written /etc/fstab). Fix: read fstab/.mount entries the script writes and then mounts (mount -a, systemctl daemon-reload + start) as the mount command they stand for.
    devNodeCase(
        "I22 fstab tmpfs /opt/scratch; mount -a; bash /opt/scratch/x.sh-rt80d",
        devNodeScript(n("i22"), [
            "mkdir -p /opt/scratch",
            "echo 'tmpfs /opt/scratch tmpfs defaults 0 0' >> /etc/fstab",
            "mount -a",
            "bash /opt/scratch/x.sh",
        ]),
        /./,
    ),
    // I23 systemctl(1) enable with a unit file path: "If the specified unit is a path, it is linked into the unit search path" (systemctl link): /tmp is planted.
    // Was a MISS (fixed in round 80): (LINKED-UNITS): insecure accepted (got []). Where: rootReads.ts RootReads.linkedUnits: a path neither written nor unknown is taken as the image's own file; RootReads.planted is never asked. Fix: judge each unit file systemctl link/enable/reenable names with planted (as loadedOperands are).
    devNodeCase(
        "I23 systemctl enable --now /tmp/ops.service-rt80d",
        devNodeScript(n("i23"), ["systemctl enable --now /tmp/ops.service"]),
        /./,
    ),
    // I24 at(1) -f file: "Reads the job from file rather than standard input": root's job from /tmp.
    // Was a MISS (fixed in round 80): (AT-FILE): insecure accepted (got []). Where: rootReads.ts RootReads.command, the atJobFile branch: a job file neither written nor unknown is accepted without RootReads.planted. Fix: treat at/batch -f FILE as a loaded operand (loadedOperands, judged with planted).
    devNodeCase("I24 at -f /tmp/x.sh now-rt80d", devNodeScript(n("i24"), ["at -f /tmp/x.sh now"])),
    // I25 bash(1) BASH_ENV: "If this parameter is set when bash is executing a shell script, its value is ... used as the name of a file to read and execute".
    devNodeCase(
        "I25 BASH_ENV=/var/tmp/env bash /opt/app/run.sh-rt80d",
        devNodeScript(n("i25"), [...OPS("/opt/app"), "BASH_ENV=/var/tmp/env bash /opt/app/run.sh"]),
    ),
    // I26 GNU sed manual "e command": "executes command and sends its output to the output stream": a sed script from /tmp runs commands as root.
    devNodeCase(
        "I26 sed -f /tmp/x.sed -i /etc/hosts-rt80d",
        devNodeScript(n("i26"), ["sed -f /tmp/x.sed -i /etc/hosts"]),
    ),
    // I27 gawk -f progfile: the program (its system() calls) comes from /dev/shm.
    devNodeCase(
        "I27 awk -f /dev/shm/x.awk /etc/hosts-rt80d",
        devNodeScript(n("i27"), ["awk -f /dev/shm/x.awk /etc/hosts"]),
    ),
    // I28 bash reads its commands from standard input when no file is named (bash(1) INVOCATION -s).
    devNodeCase("I28 bash < /tmp/x.sh-rt80d", devNodeScript(n("i28"), ["bash < /tmp/x.sh"])),
    // I29 pip install --find-links DIR: "look for archives in the directory listing": a wheel any user puts in /var/tmp/wheels is installed (and its code run) as root.
    devNodeCase(
        "I29 pip3 install --no-index --find-links /var/tmp/wheels ops-rt80d",
        devNodeScript(n("i29"), ["pip3 install --no-index --find-links /var/tmp/wheels ops"]),
    ),
    // I30 yum localinstall of a /tmp package: its scriptlets run as root (rpm(8)).
    devNodeCase(
        "I30 yum -y localinstall /tmp/x.rpm-rt80d",
        devNodeScript(n("i30"), ["yum -y localinstall /tmp/x.rpm"]),
    ),
    // I31 cat of a planted /var/tmp file into /etc/cron.d: cron(8) runs its lines as root.
    devNodeCase(
        "I31 cat /var/tmp/cron > /etc/cron.d/ops-rt80d",
        devNodeScript(n("i31"), ["cat /var/tmp/cron > /etc/cron.d/ops"]),
    ),
    // I32 dd(1) if=/tmp/x of=/etc/cron.d/ops copies a planted file into a root-run place.
    devNodeCase(
        "I32 dd if=/tmp/x of=/etc/cron.d/ops-rt80d",
        devNodeScript(n("i32"), ["dd if=/tmp/cron of=/etc/cron.d/ops"]),
    ),
    // I33 link(2): a hard link shares the inode: /opt/ops.sh is the /tmp file a local user owns and may rewrite.
    devNodeCase(
        "I33 ln -f /tmp/ops.sh /opt/ops.sh; bash /opt/ops.sh-rt80d",
        devNodeScript(n("i33"), ["ln -f /tmp/ops.sh /opt/ops.sh", "bash /opt/ops.sh"]),
    ),
    // I34 bash(1) pushd: a failed pushd leaves the directory unchanged; `|| true` ignores it, the shell stays in /etc.
    devNodeCase(
        "I34 pushd /etc; pushd /opt/app || true-rt80d",
        devNodeScript(n("i34"), [SO, "pushd /etc", "pushd /opt/app || true", PRELOAD]),
    ),
    // I35 `[[ -d D ]] && cd D`: the cd may not run (bash manual "Lists of Commands").
    devNodeCase(
        "I35 cd /etc; [[ -d /opt/app ]] && cd /opt/app-rt80d",
        devNodeScript(n("i35"), [SO, "cd /etc", "[[ -d /opt/app ]] && cd /opt/app || true", PRELOAD]),
    ),
    // I36 a bash part without set -e (bash manual "The Set Builtin"), cd -P (physical): a failed cd to a never-made directory stays in /etc.
    devNodeCase(
        "I36 no set -e: cd /etc; cd -P /opt/app; relative-rt80d",
        plainScript("i36", [SO, "cd /etc", "cd -P /opt/app", PRELOAD]),
    ),
    // I37 bash(1) exec -a / source through process substitution of a planted file.
    devNodeCase("I37 source <(cat /tmp/x.sh)-rt80d", devNodeScript(n("i37"), ["source <(cat /tmp/x.sh)"])),
    // I38 chmod(1) 0757: other-write on a directory the script made; x.sh is not the script's (recognition of 0757 as opening).
    devNodeCase(
        "I38 chmod 0757 /opt/drop; bash /opt/drop/x.sh (not written)-rt80d",
        devNodeScript(n("i38"), ["mkdir -p /opt/drop", "chmod 0757 /opt/drop", "bash /opt/drop/x.sh"]),
    ),
    // I39 sticky(7)/unlink(2): without the sticky bit any user with write on the directory may unlink or rename root's run.sh and put their own; the unit runs it at every boot (no race needed).
    // Was a MISS (fixed in round 80): (NO-STICKY): as I18, and no race is needed: the unit runs run.sh at every boot, long after a local user replaced it.
    devNodeCase(
        "I39 write run.sh; chmod 0777 /opt/drop; unit ExecStart=/opt/drop/run.sh-rt80d",
        devNodeScript(n("i39"), [
            ...OPS("/opt/drop"),
            "chmod 0777 /opt/drop",
            ...systemdUnit("opsrun", ["ExecStart=/bin/bash /opt/drop/run.sh"]),
        ]),
        /./,
    ),
    // I40 systemctl(1) link: "Link a unit file that is not in the unit file search path into the unit file search path": a /tmp unit.
    // Was a MISS (fixed in round 80): (LINKED-UNITS): as I23 (systemctl link).
    devNodeCase(
        "I40 systemctl link /tmp/ops.service; systemctl start ops-rt80d",
        devNodeScript(n("i40"), ["systemctl link /tmp/ops.service", "systemctl start ops"]),
        /./,
    ),
    // I41 tmpfiles.d(5): /usr/lib/tmpfiles.d is read as well as /etc/tmpfiles.d; `d /opt/drop 1777` makes it world-writable.
    devNodeCase(
        "I41 /usr/lib/tmpfiles.d d /opt/drop 1777; bash /opt/drop/x.sh-rt80d",
        devNodeScript(n("i41"), [
            "echo 'd /opt/drop 1777 root root -' > /usr/lib/tmpfiles.d/drop.conf",
            "systemd-tmpfiles --create",
            "bash /opt/drop/x.sh",
        ]),
    ),
    // I42 install(1) -m takes a symbolic mode too ("-m, --mode=MODE set permission mode (as in chmod)"): a+rwx.
    devNodeCase(
        "I42 install -d -m a+rwx /opt/drop; bash /opt/drop/x.sh-rt80d",
        devNodeScript(n("i42"), ["install -d -m a+rwx /opt/drop", "bash /opt/drop/x.sh"]),
    ),
    // I43 mkdir(1) -m a=rwx,+t: symbolic mode with sticky (1777).
    devNodeCase(
        "I43 mkdir -p -m a=rwx,+t /opt/drop; bash /opt/drop/x.sh-rt80d",
        devNodeScript(n("i43"), ["mkdir -p -m a=rwx,+t /opt/drop", "bash /opt/drop/x.sh"]),
    ),
    // I44 chmod(1) -R o+w on the parent /opt: every directory below it is then other-writable.
    devNodeCase(
        "I44 chmod -R o+w /opt; bash /opt/app/run.sh-rt80d",
        devNodeScript(n("i44"), [...OPS("/opt/app"), "chmod -R o+w /opt", "bash /opt/app/run.sh"]),
    ),
    // I45 bash(1) FUNCTIONS: "$1" is the function's argument: f /opt/app fails, || true hides it, the shell stays in /etc.
    devNodeCase(
        'I45 cd /etc; f(){ cd "$1"; }; f /opt/app || true-rt80d',
        devNodeScript(n("i45"), [SO, "cd /etc", 'f() { cd "$1"; }', "f /opt/app || true", PRELOAD]),
    ),
    // I46 bash(1) ${parameter:-word}: the cd goes to /opt/app (unset), which fails and is ignored.
    devNodeCase(
        "I46 cd /etc; cd ${APP_DIR:-/opt/app} || true-rt80d",
        devNodeScript(n("i46"), [SO, "cd /etc", 'cd "${APP_DIR:-/opt/app}" || true', PRELOAD]),
    ),
    // I47 bash manual "The Set Builtin": `set +o errexit` is `set +e`; the failed cd leaves the shell in /etc.
    devNodeCase(
        "I47 cd /etc; set +o errexit; cd /opt/app; relative-rt80d",
        devNodeScript(n("i47"), [SO, "cd /etc", "set +o errexit", "cd /opt/app", PRELOAD]),
    ),
    // I48 bash(1) Command Substitution runs in a subshell: its cd does not move the script, still in /etc.
    devNodeCase(
        "I48 cd /etc; x=$(cd /opt && pwd); relative-rt80d",
        devNodeScript(n("i48"), [SO, "cd /etc", 'x="$(cd /opt && pwd)"', PRELOAD]),
    ),
    // I49 env(1) -i then --chdir DIR (separate argument): tee writes /etc/ld.so.preload.
    devNodeCase(
        "I49 env -i --chdir /etc tee ld.so.preload-rt80d",
        devNodeScript(n("i49"), [SO, "echo /opt/x.so | env -i --chdir /etc /usr/bin/tee ld.so.preload"]),
    ),
    // I50 chroot(1): "changes the working directory to / (unless --skip-chdir)": etc/ld.so.preload is /etc/ld.so.preload.
    devNodeCase(
        "I50 cd /opt; chroot / tee etc/ld.so.preload-rt80d",
        devNodeScript(n("i50"), [SO, "cd /opt", "echo /opt/x.so | chroot / tee etc/ld.so.preload"]),
    ),
    // I51 systemd-run(1) -p/--property= takes any unit property; systemd.exec(5) WorkingDirectory=/etc.
    devNodeCase(
        "I51 systemd-run -p WorkingDirectory=/etc --pipe --wait tee ld.so.preload-rt80d",
        devNodeScript(n("i51"), [
            SO,
            "echo /opt/x.so | systemd-run -p WorkingDirectory=/etc --pipe --wait tee ld.so.preload",
        ]),
    ),
    // I52 chown(1) of the PARENT /opt to nobody (the identity non-root daemons run as): its owner may rename /opt/app (rename(2) needs write on the parent only) and make their own run.sh.
    // Was a MISS (fixed in round 80): (PARENT-OPEN): as I20, the owner (nobody) of /opt may rename anything in it, sticky or not. Where: RootReads.planted (`file` rule). Fix: as I20.
    devNodeCase(
        "I52 chown nobody /opt (parent); bash /opt/app/run.sh-rt80d",
        devNodeScript(n("i52"), [...OPS("/opt/app"), "chown nobody /opt", "bash /opt/app/run.sh"]),
        /./,
    ),
    // I54 systemd.exec(5) StateDirectory= / StateDirectoryMode=0777: /var/lib/ops made world-writable at start.
    // Was a MISS (fixed in round 80): (MODE-SOURCES): as I21 (StateDirectoryMode=0777, /var/lib/ops).
    devNodeCase(
        "I54 StateDirectory=ops StateDirectoryMode=0777; bash /var/lib/ops/x.sh-rt80d",
        devNodeScript(n("i54"), [
            ...systemdUnit("opsstate", [
                "ExecStart=/usr/bin/sleep infinity",
                "StateDirectory=ops",
                "StateDirectoryMode=0777",
            ]),
            "bash /var/lib/ops/x.sh",
        ]),
        /./,
    ),
    // I55 no set -e: cp(1) onto a /tmp name a local user may have made first (fs.protected_regular makes root's O_CREAT open of it fail, sysctl fs docs); the script goes on and runs the user's file.
    // Was a MISS (fixed in round 80): (UNSURE-WRITE-FORMS): insecure accepted (got []). sysctl fs.protected_regular (systemd default 1): root's O_CREAT of an existing other user's file in a sticky world-writable directory fails; without set -e the script goes on and runs that user's /tmp/ops.sh. Where: RootReads.unsureWrites is fed by redirects, not by cp (also install/tee/dd of=) into a world-writable directory. Fix: every write form whose failure the script goes on from marks its destination unsure.
    devNodeCase(
        "I55 no set -e: cp /opt/ops.sh /tmp/ops.sh; bash /tmp/ops.sh-rt80d",
        plainScript("i55", [
            "printf '#!/bin/sh\\nsystemctl restart chronyd\\n' > /opt/ops.sh",
            "cp /opt/ops.sh /tmp/ops.sh",
            "bash /tmp/ops.sh",
        ]),
        /./,
    ),
    // I56 env(1) NAME=VALUE operands from a planted file's text (LD_PRELOAD=... would load any library).
    devNodeCase(
        "I56 env $(cat /tmp/ops.env) /usr/bin/systemctl restart chronyd-rt80d",
        devNodeScript(n("i56"), ["env $(cat /tmp/ops.env) /usr/bin/systemctl restart chronyd"]),
    ),
    // I57 systemd.exec(5) EnvironmentFile= from /tmp: a root service's environment (LD_PRELOAD, PATH) is any user's.
    devNodeCase(
        "I57 unit EnvironmentFile=/tmp/ops.env-rt80d",
        devNodeScript(n("i57"), [
            ...systemdUnit("opsenv", ["EnvironmentFile=/tmp/ops.env", "ExecStart=/usr/bin/sleep infinity"]),
        ]),
    ),
    // I58 systemd.service(5) ExecStartPre= with the "-" prefix (failure ignored) still runs /tmp/pre.sh as root.
    devNodeCase(
        "I58 unit ExecStartPre=-/tmp/pre.sh-rt80d",
        devNodeScript(n("i58"), [
            ...systemdUnit("opspre", ["ExecStartPre=-/tmp/pre.sh", "ExecStart=/usr/bin/sleep infinity"]),
        ]),
    ),
    // I59 modprobe.d(5) "install modulename command...": modprobe runs the command (as root) instead of inserting.
    devNodeCase(
        "I59 modprobe.d install dummy /bin/sh /tmp/x.sh; modprobe dummy-rt80d",
        devNodeScript(n("i59"), [
            "echo 'install dummy /bin/sh /tmp/x.sh' > /etc/modprobe.d/dummy.conf",
            "modprobe dummy",
        ]),
    ),
    // I60 udev(7) RUN{program}: "Add a program to the list of programs to be executed" by systemd-udevd (root).
    devNodeCase(
        "I60 udev rule RUN+=/tmp/x.sh-rt80d",
        devNodeScript(n("i60"), [
            'echo \'ACTION=="add", SUBSYSTEM=="block", RUN+="/tmp/x.sh"\' > /etc/udev/rules.d/99-ops.rules',
            "udevadm control --reload",
        ]),
    ),
    // I61 /etc/profile.d/*.sh is sourced by every login shell, root's included (bash(1) INVOCATION /etc/profile).
    devNodeCase(
        "I61 /etc/profile.d/ops.sh sources /tmp/env-rt80d",
        devNodeScript(n("i61"), ["echo '. /tmp/env' > /etc/profile.d/ops.sh"]),
    ),
    // I62 ld.so(8)/ldconfig(8): directories in /etc/ld.so.conf.d are searched for libraries of every program: /tmp.
    devNodeCase(
        "I62 echo /tmp > /etc/ld.so.conf.d/tmp.conf; ldconfig-rt80d",
        devNodeScript(n("i62"), ["echo /tmp > /etc/ld.so.conf.d/tmp.conf", "ldconfig"]),
    ),
    // I63 core(5): "if the first character of this file is a pipe symbol (|), then the remainder of the line is interpreted as ... a program to be executed" by the kernel as root on every core dump.
    // Was a MISS (fixed in round 80): (KERNEL-HELPERS): insecure accepted (got []). Where: userData.ts kernelRuns judges the core_pattern program with judge.ran, which does not apply RootReads.planted (world-writable /tmp). Fix: the program named by every kernel helper setting (core_pattern pipe, kernel.modprobe, kernel.hotplug, /sys/kernel/uevent_helper), however set, is judged as a root program the script runs, planted included.
    devNodeCase(
        "I63 echo '|/tmp/x.sh %p' > /proc/sys/kernel/core_pattern-rt80d",
        devNodeScript(n("i63"), ["echo '|/tmp/x.sh %p' > /proc/sys/kernel/core_pattern"]),
        /./,
    ),
    // I64 as I63 through sysctl(8) -w.
    // Was a MISS (fixed in round 80): (KERNEL-HELPERS): as I63 through sysctl -w (commandSysctls -> kernelRuns).
    devNodeCase(
        "I64 sysctl -w kernel.core_pattern='|/var/tmp/x %p'-rt80d",
        devNodeScript(n("i64"), ["sysctl -w kernel.core_pattern='|/var/tmp/x %p'"]),
        /./,
    ),
    // I65 kernel admin-guide sysctl/kernel "modprobe": the path of the program the kernel runs (as root) to load a module on demand.
    // Was a MISS (fixed in round 80): (KERNEL-HELPERS): insecure accepted (got []). Where: userData.ts written(): the helper regexp refuses only content it does not know; a KNOWN program path written to /proc/sys/kernel/modprobe is never judged (kernelRuns covers core_pattern only). Fix: as I63.
    devNodeCase(
        "I65 echo /tmp/x > /proc/sys/kernel/modprobe-rt80d",
        devNodeScript(n("i65"), ["echo /tmp/x > /proc/sys/kernel/modprobe"]),
        /./,
    ),
    // I66 /sys/kernel/uevent_helper: the kernel forks this program (as root) for every uevent.
    // Was a MISS (fixed in round 80): (KERNEL-HELPERS): as I65 (/sys/kernel/uevent_helper: forked as root for every uevent).
    devNodeCase(
        "I66 echo /dev/shm/x > /sys/kernel/uevent_helper-rt80d",
        devNodeScript(n("i66"), ["echo /dev/shm/x > /sys/kernel/uevent_helper"]),
        /./,
    ),
    // I67 sysctl.d(5) file read at every boot (systemd-sysctl): kernel.core_pattern piping to /tmp (core(5)).
    // Was a MISS (fixed in round 80): (KERNEL-HELPERS): insecure accepted (got []). Where: userData.ts writtenSysctls -> kernelRuns -> judge.ran: the core_pattern program is judged for data directories, not RootReads.planted. Fix: as I63.
    devNodeCase(
        "I67 /etc/sysctl.d kernel.core_pattern=|/tmp/x; sysctl --system-rt80d",
        devNodeScript(n("i67"), [
            "echo 'kernel.core_pattern = |/tmp/x %p' > /etc/sysctl.d/60-core.conf",
            "sysctl --system",
        ]),
        /./,
    ),
    // I68 kernel admin-guide sysctl/kernel "hotplug": the path of the uevent helper the kernel runs as root.
    // Was a MISS (fixed in round 80): (KERNEL-HELPERS): insecure accepted (got []). Where: userData.ts kernelRuns reads only core_pattern (corePatternCommand); kernel.hotplug/kernel.modprobe values set by sysctl are not judged. Fix: as I63.
    devNodeCase(
        "I68 sysctl -w kernel.hotplug=/var/tmp/x-rt80d",
        devNodeScript(n("i68"), ["sysctl -w kernel.hotplug=/var/tmp/x"]),
        /./,
    ),
    // I69 batch(1) -f: as at -f (I24), from /dev/shm.
    // Was a MISS (fixed in round 80): (AT-FILE): as I24 (batch shares atJobFile).
    devNodeCase("I69 batch -f /dev/shm/x.sh-rt80d", devNodeScript(n("i69"), ["batch -f /dev/shm/x.sh"])),
    // I70 install(1) -d -m 0777 (no sticky), then root writes and a timer-less unit runs run.sh each boot: as I39.
    // Was a MISS (fixed in round 80): (NO-STICKY): as I39; the directory was opened by install -d -m 0777 before the write.
    devNodeCase(
        "I70 install -d -m 0777 /opt/drop; write run.sh; unit runs it-rt80d",
        devNodeScript(n("i70"), [
            "install -d -m 0777 /opt/drop",
            "printf '#!/bin/sh\\nsystemctl restart chronyd\\n' > /opt/drop/run.sh",
            ...systemdUnit("opsrun", ["ExecStart=/bin/bash /opt/drop/run.sh"]),
        ]),
        /./,
    ),
    // N1 sticky(7)/rename(2): /opt/share opened 0777 (no sticky bit) before root made /opt/share/sub: any user renames sub away and makes their own sub/run.sh, however deep (NO-STICKY, PARENT-OPEN).
    devNodeCase(
        "N1 mkdir -m 0777 /opt/share; write sub/run.sh; bash it-sticky-fix80",
        devNodeScript(n("n1s"), [
            "mkdir -p -m 0777 /opt/share",
            ...OPS("/opt/share/sub"),
            "bash /opt/share/sub/run.sh",
        ]),
    ),
    // N2 sticky(7): "only the file's owner, the directory's owner, or root can rename or delete the file": the sticky bit does not protect root's file from the directory's owner (chown nobody), so +t after the chown changes nothing.
    devNodeCase(
        "N2 chown nobody /opt/drop; chmod 1777; bash /opt/drop/run.sh-sticky-fix80",
        devNodeScript(n("n2s"), [
            ...OPS("/opt/drop"),
            "chown nobody /opt/drop",
            "chmod 1777 /opt/drop",
            "bash /opt/drop/run.sh",
        ]),
    ),
    // N3 systemd.exec(5) CacheDirectory=: "owned by the user and group specified in User=": /var/cache/ops is nobody's (mode 0755 by default), so a file in it is theirs (MODE-SOURCES).
    devNodeCase(
        "N3 CacheDirectory=ops User=nobody; bash /var/cache/ops/x.sh-sticky-fix80",
        devNodeScript(n("n3s"), [
            ...systemdUnit("opscache", ["User=nobody", "ExecStart=/usr/bin/sleep infinity", "CacheDirectory=ops"]),
            "bash /var/cache/ops/x.sh",
        ]),
    ),
    // N4 systemd.mount(5) What=tmpfs Type=tmpfs: tmpfs(5) mode defaults to 1777 (world-writable): /opt/scratch is anyone's to fill (MODE-SOURCES).
    devNodeCase(
        "N4 opt-scratch.mount Type=tmpfs; bash /opt/scratch/x.sh-sticky-fix80",
        devNodeScript(n("n4s"), [
            "printf '[Mount]\\nWhat=tmpfs\\nWhere=/opt/scratch\\nType=tmpfs\\n' > /etc/systemd/system/opt-scratch.mount",
            "systemctl daemon-reload",
            "systemctl start opt-scratch.mount",
            "bash /opt/scratch/x.sh",
        ]),
    ),
    // N5 fstab(5) tmpfs mode=0777 (tmpfs(5) "mode=: Set initial permissions of the root directory"): no sticky bit, so root's run.sh there may be replaced (NO-STICKY through MODE-SOURCES).
    devNodeCase(
        "N5 fstab tmpfs mode=0777; write run.sh; bash it-sticky-fix80",
        devNodeScript(n("n5s"), [
            "mkdir -p /opt/scratch",
            "echo 'tmpfs /opt/scratch tmpfs mode=0777 0 0' >> /etc/fstab",
            "mount -a",
            "printf '#!/bin/sh\\nsystemctl restart chronyd\\n' > /opt/scratch/run.sh",
            "bash /opt/scratch/run.sh",
        ]),
    ),
    // N6 systemctl(1) reenable with a unit file path links it as enable does: a /var/tmp unit is anyone's (LINKED-UNITS).
    devNodeCase(
        "N6 systemctl reenable /var/tmp/ops.service-sticky-fix80",
        devNodeScript(n("n6s"), ["systemctl reenable /var/tmp/ops.service"]),
    ),
    // N7 at(1) -f with the file attached to the option (getopt: -fFILE) (AT-FILE).
    devNodeCase("N7 at -f/tmp/x.sh now-sticky-fix80", devNodeScript(n("n7s"), ["at -f/tmp/x.sh now + 1 minute"])),
    // N8 bash manual "The Set Builtin": -e is ignored before `||`: a failed install(1) onto another user's /tmp/ops.sh (fs.protected_regular) goes on, and root runs their file (UNSURE-WRITE-FORMS).
    devNodeCase(
        "N8 install /opt/ops.sh /tmp/ops.sh || true; bash /tmp/ops.sh-sticky-fix80",
        devNodeScript(n("n8s"), [
            "printf '#!/bin/sh\\nsystemctl restart chronyd\\n' > /opt/ops.sh",
            "install -m 0755 /opt/ops.sh /tmp/ops.sh || true",
            "bash /tmp/ops.sh",
        ]),
    ),
    // N9 no set -e: dd(1) of= (and tee) write as cp does; a failed open leaves the other user's file (UNSURE-WRITE-FORMS).
    devNodeCase(
        "N9 no set -e: dd if=/opt/ops.sh of=/tmp/ops.sh; bash /tmp/ops.sh-sticky-fix80",
        plainScript("n9s", [
            "printf '#!/bin/sh\\nsystemctl restart chronyd\\n' > /opt/ops.sh",
            "dd if=/opt/ops.sh of=/tmp/ops.sh",
            "bash /tmp/ops.sh",
        ]),
    ),
    // Round 80 neighbours (KERNEL-HELPERS): the program a kernel helper setting names is one the script runs as root, planted included, however it is set (kernelSettings.ts kernelHelperCommand, RootReads.plantedKernelHelpers).
    // K1 tee(1) into /proc/sys/kernel/core_pattern (core(5) pipe) of a /tmp program root did not write.
    devNodeCase(
        "K1 echo '|/tmp/c %p' | tee /proc/sys/kernel/core_pattern-kernel-fix80",
        devNodeScript(n("k1"), ["echo '|/tmp/c %p' | tee /proc/sys/kernel/core_pattern"]),
    ),
    // K2 sysctl.d(5) kernel.modprobe (sysctl/kernel.rst: the usermode helper for autoloading modules) in /dev/shm.
    devNodeCase(
        "K2 /etc/sysctl.d kernel.modprobe = /dev/shm/mp-kernel-fix80",
        devNodeScript(n("k2"), ["echo 'kernel.modprobe = /dev/shm/mp' > /etc/sysctl.d/50-mp.conf"]),
    ),
    // K3 core(5) pipe to the image's /bin/sh running a planted /tmp script (its interpreter's script operand).
    devNodeCase(
        "K3 core_pattern |/bin/sh /tmp/core.sh-kernel-fix80",
        devNodeScript(n("k3"), ["echo '|/bin/sh /tmp/core.sh %p' > /proc/sys/kernel/core_pattern"]),
    ),
    // Round 80 neighbours (LOOP-EXIT): bash(1) "break: Exit from within a for, while, until, or select loop": a loop with a break may end anywhere its body was; `while cd D` ends where the cd FAILED.
    // K4 `until cd D; do break; done`: break leaves the loop in /etc.
    devNodeCase(
        "K4 cd /etc; until cd /opt/app; do break; done; relative-kernel-fix80",
        devNodeScript(n("k4"), [SO, "cd /etc", "until cd /opt/app; do break; done", PRELOAD]),
    ),
    // K5 `while cd D`: the loop ends only when the cd fails, in the directory it started in (/etc).
    devNodeCase(
        "K5 cd /etc; while cd /opt/app; do sleep 1; done; relative-kernel-fix80",
        devNodeScript(n("k5"), [SO, "cd /etc", "while cd /opt/app; do sleep 1; done", PRELOAD]),
    ),
    // Round 81 neighbours (COND-FUNCTION, insecure): bash(1) FUNCTIONS, bash(1) `if` (see S15 in the secure cases).
    // The function goes to /etc: the then-list writes /etc/ld.so.preload.
    devNodeCase(
        "I15c cd /opt/app; f(){ cd /etc; }; if f; then relative; fi-fix81",
        devNodeScript(n("i15c"), [
            SO,
            "mkdir -p /opt/app",
            "cd /opt/app",
            "f() { cd /etc; }",
            "if f; then",
            `    ${PRELOAD}`,
            "fi",
        ]),
        /\/etc\/ld\.so\.preload/,
    ),
    // The else-list runs where f failed: still /etc (its cd did not run).
    devNodeCase(
        "I15d cd /etc; f(){ cd /opt/app; }; if f; then :; else relative; fi-fix81",
        devNodeScript(n("i15d"), [
            SO,
            "mkdir -p /opt/app",
            "cd /etc",
            "f() { cd /opt/app; }",
            "if f; then",
            "    :",
            "else",
            `    ${PRELOAD}`,
            "fi",
        ]),
        /\/etc\/ld\.so\.preload/,
    ),
    // `if ! f`: the then-list runs where f failed.
    devNodeCase(
        "I15e cd /etc; f(){ cd /opt/app; }; if ! f; then relative; fi-fix81",
        devNodeScript(n("i15e"), [
            SO,
            "mkdir -p /opt/app",
            "cd /etc",
            "f() { cd /opt/app; }",
            "if ! f; then",
            `    ${PRELOAD}`,
            "fi",
        ]),
        /\/etc\/ld\.so\.preload/,
    ),
];

const secure: NodeCase[] = [
    // S1 bash manual "Command Grouping": ( cd /etc ) moves only a subshell; the write is /opt/app/ld.so.preload.
    devNodeCase(
        "S1 cd /opt/app; ( cd /etc ); relative-rt80d",
        devNodeScript(n("s1"), [SO, "mkdir -p /opt/app", "cd /opt/app", "( cd /etc )", PRELOAD]),
    ),
    // S2 bash manual "Pipelines": each element of a multi-command pipeline runs in a subshell.
    devNodeCase(
        "S2 cd /opt/app; cd /etc | cat; relative-rt80d",
        devNodeScript(n("s2"), [SO, "mkdir -p /opt/app", "cd /opt/app", "cd /etc | cat", PRELOAD]),
    ),
    // S3 bash manual "Lists of Commands": `cd /etc &` runs in a subshell.
    devNodeCase(
        "S3 cd /opt/app; cd /etc & wait; relative-rt80d",
        devNodeScript(n("s3"), [SO, "mkdir -p /opt/app", "cd /opt/app", "cd /etc &", "wait", PRELOAD]),
    ),
    // S4 coreutils chmod "Setting Permissions": with no who letter "the effect is as if 'a' were given, but bits that are set in the umask are not affected": =rwx under umask 022 is 0755.
    devNodeCase(
        "S4 umask 022; chmod =rwx /opt/drop; bash /opt/drop/run.sh-rt80d",
        devNodeScript(n("s4"), [...OPS("/opt/drop"), "umask 022", "chmod =rwx /opt/drop", "bash /opt/drop/run.sh"]),
    ),
    // S5 setfacl(1) -d sets the DEFAULT ACL (inherited by new entries) with o::rx: no one but root may write.
    devNodeCase(
        "S5 setfacl -d -m o::rx /opt/app; bash /opt/app/run.sh-rt80d",
        devNodeScript(n("s5"), [...OPS("/opt/app"), "setfacl -d -m o::rx /opt/app", "bash /opt/app/run.sh"]),
    ),
    // S6 chmod 1755: the sticky bit alone gives others nothing to write.
    devNodeCase(
        "S6 chmod 1755 /opt/app; bash /opt/app/run.sh-rt80d",
        devNodeScript(n("s6"), [...OPS("/opt/app"), "chmod 1755 /opt/app", "bash /opt/app/run.sh"]),
    ),
    // S7 bash(1) until: the loop ends only when `cd /opt/app` succeeds, so the write is in /opt/app.
    // Was a MISS (fixed in round 80): (LOOP-EXIT): secure refused (custody-effective-access: writes /etc/ld.so.preload). bash(1) until: the loop ends only when its condition succeeds, so after it the cd has run. Where: rootReads.ts openLists / the loop reading unions the entry directory with the condition's outcome. Fix: after a while/until loop with no break, the working directories are the condition's exit outcome (until: ok, while: fail, `while !`: ok of the negated).
    devNodeCase(
        "S7 cd /etc; until cd /opt/app; do sleep 5; done; relative-rt80d",
        devNodeScript(n("s7"), [SO, "mkdir -p /opt/app", "cd /etc", "until cd /opt/app; do sleep 5; done", PRELOAD]),
    ),
    // S8 `while ! cd D; do ...; done` leaves the loop only after the cd succeeded.
    // Was a MISS (fixed in round 80): (LOOP-EXIT): as S7 (`while ! cd D`).
    devNodeCase(
        "S8 cd /etc; while ! cd /opt/app; do sleep 1; done-rt80d",
        devNodeScript(n("s8"), [SO, "mkdir -p /opt/app", "cd /etc", "while ! cd /opt/app; do sleep 1; done", PRELOAD]),
    ),
    // S9 sudo(8) --chdir into a directory the script made: tee writes /opt/app/status.
    devNodeCase(
        "S9 sudo --chdir=/opt/app tee ld.so.preload-rt80d",
        devNodeScript(n("s9"), [SO, "mkdir -p /opt/app", "echo /opt/x.so | sudo --chdir=/opt/app tee ld.so.preload"]),
    ),
    // S10 su(1) - (login shell) changes to root's home /root: /root/ld.so.preload is inert.
    // MISS (ROOT-HOME): secure refused (writes /root/ld.so.preload, "the node's own configuration or credentials, which the pack cannot judge"). The pack read su - correctly (login shell -> /root); nothing reads /root/ld.so.preload. Where: userDataReaders/rootWrites.ts NODE_CONFIG_PATHS covers all of /root (deliberate fail-closed). Fix: limit /root to dot files and names a tool reads from its working directory.
    // DECIDED (round 80): stays refused. /root holds what root's tools read from it (dot files, and any name a tool reads from its working directory when a root shell starts in /root: login shells, su -, sudo -i, cron's HOME), so a sound narrowing of NODE_CONFIG_PATHS needs a list of what is read there that the pack does not have; fail closed (write elsewhere, or to an absolute path).
    devNodeCase(
        "S10 cd /etc; su - root -c 'echo > ld.so.preload'-rt80d",
        devNodeScript(n("s10"), [SO, "cd /etc", "su - root -c 'echo /opt/x.so > ld.so.preload'"]),
        /./,
        MISS,
    ),
    // S11 cd || exit: the script ends if the cd fails (bash(1) exit).
    devNodeCase(
        "S11 cd /etc; cd /opt/app 2>/dev/null || exit 1; relative-rt80d",
        devNodeScript(n("s11"), [SO, "cd /etc", "cd /opt/app 2>/dev/null || exit 1", PRELOAD]),
    ),
    // S12 systemd.exec(5) RuntimeDirectoryMode=0755 (the default): /run/ops is root's own; the script writes run.sh there itself.
    devNodeCase(
        "S12 RuntimeDirectory=ops 0755; write and run /run/ops/run.sh-rt80d",
        devNodeScript(n("s12"), [
            ...systemdUnit("opsdir", [
                "ExecStart=/usr/bin/sleep infinity",
                "RuntimeDirectory=ops",
                "RuntimeDirectoryMode=0755",
            ]),
            ...OPS("/run/ops"),
            "bash /run/ops/run.sh",
        ]),
    ),
    // S13 find -execdir in a directory the script made: sh writes /opt/app/ld.so.preload.
    devNodeCase(
        "S13 find /opt/app -name marker -execdir sh -c 'echo > ld.so.preload'-rt80d",
        devNodeScript(n("s13"), [
            SO,
            "mkdir -p /opt/app",
            "touch /opt/app/marker",
            "find /opt/app -maxdepth 1 -name marker -execdir sh -c 'echo /opt/x.so > ld.so.preload' \\;",
        ]),
    ),
    // S14 systemd-run(1) -p WorkingDirectory= into a directory the script made.
    devNodeCase(
        "S14 systemd-run -p WorkingDirectory=/opt/app --pipe --wait tee ld.so.preload-rt80d",
        devNodeScript(n("s14"), [
            SO,
            "mkdir -p /opt/app",
            "echo /opt/x.so | systemd-run -p WorkingDirectory=/opt/app --pipe --wait tee ld.so.preload",
        ]),
    ),
    // S15 bash(1) if: the then-list runs only when f (its cd) succeeded: the write is in /opt/app.
    // Was a MISS (fixed in round 81): (COND-FUNCTION-OK) secure refused (writes /etc/ld.so.preload). The then-list runs only when f succeeded, i.e. when its last command, the cd, ran. Where: rootReads.ts elementOutcome: ok = after for a function element, and `after` already holds /etc (the body's failed cd with errexit off). Fix: an element whose last command is cd/pushd/popd succeeds only in that command's target.
    // Round 81: rootReads.ts cdCondition takes a call of a function of the script as the condition (bash(1) FUNCTIONS: the body runs in the current shell, its status its last command's): the then-list starts where the body left the shell, the else-list (or the way past fi) anywhere it started or went.
    devNodeCase(
        "S15 cd /etc; f(){ cd /opt/app; }; if f; then relative; fi-rt80d",
        devNodeScript(n("s15"), [
            SO,
            "mkdir -p /opt/app",
            "cd /etc",
            "f() { cd /opt/app; }",
            "if f; then",
            `    ${PRELOAD}`,
            "fi",
        ]),
    ),
    // Round 81 neighbours (COND-FUNCTION): bash(1) FUNCTIONS ("executed in the context of the current shell"; "the exit
    // status of a function is the exit status of the last command executed in the body"), bash(1) `if`: the then-list
    // runs only when the condition succeeded, the else-list only when it failed.
    devNodeCase(
        "S15b cd /etc; f(){ pushd /opt/app; }; if f; then relative; fi-fix81",
        devNodeScript(n("s15b"), [
            SO,
            "mkdir -p /opt/app",
            "cd /etc",
            "f() { pushd /opt/app; }",
            "if f; then",
            `    ${PRELOAD}`,
            "fi",
        ]),
    ),
    // S16 bash manual "Lists of Commands": `f &` runs f in a subshell: its cd /etc does not move the script.
    devNodeCase(
        "S16 cd /opt/app; f(){ cd /etc; }; f & wait; relative-rt80d",
        devNodeScript(n("s16"), [SO, "mkdir -p /opt/app", "cd /opt/app", "f() { cd /etc; }", "f &", "wait", PRELOAD]),
    ),
    // S17 chmod 1777 AFTER root wrote run.sh: sticky(7) keeps others from unlinking or renaming root's file; run at once.
    devNodeCase(
        "S17 chmod 0755 /opt/drop (explicit), o-w; bash /opt/drop/run.sh-rt80d",
        devNodeScript(n("s17"), [
            ...OPS("/opt/drop"),
            "chmod 0755 /opt/drop",
            "chmod -R o-w /opt/drop",
            "bash /opt/drop/run.sh",
        ]),
    ),
    // S18 core(5) pipe to the image's own systemd-coredump (root-owned /usr/lib/systemd): the AL2023 default.
    devNodeCase(
        "S18 core_pattern |/usr/lib/systemd/systemd-coredump-rt80d",
        devNodeScript(n("s18"), [
            "echo '|/usr/lib/systemd/systemd-coredump %P %u %g %s %t %c %h' > /proc/sys/kernel/core_pattern",
        ]),
    ),
    // S19 kernel modprobe helper set to the image's /sbin/modprobe (its default).
    devNodeCase(
        "S19 echo /sbin/modprobe > /proc/sys/kernel/modprobe-rt80d",
        devNodeScript(n("s19"), ["echo /sbin/modprobe > /proc/sys/kernel/modprobe"]),
    ),
    // S20 udev rule running the image's logger (root-owned /usr/bin).
    devNodeCase(
        "S20 udev rule RUN+=/usr/bin/logger-rt80d",
        devNodeScript(n("s20"), [
            'echo \'ACTION=="add", SUBSYSTEM=="block", RUN+="/usr/bin/logger block-added"\' > /etc/udev/rules.d/99-ops.rules',
            "udevadm control --reload",
        ]),
    ),
    // S21 /usr/local/lib64 (root-owned, the image's) added to the loader path.
    devNodeCase(
        "S21 echo /usr/local/lib64 > /etc/ld.so.conf.d/local.conf; ldconfig-rt80d",
        devNodeScript(n("s21"), ["echo /usr/local/lib64 > /etc/ld.so.conf.d/local.conf", "ldconfig"]),
    ),
    // S22 (was probed as insecure) cloud-init's default user on Amazon Linux, ec2-user (uid 1000), gets `sudo: ALL=(ALL) NOPASSWD:ALL` (cloud-init docs "Users and Groups", default_user; the pack's DEFAULT_ACCOUNTS.sudoers): a file in /home/ec2-user is root-equivalent's already, sourcing it gives nobody more.
    devNodeCase(
        "S22 source /home/ec2-user/.ops-env (a NOPASSWD sudoer's)-rt80d",
        devNodeScript(n("s22"), [". /home/ec2-user/.ops-env"]),
    ),
    // S23 as S22: ~ec2-user (bash(1) Tilde Expansion) is /home/ec2-user.
    devNodeCase("S23 . ~ec2-user/.ops-profile-rt80d", devNodeScript(n("s23"), [". ~ec2-user/.ops-profile"])),
    // S24 as S22: /run/user/1000 is uid 1000's runtime directory (pam_systemd(8)), ec2-user's on AL2023.
    devNodeCase(
        "S24 bash /run/user/1000/ops.sh (ec2-user's)-rt80d",
        devNodeScript(n("s24"), ["bash /run/user/1000/ops.sh"]),
    ),
    // S25 core(5) pipe to a helper root wrote itself in root-owned /usr/local/bin (known text).
    devNodeCase(
        "S25 core_pattern |/usr/local/bin/core.sh (written by the script)-rt80d",
        devNodeScript(n("s25"), [
            "printf '#!/bin/sh\\ncat > /dev/null\\n' > /usr/local/bin/core.sh",
            "chmod 0755 /usr/local/bin/core.sh",
            "sysctl -w kernel.core_pattern='|/usr/local/bin/core.sh %p'",
        ]),
    ),
    // T1 sticky(7): mkdir -m 1777 keeps others from renaming or removing root's run.sh; root wrote it and runs it.
    devNodeCase(
        "T1 mkdir -m 1777 /opt/drop; write run.sh; bash it-sticky-fix80",
        devNodeScript(n("t1s"), ["mkdir -p -m 1777 /opt/drop", ...OPS("/opt/drop"), "bash /opt/drop/run.sh"]),
    ),
    // T2 chmod(1) a=rwx,+t is 1777 (sticky): root's own file stays root's.
    devNodeCase(
        "T2 write run.sh; chmod a=rwx,+t /opt/drop; bash it-sticky-fix80",
        devNodeScript(n("t2s"), [...OPS("/opt/drop"), "chmod a=rwx,+t /opt/drop", "bash /opt/drop/run.sh"]),
    ),
    // T3 systemd.exec(5) StateDirectory= without a mode or User=: 0755, root's (the default); root's own file in it.
    devNodeCase(
        "T3 StateDirectory=ops (0755, root); write run.sh; bash it-sticky-fix80",
        devNodeScript(n("t3s"), [
            ...systemdUnit("opsstate", ["ExecStart=/usr/bin/sleep infinity", "StateDirectory=ops"]),
            ...OPS("/var/lib/ops"),
            "bash /var/lib/ops/run.sh",
        ]),
    ),
    // T4 fstab tmpfs mode=0755 (tmpfs(5)): only root may write it; root's own run.sh.
    devNodeCase(
        "T4 fstab tmpfs mode=0755; write run.sh; bash it-sticky-fix80",
        devNodeScript(n("t4s"), [
            "mkdir -p /opt/scratch",
            "echo 'tmpfs /opt/scratch tmpfs mode=0755 0 0' >> /etc/fstab",
            "mount -a",
            ...OPS("/opt/scratch"),
            "bash /opt/scratch/run.sh",
        ]),
    ),
    // T5 systemctl(1) link of a unit file root wrote in root-owned /opt/units (its text judged as a unit's).
    devNodeCase(
        "T5 systemctl link /opt/units/ops.service (written)-sticky-fix80",
        devNodeScript(n("t5s"), [
            "mkdir -p /opt/units",
            "printf '[Service]\\nExecStart=/usr/bin/systemctl restart chronyd\\n' > /opt/units/ops.service",
            "systemctl link /opt/units/ops.service",
        ]),
    ),
    // T6 at(1) -f of a job root wrote in root-owned /opt/jobs.
    devNodeCase(
        "T6 at -f /opt/jobs/run.sh (written) now-sticky-fix80",
        devNodeScript(n("t6s"), [...OPS("/opt/jobs"), "at -f /opt/jobs/run.sh now"]),
    ),
    // T7 with set -e (devNodeScript) a failed cp ends the script: /tmp/ops.sh ran only if root's copy landed.
    devNodeCase(
        "T7 set -e: cp /opt/ops.sh /tmp/ops.sh; bash /tmp/ops.sh-sticky-fix80",
        devNodeScript(n("t7s"), [
            "printf '#!/bin/sh\\nsystemctl restart chronyd\\n' > /opt/ops.sh",
            "cp /opt/ops.sh /tmp/ops.sh",
            "bash /tmp/ops.sh",
        ]),
    ),
    // Round 80 neighbours (KERNEL-HELPERS): an empty helper runs nothing (sysctl/kernel.rst hotplug: empty by default).
    devNodeCase(
        "KS1 echo > /sys/kernel/uevent_helper (disabled)-kernel-fix80",
        devNodeScript(n("ks1"), ["echo > /sys/kernel/uevent_helper"]),
    ),
    // KS2 the image's own helper set by sysctl -w (root-owned /usr/sbin).
    devNodeCase(
        "KS2 sysctl -w kernel.modprobe=/usr/sbin/modprobe-kernel-fix80",
        devNodeScript(n("ks2"), ["sysctl -w kernel.modprobe=/usr/sbin/modprobe"]),
    ),
    // Round 80 neighbours (LOOP-EXIT): bash(1) until/while: the loop ends only on its condition's exit status.
    // KS3 `until pushd D` (bash(1) pushd changes directory like cd, and fails when it cannot).
    devNodeCase(
        "KS3 cd /etc; until pushd /opt/app; do sleep 1; done; relative-kernel-fix80",
        devNodeScript(n("ks3"), [
            SO,
            "mkdir -p /opt/app",
            "cd /etc",
            "until pushd /opt/app; do sleep 1; done",
            PRELOAD,
        ]),
    ),
    // KS4 `while ! cd D 2>/dev/null; do mkdir -p D; done`: ends only once the cd succeeded.
    devNodeCase(
        "KS4 cd /etc; while ! cd /opt/app 2>/dev/null; do mkdir -p /opt/app; done-kernel-fix80",
        devNodeScript(n("ks4"), [
            SO,
            "cd /etc",
            "while ! cd /opt/app 2>/dev/null; do mkdir -p /opt/app; done",
            PRELOAD,
        ]),
    ),
];

describeNodeCases("red team round 80: node", insecure, secure);
