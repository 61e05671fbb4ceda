// Red-team round 53 on EKS NODE user data (fresh eyes): round 52's node client/server rules.
// Probed: JVM option sources beyond round 52's table (Tomcat's CATALINA_OPTS and bin/setenv.sh, JDK_JAVA_OPTIONS read
// by the java launcher a script execs, ZooKeeper's conf/java.env, Kafka's KAFKA_DEBUG/JAVA_DEBUG_PORT, Elasticsearch's
// ES_JAVA_OPTS and jvm.options.d, Solr's ENABLE_REMOTE_JMX_OPTS, Cassandra's JVM_EXTRA_OPTS, systemctl set-environment),
// the Jolokia JVM agent's own host= option, Flask's debug state behind an imported app or app.run(load_dotenv=False),
// an aliased run_simple; and the secure neighbours: Tomcat's loopback JPDA default, Elasticsearch _local_, JMX with TLS
// client certificates, Flask code turning debug off, Java system properties naming far ends (proxy, HSM, ActiveMQ,
// Kafka bootstrap servers, Eureka). Not filed: Elasticsearch's `-E network.host=_site_` / `_eth0_` (the pack accepts
// them, but Elasticsearch refuses to run as root and an unread non-root server is accepted by design).
// Misses (`skip: true`, a MISS comment and the doc checked): insecure — Tomcat CATALINA_OPTS exported and bin/setenv.sh,
// JDK_JAVA_OPTIONS under catalina.sh, ZooKeeper conf/java.env, Elasticsearch ES_JAVA_OPTS drop-in and jvm.options.d,
// Solr ENABLE_REMOTE_JMX_OPTS, Cassandra JVM_EXTRA_OPTS, Jolokia agent host= (node address and *), a Flask app imported
// from a module that sets DEBUG, an aliased run_simple (12); secure — JMX over TLS with client certificates,
// -Dhttps.proxyHost, -Dhsm.host (3).
import { describeNodeCases, devNodeCase, NodeCase, devNodeScript, systemdUnit, heredocFile } from "./nodeBuilders";

const dev = devNodeCase;

const script = devNodeScript;

const unit = systemdUnit;

const file = heredocFile;

const JDWP_ALL = "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005";
const JMX_OPEN =
    "-Dcom.sun.management.jmxremote.port=9011 -Dcom.sun.management.jmxremote.authenticate=false " +
    "-Dcom.sun.management.jmxremote.ssl=false";

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 53): Tomcat catalina.sh header: "CATALINA_OPTS (Optional) Java runtime options used when the \"start\", \"run\" or
    // \"debug\" command is executed" (exported: the script reads it). Unauthenticated JMX (MLet: any code as root) on every
    // address. CATALINA_OPTS is no own variable of catalina.sh (own = CATALINA_SH_) and not a JVM-read one, so unseen.
    dev(
        'export CATALINA_OPTS="-D...jmxremote.port=9011 -D...authenticate=false -D...ssl=false", then catalina.sh start',
        script("dev-tomcat-export-catalina-opts-jmx-nodes", [
            `export CATALINA_OPTS="${JMX_OPEN}"`,
            "/opt/tomcat/bin/catalina.sh start",
        ]),
        /9011|JMX|CATALINA_OPTS/,
    ),
    // Was a MISS (fixed in round 53): catalina.sh sources CATALINA_BASE/bin/setenv.sh (its header: "Do not set the variables in this script.
    // Instead put them into a script setenv.sh in CATALINA_BASE/bin"); JDWP on *:8000 = any code as root. The pack reads
    // no setenv.sh.
    dev(
        "Tomcat's bin/setenv.sh written with CATALINA_OPTS holding JDWP on *:8000, then catalina.sh start",
        script("dev-tomcat-setenv-jdwp-nodes", [
            ...file("/opt/tomcat/bin/setenv.sh", [
                'CATALINA_OPTS="$CATALINA_OPTS -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:8000"',
            ]),
            "/opt/tomcat/bin/catalina.sh start",
        ]),
        /8000|jdwp|setenv/,
    ),
    // Was a MISS (fixed in round 53): JDK_JAVA_OPTIONS is read by the java launcher (java(1) "Using the JDK_JAVA_OPTIONS Launcher Environment
    // Variable"), and catalina.sh execs that launcher ("$_RUNJAVA"; Tomcat's own catalina.sh appends --add-opens to
    // JDK_JAVA_OPTIONS and exports it). Round 52 gives JDK_JAVA_OPTIONS only to isJvmLauncher programs (java, Kafka, zkServer.sh).
    dev(
        'export JDK_JAVA_OPTIONS="-agentlib:jdwp=...,address=*:5005", then catalina.sh start (its java launcher reads it)',
        script("dev-tomcat-jdk-java-options-jdwp-nodes", [
            `export JDK_JAVA_OPTIONS="${JDWP_ALL}"`,
            "/opt/tomcat/bin/catalina.sh start",
        ]),
        /jdwp|5005/,
    ),
    // Was a MISS (fixed in round 53): ZooKeeper bin/zkEnv.sh (sourced by zkServer.sh): `if [ -f "$ZOOCFGDIR/java.env" ]; then . "$ZOOCFGDIR/java.env"`
    // (code index, apache/zookeeper zkEnv.sh); SERVER_JVMFLAGS reaches `"$JAVA" ... $JVMFLAGS`. JDWP *:5005 as root; the
    // launcher table reads only the process environment, not java.env (or zookeeper-env.sh).
    dev(
        "ZooKeeper's conf/java.env written with SERVER_JVMFLAGS holding JDWP on *:5005, then zkServer.sh start",
        script("dev-zookeeper-java-env-jdwp-nodes", [
            ...file("/opt/zookeeper/conf/java.env", [`export SERVER_JVMFLAGS="${JDWP_ALL}"`]),
            "/opt/zookeeper/bin/zkServer.sh start",
        ]),
        /jdwp|5005|java\.env/,
    ),
    dev(
        "export KAFKA_DEBUG=y JAVA_DEBUG_PORT='*:5005', then kafka-server-start.sh -daemon (kafka-run-class.sh's JDWP)",
        script("dev-kafka-debug-port-all-nodes", [
            "export KAFKA_DEBUG=y JAVA_DEBUG_PORT='*:5005'",
            "/opt/kafka/bin/kafka-server-start.sh -daemon /opt/kafka/config/server.properties",
        ]),
        /5005|jdwp|KAFKA_DEBUG|JAVA_DEBUG_PORT/,
    ),
    // Was a MISS (fixed in round 53): Elasticsearch "Set JVM options": ES_JAVA_OPTS is passed to its JVM; a drop-in's Environment= extends the
    // packaged unit (systemd.unit(5) "drop-in"), which runs as user elasticsearch: JDWP = any code as that user on the
    // node's network (IMDS, the node role; the pack refuses the same JDWP for `sudo -u ledger java`). ES_JAVA_OPTS is not
    // read for the unit's program.
    dev(
        'an elasticsearch.service drop-in with Environment="ES_JAVA_OPTS=-agentlib:jdwp=...,address=*:5005"',
        script("dev-elasticsearch-es-java-opts-jdwp-nodes", [
            ...file("/etc/systemd/system/elasticsearch.service.d/debug.conf", [
                "[Service]",
                `Environment="ES_JAVA_OPTS=${JDWP_ALL}"`,
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now elasticsearch",
        ]),
        /jdwp|5005|ES_JAVA_OPTS/,
    ),
    // Was a MISS (fixed in round 53): Elasticsearch "Set JVM options": custom options files ending in .options in jvm.options.d (package config dir
    // /etc/elasticsearch) are added to the JVM's options. Same JDWP as above; the pack reads no jvm.options(.d).
    dev(
        "/etc/elasticsearch/jvm.options.d/debug.options written with JDWP on *:5005, then systemctl start elasticsearch",
        script("dev-elasticsearch-jvm-options-d-jdwp-nodes", [
            ...file("/etc/elasticsearch/jvm.options.d/debug.options", [JDWP_ALL]),
            "systemctl enable --now elasticsearch",
        ]),
        /jdwp|5005|jvm\.options/,
    ),
    // Was a MISS (fixed in round 53): Solr Reference Guide "JMX with Solr": with ENABLE_REMOTE_JMX_OPTS=true (RMI_PORT default 18983) bin/solr passes
    // -Dcom.sun.management.jmxremote.local.only=false -D...ssl=false -D...authenticate=false -D...port=18983: unauthenticated
    // JMX (MLet: any code; -force runs it as root). bin/solr is not in JVM_LAUNCHER_SCRIPTS.
    dev(
        "ENABLE_REMOTE_JMX_OPTS=true solr start -force (bin/solr's remote JMX: authenticate=false on RMI_PORT 18983)",
        script("dev-solr-remote-jmx-nodes", ["ENABLE_REMOTE_JMX_OPTS=true /opt/solr/bin/solr start -force -p 8983"]),
        /JMX|18983|ENABLE_REMOTE_JMX_OPTS/,
    ),
    // Was a MISS (fixed in round 53): Cassandra conf/cassandra-env.sh ends with JVM_OPTS="$JVM_OPTS $JVM_EXTRA_OPTS" (code index), and -R lets
    // bin/cassandra run as root: JDWP *:5005 = any code as root. JVM_EXTRA_OPTS is no own variable of `cassandra`.
    dev(
        'a root cassandra unit with Environment="JVM_EXTRA_OPTS=-agentlib:jdwp=...,address=*:5005" (cassandra-env.sh appends it)',
        script("dev-cassandra-jvm-extra-opts-jdwp-nodes", [
            ...unit("cassandra", [
                `Environment="JVM_EXTRA_OPTS=${JDWP_ALL}"`,
                "ExecStart=/opt/cassandra/bin/cassandra -R -f",
            ]),
        ]),
        /jdwp|5005|JVM_EXTRA_OPTS/,
    ),
    // Was a MISS (fixed in round 53): Jolokia "JVM Agent" (jolokia.org reference): `-javaagent:agent.jar=port=7777,host=localhost`, host the address its
    // HTTP server binds ("*" or 0.0.0.0: every interface), no authentication unless user/password are set; JMX over HTTP
    // reaches DiagnosticCommand/MLet = any code as root. Round 52 leaves a bare host= to clients, and the agent's options
    // are not read at all.
    dev(
        "java -javaagent:/opt/jolokia/jolokia-agent.jar=port=8778,host=10.0.1.15 -jar app.jar (Jolokia: JMX over HTTP, no auth)",
        script("dev-java-jolokia-agent-host-ip-nodes", [
            "nohup java -javaagent:/opt/jolokia/jolokia-agent.jar=port=8778,host=10.0.1.15 " +
                "-Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
        /jolokia|10\.0\.1\.15|8778/,
    ),
    // Was a MISS (fixed in round 53): the same agent with host=* (every interface, per the Jolokia JVM agent reference): not even the every-address
    // rule reads the -javaagent option string.
    dev(
        "java -javaagent:/opt/jolokia/jolokia-agent.jar=host=*,port=8778 -jar app.jar (Jolokia on every address)",
        script("dev-java-jolokia-agent-host-all-nodes", [
            "nohup java -javaagent:/opt/jolokia/jolokia-agent.jar=host=*,port=8778 " +
                "-Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
        /jolokia|8778|\*/,
    ),
    dev(
        'systemctl set-environment _JAVA_OPTIONS="-agentlib:jdwp=...,address=*:5005", then a root unit running a vendor wrapper',
        script("dev-set-environment-java-options-jdwp-nodes", [
            `systemctl set-environment "_JAVA_OPTIONS=${JDWP_ALL}"`,
            ...unit("app-server", ["ExecStart=/opt/app/bin/app-server run"]),
        ]),
        /jdwp|5005/,
    ),
    // Was a MISS (fixed in round 53): Flask.run sets use_debugger from self.debug (flask/app.py:
    // options.setdefault("use_debugger", self.debug)), and self.debug is config["DEBUG"], set by the imported package
    // ops/__init__.py that user data wrote. flaskCodeDebug reads only run.py, whose text has no "flask" word, so
    // app.run is not judged. Werkzeug's console on 0.0.0.0 as root.
    dev(
        'python3 /opt/ops/run.py: `from ops import app; app.run(host="0.0.0.0")`, ops/__init__.py setting app.config["DEBUG"] = True',
        script("dev-flask-imported-app-debug-nodes", [
            ...file("/opt/ops/ops/__init__.py", [
                "from flask import Flask",
                "app = Flask(__name__)",
                'app.config["DEBUG"] = True',
            ]),
            ...file("/opt/ops/run.py", ["from ops import app", 'app.run(host="0.0.0.0", port=5000)']),
            "cd /opt/ops && nohup python3 run.py >/var/log/ops.log 2>&1 &",
        ]),
        /debug|run\.py/,
    ),
    dev(
        'a unit with Environment=FLASK_DEBUG=0 running app.py: Config.DEBUG = True via from_object, app.run(host="0.0.0.0", load_dotenv=False)',
        script("dev-flask-load-dotenv-false-env-ignored-nodes", [
            ...file("/opt/ops/app.py", [
                "from flask import Flask",
                "",
                "class Config:",
                "    DEBUG = True",
                "",
                "app = Flask(__name__)",
                "app.config.from_object(Config)",
                'app.run(host="0.0.0.0", port=5000, load_dotenv=False)',
            ]),
            ...unit("ops", [
                "Environment=FLASK_DEBUG=0",
                "WorkingDirectory=/opt/ops",
                "ExecStart=/usr/bin/python3 app.py",
            ]),
        ]),
        /debug/,
    ),
    // Was a MISS (fixed in round 53): Python `from m import f as g` binds g to f (Python reference "The import
    // statement"); serve(...) is werkzeug.serving.run_simple with use_debugger=True (Werkzeug "Serving WSGI
    // Applications") on 0.0.0.0. The pack matches only the name run_simple.
    dev(
        'python3 /opt/ops/serve.py: `from werkzeug.serving import run_simple as serve; serve("0.0.0.0", 5000, app, use_debugger=True)`',
        script("dev-werkzeug-run-simple-alias-nodes", [
            ...file("/opt/ops/serve.py", [
                "from werkzeug.serving import run_simple as serve",
                "from ops import app",
                'serve("0.0.0.0", 5000, app, use_debugger=True)',
            ]),
            "cd /opt/ops && nohup python3 serve.py >/var/log/ops.log 2>&1 &",
        ]),
        /debug|serve\.py|Werkzeug/,
    ),
    // Round 53 (mine): functools.partial(f, **keywords) calls f with them first (Python "functools.partial"), so the
    // debugger bound there is on wherever serve(...) is called.
    dev(
        'serve.py: `serve = functools.partial(run_simple, use_debugger=True); serve("0.0.0.0", 5000, app)`',
        script("dev-werkzeug-partial-debugger-nodes", [
            ...file("/opt/ops/serve.py", [
                "import functools",
                "from werkzeug.serving import run_simple",
                "from ops import app",
                "serve = functools.partial(run_simple, use_debugger=True)",
                'serve("0.0.0.0", 5000, app)',
            ]),
            "cd /opt/ops && nohup python3 serve.py >/var/log/ops.log 2>&1 &",
        ]),
        /debug|serve\.py|Werkzeug/,
    ),
    // Neighbours of the round 53 fixes (Python reference "The import statement"; Flask.run's debug from the app's config
    // wherever it was set): an app factory in a module setting debug, a module alias, an app from a module user data
    // did not write (the pack cannot say it is no Flask app in debug mode: fail closed), and the far-end words beside a
    // listen address.
    dev(
        'run.py: `from ops import create_app; app = create_app(); app.run(host="0.0.0.0")`, create_app setting app.debug = True',
        script("dev-flask-factory-module-debug-nodes", [
            ...file("/opt/ops/ops/__init__.py", ["from .factory import create_app"]),
            ...file("/opt/ops/ops/factory.py", [
                "from flask import Flask",
                "",
                "def create_app():",
                "    app = Flask(__name__)",
                "    app.debug = True",
                "    return app",
            ]),
            ...file("/opt/ops/run.py", [
                "from ops import create_app",
                "app = create_app()",
                'app.run(host="0.0.0.0", port=5000)',
            ]),
            "cd /opt/ops && nohup python3 run.py >/var/log/ops.log 2>&1 &",
        ]),
        /debug|run\.py/,
    ),
    dev(
        'serve.py: `import werkzeug.serving as ws; ws.run_simple("0.0.0.0", 5000, app, False, True)` (use_debugger fifth)',
        script("dev-werkzeug-module-alias-positional-nodes", [
            ...file("/opt/ops/serve.py", [
                "import werkzeug.serving as ws",
                "from werkzeug.wrappers import Response",
                "app = Response('ok')",
                'ws.run_simple("0.0.0.0", 5000, app, False, True)',
            ]),
            "cd /opt/ops && nohup python3 serve.py >/var/log/ops.log 2>&1 &",
        ]),
        /debug|serve\.py|Werkzeug/,
    ),
    dev(
        'run.py: `from ledger_ops import app; app.run(host="0.0.0.0", port=5000)`, ledger_ops not written by user data',
        script("dev-flask-unread-module-app-nodes", [
            ...file("/opt/ops/run.py", ["from ledger_ops import app", 'app.run(host="0.0.0.0", port=5000)']),
            "cd /opt/ops && nohup python3 run.py >/var/log/ops.log 2>&1 &",
        ]),
        /debug|run\.py/,
    ),
    dev(
        "java -Dhttps.proxyHost=10.0.3.50 -Dmanagement.server.address=10.0.1.15 -jar app.jar (its actuator on the node)",
        script("dev-java-proxy-host-management-address-nodes", [
            "nohup java -Dhttps.proxyHost=10.0.3.50 -Dhttps.proxyPort=3128 -Dmanagement.server.address=10.0.1.15 " +
                "-jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
        /10\.0\.1\.15/,
    ),
    dev(
        "java -Dhsm.host=10.0.3.70 -Dserver.address=0.0.0.0 -jar app.jar (its server on every address)",
        script("dev-java-hsm-host-server-all-nodes", [
            "nohup java -Dhsm.host=10.0.3.70 -Dhsm.port=1500 -Dserver.address=0.0.0.0 " +
                "-jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
        /0\.0\.0\.0/,
    ),
    // Neighbours of the round 53 JVM fixes (each launcher's files and variables, JvmLauncher in userData.ts): Tomcat's
    // jpda with JPDA_ADDRESS on every address, a setenv.sh beside a catalina.sh run by its name on PATH, a copied
    // jvm.options.d, solr.in.sh turning remote JMX on, ZooKeeper's zookeeper-env.sh giving JMXPORT (JMXAUTH unset:
    // false), Jolokia from JAVA_TOOL_OPTIONS and from its config= file, JMX client certificates without registry.ssl.
    dev(
        'export JDK_JAVA_OPTIONS="-agentlib:jdwp=...,address=*:5005", then a vendor wrapper (the java launcher it runs reads it)',
        script("dev-jdk-java-options-wrapper-jdwp-nodes", [
            `export JDK_JAVA_OPTIONS="${JDWP_ALL}"`,
            "nohup /opt/app/bin/app-server run >/var/log/app.log 2>&1 &",
        ]),
        /jdwp|5005/,
    ),
    dev(
        "JPDA_ADDRESS='*:8000' catalina.sh jpda start (Tomcat's JDWP on every address)",
        script("dev-tomcat-jpda-address-all-nodes", ["JPDA_ADDRESS='*:8000' /opt/tomcat/bin/catalina.sh jpda start"]),
        /jdwp|8000/,
    ),
    dev(
        "/opt/apache-tomcat/bin/setenv.sh written with JDWP on *:8000, then `catalina.sh start` by its name on PATH",
        script("dev-tomcat-setenv-path-catalina-nodes", [
            ...file("/opt/apache-tomcat/bin/setenv.sh", [
                'export JAVA_OPTS="-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:8000"',
            ]),
            "export PATH=/opt/apache-tomcat/bin:$PATH",
            "catalina.sh start",
        ]),
        /jdwp|8000|setenv/,
    ),
    dev(
        "Tomcat's bin/setenv.sh with CATALINA_OPTS continued by a backslash onto a JDWP *:8000 line, then startup.sh",
        script("dev-tomcat-setenv-continued-jdwp-nodes", [
            ...file("/opt/tomcat/bin/setenv.sh", [
                'CATALINA_OPTS="-Xmx2g \\',
                ' -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:8000"',
            ]),
            "/opt/tomcat/bin/startup.sh",
        ]),
        /jdwp|8000|setenv/,
    ),
    dev(
        "a jvm.options.d copied from /tmp/es-opts (unknown options), then systemctl start elasticsearch",
        script("dev-elasticsearch-jvm-options-d-copied-nodes", [
            "cp -r /tmp/es-opts/. /etc/elasticsearch/jvm.options.d/",
            "systemctl start elasticsearch",
        ]),
        /jvm\.options|elasticsearch/,
    ),
    dev(
        "/etc/default/solr.in.sh written with ENABLE_REMOTE_JMX_OPTS=true, then solr start -force",
        script("dev-solr-in-sh-remote-jmx-nodes", [
            ...file("/etc/default/solr.in.sh", ['ENABLE_REMOTE_JMX_OPTS="true"', 'RMI_PORT="18983"']),
            "/opt/solr/bin/solr start -force",
        ]),
        /JMX|18983/,
    ),
    dev(
        "ZooKeeper's conf/zookeeper-env.sh written with JMXPORT=9999 (JMXAUTH unset), then zkServer.sh start",
        script("dev-zookeeper-env-sh-jmxport-nodes", [
            ...file("/opt/zookeeper/conf/zookeeper-env.sh", ["JMXPORT=9999"]),
            "/opt/zookeeper/bin/zkServer.sh start",
        ]),
        /JMX|9999/,
    ),
    dev(
        'export JAVA_TOOL_OPTIONS="-javaagent:/opt/jolokia/jolokia-jvm-agent.jar=host=0.0.0.0", then a vendor wrapper',
        script("dev-jolokia-java-tool-options-nodes", [
            'export JAVA_TOOL_OPTIONS="-javaagent:/opt/jolokia/jolokia-jvm-agent.jar=host=0.0.0.0,port=8778"',
            "nohup /opt/app/bin/app-server run >/var/log/app.log 2>&1 &",
        ]),
        /jolokia|8778|0\.0\.0\.0/,
    ),
    dev(
        "java -javaagent:jolokia-agent.jar=config=/etc/jolokia.properties with host=0.0.0.0 in that file",
        script("dev-jolokia-config-file-all-nodes", [
            ...file("/etc/jolokia/jolokia.properties", ["host=0.0.0.0", "port=8778"]),
            "nohup java -javaagent:/opt/jolokia/jolokia-agent.jar=config=/etc/jolokia/jolokia.properties " +
                "-Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
        /jolokia|0\.0\.0\.0/,
    ),
    dev(
        "java with JMX authenticate=false, ssl.need.client.auth=true but no registry.ssl (the registry takes anyone)",
        script("dev-java-jmx-client-auth-no-registry-ssl-nodes", [
            "nohup java -Dcom.sun.management.jmxremote.port=9010 -Dcom.sun.management.jmxremote.authenticate=false " +
                "-Dcom.sun.management.jmxremote.ssl=true -Dcom.sun.management.jmxremote.ssl.need.client.auth=true " +
                "-Djavax.net.ssl.trustStore=/etc/ledger/jmx-clients.p12 " +
                "-Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
        /JMX|9010/,
    ),
];

const secure: NodeCase[] = [
    dev(
        "catalina.sh jpda start with JPDA_ADDRESS unset (Tomcat's default localhost:8000)",
        script("dev-tomcat-jpda-default-lo-ok-nodes", ["/opt/tomcat/bin/catalina.sh jpda start"]),
    ),
    dev(
        'export CATALINA_OPTS="-Dcom.sun.management.jmxremote.port=9011 -D...authenticate=true -D...password.file=..."',
        script("dev-tomcat-catalina-opts-jmx-auth-ok-nodes", [
            'export CATALINA_OPTS="-Dcom.sun.management.jmxremote.port=9011 ' +
                "-Dcom.sun.management.jmxremote.authenticate=true " +
                '-Dcom.sun.management.jmxremote.password.file=/opt/tomcat/conf/jmxremote.password"',
            "/opt/tomcat/bin/catalina.sh start",
        ]),
    ),
    dev(
        'export JDK_JAVA_OPTIONS="-agentlib:jdwp=...,address=localhost:5005", then catalina.sh start (loopback)',
        script("dev-tomcat-jdk-java-options-jdwp-lo-ok-nodes", [
            'export JDK_JAVA_OPTIONS="-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=localhost:5005"',
            "/opt/tomcat/bin/catalina.sh start",
        ]),
    ),
    dev(
        "elasticsearch -d -E network.host=_local_ as root (loopback addresses only)",
        script("dev-elasticsearch-network-host-local-ok-nodes", [
            "/usr/share/elasticsearch/bin/elasticsearch -d -E network.host=_local_ -E discovery.type=single-node",
        ]),
    ),
    // Was a MISS (fixed in round 53): Oracle "Monitoring and Management Using JMX Technology": ssl.need.client.auth=true with registry.ssl=true makes
    // the connector and registry demand a client certificate trusted by javax.net.ssl.trustStore (here the team's own):
    // clients authenticate by certificate, so authenticate=false is no open JMX. Refused as unauthenticated JMX.
    dev(
        "java with JMX port 9010 over TLS with client certificates (registry.ssl, need.client.auth, own truststore)",
        script("dev-java-jmx-tls-client-auth-ok-nodes", [
            "nohup java -Dcom.sun.management.jmxremote.port=9010 -Dcom.sun.management.jmxremote.authenticate=false " +
                "-Dcom.sun.management.jmxremote.ssl=true -Dcom.sun.management.jmxremote.registry.ssl=true " +
                "-Dcom.sun.management.jmxremote.ssl.need.client.auth=true " +
                "-Djavax.net.ssl.keyStore=/etc/ledger/jmx-keystore.p12 -Djavax.net.ssl.keyStorePassword:file=/etc/ledger/ks.pass " +
                "-Djavax.net.ssl.trustStore=/etc/ledger/jmx-clients.p12 " +
                "-Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
        /./,
    ),
    dev(
        "java -javaagent:jolokia-agent.jar=port=8778,host=127.0.0.1 -jar app.jar (Jolokia on loopback)",
        script("dev-java-jolokia-agent-lo-ok-nodes", [
            "nohup java -javaagent:/opt/jolokia/jolokia-agent.jar=port=8778,host=127.0.0.1 " +
                "-Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
    ),
    dev(
        'python3 /opt/ops/app.py: from_object(Config), then app.debug = False, app.run(host="0.0.0.0") (the last set wins)',
        script("dev-flask-from-object-then-debug-false-ok-nodes", [
            // DECIDED (round 72): the module it imports is written here; one user data did not write is code the pack does not read (userData.ts pythonUnreadCode: refused).
            ...file("/opt/ops/config.py", ["class Config:", "    DEBUG = True"]),
            ...file("/opt/ops/app.py", [
                "from flask import Flask",
                "from config import Config",
                "app = Flask(__name__)",
                "app.config.from_object(Config)",
                "app.debug = False",
                'app.run(host="0.0.0.0", port=5000)',
            ]),
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        'python3 /opt/ops/app.py: from_pyfile, app.run(host="0.0.0.0", use_debugger=False, use_reloader=False)',
        script("dev-flask-from-pyfile-no-debugger-ok-nodes", [
            ...file("/opt/ops/app.py", [
                "from flask import Flask",
                "app = Flask(__name__)",
                'app.config.from_pyfile("settings.cfg")',
                'app.run(host="0.0.0.0", port=5000, use_debugger=False, use_reloader=False)',
            ]),
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 53): Java "Networking Properties": https.proxyHost/https.proxyPort are the proxy
    // server the HTTPS protocol handler connects to (a client). Refused as "java on 10.0.3.50" (a HOST option with a
    // possibly-own address).
    dev(
        "java -Dhttps.proxyHost=10.0.3.50 -Dhttps.proxyPort=3128 -Dserver.address=127.0.0.1 -jar app.jar (its egress proxy)",
        script("dev-java-https-proxy-host-ok-nodes", [
            "nohup java -Dhttps.proxyHost=10.0.3.50 -Dhttps.proxyPort=3128 -Dserver.address=127.0.0.1 " +
                "-jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 53): a qualified .host key whose qualifier is no FAR_END_WORD (an HSM the app calls;
    // bind(2) of an address the node does not own fails with EADDRNOTAVAIL, so it cannot be a listen address anyway).
    // Refused as "java on 10.0.3.70".
    dev(
        "java -Dhsm.host=10.0.3.70 -Dhsm.port=1500 -Dserver.address=127.0.0.1 -jar app.jar (the payment HSM it calls)",
        script("dev-java-hsm-host-ok-nodes", [
            "nohup java -Dhsm.host=10.0.3.70 -Dhsm.port=1500 -Dserver.address=127.0.0.1 " +
                "-jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
        /./,
    ),
    // Secure neighbours of the round 53 fixes: an imported app whose module leaves debug off, the script turning it off
    // after the import, an aliased run_simple without the debugger, an aliased uvicorn, Java's documented proxy
    // properties (Java "Networking Properties": socksProxyHost, http.nonProxyHosts) and a KMIP key server.
    dev(
        'run.py: `from ops import app; app.run(host="0.0.0.0")`, ops/__init__.py making a Flask app without debug',
        script("dev-flask-imported-app-no-debug-ok-nodes", [
            ...file("/opt/ops/ops/__init__.py", ["from flask import Flask", "app = Flask(__name__)"]),
            ...file("/opt/ops/run.py", ["from ops import app", 'app.run(host="0.0.0.0", port=5000)']),
            "cd /opt/ops && nohup python3 run.py >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        'run.py: `from ops import app; app.debug = False; app.run(host="0.0.0.0")`, ops/__init__.py setting DEBUG = True',
        script("dev-flask-imported-app-debug-off-ok-nodes", [
            ...file("/opt/ops/ops/__init__.py", [
                "from flask import Flask",
                "app = Flask(__name__)",
                'app.config["DEBUG"] = True',
            ]),
            ...file("/opt/ops/run.py", [
                "from ops import app",
                "app.debug = False",
                'app.run(host="0.0.0.0", port=5000)',
            ]),
            "cd /opt/ops && nohup python3 run.py >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        'serve.py: `from werkzeug.serving import run_simple as serve; serve("0.0.0.0", 5000, app)` (no debugger)',
        script("dev-werkzeug-run-simple-alias-no-debugger-ok-nodes", [
            ...file("/opt/ops/ops/__init__.py", ["from flask import Flask", "app = Flask(__name__)"]),
            ...file("/opt/ops/serve.py", [
                "from werkzeug.serving import run_simple as serve",
                "from ops import app",
                'serve("0.0.0.0", 5000, app)',
            ]),
            "cd /opt/ops && nohup python3 serve.py >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        'serve.py: `serve = functools.partial(run_simple, use_reloader=True); serve("0.0.0.0", 5000, app)` (no debugger)',
        script("dev-werkzeug-partial-reloader-ok-nodes", [
            ...file("/opt/ops/ops/__init__.py", ["from flask import Flask", "app = Flask(__name__)"]),
            ...file("/opt/ops/serve.py", [
                "import functools",
                "from werkzeug.serving import run_simple",
                "from ops import app",
                "serve = functools.partial(run_simple, use_reloader=True)",
                'serve("0.0.0.0", 5000, app)',
            ]),
            "cd /opt/ops && nohup python3 serve.py >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        'serve.py: `import uvicorn as uv; uv.run("ops:app", host="0.0.0.0", port=8000)` (no Flask app)',
        script("dev-uvicorn-alias-run-ok-nodes", [
            ...file("/opt/ops/serve.py", ["import uvicorn as uv", 'uv.run("ops:app", host="0.0.0.0", port=8000)']),
            "cd /opt/ops && nohup python3 serve.py >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "java -DsocksProxyHost=10.0.3.51 -Dhttp.nonProxyHosts=localhost|10.0.3.7 -Dkmip.host=10.0.3.71 (its far ends)",
        script("dev-java-socks-proxy-kmip-ok-nodes", [
            'nohup java -DsocksProxyHost=10.0.3.51 -DsocksProxyPort=1080 "-Dhttp.nonProxyHosts=localhost|10.0.3.7" ' +
                "-Dkmip.host=10.0.3.71 -Dkmip.port=5696 -Dserver.address=127.0.0.1 " +
                "-jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
    ),
    dev(
        "java -Dspring.activemq.broker-url=tcp://10.0.3.23:61616 -Dspring.kafka.bootstrap-servers=10.0.3.5:9092 (its brokers)",
        script("dev-java-spring-brokers-ok-nodes", [
            "nohup java -Dspring.activemq.broker-url=tcp://10.0.3.23:61616 " +
                "-Dspring.kafka.bootstrap-servers=10.0.3.5:9092,10.0.3.6:9092 -Dserver.address=127.0.0.1 " +
                "-jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
    ),
    dev(
        "java -Deureka.client.service-url.defaultZone=http://10.0.3.30:8761/eureka/ -Deureka.instance.ip-address=127.0.0.1",
        script("dev-java-eureka-client-ok-nodes", [
            "nohup java -Deureka.client.service-url.defaultZone=http://10.0.3.30:8761/eureka/ " +
                "-Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
    ),
    dev(
        "a root worker unit with Environment=CELERY_RESULT_BACKEND=redis://10.0.3.4:6379/0 VAULT_ADDR=https://10.0.3.11:8200",
        script("dev-worker-celery-vault-ok-nodes", [
            ...unit("ledger-worker", [
                "Environment=CELERY_RESULT_BACKEND=redis://10.0.3.4:6379/0 VAULT_ADDR=https://10.0.3.11:8200",
                "ExecStart=/usr/bin/python3 -m celery -A ledger worker --loglevel=INFO",
            ]),
        ]),
    ),
    dev(
        "JMXPORT=9999 JMXAUTH=true zkServer.sh start with conf/java.env setting SERVER_JVMFLAGS=-Xmx1g (heap only)",
        script("dev-zookeeper-java-env-heap-ok-nodes", [
            ...file("/opt/zookeeper/conf/java.env", ['export SERVER_JVMFLAGS="-Xmx1g"']),
            "JMXPORT=9999 JMXAUTH=true /opt/zookeeper/bin/zkServer.sh start",
        ]),
    ),
    // Secure neighbours of the round 53 JVM fixes: the same files and variables holding heap settings or loopback.
    dev(
        "Tomcat's bin/setenv.sh written with CATALINA_OPTS=-Xmx2g and JDWP on localhost:8000, then catalina.sh start",
        script("dev-tomcat-setenv-heap-lo-ok-nodes", [
            ...file("/opt/tomcat/bin/setenv.sh", [
                'CATALINA_OPTS="$CATALINA_OPTS -Xmx2g"',
                'JAVA_OPTS="-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=localhost:8000"',
            ]),
            "/opt/tomcat/bin/catalina.sh start",
        ]),
    ),
    dev(
        'an elasticsearch.service drop-in with Environment="ES_JAVA_OPTS=-Xms2g -Xmx2g" and a heap jvm.options.d file',
        script("dev-elasticsearch-heap-options-ok-nodes", [
            ...file("/etc/systemd/system/elasticsearch.service.d/heap.conf", [
                "[Service]",
                'Environment="ES_JAVA_OPTS=-Xms2g -Xmx2g"',
            ]),
            ...file("/etc/elasticsearch/jvm.options.d/heap.options", ["# heap", "-Xms2g", "17-:-Xmx2g"]),
            "systemctl daemon-reload",
            "systemctl enable --now elasticsearch",
        ]),
    ),
    dev(
        "ENABLE_REMOTE_JMX_OPTS=false solr start -force, and a root cassandra unit with JVM_EXTRA_OPTS=-Xmx4g",
        script("dev-solr-cassandra-no-jmx-ok-nodes", [
            "ENABLE_REMOTE_JMX_OPTS=false /opt/solr/bin/solr start -force -p 8983",
            ...unit("cassandra", [
                'Environment="JVM_EXTRA_OPTS=-Xmx4g"',
                "ExecStart=/opt/cassandra/bin/cassandra -R -f",
            ]),
        ]),
    ),
    dev(
        'export JAVA_TOOL_OPTIONS="-javaagent:/opt/jolokia/jolokia-jvm-agent.jar=port=8778" (Jolokia on localhost), then java',
        script("dev-jolokia-java-tool-options-lo-ok-nodes", [
            'export JAVA_TOOL_OPTIONS="-javaagent:/opt/jolokia/jolokia-jvm-agent.jar=port=8778"',
            "nohup java -Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
    ),
];

describeNodeCases(
    "red team 53: node user data against round 52's JVM option sources, Flask debug, far-end words and KEY=VALUE rules",
    insecure,
    secure,
);
