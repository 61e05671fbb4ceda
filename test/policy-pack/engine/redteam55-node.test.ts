// Red-team round 55 on EKS NODE user data (fresh eyes): round 54's node rules read as an attacker would.
// Probed: far ends in inet_aton's short forms (127.1) and IPv6 with a zone id (::1%lo); relays of root-power sockets
// round 54 names by directory (Podman, Docker, root's user bus) and relays to them from a unix socket pods can mount
// (/srv, a WRITABLE_DATA directory); per-connection relays served by systemd socket activation (Accept=yes,
// StandardInput=socket) rather than a super-server; tcpsvd serving a relay of the D-Bus system bus; busybox httpd with a
// relative -c FILE read from its HOME; a script written by user data as a served relay.
// Secure neighbours keep the same programs on loopback, relaying another host's end (also a link-local one with a
// zone id), or the journal's log socket.
// Also: relays of root-power sockets by path tricks (/proc/1/root, `..`, a symlink), unix listeners in pod-writable
// data directories (/srv, /data, /mnt), xinetd server/server_args, /etc/inetd.conf socat lines, tcpserver nc -U;
// root-power APIs put on TCP by their own options or socket units (podman system service URI, podman.socket and
// docker.socket ListenStream= drop-ins); busybox httpd P: to localhost4 and [::ffff:127.0.0.1].
// Misses (5 insecure, 0 secure): a symlink to the D-Bus system bus relayed (links not resolved); podman system service
// on tcp://0.0.0.0; podman.socket and docker.socket ListenStream= drop-ins on every address; a systemd Accept=yes socket
// whose per-connection service relays to a loopback server (nc 127.0.0.1 8000: servedForwarders skips socket units).
// Refused as they should be: 127.1, 0x7f.1, [::1%lo], LOCALHOST4., Podman/root user bus/dotted-path/proc-root socket
// relays, unix listeners in /srv, /data, /mnt, Accept=yes relays of containerd and the system bus (NODE_SECRETS and
// hand-off rules), tcpsvd/xinetd/inetd/tcpserver relays of root sockets, a served relay script, busybox httpd relative
// -c, P: to localhost4 and the mapped loopback.
import { describeNodeCases, devNodeCase, devNodeScript, NodeCase, systemdUnit } from "./nodeBuilders";

/** A server bound to loopback serving / (accepted alone: round 48 "a loopback-bound server keeps what it serves"). */
const LO_ROOT = "nohup miniserve -i 127.0.0.1 --port 8000 / &";

/** A heredoc writing `path` with `lines`. */
const file = (path: string, lines: string[], tag = "CONF") => [`cat > ${path} <<'${tag}'`, ...lines, tag];

/** `socat TCP-LISTEN:8080,fork FAR` in front of miniserve on 127.0.0.1:8000. */
const socatTo = (name: string, far: string) =>
    devNodeScript(name, [LO_ROOT, `nohup socat TCP-LISTEN:8080,fork ${far} &`]);

/** A root process relaying the socket `path` from every address (socat TCP-LISTEN:10000 to UNIX-CONNECT:path). */
const socatSocket = (name: string, path: string, far = `UNIX-CONNECT:${path}`) =>
    devNodeScript(name, [`nohup socat TCP-LISTEN:10000,fork ${far} &`]);

/** A socket unit `name`.socket listening on `listen` with Accept=yes, its name@.service running `exec` per connection. */
const acceptUnit = (name: string, listen: string, exec: string) => [
    ...file(`/etc/systemd/system/${name}.socket`, [
        "[Unit]",
        `Description=${name} socket`,
        "[Socket]",
        `ListenStream=${listen}`,
        "Accept=yes",
        "[Install]",
        "WantedBy=sockets.target",
    ]),
    ...file(`/etc/systemd/system/${name}@.service`, [
        "[Unit]",
        `Description=${name} per connection`,
        "[Service]",
        `ExecStart=${exec}`,
        "StandardInput=socket",
        "StandardOutput=socket",
    ]),
    "systemctl daemon-reload",
    `systemctl enable --now ${name}.socket`,
];

/** What a relay to miniserve / from beyond loopback is refused as. */
const RELAY = /served beyond loopback|does not read|forward|shell/;
/** What a relay of a root-power socket is refused as. */
const SOCKET = /containerd|socket|runtime|served beyond loopback|does not read|forward/;
/** What a root process's socket in a directory pods may write (WRITABLE_DATA) is refused as. */
const PODS_WRITE = /lets pods write|socket|served beyond loopback/;

const insecure: NodeCase[] = [
    // --- Far ends: address spellings (ipAddress) ---
    devNodeCase(
        "socat TCP-LISTEN:8080,fork TCP:127.1:8000 (inet_aton a.b form: 127.0.0.1) before miniserve /",
        socatTo("dev-socat-127-1-nodes", "TCP:127.1:8000"),
        RELAY,
    ),
    devNodeCase(
        "socat TCP-LISTEN:8080,fork TCP:0x7f.1:8000 (hex a.b form) before miniserve /",
        socatTo("dev-socat-hex-short-nodes", "TCP:0x7f.1:8000"),
        RELAY,
    ),
    devNodeCase(
        "socat TCP-LISTEN:8080,fork TCP6:[::1%lo]:8000 (zone id on loopback) before miniserve -i ::1 /",
        devNodeScript("dev-socat-v6-zone-nodes", [
            "nohup miniserve -i ::1 --port 8000 / &",
            "nohup socat TCP-LISTEN:8080,fork TCP6:[::1%lo]:8000 &",
        ]),
        RELAY,
    ),
    devNodeCase(
        "socat TCP-LISTEN:8080,fork TCP:LOCALHOST4.:8000 (upper case, trailing dot) before miniserve /",
        socatTo("dev-socat-localhost4-dot-nodes", "TCP:LOCALHOST4.:8000"),
        RELAY,
    ),
    // --- Root-power sockets ---
    devNodeCase(
        "socat TCP-LISTEN:10000,fork UNIX-CONNECT:/run/podman/podman.sock (root's Podman API)",
        socatSocket("dev-socat-podman-nodes", "/run/podman/podman.sock"),
        SOCKET,
    ),
    devNodeCase(
        "socat TCP-LISTEN:10000,fork UNIX-CONNECT:/run/user/0/bus (root's user bus: its service manager)",
        socatSocket("dev-socat-root-user-bus-nodes", "/run/user/0/bus"),
        SOCKET,
    ),
    devNodeCase(
        "socat TCP-LISTEN:10000,fork UNIX-CONNECT:/var/run/dbus/../dbus/system_bus_socket (dotted path)",
        socatSocket("dev-socat-dbus-dotdot-nodes", "/var/run/dbus/../dbus/system_bus_socket"),
        SOCKET,
    ),
    // A unix listener in /srv (WRITABLE_DATA: pods may mount it) relaying containerd: refused (NODE_SECRETS hand-off).
    devNodeCase(
        "socat UNIX-LISTEN:/srv/ctr/containerd.sock,fork UNIX-CONNECT:/run/containerd/containerd.sock (/srv: pods mount it)",
        devNodeScript("dev-socat-srv-sock-nodes", [
            "mkdir -p /srv/ctr",
            "nohup socat UNIX-LISTEN:/srv/ctr/containerd.sock,fork UNIX-CONNECT:/run/containerd/containerd.sock &",
        ]),
        SOCKET,
    ),
    devNodeCase(
        "socat UNIX-LISTEN:/srv/bus/system_bus_socket,fork UNIX-CONNECT:/run/dbus/system_bus_socket (/srv: pods mount it)",
        devNodeScript("dev-socat-srv-dbus-nodes", [
            "mkdir -p /srv/bus",
            "nohup socat UNIX-LISTEN:/srv/bus/system_bus_socket,fork UNIX-CONNECT:/run/dbus/system_bus_socket &",
        ]),
        SOCKET,
    ),
    devNodeCase(
        "socat UNIX-LISTEN:/data/files.sock,fork TCP:127.0.0.1:8000 (/data: pods mount it) before miniserve /",
        devNodeScript("dev-socat-data-files-nodes", [
            LO_ROOT,
            "nohup socat UNIX-LISTEN:/data/files.sock,fork TCP:127.0.0.1:8000 &",
        ]),
        PODS_WRITE,
    ),
    devNodeCase(
        "socat UNIX-LISTEN:/srv/files.sock,fork TCP:127.0.0.1:8000 (/srv) before miniserve /",
        devNodeScript("dev-socat-srv-files-nodes", [
            LO_ROOT,
            "nohup socat UNIX-LISTEN:/srv/files.sock,fork TCP:127.0.0.1:8000 &",
        ]),
        PODS_WRITE,
    ),
    devNodeCase(
        "socat UNIX-LISTEN:/data/bus.sock,fork UNIX-CONNECT:/run/dbus/system_bus_socket (/data)",
        devNodeScript("dev-socat-data-dbus-nodes", [
            "nohup socat UNIX-LISTEN:/data/bus.sock,fork UNIX-CONNECT:/run/dbus/system_bus_socket &",
        ]),
        PODS_WRITE,
    ),
    devNodeCase(
        "socat UNIX-LISTEN:/mnt/disks/files.sock,fork TCP:127.0.0.1:8000 (/mnt) before miniserve /",
        devNodeScript("dev-socat-mnt-files-nodes", [
            LO_ROOT,
            "nohup socat UNIX-LISTEN:/mnt/disks/files.sock,fork TCP:127.0.0.1:8000 &",
        ]),
        PODS_WRITE,
    ),
    devNodeCase(
        "socat TCP-LISTEN:10000,fork UNIX-CONNECT:/proc/1/root/run/dbus/system_bus_socket (the bus through pid 1's root)",
        socatSocket("dev-socat-proc-root-dbus-nodes", "/proc/1/root/run/dbus/system_bus_socket"),
        SOCKET,
    ),
    // Was a MISS (fixed in round 55): a relay's unix end is judged by its literal path (socatEnd, rootPowerSocket), but connect(2) on a
    // pathname socket follows symlinks (path_resolution(7); unix(7) "pathname": the socket is found by path lookup), so
    // /opt/bus.sock, a link user data makes to /run/dbus/system_bus_socket, hands the system bus (systemd's
    // StartTransientUnit as root, D-Bus spec "EXTERNAL": root's credentials are socat's) to every node address. Fix: resolve
    // the links user data makes (ln -s/-sf, systemd-tmpfiles L) before rootPowerSocket, or fail closed on a relayed
    // socket path outside the known non-root ones.
    {
        ...devNodeCase(
            "ln -s /run/dbus/system_bus_socket /opt/bus.sock; socat TCP-LISTEN:10000,fork UNIX-CONNECT:/opt/bus.sock",
            devNodeScript("dev-socat-symlink-dbus-nodes", [
                "ln -sf /run/dbus/system_bus_socket /opt/bus.sock",
                "nohup socat TCP-LISTEN:10000,fork UNIX-CONNECT:/opt/bus.sock &",
            ]),
            SOCKET,
        ),
    },
    // Was a MISS (fixed in round 55): podman-system-service(1): the endpoint may be a URI such as tcp://localhost:8080, and "the API grants full
    // access to Podman's capabilities ... arbitrary code execution as the user running the API. As such, we strongly
    // recommend against making the API socket available via the network" (docs.podman.io; containers/podman commit
    // 09b1da3 "Ensure that we appropriately warn that TCP is insecure"). Root's Podman on tcp://0.0.0.0:8888 starts
    // privileged containers with / for any pod — the dockerd -H tcp:// rule (dockerHostOpenings) has no Podman twin.
    // Fix: read `podman system service [URI]` as dockerd's -H is read (a tcp:// URI not on loopback is an opening).
    {
        ...devNodeCase(
            "podman system service --time=0 tcp://0.0.0.0:8888 (root's Podman API on TCP, no auth)",
            devNodeScript("dev-podman-service-tcp-nodes", [
                "nohup podman system service --time=0 tcp://0.0.0.0:8888 &",
            ]),
            /podman|Podman|does not read|socket|serve|API/,
        ),
    },
    // Was a MISS (fixed in round 55): the same API by socket activation: podman-system-service(1) "supports systemd socket activation ...
    // activated as soon as a client connects to the listening socket"; a podman.socket drop-in resetting ListenStream=
    // to 0.0.0.0:8888 (systemd.socket(5): an empty assignment resets the list) gives podman.service a TCP listener.
    // socketShellOpenings only asks whether a socket's service runs a shell on StandardInput. Fix: a ListenStream= not on
    // loopback for podman.socket/docker.socket (or any socket whose service is a root-power API) is that API on the network.
    {
        ...devNodeCase(
            "podman.socket drop-in ListenStream=0.0.0.0:8888 (podman.service takes the TCP socket)",
            devNodeScript("dev-podman-socket-tcp-nodes", [
                "mkdir -p /etc/systemd/system/podman.socket.d",
                ...file("/etc/systemd/system/podman.socket.d/tcp.conf", [
                    "[Socket]",
                    "ListenStream=",
                    "ListenStream=0.0.0.0:8888",
                ]),
                "systemctl daemon-reload",
                "systemctl enable --now podman.socket",
            ]),
            /podman|Podman|does not read|socket|serve|API/,
        ),
    },
    // Was a MISS (fixed in round 55): dockerd's twin of the above: docker.service runs `dockerd -H fd://`, taking every socket docker.socket
    // listens on (Docker docs, "Configure remote access for Docker daemon": a systemd ListenStream= for 2375; "Protect
    // the Docker daemon socket": without TLS whoever connects is root). dockerHostOpenings reads -H and daemon.json,
    // not a docker.socket ListenStream= drop-in. Fix: as for podman.socket.
    {
        ...devNodeCase(
            "docker.socket drop-in ListenStream=0.0.0.0:2375 (dockerd's API by socket activation, no TLS)",
            devNodeScript("dev-docker-socket-tcp-nodes", [
                "mkdir -p /etc/systemd/system/docker.socket.d",
                ...file("/etc/systemd/system/docker.socket.d/tcp.conf", ["[Socket]", "ListenStream=0.0.0.0:2375"]),
                "systemctl daemon-reload",
                "systemctl enable --now docker.socket",
            ]),
            /docker|Docker|does not read|socket|serve|API/,
        ),
    },
    // Neighbours of the round-55 fixes: links of every kind user data makes (a directory, a hard link, tmpfiles.d L, a
    // target the pack cannot tell), the Podman API's short URI on loopback and a unix URI pods may write, and root-power
    // API sockets of user data's own units or on loopback.
    devNodeCase(
        "ln -s /run/dbus /opt/d; socat TCP-LISTEN:10000,fork UNIX-CONNECT:/opt/d/system_bus_socket (a directory link)",
        devNodeScript("dev-socat-dirlink-dbus-nodes", [
            "ln -s /run/dbus /opt/d",
            "nohup socat TCP-LISTEN:10000,fork UNIX-CONNECT:/opt/d/system_bus_socket &",
        ]),
        SOCKET,
    ),
    devNodeCase(
        "ln /run/dbus/system_bus_socket /run/bus.sock (a hard link); socat TCP-LISTEN:10000,fork UNIX-CONNECT:/run/bus.sock",
        devNodeScript("dev-socat-hardlink-dbus-nodes", [
            "ln /run/dbus/system_bus_socket /run/bus.sock",
            "nohup socat TCP-LISTEN:10000,fork UNIX-CONNECT:/run/bus.sock &",
        ]),
        SOCKET,
    ),
    devNodeCase(
        "tmpfiles.d L /run/relay/bus -> /run/dbus/system_bus_socket; socat TCP-LISTEN:10000,fork UNIX-CONNECT:/run/relay/bus",
        devNodeScript("dev-socat-tmpfiles-dbus-nodes", [
            ...file("/etc/tmpfiles.d/relay.conf", ["L /run/relay/bus - - - - /run/dbus/system_bus_socket"]),
            "systemd-tmpfiles --create /etc/tmpfiles.d/relay.conf",
            "nohup socat TCP-LISTEN:10000,fork UNIX-CONNECT:/run/relay/bus &",
        ]),
        SOCKET,
    ),
    devNodeCase(
        'ln -sf "$SOCK" /opt/bus.sock (a target the pack cannot tell); socat TCP-LISTEN:10000,fork UNIX-CONNECT:/opt/bus.sock',
        devNodeScript("dev-socat-varlink-nodes", [
            'ln -sf "$SOCK" /opt/bus.sock',
            "nohup socat TCP-LISTEN:10000,fork UNIX-CONNECT:/opt/bus.sock &",
        ]),
        SOCKET,
    ),
    devNodeCase(
        "ln -s /run/dbus/system_bus_socket /opt/bus.sock; busybox tcpsvd 0 10000 socat - UNIX-CONNECT:/opt/bus.sock",
        devNodeScript("dev-tcpsvd-symlink-dbus-nodes", [
            "ln -s /run/dbus/system_bus_socket /opt/bus.sock",
            "nohup busybox tcpsvd 0 10000 socat - UNIX-CONNECT:/opt/bus.sock &",
        ]),
        SOCKET,
    ),
    devNodeCase(
        "podman system service --time=0 tcp:localhost:8888 (short URI, loopback: host-network pods reach it)",
        devNodeScript("dev-podman-service-tcp-lo-nodes", ["nohup podman system service --time=0 tcp:localhost:8888 &"]),
        /Podman/,
    ),
    devNodeCase(
        "podman system service --time=0 unix:///srv/podman.sock (a directory pods write)",
        devNodeScript("dev-podman-service-srv-nodes", [
            "nohup podman system service --time=0 unix:///srv/podman.sock &",
        ]),
        /pods write|\/srv/,
    ),
    devNodeCase(
        "podman.socket drop-in ListenStream=127.0.0.1:8888 (loopback: host-network pods reach it)",
        devNodeScript("dev-podman-socket-tcp-lo-nodes", [
            "mkdir -p /etc/systemd/system/podman.socket.d",
            ...file("/etc/systemd/system/podman.socket.d/tcp.conf", ["[Socket]", "ListenStream=127.0.0.1:8888"]),
            "systemctl daemon-reload",
            "systemctl enable --now podman.socket",
        ]),
        /Podman/,
    ),
    devNodeCase(
        "user data's api.socket ListenStream=2376 with api.service ExecStart=/usr/bin/dockerd -H fd://",
        devNodeScript("dev-own-docker-socket-nodes", [
            ...file("/etc/systemd/system/api.socket", [
                "[Socket]",
                "ListenStream=2376",
                "[Install]",
                "WantedBy=sockets.target",
            ]),
            ...file("/etc/systemd/system/api.service", ["[Service]", "ExecStart=/usr/bin/dockerd -H fd://"]),
            "systemctl daemon-reload",
            "systemctl enable --now api.socket",
        ]),
        /dockerd/,
    ),
    devNodeCase(
        "xinetd service: server /usr/bin/socat, server_args - UNIX-CONNECT:/run/systemd/private",
        devNodeScript("dev-xinetd-socat-private-nodes", [
            ...file("/etc/xinetd.d/sd", [
                "service sd",
                "{",
                "  type = UNLISTED",
                "  socket_type = stream",
                "  port = 10000",
                "  wait = no",
                "  user = root",
                "  server = /usr/bin/socat",
                "  server_args = - UNIX-CONNECT:/run/systemd/private",
                "}",
            ]),
            "systemctl enable --now xinetd",
        ]),
        SOCKET,
    ),
    devNodeCase(
        "/etc/inetd.conf: 10000 stream tcp nowait root /usr/bin/socat socat - UNIX-CONNECT:/run/podman/podman.sock",
        devNodeScript("dev-inetd-socat-podman-nodes", [
            ...file("/etc/inetd.conf", [
                "10000 stream tcp nowait root /usr/bin/socat socat - UNIX-CONNECT:/run/podman/podman.sock",
            ]),
            "nohup busybox inetd -f /etc/inetd.conf &",
        ]),
        SOCKET,
    ),
    devNodeCase(
        "tcpserver 0 10000 nc -U /run/user/0/systemd/private (root's user manager)",
        devNodeScript("dev-tcpserver-user-private-nodes", [
            "nohup tcpserver 0 10000 nc -U /run/user/0/systemd/private &",
        ]),
        SOCKET,
    ),
    // --- Per-connection relays (servedForwarders) ---
    devNodeCase(
        "systemd relay.socket ListenStream=10000 Accept=yes, relay@.service ExecStart=socat - UNIX-CONNECT:containerd.sock",
        devNodeScript("dev-accept-socat-containerd-nodes", [
            ...acceptUnit("relay", "10000", "/usr/bin/socat - UNIX-CONNECT:/run/containerd/containerd.sock"),
        ]),
        SOCKET,
    ),
    // Was a MISS (fixed in round 55): servedForwarders reads the per-connection program of socat/ncat/tcpsvd/tcpserver/inetd/xinetd/toybox nc -L,
    // not of a systemd socket unit: systemd.socket(5) "Accept=... If yes, a service instance is spawned for each
    // incoming connection and only the connection socket is passed to it", and systemd.exec(5) StandardInput=socket
    // connects it to the program, so files@.service's `nc 127.0.0.1 8000` relays every node address's port 8080 to
    // miniserve / (root's whole file system) — socketShellOpenings only asks whether ExecStart is a shell. (The containerd and D-Bus
    // neighbours are refused by the relaying-command rule, which reads any socat naming a root socket wherever it
    // listens; a relay to a loopback port has no such rule.) Fix: read a
    // socket unit's service (Accept=yes NAME@.service, else Service=/NAME.service) with StandardInput=socket|fd as a
    // served program (servedRelays) listening where the socket unit listens.
    {
        ...devNodeCase(
            "systemd files.socket ListenStream=0.0.0.0:8080 Accept=yes, files@.service ExecStart=nc 127.0.0.1 8000, before miniserve /",
            devNodeScript("dev-accept-nc-loopback-nodes", [
                LO_ROOT,
                ...acceptUnit("files", "0.0.0.0:8080", "/usr/bin/nc 127.0.0.1 8000"),
            ]),
            RELAY,
        ),
    },
    devNodeCase(
        "systemd files.socket ListenStream=8080 Accept=yes, files@.service ExecStart=/usr/local/bin/relay (written: exec nc 127.0.0.1 8000), before miniserve /",
        devNodeScript("dev-accept-script-loopback-nodes", [
            LO_ROOT,
            ...file("/usr/local/bin/relay", ["#!/bin/sh", "exec nc 127.0.0.1 8000"], "RELAY"),
            "chmod +x /usr/local/bin/relay",
            ...acceptUnit("files", "8080", "/usr/local/bin/relay"),
        ]),
        RELAY,
    ),
    devNodeCase(
        "systemd dbus-relay.socket ListenStream=10000 Accept=yes, StandardInput=socket, ExecStart=socat - UNIX-CONNECT:/run/dbus/system_bus_socket",
        devNodeScript("dev-accept-socat-dbus-nodes", [
            ...acceptUnit("dbus-relay", "10000", "/usr/bin/socat - UNIX-CONNECT:/run/dbus/system_bus_socket"),
        ]),
        SOCKET,
    ),
    devNodeCase(
        "busybox tcpsvd 0 10000 socat - UNIX-CONNECT:/run/dbus/system_bus_socket",
        devNodeScript("dev-tcpsvd-dbus-nodes", [
            "nohup busybox tcpsvd 0 10000 socat - UNIX-CONNECT:/run/dbus/system_bus_socket &",
        ]),
        SOCKET,
    ),
    devNodeCase(
        "socat TCP-LISTEN:8080,fork EXEC:/usr/local/bin/relay (written: exec socat - TCP:127.0.0.1:8000) before miniserve /",
        devNodeScript("dev-socat-exec-script-nodes", [
            LO_ROOT,
            ...file("/usr/local/bin/relay", ["#!/bin/sh", "exec socat - TCP:127.0.0.1:8000"]),
            "chmod +x /usr/local/bin/relay",
            "nohup socat TCP-LISTEN:8080,fork EXEC:/usr/local/bin/relay &",
        ]),
        RELAY,
    ),
    // --- busybox httpd configuration ---
    devNodeCase(
        "busybox httpd -p 8080 -h /var/www -c httpd.conf (relative: HOME's) with P:/x:http://127.0.0.1:8000/ before miniserve /",
        devNodeScript("dev-httpd-relative-conf-nodes", [
            LO_ROOT,
            "mkdir -p /var/www",
            ...file("/var/www/httpd.conf", ["P:/x:http://127.0.0.1:8000/"]),
            "nohup busybox httpd -f -p 8080 -h /var/www -c httpd.conf &",
        ]),
        RELAY,
    ),
    devNodeCase(
        "busybox httpd -p 8080 -h /var/www, /etc/httpd.conf P:/x:http://localhost4:8000/ before miniserve /",
        devNodeScript("dev-httpd-proxy-localhost4-nodes", [
            LO_ROOT,
            "mkdir -p /var/www",
            ...file("/etc/httpd.conf", ["P:/x:http://localhost4:8000/"]),
            "nohup busybox httpd -f -p 8080 -h /var/www &",
        ]),
        RELAY,
    ),
    devNodeCase(
        "busybox httpd -p 8080 -h /var/www, /etc/httpd.conf P:/x:http://[::ffff:127.0.0.1]:8000/ before miniserve /",
        devNodeScript("dev-httpd-proxy-mapped-nodes", [
            LO_ROOT,
            "mkdir -p /var/www",
            ...file("/etc/httpd.conf", ["P:/x:http://[::ffff:127.0.0.1]:8000/"]),
            "nohup busybox httpd -f -p 8080 -h /var/www &",
        ]),
        RELAY,
    ),
];

const secure: NodeCase[] = [
    devNodeCase(
        "socat TCP-LISTEN:8080,fork TCP6:[fe80::10%eth0]:8000 (a link-local neighbour with a zone id)",
        devNodeScript("dev-socat-v6-linklocal-nodes", ["nohup socat TCP-LISTEN:8080,fork TCP6:[fe80::10%eth0]:8000 &"]),
    ),
    devNodeCase(
        "socat TCP-LISTEN:8080,fork TCP:128.0.0.1:8000 (not 127/8)",
        devNodeScript("dev-socat-128-nodes", ["nohup socat TCP-LISTEN:8080,fork TCP:128.0.0.1:8000 &"]),
    ),
    devNodeCase(
        "systemd relay.socket ListenStream=127.0.0.1:10000 Accept=yes, relay@.service socat - TCP:10.0.5.20:8000",
        devNodeScript("dev-accept-socat-remote-nodes", [
            ...acceptUnit("relay", "127.0.0.1:10000", "/usr/bin/socat - TCP:10.0.5.20:8000"),
        ]),
    ),
    devNodeCase(
        "busybox tcpsvd 127.0.0.1 10000 socat - TCP:10.0.5.20:8000 (loopback listener, remote end)",
        devNodeScript("dev-tcpsvd-lo-remote-nodes", [
            "nohup busybox tcpsvd 127.0.0.1 10000 socat - TCP:10.0.5.20:8000 &",
        ]),
    ),
    devNodeCase(
        "busybox httpd -p 8080 -h /var/www (a tree of its own), /etc/httpd.conf A:10.0.0.0/8 D:*",
        devNodeScript("dev-httpd-own-tree-nodes", [
            "mkdir -p /var/www",
            "echo ok > /var/www/index.html",
            ...file("/etc/httpd.conf", ["A:10.0.0.0/8", "D:*"]),
            "nohup busybox httpd -f -p 8080 -h /var/www &",
        ]),
    ),
    devNodeCase(
        "systemd unit: socat TCP-LISTEN:8080,bind=127.0.0.1,fork TCP:127.1:8000 (loopback to loopback) before miniserve /",
        devNodeScript("dev-socat-lo-lo-unit-nodes", [
            LO_ROOT,
            ...systemdUnit("lo-relay", ["ExecStart=/usr/bin/socat TCP-LISTEN:8080,bind=127.0.0.1,fork TCP:127.1:8000"]),
        ]),
    ),
    devNodeCase(
        "podman system service --time=0 (root's default unix:///run/podman/podman.sock only)",
        devNodeScript("dev-podman-service-unix-nodes", ["nohup podman system service --time=0 &"]),
    ),
    devNodeCase(
        "busybox httpd -p 127.0.0.1:8080 -h /var/www, /etc/httpd.conf P:/x:http://127.0.0.1:8000/ (loopback only) before miniserve /",
        devNodeScript("dev-httpd-proxy-lo-nodes", [
            LO_ROOT,
            "mkdir -p /var/www",
            ...file("/etc/httpd.conf", ["P:/x:http://127.0.0.1:8000/"]),
            "nohup busybox httpd -f -p 127.0.0.1:8080 -h /var/www &",
        ]),
    ),
    devNodeCase(
        "ln -s /run/systemd/journal/stdout /opt/log.sock; socat TCP-LISTEN:10000,fork UNIX-CONNECT:/opt/log.sock (the journal's, no root power)",
        devNodeScript("dev-socat-symlink-journal-nodes", [
            "ln -s /run/systemd/journal/stdout /opt/log.sock",
            "nohup socat TCP-LISTEN:10000,fork UNIX-CONNECT:/opt/log.sock &",
        ]),
    ),
    devNodeCase(
        "ln -sf /usr/share/zoneinfo/UTC /etc/localtime beside socat TCP-LISTEN:10000,fork UNIX-CONNECT:/run/myapp/app.sock",
        devNodeScript("dev-socat-unrelated-link-nodes", [
            "ln -sf /usr/share/zoneinfo/UTC /etc/localtime",
            "nohup socat TCP-LISTEN:10000,fork UNIX-CONNECT:/run/myapp/app.sock &",
        ]),
    ),
    devNodeCase(
        "docker.socket drop-in SocketGroup=docker, SocketMode=0660 (the API stays on its unix socket)",
        devNodeScript("dev-docker-socket-group-nodes", [
            "mkdir -p /etc/systemd/system/docker.socket.d",
            ...file("/etc/systemd/system/docker.socket.d/group.conf", [
                "[Socket]",
                "SocketGroup=docker",
                "SocketMode=0660",
            ]),
            "systemctl daemon-reload",
        ]),
    ),
    devNodeCase(
        "systemd files.socket ListenStream=0.0.0.0:8080 Accept=yes, files@.service ExecStart=nc 10.0.5.20 8000 (another host's end), beside miniserve /",
        devNodeScript("dev-accept-nc-remote-nodes", [
            LO_ROOT,
            ...acceptUnit("files", "0.0.0.0:8080", "/usr/bin/nc 10.0.5.20 8000"),
        ]),
    ),
    devNodeCase(
        "systemd files.socket ListenStream=127.0.0.1:8080 Accept=yes, files@.service ExecStart=nc 127.0.0.1 8000 (loopback to loopback), before miniserve /",
        devNodeScript("dev-accept-nc-lo-lo-nodes", [
            LO_ROOT,
            ...acceptUnit("files", "127.0.0.1:8080", "/usr/bin/nc 127.0.0.1 8000"),
        ]),
    ),
];

describeNodeCases("red team 55: node user data (fresh eyes)", insecure, secure);
