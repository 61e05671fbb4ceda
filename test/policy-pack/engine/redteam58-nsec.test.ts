// Red-team round 58 on EKS NODE user data (fresh eyes): round 55-57's JVM and Python rules.
// Probed: JDWP's port-only address with the JDK release (a Temurin JRE 8 tarball linked first on PATH beside a corretto
// 17 package, the tarball alone, two JDK packages, a named JDK 8 path, a tarball whose directory names 17); Java agents
// (alibaba jvm-sandbox's `;`-separated ip=, an unknown agent's ip=, Arthas as -javaagent with -Darthas.ip, bminstall.sh
// -h, jcmd JVMTI.agent_load of Byteman, Jolokia's config= file, the Prometheus JMX exporter on loopback, the
// OpenTelemetry agent); Python debuggers (debugpy under `python3 -c`, by alias and keyword, Celery's rdb with
// CELERY_RDB_HOST, RPyC's SlaveService in code); FLASK_DEBUG through os.environ.setdefault/update; static files (Flask
// send_from_directory, http.server's handler through functools.partial, Tornado StaticFileHandler by name); comments
// (after an escaped backslash and a raw string, an apostrophe in a comment, a module docstring showing a call).
// Misses (all fixed in round 58: `Was a MISS` comments, the doc checked): insecure — a tarball JDK 8 first on PATH beside a JDK 17 package (port-only
// JDWP judged loopback), jvm-sandbox's `ip=0.0.0.0` (`;` options, no `ip` key), RPyC ThreadedServer(SlaveService,
// hostname="0.0.0.0") in code, Flask send_from_directory("/etc/kubernetes") (4); secure — a docstring showing
// debugpy.listen(("0.0.0.0", ...)) read as code (1).
import { describeNodeCases, devNodeCase, NodeCase, devNodeScript, heredocFile } from "./nodeBuilders";

const dev = devNodeCase;

const script = devNodeScript;

const file = heredocFile;

const LEDGER = "-Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar";
const RUN_LEDGER = `nohup java ${LEDGER} >/var/log/ledger.log 2>&1 &`;
const RUN_APP = "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &";
const JDWP_PORT = "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=5005";
/** Eclipse Temurin's JRE 8 tarball unpacked as its container images do (/opt/java/openjdk), put first on PATH. */
const TEMURIN8 = [
    "mkdir -p /opt/java/openjdk",
    "curl -fsSL -o /tmp/jre8.tar.gz https://github.com/adoptium/temurin8-binaries/releases/download/jdk8u422-b05/OpenJDK8U-jre_x64_linux_hotspot_8u422b05.tar.gz",
    "tar -xzf /tmp/jre8.tar.gz -C /opt/java/openjdk --strip-components=1",
    "ln -sf /opt/java/openjdk/bin/java /usr/local/bin/java",
];

const insecure: NodeCase[] = [
    // JDWP's port-only address and the JDK release (round 55).
    // Was a MISS (fixed in round 58): JDK 9 release note JDK-8041435 ("JDWP socket connector accept only local connections by default": before JDK 9
    // a port alone is every address); javaRelease takes the oldest JDK *package* user data installs and assumes the AMI has
    // no other, but a JDK unpacked from a tarball (as Temurin's own images do, /opt/java/openjdk) and linked first on
    // PATH (/usr/local/bin precedes /usr/bin in systemd's default PATH) is the `java` that runs: JDWP on every address.
    dev(
        "JRE 8 from a Temurin tarball on /usr/local/bin, corretto 17 from dnf, java JDWP address=5005 (JDK 8: every address)",
        script("dev-jdwp-port-tarball-jdk8-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            ...TEMURIN8,
            `nohup java ${JDWP_PORT} ${LEDGER} >/var/log/ledger.log 2>&1 &`,
        ]),
        /jdwp|5005/,
    ),
    dev(
        "JRE 8 from a Temurin tarball only, java JDWP address=5005 (release unknown: fail closed)",
        script("dev-jdwp-port-tarball-only-nodes", [
            ...TEMURIN8,
            `nohup java ${JDWP_PORT} ${LEDGER} >/var/log/ledger.log 2>&1 &`,
        ]),
        /jdwp|5005/,
    ),
    dev(
        "corretto 17 and corretto 8 from dnf, java JDWP address=5005 (alternatives may pick 8)",
        script("dev-jdwp-port-two-jdks-nodes", [
            "dnf install -y java-17-amazon-corretto-headless java-1.8.0-amazon-corretto",
            `nohup java ${JDWP_PORT} ${LEDGER} >/var/log/ledger.log 2>&1 &`,
        ]),
        /jdwp|5005/,
    ),
    dev(
        "corretto 17 from dnf, then /usr/lib/jvm/java-1.8.0-amazon-corretto/jre/bin/java JDWP address=5005 (named JDK 8)",
        script("dev-jdwp-port-named-jdk8-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            `nohup /usr/lib/jvm/java-1.8.0-amazon-corretto/jre/bin/java ${JDWP_PORT} ${LEDGER} >/var/log/ledger.log 2>&1 &`,
        ]),
        /jdwp|5005/,
    ),
    // Neighbours (round 58 fix): a JDK placed by alternatives, by PATH.
    dev(
        "update-alternatives --install /usr/bin/java java /opt/java/openjdk/bin/java beside corretto 17, JDWP address=5005",
        script("dev-jdwp-port-alternatives-tarball-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            "mkdir -p /opt/java/openjdk && curl -fsSL https://example.com/jre.tar.gz | tar -xz -C /opt/java/openjdk --strip-components=1",
            "update-alternatives --install /usr/bin/java java /opt/java/openjdk/bin/java 20000",
            `nohup java ${JDWP_PORT} ${LEDGER} >/var/log/ledger.log 2>&1 &`,
        ]),
        /jdwp|5005/,
    ),
    dev(
        "export PATH=/opt/jdk8u422-b05-jre/bin:$PATH beside corretto 17, JDWP address=5005 (JDK 8 first on PATH)",
        script("dev-jdwp-port-path-jdk8-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            "curl -fsSL https://example.com/OpenJDK8U-jre_x64_linux_hotspot_8u422b05.tar.gz | tar -xz -C /opt",
            "export PATH=/opt/jdk8u422-b05-jre/bin:$PATH",
            `nohup java ${JDWP_PORT} ${LEDGER} >/var/log/ledger.log 2>&1 &`,
        ]),
        /jdwp|5005/,
    ),
    // Java agents (round 57: javaAgentListeners).
    // Was a MISS (fixed in round 58): alibaba/jvm-sandbox AgentLauncher.java (toFeatureMap: `featureString.split(";")`, then `=`; KEY_SERVER_IP "ip",
    // KEY_SERVER_PORT "port", DEFAULT_IP "0.0.0.0"): its Jetty control server (modules that rewrite any method) binds the
    // `ip` given, here every address; javaAgentListeners splits options on `,` only and JAVA_AGENT_LISTEN_KEY has no `ip`.
    dev(
        "java -javaagent:sandbox-agent.jar=home=/opt/sandbox;ip=0.0.0.0;port=3658 (alibaba jvm-sandbox: `;`-separated, key ip)",
        script("dev-jvm-sandbox-agent-all-nodes", [
            `nohup java '-javaagent:/opt/sandbox/lib/sandbox-agent.jar=home=/opt/sandbox;ip=0.0.0.0;port=3658' ${LEDGER} >/var/log/ledger.log 2>&1 &`,
        ]),
        /sandbox|3658|0\.0\.0\.0/,
    ),
    dev(
        "java -javaagent:sandbox-agent.jar=home=/opt/sandbox (jvm-sandbox without ip: DEFAULT_IP 0.0.0.0)",
        script("dev-jvm-sandbox-agent-default-nodes", [
            `nohup java -javaagent:/opt/sandbox/lib/sandbox-agent.jar=home=/opt/sandbox ${LEDGER} >/var/log/ledger.log 2>&1 &`,
        ]),
        /sandbox|0\.0\.0\.0/,
    ),
    dev(
        "java -javaagent:remote-agent.jar=ip=0.0.0.0&port=7000 (an unknown agent, `&`-separated options)",
        script("dev-unknown-agent-ampersand-ip-nodes", [
            `nohup java '-javaagent:/opt/agents/remote-agent.jar=ip=0.0.0.0&port=7000' ${LEDGER} >/var/log/ledger.log 2>&1 &`,
        ]),
        /remote-agent|7000|0\.0\.0\.0/,
    ),
    dev(
        "java -javaagent:remote-agent.jar=ip=0.0.0.0,port=7000 (an unknown agent naming its ip)",
        script("dev-unknown-agent-ip-nodes", [
            `nohup java -javaagent:/opt/agents/remote-agent.jar=ip=0.0.0.0,port=7000 ${LEDGER} >/var/log/ledger.log 2>&1 &`,
        ]),
        /remote-agent|7000|0\.0\.0\.0/,
    ),
    dev(
        "java -javaagent:arthas-agent.jar -Darthas.ip=0.0.0.0 (Arthas as a Java agent, its console on every address)",
        script("dev-arthas-javaagent-ip-all-nodes", [
            `nohup java -javaagent:/opt/arthas/arthas-agent.jar -Darthas.ip=0.0.0.0 -Darthas.telnetPort=3658 ${LEDGER} >/var/log/ledger.log 2>&1 &`,
        ]),
        /arthas|3658|0\.0\.0\.0/,
    ),
    dev(
        "bminstall.sh -h 0.0.0.0 -p 9091 PID (Byteman installed into a running JVM, its listener on every address)",
        script("dev-bminstall-all-nodes", [
            RUN_LEDGER,
            "sleep 20",
            'BYTEMAN_HOME=/opt/byteman /opt/byteman/bin/bminstall.sh -h 0.0.0.0 -p 9091 "$(pgrep -f ledger.jar)"',
        ]),
        /byteman|bminstall|9091|0\.0\.0\.0/,
    ),
    dev(
        'jcmd PID JVMTI.agent_load byteman.jar "listener:true,address:0.0.0.0" (Byteman loaded late)',
        script("dev-jcmd-agent-load-byteman-nodes", [
            RUN_LEDGER,
            "sleep 20",
            'jcmd "$(pgrep -f ledger.jar)" JVMTI.agent_load /opt/byteman/lib/byteman.jar "listener:true,address:0.0.0.0"',
        ]),
        /byteman|jcmd|0\.0\.0\.0/,
    ),
    dev(
        "java -javaagent:jolokia.jar=config=/etc/jolokia/agent.properties, the file written with host=0.0.0.0",
        script("dev-jolokia-config-file-host-nodes", [
            ...file("/etc/jolokia/agent.properties", ["host=0.0.0.0", "port=8778"]),
            `nohup java -javaagent:/opt/jolokia/jolokia-agent-jvm-2.0.3-javaagent.jar=config=/etc/jolokia/agent.properties ${LEDGER} >/var/log/ledger.log 2>&1 &`,
        ]),
        /jolokia|8778|0\.0\.0\.0/,
    ),
    // Python debuggers in code (round 57: pythonDebuggerListeners).
    dev(
        "python3 -c 'import debugpy; debugpy.listen((\"0.0.0.0\", 5678)); runpy.run_path(app.py)' (the program is -c's)",
        script("dev-debugpy-listen-dash-c-nodes", [
            'cd /opt/ops && nohup python3 -c \'import debugpy, runpy; debugpy.listen(("0.0.0.0", 5678)); ' +
                'runpy.run_path("/opt/ops/app.py", run_name="__main__")\' >/var/log/ops.log 2>&1 &',
        ]),
        /debugpy|5678|0\.0\.0\.0|python/,
    ),
    dev(
        'app.py: `import debugpy as dbg; dbg.listen(address=("0.0.0.0", 5678))` (an alias, a keyword)',
        script("dev-debugpy-alias-keyword-nodes", [
            // Round 72: worker is written (a module user data did not write is code the pack does not read: pythonUnreadCode).
            ...file("/opt/ops/worker.py", ["def main():", "    pass"]),
            ...file("/opt/ops/app.py", [
                "import debugpy as dbg",
                'dbg.listen(address=("0.0.0.0", 5678))',
                "import worker",
                "worker.main()",
            ]),
            RUN_APP,
        ]),
        /debugpy|5678|app\.py/,
    ),
    // Celery "Debugging Tasks Remotely (using pdb)": "By default the debugger will only be available
    // from the local host, to enable access from the outside you have to set the environment variable CELERY_RDB_HOST".
    dev(
        "CELERY_RDB_HOST=0.0.0.0 python3 app.py, app.py calling celery.contrib.rdb.set_trace() (Celery's remote pdb)",
        script("dev-celery-rdb-all-nodes", [
            // Round 72: worker is written (a module user data did not write is code the pack does not read: pythonUnreadCode).
            ...file("/opt/ops/worker.py", ["def main():", "    pass"]),
            ...file("/opt/ops/app.py", [
                "from celery.contrib import rdb",
                "import worker",
                "rdb.set_trace()",
                "worker.main()",
            ]),
            "cd /opt/ops && CELERY_RDB_HOST=0.0.0.0 CELERY_RDB_PORT=6899 nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
        /rdb|6899|app\.py|0\.0\.0\.0/,
    ),
    // Was a MISS (fixed in round 58): RPyC docs "Classic" (classic mode is rpyc.core.service.SlaveService: the client controls the server, any
    // Python) and rpyc.utils.server.Server(service, hostname=..., port=...) (the CLI form rpyc_classic is refused):
    // SlaveService served on 0.0.0.0 from the script's own code, as root, is not read (no PYTHON_SERVER_BINDS entry).
    dev(
        'app.py: RPyC ThreadedServer(SlaveService, hostname="0.0.0.0", port=18812).start() (classic RPyC in code)',
        script("dev-rpyc-threaded-server-code-nodes", [
            ...file("/opt/ops/app.py", [
                "from rpyc.core.service import SlaveService",
                "from rpyc.utils.server import ThreadedServer",
                'ThreadedServer(SlaveService, hostname="0.0.0.0", port=18812).start()',
            ]),
            RUN_APP,
        ]),
        /rpyc|18812|app\.py|0\.0\.0\.0/,
    ),
    dev(
        "app.py: rpyc.utils.server.ForkingServer(rpyc.ClassicService, port=18812) (no hostname: every address)",
        script("dev-rpyc-forking-server-default-nodes", [
            ...file("/opt/ops/app.py", [
                "import rpyc",
                "import rpyc.utils.server",
                "rpyc.utils.server.ForkingServer(rpyc.ClassicService, port=18812).start()",
            ]),
            RUN_APP,
        ]),
        /rpyc|18812|app\.py/,
    ),
    dev(
        'app.py: an f-string whose field calls debugpy.listen(("0.0.0.0", 5678)) (an f-string\'s fields are code)',
        script("dev-debugpy-fstring-field-nodes", [
            // Round 72: worker is written (a module user data did not write is code the pack does not read: pythonUnreadCode).
            ...file("/opt/ops/worker.py", ["def main():", "    pass"]),
            ...file("/opt/ops/app.py", [
                "import debugpy",
                "print(f\"debugger: {debugpy.listen(('0.0.0.0', 5678))}\")",
                "import worker",
                "worker.main()",
            ]),
            RUN_APP,
        ]),
        /debugpy|5678|app\.py/,
    ),
    dev(
        'files.py: `from flask import send_from_directory as sfd`, sfd("/etc/kubernetes", path) on 0.0.0.0',
        script("dev-flask-send-from-directory-alias-nodes", [
            ...file("/opt/ops/files.py", [
                "from flask import Flask, send_from_directory as sfd",
                "app = Flask(__name__)",
                '@app.route("/r/<path:path>")',
                "def files(path):",
                '    return sfd("/etc/kubernetes", path)',
                'app.run(host="0.0.0.0", port=8080)',
            ]),
            "nohup python3 /opt/ops/files.py >/var/log/files.log 2>&1 &",
        ]),
        /files\.py|kubernetes|8080|serv/,
    ),
    // Flask's debugger and FLASK_DEBUG set in the script (round 55).
    dev(
        'app.py: os.environ.setdefault("FLASK_DEBUG", "1"); app.run(host="0.0.0.0") (Flask.run reads FLASK_DEBUG)',
        script("dev-flask-debug-setdefault-nodes", [
            ...file("/opt/ops/app.py", [
                "import os",
                "from flask import Flask",
                'os.environ.setdefault("FLASK_DEBUG", "1")',
                "app = Flask(__name__)",
                'app.run(host="0.0.0.0", port=5000)',
            ]),
            RUN_APP,
        ]),
        /app\.py|debug|5000/,
    ),
    dev(
        'app.py: os.environ.update(FLASK_DEBUG="1"); app.run(host="0.0.0.0")',
        script("dev-flask-debug-environ-update-nodes", [
            ...file("/opt/ops/app.py", [
                "import os",
                "from flask import Flask",
                'os.environ.update(FLASK_DEBUG="1")',
                "app = Flask(__name__)",
                'app.run(host="0.0.0.0", port=5000)',
            ]),
            RUN_APP,
        ]),
        /app\.py|debug|5000/,
    ),
    // Static-file APIs (rounds 55-57: PYTHON_STATIC_APIS).
    // Was a MISS (fixed in round 58): Flask API "send_from_directory(directory, path, **kwargs)": "Send a file from within a directory ... This is a
    // secure way to serve files from a folder, such as static files or uploads" (safe_join keeps the path inside
    // `directory`, so every file in it is served): /etc/kubernetes (the kubelet's credentials) on 0.0.0.0; not among
    // PYTHON_STATIC_APIS (Flask's static_folder is, round 55).
    dev(
        'files.py: a Flask route returning send_from_directory("/etc/kubernetes", path) on 0.0.0.0',
        script("dev-flask-send-from-directory-kubernetes-nodes", [
            ...file("/opt/ops/files.py", [
                "from flask import Flask, send_from_directory",
                "app = Flask(__name__)",
                '@app.route("/k/<path:path>")',
                "def files(path):",
                '    return send_from_directory("/etc/kubernetes", path)',
                'app.run(host="0.0.0.0", port=8080)',
            ]),
            "nohup python3 /opt/ops/files.py >/var/log/files.log 2>&1 &",
        ]),
        /files\.py|kubernetes|8080|serv/,
    ),
    dev(
        'files.py: functools.partial(SimpleHTTPRequestHandler, directory="/etc/kubernetes") on ("", 8000)',
        script("dev-http-server-partial-directory-nodes", [
            ...file("/opt/ops/files.py", [
                "import functools",
                "from http.server import ThreadingHTTPServer, SimpleHTTPRequestHandler",
                'handler = functools.partial(SimpleHTTPRequestHandler, directory="/etc/kubernetes")',
                'ThreadingHTTPServer(("", 8000), handler).serve_forever()',
            ]),
            "nohup python3 /opt/ops/files.py >/var/log/files.log 2>&1 &",
        ]),
        /files\.py|kubernetes|8000|serv/,
    ),
    dev(
        'files.py: Tornado (r"/(.*)", StaticFileHandler, {"path": "/"}) imported by name',
        script("dev-tornado-static-handler-import-nodes", [
            ...file("/opt/ops/files.py", [
                "import asyncio",
                "from tornado.web import Application, StaticFileHandler",
                "async def main():",
                '    Application([(r"/(.*)", StaticFileHandler, {"path": "/"})]).listen(8888)',
                "    await asyncio.Event().wait()",
                "asyncio.run(main())",
            ]),
            "nohup python3 /opt/ops/files.py >/var/log/files.log 2>&1 &",
        ]),
        /files\.py|8888|serv/,
    ),
    // Comments dropped outside strings (round 57: pythonCode).
    dev(
        'app.py: a string ending in a backslash-escaped backslash, then `# x`, then debugpy.listen(("0.0.0.0", 5678))',
        script("dev-debugpy-after-escaped-backslash-nodes", [
            // Round 72: worker is written (a module user data did not write is code the pack does not read: pythonUnreadCode).
            ...file("/opt/ops/worker.py", ["def main():", "    pass"]),
            ...file("/opt/ops/app.py", [
                "import debugpy",
                'LOGDIR = "C:\\\\logs\\\\"  # a Windows path',
                'debugpy.listen(("0.0.0.0", 5678))',
                "import worker",
                "worker.main()",
            ]),
            RUN_APP,
        ]),
        /debugpy|5678|app\.py/,
    ),
    dev(
        "app.py: a raw string r'\\' ... then debugpy.listen on every address on the next line",
        script("dev-debugpy-after-raw-string-nodes", [
            // Round 72: worker is written (a module user data did not write is code the pack does not read: pythonUnreadCode).
            ...file("/opt/ops/worker.py", ["def main():", "    pass"]),
            ...file("/opt/ops/app.py", [
                "import debugpy",
                "SEP = r'\\'  # the separator",
                'debugpy.listen(("0.0.0.0", 5678))',
                "import worker",
                "worker.main()",
            ]),
            RUN_APP,
        ]),
        /debugpy|5678|app\.py/,
    ),
];

const secure: NodeCase[] = [
    dev(
        "corretto 17 from dnf only, java JDWP address=5005 (JDK 9+: loopback)",
        script("dev-jdwp-port-jdk17-ok-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            `nohup java ${JDWP_PORT} ${LEDGER} >/var/log/ledger.log 2>&1 &`,
        ]),
    ),
    dev(
        "java -javaagent:jmx_prometheus_javaagent.jar=127.0.0.1:9404:/etc/jmx-exporter.yaml (metrics on loopback)",
        script("dev-jmx-exporter-lo-ok-nodes", [
            ...file("/etc/jmx-exporter.yaml", ["rules:", '  - pattern: ".*"']),
            `nohup java -javaagent:/opt/jmx-exporter/jmx_prometheus_javaagent-1.0.1.jar=127.0.0.1:9404:/etc/jmx-exporter.yaml ${LEDGER} >/var/log/ledger.log 2>&1 &`,
        ]),
    ),
    dev(
        "java -javaagent:opentelemetry-javaagent.jar -Dotel.exporter.otlp.endpoint=http://127.0.0.1:4317 (a client)",
        script("dev-otel-agent-ok-nodes", [
            `nohup java -javaagent:/opt/otel/opentelemetry-javaagent.jar -Dotel.exporter.otlp.endpoint=http://127.0.0.1:4317 ${LEDGER} >/var/log/ledger.log 2>&1 &`,
        ]),
    ),
    // Was a MISS (fixed in round 58): Python reference "Documentation strings"/"String and Bytes literals": a docstring is a string literal, never a
    // call; pythonCalls reads the call a module docstring shows as code (pythonCode keeps strings whole) and refuses
    // the loopback debugpy.listen(5678) script as listening on 0.0.0.0.
    dev(
        'app.py: a docstring showing `debugpy.listen(("0.0.0.0", 5678))`, code calling debugpy.listen(5678)',
        script("dev-debugpy-docstring-ok-nodes", [
            // Round 72: worker is written (a module user data did not write is code the pack does not read: pythonUnreadCode).
            ...file("/opt/ops/worker.py", ["def main():", "    pass"]),
            ...file("/opt/ops/app.py", [
                '"""Ops worker.',
                "",
                'To debug from another host, run debugpy.listen(("0.0.0.0", 5678)) behind an SSH tunnel instead.',
                '"""',
                "import debugpy",
                "debugpy.listen(5678)",
                "import worker",
                "worker.main()",
            ]),
            RUN_APP,
        ]),
        /./,
    ),
    dev(
        'app.py: a log message showing `debugpy.listen(("0.0.0.0", 5678))`, code calling debugpy.listen(5678)',
        script("dev-debugpy-string-argument-ok-nodes", [
            // Round 72: worker is written (a module user data did not write is code the pack does not read: pythonUnreadCode).
            ...file("/opt/ops/worker.py", ["def main():", "    pass"]),
            ...file("/opt/ops/app.py", [
                "import debugpy, logging",
                "logging.warning('remote hosts: use debugpy.listen((\"0.0.0.0\", 5678)) behind a tunnel')",
                "debugpy.listen(5678)",
                "import worker",
                "worker.main()",
            ]),
            RUN_APP,
        ]),
    ),
    dev(
        'app.py: RPyC ThreadedServer(SlaveService, hostname="localhost", port=18812) (classic RPyC on loopback)',
        script("dev-rpyc-threaded-server-lo-ok-nodes", [
            ...file("/opt/ops/app.py", [
                "from rpyc.core.service import SlaveService",
                "from rpyc.utils.server import ThreadedServer",
                'ThreadedServer(SlaveService, hostname="localhost", port=18812).start()',
            ]),
            RUN_APP,
        ]),
    ),
    dev(
        "java -javaagent:sandbox-agent.jar=home=/opt/sandbox;ip=127.0.0.1;port=3658 (jvm-sandbox on loopback)",
        script("dev-jvm-sandbox-agent-lo-ok-nodes", [
            `nohup java '-javaagent:/opt/sandbox/lib/sandbox-agent.jar=home=/opt/sandbox;ip=127.0.0.1;port=3658' ${LEDGER} >/var/log/ledger.log 2>&1 &`,
        ]),
    ),
    dev(
        "JDK 17 tarball into /opt/java/jdk-17, linked to /usr/local/bin/java, corretto 17 from dnf, JDWP address=5005",
        script("dev-jdwp-port-tarball-jdk17-linked-ok-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            "mkdir -p /opt/java/jdk-17",
            "curl -fsSL -o /tmp/jre17.tar.gz https://example.com/OpenJDK17U-jre_x64_linux_hotspot_17.0.12_7.tar.gz",
            "tar -xzf /tmp/jre17.tar.gz -C /opt/java/jdk-17 --strip-components=1",
            "ln -sf /opt/java/jdk-17/bin/java /usr/local/bin/java",
            `nohup java ${JDWP_PORT} ${LEDGER} >/var/log/ledger.log 2>&1 &`,
        ]),
    ),
    dev(
        "app.py: a comment with an apostrophe (`# don't debug here`), then app.run on 0.0.0.0 without debug",
        script("dev-flask-comment-apostrophe-ok-nodes", [
            ...file("/opt/ops/app.py", [
                "from flask import Flask",
                "app = Flask(__name__)",
                "# don't use app.run(debug=True) here",
                'app.run(host="0.0.0.0", port=5000)',
            ]),
            RUN_APP,
        ]),
    ),
    dev(
        'files.py: Flask send_from_directory("/opt/ops/static", path) on 0.0.0.0 (the app\'s own assets)',
        script("dev-flask-send-from-directory-assets-ok-nodes", [
            ...file("/opt/ops/files.py", [
                "from flask import Flask, send_from_directory",
                "app = Flask(__name__)",
                '@app.route("/s/<path:path>")',
                "def files(path):",
                '    return send_from_directory("/opt/ops/static", path)',
                'app.run(host="0.0.0.0", port=8080)',
            ]),
            "nohup python3 /opt/ops/files.py >/var/log/files.log 2>&1 &",
        ]),
    ),
    dev(
        "CELERY_RDB_HOST unset: app.py calling celery.contrib.rdb.set_trace() (localhost by default)",
        script("dev-celery-rdb-lo-ok-nodes", [
            // Round 72: worker is written (a module user data did not write is code the pack does not read: pythonUnreadCode).
            ...file("/opt/ops/worker.py", ["def main():", "    pass"]),
            ...file("/opt/ops/app.py", [
                "from celery.contrib import rdb",
                "import worker",
                "rdb.set_trace()",
                "worker.main()",
            ]),
            RUN_APP,
        ]),
    ),
    dev(
        "jattach PID jcmd ManagementAgent.start_local (the local connector only)",
        script("dev-jattach-start-local-ok-nodes", [
            RUN_LEDGER,
            "sleep 20",
            'jattach "$(pgrep -f ledger.jar)" jcmd ManagementAgent.start_local',
        ]),
    ),
    dev(
        "/opt/jdk-17.0.12+7/bin/java JDWP address=5005 (a tarball JDK whose directory names 17)",
        script("dev-jdwp-port-named-jdk17-ok-nodes", [
            "mkdir -p /opt && curl -fsSL https://github.com/adoptium/temurin17-binaries/releases/download/jdk-17.0.12%2B7/OpenJDK17U-jre_x64_linux_hotspot_17.0.12_7.tar.gz | tar -xz -C /opt",
            `nohup /opt/jdk-17.0.12+7-jre/bin/java ${JDWP_PORT} ${LEDGER} >/var/log/ledger.log 2>&1 &`,
        ]),
    ),
];

describeNodeCases(
    "red team 58: node user data, JVM agents, JDWP releases, Python debuggers and file servers",
    insecure,
    secure,
);
