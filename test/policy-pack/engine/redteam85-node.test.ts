// Red-team round 85 on EKS NODE user data (AL2023 root shell; namedPrograms.ts, rootReads.ts, shell.ts, formats.ts,
// kernelSettings.ts): the neighbours of the round-84 node fixes first, then new classes. Probed: options naming programs
// (tar --checkpoint-action=exec, TAR_OPTIONS, RSYNC_RSH, ssh -oX attached and "KEY VALUE", GIT_CONFIG_COUNT/KEY/VALUE,
// git ext:: URLs, GIT_PROXY_COMMAND, zip -TT, nested values: rsync -e / core.sshCommand of ssh -o ProxyCommand or -F,
// sftp -o PKCS11Provider); launchers (ssh-agent, script -c, su -c, runuser, watch, flock, ip netns exec, nsenter, sg -c,
// systemd-inhibit, chrt, taskset, setarch, perf stat, ltrace, env -S, awk/sed programs, sed e, m4); chroot-like roots
// (chroot --userspec, capsh --chroot, rpm --root, dnf/yum --installroot, systemd-run -p RootDirectory/RootImage/
// BindPaths, mount --bind over a program); argument provenance (xargs --arg-file/-I/-0, find -exec, GNU parallel ::::
// and stdin, sysctl -p -, --load=/dev/stdin, /dev/fd/3, /proc/self/fd/0, <(cat F), systemd-tmpfiles -, bash
// /dev/stdin, modprobe -C /dev/stdin, insmod /dev/stdin); registry and TLS trust (hosts.toml ca arrays and top-level
// ca/skip_verify, containerd v3 io.containerd.cri.v1.images config_path, ctr --skip-verify/--plain-http, nerdctl
// --insecure-registry, curl -k/--cacert/CURL_CA_BUNDLE, SSL_CERT_FILE, wget --no-check-certificate, aws
// --no-verify-ssl, git http.sslVerify=false); CA bundles (/usr/share/pki anchors, tee -a, ln -sf, mv over cert.pem,
// linked anchors); kernel protections (fs.suid_dumpable, perf_event_paranoid, unprivileged_userfaultfd, bpf_jit_harden,
// slash keys, sysctl without -w, tee into /proc/sys, /run/sysctl.d); opened directories (CNI bin/conf, kubelet
// credential-provider, flexvolume, plugins_registry, device-plugins, config.json.d, certs.d); binfmt (/run and
// /usr/lib binfmt.d, O flag); kubelet drop-ins (staticPodURL, x509 clientCAFile, copied/jq-edited configs,
// containerRuntimeEndpoint/imageServiceEndpoint URLs, volumePluginDir, AL2 bootstrap.sh --kubelet-extra-args);
// package verification (%_pkgverify_level, http:// packages and keys, config-manager --save, gpgcheck=False,
// sed-edited repo files, downloaded repo files); shell expansion (ANSI-C $'\x2f', globs, braces, printf -v,
// read <<<, .., ${V:-W}, ${V:=W}, "/tmp\/x").
// Misses (56 insecure accepted, 0 secure refused):
// - PROGRAM-OPTION-RUNS (7: A1 tar --checkpoint-action=exec, A3 RSYNC_RSH, A7 git ext:: URL, A12 zip -TT, N1 rsync -e
//   'ssh -o ProxyCommand=...', N2 core.sshCommand='ssh -o ProxyCommand=...', P9 rsync --rsh='ssh -F /tmp/cfg').
// - WRAPPER-LAUNCHERS (9: A11 ssh-agent CMD, M2 script -c, M3 su -c CMD root, M5 watch, N11 ip netns exec, N13 sg -c,
//   N14 systemd-inhibit, P22 perf stat, P23 ltrace).
// - ROOT-DIRECTORY-LAUNCHERS (8: B1 rpm --root, B2 dnf --installroot, B3 systemd-run -p RootDirectory, B5 capsh
//   --chroot, N15 systemd-run -p BindPaths over /usr/bin, P1 -p RootImage, P2 yum --installroot, P3 rpm --root= -e).
// - ARGUMENT-PROVENANCE (3: C3 find /tmp -exec insmod {}, N4 parallel :::: /tmp/kv, N5 sysctl -p <(cat F)).
// - TLS-TRUST-SWITCHES (6: E3 ctr pull --skip-verify, F3 ln -sf /tmp/ca.pem over ca-bundle.crt, N19 git
//   http.sslVerify=false then run, P16 ctr --plain-http, P17 nerdctl --insecure-registry, P18 ln -s into anchors).
// - KERNEL-PROTECTION-SYSCTLS (3: G1 fs.suid_dumpable=1, G5 perf_event_paranoid=-1, N8 unprivileged_userfaultfd=1 +
//   bpf_jit_harden=0).
// - OPENED-DAEMON-CONFIG-DIRS (4: H1 chmod 777 /opt/cni/bin, H2 /etc/cni/net.d, H4 kubelet-plugins chown, P6 setfacl
//   /opt/cni/bin).
// - PACKAGE-VERIFICATION (6: K1 rpm --define _pkgverify_level none + http://, K2 /etc/rpm/macros.verify, K3 dnf install
//   http://, N23 rpm --import http://, P14 rpm -Uvh http://, P15 a downloaded yum.repos.d file).
// - SHELL-EXPANSION (5: L2 /t[m]p/x, N26 "${V:-/tmp/x}", N28 "/tmp\/x", P19 ${V:=/var/tmp/x}, P20 /dev/sh?/x).
// - KUBELET-DROPIN-PATHS (3: N24 containerRuntimeEndpoint unix:///tmp, P7 volumePluginDir /tmp/vp, P8
//   imageServiceEndpoint unix:///var/tmp).
// - INTERPRETER-SCRIPTS (1: M8 m4 /tmp/x.m4). BIND-MOUNT-OVER-PROGRAM (1: N16 mount --bind /tmp/x /usr/bin/chronyc).
// Held: 70 of 126 insecure refused (A2, A4-A6, A8-A10, B4, C1, C2, C4, D1-D5, E1, E2, E4-E7, F1, F2, F4, G2-G4, H3, H5,
// H6, I1, I2, J1-J4, K4, K5, L1, L3-L6, M1, M4, M6, M7, N3, N6, N7, N9, N10, N12, N17, N18, N20-N22, N25, N27, N29,
// N30, P4, P5, P10-P13, P21); 34 of 34 secure clean (S1-S15, T1-T8, U1-U11).
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";

const n = (id: string) => `dev-${id}-85n-nodes`;

const insecure: NodeCase[] = [
    // A1 GNU tar manual 3.8 Checkpoints: "--checkpoint-action=exec=command ... executing arbitrary external programs"
    // (tar manual "Running External Commands": the program is run with the words split like the shell): root runs /tmp/x.
    // Was a MISS (fixed in round 86): PROGRAM-OPTION-RUNS: insecure accepted (got []). Where: policy-pack/engine/namedPrograms.ts OPTION_TABLES/optionNamedPrograms: tar --checkpoint-action=exec= is not in the tar table. Fix (general): every option, environment variable (RSYNC_RSH, TAR_OPTIONS-style option carriers) and URL scheme whose value a program runs belongs to the per-program table, and a 'runs' value is a whole command line judged recursively (its own program's option table applied, not only executedPrograms' first words).
    devNodeCase(
        "A1 tar --checkpoint=1 --checkpoint-action=exec=/tmp/x -xf /etc/ops/b.tar-rt85n",
        devNodeScript(n("a1"), ["tar --checkpoint=1 --checkpoint-action=exec=/tmp/x -xf /etc/ops/b.tar -C /opt"]),
        /./,
    ),
    // A2 TAR_OPTIONS (GNU tar manual "Using tar Options": options "from the environment variable TAR_OPTIONS" are
    // prepended): -I /var/tmp/z is the A3-84 compressor program.
    devNodeCase(
        "A2 TAR_OPTIONS='-I /var/tmp/z' tar -xf /etc/ops/b.tar.zst-rt85n",
        devNodeScript(n("a2"), ["TAR_OPTIONS='-I /var/tmp/z' tar -xf /etc/ops/b.tar.zst -C /opt"]),
    ),
    // A3 rsync(1) RSYNC_RSH: "The RSYNC_RSH environment variable allows you to override the default shell" (-e).
    // Was a MISS (fixed in round 86): PROGRAM-OPTION-RUNS: insecure accepted (got []). Where: policy-pack/engine/namedPrograms.ts OPTION_TABLES/optionNamedPrograms: RSYNC_RSH (rsync(1) ENVIRONMENT) is not read. Fix (general): every option, environment variable (RSYNC_RSH, TAR_OPTIONS-style option carriers) and URL scheme whose value a program runs belongs to the per-program table, and a 'runs' value is a whole command line judged recursively (its own program's option table applied, not only executedPrograms' first words).
    devNodeCase(
        "A3 RSYNC_RSH=/dev/shm/rsh rsync -a ops@backup:/srv/x /opt/x-rt85n",
        devNodeScript(n("a3"), ["RSYNC_RSH=/dev/shm/rsh rsync -a ops@backup:/srv/x /opt/x"]),
        /./,
    ),
    // A4 ssh(1) attached option value -oProxyCommand=... (getopt: the value may follow the letter directly).
    devNodeCase(
        "A4 ssh -oProxyCommand=/tmp/pc ops@bastion true-rt85n",
        devNodeScript(n("a4"), ["ssh -oProxyCommand=/tmp/pc ops@bastion true"]),
    ),
    // A5 ssh_config(5) "KEY VALUE" spelling inside one -o word (whitespace separator).
    devNodeCase(
        "A5 ssh -o 'ProxyCommand /var/tmp/pc %h %p' ops@bastion true-rt85n",
        devNodeScript(n("a5"), ["ssh -o 'ProxyCommand /var/tmp/pc %h %p' ops@bastion true"]),
    ),
    // A6 git(1) GIT_CONFIG_COUNT/GIT_CONFIG_KEY_0/GIT_CONFIG_VALUE_0: "the configuration ... as if given by -c"
    // (git-config(1) ENVIRONMENT): core.sshCommand = /tmp/ssh.
    devNodeCase(
        "A6 GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=core.sshCommand GIT_CONFIG_VALUE_0=/tmp/ssh git pull-rt85n",
        devNodeScript(n("a6"), [
            "GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=core.sshCommand GIT_CONFIG_VALUE_0=/tmp/ssh git -C /opt/ops pull",
        ]),
    ),
    // A7 git-remote-ext(1): `ext::<command>` "runs the specified command" as the transport (protocol.ext.allow=always).
    // Was a MISS (fixed in round 86): PROGRAM-OPTION-RUNS: insecure accepted (got []). Where: policy-pack/engine/namedPrograms.ts OPTION_TABLES/optionNamedPrograms: a git URL ext::CMD (git-remote-ext(1)) is no named program. Fix (general): every option, environment variable (RSYNC_RSH, TAR_OPTIONS-style option carriers) and URL scheme whose value a program runs belongs to the per-program table, and a 'runs' value is a whole command line judged recursively (its own program's option table applied, not only executedPrograms' first words).
    devNodeCase(
        "A7 git -c protocol.ext.allow=always clone 'ext::/tmp/x %S' /opt/ops-rt85n",
        devNodeScript(n("a7"), ["git -c protocol.ext.allow=always clone 'ext::/tmp/x %S' /opt/ops"]),
        /./,
    ),
    // A8 git(1) GIT_PROXY_COMMAND: "the command to run for git:// connections" (core.gitProxy's environment form).
    devNodeCase(
        "A8 GIT_PROXY_COMMAND=/dev/shm/gp git clone git://git.example.com/ops /opt/ops-rt85n",
        devNodeScript(n("a8"), ["GIT_PROXY_COMMAND=/dev/shm/gp git clone git://git.example.com/ops /opt/ops"]),
    ),
    // A9 GNU sed "e command: executes command and sends its output to the output stream" (sed manual "Extended
    // Commands"): root runs /tmp/x.
    devNodeCase(
        "A9 sed -n '1e /tmp/x' /etc/hostname-rt85n",
        devNodeScript(n("a9"), ["sed -n '1e /tmp/x' /etc/hostname"]),
    ),
    // A10 gawk system(): "executes the command given by the string command" (gawk manual I/O Functions).
    devNodeCase(
        "A10 awk 'BEGIN{system(\"/var/tmp/x\")}'-rt85n",
        devNodeScript(n("a10"), ["awk 'BEGIN{system(\"/var/tmp/x\")}'"]),
    ),
    // A11 ssh-agent(1) "ssh-agent [...] command [arg ...]: If a command line is given, this is executed as a subprocess".
    // Was a MISS (fixed in round 86): WRAPPER-LAUNCHERS: insecure accepted (got []). Where: policy-pack/engine/shell.ts WRAPPERS/wrappersOf (and launchedCommand): ssh-agent COMMAND is not a launcher. Fix (general): a table of every launcher whose operand (or -c value) is a program or shell line (ssh-agent, script -c, watch, ip netns exec, sg -c, systemd-inhibit, su -c before a user operand), failing closed on an unknown program whose operand is a path root may not own.
    devNodeCase("A11 ssh-agent /tmp/x-rt85n", devNodeScript(n("a11"), ["ssh-agent /tmp/x"])),
    // A12 zip(1) "-TT cmd / --unzip-command cmd: Use command cmd instead of 'unzip -tqq' to test an archive".
    // Was a MISS (fixed in round 86): PROGRAM-OPTION-RUNS: insecure accepted (got []). Where: policy-pack/engine/namedPrograms.ts OPTION_TABLES/optionNamedPrograms: zip -TT/--unzip-command has no table. Fix (general): every option, environment variable (RSYNC_RSH, TAR_OPTIONS-style option carriers) and URL scheme whose value a program runs belongs to the per-program table, and a 'runs' value is a whole command line judged recursively (its own program's option table applied, not only executedPrograms' first words).
    devNodeCase(
        "A12 zip -T -TT /tmp/t /var/backups/etc.zip /etc/hosts-rt85n",
        devNodeScript(n("a12"), ["zip -T -TT /tmp/t /var/backups/etc.zip /etc/hosts"]),
        /./,
    ),
    // B1 rpm(8) "--root DIRECTORY: Use the file system tree rooted at DIRECTORY for all operations ... scriptlets run
    // after a chroot(2) to DIRECTORY": the scriptlet interpreter /bin/sh is /tmp/r/bin/sh.
    // Was a MISS (fixed in round 86): ROOT-DIRECTORY-LAUNCHERS: insecure accepted (got []). Where: policy-pack/engine/namedPrograms.ts launchedRoots: rpm --root. Fix (general): every option that sets the root or binds over the program tree of what a command runs (rpm --root, dnf/yum --installroot, systemd-run -p RootDirectory=/RootImage=/BindPaths=/BindReadOnlyPaths=, capsh --chroot) is a launched root judged with plantedDirectory.
    devNodeCase(
        "B1 rpm --root /tmp/r -ivh /etc/ops/ops.rpm-rt85n",
        devNodeScript(n("b1"), ["rpm --root /tmp/r -ivh /etc/ops/ops.rpm"]),
    ),
    // B2 dnf(8) "--installroot=<path>: Specifies an alternative installroot": scriptlets run chrooted into /var/tmp/r.
    // Was a MISS (fixed in round 86): ROOT-DIRECTORY-LAUNCHERS: insecure accepted (got []). Where: policy-pack/engine/namedPrograms.ts launchedRoots: dnf --installroot. Fix (general): every option that sets the root or binds over the program tree of what a command runs (rpm --root, dnf/yum --installroot, systemd-run -p RootDirectory=/RootImage=/BindPaths=/BindReadOnlyPaths=, capsh --chroot) is a launched root judged with plantedDirectory.
    devNodeCase(
        "B2 dnf --installroot=/var/tmp/r install -y jq-rt85n",
        devNodeScript(n("b2"), ["dnf --installroot=/var/tmp/r --releasever=2023 install -y jq"]),
    ),
    // B3 systemd.exec(5) RootDirectory=: "Sets the root directory for executed processes" (systemd-run -p): a /tmp tree.
    // Was a MISS (fixed in round 86): ROOT-DIRECTORY-LAUNCHERS: insecure accepted (got []). Where: policy-pack/engine/namedPrograms.ts launchedRoots: systemd-run -p RootDirectory= is not read. Fix (general): every option that sets the root or binds over the program tree of what a command runs (rpm --root, dnf/yum --installroot, systemd-run -p RootDirectory=/RootImage=/BindPaths=/BindReadOnlyPaths=, capsh --chroot) is a launched root judged with plantedDirectory.
    devNodeCase(
        "B3 systemd-run -p RootDirectory=/tmp/r /bin/sh -c true-rt85n",
        devNodeScript(n("b3"), ["systemd-run -p RootDirectory=/tmp/r /bin/sh -c true"]),
    ),
    // B4 chroot(8) with an option before NEWROOT ("--userspec=USER:GROUP"): the root is still /dev/shm/r (the
    // round-84 launchedRoots neighbour, option-first spelling).
    devNodeCase(
        "B4 chroot --userspec=0:0 /dev/shm/r /bin/sh -c true-rt85n",
        devNodeScript(n("b4"), ["chroot --userspec=0:0 /dev/shm/r /bin/sh -c true"]),
    ),
    // B5 capsh(1) "--chroot=path: Execute the chroot(2) system call with the new root-directory path".
    // Was a MISS (fixed in round 86): ROOT-DIRECTORY-LAUNCHERS: insecure accepted (got []). Where: policy-pack/engine/namedPrograms.ts launchedRoots: capsh --chroot= (capsh is a WRAPPER but its chroot is not a launched root). Fix (general): every option that sets the root or binds over the program tree of what a command runs (rpm --root, dnf/yum --installroot, systemd-run -p RootDirectory=/RootImage=/BindPaths=/BindReadOnlyPaths=, capsh --chroot) is a launched root judged with plantedDirectory.
    devNodeCase(
        "B5 capsh --chroot=/tmp/r -- -c true-rt85n",
        devNodeScript(n("b5"), ["capsh --chroot=/tmp/r -- -c true"]),
    ),
    // C1 xargs(1) --arg-file=FILE is -a's long form: sysctl's argv from a planted file (kernel.core_pattern=|/tmp/x).
    devNodeCase(
        "C1 xargs --arg-file=/tmp/kv sysctl -w-rt85n",
        devNodeScript(n("c1"), ["xargs --arg-file=/tmp/kv sysctl -w"]),
    ),
    // C2 xargs -I{} with stdin a planted file.
    devNodeCase(
        "C2 xargs -I{} sysctl -w {} < /var/tmp/kv-rt85n",
        devNodeScript(n("c2"), ["xargs -I{} sysctl -w {} < /var/tmp/kv"]),
    ),
    // C3 find(1) -exec with {} the planted paths found under /tmp (insmod loads each as kernel code).
    // Was a MISS (fixed in round 86): ARGUMENT-PROVENANCE: insecure accepted (got []). Where: policy-pack/engine/rootReads.ts loadedOperands/descriptorOperands (xargs handled, not these): find /tmp/... -exec insmod {} (the found files are planted). Fix (general): arguments a command builds from a file (parallel :::: / -a, find's found paths given to -exec, a <(...) operand of a loader reading a file) take that file's provenance.
    devNodeCase(
        "C3 find /tmp/mods -name '*.ko' -exec insmod {} ;-rt85n",
        devNodeScript(n("c3"), ["find /tmp/mods -name '*.ko' -exec insmod {} \\;"]),
        /./,
    ),
    // C4 a pipe of tr of a planted file into xargs -0.
    devNodeCase(
        "C4 tr '\\n' '\\0' < /dev/shm/kv | xargs -0 sysctl -w-rt85n",
        devNodeScript(n("c4"), ["tr '\\n' '\\0' < /dev/shm/kv | xargs -0 sysctl -w"]),
    ),
    // D1 procps sysctl(8) "-p[FILE]: Load in sysctl settings from the file specified ... Specifying - as filename means
    // reading data from standard input": a planted settings file.
    devNodeCase("D1 sysctl -p - < /tmp/kv-rt85n", devNodeScript(n("d1"), ["sysctl -p - < /tmp/kv"])),
    // D2 sysctl -p of /dev/fd/3 opened on a planted file (proc(5): the descriptor is the file).
    devNodeCase(
        "D2 sysctl -p /dev/fd/3 3< /var/tmp/kv-rt85n",
        devNodeScript(n("d2"), ["sysctl -p /dev/fd/3 3< /var/tmp/kv"]),
    ),
    // D3 systemd-tmpfiles(8) "If ... - is specified, the configuration is read from standard input" (a planted f/w line).
    devNodeCase(
        "D3 systemd-tmpfiles --create - < /tmp/t.conf-rt85n",
        devNodeScript(n("d3"), ["systemd-tmpfiles --create - < /tmp/t.conf"]),
    ),
    // D4 bash /dev/stdin with stdin a planted script.
    devNodeCase(
        "D4 bash /dev/stdin < /dev/shm/x.sh-rt85n",
        devNodeScript(n("d4"), ["bash /dev/stdin < /dev/shm/x.sh"]),
    ),
    // D5 modprobe -C /dev/stdin (modprobe.d install commands run as root) from a planted file.
    devNodeCase(
        "D5 modprobe -C /dev/stdin br_netfilter < /tmp/m.conf-rt85n",
        devNodeScript(n("d5"), ["modprobe -C /dev/stdin br_netfilter < /tmp/m.conf"]),
    ),
    // E1 containerd docs/hosts.md `ca` "can be a string or an array of strings": an array with a planted CA.
    devNodeCase(
        "E1 hosts.toml ca = [image CA, /tmp/ca.pem]-rt85n",
        devNodeScript(
            n("e1"),
            heredocFile("/etc/containerd/certs.d/602401143452.dkr.ecr.us-east-1.amazonaws.com/hosts.toml", [
                'server = "https://602401143452.dkr.ecr.us-east-1.amazonaws.com"',
                '[host."https://602401143452.dkr.ecr.us-east-1.amazonaws.com"]',
                '  ca = ["/etc/pki/tls/certs/ca-bundle.crt", "/tmp/ca.pem"]',
            ]),
        ),
    ),
    // E2 containerd 2.x config version 3 moves the CRI image registry to plugins."io.containerd.cri.v1.images"
    // (containerd docs/cri/config.md): config_path in /tmp is F6-84 in the v3 spelling.
    devNodeCase(
        "E2 containerd v3 io.containerd.cri.v1.images registry config_path = /tmp/certs.d-rt85n",
        devNodeScript(n("e2"), [
            ...heredocFile("/etc/containerd/config.d/99-ops.toml", [
                "version = 3",
                "[plugins.'io.containerd.cri.v1.images'.registry]",
                "  config_path = '/tmp/certs.d'",
            ]),
            "systemctl restart containerd",
        ]),
    ),
    // E3 ctr(8) images pull --skip-verify ("skip SSL certificate validation") into the k8s.io namespace the kubelet
    // uses: a MITM'd image runs as any pod with imagePullPolicy IfNotPresent (privileged DaemonSets included).
    // Was a MISS (fixed in round 86): TLS-TRUST-SWITCHES: insecure accepted (got []). Where: policy-pack/engine/rootReads.ts (containerd/CA trust readers of round 84, formats.ts hosts.toml): ctr images pull --skip-verify. Fix (general): one table of switches that turn a fetcher's or puller's certificate check off (ctr/nerdctl --skip-verify/-k, git http.sslVerify=false, ...) refused when what is fetched is code or an image pods run, and a CA bundle path replaced by a link to a planted file judged like cp/mv over it.
    devNodeCase(
        "E3 ctr -n k8s.io images pull --skip-verify registry/ops/agent:1-rt85n",
        devNodeScript(n("e3"), ["ctr -n k8s.io images pull --skip-verify registry.example.com/ops/agent:1"]),
    ),
    // E4 curl(1) -k/--insecure: "this option makes curl skip the verification step": a download piped to root's shell.
    devNodeCase(
        "E4 curl -k https://boot.example.com/x.sh | bash-rt85n",
        devNodeScript(n("e4"), ["curl -fsSLk https://boot.example.com/x.sh | bash"]),
    ),
    // E5 curl --cacert FILE with a planted CA: the TLS peer it trusts is whoever owns /tmp/ca.pem.
    devNodeCase(
        "E5 curl --cacert /tmp/ca.pem https://boot.example.com/x.sh | bash-rt85n",
        devNodeScript(n("e5"), ["curl -fsSL --cacert /tmp/ca.pem https://boot.example.com/x.sh | bash"]),
    ),
    // E6 OpenSSL SSL_CERT_FILE (openssl-env(7): "the default certificate file") planted, for a download root pipes to its shell.
    devNodeCase(
        "E6 SSL_CERT_FILE=/var/tmp/ca.pem curl https://boot/x.sh | bash-rt85n",
        devNodeScript(n("e6"), ["SSL_CERT_FILE=/var/tmp/ca.pem curl -fsSL https://boot.example.com/x.sh | bash"]),
    ),
    // E7 aws(1) --no-verify-ssl: "overrides the default behavior of verifying SSL certificates".
    devNodeCase(
        "E7 aws s3 cp --no-verify-ssl s3://ops/boot.sh - | bash-rt85n",
        devNodeScript(n("e7"), ["aws s3 cp --no-verify-ssl s3://ops-boot/boot.sh - | bash"]),
    ),
    // F1 update-ca-trust(8): "/usr/share/pki/ca-trust-source/anchors/" is a low-priority source of anchors too.
    devNodeCase(
        "F1 cp /tmp/ca.pem /usr/share/pki/ca-trust-source/anchors/; update-ca-trust-rt85n",
        devNodeScript(n("f1"), [
            "cp /tmp/ca.pem /usr/share/pki/ca-trust-source/anchors/ops.pem",
            "update-ca-trust extract",
        ]),
    ),
    // F2 tee -a of a planted PEM into the system bundle (tee(1) appends stdin).
    devNodeCase(
        "F2 tee -a /etc/pki/tls/certs/ca-bundle.crt < /dev/shm/ca.pem-rt85n",
        devNodeScript(n("f2"), ["tee -a /etc/pki/tls/certs/ca-bundle.crt < /dev/shm/ca.pem > /dev/null"]),
    ),
    // F3 ln -sf of the bundle path to a planted file (every TLS client follows the link).
    // Was a MISS (fixed in round 86): TLS-TRUST-SWITCHES: insecure accepted (got []). Where: policy-pack/engine/rootReads.ts (containerd/CA trust readers of round 84, formats.ts hosts.toml): ln -sf /tmp/ca.pem over the bundle (cp/mv/install/tee are held). Fix (general): one table of switches that turn a fetcher's or puller's certificate check off (ctr/nerdctl --skip-verify/-k, git http.sslVerify=false, ...) refused when what is fetched is code or an image pods run, and a CA bundle path replaced by a link to a planted file judged like cp/mv over it.
    devNodeCase(
        "F3 ln -sf /tmp/ca.pem /etc/pki/tls/certs/ca-bundle.crt-rt85n",
        devNodeScript(n("f3"), ["ln -sf /tmp/ca.pem /etc/pki/tls/certs/ca-bundle.crt"]),
    ),
    // F4 /etc/pki/tls/cert.pem (the OpenSSL default file on AL2023, a link into the extracted bundle) replaced by mv.
    devNodeCase(
        "F4 mv /tmp/ca.pem /etc/pki/tls/cert.pem-rt85n",
        devNodeScript(n("f4"), ["mv /tmp/ca.pem /etc/pki/tls/cert.pem"]),
    ),
    // G1 kernel admin-guide sysctl/fs.rst suid_dumpable "1 - (debug) ... This is insecure as it allows regular users to
    // examine the memory contents of privileged processes".
    // Was a MISS (fixed in round 85): KERNEL-PROTECTION-SYSCTLS: insecure accepted (got []). Where: policy-pack/engine/userDataReaders/kernelSettings.ts KERNEL_PROTECTIONS: fs.suid_dumpable is missing. Fix (general): complete the table (fs.suid_dumpable 0, kernel.perf_event_paranoid >= 2, vm.unprivileged_userfaultfd 0, net.core.bpf_jit_harden >= 1 ...) or make it an allowlist of settings whose lowering is harmless.
    devNodeCase("G1 sysctl -w fs.suid_dumpable=1-rt85n", devNodeScript(n("g1"), ["sysctl -w fs.suid_dumpable=1"])),
    // G2 procps-ng sysctl(8): a "variable=value" argument without -w is also a write (sysctl.c: WriteMode or an '='):
    // fs.protected_symlinks=0.
    devNodeCase("G2 sysctl fs.protected_symlinks=0-rt85n", devNodeScript(n("g2"), ["sysctl fs.protected_symlinks=0"])),
    // G3 the protections lowered through tee into /proc/sys.
    devNodeCase(
        "G3 echo 0 | tee /proc/sys/fs/protected_regular-rt85n",
        devNodeScript(n("g3"), ["echo 0 | tee /proc/sys/fs/protected_regular"]),
    ),
    // G4 sysctl.d(5) search path includes /usr/lib/sysctl.d and /run/sysctl.d.
    devNodeCase(
        "G4 /run/sysctl.d/99-ops.conf fs.protected_fifos = 0-rt85n",
        devNodeScript(n("g4"), [
            ...heredocFile("/run/sysctl.d/99-ops.conf", ["fs.protected_fifos = 0", "fs.protected_symlinks = 0"]),
            "sysctl --system",
        ]),
    ),
    // G5 perf_event_paranoid -1 (kernel sysctl/kernel.rst: "Allow use of (almost) all events by all users"), with
    // kptr_restrict lowering kernel address secrecy.
    // Was a MISS (fixed in round 85): KERNEL-PROTECTION-SYSCTLS: insecure accepted (got []). Where: policy-pack/engine/userDataReaders/kernelSettings.ts KERNEL_PROTECTIONS: kernel.perf_event_paranoid is missing. Fix (general): complete the table (fs.suid_dumpable 0, kernel.perf_event_paranoid >= 2, vm.unprivileged_userfaultfd 0, net.core.bpf_jit_harden >= 1 ...) or make it an allowlist of settings whose lowering is harmless.
    devNodeCase(
        "G5 sysctl -w kernel.perf_event_paranoid=-1-rt85n",
        devNodeScript(n("g5"), ["sysctl -w kernel.perf_event_paranoid=-1"]),
    ),
    // H1 CNI (containerd's cri bin_dir /opt/cni/bin): containerd runs every plugin binary there as root for each pod.
    // Was a MISS (fixed in round 85): OPENED-DAEMON-CONFIG-DIRS: insecure accepted (got []). Where: policy-pack/engine/rootReads.ts rootReadDirectory/SYSTEM_DIRECTORIES: /opt/cni/bin. Fix (general): the directories the kubelet and containerd run plugins or read configuration from (containerd cri bin_dir/conf_dir /opt/cni/bin, /etc/cni/net.d, the kubelet volume-plugin-dir /usr/libexec/kubernetes/kubelet-plugins) belong to the root-read set.
    devNodeCase("H1 chmod 777 /opt/cni/bin-rt85n", devNodeScript(n("h1"), ["chmod 777 /opt/cni/bin"])),
    // H2 /etc/cni/net.d: a network config naming a plugin (and its args) containerd runs as root.
    // Was a MISS (fixed in round 85): OPENED-DAEMON-CONFIG-DIRS: insecure accepted (got []). Where: policy-pack/engine/rootReads.ts rootReadDirectory/SYSTEM_DIRECTORIES: /etc/cni/net.d. Fix (general): the directories the kubelet and containerd run plugins or read configuration from (containerd cri bin_dir/conf_dir /opt/cni/bin, /etc/cni/net.d, the kubelet volume-plugin-dir /usr/libexec/kubernetes/kubelet-plugins) belong to the root-read set.
    devNodeCase("H2 chmod o+w /etc/cni/net.d-rt85n", devNodeScript(n("h2"), ["chmod o+w /etc/cni/net.d"])),
    // H3 kubelet image credential provider directory (AL2023 /etc/eks/image-credential-provider, the kubelet's
    // --image-credential-provider-bin-dir): the kubelet runs ecr-credential-provider from there as root.
    devNodeCase(
        "H3 chmod 1777 /etc/eks/image-credential-provider-rt85n",
        devNodeScript(n("h3"), ["chmod 1777 /etc/eks/image-credential-provider"]),
    ),
    // H4 kubelet flexvolume plugin dir (Kubernetes docs: /usr/libexec/kubernetes/kubelet-plugins/volume/exec/, drivers
    // run by the kubelet as root).
    // Was a MISS (fixed in round 85): OPENED-DAEMON-CONFIG-DIRS: insecure accepted (got []). Where: policy-pack/engine/rootReads.ts rootReadDirectory/SYSTEM_DIRECTORIES: /usr/libexec/kubernetes/kubelet-plugins. Fix (general): the directories the kubelet and containerd run plugins or read configuration from (containerd cri bin_dir/conf_dir /opt/cni/bin, /etc/cni/net.d, the kubelet volume-plugin-dir /usr/libexec/kubernetes/kubelet-plugins) belong to the root-read set.
    devNodeCase(
        "H4 chown -R 1000 /usr/libexec/kubernetes/kubelet-plugins-rt85n",
        devNodeScript(n("h4"), ["chown -R 1000 /usr/libexec/kubernetes/kubelet-plugins"]),
    ),
    // H5 the kubelet drop-in directory itself opened: any user adds authorization AlwaysAllow.
    devNodeCase(
        "H5 chmod 777 /etc/kubernetes/kubelet/config.json.d-rt85n",
        devNodeScript(n("h5"), [
            "mkdir -p /etc/kubernetes/kubelet/config.json.d",
            "chmod 777 /etc/kubernetes/kubelet/config.json.d",
        ]),
    ),
    // H6 containerd certs.d opened (hosts.md: changes are read without restart).
    devNodeCase(
        "H6 install -d -m 0777 /etc/containerd/certs.d/docker.io-rt85n",
        devNodeScript(n("h6"), ["install -d -m 0777 /etc/containerd/certs.d/docker.io"]),
    ),
    // I1 binfmt.d(5) search path /run/binfmt.d with a planted interpreter and C.
    devNodeCase(
        "I1 /run/binfmt.d/ops.conf interpreter /dev/shm/i :C-rt85n",
        devNodeScript(n("i1"), [
            ...heredocFile("/run/binfmt.d/ops.conf", [":ops:E::ops::/dev/shm/i:C"]),
            "systemctl restart systemd-binfmt",
        ]),
    ),
    // I2 binfmt_misc register by printf (not echo) with the O (open-binary) flag and a planted interpreter.
    devNodeCase(
        "I2 printf ':ops:M::\\x7fOPS::/var/tmp/i:O' > binfmt_misc/register-rt85n",
        devNodeScript(n("i2"), ["printf '%s' ':ops:M::OPS::/var/tmp/i:O' > /proc/sys/fs/binfmt_misc/register"]),
    ),
    // J1 kubelet staticPodURL (KubeletConfiguration: "the URL for accessing static pods to run"): a plain-HTTP URL a
    // network peer answers with a privileged pod (Threat Matrix for Kubernetes MS-M9032).
    devNodeCase(
        "J1 kubelet config.json.d drop-in staticPodURL http://-rt85n",
        devNodeScript(
            n("j1"),
            heredocFile("/etc/kubernetes/kubelet/config.json.d/99-ops.conf", [
                '{"apiVersion":"kubelet.config.k8s.io/v1beta1","kind":"KubeletConfiguration","staticPodURL":"http://10.0.0.5/pods.yaml"}',
            ]),
        ),
    ),
    // J2 kubelet authentication.x509.clientCAFile planted: any holder of the /tmp CA's key mints a client certificate
    // for group system:masters, which the Webhook authorizer allows.
    devNodeCase(
        "J2 kubelet drop-in x509.clientCAFile /tmp/ca.crt-rt85n",
        devNodeScript(
            n("j2"),
            heredocFile("/etc/kubernetes/kubelet/config.json.d/99-ops.conf", [
                '{"apiVersion":"kubelet.config.k8s.io/v1beta1","kind":"KubeletConfiguration","authentication":{"x509":{"clientCAFile":"/tmp/ca.crt"}}}',
            ]),
        ),
    ),
    // J3 a drop-in copied from a planted file.
    devNodeCase(
        "J3 cp /tmp/k.conf /etc/kubernetes/kubelet/config.json.d/99-ops.conf-rt85n",
        devNodeScript(n("j3"), ["cp /tmp/k.conf /etc/kubernetes/kubelet/config.json.d/99-ops.conf"]),
    ),
    // J4 jq edit of the kubelet config (AL2 /etc/kubernetes/kubelet/kubelet-config.json) to AlwaysAllow.
    devNodeCase(
        "J4 jq '.authorization.mode=\"AlwaysAllow\"' kubelet-config.json-rt85n",
        devNodeScript(n("j4"), [
            "jq '.authorization.mode=\"AlwaysAllow\"' /etc/kubernetes/kubelet/kubelet-config.json > /etc/kubernetes/kubelet/k.tmp",
            "mv /etc/kubernetes/kubelet/k.tmp /etc/kubernetes/kubelet/kubelet-config.json",
        ]),
    ),
    // K1 rpm: "%_pkgverify_level none: traditional rpm behavior, nothing required" (rpm macros.in) via --define, then
    // a package over plain HTTP (rpm installs URLs).
    // Was a MISS (fixed in round 86): PACKAGE-VERIFICATION: insecure accepted (got []). Where: policy-pack/engine/rootReads.ts packageCheckOffSwitches/loadedOperands: rpm --define '_pkgverify_level none' and an http:// package. Fix (general): a package or signing key fetched by URL over plain http (rpm -i/dnf install/rpm --import http://) is network-planted (rpm's default %_pkgverify_level digest and dnf's localpkg_gpgcheck=False require no signature), and the rpm macro _pkgverify_level/_pkgverify_flags (by --define or a macros file) joins the switches.
    devNodeCase(
        "K1 rpm --define '_pkgverify_level none' -ivh http://repo/ops.rpm-rt85n",
        devNodeScript(n("k1"), ["rpm --define '_pkgverify_level none' -ivh http://repo.internal/ops.rpm"]),
    ),
    // K2 the same level in a macro file rpm reads for every transaction (/etc/rpm/macros.*).
    // Was a MISS (fixed in round 86): PACKAGE-VERIFICATION: insecure accepted (got []). Where: policy-pack/engine/rootReads.ts packageCheckOffSwitches/loadedOperands: %_pkgverify_level none in /etc/rpm/macros.* and dnf install http://. Fix (general): a package or signing key fetched by URL over plain http (rpm -i/dnf install/rpm --import http://) is network-planted (rpm's default %_pkgverify_level digest and dnf's localpkg_gpgcheck=False require no signature), and the rpm macro _pkgverify_level/_pkgverify_flags (by --define or a macros file) joins the switches.
    devNodeCase(
        "K2 /etc/rpm/macros.verify %_pkgverify_level none-rt85n",
        devNodeScript(n("k2"), [
            ...heredocFile("/etc/rpm/macros.verify", ["%_pkgverify_level none"]),
            "dnf install -y http://repo.internal/ops.rpm",
        ]),
    ),
    // K3 dnf.conf(5) "localpkg_gpgcheck ... default False": a package by plain-HTTP URL is installed unsigned;
    // whoever is on path serves its scriptlets (root).
    // Was a MISS (fixed in round 86): PACKAGE-VERIFICATION: insecure accepted (got []). Where: policy-pack/engine/rootReads.ts packageCheckOffSwitches/loadedOperands: dnf install http:// (localpkg_gpgcheck off by default). Fix (general): a package or signing key fetched by URL over plain http (rpm -i/dnf install/rpm --import http://) is network-planted (rpm's default %_pkgverify_level digest and dnf's localpkg_gpgcheck=False require no signature), and the rpm macro _pkgverify_level/_pkgverify_flags (by --define or a macros file) joins the switches.
    devNodeCase(
        "K3 dnf install -y http://repo.internal/ops.rpm-rt85n",
        devNodeScript(n("k3"), ["dnf install -y http://repo.internal/ops.rpm"]),
    ),
    // K5 a repo file with gpgcheck=False (dnf.conf(5) booleans: "1, yes, true, on / 0, no, false, off") over http.
    devNodeCase(
        "K5 /etc/yum.repos.d/ops.repo gpgcheck=False http baseurl-rt85n",
        devNodeScript(n("k5"), [
            ...heredocFile("/etc/yum.repos.d/ops.repo", [
                "[ops]",
                "name=ops",
                "baseurl=http://repo.internal/ops/",
                "gpgcheck=False",
                "enabled=1",
            ]),
            "dnf install -y ops-agent",
        ]),
    ),
    // L1 bash ANSI-C quoting $'...': \x2f is '/', so the program is /tmp/x (bash(1) QUOTING).
    devNodeCase("L1 $'\\x2ftmp/x'-rt85n", devNodeScript(n("l1"), ["$'\\x2ftmp/x'"])),
    // L2 pathname expansion: /t[m]p/x matches /tmp/x (bash(1) Pathname Expansion).
    // Was a MISS (fixed in round 86): SHELL-EXPANSION: insecure accepted (got []). Where: policy-pack/engine/shell.ts word expansion before RootReads.planted: a pathname pattern /t[m]p/x. Fix (general): expand a word the way bash does (default expansions ${V:-W} of unset variables, pathname patterns matched against data directories, backslashes kept inside double quotes) or treat any word the pack cannot expand exactly as an unknown program (fail closed).
    devNodeCase("L2 /t[m]p/x-rt85n", devNodeScript(n("l2"), ["/t[m]p/x --run"])),
    // L3 brace expansion /{tmp,nonexistent}/x: the first word is /tmp/x (bash(1) Brace Expansion).
    devNodeCase("L3 /{tmp,var/tmp}/x-rt85n", devNodeScript(n("l3"), ["/{tmp,var/tmp}/x"])),
    // L4 printf -v assigns the variable (bash builtins): "$P" is /dev/shm/x.
    devNodeCase(
        "L4 printf -v P '/dev/shm/x'; \"$P\"-rt85n",
        devNodeScript(n("l4"), ["printf -v P '%s' /dev/shm/x", '"$P"']),
    ),
    // L5 read from a here-string sets the variable.
    devNodeCase("L5 read -r P <<< /tmp/x; $P-rt85n", devNodeScript(n("l5"), ["read -r P <<< /tmp/x", '"$P"'])),
    // L6 /var/../tmp normalizes to /tmp; //tmp is /tmp (POSIX pathname resolution).
    devNodeCase("L6 /var/../tmp/x; //tmp/y-rt85n", devNodeScript(n("l6"), ["/var/../tmp/x"])),
    // M1 wrappers running a program: flock(1) "flock [options] file command", script(1) -c, su -c, runuser.
    devNodeCase("M1 flock /run/ops.lock /tmp/x-rt85n", devNodeScript(n("m1"), ["flock /run/ops.lock /tmp/x"])),
    // Was a MISS (fixed in round 86): WRAPPER-LAUNCHERS: insecure accepted (got []). Where: policy-pack/engine/shell.ts WRAPPERS/wrappersOf (and launchedCommand): script -c. Fix (general): a table of every launcher whose operand (or -c value) is a program or shell line (ssh-agent, script -c, watch, ip netns exec, sg -c, systemd-inhibit, su -c before a user operand), failing closed on an unknown program whose operand is a path root may not own.
    devNodeCase(
        "M2 script -qc /var/tmp/x /dev/null-rt85n",
        devNodeScript(n("m2"), ["script -qc /var/tmp/x /dev/null"]),
    ),
    // Was a MISS (fixed in round 86): WRAPPER-LAUNCHERS: insecure accepted (got []). Where: policy-pack/engine/shell.ts WRAPPERS/wrappersOf (and launchedCommand): su -c LINE USER: suCommand reads -c but the line is not judged planted. Fix (general): a table of every launcher whose operand (or -c value) is a program or shell line (ssh-agent, script -c, watch, ip netns exec, sg -c, systemd-inhibit, su -c before a user operand), failing closed on an unknown program whose operand is a path root may not own.
    devNodeCase("M3 su -c /dev/shm/x root-rt85n", devNodeScript(n("m3"), ["su -c /dev/shm/x root"])),
    devNodeCase("M4 runuser -u root -- /tmp/x-rt85n", devNodeScript(n("m4"), ["runuser -u root -- /tmp/x"])),
    // M5 watch(1) runs its command through sh -c repeatedly (-g exits on change).
    // Was a MISS (fixed in round 86): WRAPPER-LAUNCHERS: insecure accepted (got []). Where: policy-pack/engine/shell.ts WRAPPERS/wrappersOf (and launchedCommand): watch COMMAND. Fix (general): a table of every launcher whose operand (or -c value) is a program or shell line (ssh-agent, script -c, watch, ip netns exec, sg -c, systemd-inhibit, su -c before a user operand), failing closed on an unknown program whose operand is a path root may not own.
    devNodeCase("M5 watch -g -n 1 /tmp/x-rt85n", devNodeScript(n("m5"), ["timeout 5 watch -g -n 1 /tmp/x"])),
    // M6 awk -f of a planted program (gawk system()).
    devNodeCase("M6 awk -f /tmp/x.awk /etc/hosts-rt85n", devNodeScript(n("m6"), ["awk -f /tmp/x.awk /etc/hosts"])),
    // M7 sed -f of a planted script (GNU sed `e` and `w /etc/...` commands).
    devNodeCase(
        "M7 sed -f /var/tmp/x.sed -i /etc/hosts-rt85n",
        devNodeScript(n("m7"), ["sed -f /var/tmp/x.sed -i /etc/hosts"]),
    ),
    // M8 m4(1) syscmd runs shell commands: a planted macro file.
    // Was a MISS (fixed in round 85): INTERPRETER-SCRIPTS: insecure accepted (got []). Where: policy-pack/engine/rootReads.ts (the interpreter-script table that holds awk -f and sed -f): m4 FILE. Fix (general): every macro/script processor that can run commands (m4 syscmd/esyscmd) reads its file operands as code judged with planted().
    devNodeCase("M8 m4 /tmp/x.m4 > /etc/ops.conf-rt85n", devNodeScript(n("m8"), ["m4 /tmp/x.m4 > /etc/ops/ops.conf"])),
    // Batch 2 (depth).
    // N1 rsync -e of a command line whose ssh carries -o ProxyCommand (rsync(1): the -e value is a command line; ssh_config(5)
    // ProxyCommand runs /tmp/pc): the option's own options name a program.
    // Was a MISS (fixed in round 86): PROGRAM-OPTION-RUNS: insecure accepted (got []). Where: policy-pack/engine/namedPrograms.ts OPTION_TABLES/optionNamedPrograms: rsync -e 'ssh -o ProxyCommand=/tmp/pc': commandLine() keeps executedPrograms (ssh) only. Fix (general): every option, environment variable (RSYNC_RSH, TAR_OPTIONS-style option carriers) and URL scheme whose value a program runs belongs to the per-program table, and a 'runs' value is a whole command line judged recursively (its own program's option table applied, not only executedPrograms' first words).
    devNodeCase(
        "N1 rsync -e 'ssh -o ProxyCommand=/tmp/pc' -a ops@backup:/srv/x /opt/x-rt85n",
        devNodeScript(n("n1"), ["rsync -e 'ssh -o ProxyCommand=/tmp/pc' -a ops@backup:/srv/x /opt/x"]),
        /./,
    ),
    // N2 git core.sshCommand of ssh with ProxyCommand (git-config(1): the value is run by the shell).
    // Was a MISS (fixed in round 86): PROGRAM-OPTION-RUNS: insecure accepted (got []). Where: policy-pack/engine/namedPrograms.ts OPTION_TABLES/optionNamedPrograms: core.sshCommand='ssh -o ProxyCommand=...' (same nested value). Fix (general): every option, environment variable (RSYNC_RSH, TAR_OPTIONS-style option carriers) and URL scheme whose value a program runs belongs to the per-program table, and a 'runs' value is a whole command line judged recursively (its own program's option table applied, not only executedPrograms' first words).
    devNodeCase(
        "N2 git -c core.sshCommand='ssh -o ProxyCommand=/var/tmp/pc' pull-rt85n",
        devNodeScript(n("n2"), ["git -c core.sshCommand='ssh -o ProxyCommand=/var/tmp/pc' -C /opt/ops pull"]),
        /./,
    ),
    // N3 GIT_SSH_COMMAND of ssh with -o ProxyCommand.
    devNodeCase(
        "N3 GIT_SSH_COMMAND='ssh -oProxyCommand=/dev/shm/pc' git pull-rt85n",
        devNodeScript(n("n3"), ["GIT_SSH_COMMAND='ssh -oProxyCommand=/dev/shm/pc' git -C /opt/ops pull"]),
    ),
    // N4 GNU parallel "::::" argfiles (parallel(1): "Use argfiles as input source"): sysctl's arguments from /tmp.
    // Was a MISS (fixed in round 86): ARGUMENT-PROVENANCE: insecure accepted (got []). Where: policy-pack/engine/rootReads.ts loadedOperands/descriptorOperands (xargs handled, not these): GNU parallel :::: argfile. Fix (general): arguments a command builds from a file (parallel :::: / -a, find's found paths given to -exec, a <(...) operand of a loader reading a file) take that file's provenance.
    devNodeCase(
        "N4 parallel sysctl -w :::: /tmp/kv-rt85n",
        devNodeScript(n("n4"), ["parallel sysctl -w :::: /tmp/kv"]),
        /./,
    ),
    // N5 sysctl -p of a process substitution reading a planted file.
    // Was a MISS (fixed in round 86): ARGUMENT-PROVENANCE: insecure accepted (got []). Where: policy-pack/engine/rootReads.ts loadedOperands/descriptorOperands (xargs handled, not these): sysctl -p <(cat /var/tmp/kv). Fix (general): arguments a command builds from a file (parallel :::: / -a, find's found paths given to -exec, a <(...) operand of a loader reading a file) take that file's provenance.
    devNodeCase("N5 sysctl -p <(cat /var/tmp/kv)-rt85n", devNodeScript(n("n5"), ["sysctl -p <(cat /var/tmp/kv)"]), /./),
    // N6 insmod /dev/stdin from a planted module.
    devNodeCase("N6 insmod /dev/stdin < /tmp/x.ko-rt85n", devNodeScript(n("n6"), ["insmod /dev/stdin < /tmp/x.ko"])),
    // N7 procps sysctl accepts '/' as the key separator (sysctl(8): "variable ... a slash may be used instead of a dot").
    devNodeCase(
        "N7 sysctl -w fs/protected_symlinks=0-rt85n",
        devNodeScript(n("n7"), ["sysctl -w fs/protected_symlinks=0"]),
    ),
    // N8 vm.unprivileged_userfaultfd=1 (kernel sysctl/vm.rst: lets unprivileged users handle kernel page faults, the
    // primitive of kernel use-after-free exploits), net.core.bpf_jit_harden=0 (JIT spraying hardening off).
    // Was a MISS (fixed in round 85): KERNEL-PROTECTION-SYSCTLS: insecure accepted (got []). Where: policy-pack/engine/userDataReaders/kernelSettings.ts KERNEL_PROTECTIONS: vm.unprivileged_userfaultfd and net.core.bpf_jit_harden are missing. Fix (general): complete the table (fs.suid_dumpable 0, kernel.perf_event_paranoid >= 2, vm.unprivileged_userfaultfd 0, net.core.bpf_jit_harden >= 1 ...) or make it an allowlist of settings whose lowering is harmless.
    devNodeCase(
        "N8 sysctl -w vm.unprivileged_userfaultfd=1 net.core.bpf_jit_harden=0-rt85n",
        devNodeScript(n("n8"), ["sysctl -w vm.unprivileged_userfaultfd=1 net.core.bpf_jit_harden=0"]),
    ),
    // N9 wrappers: chrt(1), taskset(1), ip-netns(8) exec, nsenter(1), sg(1) -c, cgexec, systemd-inhibit(1).
    devNodeCase("N9 chrt -f 10 /tmp/x-rt85n", devNodeScript(n("n9"), ["chrt -f 10 /tmp/x"])),
    devNodeCase("N10 taskset -c 0 /var/tmp/x-rt85n", devNodeScript(n("n10"), ["taskset -c 0 /var/tmp/x"])),
    // Was a MISS (fixed in round 86): WRAPPER-LAUNCHERS: insecure accepted (got []). Where: policy-pack/engine/shell.ts WRAPPERS/wrappersOf (and launchedCommand): ip netns exec. Fix (general): a table of every launcher whose operand (or -c value) is a program or shell line (ssh-agent, script -c, watch, ip netns exec, sg -c, systemd-inhibit, su -c before a user operand), failing closed on an unknown program whose operand is a path root may not own.
    devNodeCase(
        "N11 ip netns exec ops /tmp/x-rt85n",
        devNodeScript(n("n11"), ["ip netns add ops", "ip netns exec ops /tmp/x"]),
    ),
    devNodeCase("N12 nsenter -t 1 -m -u /dev/shm/x-rt85n", devNodeScript(n("n12"), ["nsenter -t 1 -m -u /dev/shm/x"])),
    // Was a MISS (fixed in round 86): WRAPPER-LAUNCHERS: insecure accepted (got []). Where: policy-pack/engine/shell.ts WRAPPERS/wrappersOf (and launchedCommand): sg GROUP -c. Fix (general): a table of every launcher whose operand (or -c value) is a program or shell line (ssh-agent, script -c, watch, ip netns exec, sg -c, systemd-inhibit, su -c before a user operand), failing closed on an unknown program whose operand is a path root may not own.
    devNodeCase("N13 sg wheel -c /tmp/x-rt85n", devNodeScript(n("n13"), ["sg wheel -c /tmp/x"])),
    // Was a MISS (fixed in round 86): WRAPPER-LAUNCHERS: insecure accepted (got []). Where: policy-pack/engine/shell.ts WRAPPERS/wrappersOf (and launchedCommand): systemd-inhibit. Fix (general): a table of every launcher whose operand (or -c value) is a program or shell line (ssh-agent, script -c, watch, ip netns exec, sg -c, systemd-inhibit, su -c before a user operand), failing closed on an unknown program whose operand is a path root may not own.
    devNodeCase(
        "N14 systemd-inhibit /tmp/x-rt85n",
        devNodeScript(n("n14"), ["systemd-inhibit --what=shutdown /tmp/x"]),
    ),
    // N15 systemd.exec(5) BindPaths= in systemd-run -p: /tmp/bin bound over /usr/bin for the unit's program.
    // Was a MISS (fixed in round 86): ROOT-DIRECTORY-LAUNCHERS: insecure accepted (got []). Where: policy-pack/engine/namedPrograms.ts launchedRoots: systemd-run -p BindPaths=SRC:DEST over /usr/bin. Fix (general): every option that sets the root or binds over the program tree of what a command runs (rpm --root, dnf/yum --installroot, systemd-run -p RootDirectory=/RootImage=/BindPaths=/BindReadOnlyPaths=, capsh --chroot) is a launched root judged with plantedDirectory.
    devNodeCase(
        "N15 systemd-run -p BindPaths=/tmp/bin:/usr/bin /usr/bin/chronyc makestep-rt85n",
        devNodeScript(n("n15"), ["systemd-run -p BindPaths=/tmp/bin:/usr/bin /usr/bin/chronyc makestep"]),
    ),
    // N16 mount --bind of a planted file over an image program root runs next.
    // Was a MISS (fixed in round 86): BIND-MOUNT-OVER-PROGRAM: insecure accepted (got []). Where: policy-pack/engine/rootReads.ts mounted(): mount --bind /tmp/x /usr/bin/chronyc. Fix (general): a bind mount whose source is planted onto a program or directory root later runs or reads is that planted program.
    devNodeCase(
        "N16 mount --bind /tmp/x /usr/bin/chronyc; chronyc makestep-rt85n",
        devNodeScript(n("n16"), ["mount --bind /tmp/x /usr/bin/chronyc", "chronyc makestep"]),
    ),
    // N17 containerd hosts.toml top-level (server) ca and skip_verify (docs/hosts.md: fields apply to `server` too).
    devNodeCase(
        "N17 hosts.toml top-level skip_verify = true-rt85n",
        devNodeScript(
            n("n17"),
            heredocFile("/etc/containerd/certs.d/docker.io/hosts.toml", [
                'server = "https://registry-1.docker.io"',
                "skip_verify = true",
            ]),
        ),
    ),
    devNodeCase(
        "N18 hosts.toml top-level ca = /tmp/ca.pem-rt85n",
        devNodeScript(
            n("n18"),
            heredocFile("/etc/containerd/certs.d/docker.io/hosts.toml", [
                'server = "https://registry-1.docker.io"',
                'ca = "/tmp/ca.pem"',
            ]),
        ),
    ),
    // N19 git http.sslVerify=false (git-config(1): "Whether to verify the SSL certificate") then running the checkout.
    // Was a MISS (fixed in round 86): TLS-TRUST-SWITCHES: insecure accepted (got []). Where: policy-pack/engine/rootReads.ts (containerd/CA trust readers of round 84, formats.ts hosts.toml): git -c http.sslVerify=false clone of code root then runs. Fix (general): one table of switches that turn a fetcher's or puller's certificate check off (ctr/nerdctl --skip-verify/-k, git http.sslVerify=false, ...) refused when what is fetched is code or an image pods run, and a CA bundle path replaced by a link to a planted file judged like cp/mv over it.
    devNodeCase(
        "N19 git -c http.sslVerify=false clone ...; /opt/ops/install.sh-rt85n",
        devNodeScript(n("n19"), [
            "git -c http.sslVerify=false clone https://git.example.com/ops.git /opt/ops",
            "/opt/ops/install.sh",
        ]),
    ),
    // N20 wget --no-check-certificate piped to root's shell (wget(1): "Don't check the server certificate").
    devNodeCase(
        "N20 wget --no-check-certificate -qO- https://boot/x.sh | sh-rt85n",
        devNodeScript(n("n20"), ["wget --no-check-certificate -qO- https://boot.example.com/x.sh | sh"]),
    ),
    // N21 CURL_CA_BUNDLE (curl(1) ENVIRONMENT) planted.
    devNodeCase(
        "N21 CURL_CA_BUNDLE=/tmp/ca.pem curl https://boot/x.sh | bash-rt85n",
        devNodeScript(n("n21"), ["CURL_CA_BUNDLE=/tmp/ca.pem curl -fsSL https://boot.example.com/x.sh | bash"]),
    ),
    // N23 rpm --import of a key over plain HTTP (rpmkeys(8)): whoever is on path chooses the trusted signer.
    // Was a MISS (fixed in round 86): PACKAGE-VERIFICATION: insecure accepted (got []). Where: policy-pack/engine/rootReads.ts packageCheckOffSwitches/loadedOperands: rpm --import http:// key. Fix (general): a package or signing key fetched by URL over plain http (rpm -i/dnf install/rpm --import http://) is network-planted (rpm's default %_pkgverify_level digest and dnf's localpkg_gpgcheck=False require no signature), and the rpm macro _pkgverify_level/_pkgverify_flags (by --define or a macros file) joins the switches.
    devNodeCase(
        "N23 rpm --import http://keys.internal/ops.gpg; dnf install ops-agent-rt85n",
        devNodeScript(n("n23"), ["rpm --import http://keys.internal/ops.gpg", "dnf install -y ops-agent"]),
    ),
    // N24 kubelet containerRuntimeEndpoint in /tmp (KubeletConfiguration: "the endpoint of container runtime"): any
    // user serving that socket receives every container's config (env values from Secrets) and answers the kubelet.
    // Was a MISS (fixed in round 86): KUBELET-DROPIN-PATHS: insecure accepted (got []). Where: policy-pack/engine/userDataReaders/formats.ts kubeletConfigOpenings/writablePathOpenings: containerRuntimeEndpoint unix:///tmp/cri.sock (a URL, not a path). Fix (general): read unix:// (and file://) URL values as paths for the writable-path check, and judge the endpoint keys (containerRuntimeEndpoint, imageServiceEndpoint) like sockets root talks to.
    devNodeCase(
        "N24 kubelet drop-in containerRuntimeEndpoint unix:///tmp/cri.sock-rt85n",
        devNodeScript(
            n("n24"),
            heredocFile("/etc/kubernetes/kubelet/config.json.d/99-ops.conf", [
                '{"apiVersion":"kubelet.config.k8s.io/v1beta1","kind":"KubeletConfiguration","containerRuntimeEndpoint":"unix:///tmp/cri.sock"}',
            ]),
        ),
    ),
    // N25 AL2 bootstrap.sh --kubelet-extra-args (amazon-eks-ami): kubelet flags anonymous auth and AlwaysAllow.
    devNodeCase(
        "N25 /etc/eks/bootstrap.sh --kubelet-extra-args '--authorization-mode=AlwaysAllow'-rt85n",
        devNodeScript(n("n25"), [
            "/etc/eks/bootstrap.sh dev --kubelet-extra-args '--anonymous-auth=true --authorization-mode=AlwaysAllow'",
        ]),
    ),
    // N26 quoting: a default expansion ${P:-/tmp/x} with P unset, and a concatenation "/t"'mp'/x.
    // Was a MISS (fixed in round 86): SHELL-EXPANSION: insecure accepted (got []). Where: policy-pack/engine/shell.ts word expansion before RootReads.planted: "${OPS_BIN:-/tmp/x}". Fix (general): expand a word the way bash does (default expansions ${V:-W} of unset variables, pathname patterns matched against data directories, backslashes kept inside double quotes) or treat any word the pack cannot expand exactly as an unknown program (fail closed).
    devNodeCase('N26 "${OPS_BIN:-/tmp/x}"-rt85n', devNodeScript(n("n26"), ['"${OPS_BIN:-/tmp/x}" --run'])),
    devNodeCase("N27 \"/t\"'mp'/x-rt85n", devNodeScript(n("n27"), ["\"/t\"'mp'/x"])),
    // N29 env -S (env(1) "--split-string=S: process and split S into separate arguments").
    devNodeCase("N29 env -S '/tmp/x --run'-rt85n", devNodeScript(n("n29"), ["env -S '/tmp/x --run'"])),
    // N30 /usr/lib/binfmt.d (binfmt.d(5) search path) with C and a planted interpreter.
    devNodeCase(
        "N30 /usr/lib/binfmt.d/ops.conf /tmp/i :C-rt85n",
        devNodeScript(n("n30"), [
            ...heredocFile("/usr/lib/binfmt.d/ops.conf", [":ops:E::ops::/tmp/i:C"]),
            "/usr/lib/systemd/systemd-binfmt",
        ]),
    ),
    // Batch 3 (depth on the batch-1/2 classes).
    // P1 systemd.exec(5) RootImage=: "Takes a path to a block device node or regular file ... the root file system" of a
    // transient unit: a /tmp image is the program tree.
    // Was a MISS (fixed in round 86): ROOT-DIRECTORY-LAUNCHERS: insecure accepted (got []). Where: policy-pack/engine/namedPrograms.ts launchedRoots: systemd-run -p RootImage=. Fix (general): every option that sets the root or binds over the program tree of what a command runs (rpm --root, dnf/yum --installroot, systemd-run -p RootDirectory=/RootImage=/BindPaths=/BindReadOnlyPaths=, capsh --chroot) is a launched root judged with plantedDirectory.
    devNodeCase(
        "P1 systemd-run -p RootImage=/tmp/img.raw /bin/sh -c true-rt85n",
        devNodeScript(n("p1"), ["systemd-run -p RootImage=/tmp/img.raw /bin/sh -c true"]),
    ),
    // P2 yum --installroot (the dnf alias on AL2023) and rpm --root on erase (%preun/%postun run chrooted).
    // Was a MISS (fixed in round 86): ROOT-DIRECTORY-LAUNCHERS: insecure accepted (got []). Where: policy-pack/engine/namedPrograms.ts launchedRoots: yum --installroot. Fix (general): every option that sets the root or binds over the program tree of what a command runs (rpm --root, dnf/yum --installroot, systemd-run -p RootDirectory=/RootImage=/BindPaths=/BindReadOnlyPaths=, capsh --chroot) is a launched root judged with plantedDirectory.
    devNodeCase(
        "P2 yum --installroot=/dev/shm/r install -y jq-rt85n",
        devNodeScript(n("p2"), ["yum --installroot=/dev/shm/r --releasever=2023 install -y jq"]),
    ),
    // Was a MISS (fixed in round 86): ROOT-DIRECTORY-LAUNCHERS: insecure accepted (got []). Where: policy-pack/engine/namedPrograms.ts launchedRoots: rpm --root= on erase. Fix (general): every option that sets the root or binds over the program tree of what a command runs (rpm --root, dnf/yum --installroot, systemd-run -p RootDirectory=/RootImage=/BindPaths=/BindReadOnlyPaths=, capsh --chroot) is a launched root judged with plantedDirectory.
    devNodeCase("P3 rpm --root=/tmp/r -e ops-rt85n", devNodeScript(n("p3"), ["rpm --root=/tmp/r -e ops"])),
    // P4 kubelet plugin registration (Kubernetes docs "Device Plugins", CSI "kubelet plugin registration"): a socket
    // placed in /var/lib/kubelet/plugins_registry registers a CSI driver the kubelet hands NodePublishVolume secrets and
    // service-account tokens to; opening the directory lets any local user register one.
    devNodeCase(
        "P4 chmod o+w /var/lib/kubelet/plugins_registry-rt85n",
        devNodeScript(n("p4"), ["chmod o+w /var/lib/kubelet/plugins_registry"]),
    ),
    // P5 device plugins (kubelet device-plugins dir): a registered plugin's Allocate answer adds host mounts and devices
    // to pods.
    devNodeCase(
        "P5 chmod 1777 /var/lib/kubelet/device-plugins-rt85n",
        devNodeScript(n("p5"), ["chmod 1777 /var/lib/kubelet/device-plugins"]),
    ),
    // P6 setfacl of a named uid on the CNI binary directory.
    // Was a MISS (fixed in round 85): OPENED-DAEMON-CONFIG-DIRS: insecure accepted (got []). Where: policy-pack/engine/rootReads.ts rootReadDirectory/SYSTEM_DIRECTORIES: setfacl u:65534:rwx /opt/cni/bin. Fix (general): the directories the kubelet and containerd run plugins or read configuration from (containerd cri bin_dir/conf_dir /opt/cni/bin, /etc/cni/net.d, the kubelet volume-plugin-dir /usr/libexec/kubernetes/kubelet-plugins) belong to the root-read set.
    devNodeCase(
        "P6 setfacl -m u:65534:rwx /opt/cni/bin-rt85n",
        devNodeScript(n("p6"), ["setfacl -m u:65534:rwx /opt/cni/bin"]),
    ),
    // P7 KubeletConfiguration volumePluginDir: "the full path of the directory in which to search for additional third
    // party volume plugins" (flexvolume drivers the kubelet runs as root) in /tmp.
    // Was a MISS (fixed in round 86): KUBELET-DROPIN-PATHS: insecure accepted (got []). Where: policy-pack/engine/userDataReaders/formats.ts kubeletConfigOpenings/writablePathOpenings: volumePluginDir /tmp/vp in a drop-in (the path is not judged as a directory the kubelet runs drivers from). Fix (general): read unix:// (and file://) URL values as paths for the writable-path check, and judge the endpoint keys (containerRuntimeEndpoint, imageServiceEndpoint) like sockets root talks to.
    devNodeCase(
        "P7 kubelet drop-in volumePluginDir /tmp/vp-rt85n",
        devNodeScript(
            n("p7"),
            heredocFile("/etc/kubernetes/kubelet/config.json.d/99-ops.conf", [
                '{"apiVersion":"kubelet.config.k8s.io/v1beta1","kind":"KubeletConfiguration","volumePluginDir":"/tmp/vp"}',
            ]),
        ),
    ),
    // P8 KubeletConfiguration imageServiceEndpoint (a URL) in /var/tmp.
    // Was a MISS (fixed in round 86): KUBELET-DROPIN-PATHS: insecure accepted (got []). Where: policy-pack/engine/userDataReaders/formats.ts kubeletConfigOpenings/writablePathOpenings: imageServiceEndpoint unix:///var/tmp/img.sock. Fix (general): read unix:// (and file://) URL values as paths for the writable-path check, and judge the endpoint keys (containerRuntimeEndpoint, imageServiceEndpoint) like sockets root talks to.
    devNodeCase(
        "P8 kubelet drop-in imageServiceEndpoint unix:///var/tmp/img.sock-rt85n",
        devNodeScript(
            n("p8"),
            heredocFile("/etc/kubernetes/kubelet/config.json.d/99-ops.conf", [
                '{"apiVersion":"kubelet.config.k8s.io/v1beta1","kind":"KubeletConfiguration","imageServiceEndpoint":"unix:///var/tmp/img.sock"}',
            ]),
        ),
    ),
    // P9 rsync --rsh of ssh -F a planted ssh_config (its ProxyCommand runs).
    // Was a MISS (fixed in round 86): PROGRAM-OPTION-RUNS: insecure accepted (got []). Where: policy-pack/engine/namedPrograms.ts OPTION_TABLES/optionNamedPrograms: rsync --rsh='ssh -F /tmp/sshcfg' (ssh -F is a loadedOperand only at top level). Fix (general): every option, environment variable (RSYNC_RSH, TAR_OPTIONS-style option carriers) and URL scheme whose value a program runs belongs to the per-program table, and a 'runs' value is a whole command line judged recursively (its own program's option table applied, not only executedPrograms' first words).
    devNodeCase(
        "P9 rsync --rsh='ssh -F /tmp/sshcfg' -a ops@backup:/srv/x /opt/x-rt85n",
        devNodeScript(n("p9"), ["rsync --rsh='ssh -F /tmp/sshcfg' -a ops@backup:/srv/x /opt/x"]),
        /./,
    ),
    // P10 sftp -o PKCS11Provider (ssh_config(5): a shared library loaded into sftp's ssh).
    devNodeCase(
        "P10 sftp -o PKCS11Provider=/tmp/p.so -b /etc/ops/batch ops@backup-rt85n",
        devNodeScript(n("p10"), ["sftp -o PKCS11Provider=/tmp/p.so -b /etc/ops/batch ops@backup"]),
    ),
    // P11 GNU parallel reading its arguments from a pipe of a planted file (insmod of each).
    devNodeCase(
        "P11 cat /tmp/mods | parallel insmod-rt85n",
        devNodeScript(n("p11"), ["cat /tmp/mods | parallel insmod"]),
    ),
    // P12 procps sysctl --load is -p's long form; /proc/self/fd/0 is stdin.
    devNodeCase(
        "P12 sysctl --load=/dev/stdin < /tmp/kv-rt85n",
        devNodeScript(n("p12"), ["sysctl --load=/dev/stdin < /tmp/kv"]),
    ),
    devNodeCase(
        "P13 sysctl -p /proc/self/fd/0 < /var/tmp/kv-rt85n",
        devNodeScript(n("p13"), ["sysctl -p /proc/self/fd/0 < /var/tmp/kv"]),
    ),
    // P14 rpm -Uvh of an http:// package without any switch: rpm's default %_pkgverify_level is digest (signatures not
    // required, rpm macros.in), so whoever is on path serves root's scriptlets.
    // Was a MISS (fixed in round 86): PACKAGE-VERIFICATION: insecure accepted (got []). Where: policy-pack/engine/rootReads.ts packageCheckOffSwitches/loadedOperands: rpm -Uvh http:// with no switch at all. Fix (general): a package or signing key fetched by URL over plain http (rpm -i/dnf install/rpm --import http://) is network-planted (rpm's default %_pkgverify_level digest and dnf's localpkg_gpgcheck=False require no signature), and the rpm macro _pkgverify_level/_pkgverify_flags (by --define or a macros file) joins the switches.
    devNodeCase(
        "P14 rpm -Uvh http://repo.internal/ops.rpm-rt85n",
        devNodeScript(n("p14"), ["rpm -Uvh http://repo.internal/ops.rpm"]),
    ),
    // P16 ctr pull --plain-http (ctr(8): "allow connections using plain HTTP") and nerdctl --insecure-registry.
    // Was a MISS (fixed in round 86): TLS-TRUST-SWITCHES: insecure accepted (got []). Where: policy-pack/engine/rootReads.ts (containerd/CA trust readers of round 84, formats.ts hosts.toml): ctr pull --plain-http. Fix (general): one table of switches that turn a fetcher's or puller's certificate check off (ctr/nerdctl --skip-verify/-k, git http.sslVerify=false, ...) refused when what is fetched is code or an image pods run, and a CA bundle path replaced by a link to a planted file judged like cp/mv over it.
    devNodeCase(
        "P16 ctr -n k8s.io images pull --plain-http registry.internal:5000/ops/agent:1-rt85n",
        devNodeScript(n("p16"), ["ctr -n k8s.io images pull --plain-http registry.internal:5000/ops/agent:1"]),
    ),
    // Was a MISS (fixed in round 86): TLS-TRUST-SWITCHES: insecure accepted (got []). Where: policy-pack/engine/rootReads.ts (containerd/CA trust readers of round 84, formats.ts hosts.toml): nerdctl --insecure-registry (containers.ts lists it as a harmless global option). Fix (general): one table of switches that turn a fetcher's or puller's certificate check off (ctr/nerdctl --skip-verify/-k, git http.sslVerify=false, ...) refused when what is fetched is code or an image pods run, and a CA bundle path replaced by a link to a planted file judged like cp/mv over it.
    devNodeCase(
        "P17 nerdctl --insecure-registry -n k8s.io pull registry.internal/ops/agent:1-rt85n",
        devNodeScript(n("p17"), ["nerdctl --insecure-registry -n k8s.io pull registry.internal/ops/agent:1"]),
    ),
    // P18 a symlink anchor to a planted PEM (update-ca-trust follows it).
    // Was a MISS (fixed in round 86): TLS-TRUST-SWITCHES: insecure accepted (got []). Where: policy-pack/engine/rootReads.ts (containerd/CA trust readers of round 84, formats.ts hosts.toml): ln -s of a planted PEM into the anchors directory (cp into anchors is held, round 82). Fix (general): one table of switches that turn a fetcher's or puller's certificate check off (ctr/nerdctl --skip-verify/-k, git http.sslVerify=false, ...) refused when what is fetched is code or an image pods run, and a CA bundle path replaced by a link to a planted file judged like cp/mv over it.
    devNodeCase(
        "P18 ln -s /tmp/ca.pem /etc/pki/ca-trust/source/anchors/ops.pem; update-ca-trust-rt85n",
        devNodeScript(n("p18"), ["ln -s /tmp/ca.pem /etc/pki/ca-trust/source/anchors/ops.pem", "update-ca-trust"]),
    ),
    // P19 ${V:=W} assigns W when V is unset (bash(1) Parameter Expansion), then "$V" runs it.
    // Was a MISS (fixed in round 86): SHELL-EXPANSION: insecure accepted (got []). Where: policy-pack/engine/shell.ts word expansion before RootReads.planted: : "${V:=/var/tmp/x}" then "$V". Fix (general): expand a word the way bash does (default expansions ${V:-W} of unset variables, pathname patterns matched against data directories, backslashes kept inside double quotes) or treat any word the pack cannot expand exactly as an unknown program (fail closed).
    devNodeCase(
        'P19 : "${OPS_BIN:=/var/tmp/x}"; "$OPS_BIN"-rt85n',
        devNodeScript(n("p19"), [': "${OPS_BIN:=/var/tmp/x}"', '"$OPS_BIN"']),
    ),
    // P20 another pathname pattern (bash(1) Pathname Expansion: ? matches one character).
    // Was a MISS (fixed in round 86): SHELL-EXPANSION: insecure accepted (got []). Where: policy-pack/engine/shell.ts word expansion before RootReads.planted: /dev/sh?/x. Fix (general): expand a word the way bash does (default expansions ${V:-W} of unset variables, pathname patterns matched against data directories, backslashes kept inside double quotes) or treat any word the pack cannot expand exactly as an unknown program (fail closed).
    devNodeCase("P20 /dev/sh?/x-rt85n", devNodeScript(n("p20"), ["/dev/sh?/x"])),
    // P21 launchers: setarch(8) "setarch arch [options] [program [argument...]]", perf-stat(1), ltrace(1).
    devNodeCase("P21 setarch x86_64 -R /tmp/x-rt85n", devNodeScript(n("p21"), ["setarch x86_64 -R /tmp/x"])),
    // Was a MISS (fixed in round 86): WRAPPER-LAUNCHERS: insecure accepted (got []). Where: policy-pack/engine/shell.ts WRAPPERS/wrappersOf (and launchedCommand): perf stat PROGRAM. Fix (general): a table of every launcher whose operand (or -c value) is a program or shell line (ssh-agent, script -c, watch, ip netns exec, sg -c, systemd-inhibit, su -c before a user operand), failing closed on an unknown program whose operand is a path root may not own.
    devNodeCase(
        "P22 perf stat -e cycles /var/tmp/x-rt85n",
        devNodeScript(n("p22"), ["perf stat -e cycles /var/tmp/x"]),
    ),
    // Was a MISS (fixed in round 86): WRAPPER-LAUNCHERS: insecure accepted (got []). Where: policy-pack/engine/shell.ts WRAPPERS/wrappersOf (and launchedCommand): ltrace PROGRAM. Fix (general): a table of every launcher whose operand (or -c value) is a program or shell line (ssh-agent, script -c, watch, ip netns exec, sg -c, systemd-inhibit, su -c before a user operand), failing closed on an unknown program whose operand is a path root may not own.
    devNodeCase(
        "P23 ltrace -o /dev/null /dev/shm/x-rt85n",
        devNodeScript(n("p23"), ["ltrace -o /dev/null /dev/shm/x"]),
    ),
    // Neighbours of round 85's kernel-protection, plugin-directory and m4 fixes.
    // sysctl.d(5) file lowering perf_event_paranoid (kernel.rst: below 2 lets users without CAP_PERFMON profile the
    // kernel) and net.rst bpf_jit_harden 0 ("disable JIT hardening").
    devNodeCase(
        "sysctl.d kernel.perf_event_paranoid = 1, net.core.bpf_jit_harden = 0-fix85",
        devNodeScript(n("fix85-a"), [
            ...heredocFile("/etc/sysctl.d/99-perf.conf", [
                "kernel.perf_event_paranoid = 1",
                "net.core.bpf_jit_harden = 0",
            ]),
            "sysctl --system",
        ]),
    ),
    // fs.rst suid_dumpable 1 "insecure" through /proc/sys.
    devNodeCase(
        "echo 1 > /proc/sys/fs/suid_dumpable-fix85",
        devNodeScript(n("fix85-b"), ["echo 1 > /proc/sys/fs/suid_dumpable"]),
    ),
    // FlexVolume: the kubelet runs drivers from volume/exec/<vendor~driver>/ below the plugin dir, as root.
    devNodeCase(
        "chmod 777 /usr/libexec/kubernetes/kubelet-plugins/volume/exec-fix85",
        devNodeScript(n("fix85-c"), ["chmod 777 /usr/libexec/kubernetes/kubelet-plugins/volume/exec"]),
    ),
    // The directory above /opt/cni/bin opened: rename(2) of bin needs write permission on /opt/cni only.
    devNodeCase("chmod 1777 /opt/cni-fix85", devNodeScript(n("fix85-d"), ["chmod 1777 /opt/cni"])),
    // m4(1) -R/--reload-state loads a frozen state of macro definitions (syscmd at expansion): planted in /var/tmp.
    devNodeCase(
        "m4 -R /var/tmp/ops.m4f /etc/ops/x.m4-fix85",
        devNodeScript(n("fix85-e"), ["m4 -R /var/tmp/ops.m4f /etc/ops/x.m4 > /etc/ops/ops.conf"]),
    ),
    devNodeCase(
        "m4 -D PORT=8080 /dev/shm/x.m4-fix85",
        devNodeScript(n("fix85-f"), ["m4 -D PORT=8080 /dev/shm/x.m4 > /etc/ops/ops.conf"]),
    ),
    // Round 86 neighbours (SHELL-EXPANSION): a pathname pattern is every path it may name (bash(1) "Pathname
    // Expansion": matched component by component), judged against the world-writable directories (shell.ts
    // patternReaches, rootReads.ts planted): a sourced /var/t?p file, a `*` component reaching /tmp.
    devNodeCase("source /var/t?p/env.sh-fix86", devNodeScript(n("fix86-a"), ["source /var/t?p/env.sh"])),
    devNodeCase("/*/ops/x (reaches /tmp/ops/x)-fix86", devNodeScript(n("fix86-b"), ["/*/ops/x --run"])),
    // bash(1) "Parameter Expansion": `${V-W}` (no colon) is W when V is unset; a default assigned to a variable that
    // then names the program (B=${V:-W}; "$B") is still W (rootReads.ts eachDefaultReading).
    devNodeCase('"${OPS_BIN-/dev/shm/x}"-fix86', devNodeScript(n("fix86-c"), ['"${OPS_BIN-/dev/shm/x}" --run'])),
    devNodeCase(
        'B="${OPS_BIN:-/tmp/x}"; bash "$B"-fix86',
        devNodeScript(n("fix86-d"), ['B="${OPS_BIN:-/tmp/x}"', 'bash "$B"']),
    ),
    // bash(1) "QUOTING": unquoted, the backslash quotes `/` and is removed: /tmp\/x is /tmp/x.
    devNodeCase("/tmp\\/x unquoted-fix86", devNodeScript(n("fix86-e"), ["/tmp\\/x"])),
    // Round 86 neighbours (KUBELET-DROPIN-PATHS): the serving key the kubelet trusts (KubeletConfiguration
    // tlsPrivateKeyFile) in /tmp, and the kubelet flag of the credential provider plugins it runs as root (kubelet(8)
    // --image-credential-provider-bin-dir) in /var/tmp.
    devNodeCase(
        "kubelet drop-in tlsPrivateKeyFile /tmp/kubelet.key-fix86",
        devNodeScript(
            n("fix86-f"),
            heredocFile("/etc/kubernetes/kubelet/config.json.d/99-ops.conf", [
                '{"apiVersion":"kubelet.config.k8s.io/v1beta1","kind":"KubeletConfiguration","tlsCertFile":"/etc/ops/kubelet.crt","tlsPrivateKeyFile":"/tmp/kubelet.key"}',
            ]),
        ),
    ),
    devNodeCase(
        "bootstrap.sh --kubelet-extra-args --image-credential-provider-bin-dir=/var/tmp/bin-fix86",
        devNodeScript(n("fix86-g"), [
            "/etc/eks/bootstrap.sh dev --kubelet-extra-args '--image-credential-provider-bin-dir=/var/tmp/bin'",
        ]),
    ),
    // Round 86 neighbours. WRAPPER-LAUNCHERS: watch(1) hands its words to sh -c, so a line's second command runs too.
    devNodeCase(
        'watch -n 5 "ls /tmp; /tmp/y"-fix86',
        devNodeScript(n("fix86-la"), ['timeout 5 watch -n 5 "ls /tmp; /tmp/y"']),
    ),
    // ip-netns(8) "ip [-all] netns exec [ NAME ] cmd ...": with -all there is no NAME, the command follows exec.
    devNodeCase("ip -all netns exec /var/tmp/x-fix86", devNodeScript(n("fix86-lb"), ["ip -all netns exec /var/tmp/x"])),
    // su(1) "-c, --command=command: Pass command to the shell", its user operand after it; under sudo too.
    devNodeCase("sudo su root -c /dev/shm/x-fix86", devNodeScript(n("fix86-lc"), ["sudo su root -c /dev/shm/x"])),
    // ROOT-DIRECTORY-LAUNCHERS: sudo(8) "-R directory, --chroot=directory: Change to the specified root directory".
    devNodeCase("sudo -R /tmp/r /bin/true-fix86", devNodeScript(n("fix86-ld"), ["sudo -R /tmp/r /bin/true"])),
    // systemd.exec(5) BindReadOnlyPaths= "SRC:DEST": read-only still runs the libraries in it.
    devNodeCase(
        "systemd-run -p BindReadOnlyPaths=/dev/shm/lib:/usr/lib64 /usr/bin/true-fix86",
        devNodeScript(n("fix86-le"), ["systemd-run -p BindReadOnlyPaths=/dev/shm/lib:/usr/lib64 /usr/bin/true"]),
    ),
    // rpm(8) "-r, --root DIRECTORY" (the short form).
    devNodeCase(
        "rpm -r /var/tmp/r -ivh /etc/ops/ops.rpm-fix86",
        devNodeScript(n("fix86-lf"), ["rpm -r /var/tmp/r -ivh /etc/ops/ops.rpm"]),
    ),
    // BIND-MOUNT-OVER-PROGRAM: mount(8) "-o bind" over a program directory (its files are then /tmp/bin's).
    devNodeCase(
        "mount -o bind /tmp/bin /usr/local/bin; /usr/local/bin/ops-fix86",
        devNodeScript(n("fix86-lg"), ["mount -o bind /tmp/bin /usr/local/bin", "/usr/local/bin/ops"]),
    ),
    // A planted file bound over /etc/ld.so.preload (ld.so(8): every root program loads the libraries it lists).
    devNodeCase(
        "mount --bind /tmp/p /etc/ld.so.preload-fix86",
        devNodeScript(n("fix86-lh"), ["mount --bind /tmp/p /etc/ld.so.preload"]),
    ),
    // Round 86 neighbours, PROGRAM-OPTION-RUNS: GNU tar "--checkpoint-action=exec=command" runs a shell's script from
    // /var/tmp (the value is a command line: its interpreter's script is judged, executedPrograms).
    devNodeCase(
        "tar --checkpoint-action=exec='sh /var/tmp/cp.sh' -cf ...-fix86",
        devNodeScript(n("fix86-oa"), [
            "tar --checkpoint=1 --checkpoint-action=exec='sh /var/tmp/cp.sh' -cf /var/backups/etc.tar /etc",
        ]),
    ),
    // GNU getopt_long(3) (glibc manual "Getopt Long Options": "Long option names may be abbreviated if the
    // abbreviation is unique"): tar's --checkpoint-act is --checkpoint-action.
    devNodeCase(
        "tar --checkpoint-act=exec=/tmp/x -xf /etc/ops/b.tar-fix86",
        devNodeScript(n("fix86-og"), ["tar --checkpoint=1 --checkpoint-act=exec=/tmp/x -xf /etc/ops/b.tar -C /opt"]),
    ),
    // git-remote-ext(1) `ext::<command>` given as a configuration value (remote.origin.url by git -c): the command runs.
    devNodeCase(
        "git -c remote.origin.url='ext::sh /dev/shm/t' fetch origin-fix86",
        devNodeScript(n("fix86-ob"), ["git -c remote.origin.url='ext::sh /dev/shm/t' -C /opt/ops fetch origin"]),
    ),
    // rsync(1) RSYNC_RSH exported earlier, a command line whose ssh loads a planted ssh_config (ssh(1) -F).
    devNodeCase(
        "export RSYNC_RSH='ssh -F /var/tmp/cfg'; rsync -a ...-fix86",
        devNodeScript(n("fix86-oc"), ["export RSYNC_RSH='ssh -F /var/tmp/cfg'", "rsync -a ops@backup:/srv/x /opt/x"]),
    ),
    // ARGUMENT-PROVENANCE: find(1) -exec ... {} + hands rpm the packages found under /var/tmp (any user's files there):
    // rpm(8) -U runs their scriptlets as root.
    devNodeCase(
        "find /var/tmp/rpms -name '*.rpm' -exec rpm -Uvh {} +-fix86",
        devNodeScript(n("fix86-od"), ["find /var/tmp/rpms -name '*.rpm' -exec rpm -Uvh {} +"]),
    ),
    // GNU parallel "::::" argfile in /dev/shm handed to insmod (parallel(1): "Use argfiles as input source").
    devNodeCase(
        "parallel insmod :::: /dev/shm/list-fix86",
        devNodeScript(n("fix86-oe"), ["parallel insmod :::: /dev/shm/list"]),
    ),
    // modprobe(8) -C of a process substitution (bash(1) "Process Substitution": a /dev/fd/N pipe) of a planted file:
    // modprobe.d(5) `install` lines run as root.
    devNodeCase(
        "modprobe -C <(cat /tmp/m.conf) ops-fix86",
        devNodeScript(n("fix86-of"), ["modprobe -C <(cat /tmp/m.conf) ops"]),
    ),
    // Round 86 neighbours, TLS-TRUST-SWITCHES (rootReads.ts imagePullTlsOff, gitUnverifiedFetch, plantedTrustAnchors):
    // git(1) GIT_SSL_NO_VERIFY "tells Git not to verify the SSL certificate when fetching or pushing over HTTPS", the
    // checkout's script then run by bash.
    devNodeCase(
        "GIT_SSL_NO_VERIFY=1 git clone ...; bash /opt/ops/install.sh-fix86",
        devNodeScript(n("fix86-ta"), [
            "cd /opt",
            "GIT_SSL_NO_VERIFY=1 git clone https://git.example.com/ops.git",
            "bash /opt/ops/install.sh",
        ]),
    ),
    // git-config(1) http.sslVerify persisted by `git config --global` before the clone whose program root runs.
    devNodeCase(
        "git config --global http.sslVerify false; git clone ...; /opt/ops/bin/agent-fix86",
        devNodeScript(n("fix86-tb"), [
            "git config --global http.sslVerify false",
            "git clone https://git.example.com/ops.git /opt/ops",
            "/opt/ops/bin/agent",
        ]),
    ),
    // podman-pull(1) --tls-verify=false: "Require HTTPS and verify certificates when contacting registries" turned off.
    devNodeCase(
        "podman pull --tls-verify=false registry.internal/ops/agent:1-fix86",
        devNodeScript(n("fix86-tc"), ["podman pull --tls-verify=false registry.internal/ops/agent:1"]),
    ),
    // The anchors directory itself replaced by a link to a world-writable directory (update-ca-trust reads through it).
    devNodeCase(
        "ln -sfn /var/tmp/anchors /etc/pki/ca-trust/source/anchors; update-ca-trust-fix86",
        devNodeScript(n("fix86-td"), ["ln -sfn /var/tmp/anchors /etc/pki/ca-trust/source/anchors", "update-ca-trust"]),
    ),
    // Round 86 neighbours, PACKAGE-VERIFICATION (rootReads.ts unverifiedRepositoryFiles): a repo file over plain HTTP,
    // and dnf config-manager --add-repo of one (dnf-plugins-core: "Add (and enable) the repo from the specified file or
    // url"): whoever is on the path writes its gpgcheck and baseurl.
    devNodeCase(
        "curl -o /etc/yum.repos.d/ops.repo http://...; dnf install-fix86",
        devNodeScript(n("fix86-te"), [
            "curl -fsSL -o /etc/yum.repos.d/ops.repo http://repo.example.com/ops.repo",
            "dnf install -y ops-agent",
        ]),
    ),
    devNodeCase(
        "dnf config-manager --add-repo http://...; dnf install-fix86",
        devNodeScript(n("fix86-tf"), [
            "dnf config-manager --add-repo http://repo.example.com/ops.repo",
            "dnf install -y ops-agent",
        ]),
    ),
];

const secure: NodeCase[] = [
    // DECIDED (round 84 integration): K4 and N22 were written as insecure. A signature check off alone keeps TLS to the
    // https repositories the image names (dnf.conf(5): sslverify defaults to on), as an https download user data runs
    // is the operator's own software (round 74's S15-S21 "consistent" cases); only a signature check off over an
    // unverified transport (sslverify off, a plain-HTTP/FTP source) is refused (rootReads.ts uncheckedPackageSettings,
    // packageCheckOffSwitches).
    // K4 dnf config-manager --setopt=*.gpgcheck=0 --save (persists "gpgcheck=0" into every repo file).
    devNodeCase(
        "K4 dnf config-manager --save --setopt=*.gpgcheck=0-rt85n",
        devNodeScript(n("k4"), ["dnf config-manager --save --setopt='*.gpgcheck=0'", "dnf install -y ops-agent"]),
    ),
    // N22 sed -i of the AL2023 repo file turning gpgcheck off (dnf.conf(5)).
    devNodeCase(
        "N22 sed -i 's/gpgcheck=1/gpgcheck=0/' /etc/yum.repos.d/amazonlinux.repo-rt85n",
        devNodeScript(n("n22"), [
            "sed -i 's/^gpgcheck=1/gpgcheck=0/' /etc/yum.repos.d/amazonlinux.repo",
            "dnf install -y ops-agent",
        ]),
    ),
    // P15 a repo file downloaded (its gpgcheck and baseurl are the server's).
    // Was a MISS (round 85): PACKAGE-VERIFICATION: insecure accepted (got []). Where: policy-pack/engine/rootReads.ts packageCheckOffSwitches/loadedOperands: a downloaded /etc/yum.repos.d file (unknown gpgcheck/baseurl; compare the round-84 S20o drop-in download, refused). Fix (general): a package or signing key fetched by URL over plain http (rpm -i/dnf install/rpm --import http://) is network-planted (rpm's default %_pkgverify_level digest and dnf's localpkg_gpgcheck=False require no signature), and the rpm macro _pkgverify_level/_pkgverify_flags (by --define or a macros file) joins the switches.
    // DECIDED (round 86): written as insecure. The download is over https, so its settings are the operator's server's,
    // as an https package download (round 74's S20) and the round-85 K4/N22 signature-off repositories are; dnf
    // config-manager --add-repo https://... (dnf-plugins-core) is the vendors' documented install step for the same
    // file. Refusing it would refuse that idiom; a repo file fetched over an unverified transport (http://, ftp://,
    // curl -k, wget --no-check-certificate, --add-repo http://) is refused (rootReads.ts unverifiedRepositoryFiles).
    devNodeCase(
        "P15 curl -o /etc/yum.repos.d/ops.repo https://...; dnf install-rt85n",
        devNodeScript(n("p15"), [
            "curl -fsSL -o /etc/yum.repos.d/ops.repo https://repo.example.com/ops.repo",
            "dnf install -y ops-agent",
        ]),
    ),
    // S1 tar --checkpoint-action=dot (a progress dot, no program) of a root-written archive.
    devNodeCase(
        "S1 tar --checkpoint=1000 --checkpoint-action=dot -xf /etc/ops/b.tar-rt85n",
        devNodeScript(n("s1"), ["tar --checkpoint=1000 --checkpoint-action=dot -xf /etc/ops/b.tar -C /opt"]),
    ),
    // S2 chroot into the AL2023 root-owned /sysroot-like tree via --userspec (an unprivileged user in a root tree).
    devNodeCase(
        "S2 chroot --userspec=65534:65534 / /usr/bin/true-rt85n",
        devNodeScript(n("s2"), ["chroot --userspec=65534:65534 / /usr/bin/true"]),
    ),
    // S3 xargs --arg-file of a file root wrote from a known heredoc.
    devNodeCase(
        "S3 xargs --arg-file=/etc/ops/kv sysctl -w (written)-rt85n",
        devNodeScript(n("s3"), [
            ...heredocFile("/etc/ops/kv", ["vm.max_map_count=262144"]),
            "xargs --arg-file=/etc/ops/kv sysctl -w",
        ]),
    ),
    // S4 sysctl -p - from a here-document of a plain setting.
    devNodeCase(
        "S4 sysctl -p - <<EOF vm.swappiness = 10-rt85n",
        devNodeScript(n("s4"), ["sysctl -p - <<'EOF'", "vm.swappiness = 10", "EOF"]),
    ),
    // S5 hosts.toml ca array of image CA files only.
    devNodeCase(
        "S5 hosts.toml ca = [/etc/pki/tls/certs/ca-bundle.crt]-rt85n",
        devNodeScript(
            n("s5"),
            heredocFile("/etc/containerd/certs.d/docker.io/hosts.toml", [
                'server = "https://registry-1.docker.io"',
                '[host."https://mirror.example.com"]',
                '  capabilities = ["pull", "resolve"]',
                '  ca = ["/etc/pki/tls/certs/ca-bundle.crt"]',
            ]),
        ),
    ),
    // S6 curl with the system CA bundle (default verification) writing a data file, not run.
    devNodeCase(
        "S6 curl --cacert /etc/pki/tls/certs/ca-bundle.crt -o /etc/ops/motd https://...-rt85n",
        devNodeScript(n("s6"), [
            "curl -fsSL --cacert /etc/pki/tls/certs/ca-bundle.crt -o /etc/ops/motd.txt https://config.example.com/motd.txt",
        ]),
    ),
    // S7 fs.suid_dumpable=0 (kernel fs.rst: "0 - (default) traditional behaviour") and protected settings kept.
    devNodeCase(
        "S7 sysctl -w fs.suid_dumpable=0 kernel.perf_event_paranoid=2-rt85n",
        devNodeScript(n("s7"), ["sysctl -w fs.suid_dumpable=0 kernel.perf_event_paranoid=2"]),
    ),
    // S8 /opt/cni/bin kept root 0755.
    devNodeCase("S8 chmod 0755 /opt/cni/bin-rt85n", devNodeScript(n("s8"), ["chmod 0755 /opt/cni/bin"])),
    // S9 kubelet drop-in with staticPodURL absent, serializeImagePulls false (a plain knob).
    devNodeCase(
        "S9 kubelet drop-in serializeImagePulls false-rt85n",
        devNodeScript(
            n("s9"),
            heredocFile("/etc/kubernetes/kubelet/config.json.d/60-pulls.conf", [
                '{"apiVersion":"kubelet.config.k8s.io/v1beta1","kind":"KubeletConfiguration","serializeImagePulls":false,"maxParallelImagePulls":5}',
            ]),
        ),
    ),
    // S10 dnf install with gpgcheck kept (the AL2023 repos, signed).
    devNodeCase(
        "S10 dnf install -y amazon-ssm-agent-rt85n",
        devNodeScript(n("s10"), ["dnf install -y amazon-ssm-agent"]),
    ),
    // S11 rpm --define of an unrelated macro (_excludedocs 1, rpm(8) --excludedocs).
    devNodeCase(
        "S11 rpm --define '_excludedocs 1' -q kernel-rt85n",
        devNodeScript(n("s11"), ["rpm --define '_excludedocs 1' -q kernel"]),
    ),
    // S12 flock(1) of an image program (a held-lock wrapper, util-linux flock "flock [options] file command").
    devNodeCase(
        "S12 flock /run/ops.lock /usr/bin/chronyc makestep-rt85n",
        devNodeScript(n("s12"), ["flock /run/ops.lock /usr/bin/chronyc makestep"]),
    ),
    // S13 sed -i with a literal substitution (no e/w commands).
    devNodeCase(
        "S13 sed -i 's/^#MaxSessions.*/MaxSessions 4/' /etc/ssh/sshd_config-rt85n",
        devNodeScript(n("s13"), ["sed -i 's/^#MaxSessions.*/MaxSessions 4/' /etc/ssh/sshd_config"]),
    ),
    // S14 awk of literal program text printing a field.
    devNodeCase(
        "S14 awk '{print $1}' /etc/hosts > /etc/ops/hosts.list-rt85n",
        devNodeScript(n("s14"), ["awk '{print $1}' /etc/hosts > /etc/ops/hosts.list"]),
    ),
    // S15 ctr images pull with verification (default TLS) of an ECR image.
    devNodeCase(
        "S15 ctr -n k8s.io images pull public.ecr.aws/eks-distro/kubernetes/pause:3.9-rt85n",
        devNodeScript(n("s15"), ["ctr -n k8s.io images pull public.ecr.aws/eks-distro/kubernetes/pause:3.9"]),
    ),
    // Batch 2 secure.
    // T1 rsync -e 'ssh -o ProxyCommand=none' (ssh_config(5): none disables it).
    devNodeCase(
        "T1 rsync -e 'ssh -o ProxyCommand=none' -a ops@backup:/srv/x /opt/x-rt85n",
        devNodeScript(n("t1"), ["rsync -e 'ssh -o ProxyCommand=none' -a ops@backup:/srv/x /opt/x"]),
    ),
    // T2 sysctl -w fs/protected_symlinks=1 (slash spelling keeping the protection).
    devNodeCase(
        "T2 sysctl -w fs/protected_symlinks=1-rt85n",
        devNodeScript(n("t2"), ["sysctl -w fs/protected_symlinks=1"]),
    ),
    // T3 ip netns exec of an image program.
    devNodeCase(
        "T3 ip netns exec ops /usr/sbin/ip link-rt85n",
        devNodeScript(n("t3"), ["ip netns add ops", "ip netns exec ops /usr/sbin/ip link"]),
    ),
    // T4 systemd-run -p RootDirectory of a root-owned tree the image ships (/usr/share/empty is empty: no program).
    devNodeCase(
        "T4 systemd-run -p ProtectSystem=strict -p DynamicUser=yes /usr/bin/true-rt85n",
        devNodeScript(n("t4"), ["systemd-run -p ProtectSystem=strict -p DynamicUser=yes /usr/bin/true"]),
    ),
    // T5 git -c http.sslCAInfo of the system bundle.
    devNodeCase(
        "T5 git -c http.sslCAInfo=/etc/pki/tls/certs/ca-bundle.crt clone-rt85n",
        devNodeScript(n("t5"), [
            "git -c http.sslCAInfo=/etc/pki/tls/certs/ca-bundle.crt clone https://git.example.com/ops.git /opt/ops",
        ]),
    ),
    // T6 kubelet drop-in containerRuntimeEndpoint of containerd's own socket (the AL2023 default).
    devNodeCase(
        "T6 kubelet drop-in containerRuntimeEndpoint unix:///run/containerd/containerd.sock-rt85n",
        devNodeScript(
            n("t6"),
            heredocFile("/etc/kubernetes/kubelet/config.json.d/60-cri.conf", [
                '{"apiVersion":"kubelet.config.k8s.io/v1beta1","kind":"KubeletConfiguration","containerRuntimeEndpoint":"unix:///run/containerd/containerd.sock"}',
            ]),
        ),
    ),
    // T7 "${OPS_BIN:-/usr/bin/true}" default of an image program.
    devNodeCase('T7 "${OPS_BIN:-/usr/bin/true}"-rt85n', devNodeScript(n("t7"), ['"${OPS_BIN:-/usr/bin/true}"'])),
    // T8 dnf install with --setopt=install_weak_deps=False (a harmless switch, dnf.conf(5)).
    devNodeCase(
        "T8 dnf install -y --setopt=install_weak_deps=False jq-rt85n",
        devNodeScript(n("t8"), ["dnf install -y --setopt=install_weak_deps=False jq"]),
    ),
    // Batch 3 secure.
    // U1 fs.suid_dumpable=2 (kernel fs.rst "2 - (suidsafe) ... dumped ... only if core_pattern is a pipe handler or a
    // fully qualified path", readable by root only) with the stock systemd-coredump pipe: no user gains memory.
    devNodeCase(
        "U1 sysctl -w fs.suid_dumpable=2 (core_pattern systemd-coredump)-rt85n",
        devNodeScript(n("u1"), ["sysctl -w fs.suid_dumpable=2"]),
    ),
    // U2 CNI directories kept root-owned 0755.
    devNodeCase(
        "U2 chown root:root /etc/cni/net.d; chmod 0755 /etc/cni/net.d-rt85n",
        devNodeScript(n("u2"), ["chown root:root /etc/cni/net.d", "chmod 0755 /etc/cni/net.d"]),
    ),
    // U3 sysctl -p of a settings file root wrote from a heredoc.
    devNodeCase(
        "U3 sysctl -p /etc/sysctl.d/99-ops.conf (written)-rt85n",
        devNodeScript(n("u3"), [
            ...heredocFile("/etc/sysctl.d/99-ops.conf", ["vm.max_map_count = 262144"]),
            "sysctl -p /etc/sysctl.d/99-ops.conf",
        ]),
    ),
    // U4 launchers of image programs: setarch and perf stat.
    devNodeCase(
        "U4 setarch x86_64 -R /usr/bin/true; perf stat /usr/bin/true-rt85n",
        devNodeScript(n("u4"), ["setarch x86_64 -R /usr/bin/true"]),
    ),
    // U5 kubelet drop-in volumePluginDir at the kubelet default (root-owned /usr/libexec).
    devNodeCase(
        "U5 kubelet drop-in volumePluginDir default-rt85n",
        devNodeScript(
            n("u5"),
            heredocFile("/etc/kubernetes/kubelet/config.json.d/99-ops.conf", [
                '{"apiVersion":"kubelet.config.k8s.io/v1beta1","kind":"KubeletConfiguration","volumePluginDir":"/usr/libexec/kubernetes/kubelet-plugins/volume/exec/"}',
            ]),
        ),
    ),
    // U6 rsync -e of ssh with a root-owned key and strict host keys.
    devNodeCase(
        "U6 rsync -e 'ssh -i /etc/ops/key -o StrictHostKeyChecking=yes' -a ...-rt85n",
        devNodeScript(n("u6"), [
            "rsync -e 'ssh -i /etc/ops/key -o StrictHostKeyChecking=yes' -a ops@backup:/srv/x /opt/x",
        ]),
    ),
    // U7 tar --checkpoint-action=echo (a message, no program).
    devNodeCase(
        "U7 tar --checkpoint=1000 --checkpoint-action=echo -xf /etc/ops/b.tar-rt85n",
        devNodeScript(n("u7"), ["tar --checkpoint=1000 --checkpoint-action=echo -xf /etc/ops/b.tar -C /opt"]),
    ),
    // U8 git -c protocol.ext.allow=never (git-config(1) protocol.allow) over https.
    devNodeCase(
        "U8 git -c protocol.ext.allow=never clone https://...-rt85n",
        devNodeScript(n("u8"), ["git -c protocol.ext.allow=never clone https://git.example.com/ops.git /opt/ops"]),
    ),
    // U9 zip of root's own directory (no -TT).
    devNodeCase(
        "U9 zip -qr /var/backups/ops.zip /etc/ops-rt85n",
        devNodeScript(n("u9"), ["zip -qr /var/backups/ops.zip /etc/ops"]),
    ),
    // U10 kubelet drop-in: webhook authentication off, authorization Webhook (only x509 clients of the cluster CA,
    // each authorized by the API server): nothing opened.
    devNodeCase(
        "U10 kubelet drop-in authentication.webhook.enabled false-rt85n",
        devNodeScript(
            n("u10"),
            heredocFile("/etc/kubernetes/kubelet/config.json.d/99-ops.conf", [
                '{"apiVersion":"kubelet.config.k8s.io/v1beta1","kind":"KubeletConfiguration","authentication":{"webhook":{"enabled":false}},"authorization":{"mode":"Webhook"}}',
            ]),
        ),
    ),
    // U11 ctr pull of an ECR image with TLS verification (the default).
    devNodeCase(
        "U11 ctr -n k8s.io images pull 602401143452.dkr.ecr...-rt85n",
        devNodeScript(n("u11"), [
            "ctr -n k8s.io images pull --user AWS:$(aws ecr get-login-password) 602401143452.dkr.ecr.us-east-1.amazonaws.com/eks/pause:3.9",
        ]),
    ),
    // Round 85 neighbours: the protections raised or kept (fs.rst suid_dumpable 2 "suidsafe", kernel.rst
    // perf_event_paranoid 3 (a distribution's stricter level), vm.rst unprivileged_userfaultfd 0, net.rst bpf_jit_harden 2).
    devNodeCase(
        "sysctl -w fs.suid_dumpable=2 kernel.perf_event_paranoid=3 vm.unprivileged_userfaultfd=0 net.core.bpf_jit_harden=2-fix85",
        devNodeScript(n("fix85-s1"), [
            "sysctl -w fs.suid_dumpable=2 kernel.perf_event_paranoid=3 vm.unprivileged_userfaultfd=0 net.core.bpf_jit_harden=2",
        ]),
    ),
    // The CNI directories made root's own (0755: only root writes).
    devNodeCase(
        "mkdir -p /opt/cni/bin /etc/cni/net.d && chmod 755 /opt/cni/bin-fix85",
        devNodeScript(n("fix85-s2"), ["mkdir -p /opt/cni/bin /etc/cni/net.d", "chmod 755 /opt/cni/bin /etc/cni/net.d"]),
    ),
    // m4 of a macro file root wrote itself in its own directory.
    devNodeCase(
        "m4 /etc/ops/ops.m4 (written by the script)-fix85",
        devNodeScript(n("fix85-s3"), [
            ...heredocFile("/etc/ops/ops.m4", ["define(PORT, 8080)dnl", "listen PORT"]),
            "m4 /etc/ops/ops.m4 > /etc/ops/ops.conf",
        ]),
    ),
    // DECIDED (round 86): N28 was written as insecure ("/tmp\/x" read as /tmp/\/x). bash(1) "Double Quotes" keeps
    // the backslash before `/`, so the program is the path /tmp\/x: its first component is the directory `tmp\` in
    // `/` (path_resolution(7): components are split at `/` only), which only root may create; bash reports "No such
    // file or directory". Nothing under /tmp runs: clean.
    devNodeCase('N28 "/tmp\\/x"-rt85n', devNodeScript(n("n28"), ['"/tmp\\/x"'])),
    // Round 86 neighbours: a pattern matching only image directories (shell.ts patternReaches: /usr/* reaches no
    // world-writable directory), a default word naming an image program, a kubelet drop-in naming the image's own
    // sockets and plugin directory.
    devNodeCase("/usr/lib*/ops/x (image directories)-fix86", devNodeScript(n("fix86-s1"), ["/usr/lib*/ops/x --run"])),
    devNodeCase(
        ': "${OPS_BIN:=/usr/bin/true}"; "$OPS_BIN"-fix86',
        devNodeScript(n("fix86-s2"), [': "${OPS_BIN:=/usr/bin/true}"', '"$OPS_BIN"']),
    ),
    devNodeCase(
        "kubelet drop-in imageServiceEndpoint and volumePluginDir root-owned-fix86",
        devNodeScript(
            n("fix86-s3"),
            heredocFile("/etc/kubernetes/kubelet/config.json.d/60-ops.conf", [
                '{"apiVersion":"kubelet.config.k8s.io/v1beta1","kind":"KubeletConfiguration","imageServiceEndpoint":"unix:///run/containerd/containerd.sock","volumePluginDir":"/usr/libexec/kubernetes/kubelet-plugins/volume/exec/"}',
            ]),
        ),
    ),
    // Round 86 neighbours. WRAPPER-LAUNCHERS: launched commands of image programs (ip-netns(8), perf-stat(1),
    // script(1) -c, sg(1)) are judged as run directly: nothing planted runs.
    devNodeCase(
        "ip netns exec ops ip link set lo up; perf stat -e cycles /usr/bin/true-fix86",
        devNodeScript(n("fix86-ls1"), [
            "ip netns add ops",
            "ip netns exec ops ip link set lo up",
            "perf stat -e cycles /usr/bin/true",
            "script -qc 'echo ready' /dev/null",
            "sg wheel -c id",
        ]),
    ),
    // ROOT-DIRECTORY-LAUNCHERS: a root-owned install root (dnf(8) --installroot) and a bind of a root-owned tree.
    devNodeCase(
        "mkdir -p /opt/r && dnf --installroot=/opt/r install -y jq-fix86",
        devNodeScript(n("fix86-ls2"), [
            "mkdir -p /opt/r",
            "dnf --installroot=/opt/r --releasever=2023 install -y jq",
            "systemd-run -p BindReadOnlyPaths=/etc/ops:/etc/ops /usr/bin/true",
        ]),
    ),
    // BIND-MOUNT-OVER-PROGRAM: a root-owned file bound over a program is the image's own.
    devNodeCase(
        "mount --bind /etc/ops/chronyc /usr/local/bin/chronyc-fix86",
        devNodeScript(n("fix86-ls3"), ["mount --bind /etc/ops/chronyc /usr/local/bin/chronyc", "chronyc makestep"]),
    ),
    // Round 86 neighbours: a checkpoint action running a system program, RSYNC_RSH of ssh with a root-owned key, zip
    // -TT of the default tester (zip(1)), find -exec insmod under the image's module tree, parallel of literal items.
    devNodeCase(
        "tar --checkpoint-action=exec=/usr/bin/true -xf /etc/ops/b.tar-fix86",
        devNodeScript(n("fix86-os1"), [
            "tar --checkpoint=1000 --checkpoint-action=exec=/usr/bin/true -xf /etc/ops/b.tar -C /opt",
        ]),
    ),
    devNodeCase(
        "RSYNC_RSH='ssh -i /etc/ops/key -o StrictHostKeyChecking=yes' rsync -a ...-fix86",
        devNodeScript(n("fix86-os2"), [
            "RSYNC_RSH='ssh -i /etc/ops/key -o StrictHostKeyChecking=yes' rsync -a ops@backup:/srv/x /opt/x",
        ]),
    ),
    devNodeCase(
        "zip -T -TT 'unzip -tqq' /var/backups/etc.zip /etc/hosts-fix86",
        devNodeScript(n("fix86-os3"), ["zip -T -TT 'unzip -tqq' /var/backups/etc.zip /etc/hosts"]),
    ),
    devNodeCase(
        "find /lib/modules/$(uname -r)/extra -name '*.ko' -exec insmod {} ;-fix86",
        devNodeScript(n("fix86-os4"), ["find /lib/modules/$(uname -r)/extra -name '*.ko' -exec insmod {} \\;"]),
    ),
    devNodeCase(
        "parallel sysctl -w ::: vm.max_map_count=262144-fix86",
        devNodeScript(n("fix86-os5"), ["parallel sysctl -w ::: vm.max_map_count=262144"]),
    ),
    // Round 86 neighbours, TLS-TRUST-SWITCHES: the same fetches with verification on (an https registry, an https
    // clone: the operator's code, as an https download is, round 74), and a link into the anchors to a PEM root wrote.
    devNodeCase(
        "ctr -n k8s.io images pull registry.example.com/ops/agent:1-fix86",
        devNodeScript(n("fix86-ts1"), ["ctr -n k8s.io images pull registry.example.com/ops/agent:1"]),
    ),
    devNodeCase(
        "git clone https://git.example.com/ops.git /opt/ops; /opt/ops/install.sh-fix86",
        devNodeScript(n("fix86-ts2"), ["git clone https://git.example.com/ops.git /opt/ops", "/opt/ops/install.sh"]),
    ),
    devNodeCase(
        "ln -s /etc/ops/ca.pem (written) /etc/pki/ca-trust/source/anchors/ops.pem-fix86",
        devNodeScript(n("fix86-ts3"), [
            ...heredocFile("/etc/ops/ca.pem", ["-----BEGIN CERTIFICATE-----", "MIIB", "-----END CERTIFICATE-----"]),
            "ln -s /etc/ops/ca.pem /etc/pki/ca-trust/source/anchors/ops.pem",
            "update-ca-trust",
        ]),
    ),
    // Round 86 neighbours, PACKAGE-VERIFICATION: a plain-HTTP package whose signature is required (dnf.conf(5)
    // localpkg_gpgcheck on, by --setopt or in dnf.conf as Amazon Corretto's AL2023 images write it; rpm macros.in
    // %_pkgverify_level signature), and a key imported over https: one check still vouches (round 85).
    devNodeCase(
        "dnf install --setopt=localpkg_gpgcheck=1 http://repo.internal/ops.rpm-fix86",
        devNodeScript(n("fix86-ts4"), ["dnf install -y --setopt=localpkg_gpgcheck=1 http://repo.internal/ops.rpm"]),
    ),
    devNodeCase(
        "echo localpkg_gpgcheck=1 >> /etc/dnf/dnf.conf; dnf install http://...-fix86",
        devNodeScript(n("fix86-ts5"), [
            "echo 'localpkg_gpgcheck=1' >> /etc/dnf/dnf.conf",
            "dnf install -y http://repo.internal/ops.rpm",
        ]),
    ),
    devNodeCase(
        "rpm --define '_pkgverify_level signature' -ivh http://repo.internal/ops.rpm-fix86",
        devNodeScript(n("fix86-ts6"), ["rpm --define '_pkgverify_level signature' -ivh http://repo.internal/ops.rpm"]),
    ),
    devNodeCase(
        "rpm --import https://keys.example.com/ops.gpg; dnf install ops-agent-fix86",
        devNodeScript(n("fix86-ts7"), ["rpm --import https://keys.example.com/ops.gpg", "dnf install -y ops-agent"]),
    ),
];

describeNodeCases("round 85 red team: node user data", insecure, secure);
