// Red-team round 64 on EKS NODE user data (fresh eyes): round 63's Python reader changes (pythonChdirCalls star
// imports, the PYTHON_DYNAMIC_NAMES importlib allowlist, pythonDynamic reading import lines) and modules user data
// writes that the app imports.
// Probed: importlib.metadata.import_module (importlib.metadata re-exports importlib's import_module), by attribute and
// by from-import, `from os import*` (no space), `if True: from os import chdir as go`,
// a star import of a written module that itself star-imports os, list(map(os.chdir, ...)), os.getcwd monkeypatched
// (SimpleHTTPRequestHandler's default directory), a written module patching os.getcwd, a written module rebinding
// the app's STATIC through `import __main__`, SimpleHTTPRequestHandler.translate_path assigned from outside a class.
// Secure: `import importlib.metadata as md; md.version(...)`, a written helper module with only logging setup.
// Also tried (not kept): a written helper star-importing os, then chdir to the app's own dir, and `from typing import *`
// beside print(): both refused by the round-63 fail-closed star rule; PEP 8 ("Wildcard imports ... should be avoided")
// says a careful team would not write them, so they are not filed as secure misses.
// Misses (all fixed in round 65): insecure 9 — importlib.metadata.import_module (2: attribute and from-import; the allowlist passes any
// importlib.metadata member), `from os import*` (no space), an import after a compound header's colon, os.chdir passed
// to map(), os.getcwd monkeypatched (2: in srv.py and in a written module it imports), a written module rebinding the
// app's STATIC through `import __main__`, translate_path assigned to the handler class from outside; secure 0.
// Each `// MISS:` line says why.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";
import { BASE, RUN_SRV, SERVED, flaskApp, httpServer } from "./pythonAppBuilders";

const dev = devNodeCase;

/** srv.py (httpServer) after `from helpers import *` or `import helpers`, /opt/ops/helpers.py holding `helpers`. */
const withHelpers = (name: string, helpers: string[], lines: string[]) =>
    devNodeScript(name, [
        ...heredocFile("/opt/ops/helpers.py", helpers),
        ...heredocFile("/opt/ops/srv.py", [
            "import os",
            "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
            ...lines,
            'ThreadingHTTPServer(("0.0.0.0", 8000), SimpleHTTPRequestHandler).serve_forever()',
        ]),
        RUN_SRV,
    ]);

const insecure: NodeCase[] = [
    // The two importlib.metadata.import_module("__main__").STATIC cases are refused by the `X.STATIC =` attribute
    // write (pythonAssignments), not by the import_module call: see the chdir ones after them.
    dev(
        'app.py: importlib.metadata.import_module("__main__").STATIC = "/etc/kubernetes"',
        flaskApp(
            "dev-py64-metadata-import-module-nodes",
            [
                'STATIC = "/opt/ops/static"',
                "import importlib.metadata",
                'importlib.metadata.import_module("__main__").STATIC = "/etc/kubernetes"',
            ],
            "STATIC",
        ),
        SERVED,
    ),
    dev(
        'app.py: from importlib.metadata import import_module as im; im("__main__").STATIC = ...',
        flaskApp(
            "dev-py64-metadata-import-module-from-nodes",
            [
                'STATIC = "/opt/ops/static"',
                "from importlib.metadata import import_module as im",
                'im("__main__").STATIC = "/etc/kubernetes"',
            ],
            "STATIC",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 65): CPython Lib/importlib/metadata/__init__.py (`from importlib import import_module`, used by EntryPoint.load; so importlib.metadata.import_module IS importlib.import_module, checked on CPython 3.11) and importlib docs (import_module "Import a module"): importlib.metadata.import_module("os").chdir("/etc/kubernetes") changes the working directory, then http.server (SimpleHTTPRequestHandler serves the current directory) serves /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8000 as root; the round-63 allowlist in PYTHON_DYNAMIC_NAMES (`importlib(?!\.(?:metadata|resources)(?:\.|$))`) accepts every importlib.metadata.* name, and pythonCalls does not see a `.chdir(` after a call. Allow only the documented importlib.metadata API (version, metadata, files, requires, distribution(s), packages_distributions, PackageNotFoundError, Distribution, PackagePath; not import_module or other module globals such as sys/os/re) and importlib.resources' documented functions; any other member is dynamic.
    dev(
        'srv.py: importlib.metadata.import_module("os").chdir("/etc/kubernetes")',
        httpServer(
            "dev-py64-metadata-import-module-chdir-nodes",
            ["import importlib.metadata", 'importlib.metadata.import_module("os").chdir("/etc/kubernetes")'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 65): as the case above by a from-import (Python reference "The import statement": `from importlib.metadata import import_module` binds the module global importlib.metadata.import_module, which is importlib.import_module): import_module("os").chdir("/etc/kubernetes") moves the working directory and http.server serves /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8000 as root; pythonDynamic's fromImported entry "importlib.metadata.import_module" passes the allowlist. Only the documented importlib.metadata/resources API should be allowlisted.
    dev(
        'srv.py: from importlib.metadata import import_module; import_module("os").chdir("/etc/kubernetes")',
        httpServer(
            "dev-py64-metadata-import-module-from-chdir-nodes",
            ["from importlib.metadata import import_module", 'import_module("os").chdir("/etc/kubernetes")'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 65): Python reference "The import statement" (grammar `"from" relative_module "import" "*"`: no whitespace is required after the keyword; `from os import*` compiles on CPython 3.11) and os docs (chdir is in os.__all__): `from os import*` binds chdir, so the bare chdir("/etc/kubernetes") moves the working directory and http.server docs ("SimpleHTTPRequestHandler ... serves files from the current directory") serve /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8000 as root; but PYTHON_FROM_IMPORT (and pythonNames' star reading) requires `[ \t]+` after `import`, so the star is not seen and the chdir is missed. Accept `import*` / `import(` with no space wherever import lines are read (pythonNames, PYTHON_FROM_IMPORT, PYTHON_IMPORT).
    dev(
        'srv.py: from os import*; chdir("/etc/kubernetes") (no space after import)',
        httpServer(
            "dev-py64-chdir-star-nospace-nodes",
            ["from os import*", 'chdir("/etc/kubernetes")'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 65): Python reference "Compound statements" (a suite may be "one or more semicolon-separated simple statements on the same line as the header": `if True: from os import chdir as go` binds go to os.chdir) and "The import statement": go("/etc/kubernetes") changes the working directory and http.server (SimpleHTTPRequestHandler's directory defaults to os.getcwd()) serves /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8000 as root; pythonNames/PYTHON_FROM_IMPORT read import lines only at a line start or after `;`, not after a compound header's `:` (if/else:/try:/with ...:), so the alias is unknown and the chdir missed. Read an import after a header colon too (pythonAssignments already reads `if x: NAME = ...`).
    dev(
        'srv.py: if True: from os import chdir as go (same line); go("/etc/kubernetes")',
        httpServer(
            "dev-py64-chdir-if-inline-nodes",
            ["if True: from os import chdir as go", 'go("/etc/kubernetes")'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'srv.py: from helpers import * (helpers.py: from os import *); chdir("/etc/kubernetes")',
        withHelpers(
            "dev-py64-chdir-star-chain-nodes",
            ["from os import *"],
            ["from helpers import *", 'chdir("/etc/kubernetes")'],
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 65): Python docs Built-in Functions (map "Return an iterator that applies function to every item of iterable"; list() consumes it) and os docs (os.chdir "Change the current working directory to path"): list(map(os.chdir, ["/etc/kubernetes"])) calls os.chdir("/etc/kubernetes"), then http.server (SimpleHTTPRequestHandler serves the current directory) serves /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8000 as root; pythonChdirCalls only sees calls written `NAME(`, so os.chdir passed as a value (map, functools.partial, a list element, a default argument) is missed. A PYTHON_CHDIR name used other than as a direct callee should make the directory unknown (fail closed).
    dev(
        'srv.py: list(map(os.chdir, ["/etc/kubernetes"]))',
        httpServer(
            "dev-py64-chdir-map-nodes",
            ['list(map(os.chdir, ["/etc/kubernetes"]))'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 65): http.server docs/source (SimpleHTTPRequestHandler.__init__: `if directory is None: directory = os.getcwd()`; docs: the directory "If not specified ... the current working directory") and Python reference "The import system" (a module's attributes are its globals, assignable from any code): `os.getcwd = lambda: "/etc/kubernetes"` makes the handler serve /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8000 as root without any chdir; the pack reads the working directory only from chdir calls. An attribute write to os.getcwd/os.getcwdb/os.fspath/os.path.*/posixpath.* (or http.server.*) in any file of the program should make the served directory unknown (fail closed).
    dev(
        'srv.py: os.getcwd = lambda: "/etc/kubernetes" (the handler\'s default directory)',
        httpServer(
            "dev-py64-getcwd-patch-nodes",
            ['os.getcwd = lambda: "/etc/kubernetes"'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 65): as the case above, from a module user data wrote that srv.py imports (Python reference "The import system": `import helpers` runs helpers.py; `os.getcwd = ...` rebinds the attribute of the one shared os module, sys.modules["os"]), so SimpleHTTPRequestHandler's os.getcwd() returns /etc/kubernetes and http.server serves the kubelet's credentials on 0.0.0.0:8000 as root. Attribute writes to os/posixpath/http.server names in every file of pythonImportClosure should fail closed.
    dev(
        'srv.py: import helpers (helpers.py: os.getcwd = lambda: "/etc/kubernetes")',
        withHelpers(
            "dev-py64-getcwd-patch-helper-nodes",
            ["import os", 'os.getcwd = lambda: "/etc/kubernetes"'],
            ["import helpers"],
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 65): Python docs "__main__ — Top-level code environment" (`import __main__` in any module is the running script; its attributes are the script's globals) and "The import system" (`import hook` runs hook.py before the next line): hook.py's `__main__.STATIC = "/etc/kubernetes"` rebinds app.py's STATIC before `Flask(static_folder=STATIC)`, so Flask serves /etc/kubernetes (the kubelet's credentials) under /s on 0.0.0.0:5000 as root; pythonAssignments runs pythonDynamic on app.py's own text only, not on the modules user data wrote that it imports. Any file of pythonImportClosure with pythonDynamic code (import __main__, sys.modules, ...) should make the entry script's module-level names unknown.
    dev(
        'app.py: import hook (hook.py: import __main__; __main__.STATIC = "/etc/kubernetes")',
        flaskApp(
            "dev-py64-hook-main-nodes",
            ['STATIC = "/opt/ops/static"', "import hook"],
            "STATIC",
            undefined,
            heredocFile("/opt/ops/hook.py", ["import __main__", '__main__.STATIC = "/etc/kubernetes"']),
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 65): http.server source (SimpleHTTPRequestHandler.send_head opens `self.translate_path(self.path)`) and Python tutorial "Classes" 9.3 (a class attribute assigned after the class statement is what every instance looks up): `SimpleHTTPRequestHandler.translate_path = lambda self, p: "/etc/kubernetes" + ...` maps every request into /etc/kubernetes (the kubelet's credentials), served on 0.0.0.0:8000 as root; the pack treats only a class body overriding translate_path as "a directory the pack cannot know", not an attribute write from outside. An assignment (or setattr) to a file handler's translate_path/send_head/directory should fail closed like the override.
    dev(
        'srv.py: import helpers (helpers.py: os.chdir("/etc/kubernetes")) (a plain import of a written module)',
        withHelpers(
            "dev-py64-helper-chdir-import-nodes",
            ["import os", 'os.chdir("/etc/kubernetes")'],
            ["import helpers"],
        ),
        SERVED,
    ),
    dev(
        "srv.py: SimpleHTTPRequestHandler.translate_path = a function returning /etc/kubernetes paths",
        httpServer(
            "dev-py64-translate-path-assign-nodes",
            ['SimpleHTTPRequestHandler.translate_path = lambda self, p: "/etc/kubernetes" + p.split("?")[0]'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    // Round 65 neighbours: an import read wherever a statement starts, a chdir function or its module handed on as a
    // value, an imported module's or a handler class's attribute rebound (in the script or a module it imports).
    dev(
        'srv.py: from os import(chdir as go); go("/etc/kubernetes")',
        httpServer(
            "dev-py65-chdir-paren-nospace-nodes",
            ["from os import(chdir as go)", 'go("/etc/kubernetes")'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'srv.py: try: import posix as o (same line); o.chdir("/etc/kubernetes")',
        httpServer(
            "dev-py65-chdir-try-inline-nodes",
            ["try: import posix as o", "except ImportError: raise", 'o.chdir("/etc/kubernetes")'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'srv.py: os . chdir("/etc/kubernetes") (blanks around the dot)',
        httpServer("dev-py65-chdir-spaced-dot-nodes", ['os . chdir("/etc/kubernetes")'], "SimpleHTTPRequestHandler"),
        SERVED,
    ),
    dev(
        'srv.py: functools.partial(os.chdir, "/etc/kubernetes")()',
        httpServer(
            "dev-py65-chdir-partial-call-nodes",
            ['functools.partial(os.chdir, "/etc/kubernetes")()'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'srv.py: getattr(os, "chdir")("/etc/kubernetes")',
        httpServer(
            "dev-py65-chdir-getattr-nodes",
            ['getattr(os, "chdir")("/etc/kubernetes")'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'srv.py: cd = os.chdir; list(map(cd, ["/etc/kubernetes"]))',
        httpServer(
            "dev-py65-chdir-alias-map-nodes",
            ["cd = os.chdir", 'list(map(cd, ["/etc/kubernetes"]))'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'srv.py: from importlib import metadata as md; getattr(md, "import_module")("os").chdir("/etc/kubernetes")',
        httpServer(
            "dev-py65-metadata-getattr-nodes",
            ["from importlib import metadata as md", 'getattr(md, "import_module")("os").chdir("/etc/kubernetes")'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'srv.py: os.path.join = lambda *p: "/etc/kubernetes/" + p[-1] (translate_path joins with it)',
        httpServer(
            "dev-py65-path-join-patch-nodes",
            ['os.path.join = lambda *p: "/etc/kubernetes/" + p[-1]'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        "srv.py: class H(SimpleHTTPRequestHandler): pass; H.translate_path = a function returning /etc/kubernetes paths",
        httpServer(
            "dev-py65-derived-translate-path-assign-nodes",
            ["class H(SimpleHTTPRequestHandler): pass", 'H.translate_path = lambda self, p: "/etc/kubernetes" + p'],
            "H",
        ),
        SERVED,
    ),
    dev(
        "srv.py: import helpers (helpers.py: http.server.SimpleHTTPRequestHandler.translate_path = ...)",
        withHelpers(
            "dev-py65-helper-translate-path-nodes",
            [
                "import http.server",
                'http.server.SimpleHTTPRequestHandler.translate_path = lambda s, p: "/etc/kubernetes" + p',
            ],
            ["import helpers"],
        ),
        SERVED,
    ),
];

const secure: NodeCase[] = [
    dev(
        'srv.py: from os import(chdir); chdir("/opt/ops/static")',
        httpServer(
            "dev-py65n-chdir-paren-ok-nodes",
            ["from os import(chdir)", 'chdir("/opt/ops/static")'],
            "SimpleHTTPRequestHandler",
        ),
    ),
    dev(
        'srv.py: if True: from os import chdir as go (same line); go("/opt/ops/static")',
        httpServer(
            "dev-py65n-chdir-if-inline-ok-nodes",
            ["if True: from os import chdir as go", 'go("/opt/ops/static")'],
            "SimpleHTTPRequestHandler",
        ),
    ),
    dev(
        'srv.py: cd = os.chdir; cd("/opt/ops/static")',
        httpServer(
            "dev-py65n-chdir-alias-ok-nodes",
            ["cd = os.chdir", 'cd("/opt/ops/static")'],
            "SimpleHTTPRequestHandler",
        ),
    ),
    dev(
        'srv.py: ThreadingHTTPServer.allow_reuse_address = True; SimpleHTTPRequestHandler.protocol_version = "HTTP/1.1"',
        httpServer(
            "dev-py65n-harmless-class-attributes-ok-nodes",
            [
                "ThreadingHTTPServer.allow_reuse_address = True",
                'SimpleHTTPRequestHandler.protocol_version = "HTTP/1.1"',
                'SimpleHTTPRequestHandler.extensions_map[".wasm"] = "application/wasm"',
                'os.chdir("/opt/ops/static")',
            ],
            "SimpleHTTPRequestHandler",
        ),
    ),
    dev(
        'srv.py: from importlib import metadata; print(metadata.version("pip")); os.chdir("/opt/ops/static")',
        httpServer(
            "dev-py65n-metadata-from-ok-nodes",
            ["from importlib import metadata", 'print(metadata.version("pip"))', 'os.chdir("/opt/ops/static")'],
            "SimpleHTTPRequestHandler",
        ),
    ),
    dev(
        'srv.py: print("usage: from os import *; chdir(DIR)"); os.chdir("/opt/ops/static") (a string, no import)',
        httpServer(
            "dev-py65n-import-in-string-ok-nodes",
            ['print("usage: from os import *; chdir(DIR)")', 'os.chdir("/opt/ops/static")'],
            "SimpleHTTPRequestHandler",
        ),
    ),
    dev(
        'app.py: import importlib.metadata as md; VERSION = md.version("flask")',
        flaskApp(
            "dev-py64n-metadata-as-ok-nodes",
            [
                BASE,
                "import importlib.metadata as md",
                'VERSION = md.version("flask")',
                'STATIC = os.path.join(BASE_DIR, "static")',
            ],
            "STATIC",
        ),
    ),
    dev(
        'srv.py: import helpers (helpers.py: logging.basicConfig, no chdir); os.chdir("/opt/ops/static")',
        withHelpers(
            "dev-py64n-helper-logging-ok-nodes",
            ["import logging", "logging.basicConfig(level=logging.INFO)"],
            ["import helpers", 'os.chdir("/opt/ops/static")'],
        ),
    ),
];

describeNodeCases("red team 64: node user data, Python programs serving files", insecure, secure);
