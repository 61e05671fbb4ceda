// Red-team round 83 (fresh eyes) on EKS NODE security, area nsec (listeners, suffix -rt83l).
// Probed (hardest on round 82's listener fixes' neighbours): the round 82 config readers (php-fpm, snmpd, tgtd,
// NFS-Ganesha, targetcli, redis, Xray/V2Ray, webhook) fed their files by routes other than the packaged path (include
// directives, -y/-c/-f options, SNMPCONFPATH, tgtadm/tgt-admin, LIO saveconfig.json, redis config on stdin, -confdir,
// YAML/TOML formats, EXPORT_DEFAULTS, read-only exports of kubelet state); the same routes for the older readers
// (xinetd includedir/-f, inetd FILE, rsync --config, stunnel FILE, smbd --configfile) and log agents (rsyslogd -f,
// include(), syslog-ng -f, fluent-bit -c); log agents writing network records into root-run files (omfile/dynaFile
// into /etc/cron.d, syslog-ng file() into /etc/profile.d, Fluentd out_exec sh, Fluent Bit/Vector file sinks); omprog
// launchers round 82 did not name (xargs, stdbuf, perl, m4, setpriv, ssh, python3 -); container runtime APIs on TCP
// (daemon.json hosts, containerd tcp_address); proxies to instance metadata (privoxy, haproxy, nginx stream, ssh -g
// -L); per-connection wrappers (tcpserver, tcpsvd, busybox telnetd, openssl s_server -WWW, socat UDP-RECVFROM SYSTEM:,
// EXEC pty python3); secure twins (loopback binds and names, allowed_clients, rocommunity, rwcommunity 127.0.0.1,
// Bind_addr, CLIENT blocks, initiator-address, socket IPAddressDeny/Allow, range=, ncat --allow, unix sockets).
// Misses (17 insecure accepted, 3 secure refused):
// - insecure, CONFIG-ROUTE-UNREAD (10): dev-nsec1/2/4/5/7/8/9/29/30/31-rt83l: php-fpm include= and -y, snmpd -c,
//   includeFile and SNMPCONFPATH, tgtadm, tgt-admin -c, /etc/target/saveconfig.json, ganesha %include and -f
//   (listeners.ts SERVER_CONFIGS reads daemonConfigs.ts's readers only at the packaged paths).
// - insecure, XINETD-INCLUDEDIR-UNREAD (1): dev-nsec46-rt83l (listeners.ts xinetdListeners/SERVER_CONFIGS).
// - insecure, LOG-AGENT-CONFIG-OPTION-UNREAD (6): dev-nsec51/53/54/56/57/58-rt83l: rsyslogd -f, syslog-ng -f,
//   fluent-bit -c, logstash -f, vector --config, fluentd -c
//   (logAgents.ts LOG_AGENTS config paths).
// - secure, LOOPBACK-IMDS-RELAY (2): dev-nsec5s/7s-rt83l: haproxy bind 127.0.0.1 and socat range=127.0.0.1/32 to
//   169.254.169.254 (relays.ts: a relay to instance metadata is judged by its target, not its bind).
// - secure, SOCKET-IP-ACCESS-LIST-UNREAD (1): dev-nsec11s-rt83l: socket unit IPAddressDeny=any IPAddressAllow=localhost
//   running /bin/sh (systemd.ts socketShellOpenings).
// Held: 42 of 59 insecure refused (redis6-server /opt/ops/redis.conf, php-fpm blank allowed_clients, rwcommunity
// 0.0.0.0/0, every log agent file/exec sink into root-run files, every omprog launcher, docker/containerd TCP APIs, every IMDS proxy on 0.0.0.0, every
// per-connection wrapper, redis config on stdin, xray -confdir/YAML, webhook YAML, EXPORT_DEFAULTS, RO kubelet export,
// xinetd -f, inetd FILE, rsync --config, stunnel FILE, smbd --configfile, rsyslog include()); 16 of 19 secure clean.
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
/** rsyslog: a TCP input on every address (imtcp, port 514) whose ruleset hands the records to omprog `binary`. */
const rsyslogTcpOmprog = (binary: string) =>
    rsyslog([
        'module(load="imtcp")',
        'module(load="omprog")',
        'input(type="imtcp" port="514" ruleset="ops")',
        `ruleset(name="ops") { action(type="omprog" binary="${binary}") }`,
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
const phpPool = (listen: string[]) => [
    "[ops]",
    "user = root",
    "group = root",
    ...listen,
    "pm = static",
    "pm.max_children = 2",
];

const insecure: NodeCase[] = [
    // ---- A. round 82's config readers (php-fpm, snmpd, tgtd, ganesha) fed their files by other routes ----
    // php-fpm.conf(5) "include": "Include one or more files"; the pool it names at /opt/ops listens on `9000`
    // ("'port' - to listen on a TCP socket to all addresses"): any pod's FastCGI request sets PHP_VALUE
    // auto_prepend_file=php://input and runs PHP as root (reads /var/lib/kubelet/kubeconfig's client key).
    // Was a MISS (fixed in round 83): CONFIG-ROUTE-UNREAD (insecure accepted, got []): php-fpm.conf's include= names a pool outside PHP_FPM_CONFIG; listeners.ts SERVER_CONFIGS keys each reader (daemonConfigs.ts phpFpmListeners/snmpdListeners/tgtTargetsListeners/ganeshaListeners) to the packaged paths (PHP_FPM_CONFIG, SNMPD_CONFIG, TGT_TARGETS, GANESHA_CONFIG) only, the include directive unfollowed. Fix (general): a SERVER_CONFIGS daemon started by user data (a unit, nohup, a command) reads the files its command line, environment and include directives name: read those with the same reader, and a file it is given or includes that the pack does not read makes the daemon a listener on its documented default bind (fail closed).
    dev(
        "php-fpm.conf include=/opt/ops/pools/*.conf, pool listen = 9000 as root",
        script("dev-nsec1-rt83l", [
            "dnf install -y php-fpm",
            ...file("/etc/php-fpm.conf", [
                "[global]",
                "error_log = /var/log/php-fpm/error.log",
                "include=/opt/ops/pools/*.conf",
            ]),
            ...file("/opt/ops/pools/ops.conf", phpPool(["listen = 9000"])),
            "php-fpm -R",
        ]),
    ),
    // php-fpm(8) "-y, --fpm-config <file> Specify alternative path to FastCGI process manager config file".
    // Was a MISS (fixed in round 83): CONFIG-ROUTE-UNREAD (insecure accepted, got []): php-fpm's -y/--fpm-config file is not read: listeners.ts SERVER_CONFIGS keys each reader (daemonConfigs.ts phpFpmListeners/snmpdListeners/tgtTargetsListeners/ganeshaListeners) to the packaged paths (PHP_FPM_CONFIG, SNMPD_CONFIG, TGT_TARGETS, GANESHA_CONFIG) only; no SERVERS entry reads php-fpm's command line. Fix (general): a SERVER_CONFIGS daemon started by user data (a unit, nohup, a command) reads the files its command line, environment and include directives name: read those with the same reader, and a file it is given or includes that the pack does not read makes the daemon a listener on its documented default bind (fail closed).
    dev(
        "php-fpm -R -y /opt/ops/fpm.conf (pool listen = 0.0.0.0:9000)",
        script("dev-nsec2-rt83l", [
            "dnf install -y php-fpm",
            ...file("/opt/ops/fpm.conf", ["[global]", "daemonize = yes", ...phpPool(["listen = 0.0.0.0:9000"])]),
            "php-fpm -R -y /opt/ops/fpm.conf",
        ]),
    ),
    // php-fpm.conf(5) listen.allowed_clients (php.net FPM configuration): "If this value is left blank, connections will be
    // accepted from any ip address".
    dev(
        "php-fpm pool listen = 0.0.0.0:9000, listen.allowed_clients = (blank)",
        script("dev-nsec3-rt83l", [
            "dnf install -y php-fpm",
            ...file("/etc/php-fpm.d/ops.conf", phpPool(["listen = 0.0.0.0:9000", "listen.allowed_clients ="])),
            "php-fpm -R",
        ]),
    ),
    // snmpd(8) "-c FILE Read FILE(s) as configuration files": the rwcommunity it grants (no SOURCE: any host) lets a
    // pod SET NET-SNMP-EXTEND-MIB nsExtendCommand, a root command.
    // Was a MISS (fixed in round 83): CONFIG-ROUTE-UNREAD (insecure accepted, got []): snmpd -c FILE is not read: listeners.ts SERVER_CONFIGS keys each reader (daemonConfigs.ts phpFpmListeners/snmpdListeners/tgtTargetsListeners/ganeshaListeners) to the packaged paths (PHP_FPM_CONFIG, SNMPD_CONFIG, TGT_TARGETS, GANESHA_CONFIG) only. Fix (general): a SERVER_CONFIGS daemon started by user data (a unit, nohup, a command) reads the files its command line, environment and include directives name: read those with the same reader, and a file it is given or includes that the pack does not read makes the daemon a listener on its documented default bind (fail closed).
    dev(
        "snmpd -c /opt/ops/snmpd.conf (rwcommunity public)",
        script("dev-nsec4-rt83l", [
            "dnf install -y net-snmp",
            ...file("/opt/ops/snmpd.conf", ["agentaddress udp:161", "rwcommunity public"]),
            "snmpd -C -c /opt/ops/snmpd.conf",
        ]),
    ),
    // snmpd.conf(5) "includeFile FILE": the included file's rwcommunity applies as if written in snmpd.conf.
    // Was a MISS (fixed in round 83): CONFIG-ROUTE-UNREAD (insecure accepted, got []): snmpdListeners reads snmpd.conf's own lines; includeFile/includeDir are not followed and the included file is outside SNMPD_CONFIG. Fix (general): a SERVER_CONFIGS daemon started by user data (a unit, nohup, a command) reads the files its command line, environment and include directives name: read those with the same reader, and a file it is given or includes that the pack does not read makes the daemon a listener on its documented default bind (fail closed).
    dev(
        "snmpd.conf includeFile /opt/ops/rw.conf (rwcommunity public)",
        script("dev-nsec5-rt83l", [
            "dnf install -y net-snmp",
            ...file("/etc/snmp/snmpd.conf", ["agentaddress udp:161", "includeFile /opt/ops/rw.conf"]),
            ...file("/opt/ops/rw.conf", ["rwcommunity public"]),
            "systemctl enable --now snmpd",
        ]),
    ),
    // snmpd.conf(5) rwcommunity SOURCE "can be ... a subnet (IP/MASK)": 0.0.0.0/0 is every host.
    dev(
        "snmpd.conf rwcommunity public 0.0.0.0/0",
        script("dev-nsec6-rt83l", [
            "dnf install -y net-snmp",
            ...file("/etc/snmp/snmpd.conf", ["agentaddress udp:161", "rwcommunity public 0.0.0.0/0"]),
            "systemctl enable --now snmpd",
        ]),
    ),
    // tgtadm(8): targets made on the command line, not in targets.conf; `--op bind -I ALL` lets every initiator log
    // in to a LUN backed by the node's root disk (read/write of every node file).
    // Was a MISS (fixed in round 83): CONFIG-ROUTE-UNREAD (insecure accepted, got []): tgtadm is in no SERVERS reader (daemonConfigs.ts reads targets.conf and targetcli's arguments only); tgtd's targets made at run time are unseen. Fix (general): a SERVER_CONFIGS daemon started by user data (a unit, nohup, a command) reads the files its command line, environment and include directives name: read those with the same reader, and a file it is given or includes that the pack does not read makes the daemon a listener on its documented default bind (fail closed).
    dev(
        "tgtadm new target, LUN -b /dev/nvme0n1, bind -I ALL",
        script("dev-nsec7-rt83l", [
            "dnf install -y scsi-target-utils",
            "systemctl enable --now tgtd",
            "tgtadm --lld iscsi --op new --mode target --tid 1 -T iqn.2024-01.com.example:node",
            "tgtadm --lld iscsi --op new --mode logicalunit --tid 1 --lun 1 -b /dev/nvme0n1",
            "tgtadm --lld iscsi --op bind --mode target --tid 1 -I ALL",
        ]),
    ),
    // ganesha-config(8) "%include": the included file's EXPORT (Path /, RW, No_Root_Squash, Bind_addr default 0.0.0.0)
    // serves the node's root file system to every pod.
    // Was a MISS (fixed in round 83): CONFIG-ROUTE-UNREAD (insecure accepted, got []): daemonConfigs.ts ganeshaBlocks drops %include/%url lines ("judged where written"), but a file outside GANESHA_CONFIG is judged nowhere. Fix (general): a SERVER_CONFIGS daemon started by user data (a unit, nohup, a command) reads the files its command line, environment and include directives name: read those with the same reader, and a file it is given or includes that the pack does not read makes the daemon a listener on its documented default bind (fail closed).
    dev(
        "ganesha.conf %include /opt/ops/exports.conf (EXPORT / RW No_Root_Squash)",
        script("dev-nsec8-rt83l", [
            "dnf install -y nfs-ganesha nfs-ganesha-vfs",
            ...file("/etc/ganesha/ganesha.conf", ['%include "/opt/ops/exports.conf"']),
            ...file("/opt/ops/exports.conf", [
                "EXPORT { Export_Id = 1; Path = /; Pseudo = /node; Access_Type = RW; Squash = No_Root_Squash;",
                "  FSAL { Name = VFS; } }",
            ]),
            "systemctl enable --now nfs-ganesha",
        ]),
    ),
    // ganesha.nfsd(8) "-f <config_file>".
    // Was a MISS (fixed in round 83): CONFIG-ROUTE-UNREAD (insecure accepted, got []): ganesha.nfsd -f FILE is not read: listeners.ts SERVER_CONFIGS keys each reader (daemonConfigs.ts phpFpmListeners/snmpdListeners/tgtTargetsListeners/ganeshaListeners) to the packaged paths (PHP_FPM_CONFIG, SNMPD_CONFIG, TGT_TARGETS, GANESHA_CONFIG) only. Fix (general): a SERVER_CONFIGS daemon started by user data (a unit, nohup, a command) reads the files its command line, environment and include directives name: read those with the same reader, and a file it is given or includes that the pack does not read makes the daemon a listener on its documented default bind (fail closed).
    dev(
        "ganesha.nfsd -f /opt/ops/ganesha.conf (EXPORT / RW No_Root_Squash)",
        script("dev-nsec9-rt83l", [
            "dnf install -y nfs-ganesha nfs-ganesha-vfs",
            ...file("/opt/ops/ganesha.conf", [
                "EXPORT { Export_Id = 1; Path = /; Pseudo = /node; Access_Type = RW; Squash = No_Root_Squash;",
                "  FSAL { Name = VFS; } }",
            ]),
            "ganesha.nfsd -f /opt/ops/ganesha.conf -L /var/log/ganesha.log",
        ]),
    ),
    // ---- B. log agents writing network records into files root runs ----
    // rsyslog omfile "file": records from every pod (imtcp, no address: all) appended to a cron.d file; crontab(5)
    // lines "* * * * * root CMD" in a record run as root.
    dev(
        'rsyslog imtcp -> omfile file="/etc/cron.d/remote"',
        script(
            "dev-nsec10-rt83l",
            rsyslog([
                'module(load="imtcp")',
                'input(type="imtcp" port="514" ruleset="ops")',
                'ruleset(name="ops") { action(type="omfile" file="/etc/cron.d/remote" template="RSYSLOG_FileFormat") }',
            ]),
        ),
    ),
    // rsyslog omfile "dynaFile": the file name comes from a template of the record's own fields.
    dev(
        "rsyslog imudp -> omfile dynaFile /etc/cron.d/%programname%",
        script(
            "dev-nsec11-rt83l",
            rsyslog([
                'module(load="imudp")',
                'input(type="imudp" port="514" ruleset="ops")',
                'template(name="cronfile" type="string" string="/etc/cron.d/%programname%")',
                'ruleset(name="ops") { action(type="omfile" dynaFile="cronfile") }',
            ]),
        ),
    ),
    // syslog-ng file() destination in /etc/profile.d: root's login shells source every record (bash(1) INVOCATION).
    dev(
        'syslog-ng tcp() -> file("/etc/profile.d/remote.sh")',
        script(
            "dev-nsec12-rt83l",
            syslogNg([
                "source s_net { tcp(port(601)); };",
                'destination d_f { file("/etc/profile.d/remote.sh" template("${MSG}\\n")); };',
                "log { source(s_net); destination(d_f); };",
            ]),
        ),
    ),
    // Fluentd out_exec: "command: The command (program) to execute. The exec plugin passes the path of a TSV file as
    // the last argument": `sh FILE` runs the forwarded records (in_forward default bind 0.0.0.0:24224).
    dev(
        "fluentd in_forward -> out_exec command /bin/sh",
        script("dev-nsec13-rt83l", [
            "gem install fluentd",
            ...file("/etc/fluent/fluent.conf", [
                "<source>",
                "  @type forward",
                "</source>",
                "<match **>",
                "  @type exec",
                "  command /bin/sh",
                "  <format>",
                "    @type single_value",
                "  </format>",
                "</match>",
            ]),
            "nohup fluentd -c /etc/fluent/fluent.conf >/dev/null 2>&1 &",
        ]),
    ),
    // Fluent Bit tcp input (Listen 0.0.0.0) -> file output into /etc/cron.d (Format plain: the record text).
    dev(
        "fluent-bit tcp 0.0.0.0 -> file Path /etc/cron.d",
        script("dev-nsec14-rt83l", [
            "dnf install -y fluent-bit",
            ...file("/etc/fluent-bit/fluent-bit.conf", [
                "[INPUT]",
                "    Name   tcp",
                "    Listen 0.0.0.0",
                "    Port   5170",
                "    Format none",
                "[OUTPUT]",
                "    Name   file",
                "    Match  *",
                "    Path   /etc/cron.d",
                "    File   remote",
                "    Format plain",
            ]),
            "systemctl enable --now fluent-bit",
        ]),
    ),
    // Vector socket source (address 0.0.0.0:9000) -> file sink in /etc/cron.d (encoding text: the message).
    dev(
        "vector socket 0.0.0.0:9000 -> file sink /etc/cron.d/remote",
        script("dev-nsec15-rt83l", [
            "dnf install -y vector",
            ...file("/etc/vector/vector.yaml", [
                "sources:",
                "  net:",
                "    type: socket",
                "    address: 0.0.0.0:9000",
                "    mode: tcp",
                "sinks:",
                "  cron:",
                "    type: file",
                "    inputs: [net]",
                "    path: /etc/cron.d/remote",
                "    encoding:",
                "      codec: text",
            ]),
            "systemctl enable --now vector",
        ]),
    ),
    // ---- C. omprog programs that run their stdin, by launchers round 82 did not name ----
    // xargs(1): "builds and executes command lines from standard input": sh -c of each record.
    dev(
        "rsyslog imtcp -> omprog xargs -I{} sh -c {}",
        script("dev-nsec16-rt83l", rsyslogTcpOmprog("/usr/bin/xargs -I{} /bin/sh -c {}")),
    ),
    // stdbuf(1) "Run COMMAND, with modified buffering": sh reads the records.
    dev(
        "rsyslog imtcp -> omprog stdbuf -oL /bin/sh",
        script("dev-nsec17-rt83l", rsyslogTcpOmprog("/usr/bin/stdbuf -oL /bin/sh")),
    ),
    // perl(1): with no -e and no program file, "the program is read from STDIN".
    dev("rsyslog imtcp -> omprog /usr/bin/perl", script("dev-nsec18-rt83l", rsyslogTcpOmprog("/usr/bin/perl"))),
    // m4(1) syscmd(): records are m4 input, `syscmd(id)` runs a shell command.
    dev("rsyslog imtcp -> omprog /usr/bin/m4", script("dev-nsec19-rt83l", rsyslogTcpOmprog("/usr/bin/m4"))),
    // setpriv(1) "run a program with different Linux privilege settings": here root's, /bin/bash reads the records.
    dev(
        "rsyslog imtcp -> omprog setpriv --reuid=0 /bin/bash",
        script("dev-nsec20-rt83l", rsyslogTcpOmprog("/usr/bin/setpriv --reuid=0 /bin/bash")),
    ),
    // ---- D. daemons/relays: container runtime APIs, proxies to instance metadata ----
    // dockerd(8) daemon.json "hosts": tcp://0.0.0.0:2375 with no TLS is the Docker API (root: run a privileged
    // container mounting /) to every pod.
    dev(
        'docker daemon.json "hosts": ["unix://...", "tcp://0.0.0.0:2375"]',
        script("dev-nsec21-rt83l", [
            "dnf install -y docker",
            ...file("/etc/docker/daemon.json", ['{"hosts": ["unix:///var/run/docker.sock", "tcp://0.0.0.0:2375"]}']),
            ...file("/etc/systemd/system/docker.service.d/10-hosts.conf", [
                "[Service]",
                "ExecStart=",
                "ExecStart=/usr/bin/dockerd",
            ]),
            "systemctl daemon-reload && systemctl enable --now docker",
        ]),
    ),
    // containerd config.toml [grpc] tcp_address: the containerd API on TCP (no tcp_tls_cert: plain) to every pod.
    dev(
        "containerd config.toml [grpc] tcp_address = 0.0.0.0:10010",
        script("dev-nsec22-rt83l", [
            ...file("/etc/containerd/config.d/10-tcp.toml", [
                "version = 2",
                "[grpc]",
                '  tcp_address = "0.0.0.0:10010"',
            ]),
            "systemctl restart containerd",
        ]),
    ),
    // privoxy config "listen-address [IP-address]:port ... If you leave out the IP address, Privoxy will bind to all
    // IPv4 interfaces": an open HTTP proxy lets any pod GET 169.254.169.254 (IMDS credentials of the node role) past
    // the hop limit.
    dev(
        "privoxy listen-address :8118 (every IPv4 interface)",
        script("dev-nsec23-rt83l", [
            "dnf install -y privoxy",
            ...file("/etc/privoxy/config", ["listen-address  :8118", "toggle 0", "enable-remote-toggle 0"]),
            "systemctl enable --now privoxy",
        ]),
    ),
    // HAProxy "bind *:8080" -> server 169.254.169.254:80: instance metadata to every pod.
    dev(
        "haproxy bind *:8080 -> 169.254.169.254:80",
        script("dev-nsec24-rt83l", [
            "dnf install -y haproxy",
            ...file("/etc/haproxy/conf.d/imds.cfg", [
                "frontend imds",
                "    bind *:8080",
                "    mode tcp",
                "    default_backend imds",
                "backend imds",
                "    mode tcp",
                "    server imds 169.254.169.254:80",
            ]),
            "systemctl enable --now haproxy",
        ]),
    ),
    // nginx stream module (ngx_stream_proxy_module) "listen 8080" (every address) proxy_pass to IMDS.
    dev(
        "nginx stream { listen 8080; proxy_pass 169.254.169.254:80; }",
        script("dev-nsec25-rt83l", [
            "dnf install -y nginx nginx-mod-stream",
            ...file("/etc/nginx/nginx.conf", [
                "load_module /usr/lib64/nginx/modules/ngx_stream_module.so;",
                "events {}",
                "stream { server { listen 8080; proxy_pass 169.254.169.254:80; } }",
            ]),
            "systemctl enable --now nginx",
        ]),
    ),
    // ssh(1) "-g Allows remote hosts to connect to local forwarded ports": -L to IMDS on every address.
    dev(
        "ssh -g -N -L 8080:169.254.169.254:80 localhost",
        script("dev-nsec26-rt83l", [
            "nohup ssh -g -N -o StrictHostKeyChecking=no -L 8080:169.254.169.254:80 root@localhost >/dev/null 2>&1 &",
        ]),
    ),
    // socat(1) UDP-RECVFROM ... fork SYSTEM: each datagram gets the kubeconfig (the node's client identity).
    dev(
        "socat UDP-RECVFROM:9000,fork SYSTEM:'cat /var/lib/kubelet/kubeconfig'",
        script("dev-nsec27-rt83l", [
            "nohup socat UDP-RECVFROM:9000,fork SYSTEM:'cat /var/lib/kubelet/kubeconfig' >/dev/null 2>&1 &",
        ]),
    ),
    // systemd.socket(5) ListenStream "If the address string is a single number, it is read as port number to which a
    // socket is bound ... on all interfaces"; BindIPv6Only=both; the per-connection busybox sh is a root shell.
    dev(
        "ops.socket ListenStream=2222 BindIPv6Only=both -> busybox sh",
        script("dev-nsec28-rt83l", acceptSocket(["ListenStream=2222", "BindIPv6Only=both"], "/usr/bin/busybox sh")),
    ),
    // Neighbours (round 83) of dev-nsec11s: systemd.resource-control(5) "Access is granted when the checked IP address
    // matches an entry in the IPAddressAllow= list": an Allow= entry beyond loopback admits pods (the VPC CNI gives pods
    // VPC addresses), so the per-connection shell is served to them (systemd.ts ipAccessAdmitsLoopbackOnly).
    dev(
        "ops.socket ListenStream=2222 IPAddressDeny=any IPAddressAllow=localhost 10.0.0.0/8 -> /bin/sh-fix83",
        script(
            "dev-nsec-f83a",
            acceptSocket(
                ["ListenStream=2222", "IPAddressDeny=any", "IPAddressAllow=localhost 10.0.0.0/8"],
                "/bin/sh -i",
            ),
        ),
    ),
    // IPAddressAllow=any grants every address before Deny= is consulted.
    dev(
        "ops.socket ListenStream=2222 IPAddressDeny=any IPAddressAllow=any -> /bin/sh-fix83",
        script(
            "dev-nsec-f83b",
            acceptSocket(["ListenStream=2222", "IPAddressDeny=any", "IPAddressAllow=any"], "/bin/sh -i"),
        ),
    ),
    // A Deny= of some networks only ("Otherwise, access is granted"): every other address connects.
    dev(
        "ops.socket ListenStream=2222 IPAddressDeny=10.0.0.0/8 IPAddressAllow=localhost -> /bin/sh-fix83",
        script(
            "dev-nsec-f83c",
            acceptSocket(["ListenStream=2222", "IPAddressDeny=10.0.0.0/8", "IPAddressAllow=localhost"], "/bin/sh -i"),
        ),
    ),
    // The lists "are implicitly combined with any lists configured for any of the parent slice units": a system.slice
    // drop-in's IPAddressAllow= widens the socket's (fail closed for any slice user data writes with one).
    dev(
        "ops.socket IPAddressDeny=any IPAddressAllow=localhost; system.slice.d IPAddressAllow=10.0.0.0/8 -> /bin/sh-fix83",
        script("dev-nsec-f83d", [
            ...file("/etc/systemd/system/system.slice.d/50-ip.conf", ["[Slice]", "IPAddressAllow=10.0.0.0/8"]),
            ...acceptSocket(["ListenStream=2222", "IPAddressDeny=any", "IPAddressAllow=localhost"], "/bin/sh -i"),
        ]),
    ),
    // A drop-in printf writes (bash(1) QUOTING: inside double quotes `\\n` keeps its backslash, printf(1) makes it a
    // newline) resetting Allow= and admitting any: a list setting the pack did not read on a line of its own fails
    // closed.
    dev(
        'ops.socket IPAddressDeny=any IPAddressAllow=localhost; printf "[Socket]\\nIPAddressAllow=\\nIPAddressAllow=any" drop-in-fix83',
        script("dev-nsec-f83f", [
            "mkdir -p /etc/systemd/system/ops.socket.d",
            'printf "[Socket]\\nIPAddressAllow=\\nIPAddressAllow=any\\n" > /etc/systemd/system/ops.socket.d/10-open.conf',
            ...acceptSocket(["ListenStream=2222", "IPAddressDeny=any", "IPAddressAllow=localhost"], "/bin/sh -i"),
        ]),
    ),
    // A drop-in resetting the Allow= list ("IPAddressAllow=" empty) and admitting any: the last lists are read.
    dev(
        "ops.socket IPAddressDeny=any IPAddressAllow=localhost; ops.socket.d IPAddressAllow= then any -> /bin/sh-fix83",
        script("dev-nsec-f83e", [
            ...file("/etc/systemd/system/ops.socket.d/10-open.conf", [
                "[Socket]",
                "IPAddressAllow=",
                "IPAddressAllow=any",
            ]),
            ...acceptSocket(["ListenStream=2222", "IPAddressDeny=any", "IPAddressAllow=localhost"], "/bin/sh -i"),
        ]),
    ),
    // ---- E. more routes by which round 82's readers' files reach their daemons ----
    // snmp_config(5) "SNMPCONFPATH ... a colon separated list of directories to search for configuration files":
    // snmpd reads /opt/ops/snmpd.conf (rwcommunity, any host).
    // Was a MISS (fixed in round 83): CONFIG-ROUTE-UNREAD (insecure accepted, got []): SNMPCONFPATH (snmp_config(5)) moves snmpd's search path; listeners.ts SERVER_CONFIGS keys each reader (daemonConfigs.ts phpFpmListeners/snmpdListeners/tgtTargetsListeners/ganeshaListeners) to the packaged paths (PHP_FPM_CONFIG, SNMPD_CONFIG, TGT_TARGETS, GANESHA_CONFIG) only, and the config-locating variable is not among the ones round 82 reads. Fix (general): a SERVER_CONFIGS daemon started by user data (a unit, nohup, a command) reads the files its command line, environment and include directives name: read those with the same reader, and a file it is given or includes that the pack does not read makes the daemon a listener on its documented default bind (fail closed).
    dev(
        "SNMPCONFPATH=/opt/ops snmpd (rwcommunity public in /opt/ops/snmpd.conf)",
        script("dev-nsec29-rt83l", [
            "dnf install -y net-snmp",
            ...file("/opt/ops/snmpd.conf", ["agentaddress udp:161", "rwcommunity public"]),
            "SNMPCONFPATH=/opt/ops snmpd -C",
        ]),
    ),
    // tgt-admin(8) "-c, --conf <conf file>": the targets file it applies (a LUN of the root disk, initiator-address
    // ALL by default) is not at /etc/tgt.
    // Was a MISS (fixed in round 83): CONFIG-ROUTE-UNREAD (insecure accepted, got []): tgt-admin -c FILE is not read: listeners.ts SERVER_CONFIGS keys each reader (daemonConfigs.ts phpFpmListeners/snmpdListeners/tgtTargetsListeners/ganeshaListeners) to the packaged paths (PHP_FPM_CONFIG, SNMPD_CONFIG, TGT_TARGETS, GANESHA_CONFIG) only. Fix (general): a SERVER_CONFIGS daemon started by user data (a unit, nohup, a command) reads the files its command line, environment and include directives name: read those with the same reader, and a file it is given or includes that the pack does not read makes the daemon a listener on its documented default bind (fail closed).
    dev(
        "tgt-admin -e -c /opt/ops/targets.conf (backing-store /dev/nvme0n1)",
        script("dev-nsec30-rt83l", [
            "dnf install -y scsi-target-utils",
            ...file("/opt/ops/targets.conf", [
                "<target iqn.2024-01.com.example:node>",
                "    backing-store /dev/nvme0n1",
                "</target>",
            ]),
            "systemctl enable --now tgtd",
            "tgt-admin -e -c /opt/ops/targets.conf",
        ]),
    ),
    // targetcli(8) "saveconfig ... restoreconfig": target.service restores /etc/target/saveconfig.json at boot; a
    // portal on 0.0.0.0:3260 with generate_node_acls (demo mode, no authentication) serves the root disk.
    // Was a MISS (fixed in round 83): CONFIG-ROUTE-UNREAD (insecure accepted, got []): targetcliListeners reads targetcli's arguments only; LIO's saved configuration (/etc/target/saveconfig.json, restored by target.service and `targetcli restoreconfig`) is in no SERVER_CONFIGS entry. Fix (general): a SERVER_CONFIGS daemon started by user data (a unit, nohup, a command) reads the files its command line, environment and include directives name: read those with the same reader, and a file it is given or includes that the pack does not read makes the daemon a listener on its documented default bind (fail closed).
    dev(
        "/etc/target/saveconfig.json: block backstore /dev/nvme0n1, portal 0.0.0.0, generate_node_acls=1",
        script("dev-nsec31-rt83l", [
            "dnf install -y targetcli",
            ...file("/etc/target/saveconfig.json", [
                '{"storage_objects": [{"plugin": "block", "name": "root", "dev": "/dev/nvme0n1"}],',
                ' "targets": [{"fabric": "iscsi", "wwn": "iqn.2024-01.com.example:node", "tpgs": [{"tag": 1, "enable": true,',
                '   "attributes": {"generate_node_acls": 1, "authentication": 0, "demo_mode_write_protect": 0},',
                '   "portals": [{"ip_address": "0.0.0.0", "port": 3260}],',
                '   "luns": [{"index": 0, "storage_object": "/backstores/block/root"}]}]}]}',
            ]),
            "systemctl enable --now target",
        ]),
    ),
    // redis-server usage: "./redis-server - (read config from stdin)": bind 0.0.0.0, protected-mode no as root.
    dev(
        "printf 'bind 0.0.0.0\\nprotected-mode no' | redis6-server - (config on stdin)",
        script("dev-nsec32-rt83l", [
            "dnf install -y redis6",
            "printf 'bind 0.0.0.0\\nprotected-mode no\\n' | nohup redis6-server - >/dev/null 2>&1 &",
        ]),
    ),
    // Xray "run -confdir": every *.json in the directory is merged; the socks inbound without listen (0.0.0.0) and
    // auth noauth is an open proxy to instance metadata.
    dev(
        "xray run -confdir /etc/xray/conf.d (socks noauth, no listen)",
        unit("dev-nsec33-rt83l", "/usr/local/bin/xray run -confdir /etc/xray/conf.d", [
            ...file("/etc/xray/conf.d/10-in.json", [
                '{"inbounds": [{"port": 1080, "protocol": "socks", "settings": {"auth": "noauth"}}],',
                ' "outbounds": [{"protocol": "freedom"}]}',
            ]),
        ]),
    ),
    // ---- F. per-connection wrappers and servers not named by the round 81/82 lists ----
    // ucspi-tcp tcpserver(1): "tcpserver ... host port program: waits for connections ... runs program" with the
    // connection on stdin/stdout; host 0 is every address: a root shell for every pod.
    dev(
        "tcpserver 0 2222 /bin/sh -i (ucspi-tcp)",
        script("dev-nsec34-rt83l", ["nohup tcpserver -v 0 2222 /bin/sh -i >/dev/null 2>&1 &"]),
    ),
    // busybox tcpsvd (ipsvd): "tcpsvd [-hEv] [-c N] [-C N[:MSG]] [-b N] [-u USER] [-l NAME] IP PORT PROG ARGS": IP 0
    // is every address; ftpd -w / serves the node's root file system for writing.
    dev(
        "busybox tcpsvd -vE 0.0.0.0 21 busybox ftpd -w /",
        script("dev-nsec35-rt83l", ["nohup busybox tcpsvd -vE 0.0.0.0 21 busybox ftpd -w / >/dev/null 2>&1 &"]),
    ),
    // busybox telnetd "-l LOGIN Exec LOGIN on connect", "-p PORT" (every address by default): a root shell.
    dev("busybox telnetd -p 2323 -l /bin/sh", script("dev-nsec36-rt83l", ["busybox telnetd -p 2323 -l /bin/sh"])),
    // openssl-s_server(1) "-WWW Emulates a simple web server. Pages will be resolved relative to the current
    // directory": a unit's working directory is / (systemd.exec(5) WorkingDirectory= default "the root directory"):
    // GET /var/lib/kubelet/kubeconfig from any pod.
    dev(
        "openssl s_server -accept 4443 -WWW (cwd /) as root",
        unit(
            "dev-nsec37-rt83l",
            "/usr/bin/openssl s_server -accept 4443 -WWW -cert /etc/pki/tls/certs/ops.pem -key /etc/pki/tls/private/ops.key",
        ),
    ),
    // socat(1) EXEC ... pty: python3 -i is an interactive interpreter (os.system) per connection.
    dev(
        "socat TCP-LISTEN:9000,fork EXEC:'python3 -i',pty,stderr",
        script("dev-nsec38-rt83l", [
            "nohup socat TCP-LISTEN:9000,fork,reuseaddr EXEC:'python3 -i',pty,stderr >/dev/null 2>&1 &",
        ]),
    ),
    // xinetd server = base64 of the kubelet's kubeconfig: the node identity to every client.
    dev(
        "xinetd server /usr/bin/base64 /var/lib/kubelet/kubeconfig",
        script("dev-nsec39-rt83l", [
            "dnf install -y xinetd",
            ...file("/etc/xinetd.d/ops", [
                "service ops",
                "{",
                "    type = UNLISTED",
                "    port = 9100",
                "    socket_type = stream",
                "    wait = no",
                "    user = root",
                "    server = /usr/bin/base64",
                "    server_args = /var/lib/kubelet/kubeconfig",
                "}",
            ]),
            "systemctl enable --now xinetd",
        ]),
    ),
    // ssh(1): "If a command is specified ... otherwise" the remote shell reads its commands from stdin: records
    // become root commands on the node (root@localhost by the node's own key).
    dev(
        "rsyslog imtcp -> omprog ssh -T root@localhost",
        script("dev-nsec40-rt83l", rsyslogTcpOmprog("/usr/bin/ssh -T -o StrictHostKeyChecking=no root@localhost")),
    ),
    // python3(1) "-": "read commands from standard input".
    dev("rsyslog imtcp -> omprog python3 -", script("dev-nsec41-rt83l", rsyslogTcpOmprog("/usr/bin/python3 -"))),
    // ---- G. round 82 readers: other formats and directives of the same daemons ----
    // webhook README "Configuration": hooks may be JSON or YAML ("-hooks hooks.yaml"); this hook passes the payload's
    // cmd to sh -c, on -ip's default 0.0.0.0.
    dev(
        "webhook -hooks /etc/webhook/hooks.yaml (YAML): sh -c payload.cmd",
        unit("dev-nsec42-rt83l", "/usr/local/bin/webhook -hooks /etc/webhook/hooks.yaml", [
            ...file("/etc/webhook/hooks.yaml", [
                "- id: run",
                "  execute-command: /bin/sh",
                "  pass-arguments-to-command:",
                "    - source: string",
                "      name: -c",
                "    - source: payload",
                "      name: cmd",
            ]),
        ]),
    ),
    // Xray "-c" accepts JSON, YAML and TOML (by extension): a socks inbound without listen (0.0.0.0), noauth.
    dev(
        "xray run -c /etc/xray/config.yaml (socks noauth, no listen)",
        unit("dev-nsec43-rt83l", "/usr/local/bin/xray run -c /etc/xray/config.yaml", [
            ...file("/etc/xray/config.yaml", [
                "inbounds:",
                "  - port: 1080",
                "    protocol: socks",
                "    settings:",
                "      auth: noauth",
                "outbounds:",
                "  - protocol: freedom",
            ]),
        ]),
    ),
    // ganesha-export-config(8) EXPORT_DEFAULTS "Access_Type": the EXPORT naming none takes RW from the defaults.
    dev(
        "ganesha.conf EXPORT_DEFAULTS { Access_Type = RW } + EXPORT / (no Access_Type)",
        script("dev-nsec44-rt83l", [
            "dnf install -y nfs-ganesha nfs-ganesha-vfs",
            ...file("/etc/ganesha/ganesha.conf", [
                "EXPORT_DEFAULTS { Access_Type = RW; Squash = No_Root_Squash; }",
                "EXPORT { Export_Id = 1; Path = /; Pseudo = /node; FSAL { Name = VFS; } }",
            ]),
            "systemctl enable --now nfs-ganesha",
        ]),
    ),
    // A read-only export of /var/lib/kubelet still hands every pod's projected ServiceAccount token (and the
    // kubelet's client key under pki/) to any NFS client (ganesha-export-config(8) Access_Type RO: reads allowed).
    dev(
        "ganesha.conf EXPORT /var/lib/kubelet Access_Type = RO",
        script("dev-nsec45-rt83l", [
            "dnf install -y nfs-ganesha nfs-ganesha-vfs",
            ...file("/etc/ganesha/ganesha.conf", [
                "EXPORT { Export_Id = 1; Path = /var/lib/kubelet; Pseudo = /kubelet; Access_Type = RO;",
                "  Squash = No_Root_Squash; FSAL { Name = VFS; } }",
            ]),
            "systemctl enable --now nfs-ganesha",
        ]),
    ),
    // ---- H. the same routes (a file given on the command line or by an include) for the older readers ----
    // xinetd.conf(5) "includedir": every file in /opt/ops/xinetd.d is a service: a root shell on port 2222.
    // Was a MISS (fixed in round 83): XINETD-INCLUDEDIR-UNREAD (insecure accepted, got []): listeners.ts SERVER_CONFIGS reads /etc/xinetd.conf and /etc/xinetd.d/* only (xinetdListeners does not follow includedir/include); the service at /opt/ops/xinetd.d is judged nowhere. Fix (general): follow xinetd.conf(5) includedir/include (and every SERVER_CONFIGS format's include directive) to the files they name and read those; an include of a file the pack cannot read is an unknown listener (fail closed). (xinetd -f FILE and inetd FILE are refused.)
    dev(
        "xinetd.conf includedir /opt/ops/xinetd.d (server /bin/sh)",
        script("dev-nsec46-rt83l", [
            "dnf install -y xinetd",
            ...file("/etc/xinetd.conf", ["defaults", "{", "}", "includedir /opt/ops/xinetd.d"]),
            ...file("/opt/ops/xinetd.d/ops", [
                "service ops",
                "{",
                "    type = UNLISTED",
                "    port = 2222",
                "    socket_type = stream",
                "    wait = no",
                "    user = root",
                "    server = /bin/sh",
                "    server_args = -i",
                "}",
            ]),
            "systemctl enable --now xinetd",
        ]),
    ),
    // xinetd(8) "-f config_file".
    dev(
        "xinetd -f /opt/ops/xinetd.conf (server /bin/sh)",
        script("dev-nsec47-rt83l", [
            "dnf install -y xinetd",
            ...file("/opt/ops/xinetd.conf", [
                "service ops",
                "{",
                "    type = UNLISTED",
                "    port = 2222",
                "    socket_type = stream",
                "    wait = no",
                "    user = root",
                "    server = /bin/sh",
                "    server_args = -i",
                "}",
            ]),
            "xinetd -f /opt/ops/xinetd.conf",
        ]),
    ),
    // rsync(1) "--config=FILE specify alternate rsyncd.conf file": module path / writable, uid root, every address.
    dev(
        "rsync --daemon --config=/opt/ops/rsyncd.conf (path = /, read only = false, uid = root)",
        script("dev-nsec48-rt83l", [
            ...file("/opt/ops/rsyncd.conf", [
                "uid = root",
                "gid = root",
                "[node]",
                "    path = /",
                "    read only = false",
            ]),
            "rsync --daemon --config=/opt/ops/rsyncd.conf",
        ]),
    ),
    // stunnel(8) "stunnel [<filename>]": the service in /opt/ops/stunnel.conf (accept 0.0.0.0, exec /bin/sh).
    dev(
        "stunnel /opt/ops/stunnel.conf (accept 4443, exec = /bin/sh)",
        script("dev-nsec49-rt83l", [
            "dnf install -y stunnel",
            ...file("/opt/ops/stunnel.conf", [
                "[shell]",
                "accept = 4443",
                "exec = /bin/sh",
                "execArgs = sh -i",
                "cert = /etc/pki/tls/certs/ops.pem",
                "key = /etc/pki/tls/private/ops.key",
            ]),
            "stunnel /opt/ops/stunnel.conf",
        ]),
    ),
    // smbd(8) "-s|--configfile=<configuration file>": a guest share of / writable as root.
    dev(
        "smbd --configfile=/opt/ops/smb.conf ([node] path = /, guest ok, writable, force user root)",
        script("dev-nsec50-rt83l", [
            "dnf install -y samba",
            ...file("/opt/ops/smb.conf", [
                "[global]",
                "    map to guest = Bad User",
                "[node]",
                "    path = /",
                "    guest ok = yes",
                "    writable = yes",
                "    force user = root",
            ]),
            "smbd -D --configfile=/opt/ops/smb.conf",
        ]),
    ),
    // rsyslogd(8) "-f config-file": an imtcp input whose records omprog hands to /bin/sh.
    // Was a MISS (fixed in round 83): LOG-AGENT-CONFIG-OPTION-UNREAD (insecure accepted, got []): logAgents.ts LOG_AGENTS keys each agent to its packaged configuration paths (rsyslog /etc/rsyslog.conf|rsyslog.d, syslog-ng /etc/syslog-ng, fluent-bit /etc/fluent-bit) and never reads the agent's own command line. Fix (general): a log agent started by user data with a configuration option (-f, --cfgfile, -c, --config) reads that file with the agent's reader; an unread one makes the agent's inputs and outputs unknown (fail closed).
    dev(
        "rsyslogd -f /opt/ops/rsyslog.conf (imtcp -> omprog /bin/sh)",
        script("dev-nsec51-rt83l", [
            "dnf install -y rsyslog",
            ...file("/opt/ops/rsyslog.conf", [
                'module(load="imtcp")',
                'module(load="omprog")',
                'input(type="imtcp" port="514" ruleset="ops")',
                'ruleset(name="ops") { action(type="omprog" binary="/bin/sh") }',
            ]),
            "rsyslogd -f /opt/ops/rsyslog.conf -i /run/rsyslogd-ops.pid",
        ]),
    ),
    // rsyslog.conf(5) include(file=...): "the file or files are included as if they were part of the main config".
    dev(
        'rsyslog include(file="/opt/ops/*.conf") (imtcp -> omprog /bin/sh)',
        script("dev-nsec52-rt83l", [
            ...rsyslog(['include(file="/opt/ops/rsyslog/*.conf")']),
            ...file("/opt/ops/rsyslog/ops.conf", [
                'module(load="imtcp")',
                'module(load="omprog")',
                'input(type="imtcp" port="514" ruleset="ops")',
                'ruleset(name="ops") { action(type="omprog" binary="/bin/sh") }',
            ]),
        ]),
    ),
    // syslog-ng(8) "--cfgfile <file> or -f <file>": a UDP source into program("/bin/sh").
    // Was a MISS (fixed in round 83): LOG-AGENT-CONFIG-OPTION-UNREAD (insecure accepted, got []): logAgents.ts LOG_AGENTS keys each agent to its packaged configuration paths (rsyslog /etc/rsyslog.conf|rsyslog.d, syslog-ng /etc/syslog-ng, fluent-bit /etc/fluent-bit) and never reads the agent's own command line. Fix (general): a log agent started by user data with a configuration option (-f, --cfgfile, -c, --config) reads that file with the agent's reader; an unread one makes the agent's inputs and outputs unknown (fail closed).
    dev(
        "syslog-ng -f /opt/ops/syslog-ng.conf (udp -> program /bin/sh)",
        script("dev-nsec53-rt83l", [
            "dnf install -y syslog-ng",
            ...file("/opt/ops/syslog-ng.conf", [
                "@version: 4.1",
                "source s_net { udp(port(514)); };",
                'destination d_sh { program("/bin/sh"); };',
                "log { source(s_net); destination(d_sh); };",
            ]),
            "syslog-ng -f /opt/ops/syslog-ng.conf -p /run/syslog-ng-ops.pid",
        ]),
    ),
    // fluent-bit(1) "-c, --config=FILE": tcp input on 0.0.0.0 -> file output in /etc/cron.d.
    // Was a MISS (fixed in round 83): LOG-AGENT-CONFIG-OPTION-UNREAD (insecure accepted, got []): logAgents.ts LOG_AGENTS keys each agent to its packaged configuration paths (rsyslog /etc/rsyslog.conf|rsyslog.d, syslog-ng /etc/syslog-ng, fluent-bit /etc/fluent-bit) and never reads the agent's own command line. Fix (general): a log agent started by user data with a configuration option (-f, --cfgfile, -c, --config) reads that file with the agent's reader; an unread one makes the agent's inputs and outputs unknown (fail closed).
    dev(
        "fluent-bit -c /opt/ops/fluent-bit.conf (tcp 0.0.0.0 -> file /etc/cron.d)",
        script("dev-nsec54-rt83l", [
            "dnf install -y fluent-bit",
            ...file("/opt/ops/fluent-bit.conf", [
                "[INPUT]",
                "    Name   tcp",
                "    Listen 0.0.0.0",
                "    Port   5170",
                "    Format none",
                "[OUTPUT]",
                "    Name   file",
                "    Match  *",
                "    Path   /etc/cron.d",
                "    File   remote",
                "    Format plain",
            ]),
            "nohup /opt/fluent-bit/bin/fluent-bit -c /opt/ops/fluent-bit.conf >/dev/null 2>&1 &",
        ]),
    ),
    // inetd(8) "inetd [configuration file]": a root shell on port 2222 from /opt/ops/inetd.conf.
    dev(
        "busybox inetd /opt/ops/inetd.conf (2222 stream tcp nowait root /bin/sh sh -i)",
        script("dev-nsec55-rt83l", [
            ...file("/opt/ops/inetd.conf", ["2222 stream tcp nowait root /bin/sh sh -i"]),
            "busybox inetd /opt/ops/inetd.conf",
        ]),
    ),
    // logstash(1) "-f, --path.config CONFIG_PATH": tcp input -> pipe { command => "/bin/sh" } (records on sh's stdin).
    // Was a MISS (fixed in round 83): LOG-AGENT-CONFIG-OPTION-UNREAD (insecure accepted, got []): logAgents.ts LOG_AGENTS keys each agent to its packaged configuration paths (logstash /etc/logstash, vector /etc/vector, fluentd /etc/fluent) and never reads the agent's own command line. Fix (general): a log agent started by user data with a configuration option (-f, --path.config, --config, -c) reads that file with the agent's reader; an unread one makes the agent's inputs and outputs unknown (fail closed).
    dev(
        "logstash -f /opt/ops/ls.conf (tcp -> pipe /bin/sh) as root",
        script("dev-nsec56-rt83l", [
            "dnf install -y logstash",
            ...file("/opt/ops/ls.conf", ["input { tcp { port => 5002 } }", 'output { pipe { command => "/bin/sh" } }']),
            "nohup /usr/share/logstash/bin/logstash -f /opt/ops/ls.conf >/dev/null 2>&1 &",
        ]),
    ),
    // vector(1) "--config <path>": socket source 0.0.0.0:9000 -> file sink /etc/cron.d/remote.
    // Was a MISS (fixed in round 83): LOG-AGENT-CONFIG-OPTION-UNREAD (insecure accepted, got []): logAgents.ts LOG_AGENTS keys each agent to its packaged configuration paths (logstash /etc/logstash, vector /etc/vector, fluentd /etc/fluent) and never reads the agent's own command line. Fix (general): a log agent started by user data with a configuration option (-f, --path.config, --config, -c) reads that file with the agent's reader; an unread one makes the agent's inputs and outputs unknown (fail closed).
    dev(
        "vector --config /opt/ops/vector.yaml (socket 0.0.0.0 -> file /etc/cron.d)",
        script("dev-nsec57-rt83l", [
            "dnf install -y vector",
            ...file("/opt/ops/vector.yaml", [
                "sources:",
                "  net: {type: socket, address: 0.0.0.0:9000, mode: tcp}",
                "sinks:",
                "  cron: {type: file, inputs: [net], path: /etc/cron.d/remote, encoding: {codec: text}}",
            ]),
            "nohup vector --config /opt/ops/vector.yaml >/dev/null 2>&1 &",
        ]),
    ),
    // fluentd(1) "-c, --config PATH": in_forward (0.0.0.0:24224) -> out_exec command /bin/sh.
    // Was a MISS (fixed in round 83): LOG-AGENT-CONFIG-OPTION-UNREAD (insecure accepted, got []): logAgents.ts LOG_AGENTS keys each agent to its packaged configuration paths (logstash /etc/logstash, vector /etc/vector, fluentd /etc/fluent) and never reads the agent's own command line. Fix (general): a log agent started by user data with a configuration option (-f, --path.config, --config, -c) reads that file with the agent's reader; an unread one makes the agent's inputs and outputs unknown (fail closed).
    dev(
        "fluentd -c /opt/ops/fluent.conf (forward -> exec /bin/sh)",
        script("dev-nsec58-rt83l", [
            "gem install fluentd",
            ...file("/opt/ops/fluent.conf", [
                "<source>",
                "  @type forward",
                "</source>",
                "<match **>",
                "  @type exec",
                "  command /bin/sh",
                "  <format>",
                "    @type single_value",
                "  </format>",
                "</match>",
            ]),
            "nohup fluentd -c /opt/ops/fluent.conf >/dev/null 2>&1 &",
        ]),
    ),
    // redis-server [/path/to/redis.conf]: a file outside /etc (bind 0.0.0.0, protected-mode no) as root.
    dev(
        "redis6-server /opt/ops/redis.conf (bind 0.0.0.0, protected-mode no)",
        script("dev-nsec59-rt83l", [
            "dnf install -y redis6",
            ...file("/opt/ops/redis.conf", ["bind 0.0.0.0", "protected-mode no", "port 6390"]),
            "nohup redis6-server /opt/ops/redis.conf >/dev/null 2>&1 &",
        ]),
    ),
    // ---- Round 83 fix neighbours (-fix83) ----
    // CONFIG-ROUTE-UNREAD: php-fpm(8) "--fpm-config <file>" naming a file user data does not write: its pools are
    // unknown, php-fpm's `listen = port` default every address (fail closed, daemonConfigs.ts configuredDaemonListeners).
    dev(
        "php-fpm -R --fpm-config=/opt/ops/fpm.conf (a file user data does not write)",
        script("dev-nsec1-fix83", ["dnf install -y php-fpm", "php-fpm -R --fpm-config=/opt/ops/fpm.conf"]),
    ),
    // CONFIG-ROUTE-UNREAD: tgtadm(8) long options: --initiator-address ALL lets every initiator log in to target 1.
    dev(
        "tgtadm --op bind --mode target --tid 1 --initiator-address ALL",
        script("dev-nsec2-fix83", [
            "dnf install -y scsi-target-utils",
            "systemctl enable --now tgtd",
            "tgtadm --lld iscsi --op new --mode target --tid 1 --targetname iqn.2024-01.com.example:node",
            "tgtadm --lld iscsi --op new --mode logicalunit --tid 1 --lun 1 --backing-store /dev/nvme0n1",
            "tgtadm --lld iscsi --op bind --mode target --tid 1 --initiator-address ALL",
        ]),
    ),
    // CONFIG-ROUTE-UNREAD: ganesha-config(8) %include of a file user data does not write: exports the pack cannot know,
    // Bind_addr's default 0.0.0.0 (fail closed, listeners.ts includedServerListeners).
    dev(
        'ganesha.conf %include "/opt/ops/exports.conf" (not written by user data)',
        script("dev-nsec3-fix83", [
            "dnf install -y nfs-ganesha nfs-ganesha-vfs",
            ...file("/etc/ganesha/ganesha.conf", ['%include "/opt/ops/exports.conf"']),
            "systemctl enable --now nfs-ganesha",
        ]),
    ),
    // XINETD-INCLUDEDIR-UNREAD: xinetd.conf(5) "include": the file's service (a root shell on 2222) as if inline.
    dev(
        "xinetd.conf include /opt/ops/xinetd-ops (server /bin/sh)",
        script("dev-nsec4-fix83", [
            "dnf install -y xinetd",
            ...file("/etc/xinetd.conf", ["defaults", "{", "}", "include /opt/ops/xinetd-ops"]),
            ...file("/opt/ops/xinetd-ops", [
                "service ops",
                "{",
                "    type = UNLISTED",
                "    port = 2222",
                "    socket_type = stream",
                "    wait = no",
                "    user = root",
                "    server = /bin/sh",
                "}",
            ]),
            "systemctl enable --now xinetd",
        ]),
    ),
    // LOG-AGENT-CONFIG-OPTION-UNREAD: fluentd "--config PATH" naming a file user data does not write: its inputs and
    // outputs are unknown (fail closed, rootReads.ts logAgentRun).
    dev(
        "fluentd --config /opt/ops/fluent.conf (a file user data does not write)",
        script("dev-nsec5-fix83", [
            "gem install fluentd",
            "nohup fluentd --config /opt/ops/fluent.conf >/dev/null 2>&1 &",
        ]),
    ),
    // LOG-AGENT-CONFIG-OPTION-UNREAD: Logstash "-e, --config.string": a tcp input piped to /bin/sh, inline.
    dev(
        "logstash -e 'input { tcp { port => 5002 } } output { pipe { command => \"/bin/sh\" } }'",
        script("dev-nsec6-fix83", [
            "dnf install -y logstash",
            `nohup /usr/share/logstash/bin/logstash -e 'input { tcp { port => 5002 } } output { pipe { command => "/bin/sh" } }' >/dev/null 2>&1 &`,
        ]),
    ),
    // CONFIG-ROUTE-UNREAD: targetcli(8) "restoreconfig [savefile]": a saved configuration outside /etc/target (block
    // backstore of the root disk, portal 0.0.0.0, demo mode) restored by a command.
    dev(
        "targetcli restoreconfig /opt/ops/lio.json (block /dev/nvme0n1, portal 0.0.0.0, generate_node_acls=1)",
        script("dev-nsec7-fix83", [
            "dnf install -y targetcli",
            ...file("/opt/ops/lio.json", [
                '{"storage_objects": [{"plugin": "block", "name": "root", "dev": "/dev/nvme0n1"}],',
                ' "targets": [{"fabric": "iscsi", "wwn": "iqn.2024-01.com.example:node", "tpgs": [{"tag": 1, "enable": true,',
                '   "attributes": {"generate_node_acls": 1},',
                '   "portals": [{"ip_address": "0.0.0.0", "port": 3260}],',
                '   "luns": [{"index": 0, "storage_object": "/backstores/block/root"}]}]}]}',
            ]),
            "systemctl enable --now target",
            "targetcli restoreconfig /opt/ops/lio.json",
        ]),
    ),
];

const secure: NodeCase[] = [
    // php-fpm.conf(5) listen.allowed_clients: "only the listed addresses are allowed to connect": loopback only.
    dev(
        "php-fpm pool listen = 9000, listen.allowed_clients = 127.0.0.1",
        script("dev-nsec1s-rt83l", [
            "dnf install -y php-fpm",
            ...file("/etc/php-fpm.d/ops.conf", phpPool(["listen = 9000", "listen.allowed_clients = 127.0.0.1"])),
            "php-fpm -R",
        ]),
    ),
    // snmpd read-only community (snmpd.conf(5) rocommunity: GET only, no SET of nsExtend).
    dev(
        "snmpd.conf rocommunity public, agentaddress udp:161",
        script("dev-nsec2s-rt83l", [
            "dnf install -y net-snmp",
            ...file("/etc/snmp/snmpd.conf", [
                "agentaddress udp:161",
                "rocommunity public default -V systemonly",
                "view systemonly included .1.3.6.1.2.1.1",
            ]),
            "systemctl enable --now snmpd",
        ]),
    ),
    // rsyslog imtcp -> omfile /var/log/remote.log: records are data in a log no root program runs.
    dev(
        "rsyslog imtcp -> omfile /var/log/remote.log",
        script(
            "dev-nsec3s-rt83l",
            rsyslog([
                'module(load="imtcp")',
                'input(type="imtcp" port="514" ruleset="ops")',
                'ruleset(name="ops") { action(type="omfile" file="/var/log/remote.log") }',
            ]),
        ),
    ),
    // systemd.resource-control(5) IPAddressAllow=/IPAddressDeny= on a socket unit: "the access lists apply to ...
    // sockets created by the socket unit"; Deny=any, Allow=localhost: no pod's connection is accepted.
    dev(
        "ops.socket ListenStream=2222 IPAddressDeny=any IPAddressAllow=localhost -> cat /etc/os-release",
        script(
            "dev-nsec4s-rt83l",
            acceptSocket(
                ["ListenStream=2222", "IPAddressDeny=any", "IPAddressAllow=localhost"],
                "/usr/bin/cat /etc/os-release",
            ),
        ),
    ),
    // HAProxy bound to loopback relaying IMDS: only the node's own processes (which reach IMDS anyway) connect.
    // MISS: LOOPBACK-IMDS-RELAY (secure refused: "has a root process of the node relay or route to instance metadata (in /etc/haproxy/conf.d/imds.cfg ...)". relays.ts judges any relay to 169.254.169.254 by its target alone, not its bind. Fix (general): a relay to instance metadata whose every listener is loopback or a unix socket of mode 0600 gives nothing the node's processes lack (hostNetwork pods reach IMDS directly); judge the bind as for other relays.)
    // Still open (round 83): accepting it contradicts the pinned insecure case dev-nsec10s-rt73 (socat bind=127.0.0.1 to
    // instance metadata, refused by design) and the DECIDED (round 78) cases dev-nsec11s/12s-rt78s, dev-nsec14s-rt77b:
    // the bind is already read (relays.ts configListensLocally reads haproxy `bind`; listeners.ts relayListensLocally
    // reads socat bind=/range=) and only drops the non-node opening (addresses.ts imdsRelay `local`), because a root relay
    // on loopback defeats an IMDS lock-down to root (EC2 user guide, "Limit access to the Instance Metadata Service":
    // iptables owner rules) for host-network pods' non-root processes. The fix needs a decision to reverse those pins and
    // a script-wide reading of such lock-downs (an OUTPUT rule to 169.254.169.254 with an owner match: then the loopback
    // relay stays refused), which the per-command judge (rootWrites.ts nodeJudge.ran) does not see.
    dev(
        "haproxy bind 127.0.0.1:8080 -> 169.254.169.254:80",
        script("dev-nsec5s-rt83l", [
            "dnf install -y haproxy",
            ...file("/etc/haproxy/conf.d/imds.cfg", [
                "frontend imds",
                "    bind 127.0.0.1:8080",
                "    mode tcp",
                "    default_backend imds",
                "backend imds",
                "    mode tcp",
                "    server imds 169.254.169.254:80",
            ]),
            "systemctl enable --now haproxy",
        ]),
        /./,
        true,
    ),
    // privoxy's packaged default "listen-address 127.0.0.1:8118".
    dev(
        "privoxy listen-address 127.0.0.1:8118",
        script("dev-nsec6s-rt83l", [
            "dnf install -y privoxy",
            ...file("/etc/privoxy/config", ["listen-address  127.0.0.1:8118", "toggle 0"]),
            "systemctl enable --now privoxy",
        ]),
    ),
    // socat(1) "range=<address-range> ... the client's address must match": loopback only.
    // MISS: LOOPBACK-IMDS-RELAY (secure refused: "relay or route to instance metadata (a command it runs: nohup socat TCP-LISTEN:8080,...,range=127.0.0.1/32 ...)" (relays.ts; listeners.ts already reads range= for other socat listeners). Fix (general): as above, and read socat range= as an allowlist of clients.)
    // Still open (round 83): as dev-nsec5s-rt83l (range=127.0.0.1/32 is read already: relayListensLocally, localOnly).
    dev(
        "socat TCP-LISTEN:8080,fork,range=127.0.0.1/32 TCP:169.254.169.254:80",
        script("dev-nsec7s-rt83l", [
            "nohup socat TCP-LISTEN:8080,fork,reuseaddr,range=127.0.0.1/32 TCP:169.254.169.254:80 >/dev/null 2>&1 &",
        ]),
        /./,
        true,
    ),
    // Fluent Bit tcp input on loopback into a log file.
    dev(
        "fluent-bit tcp 127.0.0.1 -> file Path /var/log/remote",
        script("dev-nsec8s-rt83l", [
            "dnf install -y fluent-bit",
            ...file("/etc/fluent-bit/fluent-bit.conf", [
                "[INPUT]",
                "    Name   tcp",
                "    Listen 127.0.0.1",
                "    Port   5170",
                "[OUTPUT]",
                "    Name   file",
                "    Match  *",
                "    Path   /var/log/remote",
            ]),
            "systemctl enable --now fluent-bit",
        ]),
    ),
    // ncat(1) "--allow host[,host...] Allow only given hosts to connect": loopback; the command prints a fixed file.
    dev(
        "ncat -lk 0.0.0.0 9000 --allow 127.0.0.1 --sh-exec 'cat /etc/os-release'",
        script("dev-nsec9s-rt83l", [
            "nohup ncat -lk 0.0.0.0 9000 --allow 127.0.0.1 --sh-exec 'cat /etc/os-release' >/dev/null 2>&1 &",
        ]),
    ),
    // php-fpm pool on a unix socket (php-fpm.conf(5) "'/path/to/unix/socket' - to listen on a unix socket").
    dev(
        "php-fpm pool listen = /run/php-fpm/ops.sock",
        script("dev-nsec10s-rt83l", [
            "dnf install -y php-fpm",
            ...file("/etc/php-fpm.d/ops.conf", phpPool(["listen = /run/php-fpm/ops.sock", "listen.mode = 0600"])),
            "php-fpm -R",
        ]),
    ),
    // A root shell per connection, but systemd.resource-control(5) IPAddressDeny=any + IPAddressAllow=localhost on the
    // socket unit drop every packet not from loopback: no pod (own network namespace) connects.
    // Was a MISS (fixed in round 83): SOCKET-IP-ACCESS-LIST-UNREAD (secure refused: "serves a shell on the node's network (ops.socket listening on 2222 ...)". systemd.ts socketShellOpenings reads ListenStream= only, not IPAddressAllow=/IPAddressDeny= (systemd.resource-control(5)). Fix (general): a socket unit (or its service) with IPAddressDeny=any and an IPAddressAllow= of loopback only is a loopback listener.)
    dev(
        "ops.socket ListenStream=2222 IPAddressDeny=any IPAddressAllow=localhost -> /bin/sh",
        script(
            "dev-nsec11s-rt83l",
            acceptSocket(["ListenStream=2222", "IPAddressDeny=any", "IPAddressAllow=localhost"], "/bin/sh -i"),
        ),
    ),
    // Neighbour (round 83): systemd.resource-control(5) Deny= of both "0.0.0.0/0" and "::/0" is every address; Allow=
    // of 127.0.0.0/8 and ::1 is loopback only (systemd.ts ipAccessAdmitsLoopbackOnly): no pod connects.
    dev(
        "ops.socket ListenStream=2222 IPAddressDeny=0.0.0.0/0 ::/0 IPAddressAllow=127.0.0.0/8 ::1 -> /bin/sh-fix83",
        script(
            "dev-nsec-f83s1",
            acceptSocket(
                [
                    "ListenStream=2222",
                    "IPAddressDeny=0.0.0.0/0 ::/0",
                    "IPAddressAllow=127.0.0.0/8",
                    "IPAddressAllow=::1",
                ],
                "/bin/sh -i",
            ),
        ),
    ),
    // snmpd.conf(5) rwcommunity SOURCE 127.0.0.1: only the node itself may SET.
    dev(
        "snmpd.conf rwcommunity ops 127.0.0.1",
        script("dev-nsec12s-rt83l", [
            "dnf install -y net-snmp",
            ...file("/etc/snmp/snmpd.conf", ["agentaddress udp:161", "rwcommunity ops 127.0.0.1"]),
            "systemctl enable --now snmpd",
        ]),
    ),
    // ganesha-core-config(8) NFS_CORE_PARAM Bind_addr = 127.0.0.1: the export is served on loopback only.
    dev(
        "ganesha.conf NFS_CORE_PARAM Bind_addr = 127.0.0.1, EXPORT / RW",
        script("dev-nsec13s-rt83l", [
            "dnf install -y nfs-ganesha nfs-ganesha-vfs",
            ...file("/etc/ganesha/ganesha.conf", [
                "NFS_CORE_PARAM { Bind_addr = 127.0.0.1; }",
                "EXPORT { Export_Id = 1; Path = /var/lib/ops-export; Pseudo = /share; Access_Type = RW; Squash = Root_Squash;",
                "  FSAL { Name = VFS; } }",
            ]),
            "systemctl enable --now nfs-ganesha",
        ]),
    ),
    // tcpserver bound to 127.0.0.1: no pod (own network namespace) reaches it.
    dev(
        "tcpserver 127.0.0.1 2222 /bin/sh -i",
        script("dev-nsec14s-rt83l", ["nohup tcpserver -v 127.0.0.1 2222 /bin/sh -i >/dev/null 2>&1 &"]),
    ),
    // openssl s_server -WWW on loopback with a WorkingDirectory of public documents.
    dev(
        "openssl s_server -accept 127.0.0.1:4443 -WWW (WorkingDirectory=/usr/share/doc)",
        unit(
            "dev-nsec15s-rt83l",
            "/usr/bin/openssl s_server -accept 127.0.0.1:4443 -WWW -cert /etc/pki/tls/certs/ops.pem -key /etc/pki/tls/private/ops.key",
            [],
            ["WorkingDirectory=/usr/share/doc"],
        ),
    ),
    // rsyslog omprog of logger(1): the records are data written to the journal.
    dev(
        "rsyslog imtcp -> omprog logger -t remote",
        script("dev-nsec16s-rt83l", rsyslogTcpOmprog("/usr/bin/logger -t remote")),
    ),
    // php-fpm listen = localhost:9000 / [::1]:9001: loopback names (php.net "'ip.add.re.ss:port'"; localhost resolves
    // to 127.0.0.1 and ::1 by /etc/hosts).
    dev(
        "php-fpm pools listen = localhost:9000 and [::1]:9001",
        script("dev-nsec17s-rt83l", [
            "dnf install -y php-fpm",
            ...file("/etc/php-fpm.d/ops.conf", [
                ...phpPool(["listen = localhost:9000"]),
                ...phpPool(["listen = [::1]:9001"]).map(l => (l === "[ops]" ? "[ops6]" : l)),
            ]),
            "php-fpm -R",
        ]),
    ),
    // ganesha-export-config(8) CLIENT sub-block: Clients = 127.0.0.1 with Access_Type = RW, the export's own
    // Access_Type = None: only the node itself mounts it.
    dev(
        "ganesha.conf EXPORT Access_Type = None, CLIENT { Clients = 127.0.0.1; Access_Type = RW; }",
        script("dev-nsec18s-rt83l", [
            "dnf install -y nfs-ganesha nfs-ganesha-vfs",
            ...file("/etc/ganesha/ganesha.conf", [
                "EXPORT { Export_Id = 1; Path = /var/lib/ops-export; Pseudo = /share; Access_Type = None;",
                "  CLIENT { Clients = 127.0.0.1; Access_Type = RW; }",
                "  FSAL { Name = VFS; } }",
            ]),
            "systemctl enable --now nfs-ganesha",
        ]),
    ),
    // tgtd targets.conf(5) "initiator-address": only the node's own initiator may log in.
    dev(
        "tgtd targets.conf initiator-address 127.0.0.1 (backing-store /var/lib/ops/disk.img)",
        script("dev-nsec19s-rt83l", [
            "dnf install -y scsi-target-utils",
            "mkdir -p /var/lib/ops && truncate -s 1G /var/lib/ops/disk.img",
            ...file("/etc/tgt/conf.d/ops.conf", [
                "<target iqn.2024-01.com.example:scratch>",
                "    backing-store /var/lib/ops/disk.img",
                "    initiator-address 127.0.0.1",
                "</target>",
            ]),
            "systemctl enable --now tgtd",
        ]),
    ),
    // ---- Round 83 fix neighbours (-fix83) ----
    // php-fpm(8) -y: the pool it names listens on loopback only.
    dev(
        "php-fpm -R -y /opt/ops/fpm.conf (pool listen = 127.0.0.1:9000)",
        script("dev-nsec1s-fix83", [
            "dnf install -y php-fpm",
            ...file("/opt/ops/fpm.conf", ["[global]", "daemonize = yes", ...phpPool(["listen = 127.0.0.1:9000"])]),
            "php-fpm -R -y /opt/ops/fpm.conf",
        ]),
    ),
    // php-fpm.conf(5) include= of the packaged pool directory (judged where written): a loopback pool.
    dev(
        "php-fpm.conf include=/etc/php-fpm.d/*.conf, pool listen = 127.0.0.1:9000",
        script("dev-nsec2s-fix83", [
            "dnf install -y php-fpm",
            ...file("/etc/php-fpm.conf", ["[global]", "include=/etc/php-fpm.d/*.conf"]),
            ...file("/etc/php-fpm.d/ops.conf", phpPool(["listen = 127.0.0.1:9000"])),
            "php-fpm -R",
        ]),
    ),
    // snmpd(8) -c: a read-only community (snmpd.conf(5) rocommunity: GET only).
    dev(
        "snmpd -c /opt/ops/snmpd.conf (rocommunity public)",
        script("dev-nsec3s-fix83", [
            "dnf install -y net-snmp",
            ...file("/opt/ops/snmpd.conf", ["agentaddress udp:161", "rocommunity public default -V systemonly"]),
            "snmpd -C -c /opt/ops/snmpd.conf",
        ]),
    ),
    // tgtadm(8) --op bind -I 127.0.0.1: only the node's own initiator logs in.
    dev(
        "tgtadm bind -I 127.0.0.1 (LUN /var/lib/ops/disk.img)",
        script("dev-nsec4s-fix83", [
            "dnf install -y scsi-target-utils",
            "systemctl enable --now tgtd",
            "tgtadm --lld iscsi --op new --mode target --tid 1 -T iqn.2024-01.com.example:scratch",
            "tgtadm --lld iscsi --op new --mode logicalunit --tid 1 --lun 1 -b /var/lib/ops/disk.img",
            "tgtadm --lld iscsi --op bind --mode target --tid 1 -I 127.0.0.1",
        ]),
    ),
    // LIO saveconfig.json: the portal is 127.0.0.1:3260, only the node itself connects.
    dev(
        "/etc/target/saveconfig.json: portal 127.0.0.1, generate_node_acls=1",
        script("dev-nsec5s-fix83", [
            "dnf install -y targetcli",
            ...file("/etc/target/saveconfig.json", [
                '{"storage_objects": [{"plugin": "fileio", "name": "scratch", "dev": "/var/lib/ops/disk.img"}],',
                ' "targets": [{"fabric": "iscsi", "wwn": "iqn.2024-01.com.example:scratch", "tpgs": [{"tag": 1, "enable": true,',
                '   "attributes": {"generate_node_acls": 1},',
                '   "portals": [{"ip_address": "127.0.0.1", "port": 3260}],',
                '   "luns": [{"index": 0, "storage_object": "/backstores/fileio/scratch"}]}]}]}',
            ]),
            "systemctl enable --now target",
        ]),
    ),
    // xinetd.conf(5) includedir: the included service binds 127.0.0.1 (no pod reaches it).
    dev(
        "xinetd.conf includedir /opt/ops/xinetd.d (bind = 127.0.0.1, server /bin/sh)",
        script("dev-nsec6s-fix83", [
            "dnf install -y xinetd",
            ...file("/etc/xinetd.conf", ["defaults", "{", "}", "includedir /opt/ops/xinetd.d"]),
            ...file("/opt/ops/xinetd.d/ops", [
                "service ops",
                "{",
                "    type = UNLISTED",
                "    port = 2222",
                "    bind = 127.0.0.1",
                "    socket_type = stream",
                "    wait = no",
                "    user = root",
                "    server = /bin/sh",
                "}",
            ]),
            "systemctl enable --now xinetd",
        ]),
    ),
    // rsyslogd(8) -f: imtcp into a log file no root program runs.
    dev(
        "rsyslogd -f /opt/ops/rsyslog.conf (imtcp -> omfile /var/log/remote.log)",
        script("dev-nsec7s-fix83", [
            "dnf install -y rsyslog",
            ...file("/opt/ops/rsyslog.conf", [
                'module(load="imtcp")',
                'input(type="imtcp" port="514" ruleset="ops")',
                'ruleset(name="ops") { action(type="omfile" file="/var/log/remote.log") }',
            ]),
            "rsyslogd -f /opt/ops/rsyslog.conf -i /run/rsyslogd-ops.pid",
        ]),
    ),
    // fluent-bit -c: a tcp input on loopback into a log file.
    dev(
        "fluent-bit -c /opt/ops/fluent-bit.conf (tcp 127.0.0.1 -> file /var/log/remote)",
        script("dev-nsec8s-fix83", [
            "dnf install -y fluent-bit",
            ...file("/opt/ops/fluent-bit.conf", [
                "[INPUT]",
                "    Name   tcp",
                "    Listen 127.0.0.1",
                "    Port   5170",
                "[OUTPUT]",
                "    Name   file",
                "    Match  *",
                "    Path   /var/log/remote",
            ]),
            "nohup /opt/fluent-bit/bin/fluent-bit -c /opt/ops/fluent-bit.conf >/dev/null 2>&1 &",
        ]),
    ),
];

describeNodeCases("red team round 83: node listeners (nsec)", insecure, secure);
