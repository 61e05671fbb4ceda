// Red-team round 45 on EKS NODE user data (fresh eyes): round 44's network-server table (userData.ts SERVERS,
// SERVER_CONFIGS, listenerOpenings) read as an attacker would. Probed: how a server is STARTED (systemd-run's
// transient service, `env -C` setting its working directory, tcpd(8) between inetd and the real daemon, busybox
// tcpsvd and websocketd as inetd-like launchers), WHAT a served terminal runs (tmux sessions under ttyd/gotty that
// open new shell windows, nsenter in front of a shell), file servers the table does not list (an rsync daemon with its
// own --config, Samba guest shares, PHP's built-in server) and proxies configured outside the command line (ssh_config
// GatewayPorts/DynamicForward). Secure neighbours bind the same programs to loopback, serve directories without node
// secrets, or keep read-only terminals and password logins.
// Finding: SERVERS/SERVER_CONFIGS are a list of spellings (a denylist inside the allowlist): every launcher, shell
// front-end and file server outside them is accepted (12 misses below). ssh_config GatewayPorts/DynamicForward are
// refused, but by the blanket rule on root's and the system's ssh client configuration (NODE_CONFIG_PATHS), not by
// the proxy reading; a loopback-only ~/.ssh/config is refused by the same rule (not filed: deliberate).
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

const TTYD = [
    "curl -fsSL -o /usr/local/bin/ttyd https://github.com/tsl0922/ttyd/releases/download/1.7.7/ttyd.x86_64",
    "chmod 0755 /usr/local/bin/ttyd",
];
const WEBSOCKETD = [
    "curl -fsSL -o /tmp/websocketd.zip https://github.com/joewalnes/websocketd/releases/download/v0.4.1/websocketd-0.4.1-linux_amd64.zip",
    "unzip -o /tmp/websocketd.zip websocketd -d /usr/local/bin",
];
/** An rsync daemon reading `config` (rsync(1) --daemon --config=FILE), its module lines written there first. */
const rsyncDaemon = (config: string, module: string[], extra = "") => [
    `cat > ${config} <<'EOT'`,
    ...module,
    "EOT",
    `rsync --daemon --config=${config}${extra}`,
];
/** Samba with one share (smb.conf(5)), then smb started. */
const samba = (global: string[], share: string[]) => [
    "dnf install -y samba",
    "cat > /etc/samba/smb.conf <<'EOT'",
    "[global]",
    "    workgroup = WORKGROUP",
    "    map to guest = Bad User",
    ...global.map(l => `    ${l}`),
    ...share,
    "EOT",
    "systemctl enable --now smb",
];

const insecure: NodeCase[] = [
    // Was a MISS (fixed in round 45): systemd-run starts its COMMAND as a transient service (systemd-run(1): "create and start a transient .service
    // ... unit and run the specified COMMAND in it"), whose working directory is / (systemd.exec(5) WorkingDirectory=:
    // "defaults to the root directory when systemd is running as a system instance"), so http.server serves the node's
    // root, /var/lib/kubelet/pki and every pod's token, to every pod on 8080. ran() sees `systemd-run` as the program
    // (it is not in shell.ts WRAPPERS) and commandListeners never reaches python. Fix: read systemd-run (and its -p
    // WorkingDirectory=, --working-directory, --same-dir) as a launcher: judge its COMMAND through SERVERS with cwd /.
    dev(
        "systemd-run --unit=debug-http python3 -m http.server 8080 (a transient service: working directory /)",
        script("dev-systemd-run-http-nodes", ["systemd-run --unit=debug-http /usr/bin/python3 -m http.server 8080"]),
        /serves|http\.server|systemd-run/,
    ),
    // Was a MISS (fixed in round 45): the same transient service with its working directory set by a property (systemd-run(1) -p/--property
    // takes unit settings; systemd.exec(5) WorkingDirectory=): /var/lib, above /var/lib/kubelet, is served on every
    // address. Accepted for the reason above. Fix as above, taking -p WorkingDirectory= as the served directory.
    dev(
        "systemd-run -p WorkingDirectory=/var/lib python3 -m http.server (the kubelet's parent served)",
        script("dev-systemd-run-http-varlib-nodes", [
            "systemd-run --unit=debug-http -p WorkingDirectory=/var/lib /usr/bin/python3 -m http.server 8080",
        ]),
        /serves|http\.server|systemd-run/,
    ),
    // Was a MISS (fixed in round 45): GNU env -C/--chdir DIR changes the working directory before running COMMAND (coreutils env(1): "-C,
    // --chdir=DIR change working directory to DIR"), so http.server serves /var/lib/kubelet (the kubelet's client key,
    // every pod's token) to every pod. shell.ts WRAPPERS skips env's -C value but ran() gets the script's cwd
    // (/opt/debug), which holds no node secrets. Fix: in rootReads, give the command after `env -C DIR` (and
    // `--chdir=DIR`) the working directory DIR resolved against cwd (see the secure neighbour refused for the reverse).
    dev(
        "cd /opt/debug, then env -C /var/lib/kubelet python3 -m http.server 8080 (env --chdir)",
        script("dev-env-chdir-http-kubelet-nodes", [
            "mkdir -p /opt/debug",
            "cd /opt/debug",
            "nohup env -C /var/lib/kubelet python3 -m http.server 8080 >/dev/null 2>&1 &",
        ]),
        /kubelet/,
    ),
    // Was a MISS (fixed in round 45): tcpd(8), the TCP wrapper, sits between inetd and the real daemon and runs the program its argv[0] names
    // (Debian Administrator's Handbook, "The inetd super-server": "tcpd relies on the name under which it was invoked
    // (that is, the first argument, argv[0]) to identify the real program to run"); with no /etc/hosts.allow or
    // hosts.deny it admits every client (hosts_access(5)). So this line is an inetd root shell on port 2324 of every
    // address. inetdListeners builds the command from the server program and argv[1..] (`/usr/sbin/tcpd -i`),
    // dropping argv[0] (/bin/bash), and tcpd is not a shell. Fix: when the server program is tcpd, judge argv[0] and
    // its arguments (a bare name: in tcpd's REAL_DAEMON_DIR) through runsClientCommands.
    dev(
        "inetd.conf line 2324 stream tcp nowait root /usr/sbin/tcpd /bin/bash -i (tcpd runs argv[0])",
        script("dev-inetd-tcpd-bash-nodes", [
            "echo '2324 stream tcp nowait root /usr/sbin/tcpd /bin/bash -i' >> /etc/inetd.conf",
        ]),
        /inetd|shell/,
    ),
    // Was a MISS (fixed in round 45): busybox tcpsvd "Create TCP socket, bind to IP:PORT and listen for incoming connection. Run PROG for each
    // connection" with the socket as standard input and output ("IP  IP to listen on, 0 = all"; ipsvd tcpsvd(8)),
    // so `tcpsvd 0.0.0.0 2324 /bin/sh -i` is an unauthenticated root shell for every pod. SERVERS lists ncat, socat,
    // systemd-socket-activate and telnetd, not the ipsvd/ucspi super-servers (tcpsvd, udpsvd, tcpserver). Fix: read
    // `tcpsvd [opts] IP PORT PROG...` (and tcpserver HOST PORT PROG) as a listener on IP serving PROG as a shell.
    dev(
        "busybox tcpsvd -vE 0.0.0.0 2324 /bin/sh -i (busybox's TCP super-server running a shell)",
        script("dev-tcpsvd-sh-nodes", [
            "dnf install -y busybox",
            "nohup busybox tcpsvd -vE 0.0.0.0 2324 /bin/sh -i >/dev/null 2>&1 &",
        ]),
        /shell|tcpsvd/,
    ),
    // Was a MISS (fixed in round 45): websocketd "turns any program that uses STDIN/STDOUT into a WebSocket server" (websocketd(8)): each
    // connection runs COMMAND with every client message piped to its standard input, on every address by default
    // ("--address=ADDRESS ... Default: \"\" (all)"). `websocketd --port=8080 /bin/bash` runs whatever a pod sends as
    // root on the node. Not in SERVERS. Fix: read websocketd (--address, COMMAND after its options; --dir/--staticdir
    // as served directories) like ttyd.
    dev(
        "websocketd --port=8080 bash (a WebSocket server on every address piping each client into bash)",
        script("dev-websocketd-bash-nodes", [
            ...WEBSOCKETD,
            "nohup /usr/local/bin/websocketd --port=8080 /bin/bash >/dev/null 2>&1 &",
        ]),
        /shell|websocketd/,
    ),
    // Was a MISS (fixed in round 45): tmux, ttyd's own multi-client sharing recipe, gives any client typing into it a shell: a new window
    // (C-b c) runs the default-shell (tmux(1) default-command: "The default is an empty string, which instructs tmux
    // to create a login shell using the value of the default-shell option"), and `tmux new` with no command is that
    // shell itself. ttydListeners judges the command `tmux new -A -s ops` through runsClientCommands, which knows
    // shells, su/sudo, login -f, script and telnetd, not terminal multiplexers. Fix: count tmux and screen (and
    // programs that spawn a shell on request) as running client commands when served writable.
    dev(
        "ttyd -W tmux new -A -s ops (a writable tmux session: any client opens a new shell window)",
        script("dev-ttyd-tmux-nodes", [
            ...TTYD,
            "dnf install -y tmux",
            "nohup /usr/local/bin/ttyd -p 7681 -W tmux new -A -s ops >/dev/null 2>&1 &",
        ]),
        /ttyd|shell/,
    ),
    // Was a MISS (fixed in round 45): the GoTTY README's own advice ("If you need interaction with the PTY, consider starting gotty with tmux or
    // GNU Screen and run your main command on it"), with -w ("Permit clients to write to the TTY (BE CAREFUL)"):
    // the client presses C-b c and gets a root shell (tmux(1) default-command). Same gap as ttyd's above.
    dev(
        "gotty -w tmux new -A -s gotty top (GoTTY's README sharing recipe, made writable)",
        script("dev-gotty-tmux-nodes", [
            "dnf install -y tmux",
            "nohup /usr/local/bin/gotty -w tmux new -A -s gotty top >/dev/null 2>&1 &",
        ]),
        /gotty|shell/,
    ),
    // Was a MISS (fixed in round 45): nsenter runs its program in PID 1's namespaces, the node's own (nsenter(1): "executes program in the
    // namespace(s) ... If program is not given, then ${SHELL} is run"), so each connection gets an interactive root
    // bash. runsClientCommands reads the first word after shell.ts WRAPPERS (sudo, env, nohup, setsid ...); nsenter,
    // chroot, unshare and similar launchers are not among them, so `nsenter ... bash -i` is not a shell. Fix: add
    // nsenter (options with values: -t, -S, -G, -w, -r), chroot (its root operand), unshare to WRAPPERS, and count a
    // bare nsenter (no program) as a shell.
    dev(
        "socat TCP-LISTEN:4444,fork EXEC:'nsenter -t 1 -a /bin/bash -i' (nsenter in front of a shell)",
        script("dev-socat-nsenter-bash-nodes", [
            "dnf install -y socat",
            "nohup socat TCP-LISTEN:4444,reuseaddr,fork EXEC:'/usr/bin/nsenter -t 1 -a /bin/bash -i',pty,stderr >/dev/null 2>&1 &",
        ]),
        /shell/,
    ),
    // Was a MISS (fixed in round 45): `rsync --daemon --config=FILE` reads its modules from FILE (rsync(1): "--config=FILE This specifies an
    // alternate config file than the default ... The default is /etc/rsyncd.conf"), so a module of / as uid root with
    // no hosts allow is served to every pod (rsync://NODE/root/var/lib/kubelet/pki/). SERVER_CONFIGS reads only
    // /etc/rsyncd.conf, and the rsync command is not in SERVERS. Fix: read `rsync --daemon` as a server whose
    // configuration is --config (default /etc/rsyncd.conf) and --address, judging that file's modules when user
    // data writes it (and refusing a configuration it cannot read).
    dev(
        "rsync --daemon --config=/etc/rsyncd-nodes.conf with [root] path = / uid = root (a config of its own)",
        script(
            "dev-rsync-daemon-config-nodes",
            rsyncDaemon("/etc/rsyncd-nodes.conf", ["[root]", "    path = /", "    uid = root", "    read only = yes"]),
        ),
        /rsync/,
    ),
    // Was a MISS (fixed in round 45): a Samba share with `guest ok = yes` (and `map to guest = Bad User`) admits any client as the guest, and
    // `force user = root` performs every file operation as root (smb.conf(5) force user: "all file operations will be
    // performed as the forced user"); smbd listens on every interface unless `interfaces` + `bind interfaces only`.
    // Any pod with smbclient reads //NODE/node/var/lib/kubelet/pki. /etc/samba/smb.conf is not in SERVER_CONFIGS and
    // `path = /` names no node-secret path. Fix: read smb.conf shares ([global] interfaces/bind interfaces only/hosts
    // allow; share path) as file servers in SERVER_CONFIGS.
    dev(
        "Samba guest share of / with force user = root (smb.conf(5))",
        script(
            "dev-samba-guest-root-nodes",
            samba([], ["[node]", "    path = /", "    guest ok = yes", "    read only = yes", "    force user = root"]),
        ),
        /samba|smb|serves/i,
    ),
    // Was a MISS (fixed in round 45): PHP's built-in web server (php -S ADDR:PORT, PHP RFC "Built-in web server"; -t sets the document root,
    // else the working directory) serves the files under its root to whoever connects: GET /kubelet/pki/kubelet-
    // client-current.pem returns the node's key, from a process running as root. Not in SERVERS (python's
    // http.server and busybox httpd are). Fix: read `php -S ADDR:PORT [-t DIR]` as a file server (ADDR its bind, DIR
    // or cwd its directory); better, treat any unlisted program given a listen address as an unread listener.
    dev(
        "php -S 0.0.0.0:8080 -t /var/lib (PHP's built-in web server, document root above the kubelet's directory)",
        script("dev-php-s-varlib-nodes", [
            "dnf install -y php-cli",
            "nohup php -S 0.0.0.0:8080 -t /var/lib >/dev/null 2>&1 &",
        ]),
        /serves|php/,
    ),
    // Refused (ssh_config(5) GatewayPorts yes binds -D/DynamicForward on every address) through NODE_CONFIG_PATHS.
    dev(
        "/root/.ssh/config Host tunnel: DynamicForward 1080, GatewayPorts yes; then ssh -f -N tunnel",
        script("dev-ssh-config-dynamic-nodes", [
            "mkdir -p /root/.ssh",
            "cat > /root/.ssh/config <<'EOT'",
            "Host tunnel",
            "    HostName localhost",
            "    User tunnel",
            "    DynamicForward 1080",
            "    GatewayPorts yes",
            "EOT",
            "ssh -f -N tunnel",
        ]),
        /ssh|proxy|metadata/i,
    ),
    dev(
        "/etc/ssh/ssh_config.d/50-gateway.conf GatewayPorts yes, then ssh -f -N -D 1080 tunnel@localhost",
        script("dev-ssh-config-d-gateway-nodes", [
            "echo 'GatewayPorts yes' > /etc/ssh/ssh_config.d/50-gateway.conf",
            "ssh -f -N -D 1080 tunnel@localhost",
        ]),
        /ssh|proxy|metadata/i,
    ),
    // Controls (refused).
    dev(
        "inetd.conf line 2324 stream tcp nowait root /bin/bash bash -i (control for tcpd)",
        script("dev-inetd-bash-control-nodes", [
            "echo '2324 stream tcp nowait root /bin/bash bash -i' >> /etc/inetd.conf",
        ]),
        /inetd service 2324/,
    ),
    dev(
        "cd /var/lib, then python3 -m http.server 8080 (control for env -C and systemd-run)",
        script("dev-http-server-varlib-control-nodes", [
            "cd /var/lib",
            "nohup python3 -m http.server 8080 >/dev/null 2>&1 &",
        ]),
        /serves \/var\/lib/,
    ),
    // Neighbours of the round 45 fixes (refused).
    dev(
        "cd /var/lib/kubelet, then systemd-run --same-dir python3 -m http.server (the caller's directory)",
        script("dev-systemd-run-same-dir-kubelet-nodes", [
            "cd /var/lib/kubelet",
            "systemd-run --same-dir --unit=debug-http /usr/bin/python3 -m http.server 8080",
        ]),
        /serves \/var\/lib\/kubelet/,
    ),
    dev(
        "cd /var/lib, then systemd-run --scope python3 -m http.server (a scope inherits the caller's directory)",
        script("dev-systemd-run-scope-varlib-nodes", [
            "cd /var/lib",
            "nohup systemd-run --scope --unit debug-http /usr/bin/python3 -m http.server 8080 >/dev/null 2>&1 &",
        ]),
        /serves \/var\/lib/,
    ),
    dev(
        "cd /opt/debug, then env --chdir=/ python3 -m http.server 8080",
        script("dev-env-chdir-long-root-nodes", [
            "mkdir -p /opt/debug",
            "cd /opt/debug",
            "nohup env --chdir=/ python3 -m http.server 8080 >/dev/null 2>&1 &",
        ]),
        /serves \/ /,
    ),
    dev(
        "xinetd flags = NAMEINARGS, server = /usr/sbin/tcpd, server_args = /bin/sh -i (tcpd runs argv[0])",
        script("dev-xinetd-tcpd-sh-nodes", [
            "cat > /etc/xinetd.d/shell2 <<'EOT'",
            "service shell2",
            "{",
            "    type = UNLISTED",
            "    port = 2325",
            "    socket_type = stream",
            "    wait = no",
            "    user = root",
            "    flags = NAMEINARGS",
            "    server = /usr/sbin/tcpd",
            "    server_args = /bin/sh -i",
            "}",
            "EOT",
        ]),
        /xinetd service shell2/,
    ),
    dev(
        "ucspi-tcp tcpserver 0 2324 /bin/sh (host 0: every address)",
        script("dev-tcpserver-sh-nodes", ["nohup tcpserver -v 0 2324 /bin/sh >/dev/null 2>&1 &"]),
        /tcpserver 0 2324 running \/bin\/sh/,
    ),
    dev(
        "websocketd --port=8080 --staticdir=/var/lib /usr/local/bin/ws-echo (static files above the kubelet's)",
        script("dev-websocketd-staticdir-varlib-nodes", [
            ...WEBSOCKETD,
            "nohup /usr/local/bin/websocketd --port=8080 --staticdir=/var/lib /usr/local/bin/ws-echo >/dev/null 2>&1 &",
        ]),
        /serves \/var\/lib/,
    ),
    dev(
        "ttyd -W screen -x ops (a writable screen client: C-a c opens a shell)",
        script("dev-ttyd-screen-nodes", [
            ...TTYD,
            "nohup /usr/local/bin/ttyd -p 7681 -W screen -x ops >/dev/null 2>&1 &",
        ]),
        /ttyd screen/,
    ),
    dev(
        "socat TCP-LISTEN:4444,fork EXEC:'nsenter -t 1 -a' (nsenter with no program runs $SHELL)",
        script("dev-socat-nsenter-bare-nodes", [
            "nohup socat TCP-LISTEN:4444,reuseaddr,fork EXEC:'/usr/bin/nsenter -t 1 -a',pty,stderr >/dev/null 2>&1 &",
        ]),
        /shell/,
    ),
    dev(
        "ncat -lk 4444 -e 'chroot / /bin/sh -i' (chroot in front of a shell)",
        script("dev-ncat-chroot-sh-nodes", ["nohup ncat -lk 4444 -e 'chroot / /bin/sh -i' >/dev/null 2>&1 &"]),
        /shell/,
    ),
    dev(
        "rsync --daemon --address=0.0.0.0 over /etc/rsyncd.conf address = 127.0.0.1 ([root] path = /)",
        script("dev-rsync-daemon-address-override-nodes", [
            "cat > /etc/rsyncd.conf <<'EOT'",
            "address = 127.0.0.1",
            "[root]",
            "    path = /",
            "EOT",
            "rsync --daemon --address=0.0.0.0",
        ]),
        /rsync daemon module \[root\]/,
    ),
    dev(
        "rsync --daemon --config=/etc/rsyncd-remote.conf downloaded at boot (a configuration the pack cannot read)",
        script("dev-rsync-daemon-download-config-nodes", [
            "curl -fsSL -o /etc/rsyncd-remote.conf https://example.com/rsyncd.conf",
            "rsync --daemon --config=/etc/rsyncd-remote.conf",
        ]),
        /cannot read/,
    ),
    dev(
        "Samba share of /var/lib/kubelet for a named user, interfaces = lo without bind interfaces only",
        script(
            "dev-samba-kubelet-user-nodes",
            samba(["interfaces = lo"], ["[kubelet]", "    path = /var/lib/kubelet", "    valid users = ops"]),
        ),
        /Samba share \[kubelet\]/,
    ),
    dev(
        "cd /var/lib/kubelet, then php -S 0.0.0.0:8080 (the working directory is the document root)",
        script("dev-php-s-cwd-kubelet-nodes", [
            "dnf install -y php-cli",
            "cd /var/lib/kubelet",
            "nohup php -S 0.0.0.0:8080 >/dev/null 2>&1 &",
        ]),
        /serves \/var\/lib\/kubelet/,
    ),
    // The fail-closed rule for programs the pack does not read (README, node user data): given an address of every
    // interface, they are refused whatever they serve.
    dev(
        "filebrowser --address 0.0.0.0 -r / (a file server the pack does not read, on every address)",
        script("dev-filebrowser-all-nodes", [
            "nohup /usr/local/bin/filebrowser --address 0.0.0.0 --port 8080 -r / >/dev/null 2>&1 &",
        ]),
        /does not read/,
    ),
    dev(
        "node /opt/app/server.js --listen [::]:3000 (an interpreter's own server on every address)",
        script("dev-node-server-all-nodes", ["nohup node /opt/app/server.js --listen [::]:3000 >/dev/null 2>&1 &"]),
        /does not read/,
    ),
];

const secure: NodeCase[] = [
    dev(
        "systemd-run --unit=chrony-wait chronyc waitsync (a transient unit serving nothing)",
        script("dev-systemd-run-chrony-ok-nodes", ["systemd-run --unit=chrony-wait /usr/bin/chronyc waitsync 30"]),
    ),
    // Was a MISS (fixed in round 45, secure refused): env -C/--chdir runs http.server in /var/www/html (coreutils env(1): "-C, --chdir=DIR
    // change working directory to DIR"), which holds no node secret; the pack judges it with the script's working
    // directory (/, cloud-init's) and refuses "serves / to the node's network". Same fix as the insecure env -C case:
    // the command after `env -C DIR` runs in DIR.
    dev(
        "env -C /var/www/html python3 -m http.server 8080 (env --chdir to a directory without node secrets)",
        script("dev-env-chdir-http-www-ok-nodes", [
            "mkdir -p /var/www/html",
            "nohup env -C /var/www/html python3 -m http.server 8080 >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "inetd.conf telnet stream tcp nowait root /usr/sbin/tcpd in.telnetd (tcpd, the default login)",
        script("dev-inetd-tcpd-telnetd-ok-nodes", [
            "echo 'telnet stream tcp nowait root /usr/sbin/tcpd in.telnetd' >> /etc/inetd.conf",
        ]),
    ),
    dev(
        "busybox tcpsvd -vE 127.0.0.1 2324 /bin/sh -i (loopback only)",
        script("dev-tcpsvd-lo-ok-nodes", [
            "dnf install -y busybox",
            "nohup busybox tcpsvd -vE 127.0.0.1 2324 /bin/sh -i >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "websocketd --address=127.0.0.1 --port=8080 bash (loopback only)",
        script("dev-websocketd-lo-ok-nodes", [
            ...WEBSOCKETD,
            "nohup /usr/local/bin/websocketd --address=127.0.0.1 --port=8080 /bin/bash >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "ttyd -R tmux attach -t ops (read-only) and ttyd -i lo -W tmux new -A -s ops (loopback only)",
        script("dev-ttyd-tmux-ok-nodes", [
            ...TTYD,
            "dnf install -y tmux",
            "nohup /usr/local/bin/ttyd -p 7681 -R tmux attach -t ops >/dev/null 2>&1 &",
            "nohup /usr/local/bin/ttyd -i lo -p 7682 -W tmux new -A -s ops >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "socat TCP-LISTEN:4444,bind=127.0.0.1 EXEC:'nsenter -t 1 -a /bin/bash -i' (loopback only)",
        script("dev-socat-nsenter-lo-ok-nodes", [
            "dnf install -y socat",
            "nohup socat TCP-LISTEN:4444,bind=127.0.0.1,reuseaddr,fork EXEC:'/usr/bin/nsenter -t 1 -a /bin/bash -i',pty >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "rsync --daemon --config=/etc/rsyncd-logs.conf with [logs] path = /var/log/app, hosts allow the VPC",
        script(
            "dev-rsync-daemon-logs-ok-nodes",
            rsyncDaemon("/etc/rsyncd-logs.conf", ["[logs]", "    path = /var/log/app", "    hosts allow = 10.0.0.0/8"]),
        ),
    ),
    dev(
        "rsync --daemon with /etc/rsyncd.conf [root] path = / bound to 127.0.0.1 (address = 127.0.0.1)",
        script("dev-rsync-daemon-lo-ok-nodes", [
            "cat > /etc/rsyncd.conf <<'EOT'",
            "address = 127.0.0.1",
            "[root]",
            "    path = /",
            "    uid = root",
            "EOT",
            "rsync --daemon",
        ]),
    ),
    dev(
        "Samba share of /export/share for a named user (no guest), interfaces = lo bind interfaces only",
        script(
            "dev-samba-share-ok-nodes",
            samba(
                ["interfaces = lo", "bind interfaces only = yes"],
                ["[share]", "    path = /export/share", "    valid users = ops", "    read only = yes"],
            ),
        ),
    ),
    dev(
        "php -S 0.0.0.0:8080 -t /var/www/html (a document root without node secrets)",
        script("dev-php-s-www-ok-nodes", [
            "dnf install -y php-cli",
            "nohup php -S 0.0.0.0:8080 -t /var/www/html >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "systemd-run --unit=docs-http python3 -m http.server 8080 --directory /var/www/html --bind 127.0.0.1",
        script("dev-systemd-run-http-lo-ok-nodes", [
            "systemd-run --unit=docs-http /usr/bin/python3 -m http.server 8080 --directory /var/www/html --bind 127.0.0.1",
        ]),
    ),
    // Neighbours of the round 45 fixes (accepted).
    dev(
        "systemd-run -p WorkingDirectory=/var/www/html python3 -m http.server 8080",
        script("dev-systemd-run-wd-www-ok-nodes", [
            "mkdir -p /var/www/html",
            "systemd-run --unit=docs-http -p WorkingDirectory=/var/www/html /usr/bin/python3 -m http.server 8080",
        ]),
    ),
    dev(
        "cd /var/www/html, then systemd-run --same-dir python3 -m http.server 8080",
        script("dev-systemd-run-same-dir-www-ok-nodes", [
            "mkdir -p /var/www/html",
            "cd /var/www/html",
            "systemd-run --same-dir --unit=docs-http /usr/bin/python3 -m http.server 8080",
        ]),
    ),
    dev(
        "env --chdir /var/www/html python3 -m http.server 8080 (the long option, its value the next word)",
        script("dev-env-chdir-long-www-ok-nodes", [
            "mkdir -p /var/www/html",
            "nohup env --chdir /var/www/html python3 -m http.server 8080 >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "inetd.conf 127.0.0.1:2324 stream tcp nowait root /usr/sbin/tcpd /bin/bash -i (loopback only)",
        script("dev-inetd-tcpd-bash-lo-ok-nodes", [
            "echo '127.0.0.1:2324 stream tcp nowait root /usr/sbin/tcpd /bin/bash -i' >> /etc/inetd.conf",
        ]),
    ),
    dev(
        "tcpserver 0 2525 /usr/sbin/sendmail -bs (a program of its own per connection)",
        script("dev-tcpserver-sendmail-ok-nodes", ["nohup tcpserver 0 2525 /usr/sbin/sendmail -bs >/dev/null 2>&1 &"]),
    ),
    dev(
        "websocketd --port=8080 /usr/local/bin/ws-echo (a program of its own per connection)",
        script("dev-websocketd-echo-ok-nodes", [
            ...WEBSOCKETD,
            "nohup /usr/local/bin/websocketd --port=8080 /usr/local/bin/ws-echo >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "ttyd -W tmux attach -r -t ops (a read-only tmux client)",
        script("dev-ttyd-tmux-attach-r-ok-nodes", [
            ...TTYD,
            "dnf install -y tmux",
            "nohup /usr/local/bin/ttyd -p 7681 -W tmux attach -r -t ops >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "socat TCP-LISTEN:4444,fork EXEC:'nsenter -t 1 -n /usr/local/bin/healthz' (a program of its own)",
        script("dev-socat-nsenter-program-ok-nodes", [
            "nohup socat TCP-LISTEN:4444,reuseaddr,fork EXEC:'/usr/bin/nsenter -t 1 -n /usr/local/bin/healthz' >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "rsync --daemon --config=/etc/rsyncd-nodes.conf --address=127.0.0.1 ([root] path = /, loopback only)",
        script(
            "dev-rsync-daemon-config-lo-ok-nodes",
            rsyncDaemon("/etc/rsyncd-nodes.conf", ["[root]", "    path = /", "    uid = root"], " --address=127.0.0.1"),
        ),
    ),
    dev(
        "Samba guest share of / with hosts allow = 127.0.0.1 (loopback clients only)",
        script(
            "dev-samba-guest-root-lo-ok-nodes",
            samba(["hosts allow = 127.0.0.1"], ["[node]", "    path = /", "    guest ok = yes", "    read only = yes"]),
        ),
    ),
    dev(
        "php -S 127.0.0.1:8080 -t / (loopback only)",
        script("dev-php-s-lo-ok-nodes", [
            "dnf install -y php-cli",
            "nohup php -S 127.0.0.1:8080 -t / >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "filebrowser --address 127.0.0.1 -r / and ip route add 0.0.0.0/0 (loopback, and no listener)",
        script("dev-filebrowser-lo-ok-nodes", [
            "nohup /usr/local/bin/filebrowser --address 127.0.0.1 --port 8080 -r / >/dev/null 2>&1 &",
            "ip route replace 0.0.0.0/0 via 10.0.0.1 dev eth0",
        ]),
    ),
];

describeNodeCases("red team round 45: node user data servers, launchers and configurations", insecure, secure);
