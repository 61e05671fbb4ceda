// Red-team round 58 on false positives across the committed stacks (fresh eyes), aimed at rounds 55–57's tightened
// rules. Probed: SECURE variants a careful platform team writes beside the custody workloads, each with an insecure
// neighbour that must stay refused.
// Node user data, JVMs (the JDK-release rule, javaAgentListeners): a JDK from `dnf install` continued over backslash
// lines, `apt-get install java-common openjdk-17-jre-headless`, cloud-config `packages:` indented, zero-indented and
// with a comment line, JAVA_HOME/bin/java and /usr/lib/jvm/java-17-.../bin/java named by path, address=localhost:5005,
// a unit's Environment=JAVA_TOOL_OPTIONS with the JDK installed, an @argfile with `#` lines; ordinary agents:
// OpenTelemetry, Datadog (options and JAVA_TOOL_OPTIONS), the Prometheus JMX exporter (loopback, every address, Kafka's
// KAFKA_OPTS), Elastic APM, JaCoCo (file, tcpserver on 127.0.0.1), the X-Ray agent, Pyroscope; JMX on localhost.
// Neighbours (refused): JDK 8 with a port-only JDWP address, JaCoCo tcpserver on `*`.
// Python (pythonDebuggerListeners, pythonCode, PYTHON_STATIC_APIS): debugpy.listen on ("localhost", ...), by keyword,
// through a constant, an alias and `from debugpy import listen`; RemotePdb on 127.0.0.1; comments and docstrings naming
// debug=True / debugpy.listen / web_pdb with apostrophes and quotes; f-strings holding '#'; FLASK_DEBUG="0" set in the
// script; `python3 DIR` (__main__.py); static files from the app's directory: Flask static_folder absolute, None,
// os.path.join(os.path.dirname(__file__), ...), BASE_DIR; Tornado static_path and StaticFileHandler through
// os.path.join(BASE_DIR, ...), pathlib, the docs' `**settings`; Bottle/Falcon/Sanic on /opt/ops. Neighbours (refused):
// `from debugpy import listen; listen(("0.0.0.0", ...))`, FLASK_DEBUG="1" in the script, static directories joined up to
// / or to /etc/kubernetes.
// The caller's instance (round 56/57 archivers): lz4 --list/-t, lz4 -l (legacy compress) to root's Jupyter config
// (refused), ar p, ar t @FILE (refused), tar -tvf/--list, unzip -x ... -d /srv, (cd /srv && tar x) from /root,
// unsquashfs -ll/-stat, rpm2cpio | cpio -t, | cpio -idm --no-absolute-filenames in /srv; | cpio -idm in /root (refused).
// Identities of no workload: sts:GetCallerIdentity with CloudTrail lookups, with a SourceIp condition, lower-case
// action; neighbours sts:GetSessionToken and sts:*Identity (refused).
// Not filed (by design): an agent whose options name a server and port it connects to (statsd-jvm-profiler
// `server=...,port=8125`) is refused: JAVA_AGENT_LISTEN_KEY reads `port` as where an unknown agent may listen (fail
// closed); `rpm2cpio | cpio -idmv` without --no-absolute-filenames is refused (GNU cpio keeps absolute names by default).
// Misses (2 insecure, 9 secure): insecure — Flask static_folder and Tornado static_path given
// os.path.join(os.path.dirname(__file__), "..", "..", "..") (= /) are accepted: a call nested two deep is not read
// (pythonCalls reads one level of parentheses). Secure — a JDK installed by a `dnf install -y \` continued line, by
// apt-get with java-common beside the JDK, by cloud-config `packages:` zero-indented or with a comment line, each
// leaves the release unknown (port-only JDWP refused); Flask(static_folder=None) (serves no files) and static
// directories given as os.path.join(BASE_DIR, "static") / pathlib / Tornado's documented `**settings` are refused as
// directories the pack cannot know.
import { describeVariants, StackCase } from "./support";
import { ACCOUNT, allow, opsRole } from "./awsCaseBuilders";
import { heredocFile, systemdUnit } from "./nodeBuilders";
import { JAR, JDWP, JDWP5005, RUN_FILES, RUN_JDWP, RUN_OPS, SERVED, secureCaseBuilders } from "./secureCaseBuilders";

const file = heredocFile;
const { node, nodeCC, tornadoHandler, flask, callerCase } = secureCaseBuilders("rt58");
const LO_JAR = `-Dserver.address=127.0.0.1 ${JAR}`;

/** /opt/ops/app.py: `body` lines (a Flask app on 127.0.0.1 with a debugger started in code). */
const debugApp = (tag: string, what: string, body: string[], refused?: RegExp) =>
    node(
        tag,
        what,
        [
            ...file("/opt/ops/app.py", [
                "from flask import Flask",
                ...body,
                "app = Flask(__name__)",
                'app.run(host="127.0.0.1", port=5000)',
            ]),
            RUN_OPS,
        ],
        refused,
    );

const CASES: StackCase[] = [
    // ================= JVMs: the JDK-release rule (javaRelease, installedJavaReleases) =================
    // Was a MISS (fixed in round 58): secure refused: Bash Reference Manual 3.1.2.1 "Escape Character": "If a \newline pair appears, and the
    // backslash itself is not quoted, the \newline is treated as a line continuation". installedJavaReleases reads an
    // install command only up to the end of its first physical line ([^\n;&|]), so the JDK named on the continued line
    // is not seen and the port-only JDWP address counts as every address (release unknown).
    node(
        "jdwp-dnf-continued",
        "dnf install -y \\ / java-17-amazon-corretto-headless \\ / jq (continued lines); java JDWP address=5005",
        ["dnf install -y \\", "    java-17-amazon-corretto-headless \\", "    jq", RUN_JDWP],
    ),
    // Was a MISS (fixed in round 58): secure refused: Debian Java Policy ch. 2 "Java virtual machines must depend on java-common" — java-common
    // is the policy/alternatives package every JVM depends on, not a JDK. JDK_PACKAGE takes any `java-` word for a JDK,
    // javaReleaseOf("java-common") is undefined, and one unknown release makes the whole set unknown (fail closed),
    // though the only JDK installed is openjdk-17.
    node("jdwp-apt-java-common", "apt-get install -y java-common openjdk-17-jre-headless; java JDWP address=5005", [
        "apt-get update",
        "DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends java-common openjdk-17-jre-headless",
        RUN_JDWP,
    ]),
    // Was a MISS (fixed in round 58): secure refused: YAML 1.2.2 §8.2.1 "Block Sequences" ("Since people perceive the '-' indicator as
    // indentation, nested block sequences may be indented by one less space to compensate") — `packages:` followed by
    // `- NAME` at column 0 is the same list (cloud-init's PyYAML loads it so). cloudConfigPackages requires `[ \t]+-`.
    nodeCC(
        "jdwp-cc-zero-indent",
        "cloud-config packages: with its entries zero-indented (- java-17-amazon-corretto-headless); java JDWP address=5005",
        ["packages:", "- java-17-amazon-corretto-headless", "- jq"],
        [RUN_JDWP],
    ),
    // Was a MISS (fixed in round 58): secure refused: YAML 1.2.2 §6.6 "Comments" (comment lines are not content) — a `# ...` line opening the
    // `packages:` list leaves the list the same; cloudConfigPackages' block must start with a `-` line, so no package is
    // read and the release is unknown.
    nodeCC(
        "jdwp-cc-comment",
        "cloud-config packages: opened by a comment line, then - java-17-amazon-corretto-headless; java JDWP address=5005",
        ["packages:", "  # the ledger's runtime", "  - java-17-amazon-corretto-headless"],
        [RUN_JDWP],
    ),
    nodeCC(
        "jdwp-cc-indented",
        "cloud-config package_update, packages: - java-17-amazon-corretto-headless (indented); java JDWP address=5005",
        ["package_update: true", "packages:", "  - java-17-amazon-corretto-headless", "  - jq"],
        [RUN_JDWP],
    ),
    node(
        "jdwp-java-home",
        'export JAVA_HOME=/usr/lib/jvm/java-17-amazon-corretto.x86_64; "$JAVA_HOME/bin/java" JDWP address=5005',
        [
            "export JAVA_HOME=/usr/lib/jvm/java-17-amazon-corretto.x86_64",
            `nohup "$JAVA_HOME/bin/java" ${JDWP5005} ${JAR}`,
        ],
    ),
    node("jdwp-path", "/usr/lib/jvm/java-17-amazon-corretto.x86_64/bin/java JDWP address=5005 (named by path)", [
        `nohup /usr/lib/jvm/java-17-amazon-corretto.x86_64/bin/java ${JDWP5005} ${JAR}`,
    ]),
    node("jdwp-localhost", "java JDWP address=localhost:5005 (no JDK installed: a host given)", [
        `nohup java -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=localhost:5005 ${JAR}`,
    ]),
    node(
        "jdwp-unit-tool-options",
        "dnf install corretto 17; a User=ledger unit with Environment=JAVA_TOOL_OPTIONS=JDWP address=5005, ExecStart=/usr/bin/java",
        [
            "dnf install -y java-17-amazon-corretto-headless",
            "useradd --system ledger",
            ...systemdUnit("ledger", [
                "User=ledger",
                `Environment="JAVA_TOOL_OPTIONS=${JDWP5005}"`,
                "ExecStart=/usr/bin/java -Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar",
            ]),
        ],
    ),
    node("jvm-argfile-comments", "java @/etc/ledger/jvm.options (`#` lines, heap flags, JDWP on 127.0.0.1:5005)", [
        ...file("/etc/ledger/jvm.options", [
            "# ledger JVM",
            "-Xms512m",
            "-Xmx512m",
            "# the debugger stays on loopback",
            "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:5005",
        ]),
        `nohup java @/etc/ledger/jvm.options ${JAR}`,
    ]),
    node(
        "jdwp-jdk8",
        "dnf install java-1.8.0-amazon-corretto; java JDWP address=5005 (JDK 8: every address)",
        ["dnf install -y java-1.8.0-amazon-corretto", RUN_JDWP],
        JDWP,
    ),
    node(
        "jdwp-jdk8-continued",
        "dnf install -y \\ / java-1.8.0-amazon-corretto (continued); java JDWP address=5005",
        ["dnf install -y \\", "    java-1.8.0-amazon-corretto", RUN_JDWP],
        JDWP,
    ),
    node(
        "jmx-localhost",
        "java jmxremote.port=9010 host=localhost rmi.port=9010 authenticate=false, java.rmi.server.hostname=127.0.0.1",
        [
            "nohup java -Dcom.sun.management.jmxremote.port=9010 -Dcom.sun.management.jmxremote.host=localhost " +
                "-Dcom.sun.management.jmxremote.rmi.port=9010 -Dcom.sun.management.jmxremote.authenticate=false " +
                `-Dcom.sun.management.jmxremote.ssl=false -Djava.rmi.server.hostname=127.0.0.1 ${LO_JAR}`,
        ],
    ),

    // ================= JVMs: ordinary -javaagent agents (javaAgentListeners) =================
    node("otel", "corretto 17; java -javaagent:opentelemetry-javaagent.jar -Dotel.* (collector on another host)", [
        "dnf install -y java-17-amazon-corretto-headless",
        "nohup java -javaagent:/opt/otel/opentelemetry-javaagent.jar -Dotel.service.name=ledger " +
            `-Dotel.exporter.otlp.endpoint=http://otel-collector.internal.example.com:4317 ${LO_JAR}`,
    ]),
    node(
        "datadog",
        "java -javaagent:dd-java-agent.jar -Ddd.agent.host=10.0.3.40 -Ddd.trace.agent.port=8126 -Ddd.jmxfetch.enabled=true",
        [
            "dnf install -y java-17-amazon-corretto-headless",
            "nohup java -javaagent:/opt/datadog/dd-java-agent.jar -Ddd.service=ledger -Ddd.env=dev -Ddd.agent.host=10.0.3.40 " +
                `-Ddd.trace.agent.port=8126 -Ddd.jmxfetch.enabled=true ${LO_JAR}`,
        ],
    ),
    node("datadog-env", "DD_AGENT_HOST=10.0.3.40, JAVA_TOOL_OPTIONS=-javaagent:dd-java-agent.jar, java -jar", [
        "dnf install -y java-17-amazon-corretto-headless",
        'export DD_AGENT_HOST=10.0.3.40 DD_TRACE_AGENT_PORT=8126 JAVA_TOOL_OPTIONS="-javaagent:/opt/datadog/dd-java-agent.jar"',
        `nohup java ${LO_JAR}`,
    ]),
    node("jmx-exporter-lo", "java -javaagent:jmx_prometheus_javaagent.jar=127.0.0.1:9404:/etc/jmx/config.yaml", [
        ...file("/etc/jmx/config.yaml", ["lowercaseOutputName: true", "rules:", '  - pattern: ".*"']),
        `nohup java -javaagent:/opt/jmx_exporter/jmx_prometheus_javaagent-0.20.0.jar=127.0.0.1:9404:/etc/jmx/config.yaml ${LO_JAR}`,
    ]),
    // jmx_exporter README: `-javaagent:./jmx_prometheus_javaagent.jar=12345:config.yaml` serves metrics (read-only MBean
    // attributes) on every address: no shell, no files.
    node(
        "jmx-exporter-any",
        "java -javaagent:jmx_prometheus_javaagent.jar=9404:/etc/jmx/config.yaml (metrics on every address)",
        [
            ...file("/etc/jmx/config.yaml", ["lowercaseOutputName: true", "rules:", '  - pattern: ".*"']),
            `nohup java -javaagent:/opt/jmx_exporter/jmx_prometheus_javaagent-0.20.0.jar=9404:/etc/jmx/config.yaml ${LO_JAR}`,
        ],
    ),
    node(
        "kafka-jmx-exporter",
        "KAFKA_OPTS=-javaagent:jmx_prometheus_javaagent.jar=7071:/etc/kafka/jmx.yml, kafka-server-start.sh",
        [
            ...file("/etc/kafka/jmx.yml", ["rules:", '  - pattern: ".*"']),
            'export KAFKA_OPTS="-javaagent:/opt/jmx_exporter/jmx_prometheus_javaagent.jar=7071:/etc/kafka/jmx.yml"',
            "nohup /opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties &",
        ],
    ),
    node("elastic-apm", "java -javaagent:elastic-apm-agent.jar -Delastic.apm.server_url=http://apm.internal:8200", [
        "nohup java -javaagent:/opt/elastic/elastic-apm-agent.jar -Delastic.apm.service_name=ledger " +
            `-Delastic.apm.server_url=http://apm.internal.example.com:8200 ${LO_JAR}`,
    ]),
    node("jacoco-file", "java -javaagent:jacocoagent.jar=destfile=/var/lib/jacoco/ledger.exec,append=true", [
        `nohup java -javaagent:/opt/jacoco/jacocoagent.jar=destfile=/var/lib/jacoco/ledger.exec,append=true ${LO_JAR}`,
    ]),
    node("jacoco-tcpserver-lo", "java -javaagent:jacocoagent.jar=output=tcpserver,address=127.0.0.1,port=6300", [
        `nohup java -javaagent:/opt/jacoco/jacocoagent.jar=output=tcpserver,address=127.0.0.1,port=6300 ${LO_JAR}`,
    ]),
    node(
        "jacoco-tcpserver-any",
        "java -javaagent:jacocoagent.jar=output=tcpserver,address=*,port=6300 (every address)",
        [`nohup java -javaagent:/opt/jacoco/jacocoagent.jar=output=tcpserver,address=*,port=6300 ${LO_JAR}`],
        /jacoco|6300|0\.0\.0\.0/,
    ),
    node("xray-agent", "java -javaagent:disco-java-agent.jar=pluginPath=/opt/xray/disco/disco-plugins", [
        `nohup java -javaagent:/opt/xray/disco/disco-java-agent.jar=pluginPath=/opt/xray/disco/disco-plugins ${LO_JAR}`,
    ]),
    node("pyroscope", "PYROSCOPE_SERVER_ADDRESS=http://pyroscope.internal:4040, java -javaagent:pyroscope.jar", [
        "export PYROSCOPE_APPLICATION_NAME=ledger PYROSCOPE_SERVER_ADDRESS=http://pyroscope.internal.example.com:4040",
        `nohup java -javaagent:/opt/pyroscope/pyroscope.jar ${LO_JAR}`,
    ]),

    // ================= Python: debuggers in code (pythonDebuggerListeners) =================
    debugApp("debugpy-localhost", 'app.py: debugpy.listen(("localhost", 5678)); Flask on 127.0.0.1', [
        "import debugpy",
        'debugpy.listen(("localhost", 5678))',
    ]),
    debugApp("debugpy-keyword", 'app.py: debugpy.listen(address=("127.0.0.1", 5678))', [
        "import debugpy",
        'debugpy.listen(address=("127.0.0.1", 5678))',
    ]),
    debugApp("debugpy-constant", 'app.py: DEBUG_ADDR = ("127.0.0.1", 5678); debugpy.listen(DEBUG_ADDR)', [
        "import debugpy",
        'DEBUG_ADDR = ("127.0.0.1", 5678)',
        "debugpy.listen(DEBUG_ADDR)",
    ]),
    debugApp("debugpy-alias", "app.py: import debugpy as dbg; dbg.listen(5678) (a port alone: 127.0.0.1)", [
        "import debugpy as dbg",
        "dbg.listen(5678)",
    ]),
    debugApp("debugpy-from", 'app.py: from debugpy import listen; listen(("127.0.0.1", 5678))', [
        "from debugpy import listen",
        'listen(("127.0.0.1", 5678))',
    ]),
    debugApp(
        "debugpy-from-any",
        'app.py: from debugpy import listen; listen(("0.0.0.0", 5678))',
        ["from debugpy import listen", 'listen(("0.0.0.0", 5678))'],
        /debugpy|listen|5678|0\.0\.0\.0/,
    ),
    node("remote-pdb-lo", 'app.py: RemotePdb("127.0.0.1", 4444).set_trace() in a 500 handler', [
        ...file("/opt/ops/app.py", [
            "from flask import Flask",
            "from remote_pdb import RemotePdb",
            "app = Flask(__name__)",
            "@app.errorhandler(500)",
            "def debug(e):",
            '    RemotePdb("127.0.0.1", 4444).set_trace()',
            '    return "error", 500',
            'app.run(host="127.0.0.1", port=5000)',
        ]),
        RUN_OPS,
    ]),

    // ================= Python: comments (pythonCode) and the debugger off =================
    node(
        "py-comments",
        'app.py on 0.0.0.0, debug=False, with comments naming debugpy.listen(("0.0.0.0", ...)), web_pdb, debug=True',
        [
            ...file("/opt/ops/app.py", [
                '# Don\'t enable the debugger here: debugpy.listen(("0.0.0.0", 5678)) lets anyone attach.',
                "from flask import Flask",
                "app = Flask(__name__)  # it's the ops status app",
                "# web_pdb.set_trace()  # never in production",
                '@app.route("/")',
                "def index():",
                "    return \"ok # not a comment\"  # a '#' in a string, then a comment: app.run(debug=True)",
                'if __name__ == "__main__":',
                '    # app.run(host="0.0.0.0", debug=True)',
                '    app.run(host="0.0.0.0", port=5000, debug=False)',
            ]),
            RUN_OPS,
        ],
    ),
    node(
        "py-docstring",
        "app.py: a docstring with an apostrophe, a comment with quotes, app.run(host=0.0.0.0, debug=False)",
        [
            ...file("/opt/ops/app.py", [
                '"""Ops status app. It\'s served on every address, debugger off."""',
                "from flask import Flask",
                "app = Flask(__name__)",
                '# the "debug" flag stays off: app.run(debug=True) would serve Werkzeug\'s console',
                'app.run(host="0.0.0.0", port=5000, debug=False)',
            ]),
            RUN_OPS,
        ],
    ),
    node("py-fstring-hash", "app.py: COLOR = '#336699' in an f-string, app.run(host='0.0.0.0', debug=False)", [
        ...file("/opt/ops/app.py", [
            "from flask import Flask",
            "app = Flask(__name__)",
            "COLOR = '#336699'",
            "@app.route('/')",
            "def index():",
            "    return f\"<body style='color:{COLOR}'>ok</body>\"",
            "app.run(host='0.0.0.0', port=5000, debug=False)",
        ]),
        RUN_OPS,
    ]),
    node("flask-debug-env-0", 'app.py: os.environ["FLASK_DEBUG"] = "0"; app.run(host="0.0.0.0")', [
        ...file("/opt/ops/app.py", [
            "import os",
            "from flask import Flask",
            'os.environ["FLASK_DEBUG"] = "0"',
            "app = Flask(__name__)",
            'app.run(host="0.0.0.0", port=5000)',
        ]),
        RUN_OPS,
    ]),
    node(
        "flask-debug-env-1",
        'app.py: os.environ["FLASK_DEBUG"] = "1"; app.run(host="0.0.0.0")',
        [
            ...file("/opt/ops/app.py", [
                "import os",
                "from flask import Flask",
                'os.environ["FLASK_DEBUG"] = "1"',
                "app = Flask(__name__)",
                'app.run(host="0.0.0.0", port=5000)',
            ]),
            RUN_OPS,
        ],
        /debug|5000|app\.py|0\.0\.0\.0/,
    ),
    node("python-dir-main", "python3 /opt/ops (its __main__.py: Flask on 0.0.0.0, debug=False)", [
        ...file("/opt/ops/__main__.py", [
            "from flask import Flask",
            "app = Flask(__name__)",
            'app.run(host="0.0.0.0", port=5000, debug=False)',
        ]),
        "nohup python3 /opt/ops >/var/log/ops.log 2>&1 &",
    ]),

    // ================= Python: static files from the app's directory (PYTHON_STATIC_APIS) =================
    flask(
        "flask-static-abs",
        'Flask(__name__, static_folder="/opt/ops/static", static_url_path="/assets")',
        [],
        '__name__, static_folder="/opt/ops/static", static_url_path="/assets"',
    ),
    // Was a MISS (fixed in round 58): secure refused: Flask API, Application object: "static_folder – The folder with static files that is served
    // at static_url_path ... Defaults to 'static'"; `has_static_folder`: "True if static_folder is set", and Flask's
    // constructor adds the `static` URL rule only `if self.has_static_folder` (flask/app.py): None serves no files. The
    // pack reads None as a directory it cannot know.
    flask(
        "flask-static-none",
        "Flask(__name__, static_folder=None) (an API with no static route)",
        [],
        "__name__, static_folder=None",
    ),
    // Accepted, but only because the two-deep call is not read (see the neighbour below).
    flask(
        "flask-static-join-file",
        'Flask(__name__, static_folder=os.path.join(os.path.dirname(__file__), "static"))',
        [],
        '__name__, static_folder=os.path.join(os.path.dirname(__file__), "static")',
    ),
    // Was a MISS (fixed in round 58): secure refused: the Flask/Django idiom `BASE_DIR = os.path.dirname(os.path.abspath(__file__))` then
    // os.path.join(BASE_DIR, "static") is /opt/ops/static (Python docs os.path.abspath/dirname/join: pure path
    // functions of a literal); the pack reads only string literals (pythonString) and refuses it as unknown.
    flask(
        "flask-static-basedir",
        'BASE_DIR = os.path.dirname(os.path.abspath(__file__)); Flask(__name__, static_folder=os.path.join(BASE_DIR, "static"))',
        ["BASE_DIR = os.path.dirname(os.path.abspath(__file__))"],
        '__name__, static_folder=os.path.join(BASE_DIR, "static")',
    ),
    // Was a MISS (fixed in round 58): insecure accepted: os.path.join("/opt/ops", "..", "..", "..") is / (Python docs os.path.join; Flask serves
    // static_folder through send_from_directory), so /files/var/lib/kubelet/pki/kubelet-client-current.pem and every
    // pod's token under /var/lib/kubelet/pods are served on 0.0.0.0 as root. pythonCalls reads calls with one level of
    // nested parentheses only, so this Flask(...) call (two deep) is not read at all.
    flask(
        "flask-static-join-up",
        'Flask(__name__, static_folder=os.path.join(os.path.dirname(__file__), "..", "..", ".."), static_url_path="/files") (= /)',
        [],
        '__name__, static_folder=os.path.join(os.path.dirname(__file__), "..", "..", ".."), static_url_path="/files"',
        SERVED,
    ),
    flask(
        "flask-static-abspath-sep",
        'Flask(__name__, static_folder=os.path.abspath(os.sep), static_url_path="/files") (= /)',
        [],
        '__name__, static_folder=os.path.abspath(os.sep), static_url_path="/files"',
        SERVED,
    ),
    node(
        "tornado-static-path-join",
        'Tornado Application(..., static_path=os.path.join(os.path.dirname(__file__), "static"))',
        [
            ...file("/opt/ops/files.py", [
                "import asyncio, os",
                "import tornado.web",
                "class Main(tornado.web.RequestHandler):",
                "    def get(self):",
                '        self.write("ok")',
                'app = tornado.web.Application([(r"/", Main)], static_path=os.path.join(os.path.dirname(__file__), "static"))',
                "app.listen(8888)",
                "asyncio.get_event_loop().run_forever()",
            ]),
            RUN_FILES,
        ],
    ),
    // Was a MISS (fixed in round 58): insecure accepted: as flask-static-join-up: Tornado "tornado.web — Application settings", static_path
    // "Directory from which static files will be served", here / (every node secret under /static/), on every address as
    // root; the two-deep Application(...) call is not read.
    node(
        "tornado-static-path-up",
        'Tornado Application([], static_path=os.path.join(os.path.dirname(__file__), "..", "..", "..")) (= /)',
        [
            ...file("/opt/ops/files.py", [
                "import asyncio, os",
                "import tornado.web",
                'app = tornado.web.Application([], static_path=os.path.join(os.path.dirname(__file__), "..", "..", ".."))',
                "app.listen(8888)",
                "asyncio.get_event_loop().run_forever()",
            ]),
            RUN_FILES,
        ],
        SERVED,
    ),
    // Was a MISS (fixed in round 58): secure refused: Tornado's documented form (tornado.web.Application docstring / "Static files and aggressive
    // file caching": `settings = {"static_path": os.path.join(os.path.dirname(__file__), "static"), ...}` then
    // `Application([...], **settings)`) serves /opt/ops/static; the pack refuses it as a directory it cannot know.
    node(
        "tornado-settings",
        'Tornado docs: settings = {"static_path": os.path.join(os.path.dirname(__file__), "static")}; Application([], **settings)',
        [
            ...file("/opt/ops/files.py", [
                "import asyncio, os",
                "import tornado.web",
                "settings = {",
                '    "static_path": os.path.join(os.path.dirname(__file__), "static"),',
                '    "xsrf_cookies": True,',
                "}",
                "app = tornado.web.Application([], **settings)",
                "app.listen(8888)",
                "asyncio.get_event_loop().run_forever()",
            ]),
            RUN_FILES,
        ],
    ),
    node(
        "tornado-settings-up",
        'Tornado settings {"static_path": os.path.join(os.path.dirname(__file__), "..", "..", "..")} via **settings (= /)',
        [
            ...file("/opt/ops/files.py", [
                "import asyncio, os",
                "import tornado.web",
                "settings = {",
                '    "static_path": os.path.join(os.path.dirname(__file__), "..", "..", ".."),',
                "}",
                "app = tornado.web.Application([], **settings)",
                "app.listen(8888)",
                "asyncio.get_event_loop().run_forever()",
            ]),
            RUN_FILES,
        ],
        SERVED,
    ),
    // Was a MISS (fixed in round 58): secure refused: as flask-static-basedir, for Tornado's StaticFileHandler {"path": ...} (the handler's
    // docstring: "path ... the local root directory of the content to be served") under a BASE_DIR or pathlib path.
    tornadoHandler(
        "tornado-handler-basedir",
        'Tornado StaticFileHandler {"path": os.path.join(BASE_DIR, "static")}, BASE_DIR = os.path.dirname(os.path.abspath(__file__))',
        ["BASE_DIR = os.path.dirname(os.path.abspath(__file__))"],
        'os.path.join(BASE_DIR, "static")',
    ),
    tornadoHandler(
        "tornado-handler-pathlib",
        'Tornado StaticFileHandler {"path": str(Path(__file__).parent / "static")}',
        [],
        'str(Path(__file__).parent / "static")',
    ),
    tornadoHandler(
        "tornado-handler-up",
        'Tornado StaticFileHandler {"path": os.path.join(os.path.dirname(__file__), "..", "..")} (= /)',
        [],
        'os.path.join(os.path.dirname(__file__), "..", "..")',
        SERVED,
    ),
    tornadoHandler(
        "tornado-handler-join-abs",
        'Tornado StaticFileHandler {"path": os.path.join(os.path.dirname(__file__), "/etc/kubernetes")} (join drops the base)',
        [],
        'os.path.join(os.path.dirname(__file__), "/etc/kubernetes")',
        SERVED,
    ),
    node("bottle-static-opt", 'Bottle static_file(filepath, root="/opt/ops/static"); run(host="0.0.0.0")', [
        ...file("/opt/ops/files.py", [
            "from bottle import route, run, static_file",
            '@route("/static/<filepath:path>")',
            "def server_static(filepath):",
            '    return static_file(filepath, root="/opt/ops/static")',
            'run(host="0.0.0.0", port=8080)',
        ]),
        RUN_FILES,
    ]),
    node(
        "falcon-static-opt",
        'Falcon add_static_route("/static", "/opt/ops/static") under wsgiref make_server("0.0.0.0", ...)',
        [
            ...file("/opt/ops/files.py", [
                "import falcon",
                "from wsgiref.simple_server import make_server",
                "app = falcon.App()",
                'app.add_static_route("/static", "/opt/ops/static")',
                'with make_server("0.0.0.0", 8000, app) as httpd:',
                "    httpd.serve_forever()",
            ]),
            RUN_FILES,
        ],
    ),
    node("sanic-static-rel", 'Sanic app.static("/static", "./static") run from /opt/ops', [
        ...file("/opt/ops/files.py", [
            "from sanic import Sanic",
            'app = Sanic("files")',
            'app.static("/static", "./static")',
            'app.run(host="0.0.0.0", port=8000, debug=False, single_process=True)',
        ]),
        "cd /opt/ops && nohup python3 files.py >/var/log/files.log 2>&1 &",
    ]),

    // ================= the caller's instance: archivers (rounds 56/57) =================
    callerCase("lz4-list", "cd /root && lz4 --list NOTES.lz4; lz4 -t NOTES.lz4", [
        "cd /root && lz4 --list /opt/seed/notes.lz4",
        "cd /root && lz4 -t /opt/seed/notes.lz4",
    ]),
    // DECIDED (round 58): refused. `lz4 -l IN OUT` compresses IN into OUT (lz4(1): -l "Use Legacy format"), so root's
    // Jupyter configuration is rewritten with bytes the pack cannot read: an unread configuration (every address), as
    // any other write into it.
    callerCase(
        "lz4-l-conf",
        "cd /srv && lz4 -l -f CONF /root/.jupyter/jupyter_server_config.py (-l: legacy-format compression)",
        ["cd /srv && lz4 -l -f /opt/seed/conf /root/.jupyter/jupyter_server_config.py"],
        true,
    ),
    callerCase("ar-p", "cd /root && ar p PKG.deb debian-binary (to standard output)", [
        "cd /root && ar p /opt/seed/notes.deb debian-binary",
    ]),
    callerCase(
        "ar-at-file",
        "cd /root && ar t @/opt/seed/ar.opts LIB.a (options from a file)",
        ["cd /root && ar t @/opt/seed/ar.opts /opt/seed/libnotes.a"],
        true,
    ),
    callerCase("tar-list", "cd /root && tar -tvf NOTES.tar; tar --list -f NOTES.tar", [
        "cd /root && tar -tvf /opt/seed/notes.tar",
        "cd /root && tar --list -f /opt/seed/notes.tar",
    ]),
    callerCase("unzip-x-d-srv", "cd /root && unzip -o NOTES.zip -x '*.py' -d /srv/notes", [
        "mkdir -p /srv/notes",
        "cd /root && unzip -o /opt/seed/notes.zip -x '*.py' -d /srv/notes",
    ]),
    callerCase("tar-subshell-srv", "cd /root && (cd /srv/notes && tar xzf NOTES.tgz)", [
        "mkdir -p /srv/notes",
        "cd /root && (cd /srv/notes && tar xzf /opt/seed/notes.tgz)",
    ]),
    callerCase("unsquashfs-ll", "cd /root && unsquashfs -ll IMG.sqsh; unsquashfs -stat IMG.sqsh", [
        "cd /root && unsquashfs -ll /opt/seed/notes.sqsh",
        "cd /root && unsquashfs -stat /opt/seed/notes.sqsh",
    ]),
    callerCase("rpm2cpio-list", "cd /root && rpm2cpio PKG.rpm | cpio -t", [
        "cd /root && rpm2cpio /opt/seed/notes.rpm | cpio -t",
    ]),
    callerCase("rpm2cpio-srv", "cd /srv/notes && rpm2cpio PKG.rpm | cpio -idmv --no-absolute-filenames", [
        "mkdir -p /srv/notes",
        "cd /srv/notes && rpm2cpio /opt/seed/notes.rpm | cpio -idmv --no-absolute-filenames",
    ]),
    callerCase(
        "rpm2cpio-root",
        "cd /root && rpm2cpio PKG.rpm | cpio -idm --no-absolute-filenames (members land in /root)",
        ["cd /root && rpm2cpio /opt/seed/notes.rpm | cpio -idm --no-absolute-filenames"],
        true,
    ),

    // ================= identities of no workload (judge.ts NEEDS_NO_PERMISSION) =================
    {
        stack: "pod-identity",
        name: "A: an auditor role of pod-identity allowed sts:GetCallerIdentity, cloudtrail:LookupEvents, cloudtrail:DescribeTrails",
        edit: r =>
            opsRole(r, "pod-identity", ACCOUNT["pod-identity"], "rt58-pi-audit", [
                allow(["sts:GetCallerIdentity", "cloudtrail:LookupEvents", "cloudtrail:DescribeTrails"], "*"),
            ]),
    },
    {
        stack: "basil",
        name: "A: a basil role allowed only sts:GetCallerIdentity, under an aws:SourceIp condition",
        edit: r =>
            opsRole(r, "basil", ACCOUNT.basil, "rt58-basil-whoami", [
                allow("sts:GetCallerIdentity", "*", { Condition: { IpAddress: { "aws:SourceIp": "10.0.0.0/8" } } }),
            ]),
    },
    // IAM user guide, "IAM JSON policy elements: Action": action names are case-insensitive.
    {
        stack: "prod",
        name: "A: a prod role allowed `sts:getcalleridentity` (lower case: the same action)",
        edit: r => opsRole(r, "prod", ACCOUNT.prod, "rt58-prod-whoami-lc", [allow("sts:getcalleridentity", "*")]),
    },
    // DECIDED (round 72): accepted. STS API Reference, GetSessionToken: "No permissions are required for users to
    // perform this operation ... You cannot use policies to control authentication operations", and it "must be called
    // by using the long-term AWS security credentials of an IAM user": the grant gives a role (or a user) nothing it
    // did not have (judge.ts NEEDS_NO_PERMISSION). Round 58 had it as insecure ("mints credentials").
    {
        stack: "curity",
        name: "A: a curity role allowed sts:GetCallerIdentity and sts:GetSessionToken (a grant AWS does not evaluate)",
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt58-curity-session", [
                allow(["sts:GetCallerIdentity", "sts:GetSessionToken"], "*"),
            ]),
    },
    {
        stack: "prod",
        name: "AI: a prod role allowed `sts:*Identity` (AssumeRoleWithWebIdentity as well as GetCallerIdentity)",
        edit: r => opsRole(r, "prod", ACCOUNT.prod, "rt58-prod-star-identity", [allow("sts:*Identity", "*")]),
        refused: /rt58-prod-star-identity/,
    },
];

describeVariants(
    "red team 58: secure variants and neighbours",
    CASES.filter(c => c.refused !== undefined),
    CASES.filter(c => c.refused === undefined),
);
