// Red-team round 62 on EKS NODE user data (fresh eyes): round 61's Python reader changes (pythonAssignments unknown
// forms, pythonString escapes, pathlib "..", partial **spreads, contextlib.chdir, parentheses, `%(key)s`,
// pythonClassAttribute).
// Probed: the module rebound through `import __main__ as self` / `__import__(__name__)` named self, __setattr__,
// frame f_globals, an alias of exec/globals, `(exec)(...)`; a dict display with a repeated key (for `%` and for
// partial(**{...})); OPTS.update(directory=...) after OPTS = dict(...); nested functools.partial overriding directory;
// posix.chdir, `from contextlib import chdir as cd`; pathlib "../.." then .parent; implicit string concatenation in
// parentheses; a Config class with a column-0 comment inside its body, a classmethod writing `self.STATIC_DIR`;
// Tornado StaticFileHandler's dict with a repeated "path".
// Secure: the app's own static dir by implicit concatenation, a multi-line os.path.join, `%` with two keys, a Config
// class with a commented-out line at column 0 (PyCharm's default line comment) or a docstring, `from contextlib import
// chdir`, partial(directory=str(Path(...))), Tornado StaticFileHandler dict(path=...).
// Misses (all fixed in round 62): insecure — STATIC rebound by `import __main__ as self; self.STATIC = ...`, by `self = __import__(__name__)`,
// by __import__(__name__).__setattr__, by sys._getframe().f_globals[...], by an alias of exec (run = exec), by
// (exec)(...), by an alias of globals; a dict display with a repeated key read by its first entry (`%(d)s` % {...},
// partial(**{...}), Tornado StaticFileHandler's {"path": ...}); posix.chdir; a classmethod writing `self.STATIC_DIR`
// (all: /etc/kubernetes served on every address as root) (12); secure — BASE_DIR + "/" "static" (adjacent literals) in
// parentheses refused (1). Each `// MISS:` line says why.
import { describeNodeCases, devNodeCase, NodeCase, devNodeScript, heredocFile } from "./nodeBuilders";
import { BASE, SERVED, flaskApp, httpServer } from "./pythonAppBuilders";

const dev = devNodeCase;

const script = devNodeScript;

const file = heredocFile;

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 62): Python docs "__main__ — Top-level code environment" (the script run by `python3 app.py` is the module __main__; `import __main__` gives that module, whose attributes are its globals; checked on python3: STATIC becomes /etc/kubernetes): `import __main__ as self; self.STATIC = ...` rebinds STATIC, but pythonAssignments' attribute-write rule excludes a target after `self.` (meant for methods), so STATIC is read as /opt/ops/static: Flask serves the kubelet's credentials (/etc/kubernetes) on 0.0.0.0:5000 as root.
    dev(
        'app.py: `import __main__ as self` then self.STATIC = "/etc/kubernetes" (the script is __main__)',
        flaskApp(
            "dev-py62-main-as-self-nodes",
            ['STATIC = "/opt/ops/static"', "import __main__ as self", 'self.STATIC = "/etc/kubernetes"'],
            "STATIC",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 62): Python docs "Built-in Functions: __import__" (returns the named module; __name__ is "__main__", the running script) and "__main__" docs: self.STATIC = ... writes the module's global STATIC (checked on python3); the `.STATIC =` rule skips a `self.` target and `__import__` is not in boundOtherwise: STATIC read as /opt/ops/static, Flask serves the kubelet's credentials (/etc/kubernetes) on 0.0.0.0:5000 as root.
    dev(
        'app.py: self = __import__(__name__); self.STATIC = "/etc/kubernetes"',
        flaskApp(
            "dev-py62-import-self-nodes",
            ['STATIC = "/opt/ops/static"', "self = __import__(__name__)", 'self.STATIC = "/etc/kubernetes"'],
            "STATIC",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 62): Python reference "Data model: object.__setattr__(self, name, value)" (called for attribute assignment; on a module object it sets a global; checked on python3): boundOtherwise lists `setattr(` with a word boundary, which `__setattr__` lacks, and `__import__` is not listed: STATIC read as /opt/ops/static, Flask serves the kubelet's credentials (/etc/kubernetes) on 0.0.0.0:5000 as root.
    dev(
        'app.py: __import__(__name__).__setattr__("STATIC", "/etc/kubernetes")',
        flaskApp(
            "dev-py62-dunder-setattr-nodes",
            ['STATIC = "/opt/ops/static"', '__import__(__name__).__setattr__("STATIC", "/etc/kubernetes")'],
            "STATIC",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 62): Python docs "sys._getframe" / Data model "Frame objects: f_globals is the dictionary used by the frame to look up global variables": writing f_globals["STATIC"] rebinds the module's STATIC (checked on python3); boundOtherwise lists globals()/locals()/vars()/__dict__ but not f_globals (nor inspect.currentframe()): STATIC read as /opt/ops/static, Flask serves the kubelet's credentials (/etc/kubernetes) on 0.0.0.0:5000 as root.
    dev(
        'app.py: sys._getframe().f_globals["STATIC"] = "/etc/kubernetes"',
        flaskApp(
            "dev-py62-frame-globals-nodes",
            ['STATIC = "/opt/ops/static"', 'sys._getframe().f_globals["STATIC"] = "/etc/kubernetes"'],
            "STATIC",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 62): Python docs "Built-in Functions: exec" (at module level globals and locals are the same dictionary) and reference "Naming and binding" (run = exec binds the same builtin): run('STATIC = ...') rebinds STATIC (checked on python3); boundOtherwise matches only `exec(`/`eval(` as written, not a name bound to exec: STATIC read as /opt/ops/static, Flask serves the kubelet's credentials (/etc/kubernetes) on 0.0.0.0:5000 as root.
    dev(
        "app.py: run = exec; run('STATIC = \"/etc/kubernetes\"') (an alias of exec)",
        flaskApp(
            "dev-py62-exec-alias-nodes",
            ['STATIC = "/opt/ops/static"', "run = exec", "run('STATIC = \"/etc/kubernetes\"')"],
            "STATIC",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 62): Python reference "Parenthesized forms" (a parenthesized expression yields the expression: (exec) is exec) and "Built-in Functions: exec": (exec)('STATIC = ...') rebinds STATIC (checked on python3); boundOtherwise needs `exec` directly followed by `(`: STATIC read as /opt/ops/static, Flask serves the kubelet's credentials (/etc/kubernetes) on 0.0.0.0:5000 as root.
    dev(
        "app.py: (exec)('STATIC = \"/etc/kubernetes\"') (a parenthesized callee)",
        flaskApp(
            "dev-py62-exec-paren-nodes",
            ['STATIC = "/opt/ops/static"', "(exec)('STATIC = \"/etc/kubernetes\"')"],
            "STATIC",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 62): Python docs "Built-in Functions: globals" ("the dictionary implementing the current module namespace"): g = globals; g()["STATIC"] = ... rebinds STATIC (checked on python3); boundOtherwise matches only `globals(` as written: STATIC read as /opt/ops/static, Flask serves the kubelet's credentials (/etc/kubernetes) on 0.0.0.0:5000 as root.
    dev(
        'app.py: g = globals; g()["STATIC"] = "/etc/kubernetes" (an alias of globals)',
        flaskApp(
            "dev-py62-globals-alias-nodes",
            ['STATIC = "/opt/ops/static"', "g = globals", 'g()["STATIC"] = "/etc/kubernetes"'],
            "STATIC",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 62): Python reference "Dictionary displays": "you can specify the same key multiple times in the key/datum list, and the final dictionary's value for that key will be the last one given" (checked on python3: /etc/kubernetes); pythonDictEntry returns the first entry for the key, /opt/ops/static: Flask serves the kubelet's credentials (/etc/kubernetes) on 0.0.0.0:5000 as root.
    dev(
        'app.py: static_folder="%(d)s" % {"d": "/opt/ops/static", "d": "/etc/kubernetes"} (a repeated key: the last wins)',
        flaskApp("dev-py62-percent-dup-key-nodes", [], '"%(d)s" % {"d": "/opt/ops/static", "d": "/etc/kubernetes"}'),
        SERVED,
    ),
    // Was a MISS (fixed in round 62): Python reference "Dictionary displays" (the last datum for a repeated key wins) and "Calls" (**mapping gives keyword arguments; a dict has one entry per key so no duplicate-keyword error): partial(...).keywords is {'directory': '/etc/kubernetes'} (checked on python3); pythonDictEntry takes the first entry, /opt/ops/static: http.server serves /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8000 as root.
    dev(
        'srv.py: partial(SimpleHTTPRequestHandler, **{"directory": "/opt/ops/static", "directory": "/etc/kubernetes"})',
        httpServer(
            "dev-py62-partial-dup-key-nodes",
            [],
            'functools.partial(SimpleHTTPRequestHandler, **{"directory": "/opt/ops/static", "directory": "/etc/kubernetes"})',
        ),
        SERVED,
    ),
    dev(
        'srv.py: OPTS = dict(directory="/opt/ops/static"); OPTS.update(directory="/etc/kubernetes"); partial(H, **OPTS)',
        httpServer(
            "dev-py62-partial-opts-update-nodes",
            ['OPTS = dict(directory="/opt/ops/static")', 'OPTS.update(directory="/etc/kubernetes")'],
            "functools.partial(SimpleHTTPRequestHandler, **OPTS)",
        ),
        SERVED,
    ),
    dev(
        'srv.py: partial(partial(H, directory="/opt/ops/static"), directory="/etc/kubernetes") (later keywords override)',
        httpServer(
            "dev-py62-partial-nested-nodes",
            ['BASE = functools.partial(SimpleHTTPRequestHandler, directory="/opt/ops/static")'],
            'functools.partial(BASE, directory="/etc/kubernetes")',
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 62): Python docs "posix" ("On Unix, the os module provides a superset of the posix interface"; os.chdir is posix.chdir, checked on python3): posix.chdir("/etc/kubernetes") sets the working directory SimpleHTTPRequestHandler serves (http.server docs: directory defaults to the current directory); chdirs reads only os.chdir/os.fchdir/contextlib.chdir, the working directory is taken as /opt/ops: http.server serves /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8000 as root.
    dev(
        'srv.py: import posix; posix.chdir("/etc/kubernetes") (os.chdir is posix.chdir)',
        httpServer(
            "dev-py62-posix-chdir-nodes",
            ["import posix", 'posix.chdir("/etc/kubernetes")'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'srv.py: `from contextlib import chdir as cd`; `with cd("/etc/kubernetes"):` (python3.11)',
        script("dev-py62-contextlib-chdir-as-nodes", [
            ...file("/opt/ops/srv.py", [
                "from contextlib import chdir as cd",
                "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
                'with cd("/etc/kubernetes"):',
                '    ThreadingHTTPServer(("0.0.0.0", 8000), SimpleHTTPRequestHandler).serve_forever()',
            ]),
            "dnf install -y python3.11",
            "cd /opt/ops && nohup python3.11 srv.py >/var/log/srv.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        'app.py: static_folder=Path("/etc/kubernetes/pki/../..").parent.parent (pathlib keeps "..": /etc/kubernetes/pki)',
        flaskApp("dev-py62-dotdot-parent-nodes", [], 'Path("/etc/kubernetes/pki/../..").parent.parent'),
        SERVED,
    ),
    dev(
        'app.py: static_folder=Path(os.path.join("/etc/kubernetes", "..")).with_name("pki")',
        flaskApp(
            "dev-py62-join-dotdot-with-name-nodes",
            [],
            'Path(os.path.join("/etc/kubernetes", "..")).with_name("pki")',
        ),
        SERVED,
    ),
    dev(
        'app.py: static_folder=("/etc/"<newline>"kubernetes") (implicit concatenation in parentheses)',
        flaskApp("dev-py62-implicit-concat-nodes", [], '(\n    "/etc/"\n    "kubernetes"\n)'),
        SERVED,
    ),
    dev(
        "app.py: static_folder=Config.STATIC_DIR with a column-0 comment inside the class, then a second STATIC_DIR",
        flaskApp(
            "dev-py62-class-comment-col0-nodes",
            [
                "class Config:",
                '    STATIC_DIR = "/opt/ops/static"',
                "# production",
                '    STATIC_DIR = "/etc/kubernetes"',
            ],
            "Config.STATIC_DIR",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 62): Python docs "Built-in Functions: classmethod" ("A class method receives the class as implicit first argument"; its name is only a convention): self.STATIC_DIR = ... in a classmethod sets Config.STATIC_DIR (checked on python3: /etc/kubernetes); pythonAssignments' attribute-write rule excludes `self.` targets, pythonClassAttribute reads /opt/ops/static: Flask serves the kubelet's credentials (/etc/kubernetes) on 0.0.0.0:5000 as root.
    dev(
        "app.py: Config.STATIC_DIR rebound by a classmethod whose first parameter is named self",
        flaskApp(
            "dev-py62-classmethod-self-nodes",
            [
                "class Config:",
                '    STATIC_DIR = "/opt/ops/static"',
                "    @classmethod",
                "    def production(self):",
                '        self.STATIC_DIR = "/etc/kubernetes"',
                "Config.production()",
            ],
            "Config.STATIC_DIR",
        ),
        SERVED,
    ),
    dev(
        'app.py: static_folder="\\057etc\\057kubernetes" (octal escapes)',
        flaskApp("dev-py62-octal-escape-nodes", [], '"\\057etc\\057kubernetes"'),
        SERVED,
    ),
    dev(
        'app.py: static_folder=f"\\x2fetc\\x2f{NAME}", NAME = "kubernetes" (escapes in an f-string)',
        flaskApp("dev-py62-fstring-escape-nodes", ['NAME = "kubernetes"'], 'f"\\x2fetc\\x2f{NAME}"'),
        SERVED,
    ),
    // Was a MISS (fixed in round 62): Python reference "Dictionary displays" ("the final dictionary's value for that key will be the last one given") and Tornado docs "tornado.web.StaticFileHandler" (the URLSpec's dict is passed to initialize as keyword arguments; `path` is the directory served): path is /etc/kubernetes; pythonDictEntry takes the first "path", /opt/ops/static: Tornado serves the kubelet's credentials on every address, port 8888, as root.
    dev(
        'files.py: Tornado StaticFileHandler {"path": "/opt/ops/static", "path": "/etc/kubernetes"} (a repeated key)',
        script("dev-py62-tornado-dup-key-nodes", [
            ...file("/opt/ops/files.py", [
                "import asyncio",
                "from tornado.web import Application, StaticFileHandler",
                "async def main():",
                '    Application([(r"/(.*)", StaticFileHandler, {"path": "/opt/ops/static", "path": "/etc/kubernetes"})]).listen(8888)',
                "    await asyncio.Event().wait()",
                "asyncio.run(main())",
            ]),
            "nohup python3 /opt/ops/files.py >/var/log/files.log 2>&1 &",
        ]),
        /files\.py|8888|serv|kubernetes/,
    ),
    dev(
        'app.py: static_folder="/etc/" "kubernetes" (adjacent literals, no parentheses)',
        flaskApp("dev-py62-implicit-concat-bare-nodes", [], '"/etc/" "kubernetes"'),
        SERVED,
    ),
    dev(
        "app.py: static_folder=Config.STATIC_DIR, Config.STATIC_DIR rebound through `import __main__ as self; self.Config.STATIC_DIR = ...`",
        flaskApp(
            "dev-py62-class-main-self-nodes",
            [
                "class Config:",
                '    STATIC_DIR = "/opt/ops/static"',
                "import __main__ as self",
                'self.Config.STATIC_DIR = "/etc/kubernetes"',
            ],
            "Config.STATIC_DIR",
        ),
        SERVED,
    ),
    // Neighbours of the round-62 fixes (module-level values reached by code the pack cannot follow, last dict key,
    // chdir aliases, class attributes written by methods).
    dev(
        "app.py: `from builtins import exec as run`; run('STATIC = \"/etc/kubernetes\"')",
        flaskApp(
            "dev-py62-builtins-exec-as-nodes",
            ['STATIC = "/opt/ops/static"', "from builtins import exec as run", "run('STATIC = \"/etc/kubernetes\"')"],
            "STATIC",
        ),
        SERVED,
    ),
    dev(
        'app.py: getattr(sys, "modules")[__name__].STATIC = "/etc/kubernetes"',
        flaskApp(
            "dev-py62-getattr-sys-modules-nodes",
            ['STATIC = "/opt/ops/static"', 'getattr(sys, "modules")[__name__].STATIC = "/etc/kubernetes"'],
            "STATIC",
        ),
        SERVED,
    ),
    dev(
        'app.py: a function\'s __globals__["STATIC"] = "/etc/kubernetes"',
        flaskApp(
            "dev-py62-func-globals-nodes",
            ['STATIC = "/opt/ops/static"', "def f():", "    pass", 'f.__globals__["STATIC"] = "/etc/kubernetes"'],
            "STATIC",
        ),
        SERVED,
    ),
    dev(
        'app.py: import importlib; importlib.import_module("__main__").STATIC = "/etc/kubernetes"',
        flaskApp(
            "dev-py62-importlib-main-nodes",
            [
                'STATIC = "/opt/ops/static"',
                "import importlib",
                'importlib.import_module("__main__").STATIC = "/etc/kubernetes"',
            ],
            "STATIC",
        ),
        SERVED,
    ),
    dev(
        "srv.py: exec(\"os.chdir('/etc/kubernetes')\") then SimpleHTTPRequestHandler (the working directory)",
        httpServer("dev-py62-exec-chdir-nodes", ["exec(\"os.chdir('/etc/kubernetes')\")"], "SimpleHTTPRequestHandler"),
        SERVED,
    ),
    dev(
        'srv.py: `from os import chdir as cd`; cd("/etc/kubernetes")',
        httpServer(
            "dev-py62-os-chdir-as-nodes",
            ["from os import chdir as cd", 'cd("/etc/kubernetes")'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'srv.py: `from posix import chdir`; chdir("/etc/kubernetes")',
        httpServer(
            "dev-py62-posix-chdir-from-nodes",
            ["from posix import chdir", 'chdir("/etc/kubernetes")'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'app.py: "%(d)s" % {"d": "/opt/ops/static", KEY: "/etc/kubernetes"}, KEY = "d" (a key that is a name)',
        flaskApp(
            "dev-py62-percent-name-key-nodes",
            ['KEY = "d"'],
            '"%(d)s" % {"d": "/opt/ops/static", KEY: "/etc/kubernetes"}',
        ),
        SERVED,
    ),
    dev(
        'srv.py: OPTS = {"directory": "/opt/ops/static", "directory": "/etc/kubernetes"}; partial(H, **OPTS)',
        httpServer(
            "dev-py62-partial-opts-dup-key-nodes",
            ['OPTS = {"directory": "/opt/ops/static", "directory": "/etc/kubernetes"}'],
            "functools.partial(SimpleHTTPRequestHandler, **OPTS)",
        ),
        SERVED,
    ),
    dev(
        "app.py: Config.STATIC_DIR rebound by a classmethod's cls.STATIC_DIR",
        flaskApp(
            "dev-py62-classmethod-cls-nodes",
            [
                "class Config:",
                '    STATIC_DIR = "/opt/ops/static"',
                "    @classmethod",
                "    def production(cls):",
                '        cls.STATIC_DIR = "/etc/kubernetes"',
                "Config.production()",
            ],
            "Config.STATIC_DIR",
        ),
        SERVED,
    ),
    dev(
        "app.py: Config.STATIC_DIR rebound through an alias of the class (C = Config; C.STATIC_DIR = ...)",
        flaskApp(
            "dev-py62-class-alias-write-nodes",
            ["class Config:", '    STATIC_DIR = "/opt/ops/static"', "C = Config", 'C.STATIC_DIR = "/etc/kubernetes"'],
            "Config.STATIC_DIR",
        ),
        SERVED,
    ),
];

const secure: NodeCase[] = [
    dev(
        'files.py: Tornado StaticFileHandler dict(path=os.path.join(BASE_DIR, "static")) on 0.0.0.0:8888',
        script("dev-py62n-tornado-dict-path-ok-nodes", [
            ...file("/opt/ops/files.py", [
                "import asyncio, os",
                "from tornado.web import Application, StaticFileHandler",
                "BASE_DIR = os.path.dirname(os.path.abspath(__file__))",
                "async def main():",
                '    Application([(r"/s/(.*)", StaticFileHandler, dict(path=os.path.join(BASE_DIR, "static")))]).listen(8888)',
                "    await asyncio.Event().wait()",
                "asyncio.run(main())",
            ]),
            "nohup python3 /opt/ops/files.py >/var/log/files.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 62): (secure refused) Python reference "String literal concatenation": "Multiple adjacent string or bytes literals (delimited by whitespace) ... their meaning is the same as their concatenation", at the syntactical level, so BASE_DIR + "/" "static" is BASE_DIR + "/static" = /opt/ops/static (checked on python3); pythonPath reads no adjacent literals inside the parentheses: "a directory the pack cannot know", refused.
    dev(
        'app.py: static_folder=(BASE_DIR + "/"<newline>"static") (implicit concatenation in parentheses)',
        flaskApp("dev-py62n-implicit-concat-ok-nodes", [BASE], '(\n    BASE_DIR + "/"\n    "static"\n)'),
        /./,
    ),
    dev(
        'app.py: STATIC = os.path.join(<newline>BASE_DIR,<newline>"static",<newline>) (multi-line, trailing comma)',
        flaskApp(
            "dev-py62n-multiline-join-ok-nodes",
            [BASE, "STATIC = os.path.join(", "    BASE_DIR,", '    "static",', ")"],
            "STATIC",
        ),
    ),
    dev(
        'app.py: static_folder="%(base)s/%(name)s" % {"base": BASE_DIR, "name": "static"}',
        flaskApp(
            "dev-py62n-percent-two-keys-ok-nodes",
            [BASE],
            '"%(base)s/%(name)s" % {"base": BASE_DIR, "name": "static"}',
        ),
    ),
    // PyCharm's "Comment with Line Comment" puts `#` at column 0 by default.
    dev(
        "app.py: Config class with a commented-out line at column 0 (PyCharm's default line comment)",
        flaskApp(
            "dev-py62n-class-comment-col0-ok-nodes",
            [
                BASE,
                "class Config:",
                "    DEBUG = False",
                "#    DEBUG = True",
                '    STATIC_DIR = os.path.join(BASE_DIR, "static")',
            ],
            "Config.STATIC_DIR",
        ),
    ),
    dev(
        'srv.py: `from contextlib import chdir`; `with chdir(Path(__file__).parent / "static"):` (python3.11)',
        script("dev-py62n-contextlib-chdir-import-ok-nodes", [
            ...file("/opt/ops/srv.py", [
                "from contextlib import chdir",
                "from pathlib import Path",
                "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
                'with chdir(Path(__file__).parent / "static"):',
                '    ThreadingHTTPServer(("0.0.0.0", 8000), SimpleHTTPRequestHandler).serve_forever()',
            ]),
            "dnf install -y python3.11",
            "cd /opt/ops && nohup python3.11 srv.py >/var/log/srv.log 2>&1 &",
        ]),
    ),
    dev(
        'srv.py: partial(SimpleHTTPRequestHandler, directory=str(Path(__file__).resolve().parent / "static"))',
        httpServer(
            "dev-py62n-partial-str-path-ok-nodes",
            [],
            'functools.partial(SimpleHTTPRequestHandler, directory=str(Path(__file__).resolve().parent / "static"))',
        ),
    ),
    dev(
        'app.py: Config class with a docstring, STATIC_DIR = os.path.join(BASE_DIR, "static")',
        flaskApp(
            "dev-py62n-class-docstring-ok-nodes",
            [
                BASE,
                "class Config:",
                '    """Settings for the ops app."""',
                '    STATIC_DIR = os.path.join(BASE_DIR, "static")',
            ],
            "Config.STATIC_DIR",
        ),
    ),
    dev(
        'app.py: "%(d)s" % {"d": "/etc/kubernetes", "d": os.path.join(BASE_DIR, "static")} (the last entry wins)',
        flaskApp(
            "dev-py62n-percent-dup-key-ok-nodes",
            [BASE],
            '"%(d)s" % {"d": "/etc/kubernetes", "d": os.path.join(BASE_DIR, "static")}',
        ),
    ),
    dev(
        'files.py: Tornado StaticFileHandler {"path": "/etc/kubernetes", "path": os.path.join(BASE_DIR, "static")}',
        script("dev-py62n-tornado-dup-key-ok-nodes", [
            ...file("/opt/ops/files.py", [
                "import asyncio, os",
                "from tornado.web import Application, StaticFileHandler",
                "BASE_DIR = os.path.dirname(os.path.abspath(__file__))",
                "async def main():",
                '    Application([(r"/s/(.*)", StaticFileHandler, {"path": "/etc/kubernetes", "path": os.path.join(BASE_DIR, "static")})]).listen(8888)',
                "    await asyncio.Event().wait()",
                "asyncio.run(main())",
            ]),
            "nohup python3 /opt/ops/files.py >/var/log/files.log 2>&1 &",
        ]),
    ),
    dev(
        'srv.py: import posix; posix.chdir("/opt/ops/static") then SimpleHTTPRequestHandler',
        httpServer(
            "dev-py62n-posix-chdir-ok-nodes",
            ["import posix", 'posix.chdir("/opt/ops/static")'],
            "SimpleHTTPRequestHandler",
        ),
    ),
    dev(
        'srv.py: `from os import chdir as cd`; cd("/opt/ops/static") then SimpleHTTPRequestHandler',
        httpServer(
            "dev-py62n-os-chdir-as-ok-nodes",
            ["from os import chdir as cd", 'cd("/opt/ops/static")'],
            "SimpleHTTPRequestHandler",
        ),
    ),
    dev(
        'app.py: static_folder=os.path.join(BASE_DIR, "sta"<newline>"tic") (adjacent literals in a call)',
        flaskApp("dev-py62n-implicit-concat-join-ok-nodes", [BASE], 'os.path.join(BASE_DIR, "sta"\n    "tic")'),
    ),
    dev(
        'app.py: `if __name__ == "__main__":` and re.compile beside STATIC = os.path.join(BASE_DIR, "static")',
        flaskApp(
            "dev-py62n-main-guard-ok-nodes",
            [
                BASE,
                "import re",
                'SAFE = re.compile(r"^[a-z]+$")',
                'STATIC = os.path.join(BASE_DIR, "static")',
                'if __name__ == "__main__":',
                '    print("starting")',
            ],
            "STATIC",
        ),
    ),
    dev(
        "app.py: Config.STATIC_DIR read, __init__ writes self.debug (another attribute)",
        flaskApp(
            "dev-py62n-class-init-other-attr-ok-nodes",
            [
                BASE,
                "class Config:",
                '    STATIC_DIR = os.path.join(BASE_DIR, "static")',
                "    def __init__(self):",
                "        self.debug = False",
            ],
            "Config.STATIC_DIR",
        ),
    ),
];

describeNodeCases("red team 62: node user data, Python programs serving files", insecure, secure);
