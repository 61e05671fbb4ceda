// Red-team round 72 (python, fresh eyes) on EKS NODE user data: root Python programs, neighbours of round 72's fixes
// (PYTHON_WRITE_CALLS, links and extraction, PYTHON_ENVIRONMENT, pythonUnreadCode, RPC purity) and routes nobody tried.
// (redteam72-pydyn covers exec/eval/computed imports/fileConfig/pickle; not repeated here.)
// Probed (insecure, 48): open bound to another name (alias, functools.partial, getattr(builtins), map, print(file=)),
// unbound Path.write_text, Path aliases and `/` joins, operator.methodcaller, os.open by keywords, a mode by a name;
// writes through links to DIRECTORIES (os.symlink, Path.symlink_to, a shell `ln -s` before the run), shutil.copy to a
// link, tempfile dir= a link, tar filter='data' into a linked destination (Python- and shell-made), fully_trusted and
// the extraction_filter attribute; subprocess dd/cp/tee/sh-stdin/popen/posix_spawn/asyncio/pty writers; PYTHONBREAKPOINT
// from os.environ (own breakpoint(), execv, subprocess env=), unit Environment=/EnvironmentFile=/drop-ins, systemctl
// set-environment; timeit/cProfile/code.runsource/pkgutil.resolve_name/pydoc.locate/ctypes.CDLL/zipimport/an
// import_module alias; a stdlib module shadowed by a file beside the script or in the cwd of `python -c`, a system
// site-packages .pth and sitecustomize; an XML-RPC functools.partial reading kubelet.conf.
// Secure (22): zip writestr/open('w')/write, tar add and data_filter callable, copytree(symlinks=True), Path alias and
// print(file=) to data paths, prometheus_client, boto3, requests+yaml, a pip-installed helper, stdlib submodules,
// from-imported import_module('json'), harmless os.environ, tempfile+replace, sh -c sysctl, yaml dump, rotating logs,
// an XML-RPC ping, -I with a json.py beside the script, a venv's pip-installed requests.
// Misses: insecure 4 of 48 accepted, by class:
// - WRITE-CALL-AS-VALUE (2): functools.partial(open, mode='w') (the partial's keywords not merged) and map(open, ...)
//   (open as a value): pythonWriteRefusal reads write calls only as calls.
// - PROGRAM-ENVIRON (2): os.environ[...] = / setdefault of PYTHONBREAKPOINT then breakpoint() in the same program
//   (PEP 553: consulted on every call): pythonEnvironment reads user data's shell assignments only.
// Secure 3 of 22 refused: ZipFile.open(name, 'w') taken for Path.open (member name read as mode); a pip-installed
// package (tenacity) unread though round 69 trusts an operator's download; `from importlib import import_module` used
// only with a literal name still dynamic.
// Held: every other write form, every link/extraction probe, subprocess writers, env= and unit environments, the stdlib
// code runners, shadowing, .pth/sitecustomize, RPC purity. Each `// MISS:` comment says why and the fix.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase, systemdUnit } from "./nodeBuilders";

const dev = devNodeCase;

/** What a refusal names: the server, the program, a write root reads, or code it does not read. */
const REFUSED = /serv|8001|kubernetes|tune\.py|srv|unread|not read|writes|cron|program|PYTHON/;

/** The cron line the insecure writes put in root's cron: a server of /etc/kubernetes on 0.0.0.0:8001. */
const CRON = "@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n";

/** /opt/ops/srv.py: a server of /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8001, `main()` serving. */
const SERVER = [
    "import functools, http.server",
    "def main(*a, **k):",
    '    h = functools.partial(http.server.SimpleHTTPRequestHandler, directory="/etc/kubernetes")',
    '    http.server.ThreadingHTTPServer(("0.0.0.0", 8001), h).serve_forever()',
];

/** /opt/ops/tune.py (`lines`) run as root from /var/lib/ops (a data directory); `before` shell lines first. */
const tune = (name: string, lines: string[], before: string[] = []) =>
    devNodeScript(name, [
        "mkdir -p /var/lib/ops /var/cache/ops /var/log/ops",
        ...before,
        ...heredocFile("/opt/ops/tune.py", lines),
        "cd /var/lib/ops && python3 /opt/ops/tune.py",
    ]);

/** tune.py with srv.py (SERVER) beside it in /opt/ops, run from /opt/ops. */
const withSrv = (name: string, lines: string[], before: string[] = []) =>
    devNodeScript(name, [
        ...before,
        ...heredocFile("/opt/ops/srv.py", SERVER),
        ...heredocFile("/opt/ops/tune.py", lines),
        "cd /opt/ops && nohup python3 /opt/ops/tune.py >/var/log/tune.log 2>&1 &",
    ]);

const insecure: NodeCase[] = [
    // --- PYTHON_WRITE_CALLS: the write calls by another name ---
    // Python docs "Built-in Functions" open(): a name bound to open is open (Python reference "Naming and binding").
    dev(
        "tune.py: o = open; o('/etc/cron.d/ops', 'w').write(cron line)",
        tune("dev-py72p-open-alias-nodes", ["o = open", `o("/etc/cron.d/ops", "w").write("${CRON}")`]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 74): Python docs "functools.partial(func, /, *args, **keywords)": "Return a new partial object which when called
    // will behave like func called with the positional arguments args and keyword arguments keywords": w(path) is
    // open(path, mode="w"), root writes /etc/cron.d/ops (crontab(5): /etc/cron.d files run as the user they name), a
    // server of /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8001 for every pod. pythonWriteRefusal
    // (userDataReaders/pythonCode.ts) matches PYTHON_WRITE_CALLS against CALLS only (pythonCalls); open passed as a
    // value to functools.partial binds w to open, but w("/etc/cron.d/ops") is read without the partial's bound
    // mode="w" (open's default 'r': a read): got []. (`o = open` is followed, held; partial(shutil.copy, dst=...) is
    // refused "a path the pack cannot compute", held below.) Fix: a call of a partial of a PYTHON_WRITE_CALLS callee
    // reads the partial's bound positional and keyword arguments merged before the call's own (Python docs: "If more
    // keyword arguments are supplied, they extend and override keywords"), or fails closed when the partial binds any.
    dev(
        "tune.py: w = functools.partial(open, mode='w'); w('/etc/cron.d/ops').write(cron line)",
        tune("dev-py72p-open-partial-nodes", [
            "import functools",
            'w = functools.partial(open, mode="w")',
            `w("/etc/cron.d/ops").write("${CRON}")`,
        ]),
        REFUSED,
    ),
    // Python docs "builtins": "builtins.open" is the built-in open; getattr(builtins, 'open') is it.
    dev(
        "tune.py: getattr(builtins, 'open')('/etc/cron.d/ops', 'a') then write",
        tune("dev-py72p-open-getattr-nodes", [
            "import builtins",
            `getattr(builtins, "open")("/etc/cron.d/ops", "a").write("${CRON}")`,
        ]),
        REFUSED,
    ),
    // Python docs "Built-in Functions" print(*objects, sep=' ', end='\n', file=None): written to file.
    dev(
        "tune.py: print(cron line, file=open('/etc/cron.d/ops', 'a'))",
        tune("dev-py72p-print-file-nodes", [`print("${CRON.replace("\\n", "")}", file=open("/etc/cron.d/ops", "a"))`]),
        REFUSED,
    ),
    // Python docs "pathlib": Path.write_text(data) is a method; Path.write_text(p, data) is the same call (Python
    // tutorial 9.3.4 "Method Objects": x.f() is equivalent to MyClass.f(x)).
    dev(
        "tune.py: Path.write_text(Path('/etc/cron.d/ops'), cron line) (the unbound method)",
        tune("dev-py72p-pathlib-unbound-nodes", [
            "from pathlib import Path",
            `Path.write_text(Path("/etc/cron.d/ops"), "${CRON}")`,
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: from pathlib import PurePath, Path as P; (P('/etc') / 'cron.d' / 'ops').write_text(cron line)",
        tune("dev-py72p-pathlib-alias-nodes", [
            "from pathlib import Path as P",
            `(P("/etc") / "cron.d" / "ops").write_text("${CRON}")`,
        ]),
        REFUSED,
    ),
    // --- links: a write through a link to a DIRECTORY, a copy to a link, a link user data (not Python) made ---
    // Python docs "os.symlink(src, dst, target_is_directory=False)"; path_resolution(7): every component of a path that
    // is a symlink is followed, so /var/lib/ops/d/ops is /etc/cron.d/ops.
    dev(
        "tune.py: os.symlink('/etc/cron.d', '/var/lib/ops/d') then open('/var/lib/ops/d/ops', 'w') (a directory link)",
        tune("dev-py72p-symlink-dir-nodes", [
            "import os",
            'os.symlink("/etc/cron.d", "/var/lib/ops/d")',
            'with open("/var/lib/ops/d/ops", "w") as f:',
            `    f.write("${CRON}")`,
        ]),
        REFUSED,
    ),
    // Python docs "shutil.copy(src, dst, *, follow_symlinks=True)": copyfile opens dst for writing (follows a link at
    // dst; only follow_symlinks about src).
    dev(
        "tune.py: os.symlink('/etc/cron.d/ops', '/var/lib/ops/out') then shutil.copy(src, '/var/lib/ops/out')",
        tune("dev-py72p-symlink-then-copy-nodes", [
            "import os, shutil",
            `open("/var/lib/ops/src", "w").write("${CRON}")`,
            'os.symlink("/etc/cron.d/ops", "/var/lib/ops/out")',
            'shutil.copy("/var/lib/ops/src", "/var/lib/ops/out")',
        ]),
        REFUSED,
    ),
    // ln(1) in user data makes /var/lib/ops/spool a link to /etc/cron.d; path_resolution(7) follows it.
    dev(
        "user data: ln -s /etc/cron.d /var/lib/ops/spool; tune.py writes /var/lib/ops/spool/ops",
        tune(
            "dev-py72p-shell-symlink-nodes",
            ['with open("/var/lib/ops/spool/ops", "w") as f:', `    f.write("${CRON}")`],
            ["ln -sfn /etc/cron.d /var/lib/ops/spool"],
        ),
        REFUSED,
    ),
    // Python docs "tempfile.NamedTemporaryFile(..., dir=None, delete=True)": "created in that directory"; dir a link.
    dev(
        "tune.py: os.symlink('/etc/cron.d', '/var/lib/ops/t'); NamedTemporaryFile(dir='/var/lib/ops/t', delete=False)",
        tune("dev-py72p-tempfile-symlink-dir-nodes", [
            "import os, tempfile",
            'os.symlink("/etc/cron.d", "/var/lib/ops/t")',
            'with tempfile.NamedTemporaryFile("w", dir="/var/lib/ops/t", delete=False) as f:',
            `    f.write("${CRON}")`,
        ]),
        REFUSED,
    ),
    // Python docs "tarfile" ("Extraction filters": data_filter refuses members outside "the destination"; the
    // destination itself is os.path.realpath'd: a link at the destination is followed): members land in /etc/cron.d.
    dev(
        "tune.py: os.symlink('/etc/cron.d', '/var/cache/ops/x'); extractall('/var/cache/ops/x', filter='data')",
        tune("dev-py72p-tar-data-symlink-dest-nodes", [
            "import os, tarfile",
            'os.symlink("/etc/cron.d", "/var/cache/ops/x")',
            'with tarfile.open("/var/cache/ops/bundle.tgz") as t:',
            '    t.extractall("/var/cache/ops/x", filter="data")',
        ]),
        REFUSED,
    ),
    // Python docs "tarfile": fully_trusted_filter "Return member unchanged"; absolute member names honoured.
    dev(
        "tune.py: extractall('/var/cache/ops/x', filter='fully_trusted')",
        tune("dev-py72p-tar-fully-trusted-nodes", [
            "import tarfile",
            'with tarfile.open("/var/cache/ops/bundle.tgz") as t:',
            '    t.extractall("/var/cache/ops/x", filter="fully_trusted")',
        ]),
        REFUSED,
    ),
    // Python docs "tarfile" (TarFile.extraction_filter: "The filter used by default for extract and extractall"):
    // set to fully_trusted_filter, a filter=None call honours absolute members.
    dev(
        "tune.py: t.extraction_filter = staticmethod(tarfile.fully_trusted_filter); extractall(dir, filter=None)",
        tune("dev-py72p-tar-extraction-filter-attr-nodes", [
            "import tarfile",
            "tarfile.TarFile.extraction_filter = staticmethod(tarfile.fully_trusted_filter)",
            'with tarfile.open("/var/cache/ops/bundle.tgz") as t:',
            '    t.extractall("/var/cache/ops/x", filter=None)',
        ]),
        REFUSED,
    ),
    // --- subprocess writers ---
    // dd(1): of=FILE "write to FILE instead of stdout".
    dev(
        "tune.py: subprocess.run(['dd', 'of=/etc/cron.d/ops'], input=cron line)",
        tune("dev-py72p-subprocess-dd-nodes", [
            "import subprocess",
            `subprocess.run(["dd", "of=/etc/cron.d/ops"], input=b"${CRON}", check=True)`,
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: subprocess.run(['cp', '/var/lib/ops/c', '/etc/cron.d/ops'])",
        tune("dev-py72p-subprocess-cp-nodes", [
            "import subprocess",
            `open("/var/lib/ops/c", "w").write("${CRON}")`,
            'subprocess.run(["cp", "/var/lib/ops/c", "/etc/cron.d/ops"], check=True)',
        ]),
        REFUSED,
    ),
    // --- PYTHON_ENVIRONMENT: variables set where the pack may not look ---
    // Was a MISS (fixed in round 74): PEP 553 ("Environment variable": PYTHONBREAKPOINT "is consulted every time sys.breakpointhook() is called",
    // so a program may change it while running; CPython sysmodule.c sys_breakpointhook getenv()s it per call) and Python
    // docs "os.environ" ("changes to the environment made by assigning to os.environ" call putenv): breakpoint() imports
    // srv and runs srv.main, the server of /etc/kubernetes on 0.0.0.0:8001 for every pod. pythonEnvironment
    // (userDataReaders/pythonCode.ts) reads only user data's shell assignments (ScriptView.environment), and
    // breakpoint() with none is pdb on standard input: got []. (A child python given env= or os.execv after
    // os.environ is refused, held below.) Fix: a root program's own os.environ[...] =, os.environ.update/setdefault,
    // os.putenv of a PYTHON* name is read as PYTHON_ENVIRONMENT for the program itself (its breakpoint(), its
    // warnings) as for its children; a value the pack cannot compute fails closed.
    dev(
        "tune.py: os.environ['PYTHONBREAKPOINT'] = 'srv.main' then breakpoint()",
        withSrv("dev-py72p-environ-breakpoint-nodes", [
            "import os",
            'os.environ["PYTHONBREAKPOINT"] = "srv.main"',
            "breakpoint()",
        ]),
        REFUSED,
    ),
    // Python docs "os.execv": the new program inherits os.environ (execve(2)); PYTHONINSPECT makes it read stdin.
    dev(
        "tune.py: os.environ['PYTHONBREAKPOINT'] = 'srv.main' then os.execv(python3, b.py) where b.py calls breakpoint()",
        withSrv(
            "dev-py72p-environ-execv-nodes",
            [
                "import os, sys",
                'os.environ["PYTHONBREAKPOINT"] = "srv.main"',
                'os.execv("/usr/bin/python3", ["python3", "/opt/ops/b.py"])',
            ],
            heredocFile("/opt/ops/b.py", ["breakpoint()"]),
        ),
        REFUSED,
    ),
    dev(
        "tune.py: subprocess.run(['python3', 'b.py'], env={'PYTHONBREAKPOINT': 'srv.main'})",
        withSrv(
            "dev-py72p-subprocess-env-nodes",
            [
                "import subprocess",
                'subprocess.run(["python3", "/opt/ops/b.py"], env={"PYTHONBREAKPOINT": "srv.main"}, cwd="/opt/ops")',
            ],
            heredocFile("/opt/ops/b.py", ["breakpoint()"]),
        ),
        REFUSED,
    ),
    // systemd.exec(5) Environment=: "Sets environment variables for executed processes".
    dev(
        "unit Environment=PYTHONBREAKPOINT=srv.main; ExecStart=python3 /opt/ops/b.py (calls breakpoint())",
        devNodeScript("dev-py72p-unit-environment-nodes", [
            ...heredocFile("/opt/ops/srv.py", SERVER),
            ...heredocFile("/opt/ops/b.py", ["breakpoint()"]),
            ...systemdUnit("ops-b", [
                "WorkingDirectory=/opt/ops",
                "Environment=PYTHONBREAKPOINT=srv.main",
                "ExecStart=/usr/bin/python3 /opt/ops/b.py",
            ]),
        ]),
        REFUSED,
    ),
    // systemd.exec(5) EnvironmentFile=: "Similar to Environment=, but reads the environment variables from a text file".
    dev(
        "unit EnvironmentFile=/etc/ops/env (PYTHONBREAKPOINT=srv.main); ExecStart=python3 /opt/ops/b.py",
        devNodeScript("dev-py72p-unit-environmentfile-nodes", [
            ...heredocFile("/opt/ops/srv.py", SERVER),
            ...heredocFile("/opt/ops/b.py", ["breakpoint()"]),
            ...heredocFile("/etc/ops/env", ["PYTHONBREAKPOINT=srv.main"]),
            ...systemdUnit("ops-b", [
                "WorkingDirectory=/opt/ops",
                "EnvironmentFile=/etc/ops/env",
                "ExecStart=/usr/bin/python3 /opt/ops/b.py",
            ]),
        ]),
        REFUSED,
    ),
    // --- pythonUnreadCode: stdlib routes that run text or native code ---
    // Python docs "timeit.timeit(stmt='pass', ...)": stmt is code it compiles and runs.
    dev(
        "tune.py: timeit.timeit(\"__import__('srv').main()\", number=1)",
        withSrv("dev-py72p-timeit-nodes", ["import timeit", "timeit.timeit(\"__import__('srv').main()\", number=1)"]),
        REFUSED,
    ),
    // Python docs "cProfile.run(command)": "exec(command, __main__.__dict__)".
    dev(
        "tune.py: cProfile.run('import srv; srv.main()')",
        withSrv("dev-py72p-cprofile-run-nodes", ["import cProfile", 'cProfile.run("import srv; srv.main()")']),
        REFUSED,
    ),
    // Python docs "code.InteractiveInterpreter.runsource(source)": "Compile and run some source".
    dev(
        "tune.py: code.InteractiveInterpreter().runsource(open('/opt/ops/srv.py').read() + 'main()')",
        withSrv("dev-py72p-code-runsource-nodes", [
            "import code",
            'code.InteractiveInterpreter().runsource(open("/opt/ops/srv.py").read() + "\\nmain()", symbol="exec")',
        ]),
        REFUSED,
    ),
    // Python docs "pkgutil.resolve_name(name)": "Resolve a name to an object ... imports" (srv:main imports srv).
    dev(
        "tune.py: pkgutil.resolve_name('srv:main')()",
        withSrv("dev-py72p-pkgutil-resolve-nodes", ["import pkgutil", 'pkgutil.resolve_name("srv:main")()']),
        REFUSED,
    ),
    // Python docs "pydoc" (locate(path): import the object at a dotted path).
    dev(
        "tune.py: pydoc.locate('srv.main')()",
        withSrv("dev-py72p-pydoc-locate-nodes", ["import pydoc", 'pydoc.locate("srv.main")()']),
        REFUSED,
    ),
    // Python docs "ctypes" (CDLL(name): "Instances of this class represent loaded shared libraries"): dlopen(3) runs
    // the library's constructors, native code the pack does not read.
    dev(
        "tune.py: ctypes.CDLL('/var/cache/ops/libops.so') (a library the pack does not read)",
        tune("dev-py72p-ctypes-cdll-nodes", ["import ctypes", 'ctypes.CDLL("/var/cache/ops/libops.so").run()']),
        REFUSED,
    ),
    // Python docs "importlib" (import_module by a computed name) through `from importlib import import_module as im`.
    dev(
        "tune.py: from importlib import import_module as im; im('s' + 'rv').main()",
        withSrv("dev-py72p-import-module-alias-nodes", [
            "from importlib import import_module as im",
            'im("s" + "rv").main()',
        ]),
        REFUSED,
    ),
    // Python docs "zipimport.zipimporter(archivepath)": modules from a zip the pack does not read.
    dev(
        "tune.py: sys.path.insert(0, '/var/cache/ops/ops.zip'); import opsbundle (zipimport)",
        tune("dev-py72p-zipimport-path-nodes", [
            "import sys",
            'sys.path.insert(0, "/var/cache/ops/ops.zip")',
            "import opsbundle",
        ]),
        REFUSED,
    ),
    // --- more writes and RPC ---
    // Python docs "os.open(path, flags, mode=0o777, *, dir_fd=None)": flags by keyword.
    dev(
        "tune.py: os.open(path='/etc/cron.d/ops', flags=os.O_RDWR | os.O_CREAT) then os.write",
        tune("dev-py72p-osopen-keywords-nodes", [
            "import os",
            'fd = os.open(path="/etc/cron.d/ops", flags=os.O_RDWR | os.O_CREAT, mode=0o644)',
            `os.write(fd, b"${CRON}")`,
        ]),
        REFUSED,
    ),
    // Python docs "pathlib" (symlink_to(target, target_is_directory=False)) to a DIRECTORY; path_resolution(7).
    dev(
        "tune.py: Path('/var/lib/ops/d').symlink_to('/etc/cron.d', target_is_directory=True); Path('/var/lib/ops/d/ops').write_text",
        tune("dev-py72p-pathlib-symlink-dir-nodes", [
            "from pathlib import Path",
            'Path("/var/lib/ops/d").symlink_to("/etc/cron.d", target_is_directory=True)',
            `Path("/var/lib/ops/d/ops").write_text("${CRON}")`,
        ]),
        REFUSED,
    ),
    // ln(1) in user data; Python docs "tarfile" data_filter (the destination realpath'd): members land in /etc/cron.d.
    dev(
        "user data: ln -s /etc/cron.d /var/cache/ops/x; tune.py: extractall('/var/cache/ops/x', filter='data')",
        tune(
            "dev-py72p-tar-data-shell-symlink-nodes",
            [
                "import tarfile",
                'with tarfile.open("/var/cache/ops/bundle.tgz") as t:',
                '    t.extractall("/var/cache/ops/x", filter="data")',
            ],
            ["ln -sfn /etc/cron.d /var/cache/ops/x"],
        ),
        REFUSED,
    ),
    // Python docs "xmlrpc.server" (register_function(function, name): any callable) and "functools.partial": the
    // RPC returns the kubelet's kubeconfig text to whoever reaches 0.0.0.0:8001.
    dev(
        "rpc: SimpleXMLRPCServer on 0.0.0.0:8001 registering functools.partial(Path.read_text, Path(kubelet.conf))",
        devNodeScript("dev-py72p-rpc-partial-nodes", [
            ...heredocFile("/opt/ops/rpc.py", [
                "import functools",
                "from pathlib import Path",
                "from xmlrpc.server import SimpleXMLRPCServer",
                'server = SimpleXMLRPCServer(("0.0.0.0", 8001))',
                'server.register_function(functools.partial(Path.read_text, Path("/etc/kubernetes/kubelet.conf")), "cfg")',
                "server.serve_forever()",
            ]),
            "cd /opt/ops && nohup python3 rpc.py >/var/log/rpc.log 2>&1 &",
        ]),
        REFUSED,
    ),
    // --- the standard library shadowed, the interpreter's startup files ---
    // Python docs "sys.path" ("python script.py: prepend the script's directory") and Python reference "The import
    // system" (sys.path searched in order): /opt/ops/json.py, written beside tune.py, is what `import json` runs.
    dev(
        "user data writes /opt/ops/json.py (a server of /etc/kubernetes); tune.py beside it: import json",
        devNodeScript("dev-py72p-stdlib-shadow-nodes", [
            ...heredocFile("/opt/ops/json.py", [...SERVER, "main()"]),
            ...heredocFile("/opt/ops/tune.py", ["import json", "print(json.dumps({}))"]),
            "cd /opt/ops && nohup python3 /opt/ops/tune.py >/var/log/tune.log 2>&1 &",
        ]),
        REFUSED,
    ),
    // Python docs "site" (".pth files": "Lines starting with import (followed by space or tab) are executed"; the
    // system site-packages, site.getsitepackages()): every python run imports srv and serves.
    dev(
        "user data writes /usr/local/lib/python3.9/site-packages/ops.pth ('import srv; srv.main()') and srv.py there",
        devNodeScript("dev-py72p-system-pth-nodes", [
            ...heredocFile("/usr/local/lib/python3.9/site-packages/srv.py", SERVER),
            ...heredocFile("/usr/local/lib/python3.9/site-packages/ops.pth", ["import srv; srv.main()"]),
            ...heredocFile("/opt/ops/tune.py", ['print("tuned")']),
            "cd /opt/ops && nohup python3 /opt/ops/tune.py >/var/log/tune.log 2>&1 &",
        ]),
        REFUSED,
    ),
    // Python docs "site" ("an attempt is made to import a module named sitecustomize ... typically created by a
    // system administrator in the site-packages directory").
    dev(
        "user data writes /usr/lib/python3.9/site-packages/sitecustomize.py (a server); tune.py prints",
        devNodeScript("dev-py72p-sitecustomize-nodes", [
            ...heredocFile("/usr/lib/python3.9/site-packages/sitecustomize.py", [...SERVER, "main()"]),
            ...heredocFile("/opt/ops/tune.py", ['print("tuned")']),
            "cd /opt/ops && nohup python3 /opt/ops/tune.py >/var/log/tune.log 2>&1 &",
        ]),
        REFUSED,
    ),
    // --- subprocess and spawn forms writing root's files ---
    // Python docs "os.popen(cmd, mode='r')": "Open a pipe to or from command cmd ... writable if mode is 'w'"; tee(1).
    dev(
        "tune.py: os.popen('tee /etc/cron.d/ops', 'w').write(cron line)",
        tune("dev-py72p-popen-tee-nodes", ["import os", `os.popen("tee /etc/cron.d/ops", "w").write("${CRON}")`]),
        REFUSED,
    ),
    // bash(1): "If no arguments remain ... commands are read from the standard input": the script is communicate()'s.
    dev(
        "tune.py: subprocess.Popen(['sh'], stdin=PIPE).communicate(b'echo cron line > /etc/cron.d/ops')",
        tune("dev-py72p-sh-stdin-nodes", [
            "import subprocess",
            `subprocess.Popen(["sh"], stdin=subprocess.PIPE).communicate(b"echo '${CRON.replace("\n", "")}' > /etc/cron.d/ops")`,
        ]),
        REFUSED,
    ),
    // Python docs "os.posix_spawn(path, argv, env, ...)": runs argv.
    dev(
        "tune.py: os.posix_spawn('/bin/sh', ['sh', '-c', 'echo cron line > /etc/cron.d/ops'], os.environ)",
        tune("dev-py72p-posix-spawn-nodes", [
            "import os",
            `os.posix_spawn("/bin/sh", ["sh", "-c", "echo '${CRON.replace("\n", "")}' > /etc/cron.d/ops"], os.environ)`,
        ]),
        REFUSED,
    ),
    // Python docs "asyncio" (create_subprocess_exec(program, *args, stdin=...)): tee(1) writes its file argument.
    dev(
        "tune.py: asyncio.create_subprocess_exec('tee', '/etc/cron.d/ops', stdin=PIPE) fed the cron line",
        tune("dev-py72p-asyncio-tee-nodes", [
            "import asyncio",
            "async def main():",
            '    p = await asyncio.create_subprocess_exec("tee", "/etc/cron.d/ops", stdin=asyncio.subprocess.PIPE)',
            `    await p.communicate(b"${CRON}")`,
            "asyncio.run(main())",
        ]),
        REFUSED,
    ),
    // Python docs "pty.spawn(argv)": "Spawn a process".
    dev(
        "tune.py: pty.spawn(['sh', '-c', 'echo cron line > /etc/cron.d/ops'])",
        tune("dev-py72p-pty-spawn-nodes", [
            "import pty",
            `pty.spawn(["sh", "-c", "echo '${CRON.replace("\n", "")}' > /etc/cron.d/ops"])`,
        ]),
        REFUSED,
    ),
    // --- neighbours of the two insecure misses ---
    // Same class as open-partial: shutil.copy (Python docs "shutil.copy(src, dst)") through functools.partial.
    dev(
        "tune.py: cp = functools.partial(shutil.copy, dst='/etc/cron.d/ops'); cp('/var/lib/ops/c')",
        tune("dev-py72p-copy-partial-nodes", [
            "import functools, shutil",
            `open("/var/lib/ops/c", "w").write("${CRON}")`,
            'cp = functools.partial(shutil.copy, dst="/etc/cron.d/ops")',
            'cp("/var/lib/ops/c")',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 74): Python docs "Built-in Functions" map(function, iterable, *iterables) ("Return an iterator that applies
    // function to every item of iterable ... If additional iterables arguments are passed, function must take that
    // many arguments"): open("/etc/cron.d/ops", "w"), root's cron line as above. pythonWriteRefusal
    // (userDataReaders/pythonCode.ts) reads PYTHON_WRITE_CALLS as calls only (pythonCalls): open given as a VALUE to
    // map is no call: got []. Fix: a PYTHON_WRITE_CALLS callee (or a pathlib writing method: Path.write_text) named as
    // a value anywhere but a call's callee (an argument of map/filter/sorted/any call, a dict or list item, a return
    // value) fails closed.
    dev(
        "tune.py: f = list(map(open, ['/etc/cron.d/ops'], ['w']))[0]; f.write(cron line)",
        tune("dev-py72p-open-map-nodes", [
            'f = list(map(open, ["/etc/cron.d/ops"], ["w"]))[0]',
            `f.write("${CRON}")`,
            "f.close()",
        ]),
        REFUSED,
    ),
    // Python docs "operator.methodcaller(name, /, *args, **kwargs)": "calls the method name on its operand".
    dev(
        "tune.py: operator.methodcaller('write_text', cron line)(Path('/etc/cron.d/ops'))",
        tune("dev-py72p-methodcaller-nodes", [
            "import operator",
            "from pathlib import Path",
            `operator.methodcaller("write_text", "${CRON}")(Path("/etc/cron.d/ops"))`,
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: m = 'w'; open('/etc/cron.d/ops', mode=m) (the mode by a name)",
        tune("dev-py72p-open-mode-name-nodes", [
            'm = "w"',
            'with open("/etc/cron.d/ops", mode=m) as f:',
            `    f.write("${CRON}")`,
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 74): same class as environ-breakpoint (PEP 553: PYTHONBREAKPOINT consulted on every breakpointhook call; Python
    // docs "os.environ": "a mapping object" whose changes call putenv): os.environ.setdefault sets it, got []. Fix as
    // environ-breakpoint (os.environ.setdefault/update/__setitem__ and os.putenv of a PYTHON* name).
    dev(
        "tune.py: os.environ.setdefault('PYTHONBREAKPOINT', 'srv.main') then breakpoint()",
        withSrv("dev-py72p-environ-setdefault-breakpoint-nodes", [
            "import os",
            'os.environ.setdefault("PYTHONBREAKPOINT", "srv.main")',
            "breakpoint()",
        ]),
        REFUSED,
    ),
    // --- Round 74 neighbours (insecure): write calls as values and partials, the program's own environment ---
    // Python docs "functools.partial": the bound positional path first, the call's mode after it.
    dev(
        "tune.py: w = functools.partial(open, '/etc/cron.d/ops'); w('w').write(cron line) (the path bound)",
        tune("dev-py74p-open-partial-path-nodes", [
            "import functools",
            'w = functools.partial(open, "/etc/cron.d/ops")',
            `w("w").write("${CRON}")`,
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: a partial of a partial of open: b = partial(partial(open, mode='a')-bound a, '/etc/cron.d/ops'); b()",
        tune("dev-py74p-open-partial-nested-nodes", [
            "from functools import partial",
            'a = partial(open, mode="a")',
            'b = partial(a, "/etc/cron.d/ops")',
            `b().write("${CRON}")`,
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: ops = {'w': open}; ops['w']('/etc/cron.d/ops', 'w') (open as a dict value)",
        tune("dev-py74p-open-dict-value-nodes", [
            'ops = {"w": open}',
            `ops["w"]("/etc/cron.d/ops", "w").write("${CRON}")`,
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: copiers = [shutil.copy]; copiers[0]('/var/lib/ops/c', '/etc/cron.d/ops') (a copier in a list)",
        tune("dev-py74p-copy-list-value-nodes", [
            "import shutil",
            `open("/var/lib/ops/c", "w").write("${CRON}")`,
            "copiers = [shutil.copy]",
            'copiers[0]("/var/lib/ops/c", "/etc/cron.d/ops")',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: w = functools.partial(open, mode='w'); list(map(w, ['/etc/cron.d/ops'])) (a partial as a value)",
        tune("dev-py74p-partial-map-nodes", [
            "import functools",
            'w = functools.partial(open, mode="w")',
            'f = list(map(w, ["/etc/cron.d/ops"]))[0]',
            `f.write("${CRON}")`,
        ]),
        REFUSED,
    ),
    // Python docs "os.environ" ("Assignments to items in os.environ are automatically translated into corresponding
    // calls to putenv()"; update is MutableMapping's) and "os.putenv(key, value)".
    dev(
        "tune.py: os.environ.update(PYTHONBREAKPOINT='srv.main') then breakpoint()",
        withSrv("dev-py74p-environ-update-breakpoint-nodes", [
            "import os",
            'os.environ.update(PYTHONBREAKPOINT="srv.main")',
            "breakpoint()",
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: from os import environ; environ |= {'PYTHONBREAKPOINT': 'srv.main'}; breakpoint()",
        withSrv("dev-py74p-environ-ior-breakpoint-nodes", [
            "from os import environ",
            'environ |= {"PYTHONBREAKPOINT": "srv.main"}',
            "breakpoint()",
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: os.putenv('PYTHONBREAKPOINT', 'srv.main') then sys.breakpointhook()",
        withSrv("dev-py74p-putenv-breakpointhook-nodes", [
            "import os, sys",
            'os.putenv("PYTHONBREAKPOINT", "srv.main")',
            "sys.breakpointhook()",
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: for k, v in pairs: os.environ[k] = v (a name the pack cannot compute) then breakpoint()",
        withSrv("dev-py74p-environ-computed-breakpoint-nodes", [
            "import os",
            'pairs = [("PYTHON" + "BREAKPOINT", "srv.main")]',
            "for k, v in pairs:",
            "    os.environ[k] = v",
            "breakpoint()",
        ]),
        REFUSED,
    ),
    // PEP 553: with PYTHONBREAKPOINT unset breakpoint() is pdb.set_trace(), a debugger taking any code from stdin.
    dev(
        "tune.py: breakpoint() with no PYTHONBREAKPOINT (pdb on standard input)",
        tune("dev-py74p-breakpoint-default-nodes", ['print("tuned")', "breakpoint()"]),
        REFUSED,
    ),
    // Python docs "Command line" -E: "Ignore all PYTHON* environment variables": PYTHONBREAKPOINT=0 is not seen.
    dev(
        "PYTHONBREAKPOINT=0 python3 -E tune.py with breakpoint() (-E ignores it: pdb)",
        devNodeScript("dev-py74p-breakpoint-off-ignored-nodes", [
            ...heredocFile("/opt/ops/tune.py", ["breakpoint()"]),
            "cd /var/lib && PYTHONBREAKPOINT=0 python3 -E /opt/ops/tune.py",
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: os.environ['PYTHONPATH'] = '/var/lib/ops' then subprocess.run(['python3', '/opt/ops/b.py'])",
        tune(
            "dev-py74p-environ-pythonpath-child-nodes",
            [
                "import os, subprocess",
                'os.environ["PYTHONPATH"] = "/var/lib/ops"',
                'subprocess.run(["python3", "/opt/ops/b.py"], check=True)',
            ],
            heredocFile("/opt/ops/b.py", ["import json"]),
        ),
        REFUSED,
    ),
    dev(
        "tune.py: from importlib import import_module; import_module('json'); list(map(import_module, names))",
        tune("dev-py74p-import-module-from-value-nodes", [
            "import sys",
            "from importlib import import_module",
            'print(import_module("json").dumps({}))',
            "mods = list(map(import_module, sys.argv[1:]))",
        ]),
        REFUSED,
    ),
    // pip docs "pip install" (--index-url "Base URL of the Python Package Index", git+https VCS specs) and
    // "Configuration" (PIP_INDEX_URL): a package from another index is no download from the default one.
    dev(
        "pip3 install --index-url https://pypi.example.com/simple tenacity; tune.py: from tenacity import retry",
        tune(
            "dev-py74p-pip-index-nodes",
            ["from tenacity import retry", "retry(lambda: None)()"],
            ["pip3 install --index-url https://pypi.example.com/simple tenacity"],
        ),
        REFUSED,
    ),
    dev(
        "pip3 install git+https://github.com/jd/tenacity; tune.py: import tenacity",
        tune("dev-py74p-pip-vcs-nodes", ["import tenacity"], ["pip3 install git+https://github.com/jd/tenacity"]),
        REFUSED,
    ),
    dev(
        "export PIP_INDEX_URL=https://pypi.example.com/simple; pip3 install tenacity; tune.py: import tenacity",
        tune(
            "dev-py74p-pip-env-index-nodes",
            ["import tenacity"],
            ["export PIP_INDEX_URL=https://pypi.example.com/simple", "pip3 install tenacity"],
        ),
        REFUSED,
    ),
    dev(
        "pip3 install tenacity; user data writes /usr/local/lib/python3.9/site-packages/tenacity.py; tune.py: import tenacity",
        tune(
            "dev-py74p-pip-shadowed-nodes",
            ["import tenacity"],
            ["pip3 install tenacity", ...heredocFile("/usr/local/lib/python3.9/site-packages/tenacity.py", SERVER)],
        ),
        REFUSED,
    ),
    // --- late probes: environment through systemd, shadowing through -c ---
    // systemctl(1) "set-environment VARIABLE=VALUE...": "Set one or more service manager environment variables";
    // systemd.exec(5): services the manager starts inherit its environment.
    dev(
        "systemctl set-environment PYTHONBREAKPOINT=srv.main; a unit running python3 /opt/ops/b.py (breakpoint())",
        devNodeScript("dev-py72p-set-environment-nodes", [
            ...heredocFile("/opt/ops/srv.py", SERVER),
            ...heredocFile("/opt/ops/b.py", ["breakpoint()"]),
            "systemctl set-environment PYTHONBREAKPOINT=srv.main",
            ...systemdUnit("ops-b", ["WorkingDirectory=/opt/ops", "ExecStart=/usr/bin/python3 /opt/ops/b.py"]),
        ]),
        REFUSED,
    ),
    // systemd.unit(5) drop-ins ("foo.service.d/*.conf ... parsed after the unit file itself").
    dev(
        "unit drop-in ops-b.service.d/env.conf Environment=PYTHONBREAKPOINT=srv.main",
        devNodeScript("dev-py72p-unit-dropin-environment-nodes", [
            ...heredocFile("/opt/ops/srv.py", SERVER),
            ...heredocFile("/opt/ops/b.py", ["breakpoint()"]),
            ...heredocFile("/etc/systemd/system/ops-b.service.d/env.conf", [
                "[Service]",
                "Environment=PYTHONBREAKPOINT=srv.main",
            ]),
            ...systemdUnit("ops-b", ["WorkingDirectory=/opt/ops", "ExecStart=/usr/bin/python3 /opt/ops/b.py"]),
        ]),
        REFUSED,
    ),
    // Python docs "sys.path" ("python -c code": "prepend an empty string, which means the current working directory").
    dev(
        "cd /opt/ops (json.py a server there) && python3 -c 'import json'",
        devNodeScript("dev-py72p-c-cwd-shadow-nodes", [
            ...heredocFile("/opt/ops/json.py", [...SERVER, "main()"]),
            "cd /opt/ops && nohup python3 -c 'import json; print(json.dumps({}))' >/var/log/tune.log 2>&1 &",
        ]),
        REFUSED,
    ),
];

const secure: NodeCase[] = [
    // Was a MISS (fixed in round 72): Python docs "zipfile" (ZipFile.open(name, mode='r', pwd=None, *, force_zip64=False): "Access a member of
    // the archive as a binary file-like object ... mode='w' ... returns a writable file handle"; ZipFile.writestr
    // "Write a file into the archive"): both write a MEMBER into /var/lib/ops/r.zip (a data path the ZipFile's own
    // 'w' mode is judged on), never a file of the node: harmless. pythonWriteRefusal (userDataReaders/pythonCode.ts)'s
    // pathlib `.open(` pass takes z for a Path, reads the member NAME (argument 0) as Path.open's mode and refuses "z.open(...):
    // it writes a path the pack cannot compute". Fix: skip `.open(` on a receiver madeBy zipfile.ZipFile/PyZipFile
    // (and tarfile's extractfile), as the module-function skip does; read Path.open's mode as its first argument only
    // when the receiver may be a Path.
    dev(
        "tune.py: ZipFile('/var/lib/ops/r.zip', 'w') with writestr and z.open('a.txt', 'w')",
        tune("dev-py72p-zip-writestr-nodes", [
            "import zipfile",
            'with zipfile.ZipFile("/var/lib/ops/r.zip", "w") as z:',
            '    z.writestr("etc/cron.d/ops", "x")',
            '    with z.open("a.txt", "w") as f:',
            '        f.write(b"ok")',
        ]),
    ),
    // Python docs "tarfile": filter=tarfile.data_filter is filter='data' ("the string name ... or a callable").
    dev(
        "tune.py: extractall('/var/cache/ops/x', filter=tarfile.data_filter)",
        tune("dev-py72p-tar-data-filter-callable-nodes", [
            "import tarfile",
            'with tarfile.open("/var/cache/ops/bundle.tgz") as t:',
            '    t.extractall("/var/cache/ops/x", filter=tarfile.data_filter)',
        ]),
    ),
    dev(
        "tune.py: shutil.copytree('/opt/ops/templates', '/var/lib/ops/templates', symlinks=True, dirs_exist_ok=True)",
        tune(
            "dev-py72p-copytree-symlinks-nodes",
            [
                "import shutil",
                'shutil.copytree("/opt/ops/templates", "/var/lib/ops/templates", symlinks=True, dirs_exist_ok=True)',
            ],
            heredocFile("/opt/ops/templates/a.txt", ["hello"]),
        ),
    ),
    dev(
        "tune.py: from pathlib import Path as P; P('/var/lib/ops/state.json').write_text('{}')",
        tune("dev-py72p-pathlib-alias-data-nodes", [
            "from pathlib import Path as P",
            'P("/var/lib/ops/state.json").write_text("{}")',
        ]),
    ),
    dev(
        "tune.py: print(..., file=open('/var/log/ops/tune.log', 'a'))",
        tune("dev-py72p-print-file-log-nodes", ['print("tuned", file=open("/var/log/ops/tune.log", "a"))']),
    ),
    // prometheus_client docs ("Exporting": start_http_server(8000) "expose the metrics ... on port 8000"): the
    // program's own counters, no file of the node.
    dev(
        "tune.py: prometheus_client Counter and start_http_server(9100) (metrics only)",
        tune("dev-py72p-prometheus-nodes", [
            "import time",
            "from prometheus_client import Counter, start_http_server",
            'c = Counter("ops_tunes", "tunes")',
            "start_http_server(9100)",
            "while True:",
            "    c.inc()",
            "    time.sleep(60)",
        ]),
    ),
    dev(
        "tune.py: boto3 ec2 describe_instances (reads, prints)",
        tune("dev-py72p-boto3-nodes", [
            "import boto3",
            'print(boto3.client("ec2").describe_instances(MaxResults=5)["Reservations"])',
        ]),
    ),
    dev(
        "tune.py: requests.get of an internal URL and yaml.safe_load of a written config",
        tune(
            "dev-py72p-requests-yaml-nodes",
            [
                "import requests, yaml",
                'cfg = yaml.safe_load(open("/etc/ops/tune.yaml"))',
                'print(requests.get(cfg["url"], timeout=5).status_code)',
            ],
            heredocFile("/etc/ops/tune.yaml", ["url: https://ops.example.com/health"]),
        ),
    ),
    // DECIDED (round 74): accepted (secure), as round 69's DECIDED rule reads it (README "node user data": the operator's
    // own downloads are trusted; what is refused is root reading what pods write, relays and shells): pip docs "pip
    // install" ("Install packages from: PyPI (and other indexes) using requirement specifiers") is a download the
    // operator names, which the pack already accepts as an installer writing its own paths (rootReads.ts
    // keepsWorkingDirectory, as dnf install); its import is that download's code (pythonCode.ts scriptPipModules,
    // pythonPipInstalled). Only a name-based specifier from the default index counts (pip docs "Requirement
    // Specifiers"; PEP 503 normalized name = the module): an index, find-links, requirements file, URL, VCS or path
    // spec, a PIP_* variable or a written pip.conf, or a written file of that name in a site-packages, stays unread
    // (pinned below).
    // Was: MISS (secure by round 69's DECIDED rule; the lead may rule otherwise): pythonUnreadCode trusts "an operator's
    // download" (view.downloads: curl/wget of a file), and pip(1) "pip install" is the operator's download from the
    // package index into site-packages (pip docs "pip install": "Install packages from PyPI"); tenacity
    // (pypi.org/project/tenacity: "Retrying library") only retries the program's own calls, serving nothing. The pack
    // refuses "imports tenacity, a module user data did not write and the pack does not know" (pythonUnreadCode,
    // PYTHON_KNOWN_PACKAGES). Fix: a top-level module named by a `pip install NAME[==V]` (or `pip3`, `python3 -m pip`)
    // in the same user data, from the default index (no --index-url/--extra-index-url/-f, no VCS/file/URL spec), is a
    // download (as view.downloads); or widen PYTHON_KNOWN_PACKAGES with pure helpers (tenacity, jmespath, ...).
    dev(
        "user data: pip3 install tenacity==8.2.3; tune.py: from tenacity import retry",
        tune(
            "dev-py72p-pip-installed-nodes",
            [
                "from tenacity import retry, stop_after_attempt",
                "@retry(stop=stop_after_attempt(3))",
                "def tune():",
                '    print("tuned")',
                "tune()",
            ],
            ["pip3 install tenacity==8.2.3"],
        ),
    ),
    dev(
        "tune.py: import xml.etree.ElementTree as ET; from concurrent.futures import ThreadPoolExecutor",
        tune("dev-py72p-stdlib-submodules-nodes", [
            "import xml.etree.ElementTree as ET",
            "import email.mime.text",
            "from concurrent.futures import ThreadPoolExecutor",
            'print(ET.fromstring("<a/>").tag, email.mime.text.MIMEText("x")["Content-Type"])',
            "with ThreadPoolExecutor(2) as ex:",
            "    print(list(ex.map(abs, [-1, 2])))",
        ]),
    ),
    // Was a MISS (fixed in round 74): Python reference "The import statement" (`from importlib import import_module` binds importlib.import_module)
    // and Python docs "importlib.import_module(name)": a literal absolute 'json' imports the standard library's json,
    // as `importlib.import_module("json")` does (accepted, redteam72-pydyn secure import-module-json). pythonUnreadCode
    // blanks the literal call but pythonDynamic (PYTHON_DYNAMIC_NAMES: importlib members) still sees the import
    // statement binding import_module and refuses "runs code the pack does not read". Fix: a from-import of a
    // PYTHON_LITERAL_IMPORT_CALLS member whose every use is such a blanked literal call is read (not dynamic); any
    // other use of the name (an alias called with a computed name, held above) stays dynamic.
    dev(
        "tune.py: from importlib import import_module; import_module('json')",
        tune("dev-py72p-import-module-from-nodes", [
            "from importlib import import_module",
            'print(import_module("json").dumps({}))',
        ]),
    ),
    dev(
        "tune.py: os.environ['PYTHONUNBUFFERED'] = '1' then subprocess.run(['python3', '/opt/ops/b.py'])",
        tune(
            "dev-py72p-environ-harmless-nodes",
            [
                "import os, subprocess",
                'os.environ["PYTHONUNBUFFERED"] = "1"',
                'subprocess.run(["python3", "/opt/ops/b.py"], check=True)',
            ],
            heredocFile("/opt/ops/b.py", ['print("b")']),
        ),
    ),
    dev(
        "tune.py: tempfile.NamedTemporaryFile(dir='/var/lib/ops') then os.replace into /var/lib/ops/state.json",
        tune("dev-py72p-tempfile-replace-nodes", [
            "import os, tempfile",
            'with tempfile.NamedTemporaryFile("w", dir="/var/lib/ops", delete=False) as f:',
            '    f.write("{}")',
            'os.replace(f.name, "/var/lib/ops/state.json")',
        ]),
    ),
    // Python docs "xmlrpc.server" (register_function): a function returning a constant serves nothing of the node.
    dev(
        "rpc: SimpleXMLRPCServer on 0.0.0.0:8001 with def ping(): return 'pong'",
        devNodeScript("dev-py72p-rpc-ping-nodes", [
            ...heredocFile("/opt/ops/rpc.py", [
                "from xmlrpc.server import SimpleXMLRPCServer",
                "def ping():",
                '    return "pong"',
                'server = SimpleXMLRPCServer(("0.0.0.0", 8001))',
                'server.register_function(ping, "ping")',
                "server.serve_forever()",
            ]),
            "cd /opt/ops && nohup python3 rpc.py >/var/log/rpc.log 2>&1 &",
        ]),
    ),
    // Python docs "zipfile" (ZipFile.write(filename, arcname=None): "Write the file named filename to the archive"):
    // reads the log, writes the archive (a data path).
    dev(
        "tune.py: ZipFile('/var/lib/ops/logs.zip', 'w').write('/var/log/ops/tune.log', arcname='tune.log')",
        tune("dev-py72p-zip-write-file-nodes", [
            "import zipfile",
            'with zipfile.ZipFile("/var/lib/ops/logs.zip", "w") as z:',
            '    z.write("/var/log/ops/tune.log", arcname="tune.log")',
        ]),
    ),
    // Python docs "tarfile" (TarFile.add(name, arcname=None, ...): "Add the file name to the archive").
    dev(
        "tune.py: tarfile.open('/var/lib/ops/logs.tgz', 'w:gz').add('/var/log/ops')",
        tune("dev-py72p-tar-add-nodes", [
            "import tarfile",
            'with tarfile.open("/var/lib/ops/logs.tgz", "w:gz") as t:',
            '    t.add("/var/log/ops", arcname="ops")',
        ]),
    ),
    dev(
        "tune.py: subprocess.run(['sh', '-c', 'sysctl -w vm.swappiness=10'])",
        tune("dev-py72p-sh-sysctl-nodes", [
            "import subprocess",
            'subprocess.run(["sh", "-c", "sysctl -w vm.swappiness=10"], check=True)',
        ]),
    ),
    // PyYAML docs (safe_dump(data, stream)): writes the stream, a file under /etc/ops (a data path).
    dev(
        "tune.py: yaml.safe_dump(cfg, open('/etc/ops/effective.yaml', 'w'))",
        tune("dev-py72p-yaml-dump-nodes", [
            "import yaml",
            'with open("/etc/ops/effective.yaml", "w") as f:',
            '    yaml.safe_dump({"swappiness": 10}, f)',
        ]),
    ),
    dev(
        "tune.py: os.environ['AWS_REGION'] = 'us-west-2' then boto3 (not a PYTHON* variable)",
        tune("dev-py72p-environ-aws-region-nodes", [
            "import os",
            'os.environ["AWS_REGION"] = "us-west-2"',
            "import boto3",
            'print(boto3.client("ec2").describe_regions()["Regions"][0])',
        ]),
    ),
    // Python docs "logging.handlers" (RotatingFileHandler(filename, ...)): /var/log/ops (a data path).
    dev(
        "tune.py: logging.handlers.RotatingFileHandler('/var/log/ops/tune.log', maxBytes=1e6, backupCount=3)",
        tune("dev-py72p-rotating-handler-nodes", [
            "import logging, logging.handlers",
            'h = logging.handlers.RotatingFileHandler("/var/log/ops/tune.log", maxBytes=1000000, backupCount=3)',
            "logging.getLogger().addHandler(h)",
            'logging.getLogger().warning("tuned")',
        ]),
    ),
    // Python docs "Command line" (-I: "isolate Python from the user's environment ... neither the script's directory
    // nor the user's site-packages directory is in sys.path"): json.py beside the script is NOT imported.
    dev(
        "python3 -I /opt/ops/tune.py with a json.py beside it (isolated: the stdlib json)",
        devNodeScript("dev-py72p-isolated-no-shadow-nodes", [
            ...heredocFile("/opt/ops/json.py", ['print("not imported under -I")']),
            ...heredocFile("/opt/ops/tune.py", ["import json", "print(json.dumps({}))"]),
            "cd /var/lib && python3 -I /opt/ops/tune.py",
        ]),
    ),
    // Python docs "venv" ("pip install into the virtual environment"): requests, a known package, in a venv.
    dev(
        "python3 -m venv /opt/ops/venv; venv pip install requests; venv python tune.py (requests.get)",
        devNodeScript("dev-py72p-venv-requests-nodes", [
            "python3 -m venv /opt/ops/venv",
            "/opt/ops/venv/bin/pip install requests==2.32.3",
            ...heredocFile("/opt/ops/tune.py", [
                "import requests",
                'print(requests.get("https://ops.example.com/health", timeout=5).status_code)',
            ]),
            "cd /var/lib && /opt/ops/venv/bin/python /opt/ops/tune.py",
        ]),
    ),
    // --- Round 74 neighbours (secure) ---
    // Python docs "functools.partial": a partial of open with mode 'r' reads; one with 'w' of a data path writes it.
    dev(
        "tune.py: r = functools.partial(open, mode='r'); r('/etc/ops/tune.yaml').read()",
        tune(
            "dev-py74p-open-partial-read-nodes",
            ["import functools", 'r = functools.partial(open, mode="r")', 'print(r("/etc/ops/tune.yaml").read())'],
            heredocFile("/etc/ops/tune.yaml", ["url: https://ops.example.com/health"]),
        ),
    ),
    dev(
        "tune.py: w = functools.partial(open, mode='w'); w('/var/lib/ops/state').write('x') (a data path)",
        tune("dev-py74p-open-partial-data-nodes", [
            "import functools",
            'w = functools.partial(open, mode="w")',
            'w("/var/lib/ops/state").write("x")',
        ]),
    ),
    dev(
        "tune.py: f = open('/var/lib/ops/state', 'w'); json.dump({}, f) (a file, no callable, as a value)",
        tune("dev-py74p-open-result-value-nodes", [
            "import json",
            'f = open("/var/lib/ops/state", "w")',
            "json.dump({}, f)",
            "f.close()",
        ]),
    ),
    // PEP 553: PYTHONBREAKPOINT=0 makes breakpoint() "a no-op", from user data or set by the program itself.
    dev(
        "PYTHONBREAKPOINT=0 python3 tune.py with breakpoint() (a no-op)",
        devNodeScript("dev-py74p-breakpoint-off-call-nodes", [
            ...heredocFile("/opt/ops/tune.py", ['print("tuned")', "breakpoint()"]),
            "cd /var/lib && PYTHONBREAKPOINT=0 python3 /opt/ops/tune.py",
        ]),
    ),
    dev(
        "tune.py: os.environ['PYTHONBREAKPOINT'] = '0' then breakpoint() (a no-op)",
        tune("dev-py74p-environ-breakpoint-off-nodes", [
            "import os",
            'os.environ["PYTHONBREAKPOINT"] = "0"',
            "breakpoint()",
        ]),
    ),
    dev(
        "tune.py: os.environ.update(PYTHONUNBUFFERED='1', AWS_REGION='us-west-2'); os.environ.get('HOME')",
        tune("dev-py74p-environ-update-harmless-nodes", [
            "import os",
            'os.environ.update(PYTHONUNBUFFERED="1", AWS_REGION="us-west-2")',
            'print(os.environ.get("HOME"), dict(os.environ)["PATH"])',
        ]),
    ),
    dev(
        "tune.py: from importlib import import_module as im; im('json')",
        tune("dev-py74p-import-module-alias-nodes", [
            "from importlib import import_module as im",
            'print(im("json").dumps({}))',
        ]),
    ),
    dev(
        "python3 -m pip install -q 'tenacity>=8,<9'; tune.py: import tenacity",
        tune(
            "dev-py74p-pip-module-nodes",
            ["import tenacity", "print(tenacity.__name__)"],
            ["python3 -m pip install -q 'tenacity>=8,<9'"],
        ),
    ),
];

describeNodeCases("red team 72: node user data, root Python programs (fresh eyes)", insecure, secure);
