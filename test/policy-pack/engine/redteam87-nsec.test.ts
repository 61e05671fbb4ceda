// Red-team round 87 (fresh eyes) on EKS NODE security, area nsec (listeners, suffix -rt87l).
// Probed (neighbours of round 86's unreadConfigFileListeners, libvirt and nvmet/LIO readers): listen settings in a
// configuration file in spellings round 86 did not try (an empty host, Go's `:PORT` under `addr`, a bare port under
// `listen`, XML attributes, TOML inline tables, HCL named by -c, a computed `server.host`), configuration files named
// by Go's single-dash `-config`, default paths written with content the pack cannot compute (unquoted heredoc, curl,
// sed -i), /etc/PROG.d drop-in directories (Nomad's), configuration paths given by the environment (STCONFDIR,
// CODE_SERVER_CONFIG, an Environment= $OPTS), servers that listen on every address by default (dufs, copyparty,
// minio), LIO configfs and targetctl restore, initiator-name ACLs (nvmet allowed_hosts, LIO node_acls, no CHAP),
// nvmet on `::` and by tee, libvirt's TLS listener without client certificate checks and virtproxyd --listen; Spring's
// --spring.config.location; secure twins (loopback, ::1, loopback lists, unix sockets, the loop
// and tcm_loop fabrics, STCONFDIR/CODE_SERVER_CONFIG on loopback as an unprivileged user).
// Misses (19 insecure accepted, 2 secure refused):
// - insecure, CONFIG-FILE-EMPTY-HOST (2): dev-nsec1/2-rt87l: `bind: ""`, `addr: ":8000"` (configFileSettings drops
//   empty values; fileBind keeps only listen/bind keys or every-address values).
// - insecure, CONFIG-FILE-FORMAT-UNREAD (2): dev-nsec3/8-rt87l: XML attributes, TOML inline tables.
// - insecure, CONFIG-FILE-OPTION-SPELLING (4): dev-nsec4/5/6/35-rt87l: `-c FILE.hcl`, Go's `-config=FILE`, `-config
//   FILE`, Spring's `--spring.config.location=file:/…`.
// - insecure, CONFIG-FILE-BARE-PORT (1): dev-nsec7-rt87l: `listen: 9000`.
// - insecure, CONFIG-FILE-HOST-KEY (1): dev-nsec9-rt87l: `server.host: $NODE_IP`.
// - insecure, DEFAULT-PATH-UNKNOWN-CONTENT (3): dev-nsec10/11/12-rt87l: /etc/buildkit/buildkitd.toml by unquoted
//   heredoc, curl, sed -i of a computed value (default-path files are read only when their text is known).
// - insecure, CONFIG-DROP-IN-DIR-UNREAD (1): dev-nsec16-rt87l: /etc/opsd.d/listen.yaml.
// - insecure, CONFIG-PATH-BY-ENVIRONMENT (2): dev-nsec17/19-rt87l: STCONFDIR, `$OPTS` from Environment=.
// - insecure, LISTEN-BY-DEFAULT-UNREAD (1): dev-nsec21-rt87l: copyparty -v /::rw under python3.
// - insecure, TARGET-RESTORE-TOOL-UNREAD (1): dev-nsec24-rt87l: targetctl restore FILE.
// - insecure, LIBVIRT-TLS-NO-VERIFY (1): dev-nsec28-rt87l: listen_tls, tls_no_verify_certificate = 1, auth_tls none.
// - secure, TEE-WRITE-UNREAD (2): dev-nsec7s/14s-rt87l: nvmet loop transport written by `echo V | tee FILE`
//   (configfs text unknown; `tee "$S/x"` an unknown path).
// Held: 16 of 35 insecure refused (Nomad -config DIR/-dev, code-server by CODE_SERVER_CONFIG, dufs / by default and
// by -c bind 0.0.0.0, minio of /var/lib/kubelet, LIO configfs demo mode and on [::], nvmet on :: and by tee, nvmet and
// LIO restricted only by self-asserted initiator names (allowed_hosts, node_acls without CHAP), virtproxyd --listen,
// echo-written config); 15 of 17 secure clean.
// Round 88 (fix88-nsec-b): LISTEN-BY-DEFAULT-UNREAD dev-nsec21-rt87l fixed and unskipped (listeners.ts
// defaultBindListeners).
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase, systemdUnit } from "./nodeBuilders";

const dev = devNodeCase;
const script = devNodeScript;
const file = heredocFile;

/** A root unit `ops` running `exec`. */
const unit = (name: string, exec: string, pre: string[] = [], service: string[] = []) =>
    script(name, [...pre, ...systemdUnit("ops", [...service, `ExecStart=${exec}`])]);

/** A file written by an unquoted heredoc (the shell expands $VAR and $(...) in its body: bash(1) "Here Documents"). */
const expanded = (path: string, lines: string[]) => [
    `mkdir -p ${path.slice(0, path.lastIndexOf("/"))}`,
    `cat > ${path} <<EOF`,
    ...lines,
    "EOF",
];

const insecure: NodeCase[] = [
    // ---- A. listen settings in configuration files, spellings round 86's reader may not take ----
    // dufs README "-c, --config <file> Specify configuration file", "-b, --bind <addrs> Specify bind address";
    // Go/Rust empty host ":5000" (Go net.Listen "If the host in the address parameter is empty ... listens on all
    // available unicast and anycast IP addresses"): dufs run as root serving / with -A (allow all: upload/delete)
    // gives any pod read and write of every node file (the kubelet's client key, /etc/eks).
    // Was a MISS (fixed in round 87): CONFIG-FILE-EMPTY-HOST (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts configFileSettings drops an empty value (`.filter(Boolean)`) and unreadConfigFileListeners' fileBind keeps only listen/bind keys or allAddresses values, so an empty host or Go's `:PORT` (EMPTY_HOST) under a bind/addr/address key is never judged. Fix (general): in a configuration file an empty host or `:PORT` under any listen/bind/addr/address/host key is every address (as EMPTY_HOST already is on the command line); keep empty values through configFileSettings and judge them with settingBeyondLoopback.
    dev(
        "dufs -c /opt/ops/dufs.yaml (serve-path /, bind: '', allow-all)",
        unit("dev-nsec1-rt87l", "/usr/local/bin/dufs -c /opt/ops/dufs.yaml", [
            ...file("/opt/ops/dufs.yaml", ["serve-path: /", 'bind: ""', "port: 5000", "allow-all: true"]),
        ]),
    ),
    // A Go-style listen address with an empty host under a bare `addr` key: every address.
    // Was a MISS (fixed in round 87): CONFIG-FILE-EMPTY-HOST (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts configFileSettings drops an empty value (`.filter(Boolean)`) and unreadConfigFileListeners' fileBind keeps only listen/bind keys or allAddresses values, so an empty host or Go's `:PORT` (EMPTY_HOST) under a bind/addr/address key is never judged. Fix (general): in a configuration file an empty host or `:PORT` under any listen/bind/addr/address/host key is every address (as EMPTY_HOST already is on the command line); keep empty values through configFileSettings and judge them with settingBeyondLoopback.
    dev(
        "gohttpserver -c /opt/ops/ghs.yaml (addr: ':8000', root /)",
        unit("dev-nsec2-rt87l", "/usr/local/bin/gohttpserver -c /opt/ops/ghs.yaml", [
            ...file("/opt/ops/ghs.yaml", ["root: /", 'addr: ":8000"', "upload: true", "delete: true"]),
        ]),
    ),
    // XML attributes (not element text): `<listener address="0.0.0.0" port="2022"/>`.
    // Was a MISS (fixed in round 87): CONFIG-FILE-FORMAT-UNREAD (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts configFileSettings reads XML element text (`<address>v</address>`) only, not attributes (`<listener address="0.0.0.0"/>`). Fix (general): read XML attributes as key/value pairs (element.attribute), and a file in a format the reader cannot parse whole (configFileSettings found no listen-ish key while the file has address-like values) fails closed.
    dev(
        "an XML configuration whose listen address is an attribute (--config /opt/ops/srv.xml)",
        unit("dev-nsec3-rt87l", "/usr/local/bin/opsfiled --config /opt/ops/srv.xml", [
            ...file("/opt/ops/srv.xml", [
                "<server>",
                '  <listener address="0.0.0.0" port="2022"/>',
                '  <share path="/" writable="true"/>',
                "</server>",
            ]),
        ]),
    ),
    // HCL (HashiCorp Configuration Language, Nomad "Agent Configuration": `bind_addr` "Specifies which address the
    // Nomad agent should bind to for network services ... The default is 0.0.0.0") named by -c: a `.hcl` file.
    // Was a MISS (fixed in round 87): CONFIG-FILE-OPTION-SPELLING (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts unreadConfigFileListeners: a short -c/-f counts only for CONFIG_FILE_NAME extensions, which lack .hcl (and extensionless files). Fix (general): take -c/-f as a configuration file whenever its value is a regular file user data wrote (not only by extension), and add HCL (.hcl) and other config extensions to CONFIG_FILE_NAME.
    dev(
        "opsagent -c /opt/ops/agent.hcl (bind_addr = 0.0.0.0)",
        unit("dev-nsec4-rt87l", "/usr/local/bin/opsagent -c /opt/ops/agent.hcl", [
            ...file("/opt/ops/agent.hcl", ['bind_addr = "0.0.0.0"', 'data_dir = "/"', "enable_exec = true"]),
        ]),
    ),
    // Go's flag package: "One or two dashes may be used; they are equivalent" (pkg.go.dev flag, "Command line flag
    // syntax"): `-config=/opt/ops/x.yaml` names the configuration file as `--config=` does.
    // Was a MISS (fixed in round 87): CONFIG-FILE-OPTION-SPELLING (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts CONFIG_FILE_OPTION matches only double-dash long options, but Go's flag package takes `-config=FILE` and `-config FILE` as `--config`. Fix (general): accept one or two dashes for every CONFIG_FILE_OPTION name (Go flag, Java/JVM -Dconfig.file, single-dash long options).
    dev(
        "opsd -config=/opt/ops/opsd.yaml (Go single-dash flag; listen: 0.0.0.0:9000)",
        unit("dev-nsec5-rt87l", "/usr/local/bin/opsd -config=/opt/ops/opsd.yaml", [
            ...file("/opt/ops/opsd.yaml", ["listen: 0.0.0.0:9000", "root: /", "exec: true"]),
        ]),
    ),
    // The same with the value as the next word: `-config /opt/ops/opsd.yaml`.
    // Was a MISS (fixed in round 87): CONFIG-FILE-OPTION-SPELLING (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts CONFIG_FILE_OPTION matches only double-dash long options (Go flag `-config FILE`). Fix (general): accept one or two dashes for every CONFIG_FILE_OPTION name.
    dev(
        "opsd -config /opt/ops/opsd.yaml (listen: 0.0.0.0:9000)",
        unit("dev-nsec6-rt87l", "/usr/local/bin/opsd -config /opt/ops/opsd.yaml", [
            ...file("/opt/ops/opsd.yaml", ["listen: 0.0.0.0:9000", "root: /", "exec: true"]),
        ]),
    ),
    // A `listen` key holding a bare port: every address (nginx "listen": "If only address is given, the port 80 is
    // used"; a port alone listens on "*"): `listen: 9000`.
    // Was a MISS (fixed in round 87): CONFIG-FILE-BARE-PORT (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts settingBeyondLoopback: a listen key's value must be isAddress/allAddresses/URI; a bare port `listen: 9000` is none, though it listens on every address. Fix (general): under a listen/bind key a bare port (and `*:PORT`, `:PORT`) is every address in a configuration file, where such keys are the program's own.
    dev(
        "opsd --config /opt/ops/opsd.yaml (listen: 9000)",
        unit("dev-nsec7-rt87l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            ...file("/opt/ops/opsd.yaml", ["listen: 9000", "root: /", "exec: true"]),
        ]),
    ),
    // TOML inline table (TOML v1.0 "Inline Table": `name = { first = "Tom" }`): the bind inside it, no port.
    // Was a MISS (fixed in round 87): CONFIG-FILE-FORMAT-UNREAD (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts configFileSettings does not flatten TOML inline tables (`server = { bind = "0.0.0.0", port = 9000 }`: YAML parse fails, the line form keeps key `server`), and settingBeyondLoopback needs a port or an address key for 0.0.0.0. Fix (general): parse TOML (inline tables, dotted keys) with a TOML parser rather than the line form, and treat an unspecified address (0.0.0.0, ::) as a bind under any key of a file the program is given.
    dev(
        'opsd --config /opt/ops/opsd.toml (server = { bind = "0.0.0.0", port = 9000 })',
        unit("dev-nsec8-rt87l", "/usr/local/bin/opsd --config /opt/ops/opsd.toml", [
            ...file("/opt/ops/opsd.toml", ['server = { bind = "0.0.0.0", port = 9000 }', 'root = "/"']),
        ]),
    ),
    // A `host` key (not listen/bind) whose value is the node's own address, computed at boot: every pod reaches the
    // node's primary address (Kubernetes "Cluster Networking": pods can reach all agents on their node).
    // Was a MISS (fixed in round 87): CONFIG-FILE-HOST-KEY (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts unreadConfigFileListeners fileBind keeps only listen/bind keys (or every-address values), so `server.host: $NODE_IP` (the node's own address, computed) is dropped although settingBeyondLoopback would read `*.host` as the program's own. Fix (general): in a file the program is given, judge every host/addr/address/ip key (qualified or bare) whose value is not loopback, not another host's name and not a client's far end (REMOTE_END_OPTION names), and an unknown (computed) value there as possibly the node's address.
    dev(
        "opsd --config /opt/ops/opsd.yaml (server.host: $(hostname -i), unquoted heredoc)",
        unit("dev-nsec9-rt87l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            'NODE_IP="$(hostname -i)"',
            ...expanded("/opt/ops/opsd.yaml", ["server:", '  host: "$NODE_IP"', "  port: 9000", "root: /"]),
        ]),
    ),
    // ---- B. the packaged default path and drop-in directories ----
    // buildkitd.toml(5) "/etc/buildkit/buildkitd.toml for rootful mode": written with the node's address computed by
    // the shell (an unquoted heredoc): the pack cannot tell the value, the file is the daemon's.
    // Was a MISS (fixed in round 87): DEFAULT-PATH-UNKNOWN-CONTENT (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts unreadConfigFileListeners reads default-path files only when their text is known (`typeof text === "string"`); a default file whose content the pack cannot compute (unquoted heredoc, download, sed -i of a computed value) is skipped. Fix (general): when the program is started and a file at its documented default path (/etc/PROG/, /etc/PROG.EXT) was written with unknown content, fail closed as for a named file (a listener on unknown binds); the dnf/aide worry is met by limiting this to programs that are started as services or with no other config option.
    dev(
        "/etc/buildkit/buildkitd.toml [grpc] address = tcp://$NODE_IP:1234 (unquoted heredoc), buildkitd",
        unit("dev-nsec10-rt87l", "/usr/local/bin/buildkitd", [
            'NODE_IP="$(hostname -i)"',
            ...expanded("/etc/buildkit/buildkitd.toml", ["[grpc]", '  address = [ "tcp://$NODE_IP:1234" ]']),
        ]),
    ),
    // The default path downloaded (content unknown to the pack) then the daemon started with no flags.
    // Was a MISS (fixed in round 87): DEFAULT-PATH-UNKNOWN-CONTENT (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts unreadConfigFileListeners skips default-path files of unknown content (`typeof text === "string"`). Fix (general): fail closed on a default-path file of unknown content for a program that is started.
    dev(
        "curl -o /etc/buildkit/buildkitd.toml (unknown content), buildkitd",
        unit("dev-nsec11-rt87l", "/usr/local/bin/buildkitd", [
            "mkdir -p /etc/buildkit",
            "curl -fsSL -o /etc/buildkit/buildkitd.toml https://config.example.com/buildkitd.toml",
        ]),
    ),
    // The default path edited by sed -i to a value the pack cannot compute.
    // Was a MISS (fixed in round 87): DEFAULT-PATH-UNKNOWN-CONTENT (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts unreadConfigFileListeners skips default-path files changed in a way the pack cannot compute. Fix (general): fail closed on a default-path file of unknown content for a program that is started.
    dev(
        "/etc/buildkit/buildkitd.toml loopback, sed -i to $(hostname -i), buildkitd",
        unit("dev-nsec12-rt87l", "/usr/local/bin/buildkitd", [
            ...file("/etc/buildkit/buildkitd.toml", ["[grpc]", '  address = [ "tcp://127.0.0.1:1234" ]']),
            'sed -i "s/127.0.0.1/$(hostname -i)/" /etc/buildkit/buildkitd.toml',
        ]),
    ),
    // A drop-in directory `/etc/PROGRAM.d/` (Nomad's packaged unit: `nomad agent -config /etc/nomad.d`; HCL/JSON
    // files there merge): bind_addr every address, the raw_exec driver (Nomad "raw_exec Driver": "runs tasks ... as
    // the same user as the Nomad process", root) and no ACLs: any pod submits a job running as root on the node.
    dev(
        "nomad agent -config /etc/nomad.d (client.hcl bind_addr 0.0.0.0, raw_exec enabled)",
        unit("dev-nsec13-rt87l", "/usr/bin/nomad agent -config /etc/nomad.d", [
            ...file("/etc/nomad.d/client.hcl", [
                'data_dir  = "/opt/nomad/data"',
                'bind_addr = "0.0.0.0"',
                "client { enabled = true }",
                'plugin "raw_exec" { config { enabled = true } }',
            ]),
        ]),
    ),
    // The same drop-in, JSON (Nomad reads *.hcl and *.json in the directory).
    dev(
        "nomad agent -config=/etc/nomad.d (ops.json bind_addr 0.0.0.0, raw_exec)",
        unit("dev-nsec14-rt87l", "/usr/bin/nomad agent -config=/etc/nomad.d", [
            ...file("/etc/nomad.d/ops.json", [
                '{ "bind_addr": "0.0.0.0", "client": { "enabled": true },',
                '  "plugin": { "raw_exec": { "config": { "enabled": true } } } }',
            ]),
        ]),
    ),
    // Nomad's default bind_addr is 0.0.0.0 (Nomad "Agent Configuration"): the agent in dev mode as root with no
    // configuration at all listens on every address with raw_exec on (`-dev` "enables raw_exec").
    dev("nomad agent -dev -bind=0.0.0.0 as root", unit("dev-nsec15-rt87l", "/usr/bin/nomad agent -dev -bind=0.0.0.0")),
    // A drop-in under /etc/PROGRAM.d/ for a program started without options (its packaged default directory).
    // Was a MISS (fixed in round 87): CONFIG-DROP-IN-DIR-UNREAD (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts unreadConfigFileListeners' defaults are /etc/PROG/… and /etc/PROG.EXT only; /etc/PROG.d/ drop-in directories (and /etc/PROG/conf.d includes named in a file) are not read. Fix (general): read /etc/PROG.d/* (and /etc/PROG/*.d/*) as default configuration of PROG.
    dev(
        "/etc/opsd.d/listen.yaml (listen: 0.0.0.0:9000), opsd",
        unit("dev-nsec16-rt87l", "/usr/local/bin/opsd", [
            ...file("/etc/opsd.d/listen.yaml", ["listen: 0.0.0.0:9000", "root: /"]),
        ]),
    ),
    // ---- C. configuration given through the environment ----
    // Syncthing "Command Line Operation": "STCONFDIR Sets the configuration directory"; config.xml there with the
    // GUI on every address and no user: a pod adds a folder at / (round 86 read --config=DIR, not the variable).
    // Was a MISS (fixed in round 87): CONFIG-PATH-BY-ENVIRONMENT (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts unreadConfigFileListeners reads only the command line's options; a variable naming the configuration file or directory (STCONFDIR, *_CONFIG, *_CONFIG_FILE, *_CONF_DIR in Environment=/EnvironmentFile=/export) is not followed (systemd.ts environmentListeners judges variables only as listen settings). Fix (general): treat a program-prefixed (or documented) variable whose name ends in CONFIG/CONF/CONFIG_FILE/CONFIG_DIR/CONFDIR/HOME and whose value is a path user data wrote as that program's configuration path, read as --config is.
    dev(
        "syncthing as root, Environment=STCONFDIR=/opt/ops/st (config.xml gui address 0.0.0.0:8384)",
        unit(
            "dev-nsec17-rt87l",
            "/usr/bin/syncthing serve --no-browser",
            [
                ...file("/opt/ops/st/config.xml", [
                    '<configuration version="37">',
                    '  <gui enabled="true" tls="false">',
                    "    <address>0.0.0.0:8384</address>",
                    "  </gui>",
                    "</configuration>",
                ]),
            ],
            ["Environment=STCONFDIR=/opt/ops/st"],
        ),
    ),
    // code-server docs FAQ "How does the config file work?": the file's location may be changed "using the --config
    // flag or $CODE_SERVER_CONFIG environment variable"; bind-addr every address with auth none: any pod opens a
    // root terminal on the node (the IDE's terminal runs as the server's user).
    dev(
        "code-server as root, Environment=CODE_SERVER_CONFIG=/opt/ops/cs.yaml (bind-addr 0.0.0.0:8080, auth none)",
        unit(
            "dev-nsec18-rt87l",
            "/usr/bin/code-server",
            [...file("/opt/ops/cs.yaml", ["bind-addr: 0.0.0.0:8080", "auth: none", "cert: false"])],
            ["Environment=CODE_SERVER_CONFIG=/opt/ops/cs.yaml"],
        ),
    ),
    // systemd.exec(5) "Environment=": a variable holding the options, expanded in ExecStart ("$FOO" as separate
    // words, systemd.service(5) "Command lines"): the config path arrives through $OPTS.
    // Was a MISS (fixed in round 87): CONFIG-PATH-BY-ENVIRONMENT (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts unreadConfigFileListeners skips any word holding `$` (`/[$`]/.test(value)`) and is given the unit's ExecStart words before systemd's `$OPTS` expansion (systemd.service(5) "Command lines": `$FOO` splits into words), so `-c /opt/ops/dufs.yaml` from Environment= is never seen. Fix (general): expand the unit's Environment=/EnvironmentFile= variables into ExecStart (as systemd does: `${{FOO}}` one word, `$FOO` split) before every command-line reader, unreadConfigFileListeners included; an unknown expansion fails closed.
    dev(
        "dufs $OPTS with Environment=OPTS=-c /opt/ops/dufs.yaml (bind 0.0.0.0, serve /)",
        unit(
            "dev-nsec19-rt87l",
            "/usr/local/bin/dufs $OPTS",
            [...file("/opt/ops/dufs.yaml", ["serve-path: /", "bind: 0.0.0.0", "allow-all: true"])],
            ['Environment="OPTS=-c /opt/ops/dufs.yaml"'],
        ),
    ),
    // ---- D. servers that listen on every address by default (no bind word at all) ----
    // dufs README "Usage: dufs [OPTIONS] [serve-path]", "-A, --allow-all Allow all operations"; with no -b/--bind it
    // listens on every address (README "Listen on a specific port: dufs -p 80"): as root, / with upload and delete.
    dev(
        "dufs / -A as root (default bind: every address)",
        unit("dev-nsec20-rt87l", "/usr/local/bin/dufs / -A -p 5000"),
    ),
    // copyparty README: "-i: the IP to listen on" default "::" (every IPv4 and IPv6 address); `-v /::rw` mounts the
    // node's / read-write for anonymous users ("-v SRC:DST:FLAG").
    // Was a MISS (fixed in round 88): LISTEN-BY-DEFAULT-UNREAD: listeners.ts defaultBindListeners reads copyparty (also run as `python3 copyparty-sfx.py`, by its script's name) given no `-i` as listening on its documented default, every address (DEFAULT_EVERY_ADDRESS_SERVERS), fail closed.
    dev(
        "copyparty -v /::rw as root (default listen: every address)",
        unit("dev-nsec21-rt87l", "/usr/bin/python3 /opt/ops/copyparty-sfx.py -p 3923 -v /::rw"),
    ),
    // minio(1) "minio server --address value bind to a specific ADDRESS:PORT, ADDRESS can be an IP or hostname
    // (default: ":9000")": the kubelet's state directory as a bucket store, root credentials from the defaults
    // (MINIO_ROOT_USER minioadmin).
    dev(
        "minio server /var/lib/kubelet as root (default :9000)",
        unit("dev-nsec22-rt87l", "/usr/local/bin/minio server /var/lib/kubelet"),
    ),
    // ---- E. in-kernel targets and libvirt neighbours ----
    // LIO configfs (targetcli's backing store, /sys/kernel/config/target/iscsi): a TPG with generate_node_acls=1
    // and authentication=0 (LIO "demo mode": any initiator) exporting the node's root disk on 0.0.0.0:3260.
    dev(
        "LIO configfs: iblock of /dev/nvme0n1, iscsi portal 0.0.0.0:3260, demo mode",
        script("dev-nsec23-rt87l", [
            "modprobe target_core_mod && modprobe iscsi_target_mod",
            "mkdir -p /sys/kernel/config/target/core/iblock_0/ops",
            "echo udev_path=/dev/nvme0n1 > /sys/kernel/config/target/core/iblock_0/ops/control",
            "echo 1 > /sys/kernel/config/target/core/iblock_0/ops/enable",
            "T=/sys/kernel/config/target/iscsi/iqn.2024-01.com.example:ops/tpgt_1",
            'mkdir -p "$T/lun/lun_0" "$T/np/0.0.0.0:3260"',
            'ln -s /sys/kernel/config/target/core/iblock_0/ops "$T/lun/lun_0/ops"',
            'echo 1 > "$T/attrib/generate_node_acls"',
            'echo 0 > "$T/attrib/authentication"',
            'echo 1 > "$T/attrib/demo_mode_write_protect" && echo 0 > "$T/attrib/demo_mode_write_protect"',
            'echo 1 > "$T/enable"',
        ]),
    ),
    // targetctl(8) "restore [file]: Restore ... from a saved configuration" (default /etc/target/saveconfig.json): the
    // same export by restoring a file at another path.
    // Was a MISS (fixed in round 87): TARGET-RESTORE-TOOL-UNREAD (insecure accepted, got []): policy-pack/engine/userDataReaders/daemonConfigs.ts reads targetcli restoreconfig (targetcliRestoreListeners) and nvmetcli restore, but not rtslib's `targetctl restore FILE` (targetctl(8): "Removes any existing configuration and replaces it with the configuration described in the file"). Fix (general): one table of in-kernel target restore tools (targetcli restoreconfig, targetctl restore, nvmetcli restore, and target.service/nvmet.service at their default files) each read with lioSavedListeners/nvmetSavedListeners; an unread tool run as root on a written file fails closed.
    dev(
        "targetctl restore /opt/ops/lio.json (iscsi 0.0.0.0:3260, demo mode, /dev/nvme0n1)",
        script("dev-nsec24-rt87l", [
            ...file("/opt/ops/lio.json", [
                '{ "storage_objects": [ { "dev": "/dev/nvme0n1", "name": "ops", "plugin": "block" } ],',
                '  "targets": [ { "fabric": "iscsi", "wwn": "iqn.2024-01.com.example:ops", "tpgs": [ { "tag": 1, "enable": true,',
                '    "attributes": { "authentication": 0, "generate_node_acls": 1, "demo_mode_write_protect": 0 },',
                '    "luns": [ { "index": 0, "storage_object": "/backstores/block/ops" } ],',
                '    "portals": [ { "ip_address": "0.0.0.0", "port": 3260 } ] } ] } ] }',
            ]),
            "targetctl restore /opt/ops/lio.json",
        ]),
    ),
    // nvmet configfs: an IPv6 port on "::" (nvmet addr_adrfam ipv6), allow_any_host.
    dev(
        "nvmet configfs: tcp port adrfam ipv6 traddr ::, allow_any_host, /dev/nvme0n1",
        script("dev-nsec25-rt87l", [
            "modprobe nvmet-tcp",
            "S=/sys/kernel/config/nvmet/subsystems/ops",
            'mkdir -p "$S/namespaces/1"',
            'echo 1 > "$S/attr_allow_any_host"',
            'echo -n /dev/nvme0n1 > "$S/namespaces/1/device_path"',
            'echo 1 > "$S/namespaces/1/enable"',
            "P=/sys/kernel/config/nvmet/ports/3",
            'mkdir -p "$P"',
            'echo tcp > "$P/addr_trtype"',
            'echo ipv6 > "$P/addr_adrfam"',
            'echo :: > "$P/addr_traddr"',
            'echo 4420 > "$P/addr_trsvcid"',
            'ln -s "$S" "$P/subsystems/ops"',
        ]),
    ),
    // nvmet through a loop over the ports (a for loop writing the same attributes).
    dev(
        "nvmet configfs written by tee (traddr 0.0.0.0)",
        script("dev-nsec26-rt87l", [
            "S=/sys/kernel/config/nvmet/subsystems/ops",
            'mkdir -p "$S/namespaces/1" /sys/kernel/config/nvmet/ports/1',
            'echo 1 | tee "$S/attr_allow_any_host"',
            'printf %s /dev/nvme0n1 | tee "$S/namespaces/1/device_path"',
            'echo 1 | tee "$S/namespaces/1/enable"',
            "echo tcp | tee /sys/kernel/config/nvmet/ports/1/addr_trtype",
            "echo 0.0.0.0 | tee /sys/kernel/config/nvmet/ports/1/addr_traddr",
            'ln -s "$S" /sys/kernel/config/nvmet/ports/1/subsystems/ops',
        ]),
    ),
    // libvirt's virtqemud/virtproxyd with listen in virtproxyd.conf and the --listen switch? The modular daemon's
    // legacy mode: virtproxyd --listen with listen_tcp = 1 and auth_tcp = "none" (virtproxyd(8) "-l, --listen").
    dev(
        "virtproxyd --listen, virtproxyd.conf listen_tcp = 1, auth_tcp = none",
        unit("dev-nsec27-rt87l", "/usr/sbin/virtproxyd --listen", [
            ...file("/etc/libvirt/virtproxyd.conf", ["listen_tcp = 1", 'auth_tcp = "none"']),
        ]),
    ),
    // libvirtd.conf's TLS listener with no client certificate check (libvirtd.conf "tls_no_verify_certificate = 1"
    // "Flag to disable verification of client certificates") and auth_tls = "none": any client with any certificate.
    // Was a MISS (fixed in round 87): LIBVIRT-TLS-NO-VERIFY (insecure accepted, got []): policy-pack/engine/userDataReaders/daemonConfigs.ts libvirtTcpListeners judges only listen_tcp/auth_tcp; the TLS listener is assumed to verify client certificates ("not judged here"), so tls_no_verify_certificate = 1 with auth_tls = "none" passes. Fix (general): read listen_tls (on by default with --listen) with tls_no_verify_certificate = 1 (or an empty tls_allowed_dn_list with a CA any pod can get a certificate from) and auth_tls = "none" as an unauthenticated qemu:///system listener, as auth_tcp = "none" is.
    dev(
        "libvirtd --listen, listen_tls = 1, tls_no_verify_certificate = 1, auth_tls = none",
        unit("dev-nsec28-rt87l", "/usr/sbin/libvirtd --listen", [
            ...file("/etc/libvirt/libvirtd.conf", [
                "listen_tls = 1",
                "tls_no_verify_certificate = 1",
                'auth_tls = "none"',
            ]),
        ]),
    ),
    // ---- F. controls and other writers ----
    // The round-86 reader's own case for dufs (control for dev-nsec1/19): bind 0.0.0.0 in the file -c names.
    dev(
        "dufs -c /opt/ops/dufs.yaml (bind: 0.0.0.0, serve-path /, allow-all)",
        unit("dev-nsec29-rt87l", "/usr/local/bin/dufs -c /opt/ops/dufs.yaml", [
            ...file("/opt/ops/dufs.yaml", ["serve-path: /", "bind: 0.0.0.0", "allow-all: true"]),
        ]),
    ),
    // The configuration written by echo rather than a heredoc (known text all the same).
    dev(
        "opsd --config /opt/ops/opsd.yaml written by echo (listen: 0.0.0.0:9000)",
        unit("dev-nsec30-rt87l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            "mkdir -p /opt/ops",
            "echo 'listen: 0.0.0.0:9000' > /opt/ops/opsd.yaml",
            "echo 'root: /' >> /opt/ops/opsd.yaml",
        ]),
    ),
    // ---- G. depth: initiator names are self-asserted ----
    // nvme-connect(1) "-q <hostnqn>, --hostnqn=<hostnqn> Overrides the default Host NQN": the NQN an nvmet
    // subsystem's allowed_hosts checks is whatever the initiator claims (no DH-HMAC-CHAP key set on the host entry),
    // so allow_any_host 0 with one allowed host still lets any pod on the network attach the node's disk.
    dev(
        "nvmet configfs: tcp 0.0.0.0, allow_any_host 0, allowed_hosts nqn.ops (no dhchap key), /dev/nvme0n1",
        script("dev-nsec31-rt87l", [
            "modprobe nvmet-tcp",
            "mkdir -p /sys/kernel/config/nvmet/hosts/nqn.2024-01.com.example:ops",
            "mkdir -p /sys/kernel/config/nvmet/subsystems/ops/namespaces/1",
            "echo 0 > /sys/kernel/config/nvmet/subsystems/ops/attr_allow_any_host",
            "ln -s /sys/kernel/config/nvmet/hosts/nqn.2024-01.com.example:ops /sys/kernel/config/nvmet/subsystems/ops/allowed_hosts/nqn.2024-01.com.example:ops",
            "echo -n /dev/nvme0n1 > /sys/kernel/config/nvmet/subsystems/ops/namespaces/1/device_path",
            "echo 1 > /sys/kernel/config/nvmet/subsystems/ops/namespaces/1/enable",
            "mkdir -p /sys/kernel/config/nvmet/ports/1",
            "echo tcp > /sys/kernel/config/nvmet/ports/1/addr_trtype",
            "echo ipv4 > /sys/kernel/config/nvmet/ports/1/addr_adrfam",
            "echo 0.0.0.0 > /sys/kernel/config/nvmet/ports/1/addr_traddr",
            "echo 4420 > /sys/kernel/config/nvmet/ports/1/addr_trsvcid",
            "ln -s /sys/kernel/config/nvmet/subsystems/ops /sys/kernel/config/nvmet/ports/1/subsystems/ops",
        ]),
    ),
    // The same by nvmetcli restore: allowed_hosts lists one NQN, no dhchap_key.
    dev(
        "nvmetcli restore /opt/ops/nvmet.json (tcp 0.0.0.0, allowed_hosts [nqn.ops], no dhchap key, /dev/nvme0n1)",
        script("dev-nsec32-rt87l", [
            ...file("/opt/ops/nvmet.json", [
                '{ "hosts": [ { "nqn": "nqn.2024-01.com.example:ops" } ],',
                '  "ports": [ { "addr": { "adrfam": "ipv4", "traddr": "0.0.0.0", "trsvcid": "4420", "trtype": "tcp" },',
                '  "portid": 1, "subsystems": [ "ops" ] } ],',
                '  "subsystems": [ { "allowed_hosts": [ "nqn.2024-01.com.example:ops" ], "attr": { "allow_any_host": "0" },',
                '  "namespaces": [ { "device": { "path": "/dev/nvme0n1" }, "enable": 1, "nsid": 1 } ], "nqn": "ops" } ] }',
            ]),
            "nvmetcli restore /opt/ops/nvmet.json",
        ]),
    ),
    // iscsiadm/open-iscsi: the initiator's name is /etc/iscsi/initiatorname.iscsi, chosen by the client; an LIO ACL
    // for one IQN with authentication 0 (no CHAP, targetcli "set attribute authentication=0") admits anyone who
    // claims that IQN. saveconfig.json at the default path target.service restores.
    dev(
        "/etc/target/saveconfig.json: iscsi 0.0.0.0:3260, node_acls [iqn.ops], authentication 0, /dev/nvme0n1",
        script("dev-nsec33-rt87l", [
            ...file("/etc/target/saveconfig.json", [
                '{ "storage_objects": [ { "dev": "/dev/nvme0n1", "name": "ops", "plugin": "block" } ],',
                '  "targets": [ { "fabric": "iscsi", "wwn": "iqn.2024-01.com.example:tgt", "tpgs": [ { "tag": 1, "enable": true,',
                '    "attributes": { "authentication": 0, "generate_node_acls": 0 },',
                '    "node_acls": [ { "node_wwn": "iqn.2024-01.com.example:ops", "mapped_luns": [ { "index": 0, "tpg_lun": 0 } ] } ],',
                '    "luns": [ { "index": 0, "storage_object": "/backstores/block/ops" } ],',
                '    "portals": [ { "ip_address": "0.0.0.0", "port": 3260 } ] } ] } ] }',
            ]),
            "systemctl enable --now target",
        ]),
    ),
    // LIO configfs portal on IPv6 every address (`[::]:3260`), demo mode.
    dev(
        "LIO configfs: iscsi portal [::]:3260, generate_node_acls 1, /dev/nvme0n1",
        script("dev-nsec34-rt87l", [
            "mkdir -p /sys/kernel/config/target/core/iblock_0/ops",
            "echo udev_path=/dev/nvme0n1 > /sys/kernel/config/target/core/iblock_0/ops/control",
            "echo 1 > /sys/kernel/config/target/core/iblock_0/ops/enable",
            "mkdir -p '/sys/kernel/config/target/iscsi/iqn.2024-01.com.example:ops/tpgt_1/np/[::]:3260'",
            "mkdir -p /sys/kernel/config/target/iscsi/iqn.2024-01.com.example:ops/tpgt_1/lun/lun_0",
            "ln -s /sys/kernel/config/target/core/iblock_0/ops /sys/kernel/config/target/iscsi/iqn.2024-01.com.example:ops/tpgt_1/lun/lun_0/ops",
            "echo 1 > /sys/kernel/config/target/iscsi/iqn.2024-01.com.example:ops/tpgt_1/attrib/generate_node_acls",
            "echo 0 > /sys/kernel/config/target/iscsi/iqn.2024-01.com.example:ops/tpgt_1/attrib/demo_mode_write_protect",
            "echo 1 > /sys/kernel/config/target/iscsi/iqn.2024-01.com.example:ops/tpgt_1/enable",
        ]),
    ),
    // Spring Boot "Externalized Configuration": `--spring.config.location=file:/opt/ops/application.properties`;
    // `server.address` ("Network address to which the server should bind") 0.0.0.0, a root actuator app with the
    // heapdump and env endpoints exposed.
    // Was a MISS (fixed in round 87): CONFIG-FILE-OPTION-SPELLING (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts unreadConfigFileListeners: CONFIG_FILE_OPTION knows no dotted spelling (`--spring.config.location`, `-Dspring.config.location`, `--config.file`) and a value must start with `/`, so a `file:` URI is skipped. Fix (general): read any option whose last dotted/dashed words are config(.file|.location|.path|.dir) as a configuration path, with `file:` URIs and comma lists (Spring: \"comma-separated list of locations\") taken as their paths.
    dev(
        "java -jar ops.jar --spring.config.location=file:/opt/ops/application.properties (server.address=0.0.0.0)",
        unit(
            "dev-nsec35-rt87l",
            "/usr/bin/java -jar /opt/ops/ops.jar --spring.config.location=file:/opt/ops/application.properties",
            [
                ...file("/opt/ops/application.properties", [
                    "server.address=0.0.0.0",
                    "server.port=8080",
                    "management.endpoints.web.exposure.include=*",
                ]),
            ],
        ),
    ),
    // ---- Round 87 fixes: neighbours (listeners.ts unreadConfigFileListeners, configFileSettings) ----
    // CONFIG-FILE-EMPTY-HOST: a URL with an empty host under a listen key (Go net.Listen: an empty host listens "on
    // all available unicast and anycast IP addresses of the local system").
    dev(
        "opsd --config /opt/ops/opsd.toml (http.listen = http://:8080)",
        unit("dev-nsec1-fix87", "/usr/local/bin/opsd --config /opt/ops/opsd.toml", [
            ...file("/opt/ops/opsd.toml", ["[http]", 'listen = "http://:8080"', 'root = "/"']),
        ]),
        /opsd reading \/opt\/ops\/opsd\.toml/,
    ),
    // CONFIG-FILE-BARE-PORT: a TOML `bind_addr` holding a port alone (no host: every address).
    dev(
        "opsd --config /opt/ops/opsd.toml (bind_addr = 9000)",
        unit("dev-nsec2-fix87", "/usr/local/bin/opsd --config /opt/ops/opsd.toml", [
            ...file("/opt/ops/opsd.toml", ["bind_addr = 9000", 'root = "/"']),
        ]),
        /opsd reading \/opt\/ops\/opsd\.toml/,
    ),
    // CONFIG-FILE-FORMAT-UNREAD: an XML attribute on IPv6's every address.
    dev(
        'opsd --config /opt/ops/opsd.xml (<http bind="[::]:8080"/>)',
        unit("dev-nsec3-fix87", "/usr/local/bin/opsd --config /opt/ops/opsd.xml", [
            ...file("/opt/ops/opsd.xml", ["<opsd>", '  <http bind="[::]:8080" root="/"/>', "</opsd>"]),
        ]),
        /opsd reading \/opt\/ops\/opsd\.xml/,
    ),
    // A format the reader does not parse (nginx-like `listen ADDR;` directives) holding every address: fail closed.
    // DECIDED (round 88): the format is read now (listeners.ts configFileSettings reads `Keyword value;` directives:
    // nginx ngx_http_core_module "listen address[:port]"), so the listener is refused by its address, not as unread.
    dev(
        "opsd --config /opt/ops/opsd.conf (listen 0.0.0.0:9000; in a block syntax)",
        unit("dev-nsec4-fix87", "/usr/local/bin/opsd --config /opt/ops/opsd.conf", [
            ...file("/opt/ops/opsd.conf", ["server {", "  listen 0.0.0.0:9000;", "  root /;", "}"]),
        ]),
        /opsd reading \/opt\/ops\/opsd\.conf on 0\.0\.0\.0:9000/,
    ),
    // CONFIG-FILE-OPTION-SPELLING: Spring Boot's `spring.config.additional-location` as a -D system property, an
    // `optional:file:` directory ("Externalized Configuration": a directory location ends in `/`).
    dev(
        "java -Dspring.config.additional-location=optional:file:/opt/ops/ -jar ops.jar (server.address=0.0.0.0)",
        unit(
            "dev-nsec5-fix87",
            "/usr/bin/java -Dspring.config.additional-location=optional:file:/opt/ops/ -jar /opt/ops/ops.jar",
            [...file("/opt/ops/application.properties", ["server.address=0.0.0.0", "server.port=8080"])],
        ),
        /reading \/opt\/ops\/application\.properties/,
    ),
    // A qualified config option naming an extensionless file user data wrote (`-agent-config FILE`).
    dev(
        "opsd -agent-config /opt/ops/agent (listen: 0.0.0.0:9000)",
        unit("dev-nsec6-fix87", "/usr/local/bin/opsd -agent-config /opt/ops/agent", [
            ...file("/opt/ops/agent", ["listen: 0.0.0.0:9000", "root: /"]),
        ]),
        /opsd reading \/opt\/ops\/agent/,
    ),
    // DEFAULT-PATH-UNKNOWN-CONTENT: /etc/PROGRAM/ downloaded, the daemon started by its unit with no option.
    dev(
        "curl -o /etc/opsd/opsd.yaml (unknown content), opsd started by a unit",
        unit("dev-nsec7-fix87", "/usr/local/bin/opsd", [
            "mkdir -p /etc/opsd",
            "curl -fsSL -o /etc/opsd/opsd.yaml https://config.example.com/opsd.yaml",
        ]),
        /opsd \(\/etc\/opsd\/opsd\.yaml, a configuration the pack cannot read\)/,
    ),
    // CONFIG-DROP-IN-DIR-UNREAD: /etc/PROGRAM.d/ with the node's address computed by an unquoted heredoc.
    dev(
        "/etc/opsd.d/listen.toml (listen = $NODE_IP:9000, unquoted heredoc), opsd",
        unit("dev-nsec8-fix87", "/usr/local/bin/opsd", [
            'NODE_IP="$(hostname -i)"',
            ...expanded("/etc/opsd.d/listen.toml", ['listen = "$NODE_IP:9000"']),
        ]),
        /opsd reading \/etc\/opsd\.d\/listen\.toml/,
    ),
    // ---- Round 87 fixer's neighbours (insecure) ----
    // systemd.service(5) "Command lines": `$FOO` from an EnvironmentFile= (systemd.exec(5): "Settings from these files
    // override settings made with Environment=") splits into words: `-c FILE` reaches dufs as from Environment=.
    dev(
        "dufs $OPTS with EnvironmentFile=/etc/default/ops (OPTS=-c /opt/ops/dufs.yaml, bind 0.0.0.0)",
        unit(
            "dev-nsec1-fix87b",
            "/usr/local/bin/dufs $OPTS",
            [
                ...file("/etc/default/ops", ['OPTS="-c /opt/ops/dufs.yaml"']),
                ...file("/opt/ops/dufs.yaml", ["serve-path: /", "bind: 0.0.0.0", "allow-all: true"]),
            ],
            ["EnvironmentFile=/etc/default/ops"],
        ),
    ),
    // A program-prefixed configuration variable (code-server's CODE_SERVER_CONFIG convention, PROG_CONFIG): opsd's
    // file listens on every address.
    dev(
        "opsd as root, Environment=OPSD_CONFIG=/opt/ops/opsd.yaml (listen: 0.0.0.0:9000)",
        unit(
            "dev-nsec2-fix87b",
            "/usr/local/bin/opsd",
            [...file("/opt/ops/opsd.yaml", ["listen: 0.0.0.0:9000", "root: /"])],
            ["Environment=OPSD_CONFIG=/opt/ops/opsd.yaml"],
        ),
    ),
    // targetctl(8) "restore [config-file]" of a file downloaded at boot: a configuration the pack cannot read (fail
    // closed, as targetcli restoreconfig and nvmetcli restore of one are).
    dev(
        "targetctl restore of a downloaded /opt/ops/lio.json",
        script("dev-nsec3-fix87b", [
            "curl -fsSL -o /opt/ops/lio.json https://config.example.com/lio.json",
            "targetctl restore /opt/ops/lio.json",
        ]),
    ),
    // libvirtd.conf: listen_tls "is enabled by default" with --listen; tls_no_verify_certificate = 1 and auth_tls
    // left at its default "none": any client with any certificate.
    dev(
        "libvirtd --listen, tls_no_verify_certificate = 1 (listen_tls and auth_tls defaults)",
        unit("dev-nsec4-fix87b", "/usr/sbin/libvirtd --listen", [
            ...file("/etc/libvirt/libvirtd.conf", ["tls_no_verify_certificate = 1"]),
        ]),
    ),
    // tee(1) of a literal-variable path to an nvmet tcp port on every address, allow_any_host: the same target as
    // `>` writes (dev-nsec25), now read by its text.
    dev(
        'nvmet configfs by tee "$P/..." (tcp 0.0.0.0, allow_any_host)',
        script("dev-nsec5-fix87b", [
            "S=/sys/kernel/config/nvmet/subsystems/ops",
            "P=/sys/kernel/config/nvmet/ports/1",
            'mkdir -p "$S/namespaces/1" "$P"',
            'echo 1 | tee "$S/attr_allow_any_host"',
            'echo -n /dev/nvme0n1 | tee "$S/namespaces/1/device_path"',
            'echo tcp | tee "$P/addr_trtype"',
            'echo 0.0.0.0 | tee "$P/addr_traddr"',
            'ln -s "$S" "$P/subsystems/ops"',
        ]),
    ),
];

const secure: NodeCase[] = [
    // dufs bound to loopback by its configuration file (dufs -b), a public directory read-only.
    dev(
        "dufs -c /opt/ops/dufs.yaml (bind 127.0.0.1, serve /usr/share/ops/pub)",
        unit("dev-nsec1s-rt87l", "/usr/local/bin/dufs -c /opt/ops/dufs.yaml", [
            "mkdir -p /usr/share/ops/pub",
            ...file("/opt/ops/dufs.yaml", ["serve-path: /usr/share/ops/pub", "bind: 127.0.0.1", "port: 5000"]),
        ]),
    ),
    // dufs -b of a unix socket (README "-b, --bind <addrs> Specify bind address or unix socket") under /run/ops
    // (root 0700): no network listener.
    dev(
        "dufs -b /run/ops/dufs.sock /usr/share/ops/pub",
        unit("dev-nsec2s-rt87l", "/usr/local/bin/dufs -b /run/ops/dufs.sock /usr/share/ops/pub", [
            "mkdir -p /usr/share/ops/pub",
            "install -d -m 0700 /run/ops",
        ]),
    ),
    // An XML configuration listening on loopback, attribute form.
    dev(
        "opsfiled --config /opt/ops/srv.xml (listener address 127.0.0.1)",
        unit("dev-nsec3s-rt87l", "/usr/local/bin/opsfiled --config /opt/ops/srv.xml", [
            ...file("/opt/ops/srv.xml", [
                "<server>",
                '  <listener address="127.0.0.1" port="2022"/>',
                '  <share path="/usr/share/ops/pub"/>',
                "</server>",
            ]),
        ]),
    ),
    // YAML with the listen key on ::1 (ipv6(7): ::1 is loopback).
    dev(
        "opsd --config /opt/ops/opsd.yaml (listen: '[::1]:9000')",
        unit("dev-nsec4s-rt87l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            ...file("/opt/ops/opsd.yaml", ['listen: "[::1]:9000"', "root: /usr/share/ops/pub"]),
        ]),
    ),
    // A config file whose only address is a client's far end (upstream) with the listen on loopback.
    dev(
        "opsd --config /opt/ops/opsd.toml (listen 127.0.0.1:9000, upstream_addr 10.0.0.10:443)",
        unit("dev-nsec5s-rt87l", "/usr/local/bin/opsd --config /opt/ops/opsd.toml", [
            ...file("/opt/ops/opsd.toml", ['listen = "127.0.0.1:9000"', 'upstream_addr = "10.0.0.10:443"']),
        ]),
    ),
    // A unix socket as the listen value (unix(7): reached only through the file system; /run/ops root 0700).
    dev(
        "opsd --config /opt/ops/opsd.yaml (listen: unix:/run/ops/opsd.sock)",
        unit("dev-nsec6s-rt87l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            "install -d -m 0700 /run/ops",
            ...file("/opt/ops/opsd.yaml", ["listen: unix:/run/ops/opsd.sock", "root: /usr/share/ops/pub"]),
        ]),
    ),
    // nvmet "loop" transport via configfs written by tee (nvmetcli README: "loop" needs no network).
    // Was a MISS (fixed in round 87): TEE-WRITE-UNREAD (secure refused, refused as 'an in-kernel target configured by writing ... (configfs writes the pack cannot read)' and as writes to '/<unknown>/attr_allow_any_host, ... which may be /etc/sudoers.d/...'): policy-pack/engine/userDataReaders/daemonConfigs.ts targetConfigfsListeners takes a file's text from view.text, which knows `>` redirects but not `echo V | tee FILE` (the value is undefined, so the tree fails closed); and rootWrites.ts resolves `tee "$S/x"`'s operand as an unknown path although S holds a literal (the same `>` write resolves, dev-nsec15s-rt87l). Fix (general): give tee (and `dd of=`, `cp /dev/stdin`) of a known standard input the same known text and the same variable-resolved path as a `>` redirect, one writer model for all of them.
    dev(
        "nvmet configfs loop transport by tee, file-backed namespace",
        script("dev-nsec7s-rt87l", [
            "modprobe nvme-loop",
            "truncate -s 1G /var/lib/ops-nvme.img",
            "S=/sys/kernel/config/nvmet/subsystems/ops",
            'mkdir -p "$S/namespaces/1" /sys/kernel/config/nvmet/ports/1',
            'echo 1 | tee "$S/attr_allow_any_host"',
            'printf %s /var/lib/ops-nvme.img | tee "$S/namespaces/1/device_path"',
            "echo loop | tee /sys/kernel/config/nvmet/ports/1/addr_trtype",
            'ln -s "$S" /sys/kernel/config/nvmet/ports/1/subsystems/ops',
        ]),
    ),
    // LIO loopback fabric (tcm_loop: "a local SCSI target", no network): a file-backed LUN seen by the node itself.
    dev(
        "LIO configfs: fileio on the tcm_loop fabric (no network)",
        script("dev-nsec8s-rt87l", [
            "modprobe tcm_loop",
            "truncate -s 1G /var/lib/ops-lun.img",
            "mkdir -p /sys/kernel/config/target/core/fileio_0/ops",
            "echo fd_dev_name=/var/lib/ops-lun.img,fd_dev_size=1073741824 > /sys/kernel/config/target/core/fileio_0/ops/control",
            "echo 1 > /sys/kernel/config/target/core/fileio_0/ops/enable",
            "L=/sys/kernel/config/target/loopback/naa.5001405000000001/tpgt_1",
            'mkdir -p "$L/lun/lun_0"',
            'ln -s /sys/kernel/config/target/core/fileio_0/ops "$L/lun/lun_0/ops"',
        ]),
    ),
    // libvirtd.conf with its unix socket group-restricted (unix_sock_group = "libvirt", perms 0770), no TCP.
    dev(
        "libvirtd.conf unix_sock_group = libvirt, unix_sock_rw_perms = 0770",
        script("dev-nsec9s-rt87l", [
            "dnf install -y libvirt-daemon-kvm",
            ...file("/etc/libvirt/libvirtd.conf", ['unix_sock_group = "libvirt"', 'unix_sock_rw_perms = "0770"']),
            "systemctl enable --now libvirtd",
        ]),
    ),
    // libvirtd --listen with TLS and client-certificate checks on (the packaged defaults: tls_no_verify_certificate
    // 0, tls_allowed_dn_list), listen_addr loopback.
    dev(
        "libvirtd --listen, listen_tls = 1, listen_addr = 127.0.0.1",
        unit("dev-nsec10s-rt87l", "/usr/sbin/libvirtd --listen", [
            ...file("/etc/libvirt/libvirtd.conf", ["listen_tls = 1", "listen_tcp = 0", 'listen_addr = "127.0.0.1"']),
        ]),
    ),
    // code-server via CODE_SERVER_CONFIG with loopback bind and password auth, as ec2-user.
    dev(
        "code-server, CODE_SERVER_CONFIG=/opt/ops/cs.yaml (bind-addr 127.0.0.1:8080), User=ec2-user",
        unit(
            "dev-nsec11s-rt87l",
            "/usr/bin/code-server",
            [...file("/opt/ops/cs.yaml", ["bind-addr: 127.0.0.1:8080", "auth: password", "cert: false"])],
            ["User=ec2-user", "Environment=CODE_SERVER_CONFIG=/opt/ops/cs.yaml"],
        ),
    ),
    // A Go-style flag naming a loopback config (-config=).
    dev(
        "opsd -config=/opt/ops/opsd.yaml (listen: 127.0.0.1:9000)",
        unit("dev-nsec12s-rt87l", "/usr/local/bin/opsd -config=/opt/ops/opsd.yaml", [
            ...file("/opt/ops/opsd.yaml", ["listen: 127.0.0.1:9000", "root: /usr/share/ops/pub"]),
        ]),
    ),
    // /etc/buildkit/buildkitd.toml over a loopback TCP address and the unix socket.
    dev(
        "/etc/buildkit/buildkitd.toml address = [unix socket, tcp://127.0.0.1:1234]",
        unit("dev-nsec13s-rt87l", "/usr/local/bin/buildkitd", [
            ...file("/etc/buildkit/buildkitd.toml", [
                "[grpc]",
                '  address = [ "unix:///run/buildkit/buildkitd.sock", "tcp://127.0.0.1:1234" ]',
            ]),
        ]),
    ),
    // The loop transport again, each attribute written by tee on a literal path (tee(1) "copy standard input to each
    // FILE": the file's text is echo's output, as with `>`).
    // Was a MISS (fixed in round 87): TEE-WRITE-UNREAD (secure refused, refused as 'an in-kernel target configured by writing /sys/kernel/config/nvmet/ports/1/addr_trtype, ... (configfs writes the pack cannot read)'): policy-pack/engine/userDataReaders/daemonConfigs.ts targetConfigfsListeners takes each attribute's text from view.text, which has none for `echo V | tee FILE`, so a loop-transport target fails closed. Fix (general): give tee of a known standard input (an echo/printf pipeline) the written text, as a `>` redirect of the same command has.
    dev(
        "nvmet configfs loop transport, tee on literal paths",
        script("dev-nsec14s-rt87l", [
            "modprobe nvme-loop",
            "truncate -s 1G /var/lib/ops-nvme.img",
            "mkdir -p /sys/kernel/config/nvmet/subsystems/ops/namespaces/1 /sys/kernel/config/nvmet/ports/1",
            "echo 1 | tee /sys/kernel/config/nvmet/subsystems/ops/attr_allow_any_host",
            "echo -n /var/lib/ops-nvme.img | tee /sys/kernel/config/nvmet/subsystems/ops/namespaces/1/device_path",
            "echo loop | tee /sys/kernel/config/nvmet/ports/1/addr_trtype",
            "ln -s /sys/kernel/config/nvmet/subsystems/ops /sys/kernel/config/nvmet/ports/1/subsystems/ops",
        ]),
    ),
    // The loop transport with the subsystem's path in a shell variable assigned a literal, written by `>`.
    dev(
        'nvmet configfs loop transport, S=literal, echo > "$S/..."',
        script("dev-nsec15s-rt87l", [
            "modprobe nvme-loop",
            "truncate -s 1G /var/lib/ops-nvme.img",
            "S=/sys/kernel/config/nvmet/subsystems/ops",
            'mkdir -p "$S/namespaces/1" /sys/kernel/config/nvmet/ports/1',
            'echo 1 > "$S/attr_allow_any_host"',
            'echo -n /var/lib/ops-nvme.img > "$S/namespaces/1/device_path"',
            "echo loop > /sys/kernel/config/nvmet/ports/1/addr_trtype",
            'ln -s "$S" /sys/kernel/config/nvmet/ports/1/subsystems/ops',
        ]),
    ),
    // Syncthing's configuration directory by STCONFDIR with the GUI on loopback, run as its own user.
    dev(
        "syncthing, STCONFDIR=/var/lib/st/cfg (gui address 127.0.0.1:8384), User=syncthing",
        unit(
            "dev-nsec16s-rt87l",
            "/usr/bin/syncthing serve --no-browser",
            [
                "useradd --system --home-dir /var/lib/st --create-home syncthing",
                ...file("/var/lib/st/cfg/config.xml", [
                    '<configuration version="37">',
                    '  <gui enabled="true" tls="false">',
                    "    <address>127.0.0.1:8384</address>",
                    "  </gui>",
                    "</configuration>",
                ]),
                "chown -R syncthing: /var/lib/st",
            ],
            ["User=syncthing", "Environment=STCONFDIR=/var/lib/st/cfg"],
        ),
    ),
    // dufs bound by its configuration to both loopback addresses (a YAML list).
    dev(
        "dufs -c /opt/ops/dufs.yaml (bind: [127.0.0.1, ::1])",
        unit("dev-nsec17s-rt87l", "/usr/local/bin/dufs -c /opt/ops/dufs.yaml", [
            "mkdir -p /usr/share/ops/pub",
            ...file("/opt/ops/dufs.yaml", [
                "serve-path: /usr/share/ops/pub",
                "bind:",
                "  - 127.0.0.1",
                '  - "::1"',
                "port: 5000",
            ]),
        ]),
    ),
    // ---- Round 87 fixes: neighbours (listeners.ts unreadConfigFileListeners, configFileSettings) ----
    // A loopback HOST:PORT, bare (unquoted YAML), under the listen key a Go-style -config= names.
    dev(
        "opsd -config=/opt/ops/opsd.yaml (listen: 127.0.0.1:9000, unquoted)",
        unit("dev-nsec1s-fix87", "/usr/local/bin/opsd -config=/opt/ops/opsd.yaml", [
            ...file("/opt/ops/opsd.yaml", ["listen: 127.0.0.1:9000", "root: /usr/share/ops/pub"]),
        ]),
    ),
    // ipv6(7) ::1 in a TOML inline table (TOML v1.0.0 "Inline Table").
    dev(
        'opsd --config /opt/ops/opsd.toml (server = { bind = "[::1]:9000" })',
        unit("dev-nsec2s-fix87", "/usr/local/bin/opsd --config /opt/ops/opsd.toml", [
            ...file("/opt/ops/opsd.toml", ['server = { bind = "[::1]:9000", port = 9000 }']),
        ]),
    ),
    // A unix socket path as the listen value (unix(7)), named by -c of an extensionless file.
    dev(
        "opsd -c /opt/ops/opsd (listen: /run/ops/opsd.sock)",
        unit("dev-nsec3s-fix87", "/usr/local/bin/opsd -c /opt/ops/opsd", [
            "install -d -m 0700 /run/ops",
            ...file("/opt/ops/opsd", ["listen: /run/ops/opsd.sock", "root: /usr/share/ops/pub"]),
        ]),
    ),
    // Spring Boot's spring.config.location with server.address on loopback.
    dev(
        "java -jar ops.jar --spring.config.location=file:/opt/ops/application.properties (server.address=127.0.0.1)",
        unit(
            "dev-nsec4s-fix87",
            "/usr/bin/java -jar /opt/ops/ops.jar --spring.config.location=file:/opt/ops/application.properties",
            [...file("/opt/ops/application.properties", ["server.address=127.0.0.1", "server.port=8080"])],
        ),
    ),
    // A default-path file with a computed value under a key that is no address (a data directory), loopback listen.
    dev(
        "/etc/opsd/opsd.yaml (data_dir: $DIR, unquoted heredoc; listen 127.0.0.1:9000), opsd",
        unit("dev-nsec5s-fix87", "/usr/local/bin/opsd", [
            'DIR="/var/lib/$(hostname -s)"',
            ...expanded("/etc/opsd/opsd.yaml", ["data_dir: $DIR", "listen: 127.0.0.1:9000"]),
        ]),
    ),
    // ---- Round 87 fixer's neighbours (secure) ----
    // The same $OPTS from an EnvironmentFile=, the file -c names bound to loopback.
    dev(
        "dufs $OPTS with EnvironmentFile=/etc/default/ops (OPTS=-c /opt/ops/dufs.yaml, bind 127.0.0.1)",
        unit(
            "dev-nsec1s-fix87b",
            "/usr/local/bin/dufs $OPTS",
            [
                "mkdir -p /usr/share/ops/pub",
                ...file("/etc/default/ops", ['OPTS="-c /opt/ops/dufs.yaml"']),
                ...file("/opt/ops/dufs.yaml", ["serve-path: /usr/share/ops/pub", "bind: 127.0.0.1", "port: 5000"]),
            ],
            ["EnvironmentFile=/etc/default/ops"],
        ),
    ),
    // OPSD_CONFIG naming a loopback configuration, as root.
    dev(
        "opsd as root, Environment=OPSD_CONFIG=/opt/ops/opsd.yaml (listen: 127.0.0.1:9000)",
        unit(
            "dev-nsec2s-fix87b",
            "/usr/local/bin/opsd",
            [...file("/opt/ops/opsd.yaml", ["listen: 127.0.0.1:9000", "root: /usr/share/ops/pub"])],
            ["Environment=OPSD_CONFIG=/opt/ops/opsd.yaml"],
        ),
    ),
    // targetctl restore of a tcm_loop (loopback fabric: "a local SCSI target", no network) configuration.
    dev(
        "targetctl restore /opt/ops/lio.json (loopback fabric only)",
        script("dev-nsec3s-fix87b", [
            ...file("/opt/ops/lio.json", [
                '{ "storage_objects": [ { "dev": "/var/lib/ops-lun.img", "name": "ops", "plugin": "fileio" } ],',
                '  "targets": [ { "fabric": "loopback", "wwn": "naa.5001405000000001", "tpgs": [ { "tag": 1,',
                '    "luns": [ { "index": 0, "storage_object": "/backstores/fileio/ops" } ] } ] } ] }',
            ]),
            "targetctl restore /opt/ops/lio.json",
        ]),
    ),
    // tls_no_verify_certificate = 1 but SASL on the TLS socket (libvirtd.conf auth_tls = "sasl"): clients still log in.
    dev(
        "libvirtd --listen, tls_no_verify_certificate = 1, auth_tls = sasl",
        unit("dev-nsec4s-fix87b", "/usr/sbin/libvirtd --listen", [
            ...file("/etc/libvirt/libvirtd.conf", [
                "listen_tls = 1",
                "tls_no_verify_certificate = 1",
                'auth_tls = "sasl"',
            ]),
        ]),
    ),
    // The loop transport with both the subsystem's and the port's paths in literal variables, written by tee.
    dev(
        'nvmet configfs loop transport, tee "$P/addr_trtype" with P a literal',
        script("dev-nsec5s-fix87b", [
            "modprobe nvme-loop",
            "truncate -s 1G /var/lib/ops-nvme.img",
            "S=/sys/kernel/config/nvmet/subsystems/ops",
            "P=/sys/kernel/config/nvmet/ports/1",
            'mkdir -p "$S/namespaces/1" "$P"',
            'echo 1 | tee "$S/attr_allow_any_host"',
            'echo -n /var/lib/ops-nvme.img | tee "$S/namespaces/1/device_path"',
            'echo loop | tee "$P/addr_trtype"',
            'ln -s "$S" "$P/subsystems/ops"',
        ]),
    ),
];

describeNodeCases("red team round 87: node listeners (nsec)", insecure, secure);
