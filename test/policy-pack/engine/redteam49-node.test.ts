// Red-team round 49 on EKS NODE user data (fresh eyes): round 48's new node rules read as an attacker would.
// Probed: the loopback join (userData.ts loopbackJoin) with forwarders the pack has no reader for (stunnel, Envoy's
// static tcp_proxy, Traefik's file provider, xinetd `redirect`, firewalld forward ports, iptables-restore rule files)
// in front of a loopback server that serves `/`; the environment-set listen addresses (environmentGiven) given in
// forms other than an assignment, `env`, -E/--setenv or a unit's own Environment= (EnvironmentFile=, drop-ins,
// `systemctl set-environment`, systemd-run `-p Environment=`, ASP.NET Core's *_URLS, GUNICORN_CMD_ARGS); and launchers
// that switch to a non-root user yet keep root's power outside what shell.ts WRAPPERS reads (setpriv keeping gid 0,
// file capabilities from setcap, start-stop-daemon --group). Secure neighbours keep the same programs on loopback,
// on another host's end, or on a non-root group and no capability.
import { describeNodeCases, devNodeCase, devNodeScript, NodeCase } from "./nodeBuilders";

/** A server bound to loopback serving / (accepted alone: round 48 "a loopback-bound server keeps what it serves"). */
const LO_ROOT = "nohup miniserve -i 127.0.0.1 --port 8000 / &";

/** A heredoc writing `path` with `lines`. */
const file = (path: string, lines: string[], tag = "CONF") => [`cat > ${path} <<'${tag}'`, ...lines, tag];

/** A unit running uvicorn as root, with no listen setting of its own. */
const UVICORN_UNIT = file(
    "/etc/systemd/system/app.service",
    ["[Service]", "ExecStart=/usr/local/bin/uvicorn app:app --app-dir /opt/app"],
    "UNIT",
);

/** An Envoy bootstrap: one listener on `listen`, a tcp_proxy to a STATIC cluster at `host`:`port`. */
const envoy = (listen: string, host: string, port: number) =>
    file("/etc/envoy/envoy.yaml", [
        "static_resources:",
        "  listeners:",
        "  - name: files",
        "    address:",
        `      socket_address: { address: ${listen}, port_value: 10000 }`,
        "    filter_chains:",
        "    - filters:",
        "      - name: envoy.filters.network.tcp_proxy",
        "        typed_config:",
        '          "@type": type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy',
        "          stat_prefix: files",
        "          cluster: files",
        "  clusters:",
        "  - name: files",
        "    type: STATIC",
        "    load_assignment:",
        "      cluster_name: files",
        "      endpoints:",
        "      - lb_endpoints:",
        "        - endpoint:",
        "            address:",
        `              socket_address: { address: ${host}, port_value: ${port} }`,
    ]);

/** An xinetd service on port 8080 redirecting every connection to `target` ("HOST PORT"). */
const xinetdRedirect = (name: string, target: string) =>
    file(`/etc/xinetd.d/${name}`, [
        `service ${name}`,
        "{",
        "    type        = UNLISTED",
        "    socket_type = stream",
        "    protocol    = tcp",
        "    port        = 8080",
        "    wait        = no",
        "    user        = nobody",
        `    redirect    = ${target}`,
        "}",
    ]);

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 49): stunnel's service sections are `accept = [host:]port` ("If no host specified, defaults to all IP addresses
    // for the local host") and `connect = [host:]port` (stunnel(8); stunnel-users list, "accept ... connect"): every
    // connection to the node's port 8443 is relayed to the loopback file server serving / (the kubelet's client key,
    // every pod's token). Who gains: every pod and anything that reaches the node. The pack has no stunnel reader
    // (configForwarders: nginx, httpd, HAProxy, Caddy, iptables/nft; commandForwarders: socat, ssh, gost, caddy,
    // systemd-socket-proxyd), and `stunnel FILE` gives the fail-closed rule no address. Fix: read stunnel configs
    // (accept/connect per section) as forwarders; or treat any unread root program reading a config file as unread
    // listener on every address.
    devNodeCase(
        "stunnel accept = 8443, connect = 127.0.0.1:8000 in front of miniserve -i 127.0.0.1 / (a TLS relay of /)",
        devNodeScript("dev-stunnel-lo-root-nodes", [
            LO_ROOT,
            ...file("/etc/stunnel/files.conf", ["[files]", "accept = 8443", "connect = 127.0.0.1:8000"]),
            "stunnel /etc/stunnel/files.conf",
        ]),
        /served beyond loopback|does not read|forward/,
    ),
    // Was a MISS (fixed in round 49): Envoy's bootstrap (`envoy -c FILE`) with a listener on 0.0.0.0:10000 whose tcp_proxy network filter sends
    // every connection to a STATIC cluster at 127.0.0.1:8000 (Envoy docs, "TCP proxy" network filter and
    // "static_resources" bootstrap): a plain TCP forward of the loopback server serving /. forwardProxies reads only
    // Envoy's dynamic_forward_proxy; configForwarders no Envoy at all; `envoy -c` has no address word. Who gains: every
    // pod (kubelet key, pod tokens). Fix: an Envoy reader (listeners' socket_address, clusters' endpoints) in
    // configForwarders.
    devNodeCase(
        "envoy -c with a 0.0.0.0 listener tcp_proxy to a STATIC cluster 127.0.0.1:8000 (miniserve -i 127.0.0.1 /)",
        devNodeScript("dev-envoy-static-lo-nodes", [
            LO_ROOT,
            ...envoy("0.0.0.0", "127.0.0.1", 8000),
            "nohup envoy -c /etc/envoy/envoy.yaml &",
        ]),
        /served beyond loopback|does not read|forward/,
    ),
    // Was a MISS (fixed in round 49): Traefik's static configuration opens an entry point on ":8080" (every address: Traefik docs "EntryPoints",
    // `address: ":8080"`) and its file provider routes every path to `http://127.0.0.1:8000` (Traefik docs "File"
    // provider, services.loadBalancer.servers url): the loopback server serving / reaches every pod. No Traefik
    // reader; `traefik --configFile=` gives no address. Fix: read traefik.yml entryPoints + the file provider's servers.
    devNodeCase(
        "traefik entryPoint :8080 routing to http://127.0.0.1:8000 (its file provider) in front of miniserve -i 127.0.0.1 /",
        devNodeScript("dev-traefik-lo-root-nodes", [
            LO_ROOT,
            ...file("/etc/traefik/traefik.yml", [
                "entryPoints:",
                "  web:",
                '    address: ":8080"',
                "providers:",
                "  file:",
                "    filename: /etc/traefik/dynamic.yml",
            ]),
            ...file("/etc/traefik/dynamic.yml", [
                "http:",
                "  routers:",
                "    files:",
                "      rule: PathPrefix(`/`)",
                "      service: files",
                "  services:",
                "    files:",
                "      loadBalancer:",
                "        servers:",
                '          - url: "http://127.0.0.1:8000"',
            ]),
            "nohup traefik --configFile=/etc/traefik/traefik.yml &",
        ]),
        /served beyond loopback|does not read|forward/,
    ),
    // Was a MISS (fixed in round 49): xinetd's `redirect = HOST PORT` makes a service a TCP relay ("It configures the service to redirect any
    // requests for this service to the specified host and port number ... point to another port number on the same
    // system": RHEL Security Guide, "Binding and Redirection Options"; xinetd.conf(5) redirect). xinetdListeners reads
    // server/server_args, bind and only_from, but not redirect, and the loopback join gets no forwarder: port 8080 on
    // every address serves /. (The same service redirecting to 169.254.169.254 IS refused, see below.) Fix: read
    // redirect as a forwarder (listens on bind/interface, default every address; to its HOST PORT).
    devNodeCase(
        "xinetd service with redirect = 127.0.0.1 8000 in front of miniserve -i 127.0.0.1 /",
        devNodeScript("dev-xinetd-redirect-lo-nodes", [
            LO_ROOT,
            ...xinetdRedirect("files", "127.0.0.1 8000"),
            "systemctl enable --now xinetd",
        ]),
        /served beyond loopback|does not read|forward/,
    ),
    // Was a MISS (fixed in round 49): firewalld's forward port with toaddr (firewall-cmd(1) --add-forward-port=port=PORT:proto=PROTO[:toport=
    // PORT][:toaddr=ADDR]) is the same DNAT as `iptables -t nat -A PREROUTING ... -j DNAT --to-destination
    // 127.0.0.1:8000` (refused since round 48, and with route_localnet=1 set here as there): firewall-cmd is in
    // NOT_UNREAD_SERVERS and commandForwarders does not read it. Who gains: every pod (/ on port 8080). Fix: read
    // firewall-cmd --add-forward-port (and --add-rich-rule forward-port) as a DNAT forwarder.
    devNodeCase(
        "firewall-cmd --add-forward-port=port=8080:proto=tcp:toport=8000:toaddr=127.0.0.1 (route_localnet=1) to miniserve -i 127.0.0.1 /",
        devNodeScript("dev-firewalld-forward-lo-nodes", [
            LO_ROOT,
            "sysctl -w net.ipv4.conf.all.route_localnet=1",
            "firewall-cmd --add-forward-port=port=8080:proto=tcp:toport=8000:toaddr=127.0.0.1",
        ]),
        /served beyond loopback|forward/,
    ),
    // Was a MISS (fixed in round 49): the same DNAT rule the pack refuses as an `iptables` command (round 48), written to /etc/sysconfig/iptables
    // (the iptables-services rule file) and loaded with `iptables-restore < FILE` (iptables-restore(8): reads rules in
    // iptables-save format from standard input). configForwarders reads `-A` lines of written configurations, but this
    // file is not one it reads. Fix: read iptables-save format files handed to iptables-restore (or any written file
    // with `*nat` and -A lines) through iptablesForwarder.
    devNodeCase(
        "iptables-restore < /etc/sysconfig/iptables with a PREROUTING DNAT to 127.0.0.1:8000 (miniserve -i 127.0.0.1 /)",
        devNodeScript("dev-iptables-restore-dnat-lo-nodes", [
            LO_ROOT,
            "sysctl -w net.ipv4.conf.all.route_localnet=1",
            ...file(
                "/etc/sysconfig/iptables",
                ["*nat", "-A PREROUTING -p tcp -m tcp --dport 8080 -j DNAT --to-destination 127.0.0.1:8000", "COMMIT"],
                "RULES",
            ),
            "iptables-restore < /etc/sysconfig/iptables",
        ]),
        /served beyond loopback|forward/,
    ),
    // Was a MISS (fixed in round 49): ASP.NET Core reads its listen URLs from ASPNETCORE_URLS / DOTNET_URLS ("Use * to accept requests on that
    // port through any URL mapped to the computer"; Andrew Lock, "8 ways to set the URLs for an ASP.NET Core app";
    // Kestrel docs, URL prefixes `http://*:PORT`, `http://0.0.0.0:PORT`): the root app listens on every address.
    // unreadListeners' environment rule reads only names ending in HOST/BIND/LISTEN/ADDR/ADDRESS/IP/PORT or a bare
    // all-address value, so a URL value under *_URLS passes. Fix: read *_URLS / *_URL values (semicolon lists) by
    // host, as URL option values already are.
    devNodeCase(
        "ASPNETCORE_URLS=http://0.0.0.0:5000 dotnet /opt/app/App.dll (Kestrel's address from its environment)",
        devNodeScript("dev-aspnetcore-urls-nodes", [
            "ASPNETCORE_URLS=http://0.0.0.0:5000 nohup dotnet /opt/app/App.dll &",
        ]),
        /does not read/,
    ),
    // Was a MISS (fixed in round 49): gunicorn takes any of its command-line settings from GUNICORN_CMD_ARGS (gunicorn docs, "Settings":
    // "GUNICORN_CMD_ARGS ... e.g. GUNICORN_CMD_ARGS=\"--bind=127.0.0.1 --workers=3\""): `--bind=0.0.0.0:8000` inside it
    // is the same as on the command line, which the pack refuses. The variable's value is not split into options.
    // Fix: read GUNICORN_CMD_ARGS (and *_OPTS/*_ARGS values of server programs) as the program's arguments.
    devNodeCase(
        'GUNICORN_CMD_ARGS="--bind=0.0.0.0:8000" gunicorn app:app (options from the environment)',
        devNodeScript("dev-gunicorn-cmd-args-nodes", [
            'GUNICORN_CMD_ARGS="--bind=0.0.0.0:8000" nohup gunicorn --chdir /opt/app app:app &',
        ]),
        /does not read/,
    ),
    // Was a MISS (fixed in round 49): systemd.exec(5) EnvironmentFile= "Similar to Environment= but reads the environment variables from a text
    // file": UVICORN_HOST=0.0.0.0 written there reaches uvicorn exactly as the unit's Environment= line does (refused
    // since round 48). environmentGiven reads only Environment= lines. Fix: resolve EnvironmentFile= against the files
    // user data writes (unread file → every address for an unread root program).
    devNodeCase(
        "a unit with EnvironmentFile=/etc/default/app holding UVICORN_HOST=0.0.0.0 running uvicorn",
        devNodeScript("dev-uvicorn-envfile-nodes", [
            "echo UVICORN_HOST=0.0.0.0 > /etc/default/app",
            ...file(
                "/etc/systemd/system/app.service",
                [
                    "[Service]",
                    "EnvironmentFile=/etc/default/app",
                    "ExecStart=/usr/local/bin/uvicorn app:app --app-dir /opt/app",
                ],
                "UNIT",
            ),
            "systemctl enable --now app.service",
        ]),
        /does not read/,
    ),
    // Was a MISS (fixed in round 49): a drop-in (`NAME.service.d/*.conf`, systemd.unit(5) "Drop-in files ... override or extend settings") with
    // only Environment=UVICORN_HOST=0.0.0.0: the service it extends runs uvicorn with it. environmentGiven pairs an
    // Environment= line only with Exec lines of the same text. Fix: join drop-ins to their unit's Exec lines.
    devNodeCase(
        "app.service running uvicorn, and a drop-in app.service.d/listen.conf with Environment=UVICORN_HOST=0.0.0.0",
        devNodeScript("dev-uvicorn-dropin-env-nodes", [
            ...UVICORN_UNIT,
            "mkdir -p /etc/systemd/system/app.service.d",
            ...file(
                "/etc/systemd/system/app.service.d/listen.conf",
                ["[Service]", "Environment=UVICORN_HOST=0.0.0.0"],
                "UNIT",
            ),
            "systemctl enable --now app.service",
        ]),
        /does not read/,
    ),
    // Was a MISS (fixed in round 49): `systemctl set-environment VARIABLE=VALUE` sets the manager's environment block, which every unit it starts
    // afterwards inherits (systemctl(1) set-environment; systemd.exec(5): the manager environment plus Environment=),
    // so uvicorn started by app.service listens on every address. Fix: treat set-environment (and
    // DefaultEnvironment= in system.conf(.d)) as exported to every later unit's program.
    devNodeCase(
        "systemctl set-environment UVICORN_HOST=0.0.0.0, then a unit running uvicorn",
        devNodeScript("dev-uvicorn-set-environment-nodes", [
            ...UVICORN_UNIT,
            "systemctl set-environment UVICORN_HOST=0.0.0.0",
            "systemctl enable --now app.service",
        ]),
        /does not read/,
    ),
    // Was a MISS (fixed in round 49): systemd-run's `-p Environment=...` is the unit's Environment= property (systemd-run(1) "-p, --property=
    // Sets a property on the scope or service unit ... the same format as unit files"), equal to -E/--setenv, which the
    // pack reads (both refused, see below). Fix: read systemdRunProperties(use, "Environment") as --setenv values.
    devNodeCase(
        "systemd-run -p Environment=UVICORN_HOST=0.0.0.0 uvicorn (the Environment= property, not -E)",
        devNodeScript("dev-systemd-run-p-environment-nodes", [
            "systemd-run -p Environment=UVICORN_HOST=0.0.0.0 /usr/local/bin/uvicorn app:app --app-dir /opt/app",
        ]),
        /does not read/,
    ),
    // Neighbours of the environment fixes above (round 49), each refused: Kestrel's `;` list with its `+` wildcard and a
    // host name (Kestrel: "Anything not recognized as a valid IP address or localhost binds to all IPv4 and IPv6 IPs");
    // GUNICORN_CMD_ARGS exported and spaced, JAVA_OPTS' -Dserver.address (a program's own options variable); an
    // EnvironmentFile= user data does not write (it may hold any setting); a drop-in's EnvironmentFile=;
    // DefaultEnvironment= in system.conf.d (systemd-system.conf(5)); systemd-run -p EnvironmentFile=.
    devNodeCase(
        'DOTNET_URLS="http://localhost:5000;http://+:5001" dotnet App.dll (the second URL on every address)',
        devNodeScript("dev-dotnet-urls-list-nodes", [
            'DOTNET_URLS="http://localhost:5000;http://+:5001" nohup dotnet /opt/app/App.dll &',
        ]),
        /does not read/,
    ),
    devNodeCase(
        "ASPNETCORE_URLS=http://app.example.com:5000 dotnet App.dll (a host name: Kestrel binds every address)",
        devNodeScript("dev-aspnetcore-urls-name-nodes", [
            "ASPNETCORE_URLS=http://app.example.com:5000 nohup dotnet /opt/app/App.dll &",
        ]),
        /does not read/,
    ),
    devNodeCase(
        'export GUNICORN_CMD_ARGS="--bind 0.0.0.0:8000", then gunicorn app:app (exported, spaced)',
        devNodeScript("dev-gunicorn-cmd-args-exported-nodes", [
            'export GUNICORN_CMD_ARGS="--bind 0.0.0.0:8000 --workers 3"',
            "nohup gunicorn --chdir /opt/app app:app &",
        ]),
        /does not read/,
    ),
    devNodeCase(
        'export JAVA_OPTS="-Dserver.address=0.0.0.0", then java -jar /opt/app/app.jar (its own options variable)',
        devNodeScript("dev-java-opts-address-nodes", [
            'export JAVA_OPTS="-Xmx512m -Dserver.address=0.0.0.0"',
            "nohup java -jar /opt/app/app.jar &",
        ]),
        /does not read/,
    ),
    devNodeCase(
        "a unit with EnvironmentFile=-/etc/sysconfig/app that user data never writes, running uvicorn",
        devNodeScript("dev-uvicorn-envfile-unwritten-nodes", [
            ...file(
                "/etc/systemd/system/app.service",
                [
                    "[Service]",
                    "EnvironmentFile=-/etc/sysconfig/app",
                    "ExecStart=/usr/local/bin/uvicorn app:app --app-dir /opt/app",
                ],
                "UNIT",
            ),
            "systemctl enable --now app.service",
        ]),
        /does not read/,
    ),
    devNodeCase(
        "a drop-in app.service.d/env.conf with EnvironmentFile=/etc/default/app holding UVICORN_HOST=0.0.0.0",
        devNodeScript("dev-uvicorn-dropin-envfile-nodes", [
            ...UVICORN_UNIT,
            "echo UVICORN_HOST=0.0.0.0 > /etc/default/app",
            "mkdir -p /etc/systemd/system/app.service.d",
            ...file(
                "/etc/systemd/system/app.service.d/env.conf",
                ["[Service]", "EnvironmentFile=/etc/default/app"],
                "UNIT",
            ),
            "systemctl enable --now app.service",
        ]),
        /does not read/,
    ),
    devNodeCase(
        "DefaultEnvironment=UVICORN_HOST=0.0.0.0 in /etc/systemd/system.conf.d/env.conf, then a unit running uvicorn",
        devNodeScript("dev-uvicorn-default-environment-nodes", [
            ...UVICORN_UNIT,
            "mkdir -p /etc/systemd/system.conf.d",
            ...file("/etc/systemd/system.conf.d/env.conf", ["[Manager]", "DefaultEnvironment=UVICORN_HOST=0.0.0.0"]),
            "systemctl daemon-reexec",
            "systemctl enable --now app.service",
        ]),
        /does not read/,
    ),
    devNodeCase(
        "systemd-run -p EnvironmentFile=/etc/default/app (UVICORN_HOST=0.0.0.0) uvicorn",
        devNodeScript("dev-systemd-run-p-envfile-nodes", [
            "echo UVICORN_HOST=0.0.0.0 > /etc/default/app",
            "systemd-run -p EnvironmentFile=/etc/default/app /usr/local/bin/uvicorn app:app --app-dir /opt/app",
        ]),
        /does not read/,
    ),
    // Was a MISS (fixed in round 49): setpriv --reuid changes only uids ("--ruid, --euid, --reuid: Set the real,
    // effective, or both UIDs"; --rgid/--egid/--regid set gids, setpriv(1)); with --clear-groups and no --regid the
    // program keeps gid 0, the group of containerd's socket (/run/containerd/containerd.sock, 0660 root:root;
    // containerd config [grpc] gid = 0): ctr/crictl through it start a privileged container = root on the node. The
    // pack counts gid 0 as root power (shell.ts ROOT_GROUPS root|0) only when a --rgid/--regid/--groups value names it,
    // so this "nobody" escapes the fail-closed unread-listener rule (root only). Fix: setpriv's rootPower when the user
    // changes without --rgid/--egid/--regid (the gid stays root's) or with --keep-groups.
    devNodeCase(
        "setpriv --reuid=nobody --clear-groups gohttpserver --addr :8000 (no --regid: the gid stays 0)",
        devNodeScript("dev-setpriv-gid0-nodes", [
            "setpriv --reuid=nobody --clear-groups /usr/local/bin/gohttpserver --root /opt/models --addr :8000",
        ]),
        /does not read|serves/,
    ),
    // Was a MISS (fixed in round 49): file capabilities: `setcap cap_dac_read_search+ep FILE` makes every execve of
    // FILE gain CAP_DAC_READ_SEARCH whatever the uid (capabilities(7) "File capabilities" and "Transformation of
    // capabilities during execve()": P'(permitted) = (P(inheritable) & F(inheritable)) | (F(permitted) & P(bounding));
    // effective bit set), so the "nobody" gohttpserver reads the kubelet's key and serves / on every address, exactly
    // as round 48's AmbientCapabilities=CAP_DAC_READ_SEARCH case (refused). setcap is not read at all. Fix: a setcap
    // granting anything beyond cap_net_bind_service to a file makes every later launch of it root-equivalent (or refuse
    // the setcap).
    devNodeCase(
        "setcap cap_dac_read_search+ep gohttpserver, then runuser -u nobody -- gohttpserver --root / --addr :8000",
        devNodeScript("dev-setcap-dac-gohttp-nodes", [
            "setcap cap_dac_read_search+ep /usr/local/bin/gohttpserver",
            "runuser -u nobody -- /usr/local/bin/gohttpserver --root / --addr :8000",
        ]),
        /does not read|serves|setcap|capabilit/,
    ),
    // Was a MISS (fixed in round 49): start-stop-daemon(8) "-g, --group group|gid: Change to group or gid when starting
    // the process" and "-c, --chuid username|uid[:group|gid]": `--chuid nobody --group root` runs the daemon with gid 0
    // (containerd's socket, as above). WRAPPERS reads the --chuid user but no root group from --group (sudo -g, runuser
    // -g, chroot --userspec=nobody:root are refused). Fix: start-stop-daemon rootPower from --group and --chuid's
    // :group.
    devNodeCase(
        "start-stop-daemon --chuid nobody --group root --exec gohttpserver -- --addr :8000 (gid 0)",
        devNodeScript("dev-ssd-group-root-nodes", [
            "start-stop-daemon --start --background --chuid nobody --group root --exec /usr/local/bin/gohttpserver -- --root /opt/models --addr :8000",
        ]),
        /does not read|serves/,
    ),
    // Neighbours the pack refuses (round 48's forwarders, environment forms and launchers).
    devNodeCase(
        "stunnel accept = 0.0.0.0:8080, connect = 169.254.169.254:80 (a metadata relay from a config file)",
        devNodeScript("dev-stunnel-imds-nodes", [
            ...file("/etc/stunnel/imds.conf", ["[imds]", "accept = 0.0.0.0:8080", "connect = 169.254.169.254:80"]),
            "stunnel /etc/stunnel/imds.conf",
        ]),
        /metadata|169\.254|relay|does not read/,
    ),
    devNodeCase(
        "xinetd service with redirect = 169.254.169.254 80 (a metadata relay)",
        devNodeScript("dev-xinetd-redirect-imds-nodes", [
            ...xinetdRedirect("imds", "169.254.169.254 80"),
            "systemctl enable --now xinetd",
        ]),
        /metadata|169\.254|relay|does not read/,
    ),
    devNodeCase(
        "an nginx stream server listen 8080 proxy_pass 127.0.0.1:8000 (miniserve -i 127.0.0.1 /)",
        devNodeScript("dev-nginx-stream-lo-nodes", [
            LO_ROOT,
            ...file("/etc/nginx/conf.d/files.conf", [
                "stream {",
                "    server {",
                "        listen 8080;",
                "        proxy_pass 127.0.0.1:8000;",
                "    }",
                "}",
            ]),
            "systemctl enable --now nginx",
        ]),
        /served beyond loopback/,
    ),
    devNodeCase(
        "nft add rule ip nat prerouting tcp dport 8080 dnat to 127.0.0.1:8000 (miniserve -i 127.0.0.1 /)",
        devNodeScript("dev-nft-dnat-lo-nodes", [
            LO_ROOT,
            "sysctl -w net.ipv4.conf.all.route_localnet=1",
            "nft add table ip nat",
            "nft 'add chain ip nat prerouting { type nat hook prerouting priority -100; }'",
            "nft add rule ip nat prerouting tcp dport 8080 dnat to 127.0.0.1:8000",
        ]),
        /served beyond loopback/,
    ),
    // Round 49 forwarder readers (userData.ts relayForwarders, structuredForwarders, firewalldForwarders, iptables-save
    // tables): the same readers on other spellings of each forward to the loopback server serving /.
    devNodeCase(
        "stunnel with two connect lines, the second a bare port (localhost: stunnel(8)), in front of miniserve -i 127.0.0.1 /",
        devNodeScript("dev-stunnel-failover-lo-nodes", [
            LO_ROOT,
            ...file("/etc/stunnel/files.conf", [
                "[files]",
                "accept = :::8443",
                "connect = 10.0.5.10:443",
                "connect = 8000",
            ]),
            "stunnel /etc/stunnel/files.conf",
        ]),
        /served beyond loopback/,
    ),
    devNodeCase(
        "envoy -c with an http_connection_manager route to cluster files (127.0.0.1:8000) beside a remote cluster",
        devNodeScript("dev-envoy-http-route-lo-nodes", [
            LO_ROOT,
            ...file("/etc/envoy/envoy.yaml", [
                "static_resources:",
                "  listeners:",
                "  - address: { socket_address: { address: 0.0.0.0, port_value: 10000 } }",
                "    filter_chains:",
                "    - filters:",
                "      - name: envoy.filters.network.http_connection_manager",
                "        typed_config:",
                '          "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager',
                "          stat_prefix: ingress",
                "          route_config:",
                "            virtual_hosts:",
                "            - name: all",
                '              domains: ["*"]',
                "              routes:",
                '              - match: { prefix: "/" }',
                "                route: { cluster: files }",
                "  clusters:",
                "  - name: remote",
                "    load_assignment:",
                "      cluster_name: remote",
                "      endpoints:",
                "      - lb_endpoints:",
                "        - endpoint: { address: { socket_address: { address: 10.0.5.10, port_value: 443 } } }",
                "  - name: files",
                "    load_assignment:",
                "      cluster_name: files",
                "      endpoints:",
                "      - lb_endpoints:",
                "        - endpoint: { address: { socket_address: { address: 127.0.0.1, port_value: 8000 } } }",
            ]),
            "nohup envoy -c /etc/envoy/envoy.yaml &",
        ]),
        /served beyond loopback/,
    ),
    devNodeCase(
        "traefik's TOML file provider: a tcp service at 127.0.0.1:8000 (no entry points in the file: every address)",
        devNodeScript("dev-traefik-toml-tcp-lo-nodes", [
            LO_ROOT,
            ...file("/etc/traefik/dynamic.toml", [
                "[tcp.routers.files]",
                '  rule = "HostSNI(`*`)"',
                '  service = "files"',
                "[tcp.services.files.loadBalancer]",
                "  [[tcp.services.files.loadBalancer.servers]]",
                '    address = "127.0.0.1:8000"',
            ]),
            "nohup traefik --providers.file.filename=/etc/traefik/dynamic.toml &",
        ]),
        /served beyond loopback/,
    ),
    devNodeCase(
        "xinetd service bound to the node's address with redirect = localhost 8000 (miniserve -i 127.0.0.1 /)",
        devNodeScript("dev-xinetd-redirect-bind-lo-nodes", [
            LO_ROOT,
            ...file("/etc/xinetd.d/files", [
                "service files",
                "{",
                "    type        = UNLISTED",
                "    socket_type = stream",
                "    port        = 8080",
                "    bind        = 10.0.1.15",
                "    wait        = no",
                "    redirect    = localhost 8000",
                "}",
            ]),
            "systemctl enable --now xinetd",
        ]),
        /served beyond loopback/,
    ),
    devNodeCase(
        "firewall-cmd --add-rich-rule 'rule family=ipv4 forward-port port=8080 protocol=tcp to-port=8000 to-addr=127.0.0.1'",
        devNodeScript("dev-firewalld-rich-forward-lo-nodes", [
            LO_ROOT,
            "sysctl -w net.ipv4.conf.all.route_localnet=1",
            "firewall-cmd --permanent --add-rich-rule='rule family=ipv4 forward-port port=8080 protocol=tcp to-port=8000 to-addr=127.0.0.1'",
            "firewall-cmd --reload",
        ]),
        /served beyond loopback/,
    ),
    devNodeCase(
        "a firewalld zone file <forward-port port=8080 to-port=8000 to-addr=127.0.0.1/> (miniserve -i 127.0.0.1 /)",
        devNodeScript("dev-firewalld-zone-forward-lo-nodes", [
            LO_ROOT,
            ...file("/etc/firewalld/zones/public.xml", [
                '<?xml version="1.0" encoding="utf-8"?>',
                "<zone>",
                "  <short>Public</short>",
                '  <forward-port port="8080" protocol="tcp" to-port="8000" to-addr="127.0.0.1"/>',
                "</zone>",
            ]),
            "systemctl restart firewalld",
        ]),
        /served beyond loopback/,
    ),
    devNodeCase(
        "firewall-cmd --direct --add-rule ipv4 nat PREROUTING 0 ... -j DNAT --to-destination 127.0.0.1:8000",
        devNodeScript("dev-firewalld-direct-dnat-lo-nodes", [
            LO_ROOT,
            "firewall-cmd --direct --add-rule ipv4 nat PREROUTING 0 -p tcp --dport 8080 -j DNAT --to-destination 127.0.0.1:8000",
        ]),
        /served beyond loopback/,
    ),
    devNodeCase(
        "iptables-restore -n /etc/iptables/rules.v4: *filter then *nat with -I PREROUTING DNAT --to-destination 127.0.0.1 (port from --dport)",
        devNodeScript("dev-iptables-restore-two-tables-lo-nodes", [
            LO_ROOT,
            ...file(
                "/etc/iptables/rules.v4",
                [
                    "*filter",
                    "-A INPUT -p tcp --dport 22 -j ACCEPT",
                    "COMMIT",
                    "*nat",
                    ":PREROUTING ACCEPT [0:0]",
                    "-I PREROUTING -i eth0 -p tcp --dport 8000 -j DNAT --to-destination 127.0.0.1",
                    "COMMIT",
                ],
                "RULES",
            ),
            "iptables-restore -n /etc/iptables/rules.v4",
        ]),
        /served beyond loopback/,
    ),
    devNodeCase(
        "systemd-run --setenv UVICORN_HOST=0.0.0.0 uvicorn (the spaced --setenv form)",
        devNodeScript("dev-systemd-run-setenv-spaced-nodes", [
            "systemd-run --setenv UVICORN_HOST=0.0.0.0 /usr/local/bin/uvicorn app:app --app-dir /opt/app",
        ]),
        /does not read/,
    ),
    devNodeCase(
        "chroot --userspec=nobody:root / gohttpserver --addr :8000 (gid 0 from the userspec)",
        devNodeScript("dev-chroot-userspec-root-nodes", [
            "chroot --userspec=nobody:root / /usr/local/bin/gohttpserver --root /opt/models --addr :8000",
        ]),
        /does not read|serves/,
    ),
    devNodeCase(
        "runuser -u nobody -g root -- socat TCP-LISTEN:2375,fork UNIX-CONNECT:/run/containerd/containerd.sock",
        devNodeScript("dev-runuser-socat-containerd-nodes", [
            "runuser -u nobody -g root -- socat TCP-LISTEN:2375,fork,reuseaddr UNIX-CONNECT:/run/containerd/containerd.sock",
        ]),
    ),
    // Found by the round-49 forwarder fixer, fixed in round 49: a stunnel service with `exec` runs that program on
    // each connection (stunnel(8) "exec = executable_path: Execute a local inetd-type program"), so `exec = /bin/bash`
    // on accept = 8443 is a root shell on every node address, wherever the configuration is written.
    devNodeCase(
        "stunnel [shell] accept = 8443, exec = /bin/bash, execArgs = bash -i (a root shell per connection)",
        devNodeScript("dev-stunnel-exec-bash-nodes", [
            ...file("/etc/stunnel/shell.conf", ["[shell]", "accept = 8443", "exec = /bin/bash", "execArgs = bash -i"]),
            "stunnel /etc/stunnel/shell.conf",
        ]),
        /stunnel service \[shell\] running \/bin\/bash -i/,
    ),
    devNodeCase(
        "stunnel [shell] accept = 0.0.0.0:8443, exec = /bin/sh from /opt/tls/shell.conf (a path stunnel is given)",
        devNodeScript("dev-stunnel-exec-opt-nodes", [
            ...file("/opt/tls/shell.conf", ["[shell]", "accept = 0.0.0.0:8443", "exec = /bin/sh"]),
            "stunnel /opt/tls/shell.conf",
        ]),
        /stunnel service \[shell\] running \/bin\/sh/,
    ),
    devNodeCase(
        "setpriv --reuid=nobody --regid=nogroup --keep-groups gohttpserver --addr :8000 (root's supplementary groups kept)",
        devNodeScript("dev-setpriv-keep-groups-nodes", [
            "setpriv --reuid=nobody --regid=nogroup --keep-groups /usr/local/bin/gohttpserver --root /opt/models --addr :8000",
        ]),
        /does not read|serves/,
    ),
    devNodeCase(
        "setcap =ep gohttpserver (every capability), then runuser -u nobody -- gohttpserver --root /opt/models --addr :8000",
        devNodeScript("dev-setcap-all-gohttp-nodes", [
            "setcap =ep /usr/local/bin/gohttpserver",
            "runuser -u nobody -- /usr/local/bin/gohttpserver --root /opt/models --addr :8000",
        ]),
        /does not read|serves/,
    ),
    devNodeCase(
        "start-stop-daemon --chuid nobody:root --exec gohttpserver -- --addr :8000 (gid 0 from --chuid's group)",
        devNodeScript("dev-ssd-chuid-root-group-nodes", [
            "start-stop-daemon --start --background --chuid nobody:root --exec /usr/local/bin/gohttpserver -- --root /opt/models --addr :8000",
        ]),
        /does not read|serves/,
    ),
];

const secure: NodeCase[] = [
    devNodeCase(
        "stunnel client: accept = 127.0.0.1:5432, connect = db.example.com:5432 (loopback, another host's end)",
        devNodeScript("dev-stunnel-client-ok-nodes", [
            ...file("/etc/stunnel/db.conf", [
                "[db]",
                "client = yes",
                "accept = 127.0.0.1:5432",
                "connect = db.example.com:5432",
            ]),
            "stunnel /etc/stunnel/db.conf",
        ]),
    ),
    devNodeCase(
        "envoy -c with a 0.0.0.0 listener tcp_proxy to a STATIC cluster 10.0.5.10:443 (another host)",
        devNodeScript("dev-envoy-static-remote-ok-nodes", [
            ...envoy("0.0.0.0", "10.0.5.10", 443),
            "nohup envoy -c /etc/envoy/envoy.yaml &",
        ]),
    ),
    devNodeCase(
        "xinetd service with redirect = 10.0.5.10 443 (another host), no loopback server",
        devNodeScript("dev-xinetd-redirect-remote-ok-nodes", [
            ...xinetdRedirect("tls", "10.0.5.10 443"),
            "systemctl enable --now xinetd",
        ]),
    ),
    devNodeCase(
        "stunnel accept = 0.0.0.0:8443, connect = 10.0.5.10:443 beside miniserve -i 127.0.0.1 / (another host's end)",
        devNodeScript("dev-stunnel-remote-lo-ok-nodes", [
            LO_ROOT,
            ...file("/etc/stunnel/tls.conf", ["[tls]", "accept = 0.0.0.0:8443", "connect = 10.0.5.10:443"]),
            "stunnel /etc/stunnel/tls.conf",
        ]),
    ),
    devNodeCase(
        "envoy -c with a 127.0.0.1 listener tcp_proxy to 127.0.0.1:8000 (loopback to loopback)",
        devNodeScript("dev-envoy-static-lo-lo-ok-nodes", [
            LO_ROOT,
            ...envoy("127.0.0.1", "127.0.0.1", 8000),
            "nohup envoy -c /etc/envoy/envoy.yaml &",
        ]),
    ),
    devNodeCase(
        "traefik entryPoint 127.0.0.1:8080 routing to http://127.0.0.1:8000 in one file (loopback only)",
        devNodeScript("dev-traefik-lo-lo-ok-nodes", [
            LO_ROOT,
            ...file("/etc/traefik/traefik.yml", [
                "entryPoints:",
                "  local:",
                '    address: "127.0.0.1:8080"',
                "providers:",
                "  file:",
                "    filename: /etc/traefik/traefik.yml",
                "http:",
                "  routers:",
                "    files:",
                "      rule: PathPrefix(`/`)",
                "      service: files",
                "  services:",
                "    files:",
                "      loadBalancer:",
                "        servers:",
                '          - url: "http://127.0.0.1:8000"',
            ]),
            "nohup traefik --configFile=/etc/traefik/traefik.yml &",
        ]),
    ),
    devNodeCase(
        "a disabled xinetd service with redirect = 127.0.0.1 8000 (disable = yes) beside miniserve -i 127.0.0.1 /",
        devNodeScript("dev-xinetd-redirect-disabled-ok-nodes", [
            LO_ROOT,
            ...file("/etc/xinetd.d/files", [
                "service files",
                "{",
                "    port        = 8080",
                "    socket_type = stream",
                "    wait        = no",
                "    disable     = yes",
                "    redirect    = 127.0.0.1 8000",
                "}",
            ]),
            "systemctl enable --now xinetd",
        ]),
    ),
    devNodeCase(
        "firewall-cmd --add-forward-port=port=80:proto=tcp:toport=8000 (no toaddr: a local redirect) beside miniserve -i 127.0.0.1 /",
        devNodeScript("dev-firewalld-local-forward-ok-nodes", [
            LO_ROOT,
            "firewall-cmd --permanent --add-forward-port=port=80:proto=tcp:toport=8000",
        ]),
    ),
    devNodeCase(
        "firewall-cmd --add-forward-port=...:toaddr=10.0.5.10 beside miniserve -i 127.0.0.1 / (another host)",
        devNodeScript("dev-firewalld-remote-forward-ok-nodes", [
            LO_ROOT,
            "firewall-cmd --add-forward-port=port=8443:proto=tcp:toport=443:toaddr=10.0.5.10",
        ]),
    ),
    devNodeCase(
        "iptables-restore file with only a *filter table (ACCEPT to port 8000) beside miniserve -i 127.0.0.1 /",
        devNodeScript("dev-iptables-restore-filter-ok-nodes", [
            LO_ROOT,
            ...file(
                "/etc/sysconfig/iptables",
                ["*filter", "-A INPUT -p tcp -m tcp --dport 8000 -s 127.0.0.1 -j ACCEPT", "COMMIT"],
                "RULES",
            ),
            "iptables-restore < /etc/sysconfig/iptables",
        ]),
    ),
    devNodeCase(
        "ASPNETCORE_URLS=http://localhost:5000 dotnet /opt/app/App.dll (loopback)",
        devNodeScript("dev-aspnetcore-urls-lo-ok-nodes", [
            "ASPNETCORE_URLS=http://localhost:5000 nohup dotnet /opt/app/App.dll &",
        ]),
    ),
    devNodeCase(
        'GUNICORN_CMD_ARGS="--bind=127.0.0.1:8000 --workers=3" gunicorn app:app (loopback)',
        devNodeScript("dev-gunicorn-cmd-args-lo-ok-nodes", [
            'GUNICORN_CMD_ARGS="--bind=127.0.0.1:8000 --workers=3" nohup gunicorn --chdir /opt/app app:app &',
        ]),
    ),
    devNodeCase(
        "a unit with EnvironmentFile=/etc/default/app holding UVICORN_HOST=127.0.0.1 running uvicorn",
        devNodeScript("dev-uvicorn-envfile-lo-ok-nodes", [
            "echo UVICORN_HOST=127.0.0.1 > /etc/default/app",
            ...file(
                "/etc/systemd/system/app.service",
                [
                    "[Service]",
                    "EnvironmentFile=/etc/default/app",
                    "ExecStart=/usr/local/bin/uvicorn app:app --app-dir /opt/app",
                ],
                "UNIT",
            ),
            "systemctl enable --now app.service",
        ]),
    ),
    devNodeCase(
        "systemctl set-environment UVICORN_HOST=127.0.0.1, then a unit running uvicorn (loopback)",
        devNodeScript("dev-uvicorn-set-environment-lo-ok-nodes", [
            ...UVICORN_UNIT,
            "systemctl set-environment UVICORN_HOST=127.0.0.1",
            "systemctl enable --now app.service",
        ]),
    ),
    devNodeCase(
        "systemd-run -p Environment=UVICORN_HOST=127.0.0.1 uvicorn (loopback through the property)",
        devNodeScript("dev-systemd-run-p-environment-lo-ok-nodes", [
            "systemd-run -p Environment=UVICORN_HOST=127.0.0.1 /usr/local/bin/uvicorn app:app --app-dir /opt/app",
        ]),
    ),
    // Secure neighbours of the environment fixes (round 49): Kestrel's list all on loopback, a drop-in keeping uvicorn on
    // loopback, an environment file with no listen setting, and the options variable of another program.
    devNodeCase(
        'ASPNETCORE_URLS="http://127.0.0.1:5000;http://[::1]:5000" dotnet App.dll (loopback, both families)',
        devNodeScript("dev-aspnetcore-urls-list-lo-ok-nodes", [
            'ASPNETCORE_URLS="http://127.0.0.1:5000;http://[::1]:5000" nohup dotnet /opt/app/App.dll &',
        ]),
    ),
    devNodeCase(
        "app.service running uvicorn, and a drop-in app.service.d/listen.conf with Environment=UVICORN_HOST=127.0.0.1",
        devNodeScript("dev-uvicorn-dropin-env-lo-ok-nodes", [
            ...UVICORN_UNIT,
            "mkdir -p /etc/systemd/system/app.service.d",
            ...file(
                "/etc/systemd/system/app.service.d/listen.conf",
                ["[Service]", "Environment=UVICORN_HOST=127.0.0.1"],
                "UNIT",
            ),
            "systemctl enable --now app.service",
        ]),
    ),
    devNodeCase(
        "a unit with EnvironmentFile=/etc/default/app holding only LOG_LEVEL and WORKERS, running uvicorn",
        devNodeScript("dev-uvicorn-envfile-no-listen-ok-nodes", [
            ...file("/etc/default/app", ["# app settings", "LOG_LEVEL=info", 'WORKERS="4"']),
            ...file(
                "/etc/systemd/system/app.service",
                [
                    "[Service]",
                    "EnvironmentFile=/etc/default/app",
                    "ExecStart=/usr/local/bin/uvicorn app:app --app-dir /opt/app",
                ],
                "UNIT",
            ),
            "systemctl enable --now app.service",
        ]),
    ),
    devNodeCase(
        'export GUNICORN_CMD_ARGS="--bind 0.0.0.0:8000", then only java -jar /opt/tools/report.jar (not gunicorn\'s)',
        devNodeScript("dev-gunicorn-cmd-args-other-program-ok-nodes", [
            'export GUNICORN_CMD_ARGS="--bind 0.0.0.0:8000"',
            "java -jar /opt/tools/report.jar",
        ]),
    ),
    devNodeCase(
        "setpriv --reuid=nobody --regid=nogroup --clear-groups gohttpserver --root /opt/models --addr :8000",
        devNodeScript("dev-setpriv-regid-ok-nodes", [
            "setpriv --reuid=nobody --regid=nogroup --clear-groups /usr/local/bin/gohttpserver --root /opt/models --addr :8000",
        ]),
    ),
    devNodeCase(
        "setcap cap_net_bind_service+ep gohttpserver, then runuser -u nobody -- gohttpserver --root /opt/models --addr :80",
        devNodeScript("dev-setcap-bind-service-ok-nodes", [
            "setcap cap_net_bind_service+ep /usr/local/bin/gohttpserver",
            "runuser -u nobody -- /usr/local/bin/gohttpserver --root /opt/models --addr :80",
        ]),
    ),
    devNodeCase(
        "start-stop-daemon --chuid nobody:nogroup --exec gohttpserver -- --root /opt/models --addr :8000",
        devNodeScript("dev-ssd-nogroup-ok-nodes", [
            "start-stop-daemon --start --background --chuid nobody:nogroup --exec /usr/local/bin/gohttpserver -- --root /opt/models --addr :8000",
        ]),
    ),
    devNodeCase(
        "miniserve -i 127.0.0.1 / with an iptables-restore file DNAT to 10.0.5.10:443 (another host)",
        devNodeScript("dev-iptables-restore-remote-ok-nodes", [
            LO_ROOT,
            ...file(
                "/etc/sysconfig/iptables",
                ["*nat", "-A PREROUTING -p tcp -m tcp --dport 8443 -j DNAT --to-destination 10.0.5.10:443", "COMMIT"],
                "RULES",
            ),
            "iptables-restore < /etc/sysconfig/iptables",
        ]),
    ),
    devNodeCase(
        "stunnel [shell] accept = 127.0.0.1:8443, exec = /bin/bash (a shell for the node's own processes only)",
        devNodeScript("dev-stunnel-exec-lo-nodes", [
            ...file("/etc/stunnel/shell.conf", ["[shell]", "accept = 127.0.0.1:8443", "exec = /bin/bash"]),
            "stunnel /etc/stunnel/shell.conf",
        ]),
    ),
    devNodeCase(
        "stunnel [health] accept = 8443, exec = /usr/bin/date (a program that reads nothing from the client)",
        devNodeScript("dev-stunnel-exec-date-nodes", [
            ...file("/etc/stunnel/health.conf", ["[health]", "accept = 8443", "exec = /usr/bin/date"]),
            "stunnel /etc/stunnel/health.conf",
        ]),
    ),
    devNodeCase(
        "setpriv --reuid=nobody --regid=nogroup --init-groups gohttpserver --root /opt/models --addr :8000",
        devNodeScript("dev-setpriv-init-groups-ok-nodes", [
            "setpriv --reuid=nobody --regid=nogroup --init-groups /usr/local/bin/gohttpserver --root /opt/models --addr :8000",
        ]),
    ),
    devNodeCase(
        "setcap cap_dac_read_search+ep gohttpserver, setcap -r it, then runuser -u nobody -- gohttpserver --addr :8000",
        devNodeScript("dev-setcap-removed-ok-nodes", [
            "setcap cap_dac_read_search+ep /usr/local/bin/gohttpserver",
            "setcap -r /usr/local/bin/gohttpserver",
            "runuser -u nobody -- /usr/local/bin/gohttpserver --root /opt/models --addr :8000",
        ]),
    ),
];

describeNodeCases(
    "red team round 49: forwarders, environment-set addresses and user switches keeping root's power (fresh eyes)",
    insecure,
    secure,
);
