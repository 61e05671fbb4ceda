// Red-team round 84 on EKS NODE user data (rootReads.ts, userData.ts, userDataReaders/kernelSettings.ts): fresh eyes on
// the neighbours of the round-82/83 node fixes and classes no round tried. Probed: options naming a program root runs
// (iptables/iptables-restore --modprobe/-M, tar -I, sort --compress-program, rsync -e/--rsh, scp -S, ssh -o
// ProxyCommand, git -c core.sshCommand, GIT_SSH/GIT_SSH_COMMAND/GIT_EXEC_PATH/GIT_CONFIG_GLOBAL, openssl -engine PATH);
// tmpfiles.d w/w+/f/L writing kernel helpers, ld.so.preload, cron.d and units (in /etc and /run); kernel loaders
// (binfmt_misc register and binfmt.d with the C flag, insmod, modprobe -d, kexec -l); shell code paths (trap EXIT/ERR,
// aliases with expand_aliases, source <(cat F), eval "$(cat F)", bash -s <, exec 3< + source /dev/fd/3, source
// /proc/self/fd/3 3<); sysctl argument provenance (mapfile, xargs -a and xargs <, "$(< F)"); loader variables
// (GCONV_PATH, LD_AUDIT, OPENSSL_MODULES, NODE_OPTIONS --require, PERL5OPT); registry and TLS trust (containerd certs.d
// hosts.toml ca, skip_verify, http hosts, config_path, the extracted CA bundle by append and copy, AWS_CA_BUNDLE); job
// loaders (at -f, systemd-run, crontab /dev/stdin <, at/crontab stdin literals, ctr import - and nerdctl load < stdin);
// config management (ansible-pull -d /tmp, puppet --modulepath); packages (rpm --macros, dnf install/rpm -U of planted
// rpms); modprobe -C; systemctl link; chroot into /tmp; auditd disk_error_action exec; kubelet config.json.d drop-ins;
// the kernel's symlink/regular-file protections lowered; ACL/chmod openings of directories root daemons read.
// Results: insecure refused 45 of 75; secure clean 24 of 27.
// Misses (30 insecure accepted, 3 secure refused):
// - PROGRAM-OPTION-RUNS (11: A1, A2, A8, J7 iptables/ip6tables --modprobe/-M; A3 tar -I; A4 sort --compress-program;
//   A5, A10 rsync -e/--rsh; A6 ssh -o ProxyCommand; A7 git -c core.sshCommand; A13 openssl -engine PATH): the named
//   program is never asked planted() (scp -S, GIT_SSH, GIT_SSH_COMMAND, GIT_EXEC_PATH are refused).
// - XARGS-ARGUMENT-PROVENANCE (2: D8 xargs -a FILE sysctl -w, D10 xargs sysctl -w < FILE).
// - REGISTRY-TRUST (4: F1 hosts.toml ca = /tmp, F2 skip_verify, F6 config_path = /tmp/certs.d, F7 http:// mirror for
//   ECR).
// - CA-BUNDLE-FILES (2: F3 cat >> ca-bundle.crt, F5 cp over ca-bundle.crt).
// - STDIN-AS-FILE-OPERAND (1: G3 crontab /dev/stdin < /tmp/ct).
// - IMAGE-ARCHIVE-STDIN (2: G4 zcat F | ctr import -, G10 nerdctl load < F).
// - KERNEL-PROTECTION-SYSCTLS (2: I1 sysctl -w fs.protected_symlinks=0 + a /tmp write, I2 the same by sysctl.d).
// - OPENED-DAEMON-CONFIG-DIRS (4: I3 setfacl o::rwx /etc/cron.d, I3b chmod o+w /etc/cron.d, I4 setfacl u:65534:rwx
//   /etc/systemd/system, I6 tmpfiles.d z /etc/cron.d 0777): refused only when the script itself later runs the
//   directory (I3c, I5 held).
// - RPM-MACRO-FILES (1: J1 rpm --macros /tmp/ops.macros).
// - ROOT-DIRECTORY-LAUNCHERS (1: J6 chroot /tmp/root /bin/sh).
// - SECURE REFUSED (3): S4 binfmt.d registration of the image's qemu without C; S11 source <(printf LITERAL); S20 a
//   known-JSON kubelet config.json.d drop-in keeping Webhook authorization.
// Held: A9, A11, A12, B1-B5 (tmpfiles w/w+/f/L), C1-C5 (binfmt C, binfmt.d, insmod, modprobe -d, kexec), D1-D7, D9,
// D11, D12 (trap, alias, process substitution, eval, bash -s, fd 3 sources, mapfile, $(< F)), E1-E7 (GCONV_PATH,
// LD_AUDIT, OPENSSL_MODULES, GIT_SSH, NODE_OPTIONS, PERL5OPT, GIT_CONFIG_GLOBAL), F4 AWS_CA_BUNDLE, G1, G2, G5-G9 (at
// -f, systemd-run, ansible-pull, puppet --modulepath, auditd exec, at/crontab stdin literals), H2 kubelet AlwaysAllow
// drop-in, I3c, I5, J2-J5 (dnf install and rpm -U of planted packages, modprobe -C, systemctl link /tmp); secure S1-S3,
// S5-S10, S12-S19, S21, T1-T4, U1, U2 (image --modprobe, tar -I zstd, tmpfiles w of plain and stock settings, modprobe
// by name, trap rm, mapfile of known text, image GCONV_PATH, certs.d CA root wrote, hop limit 1, systemd-run/at of
// image programs, auditd SUSPEND, S14 a hop-limit raise the node role cannot make (AmazonEKSWorkerNodePolicy has no
// ec2:ModifyInstanceMetadataOptions), ProxyCommand=none, rsync -e ssh, xargs of literals, git sshCommand of the image
// ssh, root's /tmp write under default protections, raising protections, setfacl -b, kexec_load_disabled=1, U1
// systemctl link of a unit root wrote, U2 tmpfiles z 0755).
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";

const n = (id: string) => `dev-${id}-84n-nodes`;
/** A known miss: skipped unless REDTEAM_ALL=1. */
const MISS = true;

const insecure: NodeCase[] = [
    // A1 iptables-restore(8) "--modprobe=command: when adding or inserting rules into a chain, use command to load any
    // necessary modules": root runs the /tmp program named by the option.
    // Was a MISS (fixed in round 84): PROGRAM-OPTION-RUNS: insecure accepted (got []). A command-line option or configuration value that names a program root then runs (iptables/iptables-restore --modprobe/-M, tar -I/--use-compress-program, sort --compress-program, rsync -e/--rsh, ssh -o ProxyCommand, git -c core.sshCommand, openssl -engine PATH) is never asked RootReads.planted. Where: policy-pack/engine/rootReads.ts loadedOperands (near line 2536) has no table of program-naming options; tarRunsProgram (line 1941) and KNOWN_WRITERS.sort only mark the write set unknown (a tree '/' write) and RootReads.copy judges rsync --rsh only when it copies into a data directory. Fix (general): one table of options whose value is a program (or shell command line) a command runs, per program, each value's first word (and script operand) judged with planted() like a run command, the ssh/git -o/-c ProxyCommand/LocalCommand/KnownHostsCommand/sshCommand/fsmonitor keys included.
    devNodeCase(
        "A1 iptables-restore --modprobe=/tmp/mp < /etc/sysconfig/iptables-rt84n",
        devNodeScript(n("a1"), ["iptables-restore --modprobe=/tmp/mp < /etc/sysconfig/iptables"]),
        /./,
    ),
    // A2 iptables(8) --modprobe=command on a single rule: the same helper program, run as root.
    // Was a MISS (fixed in round 84): PROGRAM-OPTION-RUNS: insecure accepted (got []). A command-line option or configuration value that names a program root then runs (iptables/iptables-restore --modprobe/-M, tar -I/--use-compress-program, sort --compress-program, rsync -e/--rsh, ssh -o ProxyCommand, git -c core.sshCommand, openssl -engine PATH) is never asked RootReads.planted. Where: policy-pack/engine/rootReads.ts loadedOperands (near line 2536) has no table of program-naming options; tarRunsProgram (line 1941) and KNOWN_WRITERS.sort only mark the write set unknown (a tree '/' write) and RootReads.copy judges rsync --rsh only when it copies into a data directory. Fix (general): one table of options whose value is a program (or shell command line) a command runs, per program, each value's first word (and script operand) judged with planted() like a run command, the ssh/git -o/-c ProxyCommand/LocalCommand/KnownHostsCommand/sshCommand/fsmonitor keys included.
    devNodeCase(
        "A2 iptables --modprobe=/var/tmp/mp -A INPUT ...-rt84n",
        devNodeScript(n("a2"), ["iptables --modprobe=/var/tmp/mp -A INPUT -p tcp --dport 10250 -j DROP"]),
        /./,
    ),
    // A3 GNU tar --use-compress-program=PROG (-I): tar runs PROG (as root) to decompress.
    // Was a MISS (fixed in round 84): PROGRAM-OPTION-RUNS: insecure accepted (got []). A command-line option or configuration value that names a program root then runs (iptables/iptables-restore --modprobe/-M, tar -I/--use-compress-program, sort --compress-program, rsync -e/--rsh, ssh -o ProxyCommand, git -c core.sshCommand, openssl -engine PATH) is never asked RootReads.planted. Where: policy-pack/engine/rootReads.ts loadedOperands (near line 2536) has no table of program-naming options; tarRunsProgram (line 1941) and KNOWN_WRITERS.sort only mark the write set unknown (a tree '/' write) and RootReads.copy judges rsync --rsh only when it copies into a data directory. Fix (general): one table of options whose value is a program (or shell command line) a command runs, per program, each value's first word (and script operand) judged with planted() like a run command, the ssh/git -o/-c ProxyCommand/LocalCommand/KnownHostsCommand/sshCommand/fsmonitor keys included.
    devNodeCase(
        "A3 tar -I /tmp/unz -xf /etc/ops/bundle.tar.zst -C /opt-rt84n",
        devNodeScript(n("a3"), ["tar -I /tmp/unz -xf /etc/ops/bundle.tar.zst -C /opt"]),
        /./,
    ),
    // A4 GNU sort --compress-program=PROG: sort runs PROG for its temporary files.
    // Was a MISS (fixed in round 84): PROGRAM-OPTION-RUNS: insecure accepted (got []). A command-line option or configuration value that names a program root then runs (iptables/iptables-restore --modprobe/-M, tar -I/--use-compress-program, sort --compress-program, rsync -e/--rsh, ssh -o ProxyCommand, git -c core.sshCommand, openssl -engine PATH) is never asked RootReads.planted. Where: policy-pack/engine/rootReads.ts loadedOperands (near line 2536) has no table of program-naming options; tarRunsProgram (line 1941) and KNOWN_WRITERS.sort only mark the write set unknown (a tree '/' write) and RootReads.copy judges rsync --rsh only when it copies into a data directory. Fix (general): one table of options whose value is a program (or shell command line) a command runs, per program, each value's first word (and script operand) judged with planted() like a run command, the ssh/git -o/-c ProxyCommand/LocalCommand/KnownHostsCommand/sshCommand/fsmonitor keys included.
    devNodeCase(
        "A4 sort --compress-program=/dev/shm/z -o /etc/ops/list /etc/ops/list-rt84n",
        devNodeScript(n("a4"), ["sort --compress-program=/dev/shm/z -o /etc/ops/list /etc/ops/list"]),
        /./,
    ),
    // A5 rsync(1) -e COMMAND: "specify the remote shell to use": root runs /tmp/rsh.
    // Was a MISS (fixed in round 84): PROGRAM-OPTION-RUNS: insecure accepted (got []). A command-line option or configuration value that names a program root then runs (iptables/iptables-restore --modprobe/-M, tar -I/--use-compress-program, sort --compress-program, rsync -e/--rsh, ssh -o ProxyCommand, git -c core.sshCommand, openssl -engine PATH) is never asked RootReads.planted. Where: policy-pack/engine/rootReads.ts loadedOperands (near line 2536) has no table of program-naming options; tarRunsProgram (line 1941) and KNOWN_WRITERS.sort only mark the write set unknown (a tree '/' write) and RootReads.copy judges rsync --rsh only when it copies into a data directory. Fix (general): one table of options whose value is a program (or shell command line) a command runs, per program, each value's first word (and script operand) judged with planted() like a run command, the ssh/git -o/-c ProxyCommand/LocalCommand/KnownHostsCommand/sshCommand/fsmonitor keys included.
    devNodeCase(
        "A5 rsync -e /tmp/rsh -a ops@backup:/srv/x /opt/x-rt84n",
        devNodeScript(n("a5"), ["rsync -e /tmp/rsh -a ops@backup:/srv/x /opt/x"]),
        /./,
    ),
    // A6 ssh_config(5) ProxyCommand: "Specifies the command to use to connect to the server" (run by root's ssh).
    // Was a MISS (fixed in round 84): PROGRAM-OPTION-RUNS: insecure accepted (got []). A command-line option or configuration value that names a program root then runs (iptables/iptables-restore --modprobe/-M, tar -I/--use-compress-program, sort --compress-program, rsync -e/--rsh, ssh -o ProxyCommand, git -c core.sshCommand, openssl -engine PATH) is never asked RootReads.planted. Where: policy-pack/engine/rootReads.ts loadedOperands (near line 2536) has no table of program-naming options; tarRunsProgram (line 1941) and KNOWN_WRITERS.sort only mark the write set unknown (a tree '/' write) and RootReads.copy judges rsync --rsh only when it copies into a data directory. Fix (general): one table of options whose value is a program (or shell command line) a command runs, per program, each value's first word (and script operand) judged with planted() like a run command, the ssh/git -o/-c ProxyCommand/LocalCommand/KnownHostsCommand/sshCommand/fsmonitor keys included.
    devNodeCase(
        "A6 ssh -o ProxyCommand=/var/tmp/pc ops@bastion true-rt84n",
        devNodeScript(n("a6"), ["ssh -o ProxyCommand=/var/tmp/pc ops@bastion true"]),
        /./,
    ),
    // A7 git(1) -c core.sshCommand: git runs the value as its ssh.
    // Was a MISS (fixed in round 84): PROGRAM-OPTION-RUNS: insecure accepted (got []). A command-line option or configuration value that names a program root then runs (iptables/iptables-restore --modprobe/-M, tar -I/--use-compress-program, sort --compress-program, rsync -e/--rsh, ssh -o ProxyCommand, git -c core.sshCommand, openssl -engine PATH) is never asked RootReads.planted. Where: policy-pack/engine/rootReads.ts loadedOperands (near line 2536) has no table of program-naming options; tarRunsProgram (line 1941) and KNOWN_WRITERS.sort only mark the write set unknown (a tree '/' write) and RootReads.copy judges rsync --rsh only when it copies into a data directory. Fix (general): one table of options whose value is a program (or shell command line) a command runs, per program, each value's first word (and script operand) judged with planted() like a run command, the ssh/git -o/-c ProxyCommand/LocalCommand/KnownHostsCommand/sshCommand/fsmonitor keys included.
    devNodeCase(
        "A7 git -c core.sshCommand=/tmp/ssh clone git@example:ops /opt/ops-rt84n",
        devNodeScript(n("a7"), ["git -c core.sshCommand=/tmp/ssh clone git@example.com:ops/ops.git /opt/ops"]),
        /./,
    ),
    // B1 tmpfiles.d(5) "w /file/to/write/to - - - - content": systemd-tmpfiles writes the argument into the file, here
    // kernel.core_pattern (core(5): a |program runs as root on every crash) naming a /tmp program.
    devNodeCase(
        "B1 tmpfiles.d w /proc/sys/kernel/core_pattern |/tmp/core-rt84n",
        devNodeScript(n("b1"), [
            ...heredocFile("/etc/tmpfiles.d/ops.conf", ["w /proc/sys/kernel/core_pattern - - - - |/tmp/core.sh %p"]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
        ]),
    ),
    // B2 tmpfiles.d(5) "f /file/to/create mode user group - content": writes a cron.d entry running /var/tmp/x as root.
    devNodeCase(
        "B2 tmpfiles.d f /etc/cron.d/ops ... root /var/tmp/x-rt84n",
        devNodeScript(n("b2"), [
            ...heredocFile("/etc/tmpfiles.d/ops.conf", [
                "f /etc/cron.d/ops 0644 root root - * * * * * root /var/tmp/x",
            ]),
            "systemd-tmpfiles --create",
        ]),
    ),
    // B3 tmpfiles.d(5) w+ appends: /etc/ld.so.preload gets a /dev/shm library (ld.so(8): preloaded into every program).
    devNodeCase(
        "B3 tmpfiles.d w+ /etc/ld.so.preload /dev/shm/x.so-rt84n",
        devNodeScript(n("b3"), [
            ...heredocFile("/etc/tmpfiles.d/ops.conf", ["w+ /etc/ld.so.preload - - - - /dev/shm/x.so"]),
            "systemd-tmpfiles --create",
        ]),
    ),
    // B4 tmpfiles.d(5) L: a symlink /etc/systemd/system/ops.service -> /tmp/ops.service (a unit any user writes).
    devNodeCase(
        "B4 tmpfiles.d L /etc/systemd/system/ops.service -> /tmp-rt84n",
        devNodeScript(n("b4"), [
            ...heredocFile("/etc/tmpfiles.d/ops.conf", ["L /etc/systemd/system/ops.service - - - - /tmp/ops.service"]),
            "systemd-tmpfiles --create",
            "systemctl daemon-reload",
            "systemctl enable --now ops",
        ]),
    ),
    // C1 Kernel binfmt_misc (docs.kernel.org admin-guide/binfmt-misc): the interpreter named in a registration runs
    // for each matching binary; flag C computes credentials from the binary: a setuid root binary runs /tmp/interp as root.
    devNodeCase(
        "C1 echo ':ops:M::\\x7fELF::/tmp/interp:C' > binfmt_misc/register-rt84n",
        devNodeScript(n("c1"), ["echo ':ops:E::ops::/tmp/interp:C' > /proc/sys/fs/binfmt_misc/register"]),
    ),
    // C2 binfmt.d(5): systemd-binfmt registers the same lines at boot.
    devNodeCase(
        "C2 /etc/binfmt.d/ops.conf interpreter /var/tmp/interp-rt84n",
        devNodeScript(n("c2"), [
            ...heredocFile("/etc/binfmt.d/ops.conf", [":ops:E::ops::/var/tmp/interp:C"]),
            "systemctl restart systemd-binfmt",
        ]),
    ),
    // C3 insmod(8) inserts a module: a /tmp kernel module is kernel code.
    devNodeCase("C3 insmod /tmp/ops.ko-rt84n", devNodeScript(n("c3"), ["insmod /tmp/ops.ko"])),
    // C4 modprobe(8) -d DIR: "Root directory for modules": modules come from /var/tmp.
    devNodeCase("C4 modprobe -d /var/tmp/mods ops-rt84n", devNodeScript(n("c4"), ["modprobe -d /var/tmp/mods ops"])),
    // C5 kexec(8) -l loads a kernel to boot into: a /tmp kernel image is the whole node.
    devNodeCase(
        "C5 kexec -l /tmp/vmlinuz --reuse-cmdline; kexec -e-rt84n",
        devNodeScript(n("c5"), ["kexec -l /tmp/vmlinuz --reuse-cmdline", "kexec -e"]),
    ),
    // D1 bash(1) trap: "the command arg is to be read and executed when the shell receives signal": EXIT runs it.
    devNodeCase("D1 trap '/tmp/cleanup' EXIT-rt84n", devNodeScript(n("d1"), ["trap '/tmp/cleanup' EXIT", "true"])),
    // D2 bash(1) aliases with expand_aliases: `systemctl` becomes /dev/shm/sc.
    devNodeCase(
        "D2 shopt -s expand_aliases; alias systemctl=/dev/shm/sc-rt84n",
        devNodeScript(n("d2"), ["shopt -s expand_aliases", "alias systemctl=/dev/shm/sc", "systemctl restart chronyd"]),
    ),
    // D3 bash process substitution: `source <(cat F)` reads F's text as the script's.
    devNodeCase("D3 source <(cat /tmp/env.sh)-rt84n", devNodeScript(n("d3"), ["source <(cat /tmp/env.sh)"])),
    // D4 bash eval of a planted file's text.
    devNodeCase('D4 eval "$(cat /var/tmp/env)"-rt84n', devNodeScript(n("d4"), ['eval "$(cat /var/tmp/env)"'])),
    // D5 bash -s reads commands from standard input: a planted file.
    devNodeCase("D5 bash -s < /dev/shm/x.sh-rt84n", devNodeScript(n("d5"), ["bash -s < /dev/shm/x.sh"])),
    // D6 bash: `exec 3< F` then source /dev/fd/3 (fd 3 is F).
    devNodeCase(
        "D6 exec 3< /tmp/x.sh; source /dev/fd/3-rt84n",
        devNodeScript(n("d6"), ["exec 3< /tmp/x.sh", "source /dev/fd/3"]),
    ),
    // D7 mapfile(readarray) of a planted file's lines into sysctl -w (kernel.core_pattern may be any of them).
    devNodeCase(
        'D7 mapfile -t KV < /tmp/kv; sysctl -w "${KV[@]}"-rt84n',
        devNodeScript(n("d7"), ["mapfile -t KV < /tmp/kv", 'sysctl -w "${KV[@]}"']),
    ),
    // D8 xargs(1) builds sysctl's argv from a planted file.
    // Was a MISS (fixed in round 84): XARGS-ARGUMENT-PROVENANCE: insecure accepted (got []). xargs(1) builds the command's arguments from its standard input or `-a FILE` (GNU findutils: "--arg-file=file: Read items from file instead of standard input"): sysctl -w gets a planted file's words, kernel.core_pattern=|/tmp/x among them. Where: rootReads.ts (the xargs unwrapping near line 3946 takes the inner command's literal words only) and kernelSettings.ts computedHelperSetting, which asks only SUBSTITUTED words ("$(cat F)", read loops), never xargs-fed arguments. Fix (general): a command under xargs has one more unknown-content argument per item, of the provenance of xargs' input (-a FILE, `< FILE`, pipe): judged as `sysctl -w "$(cat F)"` is.
    devNodeCase(
        "D8 xargs -a /var/tmp/kv sysctl -w-rt84n",
        devNodeScript(n("d8"), ["xargs -a /var/tmp/kv sysctl -w"]),
        /./,
    ),
    // D9 bash `$(< F)` is `$(cat F)`.
    devNodeCase('D9 sysctl -w "$(< /dev/shm/kv)"-rt84n', devNodeScript(n("d9"), ['sysctl -w "$(< /dev/shm/kv)"'])),
    // E1 glibc iconv: GCONV_PATH lists directories whose gconv-modules name shared objects iconv_open loads (glibc
    // manual "The iconv Implementation in the GNU C Library").
    devNodeCase(
        "E1 export GCONV_PATH=/tmp/gconv; iconv -f latin1 -t utf8 /etc/motd-rt84n",
        devNodeScript(n("e1"), ["export GCONV_PATH=/tmp/gconv", "iconv -f latin1 -t utf8 /etc/motd"]),
    ),
    // E2 ld.so(8) LD_AUDIT: auditing libraries loaded before the program.
    devNodeCase(
        "E2 export LD_AUDIT=/var/tmp/a.so; systemctl restart chronyd-rt84n",
        devNodeScript(n("e2"), ["export LD_AUDIT=/var/tmp/a.so", "chronyc makestep"]),
    ),
    // E3 OpenSSL 3 OPENSSL_MODULES: the directory providers are loaded from.
    devNodeCase(
        "E3 OPENSSL_MODULES=/tmp/ossl openssl ... -provider ops-rt84n",
        devNodeScript(n("e3"), ["OPENSSL_MODULES=/tmp/ossl openssl list -provider ops -providers"]),
    ),
    // E4 git(1) GIT_SSH: the program git runs instead of ssh.
    devNodeCase(
        "E4 GIT_SSH=/dev/shm/ssh git clone git@example:ops-rt84n",
        devNodeScript(n("e4"), ["GIT_SSH=/dev/shm/ssh git clone git@example.com:ops/ops.git /opt/ops"]),
    ),
    // E5 Node.js NODE_OPTIONS=--require: a module preloaded into every node process.
    devNodeCase(
        "E5 export NODE_OPTIONS='--require /tmp/x.js'; node /opt/ops/run.js-rt84n",
        devNodeScript(n("e5"), ["export NODE_OPTIONS='--require /tmp/x.js'", "node /opt/ops/run.js"]),
    ),
    // E6 perlrun(1) PERL5OPT: switches (-M module) for every perl: -I/tmp -Mops loads /tmp/ops.pm.
    devNodeCase(
        "E6 PERL5OPT='-I/tmp -Mops' perl /usr/bin/ops-report-rt84n",
        devNodeScript(n("e6"), ["PERL5OPT='-I/tmp -Mops' perl /usr/bin/ops-report"]),
    ),
    // F1 containerd hosts.md: a registry host's `ca` is the CA the CRI image pulls trust: a planted /tmp CA lets whoever
    // owns it MITM ECR pulls of privileged DaemonSet images (aws-node, kube-proxy: root on the node).
    // Was a MISS (fixed in round 84): REGISTRY-TRUST: insecure accepted (got []). containerd's CRI pulls (which run aws-node, kube-proxy and every privileged DaemonSet image: root on the node) trust the TLS settings of /etc/containerd/certs.d/<host>/hosts.toml (containerd docs/hosts.md: `ca`, `skip_verify`, `[host."http://..."]`, and the registry `config_path`, "Updates under this directory do not require restarting the containerd daemon"); a planted CA, no verification, plain HTTP or a /tmp config_path let a network peer or a local user serve the node's images. Where: rootReads.ts TRUST_STORE_SOURCES (line ~6292) and the round-82 trust-anchor checks know the p11-kit source directories only; no reader of hosts.toml or of the containerd config's registry config_path. Fix (general): hosts.toml and containerd config.d are root-read trust configuration: `ca`/`client` paths judged with planted(), `skip_verify = true` and http:// hosts refused, config_path outside root-owned directories refused.
    devNodeCase(
        "F1 certs.d/<ecr>/hosts.toml ca = /tmp/ca.pem-rt84n",
        devNodeScript(
            n("f1"),
            heredocFile("/etc/containerd/certs.d/602401143452.dkr.ecr.us-east-1.amazonaws.com/hosts.toml", [
                'server = "https://602401143452.dkr.ecr.us-east-1.amazonaws.com"',
                '[host."https://602401143452.dkr.ecr.us-east-1.amazonaws.com"]',
                '  ca = "/tmp/ca.pem"',
            ]),
        ),
        /./,
    ),
    // F2 containerd hosts.md skip_verify = true: no TLS verification of the registry serving privileged images.
    // Was a MISS (fixed in round 84): REGISTRY-TRUST: insecure accepted (got []). containerd's CRI pulls (which run aws-node, kube-proxy and every privileged DaemonSet image: root on the node) trust the TLS settings of /etc/containerd/certs.d/<host>/hosts.toml (containerd docs/hosts.md: `ca`, `skip_verify`, `[host."http://..."]`, and the registry `config_path`, "Updates under this directory do not require restarting the containerd daemon"); a planted CA, no verification, plain HTTP or a /tmp config_path let a network peer or a local user serve the node's images. Where: rootReads.ts TRUST_STORE_SOURCES (line ~6292) and the round-82 trust-anchor checks know the p11-kit source directories only; no reader of hosts.toml or of the containerd config's registry config_path. Fix (general): hosts.toml and containerd config.d are root-read trust configuration: `ca`/`client` paths judged with planted(), `skip_verify = true` and http:// hosts refused, config_path outside root-owned directories refused.
    // Round 84 integration neighbour: Docker's /etc/docker/certs.d is a config_path directory containerd reads too
    // (containerd docs/hosts.md, CRI: `config_path = "/etc/containerd/certs.d:/etc/docker/certs.d"`), so its hosts.toml
    // files are judged as certs.d's are.
    devNodeCase(
        "F2d docker certs.d/_default/hosts.toml skip_verify = true on config_path with /etc/docker/certs.d-fix84",
        devNodeScript(n("f2d"), [
            ...heredocFile("/etc/containerd/config.d/99-ops.toml", [
                "version = 2",
                '[plugins."io.containerd.grpc.v1.cri".registry]',
                '  config_path = "/etc/containerd/certs.d:/etc/docker/certs.d"',
            ]),
            ...heredocFile("/etc/docker/certs.d/_default/hosts.toml", [
                '[host."https://mirror.example.com"]',
                '  capabilities = ["pull", "resolve"]',
                "  skip_verify = true",
            ]),
            "systemctl restart containerd",
        ]),
        /skip_verify/,
    ),
    devNodeCase(
        "F2 certs.d/_default/hosts.toml skip_verify = true-rt84n",
        devNodeScript(
            n("f2"),
            heredocFile("/etc/containerd/certs.d/_default/hosts.toml", [
                '[host."https://mirror.example.com"]',
                '  capabilities = ["pull", "resolve"]',
                "  skip_verify = true",
            ]),
        ),
        /./,
    ),
    // F3 a planted CA appended to the system bundle the AWS CLI/SDKs and kubelet's credential provider trust.
    // Was a MISS (fixed in round 84): CA-BUNDLE-FILES: insecure accepted (got []). The extracted bundle /etc/pki/tls/certs/ca-bundle.crt (-> /etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem, update-ca-trust(8) "EXTRACTED CONFIGURATION") is what curl, the AWS CLI/SDKs and containerd's ECR pulls trust; appending or copying a planted CA there is the same as a planted anchor (refused since round 82) without update-ca-trust. Where: rootReads.ts TRUST_STORE_SOURCES lists only the source directories; the extracted files (/etc/pki/tls/certs/ca-bundle.crt, /etc/pki/ca-trust/extracted/**, /etc/ssl/certs/**) are not root-read configuration for copies/appends of planted files. Fix (general): every file a TLS client reads as its trust store (extracted bundles and their links) is a trust root: a write of unknown or planted content refused as a planted anchor is.
    devNodeCase(
        "F3 cat /tmp/ca.pem >> /etc/pki/tls/certs/ca-bundle.crt-rt84n",
        devNodeScript(n("f3"), ["cat /tmp/ca.pem >> /etc/pki/tls/certs/ca-bundle.crt"]),
        /./,
    ),
    // F4 AWS CLI AWS_CA_BUNDLE: the CA bundle to trust for AWS endpoints (STS, SSM): a planted CA forges responses.
    devNodeCase(
        "F4 AWS_CA_BUNDLE=/var/tmp/ca.pem aws ssm get-parameter ... | bash-rt84n",
        devNodeScript(n("f4"), [
            "AWS_CA_BUNDLE=/var/tmp/ca.pem aws ssm get-parameter --name /ops/boot --query Parameter.Value --output text | bash",
        ]),
    ),
    // G1 at(1) -f FILE: "Reads the job from file rather than standard input".
    devNodeCase("G1 at -f /var/tmp/job now-rt84n", devNodeScript(n("g1"), ["at -f /var/tmp/job now"])),
    // G2 systemd-run(1): runs the command as a transient root unit.
    devNodeCase(
        "G2 systemd-run --on-boot=5min /tmp/x-rt84n",
        devNodeScript(n("g2"), ["systemd-run --on-boot=5min /tmp/x"]),
    ),
    // G3 crontab of /dev/stdin with stdin a planted file.
    // Was a MISS (fixed in round 84): STDIN-AS-FILE-OPERAND: insecure accepted (got []). crontab(1) FILE with FILE /dev/stdin (or /dev/fd/0, /proc/self/fd/0) installs standard input, here a /tmp file, as root's crontab. Where: rootReads.ts crontabReadsStdin (line 1372) counts only `-`/no operand as stdin; crontabFile returns /dev/stdin as the file and planted('/dev/stdin') is false; stdinCodeLoader never sees it. Fix (general): for every loaded operand, map /dev/stdin, /dev/fd/0, /proc/self/fd/0 (and /dev/fd/N for an open `N<` redirect) to the provenance of that descriptor, as the round-81 copiers do for tee/cp.
    devNodeCase("G3 crontab /dev/stdin < /tmp/ct-rt84n", devNodeScript(n("g3"), ["crontab /dev/stdin < /tmp/ct"]), /./),
    // G4 an image archive from stdin: zcat of a planted archive into ctr import -.
    // Was a MISS (fixed in round 84): IMAGE-ARCHIVE-STDIN: insecure accepted (got []). `ctr images import -` reads the archive from standard input (containerd docs), nerdctl/docker `load` without -i reads STDIN ("Load an image from a tar archive or STDIN"): a planted archive through a pipe or `<` puts its images in k8s.io, which the kubelet runs. Where: rootReads.ts imageArchives (line ~2651) returns `-` as a path for import and nothing for load without -i; the stdin provenance (pipe from zcat of /tmp, `< /tmp/i.tar`) is not consulted. Fix (general): an image import/load reading stdin takes fd 0's provenance (pipe source, redirect) like the round-82 stdin loaders (stdinCodeLoader).
    devNodeCase(
        "G4 zcat /tmp/i.tar.gz | ctr -n k8s.io images import --rt84n",
        devNodeScript(n("g4"), ["zcat /tmp/i.tar.gz | ctr -n k8s.io images import -"]),
        /./,
    ),
    // G5 ansible-pull(1) -d DIR: the checkout directory in /tmp (a planted playbook there runs as root).
    devNodeCase(
        "G5 ansible-pull -d /tmp/ap -U https://git.example.com/ops.git-rt84n",
        devNodeScript(n("g5"), ["ansible-pull -d /tmp/ap -U https://git.example.com/ops.git local.yml"]),
    ),
    // G6 puppet apply --modulepath /tmp/mods: modules (Ruby code) loaded as root.
    devNodeCase(
        "G6 puppet apply --modulepath=/tmp/mods /etc/puppetlabs/site.pp-rt84n",
        devNodeScript(n("g6"), [
            ...heredocFile("/etc/puppetlabs/site.pp", ["include ops"]),
            "puppet apply --modulepath=/tmp/mods /etc/puppetlabs/site.pp",
        ]),
    ),
    // G7 auditd.conf(5) disk_error_action = exec /path: auditd (root) runs the program.
    devNodeCase(
        "G7 auditd.conf disk_error_action = exec /var/tmp/x-rt84n",
        devNodeScript(n("g7"), [
            "sed -i 's|^disk_error_action.*|disk_error_action = exec /var/tmp/x|' /etc/audit/auditd.conf",
            "service auditd restart",
        ]),
    ),
    // H2 a kubelet config drop-in (nodeadm: config.json.d) turning authorization to AlwaysAllow: any peer on 10250 runs
    // exec in every pod.
    devNodeCase(
        "H2 /etc/kubernetes/kubelet/config.json.d/99-ops.conf AlwaysAllow-rt84n",
        devNodeScript(
            n("h2"),
            heredocFile("/etc/kubernetes/kubelet/config.json.d/99-ops.conf", [
                '{"apiVersion":"kubelet.config.k8s.io/v1beta1","kind":"KubeletConfiguration","authorization":{"mode":"AlwaysAllow"}}',
            ]),
        ),
    ),
    // A8 iptables-restore -M is the short --modprobe (iptables-restore(8)).
    // Was a MISS (fixed in round 84): PROGRAM-OPTION-RUNS: insecure accepted (got []). A command-line option or configuration value that names a program root then runs (iptables/iptables-restore --modprobe/-M, tar -I/--use-compress-program, sort --compress-program, rsync -e/--rsh, ssh -o ProxyCommand, git -c core.sshCommand, openssl -engine PATH) is never asked RootReads.planted. Where: policy-pack/engine/rootReads.ts loadedOperands (near line 2536) has no table of program-naming options; tarRunsProgram (line 1941) and KNOWN_WRITERS.sort only mark the write set unknown (a tree '/' write) and RootReads.copy judges rsync --rsh only when it copies into a data directory. Fix (general): one table of options whose value is a program (or shell command line) a command runs, per program, each value's first word (and script operand) judged with planted() like a run command, the ssh/git -o/-c ProxyCommand/LocalCommand/KnownHostsCommand/sshCommand/fsmonitor keys included.
    devNodeCase(
        "A8 iptables-restore -M /dev/shm/mp -n < /etc/sysconfig/iptables-rt84n",
        devNodeScript(n("a8"), ["iptables-restore -M /dev/shm/mp -n < /etc/sysconfig/iptables"]),
        /./,
    ),
    // A9 scp(1) -S program: "Name of program to use for the encrypted connection".
    devNodeCase(
        "A9 scp -S /tmp/ssh ops@backup:/srv/x /opt/x-rt84n",
        devNodeScript(n("a9"), ["scp -S /tmp/ssh ops@backup:/srv/x /opt/x"]),
    ),
    // A10 rsync(1) --rsh=COMMAND (the long -e).
    // Was a MISS (fixed in round 84): PROGRAM-OPTION-RUNS: insecure accepted (got []). A command-line option or configuration value that names a program root then runs (iptables/iptables-restore --modprobe/-M, tar -I/--use-compress-program, sort --compress-program, rsync -e/--rsh, ssh -o ProxyCommand, git -c core.sshCommand, openssl -engine PATH) is never asked RootReads.planted. Where: policy-pack/engine/rootReads.ts loadedOperands (near line 2536) has no table of program-naming options; tarRunsProgram (line 1941) and KNOWN_WRITERS.sort only mark the write set unknown (a tree '/' write) and RootReads.copy judges rsync --rsh only when it copies into a data directory. Fix (general): one table of options whose value is a program (or shell command line) a command runs, per program, each value's first word (and script operand) judged with planted() like a run command, the ssh/git -o/-c ProxyCommand/LocalCommand/KnownHostsCommand/sshCommand/fsmonitor keys included.
    devNodeCase(
        "A10 rsync --rsh=/var/tmp/rsh -a ops@backup:/srv/x /opt/x-rt84n",
        devNodeScript(n("a10"), ["rsync --rsh=/var/tmp/rsh -a ops@backup:/srv/x /opt/x"]),
        /./,
    ),
    // A11 git(1) GIT_SSH_COMMAND: run instead of ssh (a shell command line).
    devNodeCase(
        "A11 GIT_SSH_COMMAND=/tmp/ssh git -C /opt/ops pull-rt84n",
        devNodeScript(n("a11"), ["GIT_SSH_COMMAND=/tmp/ssh git -C /opt/ops pull"]),
    ),
    // A12 git(1) GIT_EXEC_PATH: where git looks for its sub-programs (git-remote-https, ...).
    devNodeCase(
        "A12 GIT_EXEC_PATH=/dev/shm/git git -C /opt/ops pull-rt84n",
        devNodeScript(n("a12"), ["GIT_EXEC_PATH=/dev/shm/git git -C /opt/ops pull"]),
    ),
    // A13 openssl(1) -engine ID: when ID is no built-in engine the apps load it as a shared object (OpenSSL
    // apps/lib/engine.c try_load_engine: the dynamic engine's SO_PATH set to ID, then LOAD): /tmp/e.so runs in root's openssl.
    // Was a MISS (fixed in round 84): PROGRAM-OPTION-RUNS: insecure accepted (got []). A command-line option or configuration value that names a program root then runs (iptables/iptables-restore --modprobe/-M, tar -I/--use-compress-program, sort --compress-program, rsync -e/--rsh, ssh -o ProxyCommand, git -c core.sshCommand, openssl -engine PATH) is never asked RootReads.planted. Where: policy-pack/engine/rootReads.ts loadedOperands (near line 2536) has no table of program-naming options; tarRunsProgram (line 1941) and KNOWN_WRITERS.sort only mark the write set unknown (a tree '/' write) and RootReads.copy judges rsync --rsh only when it copies into a data directory. Fix (general): one table of options whose value is a program (or shell command line) a command runs, per program, each value's first word (and script operand) judged with planted() like a run command, the ssh/git -o/-c ProxyCommand/LocalCommand/KnownHostsCommand/sshCommand/fsmonitor keys included.
    devNodeCase(
        "A13 openssl s_client -engine /tmp/e.so -connect sts.amazonaws.com:443-rt84n",
        devNodeScript(n("a13"), ["openssl s_client -engine /tmp/e.so -connect sts.amazonaws.com:443 </dev/null"]),
        /./,
    ),
    // B5 tmpfiles.d w in /run/tmpfiles.d onto kernel.modprobe (the kernel runs it as root to load modules).
    devNodeCase(
        "B5 /run/tmpfiles.d w /proc/sys/kernel/modprobe /tmp/mp-rt84n",
        devNodeScript(n("b5"), [
            ...heredocFile("/run/tmpfiles.d/ops.conf", ["w /proc/sys/kernel/modprobe - - - - /tmp/mp"]),
            "systemd-tmpfiles --create /run/tmpfiles.d/ops.conf",
        ]),
    ),
    // D10 xargs(1) reads its arguments from standard input: a planted file.
    // Was a MISS (fixed in round 84): XARGS-ARGUMENT-PROVENANCE: insecure accepted (got []). xargs(1) builds the command's arguments from its standard input or `-a FILE` (GNU findutils: "--arg-file=file: Read items from file instead of standard input"): sysctl -w gets a planted file's words, kernel.core_pattern=|/tmp/x among them. Where: rootReads.ts (the xargs unwrapping near line 3946 takes the inner command's literal words only) and kernelSettings.ts computedHelperSetting, which asks only SUBSTITUTED words ("$(cat F)", read loops), never xargs-fed arguments. Fix (general): a command under xargs has one more unknown-content argument per item, of the provenance of xargs' input (-a FILE, `< FILE`, pipe): judged as `sysctl -w "$(cat F)"` is.
    devNodeCase("D10 xargs sysctl -w < /tmp/kv-rt84n", devNodeScript(n("d10"), ["xargs sysctl -w < /tmp/kv"]), /./),
    // D11 source /proc/self/fd/3 with fd 3 a planted file.
    devNodeCase(
        "D11 source /proc/self/fd/3 3< /var/tmp/x.sh-rt84n",
        devNodeScript(n("d11"), ["source /proc/self/fd/3 3< /var/tmp/x.sh"]),
    ),
    // D12 bash trap ERR sourcing a planted hook.
    devNodeCase(
        "D12 trap 'source /var/tmp/hook' ERR-rt84n",
        devNodeScript(n("d12"), ["trap 'source /var/tmp/hook' ERR", "true"]),
    ),
    // E7 git(1) GIT_CONFIG_GLOBAL: a planted global config (core.sshCommand, core.fsmonitor run programs).
    devNodeCase(
        "E7 GIT_CONFIG_GLOBAL=/tmp/gc git -C /opt/ops pull-rt84n",
        devNodeScript(n("e7"), ["GIT_CONFIG_GLOBAL=/tmp/gc git -C /opt/ops pull"]),
    ),
    // F5 a planted CA copied over the system bundle.
    // Was a MISS (fixed in round 84): CA-BUNDLE-FILES: insecure accepted (got []). The extracted bundle /etc/pki/tls/certs/ca-bundle.crt (-> /etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem, update-ca-trust(8) "EXTRACTED CONFIGURATION") is what curl, the AWS CLI/SDKs and containerd's ECR pulls trust; appending or copying a planted CA there is the same as a planted anchor (refused since round 82) without update-ca-trust. Where: rootReads.ts TRUST_STORE_SOURCES lists only the source directories; the extracted files (/etc/pki/tls/certs/ca-bundle.crt, /etc/pki/ca-trust/extracted/**, /etc/ssl/certs/**) are not root-read configuration for copies/appends of planted files. Fix (general): every file a TLS client reads as its trust store (extracted bundles and their links) is a trust root: a write of unknown or planted content refused as a planted anchor is.
    devNodeCase(
        "F5 cp /tmp/ca.pem /etc/pki/tls/certs/ca-bundle.crt-rt84n",
        devNodeScript(n("f5"), ["cp /tmp/ca.pem /etc/pki/tls/certs/ca-bundle.crt"]),
        /./,
    ),
    // F6 containerd's CRI registry config_path in /tmp: hosts.toml files any user writes (containerd hosts.md:
    // "Updates under this directory do not require restarting the containerd daemon").
    // Was a MISS (fixed in round 84): REGISTRY-TRUST: insecure accepted (got []). containerd's CRI pulls (which run aws-node, kube-proxy and every privileged DaemonSet image: root on the node) trust the TLS settings of /etc/containerd/certs.d/<host>/hosts.toml (containerd docs/hosts.md: `ca`, `skip_verify`, `[host."http://..."]`, and the registry `config_path`, "Updates under this directory do not require restarting the containerd daemon"); a planted CA, no verification, plain HTTP or a /tmp config_path let a network peer or a local user serve the node's images. Where: rootReads.ts TRUST_STORE_SOURCES (line ~6292) and the round-82 trust-anchor checks know the p11-kit source directories only; no reader of hosts.toml or of the containerd config's registry config_path. Fix (general): hosts.toml and containerd config.d are root-read trust configuration: `ca`/`client` paths judged with planted(), `skip_verify = true` and http:// hosts refused, config_path outside root-owned directories refused.
    devNodeCase(
        "F6 containerd config_path = /tmp/certs.d-rt84n",
        devNodeScript(n("f6"), [
            ...heredocFile("/etc/containerd/config.d/99-ops.toml", [
                "version = 2",
                '[plugins."io.containerd.grpc.v1.cri".registry]',
                '  config_path = "/tmp/certs.d"',
            ]),
            "systemctl restart containerd",
        ]),
        /./,
    ),
    // F7 a plain-HTTP mirror for ECR in hosts.toml: pulls of privileged DaemonSet images are not authenticated.
    // Was a MISS (fixed in round 84): REGISTRY-TRUST: insecure accepted (got []). containerd's CRI pulls (which run aws-node, kube-proxy and every privileged DaemonSet image: root on the node) trust the TLS settings of /etc/containerd/certs.d/<host>/hosts.toml (containerd docs/hosts.md: `ca`, `skip_verify`, `[host."http://..."]`, and the registry `config_path`, "Updates under this directory do not require restarting the containerd daemon"); a planted CA, no verification, plain HTTP or a /tmp config_path let a network peer or a local user serve the node's images. Where: rootReads.ts TRUST_STORE_SOURCES (line ~6292) and the round-82 trust-anchor checks know the p11-kit source directories only; no reader of hosts.toml or of the containerd config's registry config_path. Fix (general): hosts.toml and containerd config.d are root-read trust configuration: `ca`/`client` paths judged with planted(), `skip_verify = true` and http:// hosts refused, config_path outside root-owned directories refused.
    devNodeCase(
        "F7 certs.d/<ecr>/hosts.toml host http://mirror:5000-rt84n",
        devNodeScript(
            n("f7"),
            heredocFile("/etc/containerd/certs.d/602401143452.dkr.ecr.us-east-1.amazonaws.com/hosts.toml", [
                '[host."http://mirror.internal:5000"]',
                '  capabilities = ["pull", "resolve"]',
            ]),
        ),
        /./,
    ),
    // G8 at(1) reads the job from stdin: a literal naming a /tmp program.
    devNodeCase(
        "G8 echo /tmp/x | at now + 1 minute-rt84n",
        devNodeScript(n("g8"), ["echo /tmp/x | at now + 1 minute"]),
    ),
    // G9 crontab - from a literal naming a /var/tmp program.
    devNodeCase(
        "G9 printf '@reboot /var/tmp/x' | crontab --rt84n",
        devNodeScript(n("g9"), ["printf '@reboot /var/tmp/x\\n' | crontab -"]),
    ),
    // G10 nerdctl load reads the archive from stdin (nerdctl: "load: Load an image from a tar archive or STDIN").
    // Was a MISS (fixed in round 84): IMAGE-ARCHIVE-STDIN: insecure accepted (got []). `ctr images import -` reads the archive from standard input (containerd docs), nerdctl/docker `load` without -i reads STDIN ("Load an image from a tar archive or STDIN"): a planted archive through a pipe or `<` puts its images in k8s.io, which the kubelet runs. Where: rootReads.ts imageArchives (line ~2651) returns `-` as a path for import and nothing for load without -i; the stdin provenance (pipe from zcat of /tmp, `< /tmp/i.tar`) is not consulted. Fix (general): an image import/load reading stdin takes fd 0's provenance (pipe source, redirect) like the round-82 stdin loaders (stdinCodeLoader).
    devNodeCase(
        "G10 nerdctl -n k8s.io load < /tmp/i.tar-rt84n",
        devNodeScript(n("g10"), ["nerdctl -n k8s.io load < /tmp/i.tar"]),
        /./,
    ),
    // I1 fs.protected_symlinks=0 and fs.protected_regular=0 (kernel admin-guide sysctl/fs.rst: with protected_symlinks
    // "symlinks are permitted to be followed only when outside a sticky world-writable directory, or when the uid of the
    // symlink and follower match"; 0 removes that): root's later write to /tmp/ops-boot.log follows a planted symlink
    // onto /etc/cron.d/x or /etc/ld.so.preload.
    // Was a MISS (fixed in round 84): KERNEL-PROTECTION-SYSCTLS: insecure accepted (got []). fs.protected_symlinks/protected_hardlinks/protected_regular/protected_fifos (kernel admin-guide sysctl/fs.rst; CIS "Ensure fs.protected_symlinks is configured": symlinks in a sticky world-writable directory are followed only when the link's owner matches the follower or the directory owner) are what make root's writes into /tmp and /var/tmp safe; set to 0, any local user's planted symlink turns root's `> /tmp/ops-boot.log` or `cp ... /var/tmp/report.txt` into a write of /etc/cron.d or /etc/ld.so.preload. Where: userDataReaders/kernelSettings.ts KERNEL_HELPERS (line 175) judges only usermode helpers; no table of protective settings; rootReads.ts treats a root write into /tmp as safe unconditionally. Fix (general): a table of security sysctls that may only be raised (fs.protected_*, kernel.yama.ptrace_scope, kernel.kptr_restrict, kernel.unprivileged_bpf_disabled, kernel.dmesg_restrict, vm.mmap_min_addr, ...): lowering one by any applier (sysctl -w, sysctl.d, /proc/sys, tmpfiles w) refused.
    devNodeCase(
        "I1 sysctl fs.protected_symlinks=0; echo ... > /tmp/ops-boot.log-rt84n",
        devNodeScript(n("i1"), [
            "sysctl -w fs.protected_symlinks=0 fs.protected_regular=0",
            'echo "boot $(date)" > /tmp/ops-boot.log',
        ]),
        /./,
    ),
    // I2 the same protections lowered by a sysctl.d file systemd-sysctl applies at every boot.
    // Was a MISS (fixed in round 84): KERNEL-PROTECTION-SYSCTLS: insecure accepted (got []). fs.protected_symlinks/protected_hardlinks/protected_regular/protected_fifos (kernel admin-guide sysctl/fs.rst; CIS "Ensure fs.protected_symlinks is configured": symlinks in a sticky world-writable directory are followed only when the link's owner matches the follower or the directory owner) are what make root's writes into /tmp and /var/tmp safe; set to 0, any local user's planted symlink turns root's `> /tmp/ops-boot.log` or `cp ... /var/tmp/report.txt` into a write of /etc/cron.d or /etc/ld.so.preload. Where: userDataReaders/kernelSettings.ts KERNEL_HELPERS (line 175) judges only usermode helpers; no table of protective settings; rootReads.ts treats a root write into /tmp as safe unconditionally. Fix (general): a table of security sysctls that may only be raised (fs.protected_*, kernel.yama.ptrace_scope, kernel.kptr_restrict, kernel.unprivileged_bpf_disabled, kernel.dmesg_restrict, vm.mmap_min_addr, ...): lowering one by any applier (sysctl -w, sysctl.d, /proc/sys, tmpfiles w) refused.
    devNodeCase(
        "I2 sysctl.d fs.protected_symlinks = 0; logrotate writes /var/tmp-rt84n",
        devNodeScript(n("i2"), [
            ...heredocFile("/etc/sysctl.d/99-ops.conf", ["fs.protected_symlinks = 0", "fs.protected_hardlinks = 0"]),
            "sysctl --system",
            "cp /etc/ops/report.txt /var/tmp/report.txt",
        ]),
        /./,
    ),
    // I3 setfacl(1) o::rwx: an ACL making /etc/cron.d writable by every user (crontab(5): cron runs its files as root).
    // Was a MISS (fixed in round 84): OPENED-DAEMON-CONFIG-DIRS: insecure accepted (got []). chmod o+w / setfacl o::rwx / u:65534:rwx of /etc/cron.d or /etc/systemd/system lets any local user (or a uid-65534 process) add files cron and systemd run as root (crontab(5), systemd.unit(5)); the same opening of a directory the script itself later runs (I3c, I5) is refused. Where: rootReads.ts openedPaths/grantedPaths (lines 1131, 1276) record the opening in this.opened, consulted only by later readers in the script (planted()); no check that the opened path is (or is above) a directory a root daemon reads by default (the rootReadDirectories/NODE_CONFIG_PATHS tables). Fix (general): an opening (chmod/setfacl/chown/install -d -m/tmpfiles z) of any root-read configuration or program directory, or an ancestor of one, is refused at the opening.
    devNodeCase(
        "I3 setfacl -m o::rwx /etc/cron.d-rt84n",
        devNodeScript(n("i3"), ["setfacl -m o::rwx /etc/cron.d"]),
        /./,
    ),
    // I3b chmod o+w of /etc/cron.d (the chmod spelling of I3).
    // Was a MISS (fixed in round 84): OPENED-DAEMON-CONFIG-DIRS: insecure accepted (got []). chmod o+w / setfacl o::rwx / u:65534:rwx of /etc/cron.d or /etc/systemd/system lets any local user (or a uid-65534 process) add files cron and systemd run as root (crontab(5), systemd.unit(5)); the same opening of a directory the script itself later runs (I3c, I5) is refused. Where: rootReads.ts openedPaths/grantedPaths (lines 1131, 1276) record the opening in this.opened, consulted only by later readers in the script (planted()); no check that the opened path is (or is above) a directory a root daemon reads by default (the rootReadDirectories/NODE_CONFIG_PATHS tables). Fix (general): an opening (chmod/setfacl/chown/install -d -m/tmpfiles z) of any root-read configuration or program directory, or an ancestor of one, is refused at the opening.
    devNodeCase("I3b chmod o+w /etc/cron.d-rt84n", devNodeScript(n("i3b"), ["chmod o+w /etc/cron.d"]), /./),
    // I3c setfacl o::rwx of a directory root later runs (run-parts /etc/ops.d, the I5 shape).
    devNodeCase(
        "I3c mkdir /etc/ops.d; setfacl -m o::rwx /etc/ops.d; run-parts /etc/ops.d-rt84n",
        devNodeScript(n("i3c"), ["mkdir -p /etc/ops.d", "setfacl -m o::rwx /etc/ops.d", "run-parts /etc/ops.d"]),
    ),
    // I4 setfacl default/named-user ACL on /etc/systemd/system for uid 65534 (the usual nonroot container uid).
    // Was a MISS (fixed in round 84): OPENED-DAEMON-CONFIG-DIRS: insecure accepted (got []). chmod o+w / setfacl o::rwx / u:65534:rwx of /etc/cron.d or /etc/systemd/system lets any local user (or a uid-65534 process) add files cron and systemd run as root (crontab(5), systemd.unit(5)); the same opening of a directory the script itself later runs (I3c, I5) is refused. Where: rootReads.ts openedPaths/grantedPaths (lines 1131, 1276) record the opening in this.opened, consulted only by later readers in the script (planted()); no check that the opened path is (or is above) a directory a root daemon reads by default (the rootReadDirectories/NODE_CONFIG_PATHS tables). Fix (general): an opening (chmod/setfacl/chown/install -d -m/tmpfiles z) of any root-read configuration or program directory, or an ancestor of one, is refused at the opening.
    devNodeCase(
        "I4 setfacl -R -m u:65534:rwx /etc/systemd/system-rt84n",
        devNodeScript(n("i4"), ["setfacl -R -m u:65534:rwx /etc/systemd/system"]),
        /./,
    ),
    // I5 install -d -m 1777 of a directory root later runs with run-parts.
    devNodeCase(
        "I5 install -d -m 1777 /etc/ops.d; run-parts /etc/ops.d-rt84n",
        devNodeScript(n("i5"), ["install -d -m 1777 /etc/ops.d", "run-parts /etc/ops.d"]),
    ),
    // I6 tmpfiles.d(5) z: "Adjust the access mode, user and group ownership" of an existing path: /etc/cron.d 0777.
    // Was a MISS (fixed in round 84): OPENED-DAEMON-CONFIG-DIRS: insecure accepted (got []). chmod o+w / setfacl / tmpfiles.d z (tmpfiles.d(5)) o::rwx / u:65534:rwx of /etc/cron.d or /etc/systemd/system lets any local user (or a uid-65534 process) add files cron and systemd run as root (crontab(5), systemd.unit(5)); the same opening of a directory the script itself later runs (I3c, I5) is refused. Where: rootReads.ts openedPaths/grantedPaths (lines 1131, 1276) record the opening in this.opened, consulted only by later readers in the script (planted()); no check that the opened path is (or is above) a directory a root daemon reads by default (the rootReadDirectories/NODE_CONFIG_PATHS tables). Fix (general): an opening (chmod/setfacl/chown/install -d -m/tmpfiles z) of any root-read configuration or program directory, or an ancestor of one, is refused at the opening.
    devNodeCase(
        "I6 tmpfiles.d z /etc/cron.d 0777-rt84n",
        devNodeScript(n("i6"), [
            ...heredocFile("/etc/tmpfiles.d/ops.conf", ["z /etc/cron.d 0777 root root -"]),
            "systemd-tmpfiles --create",
        ]),
        /./,
    ),
    // J1 rpm(8) --macros FILE: macro files, whose %(shell) expansions run as root (rpm macros docs).
    // Was a MISS (fixed in round 84): RPM-MACRO-FILES: insecure accepted (got []). rpm(8) --macros FILE:FILE... loads macro files; a macro's %(command) expansion runs a shell command as root (rpm macros docs, "Shell expansion"); /etc/rpm and python-written macros are refused since round 81, the option is not. Where: rootReads.ts loadedOperands (near line 2536) has no `rpm --macros/--rcfile` branch (dnf --setopt and rpm --import are there). Fix (general): rpm/dnf options naming macro or rc files (--macros, --rcfile, --load) are loaded operands judged with planted().
    devNodeCase(
        "J1 rpm --macros /tmp/ops.macros -q kernel-rt84n",
        devNodeScript(n("j1"), ["rpm --macros /tmp/ops.macros -q kernel"]),
        /./,
    ),
    // J2 dnf install of a local package file: its scriptlets run as root.
    devNodeCase("J2 dnf install -y /tmp/ops.rpm-rt84n", devNodeScript(n("j2"), ["dnf install -y /tmp/ops.rpm"])),
    // J3 rpm -U --nosignature of a /var/tmp package.
    devNodeCase(
        "J3 rpm -Uvh --nosignature /var/tmp/ops.rpm-rt84n",
        devNodeScript(n("j3"), ["rpm -Uvh --nosignature /var/tmp/ops.rpm"]),
    ),
    // J4 modprobe(8) -C: "This option overrides the default configuration directory" (install commands run as root).
    devNodeCase(
        "J4 modprobe -C /tmp/m.conf br_netfilter-rt84n",
        devNodeScript(n("j4"), ["modprobe -C /tmp/m.conf br_netfilter"]),
    ),
    // J5 systemctl(1) link: "Link a unit file that is not in the unit file search paths into the unit file search path".
    devNodeCase(
        "J5 systemctl link /tmp/ops.service; systemctl start ops-rt84n",
        devNodeScript(n("j5"), ["systemctl link /tmp/ops.service", "systemctl start ops"]),
    ),
    // J6 chroot(8) runs the new root's /bin/sh: a /tmp tree any user fills.
    // Was a MISS (fixed in round 84): ROOT-DIRECTORY-LAUNCHERS: insecure accepted (got []). chroot(8) "Run COMMAND with root directory set to NEWROOT": /bin/sh is /tmp/root/bin/sh, a file any local user plants (round 81 fixed a unit's RootDirectory=, its neighbour). Where: rootReads.ts launcher unwrapping (chroot sits among the launchers, UNKNOWN_EDITOR_EXEMPT) judges the inner command's path as the host's, never resolving it under NEWROOT. Fix (general): launchers that change the root (chroot NEWROOT, unshare/nsenter --root, systemd-nspawn -D/--image, systemd-run -p RootDirectory=) judge NEWROOT with plantedDirectory and the inner program under it.
    devNodeCase(
        "J6 chroot /tmp/root /bin/sh -c true-rt84n",
        devNodeScript(n("j6"), ["chroot /tmp/root /bin/sh -c true"]),
        /./,
    ),
    // J7 ip6tables(8) --modprobe (the A2 class for IPv6).
    // Was a MISS (fixed in round 84): PROGRAM-OPTION-RUNS: insecure accepted (got []). A command-line option or configuration value that names a program root then runs (iptables/iptables-restore --modprobe/-M, tar -I/--use-compress-program, sort --compress-program, rsync -e/--rsh, ssh -o ProxyCommand, git -c core.sshCommand, openssl -engine PATH) is never asked RootReads.planted. Where: policy-pack/engine/rootReads.ts loadedOperands (near line 2536) has no table of program-naming options; tarRunsProgram (line 1941) and KNOWN_WRITERS.sort only mark the write set unknown (a tree '/' write) and RootReads.copy judges rsync --rsh only when it copies into a data directory. Fix (general): one table of options whose value is a program (or shell command line) a command runs, per program, each value's first word (and script operand) judged with planted() like a run command, the ssh/git -o/-c ProxyCommand/LocalCommand/KnownHostsCommand/sshCommand/fsmonitor keys included.
    devNodeCase(
        "J7 ip6tables --modprobe=/dev/shm/mp -A INPUT -j ACCEPT-rt84n",
        devNodeScript(n("j7"), ["ip6tables --modprobe=/dev/shm/mp -A INPUT -p tcp --dport 10250 -j DROP"]),
        /./,
    ),
    // Round 84 fix neighbours (PROGRAM-OPTION-RUNS): ssh_config(5) LocalCommand "Specifies a command to execute on the
    // local machine after successfully connecting" (with PermitLocalCommand yes): root runs the /dev/shm program.
    devNodeCase(
        "ssh -o PermitLocalCommand=yes -o LocalCommand=/dev/shm/lc ops@bastion true-fix84",
        devNodeScript(n("x1"), ["ssh -o PermitLocalCommand=yes -o LocalCommand=/dev/shm/lc ops@bastion true"]),
    ),
    // git-config(1) core.fsmonitor: "the pathname of the fsmonitor hook command" git runs on status (not a boolean).
    devNodeCase(
        "git -c core.fsmonitor=/var/tmp/fsm -C /opt/ops status-fix84",
        devNodeScript(n("x2"), ["git -c core.fsmonitor=/var/tmp/fsm -C /opt/ops status"]),
    ),
    // git-config(1) core.hooksPath: git runs its hooks (post-checkout, pre-commit ...) from that directory: /tmp's.
    devNodeCase(
        "git -c core.hooksPath=/tmp/hooks -C /opt/ops pull-fix84",
        devNodeScript(n("x3"), ["git -c core.hooksPath=/tmp/hooks -C /opt/ops pull"]),
    ),
    // GNU tar --to-command=COMMAND: "Pipe extracted files to COMMAND" (run as root for each member).
    devNodeCase(
        "tar --to-command=/tmp/x -xf /etc/ops/bundle.tar-fix84",
        devNodeScript(n("x4"), ["tar --to-command=/tmp/x -xf /etc/ops/bundle.tar"]),
    ),
    // openssl(1) -provider-path: "the search path that is used to find providers" (shared objects loaded into openssl).
    devNodeCase(
        "openssl list -provider-path /tmp/ossl -provider ops -providers-fix84",
        devNodeScript(n("x5"), ["openssl list -provider-path /tmp/ossl -provider ops -providers"]),
    ),
    // rpm(8) --rcfile FILELIST: a colon-separated list; the /tmp entry is a file any user writes (its macros run shell).
    devNodeCase(
        "rpm --rcfile /usr/lib/rpm/rpmrc:/tmp/rc -qa-fix84",
        devNodeScript(n("x6"), ["rpm --rcfile /usr/lib/rpm/rpmrc:/tmp/rc -qa"]),
    ),
    // Round 84 fix neighbours (ROOT-DIRECTORY-LAUNCHERS): unshare(1) "-R, --root=dir: run the command with root directory
    // set to dir"; bwrap(1) --bind SRC / makes SRC the sandbox's root: both run /tmp trees' programs as root.
    devNodeCase(
        "unshare --root=/tmp/r /bin/sh -c true-fix84",
        devNodeScript(n("x7"), ["unshare --root=/tmp/r /bin/sh -c true"]),
    ),
    devNodeCase(
        "bwrap --bind /var/tmp/r / /bin/sh-fix84",
        devNodeScript(n("x8"), ["bwrap --bind /var/tmp/r / /bin/sh"]),
    ),
    // Round 84 fix neighbours (XARGS-ARGUMENT-PROVENANCE): a pipe from cat of a planted file into xargs sysctl -w, and
    // xargs insmod of a planted list (insmod(8): each item a module file loaded into the kernel).
    devNodeCase(
        "cat /var/tmp/kv | xargs sysctl -w-fix84",
        devNodeScript(n("x9"), ["cat /var/tmp/kv | xargs sysctl -w"]),
    ),
    devNodeCase("xargs insmod < /tmp/mods-fix84", devNodeScript(n("x10"), ["xargs insmod < /tmp/mods"])),
    // Round 84 fix neighbours (STDIN-AS-FILE-OPERAND, IMAGE-ARCHIVE-STDIN): insmod of /dev/fd/3 opened on a /tmp module
    // (proc(5): the descriptor is the file), docker load from a pipe of cat of a /dev/shm archive ("docker load: Load
    // an image from a tar archive or STDIN").
    devNodeCase("insmod /dev/fd/3 3< /tmp/x.ko-fix84", devNodeScript(n("x11"), ["insmod /dev/fd/3 3< /tmp/x.ko"])),
    devNodeCase(
        "cat /dev/shm/i.tar | docker load-fix84",
        devNodeScript(n("x12"), ["cat /dev/shm/i.tar | docker load"]),
    ),
    // Neighbours (round 84 fixes, insecure side).
    // REGISTRY-TRUST: containerd docs/hosts.md `client` (a client certificate and key pair) from a planted file.
    devNodeCase(
        "F1n client = /var/tmp/client.pem in hosts.toml-fix84",
        devNodeScript(
            n("f1n"),
            heredocFile("/etc/containerd/certs.d/docker.io/hosts.toml", [
                'server = "https://registry-1.docker.io"',
                '[host."https://mirror.example.com"]',
                '  client = "/var/tmp/client.pem"',
            ]),
        ),
    ),
    // REGISTRY-TRUST: a plain-HTTP `server` (containerd docs/hosts.md) for the default namespace.
    devNodeCase(
        "F2n hosts.toml server = http://registry.internal-fix84",
        devNodeScript(
            n("f2n"),
            heredocFile("/etc/containerd/certs.d/_default/hosts.toml", ['server = "http://registry.internal:5000"']),
        ),
    ),
    // REGISTRY-TRUST: the deprecated CRI registry.configs tls insecure_skip_verify (containerd docs/cri/config.md).
    devNodeCase(
        "F6n config.d registry.configs tls insecure_skip_verify = true-fix84",
        devNodeScript(n("f6n"), [
            ...heredocFile("/etc/containerd/config.d/99-ops.toml", [
                "version = 2",
                '[plugins."io.containerd.grpc.v1.cri".registry.configs."602401143452.dkr.ecr.us-east-1.amazonaws.com".tls]',
                "  insecure_skip_verify = true",
            ]),
            "systemctl restart containerd",
        ]),
    ),
    // CA-BUNDLE-FILES: the Debian-style extracted bundle (update-ca-certificates(8) /etc/ssl/certs/ca-certificates.crt)
    // and the extracted PEM the RHEL link points at (update-ca-trust(8) EXTRACTED CONFIGURATION).
    devNodeCase(
        "F3n cat /dev/shm/ca.pem >> /etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem-fix84",
        devNodeScript(n("f3n"), ["cat /dev/shm/ca.pem >> /etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem"]),
    ),
    devNodeCase(
        "F5n install -m 0644 /tmp/ca.pem /etc/ssl/certs/ca-certificates.crt-fix84",
        devNodeScript(n("f5n"), ["install -m 0644 /tmp/ca.pem /etc/ssl/certs/ca-certificates.crt"]),
    ),
    // KERNEL-PROTECTION-SYSCTLS: a /proc/sys write and a ptrace_scope lowering (Yama.rst: 0 lets a process attach to
    // any other of its uid); a computed value may be 0 (fail closed).
    devNodeCase(
        "I1n echo 0 > /proc/sys/fs/protected_hardlinks-fix84",
        devNodeScript(n("i1n"), ["echo 0 > /proc/sys/fs/protected_hardlinks"]),
    ),
    devNodeCase(
        "I2n sysctl -w kernel.yama.ptrace_scope=0-fix84",
        devNodeScript(n("i2n"), ["sysctl -w kernel.yama.ptrace_scope=0"]),
    ),
    devNodeCase(
        "I2m sysctl -w kernel.unprivileged_bpf_disabled=0 kernel.kptr_restrict=0-fix84",
        devNodeScript(n("i2m"), ["sysctl -w kernel.unprivileged_bpf_disabled=0 kernel.kptr_restrict=0"]),
    ),
    // OPENED-DAEMON-CONFIG-DIRS: chown of a unit directory to a non-root user, an ancestor (/etc/udev, above
    // rules.d), a program directory root's PATH searches.
    devNodeCase(
        "I3n chown -R ec2-user /etc/systemd/system-fix84",
        devNodeScript(n("i3n"), ["chown -R ec2-user /etc/systemd/system"]),
    ),
    devNodeCase("I4n chmod 777 /etc/udev-fix84", devNodeScript(n("i4n"), ["chmod 777 /etc/udev"])),
    devNodeCase("I6n chmod o+w /usr/local/bin-fix84", devNodeScript(n("i6n"), ["chmod o+w /usr/local/bin"])),
    // BINFMT: the image's qemu with C (credentials from the binary), a planted interpreter, an extension (E) match.
    devNodeCase(
        "S4n binfmt.d qemu-aarch64-static with C-fix84",
        devNodeScript(n("s4n"), [
            ...heredocFile("/etc/binfmt.d/qemu-aarch64.conf", [
                ":qemu-aarch64:M::\\x7fELF\\x02\\x01\\x01:\\xff\\xff\\xff\\xff:/usr/bin/qemu-aarch64-static:CF",
            ]),
        ]),
    ),
    devNodeCase(
        "S4m binfmt.d interpreter /tmp/qemu-fix84",
        devNodeScript(n("s4m"), [
            ...heredocFile("/etc/binfmt.d/qemu-aarch64.conf", [
                ":qemu-aarch64:M::\\x7fELF\\x02\\x01\\x01:\\xff\\xff\\xff\\xff:/tmp/qemu:F",
            ]),
        ]),
    ),
    devNodeCase(
        "S4o binfmt.d E py /usr/bin/python3-fix84",
        devNodeScript(n("s4o"), [...heredocFile("/etc/binfmt.d/py.conf", [":py:E::py::/usr/bin/python3:"])]),
    ),
    // PROCESS-SUBSTITUTION-LITERALS: the printed text is the script's own lines, judged as such (a loader variable
    // naming a /tmp library; a download piped to a shell), and a substitution of a file's content stays unknown.
    devNodeCase(
        "S11n source <(printf 'export LD_PRELOAD=/tmp/x.so') -fix84",
        devNodeScript(n("s11n"), ["source <(printf 'export LD_PRELOAD=/tmp/x.so\\n')"]),
    ),
    devNodeCase("S11m source <(cat /var/tmp/env) -fix84", devNodeScript(n("s11m"), ["source <(cat /var/tmp/env)"])),
    // KUBELET-DROPIN-KNOWN-TEXT: a drop-in read as NodeConfig's kubelet.config is: static pods, the read-only port,
    // and a drop-in the pack cannot read (a download).
    devNodeCase(
        "S20n kubelet config.json.d drop-in readOnlyPort 10255-fix84",
        devNodeScript(
            n("s20n"),
            heredocFile("/etc/kubernetes/kubelet/config.json.d/99-ops.conf", [
                '{"apiVersion":"kubelet.config.k8s.io/v1beta1","kind":"KubeletConfiguration","readOnlyPort":10255}',
            ]),
        ),
    ),
    devNodeCase(
        "S20m kubelet config.json.d drop-in staticPodPath-fix84",
        devNodeScript(
            n("s20m"),
            heredocFile("/etc/kubernetes/kubelet/config.json.d/99-ops.conf", [
                '{"apiVersion":"kubelet.config.k8s.io/v1beta1","kind":"KubeletConfiguration","staticPodPath":"/etc/kubernetes/manifests"}',
            ]),
        ),
    ),
    devNodeCase(
        "S20o curl -o config.json.d/99-ops.conf-fix84",
        devNodeScript(n("s20o"), [
            "curl -fsSL -o /etc/kubernetes/kubelet/config.json.d/99-ops.conf https://config.example.com/kubelet.json",
        ]),
    ),
];

const secure: NodeCase[] = [
    // S1 iptables-restore --modprobe of the image's modprobe (root-owned /usr/sbin).
    devNodeCase(
        "S1 iptables-restore --modprobe=/usr/sbin/modprobe < /etc/sysconfig/iptables-rt84n",
        devNodeScript(n("s1"), ["iptables-restore --modprobe=/usr/sbin/modprobe < /etc/sysconfig/iptables"]),
    ),
    // S2 tar -I zstd (a PATH name of the image's program) of a root-written archive.
    devNodeCase(
        "S2 tar -I zstd -xf /etc/ops/bundle.tar.zst -C /opt-rt84n",
        devNodeScript(n("s2"), ["tar -I zstd -xf /etc/ops/bundle.tar.zst -C /opt"]),
    ),
    // S3 tmpfiles.d w of a plain vm setting (no helper).
    devNodeCase(
        "S3 tmpfiles.d w /proc/sys/vm/swappiness 10-rt84n",
        devNodeScript(n("s3"), [
            ...heredocFile("/etc/tmpfiles.d/ops.conf", ["w /proc/sys/vm/swappiness - - - - 10"]),
            "systemd-tmpfiles --create",
        ]),
    ),
    // S4 binfmt registration of the image's qemu (root-owned /usr/bin), no C flag.
    // Was a MISS (fixed in round 84): BINFMT-ROOT-INTERPRETER: secure refused (the pack: "registers a binfmt_misc interpreter ... register no binary format in user data"). An aarch64-magic registration naming the image's root-owned /usr/bin/qemu-aarch64-static with F and without C (kernel admin-guide binfmt-misc: without C credentials come from the interpreter; the magic never matches a native x86-64 ELF) gives no one root. Where: rootReads.ts / userData.ts binfmt registration check refuses every register or binfmt.d write. Fix (general): judge the interpreter path with planted() and refuse the C flag (or an O/C interpreter outside root-owned image paths), accept root-owned interpreters.
    devNodeCase(
        "S4 /etc/binfmt.d qemu-aarch64-static from /usr/bin-rt84n",
        devNodeScript(n("s4"), [
            ...heredocFile("/etc/binfmt.d/qemu-aarch64.conf", [
                ":qemu-aarch64:M::\\x7fELF\\x02\\x01\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\xb7\\x00:\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\x00\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfe\\xff\\xff\\xff:/usr/bin/qemu-aarch64-static:F",
            ]),
            "systemctl restart systemd-binfmt",
        ]),
    ),
    // S5 modprobe of an image module by name.
    devNodeCase("S5 modprobe br_netfilter-rt84n", devNodeScript(n("s5"), ["modprobe br_netfilter"])),
    // S6 trap removing a scratch file on exit (rm does not follow the link it removes, rm(1)).
    devNodeCase(
        "S6 trap 'rm -f /tmp/ops.$$' EXIT-rt84n",
        devNodeScript(n("s6"), ["trap 'rm -f /tmp/ops.$$' EXIT", "true"]),
    ),
    // S7 mapfile of a file root wrote from a known heredoc, into sysctl -w.
    devNodeCase(
        'S7 mapfile -t KV < /etc/ops/kv (written); sysctl -w "${KV[@]}"-rt84n',
        devNodeScript(n("s7"), [
            ...heredocFile("/etc/ops/kv", ["vm.max_map_count=262144", "fs.inotify.max_user_watches=524288"]),
            "mapfile -t KV < /etc/ops/kv",
            'sysctl -w "${KV[@]}"',
        ]),
    ),
    // S8 export GCONV_PATH of the image's gconv directory.
    devNodeCase(
        "S8 export GCONV_PATH=/usr/lib64/gconv; iconv ...-rt84n",
        devNodeScript(n("s8"), ["export GCONV_PATH=/usr/lib64/gconv", "iconv -f latin1 -t utf8 /etc/motd"]),
    ),
    // S9 containerd hosts.toml ca of a CA root wrote under /etc/pki (a known heredoc).
    devNodeCase(
        "S9 certs.d mirror hosts.toml ca = /etc/pki/ops/ca.pem (written)-rt84n",
        devNodeScript(n("s9"), [
            ...heredocFile("/etc/pki/ops/ca.pem", ["-----BEGIN CERTIFICATE-----", "MIIB", "-----END CERTIFICATE-----"]),
            ...heredocFile("/etc/containerd/certs.d/docker.io/hosts.toml", [
                'server = "https://registry-1.docker.io"',
                '[host."https://mirror.example.com"]',
                '  capabilities = ["pull", "resolve"]',
                '  ca = "/etc/pki/ops/ca.pem"',
            ]),
        ]),
    ),
    // S10 IMDS hop limit 1 and tokens required (EKS best practices: pods cannot reach IMDS).
    devNodeCase(
        "S10 modify-instance-metadata-options --http-tokens required --hop-limit 1-rt84n",
        devNodeScript(n("s10"), [
            'ID=$(ec2-metadata -i | cut -d" " -f2)',
            'aws ec2 modify-instance-metadata-options --instance-id "$ID" --http-tokens required --http-put-response-hop-limit 1',
        ]),
    ),
    // S11 source <(printf of literals): known text.
    // MISS: PROCESS-SUBSTITUTION-LITERALS: secure refused ("runs as root a program made at boot ... /dev/fd/63, whose content the pack does not know"). `source <(printf LITERAL)` is the same known text as the round-81 `{ echo; printf; }` groups and round-83 `source /dev/stdin <<EOF`. Where: rootReads.ts process substitution is an unknown /dev/fd/63 program; the known-text reader (printf/echo of literals) is not applied to <(...). Fix (general): a process substitution whose commands print only literals is that known text (read as the script's own lines when sourced).
    // Still open (round 84): reading <(printf ...) as known text for `source` needs the node judge to see the printed text as the sourced file's (its relay and listener readings use its own written-file view, not RootReads.written): a first try accepted `source <(echo 'bash -i >& /dev/tcp/...')`, so it was withdrawn; the fix needs both readers fed (a this.file write of /dev/fd/63 cleared after the consumer).
    devNodeCase(
        "S11 source <(printf 'export NO_PROXY=169.254.169.254\\n')-rt84n",
        devNodeScript(n("s11"), ["source <(printf 'export NO_PROXY=169.254.169.254\\n')"]),
        /./,
        MISS,
    ),
    // S12 systemd-run of an image program.
    devNodeCase(
        "S12 systemd-run --on-boot=5min /usr/bin/chronyc makestep-rt84n",
        devNodeScript(n("s12"), ["systemd-run --on-boot=5min /usr/bin/chronyc makestep"]),
    ),
    // S13 auditd.conf disk_full_action = SUSPEND (no exec).
    devNodeCase(
        "S13 auditd.conf disk_full_action = SUSPEND-rt84n",
        devNodeScript(n("s13"), [
            "sed -i 's|^disk_full_action.*|disk_full_action = SUSPEND|' /etc/audit/auditd.conf",
            "service auditd restart",
        ]),
    ),
    // S14 the node role (AmazonEKSWorkerNodePolicy: ec2:Describe* only, AWS managed policy reference) cannot call
    // ec2:ModifyInstanceMetadataOptions: a boot-time attempt to raise the hop limit is denied, the template's hop limit 1
    // stands.
    devNodeCase(
        "S14 aws ec2 modify-instance-metadata-options --http-put-response-hop-limit 2-rt84n",
        devNodeScript(n("h1"), [
            'ID=$(ec2-metadata -i | cut -d" " -f2)',
            'aws ec2 modify-instance-metadata-options --instance-id "$ID" --http-put-response-hop-limit 2 --http-endpoint enabled',
        ]),
    ),
    // S15 ssh -o ProxyCommand=none (ssh_config(5): "none" disables it).
    devNodeCase(
        "S15 ssh -o ProxyCommand=none ops@bastion true-rt84n",
        devNodeScript(n("s15"), ["ssh -o ProxyCommand=none ops@bastion true"]),
    ),
    // S16 rsync -e ssh (the image's ssh by PATH).
    devNodeCase(
        "S16 rsync -e ssh -a ops@backup:/srv/x /opt/x-rt84n",
        devNodeScript(n("s16"), ["rsync -e ssh -a ops@backup:/srv/x /opt/x"]),
    ),
    // S17 xargs of literal settings into sysctl -w.
    devNodeCase(
        "S17 printf 'vm.swappiness=10' | xargs sysctl -w-rt84n",
        devNodeScript(n("s17"), ["printf 'vm.swappiness=10\\n' | xargs sysctl -w"]),
    ),
    // S18 at of an image program.
    devNodeCase(
        "S18 echo '/usr/bin/chronyc makestep' | at now + 5 minutes-rt84n",
        devNodeScript(n("s18"), ["echo '/usr/bin/chronyc makestep' | at now + 5 minutes"]),
    ),
    // S19 tmpfiles.d w of the stock systemd-coredump pattern (core(5)).
    devNodeCase(
        "S19 tmpfiles.d w core_pattern |/usr/lib/systemd/systemd-coredump-rt84n",
        devNodeScript(n("s19"), [
            ...heredocFile("/etc/tmpfiles.d/ops.conf", [
                "w /proc/sys/kernel/core_pattern - - - - |/usr/lib/systemd/systemd-coredump %P %u %g %s %t %c %h",
            ]),
            "systemd-tmpfiles --create",
        ]),
    ),
    // S20 kubelet drop-in keeping Webhook authorization and anonymous off.
    // Was a MISS (fixed in round 84): KUBELET-DROPIN-KNOWN-TEXT: secure refused ("writes /etc/kubernetes/kubelet/config.json.d/99-ops.conf ... the node's own configuration or credentials, which the pack cannot judge"). nodeadm itself writes drop-ins there (config.json.d/00-nodeadm.conf, 40-nodeadm.conf; awslabs/amazon-eks-ami nodeadm tests); a known-JSON drop-in keeping authorization Webhook and anonymous off is what NodeConfig spec.kubelet.config would write. Where: rootReads.ts the node-own-configuration write refusal (no reader of KubeletConfiguration JSON in shell-written drop-ins). Fix (general): read known-text kubelet drop-ins with the NodeConfig kubelet-config judge (authentication/authorization/readOnlyPort/staticPodPath...) instead of refusing all.
    devNodeCase(
        "S20 kubelet config.json.d drop-in maxPods (authz Webhook)-rt84n",
        devNodeScript(
            n("s20"),
            heredocFile("/etc/kubernetes/kubelet/config.json.d/99-ops.conf", [
                '{"apiVersion":"kubelet.config.k8s.io/v1beta1","kind":"KubeletConfiguration","maxPods":58,"authorization":{"mode":"Webhook"},"authentication":{"anonymous":{"enabled":false}}}',
            ]),
        ),
    ),
    // S21 git -c core.sshCommand of the image ssh with a root-owned key.
    devNodeCase(
        "S21 git -c core.sshCommand='ssh -i /etc/ops/deploy_key' clone-rt84n",
        devNodeScript(n("s21"), [
            "git -c core.sshCommand='ssh -i /etc/ops/deploy_key' clone git@example.com:ops/ops.git /opt/ops",
        ]),
    ),
    // T1 root writing a fresh file in /tmp with the image's protections on (fs.protected_symlinks=1 and
    // fs.protected_regular=1 from systemd's 50-default.conf): a planted symlink or file there is not followed/opened.
    devNodeCase(
        "T1 echo boot > /tmp/ops-boot.log (default protections)-rt84n",
        devNodeScript(n("t1"), ['echo "boot $(date)" > /tmp/ops-boot.log']),
    ),
    // T2 raising the protections (fs.protected_regular=2 covers group-writable sticky dirs too).
    devNodeCase(
        "T2 sysctl -w fs.protected_regular=2 fs.protected_fifos=2-rt84n",
        devNodeScript(n("t2"), ["sysctl -w fs.protected_regular=2 fs.protected_fifos=2"]),
    ),
    // T3 setfacl removing every extended entry (-b) from /etc/cron.d.
    devNodeCase("T3 setfacl -b /etc/cron.d-rt84n", devNodeScript(n("t3"), ["setfacl -b /etc/cron.d"])),
    // T4 kernel.modules_disabled=1 and kexec_load_disabled=1 (one-way hardening switches, sysctl/kernel.rst).
    devNodeCase(
        "T4 sysctl -w kernel.kexec_load_disabled=1-rt84n",
        devNodeScript(n("t4"), ["sysctl -w kernel.kexec_load_disabled=1"]),
    ),
    // U1 systemctl link of a unit file root wrote under /etc/ops (a known heredoc running an image program).
    devNodeCase(
        "U1 systemctl link /etc/ops/ops.service (written)-rt84n",
        devNodeScript(n("u1"), [
            ...heredocFile("/etc/ops/ops.service", [
                "[Service]",
                "Type=oneshot",
                "ExecStart=/usr/bin/chronyc makestep",
            ]),
            "systemctl link /etc/ops/ops.service",
            "systemctl start ops",
        ]),
    ),
    // U2 tmpfiles.d z keeping /etc/cron.d 0755 root.
    devNodeCase(
        "U2 tmpfiles.d z /etc/cron.d 0755-rt84n",
        devNodeScript(n("u2"), [
            ...heredocFile("/etc/tmpfiles.d/ops.conf", ["z /etc/cron.d 0755 root root -"]),
            "systemd-tmpfiles --create",
        ]),
    ),
    // Round 84 fix neighbours (secure): a shell command line of the image's programs in tar -I and ssh ProxyCommand
    // (found in PATH), a boolean core.fsmonitor (git-config(1): true is the built-in monitor) and a credential helper
    // by name (git-credential-store), an OpenSSL engine by id (no path), chroot into a root-owned tree, an image archive
    // of the image's own directory from a pipe, xargs sysctl -w of a file root wrote, crontab /dev/stdin of a literal.
    devNodeCase(
        "tar --use-compress-program='zstd -d -T0' -xf /etc/ops/bundle.tar.zst -C /opt-fix84",
        devNodeScript(n("y1"), ["tar --use-compress-program='zstd -d -T0' -xf /etc/ops/bundle.tar.zst -C /opt"]),
    ),
    devNodeCase(
        "ssh -o ProxyCommand='ssh -W %h:%p bastion' ops@db true-fix84",
        devNodeScript(n("y2"), ["ssh -o ProxyCommand='ssh -W %h:%p bastion' ops@db true"]),
    ),
    devNodeCase(
        "git -c core.fsmonitor=true -c credential.helper=store -C /opt/ops pull-fix84",
        devNodeScript(n("y3"), ["git -c core.fsmonitor=true -c credential.helper=store -C /opt/ops pull"]),
    ),
    devNodeCase(
        "openssl s_client -engine pkcs11 -connect sts.amazonaws.com:443-fix84",
        devNodeScript(n("y4"), ["openssl s_client -engine pkcs11 -connect sts.amazonaws.com:443 </dev/null"]),
    ),
    devNodeCase("chroot /sysroot /usr/bin/true-fix84", devNodeScript(n("y5"), ["chroot /sysroot /usr/bin/true"])),
    devNodeCase(
        "zcat /opt/images/pause.tar.gz | ctr -n k8s.io images import --fix84",
        devNodeScript(n("y6"), ["zcat /opt/images/pause.tar.gz | ctr -n k8s.io images import -"]),
    ),
    devNodeCase(
        "xargs -a /etc/ops/kv sysctl -w (written)-fix84",
        devNodeScript(n("y7"), [
            ...heredocFile("/etc/ops/kv", ["vm.max_map_count=262144", "fs.inotify.max_user_watches=524288"]),
            "xargs -a /etc/ops/kv sysctl -w",
        ]),
    ),
    devNodeCase(
        "crontab /dev/stdin <<EOF @reboot /usr/bin/chronyc makestep-fix84",
        devNodeScript(n("y8"), ["crontab /dev/stdin <<'EOF'", "@reboot /usr/bin/chronyc makestep", "EOF"]),
    ),
    // Neighbours (round 84 fixes, secure side).
    // REGISTRY-TRUST: config_path at the documented /etc/containerd/certs.d (containerd docs/hosts.md, AL2023's).
    devNodeCase(
        "F6s config.d config_path = /etc/containerd/certs.d-fix84",
        devNodeScript(n("f6s"), [
            ...heredocFile("/etc/containerd/config.d/99-ops.toml", [
                "version = 2",
                '[plugins."io.containerd.grpc.v1.cri".registry]',
                '  config_path = "/etc/containerd/certs.d"',
            ]),
            "systemctl restart containerd",
        ]),
    ),
    // Round 84 integration neighbour: containerd hosts.md's own CRI example, config_path listing Docker's certs.d.
    devNodeCase(
        "F6d config.d config_path = /etc/containerd/certs.d:/etc/docker/certs.d-fix84",
        devNodeScript(n("f6d"), [
            ...heredocFile("/etc/containerd/config.d/99-ops.toml", [
                "version = 2",
                '[plugins."io.containerd.grpc.v1.cri".registry]',
                '  config_path = "/etc/containerd/certs.d:/etc/docker/certs.d"',
            ]),
            "systemctl restart containerd",
        ]),
    ),
    // REGISTRY-TRUST: an https mirror trusting a CA root wrote from its own heredoc.
    devNodeCase(
        "F7s hosts.toml https mirror, ca written by root-fix84",
        devNodeScript(n("f7s"), [
            ...heredocFile("/etc/pki/ca-trust/source/anchors/corp.pem", [
                "-----BEGIN CERTIFICATE-----",
                "MIIBszCCAVmgAwIBAgIUexample",
                "-----END CERTIFICATE-----",
            ]),
            ...heredocFile("/etc/containerd/certs.d/docker.io/hosts.toml", [
                'server = "https://registry-1.docker.io"',
                '[host."https://mirror.example.com"]',
                '  capabilities = ["pull", "resolve"]',
                '  ca = "/etc/pki/ca-trust/source/anchors/corp.pem"',
            ]),
        ]),
    ),
    // CA-BUNDLE-FILES: reading the bundle (a copy out of it) changes no trust.
    devNodeCase(
        "F5s cp /etc/pki/tls/certs/ca-bundle.crt /opt/app/ca.pem-fix84",
        devNodeScript(n("f5s"), ["mkdir -p /opt/app", "cp /etc/pki/tls/certs/ca-bundle.crt /opt/app/ca.pem"]),
    ),
    // KERNEL-PROTECTION-SYSCTLS: keeping the protections where systemd's 50-default.conf puts them.
    devNodeCase(
        "I2s sysctl.d fs.protected_symlinks = 1, kernel.kptr_restrict = 2-fix84",
        devNodeScript(n("i2s"), [
            ...heredocFile("/etc/sysctl.d/99-ops.conf", ["fs.protected_symlinks = 1", "kernel.kptr_restrict = 2"]),
            "sysctl --system",
        ]),
    ),
    // OPENED-DAEMON-CONFIG-DIRS: an application's own directory opened to its user (nothing root reads there).
    devNodeCase(
        "I3s chown -R 1000:1000 /var/lib/ops-app-fix84",
        devNodeScript(n("i3s"), ["mkdir -p /var/lib/ops-app", "chown -R 1000:1000 /var/lib/ops-app"]),
    ),
    devNodeCase("I4s chmod 0755 /etc/cron.d-fix84", devNodeScript(n("i4s"), ["chmod 0755 /etc/cron.d"])),
    // Neighbour of S20 (secure): a drop-in of evictionHard only.
    devNodeCase(
        "S20s kubelet config.json.d drop-in evictionHard-fix84",
        devNodeScript(
            n("s20s"),
            heredocFile("/etc/kubernetes/kubelet/config.json.d/50-eviction.conf", [
                '{"apiVersion":"kubelet.config.k8s.io/v1beta1","kind":"KubeletConfiguration","evictionHard":{"memory.available":"200Mi"}}',
            ]),
        ),
    ),
];

describeNodeCases("round 84 red team: node user data", insecure, secure);
