// Red-team round 61 on EKS NODE user data (fresh eyes): round 60's Python readers (pythonLogicalStatements,
// pythonAssignments, pythonPath value sets, the functools.partial handler directory, argparse long-option prefixes).
// Probed: names rebound by exec, sys.modules[__name__], locals(), `global` in a function, `from M import *`, a `match`
// capture pattern, a multi-line `if __name__ == "__main__":` block, del/NameError fallbacks and a conditional expression;
// literals with \x escapes and a backslash-newline; Path(..., "..").with_name, with_suffix, bytes os.path.join, str.replace,
// `%` with a dict, f-string conversions, class attributes; http.server handlers given `directory` by kwargs.setdefault,
// `**{...}`/`**OPTS` in functools.partial, a decorated __init__, os.chdir in branches/from sys.argv/`from os import chdir`,
// contextlib.chdir; argparse forms of `-m http.server` (glued -d, `--d=`, repeated --directory/--bind, `--bi`) and
// `-m pyftpdlib` (`--dir`, glued, bundled -wd). Secure: the app's own static dir by a one-element `%` tuple, parentheses,
// `%` with a dict, a Config class, `match` on an env value, an app factory, send_from_directory in a decorated route,
// partial/handler-class/os.chdir idioms, a `__main__` block, argparse forms and a loopback pyftpdlib.
// Misses (all fixed in round 61): insecure — STATIC rebound by exec(...), by
// sys.modules[__name__].STATIC, by locals()[...] at module level, by `from settings import *`, by a `case STATIC:` capture;
// "\x2fetc\x2fkubernetes" and "/etc/kube\x72netes" (escapes read literally); Path("/etc/kubernetes", "..").with_name("pki")
// (pathlib keeps "..", the pack normalizes); a handler given directory by kwargs.setdefault, by partial(**{...}) and by
// partial(**OPTS); contextlib.chdir (all: /etc/kubernetes or its pki served on 0.0.0.0 as root) (12); secure — the app's
// own /opt/ops/static refused when written in parentheses ((BASE_DIR / "static") and its .resolve()), with `%` and a dict,
// or as a Config class attribute (4).
import { describeNodeCases, devNodeCase, NodeCase, devNodeScript, heredocFile } from "./nodeBuilders";
import { BASE, RUN_APP, RUN_SRV, SERVED, flaskApp, httpServer } from "./pythonAppBuilders";

const dev = devNodeCase;

const script = devNodeScript;

const file = heredocFile;

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 61): Python docs "Built-in Functions: exec": "In all cases, if the optional parts are omitted, the code is executed in the current scope ... at the module level, globals and locals are the same dictionary": exec('STATIC = ...') rebinds the module's STATIC to /etc/kubernetes; pythonAssignments reads no exec (the assignment is inside a string), STATIC is read as /opt/ops/static and Flask serves the kubelet's credentials on 0.0.0.0 as root.
    dev(
        "app.py: STATIC rebound by exec('STATIC = \"/etc/kubernetes\"') at module level",
        flaskApp(
            "dev-py61-exec-rebind-nodes",
            ['STATIC = "/opt/ops/static"', "exec('STATIC = \"/etc/kubernetes\"')"],
            "STATIC",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): Python reference "The import system"/"Modules" (sys.modules maps names to loaded modules; a module's attributes are its global namespace): setting sys.modules[__name__].STATIC rebinds the global; pythonAssignments skips a target whose name follows `.`, STATIC is read as /opt/ops/static: /etc/kubernetes served on 0.0.0.0.
    dev(
        'app.py: sys.modules[__name__].STATIC = "/etc/kubernetes" (the module\'s attribute is its global)',
        flaskApp(
            "dev-py61-sysmodules-rebind-nodes",
            ['STATIC = "/opt/ops/static"', 'sys.modules[__name__].STATIC = "/etc/kubernetes"'],
            "STATIC",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): PEP 634 / Python reference "The match statement" (capture patterns: "subject flows to the variable", a bare name in `case NAME:` binds it): `case STATIC:` binds STATIC_DIR=/etc/kubernetes; pythonAssignments sees no binding in a case header: /opt/ops/static read, /etc/kubernetes served (python3.11 on AL2023).
    dev(
        "app.py: `match` capture pattern `case STATIC:` binds the env value /etc/kubernetes",
        flaskApp(
            "dev-py61-match-capture-nodes",
            [
                'STATIC = "/opt/ops/static"',
                'match os.environ.get("STATIC_DIR"):',
                "    case None: pass",
                "    case STATIC: pass",
            ],
            "STATIC",
            "cd /opt/ops && STATIC_DIR=/etc/kubernetes nohup python3.11 app.py >/dev/null 2>&1 &",
            ["dnf install -y python3.11 python3.11-pip", "python3.11 -m pip install flask"],
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): Python reference "The import statement": `from M import *` binds "all public names defined in the module" (no __all__: those not starting with `_`) in the local namespace, rebinding STATIC to settings.py's /etc/kubernetes; pythonAssignments checks only named imports, reads /opt/ops/static.
    dev(
        'app.py: STATIC = "/opt/ops/static" then `from settings import *` (settings.py: STATIC = "/etc/kubernetes")',
        flaskApp(
            "dev-py61-star-import-rebind-nodes",
            ['STATIC = "/opt/ops/static"', "from settings import *"],
            "STATIC",
            RUN_APP,
            file("/opt/ops/settings.py", ['STATIC = "/etc/kubernetes"']),
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): Python docs "Built-in Functions: locals" / exec: "at the module level, globals and locals are the same dictionary", so locals()["STATIC"] = ... rebinds the module's STATIC; boundOtherwise lists globals()/vars()/setattr/__dict__ but not locals(): /opt/ops/static read, /etc/kubernetes served.
    dev(
        'app.py: locals()["STATIC"] = "/etc/kubernetes" at module level (locals() is globals() there)',
        flaskApp(
            "dev-py61-locals-rebind-nodes",
            ['STATIC = "/opt/ops/static"', 'locals()["STATIC"] = "/etc/kubernetes"'],
            "STATIC",
        ),
        SERVED,
    ),
    dev(
        'app.py: static_folder="/etc/\\<newline>kubernetes" (a backslash-newline inside a string literal is dropped)',
        flaskApp("dev-py61-string-continuation-nodes", [], '"/etc/\\\nkubernetes"'),
        SERVED,
    ),
    dev(
        'app.py: STATIC = "/opt/ops/static" if os.environ.get("OPS_DEV") else "/etc/kubernetes" (conditional expression)',
        flaskApp(
            "dev-py61-ternary-nodes",
            ['STATIC = "/opt/ops/static" if os.environ.get("OPS_DEV") else "/etc/kubernetes"'],
            "STATIC",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): Python reference "String and Bytes literals" (escape sequences: \xhh is "Character with hex value hh"): "\x2fetc\x2fkubernetes" is /etc/kubernetes; pythonString takes the backslashes literally, a relative name under /opt/ops: /etc/kubernetes served on 0.0.0.0.
    dev(
        'app.py: static_folder="\\x2fetc\\x2fkubernetes" (string escapes: /etc/kubernetes)',
        flaskApp("dev-py61-escape-literal-nodes", [], '"\\x2fetc\\x2fkubernetes"'),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): Python reference "String and Bytes literals" (\x72 is "r"): "/etc/kube\x72netes" is /etc/kubernetes; pythonString keeps the escape text, a directory /etc/kube\x72netes that does not exist and is judged harmless: the kubelet's credentials served on 0.0.0.0.
    dev(
        'app.py: static_folder="/etc/kube\\x72netes" (one escape in an absolute literal)',
        flaskApp("dev-py61-escape-literal-abs-nodes", [], '"/etc/kube\\x72netes"'),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): Python docs pathlib "Pure paths": "Spurious slashes and single dots are collapsed, but double dots ('..') ... are not"; PurePath("/etc/kubernetes", "..") has name ".." and with_name("pki") gives /etc/kubernetes/pki (checked: Python 3.11 prints /etc/kubernetes/pki); pythonPath normalizes to /etc first and computes /pki: the cluster CA directory served on 0.0.0.0.
    dev(
        'app.py: static_folder=Path("/etc/kubernetes", "..").with_name("pki") (pathlib keeps "..": /etc/kubernetes/pki)',
        flaskApp("dev-py61-with-name-dotdot-nodes", [], 'Path("/etc/kubernetes", "..").with_name("pki")'),
        SERVED,
    ),
    dev(
        "app.py: STATIC set in a function by `global STATIC` (multi-line), called before Flask",
        flaskApp(
            "dev-py61-global-rebind-nodes",
            [
                'STATIC = "/opt/ops/static"',
                "def configure():",
                "    global STATIC",
                '    STATIC = "/etc/kubernetes"',
                "configure()",
            ],
            "STATIC",
        ),
        SERVED,
    ),
    dev(
        'app.py: STATIC rebound in a multi-line `if __name__ == "__main__":` block from sys.argv',
        flaskApp(
            "dev-py61-main-argv-nodes",
            [
                'STATIC = "/opt/ops/static"',
                'if __name__ == "__main__":',
                "    if len(sys.argv) > 1:",
                "        STATIC = sys.argv[1]",
            ],
            "STATIC",
            "cd /opt/ops && nohup python3 app.py /etc/kubernetes >/dev/null 2>&1 &",
        ),
        SERVED,
    ),
    dev(
        'app.py: static_folder=BASE_DIR.replace("opt/ops", "etc/kubernetes") (str.replace)',
        flaskApp("dev-py61-str-replace-nodes", [BASE], 'BASE_DIR.replace("opt/ops", "etc/kubernetes")'),
        SERVED,
    ),
    dev(
        'app.py: static_folder="%(b)s/../../etc/kubernetes" % {"b": BASE_DIR} (a dict for %)',
        flaskApp("dev-py61-percent-dict-nodes", [BASE], '"%(b)s/../../etc/kubernetes" % {"b": BASE_DIR}'),
        SERVED,
    ),
    dev(
        'app.py: static_folder=f"{ROOT!s}etc/kubernetes" (a conversion), ROOT = "/"',
        flaskApp("dev-py61-fstring-conversion-nodes", ['ROOT = "/"'], 'f"{ROOT!s}etc/kubernetes"'),
        SERVED,
    ),
    dev(
        'app.py: static_folder=Path("/etc/kubernetes/x.conf").with_suffix("").parent',
        flaskApp("dev-py61-with-suffix-nodes", [], 'Path("/etc/kubernetes/x.conf").with_suffix("").parent'),
        SERVED,
    ),
    dev(
        'app.py: static_folder=os.path.join(b"/etc", b"kubernetes").decode()',
        flaskApp("dev-py61-bytes-join-nodes", [], 'os.path.join(b"/etc", b"kubernetes").decode()'),
        SERVED,
    ),
    dev(
        'app.py: STATIC from a class attribute `Config.STATIC = "/etc/kubernetes"`',
        flaskApp("dev-py61-class-attr-nodes", ["class Config:", '    STATIC = "/etc/kubernetes"'], "Config.STATIC"),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): Python docs "http.server": SimpleHTTPRequestHandler(request, client_address, server, directory=None) serves `directory` (else the working directory); kwargs.setdefault("directory", "/etc/kubernetes") passes it through **kwargs; handlerClasses finds no `directory=` in the body and takes the working directory /opt/ops: /etc/kubernetes served on 0.0.0.0.
    dev(
        'srv.py: handler class whose __init__ does kwargs.setdefault("directory", "/etc/kubernetes")',
        httpServer(
            "dev-py61-setdefault-directory-nodes",
            [
                "class H(SimpleHTTPRequestHandler):",
                "    def __init__(self, *args, **kwargs):",
                '        kwargs.setdefault("directory", "/etc/kubernetes")',
                "        super().__init__(*args, **kwargs)",
            ],
            "H",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): Python reference "Calls" (`**mapping` gives keyword arguments) and functools.partial ("keywords" supplied to the call): the handler gets directory=/etc/kubernetes; the pack reads only a literal `directory=` keyword and falls back to the working directory /opt/ops.
    dev(
        'srv.py: functools.partial(SimpleHTTPRequestHandler, **{"directory": "/etc/kubernetes"})',
        httpServer(
            "dev-py61-partial-dict-directory-nodes",
            [],
            'functools.partial(SimpleHTTPRequestHandler, **{"directory": "/etc/kubernetes"})',
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): Python reference "Calls" (`**OPTS` expands the dict into keyword arguments) and functools.partial: directory=/etc/kubernetes; the pack's partial reader sees no `directory=` keyword (it only unpacks `**settings` for Tornado) and takes the working directory /opt/ops.
    dev(
        'srv.py: functools.partial(SimpleHTTPRequestHandler, **OPTS), OPTS = dict(directory="/etc/kubernetes")',
        httpServer(
            "dev-py61-partial-opts-directory-nodes",
            ['OPTS = dict(directory="/etc/kubernetes")'],
            "functools.partial(SimpleHTTPRequestHandler, **OPTS)",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 61): Python docs "contextlib.chdir" (3.11): "Non parallel-safe context manager to change the current working directory ... Simple wrapper around os.chdir"; SimpleHTTPRequestHandler without directory serves os.getcwd() (http.server docs), so /etc/kubernetes is served on 0.0.0.0; chdirs reads only os.chdir calls, the working directory is taken as /opt/ops.
    dev(
        'srv.py: `with contextlib.chdir("/etc/kubernetes"):` around the server (Python 3.11)',
        script("dev-py61-contextlib-chdir-nodes", [
            ...file("/opt/ops/srv.py", [
                "import contextlib",
                "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
                'with contextlib.chdir("/etc/kubernetes"):',
                '    ThreadingHTTPServer(("0.0.0.0", 8000), SimpleHTTPRequestHandler).serve_forever()',
            ]),
            "dnf install -y python3.11",
            "cd /opt/ops && nohup python3.11 srv.py >/var/log/srv.log 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        'srv.py: `from os import chdir; chdir("/etc/kubernetes")`, then the default handler',
        httpServer(
            "dev-py61-from-os-chdir-nodes",
            ["from os import chdir", 'chdir("/etc/kubernetes")'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'srv.py: os.chdir("/etc/kubernetes") in a multi-line else branch',
        httpServer(
            "dev-py61-chdir-branch-nodes",
            [
                'if os.environ.get("OPS_DEV"):',
                '    os.chdir("/opt/ops/static")',
                "else:",
                '    os.chdir("/etc/kubernetes")',
            ],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        "srv.py: os.chdir(sys.argv[1]) run with /etc/kubernetes",
        httpServer(
            "dev-py61-chdir-argv-nodes",
            ["os.chdir(sys.argv[1])"],
            "SimpleHTTPRequestHandler",
            "cd /opt/ops && nohup python3 srv.py /etc/kubernetes >/dev/null 2>&1 &",
        ),
        SERVED,
    ),
    dev(
        'srv.py: handler class with a decorated __init__ passing directory=STATIC, STATIC = "/etc/kubernetes"',
        httpServer(
            "dev-py61-decorated-init-nodes",
            [
                'STATIC = "/etc/kubernetes"',
                "class H(SimpleHTTPRequestHandler):",
                "    @functools.wraps(SimpleHTTPRequestHandler.__init__)",
                "    def __init__(self, *args, **kwargs):",
                "        super().__init__(*args, directory=STATIC, **kwargs)",
            ],
            "H",
        ),
        SERVED,
    ),
    dev(
        "python3 -m http.server 8000 -d/etc/kubernetes (argparse glued short value)",
        script("dev-py61-httpserver-glued-d-nodes", [
            "cd /opt/ops && nohup python3 -m http.server 8000 -d/etc/kubernetes >/dev/null 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "python3 -m http.server --d=/etc/kubernetes 8000 (a unique prefix with =)",
        script("dev-py61-httpserver-prefix-eq-nodes", [
            "cd /opt/ops && nohup python3 -m http.server --d=/etc/kubernetes 8000 >/dev/null 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "python3 -m http.server 8000 --directory /opt/ops --directory /etc/kubernetes (the last one wins)",
        script("dev-py61-httpserver-repeat-nodes", [
            "nohup python3 -m http.server 8000 --directory /opt/ops --directory /etc/kubernetes >/dev/null 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "python3 -m http.server -b 127.0.0.1 --bind 0.0.0.0 -d /etc/kubernetes (the last --bind wins)",
        script("dev-py61-httpserver-bind-repeat-nodes", [
            "nohup python3 -m http.server -b 127.0.0.1 --bind 0.0.0.0 -d /etc/kubernetes >/dev/null 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "python3 -m http.server --bi 0.0.0.0 -d /etc/kubernetes (--bi: prefix of --bind)",
        script("dev-py61-httpserver-bind-prefix-nodes", [
            "nohup python3 -m http.server --bi 0.0.0.0 -d /etc/kubernetes >/dev/null 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "python3 -m pyftpdlib --dir /etc/kubernetes (prefix of --directory)",
        script("dev-py61-pyftpdlib-prefix-nodes", [
            "nohup python3 -m pyftpdlib --dir /etc/kubernetes >/dev/null 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        "python3 -m pyftpdlib -d/etc/kubernetes (glued short value)",
        script("dev-py61-pyftpdlib-glued-nodes", ["nohup python3 -m pyftpdlib -d/etc/kubernetes >/dev/null 2>&1 &"]),
        SERVED,
    ),
    dev(
        "python3 -m pyftpdlib -wd /etc/kubernetes (bundled -w then -d)",
        script("dev-py61-pyftpdlib-bundled-nodes", [
            "nohup python3 -m pyftpdlib -wd /etc/kubernetes >/dev/null 2>&1 &",
        ]),
        SERVED,
    ),
    dev(
        'app.py: STATIC = os.path.join(BASE_DIR, "static"); del STATIC; then STATIC from sys.argv in a try/except NameError',
        flaskApp(
            "dev-py61-del-rebind-nodes",
            [
                BASE,
                'STATIC = os.path.join(BASE_DIR, "static")',
                "if len(sys.argv) > 1:",
                "    del STATIC",
                "try:",
                "    STATIC",
                "except NameError:",
                "    STATIC = sys.argv[1]",
            ],
            "STATIC",
            "cd /opt/ops && nohup python3 app.py /etc/kubernetes >/dev/null 2>&1 &",
        ),
        SERVED,
    ),
    // Round 61 fix neighbours (insecure): other binding forms the reader does not model, other escapes, `..` kept by
    // pathlib, other ways a handler class or partial may be given its directory, contextlib.chdir imported by name.
    dev(
        "app.py: STATIC rebound by eval(\"(STATIC := '/etc/kubernetes')\") (a walrus in eval binds at module level)",
        flaskApp(
            "dev-py61n-eval-walrus-nodes",
            ['STATIC = "/opt/ops/static"', "eval(\"(STATIC := '/etc/kubernetes')\")"],
            "STATIC",
        ),
        SERVED,
    ),
    dev(
        'app.py: `match` mapping pattern `case {"static": STATIC}:` binds STATIC from a JSON env value',
        flaskApp(
            "dev-py61n-match-mapping-nodes",
            [
                "import json",
                'STATIC = "/opt/ops/static"',
                'match json.loads(os.environ.get("OPS_CFG", "{}")):',
                '    case {"static": STATIC}: pass',
            ],
            "STATIC",
            'cd /opt/ops && OPS_CFG=\'{"static": "/etc/kubernetes"}\' nohup python3.11 app.py >/dev/null 2>&1 &',
            ["dnf install -y python3.11 python3.11-pip", "python3.11 -m pip install flask"],
        ),
        SERVED,
    ),
    dev(
        'app.py: `import app as me; me.STATIC = "/etc/kubernetes"`-style module attribute write (mod.STATIC =)',
        flaskApp(
            "dev-py61n-module-attr-nodes",
            ['STATIC = "/opt/ops/static"', "import __main__ as me", 'me.STATIC = "/etc/kubernetes"'],
            "STATIC",
        ),
        SERVED,
    ),
    dev(
        'app.py: STATIC = "/opt/ops/static" then `from .conf import *`-like `from ops_settings import *` (unread module)',
        flaskApp(
            "dev-py61n-star-unwritten-nodes",
            ['STATIC = "/opt/ops/static"', "from ops_settings import *"],
            "STATIC",
        ),
        SERVED,
    ),
    dev(
        'app.py: static_folder="\\57etc\\57kubernetes" (octal escapes)',
        flaskApp("dev-py61n-octal-escape-nodes", [], '"\\57etc\\57kubernetes"'),
        SERVED,
    ),
    dev(
        'app.py: static_folder="\\u002fetc/kubernetes" (a \\u escape)',
        flaskApp("dev-py61n-unicode-escape-nodes", [], '"\\u002fetc/kubernetes"'),
        SERVED,
    ),
    dev(
        'app.py: static_folder=Path(os.path.join("/etc/kubernetes", "..")).with_name("pki")',
        flaskApp(
            "dev-py61n-with-name-osjoin-nodes",
            [],
            'Path(os.path.join("/etc/kubernetes", "..")).with_name("pki")',
        ),
        SERVED,
    ),
    dev(
        'app.py: static_folder=("/etc" + "/kubernetes") (parentheses around a sum)',
        flaskApp("dev-py61n-paren-sum-nodes", [], '("/etc" + "/kubernetes")'),
        SERVED,
    ),
    dev(
        'app.py: Config.STATIC_DIR rewritten after the class: Config.STATIC_DIR = "/etc/kubernetes"',
        flaskApp(
            "dev-py61n-config-rewrite-nodes",
            [
                BASE,
                "class Config:",
                '    STATIC_DIR = os.path.join(BASE_DIR, "static")',
                'Config.STATIC_DIR = "/etc/kubernetes"',
            ],
            "Config.STATIC_DIR",
        ),
        SERVED,
    ),
    dev(
        'srv.py: handler class whose __init__ sets kwargs["directory"] = "/etc/kubernetes"',
        httpServer(
            "dev-py61n-kwargs-item-directory-nodes",
            [
                "class H(SimpleHTTPRequestHandler):",
                "    def __init__(self, *args, **kwargs):",
                '        kwargs["directory"] = "/etc/kubernetes"',
                "        super().__init__(*args, **kwargs)",
            ],
            "H",
        ),
        SERVED,
    ),
    dev(
        'srv.py: handler class passing **{**kwargs, "directory": "/etc/kubernetes"}',
        httpServer(
            "dev-py61n-dict-merge-directory-nodes",
            [
                "class H(SimpleHTTPRequestHandler):",
                "    def __init__(self, *args, **kwargs):",
                '        super().__init__(*args, **{**kwargs, "directory": "/etc/kubernetes"})',
            ],
            "H",
        ),
        SERVED,
    ),
    dev(
        'srv.py: partial(SimpleHTTPRequestHandler, **OPTS), OPTS = {} then OPTS.update(directory="/etc/kubernetes")',
        httpServer(
            "dev-py61n-partial-opts-update-nodes",
            ["OPTS = {}", 'OPTS.update(directory="/etc/kubernetes")'],
            "functools.partial(SimpleHTTPRequestHandler, **OPTS)",
        ),
        SERVED,
    ),
    dev(
        'srv.py: `from contextlib import chdir`; `with chdir("/etc/kubernetes"):` around the server',
        script("dev-py61n-from-contextlib-chdir-nodes", [
            ...file("/opt/ops/srv.py", [
                "from contextlib import chdir",
                "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
                'with chdir("/etc/kubernetes"):',
                '    ThreadingHTTPServer(("0.0.0.0", 8000), SimpleHTTPRequestHandler).serve_forever()',
            ]),
            "dnf install -y python3.11",
            "cd /opt/ops && nohup python3.11 srv.py >/var/log/srv.log 2>&1 &",
        ]),
        SERVED,
    ),
];

const secure: NodeCase[] = [
    dev(
        'app.py: static_folder="%s/static" % (BASE_DIR,) (a one-element tuple)',
        flaskApp("dev-py61-percent-tuple1-ok-nodes", [BASE], '"%s/static" % (BASE_DIR,)'),
    ),
    // Was a MISS (fixed in round 61): (secure refused) Python reference "Parenthesized forms": "A parenthesized expression list yields whatever that expression list yields"; (BASE_DIR / "static").resolve() is /opt/ops/static, but pythonPath has no rule for a parenthesized expression: "a directory the pack cannot know", refused.
    dev(
        'app.py: static_folder=str((BASE_DIR / "static").resolve()) (a parenthesized path)',
        flaskApp(
            "dev-py61-paren-resolve-ok-nodes",
            ["BASE_DIR = Path(__file__).resolve().parent"],
            'str((BASE_DIR / "static").resolve())',
        ),
        /./,
    ),
    // Was a MISS (fixed in round 61): (secure refused) Python reference "Parenthesized forms": (BASE_DIR / "static") is BASE_DIR / "static" = /opt/ops/static; pythonPath reads no parentheses: refused.
    dev(
        'app.py: static_folder=(BASE_DIR / "static") (parentheses)',
        flaskApp("dev-py61-paren-ok-nodes", ["BASE_DIR = Path(__file__).resolve().parent"], '(BASE_DIR / "static")'),
        /./,
    ),
    dev(
        'app.py: static_folder=BASE_DIR / "static", BASE_DIR = Path(__file__).resolve().parent',
        flaskApp("dev-py61-path-div-ok-nodes", ["BASE_DIR = Path(__file__).resolve().parent"], 'BASE_DIR / "static"'),
    ),
    // Was a MISS (fixed in round 61): (secure refused) Python docs "printf-style String Formatting": "If the right argument is a dictionary ... the formats in the string must include a parenthesised mapping key": "%(b)s/static" % {"b": BASE_DIR} is /opt/ops/static; pythonPath reads only %s with a tuple: refused.
    dev(
        'app.py: static_folder="%(b)s/static" % {"b": BASE_DIR} (a dict for %)',
        flaskApp("dev-py61-percent-dict-ok-nodes", [BASE], '"%(b)s/static" % {"b": BASE_DIR}'),
        /./,
    ),
    // Was a MISS (fixed in round 61): (secure refused) Python tutorial "Classes: Class and Instance Variables" (a class attribute is an attribute reference Config.STATIC_DIR) and Flask "Configuration Handling: Development / Production" (config classes are Flask's documented idiom): Config.STATIC_DIR is /opt/ops/static, but pythonPath follows no dotted name that is not imported: refused.
    dev(
        'app.py: static_folder=Config.STATIC_DIR (class Config: STATIC_DIR = os.path.join(BASE_DIR, "static"))',
        flaskApp(
            "dev-py61-config-class-ok-nodes",
            [BASE, "class Config:", '    STATIC_DIR = os.path.join(BASE_DIR, "static")'],
            "Config.STATIC_DIR",
        ),
        /./,
    ),
    dev(
        "app.py: STATIC_DIR chosen by `match` on ENV, both cases the app's own dirs",
        flaskApp(
            "dev-py61-match-literal-ok-nodes",
            [
                BASE,
                'match os.environ.get("OPS_ENV", "prod"):',
                '    case "dev":',
                '        STATIC_DIR = os.path.join(BASE_DIR, "static-dev")',
                "    case _:",
                '        STATIC_DIR = os.path.join(BASE_DIR, "static")',
            ],
            "STATIC_DIR",
            "cd /opt/ops && nohup python3.11 app.py >/var/log/ops.log 2>&1 &",
            ["dnf install -y python3.11 python3.11-pip", "python3.11 -m pip install flask"],
        ),
    ),
    dev(
        "app.py: an app factory `def create_app():` with a local base = Path(__file__).resolve().parent",
        script("dev-py61-app-factory-ok-nodes", [
            ...file("/opt/ops/app.py", [
                "from pathlib import Path",
                "from flask import Flask",
                "def create_app():",
                "    base = Path(__file__).resolve().parent",
                '    app = Flask(__name__, static_folder=str(base / "static"), static_url_path="/s")',
                "    return app",
                'if __name__ == "__main__":',
                '    create_app().run(host="0.0.0.0", port=5000)',
            ]),
            RUN_APP,
        ]),
    ),
    dev(
        'app.py: STATIC_DIR = os.path.join(BASE_DIR, "static"); os.makedirs(STATIC_DIR, exist_ok=True)',
        flaskApp(
            "dev-py61-makedirs-ok-nodes",
            [BASE, 'STATIC_DIR = os.path.join(BASE_DIR, "static")', "os.makedirs(STATIC_DIR, exist_ok=True)"],
            "STATIC_DIR",
        ),
    ),
    dev(
        "app.py: send_from_directory(STATIC_DIR, name) in a decorated route, static_folder=None",
        script("dev-py61-send-from-directory-ok-nodes", [
            ...file("/opt/ops/app.py", [
                "import os",
                "from flask import Flask, send_from_directory",
                "BASE_DIR = os.path.dirname(os.path.abspath(__file__))",
                'STATIC_DIR = os.path.join(BASE_DIR, "static")',
                "app = Flask(__name__, static_folder=None)",
                '@app.route("/s/<path:name>")',
                "def static_file(name):",
                "    return send_from_directory(STATIC_DIR, name)",
                'if __name__ == "__main__":',
                '    app.run(host="0.0.0.0", port=5000)',
            ]),
            RUN_APP,
        ]),
    ),
    dev(
        'srv.py: functools.partial(SimpleHTTPRequestHandler, directory=str(Path(__file__).parent / "static"))',
        httpServer(
            "dev-py61-partial-path-ok-nodes",
            [],
            'functools.partial(SimpleHTTPRequestHandler, directory=str(Path(__file__).parent / "static"))',
        ),
    ),
    dev(
        'srv.py: handler class passing directory=STATIC in __init__ (STATIC = os.path.join(os.path.dirname(__file__), "static"))',
        httpServer(
            "dev-py61-handler-class-ok-nodes",
            [
                'STATIC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "static")',
                "class H(SimpleHTTPRequestHandler):",
                "    def __init__(self, *args, **kwargs):",
                "        super().__init__(*args, directory=STATIC, **kwargs)",
            ],
            "H",
        ),
    ),
    dev(
        'srv.py: os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), "static")), the default handler',
        httpServer(
            "dev-py61-chdir-static-ok-nodes",
            ['os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), "static"))'],
            "SimpleHTTPRequestHandler",
        ),
    ),
    dev(
        'srv.py: `if __name__ == "__main__":` block binding the handler with partial(directory=STATIC)',
        script("dev-py61-main-block-ok-nodes", [
            ...file("/opt/ops/srv.py", [
                "import functools, os",
                "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
                'STATIC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "static")',
                'if __name__ == "__main__":',
                "    handler = functools.partial(SimpleHTTPRequestHandler, directory=STATIC)",
                '    ThreadingHTTPServer(("0.0.0.0", 8000), handler).serve_forever()',
            ]),
            RUN_SRV,
        ]),
    ),
    dev(
        "python3 -m http.server 8000 -d/opt/ops/static (glued short value)",
        script("dev-py61-httpserver-glued-ok-nodes", [
            "nohup python3 -m http.server 8000 -d/opt/ops/static >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "python3 -m http.server 8000 --directory=/opt/ops/static",
        script("dev-py61-httpserver-eq-ok-nodes", [
            "nohup python3 -m http.server 8000 --directory=/opt/ops/static >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "python3 -m http.server --bind 127.0.0.1 8000 (loopback, cwd /opt/ops)",
        script("dev-py61-httpserver-lo-ok-nodes", [
            "cd /opt/ops && nohup python3 -m http.server --bind 127.0.0.1 8000 >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "python3 -m pyftpdlib -i 127.0.0.1 -d /opt/ops/static",
        script("dev-py61-pyftpdlib-lo-ok-nodes", [
            "nohup python3 -m pyftpdlib -i 127.0.0.1 -d /opt/ops/static >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        'app.py: STATIC_DIR = "{}/static".format(BASE_DIR) with BASE_DIR = str(Path(__file__).parent)',
        flaskApp("dev-py61-format-ok-nodes", ["BASE_DIR = str(Path(__file__).parent)"], '"{}/static".format(BASE_DIR)'),
    ),
    dev(
        'app.py: static_folder=f"{BASE_DIR}/static" with BASE_DIR set in a one-line `try:`/`except:` both to /opt/ops',
        flaskApp(
            "dev-py61-try-oneline-ok-nodes",
            ["try: BASE_DIR = os.path.dirname(os.path.realpath(__file__))", 'except NameError: BASE_DIR = "/opt/ops"'],
            'f"{BASE_DIR}/static"',
        ),
    ),
    dev(
        'app.py: static_folder=os.path.join(BASE_DIR, "static") with BASE_DIR = Path(__file__).parent.absolute()',
        flaskApp(
            "dev-py61-absolute-ok-nodes",
            ["BASE_DIR = Path(__file__).parent.absolute()"],
            'os.path.join(BASE_DIR, "static")',
        ),
    ),
    dev(
        'app.py: STATIC: Final = BASE_DIR / "static" (typing.Final annotation)',
        flaskApp(
            "dev-py61-final-ok-nodes",
            [
                "from typing import Final",
                "BASE_DIR = Path(__file__).resolve().parent",
                'STATIC: Final = BASE_DIR / "static"',
            ],
            "STATIC",
        ),
    ),
    // Round 61 fix neighbours (secure): the same forms giving the app's own /opt/ops/static.
    dev(
        'app.py: static_folder=("/opt/ops/static") (a parenthesized literal)',
        flaskApp("dev-py61n-paren-literal-ok-nodes", [], '("/opt/ops/static")'),
    ),
    dev(
        'app.py: static_folder="/opt/ops/st\\x61tic" (an escape giving /opt/ops/static)',
        flaskApp("dev-py61n-escape-ok-nodes", [], '"/opt/ops/st\\x61tic"'),
    ),
    dev(
        'app.py: static_folder=r"/opt/ops/static" (a raw literal)',
        flaskApp("dev-py61n-raw-ok-nodes", [], 'r"/opt/ops/static"'),
    ),
    dev(
        'app.py: static_folder="%(b)s/%(s)s" % dict(b=BASE_DIR, s="static")',
        flaskApp("dev-py61n-percent-dictcall-ok-nodes", [BASE], '"%(b)s/%(s)s" % dict(b=BASE_DIR, s="static")'),
    ),
    dev(
        'app.py: static_folder=Config.STATIC_DIR (class Config(object): STATIC_DIR = str(Path(__file__).parent / "static"))',
        flaskApp(
            "dev-py61n-config-object-ok-nodes",
            ["class Config(object):", '    STATIC_DIR = str(Path(__file__).parent / "static")', "    DEBUG = False"],
            "Config.STATIC_DIR",
        ),
    ),
    dev(
        'app.py: static_folder=Path(__file__).resolve().with_name("static") (pathlib with_name of the script)',
        flaskApp("dev-py61n-with-name-ok-nodes", [], 'Path(__file__).resolve().with_name("static")'),
    ),
    dev(
        'srv.py: functools.partial(SimpleHTTPRequestHandler, **{"directory": STATIC}) with STATIC the app\'s static dir',
        httpServer(
            "dev-py61n-partial-dict-ok-nodes",
            ['STATIC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "static")'],
            'functools.partial(SimpleHTTPRequestHandler, **{"directory": STATIC})',
        ),
    ),
    dev(
        'srv.py: functools.partial(SimpleHTTPRequestHandler, **OPTS), OPTS = dict(directory="/opt/ops/static")',
        httpServer(
            "dev-py61n-partial-opts-ok-nodes",
            ['OPTS = dict(directory="/opt/ops/static")'],
            "functools.partial(SimpleHTTPRequestHandler, **OPTS)",
        ),
    ),
    dev(
        'srv.py: `with contextlib.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), "static")):`',
        script("dev-py61n-contextlib-chdir-ok-nodes", [
            ...file("/opt/ops/srv.py", [
                "import contextlib, os",
                "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
                'with contextlib.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), "static")):',
                '    ThreadingHTTPServer(("0.0.0.0", 8000), SimpleHTTPRequestHandler).serve_forever()',
            ]),
            "dnf install -y python3.11",
            "cd /opt/ops && nohup python3.11 srv.py >/var/log/srv.log 2>&1 &",
        ]),
    ),
    dev(
        "srv.py: handler class with **kwargs passed on untouched beside a literal directory=",
        httpServer(
            "dev-py61n-kwargs-passthrough-ok-nodes",
            [
                "class H(SimpleHTTPRequestHandler):",
                "    def __init__(self, *args, **kw):",
                '        super().__init__(*args, directory="/opt/ops/static", **kw)',
            ],
            "H",
        ),
    ),
];

describeNodeCases("red team 61: node user data, Python programs serving files", insecure, secure);
