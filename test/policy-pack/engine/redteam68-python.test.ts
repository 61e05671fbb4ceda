// Red-team round 68 on EKS NODE user data (fresh eyes): round 68's Python fixes (pythonRegistersShell,
// pythonCommandListeners: literal commands judged as root's, RPC server subclasses/Pyro/zerorpc) on programs root runs
// from /opt/ops.
// Probed (insecure): XML-RPC servers registering a runner or a file reader through the register_function decorator,
// an alias, map(), a redefined def (first pure), a decorated pure def, a rebound name, server.funcs[...] writes; the
// direct register_function(read) guard; literal subprocess commands with cwd= (shell and argv; program run from a
// harmless directory), after os.chdir, with input=/stdin= fed to sh, os.popen("sh", "w").write, stdout= into
// /etc/cron.d, `env -C DIR`; zerorpc on a computed endpoint; a literal http.server -d /etc/kubernetes (guard).
// Secure: XML-RPC registering pure functions (call and decorator forms, introspection), subprocess git banner with
// cwd=, harmless literal commands with cwd=, zerorpc exposing a pure method on 0.0.0.0 (known gap).
// Misses: insecure 13 of 25 — XML-RPC file reader registered by decorator, alias, funcs[] write, redefined def,
// decorated def (pythonRegistersShell sees only direct register_* calls and the first def; all with runners refused
// only via os import); subprocess cwd= ignored (shell and argv), os.chdir before a literal command ignored;
// input=/stdin=/os.popen "w" text fed to sh unread; stdout= into /etc/cron.d unread; env -C ignored. Secure 1 of 5
// refused — zerorpc exposing only a pure method (known gap: no registered-function check for zerorpc/Pyro).
// Each `// MISS:` line says why.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";
import { SERVED, httpServer } from "./pythonAppBuilders";

const dev = devNodeCase;

/** /opt/ops/rpc.py (`lines`) run as root. */
const rpc = (name: string, lines: string[]) =>
    devNodeScript(name, [
        ...heredocFile("/opt/ops/rpc.py", lines),
        "cd /opt/ops && nohup python3 rpc.py >/var/log/rpc.log 2>&1 &",
    ]);
const RPC = /rpc\.py|serv|shell|8000|4242|9090|50000/;

/** An XML-RPC server on 0.0.0.0:8000 with `lines` between its construction and serve_forever. */
const xmlrpc = (name: string, lines: string[], head: string[] = []) =>
    rpc(name, [
        "import os",
        "from xmlrpc.server import SimpleXMLRPCServer",
        ...head,
        'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
        ...lines,
        "server.serve_forever()",
    ]);

/** /opt/ops/setup.py (`lines`) run as root from /opt/ops/static (`run` instead when given): it serves nothing itself. */
const setup = (
    name: string,
    lines: string[],
    run = "mkdir -p /opt/ops/static && cd /opt/ops/static && python3 /opt/ops/setup.py",
) => devNodeScript(name, [...heredocFile("/opt/ops/setup.py", lines), run]);
const SERVES_KUBERNETES = /serv|8001|kubernetes|setup\.py|unread|not read/;

const insecure: NodeCase[] = [
    dev(
        "rpc.py: @server.register_function decorator on def run(cmd): os.system(cmd)",
        xmlrpc("dev-py68-xmlrpc-decorator-nodes", [
            "@server.register_function",
            "def run(cmd):",
            "    return os.system(cmd)",
        ]),
        RPC,
    ),
    dev(
        "rpc.py: reg = server.register_function; reg(os.system)",
        xmlrpc("dev-py68-xmlrpc-alias-nodes", ["reg = server.register_function", "reg(os.system)"]),
        RPC,
    ),
    dev(
        "rpc.py: list(map(server.register_function, [os.system]))",
        xmlrpc("dev-py68-xmlrpc-map-nodes", ["list(map(server.register_function, [os.system]))"]),
        RPC,
    ),
    dev(
        "rpc.py: def run pure, then def run redefined to os.system(cmd); register_function(run)",
        xmlrpc("dev-py68-xmlrpc-redefined-nodes", [
            "def run(cmd):",
            "    return int(cmd)",
            "def run(cmd):",
            "    return os.system(cmd)",
            "server.register_function(run)",
        ]),
        RPC,
    ),
    dev(
        "rpc.py: a pure def wrapped by a decorator returning os.system; register_function(add)",
        xmlrpc("dev-py68-xmlrpc-decorated-nodes", [
            "def shell(f):",
            "    return os.system",
            "@shell",
            "def add(a):",
            "    return int(a)",
            "server.register_function(add)",
        ]),
        RPC,
    ),
    dev(
        "rpc.py: def add pure, then add = os.system; register_function(add)",
        xmlrpc("dev-py68-xmlrpc-rebound-nodes", [
            "def add(a):",
            "    return int(a)",
            "add = os.system",
            "server.register_function(add)",
        ]),
        RPC,
    ),
    dev(
        'rpc.py: server.funcs["run"] = os.system (the dispatcher\'s table written directly)',
        xmlrpc("dev-py68-xmlrpc-funcs-nodes", ['server.funcs["run"] = os.system']),
        RPC,
    ),
    dev(
        'srv.py: subprocess.Popen(["python3", "-m", "http.server", "8001"], cwd="/etc/kubernetes")',
        httpServer(
            "dev-py68-popen-cwd-nodes",
            [
                "import subprocess",
                'subprocess.Popen(["python3", "-m", "http.server", "8001"], cwd="/etc/kubernetes")',
                'os.chdir("/opt/ops/static")',
            ],
            "SimpleHTTPRequestHandler",
        ),
        SERVED,
    ),
    dev(
        'setup.py (serves nothing): subprocess.Popen("python3 -m http.server 8001", shell=True, cwd="/etc/kubernetes")',
        devNodeScript("dev-py68-popen-shell-cwd-nodes", [
            ...heredocFile("/opt/ops/setup.py", [
                "import subprocess",
                'subprocess.Popen("python3 -m http.server 8001", shell=True, cwd="/etc/kubernetes")',
            ]),
            "python3 /opt/ops/setup.py",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 69): Python docs "subprocess" (run(args, input=...): "the input argument is passed to Popen.communicate() and thus to the subprocess's stdin"; sh with no operand reads its commands from standard input, POSIX sh): `sh` runs `cd /etc/kubernetes && python3 -m http.server 8001`, so http.server (serving its working directory) exposes /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8001 as root to every pod reaching the node. pythonCommands allows the input=/stdin= keywords (PYTHON_RUNNER_KEYWORDS) and hands literalCommandListeners the argv ["sh"] alone, which reads nothing. Read input= literals as the command's standard input (a shell/interpreter argv then runs that text) and refuse input=/stdin= that is not a literal or DEVNULL/PIPE-free.
    dev(
        'setup.py (serves nothing): subprocess.run(["sh"], input="cd /etc/kubernetes && python3 -m http.server 8001")',
        devNodeScript("dev-py68-run-sh-input-nodes", [
            ...heredocFile("/opt/ops/setup.py", [
                "import subprocess",
                'subprocess.run(["sh"], input="cd /etc/kubernetes && python3 -m http.server 8001", text=True)',
            ]),
            "python3 /opt/ops/setup.py",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 69): Python docs "subprocess" (stdin= "specify the executed program's standard input": a file object's descriptor): `sh` reads /opt/ops/cmds (written by user data: `cd /etc/kubernetes && python3 -m http.server 8001`), so http.server (serving its working directory) exposes /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8001 as root to every pod reaching the node. pythonCommands accepts the stdin= keyword and judges ["sh"] with no input. A shell/interpreter argv with stdin= anything but DEVNULL must read that file (written: judged as a script; other: unknown), as user data's `sh < FILE` is.
    dev(
        'setup.py (serves nothing): subprocess.run(["sh"], stdin=open("/opt/ops/cmds")) with cmds starting a server',
        devNodeScript("dev-py68-run-sh-stdin-nodes", [
            ...heredocFile("/opt/ops/cmds", ["cd /etc/kubernetes && python3 -m http.server 8001"]),
            ...heredocFile("/opt/ops/setup.py", [
                "import subprocess",
                'subprocess.run(["sh"], stdin=open("/opt/ops/cmds"))',
            ]),
            "python3 /opt/ops/setup.py",
        ]),
        SERVED,
    ),
    dev(
        "rpc.py: zerorpc.Server(Ops()) bound on an endpoint from os.environ (unknown)",
        rpc("dev-py68-zerorpc-env-endpoint-nodes", [
            "import os, zerorpc",
            "class Ops:",
            "    def run(self, cmd):",
            "        return os.system(cmd)",
            "s = zerorpc.Server(Ops())",
            's.bind(os.environ.get("RPC_ENDPOINT", "tcp://0.0.0.0:4242"))',
            "s.run()",
        ]),
        RPC,
    ),
    dev(
        "rpc.py (no runner): server.register_function(read) with read opening any path on 0.0.0.0:8000 (direct call)",
        rpc("dev-py68-xmlrpc-direct-read-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            "def read(path):",
            "    return open(path).read()",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.register_function(read)",
            "server.serve_forever()",
        ]),
        RPC,
    ),
    // Was a MISS (fixed in round 69): Python docs "xmlrpc.server" (SimpleXMLRPCServer.register_function: "Changed in version 3.7: register_function() can be used as a decorator"): `@server.register_function` over def read(path): open(path).read() exposes read on 0.0.0.0:8000: whoever reaches the node's network (every pod) reads any file on the node as root (/var/lib/kubelet/kubeconfig, /etc/kubernetes/pki: the kubelet's credentials). pythonRegistersShell only looks at register_* *calls*; a decorator is no call, so the server is judged to register nothing (pure) and accepted. Treat `@X.register_function` (and `@X.register_function(name=...)`) as registering the decorated def and judge its body.
    dev(
        "rpc.py (no runner): @server.register_function decorator on def read(path): open(path).read()",
        rpc("dev-py68-xmlrpc-decorator-read-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "@server.register_function",
            "def read(path):",
            "    return open(path).read()",
            "server.serve_forever()",
        ]),
        RPC,
    ),
    // Was a MISS (fixed in round 69): Python docs "xmlrpc.server" (register_function; a bound method assigned to a name is the same method, Python tutorial 9.3.4 "Method Objects"): `reg = server.register_function; reg(read)` exposes read (open(path).read()) on 0.0.0.0:8000: whoever reaches the node's network (every pod) reads any file on the node as root (/var/lib/kubelet/kubeconfig, /etc/kubernetes/pki: the kubelet's credentials). pythonRegistersShell filters calls named `*.register_*`/`register_*`, so `reg(...)` is unseen. Any reference to a register_* method other than a direct call (alias, map(), getattr, passing it) should make the server a shell (fail closed).
    dev(
        "rpc.py (no runner): reg = server.register_function; reg(read) with read opening any path",
        rpc("dev-py68-xmlrpc-alias-read-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            "def read(path):",
            "    return open(path).read()",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "reg = server.register_function",
            "reg(read)",
            "server.serve_forever()",
        ]),
        RPC,
    ),
    // Was a MISS (fixed in round 69): CPython Lib/xmlrpc/server.py (SimpleXMLRPCDispatcher keeps `self.funcs = {}`; register_function does `self.funcs[name] = function`; _dispatch looks names up in self.funcs): `server.funcs["read"] = read` exposes read (open(path).read()) on 0.0.0.0:8000: whoever reaches the node's network (every pod) reads any file on the node as root (/var/lib/kubelet/kubeconfig, /etc/kubernetes/pki: the kubelet's credentials). pythonRegistersShell checks `_dispatch` but not writes to `.funcs`/`.instance`/`.register_*` attributes of the server. Treat any write to the server's funcs/instance (or any attribute) as a shell.
    dev(
        'rpc.py (no runner): server.funcs["read"] = read with read opening any path',
        rpc("dev-py68-xmlrpc-funcs-read-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            "def read(path):",
            "    return open(path).read()",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            'server.funcs["read"] = read',
            "server.serve_forever()",
        ]),
        RPC,
    ),
    // Was a MISS (fixed in round 69): Python reference "Function definitions" (a def binds the name; a later def of the same name rebinds it, so the last one is what register_function receives): the second def read(path) returns open(path).read(), exposed on 0.0.0.0:8000: whoever reaches the node's network (every pod) reads any file on the node as root (/var/lib/kubelet/kubeconfig, /etc/kubernetes/pki: the kubelet's credentials). pythonRegistersShell judges the FIRST `def read(` the regex finds (pure: str(path)). Judge every def/assignment binding the registered name (any non-pure one → shell), or refuse names bound more than once.
    dev(
        "rpc.py (no runner): def read pure, redefined to open(path).read(); register_function(read)",
        rpc("dev-py68-xmlrpc-redefined-read-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            "def read(path):",
            "    return str(path)",
            "def read(path):",
            "    return open(path).read()",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.register_function(read)",
            "server.serve_forever()",
        ]),
        RPC,
    ),
    // Was a MISS (fixed in round 69): Python reference "Function definitions" ("@f1 def func(): pass" is "func = f1(func)": the name is bound to what the decorator returns): @opener replaces add by `lambda path: open(path).read()`, so register_function(add) exposes a file reader on 0.0.0.0:8000: whoever reaches the node's network (every pod) reads any file on the node as root (/var/lib/kubelet/kubeconfig, /etc/kubernetes/pki: the kubelet's credentials). pythonRegistersShell reads the def body (int(a)) and ignores the decorator line above it. A registered def with any decorator should be a shell unless the decorator is known to return the function (fail closed).
    dev(
        "rpc.py (no runner): pure def add wrapped by @opener (returns a reader of any path); register_function(add)",
        rpc("dev-py68-xmlrpc-decorated-read-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            "def opener(f):",
            "    return lambda path: open(path).read()",
            "@opener",
            "def add(a):",
            "    return int(a)",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.register_function(add)",
            "server.serve_forever()",
        ]),
        RPC,
    ),
    // Round 69 neighbours of the XML-RPC/zerorpc fixes (pythonRegistersShell, pythonServesPureObject): refused.
    dev(
        'rpc.py (no runner): @server.register_function(name="cat") decorator on def read(path): open(path).read()',
        rpc("dev-py69-xmlrpc-named-decorator-read-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            '@server.register_function(name="cat")',
            "def read(path):",
            "    return open(path).read()",
            "server.serve_forever()",
        ]),
        RPC,
    ),
    dev(
        "rpc.py (no runner): pure def add rebound by a tuple assignment to a reader; register_function(add)",
        rpc("dev-py69-xmlrpc-tuple-rebind-read-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            "def add(a):",
            "    return int(a)",
            "add, n = (lambda path: open(path).read()), 0",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.register_function(add)",
            "server.serve_forever()",
        ]),
        RPC,
    ),
    dev(
        "rpc.py (no runner): pure add registered, server.RequestHandlerClass replaced by a handler of its own",
        rpc("dev-py69-xmlrpc-handler-class-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer, SimpleXMLRPCRequestHandler",
            "class H(SimpleXMLRPCRequestHandler):",
            "    rpc_paths = ()",
            "def add(a, b):",
            "    return int(a) + int(b)",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.RequestHandlerClass = H",
            "server.register_function(add)",
            "server.serve_forever()",
        ]),
        RPC,
    ),
    dev(
        "rpc.py (no runner): zerorpc.Server(Calc()) with a pure add and a class attribute read = staticmethod(reader)",
        rpc("dev-py69-zerorpc-class-attribute-nodes", [
            "import zerorpc",
            "class Calc:",
            "    def add(self, a, b):",
            "        return int(a) + int(b)",
            "    read = staticmethod(lambda path: open(path).read())",
            "s = zerorpc.Server(Calc())",
            's.bind("tcp://0.0.0.0:4242")',
            "s.run()",
        ]),
        RPC,
    ),
    dev(
        "rpc.py (no runner): zerorpc.Server(Calc()), Calc.read patched in after the class (a reader of any path)",
        rpc("dev-py69-zerorpc-patched-nodes", [
            "import zerorpc",
            "class Calc:",
            "    def add(self, a, b):",
            "        return int(a) + int(b)",
            "Calc.read = lambda self, path: open(path).read()",
            "s = zerorpc.Server(Calc())",
            's.bind("tcp://0.0.0.0:4242")',
            "s.run()",
        ]),
        RPC,
    ),
    dev(
        "rpc.py (no runner): zerorpc.Server(Calc()), class Calc(Base) where Base.read opens any path",
        rpc("dev-py69-zerorpc-base-nodes", [
            "import zerorpc",
            "class Base:",
            "    def read(self, path):",
            "        return open(path).read()",
            "class Calc(Base):",
            "    def add(self, a, b):",
            "        return int(a) + int(b)",
            "s = zerorpc.Server(Calc())",
            's.bind("tcp://0.0.0.0:4242")',
            "s.run()",
        ]),
        RPC,
    ),
    dev(
        "rpc.py (no runner): zerorpc.Server(Calc()), Calc.__getattr__ returning a reader of any path",
        rpc("dev-py69-zerorpc-getattr-nodes", [
            "import zerorpc",
            "class Calc:",
            "    def add(self, a, b):",
            "        return int(a) + int(b)",
            "    def __getattr__(self, name):",
            "        return lambda path: open(path).read()",
            "s = zerorpc.Server(Calc())",
            's.bind("tcp://0.0.0.0:4242")',
            "s.run()",
        ]),
        RPC,
    ),
    dev(
        "rpc.py (no runner): zerorpc.Server(Calc()) whose pure-looking add is decorated by @opener (a reader)",
        rpc("dev-py69-zerorpc-decorated-nodes", [
            "import zerorpc",
            "def opener(f):",
            "    return lambda self, path: open(path).read()",
            "class Calc:",
            "    @opener",
            "    def add(self, a, b):",
            "        return int(a) + int(b)",
            "s = zerorpc.Server(Calc())",
            's.bind("tcp://0.0.0.0:4242")',
            "s.run()",
        ]),
        RPC,
    ),
    dev(
        "rpc.py (no runner): zerorpc.Server(Calc()), public add pure, private _read opening any path called by add",
        rpc("dev-py69-zerorpc-private-reader-nodes", [
            "import zerorpc",
            "class Calc:",
            "    def _read(self, path):",
            "        return open(path).read()",
            "    def add(self, a):",
            "        return self._read(a)",
            "s = zerorpc.Server(Calc())",
            's.bind("tcp://0.0.0.0:4242")',
            "s.run()",
        ]),
        RPC,
    ),
    // Was a MISS (fixed in round 69): Python docs "subprocess" (Popen cwd: "If cwd is not None, the function changes the working directory to cwd before executing the child"): `python3 -m http.server 8001` runs in /etc/kubernetes, so http.server (serving its working directory) exposes /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8001 as root to every pod reaching the node. cwd is in PYTHON_RUNNER_KEYWORDS but pythonCommandListeners passes the program's own cwd (/opt/ops/static, from `cd` in user data) to literalCommandListeners, so the pack judges the server as serving /opt/ops/static. Use a literal cwd= as the command's directory (non-literal: unknown).
    dev(
        'setup.py run from /opt/ops/static: subprocess.Popen("python3 -m http.server 8001", shell=True, cwd="/etc/kubernetes")',
        devNodeScript("dev-py68-popen-shell-cwd-static-nodes", [
            ...heredocFile("/opt/ops/setup.py", [
                "import subprocess",
                'subprocess.Popen("python3 -m http.server 8001", shell=True, cwd="/etc/kubernetes")',
            ]),
            "mkdir -p /opt/ops/static && cd /opt/ops/static && python3 /opt/ops/setup.py",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 69): Python docs "subprocess" (Popen cwd: "changes the working directory to cwd before executing the child"): the argv form (no shell) too: `python3 -m http.server 8001` runs in /etc/kubernetes, so http.server (serving its working directory) exposes /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8001 as root to every pod reaching the node. pythonCommandListeners judges the literal argv with the program's cwd (/opt/ops/static) and ignores cwd=. Use a literal cwd= as the command's directory.
    dev(
        'setup.py run from /opt/ops/static: subprocess.Popen(["python3", "-m", "http.server", "8001"], cwd="/etc/kubernetes")',
        devNodeScript("dev-py68-popen-list-cwd-static-nodes", [
            ...heredocFile("/opt/ops/setup.py", [
                "import subprocess",
                'subprocess.Popen(["python3", "-m", "http.server", "8001"], cwd="/etc/kubernetes")',
            ]),
            "mkdir -p /opt/ops/static && cd /opt/ops/static && python3 /opt/ops/setup.py",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 69): Python docs "os.chdir" (changes the process's working directory) and "subprocess" (a child inherits the parent's working directory when cwd is None): after os.chdir("/etc/kubernetes") the child `python3 -m http.server 8001` serves /etc/kubernetes, so http.server (serving its working directory) exposes /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8001 as root to every pod reaching the node. pythonCommandListeners judges literal commands in the directory the program started in (/opt/ops/static) and ignores os.chdir calls before them (pythonChdirCalls is read only for the program's own file server). Literal commands after any chdir in the program should run in that directory (or unknown when it is not a literal).
    dev(
        'setup.py run from /opt/ops/static: os.chdir("/etc/kubernetes"); subprocess.Popen(["python3", "-m", "http.server", "8001"])',
        devNodeScript("dev-py68-chdir-then-popen-nodes", [
            ...heredocFile("/opt/ops/setup.py", [
                "import os, subprocess",
                'os.chdir("/etc/kubernetes")',
                'subprocess.Popen(["python3", "-m", "http.server", "8001"])',
            ]),
            "mkdir -p /opt/ops/static && cd /opt/ops/static && python3 /opt/ops/setup.py",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 69): Python docs "os.popen" ("The return value is an open file object connected to the pipe, which can be read or written depending on whether mode is 'r' (default) or 'w'"): with mode "w" the text written is sh's standard input, so sh runs `cd /etc/kubernetes && python3 -m http.server 8001`, so http.server (serving its working directory) exposes /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8001 as root to every pod reaching the node. `mode` is in PYTHON_RUNNER_KEYWORDS / the positional mode is ignored, and ["sh"] is judged with no input. os.popen(..., "w") (or any mode but "r") of a shell/interpreter should be unknown.
    dev(
        'setup.py: os.popen("sh", "w").write("cd /etc/kubernetes && python3 -m http.server 8001")',
        devNodeScript("dev-py68-popen-write-nodes", [
            ...heredocFile("/opt/ops/setup.py", [
                "import os",
                'os.popen("sh", "w").write("cd /etc/kubernetes && python3 -m http.server 8001")',
            ]),
            "python3 /opt/ops/setup.py",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 69): Python docs "subprocess" (stdout= a file object: the child's output is written to that file) and cronie crontab(5) (files in /etc/cron.d are system crontabs with a user field, run by crond as that user): `echo` writes a root cron job into /etc/cron.d/srv that starts `python3 -m http.server 8001` in /etc/kubernetes every minute, serving the kubelet's credentials on 0.0.0.0:8001 as root. pythonCommands allows stdout=/stderr= keywords and judges ["echo", ...] as harmless, never seeing the write. A stdout=/stderr= that is not PIPE/DEVNULL/STDOUT/sys.std* (a file opened for writing) is a write the pack does not read: unknown (fail closed), as user data's `echo ... > /etc/cron.d/srv` is judged.
    dev(
        'setup.py: subprocess.run(["echo", CRON_LINE], stdout=open("/etc/cron.d/srv", "w")) (a cron job serving /etc/kubernetes)',
        devNodeScript("dev-py68-stdout-cron-nodes", [
            ...heredocFile("/opt/ops/setup.py", [
                "import subprocess",
                'subprocess.run(["echo", "* * * * * root cd /etc/kubernetes && python3 -m http.server 8001"], stdout=open("/etc/cron.d/srv", "w"))',
            ]),
            "python3 /opt/ops/setup.py",
        ]),
        /cron|serv|setup\.py|8001|kubernetes|unread|not read/,
    ),
    dev(
        'setup.py: subprocess.run(["python3", "-m", "http.server", "8001", "-d", "/etc/kubernetes"]) (literal, judged)',
        devNodeScript("dev-py68-literal-http-server-nodes", [
            ...heredocFile("/opt/ops/setup.py", [
                "import subprocess",
                'subprocess.run(["python3", "-m", "http.server", "8001", "-d", "/etc/kubernetes"])',
            ]),
            "python3 /opt/ops/setup.py",
        ]),
        SERVED,
    ),
    // Was a MISS (fixed in round 69): GNU coreutils env(1) ("-C, --chdir=DIR change working directory to DIR", coreutils 8.28+; AL2023 ships 8.32): `env -C /etc/kubernetes python3 -m http.server 8001` runs the server in /etc/kubernetes, so http.server (serving its working directory) exposes /etc/kubernetes (the kubelet's credentials) on 0.0.0.0:8001 as root to every pod reaching the node. The literal argv goes to literalCommandListeners, whose env unwrapping drops -C without moving the working directory (setup.py runs from /opt/ops/static). Read env -C/--chdir as the command's directory.
    dev(
        'setup.py: subprocess.run(["env", "-C", "/etc/kubernetes", "python3", "-m", "http.server", "8001"])',
        devNodeScript("dev-py68-env-C-nodes", [
            ...heredocFile("/opt/ops/setup.py", [
                "import subprocess",
                'subprocess.run(["env", "-C", "/etc/kubernetes", "python3", "-m", "http.server", "8001"])',
            ]),
            "mkdir -p /opt/ops/static && cd /opt/ops/static && python3 /opt/ops/setup.py",
        ]),
        SERVED,
    ),
    // Round 69 neighbours (fix69-pysub): literal commands read as user data's command lines are (wrappers, a shell's
    // -c line, a shell reading its standard input, lines of a shell string), their output and input not read fail closed.
    dev(
        'setup.py: subprocess.run(["sh"], input="python3 -m http.server 8001 -d /etc/kubernetes") (plain input line, read)',
        setup("dev-py69-run-sh-input-plain-nodes", [
            "import subprocess",
            'subprocess.run(["sh"], input="python3 -m http.server 8001 -d /etc/kubernetes", text=True)',
        ]),
        SERVED,
    ),
    dev(
        'setup.py: subprocess.run(["sh", "-c", "python3 -m http.server 8001 -d /etc/kubernetes"]) (a shell\'s -c line)',
        setup("dev-py69-run-sh-c-nodes", [
            "import subprocess",
            'subprocess.run(["sh", "-c", "python3 -m http.server 8001 -d /etc/kubernetes"])',
        ]),
        SERVED,
    ),
    dev(
        'setup.py: subprocess.run(["sudo", "nohup", "python3", "-m", "http.server", "8001", "-d", "/etc/kubernetes"]) (wrappers)',
        setup("dev-py69-run-sudo-nohup-nodes", [
            "import subprocess",
            'subprocess.run(["sudo", "nohup", "python3", "-m", "http.server", "8001", "-d", "/etc/kubernetes"])',
        ]),
        SERVED,
    ),
    dev(
        'setup.py: subprocess.run(["su", "-c", "python3 -m http.server 8001 -d /etc/kubernetes"]) (a launcher\'s line)',
        setup("dev-py69-run-su-c-nodes", [
            "import subprocess",
            'subprocess.run(["su", "-c", "python3 -m http.server 8001 -d /etc/kubernetes"])',
        ]),
        SERVES_KUBERNETES,
    ),
    dev(
        'setup.py: os.system("true\\npython3 -m http.server 8001 -d /etc/kubernetes") (two lines, the second a server)',
        setup("dev-py69-system-two-lines-nodes", [
            "import os",
            'os.system("true\\npython3 -m http.server 8001 -d /etc/kubernetes")',
        ]),
        SERVED,
    ),
    dev(
        'setup.py: subprocess.run(["sh"]) reading the program\'s own standard input (user data: python3 setup.py < cmds)',
        setup(
            "dev-py69-run-sh-inherited-stdin-nodes",
            ["import subprocess", 'subprocess.run(["sh"])'],
            "python3 /opt/ops/setup.py < /opt/ops/cmds",
        ),
        SERVES_KUBERNETES,
    ),
    dev(
        'setup.py: subprocess.Popen(["bash", "-s"], stdin=subprocess.PIPE).communicate(b"...") (what it writes: unread)',
        setup("dev-py69-popen-bash-pipe-nodes", [
            "import subprocess",
            'subprocess.Popen(["bash", "-s"], stdin=subprocess.PIPE).communicate(b"uname -r")',
        ]),
        SERVES_KUBERNETES,
    ),
    dev(
        'setup.py: subprocess.run(["python3"], input="import os") (an interpreter reading its program from input)',
        setup("dev-py69-run-python-input-nodes", [
            "import subprocess",
            'subprocess.run(["python3"], input="import os", text=True)',
        ]),
        SERVES_KUBERNETES,
    ),
    dev(
        'setup.py: subprocess.run(["env", "LD_PRELOAD=/opt/ops/hook.so", "uname", "-r"]) (env gives the program variables)',
        setup("dev-py69-run-env-assignment-nodes", [
            "import subprocess",
            'subprocess.run(["env", "LD_PRELOAD=/opt/ops/hook.so", "uname", "-r"])',
        ]),
        SERVES_KUBERNETES,
    ),
    dev(
        'setup.py: subprocess.run(["echo", CRON_LINE], stderr=subprocess.STDOUT, stdout=open("/etc/cron.d/srv", "a"))',
        setup("dev-py69-stdout-append-cron-nodes", [
            "import subprocess",
            'subprocess.run(["echo", "* * * * * root cd /etc/kubernetes && python3 -m http.server 8001"], stderr=subprocess.STDOUT, stdout=open("/etc/cron.d/srv", "a"))',
        ]),
        SERVES_KUBERNETES,
    ),
    dev(
        'setup.py run from /opt/ops/static: subprocess.run(["python3", "-m", "http.server", "8001"], cwd="../../../etc/kubernetes")',
        setup("dev-py69-run-relative-cwd-nodes", [
            "import subprocess",
            'subprocess.run(["python3", "-m", "http.server", "8001"], cwd="../../../etc/kubernetes")',
        ]),
        SERVED,
    ),
    dev(
        'setup.py run from /opt/ops/static: os.chdir(D) with D from os.environ, then subprocess.Popen(["python3", "-m", "http.server", "8001"])',
        setup("dev-py69-chdir-env-then-popen-nodes", [
            "import os, subprocess",
            'os.chdir(os.environ.get("SRV_DIR", "/etc/kubernetes"))',
            'subprocess.Popen(["python3", "-m", "http.server", "8001"])',
        ]),
        SERVES_KUBERNETES,
    ),
    dev(
        'setup.py: subprocess.run(["xargs", "python3", "-m", "http.server", "8001"], input="-d /etc/kubernetes") (xargs appends its input)',
        setup("dev-py69-run-xargs-input-nodes", [
            "import subprocess",
            'subprocess.run(["xargs", "python3", "-m", "http.server", "8001"], input="-d /etc/kubernetes", text=True)',
        ]),
        SERVES_KUBERNETES,
    ),
    dev(
        'setup.py run from /opt/ops/static: os.chdir("/etc"); os.chdir("kubernetes") (relative, after the first); Popen(http.server)',
        setup("dev-py69-chdir-relative-then-popen-nodes", [
            "import os, subprocess",
            'os.chdir("/etc")',
            'os.chdir("kubernetes")',
            'subprocess.Popen(["python3", "-m", "http.server", "8001"])',
        ]),
        SERVES_KUBERNETES,
    ),
];

const secure: NodeCase[] = [
    dev(
        "rpc.py: SimpleXMLRPCServer on 0.0.0.0:8000 registering pow and def add(a, b) (pure)",
        xmlrpc("dev-py68n-xmlrpc-pure-nodes", [
            "def add(a, b):",
            "    return int(a) + int(b)",
            "server.register_function(pow)",
            "server.register_function(add)",
        ]),
    ),
    dev(
        'srv.py: subprocess.run(["git", "-C", "/opt/ops", "rev-parse", "HEAD"], cwd="/opt/ops") banner; chdir static',
        httpServer(
            "dev-py68n-git-cwd-nodes",
            [
                "import subprocess",
                'REV = subprocess.run(["git", "rev-parse", "HEAD"], cwd="/opt/ops", capture_output=True, text=True).stdout',
                'os.chdir("/opt/ops/static")',
            ],
            "SimpleHTTPRequestHandler",
        ),
    ),
    // Was a MISS (fixed in round 69): secure refused. Known open gap named by the round-68 fixers, confirmed. zerorpc README (`s = zerorpc.Server(HelloRPC())`: only the object's public methods are callable) and Python reference (int() and + compute from their arguments): a zerorpc server on tcp://0.0.0.0:4242 exposing Calc.add(a, b) = int(a) + int(b) gives its clients no command, file or credential. PYTHON_DEBUGGERS refuses every non-loopback zerorpc (and Pyro) server as "its client runs any Python"; only XML-RPC gets pythonRegistersShell. Judge the served object's methods (every public method of the class pythonPureBody, no __getattr__/dunders) as pythonRegistersShell does for registered functions.
    dev(
        "rpc.py: zerorpc.Server(Calc()) on tcp://0.0.0.0:4242 exposing add(a, b) only (pure)",
        rpc("dev-py68n-zerorpc-pure-nodes", [
            "import zerorpc",
            "class Calc:",
            "    def add(self, a, b):",
            "        return int(a) + int(b)",
            "s = zerorpc.Server(Calc())",
            's.bind("tcp://0.0.0.0:4242")',
            "s.run()",
        ]),
    ),
    dev(
        "rpc.py: @server.register_function decorator (Python 3.7+) on def add(a, b) (pure), register_introspection_functions",
        xmlrpc("dev-py68n-xmlrpc-decorator-pure-nodes", [
            "server.register_introspection_functions()",
            "@server.register_function",
            "def add(a, b):",
            "    return int(a) + int(b)",
        ]),
    ),
    // Round 69 neighbours (accepted): a named decorator over a pure def; a zerorpc object of two pure methods.
    dev(
        'rpc.py: @server.register_function(name="plus") decorator on def add(a, b) (pure)',
        xmlrpc("dev-py69n-xmlrpc-named-decorator-pure-nodes", [
            '@server.register_function(name="plus")',
            "def add(a, b):",
            "    return int(a) + int(b)",
        ]),
    ),
    dev(
        "rpc.py: zerorpc.Server(Calc()) on tcp://0.0.0.0:4242, class Calc(object) with a docstring, add and mul (pure)",
        rpc("dev-py69n-zerorpc-two-pure-nodes", [
            "import zerorpc",
            "class Calc(object):",
            '    """Arithmetic only."""',
            "    def add(self, a, b):",
            "        return int(a) + int(b)",
            "",
            "    def mul(self, a, b):",
            "        return int(a) * int(b)",
            "s = zerorpc.Server(Calc())",
            's.bind("tcp://0.0.0.0:4242")',
            "s.run()",
        ]),
    ),
    dev(
        'setup.py: subprocess.run(["systemctl", "daemon-reload"]) and ["uname", "-r"] with cwd="/opt/ops", serving nothing',
        devNodeScript("dev-py68n-setup-cwd-harmless-nodes", [
            ...heredocFile("/opt/ops/setup.py", [
                "import subprocess",
                'subprocess.run(["uname", "-r"], cwd="/opt/ops", check=True)',
                'subprocess.run(["systemctl", "daemon-reload"], check=True)',
            ]),
            "python3 /opt/ops/setup.py",
        ]),
    ),
    // Round 69 neighbours (fix69-pysub): the secure twins: harmless lines fed to sh, harmless streams, a harmless
    // directory by cwd=, os.chdir or env -C.
    dev(
        'setup.py: subprocess.run(["sh"], input="uname -r") and ["sh", "-c", "uname -r"] (plain harmless lines)',
        setup("dev-py69n-run-sh-input-harmless-nodes", [
            "import subprocess",
            'subprocess.run(["sh"], input="uname -r\\nid -u", text=True, capture_output=True)',
            'subprocess.run(["sh", "-c", "uname -r"], check=True)',
        ]),
    ),
    dev(
        'setup.py: subprocess.run(["uname", "-r"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=sys.stderr)',
        setup("dev-py69n-run-streams-harmless-nodes", [
            "import subprocess, sys",
            'subprocess.run(["uname", "-r"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=sys.stderr)',
            'subprocess.run(["sh"], stdin=subprocess.DEVNULL)',
        ]),
    ),
    dev(
        'setup.py run from /opt/ops: subprocess.Popen(["python3", "-m", "http.server", "8001"], cwd="/opt/ops/static")',
        setup(
            "dev-py69n-popen-cwd-static-nodes",
            ["import subprocess", 'subprocess.Popen(["python3", "-m", "http.server", "8001"], cwd="/opt/ops/static")'],
            "mkdir -p /opt/ops/static && cd /opt/ops && python3 /opt/ops/setup.py",
        ),
    ),
    dev(
        'setup.py run from /opt/ops: os.chdir("/opt/ops/static"); subprocess.Popen(["python3", "-m", "http.server", "8001"])',
        setup(
            "dev-py69n-chdir-static-then-popen-nodes",
            [
                "import os, subprocess",
                'os.chdir("/opt/ops/static")',
                'subprocess.Popen(["python3", "-m", "http.server", "8001"])',
            ],
            "mkdir -p /opt/ops/static && cd /opt/ops && python3 /opt/ops/setup.py",
        ),
    ),
    dev(
        'setup.py run from /opt/ops: subprocess.run(["env", "-C", "/opt/ops/static", "python3", "-m", "http.server", "8001"])',
        setup(
            "dev-py69n-env-C-static-nodes",
            [
                "import subprocess",
                'subprocess.run(["env", "-C", "/opt/ops/static", "nohup", "python3", "-m", "http.server", "8001"])',
            ],
            "mkdir -p /opt/ops/static && cd /opt/ops && python3 /opt/ops/setup.py",
        ),
    ),
];

describeNodeCases("red team 68: node user data, Python programs serving files, commands and RPC", insecure, secure);
