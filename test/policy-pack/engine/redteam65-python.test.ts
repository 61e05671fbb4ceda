// Red-team round 65 on EKS NODE user data (fresh eyes): round 65's Python reader changes (PYTHON_FROM_IMPORT /
// PYTHON_IMPORT at any statement start, the importlib.metadata/resources allowlist, pythonChdirCalls following every
// reference to a chdir function, pythonPatches, readablePythonProgram) on programs root runs from /opt/ops.
// Probed (insecure): outside the names the round-65 reader knows: ctypes' libc chdir, pkgutil.resolve_name("os:chdir"), timeit.timeit running a statement string,
// unittest.mock.patch("os.getcwd", ...) by string, sys.path.insert of a directory holding a written module that chdirs,
// a .pth file and a sitecustomize.py written into site-packages (site runs them at every start).
// Secure: sys.excepthook / sys.dont_write_bytecode set, a handler's log_message silenced, a written helper imported
// through sys.path.insert of the app's own dir, a loopback Flask health endpoint, logging.config.dictConfig.
// Also probed (kept, judged right): a form feed before an import line (refused), a non-ASCII alias of os.chdir
// (missed), a multi-line functools.partial handler beside `>=`/`!=` tests (accepted).
// Misses (all fixed in round 66): insecure 9 of 10 — ctypes' libc chdir, pkgutil.resolve_name("os:chdir"), timeit.timeit running a string,
// unittest.mock.patch("os.getcwd") by string, a sys.path.insert'ed directory's written module (never read), a
// site-packages .pth import line, a site-packages sitecustomize.py, code.InteractiveInterpreter().runsource, a
// non-ASCII identifier aliasing os.chdir; secure 2 of 5 — sys.excepthook/sys.dont_write_bytecode set (pythonPatches
// refuses any sys attribute write), SimpleHTTPRequestHandler.log_message silenced (not in PYTHON_HARMLESS_ATTRIBUTES).
// Each `// MISS:` line says why.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";
import { RUN_SRV, SERVED, httpServer } from "./pythonAppBuilders";

const dev = devNodeCase;

/** srv.py (http.server on 0.0.0.0:8000) after `lines`, with the files `extra` written first. */
const srvWith = (name: string, extra: string[], lines: string[]) =>
    devNodeScript(name, [
        ...extra,
        ...heredocFile("/opt/ops/srv.py", [
            "import os, sys",
            "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
            ...lines,
            'ThreadingHTTPServer(("0.0.0.0", 8000), SimpleHTTPRequestHandler).serve_forever()',
        ]),
        RUN_SRV,
    ]);

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 66): Python docs "ctypes" (CDLL(None) on Linux loads the process's own symbols, libc's chdir among them; a loaded library's attributes are its C functions) and chdir(2) (changes the calling process's working directory): ctypes.CDLL(None).chdir(b"/etc/kubernetes") moves srv.py's working directory, and http.server docs (SimpleHTTPRequestHandler serves "the current directory", os.getcwd() when no directory is given) then serve /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8000 as root. pythonChdirCalls knows only os/posix/contextlib chdir names and pythonDynamic does not list ctypes: a foreign-function module (ctypes, _ctypes, cffi) should be in PYTHON_DYNAMIC_NAMES (fail closed: directory unknown).
    dev(
        'srv.py: ctypes.CDLL(None).chdir(b"/etc/kubernetes") (libc chdir)',
        httpServer(
            "dev-py65-ctypes-chdir-nodes",
            ["import ctypes", 'ctypes.CDLL(None).chdir(b"/etc/kubernetes")'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 66): Python docs "pkgutil.resolve_name(name)" ("Resolve a name to an object"; the form `W(.W)*:(W(.W)*)?` imports the package left of the colon and returns the object right of it): pkgutil.resolve_name("os:chdir") IS os.chdir, so calling it with "/etc/kubernetes" moves the working directory and http.server (SimpleHTTPRequestHandler serves the current directory) serves the kubelet's credentials on 0.0.0.0:8000 as root. pythonDynamic lists neither pkgutil.resolve_name nor pydoc.locate (the same by a dotted string). Add both (any name-to-object resolver) to PYTHON_DYNAMIC_NAMES.
    dev(
        'srv.py: pkgutil.resolve_name("os:chdir")("/etc/kubernetes")',
        httpServer(
            "dev-py65-pkgutil-resolve-nodes",
            ["import pkgutil", 'pkgutil.resolve_name("os:chdir")("/etc/kubernetes")'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 66): Python docs "timeit" (timeit.timeit(stmt, setup, ..., number): stmt and setup are strings of code the Timer compiles and executes, "the setup statement once, and then ... the main statement number times"): the string "os.chdir('/etc/kubernetes')" runs in srv.py's own process, moving its working directory, so http.server (SimpleHTTPRequestHandler serves the current directory) serves the kubelet's credentials on 0.0.0.0:8000 as root. pythonDynamic lists exec/eval/compile but not the standard library's other string-code runners: timeit.timeit/repeat/Timer, code (see the runsource case), cProfile.run/runctx, profile.run, pdb.run/runeval, trace.Trace.run. Add them to PYTHON_DYNAMIC_NAMES.
    dev(
        'srv.py: timeit.timeit("os.chdir(\'/etc/kubernetes\')", setup="import os", number=1)',
        httpServer(
            "dev-py65-timeit-exec-nodes",
            ["import timeit", 'timeit.timeit("os.chdir(\'/etc/kubernetes\')", setup="import os", number=1)'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 66): Python docs "unittest.mock.patch(target, ...)" ("target should be a string in the form 'package.module.ClassName'. The target is imported and the specified object replaced with the new object" inside the with block): under `with mock.patch("os.getcwd", return_value="/etc/kubernetes")` os.getcwd() returns /etc/kubernetes, and http.server source (SimpleHTTPRequestHandler.__init__: `if directory is None: directory = os.getcwd()`) serves the kubelet's credentials on 0.0.0.0:8000 as root. pythonPatches reads attribute writes only by syntax (`os.getcwd = ...`); unittest.mock's patch/patch.object/patch.dict/patch.multiple rebind by string or object. Add unittest.mock.patch* (and the `mock` backport's) to PYTHON_DYNAMIC_NAMES.
    dev(
        'srv.py: with unittest.mock.patch("os.getcwd", return_value="/etc/kubernetes"): serve',
        devNodeScript("dev-py65-mock-patch-getcwd-nodes", [
            ...heredocFile("/opt/ops/srv.py", [
                "from unittest import mock",
                "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
                'with mock.patch("os.getcwd", return_value="/etc/kubernetes"):',
                '    ThreadingHTTPServer(("0.0.0.0", 8000), SimpleHTTPRequestHandler).serve_forever()',
            ]),
            RUN_SRV,
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 66): Python docs "sys.path" ("A program is free to modify this list for its own purposes") and "The Module Search Path": after sys.path.insert(0, "/opt/lib"), `import helpers` runs /opt/lib/helpers.py, which user data wrote with os.chdir("/etc/kubernetes"), so http.server (SimpleHTTPRequestHandler serves the current directory) serves the kubelet's credentials on 0.0.0.0:8000 as root. pythonModuleFile looks only under the script's directory and PYTHONPATH (roots), so helpers is taken for an unwritten external module and never read. A sys.path change (insert/append/extend/assignment, site.addsitedir) should add its literal directories to the roots, and one the pack cannot compute should make the program unread (fail closed).
    dev(
        'srv.py: sys.path.insert(0, "/opt/lib"); import helpers (/opt/lib/helpers.py: os.chdir("/etc/kubernetes"))',
        srvWith(
            "dev-py65-syspath-helper-chdir-nodes",
            heredocFile("/opt/lib/helpers.py", ["import os", 'os.chdir("/etc/kubernetes")']),
            ['sys.path.insert(0, "/opt/lib")', "import helpers"],
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 66): Python docs "site" (imported automatically at startup; a .pth file in a site-packages directory: "Lines starting with import (followed by space or tab) are executed"; CPython PR 15942's note: "An executable line in a .pth file is run at every Python startup"): user data's /usr/lib/python3.9/site-packages/zz.pth (AL2023's python3 is 3.9) runs os.chdir("/etc/kubernetes") before srv.py, so http.server (SimpleHTTPRequestHandler serves the current directory) serves the kubelet's credentials on 0.0.0.0:8000 as root. pythonProgram reads only the script and its imports: a .pth, sitecustomize.py or usercustomize.py user data writes under any site-packages/dist-packages directory should make every Python program run after it unread (fail closed).
    dev(
        'site-packages/zz.pth: import os; os.chdir("/etc/kubernetes") (site runs .pth import lines at start)',
        srvWith(
            "dev-py65-pth-chdir-nodes",
            heredocFile("/usr/lib/python3.9/site-packages/zz.pth", ['import os; os.chdir("/etc/kubernetes")']),
            [],
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 66): Python docs "site" ("After these path manipulations, an attempt is made to import a module named sitecustomize, which can perform arbitrary site-specific customizations", at every interpreter start, found on sys.path, site-packages included): user data's /usr/lib/python3.9/site-packages/sitecustomize.py runs os.chdir("/etc/kubernetes") before srv.py, so http.server (SimpleHTTPRequestHandler serves the current directory) serves the kubelet's credentials on 0.0.0.0:8000 as root. pythonProgram does not read startup modules: a written sitecustomize.py/usercustomize.py (or .pth) in a site directory should make the program unread (fail closed).
    dev(
        'site-packages/sitecustomize.py: os.chdir("/etc/kubernetes")',
        srvWith(
            "dev-py65-sitecustomize-chdir-nodes",
            heredocFile("/usr/lib/python3.9/site-packages/sitecustomize.py", [
                "import os",
                'os.chdir("/etc/kubernetes")',
            ]),
            [],
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 66): Python docs "code" (InteractiveInterpreter.runsource(source): "Compile and run some source in the interpreter"): the string "import os; os.chdir('/etc/kubernetes')" runs in srv.py's own process, moving its working directory, so http.server (SimpleHTTPRequestHandler serves the current directory) serves the kubelet's credentials on 0.0.0.0:8000 as root. pythonDynamic lists exec/eval/compile/runpy but not the code module (InteractiveInterpreter, InteractiveConsole, interact, compile_command). Add `code` to PYTHON_DYNAMIC_NAMES.
    dev(
        'srv.py: code.InteractiveInterpreter().runsource("import os; os.chdir(...)")',
        httpServer(
            "dev-py65-code-runsource-nodes",
            ["import code", "code.InteractiveInterpreter().runsource(\"import os; os.chdir('/etc/kubernetes')\")"],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'srv.py: a form feed before `from os import chdir as go` (Python ignores it in indentation); go("/etc/kubernetes")',
        httpServer(
            "dev-py65-chdir-formfeed-import-nodes",
            ["\ffrom os import chdir as go", 'go("/etc/kubernetes")'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 66): Python reference "Identifiers and keywords" (PEP 3131: identifiers may hold non-ASCII letters, `cd_é` is one name) and "The import statement": `from os import chdir as cd_é` binds cd_é to os.chdir, so cd_é("/etc/kubernetes") moves the working directory and http.server (SimpleHTTPRequestHandler serves the current directory) serves the kubelet's credentials on 0.0.0.0:8000 as root. pythonNames' item regex and pythonChdirCalls' name scan use ASCII `\w`/`[A-Za-z_]` (JavaScript regexes without the u flag), so the alias is dropped and the scan sees `cd_` then `é(`: no call. Read identifiers with Unicode classes (`[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*`, u flag) everywhere Python names are read, or fail closed on any non-ASCII code outside strings and comments.
    dev(
        'srv.py: from os import chdir as cd_é (a non-ASCII identifier); cd_é("/etc/kubernetes")',
        httpServer(
            "dev-py65-chdir-unicode-alias-nodes",
            ["from os import chdir as cd_é", 'cd_é("/etc/kubernetes")'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    // Round 66 neighbours: the other string-code runners and name resolvers (PYTHON_DYNAMIC_NAMES), sys.path and its
    // importers, startup hooks elsewhere, NFKC identifiers.
    dev(
        'srv.py: pydoc.locate("os.chdir")("/etc/kubernetes")',
        httpServer(
            "dev-py66-pydoc-locate-nodes",
            ["import pydoc", 'pydoc.locate("os.chdir")("/etc/kubernetes")'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'srv.py: getattr(pkgutil, "resolve_name")("os:chdir")("/etc/kubernetes")',
        httpServer(
            "dev-py66-pkgutil-getattr-nodes",
            ["import pkgutil", 'getattr(pkgutil, "resolve_name")("os:chdir")("/etc/kubernetes")'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        "srv.py: from cProfile import run as prof; prof(\"os.chdir('/etc/kubernetes')\")",
        httpServer(
            "dev-py66-cprofile-run-nodes",
            ["from cProfile import run as prof", "prof(\"os.chdir('/etc/kubernetes')\")"],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        "srv.py: pickle.loads of a pickle calling os.chdir (GLOBAL opcode resolves os.chdir by name)",
        httpServer(
            "dev-py66-pickle-chdir-nodes",
            ["import pickle", 'pickle.loads(b"cos\\nchdir\\n(V/etc/kubernetes\\ntR.")'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'srv.py: mock.patch.object(os, "getcwd", return_value="/etc/kubernetes").start()',
        httpServer(
            "dev-py66-mock-patch-object-nodes",
            [
                "import unittest.mock",
                'unittest.mock.patch.object(os, "getcwd", return_value="/etc/kubernetes").start()',
            ],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'srv.py: import os; ｏｓ.chdir("/etc/kubernetes") (fullwidth letters, NFKC-normalised to os)',
        httpServer("dev-py66-chdir-nfkc-nodes", ['ｏｓ.chdir("/etc/kubernetes")'], "SimpleHTTPRequestHandler"),
        SERVED,
    ),
    dev(
        'srv.py: from sys import path as p; p.extend(["/opt/lib"]); import helpers (chdir /etc/kubernetes)',
        srvWith(
            "dev-py66-syspath-extend-helper-nodes",
            heredocFile("/opt/lib/helpers.py", ["import os", 'os.chdir("/etc/kubernetes")']),
            ["from sys import path as p", 'p.extend(["/opt/lib"])', "import helpers"],
        ),
        SERVED,
    ),
    dev(
        'srv.py: site.addsitedir("/opt/lib"); import helpers (chdir /etc/kubernetes)',
        srvWith(
            "dev-py66-addsitedir-helper-nodes",
            heredocFile("/opt/lib/helpers.py", ["import os", 'os.chdir("/etc/kubernetes")']),
            ["import site", 'site.addsitedir("/opt/lib")', "import helpers"],
        ),
        SERVED,
    ),
    dev(
        'srv.py: sys.path.append(os.environ["LIBDIR"]) (a directory the pack cannot know); import helpers',
        srvWith("dev-py66-syspath-env-nodes", [], ['sys.path.append(os.environ["LIBDIR"])', "import helpers"]),
        SERVED,
    ),
    dev(
        'srv.py: sys.path[:0] = ["/opt/lib"]; import helpers (chdir /etc/kubernetes)',
        srvWith(
            "dev-py66-syspath-slice-nodes",
            heredocFile("/opt/lib/helpers.py", ["import os", 'os.chdir("/etc/kubernetes")']),
            ['sys.path[:0] = ["/opt/lib"]', "import helpers"],
        ),
        SERVED,
    ),
    dev(
        "srv.py: sys.meta_path.insert(0, Finder()) (an importer of its own)",
        srvWith("dev-py66-meta-path-nodes", [], ["class Finder: pass", "sys.meta_path.insert(0, Finder())"]),
        SERVED,
    ),
    dev(
        '/root/.local/lib/python3.9/site-packages/usercustomize.py: os.chdir("/etc/kubernetes")',
        srvWith(
            "dev-py66-usercustomize-chdir-nodes",
            heredocFile("/root/.local/lib/python3.9/site-packages/usercustomize.py", [
                "import os",
                'os.chdir("/etc/kubernetes")',
            ]),
            [],
        ),
        SERVED,
    ),
    dev(
        "/usr/local/lib/python3.9/dist-packages/zz.pth (another site directory)",
        srvWith(
            "dev-py66-dist-packages-pth-nodes",
            heredocFile("/usr/local/lib/python3.9/dist-packages/zz.pth", ['import os; os.chdir("/etc/kubernetes")']),
            [],
        ),
        SERVED,
    ),
    dev(
        "srv.py: sys.stdout = open(...); SimpleHTTPRequestHandler.translate_path = f (still refused)",
        httpServer(
            "dev-py66-translate-path-beside-stdout-nodes",
            [
                'sys.stdout = open("/var/log/srv.out", "a")',
                "def f(self, path):",
                '    return "/etc/kubernetes" + path',
                "SimpleHTTPRequestHandler.translate_path = f",
            ],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
];

const secure: NodeCase[] = [
    // Was a MISS (fixed in round 66): secure refused. Python docs "sys" (sys.dont_write_bytecode: "you can set it yourself to control bytecode file generation"; sys.excepthook: "can be customized by assigning another three-argument function to sys.excepthook", the documented way to log uncaught exceptions) change neither the served directory nor the address: srv.py serves /opt/ops/static. pythonPatches refuses any attribute write to an imported module but logging's, so `sys.X = ...` makes the directory unknown. Exempt sys's documented settable hooks and flags that touch no path (excepthook, unraisablehook, breakpointhook, displayhook, dont_write_bytecode, stdout/stderr/stdin) as logging is; not sys.path/modules/meta_path/path_hooks/path_importer_cache.
    dev(
        'srv.py: sys.dont_write_bytecode = True; sys.excepthook = log_uncaught; os.chdir("/opt/ops/static")',
        httpServer(
            "dev-py65n-sys-hooks-ok-nodes",
            [
                "import logging",
                "sys.dont_write_bytecode = True",
                "def log_uncaught(*exc):",
                '    logging.critical("uncaught", exc_info=exc)',
                "sys.excepthook = log_uncaught",
                'os.chdir("/opt/ops/static")',
            ],
            "SimpleHTTPRequestHandler",
        ),
        undefined,
    ),
    // Was a MISS (fixed in round 66): secure refused. http.server docs (BaseHTTPRequestHandler.log_message(format, ...): "Logs an arbitrary message to sys.stderr. This is typically overridden to create custom error logging mechanisms"; log_request/log_error call it): silencing the access log changes neither the files served nor the address, srv.py serves /opt/ops/static; pythonPatches treats every handler-class attribute but PYTHON_HARMLESS_ATTRIBUTES as a served-directory change. Add log_message, log_request, log_error, address_string, date_time_string, error_message_format, error_content_type, timeout to PYTHON_HARMLESS_ATTRIBUTES (not translate_path, send_head, list_directory, copyfile, directory, do_GET/do_HEAD).
    dev(
        'srv.py: SimpleHTTPRequestHandler.log_message = quiet; os.chdir("/opt/ops/static")',
        httpServer(
            "dev-py65n-log-message-ok-nodes",
            [
                "def quiet(self, fmt, *args):",
                "    pass",
                "SimpleHTTPRequestHandler.log_message = quiet",
                'os.chdir("/opt/ops/static")',
            ],
            "SimpleHTTPRequestHandler",
        ),
        undefined,
    ),
    dev(
        "srv.py: sys.path.insert(0, os.path.dirname(__file__)); import helpers (logging only); chdir static",
        srvWith(
            "dev-py65n-syspath-self-ok-nodes",
            heredocFile("/opt/ops/helpers.py", ["import logging", "logging.basicConfig(level=logging.INFO)"]),
            [
                "sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))",
                "import helpers",
                'os.chdir("/opt/ops/static")',
            ],
        ),
    ),
    dev(
        "app.py: Flask health endpoint on 127.0.0.1:5000 with logging.config.dictConfig",
        devNodeScript("dev-py65n-flask-health-ok-nodes", [
            ...heredocFile("/opt/ops/app.py", [
                "import logging.config, sys",
                "from flask import Flask, jsonify",
                'logging.config.dictConfig({"version": 1, "root": {"level": "INFO"}})',
                "sys.dont_write_bytecode = True",
                "app = Flask(__name__)",
                '@app.get("/healthz")',
                "def healthz():",
                '    return jsonify(status="ok")',
                'if __name__ == "__main__":',
                '    app.run(host="127.0.0.1", port=5000)',
            ]),
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "srv.py: version/platform checks (>=, !=), a multi-line call with keywords, partial handler on /opt/ops/static",
        devNodeScript("dev-py65n-comparisons-ok-nodes", [
            ...heredocFile("/opt/ops/srv.py", [
                "import functools, logging, sys",
                "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
                'if sys.version_info >= (3, 9) and sys.platform != "win32":',
                '    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")',
                "handler = functools.partial(",
                "    SimpleHTTPRequestHandler,",
                '    directory="/opt/ops/static",',
                ")",
                'ThreadingHTTPServer(("0.0.0.0", 8000), handler).serve_forever()',
            ]),
            RUN_SRV,
        ]),
    ),
    dev(
        "srv.py: locals named code/trace/profile/mock (no such module imported); chdir static",
        httpServer(
            "dev-py66n-module-named-locals-ok-nodes",
            ["code = 200", 'trace = "off"', 'profile = {"name": "ops"}', "mock = None", 'os.chdir("/opt/ops/static")'],
            "SimpleHTTPRequestHandler",
        ),
    ),
    dev(
        "srv.py: sys.stderr = sys.stdout; Handler.log_request = lambda *a: None; chdir static",
        httpServer(
            "dev-py66n-stderr-log-request-ok-nodes",
            [
                "sys.stderr = sys.stdout",
                "class Handler(SimpleHTTPRequestHandler): pass",
                "Handler.log_request = lambda *a: None",
                'os.chdir("/opt/ops/static")',
            ],
            "Handler",
        ),
    ),
    dev(
        'srv.py: sys.path.append("/opt/lib"); import helpers (/opt/lib/helpers.py logs only); chdir static',
        srvWith(
            "dev-py66n-syspath-append-ok-nodes",
            heredocFile("/opt/lib/helpers.py", ["import logging", "logging.basicConfig(level=logging.INFO)"]),
            ['sys.path.append("/opt/lib")', "import helpers", 'os.chdir("/opt/ops/static")'],
        ),
    ),
    dev(
        "srv.py: HERE = dirname(abspath(__file__)); if HERE not in sys.path: sys.path.insert(0, HERE); chdir static",
        srvWith(
            "dev-py66n-syspath-guarded-ok-nodes",
            [],
            [
                "HERE = os.path.dirname(os.path.abspath(__file__))",
                "if HERE not in sys.path:",
                "    sys.path.insert(0, HERE)",
                'os.chdir("/opt/ops/static")',
            ],
        ),
    ),
];

describeNodeCases("red team 65: node user data, Python programs serving files", insecure, secure);
