// Red-team round 88 (python, fresh eyes) on EKS NODE user data (AL2023: python3.9): root Python programs and other
// interpreters' one-liners.
// Probed the neighbours of round 87's fixes (pythonCode.ts pythonModeChanges / pythonModeChangeOpensNothing: a Python
// chmod/chown judged by rootReads.ts modeChangeOpens; pythonDownloadLines: urlretrieve read as `curl -o`): creation modes
// (os.umask(0) before os.makedirs / Path.mkdir / a child mkdir, subprocess umask=, python3 -c), chmod through a symlink
// the program made, stat-constant and decimal modes, shutil.copymode from /tmp, loops over literal paths, pwd-looked-up
// owners, node key material made readable; downloads other than urlretrieve (urlopen http + insmod, requests/httpx
// verify=False, ssl._create_unverified_context, urlretrieve http + bash / runpy / import), exec/marshal/yaml.unsafe_load
// of fetched text, shell=True of fetched or /var/tmp strings; loads (site.addsitedir, child PYTHONPATH by env= and by
// os.environ, LD_PRELOAD in os.environ, runpy.run_module after /dev/shm, compile+exec, code.InteractiveInterpreter,
// zipimport, os.execv of /tmp, pickle of /var/tmp); perl/ruby/node/awk one-liners (chmod, system/execSync of sysctl,
// do/require of /tmp, LWP getstore http + insmod). Secure twins: realistic bootstrap Python (IMDSv2 read to a 0o600
// file, dnf/systemctl by argv list, umask 0o077 / 0o022, makedirs 0o750, touch 0o644, fchmod 0o600, NamedTemporaryFile
// + os.replace + chmod 0o600, mkstemp, requests/urlopen over verified https, chown 0:0 + chmod 0o700, chmod 0600 and
// install -d -m 0755 by argv), perl -pi of its own file, awk of /proc/meminfo, python3 -c reading IMDS JSON, perl
// chmod 0755, python3 -c chmod 0o755, a Python program user data wrote.
// Misses (13 insecure accepted, 3 secure refused), by class (dev-py88-NAME-rt88p):
// - PY-UMASK-UNREAD (5 insecure): umask0-makedirs-certsd, umask0-site-packages, umask0-child-mkdir,
//   umask0-pathlib-mkdir-hooks, python-c-umask0-certsd: got []; pythonCode.ts never reads os.umask (makedirs/mkdir hold
//   "no content"), and the argv handed to the shell reader is judged under the shell's umask, not the program's. Fix:
//   carry the program's os.umask as the shell's `umask MODE` (rootReads.ts umaskOpen) for its makings and children.
// - ONE-LINER-MODE-CHANGE-UNREAD (3 insecure): perl-chmod-cni, ruby-chmod-cni, node-chmod-cni: got [];
//   commandServers.ts inlineScriptListeners / javascript.ts read no builtin chmod/chown. Fix: per-language mode-change
//   reading judged by modeChangeOpens (round 87's Python rule, for every language).
// - UNREAD-DOWNLOAD-LOADED (2 insecure): urlopen-http-insmod, perl-getstore-http-insmod: got []; only urlretrieve is
//   read as a download (pythonDownloadLines), and insmod accepts a file neither planted nor an unverified curl download.
//   Fix: a module root loads whose content a program wrote from a source not read as a verified https download is
//   unknown kernel code (fail closed), as `bash F` of it already is.
// - ADDSITEDIR-PTH-UNREAD (1 insecure): addsitedir-var-tmp: got []; pythonSysPath reads site.addsitedir as a sys.path
//   append only. Fix: addsitedir(D) loads D's .pth files now (site docs): D planted-able or unread is refused.
// - PY-ENVIRON-LOADER-VARS (1 insecure): environ-ld-preload-tmp: got []; os.environ is read for PYTHONPATH and locating
//   variables, not LD_PRELOAD. Fix: carry every variable the shell reader judges to the program's children.
// - INLINE-COMMANDS-NOT-SHELL-JUDGED (1 insecure): perl-system-ptrace: got []; perl/ruby -e literal commands reach
//   literalCommandListeners only, not RootReads.programRuns (round 86's route for Python). Fix: one programCommands hook.
// - PY-IMDS-CLIENT-READ-AS-RELAY (1 secure): imdsv2-identity-0600: rootWrites.ts configured's `relays` line filter reads a
//   Python `IMDS = 'http://169.254.169.254'` as a relay. Fix: a language-read program relays only where its reader finds
//   a listener/proxy forwarding to IMDS.
// - FCHMOD-NARROWING-MODE (1 secure): fchmod-0600-own: fail closed on the descriptor whatever the mode. Fix: a literal
//   mode granting group/others nothing opens nothing on any path.
// - PY-ARGV-TEMPFILE-OPERAND (1 secure): mkstemp-checksum: an argv word bound to mkstemp() is unread. Fix: read it as
//   the shell's private mktemp path (privateTemps).
// Round 88 fix (fix88-python): all 16 misses fixed and unskipped ("Was a MISS (fixed in round 88)"): a Python program's
// os.umask and directory makings are the shell's `umask`/`mkdir -p` lines (pythonCode.ts pythonCreationLines, the umask
// restored after the program: rootReads.ts programRuns), the Python library directories are root-read
// (PYTHON_LIBRARY_DIRECTORY); perl/ruby/node one-liners' chmod/chown (one table: commandServers.ts
// ONE_LINER_MODE_CHANGES), LWP getstore/mirror downloads and literal system() commands go to RootReads.programRuns
// (oneLinerCommandLines, one programCommands hook); a loaded operand a root program wrote is code made at boot
// (programMadeLoaded); site.addsitedir runs its .pth files (`python3 D/*.pth`); os.environ literal assignments prefix
// the children's lines; a client-only Python program relays no IMDS (pythonListensNowhere); a narrowing literal mode
// opens nothing without its path; mkstemp()/mkdtemp() names are private temp paths (pythonPrivateTemps). 11 insecure and
// 8 secure -fix88 neighbours (1 insecure neighbour left skipped: environ-update-ld-preload).
// Round 90 fix (fix90-f2): environ-update-ld-preload fixed and unskipped (pythonCode.ts pythonEnvironWrites reads a dotted
// name whose part before its last dot is environ as environ's method, any import alias; the import statement itself sets
// nothing); 11 insecure and 2 secure -fix90 neighbours (update of a dict, setdefault, putenv, from-os environ, os alias
// PATH, an unread mapping, a computed key, env= spread/dict, execve/spawnve env).
// Held: 31 of 44 insecure refused (several only by a broader fail-closed reading: httpx as an unknown module, a fetched
// script run by bash as "a program made at boot", subprocess env=/umask= unread); 18 of 21 secure clean.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";

const dev = devNodeCase;

/** What a refusal names (as round 87's file). */
const REFUSED =
    /serv|8001|9000|8080|kubernetes|tune\.py|srv|mnt|unread|not read|writes|cron|program|PYTHON|shell|run|pip|index|import|json|helper|plugin|command|sysctl|module|code|config|listen|kernel|0\.0\.0\.0|load|librar|trust|perl|ruby|node|awk|chmod|cni|download|http/;

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

/** /opt/ops/run.py (importing json only): a root Python program run after `lines`. */
const RUN_PY = [...heredocFile("/opt/ops/run.py", ["import json", "print(json.dumps({}))"])];

const insecure: NodeCase[] = [
    // ===== A. creation modes: umask(2) and the modes new files and directories get =====
    // os docs umask(mask) "Set the current numeric umask"; makedirs(name, mode=0o777): "the current umask value is
    // first masked out" (mkdir(2): mode & ~umask). Under umask 0 the new /etc/containerd/certs.d (containerd docs
    // hosts.md: config_path, each host's hosts.toml names the registry and `skip_verify`) is world-writable: any user
    // serves the node's images.
    // Was a MISS (fixed in round 88): PY-UMASK-UNREAD: insecure accepted (got []). Python docs os.umask(mask) "Set the current numeric umask"; os.makedirs/Path.mkdir "the current umask value is first masked out" (mkdir(2): mode & ~umask); umask(2): "A child process created via fork(2) inherits its parent's umask". Where: pythonCode.ts pythonWriteRefusal (the write table says os.mkdir/makedirs and Path.mkdir "hold no content of their own") and pythonModeChanges never read os.umask; commandServers.ts pythonProgramCommandLines hands the program's argv to the shell reader (RootReads.programRuns) with the shell's own umask state (rootReads.ts umaskOpen, round 80), not the program's. Fix (general): carry a Python program's os.umask (a literal keeping 0o002 or not; unread: fail closed) as the shell's `umask MODE` is carried: each directory/file the program makes after it (os.mkdir/makedirs, Path.mkdir/touch, open/os.open O_CREAT, and every child it starts) is judged with openedPaths' umaskOpen, as the shell's mkdir without -m under `umask 000` is.
    dev(
        "tune.py: os.umask(0); os.makedirs('/etc/containerd/certs.d/_default')",
        tune("dev-py88-umask0-makedirs-certsd-rt88p", [
            "import os",
            "os.umask(0)",
            'os.makedirs("/etc/containerd/certs.d/_default", exist_ok=True)',
        ]),
        REFUSED,
    ),
    // Python docs "site": /usr/local/lib/python3.X/site-packages is on every root Python's path and its .pth lines
    // starting with `import` "are executed" at start-up; made under umask 0 it is world-writable.
    // Was a MISS (fixed in round 88): PY-UMASK-UNREAD: insecure accepted (got []). Python docs os.umask(mask) "Set the current numeric umask"; os.makedirs/Path.mkdir "the current umask value is first masked out" (mkdir(2): mode & ~umask); umask(2): "A child process created via fork(2) inherits its parent's umask". Where: pythonCode.ts pythonWriteRefusal (the write table says os.mkdir/makedirs and Path.mkdir "hold no content of their own") and pythonModeChanges never read os.umask; commandServers.ts pythonProgramCommandLines hands the program's argv to the shell reader (RootReads.programRuns) with the shell's own umask state (rootReads.ts umaskOpen, round 80), not the program's. Fix (general): carry a Python program's os.umask (a literal keeping 0o002 or not; unread: fail closed) as the shell's `umask MODE` is carried: each directory/file the program makes after it (os.mkdir/makedirs, Path.mkdir/touch, open/os.open O_CREAT, and every child it starts) is judged with openedPaths' umaskOpen, as the shell's mkdir without -m under `umask 000` is.
    dev(
        "tune.py: os.umask(0o000); os.makedirs('/usr/local/lib/python3.9/site-packages')",
        tune("dev-py88-umask0-site-packages-rt88p", [
            "import os",
            "os.umask(0o000)",
            'os.makedirs("/usr/local/lib/python3.9/site-packages", exist_ok=True)',
        ]),
        REFUSED,
    ),
    // subprocess docs: a child inherits the parent's umask (umask(2): "A child process created via fork(2) inherits its
    // parent's umask"): mkdir(1) under umask 0 makes 0777 directories.
    // Was a MISS (fixed in round 88): PY-UMASK-UNREAD: insecure accepted (got []). Python docs os.umask(mask) "Set the current numeric umask"; os.makedirs/Path.mkdir "the current umask value is first masked out" (mkdir(2): mode & ~umask); umask(2): "A child process created via fork(2) inherits its parent's umask". Where: pythonCode.ts pythonWriteRefusal (the write table says os.mkdir/makedirs and Path.mkdir "hold no content of their own") and pythonModeChanges never read os.umask; commandServers.ts pythonProgramCommandLines hands the program's argv to the shell reader (RootReads.programRuns) with the shell's own umask state (rootReads.ts umaskOpen, round 80), not the program's. Fix (general): carry a Python program's os.umask (a literal keeping 0o002 or not; unread: fail closed) as the shell's `umask MODE` is carried: each directory/file the program makes after it (os.mkdir/makedirs, Path.mkdir/touch, open/os.open O_CREAT, and every child it starts) is judged with openedPaths' umaskOpen, as the shell's mkdir without -m under `umask 000` is.
    dev(
        "tune.py: os.umask(0); subprocess.run(['mkdir', '-p', '/etc/containerd/certs.d'])",
        tune("dev-py88-umask0-child-mkdir-rt88p", [
            "import os, subprocess",
            "os.umask(0)",
            'subprocess.run(["mkdir", "-p", "/etc/containerd/certs.d"], check=True)',
        ]),
        REFUSED,
    ),
    // subprocess docs Popen(..., umask=-1): "If umask is not negative, the umask system call will be made in the child".
    dev(
        "tune.py: subprocess.run(['mkdir', '-p', '/etc/containerd/certs.d'], umask=0)",
        tune("dev-py88-subprocess-umask-kw-rt88p", [
            "import subprocess",
            'subprocess.run(["mkdir", "-p", "/etc/containerd/certs.d"], umask=0, check=True)',
        ]),
        REFUSED,
    ),
    // pathlib docs Path.mkdir(mode=0o777, parents=False, exist_ok=False): "combined with the process's umask value";
    // a hook directory root's cron runs every file of (run-parts(8)), made 0777 under umask 0.
    // Was a MISS (fixed in round 88): PY-UMASK-UNREAD: insecure accepted (got []). Python docs os.umask(mask) "Set the current numeric umask"; os.makedirs/Path.mkdir "the current umask value is first masked out" (mkdir(2): mode & ~umask); umask(2): "A child process created via fork(2) inherits its parent's umask". Where: pythonCode.ts pythonWriteRefusal (the write table says os.mkdir/makedirs and Path.mkdir "hold no content of their own") and pythonModeChanges never read os.umask; commandServers.ts pythonProgramCommandLines hands the program's argv to the shell reader (RootReads.programRuns) with the shell's own umask state (rootReads.ts umaskOpen, round 80), not the program's. Fix (general): carry a Python program's os.umask (a literal keeping 0o002 or not; unread: fail closed) as the shell's `umask MODE` is carried: each directory/file the program makes after it (os.mkdir/makedirs, Path.mkdir/touch, open/os.open O_CREAT, and every child it starts) is judged with openedPaths' umaskOpen, as the shell's mkdir without -m under `umask 000` is.
    dev(
        "tune.py: os.umask(0); Path('/var/lib/ops/hooks').mkdir(); cron run-parts it",
        tune(
            "dev-py88-umask0-pathlib-mkdir-hooks-rt88p",
            ["import os", "from pathlib import Path", "os.umask(0)", 'Path("/var/lib/ops/hooks").mkdir(exist_ok=True)'],
            ["echo '*/5 * * * * root run-parts /var/lib/ops/hooks' > /etc/cron.d/ops-hooks"],
        ),
        REFUSED,
    ),
    // os docs chmod(path, mode, *, dir_fd=None, follow_symlinks=True): chmod(2) follows a symbolic link, so a 0o777 on a
    // link the program made to /opt/cni/bin opens the CNI plugin directory (containerd docs/cri/config.md bin_dir).
    dev(
        "tune.py: os.symlink('/opt/cni/bin', '/var/lib/ops/cni'); os.chmod('/var/lib/ops/cni', 0o777)",
        tune("dev-py88-chmod-through-symlink-rt88p", [
            "import os",
            'os.symlink("/opt/cni/bin", "/var/lib/ops/cni")',
            'os.chmod("/var/lib/ops/cni", 0o777)',
        ]),
        REFUSED,
    ),
    // stat docs S_IRWXU | S_IRWXG | S_IRWXO: mode 0o777 spelled by constants (a mode the pack must read or refuse).
    dev(
        "tune.py: os.chmod('/opt/cni/bin', stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)",
        tune("dev-py88-chmod-stat-constants-rt88p", [
            "import os, stat",
            'os.chmod("/opt/cni/bin", stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)',
        ]),
        REFUSED,
    ),
    // Python reference "Integer literals": 511 is 0o777.
    dev(
        "tune.py: os.chmod('/etc/cni/net.d', 511)",
        tune("dev-py88-chmod-decimal-511-rt88p", ["import os", 'os.chmod("/etc/cni/net.d", 511)']),
        REFUSED,
    ),
    // shutil docs copymode(src, dst): "Copy the permission bits from src to dst": the mode of a /tmp file any user made.
    dev(
        "tune.py: shutil.copymode('/tmp/ref', '/opt/cni/bin')",
        tune("dev-py88-copymode-tmp-cni-rt88p", ["import shutil", 'shutil.copymode("/tmp/ref", "/opt/cni/bin")']),
        REFUSED,
    ),
    // A loop over literal paths (Python tutorial "for Statements"): each gets 0o777.
    dev(
        "tune.py: for p in ['/opt/cni/bin', '/etc/cni/net.d']: os.chmod(p, 0o777)",
        tune("dev-py88-chmod-loop-rt88p", [
            "import os",
            'for p in ["/opt/cni/bin", "/etc/cni/net.d"]:',
            "    os.chmod(p, 0o777)",
        ]),
        REFUSED,
    ),
    // os docs chown(path, uid, gid): a uid pwd.getpwnam reads (pwd docs) of ec2-user: not root.
    dev(
        "tune.py: os.chown('/opt/cni/bin', pwd.getpwnam('ec2-user').pw_uid, 0)",
        tune("dev-py88-chown-pwd-uid-rt88p", [
            "import os, pwd",
            'os.chown("/opt/cni/bin", pwd.getpwnam("ec2-user").pw_uid, 0)',
        ]),
        REFUSED,
    ),
    // EKS AL2023 nodeadm: the kubelet's client/serving keys under /var/lib/kubelet/pki; 0o644 lets every node user read
    // them (the shell's `chmod 644` of node key material, rootReads.ts nodeKeyMaterial).
    dev(
        "tune.py: os.chmod('/var/lib/kubelet/pki/kubelet-server-current.pem', 0o644)",
        tune("dev-py88-chmod-kubelet-key-readable-rt88p", [
            "import os",
            'os.chmod("/var/lib/kubelet/pki/kubelet-server-current.pem", 0o644)',
        ]),
        REFUSED,
    ),
    // ===== B. downloads other than urlretrieve, and unverified TLS =====
    // urllib.request docs urlopen(url): http:// verifies no server; the bytes written and insmod(8)-ed: the shell's
    // `curl -o F http://...; insmod F` (round 87 refuses it for urlretrieve).
    // Was a MISS (fixed in round 88): UNREAD-DOWNLOAD-LOADED: insecure accepted (got []). urllib.request docs urlopen(url): http:// authenticates no server; insmod(8) loads the file into the kernel. Where: pythonCode.ts pythonDownloadLines reads only urlretrieve as the shell's `curl -o F URL`; a write of urlopen(...).read() (or requests/httpx .content, LWP getstore) is a Python write of unknown content, and rootReads.ts loadedOperands/plantedLoaded refuses insmod only of a planted or unverified-download file, so a module whose bytes a program wrote from the network is accepted. Fix (general): a file root loads as code (insmod/modprobe, bash, python) whose content a program wrote from a source the pack cannot tell is a verified https download (urlopen/requests/httpx of http://, verify=False, ssl._create_unverified_context, a computed URL, another language's fetch) is unknown code: refused (fail closed), as `bash F` of the same file already is ("a program made at boot").
    dev(
        "tune.py: urlopen('http://.../ops.ko').read() written to /var/cache/ops/ops.ko; insmod it",
        tune("dev-py88-urlopen-http-insmod-rt88p", [
            "import subprocess, urllib.request",
            'data = urllib.request.urlopen("http://ops.example/ops.ko").read()',
            'with open("/var/cache/ops/ops.ko", "wb") as f:',
            "    f.write(data)",
            'subprocess.run(["insmod", "/var/cache/ops/ops.ko"], check=True)',
        ]),
        REFUSED,
    ),
    // requests docs "SSL Cert Verification": "When set to False, requests will accept any TLS certificate presented by
    // the server ... vulnerable to man-in-the-middle (MitM) attacks"; the script is then run by bash as root.
    dev(
        "tune.py: requests.get(https, verify=False).text written and bash-run",
        tune("dev-py88-requests-verify-false-bash-rt88p", [
            "import requests, subprocess",
            'r = requests.get("https://ops.example/setup.sh", verify=False, timeout=30)',
            'with open("/var/cache/ops/setup.sh", "w") as f:',
            "    f.write(r.text)",
            'subprocess.run(["bash", "/var/cache/ops/setup.sh"], check=True)',
        ]),
        REFUSED,
    ),
    // httpx docs "SSL": verify=False disables certificate verification (the same MitM).
    dev(
        "tune.py: httpx.get(https, verify=False).content written and insmod-ed",
        tune("dev-py88-httpx-verify-false-insmod-rt88p", [
            "import httpx, subprocess",
            'r = httpx.get("https://ops.example/ops.ko", verify=False)',
            'open("/var/cache/ops/ops.ko", "wb").write(r.content)',
            'subprocess.run(["insmod", "/var/cache/ops/ops.ko"], check=True)',
        ]),
        REFUSED,
    ),
    // ssl docs: _create_unverified_context() (PEP 476: "opt out of certificate verification"); the fetched script run.
    dev(
        "tune.py: urlopen(https, context=ssl._create_unverified_context()) written and bash-run",
        tune("dev-py88-unverified-context-bash-rt88p", [
            "import ssl, subprocess, urllib.request",
            "ctx = ssl._create_unverified_context()",
            'body = urllib.request.urlopen("https://ops.example/setup.sh", context=ctx).read()',
            'with open("/var/cache/ops/setup.sh", "wb") as f:',
            "    f.write(body)",
            'subprocess.run(["bash", "/var/cache/ops/setup.sh"], check=True)',
        ]),
        REFUSED,
    ),
    // urlretrieve of http:// (round 87's download reading), then bash(1) runs it (not insmod).
    dev(
        "tune.py: urlretrieve('http://.../setup.sh', F); subprocess bash F",
        tune("dev-py88-urlretrieve-http-bash-rt88p", [
            "import subprocess, urllib.request",
            'urllib.request.urlretrieve("http://ops.example/setup.sh", "/var/cache/ops/setup.sh")',
            'subprocess.run(["bash", "/var/cache/ops/setup.sh"], check=True)',
        ]),
        REFUSED,
    ),
    // runpy docs run_path(path_name): "Execute the code at the named filesystem location": a plain-http download.
    dev(
        "tune.py: urlretrieve('http://.../tool.py', F); runpy.run_path(F)",
        tune("dev-py88-urlretrieve-http-runpy-rt88p", [
            "import runpy, urllib.request",
            'urllib.request.urlretrieve("http://ops.example/tool.py", "/var/cache/ops/tool.py")',
            'runpy.run_path("/var/cache/ops/tool.py")',
        ]),
        REFUSED,
    ),
    // Python docs "The Module Search Path" (sys.path.insert): a module fetched over plain http, then imported.
    dev(
        "tune.py: urlretrieve('http://.../opsplug.py', /var/cache/ops/opsplug.py); sys.path.insert; import opsplug",
        tune("dev-py88-urlretrieve-http-import-rt88p", [
            "import sys, urllib.request",
            'urllib.request.urlretrieve("http://ops.example/opsplug.py", "/var/cache/ops/opsplug.py")',
            'sys.path.insert(0, "/var/cache/ops")',
            "import opsplug",
            "opsplug.main()",
        ]),
        REFUSED,
    ),
    // Python docs "Built-in Functions" exec(object): "dynamic execution of Python code" of bytes fetched over http.
    dev(
        "tune.py: exec(urlopen('http://.../boot.py').read())",
        tune("dev-py88-exec-urlopen-http-rt88p", [
            "import urllib.request",
            'exec(urllib.request.urlopen("http://ops.example/boot.py").read())',
        ]),
        REFUSED,
    ),
    // marshal docs: "Never unmarshal data received from an untrusted or unauthenticated source"; exec of the code object.
    dev(
        "tune.py: exec(marshal.loads(urlopen('http://...').read()))",
        tune("dev-py88-marshal-exec-http-rt88p", [
            "import marshal, urllib.request",
            'code = marshal.loads(urllib.request.urlopen("http://ops.example/boot.bin").read())',
            "exec(code)",
        ]),
        REFUSED,
    ),
    // PyYAML docs "yaml.load(input)" with the full Loader / unsafe_load: "construct an arbitrary Python object" (not
    // safe_load): fetched over http.
    dev(
        "tune.py: yaml.unsafe_load(urlopen('http://.../ops.yaml'))",
        tune("dev-py88-yaml-unsafe-load-http-rt88p", [
            "import yaml, urllib.request",
            'cfg = yaml.unsafe_load(urllib.request.urlopen("http://ops.example/ops.yaml").read())',
            "print(cfg)",
        ]),
        REFUSED,
    ),
    // subprocess docs "Security Considerations": shell=True of a string fetched from the network.
    dev(
        "tune.py: subprocess.run(urlopen('http://.../cmd').read().decode(), shell=True)",
        tune("dev-py88-shell-true-fetched-rt88p", [
            "import subprocess, urllib.request",
            'cmd = urllib.request.urlopen("http://ops.example/cmd").read().decode()',
            "subprocess.run(cmd, shell=True, check=True)",
        ]),
        REFUSED,
    ),
    // subprocess shell=True of a command read from a file in /var/tmp (FHS: world-writable, any user made it).
    dev(
        "tune.py: subprocess.run(open('/var/tmp/ops.cmd').read(), shell=True)",
        tune("dev-py88-shell-true-var-tmp-file-rt88p", [
            "import subprocess",
            'subprocess.run(open("/var/tmp/ops.cmd").read(), shell=True, check=True)',
        ]),
        REFUSED,
    ),
    // ===== C. loads of code any user may have planted =====
    // site docs addsitedir(sitedir): "Add a directory to sys.path and process its .pth files" (import lines executed).
    // Was a MISS (fixed in round 88): ADDSITEDIR-PTH-UNREAD: insecure accepted (got []). Python docs site.addsitedir(sitedir): "Add a directory to sys.path and process its .pth files"; .pth lines "starting with import (followed by space or tab) are executed" at once, whatever is imported later. Where: pythonCode.ts pythonSysPath reads addsitedir only as an append to sys.path (judged when an import resolves there), not as a load of D/*.pth. Fix (general): site.addsitedir(D) loads D's startup hooks (PYTHON_STARTUP_HOOK) now: D world-writable, planted-able or unread is refused as a load of code the pack does not read, as a .pth in site-packages is.
    dev(
        "tune.py: site.addsitedir('/var/tmp/ops')",
        tune("dev-py88-addsitedir-var-tmp-rt88p", ["import site", 'site.addsitedir("/var/tmp/ops")', "import json"]),
        REFUSED,
    ),
    // Python docs PYTHONPATH: "Augment the default search path for module files" (before site-packages): a child
    // Python given /var/tmp/ops imports json (any planted json.py first).
    dev(
        "tune.py: subprocess.run(['python3', '/opt/ops/run.py'], env={..., 'PYTHONPATH': '/var/tmp/ops'})",
        tune(
            "dev-py88-child-pythonpath-var-tmp-rt88p",
            [
                "import os, subprocess",
                'env = dict(os.environ, PYTHONPATH="/var/tmp/ops")',
                'subprocess.run(["python3", "/opt/ops/run.py"], env=env, check=True)',
            ],
            [],
            RUN_PY,
        ),
        REFUSED,
    ),
    // os docs os.environ: "changes to the environment affect subprocesses started with os.system(), popen() or fork()
    // and execv()" (and subprocess): PYTHONPATH=/tmp/pylib for every child Python.
    dev(
        "tune.py: os.environ['PYTHONPATH'] = '/tmp/pylib'; subprocess.run(['python3', '/opt/ops/run.py'])",
        tune(
            "dev-py88-environ-pythonpath-tmp-rt88p",
            [
                "import os, subprocess",
                'os.environ["PYTHONPATH"] = "/tmp/pylib"',
                'subprocess.run(["python3", "/opt/ops/run.py"], check=True)',
            ],
            [],
            RUN_PY,
        ),
        REFUSED,
    ),
    // ld.so(8) LD_PRELOAD: "A list of additional, user-specified, ELF shared objects to be loaded before all others"
    // for every child: a /tmp object in systemctl.
    // Was a MISS (fixed in round 88): PY-ENVIRON-LOADER-VARS: insecure accepted (got []). ld.so(8) LD_PRELOAD: "A list of additional, user-specified, ELF shared objects to be loaded before all others"; os docs os.environ: changes "affect subprocesses started with os.system(), popen() or fork() and execv()". Where: pythonCode.ts reads os.environ[...] assignments for PYTHONPATH ("sets PYTHONPATH for itself and the programs it starts") and locating variables (locationKind), but not the dynamic loader's LD_PRELOAD/LD_LIBRARY_PATH (rootReads.ts judges the shell's `export LD_PRELOAD=/tmp/x.so` before a command). Fix (general): an os.environ/putenv/env= setting of any variable the shell reader judges for the commands it runs (loader, search lists, locating variables) is carried to the program's children as the shell's export is.
    dev(
        "tune.py: os.environ['LD_PRELOAD'] = '/tmp/libops.so'; subprocess.run(['systemctl', 'restart', 'containerd'])",
        tune("dev-py88-environ-ld-preload-tmp-rt88p", [
            "import os, subprocess",
            'os.environ["LD_PRELOAD"] = "/tmp/libops.so"',
            'subprocess.run(["systemctl", "restart", "containerd"], check=True)',
        ]),
        REFUSED,
    ),
    // runpy docs run_module(mod_name): the module found on sys.path, here after /dev/shm (world-writable tmpfs).
    dev(
        "tune.py: sys.path.append('/dev/shm'); runpy.run_module('opsplug')",
        tune("dev-py88-run-module-dev-shm-rt88p", [
            "import runpy, sys",
            'sys.path.append("/dev/shm")',
            'runpy.run_module("opsplug", run_name="__main__")',
        ]),
        REFUSED,
    ),
    // Python docs compile(source, filename, mode) then exec: text of a /var/tmp file.
    dev(
        "tune.py: exec(compile(open('/var/tmp/ops.py').read(), 'ops', 'exec'))",
        tune("dev-py88-compile-var-tmp-rt88p", [
            'src = open("/var/tmp/ops.py").read()',
            'exec(compile(src, "ops", "exec"))',
        ]),
        REFUSED,
    ),
    // code docs InteractiveInterpreter.runsource(source): "Compile and run some source in the interpreter".
    dev(
        "tune.py: code.InteractiveInterpreter().runsource(open('/tmp/ops.py').read(), symbol='exec')",
        tune("dev-py88-code-runsource-tmp-rt88p", [
            "import code",
            'code.InteractiveInterpreter().runsource(open("/tmp/ops.py").read(), "ops", "exec")',
        ]),
        REFUSED,
    ),
    // zipimport docs zipimporter(archivepath) ... load_module / exec_module: a /tmp archive's module.
    dev(
        "tune.py: zipimport.zipimporter('/tmp/ops.zip').load_module('ops')",
        tune("dev-py88-zipimporter-tmp-rt88p", [
            "import zipimport",
            'zipimport.zipimporter("/tmp/ops.zip").load_module("ops")',
        ]),
        REFUSED,
    ),
    // os docs execv(path, args): the program at path, in /tmp (any user's file).
    dev(
        "tune.py: os.execv('/tmp/opsctl', ['opsctl', 'init'])",
        tune("dev-py88-execv-tmp-rt88p", ["import os", 'os.execv("/tmp/opsctl", ["opsctl", "init"])']),
        REFUSED,
    ),
    // pickle docs: "It is possible to construct malicious pickle data which will execute arbitrary code during
    // unpickling"; a /var/tmp state file.
    dev(
        "tune.py: pickle.load(open('/var/tmp/ops.pkl', 'rb'))",
        tune("dev-py88-pickle-var-tmp-rt88p", [
            "import pickle",
            'with open("/var/tmp/ops.pkl", "rb") as f:',
            "    state = pickle.load(f)",
        ]),
        REFUSED,
    ),
    // ===== D. other interpreters' one-liners, as the shell's lines =====
    // perlfunc chmod LIST: "Changes the permissions of a list of files. The first element of the list must be the
    // numeric mode": 0777 on /opt/cni/bin.
    // Was a MISS (fixed in round 88): ONE-LINER-MODE-CHANGE-UNREAD: insecure accepted (got []). perlfunc chmod LIST: "Changes the permissions of a list of files. The first element of the list must be the numeric mode". Where: commandServers.ts inlineScriptListeners reads perl/ruby -e code only for listeners and literal commands (literalScriptCommands); a builtin mode change is no command, and round 87's pythonModeChanges exists for Python only. Fix (general): one mode/owner-change reading per language (perl chmod/chown, Ruby File.chmod/FileUtils.chmod, Node fs.chmod*/chown*), each judged by rootReads.ts modeChangeOpens as the shell's chmod/chown of the same words; an unread mode or path fails closed.
    dev(
        "user data: perl -e 'chmod 0777, \"/opt/cni/bin\"'",
        sh("dev-py88-perl-chmod-cni-rt88p", [`perl -e 'chmod 0777, "/opt/cni/bin"'`]),
        REFUSED,
    ),
    // Ruby docs File.chmod(mode_int, file_name, ...).
    // Was a MISS (fixed in round 88): ONE-LINER-MODE-CHANGE-UNREAD: insecure accepted (got []). Ruby docs File.chmod(mode_int, file_name, ...) "Changes permission bits on the named file(s)". Where: commandServers.ts inlineScriptListeners (see dev-py88-perl-chmod-cni). Fix (general): as dev-py88-perl-chmod-cni.
    dev(
        "user data: ruby -e 'File.chmod(0777, \"/opt/cni/bin\")'",
        sh("dev-py88-ruby-chmod-cni-rt88p", [`ruby -e 'File.chmod(0777, "/opt/cni/bin")'`]),
        REFUSED,
    ),
    // Node.js docs fs.chmodSync(path, mode).
    // Was a MISS (fixed in round 88): ONE-LINER-MODE-CHANGE-UNREAD: insecure accepted (got []). Node.js docs fs.chmodSync(path, mode). Where: javascript.ts (node -e code) reads listeners, child_process and module loads, not fs.chmod*/chown*. Fix (general): as dev-py88-perl-chmod-cni.
    dev(
        'user data: node -e \'require("fs").chmodSync("/opt/cni/bin", 0o777)\'',
        sh("dev-py88-node-chmod-cni-rt88p", [`node -e 'require("fs").chmodSync("/opt/cni/bin", 0o777)'`]),
        REFUSED,
    ),
    // gawk manual "system(command)": "Execute the operating system command command".
    dev(
        "user data: awk 'BEGIN { system(\"chmod 777 /opt/cni/bin\") }'",
        sh("dev-py88-awk-system-chmod-rt88p", [`awk 'BEGIN { system("chmod 777 /opt/cni/bin") }'`]),
        REFUSED,
    ),
    // perlfunc system LIST: the argv; Yama ptrace_scope 0.
    // Was a MISS (fixed in round 88): INLINE-COMMANDS-NOT-SHELL-JUDGED: insecure accepted (got []). perlfunc system LIST runs the argv; Yama docs ptrace_scope 0 lets any process trace any other of its uid. Where: commandServers.ts inlineScriptListeners hands perl/ruby -e literal commands to literalCommandListeners (listeners, crontab, config writes) only; round 86 routed Python's literal runs to the shell reader (RootReads.programRuns via pythonProgramCommandLines), not perl's/ruby's. Fix (general): every language reader's literal commands go through the same programCommands hook, judged as the shell line they are (KERNEL_PROTECTIONS, openedPaths, module loads, mounts).
    dev(
        'user data: perl -e \'system("sysctl", "-w", "kernel.yama.ptrace_scope=0")\'',
        sh("dev-py88-perl-system-ptrace-rt88p", [`perl -e 'system("sysctl", "-w", "kernel.yama.ptrace_scope=0")'`]),
        REFUSED,
    ),
    // Node.js docs child_process.execSync(command): "spawns a shell".
    dev(
        'user data: node -e \'require("child_process").execSync("sysctl -w fs.suid_dumpable=1")\'',
        sh("dev-py88-node-execsync-suid-rt88p", [
            `node -e 'require("child_process").execSync("sysctl -w fs.suid_dumpable=1")'`,
        ]),
        REFUSED,
    ),
    // perlfunc do EXPR: "Uses the value of EXPR as a filename and executes the contents of the file as a Perl script".
    dev(
        "user data: perl -e 'do \"/tmp/ops.pl\"'",
        sh("dev-py88-perl-do-tmp-rt88p", [`perl -e 'do "/tmp/ops.pl"'`]),
        REFUSED,
    ),
    // Node.js docs "Modules": require(id) of an absolute path loads and runs it.
    dev(
        "user data: node -e 'require(\"/tmp/ops.js\")'",
        sh("dev-py88-node-require-tmp-rt88p", [`node -e 'require("/tmp/ops.js")'`]),
        REFUSED,
    ),
    // LWP::Simple getstore($url, $file) over plain http, then insmod(8).
    // Was a MISS (fixed in round 88): UNREAD-DOWNLOAD-LOADED: insecure accepted (got []). LWP::Simple docs getstore($url, $file) "Gets a document identified by a URL and stores it in the file" (http://: no server verified); insmod(8). Where: commandServers.ts inlineScriptListeners reads perl -e code for listeners and literal commands only; the file it writes is not recorded as a download (rootReads.ts unverifiedDownloads), and insmod of a file that is neither planted nor an unverified curl/wget download is accepted (loadedOperands). Fix (general): as dev-py88-urlopen-http-insmod: a module file written by a command the pack does not read as a verified download is unknown kernel code (fail closed).
    dev(
        "user data: perl -MLWP::Simple -e 'getstore(\"http://.../ops.ko\", F)'; insmod F",
        sh("dev-py88-perl-getstore-http-insmod-rt88p", [
            `perl -MLWP::Simple -e 'getstore("http://ops.example/ops.ko", "/var/cache/ops/ops.ko")'`,
            "insmod /var/cache/ops/ops.ko",
        ]),
        REFUSED,
    ),
    // python3 -c (Python docs "Command line": "Execute the Python code in command"): os.umask(0) then makedirs.
    // Was a MISS (fixed in round 88): PY-UMASK-UNREAD: insecure accepted (got []). Python docs os.umask(mask) "Set the current numeric umask"; os.makedirs/Path.mkdir "the current umask value is first masked out" (mkdir(2): mode & ~umask); umask(2): "A child process created via fork(2) inherits its parent's umask". Where: pythonCode.ts pythonWriteRefusal (the write table says os.mkdir/makedirs and Path.mkdir "hold no content of their own") and pythonModeChanges never read os.umask; commandServers.ts pythonProgramCommandLines hands the program's argv to the shell reader (RootReads.programRuns) with the shell's own umask state (rootReads.ts umaskOpen, round 80), not the program's. Fix (general): carry a Python program's os.umask (a literal keeping 0o002 or not; unread: fail closed) as the shell's `umask MODE` is carried: each directory/file the program makes after it (os.mkdir/makedirs, Path.mkdir/touch, open/os.open O_CREAT, and every child it starts) is judged with openedPaths' umaskOpen, as the shell's mkdir without -m under `umask 000` is. (the same through python3 -c, read as a program by the same reader).
    dev(
        "user data: python3 -c \"import os; os.umask(0); os.makedirs('/etc/containerd/certs.d')\"",
        sh("dev-py88-python-c-umask0-certsd-rt88p", [
            `python3 -c "import os; os.umask(0); os.makedirs('/etc/containerd/certs.d', exist_ok=True)"`,
        ]),
        REFUSED,
    ),
    // ===== Round 88 fix neighbours (-fix88) =====
    // umask(2) inherited: a umask 0o002-free mask (0o020) keeps others' write; os.mkdir of the CNI conf directory.
    dev(
        "tune.py: os.umask(0o020); os.mkdir('/etc/cni/net.d')",
        tune("dev-py88-umask020-mkdir-cni-fix88", ["import os", "os.umask(0o020)", 'os.mkdir("/etc/cni/net.d")']),
        REFUSED,
    ),
    // os.umask of a value the pack cannot read: fail closed (mask 000) for the directories it makes.
    dev(
        "tune.py: os.umask(int(os.environ['MASK'], 8)); os.makedirs('/etc/containerd/certs.d')",
        tune("dev-py88-umask-unread-makedirs-fix88", [
            "import os",
            'os.umask(int(os.environ["MASK"], 8))',
            'os.makedirs("/etc/containerd/certs.d", exist_ok=True)',
        ]),
        REFUSED,
    ),
    // perlfunc chown LIST: a non-root uid on the CNI plugin directory.
    dev(
        "user data: perl -e 'chown 1000, 1000, \"/opt/cni/bin\"'",
        sh("dev-py88-perl-chown-cni-fix88", [`perl -e 'chown 1000, 1000, "/opt/cni/bin"'`]),
        REFUSED,
    ),
    // Ruby docs FileUtils.chmod(mode, list): a symbolic o+w on the CNI conf directory.
    dev(
        'user data: ruby -e \'FileUtils.chmod("o+w", ["/etc/cni/net.d"])\'',
        sh("dev-py88-ruby-fileutils-chmod-fix88", [`ruby -rfileutils -e 'FileUtils.chmod("o+w", ["/etc/cni/net.d"])'`]),
        REFUSED,
    ),
    // A perl chmod whose mode is a variable: not read, fail closed.
    dev(
        'user data: perl -e \'$m = oct("777"); chmod $m, "/opt/cni/bin"\'',
        sh("dev-py88-perl-chmod-variable-fix88", [`perl -e '$m = oct("777"); chmod $m, "/opt/cni/bin"'`]),
        REFUSED,
    ),
    // ruby -e system of a literal argv: the shell's sysctl line (fs.suid_dumpable=1).
    dev(
        'user data: ruby -e \'system("sysctl", "-w", "fs.suid_dumpable=1")\'',
        sh("dev-py88-ruby-system-suid-fix88", [`ruby -e 'system("sysctl", "-w", "fs.suid_dumpable=1")'`]),
        REFUSED,
    ),
    // A program-written file (requests over verified https, then written by the program) run by insmod: code the pack
    // does not read (the bytes pass through the program).
    dev(
        "tune.py: urlopen(http) bytes written then modprobe -> insmod of /var/cache/ops/x.ko via subprocess",
        tune("dev-py88-urlopen-http-kexec-fix88", [
            "import subprocess, urllib.request",
            'data = urllib.request.urlopen("http://ops.example/x.ko").read()',
            'open("/var/cache/ops/x.ko", "wb").write(data)',
            'subprocess.run(["insmod", "/var/cache/ops/x.ko"], check=True)',
        ]),
        REFUSED,
    ),
    // site.addsitedir of /tmp: its .pth import lines run now.
    dev(
        "tune.py: site.addsitedir('/tmp/pysite')",
        tune("dev-py88-addsitedir-tmp-fix88", ["import site", 'site.addsitedir("/tmp/pysite")']),
        REFUSED,
    ),
    // ld.so(8) LD_PRELOAD of a /dev/shm object by os.environ.update for a child.
    // Was a MISS (fixed in round 90): PY-ENVIRON-LOADER-VARS: insecure accepted (got []). ld.so(8) LD_PRELOAD; Python docs "os.environ" ("changes to the environment affect subprocesses started with os.system(), popen() or fork() and execv()"; a mapping, so MutableMapping's update/setdefault set items). Where: pythonCode.ts pythonEnvironWrites matched `os.environ.update` as one dotted name, never as environ's method, so the keyword form set nothing. Fix (general): a dotted name whose part before its last dot resolves to environ is read as environ's method (any import alias), every write form carried to the children's lines (commandServers.ts pythonProgramCommandLines) and judged as the shell's.
    dev(
        "tune.py: os.environ.update(LD_PRELOAD='/dev/shm/libops.so'); subprocess.run(['systemctl', 'daemon-reload'])",
        tune("dev-py88-environ-update-ld-preload-fix88", [
            "import os, subprocess",
            'os.environ.update(LD_PRELOAD="/dev/shm/libops.so")',
            'subprocess.run(["systemctl", "daemon-reload"], check=True)',
        ]),
        REFUSED,
    ),
    // Round 90 neighbours (Python docs "os.environ", "os.putenv", "subprocess" Popen env=, "os.execve"/"os.spawnve";
    // ld.so(8) LD_PRELOAD, LD_LIBRARY_PATH, LD_AUDIT; bash(1) PATH): every way a program sets a child's variable.
    dev(
        "tune.py: os.environ.update({'LD_PRELOAD': '/dev/shm/x.so'}) (a dict literal); subprocess.run systemctl",
        tune("dev-py90-environ-update-dict-fix90", [
            "import os, subprocess",
            'os.environ.update({"LD_PRELOAD": "/dev/shm/x.so"})',
            'subprocess.run(["systemctl", "daemon-reload"], check=True)',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: os.environ.setdefault('LD_PRELOAD', '/tmp/x.so'); subprocess.run systemctl",
        tune("dev-py90-environ-setdefault-fix90", [
            "import os, subprocess",
            'os.environ.setdefault("LD_PRELOAD", "/tmp/x.so")',
            'subprocess.run(["systemctl", "daemon-reload"], check=True)',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: os.putenv('LD_LIBRARY_PATH', '/dev/shm/lib'); os.system('systemctl daemon-reload')",
        tune("dev-py90-putenv-ld-library-path-fix90", [
            "import os",
            'os.putenv("LD_LIBRARY_PATH", "/dev/shm/lib")',
            'os.system("systemctl daemon-reload")',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: from os import environ; environ.update(LD_AUDIT='/var/tmp/a.so'); subprocess.run systemctl",
        tune("dev-py90-from-os-environ-update-fix90", [
            "import subprocess",
            "from os import environ",
            'environ.update(LD_AUDIT="/var/tmp/a.so")',
            'subprocess.run(["systemctl", "daemon-reload"], check=True)',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: import os as o; o.environ.update(PATH='/tmp/bin:/usr/bin'); subprocess.run systemctl",
        tune("dev-py90-os-alias-environ-path-fix90", [
            "import os as o, subprocess",
            'o.environ.update(PATH="/tmp/bin:/usr/bin")',
            'subprocess.run(["systemctl", "daemon-reload"], check=True)',
        ]),
        REFUSED,
    ),
    // A mapping the pack cannot read item by item (json.load of a file): any variable may be set: fail closed.
    dev(
        "tune.py: os.environ.update(json.load(open('/var/lib/ops/env.json'))); subprocess.run systemctl",
        tune("dev-py90-environ-update-unread-mapping-fix90", [
            "import json, os, subprocess",
            'os.environ.update(json.load(open("/var/lib/ops/env.json")))',
            'subprocess.run(["systemctl", "daemon-reload"], check=True)',
        ]),
        REFUSED,
    ),
    // A key the pack cannot compute (a name bound to a literal): not read, fail closed.
    dev(
        "tune.py: k = 'LD_' + 'PRELOAD'; os.environ[k] = '/dev/shm/x.so'; subprocess.run systemctl",
        tune("dev-py90-environ-computed-key-fix90", [
            "import os, subprocess",
            'k = "LD_" + "PRELOAD"',
            'os.environ[k] = "/dev/shm/x.so"',
            'subprocess.run(["systemctl", "daemon-reload"], check=True)',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: subprocess.run(['systemctl', 'daemon-reload'], env={**os.environ, 'LD_PRELOAD': '/dev/shm/x.so'})",
        tune("dev-py90-env-kw-spread-ld-preload-fix90", [
            "import os, subprocess",
            'subprocess.run(["systemctl", "daemon-reload"], env={**os.environ, "LD_PRELOAD": "/dev/shm/x.so"}, check=True)',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: subprocess.run([...], env=dict(os.environ, LD_PRELOAD='/dev/shm/x.so'))",
        tune("dev-py90-env-kw-dict-ld-preload-fix90", [
            "import os, subprocess",
            'subprocess.run(["systemctl", "daemon-reload"], env=dict(os.environ, LD_PRELOAD="/dev/shm/x.so"), check=True)',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: os.execve('/usr/bin/systemctl', [...], {'LD_PRELOAD': '/dev/shm/x.so'})",
        tune("dev-py90-execve-env-fix90", [
            "import os",
            'os.execve("/usr/bin/systemctl", ["systemctl", "daemon-reload"], {"LD_PRELOAD": "/dev/shm/x.so"})',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: os.spawnve(os.P_WAIT, '/usr/bin/systemctl', [...], {'LD_PRELOAD': '/dev/shm/x.so'})",
        tune("dev-py90-spawnve-env-fix90", [
            "import os",
            'os.spawnve(os.P_WAIT, "/usr/bin/systemctl", ["systemctl", "daemon-reload"], {"LD_PRELOAD": "/dev/shm/x.so"})',
        ]),
        REFUSED,
    ),
    // An IMDS-naming Python program that also listens (http.server): not a client only.
    dev(
        "tune.py: IMDS URL and an http.server on 0.0.0.0",
        tune("dev-py88-imds-server-fix88", [
            "import http.server, urllib.request",
            "IMDS = 'http://169.254.169.254'",
            "class H(http.server.BaseHTTPRequestHandler):",
            "    def do_GET(self):",
            "        self.send_response(200); self.end_headers()",
            "        self.wfile.write(urllib.request.urlopen(IMDS + self.path).read())",
            "http.server.HTTPServer(('0.0.0.0', 8080), H).serve_forever()",
        ]),
        REFUSED,
    ),
    // os.fchmod 0o644 on a descriptor: a mode granting read to others on a path the pack does not follow.
    dev(
        "tune.py: os.fchmod(f.fileno(), 0o666)",
        tune("dev-py88-fchmod-0666-fix88", [
            "import os",
            'with open("/var/lib/ops/config.json", "w") as f:',
            "    os.fchmod(f.fileno(), 0o666)",
        ]),
        REFUSED,
    ),
];

const secure: NodeCase[] = [
    // IMDSv2 (EC2 docs "Use the Instance Metadata Service to access instance metadata": PUT /latest/api/token with
    // X-aws-ec2-metadata-token-ttl-seconds, then GETs with X-aws-ec2-metadata-token; link-local 169.254.169.254 is the
    // instance's own), its identity written to a 0o600 file root alone reads (os docs os.open(path, flags, mode)).
    // Was a MISS (fixed in round 88): PY-IMDS-CLIENT-READ-AS-RELAY: secure refused (a root process of the node relay or route to instance metadata: IMDS = 'http://169.254.169.254'). EC2 docs "Use the Instance Metadata Service to access instance metadata" (IMDSv2: PUT /latest/api/token, then GET with X-aws-ec2-metadata-token) is how software on the instance reads its identity; a client relays nothing (the pack's own advice: "only fetch metadata in the script itself"). Where: rootWrites.ts configured (the `relays` filter of every file the node reads, via rootReads.ts generic "which the node reads"): a Python assignment `NAME = '...169.254.169.254'` is not the shell's `NAME=` shape, so the line is read as a relay. Fix (general): a program file a language reader reads (Python, JS, ...) relays IMDS only where that reader finds a listener or proxy forwarding to it (commandServers/listeners), not where a line names the address as a URL it fetches.
    dev(
        "tune.py: IMDSv2 token + identity document; os.open(0o600) write under /var/lib/ops",
        tune("dev-py88-imdsv2-identity-0600-rt88p", [
            "import json, os, urllib.request",
            "IMDS = 'http://169.254.169.254'",
            "req = urllib.request.Request(IMDS + '/latest/api/token', method='PUT',",
            "                             headers={'X-aws-ec2-metadata-token-ttl-seconds': '21600'})",
            "token = urllib.request.urlopen(req, timeout=2).read().decode()",
            "req = urllib.request.Request(IMDS + '/latest/dynamic/instance-identity/document',",
            "                             headers={'X-aws-ec2-metadata-token': token})",
            "doc = json.load(urllib.request.urlopen(req, timeout=2))",
            "fd = os.open('/var/lib/ops/identity.json', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)",
            "with os.fdopen(fd, 'w') as f:",
            "    json.dump({'region': doc['region'], 'instanceId': doc['instanceId']}, f)",
        ]),
        undefined,
    ),
    // dnf(8) install from the AMI's configured repositories, an argv list (subprocess docs: no shell).
    dev(
        "tune.py: subprocess.run(['dnf', 'install', '-y', 'amazon-cloudwatch-agent'])",
        tune("dev-py88-dnf-install-argv-rt88p", [
            "import subprocess",
            'subprocess.run(["dnf", "install", "-y", "amazon-cloudwatch-agent"], check=True)',
        ]),
    ),
    // systemctl(1) enable --now of a unit the package shipped.
    dev(
        "tune.py: subprocess.run(['systemctl', 'enable', '--now', 'amazon-ssm-agent'])",
        tune("dev-py88-systemctl-enable-argv-rt88p", [
            "import subprocess",
            'subprocess.run(["systemctl", "enable", "--now", "amazon-ssm-agent"], check=True)',
        ]),
    ),
    // systemctl(1) restart containerd; daemon-reload by a literal shell line.
    dev(
        "tune.py: subprocess.run('systemctl daemon-reload', shell=True); systemctl restart containerd",
        tune("dev-py88-systemctl-restart-rt88p", [
            "import subprocess",
            'subprocess.run("systemctl daemon-reload", shell=True, check=True)',
            'subprocess.run(["systemctl", "restart", "containerd"], check=True)',
        ]),
    ),
    // os docs umask: 0o077 (stricter than root's 022) before making its state.
    dev(
        "tune.py: os.umask(0o077); os.makedirs('/var/lib/ops/state'); write there",
        tune("dev-py88-umask077-state-rt88p", [
            "import json, os",
            "os.umask(0o077)",
            'os.makedirs("/var/lib/ops/state", exist_ok=True)',
            'with open("/var/lib/ops/state/run.json", "w") as f:',
            '    json.dump({"ok": True}, f)',
        ]),
    ),
    // Secure twin of dev-py88-umask0-child-mkdir: umask 0o022 (root's default, directories 0755).
    dev(
        "tune.py: os.umask(0o022); subprocess.run(['mkdir', '-p', '/etc/containerd/certs.d'])",
        tune("dev-py88-umask022-child-mkdir-rt88p", [
            "import os, subprocess",
            "os.umask(0o022)",
            'subprocess.run(["mkdir", "-p", "/etc/containerd/certs.d"], check=True)',
        ]),
    ),
    // os docs makedirs(name, mode=0o750): its own cache directory, no write for others.
    dev(
        "tune.py: os.makedirs('/var/lib/ops/cache', mode=0o750, exist_ok=True)",
        tune("dev-py88-makedirs-0750-rt88p", [
            "import os",
            'os.makedirs("/var/lib/ops/cache", mode=0o750, exist_ok=True)',
        ]),
    ),
    // pathlib docs Path.touch(mode=0o666, exist_ok=True): a marker in its own state (umask 022: 0644).
    dev(
        "tune.py: Path('/var/lib/ops/ready').touch(mode=0o644)",
        tune("dev-py88-touch-0644-rt88p", ["from pathlib import Path", 'Path("/var/lib/ops/ready").touch(mode=0o644)']),
    ),
    // os docs fchmod(fd, mode): 0o600 narrows any file (owner only), whatever the descriptor names: the common
    // "write secrets privately" idiom.
    // Was a MISS (fixed in round 88): FCHMOD-NARROWING-MODE: secure refused (os.fchmod(f.fileno(), 0o600): a descriptor the pack does not follow, fail closed). os docs fchmod(fd, mode); chmod(2): 0600 leaves only the owner's read/write, so whatever file the descriptor names, no one but root gains anything. Where: pythonCode.ts pythonModeChangeOpensNothing requires `paths` (undefined for fchmod/dir_fd). Fix (general): a literal mode that grants neither write nor read to group or others (and no set-id bit) opens nothing on any path: accept it without the path; keep failing closed for any other mode (modeChangeOpens with an unknown path).
    dev(
        "tune.py: with open('/var/lib/ops/config.json', 'w') as f: os.fchmod(f.fileno(), 0o600); json.dump",
        tune("dev-py88-fchmod-0600-own-rt88p", [
            "import json, os",
            'with open("/var/lib/ops/config.json", "w") as f:',
            "    os.fchmod(f.fileno(), 0o600)",
            '    json.dump({"cluster": "dev"}, f)',
        ]),
        undefined,
    ),
    // tempfile docs NamedTemporaryFile(dir=..., delete=False), then os.replace (atomic) and os.chmod 0o600.
    dev(
        "tune.py: NamedTemporaryFile(dir='/var/lib/ops') then os.replace to config.json and chmod 0o600",
        tune("dev-py88-namedtemp-replace-chmod-rt88p", [
            "import json, os, tempfile",
            'with tempfile.NamedTemporaryFile("w", dir="/var/lib/ops", delete=False) as t:',
            '    json.dump({"cluster": "dev"}, t)',
            'os.replace(t.name, "/var/lib/ops/config.json")',
            'os.chmod("/var/lib/ops/config.json", 0o600)',
        ]),
    ),
    // tempfile docs mkstemp(): "readable and writable only by the creating user ID", O_EXCL in /tmp.
    // Was a MISS (fixed in round 88): PY-ARGV-TEMPFILE-OPERAND: secure refused (runs commands the pack does not read). tempfile docs mkstemp(): "creates a temporary file in the most secure manner possible ... readable and writable only by the creating user ID" (O_EXCL, a fresh random name); the shell's `F=$(mktemp); sha256sum "$F"` is read through privateTemps. Where: pythonCode.ts pythonCommandRuns / commandServers.ts pythonProgramCommandLines: an argv word bound to mkstemp()/mkdtemp() is an unread operand (fail closed). Fix (general): a name bound only to tempfile.mkstemp()[1], mkdtemp() or NamedTemporaryFile().name is the shell's private mktemp path for the argv reading.
    dev(
        "tune.py: fd, p = tempfile.mkstemp(); write; sha256sum p; os.unlink(p)",
        tune("dev-py88-mkstemp-checksum-rt88p", [
            "import os, subprocess, tempfile",
            "fd, p = tempfile.mkstemp()",
            'os.write(fd, b"hello")',
            "os.close(fd)",
            'subprocess.run(["sha256sum", p], check=True)',
            "os.unlink(p)",
        ]),
        undefined,
    ),
    // requests docs: verification on by default; fetched JSON stored as data in its own state.
    dev(
        "tune.py: requests.get(https).json() dumped to /var/lib/ops/remote.json",
        tune("dev-py88-requests-https-json-rt88p", [
            "import json, requests",
            'cfg = requests.get("https://config.ops.example/dev.json", timeout=10).json()',
            'with open("/var/lib/ops/remote.json", "w") as f:',
            "    json.dump(cfg, f)",
        ]),
    ),
    // ssl docs create_default_context(): CERT_REQUIRED and check_hostname; JSON data.
    dev(
        "tune.py: urlopen(https, context=ssl.create_default_context()); json.load; write state",
        tune("dev-py88-urlopen-default-context-rt88p", [
            "import json, ssl, urllib.request",
            "ctx = ssl.create_default_context()",
            'cfg = json.load(urllib.request.urlopen("https://config.ops.example/dev.json", context=ctx))',
            'with open("/var/lib/ops/remote.json", "w") as f:',
            "    json.dump(cfg, f)",
        ]),
    ),
    // os docs chown(path, 0, 0) then chmod 0o700: its own directory root's alone (os.path.join of literals).
    dev(
        "tune.py: p = os.path.join('/var/lib/ops', 'out'); os.makedirs(p); os.chown(p, 0, 0); os.chmod(p, 0o700)",
        tune("dev-py88-join-chown-chmod-0700-rt88p", [
            "import os",
            'p = os.path.join("/var/lib/ops", "out")',
            "os.makedirs(p, exist_ok=True)",
            "os.chown(p, 0, 0)",
            "os.chmod(p, 0o700)",
        ]),
    ),
    // chmod(1) 0600 and install(1) -d -m 0755 by argv: no write for others.
    dev(
        "tune.py: subprocess chmod 0600 own file; install -d -m 0755 /opt/ops/bin",
        tune("dev-py88-argv-chmod-install-0755-rt88p", [
            "import subprocess",
            'open("/var/lib/ops/config.json", "w").write("{}")',
            'subprocess.run(["chmod", "0600", "/var/lib/ops/config.json"], check=True)',
            'subprocess.run(["install", "-d", "-m", "0755", "/opt/ops/bin"], check=True)',
        ]),
    ),
    // perlrun -p -i -e: an in-place edit of its own file (no code loaded from elsewhere).
    dev(
        "user data: perl -pi -e 's/LEVEL/info/' /var/lib/ops/app.conf",
        sh("dev-py88-perl-pi-own-conf-rt88p", [
            "echo 'level=LEVEL' > /var/lib/ops/app.conf",
            "perl -pi -e 's/LEVEL/info/' /var/lib/ops/app.conf",
        ]),
    ),
    // awk(1) reading /proc/meminfo into its own state.
    dev(
        "user data: awk '/MemTotal/ {print $2}' /proc/meminfo > /var/lib/ops/mem",
        sh("dev-py88-awk-meminfo-rt88p", ["awk '/MemTotal/ {print $2}' /proc/meminfo > /var/lib/ops/mem"]),
    ),
    // python3 -c reading IMDSv2 JSON from stdin (curl -H token) for the region.
    dev(
        "user data: TOKEN=$(curl -X PUT IMDS token); curl identity | python3 -c json.load region",
        sh("dev-py88-imds-python-c-region-rt88p", [
            'TOKEN=$(curl -sS -X PUT -H "X-aws-ec2-metadata-token-ttl-seconds: 300" http://169.254.169.254/latest/api/token)',
            'REGION=$(curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/dynamic/instance-identity/document | python3 -c "import json, sys; print(json.load(sys.stdin)[\'region\'])")',
            'echo "region=$REGION" > /var/lib/ops/region',
        ]),
    ),
    // perlfunc chmod 0755 (no write for others) on the CNI directory (the shell's `chmod 755`).
    dev(
        "user data: perl -e 'chmod 0755, \"/opt/cni/bin\"'",
        sh("dev-py88-perl-chmod-755-rt88p", [`perl -e 'chmod 0755, "/opt/cni/bin"'`]),
    ),
    // python3 -c os.chmod 0o755 (round 87's Path.chmod rule, through -c).
    dev(
        "user data: python3 -c \"import os; os.chmod('/opt/cni/bin', 0o755)\"",
        sh("dev-py88-python-c-chmod-755-rt88p", [`python3 -c "import os; os.chmod('/opt/cni/bin', 0o755)"`]),
    ),
    // A root Python program run after the shell wrote it (round 87's own runpy files; here a plain run).
    dev(
        "user data writes /opt/ops/run.py; python3 runs it",
        sh("dev-py88-own-run-py-rt88p", [...RUN_PY, "python3 /opt/ops/run.py"]),
    ),
    // ===== Round 88 fix neighbours (-fix88) =====
    // The save/restore idiom (os docs umask returns the previous mask): old = os.umask(0o077) ... os.umask(old).
    dev(
        "tune.py: old = os.umask(0o077); os.makedirs(state); os.umask(old)",
        tune("dev-py88-umask-restore-fix88", [
            "import os",
            "old = os.umask(0o077)",
            'os.makedirs("/var/lib/ops/state", exist_ok=True)',
            "os.umask(old)",
        ]),
    ),
    // os.umask(0) with makedirs(mode=0o755): the literal mode grants others no write whatever the mask.
    dev(
        "tune.py: os.umask(0); os.makedirs('/etc/containerd/certs.d', mode=0o755)",
        tune("dev-py88-umask0-mode0755-fix88", [
            "import os",
            "os.umask(0)",
            'os.makedirs("/etc/containerd/certs.d", mode=0o755, exist_ok=True)',
        ]),
    ),
    // ruby File.chmod(0755) and node fs.chmodSync 0o755: no write for others.
    dev(
        "user data: ruby -e 'File.chmod(0755, \"/opt/cni/bin\")'",
        sh("dev-py88-ruby-chmod-755-fix88", [`ruby -e 'File.chmod(0755, "/opt/cni/bin")'`]),
    ),
    dev(
        'user data: node -e \'require("fs").chmodSync("/opt/cni/bin", 0o755)\'',
        sh("dev-py88-node-chmod-755-fix88", [`node -e 'require("fs").chmodSync("/opt/cni/bin", 0o755)'`]),
    ),
    // perl -e system of a harmless literal argv (sysctl of a benign setting).
    dev(
        'user data: perl -e \'system("sysctl", "-w", "vm.swappiness=10")\'',
        sh("dev-py88-perl-system-swappiness-fix88", [`perl -e 'system("sysctl", "-w", "vm.swappiness=10")'`]),
    ),
    // os.fchmod 0o400: owner read only, group and others nothing.
    dev(
        "tune.py: os.fchmod(f.fileno(), 0o400)",
        tune("dev-py88-fchmod-0400-fix88", [
            "import json, os",
            'with open("/var/lib/ops/config.json", "w") as f:',
            "    os.fchmod(f.fileno(), 0o400)",
            '    json.dump({"ok": True}, f)',
        ]),
    ),
    // mkdtemp() named in an argv (tar -C into it).
    dev(
        "tune.py: d = tempfile.mkdtemp(); subprocess.run(['ls', '-l', d])",
        tune("dev-py88-mkdtemp-ls-fix88", [
            "import subprocess, tempfile",
            "d = tempfile.mkdtemp()",
            'subprocess.run(["ls", "-l", d], check=True)',
        ]),
    ),
    // IMDSv2 client reading its region only into a 0o600 file (no identity document).
    dev(
        "tune.py: IMDSv2 placement/region to a 0o600 file",
        tune("dev-py88-imdsv2-region-fix88", [
            "import os, urllib.request",
            "IMDS = 'http://169.254.169.254'",
            "req = urllib.request.Request(IMDS + '/latest/api/token', method='PUT',",
            "                             headers={'X-aws-ec2-metadata-token-ttl-seconds': '60'})",
            "token = urllib.request.urlopen(req, timeout=2).read().decode()",
            "req = urllib.request.Request(IMDS + '/latest/meta-data/placement/region',",
            "                             headers={'X-aws-ec2-metadata-token': token})",
            "region = urllib.request.urlopen(req, timeout=2).read().decode()",
            "fd = os.open('/var/lib/ops/region', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)",
            "os.write(fd, region.encode())",
            "os.close(fd)",
        ]),
    ),
    // Round 90 neighbours of PY-ENVIRON-LOADER-VARS (secure): locale(7) LANG/LC_ALL, environ(7) TZ set through
    // environ's methods for a child (harmless: no file named), and environ only read (Python docs "os.environ").
    dev(
        "tune.py: os.environ.update(LANG='C.UTF-8', TZ='UTC'); subprocess.run systemctl daemon-reload",
        tune("dev-py90-environ-update-locale-fix90", [
            "import os, subprocess",
            'os.environ.update(LANG="C.UTF-8", TZ="UTC")',
            'subprocess.run(["systemctl", "daemon-reload"], check=True)',
        ]),
    ),
    dev(
        "tune.py: from os import environ; environ.setdefault('LC_ALL', 'C'); region = environ.get('AWS_REGION', ...)",
        tune("dev-py90-from-os-environ-read-fix90", [
            "import subprocess",
            "from os import environ",
            'environ.setdefault("LC_ALL", "C")',
            'region = environ.get("AWS_REGION", "us-east-1")',
            'subprocess.run(["systemctl", "daemon-reload"], check=True)',
            "print(region)",
        ]),
    ),
];

describeNodeCases("Round 88 red team (python)", insecure, secure);
