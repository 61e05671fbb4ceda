// Red-team round 82 (fresh eyes) on EKS NODE security, area nsec (listeners, suffix -rt82l).
// Probed (hardest on round 81's listener fixes' neighbours): daemons whose documented default bind is every address
// with no address on the command line (darkhttpd, miniserve, dufs, redis, npx http-server, in.tftpd -l, webhook,
// Node-RED, Xvnc) or whose bind is in a configuration file (redis.conf, V2Ray, tinyproxy, squid); per-connection
// programs that dump or take node files without being a shell or a named file server (xinetd/socket-unit/socat EXEC:
// tar, socat OPEN:/CREATE: of a block device or a cron file, nc -l redirections, cat of the kubeconfig); relays of
// D-Bus and systemd's private socket; log agents' program outputs whose program runs its stdin by ways the round 81
// lists do not name (nsenter, toybox sh, systemd-run --pipe, at, crontab -, chroot, unshare, ionice, script -c, sed e,
// sqlite3, awk system(), a handler script, tee into /etc/cron.d), rsyslog mmexternal and legacy :omprog:, syslog-ng
// python(); secure twins (loopback binds, unix sockets of mode 0600, data-only outputs, fixed commands).
// Misses (24 insecure accepted, 4 secure refused):
// - insecure, UNREAD-DEFAULT-BIND-DAEMON (4): dev-nsec4/33/35/44-rt82l: redis-server --protected-mode no and a
//   redis.conf bind 0.0.0.0, V2Ray's socks inbound from its config, webhook (default -ip 0.0.0.0) running sh -c of
//   the payload (listeners.ts unreadListeners: no address word, no listener).
// - insecure, STDIO-NODE-DATA-PER-CONNECTION (6): dev-nsec8/27/28/29/30/32-rt82l: xinetd, socket-unit and socat EXEC:
//   tar -cf of /, tar -xf into /, socat OPEN:/dev/nvme0n1 and CREATE:/etc/cron.d/ops (listeners.ts stdioFileServer,
//   runsClientCommands, socatListeners).
// - insecure, OMPROG-STDIN-RUNNER-UNNAMED (11): dev-nsec14/19/22/23/26/37/38/39/40/41/42-rt82l: rsyslog omprog of
//   nsenter, toybox sh, a handler script, tee -a /etc/cron.d, systemd-run --pipe, at, crontab -, chroot, unshare,
//   ionice, script -qc (logAgents.ts programOutput: closed STDIN_CODE_RUNNERS/STDIN_SCRIPT_READERS lists when
//   shell=false; syslog-ng and Logstash refuse the same programs).
// - insecure, RSYSLOG-PROGRAM-ACTIONS-UNREAD (2): dev-nsec18/43-rt82l: mmexternal binary=/bin/sh, legacy
//   $ActionOMProgBinary + :omprog:.
// - insecure, LOG-AGENT-CODE-ACTIONS-UNREAD (1): dev-nsec46-rt82l: syslog-ng python() destination.
// - secure, SOCKET-RELAY-WITHOUT-LISTENER (1): dev-nsec5s-rt82l: socat UNIX-LISTEN (mode 0600) of the D-Bus system
//   bus judged a network relay (rootWrites.ts socat/ncat branch, runtimeSocketRelay).
// - secure, SHELL-LINE-RECORDS-ARE-STDIN-NOT-SCRIPT (2): dev-nsec11s/15s-rt82l: Logstash pipe and syslog-ng program()
//   of gzip (logAgents.ts programOutput shell=true, rootReads.ts agentFedDataOnly).
// - secure, UNREAD-SERVER-LOOPBACK-FLAG (1): dev-nsec19s-rt82l: Xvnc :1 -localhost (listeners.ts unreadListeners).
// Held: 23 of 47 insecure refused (darkhttpd/miniserve/dufs/npx http-server/in.tftpd serving /, lldb-server
// platform '*:1234', socket-unit cat of the kubeconfig, socat OPEN: of the kubelet's key, nc -l < kubeconfig and
// > /etc/cron.d, socat of D-Bus and systemd's private socket on TCP, omprog sed e, syslog-ng program() of at/flock/
// sqlite3/awk, Logstash pipe of crontab -/chroot, tinyproxy and squid open proxies, Node-RED by its npm -g install,
// Xvnc SecurityTypes None); 15 of 19 secure clean.
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
/** rsyslog: a TCP input on every address (imtcp, port 514) whose ruleset hands the records to omprog `binary`. */
const rsyslogTcpOmprog = (binary: string) =>
    rsyslog([
        'module(load="imtcp")',
        'module(load="omprog")',
        'input(type="imtcp" port="514" ruleset="ops")',
        `ruleset(name="ops") { action(type="omprog" binary="${binary}") }`,
    ]);
/** syslog-ng: a UDP source on every address into program(`command`). */
const syslogNgUdpProgram = (command: string) =>
    syslogNg([
        "source s_net { udp(port(514)); };",
        `destination d_ops { program("${command}" template("\${MSG}\\n")); };`,
        "log { source(s_net); destination(d_ops); };",
    ]);
/** A socket unit ops.socket (`socket` lines, Accept=yes) whose per-connection ops@.service runs `exec`. */
const acceptSocket = (socket: string[], exec: string, service: string[] = []) => [
    ...file("/etc/systemd/system/ops.socket", [
        "[Socket]",
        ...socket,
        "Accept=yes",
        "[Install]",
        "WantedBy=sockets.target",
    ]),
    ...file("/etc/systemd/system/ops@.service", ["[Service]", `ExecStart=${exec}`, "StandardInput=socket", ...service]),
    "systemctl daemon-reload",
    "systemctl enable --now ops.socket",
];
const xinetd = (service: string[]) => [
    "dnf install -y xinetd",
    ...file("/etc/xinetd.d/ops", ["service ops", "{", ...service, "}"]),
    "systemctl enable --now xinetd",
];

const insecure: NodeCase[] = [
    // ---- A. daemons whose documented default bind is every address, none given on the command line ----
    // darkhttpd (tldr-pages darkhttpd, from its --help): "--addr ... Listen only on specified IP address (by default,
    // the server listens on all interfaces)"; darkhttpd.c DEFAULT_BINDADDR INADDR_ANY. Run by root without --uid/
    // --chroot it serves / as root: any pod GETs /var/lib/kubelet/kubeconfig's client key (the node's identity) and
    // /var/lib/kubelet/pods/*/volumes/kubernetes.io~projected/*/token (every ServiceAccount's role, the custody
    // signer's kms:Sign/Decrypt among them).
    dev(
        "darkhttpd / --port 8080 (default every address)",
        unit("dev-nsec1-rt82l", "/usr/local/bin/darkhttpd / --port 8080"),
    ),
    // miniserve (README "Bind to multiple interfaces": `-i ADDR`, none given = every interface): serves / as root,
    // --upload-files lets a client write any directory (/etc/cron.d: a root shell).
    dev(
        "miniserve --upload-files / / (default every interface)",
        unit("dev-nsec2-rt82l", "/usr/local/bin/miniserve --upload-files / /"),
    ),
    // dufs (README: "-b, --bind <addrs> Specify bind address or unix socket", default 0.0.0.0 and ::; "-A, --allow-all
    // Allow all operations"): read and write of / as root from any pod.
    dev("dufs / -A (default 0.0.0.0 and ::)", unit("dev-nsec3-rt82l", "/usr/local/bin/dufs / -A -p 5000")),
    // Redis (redis.conf NETWORK: "By default, if no "bind" configuration directive is specified, Redis listens for
    // connections from all available network interfaces"; "protected-mode ... You should disable it only if you are
    // sure you want clients from other hosts to connect ... even if no authentication is configured"): a root redis
    // with protected mode off lets any pod CONFIG SET dir /etc/cron.d + dbfilename + SAVE, a root cron job (redis-doc
    // "Secure Redis": an exposed unhardened Redis "is very simple to exploit").
    // Was a MISS (fixed in round 82): UNREAD-DEFAULT-BIND-DAEMON (insecure accepted, got []): a program with no SERVERS reader
    // (commandServers.ts) is a listener only when its own words name an address beyond loopback (listeners.ts
    // unreadListeners); a root daemon whose documented default is every address, or whose bind is in a configuration
    // file it is given, is no listener at all. Fix (general): a root daemon (background, nohup, a unit) the pack
    // cannot place is a listener on every address unless its words bind loopback or a unix socket, and a
    // configuration file it is given (-c/--config/first operand) that no reader reads is unread (fail closed).
    dev(
        "redis-server --protected-mode no as root (no bind: every interface)",
        script("dev-nsec4-rt82l", [
            "dnf install -y redis6",
            "nohup redis6-server --protected-mode no >/dev/null 2>&1 &",
        ]),
    ),

    // lldb-server(1) platform mode: "--listen <host>:<port>", `*` every address; `platform --server` lets the client
    // launch any program (platform process launch) as root.
    dev(
        "lldb-server platform --server --listen '*:1234'",
        script("dev-nsec5-rt82l", [
            "dnf install -y lldb",
            "nohup lldb-server platform --server --listen '*:1234' >/dev/null 2>&1 &",
        ]),
    ),
    // npm http-server ("-a Address to use (defaults to 0.0.0.0)"), started through npx: / as root to every pod.
    dev(
        "npx http-server / -p 8080 (default 0.0.0.0)",
        script("dev-nsec6-rt82l", [
            "dnf install -y nodejs",
            "nohup npx --yes http-server@14.1.1 / -p 8080 >/dev/null 2>&1 &",
        ]),
    ),
    // tftp-hpa in.tftpd(8): "--listen, -l Run the server in standalone (listen) mode", "--address [address][:port]"
    // (default every address), "--secure, -s" the root, "--create, -c" allow new files, "--permissive, -p" no
    // world-readable check, "--user root": a pod reads the kubelet's key and writes /etc/cron.d (a root shell).
    dev(
        "in.tftpd -l -s / -c -p -u root (standalone, every address)",
        script("dev-nsec7-rt82l", ["dnf install -y tftp-server", "/usr/sbin/in.tftpd -l -s -c -p -u root /"]),
    ),
    // ---- B. per-connection programs that dump node files to the connection (the neighbours of sftp-server) ----
    // xinetd.conf(5): "server: the program to execute", "server_args", with the connection as its stdin/stdout;
    // `tar -C / -cf - .` streams every node file (the kubelet's key, pods' tokens) to any pod that connects.
    // Was a MISS (fixed in round 82): STDIO-NODE-DATA-PER-CONNECTION (insecure accepted, got []): a per-connection command (xinetd/inetd
    // server, Accept=yes unit, socat EXEC:) is judged only as a shell (listeners.ts runsClientCommands) or one of the
    // named stdio file servers (stdioFileServer: sftp-server, rsync --server, ftpd, httpd -i, tftpd); socatListeners
    // reads only EXEC/SYSTEM/SHELL addresses, so OPEN/CREATE of a node path beside a listener is nothing
    // (NODE_BLOCK_DEVICE is applied in exportDaemonListeners only). Fix (general): judge what a per-connection
    // program or socat file address reads and writes as served to the listener's clients: / (or -C /), a node block
    // device, or a root-read path (cron, units, profile) among its operands, options or redirections makes it a file
    // server of that path.
    dev(
        "xinetd server = /usr/bin/tar -C / -cf - . (the whole file system per connection)",
        script(
            "dev-nsec8-rt82l",
            xinetd([
                "  type = UNLISTED",
                "  port = 9100",
                "  socket_type = stream",
                "  wait = no",
                "  user = root",
                "  server = /usr/bin/tar",
                "  server_args = -C / -cf - .",
            ]),
        ),
    ),
    // systemd.socket(5) "Accept=yes: a service instance is spawned for each incoming connection", systemd.exec(5)
    // "StandardInput=socket ... StandardOutput= defaults to the same": cat of the kubelet's kubeconfig (its client
    // key) to every connection on port 9101 of every address.
    dev(
        "socket unit Accept=yes: ExecStart=cat /var/lib/kubelet/kubeconfig",
        script(
            "dev-nsec9-rt82l",
            acceptSocket(["ListenStream=9101"], "/usr/bin/cat /var/lib/kubelet/kubeconfig /etc/kubernetes/pki/ca.crt"),
        ),
    ),
    // socat(1) ADDRESS TYPES: "OPEN:<filename> Opens <filename> using the open() system call", "fork: After
    // establishing a connection, handles its channel in a child process": the kubelet's client certificate and key
    // to every pod that connects.
    dev(
        "socat TCP-LISTEN:9102,fork OPEN:/var/lib/kubelet/pki/kubelet-client-current.pem",
        script("dev-nsec10-rt82l", [
            "nohup socat TCP-LISTEN:9102,fork,reuseaddr OPEN:/var/lib/kubelet/pki/kubelet-client-current.pem,rdonly >/dev/null 2>&1 &",
        ]),
    ),
    // A loop of `nc -l` (OpenBSD nc(1): "-l listen for an incoming connection", every address without -s) with its
    // stdin the kubelet's kubeconfig: the node identity to whoever connects first, again and again.
    dev(
        "while :; do nc -l 9103 < /var/lib/kubelet/kubeconfig; done &",
        script("dev-nsec11-rt82l", ["(while :; do nc -l 9103 < /var/lib/kubelet/kubeconfig; done) >/dev/null 2>&1 &"]),
    ),
    // D-Bus system bus relayed to the network: socat connects as root, so the bus authenticates it by SO_PEERCRED
    // (D-Bus specification, "Authentication mechanisms": EXTERNAL uses "credentials ... passed out-of-band", the
    // connecting process's uid, here socat's 0); a pod speaking D-Bus through it calls
    // org.freedesktop.systemd1.Manager.StartTransientUnit as root (a root shell).
    dev(
        "socat TCP-LISTEN:5555,fork UNIX-CONNECT:/run/dbus/system_bus_socket",
        script("dev-nsec12-rt82l", [
            "nohup socat TCP-LISTEN:5555,fork,reuseaddr UNIX-CONNECT:/run/dbus/system_bus_socket >/dev/null 2>&1 &",
        ]),
    ),
    // The same of systemd's private manager socket (root-only, systemd1 API without a bus).
    dev(
        "socat TCP-LISTEN:5556,fork UNIX-CONNECT:/run/systemd/private",
        script("dev-nsec13-rt82l", [
            "nohup socat TCP-LISTEN:5556,fork,reuseaddr UNIX-CONNECT:/run/systemd/private >/dev/null 2>&1 &",
        ]),
    ),
    // ---- C. log agents' program outputs whose program runs its stdin by a way not named (round 81 neighbours) ----
    // rsyslog omprog (docs: "feeds log messages to that binary via stdin") fed by imtcp on every address; the binary
    // is nsenter(1) launching /bin/sh in PID 1's namespaces: each record is a root command.
    // Was a MISS (fixed in round 82): OMPROG-STDIN-RUNNER-UNNAMED (insecure accepted, got []): logAgents.ts programOutput, for rsyslog omprog
    // (shell=false), treats records as code only for the closed lists STDIN_CODE_RUNNERS / STDIN_SCRIPT_READERS, so a
    // launcher not listed, a program that runs or installs its stdin, a user-data-written handler script, or a data
    // writer into a root-read path is data; syslog-ng program() and Logstash pipe (shell=true) refuse the same
    // programs. Fix (general): an allowlist as for the other agents: records on an omprog binary's stdin are code
    // unless the command is a known data sink (rootReads.ts agentFedDataOnly, writing under a log directory only);
    // unwrap launchers with shell.ts launchedCommand before judging.
    dev(
        "rsyslog imtcp -> omprog nsenter -t 1 -a /bin/sh",
        script("dev-nsec14-rt82l", rsyslogTcpOmprog("/usr/bin/nsenter -t 1 -a /bin/sh")),
    ),
    // GNU sed manual "Extended Commands": "e ... Without parameters, the e command executes the command that is found
    // in pattern space": `sed -u e` runs every record as a root shell command.
    dev("rsyslog imtcp -> omprog sed -u e", script("dev-nsec15-rt82l", rsyslogTcpOmprog("/usr/bin/sed -u e"))),
    // at(1): "The commands are read from standard input"; `at now` queues the records as a root job.
    dev("syslog-ng udp -> program(at now)", script("dev-nsec16-rt82l", syslogNgUdpProgram("/usr/bin/at now"))),
    // crontab(1): "crontab [-u user] file ... If the file is - the standard input is read": the records become root's
    // crontab.
    dev(
        "Logstash tcp -> pipe { command => crontab - }",
        script(
            "dev-nsec17-rt82l",
            logstash(["input { tcp { port => 5000 } }", 'output { pipe { command => "/usr/bin/crontab -" } }']),
        ),
    ),
    // rsyslog mmexternal (docs: "interface.input ... controls what part of the message is passed to the external
    // program's standard input", default "msg"): binary /bin/sh runs each MSG of a network sender.
    // Was a MISS (fixed in round 82): RSYSLOG-PROGRAM-ACTIONS-UNREAD (insecure accepted, got []): logAgents.ts rsyslog reads
    // action(type="omprog") and the legacy ^program only; mmexternal's binary= (rsyslog docs: "interface.input ...
    // passed to the external program's standard input", default msg) and the legacy $ActionOMProgBinary + :omprog:
    // (omprog docs: "$ActionOMProgBinary maps to binary") are read nowhere. Fix (general): every rsyslog action or
    // module with a binary= (om*/mm*) and the legacy :omprog: are program outputs; an action type the pack does not
    // know is unread (fail closed).
    dev(
        'rsyslog imudp -> mmexternal binary="/bin/sh"',
        script(
            "dev-nsec18-rt82l",
            rsyslog([
                'module(load="imudp")',
                'module(load="mmexternal")',
                'input(type="imudp" port="514" ruleset="ops")',
                'ruleset(name="ops") { action(type="mmexternal" binary="/bin/sh" interface.input="msg") }',
            ]),
        ),
    ),
    // toybox sh (toybox "sh": a shell reading its stdin): the busybox spelling is named, toybox's is the same.
    // Was a MISS (fixed in round 82): OMPROG-STDIN-RUNNER-UNNAMED (insecure accepted, got []): logAgents.ts programOutput, for rsyslog omprog
    // (shell=false), treats records as code only for the closed lists STDIN_CODE_RUNNERS / STDIN_SCRIPT_READERS, so a
    // launcher not listed, a program that runs or installs its stdin, a user-data-written handler script, or a data
    // writer into a root-read path is data; syslog-ng program() and Logstash pipe (shell=true) refuse the same
    // programs. Fix (general): an allowlist as for the other agents: records on an omprog binary's stdin are code
    // unless the command is a known data sink (rootReads.ts agentFedDataOnly, writing under a log directory only);
    // unwrap launchers with shell.ts launchedCommand before judging.
    dev("rsyslog imtcp -> omprog toybox sh", script("dev-nsec19-rt82l", rsyslogTcpOmprog("/usr/bin/toybox sh"))),
    // flock(1) "flock [options] file -c command / flock file command [arguments]": a launcher of /bin/sh.
    dev(
        "syslog-ng udp -> program(flock /run/ops.lock /bin/sh)",
        script("dev-nsec20-rt82l", syslogNgUdpProgram("/usr/bin/flock /run/ops.lock /bin/sh")),
    ),
    // chroot(8) "chroot NEWROOT [COMMAND [ARG]...]": / then /bin/sh, a launcher.
    dev(
        "Logstash tcp -> pipe { command => chroot / /bin/sh }",
        script(
            "dev-nsec21-rt82l",
            logstash(["input { tcp { port => 5001 } }", 'output { pipe { command => "/usr/sbin/chroot / /bin/sh" } }']),
        ),
    ),
    // A handler script user data writes (a shell script evaluating each line): omprog runs it, records on its stdin.
    // Was a MISS (fixed in round 82): OMPROG-STDIN-RUNNER-UNNAMED (insecure accepted, got []): logAgents.ts programOutput, for rsyslog omprog
    // (shell=false), treats records as code only for the closed lists STDIN_CODE_RUNNERS / STDIN_SCRIPT_READERS, so a
    // launcher not listed, a program that runs or installs its stdin, a user-data-written handler script, or a data
    // writer into a root-read path is data; syslog-ng program() and Logstash pipe (shell=true) refuse the same
    // programs. Fix (general): an allowlist as for the other agents: records on an omprog binary's stdin are code
    // unless the command is a known data sink (rootReads.ts agentFedDataOnly, writing under a log directory only);
    // unwrap launchers with shell.ts launchedCommand before judging.
    dev(
        "rsyslog imtcp -> omprog /usr/local/bin/ops-handler (eval of each line)",
        script("dev-nsec22-rt82l", [
            ...file("/usr/local/bin/ops-handler", ["#!/bin/bash", 'while read -r line; do eval "$line"; done']),
            "chmod 0755 /usr/local/bin/ops-handler",
            ...rsyslogTcpOmprog("/usr/local/bin/ops-handler"),
        ]),
    ),
    // tee(1) appending the records to a root cron file (crontab(5): /etc/cron.d files run as the user they name):
    // a network sender writes `* * * * * root CMD`.
    // Was a MISS (fixed in round 82): OMPROG-STDIN-RUNNER-UNNAMED (insecure accepted, got []): logAgents.ts programOutput, for rsyslog omprog
    // (shell=false), treats records as code only for the closed lists STDIN_CODE_RUNNERS / STDIN_SCRIPT_READERS, so a
    // launcher not listed, a program that runs or installs its stdin, a user-data-written handler script, or a data
    // writer into a root-read path is data; syslog-ng program() and Logstash pipe (shell=true) refuse the same
    // programs. Fix (general): an allowlist as for the other agents: records on an omprog binary's stdin are code
    // unless the command is a known data sink (rootReads.ts agentFedDataOnly, writing under a log directory only);
    // unwrap launchers with shell.ts launchedCommand before judging.
    dev(
        "rsyslog imtcp -> omprog tee -a /etc/cron.d/ops",
        script("dev-nsec23-rt82l", rsyslogTcpOmprog("/usr/bin/tee -a /etc/cron.d/ops")),
    ),
    // sqlite3 CLI (sqlite.org "Command Line Shell": ".shell CMD ARGS... Run CMD ARGS... in a system shell", ".system"
    // alike), reading its commands from stdin.
    dev(
        "syslog-ng udp -> program(sqlite3 -batch /tmp/ops.db)",
        script("dev-nsec24-rt82l", syslogNgUdpProgram("/usr/bin/sqlite3 -batch /tmp/ops.db")),
    ),
    // awk with a program calling system() on each record (POSIX awk: "system(expression) Execute the command given by
    // expression").
    dev(
        "syslog-ng udp -> program(awk '{ system($0) }')",
        script("dev-nsec25-rt82l", syslogNgUdpProgram("/usr/bin/awk '{ system($0) }'")),
    ),
    // systemd-run(1) "--pipe": the unit's stdin is systemd-run's; `systemd-run --pipe --wait /bin/sh` runs the
    // records in a root transient unit.
    // Was a MISS (fixed in round 82): OMPROG-STDIN-RUNNER-UNNAMED (insecure accepted, got []): logAgents.ts programOutput, for rsyslog omprog
    // (shell=false), treats records as code only for the closed lists STDIN_CODE_RUNNERS / STDIN_SCRIPT_READERS, so a
    // launcher not listed, a program that runs or installs its stdin, a user-data-written handler script, or a data
    // writer into a root-read path is data; syslog-ng program() and Logstash pipe (shell=true) refuse the same
    // programs. Fix (general): an allowlist as for the other agents: records on an omprog binary's stdin are code
    // unless the command is a known data sink (rootReads.ts agentFedDataOnly, writing under a log directory only);
    // unwrap launchers with shell.ts launchedCommand before judging.
    dev(
        "rsyslog imtcp -> omprog systemd-run --pipe --wait /bin/sh",
        script("dev-nsec26-rt82l", rsyslogTcpOmprog("/usr/bin/systemd-run --pipe --wait /bin/sh")),
    ),
    // ---- D. more of B and C, and proxies/servers configured by files (batch 2) ----
    // The socket-unit spelling of dev-nsec8: tar(1) "-c create", "-f -" the archive on stdout (the connection).
    // Was a MISS (fixed in round 82): STDIO-NODE-DATA-PER-CONNECTION (insecure accepted, got []): a per-connection command (xinetd/inetd
    // server, Accept=yes unit, socat EXEC:) is judged only as a shell (listeners.ts runsClientCommands) or one of the
    // named stdio file servers (stdioFileServer: sftp-server, rsync --server, ftpd, httpd -i, tftpd); socatListeners
    // reads only EXEC/SYSTEM/SHELL addresses, so OPEN/CREATE of a node path beside a listener is nothing
    // (NODE_BLOCK_DEVICE is applied in exportDaemonListeners only). Fix (general): judge what a per-connection
    // program or socat file address reads and writes as served to the listener's clients: / (or -C /), a node block
    // device, or a root-read path (cron, units, profile) among its operands, options or redirections makes it a file
    // server of that path.
    dev(
        "socket unit Accept=yes: ExecStart=tar -C / -cf - . (every node file per connection)",
        script("dev-nsec27-rt82l", acceptSocket(["ListenStream=9104"], "/usr/bin/tar -C / -cf - .")),
    ),
    // socat EXEC: of tar (socat(1) "EXEC:<command-line> Forks a sub process ... and communicates with it"): the same.
    // Was a MISS (fixed in round 82): STDIO-NODE-DATA-PER-CONNECTION (insecure accepted, got []): a per-connection command (xinetd/inetd
    // server, Accept=yes unit, socat EXEC:) is judged only as a shell (listeners.ts runsClientCommands) or one of the
    // named stdio file servers (stdioFileServer: sftp-server, rsync --server, ftpd, httpd -i, tftpd); socatListeners
    // reads only EXEC/SYSTEM/SHELL addresses, so OPEN/CREATE of a node path beside a listener is nothing
    // (NODE_BLOCK_DEVICE is applied in exportDaemonListeners only). Fix (general): judge what a per-connection
    // program or socat file address reads and writes as served to the listener's clients: / (or -C /), a node block
    // device, or a root-read path (cron, units, profile) among its operands, options or redirections makes it a file
    // server of that path.
    dev(
        "socat TCP-LISTEN:9105,fork EXEC:'tar -C / -cf - .'",
        script("dev-nsec28-rt82l", [
            "nohup socat TCP-LISTEN:9105,fork,reuseaddr EXEC:'/usr/bin/tar -C / -cf - .' >/dev/null 2>&1 &",
        ]),
    ),
    // socat OPEN: of the root block device (round 81's NODE_BLOCK_DEVICE class): the raw disk to any pod.
    // Was a MISS (fixed in round 82): STDIO-NODE-DATA-PER-CONNECTION (insecure accepted, got []): a per-connection command (xinetd/inetd
    // server, Accept=yes unit, socat EXEC:) is judged only as a shell (listeners.ts runsClientCommands) or one of the
    // named stdio file servers (stdioFileServer: sftp-server, rsync --server, ftpd, httpd -i, tftpd); socatListeners
    // reads only EXEC/SYSTEM/SHELL addresses, so OPEN/CREATE of a node path beside a listener is nothing
    // (NODE_BLOCK_DEVICE is applied in exportDaemonListeners only). Fix (general): judge what a per-connection
    // program or socat file address reads and writes as served to the listener's clients: / (or -C /), a node block
    // device, or a root-read path (cron, units, profile) among its operands, options or redirections makes it a file
    // server of that path.
    dev(
        "socat TCP-LISTEN:9106,fork OPEN:/dev/nvme0n1,rdonly",
        script("dev-nsec29-rt82l", [
            "nohup socat TCP-LISTEN:9106,fork,reuseaddr OPEN:/dev/nvme0n1,rdonly >/dev/null 2>&1 &",
        ]),
    ),
    // socat(1) "CREATE:<filename> Opens <filename> with creat()": a pod writes a root cron file (crontab(5)).
    // Was a MISS (fixed in round 82): STDIO-NODE-DATA-PER-CONNECTION (insecure accepted, got []): a per-connection command (xinetd/inetd
    // server, Accept=yes unit, socat EXEC:) is judged only as a shell (listeners.ts runsClientCommands) or one of the
    // named stdio file servers (stdioFileServer: sftp-server, rsync --server, ftpd, httpd -i, tftpd); socatListeners
    // reads only EXEC/SYSTEM/SHELL addresses, so OPEN/CREATE of a node path beside a listener is nothing
    // (NODE_BLOCK_DEVICE is applied in exportDaemonListeners only). Fix (general): judge what a per-connection
    // program or socat file address reads and writes as served to the listener's clients: / (or -C /), a node block
    // device, or a root-read path (cron, units, profile) among its operands, options or redirections makes it a file
    // server of that path.
    dev(
        "socat TCP-LISTEN:9107,fork CREATE:/etc/cron.d/ops",
        script("dev-nsec30-rt82l", [
            "nohup socat -u TCP-LISTEN:9107,fork,reuseaddr CREATE:/etc/cron.d/ops >/dev/null 2>&1 &",
        ]),
    ),
    // nc -l's output into a root cron file, in a loop: whoever connects writes /etc/cron.d/ops.
    dev(
        "while :; do nc -l 9108 > /etc/cron.d/ops; done &",
        script("dev-nsec31-rt82l", ["(while :; do nc -l 9108 > /etc/cron.d/ops; done) >/dev/null 2>&1 &"]),
    ),
    // A per-connection `tar -C / -xf -` (tar(1) "-x extract"): the client's archive lands anywhere in / as root.
    // Was a MISS (fixed in round 82): STDIO-NODE-DATA-PER-CONNECTION (insecure accepted, got []): a per-connection command (xinetd/inetd
    // server, Accept=yes unit, socat EXEC:) is judged only as a shell (listeners.ts runsClientCommands) or one of the
    // named stdio file servers (stdioFileServer: sftp-server, rsync --server, ftpd, httpd -i, tftpd); socatListeners
    // reads only EXEC/SYSTEM/SHELL addresses, so OPEN/CREATE of a node path beside a listener is nothing
    // (NODE_BLOCK_DEVICE is applied in exportDaemonListeners only). Fix (general): judge what a per-connection
    // program or socat file address reads and writes as served to the listener's clients: / (or -C /), a node block
    // device, or a root-read path (cron, units, profile) among its operands, options or redirections makes it a file
    // server of that path.
    dev(
        "socket unit Accept=yes: ExecStart=tar -C / -xf - (writes anywhere)",
        script("dev-nsec32-rt82l", acceptSocket(["ListenStream=9109"], "/usr/bin/tar -C / -xf -")),
    ),
    // Redis from a configuration file (redis.conf "bind", "protected-mode no"): the same as dev-nsec4-rt82l.
    // Was a MISS (fixed in round 82): UNREAD-DEFAULT-BIND-DAEMON (insecure accepted, got []): a program with no SERVERS reader
    // (commandServers.ts) is a listener only when its own words name an address beyond loopback (listeners.ts
    // unreadListeners); a root daemon whose documented default is every address, or whose bind is in a configuration
    // file it is given, is no listener at all. Fix (general): a root daemon (background, nohup, a unit) the pack
    // cannot place is a listener on every address unless its words bind loopback or a unix socket, and a
    // configuration file it is given (-c/--config/first operand) that no reader reads is unread (fail closed).
    dev(
        "redis6-server /etc/redis6/ops.conf (bind 0.0.0.0, protected-mode no) as root",
        script("dev-nsec33-rt82l", [
            "dnf install -y redis6",
            ...file("/etc/redis6/ops.conf", ["bind 0.0.0.0", "port 6380", "protected-mode no", "dir /var/lib/redis6"]),
            "nohup redis6-server /etc/redis6/ops.conf >/dev/null 2>&1 &",
        ]),
    ),

    // tinyproxy.conf(5): "Listen: By default, Tinyproxy listens for connections on all available interfaces";
    // "Allow" lists the clients. An HTTP proxy on the node fetches http://169.254.169.254/latest/meta-data/iam/
    // security-credentials/ from the node itself (no hop limit applies), so every pod gets the node role's keys.
    dev(
        "tinyproxy (no Listen, Allow 0.0.0.0/0): an HTTP proxy to instance metadata",
        script("dev-nsec34-rt82l", [
            "dnf install -y tinyproxy",
            ...file("/etc/tinyproxy/tinyproxy.conf", [
                "User tinyproxy",
                "Group tinyproxy",
                "Port 8888",
                "Allow 0.0.0.0/0",
            ]),
            "systemctl enable --now tinyproxy",
        ]),
    ),
    // V2Ray config (v2fly release config.json: inbound "listen" ... "Change to "0.0.0.0" to listen on all network
    // interfaces", protocol socks "auth": "noauth"; outbound "freedom" connects directly): an open SOCKS proxy to
    // instance metadata.
    // Was a MISS (fixed in round 82): UNREAD-DEFAULT-BIND-DAEMON (insecure accepted, got []): a program with no SERVERS reader
    // (commandServers.ts) is a listener only when its own words name an address beyond loopback (listeners.ts
    // unreadListeners); a root daemon whose documented default is every address, or whose bind is in a configuration
    // file it is given, is no listener at all. Fix (general): a root daemon (background, nohup, a unit) the pack
    // cannot place is a listener on every address unless its words bind loopback or a unix socket, and a
    // configuration file it is given (-c/--config/first operand) that no reader reads is unread (fail closed).
    dev(
        "v2ray run -c: socks inbound on 0.0.0.0 (noauth) -> freedom",
        unit("dev-nsec35-rt82l", "/usr/local/bin/v2ray run -c /etc/v2ray/config.json", [
            ...file("/etc/v2ray/config.json", [
                '{"inbounds": [{"port": 1080, "listen": "0.0.0.0", "protocol": "socks", "settings": {"auth": "noauth"}}],',
                ' "outbounds": [{"protocol": "freedom"}]}',
            ]),
        ]),
    ),

    // squid.conf: `http_port 3128` (every address), `http_access allow all`: an open HTTP proxy to instance metadata.
    dev(
        "squid http_port 3128 + http_access allow all",
        script("dev-nsec36-rt82l", [
            "dnf install -y squid",
            ...file("/etc/squid/squid.conf", ["http_port 3128", "http_access allow all"]),
            "systemctl enable --now squid",
        ]),
    ),
    // More omprog programs that run their stdin (rsyslog omprog, shell false): at(1) ("commands are read from
    // standard input"), crontab(1) ("install a new crontab from ... standard input if the pseudo-filename - is
    // given"), chroot(8)/unshare(1)/ionice(1)/script(1) -c launchers of /bin/sh.
    // Was a MISS (fixed in round 82): OMPROG-STDIN-RUNNER-UNNAMED (insecure accepted, got []): logAgents.ts programOutput, for rsyslog omprog
    // (shell=false), treats records as code only for the closed lists STDIN_CODE_RUNNERS / STDIN_SCRIPT_READERS, so a
    // launcher not listed, a program that runs or installs its stdin, a user-data-written handler script, or a data
    // writer into a root-read path is data; syslog-ng program() and Logstash pipe (shell=true) refuse the same
    // programs. Fix (general): an allowlist as for the other agents: records on an omprog binary's stdin are code
    // unless the command is a known data sink (rootReads.ts agentFedDataOnly, writing under a log directory only);
    // unwrap launchers with shell.ts launchedCommand before judging.
    dev("rsyslog imtcp -> omprog at now", script("dev-nsec37-rt82l", rsyslogTcpOmprog("/usr/bin/at now"))),
    // Was a MISS (fixed in round 82): OMPROG-STDIN-RUNNER-UNNAMED (insecure accepted, got []): logAgents.ts programOutput, for rsyslog omprog
    // (shell=false), treats records as code only for the closed lists STDIN_CODE_RUNNERS / STDIN_SCRIPT_READERS, so a
    // launcher not listed, a program that runs or installs its stdin, a user-data-written handler script, or a data
    // writer into a root-read path is data; syslog-ng program() and Logstash pipe (shell=true) refuse the same
    // programs. Fix (general): an allowlist as for the other agents: records on an omprog binary's stdin are code
    // unless the command is a known data sink (rootReads.ts agentFedDataOnly, writing under a log directory only);
    // unwrap launchers with shell.ts launchedCommand before judging.
    dev("rsyslog imtcp -> omprog crontab -", script("dev-nsec38-rt82l", rsyslogTcpOmprog("/usr/bin/crontab -"))),
    // Was a MISS (fixed in round 82): OMPROG-STDIN-RUNNER-UNNAMED (insecure accepted, got []): logAgents.ts programOutput, for rsyslog omprog
    // (shell=false), treats records as code only for the closed lists STDIN_CODE_RUNNERS / STDIN_SCRIPT_READERS, so a
    // launcher not listed, a program that runs or installs its stdin, a user-data-written handler script, or a data
    // writer into a root-read path is data; syslog-ng program() and Logstash pipe (shell=true) refuse the same
    // programs. Fix (general): an allowlist as for the other agents: records on an omprog binary's stdin are code
    // unless the command is a known data sink (rootReads.ts agentFedDataOnly, writing under a log directory only);
    // unwrap launchers with shell.ts launchedCommand before judging.
    dev(
        "rsyslog imtcp -> omprog chroot / /bin/sh",
        script("dev-nsec39-rt82l", rsyslogTcpOmprog("/usr/sbin/chroot / /bin/sh")),
    ),
    // Was a MISS (fixed in round 82): OMPROG-STDIN-RUNNER-UNNAMED (insecure accepted, got []): logAgents.ts programOutput, for rsyslog omprog
    // (shell=false), treats records as code only for the closed lists STDIN_CODE_RUNNERS / STDIN_SCRIPT_READERS, so a
    // launcher not listed, a program that runs or installs its stdin, a user-data-written handler script, or a data
    // writer into a root-read path is data; syslog-ng program() and Logstash pipe (shell=true) refuse the same
    // programs. Fix (general): an allowlist as for the other agents: records on an omprog binary's stdin are code
    // unless the command is a known data sink (rootReads.ts agentFedDataOnly, writing under a log directory only);
    // unwrap launchers with shell.ts launchedCommand before judging.
    dev(
        "rsyslog imtcp -> omprog unshare -m /bin/sh",
        script("dev-nsec40-rt82l", rsyslogTcpOmprog("/usr/bin/unshare -m /bin/sh")),
    ),
    // Was a MISS (fixed in round 82): OMPROG-STDIN-RUNNER-UNNAMED (insecure accepted, got []): logAgents.ts programOutput, for rsyslog omprog
    // (shell=false), treats records as code only for the closed lists STDIN_CODE_RUNNERS / STDIN_SCRIPT_READERS, so a
    // launcher not listed, a program that runs or installs its stdin, a user-data-written handler script, or a data
    // writer into a root-read path is data; syslog-ng program() and Logstash pipe (shell=true) refuse the same
    // programs. Fix (general): an allowlist as for the other agents: records on an omprog binary's stdin are code
    // unless the command is a known data sink (rootReads.ts agentFedDataOnly, writing under a log directory only);
    // unwrap launchers with shell.ts launchedCommand before judging.
    dev(
        "rsyslog imtcp -> omprog ionice -c3 /bin/bash",
        script("dev-nsec41-rt82l", rsyslogTcpOmprog("/usr/bin/ionice -c3 /bin/bash")),
    ),
    // Was a MISS (fixed in round 82): OMPROG-STDIN-RUNNER-UNNAMED (insecure accepted, got []): logAgents.ts programOutput, for rsyslog omprog
    // (shell=false), treats records as code only for the closed lists STDIN_CODE_RUNNERS / STDIN_SCRIPT_READERS, so a
    // launcher not listed, a program that runs or installs its stdin, a user-data-written handler script, or a data
    // writer into a root-read path is data; syslog-ng program() and Logstash pipe (shell=true) refuse the same
    // programs. Fix (general): an allowlist as for the other agents: records on an omprog binary's stdin are code
    // unless the command is a known data sink (rootReads.ts agentFedDataOnly, writing under a log directory only);
    // unwrap launchers with shell.ts launchedCommand before judging.
    dev(
        "rsyslog imtcp -> omprog script -qc /bin/sh /dev/null",
        script("dev-nsec42-rt82l", rsyslogTcpOmprog("/usr/bin/script -qc /bin/sh /dev/null")),
    ),
    // omprog docs: "$ActionOMProgBinary — maps to binary (status: legacy)"; `:omprog:` the legacy action.
    // Was a MISS (fixed in round 82): RSYSLOG-PROGRAM-ACTIONS-UNREAD (insecure accepted, got []): logAgents.ts rsyslog reads
    // action(type="omprog") and the legacy ^program only; mmexternal's binary= (rsyslog docs: "interface.input ...
    // passed to the external program's standard input", default msg) and the legacy $ActionOMProgBinary + :omprog:
    // (omprog docs: "$ActionOMProgBinary maps to binary") are read nowhere. Fix (general): every rsyslog action or
    // module with a binary= (om*/mm*) and the legacy :omprog: are program outputs; an action type the pack does not
    // know is unread (fail closed).
    dev(
        "rsyslog legacy $ModLoad imtcp + $ActionOMProgBinary /bin/sh + *.* :omprog:",
        script(
            "dev-nsec43-rt82l",
            rsyslog([
                "$ModLoad imtcp",
                "$InputTCPServerRun 514",
                "$ModLoad omprog",
                "$ActionOMProgBinary /bin/sh",
                "*.* :omprog:",
            ]),
        ),
    ),
    // ---- E. code-running servers with a default every-address bind, and agents' code destinations (batch 3) ----
    // adnanh/webhook (`webhook -help`: "-ip string ip the webhook should serve hooks on (default "0.0.0.0")"); a hook
    // whose execute-command is /bin/sh with `-c` and the request payload's `cmd` as arguments runs what any pod
    // POSTs, as root.
    // Was a MISS (fixed in round 82): UNREAD-DEFAULT-BIND-DAEMON (insecure accepted, got []): a program with no SERVERS reader
    // (commandServers.ts) is a listener only when its own words name an address beyond loopback (listeners.ts
    // unreadListeners); a root daemon whose documented default is every address, or whose bind is in a configuration
    // file it is given, is no listener at all. Fix (general): a root daemon (background, nohup, a unit) the pack
    // cannot place is a listener on every address unless its words bind loopback or a unix socket, and a
    // configuration file it is given (-c/--config/first operand) that no reader reads is unread (fail closed).
    dev(
        "webhook -hooks hooks.json (default -ip 0.0.0.0): /bin/sh -c payload.cmd",
        unit("dev-nsec44-rt82l", "/usr/local/bin/webhook -hooks /etc/webhook/hooks.json -verbose", [
            ...file("/etc/webhook/hooks.json", [
                '[{"id": "run", "execute-command": "/bin/sh", "pass-arguments-to-command": [',
                '  {"source": "string", "name": "-c"}, {"source": "payload", "name": "cmd"}]}]',
            ]),
        ]),
    ),

    // Node-RED settings.js: "By default, the Node-RED UI accepts connections on all IPv4 interfaces"; with no
    // adminAuth any client deploys a flow whose exec node runs commands as the runtime's user (root here).
    dev(
        "node-red as root (default every IPv4 interface, no adminAuth)",
        unit("dev-nsec45-rt82l", "/usr/local/bin/node-red --userDir /var/lib/node-red", [
            "dnf install -y nodejs",
            "npm install -g --unsafe-perm node-red@4.0.2",
        ]),
    ),
    // syslog-ng python() destination (syslog-ng OSE docs, "python: writing server-side Python destinations": a
    // `python { ... }` block holds the class, `destination { python(class(...)); }` calls its send()): the records of
    // a UDP source on every address reach os.system as root.
    // Was a MISS (fixed in round 82): LOG-AGENT-CODE-ACTIONS-UNREAD (insecure accepted, got []): logAgents.ts syslogNg reads program(), file()
    // and pipe() destinations only; a `python { }` block and a python() destination (syslog-ng OSE docs: the
    // destination's send() gets each message) run Python code in the root daemon, which no reader reads, while the
    // Fluent Bit, Vector and collectd readers already refuse their embedded-code plugins (unreadable). Fix (general):
    // syslog-ng python/java/perl blocks, destinations, sources and parsers are unreadable code (fail closed), as
    // FLUENT_BIT_CODE and collectd's python/perl/java/lua plugins are.
    dev(
        "syslog-ng udp -> python() destination calling os.system(MESSAGE)",
        script(
            "dev-nsec46-rt82l",
            syslogNg([
                "python {",
                "import os",
                "class Ops(object):",
                "    def send(self, msg):",
                "        os.system(msg['MESSAGE'].decode())",
                "        return True",
                "};",
                "source s_net { udp(port(514)); };",
                'destination d_py { python(class("Ops")); };',
                "log { source(s_net); destination(d_py); };",
            ]),
        ),
    ),
    // TigerVNC Xvnc(1): "-interface IP address: Listen on interface. By default Xvnc listens on all available
    // interfaces"; SecurityTypes None is no authentication: any pod drives the root xterm on display :1.
    dev(
        "Xvnc :1 -SecurityTypes None (every interface) with a root xterm",
        script("dev-nsec47-rt82l", [
            "dnf install -y tigervnc-server-minimal xterm",
            "nohup Xvnc :1 -SecurityTypes None -geometry 1024x768 >/dev/null 2>&1 &",
            "sleep 2 && DISPLAY=:1 nohup xterm >/dev/null 2>&1 &",
        ]),
    ),
    // ---- round 82 fixes' neighbours (-fix82) ----
    // Records on an omprog binary's stdin are code unless the program keeps them as data (rootReads.ts
    // agentFedDataWrites): flock(1) "flock [options] file command" launches /bin/sh, which reads them.
    dev(
        "rsyslog imtcp -> omprog flock /run/ops.lock /bin/sh",
        script("dev-nsec1-fix82", rsyslogTcpOmprog("/usr/bin/flock /run/ops.lock /bin/sh")),
    ),
    // A data sink whose file root runs: tee(1) appends the records to /etc/profile.d (bash(1) INVOCATION: root's login
    // shells source it).
    dev(
        "rsyslog imtcp -> omprog tee -a /etc/profile.d/ops.sh",
        script("dev-nsec2-fix82", rsyslogTcpOmprog("/usr/bin/tee -a /etc/profile.d/ops.sh")),
    ),
    // The shell line's stdin reaches gzip, whose output the pipe hands to sh (POSIX sh: "-c Read commands from the
    // command_string operand"; the pipeline's second command reads what gzip -d prints: the records).
    dev(
        "Logstash tcp -> pipe { command => gzip -dc | sh }",
        script(
            "dev-nsec3-fix82",
            logstash([
                "input { tcp { port => 5002 } }",
                'output { pipe { command => "/usr/bin/gzip -dc | /bin/sh" } }',
            ]),
        ),
    ),
    // omprog docs: "$ActionOMProgBinary ... maps to binary": the legacy action of a launcher of a shell.
    dev(
        "rsyslog legacy $ActionOMProgBinary nsenter -t 1 -a /bin/sh + & :omprog:",
        script(
            "dev-nsec4-fix82",
            rsyslog([
                "$ModLoad imudp",
                "$UDPServerRun 514",
                "$ModLoad omprog",
                "$ActionOMProgBinary /usr/bin/nsenter -t 1 -a /bin/sh",
                "*.* /var/log/remote.log",
                "& :omprog:",
            ]),
        ),
    ),
    // An rsyslog action type the pack does not read (omuxsock sends the records to a unix socket it does not place).
    dev(
        'rsyslog imtcp -> action(type="omuxsock")',
        script(
            "dev-nsec5-fix82",
            rsyslog([
                'module(load="imtcp")',
                'module(load="omuxsock")',
                'input(type="imtcp" port="514")',
                'action(type="omuxsock" socket="/run/ops.sock")',
            ]),
        ),
    ),
    // syslog-ng OSE docs, "java: destination": java(class-name() class-path()) runs Java code in the root daemon.
    dev(
        "syslog-ng udp -> java() destination",
        script(
            "dev-nsec6-fix82",
            syslogNg([
                "source s_net { udp(port(514)); };",
                'destination d_java { java(class-path("/opt/ops/ops.jar") class-name("Ops")); };',
                "log { source(s_net); destination(d_java); };",
            ]),
        ),
    ),
    // socat(1) "mode=<mode>": a UNIX-LISTEN of mode 0666 lets every local user and service drive the D-Bus system
    // bus as root (SO_PEERCRED names socat).
    dev(
        "socat UNIX-LISTEN:/run/ops-bus.sock,mode=0666 UNIX-CONNECT:/run/dbus/system_bus_socket",
        script("dev-nsec7-fix82", [
            "nohup socat UNIX-LISTEN:/run/ops-bus.sock,fork,mode=0666 UNIX-CONNECT:/run/dbus/system_bus_socket >/dev/null 2>&1 &",
        ]),
    ),
    // -localhost narrows the display's default bind only: Xvnc(1) "-interface IP address: Listen on interface" on
    // 0.0.0.0 is every address.
    dev(
        "Xvnc :1 -localhost -interface 0.0.0.0 -SecurityTypes None",
        script("dev-nsec8-fix82", [
            "dnf install -y tigervnc-server-minimal",
            "nohup Xvnc :1 -localhost -interface 0.0.0.0 -SecurityTypes None >/dev/null 2>&1 &",
        ]),
    ),
    // ---- round 82 fix (UNREAD-DEFAULT-BIND-DAEMON) neighbours: daemonConfigs.ts redis/v2ray/webhook readers ----
    // redis.conf "protected-mode": it guards only a server "not binding explicitly to a set of addresses using the
    // "bind" directive" with "No password is configured" (Redis 6, AL2023's redis6): bind 0.0.0.0 and no requirepass
    // is open to every pod whatever protected-mode says.
    dev(
        "redis6-server /etc/redis6/open.conf (bind 0.0.0.0, protected-mode yes, no requirepass) as root",
        script("dev-redisbind-fix82", [
            "dnf install -y redis6",
            ...file("/etc/redis6/open.conf", ["bind 0.0.0.0", "protected-mode yes", "port 6381"]),
            "nohup redis6-server /etc/redis6/open.conf >/dev/null 2>&1 &",
        ]),
        /Redis with no password/,
    ),
    // Xray "HTTP" inbound with no accounts (no authentication) and no `listen` (InboundObject default "0.0.0.0"),
    // outbound freedom: an open HTTP proxy to instance metadata.
    dev(
        "xray run -c: http inbound, no listen (0.0.0.0), no accounts -> freedom",
        unit("dev-xrayhttp-fix82", "/usr/local/bin/xray run -c /etc/xray/config.json", [
            ...file("/etc/xray/config.json", [
                '{"inbounds": [{"port": 8118, "protocol": "http", "settings": {}}],',
                ' "outbounds": [{"protocol": "freedom"}]}',
            ]),
        ]),
        /forward proxy/,
    ),
    // v2ray with no -c reads its default location (/usr/local/etc/v2ray/config.json), which user data does not write:
    // what it listens on is unknown (fail closed for root).
    dev(
        "v2ray run (default configuration location, unread) as root",
        unit("dev-v2raydefault-fix82", "/usr/local/bin/v2ray run"),
        /cannot read/,
    ),
    // webhook "pass-environment-to-command" with source payload: the request's data reaches the script's environment
    // (no -ip: 0.0.0.0, no trigger-rule): the pack cannot say what the script does with it.
    dev(
        "webhook (default -ip 0.0.0.0): hook passes payload.ref in the environment of a script",
        unit("dev-webhookenv-fix82", "/usr/local/bin/webhook -hooks=/etc/webhook/hooks.json", [
            ...file("/etc/webhook/hooks.json", [
                '[{"id": "deploy", "execute-command": "/opt/ops/deploy.sh",',
                '  "pass-environment-to-command": [{"source": "payload", "name": "ref", "envname": "REF"}]}]',
            ]),
        ]),
        /request data/,
    ),
];

const secure: NodeCase[] = [
    // darkhttpd --addr 127.0.0.1 of a non-secret directory (only the node's processes reach it).
    dev(
        "darkhttpd /usr/share/doc --addr 127.0.0.1",
        unit("dev-nsec1s-rt82l", "/usr/local/bin/darkhttpd /usr/share/doc --addr 127.0.0.1 --port 8080"),
    ),
    // miniserve -i 127.0.0.1 of /srv/www, read-only (no --upload-files).
    dev(
        "miniserve -i 127.0.0.1 /usr/share/doc",
        unit("dev-nsec2s-rt82l", "/usr/local/bin/miniserve -i 127.0.0.1 /usr/share/doc"),
    ),
    // Redis bound to loopback (redis.conf "bind 127.0.0.1 -::1": "listens only on the IPv4 and IPv6 loopback").
    dev(
        "redis6-server --bind 127.0.0.1 --protected-mode yes",
        script("dev-nsec3s-rt82l", [
            "dnf install -y redis6",
            "nohup redis6-server --bind 127.0.0.1 --protected-mode yes >/dev/null 2>&1 &",
        ]),
    ),
    // socket unit on 127.0.0.1 (systemd.socket(5) ListenStream= "[address]:port") per-connection date(1).
    dev(
        "socket unit ListenStream=127.0.0.1:9101 Accept=yes: ExecStart=/usr/bin/date",
        script("dev-nsec4s-rt82l", acceptSocket(["ListenStream=127.0.0.1:9101"], "/usr/bin/date")),
    ),
    // socat of the D-Bus system bus onto a root-only unix socket (unix-listen, mode 0600): no network reach.
    // Was a MISS (fixed in round 82): SOCKET-RELAY-WITHOUT-LISTENER (secure refused): rootWrites.ts, the socat/ncat branch, calls
    // runtimeSocketRelay whenever any operand path is a root-power socket, whatever the other address: a UNIX-LISTEN
    // of mode 0600 (socat(1) "mode=<mode>" sets the permission bits) is reachable by root alone, not by the network
    // or pods. Fix (general): a root-power socket relay is a network opening only when its other address is a network
    // listener (TCP*/UDP*/SCTP/OPENSSL/VSOCK-LISTEN); a UNIX-LISTEN relay is judged as the socket file it creates
    // (its mode, owner and directory).
    dev(
        "socat UNIX-LISTEN:/run/ops-bus.sock,mode=0600 UNIX-CONNECT:/run/dbus/system_bus_socket",
        script("dev-nsec5s-rt82l", [
            "nohup socat UNIX-LISTEN:/run/ops-bus.sock,fork,mode=0600 UNIX-CONNECT:/run/dbus/system_bus_socket >/dev/null 2>&1 &",
        ]),
    ),
    // rsyslog imtcp -> omprog logger (data only: logger(1) writes its stdin as log lines).
    dev(
        "rsyslog imtcp -> omprog /usr/bin/logger -t relay",
        script("dev-nsec6s-rt82l", rsyslogTcpOmprog("/usr/bin/logger -t relay")),
    ),
    // mmexternal of a data-only filter (rsyslog's own example plugin shape): tr(1) only transliterates.
    dev(
        "rsyslog imudp on 127.0.0.1 -> mmexternal tr a-z A-Z",
        script(
            "dev-nsec7s-rt82l",
            rsyslog([
                'module(load="imudp")',
                'module(load="mmexternal")',
                'input(type="imudp" address="127.0.0.1" port="514" ruleset="ops")',
                'ruleset(name="ops") { action(type="mmexternal" binary="/usr/bin/tr a-z A-Z") }',
            ]),
        ),
    ),
    // sed without the e command (s/// only) is data only.
    dev(
        "rsyslog imtcp -> omprog sed -u s/x/y/",
        script("dev-nsec8s-rt82l", rsyslogTcpOmprog("/usr/bin/sed -u s/x/y/")),
    ),
    // xinetd service bound to loopback (xinetd.conf(5) "bind: Allows a service to be bound to a specific interface")
    // running date(1).
    dev(
        "xinetd bind = 127.0.0.1 server = /usr/bin/date",
        script(
            "dev-nsec9s-rt82l",
            xinetd([
                "  type = UNLISTED",
                "  port = 9100",
                "  bind = 127.0.0.1",
                "  socket_type = stream",
                "  wait = no",
                "  user = nobody",
                "  server = /usr/bin/date",
            ]),
        ),
    ),
    // in.tftpd standalone on loopback of /var/lib/tftpboot (read-only, nobody).
    dev(
        "in.tftpd -l -a 127.0.0.1 -s /var/lib/tftpboot",
        script("dev-nsec10s-rt82l", [
            "dnf install -y tftp-server",
            "/usr/sbin/in.tftpd -l -a 127.0.0.1 -u nobody -s /var/lib/tftpboot",
        ]),
    ),
    // Logstash tcp on loopback -> pipe of a data sink (gzip to a file).
    // Was a MISS (fixed in round 82): SHELL-LINE-RECORDS-ARE-STDIN-NOT-SCRIPT (secure refused): logAgents.ts logstash/syslogNg call
    // programOutput with shell=true, so every pipe/program() command counts as fed code, and rootReads.ts
    // agentExecOutputs accepts only tee/cat (agentFedDataOnly); but sh -c reads its commands from the command_string
    // (POSIX sh: "-c Read commands from the command_string operand"), the records on stdin go to the line's first
    // command, here gzip. Fix (general): parse the shell line and judge the command that receives stdin as for
    // shell=false, with agentFedDataOnly extended to known filters (gzip, tr, logger) writing under log directories.
    dev(
        "Logstash tcp 127.0.0.1 -> pipe { command => gzip -c }",
        script(
            "dev-nsec11s-rt82l",
            logstash([
                'input { tcp { host => "127.0.0.1" port => 5000 } }',
                'output { pipe { command => "/usr/bin/gzip -c" } }',
            ]),
        ),
    ),
    // dufs on loopback of /srv/www read-only.
    dev(
        "dufs /usr/share/doc -b 127.0.0.1",
        unit("dev-nsec12s-rt82l", "/usr/local/bin/dufs /usr/share/doc -b 127.0.0.1 -p 5000"),
    ),
    // A per-connection date(1) on every address: no node data, no command of the client's.
    dev(
        "socket unit ListenStream=9110 Accept=yes: ExecStart=/usr/bin/date",
        script("dev-nsec13s-rt82l", acceptSocket(["ListenStream=9110"], "/usr/bin/date")),
    ),
    // tinyproxy on loopback only (tinyproxy.conf(5) Listen 127.0.0.1, Allow 127.0.0.1): pods reach neither it nor
    // (through it) instance metadata.
    dev(
        "tinyproxy Listen 127.0.0.1 Allow 127.0.0.1",
        script("dev-nsec14s-rt82l", [
            "dnf install -y tinyproxy",
            ...file("/etc/tinyproxy/tinyproxy.conf", [
                "User tinyproxy",
                "Group tinyproxy",
                "Port 8888",
                "Listen 127.0.0.1",
                "Allow 127.0.0.1",
            ]),
            "systemctl enable --now tinyproxy",
        ]),
    ),
    // syslog-ng program() of gzip into a log file: sh -c "gzip ..." (POSIX sh -c: "read commands from the
    // command_string operand ... not from the standard input") hands the records to gzip, which compresses them.
    // Was a MISS (fixed in round 82): SHELL-LINE-RECORDS-ARE-STDIN-NOT-SCRIPT (secure refused): logAgents.ts logstash/syslogNg call
    // programOutput with shell=true, so every pipe/program() command counts as fed code, and rootReads.ts
    // agentExecOutputs accepts only tee/cat (agentFedDataOnly); but sh -c reads its commands from the command_string
    // (POSIX sh: "-c Read commands from the command_string operand"), the records on stdin go to the line's first
    // command, here gzip. Fix (general): parse the shell line and judge the command that receives stdin as for
    // shell=false, with agentFedDataOnly extended to known filters (gzip, tr, logger) writing under log directories.
    dev(
        "syslog-ng udp 127.0.0.1 -> program(gzip -c >> /var/log/ops.gz)",
        script(
            "dev-nsec15s-rt82l",
            syslogNg([
                'source s_net { udp(ip("127.0.0.1") port(514)); };',
                'destination d_ops { program("/usr/bin/gzip -c >> /var/log/ops.gz"); };',
                "log { source(s_net); destination(d_ops); };",
            ]),
        ),
    ),
    // omprog tee -a of a log file (rsyslog's own pattern): data only, in /var/log.
    dev(
        "rsyslog imtcp -> omprog tee -a /var/log/remote.log",
        script("dev-nsec16s-rt82l", rsyslogTcpOmprog("/usr/bin/tee -a /var/log/remote.log")),
    ),
    // webhook bound to loopback (-ip 127.0.0.1) running a fixed command (no request data passed).
    dev(
        "webhook -ip 127.0.0.1 running /usr/bin/systemctl restart ops-app",
        unit("dev-nsec17s-rt82l", "/usr/local/bin/webhook -ip 127.0.0.1 -hooks /etc/webhook/hooks.json", [
            ...file("/etc/webhook/hooks.json", ['[{"id": "restart", "execute-command": "/usr/bin/date"}]']),
        ]),
    ),
    // systemd.socket(5): ListenStream= a path is an AF_UNIX socket, SocketMode= "the file system access mode used
    // when creating the file node" (0600: root only): sftp-server per connection to root alone, no pod reaches it.
    dev(
        "socket unit ListenStream=/run/ops-sftp.sock SocketMode=0600 Accept=yes: sftp-server",
        script(
            "dev-nsec18s-rt82l",
            acceptSocket(["ListenStream=/run/ops-sftp.sock", "SocketMode=0600"], "/usr/libexec/openssh/sftp-server"),
        ),
    ),
    // Xvnc(1) "-localhost: Only allow connections from the same machine": the desktop stays on the node.
    // Was a MISS (fixed in round 82): UNREAD-SERVER-LOOPBACK-FLAG (secure refused): listeners.ts unreadListeners reads the display operand `:1`
    // as a host:port with an empty host (every address, EMPTY_HOST) and takes loopback only from an address-valued
    // listen option, so Xvnc's boolean -localhost (Xvnc(1): "Only allow connections from the same machine") does not
    // narrow it: "user data has root run Xvnc ... listening beyond loopback (... Xvnc on :1)". Fix (general): a
    // documented loopback-only switch of an unread server (-localhost, --localhost, --local-only, -nolisten tcp)
    // binds it to loopback, as a loopback address option does; a bare `:N` operand of an X/VNC server is a display
    // number, judged with the switch.
    dev(
        "Xvnc :1 -localhost -SecurityTypes None with a root xterm",
        script("dev-nsec19s-rt82l", [
            "dnf install -y tigervnc-server-minimal xterm",
            "nohup Xvnc :1 -localhost -SecurityTypes None -geometry 1024x768 >/dev/null 2>&1 &",
            "sleep 2 && DISPLAY=:1 nohup xterm >/dev/null 2>&1 &",
        ]),
    ),
    // ---- round 82 fixes' neighbours (-fix82) ----
    // zstd(1): "If no files are given ... zstd reads standard input": compressed records appended under /var/log.
    dev(
        "syslog-ng udp 127.0.0.1 -> program(zstd -q >> /var/log/ops.zst)",
        script(
            "dev-nsec1s-fix82",
            syslogNg([
                'source s_net { udp(ip("127.0.0.1") port(514)); };',
                'destination d_ops { program("/usr/bin/zstd -q >> /var/log/ops.zst"); };',
                "log { source(s_net); destination(d_ops); };",
            ]),
        ),
    ),
    // tr(1) "Translate ... characters from standard input": omprog of a filter, on every address (data only).
    dev("rsyslog imtcp -> omprog tr -d \\r", script("dev-nsec2s-fix82", rsyslogTcpOmprog("/usr/bin/tr -d \\r"))),
    // omfwd forwards the records to another host (rsyslog docs "omfwd: syslog Forwarding Output Module"): no program.
    dev(
        'rsyslog imtcp 127.0.0.1 -> action(type="omfwd" target="10.0.0.5")',
        script(
            "dev-nsec3s-fix82",
            rsyslog([
                'module(load="imtcp")',
                'input(type="imtcp" address="127.0.0.1" port="514")',
                'action(type="omfwd" target="10.0.0.5" port="514" protocol="tcp")',
            ]),
        ),
    ),
    // socat of systemd's private manager socket to a root-only unix socket (mode 0600): no network reach.
    dev(
        "socat UNIX-LISTEN:/run/ops-sd.sock,mode=0600 UNIX-CONNECT:/run/systemd/private",
        script("dev-nsec4s-fix82", [
            "nohup socat UNIX-LISTEN:/run/ops-sd.sock,fork,mode=0600 UNIX-CONNECT:/run/systemd/private >/dev/null 2>&1 &",
        ]),
    ),
    // TigerVNC Xvnc(1) "-localhost: Only allow connections from the same machine": display :2 on loopback.
    dev(
        "Xvnc :2 -localhost -geometry 1280x800",
        script("dev-nsec5s-fix82", [
            "dnf install -y tigervnc-server-minimal",
            "nohup Xvnc :2 -localhost -geometry 1280x800 >/dev/null 2>&1 &",
        ]),
    ),
    // ---- round 82 fix (UNREAD-DEFAULT-BIND-DAEMON) secure neighbours ----
    // redis.conf "port 0": "Redis will not listen on a TCP socket"; a unix socket of mode 700 is root's alone.
    dev(
        "redis6-server /etc/redis6/sock.conf (port 0, unixsocket, protected-mode no)",
        script("dev-redissock-fix82", [
            "dnf install -y redis6",
            ...file("/etc/redis6/sock.conf", [
                "port 0",
                "unixsocket /run/redis6/ops.sock",
                "unixsocketperm 700",
                "protected-mode no",
            ]),
            "nohup redis6-server /etc/redis6/sock.conf >/dev/null 2>&1 &",
        ]),
    ),
    // No bind, protected-mode yes (the default) and no password: "The server only accepts connections from clients
    // connecting from the IPv4 and IPv6 loopback addresses"; and the packaged redis6.conf ("bind 127.0.0.1 -::1").
    dev(
        "redis6-server --port 6390 (protected mode on, no bind); redis6-server /etc/redis6/redis6.conf (packaged)",
        script("dev-redisprotected-fix82", [
            "dnf install -y redis6",
            "nohup redis6-server --port 6390 >/dev/null 2>&1 &",
            "nohup redis6-server /etc/redis6/redis6.conf >/dev/null 2>&1 &",
        ]),
    ),
    // V2Ray socks inbounds on 127.0.0.1 (noauth), and on 0.0.0.0 with auth "password" (v2fly "Socks": the accounts
    // authenticate every client).
    dev(
        "v2ray run -c: socks on 127.0.0.1 noauth; socks on 0.0.0.0 with auth password",
        unit("dev-v2raysafe-fix82", "/usr/local/bin/v2ray run -c /etc/v2ray/config.json", [
            ...file("/etc/v2ray/config.json", [
                '{"inbounds": [{"port": 1080, "listen": "127.0.0.1", "protocol": "socks", "settings": {"auth": "noauth"}},',
                '  {"port": 1081, "protocol": "socks", "settings": {"auth": "password",',
                '   "accounts": [{"user": "ops", "pass": "s3cr3t-from-ssm"}]}}],',
                ' "outbounds": [{"protocol": "freedom"}]}',
            ]),
        ]),
    ),
    // webhook on loopback (-ip 127.0.0.1) passing the payload to sh -c: only the node's own processes reach it; and
    // one on every address whose trigger-rule checks payload-hmac-sha256 (webhook "Hook rules": a shared secret).
    dev(
        "webhook -ip 127.0.0.1 sh -c payload; webhook 0.0.0.0 with a payload-hmac-sha256 trigger-rule",
        script("dev-webhooksafe-fix82", [
            ...file("/etc/webhook/local.json", [
                '[{"id": "run", "execute-command": "/bin/sh", "pass-arguments-to-command": [',
                '  {"source": "string", "name": "-c"}, {"source": "payload", "name": "cmd"}]}]',
            ]),
            ...file("/etc/webhook/signed.json", [
                '[{"id": "deploy", "execute-command": "/opt/ops/deploy.sh",',
                '  "pass-arguments-to-command": [{"source": "payload", "name": "ref"}],',
                '  "trigger-rule": {"match": {"type": "payload-hmac-sha256", "secret": "from-ssm",',
                '    "parameter": {"source": "header", "name": "X-Hub-Signature-256"}}}}]',
            ]),
            "nohup /usr/local/bin/webhook -ip 127.0.0.1 -hooks /etc/webhook/local.json >/dev/null 2>&1 &",
            "nohup /usr/local/bin/webhook -port 9001 -hooks /etc/webhook/signed.json >/dev/null 2>&1 &",
        ]),
    ),
];

describeNodeCases("red team round 82: node listeners (nsec)", insecure, secure);
