// Red-team round 52 on EKS NODE user data (fresh eyes): round 51's node rules read as an attacker would.
// Probed: Envoy's file-based xDS beyond round 51's LDS+CDS pair (static listeners joined to CDS-file clusters, EDS
// files holding a cluster's endpoints); the ASP.NET Core configuration reader for apps not started as `dotnet App.dll`
// (an apphost executable, `dotnet run` with launchSettings.json), environments named by ASPNETCORE_ENVIRONMENT /
// DOTNET_ENVIRONMENT, the contentRoot host setting; ncat -c lines whose network client is a busybox applet or bash's
// /dev/tcp; capsh's documented ambient recipe; the KEY=VALUE rule with Kafka's empty listener host and Hydra-style
// overrides. Secure neighbours keep the same programs on loopback, on another host's end, or without root power.
import { describeNodeCases, devNodeCase, devNodeScript, NodeCase } from "./nodeBuilders";

/** A server bound to loopback serving / (accepted alone: round 48 "a loopback-bound server keeps what it serves"). */
const LO_ROOT = "nohup miniserve -i 127.0.0.1 --port 8000 / &";

/** A heredoc writing `path` with `lines`. */
const file = (path: string, lines: string[], tag = "CONF") => [`cat > ${path} <<'${tag}'`, ...lines, tag];

/** A tcp_proxy listener on `listen`:10000 to cluster `files` (YAML block lines, indented by `indent`). */
const tcpListener = (listen: string, indent: string) =>
    [
        `- name: files`,
        `  address: {socket_address: {address: ${listen}, port_value: 10000}}`,
        "  filter_chains:",
        "  - filters:",
        "    - name: envoy.filters.network.tcp_proxy",
        "      typed_config:",
        '        "@type": type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy',
        "        stat_prefix: files",
        "        cluster: files",
    ].map(l => indent + l);

/** Envoy: a STATIC listener in the bootstrap, its cluster `files` (to `host`:8000) in a CDS file. */
const envoyStaticListenerCds = (listen: string, host: string) => [
    "mkdir -p /etc/envoy",
    ...file("/etc/envoy/envoy.yaml", [
        "node: {cluster: files, id: node-files}",
        "static_resources:",
        "  listeners:",
        ...tcpListener(listen, "  "),
        "dynamic_resources:",
        "  cds_config: {path_config_source: {path: /etc/envoy/cds.yaml}}",
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

/** Envoy: a STATIC listener and an EDS cluster `files` whose endpoints (`host`:8000) are in an EDS file. */
const envoyEds = (listen: string, host: string) => [
    "mkdir -p /etc/envoy",
    ...file("/etc/envoy/envoy.yaml", [
        "node: {cluster: files, id: node-files}",
        "static_resources:",
        "  listeners:",
        ...tcpListener(listen, "  "),
        "  clusters:",
        "  - name: files",
        "    type: EDS",
        "    eds_cluster_config:",
        "      eds_config: {path_config_source: {path: /etc/envoy/eds.yaml}}",
    ]),
    ...file("/etc/envoy/eds.yaml", [
        "resources:",
        '- "@type": type.googleapis.com/envoy.config.endpoint.v3.ClusterLoadAssignment',
        "  cluster_name: files",
        "  endpoints:",
        "  - lb_endpoints:",
        `    - endpoint: {address: {socket_address: {address: ${host}, port_value: 8000}}}`,
    ]),
    "nohup envoy -c /etc/envoy/envoy.yaml &",
];

/** Envoy: an LDS-file listener on `listen`:10000 to the bootstrap's STATIC cluster `files` (127.0.0.1:8000). */
const envoyLdsStaticCluster = (listen: string) => [
    "mkdir -p /etc/envoy",
    ...file("/etc/envoy/envoy.yaml", [
        "node: {cluster: files, id: node-files}",
        "static_resources:",
        "  clusters:",
        "  - name: files",
        "    type: STATIC",
        "    load_assignment:",
        "      cluster_name: files",
        "      endpoints:",
        "      - lb_endpoints:",
        "        - endpoint: {address: {socket_address: {address: 127.0.0.1, port_value: 8000}}}",
        "dynamic_resources:",
        "  lds_config: {path_config_source: {path: /etc/envoy/lds.yaml}}",
    ]),
    ...file("/etc/envoy/lds.yaml", [
        "resources:",
        '- "@type": type.googleapis.com/envoy.config.listener.v3.Listener',
        ...tcpListener(listen, "").map(l => l.replace(/^- /, "  ")),
    ]),
    "nohup envoy -c /etc/envoy/envoy.yaml &",
];

/** Envoy: a STATIC listener on `listen`:10000 and an EDS cluster `files` whose endpoints come from a management server (ADS). */
const envoyEdsAds = (listen: string) => [
    "mkdir -p /etc/envoy",
    ...file("/etc/envoy/envoy.yaml", [
        "node: {cluster: files, id: node-files}",
        "static_resources:",
        "  listeners:",
        ...tcpListener(listen, "  "),
        "  clusters:",
        "  - name: files",
        "    type: EDS",
        "    eds_cluster_config:",
        "      eds_config: {ads: {}}",
    ]),
    "nohup envoy -c /etc/envoy/envoy.yaml &",
];

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 52): Envoy joins a static_resources listener's tcp_proxy `cluster: files` to a cluster of that name however it
    // arrives, and the cds_config file (Envoy docs, "Configuration: Dynamic from filesystem"; config_source.proto
    // path_config_source) supplies it: 0.0.0.0:10000 -> 127.0.0.1:8000, every pod reads / of the node (kubelet key, pod
    // tokens). configForwarders joins static listeners to static clusters only and envoyFileForwarders dynamic to dynamic,
    // so nothing is joined. Fix: join every listener (static + LDS files) to every cluster (static + CDS files) of one bootstrap.
    devNodeCase(
        "Envoy static listener 0.0.0.0:10000 whose cluster (127.0.0.1:8000) is in a CDS file, with miniserve -i 127.0.0.1 /",
        devNodeScript("dev-envoy-static-cds-lo-nodes", [LO_ROOT, ...envoyStaticListenerCds("0.0.0.0", "127.0.0.1")]),
        /served beyond loopback|does not read|forward/,
    ),
    // Was a MISS (fixed in round 52): a cluster `type: EDS` takes its endpoints from eds_cluster_config.eds_config, which may be a file
    // (config_source.proto path_config_source; file-based EDS of ClusterLoadAssignment resources, the xDS resource type
    // envoy.config.endpoint.v3.ClusterLoadAssignment): the listener on 0.0.0.0:10000 relays to 127.0.0.1:8000 (miniserve /).
    // envoyForwarders reads only load_assignment / hosts, so the EDS cluster has no ends. Fix: read eds_config file
    // sources (ClusterLoadAssignment by cluster_name) as the cluster's endpoints; an unwritten/unread file = any loopback end.
    devNodeCase(
        "Envoy static listener 0.0.0.0:10000, EDS cluster whose endpoints file says 127.0.0.1:8000, with miniserve /",
        devNodeScript("dev-envoy-eds-file-lo-nodes", [LO_ROOT, ...envoyEds("0.0.0.0", "127.0.0.1")]),
        /served beyond loopback|does not read|forward/,
    ),
    // Was a MISS (fixed in round 52): `dotnet publish` produces a framework-dependent executable (apphost) by default and a self-contained app is
    // only that executable (MS Learn "dotnet publish" / ".NET application publishing overview"); it reads appsettings.json
    // from the content root (the working directory) exactly as `dotnet App.dll` does, so root's Kestrel listens on
    // 0.0.0.0:5000. appSettingsListeners only runs for program === "dotnet" with a .dll. Fix: read appsettings for any
    // program beside an appsettings.json it is started next to (cwd or its own directory), or fail closed there.
    devNodeCase(
        "appsettings.json Kestrel:Endpoints:Http:Url http://0.0.0.0:5000, cd /opt/app && ./App (apphost executable)",
        devNodeScript("dev-appsettings-apphost-nodes", [
            ...file("/opt/app/appsettings.json", [
                '{ "Kestrel": { "Endpoints": { "Http": { "Url": "http://0.0.0.0:5000" } } } }',
            ]),
            "cd /opt/app",
            "nohup ./App &",
        ]),
        /does not read/,
    ),
    // Was a MISS (fixed in round 52): the environment name is read from DOTNET_ENVIRONMENT / ASPNETCORE_ENVIRONMENT and "can be set to any value"
    // (MS Learn "Use multiple environments in ASP.NET Core", dotnet/AspNetCore.Docs fundamentals/environments.md);
    // appsettings.{Environment}.json is then loaded, here appsettings.Node.json with Urls 0.0.0.0:5000 (root's Kestrel on
    // every address). appSettingsListeners takes the environment only from the command line's `environment` key, else
    // Development/Staging/Production. Fix: take the environment from the program's environment (both variables, any
    // spelling the reader already strips) too, or read every appsettings.*.json user data writes in those directories.
    devNodeCase(
        "ASPNETCORE_ENVIRONMENT=Node with appsettings.Node.json Urls http://0.0.0.0:5000, dotnet /opt/app/App.dll",
        devNodeScript("dev-appsettings-custom-env-nodes", [
            ...file("/opt/app/appsettings.Node.json", ['{ "Urls": "http://0.0.0.0:5000" }']),
            "export ASPNETCORE_ENVIRONMENT=Node",
            "nohup dotnet /opt/app/App.dll &",
        ]),
        /does not read/,
    ),
    // Was a MISS (fixed in round 52): as above, with DOTNET_ENVIRONMENT given by a prefix assignment (environments.md: DOTNET_ENVIRONMENT is read
    // when WebApplication.CreateBuilder is called). Fix: as above.
    devNodeCase(
        "DOTNET_ENVIRONMENT=Node dotnet /opt/app/App.dll with appsettings.Node.json Kestrel Url http://+:5000",
        devNodeScript("dev-appsettings-dotnet-env-nodes", [
            ...file("/opt/app/appsettings.Node.json", [
                '{ "Kestrel": { "Endpoints": { "Http": { "Url": "http://+:5000" } } } }',
            ]),
            "DOTNET_ENVIRONMENT=Node nohup dotnet /opt/app/App.dll &",
        ]),
        /does not read/,
    ),
    // Was a MISS (fixed in round 52): the host's content root is a host configuration key (`contentRoot`) that the command line sets (MS Learn
    // "ASP.NET Core Web Host" / "Generic Host", Content root: "--contentRoot" command-line argument), and appsettings.json
    // is read from the content root (configuration docs). Root's Kestrel reads /etc/app/appsettings.json: 0.0.0.0:5000.
    // appSettingsListeners looks only in the working directory and the .dll's directory. Fix: read the command line's
    // (and ASPNETCORE_/DOTNET_CONTENTROOT's) contentRoot as a further root.
    devNodeCase(
        "dotnet /opt/app/App.dll --contentRoot /etc/app with /etc/app/appsettings.json Urls http://0.0.0.0:5000",
        devNodeScript("dev-appsettings-contentroot-nodes", [
            "mkdir -p /etc/app",
            ...file("/etc/app/appsettings.json", ['{ "Urls": "http://0.0.0.0:5000" }']),
            "nohup dotnet /opt/app/App.dll --contentRoot /etc/app &",
        ]),
        /does not read/,
    ),
    // Was a MISS (fixed in round 52): `dotnet run` applies the first Project profile of Properties/launchSettings.json unless --no-launch-profile
    // (MS Learn "dotnet run": -lp/--launch-profile, --no-launch-profile; the profile's applicationUrl becomes the app's
    // ASPNETCORE_URLS), and it reads the project's appsettings.json too: root's Kestrel on 0.0.0.0:5000. `dotnet run`
    // has no .dll word, so appSettingsListeners returns nothing. Fix: read `dotnet run` (--project DIR or the working
    // directory) as the app: launchSettings applicationUrl/environmentVariables and the project's appsettings files.
    devNodeCase(
        "dotnet run --project /opt/src/App with Properties/launchSettings.json applicationUrl http://0.0.0.0:5000",
        devNodeScript("dev-dotnet-run-launchsettings-nodes", [
            "mkdir -p /opt/src/App/Properties",
            ...file("/opt/src/App/Properties/launchSettings.json", [
                '{ "profiles": { "App": { "commandName": "Project", "applicationUrl": "http://0.0.0.0:5000" } } }',
            ]),
            "nohup dotnet run --project /opt/src/App &",
        ]),
        /does not read/,
    ),
    // Was a MISS (fixed in round 52): `busybox nc HOST PORT` is the nc applet (BusyBox docs, "nc [OPTIONS] HOST PORT - connect"), the same
    // network client as `nc 127.0.0.1 8000`; ncat -c runs it per connection, relaying every pod's connection to node:8080
    // into miniserve / on loopback (kubelet key, pod tokens). ncatRelays takes words[0] ("busybox") as the client.
    // Fix: read busybox/toybox applets as the program they name (as the viewing rule already does for bsdtar/busybox).
    devNodeCase(
        'ncat -lk 8080 -c "busybox nc 127.0.0.1 8000" in front of miniserve -i 127.0.0.1 /',
        devNodeScript("dev-ncat-c-busybox-nc-lo-nodes", [
            LO_ROOT,
            'nohup ncat -lk 8080 -c "busybox nc 127.0.0.1 8000" &',
        ]),
        /served beyond loopback|does not read|forward|shell/,
    ),
    // Was a MISS (fixed in round 52): bash opens a TCP connection for a redirection to /dev/tcp/HOST/PORT (bash(1) REDIRECTION: "/dev/tcp/host/port
    // ... bash attempts to open the corresponding TCP socket"; /bin/sh is bash on AL2023), so this -c line copies the
    // connection to 127.0.0.1:8000 both ways: a relay to miniserve /. ncatRelays finds no ncat/socat/openssl client.
    // Fix: a -c/--sh-exec/-e line with a /dev/tcp|/dev/udp redirection is a relay to that end (or fail closed on any
    // -c line the pack cannot read as a known client).
    devNodeCase(
        "ncat -lk 8080 -c 'exec 3<>/dev/tcp/127.0.0.1/8000; cat <&3 & exec cat >&3' (bash /dev/tcp) before miniserve /",
        devNodeScript("dev-ncat-c-dev-tcp-lo-nodes", [
            LO_ROOT,
            "nohup ncat -lk 8080 -c 'exec 3<>/dev/tcp/127.0.0.1/8000; cat <&3 & exec cat >&3' &",
        ]),
        /served beyond loopback|does not read|forward|shell/,
    ),
    devNodeCase(
        "kafka-server-start.sh server.properties --override listeners=PLAINTEXT://:9092 (empty host: every address)",
        devNodeScript("dev-kafka-override-empty-host-nodes", [
            "nohup /opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties --override listeners=PLAINTEXT://:9092 &",
        ]),
        /does not read/,
    ),
    // Was a MISS (fixed in round 52): Hydra apps take `key=value` overrides (hydra.cc "Override grammar": `server.host=0.0.0.0`), the same
    // KEY=VALUE words round 51 judges; with host and port in separate keys the rule (every-address host WITH a port
    // under any key, or a LISTEN/BIND key) lets root's server on 0.0.0.0 pass while `--host 0.0.0.0` is refused.
    // Fix: an every-address value under a HOST/ADDRESS/IP key of an unread program is refused without a port too.
    devNodeCase(
        "python3 /opt/app/serve.py server.host=0.0.0.0 server.port=8080 (Hydra-style overrides, root)",
        devNodeScript("dev-hydra-override-host-nodes", [
            "nohup python3 /opt/app/serve.py server.host=0.0.0.0 server.port=8080 &",
        ]),
        /does not read/,
    ),
    devNodeCase(
        'capsh --caps="cap_dac_read_search+eip cap_setpcap,cap_setuid,cap_setgid+ep" --keep=1 --user=nobody --addamb=cap_dac_read_search -- -c "python3 -m http.server --directory / 8000"',
        devNodeScript("dev-capsh-ambient-dac-nodes", [
            'nohup capsh --caps="cap_dac_read_search+eip cap_setpcap,cap_setuid,cap_setgid+ep" --keep=1 --user=nobody --addamb=cap_dac_read_search -- -c "python3 -m http.server --directory / 8000" &',
        ]),
        /serves|does not read|hands/,
    ),
    // Neighbours (round 52): the classes beyond the spellings above.
    devNodeCase(
        "Envoy LDS-file listener 0.0.0.0:10000 to the bootstrap's static cluster 127.0.0.1:8000, with miniserve /",
        devNodeScript("dev-envoy-lds-static-cluster-lo-nodes", [LO_ROOT, ...envoyLdsStaticCluster("0.0.0.0")]),
        /served beyond loopback|does not read|forward/,
    ),
    devNodeCase(
        "Envoy static listener 0.0.0.0:10000, EDS cluster whose endpoints come over ADS (a source the pack cannot read)",
        devNodeScript("dev-envoy-eds-ads-nodes", [LO_ROOT, ...envoyEdsAds("0.0.0.0")]),
        /served beyond loopback|does not read|forward/,
    ),
    devNodeCase(
        "/opt/app/App (apphost by its path) with /opt/app/appsettings.Edge.json Urls http://0.0.0.0:5000",
        devNodeScript("dev-appsettings-apphost-path-any-env-nodes", [
            ...file("/opt/app/appsettings.Edge.json", ['{ "Urls": "http://0.0.0.0:5000" }']),
            "nohup /opt/app/App &",
        ]),
        /does not read/,
    ),
    devNodeCase(
        "ASPNETCORE_CONTENTROOT=/etc/app dotnet /opt/app/App.dll with /etc/app/appsettings.json HTTP_PORTS 5000",
        devNodeScript("dev-appsettings-contentroot-env-nodes", [
            "mkdir -p /etc/app",
            ...file("/etc/app/appsettings.json", ['{ "HTTP_PORTS": "5000" }']),
            "ASPNETCORE_CONTENTROOT=/etc/app nohup dotnet /opt/app/App.dll &",
        ]),
        /does not read/,
    ),
    devNodeCase(
        "dotnet run in /opt/src/App with launchSettings environmentVariables ASPNETCORE_URLS http://0.0.0.0:5000",
        devNodeScript("dev-dotnet-run-launchsettings-env-nodes", [
            "mkdir -p /opt/src/App/Properties",
            ...file("/opt/src/App/Properties/launchSettings.json", [
                '{ "profiles": { "App": { "commandName": "Project", "environmentVariables": { "ASPNETCORE_URLS": "http://0.0.0.0:5000" } } } }',
            ]),
            "cd /opt/src/App",
            "nohup dotnet run &",
        ]),
        /does not read/,
    ),
    devNodeCase(
        'ncat -lk 8080 -c "toybox nc 127.0.0.1 8000" in front of miniserve -i 127.0.0.1 /',
        devNodeScript("dev-ncat-c-toybox-nc-lo-nodes", [
            LO_ROOT,
            'nohup ncat -lk 8080 -c "toybox nc 127.0.0.1 8000" &',
        ]),
        /served beyond loopback|does not read|forward|shell/,
    ),
    devNodeCase(
        "ncat -lk 8080 -e \"/bin/bash -c 'cat >/dev/tcp/localhost/8000'\" before miniserve /",
        devNodeScript("dev-ncat-e-bash-dev-tcp-lo-nodes", [
            LO_ROOT,
            "nohup ncat -lk 8080 -e \"/bin/bash -c 'cat >/dev/tcp/localhost/8000'\" &",
        ]),
        /served beyond loopback|does not read|forward|shell/,
    ),
    devNodeCase(
        "python3 /opt/app/serve.py app.bind_address=* app.port=8080 (every address under a bind key, no port)",
        devNodeScript("dev-hydra-override-bind-star-nodes", [
            "nohup python3 /opt/app/serve.py app.bind_address=* app.port=8080 &",
        ]),
        /does not read/,
    ),
    devNodeCase(
        "python3 /opt/app/serve.py db.host=0.0.0.0 (a client key never exempts every address)",
        devNodeScript("dev-hydra-override-client-key-all-nodes", ["nohup python3 /opt/app/serve.py db.host=0.0.0.0 &"]),
        /does not read/,
    ),
];

const secure: NodeCase[] = [
    devNodeCase(
        "Envoy static listener 0.0.0.0:10000 whose cluster (10.0.5.20:8000) is in a CDS file, with miniserve -i 127.0.0.1 /",
        devNodeScript("dev-envoy-static-cds-remote-nodes", [
            LO_ROOT,
            ...envoyStaticListenerCds("0.0.0.0", "10.0.5.20"),
        ]),
    ),
    devNodeCase(
        "Envoy static listener 0.0.0.0:10000, EDS cluster whose endpoints file says 10.0.5.20:8000",
        devNodeScript("dev-envoy-eds-file-remote-nodes", [LO_ROOT, ...envoyEds("0.0.0.0", "10.0.5.20")]),
    ),
    devNodeCase(
        "appsettings.json Kestrel:Endpoints:Http:Url http://127.0.0.1:5000, cd /opt/app && ./App (apphost executable)",
        devNodeScript("dev-appsettings-apphost-lo-nodes", [
            ...file("/opt/app/appsettings.json", [
                '{ "Kestrel": { "Endpoints": { "Http": { "Url": "http://127.0.0.1:5000" } } } }',
            ]),
            "cd /opt/app",
            "nohup ./App &",
        ]),
    ),
    devNodeCase(
        "ASPNETCORE_ENVIRONMENT=Node with appsettings.Node.json Urls http://localhost:5000, dotnet /opt/app/App.dll",
        devNodeScript("dev-appsettings-custom-env-lo-nodes", [
            ...file("/opt/app/appsettings.Node.json", ['{ "Urls": "http://localhost:5000" }']),
            "export ASPNETCORE_ENVIRONMENT=Node",
            "nohup dotnet /opt/app/App.dll &",
        ]),
    ),
    devNodeCase(
        "dotnet /opt/app/App.dll --environment Production with appsettings.Production.json Urls http://127.0.0.1:5000",
        devNodeScript("dev-appsettings-env-option-lo-nodes", [
            ...file("/opt/app/appsettings.Production.json", ['{ "Urls": "http://127.0.0.1:5000" }']),
            "nohup dotnet /opt/app/App.dll --environment Production &",
        ]),
    ),
    devNodeCase(
        "dotnet run --project /opt/src/App with Properties/launchSettings.json applicationUrl http://localhost:5000",
        devNodeScript("dev-dotnet-run-launchsettings-lo-nodes", [
            "mkdir -p /opt/src/App/Properties",
            ...file("/opt/src/App/Properties/launchSettings.json", [
                '{ "profiles": { "App": { "commandName": "Project", "applicationUrl": "http://localhost:5000" } } }',
            ]),
            "nohup dotnet run --project /opt/src/App &",
        ]),
    ),
    devNodeCase(
        'ncat -lk 8080 -c "busybox nc 10.0.5.20 8000" (relay to another host) with miniserve -i 127.0.0.1 /',
        devNodeScript("dev-ncat-c-busybox-nc-remote-nodes", [
            LO_ROOT,
            'nohup ncat -lk 8080 -c "busybox nc 10.0.5.20 8000" &',
        ]),
    ),
    devNodeCase(
        "kafka-server-start.sh server.properties --override listeners=PLAINTEXT://127.0.0.1:9092",
        devNodeScript("dev-kafka-override-lo-nodes", [
            "nohup /opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties --override listeners=PLAINTEXT://127.0.0.1:9092 &",
        ]),
    ),
    devNodeCase(
        "python3 /opt/app/serve.py server.host=127.0.0.1 server.port=8080 db.host=10.0.5.30 (Hydra-style overrides)",
        devNodeScript("dev-hydra-override-lo-nodes", [
            "nohup python3 /opt/app/serve.py server.host=127.0.0.1 server.port=8080 db.host=10.0.5.30 &",
        ]),
    ),
    devNodeCase(
        'capsh --caps="cap_net_bind_service+eip cap_setpcap,cap_setuid,cap_setgid+ep" --keep=1 --user=nobody --addamb=cap_net_bind_service -- -c "python3 -m http.server --directory /opt/models 80"',
        devNodeScript("dev-capsh-ambient-bind-nodes", [
            'nohup capsh --caps="cap_net_bind_service+eip cap_setpcap,cap_setuid,cap_setgid+ep" --keep=1 --user=nobody --addamb=cap_net_bind_service -- -c "python3 -m http.server --directory /opt/models 80" &',
        ]),
    ),
    // Neighbours (round 52).
    devNodeCase(
        "Envoy static listener 127.0.0.1:10000 whose cluster (127.0.0.1:8000) is in a CDS file (loopback to loopback)",
        devNodeScript("dev-envoy-static-cds-lo-lo-nodes", [
            LO_ROOT,
            ...envoyStaticListenerCds("127.0.0.1", "127.0.0.1"),
        ]),
    ),
    devNodeCase(
        "Envoy LDS-file listener 127.0.0.1:10000 to the bootstrap's static cluster 127.0.0.1:8000",
        devNodeScript("dev-envoy-lds-static-cluster-lo-lo-nodes", [LO_ROOT, ...envoyLdsStaticCluster("127.0.0.1")]),
    ),
    devNodeCase(
        "dotnet /opt/app/App.dll --environment Production beside appsettings.Node.json Urls http://0.0.0.0:5000 (not its environment)",
        devNodeScript("dev-appsettings-other-env-nodes", [
            ...file("/opt/app/appsettings.Node.json", ['{ "Urls": "http://0.0.0.0:5000" }']),
            "nohup dotnet /opt/app/App.dll --environment Production &",
        ]),
    ),
    devNodeCase(
        "dotnet run --no-launch-profile --project /opt/src/App with launchSettings applicationUrl http://0.0.0.0:5000",
        devNodeScript("dev-dotnet-run-no-launch-profile-nodes", [
            "mkdir -p /opt/src/App/Properties",
            ...file("/opt/src/App/Properties/launchSettings.json", [
                '{ "profiles": { "App": { "commandName": "Project", "applicationUrl": "http://0.0.0.0:5000" } } }',
            ]),
            "nohup dotnet run --no-launch-profile --project /opt/src/App &",
        ]),
    ),
    devNodeCase(
        "ncat -lk 8080 -c 'exec 3<>/dev/tcp/10.0.5.20/8000; cat <&3 & exec cat >&3' (bash /dev/tcp to another host)",
        devNodeScript("dev-ncat-c-dev-tcp-remote-nodes", [
            LO_ROOT,
            "nohup ncat -lk 8080 -c 'exec 3<>/dev/tcp/10.0.5.20/8000; cat <&3 & exec cat >&3' &",
        ]),
    ),
    devNodeCase(
        "sudo -u nobody python3 /opt/app/serve.py server.host=0.0.0.0 server.port=8080 (not root: no fail-closed rule)",
        devNodeScript("dev-hydra-override-nonroot-nodes", [
            "nohup sudo -u nobody python3 /opt/app/serve.py server.host=0.0.0.0 server.port=8080 &",
        ]),
    ),
];

describeNodeCases("red team round 52: node user data (fresh eyes)", insecure, secure);
