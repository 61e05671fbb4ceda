// Red-team round 66 on EKS NODE user data (fresh eyes): round 66's Python reader changes (PYTHON_DYNAMIC_NAMES'
// string-code runners and name resolvers, pythonSysPath, PYTHON_STARTUP_HOOK, the non-ASCII fail-closed rule,
// PYTHON_HARMLESS_ATTRIBUTES) on programs root runs from /opt/ops.
// Probed (insecure): logging.config.dictConfig "()" factories (a filter, a handler, ext://), typing.get_type_hints
// evaluating a string annotation, imp.load_source / zipimport, functools.reduce(getattr, ...), a sitecustomize
// package on PYTHONPATH, __kwdefaults__ item writes on the handler, partial(**{"directory": ...}), os.system starting
// a second server, xmlrpc register_instance(os), PYTHONPATH helpers.
// Secure: dictConfig with "class"/ext://sys.stdout, a path-only .pth, typing annotations, getattr(sys, "frozen"),
// non-ASCII in comments and strings, python3 -I, PYTHONPATH helpers that only log.
// Also probed (kept, judged right): list(map(os.chdir, ...)), python3 -m http.server --directory=DIR / -dDIR,
// getattr/reduce with a computed name, partial(**{"directory": ...}), zipimport from /data.
// Misses: insecure 12 of 19 — dictConfig "()": "os.chdir" (a filter factory), dictConfig "()": "ext://os.chdir" via a
// name, dictConfig "class": naming a written module (never read), typing.get_type_hints evaluating a string
// annotation, imp.load_source, a sitecustomize package (sitecustomize/__init__.py), PYTHONPATH not honoured (nohup
// prefix, export, plain prefix), SimpleHTTPRequestHandler.__init__.__kwdefaults__["directory"] item write, os.system
// starting a second server, xmlrpc register_instance(os, allow_dotted_names=True) on 0.0.0.0; secure 1 of 7 — a
// path-only .pth refused. Each `// MISS:` line says why.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";
import { RUN_SRV, SERVED, httpServer } from "./pythonAppBuilders";

const dev = devNodeCase;

/** srv.py (http.server on 0.0.0.0:8000) after `lines`, with the files `extra` written first, run by `run`. */
const srvWith = (name: string, extra: string[], lines: string[], run = RUN_SRV) =>
    devNodeScript(name, [
        ...extra,
        ...heredocFile("/opt/ops/srv.py", [
            "import os, sys",
            "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
            ...lines,
            'ThreadingHTTPServer(("0.0.0.0", 8000), SimpleHTTPRequestHandler).serve_forever()',
        ]),
        run,
    ]);

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 67): Python docs "logging.config" (dictConfig, "User-defined objects": a "()" key names a callable, resolved by its dotted name like any import, that is called with the remaining keys as keyword arguments; a filter may be one; checked on CPython 3.11): {"filters": {"x": {"()": "os.chdir", "path": "/etc/kubernetes"}}} calls os.chdir(path="/etc/kubernetes") in srv.py's own process, so http.server (SimpleHTTPRequestHandler serves the current directory, os.getcwd() when no directory is given) serves /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8000 as root. PYTHON_DYNAMIC_NAMES lists logging.config.fileConfig/listen but not dictConfig (nor DictConfigurator/dictConfigClass/BaseConfigurator.resolve). A dictConfig call whose argument holds any "()" key, or a "class"/ext:// value naming anything outside logging/logging.handlers (see the opslog case), should make the program dynamic (fail closed); a literal config of logging.* classes and ext://sys.std* stays accepted (secure case below).
    dev(
        'srv.py: logging.config.dictConfig({"filters": {"x": {"()": "os.chdir", "path": "/etc/kubernetes"}}})',
        httpServer(
            "dev-py66-dictconfig-filter-factory-nodes",
            [
                "import logging.config",
                'logging.config.dictConfig({"version": 1, "filters": {"x": {"()": "os.chdir", "path": "/etc/kubernetes"}}})',
            ],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 67): as the case above through a name bound to the config dict and `from logging.config import dictConfig` (Python docs "logging.config", "Access to external objects": ext:// resolves any importable object; "()" accepts it; checked on CPython 3.11: the working directory moves), so http.server (SimpleHTTPRequestHandler serves the current directory, os.getcwd() when no directory is given) serves /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8000 as root. dictConfig should be read as a name resolver whenever its argument is not a literal the pack can read entirely (a name, a file load, json.load) or holds "()"/ext:// outside sys.stdout/stderr.
    dev(
        'srv.py: dictConfig filter "()": "ext://os.chdir"',
        httpServer(
            "dev-py66-dictconfig-ext-factory-nodes",
            [
                "from logging.config import dictConfig",
                "CONF = {",
                '    "version": 1,',
                '    "filters": {"cd": {"()": "ext://os.chdir", "path": "/etc/kubernetes"}},',
                "}",
                "dictConfig(CONF)",
            ],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 67): Python docs "logging.config" (dictConfig handlers: "class (mandatory). This is the fully qualified name of the handler class", imported by name through sys.path, the script's directory /opt/ops first): "opslog.Handler" imports /opt/ops/opslog.py, which user data wrote with os.chdir("/etc/kubernetes") at module level, so http.server (SimpleHTTPRequestHandler serves the current directory, os.getcwd() when no directory is given) serves /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8000 as root. pythonImportClosure reads only import statements, so opslog.py is never read (nor is the name seen as dynamic). Resolve dictConfig's "class"/"()"/ext:// strings as imports (pythonNames modules) or fail closed on any not in logging/logging.handlers.
    dev(
        'srv.py: dictConfig handler "class": "opslog.Handler" (/opt/ops/opslog.py chdirs at import)',
        srvWith(
            "dev-py66-dictconfig-class-module-nodes",
            heredocFile("/opt/ops/opslog.py", [
                "import logging, os",
                'os.chdir("/etc/kubernetes")',
                "class Handler(logging.StreamHandler): pass",
            ]),
            [
                "import logging.config",
                'logging.config.dictConfig({"version": 1, "handlers": {"h": {"class": "opslog.Handler"}}, "root": {"handlers": ["h"]}})',
            ],
        ),
        SERVED,
    ),
    dev(
        'srv.py: list(map(os.chdir, ["/etc/kubernetes"]))',
        httpServer(
            "dev-py66-map-chdir-nodes",
            ['list(map(os.chdir, ["/etc/kubernetes"]))'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        "python3 -m http.server --directory=/etc/kubernetes 8000",
        devNodeScript("dev-py66-m-http-directory-eq-nodes", [
            "cd /opt/ops && nohup python3 -m http.server --directory=/etc/kubernetes 8000 >/var/log/srv.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "python3 -m http.server -d/etc/kubernetes 8000 (glued short option)",
        devNodeScript("dev-py66-m-http-directory-glued-nodes", [
            "cd /opt/ops && nohup python3 -m http.server -d/etc/kubernetes 8000 >/var/log/srv.log 2>&1 &",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 67): Python docs "typing.get_type_hints" ("forward references encoded as string literals are handled by evaluating them in globals and locals namespaces": eval of the string in the function's module globals; checked on CPython 3.11, returns {'x': NoneType}): the annotation string "os.chdir('/etc/kubernetes')" runs in srv.py, so http.server (SimpleHTTPRequestHandler serves the current directory, os.getcwd() when no directory is given) serves /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8000 as root. Add typing.get_type_hints/ForwardRef/_eval_type (and inspect.get_annotations with eval_str, annotationlib) to PYTHON_DYNAMIC_NAMES, or read string annotations as code.
    dev(
        "srv.py: typing.get_type_hints(f) with f's annotation the string \"os.chdir('/etc/kubernetes')\"",
        httpServer(
            "dev-py66-type-hints-eval-nodes",
            ["import typing", "def f(x: \"os.chdir('/etc/kubernetes')\"): pass", "typing.get_type_hints(f)"],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 67): Python 3.9 docs "imp" (deprecated, present through 3.11; AL2023's python3 is 3.9): imp.load_source(name, pathname) "Load and initialize a module implemented as a Python source file", running /opt/lib/h.py (user data wrote os.chdir("/etc/kubernetes") there) in srv.py's process, so http.server (SimpleHTTPRequestHandler serves the current directory, os.getcwd() when no directory is given) serves /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8000 as root. imp (load_source, load_module, load_package, load_compiled, load_dynamic, find_module, reload) is importlib's predecessor and not in PYTHON_DYNAMIC_NAMES; add it.
    dev(
        'srv.py: imp.load_source("h", "/opt/lib/h.py") (h.py: os.chdir("/etc/kubernetes"))',
        srvWith(
            "dev-py66-imp-load-source-nodes",
            heredocFile("/opt/lib/h.py", ["import os", 'os.chdir("/etc/kubernetes")']),
            ["import imp", 'imp.load_source("h", "/opt/lib/h.py")'],
        ),
        SERVED,
    ),
    dev(
        'srv.py: zipimport.zipimporter("/data/plugins.zip").load_module("h")',
        srvWith(
            "dev-py66-zipimport-nodes",
            [],
            ["import zipimport", 'zipimport.zipimporter("/data/plugins.zip").load_module("h")'],
        ),
        SERVED,
    ),
    dev(
        'srv.py: functools.reduce(getattr, ["ch" + "dir"], os)("/etc/kubernetes") (getattr by reduce, computed name)',
        httpServer(
            "dev-py66-reduce-getattr-nodes",
            ['functools.reduce(getattr, ["ch" + "dir"], os)("/etc/kubernetes")'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'srv.py: getattr(os, "ch" + "dir")("/etc/kubernetes") (a computed attribute name)',
        httpServer(
            "dev-py66-getattr-concat-nodes",
            ['getattr(os, "ch" + "dir")("/etc/kubernetes")'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 67): Python docs "site" ("an attempt is made to import a module named sitecustomize" found on sys.path, PYTHONPATH included; a package directory sitecustomize/__init__.py is a module named sitecustomize, "The import system" regular packages): /opt/lib/sitecustomize/__init__.py runs os.chdir("/etc/kubernetes") before srv.py, so http.server (SimpleHTTPRequestHandler serves the current directory, os.getcwd() when no directory is given) serves /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8000 as root. PYTHON_STARTUP_HOOK matches only `(site|user)customize.py` and .pth: match a sitecustomize/usercustomize package directory (`/(site|user)customize/__init__.py`) and compiled forms (.pyc, .so) too.
    dev(
        "PYTHONPATH=/opt/lib python3 srv.py; /opt/lib/sitecustomize/__init__.py chdirs (a package)",
        srvWith(
            "dev-py66-sitecustomize-package-nodes",
            heredocFile("/opt/lib/sitecustomize/__init__.py", ["import os", 'os.chdir("/etc/kubernetes")']),
            [],
            "cd /opt/ops && PYTHONPATH=/opt/lib nohup python3 srv.py >/var/log/srv.log 2>&1 &",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 67): Python docs "The Module Search Path" (sys.path is the script's directory, then PYTHONPATH) and bash "Simple Command Expansion" (an assignment before a command is in that command's environment; nohup keeps it): `import helpers` runs /opt/lib/helpers.py, which user data wrote with os.chdir("/etc/kubernetes"), so http.server (SimpleHTTPRequestHandler serves the current directory, os.getcwd() when no directory is given) serves /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8000 as root. pythonEntry reads PYTHONPATH from view.environment, but a prefix assignment on the python command (through nohup here) does not reach it: helpers is taken for an unwritten external module. Carry command-prefix and exported variables into PYTHONPATH (see the two cases below), and fail closed when PYTHONPATH is set in a way the pack cannot compute.
    dev(
        "PYTHONPATH=/opt/lib python3 srv.py; import helpers (/opt/lib/helpers.py chdirs)",
        srvWith(
            "dev-py66-pythonpath-helper-nodes",
            heredocFile("/opt/lib/helpers.py", ["import os", 'os.chdir("/etc/kubernetes")']),
            ["import helpers"],
            "cd /opt/ops && PYTHONPATH=/opt/lib nohup python3 srv.py >/var/log/srv.log 2>&1 &",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 67): bash "export" (marks the variable for the environment of every later command) and Python "The Module Search Path": srv.py's `import helpers` runs /opt/lib/helpers.py (os.chdir("/etc/kubernetes")), so http.server (SimpleHTTPRequestHandler serves the current directory, os.getcwd() when no directory is given) serves /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8000 as root. An exported PYTHONPATH is not seen by pythonEntry either (same fix as the nohup case above).
    dev(
        "export PYTHONPATH=/opt/lib; python3 srv.py; import helpers (/opt/lib/helpers.py chdirs)",
        srvWith(
            "dev-py66-pythonpath-export-helper-nodes",
            [
                "export PYTHONPATH=/opt/lib",
                ...heredocFile("/opt/lib/helpers.py", ["import os", 'os.chdir("/etc/kubernetes")']),
            ],
            ["import helpers"],
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 67): as the nohup case without nohup (bash "Simple Command Expansion": `PYTHONPATH=/opt/lib python3 srv.py` passes PYTHONPATH to python3): `import helpers` runs /opt/lib/helpers.py (os.chdir("/etc/kubernetes")), so http.server (SimpleHTTPRequestHandler serves the current directory, os.getcwd() when no directory is given) serves /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8000 as root. Even a direct prefix assignment is missed by pythonEntry's PYTHONPATH roots.
    dev(
        "cd /opt/ops && PYTHONPATH=/opt/lib python3 srv.py & (no nohup); import helpers (chdirs)",
        srvWith(
            "dev-py66-pythonpath-prefix-helper-nodes",
            heredocFile("/opt/lib/helpers.py", ["import os", 'os.chdir("/etc/kubernetes")']),
            ["import helpers"],
            "cd /opt/ops && PYTHONPATH=/opt/lib python3 srv.py >/var/log/srv.log 2>&1 &",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 67): Python reference "The standard type hierarchy" (a function's __kwdefaults__ is "A dictionary containing defaults for keyword-only parameters", writable) and http.server source (SimpleHTTPRequestHandler.__init__(self, *args, directory=None, **kwargs): directory is keyword-only; checked on CPython 3.11): setting __kwdefaults__["directory"] makes every handler serve /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8000 as root. pythonPatches reads only dotted attribute targets, not a subscript write through one; add `__kwdefaults__`/`__defaults__`/`__code__`/`__closure__` to PYTHON_DYNAMIC_ATTRIBUTES (any dunder of a function), or read `X.attr[...] =` as a write to X.attr.
    dev(
        'srv.py: SimpleHTTPRequestHandler.__init__.__kwdefaults__["directory"] = "/etc/kubernetes"',
        httpServer(
            "dev-py66-kwdefaults-item-nodes",
            ['SimpleHTTPRequestHandler.__init__.__kwdefaults__["directory"] = "/etc/kubernetes"'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'srv.py: functools.partial(SimpleHTTPRequestHandler, **{"directory": "/etc/kubernetes"})',
        httpServer(
            "dev-py66-partial-kwargs-splat-nodes",
            ['H = functools.partial(SimpleHTTPRequestHandler, **{"directory": "/etc/kubernetes"})'],
            "H",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 67): Python docs "os.system" ("Execute the command (a string) in a subshell", /bin/sh -c, here as root): the string starts `python3 -m http.server 8001` in /etc/kubernetes, serving the kubelet's credentials on 0.0.0.0:8001 while srv.py itself serves /opt/ops/static. The pack reads user data's own shell commands but not the commands a root Python program runs (os.system/popen/exec*/spawn*, subprocess.* with a literal argv or shell=True, pty.spawn): read their literal commands as user data commands, or make the program unknown (fail closed) when it runs any.
    dev(
        'srv.py: os.system("cd /etc/kubernetes && python3 -m http.server 8001 &") beside a static server',
        httpServer(
            "dev-py66-os-system-server-nodes",
            ['os.system("cd /etc/kubernetes && python3 -m http.server 8001 &")', 'os.chdir("/opt/ops/static")'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 67): Python docs "xmlrpc.server" (register_instance(instance, allow_dotted_names=True): "Enabling the allow_dotted_names option allows intruders to access your module's global variables and may allow intruders to execute arbitrary code on your machine. Only use this option on a secure, closed network"): with the os module registered, any pod reaching the node calls os.system as root on 0.0.0.0:8000, reading /etc/kubernetes (the kubelet's credentials) and instance metadata (the node role). The pack judges only file servers among Python listeners; a root Python RPC/remote-exec server beyond loopback (xmlrpc.server, multiprocessing.managers/connection Listener with pickle, code/rpyc/Pyro servers) should be refused like any remote agent.
    dev(
        "rpc.py: SimpleXMLRPCServer on 0.0.0.0:8000, register_instance(os, allow_dotted_names=True)",
        devNodeScript("dev-py66-xmlrpc-os-nodes", [
            ...heredocFile("/opt/ops/rpc.py", [
                "import os",
                "from xmlrpc.server import SimpleXMLRPCServer",
                'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
                "server.register_instance(os, allow_dotted_names=True)",
                "server.serve_forever()",
            ]),
            "cd /opt/ops && nohup python3 rpc.py >/var/log/rpc.log 2>&1 &",
        ]),
        /rpc\.py|8000|serv/,
    ),
    // Round 67 neighbours (insecure): each reader of the fixes by another spelling.
    dev(
        "srv.py: functools.singledispatch register by a string annotation \"os.chdir('/etc/kubernetes')\" (get_type_hints inside)",
        httpServer(
            "dev-py67-singledispatch-annotation-nodes",
            [
                "@functools.singledispatch",
                "def show(x): pass",
                "@show.register",
                "def _(x: \"os.chdir('/etc/kubernetes')\"): pass",
            ],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'srv.py: dictConfig(json.load(open("/opt/ops/log.json"))) (a configuration the pack does not read)',
        srvWith(
            "dev-py67-dictconfig-json-nodes",
            heredocFile("/opt/ops/log.json", [
                '{"version": 1, "filters": {"x": {"()": "os.chdir", "path": "/etc/kubernetes"}}}',
            ]),
            ["import json, logging.config", 'logging.config.dictConfig(json.load(open("/opt/ops/log.json")))'],
        ),
        SERVED,
    ),
    dev(
        'srv.py: dictConfig handler "stream": "ext://os.chdir"-style name outside sys.std* (ext://ops.hooks.stream)',
        httpServer(
            "dev-py67-dictconfig-ext-stream-nodes",
            [
                "import logging.config",
                'logging.config.dictConfig({"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "stream": "ext://ops.hooks.stream"}}})',
            ],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'srv.py: from imp import load_source as ls; ls("h", "/opt/lib/h.py")',
        srvWith(
            "dev-py67-imp-from-alias-nodes",
            heredocFile("/opt/lib/h.py", ["import os", 'os.chdir("/etc/kubernetes")']),
            ["from imp import load_source as ls", 'ls("h", "/opt/lib/h.py")'],
        ),
        SERVED,
    ),
    dev(
        "PYTHONPATH=/opt/lib:$PYTHONPATH python3 srv.py; import helpers (a PYTHONPATH the pack cannot compute)",
        srvWith(
            "dev-py67-pythonpath-unknown-nodes",
            heredocFile("/opt/lib/helpers.py", ["import os", 'os.chdir("/etc/kubernetes")']),
            ["import helpers"],
            "cd /opt/ops && PYTHONPATH=/opt/lib:$PYTHONPATH nohup python3 srv.py >/var/log/srv.log 2>&1 &",
        ),
        SERVED,
    ),
    dev(
        "PYTHONPATH=/opt/lib python3 srv.py; /opt/lib/usercustomize/__init__.py chdirs (a package)",
        srvWith(
            "dev-py67-usercustomize-package-nodes",
            heredocFile("/opt/lib/usercustomize/__init__.py", ["import os", 'os.chdir("/etc/kubernetes")']),
            [],
            "cd /opt/ops && PYTHONPATH=/opt/lib nohup python3 srv.py >/var/log/srv.log 2>&1 &",
        ),
        SERVED,
    ),
    dev(
        'srv.py: SimpleHTTPRequestHandler.__init__.__kwdefaults__.update(directory="/etc/kubernetes")',
        httpServer(
            "dev-py67-kwdefaults-update-nodes",
            ['SimpleHTTPRequestHandler.__init__.__kwdefaults__.update(directory="/etc/kubernetes")'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'srv.py: from subprocess import Popen as P; P("cd /etc/kubernetes && python3 -m http.server 8001", shell=True)',
        httpServer(
            "dev-py67-subprocess-alias-server-nodes",
            [
                "from subprocess import Popen as P",
                'P("cd /etc/kubernetes && python3 -m http.server 8001", shell=True)',
                'os.chdir("/opt/ops/static")',
            ],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'rpc.py: multiprocessing.connection.Listener(("0.0.0.0", 6000)) (unpickles what it receives)',
        devNodeScript("dev-py67-mp-listener-nodes", [
            ...heredocFile("/opt/ops/rpc.py", [
                "from multiprocessing.connection import Listener",
                'with Listener(("0.0.0.0", 6000)) as listener:',
                "    conn = listener.accept()",
                "    print(conn.recv())",
            ]),
            "cd /opt/ops && nohup python3 rpc.py >/var/log/rpc.log 2>&1 &",
        ]),
        /rpc\.py|6000|serv/,
    ),
    dev(
        "site-packages/ops.pth with an `import` line (os.chdir to /etc/kubernetes); srv.py serves the working directory",
        devNodeScript("dev-py67-pth-import-line-nodes", [
            `echo 'import os; os.chdir("/etc/kubernetes")' > /usr/local/lib/python3.9/site-packages/ops.pth`,
            ...heredocFile("/opt/ops/srv.py", [
                "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
                'ThreadingHTTPServer(("0.0.0.0", 8000), SimpleHTTPRequestHandler).serve_forever()',
            ]),
            RUN_SRV,
        ]),
        SERVED,
    ),
    dev(
        "site-packages/ops.pth path line /opt/lib; srv.py imports helpers (/opt/lib/helpers.py chdirs)",
        srvWith(
            "dev-py67-pth-path-helper-nodes",
            [
                "echo /opt/lib > /usr/local/lib/python3.9/site-packages/ops.pth",
                ...heredocFile("/opt/lib/helpers.py", ["import os", 'os.chdir("/etc/kubernetes")']),
            ],
            ["import helpers"],
        ),
        SERVED,
    ),
];

const secure: NodeCase[] = [
    dev(
        'srv.py: dictConfig with "class": "logging.StreamHandler", "stream": "ext://sys.stdout"; chdir static',
        httpServer(
            "dev-py66n-dictconfig-class-ok-nodes",
            [
                "import logging.config",
                "logging.config.dictConfig({",
                '    "version": 1,',
                '    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(message)s"}},',
                '    "handlers": {"out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "plain"}},',
                '    "root": {"level": "INFO", "handlers": ["out"]},',
                "})",
                'os.chdir("/opt/ops/static")',
            ],
            "SimpleHTTPRequestHandler",
        ),
    ),
    // Was a MISS (fixed in round 67): secure refused. Python docs "site" (a .pth file's lines are "additional items (one per line) to be added to sys.path"; only "Lines starting with import (followed by space or tab) are executed"; blank lines and # lines skipped): /usr/local/lib/python3.9/site-packages/ops.pth holding only /opt/ops/lib adds a root-owned directory user data writes nothing into and runs no code; srv.py serves /opt/ops/static. PYTHON_STARTUP_HOOK makes every written .pth an unread program file. Read a written .pth: its path lines as sys.path directories (their modules read as any import), fail closed only on a line starting with `import` (or a text the pack cannot compute).
    dev(
        "site-packages/ops.pth holding only a path line (/opt/ops/lib); srv.py chdir static",
        devNodeScript("dev-py66n-pth-path-only-ok-nodes", [
            "echo /opt/ops/lib > /usr/local/lib/python3.9/site-packages/ops.pth",
            ...heredocFile("/opt/ops/srv.py", [
                "import os",
                "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
                'os.chdir("/opt/ops/static")',
                'ThreadingHTTPServer(("0.0.0.0", 8000), SimpleHTTPRequestHandler).serve_forever()',
            ]),
            RUN_SRV,
        ]),
        undefined,
    ),
    dev(
        "srv.py: typing annotations (Optional[str], a dataclass); chdir static",
        httpServer(
            "dev-py66n-typing-ok-nodes",
            [
                "from dataclasses import dataclass",
                "from typing import Optional",
                "@dataclass",
                "class Settings:",
                '    root: str = "/opt/ops/static"',
                "    banner: Optional[str] = None",
                "def root() -> str:",
                "    return Settings().root",
                'os.chdir("/opt/ops/static")',
            ],
            "SimpleHTTPRequestHandler",
        ),
    ),
    dev(
        'srv.py: if getattr(sys, "frozen", False): ... (PyInstaller idiom); chdir static',
        httpServer(
            "dev-py66n-getattr-frozen-ok-nodes",
            ['if getattr(sys, "frozen", False):', '    print("frozen build")', 'os.chdir("/opt/ops/static")'],
            "SimpleHTTPRequestHandler",
        ),
    ),
    dev(
        "srv.py: non-ASCII only in a comment and a string; chdir static",
        httpServer(
            "dev-py66n-non-ascii-strings-ok-nodes",
            ["# Serve the static site — café menu", 'print("ready ✓")', 'os.chdir("/opt/ops/static")'],
            "SimpleHTTPRequestHandler",
        ),
    ),
    dev(
        "python3 -I srv.py (isolated mode); chdir static",
        srvWith(
            "dev-py66n-isolated-ok-nodes",
            [],
            ['os.chdir("/opt/ops/static")'],
            "cd /opt/ops && nohup python3 -I srv.py >/var/log/srv.log 2>&1 &",
        ),
    ),
    dev(
        "PYTHONPATH=/opt/lib python3 srv.py; import helpers (logs only); chdir static",
        srvWith(
            "dev-py66n-pythonpath-helper-ok-nodes",
            heredocFile("/opt/lib/helpers.py", ["import logging", "logging.basicConfig(level=logging.INFO)"]),
            ["import helpers", 'os.chdir("/opt/ops/static")'],
            "cd /opt/ops && PYTHONPATH=/opt/lib nohup python3 srv.py >/var/log/srv.log 2>&1 &",
        ),
    ),
    // Round 67 neighbours (secure).
    dev(
        "srv.py: dictConfig(LOGGING), LOGGING a literal of logging classes bound once; chdir static",
        httpServer(
            "dev-py67n-dictconfig-name-ok-nodes",
            [
                "from logging.config import dictConfig",
                "LOGGING = {",
                '    "version": 1,',
                '    "handlers": {"f": {"class": "logging.handlers.RotatingFileHandler", "filename": "/var/log/srv-app.log"}},',
                '    "root": {"level": "INFO", "handlers": ["f"]},',
                "}",
                "dictConfig(LOGGING)",
                'os.chdir("/opt/ops/static")',
            ],
            "SimpleHTTPRequestHandler",
        ),
    ),
    dev(
        'srv.py: string annotations that are type expressions ("Optional[str]", -> "Settings"); chdir static',
        httpServer(
            "dev-py67n-string-annotations-ok-nodes",
            [
                "from typing import Optional",
                "class Settings: pass",
                'def load(name: "Optional[str]" = None) -> "Settings":',
                "    return Settings()",
                'banner: "str" = "hello (world)"',
                'os.chdir("/opt/ops/static")',
            ],
            "SimpleHTTPRequestHandler",
        ),
    ),
    dev(
        "export PYTHONPATH=/opt/lib; python3 srv.py; import helpers (logs only); chdir static",
        srvWith(
            "dev-py67n-pythonpath-export-ok-nodes",
            [
                "export PYTHONPATH=/opt/lib",
                ...heredocFile("/opt/lib/helpers.py", ["import logging", "logging.basicConfig(level=logging.INFO)"]),
            ],
            ["import helpers", 'os.chdir("/opt/ops/static")'],
        ),
    ),
    dev(
        "rpc.py: SimpleXMLRPCServer on 127.0.0.1:8000 (loopback only)",
        devNodeScript("dev-py67n-xmlrpc-loopback-ok-nodes", [
            ...heredocFile("/opt/ops/rpc.py", [
                "from xmlrpc.server import SimpleXMLRPCServer",
                'server = SimpleXMLRPCServer(("127.0.0.1", 8000))',
                "server.register_function(pow)",
                "server.serve_forever()",
            ]),
            "cd /opt/ops && nohup python3 rpc.py >/var/log/rpc.log 2>&1 &",
        ]),
    ),
    dev(
        'python3 /opt/ops/setup.py: subprocess.run(["systemctl", "restart", "chronyd"]) (serves nothing)',
        devNodeScript("dev-py67n-subprocess-no-server-ok-nodes", [
            ...heredocFile("/opt/ops/setup.py", [
                "import subprocess",
                'subprocess.run(["systemctl", "restart", "chronyd"], check=True)',
            ]),
            "python3 /opt/ops/setup.py",
        ]),
    ),
    dev(
        "site-packages/ops.pth: a comment, a blank line and /opt/ops/lib (helpers.py there logs only); chdir static",
        srvWith(
            "dev-py67n-pth-comment-path-ok-nodes",
            [
                "printf '# ops\\n\\n/opt/ops/lib\\n' > /usr/local/lib/python3.9/site-packages/ops.pth",
                ...heredocFile("/opt/ops/lib/helpers.py", [
                    "import logging",
                    "logging.basicConfig(level=logging.INFO)",
                ]),
            ],
            ["import helpers", 'os.chdir("/opt/ops/static")'],
        ),
    ),
];

describeNodeCases("red team 66: node user data, Python programs serving files", insecure, secure);
