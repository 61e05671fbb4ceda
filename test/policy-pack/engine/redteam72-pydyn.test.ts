// Red-team round 72 (python, dynamic code) on EKS NODE user data: a root Python program whose code the pack cannot
// follow (exec/eval/compile of computed text, imports by a computed name, a module the pack cannot read) was accepted
// whenever the part it could read showed no listener. Fixed in round 72 (pythonCommandListeners, pythonUnreadCode):
// a root program that runs code the pack does not read is refused, whatever it serves (fail closed).
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";

const dev = devNodeCase;

/** What a refusal names: the program, its code the pack does not read. */
const REFUSED = /not read|unread|tune\.py|srv\.py|serv|kubernetes|8001/;

/** /opt/ops/srv.py: a server of /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8001. */
const SERVER = [
    "import functools, http.server",
    'h = functools.partial(http.server.SimpleHTTPRequestHandler, directory="/etc/kubernetes")',
    'http.server.ThreadingHTTPServer(("0.0.0.0", 8001), h).serve_forever()',
];

/** /opt/ops/srv.py (SERVER, unless `server` says) and /opt/ops/tune.py (`lines`), tune.py run as root. */
const tune = (name: string, lines: string[], server: string[] | null = SERVER) =>
    devNodeScript(name, [
        ...(server === null ? [] : heredocFile("/opt/ops/srv.py", server)),
        ...heredocFile("/opt/ops/tune.py", lines),
        "cd /opt/ops && nohup python3 /opt/ops/tune.py >/var/log/tune.log 2>&1 &",
    ]);

/** srv.py (SERVER), /etc/ops/logging.ini (its handler's `cls` and `args`) and tune.py running fileConfig of it. */
const fileConfig = (name: string, cls: string, args: string) =>
    devNodeScript(name, [
        ...heredocFile("/opt/ops/srv.py", SERVER),
        ...heredocFile("/etc/ops/logging.ini", [
            "[loggers]",
            "keys=root",
            "[handlers]",
            "keys=console",
            "[formatters]",
            "keys=plain",
            "[logger_root]",
            "level=INFO",
            "handlers=console",
            "[handler_console]",
            `class=${cls}`,
            "formatter=plain",
            `args=${args}`,
            "[formatter_plain]",
            "format=%(message)s",
        ]),
        ...heredocFile("/opt/ops/tune.py", [
            "import logging, logging.config",
            'logging.config.fileConfig("/etc/ops/logging.ini")',
            'logging.info("tuned")',
        ]),
        "cd /opt/ops && nohup python3 /opt/ops/tune.py >/var/log/tune.log 2>&1 &",
    ]);

const insecure: NodeCase[] = [
    // Python docs "Built-in Functions": exec(object) "object must be either a string or a code object ... parsed as a
    // suite of Python statements which is then executed": srv.py's server runs, but the pack reads srv.py's text only
    // as data (open().read()).
    dev(
        "tune.py: exec(open('/opt/ops/srv.py').read()) (srv.py a server of /etc/kubernetes on 0.0.0.0)",
        tune("dev-py72d-exec-open-read-nodes", ['exec(open("/opt/ops/srv.py").read())']),
        REFUSED,
    ),
    // Python docs "importlib": import_module(name) "Import a module"; the name computed ("s" + "rv") is srv.
    dev(
        "tune.py: importlib.import_module('s' + 'rv') (srv.py beside it)",
        tune("dev-py72d-import-module-concat-nodes", ["import importlib", 'importlib.import_module("s" + "rv")']),
        REFUSED,
    ),
    // Python reference "The import statement": `import srv` runs srv.py, which user data wrote decoded from base64
    // (text the pack does not compute).
    dev(
        "tune.py: import srv, srv.py written by base64 -d (text the pack does not read)",
        devNodeScript("dev-py72d-import-unreadable-nodes", [
            "mkdir -p /opt/ops",
            `echo ${Buffer.from(`${SERVER.join("\n")}\n`).toString("base64")} | base64 -d > /opt/ops/srv.py`,
            ...heredocFile("/opt/ops/tune.py", ["import srv"]),
            "cd /opt/ops && nohup python3 /opt/ops/tune.py >/var/log/tune.log 2>&1 &",
        ]),
        REFUSED,
    ),
    // Neighbours: the same server reached by eval/compile of computed text, a pathlib read, __import__ of a variable,
    // runpy and importlib.util of a computed path, a module found nowhere (not the standard library, not written).
    dev(
        "tune.py: exec(compile(src, 'srv', 'exec')) of src = open(...).read()",
        tune("dev-py72d-compile-nodes", ['src = open("/opt/ops/srv.py").read()', 'exec(compile(src, "srv", "exec"))']),
        REFUSED,
    ),
    dev(
        "tune.py: eval of a computed string ('__imp' + 'ort__(\"srv\")')",
        tune("dev-py72d-eval-computed-nodes", ['eval("__imp" + "ort__(\\"srv\\")")']),
        REFUSED,
    ),
    dev(
        "tune.py: exec(Path('/opt/ops/srv.py').read_text())",
        tune("dev-py72d-exec-pathlib-nodes", ["from pathlib import Path", 'exec(Path("/opt/ops/srv.py").read_text())']),
        REFUSED,
    ),
    dev(
        "tune.py: __import__(name) with name = sys.argv[1] if given else 'srv'",
        tune("dev-py72d-dunder-import-var-nodes", [
            "import sys",
            'name = sys.argv[1] if len(sys.argv) > 1 else "srv"',
            "__import__(name)",
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: runpy.run_path(p) with p = os.path.join(base, 'srv.py')",
        tune("dev-py72d-runpy-var-nodes", [
            "import os, runpy",
            "base = os.path.dirname(os.path.abspath(__file__))",
            'runpy.run_path(os.path.join(base, "srv.py"))',
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: importlib.util.spec_from_file_location('srv', p) then exec_module",
        tune("dev-py72d-spec-var-nodes", [
            "import importlib.util, os",
            'p = os.path.join("/opt/ops", "srv.py")',
            'spec = importlib.util.spec_from_file_location("srv", p)',
            "mod = importlib.util.module_from_spec(spec)",
            "spec.loader.exec_module(mod)",
        ]),
        REFUSED,
    ),
    dev(
        "tune.py: import opsagent (a module user data did not write, not the standard library nor a known package)",
        tune("dev-py72d-import-nowhere-nodes", ["import opsagent", "opsagent.main()"], null),
        REFUSED,
    ),
    // DECIDED (round 72): exec of a string literal runs code the pack does not read as code (Python docs "Built-in
    // Functions": exec "parsed as a suite of Python statements"; the pack reads strings as values only): refused like
    // any exec; write the statements themselves.
    dev(
        "tune.py: exec('x = 1') (a literal string: still code the pack does not read as code)",
        tune("dev-py72d-exec-literal-nodes", ['exec("x = 1")', "print(x)"], null),
        REFUSED,
    ),
    // Python docs "logging.config" ("Configuration file format": a handler's `args` is "evaluated in the context of
    // the logging package's namespace", with eval()): `__import__("srv")` in the ini runs srv.py's server.
    dev(
        "tune.py: logging.config.fileConfig of a written ini whose handler args are (__import__('srv'),)",
        fileConfig("dev-py72d-fileconfig-eval-args-nodes", "StreamHandler", '(__import__("srv"),)'),
        REFUSED,
    ),
    // Same: a `class` that is no logging class is imported by its dotted name (logging.config's _resolve).
    dev(
        "tune.py: logging.config.fileConfig of a written ini whose handler class is srv.Handler (imports srv)",
        fileConfig("dev-py72d-fileconfig-class-nodes", "srv.Handler", "(sys.stderr,)"),
        REFUSED,
    ),
    // Python docs "pickle" ("It is possible to construct malicious pickle data which will execute arbitrary code during
    // unpickling"): what the program loads from a file runs code the pack does not read.
    dev(
        "tune.py: pickle.load(open('/var/lib/ops/state.pkl', 'rb')) (unpickling runs code)",
        tune(
            "dev-py72d-pickle-load-nodes",
            ["import pickle", 'state = pickle.load(open("/var/lib/ops/state.pkl", "rb"))'],
            null,
        ),
        REFUSED,
    ),
    // Python docs "runpy" (run_path: a relative path is from the working directory the pack does not follow here).
    dev(
        "tune.py: runpy.run_path('srv.py') (a relative literal path)",
        tune("dev-py72d-runpy-relative-nodes", ["import runpy", 'runpy.run_path("srv.py")']),
        REFUSED,
    ),
];

const secure: NodeCase[] = [
    // Python docs "logging.config" (fileConfig: `class` eval()ed in logging's namespace, `args` evaluated there): a
    // StreamHandler on sys.stderr runs only logging's own code (as redteam66-secure py-logging-fileconfig).
    dev(
        "tune.py: logging.config.fileConfig of a written ini (StreamHandler, args=(sys.stderr,))",
        fileConfig("dev-py72d-fileconfig-nodes", "StreamHandler", "(sys.stderr,)"),
    ),
    dev(
        "tune.py: json.loads of a config file user data wrote",
        devNodeScript("dev-py72d-json-loads-nodes", [
            ...heredocFile("/etc/ops/tune.json", ['{"swappiness": 10}']),
            ...heredocFile("/opt/ops/tune.py", [
                "import json",
                'with open("/etc/ops/tune.json") as f:',
                "    cfg = json.loads(f.read())",
                'print(cfg["swappiness"])',
            ]),
            "cd /opt/ops && nohup python3 /opt/ops/tune.py >/var/log/tune.log 2>&1 &",
        ]),
    ),
    dev(
        "tune.py: configparser reading an ini file user data wrote (no pickle, no eval)",
        devNodeScript("dev-py72d-configparser-nodes", [
            ...heredocFile("/etc/ops/tune.ini", ["[tune]", "swappiness = 10"]),
            ...heredocFile("/opt/ops/tune.py", [
                "import configparser",
                "c = configparser.ConfigParser()",
                'c.read("/etc/ops/tune.ini")',
                'print(c.getint("tune", "swappiness"))',
            ]),
            "cd /opt/ops && nohup python3 /opt/ops/tune.py >/var/log/tune.log 2>&1 &",
        ]),
    ),
    dev(
        "tune.py: importlib.import_module('json') (a standard library module by a literal name)",
        tune(
            "dev-py72d-import-module-json-nodes",
            ["import importlib", 'print(importlib.import_module("json").dumps({}))'],
            null,
        ),
    ),
    dev(
        "tune.py: import srv, srv.py written by user data (read: a main() that prints)",
        tune("dev-py72d-import-written-nodes", ["import srv", "srv.main()"], ["def main():", "    print(1)"]),
    ),
    dev(
        "tune.py: standard library imports only (os, sys, json, logging, time, pathlib)",
        tune(
            "dev-py72d-stdlib-imports-nodes",
            [
                "import os, sys, json, logging, time",
                "from pathlib import Path",
                "logging.basicConfig(level=logging.INFO)",
                'logging.info("%s %s", os.getpid(), json.dumps(sys.argv))',
                'print(Path("/var/lib/ops").exists(), time.time())',
            ],
            null,
        ),
    ),
    dev(
        "tune.py: pickle.dump of its counters to /var/lib/ops (pickling runs none of the file's data)",
        tune(
            "dev-py72d-pickle-dump-nodes",
            ["import pickle", 'with open("/var/lib/ops/state.pkl", "wb") as f:', '    pickle.dump({"runs": 1}, f)'],
            null,
        ),
    ),
    dev(
        "tune.py: from __future__ import annotations and a typed def (PEP 563 annotations are the file's own code)",
        tune(
            "dev-py72d-future-annotations-nodes",
            [
                "from __future__ import annotations",
                "def double(n: int) -> int:",
                "    return n * 2",
                "print(double(2))",
            ],
            null,
        ),
    ),
];

describeNodeCases("red team 72: node user data, Python programs running code the pack does not read", insecure, secure);
