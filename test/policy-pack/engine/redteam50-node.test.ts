// Red-team round 50 on EKS NODE user data (fresh eyes): round 49's new node rules read as an attacker would.
// Probed: forwarders in front of a loopback server serving / in forms the new readers do not cover (nftables DNAT
// maps, stunnel configs outside /etc/stunnel, an ssh client config's LocalForward, Envoy's inline --config-yaml, ncat
// --sh-exec, pen); environment-set listen addresses outside the *_URLS / LISTEN_VARIABLE names (ASP.NET Core's
// *_HTTP_PORTS, Kestrel's configuration keys `Kestrel__Endpoints__*__Url`, `systemctl import-environment`) and
// EnvironmentFile= files changed after they are written; launchers that change capabilities outside shell.ts WRAPPERS
// (capsh, setcap on the file a symlink names). Secure neighbours keep the same programs on loopback, on another
// host's end, or with no capability beyond binding low ports.
import { describeNodeCases, devNodeCase, devNodeScript, NodeCase } from "./nodeBuilders";

/** A server bound to loopback serving / (accepted alone: round 48 "a loopback-bound server keeps what it serves"). */
const LO_ROOT = "nohup miniserve -i 127.0.0.1 --port 8000 / &";

/** A heredoc writing `path` with `lines`. */
const file = (path: string, lines: string[], tag = "CONF") => [`cat > ${path} <<'${tag}'`, ...lines, tag];

/** A unit running uvicorn as root with EnvironmentFile=/etc/default/app and no listen setting of its own. */
const UVICORN_ENVFILE_UNIT = file(
    "/etc/systemd/system/app.service",
    ["[Service]", "EnvironmentFile=/etc/default/app", "ExecStart=/usr/local/bin/uvicorn app:app --app-dir /opt/app"],
    "UNIT",
);

/** A unit running uvicorn as root, with no listen setting of its own. */
const UVICORN_UNIT = file(
    "/etc/systemd/system/app.service",
    ["[Service]", "ExecStart=/usr/local/bin/uvicorn app:app --app-dir /opt/app"],
    "UNIT",
);

/** An Envoy bootstrap (one line of YAML flow style): a listener on `listen`:10000, tcp_proxy to a STATIC cluster at `host`:8000. */
const envoyInline = (listen: string, host: string) =>
    [
        "{static_resources: {",
        `listeners: [{name: files, address: {socket_address: {address: ${listen}, port_value: 10000}},`,
        "filter_chains: [{filters: [{name: envoy.filters.network.tcp_proxy, typed_config: {",
        '"@type": type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy,',
        "stat_prefix: files, cluster: files}}]}]}],",
        "clusters: [{name: files, type: STATIC, load_assignment: {cluster_name: files, endpoints: [{lb_endpoints: [",
        `{endpoint: {address: {socket_address: {address: ${host}, port_value: 8000}}}}]}]}}]}}`,
    ].join(" ");

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 50): nftables' anonymous map form `dnat to tcp dport map { 8000 : 127.0.0.1 }` (nftables wiki "Maps", "Anonymous
    // maps": "nft add rule ip nat prerouting dnat to tcp dport map { 80 : 192.168.1.100, 8888 : 192.168.1.101 }", the
    // classical port redirection) DNATs node:8000 to the loopback file server serving / (route_localnet=1 set): every
    // pod reads the kubelet's key and every pod token. nftForwarders' regex takes the word after `to` ("tcp") as the
    // address, finds no loopback end and drops the rule; the single-address form is refused since round 48. Fix: read
    // `dnat [ip] to KEY map { K : ADDR[ . PORT], ... }` (and `@named` maps: fail closed) as one DNAT per element.
    devNodeCase(
        "nft dnat to tcp dport map { 8000 : 127.0.0.1 } (route_localnet=1) in front of miniserve -i 127.0.0.1 /",
        devNodeScript("dev-nft-dnat-map-lo-nodes", [
            LO_ROOT,
            "sysctl -w net.ipv4.conf.all.route_localnet=1",
            "nft add table ip nat",
            "nft 'add chain ip nat prerouting { type nat hook prerouting priority -100; }'",
            "nft 'add rule ip nat prerouting dnat to tcp dport map { 8000 : 127.0.0.1 }'",
        ]),
        /served beyond loopback|forward|does not read/,
    ),
    // Neighbours of round 49 forwarders the pack refuses: a stunnel config under any path; an ssh client config's
    // LocalForward (refused because user data writing /root/.ssh/config is refused outright, so a loopback-only
    // LocalForward is refused too: no secure neighbour filed).
    devNodeCase(
        "stunnel /opt/tls/files.cfg with accept = 8443, connect = 127.0.0.1:8000 (miniserve -i 127.0.0.1 /)",
        devNodeScript("dev-stunnel-cfg-lo-nodes", [
            LO_ROOT,
            "mkdir -p /opt/tls",
            ...file("/opt/tls/files.cfg", ["[files]", "accept = 8443", "connect = 127.0.0.1:8000"]),
            "stunnel /opt/tls/files.cfg",
        ]),
        /served beyond loopback|does not read|forward/,
    ),
    devNodeCase(
        "autossh to a Host of /root/.ssh/config with LocalForward 0.0.0.0:8080 127.0.0.1:8000 (miniserve -i 127.0.0.1 /)",
        devNodeScript("dev-ssh-config-localforward-nodes", [
            LO_ROOT,
            "mkdir -p /root/.ssh",
            ...file("/root/.ssh/config", [
                "Host files-tunnel",
                "    HostName 127.0.0.1",
                "    User ec2-user",
                "    LocalForward 0.0.0.0:8080 127.0.0.1:8000",
            ]),
            "autossh -M 0 -f -N files-tunnel",
        ]),
        /served beyond loopback|does not read|forward/,
    ),
    // Was a MISS (fixed in round 50): Envoy takes its whole bootstrap inline (Envoy docs, "Command line options": "--config-yaml <yaml string>
    // (optional) The YAML string for a bootstrap configuration ... If this flag is missing [-c], --config-yaml is
    // required"): the same static listener on 0.0.0.0:10000 with a tcp_proxy to the STATIC cluster 127.0.0.1:8000 the
    // pack refuses in a file (redteam49) is accepted as a command-line word, because structuredForwarders reads only
    // written files. Who gains: every pod (/ of the node). Fix: read --config-yaml values (and `envoy -c` + overrides
    // merged) through structuredForwarders.
    devNodeCase(
        "envoy --config-yaml (inline bootstrap) listener 0.0.0.0:10000 tcp_proxy to 127.0.0.1:8000 (miniserve -i 127.0.0.1 /)",
        devNodeScript("dev-envoy-config-yaml-lo-nodes", [
            LO_ROOT,
            `nohup envoy --config-yaml '${envoyInline("0.0.0.0", "127.0.0.1")}' &`,
        ]),
        /served beyond loopback|does not read|forward/,
    ),
    // Was a MISS (fixed in round 50): ncat's documented relay `ncat -l PORT --sh-exec "ncat HOST PORT"` (ncat(1) "-c, --sh-exec command: Executes
    // the given command via /bin/sh", Ncat Users' Guide "Connection brokering / proxying": each connection's stdin/stdout
    // joined to a new client connection) forwards every connection to node:8080 to the loopback server serving /. The
    // ncat reader judges the executed command as a served program (a client, not a shell) and adds no forwarder, so the
    // loopback join never sees it. Fix: an ncat/nc listener whose --sh-exec/--exec/-e command is a network client
    // (ncat/nc/socat/openssl s_client HOST PORT) is a forwarder to that end.
    devNodeCase(
        'ncat -lk 8080 --sh-exec "ncat 127.0.0.1 8000" (a relay in front of miniserve -i 127.0.0.1 /)',
        devNodeScript("dev-ncat-sh-exec-lo-nodes", [LO_ROOT, 'nohup ncat -lk 8080 --sh-exec "ncat 127.0.0.1 8000" &']),
        /served beyond loopback|does not read|forward|shell/,
    ),
    // Was a MISS (fixed in round 50): pen, a packaged TCP load balancer (pen(1): "pen [-b sec] ... [host:]port h1[:p1] [h2[:p2]] ...", listening
    // on every address when no host is given), relays node:8080 to the loopback server serving /. No pen reader; the
    // fail-closed rule finds no all-address word (8080 is a bare port, 127.0.0.1:8000 loopback). Round 49 DECIDED there
    // is no blanket "unread root program may forward" rule, so each known relay needs a reader (as stunnel/rinetd got):
    // add pen (and balance(1) `balance PORT HOST:PORT`) to commandForwarders: first operand the listen, the rest ends.
    devNodeCase(
        "pen 8080 127.0.0.1:8000 (a TCP load balancer in front of miniserve -i 127.0.0.1 /)",
        devNodeScript("dev-pen-lo-nodes", [LO_ROOT, "pen 8080 127.0.0.1:8000"]),
        /served beyond loopback|does not read|forward/,
    ),
    // Was a MISS (fixed in round 50): since .NET 8, ASPNETCORE_HTTP_PORTS / DOTNET_HTTP_PORTS (and *_HTTPS_PORTS) set Kestrel's ports "on all
    // interfaces", equivalent to http://*:PORT (MS Learn, "Configure endpoints for the ASP.NET Core Kestrel web server":
    // without endpoint configuration Kestrel binds http://localhost:5000; Andrew Lock, "8 ways to set the URLs for an
    // ASP.NET Core app", HTTP_PORTS "any IP address"). The variable ends in _PORTS, outside LISTEN_VARIABLE (…_PORT) and
    // LISTEN_URLS_VARIABLE, and its value is a bare port: the root app on every address is accepted while the same
    // app with ASPNETCORE_URLS=http://*:5000 is refused. Fix: *_HTTP_PORTS/*_HTTPS_PORTS values = every address.
    devNodeCase(
        "ASPNETCORE_HTTP_PORTS=5000 dotnet /opt/app/App.dll (Kestrel on every address)",
        devNodeScript("dev-aspnetcore-http-ports-nodes", [
            "ASPNETCORE_HTTP_PORTS=5000 nohup dotnet /opt/app/App.dll &",
        ]),
        /does not read/,
    ),
    // Was a MISS (fixed in round 50): ASP.NET Core's environment configuration provider maps `__` to `:` (MS Learn "Configuration in ASP.NET
    // Core", environment variables: "The double underscore __ is ... automatically replaced by a colon"), so
    // Kestrel__Endpoints__Http__Url is the Kestrel:Endpoints:Http:Url endpoint (Kestrel endpoints doc, "Configure
    // endpoints in appsettings.json"): the root app listens on 0.0.0.0:5000. The name ends in `__Url`, not _URLS /
    // LISTEN_URL / BIND_URL, and the value is a URL (not ALL_ADDRESSES), so it is not read. Fix: read
    // Kestrel__Endpoints__*__Url (case-blind, also `:`-spelled) as a LISTEN_URLS_VARIABLE.
    devNodeCase(
        "Kestrel__Endpoints__Http__Url=http://0.0.0.0:5000 dotnet /opt/app/App.dll (configuration from the environment)",
        devNodeScript("dev-kestrel-endpoints-env-nodes", [
            "Kestrel__Endpoints__Http__Url=http://0.0.0.0:5000 nohup dotnet /opt/app/App.dll &",
        ]),
        /does not read/,
    ),
    devNodeCase(
        "UVICORN_HOST=0.0.0.0 systemctl import-environment UVICORN_HOST, then a unit running uvicorn",
        devNodeScript("dev-uvicorn-import-environment-nodes", [
            ...UVICORN_UNIT,
            "UVICORN_HOST=0.0.0.0 systemctl import-environment UVICORN_HOST",
            "systemctl enable --now app.service",
        ]),
        /does not read/,
    ),
    // Was a MISS (fixed in round 50): the EnvironmentFile= is written with UVICORN_HOST=127.0.0.1 and then rewritten by `sed -i` to 0.0.0.0
    // (sed(1) -i edits in place): systemd reads the file when the unit starts (systemd.exec(5) EnvironmentFile=), so
    // uvicorn as root listens on every address. Round 47 made a config file changed by sed -i / >> / perl -i unread,
    // and round 49 makes an unwritten EnvironmentFile= every address, but the env-file reader keeps the first full
    // write (127.0.0.1). Fix: apply rootReads' "changed in a way the pack cannot compute" marks (sed -i, perl -i, ...)
    // to environment files (unread → every address).
    devNodeCase(
        "EnvironmentFile=/etc/default/app written with UVICORN_HOST=127.0.0.1, then sed -i to 0.0.0.0",
        devNodeScript("dev-uvicorn-envfile-sed-nodes", [
            "echo UVICORN_HOST=127.0.0.1 > /etc/default/app",
            "sed -i 's/127.0.0.1/0.0.0.0/' /etc/default/app",
            ...UVICORN_ENVFILE_UNIT,
            "systemctl enable --now app.service",
        ]),
        /does not read/,
    ),
    // Was a MISS (fixed in round 50): `cp /opt/app/app.env /etc/default/app` replaces the file user data wrote (cp(1)); its content comes from
    // the AMI or an earlier download, which the pack cannot see, so UVICORN_HOST may be anything. Round 49's
    // copiedDestinations marks copy destinations changed, but the EnvironmentFile= reader still uses the echo's
    // 127.0.0.1. Who gains: every pod, if the copied file sets 0.0.0.0 (the loopback-only check is defeated). Fix:
    // a copy/move/download destination = an unwritten environment file (every address).
    devNodeCase(
        "EnvironmentFile=/etc/default/app copied from /opt/app/app.env (content not in user data)",
        devNodeScript("dev-uvicorn-envfile-copied-nodes", [
            "echo UVICORN_HOST=127.0.0.1 > /etc/default/app",
            "cp /opt/app/app.env /etc/default/app",
            ...UVICORN_ENVFILE_UNIT,
            "systemctl enable --now app.service",
        ]),
        /does not read/,
    ),
    devNodeCase(
        'a unit with Environment="PYTHONUNBUFFERED=1" "UVICORN_HOST=0.0.0.0" running uvicorn',
        devNodeScript("dev-uvicorn-env-two-quoted-nodes", [
            ...file(
                "/etc/systemd/system/app.service",
                [
                    "[Service]",
                    'Environment="PYTHONUNBUFFERED=1" "UVICORN_HOST=0.0.0.0"',
                    "ExecStart=/usr/local/bin/uvicorn app:app --app-dir /opt/app",
                ],
                "UNIT",
            ),
            "systemctl enable --now app.service",
        ]),
        /does not read/,
    ),
    // Was a MISS (fixed in round 50): capsh "-- [args]: Execute /bin/bash with trailing arguments. Note, you can use -c 'command to execute'"
    // (capsh(1), libcap): root's bash runs `python3 -m http.server --directory / 8000`, a file server of / on every
    // address (refused when written as `bash -c` or bare). capsh is not in shell.ts WRAPPERS, so its `-c` string is
    // an opaque word and no rule sees the served /. Who gains: every pod (kubelet key, pod tokens). Fix: capsh as a
    // wrapper whose `-- -c LINE` is a launched command (launchedCommand) and whose --user/--uid/--caps/--addamb set
    // its user and capabilities; `==` re-executes capsh.
    devNodeCase(
        'capsh --drop=cap_net_raw -- -c "python3 -m http.server --directory / 8000" (root serving /)',
        devNodeScript("dev-capsh-http-server-root-nodes", [
            'nohup capsh --drop=cap_net_raw -- -c "python3 -m http.server --directory / 8000" &',
        ]),
        /serves|does not read|hands/,
    ),
    // Round 50 neighbours refused: a map with ADDR . PORT values, a named map (elements unread), nc -e running socat,
    // balance(1), DOTNET_HTTPS_PORTS, a Kestrel endpoint on 0.0.0.0 set with `export`, an environment file appended
    // to, capsh switching user with --uid alone (gid 0 kept) or raising cap_dac_read_search, capsh == re-executing.
    devNodeCase(
        "nft dnat to tcp dport map { 8080 : 127.0.0.1 . 8000 } (route_localnet=1) in front of miniserve -i 127.0.0.1 /",
        devNodeScript("dev-nft-dnat-map-concat-lo-nodes", [
            LO_ROOT,
            "nft 'add rule ip nat prerouting dnat ip to tcp dport map { 8080 : 127.0.0.1 . 8000, 9090 : 10.0.5.20 . 80 }'",
        ]),
        /served beyond loopback|forward|does not read/,
    ),
    devNodeCase(
        "nft dnat to tcp dport map @ports (a named map) in front of miniserve -i 127.0.0.1 /",
        devNodeScript("dev-nft-dnat-named-map-lo-nodes", [
            LO_ROOT,
            "nft 'add rule ip nat prerouting dnat to tcp dport map @ports'",
        ]),
        /served beyond loopback|forward|does not read/,
    ),
    devNodeCase(
        'ncat -l 8080 -k -c "socat - TCP:localhost:8000" (a relay in front of miniserve -i 127.0.0.1 /)',
        devNodeScript("dev-ncat-c-socat-lo-nodes", [
            LO_ROOT,
            'nohup ncat -l 8080 -k -c "socat - TCP:localhost:8000" &',
        ]),
        /served beyond loopback|does not read|forward|shell/,
    ),
    devNodeCase(
        "balance 8080 127.0.0.1:8000 (a TCP load balancer in front of miniserve -i 127.0.0.1 /)",
        devNodeScript("dev-balance-lo-nodes", [LO_ROOT, "balance 8080 127.0.0.1:8000"]),
        /served beyond loopback|does not read|forward/,
    ),
    devNodeCase(
        "pen -u nobody 8080 127.0.0.1 (a server without a port: the listening port) in front of miniserve -i 127.0.0.1 /",
        devNodeScript("dev-pen-no-port-lo-nodes", [
            "nohup miniserve -i 127.0.0.1 --port 8080 / &",
            "pen -u nobody 8080 127.0.0.1",
        ]),
        /served beyond loopback|does not read|forward/,
    ),
    devNodeCase(
        "pen -C 9999 8080 10.0.5.20:8000 (its control interface on every address: penctl repoints it anywhere)",
        devNodeScript("dev-pen-control-nodes", [LO_ROOT, "pen -C 9999 8080 10.0.5.20:8000"]),
        /served beyond loopback|does not read|forward|proxy/,
    ),
    devNodeCase(
        "DOTNET_HTTPS_PORTS=8443 dotnet /opt/app/App.dll (Kestrel on every address)",
        devNodeScript("dev-dotnet-https-ports-nodes", ["DOTNET_HTTPS_PORTS=8443 nohup dotnet /opt/app/App.dll &"]),
        /does not read/,
    ),
    devNodeCase(
        "export Kestrel__Endpoints__Https__Url=https://0.0.0.0:5001, then dotnet /opt/app/App.dll",
        devNodeScript("dev-kestrel-endpoints-export-nodes", [
            "export Kestrel__Endpoints__Https__Url=https://0.0.0.0:5001",
            "nohup dotnet /opt/app/App.dll &",
        ]),
        /does not read/,
    ),
    devNodeCase(
        "EnvironmentFile=/etc/default/app written with UVICORN_HOST=127.0.0.1, then appended to with >>",
        devNodeScript("dev-uvicorn-envfile-append-nodes", [
            "echo UVICORN_HOST=127.0.0.1 > /etc/default/app",
            "curl -fsS https://config.example.com/app.env >> /etc/default/app",
            ...UVICORN_ENVFILE_UNIT,
            "systemctl enable --now app.service",
        ]),
        /does not read/,
    ),
    devNodeCase(
        "EnvironmentFile=/etc/default/app written, then downloaded onto (curl -o)",
        devNodeScript("dev-uvicorn-envfile-download-nodes", [
            "echo UVICORN_HOST=127.0.0.1 > /etc/default/app",
            "curl -fsSo /etc/default/app https://config.example.com/app.env",
            ...UVICORN_ENVFILE_UNIT,
            "systemctl enable --now app.service",
        ]),
        /does not read/,
    ),
    devNodeCase(
        'capsh --uid=65534 -- -c "python3 -m http.server --directory / 8000" (gid 0 kept: root\'s group)',
        devNodeScript("dev-capsh-uid-gid0-nodes", [
            'nohup capsh --uid=65534 -- -c "python3 -m http.server --directory / 8000" &',
        ]),
        /serves|does not read|hands/,
    ),
    devNodeCase(
        'capsh --user=nobody --addamb=cap_dac_read_search -- -c "python3 -m http.server --directory / 8000"',
        devNodeScript("dev-capsh-addamb-dac-nodes", [
            'nohup capsh --inh=cap_dac_read_search --user=nobody --addamb=cap_dac_read_search -- -c "python3 -m http.server --directory / 8000" &',
        ]),
        /serves|does not read|hands/,
    ),
    devNodeCase(
        'capsh --drop=cap_net_raw == -- -c "python3 -m http.server --directory / 8000" (capsh again, as root)',
        devNodeScript("dev-capsh-again-root-nodes", [
            'nohup capsh --drop=cap_net_raw == -- -c "python3 -m http.server --directory / 8000" &',
        ]),
        /serves|does not read|hands/,
    ),
    // Neighbours the pack refuses: capabilities given to the file a symlink names, systemd-run -p AmbientCapabilities=.
    devNodeCase(
        "setcap cap_dac_read_search+ep /usr/bin/python3.9, then runuser -u nobody -- python3 -m http.server -d / 8000",
        devNodeScript("dev-setcap-python-target-nodes", [
            "setcap cap_dac_read_search+ep /usr/bin/python3.9",
            "nohup runuser -u nobody -- python3 -m http.server --directory / 8000 &",
        ]),
        /serves|does not read|hands|setcap|capabilit/,
    ),
    devNodeCase(
        "systemd-run -p User=nobody -p AmbientCapabilities=CAP_DAC_READ_SEARCH python3 -m http.server -d / 8000",
        devNodeScript("dev-systemd-run-ambient-dac-nodes", [
            "systemd-run -p User=nobody -p AmbientCapabilities=CAP_DAC_READ_SEARCH /usr/bin/python3 -m http.server --directory / 8000",
        ]),
        /serves|does not read|hands|capabilit/,
    ),
];

// Secure near-misses: the same programs on loopback, to another host, or with only cap_net_bind_service.
const secure: NodeCase[] = [
    devNodeCase(
        "nft dnat to tcp dport map { 8000 : 10.0.5.20 } (another host) with miniserve -i 127.0.0.1 /",
        devNodeScript("dev-nft-dnat-map-remote-nodes", [
            LO_ROOT,
            "nft add table ip nat",
            "nft 'add chain ip nat prerouting { type nat hook prerouting priority -100; }'",
            "nft 'add rule ip nat prerouting dnat to tcp dport map { 8000 : 10.0.5.20 }'",
        ]),
    ),
    devNodeCase(
        "stunnel /opt/tls/files.cfg with accept = 8443, connect = 10.0.5.20:8000 (another host)",
        devNodeScript("dev-stunnel-cfg-remote-nodes", [
            LO_ROOT,
            "mkdir -p /opt/tls",
            ...file("/opt/tls/files.cfg", ["[files]", "accept = 8443", "connect = 10.0.5.20:8000"]),
            "stunnel /opt/tls/files.cfg",
        ]),
    ),
    devNodeCase(
        "envoy --config-yaml (inline bootstrap) listener 127.0.0.1:10000 tcp_proxy to 127.0.0.1:8000",
        devNodeScript("dev-envoy-config-yaml-lo-lo-nodes", [
            LO_ROOT,
            `nohup envoy --config-yaml '${envoyInline("127.0.0.1", "127.0.0.1")}' &`,
        ]),
    ),
    devNodeCase(
        "ASPNETCORE_URLS=http://127.0.0.1:5000 dotnet /opt/app/App.dll",
        devNodeScript("dev-aspnetcore-urls-lo-nodes", [
            "ASPNETCORE_URLS=http://127.0.0.1:5000 nohup dotnet /opt/app/App.dll &",
        ]),
    ),
    devNodeCase(
        "Kestrel__Endpoints__Http__Url=http://localhost:5000 dotnet /opt/app/App.dll",
        devNodeScript("dev-kestrel-endpoints-env-lo-nodes", [
            "Kestrel__Endpoints__Http__Url=http://localhost:5000 nohup dotnet /opt/app/App.dll &",
        ]),
    ),
    devNodeCase(
        "UVICORN_HOST=127.0.0.1 systemctl import-environment UVICORN_HOST, then a unit running uvicorn",
        devNodeScript("dev-uvicorn-import-environment-lo-nodes", [
            ...UVICORN_UNIT,
            "UVICORN_HOST=127.0.0.1 systemctl import-environment UVICORN_HOST",
            "systemctl enable --now app.service",
        ]),
    ),
    devNodeCase(
        "EnvironmentFile=/etc/default/app written with UVICORN_HOST=127.0.0.1 (written in full, once)",
        devNodeScript("dev-uvicorn-envfile-lo-nodes", [
            "echo UVICORN_HOST=127.0.0.1 > /etc/default/app",
            ...UVICORN_ENVFILE_UNIT,
            "systemctl enable --now app.service",
        ]),
    ),
    devNodeCase(
        'a unit with Environment="PYTHONUNBUFFERED=1" "UVICORN_HOST=127.0.0.1" running uvicorn',
        devNodeScript("dev-uvicorn-env-two-quoted-lo-nodes", [
            ...file(
                "/etc/systemd/system/app.service",
                [
                    "[Service]",
                    'Environment="PYTHONUNBUFFERED=1" "UVICORN_HOST=127.0.0.1"',
                    "ExecStart=/usr/local/bin/uvicorn app:app --app-dir /opt/app",
                ],
                "UNIT",
            ),
            "systemctl enable --now app.service",
        ]),
    ),
    devNodeCase(
        'capsh --drop=cap_net_raw -- -c "python3 -m http.server --bind 127.0.0.1 --directory /opt/models 8000"',
        devNodeScript("dev-capsh-http-server-models-nodes", [
            'nohup capsh --drop=cap_net_raw -- -c "python3 -m http.server --bind 127.0.0.1 --directory /opt/models 8000" &',
        ]),
    ),
    devNodeCase(
        "setcap cap_net_bind_service+ep /usr/bin/python3.9, then runuser -u nobody -- python3 -m http.server -d /opt/models 80",
        devNodeScript("dev-setcap-python-bind-nodes", [
            "setcap cap_net_bind_service+ep /usr/bin/python3.9",
            "nohup runuser -u nobody -- python3 -m http.server --directory /opt/models 80 &",
        ]),
    ),
    devNodeCase(
        "systemd-run -p User=nobody -p AmbientCapabilities=CAP_NET_BIND_SERVICE python3 -m http.server -d /opt/models 80",
        devNodeScript("dev-systemd-run-ambient-bind-nodes", [
            "systemd-run -p User=nobody -p AmbientCapabilities=CAP_NET_BIND_SERVICE /usr/bin/python3 -m http.server --directory /opt/models 80",
        ]),
    ),
    // Round 50 neighbours accepted: a map to another host with a loopback key, ncat relaying to another host, pen on
    // loopback, Kestrel ports on loopback URLs only, an environment file rewritten whole after a sed, capsh as nobody
    // with cap_net_bind_service only.
    devNodeCase(
        "nft dnat to ip daddr . tcp dport map { 10.0.1.5 . 8000 : 10.0.5.20 . 8000 } with miniserve -i 127.0.0.1 /",
        devNodeScript("dev-nft-dnat-map-concat-remote-nodes", [
            LO_ROOT,
            "nft 'add rule ip nat prerouting dnat to ip daddr . tcp dport map { 10.0.1.5 . 8000 : 10.0.5.20 . 8000 }'",
        ]),
    ),
    devNodeCase(
        'ncat -lk 8080 --sh-exec "ncat 10.0.5.20 8000" (a relay to another host) with miniserve -i 127.0.0.1 /',
        devNodeScript("dev-ncat-sh-exec-remote-nodes", [
            LO_ROOT,
            'nohup ncat -lk 8080 --sh-exec "ncat 10.0.5.20 8000" &',
        ]),
    ),
    devNodeCase(
        "pen 127.0.0.1:8080 127.0.0.1:8000 and pen 8081 10.0.5.20:8000 (loopback listen, another host's end)",
        devNodeScript("dev-pen-lo-remote-nodes", [
            LO_ROOT,
            "pen 127.0.0.1:8080 127.0.0.1:8000",
            "pen 8081 10.0.5.20:8000",
        ]),
    ),
    devNodeCase(
        "pen -C 127.0.0.1:9999 8080 10.0.5.20:8000 (its control interface on loopback)",
        devNodeScript("dev-pen-control-lo-nodes", [LO_ROOT, "pen -C 127.0.0.1:9999 8080 10.0.5.20:8000"]),
    ),
    devNodeCase(
        "balance -b 127.0.0.1 8080 127.0.0.1:8000 (bound to loopback)",
        devNodeScript("dev-balance-lo-lo-nodes", [LO_ROOT, "balance -b 127.0.0.1 8080 127.0.0.1:8000"]),
    ),
    devNodeCase(
        "Kestrel__Endpoints__Http__Url=http://127.0.0.1:5000 DOTNET_URLS=http://[::1]:5001 dotnet /opt/app/App.dll",
        devNodeScript("dev-kestrel-endpoints-lo-both-nodes", [
            "Kestrel__Endpoints__Http__Url=http://127.0.0.1:5000 DOTNET_URLS=http://[::1]:5001 nohup dotnet /opt/app/App.dll &",
        ]),
    ),
    devNodeCase(
        "EnvironmentFile=/etc/default/app edited by sed -i, then written whole again with UVICORN_HOST=127.0.0.1",
        devNodeScript("dev-uvicorn-envfile-sed-rewritten-nodes", [
            "echo UVICORN_HOST=0.0.0.0 > /etc/default/app",
            "sed -i 's/0.0.0.0/127.0.0.1/' /etc/default/app",
            "echo UVICORN_HOST=127.0.0.1 > /etc/default/app",
            ...UVICORN_ENVFILE_UNIT,
            "systemctl enable --now app.service",
        ]),
    ),
    devNodeCase(
        "cp /etc/default/app /etc/default/app.orig (a copy only reading the EnvironmentFile=)",
        devNodeScript("dev-uvicorn-envfile-backup-nodes", [
            "echo UVICORN_HOST=127.0.0.1 > /etc/default/app",
            "cp /etc/default/app /etc/default/app.orig",
            ...UVICORN_ENVFILE_UNIT,
            "systemctl enable --now app.service",
        ]),
    ),
    devNodeCase(
        'capsh --user=nobody --inh=cap_net_bind_service --addamb=cap_net_bind_service -- -c "python3 -m http.server -d /opt/models 80"',
        devNodeScript("dev-capsh-nobody-bind-nodes", [
            'nohup capsh --inh=cap_net_bind_service --user=nobody --addamb=cap_net_bind_service -- -c "python3 -m http.server --directory /opt/models 80" &',
        ]),
    ),
];

describeNodeCases("red team round 50: node user data (fresh eyes)", insecure, secure);
