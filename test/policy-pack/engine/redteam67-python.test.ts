// Red-team round 67 on EKS NODE user data (fresh eyes): round 67's Python reader fixes (pythonLoggingConfigUnread,
// pythonStringAnnotations, PYTHON_COMMAND_RUNNERS, XML-RPC/multiprocessing/Pyro servers in PYTHON_DEBUGGERS,
// __kwdefaults__ writes, PYTHONPATH) on programs root runs from /opt/ops.
// Probed (insecure): dictConfig "()" keys computed (u-prefix, "%" formatting, "".join), "class" values parenthesized or
// built by .replace, dictConfigClass; __annotations__ dict writes + get_type_hints; __kwdefaults__ |=, alias item
// write, dict.update; command runners beyond PYTHON_COMMAND_RUNNERS (distutils.spawn, loop.subprocess_shell,
// pipes.Template, multiprocessing.util.spawnv_passfds) starting a second server; os.system in a program serving
// nothing (known gap); RPC servers: SimpleXMLRPCServer/BaseManager subclasses, Pyro5 serve, Pyro4 serveSimple,
// zerorpc, jsonrpclib; CGIHTTPRequestHandler with a cgi-bin shell; -W/PYTHONWARNINGS categories importing a module,
// warnings._setoption.
// Secure: u-prefixed literal dictConfig, format strings holding "()", future annotations + get_type_hints, Literal
// string annotations, XML-RPC exposing pow on 0.0.0.0 (known gap), BaseManager on loopback, a subprocess git banner,
// asyncio without subprocesses, `from os import *` with chdir only.
// Misses: insecure 19 of 27 — dictConfig "()" key by "%" or "".join, "class" value parenthesized or .replace'd;
// distutils.spawn, loop.subprocess_shell, pipes.Template, spawnv_passfds not command runners; os.system in a
// non-server program (known gap); SimpleXMLRPCServer and BaseManager subclasses, Pyro5.api.serve,
// Pyro4.Daemon.serveSimple, zerorpc, jsonrpclib not served shells; CGIHTTPRequestHandler read as a file server;
// PYTHONWARNINGS / -W dotted categories and warnings._setoption import modules unread. Secure 3 of 9 refused —
// future annotations + get_type_hints of plain types, XML-RPC exposing only pow (known gap), a subprocess git banner.
// Each `// MISS:` line says why.
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

/** /opt/ops/rpc.py (`lines`) run as root. */
const rpc = (name: string, lines: string[]) =>
    devNodeScript(name, [
        ...heredocFile("/opt/ops/rpc.py", lines),
        "cd /opt/ops && nohup python3 rpc.py >/var/log/rpc.log 2>&1 &",
    ]);
const RPC = /rpc\.py|serv|shell|8000|4242|9090|50000/;

const insecure: NodeCase[] = [
    dev(
        'srv.py: dictConfig filter with key u"()" (a prefixed string literal): "os.chdir"',
        httpServer(
            "dev-py67-dictconfig-u-prefix-nodes",
            [
                "import logging.config",
                'logging.config.dictConfig({"version": 1, "filters": {"x": {u"()": "os.chdir", "path": "/etc/kubernetes"}}})',
            ],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): Python docs "logging.config" (dictConfig "User-defined objects": the key "()" names a callable called with the remaining keys; keys are ordinary dict keys, so an expression evaluating to "()" is the same key; checked on CPython 3.11): {"(%s)" % "": "os.chdir", "path": "/etc/kubernetes"} calls os.chdir(path="/etc/kubernetes"), so http.server (SimpleHTTPRequestHandler serves the current directory, os.getcwd()) serves /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8000 as root. pythonLoggingConfigUnread's literalConfig refuses `**`, `+` and name keys but not `%` formatting (nor any other operator/method on a string key: "".join, .format, slicing of a longer string): the pieces "(%s)" and "" are not "()". Treat any non-literal key or value in the config dict (anything but strings, numbers, True/False/None, nested dicts/lists) as unread.
    dev(
        'srv.py: dictConfig filter key "(%s)" % "" (a computed "()")',
        httpServer(
            "dev-py67-dictconfig-percent-key-nodes",
            [
                "import logging.config",
                'logging.config.dictConfig({"version": 1, "filters": {"x": {"(%s)" % "": "os.chdir", "path": "/etc/kubernetes"}}})',
            ],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): Python docs "logging.config" (dictConfig "User-defined objects": "()" names a callable factory; checked on CPython 3.11: the working directory moves to the path): the key "".join(["(", ")"]) is "()" at run time, so os.chdir(path="/etc/kubernetes") runs and so http.server (SimpleHTTPRequestHandler serves the current directory, os.getcwd()) serves /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8000 as root. literalConfig sees only the strings "", "(", ")" (none "()") and no `+`/`**`/name key. A config literal holding any call or operator should be unread (fail closed).
    dev(
        'srv.py: dictConfig filter key "".join(["(", ")"])',
        httpServer(
            "dev-py67-dictconfig-join-key-nodes",
            [
                "import logging.config",
                'logging.config.dictConfig({"version": 1, "filters": {"x": {"".join(["(", ")"]): "os.chdir", "path": "/etc/kubernetes"}}})',
            ],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): Python docs "logging.config" (dictConfig handlers: "class (mandatory). This is the fully qualified name of the handler class", imported through sys.path, the script's directory /opt/ops first): ("opslog.Handler") is the string opslog.Handler (parentheses group), so /opt/ops/opslog.py (os.chdir("/etc/kubernetes") at import) runs and so http.server (SimpleHTTPRequestHandler serves the current directory, os.getcwd()) serves /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8000 as root. literalConfig checks a "class" value only when the piece after `"class"` is exactly `:` followed by a string; `: (` skips the check. Check the value after stripping grouping parentheses, or refuse any "class" value that is not a bare logging/logging.handlers string.
    dev(
        'srv.py: dictConfig handler "class": ("opslog.Handler") (a parenthesized value; opslog.py chdirs at import)',
        srvWith(
            "dev-py67-dictconfig-class-paren-nodes",
            heredocFile("/opt/ops/opslog.py", [
                "import logging, os",
                'os.chdir("/etc/kubernetes")',
                "class Handler(logging.StreamHandler): pass",
            ]),
            [
                "import logging.config",
                'logging.config.dictConfig({"version": 1, "handlers": {"h": {"class": ("opslog.Handler")}}, "root": {"handlers": ["h"]}})',
            ],
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): Python docs "logging.config" (dictConfig "class" is imported by name; str.replace returns the new string): "logging.StreamHandler".replace("logging.StreamHandler", "opslog.Handler") is "opslog.Handler", importing /opt/ops/opslog.py (os.chdir("/etc/kubernetes") at import), so http.server (SimpleHTTPRequestHandler serves the current directory, os.getcwd()) serves /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8000 as root. literalConfig accepts the first string (a logging class) and ignores the method call after it. Any call/attribute after a config value should make the config unread.
    dev(
        'srv.py: dictConfig handler "class": "logging.StreamHandler".replace(...) to "opslog.Handler"',
        srvWith(
            "dev-py67-dictconfig-class-replace-nodes",
            heredocFile("/opt/ops/opslog.py", [
                "import logging, os",
                'os.chdir("/etc/kubernetes")',
                "class Handler(logging.StreamHandler): pass",
            ]),
            [
                "import logging.config",
                'logging.config.dictConfig({"version": 1, "handlers": {"h": {"class": "logging.StreamHandler".replace("logging.StreamHandler", "opslog.Handler")}}, "root": {"handlers": ["h"]}})',
            ],
        ),
        SERVED,
    ),
    dev(
        'srv.py: logging.config.dictConfigClass({... "()": "os.chdir" ...}).configure()',
        httpServer(
            "dev-py67-dictconfigclass-nodes",
            [
                "import logging.config",
                'logging.config.dictConfigClass({"version": 1, "filters": {"x": {"()": "os.chdir", "path": "/etc/kubernetes"}}}).configure()',
            ],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'srv.py: f.__annotations__["x"] = "os.chdir(\'/etc/kubernetes\')"; typing.get_type_hints(f)',
        httpServer(
            "dev-py67-annotations-dict-write-nodes",
            [
                "import typing",
                "def f(x): pass",
                'f.__annotations__["x"] = "os.chdir(\'/etc/kubernetes\')"',
                "typing.get_type_hints(f)",
            ],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'srv.py: class C: __annotations__ = {"x": "os.chdir(\'/etc/kubernetes\')"}; typing.get_type_hints(C)',
        httpServer(
            "dev-py67-class-annotations-literal-nodes",
            [
                "import typing",
                "class C:",
                '    __annotations__ = {"x": "os.chdir(\'/etc/kubernetes\')"}',
                "typing.get_type_hints(C)",
            ],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'srv.py: SimpleHTTPRequestHandler.__init__.__kwdefaults__ |= {"directory": "/etc/kubernetes"}',
        httpServer(
            "dev-py67-kwdefaults-ior-nodes",
            ['SimpleHTTPRequestHandler.__init__.__kwdefaults__ |= {"directory": "/etc/kubernetes"}'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'srv.py: kw = SimpleHTTPRequestHandler.__init__.__kwdefaults__; kw["directory"] = "/etc/kubernetes"',
        httpServer(
            "dev-py67-kwdefaults-alias-nodes",
            ["kw = SimpleHTTPRequestHandler.__init__.__kwdefaults__", 'kw["directory"] = "/etc/kubernetes"'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'srv.py: dict.update(SimpleHTTPRequestHandler.__init__.__kwdefaults__, directory="/etc/kubernetes")',
        httpServer(
            "dev-py67-kwdefaults-dict-update-nodes",
            ['dict.update(SimpleHTTPRequestHandler.__init__.__kwdefaults__, directory="/etc/kubernetes")'],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): Python 3.9 docs "distutils.spawn" ("spawn(cmd...): Run a command", distutils present through 3.11; AL2023 python3 is 3.9): the shell (/bin/sh -c) starts `python3 -m http.server 8001` in /etc/kubernetes, serving the kubelet's credentials on 0.0.0.0:8001 as root (srv.py's own served directory stays /opt/ops/static). PYTHON_COMMAND_RUNNERS lists os/subprocess/pty/asyncio/commands/popen2 but not distutils.spawn (nor setuptools' copy). Add distutils.spawn/setuptools._distutils.spawn.
    dev(
        'srv.py: distutils.spawn.spawn(["sh", "-c", "cd /etc/kubernetes && python3 -m http.server 8001"])',
        httpServer(
            "dev-py67-distutils-spawn-nodes",
            [
                "from distutils.spawn import spawn",
                'spawn(["sh", "-c", "cd /etc/kubernetes && nohup python3 -m http.server 8001 &"])',
                'os.chdir("/opt/ops/static")',
            ],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): Python docs "asyncio Event Loop" ("loop.subprocess_shell(protocol_factory, cmd, ...): Create a subprocess from cmd ... using the platform's shell syntax"; loop.subprocess_exec likewise): the shell (/bin/sh -c) starts `python3 -m http.server 8001` in /etc/kubernetes, serving the kubelet's credentials on 0.0.0.0:8001 as root (srv.py's own served directory stays /opt/ops/static). PYTHON_COMMAND_RUNNERS matches asyncio.create_subprocess_* and asyncio.subprocess only by module path; a loop method reached through get_running_loop()/get_event_loop()/new_event_loop() is never resolved. Treat any `.subprocess_shell(`/`.subprocess_exec(` call as a runner.
    dev(
        'srv.py: asyncio loop.subprocess_shell(..., "cd /etc/kubernetes && python3 -m http.server 8001")',
        httpServer(
            "dev-py67-loop-subprocess-shell-nodes",
            [
                "import asyncio",
                "async def start():",
                "    loop = asyncio.get_running_loop()",
                '    await loop.subprocess_shell(asyncio.SubprocessProtocol, "cd /etc/kubernetes && nohup python3 -m http.server 8001 &")',
                "asyncio.run(start())",
                'os.chdir("/opt/ops/static")',
            ],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): Python 3.9 docs "pipes" ("The pipes module defines a class to abstract the concept of a pipeline"; Template.append(cmd, kind) and Template.open run the commands through /bin/sh via os.popen; module present through 3.12): the shell (/bin/sh -c) starts `python3 -m http.server 8001` in /etc/kubernetes, serving the kubelet's credentials on 0.0.0.0:8001 as root (srv.py's own served directory stays /opt/ops/static). pipes is not in PYTHON_COMMAND_RUNNERS; add it.
    dev(
        'srv.py: pipes.Template() with a shell step ("cd /etc/kubernetes && python3 -m http.server 8001")',
        httpServer(
            "dev-py67-pipes-template-nodes",
            [
                "import pipes",
                "t = pipes.Template()",
                't.append("cd /etc/kubernetes && nohup python3 -m http.server 8001 >/dev/null 2>&1 &", "--")',
                't.open("/tmp/x", "w").close()',
                'os.chdir("/opt/ops/static")',
            ],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): CPython Lib/multiprocessing/util.py (spawnv_passfds(path, args, passfds) fork-execs path with args through _posixsubprocess.fork_exec; internal but importable): the shell (/bin/sh -c) starts `python3 -m http.server 8001` in /etc/kubernetes, serving the kubelet's credentials on 0.0.0.0:8001 as root (srv.py's own served directory stays /opt/ops/static). Neither multiprocessing.util.spawnv_passfds nor _posixsubprocess is in PYTHON_COMMAND_RUNNERS; add both.
    dev(
        'srv.py: _posixsubprocess / multiprocessing.util.spawnv_passfds("/bin/sh", [...http.server in /etc/kubernetes])',
        httpServer(
            "dev-py67-spawnv-passfds-nodes",
            [
                "from multiprocessing.util import spawnv_passfds",
                'spawnv_passfds("/bin/sh", ["sh", "-c", "cd /etc/kubernetes && exec python3 -m http.server 8001"], [])',
                'os.chdir("/opt/ops/static")',
            ],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    // Known open gap (round 67 fixers): os.system starting a server from a program that serves nothing itself.
    // Was a MISS (fixed in round 68): Known open gap named by the round-67 fixers, confirmed. Python docs "os.system" ("Execute the command (a string) in a subshell", /bin/sh -c as root): the string starts `python3 -m http.server 8001` in /etc/kubernetes, serving the kubelet's credentials on 0.0.0.0:8001. PYTHON_COMMAND_RUNNERS only makes a Python *file server* unknown; a program that serves nothing itself is accepted whatever its commands. Read literal command strings of os.system/subprocess(shell=True) as shell run by root (like user data's), and refuse computed ones.
    dev(
        'python3 /opt/ops/setup.py: os.system("cd /etc/kubernetes && nohup python3 -m http.server 8001 &")',
        devNodeScript("dev-py67-setup-os-system-server-nodes", [
            ...heredocFile("/opt/ops/setup.py", [
                "import os",
                'os.system("cd /etc/kubernetes && nohup python3 -m http.server 8001 >/dev/null 2>&1 &")',
            ]),
            "python3 /opt/ops/setup.py",
        ]),
        /setup\.py|8001|serv|kubernetes/,
    ),
    // Was a MISS (fixed in round 68): Python docs "xmlrpc.server" (SimpleXMLRPCServer; a subclass is the same server; register_function(os.system) exposes "system" to every client): whoever reaches the node's network (every pod) runs commands on the node as root and reaches instance metadata (the node role): a served shell on 0.0.0.0:8000. PYTHON_DEBUGGERS matches the callee by its resolved name only (xmlrpc.server.SimpleXMLRPCServer), so a class deriving from it (the usual way to set allow_reuse_address) is never seen. Follow `class X(BASE)` for every PYTHON_DEBUGGERS callee (same for BaseManager subclasses, the documented usage).
    dev(
        "rpc.py: class RPC(SimpleXMLRPCServer) on 0.0.0.0:8000 registering os.system (a subclass)",
        rpc("dev-py67-xmlrpc-subclass-nodes", [
            "import os",
            "from xmlrpc.server import SimpleXMLRPCServer",
            "class RPC(SimpleXMLRPCServer):",
            "    allow_reuse_address = True",
            'server = RPC(("0.0.0.0", 8000))',
            "server.register_function(os.system)",
            "server.serve_forever()",
        ]),
        RPC,
    ),
    // Was a MISS (fixed in round 68): Pyro5 docs "Servers: hosting Pyro objects" (Pyro5.api.serve(objects, host=None, port=0, daemon=None, use_ns=True, verbose=True) "a very basic way to start a daemon": it creates a Daemon on host), Ops.run calls os.system: whoever reaches the node's network (every pod) runs commands on the node as root and reaches instance metadata (the node role): a served shell on 0.0.0.0:9090. PYTHON_DEBUGGERS lists Pyro[45]...Daemon only; add Pyro5.(api|server).serve (host keyword / first positional after objects).
    dev(
        'rpc.py: Pyro5.api.serve({Ops: "ops"}, host="0.0.0.0", use_ns=False) (Ops.run calls os.system)',
        rpc("dev-py67-pyro5-serve-nodes", [
            "import os",
            "import Pyro5.api",
            "@Pyro5.api.expose",
            "class Ops:",
            "    def run(self, cmd):",
            "        return os.system(cmd)",
            'Pyro5.api.serve({Ops: "ops"}, host="0.0.0.0", port=9090, use_ns=False)',
        ]),
        RPC,
    ),
    // Was a MISS (fixed in round 68): Pyro4 docs "Servers: hosting Pyro objects" (Daemon.serveSimple(objects, host=None, port=0, daemon=None, ns=True, verbose=True), a class method creating a daemon on host), Ops.run calls os.system: whoever reaches the node's network (every pod) runs commands on the node as root and reaches instance metadata (the node role): a served shell on 0.0.0.0:9090. The callee Pyro4.Daemon.serveSimple does not match PYTHON_DEBUGGERS' `Daemon$`; add serveSimple (host keyword).
    dev(
        'rpc.py: Pyro4.Daemon.serveSimple({Ops: "ops"}, host="0.0.0.0", ns=False)',
        rpc("dev-py67-pyro4-servesimple-nodes", [
            "import os",
            "import Pyro4",
            "@Pyro4.expose",
            "class Ops:",
            "    def run(self, cmd):",
            "        return os.system(cmd)",
            'Pyro4.Daemon.serveSimple({Ops: "ops"}, host="0.0.0.0", port=9090, ns=False)',
        ]),
        RPC,
    ),
    // Was a MISS (fixed in round 68): Python docs "multiprocessing.managers" (the documented usage: "class QueueManager(BaseManager): pass", register, QueueManager(address=("", 50000), authkey=...); '' is every address; authkey known to whoever wrote it, and a manager connection unpickles), run registered as os.system: whoever reaches the node's network (every pod) runs commands on the node as root and reaches instance metadata (the node role): a served shell on port 50000. The same call on BaseManager itself is refused (case after), but PYTHON_DEBUGGERS does not follow subclasses (see the SimpleXMLRPCServer subclass case).
    dev(
        'rpc.py: BaseManager(address=("", 50000), authkey=b"ops") registering os.system; get_server().serve_forever()',
        rpc("dev-py67-basemanager-kw-nodes", [
            "import os",
            "from multiprocessing.managers import BaseManager",
            "class M(BaseManager): pass",
            'M.register("run", callable=os.system)',
            'm = M(address=("", 50000), authkey=b"ops")',
            "m.get_server().serve_forever()",
        ]),
        RPC,
    ),
    dev(
        'rpc.py: multiprocessing.managers.BaseManager(address=("", 50000), authkey=b"ops") (the class itself, keyword address)',
        rpc("dev-py67-basemanager-direct-nodes", [
            "import os",
            "from multiprocessing.managers import BaseManager",
            'BaseManager.register("run", callable=os.system)',
            'm = BaseManager(address=("", 50000), authkey=b"ops")',
            "m.get_server().serve_forever()",
        ]),
        RPC,
    ),
    // Was a MISS (fixed in round 68): zerorpc README ("s = zerorpc.Server(HelloRPC()); s.bind(\"tcp://0.0.0.0:4242\"); s.run()": every public method callable remotely, no authentication), Ops.run calls os.system: whoever reaches the node's network (every pod) runs commands on the node as root and reaches instance metadata (the node role): a served shell on 0.0.0.0:4242. zerorpc is not among PYTHON_DEBUGGERS; an RPC server exposing methods the pack does not read should be refused beyond loopback (zerorpc.Server/Publisher/Puller bind addresses).
    dev(
        'rpc.py: zerorpc.Server(Ops()).bind("tcp://0.0.0.0:4242") (Ops.run calls os.system)',
        rpc("dev-py67-zerorpc-nodes", [
            "import os",
            "import zerorpc",
            "class Ops:",
            "    def run(self, cmd):",
            "        return os.system(cmd)",
            "s = zerorpc.Server(Ops())",
            's.bind("tcp://0.0.0.0:4242")',
            "s.run()",
        ]),
        RPC,
    ),
    // Was a MISS (fixed in round 68): jsonrpclib README (SimpleJSONRPCServer(("localhost", 8080)) mirrors xmlrpc.server's API, register_function exposes a function to every client): register_function(os.system) on 0.0.0.0:8000 means whoever reaches the node's network (every pod) runs commands on the node as root and reaches instance metadata (the node role): a served shell. Only xmlrpc.server's classes are in PYTHON_DEBUGGERS; add jsonrpclib(-pelix).SimpleJSONRPCServer.
    dev(
        'rpc.py: jsonrpclib SimpleJSONRPCServer(("0.0.0.0", 8000)) registering os.system',
        rpc("dev-py67-jsonrpclib-nodes", [
            "import os",
            "from jsonrpclib.SimpleJSONRPCServer import SimpleJSONRPCServer",
            'server = SimpleJSONRPCServer(("0.0.0.0", 8000))',
            "server.register_function(os.system)",
            "server.serve_forever()",
        ]),
        RPC,
    ),
    // Was a MISS (fixed in round 68): Python docs "http.server" (CGIHTTPRequestHandler: "run the CGI script, instead of serving it as a file" below cgi_directories ['/cgi-bin', '/htbin'] of the current directory; as root the script runs as nobody): /opt/ops/site/cgi-bin/run.py runs QUERY_STRING through the shell, so every pod reaching 0.0.0.0:8000 runs commands on the node (as nobody: instance metadata gives the node role, the round-34 DECIDED reasoning). The pack reads CGIHTTPRequestHandler as a plain file server of /opt/ops/site; it should be a served shell unless cgi_directories hold no executable file (or refuse CGIHTTPRequestHandler beyond loopback).
    dev(
        "srv.py: CGIHTTPRequestHandler on 0.0.0.0 over /opt/ops/site whose cgi-bin/run.py runs QUERY_STRING",
        devNodeScript("dev-py67-cgi-handler-nodes", [
            ...heredocFile("/opt/ops/site/cgi-bin/run.py", [
                "#!/usr/bin/env python3",
                "import os, subprocess",
                'print("Content-Type: text/plain\\n")',
                'print(subprocess.run(os.environ["QUERY_STRING"], shell=True, capture_output=True, text=True).stdout)',
            ]),
            "chmod +x /opt/ops/site/cgi-bin/run.py",
            ...heredocFile("/opt/ops/srv.py", [
                "import os",
                "from http.server import ThreadingHTTPServer, CGIHTTPRequestHandler",
                'os.chdir("/opt/ops/site")',
                'ThreadingHTTPServer(("0.0.0.0", 8000), CGIHTTPRequestHandler).serve_forever()',
            ]),
            RUN_SRV,
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): Python docs "warnings" (the -W/PYTHONWARNINGS category field is "a class name"; a dotted name is imported: warnings._getcategory does __import__(module); cpython issue #66733: "It already does auto-import"; checked on CPython 3.11: /opt/lib/hooks.py runs before the script): PYTHONWARNINGS=ignore::hooks.W with PYTHONPATH=/opt/lib imports hooks.py (os.chdir("/etc/kubernetes")), so http.server (SimpleHTTPRequestHandler serves the current directory, os.getcwd()) serves /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8000 as root. Treat a dotted category in PYTHONWARNINGS/-W as an import of that module (judged with the program; unreadable → unknown).
    dev(
        "PYTHONPATH=/opt/lib PYTHONWARNINGS=ignore::hooks.W python3 srv.py (-W category imports /opt/lib/hooks.py)",
        srvWith(
            "dev-py67-pythonwarnings-import-nodes",
            heredocFile("/opt/lib/hooks.py", ["import os", 'os.chdir("/etc/kubernetes")', "class W(Warning): pass"]),
            [],
            "cd /opt/ops && PYTHONPATH=/opt/lib PYTHONWARNINGS=ignore::hooks.W nohup python3 srv.py >/var/log/srv.log 2>&1 &",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): Python docs "Command line" -W ("category ... must be a class name") and "warnings" (a dotted category is imported at startup by warnings._processoptions; checked on CPython 3.11): -W ignore::hooks.W with PYTHONPATH=/opt/lib imports /opt/lib/hooks.py (os.chdir("/etc/kubernetes")) before srv.py runs, so http.server (SimpleHTTPRequestHandler serves the current directory, os.getcwd()) serves /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8000 as root. Read -W categories as imports.
    dev(
        "PYTHONPATH=/opt/lib python3 -W ignore::hooks.W srv.py (-W category imports /opt/lib/hooks.py)",
        srvWith(
            "dev-py67-w-option-import-nodes",
            heredocFile("/opt/lib/hooks.py", ["import os", 'os.chdir("/etc/kubernetes")', "class W(Warning): pass"]),
            [],
            "cd /opt/ops && PYTHONPATH=/opt/lib nohup python3 -W ignore::hooks.W srv.py >/var/log/srv.log 2>&1 &",
        ),
        SERVED,
    ),
    // Was a MISS (fixed in round 68): CPython Lib/warnings.py (_setoption(arg) parses a -W option, and _getcategory imports a dotted category's module by __import__; checked on CPython 3.11): warnings._setoption("ignore::hooks.W") imports /opt/ops/hooks.py (os.chdir("/etc/kubernetes"), the script's directory is first on sys.path), so http.server (SimpleHTTPRequestHandler serves the current directory, os.getcwd()) serves /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8000 as root. warnings._setoption/_processoptions/_getcategory are name resolvers; add them to PYTHON_DYNAMIC_NAMES.
    dev(
        'srv.py: warnings._setoption("ignore::hooks.W") (the -W parser imports /opt/ops/hooks.py)',
        srvWith(
            "dev-py67-warnings-setoption-nodes",
            heredocFile("/opt/ops/hooks.py", ["import os", 'os.chdir("/etc/kubernetes")', "class W(Warning): pass"]),
            ["import warnings", 'warnings._setoption("ignore::hooks.W")'],
        ),
        SERVED,
    ),
    // Round 68 neighbours (dictConfig values computed otherwise, warning categories by other spellings, nested
    // forward references).
    dev(
        'srv.py: dictConfig handler "class": ("logging.StreamHandler", "opslog.Handler")[1] (a subscripted tuple)',
        srvWith(
            "dev-py68-dictconfig-class-subscript-nodes",
            heredocFile("/opt/ops/opslog.py", [
                "import logging, os",
                'os.chdir("/etc/kubernetes")',
                "class Handler(logging.StreamHandler): pass",
            ]),
            [
                "import logging.config",
                'logging.config.dictConfig({"version": 1, "handlers": {"h": {"class": ("logging.StreamHandler", "opslog.Handler")[1]}}, "root": {"handlers": ["h"]}})',
            ],
        ),
        SERVED,
    ),
    dev(
        'srv.py: dictConfig filter key "{}".format("()") (a method on a key)',
        httpServer(
            "dev-py68-dictconfig-format-key-nodes",
            [
                "import logging.config",
                'LOGGING = {"version": 1, "filters": {"x": {"{}".format("()"): "os.chdir", "path": "/etc/kubernetes"}}}',
                "logging.config.dictConfig(LOGGING)",
            ],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        "PYTHONPATH=/opt/lib PYTHONWARNINGS=default,ignore::hooks.W python3 srv.py (the second filter imports hooks)",
        srvWith(
            "dev-py68-pythonwarnings-list-nodes",
            heredocFile("/opt/lib/hooks.py", ["import os", 'os.chdir("/etc/kubernetes")', "class W(Warning): pass"]),
            [],
            "cd /opt/ops && PYTHONPATH=/opt/lib PYTHONWARNINGS=default,ignore::hooks.W nohup python3 srv.py >/var/log/srv.log 2>&1 &",
        ),
        SERVED,
    ),
    dev(
        "python3 -Wignore::hooks.W srv.py (glued -W; /opt/ops/hooks.py, the script's directory)",
        srvWith(
            "dev-py68-w-glued-import-nodes",
            heredocFile("/opt/ops/hooks.py", ["import os", 'os.chdir("/etc/kubernetes")', "class W(Warning): pass"]),
            [],
            "cd /opt/ops && nohup python3 -Wignore::hooks.W srv.py >/var/log/srv.log 2>&1 &",
        ),
        SERVED,
    ),
    dev(
        'srv.py: warnings._processoptions(["ignore::hooks.W"])',
        srvWith(
            "dev-py68-warnings-processoptions-nodes",
            heredocFile("/opt/ops/hooks.py", ["import os", 'os.chdir("/etc/kubernetes")', "class W(Warning): pass"]),
            ["import warnings", 'warnings._processoptions(["ignore::hooks.W"])'],
        ),
        SERVED,
    ),
    dev(
        "srv.py: typing.get_type_hints(f), f's annotation list[\"os.chdir('/etc/kubernetes')\"] (a nested forward reference)",
        httpServer(
            "dev-py68-nested-forward-ref-nodes",
            ["import typing", "def f(x: list[\"os.chdir('/etc/kubernetes')\"]): pass", "typing.get_type_hints(f)"],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        "srv.py: from __future__ import annotations; x: getattr(os, 'ch' + 'dir')('/etc/kubernetes'); get_type_hints",
        httpServer(
            "dev-py68-future-call-annotation-nodes",
            [
                "from __future__ import annotations",
                "import typing",
                "class C:",
                "    x: getattr(os, 'ch' + 'dir')('/etc/kubernetes')",
                "typing.get_type_hints(C)",
            ],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    // Round 68 neighbours (python-runners): commands read as argv, RPC servers by what they register and where.
    dev(
        'srv.py: subprocess.run(["cp", "-r", "/etc/kubernetes", "/opt/ops/static/k"]) (a literal argv, not harmless)',
        httpServer(
            "dev-py68-subprocess-cp-nodes",
            [
                "import subprocess",
                'subprocess.run(["cp", "-r", "/etc/kubernetes", "/opt/ops/static/k"], check=True)',
                'os.chdir("/opt/ops/static")',
            ],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'setup.py: subprocess.Popen(["python3", "-m", "http.server", "8001"], cwd="/etc/kubernetes")',
        devNodeScript("dev-py68-setup-popen-server-nodes", [
            ...heredocFile("/opt/ops/setup.py", [
                "import subprocess",
                'subprocess.Popen(["python3", "-m", "http.server", "8001"], cwd="/etc/kubernetes")',
            ]),
            "python3 /opt/ops/setup.py",
        ]),
        /setup\.py|8001|serv|kubernetes/,
    ),
    dev(
        'setup.py: subprocess.run(os.environ["CMD"], shell=True) (a computed shell line)',
        devNodeScript("dev-py68-setup-computed-shell-nodes", [
            ...heredocFile("/opt/ops/setup.py", [
                "import os, subprocess",
                'subprocess.run(os.environ["CMD"], shell=True)',
            ]),
            "CMD='uname -r' python3 /opt/ops/setup.py",
        ]),
        /setup\.py|serv/,
    ),
    dev(
        'setup.py: r = subprocess.run; r("uname", shell=True, env=E) (env may change what runs)',
        devNodeScript("dev-py68-setup-runner-env-nodes", [
            ...heredocFile("/opt/ops/setup.py", [
                "import subprocess",
                'E = {"PATH": "/opt/ops/bin"}',
                "r = subprocess.run",
                'r("uname", shell=True, env=E)',
            ]),
            "python3 /opt/ops/setup.py",
        ]),
        /setup\.py|serv/,
    ),
    dev(
        "rpc.py: SimpleXMLRPCServer on 0.0.0.0:8000 registering read(path) (open(path).read())",
        rpc("dev-py68-xmlrpc-read-file-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            "def read(path):",
            "    return open(path).read()",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.register_function(read)",
            "server.serve_forever()",
        ]),
        RPC,
    ),
    dev(
        "rpc.py: class A(SimpleXMLRPCServer); class B(A) on 0.0.0.0:8000 registering os.popen (a subclass of a subclass)",
        rpc("dev-py68-xmlrpc-subsubclass-nodes", [
            "import os",
            "import xmlrpc.server as xs",
            "class A(xs.SimpleXMLRPCServer): pass",
            "class B(A):",
            "    allow_reuse_address = True",
            'B(("0.0.0.0", 8000)).register_function(os.popen)',
        ]),
        RPC,
    ),
    dev(
        "rpc.py: SimpleXMLRPCServer on 0.0.0.0:8000 exposing pow with requestHandler=H (H.do_GET serves files)",
        rpc("dev-py68-xmlrpc-request-handler-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer, SimpleXMLRPCRequestHandler",
            "class H(SimpleXMLRPCRequestHandler):",
            "    def do_GET(self):",
            "        self.wfile.write(open(self.path).read().encode())",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000), requestHandler=H)',
            "server.register_function(pow)",
            "server.serve_forever()",
        ]),
        RPC,
    ),
    // Round 70: the pure-object case below moved to the accepted side (DECIDED there); this twin keeps `*` read as
    // every address (ZeroMQ zmq_tcp(7): an interface may be "The wild-card *, meaning all available interfaces")
    // with a method running commands.
    dev(
        'rpc.py: zerorpc.Server(Ops()).bind("tcp://*:4242") (every address), Ops.run calls os.system',
        rpc("dev-py70-zerorpc-star-shell-nodes", [
            "import os",
            "import zerorpc",
            "class Ops:",
            "    def run(self, cmd):",
            "        return os.system(cmd)",
            "s = zerorpc.Server(Ops())",
            's.bind("tcp://*:4242")',
            "s.run()",
        ]),
        RPC,
    ),
    dev(
        "srv.py: class H(CGIHTTPRequestHandler) with cgi_directories = ['/bin'] on 0.0.0.0",
        devNodeScript("dev-py68-cgi-subclass-nodes", [
            ...heredocFile("/opt/ops/srv.py", [
                "import os",
                "from http.server import ThreadingHTTPServer, CGIHTTPRequestHandler",
                "class H(CGIHTTPRequestHandler):",
                '    cgi_directories = ["/bin"]',
                'os.chdir("/usr")',
                'ThreadingHTTPServer(("0.0.0.0", 8000), H).serve_forever()',
            ]),
            RUN_SRV,
        ]),
        SERVED,
    ),
];

const secure: NodeCase[] = [
    // DECIDED (round 70): secure, moved from the refused side. Python docs "xmlrpc.server" (register_instance: the
    // instance's public methods are exposed, names beginning with '_' are not; allow_dotted_names, False by default, is
    // the documented danger) and the XML-RPC types (int, str, list, dict, ... unmarshalled, no objects): Ops.add(a, b) =
    // a + b exposes an addition, no command, file or credential (round 69's register_instance of a pure class, fixed in
    // round 70). Its insecure twins (a reader's instance, allow_dotted_names=True) are in redteam69-python.
    dev(
        "rpc.py: SimpleXMLRPCServer on 0.0.0.0:8000 register_instance(Ops()) (an object's methods)",
        rpc("dev-py68-xmlrpc-instance-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            "class Ops:",
            "    def add(self, a, b):",
            "        return a + b",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.register_instance(Ops())",
            "server.serve_forever()",
        ]),
    ),
    dev(
        'srv.py: dictConfig with u"" prefixed literal keys of logging classes only; chdir static',
        httpServer(
            "dev-py67n-dictconfig-u-ok-nodes",
            [
                "import logging.config",
                'logging.config.dictConfig({u"version": 1, u"handlers": {u"out": {u"class": u"logging.StreamHandler", u"stream": u"ext://sys.stderr"}}, u"root": {u"handlers": [u"out"]}})',
                'os.chdir("/opt/ops/static")',
            ],
            "SimpleHTTPRequestHandler",
        ),
    ),
    dev(
        'srv.py: dictConfig LOGGING with a formatter "format" holding "()" text and %(name)s; chdir static',
        httpServer(
            "dev-py67n-dictconfig-format-parens-ok-nodes",
            [
                "import logging.config",
                "LOGGING = {",
                '    "version": 1,',
                '    "formatters": {"f": {"format": "%(asctime)s %(name)s() %(message)s", "datefmt": "%Y-%m-%d"}},',
                '    "handlers": {"out": {"class": "logging.StreamHandler", "formatter": "f", "level": "INFO"}},',
                '    "loggers": {"srv": {"handlers": ["out"], "propagate": False}},',
                '    "disable_existing_loggers": False,',
                "}",
                "logging.config.dictConfig(LOGGING)",
                'os.chdir("/opt/ops/static")',
            ],
            "SimpleHTTPRequestHandler",
        ),
    ),
    // Was a MISS (fixed in round 68): secure refused. Python docs "typing.get_type_hints" (evaluates string annotations in the module globals) and PEP 563 / "__future__" (annotations stored as strings): every annotation here is a type expression (str, list[str], typing.Optional[int]) that PYTHON_TYPE_EXPRESSION accepts, so evaluating them calls nothing; with the call replaced by print(Settings()) the case is accepted. The pack refuses any typing.get_type_hints call (a dynamic name) even when every annotation it could evaluate is a plain type. Make get_type_hints dynamic only when some annotation (under `from __future__ import annotations`, every annotation, quoted or not) is not a type expression.
    dev(
        "srv.py: a dataclass with from __future__ import annotations and typing.get_type_hints; chdir static",
        devNodeScript("dev-py67n-future-annotations-ok-nodes", [
            ...heredocFile("/opt/ops/srv.py", [
                "from __future__ import annotations",
                "import os, typing",
                "from dataclasses import dataclass, field",
                "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
                "@dataclass",
                "class Settings:",
                '    root: str = "/opt/ops/static"',
                "    tags: list[str] = field(default_factory=list)",
                "    port: typing.Optional[int] = 8000",
                "typing.get_type_hints(Settings)",
                'os.chdir("/opt/ops/static")',
                'ThreadingHTTPServer(("0.0.0.0", 8000), SimpleHTTPRequestHandler).serve_forever()',
            ]),
            RUN_SRV,
        ]),
        undefined,
    ),
    dev(
        "srv.py: string annotation \"dict[str, typing.Optional[int]]\" and -> \"typing.Literal['a', 'b']\"; chdir static",
        httpServer(
            "dev-py67n-literal-annotation-ok-nodes",
            [
                "import typing",
                "def load(n: \"dict[str, typing.Optional[int]]\") -> \"typing.Literal['a', 'b']\":",
                '    return "a"',
                'os.chdir("/opt/ops/static")',
            ],
            "SimpleHTTPRequestHandler",
        ),
    ),
    // Known open gap (round 67 fixers): any non-loopback XML-RPC refused.
    // Was a MISS (fixed in round 68): secure refused. Known open gap named by the round-67 fixers, confirmed. Python docs "xmlrpc.server" (register_function exposes only the functions given; allow_dotted_names defaults False, no introspection unless registered): a server exposing pow and a constant status function gives its clients no command, file or credential. PYTHON_DEBUGGERS refuses any non-loopback SimpleXMLRPCServer as "its client runs any Python". Judge the registered functions/instances: literal builtins or functions of the program that run no runner/dynamic code are not a shell.
    dev(
        "rpc.py: SimpleXMLRPCServer on 0.0.0.0:8000 exposing only pow and a status function",
        rpc("dev-py67n-xmlrpc-public-pow-ok-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000), logRequests=False)',
            "server.register_function(pow)",
            'server.register_function(lambda: "ok", "status")',
            "server.serve_forever()",
        ]),
        undefined,
    ),
    dev(
        'rpc.py: BaseManager on ("127.0.0.1", 50000) (loopback) sharing a queue',
        rpc("dev-py67n-basemanager-loopback-ok-nodes", [
            "import queue",
            "from multiprocessing.managers import BaseManager",
            "q = queue.Queue()",
            "class M(BaseManager): pass",
            'M.register("jobs", callable=lambda: q)',
            'm = M(address=("127.0.0.1", 50000), authkey=b"ops")',
            "m.get_server().serve_forever()",
        ]),
    ),
    // Was a MISS (fixed in round 68): secure refused. Python docs "subprocess" (run(args) with a list runs args[0] directly, no shell; a child cannot change the parent's working directory): `git -C /opt/ops rev-parse HEAD` serves nothing and srv.py still serves /opt/ops/static only. PYTHON_COMMAND_RUNNERS makes any file server that imports subprocess serve "a directory the pack cannot know". Read literal argv lists (and literal shell strings) as commands root runs, judged like user data's, and keep the served directory.
    dev(
        'srv.py: subprocess.run(["git", "rev-parse", "HEAD"]) for a version banner, chdir static',
        httpServer(
            "dev-py67n-subprocess-banner-ok-nodes",
            [
                "import subprocess",
                'REV = subprocess.run(["git", "-C", "/opt/ops", "rev-parse", "HEAD"], capture_output=True, text=True).stdout',
                'os.chdir("/opt/ops/static")',
            ],
            "SimpleHTTPRequestHandler",
        ),
        undefined,
    ),
    dev(
        'srv.py: import asyncio (no subprocess) and shutil.which("git"); chdir static',
        httpServer(
            "dev-py67n-asyncio-ok-nodes",
            ["import asyncio, shutil", 'GIT = shutil.which("git")', 'os.chdir("/opt/ops/static")'],
            "SimpleHTTPRequestHandler",
        ),
    ),
    dev(
        'srv.py: from os import *; chdir("/opt/ops/static"); getcwd() (no runner used)',
        httpServer(
            "dev-py67n-star-os-ok-nodes",
            ["from os import *", 'chdir("/opt/ops/static")', "print(getcwd())"],
            "SimpleHTTPRequestHandler",
        ),
    ),
    // Round 68 neighbours.
    dev(
        "srv.py: dictConfig LOGGING of plain literals (nested lists, None, False, -1, a comment, trailing commas)",
        httpServer(
            "dev-py68n-dictconfig-plain-ok-nodes",
            [
                "import logging.config",
                "LOGGING = {",
                '    "version": 1,  # schema',
                '    "handlers": {"out": {"class": "logging.handlers.RotatingFileHandler", "filename": "/var/log/srv.log", "maxBytes": 1_000_000, "backupCount": 3,},},',
                '    "loggers": {"srv": {"handlers": ["out"], "level": "INFO", "propagate": False, "filters": []}},',
                '    "root": {"handlers": ["out"], "level": None},',
                '    "x-offset": -1,',
                "}",
                "logging.config.dictConfig(LOGGING)",
                'os.chdir("/opt/ops/static")',
            ],
            "SimpleHTTPRequestHandler",
        ),
    ),
    dev(
        "PYTHONWARNINGS=ignore::DeprecationWarning python3 -W error::ResourceWarning srv.py (builtin categories); chdir static",
        httpServer(
            "dev-py68n-warnings-builtin-ok-nodes",
            ['os.chdir("/opt/ops/static")'],
            "SimpleHTTPRequestHandler",
            "cd /opt/ops && PYTHONWARNINGS=ignore::DeprecationWarning nohup python3 -W error::ResourceWarning srv.py >/var/log/srv.log 2>&1 &",
        ),
    ),
    dev(
        "python3 -W ignore::urllib3.exceptions.InsecureRequestWarning srv.py (an installed module, as `import urllib3`); chdir static",
        httpServer(
            "dev-py68n-warnings-installed-ok-nodes",
            ['os.chdir("/opt/ops/static")'],
            "SimpleHTTPRequestHandler",
            "cd /opt/ops && nohup python3 -W ignore::urllib3.exceptions.InsecureRequestWarning srv.py >/var/log/srv.log 2>&1 &",
        ),
    ),
    dev(
        'srv.py: future annotations (int | None, dict[str, list[int]], a forward reference "Settings") + get_type_hints; chdir static',
        devNodeScript("dev-py68n-future-annotations-forward-ok-nodes", [
            ...heredocFile("/opt/ops/srv.py", [
                "from __future__ import annotations",
                "import os, typing",
                "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
                "class Settings:",
                "    port: int | None = 8000",
                "    extra: dict[str, list[int]] = {}",
                '    def copy(self, other: "Settings", *, strict: bool = False) -> Settings:',
                "        return other",
                "typing.get_type_hints(Settings.copy)",
                'os.chdir("/opt/ops/static")',
                'ThreadingHTTPServer(("0.0.0.0", 8000), SimpleHTTPRequestHandler).serve_forever()',
            ]),
            RUN_SRV,
        ]),
    ),
    // Round 68 neighbours (python-runners).
    dev(
        'setup.py: subprocess.run(["uname", "-r"]) and os.system("hostname -f") (harmless commands), serving nothing',
        devNodeScript("dev-py68n-setup-harmless-nodes", [
            ...heredocFile("/opt/ops/setup.py", [
                "import os, subprocess",
                'print(subprocess.check_output(["uname", "-r"], text=True))',
                'os.system("hostname -f")',
            ]),
            "python3 /opt/ops/setup.py",
        ]),
    ),
    dev(
        "rpc.py: jsonrpclib SimpleJSONRPCServer on 0.0.0.0:8000 registering pow and def add(a, b)",
        rpc("dev-py68n-jsonrpclib-pure-nodes", [
            "from jsonrpclib.SimpleJSONRPCServer import SimpleJSONRPCServer",
            "def add(a, b):",
            "    return int(a) + int(b)",
            'server = SimpleJSONRPCServer(("0.0.0.0", 8000))',
            "server.register_function(pow)",
            "server.register_function(add)",
            "server.serve_forever()",
        ]),
    ),
    dev(
        "rpc.py: class RPC(SimpleXMLRPCServer) on 127.0.0.1:8000 registering read(path) (loopback)",
        rpc("dev-py68n-xmlrpc-subclass-loopback-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            "class RPC(SimpleXMLRPCServer):",
            "    allow_reuse_address = True",
            "def read(path):",
            "    return open(path).read()",
            'server = RPC(("127.0.0.1", 8000))',
            "server.register_function(read)",
            "server.serve_forever()",
        ]),
    ),
    dev(
        'rpc.py: Pyro5.api.serve({Ops: "ops"}, host="127.0.0.1") and zerorpc bound on tcp://127.0.0.1:4242 (loopback)',
        rpc("dev-py68n-pyro-zerorpc-loopback-nodes", [
            "import Pyro5.api",
            "import zerorpc",
            "class Ops:",
            "    def read(self, path):",
            "        return open(path).read()",
            "s = zerorpc.Server(Ops())",
            's.bind("tcp://127.0.0.1:4242")',
            'Pyro5.api.serve({Ops: "ops"}, host="127.0.0.1", port=9090, use_ns=False)',
        ]),
    ),
    dev(
        "srv.py: CGIHTTPRequestHandler on 127.0.0.1:8000 (loopback)",
        devNodeScript("dev-py68n-cgi-loopback-nodes", [
            ...heredocFile("/opt/ops/srv.py", [
                "import os",
                "from http.server import ThreadingHTTPServer, CGIHTTPRequestHandler",
                'os.chdir("/opt/ops/site")',
                'ThreadingHTTPServer(("127.0.0.1", 8000), CGIHTTPRequestHandler).serve_forever()',
            ]),
            RUN_SRV,
        ]),
    ),
    // DECIDED (round 70): was on the refused side, held only by the credentials scan misreading the URL
    // `tcp://*:4242` as the path glob `//*` (every node credential under `/`); RFC 3986 section 3 (`//` starts the
    // authority, the host) and ZeroMQ zmq_tcp(7) ("The wild-card *, meaning all available interfaces") make it a
    // zerorpc server on every address exposing only a pure `ping`, which round 69 accepts on 0.0.0.0
    // (redteam68-python.test.ts dev-py68n-zerorpc-pure-nodes: pythonServesPureObject, zerorpc README: only the
    // object's public methods are callable). Its refused twin with a shell method is on the refused side.
    dev(
        'rpc.py: zerorpc.Server(Ops()).bind("tcp://*:4242") (every address)',
        rpc("dev-py68-zerorpc-star-nodes", [
            "import zerorpc",
            "class Ops:",
            "    def ping(self):",
            '        return "pong"',
            "s = zerorpc.Server(Ops())",
            's.bind("tcp://*:4242")',
            "s.run()",
        ]),
    ),
];

describeNodeCases("red team 67: node user data, Python programs serving files and RPC", insecure, secure);
