// Red-team round 52 on EKS NODE user data (fresh eyes): round 51's node client/server rules.
// Probed: JAVA_TOOL_OPTIONS/JDK_JAVA_OPTIONS reaching JVMs started by launcher scripts other than java and Kafka's
// (Tomcat's catalina.sh, ZooKeeper's zkServer.sh), @argfiles named from JDK_JAVA_OPTIONS, -XX:VMOptionsFile, ZooKeeper's JMXPORT,
// EnvironmentFile JMX_PORT; Flask debug mode from from_object/positional Werkzeug arguments; the KEY=VALUE rule on
// every-address values without a port (Elasticsearch `-E network.host=0.0.0.0`, Hydra overrides) and Kafka's empty
// listener host; and the secure neighbours: backing services outside FAR_END_WORD (Spring Cloud Consul/Vault hosts,
// Temporal), Kafka's loopback listeners by name, JMX options that stay authenticated, argument files chmod'ed.
// Misses are `skip: true` with a MISS comment and the doc checked.
import { describeNodeCases, devNodeCase, devNodeScript, NodeCase, systemdUnit, heredocFile } from "./nodeBuilders";

const dev = devNodeCase;

const script = devNodeScript;

const unit = systemdUnit;

const pythonFile = heredocFile;

const JDWP_ALL = "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005";

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 52): (insecure accepted) JAVA_TOOL_OPTIONS is read by the JVM itself, not a launcher (Oracle Java SE Troubleshooting
    // Guide, "The JAVA_TOOL_OPTIONS Environment Variable": "JNI_CreateJavaVM ... prepends the value of the environment
    // variable", meant for startup "deeply nested in scripts"; JDK-8170832: "_JAVA_OPTIONS and JAVA_TOOL_OPTIONS ... are
    // interpreted by the VM"). Tomcat's catalina.sh execs java, so JDWP (ClassType.InvokeMethod = any code as root) listens on
    // *:5005; jvmLauncherReads gives the variable only to JVM_LAUNCHER (java, Kafka scripts). Fix: JAVA_TOOL_OPTIONS and
    // _JAVA_OPTIONS reach every unread root program (any may start a JVM); only JDK_JAVA_OPTIONS is the java launcher's.
    dev(
        'export JAVA_TOOL_OPTIONS="-agentlib:jdwp=...,address=*:5005", then Tomcat\'s catalina.sh start (its JVM reads it)',
        script("dev-tomcat-java-tool-options-jdwp-nodes", [
            `export JAVA_TOOL_OPTIONS="${JDWP_ALL}"`,
            "/opt/tomcat/bin/catalina.sh start",
        ]),
        /jdwp/,
    ),
    // Was a MISS (fixed in round 52): (insecure accepted) the same from a unit given to ZooKeeper's zkServer.sh (it execs "$JAVA" ... QuorumPeerMain):
    // Environment= reaches the script's JVM. Doc and fix as above.
    dev(
        'a root unit with Environment="JAVA_TOOL_OPTIONS=-agentlib:jdwp=...,address=*:5005" running zkServer.sh start-foreground',
        script("dev-zookeeper-unit-java-tool-options-nodes", [
            ...unit("zookeeper", [
                `Environment="JAVA_TOOL_OPTIONS=${JDWP_ALL}"`,
                "ExecStart=/opt/zookeeper/bin/zkServer.sh start-foreground",
            ]),
        ]),
        /jdwp|JAVA_TOOL_OPTIONS/,
    ),
    dev(
        "JPDA_ADDRESS='*:8000' catalina.sh jpda start as root (Tomcat's JDWP on every address)",
        script("dev-tomcat-jpda-all-nodes", ["JPDA_ADDRESS='*:8000' /opt/tomcat/bin/catalina.sh jpda start"]),
        /8000/,
    ),
    // Was a MISS (fixed in round 52): (insecure accepted) Apache ZooKeeper bin/zkServer.sh: `if [ "x$JMXAUTH" = "x" ]; then JMXAUTH=false` and with
    // JMXPORT set ZOOMAIN gets -Dcom.sun.management.jmxremote.port=$JMXPORT -D...authenticate=$JMXAUTH (checked in the
    // zkServer.sh text of the code index, "ZooKeeper remote JMX authenticate set to $JMXAUTH"): unauthenticated JMX (MLet:
    // any code as root) on every address. The round-51 Kafka rule (KAFKA_SCRIPT) does not cover zkServer.sh, though its
    // doc comment names it. Fix: zkServer.sh with JMXPORT and JMXAUTH unset or not "true" = JMX served shell on every
    // address (JMXHOSTNAME only sets java.rmi.server.hostname).
    dev(
        "JMXPORT=9999 zkServer.sh start as root (zkServer.sh's JMXAUTH defaults to false)",
        script("dev-zookeeper-jmxport-nodes", ["JMXPORT=9999 /opt/zookeeper/bin/zkServer.sh start"]),
        /9999|JMX/,
    ),
    // Was a MISS (fixed in round 52): (insecure accepted) JDK_JAVA_OPTIONS is read by the java launcher and, unlike JAVA_TOOL_OPTIONS, supports @argfiles
    // (JDK-8170832, the launcher variable added in JDK 9: "It will support multiple @files. Its content will be prepended to
    // the actual command line"; java(1) "Using the JDK_JAVA_OPTIONS Launcher Environment Variable"). jvmEnvironmentOptions
    // splits the value into words but javaOptions expands @FILE only on the command line, so the argument file's JDWP on
    // *:5005 passes. Fix: expand @FILE words of JDK_JAVA_OPTIONS like the command line's (unwritten/changed = unread).
    dev(
        "export JDK_JAVA_OPTIONS=@/etc/ledger/jvm.args (an argument file with JDWP on *:5005), then java -jar",
        script("dev-java-jdk-options-argfile-nodes", [
            "mkdir -p /etc/ledger",
            `printf '%s\\n' '-Xmx1g' '${JDWP_ALL}' > /etc/ledger/jvm.args`,
            "export JDK_JAVA_OPTIONS=@/etc/ledger/jvm.args",
            "nohup java -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
        /jdwp|jvm\.args/,
    ),
    dev(
        "a root kafka unit with EnvironmentFile=/etc/kafka/kafka.env holding JMX_PORT=9999 (kafka-run-class's default JMX)",
        script("dev-kafka-envfile-jmx-port-nodes", [
            "mkdir -p /etc/kafka",
            "printf 'JMX_PORT=9999\\nKAFKA_HEAP_OPTS=-Xmx1g\\n' > /etc/kafka/kafka.env",
            ...unit("kafka", [
                "EnvironmentFile=/etc/kafka/kafka.env",
                "ExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties",
            ]),
        ]),
        /JMX on port 9999/,
    ),
    // Was a MISS (fixed in round 52): (insecure accepted) Flask "Configuration Handling" / Config.from_object: "loads only the uppercase attributes of the
    // module/class" (the documented class-based pattern `class DevelopmentConfig(Config): DEBUG = True`,
    // `app.config.from_object(...)`); Flask.run then defaults use_debugger to self.debug. flaskCodeDebug reads only
    // app.debug / config["DEBUG"] / update / from_mapping, so Werkzeug's console on 0.0.0.0 as root passes. Fix: a script that
    // loads config from an object, pyfile, envvar or file (from_object/from_pyfile/from_envvar/from_file/from_prefixed_env)
    // has an unknown debug state unless the run call sets debug=False: judge as debug on.
    dev(
        'python3 /opt/ops/app.py whose Config class sets DEBUG = True, app.config.from_object(Config), app.run(host="0.0.0.0")',
        script("dev-flask-from-object-debug-nodes", [
            ...pythonFile("/opt/ops/app.py", [
                "from flask import Flask",
                "",
                "class Config:",
                "    DEBUG = True",
                "",
                "app = Flask(__name__)",
                "app.config.from_object(Config)",
                'if __name__ == "__main__":',
                '    app.run(host="0.0.0.0", port=5000)',
            ]),
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
        /debug mode/,
    ),
    // Was a MISS (fixed in round 52): (insecure accepted) Werkzeug serving.run_simple(hostname, port, application, use_reloader=False,
    // use_debugger=False, use_evalex=True, ...): the fifth positional argument is use_debugger (signature as in Werkzeug's
    // "Serving WSGI Applications"; the code index shows run_simple('0.0.0.0', 8080, application, use_reloader=True,
    // use_debugger=True, ...) in real run.py files). flaskScriptListeners reads only the keyword, so the console on 0.0.0.0
    // passes. Fix: read use_debugger/use_evalex at positional 4/5 too (and **kwargs as unknown = on).
    dev(
        'python3 /opt/ops/serve.py calling run_simple("0.0.0.0", 5000, app, True, True) (use_debugger positional)',
        script("dev-werkzeug-run-simple-positional-nodes", [
            ...pythonFile("/opt/ops/serve.py", [
                "from werkzeug.serving import run_simple",
                "from ops import app",
                'run_simple("0.0.0.0", 5000, app, True, True)',
            ]),
            "cd /opt/ops && nohup python3 serve.py >/var/log/ops.log 2>&1 &",
        ]),
        /run_simple/,
    ),
    // Was a MISS (fixed in round 52): (insecure accepted) Werkzeug "Debugging Applications": class DebuggedApplication(app, evalex=False, ...); evalex is
    // the second positional parameter, so DebuggedApplication(app.wsgi_app, True) serves the console that "allows the
    // execution of arbitrary code" on app.run's 0.0.0.0. evalexApp matches only `evalex=`. Fix: a second positional
    // argument that is not False/None/0 is evalex on (and app.wsgi_app wrapped counts with app.run's host).
    dev(
        'python3 /opt/ops/app.py wrapping app.wsgi_app = DebuggedApplication(app.wsgi_app, True), app.run(host="0.0.0.0")',
        script("dev-werkzeug-debugged-app-positional-nodes", [
            ...pythonFile("/opt/ops/app.py", [
                "from flask import Flask",
                "from werkzeug.debug import DebuggedApplication",
                "app = Flask(__name__)",
                "app.wsgi_app = DebuggedApplication(app.wsgi_app, True)",
                'if __name__ == "__main__":',
                '    app.run(host="0.0.0.0", port=5000)',
            ]),
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
        /Werkzeug|debug/,
    ),
    // Was a MISS (fixed in round 52): (insecure accepted) Elasticsearch "Networking": network.host "The node will bind to this hostname or IP address
    // ... 0.0.0.0 is an acceptable IP address and will bind to all network interfaces"; settings are given on the command line
    // as `-E key=value`. settingBeyondLoopback wants a port with an every-address value, or LISTEN/BIND in the key, and
    // `network.host` has neither: an unread root server on every address passes (the glued `-Enetwork.host=0.0.0.0` is
    // refused). Fix: an every-address value (0.0.0.0, ::, *) with or without a port under a key whose last word is
    // HOST/ADDRESS/IP/BIND (and ES's _site_/_global_/_eth0_ special values) is a listen setting.
    dev(
        "elasticsearch -d -E network.host=0.0.0.0 as root (an unread server's bind setting as a KEY=VALUE word, no port)",
        script("dev-elasticsearch-e-network-host-all-nodes", [
            "/usr/share/elasticsearch/bin/elasticsearch -d -E network.host=0.0.0.0 -E discovery.type=single-node",
        ]),
        /network\.host|0\.0\.0\.0/,
    ),
    // Was a MISS (fixed in round 52): (insecure accepted) the same rule with a node address: http.host (Elasticsearch "HTTP settings": "Sets the address
    // of this node for HTTP traffic") binds 10.0.1.15; not a LISTEN/BIND key, so not judged (the `-Des.network.host=` form is
    // refused through LISTEN_OPTION). Fix: a key=value whose last word is HOST/ADDRESS/IP on an unread program is judged as a
    // LISTEN_OPTION value is (mayBeNodeAddress), unless clientSetting.
    dev(
        "elasticsearch -d -E http.host=10.0.1.15 as root (its HTTP bind address, a node address as KEY=VALUE)",
        script("dev-elasticsearch-e-http-host-ip-nodes", [
            "/usr/share/elasticsearch/bin/elasticsearch -d -E http.host=10.0.1.15 -E discovery.type=single-node",
        ]),
        /http\.host|10\.0\.1\.15/,
    ),
    dev(
        "kafka-server-start.sh --override listeners=PLAINTEXT://:9092 as root (Kafka's empty host: the default interface)",
        script("dev-kafka-override-empty-host-nodes", [
            "nohup /opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties --override listeners=PLAINTEXT://:9092 &",
        ]),
        /PLAINTEXT:\/\/:9092|kafka/,
    ),
    // Was a MISS (fixed in round 52): (insecure accepted) Hydra "Basic Override syntax": `python my_app.py foo.bar=value` overrides the app's config, so
    // server.host=0.0.0.0 is the app's own listen host (unread root program). No port → neither KEY=VALUE branch fires, though
    // round 46 refuses any option with an all-address value. Fix: as for network.host above.
    dev(
        "python3 /opt/ops/serve.py server.host=0.0.0.0 server.port=8080 as root (Hydra-style overrides, no port in the host)",
        script("dev-hydra-server-host-all-nodes", [
            "nohup python3 /opt/ops/serve.py server.host=0.0.0.0 server.port=8080 >/var/log/ops.log 2>&1 &",
        ]),
        /server\.host|0\.0\.0\.0/,
    ),
    dev(
        "a root unit with Environment=REDIS_HOST=0.0.0.0 REDIS_PORT=6379 running a Python relay (every address: no far end)",
        script("dev-redis-host-all-unit-nodes", [
            ...unit("cache-relay", [
                "Environment=REDIS_HOST=0.0.0.0 REDIS_PORT=6379",
                "ExecStart=/usr/bin/python3 /opt/relay/relay.py",
            ]),
        ]),
        /REDIS_HOST|0\.0\.0\.0/,
    ),
    // Was a MISS (fixed in round 52): (insecure accepted) java(1) "Advanced Runtime Options": `-XX:VMOptionsFile=filename` "Allows user to specify VM
    // options in a file, for example, java -XX:VMOptionsFile=/var/my_vm_options HelloWorld" (HotSpot arguments.cpp parses
    // it like the command line; "A VM options file may not refer to a VM options file"). The file user data wrote holds
    // -agentlib:jdwp=...,address=*:5005, but javaOptions expands only `@FILE`: JDWP (any code as root) on every address
    // passes. Fix: expand -XX:VMOptionsFile= (on the command line or in JAVA_TOOL_OPTIONS/JDK_JAVA_OPTIONS/_JAVA_OPTIONS)
    // from the text user data wrote; unwritten or changed = unread, as an argument file.
    dev(
        "java -XX:VMOptionsFile=/etc/ledger/vm.options -jar app.jar, the options file written by user data with JDWP on *:5005",
        script("dev-java-vmoptionsfile-jdwp-nodes", [
            "mkdir -p /etc/ledger",
            `printf '%s\\n' '-Xmx1g' '${JDWP_ALL}' > /etc/ledger/vm.options`,
            "nohup java -XX:VMOptionsFile=/etc/ledger/vm.options -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
        /jdwp|vm\.options/,
    ),
    // Round 52 neighbours (insecure): each fix's close variants that must still be refused.
    dev(
        "a root unit with Environment=_JAVA_OPTIONS=-agentlib:jdwp=...,address=*:5005 running a vendor wrapper /opt/app/bin/app-server",
        script("dev-vendor-wrapper-java-options-jdwp-nodes", [
            ...unit("app-server", [`Environment="_JAVA_OPTIONS=${JDWP_ALL}"`, "ExecStart=/opt/app/bin/app-server run"]),
        ]),
        /jdwp/,
    ),
    dev(
        "JMXPORT=9999 JMXAUTH=yes zkServer.sh start (any value but true: authentication off)",
        script("dev-zookeeper-jmxauth-yes-nodes", ["JMXPORT=9999 JMXAUTH=yes /opt/zookeeper/bin/zkServer.sh start"]),
        /9999|JMX/,
    ),
    dev(
        "export JDK_JAVA_OPTIONS=@/etc/ledger/jvm.args, a file user data never writes, then java -jar (unread: fail closed)",
        script("dev-java-jdk-options-argfile-unwritten-nodes", [
            "export JDK_JAVA_OPTIONS=@/etc/ledger/jvm.args",
            "nohup java -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
        /jvm\.args/,
    ),
    dev(
        "export JAVA_TOOL_OPTIONS=-XX:VMOptionsFile=/etc/ledger/vm.options, written then appended to, then catalina.sh start",
        script("dev-tomcat-vmoptionsfile-appended-nodes", [
            "mkdir -p /etc/ledger",
            "printf '%s\\n' '-Xmx1g' > /etc/ledger/vm.options",
            "curl -fsS http://10.0.3.9/vm.options >> /etc/ledger/vm.options",
            "export JAVA_TOOL_OPTIONS=-XX:VMOptionsFile=/etc/ledger/vm.options",
            "/opt/tomcat/bin/catalina.sh start",
        ]),
        /vm\.options/,
    ),
    dev(
        "java @/etc/ledger/jvm.args whose argument file names -XX:VMOptionsFile=/etc/ledger/vm.options holding JDWP on *:5005",
        script("dev-java-argfile-vmoptionsfile-jdwp-nodes", [
            "mkdir -p /etc/ledger",
            `printf '%s\\n' '${JDWP_ALL}' > /etc/ledger/vm.options`,
            "printf '%s\\n' '-XX:VMOptionsFile=/etc/ledger/vm.options' > /etc/ledger/jvm.args",
            "nohup java @/etc/ledger/jvm.args -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
        /jdwp/,
    ),
    dev(
        'python3 /opt/ops/app.py loading app.config.from_pyfile("settings.cfg"), app.run(host="0.0.0.0") (DEBUG unread: on)',
        script("dev-flask-from-pyfile-debug-nodes", [
            ...pythonFile("/opt/ops/app.py", [
                "from flask import Flask",
                "app = Flask(__name__)",
                'app.config.from_pyfile("settings.cfg")',
                'app.run(host="0.0.0.0", port=5000)',
            ]),
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
        /debug mode/,
    ),
    dev(
        'python3 /opt/ops/serve.py calling run_simple("0.0.0.0", 5000, app, **options) (use_debugger unread: on)',
        script("dev-werkzeug-run-simple-kwargs-nodes", [
            ...pythonFile("/opt/ops/serve.py", [
                "from werkzeug.serving import run_simple",
                "from ops import app, options",
                'run_simple("0.0.0.0", 5000, app, **options)',
            ]),
            "cd /opt/ops && nohup python3 serve.py >/var/log/ops.log 2>&1 &",
        ]),
        /run_simple/,
    ),
    dev(
        'python3 /opt/ops/serve.py calling run_simple("0.0.0.0", 8080, DebuggedApplication(app, 1)) (evalex positional)',
        script("dev-werkzeug-run-simple-debugged-app-positional-nodes", [
            ...pythonFile("/opt/ops/serve.py", [
                "from werkzeug.serving import run_simple",
                "from werkzeug.debug import DebuggedApplication",
                "from ops import app",
                'run_simple("0.0.0.0", 8080, DebuggedApplication(app, 1))',
            ]),
            "cd /opt/ops && nohup python3 serve.py >/var/log/ops.log 2>&1 &",
        ]),
        /run_simple/,
    ),
    dev(
        "python3 /opt/ops/serve.py server.addr=10.0.1.15 server.port=8080 as root (its own address as KEY=VALUE, no far end)",
        script("dev-hydra-server-addr-ip-nodes", [
            "nohup python3 /opt/ops/serve.py server.addr=10.0.1.15 server.port=8080 >/var/log/ops.log 2>&1 &",
        ]),
        /server\.addr|10\.0\.1\.15/,
    ),
    dev(
        "a root nsqd unit with Environment=NSQD_TCP_ADDRESS=10.0.1.15:4150 (nsqd's own listen setting: named for it)",
        script("dev-nsqd-own-address-unit-nodes", [
            ...unit("nsqd", ["Environment=NSQD_TCP_ADDRESS=10.0.1.15:4150", "ExecStart=/usr/local/bin/nsqd"]),
        ]),
        /NSQD_TCP_ADDRESS|10\.0\.1\.15/,
    ),
];

const secure: NodeCase[] = [
    // Was a MISS (fixed in round 52): (secure refused) Spring Cloud Consul: "any Spring Boot application ... will try to contact a Consul agent on
    // localhost:8500 (the default values of spring.cloud.consul.host and spring.cloud.consul.port)": the Consul agent the
    // app registers with, another host here (bind(2) EADDRNOTAVAIL for an address the node does not own). CONSUL is not a
    // FAR_END_WORD (only CONSUL_HTTP_ADDR is a CLIENT_VARIABLE), so -D...host matches LISTEN_OPTION. Fix: add CONSUL, VAULT,
    // NOMAD, EUREKA, CONFIG server words (service registries / secret stores a client connects to) to FAR_END_WORD.
    dev(
        "java -Dspring.cloud.consul.host=10.0.3.2 -Dserver.address=127.0.0.1 -jar app.jar (the Consul agent it registers with)",
        script("dev-java-spring-consul-host-ok-nodes", [
            "nohup java -Dspring.cloud.consul.host=10.0.3.2 -Dspring.cloud.consul.port=8500 " +
                "-Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 52): (secure refused) Spring Cloud Vault spring.cloud.vault.host ("Vault server host", default localhost) is the Vault
    // server the app reads secrets from (VAULT_ADDR is already a CLIENT_VARIABLE). Same list gap; fix as above.
    dev(
        "java -Dspring.cloud.vault.host=10.0.3.11 -Dserver.address=127.0.0.1 -jar app.jar (the Vault server it reads)",
        script("dev-java-spring-vault-host-ok-nodes", [
            "nohup java -Dspring.cloud.vault.host=10.0.3.11 -Dspring.cloud.vault.port=8200 " +
                "-Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 52): (secure refused) Temporal CLI global flag `--address` "Temporal Service gRPC endpoint" (host:port), env
    // TEMPORAL_ADDRESS (docs.temporal.io/cli); workers and SDK samples read the same variable to Client.connect. A worker is
    // a client of the frontend at 10.0.3.12; TEMPORAL is no FAR_END_WORD, so ADDRESS (a LISTEN_VARIABLE) with an IP is
    // refused. Fix: add TEMPORAL (and workflow engines/queues such as CELERY, BEANSTALKD, PULSAR, NSQ) to FAR_END_WORD.
    dev(
        "a root worker unit with Environment=TEMPORAL_ADDRESS=10.0.3.12:7233 (the Temporal frontend it polls)",
        script("dev-worker-temporal-address-ok-nodes", [
            ...unit("ledger-worker", [
                "Environment=TEMPORAL_ADDRESS=10.0.3.12:7233 TEMPORAL_NAMESPACE=ledger",
                "ExecStart=/usr/bin/python3 /opt/ledger/worker.py",
            ]),
        ]),
        /./,
    ),
    dev(
        "kafka-server-start.sh --override listeners=PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093 (loopback by name)",
        script("dev-kafka-override-localhost-ok-nodes", [
            "nohup /opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties " +
                "--override listeners=PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093 &",
        ]),
    ),
    dev(
        'JMX_PORT=9999 KAFKA_OPTS="-Dcom.sun.management.jmxremote.authenticate=true -D...password.file=..." kafka-server-start.sh',
        script("dev-kafka-jmx-kafka-opts-auth-ok-nodes", [
            'JMX_PORT=9999 KAFKA_OPTS="-Dcom.sun.management.jmxremote.authenticate=true ' +
                '-Dcom.sun.management.jmxremote.password.file=/opt/kafka/config/jmx.password" ' +
                "/opt/kafka/bin/kafka-server-start.sh -daemon /opt/kafka/config/server.properties",
        ]),
    ),
    dev(
        'JMX_PORT=9999 KAFKA_JMX_OPTS="-Dcom.sun.management.jmxremote -Dcom.sun.management.jmxremote.ssl=false" (auth default on)',
        script("dev-kafka-jmx-opts-default-auth-ok-nodes", [
            'JMX_PORT=9999 KAFKA_JMX_OPTS="-Dcom.sun.management.jmxremote -Dcom.sun.management.jmxremote.ssl=false" ' +
                "/opt/kafka/bin/kafka-server-start.sh -daemon /opt/kafka/config/server.properties",
        ]),
    ),
    dev(
        "java @/etc/ledger/jvm.args, the argument file written in full, then chown/chmod 0640 (still its text)",
        script("dev-java-argfile-chmod-ok-nodes", [
            "mkdir -p /etc/ledger",
            "printf '%s\\n' '-Xmx1g' '-Dserver.address=127.0.0.1' > /etc/ledger/jvm.args",
            "chown root:ledger /etc/ledger/jvm.args",
            "chmod 0640 /etc/ledger/jvm.args",
            "nohup java @/etc/ledger/jvm.args -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
    ),
    dev(
        "java -Dcom.sun.management.config.file=FILE (port, authenticate=true) written in full, then chmod 0600 on it",
        script("dev-java-jmx-config-file-chmod-ok-nodes", [
            "mkdir -p /etc/ledger",
            "cat > /etc/ledger/management.properties <<'EOF'",
            "com.sun.management.jmxremote.port=9010",
            "com.sun.management.jmxremote.authenticate=true",
            "com.sun.management.jmxremote.password.file=/etc/ledger/jmxremote.password",
            "EOF",
            "chmod 0600 /etc/ledger/management.properties",
            "nohup java -Dcom.sun.management.config.file=/etc/ledger/management.properties -jar /opt/ledger/ledger.jar &",
        ]),
    ),
    dev(
        'export JAVA_TOOL_OPTIONS="-XX:+UseContainerSupport -Dfile.encoding=UTF-8", then catalina.sh start (no agent)',
        script("dev-tomcat-java-tool-options-ok-nodes", [
            'export JAVA_TOOL_OPTIONS="-XX:+UseContainerSupport -Dfile.encoding=UTF-8"',
            "/opt/tomcat/bin/catalina.sh start",
        ]),
    ),
    dev(
        "python3 /opt/ops/serve.py db.host=10.0.3.3 db.port=5432 server.host=127.0.0.1 (Hydra overrides: a client, loopback)",
        script("dev-hydra-db-host-ok-nodes", [
            "nohup python3 /opt/ops/serve.py db.host=10.0.3.3 db.port=5432 server.host=127.0.0.1 >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        'python3 /opt/ops/app.py with Config.DEBUG = False via from_object, app.run(host="0.0.0.0") (no debugger)',
        script("dev-flask-from-object-nodebug-ok-nodes", [
            ...pythonFile("/opt/ops/app.py", [
                "from flask import Flask",
                "",
                "class Config:",
                "    DEBUG = False",
                "",
                "app = Flask(__name__)",
                "app.config.from_object(Config)",
                'if __name__ == "__main__":',
                '    app.run(host="127.0.0.1", port=5000)',
            ]),
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        'python3 /opt/ops/serve.py calling run_simple("127.0.0.1", 5000, app, True, True) (debugger on loopback)',
        script("dev-werkzeug-run-simple-positional-lo-ok-nodes", [
            // DECIDED (round 72): the module it imports is written here; one user data did not write is code the pack does not read (userData.ts pythonUnreadCode: refused).
            ...pythonFile("/opt/ops/ops.py", ["from flask import Flask", "app = Flask(__name__)"]),
            ...pythonFile("/opt/ops/serve.py", [
                "from werkzeug.serving import run_simple",
                "from ops import app",
                'run_simple("127.0.0.1", 5000, app, True, True)',
            ]),
            "cd /opt/ops && nohup python3 serve.py >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "a root worker unit with Environment=DD_DOGSTATSD_URL=udp://10.0.5.5:8125 HOST=127.0.0.1 (its metrics agent)",
        script("dev-worker-dogstatsd-url-ok-nodes", [
            ...unit("ledger-worker", [
                "Environment=DD_DOGSTATSD_URL=udp://10.0.5.5:8125 HOST=127.0.0.1",
                "ExecStart=/usr/bin/python3 /opt/ledger/worker.py",
            ]),
        ]),
    ),
    dev(
        "java with JMX port 9010, authenticate=false and -Dcom.sun.management.jmxremote.host=127.0.0.1 (loopback only)",
        script("dev-java-jmx-host-lo-ok-nodes", [
            "nohup java -Dcom.sun.management.jmxremote.port=9010 -Dcom.sun.management.jmxremote.host=127.0.0.1 " +
                "-Dcom.sun.management.jmxremote.authenticate=false -Dcom.sun.management.jmxremote.ssl=false " +
                "-Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
    ),
    // Round 52 neighbours (secure): each fix's close variants that must stay clean.
    // DECIDED (round 55): a port alone is loopback only from JDK 9 (JDK 9 release note JDK-8041435); with no JDK user
    // data installs, the JVM catalina.sh starts may be 8 (every address): fail closed. It now installs Corretto 17.
    dev(
        'dnf install java-17-amazon-corretto; export JAVA_TOOL_OPTIONS="-agentlib:jdwp=...,address=5005", then catalina.sh start (loopback)',
        script("dev-tomcat-java-tool-options-jdwp-lo-ok-nodes", [
            "dnf install -y java-17-amazon-corretto",
            'export JAVA_TOOL_OPTIONS="-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=5005"',
            "/opt/tomcat/bin/catalina.sh start",
        ]),
    ),
    dev(
        "JMXPORT=9999 JMXAUTH=true zkServer.sh start (authenticated JMX: a password login)",
        script("dev-zookeeper-jmxauth-true-ok-nodes", [
            "JMXPORT=9999 JMXAUTH=true /opt/zookeeper/bin/zkServer.sh start",
        ]),
    ),
    dev(
        "JMXDISABLE=true JMXPORT=9999 zkServer.sh start (zkServer.sh starts no JMX agent)",
        script("dev-zookeeper-jmxdisable-ok-nodes", [
            "JMXDISABLE=true JMXPORT=9999 /opt/zookeeper/bin/zkServer.sh start",
        ]),
    ),
    dev(
        "export JDK_JAVA_OPTIONS=@/etc/ledger/jvm.args (written in full: -Xmx1g, loopback server.address), then java -jar",
        script("dev-java-jdk-options-argfile-ok-nodes", [
            "mkdir -p /etc/ledger",
            "printf '%s\\n' '-Xmx1g' '-Dserver.address=127.0.0.1' > /etc/ledger/jvm.args",
            "export JDK_JAVA_OPTIONS=@/etc/ledger/jvm.args",
            "nohup java -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
    ),
    dev(
        "java -XX:VMOptionsFile=/etc/ledger/vm.options -jar app.jar, the file written in full with heap and GC options",
        script("dev-java-vmoptionsfile-ok-nodes", [
            "mkdir -p /etc/ledger",
            "printf '%s\\n' '-Xmx1g' '-XX:+UseG1GC' '-Dserver.address=127.0.0.1' > /etc/ledger/vm.options",
            "nohup java -XX:VMOptionsFile=/etc/ledger/vm.options -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
    ),
    dev(
        'python3 /opt/ops/app.py with app.config.from_object(Config), app.run(host="0.0.0.0", debug=False) (the call wins)',
        script("dev-flask-from-object-debug-false-ok-nodes", [
            // DECIDED (round 72): the module it imports is written here; one user data did not write is code the pack does not read (userData.ts pythonUnreadCode: refused).
            ...pythonFile("/opt/ops/config.py", ["class Config:", "    DEBUG = True"]),
            ...pythonFile("/opt/ops/app.py", [
                "from flask import Flask",
                "from config import Config",
                "app = Flask(__name__)",
                "app.config.from_object(Config)",
                'app.run(host="0.0.0.0", port=5000, debug=False)',
            ]),
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        'python3 /opt/ops/serve.py calling run_simple("0.0.0.0", 5000, app, True, False) (reloader on, debugger off)',
        script("dev-werkzeug-run-simple-positional-nodebug-ok-nodes", [
            // DECIDED (round 72): the module it imports is written here; one user data did not write is code the pack does not read (userData.ts pythonUnreadCode: refused).
            ...pythonFile("/opt/ops/ops.py", ["from flask import Flask", "app = Flask(__name__)"]),
            ...pythonFile("/opt/ops/serve.py", [
                "from werkzeug.serving import run_simple",
                "from ops import app",
                'run_simple("0.0.0.0", 5000, app, True, False)',
            ]),
            "cd /opt/ops && nohup python3 serve.py >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        'python3 /opt/ops/app.py wrapping DebuggedApplication(app.wsgi_app, False), app.run(host="0.0.0.0") (no console)',
        script("dev-werkzeug-debugged-app-positional-off-ok-nodes", [
            ...pythonFile("/opt/ops/app.py", [
                "from flask import Flask",
                "from werkzeug.debug import DebuggedApplication",
                "app = Flask(__name__)",
                "app.wsgi_app = DebuggedApplication(app.wsgi_app, False)",
                'app.run(host="0.0.0.0", port=5000)',
            ]),
            "cd /opt/ops && nohup python3 app.py >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "elasticsearch -d -E http.host=127.0.0.1 -E discovery.type=single-node as root (loopback)",
        script("dev-elasticsearch-e-http-host-lo-ok-nodes", [
            "/usr/share/elasticsearch/bin/elasticsearch -d -E http.host=127.0.0.1 -E discovery.type=single-node",
        ]),
    ),
    dev(
        "python3 /opt/ops/serve.py cache.redis.host=10.0.3.4 server.host=127.0.0.1 (a backing service's host, loopback own)",
        script("dev-hydra-redis-host-ok-nodes", [
            "nohup python3 /opt/ops/serve.py cache.redis.host=10.0.3.4 server.host=127.0.0.1 >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "python3 /opt/ops/export.py host=10.0.3.3 port=5432 dbname=ledger (libpq-style keyword/value: a client's bare host=)",
        script("dev-python-libpq-keyword-host-ok-nodes", [
            "nohup python3 /opt/ops/export.py host=10.0.3.3 port=5432 dbname=ledger >/var/log/export.log 2>&1 &",
        ]),
    ),
    dev(
        "a root worker unit with Environment=PULSAR_HOST=10.0.3.20 NSQD_ADDRESS=10.0.3.21:4150 CELERY_BROKER_URL=... (its queues)",
        script("dev-worker-queue-hosts-ok-nodes", [
            ...unit("ledger-worker", [
                "Environment=PULSAR_HOST=10.0.3.20 NSQD_ADDRESS=10.0.3.21:4150 CELERY_BROKER_URL=amqp://10.0.3.22:5672//",
                "ExecStart=/usr/bin/python3 /opt/ledger/worker.py",
            ]),
        ]),
    ),
];

describeNodeCases(
    "red team round 52: node user data against round 51's client-setting, Flask debug, JVM and KEY=VALUE rules (fresh eyes)",
    insecure,
    secure,
);
