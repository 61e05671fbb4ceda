// Red-team round 70 (python, fresh eyes) on EKS NODE user data: Python (and Go) programs user data writes and runs as
// root, neighbours of round 70's fixes (rpyc/Pyro5/XML-RPC pure classes, subprocess env=/session keywords, asyncio
// subprocesses, standard-input script operands) and routes nobody tried (raw socket servers, valued interpreter options,
// Go Cmd fields).
// Probed (insecure, 31): server subclasses overriding request handling (XML-RPC _marshaled_dispatch/finish_request, rpyc
// _authenticate_and_serve_client, Pyro5 handleRequest, zerorpc.Server subclass), rpyc methods returning builtins as
// netrefs (open, exec, setattr), rpyc DEFAULT_CONFIG writes, globals()/vars() rebinding a served class, Pyro5 register in a
// loop, asyncio start_server/create_server and socketserver handlers reading files, http.server --bind 0, python
// --check-hash-based-pycs VALUE, perl -I DIR, ruby -C DIR, node --require=, sh -s / bash - / python3 -u with input=,
// asyncio exec of sh with a PIPE, env= with LOCPATH / a relative program / a python script, Go tuple-assigned Cmd.Dir and
// Cmd.Stdin, Go StdinPipe.
// Secure (21): rpyc docs template, ALIASES, OneShotServer; Pyro5 behavior, serve(), with-Daemon instance; XML-RPC
// allow_reuse_address subclass and private helper; socketserver/asyncio health responders; loopback http.server;
// env=dict(os.environ, ...), umask, user=nobody, pass_fds, git/asyncio/sh -s harmless runs; Go CommandContext.
// Misses: insecure 15 of 31 accepted, by class:
// - DERIVED-SERVER (4): a subclass of an RPC server class overriding its request handling is judged as the base server
//   (pythonDebuggerListeners `derived` map; pythonRegistersShell's `\b_dispatch\b` misses _marshaled_dispatch).
// - RPYC-NETREF (1): an rpyc exposed method returning the builtin open is "pure" (pythonPureBody checks calls only).
// - RPYC-DEFAULT-CONFIG (2): rpyc.core.protocol.DEFAULT_CONFIG written/updated (allow_all_attrs/public_attrs) unread.
// - RAW-SOCKET-SERVERS (3): asyncio start_server/create_server not read at all; socketserver with a custom handler
//   serving files read as serving nothing.
// - PYTHON-VALUED-OPTION (2): `python3 --check-hash-based-pycs always SCRIPT` takes `always` as the script.
// - GO-CMD-FIELDS (3): tuple assignment to Cmd.Dir/Cmd.Stdin and StdinPipe escape literalExecCommands (stdin "none").
// Secure 10 of 21 refused: literal rpyc class attributes (docs template, ALIASES), Pyro5 @behavior and serve(), an
// XML-RPC method calling a private pure helper through self, env=dict(os.environ, ...), umask/user/group/pass_fds
// keywords, Go CommandContext(context.Background(), ...) (nested parentheses).
// Held: exec/setattr netrefs (pythonDynamic/opaque), globals()/vars() rebinding, Pyro5 register loop, zerorpc.Server
// subclass, --bind 0, perl -I DIR / ruby -C DIR (refused), node --require=, sh -s/bash -/python3 -u/asyncio PIPE
// stdin, env= LOCPATH / relative program / python script. Each `// MISS:` line says why and the fix.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase } from "./nodeBuilders";

const dev = devNodeCase;

/** /opt/ops/setup.py (`lines`) run as root from /opt/ops/static, `before` user data lines first. */
const setup = (name: string, lines: string[], before: string[] = []) =>
    devNodeScript(name, [
        ...before,
        ...heredocFile("/opt/ops/setup.py", lines),
        "mkdir -p /opt/ops/static && cd /opt/ops/static && python3 /opt/ops/setup.py",
    ]);
/** What a refusal names: the server, the program, or a command it does not read. */
const REFUSED = /serv|8001|kubernetes|setup\.py|rpc\.py|main\.go|unread|not read|uname|5000|4242|18861|9090|8000/;

/** /opt/ops/rpc.py (`lines`) run as root. */
const rpc = (name: string, lines: string[]) =>
    devNodeScript(name, [
        ...heredocFile("/opt/ops/rpc.py", lines),
        "cd /opt/ops && nohup python3 rpc.py >/var/log/rpc.log 2>&1 &",
    ]);

/** /opt/ops/main.go (`lines`) built and run as root. */
const goMain = (name: string, lines: string[]) =>
    devNodeScript(name, [
        "dnf install -y golang",
        "mkdir -p /opt/ops",
        ...heredocFile("/opt/ops/go.mod", ["module example.com/ops", "", "go 1.22"]),
        ...heredocFile("/opt/ops/main.go", lines),
        "cd /opt/ops && go build -o /usr/local/bin/ops . && /usr/local/bin/ops",
    ]);

/** A script at `path` (written, executable) starting http.server on /etc/kubernetes, 0.0.0.0:8001. */
const srvPy = (path: string) =>
    heredocFile(path, [
        "import functools",
        "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
        'H = functools.partial(SimpleHTTPRequestHandler, directory="/etc/kubernetes")',
        'ThreadingHTTPServer(("0.0.0.0", 8001), H).serve_forever()',
    ]);

const pureCalcXml = ["from xmlrpc.server import SimpleXMLRPCServer", "def add(a, b):", "    return int(a) + int(b)"];

const insecure: NodeCase[] = [
    // --- RPC servers: subclasses of the server class overriding its request handling.
    // Was a MISS (fixed in round 71): CPython Lib/xmlrpc/server.py (SimpleXMLRPCRequestHandler.do_POST sends the client `self.server._marshaled_dispatch(data, ...)`'s return as the response): a server subclass overriding _marshaled_dispatch answers every POST with root's read of the path the client sent (/etc/kubernetes/kubelet.conf, the kubelet's credentials, to every pod on 0.0.0.0:8000). the pack (userData.ts pythonRegistersShell: `\b_dispatch\b` misses `_marshaled_dispatch`, and pythonDebuggerListeners' registry branch judges only the register_* calls) accepts. Fix: a class derived from a PYTHON_DEBUGGERS server (the `derived` map) is that server only when its body is `pass`, a docstring or PYTHON_HARMLESS_ATTRIBUTES; any def in it (a dispatch, finish_request, process_request, verify_request, handle override) makes the server a shell.
    dev(
        "rpc.py: SimpleXMLRPCServer subclass overriding _marshaled_dispatch to return any file; register_function(add) pure",
        rpc("dev-py70t-xmlrpc-marshaled-dispatch-nodes", [
            ...pureCalcXml,
            "class S(SimpleXMLRPCServer):",
            "    def _marshaled_dispatch(self, data, dispatch_method=None, path=None):",
            "        return open(data.decode().strip(), 'rb').read()",
            'server = S(("0.0.0.0", 8000))',
            "server.register_function(add)",
            "server.serve_forever()",
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 71): same class, Python docs "socketserver" (BaseServer.finish_request(request, client_address): "Actually processes the request"): the override sends any file the client names as root on 0.0.0.0:8000. pythonDebuggerListeners judges the registered add (pure) and ignores the subclass's methods. Fix as above: a derived server class with any def is a shell.
    dev(
        "rpc.py: SimpleXMLRPCServer subclass overriding finish_request to send any file the client names",
        rpc("dev-py70t-xmlrpc-finish-request-nodes", [
            ...pureCalcXml,
            "class S(SimpleXMLRPCServer):",
            "    def finish_request(self, request, client_address):",
            "        request.sendall(open(request.recv(256).decode().strip(), 'rb').read())",
            'server = S(("0.0.0.0", 8000))',
            "server.register_function(add)",
            "server.serve_forever()",
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 71): same class for rpyc: rpyc/utils/server.py (Server._accept_method hands each client to `_authenticate_and_serve_client(sock)`): the override answers every connection with root's read of the named file on 0.0.0.0:18861. pythonServesPureClasses judges only the service (pure CalcService). Fix: a derived rpyc server class with any def is a shell (or judge its defs as pythonPureClass does).
    dev(
        "rpc.py: rpyc ThreadedServer subclass overriding _authenticate_and_serve_client (sends any file), pure CalcService",
        rpc("dev-py70t-rpyc-server-subclass-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class CalcService(rpyc.Service):",
            "    def exposed_add(self, a, b):",
            "        return int(a) + int(b)",
            "class S(ThreadedServer):",
            "    def _authenticate_and_serve_client(self, sock):",
            "        sock.sendall(open(sock.recv(256).decode().strip(), 'rb').read())",
            'S(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 71): same class for Pyro5: Pyro5/server.py (Daemon.handleRequest(conn) handles each request on the connection): the override sends root's read of the named file on 0.0.0.0:9090. pythonServesPureClasses judges only the registered Calc. Fix: a derived Daemon class with any def is a shell.
    dev(
        "rpc.py: Pyro5 Daemon subclass overriding handleRequest (sends any file), an @expose'd pure Calc registered",
        rpc("dev-py70t-pyro5-daemon-subclass-nodes", [
            "import Pyro5.api",
            "@Pyro5.api.expose",
            "class Calc:",
            "    def add(self, a, b):",
            "        return int(a) + int(b)",
            "class D(Pyro5.api.Daemon):",
            "    def handleRequest(self, conn):",
            "        conn.send(open(conn.recv(256).decode().strip(), 'rb').read())",
            'daemon = D(host="0.0.0.0", port=9090)',
            'daemon.register(Calc, "calc")',
            "daemon.requestLoop()",
        ]),
        REFUSED,
    ),
    // Round 71 neighbours (derived servers): a one-line and a docstring'd subclass setting a harmless attribute stay the
    // server (secure side); a method of any kind, a non-literal harmless attribute, a class attribute patched after the
    // class, or a decorated subclass is a server the pack does not read.
    dev(
        "rpc.py: SimpleXMLRPCServer subclass with a pass-through __init__ (any def changes the server), pure add",
        rpc("dev-py71t-xmlrpc-subclass-init-nodes", [
            ...pureCalcXml,
            "class S(SimpleXMLRPCServer):",
            "    def __init__(self, addr):",
            "        super().__init__(addr)",
            'server = S(("0.0.0.0", 8000))',
            "server.register_function(add)",
            "server.serve_forever()",
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: SimpleXMLRPCServer subclass binding the harmless name timeout to a function call (not a literal)",
        rpc("dev-py71t-xmlrpc-subclass-timeout-call-nodes", [
            ...pureCalcXml,
            "class S(SimpleXMLRPCServer):",
            '    timeout = print(open("/etc/kubernetes/kubelet.conf").read())',
            'server = S(("0.0.0.0", 8000))',
            "server.register_function(add)",
            "server.serve_forever()",
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: rpyc ThreadedServer subclass of a subclass (the inner one overrides accept), pure CalcService",
        rpc("dev-py71t-rpyc-subclass-chain-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class CalcService(rpyc.Service):",
            "    def exposed_add(self, a, b):",
            "        return int(a) + int(b)",
            "class A(ThreadedServer):",
            "    def accept(self):",
            "        pass",
            "class B(A):",
            "    pass",
            'B(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: Pyro5.api.Daemon.handleRequest replaced after the class (an attribute write), an @expose'd pure Calc",
        rpc("dev-py71t-pyro5-daemon-patched-nodes", [
            "import Pyro5.api",
            "@Pyro5.api.expose",
            "class Calc:",
            "    def add(self, a, b):",
            "        return int(a) + int(b)",
            "def handle(self, conn):",
            "    conn.send(open(conn.recv(256).decode().strip(), 'rb').read())",
            "Pyro5.api.Daemon.handleRequest = handle",
            'daemon = Pyro5.api.Daemon(host="0.0.0.0", port=9090)',
            'daemon.register(Calc, "calc")',
            "daemon.requestLoop()",
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: rpyc ThreadedServer subclass under a decorator of the file (its own patch: it may return any class), pure CalcService",
        rpc("dev-py71t-rpyc-subclass-decorated-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class CalcService(rpyc.Service):",
            "    def exposed_add(self, a, b):",
            "        return int(a) + int(b)",
            "def patch(cls):",
            "    return cls",
            "@patch",
            "class S(ThreadedServer):",
            "    pass",
            'S(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    // --- rpyc: what a "pure" exposed method returns is passed by reference (a netref the client may call).
    // Was a MISS (fixed in round 71): rpyc/core/protocol.py DEFAULT_CONFIG (allow_safe_attrs=True, safe_attrs holds __iter__ and __next__) and rpyc docs "Security"/"Attribute access" (objects that are not brine-able are passed by reference: a netref; calling a netref is HANDLE_CALL, no attribute check): exposed_opener returns the builtin open, so a client calls it as root (`f = conn.root.opener()('/etc/kubernetes/kubelet.conf')`, `list(f)` through the safe __iter__) and reads the kubelet's credentials. pythonPureBody checks only calls, imports and dunders, so `return open` is pure. Fix: for rpyc (whose results are netrefs), a pure body may name no builtin but PYTHON_PURE_BUILTINS and return no unbound name (any name not a parameter, a local or a literal): `open`, `exec` (held: pythonDynamic), `setattr` (held), `vars`, `globals`, `type` ... are capabilities.
    dev(
        "rpc.py: rpyc CalcService.exposed_opener returns the builtin open (a netref the client calls as root)",
        rpc("dev-py70t-rpyc-returns-open-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class CalcService(rpyc.Service):",
            "    def exposed_opener(self):",
            "        return open",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: rpyc CalcService.exposed_runner returns the builtin exec (the client runs any Python as root)",
        rpc("dev-py70t-rpyc-returns-exec-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class CalcService(rpyc.Service):",
            "    def exposed_runner(self):",
            "        return exec",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: rpyc CalcService.exposed_pair returns (int, setattr) (a tuple of callables, each a netref)",
        rpc("dev-py70t-rpyc-returns-setattr-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class CalcService(rpyc.Service):",
            "    def exposed_pair(self):",
            "        return (int, setattr)",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    // Round 71 neighbours (what a pure method names): a module global (what the module read as root), a builtin through a
    // comprehension's scope, a builtin bound as a class attribute, a builtin given as a default, and an inherited
    // attribute through self are no pure method's own.
    dev(
        "rpc.py: rpyc exposed_token returns the module global TOKEN, the kubelet's credentials read at start",
        rpc("dev-py71t-rpyc-returns-global-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            'TOKEN = open("/etc/kubernetes/kubelet.conf").read()',
            "class CalcService(rpyc.Service):",
            "    def exposed_token(self):",
            "        return TOKEN",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: rpyc exposed_f binds open only in a comprehension, then returns open (the builtin: Python 3 scoping)",
        rpc("dev-py71t-rpyc-comprehension-open-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class CalcService(rpyc.Service):",
            "    def exposed_f(self):",
            "        [open for open in (1,)]",
            "        return open",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: rpyc CalcService class attribute exposed_opener = open (an exposed netref), pure exposed_add",
        rpc("dev-py71t-rpyc-attribute-open-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class CalcService(rpyc.Service):",
            "    exposed_opener = open",
            "    def exposed_add(self, a, b):",
            "        return int(a) + int(b)",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        'rpc.py: rpyc CalcService class attribute after a docstring on one line (`"doc"; exposed_opener = open`)',
        rpc("dev-py71t-rpyc-docstring-semicolon-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class CalcService(rpyc.Service):",
            '    "Calc."; exposed_opener = open',
            "    def exposed_add(self, a, b):",
            "        return int(a) + int(b)",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: rpyc exposed_get(self, f=open) returns its default (the builtin open)",
        rpc("dev-py71t-rpyc-default-open-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class CalcService(rpyc.Service):",
            "    def exposed_get(self, f=open):",
            "        return f",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: rpyc exposed_proto returns self._protocol (rpyc's Connection class, inherited from Service)",
        rpc("dev-py71t-rpyc-self-protocol-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class CalcService(rpyc.Service):",
            "    def exposed_proto(self):",
            "        return self._protocol",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: module-level `int = open`, then rpyc exposed_f returns int (the module's int: open)",
        rpc("dev-py71t-rpyc-rebound-builtin-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "int = open",
            "class CalcService(rpyc.Service):",
            "    def exposed_f(self):",
            "        return int",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 71): rpyc/core/protocol.py (Connection.__init__: `self._config = DEFAULT_CONFIG.copy(); self._config.update(config)`) and rpyc docs "Security" (allow_all_attrs lets a client reach any attribute: `conn.root.exposed_add.__globals__['__builtins__']` ...): writing the module's DEFAULT_CONFIG is protocol_config={"allow_all_attrs": True} (refused, round 70) for every connection: a client runs any Python as root on 0.0.0.0:18861. pythonServesPureClasses reads only the server call's arguments. Fix: any use of rpyc's DEFAULT_CONFIG (a write, an update, an import of it) or of rpyc.core.protocol makes the rpyc server a shell.
    dev(
        'rpc.py: rpyc pure CalcService; rpyc.core.protocol.DEFAULT_CONFIG["allow_all_attrs"] = True (every connection)',
        rpc("dev-py70t-rpyc-default-config-nodes", [
            "import rpyc",
            "import rpyc.core.protocol",
            "from rpyc.utils.server import ThreadedServer",
            'rpyc.core.protocol.DEFAULT_CONFIG["allow_all_attrs"] = True',
            "class CalcService(rpyc.Service):",
            "    def exposed_add(self, a, b):",
            "        return int(a) + int(b)",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 71): same class: DEFAULT_CONFIG.update(allow_public_attrs=True, allow_setattr=True, allow_delattr=True) through `from rpyc.core.protocol import DEFAULT_CONFIG` (rpyc docs "Security": allow_public_attrs exposes every public attribute, allow_setattr lets the client rebind them). Fix as above.
    dev(
        "rpc.py: rpyc pure CalcService; DEFAULT_CONFIG.update(allow_public_attrs=True, allow_setattr=True) (from import)",
        rpc("dev-py70t-rpyc-default-config-update-nodes", [
            "import rpyc",
            "from rpyc.core.protocol import DEFAULT_CONFIG",
            "from rpyc.utils.server import ThreadedServer",
            "DEFAULT_CONFIG.update(allow_public_attrs=True, allow_setattr=True, allow_delattr=True)",
            "class CalcService(rpyc.Service):",
            "    def exposed_add(self, a, b):",
            "        return int(a) + int(b)",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: rpyc pure CalcService; `import rpyc.core.protocol as p` then p.DEFAULT_CONFIG.update(allow_all_attrs=True)",
        rpc("dev-py71t-rpyc-default-config-alias-nodes", [
            "import rpyc",
            "import rpyc.core.protocol as p",
            "from rpyc.utils.server import ThreadedServer",
            "cfg = p.DEFAULT_CONFIG",
            "cfg.update(allow_all_attrs=True)",
            "class CalcService(rpyc.Service):",
            "    def exposed_add(self, a, b):",
            "        return int(a) + int(b)",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        'rpc.py: rpyc pure CalcService served with protocol_config={"allow_all_attrs": True}',
        rpc("dev-py71t-rpyc-protocol-config-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class CalcService(rpyc.Service):",
            "    def exposed_add(self, a, b):",
            "        return int(a) + int(b)",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861, protocol_config={"allow_all_attrs": True}).start()',
        ]),
        REFUSED,
    ),
    // Round 71 neighbours (Pyro5 behavior/serve, XML-RPC private helpers): an instance_creator (any callable), serve of
    // a class reading files or with a daemon of its own, and a private helper reading files are refused.
    dev(
        'rpc.py: Pyro5 @behavior(instance_mode="single", instance_creator=lambda c: c()) (any callable), pure add',
        rpc("dev-py71t-pyro5-behavior-creator-nodes", [
            "import Pyro5.api",
            "@Pyro5.api.expose",
            '@Pyro5.api.behavior(instance_mode="single", instance_creator=lambda c: c())',
            "class Calc:",
            "    def add(self, a, b):",
            "        return int(a) + int(b)",
            'daemon = Pyro5.api.Daemon(host="0.0.0.0", port=9090)',
            'daemon.register(Calc, "calc")',
            "daemon.requestLoop()",
        ]),
        REFUSED,
    ),
    dev(
        'rpc.py: Pyro5.api.serve({Files: "files"}, host="0.0.0.0", use_ns=False), Files.read returns any file',
        rpc("dev-py71t-pyro5-serve-files-nodes", [
            "import Pyro5.api",
            "@Pyro5.api.expose",
            "class Files:",
            "    def read(self, path):",
            "        return open(path).read()",
            'Pyro5.api.serve({Files: "files"}, host="0.0.0.0", port=9090, use_ns=False)',
        ]),
        REFUSED,
    ),
    dev(
        'rpc.py: Pyro5.api.serve({Calc: "calc"}, daemon=D(), use_ns=False) (a Daemon of the file\'s own), pure Calc',
        rpc("dev-py71t-pyro5-serve-daemon-nodes", [
            "import Pyro5.api",
            "from ops import D",
            "@Pyro5.api.expose",
            "class Calc:",
            "    def add(self, a, b):",
            "        return int(a) + int(b)",
            'Pyro5.api.serve({Calc: "calc"}, host="0.0.0.0", port=9090, daemon=D(), use_ns=False)',
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: SimpleXMLRPCServer register_instance(Calc()) whose add returns self._read(a), a private file reader",
        rpc("dev-py71t-xmlrpc-instance-private-read-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            "class Calc:",
            "    def _read(self, x):",
            "        return open(x).read()",
            "    def add(self, a, b):",
            "        return self._read(a)",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000), allow_none=True)',
            "server.register_instance(Calc())",
            "server.serve_forever()",
        ]),
        REFUSED,
    ),
    dev(
        'rpc.py: rpyc pure CalcService served, but globals()["CalcService"] = FilesService before the server starts',
        rpc("dev-py70t-rpyc-globals-rebind-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class FilesService(rpyc.Service):",
            "    def exposed_read(self, path):",
            "        return open(path).read()",
            "class CalcService(rpyc.Service):",
            "    def exposed_add(self, a, b):",
            "        return int(a) + int(b)",
            'globals()["CalcService"] = FilesService',
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        'rpc.py: zerorpc.Server(Calc()) pure, but vars()["Calc"] = Files first (a module namespace write by string)',
        rpc("dev-py70t-zerorpc-vars-rebind-nodes", [
            "import zerorpc",
            "class Files:",
            "    def read(self, path):",
            "        return open(path).read()",
            "class Calc:",
            "    def add(self, a, b):",
            "        return int(a) + int(b)",
            'vars()["Calc"] = Files',
            "s = zerorpc.Server(Calc())",
            's.bind("tcp://0.0.0.0:4242")',
            "s.run()",
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: Pyro5 Daemon registering Calc() where the expose'd Calc's pure method returns open (serpent: no netref)",
        rpc("dev-py70t-pyro5-register-loop-nodes", [
            "import Pyro5.api",
            "@Pyro5.api.expose",
            "class Files:",
            "    def read(self, path):",
            "        return open(path).read()",
            'daemon = Pyro5.api.Daemon(host="0.0.0.0", port=9090)',
            "for cls in (Files,):",
            "    daemon.register(cls)",
            "daemon.requestLoop()",
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: zerorpc.Server subclass with a read method of any path, S() serving itself (methods=None)",
        rpc("dev-py70t-zerorpc-server-subclass-nodes", [
            "import zerorpc",
            "class S(zerorpc.Server):",
            "    def read(self, path):",
            "        return open(path).read()",
            "s = S()",
            's.bind("tcp://0.0.0.0:4242")',
            "s.run()",
        ]),
        REFUSED,
    ),
    // --- Round 71 (fix71-pypure): the twins of the pure-method rule's secure neighbours (module constants, f-strings,
    // comprehension scopes, literal server options): what reaches the client is still root's file or a builtin.
    dev(
        "rpc.py: rpyc exposed_opener returns OPENER, a module name bound once at top level to the builtin open (no literal)",
        rpc("dev-py71p-rpyc-global-open-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "OPENER = open",
            "class CalcService(rpyc.Service):",
            "    def exposed_opener(self):",
            "        return OPENER",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: XML-RPC status() returns VERSION, bound to a literal and then rebound to the kubelet's credentials",
        rpc("dev-py71p-xmlrpc-global-rebound-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            'VERSION = "1.4.2"',
            'VERSION = open("/etc/kubernetes/kubelet.conf").read()',
            "def status():",
            "    return VERSION",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.register_function(status)",
            "server.serve_forever()",
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: XML-RPC status() returns VERSION (a literal), rebound by `global VERSION` in a function the server runs",
        rpc("dev-py71p-xmlrpc-global-written-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            'VERSION = "1.4.2"',
            "def load():",
            "    global VERSION",
            '    VERSION = open("/etc/kubernetes/kubelet.conf").read()',
            "load()",
            "def status():",
            "    return VERSION",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.register_function(status)",
            "server.serve_forever()",
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: rpyc exposed_units returns UNITS (a literal tuple), rebound on a compound header's line (`if True: UNITS = open`)",
        rpc("dev-py71p-rpyc-global-header-rebound-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            'UNITS = ("cm", "m")',
            "if True: UNITS = open",
            "class CalcService(rpyc.Service):",
            "    def exposed_units(self):",
            "        return UNITS",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        'rpc.py: rpyc exposed_units returns UNITS = ["cm"], a list the module appends open to (a mutable literal)',
        rpc("dev-py71p-rpyc-global-list-mutated-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            'UNITS = ["cm"]',
            "UNITS.append(open)",
            "class CalcService(rpyc.Service):",
            "    def exposed_units(self):",
            "        return UNITS",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: rpyc exposed_scale returns SCALE * a, SCALE a literal imported over by a star import (any module name)",
        rpc("dev-py71p-rpyc-global-star-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "SCALE = 2",
            "from ops_settings import *",
            "class CalcService(rpyc.Service):",
            "    def exposed_scale(self, a):",
            "        return SCALE * int(a)",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: rpyc exposed_f rebinds PI by a for statement at top level (for PI in (open,): pass), then returns it",
        rpc("dev-py71p-rpyc-global-for-rebound-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "PI = 3.14159",
            "for PI in (open,):",
            "    pass",
            "class CalcService(rpyc.Service):",
            "    def exposed_f(self):",
            "        return PI",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        'rpc.py: Pyro5 Calc.describe returns f"{open(path).read()}" (an f-string field reading any file)',
        rpc("dev-py71p-pyro5-fstring-open-nodes", [
            "import Pyro5.api",
            "@Pyro5.api.expose",
            "class Calc:",
            "    def describe(self, path):",
            '        return f"contents: {open(path).read()}"',
            'daemon = Pyro5.api.Daemon(host="0.0.0.0", port=9090)',
            'daemon.register(Calc, "calc")',
            "daemon.requestLoop()",
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: XML-RPC show(a) formats a with a nested format-spec field reading the kubelet's credentials (ValueError echoes it)",
        rpc("dev-py71p-xmlrpc-fstring-spec-open-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            "def show(a):",
            "    return f\"{int(a):{open('/etc/kubernetes/kubelet.conf').read()}}\"",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.register_function(show)",
            "server.serve_forever()",
        ]),
        REFUSED,
    ),
    dev(
        'rpc.py: rpyc exposed_f returns f"{o!r}" of a name read only in the f-string: the module\'s o = open (a global)',
        rpc("dev-py71p-rpyc-fstring-global-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            'o = open("/etc/kubernetes/kubelet.conf").read()',
            "class CalcService(rpyc.Service):",
            "    def exposed_f(self):",
            '        return f"{o!r}"',
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        'rpc.py: XML-RPC status() returns VERSION = f"{open(...).read()}" (an f-string: no literal, its field reads a file)',
        rpc("dev-py71p-xmlrpc-global-fstring-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            "VERSION = f\"{open('/etc/kubernetes/kubelet.conf').read()}\"",
            "def status():",
            "    return VERSION",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.register_function(status)",
            "server.serve_forever()",
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: rpyc exposed_show(fmt) returns str(fmt).format(self): the client's format string walks self's methods to the globals (TOKEN)",
        rpc("dev-py71p-rpyc-format-client-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            'TOKEN = open("/etc/kubernetes/kubelet.conf").read()',
            "class CalcService(rpyc.Service):",
            "    def exposed_show(self, fmt):",
            "        return str(fmt).format(self)",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        'rpc.py: rpyc exposed_show() returns "{0.exposed_show.__func__.__globals__[TOKEN]}".format(self) (a literal format string)',
        rpc("dev-py71p-rpyc-format-literal-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            'TOKEN = open("/etc/kubernetes/kubelet.conf").read()',
            "class CalcService(rpyc.Service):",
            "    def exposed_show(self):",
            '        return "{0.exposed_show.__func__.__globals__[TOKEN]}".format(self)',
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: rpyc exposed_lines returns [x for x in x]: the first iterable is the module's x (the kubelet's credentials)",
        rpc("dev-py71p-rpyc-comprehension-iterable-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            'x = open("/etc/kubernetes/kubelet.conf").read()',
            "class CalcService(rpyc.Service):",
            "    def exposed_double(self, x):",
            "        return 2 * int(x)",
            "    def exposed_lines(self):",
            "        return [x for x in x]",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: rpyc exposed_f returns [f for f in (open,)] (the comprehension's element is the builtin open, a netref)",
        rpc("dev-py71p-rpyc-comprehension-leak-open-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class CalcService(rpyc.Service):",
            "    def exposed_double(self, f):",
            "        return 2 * int(f)",
            "    def exposed_f(self):",
            "        return [f for f in (open,)]",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: rpyc exposed_f reads v after its comprehension ([v for v in (1,)]; return v): outside it v is the module's",
        rpc("dev-py71p-rpyc-comprehension-escape-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            'v = open("/etc/kubernetes/kubelet.conf").read()',
            "class CalcService(rpyc.Service):",
            "    def exposed_f(self):",
            "        [v for v in (1,)]",
            "        return v",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
        REFUSED,
    ),
    // Python docs "xmlrpc.server" (register_instance): "Enabling the allow_dotted_names option allows intruders to
    // access your module's global variables and may allow intruders to execute arbitrary code on your machine": no
    // harmless option, refused as the server's subclass setting it (whatever the instance registered later sets).
    dev(
        "rpc.py: SimpleXMLRPCServer subclass setting allow_dotted_names = True, register_instance(Calc()) pure",
        rpc("dev-py71p-xmlrpc-subclass-dotted-names-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            "class Calc:",
            "    def add(self, a, b):",
            "        return int(a) + int(b)",
            "class S(SimpleXMLRPCServer):",
            "    allow_dotted_names = True",
            "    allow_none = True",
            'server = S(("0.0.0.0", 8000))',
            "server.register_instance(Calc())",
            "server.serve_forever()",
        ]),
        REFUSED,
    ),
    dev(
        "rpc.py: SimpleXMLRPCServer subclass setting encoding = ENC (a name, no literal: the module's call), pure add",
        rpc("dev-py71p-xmlrpc-subclass-encoding-name-nodes", [
            ...pureCalcXml,
            'ENC = print(open("/etc/kubernetes/kubelet.conf").read())',
            "class S(SimpleXMLRPCServer):",
            "    encoding = ENC",
            'server = S(("0.0.0.0", 8000))',
            "server.register_function(add)",
            "server.serve_forever()",
        ]),
        REFUSED,
    ),
    // --- socketserver / asyncio servers.
    // Was a MISS (fixed in round 71): Python docs "asyncio Streams" (start_server(client_connected_cb, host=None, port=None): "Start a socket server"; host "0.0.0.0"): every connection gets /etc/kubernetes/kubelet.conf (the kubelet's credentials) from root on 0.0.0.0:8001. PYTHON_SERVER_BINDS (userData.ts) has no asyncio start_server/create_server (only SOCKET_SHELL_CODE's python -c socket reading knows them), so the program has no listener. Fix: read asyncio.start_server(cb, host, port) / loop.create_server(factory, host, port) (host None: every interface) as servers whose served code the pack does not read (unknown) unless loopback.
    dev(
        'rpc.py: asyncio.start_server(handle, "0.0.0.0", 8001) whose handle writes /etc/kubernetes/kubelet.conf',
        rpc("dev-py70t-asyncio-start-server-nodes", [
            "import asyncio",
            "async def handle(reader, writer):",
            '    writer.write(open("/etc/kubernetes/kubelet.conf", "rb").read())',
            "    await writer.drain()",
            "    writer.close()",
            "async def main():",
            '    server = await asyncio.start_server(handle, "0.0.0.0", 8001)',
            "    await server.serve_forever()",
            "asyncio.run(main())",
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 71): same class: Python docs "asyncio Event Loop" (loop.create_server(protocol_factory, host=None, port=None): "If host is ... None, all interfaces are assumed"): the protocol sends root's read of any named file on every address. Not read (no PYTHON_SERVER_BINDS entry; the loop object is not resolved). Fix as above: any `.create_server(` attribute call is a server on every address unless its host is a loopback literal.
    dev(
        "rpc.py: loop.create_server(Proto, port=8001) (host None: every interface) whose Proto sends any file named",
        rpc("dev-py70t-asyncio-create-server-nodes", [
            "import asyncio",
            "class Proto(asyncio.Protocol):",
            "    def connection_made(self, transport):",
            "        self.t = transport",
            "    def data_received(self, data):",
            "        self.t.write(open(data.decode().strip(), 'rb').read())",
            "async def main():",
            "    loop = asyncio.get_running_loop()",
            "    server = await loop.create_server(Proto, port=8001)",
            "    await server.serve_forever()",
            "asyncio.run(main())",
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 71): Python docs "socketserver" (TCPServer((host, port), RequestHandlerClass); the handler's handle() "must do all the work required to service a request"; '' is INADDR_ANY): H.handle writes root's read of any path the client names on 0.0.0.0:8001. the pack reads socketserver.TCPServer's address (PYTHON_SERVER_BINDS) but judges what it serves only for file-serving handler classes (pythonFileHandler), so a custom StreamRequestHandler is served as nothing. Fix: a socketserver/http.server server whose handler is no known file handler serves what the pack does not read (unknown) unless the handler's methods are pure (pythonPureClass-like: no open/os/subprocess/import); the health responder (secure side) stays accepted.
    dev(
        'rpc.py: socketserver.TCPServer(("", 8001), H) whose StreamRequestHandler.handle sends any file named',
        rpc("dev-py70t-socketserver-reader-nodes", [
            "import socketserver",
            "class H(socketserver.StreamRequestHandler):",
            "    def handle(self):",
            "        self.wfile.write(open(self.rfile.readline().strip(), 'rb').read())",
            'socketserver.TCPServer(("", 8001), H).serve_forever()',
        ]),
        REFUSED,
    ),
    dev(
        'user data: python3 -m http.server 8001 --bind 0 --directory /etc/kubernetes ("0" is INADDR_ANY)',
        devNodeScript("dev-py70t-http-server-bind-zero-nodes", [
            "nohup python3 -m http.server 8001 --bind 0 --directory /etc/kubernetes >/dev/null 2>&1 &",
        ]),
        REFUSED,
    ),
    // --- interpreters' valued options read as the script operand.
    // Was a MISS (fixed in round 71): Python docs "Command line and environment" (`--check-hash-based-pycs default|always|never`, Python 3.7+: the next word is its value): the script is /opt/ops/srv.py (written: http.server on /etc/kubernetes, 0.0.0.0:8001, as root). literalCommandWords' INTERPRETERS branch (INTERPRETER_CODE.python.valued = -W/-X only) takes `always` as the script operand, a file user data did not write (accepted as packaged). Fix: add --check-hash-based-pycs to python's valued options (here, and wherever pythonEntry parses python's options); better, an unknown long option before the script is unknown (fail closed).
    dev(
        'setup.py: subprocess.Popen(["python3", "--check-hash-based-pycs", "always", "/opt/ops/srv.py"]) (srv.py serves /etc/kubernetes)',
        setup(
            "dev-py70t-python-check-hash-nodes",
            [
                "import subprocess",
                'subprocess.Popen(["python3", "--check-hash-based-pycs", "always", "/opt/ops/srv.py"])',
            ],
            srvPy("/opt/ops/srv.py"),
        ),
        REFUSED,
    ),
    // Was a MISS (fixed in round 71): same class in user data's own line (python's command line read by pythonEntry/commandListeners): `always` taken as the script, srv.py (serving /etc/kubernetes on 0.0.0.0:8001) unread. Fix as above.
    dev(
        "user data: nohup python3 --check-hash-based-pycs always /opt/ops/srv.py & (srv.py serves /etc/kubernetes)",
        devNodeScript("dev-py70t-userdata-python-check-hash-nodes", [
            ...srvPy("/opt/ops/srv.py"),
            "nohup python3 --check-hash-based-pycs always /opt/ops/srv.py >/dev/null 2>&1 &",
        ]),
        REFUSED,
    ),
    // --- Round 71 neighbours (fix71-pyserve): socket servers whose handler is the program's own code, python's options.
    dev(
        'rpc.py: asyncio.start_server(health, "0.0.0.0", 8081) whose handler writes a module global read from kubelet.conf',
        rpc("dev-py71t-asyncio-start-server-global-nodes", [
            "import asyncio",
            'SECRET = open("/etc/kubernetes/kubelet.conf", "rb").read()',
            "async def health(reader, writer):",
            "    writer.write(SECRET)",
            "    await writer.drain()",
            "async def main():",
            '    server = await asyncio.start_server(health, "0.0.0.0", 8081)',
            "    await server.serve_forever()",
            "asyncio.run(main())",
        ]),
        REFUSED,
    ),
    dev(
        'rpc.py: asyncio.get_running_loop().create_server(Proto, "0.0.0.0", 8001) (a chained call) sending kubelet.conf',
        rpc("dev-py71t-asyncio-chained-create-server-nodes", [
            "import asyncio",
            "class Proto(asyncio.Protocol):",
            "    def connection_made(self, transport):",
            '        transport.write(open("/etc/kubernetes/kubelet.conf", "rb").read())',
            "async def main():",
            '    server = await asyncio.get_running_loop().create_server(Proto, "0.0.0.0", 8001)',
            "    await server.serve_forever()",
            "asyncio.run(main())",
        ]),
        REFUSED,
    ),
    dev(
        'rpc.py: socket.create_server(("", 8001)); accept(); sendall(kubelet.conf)',
        rpc("dev-py71t-socket-create-server-nodes", [
            "import socket",
            's = socket.create_server(("", 8001))',
            "while True:",
            "    c, _ = s.accept()",
            '    c.sendall(open("/etc/kubernetes/kubelet.conf", "rb").read())',
            "    c.close()",
        ]),
        REFUSED,
    ),
    dev(
        'rpc.py: socketserver.UDPServer(("0.0.0.0", 8001), H) whose DatagramRequestHandler sends any file named',
        rpc("dev-py71t-socketserver-udp-reader-nodes", [
            "import socketserver",
            "class H(socketserver.DatagramRequestHandler):",
            "    def handle(self):",
            "        self.wfile.write(open(self.rfile.readline().strip(), 'rb').read())",
            'socketserver.UDPServer(("0.0.0.0", 8001), H).serve_forever()',
        ]),
        REFUSED,
    ),
    dev(
        'rpc.py: http.server.HTTPServer(("0.0.0.0", 8001), H) whose BaseHTTPRequestHandler.do_GET sends open(self.path)',
        rpc("dev-py71t-http-base-handler-reader-nodes", [
            "from http.server import HTTPServer, BaseHTTPRequestHandler",
            "class H(BaseHTTPRequestHandler):",
            "    def do_GET(self):",
            "        self.send_response(200)",
            "        self.end_headers()",
            '        self.wfile.write(open(self.path, "rb").read())',
            'HTTPServer(("0.0.0.0", 8001), H).serve_forever()',
        ]),
        REFUSED,
    ),
    dev(
        'rpc.py: class S(ThreadingMixIn, TCPServer) with allow_reuse_address; S(("", 8001), H) whose handler sends any file named',
        rpc("dev-py71t-derived-server-reader-nodes", [
            "import socketserver",
            "class S(socketserver.ThreadingMixIn, socketserver.TCPServer):",
            "    allow_reuse_address = True",
            "class H(socketserver.StreamRequestHandler):",
            "    def handle(self):",
            "        self.wfile.write(open(self.rfile.readline().strip(), 'rb').read())",
            'S(("", 8001), H).serve_forever()',
        ]),
        REFUSED,
    ),
    dev(
        'rpc.py: a TCPServer subclass whose finish_request sends kubelet.conf (the handler itself writes b"ok")',
        rpc("dev-py71t-derived-server-finish-request-nodes", [
            "import socketserver",
            "class S(socketserver.TCPServer):",
            "    def finish_request(self, request, client_address):",
            '        request.sendall(open("/etc/kubernetes/kubelet.conf", "rb").read())',
            "class H(socketserver.BaseRequestHandler):",
            "    def handle(self):",
            '        self.request.sendall(b"ok\\n")',
            'S(("", 8081), H).serve_forever()',
        ]),
        REFUSED,
    ),
    dev(
        "user data: nohup python3 -X dev --check-hash-based-pycs never -u /opt/ops/srv.py & (srv.py serves /etc/kubernetes)",
        devNodeScript("dev-py71t-userdata-python-options-mixed-nodes", [
            ...srvPy("/opt/ops/srv.py"),
            "nohup python3 -X dev --check-hash-based-pycs never -u /opt/ops/srv.py >/dev/null 2>&1 &",
        ]),
        REFUSED,
    ),
    dev(
        "user data: python3 --check-hash-based-pycs always -m http.server 8001 --directory /etc/kubernetes",
        devNodeScript("dev-py71t-userdata-python-check-hash-module-nodes", [
            "nohup python3 --check-hash-based-pycs always -m http.server 8001 --directory /etc/kubernetes >/dev/null 2>&1 &",
        ]),
        REFUSED,
    ),
    dev(
        "user data: python3 --no-such-option /opt/ops/srv.py (an option the pack does not know: fail closed)",
        devNodeScript("dev-py71t-userdata-python-unknown-long-option-nodes", [
            ...srvPy("/opt/ops/srv.py"),
            "nohup python3 --no-such-option always /opt/ops/srv.py >/dev/null 2>&1 &",
        ]),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.Popen(["python3", "-Q", "new", "/opt/ops/srv.py"]) (Python 2 -Q takes a value)',
        setup(
            "dev-py71t-python-q-valued-nodes",
            ["import subprocess", 'subprocess.Popen(["python3", "-Q", "new", "/opt/ops/srv.py"])'],
            srvPy("/opt/ops/srv.py"),
        ),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.run(["uname", "-r"], env=dict(os.environ, LD_PRELOAD="/opt/ops/hook.so")) (a loader variable)',
        setup("dev-py71t-env-dict-environ-preload-nodes", [
            "import os, subprocess",
            'subprocess.run(["uname", "-r"], env=dict(os.environ, LD_PRELOAD="/opt/ops/hook.so"), check=True)',
        ]),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.run(["uname", "-r"], env=dict(extra, LC_ALL="C")) (a mapping the pack does not read)',
        setup("dev-py71t-env-dict-other-mapping-nodes", [
            "import json, subprocess",
            'extra = json.load(open("/opt/ops/env.json"))',
            'subprocess.run(["uname", "-r"], env=dict(extra, LC_ALL="C"), check=True)',
        ]),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.run(["id"], user=os.environ["RUN_AS"]) (an account the pack cannot know)',
        setup("dev-py71t-user-not-literal-nodes", [
            "import os, subprocess",
            'subprocess.run(["id"], user=os.environ["RUN_AS"], check=True)',
        ]),
        REFUSED,
    ),
    dev(
        'setup.py: fd = os.open(kubelet.conf); subprocess.run(["date", "-u"], pass_fds=(fd,)) (a descriptor the pack does not know)',
        setup("dev-py71t-pass-fds-open-file-nodes", [
            "import os, subprocess",
            'fd = os.open("/etc/kubernetes/kubelet.conf", os.O_RDONLY)',
            'subprocess.run(["date", "-u"], pass_fds=(fd,))',
        ]),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.Popen(["perl", "-I", "/usr/share/perl5", "/opt/ops/srv.pl"]) (srv.pl serves /etc/kubernetes)',
        setup(
            "dev-py70t-perl-include-dir-nodes",
            ["import subprocess", 'subprocess.Popen(["perl", "-I", "/usr/share/perl5", "/opt/ops/srv.pl"])'],
            heredocFile("/opt/ops/srv.pl", ['chdir "/etc/kubernetes"; exec "python3", "-m", "http.server", "8001";']),
        ),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.Popen(["ruby", "-C", "/usr/share", "/opt/ops/srv.rb"]) (srv.rb serves /etc/kubernetes)',
        setup(
            "dev-py70t-ruby-chdir-option-nodes",
            ["import subprocess", 'subprocess.Popen(["ruby", "-C", "/usr/share", "/opt/ops/srv.rb"])'],
            heredocFile("/opt/ops/srv.rb", [
                'Dir.chdir("/etc/kubernetes")',
                'exec("python3", "-m", "http.server", "8001")',
            ]),
        ),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.run(["sh", "-s"], input="...http.server on /etc/kubernetes...") (-s: commands from stdin)',
        setup("dev-py70t-sh-s-input-nodes", [
            "import subprocess",
            'subprocess.run(["sh", "-s"], input="python3 -m http.server 8001 -d /etc/kubernetes", text=True)',
        ]),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.run(["bash", "-"], input="...http.server on /etc/kubernetes...") (`-` ends options, no operand)',
        setup("dev-py70t-bash-dash-input-nodes", [
            "import subprocess",
            'subprocess.run(["bash", "-"], input="python3 -m http.server 8001 -d /etc/kubernetes", text=True)',
        ]),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.run(["python3", "-u"], input="...http.server on /etc/kubernetes...") (no script: stdin)',
        setup("dev-py70t-python-u-input-nodes", [
            "import subprocess",
            'subprocess.run(["python3", "-u"], input="import os; os.chdir(\'/etc/kubernetes\'); os.system(\'python3 -m http.server 8001\')", text=True)',
        ]),
        REFUSED,
    ),
    dev(
        'setup.py: asyncio.create_subprocess_exec("sh", stdin=PIPE) then communicate(b"...http.server...")',
        setup("dev-py70t-asyncio-sh-pipe-nodes", [
            "import asyncio",
            "async def main():",
            '    p = await asyncio.create_subprocess_exec("sh", stdin=asyncio.subprocess.PIPE)',
            '    await p.communicate(b"python3 -m http.server 8001 -d /etc/kubernetes")',
            "asyncio.run(main())",
        ]),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.run(["node", "--require=/opt/ops/srv.js", "/opt/ops/ok.js"]) (srv.js serves /etc/kubernetes)',
        setup(
            "dev-py70t-node-require-equals-nodes",
            ["import subprocess", 'subprocess.run(["node", "--require=/opt/ops/srv.js", "/opt/ops/ok.js"])'],
            [
                ...heredocFile("/opt/ops/srv.js", [
                    "require('child_process').spawn('python3', ['-m', 'http.server', '8001'], {cwd: '/etc/kubernetes', detached: true});",
                ]),
                ...heredocFile("/opt/ops/ok.js", ["console.log('ok');"]),
            ],
        ),
        REFUSED,
    ),
    // --- env= neighbours.
    dev(
        'setup.py: subprocess.run(["uname", "-r"], env={"LC_ALL": "C", "LOCPATH": "/opt/ops/loc"}) (LOCPATH: glibc locale files)',
        setup("dev-py70t-env-locpath-nodes", [
            "import subprocess",
            'subprocess.run(["uname", "-r"], env={"LC_ALL": "C", "LOCPATH": "/opt/ops/loc"})',
        ]),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.run(["./srv"], cwd="/opt/ops", env={"LC_ALL": "C"}) (a relative program: cwd\'s)',
        setup(
            "dev-py70t-env-relative-program-nodes",
            ["import subprocess", 'subprocess.run(["./srv"], cwd="/opt/ops", env={"LC_ALL": "C"})'],
            [
                ...heredocFile("/opt/ops/srv", ["#!/bin/sh", "cd /etc/kubernetes && exec python3 -m http.server 8001"]),
                "chmod 0755 /opt/ops/srv",
            ],
        ),
        REFUSED,
    ),
    dev(
        'setup.py: subprocess.run(["python3", "/opt/ops/srv.py"], env={"LANG": "C.UTF-8"}) (srv.py serves /etc/kubernetes)',
        setup(
            "dev-py70t-env-python-script-nodes",
            ["import subprocess", 'subprocess.run(["python3", "/opt/ops/srv.py"], env={"LANG": "C.UTF-8"})'],
            srvPy("/opt/ops/srv.py"),
        ),
        REFUSED,
    ),
    // --- Go: os/exec Cmd fields written by a tuple assignment, standard input by StdinPipe.
    // Was a MISS (fixed in round 71): Go spec "Assignment statements" (a tuple assignment `x, y = a, b` assigns each operand): `c.Dir, c.WaitDelay = "/etc/kubernetes", 0` sets os/exec Cmd.Dir ("Dir specifies the working directory of the command"), so http.server serves /etc/kubernetes on 0.0.0.0:8001 as root. literalExecCommands' field-write regex `\.\s*(Dir|Env|...)\s*=` needs `=` right after the field name, so a tuple target is missed and the command is judged in the program's directory. Fix: any write to a Cmd field (also as one of several targets: `\.\s*(Dir|Env|Path|Args|Stdin|SysProcAttr|ExtraFiles|Stdout|Stderr)\s*(,|=)` ) is unread; better, any `.Dir`/`.Stdin`/... mention.
    dev(
        'go: c := exec.Command("python3", "-m", "http.server", "8001"); c.Dir, c.WaitDelay = "/etc/kubernetes", 0 (a tuple assignment)',
        goMain("dev-py70t-go-tuple-dir-nodes", [
            "package main",
            "",
            "import (",
            '\t"os"',
            '\t"os/exec"',
            ")",
            "",
            "func main() {",
            '\tc := exec.Command("python3", "-m", "http.server", "8001")',
            '\tc.Dir, c.WaitDelay = "/etc/kubernetes", 0',
            "\tc.Stdout = os.Stdout",
            "\t_ = c.Run()",
            "}",
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 71): Go os/exec ("StdinPipe returns a pipe that will be connected to the command's standard input when the command starts"): the program writes `cd /etc/kubernetes && python3 -m http.server 8001` into `sh /dev/stdin`, root serving the kubelet's credentials on 0.0.0.0:8001. the pack (userData.ts sourcesListeners: a Go source's stdin is always "none", the null device, when no `.Stdin =` is written) reads `sh /dev/stdin` as an empty script. Fix: a Go source naming StdinPipe (or Stdin at all) has unknown stdin: literalExecCommands undefined.
    dev(
        'go: c := exec.Command("sh", "/dev/stdin"); w, _ := c.StdinPipe(); io.WriteString(w, "...http.server...")',
        goMain("dev-py70t-go-stdin-pipe-nodes", [
            "package main",
            "",
            "import (",
            '\t"io"',
            '\t"os/exec"',
            ")",
            "",
            "func main() {",
            '\tc := exec.Command("sh", "/dev/stdin")',
            "\tw, _ := c.StdinPipe()",
            "\t_ = c.Start()",
            '\tio.WriteString(w, "cd /etc/kubernetes && python3 -m http.server 8001\\n")',
            "\tw.Close()",
            "\t_ = c.Wait()",
            "}",
        ]),
        REFUSED,
    ),
    // Was a MISS (fixed in round 71): same two classes: `c.Stdin, err = os.Open("/opt/ops/cmds")` (Go spec tuple assignment) gives bare `sh` the file's server line as its script; the field regex misses the tuple target and the stdin is taken as the null device ("none": sh runs nothing). Fix as above.
    dev(
        'go: c := exec.Command("sh"); c.Stdin, err = os.Open("/opt/ops/cmds") (a tuple assignment; cmds a server line)',
        devNodeScript("dev-py70t-go-tuple-stdin-nodes", [
            ...heredocFile("/opt/ops/cmds", ["python3 -m http.server 8001 -d /etc/kubernetes"]),
            "dnf install -y golang",
            ...heredocFile("/opt/ops/go.mod", ["module example.com/ops", "", "go 1.22"]),
            ...heredocFile("/opt/ops/main.go", [
                "package main",
                "",
                "import (",
                '\t"os"',
                '\t"os/exec"',
                ")",
                "",
                "func main() {",
                '\tc := exec.Command("sh")',
                "\tvar err error",
                '\tc.Stdin, err = os.Open("/opt/ops/cmds")',
                "\tif err != nil {",
                "\t\treturn",
                "\t}",
                "\t_ = c.Run()",
                "}",
            ]),
            "cd /opt/ops && go build -o /usr/local/bin/ops . && /usr/local/bin/ops",
        ]),
        REFUSED,
    ),
    // Round 71 neighbours (goCmdFieldWritten, the Cmd's bindings, StdinPipe): a Cmd field as the last of several
    // targets, an element of Args, a parenthesized target, the Cmd handed to json.Unmarshal (encoding/json sets its
    // exported fields by name), a bare sh given a StdinPipe, CommandContext's balanced context with a server command.
    dev(
        'go: x, c.Dir = 0, "/etc/kubernetes" (the Cmd field the last of several targets)',
        goMain("dev-py71t-go-tuple-last-nodes", [
            "package main",
            "",
            "import (",
            '\t"os/exec"',
            ")",
            "",
            "func main() {",
            '\tc := exec.Command("python3", "-m", "http.server", "8001")',
            "\tvar x int",
            '\tx, c.Dir = 0, "/etc/kubernetes"',
            "\t_ = x",
            "\t_ = c.Run()",
            "}",
        ]),
        REFUSED,
    ),
    dev(
        'go: c.Args[5] = "0.0.0.0" (an element of Args: --bind 127.0.0.1 rewritten)',
        goMain("dev-py71t-go-args-element-nodes", [
            "package main",
            "",
            "import (",
            '\t"os/exec"',
            ")",
            "",
            "func main() {",
            '\tc := exec.Command("python3", "-m", "http.server", "8001", "--bind", "127.0.0.1")',
            '\tc.Args[5] = "0.0.0.0"',
            "\t_ = c.Run()",
            "}",
        ]),
        REFUSED,
    ),
    dev(
        'go: (c.Dir) = "/etc/kubernetes" (a parenthesized target)',
        goMain("dev-py71t-go-paren-dir-nodes", [
            "package main",
            "",
            "import (",
            '\t"os/exec"',
            ")",
            "",
            "func main() {",
            '\tc := exec.Command("python3", "-m", "http.server", "8001")',
            '\t(c.Dir) = "/etc/kubernetes"',
            "\t_ = c.Run()",
            "}",
        ]),
        REFUSED,
    ),
    dev(
        'go: json.Unmarshal([]byte(`{"Dir": "/etc/kubernetes"}`), c) (the Cmd handed to another function)',
        goMain("dev-py71t-go-json-cmd-nodes", [
            "package main",
            "",
            "import (",
            '\t"encoding/json"',
            '\t"os/exec"',
            ")",
            "",
            "func main() {",
            '\tc := exec.Command("python3", "-m", "http.server", "8001")',
            '\t_ = json.Unmarshal([]byte(`{"Dir": "/etc/kubernetes"}`), c)',
            "\t_ = c.Run()",
            "}",
        ]),
        REFUSED,
    ),
    dev(
        'go: c := exec.Command("sh"); w, _ := c.StdinPipe() (a bare shell reading what the program writes)',
        goMain("dev-py71t-go-stdin-pipe-bare-sh-nodes", [
            "package main",
            "",
            "import (",
            '\t"io"',
            '\t"os/exec"',
            ")",
            "",
            "func main() {",
            '\tc := exec.Command("sh")',
            "\tw, _ := c.StdinPipe()",
            "\t_ = c.Start()",
            '\tio.WriteString(w, "python3 -m http.server 8001 -d /etc/kubernetes\\n")',
            "\tw.Close()",
            "\t_ = c.Wait()",
            "}",
        ]),
        REFUSED,
    ),
    dev(
        'go: exec.CommandContext(context.Background(), "python3", "-m", "http.server", "8001", "-d", "/etc/kubernetes") (a server, the context balanced)',
        goMain("dev-py71t-go-command-context-server-nodes", [
            "package main",
            "",
            "import (",
            '\t"context"',
            '\t"os/exec"',
            ")",
            "",
            "func main() {",
            '\tc := exec.CommandContext(context.Background(), "python3", "-m", "http.server", "8001", "-d", "/etc/kubernetes")',
            "\t_ = c.Run()",
            "}",
        ]),
        REFUSED,
    ),
];

const secure: NodeCase[] = [
    dev(
        "rpc.py: the rpyc docs' Service template (on_connect/on_disconnect pass, exposed_get_answer returns 42)",
        rpc("dev-py70s-rpyc-docs-template-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class MyService(rpyc.Service):",
            "    def on_connect(self, conn):",
            "        pass",
            "    def on_disconnect(self, conn):",
            "        pass",
            "    def exposed_get_answer(self):",
            "        return 42",
            "    def get_question(self):",
            '        return "what is the airspeed velocity of an unladen swallow?"',
            "ThreadedServer(MyService, port=18861).start()",
        ]),
    ),
    // Was a MISS (fixed in round 71): secure refused. rpyc docs "Services" (its MyService template: `exposed_the_real_answer_though = 43`, an exposed attribute) — an int constant gives clients nothing. pythonPureClass refuses every class-body statement but defs, decorators, pass and docstrings. Fix: allow class attributes bound to a literal (int, str, tuple/list of literals), as for ALIASES below.
    dev(
        "rpc.py: the rpyc docs' template with its class attribute exposed_the_real_answer_though = 43",
        rpc("dev-py70s-rpyc-docs-attribute-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class MyService(rpyc.Service):",
            "    def exposed_get_answer(self):",
            "        return 42",
            "    exposed_the_real_answer_though = 43",
            "ThreadedServer(MyService, port=18861).start()",
        ]),
    ),
    // Was a MISS (fixed in round 71): secure refused. rpyc/core/service.py (Service.ALIASES: the names a service registers under; get_service_name reads it): a list of strings serves nothing. pythonPureClass refuses the class attribute. Fix: literal class attributes (as above).
    dev(
        'rpc.py: rpyc CalcService with ALIASES = ["CALC"] (its registry name), pure exposed_add',
        rpc("dev-py70s-rpyc-aliases-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class CalcService(rpyc.Service):",
            '    ALIASES = ["CALC"]',
            "    def exposed_add(self, a, b):",
            "        return int(a) + int(b)",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
    ),
    // Round 71 neighbours (secure): a literal tuple attribute read through self, a comprehension over the arguments.
    dev(
        "rpc.py: rpyc CalcService with LIMITS = (0, 100) read through self.LIMITS, and a sum over a comprehension",
        rpc("dev-py71s-rpyc-self-literal-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class CalcService(rpyc.Service):",
            "    LIMITS = (0, 100)",
            '    exposed_version = "1.2"',
            "    def exposed_clamp(self, a):",
            "        low, high = self.LIMITS",
            "        return max(low, min(high, int(a)))",
            "    def exposed_total(self, values):",
            "        return sum(int(v) for v in values)",
            'ThreadedServer(CalcService, hostname="0.0.0.0", port=18861).start()',
        ]),
    ),
    dev(
        "rpc.py: rpyc OneShotServer(CalcService, port=18861) (hostname default), pure exposed_add",
        rpc("dev-py70s-rpyc-oneshot-nodes", [
            "from rpyc import Service",
            "from rpyc.utils.server import OneShotServer",
            "class CalcService(Service):",
            "    def exposed_add(self, a, b):",
            "        return int(a) + int(b)",
            "OneShotServer(CalcService, port=18861).start()",
        ]),
    ),
    // Was a MISS (fixed in round 71): secure refused. Pyro5 docs "Servers" (`@behavior(instance_mode="single")`: how many instances the daemon makes; it returns the class itself with an attribute set): a pure add. pythonServesPureClasses' decorator allowlist is expose|oneway only. Fix: allow Pyro5.api/server.behavior with literal arguments.
    dev(
        'rpc.py: Pyro5 @expose + @behavior(instance_mode="single") Calc with a pure add on 0.0.0.0:9090',
        rpc("dev-py70s-pyro5-behavior-nodes", [
            "import Pyro5.api",
            "@Pyro5.api.expose",
            '@Pyro5.api.behavior(instance_mode="single")',
            "class Calc:",
            "    def add(self, a, b):",
            "        return int(a) + int(b)",
            'daemon = Pyro5.api.Daemon(host="0.0.0.0", port=9090)',
            'daemon.register(Calc, "calc")',
            "daemon.requestLoop()",
        ]),
    ),
    dev(
        'rpc.py: Pyro5 from-imported expose and behavior("percall") on Calc, Daemon on 0.0.0.0:9090, pure add',
        rpc("dev-py71s-pyro5-behavior-imported-nodes", [
            "from Pyro5.api import Daemon, behavior, expose",
            "@expose",
            '@behavior("percall")',
            "class Calc:",
            "    def add(self, a, b):",
            "        return int(a) + int(b)",
            'daemon = Daemon(host="0.0.0.0", port=9090)',
            'daemon.register(Calc, "calc")',
            "daemon.requestLoop()",
        ]),
    ),
    // Was a MISS (fixed in round 71): secure refused. Pyro5 docs "Servers" (`serve(objects, host=None, port=0, daemon=None, use_ns=True, verbose=True)`: "a very basic method to fire up a daemon" registering the dict's classes): equivalent to Daemon + register of the pure Calc (accepted). PYTHON_DEBUGGERS' serve/serveSimple entry has no pureClasses. Fix: judge serve's dict-literal keys with pythonPureClass (Pyro5 only; Pyro4 serveSimple may use pickle).
    dev(
        'rpc.py: Pyro5.api.serve({Calc: "calc"}, host="0.0.0.0", port=9090, use_ns=False), Calc @expose\'d and pure',
        rpc("dev-py70s-pyro5-serve-nodes", [
            "import Pyro5.api",
            "@Pyro5.api.expose",
            "class Calc:",
            "    def add(self, a, b):",
            "        return int(a) + int(b)",
            'Pyro5.api.serve({Calc: "calc"}, host="0.0.0.0", port=9090, use_ns=False)',
        ]),
    ),
    dev(
        'rpc.py: from Pyro5.server import serve; serve({Calc(): "calc"}, host="0.0.0.0", use_ns=False, verbose=False)',
        rpc("dev-py71s-pyro5-serve-instance-nodes", [
            "from Pyro5.server import expose, serve",
            "@expose",
            "class Calc:",
            "    def add(self, a, b):",
            "        return int(a) + int(b)",
            'serve({Calc(): "calc"}, host="0.0.0.0", port=9090, use_ns=False, verbose=False)',
        ]),
    ),
    dev(
        'rpc.py: with Pyro5.api.Daemon(host="0.0.0.0", port=9090) as daemon: register(Calc()) (an instance), pure',
        rpc("dev-py70s-pyro5-with-instance-nodes", [
            "import Pyro5.api",
            "@Pyro5.api.expose",
            "class Calc:",
            "    def add(self, a, b):",
            "        return int(a) + int(b)",
            'with Pyro5.api.Daemon(host="0.0.0.0", port=9090) as daemon:',
            '    daemon.register(Calc(), objectId="calc")',
            "    daemon.requestLoop()",
        ]),
    ),
    dev(
        "rpc.py: SimpleXMLRPCServer subclass setting allow_reuse_address = True, register_function(add) pure",
        rpc("dev-py70s-xmlrpc-reuse-subclass-nodes", [
            ...pureCalcXml,
            "class S(SimpleXMLRPCServer):",
            "    allow_reuse_address = True",
            'server = S(("0.0.0.0", 8000))',
            "server.register_function(add)",
            "server.serve_forever()",
        ]),
    ),
    dev(
        "rpc.py: a one-line SimpleXMLRPCServer subclass (allow_reuse_address = True) and a docstring'd one (literal settings), pure add",
        rpc("dev-py71s-xmlrpc-subclass-inline-nodes", [
            ...pureCalcXml,
            "class S(SimpleXMLRPCServer): allow_reuse_address = True",
            "class T(S):",
            '    """Reuses its address, logs nothing."""',
            "    request_queue_size = 16",
            "    daemon_threads = True",
            'server = T(("0.0.0.0", 8000))',
            "server.register_function(add)",
            "server.serve_forever()",
        ]),
    ),
    // Was a MISS (fixed in round 71): secure refused. Python docs "xmlrpc.server" (register_instance: names beginning with '_' are not exposed): add calls the private pure _check through self. pythonPureBody allows calls to PYTHON_PURE_BUILTINS only, so `self._check(a)` is refused. Fix: in pythonPureClass, a call `self.NAME(...)` of a def of the same class (judged pure too) is pure.
    dev(
        "rpc.py: SimpleXMLRPCServer register_instance(Calc()) whose add validates with a private pure _check",
        rpc("dev-py70s-xmlrpc-instance-private-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            "class Calc:",
            '    """Arithmetic for the ops dashboard."""',
            "    def _check(self, x):",
            "        return int(x)",
            "    def add(self, a, b):",
            "        return self._check(a) + self._check(b)",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000), allow_none=True)',
            "server.register_instance(Calc())",
            "server.serve_forever()",
        ]),
    ),
    dev(
        "rpc.py: SimpleXMLRPCServer register_instance(Calc()) with the private pure _check, no allow_none",
        rpc("dev-py71s-xmlrpc-instance-private-plain-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            "class Calc:",
            "    def _check(self, x: int) -> int:",
            "        return int(x)",
            "    def add(self, a, b=0):",
            "        total = self._check(a)",
            "        total += self._check(b)",
            "        return total",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.register_instance(Calc())",
            "server.serve_forever()",
        ]),
    ),
    dev(
        "rpc.py: register_function(lookup) whose parameters are named id and type (locals, not the builtins)",
        rpc("dev-py71s-xmlrpc-builtin-named-params-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            "def lookup(id, type=0):",
            "    kinds = [str(k) for k in range(int(type) + 1)]",
            "    return {str(id): kinds}",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.register_function(lookup)",
            "server.serve_forever()",
        ]),
    ),
    // Round 71 (fix71-pypure) secure neighbours of the pure-method rule: a module constant bound once to a literal,
    // f-strings whose fields are pure, comprehension variables named elsewhere in the file, literal server options.
    dev(
        'rpc.py: rpyc GeometryService reading module constants PI = 3.14159 and UNITS = ("cm", "m") (literals bound once)',
        rpc("dev-py71p-rpyc-module-constants-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "PI = 3.14159",
            'UNITS = ("cm", "m")',
            "class GeometryService(rpyc.Service):",
            "    def exposed_area(self, r):",
            "        return PI * float(r) * float(r)",
            "    def exposed_units(self):",
            "        return UNITS",
            'ThreadedServer(GeometryService, hostname="0.0.0.0", port=18861).start()',
        ]),
    ),
    dev(
        'rpc.py: XML-RPC status service: VERSION = "1.4.2", MAX_ITEMS = 100 at module level, status()/clamp() read them',
        rpc("dev-py71p-xmlrpc-module-constants-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            '"""Ops status service."""',
            'VERSION = "1.4.2"',
            "MAX_ITEMS = 100",
            "DEBUG = False",
            "def status():",
            '    return {"version": VERSION, "debug": DEBUG}',
            "def clamp(n):",
            "    return min(int(n), MAX_ITEMS)",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.register_function(status)",
            "server.register_function(clamp)",
            "server.serve_forever()",
        ]),
    ),
    dev(
        'rpc.py: Pyro5 Calc.describe returns f"{int(a)} + {int(b)} = {int(a) + int(b)}" (pure fields, literal text)',
        rpc("dev-py71p-pyro5-fstring-nodes", [
            "import Pyro5.api",
            "@Pyro5.api.expose",
            "class Calc:",
            "    def describe(self, a, b):",
            '        return f"{int(a)} + {int(b)} = {int(a) + int(b)}"',
            "    def report(self, values):",
            "        total = sum(float(v) for v in values)",
            "        return f'total of {len(values)} values: {total:.2f} (mean {total / max(len(values), 1):{8}.3f})'",
            'daemon = Pyro5.api.Daemon(host="0.0.0.0", port=9090)',
            'daemon.register(Calc, "calc")',
            "daemon.requestLoop()",
        ]),
    ),
    dev(
        'rpc.py: XML-RPC greet(name) returns f"hello {name!r}, server {VERSION} says {{ok}}" (conversion, escaped braces)',
        rpc("dev-py71p-xmlrpc-fstring-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            'VERSION = "1.4.2"',
            "def greet(name):",
            '    return f"hello {name!r}, server {VERSION} says {{ok}} ({len(str(name))=})"',
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.register_function(greet)",
            "server.serve_forever()",
        ]),
    ),
    dev(
        'rpc.py: XML-RPC describe(a, b) returns "{} + {} = {:d}".format(...) and "{n!r:>8}".format(n=...) (plain fields)',
        rpc("dev-py71p-xmlrpc-format-plain-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            "def describe(a, b):",
            '    text = "{} + {} = {:d}".format(int(a), int(b), int(a) + int(b))',
            '    return text + " {n!r:>8} {{ok}}".format(n=str(a))',
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.register_function(describe)",
            "server.serve_forever()",
        ]),
    ),
    dev(
        "rpc.py: rpyc StatsService: exposed_squares([x * x for x in xs]) beside exposed_neg(x) (x named elsewhere)",
        rpc("dev-py71p-rpyc-comprehension-shared-nodes", [
            "import rpyc",
            "from rpyc.utils.server import ThreadedServer",
            "class StatsService(rpyc.Service):",
            "    def exposed_neg(self, x):",
            "        return -int(x)",
            "    def exposed_squares(self, xs):",
            "        return [int(x) * int(x) for x in xs if int(x) > 0]",
            "    def exposed_pairs(self, n):",
            "        return {i: [j for j in range(i)] for i in range(int(n))}",
            'ThreadedServer(StatsService, hostname="0.0.0.0", port=18861).start()',
        ]),
    ),
    dev(
        "rpc.py: XML-RPC total(values) sums int(v) for v in values; scale(v) names v too (comprehension scope)",
        rpc("dev-py71p-xmlrpc-comprehension-shared-nodes", [
            "from xmlrpc.server import SimpleXMLRPCServer",
            "def scale(v, k=2):",
            "    return int(v) * int(k)",
            "def total(values):",
            "    return sum(int(v) for v in values)",
            'server = SimpleXMLRPCServer(("0.0.0.0", 8000))',
            "server.register_function(scale)",
            "server.register_function(total)",
            "server.serve_forever()",
        ]),
    ),
    // Python docs "xmlrpc.server" (SimpleXMLRPCServer(addr, requestHandler, logRequests=True, allow_none=False,
    // encoding=None, bind_and_activate=True, use_builtin_types=False): logRequests turns request logging off, allow_none
    // and encoding "control the XML-RPC responses"), "socketserver" (request_queue_size: the listen backlog).
    dev(
        'rpc.py: SimpleXMLRPCServer subclass with logRequests = False, allow_none = True, encoding = "utf-8", request_queue_size = 5',
        rpc("dev-py71p-xmlrpc-subclass-options-nodes", [
            ...pureCalcXml,
            "class QuietServer(SimpleXMLRPCServer):",
            '    """An XML-RPC server that logs nothing."""',
            "    logRequests = False",
            "    allow_none = True",
            '    encoding = "utf-8"',
            "    use_builtin_types = True",
            "    request_queue_size = 5",
            'server = QuietServer(("0.0.0.0", 8000))',
            "server.register_function(add)",
            "server.serve_forever()",
        ]),
    ),
    dev(
        'rpc.py: socketserver.TCPServer(("0.0.0.0", 8081), H) whose handle writes b"ok\\n" (a health responder)',
        rpc("dev-py70s-socketserver-health-nodes", [
            "import socketserver",
            "class H(socketserver.BaseRequestHandler):",
            "    def handle(self):",
            '        self.request.sendall(b"ok\\n")',
            'socketserver.TCPServer(("0.0.0.0", 8081), H).serve_forever()',
        ]),
    ),
    dev(
        'rpc.py: asyncio.start_server(health, "127.0.0.1", 8081) writing b"ok\\n" (loopback)',
        rpc("dev-py70s-asyncio-health-loopback-nodes", [
            "import asyncio",
            "async def health(reader, writer):",
            '    writer.write(b"ok\\n")',
            "    await writer.drain()",
            "    writer.close()",
            "async def main():",
            '    server = await asyncio.start_server(health, "127.0.0.1", 8081)',
            "    await server.serve_forever()",
            "asyncio.run(main())",
        ]),
    ),
    // --- Round 71 neighbours (fix71-pyserve): pure handlers beyond loopback.
    dev(
        'rpc.py: asyncio.start_server(echo, "0.0.0.0", 8081) answering each line with b"ok " + the line (a pure handler)',
        rpc("dev-py71s-asyncio-start-server-echo-nodes", [
            "from asyncio import run, start_server",
            "async def echo(reader, writer):",
            "    line = await reader.readline()",
            '    writer.write(b"ok " + line.strip() + b"\\n")',
            "    await writer.drain()",
            "    writer.close()",
            "async def main():",
            '    server = await start_server(echo, "0.0.0.0", 8081)',
            "    await server.serve_forever()",
            "run(main())",
        ]),
    ),
    dev(
        'rpc.py: loop.create_server(Health, "0.0.0.0", 8081) whose Protocol writes b"ok\\n" on its transport',
        rpc("dev-py71s-asyncio-protocol-health-nodes", [
            "import asyncio",
            "class Health(asyncio.Protocol):",
            '    """Answers every connection with ok."""',
            "    def connection_made(self, transport):",
            '        transport.write(b"ok\\n")',
            "        transport.close()",
            "async def main():",
            "    loop = asyncio.get_running_loop()",
            '    server = await loop.create_server(Health, "0.0.0.0", 8081)',
            "    await server.serve_forever()",
            "asyncio.run(main())",
        ]),
    ),
    dev(
        'rpc.py: HTTPServer(("0.0.0.0", 8081), H) whose BaseHTTPRequestHandler.do_GET answers b"ok" (a health page)',
        rpc("dev-py71s-http-base-handler-health-nodes", [
            "from http.server import HTTPServer, BaseHTTPRequestHandler",
            "class H(BaseHTTPRequestHandler):",
            "    def do_GET(self):",
            "        self.send_response(200)",
            '        self.send_header("Content-Type", "text/plain")',
            "        self.end_headers()",
            '        self.wfile.write(b"ok\\n")',
            'HTTPServer(("0.0.0.0", 8081), H).serve_forever()',
        ]),
    ),
    dev(
        'rpc.py: class S(ThreadingMixIn, TCPServer) with allow_reuse_address; S(("", 8081), H) whose handler writes b"ok"',
        rpc("dev-py71s-derived-server-health-nodes", [
            "import socketserver",
            "class S(socketserver.ThreadingMixIn, socketserver.TCPServer):",
            "    allow_reuse_address = True",
            "class H(socketserver.BaseRequestHandler):",
            "    def handle(self):",
            '        self.request.sendall(b"ok\\n")',
            'S(("", 8081), H).serve_forever()',
        ]),
    ),
    dev(
        "user data: python3 -m http.server 8081 --bind 127.0.0.1 --directory /opt/ops/static (loopback, a static dir)",
        devNodeScript("dev-py70s-http-server-loopback-nodes", [
            "mkdir -p /opt/ops/static",
            "nohup python3 -m http.server 8081 --bind 127.0.0.1 --directory /opt/ops/static >/dev/null 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 71): secure refused. Python docs "subprocess" (env: a mapping used instead of the inherited environment) and "Built-in Functions" dict(mapping, **kwargs): `dict(os.environ, LC_ALL="C")` is the inherited environment (what no env= gives, accepted) plus LC_ALL. pythonRunnerKeywordsKnown takes only a dict literal. Fix: read `dict(os.environ, K=V, ...)` / `{**os.environ, K: V}` with PYTHON_ENV_HARMLESS keys as the inherited environment (judged as with no env=).
    dev(
        'setup.py: subprocess.run(["uname", "-r"], env=dict(os.environ, LC_ALL="C")) (the inherited environment plus LC_ALL)',
        setup("dev-py70s-env-dict-environ-nodes", [
            "import os, subprocess",
            'subprocess.run(["uname", "-r"], env=dict(os.environ, LC_ALL="C"), check=True)',
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 71): secure refused. Python docs "subprocess" (Popen umask: "the umask(2) system call will be made in the child process prior to the execution"): uname creates no file. PYTHON_RUNNER_KEYWORDS lacks umask. Fix: add umask with an integer literal.
    dev(
        'setup.py: subprocess.run(["uname", "-r"], umask=0o022) (a file-creation mask: uname creates nothing)',
        setup("dev-py70s-umask-nodes", [
            "import subprocess",
            'subprocess.run(["uname", "-r"], umask=0o022, check=True)',
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 71): secure refused. Python docs "subprocess" (Popen user/group: "the setreuid()/setregid() system call will be made in the child process"): `id` as nobody prints. PYTHON_RUNNER_KEYWORDS lacks user/group (round 69's fix note named them). Fix: add user/group/extra_groups naming a non-root account (a literal other than root/0), the command judged as before.
    dev(
        'setup.py: subprocess.run(["id"], user="nobody", group="nobody") (dropping privileges)',
        setup("dev-py70s-user-nobody-nodes", [
            "import subprocess",
            'subprocess.run(["id"], user="nobody", group="nobody", check=True)',
        ]),
        /./,
    ),
    dev(
        'setup.py: subprocess.check_output(["git", "-C", "/opt/ops", "rev-parse", "HEAD"], env={"LC_ALL": "C"}, text=True)',
        setup("dev-py70s-git-env-nodes", [
            "import subprocess",
            'rev = subprocess.check_output(["git", "-C", "/opt/ops", "rev-parse", "HEAD"], env={"LC_ALL": "C"}, text=True)',
            "print(rev)",
        ]),
    ),
    dev(
        'setup.py: asyncio.create_subprocess_exec("uname", "-r", stdout=PIPE, stderr=PIPE); communicate()',
        setup("dev-py70s-asyncio-exec-pipes-nodes", [
            "import asyncio",
            "from asyncio.subprocess import PIPE",
            "async def main():",
            '    p = await asyncio.create_subprocess_exec("uname", "-r", stdout=PIPE, stderr=PIPE)',
            "    out, err = await p.communicate()",
            "    print(out.decode())",
            "asyncio.run(main())",
        ]),
    ),
    dev(
        'setup.py: subprocess.run(["sh", "-s"], input="uname -r\\nid") (a shell reading harmless lines)',
        setup("dev-py70s-sh-s-harmless-nodes", [
            "import subprocess",
            'subprocess.run(["sh", "-s"], input="uname -r\\nid", text=True, check=True)',
        ]),
    ),
    // Was a MISS (fixed in round 71): secure refused. Python docs "subprocess" (pass_fds: "an optional sequence of file descriptors to keep open"; an empty tuple keeps none): `date -u` only prints. PYTHON_RUNNER_KEYWORDS lacks pass_fds. Fix: add pass_fds with an empty literal sequence.
    dev(
        'setup.py: subprocess.run(["date", "-u"], cwd="/opt/ops", env={"TZ": "UTC"}, pass_fds=())',
        setup("dev-py70s-date-tz-pass-fds-nodes", [
            "import subprocess",
            'subprocess.run(["date", "-u"], cwd="/opt/ops", env={"TZ": "UTC"}, pass_fds=())',
        ]),
        /./,
    ),
    // --- Round 71 neighbours (fix71-pyserve): keywords and python's options, secure side.
    dev(
        'setup.py: subprocess.run(["uname", "-r"], env=dict(os.environ, TZ="UTC", LANG="C.UTF-8"), umask=0o077)',
        setup("dev-py71s-env-dict-umask-strict-nodes", [
            "import os, subprocess",
            'subprocess.run(["uname", "-r"], env=dict(os.environ, TZ="UTC", LANG="C.UTF-8"), umask=0o077, check=True)',
        ]),
    ),
    dev(
        'setup.py: subprocess.run(["id"], user=65534, group=65534, extra_groups=[]) (nobody by id, no groups)',
        setup("dev-py71s-user-ids-nodes", [
            "import subprocess",
            'subprocess.run(["id"], user=65534, group=65534, extra_groups=[], check=True)',
        ]),
    ),
    dev(
        "user data: python3 --check-hash-based-pycs never -X utf8 /opt/ops/hello.py (a script that prints)",
        devNodeScript("dev-py71s-userdata-python-check-hash-hello-nodes", [
            ...heredocFile("/opt/ops/hello.py", ['print("hello")']),
            "python3 --check-hash-based-pycs never -X utf8 /opt/ops/hello.py",
        ]),
    ),
    // Was a MISS (fixed in round 71): secure refused. Go os/exec (CommandContext(ctx, name, arg...): Command with a context): `uname -r` only prints. literalExecCommands' call regex takes `[^()]*` arguments, so `context.Background()` inside the call leaves it unmatched: "main.go starts a process". The same call with the context by a name is accepted (below). Fix: parse CommandContext's first argument as any balanced expression, the rest as literals.
    dev(
        'go: exec.CommandContext(ctx, "uname", "-r") with c.Stdout = os.Stdout (a literal harmless command)',
        goMain("dev-py70s-go-command-context-nodes", [
            "package main",
            "",
            "import (",
            '\t"context"',
            '\t"os"',
            '\t"os/exec"',
            ")",
            "",
            "func main() {",
            '\tc := exec.CommandContext(context.Background(), "uname", "-r")',
            "\tc.Stdout = os.Stdout",
            "\t_ = c.Run()",
            "}",
        ]),
    ),
    dev(
        'go: ctx, cancel := context.WithTimeout(...); exec.CommandContext(ctx, "uname", "-r") (the context by a name)',
        goMain("dev-py70s-go-command-context-name-nodes", [
            "package main",
            "",
            "import (",
            '\t"context"',
            '\t"os"',
            '\t"os/exec"',
            '\t"time"',
            ")",
            "",
            "func main() {",
            "\tctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)",
            "\tdefer cancel()",
            '\tc := exec.CommandContext(ctx, "uname", "-r")',
            "\tc.Stdout = os.Stdout",
            "\t_ = c.Run()",
            "}",
        ]),
    ),
    // Round 71 secure twins: uname given a StdinPipe (stdin unknown, but uname reads none), a Cmd whose fields are only
    // read (fmt.Println(c.Args, c.Dir)), CommandContext with context.TODO() and a Stdout written to os.Stdout.
    dev(
        'go: c := exec.Command("uname", "-r"); w, _ := c.StdinPipe(); w.Close() (uname reads no input)',
        goMain("dev-py71s-go-stdin-pipe-uname-nodes", [
            "package main",
            "",
            "import (",
            '\t"os/exec"',
            ")",
            "",
            "func main() {",
            '\tc := exec.Command("uname", "-r")',
            "\tw, _ := c.StdinPipe()",
            "\tw.Close()",
            "\t_ = c.Run()",
            "}",
        ]),
    ),
    dev(
        "go: fmt.Println(c.Args, c.Dir) (Cmd fields only read) then c.Run() of uname -r",
        goMain("dev-py71s-go-fields-read-nodes", [
            "package main",
            "",
            "import (",
            '\t"fmt"',
            '\t"os"',
            '\t"os/exec"',
            ")",
            "",
            "func main() {",
            '\tc := exec.Command("uname", "-r")',
            "\tc.Stdout = os.Stdout",
            "\tfmt.Println(c.Args, c.Dir)",
            "\t_ = c.Run()",
            "}",
        ]),
    ),
    dev(
        'go: exec.CommandContext(context.TODO(), "systemctl", "is-active", "kubelet").Run()',
        goMain("dev-py71s-go-command-context-todo-nodes", [
            "package main",
            "",
            "import (",
            '\t"context"',
            '\t"os/exec"',
            ")",
            "",
            "func main() {",
            '\t_ = exec.CommandContext(context.TODO(), "systemctl", "is-active", "kubelet").Run()',
            "}",
        ]),
    ),
];

describeNodeCases(
    "red team 70: node user data, Python programs: RPC servers, standard input, keywords, Go",
    insecure,
    secure,
);
