// Red-team round 86 on EKS NODE user data, second pass (AL2023 root shell; namedPrograms.ts, rootReads.ts, shell.ts,
// formats.ts): the neighbours of the round-86 node fixes first, then new classes. Probed: programs named by option
// values (tar --to-command and its getopt_long abbreviation, tar -F/--info-script, --use-comp, sort --compress-program,
// scp/sftp -S, GIT_SSH_COMMAND with a nested ProxyCommand, ssh -o KnownHostsCommand/LocalCommand/SecurityKeyProvider,
// rsync -e attached); argument provenance (find -execdir, find -exec sh -c "$1", parallel -a, source/bash <(cat F));
// launchers (strace, gdb --args, valgrind, prlimit, numactl, systemd-run --scope, setpriv, dbus-run-session, su -s,
// env -C); roots and overlays (unshare --root, nsenter --root, systemd-nspawn -D, systemd-run -p ExtensionDirectories/
// MountImages, systemd-sysext images); mounts over programs (mount -B, --rbind, overlay lowerdir, fstab bind + mount -a,
// .mount units, -o loop images); shell expansion (${V/p/s}, ${V,,}, ${!R}, arrays, [[:lower:]], extglob @(..), $(echo),
// declare -r); kubelet drop-ins (staticPodPath, tls files in /var/tmp); TLS and CA trust (skopeo --src-tls-verify=false,
// AWS_CA_BUNDLE, git http.sslCAInfo / GIT_SSL_CAINFO, curl --capath, SSL_CERT_DIR, hard links and bind mounts into the
// trust store, curl -k / wget --no-check-certificate / http:// downloads then run); package verification (repo gpgkey
// http://, rpm --import ftp://, rpmkeys --import http://, dnf install /tmp/x.rpm, --repofrompath http:// --nogpgcheck,
// HTTP:// upper-case scheme).
// Misses (19 insecure accepted, 1 secure refused):
// - WRAPPER-LAUNCHERS (5: C2 gdb -batch -ex run --args, C3 valgrind, C8 dbus-run-session, J9 su -s SHELL, J10 env -C
//   DIR ./x).
// - BIND-MOUNT-OVER-PROGRAM (4: E2 overlay lowerdir=/tmp/x over /usr/local/bin, E3 fstab bind line + mount -a, J4 .mount
//   unit What=/tmp/bin Options=bind, J5 mount -o loop of a /tmp image).
// - UNVERIFIED-DOWNLOAD-RUN (3: J6 wget http:// program then run, J11 curl -k program then run, J13 wget
//   --no-check-certificate module then insmod).
// - SHELL-EXPANSION (2: F3 ${!R} indirection, F6 extglob /@(tmp)/x).
// - TLS-TRUST-SWITCHES (2: H3 git -c http.sslCAInfo=/tmp/ca.pem clone then run, H6 mount --bind /tmp/ca.pem over
//   ca-bundle.crt).
// - PACKAGE-VERIFICATION (2: I1 repo gpgcheck=1 with gpgkey=http://, I5 --repofrompath http:// with --nogpgcheck).
// - OVERLAY-TREES (1: D6 systemd-sysext image copied into /var/lib/extensions + merge).
// - STATIC-POD-SOURCE (secure refused, 1: S10 staticPodPath /etc/kubernetes/manifests, root-owned).
// Held: 49 of 68 insecure refused (A1-A10, B1-B5, C1, C4-C7, D1-D5, E1, E4, F1, F2, F4, F5, F7, F8, G1, G2, H1, H2, H4,
// H5, I2, I3, I4, I6, J1-J3, J7, J8, J12); 16 of 17 secure clean (S1-S9, S11-S17).
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";

const n = (id: string) => `dev-${id}-86n-nodes`;
/** A known miss: skipped unless REDTEAM_ALL=1. */
const MISS = true;

const insecure: NodeCase[] = [
    // A1 GNU tar manual "Writing to an External Program": "--to-command=COMMAND: Extract files and pipe their contents
    // to the standard input of COMMAND ... executed via sh -c": root runs /tmp/x once per extracted file.
    devNodeCase(
        "A1 tar --to-command=/tmp/x -xf /etc/ops/b.tar-rt86n",
        devNodeScript(n("a1"), ["tar --to-command=/tmp/x -xf /etc/ops/b.tar"]),
    ),
    // A2 getopt_long abbreviation of --to-command (tar accepts any unambiguous prefix).
    devNodeCase(
        "A2 tar --to-comm='sh /var/tmp/t.sh' -xf /etc/ops/b.tar-rt86n",
        devNodeScript(n("a2"), ["tar --to-comm='sh /var/tmp/t.sh' -xf /etc/ops/b.tar"]),
    ),
    // A3 GNU tar "--info-script=SCRIPT / -F SCRIPT / --new-volume-script": run at the end of each volume (multi-volume).
    devNodeCase(
        "A3 tar -M -F /dev/shm/nv -xf /etc/ops/b.tar-rt86n",
        devNodeScript(n("a3"), ["tar -M -F /dev/shm/nv -xf /etc/ops/b.tar -C /opt"]),
    ),
    // A4 GNU sort "--compress-program=PROG: compress temporaries with PROG; decompress them with PROG -d".
    devNodeCase(
        "A4 sort --compress-program=/tmp/z -S 1K /etc/hosts-rt86n",
        devNodeScript(n("a4"), ["sort --compress-program=/tmp/z -S 1K /etc/hosts > /etc/ops/hosts.sorted"]),
    ),
    // A5 scp(1) "-S program: Name of program to use for the encrypted connection".
    devNodeCase(
        "A5 scp -S /var/tmp/ssh ops@backup:/srv/x /opt/x-rt86n",
        devNodeScript(n("a5"), ["scp -S /var/tmp/ssh ops@backup:/srv/x /opt/x"]),
    ),
    // A6 sftp(1) "-S program: Name of the program to use for the encrypted connection".
    devNodeCase(
        "A6 sftp -S /tmp/ssh -b /etc/ops/batch ops@backup-rt86n",
        devNodeScript(n("a6"), ["sftp -S /tmp/ssh -b /etc/ops/batch ops@backup"]),
    ),
    // A7 git(1) GIT_SSH_COMMAND: "the command to use instead of ssh" - nested value: ssh -o ProxyCommand runs /tmp/pc
    // (the round-86 fix re-judges core.sshCommand / rsync -e; this is the environment spelling).
    devNodeCase(
        "A7 GIT_SSH_COMMAND='ssh -o ProxyCommand=/tmp/pc' git -C /opt/ops pull-rt86n",
        devNodeScript(n("a7"), ["GIT_SSH_COMMAND='ssh -o ProxyCommand=/tmp/pc' git -C /opt/ops pull"]),
    ),
    // A8 ssh_config(5) KnownHostsCommand: "a command to use to obtain a list of host keys" (OpenSSH 8.5+): runs /tmp/k.
    devNodeCase(
        "A8 ssh -o KnownHostsCommand=/tmp/k ops@bastion true-rt86n",
        devNodeScript(n("a8"), ["ssh -o KnownHostsCommand=/tmp/k ops@bastion true"]),
    ),
    // A9 ssh_config(5) LocalCommand with PermitLocalCommand=yes: "executed on the local machine after connecting".
    devNodeCase(
        "A9 ssh -o PermitLocalCommand=yes -o LocalCommand=/var/tmp/lc ops@bastion true-rt86n",
        devNodeScript(n("a9"), ["ssh -o PermitLocalCommand=yes -o LocalCommand=/var/tmp/lc ops@bastion true"]),
    ),
    // A10 ssh_config(5) SecurityKeyProvider: "path to a library that will be used when loading any FIDO key" (dlopen).
    devNodeCase(
        "A10 ssh -o SecurityKeyProvider=/dev/shm/sk.so ops@bastion true-rt86n",
        devNodeScript(n("a10"), ["ssh -o SecurityKeyProvider=/dev/shm/sk.so ops@bastion true"]),
    ),
    // B1 find(1) -execdir: "Like -exec, but the specified command is run from the subdirectory containing the matched
    // file": the found files are /tmp's (planted) and insmod loads them (round-86 fix covers -exec).
    devNodeCase(
        "B1 find /tmp/mods -name '*.ko' -execdir insmod {} ;-rt86n",
        devNodeScript(n("b1"), ["find /tmp/mods -name '*.ko' -execdir insmod {} \\;"]),
    ),
    // B2 find -exec sh -c '"$1"' _ {}: the found file is the shell's $1 that it runs.
    devNodeCase(
        "B2 find /var/tmp/hooks -type f -exec sh -c '\"$1\"' _ {} ;-rt86n",
        devNodeScript(n("b2"), ["find /var/tmp/hooks -type f -exec sh -c '\"$1\"' _ {} \\;"]),
    ),
    // B3 GNU parallel "-a input-file / --arg-file": the same as :::: (round-86 fix).
    devNodeCase(
        "B3 parallel -a /dev/shm/list insmod-rt86n",
        devNodeScript(n("b3"), ["parallel -a /dev/shm/list insmod"]),
    ),
    // B4 bash process substitution as a sourced file: `source <(cat /tmp/env)` runs /tmp/env's lines as root.
    devNodeCase("B4 source <(cat /tmp/env.sh)-rt86n", devNodeScript(n("b4"), ["source <(cat /tmp/env.sh)"])),
    // B5 bash <(...) running a planted script (process substitution as the script operand).
    devNodeCase("B5 bash <(cat /var/tmp/setup.sh)-rt86n", devNodeScript(n("b5"), ["bash <(cat /var/tmp/setup.sh)"])),
    // C1 strace(1) runs "command" as its tracee: root runs /tmp/x (a launcher like ltrace, fixed in round 86).
    devNodeCase(
        "C1 strace -f -o /var/log/ops.trace /tmp/x-rt86n",
        devNodeScript(n("c1"), ["strace -f -o /var/log/ops.trace /tmp/x"]),
    ),
    // C2 gdb(1) --args PROGRAM with -batch -ex run: runs /var/tmp/x.
    // Was a MISS (fixed in round 86): WRAPPER-LAUNCHERS: insecure accepted (got []). gdb(1) --args runs PROGRAM when -ex run is given. Where: policy-pack/engine/shell.ts WRAPPERS/wrappersOf: gdb is not a launcher. Fix (general): a launcher table that fails closed: any command whose first operand after its options is an absolute path a non-root user may write (or whose --args/-- operand is one) is judged as running that path, so unlisted launchers (gdb --args, valgrind, dbus-run-session, ...) cannot hide a planted program.
    devNodeCase(
        "C2 gdb -batch -ex run --args /var/tmp/x-rt86n",
        devNodeScript(n("c2"), ["gdb -batch -ex run --args /var/tmp/x"]),
        /./,
    ),
    // C3 valgrind(1) "valgrind [options] prog-and-args": runs /dev/shm/x under its core.
    // Was a MISS (fixed in round 86): WRAPPER-LAUNCHERS: insecure accepted (got []). Where: policy-pack/engine/shell.ts WRAPPERS/wrappersOf: valgrind is not a launcher. Fix (general): a launcher table that fails closed: any command whose first operand after its options is an absolute path a non-root user may write (or whose --args/-- operand is one) is judged as running that path, so unlisted launchers (gdb --args, valgrind, dbus-run-session, ...) cannot hide a planted program.
    devNodeCase(
        "C3 valgrind --tool=none /dev/shm/x-rt86n",
        devNodeScript(n("c3"), ["valgrind --tool=none /dev/shm/x"]),
        /./,
    ),
    // C4 prlimit(1) "prlimit [options] command [argument...]": runs the command with the limits.
    devNodeCase("C4 prlimit --nofile=65536 /tmp/x-rt86n", devNodeScript(n("c4"), ["prlimit --nofile=65536 /tmp/x"])),
    // C5 numactl(8) "numactl [options] command {arguments}".
    devNodeCase(
        "C5 numactl --interleave=all /var/tmp/x-rt86n",
        devNodeScript(n("c5"), ["numactl --interleave=all /var/tmp/x"]),
    ),
    // C6 systemd-run --scope: "the command is executed directly" in a transient scope unit (systemd-run(1)).
    devNodeCase(
        "C6 systemd-run --scope -p MemoryMax=1G /tmp/x-rt86n",
        devNodeScript(n("c6"), ["systemd-run --scope -p MemoryMax=1G /tmp/x"]),
    ),
    // C7 setpriv(1) "setpriv [options] program [arguments]": runs the program with the privilege settings.
    devNodeCase(
        "C7 setpriv --no-new-privs /dev/shm/x-rt86n",
        devNodeScript(n("c7"), ["setpriv --no-new-privs /dev/shm/x"]),
    ),
    // C8 dbus-run-session(1) "dbus-run-session [options] [--] PROGRAM [ARGUMENTS]".
    // Was a MISS (fixed in round 86): WRAPPER-LAUNCHERS: insecure accepted (got []). Where: policy-pack/engine/shell.ts WRAPPERS/wrappersOf: dbus-run-session is not a launcher. Fix (general): a launcher table that fails closed: any command whose first operand after its options is an absolute path a non-root user may write (or whose --args/-- operand is one) is judged as running that path, so unlisted launchers (gdb --args, valgrind, dbus-run-session, ...) cannot hide a planted program.
    devNodeCase("C8 dbus-run-session -- /tmp/x-rt86n", devNodeScript(n("c8"), ["dbus-run-session -- /tmp/x"]), /./),
    // D1 unshare(1) "-R, --root=dir: run the command with root directory set to dir": /bin/sh is /tmp/r/bin/sh.
    devNodeCase(
        "D1 unshare --root=/tmp/r /bin/sh -c true-rt86n",
        devNodeScript(n("d1"), ["unshare --root=/tmp/r /bin/sh -c true"]),
    ),
    // D2 nsenter(1) "-r, --root[=directory]: Set the root directory": /var/tmp/r/bin/true runs.
    devNodeCase(
        "D2 nsenter --root=/var/tmp/r /bin/true-rt86n",
        devNodeScript(n("d2"), ["nsenter --target 1 --root=/var/tmp/r /bin/true"]),
    ),
    // D3 systemd-nspawn(1) "-D, --directory=: Directory to use as file system root for the container" (run as root,
    // with /var/lib/kubelet bound in by --bind the container's code reaches node credentials).
    devNodeCase(
        "D3 systemd-nspawn -D /tmp/r --bind=/var/lib/kubelet /bin/sh -c true-rt86n",
        devNodeScript(n("d3"), ["systemd-nspawn -D /tmp/r --bind=/var/lib/kubelet /bin/sh -c true"]),
    ),
    // D4 systemd.exec(5) ExtensionDirectories=: overlays directory trees on /usr and /opt of the unit (like
    // RootDirectory=/BindPaths=, round-86 UNIT_TREE_SETTINGS).
    devNodeCase(
        "D4 systemd-run -p ExtensionDirectories=/tmp/ext /usr/bin/true-rt86n",
        devNodeScript(n("d4"), ["systemd-run -p ExtensionDirectories=/tmp/ext /usr/bin/true"]),
    ),
    // D5 systemd.exec(5) MountImages=: mounts a disk image at a path of the unit: /tmp/img over /usr/bin.
    devNodeCase(
        "D5 systemd-run -p MountImages=/tmp/img.raw:/usr/bin /usr/bin/true-rt86n",
        devNodeScript(n("d5"), ["systemd-run -p MountImages=/tmp/img.raw:/usr/bin /usr/bin/true"]),
    ),
    // D6 systemd-sysext(8): images in /var/lib/extensions are merged over /usr by `systemd-sysext merge`: a planted
    // image copied there replaces every /usr program root later runs.
    // Was a MISS (fixed in round 86): OVERLAY-TREES: insecure accepted (got []). Where: policy-pack/engine/rootReads.ts JUDGED_DIRECTORIES / SYSTEM_DIRECTORIES: /var/lib/extensions, /etc/extensions, /run/extensions (systemd-sysext(8) search paths) are no root-read directory, and `systemd-sysext merge|refresh` is not read as overlaying /usr and /opt with them. Fix (general): every directory a root tool merges over the program tree (sysext/confext image dirs, overlay lowerdirs) joins the root-read directory table, so a copy of a planted file into it is refused like a copy into /usr/bin.
    devNodeCase(
        "D6 cp /tmp/ops.raw /var/lib/extensions/; systemd-sysext merge-rt86n",
        devNodeScript(n("d6"), [
            "mkdir -p /var/lib/extensions",
            "cp /tmp/ops.raw /var/lib/extensions/",
            "systemd-sysext merge",
        ]),
        /./,
    ),
    // E1 mount(8) -B is --bind: a planted program bound over /usr/bin/chronyc (round-86 fix reads --bind / -o bind).
    devNodeCase(
        "E1 mount -B /tmp/x /usr/bin/chronyc; chronyc makestep-rt86n",
        devNodeScript(n("e1"), ["mount -B /tmp/x /usr/bin/chronyc", "chronyc makestep"]),
    ),
    // E2 mount(8) overlay: lowerdir=/tmp/x first shadows /usr/local/bin's programs.
    // Was a MISS (fixed in round 86): BIND-MOUNT-OVER-PROGRAM: insecure accepted (got []). mount(8)/overlayfs: the lower layers are what the merged directory shows, the first lowerdir on top. Where: policy-pack/engine/rootReads.ts mountBinds/mountBindSource (round 86) read only --bind/-B/--rbind/--move and -o bind; overlayOptionPaths is read for mounts AT data dirs, not as the source of a program tree. Fix (general): every mount whose target shows a planted tree (bind, move, overlay lowerdir/upperdir, loop of a planted image) makes the target that planted tree for later reads and runs.
    devNodeCase(
        "E2 mount -t overlay overlay -o lowerdir=/tmp/x:/usr/local/bin /usr/local/bin-rt86n",
        devNodeScript(n("e2"), [
            "mount -t overlay overlay -o lowerdir=/tmp/x:/usr/local/bin /usr/local/bin",
            "/usr/local/bin/ops-setup",
        ]),
        /./,
    ),
    // E3 fstab(5) bind entry + `mount -a`: the same bind, spelled in /etc/fstab.
    // Was a MISS (fixed in round 86): BIND-MOUNT-OVER-PROGRAM: insecure accepted (got []). fstab(5) fs_mntops bind + mount(8) -a "Mount all filesystems mentioned in fstab". Where: policy-pack/engine/rootReads.ts fstab() (line ~9173) judges an fstab line only as a mount AT a data directory; a bind line whose SOURCE is planted and target a program is not fed to the bound map (mountBinds). Fix (general): one reading of a bind, from mount(8) words, fstab lines and .mount units (What=/Where=/Options=bind), feeding the same bound map.
    devNodeCase(
        "E3 echo '/var/tmp/x /usr/bin/chronyc none bind 0 0' >> /etc/fstab; mount -a; chronyc-rt86n",
        devNodeScript(n("e3"), [
            "echo '/var/tmp/x /usr/bin/chronyc none bind 0 0' >> /etc/fstab",
            "mount -a",
            "chronyc makestep",
        ]),
        /./,
    ),
    // E4 mount --rbind (recursive bind, mount(8)).
    devNodeCase(
        "E4 mount --rbind /dev/shm/bin /usr/local/sbin-rt86n",
        devNodeScript(n("e4"), ["mount --rbind /dev/shm/bin /usr/local/sbin", "/usr/local/sbin/ops-setup"]),
    ),
    // F1 bash "Shell Parameter Expansion" ${parameter/pattern/string}: V=/usr/x -> /tmp/x.
    devNodeCase('F1 V=/usr/x; "${V/usr/tmp}"-rt86n', devNodeScript(n("f1"), ["V=/usr/x", '"${V/usr/tmp}"'])),
    // F2 bash ${parameter,,} lower-cases: /TMP/X -> /tmp/x.
    devNodeCase('F2 V=/TMP/X; "${V,,}"-rt86n', devNodeScript(n("f2"), ["V=/TMP/X", '"${V,,}"'])),
    // F3 bash indirect expansion ${!name}: R=V, V=/tmp/x.
    // Was a MISS (fixed in round 86): SHELL-EXPANSION: insecure accepted (got []). bash(1) Parameter Expansion: "If the first character of parameter is an exclamation point (!) ... indirection". Where: policy-pack/engine/shell.ts word expansion before RootReads.planted: ${!R} is left unknown but not failed closed. Fix (general): any word the pack cannot expand exactly (indirection, ${V@P}, arithmetic) as a command name is an unknown program (fail closed), as the round-86 SHELL-EXPANSION fix proposed.
    devNodeCase('F3 V=/tmp/x; R=V; "${!R}"-rt86n', devNodeScript(n("f3"), ["V=/tmp/x", "R=V", '"${!R}"']), /./),
    // F4 bash arrays: A=(/var/tmp/x); "${A[0]}".
    devNodeCase('F4 A=(/var/tmp/x); "${A[0]}"-rt86n', devNodeScript(n("f4"), ["A=(/var/tmp/x)", '"${A[0]}"'])),
    // F5 bash pattern character class [[:lower:]] (Pattern Matching): /t[[:lower:]]p/x reaches /tmp/x.
    devNodeCase("F5 /t[[:lower:]]p/x-rt86n", devNodeScript(n("f5"), ["/t[[:lower:]]p/x"])),
    // F6 bash extglob (shopt -s extglob) @(tmp): /@(tmp)/x.
    // Was a MISS (fixed in round 86): SHELL-EXPANSION: insecure accepted (got []). bash(1) Pathname Expansion with extglob: @(pattern-list) "Matches one of the given patterns". Where: policy-pack/engine/shell.ts (the extglob reader near line 1526 and the pattern test at 1654): a command word /@(tmp)/x is not matched against the writable directories (the round-86 glob fix reads *, ?, [..] component by component). Fix (general): one pattern matcher for command words, operands and sourced paths covering extglob, matched component by component against the data directories.
    devNodeCase("F6 shopt -s extglob; /@(tmp)/x-rt86n", devNodeScript(n("f6"), ["shopt -s extglob", "/@(tmp)/x"]), /./),
    // F7 command substitution as the program: "$(echo /tmp/x)".
    devNodeCase('F7 "$(echo /tmp/x)"-rt86n', devNodeScript(n("f7"), ['"$(echo /tmp/x)"'])),
    // F8 bash declare/readonly assignment spelling.
    devNodeCase('F8 declare -r V=/dev/shm/x; "$V"-rt86n', devNodeScript(n("f8"), ["declare -r V=/dev/shm/x", '"$V"'])),
    // G1 kubelet config staticPodPath: "path to the directory containing local (static) pods to run" (KubeletConfiguration
    // reference): a world-writable dir lets any node user start privileged static pods.
    devNodeCase(
        "G1 kubelet drop-in staticPodPath /tmp/manifests-rt86n",
        devNodeScript(
            n("g1"),
            heredocFile("/etc/kubernetes/kubelet/config.json.d/99-ops.conf", [
                '{"apiVersion":"kubelet.config.k8s.io/v1beta1","kind":"KubeletConfiguration","staticPodPath":"/tmp/manifests"}',
            ]),
        ),
    ),
    // G2 kubelet config tlsCertFile/tlsPrivateKeyFile in /var/tmp (round-86 fix named tlsPrivateKeyFile in /tmp): the serving key is replaceable by any user -> impersonate the kubelet API.
    devNodeCase(
        "G2 kubelet drop-in tlsCertFile+tlsPrivateKeyFile /var/tmp-rt86n",
        devNodeScript(
            n("g2"),
            heredocFile("/etc/kubernetes/kubelet/config.json.d/99-ops.conf", [
                '{"apiVersion":"kubelet.config.k8s.io/v1beta1","kind":"KubeletConfiguration","tlsCertFile":"/var/tmp/k.crt","tlsPrivateKeyFile":"/var/tmp/k.key"}',
            ]),
        ),
    ),
    // H1 skopeo-copy(1) "--src-tls-verify=false": the image pulled into containers-storage over unverified TLS.
    devNodeCase(
        "H1 skopeo copy --src-tls-verify=false docker://registry.internal/ops:1 oci-archive:/opt/ops.tar; ctr import-rt86n",
        devNodeScript(n("h1"), [
            "skopeo copy --src-tls-verify=false docker://registry.internal/ops/agent:1 docker-archive:/opt/ops.tar",
            "ctr -n k8s.io images import /opt/ops.tar",
        ]),
    ),
    // H2 AWS CLI AWS_CA_BUNDLE: "Specifies the path to a certificate bundle to use for HTTPS certificate validation":
    // a /tmp bundle lets its writer MITM the S3 fetch of a program root then runs.
    devNodeCase(
        "H2 AWS_CA_BUNDLE=/tmp/ca.pem aws s3 cp s3://ops/agent /usr/local/bin/agent; run-rt86n",
        devNodeScript(n("h2"), [
            "AWS_CA_BUNDLE=/tmp/ca.pem aws s3 cp s3://ops-artifacts/agent /usr/local/bin/agent",
            "chmod 0755 /usr/local/bin/agent",
            "/usr/local/bin/agent",
        ]),
    ),
    // H3 git -c http.sslCAInfo=/tmp/ca.pem: a planted CA for a clone of code root runs (git-config(1) http.sslCAInfo).
    // Was a MISS (fixed in round 86): TLS-TRUST-SWITCHES: insecure accepted (got []). git-config(1) http.sslCAInfo: "File containing the certificates to verify the peer with when fetching or pushing over HTTPS" - a /tmp file lets its writer serve the clone. Where: policy-pack/engine/rootReads.ts gitUnverifiedFetch (round 86) reads http.sslVerify=false, GIT_SSL_NO_VERIFY and http:// only; a CA file named by -c http.sslCAInfo/http.sslCAPath or GIT_SSL_CAINFO is not judged planted. Fix (general): every option or variable naming a fetcher's CA file or directory (git http.sslCAInfo/GIT_SSL_CAINFO, curl --cacert/--capath, AWS_CA_BUNDLE, SSL_CERT_FILE) is a loaded operand judged with planted(), for every fetcher whose output root later runs.
    devNodeCase(
        "H3 git -c http.sslCAInfo=/tmp/ca.pem clone https://...; /opt/ops/install.sh-rt86n",
        devNodeScript(n("h3"), [
            "git -c http.sslCAInfo=/tmp/ca.pem clone https://git.example.com/ops.git /opt/ops",
            "/opt/ops/install.sh",
        ]),
        /./,
    ),
    // H4 git clone http:// (no TLS at all) of code root runs (neighbour of the round-86 unverified-transport fix).
    devNodeCase(
        "H4 git clone http://git.example.com/ops.git /opt/ops; bash /opt/ops/install.sh-rt86n",
        devNodeScript(n("h4"), ["git clone http://git.example.com/ops.git /opt/ops", "bash /opt/ops/install.sh"]),
    ),
    // H5 hard link of a planted PEM into the anchors (ln without -s: link(2) on the same file system /var).
    devNodeCase(
        "H5 ln /var/tmp/ca.pem /etc/pki/ca-trust/source/anchors/ops.pem; update-ca-trust-rt86n",
        devNodeScript(n("h5"), ["ln /var/tmp/ca.pem /etc/pki/ca-trust/source/anchors/ops.pem", "update-ca-trust"]),
    ),
    // H6 mount --bind of a planted bundle over the system bundle.
    // Was a MISS (fixed in round 86): TLS-TRUST-SWITCHES: insecure accepted (got []). mount --bind makes the bundle path show /tmp/ca.pem: every TLS client root runs (containerd's image pulls, aws, curl, dnf) trusts the planted CA. Where: policy-pack/engine/rootReads.ts the CA-bundle writers (cp/mv/install/tee/ln, round 84-86) are judged, but a bind mount over the bundle (mountBinds, round 86) only feeds later reads of the path as a program/config, not the trust-store check. Fix (general): a bind (or overlay) onto a trust store, CA bundle or anchors directory is judged as a write of its source into it.
    devNodeCase(
        "H6 mount --bind /tmp/ca.pem /etc/pki/tls/certs/ca-bundle.crt-rt86n",
        devNodeScript(n("h6"), ["mount --bind /tmp/ca.pem /etc/pki/tls/certs/ca-bundle.crt"]),
        /./,
    ),
    // I1 dnf.conf(5) gpgkey: "URLs of a GPG key file that can be used for signing metadata and packages" - an http://
    // key is fetched unverified, so gpgcheck=1 only checks against the attacker's key.
    // Was a MISS (fixed in round 86): PACKAGE-VERIFICATION: insecure accepted (got []). dnf.conf(5) gpgkey: "URLs of a GPG key file that can be used for signing metadata and packages of this repository" - dnf imports the key the http:// URL serves, so gpgcheck=1 checks against an attacker's key. Where: policy-pack/engine/rootReads.ts uncheckedPackageSettings: only baseurl/mirrorlist/metalink are transports; a plain-HTTP/FTP gpgkey is not the signature check turned off. Fix (general): a signature check whose key is fetched unverified (gpgkey=http://|ftp://, rpm --import http:// already held) counts as signature off; and a TLS-verified baseurl then does not save it.
    devNodeCase(
        "I1 repo gpgcheck=1 gpgkey=http://repo.internal/ops.gpg; dnf install ops-rt86n",
        devNodeScript(n("i1"), [
            ...heredocFile("/etc/yum.repos.d/ops.repo", [
                "[ops]",
                "name=ops",
                "baseurl=https://repo.internal/ops/",
                "gpgcheck=1",
                "gpgkey=http://repo.internal/ops.gpg",
            ]),
            "dnf install -y ops-agent",
        ]),
        /./,
    ),
    // I2 rpm --import ftp:// (neighbour of the http:// fix).
    devNodeCase(
        "I2 rpm --import ftp://repo.internal/ops.gpg; dnf install ops-rt86n",
        devNodeScript(n("i2"), ["rpm --import ftp://repo.internal/ops.gpg", "dnf install -y ops-agent"]),
    ),
    // I3 rpmkeys(8) --import: the same keyring as rpm --import.
    devNodeCase(
        "I3 rpmkeys --import http://repo.internal/ops.gpg; dnf install ops-rt86n",
        devNodeScript(n("i3"), ["rpmkeys --import http://repo.internal/ops.gpg", "dnf install -y ops-agent"]),
    ),
    // I4 dnf install of a local /tmp package: localpkg_gpgcheck defaults False (dnf.conf(5)), scriptlets run as root.
    devNodeCase("I4 dnf install -y /tmp/ops.rpm-rt86n", devNodeScript(n("i4"), ["dnf install -y /tmp/ops.rpm"])),
    // I5 dnf --repofrompath with an http:// baseurl and --nogpgcheck (check off + unverified transport).
    // Was a MISS (fixed in round 86): PACKAGE-VERIFICATION: insecure accepted (got []). dnf(8) --repofrompath=<repo>,<path/url> "Specify a repository to add to the repositories for this query" + --nogpgcheck: plain-HTTP packages with no signature check. Where: policy-pack/engine/rootReads.ts packageCheckOffSwitches/uncheckedPackageSettings: --repofrompath's URL is read as a package source path (round 81) but not as an unencrypted transport beside --nogpgcheck. Fix (general): every repository source a dnf command line defines (--repofrompath, --setopt=*.baseurl, config-manager --add-repo) is checked for plain HTTP/FTP together with the signature switches on the same line.
    devNodeCase(
        "I5 dnf --repofrompath=ops,http://repo.internal/ops --repo=ops --nogpgcheck install ops-rt86n",
        devNodeScript(n("i5"), [
            "dnf --repofrompath=ops,http://repo.internal/ops --repo=ops --nogpgcheck install -y ops-agent",
        ]),
        /./,
    ),
    // I6 rpm -ivh with an uppercase scheme HTTP:// (URL schemes are case-insensitive, RFC 3986 3.1).
    devNodeCase(
        "I6 rpm -ivh HTTP://repo.internal/ops.rpm-rt86n",
        devNodeScript(n("i6"), ["rpm -ivh HTTP://repo.internal/ops.rpm"]),
    ),
    // J1 git(1) GIT_SSL_CAINFO (environment form of http.sslCAInfo, git-config(1)): a planted CA for code root runs.
    devNodeCase(
        "J1 GIT_SSL_CAINFO=/var/tmp/ca.pem git clone https://...; /opt/ops/install.sh-rt86n",
        devNodeScript(n("j1"), [
            "GIT_SSL_CAINFO=/var/tmp/ca.pem git clone https://git.example.com/ops.git /opt/ops",
            "/opt/ops/install.sh",
        ]),
    ),
    // J2 curl(1) "--capath <dir>: use the specified certificate directory to verify the peer": /tmp/certs is planted.
    devNodeCase(
        "J2 curl --capath /tmp/certs -o /usr/local/bin/agent https://...; agent-rt86n",
        devNodeScript(n("j2"), [
            "curl -fsSL --capath /tmp/certs -o /usr/local/bin/agent https://artifacts.example.com/agent",
            "chmod 0755 /usr/local/bin/agent",
            "/usr/local/bin/agent",
        ]),
    ),
    // J3 OpenSSL SSL_CERT_DIR (openssl-env(7): "the default certificate directory"): a planted CA directory.
    devNodeCase(
        "J3 SSL_CERT_DIR=/dev/shm/certs curl -o /usr/local/bin/agent https://...; agent-rt86n",
        devNodeScript(n("j3"), [
            "SSL_CERT_DIR=/dev/shm/certs curl -fsSL -o /usr/local/bin/agent https://artifacts.example.com/agent",
            "chmod 0755 /usr/local/bin/agent",
            "/usr/local/bin/agent",
        ]),
    ),
    // J4 systemd.mount(5) What=/Where=/Options=bind: the same bind as mount --bind, as a unit.
    // Was a MISS (fixed in round 86): BIND-MOUNT-OVER-PROGRAM: insecure accepted (got []). systemd.mount(5): What= is mounted at Where= with Options= (bind). Where: policy-pack/engine/rootReads.ts the .mount unit reader (~line 13881) reads only Type=tmpfs units (tmpfsOpens); What=/Where=/Options=bind is not fed to the bound map mountBinds feeds. Fix (general): one reading of a bind, from mount(8) words, fstab lines and .mount units (What=/Where=/Options=bind), feeding the same bound map.
    devNodeCase(
        "J4 ops-bin.mount What=/tmp/bin Where=/usr/local/bin Options=bind; run-rt86n",
        devNodeScript(n("j4"), [
            ...heredocFile("/etc/systemd/system/usr-local-bin.mount", [
                "[Mount]",
                "What=/tmp/bin",
                "Where=/usr/local/bin",
                "Type=none",
                "Options=bind",
            ]),
            "systemctl daemon-reload",
            "systemctl start usr-local-bin.mount",
            "/usr/local/bin/ops-setup",
        ]),
        /./,
    ),
    // J5 mount(8) -o loop: a planted file system image mounted over a program directory.
    // Was a MISS (fixed in round 86): BIND-MOUNT-OVER-PROGRAM: insecure accepted (got []). mount(8) LOOP-DEVICE SUPPORT: -o loop mounts the file system image FILE at the target, so /usr/local/bin shows the planted image's files. Where: policy-pack/engine/rootReads.ts mountBinds/mountBindSource: only bind/rbind/move make the target the source's tree; a loop mount of a planted image is not. Fix (general): every mount whose target shows a planted tree (bind, move, overlay lowerdir/upperdir, loop of a planted image) makes the target that planted tree for later reads and runs.
    devNodeCase(
        "J5 mount -o loop,ro /tmp/bin.img /usr/local/bin; run-rt86n",
        devNodeScript(n("j5"), ["mount -o loop,ro /tmp/bin.img /usr/local/bin", "/usr/local/bin/ops-setup"]),
        /./,
    ),
    // E2-fix86 fstab(5) overlay line + mount(8) -a: the upper layer /dev/shm/up shows over /usr/local/sbin (kernel
    // overlayfs.rst: the merged directory shows the upper directory over the lower ones).
    devNodeCase(
        "E2 fstab overlay upperdir=/dev/shm/up over /usr/local/sbin; mount -a; run-fix86",
        devNodeScript(n("e2f"), [
            "echo 'overlay /usr/local/sbin overlay lowerdir=/usr/local/sbin,upperdir=/dev/shm/up,workdir=/dev/shm/wk 0 0' >> /etc/fstab",
            "mount -a",
            "/usr/local/sbin/ops-setup",
        ]),
        /run \/dev\/shm\/up\/ops-setup/,
    ),
    // J5-fix86 mount(8) "mount /tmp/disk.img /mnt/dir": a regular file source is set up on a loop device without -o
    // loop; a planted image over a program directory.
    devNodeCase(
        "J5 mount /dev/shm/tools.img /usr/local/bin; run-fix86",
        devNodeScript(n("j5f"), ["mount /dev/shm/tools.img /usr/local/bin", "/usr/local/bin/ops-setup"]),
        /run \/dev\/shm\/tools\.img\/ops-setup/,
    ),
    // H6-fix86 systemd.mount(5) Type=overlay unit over the anchors directory: the planted /var/tmp/ca layer shows
    // its PEM files as anchors (update-ca-trust(8) reads /etc/pki/ca-trust/source/anchors).
    devNodeCase(
        "H6 anchors.mount Type=overlay lowerdir=/var/tmp/ca:/etc/pki/ca-trust/source/anchors-fix86",
        devNodeScript(n("h6f"), [
            ...heredocFile("/etc/systemd/system/etc-pki-ca\\x2dtrust-source-anchors.mount", [
                "[Mount]",
                "What=overlay",
                "Where=/etc/pki/ca-trust/source/anchors",
                "Type=overlay",
                "Options=lowerdir=/var/tmp/ca:/etc/pki/ca-trust/source/anchors",
            ]),
            "systemctl daemon-reload",
            "systemctl start 'etc-pki-ca\\x2dtrust-source-anchors.mount'",
            "update-ca-trust",
        ]),
        /a mount of/,
    ),
    // J6 wget over plain http of a program root runs (no TLS: anyone on the path serves it).
    // Was a MISS (fixed in round 86): UNVERIFIED-DOWNLOAD-RUN: insecure accepted (got []). A plain-HTTP download (no TLS, RFC 9110 http scheme) is written by whoever is on the network path (in-VPC ARP/DNS spoofing, a proxy); root then runs it. Where: policy-pack/engine/rootReads.ts unverifiedDownload (round 86) is consulted only by unverifiedRepositoryFiles (repo files) - curl/wget of an http:// or -k/--no-check-certificate URL into a path root later runs is not planted (copiedDestinations gives it the operator's provenance). Fix (general): a file a fetcher writes from an unverified transport (http://, ftp://, -k, --no-check-certificate, and the CA-file options of H3) takes a network-planted provenance for every later run, source, load or config read, not only for repo files.
    devNodeCase(
        "J6 wget -O /usr/local/bin/agent http://artifacts.internal/agent; run-rt86n",
        devNodeScript(n("j6"), [
            "wget -q -O /usr/local/bin/agent http://artifacts.internal/agent",
            "chmod 0755 /usr/local/bin/agent",
            "/usr/local/bin/agent",
        ]),
        /./,
    ),
    // J7 tar --use-compress-program abbreviated (getopt_long prefix): --use-comp=/tmp/z.
    devNodeCase(
        "J7 tar --use-comp=/tmp/z -xf /etc/ops/b.tar.zst-rt86n",
        devNodeScript(n("j7"), ["tar --use-comp=/tmp/z -xf /etc/ops/b.tar.zst -C /opt"]),
    ),
    // J8 rsync -e with the value attached (-e/tmp/rsh, getopt short-option value).
    devNodeCase(
        "J8 rsync -e/tmp/rsh -a ops@backup:/srv/x /opt/x-rt86n",
        devNodeScript(n("j8"), ["rsync -e/tmp/rsh -a ops@backup:/srv/x /opt/x"]),
    ),
    // J9 su(1) "-s, --shell SHELL: Run the specified shell instead of the default": root runs /var/tmp/sh.
    // Was a MISS (fixed in round 86): WRAPPER-LAUNCHERS: insecure accepted (got []). su(1) "-s, --shell=SHELL: Run the specified shell instead of the default": the -c line runs under /var/tmp/sh. Where: policy-pack/engine/shell.ts WRAPPERS.su (values "gGsw", launches: suCommand): -s is skipped as a value, never judged as the program su runs. Fix (general): options that choose the interpreter of a launched line (su -s, sudo -s with SHELL, runuser -s, script with SHELL, watch -x) are launched programs judged with planted().
    devNodeCase(
        "J9 su -s /var/tmp/sh root -c true-rt86n",
        devNodeScript(n("j9"), ["su -s /var/tmp/sh root -c true"]),
        /./,
    ),
    // J10 env(1) "-C, --chdir=DIR: change working directory to DIR" then a relative program: /tmp/x.
    // Was a MISS (fixed in round 86): WRAPPER-LAUNCHERS: insecure accepted (got []). coreutils env(1) "-C, --chdir=DIR: change working directory to DIR" then runs COMMAND: ./x is /tmp/x. Where: policy-pack/engine/shell.ts (env handling ~line 495/809): -C/--chdir is skipped as a value but a relative program is not resolved against it. Fix (general): a launcher's working-directory option (env -C, sudo -D, systemd-run -p WorkingDirectory=, nsenter -w) resolves the relative program, script and file operands it runs; resolved into a data directory they are planted.
    devNodeCase("J10 env -C /tmp ./x-rt86n", devNodeScript(n("j10"), ["env -C /tmp ./x"]), /./),
    // J11 curl(1) "-k, --insecure: ... skip the verification step": a program fetched with no server check, then run.
    // Was a MISS (fixed in round 86): UNVERIFIED-DOWNLOAD-RUN: insecure accepted (got []). curl -k: no certificate check, so anyone on the path serves the program root runs. Where: policy-pack/engine/rootReads.ts unverifiedDownload is consulted only for repo files (unverifiedRepositoryFiles). Fix (general): see J6 - an unverified fetch's output is network-planted for every later run/load/read.
    devNodeCase(
        "J11 curl -k -o /usr/local/bin/agent https://...; agent-rt86n",
        devNodeScript(n("j11"), [
            "curl -fsSLk -o /usr/local/bin/agent https://artifacts.example.com/agent",
            "chmod 0755 /usr/local/bin/agent",
            "/usr/local/bin/agent",
        ]),
        /./,
    ),
    // J12 curl of an http:// script piped into bash (root runs what the network path serves).
    devNodeCase(
        "J12 curl -fsSL http://artifacts.internal/setup.sh | bash-rt86n",
        devNodeScript(n("j12"), ["curl -fsSL http://artifacts.internal/setup.sh | bash"]),
    ),
    // J13 wget --no-check-certificate of a kernel module, then insmod.
    // Was a MISS (fixed in round 86): UNVERIFIED-DOWNLOAD-RUN: insecure accepted (got []). wget --no-check-certificate, then insmod: a kernel module from whoever is on the path. Where: policy-pack/engine/rootReads.ts unverifiedDownload is consulted only for repo files. Fix (general): see J6.
    devNodeCase(
        "J13 wget --no-check-certificate -O /etc/ops/ops.ko https://...; insmod-rt86n",
        devNodeScript(n("j13"), [
            "wget --no-check-certificate -O /etc/ops/ops.ko https://artifacts.example.com/ops.ko",
            "insmod /etc/ops/ops.ko",
        ]),
        /./,
    ),
    // Neighbours of the round-86 UNVERIFIED-DOWNLOAD-RUN fix (rootReads.ts unverifiedDownloads): ftp:// has no TLS
    // (RFC 959), so the script curl saves is whoever's on the path; bash then runs it.
    devNodeCase(
        "N1 curl -o /etc/ops/setup.sh ftp://...; bash /etc/ops/setup.sh-fix86",
        devNodeScript(n("n1fix"), [
            "curl -fsSL -o /etc/ops/setup.sh ftp://artifacts.internal/setup.sh",
            "bash /etc/ops/setup.sh",
        ]),
    ),
    // aws(1) --no-verify-ssl: "overrides the default behavior of verifying SSL certificates": the S3 object's program
    // is whoever answers on the path's.
    devNodeCase(
        "N2 aws --no-verify-ssl s3 cp s3://.../agent /usr/local/bin/agent; agent-fix86",
        devNodeScript(n("n2fix"), [
            "aws --no-verify-ssl s3 cp s3://ops-artifacts/agent /usr/local/bin/agent",
            "chmod 0755 /usr/local/bin/agent",
            "/usr/local/bin/agent",
        ]),
    ),
    // TLS-TRUST-SWITCHES neighbours (FETCHER_CA_OPTIONS): curl(1) --cacert "use the specified certificate file to
    // verify the peer": a /dev/shm CA lets its writer serve the program root runs.
    devNodeCase(
        "N3 curl --cacert /dev/shm/ca.pem -o /usr/local/bin/agent https://...; agent-fix86",
        devNodeScript(n("n3fix"), [
            "curl -fsSL --cacert /dev/shm/ca.pem -o /usr/local/bin/agent https://artifacts.example.com/agent",
            "/usr/local/bin/agent",
        ]),
    ),
    // wget(1) --ca-certificate=file "Use file as the file with the bundle of certificate authorities".
    devNodeCase(
        "N4 wget --ca-certificate=/var/tmp/ca.pem -O /usr/local/bin/agent https://...-fix86",
        devNodeScript(n("n4fix"), [
            "wget -q --ca-certificate=/var/tmp/ca.pem -O /usr/local/bin/agent https://artifacts.example.com/agent",
            "/usr/local/bin/agent",
        ]),
    ),
    // PACKAGE-VERIFICATION neighbours: --repofrompath over ftp:// with the signature check off by --setopt
    // (dnf.conf(5) gpgcheck; dnf(8) --setopt).
    devNodeCase(
        "N5 dnf --repofrompath=ops,ftp://... --setopt=ops.gpgcheck=0 install-fix86",
        devNodeScript(n("n5fix"), [
            "dnf --repofrompath=ops,ftp://repo.internal/ops --setopt=ops.gpgcheck=0 install -y ops-agent",
        ]),
    ),
    // A second [section] with gpgcheck=1 and an ftp:// gpgkey: its key import is unverified even beside a
    // gpgcheck=0 section (judged per section, dnf.conf(5) "[repository] OPTIONS").
    devNodeCase(
        "N6 repo file 2nd section gpgcheck=1 gpgkey=ftp://...-fix86",
        devNodeScript(n("n6fix"), [
            ...heredocFile("/etc/yum.repos.d/ops.repo", [
                "[ops-debug]",
                "name=ops-debug",
                "baseurl=https://repo.internal/ops-debug/",
                "gpgcheck=0",
                "enabled=0",
                "[ops]",
                "name=ops",
                "baseurl=https://repo.internal/ops/",
                "gpgcheck=1",
                "gpgkey=ftp://repo.internal/ops.gpg",
            ]),
            "dnf install -y ops-agent",
        ]),
    ),
    // Round-86 neighbours (fix86): WRAPPER-LAUNCHERS. gdb(1) --args, its -args spelling: the words after it are run.
    devNodeCase("N1 gdb -q -args /tmp/x -v-fix86", devNodeScript(n("n1"), ["gdb -q -batch -ex run -args /tmp/x -v"])),
    // runuser(1) without -u is su's form: "-s, --shell=SHELL" chooses the program the -c line runs under.
    devNodeCase(
        "N2 runuser --shell=/dev/shm/sh root -c true-fix86",
        devNodeScript(n("n2"), ["runuser --shell=/dev/shm/sh root -c true"]),
    ),
    // sudo(8) "-D directory, --chdir=directory: Run the command in the specified directory": ./x is /tmp/x.
    devNodeCase("N3 sudo -D /tmp ./x-fix86", devNodeScript(n("n3"), ["sudo -D /tmp ./x"])),
    // A shell named by its path is a program root runs, whatever its -c line (bash(1) INVOCATION).
    devNodeCase("N4 /var/tmp/bash -c true-fix86", devNodeScript(n("n4"), ["/var/tmp/bash -c true"])),
    // SHELL-EXPANSION: indirection with an operator (bash(1) "Parameter Expansion": the indirect value is then
    // expanded with the operator), and extglob +(..) "Matches one or more occurrences of the given patterns".
    devNodeCase(
        'N5 V=/dev/shm/x; R=V; "${!R:-/usr/bin/true}"-fix86',
        devNodeScript(n("n5"), ["V=/dev/shm/x", "R=V", '"${!R:-/usr/bin/true}"']),
    ),
    devNodeCase(
        "N6 shopt -s extglob; /var/+(tmp)/x-fix86",
        devNodeScript(n("n6"), ["shopt -s extglob", "/var/+(tmp)/x"]),
    ),
    // OVERLAY-TREES: systemd-sysext(8) /etc/extensions/ and systemd-confext(8) /var/lib/confexts/ images.
    devNodeCase(
        "N7 cp /tmp/ops.raw /etc/extensions/; systemd-sysext refresh-fix86",
        devNodeScript(n("n7"), [
            "mkdir -p /etc/extensions",
            "cp /tmp/ops.raw /etc/extensions/",
            "systemd-sysext refresh",
        ]),
    ),
    devNodeCase(
        "N8 install /var/tmp/c.raw /var/lib/confexts/c.raw-fix86",
        devNodeScript(n("n8"), ["install -D -m 0644 /var/tmp/c.raw /var/lib/confexts/c.raw", "systemd-confext merge"]),
    ),
];

const secure: NodeCase[] = [
    // S1 tar --to-command of a system program (md5sum from /usr/bin, root-owned): no planted program.
    devNodeCase(
        "S1 tar --to-command=/usr/bin/md5sum -xf /etc/ops/b.tar-rt86n",
        devNodeScript(n("s1"), ["tar --to-command=/usr/bin/md5sum -xf /etc/ops/b.tar > /var/log/ops.sums"]),
    ),
    // S2 sort --compress-program=gzip (a PATH program root owns).
    devNodeCase(
        "S2 sort --compress-program=gzip /etc/hosts-rt86n",
        devNodeScript(n("s2"), ["sort --compress-program=gzip /etc/hosts > /etc/ops/hosts.sorted"]),
    ),
    // S3 GIT_SSH_COMMAND with a root-owned key and strict host checking.
    devNodeCase(
        "S3 GIT_SSH_COMMAND='ssh -i /etc/ops/key -o StrictHostKeyChecking=yes' git pull-rt86n",
        devNodeScript(n("s3"), [
            "GIT_SSH_COMMAND='ssh -i /etc/ops/key -o StrictHostKeyChecking=yes' git -C /opt/ops pull",
        ]),
    ),
    // S4 find /etc/ops -exec chmod 0644 {} + (found files are root's; chmod is not a loader).
    devNodeCase(
        "S4 find /etc/ops -type f -exec chmod 0644 {} +-rt86n",
        devNodeScript(n("s4"), ["find /etc/ops -type f -exec chmod 0644 {} +"]),
    ),
    // S5 strace of a system program.
    devNodeCase("S5 strace -c /usr/bin/true-rt86n", devNodeScript(n("s5"), ["strace -c /usr/bin/true"])),
    // S6 unshare --net (no root change) of a system program.
    devNodeCase(
        "S6 unshare --net /usr/sbin/ip link-rt86n",
        devNodeScript(n("s6"), ["unshare --net /usr/sbin/ip link"]),
    ),
    // S7 mount --bind between root-owned paths (user-data-written /etc/ops file over /usr/local/bin name).
    devNodeCase(
        "S7 mount -B /usr/bin/true /usr/local/bin/ops-hook-rt86n",
        devNodeScript(n("s7"), ["touch /usr/local/bin/ops-hook", "mount -B /usr/bin/true /usr/local/bin/ops-hook"]),
    ),
    // S8 ${V/pattern/string} that yields a root-owned path.
    devNodeCase(
        'S8 V=/usr/bin/truex; "${V/truex/true}"-rt86n',
        devNodeScript(n("s8"), ["V=/usr/bin/truex", '"${V/truex/true}"']),
    ),
    // S9 repo over http:// with gpgcheck=1 and a file:// key shipped in the AMI: dnf verifies each package's
    // signature against the local key (dnf.conf(5) gpgcheck), so the transport does not decide trust.
    devNodeCase(
        "S9 repo http:// baseurl gpgcheck=1 gpgkey=file:///etc/pki/rpm-gpg/...-rt86n",
        devNodeScript(n("s9"), [
            ...heredocFile("/etc/yum.repos.d/ops.repo", [
                "[ops]",
                "name=ops",
                "baseurl=http://repo.internal/ops/",
                "gpgcheck=1",
                "gpgkey=file:///etc/pki/rpm-gpg/RPM-GPG-KEY-amazon-linux-2023",
            ]),
            "dnf install -y ops-agent",
        ]),
    ),
    // S10 kubelet drop-in staticPodPath in its default root-owned directory.
    // MISS: STATIC-POD-SOURCE: secure refused (custody-effective-access: "user data's kubelet drop-in ... sets config.staticPodPath: the kubelet runs static pods from there ... acts as ServiceAccount validators/containment-chamber", holder "whoever writes the static pod source"). Kubernetes "Static Pods" Limitations: "The spec of a static Pod cannot refer to other API objects (e.g., ServiceAccount, ConfigMap, Secret)" - a static pod cannot act as a ServiceAccount, and /etc/kubernetes/manifests (empty, root-owned) is written only by root, who already holds the node. Where: policy-pack/engine/userDataReaders/formats.ts kubeletConfigOpenings (staticPodPath/staticPodURL loop, ~line 579) refuses any static pod source. Fix (general): judge a staticPodPath by who may write it (writablePathOpenings / the root-read directory check) and staticPodURL by its transport; drop the ServiceAccount step for static pods.
    // DECIDED (round 86 integration): refused, as round 84's S20m. A static pod source is a pod no admission sees (the
    // custody namespace's admission and the pack's pod judgment never read it); the EKS AMIs' kubelet config sets none,
    // so user data that opens one is refused until manifests written there are judged as pods (what follows).
    // Was: Still open (round 86): the same drop-in is round 84's insecure S20m (redteam84-node.test.ts, kept refused:
    // the brief keeps every earlier static-pod case refused), so the two cases contradict; accepting it needs the lead's
    // decision, and then every write into the staticPodPath directory read as a pod spec the pack judges (rootReads), so
    // an empty root-owned directory is clean while a manifest written there is judged as the pod it starts.
    devNodeCase(
        "S10 kubelet drop-in staticPodPath /etc/kubernetes/manifests-rt86n",
        devNodeScript(
            n("s10"),
            heredocFile("/etc/kubernetes/kubelet/config.json.d/99-ops.conf", [
                '{"apiVersion":"kubelet.config.k8s.io/v1beta1","kind":"KubeletConfiguration","staticPodPath":"/etc/kubernetes/manifests"}',
            ]),
        ),
        /./,
        MISS,
    ),
    // S11 AWS_CA_BUNDLE pointing to the system bundle.
    devNodeCase(
        "S11 AWS_CA_BUNDLE=/etc/pki/tls/certs/ca-bundle.crt aws s3 cp ... /etc/ops/motd-rt86n",
        devNodeScript(n("s11"), [
            "AWS_CA_BUNDLE=/etc/pki/tls/certs/ca-bundle.crt aws s3 cp s3://ops-artifacts/motd /etc/ops/motd",
        ]),
    ),
    // S12 prlimit / numactl of system programs.
    devNodeCase(
        "S12 prlimit --nofile=65536 /usr/bin/true; numactl --interleave=all /usr/bin/true-rt86n",
        devNodeScript(n("s12"), ["prlimit --nofile=65536 /usr/bin/true", "numactl --interleave=all /usr/bin/true"]),
    ),
    // S13 GIT_SSL_CAINFO naming the system bundle (root-owned): the clone is TLS-verified to the named server.
    devNodeCase(
        "S13 GIT_SSL_CAINFO=/etc/pki/tls/certs/ca-bundle.crt git clone https://...; install.sh-rt86n",
        devNodeScript(n("s13"), [
            "GIT_SSL_CAINFO=/etc/pki/tls/certs/ca-bundle.crt git clone https://git.example.com/ops.git /opt/ops",
            "/opt/ops/install.sh",
        ]),
    ),
    // S14 curl --capath of the system certificate directory, https download then run (operator's software over TLS).
    devNodeCase(
        "S14 curl --capath /etc/pki/tls/certs -o /usr/local/bin/agent https://...; agent-rt86n",
        devNodeScript(n("s14"), [
            "curl -fsSL --capath /etc/pki/tls/certs -o /usr/local/bin/agent https://artifacts.example.com/agent",
            "chmod 0755 /usr/local/bin/agent",
            "/usr/local/bin/agent",
        ]),
    ),
    // S15 env -C of a root-owned directory with an absolute system program.
    devNodeCase("S15 env -C /etc/ops /usr/bin/true-rt86n", devNodeScript(n("s15"), ["env -C /etc/ops /usr/bin/true"])),
    // S16 mount -o loop,ro of a data image at a data directory (not over a program tree): nothing root runs from it.
    devNodeCase(
        "S16 mount -o loop,ro /var/lib/ops/data.img /mnt/ops-data-rt86n",
        devNodeScript(n("s16"), ["mkdir -p /mnt/ops-data", "mount -o loop,ro /var/lib/ops/data.img /mnt/ops-data"]),
    ),
    // S18-fix86 overlay whose layers are root-owned directories (kernel overlayfs.rst): nothing planted shows.
    devNodeCase(
        "S18 mount -t overlay lowerdir=/usr/local/bin,upperdir=/var/lib/ops/up over /usr/local/bin-fix86",
        devNodeScript(n("s18"), [
            "mkdir -p /var/lib/ops/up /var/lib/ops/wk",
            "mount -t overlay overlay -o lowerdir=/usr/local/bin,upperdir=/var/lib/ops/up,workdir=/var/lib/ops/wk /usr/local/bin",
        ]),
    ),
    // S19-fix86 fstab(5) tmpfs line with mode=0700 + mount -a (tmpfs(5) mode=): root's own scratch directory.
    devNodeCase(
        "S19 fstab tmpfs /mnt/scratch mode=0700; mount -a-fix86",
        devNodeScript(n("s19"), [
            "mkdir -p /mnt/scratch",
            "echo 'tmpfs /mnt/scratch tmpfs mode=0700,size=64m 0 0' >> /etc/fstab",
            "mount -a",
        ]),
    ),
    // S20-fix86 systemd.mount(5) unit of a block device at a data directory (What=/dev/nvme1n1): no planted tree.
    devNodeCase(
        "S20 mnt-data.mount What=/dev/nvme1n1 Where=/mnt/data Type=xfs-fix86",
        devNodeScript(n("s20"), [
            ...heredocFile("/etc/systemd/system/mnt-data.mount", [
                "[Mount]",
                "What=/dev/nvme1n1",
                "Where=/mnt/data",
                "Type=xfs",
                "Options=defaults,noatime",
            ]),
            "systemctl daemon-reload",
            "systemctl start mnt-data.mount",
        ]),
    ),
    // S17 wget over https (certificate checked against the system bundle), then run: the operator's software.
    devNodeCase(
        "S17 wget -O /usr/local/bin/agent https://...; agent-rt86n",
        devNodeScript(n("s17"), [
            "wget -q -O /usr/local/bin/agent https://artifacts.example.com/agent",
            "chmod 0755 /usr/local/bin/agent",
            "/usr/local/bin/agent",
        ]),
    ),
    // Neighbours of the round-86 UNVERIFIED-DOWNLOAD-RUN fix. Instance metadata over plain HTTP is no network path
    // (EC2 user guide "Instance metadata service": 169.254.169.254 is link-local, "valid only from the instance"): the
    // node's own user data, saved and run again, is the operator's (as an https download is, round 74).
    devNodeCase(
        "T1 curl -o /usr/local/bin/ops-userdata http://169.254.169.254/latest/user-data; run-fix86",
        devNodeScript(n("t1fix"), [
            "curl -s -o /usr/local/bin/ops-userdata http://169.254.169.254/latest/user-data",
            "chmod 0755 /usr/local/bin/ops-userdata",
            "/usr/local/bin/ops-userdata",
        ]),
    ),
    // A plain-HTTP download root never runs, loads or sources (data read by jq): nothing planted runs.
    devNodeCase(
        "T2 wget -O /var/lib/ops/data.json http://...; jq . it-fix86",
        devNodeScript(n("t2fix"), [
            "wget -q -O /var/lib/ops/data.json http://artifacts.internal/data.json",
            "jq . /var/lib/ops/data.json > /var/lib/ops/pretty.json",
        ]),
    ),
    // TLS-TRUST-SWITCHES neighbour: git -c http.sslCAInfo naming the system bundle (root-owned, as S13's variable).
    devNodeCase(
        "T3 git -c http.sslCAInfo=/etc/pki/tls/certs/ca-bundle.crt clone https://...; install.sh-fix86",
        devNodeScript(n("t3fix"), [
            "git -c http.sslCAInfo=/etc/pki/tls/certs/ca-bundle.crt clone https://git.example.com/ops.git /opt/ops",
            "/opt/ops/install.sh",
        ]),
    ),
    // PACKAGE-VERIFICATION neighbours: the signature check off alone over TLS (round 84/85's decision: the server the
    // operator named over https vouches for the packages), and an https gpgkey (the operator's key, over TLS).
    devNodeCase(
        "T4 dnf --repofrompath=ops,https://... --nogpgcheck install-fix86",
        devNodeScript(n("t4fix"), [
            "dnf --repofrompath=ops,https://repo.internal/ops --repo=ops --nogpgcheck install -y ops-agent",
        ]),
    ),
    devNodeCase(
        "T5 repo gpgcheck=1 gpgkey=https://repo.internal/ops.gpg-fix86",
        devNodeScript(n("t5fix"), [
            ...heredocFile("/etc/yum.repos.d/ops.repo", [
                "[ops]",
                "name=ops",
                "baseurl=http://repo.internal/ops/",
                "gpgcheck=1",
                "gpgkey=https://repo.internal/ops.gpg",
            ]),
            "dnf install -y ops-agent",
        ]),
    ),
    // Round-86 neighbours (fix86), secure: launchers of root-owned programs (valgrind(1), dbus-run-session(1), su -s
    // of the system shell, env -C into a root-owned directory), expansions naming them, and a sysext listing.
    devNodeCase(
        "T1 valgrind --tool=memcheck /usr/bin/true-fix86",
        devNodeScript(n("lt1"), ["valgrind --tool=memcheck /usr/bin/true"]),
    ),
    devNodeCase(
        "T2 dbus-run-session -- /usr/bin/true-fix86",
        devNodeScript(n("lt2"), ["dbus-run-session -- /usr/bin/true"]),
    ),
    devNodeCase("T3 su -s /bin/bash root -c true-fix86", devNodeScript(n("lt3"), ["su -s /bin/bash root -c true"])),
    devNodeCase("T4 env -C /usr/bin ./true-fix86", devNodeScript(n("lt4"), ["env -C /usr/bin ./true"])),
    devNodeCase(
        'T5 V=/usr/bin/true; R=V; "${!R}"-fix86',
        devNodeScript(n("lt5"), ["V=/usr/bin/true", "R=V", '"${!R}"']),
    ),
    devNodeCase(
        "T6 shopt -s extglob; /usr/bin/@(true)-fix86",
        devNodeScript(n("lt6"), ["shopt -s extglob", "/usr/bin/@(true)"]),
    ),
    devNodeCase("T7 systemd-sysext list-fix86", devNodeScript(n("lt7"), ["systemd-sysext list"])),
];

void MISS;
describeNodeCases("round 86 red team (node2): node user data", insecure, secure);
