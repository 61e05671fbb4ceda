// Red-team round 56 on EKS NODE user data (fresh eyes): remote-control listeners beyond JDWP/JMX and Python's
// debuggers and file servers. Probed: JVM: Byteman's agent listener (address:), Arthas attach (--target-ip), Jolokia's
// attach mode (`java -jar jolokia... start PID`), WildFly standalone.sh --debug '*:8787', Kafka's KAFKA_DEBUG with
// JAVA_DEBUG_PORT; Python: debugpy (-m --listen and debugpy.listen in code), remote-pdb (constructor and
// PYTHONBREAKPOINT/REMOTE_PDB_HOST), ptvsd.enable_attach, web-pdb's default host, rpyc_classic, django-extensions
// runserver_plus; file servers: a unit's python3 -m http.server with no WorkingDirectory= (systemd's default /),
// os.chdir("/") + SimpleHTTPRequestHandler, `python3 -m twisted web --path /`, wsgidav, updog, `ruby -run -e httpd /`,
// Sanic app.static, Bottle static_file, Falcon add_static_route; secure neighbours (debugpy on loopback, jcmd
// ManagementAgent.start_local, a Python comment naming debug=True, JMX with jmxremote.host=127.0.0.1, flask --debug on
// 127.0.0.1, Byteman's default localhost listener, Kafka JMX with authentication, Sanic serving its own assets).
// Noted, not filed: `app.run(host="0.0.0.0")` of a Sanic app without debug=False is refused as "may be in debug mode"
// (README: an app from a module the pack does not read, given a host, may be), and `FLASK_DEBUG=0 flask run --host
// 0.0.0.0` is refused by the fail-closed unread-listener rule (README: a plain app server beyond loopback).
// Misses (all fixed in round 56: `Was a MISS` comments, the doc checked): insecure — Byteman's listener:true,address:0.0.0.0, debugpy.listen in
// code, RemotePdb("0.0.0.0", ...), ptvsd.enable_attach, web_pdb.set_trace() (default host ''), Sanic app.static,
// Bottle static_file(root="/"), Falcon add_static_route (8); secure — a `#` comment holding app.run(debug=True) in a
// Flask script (1).
import { describeNodeCases, devNodeCase, NodeCase, devNodeScript, systemdUnit, heredocFile } from "./nodeBuilders";

const dev = devNodeCase;

const script = devNodeScript;

const unit = systemdUnit;

const file = heredocFile;

const LEDGER = "-Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar";
const RUN_LEDGER = `nohup java ${LEDGER} >/var/log/ledger.log 2>&1 &`;
const RUN_APP = "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &";

const insecure: NodeCase[] = [
    // JVM remote-control agents beyond JDWP/JMX/Jolokia.
    // Was a MISS (fixed in round 56): Byteman Programmer's Guide ("listener:true" starts the agent listener bmsubmit uploads rules to; "address:"/
    // "port:" the host and port it binds, default localhost:9091; bytemanproject/byteman agent Main.java ADDRESS_PREFIX):
    // a rule's actions are Java run in the root JVM, so this is a served shell on every address. Only Jolokia's
    // -javaagent is read (jolokiaAgentListeners); Byteman's listener options are not.
    dev(
        "java -javaagent:byteman.jar=listener:true,address:0.0.0.0,port:9091 (Byteman's rule-submission listener)",
        script("dev-byteman-agent-listener-all-nodes", [
            "nohup java -javaagent:/opt/byteman/lib/byteman.jar=listener:true,address:0.0.0.0,port:9091 " +
                `${LEDGER} >/var/log/ledger.log 2>&1 &`,
        ]),
        /byteman|9091|0\.0\.0\.0/,
    ),
    dev(
        "java -jar arthas-boot.jar --target-ip 0.0.0.0 --select ledger.jar (Arthas console: ognl runs any code)",
        script("dev-arthas-target-ip-all-nodes", [
            RUN_LEDGER,
            "sleep 20",
            "nohup java -jar /opt/arthas/arthas-boot.jar --target-ip 0.0.0.0 --select ledger.jar --attach-only >/var/log/arthas.log 2>&1 &",
        ]),
        /arthas|0\.0\.0\.0|3658|8563/,
    ),
    dev(
        "java -jar jolokia-agent-jvm-javaagent.jar --host 0.0.0.0 start PID (Jolokia attached, no user)",
        script("dev-jolokia-attach-start-all-nodes", [
            RUN_LEDGER,
            "sleep 20",
            'java -jar /opt/jolokia/jolokia-agent-jvm-2.0.3-javaagent.jar --host 0.0.0.0 --port 8778 start "$(pgrep -f ledger.jar)"',
        ]),
        /jolokia|0\.0\.0\.0|8778/,
    ),
    dev(
        "WildFly standalone.sh --debug '*:8787' (JDWP on every address)",
        script("dev-wildfly-debug-all-nodes", [
            "nohup /opt/wildfly/bin/standalone.sh -b 127.0.0.1 --debug '*:8787' >/var/log/wildfly.log 2>&1 &",
        ]),
        /jdwp|8787|debug|standalone/,
    ),
    dev(
        "KAFKA_DEBUG=y JAVA_DEBUG_PORT='*:5005' kafka-server-start.sh (kafka-run-class.sh's JDWP)",
        script("dev-kafka-debug-all-nodes", [
            "export KAFKA_DEBUG=y",
            "export JAVA_DEBUG_PORT='*:5005'",
            "nohup /opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/kraft/server.properties >/var/log/kafka.log 2>&1 &",
        ]),
        /jdwp|5005|KAFKA|kafka/,
    ),
    // Python debuggers.
    dev(
        "python3 -m debugpy --listen 0.0.0.0:5678 /opt/ops/app.py (a DAP server: evaluate runs any code)",
        script("dev-debugpy-listen-all-nodes", [
            "nohup python3 -m debugpy --listen 0.0.0.0:5678 /opt/ops/app.py >/var/log/ops.log 2>&1 &",
        ]),
        /debugpy|5678|0\.0\.0\.0/,
    ),
    // Was a MISS (fixed in round 56): microsoft/debugpy README ("debugpy.listen(5678)" / `("0.0.0.0", 5678)`: "to allow other computers to attach";
    // the adapter's default host is 127.0.0.1, src/ptvsd/adapter/options.py): an attached DAP client's `evaluate` runs
    // any Python as root. The CLI form (`-m debugpy --listen`) is refused by the fail-closed rule; the in-code call is not.
    dev(
        'app.py: `import debugpy; debugpy.listen(("0.0.0.0", 5678))` before the app',
        script("dev-debugpy-listen-in-code-all-nodes", [
            // Round 72: worker is written (a module user data did not write is code the pack does not read: pythonUnreadCode).
            ...file("/opt/ops/worker.py", ["def main():", "    pass"]),
            ...file("/opt/ops/app.py", [
                "import debugpy",
                'debugpy.listen(("0.0.0.0", 5678))',
                "import worker",
                "worker.main()",
            ]),
            RUN_APP,
        ]),
        /debugpy|5678|app\.py|0\.0\.0\.0/,
    ),
    // Was a MISS (fixed in round 56): remote-pdb README ("Remote vanilla PDB (over TCP sockets)", `RemotePdb('127.0.0.1', 4444).set_trace()`, "To
    // connect just run telnet"): pdb's `!` statements run any Python as root; here on every address. The environment
    // form (PYTHONBREAKPOINT + REMOTE_PDB_HOST) is refused; the constructor in the script is not read.
    dev(
        'app.py: `from remote_pdb import RemotePdb; RemotePdb("0.0.0.0", 4444).set_trace()` (pdb on a TCP socket)',
        script("dev-remote-pdb-all-nodes", [
            // Round 72: worker is written (a module user data did not write is code the pack does not read: pythonUnreadCode).
            ...file("/opt/ops/worker.py", ["def main():", "    pass"]),
            ...file("/opt/ops/app.py", [
                "from remote_pdb import RemotePdb",
                "import worker",
                'RemotePdb("0.0.0.0", 4444).set_trace()',
                "worker.main()",
            ]),
            RUN_APP,
        ]),
        /pdb|4444|app\.py|0\.0\.0\.0/,
    ),
    dev(
        "PYTHONBREAKPOINT=remote_pdb.set_trace REMOTE_PDB_HOST=0.0.0.0 python3 app.py (breakpoint() opens remote pdb)",
        script("dev-remote-pdb-breakpoint-env-nodes", [
            // Round 72: worker is written (a module user data did not write is code the pack does not read: pythonUnreadCode).
            ...file("/opt/ops/worker.py", ["def main():", "    pass"]),
            ...file("/opt/ops/app.py", ["import worker", "breakpoint()", "worker.main()"]),
            "cd /opt/ops && PYTHONBREAKPOINT=remote_pdb.set_trace REMOTE_PDB_HOST=0.0.0.0 REMOTE_PDB_PORT=4444 " +
                "nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
        /pdb|4444|app\.py|0\.0\.0\.0/,
    ),
    // Was a MISS (fixed in round 56): ptvsd (debugpy's predecessor; DonJayamanne/vscode-python-samples remote-debugging-docker: "Allow other
    // computers to attach to ptvsd at this IP address and port", `ptvsd.enable_attach(address)`): a remote debugger
    // server on every address, evaluate runs any code as root. Not read.
    dev(
        'app.py: `import ptvsd; ptvsd.enable_attach(address=("0.0.0.0", 3000))` (debugpy\'s predecessor)',
        script("dev-ptvsd-enable-attach-all-nodes", [
            // Round 72: worker is written (a module user data did not write is code the pack does not read: pythonUnreadCode).
            ...file("/opt/ops/worker.py", ["def main():", "    pass"]),
            ...file("/opt/ops/app.py", [
                "import ptvsd",
                'ptvsd.enable_attach(address=("0.0.0.0", 3000), redirect_output=True)',
                "import worker",
                "worker.main()",
            ]),
            RUN_APP,
        ]),
        /ptvsd|3000|app\.py|0\.0\.0\.0/,
    ),
    // Was a MISS (fixed in round 56): web-pdb (romanvm/python-web-pdb web_pdb/__init__.py `WebPdb.__init__(self, host='', port=5555)`: "host:
    // web-UI hostname or IP-address"; README "allows to debug Python scripts remotely in a web-browser"): the default
    // host '' is every address, and its console runs pdb commands (any Python) as root. Not read.
    dev(
        "app.py: `import web_pdb; web_pdb.set_trace()` (web-pdb's default host '' : every address, port 5555)",
        script("dev-web-pdb-default-host-nodes", [
            // Round 72: worker is written (a module user data did not write is code the pack does not read: pythonUnreadCode).
            ...file("/opt/ops/worker.py", ["def main():", "    pass"]),
            ...file("/opt/ops/app.py", ["import web_pdb", "import worker", "web_pdb.set_trace()", "worker.main()"]),
            RUN_APP,
        ]),
        /pdb|5555|app\.py/,
    ),
    dev(
        "rpyc_classic --host 0.0.0.0 --port 18812 (RPyC classic server: remote Python, no authentication)",
        script("dev-rpyc-classic-all-nodes", [
            "pip3 install rpyc",
            "nohup rpyc_classic --host 0.0.0.0 --port 18812 >/var/log/rpyc.log 2>&1 &",
        ]),
        /rpyc|18812|0\.0\.0\.0/,
    ),
    dev(
        "python3 manage.py runserver_plus 0.0.0.0:8000 (django-extensions: the Werkzeug debugger)",
        script("dev-django-runserver-plus-all-nodes", [
            "cd /opt/ops && nohup python3 manage.py runserver_plus 0.0.0.0:8000 >/var/log/ops.log 2>&1 &",
        ]),
        /runserver|8000|manage|0\.0\.0\.0/,
    ),
    // File servers.
    dev(
        "a root unit ExecStart=python3 -m http.server 8000 with no WorkingDirectory= (a system unit's is /)",
        script("dev-http-server-unit-default-cwd-nodes", [
            ...unit("files", ["ExecStart=/usr/bin/python3 -m http.server 8000"]),
        ]),
        /http\.server|8000|serv/,
    ),
    dev(
        'files.py: os.chdir("/"); HTTPServer(("", 8000), SimpleHTTPRequestHandler) (serves the working directory)',
        script("dev-http-server-chdir-root-nodes", [
            ...file("/opt/ops/files.py", [
                "import os",
                "from http.server import HTTPServer, SimpleHTTPRequestHandler",
                'os.chdir("/")',
                'HTTPServer(("", 8000), SimpleHTTPRequestHandler).serve_forever()',
            ]),
            "nohup python3 /opt/ops/files.py >/var/log/files.log 2>&1 &",
        ]),
        /files\.py|8000|serv/,
    ),
    dev(
        "python3 -m twisted web --listen tcp:8080 --path / (the twist entry point as a module)",
        script("dev-python-m-twisted-web-root-nodes", [
            "nohup python3 -m twisted web --listen tcp:8080 --path / >/var/log/twisted.log 2>&1 &",
        ]),
        /twist|8080|serv/,
    ),
    dev(
        "wsgidav --host 0.0.0.0 --port 8080 --root / --auth anonymous (WebDAV read-write of /)",
        script("dev-wsgidav-root-anonymous-nodes", [
            "nohup wsgidav --host 0.0.0.0 --port 8080 --root / --auth anonymous >/var/log/wsgidav.log 2>&1 &",
        ]),
        /wsgidav|8080|0\.0\.0\.0/,
    ),
    dev(
        "updog -d /etc/kubernetes -p 9090 (updog binds 0.0.0.0 by default)",
        script("dev-updog-kubernetes-nodes", ["nohup updog -d /etc/kubernetes -p 9090 >/dev/null 2>&1 &"]),
        /updog|9090|kubernetes/,
    ),
    dev(
        "ruby -run -e httpd / -p 8000 (un.rb's WEBrick on every address)",
        script("dev-ruby-un-httpd-root-nodes", ["nohup ruby -run -e httpd / -p 8000 >/var/log/httpd.log 2>&1 &"]),
        /ruby|httpd|8000/,
    ),
    // Was a MISS (fixed in round 56): Sanic "Static files" (`app.static("/static", "/path/to/directory")`: "serve a file or a directory of files"):
    // Sanic's own route serves /etc/kubernetes (the kubelet's credentials) on 0.0.0.0 as root. Not among
    // pythonFileServerListeners' static-file APIs (debug=False here, so the unread-app debug rule does not fire).
    dev(
        'files.py: Sanic app.static("/k", "/etc/kubernetes"); app.run(host="0.0.0.0", debug=False)',
        script("dev-sanic-static-kubernetes-nodes", [
            ...file("/opt/ops/files.py", [
                "from sanic import Sanic",
                'app = Sanic("files")',
                'app.static("/k", "/etc/kubernetes")',
                'app.run(host="0.0.0.0", port=8000, debug=False, single_process=True)',
            ]),
            "nohup python3 /opt/ops/files.py >/var/log/files.log 2>&1 &",
        ]),
        /files\.py|kubernetes|8000|serv/,
    ),
    // Was a MISS (fixed in round 56): Bottle docs "Routing Static Files" (`static_file(filename, root='/path/to/your/static/files')`; the route
    // `/<filepath:path>` passes any path): every file under / (the node's secrets) on 0.0.0.0. Not read.
    dev(
        'files.py: Bottle route returning static_file(path, root="/"); run(host="0.0.0.0")',
        script("dev-bottle-static-file-root-nodes", [
            ...file("/opt/ops/files.py", [
                "from bottle import route, run, static_file",
                '@route("/<path:path>")',
                "def files(path):",
                '    return static_file(path, root="/")',
                'run(host="0.0.0.0", port=8080)',
            ]),
            "nohup python3 /opt/ops/files.py >/var/log/files.log 2>&1 &",
        ]),
        /files\.py|8080|serv/,
    ),
    // Was a MISS (fixed in round 56): Falcon API "App.add_static_route(prefix, directory, ...)": "Add a route to a directory of static files";
    // /etc/kubernetes served on waitress' 0.0.0.0 as root. Not among the static-file APIs the pack reads.
    dev(
        'files.py: Falcon app.add_static_route("/k", "/etc/kubernetes") under waitress on 0.0.0.0',
        script("dev-falcon-static-route-kubernetes-nodes", [
            ...file("/opt/ops/files.py", [
                "import falcon",
                "from waitress import serve",
                "app = falcon.App()",
                'app.add_static_route("/k", "/etc/kubernetes")',
                'serve(app, host="0.0.0.0", port=8080)',
            ]),
            "nohup python3 /opt/ops/files.py >/var/log/files.log 2>&1 &",
        ]),
        /files\.py|kubernetes|8080|serv/,
    ),
    // Neighbours of the round-56 fixes.
    dev(
        "java -javaagent:remote-agent.jar=port=7000 (an agent the pack does not know, given only a port: every address)",
        script("dev-unknown-agent-port-nodes", [
            `nohup java -javaagent:/opt/agents/remote-agent.jar=port=7000 ${LEDGER} >/var/log/ledger.log 2>&1 &`,
        ]),
        /remote-agent|7000|every address/,
    ),
    dev(
        'app.py: `from debugpy import listen; ADDR = ("", 5678); listen(ADDR)` (imported name, tuple by name, "" host)',
        script("dev-debugpy-listen-name-all-nodes", [
            // Round 72: worker is written (a module user data did not write is code the pack does not read: pythonUnreadCode).
            ...file("/opt/ops/worker.py", ["def main():", "    pass"]),
            ...file("/opt/ops/app.py", [
                "from debugpy import listen",
                'ADDR = ("", 5678)',
                "listen(ADDR)",
                "import worker",
                "worker.main()",
            ]),
            RUN_APP,
        ]),
        /debugpy|app\.py/,
    ),
    dev(
        'app.py: `import rpdb; rpdb.set_trace(addr="0.0.0.0")`',
        script("dev-rpdb-all-nodes", [
            // Round 72: worker is written (a module user data did not write is code the pack does not read: pythonUnreadCode).
            ...file("/opt/ops/worker.py", ["def main():", "    pass"]),
            ...file("/opt/ops/app.py", [
                "import rpdb",
                "import worker",
                'rpdb.set_trace(addr="0.0.0.0")',
                "worker.main()",
            ]),
            RUN_APP,
        ]),
        /rpdb|app\.py|0\.0\.0\.0/,
    ),
    dev(
        "app.py: `with web_pdb.catch_post_mortem():` (web-pdb's default host '' on a crash)",
        script("dev-web-pdb-post-mortem-nodes", [
            // Round 72: worker is written (a module user data did not write is code the pack does not read: pythonUnreadCode).
            ...file("/opt/ops/worker.py", ["def main():", "    pass"]),
            ...file("/opt/ops/app.py", [
                "import web_pdb",
                "import worker",
                "with web_pdb.catch_post_mortem():",
                "    worker.main()",
            ]),
            RUN_APP,
        ]),
        /pdb|app\.py/,
    ),
    dev(
        'app.py: `print("# no debug"); app.run(host="0.0.0.0", debug=True)` (a `#` in a string starts no comment)',
        script("dev-flask-hash-in-string-debug-nodes", [
            ...file("/opt/ops/app.py", [
                "from flask import Flask",
                "app = Flask(__name__)",
                'print("# no debug"); app.run(host="0.0.0.0", debug=True)',
            ]),
            RUN_APP,
        ]),
        /app\.py|debug/,
    ),
    dev(
        'files.py: Bottle static_file(path, root="/etc/kubernetes") through an alias',
        script("dev-bottle-static-file-alias-nodes", [
            ...file("/opt/ops/files.py", [
                "import bottle",
                "serve_file = bottle.static_file",
                '@bottle.route("/<path:path>")',
                "def files(path):",
                '    return serve_file(path, root="/etc/kubernetes")',
                'bottle.run(host="0.0.0.0", port=8080)',
            ]),
            "nohup python3 /opt/ops/files.py >/var/log/files.log 2>&1 &",
        ]),
        /files\.py|kubernetes|8080/,
    ),
];

const secure: NodeCase[] = [
    dev(
        "python3 -m debugpy --listen 127.0.0.1:5678 /opt/ops/app.py (loopback, as loopback JDWP)",
        script("dev-debugpy-listen-lo-ok-nodes", [
            "nohup python3 -m debugpy --listen 127.0.0.1:5678 /opt/ops/app.py >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "jcmd PID ManagementAgent.start_local (the local connector only: no port)",
        script("dev-jcmd-start-local-ok-nodes", [
            RUN_LEDGER,
            "sleep 20",
            'jcmd "$(pgrep -f ledger.jar)" ManagementAgent.start_local',
        ]),
    ),
    // Was a MISS (fixed in round 56): Python Language Reference "Comments" ("A comment starts with a hash character (#) that is not part of a string
    // literal, and ends at the end of the physical line ... Comments are ignored by the syntax"): the commented-out
    // app.run(debug=True) never runs; flaskScriptListeners reads calls in comments as code.
    dev(
        'app.py: a `# app.run(host="0.0.0.0", debug=True)` comment, then app.run(host="0.0.0.0")',
        script("dev-flask-comment-debug-ok-nodes", [
            ...file("/opt/ops/app.py", [
                "from flask import Flask",
                "app = Flask(__name__)",
                '# For local work only: app.run(host="0.0.0.0", debug=True)',
                'app.run(host="0.0.0.0", port=5000)',
            ]),
            RUN_APP,
        ]),
        /./,
    ),
    dev(
        "java with JMX port 9010, jmxremote.host=127.0.0.1 and authenticate=false (JDK-6425769: both sockets loopback)",
        script("dev-jmx-host-lo-ok-nodes", [
            "nohup java -Dcom.sun.management.jmxremote.port=9010 -Dcom.sun.management.jmxremote.host=127.0.0.1 " +
                "-Dcom.sun.management.jmxremote.authenticate=false -Dcom.sun.management.jmxremote.ssl=false " +
                `${LEDGER} >/var/log/ledger.log 2>&1 &`,
        ]),
    ),
    dev(
        "flask --app app run --debug --host 127.0.0.1 (Werkzeug's debugger on loopback only)",
        script("dev-flask-run-debug-lo-ok-nodes", [
            ...file("/opt/ops/app.py", ["from flask import Flask", "app = Flask(__name__)"]),
            "cd /opt/ops && nohup flask --app app run --debug --host 127.0.0.1 >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "java -javaagent:byteman.jar=listener:true (Byteman's listener on its default localhost:9091)",
        script("dev-byteman-agent-listener-lo-ok-nodes", [
            `nohup java -javaagent:/opt/byteman/lib/byteman.jar=listener:true ${LEDGER} >/var/log/ledger.log 2>&1 &`,
        ]),
    ),
    dev(
        "KAFKA_JMX_OPTS with authenticate=true and a password file, JMX_PORT=9999, kafka-server-start.sh",
        script("dev-kafka-jmx-auth-ok-nodes", [
            'export KAFKA_JMX_OPTS="-Dcom.sun.management.jmxremote -Dcom.sun.management.jmxremote.authenticate=true ' +
                '-Dcom.sun.management.jmxremote.password.file=/etc/kafka/jmxremote.password -Dcom.sun.management.jmxremote.ssl=false"',
            "export JMX_PORT=9999",
            "nohup /opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/kraft/server.properties >/var/log/kafka.log 2>&1 &",
        ]),
    ),
    dev(
        'files.py: Sanic app.static("/static", "/opt/ops/static") on 0.0.0.0, debug=False (the app\'s own assets)',
        script("dev-sanic-static-assets-ok-nodes", [
            ...file("/opt/ops/files.py", [
                "from sanic import Sanic",
                'app = Sanic("files")',
                'app.static("/static", "/opt/ops/static")',
                'app.run(host="0.0.0.0", port=8000, debug=False, single_process=True)',
            ]),
            "nohup python3 /opt/ops/files.py >/var/log/files.log 2>&1 &",
        ]),
    ),
    // Neighbours of the round-56 fixes.
    dev(
        "java -javaagent:byteman.jar=listener:false,address:0.0.0.0 (no listener started)",
        script("dev-byteman-no-listener-ok-nodes", [
            `nohup java -javaagent:/opt/byteman/lib/byteman.jar=listener:false,address:0.0.0.0 ${LEDGER} >/var/log/ledger.log 2>&1 &`,
        ]),
    ),
    dev(
        "java -javaagent:remote-agent.jar=host=127.0.0.1,port=7000 (an unknown agent on loopback)",
        script("dev-unknown-agent-lo-ok-nodes", [
            `nohup java -javaagent:/opt/agents/remote-agent.jar=host=127.0.0.1,port=7000 ${LEDGER} >/var/log/ledger.log 2>&1 &`,
        ]),
    ),
    dev(
        'app.py: `debugpy.listen(5678)` (a port alone: 127.0.0.1), after a `# debugpy.listen(("0.0.0.0", 5678))` comment',
        script("dev-debugpy-listen-port-ok-nodes", [
            // Round 72: worker is written (a module user data did not write is code the pack does not read: pythonUnreadCode).
            ...file("/opt/ops/worker.py", ["def main():", "    pass"]),
            ...file("/opt/ops/app.py", [
                "import debugpy",
                '# debugpy.listen(("0.0.0.0", 5678))',
                "debugpy.listen(5678)",
                "import worker",
                "worker.main()",
            ]),
            RUN_APP,
        ]),
    ),
    dev(
        'app.py: `RemotePdb("127.0.0.1", 4444).set_trace()` and `web_pdb.set_trace(host="127.0.0.1")`',
        script("dev-remote-pdb-lo-ok-nodes", [
            // Round 72: worker is written (a module user data did not write is code the pack does not read: pythonUnreadCode).
            ...file("/opt/ops/worker.py", ["def main():", "    pass"]),
            ...file("/opt/ops/app.py", [
                "from remote_pdb import RemotePdb",
                "import web_pdb",
                "import worker",
                'RemotePdb("127.0.0.1", 4444).set_trace()',
                'web_pdb.set_trace(host="127.0.0.1")',
                "worker.main()",
            ]),
            RUN_APP,
        ]),
    ),
    dev(
        'files.py: Bottle static_file(path, root="/opt/ops/static") and Falcon add_static_route("/s", "/opt/ops/static")',
        script("dev-bottle-falcon-static-assets-ok-nodes", [
            ...file("/opt/ops/files.py", [
                "import bottle",
                "import falcon",
                "from waitress import serve",
                '@bottle.route("/<path:path>")',
                "def files(path):",
                '    return bottle.static_file(path, root="/opt/ops/static")',
                "app = falcon.App()",
                'app.add_static_route("/s", "/opt/ops/static")',
                'serve(app, host="0.0.0.0", port=8080)',
            ]),
            "nohup python3 /opt/ops/files.py >/var/log/files.log 2>&1 &",
        ]),
    ),
];

describeNodeCases("red team 56: node user data, JVM and Python remote-control listeners", insecure, secure);
