// Red-team round 44 on EKS NODE user data (fresh eyes), beyond the container reader of rounds 41–43: what a root
// process started by user data SERVES on the node's network. The pack judges served shells (userData.ts servedShell:
// ncat/nc -e, socat EXEC:/SYSTEM:, systemd-socket-activate --inetd, socket units with StandardInput=socket, each through
// runsClientCommands) and forward proxies (forwardProxies: squid, nginx, httpd, HAProxy, Envoy, Privoxy, tinyproxy) as
// lists of spellings. Probed, as an attacker reading that code: other shell servers (busybox telnetd -l, ttyd, xinetd
// services), programs a served connection runs that hand over a shell without being a shell (`login -f root`,
// `script`), file servers handing every client the node's own files (python http.server by working directory, an NFS
// export of /, an rsync daemon module of /), and SOCKS proxies (microsocks, Dante) that relay pods to instance
// metadata from the node's network namespace (controls: socat EXEC:bash / sudo -i, tinyproxy). Secure neighbours bind
// the same programs to loopback only. The misses were fixed in round 44 (userData.ts SERVERS and SERVER_CONFIGS read
// into listeners, listenerOpenings judging each with one loopback test), with neighbours both ways below.
import { nodePolicyConfig } from "./packRunner";
import { al2023Nodes, describeNodeCases, EFFECTIVE, NodeCase, withScript } from "./nodeBuilders";
import { Resources } from "./support";

const dev = (name: string, edit: (r: Resources) => void, refused = /./, skip = false): NodeCase => ({
    name,
    stack: "dev",
    config: nodePolicyConfig,
    edit,
    refused,
    policy: EFFECTIVE,
    skip,
});

/** A shell part on AL2023 dev nodes. */
const script = (name: string, lines: string[]) => (r: Resources) => al2023Nodes(r, name, withScript(lines));

const INSTALL_SOCAT = ["dnf install -y socat"];
const TTYD = [
    "curl -fsSL -o /usr/local/bin/ttyd https://github.com/tsl0922/ttyd/releases/download/1.7.7/ttyd.x86_64",
    "chmod 0755 /usr/local/bin/ttyd",
];
/** An xinetd service file for `service` with `attrs` (xinetd.conf(5)), then xinetd enabled. */
const xinetd = (service: string, attrs: string[]) => [
    "dnf install -y xinetd",
    `cat > /etc/xinetd.d/${service} <<'EOT'`,
    `service ${service}`,
    "{",
    ...attrs.map(a => `    ${a}`),
    "}",
    "EOT",
    "systemctl enable --now xinetd",
];
/** A Dante SOCKS server (sockd.conf(5)) listening on `internal`, admitting clients `from`. */
const dante = (internal: string, from: string) => [
    "dnf install -y dante-server",
    "cat > /etc/sockd.conf <<'EOT'",
    `internal: ${internal} port = 1080`,
    "external: eth0",
    "socksmethod: none",
    `client pass { from: ${from} to: 0.0.0.0/0 }`,
    `socks pass { from: ${from} to: 0.0.0.0/0 }`,
    "EOT",
    "systemctl enable --now sockd",
];

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 44): busybox telnetd runs the program of `-l` on every connection's pty instead of /bin/login (busybox
    // telnetd usage: "-l LOGIN  Exec LOGIN on connect", "-b ADDR[:PORT] Address to bind to", default every address),
    // so `-l /bin/sh` is an unauthenticated root shell on port 2323 of every node address, which every pod reaches
    // (and from it instance metadata and the kubelet's keys). servedShell() knows only ncat/nc, socat and
    // systemd-socket-activate. Fix: judge telnetd (busybox, inetutils `-E/--exec-login`) by its login program through
    // runsClientCommands and its -b address through localOnly; better, refuse any listener the pack cannot read.
    dev(
        "busybox telnetd -p 2323 -l /bin/sh (a telnet server whose login program is a shell)",
        script("dev-telnetd-sh-nodes", ["dnf install -y busybox", "busybox telnetd -p 2323 -l /bin/sh"]),
        /shell|telnetd/,
    ),
    // Was a MISS (fixed in round 44): `login -f root` logs root in without authentication (login(1): "-f Do not perform authentication, user is
    // preauthenticated"), so socat hands every TCP client on 4444 a root login shell. runsClientCommands() counts only
    // shells, interpreters, su and sudo -s/-i (the `EXEC:'sudo -i'` spelling is refused, below), not login -f. Fix: add
    // `login -f` (and `-f` with a user) to what runs client commands.
    dev(
        "socat TCP-LISTEN:4444,fork EXEC:'/bin/login -f root',pty (a preauthenticated root login per connection)",
        script("dev-socat-login-f-nodes", [
            ...INSTALL_SOCAT,
            "nohup socat TCP-LISTEN:4444,reuseaddr,fork EXEC:'/bin/login -f root',pty,stderr,setsid >/dev/null 2>&1 &",
        ]),
        /shell/,
    ),
    // Was a MISS (fixed in round 44): script(1) without -c runs an interactive shell ($SHELL, else /bin/sh: "script makes a typescript of
    // everything on your terminal ... the shell forked by script"), the usual way to give a socat connection a pty;
    // runsClientCommands() does not know it. Fix: script without -c/--command (and with -c running a shell) runs client
    // commands.
    dev(
        "socat TCP-LISTEN:4444,fork EXEC:'script -q /dev/null',pty (script(1) forks an interactive shell)",
        script("dev-socat-script-nodes", [
            ...INSTALL_SOCAT,
            "nohup socat TCP-LISTEN:4444,reuseaddr,fork EXEC:'script -q /dev/null',pty,stderr,setsid >/dev/null 2>&1 &",
        ]),
        /shell/,
    ),
    // Was a MISS (fixed in round 44): ttyd serves its command in a browser terminal on every interface, port 7681, with no authentication
    // unless -c is given (tsl0922/ttyd man/ttyd.man.md: "-p, --port ... default: 7681", "-i, --interface Network
    // interface to bind", "-c, --credential ... Basic Authentication"; -W lets clients write): `ttyd -W bash` as root is
    // a root shell for every pod. Fix: judge ttyd/gotty by their command (runsClientCommands) and -i/-c.
    dev(
        "ttyd -p 7681 -W bash (a web terminal on every address, no credential)",
        script("dev-ttyd-bash-nodes", [...TTYD, "nohup /usr/local/bin/ttyd -p 7681 -W bash >/dev/null 2>&1 &"]),
        /shell|ttyd/,
    ),
    // Was a MISS (fixed in round 44): an xinetd service runs `server` with `server_args` as `user`, the connection as its standard input and
    // output (xinetd.conf(5): server, server_args, user, socket_type, wait; RHEL deployment guide, "The
    // /etc/xinetd.d/ Directory"), so `server = /bin/bash` `server_args = -i` as root is an inetd root shell on port 2324
    // of every address (no `bind`/`only_from`). socketShellOpenings() reads systemd socket units only. Fix: read
    // /etc/xinetd.d and xinetd.conf services (server + server_args through runsClientCommands, bind/only_from through
    // localOnly), or refuse an xinetd service the pack cannot read.
    dev(
        "xinetd service with server = /bin/bash, server_args = -i, user = root (an inetd shell)",
        script(
            "dev-xinetd-bash-nodes",
            xinetd("debug-shell", [
                "type = UNLISTED",
                "port = 2324",
                "socket_type = stream",
                "protocol = tcp",
                "wait = no",
                "user = root",
                "server = /bin/bash",
                "server_args = -i",
            ]),
        ),
        /shell|xinetd/,
    ),
    // Was a MISS (fixed in round 44): python's http.server serves the working directory when given no --directory (Python docs, http.server
    // SimpleHTTPRequestHandler: "serves files from the directory directory and below, or the current directory if
    // directory is not provided"; it binds every address by default). After `cd /var/lib/kubelet` it hands
    // kubeconfig and pki/kubelet-client-current.pem (the node's identity: the Node authorizer gives it the Secrets of
    // the node's pods) to every pod over HTTP. The `--directory /var/lib/kubelet` spelling is refused (round 37), and
    // round 34 decided `python3 -m` reads its working directory for sys.path, but the served directory is not judged.
    // Fix: judge http.server's served directory (--directory, else the reader's cwd) as a node-secret copy to the
    // network unless bound to loopback.
    dev(
        "cd /var/lib/kubelet, then python3 -m http.server 8080 (serves the working directory on every address)",
        script("dev-http-server-cwd-kubelet-nodes", [
            "cd /var/lib/kubelet",
            "nohup python3 -m http.server 8080 >/dev/null 2>&1 &",
        ]),
        /kubelet/,
    ),
    // Was a MISS (fixed in round 44): an NFS export of / with no_root_squash (exports(5): a client's uid 0 stays root on the server) to the VPC
    // CIDR lets every client read /var/lib/kubelet/pki and every pod's projected token under /var/lib/kubelet/pods.
    // Pods reach it without privileges: a Pod Security baseline pod may use an `nfs` volume (Kubernetes "Pod Security
    // Standards": baseline forbids only hostPath volumes; restricted limits volume types), and the kubelet mounts it as
    // root. /etc/exports naming `/` names no node-secret path, so nothing is refused. Fix: judge /etc/exports and
    // /etc/exports.d (and `exportfs -o`) entries as binds of the exported path to the clients: refuse one at, above or
    // inside a node-secret path unless exported to loopback only.
    dev(
        "/etc/exports: / 10.0.0.0/8(ro,no_root_squash,crossmnt), then nfs-server (the node's root over NFS)",
        script("dev-nfs-export-root-nodes", [
            "dnf install -y nfs-utils",
            "echo '/ 10.0.0.0/8(ro,no_root_squash,crossmnt)' > /etc/exports",
            "systemctl enable --now nfs-server",
        ]),
        /exports|nfs|\//,
    ),
    // Was a MISS (fixed in round 44): an rsync daemon module serves `path` as `uid` to every client unless `auth users`/`hosts allow` limit it
    // (rsyncd.conf(5): uid/gid "default nobody"; "hosts allow ... default allows all"), so `[root] path = /` with
    // `uid = root` lets any pod `rsync rsync://NODE/root/var/lib/kubelet/pki/ .`. Fix: read rsyncd.conf modules like
    // exports (path over node secrets, uid root, no auth users, no loopback-only hosts allow → refused).
    dev(
        "rsyncd.conf module [root] path = / uid = root (no auth users), then rsyncd",
        script("dev-rsyncd-root-nodes", [
            "cat > /etc/rsyncd.conf <<'EOT'",
            "[root]",
            "    path = /",
            "    uid = root",
            "    read only = yes",
            "EOT",
            "systemctl enable --now rsyncd",
        ]),
        /rsync/,
    ),
    // Was a MISS (fixed in round 44): microsocks is a SOCKS5 proxy listening on 0.0.0.0:1080 by default, no authentication unless -u/-P
    // (rofl0r/microsocks README; "-i listenip -p port"). A pod connects through it to 169.254.169.254 from the node's
    // network namespace, one hop from IMDS, so the hop limit of 1 protects nothing and the pod gets the node role, as
    // with the squid/tinyproxy relays the pack refuses (forwardProxies). Fix: treat SOCKS servers (microsocks, gost
    // -L socks5://, dante, ssh -D with a non-loopback bind) as forward proxies judged by their listen address.
    dev(
        "microsocks -i 0.0.0.0 -p 1080 (an unauthenticated SOCKS5 proxy on the node)",
        script("dev-microsocks-nodes", ["nohup /usr/local/bin/microsocks -i 0.0.0.0 -p 1080 >/dev/null 2>&1 &"]),
        /proxy|metadata|socks/i,
    ),
    // Was a MISS (fixed in round 44): Dante's sockd with `internal: eth0` and `socksmethod: none` relays any client's CONNECT to any address
    // (sockd.conf(5): internal, socksmethod, client pass/socks pass rules), instance metadata included, from the node.
    // Fix as microsocks: read sockd.conf's `internal` and `client pass` sources.
    dev(
        "Dante sockd: internal: eth0 port = 1080, socksmethod: none, pass from 0.0.0.0/0",
        script("dev-dante-open-nodes", dante("eth0", "0.0.0.0/0")),
        /proxy|metadata|socks/i,
    ),
    // Round 44 neighbours (refused): the same classes in other spellings, each beyond loopback.
    // netkit's in.telnetd -L LOGINPRG under xinetd: the login program is a shell (runsClientCommands reads telnetd's).
    dev(
        "xinetd telnet service running in.telnetd -L /bin/bash (a telnet login program that is a shell)",
        script(
            "dev-xinetd-telnetd-bash-nodes",
            xinetd("telnet", [
                "socket_type = stream",
                "wait = no",
                "user = root",
                "server = /usr/sbin/in.telnetd",
                "server_args = -L /bin/bash",
                "only_from = 10.0.0.0/8",
            ]),
        ),
        /telnetd -L \/bin\/bash/,
    ),
    // inetd.conf(5): `service socket-type protocol wait user program argv...` (argv[0] first).
    dev(
        "inetd.conf line 2324 stream tcp nowait root /bin/bash bash -i",
        script("dev-inetd-bash-nodes", ["echo '2324 stream tcp nowait root /bin/bash bash -i' >> /etc/inetd.conf"]),
        /inetd service 2324/,
    ),
    dev(
        "socat TCP-LISTEN:4444,fork EXEC:'script -qc bash /dev/null' (script -c running a shell)",
        script("dev-socat-script-c-bash-nodes", [
            ...INSTALL_SOCAT,
            "nohup socat TCP-LISTEN:4444,reuseaddr,fork EXEC:'script -qc bash /dev/null',pty >/dev/null 2>&1 &",
        ]),
        /shell/,
    ),
    dev(
        "ttyd -i eth0 -p 7681 bash (ttyd 1.6 writes by default; -R only makes it read-only)",
        script("dev-ttyd-eth0-bash-nodes", [
            ...TTYD,
            "nohup /usr/local/bin/ttyd -i eth0 -p 7681 bash >/dev/null 2>&1 &",
        ]),
        /ttyd bash on eth0/,
    ),
    dev(
        "gotty -w bash (a writable web terminal, default address 0.0.0.0)",
        script("dev-gotty-w-bash-nodes", ["nohup /usr/local/bin/gotty -w bash >/dev/null 2>&1 &"]),
        /gotty bash/,
    ),
    dev(
        "cd /, then python3 -m http.server (the node's root, cloud-init's working directory)",
        script("dev-http-server-root-nodes", ["cd /", "nohup python3 -m http.server 8000 >/dev/null 2>&1 &"]),
        /serves \/ to the node's network/,
    ),
    dev(
        "cd /var/lib/kubelet, then python3 -u -m http.server -d pki (a relative --directory from the working directory)",
        script("dev-http-server-relative-pki-nodes", [
            "cd /var/lib/kubelet",
            "nohup python3 -u -m http.server 8080 -d pki >/dev/null 2>&1 &",
        ]),
        /serves \/var\/lib\/kubelet\/pki/,
    ),
    dev(
        "cd /etc/kubernetes, then busybox httpd -p 8080 (home: the working directory)",
        script("dev-busybox-httpd-kubernetes-nodes", ["cd /etc/kubernetes", "busybox httpd -p 8080"]),
        /serves \/etc\/kubernetes/,
    ),
    dev(
        "exportfs -o ro,no_root_squash 10.0.0.0/8:/var/lib/kubelet",
        script("dev-exportfs-kubelet-nodes", ["exportfs -o ro,no_root_squash 10.0.0.0/8:/var/lib/kubelet"]),
        /serves \/var\/lib\/kubelet/,
    ),
    dev(
        "/etc/exports.d/var.exports: /var with root_squash to the VPC (above the kubelet's directory)",
        script("dev-exports-var-nodes", [
            "echo '/var 10.0.0.0/8(ro,root_squash,crossmnt)' > /etc/exports.d/var.exports",
        ]),
        /NFS export/,
    ),
    dev(
        "rsyncd.conf module of /var/lib/kubelet/pods with auth users (a password user data holds)",
        script("dev-rsyncd-pods-auth-nodes", [
            "cat > /etc/rsyncd.conf <<'EOT'",
            "[pods]",
            "    path = /var/lib/kubelet/pods",
            "    auth users = backup",
            "    secrets file = /etc/rsyncd.secrets",
            "    hosts allow = 10.0.0.0/8",
            "EOT",
        ]),
        /rsync daemon module \[pods\]/,
    ),
    dev(
        "microsocks -p 1080 (its default listen address, 0.0.0.0)",
        script("dev-microsocks-default-nodes", ["nohup /usr/local/bin/microsocks -p 1080 >/dev/null 2>&1 &"]),
        /microsocks/,
    ),
    dev(
        "gost -L :1080 (HTTP and SOCKS5 on every address)",
        script("dev-gost-auto-nodes", ["nohup /usr/local/bin/gost -L :1080 >/dev/null 2>&1 &"]),
        /gost -L :1080/,
    ),
    dev(
        "ssh -f -N -D 0.0.0.0:1080 tunnel@localhost (dynamic forwarding bound beyond loopback)",
        script("dev-ssh-d-any-nodes", ["ssh -f -N -D 0.0.0.0:1080 tunnel@localhost"]),
        /ssh -D 0\.0\.0\.0:1080/,
    ),
    dev(
        "ssh -g -f -N -D 1080 tunnel@localhost (-g: GatewayPorts for a port alone)",
        script("dev-ssh-g-d-nodes", ["ssh -g -f -N -D 1080 tunnel@localhost"]),
        /ssh -D 1080/,
    ),
    dev(
        "ssh -o GatewayPorts=yes -f -N -D 1080 tunnel@localhost",
        script("dev-ssh-gatewayports-d-nodes", ["ssh -o GatewayPorts=yes -f -N -D 1080 tunnel@localhost"]),
        /ssh -D 1080/,
    ),
    dev(
        "Dante sockd: internal: 0.0.0.0, clients from 10.0.0.0/8 (the VPC: every pod)",
        script("dev-dante-vpc-nodes", dante("0.0.0.0", "10.0.0.0/8")),
        /Dante/,
    ),
    // Controls (refused).
    dev(
        "socat TCP-LISTEN:4444,fork EXEC:/bin/bash (control for login -f and script)",
        script("dev-socat-bash-nodes", [
            ...INSTALL_SOCAT,
            "nohup socat TCP-LISTEN:4444,reuseaddr,fork EXEC:/bin/bash,pty,stderr,setsid >/dev/null 2>&1 &",
        ]),
        /shell/,
    ),
    dev(
        "socat TCP-LISTEN:4444,fork EXEC:'/usr/bin/sudo -i' (control: sudo -i is read as a shell)",
        script("dev-socat-sudo-i-nodes", [
            ...INSTALL_SOCAT,
            "nohup socat TCP-LISTEN:4444,reuseaddr,fork EXEC:'/usr/bin/sudo -i' >/dev/null 2>&1 &",
        ]),
        /shell/,
    ),
    // Was a MISS (fixed in round 44): the same server named by --directory, started from the script itself: refused in a systemd unit's
    // ExecStart= (redteam37-node, "a root unit serving /var/lib/kubelet over HTTP", whose unit file names node secrets)
    // but accepted as a backgrounded command of the user data script, where root reading /var/lib/kubelet is allowed
    // and what http.server does with it is not judged (Python docs, http.server: "-d/--directory", binds every
    // address by default). Every pod fetches http://NODE:8080/pki/kubelet-client-current.pem. Fix: judge a network
    // server's served directory (http.server --directory/cwd, busybox httpd -h, exports, rsyncd modules) wherever it
    // is started, as a copy of what it serves to every pod unless it binds loopback only.
    dev(
        "python3 -m http.server 8080 --directory /var/lib/kubelet, started from the user data script",
        script("dev-http-server-dir-kubelet-nodes", [
            "nohup python3 -m http.server 8080 --directory /var/lib/kubelet >/dev/null 2>&1 &",
        ]),
        /kubelet/,
    ),
    dev(
        "tinyproxy with Allow 0.0.0.0/0 (control for the SOCKS proxies)",
        script("dev-tinyproxy-open-nodes", [
            "dnf install -y tinyproxy",
            "cat > /etc/tinyproxy/tinyproxy.conf <<'EOT'",
            "Port 8888",
            "Allow 0.0.0.0/0",
            "EOT",
            "systemctl enable --now tinyproxy",
        ]),
        /tinyproxy/,
    ),
];

const secure: NodeCase[] = [
    dev(
        "busybox telnetd -b 127.0.0.1 -p 2323 (its default login program, loopback only)",
        script("dev-telnetd-lo-ok-nodes", ["dnf install -y busybox", "busybox telnetd -b 127.0.0.1 -p 2323"]),
    ),
    dev(
        "socat TCP-LISTEN:4444,bind=127.0.0.1 EXEC:'script -q /dev/null' (a shell on loopback only)",
        script("dev-socat-script-lo-ok-nodes", [
            ...INSTALL_SOCAT,
            "nohup socat TCP-LISTEN:4444,bind=127.0.0.1,reuseaddr,fork EXEC:'script -q /dev/null',pty >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "ttyd -i lo -p 7681 bash (a web terminal on loopback only)",
        script("dev-ttyd-lo-ok-nodes", [...TTYD, "nohup /usr/local/bin/ttyd -i lo -p 7681 bash >/dev/null 2>&1 &"]),
    ),
    dev(
        "xinetd's internal echo service bound to 127.0.0.1",
        script(
            "dev-xinetd-echo-ok-nodes",
            xinetd("echo", [
                "type = INTERNAL",
                "id = echo-stream",
                "socket_type = stream",
                "protocol = tcp",
                "user = root",
                "wait = no",
                "bind = 127.0.0.1",
            ]),
        ),
    ),
    dev(
        "xinetd shell service bound to 127.0.0.1 (server = /bin/bash, loopback only)",
        script(
            "dev-xinetd-bash-lo-ok-nodes",
            xinetd("debug-shell", [
                "type = UNLISTED",
                "port = 2324",
                "socket_type = stream",
                "protocol = tcp",
                "wait = no",
                "user = root",
                "bind = 127.0.0.1",
                "server = /bin/bash",
                "server_args = -i",
            ]),
        ),
    ),
    dev(
        "cd /usr/share/doc, then python3 -m http.server 8080 --bind 127.0.0.1",
        script("dev-http-server-doc-ok-nodes", [
            "cd /usr/share/doc",
            "nohup python3 -m http.server 8080 --bind 127.0.0.1 >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "microsocks -i 127.0.0.1 -p 1080 (loopback only)",
        script("dev-microsocks-lo-ok-nodes", [
            "nohup /usr/local/bin/microsocks -i 127.0.0.1 -p 1080 >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "gost -L socks5://127.0.0.1:1080 (loopback only)",
        script("dev-gost-lo-ok-nodes", ["nohup /usr/local/bin/gost -L socks5://127.0.0.1:1080 >/dev/null 2>&1 &"]),
    ),
    dev(
        "Dante sockd: internal: 127.0.0.1, clients from 127.0.0.0/8 only",
        script("dev-dante-lo-ok-nodes", dante("127.0.0.1", "127.0.0.0/8")),
    ),
    dev(
        "ncat -lk 127.0.0.1 4444 --sh-exec 'exec bash' (a shell on loopback only)",
        script("dev-ncat-lo-ok-nodes", [
            "dnf install -y nmap-ncat",
            "nohup ncat -lk 127.0.0.1 4444 --sh-exec 'exec bash' >/dev/null 2>&1 &",
        ]),
    ),
    // Round 44 neighbours (accepted): a login that asks for a password, read-only terminals, commands of their own,
    // directories without node secrets, fixed forwards and loopback binds.
    dev(
        "busybox telnetd -p 2323 (its default login program on every address: login asks for a password)",
        script("dev-telnetd-login-ok-nodes", ["dnf install -y busybox", "busybox telnetd -p 2323"]),
    ),
    dev(
        "socat TCP-LISTEN:4444,fork EXEC:/bin/login,pty (login without -f asks for a password)",
        script("dev-socat-login-ok-nodes", [
            ...INSTALL_SOCAT,
            "nohup socat TCP-LISTEN:4444,reuseaddr,fork EXEC:/bin/login,pty,stderr,setsid >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "socat TCP-LISTEN:4444,fork EXEC:'script -qc /usr/bin/uptime /dev/null' (script -c running its own command)",
        script("dev-socat-script-uptime-ok-nodes", [
            ...INSTALL_SOCAT,
            "nohup socat TCP-LISTEN:4444,reuseaddr,fork EXEC:'script -qc /usr/bin/uptime /dev/null',pty >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "ttyd -p 7681 -R bash (read-only) and ttyd -p 7682 -W htop (a program of its own)",
        script("dev-ttyd-readonly-ok-nodes", [
            ...TTYD,
            "nohup /usr/local/bin/ttyd -p 7681 -R bash >/dev/null 2>&1 &",
            "nohup /usr/local/bin/ttyd -p 7682 -W htop >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "gotty bash (read-only by default) and gotty -a 127.0.0.1 -w bash",
        script("dev-gotty-ok-nodes", [
            "nohup /usr/local/bin/gotty bash >/dev/null 2>&1 &",
            "nohup /usr/local/bin/gotty -a 127.0.0.1 -w bash >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "xinetd shell service with disable = yes",
        script(
            "dev-xinetd-disabled-ok-nodes",
            xinetd("debug-shell", [
                "disable = yes",
                "socket_type = stream",
                "wait = no",
                "user = root",
                "server = /bin/bash",
            ]),
        ),
    ),
    dev(
        "inetd.conf line 127.0.0.1:2324 stream tcp nowait root /bin/bash bash -i (loopback only)",
        script("dev-inetd-lo-ok-nodes", [
            "echo '127.0.0.1:2324 stream tcp nowait root /bin/bash bash -i' >> /etc/inetd.conf",
        ]),
    ),
    dev(
        "python3 -m http.server 8080 --directory /var/www/html on every address (no node secrets there)",
        script("dev-http-server-www-ok-nodes", [
            "nohup python3 -m http.server 8080 --directory /var/www/html >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "python3 -m http.server --directory /var/lib/kubelet --bind 127.0.0.1 (node secrets to loopback only)",
        script("dev-http-server-kubelet-lo-ok-nodes", [
            "nohup python3 -m http.server 8080 --directory /var/lib/kubelet --bind 127.0.0.1 >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "cd /var/lib/kubelet, then python3 -m http.server -b ::1 (IPv6 loopback only)",
        script("dev-http-server-kubelet-v6-lo-ok-nodes", [
            "cd /var/lib/kubelet",
            "nohup python3 -m http.server 8080 -b ::1 >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "busybox httpd -p 8080 -h /var/www (a web root without node secrets)",
        script("dev-busybox-httpd-www-ok-nodes", ["busybox httpd -p 8080 -h /var/www"]),
    ),
    // exports(5) of a directory outside the data directories (/srv is one: a pod swapping /srv/share for a link to /
    // before exportfs resolves it would export the node's root, so rootReads refuses a root process reading it).
    dev(
        "/etc/exports: /export/share 10.0.0.0/8(rw,root_squash) (no node secrets), and exportfs to localhost",
        script("dev-exports-share-ok-nodes", [
            "echo '/export/share 10.0.0.0/8(rw,root_squash,sync)' > /etc/exports",
            "exportfs -o ro localhost:/var/lib/kubelet",
            "systemctl enable --now nfs-server",
        ]),
    ),
    dev(
        "rsyncd.conf: [logs] of /var/log/app to the VPC, [root] of / to 127.0.0.1 only",
        script("dev-rsyncd-ok-nodes", [
            "cat > /etc/rsyncd.conf <<'EOT'",
            "[logs]",
            "    path = /var/log/app",
            "    hosts allow = 10.0.0.0/8",
            "[root]",
            "    path = /",
            "    hosts allow = 127.0.0.1",
            "EOT",
            "systemctl enable --now rsyncd",
        ]),
    ),
    dev(
        "gost -L tcp://:8080/10.0.1.5:80 (a fixed forward, no proxy)",
        script("dev-gost-forward-ok-nodes", ["nohup /usr/local/bin/gost -L tcp://:8080/10.0.1.5:80 >/dev/null 2>&1 &"]),
    ),
    dev(
        "ssh -f -N -D 1080 tunnel@localhost (GatewayPorts no: loopback only)",
        script("dev-ssh-d-lo-ok-nodes", ["ssh -f -N -D 1080 tunnel@localhost"]),
    ),
    dev(
        "Dante sockd: internal: eth0, clients from 127.0.0.0/8 only",
        script("dev-dante-eth0-lo-clients-ok-nodes", dante("eth0", "127.0.0.0/8")),
    ),
];

describeNodeCases("red team round 44: node user data serving shells, files and proxies", insecure, secure);
