// Red-team round 51 on EKS NODE user data (fresh eyes): round 50's rules (clientSetting's backing-service prefixes,
// `--urls`, flask's .flaskenv/.env, JDWP/JMX served shells, a program's environment judged as it starts).
// Probed: servers whose OWN listen settings carry a backing-service word (Jaeger's COLLECTOR_* host-ports), the JVM's
// other option sources (JDK_JAVA_OPTIONS, _JAVA_OPTIONS, @argfiles, the JMX management.properties file, Kafka's
// JMX_PORT), JMX's Boolean parsing, Flask's debug mode set in code or by FLASK_DEBUG for app.run, Werkzeug's
// run_simple, flask run from a unit's WorkingDirectory=; and the secure neighbours: apps given backing services by
// IP under names outside FAR_END_WORD (syslog, Logstash, Cassandra contact points, Elasticsearch URIs), Kafka's and
// Fluent Bit's command-line clients, loopback app servers with client URLs.
// Misses are `skip: true` with a MISS comment and the doc checked.
import { describeNodeCases, devNodeCase, devNodeScript, NodeCase, systemdUnit, heredocFile } from "./nodeBuilders";

const dev = devNodeCase;

const script = devNodeScript;

const unit = systemdUnit;

const pythonFile = heredocFile;

/** A Flask app's lines (`setup` after creating it), then `run` as its last line. */
const flaskApp = (setup: string[], run: string) => [
    "from flask import Flask",
    "app = Flask(__name__)",
    ...setup,
    'if __name__ == "__main__":',
    `    ${run}`,
];

const JDWP_ALL = "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005";

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 51): (insecure accepted) Jaeger reads every flag from the environment, upper case with punctuation as `_`
    // (jaegertracing.io docs "CLI flags": "--collector.otlp.grpc.host-port: The host:port (e.g. 127.0.0.1:12345 or :12345)
    // of the collector's gRPC server"; flags "can also be provided via environment variables"), so
    // COLLECTOR_OTLP_GRPC_HOST_PORT is the collector's OWN listen address. clientSetting sees COLLECTOR (a FAR_END_WORD)
    // before HOST/PORT, the program (jaeger-all-in-one) is not named for it, so the 0.0.0.0 value is dropped before the
    // ALL_ADDRESSES test: an unread root server on every address passes. Fix: never treat an all-address value
    // (0.0.0.0, ::, *, empty host `:PORT`) as a client's far end; a client cannot connect to "every address".
    dev(
        "a root Jaeger all-in-one unit with Environment=COLLECTOR_OTLP_GRPC_HOST_PORT=0.0.0.0:4317 (its own listen setting)",
        script("dev-jaeger-collector-env-nodes", [
            ...unit("jaeger", [
                "Environment=COLLECTOR_OTLP_GRPC_HOST_PORT=0.0.0.0:4317 COLLECTOR_OTLP_HTTP_HOST_PORT=0.0.0.0:4318",
                "ExecStart=/usr/local/bin/jaeger-all-in-one",
            ]),
        ]),
        /COLLECTOR_OTLP_GRPC_HOST_PORT/,
    ),
    // Was a MISS (fixed in round 51): (insecure accepted) the same clientSetting exemption on the option form: unreadListeners filters
    // `--collector.otlp.grpc.host-port=0.0.0.0:4317` out as a client option (COLLECTOR ... HOST PORT), though round 46 refuses
    // "any option with an all-address value". Doc and fix as above (an all-address value is never a client's).
    dev(
        "jaeger-all-in-one --collector.otlp.grpc.host-port=0.0.0.0:4317 as root (the same setting as an option)",
        script("dev-jaeger-collector-opt-nodes", [
            "nohup /usr/local/bin/jaeger-all-in-one --collector.otlp.grpc.host-port=0.0.0.0:4317 >/var/log/jaeger.log 2>&1 &",
        ]),
        /jaeger/,
    ),
    // Neighbours (round 51): Go's empty host `:PORT` is every address too; an IP the node may own on Jaeger's own
    // collector setting stays its listen address (a program named for the service: OWN_SERVICE_WORDS); a LISTEN word
    // beside a log sink's is never a client's; Elasticsearch's own `-Des.network.host` (ES is its prefix).
    dev(
        "a root Jaeger unit with Environment=COLLECTOR_OTLP_GRPC_HOST_PORT=:4317 (Go's empty host: every address)",
        script("dev-jaeger-collector-empty-host-nodes", [
            ...unit("jaeger", [
                "Environment=COLLECTOR_OTLP_GRPC_HOST_PORT=:4317",
                "ExecStart=/usr/local/bin/jaeger-all-in-one",
            ]),
        ]),
        /COLLECTOR_OTLP_GRPC_HOST_PORT/,
    ),
    dev(
        "jaeger-all-in-one --collector.otlp.grpc.host-port=10.0.1.15:4317 as root (its own listen setting, not a client's)",
        script("dev-jaeger-collector-ip-nodes", [
            "nohup /usr/local/bin/jaeger-all-in-one --collector.otlp.grpc.host-port=10.0.1.15:4317 >/dev/null 2>&1 &",
        ]),
        /jaeger/,
    ),
    dev(
        "a root log relay unit with Environment=SYSLOG_LISTEN_HOST=10.0.1.15 (a LISTEN word: its own address, not a sink)",
        script("dev-syslog-listen-host-nodes", [
            ...unit("log-relay", [
                "Environment=SYSLOG_LISTEN_HOST=10.0.1.15",
                "ExecStart=/usr/bin/python3 /opt/relay/relay.py",
            ]),
        ]),
        /SYSLOG_LISTEN_HOST/,
    ),
    dev(
        "elasticsearch -Des.network.host=10.0.1.15 as root (Elasticsearch 2.x's own bind setting, es. its prefix)",
        script("dev-elasticsearch-es-network-host-nodes", [
            "nohup /usr/share/elasticsearch/bin/elasticsearch -Des.network.host=10.0.1.15 >/dev/null 2>&1 &",
        ]),
        /elasticsearch/,
    ),
    // Was a MISS (fixed in round 51): (insecure accepted) java(1) "Using the JDK_JAVA_OPTIONS Launcher Environment Variable": its content
    // is prepended to the java launcher's command line (JDK 9+). environmentListeners gives an exported variable to a
    // program only when its name starts with the program's prefix (JAVA_), so JDK_JAVA_OPTIONS (JDK_...) never reaches
    // jvmAgentListeners: JDWP on *:5005 as root (any code via ClassType.InvokeMethod) passes. The unit form (given to
    // java alone) is refused. Fix: JAVA_TOOL_OPTIONS, JDK_JAVA_OPTIONS and _JAVA_OPTIONS are java's own (and any JVM
    // launcher script's) whatever the prefix.
    dev(
        'export JDK_JAVA_OPTIONS="-agentlib:jdwp=...,address=*:5005", then java -jar (the java launcher\'s own variable)',
        script("dev-java-jdk-java-options-jdwp-nodes", [
            `export JDK_JAVA_OPTIONS="${JDWP_ALL}"`,
            "nohup java -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
        /jdwp/,
    ),
    dev(
        'a root unit with Environment="JDK_JAVA_OPTIONS=-agentlib:jdwp=...,address=*:5005" running java -jar',
        script("dev-java-unit-jdk-java-options-nodes", [
            ...unit("ledger", [
                `Environment="JDK_JAVA_OPTIONS=${JDWP_ALL}"`,
                "ExecStart=/usr/bin/java -jar /opt/ledger/ledger.jar",
            ]),
        ]),
        /JDK_JAVA_OPTIONS|jdwp/,
    ),
    // Was a MISS (fixed in round 51): (insecure accepted) HotSpot parses `_JAVA_OPTIONS` like JAVA_TOOL_OPTIONS (openjdk hotspot
    // arguments.cpp parse_java_options_environment_variable: parse_options_environment_variable("_JAVA_OPTIONS", ...)),
    // every JVM started afterwards loading JDWP on *:5005. Not java's prefix (JAVA_), so never read. Fix: as above.
    dev(
        'export _JAVA_OPTIONS="-agentlib:jdwp=...,address=*:5005", then java -jar (HotSpot\'s override variable)',
        script("dev-java-underscore-options-jdwp-nodes", [
            `export _JAVA_OPTIONS="${JDWP_ALL}"`,
            "nohup java -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
        /jdwp/,
    ),
    // Was a MISS (fixed in round 51): (insecure accepted) java(1) "java Command-Line Argument Files" (JDK 9+): `@FILE` is replaced by the
    // options the file holds; user data wrote it in full with -agentlib:jdwp=...,address=*:5005. jvmAgentListeners reads
    // only the words on the command line, so JDWP (a root code-execution port) on every address passes. Fix: expand
    // `@FILE` words of java from fileText (split as the launcher does); an argument file user data does not write in
    // full or changes = unread (refused, as an EnvironmentFile).
    dev(
        "java @/etc/ledger/jvm.args -jar app.jar, the argument file written by user data with JDWP on *:5005",
        script("dev-java-argfile-jdwp-nodes", [
            "mkdir -p /etc/ledger",
            `printf '%s\\n' '-Xmx1g' '${JDWP_ALL}' > /etc/ledger/jvm.args`,
            "nohup java @/etc/ledger/jvm.args -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
        /jdwp/,
    ),
    // Was a MISS (fixed in round 51): (insecure accepted) Oracle "Monitoring and Management Using JMX Technology", "Using a Management
    // Properties File": `-Dcom.sun.management.config.file=FILE` loads every com.sun.management.jmxremote.* property from
    // FILE (ConnectorBootstrap reads Agent.getManagementProperties()). The file written by user data has port=9010 and
    // authenticate=false: JMX (MLet = any code as root) on every address, but jvmAgentListeners reads only -D words.
    // Fix: read the config file's properties (command-line -D overriding), unwritten/changed file with a port = unread.
    dev(
        "java -Dcom.sun.management.config.file=/etc/ledger/management.properties (port 9010, authenticate=false in the file)",
        script("dev-java-jmx-config-file-nodes", [
            "mkdir -p /etc/ledger",
            "cat > /etc/ledger/management.properties <<'EOF'",
            "com.sun.management.jmxremote.port=9010",
            "com.sun.management.jmxremote.authenticate=false",
            "com.sun.management.jmxremote.ssl=false",
            "EOF",
            "nohup java -Dcom.sun.management.config.file=/etc/ledger/management.properties -jar /opt/ledger/ledger.jar &",
        ]),
        /JMX on port 9010/,
    ),
    // Was a MISS (fixed in round 51): (insecure accepted) openjdk sun/management/jmxremote/ConnectorBootstrap.java:
    // `useAuthentication = Boolean.valueOf(useAuthenticationStr)`, and Boolean.valueOf is true only for "true" ignoring
    // case, so FALSE, False, no, 0 all turn authentication off. jvmAgentListeners compares `=== "false"`. Fix: JMX
    // authentication is on only when the value equalsIgnoreCase "true" (and likewise ssl).
    dev(
        "java with JMX port 9010 and -Dcom.sun.management.jmxremote.authenticate=FALSE (Boolean.valueOf: any non-true is off)",
        script("dev-java-jmx-noauth-upper-nodes", [
            "nohup java -Dcom.sun.management.jmxremote.port=9010 -Dcom.sun.management.jmxremote.authenticate=FALSE " +
                "-Dcom.sun.management.jmxremote.ssl=false -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
        /authenticate=FALSE/,
    ),
    // Was a MISS (fixed in round 51): (insecure accepted) Apache Kafka bin/kafka-run-class.sh (used by kafka-server-start.sh):
    // KAFKA_JMX_OPTS defaults to "-Dcom.sun.management.jmxremote -Dcom.sun.management.jmxremote.authenticate=false
    // -Dcom.sun.management.jmxremote.ssl=false" and `if [ $JMX_PORT ]` adds jmxremote.port=$JMX_PORT: JMX without
    // authentication on every address (Kafka docs "Monitoring": set JMX_PORT to enable remote JMX). A bare port is no
    // listen value, so the broker's JMX (any code as root via MLet) passes. Fix: for kafka-*.sh / kafka-run-class.sh
    // (and zkServer.sh's JMXPORT, JMXAUTH default false), JMX_PORT without KAFKA_JMX_OPTS naming authentication is a
    // served shell on every address.
    dev(
        "JMX_PORT=9999 kafka-server-start.sh -daemon server.properties as root (kafka-run-class's JMX: authenticate=false)",
        script("dev-kafka-jmx-port-nodes", [
            "JMX_PORT=9999 /opt/kafka/bin/kafka-server-start.sh -daemon /opt/kafka/config/server.properties",
        ]),
        /JMX on port 9999/,
    ),
    // Was a MISS (fixed in round 51): (insecure accepted) the same kafka-run-class.sh default from a unit's Environment=. Doc and fix as above.
    dev(
        "a root unit with Environment=JMX_PORT=9999 running kafka-server-start.sh (the same, from systemd)",
        script("dev-kafka-unit-jmx-port-nodes", [
            ...unit("kafka", [
                "Environment=JMX_PORT=9999",
                "ExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties",
            ]),
        ]),
        /JMX on port 9999/,
    ),
    // Was a MISS (fixed in round 51): (insecure accepted) Flask API `Flask.run`: use_debugger defaults to `self.debug` (flask/app.py run:
    // `options.setdefault("use_debugger", self.debug)`), and `app.config["DEBUG"] = True` / `app.debug = True` set it
    // (Flask docs "Configuration Handling": DEBUG). flaskScriptListeners only looks for `debug=True` inside `.run(...)`,
    // so Werkzeug's console on 0.0.0.0 as root passes. Fix: debug on when the script sets app.debug = True,
    // config["DEBUG"] = True / config.update(DEBUG=True) / from_mapping, or FLASK_DEBUG reaches it (next case).
    dev(
        'python3 /opt/ops/app.py whose code sets app.config["DEBUG"] = True, then app.run(host="0.0.0.0")',
        script("dev-flask-config-debug-nodes", [
            "mkdir -p /opt/ops",
            "cat > /opt/ops/app.py <<'EOF'",
            "from flask import Flask",
            "app = Flask(__name__)",
            'app.config["DEBUG"] = True',
            "",
            '@app.route("/")',
            "def index():",
            '    return "ok"',
            "",
            'if __name__ == "__main__":',
            '    app.run(host="0.0.0.0", port=5000)',
            "EOF",
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
        /debug mode/,
    ),
    // Was a MISS (fixed in round 51): (insecure accepted) flask/app.py Flask.run: `if "FLASK_DEBUG" in os.environ: self.debug =
    // get_debug_flag()` (after loading .env/.flaskenv), then use_debugger defaults to self.debug: `app.run(host="0.0.0.0")`
    // started with FLASK_DEBUG=1 serves Werkzeug's Python console on every address as root. flaskScriptListeners reads
    // only `debug=True` in the call, never the environment. Fix: read FLASK_DEBUG from the program's environment (and
    // dotenv files, as flaskDebuggerListeners does) for app.run calls without `debug=False`.
    dev(
        'a root unit with Environment=FLASK_DEBUG=1 running python3 app.py, whose code calls app.run(host="0.0.0.0")',
        script("dev-flask-env-debug-app-run-nodes", [
            "mkdir -p /opt/ops",
            "cat > /opt/ops/app.py <<'EOF'",
            "from flask import Flask",
            "app = Flask(__name__)",
            'if __name__ == "__main__":',
            '    app.run(host="0.0.0.0", port=5000)',
            "EOF",
            ...unit("ops", [
                "Environment=FLASK_DEBUG=1",
                "WorkingDirectory=/opt/ops",
                "ExecStart=/usr/bin/python3 /opt/ops/app.py",
            ]),
        ]),
        /FLASK_DEBUG/,
    ),
    // Was a MISS (fixed in round 51): (insecure accepted) Werkzeug "Serving WSGI Applications": `run_simple(hostname, port, application,
    // use_debugger=True)` wraps the app in DebuggedApplication (the same console Flask's debug mode serves: "allows the
    // execution of arbitrary code"). The Flask reader looks for `.run(`, not run_simple, so the console on 0.0.0.0 as
    // root passes. Fix: read `run_simple(HOST, PORT, APP, ... use_debugger=True ...)` and `DebuggedApplication(app,
    // evalex=True)` as served shells on HOST.
    dev(
        'python3 /opt/ops/serve.py whose code calls werkzeug run_simple("0.0.0.0", 5000, app, use_debugger=True)',
        script("dev-werkzeug-run-simple-debugger-nodes", [
            "mkdir -p /opt/ops",
            "cat > /opt/ops/serve.py <<'EOF'",
            "from werkzeug.serving import run_simple",
            "from ops import app",
            'run_simple("0.0.0.0", 5000, app, use_debugger=True, use_reloader=False)',
            "EOF",
            "cd /opt/ops && nohup python3 serve.py >/var/log/ops.log 2>&1 &",
        ]),
        /run_simple/,
    ),
    // Neighbours (round 51): debug mode set by `app.debug = True` with the host positional, FLASK_DEBUG from the
    // dotenv file app.run loads, config.update(DEBUG=True) with a host no literal, and Werkzeug's
    // DebuggedApplication(evalex=True) served by run_simple without use_debugger.
    dev(
        'python3 /opt/ops/app.py whose code sets app.debug = True, then app.run("0.0.0.0", 5000) (host positional)',
        script("dev-flask-app-debug-positional-nodes", [
            ...pythonFile("/opt/ops/app.py", flaskApp(["app.debug = True"], 'app.run("0.0.0.0", 5000)')),
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
        /debug mode/,
    ),
    dev(
        'python3 app.py in /opt/ops with FLASK_DEBUG=true in /opt/ops/.env, whose code calls app.run(host="0.0.0.0")',
        script("dev-flask-dotenv-debug-app-run-nodes", [
            ...pythonFile("/opt/ops/app.py", flaskApp([], 'app.run(host="0.0.0.0")')),
            "printf 'FLASK_DEBUG=true\\n' > /opt/ops/.env",
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
        /debug mode/,
    ),
    dev(
        "python3 /opt/ops/app.py with app.config.update(DEBUG=True), then app.run(host=HOST) (a host no literal)",
        script("dev-flask-config-update-debug-nodes", [
            ...pythonFile(
                "/opt/ops/app.py",
                flaskApp(["import os", "app.config.update(DEBUG=True)"], 'app.run(host=os.environ["APP_HOST"])'),
            ),
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
        /debug mode/,
    ),
    dev(
        'python3 /opt/ops/serve.py serving DebuggedApplication(app, evalex=True) with run_simple("0.0.0.0", 5000, ...)',
        script("dev-werkzeug-debugged-app-nodes", [
            ...pythonFile("/opt/ops/serve.py", [
                "from werkzeug.debug import DebuggedApplication",
                "from werkzeug.serving import run_simple",
                "from ops import app",
                'run_simple("0.0.0.0", 5000, DebuggedApplication(app, evalex=True))',
            ]),
            "cd /opt/ops && nohup python3 serve.py >/var/log/ops.log 2>&1 &",
        ]),
        /run_simple/,
    ),
    dev(
        "a root unit WorkingDirectory=/opt/ops ExecStart=flask --app ops run --debug, FLASK_RUN_HOST=0.0.0.0 in /opt/ops/.flaskenv",
        script("dev-flask-unit-workdir-flaskenv-nodes", [
            "mkdir -p /opt/ops",
            "printf 'FLASK_RUN_HOST=0.0.0.0\\n' > /opt/ops/.flaskenv",
            ...unit("ops", ["WorkingDirectory=/opt/ops", "ExecStart=/usr/local/bin/flask --app ops run --debug"]),
        ]),
        /debugger/,
    ),
    // Was a MISS (fixed in round 51): (insecure accepted) Kafka's broker takes `--override property=value` after server.properties
    // (kafka.Kafka: "Optional property that should override values set in server.properties file");
    // listeners=PLAINTEXT://0.0.0.0:9092 binds every address. unreadListeners sees the word
    // `listeners=PLAINTEXT://0.0.0.0:9092`, which is neither an option nor an address, so an unread root server on
    // every address passes. Fix: judge URL/HOST:PORT values inside `key=value` operands (and `-E key=value`,
    // `--set key=value`) by host, as URL-valued options are.
    dev(
        "kafka-server-start.sh --override listeners=PLAINTEXT://0.0.0.0:9092 as root (an unread broker on every address)",
        script("dev-kafka-override-listeners-nodes", [
            "nohup /opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties --override listeners=PLAINTEXT://0.0.0.0:9092 &",
        ]),
        /PLAINTEXT:\/\/0\.0\.0\.0:9092/,
    ),
    // Neighbours of the round-51 JVM/Kafka fixes that must stay refused.
    dev(
        'export JAVA_TOOL_OPTIONS="-agentlib:jdwp=...,address=*:5005", then kafka-server-start.sh (its java reads it too)',
        script("dev-kafka-java-tool-options-jdwp-nodes", [
            `export JAVA_TOOL_OPTIONS="${JDWP_ALL}"`,
            "/opt/kafka/bin/kafka-server-start.sh -daemon /opt/kafka/config/server.properties",
        ]),
        /jdwp/,
    ),
    dev(
        "java @/etc/ledger/jvm.args whose argument file user data edits after writing it (sed -i: unread)",
        script("dev-java-argfile-edited-nodes", [
            "mkdir -p /etc/ledger",
            "printf '%s\\n' '-Xmx1g' '-Dserver.address=127.0.0.1' > /etc/ledger/jvm.args",
            'sed -i "s/-Xmx1g/$JVM_FLAGS/" /etc/ledger/jvm.args',
            "nohup java @/etc/ledger/jvm.args -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
        /jvm\.args/,
    ),
    dev(
        "java @/etc/ledger/jvm.args, an argument file user data never writes (it may hold any option)",
        script("dev-java-argfile-unwritten-nodes", [
            "nohup java @/etc/ledger/jvm.args -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
        /jvm\.args/,
    ),
    dev(
        "java -Dcom.sun.management.config.file=FILE (authenticate=true in the file) overridden by -D...authenticate=false",
        script("dev-java-jmx-config-file-overridden-nodes", [
            "mkdir -p /etc/ledger",
            "cat > /etc/ledger/management.properties <<'EOF'",
            "com.sun.management.jmxremote.port=9010",
            "com.sun.management.jmxremote.authenticate=true",
            "EOF",
            "nohup java -Dcom.sun.management.config.file=/etc/ledger/management.properties " +
                "-Dcom.sun.management.jmxremote.authenticate=false -jar /opt/ledger/ledger.jar &",
        ]),
        /JMX/,
    ),
    dev(
        'java with JMX port 9010 and -Dcom.sun.management.jmxremote.authenticate=no (not "true": off)',
        script("dev-java-jmx-noauth-no-nodes", [
            "nohup java -Dcom.sun.management.jmxremote.port=9010 -Dcom.sun.management.jmxremote.authenticate=no " +
                "-jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
        /JMX/,
    ),
    dev(
        "export JMX_PORT=9999, then kafka-server-start.sh (kafka-run-class's default JMX options, exported port)",
        script("dev-kafka-exported-jmx-port-nodes", [
            "export JMX_PORT=9999",
            "/opt/kafka/bin/kafka-server-start.sh -daemon /opt/kafka/config/server.properties",
        ]),
        /JMX/,
    ),
    dev(
        'JMX_PORT=9999 KAFKA_JMX_OPTS="-Dcom.sun.management.jmxremote.authenticate=false ..." kafka-server-start.sh',
        script("dev-kafka-jmx-opts-noauth-nodes", [
            'JMX_PORT=9999 KAFKA_JMX_OPTS="-Dcom.sun.management.jmxremote -Dcom.sun.management.jmxremote.authenticate=false" ' +
                "/opt/kafka/bin/kafka-server-start.sh -daemon /opt/kafka/config/server.properties",
        ]),
        /JMX/,
    ),
    dev(
        "kafka-server-start.sh --override listeners=PLAINTEXT://$NODE_IP:9092 as root (the node's own address)",
        script("dev-kafka-override-listeners-node-ip-nodes", [
            "NODE_IP=$(hostname -i)",
            'nohup /opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties --override "listeners=PLAINTEXT://$NODE_IP:9092" &',
        ]),
        /kafka-server-start/,
    ),
    // Neighbours (round 51) of the backing-service settings (secure list): the app's own server.address on every
    // address beside Cassandra contact points, a contact point on every address, a syslog sink beside HOST=0.0.0.0.
    dev(
        "java -Dspring.cassandra.contact-points=10.0.3.10:9042 -Dserver.address=0.0.0.0 -jar app.jar (its own server on every address)",
        script("dev-java-cassandra-server-all-nodes", [
            "nohup java -Dspring.cassandra.contact-points=10.0.3.10:9042 -Dserver.address=0.0.0.0 -jar /opt/ledger/ledger.jar &",
        ]),
        /0\.0\.0\.0/,
    ),
    dev(
        "java -Dspring.cassandra.contact-points=0.0.0.0:9042 -jar app.jar (every address is no client's far end)",
        script("dev-java-cassandra-points-all-nodes", [
            "nohup java -Dspring.cassandra.contact-points=0.0.0.0:9042 -jar /opt/ledger/ledger.jar &",
        ]),
        /0\.0\.0\.0/,
    ),
    dev(
        "a root worker unit with SYSLOG_HOST=10.0.5.5 besides its own HOST=0.0.0.0 (a sink does not hide its listen address)",
        script("dev-worker-syslog-host-open-nodes", [
            ...unit("ledger-worker", [
                "Environment=SYSLOG_HOST=10.0.5.5 HOST=0.0.0.0",
                "ExecStart=/usr/bin/python3 /opt/ledger/worker.py",
            ]),
        ]),
        /HOST=0\.0\.0\.0/,
    ),
];

const secure: NodeCase[] = [
    dev(
        "a root Node.js unit with HOST=127.0.0.1, REDIS_URL and DATABASE_URL by IP (loopback app, its backing services)",
        script("dev-node-app-urls-ok-nodes", [
            ...unit("ledger-web", [
                "Environment=NODE_ENV=production HOST=127.0.0.1 PORT=3000",
                "Environment=REDIS_URL=redis://10.0.3.4:6379 DATABASE_URL=postgres://ledger@10.0.3.3:5432/ledger",
                "ExecStart=/usr/bin/node /opt/ledger-web/server.js",
            ]),
        ]),
    ),
    // Was a MISS (fixed in round 51): (secure refused) SYSLOG_HOST names the syslog server an app sends to (Python logging.handlers.SysLogHandler
    // address=(host, port): "the address ... to send to"); 10.0.5.5 is another host (bind(2) EADDRNOTAVAIL). FAR_END_WORD
    // lists no log sink, so a LISTEN_VARIABLE on an IP literal is refused. Fix: add SYSLOG, LOGSTASH, FLUENTD/FLUENT,
    // GRAYLOG/GELF, LOKI, SENTRY, INFLUX(DB), CLICKHOUSE, MSSQL, ORACLE to FAR_END_WORD (log, metric and database sinks).
    dev(
        "a root Python worker unit with Environment=SYSLOG_HOST=10.0.5.5 SYSLOG_PORT=514 (where it sends its logs)",
        script("dev-worker-syslog-host-ok-nodes", [
            ...unit("ledger-worker", [
                "Environment=SYSLOG_HOST=10.0.5.5 SYSLOG_PORT=514",
                "ExecStart=/usr/bin/python3 /opt/ledger/worker.py",
            ]),
        ]),
    ),
    // Was a MISS (fixed in round 51): (secure refused) python-logstash's handler (`logstash.TCPLogstashHandler(host, port)`, the
    // LOGSTASH_HOST/LOGSTASH_PORT convention of its README) connects to Logstash's beats/tcp input; same list gap as
    // above. Fix: as above.
    dev(
        "a root Python worker unit with Environment=LOGSTASH_HOST=10.0.5.6 LOGSTASH_PORT=5044 (python-logstash's handler)",
        script("dev-worker-logstash-host-ok-nodes", [
            ...unit("ledger-worker", [
                "Environment=LOGSTASH_HOST=10.0.5.6 LOGSTASH_PORT=5044",
                "ExecStart=/usr/bin/python3 /opt/ledger/worker.py",
            ]),
        ]),
    ),
    // Was a MISS (fixed in round 51): (secure refused) Spring Boot application properties: spring.cassandra.contact-points "Cluster node
    // addresses in the form 'host:port'" (the Cassandra driver connects to them); the app itself is bound to 127.0.0.1.
    // clientSetting wants an address word last (HOST, ADDR, PORT, URL, ...), CONTACT_POINTS is none, and the HOST:PORT
    // value is read as java listening on 10.0.3.10. Fix: a -D property/variable naming a FAR_END_WORD (CASSANDRA here)
    // is a client's whatever its last word (POINTS, NODES, URIS, HOSTS, BOOTSTRAP_SERVERS), unless BIND/LISTEN.
    dev(
        "java -Dspring.cassandra.contact-points=10.0.3.10:9042 -Dserver.address=127.0.0.1 -jar app.jar (Cassandra nodes)",
        script("dev-java-cassandra-contact-points-ok-nodes", [
            "nohup java -Dspring.cassandra.contact-points=10.0.3.10:9042 -Dspring.cassandra.local-datacenter=dc1 " +
                "-Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
    ),
    // Neighbours (round 51): other backing services' address lists (Spring Boot spring.kafka.bootstrap-servers,
    // spring.rabbitmq.addresses) and log/metric sinks (GELF, Loki, InfluxDB, Sentry) stay clients; the same java with
    // its own server.address on every address, and a contact point on every address (no client's), are refused (above).
    dev(
        "java -Dspring.kafka.bootstrap-servers=10.0.3.6:9092,10.0.3.7:9092 -Dspring.rabbitmq.addresses=10.0.3.5:5672 on loopback",
        script("dev-java-kafka-rabbit-lists-ok-nodes", [
            "nohup java -Dspring.kafka.bootstrap-servers=10.0.3.6:9092,10.0.3.7:9092 " +
                "-Dspring.rabbitmq.addresses=10.0.3.5:5672 -Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar &",
        ]),
    ),
    dev(
        "a root worker unit with GRAYLOG_HOST, LOKI_URL, INFLUXDB_URL and SENTRY_HOST by IP and HOST=127.0.0.1",
        script("dev-worker-log-sinks-ok-nodes", [
            ...unit("ledger-worker", [
                "Environment=HOST=127.0.0.1 GRAYLOG_HOST=10.0.5.7 LOKI_URL=http://10.0.5.8:3100",
                "Environment=INFLUXDB_URL=http://10.0.5.9:8086 SENTRY_HOST=10.0.5.10",
                "ExecStart=/usr/bin/python3 /opt/ledger/worker.py",
            ]),
        ]),
    ),
    dev(
        "java -Dspring.elasticsearch.uris=http://10.0.3.8:9200 -Dserver.address=127.0.0.1 -jar app.jar (its search cluster)",
        script("dev-java-es-uris-ok-nodes", [
            "nohup java -Dspring.elasticsearch.uris=http://10.0.3.8:9200 -Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar &",
        ]),
    ),
    dev(
        "kafka-topics.sh --bootstrap-server 10.0.3.6:9092 --create --if-not-exists --topic ledger-events (a client)",
        script("dev-kafka-topics-ok-nodes", [
            "/opt/kafka/bin/kafka-topics.sh --bootstrap-server 10.0.3.6:9092 --create --if-not-exists --topic ledger-events",
        ]),
    ),
    dev(
        "fluent-bit -i tail -p path=/var/log/ledger.log -o forward://10.0.5.5:24224 (ships a log to its aggregator)",
        script("dev-fluent-bit-forward-ok-nodes", [
            "nohup fluent-bit -i tail -p path=/var/log/ledger.log -o forward://10.0.5.5:24224 >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "a root uvicorn unit --host 127.0.0.1 with DATABASE_URL, CELERY_BROKER_URL and SMTP_SERVER by IP",
        script("dev-uvicorn-lo-clients-ok-nodes", [
            ...unit("ledger-api", [
                "Environment=DATABASE_URL=postgresql://ledger@10.0.3.3/ledger CELERY_BROKER_URL=amqp://10.0.3.5:5672//",
                "Environment=SMTP_SERVER=10.0.3.9",
                "WorkingDirectory=/opt/ledger",
                "ExecStart=/opt/ledger/venv/bin/uvicorn ledger.main:app --host 127.0.0.1 --port 8000",
            ]),
        ]),
    ),
    dev(
        "a root unit WorkingDirectory=/opt/ops running flask run --debug, .env with FLASK_RUN_HOST=127.0.0.1 and DATABASE_URL",
        script("dev-flask-unit-env-lo-ok-nodes", [
            "mkdir -p /opt/ops",
            "printf 'FLASK_RUN_HOST=127.0.0.1\\nDATABASE_URL=postgresql://ops@10.0.3.3/ops\\n' > /opt/ops/.env",
            ...unit("ops", ["WorkingDirectory=/opt/ops", "ExecStart=/usr/local/bin/flask --app ops run --debug"]),
        ]),
    ),
    dev(
        'python3 /opt/ops/app.py whose code calls app.run(host="127.0.0.1", debug=True) (the debugger on loopback)',
        script("dev-flask-app-run-lo-ok-nodes", [
            "mkdir -p /opt/ops",
            "cat > /opt/ops/app.py <<'EOF'",
            "from flask import Flask",
            "app = Flask(__name__)",
            'if __name__ == "__main__":',
            '    app.run(host="127.0.0.1", port=5000, debug=True)',
            "EOF",
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Neighbours (round 51): debug mode set in code but turned off by the call (its `debug` "overrides all other
    // sources"), or on loopback; FLASK_DEBUG=0 in the unit; Werkzeug's debugger on loopback, or run_simple without it.
    dev(
        'python3 /opt/ops/app.py with app.config["DEBUG"] = True, then app.run(host="0.0.0.0", debug=False)',
        script("dev-flask-config-debug-off-ok-nodes", [
            ...pythonFile(
                "/opt/ops/app.py",
                flaskApp(['app.config["DEBUG"] = True'], 'app.run(host="0.0.0.0", port=5000, debug=False)'),
            ),
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        'python3 /opt/ops/app.py with app.debug = True, then app.run(host="127.0.0.1") (the debugger on loopback)',
        script("dev-flask-app-debug-lo-ok-nodes", [
            ...pythonFile("/opt/ops/app.py", flaskApp(["app.debug = True"], 'app.run(host="127.0.0.1")')),
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        'a root unit with Environment=FLASK_DEBUG=0 running python3 app.py, whose code calls app.run(host="0.0.0.0")',
        script("dev-flask-env-debug-off-ok-nodes", [
            ...pythonFile("/opt/ops/app.py", flaskApp([], 'app.run(host="0.0.0.0", port=5000)')),
            ...unit("ops", ["Environment=FLASK_DEBUG=0", "ExecStart=/usr/bin/python3 /opt/ops/app.py"]),
        ]),
    ),
    dev(
        'python3 /opt/ops/serve.py calling run_simple("127.0.0.1", 5000, app, use_debugger=True) (loopback)',
        script("dev-werkzeug-run-simple-lo-ok-nodes", [
            // DECIDED (round 72): the module it imports is written here; one user data did not write is code the pack does not read (userData.ts pythonUnreadCode: refused).
            ...pythonFile("/opt/ops/ops.py", ["from flask import Flask", "app = Flask(__name__)"]),
            ...pythonFile("/opt/ops/serve.py", [
                "from werkzeug.serving import run_simple",
                "from ops import app",
                'run_simple("127.0.0.1", 5000, app, use_debugger=True)',
            ]),
            "cd /opt/ops && nohup python3 serve.py >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        'python3 /opt/ops/serve.py calling run_simple("0.0.0.0", 5000, app) (no debugger)',
        script("dev-werkzeug-run-simple-plain-ok-nodes", [
            // DECIDED (round 72): the module it imports is written here; one user data did not write is code the pack does not read (userData.ts pythonUnreadCode: refused).
            ...pythonFile("/opt/ops/ops.py", ["from flask import Flask", "app = Flask(__name__)"]),
            ...pythonFile("/opt/ops/serve.py", [
                "from werkzeug.serving import run_simple",
                "from ops import app",
                'run_simple("0.0.0.0", 5000, app)',
            ]),
            "cd /opt/ops && nohup python3 serve.py >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "java -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=localhost:5005 (loopback by name)",
        script("dev-java-jdwp-localhost-ok-nodes", [
            "nohup java -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=localhost:5005 -jar /opt/ledger/ledger.jar &",
        ]),
    ),
    dev(
        'export JAVA_TOOL_OPTIONS="-javaagent:/opt/otel/opentelemetry-javaagent.jar -Dotel.exporter.otlp.endpoint=http://10.0.5.5:4317"',
        script("dev-java-otel-agent-ok-nodes", [
            'export JAVA_TOOL_OPTIONS="-javaagent:/opt/otel/opentelemetry-javaagent.jar -Dotel.exporter.otlp.endpoint=http://10.0.5.5:4317"',
            "nohup java -Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
    ),
    dev(
        "nats --server nats://10.0.3.5:4222 pub node.ready $(hostname) (the NATS CLI announcing the node)",
        script("dev-nats-cli-pub-ok-nodes", ['nats --server nats://10.0.3.5:4222 pub node.ready "$(hostname)"']),
    ),
    // Neighbours of the round-51 JVM/Kafka fixes that must stay clean.
    dev(
        'export JDK_JAVA_OPTIONS="-Xmx1g -Dfile.encoding=UTF-8", then java -Dserver.address=127.0.0.1 -jar app.jar',
        script("dev-java-jdk-java-options-ok-nodes", [
            'export JDK_JAVA_OPTIONS="-Xmx1g -Dfile.encoding=UTF-8"',
            "nohup java -Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
    ),
    dev(
        'export _JAVA_OPTIONS="-agentlib:jdwp=...,address=127.0.0.1:5005", then java -jar (JDWP on loopback)',
        script("dev-java-underscore-options-lo-ok-nodes", [
            'export _JAVA_OPTIONS="-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:5005"',
            "nohup java -Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
    ),
    dev(
        "java @/etc/ledger/jvm.args -jar app.jar, the argument file written in full (heap size, loopback address)",
        script("dev-java-argfile-ok-nodes", [
            "mkdir -p /etc/ledger",
            "cat > /etc/ledger/jvm.args <<'EOF'",
            "# ledger JVM options",
            "-Xmx1g",
            "-Dserver.address=127.0.0.1",
            "EOF",
            "nohup java @/etc/ledger/jvm.args -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
    ),
    dev(
        "java -Dcom.sun.management.config.file=FILE with port 9010, authenticate=true and a password file (a login)",
        script("dev-java-jmx-config-file-auth-ok-nodes", [
            "mkdir -p /etc/ledger",
            "cat > /etc/ledger/management.properties <<'EOF'",
            "com.sun.management.jmxremote.port=9010",
            "com.sun.management.jmxremote.authenticate=true",
            "com.sun.management.jmxremote.password.file=/etc/ledger/jmxremote.password",
            "EOF",
            "nohup java -Dcom.sun.management.config.file=/etc/ledger/management.properties -jar /opt/ledger/ledger.jar &",
        ]),
    ),
    dev(
        "java with JMX port 9010 and -Dcom.sun.management.jmxremote.authenticate=TRUE (Boolean.valueOf ignores case)",
        script("dev-java-jmx-auth-upper-ok-nodes", [
            "nohup java -Dcom.sun.management.jmxremote.port=9010 -Dcom.sun.management.jmxremote.authenticate=TRUE " +
                "-Dcom.sun.management.jmxremote.password.file=/etc/ledger/jmxremote.password -jar /opt/ledger/ledger.jar &",
        ]),
    ),
    dev(
        "JMX_PORT=9999 with KAFKA_JMX_OPTS turning authentication on (a password file), then kafka-server-start.sh",
        script("dev-kafka-jmx-auth-ok-nodes", [
            'JMX_PORT=9999 KAFKA_JMX_OPTS="-Dcom.sun.management.jmxremote -Dcom.sun.management.jmxremote.authenticate=true ' +
                '-Dcom.sun.management.jmxremote.password.file=/opt/kafka/config/jmx.password" ' +
                "/opt/kafka/bin/kafka-server-start.sh -daemon /opt/kafka/config/server.properties",
        ]),
    ),
    dev(
        "kafka-server-start.sh -daemon server.properties without JMX_PORT (kafka-run-class starts no remote JMX)",
        script("dev-kafka-no-jmx-port-ok-nodes", [
            "/opt/kafka/bin/kafka-server-start.sh -daemon /opt/kafka/config/server.properties",
        ]),
    ),
    dev(
        "kafka-server-start.sh --override listeners=PLAINTEXT://127.0.0.1:9092 advertised.listeners=... zookeeper.connect=...",
        script("dev-kafka-override-lo-ok-nodes", [
            "nohup /opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties " +
                "--override listeners=PLAINTEXT://127.0.0.1:9092 --override advertised.listeners=PLAINTEXT://10.0.1.5:9092 " +
                "--override zookeeper.connect=10.0.3.7:2181 &",
        ]),
    ),
];

describeNodeCases(
    "red team round 51: node user data against round 50's client-setting, flask dotenv and JVM agent rules (fresh eyes)",
    insecure,
    secure,
);
