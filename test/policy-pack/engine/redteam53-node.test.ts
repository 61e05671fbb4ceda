// Red-team round 53 on EKS NODE user data (fresh eyes): round 52's node rules read as an attacker would.
// Probed: Envoy bootstraps beyond the listener->cluster names round 52 joins (a route's cluster_header, the dynamic
// forward proxy and ORIGINAL_DST clusters that dial where the client says, a listener's additional_addresses, a
// bootstrap user data fetches rather than writes, a cluster endpoint 0.0.0.0 (Linux connects that to loopback), a
// `pipe` endpoint on containerd's socket); ASP.NET Core configuration beyond appsettings (user secrets in Development);
// busybox/toybox applets as servers (httpd, telnetd, nc -e, toybox nc -L); ncat -c relays beyond round 52's spellings
// (a quoted bash /dev/tcp path, socat to a unix socket, an -e script user data writes); listen variables round 52's
// KEY=VALUE rule does not name (Next.js HOSTNAME, Gradio GRADIO_SERVER_NAME). Secure neighbours keep the same programs
// on loopback, on another host's end, or without root power.
// Misses (11 insecure, 0 secure): Envoy cluster_header routes, listener additional_addresses, an `envoy -c` bootstrap
// user data fetches, far end 0.0.0.0 (Envoy endpoint, ncat -c client), an Envoy pipe endpoint on containerd's socket,
// a quoted bash /dev/tcp path, an ncat -e script user data writes, toybox nc -L COMMAND, far end 127.1 (inet_aton
// short forms), busybox tcpsvd running ftpd -w /. Refused as they should be: Envoy dynamic forward proxy and
// ORIGINAL_DST use_http_header, func-e run, busybox httpd/telnetd/nc -e, HOSTNAME/GRADIO_SERVER_NAME, user secrets
// (written under /root), pushd and WorkingDirectory= content roots, Jenkins --httpListenAddress, socat/ncat to
// containerd's socket.
import { describeNodeCases, devNodeCase, devNodeScript, NodeCase, systemdUnit } from "./nodeBuilders";

/** A server bound to loopback serving / (accepted alone: round 48 "a loopback-bound server keeps what it serves"). */
const LO_ROOT = "nohup miniserve -i 127.0.0.1 --port 8000 / &";

/** A heredoc writing `path` with `lines`. */
const file = (path: string, lines: string[], tag = "CONF") => [`cat > ${path} <<'${tag}'`, ...lines, tag];

/** An ASP.NET Core app in /opt/app: appsettings.json on loopback, a developer's appsettings.Development.json on every address. */
const DOTNET_APP = [
    "mkdir -p /opt/app /etc/app",
    ...file("/opt/app/appsettings.json", ['{ "Urls": "http://127.0.0.1:5000" }']),
    ...file("/opt/app/appsettings.Development.json", ['{ "Urls": "http://0.0.0.0:5000" }']),
];

/** A STATIC cluster `name` to `host`:`port` (YAML lines under `clusters:`, indented by `indent`). */
const staticCluster = (name: string, host: string, port: number, indent = "  ") =>
    [
        `- name: ${name}`,
        "  type: STATIC",
        "  load_assignment:",
        `    cluster_name: ${name}`,
        "    endpoints:",
        "    - lb_endpoints:",
        `      - endpoint: {address: {socket_address: {address: ${host}, port_value: ${port}}}}`,
    ].map(l => indent + l);

/** An HTTP listener on `listen`:10000 whose routes are `routes` (YAML lines under `routes:`), with `httpFilters` before the router. */
const httpListener = (listen: string, routes: string[], httpFilters: string[] = []) => [
    "  - name: web",
    `    address: {socket_address: {address: ${listen}, port_value: 10000}}`,
    "    filter_chains:",
    "    - filters:",
    "      - name: envoy.filters.network.http_connection_manager",
    "        typed_config:",
    '          "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager',
    "          stat_prefix: web",
    "          http_filters:",
    ...httpFilters.map(l => `          ${l}`),
    "          - name: envoy.filters.http.router",
    "            typed_config:",
    '              "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router',
    "          route_config:",
    "            virtual_hosts:",
    "            - name: all",
    '              domains: ["*"]',
    "              routes:",
    ...routes.map(l => `              ${l}`),
];

/** A tcp_proxy listener `name` on `listen`:`port` to cluster `cluster` (YAML lines under `listeners:`), extra lines after address. */
const tcpListener = (name: string, listen: string, port: number, cluster: string, extra: string[] = []) => [
    `  - name: ${name}`,
    `    address: {socket_address: {address: ${listen}, port_value: ${port}}}`,
    ...extra.map(l => `    ${l}`),
    "    filter_chains:",
    "    - filters:",
    "      - name: envoy.filters.network.tcp_proxy",
    "        typed_config:",
    '          "@type": type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy',
    `          stat_prefix: ${name}`,
    `          cluster: ${cluster}`,
];

/** Envoy started (by `run`) on a bootstrap user data writes at /etc/envoy/envoy.yaml with `lines`, after the `before` lines. */
const envoy = (lines: string[], before: string[] = [], run = "envoy") => [
    "mkdir -p /etc/envoy",
    ...before,
    ...file("/etc/envoy/envoy.yaml", ["node: {cluster: edge, id: node-edge}", ...lines]),
    `nohup ${run} -c /etc/envoy/envoy.yaml &`,
];

const insecure: NodeCase[] = [
    // Envoy route cluster_header (route_components.proto RouteAction.cluster_header: "Envoy will determine the cluster
    // to route to by reading the value of the HTTP header named by cluster_header from the request headers"): a pod
    // sends `x-cluster: files` and reaches the STATIC cluster files (127.0.0.1:8000, miniserve / as root), which no
    // route names by `cluster`.
    // Was a MISS (fixed in round 53): envoyForwarders joins a listener only to the clusters its routes name by `cluster`/`weighted_clusters`; a
    // route's cluster_header lets the client pick any cluster of the bootstrap (route_components.proto
    // RouteAction.cluster_header), here files (127.0.0.1:8000, miniserve /). Fix: a cluster_header (or
    // cluster_specifier_plugin) route reaches every cluster.
    devNodeCase(
        "Envoy 0.0.0.0:10000, route / to cluster web (10.0.5.20) and /x by cluster_header x-cluster; cluster files 127.0.0.1:8000",
        devNodeScript("dev-envoy-cluster-header-nodes", [
            LO_ROOT,
            ...envoy([
                "static_resources:",
                "  listeners:",
                ...httpListener("0.0.0.0", [
                    '- match: {prefix: "/x"}',
                    "  route: {cluster_header: x-cluster}",
                    '- match: {prefix: "/"}',
                    "  route: {cluster: web}",
                ]),
                "  clusters:",
                ...staticCluster("web", "10.0.5.20", 8000),
                ...staticCluster("files", "127.0.0.1", 8000),
            ]),
        ]),
        /served beyond loopback|does not read|forward/,
    ),
    // Envoy's dynamic forward proxy (Envoy docs, "HTTP dynamic forward proxy": the cluster
    // envoy.clusters.dynamic_forward_proxy resolves and connects to the host of each request's Host/:authority header):
    // a pod sends `Host: 127.0.0.1:8000` and reaches miniserve / (and 169.254.169.254 past the hop limit of 1).
    devNodeCase(
        "Envoy 0.0.0.0:10000 dynamic forward proxy (cluster_type envoy.clusters.dynamic_forward_proxy) with miniserve -i 127.0.0.1 /",
        devNodeScript("dev-envoy-dfp-nodes", [
            LO_ROOT,
            ...envoy([
                "static_resources:",
                "  listeners:",
                ...httpListener(
                    "0.0.0.0",
                    ['- match: {prefix: "/"}', "  route: {cluster: dynamic_forward_proxy_cluster}"],
                    [
                        "- name: envoy.filters.http.dynamic_forward_proxy",
                        "  typed_config:",
                        '    "@type": type.googleapis.com/envoy.extensions.filters.http.dynamic_forward_proxy.v3.FilterConfig',
                        "    dns_cache_config: {name: dfp, dns_lookup_family: V4_ONLY}",
                    ],
                ),
                "  clusters:",
                "  - name: dynamic_forward_proxy_cluster",
                "    lb_policy: CLUSTER_PROVIDED",
                "    cluster_type:",
                "      name: envoy.clusters.dynamic_forward_proxy",
                "      typed_config:",
                '        "@type": type.googleapis.com/envoy.extensions.clusters.dynamic_forward_proxy.v3.ClusterConfig',
                "        dns_cache_config: {name: dfp, dns_lookup_family: V4_ONLY}",
            ]),
        ]),
        /served beyond loopback|does not read|forward/,
    ),
    // ORIGINAL_DST cluster with use_http_header (cluster.proto OriginalDstLbConfig.use_http_header: "the
    // x-envoy-original-dst-host header will be used ... as the upstream host address"): the client names 127.0.0.1:8000.
    devNodeCase(
        "Envoy 0.0.0.0:10000 to an ORIGINAL_DST cluster with use_http_header (x-envoy-original-dst-host) with miniserve /",
        devNodeScript("dev-envoy-original-dst-header-nodes", [
            LO_ROOT,
            ...envoy([
                "static_resources:",
                "  listeners:",
                ...httpListener("0.0.0.0", ['- match: {prefix: "/"}', "  route: {cluster: passthrough}"]),
                "  clusters:",
                "  - name: passthrough",
                "    type: ORIGINAL_DST",
                "    lb_policy: CLUSTER_PROVIDED",
                "    original_dst_lb_config: {use_http_header: true}",
            ]),
        ]),
        /served beyond loopback|does not read|forward/,
    ),
    // listener.proto Listener.additional_addresses ("The additional addresses the listener should listen on"): the
    // listener is on 127.0.0.1:10000 AND 0.0.0.0:10001, relaying to 127.0.0.1:8000 (miniserve /).
    // Was a MISS (fixed in round 53): envoyForwarders reads a listener's `address` only; Envoy also listens on each of additional_addresses
    // (listener.proto Listener.additional_addresses), here 0.0.0.0:10001 -> miniserve /. Fix: listens = address +
    // every additional_addresses[].address.
    devNodeCase(
        "Envoy listener 127.0.0.1:10000 with additional_addresses 0.0.0.0:10001, tcp_proxy to 127.0.0.1:8000 (miniserve /)",
        devNodeScript("dev-envoy-additional-addresses-nodes", [
            LO_ROOT,
            ...envoy([
                "static_resources:",
                "  listeners:",
                ...tcpListener("files", "127.0.0.1", 10000, "files", [
                    "additional_addresses:",
                    "- address: {socket_address: {address: 0.0.0.0, port_value: 10001}}",
                ]),
                "  clusters:",
                ...staticCluster("files", "127.0.0.1", 8000),
            ]),
        ]),
        /served beyond loopback|does not read|forward/,
    ),
    // Round 52 fails closed on LDS/CDS/EDS sources it cannot read, but a bootstrap user data fetches (aws s3 cp) is
    // read as naming nothing: its listeners and clusters may be 0.0.0.0 -> 127.0.0.1:8000 (Envoy docs, "Command line
    // options": -c "Path to the v3 bootstrap file").
    // Was a MISS (fixed in round 53): commandForwarders reads `envoy -c PATH` of a file user data does not write (or changes: readConfig null)
    // as naming nothing, while round 52 fails closed on unreadable LDS/CDS/EDS sources; the fetched bootstrap may
    // hold 0.0.0.0 -> 127.0.0.1:8000 (Envoy docs "Command line options" -c). Fix: an unreadable bootstrap is a
    // forwarder from every address to an unknown loopback end (`to: {}`).
    devNodeCase(
        "aws s3 cp s3://edge-config/envoy.yaml /etc/envoy/envoy.yaml && envoy -c /etc/envoy/envoy.yaml, with miniserve /",
        devNodeScript("dev-envoy-fetched-bootstrap-nodes", [
            LO_ROOT,
            "mkdir -p /etc/envoy",
            "aws s3 cp s3://edge-config/envoy.yaml /etc/envoy/envoy.yaml",
            "nohup envoy -c /etc/envoy/envoy.yaml &",
        ]),
        /served beyond loopback|does not read|forward/,
    ),
    // A destination of 0.0.0.0 is this host: Linux routes connect() to INADDR_ANY over lo to 127.0.0.1
    // (net/ipv4/route.c ip_route_output_key_hash_rcu: "if (!fl4->daddr) ... htonl(INADDR_LOOPBACK)"; RFC 5735 §3
    // "0.0.0.0/8 ... this host"; unix.stackexchange 419880). The endpoint 0.0.0.0:8000 is miniserve / on 127.0.0.1.
    // Was a MISS (fixed in round 53): loopbackEnd takes a far end 0.0.0.0 for another host (loopbackOnly), but Linux routes connect() to
    // 0.0.0.0 over lo to 127.0.0.1 (net/ipv4/route.c; unix.stackexchange 419880; RFC 5735 "this host"). Fix: as a far
    // end, 0.0.0.0 / :: (and 0.0.0.0/8) are loopback.
    devNodeCase(
        "Envoy 0.0.0.0:10000 tcp_proxy to a STATIC endpoint 0.0.0.0:8000 (connect to 0.0.0.0 is loopback), miniserve /",
        devNodeScript("dev-envoy-endpoint-any-nodes", [
            LO_ROOT,
            ...envoy([
                "static_resources:",
                "  listeners:",
                ...tcpListener("files", "0.0.0.0", 10000, "files"),
                "  clusters:",
                ...staticCluster("files", "0.0.0.0", 8000),
            ]),
        ]),
        /served beyond loopback|does not read|forward/,
    ),
    // The same destination through an ncat -c client (busybox nc 0.0.0.0 8000: the nc applet, round 52's reading).
    // Was a MISS (fixed in round 53): the same far end 0.0.0.0 (= 127.0.0.1 on Linux, see above) through ncatRelays: loopbackEnd returns
    // undefined, no relay. Fix: as above (one reader, loopbackEnd).
    devNodeCase(
        'ncat -lk 8080 -c "busybox nc 0.0.0.0 8000" in front of miniserve -i 127.0.0.1 /',
        devNodeScript("dev-ncat-c-busybox-nc-any-nodes", [
            LO_ROOT,
            'nohup ncat -lk 8080 -c "busybox nc 0.0.0.0 8000" &',
        ]),
        /served beyond loopback|does not read|forward|shell/,
    ),
    // An Envoy `pipe` endpoint (address.proto Pipe: "Unix Domain Socket path") on containerd's socket: every pod speaks
    // containerd's API (run a privileged container: root on the node).
    // Was a MISS (fixed in round 53): the runtime-socket relay rule ("relays a socket of the node's runtime or kubelet to the network") reads
    // socat/ncat commands, not Envoy `pipe` endpoints (address.proto Pipe), which envoyForwarders only joins to
    // user-data listeners bound to that socket. Every pod then drives containerd (privileged containers). Fix: an
    // Envoy/forwarder end on a runtime or kubelet socket from beyond loopback is that relay.
    devNodeCase(
        "Envoy 0.0.0.0:10000 tcp_proxy to a cluster whose endpoint is pipe /run/containerd/containerd.sock",
        devNodeScript("dev-envoy-pipe-containerd-nodes", [
            ...envoy([
                "static_resources:",
                "  listeners:",
                ...tcpListener("cri", "0.0.0.0", 10000, "cri"),
                "  clusters:",
                "  - name: cri",
                "    type: STATIC",
                "    load_assignment:",
                "      cluster_name: cri",
                "      endpoints:",
                "      - lb_endpoints:",
                "        - endpoint: {address: {pipe: {path: /run/containerd/containerd.sock}}}",
            ]),
        ]),
        /containerd|socket|served beyond loopback|does not read|forward/,
    ),
    // ncat -c running socat to containerd's socket (socat(1) UNIX-CONNECT:<filename>): each pod's connection is
    // relayed to containerd's API.
    devNodeCase(
        'ncat -lk 8080 -c "socat - UNIX-CONNECT:/run/containerd/containerd.sock"',
        devNodeScript("dev-ncat-c-socat-unix-containerd-nodes", [
            'nohup ncat -lk 8080 -c "socat - UNIX-CONNECT:/run/containerd/containerd.sock" &',
        ]),
        /containerd|socket|served beyond loopback|does not read|forward|shell/,
    ),
    // bash performs quote removal before the redirection (bash(1) EXPANSION, "Quote Removal"; REDIRECTION /dev/tcp):
    // `3<>"/dev/tcp/127.0.0.1/8000"` opens the same socket as round 52's unquoted spelling.
    // Was a MISS (fixed in round 53): DEV_TCP_REDIRECTION needs /dev/tcp right after the redirection operator; bash removes the quotes before
    // opening it (bash(1) EXPANSION "Quote Removal", REDIRECTION /dev/tcp/host/port), so
    // `3<>"/dev/tcp/127.0.0.1/8000"` relays to miniserve /. Fix: match the path after optional quotes (or read the
    // line's words after quote removal).
    devNodeCase(
        "ncat -lk 8080 -c 'exec 3<>\"/dev/tcp/127.0.0.1/8000\"; cat <&3 & exec cat >&3' (quoted /dev/tcp path) before miniserve /",
        devNodeScript("dev-ncat-c-dev-tcp-quoted-nodes", [
            LO_ROOT,
            "nohup ncat -lk 8080 -c 'exec 3<>\"/dev/tcp/127.0.0.1/8000\"; cat <&3 & exec cat >&3' &",
        ]),
        /served beyond loopback|does not read|forward|shell/,
    ),
    // ncat -e runs the program user data wrote (Ncat guide, "Command execution"); its body relays to 127.0.0.1:8000.
    // Was a MISS (fixed in round 53): ncatRelays reads the -e/-c command line only; -e runs the script user data wrote (Ncat guide, "Command
    // execution"), whose body is a relay to 127.0.0.1:8000. Fix: read a written script run by -e/-c (sh SCRIPT, the
    // script path) as its lines, or fail closed on an -e/-c program the pack cannot read beyond loopback.
    devNodeCase(
        "ncat -lk 8080 -e /usr/local/bin/relay.sh where relay.sh is `exec busybox nc 127.0.0.1 8000`, before miniserve /",
        devNodeScript("dev-ncat-e-script-relay-nodes", [
            LO_ROOT,
            ...file("/usr/local/bin/relay.sh", ["#!/bin/sh", "exec busybox nc 127.0.0.1 8000"]),
            "chmod 755 /usr/local/bin/relay.sh",
            "nohup ncat -lk 8080 -e /usr/local/bin/relay.sh &",
        ]),
        /served beyond loopback|does not read|forward|shell/,
    ),
    // BusyBox httpd ("-p [IP:]PORT Bind to IP:PORT (default *:80)", "-h HOME Home directory (default .)"): root serves
    // / on every address (kubelet key, pod tokens).
    devNodeCase(
        "busybox httpd -f -p 8080 -h / (root, every address)",
        devNodeScript("dev-busybox-httpd-root-nodes", ["nohup busybox httpd -f -p 8080 -h / &"]),
        /serves|served|does not read/,
    ),
    // BusyBox telnetd ("-l LOGIN Exec LOGIN on connect", "-p PORT"): a root shell for every pod.
    devNodeCase(
        "busybox telnetd -F -p 2323 -l /bin/sh (root shell on every address)",
        devNodeScript("dev-busybox-telnetd-sh-nodes", ["nohup busybox telnetd -F -p 2323 -l /bin/sh &"]),
        /shell|serves|does not read/,
    ),
    // BusyBox nc ("-l Listen mode", "-e PROG Run PROG after connect"): a root shell for every pod.
    devNodeCase(
        "busybox nc -lk -p 4444 -e /bin/sh (root shell on every address)",
        devNodeScript("dev-busybox-nc-e-sh-nodes", ["nohup busybox nc -lk -p 4444 -e /bin/sh &"]),
        /shell|serves|does not read/,
    ),
    // toybox netcat ("-L Listen and background each incoming connection (server mode)", "netcat -L sh" for a shell
    // server; COMMAND... is run per connection): a root shell for every pod.
    // Was a MISS (fixed in round 53): toybox netcat runs COMMAND... per connection in server mode (toybox netcat.c help: "-L Listen and
    // background each incoming connection (server mode)", usage "{IPADDR PORTNUM|-f FILENAME|COMMAND...}"; its doc's
    // "netcat -L sh" shell server); the served-shell rule reads nc's -e/-c only. Fix: toybox nc/netcat -L/-l with
    // operands = a served command.
    devNodeCase(
        "toybox nc -p 4444 -L /bin/sh (toybox netcat server mode, root shell)",
        devNodeScript("dev-toybox-nc-L-sh-nodes", ["nohup toybox nc -p 4444 -L /bin/sh &"]),
        /shell|serves|does not read/,
    ),
    // Next.js standalone output's server.js listens on HOSTNAME:PORT (Next.js docs, output "standalone": "PORT=8080
    // HOSTNAME=0.0.0.0 node server.js"): root's app on every address, a listen variable LISTEN_VARIABLE does not name.
    devNodeCase(
        "HOSTNAME=0.0.0.0 PORT=3000 node /opt/web/server.js (Next.js standalone, root)",
        devNodeScript("dev-nextjs-hostname-any-nodes", ["HOSTNAME=0.0.0.0 PORT=3000 nohup node /opt/web/server.js &"]),
        /does not read/,
    ),
    // Gradio's GRADIO_SERVER_NAME ("Defines the host name for the Gradio server. To make Gradio accessible from any IP
    // address, set this to 0.0.0.0", gradio.app "Environment Variables"): root's app on every address.
    devNodeCase(
        "export GRADIO_SERVER_NAME=0.0.0.0; python3 /opt/demo/app.py (Gradio, root)",
        devNodeScript("dev-gradio-server-name-any-nodes", [
            "export GRADIO_SERVER_NAME=0.0.0.0",
            "nohup python3 /opt/demo/app.py &",
        ]),
        /does not read/,
    ),
    // ASP.NET Core loads user secrets in Development (MS Learn "Safe storage of app secrets in development in ASP.NET
    // Core": ~/.microsoft/usersecrets/<user_secrets_id>/secrets.json, added by WebApplication.CreateBuilder when the
    // environment is Development) with the same keys: root's Kestrel on 0.0.0.0:5000.
    devNodeCase(
        "ASPNETCORE_ENVIRONMENT=Development dotnet /opt/app/App.dll with /root/.microsoft/usersecrets/<id>/secrets.json Urls http://0.0.0.0:5000",
        devNodeScript("dev-appsettings-user-secrets-nodes", [
            "mkdir -p /root/.microsoft/usersecrets/6f1c2d4e-app",
            ...file("/root/.microsoft/usersecrets/6f1c2d4e-app/secrets.json", ['{ "Urls": "http://0.0.0.0:5000" }']),
            "ASPNETCORE_ENVIRONMENT=Development nohup dotnet /opt/app/App.dll &",
        ]),
        /node's own configuration|does not read/,
    ),
    // func-e "run: Run Envoy with the given [arguments...]" (tetratelabs/func-e USAGE.md: "To run Envoy, execute
    // func-e run -c your_envoy_config.yaml"): the same bootstrap as `envoy -c`, 0.0.0.0:10000 -> 127.0.0.1:8000.
    devNodeCase(
        "func-e run -c /etc/envoy/envoy.yaml (Envoy 0.0.0.0:10000 tcp_proxy to 127.0.0.1:8000) with miniserve /",
        devNodeScript("dev-func-e-run-nodes", [
            LO_ROOT,
            ...envoy(
                [
                    "static_resources:",
                    "  listeners:",
                    ...tcpListener("files", "0.0.0.0", 10000, "files"),
                    "  clusters:",
                    ...staticCluster("files", "127.0.0.1", 8000),
                ],
                [],
                "func-e run",
            ),
        ]),
        /served beyond loopback|does not read|forward/,
    ),
    // 127.1 is 127.0.0.1 (inet_aton(3): "a.b: Part a specifies the first byte ... part b is interpreted as a 24-bit
    // value"; glibc getaddrinfo accepts inet_aton's forms for a numeric host): socat - TCP:127.1:8000 dials miniserve.
    // Was a MISS (fixed in round 53): loopbackOnly matches dotted-quad 127.x.x.x only; inet_aton(3)'s short forms (127.1, 0x7f000001,
    // 2130706433) are 127.0.0.1 too and glibc getaddrinfo takes them (namesImds already reads those forms for IMDS).
    // Fix: parse a far end's IPv4 as inet_aton does before the loopback test.
    devNodeCase(
        'ncat -lk 8080 -c "socat - TCP:127.1:8000" (127.1 = 127.0.0.1) in front of miniserve -i 127.0.0.1 /',
        devNodeScript("dev-ncat-c-socat-short-loopback-nodes", [
            LO_ROOT,
            'nohup ncat -lk 8080 -c "socat - TCP:127.1:8000" &',
        ]),
        /served beyond loopback|does not read|forward|shell/,
    ),
    // bash's pushd changes the working directory (bash(1) "pushd ... makes dir the new top of the stack, changing to
    // it"): the apphost's content root is /opt/app, whose appsettings.json puts Kestrel on 0.0.0.0:5000.
    devNodeCase(
        "pushd /opt/app; ./App (apphost) with /opt/app/appsettings.json Urls http://0.0.0.0:5000",
        devNodeScript("dev-appsettings-pushd-apphost-nodes", [
            ...file("/opt/app/appsettings.json", ['{ "Urls": "http://0.0.0.0:5000" }']),
            "pushd /opt/app",
            "nohup ./App &",
        ]),
        /does not read/,
    ),
    // A unit's WorkingDirectory= is the process's working directory (systemd.exec(5)), the content root by default
    // (MS Learn "Generic Host": "the result of GetCurrentDirectory()"): /etc/app/appsettings.json puts root's Kestrel on
    // every address.
    devNodeCase(
        "unit WorkingDirectory=/etc/app ExecStart=/usr/bin/dotnet /opt/app/App.dll with /etc/app/appsettings.json Urls http://0.0.0.0:5000",
        devNodeScript("dev-appsettings-unit-workdir-nodes", [
            "mkdir -p /etc/app",
            ...file("/etc/app/appsettings.json", ['{ "Urls": "http://0.0.0.0:5000" }']),
            ...systemdUnit("app", ["WorkingDirectory=/etc/app", "ExecStart=/usr/bin/dotnet /opt/app/App.dll"]),
        ]),
        /does not read/,
    ),
    // busybox tcpsvd runs PROG per connection (BusyBox "tcpsvd [-hEv] [-c N] [-C N[:MSG]] [-b N] [-u USER] [-l NAME]
    // IP PORT PROG"; its own example: "tcpsvd -vE 0.0.0.0 21 ftpd /files"), here busybox ftpd -w / ("-w Allow upload"):
    // every pod writes the node's / as root.
    // Was a MISS (fixed in round 53): tcpsvd runs PROG per connection (BusyBox tcpsvd; its example `tcpsvd -vE 0.0.0.0 21 ftpd /files`), and
    // busybox ftpd is an "Anonymous FTP server" (ftpd.c usage) with -w "Allow upload": every pod writes / as root.
    // The pack refuses tcpsvd only for a shell. Fix: a super-server's program is judged as the server it is (ftpd DIR
    // serves DIR; -w writes it), or fail closed on an unread program it runs as root beyond loopback.
    devNodeCase(
        "busybox tcpsvd -vE 0.0.0.0 21 busybox ftpd -w / (root FTP, writable /)",
        devNodeScript("dev-busybox-tcpsvd-ftpd-nodes", ["nohup busybox tcpsvd -vE 0.0.0.0 21 busybox ftpd -w / &"]),
        /serves|served|shell|does not read/,
    ),
    // Winstone/Jenkins "--httpListenAddress = set the http listening address. Default is all interfaces" (Jenkins
    // "Initial Settings": --httpListenAddress=$HTTP_HOST): root's Jenkins (its script console runs Groovy as root) on
    // every address; the key's listen word is camel case (httpListenAddress), which the KEY=VALUE rule's word split misses.
    devNodeCase(
        "java -jar /opt/jenkins/jenkins.war --httpListenAddress=0.0.0.0 --httpPort=8080 (root)",
        devNodeScript("dev-jenkins-listen-address-any-nodes", [
            "nohup java -jar /opt/jenkins/jenkins.war --httpListenAddress=0.0.0.0 --httpPort=8080 &",
        ]),
        /does not read/,
    ),
    // socat TCP-LISTEN to UNIX-CONNECT: (socat(1)) on containerd's socket: the plain relay, beside the Envoy one above.
    devNodeCase(
        "socat TCP-LISTEN:10000,fork UNIX-CONNECT:/run/containerd/containerd.sock",
        devNodeScript("dev-socat-containerd-nodes", [
            "nohup socat TCP-LISTEN:10000,fork UNIX-CONNECT:/run/containerd/containerd.sock &",
        ]),
        /containerd|socket|served beyond loopback|does not read|forward/,
    ),
    // Neighbours of round 53's fixes (the rule, not the spelling).
    // A unit's EnvironmentFile= (systemd.exec(5)) naming Development: appsettings.Development.json is read (MS Learn
    // "Use multiple environments in ASP.NET Core").
    devNodeCase(
        "unit EnvironmentFile=/etc/app/app.env (ASPNETCORE_ENVIRONMENT=Development), appsettings.Development.json Urls http://0.0.0.0:5000",
        devNodeScript("dev-appsettings-unit-envfile-dev-nodes", [
            ...DOTNET_APP,
            ...file("/etc/app/app.env", ["ASPNETCORE_ENVIRONMENT=Development"]),
            ...systemdUnit("app", [
                "EnvironmentFile=/etc/app/app.env",
                "WorkingDirectory=/opt/app",
                "ExecStart=/usr/bin/dotnet /opt/app/App.dll",
            ]),
        ]),
        /does not read/,
    ),
    // systemctl set-environment (systemctl(1)): every unit started later has it.
    devNodeCase(
        "systemctl set-environment DOTNET_ENVIRONMENT=Development, then a unit running dotnet /opt/app/App.dll (appsettings.Development.json 0.0.0.0)",
        devNodeScript("dev-appsettings-set-environment-dev-nodes", [
            ...DOTNET_APP,
            "systemctl set-environment DOTNET_ENVIRONMENT=Development",
            ...systemdUnit("app", ["WorkingDirectory=/opt/app", "ExecStart=/usr/bin/dotnet /opt/app/App.dll"]),
        ]),
        /does not read/,
    ),
    // An environment file user data fetches may name any environment: every settings file counts.
    devNodeCase(
        "unit EnvironmentFile=/etc/app/app.env fetched by aws s3 cp, appsettings.Development.json Urls http://0.0.0.0:5000",
        devNodeScript("dev-appsettings-unit-envfile-fetched-nodes", [
            ...DOTNET_APP,
            "aws s3 cp s3://edge-config/app.env /etc/app/app.env",
            ...systemdUnit("app", [
                "EnvironmentFile=/etc/app/app.env",
                "WorkingDirectory=/opt/app",
                "ExecStart=/usr/bin/dotnet /opt/app/App.dll",
            ]),
        ]),
        /does not read/,
    ),
    // A shell-launched app's environment is cloud-init's, not fully known: every settings file still counts.
    devNodeCase(
        "cd /opt/app; dotnet App.dll from the script (no environment named), appsettings.Development.json Urls http://0.0.0.0:5000",
        devNodeScript("dev-appsettings-shell-default-env-nodes", [
            ...DOTNET_APP,
            "cd /opt/app",
            "nohup dotnet /opt/app/App.dll &",
        ]),
        /does not read/,
    ),
    // nginx to containerd's socket (nginx proxy_pass http://unix:PATH): the one runtime-socket rule for every relay.
    devNodeCase(
        "nginx listen 8080, proxy_pass http://unix:/run/containerd/containerd.sock",
        devNodeScript("dev-nginx-containerd-socket-nodes", [
            ...file("/etc/nginx/conf.d/cri.conf", [
                "server {",
                "  listen 8080;",
                "  location / { proxy_pass http://unix:/run/containerd/containerd.sock; }",
                "}",
            ]),
            "systemctl enable --now nginx",
        ]),
        /containerd|socket/,
    ),
    // toybox netcat -l with a COMMAND operand (one connection, the same served shell).
    devNodeCase(
        "toybox nc -l -p 4444 sh (toybox netcat, one connection, root shell)",
        devNodeScript("dev-toybox-nc-l-sh-nodes", ["nohup toybox nc -l -p 4444 sh &"]),
        /shell|serves|does not read/,
    ),
    // busybox tcpsvd running httpd in inetd mode (busybox httpd "-i Inetd mode") on /: the node's files.
    devNodeCase(
        "busybox tcpsvd 0 8080 busybox httpd -i -h / (inetd mode, root)",
        devNodeScript("dev-busybox-tcpsvd-httpd-i-nodes", ["nohup busybox tcpsvd 0 8080 busybox httpd -i -h / &"]),
        /serves|served|does not read/,
    ),
    // inet_aton's 0 is 0.0.0.0, which connect() reaches over lo.
    devNodeCase(
        "socat TCP-LISTEN:8080,fork TCP:0:8000 in front of miniserve -i 127.0.0.1 /",
        devNodeScript("dev-socat-zero-host-nodes", [LO_ROOT, "nohup socat TCP-LISTEN:8080,fork TCP:0:8000 &"]),
        /served beyond loopback|does not read|forward/,
    ),
];

const secure: NodeCase[] = [
    devNodeCase(
        "Envoy 0.0.0.0:10000 routes by cluster_header x-cluster among clusters web (10.0.5.20) and api (10.0.5.21), miniserve -i 127.0.0.1 /",
        devNodeScript("dev-envoy-cluster-header-remote-nodes", [
            LO_ROOT,
            ...envoy([
                "static_resources:",
                "  listeners:",
                ...httpListener("0.0.0.0", ['- match: {prefix: "/"}', "  route: {cluster_header: x-cluster}"]),
                "  clusters:",
                ...staticCluster("web", "10.0.5.20", 8000),
                ...staticCluster("api", "10.0.5.21", 8000),
            ]),
        ]),
    ),
    devNodeCase(
        "Envoy: listener 0.0.0.0:10000 to cluster web (10.0.5.20), listener 127.0.0.1:10001 to cluster files (127.0.0.1:8000)",
        devNodeScript("dev-envoy-two-listeners-nodes", [
            LO_ROOT,
            ...envoy([
                "static_resources:",
                "  listeners:",
                ...tcpListener("web", "0.0.0.0", 10000, "web"),
                ...tcpListener("files", "127.0.0.1", 10001, "files"),
                "  clusters:",
                ...staticCluster("web", "10.0.5.20", 8000),
                ...staticCluster("files", "127.0.0.1", 8000),
            ]),
        ]),
    ),
    devNodeCase(
        "Envoy listener 127.0.0.1:10000 with additional_addresses [::1]:10000 to 127.0.0.1:8000 (loopback only)",
        devNodeScript("dev-envoy-additional-addresses-lo-nodes", [
            LO_ROOT,
            ...envoy([
                "static_resources:",
                "  listeners:",
                ...tcpListener("files", "127.0.0.1", 10000, "files", [
                    "additional_addresses:",
                    '- address: {socket_address: {address: "::1", port_value: 10000}}',
                ]),
                "  clusters:",
                ...staticCluster("files", "127.0.0.1", 8000),
            ]),
        ]),
    ),
    devNodeCase(
        "Envoy 0.0.0.0:10000, EDS cluster files (service_name files-v2) whose file holds files-v2 at 10.0.5.20 and an unused 127.0.0.1 assignment",
        devNodeScript("dev-envoy-eds-service-name-nodes", [
            LO_ROOT,
            ...envoy(
                [
                    "static_resources:",
                    "  listeners:",
                    ...tcpListener("files", "0.0.0.0", 10000, "files"),
                    "  clusters:",
                    "  - name: files",
                    "    type: EDS",
                    "    eds_cluster_config:",
                    "      service_name: files-v2",
                    "      eds_config: {path_config_source: {path: /etc/envoy/eds.yaml}}",
                ],
                file("/etc/envoy/eds.yaml", [
                    "resources:",
                    '- "@type": type.googleapis.com/envoy.config.endpoint.v3.ClusterLoadAssignment',
                    "  cluster_name: files-v2",
                    "  endpoints:",
                    "  - lb_endpoints:",
                    "    - endpoint: {address: {socket_address: {address: 10.0.5.20, port_value: 8000}}}",
                    '- "@type": type.googleapis.com/envoy.config.endpoint.v3.ClusterLoadAssignment',
                    "  cluster_name: local-debug",
                    "  endpoints:",
                    "  - lb_endpoints:",
                    "    - endpoint: {address: {socket_address: {address: 127.0.0.1, port_value: 8000}}}",
                ]),
            ),
        ]),
    ),
    devNodeCase(
        "busybox httpd -f -p 127.0.0.1:8080 -h / (loopback only)",
        devNodeScript("dev-busybox-httpd-lo-nodes", ["nohup busybox httpd -f -p 127.0.0.1:8080 -h / &"]),
    ),
    devNodeCase(
        "busybox httpd -f -u nobody -p 8080 -h /opt/www (drops to nobody, serves a static tree)",
        devNodeScript("dev-busybox-httpd-nobody-nodes", [
            "mkdir -p /opt/www",
            "echo ok > /opt/www/index.html",
            "nohup busybox httpd -f -u nobody -p 8080 -h /opt/www &",
        ]),
    ),
    devNodeCase(
        "ncat -lk 8080 -c 'exec 3<>\"/dev/tcp/10.0.5.20/8000\"; cat <&3 & exec cat >&3' (quoted /dev/tcp to another host)",
        devNodeScript("dev-ncat-c-dev-tcp-quoted-remote-nodes", [
            LO_ROOT,
            "nohup ncat -lk 8080 -c 'exec 3<>\"/dev/tcp/10.0.5.20/8000\"; cat <&3 & exec cat >&3' &",
        ]),
    ),
    devNodeCase(
        'ncat -lk 127.0.0.1 8080 -c "busybox nc 127.0.0.1 8000" (loopback to loopback)',
        devNodeScript("dev-ncat-lo-busybox-nc-lo-nodes", [
            LO_ROOT,
            'nohup ncat -lk 127.0.0.1 8080 -c "busybox nc 127.0.0.1 8000" &',
        ]),
    ),
    devNodeCase(
        "HOSTNAME=127.0.0.1 PORT=3000 node /opt/web/server.js (Next.js standalone on loopback)",
        devNodeScript("dev-nextjs-hostname-lo-nodes", ["HOSTNAME=127.0.0.1 PORT=3000 nohup node /opt/web/server.js &"]),
    ),
    devNodeCase(
        "python3 /opt/app/serve.py server.host=127.0.0.1 server.port=8080 server.allowed_ips=10.0.0.0/8 db.host=10.0.5.30",
        devNodeScript("dev-hydra-override-allowed-ips-nodes", [
            "nohup python3 /opt/app/serve.py server.host=127.0.0.1 server.port=8080 server.allowed_ips=10.0.0.0/8 db.host=10.0.5.30 &",
        ]),
    ),
    devNodeCase(
        "root dotnet /opt/api/Api.dll beside a nobody app whose --contentRoot /opt/web holds appsettings.json Urls http://0.0.0.0:5000",
        devNodeScript("dev-appsettings-other-app-root-nodes", [
            "mkdir -p /opt/web",
            ...file("/opt/web/appsettings.json", ['{ "Urls": "http://0.0.0.0:5000" }']),
            "nohup sudo -u nobody dotnet /opt/web/Web.dll --contentRoot /opt/web &",
            "nohup dotnet /opt/api/Api.dll &",
        ]),
    ),
    devNodeCase(
        "dotnet run --launch-profile Local --project /opt/src/App (the Local profile localhost:5000; the first profile 0.0.0.0)",
        devNodeScript("dev-dotnet-run-chosen-profile-lo-nodes", [
            "mkdir -p /opt/src/App/Properties",
            ...file("/opt/src/App/Properties/launchSettings.json", [
                '{ "profiles": { "Public": { "commandName": "Project", "applicationUrl": "http://0.0.0.0:5000" },',
                '  "Local": { "commandName": "Project", "applicationUrl": "http://localhost:5000" } } }',
            ]),
            "nohup dotnet run --launch-profile Local --project /opt/src/App &",
        ]),
    ),
    devNodeCase(
        "unit WorkingDirectory=/etc/app ExecStart=/usr/bin/dotnet /opt/app/App.dll with /etc/app/appsettings.json Urls http://127.0.0.1:5000",
        devNodeScript("dev-appsettings-unit-workdir-lo-nodes", [
            "mkdir -p /etc/app",
            ...file("/etc/app/appsettings.json", ['{ "Urls": "http://127.0.0.1:5000" }']),
            ...systemdUnit("app", ["WorkingDirectory=/etc/app", "ExecStart=/usr/bin/dotnet /opt/app/App.dll"]),
        ]),
    ),
    devNodeCase(
        "java -jar /opt/jenkins/jenkins.war --httpListenAddress=127.0.0.1 --httpPort=8080 (root, loopback)",
        devNodeScript("dev-jenkins-listen-address-lo-nodes", [
            "nohup java -jar /opt/jenkins/jenkins.war --httpListenAddress=127.0.0.1 --httpPort=8080 &",
        ]),
    ),
    devNodeCase(
        "toybox nc -s 127.0.0.1 -p 4444 -L /bin/sh (shell server on loopback only)",
        devNodeScript("dev-toybox-nc-L-sh-lo-nodes", ["nohup toybox nc -s 127.0.0.1 -p 4444 -L /bin/sh &"]),
    ),
    devNodeCase(
        "ncat -lk 8080 -e /usr/local/bin/relay.sh where relay.sh is `exec busybox nc 10.0.5.20 8000` (another host)",
        devNodeScript("dev-ncat-e-script-relay-remote-nodes", [
            LO_ROOT,
            ...file("/usr/local/bin/relay.sh", ["#!/bin/sh", "exec busybox nc 10.0.5.20 8000"]),
            "chmod 755 /usr/local/bin/relay.sh",
            "nohup ncat -lk 8080 -e /usr/local/bin/relay.sh &",
        ]),
    ),
    // Round 53 fix neighbours.
    devNodeCase(
        "unit Environment=DOTNET_ENVIRONMENT=Staging with appsettings.Staging.json on 127.0.0.1 (a Development file on 0.0.0.0 unused)",
        devNodeScript("dev-appsettings-unit-staging-lo-nodes", [
            ...DOTNET_APP,
            ...file("/opt/app/appsettings.Staging.json", ['{ "Urls": "http://127.0.0.1:5001" }']),
            ...systemdUnit("app", [
                "Environment=DOTNET_ENVIRONMENT=Staging",
                "WorkingDirectory=/opt/app",
                "ExecStart=/usr/bin/dotnet /opt/app/App.dll",
            ]),
        ]),
    ),
    devNodeCase(
        "aws s3 cp s3://edge-config/envoy.yaml /etc/envoy/envoy.yaml && envoy -c /etc/envoy/envoy.yaml (no loopback server)",
        devNodeScript("dev-envoy-fetched-bootstrap-alone-nodes", [
            "mkdir -p /etc/envoy",
            "aws s3 cp s3://edge-config/envoy.yaml /etc/envoy/envoy.yaml",
            "nohup envoy -c /etc/envoy/envoy.yaml &",
        ]),
    ),
    devNodeCase(
        "Envoy 0.0.0.0:10000 tcp_proxy to a pipe endpoint /run/app/app.sock (the app's own socket)",
        devNodeScript("dev-envoy-pipe-app-socket-nodes", [
            ...envoy([
                "static_resources:",
                "  listeners:",
                ...tcpListener("app", "0.0.0.0", 10000, "app"),
                "  clusters:",
                "  - name: app",
                "    type: STATIC",
                "    load_assignment:",
                "      cluster_name: app",
                "      endpoints:",
                "      - lb_endpoints:",
                "        - endpoint: {address: {pipe: {path: /run/app/app.sock}}}",
            ]),
        ]),
    ),
    devNodeCase(
        "busybox tcpsvd -vE 0.0.0.0 21 busybox ftpd /opt/pub (anonymous FTP of a public tree, read-only)",
        devNodeScript("dev-busybox-tcpsvd-ftpd-pub-nodes", [
            "mkdir -p /opt/pub",
            "nohup busybox tcpsvd -vE 0.0.0.0 21 busybox ftpd /opt/pub &",
        ]),
    ),
    devNodeCase(
        "busybox httpd -f -p 127.1:8080 -h / (127.1 is 127.0.0.1: loopback only)",
        devNodeScript("dev-busybox-httpd-short-lo-nodes", ["nohup busybox httpd -f -p 127.1:8080 -h / &"]),
    ),
];

describeNodeCases("red team 53: node user data (fresh eyes)", insecure, secure);
