// Red-team round 87 (python, fresh eyes) on EKS NODE user data (AL2023: python3.9): root Python programs.
// Probed the neighbours of round 86's Python fixes (pythonCode.ts / commandServers.ts pythonProgramCommandLines, the
// programCommands hook; kernelSettings.ts loweredProtections / setsKernelHelper; /etc subdirectories and NAME.d; stdout=
// open(PATH); pip --proxy): other runners (shell=True, asyncio create_subprocess_exec/_shell, os.execvp, os.spawnlp,
// os.posix_spawnp, pty.spawn, os.popen, subprocess.getoutput, f-string and variable-built commands, shlex.split,
// sh -c / nsenter wrappers in argv) lowering every KERNEL_PROTECTIONS sysctl or opening /opt/cni/bin; sysctl -p of a
// program-written file; mount --bind / -o bind from argv and os.system; other writers (Path.write_bytes, os.replace,
// os.rename, os.symlink, Path.symlink_to, shutil.copyfile/move/copytree, open modes x and r+, os.open O_APPEND);
// loads (sys.path of /var/tmp, ctypes.CDLL of /tmp, importlib spec_from_file_location, runpy.run_path of a file or a
// directory, imp.load_source, SourceFileLoader, exec(open()), a .pth in site-packages); pip/venv (--trusted-host,
// venv pip --extra-index-url http://, venvs in /tmp and /var/tmp, git+http://, --find-links /tmp, pip from argv);
// secure twins (harmless sysctls by every runner, raised protections, chmod 0755 / go-w / chown root by argv,
// remount ro, atomic os.replace in its own state, copyfile into /var/log, open 'x', libc by soname, own venv in /opt,
// --require-hashes, own runpy/sys.path files, import_module of a literal stdlib name).
// Misses (9 insecure accepted, 2 secure refused), by class (dev-py87-NAME-rt87p):
// - MOUNT-PLANTED-OVER-ROOT-DIR (4 insecure): mount-bind-cni-argv, mount-o-bind-argv, os-system-mount-bind,
//   shell-mount-bind-cni (the shell line too): got []; rootReads.ts mountShowsPlanted/plantedBind never ask the
//   root-read directory table for the target. Fix: a mount showing a planted tree at/above a root-read or program
//   directory is that directory opened.
// - RUN-PATH-UNWRITTEN-FILE (3 insecure): spec-from-file, runpy-tmp, runpy-dir-var-tmp: got []; pythonCode.ts
//   pythonImportPass skips a literal run_path/spec_from_file_location path user data did not write. Fix: unread file.
// - VENV-IN-STICKY-DIR (2 insecure): venv-var-tmp, venv-tmp: got []; RootReads.planted trusts a fixed name made by a
//   reusing maker in a world-writable directory. Fix: only a making that fails on an existing name is the script's.
// - CTYPES-ALWAYS-DYNAMIC (1 secure): ctypes-libc: PYTHON_DYNAMIC names all of ctypes. Fix: soname + harmless calls.
// - PY-LITERAL-WRITE-UNKNOWN-TO-LOADERS (1 secure): sysctl-p-own-safe: a literal Python write is unknown content for
//   sysctl -p. Fix: carry literal write text as known content.
// Held: 37 of 46 insecure refused; 17 of 19 secure clean.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";

const dev = devNodeCase;

/** What a refusal names (as round 86's file). */
const REFUSED =
    /serv|8001|9000|8080|kubernetes|tune\.py|srv|mnt|unread|not read|writes|cron|program|PYTHON|shell|run|pip|index|import|json|helper|plugin|command|sysctl|module|code|config|listen|kernel|0\.0\.0\.0|load|librar|trust/;

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
    // ===== A. other ways Python runs a command (round 86's programCommands hook) =====
    // subprocess docs "Security Considerations": shell=True runs the string through /bin/sh; proc(5) fs.suid_dumpable
    // 1 dumps set-user-ID processes' memory as the user's file (a pod's user reads root's credentials).
    dev(
        "tune.py: subprocess.run('sysctl -w fs.suid_dumpable=1', shell=True)",
        tune("dev-py87-shell-true-suid-rt87p", [
            "import subprocess",
            'subprocess.run("sysctl -w fs.suid_dumpable=1", shell=True, check=True)',
        ]),
        REFUSED,
    ),
    // asyncio docs "Subprocesses" create_subprocess_exec(program, *args): the argv, no shell. Yama docs
    // ptrace_scope 0: any process may ptrace any other of its uid (a pod's process reads a sibling's secrets).
    dev(
        "tune.py: asyncio.create_subprocess_exec('sysctl', '-w', 'kernel.yama.ptrace_scope=0')",
        tune("dev-py87-asyncio-exec-ptrace-rt87p", [
            "import asyncio",
            "async def main():",
            '    p = await asyncio.create_subprocess_exec("sysctl", "-w", "kernel.yama.ptrace_scope=0")',
            "    await p.wait()",
            "asyncio.run(main())",
        ]),
        REFUSED,
    ),
    // asyncio docs create_subprocess_shell(cmd): "Run the cmd shell command"; kptr_restrict 0 shows kernel addresses
    // to every user (KASLR defeated for a pod's kernel exploit).
    dev(
        "tune.py: asyncio.create_subprocess_shell('sysctl -w kernel.kptr_restrict=0')",
        tune("dev-py87-asyncio-shell-kptr-rt87p", [
            "import asyncio",
            "async def main():",
            '    p = await asyncio.create_subprocess_shell("sysctl -w kernel.kptr_restrict=0")',
            "    await p.wait()",
            "asyncio.run(main())",
        ]),
        REFUSED,
    ),
    // os docs os.execvp(file, args): "execute a new program, replacing the current process"; hardlinks protection 0
    // lets a user link root-owned files into places root writes (symlink/hardlink races).
    dev(
        "tune.py: os.execvp('sysctl', ['sysctl', '-w', 'fs.protected_hardlinks=0'])",
        tune("dev-py87-execvp-hardlinks-rt87p", [
            "import os",
            'os.execvp("sysctl", ["sysctl", "-w", "fs.protected_hardlinks=0"])',
        ]),
        REFUSED,
    ),
    // os docs os.spawnlp(mode, file, ...): runs file with the arguments; chmod 777 /opt/cni/bin lets any node user
    // replace the CNI plugins the kubelet/containerd run as root (Kubernetes docs "Network Plugins").
    dev(
        "tune.py: os.spawnlp(os.P_WAIT, 'chmod', 'chmod', '777', '/opt/cni/bin')",
        tune("dev-py87-spawnlp-chmod-cni-rt87p", [
            "import os",
            'os.spawnlp(os.P_WAIT, "chmod", "chmod", "777", "/opt/cni/bin")',
        ]),
        REFUSED,
    ),
    // os docs os.posix_spawnp(path, argv, env): the same opening through posix_spawn.
    dev(
        "tune.py: os.posix_spawnp('chmod', ['chmod', '0777', '/opt/cni/bin'], os.environ)",
        tune("dev-py87-posix-spawnp-chmod-rt87p", [
            "import os",
            'pid = os.posix_spawnp("chmod", ["chmod", "0777", "/opt/cni/bin"], os.environ)',
            "os.waitpid(pid, 0)",
        ]),
        REFUSED,
    ),
    // pty docs pty.spawn(argv): "Spawn a process, and connect its controlling terminal with the current process's
    // standard io"; randomize_va_space 0 turns ASLR off for every process.
    dev(
        "tune.py: pty.spawn(['sysctl', '-w', 'kernel.randomize_va_space=0'])",
        tune("dev-py87-pty-spawn-aslr-rt87p", [
            "import pty",
            'pty.spawn(["sysctl", "-w", "kernel.randomize_va_space=0"])',
        ]),
        REFUSED,
    ),
    // An f-string command (Python reference "Formatted string literals") from a variable: the same sysctl of
    // dmesg_restrict 0 (kernel log, with addresses, readable by every user).
    dev(
        "tune.py: key='kernel.dmesg_restrict'; os.system(f'sysctl -w {key}=0')",
        tune("dev-py87-fstring-os-system-rt87p", [
            "import os",
            'key = "kernel.dmesg_restrict"',
            'os.system(f"sysctl -w {key}=0")',
        ]),
        REFUSED,
    ),
    // A list argv built from a variable (`cmd = [...]`; subprocess.run(cmd)).
    dev(
        "tune.py: cmd = ['sysctl', '-w', 'kernel.unprivileged_bpf_disabled=0']; subprocess.run(cmd)",
        tune("dev-py87-argv-variable-bpf-rt87p", [
            "import subprocess",
            'cmd = ["sysctl", "-w", "kernel.unprivileged_bpf_disabled=0"]',
            "subprocess.run(cmd, check=True)",
        ]),
        REFUSED,
    ),
    // shlex docs shlex.split: literal words; chown of the CNI config directory to uid 1000 (conflists name the plugins).
    dev(
        "tune.py: subprocess.check_call(shlex.split('chown 1000:1000 /etc/cni/net.d'))",
        tune("dev-py87-shlex-chown-netd-rt87p", [
            "import shlex, subprocess",
            'subprocess.check_call(shlex.split("chown 1000:1000 /etc/cni/net.d"))',
        ]),
        REFUSED,
    ),
    // sh(1) -c: argv naming a shell with a literal line (protected_regular 0: O_CREAT opens of others' files in
    // sticky dirs, /tmp spoofing of root's files).
    dev(
        "tune.py: subprocess.run(['sh', '-c', 'sysctl -w fs.protected_regular=0'])",
        tune("dev-py87-sh-c-argv-regular-rt87p", [
            "import subprocess",
            'subprocess.run(["sh", "-c", "sysctl -w fs.protected_regular=0"], check=True)',
        ]),
        REFUSED,
    ),
    // sudo(8) / nsenter(1) as wrappers of the same judged line: vm.mmap_min_addr 0 lets a user map page zero (kernel
    // NULL-dereference exploits).
    dev(
        "tune.py: subprocess.run(['nsenter', '-t', '1', '-m', '--', 'sysctl', '-w', 'vm.mmap_min_addr=0'])",
        tune("dev-py87-nsenter-mmap-min-rt87p", [
            "import subprocess",
            'subprocess.run(["nsenter", "-t", "1", "-m", "--", "sysctl", "-w", "vm.mmap_min_addr=0"], check=True)',
        ]),
        REFUSED,
    ),
    // mount(8) --bind of /var/tmp/bin (a name in the world-writable sticky /var/tmp any user may have made first, FHS
    // "/var/tmp") over /opt/cni/bin: the CNI plugins the kubelet/containerd run as root are that user's.
    // Was a MISS (fixed in round 87): (MOUNT-PLANTED-OVER-ROOT-DIR) insecure accepted (got []). rootReads.ts
    // mountShowsPlanted / plantedBind (round 86) record the target as bound to the planted tree and ask
    // judge.written(target, undefined, ...), but a directory target the script itself never reads again (/opt/cni/bin,
    // read by the kubelet/containerd for every sandbox; /usr/local/bin, first in root's PATH) refuses nothing: the
    // round-85 root-read directory table (rootReadDirectory, used by rootReadDirectoryOpened for chmod/chown/setfacl)
    // is not asked for a mount. The same line in user data is accepted too (dev-py87-shell-mount-bind-cni-rt87p), so
    // the miss is the shell reader's. Fix (class): a mount showing a planted tree (bind, rbind, move, overlay layer,
    // loop image) at or above a root-read directory or a program directory (rootReadDirectory, PATH entries,
    // /opt/cni/bin ...) is that directory opened: refuse it as rootReadDirectoryOpened does.
    dev(
        "tune.py: subprocess mount --bind /var/tmp/bin /opt/cni/bin",
        tune("dev-py87-mount-bind-cni-argv-rt87p", [
            "import subprocess",
            'subprocess.run(["mount", "--bind", "/var/tmp/bin", "/opt/cni/bin"], check=True)',
        ]),
        REFUSED,
    ),
    // sysctl(8) -p FILE: loads a file the program wrote (its content lowers fs.protected_symlinks).
    dev(
        "tune.py writes /var/lib/ops/99.conf (protected_symlinks=0) and runs sysctl -p it",
        tune("dev-py87-sysctl-p-own-file-rt87p", [
            "import subprocess",
            'with open("/var/lib/ops/99.conf", "w") as f:',
            '    f.write("fs.protected_symlinks = 0\\n")',
            'subprocess.run(["sysctl", "-p", "/var/lib/ops/99.conf"], check=True)',
        ]),
        REFUSED,
    ),
    // os.popen docs: "Open a pipe to or from command cmd" (run by the shell).
    dev(
        "tune.py: os.popen('sysctl -w vm.unprivileged_userfaultfd=1').read()",
        tune("dev-py87-popen-userfaultfd-rt87p", [
            "import os",
            'os.popen("sysctl -w vm.unprivileged_userfaultfd=1").read()',
        ]),
        REFUSED,
    ),
    // subprocess.getoutput(cmd): "Return output (stdout and stderr) of executing cmd in a shell".
    dev(
        "tune.py: subprocess.getoutput('setfacl -m u:1000:rwx /opt/cni/bin')",
        tune("dev-py87-getoutput-setfacl-rt87p", [
            "import subprocess",
            'subprocess.getoutput("setfacl -m u:1000:rwx /opt/cni/bin")',
        ]),
        REFUSED,
    ),
    // ===== B. other ways Python writes a root-read file =====
    // pathlib docs Path.write_bytes: a crontab(5) line in /etc/cron.d run as root by crond.
    dev(
        "tune.py: Path('/etc/cron.d/ops').write_bytes(line)",
        tune("dev-py87-write-bytes-cron-rt87p", [
            "from pathlib import Path",
            `Path("/etc/cron.d/ops").write_bytes(${JSON.stringify(CRON_LINE + "\n")}.encode())`,
        ]),
        REFUSED,
    ),
    // os docs os.replace(src, dst): the program's data file moved into /etc/cron.d (the atomic-write idiom, wrong place).
    dev(
        "tune.py writes /var/lib/ops/cron and os.replace()s it to /etc/cron.d/ops",
        tune("dev-py87-os-replace-cron-rt87p", [
            "import os",
            'with open("/var/lib/ops/cron", "w") as f:',
            `    f.write(${JSON.stringify(CRON_LINE + "\n")})`,
            'os.replace("/var/lib/ops/cron", "/etc/cron.d/ops")',
        ]),
        REFUSED,
    ),
    // os.rename(src, dst) into systemd's unit path (systemd.unit(5) "Unit File Load Path" /etc/systemd/system).
    dev(
        "tune.py: os.rename('/var/lib/ops/ops.service', '/etc/systemd/system/ops.service')",
        tune("dev-py87-os-rename-unit-rt87p", [
            "import os",
            'with open("/var/lib/ops/ops.service", "w") as f:',
            `    f.write(${JSON.stringify(`[Service]\nExecStart=/bin/sh -c '${SHELL_LINE}'\n[Install]\nWantedBy=multi-user.target\n`)})`,
            'os.rename("/var/lib/ops/ops.service", "/etc/systemd/system/ops.service")',
        ]),
        REFUSED,
    ),
    // os.symlink(src, dst): /etc/profile.d/ops.sh pointing at the program's data (sourced by root's login shells).
    dev(
        "tune.py: os.symlink('/var/lib/ops/env.sh', '/etc/profile.d/ops.sh')",
        tune("dev-py87-os-symlink-profile-rt87p", [
            "import os",
            'with open("/var/lib/ops/env.sh", "w") as f:',
            `    f.write(${JSON.stringify(SHELL_LINE + " &\n")})`,
            'os.symlink("/var/lib/ops/env.sh", "/etc/profile.d/ops.sh")',
        ]),
        REFUSED,
    ),
    // pathlib docs Path.symlink_to(target): "Make this path a symbolic link pointing to target" (a link in cron.d to a
    // /var/tmp file any user writes).
    dev(
        "tune.py: Path('/etc/cron.d/ops').symlink_to('/var/tmp/ops.cron')",
        tune("dev-py87-symlink-to-cron-rt87p", [
            "from pathlib import Path",
            'Path("/etc/cron.d/ops").symlink_to("/var/tmp/ops.cron")',
        ]),
        REFUSED,
    ),
    // shutil docs copyfile(src, dst) / move(src, dst) into sudoers.d (sudoers(5) #includedir).
    dev(
        "tune.py: shutil.copyfile('/var/lib/ops/sudo', '/etc/sudoers.d/ops')",
        tune("dev-py87-copyfile-sudoers-rt87p", [
            "import shutil",
            'with open("/var/lib/ops/sudo", "w") as f:',
            '    f.write("ec2-user ALL=(ALL) NOPASSWD: ALL\\n")',
            'shutil.copyfile("/var/lib/ops/sudo", "/etc/sudoers.d/ops")',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: shutil.move('/var/lib/ops/ops.conf', '/etc/modprobe.d/ops.conf')",
        tune("dev-py87-shutil-move-modprobe-rt87p", [
            "import shutil",
            'with open("/var/lib/ops/ops.conf", "w") as f:',
            "    f.write(\"install dummy /bin/sh -c 'cd /etc/kubernetes && python3 -m http.server 8001'\\n\")",
            'shutil.move("/var/lib/ops/ops.conf", "/etc/modprobe.d/ops.conf")',
        ]),
        REFUSED,
    ),
    // shutil docs copytree(src, dst, dirs_exist_ok=True): a tree of units copied into /etc/systemd/system.
    dev(
        "tune.py: shutil.copytree('/var/lib/ops/units', '/etc/systemd/system', dirs_exist_ok=True)",
        tune("dev-py87-copytree-units-rt87p", [
            "import shutil",
            'shutil.copytree("/var/lib/ops/units", "/etc/systemd/system", dirs_exist_ok=True)',
        ]),
        REFUSED,
    ),
    // open() mode "x" (exclusive creation: Python docs "open": "open for exclusive creation") and "r+" (update) write too.
    dev(
        "tune.py: open('/etc/cron.d/ops', 'x').write(line)",
        tune("dev-py87-open-x-cron-rt87p", [`open("/etc/cron.d/ops", "x").write(${JSON.stringify(CRON_LINE + "\n")})`]),
        REFUSED,
    ),
    dev(
        "tune.py: open('/etc/crontab', 'r+') seek end and write",
        tune("dev-py87-open-rplus-crontab-rt87p", [
            'with open("/etc/crontab", "r+") as f:',
            "    f.seek(0, 2)",
            `    f.write(${JSON.stringify(CRON_LINE + "\n")})`,
        ]),
        REFUSED,
    ),
    // os.open flags O_WRONLY|O_CREAT|O_APPEND of /etc/profile.d.
    dev(
        "tune.py: os.open('/etc/profile.d/ops.sh', O_WRONLY|O_CREAT|O_APPEND)",
        tune("dev-py87-os-open-append-profile-rt87p", [
            "import os",
            'fd = os.open("/etc/profile.d/ops.sh", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)',
            `os.write(fd, ${JSON.stringify(SHELL_LINE + " &\n")}.encode())`,
        ]),
        REFUSED,
    ),
    // ===== C. what a root program loads =====
    // sys docs sys.path: "A list of strings that specifies the search path for modules"; /var/tmp is world-writable
    // (FHS), so any node user plants ops_helper.py run as root.
    dev(
        "tune.py: sys.path.insert(0, '/var/tmp/ops'); import ops_helper",
        tune("dev-py87-sys-path-var-tmp-rt87p", [
            "import sys",
            'sys.path.insert(0, "/var/tmp/ops")',
            "import ops_helper",
        ]),
        REFUSED,
    ),
    // ctypes docs CDLL(name): loads the shared library (its constructors run as root) from /tmp.
    dev(
        "tune.py: ctypes.CDLL('/tmp/libops.so')",
        tune("dev-py87-ctypes-tmp-rt87p", ["import ctypes", 'ctypes.CDLL("/tmp/libops.so")']),
        REFUSED,
    ),
    // importlib docs "Importing a source file directly": spec_from_file_location + exec_module runs that file.
    // Was a MISS (fixed in round 87): (RUN-PATH-UNWRITTEN-FILE) insecure accepted (got []). pythonCode.ts
    // pythonImportPass reads runpy.run_path(PATH) / importlib.util.spec_from_file_location(NAME, PATH) of a literal
    // absolute path as files of the program only when user data wrote them: `readConfig(run, ...)` undefined makes it
    // `continue`, so a file user data never wrote (here in world-writable /tmp, /var/tmp) is neither read nor pushed as
    // unread ({ text: null }), while imp.load_source, SourceFileLoader(...).load_module() and
    // sys.path.insert('/var/tmp/..') are refused. Fix (class): a literal path a loader runs that user data did not
    // write is an unread program file (text: null, or at least RootReads.planted's judgment: a world-writable
    // directory's file any local user may create).
    dev(
        "tune.py: importlib.util.spec_from_file_location('p', '/var/tmp/p.py') + exec_module",
        tune("dev-py87-spec-from-file-rt87p", [
            "import importlib.util",
            'spec = importlib.util.spec_from_file_location("p", "/var/tmp/p.py")',
            "m = importlib.util.module_from_spec(spec)",
            "spec.loader.exec_module(m)",
        ]),
        REFUSED,
    ),
    // runpy docs run_path(path): "Execute the code at the named filesystem location".
    // Was a MISS (fixed in round 87): (RUN-PATH-UNWRITTEN-FILE) insecure accepted (got []). pythonCode.ts
    // pythonImportPass reads runpy.run_path(PATH) / importlib.util.spec_from_file_location(NAME, PATH) of a literal
    // absolute path as files of the program only when user data wrote them: `readConfig(run, ...)` undefined makes it
    // `continue`, so a file user data never wrote (here in world-writable /tmp, /var/tmp) is neither read nor pushed as
    // unread ({ text: null }), while imp.load_source, SourceFileLoader(...).load_module() and
    // sys.path.insert('/var/tmp/..') are refused. Fix (class): a literal path a loader runs that user data did not
    // write is an unread program file (text: null, or at least RootReads.planted's judgment: a world-writable
    // directory's file any local user may create).
    dev(
        "tune.py: runpy.run_path('/tmp/ops.py')",
        tune("dev-py87-runpy-tmp-rt87p", ["import runpy", 'runpy.run_path("/tmp/ops.py")']),
        REFUSED,
    ),
    // site docs: .pth files in site-packages are read at every interpreter start ("Lines starting with import ...
    // are executed"): a program-written .pth runs for every root python.
    dev(
        "tune.py writes /usr/lib/python3.9/site-packages/ops.pth (import line)",
        tune("dev-py87-pth-site-packages-rt87p", [
            'with open("/usr/local/lib/python3.9/site-packages/ops.pth", "w") as f:',
            "    f.write(\"import os; os.system('cd /etc/kubernetes && python3 -m http.server 8001 &')\\n\")",
        ]),
        REFUSED,
    ),
    // ===== D. pip / venv =====
    // pip docs --trusted-host: "Mark this host or host:port pair as trusted, even though it does not have valid or
    // any HTTPS": the index's wheels served by whoever is on the path.
    dev(
        "pip3 install --trusted-host pypi.ops.internal -i https://pypi.ops.internal/simple tenacity; import",
        thenImport("dev-py87-trusted-host-https-rt87p", [
            "pip3 install --trusted-host pypi.ops.internal -i https://pypi.ops.internal/simple tenacity",
        ]),
        REFUSED,
    ),
    // venv docs: a venv's pip is pip: an http:// extra index in the venv, then the venv's python imports from it.
    dev(
        "python3 -m venv /opt/ops/venv; venv pip --extra-index-url http://; venv python imports",
        sh("dev-py87-venv-http-extra-index-rt87p", [
            "python3 -m venv /opt/ops/venv",
            "/opt/ops/venv/bin/pip install --extra-index-url http://pypi.ops.internal/simple tenacity",
            ...heredocFile("/opt/ops/run.py", ["import tenacity", "print(tenacity.__name__)"]),
            "/opt/ops/venv/bin/python /opt/ops/run.py",
        ]),
        REFUSED,
    ),
    // A venv in /var/tmp (world-writable, FHS): any user replaces its site-packages before root's run.
    // Was a MISS (fixed in round 87): (VENV-IN-STICKY-DIR) insecure accepted (got []). Python docs "venv" ("Creating
    // virtual environments"): "If an existing directory is specified, it will be re-used"; sticky(7)/FHS /tmp,
    // /var/tmp: any local user may create /var/tmp/venv (or /tmp/venv) first and owns it, so can replace bin/python or
    // site-packages after root's venv writes there. rootReads.ts RootReads.planted: "A file the script wrote there is
    // judged by what it wrote": a tree made at a FIXED name in a world-writable directory by a maker that reuses an
    // existing one (venv, mkdir -p, pip --target) is trusted as the script's own. Fix (class): a fixed name made in a
    // world-writable directory is the script's only when its making fails on an existing name (mkdir without -p, mktemp
    // -d, a private parent); otherwise what runs or loads from it is planted.
    dev(
        "python3 -m venv /var/tmp/venv; /var/tmp/venv/bin/pip install tenacity; venv python imports",
        sh("dev-py87-venv-var-tmp-rt87p", [
            "python3 -m venv /var/tmp/venv",
            "/var/tmp/venv/bin/pip install tenacity",
            ...heredocFile("/opt/ops/run.py", ["import tenacity", "print(tenacity.__name__)"]),
            "/var/tmp/venv/bin/python /opt/ops/run.py",
        ]),
        REFUSED,
    ),
    // pip docs "VCS Support": git+http:// (no TLS) source.
    dev(
        "pip3 install git+http://git.ops.internal/tenacity.git; import",
        thenImport("dev-py87-pip-git-http-rt87p", ["pip3 install git+http://git.ops.internal/tenacity.git"]),
        REFUSED,
    ),
    // pip --find-links /tmp/wheels --no-index: wheels from a world-writable directory.
    dev(
        "pip3 install --no-index --find-links /tmp/wheels tenacity; import",
        thenImport("dev-py87-find-links-tmp-rt87p", ["pip3 install --no-index --find-links /tmp/wheels tenacity"]),
        REFUSED,
    ),
    // pip from Python: subprocess [sys.executable, -m, pip, install, -i, http://...].
    dev(
        "tune.py: subprocess.run(['python3', '-m', 'pip', 'install', '-i', 'http://...', 'tenacity']); import",
        sh("dev-py87-pip-argv-http-rt87p", [
            ...heredocFile("/opt/ops/tune.py", [
                "import subprocess",
                'subprocess.run(["python3", "-m", "pip", "install", "-i", "http://pypi.ops.internal/simple", "tenacity"], check=True)',
            ]),
            "python3 /opt/ops/tune.py",
            ...heredocFile("/opt/ops/run.py", ["import tenacity", "print(tenacity.__name__)"]),
            "python3 /opt/ops/run.py",
        ]),
        REFUSED,
    ),
    // ===== batch 2: depth =====
    // Was a MISS (fixed in round 87): (MOUNT-PLANTED-OVER-ROOT-DIR) insecure accepted (got []): the shell line itself;
    // see dev-py87-mount-bind-cni-argv-rt87p (rootReads.ts mountShowsPlanted/plantedBind; fix there).
    dev(
        "user data: mount --bind /var/tmp/bin /opt/cni/bin (shell)",
        sh("dev-py87-shell-mount-bind-cni-rt87p", ["mount --bind /var/tmp/bin /opt/cni/bin"]),
        REFUSED,
    ),
    // mount(8) -o bind (the option form) and os.system of the same mount.
    // Was a MISS (fixed in round 87): (MOUNT-PLANTED-OVER-ROOT-DIR) insecure accepted (got []). rootReads.ts
    // mountShowsPlanted / plantedBind (round 86) record the target as bound to the planted tree and ask
    // judge.written(target, undefined, ...), but a directory target the script itself never reads again (/opt/cni/bin,
    // read by the kubelet/containerd for every sandbox; /usr/local/bin, first in root's PATH) refuses nothing: the
    // round-85 root-read directory table (rootReadDirectory, used by rootReadDirectoryOpened for chmod/chown/setfacl)
    // is not asked for a mount. The same line in user data is accepted too (dev-py87-shell-mount-bind-cni-rt87p), so
    // the miss is the shell reader's. Fix (class): a mount showing a planted tree (bind, rbind, move, overlay layer,
    // loop image) at or above a root-read directory or a program directory (rootReadDirectory, PATH entries,
    // /opt/cni/bin ...) is that directory opened: refuse it as rootReadDirectoryOpened does.
    dev(
        "tune.py: subprocess mount -o bind /var/tmp/bin /opt/cni/bin",
        tune("dev-py87-mount-o-bind-argv-rt87p", [
            "import subprocess",
            'subprocess.run(["mount", "-o", "bind", "/var/tmp/bin", "/opt/cni/bin"], check=True)',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 87): (MOUNT-PLANTED-OVER-ROOT-DIR) insecure accepted (got []). rootReads.ts
    // mountShowsPlanted / plantedBind (round 86) record the target as bound to the planted tree and ask
    // judge.written(target, undefined, ...), but a directory target the script itself never reads again (/opt/cni/bin,
    // read by the kubelet/containerd for every sandbox; /usr/local/bin, first in root's PATH) refuses nothing: the
    // round-85 root-read directory table (rootReadDirectory, used by rootReadDirectoryOpened for chmod/chown/setfacl)
    // is not asked for a mount. The same line in user data is accepted too (dev-py87-shell-mount-bind-cni-rt87p), so
    // the miss is the shell reader's. Fix (class): a mount showing a planted tree (bind, rbind, move, overlay layer,
    // loop image) at or above a root-read directory or a program directory (rootReadDirectory, PATH entries,
    // /opt/cni/bin ...) is that directory opened: refuse it as rootReadDirectoryOpened does.
    dev(
        "tune.py: os.system('mount --bind /tmp/bin /usr/local/bin')",
        tune("dev-py87-os-system-mount-bind-rt87p", ["import os", 'os.system("mount --bind /tmp/bin /usr/local/bin")']),
        REFUSED,
    ),
    // imp docs (3.9) imp.load_source(name, pathname): "Load and initialize a module implemented as a Python source
    // file" (from world-writable /var/tmp).
    dev(
        "tune.py: imp.load_source('p', '/var/tmp/p.py')",
        tune("dev-py87-imp-load-source-rt87p", ["import imp", 'imp.load_source("p", "/var/tmp/p.py")']),
        REFUSED,
    ),
    // importlib.machinery.SourceFileLoader(name, path).load_module() from /tmp.
    dev(
        "tune.py: SourceFileLoader('p', '/tmp/p.py').load_module()",
        tune("dev-py87-sourcefileloader-rt87p", [
            "from importlib.machinery import SourceFileLoader",
            'SourceFileLoader("p", "/tmp/p.py").load_module()',
        ]),
        REFUSED,
    ),
    // runpy.run_path of a directory in /var/tmp (its __main__.py), and of a file on a root path user data never wrote
    // (/usr/local/lib/ops/hook.py: what is there is whatever the AMI or an earlier program left: unknown code).
    // Was a MISS (fixed in round 87): (RUN-PATH-UNWRITTEN-FILE) insecure accepted (got []). pythonCode.ts
    // pythonImportPass reads runpy.run_path(PATH) / importlib.util.spec_from_file_location(NAME, PATH) of a literal
    // absolute path as files of the program only when user data wrote them: `readConfig(run, ...)` undefined makes it
    // `continue`, so a file user data never wrote (here in world-writable /tmp, /var/tmp) is neither read nor pushed as
    // unread ({ text: null }), while imp.load_source, SourceFileLoader(...).load_module() and
    // sys.path.insert('/var/tmp/..') are refused. Fix (class): a literal path a loader runs that user data did not
    // write is an unread program file (text: null, or at least RootReads.planted's judgment: a world-writable
    // directory's file any local user may create).
    dev(
        "tune.py: runpy.run_path('/var/tmp/opsapp')",
        tune("dev-py87-runpy-dir-var-tmp-rt87p", ["import runpy", 'runpy.run_path("/var/tmp/opsapp")']),
        REFUSED,
    ),
    // exec(open(PATH).read()) of a /tmp file: exec is dynamic code (held, for comparison).
    dev(
        "tune.py: exec(open('/tmp/ops.py').read())",
        tune("dev-py87-exec-open-tmp-rt87p", ['exec(open("/tmp/ops.py").read())']),
        REFUSED,
    ),
    // venv in /tmp (sticky, world-writable) too.
    // Was a MISS (fixed in round 87): (VENV-IN-STICKY-DIR) insecure accepted (got []). Python docs "venv" ("Creating
    // virtual environments"): "If an existing directory is specified, it will be re-used"; sticky(7)/FHS /tmp,
    // /var/tmp: any local user may create /var/tmp/venv (or /tmp/venv) first and owns it, so can replace bin/python or
    // site-packages after root's venv writes there. rootReads.ts RootReads.planted: "A file the script wrote there is
    // judged by what it wrote": a tree made at a FIXED name in a world-writable directory by a maker that reuses an
    // existing one (venv, mkdir -p, pip --target) is trusted as the script's own. Fix (class): a fixed name made in a
    // world-writable directory is the script's only when its making fails on an existing name (mkdir without -p, mktemp
    // -d, a private parent); otherwise what runs or loads from it is planted.
    dev(
        "python3 -m venv /tmp/venv; /tmp/venv/bin/python runs /opt/ops/run.py",
        sh("dev-py87-venv-tmp-rt87p", [
            "python3 -m venv /tmp/venv",
            ...heredocFile("/opt/ops/run.py", ["import json", "print(json.dumps({}))"]),
            "/tmp/venv/bin/python /opt/ops/run.py",
        ]),
        REFUSED,
    ),
    // ===== round 87 fix neighbours (insecure) =====
    // MOUNT-PLANTED-OVER-ROOT-DIR: a read-only rbind (mount(8) "--rbind", "-o ro") still shows the planted tree at
    // /usr/local/bin, first in root's PATH (systemd.exec(5) "$PATH"): read-only stops writes through the mount point,
    // not the planter's writes to /var/tmp/tools (rootReads.ts plantedOverRootReadDirectory).
    dev(
        "user data: mount -o rbind,ro /var/tmp/tools /usr/local/bin",
        sh("dev-py87-mount-rbind-ro-fix87", ["mount -o rbind,ro /var/tmp/tools /usr/local/bin"]),
        REFUSED,
    ),
    // kernel overlayfs.rst: the merged directory shows the lower directories ("lowerdir=/lower1:/lower2"): a /tmp
    // layer over /opt/cni/bin (containerd docs/cri/config.md bin_dir) is the planter's plugins.
    dev(
        "tune.py: subprocess mount -t overlay -o lowerdir=/tmp/plugins:/opt/cni/bin ... /opt/cni/bin",
        tune("dev-py87-overlay-tmp-cni-fix87", [
            "import subprocess",
            'subprocess.run(["mount", "-t", "overlay", "overlay", "-o", "lowerdir=/tmp/plugins:/opt/cni/bin", "/opt/cni/bin"], check=True)',
        ]),
        REFUSED,
    ),
    // mount(8) LOOP-DEVICE SUPPORT ("mount /tmp/disk.img /mnt" mounts the image file): an image any user may have put
    // in /dev/shm shown over the kubelet's flexvolume plugin directory (Kubernetes "FlexVolume").
    dev(
        "tune.py: os.system('mount -o loop /dev/shm/p.img /usr/libexec/kubernetes/kubelet-plugins')",
        tune("dev-py87-os-system-loop-flex-fix87", [
            "import os",
            'os.system("mount -o loop /dev/shm/p.img /usr/libexec/kubernetes/kubelet-plugins")',
        ]),
        REFUSED,
    ),
    // RUN-PATH-UNWRITTEN-FILE: spec_from_file_location imported under another name (Python reference "The import
    // statement": `from M import N as A` binds A to M.N) of a /dev/shm file (world-writable, podSpec.ts WORLD_WRITABLE).
    dev(
        "tune.py: from importlib.util import spec_from_file_location as sf; sf('p', '/dev/shm/p.py') + exec_module",
        tune("dev-py87-spec-alias-dev-shm-fix87", [
            "import importlib.util",
            "from importlib.util import spec_from_file_location as sf",
            'spec = sf("p", "/dev/shm/p.py")',
            "m = importlib.util.module_from_spec(spec)",
            "spec.loader.exec_module(m)",
        ]),
        REFUSED,
    ),
    // runpy docs run_path: a file under a directory the script chmod-ed 1777 itself (RootReads.planted: opened).
    dev(
        "chmod 1777 /opt/drop; tune.py runpy.run_path('/opt/drop/hook.py')",
        tune(
            "dev-py87-runpy-opened-dir-fix87",
            ["import runpy", 'runpy.run_path("/opt/drop/hook.py")'],
            [],
            ["mkdir -p /opt/drop", "chmod 1777 /opt/drop"],
        ),
        REFUSED,
    ),
    // VENV-IN-STICKY-DIR, the shell side: mkdir(1) -p "no error if existing" reuses a /var/tmp/ops another user made
    // first and owns, who may then replace run.sh (rename(2) needs write permission on the directory only).
    dev(
        "user data: mkdir -p /var/tmp/ops; writes /var/tmp/ops/run.sh; bash runs it",
        sh("dev-py87-mkdir-p-var-tmp-run-fix87", [
            "mkdir -p /var/tmp/ops",
            ...heredocFile("/var/tmp/ops/run.sh", ["echo ok"]),
            "bash /var/tmp/ops/run.sh",
        ]),
        REFUSED,
    ),
    // pip docs "pip install" --target <dir>: "Install packages into <dir>" (an existing one is reused); the directory
    // is then first on the import path (Python docs "PYTHONPATH").
    dev(
        "pip3 install --target /tmp/pylib tenacity; PYTHONPATH=/tmp/pylib python3 /opt/ops/run.py",
        sh("dev-py87-pip-target-tmp-fix87", [
            "pip3 install --target /tmp/pylib tenacity",
            ...heredocFile("/opt/ops/run.py", ["import tenacity", "print(tenacity.__name__)"]),
            "PYTHONPATH=/tmp/pylib python3 /opt/ops/run.py",
        ]),
        REFUSED,
    ),
];

const secure: NodeCase[] = [
    // sysctl(8) of settings that are neither protections nor helpers, through the other runners.
    dev(
        "tune.py: subprocess.run('sysctl -w vm.swappiness=10', shell=True)",
        tune("dev-py87-shell-true-swappiness-rt87p", [
            "import subprocess",
            'subprocess.run("sysctl -w vm.swappiness=10", shell=True, check=True)',
        ]),
    ),
    dev(
        "tune.py: asyncio.create_subprocess_exec('sysctl', '-w', 'vm.max_map_count=262144')",
        tune("dev-py87-asyncio-exec-maxmap-rt87p", [
            "import asyncio",
            "async def main():",
            '    p = await asyncio.create_subprocess_exec("sysctl", "-w", "vm.max_map_count=262144")',
            "    await p.wait()",
            "asyncio.run(main())",
        ]),
    ),
    // kptr_restrict 2 (admin-guide sysctl/kernel: "kernel pointers printed using %pK will be replaced with 0's
    // regardless of privileges"): stricter than the default.
    dev(
        "tune.py: subprocess.run(['sysctl', '-w', 'kernel.kptr_restrict=2'])",
        tune("dev-py87-kptr-raise-argv-rt87p", [
            "import subprocess",
            'subprocess.run(["sysctl", "-w", "kernel.kptr_restrict=2"], check=True)',
        ]),
    ),
    // chmod(1) 0755 / chown root:root of the CNI directory through argv (owner root writes, others read): the shell
    // reader's openedPaths judges the mode.
    dev(
        "tune.py: subprocess.run(['chmod', '0755', '/opt/cni/bin'])",
        tune("dev-py87-chmod-755-argv-rt87p", [
            "import subprocess",
            'subprocess.run(["chmod", "0755", "/opt/cni/bin"], check=True)',
        ]),
    ),
    dev(
        "tune.py: subprocess.run(['chown', 'root:root', '/etc/cni/net.d'])",
        tune("dev-py87-chown-root-argv-rt87p", [
            "import subprocess",
            'subprocess.run(["chown", "root:root", "/etc/cni/net.d"], check=True)',
        ]),
    ),
    // os.replace docs: the atomic-write idiom within the program's own state directory (/var/lib/ops).
    dev(
        "tune.py: write /var/lib/ops/state.json.tmp then os.replace to state.json",
        tune("dev-py87-atomic-replace-own-rt87p", [
            "import json, os",
            'with open("/var/lib/ops/state.json.tmp", "w") as f:',
            '    json.dump({"n": 1}, f)',
            'os.replace("/var/lib/ops/state.json.tmp", "/var/lib/ops/state.json")',
        ]),
    ),
    // shutil.copyfile of its own report into /var/log/ops (FHS "Log files").
    dev(
        "tune.py: shutil.copyfile('/var/lib/ops/r.txt', '/var/log/ops/r.txt')",
        tune("dev-py87-copyfile-log-rt87p", [
            "import shutil",
            'with open("/var/lib/ops/r.txt", "w") as f:',
            '    f.write("ok")',
            'shutil.copyfile("/var/lib/ops/r.txt", "/var/log/ops/r.txt")',
        ]),
    ),
    // open mode "x" of its own state file.
    dev(
        "tune.py: open('/var/lib/ops/lock', 'x')",
        tune("dev-py87-open-x-own-rt87p", ['open("/var/lib/ops/lock", "x").write("1")']),
    ),
    // ctypes docs ctypes.util.find_library / CDLL("libc.so.6"): the system C library, by soname (ld.so(8) searches
    // the system's trusted directories).
    // MISS: (CTYPES-ALWAYS-DYNAMIC) secure refused ("/opt/ops/tune.py runs code the pack does not read (exec, eval,
    // compile, an import by a computed name, ...)"). pythonCode.ts PYTHON_DYNAMIC names `ctypes|_ctypes|cffi` whole,
    // so loading the system C library by soname (ctypes docs "Loading dynamic link libraries": CDLL("libc.so.6");
    // ld.so(8) resolves a soname in the trusted system directories only) and calling sync(2) is refused like
    // CDLL('/tmp/x.so'). Fix (class): read `ctypes.CDLL(SONAME literal)` (no slash: ld.so's trusted path) with calls of
    // named functions from a small harmless table (sync, getpid, ...) as data; any path, other function, or
    // attribute walk stays dynamic (CDLL('libc.so.6').system is a shell).
    // DECIDED (round 87): refused by design (fail closed): CDLL(SONAME) hands the program every function of the library
    // by attribute (ctypes docs "Accessing functions from loaded dlls": libc.system, libc.execve run commands), and the
    // pack does not read which attribute a call reaches through aliases, getattr or a stored handle; an allowlist of
    // harmless libc calls would be a second reader of Python attribute flow for little gain (os.sync() is the standard
    // library's sync). Left skipped.
    dev(
        "tune.py: ctypes.CDLL('libc.so.6').sync()",
        tune("dev-py87-ctypes-libc-rt87p", ["import ctypes", 'ctypes.CDLL("libc.so.6").sync()']),
        /./,
        true,
    ),
    // venv in /opt/ops (root-owned, user data's own), pip from the default HTTPS index.
    dev(
        "python3 -m venv /opt/ops/venv; venv pip install tenacity; venv python imports",
        sh("dev-py87-venv-opt-rt87p", [
            "python3 -m venv /opt/ops/venv",
            "/opt/ops/venv/bin/pip install tenacity",
            ...heredocFile("/opt/ops/run.py", ["import tenacity", "print(tenacity.__name__)"]),
            "/opt/ops/venv/bin/python /opt/ops/run.py",
        ]),
    ),
    // pip docs "Secure installs": --require-hashes with pinned sha256 in a user-data-written requirements file.
    dev(
        "pip3 install --require-hashes -r /opt/ops/req.txt; import",
        thenImport("dev-py87-require-hashes-rt87p", [
            ...heredocFile("/opt/ops/req.txt", [
                "tenacity==8.2.3 --hash=sha256:ce510e327a630c9e1beaf17d42e6ffacc88185044ad85cf74c0a8887c6a0f88c",
            ]),
            "pip3 install --require-hashes -r /opt/ops/req.txt",
        ]),
    ),
    // os.makedirs(mode=0o700) of its own directory and a literal sysctl.conf-like data file there (read by nothing).
    dev(
        "tune.py: os.makedirs('/var/lib/ops/out', mode=0o700); write there",
        tune("dev-py87-makedirs-700-own-rt87p", [
            "import os",
            'os.makedirs("/var/lib/ops/out", mode=0o700, exist_ok=True)',
            'open("/var/lib/ops/out/r.txt", "w").write("ok")',
        ]),
    ),
    // sysctl -p of a program-written file whose literal content raises a protection (read as the same
    // file in /etc/sysctl.d would be).
    // MISS: (PY-LITERAL-WRITE-UNKNOWN-TO-LOADERS) secure refused ("sysctl loads
    // /var/lib/ops/99.conf, settings the pack cannot read"). commandServers.ts pythonProgramWrites hands later shell
    // readers every accepted Python write as unknown content, even `f.write("fs.protected_symlinks = 1\n")` of a string
    // literal; the same text written by `echo ... > F` is read. Fix (class): carry a literal write's text
    // (open(P,'w').write(LITERAL), Path.write_text, print(LITERAL, file=open(P,'w')) once per file) as the file's known
    // content, so sysctl -p / --load judges it with loweredProtections/setsKernelHelper as the shell's known-text
    // writes are.
    // Still open (round 87): carrying the literal (one open(P, 'w') whose file object gets one f.write(LITERAL)) as
    // known text was tried and broke round 82/83 cases (dev-py82-data-cp-sysctl-d: a kernel.core_pattern helper of an
    // unwritten root-owned path is then accepted as the shell's echo of it is), so the shell's helper rule needs
    // settling first; the pairing of write call to file object must also stay exact (a sys.stdout literal beside
    // shutil.copyfileobj is not the file's text).
    dev(
        "tune.py writes /var/lib/ops/99.conf (protected_symlinks=1) and runs sysctl -p it",
        tune("dev-py87-sysctl-p-own-safe-rt87p", [
            "import subprocess",
            'with open("/var/lib/ops/99.conf", "w") as f:',
            '    f.write("fs.protected_symlinks = 1\\n")',
            'subprocess.run(["sysctl", "-p", "/var/lib/ops/99.conf"], check=True)',
        ]),
        /./,
        true,
    ),
    // Path.symlink_to inside its own cache directory pointing at its own state (data to data).
    dev(
        "tune.py: Path('/var/cache/ops/cur').symlink_to('/var/lib/ops/state.json')",
        tune("dev-py87-symlink-own-rt87p", [
            "from pathlib import Path",
            'Path("/var/lib/ops/state.json").write_text("{}")',
            'Path("/var/cache/ops/cur").symlink_to("/var/lib/ops/state.json")',
        ]),
    ),
    // ===== batch 2 secure =====
    // runpy.run_path of a file user data wrote itself (its literal text is read as the program's own).
    dev(
        "user data writes /opt/ops/helper.py; tune.py runpy.run_path's it",
        tune(
            "dev-py87-runpy-own-file-rt87p",
            ["import runpy", 'runpy.run_path("/opt/ops/helper.py")'],
            [],
            [...heredocFile("/opt/ops/helper.py", ['print("ok")'])],
        ),
    ),
    // importlib docs import_module(name) of a literal standard-library name.
    dev(
        "tune.py: importlib.import_module('json')",
        tune("dev-py87-import-module-json-rt87p", [
            "import importlib",
            'json = importlib.import_module("json")',
            "print(json.dumps({}))",
        ]),
    ),
    // chmod(1) go-w / u-s (removing bits: only narrows access) through argv.
    dev(
        "tune.py: subprocess.run(['chmod', 'go-w', '/opt/cni/bin'])",
        tune("dev-py87-chmod-go-w-argv-rt87p", [
            "import subprocess",
            'subprocess.run(["chmod", "go-w", "/opt/cni/bin"], check=True)',
        ]),
    ),
    // mount(8) -o remount,ro of a directory (read-only: takes writes away).
    dev(
        "tune.py: subprocess mount -o remount,ro /boot",
        tune("dev-py87-mount-remount-ro-argv-rt87p", [
            "import subprocess",
            'subprocess.run(["mount", "-o", "remount,ro", "/boot"], check=True)',
        ]),
    ),
    // sys.path.insert of a directory user data made and filled itself under /opt (root-owned, FHS "/opt").
    dev(
        "user data writes /opt/ops/lib/opshelp.py; tune.py sys.path.insert(0, '/opt/ops/lib'); import opshelp",
        tune(
            "dev-py87-sys-path-own-lib-rt87p",
            ["import sys", 'sys.path.insert(0, "/opt/ops/lib")', "import opshelp", "opshelp.hi()"],
            [],
            ["mkdir -p /opt/ops/lib", ...heredocFile("/opt/ops/lib/opshelp.py", ["def hi():", '    print("hi")'])],
        ),
    ),
    // ===== round 87 fix neighbours (secure) =====
    // MOUNT-PLANTED-OVER-ROOT-DIR: a bind of a root-owned tree the script made and wrote (/opt, FHS "/opt": root's)
    // over /usr/local/bin shows root's own files: nothing planted (RootReads.planted), nothing opened.
    dev(
        "user data: mkdir -m 755 -p /opt/ops/bin; writes a tool; mount --bind /opt/ops/bin /usr/local/bin",
        sh("dev-py87-bind-own-opt-bin-fix87", [
            "mkdir -m 755 -p /opt/ops/bin",
            ...heredocFile("/opt/ops/bin/opsctl", ["#!/bin/sh", "echo ok"]),
            "chmod 0755 /opt/ops/bin/opsctl",
            "mount --bind /opt/ops/bin /usr/local/bin",
        ]),
    ),
    // RUN-PATH-UNWRITTEN-FILE, decided in round 87: runpy.run_path of a root-owned directory the package manager
    // installed (pip's own __main__.py under site-packages) is judged as the shell judges `python3 PATH` of a file
    // user data never wrote there (the AMI's: accepted), not as a world-writable directory's planted file.
    dev(
        "tune.py: runpy.run_path('/usr/lib/python3.9/site-packages/pip')",
        tune("dev-py87-runpy-site-packages-fix87", [
            "import runpy",
            'runpy.run_path("/usr/lib/python3.9/site-packages/pip")',
        ]),
    ),
    // VENV-IN-STICKY-DIR: mkdir(1) without -p fails on an existing name (mkdir(2) EEXIST), and set -e stops the script:
    // a /var/tmp/ops it goes on with is its own.
    dev(
        "user data (set -e): mkdir /var/tmp/ops; writes /var/tmp/ops/run.sh; bash runs it",
        sh("dev-py87-mkdir-var-tmp-run-fix87", [
            "mkdir /var/tmp/ops",
            ...heredocFile("/var/tmp/ops/run.sh", ["echo ok"]),
            "bash /var/tmp/ops/run.sh",
        ]),
    ),
    // mktemp(1) -d: a new random name, "u+rwx" (privateTemps): the venv there is root's alone.
    dev(
        "user data: D=$(mktemp -d); python3 -m venv $D/venv; $D/venv/bin/python runs /opt/ops/run.py",
        sh("dev-py87-venv-mktemp-fix87", [
            'D="$(mktemp -d)"',
            'python3 -m venv "$D/venv"',
            ...heredocFile("/opt/ops/run.py", ["import json", "print(json.dumps({}))"]),
            '"$D/venv/bin/python" /opt/ops/run.py',
        ]),
    ),
];

describeNodeCases("Round 87 red team (python)", insecure, secure);
