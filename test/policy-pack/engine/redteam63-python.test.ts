// Red-team round 63 on EKS NODE user data (fresh eyes): round 62's Python reader changes (pythonDynamic table,
// last-key dicts, PYTHON_CHDIR aliases, class attribute writes, adjacent literals, the pythonPieces lexer).
// Probed: `from os import chdir as go`; `from os import *` then chdir(); STATIC += ...; tuple unpacking; `import builtins; builtins.exec(...)`; an assignment expression (walrus) and a
// for-loop target rebinding STATIC; `global STATIC` in a function; dict(mapping, key=...) keyword override; an fr""
// prefix; a comment holding a quote before the real assignment; a backslash line continuation.
// Secure: an f-string under BASE_DIR, importlib.metadata for a version string, a function named evaluate(), a log
// message mentioning exec, a comment with an apostrophe, os.chdir(BASE_DIR).
// Misses: insecure — `from os import *; chdir("/etc/kubernetes")` (a star import) not read as a chdir: http.server
// serves /etc/kubernetes on 0.0.0.0:8000 as root (1); secure — importlib.metadata.version(...) (a package version string) refused by the
// pythonDynamic table's blanket `importlib` entry (1). Each `// MISS:` line says why.
import { describeNodeCases, devNodeCase, NodeCase } from "./nodeBuilders";
import { BASE, SERVED, flaskApp, httpServer } from "./pythonAppBuilders";

const dev = devNodeCase;

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
    // MISS: Python reference "The import statement" ("from M import *" binds every public name of M, i.e. those in M.__all__) and os docs (os re-exports posix; chdir is in os.__all__; os.chdir changes the working directory) plus http.server docs (SimpleHTTPRequestHandler's directory defaults to the current directory): after `from os import *`, a bare chdir("/etc/kubernetes") moves the working directory, but PYTHON_CHDIR only knows os./posix. prefixes and `from os import chdir [as x]` aliases, so the directory is taken as /opt/ops: http.server serves /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8000 as root. A star import from os/posix (or any module whose star import is unknown) should make a bare chdir( count, or fail closed.
    dev(
        'srv.py: from os import *; chdir("/etc/kubernetes") (a star import)',
        httpServer(
            "dev-py63-chdir-star-nodes",
            ["from os import *", 'chdir("/etc/kubernetes")'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
        true,
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
    // MISS: Python docs "Using importlib.metadata" (docs.python.org/3/library/importlib.metadata.html: "provides access to installed package metadata"; `from importlib.metadata import version; version("wheel")` is its own Overview example): importlib.metadata.version("flask") returns a version string and cannot rebind module values or the working directory, yet pythonDynamic treats any `importlib` use as dynamic, so STATIC = os.path.join(BASE_DIR, "static") (the app's own static dir) becomes "a directory the pack cannot know" and the secure Flask app is refused. Only importlib.import_module/reload/__import__-like calls (or importlib bound to a name later called) should count.
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
        true,
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
