// Red-team round 87 on EKS NODE user data (AL2023 root shell; namedPrograms.ts, rootReads.ts, shell.ts, formats.ts):
// the neighbours of the round-86 part-2 node fixes first, then classes not yet tried. Probed: program-valued options
// (tar --rsh-command/--rmt-command, git -c core.fsmonitor/core.hooksPath/diff.external, git config --global
// core.sshCommand); launchers and interpreter choosers (sudo -s with SHELL, runuser -s, script with SHELL, ionice,
// stdbuf, systemd-cat, coproc, trap EXIT, BASH_ENV, bash --rcfile, pushd, aliases); expansion (declare -n, ${V:o:l},
// ${V%s}, nested ${A:-${B:-W}}, mapfile/read from a planted file, for-loops over globs, globstar); roots and mounts
// (unshare -R, squashfs image without -o loop, losetup + mount, mount -T alternative fstab, systemd-mount, mount -R);
// planting by other copiers (cp -t, sort -o, tar pipe, curl file://, local git clone, sed r, systemctl link,
// systemctl set-environment LD_PRELOAD, ldconfig DIR, modprobe -d); unverified transports (schemeless curl, wgetrc
// check_certificate, .curlrc insecure, rsync://, git://, URL-scoped and persisted http.sslVerify, aws --endpoint-url
// http://, wget --check-certificate=off); image-pull trust (registries.conf insecure, skopeo --src-cert-dir, ctr
// --tlscacert, nerdctl --hosts-dir); package trust (rpm --import of a planted key, dnf -c, reposdir, config-manager
// --add-repo http://, macros.* %_pkgverify_level); kubelet flags naming root paths (--root-dir, --cert-dir,
// --pod-manifest-path, --config-dir, --image-credential-provider-bin-dir).
// Misses (19 insecure accepted, 1 secure refused):
// - PERSISTED-CLIENT-CONFIG (3: A6 git config --global core.sshCommand, F2 /etc/wgetrc check_certificate = off, F9 wget
//   --check-certificate=off).
// - SHELL-EXPANSION (3: C4 nested ${A:-${B:-/tmp/x}}, C5 mapfile < /tmp/mods, C8 read < /tmp/mods).
// - MOUNT-READINGS (3: D3 losetup + mount /dev/loopN, D4 mount -T /tmp/fstab -a, D5 systemd-mount --options=bind).
//   Fixed in round 88 (losetup, alternativeFstab, mountWords; neighbours D3-D5 -fix88), as was the secure A6-fix87 (git
//   config NAME VALUE read as a setting, not files: RootReads.unknownEditor; neighbours A6-A6c -fix88).
// - COPIERS (4: E2 sort -o, E3 tar -cf - | tar -xf -, E4 curl file://, E6 sed r FILE).
// - UNVERIFIED-TRANSPORT (2: F1 schemeless curl URL, F4 rsync://).
// - IMAGE-PULL-TRUST (4: G1 registries.conf insecure = true, G2 skopeo --src-cert-dir, G3 ctr --tlscacert, G4 nerdctl
//   --hosts-dir).
// - TAR-REMOTE-ARCHIVE (secure refused, 1: S1 tar -f host:file read as the node's /srv/b.tar).
// Held: 46 of 65 insecure refused (A1-A5, B1-B12, C1-C3, C6, C7, D1, D2, D6, E1, E5, E7-E10, F3, F5-F8, H1-H5,
// K1-K5); 19 of 20 secure clean (S2-S20).
import {
    al2023Nodes,
    describeNodeCases,
    devNodeCase,
    devNodeScript,
    heredocFile,
    mime,
    NodeCase,
    nodeConfig,
} from "./nodeBuilders";
import { Resources } from "./support";

const n = (id: string) => `dev-${id}-87n-nodes`;
/** A known miss: skipped unless REDTEAM_ALL=1. */
const MISS = true;

/** A dev node group whose NodeConfig passes kubelet `flags` (nodeadm spec.kubelet.flags). */
const kubeletFlags = (name: string, flags: string[]) => (r: Resources) =>
    al2023Nodes(
        r,
        name,
        mime([
            {
                type: "application/node.eks.aws",
                body: nodeConfig(["  kubelet:", "    flags:", ...flags.map(f => `      - ${f}`)]),
            },
        ]),
    );

const insecure: NodeCase[] = [
    // --- options whose value is a program / command line (neighbours of the round-86 tar/rsync/git fixes) ---
    // A1 GNU tar manual "Device Selection": an archive named host:file makes tar "invoke the command rsh ... to start
    // up an rmt"; --rsh-command=CMD replaces rsh with CMD (tar --show-defaults lists --rsh-command): root runs /tmp/rsh.
    devNodeCase(
        "A1 tar --rsh-command=/tmp/rsh -xf ops@backup:/srv/b.tar-rt87n",
        devNodeScript(n("a1"), ["tar --rsh-command=/tmp/rsh -xf ops@backup:/srv/b.tar -C /opt/ops"]),
    ),
    // A2 GNU tar "--rmt-command=COMMAND": the rmt program tar starts for a remote archive (it runs /var/tmp/rmt).
    devNodeCase(
        "A2 tar --rmt-command=/var/tmp/rmt -xf backup:/dev/st0-rt87n",
        devNodeScript(n("a2"), ["tar --rmt-command=/var/tmp/rmt -xf backup:/dev/st0 -C /opt/ops"]),
    ),
    // A3 git-config(1) core.fsmonitor: "the pathname of the fsmonitor hook command" git runs on status/diff.
    devNodeCase(
        "A3 git -c core.fsmonitor=/tmp/fsm -C /opt/ops status-rt87n",
        devNodeScript(n("a3"), ["git -c core.fsmonitor=/tmp/fsm -C /opt/ops status"]),
    ),
    // A4 githooks(5): "the hooks directory ... can be changed via the core.hooksPath configuration variable"; a pull
    // runs post-merge from /dev/shm/hooks as root.
    devNodeCase(
        "A4 git -c core.hooksPath=/dev/shm/hooks -C /opt/ops pull-rt87n",
        devNodeScript(n("a4"), ["git -c core.hooksPath=/dev/shm/hooks -C /opt/ops pull"]),
    ),
    // A5 git-config(1) diff.external: "If this config variable is set, diff generation is not performed using the
    // internal diff machinery, but using the given command".
    devNodeCase(
        "A5 git -c diff.external=/var/tmp/d -C /opt/ops diff HEAD~1-rt87n",
        devNodeScript(n("a5"), ["git -c diff.external=/var/tmp/d -C /opt/ops diff HEAD~1 > /var/log/ops.diff"]),
    ),
    // A6 the persisted spelling: `git config --global core.sshCommand` (root's ~/.gitconfig) then a pull: the same
    // command as the round-86-fixed `-c core.sshCommand`, set one line earlier.
    // Was a MISS (fixed in round 87): PERSISTED-CLIENT-CONFIG: insecure accepted (got []). git-config(1): `git config --global` writes root's ~/.gitconfig, read by every later git, so core.sshCommand=/tmp/ssh is the round-86 `-c core.sshCommand` one line earlier. Where: policy-pack/engine/rootReads.ts gitConfigTlsOff reads only http.sslVerify from `git config --global|--system`; the round-86 re-judgment of program-valued keys (git's -c values) never sees a persisted setting. Fix (general): a `git config [--global|--system] KEY VALUE` is the same setting as `-c KEY=VALUE` for every later git command: one table of git keys (sshCommand, fsmonitor, hooksPath, diff.external, sslVerify, sslCAInfo, ...) read for both spellings.
    devNodeCase(
        "A6 git config --global core.sshCommand /tmp/ssh; git pull-rt87n",
        devNodeScript(n("a6"), ["git config --global core.sshCommand /tmp/ssh", "git -C /opt/ops pull"]),
        /./,
    ),
    // --- launchers and interpreter-choosing variables (neighbours of su -s / script -c) ---
    // B1 sudo(8) "-s, --shell: Run the shell specified by the SHELL environment variable": /tmp/sh runs the command.
    devNodeCase("B1 SHELL=/tmp/sh sudo -s -- true-rt87n", devNodeScript(n("b1"), ["SHELL=/tmp/sh sudo -s -- true"])),
    // B2 runuser(1) "-s, --shell=shell: Run the specified shell instead of the default" (su -s's twin, fixed in 86).
    devNodeCase(
        "B2 runuser -s /var/tmp/sh root -c true-rt87n",
        devNodeScript(n("b2"), ["runuser -s /var/tmp/sh root -c true"]),
    ),
    // B3 script(1) -c: "Run the command rather than an interactive shell" - via $SHELL (script uses SHELL, default sh).
    devNodeCase(
        "B3 SHELL=/dev/shm/sh script -qc true /dev/null-rt87n",
        devNodeScript(n("b3"), ["SHELL=/dev/shm/sh script -qc true /dev/null"]),
    ),
    // B4 util-linux ionice(1) "ionice [-c class] command [argument...]": runs the command.
    devNodeCase("B4 ionice -c3 /tmp/x-rt87n", devNodeScript(n("b4"), ["ionice -c3 /tmp/x"])),
    // B5 coreutils stdbuf(1) "stdbuf OPTION... COMMAND": runs COMMAND with modified buffering.
    devNodeCase("B5 stdbuf -oL /var/tmp/x-rt87n", devNodeScript(n("b5"), ["stdbuf -oL /var/tmp/x"])),
    // B6 systemd-cat(1) "systemd-cat [OPTIONS...] [COMMAND] [ARGUMENTS...]": executes the process with its output
    // connected to the journal.
    devNodeCase("B6 systemd-cat -t ops /dev/shm/x-rt87n", devNodeScript(n("b6"), ["systemd-cat -t ops /dev/shm/x"])),
    // B7 bash(1) coproc: "A coprocess is a shell command preceded by the coproc reserved word ... executed
    // asynchronously in a subshell".
    devNodeCase("B7 coproc /tmp/x-rt87n", devNodeScript(n("b7"), ["coproc /tmp/x", 'wait "$COPROC_PID"'])),
    // B8 bash(1) trap: "The command arg is to be read and executed when the shell receives signal(s)"; EXIT runs it.
    devNodeCase("B8 trap '/var/tmp/x' EXIT-rt87n", devNodeScript(n("b8"), ["trap '/var/tmp/x' EXIT"])),
    // B9 bash(1) INVOCATION: "When bash is started non-interactively ... it looks for the variable BASH_ENV ... and uses
    // the expanded value as the name of a file to read and execute".
    devNodeCase(
        "B9 BASH_ENV=/tmp/env.sh bash -c true-rt87n",
        devNodeScript(n("b9"), ["BASH_ENV=/tmp/env.sh bash -c true"]),
    ),
    // B10 bash(1) "--rcfile file: Execute commands from file instead of the standard personal initialization file"
    // (interactive shell, -i).
    devNodeCase(
        "B10 bash --rcfile /dev/shm/rc -ic true-rt87n",
        devNodeScript(n("b10"), ["bash --rcfile /dev/shm/rc -ic true"]),
    ),
    // B11 bash(1) "pushd dir: Adds a directory to the top of the directory stack ... making it the new current working
    // directory": ./x is /tmp/x (neighbour of the round-86 env -C fix).
    devNodeCase("B11 pushd /tmp; ./x; popd-rt87n", devNodeScript(n("b11"), ["pushd /tmp", "./x", "popd"])),
    // B12 bash(1) ALIASES with expand_aliases: the alias word becomes /tmp/x.
    devNodeCase(
        "B12 shopt -s expand_aliases; alias ops=/tmp/x; ops-rt87n",
        devNodeScript(n("b12"), ["shopt -s expand_aliases", "alias ops=/tmp/x", "ops"]),
    ),
    // --- expansion (neighbours of ${V:-W}, ${!R}) ---
    // C1 bash(1) declare -n: "a nameref ... all references ... are performed on the variable specified by the
    // nameref's value".
    devNodeCase(
        'C1 declare -n R=V; V=/tmp/x; "$R"-rt87n',
        devNodeScript(n("c1"), ["declare -n R=V", "V=/tmp/x", '"$R"']),
    ),
    // C2 bash(1) "${parameter:offset:length}" substring expansion: /tmp/xyz:0:6 is /tmp/x.
    devNodeCase('C2 V=/tmp/xyz; "${V:0:6}"-rt87n', devNodeScript(n("c2"), ["V=/tmp/xyz", '"${V:0:6}"'])),
    // C3 bash(1) "${parameter%word} Remove matching suffix pattern".
    devNodeCase(
        'C3 V=/var/tmp/x.disabled; "${V%.disabled}"-rt87n',
        devNodeScript(n("c3"), ["V=/var/tmp/x.disabled", '"${V%.disabled}"']),
    ),
    // C4 nested default: ${A:-${B:-/tmp/x}} (bash(1): word is subject to expansion).
    // Was a MISS (fixed in round 87): SHELL-EXPANSION: insecure accepted (got []). bash(1) Parameter Expansion: in ${parameter:-word} "word is subject to tilde expansion, parameter expansion, command substitution, and arithmetic expansion", so the inner default /tmp/x is the command. Where: policy-pack/engine/shell.ts the round-86 second reading of ${V:-W} takes W as a literal and does not read a W that is itself a default expansion. Fix (general): read defaults recursively (every alternative value of a nested ${A:-${B:-W}} / ${A-${B=W}}) as the set of words the command may be.
    devNodeCase('C4 "${A:-${B:-/tmp/x}}"-rt87n', devNodeScript(n("c4"), ['"${A:-${B:-/tmp/x}}"'])),
    // C5 bash(1) mapfile/readarray "Read lines from the standard input into the indexed array": items from /tmp/list.
    // Was a MISS (fixed in round 87): SHELL-EXPANSION: insecure accepted (got []). bash(1) mapfile "Read lines from the standard input into the indexed array variable": the module path is a line of /tmp/mods, a world-writable file the script never wrote. Where: policy-pack/engine/rootReads.ts RootReads.readInput (~line 13086, called at ~12395): a stream from a file the script did not write gives values that are neither planted nor unknown for later commands (insmod "${M[0]}" passes). Fix (general): read/mapfile/readarray values take their stream's provenance: a planted file's lines are planted words (refused as a program/module/source), an unreadable stream's are unknown (fail closed).
    // Fixed (round 87): readInput gives /tmp/mods's lines as an unknown value (SUBSTITUTED); a loaded operand holding
    // a part the pack cannot know that may hold a slash (rootReads.ts unboundedWord) is now refused as a program made
    // at boot (fail closed), as a script or sourced file chosen so already was.
    devNodeCase(
        'C5 mapfile -t M < /tmp/mods; insmod "${M[0]}"-rt87n',
        devNodeScript(n("c5"), ["mapfile -t M < /tmp/mods", 'insmod "${M[0]}"']),
    ),
    // C6 a for-loop variable over a glob of a writable directory (bash(1) Pathname Expansion; round-86 globs).
    devNodeCase(
        'C6 for f in /var/tmp/hooks/*; do "$f"; done-rt87n',
        devNodeScript(n("c6"), ['for f in /var/tmp/hooks/*; do "$f"; done']),
    ),
    // C7 bash(1) globstar "**": matches all files and zero or more directories: sources /tmp/**/ops.sh.
    devNodeCase(
        "C7 shopt -s globstar; source /tmp/**/ops.sh-rt87n",
        devNodeScript(n("c7"), ["shopt -s globstar", "source /tmp/**/ops.sh"]),
    ),
    // C8 bash(1) read: "One line is read from the standard input": the module path is /tmp/mods's first line.
    // Was a MISS (fixed in round 87): SHELL-EXPANSION (same class as C5): insecure accepted (got []). bash(1) read "One line is read from the standard input": M is /tmp/mods's first line. Where: rootReads.ts RootReads.readInput, as C5. Fix (general): as C5.
    // Fixed (round 87): readInput gives /tmp/mods's lines as an unknown value (SUBSTITUTED); a loaded operand holding
    // a part the pack cannot know that may hold a slash (rootReads.ts unboundedWord) is now refused as a program made
    // at boot (fail closed), as a script or sourced file chosen so already was.
    devNodeCase(
        'C8 read -r M < /tmp/mods; insmod "$M"-rt87n',
        devNodeScript(n("c8"), ["read -r M < /tmp/mods", 'insmod "$M"']),
    ),
    // --- roots and mounts (neighbours of the round-86 mount reading) ---
    // D1 util-linux unshare(1) "-R, --root=dir" short spelling of the round-86 --root case.
    devNodeCase(
        "D1 unshare -R /tmp/r /bin/sh -c true-rt87n",
        devNodeScript(n("d1"), ["unshare -R /tmp/r /bin/sh -c true"]),
    ),
    // D2 mount(8): a regular file as the source is mounted through a loop device without -o loop ("mount can deduce
    // -o loop"); /usr/local/bin then shows the planted image.
    devNodeCase(
        "D2 mount -t squashfs /tmp/bin.sqfs /usr/local/bin; run-rt87n",
        devNodeScript(n("d2"), ["mount -t squashfs /tmp/bin.sqfs /usr/local/bin", "/usr/local/bin/ops-agent"]),
    ),
    // D3 losetup(8) then mount of the loop device: two steps of the same loop mount.
    // Was a MISS (fixed in round 88): MOUNT-READINGS: insecure accepted (got []). losetup(8) "losetup loopdev file: Set up a loop device": /dev/loop7 then IS /var/tmp/bin.img, so the mount shows the planted image at /usr/local/bin. Where: policy-pack/engine/rootReads.ts RootReads.mount/mountShowsPlanted read a device source as showing nothing planted; losetup was read by no table. Fixed (general): rootReads.ts loopAttachment/RootReads.losetup record losetup's device-to-file association (and `losetup -f`'s, for any loop device or unreadable source: RootReads.loopBacking), so a mount of a loop device is a loop mount of its backing file (mountShowsPlanted); losetup's words are read, never written (mountingReadWords).
    devNodeCase(
        "D3 losetup /dev/loop7 /var/tmp/bin.img; mount /dev/loop7 /usr/local/bin-rt87n",
        devNodeScript(n("d3"), [
            "losetup /dev/loop7 /var/tmp/bin.img",
            "mount /dev/loop7 /usr/local/bin",
            "/usr/local/bin/ops-agent",
        ]),
        /bin\.img/,
    ),
    // D4 mount(8) "-T, --fstab path: Specifies an alternative fstab file" with -a: root mounts what /tmp/fstab lists.
    // Was a MISS (fixed in round 88): MOUNT-READINGS: insecure accepted (got []). mount(8) "-T, --fstab path: Specifies an alternative fstab file"; with -a root mounts whatever /tmp/fstab lists (binds over programs, planted images). Where: policy-pack/engine/rootReads.ts RootReads.mount refused -T's file only when RootReads.writable (the pod-writable directories) held it, never when planted() does (/tmp, /var/tmp, /dev/shm); and the written-operand filter took -T's value as a file mount writes. Fixed (general): rootReads.ts RootReads.alternativeFstab: the -T/--fstab file is root-read configuration judged with planted() (unknown content fails closed), a known one's lines read as /etc/fstab's (RootReads.fstab); mountReadWords reads every word but the target.
    devNodeCase("D4 mount -T /tmp/fstab -a-rt87n", devNodeScript(n("d4"), ["mount -T /tmp/fstab -a"]), /\/tmp\/fstab/),
    // D5 systemd-mount(1) "--options=" bind: What /dev/shm/bin at /usr/local/bin.
    // Was a MISS (fixed in round 88): MOUNT-READINGS: insecure accepted (got []). systemd-mount(1) "systemd-mount [OPTIONS...] WHAT [WHERE]", --options= as mount's -o: a bind of /dev/shm/bin at /usr/local/bin. Where: policy-pack/engine/rootReads.ts RootReads.overwrites applied mountBindSource/mountReadWords only when name === "mount", so systemd-mount's WHAT was taken as an operand root writes (its planted provenance lost). Fixed (general): rootReads.ts mountWords/MOUNTERS: one reading of every mounting program (mount, mount.TYPE helpers, systemd-mount with -o/--options=, -t/--type=, --tmpfs) as mount(8) words, shared by the written-operand filter (mountingReadWords) and RootReads.mount.
    devNodeCase(
        "D5 systemd-mount --options=bind /dev/shm/bin /usr/local/bin-rt87n",
        devNodeScript(n("d5"), [
            "systemd-mount --options=bind /dev/shm/bin /usr/local/bin",
            "/usr/local/bin/ops-agent",
        ]),
        /\/dev\/shm\/bin/,
    ),
    // D3-fix88 losetup(8) "--show: Display the name of the assigned loop device if the -f option and a file argument
    // are present": the captured device is the planted image's; -P's partitions ("-P, --partscan") are parts of it.
    devNodeCase(
        'D3 DEV=$(losetup -f --show /var/tmp/bin.img); mount "$DEV" /usr/local/bin-fix88',
        devNodeScript(n("d3-fix88"), [
            "DEV=$(losetup -f --show /var/tmp/bin.img)",
            'mount "$DEV" /usr/local/bin',
            "/usr/local/bin/ops-agent",
        ]),
        /bin\.img/,
    ),
    devNodeCase(
        "D3b losetup -P /dev/loop3 /dev/shm/root.img; mount -o ro /dev/loop3p1 /usr/local/sbin-fix88",
        devNodeScript(n("d3b-fix88"), [
            "losetup -P /dev/loop3 /dev/shm/root.img",
            "mount -o ro /dev/loop3p1 /usr/local/sbin",
            "/usr/local/sbin/ops-setup",
        ]),
        /root\.img/,
    ),
    // D4-fix88 mount(8) --fstab=PATH (the long spelling) with a mount point looked up in it (/var/tmp, hier(7)); and a
    // known fstab the script wrote that binds /var/tmp over a program directory (fstab(5) "bind").
    devNodeCase(
        "D4 mount --fstab=/var/tmp/ops.fstab /usr/local/bin-fix88",
        devNodeScript(n("d4-fix88"), ["mount --fstab=/var/tmp/ops.fstab /usr/local/bin"]),
        /ops\.fstab/,
    ),
    devNodeCase(
        "D4b /etc/ops/fstab binds /var/tmp/bin at /usr/local/bin; mount -T /etc/ops/fstab -a-fix88",
        devNodeScript(n("d4b-fix88"), [
            "mkdir -p /etc/ops",
            ...heredocFile("/etc/ops/fstab", ["/var/tmp/bin /usr/local/bin none bind 0 0"]),
            "mount -T /etc/ops/fstab -a",
            "/usr/local/bin/ops-agent",
        ]),
        /\/var\/tmp\/bin/,
    ),
    // D5-fix88 systemd-mount(1) "-t, --type=" an image (mount(8): a regular file is loop-mounted) and the short -o.
    devNodeCase(
        "D5 systemd-mount --type=squashfs /tmp/bin.sqfs /usr/local/bin-fix88",
        devNodeScript(n("d5-fix88"), [
            "systemd-mount --type=squashfs /tmp/bin.sqfs /usr/local/bin",
            "/usr/local/bin/ops-agent",
        ]),
        /bin\.sqfs/,
    ),
    devNodeCase(
        "D5b systemd-mount -o bind,ro /tmp/sbin /usr/local/sbin-fix88",
        devNodeScript(n("d5b-fix88"), [
            "systemd-mount -o bind,ro /tmp/sbin /usr/local/sbin",
            "/usr/local/sbin/ops-setup",
        ]),
        /\/tmp\/sbin/,
    ),
    // D6 mount(8) "-R, --rbind" short option over a program directory.
    devNodeCase(
        "D6 mount -R /tmp/sbin /usr/local/sbin; run-rt87n",
        devNodeScript(n("d6"), ["mount -R /tmp/sbin /usr/local/sbin", "/usr/local/sbin/ops-setup"]),
    ),
    // --- planting a file a root reader later reads (other copiers) ---
    // E1 coreutils cp "-t, --target-directory=DIRECTORY: copy all SOURCE arguments into DIRECTORY".
    devNodeCase(
        "E1 cp -t /usr/local/bin /tmp/ops-agent; ops-agent-rt87n",
        devNodeScript(n("e1"), ["cp -t /usr/local/bin /tmp/ops-agent", "/usr/local/bin/ops-agent"]),
    ),
    // E2 coreutils sort "-o, --output=FILE: write result to FILE": /tmp's lines become root's profile script.
    // Was a MISS (fixed in round 87): COPIERS: insecure accepted (got []). coreutils sort "-o, --output=FILE: write result to FILE instead of standard output": /tmp/env's lines become a profile script root sources. Where: policy-pack/engine/rootReads.ts COPIERS (~line 359) has no sort -o (nor uniq IN OUT); sort's output file is not given its input's provenance. Fix (general): a table of filters whose output-file option/operand writes their input (sort -o, uniq IN OUT, ...) so the output takes the input files' provenance.
    devNodeCase(
        "E2 sort -o /etc/profile.d/ops.sh /tmp/env-rt87n",
        devNodeScript(n("e2"), ["sort -o /etc/profile.d/ops.sh /tmp/env", "source /etc/profile.d/ops.sh"]),
    ),
    // E3 tar pipe copy: tar -C /tmp -cf - x | tar -C /usr/local/bin -xf - (the archive on stdin is /tmp's file).
    // Was a MISS (fixed in round 87): COPIERS: insecure accepted (got []). GNU tar: `-cf -` writes the archive to standard output and `-xf -` extracts it from standard input: /tmp/agent becomes /usr/local/bin/agent. Where: policy-pack/engine/rootReads.ts the archive-from-stdin reading (round 84) takes a pipe's provenance from cat-like producers only; tar -c of planted files is not read as a producer of planted content. Fix (general): an archiver writing to stdout (tar -c, cpio -o, zip -) produces its input files' provenance, so the extracting end writes planted files.
    devNodeCase(
        "E3 tar -C /tmp -cf - agent | tar -C /usr/local/bin -xf -; agent-rt87n",
        devNodeScript(n("e3"), ["tar -C /tmp -cf - agent | tar -C /usr/local/bin -xf -", "/usr/local/bin/agent"]),
    ),
    // E4 curl file:// URL (curl(1) supports FILE): a local copy of a planted file.
    // Was a MISS (fixed in round 87): COPIERS: insecure accepted (got []). curl(1) supports FILE (file:// URLs read local files): the output is /tmp/agent's bytes. Where: policy-pack/engine/rootReads.ts curl's outputs are judged as downloads (DOWNLOAD_URL/unverifiedFetchSwitches; https is the operator's): a file:// source is neither a download nor a copy, so its provenance is lost. Fix (general): a fetcher's file:// (or local-path) source is a copy: the output takes the local file's provenance (planted under /tmp).
    devNodeCase(
        "E4 curl -o /usr/local/bin/agent file:///tmp/agent; agent-rt87n",
        devNodeScript(n("e4"), [
            "curl -s -o /usr/local/bin/agent file:///tmp/agent",
            "chmod 0755 /usr/local/bin/agent",
            "/usr/local/bin/agent",
        ]),
    ),
    // E5 git clone of a local planted repository, then its script (git-clone(1): a local path is a repository).
    devNodeCase(
        "E5 git clone /tmp/ops.git /opt/ops; install.sh-rt87n",
        devNodeScript(n("e5"), ["git clone /tmp/ops.git /opt/ops", "/opt/ops/install.sh"]),
    ),
    // E6 sed(1) "r filename: Queue the contents of filename to be read and inserted into the output stream".
    // Was a MISS (fixed in round 87): COPIERS: insecure accepted (got []). GNU sed "r filename: Queue the contents of filename to be read and inserted into the output stream": /tmp/extra's lines enter the profile script root sources. Where: policy-pack/engine/rootReads.ts sedScript (~line 780) reads e and s///e commands but not r/R FILE as content read into the edited file. Fix (general): an in-place editor's commands that read files (sed r/R, ed/ex r, awk getline < FILE) give the edited file the read file's provenance.
    devNodeCase(
        "E6 sed -i '$r /tmp/extra' /etc/profile.d/ops.sh-rt87n",
        devNodeScript(n("e6"), [
            ...heredocFile("/etc/profile.d/ops.sh", ["export OPS=1"]),
            "sed -i '$r /tmp/extra' /etc/profile.d/ops.sh",
            "source /etc/profile.d/ops.sh",
        ]),
    ),
    // E7 systemctl(1) "link PATH...: Link a unit file that is not in the unit file search paths into the unit file
    // search path": /tmp/x.service runs as root.
    devNodeCase(
        "E7 systemctl link /tmp/ops.service; start ops-rt87n",
        devNodeScript(n("e7"), ["systemctl link /tmp/ops.service", "systemctl start ops.service"]),
    ),
    // E8 systemctl(1) "set-environment VARIABLE=VALUE: Set one or more systemd manager environment variables" - passed
    // to every unit started afterwards (LD_PRELOAD of a /tmp library in root daemons).
    devNodeCase(
        "E8 systemctl set-environment LD_PRELOAD=/tmp/x.so-rt87n",
        devNodeScript(n("e8"), ["systemctl set-environment LD_PRELOAD=/tmp/x.so", "systemctl restart containerd"]),
    ),
    // E9 ldconfig(8): "ldconfig creates the necessary links and cache to the most recent shared libraries found in the
    // directories specified on the command line": /tmp/lib libraries enter the cache every root program uses.
    devNodeCase("E9 ldconfig /tmp/lib-rt87n", devNodeScript(n("e9"), ["ldconfig /tmp/lib"])),
    // E10 modprobe(8) "-d, --dirname: Root directory for modules, / by default": modules from /tmp/root/lib/modules.
    devNodeCase("E10 modprobe -d /tmp/root ops-rt87n", devNodeScript(n("e10"), ["modprobe -d /tmp/root ops"])),
    // C4-fix87 bash(1) "${parameter-word}" / "${parameter=word}" (unset-only forms, nested): the inner default is
    // still the word bash runs when neither is set (nestedDefaults).
    devNodeCase('C4-fix87 "${A-${B=/var/tmp/x}}"-fix87', devNodeScript(n("c4f"), ['"${A-${B=/var/tmp/x}}"'])),
    // E2-fix87 coreutils uniq "uniq [option]... [input [output]]": the second operand is written with /tmp's lines.
    devNodeCase(
        "E2-fix87 uniq /tmp/env /etc/profile.d/ops.sh; source-fix87",
        devNodeScript(n("e2f"), ["uniq /tmp/env /etc/profile.d/ops.sh", "source /etc/profile.d/ops.sh"]),
    ),
    // E3-fix87 GNU tar "-f -" reads the archive from standard input: cat of a planted archive piped to tar -x.
    devNodeCase(
        "E3-fix87 cat /var/tmp/a.tar | tar -C /usr/local/bin -xf -; agent-fix87",
        devNodeScript(n("e3f"), ["cat /var/tmp/a.tar | tar -C /usr/local/bin -xf -", "/usr/local/bin/agent"]),
    ),
    // E4-fix87 curl's FILE protocol takes file://localhost/PATH as the local PATH (curl test 1145: file:///,
    // file://localhost/ and file://127.0.0.1/ are local).
    devNodeCase(
        "E4-fix87 curl -o /usr/local/bin/agent file://localhost/dev/shm/agent; run-fix87",
        devNodeScript(n("e4f"), [
            "curl -o /usr/local/bin/agent file://localhost/dev/shm/agent",
            "chmod 0755 /usr/local/bin/agent",
            "/usr/local/bin/agent",
        ]),
    ),
    // S1-fix87 GNU tar --force-local: "Archive file is local even if it has a colon": /srv/ops:b.tar is the node's
    // file in /srv, a directory pods write.
    devNodeCase(
        "S1-fix87 tar --force-local -xf /srv/ops:b.tar -C /var/lib/ops-fix87",
        devNodeScript(n("s1f"), ["mkdir -p /var/lib/ops", "tar --force-local -xf /srv/ops:b.tar -C /var/lib/ops"]),
    ),
    // --- unverified transports and fetchers (neighbours of the round-86 download fix) ---
    // F1 curl(1) --url: "If you specify a URL without protocol:// prefix, curl attempts to guess what protocol you
    // want. It then defaults to HTTP": plain HTTP.
    // Was a MISS (fixed in round 87): UNVERIFIED-TRANSPORT: insecure accepted (got []). curl(1) --proto-default: "Without this option set, curl guesses protocol based on the host name" - a plain host name is fetched over HTTP. Where: policy-pack/engine/rootReads.ts DOWNLOAD_URL requires a scheme, so unverifiedFetchSwitches finds no URL and the fetch keeps the https provenance. Fix (general): a fetcher URL with no scheme is read with the program's default (curl: http unless --proto-default https; wget: http), i.e. unverified.
    devNodeCase(
        "F1 curl -o /usr/local/bin/agent artifacts.internal/agent; run-rt87n",
        devNodeScript(n("f1"), [
            "curl -fsS -o /usr/local/bin/agent artifacts.internal/agent",
            "chmod 0755 /usr/local/bin/agent",
            "/usr/local/bin/agent",
        ]),
        /./,
    ),
    // F2 wget(1) "--check-certificate=quiet/off" spelling (wgetrc check_certificate = off), then run.
    // Was a MISS (fixed in round 87): PERSISTED-CLIENT-CONFIG: insecure accepted (got []). GNU Wget manual "Wgetrc Commands": check_certificate = on/off is --check-certificate; /etc/wgetrc is read by every later wget, so the https download is unverified. Where: policy-pack/engine/rootReads.ts unverifiedFetchSwitches tests wget's raw operands for `--no-check-certificate` and `-e check_certificate=off` only; the options the wgetrc reader (configFileOptions with wgetrcWords, ~line 5490) derives from /etc/wgetrc are not passed to it (root's .curlrc write IS refused: F3). Fix (general): judge a fetcher's TLS switches on its fully expanded option list (config files it reads, -e commands, long options with =off/no/0/quiet).
    devNodeCase(
        "F2 echo 'check_certificate = off' >> /etc/wgetrc; wget https://...; run-rt87n",
        devNodeScript(n("f2"), [
            "echo 'check_certificate = off' >> /etc/wgetrc",
            "wget -q -O /usr/local/bin/agent https://artifacts.example.com/agent",
            "chmod 0755 /usr/local/bin/agent",
            "/usr/local/bin/agent",
        ]),
        /./,
    ),
    // F3 curl(1) config file ~/.curlrc: "insecure" in root's .curlrc is -k for every later curl.
    devNodeCase(
        "F3 echo insecure >> /root/.curlrc; curl https://...; run-rt87n",
        devNodeScript(n("f3"), [
            "echo insecure >> /root/.curlrc",
            "curl -fsS -o /usr/local/bin/agent https://artifacts.example.com/agent",
            "chmod 0755 /usr/local/bin/agent",
            "/usr/local/bin/agent",
        ]),
    ),
    // F4 rsync daemon protocol rsync:// is unencrypted TCP (rsync(1) "CONNECTING TO AN RSYNC DAEMON": "rsync://" or
    // "::", the transfer is plain TCP on port 873), then run.
    // Was a MISS (fixed in round 87): UNVERIFIED-TRANSPORT: insecure accepted (got []). rsync(1) "CONNECTING TO AN RSYNC DAEMON": rsync:// talks to the daemon directly over TCP (no ssh, no TLS), so the network path writes the program. Where: policy-pack/engine/rootReads.ts unverifiedFetchSwitches covers curl|wget|aws only (git:// is gitUnverifiedFetch's); rsync's rsync:// and host::module sources are other hosts' paths (~line 4057) but not unverified transports. Fix (general): one fetcher table (curl, wget, aws, rsync, git, tftp, lftp, aria2c, ...) with each program's unencrypted schemes and TLS-off switches.
    devNodeCase(
        "F4 rsync rsync://mirror.internal/ops/agent /usr/local/bin/agent; run-rt87n",
        devNodeScript(n("f4"), [
            "rsync rsync://mirror.internal/ops/agent /usr/local/bin/agent",
            "/usr/local/bin/agent",
        ]),
        /./,
    ),
    // F5 git protocol git:// (git-daemon, unauthenticated and unencrypted), clone then run.
    devNodeCase(
        "F5 git clone git://git.internal/ops.git /opt/ops; install.sh-rt87n",
        devNodeScript(n("f5"), ["git clone git://git.internal/ops.git /opt/ops", "/opt/ops/install.sh"]),
    ),
    // F6 git-config(1) http.<url>.sslVerify: the URL-scoped spelling of http.sslVerify=false.
    devNodeCase(
        "F6 git -c http.https://git.example.com/.sslVerify=false clone; install.sh-rt87n",
        devNodeScript(n("f6"), [
            "git -c http.https://git.example.com/.sslVerify=false clone https://git.example.com/ops.git /opt/ops",
            "/opt/ops/install.sh",
        ]),
    ),
    // F7 git config --global http.sslVerify false (persisted), then clone and run.
    devNodeCase(
        "F7 git config --global http.sslVerify false; git clone https://...; run-rt87n",
        devNodeScript(n("f7"), [
            "git config --global http.sslVerify false",
            "git clone https://git.example.com/ops.git /opt/ops",
            "/opt/ops/install.sh",
        ]),
    ),
    // F8 aws --endpoint-url http://: aws cli(1) "--endpoint-url: Override command's default URL" - plain HTTP S3.
    devNodeCase(
        "F8 aws s3 cp --endpoint-url http://s3... s3://ops/agent /usr/local/bin/agent; run-rt87n",
        devNodeScript(n("f8"), [
            "aws s3 cp --endpoint-url http://s3.eu-west-1.amazonaws.com s3://ops-artifacts/agent /usr/local/bin/agent",
            "chmod 0755 /usr/local/bin/agent",
            "/usr/local/bin/agent",
        ]),
    ),
    // F9 wget(1) "--check-certificate=quiet/off" option spelling (the long form of --no-check-certificate), then run.
    // Was a MISS (fixed in round 87): PERSISTED-CLIENT-CONFIG (same class as F2): insecure accepted (got []). wget(1) "--check-certificate=quiet/off" spelling. Where: rootReads.ts unverifiedFetchSwitches matches only the literal `--no-check-certificate`. Fix (general): as F2, one reading of wget's check_certificate value from every spelling.
    devNodeCase(
        "F9 wget --check-certificate=off -O /usr/local/bin/agent https://...; run-rt87n",
        devNodeScript(n("f9"), [
            "wget --check-certificate=off -q -O /usr/local/bin/agent https://artifacts.example.com/agent",
            "chmod 0755 /usr/local/bin/agent",
            "/usr/local/bin/agent",
        ]),
        /./,
    ),
    // --- image pulls with TLS off / planted trust (neighbours of ctr -k, podman --tls-verify) ---
    // G1 containers-registries.conf(5) "insecure: true or false. By default, container runtimes require TLS ... If
    // true, unencrypted HTTP as well as TLS connections with untrusted certificates are allowed".
    // Was a MISS (fixed in round 87): IMAGE-PULL-TRUST: insecure accepted (got []). containers-registries.conf(5): an insecure registry may be reached over plain HTTP or with unverified certificates; podman/skopeo/buildah read /etc/containers/registries.conf.d/*.conf. Where: policy-pack/engine/rootReads.ts imagePullTlsOff (~line 3068) reads only command-line switches; the containers-image registry configuration (registries.conf, registries.conf.d) is read by no table. Fix (general): registry configs of every engine (containerd hosts.toml - held - and containers-registries.conf insecure/mirrors) are judged as the TLS switches they are.
    devNodeCase(
        "G1 registries.conf insecure = true; podman pull-rt87n",
        devNodeScript(n("g1"), [
            ...heredocFile("/etc/containers/registries.conf.d/50-ops.conf", [
                "[[registry]]",
                'location = "registry.internal"',
                "insecure = true",
            ]),
            "podman pull registry.internal/ops/agent:1",
        ]),
        /./,
    ),
    // G2 skopeo(1) copy "--src-cert-dir path: Use certificates at path (*.crt, *.cert, *.key) to connect to the
    // source registry": a /tmp CA.
    // Was a MISS (fixed in round 87): IMAGE-PULL-TRUST: insecure accepted (got []). skopeo-copy(1) "--src-cert-dir path: Use certificates at path (*.crt, *.cert, *.key) to connect to the source registry": a /tmp CA authenticates the registry. Where: policy-pack/engine/rootReads.ts FETCHER_CA_OPTIONS (round 86) lists curl/wget/git only; container engines' CA options are not checked with planted(). Fix (general): add engines' CA/hosts options (skopeo --src-cert-dir/--cert-dir, podman --cert-dir, ctr --tlscacert, ctr/nerdctl --hosts-dir) to the one CA-option table.
    devNodeCase(
        "G2 skopeo copy --src-cert-dir /tmp/certs docker://... containers-storage:-rt87n",
        devNodeScript(n("g2"), [
            "skopeo copy --src-cert-dir /tmp/certs docker://registry.internal/ops/agent:1 containers-storage:registry.internal/ops/agent:1",
        ]),
        /./,
    ),
    // G3 ctr images pull "--tlscacert value: path to TLS root CA" planted in /tmp.
    // Was a MISS (fixed in round 87): IMAGE-PULL-TRUST (as G2): insecure accepted (got []). ctr images pull --tlscacert: "path to TLS root CA". Where: rootReads.ts FETCHER_CA_OPTIONS lacks ctr. Fix (general): as G2.
    devNodeCase(
        "G3 ctr -n k8s.io images pull --tlscacert /tmp/ca.pem ...-rt87n",
        devNodeScript(n("g3"), ["ctr -n k8s.io images pull --tlscacert /tmp/ca.pem registry.internal/ops/agent:1"]),
        /./,
    ),
    // G4 ctr/nerdctl "--hosts-dir": custom hosts.toml directory (containerd hosts.md) planted in /var/tmp.
    // Was a MISS (fixed in round 87): IMAGE-PULL-TRUST (as G2): insecure accepted (got []). nerdctl/ctr --hosts-dir: the certs.d directory of hosts.toml files (containerd docs/hosts.md: skip_verify, ca, server) read from /var/tmp. Where: rootReads.ts imagePullTlsOff/FETCHER_CA_OPTIONS; the round-84 hosts.toml reading covers only containerd's config_path. Fix (general): as G2 - a hosts directory named on the command line is judged as config_path is.
    devNodeCase(
        "G4 nerdctl --hosts-dir /var/tmp/certs.d -n k8s.io pull ...-rt87n",
        devNodeScript(n("g4"), ["nerdctl --hosts-dir /var/tmp/certs.d -n k8s.io pull registry.internal/ops/agent:1"]),
        /./,
    ),
    // --- package signatures ---
    // H1 rpm(8) --import of a planted key: every later gpgcheck=1 install trusts packages signed by /tmp's key.
    devNodeCase(
        "H1 rpm --import /tmp/ops.gpg; dnf install -y ops-agent-rt87n",
        devNodeScript(n("h1"), ["rpm --import /tmp/ops.gpg", "dnf install -y ops-agent"]),
    ),
    // H2 dnf(8) "-c, --config=<config file>": the main config (and its repos) from /tmp.
    devNodeCase(
        "H2 dnf -c /tmp/dnf.conf install -y ops-agent-rt87n",
        devNodeScript(n("h2"), ["dnf -c /tmp/dnf.conf install -y ops-agent"]),
    ),
    // H3 dnf.conf(5) reposdir: "Directories where dnf searches for .repo files" - --setopt=reposdir=/var/tmp/repos.
    devNodeCase(
        "H3 dnf --setopt=reposdir=/var/tmp/repos install -y ops-agent-rt87n",
        devNodeScript(n("h3"), ["dnf --setopt=reposdir=/var/tmp/repos install -y ops-agent"]),
    ),
    // H4 dnf config-manager --add-repo http://...repo: the repo file is fetched over plain HTTP (attacker's baseurl and
    // gpgcheck), then installed from.
    devNodeCase(
        "H4 dnf config-manager --add-repo http://repo.internal/ops.repo; install-rt87n",
        devNodeScript(n("h4"), [
            "dnf config-manager --add-repo http://repo.internal/ops.repo",
            "dnf install -y ops-agent",
        ]),
    ),
    // H5 rpm macros file other than macros.verify: /etc/rpm/macros.ops sets %_pkgverify_level none (rpm reads
    // /etc/rpm/macros.*), then an http:// package.
    devNodeCase(
        "H5 /etc/rpm/macros.ops %_pkgverify_level none; rpm -ivh http://-rt87n",
        devNodeScript(n("h5"), [
            "echo '%_pkgverify_level none' > /etc/rpm/macros.ops",
            "rpm -ivh http://repo.internal/ops-agent.rpm",
        ]),
    ),
    // --- kubelet flags naming root paths (neighbours of the round-86 config-field fix) ---
    // K1 kubelet --root-dir: "Directory path for managing kubelet files (volume mounts, etc)": Secrets and projected
    // ServiceAccount tokens of every pod land in /tmp (world-readable parent).
    devNodeCase("K1 kubelet flag --root-dir=/tmp/kubelet-rt87n", kubeletFlags(n("k1"), ["--root-dir=/tmp/kubelet"])),
    // K2 kubelet --cert-dir: "The directory where the TLS certs are located": the serving pair in /var/tmp.
    devNodeCase("K2 kubelet flag --cert-dir=/var/tmp/pki-rt87n", kubeletFlags(n("k2"), ["--cert-dir=/var/tmp/pki"])),
    // K3 kubelet --pod-manifest-path (flag form of staticPodPath): pods from /tmp.
    devNodeCase(
        "K3 kubelet flag --pod-manifest-path=/tmp/manifests-rt87n",
        kubeletFlags(n("k3"), ["--pod-manifest-path=/tmp/manifests"]),
    ),
    // K4 kubelet --config-dir: "Path to a directory to specify drop-ins" of KubeletConfiguration.
    devNodeCase(
        "K4 kubelet flag --config-dir=/tmp/kubelet.d-rt87n",
        kubeletFlags(n("k4"), ["--config-dir=/tmp/kubelet.d"]),
    ),
    // K5 kubelet --image-credential-provider-bin-dir flag form: plugin binaries run by the kubelet from /dev/shm.
    devNodeCase(
        "K5 kubelet flag --image-credential-provider-bin-dir=/dev/shm/cp-rt87n",
        kubeletFlags(n("k5"), ["--image-credential-provider-bin-dir=/dev/shm/cp"]),
    ),
    // --- round 87 fixer neighbours (PERSISTED-CLIENT-CONFIG, UNVERIFIED-TRANSPORT, IMAGE-PULL-TRUST) ---
    // A6-fix87 git-config(1) http.sslCAInfo persisted with --system (/etc/gitconfig, read by every later git): the CA
    // root's clone trusts is a /tmp file any local user wrote (rootReads.ts persistedGitNamed + FETCHER_CA_OPTIONS).
    devNodeCase(
        "A6 git config --system http.sslCAInfo /tmp/ca.pem; git clone https://...-fix87",
        devNodeScript(n("a6f"), [
            "git config --system http.sslCAInfo /tmp/ca.pem",
            "git clone https://git.example.com/ops.git /opt/ops",
        ]),
    ),
    // F2-fix87 GNU Wget manual "Startup File": root's ~/.wgetrc is read after the global one; `check_certificate = off`
    // there is --no-check-certificate for the download root then runs (RootReads.fetcherDownloads).
    devNodeCase(
        "F2 check_certificate = off in /root/.wgetrc; wget https://...; run-fix87",
        devNodeScript(n("f2f"), [
            "echo 'check_certificate = off' > /root/.wgetrc",
            "wget -q -O /usr/local/bin/agent https://artifacts.example.com/agent",
            "chmod 0755 /usr/local/bin/agent",
            "/usr/local/bin/agent",
        ]),
    ),
    // F1-fix87 curl(1) --url with a scheme-less URL: the same guess (HTTP) as a scheme-less operand (curlSchemeless).
    devNodeCase(
        "F1 curl --url artifacts.internal/agent -o /usr/local/bin/agent; run-fix87",
        devNodeScript(n("f1f"), [
            "curl -fsS --url artifacts.internal/agent -o /usr/local/bin/agent",
            "chmod 0755 /usr/local/bin/agent",
            "/usr/local/bin/agent",
        ]),
    ),
    // F4-fix87 rsync(1) "HOST::MODULE" is the daemon syntax too (plain TCP to port 873, rsyncDaemonSources).
    devNodeCase(
        "F4 rsync mirror.internal::ops/agent /usr/local/bin/agent; run-fix87",
        devNodeScript(n("f4f"), ["rsync mirror.internal::ops/agent /usr/local/bin/agent", "/usr/local/bin/agent"]),
    ),
    // G1-fix87 containers-registries.conf(5) version 1: `[registries.insecure] registries = [...]` ("If you add the
    // registry to the list of insecure registries then the container runtime will attempt use standard web protocols").
    devNodeCase(
        "G1 registries.conf [registries.insecure]; crictl pull-fix87",
        devNodeScript(n("g1f"), [
            ...heredocFile("/etc/containers/registries.conf", [
                "[registries.insecure]",
                "registries = ['registry.internal']",
            ]),
            "crictl pull registry.internal/ops/agent:1",
        ]),
    ),
    // G2-fix87 podman-pull(1) "--cert-dir=path: Use certificates at path (*.crt, *.cert, *.key) to connect to the
    // registry": a /dev/shm directory (FETCHER_CA_OPTIONS).
    devNodeCase(
        "G2 podman pull --cert-dir /dev/shm/certs ...-fix87",
        devNodeScript(n("g2f"), ["podman pull --cert-dir /dev/shm/certs registry.internal/ops/agent:1"]),
    ),
    // C5-fix87 a command's output the pack cannot read as insmod's file (insmod(8) "insert a module into the kernel" from
    // the file named; bash(1) "Command Substitution"): /etc/x's text may name any file, a planted one too (fail closed).
    devNodeCase(
        'C5-fix87 insmod "$(cat /etc/x)"-fix87',
        devNodeScript(n("c5f"), ['insmod "$(cat /etc/x)"']),
        /insmod loads, runs or installs/,
    ),
    // C8-fix87 an instance-metadata value as a module file (IMDS: whoever sets the instance's metadata chooses it), and
    // a `while read` loop over /tmp/mods (bash(1) read: "One line is read from the standard input").
    devNodeCase(
        'C8-fix87 M=$(curl 169.254.169.254/...); insmod "$M"-fix87',
        devNodeScript(n("c8f"), [
            'M="$(curl -fsS http://169.254.169.254/latest/meta-data/tags/instance/module)"',
            'insmod "$M"',
        ]),
        /insmod loads, runs or installs/,
    ),
    devNodeCase(
        'C8-fix87 while read -r m; do insmod "$m"; done < /tmp/mods-fix87',
        devNodeScript(n("c8w"), ['while read -r m; do insmod "$m"; done < /tmp/mods']),
    ),
    // A6-fix88 the VALUE of a program-valued key is judged as the program it is (namedPrograms.ts gitSetting, persisted):
    // ssh(1) "ProxyCommand: Specifies the command to use to connect to the server" in core.sshCommand (/tmp, any user's,
    // hier(7)); git-config(1) "-e, --edit: Opens an editor to modify the specified config file" runs core.editor
    // ("Commands such as commit and tag that let you edit messages by launching an editor use the value of this
    // variable"); and "--file config-file" still names the file git writes (systemd-system.conf(5) DefaultEnvironment).
    devNodeCase(
        "A6 git config --global core.sshCommand 'ssh -i /root/.ssh/deploy -o ProxyCommand=/tmp/pc'; git pull-fix88",
        devNodeScript(n("a6-fix88"), [
            "git config --global core.sshCommand 'ssh -i /root/.ssh/deploy -o ProxyCommand=/tmp/pc'",
            "git -C /opt/ops pull",
        ]),
        /\/tmp\/pc/,
    ),
    devNodeCase(
        "A6b git config --global core.editor /var/tmp/ed; git config --global --edit-fix88",
        devNodeScript(n("a6b-fix88"), ["git config --global core.editor /var/tmp/ed", "git config --global --edit"]),
        /\/var\/tmp\/ed/,
    ),
    devNodeCase(
        "A6c git config --file=/etc/systemd/system.conf Manager.DefaultEnvironment LD_PRELOAD=...-fix88",
        devNodeScript(n("a6c-fix88"), [
            "git config --file=/etc/systemd/system.conf Manager.DefaultEnvironment LD_PRELOAD=/opt/x.so",
        ]),
        /system\.conf/,
    ),
];

const secure: NodeCase[] = [
    // S1 tar --rsh-command naming the system ssh (tar --show-defaults: /usr/bin/ssh on Fedora-family), data extract.
    // Was a MISS (fixed in round 87): TAR-REMOTE-ARCHIVE: secure refused (custody-effective-access: "a root process of the node read /srv/b.tar (... tar reads it into /var/lib/ops), under /srv, a node directory the pack lets pods write"). GNU tar "Device Selection": "If the file name contains a ':', it is interpreted as hostname:file name" (unless --force-local): the archive is ops@backup's /srv/b.tar over ssh, not the node's /srv. Where: policy-pack/engine/rootReads.ts the tar -f operand is resolved as a node path; rsync's HOST:PATH is exempted (~line 4057) but tar's is not. Fix (general): one reading of remote-path operands (tar/cpio -f host:file without --force-local, rsync/scp HOST:PATH) as another host's path, judged by its transport (--rsh-command, A1) instead.
    devNodeCase(
        "S1 tar --rsh-command=/usr/bin/ssh -xf ops@backup:/srv/b.tar -C /var/lib/ops-rt87n",
        devNodeScript(n("s1"), [
            "mkdir -p /var/lib/ops",
            "tar --rsh-command=/usr/bin/ssh -xf ops@backup:/srv/b.tar -C /var/lib/ops",
        ]),
    ),
    // S2 sudo -s with the system shell (sudo(8) -s runs $SHELL).
    devNodeCase(
        "S2 SHELL=/bin/bash sudo -s -- true-rt87n",
        devNodeScript(n("s2"), ["SHELL=/bin/bash sudo -s -- true"]),
    ),
    // S3 runuser -s of the system shell.
    devNodeCase(
        "S3 runuser -s /bin/bash root -c true-rt87n",
        devNodeScript(n("s3"), ["runuser -s /bin/bash root -c true"]),
    ),
    // S4 ionice / stdbuf / systemd-cat of system programs.
    devNodeCase(
        "S4 ionice -c3 /usr/bin/true; stdbuf -oL /usr/bin/true; systemd-cat -t ops /usr/bin/true-rt87n",
        devNodeScript(n("s4"), [
            "ionice -c3 /usr/bin/true",
            "stdbuf -oL /usr/bin/true",
            "systemd-cat -t ops /usr/bin/true",
        ]),
    ),
    // S5 trap with a literal builtin action (bash(1) trap): nothing planted.
    devNodeCase("S5 trap 'echo done' EXIT-rt87n", devNodeScript(n("s5"), ["trap 'echo done' EXIT"])),
    // S6 a default that names a system program (V unset: ${V:-W} is W).
    devNodeCase('S6 "${OPS_BIN:-/usr/bin/true}"-rt87n', devNodeScript(n("s6"), ['"${OPS_BIN:-/usr/bin/true}"'])),
    // S7 nameref to a system program.
    devNodeCase(
        'S7 declare -n R=V; V=/usr/bin/true; "$R"-rt87n',
        devNodeScript(n("s7"), ["declare -n R=V", "V=/usr/bin/true", '"$R"']),
    ),
    // S8 for-loop over literal words (no glob).
    devNodeCase(
        'S8 for m in br_netfilter overlay; do modprobe "$m"; done-rt87n',
        devNodeScript(n("s8"), ['for m in br_netfilter overlay; do modprobe "$m"; done']),
    ),
    // S9 pushd into a root-owned system directory.
    devNodeCase("S9 pushd /usr/bin; ./true; popd-rt87n", devNodeScript(n("s9"), ["pushd /usr/bin", "./true", "popd"])),
    // S10 mount of a data image at a data directory (loop implied by a regular file), nothing run from it.
    devNodeCase(
        "S10 mount -t squashfs -o ro /var/lib/ops/data.sqfs /mnt/ops-data-rt87n",
        devNodeScript(n("s10"), [
            "mkdir -p /mnt/ops-data",
            "mount -t squashfs -o ro /var/lib/ops/data.sqfs /mnt/ops-data",
        ]),
    ),
    // S11 curl with --proto =https (curl(1) --proto: only the listed protocols) and default CA, then run.
    devNodeCase(
        "S11 curl --proto =https -o /usr/local/bin/agent https://...; run-rt87n",
        devNodeScript(n("s11"), [
            "curl --proto =https -fsS -o /usr/local/bin/agent https://artifacts.example.com/agent",
            "chmod 0755 /usr/local/bin/agent",
            "/usr/local/bin/agent",
        ]),
    ),
    // S12 aws s3 cp over its default HTTPS endpoint, then run (the operator's artifact over TLS).
    devNodeCase(
        "S12 aws s3 cp s3://ops-artifacts/agent /usr/local/bin/agent; run-rt87n",
        devNodeScript(n("s12"), [
            "aws s3 cp s3://ops-artifacts/agent /usr/local/bin/agent",
            "chmod 0755 /usr/local/bin/agent",
            "/usr/local/bin/agent",
        ]),
    ),
    // S13 rpm --import of the AMI's own key.
    devNodeCase(
        "S13 rpm --import /etc/pki/rpm-gpg/RPM-GPG-KEY-amazon-linux-2023-rt87n",
        devNodeScript(n("s13"), ["rpm --import /etc/pki/rpm-gpg/RPM-GPG-KEY-amazon-linux-2023"]),
    ),
    // S14 ldconfig with no directories (rebuilds the cache from /etc/ld.so.conf).
    devNodeCase("S14 ldconfig-rt87n", devNodeScript(n("s14"), ["ldconfig"])),
    // S15 systemctl set-environment of a harmless variable.
    devNodeCase(
        "S15 systemctl set-environment OPS_MODE=prod-rt87n",
        devNodeScript(n("s15"), ["systemctl set-environment OPS_MODE=prod"]),
    ),
    // S16 sort -o into a data file.
    devNodeCase(
        "S16 sort -o /etc/ops/hosts.sorted /etc/hosts-rt87n",
        devNodeScript(n("s16"), ["mkdir -p /etc/ops", "sort -o /etc/ops/hosts.sorted /etc/hosts"]),
    ),
    // S17 rsync:// of data root never runs (read by jq).
    devNodeCase(
        "S17 rsync rsync://mirror.internal/ops/data.json /var/lib/ops/; jq-rt87n",
        devNodeScript(n("s17"), [
            "mkdir -p /var/lib/ops",
            "rsync rsync://mirror.internal/ops/data.json /var/lib/ops/data.json",
            "jq . /var/lib/ops/data.json > /var/lib/ops/pretty.json",
        ]),
    ),
    // S18 kubelet flag --root-dir at its default /var/lib/kubelet.
    devNodeCase(
        "S18 kubelet flag --root-dir=/var/lib/kubelet-rt87n",
        kubeletFlags(n("s18"), ["--root-dir=/var/lib/kubelet"]),
    ),
    // S19 kubelet --node-labels flag (no path).
    devNodeCase("S19 kubelet flag --node-labels=team=ops-rt87n", kubeletFlags(n("s19"), ["--node-labels=team=ops"])),
    // S20 git -c core.hooksPath=/dev/null disables hooks (githooks(5)).
    devNodeCase(
        "S20 git -c core.hooksPath=/dev/null -C /opt/ops pull-rt87n",
        devNodeScript(n("s20"), ["git -c core.hooksPath=/dev/null -C /opt/ops pull"]),
    ),
    // --- round 87 fixer neighbours (secure side) ---
    // A6-fix87 a persisted core.sshCommand naming the system ssh with root's own key (git-config(1)): nothing planted;
    // `git config` writes no file its words name.
    // Was still open (round 87), fixed in round 88: the round-74 unknown-editor reading took every word of `git config`
    // as a file git may write (/root/.ssh/deploy, refused as node configuration of unknown content). Fixed (general):
    // rootReads.ts RootReads.unknownEditor reads `git config [--global|--system|--local] NAME VALUE` (git-config(1):
    // "git config [<file-option>] name value") as a setting, judged as the program it names by round 87's persisted
    // table (persistedGitNamed); --file/-f FILE and GIT_CONFIG_SYSTEM/GLOBAL still name the file it writes (redteam74
    // U3/U6, redteam75 F2).
    devNodeCase(
        "A6 git config --global core.sshCommand 'ssh -i /root/.ssh/deploy'; git pull-fix87",
        devNodeScript(n("a6s"), [
            "git config --global core.sshCommand 'ssh -i /root/.ssh/deploy'",
            "git -C /opt/ops pull",
        ]),
    ),
    // A6-fix88 git-config(1) settings platform teams persist: AWS CodeCommit's credential helper ("git config --global
    // credential.helper '!aws codecommit credential-helper $@'", CodeCommit user guide "Setup steps for HTTPS
    // connections ... with the AWS CLI credential helper"), a root-owned hooks directory (githooks(5)
    // core.hooksPath), and safe.directory (git-config(1) "safe.directory: These config entries specify Git-tracked
    // directories that are considered safe") - none names a file git writes.
    devNodeCase(
        "A6 git config --global credential.helper '!aws codecommit credential-helper $@'; git pull-fix88",
        devNodeScript(n("a6s-fix88"), [
            "git config --global credential.helper '!aws codecommit credential-helper $@'",
            "git config --global credential.UseHttpPath true",
            "git -C /opt/ops pull",
        ]),
    ),
    devNodeCase(
        "A6b git config --system core.hooksPath /etc/git/hooks; safe.directory /opt/ops; git pull-fix88",
        devNodeScript(n("a6bs-fix88"), [
            "git config --system core.hooksPath /etc/git/hooks",
            "git config --global --add safe.directory /opt/ops",
            "git -C /opt/ops pull",
        ]),
    ),
    devNodeCase(
        "A6c git config --global core.sshCommand 'ssh -i /root/.ssh/deploy -o StrictHostKeyChecking=yes'-fix88",
        devNodeScript(n("a6cs-fix88"), [
            "git config --global core.sshCommand 'ssh -i /root/.ssh/deploy -o StrictHostKeyChecking=yes'",
            "git clone git@github.com:example/ops.git /opt/ops",
        ]),
    ),
    // F9-fix87 wget(1) --check-certificate=on is the default (verified), then run.
    devNodeCase(
        "F9 wget --check-certificate=on -O /usr/local/bin/agent https://...; run-fix87",
        devNodeScript(n("f9s"), [
            "wget --check-certificate=on -q -O /usr/local/bin/agent https://artifacts.example.com/agent",
            "chmod 0755 /usr/local/bin/agent",
            "/usr/local/bin/agent",
        ]),
    ),
    // F1-fix87 curl(1) --proto-default https: "Tells curl to use protocol for any URL missing a scheme name" - an
    // https-only default for the scheme-less URL, then run.
    devNodeCase(
        "F1 curl --proto-default https -o /usr/local/bin/agent artifacts.internal/agent; run-fix87",
        devNodeScript(n("f1s"), [
            "curl --proto-default https -fsS -o /usr/local/bin/agent artifacts.internal/agent",
            "chmod 0755 /usr/local/bin/agent",
            "/usr/local/bin/agent",
        ]),
    ),
    // F4-fix87 rsync(1) "Using rsync-daemon features via a remote-shell connection": -e ssh carries HOST::MODULE over ssh.
    devNodeCase(
        "F4 rsync -e ssh ops@mirror.internal::ops/agent /usr/local/bin/agent; run-fix87",
        devNodeScript(n("f4s"), [
            "rsync -e ssh ops@mirror.internal::ops/agent /usr/local/bin/agent",
            "/usr/local/bin/agent",
        ]),
    ),
    // G1-fix87 containers-registries.conf(5) with insecure = false (the default: TLS with verification), then pull.
    devNodeCase(
        "G1 registries.conf insecure = false; podman pull-fix87",
        devNodeScript(n("g1s"), [
            ...heredocFile("/etc/containers/registries.conf.d/50-ops.conf", [
                "[[registry]]",
                'location = "registry.internal"',
                "insecure = false",
            ]),
            "podman pull registry.internal/ops/agent:1",
        ]),
    ),
    // G3-fix87 ctr images pull --tlscacert naming a root-owned CA of the image (/etc/pki), not a planted one.
    devNodeCase(
        "G3 ctr -n k8s.io images pull --tlscacert /etc/pki/ops/ca.pem ...-fix87",
        devNodeScript(n("g3s"), [
            "ctr -n k8s.io images pull --tlscacert /etc/pki/ops/ca.pem registry.internal/ops/agent:1",
        ]),
    ),
    // C4-fix87 nested defaults ending in a system program (bash(1) "${parameter:-word}").
    devNodeCase('C4-fix87 "${A:-${B:-/usr/bin/true}}"-fix87', devNodeScript(n("c4s"), ['"${A:-${B:-/usr/bin/true}}"'])),
    // E2-fix87 sort -o of a module list the script wrote itself into modules-load.d (coreutils sort: the same lines,
    // sorted; modules-load.d(5) loads the names listed).
    devNodeCase(
        "E2-fix87 sort -u -o /etc/modules-load.d/ops.conf /etc/ops/modules.list-fix87",
        devNodeScript(n("e2s"), [
            ...heredocFile("/etc/ops/modules.list", ["overlay", "br_netfilter"]),
            "sort -u -o /etc/modules-load.d/ops.conf /etc/ops/modules.list",
        ]),
    ),
    // E3-fix87 a tar pipe copy of root's own tree (nothing planted in /opt/ops).
    devNodeCase(
        "E3-fix87 tar -C /opt/ops -cf - bin | tar -C /usr/local -xf --fix87",
        devNodeScript(n("e3s"), ["tar -C /opt/ops -cf - bin | tar -C /usr/local -xf -"]),
    ),
    // E4-fix87 curl file:// of an image file (curl's FILE protocol: a local copy of root's own file).
    devNodeCase(
        "E4-fix87 curl -o /usr/local/bin/agent file:///usr/libexec/ops/agent; run-fix87",
        devNodeScript(n("e4s"), [
            "curl -s -o /usr/local/bin/agent file:///usr/libexec/ops/agent",
            "chmod 0755 /usr/local/bin/agent",
            "/usr/local/bin/agent",
        ]),
    ),
    // E6-fix87 sed r of a file the script wrote (GNU sed "r filename"): its known text enters the profile script.
    devNodeCase(
        "E6-fix87 sed -i '$r /etc/ops/extra.sh' /etc/profile.d/ops.sh-fix87",
        devNodeScript(n("e6s"), [
            ...heredocFile("/etc/ops/extra.sh", ["export OPS_EXTRA=1"]),
            ...heredocFile("/etc/profile.d/ops.sh", ["export OPS=1"]),
            "sed -i '$r /etc/ops/extra.sh' /etc/profile.d/ops.sh",
        ]),
    ),
    // S1-fix87 the --file= spelling of a remote archive (GNU tar "--file=[hostname:]file").
    devNodeCase(
        "S1-fix87 tar --rsh-command=/usr/bin/ssh --file=ops@backup:/srv/b.tar -x -C /var/lib/ops-fix87",
        devNodeScript(n("s1s"), [
            "mkdir -p /var/lib/ops",
            "tar --rsh-command=/usr/bin/ssh --file=ops@backup:/srv/b.tar -x -C /var/lib/ops",
        ]),
    ),
    // C5-fix87 modprobe of names mapfile reads from a file the script wrote (bash(1) mapfile: its known lines;
    // modprobe(8) looks a name up in /lib/modules/`uname -r`), and insmod of a path under the running kernel's tree
    // ($(uname -r) is one word: it stays in its path component).
    devNodeCase(
        'C5-fix87 mapfile -t M < /etc/ops/modules.list; modprobe "${M[0]}"; insmod /lib/modules/$(uname -r)/...-fix87',
        devNodeScript(n("c5s"), [
            ...heredocFile("/etc/ops/modules.list", ["overlay", "br_netfilter"]),
            "mapfile -t M < /etc/ops/modules.list",
            'modprobe "${M[0]}"',
            'insmod "/lib/modules/$(uname -r)/extra/ops.ko"',
        ]),
    ),
    // C8-fix87 read of a module path from a file the script wrote (bash(1) read: its first line), then insmod of it,
    // and modprobe of a name cat prints from a written file.
    devNodeCase(
        'C8-fix87 read -r M < /etc/ops/mod; insmod "$M"; modprobe "$(cat /etc/modules-wanted)"-fix87',
        devNodeScript(n("c8s"), [
            ...heredocFile("/etc/ops/mod", ["/lib/modules/6.1.0/extra/ops.ko"]),
            ...heredocFile("/etc/modules-wanted", ["overlay"]),
            "read -r M < /etc/ops/mod",
            'insmod "$M"',
            'modprobe "$(cat /etc/modules-wanted)"',
        ]),
    ),
    // D3-fix88 (secure) a scratch image root made itself in a root-owned directory, attached with losetup (-f --show and
    // an explicit device) and mounted off any program directory: nothing planted (losetup(8), mkfs.ext4(8)).
    devNodeCase(
        'D3 truncate+mkfs.ext4 /var/lib/ops/scratch.img; DEV=$(losetup -f --show ...); mount "$DEV" /mnt/scratch-fix88',
        devNodeScript(n("d3s-fix88"), [
            "mkdir -p /var/lib/ops /mnt/scratch",
            "truncate -s 64M /var/lib/ops/scratch.img",
            "mkfs.ext4 -q /var/lib/ops/scratch.img",
            "DEV=$(losetup -f --show /var/lib/ops/scratch.img)",
            'mount "$DEV" /mnt/scratch',
        ]),
    ),
    devNodeCase(
        "D3b losetup /dev/loop7 /var/lib/ops/scratch.img; mount /dev/loop7 /mnt/scratch; losetup -d-fix88",
        devNodeScript(n("d3bs-fix88"), [
            "mkdir -p /var/lib/ops /mnt/scratch",
            "truncate -s 64M /var/lib/ops/scratch.img",
            "mkfs.ext4 -q /var/lib/ops/scratch.img",
            "losetup /dev/loop7 /var/lib/ops/scratch.img",
            "mount /dev/loop7 /mnt/scratch",
            "umount /mnt/scratch",
            "losetup -d /dev/loop7",
        ]),
    ),
    // D4-fix88 (secure) an alternative fstab the script wrote (mount(8) -T) listing the instance store at containerd's
    // directory (fstab(5): device, mount point, type, options).
    devNodeCase(
        "D4 /etc/ops/fstab of /dev/nvme1n1 at /var/lib/containerd; mount -T /etc/ops/fstab -a-fix88",
        devNodeScript(n("d4s-fix88"), [
            "mkdir -p /etc/ops /var/lib/containerd",
            ...heredocFile("/etc/ops/fstab", ["/dev/nvme1n1 /var/lib/containerd xfs defaults,noatime,nofail 0 2"]),
            "mount -T /etc/ops/fstab -a",
        ]),
    ),
    // D5-fix88 (secure) systemd-mount(1) of the instance store with --type= and --options= (no bind, nothing planted).
    devNodeCase(
        "D5 systemd-mount --type=xfs --options=noatime /dev/nvme1n1 /var/lib/containerd-fix88",
        devNodeScript(n("d5s-fix88"), [
            "mkdir -p /var/lib/containerd",
            "systemd-mount --type=xfs --options=noatime --no-block /dev/nvme1n1 /var/lib/containerd",
        ]),
    ),
];

void MISS;
describeNodeCases("round 87 red team (node): node user data", insecure, secure);
