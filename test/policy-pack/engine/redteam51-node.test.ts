// Red-team round 51 on EKS NODE user data (fresh eyes): round 50's node rules read as an attacker would.
// Probed: relays in front of loopback servers and instance metadata through round 50's new forwarder readers (nft DNAT
// maps keyed by numgen, pen/balance/ncat/envoy relaying to instance metadata, ncat relaying to a unix socket, an ncat
// client whose port follows its host, Envoy configurations given as dynamic filesystem resources); ASP.NET Core
// listen settings outside the environment (appsettings.json, command-line configuration keys, ASPNETCORE_-prefixed
// Kestrel keys); EnvironmentFile= files replaced after they are written by means round 50 does not list (a
// symlink, a redirect of a download); capsh's --iab. Secure neighbours keep the same programs on loopback, on another
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

/** An Envoy bootstrap (one line of YAML flow style): a listener on `listen`:10000, tcp_proxy to a STATIC cluster at `host`:`port`. */
const envoyInline = (listen: string, host: string, port = 8000) =>
    [
        "{static_resources: {",
        `listeners: [{name: files, address: {socket_address: {address: ${listen}, port_value: 10000}},`,
        "filter_chains: [{filters: [{name: envoy.filters.network.tcp_proxy, typed_config: {",
        '"@type": type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy,',
        "stat_prefix: files, cluster: files}}]}]}],",
        "clusters: [{name: files, type: STATIC, load_assignment: {cluster_name: files, endpoints: [{lb_endpoints: [",
        `{endpoint: {address: {socket_address: {address: ${host}, port_value: ${port}}}}}]}]}}]}}`,
    ].join(" ");

/** Envoy "Dynamic from filesystem": bootstrap naming LDS/CDS files, the files holding the listener and cluster. */
const envoyFilesystem = (listen: string, host: string) => [
    "mkdir -p /etc/envoy",
    ...file("/etc/envoy/envoy.yaml", [
        "node: {cluster: files, id: node-files}",
        "dynamic_resources:",
        "  cds_config: {path_config_source: {path: /etc/envoy/cds.yaml}}",
        "  lds_config: {path_config_source: {path: /etc/envoy/lds.yaml}}",
    ]),
    ...file("/etc/envoy/lds.yaml", [
        "resources:",
        '- "@type": type.googleapis.com/envoy.config.listener.v3.Listener',
        "  name: files",
        `  address: {socket_address: {address: ${listen}, port_value: 10000}}`,
        "  filter_chains:",
        "  - filters:",
        "    - name: envoy.filters.network.tcp_proxy",
        "      typed_config:",
        '        "@type": type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy',
        "        stat_prefix: files",
        "        cluster: files",
    ]),
    ...file("/etc/envoy/cds.yaml", [
        "resources:",
        '- "@type": type.googleapis.com/envoy.config.cluster.v3.Cluster',
        "  name: files",
        "  type: STATIC",
        "  load_assignment:",
        "    cluster_name: files",
        "    endpoints:",
        "    - lb_endpoints:",
        `      - endpoint: {address: {socket_address: {address: ${host}, port_value: 8000}}}`,
    ]),
    "nohup envoy -c /etc/envoy/envoy.yaml &",
];

const insecure: NodeCase[] = [
    devNodeCase(
        "nft dnat to numgen inc mod 2 map { 0 : 127.0.0.1, 1 : 10.0.5.20 } on tcp dport 8000 (miniserve -i 127.0.0.1 /)",
        devNodeScript("dev-nft-numgen-map-lo-nodes", [
            LO_ROOT,
            "sysctl -w net.ipv4.conf.all.route_localnet=1",
            "nft add table ip nat",
            "nft 'add chain ip nat prerouting { type nat hook prerouting priority -100; }'",
            "nft 'add rule ip nat prerouting tcp dport 8000 dnat to numgen inc mod 2 map { 0 : 127.0.0.1, 1 : 10.0.5.20 }'",
        ]),
        /served beyond loopback|forward|does not read/,
    ),
    devNodeCase(
        "nft dnat to tcp dport map { 8080 : 169.254.169.254 . 80 } (an instance metadata relay)",
        devNodeScript("dev-nft-dnat-map-imds-nodes", [
            "nft add table ip nat",
            "nft 'add chain ip nat prerouting { type nat hook prerouting priority -100; }'",
            "nft 'add rule ip nat prerouting dnat ip to tcp dport map { 8080 : 169.254.169.254 . 80 }'",
        ]),
        /metadata|relay|does not read|forward/,
    ),
    devNodeCase(
        "pen 8080 169.254.169.254:80 (an instance metadata relay)",
        devNodeScript("dev-pen-imds-nodes", ["pen 8080 169.254.169.254:80"]),
        /metadata|relay|does not read|forward/,
    ),
    devNodeCase(
        "balance 8080 169.254.169.254:80 (an instance metadata relay)",
        devNodeScript("dev-balance-imds-nodes", ["balance 8080 169.254.169.254:80"]),
        /metadata|relay|does not read|forward/,
    ),
    devNodeCase(
        'ncat -lk 8080 --sh-exec "ncat 169.254.169.254 80" (an instance metadata relay)',
        devNodeScript("dev-ncat-sh-exec-imds-nodes", ['nohup ncat -lk 8080 --sh-exec "ncat 169.254.169.254 80" &']),
        /metadata|relay|does not read|forward|shell/,
    ),
    devNodeCase(
        "envoy --config-yaml listener 0.0.0.0:10000 tcp_proxy to 169.254.169.254:80 (an instance metadata relay)",
        devNodeScript("dev-envoy-config-yaml-imds-nodes", [
            `nohup envoy --config-yaml '${envoyInline("0.0.0.0", "169.254.169.254", 80)}' &`,
        ]),
        /metadata|relay|does not read|forward/,
    ),
    devNodeCase(
        'ncat -lk 2375 --sh-exec "ncat -U /run/containerd/containerd.sock" (containerd\'s socket relayed)',
        devNodeScript("dev-ncat-sh-exec-unix-nodes", [
            'nohup ncat -lk 2375 --sh-exec "ncat -U /run/containerd/containerd.sock" &',
        ]),
        /served beyond loopback|does not read|forward|shell|socket|containerd/,
    ),
    // Was a MISS (fixed in round 51): `exec` is how a sh -c line hands its process to the command (POSIX sh "exec [command [argument...]]":
    // the command replaces the shell), and ncat runs --sh-exec/-c through /bin/sh (ncat(1) "-c, --sh-exec command:
    // Executes the given command via /bin/sh"), so `-c "exec ncat 127.0.0.1 8000"` is the round-50 relay: every pod
    // reaching node:8080 reads / of the node (kubelet key, pod tokens). ncatRelays takes words[0] ("exec") as the
    // client, finds none and adds no forwarder. Fix: read the -c/--sh-exec line as a script (launchedCommand / shell.ts
    // WRAPPERS: exec, timeout, nice, ... before the client) before looking for the network client.
    devNodeCase(
        'ncat -lk 8080 -c "exec ncat 127.0.0.1 8000" (exec in the sh -c line) in front of miniserve -i 127.0.0.1 /',
        devNodeScript("dev-ncat-c-exec-lo-nodes", [LO_ROOT, 'nohup ncat -lk 8080 -c "exec ncat 127.0.0.1 8000" &']),
        /served beyond loopback|does not read|forward|shell/,
    ),
    devNodeCase(
        'ncat -lk 8080 -c "ncat 127.0.0.1 8000 -w 5" (options after the operands) in front of miniserve -i 127.0.0.1 /',
        devNodeScript("dev-ncat-c-trailing-w-lo-nodes", [
            LO_ROOT,
            'nohup ncat -lk 8080 -c "ncat 127.0.0.1 8000 -w 5" &',
        ]),
        /served beyond loopback|does not read|forward|shell/,
    ),
    // Was a MISS (fixed in round 51): Envoy's documented file-based xDS (Envoy docs, "Configuration: Dynamic from filesystem": a bootstrap with
    // `dynamic_resources` cds_config/lds_config naming lds.yaml and cds.yaml, each a `resources:` list of Listener /
    // Cluster) puts the same tcp_proxy listener 0.0.0.0:10000 -> STATIC cluster 127.0.0.1:8000 the pack refuses as
    // static_resources (redteam49, round 50 --config-yaml) in two files: every pod reads / of the node. structuredForwarders
    // returns [] for text without static_resources|loadBalancer|backends, so neither file is read. Fix: read
    // `resources:` entries typed envoy.config.listener.v3.Listener / cluster.v3.Cluster across the files user data writes
    // (join listeners to clusters by name over the instance), or fail closed on dynamic_resources with path sources.
    devNodeCase(
        "Envoy from filesystem (lds.yaml listener 0.0.0.0:10000, cds.yaml cluster 127.0.0.1:8000) in front of miniserve /",
        devNodeScript("dev-envoy-fs-lds-cds-lo-nodes", [LO_ROOT, ...envoyFilesystem("0.0.0.0", "127.0.0.1")]),
        /served beyond loopback|does not read|forward/,
    ),
    // Was a MISS (fixed in round 51): ASP.NET Core reads appsettings.json from the content root (the working directory of `dotnet App.dll`) and
    // Kestrel binds its Kestrel:Endpoints URLs (MS Learn "Configure endpoints for the ASP.NET Core Kestrel web
    // server": "Endpoints can be configured using URLs, JSON in appsettings.json, and code"; without configuration it
    // binds http://localhost:5000): root's app listens on 0.0.0.0:5000, which the pack refuses when the same URL comes
    // from ASPNETCORE_URLS / Kestrel__Endpoints__Http__Url (round 50). Who gains: every pod, whatever the app serves as
    // root. Fix: read appsettings.json / appsettings.{Environment}.json (Kestrel:Endpoints:*:Url, urls) in the
    // program's working directory as its listen settings; a file user data changes in ways it cannot compute = unread.
    devNodeCase(
        "appsettings.json Kestrel:Endpoints:Http:Url http://0.0.0.0:5000, then cd /opt/app && dotnet App.dll",
        devNodeScript("dev-appsettings-kestrel-nodes", [
            ...file("/opt/app/appsettings.json", [
                '{ "Kestrel": { "Endpoints": { "Http": { "Url": "http://0.0.0.0:5000" } } } }',
            ]),
            "cd /opt/app",
            "nohup dotnet App.dll &",
        ]),
        /does not read/,
    ),
    // Was a MISS (fixed in round 51): the command-line configuration provider (MS Learn "Configuration in ASP.NET Core", Command-line: arguments
    // `key=value`, `--key=value`, `/key=value`, e.g. `dotnet run MyKey="Using =" Position:Title=Cmd`) overrides every
    // other source, so `Kestrel:Endpoints:Http:Url=http://0.0.0.0:5000` makes root's Kestrel listen on every address
    // (the round-50 Kestrel__Endpoints__*__Url rule, spelled with colons on the command line). No option name, no
    // all-address word (the host is inside a URL): accepted. Fix: judge `[--|/]Kestrel:Endpoints:*:Url=` and
    // `[--|/]urls=` words of a dotnet program as URL listen settings (kestrelBeyondLoopback).
    devNodeCase(
        "dotnet /opt/app/App.dll Kestrel:Endpoints:Http:Url=http://0.0.0.0:5000 (command-line configuration)",
        devNodeScript("dev-dotnet-cmdline-kestrel-nodes", [
            "nohup dotnet /opt/app/App.dll Kestrel:Endpoints:Http:Url=http://0.0.0.0:5000 &",
        ]),
        /does not read/,
    ),
    // Was a MISS (fixed in round 51): the same command-line configuration key in its `--key=value` form (MS Learn "Configuration in ASP.NET Core",
    // Command-line); see the case above. Fix: as above.
    devNodeCase(
        "dotnet /opt/app/App.dll --Kestrel:Endpoints:Http:Url=http://0.0.0.0:5000 (command-line configuration, --key=value)",
        devNodeScript("dev-dotnet-cmdline-dashes-kestrel-nodes", [
            "nohup dotnet /opt/app/App.dll --Kestrel:Endpoints:Http:Url=http://0.0.0.0:5000 &",
        ]),
        /does not read/,
    ),
    // Was a MISS (fixed in round 51): ASP.NET Core loads ASPNETCORE_-prefixed (and DOTNET_-prefixed) environment variables with the prefix
    // removed (MS Learn "Configuration in ASP.NET Core", default configuration: "ASPNETCORE_-prefixed environment
    // variables ... the prefix is stripped when the configuration key-value pairs are loaded"; `__` becomes `:`), so
    // ASPNETCORE_Kestrel__Endpoints__Http__Url is Kestrel:Endpoints:Http:Url: root's Kestrel on 0.0.0.0:5000. The
    // round-50 reader matches Kestrel__Endpoints only at the start of the name. Fix: strip ASPNETCORE_/DOTNET_ before
    // matching Kestrel__Endpoints__*__Url (and `urls`).
    devNodeCase(
        "ASPNETCORE_Kestrel__Endpoints__Http__Url=http://0.0.0.0:5000 dotnet /opt/app/App.dll (prefixed configuration)",
        devNodeScript("dev-aspnetcore-prefixed-kestrel-nodes", [
            "ASPNETCORE_Kestrel__Endpoints__Http__Url=http://0.0.0.0:5000 nohup dotnet /opt/app/App.dll &",
        ]),
        /does not read/,
    ),
    // Neighbours of the round-51 fixes, refused: the client behind other launchers and wrappers of the -c line (timeout,
    // an assignment, sh -c, su -c); Envoy's older `path:` source and a listener file user data does not write (the
    // bootstrap's named file may hold any listener: fail closed); appsettings.{Environment}.json in the app's own
    // directory, HTTP_PORTS in appsettings.json, the command line's `/key=value` and `--key value` forms, the
    // DOTNET_ prefix and `urls` as a key.
    devNodeCase(
        'ncat -lk 8080 -c "timeout 60 nice -n 5 ncat 127.0.0.1 8000" in front of miniserve -i 127.0.0.1 /',
        devNodeScript("dev-ncat-c-timeout-nice-lo-nodes", [
            LO_ROOT,
            'nohup ncat -lk 8080 -c "timeout 60 nice -n 5 ncat 127.0.0.1 8000" &',
        ]),
        /served beyond loopback|does not read|forward|shell/,
    ),
    devNodeCase(
        "ncat -lk 8080 --sh-exec \"LANG=C sh -c 'exec ncat 127.0.0.1 8000'\" in front of miniserve -i 127.0.0.1 /",
        devNodeScript("dev-ncat-sh-exec-sh-c-lo-nodes", [
            LO_ROOT,
            "nohup ncat -lk 8080 --sh-exec \"LANG=C sh -c 'exec ncat 127.0.0.1 8000'\" &",
        ]),
        /served beyond loopback|does not read|forward|shell/,
    ),
    devNodeCase(
        "Envoy from filesystem with the older `lds_config: {path: ...}` (listener 0.0.0.0:10000, cluster 127.0.0.1:8000)",
        devNodeScript("dev-envoy-fs-path-lo-nodes", [
            LO_ROOT,
            ...envoyFilesystem("0.0.0.0", "127.0.0.1").map(l =>
                l.replace(/\{path_config_source: \{path: ([^}]*)\}\}/, "{path: $1}"),
            ),
        ]),
        /served beyond loopback|does not read|forward/,
    ),
    devNodeCase(
        "Envoy from filesystem whose lds.yaml user data does not write (cds.yaml cluster 127.0.0.1:8000)",
        devNodeScript("dev-envoy-fs-unwritten-lds-nodes", [
            LO_ROOT,
            ...envoyFilesystem("127.0.0.1", "127.0.0.1")
                .join("\n")
                .replace(/cat > \/etc\/envoy\/lds.yaml <<'CONF'[\s\S]*?\nCONF\n/, "")
                .split("\n"),
        ]),
        /served beyond loopback|does not read|forward/,
    ),
    devNodeCase(
        "appsettings.Production.json in /opt/app with HTTP_PORTS 5000, dotnet /opt/app/App.dll from /",
        devNodeScript("dev-appsettings-production-ports-nodes", [
            ...file("/opt/app/appsettings.Production.json", ['{ "HTTP_PORTS": "5000" }']),
            "nohup dotnet /opt/app/App.dll &",
        ]),
        /does not read/,
    ),
    devNodeCase(
        "appsettings.json written with a loopback URL, then edited by sed -i, then cd /opt/app && dotnet App.dll",
        devNodeScript("dev-appsettings-sed-nodes", [
            ...file("/opt/app/appsettings.json", ['{ "Urls": "http://127.0.0.1:5000" }']),
            "sed -i 's/127.0.0.1/0.0.0.0/' /opt/app/appsettings.json",
            "cd /opt/app",
            "nohup dotnet App.dll &",
        ]),
        /does not read/,
    ),
    devNodeCase(
        "dotnet /opt/app/App.dll /Kestrel:Endpoints:Http:Url=http://0.0.0.0:5000 (command-line configuration, /key=value)",
        devNodeScript("dev-dotnet-cmdline-slash-kestrel-nodes", [
            "nohup dotnet /opt/app/App.dll /Kestrel:Endpoints:Http:Url=http://0.0.0.0:5000 &",
        ]),
        /does not read/,
    ),
    devNodeCase(
        "dotnet /opt/app/App.dll --Kestrel__Endpoints__Http__Url http://+:5000 (command-line configuration, --key value)",
        devNodeScript("dev-dotnet-cmdline-space-kestrel-nodes", [
            "nohup dotnet /opt/app/App.dll --Kestrel__Endpoints__Http__Url http://+:5000 &",
        ]),
        /does not read/,
    ),
    devNodeCase(
        "DOTNET_urls=http://0.0.0.0:5000 dotnet /opt/app/App.dll (prefixed configuration, lower case)",
        devNodeScript("dev-dotnet-prefixed-urls-nodes", [
            "DOTNET_urls=http://0.0.0.0:5000 nohup dotnet /opt/app/App.dll &",
        ]),
        /does not read/,
    ),
    devNodeCase(
        "EnvironmentFile=/etc/default/app written with UVICORN_HOST=127.0.0.1, then ln -sf /opt/app/app.env onto it",
        devNodeScript("dev-uvicorn-envfile-symlink-nodes", [
            "echo UVICORN_HOST=127.0.0.1 > /etc/default/app",
            "ln -sf /opt/app/app.env /etc/default/app",
            ...UVICORN_ENVFILE_UNIT,
            "systemctl enable --now app.service",
        ]),
        /does not read/,
    ),
    devNodeCase(
        "EnvironmentFile=/etc/default/app written, then replaced by a download redirected onto it (curl > file)",
        devNodeScript("dev-uvicorn-envfile-curl-redirect-nodes", [
            "echo UVICORN_HOST=127.0.0.1 > /etc/default/app",
            "curl -fsS https://config.example.com/app.env > /etc/default/app",
            ...UVICORN_ENVFILE_UNIT,
            "systemctl enable --now app.service",
        ]),
        /does not read/,
    ),
    devNodeCase(
        "EnvironmentFile=/etc/default/app written, then edited by sed --in-place=.bak",
        devNodeScript("dev-uvicorn-envfile-sed-long-nodes", [
            "echo UVICORN_HOST=127.0.0.1 > /etc/default/app",
            "sed --in-place=.bak 's/127.0.0.1/0.0.0.0/' /etc/default/app",
            ...UVICORN_ENVFILE_UNIT,
            "systemctl enable --now app.service",
        ]),
        /does not read/,
    ),
    devNodeCase(
        'capsh --iab=^cap_dac_read_search --user=nobody -- -c "python3 -m http.server --directory / 8000"',
        devNodeScript("dev-capsh-iab-dac-nodes", [
            'nohup capsh --iab=^cap_dac_read_search --user=nobody -- -c "python3 -m http.server --directory / 8000" &',
        ]),
        /serves|does not read|hands/,
    ),
];

const secure: NodeCase[] = [
    devNodeCase(
        "nft dnat to numgen inc mod 2 map { 0 : 10.0.5.20, 1 : 10.0.5.21 } on tcp dport 8000 (other hosts)",
        devNodeScript("dev-nft-numgen-map-remote-nodes", [
            LO_ROOT,
            "nft add table ip nat",
            "nft 'add chain ip nat prerouting { type nat hook prerouting priority -100; }'",
            "nft 'add rule ip nat prerouting tcp dport 8000 dnat to numgen inc mod 2 map { 0 : 10.0.5.20, 1 : 10.0.5.21 }'",
        ]),
    ),
    devNodeCase(
        "pen 127.0.0.1:8080 10.0.5.20:8000 (loopback listen, another host's end)",
        devNodeScript("dev-pen-lo-listen-remote-nodes", ["pen 127.0.0.1:8080 10.0.5.20:8000"]),
    ),
    devNodeCase(
        'ncat -lk 8080 --sh-exec "ncat -w 5 10.0.5.20 8000" (relay to another host) with miniserve -i 127.0.0.1 /',
        devNodeScript("dev-ncat-sh-exec-w-remote-nodes", [
            LO_ROOT,
            'nohup ncat -lk 8080 --sh-exec "ncat -w 5 10.0.5.20 8000" &',
        ]),
    ),
    devNodeCase(
        "envoy --config-yaml listener 0.0.0.0:10000 tcp_proxy to 10.0.5.20:8000 (another host)",
        devNodeScript("dev-envoy-config-yaml-remote-nodes", [
            LO_ROOT,
            `nohup envoy --config-yaml '${envoyInline("0.0.0.0", "10.0.5.20")}' &`,
        ]),
    ),
    devNodeCase(
        "Envoy from filesystem (lds.yaml listener 127.0.0.1:10000, cds.yaml cluster 10.0.5.20:8000)",
        devNodeScript("dev-envoy-fs-lds-cds-remote-nodes", [LO_ROOT, ...envoyFilesystem("127.0.0.1", "10.0.5.20")]),
    ),
    devNodeCase(
        "appsettings.json Kestrel:Endpoints:Http:Url http://127.0.0.1:5000, then cd /opt/app && dotnet App.dll",
        devNodeScript("dev-appsettings-kestrel-lo-nodes", [
            ...file("/opt/app/appsettings.json", [
                '{ "Kestrel": { "Endpoints": { "Http": { "Url": "http://127.0.0.1:5000" } } } }',
            ]),
            "cd /opt/app",
            "nohup dotnet App.dll &",
        ]),
    ),
    devNodeCase(
        'ncat -lk 8080 -c "exec timeout 60 ncat 10.0.5.20 8000" (relay to another host) with miniserve -i 127.0.0.1 /',
        devNodeScript("dev-ncat-c-exec-remote-nodes", [
            LO_ROOT,
            'nohup ncat -lk 8080 -c "exec timeout 60 ncat 10.0.5.20 8000" &',
        ]),
    ),
    devNodeCase(
        "Envoy from filesystem (lds.yaml listener 0.0.0.0:10000, cds.yaml cluster 10.0.5.20:8000) with miniserve -i 127.0.0.1 /",
        devNodeScript("dev-envoy-fs-all-remote-nodes", [LO_ROOT, ...envoyFilesystem("0.0.0.0", "10.0.5.20")]),
    ),
    devNodeCase(
        "appsettings.Development.json with localhost and appsettings.json with Logging only, dotnet /opt/app/App.dll",
        devNodeScript("dev-appsettings-dev-lo-nodes", [
            ...file("/opt/app/appsettings.json", ['{ "Logging": { "LogLevel": { "Default": "Information" } } }']),
            ...file(
                "/opt/app/appsettings.Development.json",
                ['{ "Kestrel": { "Endpoints": { "Http": { "Url": "http://localhost:5000" } } } }'],
                "DEV",
            ),
            "nohup dotnet /opt/app/App.dll &",
        ]),
    ),
    devNodeCase(
        "dotnet /opt/app/App.dll /urls=http://127.0.0.1:5000 ConnectionStrings:Db=Host=10.0.5.30 (command-line configuration)",
        devNodeScript("dev-dotnet-cmdline-lo-nodes", [
            "nohup dotnet /opt/app/App.dll /urls=http://127.0.0.1:5000 ConnectionStrings:Db=Host=10.0.5.30 &",
        ]),
    ),
    devNodeCase(
        "ASPNETCORE_Kestrel__Endpoints__Http__Url=http://127.0.0.1:5000 dotnet /opt/app/App.dll (prefixed, loopback)",
        devNodeScript("dev-aspnetcore-prefixed-lo-nodes", [
            "ASPNETCORE_Kestrel__Endpoints__Http__Url=http://127.0.0.1:5000 nohup dotnet /opt/app/App.dll &",
        ]),
    ),
    devNodeCase(
        "dotnet /opt/app/App.dll --urls http://localhost:5000",
        devNodeScript("dev-dotnet-urls-lo-nodes", ["nohup dotnet /opt/app/App.dll --urls http://localhost:5000 &"]),
    ),
    devNodeCase(
        "DOTNET_HTTP_PORTS=5000 runuser -u nobody -- dotnet /opt/app/App.dll (every address, not root)",
        devNodeScript("dev-dotnet-http-ports-nobody-nodes", [
            "DOTNET_HTTP_PORTS=5000 nohup runuser -u nobody -- dotnet /opt/app/App.dll &",
        ]),
    ),
    devNodeCase(
        "EnvironmentFile=/etc/default/app: a download to a temporary file, then a full rewrite with UVICORN_HOST=127.0.0.1",
        devNodeScript("dev-uvicorn-envfile-rewritten-nodes", [
            "curl -fsSo /tmp/app.env https://config.example.com/app.env",
            "echo UVICORN_HOST=127.0.0.1 > /etc/default/app",
            ...UVICORN_ENVFILE_UNIT,
            "systemctl enable --now app.service",
        ]),
    ),
    devNodeCase(
        "EnvironmentFile=-/etc/default/app written with UVICORN_HOST=127.0.0.1 (optional file)",
        devNodeScript("dev-uvicorn-envfile-dash-lo-nodes", [
            "echo UVICORN_HOST=127.0.0.1 > /etc/default/app",
            ...file(
                "/etc/systemd/system/app.service",
                [
                    "[Service]",
                    "EnvironmentFile=-/etc/default/app",
                    "ExecStart=/usr/local/bin/uvicorn app:app --app-dir /opt/app",
                ],
                "UNIT",
            ),
            "systemctl enable --now app.service",
        ]),
    ),
    devNodeCase(
        'capsh --iab=^cap_net_bind_service --user=nobody -- -c "python3 -m http.server --directory /opt/models 80"',
        devNodeScript("dev-capsh-iab-bind-nodes", [
            'nohup capsh --iab=^cap_net_bind_service --user=nobody -- -c "python3 -m http.server --directory /opt/models 80" &',
        ]),
    ),
    devNodeCase(
        "balance -b 127.0.0.1 8080 10.0.5.20:8000 with miniserve -i 127.0.0.1 / (nothing forwarded to loopback)",
        devNodeScript("dev-balance-lo-remote-nodes", [LO_ROOT, "balance -b 127.0.0.1 8080 10.0.5.20:8000"]),
    ),
];

describeNodeCases("red team round 51: node user data (fresh eyes)", insecure, secure);
