// Red-team round 81 on EKS NODE user data (rootReads.ts, userData.ts, userDataReaders/kernelSettings.ts, formats.ts,
// rootWrites.ts): what root runs, loads or reads as configuration from places another user or a pod can write, in
// classes earlier rounds did not try. Probed: kernel usermode helpers beyond core_pattern/modprobe/hotplug (cgroup v1
// release_agent by file and by mount option, request-key.conf/request-key.d, core_pattern by the slash spelling
// kernel/core_pattern, /run/sysctl.d and /usr/lib/sysctl.d); the manager's and units' environment (systemctl
// set-environment, system.conf.d DefaultEnvironment=, unit Environment=, WorkingDirectory= with a relative script,
// ExecReload=/ExecStopPost=, PrivateTmp=); null entries in search paths (PATH=":$PATH", LD_LIBRARY_PATH="...:");
// ldconfig DIR / -f FILE; package managers' trust (dnf --setopt=pluginpath, dnf -c, rpm --import, a file:// repo with
// gpgcheck=0, npm install -g DIR, make -C); alternatives --install; option variables (MODPROBE_OPTIONS); client
// configurations that run commands (kubectl --kubeconfig / KUBECONFIG, AWS_CONFIG_FILE, ssh -F, OPENSSL_CONF);
// cron.d PATH= lines; kernel.poweroff_cmd; units' ExecSearchPath=, RootDirectory=, BindPaths=, EnvironmentFile=;
// systemd-tmpfiles, logrotate and anacron -t of planted configurations.
// Results: insecure refused 21 of 45; secure clean 18 of 19.
// Misses (24 insecure accepted, 1 secure refused):
// - KERNEL-HELPERS (6: I1, I2, I3 cgroup v1 release_agent; I4, I5 request-key.conf/.d; J1 kernel.poweroff_cmd): the
//   kernel runs the named program as root; userData.ts / kernelSettings.ts know only core_pattern, modprobe,
//   hotplug, uevent_helper.
// - SEARCH-PATH-NULL-ENTRY (1: I11): an exported LD_LIBRARY_PATH="/opt/ops/lib:" is /opt/ops/lib plus the cwd (/tmp).
// - UNIT-ENVIRONMENT-LOADER (3: I13, I36, J8): a root unit's Environment=LD_LIBRARY_PATH=/var/tmp/lib,
//   LD_PRELOAD=/tmp/x.so, EnvironmentFile= with LD_PRELOAD=/tmp/x.so (the manager's set-environment/DefaultEnvironment=
//   and the shell's are refused). RootReads.unit asks only podWritableRoot of non-Exec keys, never RootReads.planted.
// - UNIT-NAMESPACE-PATHS (3: J2, J3, J4): ExecSearchPath=/tmp, RootDirectory=/var/tmp/root, BindPaths=/tmp/bin:DEST.
// - LOADED-CONFIG-OPERANDS (2: J6, J7): logrotate -f /var/tmp/FILE, anacron -t /dev/shm/FILE.
// - PACKAGE-TRUST-SOURCES (3: I19, I21, I22): dnf --setopt=pluginpath=/tmp/..., rpm --import /dev/shm/key, a repo
//   baseurl=file:///var/tmp/repo with gpgcheck=0.
// - ALTERNATIVES-LINKS (1: I23): alternatives --install /usr/bin/x name /tmp/x.
// - TOOL-OPTIONS-VARIABLES (1: I24): MODPROBE_OPTIONS='-C /tmp/m.conf'.
// - CLIENT-CONFIG-FLAGS (2: I25, I27): kubectl --kubeconfig /tmp/kc, ssh -F /tmp/ssh.cfg
//   (the variable forms KUBECONFIG and AWS_CONFIG_FILE are refused).
// - CRON-ENV-SEARCH-PATH (2: I31, I35): an /etc/cron.d PATH= line starting with /tmp or /tmp/bin.
// - SECURE REFUSED (1): PRIVATE-TMP S7 (a unit with PrivateTmp=yes running the /tmp copy its own ExecStartPre made).
// Held: I6-I10, I12, I14-I18, I20, I26, I28-I30, I32-I34, I37 (slash-spelled core_pattern, /run and /usr/lib
// sysctl.d, set-environment, PATH null entry, unit WorkingDirectory=/tmp with a relative script, ExecReload=,
// ExecStopPost=, ldconfig DIR and -f, dnf -c, AWS_CONFIG_FILE, OPENSSL_CONF, make -C, npm install -g DIR, system.conf.d
// DefaultEnvironment=, prefix and exported loader variables, KUBECONFIG, J5 systemd-tmpfiles of a /tmp config); secure
// S1-S6, S8-S15, T1-T4 (image-owned release_agent and request-key programs, a core FILE pattern, set-environment NO_PROXY, system-only LD_LIBRARY_PATH
// and PATH in /tmp, ldconfig of /usr/local/lib64, harmless dnf --setopt, rpm --import of the image key,
// MODPROBE_OPTIONS=-q, alternatives --set to /usr/bin, cron.d system PATH, /run/sysctl.d plain settings, an
// AWS_CONFIG_FILE root wrote, system-only ExecSearchPath=, BindReadOnlyPaths= of a root directory, tmpfiles and
// logrotate of configurations root wrote).
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase, systemdUnit } from "./nodeBuilders";

const n = (id: string) => `dev-${id}-81n-nodes`;
/** A known miss: skipped unless REDTEAM_ALL=1. */
const MISS = true;

const insecure: NodeCase[] = [
    // I1 cgroup v1 (RHEL resource-management guide "Common Tunable Parameters"): with notify_on_release the kernel
    // executes the contents of release_agent (as root, a usermode helper) when a cgroup empties; /tmp/ra.sh is any user's.
    // Was a MISS (fixed in round 81): (KERNEL-HELPERS, cgroup v1 release_agent): insecure accepted (got []). The kernel runs release_agent as root (a usermode helper) when a notify_on_release cgroup empties (RHEL Resource Management Guide, Common Tunable Parameters: "the kernel executes the contents of the release_agent file"); any local user or uid-0 pod that plants the named /tmp, /var/tmp or /dev/shm file owns root. Where: userData.ts (the kernel-helper path list `helper` = core_pattern|modprobe|hotplug|uevent_helper) and userDataReaders/kernelSettings.ts know no release_agent, neither as a file written under a cgroup v1 mount nor as the `release_agent=` mount option. Fix (general): one table of every kernel usermode-helper setting (core_pattern, modprobe, hotplug/uevent_helper, poweroff_cmd, cgroup v1 release_agent files under any cgroup mount and the mount option, request-key's configuration) whose program must be a root-owned image path; the named program judged with RootReads.planted.
    devNodeCase(
        "I1 echo /tmp/ra.sh > /sys/fs/cgroup/memory/release_agent-rt81n",
        devNodeScript(n("i1"), [
            "echo /tmp/ra.sh > /sys/fs/cgroup/memory/release_agent",
            "echo 1 > /sys/fs/cgroup/memory/notify_on_release",
        ]),
        /./,
    ),
    // I2 the same on a v1 hierarchy the script mounts itself (release_agent is per hierarchy, top level).
    // Was a MISS (fixed in round 81): (KERNEL-HELPERS, cgroup v1 release_agent): insecure accepted (got []). The kernel runs release_agent as root (a usermode helper) when a notify_on_release cgroup empties (RHEL Resource Management Guide, Common Tunable Parameters: "the kernel executes the contents of the release_agent file"); any local user or uid-0 pod that plants the named /tmp, /var/tmp or /dev/shm file owns root. Where: userData.ts (the kernel-helper path list `helper` = core_pattern|modprobe|hotplug|uevent_helper) and userDataReaders/kernelSettings.ts know no release_agent, neither as a file written under a cgroup v1 mount nor as the `release_agent=` mount option. Fix (general): one table of every kernel usermode-helper setting (core_pattern, modprobe, hotplug/uevent_helper, poweroff_cmd, cgroup v1 release_agent files under any cgroup mount and the mount option, request-key's configuration) whose program must be a root-owned image path; the named program judged with RootReads.planted.
    devNodeCase(
        "I2 mount -t cgroup -o rdma; echo /var/tmp/ra > /mnt/cg/release_agent-rt81n",
        devNodeScript(n("i2"), [
            "mkdir -p /mnt/cg",
            "mount -t cgroup -o rdma cgroup /mnt/cg",
            "echo /var/tmp/ra > /mnt/cg/release_agent",
            "echo 1 > /mnt/cg/notify_on_release",
        ]),
        /./,
    ),
    // I3 cgroup-v1 mount option release_agent=path (kernel cgroup-v1 docs): the same helper set at mount time.
    // Was a MISS (fixed in round 81): (KERNEL-HELPERS, cgroup v1 release_agent): insecure accepted (got []). The kernel runs release_agent as root (a usermode helper) when a notify_on_release cgroup empties (RHEL Resource Management Guide, Common Tunable Parameters: "the kernel executes the contents of the release_agent file"); any local user or uid-0 pod that plants the named /tmp, /var/tmp or /dev/shm file owns root. Where: userData.ts (the kernel-helper path list `helper` = core_pattern|modprobe|hotplug|uevent_helper) and userDataReaders/kernelSettings.ts know no release_agent, neither as a file written under a cgroup v1 mount nor as the `release_agent=` mount option. Fix (general): one table of every kernel usermode-helper setting (core_pattern, modprobe, hotplug/uevent_helper, poweroff_cmd, cgroup v1 release_agent files under any cgroup mount and the mount option, request-key's configuration) whose program must be a root-owned image path; the named program judged with RootReads.planted.
    devNodeCase(
        "I3 mount -t cgroup -o none,name=ops,release_agent=/dev/shm/ra-rt81n",
        devNodeScript(n("i3"), [
            "mkdir -p /mnt/ops",
            "mount -t cgroup -o none,name=ops,release_agent=/dev/shm/ra cgroup /mnt/ops",
        ]),
        /./,
    ),
    // I4 request-key.conf(5): /sbin/request-key (run by the kernel as root for a key request) reads
    // /etc/request-key.d/*.conf and execs the <prog> of the matching line: here /tmp/rk.sh, any user's file; any user
    // may trigger it (request_key(2) / keyctl request2 of type user).
    // Was a MISS (fixed in round 81): (KERNEL-HELPERS, request-key): insecure accepted (got []). request-key.conf(5): /sbin/request-key, run by the kernel as root, reads /etc/request-key.d/*.conf and /etc/request-key.conf and execs the <prog> of the matching line ("This must have a fully qualified path name"); any process may trigger a lookup (request_key(2), keyctl request2); the prog is a /tmp or /dev/shm file another user plants. Where: rootReads.ts's conf-directory table (near line 895: /etc/sysctl.d, /etc/binfmt.d, /etc/cron.d ...) and formats.ts NODE_CONFIG_PATHS have no /etc/request-key.conf or /etc/request-key.d. Fix (general): read request-key.conf and request-key.d/*.conf as root-run command tables (fields 5.. a command line judged by RootReads.script), as cron.d is.
    devNodeCase(
        "I4 /etc/request-key.d/ops.conf create user * * /tmp/rk.sh-rt81n",
        devNodeScript(n("i4"), heredocFile("/etc/request-key.d/ops.conf", ["create user ops:* * /tmp/rk.sh %k %d"])),
        /./,
    ),
    // I5 the same appended to /etc/request-key.conf.
    // Was a MISS (fixed in round 81): (KERNEL-HELPERS, request-key): insecure accepted (got []). request-key.conf(5): /sbin/request-key, run by the kernel as root, reads /etc/request-key.d/*.conf and /etc/request-key.conf and execs the <prog> of the matching line ("This must have a fully qualified path name"); any process may trigger a lookup (request_key(2), keyctl request2); the prog is a /tmp or /dev/shm file another user plants. Where: rootReads.ts's conf-directory table (near line 895: /etc/sysctl.d, /etc/binfmt.d, /etc/cron.d ...) and formats.ts NODE_CONFIG_PATHS have no /etc/request-key.conf or /etc/request-key.d. Fix (general): read request-key.conf and request-key.d/*.conf as root-run command tables (fields 5.. a command line judged by RootReads.script), as cron.d is.
    devNodeCase(
        "I5 echo 'create * * * /dev/shm/rk %k' >> /etc/request-key.conf-rt81n",
        devNodeScript(n("i5"), ["echo 'create * * * /dev/shm/rk %k' >> /etc/request-key.conf"]),
        /./,
    ),
    // I6 sysctl.d(5)/procps: "/" and "." are both label separators: kernel/core_pattern IS kernel.core_pattern;
    // core(5) "|program" runs as root on every crash, here a /tmp script.
    devNodeCase(
        "I6 sysctl -w kernel/core_pattern='|/tmp/core.sh %p'-rt81n",
        devNodeScript(n("i6"), ["sysctl -w kernel/core_pattern='|/tmp/core.sh %p'"]),
    ),
    // I7 sysctl.d(5): /run/sysctl.d is read by systemd-sysctl and `sysctl --system` like /etc/sysctl.d.
    devNodeCase(
        "I7 /run/sysctl.d core_pattern |/tmp/x; sysctl --system-rt81n",
        devNodeScript(n("i7"), [
            ...heredocFile("/run/sysctl.d/50-ops.conf", ["kernel.core_pattern = |/tmp/core.sh %p"]),
            "sysctl --system",
        ]),
    ),
    // I8 sysctl.d(5): /usr/lib/sysctl.d is the vendor directory, read the same way.
    devNodeCase(
        "I8 /usr/lib/sysctl.d core_pattern |/var/tmp/x; sysctl --system-rt81n",
        devNodeScript(n("i8"), [
            ...heredocFile("/usr/lib/sysctl.d/99-ops.conf", ["kernel.core_pattern=|/var/tmp/core %p"]),
            "sysctl --system",
        ]),
    ),
    // I9 systemctl(1) set-environment: "Set one or more systemd manager environment variables, as specified on the
    // command line": passed to every process the manager spawns afterwards; LD_PRELOAD (ld.so(8)) loads /dev/shm/x.so
    // into every root service started later (kubelet, containerd).
    devNodeCase(
        "I9 systemctl set-environment LD_PRELOAD=/dev/shm/x.so-rt81n",
        devNodeScript(n("i9"), ["systemctl set-environment LD_PRELOAD=/dev/shm/x.so", "systemctl restart containerd"]),
    ),
    // I10 the same with LD_LIBRARY_PATH (ld.so(8): searched before the cache) naming /tmp.
    devNodeCase(
        "I10 systemctl set-environment LD_LIBRARY_PATH=/tmp/lib-rt81n",
        devNodeScript(n("i10"), ["systemctl set-environment LD_LIBRARY_PATH=/tmp/lib", "systemctl restart kubelet"]),
    ),
    // I11 DISA STIG GEN001605: "If there is an empty entry, such as a leading or trailing colon ... this is
    // interpreted as the current working directory": LD_LIBRARY_PATH="/opt/ops/lib:" in /tmp loads /tmp's libraries.
    // Was a MISS (fixed in round 81): (SEARCH-PATH-NULL-ENTRY): insecure accepted (got []). An empty entry (leading or trailing colon, '::') in LD_LIBRARY_PATH is the current directory (DISA STIG GEN001605: "If there is an empty entry, such as a leading or trailing colon ... this is interpreted as the current working directory"), here /tmp: any user's library is loaded into root's programs. Where: rootReads.ts, the loader check of exported variables (and the prefix one near line 9270: `value.split(/[\\s:]+/).filter(Boolean)`) drops empty entries, so only /opt/ops/lib is judged (I33 is refused only because /opt/ops/lib is no system directory). I12 (PATH=":$PATH") is refused, so PATH's null entry is known; the loader variables' is not. Fix (general): in every colon list a program searches (LD_LIBRARY_PATH, PATH, PYTHONPATH, PERL5LIB, GCONV_PATH ...) an empty, '.' or relative entry is the working directory: judge it as ctx.cwd (an unknown cwd refused).
    devNodeCase(
        'I11 cd /tmp; export LD_LIBRARY_PATH="/opt/ops/lib:"; systemctl restart-rt81n',
        devNodeScript(n("i11"), ["cd /tmp", 'export LD_LIBRARY_PATH="/opt/ops/lib:"', "systemctl restart chronyd"]),
        /./,
    ),
    // I12 bash(1) PATH: "A zero-length (null) directory name in the value of PATH indicates the current directory. A
    // null directory name may appear as two adjacent colons, or as an initial or trailing colon": `systemctl` resolves to
    // /tmp/systemctl first.
    devNodeCase(
        'I12 cd /tmp; PATH=":$PATH"; systemctl restart chronyd-rt81n',
        devNodeScript(n("i12"), ["cd /tmp", 'PATH=":$PATH"', "systemctl restart chronyd"]),
    ),
    // I13 systemd.exec(5) Environment=: the variable is in the service's environment; LD_LIBRARY_PATH=/var/tmp/lib.
    // Was a MISS (fixed in round 81): (UNIT-ENVIRONMENT-LOADER): insecure accepted (got []). systemd.exec(5) Environment= puts the variable in the root service's environment; ld.so(8) then loads /tmp or /var/tmp code into the service. systemctl set-environment (I10), DefaultEnvironment= (I32) and a shell export (I34) are refused; a unit's own Environment= is not. Where: rootReads.ts RootReads.unit: the Environment= branch (`hit && (!confined || rootExec)` with the LOADER_VARIABLES test) only refuses when `hit = RootReads.writable(pathsIn(value))`, which is podWritableRoot (pods' hostPath roots), never RootReads.planted (local users' /tmp, /var/tmp, /dev/shm); the unit's variables handed to the Exec lines' context are not read as the program's loader environment. Fix (general): judge a root unit's Environment=/EnvironmentFile= loader variables with the reader managerLoaderOpenings (formats.ts) uses for the manager's, per unit.
    devNodeCase(
        "I13 unit Environment=LD_LIBRARY_PATH=/var/tmp/lib-rt81n",
        devNodeScript(
            n("i13"),
            systemdUnit("ops-agent", ["Environment=LD_LIBRARY_PATH=/var/tmp/lib", "ExecStart=/usr/bin/sleep infinity"]),
        ),
        /./,
    ),
    // I14 systemd.exec(5) WorkingDirectory=: relative paths of the command are in it; bash reads /tmp/ops.sh.
    devNodeCase(
        "I14 unit WorkingDirectory=/tmp ExecStart=/bin/bash ops.sh-rt81n",
        devNodeScript(n("i14"), systemdUnit("ops-run", ["WorkingDirectory=/tmp", "ExecStart=/bin/bash ops.sh"])),
    ),
    // I15 systemd.service(5) ExecReload=: run as the unit's user (root) on reload: a /tmp program.
    devNodeCase(
        "I15 unit ExecReload=/tmp/reload.sh-rt81n",
        devNodeScript(
            n("i15"),
            systemdUnit("ops-rl", ["ExecStart=/usr/bin/sleep infinity", "ExecReload=/tmp/reload.sh"]),
        ),
    ),
    // I16 systemd.service(5) ExecStopPost=: run on stop (as root), here a /dev/shm program.
    devNodeCase(
        "I16 unit ExecStopPost=-/dev/shm/post-rt81n",
        devNodeScript(
            n("i16"),
            systemdUnit("ops-sp", ["ExecStart=/usr/bin/sleep infinity", "ExecStopPost=-/dev/shm/post"]),
        ),
    ),
    // I17 ldconfig(8): "creates the necessary links and cache to the most recent shared libraries found in the
    // directories specified on the command line": /tmp/libs enters /etc/ld.so.cache, read by every program.
    devNodeCase("I17 ldconfig /tmp/libs-rt81n", devNodeScript(n("i17"), ["ldconfig /tmp/libs"])),
    // I18 ldconfig(8) -f conf: the directories listed in /var/tmp/ld.conf (any user's) enter the cache.
    devNodeCase("I18 ldconfig -f /var/tmp/ld.conf-rt81n", devNodeScript(n("i18"), ["ldconfig -f /var/tmp/ld.conf"])),
    // I19 dnf.conf(5) pluginpath: directories dnf loads (Python) plugins from, run inside root's dnf.
    // Was a MISS (fixed in round 81): (PACKAGE-TRUST-SOURCES): insecure accepted (got []). dnf.conf(5)/rpm(8): where root's package manager loads plugins from (pluginpath: Python code run in dnf), which signing keys it trusts (rpm --import FILE) and which repository it installs from unsigned (baseurl=file:///var/tmp/repo, gpgcheck=0) are planted by any local user; the packages' scriptlets run as root. `dnf -c /tmp/dnf.conf` (I20) is refused. Where: rootReads.ts loadedOperands (rpm -i/dnf install FILE only) reads no --setopt=pluginpath/reposdir nor rpm --import, and no reader of /etc/yum.repos.d asks RootReads.planted of a file:// baseurl or gpgkey. Fix (general): every path a package-manager option or repo file names (pluginpath, reposdir, baseurl/gpgkey file://, --import keys, -c config) is a loaded operand judged with plantedLoaded.
    devNodeCase(
        "I19 dnf --setopt=pluginpath=/tmp/plugins install -y jq-rt81n",
        devNodeScript(n("i19"), ["dnf --setopt=pluginpath=/tmp/plugins install -y jq"]),
        /./,
    ),
    // I20 dnf(8) -c/--config: the configuration (repos, gpgcheck, pluginpath) comes from a /tmp file.
    devNodeCase(
        "I20 dnf -c /tmp/dnf.conf install -y jq-rt81n",
        devNodeScript(n("i20"), ["dnf -c /tmp/dnf.conf install -y jq"]),
    ),
    // I21 rpm(8) --import PUBKEY: adds a trusted signing key; a /dev/shm key lets its owner sign packages dnf installs.
    // Was a MISS (fixed in round 81): (PACKAGE-TRUST-SOURCES): insecure accepted (got []). dnf.conf(5)/rpm(8): where root's package manager loads plugins from (pluginpath: Python code run in dnf), which signing keys it trusts (rpm --import FILE) and which repository it installs from unsigned (baseurl=file:///var/tmp/repo, gpgcheck=0) are planted by any local user; the packages' scriptlets run as root. `dnf -c /tmp/dnf.conf` (I20) is refused. Where: rootReads.ts loadedOperands (rpm -i/dnf install FILE only) reads no --setopt=pluginpath/reposdir nor rpm --import, and no reader of /etc/yum.repos.d asks RootReads.planted of a file:// baseurl or gpgkey. Fix (general): every path a package-manager option or repo file names (pluginpath, reposdir, baseurl/gpgkey file://, --import keys, -c config) is a loaded operand judged with plantedLoaded.
    devNodeCase(
        "I21 rpm --import /dev/shm/ops.asc; dnf install -y ops-agent-rt81n",
        devNodeScript(n("i21"), ["rpm --import /dev/shm/ops.asc", "dnf install -y ops-agent"]),
        /./,
    ),
    // I22 dnf.conf(5) repo baseurl=file:// with gpgcheck=0: packages from a /var/tmp tree are installed unsigned.
    // Was a MISS (fixed in round 81): (PACKAGE-TRUST-SOURCES): insecure accepted (got []). dnf.conf(5)/rpm(8): where root's package manager loads plugins from (pluginpath: Python code run in dnf), which signing keys it trusts (rpm --import FILE) and which repository it installs from unsigned (baseurl=file:///var/tmp/repo, gpgcheck=0) are planted by any local user; the packages' scriptlets run as root. `dnf -c /tmp/dnf.conf` (I20) is refused. Where: rootReads.ts loadedOperands (rpm -i/dnf install FILE only) reads no --setopt=pluginpath/reposdir nor rpm --import, and no reader of /etc/yum.repos.d asks RootReads.planted of a file:// baseurl or gpgkey. Fix (general): every path a package-manager option or repo file names (pluginpath, reposdir, baseurl/gpgkey file://, --import keys, -c config) is a loaded operand judged with plantedLoaded.
    devNodeCase(
        "I22 repo baseurl=file:///var/tmp/repo gpgcheck=0-rt81n",
        devNodeScript(n("i22"), [
            ...heredocFile("/etc/yum.repos.d/ops.repo", [
                "[ops]",
                "name=ops",
                "baseurl=file:///var/tmp/repo",
                "gpgcheck=0",
            ]),
            "dnf install -y ops-agent",
        ]),
        /./,
    ),
    // I23 update-alternatives(1) --install link name path: /usr/bin/ops-helper becomes a link to /tmp/ops.
    // Was a MISS (fixed in round 81): (ALTERNATIVES-LINKS): insecure accepted (got []). alternatives(8) (update-alternatives(1)) --install LINK NAME PATH PRIORITY makes LINK (/usr/bin/ops-helper) a symlink chain to PATH (/tmp/ops), which the script then runs as root. Where: rootReads.ts, the link readers (ln -s of a planted file is followed, round 80 P1a) know no alternatives/update-alternatives --install/--set. Fix (general): read alternatives --install/--set as `ln -sfn PATH LINK` (PATH judged with RootReads.planted).
    devNodeCase(
        "I23 alternatives --install /usr/bin/ops-helper ops /tmp/ops 100-rt81n",
        devNodeScript(n("i23"), ["alternatives --install /usr/bin/ops-helper ops /tmp/ops 100", "ops-helper"]),
        /./,
    ),
    // I24 modprobe(8): "The MODPROBE_OPTIONS environment variable can also be used to pass arguments to modprobe":
    // -C /tmp/m.conf is a config with install commands (modprobe.d(5)) run as root.
    // Was a MISS (fixed in round 81): (TOOL-OPTIONS-VARIABLES): insecure accepted (got []). modprobe(8): "The MODPROBE_OPTIONS environment variable can also be used to pass arguments to modprobe": -C /tmp/m.conf's `install` lines run as root (modprobe.d(5)). `modprobe -C FILE` is refused (loadedOperands), the variable form is not. Where: rootReads.ts LOADER_VARIABLES has no MODPROBE_OPTIONS (TAR_OPTIONS and UNZIPOPT are there), and loadedOperands(name, operands) never sees the environment's words. Fix (general): a table of each program's option-carrying variables (MODPROBE_OPTIONS, GZIP, ...) spliced into its operands before loadedOperands and the option readers.
    devNodeCase(
        "I24 MODPROBE_OPTIONS='-C /tmp/m.conf' modprobe br_netfilter-rt81n",
        devNodeScript(n("i24"), ["MODPROBE_OPTIONS='-C /tmp/m.conf' modprobe br_netfilter"]),
        /./,
    ),
    // I25 kubeconfig users[].user.exec.command (client-go credential plugins): kubectl runs it; /tmp/kc is any user's.
    // Was a MISS (fixed in round 81): (CLIENT-CONFIG-FLAGS): insecure accepted (got []). The program runs commands its configuration names (a kubeconfig's users[].user.exec.command, client-go credential plugins; ssh_config(5) ProxyCommand/LocalCommand), and that file is any user's. KUBECONFIG=/tmp/kc (I37) and AWS_CONFIG_FILE (I26) are refused; the command-line forms are not. Where: rootReads.ts COPIER_VALUES/loadedOperands know no kubectl/helm --kubeconfig, ssh/scp -F. Fix (general): give each LOADER_VARIABLES entry naming a configuration its flag twin (kubectl --kubeconfig, ssh -F/-o ProxyCommand), judged with plantedLoaded.
    devNodeCase(
        "I25 kubectl --kubeconfig /tmp/kc get nodes-rt81n",
        devNodeScript(n("i25"), ["kubectl --kubeconfig /tmp/kc get nodes"]),
        /./,
    ),
    // I26 AWS CLI config credential_process: the CLI runs that command; AWS_CONFIG_FILE in /var/tmp is any user's.
    devNodeCase(
        "I26 AWS_CONFIG_FILE=/var/tmp/aws aws sts get-caller-identity-rt81n",
        devNodeScript(n("i26"), ["AWS_CONFIG_FILE=/var/tmp/aws aws sts get-caller-identity"]),
    ),
    // I27 ssh_config(5) ProxyCommand / LocalCommand: ssh -F /tmp/ssh.cfg runs them as root.
    // Was a MISS (fixed in round 81): (CLIENT-CONFIG-FLAGS): insecure accepted (got []). The program runs commands its configuration names (a kubeconfig's users[].user.exec.command, client-go credential plugins; ssh_config(5) ProxyCommand/LocalCommand), and that file is any user's. KUBECONFIG=/tmp/kc (I37) and AWS_CONFIG_FILE (I26) are refused; the command-line forms are not. Where: rootReads.ts COPIER_VALUES/loadedOperands know no kubectl/helm --kubeconfig, ssh/scp -F. Fix (general): give each LOADER_VARIABLES entry naming a configuration its flag twin (kubectl --kubeconfig, ssh -F/-o ProxyCommand), judged with plantedLoaded.
    devNodeCase(
        "I27 ssh -F /tmp/ssh.cfg ops-host true-rt81n",
        devNodeScript(n("i27"), ["ssh -F /tmp/ssh.cfg ops-host true"]),
        /./,
    ),
    // I28 OpenSSL config(5): OPENSSL_CONF names the config whose engine/provider sections load modules (dynamic_path).
    devNodeCase(
        "I28 OPENSSL_CONF=/tmp/o.cnf curl -fsS https://...-rt81n",
        devNodeScript(n("i28"), ["OPENSSL_CONF=/tmp/o.cnf curl -fsS https://example.com/health"]),
    ),
    // I29 make(1) -C dir reads dir's Makefile and runs its recipes (as root): /tmp/build is any user's.
    devNodeCase("I29 make -C /tmp/build install-rt81n", devNodeScript(n("i29"), ["make -C /tmp/build install"])),
    // I30 npm-install(1) "a folder": lifecycle scripts (preinstall/postinstall) of /tmp/ops-cli run as root.
    devNodeCase("I30 npm install -g /tmp/ops-cli-rt81n", devNodeScript(n("i30"), ["npm install -g /tmp/ops-cli"])),
    // I31 crontab(5): a PATH= line sets the jobs' PATH; /tmp first: root's `logrotate` job resolves to /tmp/logrotate.
    // Was a MISS (fixed in round 81): (CRON-ENV-SEARCH-PATH): insecure accepted (got []). crontab(5): a PATH= line sets every job's PATH; /tmp (or /tmp/bin, which any user may create first) ahead of /usr/sbin makes root's `logrotate` whatever they put there. Where: rootReads.ts RootReads.cron: an environment line is judged only by RootReads.writable(pathsIn(line)), i.e. podWritableRoot (pods' hostPath roots), never RootReads.planted (local users' /tmp, /var/tmp, /dev/shm, where any user may create /tmp/bin first). Fix (general): cron's (and units', profile files') environment lines go through managerLoaderOpenings/systemPath: PATH only of root-owned system directories, other LOADER_VARIABLES judged entry by entry.
    devNodeCase(
        "I31 cron.d PATH=/tmp:/usr/bin; root logrotate-rt81n",
        devNodeScript(
            n("i31"),
            heredocFile("/etc/cron.d/ops", [
                "PATH=/tmp:/usr/sbin:/usr/bin",
                "*/5 * * * * root logrotate /etc/logrotate.conf",
            ]),
        ),
        /./,
    ),
    // I32 systemd-system.conf(5) DefaultEnvironment=: every unit's environment; LD_LIBRARY_PATH in /dev/shm.
    devNodeCase(
        "I32 system.conf.d DefaultEnvironment=LD_LIBRARY_PATH=/dev/shm-rt81n",
        devNodeScript(n("i32"), [
            ...heredocFile("/etc/systemd/system.conf.d/ops.conf", [
                "[Manager]",
                "DefaultEnvironment=LD_LIBRARY_PATH=/dev/shm",
            ]),
            "systemctl daemon-reexec",
        ]),
    ),
    // I33 the I11 class by a prefix assignment (bash(1) SIMPLE COMMAND EXPANSION): a trailing ':' is the cwd (/tmp).
    devNodeCase(
        "I33 cd /tmp; LD_LIBRARY_PATH=/opt/ops/lib: systemctl restart chronyd-rt81n",
        devNodeScript(n("i33"), ["cd /tmp", "LD_LIBRARY_PATH=/opt/ops/lib: systemctl restart chronyd"]),
    ),
    // I34 an exported LD_LIBRARY_PATH naming /tmp/lib (ld.so(8)): every later program of the script loads from it.
    devNodeCase(
        "I34 export LD_LIBRARY_PATH=/tmp/lib; systemctl restart chronyd-rt81n",
        devNodeScript(n("i34"), ["export LD_LIBRARY_PATH=/tmp/lib", "systemctl restart chronyd"]),
    ),
    // I35 crontab(5) PATH naming a directory BELOW /tmp (any user may create /tmp/bin first).
    // Was a MISS (fixed in round 81): (CRON-ENV-SEARCH-PATH): insecure accepted (got []). crontab(5): a PATH= line sets every job's PATH; /tmp (or /tmp/bin, which any user may create first) ahead of /usr/sbin makes root's `logrotate` whatever they put there. Where: rootReads.ts RootReads.cron: an environment line is judged only by RootReads.writable(pathsIn(line)), i.e. podWritableRoot (pods' hostPath roots), never RootReads.planted (local users' /tmp, /var/tmp, /dev/shm, where any user may create /tmp/bin first). Fix (general): cron's (and units', profile files') environment lines go through managerLoaderOpenings/systemPath: PATH only of root-owned system directories, other LOADER_VARIABLES judged entry by entry.
    devNodeCase(
        "I35 cron.d PATH=/tmp/bin:/usr/bin; root logrotate-rt81n",
        devNodeScript(
            n("i35"),
            heredocFile("/etc/cron.d/ops", [
                "PATH=/tmp/bin:/usr/sbin:/usr/bin",
                "*/5 * * * * root logrotate /etc/logrotate.conf",
            ]),
        ),
        /./,
    ),
    // I36 systemd.exec(5) Environment=LD_PRELOAD=/tmp/x.so in a root unit (ld.so(8)).
    // Was a MISS (fixed in round 81): (UNIT-ENVIRONMENT-LOADER): insecure accepted (got []). systemd.exec(5) Environment= puts the variable in the root service's environment; ld.so(8) then loads /tmp or /var/tmp code into the service. systemctl set-environment (I10), DefaultEnvironment= (I32) and a shell export (I34) are refused; a unit's own Environment= is not. Where: rootReads.ts RootReads.unit: the Environment= branch (`hit && (!confined || rootExec)` with the LOADER_VARIABLES test) only refuses when `hit = RootReads.writable(pathsIn(value))`, which is podWritableRoot (pods' hostPath roots), never RootReads.planted (local users' /tmp, /var/tmp, /dev/shm); the unit's variables handed to the Exec lines' context are not read as the program's loader environment. Fix (general): judge a root unit's Environment=/EnvironmentFile= loader variables with the reader managerLoaderOpenings (formats.ts) uses for the manager's, per unit.
    devNodeCase(
        "I36 unit Environment=LD_PRELOAD=/tmp/x.so-rt81n",
        devNodeScript(
            n("i36"),
            systemdUnit("ops-pl", ["Environment=LD_PRELOAD=/tmp/x.so", "ExecStart=/usr/bin/sleep infinity"]),
        ),
        /./,
    ),
    // I37 KUBECONFIG (kubectl's variable form of --kubeconfig): exec plugins of /tmp/kc run as root.
    devNodeCase(
        "I37 KUBECONFIG=/tmp/kc kubectl get nodes-rt81n",
        devNodeScript(n("i37"), ["KUBECONFIG=/tmp/kc kubectl get nodes"]),
    ),
    // J1 kernel/sys.c: poweroff_cmd ("/sbin/poweroff" by default) is run by orderly_poweroff through
    // call_usermodehelper, as root; a /tmp program there is any user's (the KERNEL-HELPERS class, another key).
    // Was a MISS (fixed in round 81): (KERNEL-HELPERS, poweroff_cmd): insecure accepted (got []). kernel/sys.c: orderly_poweroff runs poweroff_cmd through call_usermodehelper (root); /tmp/off.sh is any user's. Where: userData.ts `helper` (core_pattern|modprobe|hotplug|uevent_helper) and kernelSettings.ts know no kernel.poweroff_cmd. Fix (general): as I1's, one table of every usermode-helper setting (add kernel.poweroff_cmd, cgroup v1 release_agent, request-key) with the program judged by RootReads.planted.
    devNodeCase(
        "J1 sysctl -w kernel.poweroff_cmd=/tmp/off.sh-rt81n",
        devNodeScript(n("j1"), ["sysctl -w kernel.poweroff_cmd=/tmp/off.sh"]),
        /./,
    ),
    // J2 systemd.exec(5) ExecSearchPath= (systemd 250): the directories searched for an Exec*= command without a
    // slash: `ops-agent` is /tmp/ops-agent, any user's.
    // Was a MISS (fixed in round 81): (UNIT-NAMESPACE-PATHS): insecure accepted (got []). systemd.exec(5): ExecSearchPath= is where a slash-less Exec command is searched, RootDirectory= chroots the service, BindPaths=SRC:DEST makes DEST the SRC tree inside its namespace: the root service runs /tmp or /var/tmp content, any user's. Where: rootReads.ts RootReads.unit judges these keys only by RootReads.writable(pathsIn(value)), which is podWritableRoot (pods' hostPath roots), never RootReads.planted (local users' /tmp, /var/tmp, /dev/shm), and runs Exec lines against the host's paths (no search path, root or bind map). Fix (general): apply the unit's path-changing keys (ExecSearchPath, RootDirectory/RootImage, BindPaths/BindReadOnlyPaths, WorkingDirectory) to its Exec lines' context, and judge every non-inert key's paths with RootReads.planted as well as podWritableRoot.
    devNodeCase(
        "J2 unit ExecSearchPath=/tmp ExecStart=ops-agent-rt81n",
        devNodeScript(n("j2"), systemdUnit("ops-sr", ["ExecSearchPath=/tmp:/usr/bin", "ExecStart=ops-agent"])),
        /./,
    ),
    // J3 systemd.exec(5) RootDirectory=: the service runs chrooted there; /usr/bin/agent is /var/tmp/root/usr/bin/agent.
    // Was a MISS (fixed in round 81): (UNIT-NAMESPACE-PATHS): insecure accepted (got []). systemd.exec(5): ExecSearchPath= is where a slash-less Exec command is searched, RootDirectory= chroots the service, BindPaths=SRC:DEST makes DEST the SRC tree inside its namespace: the root service runs /tmp or /var/tmp content, any user's. Where: rootReads.ts RootReads.unit judges these keys only by RootReads.writable(pathsIn(value)), which is podWritableRoot (pods' hostPath roots), never RootReads.planted (local users' /tmp, /var/tmp, /dev/shm), and runs Exec lines against the host's paths (no search path, root or bind map). Fix (general): apply the unit's path-changing keys (ExecSearchPath, RootDirectory/RootImage, BindPaths/BindReadOnlyPaths, WorkingDirectory) to its Exec lines' context, and judge every non-inert key's paths with RootReads.planted as well as podWritableRoot.
    devNodeCase(
        "J3 unit RootDirectory=/var/tmp/root ExecStart=/usr/bin/agent-rt81n",
        devNodeScript(n("j3"), systemdUnit("ops-rd", ["RootDirectory=/var/tmp/root", "ExecStart=/usr/bin/agent"])),
        /./,
    ),
    // J4 systemd.exec(5) BindPaths=SRC:DEST: the service's /usr/local/bin IS /tmp/bin (a bind mount in its namespace).
    // Was a MISS (fixed in round 81): (UNIT-NAMESPACE-PATHS): insecure accepted (got []). systemd.exec(5): ExecSearchPath= is where a slash-less Exec command is searched, RootDirectory= chroots the service, BindPaths=SRC:DEST makes DEST the SRC tree inside its namespace: the root service runs /tmp or /var/tmp content, any user's. Where: rootReads.ts RootReads.unit judges these keys only by RootReads.writable(pathsIn(value)), which is podWritableRoot (pods' hostPath roots), never RootReads.planted (local users' /tmp, /var/tmp, /dev/shm), and runs Exec lines against the host's paths (no search path, root or bind map). Fix (general): apply the unit's path-changing keys (ExecSearchPath, RootDirectory/RootImage, BindPaths/BindReadOnlyPaths, WorkingDirectory) to its Exec lines' context, and judge every non-inert key's paths with RootReads.planted as well as podWritableRoot.
    devNodeCase(
        "J4 unit BindPaths=/tmp/bin:/usr/local/bin ExecStart=/usr/local/bin/ops-rt81n",
        devNodeScript(
            n("j4"),
            systemdUnit("ops-bp", ["BindPaths=/tmp/bin:/usr/local/bin", "ExecStart=/usr/local/bin/ops"]),
        ),
        /./,
    ),
    // J5 systemd-tmpfiles(8) CONFIGFILE operands: a /tmp config's lines (L+ symlinks, w+ writes, C copies) are done as root.
    devNodeCase(
        "J5 systemd-tmpfiles --create /tmp/ops.conf-rt81n",
        devNodeScript(n("j5"), ["systemd-tmpfiles --create /tmp/ops.conf"]),
    ),
    // J6 logrotate(8) config file operand: its postrotate/prerotate scripts run as root.
    // Was a MISS (fixed in round 81): (LOADED-CONFIG-OPERANDS): insecure accepted (got []). logrotate(8) config operands run their prerotate/postrotate scripts as root; anacron(8) -t names the anacrontab whose jobs it runs as root; both files are any user's. (systemd-tmpfiles CONFIGFILE, J5, is refused.) Where: rootReads.ts loadedOperands has no logrotate config operand and no anacron -t. Fix (general): a table of every root tool whose operand or option is a command table (logrotate FILE, anacron -t, crontab FILE, at -f, systemd-tmpfiles/sysusers FILE ...) read through one loadedOperands entry judged with plantedLoaded.
    devNodeCase(
        "J6 logrotate -f /var/tmp/ops.logrotate-rt81n",
        devNodeScript(n("j6"), ["logrotate -f /var/tmp/ops.logrotate"]),
        /./,
    ),
    // J7 anacron(8) -t file: "Use specified anacrontab, rather than the default": its jobs run as root.
    // Was a MISS (fixed in round 81): (LOADED-CONFIG-OPERANDS): insecure accepted (got []). logrotate(8) config operands run their prerotate/postrotate scripts as root; anacron(8) -t names the anacrontab whose jobs it runs as root; both files are any user's. (systemd-tmpfiles CONFIGFILE, J5, is refused.) Where: rootReads.ts loadedOperands has no logrotate config operand and no anacron -t. Fix (general): a table of every root tool whose operand or option is a command table (logrotate FILE, anacron -t, crontab FILE, at -f, systemd-tmpfiles/sysusers FILE ...) read through one loadedOperands entry judged with plantedLoaded.
    devNodeCase(
        "J7 anacron -t /dev/shm/anacrontab-rt81n",
        devNodeScript(n("j7"), ["anacron -t /dev/shm/anacrontab -S /var/spool/anacron"]),
        /./,
    ),
    // J8 systemd.exec(5) EnvironmentFile=: a root-written file with LD_PRELOAD=/tmp/x.so (the UNIT-ENVIRONMENT class).
    // Was a MISS (fixed in round 81): (UNIT-ENVIRONMENT-LOADER): insecure accepted (got []). systemd.exec(5) EnvironmentFile=: its NAME=VALUE lines are the service's environment; LD_PRELOAD=/tmp/x.so loads a /tmp library into the root service (ld.so(8)). Where: rootReads.ts RootReads.unit: EnvironmentFile's text (root wrote it) is not read for loader variables, and the non-Exec branch asks only RootReads.writable (podWritableRoot) of the key's own value. Fix (general): as I13's: read Environment= and EnvironmentFile= (its known text) as the unit's environment and judge loader variables with managerLoaderOpenings and RootReads.planted.
    devNodeCase(
        "J8 unit EnvironmentFile=/etc/ops/env (LD_PRELOAD=/tmp/x.so)-rt81n",
        devNodeScript(n("j8"), [
            ...heredocFile("/etc/ops/env", ["LD_PRELOAD=/tmp/x.so"]),
            ...systemdUnit("ops-ef", ["EnvironmentFile=/etc/ops/env", "ExecStart=/usr/bin/sleep infinity"]),
        ]),
        /./,
    ),
    // Round 81 neighbours (UNIT-ENVIRONMENT-LOADER): python(1) PYTHONPATH "Augment the default search path for module
    // files": a root unit's Environment= naming /dev/shm imports any user's module.
    devNodeCase(
        "K1 unit Environment=PYTHONPATH=/dev/shm/py ExecStart=/usr/bin/python3 -m ops-fix81",
        devNodeScript(
            n("k1"),
            systemdUnit("ops-k1", ["Environment=PYTHONPATH=/dev/shm/py", "ExecStart=/usr/bin/python3 -m ops"]),
        ),
    ),
    // systemd.exec(5) EnvironmentFile=: the file itself in /tmp is any user's (its LD_PRELOAD= line too).
    devNodeCase(
        "K2 unit EnvironmentFile=-/tmp/ops.env-fix81",
        devNodeScript(
            n("k2"),
            systemdUnit("ops-k2", ["EnvironmentFile=-/tmp/ops.env", "ExecStart=/usr/bin/sleep infinity"]),
        ),
    ),
    // Round 81 neighbours (UNIT-NAMESPACE-PATHS): systemd.exec(5) RootDirectory= of /tmp itself: the service's /usr/bin
    // is /tmp/usr/bin, which any user may create.
    devNodeCase(
        "K3 unit RootDirectory=/tmp ExecStart=/usr/bin/agent-fix81",
        devNodeScript(n("k3"), systemdUnit("ops-k3", ["RootDirectory=/tmp", "ExecStart=/usr/bin/agent"])),
    ),
    // systemd.exec(5) BindReadOnlyPaths=: read-only still shows /dev/shm/bin's files at /opt/bin, which the unit runs.
    devNodeCase(
        "K4 unit BindReadOnlyPaths=-/dev/shm/bin:/opt/bin ExecStart=/opt/bin/ops-fix81",
        devNodeScript(
            n("k4"),
            systemdUnit("ops-k4", ["BindReadOnlyPaths=-/dev/shm/bin:/opt/bin", "ExecStart=/opt/bin/ops"]),
        ),
    ),
    // Round 81 neighbours (CRON-ENV-SEARCH-PATH): crontab(5) environment lines are every job's: ld.so(8) LD_PRELOAD of a
    // /var/tmp library is loaded into root's job.
    devNodeCase(
        "K5 cron.d LD_PRELOAD=/var/tmp/x.so; root logrotate-fix81",
        devNodeScript(
            n("k5"),
            heredocFile("/etc/cron.d/ops", [
                "LD_PRELOAD=/var/tmp/x.so",
                "*/5 * * * * root logrotate /etc/logrotate.conf",
            ]),
        ),
    ),
    // Round 81 neighbours (SEARCH-PATH-NULL-ENTRY): a `.` entry is the working directory (python(1) sys.path; DISA STIG
    // GEN001605), here /var/tmp.
    devNodeCase(
        "K6 cd /var/tmp; export PYTHONPATH=/opt/ops/py:.; python3 -m ops-fix81",
        devNodeScript(n("k6"), ["cd /var/tmp", "export PYTHONPATH=/opt/ops/py:.", "python3 -m ops"]),
    ),
    // A prefix assignment (bash(1) SIMPLE COMMAND EXPANSION) of a system library directory and an empty entry: ld.so(8)
    // searches the cwd, /tmp.
    devNodeCase(
        "K7 cd /tmp; LD_LIBRARY_PATH=/usr/lib64: systemctl restart chronyd-fix81",
        devNodeScript(n("k7"), ["cd /tmp", "LD_LIBRARY_PATH=/usr/lib64: systemctl restart chronyd"]),
    ),
    // Round 81 fixer neighbours (KERNEL-HELPERS): poweroff_cmd written by its /proc/sys file (proc(5) /proc/sys is the
    // sysctl; kernel/reboot.c orderly_poweroff runs it as root).
    devNodeCase(
        "K1 echo /tmp/pw.sh > /proc/sys/kernel/poweroff_cmd-fix81",
        devNodeScript(n("k1"), ["echo /tmp/pw.sh > /proc/sys/kernel/poweroff_cmd"]),
    ),
    // K2 cgroup-v1/cgroups.rst: release_agent as a mount option, set on a remount of an existing v1 hierarchy.
    devNodeCase(
        "K2 mount -o remount,release_agent=/tmp/ra /sys/fs/cgroup/cpu-fix81",
        devNodeScript(n("k2"), ["mount -o remount,release_agent=/tmp/ra /sys/fs/cgroup/cpu"]),
    ),
    // K3 request-key.conf(5): a `|`-prefixed prog is run with pipes attached, still as root; /var/tmp is any user's.
    devNodeCase(
        "K3 /etc/request-key.d/x.conf create user * * |/var/tmp/rk %k-fix81",
        devNodeScript(n("k3"), heredocFile("/etc/request-key.d/x.conf", ["create user * * |/var/tmp/rk %k"])),
    ),
    // Round 81 fixer neighbours (PACKAGE-TRUST-SOURCES): dnf(8) --setopt of a repository's gpgkey: the key it then
    // trusts is any user's file (dnf.conf(5) gpgkey).
    devNodeCase(
        "K4 dnf --setopt=ops.gpgkey=file:///tmp/k.asc install -y ops-fix81",
        devNodeScript(n("k4"), ["dnf --setopt=ops.gpgkey=file:///tmp/k.asc install -y ops"]),
    ),
    // K5 dnf(8) --repofrompath <repo>,<path>: a repository in /var/tmp, its packages' scriptlets run as root.
    devNodeCase(
        "K5 dnf --repofrompath=ops,/var/tmp/repo install -y ops-fix81",
        devNodeScript(n("k5"), ["dnf --repofrompath=ops,/var/tmp/repo install -y ops"]),
    ),
    // K6 dnf.conf(5) repository gpgkey=file:// in /dev/shm with gpgcheck=1: the signing key itself is planted.
    devNodeCase(
        "K6 repo gpgkey=file:///dev/shm/key gpgcheck=1-fix81",
        devNodeScript(n("k6"), [
            ...heredocFile("/etc/yum.repos.d/k6.repo", [
                "[k6]",
                "baseurl=https://repo.example.com/el9",
                "gpgcheck=1",
                "gpgkey=file:///dev/shm/key",
            ]),
            "dnf install -y ops",
        ]),
    ),
    // Round 81 fixer neighbours (CLIENT-CONFIG-FLAGS): kubectl --kubeconfig=FILE (attached form) is KUBECONFIG.
    devNodeCase(
        "K7 kubectl --kubeconfig=/var/tmp/kc get pods-fix81",
        devNodeScript(n("k7"), ["kubectl --kubeconfig=/var/tmp/kc get pods"]),
    ),
    // K8 scp(1) -F ssh_config (ProxyCommand run as root); a cluster -vF reads F's value (getopt(3)).
    devNodeCase(
        "K8 scp -vF /dev/shm/cfg a.txt host:/tmp/-fix81",
        devNodeScript(n("k8"), ["scp -vF /dev/shm/cfg /etc/hostname host:/srv/"]),
    ),
    // Round 81 fixer neighbours (LOADED-CONFIG-OPERANDS): logrotate(8) with -s state FILE: the config operand is after it.
    devNodeCase(
        "K9 logrotate -s /var/lib/logrotate/status /tmp/lr.conf-fix81",
        devNodeScript(n("k9"), ["logrotate -s /var/lib/logrotate/status /tmp/lr.conf"]),
    ),
    // K10 anacron(8) -s -t FILE: serialized, still the /var/tmp anacrontab's jobs as root.
    devNodeCase("K10 anacron -s -t /var/tmp/atab-fix81", devNodeScript(n("k10"), ["anacron -s -t /var/tmp/atab"])),
    // Round 81 fixer neighbours (ALTERNATIVES-LINKS): update-alternatives(1) --slave LINK NAME PATH is a link too.
    devNodeCase(
        "K11 update-alternatives --install java ... --slave /usr/bin/javac javac /tmp/javac-fix81",
        devNodeScript(n("k11"), [
            "update-alternatives --install /usr/bin/java java /usr/lib/jvm/jre-17/bin/java 100 --slave /usr/bin/javac javac /tmp/javac",
        ]),
    ),
    // K12 alternatives(8) --set NAME PATH to a /dev/shm program.
    devNodeCase(
        "K12 alternatives --set ops /dev/shm/ops-fix81",
        devNodeScript(n("k12"), ["alternatives --set ops /dev/shm/ops"]),
    ),
    // Round 81 fixer neighbours (TOOL-OPTIONS-VARIABLES): an exported MODPROBE_OPTIONS reaches every later modprobe;
    // -d DIR (modprobe(8) "--dirname") loads modules from /tmp.
    devNodeCase(
        'K13 export MODPROBE_OPTIONS="-d /tmp/mods"; modprobe nf_conntrack-fix81',
        devNodeScript(n("k13"), ['export MODPROBE_OPTIONS="-d /tmp/mods"', "modprobe nf_conntrack"]),
    ),
];

const secure: NodeCase[] = [
    // S1 cgroup v1 release_agent naming systemd's own agent (image-owned, root-only directory).
    devNodeCase(
        "S1 echo /usr/lib/systemd/systemd-cgroups-agent > release_agent-rt81n",
        devNodeScript(n("s1"), ["echo /usr/lib/systemd/systemd-cgroups-agent > /sys/fs/cgroup/systemd/release_agent"]),
    ),
    // S2 request-key.conf(5) line naming the image's keyctl (/usr/bin, root-owned): `keyctl negate` refuses keys.
    devNodeCase(
        "S2 request-key.d negate with /usr/bin/keyctl-rt81n",
        devNodeScript(
            n("s2"),
            heredocFile("/etc/request-key.d/ops.conf", ["create user ops:* * /usr/bin/keyctl negate %k 30 %S"]),
        ),
    ),
    // S3 core(5): a pattern without | names a core FILE, no program runs.
    devNodeCase(
        "S3 sysctl -w kernel/core_pattern=core.%p-rt81n",
        devNodeScript(n("s3"), ["sysctl -w kernel/core_pattern=core.%p"]),
    ),
    // S4 systemctl set-environment of a proxy (no loader variable): TLS through CONNECT is still end to end.
    devNodeCase(
        "S4 systemctl set-environment NO_PROXY=169.254.169.254-rt81n",
        devNodeScript(n("s4"), ["systemctl set-environment NO_PROXY=169.254.169.254,localhost"]),
    ),
    // S5 LD_LIBRARY_PATH of one root-owned image directory, no empty entry (ld.so(8)).
    devNodeCase(
        "S5 cd /tmp; export LD_LIBRARY_PATH=/usr/local/lib64; systemctl restart-rt81n",
        devNodeScript(n("s5"), ["cd /tmp", "export LD_LIBRARY_PATH=/usr/local/lib64", "systemctl restart chronyd"]),
    ),
    // S6 PATH of system directories only (no null entry, bash(1)): cwd /tmp is not searched.
    devNodeCase(
        "S6 cd /tmp; PATH=/usr/local/sbin:/usr/sbin:/usr/bin; systemctl-rt81n",
        devNodeScript(n("s6"), [
            "cd /tmp",
            "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin",
            "systemctl restart chronyd",
        ]),
    ),
    // S7 systemd.exec(5) PrivateTmp=yes: "mounts private /tmp/ and /var/tmp/ directories ... not shared by processes
    // outside of the namespace": the unit's /tmp/run.sh is the copy its own ExecStartPre made, no user reaches it.
    // MISS: (PRIVATE-TMP) secure refused: the pack said "a root process run /tmp/run.sh (/etc/systemd/system/ops-pt.service: ExecStart=/bin/bash /tmp/run.sh), under /tmp, a world-writable directory". systemd.exec(5) PrivateTmp=yes "sets up a new file system namespace for the executed processes and mounts private /tmp/ and /var/tmp/ directories inside it that are not shared by processes outside of the namespace": /tmp/run.sh is the copy the unit's own ExecStartPre made in its empty private /tmp. Where: rootReads.ts RootReads.unit runs Exec lines in newContext with the host's /tmp. Fix (general): in a unit with PrivateTmp=yes, /tmp and /var/tmp start empty and root's: files the unit's own Exec lines write there are the unit's own (planted only if another Exec line opens them).
    // Still open (round 81): not cheap and safe: the Exec lines' writes and reads share the script's one view of /tmp (RootReads.written/planted); PrivateTmp=yes needs a per-unit private /tmp and /var/tmp namespace (empty, root's, the host script's files there invisible) threaded through planted(), aliasedPath() and the write records for that unit's Exec lines only.
    // Still open (round 83): not attempted (the per-unit private /tmp view above); round 83 fixed socket IP access lists
    // and rootShellLine's metadata reading in the time given.
    devNodeCase(
        "S7 unit PrivateTmp=yes; cp /opt/ops/run.sh /tmp; bash /tmp/run.sh-rt81n",
        devNodeScript(n("s7"), [
            "mkdir -p /opt/ops",
            "printf '#!/bin/sh\\nsystemctl restart chronyd\\n' > /opt/ops/run.sh",
            ...systemdUnit("ops-pt", [
                "Type=oneshot",
                "PrivateTmp=yes",
                "ExecStartPre=/usr/bin/cp /opt/ops/run.sh /tmp/run.sh",
                "ExecStart=/bin/bash /tmp/run.sh",
            ]),
        ]),
        /./,
        MISS,
    ),
    // S8 ldconfig(8) of a root-owned image directory.
    devNodeCase("S8 ldconfig /usr/local/lib64-rt81n", devNodeScript(n("s8"), ["ldconfig /usr/local/lib64"])),
    // S9 dnf --setopt of a harmless option.
    devNodeCase(
        "S9 dnf --setopt=install_weak_deps=False install -y jq-rt81n",
        devNodeScript(n("s9"), ["dnf --setopt=install_weak_deps=False install -y jq"]),
    ),
    // S10 rpm --import of the image's own Amazon Linux key (/etc/pki/rpm-gpg, root-owned).
    devNodeCase(
        "S10 rpm --import /etc/pki/rpm-gpg/RPM-GPG-KEY-amazon-linux-2023-rt81n",
        devNodeScript(n("s10"), ["rpm --import /etc/pki/rpm-gpg/RPM-GPG-KEY-amazon-linux-2023"]),
    ),
    // S11 MODPROBE_OPTIONS of a flag only (-q, modprobe(8)).
    devNodeCase(
        "S11 MODPROBE_OPTIONS=-q modprobe br_netfilter-rt81n",
        devNodeScript(n("s11"), ["MODPROBE_OPTIONS=-q modprobe br_netfilter"]),
    ),
    // S12 alternatives --set to an image program (/usr/bin, root-owned).
    devNodeCase(
        "S12 alternatives --set python3 /usr/bin/python3.11-rt81n",
        devNodeScript(n("s12"), ["alternatives --set python3 /usr/bin/python3.11"]),
    ),
    // S13 crontab(5) PATH of system directories only.
    devNodeCase(
        "S13 cron.d PATH=/usr/sbin:/usr/bin; root logrotate-rt81n",
        devNodeScript(
            n("s13"),
            heredocFile("/etc/cron.d/ops", [
                "PATH=/usr/sbin:/usr/bin",
                "*/5 * * * * root logrotate /etc/logrotate.conf",
            ]),
        ),
    ),
    // S14 /run/sysctl.d of a plain setting (sysctl.d(5)).
    devNodeCase(
        "S14 /run/sysctl.d vm.max_map_count; sysctl --system-rt81n",
        devNodeScript(n("s14"), [
            ...heredocFile("/run/sysctl.d/50-ops.conf", ["vm.max_map_count = 262144"]),
            "sysctl --system",
        ]),
    ),
    // S15 AWS CLI config written by root with known text (region only), in a root-made 0755 directory.
    devNodeCase(
        "S15 AWS_CONFIG_FILE=/etc/ops/aws (written) aws sts get-caller-identity-rt81n",
        devNodeScript(n("s15"), [
            ...heredocFile("/etc/ops/aws", ["[default]", "region = eu-west-1"]),
            "AWS_CONFIG_FILE=/etc/ops/aws aws sts get-caller-identity",
        ]),
    ),
    // T1 systemd.exec(5) ExecSearchPath= of root-owned system directories only.
    devNodeCase(
        "T1 unit ExecSearchPath=/usr/local/bin:/usr/bin ExecStart=sleep infinity-rt81n",
        devNodeScript(
            n("t1"),
            systemdUnit("ops-t1", ["ExecSearchPath=/usr/local/bin:/usr/bin", "ExecStart=sleep infinity"]),
        ),
    ),
    // T2 systemd.exec(5) BindReadOnlyPaths= of a root directory onto itself: nothing planted.
    devNodeCase(
        "T2 unit BindReadOnlyPaths=/etc/ops ExecStart=/usr/bin/sleep-rt81n",
        devNodeScript(n("t2"), [
            "mkdir -p /etc/ops",
            ...systemdUnit("ops-t2", ["BindReadOnlyPaths=/etc/ops", "ExecStart=/usr/bin/sleep infinity"]),
        ]),
    ),
    // T3 systemd-tmpfiles(8) of a config root wrote (a 0755 root directory).
    devNodeCase(
        "T3 systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf (written d 0755)-rt81n",
        devNodeScript(n("t3"), [
            ...heredocFile("/etc/tmpfiles.d/ops.conf", ["d /run/ops 0755 root root -"]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/ops.conf",
        ]),
    ),
    // T4 logrotate(8) of a config root wrote, without scripts.
    devNodeCase(
        "T4 logrotate -f /etc/logrotate.d/ops (written, no scripts)-rt81n",
        devNodeScript(n("t4"), [
            ...heredocFile("/etc/logrotate.d/ops", [
                "/var/log/ops/*.log {",
                "  daily",
                "  rotate 7",
                "  compress",
                "}",
            ]),
            "logrotate -f /etc/logrotate.d/ops",
        ]),
    ),
    // Round 81 fixer neighbours, secure: poweroff_cmd naming the image's poweroff (/usr/sbin, root-owned).
    devNodeCase(
        "L1 sysctl -w kernel.poweroff_cmd=/usr/sbin/poweroff-fix81",
        devNodeScript(n("l1"), ["sysctl -w kernel.poweroff_cmd=/usr/sbin/poweroff"]),
    ),
    // L2 cgroup v1 mount with release_agent= of systemd's own agent (image-owned).
    devNodeCase(
        "L2 mount -t cgroup -o none,name=sd,release_agent=/usr/lib/systemd/systemd-cgroups-agent-fix81",
        devNodeScript(n("l2"), [
            "mkdir -p /mnt/sd",
            "mount -t cgroup -o none,name=sd,release_agent=/usr/lib/systemd/systemd-cgroups-agent cgroup /mnt/sd",
        ]),
    ),
    // L3 a repository over https with the image's key (/etc/pki/rpm-gpg, root-owned): nothing planted.
    devNodeCase(
        "L3 repo baseurl=https gpgkey=file:///etc/pki/rpm-gpg/...-fix81",
        devNodeScript(n("l3"), [
            ...heredocFile("/etc/yum.repos.d/l3.repo", [
                "[l3]",
                "baseurl=https://repo.example.com/el9",
                "gpgcheck=1",
                "gpgkey=file:///etc/pki/rpm-gpg/RPM-GPG-KEY-amazon-linux-2023",
            ]),
            "dnf install -y ops",
        ]),
    ),
    // L4 kubectl --kubeconfig of the kubelet's root-owned kubeconfig.
    devNodeCase(
        "L4 kubectl --kubeconfig /var/lib/kubelet/kubeconfig get nodes-fix81",
        devNodeScript(n("l4"), ["kubectl --kubeconfig /var/lib/kubelet/kubeconfig get nodes"]),
    ),
    // L5 logrotate(8) of the image's /etc/logrotate.conf with its -s state file (a value, no configuration).
    // (anacron -t /etc/anacrontab is refused by the existing unread-program rule: anacron is no program the pack reads.)
    devNodeCase(
        "L5 logrotate -s /var/lib/logrotate/status /etc/logrotate.conf-fix81",
        devNodeScript(n("l5"), ["logrotate -s /var/lib/logrotate/status /etc/logrotate.conf"]),
    ),
    // L6 alternatives --install of an image program (/usr/bin, root-owned).
    devNodeCase(
        "L6 alternatives --install /usr/bin/python python /usr/bin/python3.11 1-fix81",
        devNodeScript(n("l6"), ["alternatives --install /usr/bin/python python /usr/bin/python3.11 1"]),
    ),
    // L7 MODPROBE_OPTIONS naming a root-owned configuration directory (/etc/modprobe.d, modprobe(8) -C).
    devNodeCase(
        "L7 MODPROBE_OPTIONS='-C /etc/modprobe.d' modprobe br_netfilter-fix81",
        devNodeScript(n("l7"), ["MODPROBE_OPTIONS='-C /etc/modprobe.d' modprobe br_netfilter"]),
    ),
    // Round 81 neighbours (UNIT-ENVIRONMENT-LOADER): a root unit's Environment= of a root-owned system library
    // directory (ld.so(8)), and an EnvironmentFile= root wrote without loader variables (systemd.exec(5)).
    devNodeCase(
        "U1 unit Environment=LD_LIBRARY_PATH=/usr/local/lib64-fix81",
        devNodeScript(
            n("u1"),
            systemdUnit("ops-u1", [
                "Environment=LD_LIBRARY_PATH=/usr/local/lib64",
                "ExecStart=/usr/bin/sleep infinity",
            ]),
        ),
    ),
    devNodeCase(
        "U2 unit EnvironmentFile=/etc/ops/env (NO_PROXY=169.254.169.254)-fix81",
        devNodeScript(n("u2"), [
            ...heredocFile("/etc/ops/env", ["NO_PROXY=169.254.169.254"]),
            ...systemdUnit("ops-u2", ["EnvironmentFile=/etc/ops/env", "ExecStart=/usr/bin/sleep infinity"]),
        ]),
    ),
    // Round 81 neighbours (UNIT-NAMESPACE-PATHS): systemd.exec(5) RootDirectory= of a root-made directory outside the
    // world-writable ones.
    devNodeCase(
        "U3 unit RootDirectory=/opt/ops-root ExecStart=/usr/bin/agent-fix81",
        devNodeScript(n("u3"), [
            "mkdir -p /opt/ops-root",
            ...systemdUnit("ops-u3", ["RootDirectory=/opt/ops-root", "ExecStart=/usr/bin/agent"]),
        ]),
    ),
    // Round 81 neighbours (CRON-ENV-SEARCH-PATH, SEARCH-PATH-NULL-ENTRY): crontab(5) SHELL=/MAILTO= lines load nothing
    // from /tmp; a PYTHONPATH of a root-owned directory only, no empty entry, in cwd /tmp (python(1)).
    devNodeCase(
        "U4 cron.d SHELL=/bin/bash MAILTO=root; root logrotate-fix81",
        devNodeScript(
            n("u4"),
            heredocFile("/etc/cron.d/ops", [
                "SHELL=/bin/bash",
                "MAILTO=root",
                "*/5 * * * * root logrotate /etc/logrotate.conf",
            ]),
        ),
    ),
    devNodeCase(
        "U5 cd /tmp; export PYTHONPATH=/usr/lib/python3.9/site-packages; systemctl restart chronyd-fix81",
        devNodeScript(n("u5"), [
            "cd /tmp",
            "export PYTHONPATH=/usr/lib/python3.9/site-packages",
            "systemctl restart chronyd",
        ]),
    ),
];

describeNodeCases("red team round 81: node", insecure, secure);
