// Red-team round 54 on EKS NODE user data (fresh eyes): round 53's JVM launcher table and Python debug rules.
// Probed: JVM options reaching JDWP/JMX/Jolokia through packaged units user data only extends (a tomcat9 drop-in,
// Elasticsearch's /etc/sysconfig/elasticsearch), Tomcat's setenv.sh fallback from CATALINA_BASE to CATALINA_HOME,
// Cassandra's own remote JMX property, launchers not in JVM_LAUNCHER_SCRIPTS (ActiveMQ's ACTIVEMQ_OPTS, Spring Boot's
// launch-script .conf, jetty.sh's /etc/default/jetty, Keycloak's and WildFly's --debug), JDWP loaded by -agentpath,
// remote JMX started at run time by jcmd and Jolokia's attach mode, JDWP on [::], systemd DefaultEnvironment=,
// ZooKeeper ZOOCFGDIR, JPDA_ADDRESS from setenv.sh, KAFKA_DEBUG in a unit; Flask/Werkzeug debug through **mapping,
// positional debug, a module constant, `import flask as fl`, from_mapping, `from functools import partial as ...`,
// partial(app.run), DebuggedApplication served by waitress, `python3 -m PACKAGE` (__main__.py), `python3 -c`,
// .flaskenv; a proxy program's own PROXY_HOST; and secure neighbours (loopback JDWP, heap-only options, JMX host
// 127.0.0.1, Jolokia with a user, OpenTelemetry agent, client settings naming far ends).
// Not filed: Solr `--jvm-opts` (could not confirm the option in the Solr reference guide within the time box); a
// literal `**{"debug": False}` refused (README: a `**mapping` may hold debug on, fail-closed by design).
// Misses (all fixed in round 54, `Was a MISS` comments, the doc checked): insecure — JAVA_TOOL_OPTIONS and JAVA_OPTS in a drop-in
// of a packaged tomcat9.service, ES_JAVA_OPTS in /etc/sysconfig/elasticsearch, catalina.sh's CATALINA_HOME setenv.sh
// when CATALINA_BASE has none, Cassandra's -Dcassandra.jmx.remote.port, ACTIVEMQ_OPTS, a Spring Boot launch-script
// .conf, /etc/default/jetty, -agentpath:.../libjdwp.so, jcmd ManagementAgent.start, DebuggedApplication under
// waitress, `python3 -m ops` with ops/__main__.py, `python3 -c`, functools.partial(app.run, debug=True) (14); secure —
// `debug=DEBUG` imported from a settings module user data wrote with DEBUG = False (1).
import { describeNodeCases, devNodeCase, NodeCase, devNodeScript, systemdUnit, heredocFile } from "./nodeBuilders";

const dev = devNodeCase;

const script = devNodeScript;

const unit = systemdUnit;

const file = heredocFile;

const JDWP_ALL = "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005";
const JDWP_LO = "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:5005";

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 54): JVMTI "The JAVA_TOOL_OPTIONS Environment Variable" (JNI_CreateJavaVM prepends it in any JVM, "deeply nested
    // in scripts") and systemd.unit(5) drop-ins (foo.service.d/*.conf extend a unit user data does not write): the
    // packaged tomcat9.service's JVM (User=tomcat) gets JDWP on every address = any code on the node's network (IMDS,
    // the node role; round 53 refuses the same for Elasticsearch's unit). unitEnvironment gives the drop-in's variables
    // only to programs it knows for the unit (none: not in JVM_LAUNCHER_SCRIPTS' units), so JAVA_TOOL_OPTIONS is lost.
    dev(
        'dnf install tomcat9; a tomcat9.service drop-in with Environment="JAVA_TOOL_OPTIONS=-agentlib:jdwp=...,address=*:5005"',
        script("dev-tomcat9-dropin-java-tool-options-nodes", [
            "dnf install -y tomcat9",
            ...file("/etc/systemd/system/tomcat9.service.d/debug.conf", [
                "[Service]",
                `Environment="JAVA_TOOL_OPTIONS=${JDWP_ALL}"`,
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now tomcat9",
        ]),
        /jdwp|5005/,
    ),
    // Was a MISS (fixed in round 54): the same drop-in with JAVA_OPTS (Tomcat's catalina.sh / the packaged server script pass $JAVA_OPTS to the
    // JVM; catalina.sh header "JAVA_OPTS (Optional) Java runtime options used when any command is executed"). The unit's
    // program is unknown to the pack: JAVA_OPTS of a unit user data only extends is read for no program.
    dev(
        'dnf install tomcat9; a tomcat9.service drop-in with Environment="JAVA_OPTS=-agentlib:jdwp=...,address=*:5005"',
        script("dev-tomcat9-dropin-java-opts-nodes", [
            "dnf install -y tomcat9",
            ...file("/etc/systemd/system/tomcat9.service.d/debug.conf", [
                "[Service]",
                `Environment="JAVA_OPTS=${JDWP_ALL}"`,
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now tomcat9",
        ]),
        /jdwp|5005/,
    ),
    // Was a MISS (fixed in round 54): Elasticsearch's RPM unit reads EnvironmentFile=-/etc/sysconfig/elasticsearch (the package's
    // elasticsearch.service; Elasticsearch "Set JVM options": ES_JAVA_OPTS is passed to the JVM). jvmPackagedUnitCommand
    // runs the packaged ExecStart but gives it no environment of the package's own EnvironmentFile.
    dev(
        '/etc/sysconfig/elasticsearch written with ES_JAVA_OPTS="-agentlib:jdwp=...,address=*:5005", then systemctl start',
        script("dev-elasticsearch-sysconfig-jdwp-nodes", [
            ...file("/etc/sysconfig/elasticsearch", [`ES_JAVA_OPTS="${JDWP_ALL}"`]),
            "systemctl enable --now elasticsearch",
        ]),
        /jdwp|5005/,
    ),
    // Was a MISS (fixed in round 54): catalina.sh `if [ -r "$CATALINA_BASE/bin/setenv.sh" ]; then . ...; elif [ -r "$CATALINA_HOME/bin/setenv.sh" ];
    // then . ...` (Tomcat RUNNING.txt: "the one in CATALINA_BASE is preferred"): with no setenv.sh in the base, the
    // installation's (CATALINA_HOME, the script's own) is sourced. The pack reads only $CATALINA_BASE/bin/setenv.sh.
    dev(
        "export CATALINA_BASE=/srv/tomcat-ledger (no setenv.sh there); /opt/tomcat/bin/setenv.sh with JDWP *:5005; catalina.sh start",
        script("dev-tomcat-base-home-setenv-jdwp-nodes", [
            ...file("/opt/tomcat/bin/setenv.sh", [`JAVA_OPTS="${JDWP_ALL}"`]),
            "export CATALINA_BASE=/srv/tomcat-ledger",
            "/opt/tomcat/bin/catalina.sh start",
        ]),
        /jdwp|5005/,
    ),
    // Was a MISS (fixed in round 54): Cassandra starts its own JMX connector on -Dcassandra.jmx.remote.port (cassandra-env.sh's LOCAL_JMX=no
    // branch; apache/cassandra JMXServerOptions JMX_REMOTE_PORT, authentication from com.sun.management.jmxremote.
    // authenticate): every address, no authentication = MBeans load any code as root (-R). The pack knows only
    // com.sun.management.jmxremote.port.
    dev(
        'a root cassandra unit with JVM_EXTRA_OPTS="-Dcassandra.jmx.remote.port=7199 -D...jmxremote.authenticate=false"',
        script("dev-cassandra-jmx-remote-port-nodes", [
            ...unit("cassandra", [
                'Environment="JVM_EXTRA_OPTS=-Dcassandra.jmx.remote.port=7199 -Dcom.sun.management.jmxremote.authenticate=false"',
                "ExecStart=/opt/cassandra/bin/cassandra -R -f",
            ]),
        ]),
        /JMX|7199/,
    ),
    dev(
        "kc.sh start --debug '*:8787' (Keycloak's JDWP on every address)",
        script("dev-keycloak-debug-all-nodes", [
            "nohup /opt/keycloak/bin/kc.sh start --optimized --debug '*:8787' >/var/log/kc.log 2>&1 &",
        ]),
        /8787|debug/,
    ),
    dev(
        "a root keycloak unit with Environment=KC_DEBUG=true KC_DEBUG_PORT=*:8787",
        script("dev-keycloak-kc-debug-env-nodes", [
            ...unit("keycloak", [
                "Environment=KC_DEBUG=true KC_DEBUG_PORT=*:8787",
                "ExecStart=/opt/keycloak/bin/kc.sh start --optimized",
            ]),
        ]),
        /8787|debug/,
    ),
    dev(
        "standalone.sh -b 127.0.0.1 --debug '*:8787' (WildFly's JDWP on every address)",
        script("dev-wildfly-debug-all-nodes", [
            "nohup /opt/wildfly/bin/standalone.sh -b 127.0.0.1 --debug '*:8787' >/var/log/wf.log 2>&1 &",
        ]),
        /8787|debug/,
    ),
    // Was a MISS (fixed in round 54): ActiveMQ "Unix Shell Script": bin/activemq runs `$JAVACMD $ACTIVEMQ_OPTS $ACTIVEMQ_DEBUG_OPTS ...` (bin/env
    // keeps an ACTIVEMQ_OPTS already set). Not in JVM_LAUNCHER_SCRIPTS, so its own ARGUMENTS_VARIABLE is read as its
    // arguments (no listen word) and never as JVM options: JDWP *:5005 as root.
    dev(
        'export ACTIVEMQ_OPTS="-agentlib:jdwp=...,address=*:5005", then /opt/activemq/bin/activemq start',
        script("dev-activemq-opts-jdwp-nodes", [
            `export ACTIVEMQ_OPTS="${JDWP_ALL}"`,
            "/opt/activemq/bin/activemq start",
        ]),
        /jdwp|5005/,
    ),
    // Was a MISS (fixed in round 54): Spring Boot "Installing Spring Boot Applications" (fully executable jar): the launch script sources a .conf
    // file "next to the jar file" with the same name; JAVA_OPTS there are "Options that are passed to the JVM when it is
    // launched". The root unit runs /opt/ledger/ledger.jar run: JDWP *:5005 as root; the pack reads no .conf.
    dev(
        "/opt/ledger/ledger.conf with JAVA_OPTS JDWP *:5005, a root unit running the executable /opt/ledger/ledger.jar run",
        script("dev-spring-boot-launch-conf-jdwp-nodes", [
            ...file("/opt/ledger/ledger.conf", [`JAVA_OPTS="${JDWP_ALL}"`]),
            ...unit("ledger", ["ExecStart=/opt/ledger/ledger.jar run"]),
        ]),
        /jdwp|5005|ledger/,
    ),
    // Was a MISS (fixed in round 54): jetty.sh (jetty-home bin/jetty.sh header: configuration read from /etc/default/jetty and $HOME/.jettyrc;
    // "JAVA_OPTIONS Extra options to pass to the JVM"). Not in the launcher table: JDWP *:5005 as root unseen.
    dev(
        "/etc/default/jetty with JAVA_OPTIONS JDWP *:5005, then /opt/jetty/bin/jetty.sh start",
        script("dev-jetty-default-jdwp-nodes", [
            ...file("/etc/default/jetty", [`JAVA_OPTIONS="${JDWP_ALL}"`]),
            "/opt/jetty/bin/jetty.sh start",
        ]),
        /jdwp|5005|jetty/,
    ),
    // Was a MISS (fixed in round 54): java(1) "-agentpath:pathname[=options] Loads the native agent library specified by the absolute path name"
    // (= -agentlib:jdwp with libjdwp.so; Eclipse OpenJ9 "-Xrunjdwp" lists -agentpath:/path/to/libjdwp.so beside it).
    // jvmAgentListeners matches only -agentlib:jdwp= and -Xrunjdwp:.
    dev(
        "java -agentpath:$JAVA_HOME/lib/libjdwp.so=transport=dt_socket,server=y,address=*:5005 -jar app.jar",
        script("dev-java-agentpath-libjdwp-nodes", [
            "nohup java -agentpath:/usr/lib/jvm/java-17-amazon-corretto/lib/libjdwp.so=transport=dt_socket,server=y,suspend=n,address=*:5005 " +
                "-Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
        /jdwp|5005/,
    ),
    // Was a MISS (fixed in round 54): jcmd(1) "ManagementAgent.start [options]: Starts remote management agent" (jmxremote.port,
    // jmxremote.authenticate, jmxremote.ssl as the -Dcom.sun.management.jmxremote.* properties): remote JMX without
    // authentication on every address in the running root JVM. jcmd is not read.
    dev(
        "java -jar app.jar, then jcmd ledger.jar ManagementAgent.start jmxremote.port=9010 jmxremote.authenticate=false",
        script("dev-jcmd-management-agent-start-nodes", [
            "nohup java -Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
            "sleep 20",
            "jcmd /opt/ledger/ledger.jar ManagementAgent.start jmxremote.port=9010 jmxremote.authenticate=false jmxremote.ssl=false",
        ]),
        /JMX|9010|jcmd/,
    ),
    // Round 54 neighbours (JVM): an unknown launcher given JVM options under any name, a packaged unit's conventional
    // environment file, jcmd loading JDWP and reading its commands from a file, Cassandra's remote JMX from its
    // cassandra-env.sh, JVM options appended to a file a launcher may source.
    dev(
        'export RUN_OPTS="-agentlib:jdwp=...,address=*:5005", then /opt/app/bin/run (a launcher the pack does not know)',
        script("dev-unknown-launcher-run-opts-jdwp-nodes", [`export RUN_OPTS="${JDWP_ALL}"`, "/opt/app/bin/run"]),
        /jdwp|5005/,
    ),
    dev(
        "/etc/default/tomcat9 with JAVA_OPTS JDWP *:5005, then systemctl start tomcat9 (the package's EnvironmentFile)",
        script("dev-tomcat9-etc-default-jdwp-nodes", [
            "apt-get install -y tomcat9",
            ...file("/etc/default/tomcat9", [`JAVA_OPTS="${JDWP_ALL}"`]),
            "systemctl restart tomcat9",
        ]),
        /jdwp|5005/,
    ),
    dev(
        "echo 'JAVA_OPTIONS=\"<JDWP *:5005>\"' >> /etc/default/jetty (appended), then jetty.sh start",
        script("dev-jetty-default-appended-jdwp-nodes", [
            `echo 'JAVA_OPTIONS="${JDWP_ALL}"' >> /etc/default/jetty`,
            "/opt/jetty/bin/jetty.sh start",
        ]),
        /jdwp|5005/,
    ),
    dev(
        "jcmd PID JVMTI.agent_load .../libjdwp.so transport=dt_socket,server=y,address=*:5005 (JDWP loaded at run time)",
        script("dev-jcmd-agent-load-jdwp-nodes", [
            "nohup java -Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
            "sleep 20",
            "jcmd /opt/ledger/ledger.jar JVMTI.agent_load /usr/lib/jvm/java-17-amazon-corretto/lib/libjdwp.so " +
                "transport=dt_socket,server=y,suspend=n,address=*:5005",
        ]),
        /jdwp|5005/,
    ),
    dev(
        "jcmd ledger.jar -f /etc/ledger/jmx.jcmd, the file: ManagementAgent.start jmxremote.port=9010 jmxremote.authenticate=false",
        script("dev-jcmd-file-management-agent-nodes", [
            ...file("/etc/ledger/jmx.jcmd", ["ManagementAgent.start jmxremote.port=9010 jmxremote.authenticate=false"]),
            "nohup java -Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
            "sleep 20",
            "jcmd /opt/ledger/ledger.jar -f /etc/ledger/jmx.jcmd",
        ]),
        /JMX|9010|jcmd/,
    ),
    dev(
        "/etc/cassandra/cassandra-env.sh appending -Dcassandra.jmx.remote.port=7199 to JVM_OPTS (authentication unset)",
        script("dev-cassandra-env-jmx-remote-port-nodes", [
            ...file("/etc/cassandra/cassandra-env.sh", ['JVM_OPTS="$JVM_OPTS -Dcassandra.jmx.remote.port=7199"']),
            "systemctl start cassandra",
        ]),
        /JMX|7199/,
    ),
    dev(
        "java -jar jolokia-agent.jar --host 0.0.0.0 --port 8778 start ledger.jar (Jolokia attached at run time)",
        script("dev-jolokia-attach-all-nodes", [
            "nohup java -Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
            "sleep 20",
            "java -jar /opt/jolokia/jolokia-agent.jar --host 0.0.0.0 --port 8778 start ledger.jar",
        ]),
        /jolokia|8778|0\.0\.0\.0/,
    ),
    dev(
        "java -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=[::]:5005 -jar app.jar",
        script("dev-java-jdwp-ipv6-any-nodes", [
            "nohup java -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=[::]:5005 " +
                "-Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
        /jdwp|5005/,
    ),
    dev(
        '/etc/systemd/system.conf.d/java.conf DefaultEnvironment="JDK_JAVA_OPTIONS=<JDWP *:5005>", then a root vendor unit',
        script("dev-default-environment-jdk-java-options-nodes", [
            ...file("/etc/systemd/system.conf.d/java.conf", [
                "[Manager]",
                `DefaultEnvironment="JDK_JAVA_OPTIONS=${JDWP_ALL}"`,
            ]),
            "systemctl daemon-reexec",
            ...unit("app-server", ["ExecStart=/opt/app/bin/app-server run"]),
        ]),
        /jdwp|5005/,
    ),
    dev(
        "export ZOOCFGDIR=/etc/zookeeper/conf with zookeeper-env.sh JMXPORT=9999 there, then zkServer.sh start",
        script("dev-zookeeper-zoocfgdir-jmxport-nodes", [
            ...file("/etc/zookeeper/conf/zookeeper-env.sh", ["JMXPORT=9999"]),
            "export ZOOCFGDIR=/etc/zookeeper/conf",
            "/opt/zookeeper/bin/zkServer.sh start",
        ]),
        /JMX|9999/,
    ),
    dev(
        'Tomcat bin/setenv.sh with JPDA_ADDRESS="0.0.0.0:8000", then catalina.sh jpda start',
        script("dev-tomcat-setenv-jpda-address-nodes", [
            ...file("/opt/tomcat/bin/setenv.sh", ['JPDA_ADDRESS="0.0.0.0:8000"']),
            "/opt/tomcat/bin/catalina.sh jpda start",
        ]),
        /jdwp|8000/,
    ),
    dev(
        "a root kafka unit with Environment=KAFKA_DEBUG=true JAVA_DEBUG_PORT=0.0.0.0:5005",
        script("dev-kafka-debug-unit-nodes", [
            ...unit("kafka", [
                "Environment=KAFKA_DEBUG=true JAVA_DEBUG_PORT=0.0.0.0:5005",
                "ExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties",
            ]),
        ]),
        /jdwp|5005|KAFKA/,
    ),
    dev(
        "Tomcat bin/setenv.sh with CATALINA_OPTS Jolokia host=0.0.0.0, then startup.sh",
        script("dev-tomcat-setenv-jolokia-all-nodes", [
            ...file("/opt/tomcat/bin/setenv.sh", [
                'CATALINA_OPTS="-javaagent:/opt/jolokia/jolokia-jvm-agent.jar=host=0.0.0.0,port=8778"',
            ]),
            "/opt/tomcat/bin/startup.sh",
        ]),
        /jolokia|8778/,
    ),
    dev(
        'a root tomcat unit with Environment="CATALINA_OPTS=<JDWP *:5005>" running catalina.sh run',
        script("dev-tomcat-unit-catalina-opts-jdwp-nodes", [
            ...unit("tomcat", [`Environment="CATALINA_OPTS=${JDWP_ALL}"`, "ExecStart=/opt/tomcat/bin/catalina.sh run"]),
        ]),
        /jdwp|5005/,
    ),
    dev(
        "a root egress-proxy unit with Environment=PROXY_HOST=10.0.1.15 PROXY_PORT=3128 (its own listen address)",
        script("dev-egress-proxy-own-host-nodes", [
            ...unit("egress-proxy", [
                "Environment=PROXY_HOST=10.0.1.15 PROXY_PORT=3128",
                "ExecStart=/opt/egress/bin/egress-proxy",
            ]),
        ]),
        /10\.0\.1\.15|proxy/,
    ),
    // Flask/Werkzeug debug (README "app.run in debug mode ... names through imports and aliases").
    dev(
        'app.py: `opts = {"host": "0.0.0.0", "port": 5000, "debug": True}; app.run(**opts)`',
        script("dev-flask-kwargs-debug-nodes", [
            ...file("/opt/ops/app.py", [
                "from flask import Flask",
                "app = Flask(__name__)",
                'opts = {"host": "0.0.0.0", "port": 5000, "debug": True}',
                "app.run(**opts)",
            ]),
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
        /debug|app\.py/,
    ),
    dev(
        'app.py: `app.run("0.0.0.0", 5000, True)` (Flask.run(host, port, debug))',
        script("dev-flask-positional-debug-nodes", [
            ...file("/opt/ops/app.py", [
                "from flask import Flask",
                "app = Flask(__name__)",
                'app.run("0.0.0.0", 5000, True)',
            ]),
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
        /debug|app\.py/,
    ),
    dev(
        'app.py: `from settings import DEBUG; app.run(host="0.0.0.0", debug=DEBUG)`, settings.py DEBUG = True',
        script("dev-flask-imported-debug-constant-nodes", [
            ...file("/opt/ops/settings.py", ["DEBUG = True"]),
            ...file("/opt/ops/app.py", [
                "from flask import Flask",
                "from settings import DEBUG",
                "app = Flask(__name__)",
                'app.run(host="0.0.0.0", port=5000, debug=DEBUG)',
            ]),
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
        /debug|app\.py/,
    ),
    dev(
        'app.py: `import flask as fl; app = fl.Flask(__name__); app.config.update(DEBUG=True); app.run(host="0.0.0.0")`',
        script("dev-flask-module-alias-update-debug-nodes", [
            ...file("/opt/ops/app.py", [
                "import flask as fl",
                "app = fl.Flask(__name__)",
                "app.config.update(DEBUG=True)",
                'app.run(host="0.0.0.0", port=5000)',
            ]),
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
        /debug|app\.py/,
    ),
    dev(
        'app.py: `app.config.from_mapping(DEBUG=True, ...); app.run(host="0.0.0.0")`',
        script("dev-flask-from-mapping-debug-nodes", [
            ...file("/opt/ops/app.py", [
                "from flask import Flask",
                "app = Flask(__name__)",
                "app.config.from_mapping(DEBUG=True, SECRET_KEY='x')",
                'app.run(host="0.0.0.0", port=5000)',
            ]),
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
        /debug|app\.py/,
    ),
    // Was a MISS (fixed in round 54): Werkzeug "Debugging Applications": DebuggedApplication(app, evalex=True) is WSGI middleware serving the
    // interactive console under any WSGI server (PIN or not: README's rule; its trusted_hosts check reads the Host
    // header, which a client sets at will). waitress serves it on 0.0.0.0 as root. The README's rule covers a
    // DebuggedApplication "it serves" (run_simple) only.
    dev(
        'serve.py: `app.wsgi_app = DebuggedApplication(app.wsgi_app, evalex=True); waitress.serve(app, host="0.0.0.0")`',
        script("dev-werkzeug-debugged-app-waitress-nodes", [
            ...file("/opt/ops/serve.py", [
                "from flask import Flask",
                "from werkzeug.debug import DebuggedApplication",
                "from waitress import serve",
                "app = Flask(__name__)",
                "app.wsgi_app = DebuggedApplication(app.wsgi_app, evalex=True)",
                'serve(app, host="0.0.0.0", port=8080)',
            ]),
            "cd /opt/ops && nohup python3 serve.py >/var/log/ops.log 2>&1 &",
        ]),
        /debug|serve\.py|0\.0\.0\.0/,
    ),
    dev(
        'serve.py: `from functools import partial as bind; serve = bind(run_simple, use_debugger=True); serve("0.0.0.0", ...)`',
        script("dev-werkzeug-partial-from-alias-nodes", [
            ...file("/opt/ops/serve.py", [
                "from functools import partial as bind",
                "from werkzeug.serving import run_simple",
                "from flask import Flask",
                "app = Flask(__name__)",
                "serve = bind(run_simple, use_debugger=True)",
                'serve("0.0.0.0", 5000, app)',
            ]),
            "cd /opt/ops && nohup python3 serve.py >/var/log/ops.log 2>&1 &",
        ]),
        /debug|serve\.py|Werkzeug/,
    ),
    // Was a MISS (fixed in round 54): Python "__main__ — Top-level code environment": `python -m PACKAGE` runs PACKAGE/__main__.py (runpy). The
    // entry script the pack reads for `python3 -m ops` is not ops/__main__.py, whose app.run(debug=True) on 0.0.0.0 as
    // root serves Werkzeug's console.
    dev(
        'cd /opt/ops && python3 -m ops, ops/__main__.py: `from . import app; app.run(host="0.0.0.0", debug=True)`',
        script("dev-flask-package-main-debug-nodes", [
            ...file("/opt/ops/ops/__init__.py", ["from flask import Flask", "app = Flask(__name__)"]),
            ...file("/opt/ops/ops/__main__.py", [
                "from . import app",
                'app.run(host="0.0.0.0", port=5000, debug=True)',
            ]),
            "cd /opt/ops && nohup python3 -m ops >/var/log/ops.log 2>&1 &",
        ]),
        /debug|ops/,
    ),
    // Was a MISS (fixed in round 54): python(1) "-c command: Specify the command to execute": the code on the command line is the program;
    // its app.run(host="0.0.0.0", debug=True) is the same console as in a script. The pack reads no -c code for Flask.
    dev(
        "python3 -c 'from ops import app; app.run(host=\"0.0.0.0\", debug=True)' in /opt/ops",
        script("dev-flask-python-c-debug-nodes", [
            ...file("/opt/ops/ops/__init__.py", ["from flask import Flask", "app = Flask(__name__)"]),
            "cd /opt/ops && nohup python3 -c 'from ops import app; app.run(host=\"0.0.0.0\", debug=True)' >/var/log/ops.log 2>&1 &",
        ]),
        /debug|ops|python/,
    ),
    // Was a MISS (fixed in round 54): Python "functools.partial": the partial calls app.run with debug=True bound first; round 53 reads
    // partial(run_simple, ...) only, and app.run called through `start` is not judged (no host read: every address).
    dev(
        'app.py: `start = functools.partial(app.run, debug=True); start(host="0.0.0.0", port=5000)`',
        script("dev-flask-partial-app-run-debug-nodes", [
            ...file("/opt/ops/app.py", [
                "import functools",
                "from flask import Flask",
                "app = Flask(__name__)",
                "start = functools.partial(app.run, debug=True)",
                'start(host="0.0.0.0", port=5000)',
            ]),
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
        /debug|app\.py/,
    ),
    // Round 54 neighbours (insecure): waitress's default host, wsgiref on "", `-m PACKAGE.MODULE`, a partial binding the
    // host with debug at the call, a settings constant rebound after its import, `from settings import *`.
    dev(
        "serve.py: DebuggedApplication(app, evalex=True) under `waitress.serve(app)` (default host 0.0.0.0)",
        script("dev-werkzeug-debugged-app-waitress-default-nodes", [
            ...file("/opt/ops/serve.py", [
                "import waitress",
                "from flask import Flask",
                "from werkzeug.debug import DebuggedApplication",
                "app = Flask(__name__)",
                "waitress.serve(DebuggedApplication(app, True), port=8080)",
            ]),
            "cd /opt/ops && nohup python3 serve.py >/var/log/ops.log 2>&1 &",
        ]),
        /DebuggedApplication|serve\.py/,
    ),
    dev(
        'serve.py: `make_server("", 8000, DebuggedApplication(app, evalex=True)).serve_forever()` (wsgiref, every address)',
        script("dev-werkzeug-debugged-app-wsgiref-nodes", [
            ...file("/opt/ops/serve.py", [
                "from wsgiref.simple_server import make_server",
                "from werkzeug.debug import DebuggedApplication",
                "from ops import app",
                'make_server("", 8000, DebuggedApplication(app, evalex=True)).serve_forever()',
            ]),
            "cd /opt/ops && nohup python3 serve.py >/var/log/ops.log 2>&1 &",
        ]),
        /DebuggedApplication|serve\.py/,
    ),
    dev(
        'python3 -m ops.server, ops/server.py: `app.run(host="0.0.0.0", debug=True)`',
        script("dev-flask-module-m-submodule-debug-nodes", [
            ...file("/opt/ops/ops/__init__.py", ["from flask import Flask", "app = Flask(__name__)"]),
            ...file("/opt/ops/ops/server.py", ["from ops import app", 'app.run(host="0.0.0.0", debug=True)']),
            "cd /opt/ops && nohup python3 -u -m ops.server >/var/log/ops.log 2>&1 &",
        ]),
        /debug|ops/,
    ),
    dev(
        'app.py: `start = partial(app.run, host="0.0.0.0"); start(debug=True)`',
        script("dev-flask-partial-host-call-debug-nodes", [
            ...file("/opt/ops/app.py", [
                "from functools import partial",
                "from flask import Flask",
                "app = Flask(__name__)",
                'start = partial(app.run, host="0.0.0.0", port=5000)',
                "start(debug=True)",
            ]),
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
        /debug|app\.py/,
    ),
    dev(
        "app.py: `from settings import DEBUG` (False there), then `DEBUG = True` before app.run(debug=DEBUG)",
        script("dev-flask-imported-constant-rebound-nodes", [
            ...file("/opt/ops/settings.py", ["DEBUG = False"]),
            ...file("/opt/ops/app.py", [
                "from flask import Flask",
                "from settings import DEBUG",
                "DEBUG = True",
                "app = Flask(__name__)",
                'app.run(host="0.0.0.0", port=5000, debug=DEBUG)',
            ]),
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
        /debug|app\.py/,
    ),
    dev(
        "app.py: `from settings import *` with settings.py DEBUG = True, app.run(debug=DEBUG)",
        script("dev-flask-star-imported-constant-nodes", [
            ...file("/opt/ops/settings.py", ["DEBUG = True"]),
            ...file("/opt/ops/app.py", [
                "from flask import Flask",
                "from settings import *",
                "app = Flask(__name__)",
                'app.run(host="0.0.0.0", port=5000, debug=DEBUG)',
            ]),
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
        /debug|app\.py/,
    ),
    dev(
        "/opt/ops/.flaskenv with FLASK_DEBUG=1 FLASK_RUN_HOST=0.0.0.0, then flask run in /opt/ops",
        script("dev-flask-flaskenv-debug-nodes", [
            ...file("/opt/ops/.flaskenv", ["FLASK_APP=ops", "FLASK_DEBUG=1", "FLASK_RUN_HOST=0.0.0.0"]),
            ...file("/opt/ops/ops/__init__.py", ["from flask import Flask", "app = Flask(__name__)"]),
            "cd /opt/ops && nohup flask run >/var/log/ops.log 2>&1 &",
        ]),
        /debug|flask|0\.0\.0\.0/,
    ),
];

const secure: NodeCase[] = [
    dev(
        "a tomcat9.service drop-in with JAVA_TOOL_OPTIONS JDWP on 127.0.0.1:5005",
        script("dev-tomcat9-dropin-jdwp-lo-ok-nodes", [
            "dnf install -y tomcat9",
            ...file("/etc/systemd/system/tomcat9.service.d/debug.conf", [
                "[Service]",
                `Environment="JAVA_TOOL_OPTIONS=${JDWP_LO}"`,
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now tomcat9",
        ]),
    ),
    dev(
        '/etc/sysconfig/elasticsearch with ES_JAVA_OPTS="-Xms2g -Xmx2g", then systemctl start elasticsearch',
        script("dev-elasticsearch-sysconfig-heap-ok-nodes", [
            ...file("/etc/sysconfig/elasticsearch", ['ES_JAVA_OPTS="-Xms2g -Xmx2g"']),
            "systemctl enable --now elasticsearch",
        ]),
    ),
    dev(
        "java with JMX port 9010, authenticate=false, jmxremote.host=127.0.0.1 (loopback only)",
        script("dev-java-jmx-host-lo-ok-nodes", [
            "nohup java -Dcom.sun.management.jmxremote.port=9010 -Dcom.sun.management.jmxremote.host=127.0.0.1 " +
                "-Dcom.sun.management.jmxremote.authenticate=false -Dcom.sun.management.jmxremote.ssl=false " +
                "-Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
    ),
    dev(
        "Jolokia agent config= file with host=0.0.0.0, user and password (authenticated)",
        script("dev-jolokia-config-user-ok-nodes", [
            ...file("/etc/jolokia/jolokia.properties", [
                "host=0.0.0.0",
                "port=8778",
                "user=monitor",
                "password=s3cr3t-from-ssm",
            ]),
            "nohup java -javaagent:/opt/jolokia/jolokia-agent.jar=config=/etc/jolokia/jolokia.properties " +
                "-Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
    ),
    dev(
        "kc.sh start --http-host=127.0.0.1 --debug 127.0.0.1:8787 (Keycloak's JDWP on loopback)",
        script("dev-keycloak-debug-lo-ok-nodes", [
            "nohup /opt/keycloak/bin/kc.sh start --optimized --http-host=127.0.0.1 --debug 127.0.0.1:8787 >/var/log/kc.log 2>&1 &",
        ]),
    ),
    dev(
        "java -javaagent:opentelemetry-javaagent.jar -Dotel.exporter.otlp.endpoint=http://10.0.3.40:4317 (its collector)",
        script("dev-java-otel-agent-ok-nodes", [
            "nohup java -javaagent:/opt/otel/opentelemetry-javaagent.jar -Dotel.exporter.otlp.endpoint=http://10.0.3.40:4317 " +
                "-Dotel.service.name=ledger -Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 54): README: Flask's debug is read "in the script or a module user data wrote that it imports (read with it,
    // names through imports and aliases)"; here `debug=DEBUG` names settings.DEBUG = False, which user data wrote (Python
    // "The import statement": `from settings import DEBUG` binds the module's value). Refused as app.run in debug mode.
    dev(
        'app.py: `from settings import DEBUG; app.run(host="0.0.0.0", debug=DEBUG)`, settings.py DEBUG = False',
        script("dev-flask-imported-debug-false-ok-nodes", [
            ...file("/opt/ops/settings.py", ["DEBUG = False"]),
            ...file("/opt/ops/app.py", [
                "from flask import Flask",
                "from settings import DEBUG",
                "app = Flask(__name__)",
                'app.run(host="0.0.0.0", port=5000, debug=DEBUG)',
            ]),
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
        /./,
    ),
    dev(
        'app.py: `import flask as fl; app = fl.Flask(__name__); app.run(host="0.0.0.0")` (no debug)',
        script("dev-flask-module-alias-ok-nodes", [
            ...file("/opt/ops/app.py", [
                "import flask as fl",
                "app = fl.Flask(__name__)",
                'app.run(host="0.0.0.0", port=5000)',
            ]),
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        'serve.py: `waitress.serve(app, host="127.0.0.1", port=8080)` (no debugger)',
        script("dev-waitress-lo-ok-nodes", [
            ...file("/opt/ops/serve.py", [
                "from flask import Flask",
                "from waitress import serve",
                "app = Flask(__name__)",
                'serve(app, host="127.0.0.1", port=8080)',
            ]),
            "cd /opt/ops && nohup python3 serve.py >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Round 54 neighbours (secure): the debugger middleware under waitress on loopback, `-m` / `-c` / a partial whose
    // app.run stays on loopback or debug off, and a constant False in the script itself.
    dev(
        'serve.py: DebuggedApplication(app, evalex=True) under `waitress.serve(app, listen="127.0.0.1:8080")`',
        script("dev-werkzeug-debugged-app-waitress-lo-ok-nodes", [
            ...file("/opt/ops/serve.py", [
                "from flask import Flask",
                "from werkzeug.debug import DebuggedApplication",
                "from waitress import serve",
                "app = Flask(__name__)",
                "app.wsgi_app = DebuggedApplication(app.wsgi_app, evalex=True)",
                'serve(app, listen="127.0.0.1:8080")',
            ]),
            "cd /opt/ops && nohup python3 serve.py >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        'python3 -m ops, ops/__main__.py: `app.run(host="127.0.0.1", debug=True)` (loopback)',
        script("dev-flask-package-main-lo-ok-nodes", [
            ...file("/opt/ops/ops/__init__.py", ["from flask import Flask", "app = Flask(__name__)"]),
            ...file("/opt/ops/ops/__main__.py", [
                "from . import app",
                'app.run(host="127.0.0.1", port=5000, debug=True)',
            ]),
            "cd /opt/ops && nohup python3 -m ops >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "python3 -c 'from ops import app; app.run(host=\"0.0.0.0\", debug=False)' in /opt/ops",
        script("dev-flask-python-c-no-debug-ok-nodes", [
            ...file("/opt/ops/ops/__init__.py", ["from flask import Flask", "app = Flask(__name__)"]),
            "cd /opt/ops && nohup python3 -c 'from ops import app; app.run(host=\"0.0.0.0\", debug=False)' >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        'app.py: `start = functools.partial(app.run, debug=False); start(host="0.0.0.0", port=5000)`',
        script("dev-flask-partial-app-run-no-debug-ok-nodes", [
            ...file("/opt/ops/app.py", [
                "import functools",
                "from flask import Flask",
                "app = Flask(__name__)",
                "start = functools.partial(app.run, debug=False)",
                'start(host="0.0.0.0", port=5000)',
            ]),
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        'app.py: `DEBUG = False` then `app.run(host="0.0.0.0", debug=DEBUG)` (a constant of the script)',
        script("dev-flask-local-debug-false-ok-nodes", [
            ...file("/opt/ops/app.py", [
                "from flask import Flask",
                "DEBUG = False",
                "app = Flask(__name__)",
                'app.run(host="0.0.0.0", port=5000, debug=DEBUG)',
            ]),
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "ZOOCFGDIR=/etc/zookeeper/conf with zookeeper-env.sh JMXPORT=9999 JMXAUTH=true, then zkServer.sh start",
        script("dev-zookeeper-zoocfgdir-jmxauth-ok-nodes", [
            ...file("/etc/zookeeper/conf/zookeeper-env.sh", ["JMXPORT=9999", "JMXAUTH=true"]),
            "export ZOOCFGDIR=/etc/zookeeper/conf",
            "/opt/zookeeper/bin/zkServer.sh start",
        ]),
    ),
    dev(
        'a root kafka unit with Environment="KAFKA_HEAP_OPTS=-Xmx4g -Xms4g" (no JMX_PORT: local JMX only)',
        script("dev-kafka-unit-heap-ok-nodes", [
            ...unit("kafka", [
                'Environment="KAFKA_HEAP_OPTS=-Xmx4g -Xms4g"',
                "ExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties",
            ]),
        ]),
    ),
    dev(
        "java with -Dspring.datasource.url, -Dspring.data.redis.host, -Dhttp.proxyHost (its far ends), server on loopback",
        script("dev-java-client-far-ends-ok-nodes", [
            "nohup java -Dspring.datasource.url=jdbc:postgresql://10.0.3.8:5432/ledger -Dspring.data.redis.host=10.0.3.4 " +
                "-Dhttp.proxyHost=10.0.3.50 -Dhttp.proxyPort=3128 -Dserver.address=127.0.0.1 " +
                "-jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
    ),
    dev(
        'python3 sync.py: requests.get(..., proxies={"https": "http://10.0.3.50:3128"}) (a client)',
        script("dev-python-requests-proxy-ok-nodes", [
            ...file("/opt/ops/sync.py", [
                "import requests",
                'requests.get("https://10.0.3.60/health", proxies={"https": "http://10.0.3.50:3128"}, timeout=5)',
            ]),
            "python3 /opt/ops/sync.py",
        ]),
    ),
    dev(
        'export ACTIVEMQ_OPTS="-Xms512m -Xmx2g", then activemq start; /opt/ledger/ledger.conf with JAVA_OPTS=-Xmx2g',
        script("dev-activemq-spring-boot-heap-ok-nodes", [
            'export ACTIVEMQ_OPTS="-Xms512m -Xmx2g"',
            "/opt/activemq/bin/activemq start",
            ...file("/opt/ledger/ledger.conf", ['JAVA_OPTS="-Xmx2g -Dserver.address=127.0.0.1"']),
            ...unit("ledger", ["ExecStart=/opt/ledger/ledger.jar run"]),
        ]),
    ),
    // Round 54 neighbours (JVM), secure beside the fixes above.
    dev(
        'export RUN_OPTS="-Xmx2g -Dserver.address=127.0.0.1", then /opt/app/bin/run (no agent)',
        script("dev-unknown-launcher-run-opts-heap-ok-nodes", [
            'export RUN_OPTS="-Xmx2g -Dserver.address=127.0.0.1"',
            "/opt/app/bin/run",
        ]),
    ),
    dev(
        "/etc/default/jetty with JAVA_OPTIONS JDWP on 127.0.0.1:5005, then jetty.sh start",
        script("dev-jetty-default-jdwp-lo-ok-nodes", [
            ...file("/etc/default/jetty", [`JAVA_OPTIONS="${JDWP_LO}"`]),
            "/opt/jetty/bin/jetty.sh start",
        ]),
    ),
    dev(
        'a tomcat9.service drop-in with Environment="JAVA_OPTS=-Xmx2g -Djava.awt.headless=true"',
        script("dev-tomcat9-dropin-java-opts-heap-ok-nodes", [
            "dnf install -y tomcat9",
            ...file("/etc/systemd/system/tomcat9.service.d/heap.conf", [
                "[Service]",
                'Environment="JAVA_OPTS=-Xmx2g -Djava.awt.headless=true"',
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now tomcat9",
        ]),
    ),
    dev(
        "jcmd ledger.jar ManagementAgent.start jmxremote.port=9010 jmxremote.host=127.0.0.1 (loopback), and start_local",
        script("dev-jcmd-management-agent-lo-ok-nodes", [
            "nohup java -Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
            "sleep 20",
            "jcmd /opt/ledger/ledger.jar ManagementAgent.start jmxremote.port=9010 jmxremote.host=127.0.0.1 jmxremote.authenticate=false",
            "jcmd /opt/ledger/ledger.jar ManagementAgent.start_local",
        ]),
    ),
    dev(
        "java -agentpath:.../libasyncProfiler.so=start,event=cpu (a profiler, not JDWP), server on loopback",
        script("dev-java-agentpath-profiler-ok-nodes", [
            "nohup java -agentpath:/opt/async-profiler/lib/libasyncProfiler.so=start,event=cpu,file=/var/log/profile.html " +
                "-Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
    ),
    dev(
        "a root cassandra unit with -Dcassandra.jmx.local.port=7199, and remote port 7200 with authenticate=true",
        script("dev-cassandra-jmx-local-auth-ok-nodes", [
            ...unit("cassandra", [
                'Environment="JVM_EXTRA_OPTS=-Dcassandra.jmx.local.port=7199"',
                "ExecStart=/opt/cassandra/bin/cassandra -R -f",
            ]),
            ...unit("cassandra-b", [
                'Environment="JVM_EXTRA_OPTS=-Dcassandra.jmx.remote.port=7200 -Dcom.sun.management.jmxremote.authenticate=true ' +
                    '-Dcom.sun.management.jmxremote.password.file=/etc/cassandra/jmxremote.password"',
                "ExecStart=/opt/cassandra-b/bin/cassandra -R -f",
            ]),
        ]),
    ),
    dev(
        "export CATALINA_BASE=/srv/tomcat-ledger with its own setenv.sh (heap only), the home's none; catalina.sh start",
        script("dev-tomcat-base-setenv-heap-ok-nodes", [
            ...file("/srv/tomcat-ledger/bin/setenv.sh", ['CATALINA_OPTS="-Xmx2g"']),
            "export CATALINA_BASE=/srv/tomcat-ledger",
            "/opt/tomcat/bin/catalina.sh start",
        ]),
    ),
];

describeNodeCases(
    "red team 54: node user data against round 53's JVM launcher table and Python debug rules",
    insecure,
    secure,
);
