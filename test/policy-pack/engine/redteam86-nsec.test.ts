// Red-team round 86 (fresh eyes) on EKS NODE security, area nsec (listeners, suffix -rt86l).
// Probed (classes no earlier listener round named): daemons that serve node files or run root work for any pod
// (dnsmasq TFTP, BuildKit's gRPC API, libvirt's remote TCP, Syncthing's GUI/REST API, pyftpdlib, WsgiDAV, rclone
// serve/rcd, twistd web, thttpd, File Browser, Jupyter Server/code-server by configuration file, nerdctl -p of a kubelet
// bind mount); instance-metadata relays by programs and kernel tables not named before (xinetd redirect=, ipvsadm -m,
// firewall-cmd --add-forward-port, ncat --sh-exec, varnishd -b, stunnel connect=, Apache ProxyPass, ssh -D 0.0.0.0);
// bind spellings of every address (inet_aton "0.0" and "0x0", /etc/hosts rewriting localhost or a made-up name by
// heredoc, printf, sed -i and tee -a, a link-local address on a dummy interface, a non-127 address on lo); binds given
// by configuration files (--config/-c and default paths), Environment= and EnvironmentFile=; the in-kernel NVMe-oF
// target (configfs, nvmetcli restore); secure twins (loopback /8 and ::1, integer and octal loopback spellings, an
// /etc/hosts alias of 127.0.0.1, unix sockets, default-loopback servers, nvmet loop transport, tftp-secure as nobody).
// Misses (12 insecure accepted, 0 secure refused):
// - insecure, CONFIG-FILE-BIND-UNREAD (6): dev-nsec4/29/30/35/37/38-rt86l: buildkitd.toml [grpc] address (by --config,
//   by its default path, tcp://[::]), filebrowser -c JSON, syncthing --config=DIR config.xml, wsgidav --config YAML
//   (listeners.ts unreadListeners reads command-line words only; SERVER_CONFIGS names only known daemons' paths).
// - insecure, LIBVIRT-REMOTE-TCP-UNREAD (4): dev-nsec5/6/31/49-rt86l: libvirtd --listen, virtproxyd-tcp.socket,
//   libvirtd-tcp.socket, LIBVIRTD_ARGS in /etc/sysconfig/libvirtd, each with auth_tcp = "none" (no libvirt reader;
//   packaged socket units enabled by name are not read).
// - insecure, KERNEL-TARGET-CONFIGFS-UNREAD (2): dev-nsec50/51-rt86l: /sys/kernel/config/nvmet TCP port on 0.0.0.0
//   exporting /dev/nvme0n1 to any host, by configfs writes and by nvmetcli restore (no reader for nvmet).
// Held: 39 of 51 insecure refused (dnsmasq TFTP of / and of /var/lib/kubelet, buildkitd --addr tcp://0.0.0.0, syncthing
// --gui-address / STGUIADDRESS / EnvironmentFile, every IMDS relay above, ssh -D 0.0.0.0, every bind spelling and
// /etc/hosts rewrite, dummy and lo addresses, pyftpdlib, wsgidav/rclone/twistd/thttpd on the command line, rclone
// RCLONE_ADDR, Jupyter and code-server configuration files, nerdctl of the kubelet's directory); 23 of 23 secure clean.
// Round 86 fixes: the 12 misses are fixed (listeners.ts unreadConfigFileListeners; daemonConfigs.ts libvirt and nvmet
// readers); -fix86 neighbours close each list.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase, systemdUnit } from "./nodeBuilders";

const dev = devNodeCase;
const script = devNodeScript;
const file = heredocFile;

/** A root unit `ops` running `exec`. */
const unit = (name: string, exec: string, pre: string[] = [], service: string[] = []) =>
    script(name, [...pre, ...systemdUnit("ops", [...service, `ExecStart=${exec}`])]);

const insecure: NodeCase[] = [
    // ---- A. daemons no earlier round named that serve node files or run root work for any pod ----
    // dnsmasq(8) "--enable-tftp ... --tftp-root=<directory> Look for files to transfer using TFTP relative to the
    // given directory"; with -u root (dnsmasq(8) "-u, --user=<username> Specify the userid to which dnsmasq will
    // change after startup") and no --tftp-secure every node file (the kubelet's client key under /var/lib/kubelet/pki)
    // is readable by any pod on UDP 69 (TFTP has no authentication: in.tftpd(8) "The use of tftp does not require an
    // account or password").
    dev(
        "dnsmasq -u root --port=0 --enable-tftp --tftp-root=/",
        unit("dev-nsec1-rt86l", "/usr/sbin/dnsmasq -k -u root --port=0 --enable-tftp --tftp-root=/", [
            "dnf install -y dnsmasq",
        ]),
    ),
    // The same TFTP export from dnsmasq's conf-dir (dnsmasq.conf "conf-dir=/etc/dnsmasq.d"): tftp-root is the
    // kubelet's state directory, user=root.
    dev(
        "/etc/dnsmasq.d/ops.conf enable-tftp, tftp-root=/var/lib/kubelet, user=root",
        script("dev-nsec2-rt86l", [
            "dnf install -y dnsmasq",
            ...file("/etc/dnsmasq.d/ops.conf", ["port=0", "user=root", "enable-tftp", "tftp-root=/var/lib/kubelet"]),
            "systemctl enable --now dnsmasq",
        ]),
    ),
    // BuildKit README "Expose BuildKit as a TCP service": `buildkitd --addr tcp://0.0.0.0:1234` with no --tlscacert
    // accepts any client; a root buildkitd runs the client's RUN steps with `--allow security.insecure` /
    // network.host entitlements (buildkitd.toml insecure-entitlements) and its solver reads local contexts: any pod
    // drives root builds on the node.
    dev(
        "buildkitd --addr tcp://0.0.0.0:1234 (no TLS) as root",
        unit(
            "dev-nsec3-rt86l",
            "/usr/local/bin/buildkitd --addr tcp://0.0.0.0:1234 --allow-insecure-entitlement security.insecure",
        ),
    ),
    // buildkitd.toml(5) "[grpc] address = [ \"tcp://0.0.0.0:1234\" ]": the same open API from the config file.
    // Was a MISS (fixed in round 86): CONFIG-FILE-BIND-UNREAD (insecure accepted, got []): the bind is in a configuration file of a root daemon the pack has no reader for (buildkitd --config /etc/buildkit/buildkitd.toml, [grpc] address tcp://0.0.0.0:1234); listeners.ts unreadListeners reads only the command line's words (and systemd.ts environmentListeners its environment), and SERVER_CONFIGS (listeners.ts) reads only the named daemons' packaged paths, so the daemon is no listener and the file is plain data. Fix (general): a root program that unreadListeners would judge and that is given a configuration file user data wrote (a -c/-f/--config/--config-file option or a documented default path such as /etc/<program>/) is read for listen settings in any format (address/addr/bind/bind-addr/host/listen keys and tcp:// URIs, JSON/TOML/YAML/XML/INI): a value beyond loopback makes it a listener, and a file the pack cannot parse makes it a listener on unknown binds (fail closed) unless it names only loopback or unix-socket addresses.
    dev(
        "buildkitd.toml [grpc] address = tcp://0.0.0.0:1234",
        unit("dev-nsec4-rt86l", "/usr/local/bin/buildkitd --config /etc/buildkit/buildkitd.toml", [
            ...file("/etc/buildkit/buildkitd.toml", [
                'insecure-entitlements = [ "security.insecure", "network.host" ]',
                "[grpc]",
                '  address = [ "tcp://0.0.0.0:1234" ]',
            ]),
        ]),
        /buildkitd reading \/etc\/buildkit\/buildkitd\.toml/,
    ),
    // libvirtd.conf "listen_tcp = 1 ... NB, must pass the --listen flag"; auth_tcp = "none" drops the SASL default:
    // any pod connects qemu+tcp://node/system and defines a domain with the node's /dev/nvme0n1 as a disk, or a
    // filesystem passthrough of / (root's libvirtd runs qemu with those devices).
    // Was a MISS (fixed in round 86): LIBVIRT-REMOTE-TCP-UNREAD (insecure accepted, got []): libvirtd --listen --daemon with libvirtd.conf listen_tcp = 1, auth_tcp = "none"; libvirt's remote TCP listener (libvirtd --listen with listen_tcp = 1, LIBVIRTD_ARGS, or the packaged libvirtd-tcp.socket / virtproxyd-tcp.socket units) with auth_tcp = "none" is in no SERVERS / SERVER_CONFIGS reader (listeners.ts, daemonConfigs.ts), and a packaged socket unit enabled by name is not read for its ListenStream= (systemd.ts reads only the units user data writes). Fix (general): read libvirtd.conf/virtproxyd.conf (auth_tcp, listen_tcp) beside the daemons' --listen and their *-tcp.socket units as one server (root's qemu:///system: a node-disk export); and treat enabling a packaged *.socket unit the pack has no table entry for as a listener on its documented ListenStream (a table of packaged TCP sockets, unknown ones fail closed).
    dev(
        "libvirtd.conf listen_tcp = 1, auth_tcp = none, libvirtd --listen",
        script("dev-nsec5-rt86l", [
            "dnf install -y libvirt-daemon-kvm",
            ...file("/etc/libvirt/libvirtd.conf", ["listen_tls = 0", "listen_tcp = 1", 'auth_tcp = "none"']),
            "libvirtd --listen --daemon",
        ]),
        /libvirtd \(libvirtd --listen\) with \/etc\/libvirt\/libvirtd\.conf auth_tcp = "none"/,
    ),
    // libvirt's modular daemons: virtproxyd-tcp.socket listens on 16509 on every address (systemd socket activation,
    // libvirtd.conf "This setting is not required or honoured if using systemd socket activation"); auth_tcp none.
    // Was a MISS (fixed in round 86): LIBVIRT-REMOTE-TCP-UNREAD (insecure accepted, got []): virtproxyd-tcp.socket enabled, virtproxyd.conf auth_tcp = "none"; libvirt's remote TCP listener (libvirtd --listen with listen_tcp = 1, LIBVIRTD_ARGS, or the packaged libvirtd-tcp.socket / virtproxyd-tcp.socket units) with auth_tcp = "none" is in no SERVERS / SERVER_CONFIGS reader (listeners.ts, daemonConfigs.ts), and a packaged socket unit enabled by name is not read for its ListenStream= (systemd.ts reads only the units user data writes). Fix (general): read libvirtd.conf/virtproxyd.conf (auth_tcp, listen_tcp) beside the daemons' --listen and their *-tcp.socket units as one server (root's qemu:///system: a node-disk export); and treat enabling a packaged *.socket unit the pack has no table entry for as a listener on its documented ListenStream (a table of packaged TCP sockets, unknown ones fail closed).
    dev(
        "virtproxyd.conf auth_tcp = none + virtproxyd-tcp.socket",
        script("dev-nsec6-rt86l", [
            "dnf install -y libvirt-daemon-proxy libvirt-daemon-driver-qemu",
            ...file("/etc/libvirt/virtproxyd.conf", ['auth_tcp = "none"']),
            "systemctl enable --now virtproxyd-tcp.socket",
        ]),
        /virtproxyd \(virtproxyd-tcp\.socket enabled\) with \/etc\/libvirt\/virtproxyd\.conf auth_tcp = "none"/,
    ),
    // Syncthing docs (Command Line Operation) "--gui-address=<address> Override GUI listen address"; with no GUI user
    // set the REST API takes any caller (Syncthing warns "GUI is reachable without authentication"); run as root a pod
    // adds a folder at / shared with its own device: read and write of every node file.
    dev(
        "syncthing as root --gui-address=0.0.0.0:8384 (no GUI password)",
        unit("dev-nsec7-rt86l", "/usr/bin/syncthing serve --no-browser --gui-address=0.0.0.0:8384 --home=/root/.st"),
    ),
    // ---- B. relays to instance metadata by programs and kernel tables no earlier round named ----
    // xinetd.conf(5) redirect (RHEL Security Guide "Binding and Redirection Options": "redirect any requests for
    // this service to the specified host and port"): with no bind, every address; the node's own connection to
    // 169.254.169.254 is one hop: any pod gets the node role's credentials (IMDS hop limit, EC2 User Guide
    // "Configure the instance metadata options": the limit counts hops from the instance).
    dev(
        "xinetd service redirect = 169.254.169.254 80 (no bind)",
        script("dev-nsec8-rt86l", [
            "dnf install -y xinetd",
            ...file("/etc/xinetd.d/imds", [
                "service imds",
                "{",
                "    type        = UNLISTED",
                "    socket_type = stream",
                "    protocol    = tcp",
                "    port        = 8080",
                "    wait        = no",
                "    user        = root",
                "    redirect    = 169.254.169.254 80",
                "}",
            ]),
            "systemctl enable --now xinetd",
        ]),
    ),
    // ipvsadm(8) "-m, --masquerading Use masquerading (network access translation, or NAT)": a virtual service on the
    // node's address whose real server is 169.254.169.254: pods' connections leave from the node to IMDS.
    dev(
        "ipvsadm -A -t NODEIP:8080, -a -r 169.254.169.254:80 -m",
        script("dev-nsec9-rt86l", [
            "dnf install -y ipvsadm",
            'NODE_IP="$(hostname -i)"',
            'ipvsadm -A -t "$NODE_IP:8080" -s rr',
            'ipvsadm -a -t "$NODE_IP:8080" -r 169.254.169.254:80 -m',
            "sysctl -w net.ipv4.vs.conntrack=1",
        ]),
    ),
    // firewall-cmd(1) "--add-forward-port=port=portid[-portid]:proto=protocol[:toport=portid[-portid]]
    // [:toaddr=address[/mask]]": the DNAT of iptables in firewalld's own words.
    dev(
        "firewall-cmd --add-forward-port=port=8080:proto=tcp:toaddr=169.254.169.254:toport=80",
        script("dev-nsec10-rt86l", [
            "dnf install -y firewalld",
            "systemctl enable --now firewalld",
            "firewall-cmd --permanent --add-masquerade",
            "firewall-cmd --permanent --add-forward-port=port=8080:proto=tcp:toaddr=169.254.169.254:toport=80",
            "firewall-cmd --reload",
        ]),
    ),
    // ncat(1) "--sh-exec <command> ... Executes the given command via /bin/sh": each connection on 0.0.0.0:8080 is
    // piped to a fresh ncat to IMDS.
    dev(
        'ncat -lk 8080 --sh-exec "ncat 169.254.169.254 80"',
        unit("dev-nsec11-rt86l", '/usr/bin/ncat -lk 8080 --sh-exec "ncat 169.254.169.254 80"'),
    ),
    // varnishd(1) "-a <address[:port]>" (":6081" = every address) "-b <host[:port]> backend server": an HTTP cache in
    // front of IMDS (the token PUT and credential GETs pass).
    dev(
        "varnishd -a :6081 -b 169.254.169.254:80",
        unit("dev-nsec12-rt86l", "/usr/sbin/varnishd -F -a :6081 -b 169.254.169.254:80 -s malloc,64m", [
            "dnf install -y varnish",
        ]),
    ),
    // stunnel(8) service "accept = [HOST:]PORT" (no HOST: every address) "connect = HOST:PORT"; verify defaults to
    // none (stunnel "verifyChain = no"): any pod speaking TLS to 8443 reaches IMDS.
    dev(
        "stunnel [imds] accept = 8443, connect = 169.254.169.254:80",
        script("dev-nsec13-rt86l", [
            "dnf install -y stunnel",
            ...file("/etc/stunnel/stunnel.conf", [
                "cert = /etc/pki/tls/certs/stunnel.pem",
                "[imds]",
                "accept = 8443",
                "connect = 169.254.169.254:80",
            ]),
            "systemctl enable --now stunnel",
        ]),
    ),
    // Apache mod_proxy "ProxyPass [path] !|url": a reverse proxy of / to IMDS on httpd's Listen 80 (every address).
    dev(
        'httpd conf.d ProxyPass "/" "http://169.254.169.254/"',
        script("dev-nsec14-rt86l", [
            "dnf install -y httpd",
            ...file("/etc/httpd/conf.d/ops.conf", [
                "<VirtualHost *:80>",
                '    ProxyPass "/" "http://169.254.169.254/"',
                '    ProxyPassReverse "/" "http://169.254.169.254/"',
                "</VirtualHost>",
            ]),
            "systemctl enable --now httpd",
        ]),
    ),
    // ssh(1) "-D [bind_address:]port ... an empty address or `*' indicates that the listening port be available from
    // all interfaces": a SOCKS proxy on 0.0.0.0:1080 from the node, to IMDS or anything the node reaches.
    dev(
        "ssh -N -D 0.0.0.0:1080 localhost",
        unit("dev-nsec15-rt86l", "/usr/bin/ssh -N -o StrictHostKeyChecking=no -D 0.0.0.0:1080 ec2-user@localhost"),
    ),
    // ---- C. bind spellings of every address, and reachable non-loopback addresses ----
    // inet_aton(3): "a.b Part a specifies the first byte ... Part b is interpreted as a 24-bit value": "0.0" is
    // 0.0.0.0 (glibc getaddrinfo accepts inet_aton forms), so http.server binds every address serving /.
    dev(
        "python3 -m http.server --bind 0.0 --directory /",
        unit("dev-nsec16-rt86l", "/usr/bin/python3 -m http.server 8080 --bind 0.0 --directory /"),
    ),
    // inet_aton(3) "a ... The value a is interpreted as a 32-bit value", hexadecimal allowed ("0x" prefix): 0x0.
    dev(
        "python3 -m http.server --bind 0x0 --directory /var/lib/kubelet",
        unit("dev-nsec17-rt86l", "/usr/bin/python3 -m http.server 8080 --bind 0x0 --directory /var/lib/kubelet"),
    ),
    // hosts(5): "localhost" is whatever /etc/hosts maps it to (nsswitch.conf "hosts: files ..." first); rewritten to
    // 0.0.0.0, a server told `--bind localhost` binds every address.
    dev(
        "/etc/hosts 0.0.0.0 localhost, http.server --bind localhost --directory /",
        unit("dev-nsec18-rt86l", "/usr/bin/python3 -m http.server 8080 --bind localhost --directory /", [
            "printf '0.0.0.0 localhost\\n' > /etc/hosts",
        ]),
    ),
    // EKS Pod Identity agent (EKS User Guide "EKS Pod Identity agent"): a hostNetwork agent on the link-local
    // 169.254.170.23 that every pod reaches through the node. A link-local address on a dummy interface is just as
    // reachable: pods route it to the node (the VPC CNI's default route is the host veth), the node delivers it.
    dev(
        "ip link add dummy, ip addr 169.254.170.30/32, http.server --bind 169.254.170.30 --directory /",
        unit("dev-nsec19-rt86l", "/usr/bin/python3 -m http.server 80 --bind 169.254.170.30 --directory /", [
            "ip link add ops0 type dummy",
            "ip addr add 169.254.170.30/32 dev ops0",
            "ip link set ops0 up",
        ]),
    ),
    // ---- D. file servers no earlier round named (reading and writing node files for any pod) ----
    // pyftpdlib "python -m pyftpdlib ... -w, --write grants write access for logged in user (default read-only)"
    // ("anonymous" user on the directory -d); run as root over / a pod writes /etc/cron.d.
    dev(
        "python3 -m pyftpdlib -p 2121 -w -d / as root",
        unit("dev-nsec20-rt86l", "/usr/bin/python3 -m pyftpdlib -p 2121 -w -d /", ["pip3 install pyftpdlib==1.5.9"]),
    ),
    // WsgiDAV "--host", "--root", "--auth anonymous": a WebDAV share of / with PUT for anyone.
    dev(
        "wsgidav --host 0.0.0.0 --root / --auth anonymous",
        unit("dev-nsec21-rt86l", "/usr/local/bin/wsgidav --host 0.0.0.0 --port 8080 --root / --auth anonymous", [
            "pip3 install wsgidav==4.3.3 cheroot==10.0.1",
        ]),
    ),
    // rclone serve webdav: "--addr ... IPaddress:Port or :Port to bind server to" (":8080" every address), no --user:
    // no authentication; local remote "/".
    dev("rclone serve webdav / --addr :8080", unit("dev-nsec22-rt86l", "/usr/bin/rclone serve webdav / --addr :8080")),
    // rclone rc docs: "--rc-no-auth Don't require auth for certain methods"; operations/copyfile and core/command
    // touch any local path: a pod copies a cron file into /etc/cron.d.
    dev(
        "rclone rcd --rc-no-auth --rc-addr :5572",
        unit("dev-nsec23-rt86l", "/usr/bin/rclone rcd --rc-no-auth --rc-addr :5572"),
    ),
    // twistd(1) web "--listen tcp:8080" (every interface) "--path /": Twisted's static server of /.
    dev(
        "twistd -n web --listen tcp:8080 --path /",
        unit("dev-nsec24-rt86l", "/usr/bin/twistd -n web --listen tcp:8080 --path /", ["pip3 install twisted==24.3.0"]),
    ),
    // thttpd(8) "-d dir Specifies a directory to chdir() to at startup", "-u user"; binds every address by default.
    dev("thttpd -p 8080 -d / -u root", unit("dev-nsec25-rt86l", "/usr/sbin/thttpd -D -p 8080 -d / -u root")),
    // ---- E. code servers configured by file rather than flags ----
    // Jupyter Server config (jupyter_server_config.py): c.ServerApp.ip, c.IdentityProvider.token = '' (no token),
    // c.ServerApp.allow_root: every pod opens a root terminal.
    dev(
        "jupyter_server_config.py ServerApp.ip = 0.0.0.0, token '', allow_root",
        unit("dev-nsec26-rt86l", "/usr/local/bin/jupyter server --config=/opt/ops/jupyter_server_config.py", [
            "pip3 install jupyter-server==2.14.2",
            ...file("/opt/ops/jupyter_server_config.py", [
                "c.ServerApp.ip = '0.0.0.0'",
                "c.ServerApp.port = 8888",
                "c.IdentityProvider.token = ''",
                "c.ServerApp.allow_root = True",
            ]),
        ]),
    ),
    // code-server docs (FAQ "How do I change the config file?"): ~/.config/code-server/config.yaml "bind-addr",
    // "auth: none": root's VS Code (terminal included) for every pod.
    dev(
        "/root/.config/code-server/config.yaml bind-addr 0.0.0.0:8080, auth: none",
        unit(
            "dev-nsec27-rt86l",
            "/usr/bin/code-server",
            [
                ...file("/root/.config/code-server/config.yaml", [
                    "bind-addr: 0.0.0.0:8080",
                    "auth: none",
                    "cert: false",
                ]),
            ],
            ["Environment=HOME=/root"],
        ),
    ),
    // nerdctl run "-p, --publish" (docker run: "-p 8080:80 ... binds to all host addresses"); the container serves a
    // read-only bind of the kubelet's directory (kubeconfig, pki/kubelet-client-current.pem).
    dev(
        "nerdctl run -d -p 8080:80 -v /var/lib/kubelet:/usr/share/nginx/html:ro nginx",
        script("dev-nsec28-rt86l", [
            "nerdctl run -d --restart=always -p 8080:80 -v /var/lib/kubelet:/usr/share/nginx/html:ro public.ecr.aws/nginx/nginx:1.27",
        ]),
    ),
    // ---- F. binds in configuration files and environment variables of daemons the pack has no reader for ----
    // buildkitd.toml docs: "The file path is /etc/buildkit/buildkitd.toml for rootful mode": read with no --config.
    // Was a MISS (fixed in round 86): CONFIG-FILE-BIND-UNREAD (insecure accepted, got []): the bind is in a configuration file of a root daemon the pack has no reader for (buildkitd with no flags reads /etc/buildkit/buildkitd.toml); listeners.ts unreadListeners reads only the command line's words (and systemd.ts environmentListeners its environment), and SERVER_CONFIGS (listeners.ts) reads only the named daemons' packaged paths, so the daemon is no listener and the file is plain data. Fix (general): a root program that unreadListeners would judge and that is given a configuration file user data wrote (a -c/-f/--config/--config-file option or a documented default path such as /etc/<program>/) is read for listen settings in any format (address/addr/bind/bind-addr/host/listen keys and tcp:// URIs, JSON/TOML/YAML/XML/INI): a value beyond loopback makes it a listener, and a file the pack cannot parse makes it a listener on unknown binds (fail closed) unless it names only loopback or unix-socket addresses.
    dev(
        "/etc/buildkit/buildkitd.toml [grpc] address = tcp://0.0.0.0:1234, buildkitd with no flags",
        unit("dev-nsec29-rt86l", "/usr/local/bin/buildkitd", [
            ...file("/etc/buildkit/buildkitd.toml", ["[grpc]", '  address = [ "tcp://0.0.0.0:1234" ]']),
        ]),
        /buildkitd reading \/etc\/buildkit\/buildkitd\.toml/,
    ),
    // The IPv6 any address in the same file: "[::]" accepts IPv4 too (ipv6(7): IPV6_V6ONLY off by default).
    // Was a MISS (fixed in round 86): CONFIG-FILE-BIND-UNREAD (insecure accepted, got []): the bind is in a configuration file of a root daemon the pack has no reader for (buildkitd --config=/opt/ops/bk.toml, tcp://[::]:1234); listeners.ts unreadListeners reads only the command line's words (and systemd.ts environmentListeners its environment), and SERVER_CONFIGS (listeners.ts) reads only the named daemons' packaged paths, so the daemon is no listener and the file is plain data. Fix (general): a root program that unreadListeners would judge and that is given a configuration file user data wrote (a -c/-f/--config/--config-file option or a documented default path such as /etc/<program>/) is read for listen settings in any format (address/addr/bind/bind-addr/host/listen keys and tcp:// URIs, JSON/TOML/YAML/XML/INI): a value beyond loopback makes it a listener, and a file the pack cannot parse makes it a listener on unknown binds (fail closed) unless it names only loopback or unix-socket addresses.
    dev(
        "buildkitd --config /opt/ops/bk.toml, [grpc] address = tcp://[::]:1234",
        unit("dev-nsec30-rt86l", "/usr/local/bin/buildkitd --config=/opt/ops/bk.toml", [
            ...file("/opt/ops/bk.toml", [
                "[grpc]",
                '  address = [ "unix:///run/buildkit/buildkitd.sock", "tcp://[::]:1234" ]',
            ]),
        ]),
        /buildkitd reading \/opt\/ops\/bk\.toml/,
    ),
    // libvirtd-tcp.socket (libvirt "libvirtd.conf ... not required or honoured if using systemd socket activation":
    // the socket unit listens on 16509, every address); auth_tcp = "none" in libvirtd.conf.
    // Was a MISS (fixed in round 86): LIBVIRT-REMOTE-TCP-UNREAD (insecure accepted, got []): libvirtd-tcp.socket enabled, libvirtd.conf auth_tcp = "none"; libvirt's remote TCP listener (libvirtd --listen with listen_tcp = 1, LIBVIRTD_ARGS, or the packaged libvirtd-tcp.socket / virtproxyd-tcp.socket units) with auth_tcp = "none" is in no SERVERS / SERVER_CONFIGS reader (listeners.ts, daemonConfigs.ts), and a packaged socket unit enabled by name is not read for its ListenStream= (systemd.ts reads only the units user data writes). Fix (general): read libvirtd.conf/virtproxyd.conf (auth_tcp, listen_tcp) beside the daemons' --listen and their *-tcp.socket units as one server (root's qemu:///system: a node-disk export); and treat enabling a packaged *.socket unit the pack has no table entry for as a listener on its documented ListenStream (a table of packaged TCP sockets, unknown ones fail closed).
    dev(
        "libvirtd.conf auth_tcp = none + systemctl enable --now libvirtd-tcp.socket",
        script("dev-nsec31-rt86l", [
            "dnf install -y libvirt-daemon-kvm",
            ...file("/etc/libvirt/libvirtd.conf", ['auth_tcp = "none"']),
            "systemctl enable --now libvirtd-tcp.socket",
        ]),
        /libvirtd \(libvirtd-tcp\.socket enabled\) with \/etc\/libvirt\/libvirtd\.conf auth_tcp = "none"/,
    ),
    // Syncthing config.xml <gui><address> (Syncthing docs "Configuration": "address: Set the listen address"), root
    // with no <user>/<password>.
    dev(
        "syncthing as root, config.xml <gui><address>0.0.0.0:8384</address>",
        unit("dev-nsec32-rt86l", "/usr/bin/syncthing serve --no-browser --home=/root/.st", [
            ...file("/root/.st/config.xml", [
                '<configuration version="37">',
                '    <gui enabled="true" tls="false">',
                "        <address>0.0.0.0:8384</address>",
                "    </gui>",
                "</configuration>",
            ]),
        ]),
    ),
    // Syncthing's Docker README: "listens on 0.0.0.0:8384 ... set by the STGUIADDRESS environment variable".
    dev(
        "syncthing as root, Environment=STGUIADDRESS=0.0.0.0:8384",
        unit(
            "dev-nsec33-rt86l",
            "/usr/bin/syncthing serve --no-browser --home=/root/.st",
            [],
            ["Environment=STGUIADDRESS=0.0.0.0:8384"],
        ),
    ),
    // rclone docs ("Environment variables": every flag is RCLONE_<FLAG>): RCLONE_ADDR=:8080 is --addr :8080 ("or
    // --addr :8080 to listen to all IPs"); webdav of / with no --user.
    dev(
        "rclone serve webdav /, Environment=RCLONE_ADDR=:8080",
        unit("dev-nsec34-rt86l", "/usr/bin/rclone serve webdav /", [], ["Environment=RCLONE_ADDR=:8080"]),
    ),
    // File Browser docs (config file .filebrowser.json / -c): "address", "root", "noauth" in JSON.
    // Was a MISS (fixed in round 86): CONFIG-FILE-BIND-UNREAD (insecure accepted, got []): the bind is in a configuration file of a root daemon the pack has no reader for (filebrowser -c /opt/ops/fb.json address 0.0.0.0); listeners.ts unreadListeners reads only the command line's words (and systemd.ts environmentListeners its environment), and SERVER_CONFIGS (listeners.ts) reads only the named daemons' packaged paths, so the daemon is no listener and the file is plain data. Fix (general): a root program that unreadListeners would judge and that is given a configuration file user data wrote (a -c/-f/--config/--config-file option or a documented default path such as /etc/<program>/) is read for listen settings in any format (address/addr/bind/bind-addr/host/listen keys and tcp:// URIs, JSON/TOML/YAML/XML/INI): a value beyond loopback makes it a listener, and a file the pack cannot parse makes it a listener on unknown binds (fail closed) unless it names only loopback or unix-socket addresses.
    dev(
        "filebrowser -c /opt/ops/fb.json {address 0.0.0.0, root /, noauth}",
        unit("dev-nsec35-rt86l", "/usr/local/bin/filebrowser -c /opt/ops/fb.json", [
            ...file("/opt/ops/fb.json", ['{ "address": "0.0.0.0", "port": 8080, "root": "/", "noauth": true }']),
        ]),
        /filebrowser reading \/opt\/ops\/fb\.json/,
    ),
    // code-server docs (FAQ): "--config" names the config file; bind-addr and auth: none in a file under /opt.
    dev(
        "code-server --config /opt/ops/cs.yaml (bind-addr 0.0.0.0:8080, auth: none)",
        unit("dev-nsec36-rt86l", "/usr/bin/code-server --config /opt/ops/cs.yaml", [
            ...file("/opt/ops/cs.yaml", ["bind-addr: 0.0.0.0:8080", "auth: none", "cert: false"]),
        ]),
    ),
    // Syncthing "--config=<dir> Set configuration directory": config.xml's <gui><address> from /opt.
    // Was a MISS (fixed in round 86): CONFIG-FILE-BIND-UNREAD (insecure accepted, got []): the bind is in a configuration file of a root daemon the pack has no reader for (syncthing --config=/opt/ops/st config.xml <gui><address>; the same file under /root is refused only as a write of root's own configuration); listeners.ts unreadListeners reads only the command line's words (and systemd.ts environmentListeners its environment), and SERVER_CONFIGS (listeners.ts) reads only the named daemons' packaged paths, so the daemon is no listener and the file is plain data. Fix (general): a root program that unreadListeners would judge and that is given a configuration file user data wrote (a -c/-f/--config/--config-file option or a documented default path such as /etc/<program>/) is read for listen settings in any format (address/addr/bind/bind-addr/host/listen keys and tcp:// URIs, JSON/TOML/YAML/XML/INI): a value beyond loopback makes it a listener, and a file the pack cannot parse makes it a listener on unknown binds (fail closed) unless it names only loopback or unix-socket addresses.
    dev(
        "syncthing --config=/opt/ops/st --data=/var/lib/st as root, <gui><address>0.0.0.0:8384</address>",
        unit("dev-nsec37-rt86l", "/usr/bin/syncthing serve --no-browser --config=/opt/ops/st --data=/var/lib/st", [
            ...file("/opt/ops/st/config.xml", [
                '<configuration version="37">',
                '    <gui enabled="true" tls="false">',
                "        <address>0.0.0.0:8384</address>",
                "    </gui>",
                "</configuration>",
            ]),
        ]),
        /syncthing reading \/opt\/ops\/st\/config\.xml/,
    ),
    // WsgiDAV docs (configuration, wsgidav.yaml / --config): host, provider_mapping and simple_dc with anonymous
    // access ("*": True) share / for PUT.
    // Was a MISS (fixed in round 86): CONFIG-FILE-BIND-UNREAD (insecure accepted, got []): the bind is in a configuration file of a root daemon the pack has no reader for (wsgidav --config /opt/ops/wsgidav.yaml host: 0.0.0.0); listeners.ts unreadListeners reads only the command line's words (and systemd.ts environmentListeners its environment), and SERVER_CONFIGS (listeners.ts) reads only the named daemons' packaged paths, so the daemon is no listener and the file is plain data. Fix (general): a root program that unreadListeners would judge and that is given a configuration file user data wrote (a -c/-f/--config/--config-file option or a documented default path such as /etc/<program>/) is read for listen settings in any format (address/addr/bind/bind-addr/host/listen keys and tcp:// URIs, JSON/TOML/YAML/XML/INI): a value beyond loopback makes it a listener, and a file the pack cannot parse makes it a listener on unknown binds (fail closed) unless it names only loopback or unix-socket addresses.
    dev(
        "wsgidav --config /opt/ops/wsgidav.yaml (host 0.0.0.0, provider_mapping / -> /, anonymous)",
        unit("dev-nsec38-rt86l", "/usr/local/bin/wsgidav --config /opt/ops/wsgidav.yaml", [
            "pip3 install wsgidav==4.3.3 cheroot==10.0.1",
            ...file("/opt/ops/wsgidav.yaml", [
                "host: 0.0.0.0",
                "port: 8080",
                "provider_mapping:",
                '  "/": "/"',
                "simple_dc:",
                "  user_mapping:",
                '    "*": true',
            ]),
        ]),
        /wsgidav reading \/opt\/ops\/wsgidav\.yaml/,
    ),
    // ---- G. bind spellings on a root shell server (socat EXEC:/bin/bash) whose directory names no secret ----
    // hosts(5) / nsswitch.conf(5): "localhost" is what /etc/hosts maps it to; rewritten to 0.0.0.0, socat's
    // bind=localhost (socat(1) "bind=<sockname> Binds the socket to the given socket address") is every address.
    dev(
        "/etc/hosts 0.0.0.0 localhost, socat TCP-LISTEN:4444,bind=localhost EXEC:/bin/bash",
        unit("dev-nsec39-rt86l", "/usr/bin/socat TCP-LISTEN:4444,bind=localhost,fork,reuseaddr EXEC:/bin/bash", [
            "printf '0.0.0.0 localhost\\n::1 localhost6\\n' > /etc/hosts",
        ]),
    ),
    // The same with localhost mapped to the node's own VPC address.
    dev(
        "/etc/hosts $(hostname -i) localhost, socat bind=localhost EXEC:/bin/bash",
        unit("dev-nsec40-rt86l", "/usr/bin/socat TCP-LISTEN:4444,bind=localhost,fork,reuseaddr EXEC:/bin/bash", [
            'echo "$(hostname -i) localhost" > /etc/hosts',
        ]),
    ),
    // inet_aton(3) "a.b" form: bind=0.0 is 0.0.0.0.
    dev(
        "socat TCP-LISTEN:4444,bind=0.0,fork EXEC:/bin/bash",
        unit("dev-nsec41-rt86l", "/usr/bin/socat TCP-LISTEN:4444,bind=0.0,fork,reuseaddr EXEC:/bin/bash"),
    ),
    // inet_aton(3) hexadecimal single number: bind=0x0.
    dev(
        "socat TCP-LISTEN:4444,bind=0x0,fork EXEC:/bin/bash",
        unit("dev-nsec42-rt86l", "/usr/bin/socat TCP-LISTEN:4444,bind=0x0,fork,reuseaddr EXEC:/bin/bash"),
    ),
    // A link-local address on a dummy interface (see dev-nsec19): pods route to it through the node.
    dev(
        "dummy ops0 169.254.170.30/32, socat bind=169.254.170.30 EXEC:/bin/bash",
        unit("dev-nsec43-rt86l", "/usr/bin/socat TCP-LISTEN:4444,bind=169.254.170.30,fork,reuseaddr EXEC:/bin/bash", [
            "ip link add ops0 type dummy",
            "ip addr add 169.254.170.30/32 dev ops0",
            "ip link set ops0 up",
        ]),
    ),
    // /etc/hosts naming a made-up host: `bind=opsbind` resolves to 0.0.0.0.
    dev(
        "/etc/hosts 0.0.0.0 opsbind, socat bind=opsbind EXEC:/bin/bash",
        unit("dev-nsec44-rt86l", "/usr/bin/socat TCP-LISTEN:4444,bind=opsbind,fork,reuseaddr EXEC:/bin/bash", [
            "echo '0.0.0.0 opsbind' >> /etc/hosts",
        ]),
    ),
    // /etc/hosts edited in place (sed(1) -i): AL2023's "127.0.0.1 localhost ..." line becomes 0.0.0.0.
    dev(
        "sed -i s/^127.0.0.1/0.0.0.0/ /etc/hosts, socat bind=localhost EXEC:/bin/bash",
        unit("dev-nsec45-rt86l", "/usr/bin/socat TCP-LISTEN:4444,bind=localhost,fork,reuseaddr EXEC:/bin/bash", [
            "sed -i 's/^127\\.0\\.0\\.1/0.0.0.0/' /etc/hosts",
        ]),
    ),
    // tee(1) -a: the alias appended through a pipe.
    dev(
        "echo 0.0.0.0 opsbind | tee -a /etc/hosts, socat bind=opsbind EXEC:/bin/bash",
        unit("dev-nsec46-rt86l", "/usr/bin/socat TCP-LISTEN:4444,bind=opsbind,fork,reuseaddr EXEC:/bin/bash", [
            "echo '0.0.0.0 opsbind' | tee -a /etc/hosts >/dev/null",
        ]),
    ),
    // ip-address(8): an address added to lo outside 127.0.0.0/8 is a local address like any other; pods' packets to
    // it reach the node through their default route (the host veth) and are delivered.
    dev(
        "ip addr add 10.254.0.1/32 dev lo, socat bind=10.254.0.1 EXEC:/bin/bash",
        unit("dev-nsec47-rt86l", "/usr/bin/socat TCP-LISTEN:4444,bind=10.254.0.1,fork,reuseaddr EXEC:/bin/bash", [
            "ip addr add 10.254.0.1/32 dev lo",
        ]),
    ),
    // systemd.exec(5) "EnvironmentFile= Similar to Environment= but reads the environment variables from a text file":
    // STGUIADDRESS from a file.
    dev(
        "syncthing as root, EnvironmentFile=/opt/ops/st.env (STGUIADDRESS=0.0.0.0:8384)",
        unit(
            "dev-nsec48-rt86l",
            "/usr/bin/syncthing serve --no-browser --home=/var/lib/st",
            [...file("/opt/ops/st.env", ["STGUIADDRESS=0.0.0.0:8384"])],
            ["EnvironmentFile=/opt/ops/st.env"],
        ),
    ),
    // The packaged libvirtd.service reads "EnvironmentFile=-/etc/sysconfig/libvirtd" and runs
    // "ExecStart=/usr/sbin/libvirtd $LIBVIRTD_ARGS": --listen from the sysconfig file, auth_tcp none.
    // Was a MISS (fixed in round 86): LIBVIRT-REMOTE-TCP-UNREAD (insecure accepted, got []): /etc/sysconfig/libvirtd LIBVIRTD_ARGS="--listen" read by the packaged libvirtd.service; libvirt's remote TCP listener (libvirtd --listen with listen_tcp = 1, LIBVIRTD_ARGS, or the packaged libvirtd-tcp.socket / virtproxyd-tcp.socket units) with auth_tcp = "none" is in no SERVERS / SERVER_CONFIGS reader (listeners.ts, daemonConfigs.ts), and a packaged socket unit enabled by name is not read for its ListenStream= (systemd.ts reads only the units user data writes). Fix (general): read libvirtd.conf/virtproxyd.conf (auth_tcp, listen_tcp) beside the daemons' --listen and their *-tcp.socket units as one server (root's qemu:///system: a node-disk export); and treat enabling a packaged *.socket unit the pack has no table entry for as a listener on its documented ListenStream (a table of packaged TCP sockets, unknown ones fail closed).
    dev(
        "/etc/sysconfig/libvirtd LIBVIRTD_ARGS=--listen, libvirtd.conf listen_tcp = 1, auth_tcp = none",
        script("dev-nsec49-rt86l", [
            "dnf install -y libvirt-daemon-kvm",
            ...file("/etc/sysconfig/libvirtd", ['LIBVIRTD_ARGS="--listen"']),
            ...file("/etc/libvirt/libvirtd.conf", ["listen_tls = 0", "listen_tcp = 1", 'auth_tcp = "none"']),
            "systemctl enable --now libvirtd",
        ]),
        /libvirtd\.service with \/etc\/sysconfig\/libvirtd LIBVIRTD_ARGS/,
    ),
    // ---- H. in-kernel network exports configured through configfs (no daemon on the command line) ----
    // Linux NVMe over Fabrics target (nvmetcli README, "manual configuration through configfs"): a subsystem with
    // attr_allow_any_host=1 ("any host may connect"), a namespace whose device_path is the node's root disk and a TCP
    // port on 0.0.0.0:4420: any pod runs `nvme connect -t tcp -a NODE` and reads/writes the node's disk (the kubelet's
    // key, every pod's token, /etc).
    // Was a MISS (fixed in round 86): KERNEL-TARGET-CONFIGFS-UNREAD (insecure accepted, got []): echo/mkdir/ln into /sys/kernel/config/nvmet make a TCP port on 0.0.0.0:4420 exporting /dev/nvme0n1 to any host; writes under /sys/kernel/config/nvmet (and nvmetcli restore of its JSON, the file nvmet.service restores) are read by no reader: rootWrites.ts/kernelSettings.ts judge /proc/sys and a few /sys files only, and daemonConfigs.ts covers only targetcli/tgtd/LIO saveconfig.json, not the NVMe-oF target. Fix (general): the in-kernel targets' configfs trees (/sys/kernel/config/nvmet, /sys/kernel/config/target) and their restore tools (nvmetcli restore, targetctl restore) are server configuration: a port whose transport is not loop (tcp/rdma/fc) with a non-loopback traddr serving a subsystem with allow_any_host = 1 (or no allowed_hosts) is a listener exporting the node's block device or file; an unread configfs write fails closed.
    dev(
        "nvmet configfs: allow_any_host, device_path /dev/nvme0n1, tcp port 0.0.0.0:4420",
        script("dev-nsec50-rt86l", [
            "modprobe nvmet && modprobe nvmet-tcp",
            "mkdir -p /sys/kernel/config/nvmet/subsystems/ops",
            "echo 1 > /sys/kernel/config/nvmet/subsystems/ops/attr_allow_any_host",
            "mkdir -p /sys/kernel/config/nvmet/subsystems/ops/namespaces/1",
            "echo -n /dev/nvme0n1 > /sys/kernel/config/nvmet/subsystems/ops/namespaces/1/device_path",
            "echo 1 > /sys/kernel/config/nvmet/subsystems/ops/namespaces/1/enable",
            "mkdir -p /sys/kernel/config/nvmet/ports/1",
            "echo tcp > /sys/kernel/config/nvmet/ports/1/addr_trtype",
            "echo ipv4 > /sys/kernel/config/nvmet/ports/1/addr_adrfam",
            "echo 0.0.0.0 > /sys/kernel/config/nvmet/ports/1/addr_traddr",
            "echo 4420 > /sys/kernel/config/nvmet/ports/1/addr_trsvcid",
            "ln -s /sys/kernel/config/nvmet/subsystems/ops /sys/kernel/config/nvmet/ports/1/subsystems/ops",
        ]),
        /NVMe-oF target \(writes under \/sys\/kernel\/config\/nvmet\) port 1 \(tcp\)/,
    ),
    // nvmetcli(8) "restore [file]": the same target from a JSON file (/etc/nvmet/config.json is what nvmet.service
    // restores at boot).
    // Was a MISS (fixed in round 86): KERNEL-TARGET-CONFIGFS-UNREAD (insecure accepted, got []): nvmetcli restore /etc/nvmet/config.json with the same port and subsystem; writes under /sys/kernel/config/nvmet (and nvmetcli restore of its JSON, the file nvmet.service restores) are read by no reader: rootWrites.ts/kernelSettings.ts judge /proc/sys and a few /sys files only, and daemonConfigs.ts covers only targetcli/tgtd/LIO saveconfig.json, not the NVMe-oF target. Fix (general): the in-kernel targets' configfs trees (/sys/kernel/config/nvmet, /sys/kernel/config/target) and their restore tools (nvmetcli restore, targetctl restore) are server configuration: a port whose transport is not loop (tcp/rdma/fc) with a non-loopback traddr serving a subsystem with allow_any_host = 1 (or no allowed_hosts) is a listener exporting the node's block device or file; an unread configfs write fails closed.
    dev(
        "nvmetcli restore /etc/nvmet/config.json (allow_any_host, /dev/nvme0n1, tcp 0.0.0.0:4420)",
        script("dev-nsec51-rt86l", [
            "dnf install -y nvmetcli",
            ...file("/etc/nvmet/config.json", [
                '{ "hosts": [], "ports": [ { "addr": { "adrfam": "ipv4", "traddr": "0.0.0.0", "treq": "not specified",',
                '  "trsvcid": "4420", "trtype": "tcp" }, "portid": 1, "referrals": [], "subsystems": [ "ops" ] } ],',
                '  "subsystems": [ { "allowed_hosts": [], "attr": { "allow_any_host": "1" }, "namespaces": [',
                '  { "device": { "path": "/dev/nvme0n1", "nguid": "00000000-0000-0000-0000-000000000000" }, "enable": 1, "nsid": 1 } ],',
                '  "nqn": "ops" } ] }',
            ]),
            "modprobe nvmet && modprobe nvmet-tcp",
            "nvmetcli restore /etc/nvmet/config.json",
            "systemctl enable nvmet",
        ]),
        /NVMe-oF target \(nvmetcli.s saved configuration\) port 1 \(tcp\)/,
    ),
    // ---- Round 86 fixes: neighbours ----
    // CONFIG-FILE-BIND-UNREAD: frps(1) (fatedier/frp README "frps.toml": `bindAddr`, `bindPort`): a TOML key
    // bindAddr = "0.0.0.0" in the file -c names, for a program no reader knows (listeners.ts unreadConfigFileListeners).
    dev(
        "frps -c /opt/ops/frps.toml (bindAddr = 0.0.0.0)",
        unit("dev-nsec1-fix86", "/usr/local/bin/frps -c /opt/ops/frps.toml", [
            ...file("/opt/ops/frps.toml", ['bindAddr = "0.0.0.0"', "bindPort = 7000"]),
        ]),
        /frps reading \/opt\/ops\/frps\.toml/,
    ),
    // The loopback file edited afterwards by sed -i with a value the pack cannot compute: the file may say anything
    // (fail closed, as an EnvironmentFile= so changed).
    dev(
        "filebrowser -c /opt/ops/fb.json, then sed -i s/127.0.0.1/$BIND/ on it",
        unit("dev-nsec2-fix86", "/usr/local/bin/filebrowser -c /opt/ops/fb.json", [
            ...file("/opt/ops/fb.json", ['{ "address": "127.0.0.1", "port": 8080, "root": "/srv/ops" }']),
            'BIND="$(hostname -i)"',
            'sed -i "s/127.0.0.1/$BIND/" /opt/ops/fb.json',
        ]),
        /filebrowser reading \/opt\/ops\/fb\.json/,
    ),
    // LIBVIRT-REMOTE-TCP-UNREAD: Debian's libvirtd.service reads /etc/default/libvirtd (LIBVIRTD_ARGS="-l").
    dev(
        "/etc/default/libvirtd LIBVIRTD_ARGS=-l, listen_tcp = 1, auth_tcp = none, systemctl restart libvirtd",
        script("dev-nsec3-fix86", [
            ...file("/etc/default/libvirtd", ['LIBVIRTD_ARGS="-l"']),
            ...file("/etc/libvirt/libvirtd.conf", ["listen_tcp = 1", 'auth_tcp = "none"']),
            "systemctl restart libvirtd",
        ]),
        /libvirtd\.service with \/etc\/default\/libvirtd LIBVIRTD_ARGS/,
    ),
    // libvirtd(8) "-f, --config FILE": the configuration from another path, listen_addr every address.
    dev(
        "libvirtd --listen -f /opt/ops/libvirtd.conf (listen_addr 0.0.0.0, auth_tcp none)",
        unit("dev-nsec4-fix86", "/usr/sbin/libvirtd --listen -f /opt/ops/libvirtd.conf", [
            ...file("/opt/ops/libvirtd.conf", ["listen_tcp = 1", 'listen_addr = "0.0.0.0"', 'auth_tcp = "none"']),
        ]),
        /libvirtd \(libvirtd --listen\) with \/opt\/ops\/libvirtd\.conf auth_tcp = "none"/,
    ),
    // KERNEL-TARGET-CONFIGFS-UNREAD: nvmetcli restore of a file at another path, RDMA transport.
    dev(
        "nvmetcli restore /opt/ops/nvmet.json (rdma 0.0.0.0:4420, allow_any_host, /dev/nvme0n1)",
        script("dev-nsec5-fix86", [
            ...file("/opt/ops/nvmet.json", [
                '{ "ports": [ { "addr": { "adrfam": "ipv4", "traddr": "0.0.0.0", "trsvcid": "4420", "trtype": "rdma" },',
                '  "portid": 2, "subsystems": [ "ops" ] } ],',
                '  "subsystems": [ { "allowed_hosts": [], "attr": { "allow_any_host": "1" },',
                '  "namespaces": [ { "device": { "path": "/dev/nvme0n1" }, "enable": 1, "nsid": 1 } ], "nqn": "ops" } ] }',
            ]),
            "nvmetcli restore /opt/ops/nvmet.json",
        ]),
        /NVMe-oF target \(nvmetcli restore \/opt\/ops\/nvmet\.json\) port 2 \(rdma\)/,
    ),
    // A configfs attribute written with a value the pack cannot compute (the node's address): fail closed.
    dev(
        "nvmet configfs: addr_traddr from $(hostname -i), allow_any_host",
        script("dev-nsec6-fix86", [
            "mkdir -p /sys/kernel/config/nvmet/subsystems/ops/namespaces/1",
            "echo 1 > /sys/kernel/config/nvmet/subsystems/ops/attr_allow_any_host",
            "echo -n /dev/nvme0n1 > /sys/kernel/config/nvmet/subsystems/ops/namespaces/1/device_path",
            "mkdir -p /sys/kernel/config/nvmet/ports/1",
            "echo tcp > /sys/kernel/config/nvmet/ports/1/addr_trtype",
            'echo "$(hostname -i)" > /sys/kernel/config/nvmet/ports/1/addr_traddr',
            "ln -s /sys/kernel/config/nvmet/subsystems/ops /sys/kernel/config/nvmet/ports/1/subsystems/ops",
        ]),
        /NVMe-oF target|in-kernel target configured by writing/,
    ),
];

const secure: NodeCase[] = [
    // dnsmasq(8) "--listen-address=<ipaddr>", "-z, --bind-interfaces ... binds only to the interfaces it is listening
    // on": a DNS cache on loopback, no TFTP, no DHCP.
    dev(
        "dnsmasq --listen-address=127.0.0.1 --bind-interfaces (DNS cache only)",
        unit(
            "dev-nsec1s-rt86l",
            "/usr/sbin/dnsmasq -k --listen-address=127.0.0.1 --bind-interfaces --no-resolv --server=169.254.169.253",
            ["dnf install -y dnsmasq"],
        ),
    ),
    // dnsmasq(8) "--tftp-secure Enable TFTP secure mode: without this, any file which is readable by the dnsmasq
    // process under normal unix access-control rules is available via TFTP. When ... set, only files owned by the user
    // running the dnsmasq process are accessible"; -u nobody, a PXE directory of boot images: nothing of the node's.
    dev(
        "dnsmasq -u nobody --enable-tftp --tftp-root=/usr/share/ops/tftp --tftp-secure",
        unit(
            "dev-nsec2s-rt86l",
            "/usr/sbin/dnsmasq -k -u nobody --port=0 --enable-tftp --tftp-root=/usr/share/ops/tftp --tftp-secure",
            ["dnf install -y dnsmasq", "mkdir -p /usr/share/ops/tftp"],
        ),
    ),
    // BuildKit's default address is unix:///run/buildkit/buildkitd.sock (root-owned, 0660 root): no network.
    dev(
        "buildkitd --addr unix:///run/buildkit/buildkitd.sock",
        unit("dev-nsec3s-rt86l", "/usr/local/bin/buildkitd --addr unix:///run/buildkit/buildkitd.sock"),
    ),
    // A loopback TCP address is reached only from the node's own network namespace (ip(7): the loopback device).
    dev(
        "buildkitd --addr tcp://127.0.0.1:1234",
        unit("dev-nsec4s-rt86l", "/usr/local/bin/buildkitd --addr tcp://127.0.0.1:1234"),
    ),
    // ip(7)/RFC 1122 3.2.1.3: 127.0.0.0/8 is the loopback network (the lo device holds 127.0.0.1/8): 127.0.0.2 is
    // loopback, not reachable from pods.
    dev(
        "python3 -m http.server --bind 127.0.0.2 --directory /usr/share/ops/www",
        unit(
            "dev-nsec5s-rt86l",
            "/usr/bin/python3 -m http.server 8080 --bind 127.0.0.2 --directory /usr/share/ops/www",
            ["mkdir -p /usr/share/ops/www"],
        ),
    ),
    // ipv6(7): ::1 is the IPv6 loopback address.
    dev(
        "python3 -m http.server --bind ::1 --directory /usr/share/ops/www",
        unit("dev-nsec6s-rt86l", "/usr/bin/python3 -m http.server 8080 --bind ::1 --directory /usr/share/ops/www", [
            "mkdir -p /usr/share/ops/www",
        ]),
    ),
    // Syncthing GUI on loopback, run as an unprivileged user owning only its own folder.
    dev(
        "syncthing --gui-address=127.0.0.1:8384 as User=syncthing",
        unit(
            "dev-nsec7s-rt86l",
            "/usr/bin/syncthing serve --no-browser --gui-address=127.0.0.1:8384 --home=/var/lib/syncthing",
            ["useradd --system --home-dir /var/lib/syncthing --create-home syncthing"],
            ["User=syncthing", "Group=syncthing"],
        ),
    ),
    // varnishd(1) -a 127.0.0.1:6081 in front of a loopback application server.
    dev(
        "varnishd -a 127.0.0.1:6081 -b 127.0.0.1:8080",
        unit("dev-nsec8s-rt86l", "/usr/sbin/varnishd -F -a 127.0.0.1:6081 -b 127.0.0.1:8080 -s malloc,64m", [
            "dnf install -y varnish",
        ]),
    ),
    // rclone serve http --addr 127.0.0.1:8080 --read-only of a public directory.
    dev(
        "rclone serve http /usr/share/ops/public --addr 127.0.0.1:8080 --read-only",
        unit("dev-nsec9s-rt86l", "/usr/bin/rclone serve http /usr/share/ops/public --addr 127.0.0.1:8080 --read-only", [
            "mkdir -p /usr/share/ops/public",
        ]),
    ),
    // pyftpdlib "-i, --interface" loopback, read-only (no -w) on a public directory.
    dev(
        "python3 -m pyftpdlib -i 127.0.0.1 -d /usr/share/ops/pub (read-only)",
        unit("dev-nsec10s-rt86l", "/usr/bin/python3 -m pyftpdlib -i 127.0.0.1 -p 2121 -d /usr/share/ops/pub", [
            "pip3 install pyftpdlib==1.5.9",
            "mkdir -p /usr/share/ops/pub",
        ]),
    ),
    // ssh(1) -D 127.0.0.1:1080: "bind_address of localhost indicates that the listening port be bound for local use
    // only".
    dev(
        "ssh -N -D 127.0.0.1:1080 bastion",
        unit(
            "dev-nsec11s-rt86l",
            "/usr/bin/ssh -N -o StrictHostKeyChecking=yes -D 127.0.0.1:1080 ops@bastion.example.com",
        ),
    ),
    // xinetd bind = 127.0.0.1 with a redirect to a loopback application (RHEL guide: "the bind option only allows
    // requests for the proper IP address").
    dev(
        "xinetd bind = 127.0.0.1, redirect = 127.0.0.1 8081",
        script("dev-nsec12s-rt86l", [
            "dnf install -y xinetd",
            ...file("/etc/xinetd.d/app", [
                "service app",
                "{",
                "    type        = UNLISTED",
                "    socket_type = stream",
                "    protocol    = tcp",
                "    port        = 8080",
                "    wait        = no",
                "    bind        = 127.0.0.1",
                "    redirect    = 127.0.0.1 8081",
                "}",
            ]),
            "systemctl enable --now xinetd",
        ]),
    ),
    // wsgidav on loopback over a share directory.
    dev(
        "wsgidav --host 127.0.0.1 --root /usr/share/ops/share --auth anonymous",
        unit(
            "dev-nsec13s-rt86l",
            "/usr/local/bin/wsgidav --host 127.0.0.1 --port 8080 --root /usr/share/ops/share --auth anonymous",
            ["pip3 install wsgidav==4.3.3 cheroot==10.0.1", "mkdir -p /usr/share/ops/share"],
        ),
    ),
    // buildkitd.toml listing only the unix socket (the default address).
    dev(
        "/etc/buildkit/buildkitd.toml [grpc] address = unix:///run/buildkit/buildkitd.sock",
        unit("dev-nsec14s-rt86l", "/usr/local/bin/buildkitd", [
            ...file("/etc/buildkit/buildkitd.toml", [
                "[grpc]",
                '  address = [ "unix:///run/buildkit/buildkitd.sock" ]',
            ]),
        ]),
    ),
    // libvirtd with its packaged defaults (libvirtd.conf: "listen_tcp ... This is disabled by default"): unix sockets.
    dev(
        "systemctl enable --now libvirtd (defaults: unix sockets only)",
        script("dev-nsec15s-rt86l", ["dnf install -y libvirt-daemon-kvm", "systemctl enable --now libvirtd"]),
    ),
    // rclone wiki '"serve" to Another Computer': "By default, rclone serve http and rclone serve webdav will open a
    // server only accessible to localhost".
    dev(
        "rclone serve webdav /usr/share/ops/share (default address: localhost)",
        unit("dev-nsec16s-rt86l", "/usr/bin/rclone serve webdav /usr/share/ops/share", [
            "mkdir -p /usr/share/ops/share",
        ]),
    ),
    // code-server --config whose bind-addr is loopback (code-server's default is 127.0.0.1:8080).
    dev(
        "code-server --config /opt/ops/cs.yaml (bind-addr 127.0.0.1:8080, auth: password)",
        unit(
            "dev-nsec17s-rt86l",
            "/usr/bin/code-server --config /opt/ops/cs.yaml",
            [...file("/opt/ops/cs.yaml", ["bind-addr: 127.0.0.1:8080", "auth: password", "cert: false"])],
            ["User=ec2-user", "Environment=HOME=/home/ec2-user"],
        ),
    ),
    // ip(7): 127.0.0.0/8 is loopback: a root shell relay bound to 127.0.0.2 is reached only in the node's namespace
    // (the same standing the pack gives bind=127.0.0.1, redteam81/83 secure twins).
    dev(
        "socat TCP-LISTEN:4444,bind=127.0.0.2 EXEC:/usr/bin/uptime",
        unit("dev-nsec18s-rt86l", "/usr/bin/socat TCP-LISTEN:4444,bind=127.0.0.2,fork,reuseaddr EXEC:/usr/bin/uptime"),
    ),
    // /etc/hosts left alone (AL2023's "127.0.0.1 localhost"), an added alias for a loopback address.
    dev(
        "/etc/hosts 127.0.0.1 opsbind, socat bind=opsbind EXEC:/usr/bin/uptime",
        unit("dev-nsec19s-rt86l", "/usr/bin/socat TCP-LISTEN:4444,bind=opsbind,fork,reuseaddr EXEC:/usr/bin/uptime", [
            "echo '127.0.0.1 opsbind' >> /etc/hosts",
        ]),
    ),
    // inet_aton(3) "a: The value a is interpreted as a 32-bit value": 2130706433 is 127.0.0.1.
    dev(
        "socat TCP-LISTEN:4444,bind=2130706433 EXEC:/usr/bin/uptime",
        unit("dev-nsec20s-rt86l", "/usr/bin/socat TCP-LISTEN:4444,bind=2130706433,fork,reuseaddr EXEC:/usr/bin/uptime"),
    ),
    // inet_aton(3): "0" prefix is octal: 0177.0.0.1 is 127.0.0.1.
    dev(
        "socat TCP-LISTEN:4444,bind=0177.0.0.1 EXEC:/usr/bin/uptime",
        unit("dev-nsec21s-rt86l", "/usr/bin/socat TCP-LISTEN:4444,bind=0177.0.0.1,fork,reuseaddr EXEC:/usr/bin/uptime"),
    ),
    // EnvironmentFile naming a loopback GUI address.
    dev(
        "syncthing as root, EnvironmentFile=/opt/ops/st.env (STGUIADDRESS=127.0.0.1:8384)",
        unit(
            "dev-nsec22s-rt86l",
            "/usr/bin/syncthing serve --no-browser --home=/var/lib/st",
            [...file("/opt/ops/st.env", ["STGUIADDRESS=127.0.0.1:8384"])],
            ["EnvironmentFile=/opt/ops/st.env"],
        ),
    ),
    // nvmet "loop" transport (nvmetcli README: "loop" is the local loopback transport, no network): the node's own
    // initiator only.
    dev(
        "nvmet configfs: a file-backed namespace on the loop transport",
        script("dev-nsec23s-rt86l", [
            "modprobe nvmet && modprobe nvme-loop",
            "truncate -s 1G /var/lib/ops-nvme.img",
            "mkdir -p /sys/kernel/config/nvmet/subsystems/ops",
            "echo 1 > /sys/kernel/config/nvmet/subsystems/ops/attr_allow_any_host",
            "mkdir -p /sys/kernel/config/nvmet/subsystems/ops/namespaces/1",
            "echo -n /var/lib/ops-nvme.img > /sys/kernel/config/nvmet/subsystems/ops/namespaces/1/device_path",
            "echo 1 > /sys/kernel/config/nvmet/subsystems/ops/namespaces/1/enable",
            "mkdir -p /sys/kernel/config/nvmet/ports/1",
            "echo loop > /sys/kernel/config/nvmet/ports/1/addr_trtype",
            "ln -s /sys/kernel/config/nvmet/subsystems/ops /sys/kernel/config/nvmet/ports/1/subsystems/ops",
        ]),
    ),
    // ---- Round 86 fixes: neighbours ----
    // CONFIG-FILE-BIND-UNREAD: the same frps configuration on loopback (a tunnel only the node's processes reach).
    dev(
        "frps -c /opt/ops/frps.toml (bindAddr = 127.0.0.1)",
        unit("dev-nsec1s-fix86", "/usr/local/bin/frps -c /opt/ops/frps.toml", [
            ...file("/opt/ops/frps.toml", ['bindAddr = "127.0.0.1"', "bindPort = 7000"]),
        ]),
    ),
    // WsgiDAV's YAML with host on loopback.
    dev(
        "wsgidav --config /opt/ops/wsgidav.yaml (host 127.0.0.1, a share directory)",
        unit("dev-nsec2s-fix86", "/usr/local/bin/wsgidav --config /opt/ops/wsgidav.yaml", [
            "pip3 install wsgidav==4.3.3 cheroot==10.0.1",
            "mkdir -p /usr/share/ops/share",
            ...file("/opt/ops/wsgidav.yaml", [
                "host: 127.0.0.1",
                "port: 8080",
                "provider_mapping:",
                '  "/": "/usr/share/ops/share"',
            ]),
        ]),
    ),
    // LIBVIRT-REMOTE-TCP-UNREAD: libvirtd-tcp.socket with the packaged libvirtd.conf (auth_tcp "sasl" by default:
    // "Using the TCP socket requires SASL authentication by default").
    dev(
        "systemctl enable --now libvirtd-tcp.socket (packaged libvirtd.conf: SASL)",
        script("dev-nsec3s-fix86", ["dnf install -y libvirt-daemon-kvm", "systemctl enable --now libvirtd-tcp.socket"]),
    ),
    // libvirtd.conf listen_addr on loopback: the unauthenticated TCP listener reached only from the node itself.
    dev(
        "libvirtd --listen, listen_tcp = 1, auth_tcp = none, listen_addr = 127.0.0.1",
        script("dev-nsec4s-fix86", [
            "dnf install -y libvirt-daemon-kvm",
            ...file("/etc/libvirt/libvirtd.conf", ["listen_tcp = 1", 'listen_addr = "127.0.0.1"', 'auth_tcp = "none"']),
            "libvirtd --listen --daemon",
        ]),
    ),
    // KERNEL-TARGET-CONFIGFS-UNREAD: nvmetcli restore of a loop-transport target (nvmetcli README: "loop").
    dev(
        "nvmetcli restore /opt/ops/nvmet.json (loop transport, a file-backed namespace)",
        script("dev-nsec5s-fix86", [
            "truncate -s 1G /var/lib/ops-nvme.img",
            ...file("/opt/ops/nvmet.json", [
                '{ "ports": [ { "addr": { "adrfam": "", "traddr": "", "trsvcid": "", "trtype": "loop" },',
                '  "portid": 1, "subsystems": [ "ops" ] } ],',
                '  "subsystems": [ { "allowed_hosts": [], "attr": { "allow_any_host": "1" },',
                '  "namespaces": [ { "device": { "path": "/var/lib/ops-nvme.img" }, "enable": 1, "nsid": 1 } ], "nqn": "ops" } ] }',
            ]),
            "nvmetcli restore /opt/ops/nvmet.json",
        ]),
    ),
];

describeNodeCases("red team round 86: node listeners (nsec)", insecure, secure);
