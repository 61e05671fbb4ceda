// Red-team round 63 on EKS NODE user data (fresh eyes): round 62's Python reader changes (pythonDynamic table,
// last-key dicts, PYTHON_CHDIR aliases, class attribute writes, adjacent literals, the pythonPieces lexer).
// Probed: `from os import chdir as go`; `from os import *` then chdir(); STATIC += ...; tuple unpacking; `import builtins; builtins.exec(...)`; an assignment expression (walrus) and a
// for-loop target rebinding STATIC; `global STATIC` in a function; dict(mapping, key=...) keyword override; an fr""
// prefix; a comment holding a quote before the real assignment; a backslash line continuation.
// Secure: an f-string under BASE_DIR, importlib.metadata for a version string, a function named evaluate(), a log
// message mentioning exec, a comment with an apostrophe, os.chdir(BASE_DIR).
// Misses (all fixed in round 63): insecure — `from os import *; chdir("/etc/kubernetes")` (a star import) not read as a chdir: http.server
// serves /etc/kubernetes on 0.0.0.0:8000 as root (1); secure — importlib.metadata.version(...) (a package version string) refused by the
// pythonDynamic table's blanket `importlib` entry (1). Each `// MISS:` line says why.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";
import { BASE, RUN_SRV, SERVED, flaskApp, httpServer } from "./pythonAppBuilders";

const dev = devNodeCase;

/** srv.py (httpServer) after `from helpers import *`, /opt/ops/helpers.py holding `helpers`. */
const starHelpers = (name: string, helpers: string[], lines: string[]) =>
    devNodeScript(name, [
        ...heredocFile("/opt/ops/helpers.py", helpers),
        ...heredocFile("/opt/ops/srv.py", [
            "import os",
            "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
            "from helpers import *",
            ...lines,
            'ThreadingHTTPServer(("0.0.0.0", 8000), SimpleHTTPRequestHandler).serve_forever()',
        ]),
        RUN_SRV,
    ]);

const insecure: NodeCase[] = [
    dev(
        'srv.py: from os import chdir as go; go("/etc/kubernetes") (an alias of os.chdir)',
        httpServer(
            "dev-py63-chdir-from-as-nodes",
            ["from os import chdir as go", 'go("/etc/kubernetes")'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        "app.py: import builtins; builtins.exec('STATIC = \"/etc/kubernetes\"')",
        flaskApp(
            "dev-py63-builtins-exec-nodes",
            ['STATIC = "/opt/ops/static"', "import builtins", "builtins.exec('STATIC = \"/etc/kubernetes\"')"],
            "STATIC",
        ),
        SERVED,
    ),
    dev(
        'app.py: (STATIC := "/etc/kubernetes") (an assignment expression rebinds STATIC)',
        flaskApp(
            "dev-py63-walrus-nodes",
            ['STATIC = "/opt/ops/static"', 'print(STATIC := "/etc/kubernetes")'],
            "STATIC",
        ),
        SERVED,
    ),
    dev(
        'app.py: for STATIC in ["/etc/kubernetes"]: pass (a for-loop target rebinds STATIC)',
        flaskApp(
            "dev-py63-for-target-nodes",
            ['STATIC = "/opt/ops/static"', 'for STATIC in ["/etc/kubernetes"]:', "    pass"],
            "STATIC",
        ),
        SERVED,
    ),
    dev(
        'app.py: def prod(): global STATIC; STATIC = "/etc/kubernetes"; prod()',
        flaskApp(
            "dev-py63-global-stmt-nodes",
            [
                'STATIC = "/opt/ops/static"',
                "def prod():",
                "    global STATIC",
                '    STATIC = "/etc/kubernetes"',
                "prod()",
            ],
            "STATIC",
        ),
        SERVED,
    ),
    dev(
        'srv.py: partial(H, **dict({"directory": "/opt/ops/static"}, directory="/etc/kubernetes")) (the keyword wins)',
        httpServer(
            "dev-py63-dict-mapping-kw-nodes",
            [],
            'functools.partial(SimpleHTTPRequestHandler, **dict({"directory": "/opt/ops/static"}, directory="/etc/kubernetes"))',
        ),
        SERVED,
    ),
    dev(
        'app.py: static_folder=fr"/etc/kubernetes" (an fr prefix)',
        flaskApp("dev-py63-fr-prefix-nodes", [], 'fr"/etc/kubernetes"'),
        SERVED,
    ),
    dev(
        'app.py: static_folder=Rb"/etc/kubernetes".decode() (an Rb prefix)',
        flaskApp("dev-py63-rb-prefix-nodes", [], 'Rb"/etc/kubernetes".decode()'),
        SERVED,
    ),
    dev(
        "app.py: a comment holding a quote (# it's \") before STATIC is rebound",
        flaskApp(
            "dev-py63-comment-quote-nodes",
            ['STATIC = "/opt/ops/static"', '# it\'s the "prod" override', 'STATIC = "/etc/kubernetes"'],
            "STATIC",
        ),
        SERVED,
    ),
    dev(
        'app.py: STATIC = \\<newline> "/etc/kubernetes" (a backslash continuation)',
        flaskApp(
            "dev-py63-backslash-nodes",
            ['STATIC = "/opt/ops/static"', "STATIC = \\", '    "/etc/kubernetes"'],
            "STATIC",
        ),
        SERVED,
    ),
    dev(
        'app.py: static_folder="/etc/" \'kube\' """rnetes""" (adjacent literals of three quote kinds)',
        flaskApp("dev-py63-adjacent-mixed-nodes", [], '"/etc/" \'kube\' """rnetes"""'),
        SERVED,
    ),
    // Was a MISS (fixed in round 63): Python reference "The import statement" ("from M import *" binds every public name of M, i.e. those in M.__all__) and os docs (os re-exports posix; chdir is in os.__all__; os.chdir changes the working directory) plus http.server docs (SimpleHTTPRequestHandler's directory defaults to the current directory): after `from os import *`, a bare chdir("/etc/kubernetes") moves the working directory, but PYTHON_CHDIR only knows os./posix. prefixes and `from os import chdir [as x]` aliases, so the directory is taken as /opt/ops: http.server serves /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8000 as root. A star import from os/posix (or any module whose star import is unknown) should make a bare chdir( count, or fail closed.
    dev(
        'srv.py: from os import *; chdir("/etc/kubernetes") (a star import)',
        httpServer(
            "dev-py63-chdir-star-nodes",
            ["from os import *", 'chdir("/etc/kubernetes")'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    // Round 63 neighbours: the star imports of the other PYTHON_CHDIR modules, fchdir by a star import, a star import
    // of a module user data wrote that binds chdir to another name, and of a module the pack does not read.
    dev(
        'srv.py: from posix import *; chdir("/etc/kubernetes")',
        httpServer(
            "dev-py63-chdir-star-posix-nodes",
            ["from posix import *", 'chdir("/etc/kubernetes")'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'srv.py: from contextlib import *; chdir("/etc/kubernetes").__enter__()',
        httpServer(
            "dev-py63-chdir-star-contextlib-nodes",
            ["from contextlib import *", 'chdir("/etc/kubernetes").__enter__()'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'srv.py: from os import *; fchdir(open("/etc/kubernetes", O_RDONLY))',
        httpServer(
            "dev-py63-fchdir-star-nodes",
            ["from os import *", 'fchdir(open("/etc/kubernetes", O_RDONLY))'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'srv.py: from helpers import * (helpers.py: from os import chdir as go); go("/etc/kubernetes")',
        starHelpers("dev-py63-chdir-star-helpers-nodes", ["from os import chdir as go"], ['go("/etc/kubernetes")']),
        SERVED,
    ),
    dev(
        'srv.py: from opsutil import * (a module user data did not write); go("/etc/kubernetes")',
        httpServer(
            "dev-py63-chdir-star-unknown-nodes",
            ["from opsutil import *", 'go("/etc/kubernetes")'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    // Round 63 neighbours of importlib.metadata: the importlib members that load modules or run code stay dynamic.
    dev(
        'app.py: from importlib import import_module as im; im("__main__").STATIC = "/etc/kubernetes"',
        flaskApp(
            "dev-py63-import-module-as-nodes",
            [
                'STATIC = "/opt/ops/static"',
                "from importlib import import_module as im",
                'im("__main__").STATIC = "/etc/kubernetes"',
            ],
            "STATIC",
        ),
        SERVED,
    ),
    dev(
        "app.py: importlib.util.spec_from_file_location/module_from_spec/exec_module of a file user data wrote",
        flaskApp(
            "dev-py63-importlib-util-nodes",
            [
                'STATIC = "/opt/ops/static"',
                "import importlib.util",
                'spec = importlib.util.spec_from_file_location("__main__", "/opt/ops/cfg.txt")',
                "spec.loader.exec_module(sys.modules[__name__])",
            ],
            "STATIC",
            undefined,
            heredocFile("/opt/ops/cfg.txt", ['STATIC = "/etc/kubernetes"']),
        ),
        SERVED,
    ),
    dev(
        'app.py: from importlib import *; import_module("__main__").STATIC = "/etc/kubernetes"',
        flaskApp(
            "dev-py63-importlib-star-nodes",
            [
                'STATIC = "/opt/ops/static"',
                "from importlib import *",
                'import_module("__main__").STATIC = "/etc/kubernetes"',
            ],
            "STATIC",
        ),
        SERVED,
    ),
    dev(
        "app.py: importlib.metadata.entry_points(...)[0].load() (an entry point imports what it names)",
        flaskApp(
            "dev-py63-entry-points-nodes",
            [
                'STATIC = "/opt/ops/static"',
                "from importlib.metadata import entry_points",
                'entry_points(group="ops.hooks")[0].load()(globals())',
            ],
            "STATIC",
        ),
        SERVED,
    ),
    dev(
        "app.py: importlib.resources.files(PKG) with a computed anchor imports a module the pack cannot name",
        flaskApp(
            "dev-py63-resources-anchor-nodes",
            ['STATIC = "/opt/ops/static"', "import importlib.resources", 'importlib.resources.files("ho" + "ok")'],
            "STATIC",
            undefined,
            heredocFile("/opt/ops/hook.py", ["import __main__", '__main__.STATIC = "/etc/kubernetes"']),
        ),
        SERVED,
    ),
    dev(
        'srv.py: importlib.resources.files("hook") imports hook.py, which changes the working directory',
        devNodeScript("dev-py63-resources-literal-nodes", [
            ...heredocFile("/opt/ops/hook.py", ["import os", 'os.chdir("/etc/kubernetes")']),
            ...heredocFile("/opt/ops/srv.py", [
                "from importlib import resources",
                "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
                'resources.files("hook")',
                'ThreadingHTTPServer(("0.0.0.0", 8000), SimpleHTTPRequestHandler).serve_forever()',
            ]),
            RUN_SRV,
        ]),
        SERVED,
    ),
    dev(
        'app.py: STATIC += "/../../etc/kubernetes" (augmented assignment)',
        flaskApp(
            "dev-py63-augassign-nodes",
            ['STATIC = "/opt/ops/static"', 'STATIC += "/../../etc/kubernetes"'],
            "STATIC",
        ),
        SERVED,
    ),
    dev(
        'app.py: STATIC, PORT = "/etc/kubernetes", 5000 after STATIC = "/opt/ops/static" (tuple unpacking)',
        flaskApp(
            "dev-py63-tuple-unpack-nodes",
            ['STATIC = "/opt/ops/static"', 'STATIC, PORT = "/etc/kubernetes", 5000'],
            "STATIC",
        ),
        SERVED,
    ),
];

const secure: NodeCase[] = [
    dev(
        'app.py: static_folder=f"{BASE_DIR}/static"',
        flaskApp("dev-py63n-fstring-ok-nodes", [BASE], 'f"{BASE_DIR}/static"'),
    ),
    // Was a MISS (fixed in round 63): Python docs "Using importlib.metadata" (docs.python.org/3/library/importlib.metadata.html: "provides access to installed package metadata"; `from importlib.metadata import version; version("wheel")` is its own Overview example): importlib.metadata.version("flask") returns a version string and cannot rebind module values or the working directory, yet pythonDynamic treats any `importlib` use as dynamic, so STATIC = os.path.join(BASE_DIR, "static") (the app's own static dir) becomes "a directory the pack cannot know" and the secure Flask app is refused. Only importlib.import_module/reload/__import__-like calls (or importlib bound to a name later called) should count.
    dev(
        'app.py: VERSION = importlib.metadata.version("flask") (reads a version, rebinds nothing)',
        flaskApp(
            "dev-py63n-importlib-metadata-ok-nodes",
            [
                BASE,
                "import importlib.metadata",
                'VERSION = importlib.metadata.version("flask")',
                'STATIC = os.path.join(BASE_DIR, "static")',
            ],
            "STATIC",
        ),
        /./,
    ),
    dev(
        'app.py: from importlib.metadata import version; from importlib import resources; resources.files("flask")',
        flaskApp(
            "dev-py63n-importlib-from-ok-nodes",
            [
                BASE,
                "from importlib.metadata import version, PackageNotFoundError",
                "from importlib import resources",
                'VERSION = version("flask")',
                'TEMPLATES = resources.files("flask").joinpath("templates")',
                'STATIC = os.path.join(BASE_DIR, "static")',
            ],
            "STATIC",
        ),
    ),
    dev(
        "app.py: import importlib.resources; importlib.resources.files(__package__)",
        flaskApp(
            "dev-py63n-importlib-resources-ok-nodes",
            [
                BASE,
                "import importlib.resources",
                "DATA = importlib.resources.files(__package__)",
                'STATIC = os.path.join(BASE_DIR, "static")',
            ],
            "STATIC",
        ),
    ),
    dev(
        'srv.py: from os import *; chdir("/opt/ops/static") (a star import to the app\'s own dir)',
        httpServer(
            "dev-py63n-chdir-star-ok-nodes",
            ["from os import *", 'chdir("/opt/ops/static")'],
            "SimpleHTTPRequestHandler",
        ),
    ),
    dev(
        'srv.py: from helpers import * (helpers.py defines go(), no chdir); go("/etc/kubernetes")',
        starHelpers(
            "dev-py63n-chdir-star-helpers-ok-nodes",
            ["def go(path):", "    return len(path)"],
            ['go("/etc/kubernetes")'],
        ),
    ),
    dev(
        "app.py: a function named evaluate() and a log line mentioning exec",
        flaskApp(
            "dev-py63n-evaluate-name-ok-nodes",
            [
                BASE,
                "import logging",
                "def evaluate(x):",
                "    return x",
                'logging.info("no exec(), eval() or globals() here")',
                'STATIC = os.path.join(BASE_DIR, "static")',
            ],
            "STATIC",
        ),
    ),
    dev(
        "app.py: a comment with an apostrophe before STATIC",
        flaskApp(
            "dev-py63n-comment-apostrophe-ok-nodes",
            [
                BASE,
                "# don't serve anything outside the app's own static dir",
                'STATIC = os.path.join(BASE_DIR, "static")',
            ],
            "STATIC",
        ),
    ),
    dev(
        'srv.py: os.chdir(BASE_DIR + "/static") then SimpleHTTPRequestHandler',
        httpServer(
            "dev-py63n-chdir-base-ok-nodes",
            [BASE, 'os.chdir(os.path.join(BASE_DIR, "static"))'],
            "SimpleHTTPRequestHandler",
        ),
    ),
    dev(
        'app.py: static_folder=rb"/opt/ops/static".decode() is not used; STATIC = r"/opt/ops/static"',
        flaskApp("dev-py63n-raw-prefix-ok-nodes", ['STATIC = r"/opt/ops/static"'], "STATIC"),
    ),
];

describeNodeCases("red team 63: node user data, Python programs serving files", insecure, secure);
