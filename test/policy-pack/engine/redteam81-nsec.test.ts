// Red-team round 81 (fresh eyes) on EKS NODE security, area nsec (listeners, suffix -rt81l): network listeners root
// starts on custody nodes that the earlier rounds did not name: debuggers' servers (Delve, gdbserver, Ruby rdbg, Deno
// and Bun inspectors), block-device and file-sharing exports (qemu-nbd, nbd-server, nbdkit, iSCSI targetcli,
// vsftpd, unfsd, ksmbd), application servers speaking a code-loading protocol (php-fpm FastCGI, uWSGI, distccd, Perl
// plackup), log agents' network inputs fed to program outputs (rsyslog imtcp/imudp -> omprog, syslog-ng network() ->
// program(), Logstash tcp/http -> exec/pipe), journal gateways, x11vnc; secure twins (loopback binds, unix sockets,
// data-only outputs).
// Misses (27 insecure accepted, 0 secure refused):
// - insecure, UNREAD-DAEMON-EXPORTS-NODE-DATA (9): dev-nsec9/10/11/12/14/15/31/32/33-rt81l: qemu-nbd, nbd-server
//   (argv and -C config), nbdkit, targetcli and tgtd iSCSI targets of the root disk, unfsd, ksmbd, NFS-Ganesha
//   exports of /: no SERVERS / SERVER_CONFIGS entry (commandServers.ts, listeners.ts), so no listener at all.
// - insecure, UNREAD-CODE-LOADING-SERVER (6): dev-nsec16/18/19/38/40/41-rt81l: php-fpm pools on 9000/[::]:9000 as
//   root, distccd --allow 0.0.0.0/0, plackup serving /, dask scheduler on every address with a root worker, snmpd
//   rwcommunity (writable NET-SNMP-EXTEND-MIB) on the default agentaddress.
// - insecure, LOG-AGENT-PROGRAM-OUTPUT (5): dev-nsec20/21/22/29/30-rt81l: rsyslog omprog and syslog-ng program() of a
//   shell fed by network inputs or local senders (logAgents.ts rsyslog/syslogNg read file outputs only).
// - insecure, LOGSTASH-UNREAD (2): dev-nsec23/24-rt81l: Logstash tcp/http inputs into exec %{message} / pipe /bin/sh
//   (no LOG_AGENTS entry).
// - insecure, STDIO-FILE-SERVER-PER-CONNECTION (5): dev-nsec27/34/35/36/37-rt81l: sftp-server / rsync --server behind
//   socat EXEC:, ncat -e, systemd-socket-activate --inetd, xinetd server= (listeners.ts runsClientCommands: shells
//   only).
// Held: 12 of 39 insecure refused (Ray --dashboard-host=0.0.0.0, Delve --listen=:2345 and glued -l0.0.0.0,
// gdbserver --multi and --attach, rdbg --open --host and RUBY_DEBUG_HOST, Deno/Bun --inspect=0.0.0.0, uWSGI
// --socket :3031, socat OPENSSL-LISTEN verify=0 EXEC:/bin/sh, busybox tcpsvd ftpd -w /); 24 of 24 secure clean
// (loopback Delve/gdbserver, rdbg unix socket, Deno default inspector, qemu-nbd -b 127.0.0.1, nbd-server 127.0.0.1@,
// php-fpm unix socket and 127.0.0.1:9000, uWSGI loopback, rsyslog/syslog-ng/Logstash data-only or loopback inputs,
// ncat 127.0.0.1 sftp-server, tcpsvd loopback, dask scheduler --host 127.0.0.1, snmpd loopback read-only, socat
// bind=127.0.0.1, packaged php-fpm, nbdkit -U, rsyslog omprog of logger).
// Round 81 fixes (fix81-nsec): 20 of the 27 misses fixed (log agents' program outputs, Logstash, per-connection file
// servers, command-line disk exports and code servers); 7 open (targetcli, tgtd, ksmbd, Ganesha, php-fpm pools x2,
// snmpd: configurations the pack does not read), each with its "Still open" line.
// Round 82 fixes (fix82-listeners): the 7 fixed (daemonConfigs.ts: targetcli portals, tgtd targets, NFS-Ganesha exports,
// php-fpm pools, snmpd write access; ksmbd.conf read as smb.conf), with -fix82 neighbours.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase, systemdUnit } from "./nodeBuilders";

const dev = devNodeCase;
const script = devNodeScript;
const file = heredocFile;

/** A root unit `ops` running `exec`. */
const unit = (name: string, exec: string, pre: string[] = [], service: string[] = []) =>
    script(name, [...pre, ...systemdUnit("ops", [...service, `ExecStart=${exec}`])]);
const rsyslog = (conf: string[]) => [
    "dnf install -y rsyslog",
    ...file("/etc/rsyslog.d/50-ops.conf", conf),
    "systemctl enable --now rsyslog",
];
const syslogNg = (conf: string[]) => [
    "dnf install -y syslog-ng",
    ...file("/etc/syslog-ng/conf.d/ops.conf", conf),
    "systemctl enable --now syslog-ng",
];
const logstash = (conf: string[]) => [
    "dnf install -y logstash",
    ...file("/etc/logstash/conf.d/ops.conf", conf),
    ...file("/etc/systemd/system/logstash.service.d/10-root.conf", ["[Service]", "User=root", "Group=root"]),
    "systemctl daemon-reload && systemctl enable --now logstash",
];
const GO_SRV = [
    ...file("/opt/ops/go.mod", ["module example.com/ops", "", "go 1.22"]),
    ...file("/opt/ops/main.go", [
        "package main",
        "",
        'import "net/http"',
        "",
        "func main() {",
        '\thttp.ListenAndServe("127.0.0.1:8080", http.FileServer(http.Dir("/etc/kubernetes")))',
        "}",
    ]),
    "cd /opt/ops && go build -o /usr/local/bin/ops .",
];

const insecure: NodeCase[] = [
    // ---- debuggers' servers ----
    // Delve (dlv help / Documentation/usage): "-l, --listen string Debugging server listen address (default
    // 127.0.0.1:0)"; `--headless` serves JSON-RPC/DAP, whose clients call functions, write memory and restart the
    // target with new arguments (Documentation/api). `:2345` is every address (Go net.Listen: an empty host listens on
    // all addresses): whoever connects runs code inside a root process, reading /var/lib/kubelet/kubeconfig's client
    // key and every pod's projected token (the custody signer's role: kms:Sign/Decrypt).
    dev(
        "dlv exec --headless --listen=:2345 of a root binary",
        unit(
            "dev-nsec1-rt81l",
            "/root/go/bin/dlv exec /usr/local/bin/ops --headless --listen=:2345 --accept-multiclient --api-version=2",
            [...GO_SRV, "go install github.com/go-delve/delve/cmd/dlv@v1.23.1"],
        ),
    ),
    // The same with the pflag shorthand glued (-l0.0.0.0:2345) and `dlv attach` to a running root process.
    dev(
        "dlv attach PID --headless -l0.0.0.0:2345",
        script("dev-nsec2-rt81l", [
            ...GO_SRV,
            "go install github.com/go-delve/delve/cmd/dlv@v1.23.1",
            "nohup /usr/local/bin/ops >/dev/null 2>&1 &",
            "nohup /root/go/bin/dlv attach $! --headless -l0.0.0.0:2345 --accept-multiclient >/dev/null 2>&1 &",
        ]),
    ),
    // gdbserver(1): "--multi ... gdbserver ... the client can run programs"; `extended-remote` lets the connecting gdb
    // `run` any program as gdbserver's user (root); the COMM `:1234` (host omitted) listens on every address.
    dev(
        "gdbserver --multi :1234 (extended-remote: the client runs programs as root)",
        script("dev-nsec3-rt81l", ["dnf install -y gdb-gdbserver", "nohup gdbserver --multi :1234 >/dev/null 2>&1 &"]),
    ),
    // gdbserver attached to a root process on 0.0.0.0 (the client reads and writes its memory, calls functions).
    dev(
        "gdbserver --attach 0.0.0.0:1234 $(pidof kubelet)",
        script("dev-nsec4-rt81l", [
            "dnf install -y gdb-gdbserver",
            "nohup gdbserver --attach 0.0.0.0:1234 $(pidof kubelet) >/dev/null 2>&1 &",
        ]),
    ),
    // ruby/debug (rdbg --help): "--open ... Start remote debugging with opening the network port"; "--host=HOST
    // DEBUGGER HOST"; the remote console evaluates Ruby in the root process.
    dev(
        "rdbg --open --host 0.0.0.0 --port 12345 (Ruby debugger)",
        unit("dev-nsec5-rt81l", "/usr/local/bin/rdbg --open --nonstop --host 0.0.0.0 --port 12345 /opt/ops/app.rb", [
            "dnf install -y ruby && gem install debug",
            ...file("/opt/ops/app.rb", [
                'require "webrick"',
                'WEBrick::HTTPServer.new(BindAddress: "127.0.0.1", Port: 8080).start',
            ]),
        ]),
    ),
    // ruby/debug: RUBY_DEBUG_OPEN/RUBY_DEBUG_HOST/RUBY_DEBUG_PORT configure the same remote console ("UI ... open:
    // Open remote port (same as `rdbg --open` option)").
    dev(
        "ruby -r debug/open with RUBY_DEBUG_HOST=0.0.0.0 from the unit",
        unit(
            "dev-nsec6-rt81l",
            "/usr/bin/ruby -r debug/open /opt/ops/app.rb",
            [
                "dnf install -y ruby && gem install debug",
                ...file("/opt/ops/app.rb", [
                    'require "webrick"',
                    'WEBrick::HTTPServer.new(BindAddress: "127.0.0.1", Port: 8080).start',
                ]),
            ],
            [
                "Environment=RUBY_DEBUG_NONSTOP=1",
                "Environment=RUBY_DEBUG_HOST=0.0.0.0",
                "Environment=RUBY_DEBUG_PORT=12345",
            ],
        ),
    ),
    // Deno manual (Debugging): "--inspect=<HOST:PORT>"; the V8 inspector protocol evaluates JavaScript in the
    // process (Runtime.evaluate), which with --allow-all reads any file as root.
    dev(
        "deno run -A --inspect=0.0.0.0:9229",
        unit("dev-nsec7-rt81l", "/usr/local/bin/deno run -A --inspect=0.0.0.0:9229 /opt/ops/app.ts", [
            ...file("/opt/ops/app.ts", [
                'Deno.serve({ hostname: "127.0.0.1", port: 8080 }, () => new Response("ok"));',
            ]),
        ]),
    ),
    // Bun docs (Debugger): `bun --inspect=HOST:PORT` opens the WebKit inspector; the client evaluates code as root.
    dev(
        "bun --inspect=0.0.0.0:6499",
        unit("dev-nsec8-rt81l", "/usr/local/bin/bun --inspect=0.0.0.0:6499 /opt/ops/app.ts", [
            ...file("/opt/ops/app.ts", [
                'Bun.serve({ hostname: "127.0.0.1", port: 8080, fetch: () => new Response("ok") });',
            ]),
        ]),
    ),
    // ---- block devices and file shares ----
    // qemu-nbd(8): "-b, --bind=IFACE ... (default 0.0.0.0)", "-p, --port (default 10809)": the node's root disk is
    // served to any NBD client, who reads /var/lib/kubelet/pki, the kubeconfig's client key and pods' secrets from
    // the raw blocks (and, without -r, writes them).
    // Was a MISS (fixed in round 81): UNREAD-DAEMON-EXPORTS-NODE-DATA (insecure accepted, got []): the pack reads
    // listeners only of the programs it names (commandServers.ts SERVERS, by program name) and of the configurations it
    // names (listeners.ts SERVER_CONFIGS: xinetd, inetd, stunnel, /etc/exports, rsyncd, Samba); an
    // NBD/iSCSI/NFS-Ganesha/unfs3/ksmbd daemon of the root disk is no listener and its configuration no server's. Fix
    // (general): a daemon root starts (nohup/&, a unit, systemctl enable of a package's unit) that the pack cannot
    // place is an unknown listener (fail closed), and a program given a node block device (/dev/nvme*, /dev/xvd*,
    // /dev/sd*, /dev/disk/*) or / as an operand is a reader of all node data.
    dev(
        "qemu-nbd -t -r /dev/nvme0n1 (root disk over NBD on 0.0.0.0)",
        script("dev-nsec9-rt81l", [
            "dnf install -y qemu-img",
            "nohup qemu-nbd -t -r -f raw /dev/nvme0n1 >/dev/null 2>&1 &",
        ]),
    ),
    // nbd-server(1): `nbd-server [ip@]port filename`: without ip@ it listens on every address.
    // Was a MISS (fixed in round 81): UNREAD-DAEMON-EXPORTS-NODE-DATA (insecure accepted, got []): the pack reads
    // listeners only of the programs it names (commandServers.ts SERVERS, by program name) and of the configurations it
    // names (listeners.ts SERVER_CONFIGS: xinetd, inetd, stunnel, /etc/exports, rsyncd, Samba); an
    // NBD/iSCSI/NFS-Ganesha/unfs3/ksmbd daemon of the root disk is no listener and its configuration no server's. Fix
    // (general): a daemon root starts (nohup/&, a unit, systemctl enable of a package's unit) that the pack cannot
    // place is an unknown listener (fail closed), and a program given a node block device (/dev/nvme*, /dev/xvd*,
    // /dev/sd*, /dev/disk/*) or / as an operand is a reader of all node data.
    dev(
        "nbd-server 10809 /dev/nvme0n1p1",
        script("dev-nsec10-rt81l", ["dnf install -y nbd", "nbd-server 10809 /dev/nvme0n1p1"]),
    ),
    // nbdkit(1): "-i, --ipaddr IPADDR ... By default it will listen on all interfaces"; the file plugin serves the
    // root partition.
    // Was a MISS (fixed in round 81): UNREAD-DAEMON-EXPORTS-NODE-DATA (insecure accepted, got []): the pack reads
    // listeners only of the programs it names (commandServers.ts SERVERS, by program name) and of the configurations it
    // names (listeners.ts SERVER_CONFIGS: xinetd, inetd, stunnel, /etc/exports, rsyncd, Samba); an
    // NBD/iSCSI/NFS-Ganesha/unfs3/ksmbd daemon of the root disk is no listener and its configuration no server's. Fix
    // (general): a daemon root starts (nohup/&, a unit, systemctl enable of a package's unit) that the pack cannot
    // place is an unknown listener (fail closed), and a program given a node block device (/dev/nvme*, /dev/xvd*,
    // /dev/sd*, /dev/disk/*) or / as an operand is a reader of all node data.
    dev(
        "nbdkit file /dev/nvme0n1p1",
        script("dev-nsec11-rt81l", ["dnf install -y nbdkit", "nbdkit --readonly file /dev/nvme0n1p1"]),
    ),
    // targetcli: an iSCSI target with generate_node_acls=1 and authentication=0 (demo mode) exports the block
    // backstore to any initiator; the default portal is 0.0.0.0:3260.
    // Was a MISS (fixed in round 82): UNREAD-DAEMON-EXPORTS-NODE-DATA (insecure accepted, got []): the pack reads listeners only of the programs
    // it names (commandServers.ts SERVERS, by program name) and of the configurations it names (listeners.ts
    // SERVER_CONFIGS: xinetd, inetd, stunnel, /etc/exports, rsyncd, Samba); an NBD/iSCSI/NFS-Ganesha/unfs3/ksmbd daemon
    // of the root disk is no listener and its configuration no server's. Fix (general): a daemon root starts (nohup/&,
    // a unit, systemctl enable of a package's unit) that the pack cannot place is an unknown listener (fail closed),
    // and a program given a node block device (/dev/nvme*, /dev/xvd*, /dev/sd*, /dev/disk/*) or / as an operand is a
    // reader of all node data.
    // Still open (round 81): targetcli configures the kernel LIO target (saved to /etc/target/saveconfig.json), a
    // configuration the pack does not read; the fix needs a targetcli/LIO reader (portal 0.0.0.0:3260, demo-mode ACLs).
    dev(
        "targetcli iSCSI demo-mode target of /dev/nvme0n1",
        script("dev-nsec12-rt81l", [
            "dnf install -y targetcli",
            "targetcli /backstores/block create name=root dev=/dev/nvme0n1",
            "targetcli /iscsi create iqn.2026-01.com.example:root",
            "targetcli /iscsi/iqn.2026-01.com.example:root/tpg1/luns create /backstores/block/root",
            "targetcli /iscsi/iqn.2026-01.com.example:root/tpg1 set attribute authentication=0 generate_node_acls=1 demo_mode_write_protect=0",
        ]),
    ),
    // unfsd(8): a user-space NFSv3 server reading `-e exports`; `/ (rw,no_root_squash)` to any host.
    // Was a MISS (fixed in round 81): UNREAD-DAEMON-EXPORTS-NODE-DATA (insecure accepted, got []): the pack reads
    // listeners only of the programs it names (commandServers.ts SERVERS, by program name) and of the configurations it
    // names (listeners.ts SERVER_CONFIGS: xinetd, inetd, stunnel, /etc/exports, rsyncd, Samba); an
    // NBD/iSCSI/NFS-Ganesha/unfs3/ksmbd daemon of the root disk is no listener and its configuration no server's. Fix
    // (general): a daemon root starts (nohup/&, a unit, systemctl enable of a package's unit) that the pack cannot
    // place is an unknown listener (fail closed), and a program given a node block device (/dev/nvme*, /dev/xvd*,
    // /dev/sd*, /dev/disk/*) or / as an operand is a reader of all node data.
    dev(
        "unfsd -e /etc/unfs-exports with / (rw,no_root_squash)",
        script("dev-nsec14-rt81l", [
            ...file("/etc/unfs-exports", ["/ (rw,no_root_squash)"]),
            "unfsd -e /etc/unfs-exports",
        ]),
    ),
    // ksmbd.conf(5): a share `path = /` with `guest ok = yes` served by the in-kernel SMB server on every address.
    // Was a MISS (fixed in round 82): UNREAD-DAEMON-EXPORTS-NODE-DATA (insecure accepted, got []): the pack reads listeners only of the programs
    // it names (commandServers.ts SERVERS, by program name) and of the configurations it names (listeners.ts
    // SERVER_CONFIGS: xinetd, inetd, stunnel, /etc/exports, rsyncd, Samba); an NBD/iSCSI/NFS-Ganesha/unfs3/ksmbd daemon
    // of the root disk is no listener and its configuration no server's. Fix (general): a daemon root starts (nohup/&,
    // a unit, systemctl enable of a package's unit) that the pack cannot place is an unknown listener (fail closed),
    // and a program given a node block device (/dev/nvme*, /dev/xvd*, /dev/sd*, /dev/disk/*) or / as an operand is a
    // reader of all node data.
    // Still open (round 81): ksmbd.conf is read nowhere (the Samba reader reads smb.conf only); the fix needs
    // ksmbd.conf in SERVER_CONFIGS with the Samba share rules.
    dev(
        "ksmbd share path=/ guest ok = yes",
        script("dev-nsec15-rt81l", [
            "dnf install -y ksmbd-tools",
            ...file("/etc/ksmbd/ksmbd.conf", [
                "[global]",
                "guest account = root",
                "[root]",
                "path = /",
                "guest ok = yes",
                "read only = no",
            ]),
            "ksmbd.mountd",
        ]),
    ),
    // ---- code-loading application protocols ----
    // php-fpm.conf(5): `listen = 9000` is "a specific port on all addresses"; FastCGI clients name SCRIPT_FILENAME
    // and PHP_VALUE (auto_prepend_file=php://input), running their PHP as the pool user, root here
    // (php-fpm --allow-to-run-as-root).
    // Was a MISS (fixed in round 82): UNREAD-CODE-LOADING-SERVER (insecure accepted, got []): php-fpm's pool listen=, distccd --allow, plackup's
    // -o/default bind, dask scheduler's default bind and snmpd's agentaddress/rwcommunity are read nowhere
    // (commandServers.ts SERVERS has no entry; /etc/php-fpm.d is no SERVER_CONFIGS path). Fix (general): as
    // UNREAD-DAEMON-EXPORTS-NODE-DATA, an unknown server is an unknown listener (fail closed); known application
    // servers (php-fpm listen=, uWSGI --socket, distccd --listen/--allow, plackup -o) judged by their bind.
    // Still open (round 81): php-fpm pools (/etc/php-fpm.d/*.conf listen=, listen.allowed_clients) are read nowhere,
    // and the pool is started by the packaged unit; the fix needs a pool reader in SERVER_CONFIGS keyed on php-fpm's
    // unit or command.
    dev(
        "php-fpm pool listen = 9000, user = root",
        script("dev-nsec16-rt81l", [
            "dnf install -y php-fpm",
            ...file("/etc/php-fpm.d/www.conf", [
                "[www]",
                "user = root",
                "group = root",
                "listen = 9000",
                "pm = static",
                "pm.max_children = 2",
            ]),
            ...file("/etc/systemd/system/php-fpm.service.d/10-root.conf", [
                "[Service]",
                "ExecStart=",
                "ExecStart=/usr/sbin/php-fpm --nodaemonize --allow-to-run-as-root",
            ]),
            "systemctl daemon-reload && systemctl enable --now php-fpm",
        ]),
    ),
    // uWSGI docs (Magic variables): a uwsgi-protocol client sets UWSGI_FILE / UWSGI_SCRIPT to load an app, so a
    // `--socket :3031` open to the network runs the client's code as root (uWSGI "Security" notes: never expose the
    // uwsgi socket).
    dev(
        "uwsgi --socket :3031 as root",
        unit("dev-nsec17-rt81l", "/usr/local/bin/uwsgi --socket :3031 --wsgi-file /opt/ops/app.py --master", [
            "pip3 install uwsgi==2.0.26",
            ...file("/opt/ops/app.py", [
                "def application(env, start):",
                "    start('200 OK', [])",
                "    return [b'ok']",
            ]),
        ]),
    ),
    // distccd(1): "--allow IPADDR[/MASK] Instructs distccd to accept connections from the IP address"; the packaged
    // clients.allow warns "any user on the trusted hosts can (with some effort) run arbitrary commands as the distcc
    // user"; run by root it switches to --user: root here. Even as another user, a node process reaches instance
    // metadata (no hop limit applies to the host's own network) and takes the node role.
    // Was a MISS (fixed in round 81): UNREAD-CODE-LOADING-SERVER (insecure accepted, got []): php-fpm's pool listen=,
    // distccd --allow, plackup's -o/default bind, dask scheduler's default bind and snmpd's agentaddress/rwcommunity
    // are read nowhere (commandServers.ts SERVERS has no entry; /etc/php-fpm.d is no SERVER_CONFIGS path). Fix
    // (general): as UNREAD-DAEMON-EXPORTS-NODE-DATA, an unknown server is an unknown listener (fail closed); known
    // application servers (php-fpm listen=, uWSGI --socket, distccd --listen/--allow, plackup -o) judged by their bind.
    dev(
        "distccd --daemon --allow 0.0.0.0/0 --user root",
        script("dev-nsec18-rt81l", ["dnf install -y distcc-server", "distccd --daemon --allow 0.0.0.0/0 --user root"]),
    ),
    // Plack::App::Directory serves `root` with an index; plackup(1) "-o, --host ... defaults to all interfaces".
    // Was a MISS (fixed in round 81): UNREAD-CODE-LOADING-SERVER (insecure accepted, got []): php-fpm's pool listen=,
    // distccd --allow, plackup's -o/default bind, dask scheduler's default bind and snmpd's agentaddress/rwcommunity
    // are read nowhere (commandServers.ts SERVERS has no entry; /etc/php-fpm.d is no SERVER_CONFIGS path). Fix
    // (general): as UNREAD-DAEMON-EXPORTS-NODE-DATA, an unknown server is an unknown listener (fail closed); known
    // application servers (php-fpm listen=, uWSGI --socket, distccd --listen/--allow, plackup -o) judged by their bind.
    dev(
        "plackup Plack::App::Directory root => / on all interfaces",
        script("dev-nsec19-rt81l", [
            "dnf install -y perl-Plack",
            `nohup plackup -p 5000 -MPlack::App::Directory -e 'Plack::App::Directory->new({root => "/"})->to_app' >/dev/null 2>&1 &`,
        ]),
    ),
    // ---- log agents: network inputs into program outputs ----
    // rsyslog imtcp "input(type=\"imtcp\" port=\"514\")" listens on every address; omprog "Executes the configured
    // program and feeds the selected log messages to the program's stdin": binary /bin/sh runs each message as a
    // root shell command.
    // Was a MISS (fixed in round 81): LOG-AGENT-PROGRAM-OUTPUT (insecure accepted, got []): logAgents.ts rsyslog() and
    // syslogNg() record only omfile / file() outputs (fileOutputs); rsyslog's omprog binary= and syslog-ng's program()
    // destination, which feed every message to a root program's stdin, are neither `commands` nor `execOutputs`
    // (addresses.ts names them, but only to require the file be readable). Fix (general): every program output of every
    // agent (omprog, ^program, program(), pipe()) is an execOutput judged as fluentd out_exec is (a shell/interpreter
    // fed records = a shell for the senders: network inputs, or SYSLOG_SENDERS for the local socket).
    dev(
        "rsyslog imtcp on 0.0.0.0:514 into omprog binary=/bin/sh",
        script(
            "dev-nsec20-rt81l",
            rsyslog([
                'module(load="imtcp")',
                'input(type="imtcp" port="514" ruleset="ops")',
                'module(load="omprog")',
                'ruleset(name="ops") { action(type="omprog" binary="/bin/sh") }',
            ]),
        ),
    ),
    // rsyslog imudp, legacy directives ($UDPServerRun) and omprog with `-c` reading the message as template.
    // Was a MISS (fixed in round 81): LOG-AGENT-PROGRAM-OUTPUT (insecure accepted, got []): logAgents.ts rsyslog() and
    // syslogNg() record only omfile / file() outputs (fileOutputs); rsyslog's omprog binary= and syslog-ng's program()
    // destination, which feed every message to a root program's stdin, are neither `commands` nor `execOutputs`
    // (addresses.ts names them, but only to require the file be readable). Fix (general): every program output of every
    // agent (omprog, ^program, program(), pipe()) is an execOutput judged as fluentd out_exec is (a shell/interpreter
    // fed records = a shell for the senders: network inputs, or SYSLOG_SENDERS for the local socket).
    dev(
        "rsyslog $UDPServerRun 514 into omprog /bin/bash -s",
        script(
            "dev-nsec21-rt81l",
            rsyslog([
                "$ModLoad imudp",
                "$UDPServerRun 514",
                'module(load="omprog")',
                'template(name="raw" type="string" string="%msg%\\n")',
                '*.* action(type="omprog" binary="/bin/bash -s" template="raw")',
            ]),
        ),
    ),
    // syslog-ng network() "listens on 0.0.0.0" by default (syslog-ng OSE admin guide, network() ip()); program()
    // "starts an external application and sends the log messages to its standard input".
    // Was a MISS (fixed in round 81): LOG-AGENT-PROGRAM-OUTPUT (insecure accepted, got []): logAgents.ts rsyslog() and
    // syslogNg() record only omfile / file() outputs (fileOutputs); rsyslog's omprog binary= and syslog-ng's program()
    // destination, which feed every message to a root program's stdin, are neither `commands` nor `execOutputs`
    // (addresses.ts names them, but only to require the file be readable). Fix (general): every program output of every
    // agent (omprog, ^program, program(), pipe()) is an execOutput judged as fluentd out_exec is (a shell/interpreter
    // fed records = a shell for the senders: network inputs, or SYSLOG_SENDERS for the local socket).
    dev(
        'syslog-ng network(port(514)) into program("/bin/sh")',
        script(
            "dev-nsec22-rt81l",
            syslogNg([
                'source s_net { network(transport("tcp") port(514)); };',
                'destination d_sh { program("/bin/sh" template("${MSG}\\n")); };',
                "log { source(s_net); destination(d_sh); };",
            ]),
        ),
    ),
    // Logstash exec output: "The exec output will run a command for each event received. Ruby's system() function will
    // be used, i.e. the command string will be passed to a shell ... any shell metacharacters from the field values
    // will be passed straight to the shell"; the tcp input's host defaults to 0.0.0.0.
    // Was a MISS (fixed in round 81): LOGSTASH-UNREAD (insecure accepted, got []): Logstash is no LOG_AGENTS entry
    // (logAgents.ts), so /etc/logstash/conf.d is read by nothing: its tcp/http inputs and exec/pipe outputs are unseen.
    // Fix (general): add Logstash (and any agent whose package the script installs) to LOG_AGENTS, exec { command }
    // with %{field} and pipe { command } as execOutputs; an agent configuration the pack does not read is refused (fail
    // closed).
    dev(
        'logstash tcp input into exec { command => "echo %{message}" }',
        script(
            "dev-nsec23-rt81l",
            logstash([
                "input { tcp { port => 5000 } }",
                'output { exec { command => "echo %{message} >> /var/log/ops.log" } }',
            ]),
        ),
    ),
    // Logstash pipe output: "Pipe output: Pipe events to stdin of another program"; command /bin/sh runs each event.
    // Was a MISS (fixed in round 81): LOGSTASH-UNREAD (insecure accepted, got []): Logstash is no LOG_AGENTS entry
    // (logAgents.ts), so /etc/logstash/conf.d is read by nothing: its tcp/http inputs and exec/pipe outputs are unseen.
    // Fix (general): add Logstash (and any agent whose package the script installs) to LOG_AGENTS, exec { command }
    // with %{field} and pipe { command } as execOutputs; an agent configuration the pack does not read is refused (fail
    // closed).
    dev(
        'logstash http input into pipe { command => "/bin/sh" }',
        script(
            "dev-nsec24-rt81l",
            logstash([
                "input { http { port => 8080 } }",
                'output { pipe { command => "/bin/sh" message_format => "%{message}" } }',
            ]),
        ),
    ),
    // ---- other listeners ---- socat(1): OPENSSL-LISTEN with verify=0 does not check the client's certificate (any
    // client connects); EXEC:/bin/sh gives each connection a root shell: the kubelet's kubeconfig, pods' tokens, IMDS
    // credentials.
    dev(
        "socat OPENSSL-LISTEN with verify=0 into EXEC:/bin/sh",
        script("dev-nsec25-rt81l", [
            "openssl req -x509 -newkey rsa:2048 -nodes -keyout /etc/ops.key -out /etc/ops.pem -subj /CN=ops -days 365",
            "nohup socat OPENSSL-LISTEN:8443,cert=/etc/ops.pem,key=/etc/ops.key,verify=0,fork,reuseaddr EXEC:/bin/sh >/dev/null 2>&1 &",
        ]),
    ),
    // sftp-server(8) "is not intended to be called directly, but from sshd"; behind a TCP listener it serves the
    // file system as root to anyone who connects (no authentication).
    // Was a MISS (fixed in round 81): STDIO-FILE-SERVER-PER-CONNECTION (insecure accepted, got []): a per-connection
    // program (socat EXEC:, ncat -e, systemd-socket-activate --inetd, xinetd server=) is judged by listeners.ts
    // runsClientCommands, which counts only shells/interpreters/login/su/telnetd; sftp-server and rsync --server speak
    // a file protocol on stdin/stdout and serve / as root to whoever connects. Fix (general): a per-connection program
    // is an allowlist of data-only programs; any other (file-protocol servers: sftp-server, rsync --server, tftpd,
    // ftpd) is judged as a file server of / (root reads).
    dev(
        "socat TCP-LISTEN:2222,fork EXEC:/usr/libexec/openssh/sftp-server",
        script("dev-nsec27-rt81l", [
            "nohup socat TCP-LISTEN:2222,fork,reuseaddr EXEC:/usr/libexec/openssh/sftp-server >/dev/null 2>&1 &",
        ]),
    ),
    // busybox tcpsvd(1): "tcpsvd [-hEv] [-c N] [-C N[:MSG]] [-b N] [-u USER] [-l NAME] IP PORT PROG": IP 0 is every
    // address; ftpd -w / serves / writable as root.
    dev(
        "busybox tcpsvd -vE 0 21 busybox ftpd -w /",
        script("dev-nsec28-rt81l", ["nohup busybox tcpsvd -vE 0 21 busybox ftpd -w / >/dev/null 2>&1 &"]),
    ),
    // ---- round 81, depth: program outputs fed by local senders, more exports, stdio servers behind listeners ----
    // rsyslog omprog (rsyslog docs): "Executes the configured program and feeds log messages to that binary via stdin";
    // with no network input the senders are every local process (logger(1) through /dev/log): any non-root process on
    // the node (or a pod mounting /dev/log) runs root shell commands.
    // Was a MISS (fixed in round 81): LOG-AGENT-PROGRAM-OUTPUT (insecure accepted, got []): logAgents.ts rsyslog() and
    // syslogNg() record only omfile / file() outputs (fileOutputs); rsyslog's omprog binary= and syslog-ng's program()
    // destination, which feed every message to a root program's stdin, are neither `commands` nor `execOutputs`
    // (addresses.ts names them, but only to require the file be readable). Fix (general): every program output of every
    // agent (omprog, ^program, program(), pipe()) is an execOutput judged as fluentd out_exec is (a shell/interpreter
    // fed records = a shell for the senders: network inputs, or SYSLOG_SENDERS for the local socket).
    dev(
        "rsyslog *.* omprog binary=/bin/sh (local senders only)",
        script("dev-nsec29-rt81l", rsyslog(['module(load="omprog")', '*.* action(type="omprog" binary="/bin/sh")'])),
    ),
    // syslog-ng program() destination (admin guide: "starts an external application and sends the log messages to its
    // standard input") on the system() source: every local sender's message is a root shell command.
    // Was a MISS (fixed in round 81): LOG-AGENT-PROGRAM-OUTPUT (insecure accepted, got []): logAgents.ts rsyslog() and
    // syslogNg() record only omfile / file() outputs (fileOutputs); rsyslog's omprog binary= and syslog-ng's program()
    // destination, which feed every message to a root program's stdin, are neither `commands` nor `execOutputs`
    // (addresses.ts names them, but only to require the file be readable). Fix (general): every program output of every
    // agent (omprog, ^program, program(), pipe()) is an execOutput judged as fluentd out_exec is (a shell/interpreter
    // fed records = a shell for the senders: network inputs, or SYSLOG_SENDERS for the local socket).
    dev(
        'syslog-ng system() into program("/bin/bash")',
        script(
            "dev-nsec30-rt81l",
            syslogNg([
                "source s_local { system(); internal(); };",
                'destination d_sh { program("/bin/bash" template("${MSG}\\n")); };',
                "log { source(s_local); destination(d_sh); };",
            ]),
        ),
    ),
    // nbd-server(5): "[generic] ... Every other section defines one export"; exportname "the name of the file or
    // block device"; listenaddr "the address ... to listen on ... default all addresses": the root disk served.
    // Was a MISS (fixed in round 81): UNREAD-DAEMON-EXPORTS-NODE-DATA (insecure accepted, got []): the pack reads
    // listeners only of the programs it names (commandServers.ts SERVERS, by program name) and of the configurations it
    // names (listeners.ts SERVER_CONFIGS: xinetd, inetd, stunnel, /etc/exports, rsyncd, Samba); an
    // NBD/iSCSI/NFS-Ganesha/unfs3/ksmbd daemon of the root disk is no listener and its configuration no server's. Fix
    // (general): a daemon root starts (nohup/&, a unit, systemctl enable of a package's unit) that the pack cannot
    // place is an unknown listener (fail closed), and a program given a node block device (/dev/nvme*, /dev/xvd*,
    // /dev/sd*, /dev/disk/*) or / as an operand is a reader of all node data.
    dev(
        "nbd-server -C /etc/nbd-server/config exporting /dev/nvme0n1",
        script("dev-nsec31-rt81l", [
            "dnf install -y nbd",
            ...file("/etc/nbd-server/config", ["[generic]", "[root]", "exportname = /dev/nvme0n1", "readonly = true"]),
            "nbd-server -C /etc/nbd-server/config",
        ]),
    ),
    // tgt targets.conf(5): a <target> with `backing-store` and no initiator-address/incominguser is open to every
    // initiator (tgtadm --initiator-address ALL); tgtd listens on 0.0.0.0:3260.
    // Was a MISS (fixed in round 82): UNREAD-DAEMON-EXPORTS-NODE-DATA (insecure accepted, got []): the pack reads listeners only of the programs
    // it names (commandServers.ts SERVERS, by program name) and of the configurations it names (listeners.ts
    // SERVER_CONFIGS: xinetd, inetd, stunnel, /etc/exports, rsyncd, Samba); an NBD/iSCSI/NFS-Ganesha/unfs3/ksmbd daemon
    // of the root disk is no listener and its configuration no server's. Fix (general): a daemon root starts (nohup/&,
    // a unit, systemctl enable of a package's unit) that the pack cannot place is an unknown listener (fail closed),
    // and a program given a node block device (/dev/nvme*, /dev/xvd*, /dev/sd*, /dev/disk/*) or / as an operand is a
    // reader of all node data.
    // Still open (round 81): tgtd's /etc/tgt/conf.d targets are read nowhere; the fix needs a targets.conf reader in
    // listeners.ts SERVER_CONFIGS (backing-store of a node device, no initiator-address).
    dev(
        "tgtd target of /dev/nvme0n1 in /etc/tgt/conf.d",
        script("dev-nsec32-rt81l", [
            "dnf install -y scsi-target-utils",
            ...file("/etc/tgt/conf.d/ops.conf", [
                "<target iqn.2026-01.com.example:root>",
                "    backing-store /dev/nvme0n1",
                "</target>",
            ]),
            "systemctl enable --now tgtd",
        ]),
    ),
    // NFS-Ganesha (ganesha-export-config(8)): EXPORT { Path; Access_Type = RW; Squash = No_Root_Squash; } with no
    // CLIENT block applies to every client; the server runs as root.
    // Was a MISS (fixed in round 82): UNREAD-DAEMON-EXPORTS-NODE-DATA (insecure accepted, got []): the pack reads listeners only of the programs
    // it names (commandServers.ts SERVERS, by program name) and of the configurations it names (listeners.ts
    // SERVER_CONFIGS: xinetd, inetd, stunnel, /etc/exports, rsyncd, Samba); an NBD/iSCSI/NFS-Ganesha/unfs3/ksmbd daemon
    // of the root disk is no listener and its configuration no server's. Fix (general): a daemon root starts (nohup/&,
    // a unit, systemctl enable of a package's unit) that the pack cannot place is an unknown listener (fail closed),
    // and a program given a node block device (/dev/nvme*, /dev/xvd*, /dev/sd*, /dev/disk/*) or / as an operand is a
    // reader of all node data.
    // Still open (round 81): ganesha.conf EXPORT blocks are read nowhere; the fix needs an NFS-Ganesha reader in
    // SERVER_CONFIGS (Path, Access_Type, CLIENT blocks).
    dev(
        "nfs-ganesha EXPORT Path=/ RW No_Root_Squash",
        script("dev-nsec33-rt81l", [
            "dnf install -y nfs-ganesha nfs-ganesha-vfs",
            ...file("/etc/ganesha/ganesha.conf", [
                "EXPORT {",
                "    Export_Id = 1;",
                "    Path = /;",
                "    Pseudo = /root;",
                "    Access_Type = RW;",
                "    Squash = No_Root_Squash;",
                "    FSAL { Name = VFS; }",
                "}",
            ]),
            "systemctl enable --now nfs-ganesha",
        ]),
    ),
    // sftp-server(8): "speaks the server side of SFTP protocol to stdout and expects client requests from stdin ... not
    // intended to be called directly, but from sshd(8)": under ncat -e (every address) it serves / as root, no login.
    // Was a MISS (fixed in round 81): STDIO-FILE-SERVER-PER-CONNECTION (insecure accepted, got []): a per-connection
    // program (socat EXEC:, ncat -e, systemd-socket-activate --inetd, xinetd server=) is judged by listeners.ts
    // runsClientCommands, which counts only shells/interpreters/login/su/telnetd; sftp-server and rsync --server speak
    // a file protocol on stdin/stdout and serve / as root to whoever connects. Fix (general): a per-connection program
    // is an allowlist of data-only programs; any other (file-protocol servers: sftp-server, rsync --server, tftpd,
    // ftpd) is judged as a file server of / (root reads).
    dev(
        "ncat -lk 2222 -e /usr/libexec/openssh/sftp-server",
        script("dev-nsec34-rt81l", [
            "dnf install -y nmap-ncat",
            "nohup ncat -lk 2222 -e /usr/libexec/openssh/sftp-server >/dev/null 2>&1 &",
        ]),
    ),
    // systemd-socket-activate(1): "-l, --listen=ADDRESS Listen on this address" (a bare port: every address);
    // --inetd passes the connection as stdin/stdout: sftp-server of / as root.
    // Was a MISS (fixed in round 81): STDIO-FILE-SERVER-PER-CONNECTION (insecure accepted, got []): a per-connection
    // program (socat EXEC:, ncat -e, systemd-socket-activate --inetd, xinetd server=) is judged by listeners.ts
    // runsClientCommands, which counts only shells/interpreters/login/su/telnetd; sftp-server and rsync --server speak
    // a file protocol on stdin/stdout and serve / as root to whoever connects. Fix (general): a per-connection program
    // is an allowlist of data-only programs; any other (file-protocol servers: sftp-server, rsync --server, tftpd,
    // ftpd) is judged as a file server of / (root reads).
    dev(
        "systemd-socket-activate -l 2222 --inetd -a sftp-server",
        script("dev-nsec35-rt81l", [
            "nohup systemd-socket-activate -l 2222 --inetd -a /usr/libexec/openssh/sftp-server >/dev/null 2>&1 &",
        ]),
    ),
    // xinetd.conf(5): a service with `server` run per connection as `user`; no only_from / bind: every client.
    // Was a MISS (fixed in round 81): STDIO-FILE-SERVER-PER-CONNECTION (insecure accepted, got []): a per-connection
    // program (socat EXEC:, ncat -e, systemd-socket-activate --inetd, xinetd server=) is judged by listeners.ts
    // runsClientCommands, which counts only shells/interpreters/login/su/telnetd; sftp-server and rsync --server speak
    // a file protocol on stdin/stdout and serve / as root to whoever connects. Fix (general): a per-connection program
    // is an allowlist of data-only programs; any other (file-protocol servers: sftp-server, rsync --server, tftpd,
    // ftpd) is judged as a file server of / (root reads).
    dev(
        "xinetd service server = /usr/libexec/openssh/sftp-server user = root",
        script("dev-nsec36-rt81l", [
            "dnf install -y xinetd",
            ...file("/etc/xinetd.d/sftp", [
                "service sftp",
                "{",
                "    type = UNLISTED",
                "    port = 2222",
                "    socket_type = stream",
                "    wait = no",
                "    user = root",
                "    server = /usr/libexec/openssh/sftp-server",
                "    disable = no",
                "}",
            ]),
            "systemctl enable --now xinetd",
        ]),
    ),
    // rsync(1) --server --sender is the remote end of a pull: run per connection by socat on every address, it sends
    // / (the kubelet's PKI and kubeconfig) to any client.
    // Was a MISS (fixed in round 81): STDIO-FILE-SERVER-PER-CONNECTION (insecure accepted, got []): a per-connection
    // program (socat EXEC:, ncat -e, systemd-socket-activate --inetd, xinetd server=) is judged by listeners.ts
    // runsClientCommands, which counts only shells/interpreters/login/su/telnetd; sftp-server and rsync --server speak
    // a file protocol on stdin/stdout and serve / as root to whoever connects. Fix (general): a per-connection program
    // is an allowlist of data-only programs; any other (file-protocol servers: sftp-server, rsync --server, tftpd,
    // ftpd) is judged as a file server of / (root reads).
    dev(
        "socat TCP-LISTEN:8730,fork EXEC:'rsync --server --sender -logDtpre.iLsfxC . /'",
        script("dev-nsec37-rt81l", [
            `nohup socat TCP-LISTEN:8730,fork,reuseaddr EXEC:'rsync --server --sender -logDtpre.iLsfxC . /' >/dev/null 2>&1 &`,
        ]),
    ),
    // php-fpm.conf(5): `listen = [::]:9000` is every IPv6 address (and IPv4 by dual stack): as dev-nsec16.
    // Was a MISS (fixed in round 82): UNREAD-CODE-LOADING-SERVER (insecure accepted, got []): php-fpm's pool listen=, distccd --allow, plackup's
    // -o/default bind, dask scheduler's default bind and snmpd's agentaddress/rwcommunity are read nowhere
    // (commandServers.ts SERVERS has no entry; /etc/php-fpm.d is no SERVER_CONFIGS path). Fix (general): as
    // UNREAD-DAEMON-EXPORTS-NODE-DATA, an unknown server is an unknown listener (fail closed); known application
    // servers (php-fpm listen=, uWSGI --socket, distccd --listen/--allow, plackup -o) judged by their bind.
    // Still open (round 81): as dev-nsec16: php-fpm's pools are read nowhere; the fix needs a pool reader for
    // /etc/php-fpm.d.
    dev(
        "php-fpm pool listen = [::]:9000 with user = root",
        script("dev-nsec38-rt81l", [
            "dnf install -y php-fpm",
            ...file("/etc/php-fpm.d/ops.conf", [
                "[ops]",
                "user = root",
                "group = root",
                "listen = [::]:9000",
                "pm = static",
                "pm.max_children = 2",
            ]),
            "php-fpm --allow-to-run-as-root --daemonize",
        ]),
    ),
    // ---- round 81: cluster-compute job APIs and management agents ----
    // Ray docs "Security": "If you expose these services (Ray Dashboard, Ray Jobs, Ray Client), anybody who can access
    // the associated ports can execute arbitrary code on your Ray Cluster"; --dashboard-host=0.0.0.0 exposes the Jobs
    // REST API on every address: a pod submits a job that runs as root on the node.
    dev(
        "ray start --head --dashboard-host=0.0.0.0 as root",
        script("dev-nsec39-rt81l", ["pip3 install 'ray[default]==2.9.3'", "ray start --head --dashboard-host=0.0.0.0"]),
    ),
    // Dask distributed: `dask scheduler` listens on tcp://:8786 (every address) by default; a client's submit()
    // ships pickled functions that the root worker runs ("Dask ... executes arbitrary code sent by clients").
    // Was a MISS (fixed in round 81): UNREAD-CODE-LOADING-SERVER (insecure accepted, got []): php-fpm's pool listen=,
    // distccd --allow, plackup's -o/default bind, dask scheduler's default bind and snmpd's agentaddress/rwcommunity
    // are read nowhere (commandServers.ts SERVERS has no entry; /etc/php-fpm.d is no SERVER_CONFIGS path). Fix
    // (general): as UNREAD-DAEMON-EXPORTS-NODE-DATA, an unknown server is an unknown listener (fail closed); known
    // application servers (php-fpm listen=, uWSGI --socket, distccd --listen/--allow, plackup -o) judged by their bind.
    dev(
        "dask scheduler (default every address) with a root dask worker",
        script("dev-nsec40-rt81l", [
            "pip3 install 'distributed==2024.2.1'",
            "nohup dask scheduler >/var/log/dask-scheduler.log 2>&1 &",
            "nohup dask worker tcp://127.0.0.1:8786 >/var/log/dask-worker.log 2>&1 &",
        ]),
    ),
    // snmpd.conf(5): agentaddress "The default behaviour is to listen on UDP port 161 on all IPv4 interfaces";
    // rwcommunity grants SET, and NET-SNMP-EXTEND-MIB's nsExtendConfigTable is writable: a SET of nsExtendCommand
    // creates a command snmpd (root) runs on the next read.
    // Was a MISS (fixed in round 82): UNREAD-CODE-LOADING-SERVER (insecure accepted, got []): php-fpm's pool listen=, distccd --allow, plackup's
    // -o/default bind, dask scheduler's default bind and snmpd's agentaddress/rwcommunity are read nowhere
    // (commandServers.ts SERVERS has no entry; /etc/php-fpm.d is no SERVER_CONFIGS path). Fix (general): as
    // UNREAD-DAEMON-EXPORTS-NODE-DATA, an unknown server is an unknown listener (fail closed); known application
    // servers (php-fpm listen=, uWSGI --socket, distccd --listen/--allow, plackup -o) judged by their bind.
    // Still open (round 81): snmpd.conf (agentaddress, rwcommunity/rwuser) is read nowhere; the fix needs an snmpd.conf
    // reader in SERVER_CONFIGS (default agentaddress udp:161 on every IPv4 address).
    dev(
        "snmpd rwcommunity private (default agentaddress, NET-SNMP-EXTEND-MIB writable)",
        script("dev-nsec41-rt81l", [
            "dnf install -y net-snmp",
            ...file("/etc/snmp/snmpd.conf", ["rwcommunity private", "sysLocation ops"]),
            "systemctl enable --now snmpd",
        ]),
    ),
    // ---- round 81 fixes: neighbours (-fix81) ----
    // rsyslog docs "Actions", "Execute program (^)": the legacy `^program;template` runs the program per message; the
    // local socket's senders (every user) choose what /bin/sh reads (logAgents.ts rsyslog: programOutput).
    dev(
        "rsyslog legacy *.* ^/bin/sh action (every local sender)",
        script("dev-nsec1-fix81", rsyslog(['$template raw,"%msg%\\n"', "*.* ^/bin/sh;raw"])),
    ),
    // syslog-ng udp() (admin guide: ip() "Default value: 0.0.0.0") into program() of an interpreter.
    dev(
        'syslog-ng udp(port(514)) into program("/usr/bin/python3")',
        script(
            "dev-nsec2-fix81",
            syslogNg([
                "source s_udp { udp(port(514)); };",
                'destination d_py { program("/usr/bin/python3 -u -" template("${MSG}\\n")); };',
                "log { source(s_udp); destination(d_py); };",
            ]),
        ),
    ),
    // Logstash beats input (host "0.0.0.0" by default) into exec with a %{field}: the field's text is shell text (exec
    // output docs: "any shell metacharacters from the field values will be passed straight to the shell").
    dev(
        'logstash beats input into exec { command => "logger %{host}" }',
        script(
            "dev-nsec3-fix81",
            logstash([
                "input { beats { port => 5044 } }",
                'output { exec { command => "/usr/bin/logger -t ops %{host}" } }',
            ]),
        ),
    ),
    // Logstash ruby filter (filter-ruby docs: "Execute ruby code"): code the pack does not read, refused.
    dev(
        "logstash ruby filter code",
        script(
            "dev-nsec4-fix81",
            logstash([
                'input { tcp { host => "127.0.0.1" port => 5000 } }',
                "filter { ruby { code => 'system(event.get(\"message\"))' } }",
                'output { file { path => "/var/log/logstash/out.log" } }',
            ]),
        ),
    ),
    // sftp-server(8) "-d start_directory" only sets where the session starts: the client still names any path.
    dev(
        "socat TCP-LISTEN EXEC:'sftp-server -d /var/log' (start directory only)",
        script("dev-nsec5-fix81", [
            "nohup socat TCP-LISTEN:2222,fork,reuseaddr EXEC:'/usr/libexec/openssh/sftp-server -d /var/log' >/dev/null 2>&1 &",
        ]),
    ),
    // qemu-nbd(8) --bind=0.0.0.0 spelled long, of a Xen root disk.
    dev(
        "qemu-nbd --bind=0.0.0.0 -p 10810 /dev/xvda",
        script("dev-nsec6-fix81", [
            "dnf install -y qemu-img",
            "nohup qemu-nbd --bind=0.0.0.0 -p 10810 -t -f raw /dev/xvda >/dev/null 2>&1 &",
        ]),
    ),
    // nbdkit(1) "-i IPADDR" of every address, the file plugin's `file=` of a SCSI disk.
    dev(
        "nbdkit -i 0.0.0.0 file file=/dev/sda",
        script("dev-nsec7-fix81", ["dnf install -y nbdkit", "nbdkit -i 0.0.0.0 file file=/dev/sda"]),
    ),
    // distccd(1) --listen 0.0.0.0 with --allow of the VPC: every pod is in 10.0.0.0/8 (VPC CNI).
    dev(
        "distccd --daemon --listen 0.0.0.0 --allow 10.0.0.0/8",
        script("dev-nsec8-fix81", [
            "dnf install -y distcc-server",
            "distccd --daemon --listen 0.0.0.0 --allow 10.0.0.0/8",
        ]),
    ),
    // ---- round 82 fixes: neighbours (-fix82) ----
    // ksmbd.conf(5): `bind interfaces only = yes` with `interfaces = eth0` binds the node's VPC address; the share
    // holds the kubelet's directory (its client key, every pod's token).
    dev(
        "ksmbd share of /var/lib/kubelet bound to eth0",
        script("dev-nsec1-fix82", [
            "dnf install -y ksmbd-tools",
            ...file("/etc/ksmbd/ksmbd.conf", [
                "[global]",
                "bind interfaces only = yes",
                "interfaces = eth0",
                "[kubelet]",
                "path = /var/lib/kubelet",
                "guest ok = yes",
            ]),
            "systemctl enable --now ksmbd",
        ]),
    ),
    // php-fpm.conf(5) on Debian's pool.d: `listen = 0.0.0.0:9000` is every IPv4 address; the pool user (www-data) is
    // no limit: its PHP runs on the node's network, one hop from instance metadata (the node role).
    dev(
        "php-fpm pool.d listen = 0.0.0.0:9000 as www-data",
        script("dev-nsec2-fix82", [
            "apt-get install -y php8.2-fpm",
            ...file("/etc/php/8.2/fpm/pool.d/ops.conf", [
                "[ops]",
                "user = www-data",
                "group = www-data",
                "listen = 0.0.0.0:9000",
                "pm = ondemand",
                "pm.max_children = 2",
            ]),
            "systemctl restart php8.2-fpm",
        ]),
    ),
    // snmpd.conf(5): `agentaddress udp:161,tcp:161` is every IPv4 address ("a port number ... on all IPv4
    // interfaces"); `rwuser` grants SET to the USM user, whose password user data holds.
    dev(
        "snmpd agentaddress udp:161,tcp:161 rwuser ops",
        script("dev-nsec3-fix82", [
            "dnf install -y net-snmp",
            ...file("/etc/snmp/snmpd.conf", [
                "agentaddress udp:161,tcp:161",
                "createUser ops SHA opspassword1 AES opspassword1",
                "rwuser ops priv",
            ]),
            "systemctl enable --now snmpd",
        ]),
    ),
    // tgt targets.conf(5): `initiator-address ALL` is every initiator; direct-store of the Xen root disk.
    dev(
        "tgtd target direct-store /dev/xvda initiator-address ALL",
        script("dev-nsec4-fix82", [
            "dnf install -y scsi-target-utils",
            ...file("/etc/tgt/targets.conf", [
                "<target iqn.2026-01.com.example:xvda>",
                "    direct-store /dev/xvda",
                "    initiator-address ALL",
                "</target>",
            ]),
            "systemctl enable --now tgtd",
        ]),
    ),
    // ganesha-export-config(8): a CLIENT block's Clients get its Access_Type (RO reads are enough: the kubelet's key).
    dev(
        "nfs-ganesha EXPORT /var/lib/kubelet CLIENT 10.0.0.0/8 RO",
        script("dev-nsec5-fix82", [
            "dnf install -y nfs-ganesha nfs-ganesha-vfs",
            ...file("/etc/ganesha/ganesha.conf", [
                "EXPORT {",
                "    Export_Id = 2;",
                "    Path = /var/lib/kubelet;",
                "    Pseudo = /kubelet;",
                "    FSAL { Name = VFS; }",
                "    CLIENT { Clients = 10.0.0.0/8; Access_Type = RO; }",
                "}",
            ]),
            "systemctl enable --now nfs-ganesha",
        ]),
    ),
    // A ganesha.conf whose braces do not balance is one the pack cannot read: refused (fail closed).
    dev(
        "nfs-ganesha configuration with unbalanced braces",
        script("dev-nsec6-fix82", [
            "dnf install -y nfs-ganesha nfs-ganesha-vfs",
            ...file("/etc/ganesha/ganesha.conf", ["EXPORT {", "    Path = /srv;", "    Access_Type = RW;"]),
            "systemctl enable --now nfs-ganesha",
        ]),
    ),
    // snmpd.conf(5) VACM: an `access` line whose WRITE view is not `none` (here systemview) grants SET to its group,
    // whose com2sec community is `default` (any source).
    dev(
        "snmpd access notConfigGroup with write view systemview",
        script("dev-nsec8-fix82", [
            "dnf install -y net-snmp",
            ...file("/etc/snmp/snmpd.conf", [
                "com2sec notConfigUser default private",
                "group notConfigGroup v2c notConfigUser",
                "view systemview included .1",
                'access notConfigGroup "" any noauth exact systemview systemview none',
            ]),
            "systemctl enable --now snmpd",
        ]),
    ),
    // php-fpm.conf(5): an edit of the packaged pool (sed -i) to `listen = 9000`: every address, as dev-nsec16.
    dev(
        "sed -i of the packaged php-fpm pool to listen = 9000",
        script("dev-nsec9-fix82", [
            "dnf install -y php-fpm",
            "sed -i 's|^listen = .*|listen = 9000|' /etc/php-fpm.d/www.conf",
            "systemctl enable --now php-fpm",
        ]),
    ),
    // targetcli(8): `.../portals create IP PORT` adds a portal on the node's VPC address.
    dev(
        "targetcli portals create 10.0.1.5 3260",
        script("dev-nsec7-fix82", [
            "dnf install -y targetcli",
            "targetcli /iscsi/iqn.2026-01.com.example:root/tpg1/portals create 10.0.1.5 3260",
        ]),
    ),
];

const secure: NodeCase[] = [
    // Delve: --listen=127.0.0.1:2345 binds the loopback address only (and --only-same-user defaults to true).
    dev(
        "dlv exec --headless --listen=127.0.0.1:2345",
        unit(
            "dev-nsec1s-rt81l",
            "/root/go/bin/dlv exec /usr/local/bin/ops --headless --listen=127.0.0.1:2345 --api-version=2",
            [...GO_SRV, "go install github.com/go-delve/delve/cmd/dlv@v1.23.1"],
        ),
    ),
    // Delve: --listen defaults to 127.0.0.1:0 (dlv usage "(default \"127.0.0.1:0\")").
    dev(
        "dlv exec --headless (default listen 127.0.0.1:0)",
        unit("dev-nsec2s-rt81l", "/root/go/bin/dlv exec /usr/local/bin/ops --headless --api-version=2", [
            ...GO_SRV,
            "go install github.com/go-delve/delve/cmd/dlv@v1.23.1",
        ]),
    ),
    // gdbserver(1): a COMM of 127.0.0.1:1234 binds loopback only.
    dev(
        "gdbserver --multi 127.0.0.1:1234",
        script("dev-nsec3s-rt81l", [
            "dnf install -y gdb-gdbserver",
            "nohup gdbserver --multi 127.0.0.1:1234 >/dev/null 2>&1 &",
        ]),
    ),
    // ruby/debug: --open without --host binds localhost ("--host=HOST DEBUGGER HOST (default: localhost)") and
    // --open with no port is a UNIX domain socket.
    dev(
        "rdbg --open --nonstop (unix domain socket)",
        unit("dev-nsec4s-rt81l", "/usr/local/bin/rdbg --open --nonstop /opt/ops/app.rb", [
            "dnf install -y ruby && gem install debug",
            ...file("/opt/ops/app.rb", [
                'require "webrick"',
                'WEBrick::HTTPServer.new(BindAddress: "127.0.0.1", Port: 8080).start',
            ]),
        ]),
    ),
    // Deno: --inspect without a host binds 127.0.0.1:9229 (Deno manual: "--inspect ... default 127.0.0.1:9229").
    dev(
        "deno run -A --inspect (default 127.0.0.1:9229)",
        unit("dev-nsec5s-rt81l", "/usr/local/bin/deno run -A --inspect /opt/ops/app.ts", [
            ...file("/opt/ops/app.ts", [
                'Deno.serve({ hostname: "127.0.0.1", port: 8080 }, () => new Response("ok"));',
            ]),
        ]),
    ),
    // qemu-nbd(8): "-b, --bind=IFACE The interface to bind to": 127.0.0.1 is loopback only; -k would be a unix socket.
    dev(
        "qemu-nbd -b 127.0.0.1 -r /dev/nvme0n1",
        script("dev-nsec6s-rt81l", [
            "dnf install -y qemu-img",
            "nohup qemu-nbd -b 127.0.0.1 -t -r -f raw /dev/nvme0n1 >/dev/null 2>&1 &",
        ]),
    ),
    // php-fpm.conf(5): listen = a unix socket path; listen.mode 0660 owned by root:root (no pod reaches it).
    dev(
        "php-fpm pool listen = /run/php-fpm/www.sock mode 0660 root:root",
        script("dev-nsec7s-rt81l", [
            "dnf install -y php-fpm",
            ...file("/etc/php-fpm.d/www.conf", [
                "[www]",
                "user = apache",
                "group = apache",
                "listen = /run/php-fpm/www.sock",
                "listen.owner = root",
                "listen.group = root",
                "listen.mode = 0660",
                "pm = static",
                "pm.max_children = 2",
            ]),
            "systemctl enable --now php-fpm",
        ]),
    ),
    // uWSGI --socket 127.0.0.1:3031 binds loopback only.
    dev(
        "uwsgi --socket 127.0.0.1:3031",
        unit("dev-nsec8s-rt81l", "/usr/local/bin/uwsgi --socket 127.0.0.1:3031 --wsgi-file /opt/ops/app.py --master", [
            "pip3 install uwsgi==2.0.26",
            ...file("/opt/ops/app.py", [
                "def application(env, start):",
                "    start('200 OK', [])",
                "    return [b'ok']",
            ]),
        ]),
    ),
    // rsyslog imtcp into omfile: a network input written to a fixed log file is data only (omfile writes messages,
    // it runs nothing); the file is under /var/log, read by no root program.
    dev(
        "rsyslog imtcp on 514 into omfile /var/log/remote.log",
        script(
            "dev-nsec9s-rt81l",
            rsyslog([
                'module(load="imtcp")',
                'input(type="imtcp" port="514" ruleset="ops")',
                'ruleset(name="ops") { action(type="omfile" file="/var/log/remote.log") }',
            ]),
        ),
    ),
    // rsyslog imtcp address="127.0.0.1" ("address: local address that imtcp listens to") into omprog of a fixed
    // program that only stores data (logger -t): loopback only.
    dev(
        "rsyslog imtcp address=127.0.0.1 into omprog /usr/bin/logger",
        script(
            "dev-nsec10s-rt81l",
            rsyslog([
                'module(load="imtcp")',
                'input(type="imtcp" address="127.0.0.1" port="514" ruleset="ops")',
                'module(load="omprog")',
                'ruleset(name="ops") { action(type="omprog" binary="/usr/bin/logger -t remote") }',
            ]),
        ),
    ),
    // syslog-ng network(ip("127.0.0.1")) binds loopback only; file() is data only.
    dev(
        "syslog-ng network(ip(127.0.0.1)) into file()",
        script(
            "dev-nsec11s-rt81l",
            syslogNg([
                'source s_net { network(ip("127.0.0.1") transport("tcp") port(514)); };',
                'destination d_f { file("/var/log/remote.log"); };',
                "log { source(s_net); destination(d_f); };",
            ]),
        ),
    ),
    // Logstash tcp input (host 127.0.0.1) into a file output under /var/log: data only, loopback.
    dev(
        "logstash tcp host 127.0.0.1 into file /var/log/logstash/out.log",
        script(
            "dev-nsec12s-rt81l",
            logstash([
                'input { tcp { host => "127.0.0.1" port => 5000 } }',
                'output { file { path => "/var/log/logstash/out.log" } }',
            ]),
        ),
    ),
    // busybox tcpsvd with IP 127.0.0.1 (loopback) serving ftpd of /var/log read-only.
    dev(
        "busybox tcpsvd -vE 127.0.0.1 2121 busybox ftpd /var/log",
        script("dev-nsec13s-rt81l", [
            "nohup busybox tcpsvd -vE 127.0.0.1 2121 busybox ftpd /var/log >/dev/null 2>&1 &",
        ]),
    ),
    // php-fpm.conf(5): listen = 127.0.0.1:9000 and listen.allowed_clients = 127.0.0.1: loopback only.
    dev(
        "php-fpm pool listen = 127.0.0.1:9000 allowed_clients 127.0.0.1",
        script("dev-nsec14s-rt81l", [
            "dnf install -y php-fpm",
            ...file("/etc/php-fpm.d/www.conf", [
                "[www]",
                "user = apache",
                "group = apache",
                "listen = 127.0.0.1:9000",
                "listen.allowed_clients = 127.0.0.1",
                "pm = static",
                "pm.max_children = 2",
            ]),
            "systemctl enable --now php-fpm",
        ]),
    ),
    // nbd-server(1): `nbd-server [ip@]port filename`: 127.0.0.1@10809 binds loopback only.
    dev(
        "nbd-server 127.0.0.1@10809 of /dev/nvme0n1p1",
        script("dev-nsec15s-rt81l", ["dnf install -y nbd", "nbd-server 127.0.0.1@10809 /dev/nvme0n1p1"]),
    ),
    // ncat(1): a listen address of 127.0.0.1 binds loopback only.
    dev(
        "ncat -lk 127.0.0.1 2222 -e sftp-server",
        script("dev-nsec16s-rt81l", [
            "dnf install -y nmap-ncat",
            "nohup ncat -lk 127.0.0.1 2222 -e /usr/libexec/openssh/sftp-server >/dev/null 2>&1 &",
        ]),
    ),
    // Logstash exec output with a fixed command (no %{field}): the events choose nothing the shell reads (exec docs:
    // only "%{name} field placeholders" carry event contents); the input is loopback only.
    dev(
        "logstash tcp host 127.0.0.1 into exec of a fixed logger command",
        script(
            "dev-nsec17s-rt81l",
            logstash([
                'input { tcp { host => "127.0.0.1" port => 5000 } }',
                'output { exec { command => "/usr/bin/logger -t ops event" } }',
            ]),
        ),
    ),
    // rsyslog imudp with address="127.0.0.1" into omfile: loopback, data only.
    dev(
        "rsyslog imudp address=127.0.0.1 into omfile",
        script(
            "dev-nsec18s-rt81l",
            rsyslog([
                'module(load="imudp")',
                'input(type="imudp" address="127.0.0.1" port="514" ruleset="ops")',
                'ruleset(name="ops") { action(type="omfile" file="/var/log/remote.log") }',
            ]),
        ),
    ),
    // Dask: `dask scheduler --host 127.0.0.1` binds loopback only (dask scheduler --help: "--host TEXT URI, IP or
    // hostname of this server").
    dev(
        "dask scheduler --host 127.0.0.1 with a root dask worker",
        script("dev-nsec19s-rt81l", [
            "pip3 install 'distributed==2024.2.1'",
            "nohup dask scheduler --host 127.0.0.1 --dashboard-address 127.0.0.1:8787 >/var/log/dask-scheduler.log 2>&1 &",
            "nohup dask worker tcp://127.0.0.1:8786 --listen-address tcp://127.0.0.1:0 >/var/log/dask-worker.log 2>&1 &",
        ]),
    ),
    // snmpd.conf(5): agentaddress udp:127.0.0.1:161 listens on loopback only; rocommunity (read-only) from 127.0.0.1.
    dev(
        "snmpd agentaddress udp:127.0.0.1:161 rocommunity public 127.0.0.1",
        script("dev-nsec20s-rt81l", [
            "dnf install -y net-snmp",
            ...file("/etc/snmp/snmpd.conf", ["agentaddress udp:127.0.0.1:161", "rocommunity public 127.0.0.1"]),
            "systemctl enable --now snmpd",
        ]),
    ),
    // Regression guards for the fixes above (secure, must stay clean once the misses are fixed):
    // socat(1) TCP-LISTEN option bind=127.0.0.1 "Binds the socket to the given socket address": loopback only.
    dev(
        "socat TCP-LISTEN:2222,bind=127.0.0.1 EXEC:sftp-server",
        script("dev-nsec21s-rt81l", [
            "nohup socat TCP-LISTEN:2222,bind=127.0.0.1,fork,reuseaddr EXEC:/usr/libexec/openssh/sftp-server >/dev/null 2>&1 &",
        ]),
    ),
    // The packaged php-fpm pool (AL2023 /etc/php-fpm.d/www.conf: listen = /run/php-fpm/www.sock, user apache):
    // a unix socket, no network listener.
    dev(
        "php-fpm as packaged (unix socket pool)",
        script("dev-nsec22s-rt81l", ["dnf install -y php-fpm", "systemctl enable --now php-fpm"]),
    ),
    // nbdkit(1): "-U SOCKET, --unix SOCKET Accept connections on the Unix domain socket"; no TCP port is opened.
    dev(
        "nbdkit -U /run/ops.nbd file /dev/nvme0n1p1 (unix socket)",
        script("dev-nsec23s-rt81l", ["dnf install -y nbdkit", "nbdkit -U /run/ops.nbd --readonly file /dev/nvme0n1p1"]),
    ),
    // rsyslog omprog of logger(1), which only writes the message to the journal: a data-only program, whatever sends.
    dev(
        "rsyslog imudp on 514 into omprog /usr/bin/logger (data only)",
        script(
            "dev-nsec24s-rt81l",
            rsyslog([
                'module(load="imudp")',
                'input(type="imudp" port="514" ruleset="ops")',
                'module(load="omprog")',
                'ruleset(name="ops") { action(type="omprog" binary="/usr/bin/logger -t remote") }',
            ]),
        ),
    ),
    // ---- round 81 fixes: neighbours (-fix81) ----
    // syslog-ng program() of logger(1), which only writes each message to the journal: data only, whatever sends.
    dev(
        'syslog-ng system() into program("/usr/bin/logger -t remote") (data only)',
        script(
            "dev-nsec1s-fix81",
            syslogNg([
                "source s_local { system(); };",
                'destination d_log { program("/usr/bin/logger -t remote"); };',
                "log { source(s_local); destination(d_log); };",
            ]),
        ),
    ),
    // Logstash udp input on loopback into stdout (rubydebug): data only.
    dev(
        "logstash udp host 127.0.0.1 into stdout",
        script(
            "dev-nsec2s-fix81",
            logstash([
                'input { udp { host => "127.0.0.1" port => 5514 } }',
                "output { stdout { codec => rubydebug } }",
            ]),
        ),
    ),
    // socat bind=127.0.0.1 running rsync --server: loopback only.
    dev(
        "socat TCP-LISTEN:8730,bind=127.0.0.1 EXEC:'rsync --server --sender . /var/log'",
        script("dev-nsec3s-fix81", [
            "nohup socat TCP-LISTEN:8730,bind=127.0.0.1,fork,reuseaddr EXEC:'rsync --server --sender -logDtpre.iLsfxC . /var/log' >/dev/null 2>&1 &",
        ]),
    ),
    // qemu-nbd(8) "-k, --socket=PATH Use a unix socket with path PATH": no TCP port.
    dev(
        "qemu-nbd -k /run/ops.nbd -r /dev/nvme0n1 (unix socket)",
        script("dev-nsec4s-fix81", [
            "dnf install -y qemu-img",
            "nohup qemu-nbd -k /run/ops.nbd -t -r -f raw /dev/nvme0n1 >/dev/null 2>&1 &",
        ]),
    ),
    // nbdkit(1) -i 127.0.0.1: loopback only.
    dev(
        "nbdkit -i 127.0.0.1 file /dev/nvme0n1p1",
        script("dev-nsec5s-fix81", ["dnf install -y nbdkit", "nbdkit -i 127.0.0.1 --readonly file /dev/nvme0n1p1"]),
    ),
    // distccd(1) --listen 127.0.0.1 --allow 127.0.0.1: loopback only.
    dev(
        "distccd --daemon --listen 127.0.0.1 --allow 127.0.0.1",
        script("dev-nsec6s-fix81", [
            "dnf install -y distcc-server",
            "distccd --daemon --listen 127.0.0.1 --allow 127.0.0.1",
        ]),
    ),
    // plackup(1) -o 127.0.0.1: loopback only.
    dev(
        "plackup -o 127.0.0.1 -p 5000 app.psgi",
        script("dev-nsec7s-fix81", [
            "dnf install -y perl-Plack",
            ...file("/opt/ops/app.psgi", ["my $app = sub { [200, [], ['ok']] };"]),
            "nohup plackup -o 127.0.0.1 -p 5000 /opt/ops/app.psgi >/dev/null 2>&1 &",
        ]),
    ),
    // ---- round 82 fixes: neighbours (-fix82) ----
    // ksmbd.conf(5): `bind interfaces only = yes` with `interfaces = lo`: loopback only.
    dev(
        "ksmbd share path=/ bound to lo",
        script("dev-nsec1s-fix82", [
            "dnf install -y ksmbd-tools",
            ...file("/etc/ksmbd/ksmbd.conf", [
                "[global]",
                "bind interfaces only = yes",
                "interfaces = lo",
                "[root]",
                "path = /",
                "read only = yes",
            ]),
            "systemctl enable --now ksmbd",
        ]),
    ),
    // php-fpm.conf(5) on Debian: the packaged unix socket (`listen = /run/php/php8.2-fpm.sock`): no network listener.
    dev(
        "php-fpm pool.d listen = /run/php/php8.2-fpm.sock",
        script("dev-nsec2s-fix82", [
            "apt-get install -y php8.2-fpm",
            ...file("/etc/php/8.2/fpm/pool.d/www.conf", [
                "[www]",
                "user = www-data",
                "group = www-data",
                "listen = /run/php/php8.2-fpm.sock",
                "listen.owner = www-data",
                "listen.mode = 0660",
                "pm = ondemand",
                "pm.max_children = 2",
            ]),
            "systemctl restart php8.2-fpm",
        ]),
    ),
    // php-fpm.conf(5): `listen = 9000` with `listen.allowed_clients = 127.0.0.1`: php-fpm closes every other
    // client's connection.
    dev(
        "php-fpm pool listen = 9000 allowed_clients 127.0.0.1",
        script("dev-nsec3s-fix82", [
            "dnf install -y php-fpm",
            ...file("/etc/php-fpm.d/www.conf", [
                "[www]",
                "user = apache",
                "group = apache",
                "listen = 9000",
                "listen.allowed_clients = 127.0.0.1",
                "pm = static",
                "pm.max_children = 2",
            ]),
            "systemctl enable --now php-fpm",
        ]),
    ),
    // snmpd.conf(5): the packaged VACM lines (com2sec/group/view and `access ... systemview none none`): read-only,
    // no SET on any address.
    dev(
        "snmpd packaged read-only access (write view none)",
        script("dev-nsec4s-fix82", [
            "dnf install -y net-snmp",
            ...file("/etc/snmp/snmpd.conf", [
                "com2sec notConfigUser default public",
                "group notConfigGroup v2c notConfigUser",
                "view systemview included .1.3.6.1.2.1.1",
                'access notConfigGroup "" any noauth exact systemview none none',
            ]),
            "systemctl enable --now snmpd",
        ]),
    ),
    // snmpd.conf(5): `rwcommunity COMMUNITY SOURCE`: SET only from 127.0.0.1 (the kernel drops loopback-sourced
    // packets arriving on other interfaces).
    dev(
        "snmpd rwcommunity private 127.0.0.1",
        script("dev-nsec5s-fix82", [
            "dnf install -y net-snmp",
            ...file("/etc/snmp/snmpd.conf", ["rwcommunity private 127.0.0.1"]),
            "systemctl enable --now snmpd",
        ]),
    ),
    // tgt targets.conf(5): `initiator-address 127.0.0.1` admits the node's own initiator only.
    dev(
        "tgtd target of /dev/nvme1n1 initiator-address 127.0.0.1",
        script("dev-nsec6s-fix82", [
            "dnf install -y scsi-target-utils",
            ...file("/etc/tgt/conf.d/ops.conf", [
                "<target iqn.2026-01.com.example:data>",
                "    backing-store /dev/nvme1n1",
                "    initiator-address 127.0.0.1",
                "</target>",
            ]),
            "systemctl enable --now tgtd",
        ]),
    ),
    // ganesha-core-config(8): NFS_CORE_PARAM Bind_addr = 127.0.0.1 binds loopback only.
    dev(
        "nfs-ganesha Bind_addr 127.0.0.1 EXPORT Path=/ RO",
        script("dev-nsec7s-fix82", [
            "dnf install -y nfs-ganesha nfs-ganesha-vfs",
            ...file("/etc/ganesha/ganesha.conf", [
                "NFS_CORE_PARAM { Bind_addr = 127.0.0.1; }",
                "EXPORT {",
                "    Export_Id = 1;",
                "    Path = /;",
                "    Pseudo = /root;",
                "    Access_Type = RO;",
                "    FSAL { Name = VFS; }",
                "}",
            ]),
            "systemctl enable --now nfs-ganesha",
        ]),
    ),
    // php-fpm.conf(5): an edit of the packaged pool (sed -i) to `listen = 127.0.0.1:9000`: loopback only.
    dev(
        "sed -i of the packaged php-fpm pool to listen = 127.0.0.1:9000",
        script("dev-nsec9s-fix82", [
            "dnf install -y php-fpm",
            "sed -i 's|^listen = .*|listen = 127.0.0.1:9000|' /etc/php-fpm.d/www.conf",
            "systemctl enable --now php-fpm",
        ]),
    ),
    // targetcli(8): the loopback fabric (tcm_loop) is a local SCSI HBA, no network portal.
    dev(
        "targetcli /loopback create (local fabric)",
        script("dev-nsec8s-fix82", [
            "dnf install -y targetcli",
            "targetcli /backstores/fileio create name=scratch file_or_dev=/var/lib/ops/scratch.img size=1G",
            "targetcli /loopback create",
        ]),
    ),
];

describeNodeCases(
    "red team 81 nsec: node listeners (debuggers, exports, code-loading protocols, log programs)",
    insecure,
    secure,
);
