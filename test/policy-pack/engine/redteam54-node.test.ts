// Red-team round 54 on EKS NODE user data (fresh eyes): round 53's node rules read as an attacker would.
// Probed: far ends round 53's connectsToThisHost/loopbackEnd do not spell (localhost4 of the AL2023 /etc/hosts, IPv6
// ::1 and :: written another way, an uncompressed IPv4-mapped 127.0.0.1) beside ones it does (localhost.localdomain);
// relays that are not ncat -c: socat EXEC:/SYSTEM:, super-servers (busybox tcpsvd, toybox nc -L, busybox inetd with its
// own CONFFILE) whose program is a relay; the one runtime-socket rule on the node's other root sockets (D-Bus system
// bus, systemd's private socket) and on containerd's in other spellings (GOPEN:, bare path, nc -U, ttrpc, a variable,
// systemd-socket-proxyd, nginx stream, HAProxy); busybox httpd's configuration file (/etc/httpd.conf P: reverse proxy,
// H: home); Envoy --config-path, [::] and an internal-listener chain; ASP.NET Core configuration spellings (Kestrel__
// environment, HTTP_PORTS, bare and slash command-line keys, Kestrel:Endpoints, appsettings.Production.json, lowercase
// variable names); KEY=VALUE listen variables of other servers (UVICORN_HOST, FLASK_RUN_HOST, GUNICORN_CMD_ARGS,
// STREAMLIT_SERVER_ADDRESS, NITRO_HOST, HOST by export or env); forward proxies (ncat --proxy-type http, tinyproxy).
// Secure neighbours keep the same programs on loopback, on another host's end, or serving a tree of their own.
// Misses (15 insecure, 0 secure; all fixed in round 54, `Was a MISS` comments): far ends localhost4, [0::1], [::0] and [0:0:0:0:0:ffff:7f00:1]; socat EXEC: and
// SYSTEM: relays; tcpsvd running a relay (to 127.0.0.1:8000, to containerd's socket); toybox nc -L running a relay;
// busybox inetd CONFFILE; relays of the D-Bus system bus (socat, Envoy pipe) and of systemd's private socket; busybox
// httpd's /etc/httpd.conf P: proxy to loopback and H: home override. Refused as they should be: localhost.localdomain,
// ncat --sh-exec/--exec relays, socat GOPEN:/bare path/ttrpc/variable to containerd, nc -U/ncat -U, socket-proxyd,
// nginx stream, HAProxy, the kubelet's device-plugin socket, busybox udpsvd tftpd -c /, tcpserver sh, busybox nc -ll
// -e, /etc/inetd.conf, Envoy --config-path(=), [::], internal listeners, every ASP.NET and KEY=VALUE spelling probed,
// ncat --proxy-type http, tinyproxy, busybox httpd -c P: to instance metadata.
import { describeNodeCases, devNodeCase, devNodeScript, NodeCase, systemdUnit } from "./nodeBuilders";

/** A server bound to loopback serving / (accepted alone: round 48 "a loopback-bound server keeps what it serves"). */
const LO_ROOT = "nohup miniserve -i 127.0.0.1 --port 8000 / &";

/** A heredoc writing `path` with `lines`. */
const file = (path: string, lines: string[], tag = "CONF") => [`cat > ${path} <<'${tag}'`, ...lines, tag];

/** A cluster `name` (STATIC unless `type`) to `host`:`port` (YAML lines under `clusters:`). */
const staticCluster = (name: string, host: string, port: number, type = "STATIC") => [
    `  - name: ${name}`,
    `    type: ${type}`,
    "    load_assignment:",
    `      cluster_name: ${name}`,
    "      endpoints:",
    "      - lb_endpoints:",
    `        - endpoint: {address: {socket_address: {address: "${host}", port_value: ${port}}}}`,
];

/** A STATIC cluster `name` whose one endpoint is the unix socket `path` (address.proto Pipe). */
const pipeCluster = (name: string, path: string) => [
    `  - name: ${name}`,
    "    type: STATIC",
    "    load_assignment:",
    `      cluster_name: ${name}`,
    "      endpoints:",
    "      - lb_endpoints:",
    `        - endpoint: {address: {pipe: {path: ${path}}}}`,
];

/** A tcp_proxy listener `name` on `listen`:`port` to cluster `cluster` (YAML lines under `listeners:`). */
const tcpListener = (name: string, listen: string, port: number, cluster: string) => [
    `  - name: ${name}`,
    `    address: {socket_address: {address: "${listen}", port_value: ${port}}}`,
    "    filter_chains:",
    "    - filters:",
    "      - name: envoy.filters.network.tcp_proxy",
    "        typed_config:",
    '          "@type": type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy',
    `          stat_prefix: ${name}`,
    `          cluster: ${cluster}`,
];

/** Envoy on a bootstrap user data writes at /etc/envoy/envoy.yaml with `lines`, started by `run`. */
const envoy = (lines: string[], run = "envoy -c /etc/envoy/envoy.yaml") => [
    "mkdir -p /etc/envoy",
    ...file("/etc/envoy/envoy.yaml", ["node: {cluster: edge, id: node-edge}", ...lines]),
    `nohup ${run} &`,
];

/** Envoy: a listener on 0.0.0.0:10000 relaying to the cluster `cluster` (lines), as in round 53. */
const envoyTcp = (cluster: string[], run?: string, listen = "0.0.0.0") =>
    envoy(
        ["static_resources:", "  listeners:", ...tcpListener("t", listen, 10000, "t"), "  clusters:", ...cluster],
        run,
    );

/** `socat TCP-LISTEN:8080,fork FAR` in front of miniserve on 127.0.0.1:8000. */
const socatTo = (name: string, far: string) =>
    devNodeScript(name, [LO_ROOT, `nohup socat TCP-LISTEN:8080,fork ${far} &`]);

/** A root process relaying the socket `path` from every address (socat TCP-LISTEN:10000 to UNIX-CONNECT:path). */
const socatSocket = (name: string, path: string, far = `UNIX-CONNECT:${path}`) =>
    devNodeScript(name, [`nohup socat TCP-LISTEN:10000,fork ${far} &`]);

/** What a relay to miniserve / from beyond loopback is refused as. */
const RELAY = /served beyond loopback|does not read|forward|shell/;
/** What a relay of a root-power socket is refused as. */
const SOCKET = /containerd|socket|runtime|served beyond loopback|does not read|forward/;
/** What a served shell or served files are refused as. */
const SERVES = /shell|serves|served|does not read/;
/** What a listen setting on every address of a root program is refused as. */
const LISTEN = /does not read|serve|Kestrel/;

const insecure: NodeCase[] = [
    // --- Far ends: loopback spellings (connectsToThisHost, loopbackOnly as a far end) ---
    // Was a MISS (fixed in round 54): loopbackEnd knows localhost, localhost.localdomain and ip6-localhost, not localhost4: the RHEL-family
    // /etc/hosts that AL2023 ships ("127.0.0.1 localhost localhost.localdomain localhost4 localhost4.localdomain4",
    // freekb.net "Understanding the /etc/hosts file in Linux"; glibc resolves it from files first) makes
    // TCP:localhost4:8000 miniserve / as root. Fix: read every name of the AMI's /etc/hosts loopback lines
    // (localhost4(.localdomain4), localhost6(.localdomain6)) as loopback, or fail closed on a far end name.
    {
        ...devNodeCase(
            "socat TCP-LISTEN:8080,fork TCP:localhost4:8000 (AL2023 /etc/hosts: localhost4 = 127.0.0.1) before miniserve /",
            socatTo("dev-socat-localhost4-nodes", "TCP:localhost4:8000"),
            RELAY,
        ),
    },
    // Was a MISS (fixed in round 54): loopbackOnly takes ::1 and 0:0:0:0:0:0:0:1 only; RFC 4291 §2.2 "::" compression makes 0::1 (and ::0:1,
    // 0:0::1) the same loopback address, which inet_pton(3) and socat's TCP6: accept. Fix: parse IPv6 to its 16 bytes
    // before the loopback/unspecified tests.
    {
        ...devNodeCase(
            "socat TCP-LISTEN:8080,fork TCP6:[0::1]:8000 (0::1 is ::1) before miniserve -i ::1 /",
            devNodeScript("dev-socat-v6-0-1-nodes", [
                "nohup miniserve -i ::1 --port 8000 / &",
                "nohup socat TCP-LISTEN:8080,fork TCP6:[0::1]:8000 &",
            ]),
            RELAY,
        ),
    },
    // Was a MISS (fixed in round 54): connectsToThisHost takes `::` and 0:0:0:0:0:0:0:0 as this host (net/ipv6/tcp_ipv6.c "connect() to
    // INADDR_ANY means loopback (BSD'ism)"), not ::0, the same unspecified address (RFC 4291 §2.5.2). Fix: as above.
    {
        ...devNodeCase(
            "socat TCP-LISTEN:8080,fork TCP6:[::0]:8000 (the unspecified address: connect() goes over lo) before miniserve -i ::1 /",
            devNodeScript("dev-socat-v6-any0-nodes", [
                "nohup miniserve -i ::1 --port 8000 / &",
                "nohup socat TCP-LISTEN:8080,fork TCP6:[::0]:8000 &",
            ]),
            RELAY,
        ),
    },
    // Was a MISS (fixed in round 54): connectsToThisHost takes the IPv4-mapped loopback as ::ffff:127.x or ::ffff:7f..:..; RFC 4291 §2.5.5.2's
    // uncompressed 0:0:0:0:0:ffff:7f00:1 is the same address (a v6 socket connects it to 127.0.0.1). Fix: as above.
    {
        ...devNodeCase(
            "socat TCP-LISTEN:8080,fork TCP6:[0:0:0:0:0:ffff:7f00:1]:8000 (IPv4-mapped 127.0.0.1) before miniserve /",
            socatTo("dev-socat-v6-mapped-full-nodes", "TCP6:[0:0:0:0:0:ffff:7f00:1]:8000"),
            RELAY,
        ),
    },
    // Neighbours of the loopback spellings (round 54 fix: one address parser, ipAddress, and LOOPBACK_NAME).
    devNodeCase(
        "socat TCP-LISTEN:8080,fork TCP6:localhost6:8000 (RHEL /etc/hosts: localhost6 = ::1) before miniserve -i ::1 /",
        devNodeScript("dev-socat-localhost6-nodes", [
            "nohup miniserve -i ::1 --port 8000 / &",
            "nohup socat TCP-LISTEN:8080,fork TCP6:localhost6.localdomain6:8000 &",
        ]),
        RELAY,
    ),
    devNodeCase(
        "socat TCP-LISTEN:8080,fork TCP:app.localhost:8000 (nss-myhostname: *.localhost is loopback) before miniserve /",
        socatTo("dev-socat-sub-localhost-nodes", "TCP:app.localhost:8000"),
        RELAY,
    ),
    devNodeCase(
        "socat TCP-LISTEN:8080,fork TCP6:[0000:0000::0001]:8000 (leading zeros) before miniserve -i ::1 /",
        devNodeScript("dev-socat-v6-zeros-nodes", [
            "nohup miniserve -i ::1 --port 8000 / &",
            "nohup socat TCP-LISTEN:8080,fork TCP6:[0000:0000::0001]:8000 &",
        ]),
        RELAY,
    ),
    devNodeCase(
        "socat TCP-LISTEN:8080,fork TCP6:[::0.0.0.1]:8000 (::1 with a dotted tail) before miniserve -i ::1 /",
        devNodeScript("dev-socat-v6-dotted-one-nodes", [
            "nohup miniserve -i ::1 --port 8000 / &",
            "nohup socat TCP-LISTEN:8080,fork TCP6:[::0.0.0.1]:8000 &",
        ]),
        RELAY,
    ),
    devNodeCase(
        "socat TCP-LISTEN:8080,fork TCP6:[0:0::0]:8000 (the unspecified address) before miniserve -i ::1 /",
        devNodeScript("dev-socat-v6-any-split-nodes", [
            "nohup miniserve -i ::1 --port 8000 / &",
            "nohup socat TCP-LISTEN:8080,fork TCP6:[0:0::0]:8000 &",
        ]),
        RELAY,
    ),
    devNodeCase(
        "socat TCP-LISTEN:8080,fork TCP6:[::FFFF:0:0]:8000 (IPv4-mapped 0.0.0.0) before miniserve /",
        socatTo("dev-socat-v6-mapped-any-nodes", "TCP6:[::FFFF:0:0]:8000"),
        RELAY,
    ),
    devNodeCase(
        "socat TCP-LISTEN:8080,fork TCP6:[0:0:0:0:0:ffff:127.0.0.1]:8000 (uncompressed, dotted) before miniserve /",
        socatTo("dev-socat-v6-mapped-dotted-nodes", "TCP6:[0:0:0:0:0:ffff:127.0.0.1]:8000"),
        RELAY,
    ),
    devNodeCase(
        "socat TCP-LISTEN:8080,fork TCP:localhost.localdomain:8000 before miniserve /",
        socatTo("dev-socat-localdomain-nodes", "TCP:localhost.localdomain:8000"),
        RELAY,
    ),
    devNodeCase(
        "socat tcp-l:8080,fork,reuseaddr tcp:127.0.0.1:8000 (lower-case, abbreviated listener) before miniserve /",
        devNodeScript("dev-socat-tcpl-abbrev-nodes", [
            LO_ROOT,
            "nohup socat tcp-l:8080,fork,reuseaddr tcp:127.0.0.1:8000 &",
        ]),
        RELAY,
    ),
    devNodeCase(
        "socat TCP6-LISTEN:8080,fork,ipv6only=0 TCP4:127.0.0.1:8000 before miniserve /",
        devNodeScript("dev-socat-tcp6-listen-nodes", [
            LO_ROOT,
            "nohup socat TCP6-LISTEN:8080,fork,ipv6only=0 TCP4:127.0.0.1:8000 &",
        ]),
        RELAY,
    ),
    // --- Relays that run a network client per connection ---
    // Was a MISS (fixed in round 54): socat's EXEC: (socat(1) "EXEC:<command-line> Forks a sub process that establishes communication with its
    // parent process and invokes the specified program") running a network client is the relay round 52/53 read for
    // ncat -c (ncatRelays); socatListeners judges EXEC: only as a served shell, and `nc 127.0.0.1 8000` is none. Fix:
    // one reader of "a listener running COMMAND per connection" (ncat -e/-c, socat EXEC:/SYSTEM:, tcpsvd, toybox -L,
    // inetd) that reads COMMAND as a relay too.
    {
        ...devNodeCase(
            "socat TCP-LISTEN:8080,fork EXEC:'nc 127.0.0.1 8000' before miniserve /",
            devNodeScript("dev-socat-exec-nc-nodes", [
                LO_ROOT,
                "nohup socat TCP-LISTEN:8080,fork EXEC:'nc 127.0.0.1 8000' &",
            ]),
            RELAY,
        ),
    },
    // Was a MISS (fixed in round 54): socat SYSTEM: (socat(1): "Forks a sub process ... invokes system() with the string": /bin/sh, bash on
    // AL2023, which opens /dev/tcp/HOST/PORT, bash(1) REDIRECTION) relays to 127.0.0.1:8000; the same bash /dev/tcp
    // line under ncat -c is refused (round 52/53). Fix: as above.
    {
        ...devNodeCase(
            "socat TCP-LISTEN:8080,fork SYSTEM:'exec 3<>/dev/tcp/127.0.0.1/8000; cat <&3 & exec cat >&3' before miniserve /",
            devNodeScript("dev-socat-system-devtcp-nodes", [
                LO_ROOT,
                "nohup socat TCP-LISTEN:8080,fork SYSTEM:'exec 3<>/dev/tcp/127.0.0.1/8000; cat <&3 & exec cat >&3' &",
            ]),
            RELAY,
        ),
    },
    devNodeCase(
        'ncat -lk 8080 --sh-exec "socat - TCP:127.0.0.1:8000" before miniserve /',
        devNodeScript("dev-ncat-sh-exec-nodes", [
            LO_ROOT,
            'nohup ncat -lk 8080 --sh-exec "socat - TCP:127.0.0.1:8000" &',
        ]),
        RELAY,
    ),
    devNodeCase(
        'ncat -lk 8080 --exec "/usr/bin/busybox nc 127.0.0.1 8000" before miniserve /',
        devNodeScript("dev-ncat-exec-nodes", [
            LO_ROOT,
            'nohup ncat -lk 8080 --exec "/usr/bin/busybox nc 127.0.0.1 8000" &',
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 54): busybox tcpsvd runs PROG per connection (BusyBox tcpsvd usage: "Run PROG for each connection", "IP ... 0 =
    // all"); round 53 judges the program as a server (ftpd, httpd -i, a shell) but not as a relay: busybox nc
    // 127.0.0.1 8000 hands every pod miniserve /. Fix: as above.
    {
        ...devNodeCase(
            "busybox tcpsvd 0 8080 busybox nc 127.0.0.1 8000 (a relay per connection) before miniserve /",
            devNodeScript("dev-tcpsvd-relay-nodes", [
                LO_ROOT,
                "nohup busybox tcpsvd 0 8080 busybox nc 127.0.0.1 8000 &",
            ]),
            RELAY,
        ),
    },
    // Was a MISS (fixed in round 54): the same tcpsvd relay to containerd's socket (socat(1) UNIX-CONNECT:): every pod drives containerd
    // (privileged containers: root on the node); round 53's "one runtimeSocketRelay rule for every forwarder" does not
    // reach a super-server's program. Fix: as above, and a super-server relay to a runtime socket is runtimeSocketRelay.
    {
        ...devNodeCase(
            "busybox tcpsvd 0 10000 socat - UNIX-CONNECT:/run/containerd/containerd.sock",
            devNodeScript("dev-tcpsvd-containerd-nodes", [
                "nohup busybox tcpsvd 0 10000 socat - UNIX-CONNECT:/run/containerd/containerd.sock &",
            ]),
            SOCKET,
        ),
    },
    // Was a MISS (fixed in round 54): toybox netcat -L runs COMMAND... per connection (toybox netcat.c help: "-L Listen and background each
    // incoming connection (server mode)"); round 53 judges it only as a served shell, so `toybox nc 127.0.0.1 8000`
    // relays miniserve / to every pod unjudged. Fix: as above.
    {
        ...devNodeCase(
            "toybox nc -p 8080 -L toybox nc 127.0.0.1 8000 (server mode running a relay) before miniserve /",
            devNodeScript("dev-toybox-L-relay-nodes", [
                LO_ROOT,
                "nohup toybox nc -p 8080 -L toybox nc 127.0.0.1 8000 &",
            ]),
            RELAY,
        ),
    },
    // Neighbours (round 54 fix): every listener running a command per connection is read as a relay, wherever it is.
    devNodeCase(
        "tcpserver 0 10000 nc -U /run/containerd/containerd.sock (a super-server relaying containerd's socket)",
        devNodeScript("dev-tcpserver-nc-U-containerd-nodes", [
            "nohup tcpserver 0 10000 nc -U /run/containerd/containerd.sock &",
        ]),
        SOCKET,
    ),
    devNodeCase(
        "systemd-socket-activate --inetd -l 8080 busybox nc 127.0.0.1 8000 before miniserve /",
        devNodeScript("dev-socket-activate-relay-nodes", [
            LO_ROOT,
            "nohup systemd-socket-activate --inetd -l 8080 busybox nc 127.0.0.1 8000 &",
        ]),
        RELAY,
    ),
    devNodeCase(
        "/etc/inetd.conf `8080 stream tcp nowait root /usr/bin/nc nc 127.0.0.1 8000` before miniserve /",
        devNodeScript("dev-inetd-conf-relay-nodes", [
            LO_ROOT,
            ...file("/etc/inetd.conf", ["8080 stream tcp nowait root /usr/bin/nc nc 127.0.0.1 8000"]),
            "nohup busybox inetd &",
        ]),
        RELAY,
    ),
    devNodeCase(
        "busybox tcpsvd 0 8080 busybox httpd -i -h /opt/www with /etc/httpd.conf `P:/files/:127.0.0.1:8000/`, miniserve /",
        devNodeScript("dev-tcpsvd-httpd-i-proxy-nodes", [
            LO_ROOT,
            "mkdir -p /opt/www",
            ...file("/etc/httpd.conf", ["P:/files/:127.0.0.1:8000/"]),
            "nohup busybox tcpsvd 0 8080 busybox httpd -i -h /opt/www &",
        ]),
        RELAY,
    ),
    // --- Super-servers ---
    devNodeCase(
        "busybox udpsvd -E 0 69 busybox tftpd -c / (root TFTP of /, uploads allowed)",
        devNodeScript("dev-busybox-udpsvd-tftpd-nodes", ["nohup busybox udpsvd -E 0 69 busybox tftpd -c / &"]),
        SERVES,
    ),
    devNodeCase(
        "tcpserver 0 2323 /bin/sh -i (ucspi-tcp, root shell)",
        devNodeScript("dev-tcpserver-sh-nodes", ["nohup tcpserver 0 2323 /bin/sh -i &"]),
        SERVES,
    ),
    devNodeCase(
        "busybox nc -ll -p 4444 -e busybox sh (persistent listener, root shell)",
        devNodeScript("dev-busybox-nc-ll-nodes", ["nohup busybox nc -ll -p 4444 -e busybox sh &"]),
        SERVES,
    ),
    devNodeCase(
        "busybox inetd with /etc/inetd.conf `2323 stream tcp nowait root /bin/sh sh -i`",
        devNodeScript("dev-busybox-inetd-default-nodes", [
            ...file("/etc/inetd.conf", ["2323 stream tcp nowait root /bin/sh sh -i"]),
            "nohup busybox inetd &",
        ]),
        SERVES,
    ),
    // Was a MISS (fixed in round 54): busybox inetd reads the CONFFILE it is given (BusyBox inetd usage: "inetd [-fe] [-q N] [-R N] [CONFFILE]",
    // default /etc/inetd.conf); the pack reads /etc/inetd.conf only, so the same root shell line in another file is
    // unjudged. Fix: read the CONFFILE operand (and fail closed on one user data does not write).
    {
        ...devNodeCase(
            "busybox inetd /etc/inetd.busybox (CONFFILE operand) with `2323 stream tcp nowait root /bin/sh sh -i`",
            devNodeScript("dev-busybox-inetd-nodes", [
                ...file("/etc/inetd.busybox", ["2323 stream tcp nowait root /bin/sh sh -i"]),
                "nohup busybox inetd -f /etc/inetd.busybox &",
            ]),
            SERVES,
        ),
    },
    devNodeCase(
        "busybox inetd /etc/inetd.local, a CONFFILE user data does not write (any program on any port)",
        devNodeScript("dev-busybox-inetd-unwritten-nodes", ["nohup busybox inetd -f /etc/inetd.local &"]),
        /does not read|cannot read/,
    ),
    devNodeCase(
        "xinetd -f /etc/xinetd.custom with a service running nc 127.0.0.1 8000 before miniserve /",
        devNodeScript("dev-xinetd-f-relay-nodes", [
            LO_ROOT,
            ...file("/etc/xinetd.custom", [
                "service files",
                "{",
                "  type = UNLISTED",
                "  socket_type = stream",
                "  port = 8080",
                "  wait = no",
                "  user = root",
                "  server = /usr/bin/nc",
                "  server_args = 127.0.0.1 8000",
                "}",
            ]),
            "nohup xinetd -dontfork -f /etc/xinetd.custom &",
        ]),
        RELAY,
    ),
    // --- Root-power sockets beyond the runtime's and the kubelet's ---
    // Was a MISS (fixed in round 54): the D-Bus system bus authenticates a client by the connecting process's credentials (D-Bus specification,
    // "EXTERNAL": "AUTH EXTERNAL <uid>" checked against the socket's peer credentials): socat is root, so whoever
    // connects to 5555 is uid 0 on the bus and has systemd start any unit (org.freedesktop.systemd1.Manager
    // StartTransientUnit): root on the node. runtimeSocketRelay knows only NODE_SECRETS paths (containerd, kubelet,
    // docker, crio, nri). Fix: add /run/dbus/system_bus_socket (and /var/run/dbus) and /run/systemd/private to the
    // sockets a relay of is refused.
    {
        ...devNodeCase(
            "socat TCP-LISTEN:10000,fork UNIX-CONNECT:/run/dbus/system_bus_socket (root's D-Bus: systemd runs any unit)",
            socatSocket("dev-socat-dbus-nodes", "/run/dbus/system_bus_socket"),
            SOCKET,
        ),
    },
    // Was a MISS (fixed in round 54): systemd's private socket (systemd(1) "/run/systemd/private: Used internally as communication channel
    // between systemctl(1) and the systemd process", root-only by its mode): a relay is root's systemctl for every pod.
    // Fix: as above.
    {
        ...devNodeCase(
            "socat TCP-LISTEN:10000,fork UNIX-CONNECT:/run/systemd/private (systemd's manager API)",
            socatSocket("dev-socat-systemd-private-nodes", "/run/systemd/private"),
            SOCKET,
        ),
    },
    // Was a MISS (fixed in round 54): the D-Bus relay through an Envoy pipe endpoint (address.proto Pipe), the forwarder round 53 joined to
    // containerd's socket. Fix: as above (one socket list for every forwarder).
    {
        ...devNodeCase(
            "Envoy 0.0.0.0:10000 tcp_proxy to a pipe endpoint /run/dbus/system_bus_socket",
            devNodeScript("dev-envoy-pipe-dbus-nodes", envoyTcp(pipeCluster("t", "/run/dbus/system_bus_socket"))),
            SOCKET,
        ),
    },
    // Neighbours of the root-socket relays (round 54 fix: podSpec.ts rootPowerSocket, one table with the pod rule).
    devNodeCase(
        "socat TCP-LISTEN:10000,fork UNIX-CONNECT:/var/run/dbus/system_bus_socket (/var/run is /run)",
        socatSocket("dev-socat-var-dbus-nodes", "/var/run/dbus/system_bus_socket"),
        SOCKET,
    ),
    devNodeCase(
        "socat TCP-LISTEN:10000,fork UNIX-CONNECT:/run/user/0/bus (root's own service manager)",
        socatSocket("dev-socat-root-user-bus-nodes", "/run/user/0/bus"),
        SOCKET,
    ),
    devNodeCase(
        "socat TCP-LISTEN:10000,fork UNIX-CONNECT:/run/podman/podman.sock (Podman's API as root)",
        socatSocket("dev-socat-podman-nodes", "/run/podman/podman.sock"),
        SOCKET,
    ),
    devNodeCase(
        "socat TCP-LISTEN:10000,fork GOPEN:/run/containerd/containerd.sock",
        socatSocket("dev-socat-gopen-containerd-nodes", "", "GOPEN:/run/containerd/containerd.sock"),
        SOCKET,
    ),
    devNodeCase(
        "socat TCP-LISTEN:10000,fork /run/containerd/containerd.sock (a bare path is GOPEN)",
        socatSocket("dev-socat-path-containerd-nodes", "", "/run/containerd/containerd.sock"),
        SOCKET,
    ),
    devNodeCase(
        "socat TCP-LISTEN:10000,fork UNIX-CONNECT:/run/containerd/containerd.sock.ttrpc",
        socatSocket("dev-socat-ttrpc-nodes", "/run/containerd/containerd.sock.ttrpc"),
        SOCKET,
    ),
    devNodeCase(
        'SOCK=/run/containerd/containerd.sock; socat TCP-LISTEN:10000,fork "UNIX-CONNECT:$SOCK"',
        devNodeScript("dev-socat-var-sock-nodes", [
            "SOCK=/run/containerd/containerd.sock",
            'nohup socat TCP-LISTEN:10000,fork "UNIX-CONNECT:$SOCK" &',
        ]),
        SOCKET,
    ),
    devNodeCase(
        "socat TCP-LISTEN:10000,fork UNIX-CONNECT:/var/lib/kubelet/device-plugins/kubelet.sock",
        socatSocket("dev-socat-kubelet-sock-nodes", "/var/lib/kubelet/device-plugins/kubelet.sock"),
        SOCKET,
    ),
    devNodeCase(
        'ncat -lk 10000 -c "nc -U /run/containerd/containerd.sock"',
        devNodeScript("dev-ncat-c-nc-U-nodes", ['nohup ncat -lk 10000 -c "nc -U /run/containerd/containerd.sock" &']),
        SOCKET,
    ),
    devNodeCase(
        'ncat -lk 10000 -c "ncat -U /run/containerd/containerd.sock"',
        devNodeScript("dev-ncat-c-ncat-unix-nodes", [
            'nohup ncat -lk 10000 -c "ncat -U /run/containerd/containerd.sock" &',
        ]),
        SOCKET,
    ),
    devNodeCase(
        "cri-proxy.socket ListenStream=10000 with systemd-socket-proxyd /run/containerd/containerd.sock",
        devNodeScript("dev-socket-proxyd-containerd-nodes", [
            ...file("/etc/systemd/system/cri-proxy.socket", [
                "[Socket]",
                "ListenStream=10000",
                "[Install]",
                "WantedBy=sockets.target",
            ]),
            ...file("/etc/systemd/system/cri-proxy.service", [
                "[Service]",
                "ExecStart=/usr/lib/systemd/systemd-socket-proxyd /run/containerd/containerd.sock",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now cri-proxy.socket",
        ]),
        SOCKET,
    ),
    devNodeCase(
        "nginx stream { server { listen 10000; proxy_pass unix:/run/containerd/containerd.sock; } }",
        devNodeScript("dev-nginx-stream-containerd-nodes", [
            ...file("/etc/nginx/nginx.conf", [
                "events {}",
                "stream {",
                "  server {",
                "    listen 10000;",
                "    proxy_pass unix:/run/containerd/containerd.sock;",
                "  }",
                "}",
            ]),
            "systemctl enable --now nginx",
        ]),
        SOCKET,
    ),
    devNodeCase(
        "HAProxy frontend :10000 to server /run/containerd/containerd.sock",
        devNodeScript("dev-haproxy-containerd-nodes", [
            ...file("/etc/haproxy/haproxy.cfg", [
                "frontend cri",
                "  mode tcp",
                "  bind :10000",
                "  default_backend cri",
                "backend cri",
                "  mode tcp",
                "  server c1 /run/containerd/containerd.sock",
            ]),
            "systemctl enable --now haproxy",
        ]),
        SOCKET,
    ),
    // --- busybox httpd's configuration file ---
    // Was a MISS (fixed in round 54): busybox httpd reads /etc/httpd.conf when -c is not given (httpd.c usage: "-c FILE Configuration file
    // (default {/etc,HOME}/httpd.conf)"; "If -c is not set, an attempt will be made to open the default root
    // configuration file"), whose P: lines reverse proxy (FEATURE_HTTPD_PROXY, default y: "P:/url:[http://]hostname
    // [:port]/new/path # When /urlXXXXXX is requested, reverse proxy it"): /files/ is miniserve / for every pod.
    // busyboxHttpdListeners reads the command line only (the -c IMDS case below is refused for naming IMDS anywhere).
    // Fix: read busybox httpd's configuration (-c, else /etc/httpd.conf and HOME/httpd.conf) as a forwarder per P:.
    {
        ...devNodeCase(
            "busybox httpd -f -p 8080 -h /opt/www with /etc/httpd.conf `P:/files/:http://127.0.0.1:8000/` before miniserve /",
            devNodeScript("dev-busybox-httpd-proxy-nodes", [
                LO_ROOT,
                "mkdir -p /opt/www",
                "echo ok > /opt/www/index.html",
                ...file("/etc/httpd.conf", ["P:/files/:http://127.0.0.1:8000/"]),
                "nohup busybox httpd -f -p 8080 -h /opt/www &",
            ]),
            RELAY,
        ),
    },
    // Was a MISS (fixed in round 54): the same default /etc/httpd.conf's H: line ("H:/serverroot # define the server root. It will override -h",
    // httpd.c): root's busybox httpd serves / (kubelet key, pod tokens) though its command line says -h /opt/www.
    // Fix: as above (H: is the served directory).
    {
        ...devNodeCase(
            "busybox httpd -f -p 8080 -h /opt/www with /etc/httpd.conf `H:/` (overrides -h: serves /)",
            devNodeScript("dev-busybox-httpd-H-root-nodes", [
                "mkdir -p /opt/www",
                "echo ok > /opt/www/index.html",
                ...file("/etc/httpd.conf", ["H:/"]),
                "nohup busybox httpd -f -p 8080 -h /opt/www &",
            ]),
            SERVES,
        ),
    },
    devNodeCase(
        "busybox httpd -f -p 8080 -h /opt/www -c /etc/www/httpd.conf, a configuration user data does not write",
        devNodeScript("dev-busybox-httpd-c-unwritten-nodes", [
            "mkdir -p /opt/www",
            "echo ok > /opt/www/index.html",
            "nohup busybox httpd -f -p 8080 -h /opt/www -c /etc/www/httpd.conf &",
        ]),
        SERVES,
    ),
    devNodeCase(
        "busybox httpd -f -p 8080 -h /opt/www -c /etc/www/httpd.conf with `p:/files/:127.0.0.1:8000/` (either case, no scheme)",
        devNodeScript("dev-busybox-httpd-c-proxy-lo-nodes", [
            LO_ROOT,
            "mkdir -p /opt/www /etc/www",
            ...file("/etc/www/httpd.conf", ["p:/files/:127.0.0.1:8000/"]),
            "nohup busybox httpd -f -p 8080 -h /opt/www -c /etc/www/httpd.conf &",
        ]),
        RELAY,
    ),
    devNodeCase(
        "busybox httpd -f -p 8080 -h /opt/www -c /etc/www/httpd.conf with `P:/md/:http://169.254.169.254/`",
        devNodeScript("dev-busybox-httpd-proxy-imds-nodes", [
            "mkdir -p /opt/www /etc/www",
            "echo ok > /opt/www/index.html",
            ...file("/etc/www/httpd.conf", ["P:/md/:http://169.254.169.254/"]),
            "nohup busybox httpd -f -p 8080 -h /opt/www -c /etc/www/httpd.conf &",
        ]),
        /metadata|served beyond loopback|does not read|forward|relay/,
    ),
    // --- Envoy ---
    devNodeCase(
        "envoy --config-path /etc/envoy/envoy.yaml (0.0.0.0:10000 to 127.0.0.1:8000) before miniserve /",
        devNodeScript("dev-envoy-config-path-nodes", [
            LO_ROOT,
            ...envoyTcp(staticCluster("t", "127.0.0.1", 8000), "envoy --config-path /etc/envoy/envoy.yaml"),
        ]),
        RELAY,
    ),
    devNodeCase(
        "envoy --config-path=/etc/envoy/envoy.yaml (0.0.0.0:10000 to 127.0.0.1:8000) before miniserve /",
        devNodeScript("dev-envoy-config-path-eq-nodes", [
            LO_ROOT,
            ...envoyTcp(staticCluster("t", "127.0.0.1", 8000), "envoy --config-path=/etc/envoy/envoy.yaml"),
        ]),
        RELAY,
    ),
    devNodeCase(
        'Envoy listener "::":10000 to 127.0.0.1:8000 before miniserve /',
        devNodeScript("dev-envoy-listen-v6-any-nodes", [
            LO_ROOT,
            ...envoyTcp(staticCluster("t", "127.0.0.1", 8000), undefined, "::"),
        ]),
        RELAY,
    ),
    devNodeCase(
        "Envoy 0.0.0.0:10000 to an internal listener (envoy_internal_address) relaying to 127.0.0.1:8000, miniserve /",
        devNodeScript("dev-envoy-internal-listener-nodes", [
            LO_ROOT,
            ...envoy([
                "bootstrap_extensions:",
                "- name: envoy.bootstrap.internal_listener",
                "  typed_config:",
                '    "@type": type.googleapis.com/envoy.extensions.bootstrap.internal_listener.v3.InternalListener',
                "static_resources:",
                "  listeners:",
                ...tcpListener("outer", "0.0.0.0", 10000, "inner"),
                "  - name: inner_listener",
                "    internal_listener: {}",
                "    filter_chains:",
                "    - filters:",
                "      - name: envoy.filters.network.tcp_proxy",
                "        typed_config:",
                '          "@type": type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy',
                "          stat_prefix: inner",
                "          cluster: files",
                "  clusters:",
                "  - name: inner",
                "    load_assignment:",
                "      cluster_name: inner",
                "      endpoints:",
                "      - lb_endpoints:",
                "        - endpoint: {address: {envoy_internal_address: {server_listener_name: inner_listener}}}",
                ...staticCluster("files", "127.0.0.1", 8000),
            ]),
        ]),
        RELAY,
    ),
    // --- ASP.NET Core ---
    devNodeCase(
        "Kestrel__Endpoints__Http__Url=http://0.0.0.0:5000 dotnet /opt/app/App.dll (root)",
        devNodeScript("dev-kestrel-env-endpoint-nodes", [
            "Kestrel__Endpoints__Http__Url=http://0.0.0.0:5000 nohup dotnet /opt/app/App.dll &",
        ]),
        LISTEN,
    ),
    devNodeCase(
        "ASPNETCORE_HTTP_PORTS=5000 dotnet /opt/app/App.dll (every address)",
        devNodeScript("dev-aspnet-http-ports-nodes", ["ASPNETCORE_HTTP_PORTS=5000 nohup dotnet /opt/app/App.dll &"]),
        LISTEN,
    ),
    devNodeCase(
        "dotnet /opt/app/App.dll urls=http://0.0.0.0:5000 (command-line key=value)",
        devNodeScript("dev-dotnet-urls-bare-nodes", ["nohup dotnet /opt/app/App.dll urls=http://0.0.0.0:5000 &"]),
        LISTEN,
    ),
    devNodeCase(
        "dotnet /opt/app/App.dll /urls http://*:5000 (command-line /key value)",
        devNodeScript("dev-dotnet-urls-slash-nodes", ["nohup dotnet /opt/app/App.dll /urls http://*:5000 &"]),
        LISTEN,
    ),
    devNodeCase(
        "unit WorkingDirectory=/opt/app, appsettings.json Kestrel:Endpoints:Http:Url http://[::]:5000",
        devNodeScript("dev-appsettings-kestrel-endpoints-nodes", [
            "mkdir -p /opt/app",
            ...file("/opt/app/appsettings.json", [
                '{ "Kestrel": { "Endpoints": { "Http": { "Url": "http://[::]:5000" } } } }',
            ]),
            ...systemdUnit("app", ["WorkingDirectory=/opt/app", "ExecStart=/usr/bin/dotnet /opt/app/App.dll"]),
        ]),
        LISTEN,
    ),
    devNodeCase(
        "unit, appsettings.json Urls 127.0.0.1 but appsettings.Production.json (the default environment) Urls 0.0.0.0",
        devNodeScript("dev-appsettings-production-nodes", [
            "mkdir -p /opt/app",
            ...file("/opt/app/appsettings.json", ['{ "Urls": "http://127.0.0.1:5000" }']),
            ...file("/opt/app/appsettings.Production.json", ['{ "Urls": "http://0.0.0.0:5000" }']),
            ...systemdUnit("app", ["WorkingDirectory=/opt/app", "ExecStart=/usr/bin/dotnet /opt/app/App.dll"]),
        ]),
        LISTEN,
    ),
    devNodeCase(
        'unit Environment="ASPNETCORE_URLS=http://+:5000"',
        devNodeScript(
            "dev-unit-aspnetcore-urls-nodes",
            systemdUnit("app", [
                'Environment="ASPNETCORE_URLS=http://+:5000"',
                "ExecStart=/usr/bin/dotnet /opt/app/App.dll",
            ]),
        ),
        LISTEN,
    ),
    devNodeCase(
        "unit Environment=aspnetcore_urls=http://0.0.0.0:5000 (configuration keys are case-insensitive)",
        devNodeScript(
            "dev-unit-aspnetcore-urls-lower-nodes",
            systemdUnit("app", [
                "Environment=aspnetcore_urls=http://0.0.0.0:5000",
                "ExecStart=/usr/bin/dotnet /opt/app/App.dll",
            ]),
        ),
        LISTEN,
    ),
    // --- KEY=VALUE listen settings of other servers ---
    devNodeCase(
        "UVICORN_HOST=0.0.0.0 uvicorn app:app (root)",
        devNodeScript("dev-uvicorn-host-nodes", ["UVICORN_HOST=0.0.0.0 nohup uvicorn app:app --app-dir /opt/app &"]),
        LISTEN,
    ),
    devNodeCase(
        "FLASK_RUN_HOST=0.0.0.0 flask run (root)",
        devNodeScript("dev-flask-run-host-nodes", [
            "FLASK_RUN_HOST=0.0.0.0 FLASK_APP=/opt/app/app.py nohup flask run &",
        ]),
        LISTEN,
    ),
    devNodeCase(
        'GUNICORN_CMD_ARGS="--bind=0.0.0.0:8000" gunicorn app:app (root)',
        devNodeScript("dev-gunicorn-cmd-args-nodes", [
            'GUNICORN_CMD_ARGS="--bind=0.0.0.0:8000" nohup gunicorn --chdir /opt/app app:app &',
        ]),
        LISTEN,
    ),
    devNodeCase(
        "STREAMLIT_SERVER_ADDRESS=0.0.0.0 streamlit run (root)",
        devNodeScript("dev-streamlit-address-nodes", [
            "STREAMLIT_SERVER_ADDRESS=0.0.0.0 nohup streamlit run /opt/app/app.py &",
        ]),
        LISTEN,
    ),
    devNodeCase(
        "NITRO_HOST=0.0.0.0 node .output/server/index.mjs (Nuxt/Nitro, root)",
        devNodeScript("dev-nitro-host-nodes", [
            "NITRO_HOST=0.0.0.0 NITRO_PORT=3000 nohup node /opt/web/.output/server/index.mjs &",
        ]),
        LISTEN,
    ),
    devNodeCase(
        "export HOST=0.0.0.0; node /opt/web/server.js (root)",
        devNodeScript("dev-export-host-nodes", ["export HOST=0.0.0.0", "nohup node /opt/web/server.js &"]),
        LISTEN,
    ),
    devNodeCase(
        "env HOST=0.0.0.0 PORT=3000 node /opt/web/server.js (root)",
        devNodeScript("dev-env-host-nodes", ["nohup env HOST=0.0.0.0 PORT=3000 node /opt/web/server.js &"]),
        LISTEN,
    ),
    // --- Forward proxies (instance metadata from the node's own stack) ---
    devNodeCase(
        "ncat -lk --proxy-type http 3128 (an HTTP proxy on every address)",
        devNodeScript("dev-ncat-http-proxy-nodes", ["nohup ncat -lk --proxy-type http 3128 &"]),
        /proxy|metadata|does not read|serve/,
    ),
    devNodeCase(
        "tinyproxy Port 8888, Allow 10.0.0.0/8 (pods' addresses)",
        devNodeScript("dev-tinyproxy-nodes", [
            ...file("/etc/tinyproxy/tinyproxy.conf", ["Port 8888", "Allow 10.0.0.0/8"]),
            "systemctl enable --now tinyproxy",
        ]),
        /proxy|metadata|does not read|serve/,
    ),
];

const secure: NodeCase[] = [
    devNodeCase(
        "socat TCP-LISTEN:8080,fork TCP:10.0.5.20:8000 (another host) beside miniserve -i 127.0.0.1 /",
        socatTo("dev-socat-remote-nodes", "TCP:10.0.5.20:8000"),
    ),
    devNodeCase(
        "socat TCP-LISTEN:8080,fork EXEC:'nc 10.0.5.20 8000' (a relay to another host) beside miniserve -i 127.0.0.1 /",
        devNodeScript("dev-socat-exec-nc-remote-nodes", [
            LO_ROOT,
            "nohup socat TCP-LISTEN:8080,fork EXEC:'nc 10.0.5.20 8000' &",
        ]),
    ),
    devNodeCase(
        "busybox tcpsvd 0 8080 busybox nc 10.0.5.20 8000 (a relay to another host) beside miniserve -i 127.0.0.1 /",
        devNodeScript("dev-tcpsvd-relay-remote-nodes", [
            LO_ROOT,
            "nohup busybox tcpsvd 0 8080 busybox nc 10.0.5.20 8000 &",
        ]),
    ),
    devNodeCase(
        "toybox nc -p 8080 -L toybox nc 10.0.5.20 8000 (a relay to another host) beside miniserve -i 127.0.0.1 /",
        devNodeScript("dev-toybox-L-relay-remote-nodes", [
            LO_ROOT,
            "nohup toybox nc -p 8080 -L toybox nc 10.0.5.20 8000 &",
        ]),
    ),
    devNodeCase(
        "socat TCP-LISTEN:10000,fork UNIX-CONNECT:/run/systemd/journal/stdout (journald: a client writes log lines)",
        socatSocket("dev-socat-journal-nodes", "/run/systemd/journal/stdout"),
    ),
    devNodeCase(
        "socat TCP-LISTEN:8080,fork TCP6:[2001:db8::1]:8000 (another host over IPv6) beside miniserve -i 127.0.0.1 /",
        socatTo("dev-socat-v6-remote-nodes", "TCP6:[2001:db8::1]:8000"),
    ),
    devNodeCase(
        "socat TCP-LISTEN:8080,fork TCP:localhost4.example.com:8000 (another host) beside miniserve -i 127.0.0.1 /",
        socatTo("dev-socat-localhost4-remote-nodes", "TCP:localhost4.example.com:8000"),
    ),
    devNodeCase(
        "miniserve -i 0:0::0001 / (::1 in another spelling) alone",
        devNodeScript("dev-miniserve-v6-loopback-spelled-nodes", ["nohup miniserve -i 0:0::0001 --port 8000 / &"]),
    ),
    devNodeCase(
        "busybox tcpsvd 127.0.0.1 8080 busybox nc 127.0.0.1 8000 (a relay on loopback) beside miniserve -i 127.0.0.1 /",
        devNodeScript("dev-tcpsvd-relay-lo-nodes", [
            LO_ROOT,
            "nohup busybox tcpsvd 127.0.0.1 8080 busybox nc 127.0.0.1 8000 &",
        ]),
    ),
    devNodeCase(
        "socat TCP-LISTEN:8080,bind=127.0.0.1,fork SYSTEM:'exec 3<>/dev/tcp/127.0.0.1/8000; ...' (loopback) beside miniserve",
        devNodeScript("dev-socat-system-devtcp-lo-nodes", [
            LO_ROOT,
            "nohup socat TCP-LISTEN:8080,bind=127.0.0.1,fork SYSTEM:'exec 3<>/dev/tcp/127.0.0.1/8000; cat <&3 & exec cat >&3' &",
        ]),
    ),
    devNodeCase(
        "busybox inetd /etc/inetd.busybox `8080 stream tcp nowait nobody /usr/bin/nc nc 10.0.5.20 8000` beside a loopback server",
        devNodeScript("dev-busybox-inetd-relay-remote-nodes", [
            // Not LO_ROOT: a root command naming / may have changed /usr/bin/nc, a program then read as unknown.
            "nohup miniserve -i 127.0.0.1 --port 8000 /opt/files &",
            ...file("/etc/inetd.busybox", ["8080 stream tcp nowait nobody /usr/bin/nc nc 10.0.5.20 8000"]),
            "nohup busybox inetd -f /etc/inetd.busybox &",
        ]),
    ),
    devNodeCase(
        "busybox inetd without a CONFFILE and no /etc/inetd.conf written (the AMI has none)",
        devNodeScript("dev-busybox-inetd-default-none-nodes", ["nohup busybox inetd &"]),
    ),
    devNodeCase(
        "socat TCP-LISTEN:10000,fork UNIX-CONNECT:/run/app/app.sock (the app's own socket)",
        socatSocket("dev-socat-app-sock-nodes", "/run/app/app.sock"),
    ),
    devNodeCase(
        "busybox httpd -f -p 8080 -h /opt/www with /etc/httpd.conf `P:/api/:http://10.0.5.20:8000/` (another host)",
        devNodeScript("dev-busybox-httpd-proxy-remote-nodes", [
            "mkdir -p /opt/www",
            "echo ok > /opt/www/index.html",
            ...file("/etc/httpd.conf", ["P:/api/:http://10.0.5.20:8000/"]),
            "nohup busybox httpd -f -p 8080 -h /opt/www &",
        ]),
    ),
    devNodeCase(
        "busybox httpd -f -u nobody -p 8080 -h /opt/www with /etc/httpd.conf `H:/opt/www` and `I:index.html`",
        devNodeScript("dev-busybox-httpd-H-www-nodes", [
            "mkdir -p /opt/www",
            "echo ok > /opt/www/index.html",
            ...file("/etc/httpd.conf", ["H:/opt/www", "I:index.html"]),
            "nohup busybox httpd -f -u nobody -p 8080 -h /opt/www &",
        ]),
    ),
    devNodeCase(
        "busybox httpd -f -p 127.0.0.1:8080 -h /opt/www with /etc/httpd.conf `P:/files/:http://127.0.0.1:8000/` (loopback)",
        devNodeScript("dev-busybox-httpd-proxy-lo-nodes", [
            LO_ROOT,
            "mkdir -p /opt/www",
            "echo ok > /opt/www/index.html",
            ...file("/etc/httpd.conf", ["P:/files/:http://127.0.0.1:8000/"]),
            "nohup busybox httpd -f -p 127.0.0.1:8080 -h /opt/www &",
        ]),
    ),
    devNodeCase(
        "busybox httpd -f -p 8080 -h /opt/www, its home's httpd.conf `H:/` (read without H: and P:: httpd.c FIRST_PARSE)",
        devNodeScript("dev-busybox-httpd-home-conf-nodes", [
            "mkdir -p /opt/www",
            "echo ok > /opt/www/index.html",
            ...file("/opt/www/httpd.conf", ["H:/"]),
            "nohup busybox httpd -f -p 8080 -h /opt/www &",
        ]),
    ),
    devNodeCase(
        "Kestrel__Endpoints__Http__Url=http://127.0.0.1:5000 dotnet /opt/app/App.dll (loopback)",
        devNodeScript("dev-kestrel-env-lo-nodes", [
            "Kestrel__Endpoints__Http__Url=http://127.0.0.1:5000 nohup dotnet /opt/app/App.dll &",
        ]),
    ),
    devNodeCase(
        "dotnet /opt/app/App.dll with no URL configured (Kestrel's default http://localhost:5000)",
        devNodeScript("dev-dotnet-default-nodes", ["nohup dotnet /opt/app/App.dll &"]),
    ),
    devNodeCase(
        "unit Environment=ASPNETCORE_URLS=http://127.0.0.1:5000",
        devNodeScript(
            "dev-unit-urls-lo-nodes",
            systemdUnit("app", [
                "Environment=ASPNETCORE_URLS=http://127.0.0.1:5000",
                "ExecStart=/usr/bin/dotnet /opt/app/App.dll",
            ]),
        ),
    ),
    devNodeCase(
        "envoy --config-path /etc/envoy/envoy.yaml: 0.0.0.0:10000 to 10.0.5.20:8000 beside miniserve -i 127.0.0.1 /",
        devNodeScript("dev-envoy-config-path-remote-nodes", [
            LO_ROOT,
            ...envoyTcp(staticCluster("t", "10.0.5.20", 8000), "envoy --config-path /etc/envoy/envoy.yaml"),
        ]),
    ),
    devNodeCase(
        "Envoy 0.0.0.0:10000 to a STRICT_DNS cluster api.internal.example.com:8000 beside miniserve -i 127.0.0.1 /",
        devNodeScript("dev-envoy-dns-remote-nodes", [
            LO_ROOT,
            ...envoyTcp(staticCluster("t", "api.internal.example.com", 8000, "STRICT_DNS")),
        ]),
    ),
    devNodeCase(
        "xinetd service port 8080 redirect = 10.0.5.20 8000 beside miniserve -i 127.0.0.1 /",
        devNodeScript("dev-xinetd-redirect-remote-nodes", [
            LO_ROOT,
            ...file("/etc/xinetd.d/files", [
                "service files",
                "{",
                "  type = UNLISTED",
                "  socket_type = stream",
                "  port = 8080",
                "  wait = no",
                "  user = root",
                "  redirect = 10.0.5.20 8000",
                "}",
            ]),
            "systemctl enable --now xinetd",
        ]),
    ),
    devNodeCase(
        "ncat -lk --proxy-type http 127.0.0.1 3128 (loopback only)",
        devNodeScript("dev-ncat-http-proxy-lo-nodes", ["nohup ncat -lk --proxy-type http 127.0.0.1 3128 &"]),
    ),
    devNodeCase(
        "squid http_port 127.0.0.1:3128, http_access allow localhost, deny all",
        devNodeScript("dev-squid-lo-nodes", [
            ...file("/etc/squid/squid.conf", [
                "http_port 127.0.0.1:3128",
                "http_access allow localhost",
                "http_access deny all",
            ]),
            "systemctl enable --now squid",
        ]),
    ),
    devNodeCase(
        "UVICORN_HOST=127.0.0.1 uvicorn app:app (loopback)",
        devNodeScript("dev-uvicorn-host-lo-nodes", [
            "UVICORN_HOST=127.0.0.1 nohup uvicorn app:app --app-dir /opt/app &",
        ]),
    ),
];

describeNodeCases("red team 54: node user data (fresh eyes)", insecure, secure);
