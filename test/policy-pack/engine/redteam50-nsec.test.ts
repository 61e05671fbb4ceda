// Red-team round 50 on EKS NODE user data (fresh eyes): round 49's environment rules (*_URLS with Kestrel's `*`/`+`,
// *_ARGS/_OPTS read as arguments, EnvironmentFile= unwritten = every address, drop-ins, CLIENT_VARIABLE), its
// KNOWN_CLIENTS growth, setcap, the Flask debugger, and the loopback forwarder join, against what platform teams write.
// Probed: .NET apps configured through ASP.NET Core's other listen settings (ASPNETCORE_HTTP_PORTS, Kestrel endpoint
// configuration keys, --urls), Flask's .flaskenv, JVM debug/management agents (JDWP, JMX without authentication),
// setcap on a computed path, systemd's quoting inside an Environment= word; and the secure neighbours: apps given the
// servers they talk to by IP (DB_HOST, Java system properties for Redis and the Datadog agent, OTLP endpoints),
// clients of databases and brokers not in KNOWN_CLIENTS, non-root units with unwritten EnvironmentFile=, loopback .NET
// and gunicorn apps, a non-root app behind nginx, setpriv with --init-groups.
// Misses are `skip: true` (it.skip) with a MISS comment and the doc checked.
import { describeNodeCases, devNodeCase, devNodeScript, NodeCase, systemdUnit } from "./nodeBuilders";

const dev = devNodeCase;

const script = devNodeScript;

const unit = systemdUnit;

/** A root shell in the browser on loopback only (ttyd(1): -i interface, -p port; no -c credential). */
const TTYD_LO = "nohup ttyd -i lo -p 7681 -W bash >/dev/null 2>&1 &";

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 50): (insecure accepted) ASP.NET Core 8 reads ASPNETCORE_HTTP_PORTS/ASPNETCORE_HTTPS_PORTS (and DOTNET_/bare
    // HTTP_PORTS) as ports Kestrel binds on EVERY address (learn.microsoft.com "Configure endpoints for the ASP.NET Core
    // Kestrel web server": HTTP_PORTS/HTTPS_PORTS "specify the listening ports", shorthand for `http://*:PORT`; with no
    // endpoint configuration Kestrel binds http://localhost:5000). The environment scan matches *_URLS and *_PORT but not
    // *_PORTS, so a root app the pack does not read is opened to every pod. Fix: read (ASPNETCORE_|DOTNET_)?HTTPS?_PORTS
    // as `*:PORT` for each port (KESTREL_URLS family).
    dev(
        "a root .NET unit with Environment=ASPNETCORE_HTTP_PORTS=8080 (Kestrel binds http://*:8080, every address)",
        script("dev-dotnet-http-ports-nodes", [
            ...unit("ledger-api", [
                "Environment=ASPNETCORE_HTTP_PORTS=8080",
                "WorkingDirectory=/opt/ledger-api",
                "ExecStart=/usr/bin/dotnet /opt/ledger-api/Ledger.Api.dll",
            ]),
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 50): (insecure accepted) ASP.NET Core's configuration reads every environment variable, `__` as the key separator
    // (learn.microsoft.com "Configuration in ASP.NET Core": "Environment variables ... `__` ... replaced by a colon"), and
    // Kestrel binds each `Kestrel:Endpoints:NAME:Url` ("Configure endpoints": appsettings.json Kestrel.Endpoints.Http.Url,
    // `http://*:5000` = every address). `Kestrel__Endpoints__Http__Url` is neither a *_URLS, LISTEN_URL nor LISTEN_VARIABLE
    // name, and `http://*:5000` is not ALL_ADDRESSES. Fix: read any variable whose name ends in `__Url`/`__Urls` (and
    // `Kestrel__Endpoints__*`) as KESTREL_URLS; treat `scheme://*:PORT`, `scheme://+:PORT`, `scheme://0.0.0.0:PORT` values as
    // every address whatever the name.
    dev(
        "a root .NET unit with Environment=Kestrel__Endpoints__Http__Url=http://*:5000 (Kestrel's endpoint configuration)",
        script("dev-dotnet-kestrel-endpoint-nodes", [
            ...unit("ledger-api", [
                "Environment=Kestrel__Endpoints__Http__Url=http://*:5000",
                "ExecStart=/usr/bin/dotnet /opt/ledger-api/Ledger.Api.dll",
            ]),
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 50): (insecure accepted) `--urls` is ASP.NET Core's command-line form of ASPNETCORE_URLS (Kestrel "Configure
    // endpoints": `dotnet run --urls="https://*:5001"`; the riptutorial/Kestrel examples: `http://*:5000` and
    // `http://0.0.0.0:5000` listen on every address). unreadListeners reads neither: `--urls` is no LISTEN_OPTION and
    // URL values are not ALL_ADDRESSES / isHostPort (the `--urls=http://0.0.0.0:5000` neighbour below is accepted too,
    // though round 46 promised "any option with an all-address value"). Fix: judge URL values by addressHost in
    // unreadListeners (`*`, `+`, 0.0.0.0, [::] = every address), and add `urls?` to LISTEN_OPTION.
    dev(
        'dotnet Ledger.Api.dll --urls "http://*:5000" run by root (the command-line form of the same setting)',
        script("dev-dotnet-urls-arg-nodes", [
            'cd /opt/ledger-api && nohup dotnet Ledger.Api.dll --urls "http://*:5000" >/var/log/ledger-api.log 2>&1 &',
        ]),
    ),
    // Was a MISS (fixed in round 50): (insecure accepted) the same reader gap with an explicit all-address value (see the case above):
    // `--urls=http://0.0.0.0:5000` is neither ALL_ADDRESSES (a URL) nor a LISTEN_OPTION value. Fix: as above.
    dev(
        "dotnet Ledger.Api.dll --urls=http://0.0.0.0:5000 run by root (an explicit all-address URL)",
        script("dev-dotnet-urls-zero-nodes", [
            "cd /opt/ledger-api && nohup dotnet Ledger.Api.dll --urls=http://0.0.0.0:5000 >/var/log/ledger-api.log 2>&1 &",
        ]),
    ),
    dev(
        "a drop-in ledger-api.service.d/10-urls.conf with Environment=ASPNETCORE_URLS=http://+:5000 (joined to its unit)",
        script("dev-dotnet-dropin-urls-nodes", [
            ...unit("ledger-api", ["ExecStart=/usr/bin/dotnet /opt/ledger-api/Ledger.Api.dll"]),
            "mkdir -p /etc/systemd/system/ledger-api.service.d",
            "printf '[Service]\\nEnvironment=ASPNETCORE_URLS=http://+:5000\\n' > /etc/systemd/system/ledger-api.service.d/10-urls.conf",
            "systemctl daemon-reload && systemctl restart ledger-api",
        ]),
    ),
    // Was a MISS (fixed in round 50): (insecure accepted) the flask command loads `.env` and `.flaskenv` from the working directory when
    // python-dotenv is installed (Flask CHANGES, pallets/flask#2416: "The flask command and app.run will load
    // environment variables from .env and .flaskenv"; Flask CLI docs "Setting Command Options": FLASK_RUN_HOST "can be
    // added to the .flaskenv file"). Werkzeug's debugger (a Python console as root, round 49's served shell) then listens
    // on every address. flaskDebuggerListeners only reads -h/--host and the script's environment, not the files flask
    // reads. Fix: for flask run / app.run, read .flaskenv and .env in the working directory (and every parent, as
    // python-dotenv's find_dotenv walks up) as the program's environment; a dotenv file user data changed in a way the
    // pack cannot compute = every address.
    dev(
        "flask --app ops run --debug with FLASK_RUN_HOST=0.0.0.0 in the app's .flaskenv (Werkzeug's debugger on every address)",
        script("dev-flask-flaskenv-host-nodes", [
            "python3 -m pip install --quiet flask python-dotenv",
            "mkdir -p /opt/ops",
            "printf 'FLASK_RUN_HOST=0.0.0.0\\nFLASK_RUN_PORT=5000\\n' > /opt/ops/.flaskenv",
            "cd /opt/ops && nohup flask --app ops run --debug >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "export FLASK_RUN_HOST=0.0.0.0, then flask --app ops run --debug (the debugger, host from the environment)",
        script("dev-flask-env-host-debug-nodes", [
            "export FLASK_RUN_HOST=0.0.0.0",
            "cd /opt/ops && nohup flask --app ops run --debug >/var/log/ops.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 50): (insecure accepted) JDWP with server=y listens on `address` (Oracle JPDA "Connection and Invocation
    // Details", socket transport: `address=*:PORT` listens on every address, a bare port on localhost since JDK 9) and
    // a debugger attached to it runs any code in the JVM (JDWP ClassType.InvokeMethod): root code execution for every
    // pod. The word `-agentlib:jdwp=...,address=*:5005` matches no option form unreadListeners reads (the `:` in the
    // option name) and `*:5005` is inside a comma list. Fix: read -agentlib:jdwp / -Xrunjdwp / -agentlib:jdwp in
    // JAVA_TOOL_OPTIONS: server=y with an address whose host is not loopback is a served shell on that address.
    dev(
        "java -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005 -jar app.jar as root (JDWP on every address)",
        script("dev-java-jdwp-all-nodes", [
            "nohup java -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 50): (insecure accepted) remote JMX without authentication or TLS (Oracle Java DB docs "Enabling remote JMX with
    // no authentication or SSL": "It is not recommended"; Apache cwiki: "extremely insecure, do not do this in
    // production") listens on every address by default (jmxremote.host unset) and lets any caller load MBeans
    // (javax.management.loading.MLet) = code as root. The -D words name no address, so the fail-closed rule never fires.
    // Fix: `-Dcom.sun.management.jmxremote.port=N` with authenticate=false (and no jmxremote.host=loopback or
    // local.only) is a served shell on every address; likewise from JAVA_TOOL_OPTIONS/JAVA_OPTS/JDK_JAVA_OPTIONS.
    dev(
        "java with -Dcom.sun.management.jmxremote.port=9010 authenticate=false ssl=false as root (JMX open to every pod)",
        script("dev-java-jmx-noauth-nodes", [
            "nohup java -Dcom.sun.management.jmxremote.port=9010 -Dcom.sun.management.jmxremote.authenticate=false " +
                "-Dcom.sun.management.jmxremote.ssl=false -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
    ),
    // Neighbours of the round 50 fixes that must stay refused.
    dev(
        'dotnet Ledger.Api.dll --urls "http://localhost:5000;http://+:5001" as root (a Kestrel list, one URL on every address)',
        script("dev-dotnet-urls-list-nodes", [
            'cd /opt/ledger-api && nohup dotnet Ledger.Api.dll --urls "http://localhost:5000;http://+:5001" &',
        ]),
    ),
    dev(
        "dotnet Ledger.Api.dll --urls=http://[::]:5000 as root (the IPv6 unspecified address in a URL)",
        script("dev-dotnet-urls-v6-nodes", [
            "cd /opt/ledger-api && nohup dotnet Ledger.Api.dll --urls=http://[::]:5000 &",
        ]),
    ),
    dev(
        "flask --app ops run (no --debug) with FLASK_DEBUG=1 and FLASK_RUN_HOST=0.0.0.0 in the app's .flaskenv",
        script("dev-flask-flaskenv-debug-nodes", [
            "mkdir -p /opt/ops",
            "printf 'FLASK_DEBUG=1\\nFLASK_RUN_HOST=0.0.0.0\\n' > /opt/ops/.flaskenv",
            "cd /opt/ops && nohup flask --app ops run >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "flask run --debug from /opt/ops/app with FLASK_RUN_HOST=0.0.0.0 in /opt/ops/.env (python-dotenv walks up)",
        script("dev-flask-parent-env-nodes", [
            "mkdir -p /opt/ops/app",
            "printf 'FLASK_RUN_HOST=0.0.0.0\\n' > /opt/ops/.env",
            "cd /opt/ops/app && nohup flask --app ops run --debug >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "a .flaskenv written with FLASK_RUN_HOST=127.0.0.1, then sed -i to 0.0.0.0, then flask run --debug",
        script("dev-flask-flaskenv-sed-nodes", [
            "mkdir -p /opt/ops",
            "printf 'FLASK_RUN_HOST=127.0.0.1\\n' > /opt/ops/.flaskenv",
            "sed -i 's/127.0.0.1/0.0.0.0/' /opt/ops/.flaskenv",
            "cd /opt/ops && nohup flask --app ops run --debug >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "flask run (no debugger) as root with FLASK_RUN_HOST=0.0.0.0 in its .flaskenv (an unread app on every address)",
        script("dev-flask-flaskenv-nodebug-nodes", [
            "mkdir -p /opt/ops",
            "printf 'FLASK_RUN_HOST=0.0.0.0\\n' > /opt/ops/.flaskenv",
            "cd /opt/ops && nohup flask --app ops run >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "java -Xdebug -Xrunjdwp:transport=dt_socket,server=y,suspend=n,address=0.0.0.0:8000 (the pre-agentlib spelling)",
        script("dev-java-xrunjdwp-nodes", [
            "nohup java -Xdebug -Xrunjdwp:transport=dt_socket,server=y,suspend=n,address=0.0.0.0:8000 -jar /opt/ledger/ledger.jar &",
        ]),
    ),
    dev(
        'export JAVA_TOOL_OPTIONS="-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005", then java -jar',
        script("dev-java-tool-options-jdwp-nodes", [
            'export JAVA_TOOL_OPTIONS="-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005"',
            "nohup java -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
    ),
    dev(
        "a non-root unit running java with JDWP on *:5005 (a served shell as its user, not only root's rule)",
        script("dev-java-jdwp-nonroot-nodes", [
            "useradd --system --no-create-home ledger",
            ...unit("ledger", [
                "User=ledger",
                "ExecStart=/usr/bin/java -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005 -jar /opt/ledger/ledger.jar",
            ]),
        ]),
    ),
    dev(
        "java with JMX port 9010 and authenticate=false, SSL left on (TLS without client authentication)",
        script("dev-java-jmx-noauth-ssl-nodes", [
            "nohup java -Dcom.sun.management.jmxremote.port=9010 -Dcom.sun.management.jmxremote.authenticate=false " +
                "-jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
    ),
    dev(
        "a root Python worker unit with Environment=DB_HOST=10.0.3.3 HOST=10.0.1.5 (a client setting and its own bind)",
        script("dev-worker-db-host-and-host-nodes", [
            ...unit("ledger-worker", [
                "Environment=DB_HOST=10.0.3.3 HOST=10.0.1.5",
                "ExecStart=/usr/bin/python3 /opt/ledger/worker.py",
            ]),
        ]),
    ),
    dev(
        "a root statsd unit with Environment=STATSD_HOST=10.0.1.5 (the program's own listen setting, not a client's)",
        script("dev-statsd-own-host-nodes", [
            ...unit("statsd", ["Environment=STATSD_HOST=10.0.1.5", "ExecStart=/usr/local/bin/statsd"]),
        ]),
    ),
    dev(
        "java -Dspring.data.redis.host=10.0.3.4 -Dserver.address=10.0.1.5 -jar app.jar (Redis by IP, app on a node IP)",
        script("dev-java-redis-host-server-ip-nodes", [
            "nohup java -Dspring.data.redis.host=10.0.3.4 -Dserver.address=10.0.1.5 -jar /opt/ledger/ledger.jar &",
        ]),
    ),
    dev(
        "java -Ddd.agent.host=10.0.5.5 -jar app.jar --server.address=$(hostname -i) (Datadog APM, app on the node's IP)",
        script("dev-java-dd-agent-server-ip-nodes", [
            "nohup java -Ddd.agent.host=10.0.5.5 -jar /opt/ledger/ledger.jar --server.address=$(hostname -i) &",
        ]),
    ),
    dev(
        "clickhouse server -- --listen_host=0.0.0.0 as root (the same binary's server mode)",
        script("dev-clickhouse-server-nodes", ["nohup clickhouse server -- --listen_host=0.0.0.0 &"]),
    ),
    dev(
        'setcap cap_dac_read_search+ep "$(readlink -f /usr/bin/python3)", then runuser -u nobody -- python3 -m http.server -d /var/lib/kubelet',
        script("dev-setcap-readlink-python-nodes", [
            'setcap cap_dac_read_search+ep "$(readlink -f /usr/bin/python3)"',
            "cd /tmp && nohup runuser -u nobody -- python3 -m http.server --directory /var/lib/kubelet 8000 >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        'a root unit with Environment=HOST="0.0.0.0" (systemd removes quotes inside a word) running an unread Python app',
        script("dev-unit-env-midword-quote-nodes", [
            ...unit("ops-tool", [
                'Environment=HOST="0.0.0.0" PORT=9000',
                "ExecStart=/usr/bin/python3 /opt/ops/tool.py",
            ]),
        ]),
    ),
    dev(
        'a root gunicorn unit with Environment="GUNICORN_CMD_ARGS=--bind=0.0.0.0:8000 --workers=3"',
        script("dev-gunicorn-cmd-args-all-nodes", [
            ...unit("ops-api", [
                'Environment="GUNICORN_CMD_ARGS=--bind=0.0.0.0:8000 --workers=3"',
                "WorkingDirectory=/opt/ops",
                "ExecStart=/opt/ops/venv/bin/gunicorn ops.wsgi:application",
            ]),
        ]),
    ),
    // Was a MISS (fixed in round 50): (insecure accepted) the EnvironmentFile is written in full, then `sed -i` rewrites HOST to 0.0.0.0 (GNU sed
    // "-i: edit files in place"). environmentListeners reads fileText (the full write) but is not given the script
    // view's `changed` set, so the edited file is read as HOST=127.0.0.1 (a heredoc write then sed -i, or the unit
    // written first, is accepted too), unlike round 47's rule for server configs ("sed -i ... makes it unread"). A root
    // app the pack does not read listens on every address. Fix: pass ScriptView to environmentListeners and treat an
    // EnvironmentFile in view.changed as unwritten (every address).
    dev(
        "a root unit's EnvironmentFile written in full with HOST=127.0.0.1, then sed -i to HOST=0.0.0.0",
        script("dev-envfile-sed-nodes", [
            "mkdir -p /etc/ops",
            "printf 'HOST=127.0.0.1\\nPORT=9000\\n' > /etc/ops/tool.env",
            "sed -i 's/^HOST=.*/HOST=0.0.0.0/' /etc/ops/tool.env",
            ...unit("ops-tool", ["EnvironmentFile=/etc/ops/tool.env", "ExecStart=/usr/bin/python3 /opt/ops/tool.py"]),
        ]),
        /./,
    ),
    // Was a MISS (fixed in round 50): (insecure accepted) `ncat -l --sh-exec CMD` runs CMD per connection with the socket as its standard input and
    // output (nmap.org/ncat/guide/ncat-exec.html "Command Execution": "This feature makes almost any terminal
    // application accessible over a network"); CMD `ncat 127.0.0.1 7681` joins it to ttyd's loopback root shell, so
    // ncat on every address is a forwarder to it. The loopback join (commandForwarders) does not read ncat/nc -l with
    // -c/-e/--sh-exec/--exec whose command is a client of a loopback port. Fix: read a listener's per-connection
    // command (ncat/nc -e/-c, socat EXEC:/SYSTEM:, tcpserver/tcpsvd, xinetd server) that connects to HOST:PORT as a
    // forward to it.
    dev(
        'ttyd -i lo bash behind ncat -lk 8443 --sh-exec "ncat 127.0.0.1 7681" (ncat as a TCP forwarder)',
        script("dev-ttyd-ncat-sh-exec-nodes", [TTYD_LO, 'nohup ncat -lk 8443 --sh-exec "ncat 127.0.0.1 7681" &']),
        /./,
    ),
];

const secure: NodeCase[] = [
    dev(
        "a root .NET unit with Environment=ASPNETCORE_URLS=http://localhost:5000 (loopback, behind nothing)",
        script("dev-dotnet-urls-localhost-ok-nodes", [
            ...unit("ledger-api", [
                "Environment=ASPNETCORE_URLS=http://localhost:5000 DOTNET_gcServer=0",
                "ExecStart=/usr/bin/dotnet /opt/ledger-api/Ledger.Api.dll",
            ]),
        ]),
    ),
    dev(
        "a root .NET unit whose EnvironmentFile (written in full) holds ASPNETCORE_URLS=http://127.0.0.1:5000 and a DB connection string",
        script("dev-dotnet-envfile-ok-nodes", [
            "mkdir -p /etc/ledger-api",
            "cat > /etc/ledger-api/env <<'EOF'",
            "ASPNETCORE_URLS=http://127.0.0.1:5000",
            'ConnectionStrings__Ledger="Host=10.0.3.3;Port=5432;Database=ledger;Username=ledger"',
            "EOF",
            "chmod 600 /etc/ledger-api/env",
            ...unit("ledger-api", [
                "EnvironmentFile=/etc/ledger-api/env",
                "ExecStart=/usr/bin/dotnet /opt/ledger-api/Ledger.Api.dll",
            ]),
        ]),
    ),
    dev(
        "a .NET app as User=ledger on 127.0.0.1:5000 behind nginx listen 443 ssl (a TLS terminator for a non-root app)",
        script("dev-dotnet-nginx-tls-ok-nodes", [
            "useradd --system --no-create-home ledger",
            ...unit("ledger-api", [
                "User=ledger",
                "Environment=ASPNETCORE_URLS=http://127.0.0.1:5000",
                "ExecStart=/usr/bin/dotnet /opt/ledger-api/Ledger.Api.dll",
            ]),
            "dnf install -y nginx",
            "cat > /etc/nginx/conf.d/ledger.conf <<'EOF'",
            "server {",
            "    listen 443 ssl;",
            "    ssl_certificate /etc/pki/nginx/ledger.crt;",
            "    ssl_certificate_key /etc/pki/nginx/private/ledger.key;",
            "    location / { proxy_pass http://127.0.0.1:5000; }",
            "}",
            "EOF",
            "systemctl enable --now nginx",
        ]),
    ),
    dev(
        "a unit with User=node-agent and EnvironmentFile=-/etc/default/node-agent (unwritten, but not root)",
        script("dev-nonroot-envfile-unwritten-ok-nodes", [
            "useradd --system --no-create-home node-agent",
            ...unit("node-agent", [
                "User=node-agent",
                "EnvironmentFile=-/etc/default/node-agent",
                "ExecStart=/usr/local/bin/node-agent",
            ]),
        ]),
    ),
    dev(
        'a root gunicorn unit with Environment="GUNICORN_CMD_ARGS=--bind=127.0.0.1:8000 --workers=3" (gunicorn\'s own example)',
        script("dev-gunicorn-cmd-args-lo-ok-nodes", [
            ...unit("ops-api", [
                'Environment="GUNICORN_CMD_ARGS=--bind=127.0.0.1:8000 --workers=3"',
                "WorkingDirectory=/opt/ops",
                "ExecStart=/opt/ops/venv/bin/gunicorn ops.wsgi:application",
            ]),
        ]),
    ),
    // Was a MISS (fixed in round 50): (secure refused) DB_HOST/REDIS_HOST name the servers an app connects to (the twelve-factor convention the
    // Datadog/OTel docs use for client settings: DD_AGENT_HOST "the host to send traces to"); an app cannot bind
    // another host's address (bind(2) EADDRNOTAVAIL) and `HOST` is not its listen setting. LISTEN_VARIABLE matches any
    // *_HOST, so every root app given its database by IP is refused (by DNS name it is accepted). Fix: a LISTEN_VARIABLE
    // whose prefix names a far end (DB, DATABASE, POSTGRES, PG, MYSQL, REDIS, MEMCACHED, MONGO, KAFKA, AMQP, RABBITMQ,
    // SMTP, MAIL, LDAP, ES/ELASTICSEARCH, STATSD, AGENT, COLLECTOR, UPSTREAM, REMOTE_END_OPTION words) is a client
    // setting, as CLIENT_VARIABLE.
    dev(
        "a root Python worker unit with Environment=DB_HOST=10.0.3.3 REDIS_HOST=10.0.3.4 (the servers it talks to)",
        script("dev-worker-db-host-ok-nodes", [
            ...unit("ledger-worker", [
                "Environment=DB_HOST=10.0.3.3 DB_PORT=5432 REDIS_HOST=10.0.3.4",
                "ExecStart=/usr/bin/python3 /opt/ledger/worker.py",
            ]),
        ]),
    ),
    // Was a MISS (fixed in round 50): (secure refused) Spring Boot's `spring.data.redis.host` ("Redis server host", Spring Boot application
    // properties) is the Redis server the app connects to; the app itself is bound to 127.0.0.1 by server.address.
    // LISTEN_OPTION matches any option containing `host`, so `-Dspring.data.redis.host=10.0.3.4` is read as java
    // listening on 10.0.3.4. Fix: for `-D` system properties (java), only server.address / *.bind* / *.listen* are listen
    // settings; a property whose path names a far end (redis, datasource, kafka, agent, ...: REMOTE_END_OPTION plus
    // the client prefixes above) is a client's.
    dev(
        "java -Dserver.address=127.0.0.1 -Dspring.data.redis.host=10.0.3.4 -jar app.jar (loopback app, Redis by IP)",
        script("dev-java-redis-host-prop-ok-nodes", [
            "nohup java -Dserver.address=127.0.0.1 -Dspring.data.redis.host=10.0.3.4 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
    ),
    // Was a MISS (fixed in round 50): (secure refused) Datadog Java tracer: `dd.agent.host` / DD_AGENT_HOST is "the host to send traces to"
    // (docs.datadoghq.com tracing/trace_collection/library_config/java; system properties listed before -jar). The pack
    // already lists DD_AGENT_HOST as a CLIENT_VARIABLE but reads the documented system-property spelling as java
    // listening on 10.0.5.5. Fix: map `-DNAME=VALUE` to its environment spelling (upper case, `.`/`-` to `_`) and apply
    // CLIENT_VARIABLE to it, as the tracer's own docs define the conversion.
    dev(
        "java -javaagent:dd-java-agent.jar -Ddd.agent.host=10.0.5.5 -jar app.jar --server.address=127.0.0.1 (Datadog APM)",
        script("dev-java-dd-agent-host-ok-nodes", [
            "nohup java -javaagent:/opt/datadog/dd-java-agent.jar -Ddd.agent.host=10.0.5.5 -Ddd.service=ledger " +
                "-jar /opt/ledger/ledger.jar --server.address=127.0.0.1 >/var/log/ledger.log 2>&1 &",
        ]),
    ),
    dev(
        'export JAVA_OPTS="-Xmx1g -Dserver.address=127.0.0.1", then java $JAVA_OPTS -jar app.jar (loopback)',
        script("dev-java-opts-lo-ok-nodes", [
            'export JAVA_OPTS="-Xmx1g -Dserver.address=127.0.0.1"',
            "nohup java $JAVA_OPTS -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
    ),
    dev(
        "a root Python app unit with Environment=OTEL_EXPORTER_OTLP_ENDPOINT=http://10.0.5.5:4317 (its collector)",
        script("dev-otel-endpoint-ok-nodes", [
            ...unit("ledger-worker", [
                "Environment=OTEL_EXPORTER_OTLP_ENDPOINT=http://10.0.5.5:4317 OTEL_SERVICE_NAME=ledger-worker",
                "ExecStart=/usr/bin/python3 /opt/ledger/worker.py",
            ]),
        ]),
    ),
    // Was a MISS (fixed in round 50): (secure refused) clickhouse-client is ClickHouse's native client: "--host, -h: the server host name, default
    // localhost" (clickhouse.com/docs/interfaces/cli: `clickhouse-client --host server`); it never listens. Refused as
    // an unread root program with a LISTEN_OPTION (`--host`) on an IP literal: the round 48/49 KNOWN_CLIENTS list is a
    // per-product allowlist, so every database client outside it is refused. Fix: add clickhouse-client (and `clickhouse
    // client`) to KNOWN_CLIENTS; more generally, a program named *-client/*cli/*ctl/*admin with --host is a client.
    dev(
        'clickhouse-client --host 10.0.3.7 --query "SELECT 1" (a database client checking its server)',
        script("dev-clickhouse-client-ok-nodes", ['clickhouse-client --host 10.0.3.7 --secure --query "SELECT 1"']),
    ),
    // Was a MISS (fixed in round 50): (secure refused) rabbitmqadmin is the RabbitMQ management HTTP API's command-line client (`--host=HOST`:
    // "connect to host HOST [default: localhost]", RabbitMQ docs "Management Command Line Tool"). Refused as for
    // clickhouse-client. Fix: add rabbitmqadmin (with list/show/declare/delete/publish/get subcommands) to KNOWN_CLIENTS.
    dev(
        "rabbitmqadmin --host=10.0.3.5 --port=15672 list queues (RabbitMQ's management client)",
        script("dev-rabbitmqadmin-ok-nodes", ["rabbitmqadmin --host=10.0.3.5 --port=15672 list queues name messages"]),
    ),
    dev(
        "until nc -z -w 3 10.0.3.3 5432; do sleep 2; done (waiting for the database with netcat's scan mode)",
        script("dev-nc-z-wait-ok-nodes", ["until nc -z -w 3 10.0.3.3 5432; do sleep 2; done"]),
    ),
    dev(
        "setpriv --reuid=ledger --regid=ledger --init-groups --no-new-privs python3 app.py --host 0.0.0.0 (not root)",
        script("dev-setpriv-init-groups-ok-nodes", [
            "useradd --system --no-create-home ledger",
            "cd /opt/ledger && nohup setpriv --reuid=ledger --regid=ledger --init-groups --no-new-privs python3 app.py --host 0.0.0.0 --port 8080 &",
        ]),
    ),
    // DECIDED (round 55): a port alone is loopback only from JDK 9 (JDK 9 release note JDK-8041435, "JDWP socket
    // connector accept only local connections by default"); before it every address. This case ran a `java` on PATH
    // with no JDK user data installs, whose release the pack cannot tell: fail closed. It now installs Corretto 17 (the
    // secure case it meant); redteam55-nsec.test.ts keeps the bare one and JDK 8 as insecure.
    dev(
        "dnf install java-17-amazon-corretto-headless; java -agentlib:jdwp=...,address=5005 (JDK 9+: loopback only)",
        script("dev-java-jdwp-lo-ok-nodes", [
            "dnf install -y java-17-amazon-corretto-headless",
            "nohup java -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=5005 -jar /opt/ledger/ledger.jar >/var/log/ledger.log 2>&1 &",
        ]),
    ),
    // Neighbours of the round 50 fixes that must stay clean.
    dev(
        'dotnet Ledger.Api.dll --urls "http://localhost:5000;http://127.0.0.1:5001" as root (loopback only)',
        script("dev-dotnet-urls-lo-ok-nodes", [
            'cd /opt/ledger-api && nohup dotnet Ledger.Api.dll --urls "http://localhost:5000;http://127.0.0.1:5001" &',
        ]),
    ),
    dev(
        "flask run --debug with FLASK_RUN_HOST=127.0.0.1 in the app's .flaskenv (the debugger on loopback)",
        script("dev-flask-flaskenv-lo-ok-nodes", [
            "mkdir -p /opt/ops",
            "printf 'FLASK_RUN_HOST=127.0.0.1\\nFLASK_RUN_PORT=5000\\n' > /opt/ops/.flaskenv",
            "cd /opt/ops && nohup flask --app ops run --debug >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "flask run --debug from /opt/ops, FLASK_RUN_HOST=0.0.0.0 only in another app's /opt/other/.flaskenv",
        script("dev-flask-other-flaskenv-ok-nodes", [
            "mkdir -p /opt/other /opt/ops",
            "printf 'FLASK_RUN_HOST=0.0.0.0\\n' > /opt/other/.flaskenv",
            "cd /opt/ops && nohup flask --app ops run --debug >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "flask run --debug with no dotenv file user data writes (the default, 127.0.0.1)",
        script("dev-flask-no-dotenv-ok-nodes", [
            "cd /opt/ops && nohup flask --app ops run --debug >/var/log/ops.log 2>&1 &",
        ]),
    ),
    dev(
        "java -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:5005 (loopback)",
        script("dev-java-jdwp-127-ok-nodes", [
            "nohup java -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:5005 -jar /opt/ledger/ledger.jar &",
        ]),
    ),
    dev(
        "java -agentlib:jdwp=transport=dt_socket,server=n,address=10.0.2.2:5005 (attaches to a debugger: a client)",
        script("dev-java-jdwp-client-ok-nodes", [
            "nohup java -agentlib:jdwp=transport=dt_socket,server=n,address=10.0.2.2:5005 -jar /opt/ledger/ledger.jar &",
        ]),
    ),
    dev(
        "java with JMX authenticate=false bound by com.sun.management.jmxremote.host=127.0.0.1 (loopback)",
        script("dev-java-jmx-lo-ok-nodes", [
            "nohup java -Dcom.sun.management.jmxremote.port=9010 -Dcom.sun.management.jmxremote.authenticate=false " +
                "-Dcom.sun.management.jmxremote.host=127.0.0.1 -jar /opt/ledger/ledger.jar &",
        ]),
    ),
    dev(
        "java with JMX port 9010 and its password file (authenticate left true: a password login)",
        script("dev-java-jmx-password-ok-nodes", [
            "nohup java -Dcom.sun.management.jmxremote.port=9010 " +
                "-Dcom.sun.management.jmxremote.password.file=/etc/ledger/jmxremote.password -jar /opt/ledger/ledger.jar &",
        ]),
    ),
    dev(
        "a root Python worker unit with SMTP_HOST, ELASTICSEARCH_HOST and STATSD_HOST by IP (the services it uses)",
        script("dev-worker-backing-services-ok-nodes", [
            ...unit("ledger-worker", [
                "Environment=SMTP_HOST=10.0.3.9 ELASTICSEARCH_HOST=10.0.3.8 STATSD_HOST=10.0.5.5",
                "ExecStart=/usr/bin/python3 /opt/ledger/worker.py",
            ]),
        ]),
    ),
    dev(
        "python3 /opt/ledger/migrate.py --db-host 10.0.3.3 --redis-host=10.0.3.4 as root (a client's options)",
        script("dev-migrate-db-host-opt-ok-nodes", [
            "python3 /opt/ledger/migrate.py --db-host 10.0.3.3 --redis-host=10.0.3.4",
        ]),
    ),
    dev(
        "java -Dspring.rabbitmq.host=10.0.3.5 -Dspring.datasource.url=jdbc:postgresql://10.0.3.3:5432/ledger -Dserver.address=127.0.0.1",
        script("dev-java-rabbit-datasource-ok-nodes", [
            "nohup java -Dspring.rabbitmq.host=10.0.3.5 -Dspring.datasource.url=jdbc:postgresql://10.0.3.3:5432/ledger " +
                "-Dserver.address=127.0.0.1 -jar /opt/ledger/ledger.jar &",
        ]),
    ),
    dev(
        'clickhouse client --host 10.0.3.7 --query "SELECT 1" (the multi-call binary\'s client)',
        script("dev-clickhouse-multicall-client-ok-nodes", ['clickhouse client --host 10.0.3.7 --query "SELECT 1"']),
    ),
];

describeNodeCases(
    "red team round 50: node user data against round 49's environment, client, setcap and Flask rules (fresh eyes)",
    insecure,
    secure,
);
