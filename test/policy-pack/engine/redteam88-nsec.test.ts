// Red-team round 88 (fresh eyes) on EKS NODE security, area nsec (listeners, suffix -rt88l).
// Probed (neighbours of round 87's unreadConfigFileListeners fixes, and new classes): listen keys a configuration file
// spells without a listen/bind/host/addr word (camelCase `httpListenAddr`, Dex's `web.http`, Consul's
// `addresses.http` in JSON and HCL blocks); formats the reader does not parse (nginx-style `listen *:9000;`, `listen
// 9000;`, the full-zero IPv6 spelling, sshd-style `ListenAddress ::`); INI empty values; JSON5 and extensionless files
// at the default path; includes (`include:`, TOML `imports` globs); binds by environment variables (BIND_ADDR=:PORT,
// PROG_LISTEN=PORT, HOST=""); a unit's `$VAR`/`${VAR}` from Environment=/EnvironmentFile= (quoted multi-assignments,
// `-`-prefixed optional files, unit drop-ins); PROG_CONFIG exported by the script; `--confdir`, `-config.file`;
// writers (`echo V | tee`, `tee <<EOF`, `>>`, envsubst, ln -s onto the default path); servers whose default bind is
// every address (dufs by file, darkhttpd, static-web-server, goshs); socket activation of an unread server
// (ListenStream=PORT, [::]:PORT); host-network containers (a kubelet file server, / over http.server, an IMDS relay);
// virtproxyd-tls.socket with tls_no_verify_certificate; targetctl restore on `::`; YAML anchors and merge keys.
// Secure twins: loopback/::1/unix-socket binds in each spelling, loopback socket units, loopback containers,
// node_exporter on loopback, tee/echo-written loopback configurations, YAML aliases of loopback, client far ends.
// Misses (21 insecure accepted, 1 insecure refused only for a wrong reason, 3 secure refused):
// - insecure, CONFIG-FILE-CAMELCASE-KEY (2): dev-nsec1/5-rt88l (httpListenAddr ':8428', grpcBindAddress $NODE_IP).
// - insecure, CONFIG-FILE-EVERY-ADDRESS-ANY-KEY (3): dev-nsec2/3/4-rt88l (Dex web.http ':5556', Consul
//   addresses.http 0.0.0.0 in JSON and in HCL blocks).
// - insecure, CONFIG-FILE-FORMAT-UNREAD (4): dev-nsec6/7/8/9-rt88l (`listen *:9000;`, `listen 9000;`,
//   `[0:0:0:0:0:0:0:0]:9000`, `ListenAddress ::`: unparsedAddress knows only 0.0.0.0, [::], SUBSTITUTED).
// - insecure, CONFIG-FILE-EMPTY-INI-VALUE (1): dev-nsec10-rt88l (`bind =`).
// - insecure, DEFAULT-PATH-EXTENSION (2): dev-nsec11/12-rt88l (/etc/opsd/opsd.json5, /etc/opsd/config; the json5
//   case is refused today only through the COMMENT-READ-AS-PATH false reading below).
// - insecure, CONFIG-INCLUDE-UNREAD (2): dev-nsec13/14-rt88l (`include:`, TOML `imports` glob).
// - insecure, ENV-BIND-BARE-PORT (1), ENV-BIND-EMPTY-HOST (1): dev-nsec16/17-rt88l (OPSD_LISTEN=9000, HOST="").
// - insecure, CONFIG-PATH-BY-ENVIRONMENT (1): dev-nsec23-rt88l (export OPSD_CONFIG; nohup opsd &).
// - insecure, CONFIG-FILE-OPTION-SPELLING (1): dev-nsec24-rt88l (`--confdir`).
// - insecure, LISTEN-BY-DEFAULT-UNREAD (1): dev-nsec30-rt88l (dufs -c FILE with serve-path / and no bind).
// - insecure, SOCKET-ACTIVATED-UNREAD-SERVER (2): dev-nsec34/35-rt88l (ListenStream=9000, [::]:9000 → opsd).
// - insecure, LIBVIRT-TLS-NO-VERIFY (1): dev-nsec38-rt88l (virtproxyd-tls.socket, no --listen).
// - secure, APPEND-WRITE-UNREAD (2): dev-nsec18s/25s-rt88l (`tee -a`, `>>` of known text: file read as unknown).
// - secure, COMMENT-READ-AS-PATH (1): dev-nsec26s-rt88l (JSON5 `// comment` read as the directory `/`).
// Held: 20 of 42 insecure refused (BIND_ADDR=:PORT, $LISTEN/${LISTEN} from EnvironmentFile=/Environment=, quoted
// multi-assignment OPTS, EnvironmentFile=-, unit drop-in OPTS, -config.file with `""`, echo|tee (fail closed), tee
// heredoc, envsubst (fail closed), ln -s onto the default path, darkhttpd/static-web-server/goshs of / (keepers'
// rule), host-network containers (copy and IMDS-relay rules), targetctl on ::, YAML merge key and alias);
// 23 of 26 secure clean.
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

/** A socket unit ops.socket (`socket` lines) whose ops.service (Accept=no: it is handed the listening socket) runs `exec`. */
const socketUnit = (socket: string[], exec: string) => [
    ...file("/etc/systemd/system/ops.socket", ["[Socket]", ...socket, "[Install]", "WantedBy=sockets.target"]),
    ...file("/etc/systemd/system/ops.service", ["[Service]", `ExecStart=${exec}`]),
    "systemctl daemon-reload",
    "systemctl enable --now ops.socket",
];

const insecure: NodeCase[] = [
    // ---- A. listen keys a config file spells without a listen/bind/host/addr word of its own ----
    // A camelCase key (VictoriaMetrics "-httpListenAddr ... (default \":8428\")", the same name in a YAML file): Go's
    // empty host `:PORT` is every address (pkg.go.dev net.Listen: "If the host in the address parameter is empty ...
    // Listen listens on all available unicast and anycast IP addresses of the local system").
    // MISS: CONFIG-FILE-CAMELCASE-KEY (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts fileSettingBeyondLoopback and settingBeyondLoopback find listen/bind only at a word start (`(^|[._-])(listen|bind)`) and host/addr/address/ip only as whole words split on non-alphanumerics, so a camelCase key (`httpListenAddr`) holding Go's empty host `:8428` is no address key. Fix (general): split keys into words at camelCase boundaries (a lower-case letter or digit followed by an upper-case one) as well as at `.`/`_`/`-` before matching listen/bind/host/addr/address/ip.
    dev(
        "opsd --config /opt/ops/opsd.yaml (httpListenAddr: ':8428', camelCase)",
        unit("dev-nsec1-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            ...file("/opt/ops/opsd.yaml", ['httpListenAddr: ":8428"', "root: /usr/share/ops/pub"]),
        ]),
        /./,
        true,
    ),
    // Dex "Configuration" (dexidp.io docs: `web: http: 0.0.0.0:5556`): the HTTP listen address is under `web.http`,
    // a key with no address word; an empty host there is every address.
    // MISS: CONFIG-FILE-EVERY-ADDRESS-ANY-KEY (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts fileSettingBeyondLoopback needs an address key and settingBeyondLoopback/fileBind keep `:PORT` only under listen/bind/addr keys, so Dex's `web.http: ":5556"` (a key naming the protocol, not the address) is dropped. Fix (general): in a file the program is given, an empty host (`:PORT`, `""` with a port sibling) or an unspecified address (0.0.0.0, ::, in any spelling) under ANY key that is not a client's (clientSetting, REMOTE_END_OPTION) nor advertised is a bind: no client dials every address or an empty host.
    dev(
        "opsd --config /opt/ops/opsd.yaml (web: http: ':5556', Dex-style)",
        unit("dev-nsec2-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            ...file("/opt/ops/opsd.yaml", ["web:", '  http: ":5556"', "storage:", "  root: /usr/share/ops/pub"]),
        ]),
        /./,
        true,
    ),
    // Consul "Agent configuration" `addresses` ("bind addresses ... http - The HTTP API"; JSON form), every address
    // with no port in the value (the port is under `ports.http`).
    // MISS: CONFIG-FILE-EVERY-ADDRESS-ANY-KEY (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts settingBeyondLoopback counts 0.0.0.0 without a port only under an address key (`addresses.http`: the word `addresses` is not `address`), and unparsedAddress sees the value read, so the file passes. Fix (general): as dev-nsec2-rt88l: an unspecified address under any non-client key of a file the program is given is a bind (and plural address words, `addresses`, are address keys).
    dev(
        'opsd -config-file=/opt/ops/agent.json ({"addresses": {"http": "0.0.0.0"}})',
        unit("dev-nsec3-rt88l", "/usr/local/bin/opsd -config-file=/opt/ops/agent.json", [
            ...file("/opt/ops/agent.json", [
                '{ "addresses": { "http": "0.0.0.0" }, "ports": { "http": 8500 },',
                '  "enable_script_checks": true }',
            ]),
        ]),
        /./,
        true,
    ),
    // The same in HCL blocks across lines (Consul's agent.hcl form `addresses { http = "0.0.0.0" }`).
    // MISS: CONFIG-FILE-EVERY-ADDRESS-ANY-KEY (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts configFileSettings' line form reads HCL block bodies without their block name (`http = "0.0.0.0"` keyed `http`), so neither settingBeyondLoopback nor fileSettingBeyondLoopback sees an address key, and unparsedAddress finds the value read. Fix (general): keep the enclosing block names of HCL/nginx-style `name {` blocks in the line form's key (`addresses.http`), and judge an unspecified address under any non-client key as a bind.
    dev(
        "opsd -config-file=/opt/ops/agent.hcl (addresses { http = 0.0.0.0 } block over lines)",
        unit("dev-nsec4-rt88l", "/usr/local/bin/opsd -config-file=/opt/ops/agent.hcl", [
            ...file("/opt/ops/agent.hcl", [
                "addresses {",
                '  http = "0.0.0.0"',
                "}",
                "ports {",
                "  http = 8500",
                "}",
                "enable_script_checks = true",
            ]),
        ]),
        /./,
        true,
    ),
    // A camelCase bind key (bind not at a word start) holding the node's address computed by the shell.
    // MISS: CONFIG-FILE-CAMELCASE-KEY (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts fileSettingBeyondLoopback: `grpcBindAddress` matches neither `(^|[._-])(listen|bind)` nor a whole host/addr/address/ip word, so a computed (SUBSTITUTED) node address under it is dropped. Fix (general): split camelCase keys into words before matching (as for dev-nsec1-rt88l).
    dev(
        "opsd --config /opt/ops/opsd.yaml (grpcBindAddress: $NODE_IP:9000, unquoted heredoc)",
        unit("dev-nsec5-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            'NODE_IP="$(hostname -i)"',
            ...expanded("/opt/ops/opsd.yaml", ['grpcBindAddress: "$NODE_IP:9000"', "root: /usr/share/ops/pub"]),
        ]),
        /./,
        true,
    ),
    // ---- B. formats the reader does not parse, holding every address in spellings unparsedAddress does not look for ----
    // nginx "listen": "listen *:8000;", "listen 8000;" ("If only address is given, the port 80 is used"; a port alone
    // listens on every address): a block syntax whose `listen` directive has no `=` or `:` after it.
    // MISS: CONFIG-FILE-FORMAT-UNREAD (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts configFileSettings' line form needs `=` or `:` after the key, so nginx-style `listen *:9000;` is no setting, and unparsedAddress looks only for `0.0.0.0`, `[::]` and SUBSTITUTED, not `*:PORT`. Fix (general): read `directive value;` lines (nginx "listen", sshd_config(5) keyword-argument pairs) as key/value, and widen unparsedAddress to every every-address spelling (allAddressesValue, `*:PORT`, `:PORT`, any zero IPv6) and a bare port after a listen directive.
    dev(
        "opsd --config /opt/ops/opsd.conf (server { listen *:9000; root /usr/share/ops/pub; })",
        unit("dev-nsec6-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.conf", [
            ...file("/opt/ops/opsd.conf", ["server {", "  listen *:9000;", "  root /usr/share/ops/pub;", "}"]),
        ]),
        /./,
        true,
    ),
    // MISS: CONFIG-FILE-FORMAT-UNREAD (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts configFileSettings does not read `listen 9000;` (no `=`/`:`), and unparsedAddress has no rule for a bare port after `listen` (nginx "listen": a port alone listens on every address). Fix (general): as dev-nsec6-rt88l.
    dev(
        "opsd --config /opt/ops/opsd.conf (server { listen 9000; root /usr/share/ops/pub; })",
        unit("dev-nsec7-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.conf", [
            ...file("/opt/ops/opsd.conf", ["server {", "  listen 9000;", "  root /usr/share/ops/pub;", "}"]),
        ]),
        /./,
        true,
    ),
    // RFC 4291 §2.2 / §2.5.2: the unspecified address written in full (0:0:0:0:0:0:0:0) in an unparsed block syntax.
    // MISS: CONFIG-FILE-FORMAT-UNREAD (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts unparsedAddress matches the literal text `[::]` only; the unspecified address written in full (`[0:0:0:0:0:0:0:0]`, RFC 4291 §2.2) in an unparsed format is not seen. Fix (general): test every address-like token of an unparsed file with allAddressesValue (which already reads every IPv6 spelling through unspecifiedHost) rather than a fixed regex.
    dev(
        "opsd --config /opt/ops/opsd.conf (listen [0:0:0:0:0:0:0:0]:9000; in a block)",
        unit("dev-nsec8-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.conf", [
            ...file("/opt/ops/opsd.conf", [
                "server {",
                "  listen [0:0:0:0:0:0:0:0]:9000;",
                "  root /usr/share/ops/pub;",
                "}",
            ]),
        ]),
        /./,
        true,
    ),
    // sshd_config(5)-style `Keyword value` lines (whitespace-separated): `ListenAddress ::` (IPv6 every address).
    // MISS: CONFIG-FILE-FORMAT-UNREAD (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts configFileSettings' kv regex reads `ListenAddress ::` as key ListenAddress with value `:` (the first `:` taken as the separator), and unparsedAddress does not look for a bare `::`. Fix (general): read whitespace-separated `Keyword value` lines (sshd_config(5): "keyword-argument pairs") before the `key: value` form, and let unparsedAddress test every token with allAddressesValue.
    dev(
        "opsd -f /opt/ops/opsd_config (ListenAddress ::, whitespace-separated)",
        unit("dev-nsec9-rt88l", "/usr/local/bin/opsd -f /opt/ops/opsd_config", [
            ...file("/opt/ops/opsd_config", ["Port 2022", "ListenAddress ::", "ChrootDirectory /"]),
        ]),
        /./,
        true,
    ),
    // ---- C. INI and JSON5 ----
    // Python configparser ("Supported INI File Structure": "Values can also span multiple lines ... can be empty"):
    // `bind =` is the empty string, the empty host of socketserver/http.server (every address, INADDR_ANY).
    // MISS: CONFIG-FILE-EMPTY-INI-VALUE (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts configFileSettings' line form requires a non-empty value (`\s*[=:]\s*(.+)$`), so INI `bind =` (Python configparser: an empty value is the empty string) is dropped before fileSettingBeyondLoopback's `item === ""` rule. Fix (general): take `(.*)` as the value in the line form (an empty INI value is ""), so an empty bind/host is judged as round 87's `bind: ""` is.
    dev(
        "opsd --config /opt/ops/opsd.ini ([http] bind = (empty), port = 9000)",
        unit("dev-nsec10-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.ini", [
            ...file("/opt/ops/opsd.ini", ["[http]", "bind =", "port = 9000", "[files]", "root = /"]),
        ]),
        /./,
        true,
    ),
    // JSON5 (json5.org: comments, unquoted keys, single quotes, trailing commas) at the program's default path with
    // an extension CONFIG_FILE_NAME may not list.
    // MISS: DEFAULT-PATH-EXTENSION (insecure refused only for a wrong reason (the `// opsd configuration` comment read as the directory `/` by rootWrites.ts' credential reader: see dev-nsec26s-rt88l); the listen setting is never read): policy-pack/engine/userDataReaders/listeners.ts unreadConfigFileListeners' defaults keep only CONFIG_FILE_NAME extensions, which lack .json5 (and .jsonc, .hocon, .env). Fix (general): read every regular file user data writes under /etc/PROG/ and /etc/PROG.d/ as the program's default configuration, whatever its extension (the directory is the program's by the packaging convention), or at least add json5/jsonc/hocon.
    dev(
        "/etc/opsd/opsd.json5 (listen: '0.0.0.0:9000'), opsd started with no options",
        unit("dev-nsec11-rt88l", "/usr/local/bin/opsd", [
            ...file("/etc/opsd/opsd.json5", [
                "// opsd configuration",
                "{",
                "  server: { listen: '0.0.0.0:9000', },",
                "  root: '/usr/share/ops/pub',",
                "}",
            ]),
        ]),
        /opsd reading \/etc\/opsd\/opsd\.json5/,
        true,
    ),
    // An extensionless file at the default directory (/etc/PROGRAM/config, the git-style name many daemons use).
    // MISS: DEFAULT-PATH-EXTENSION (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts unreadConfigFileListeners' defaults require CONFIG_FILE_NAME, so the extensionless /etc/opsd/config is never read. Fix (general): as dev-nsec11-rt88l: every file under /etc/PROG/ (and /etc/PROG.d/) is a default configuration of PROG.
    dev(
        "/etc/opsd/config (listen: 0.0.0.0:9000, no extension), opsd started with no options",
        unit("dev-nsec12-rt88l", "/usr/local/bin/opsd", [
            ...file("/etc/opsd/config", ["listen: 0.0.0.0:9000", "root: /usr/share/ops/pub"]),
        ]),
        /./,
        true,
    ),
    // ---- D. includes of other files ----
    // A configuration that includes another (the common `include:`/`imports` convention: Caddyfile `import`,
    // nginx `include`, TOML `imports`): the listen setting is in the included file, named by no option.
    // MISS: CONFIG-INCLUDE-UNREAD (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts unreadConfigFileListeners reads only the files an option, a variable or a default path names; a file the configuration itself includes (`include:`, `imports`, nginx `include`, Caddyfile `import`) is not followed. Fix (general): follow include/includes/import/imports/@include values of a file read (absolute paths and globs over files user data wrote), reading each as the same program's configuration; an include of a file the pack cannot read fails closed.
    dev(
        "opsd --config /opt/ops/opsd.yaml (include: /opt/ops/net.yaml, which has listen: 0.0.0.0:9000)",
        unit("dev-nsec13-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            ...file("/opt/ops/net.yaml", ["listen: 0.0.0.0:9000"]),
            ...file("/opt/ops/opsd.yaml", ["include: /opt/ops/net.yaml", "root: /usr/share/ops/pub"]),
        ]),
        /./,
        true,
    ),
    // MISS: CONFIG-INCLUDE-UNREAD (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts unreadConfigFileListeners does not follow TOML `imports = [GLOB]`. Fix (general): as dev-nsec13-rt88l, globs expanded over the files user data wrote.
    dev(
        "opsd --config /opt/ops/opsd.toml (imports = [/opt/ops/conf.d/*.toml]; conf.d/listen.toml listen = :9000)",
        unit("dev-nsec14-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.toml", [
            ...file("/opt/ops/conf.d/listen.toml", ['listen = ":9000"']),
            ...file("/opt/ops/opsd.toml", ['imports = ["/opt/ops/conf.d/*.toml"]', 'root = "/usr/share/ops/pub"']),
        ]),
        /./,
        true,
    ),
    // ---- E. binds by environment variables (no option, no file) ----
    // The HOST/BIND_ADDR convention (Node.js frameworks, uvicorn's UVICORN_HOST; systemd.exec(5) "Environment="),
    // an empty host `:PORT` (Go net.Listen).
    dev(
        "opsd as root, Environment=BIND_ADDR=:9000",
        unit("dev-nsec15-rt88l", "/usr/local/bin/opsd --root /usr/share/ops/pub", [], ["Environment=BIND_ADDR=:9000"]),
    ),
    // A program-prefixed listen variable holding a bare port (every address).
    // MISS: ENV-BIND-BARE-PORT (insecure accepted, got []): policy-pack/engine/userDataReaders/systemd.ts environmentListeners: a LISTEN_VARIABLE's bare port is deliberately no bind ("a LISTEN_VARIABLE's value that is not a bare port"), though a program-prefixed listen variable holding a port alone listens on every address (as `listen: 9000` in a file, round 87). Fix (general): a listen variable of the program's own (PROG_LISTEN, PROG_BIND, PROG_ADDR: named with its prefix, or given to it alone by its unit) holding a bare port is every address; leave a generic PORT alone.
    dev(
        "opsd as root, Environment=OPSD_LISTEN=9000",
        unit("dev-nsec16-rt88l", "/usr/local/bin/opsd --root /usr/share/ops/pub", [], ["Environment=OPSD_LISTEN=9000"]),
        /./,
        true,
    ),
    // HOST= empty (every address: the empty host).
    // MISS: ENV-BIND-EMPTY-HOST (insecure accepted, got []): policy-pack/engine/userDataReaders/systemd.ts environmentListeners: an empty HOST= given to the program alone (Environment="HOST=") is no value it judges, though an empty host is every address (Python socketserver: "" is INADDR_ANY; round 87 reads `bind: ""` in files so). Fix (general): an empty value of a HOST/BIND/LISTEN/ADDR variable given to an unread program is every address, as an empty listen option's value is (unknownHostValue).
    dev(
        'opsd as root, Environment="HOST=" PORT=9000',
        unit(
            "dev-nsec17-rt88l",
            "/usr/local/bin/opsd --root /usr/share/ops/pub",
            [],
            ['Environment="HOST=" PORT=9000'],
        ),
        /./,
        true,
    ),
    // ---- F. a unit's $VAR split from Environment=/EnvironmentFile= (systemd.service(5) "Command lines") ----
    dev(
        "opsd --listen $LISTEN with EnvironmentFile=/etc/default/ops (LISTEN=:9000)",
        unit(
            "dev-nsec18-rt88l",
            "/usr/local/bin/opsd --root /usr/share/ops/pub --listen $LISTEN",
            [...file("/etc/default/ops", ["LISTEN=:9000"])],
            ["EnvironmentFile=/etc/default/ops"],
        ),
    ),
    // `${LISTEN}` (one word) from Environment=, every address.
    dev(
        "opsd --listen ${LISTEN} with Environment=LISTEN=[::]:9000",
        unit(
            "dev-nsec19-rt88l",
            "/usr/local/bin/opsd --root /usr/share/ops/pub --listen ${LISTEN}",
            [],
            ["Environment=LISTEN=[::]:9000"],
        ),
    ),
    // systemd.exec(5) Environment=: "Assignments may be specified ... separated by spaces", quoted: OPTS is the second.
    dev(
        'dufs $OPTS with Environment="LOG=info" "OPTS=-c /opt/ops/dufs.yaml" (bind 0.0.0.0, serve /)',
        unit(
            "dev-nsec20-rt88l",
            "/usr/local/bin/dufs $OPTS",
            [...file("/opt/ops/dufs.yaml", ["serve-path: /", "bind: 0.0.0.0", "allow-all: true"])],
            ['Environment="LOG=info" "OPTS=-c /opt/ops/dufs.yaml"'],
        ),
    ),
    // systemd.exec(5) EnvironmentFile=: "the file name may be prefixed with "-", which indicates that if the file does
    // not exist, it will not be read": the optional file is written, OPTS names a Go-style -config.
    dev(
        "opsd $OPTS with EnvironmentFile=-/etc/sysconfig/ops (OPTS=-config=/opt/ops/opsd.yaml, listen 0.0.0.0)",
        unit(
            "dev-nsec21-rt88l",
            "/usr/local/bin/opsd $OPTS",
            [
                ...file("/etc/sysconfig/ops", ['OPTS="-config=/opt/ops/opsd.yaml"']),
                ...file("/opt/ops/opsd.yaml", ["listen: 0.0.0.0:9000", "root: /usr/share/ops/pub"]),
            ],
            ["EnvironmentFile=-/etc/sysconfig/ops"],
        ),
    ),
    // A unit drop-in (systemd.unit(5) "foo.service.d/*.conf") supplying Environment=OPTS for the main unit's $OPTS.
    dev(
        "dufs $OPTS, OPTS from ops.service.d/10-opts.conf (-c /opt/ops/dufs.yaml, bind 0.0.0.0)",
        unit("dev-nsec22-rt88l", "/usr/local/bin/dufs $OPTS", [
            ...file("/opt/ops/dufs.yaml", ["serve-path: /", "bind: 0.0.0.0", "allow-all: true"]),
            ...file("/etc/systemd/system/ops.service.d/10-opts.conf", [
                "[Service]",
                'Environment="OPTS=-c /opt/ops/dufs.yaml"',
            ]),
        ]),
    ),
    // PROG_CONFIG exported by the script, the program started in the background (not a unit).
    // MISS: CONFIG-PATH-BY-ENVIRONMENT (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts environmentConfigListeners reads view.programEnvironment ?? view.environment for a unit's program, but a variable the script exports before starting the program in the background (`export OPSD_CONFIG=...; nohup opsd &`) is not followed. Fix (general): read the script's exported variables that reach a later command (the givenToAll environmentListeners takes) for PROG_CONFIG* too.
    dev(
        "export OPSD_CONFIG=/opt/ops/opsd.yaml; nohup opsd & (listen: 0.0.0.0:9000)",
        script("dev-nsec23-rt88l", [
            ...file("/opt/ops/opsd.yaml", ["listen: 0.0.0.0:9000", "root: /usr/share/ops/pub"]),
            "export OPSD_CONFIG=/opt/ops/opsd.yaml",
            "nohup /usr/local/bin/opsd >/var/log/opsd.log 2>&1 &",
        ]),
        /./,
        true,
    ),
    // ---- G. configuration option spellings and writers ----
    // Puppet-style `--confdir` (no separator between conf and dir): the directory's config file listens everywhere.
    // MISS: CONFIG-FILE-OPTION-SPELLING (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts CONFIG_FILE_OPTION needs a separator between conf/config and dir/file (`config[-_]dir`) except for configfile/conffile, so `--confdir` (and `--configdir`) is not a configuration option. Fix (general): make the separator optional: `(conf|config|cfg)[-_]?(file|dir|path|directory)`.
    dev(
        "opsd --confdir=/opt/ops/cfg (cfg/opsd.yaml listen: 0.0.0.0:9000)",
        unit("dev-nsec24-rt88l", "/usr/local/bin/opsd --confdir=/opt/ops/cfg", [
            ...file("/opt/ops/cfg/opsd.yaml", ["listen: 0.0.0.0:9000", "root: /usr/share/ops/pub"]),
        ]),
        /./,
        true,
    ),
    // Grafana Loki "Configuration": `-config.file` names the file; server.http_listen_address (default "", every
    // address) given as `""` explicitly.
    dev(
        "opsd -config.file=/opt/ops/loki.yaml (server.http_listen_address: '')",
        unit("dev-nsec25-rt88l", "/usr/local/bin/opsd -config.file=/opt/ops/loki.yaml", [
            ...file("/opt/ops/loki.yaml", ["server:", '  http_listen_address: ""', "  http_listen_port: 3100"]),
        ]),
    ),
    // tee(1) "copy standard input to each FILE": a configuration written by `echo V | tee FILE`.
    dev(
        "echo 'listen: \":9000\"' | tee /opt/ops/opsd.yaml; opsd --config",
        unit("dev-nsec26-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            "mkdir -p /opt/ops",
            "echo 'listen: \":9000\"' | tee /opt/ops/opsd.yaml",
            "echo 'root: /' | tee -a /opt/ops/opsd.yaml",
        ]),
    ),
    // tee of a heredoc (bash(1) "Here Documents" as tee's standard input).
    dev(
        "tee /opt/ops/opsd.yaml <<'EOF' (listen: 0.0.0.0:9000); opsd --config",
        unit("dev-nsec27-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            "mkdir -p /opt/ops",
            "tee /opt/ops/opsd.yaml >/dev/null <<'EOF'",
            "listen: 0.0.0.0:9000",
            "root: /usr/share/ops/pub",
            "EOF",
        ]),
    ),
    // envsubst(1) of a template: the configuration's content is computed (unknown to the pack): fail closed.
    dev(
        "envsubst < tmpl > /opt/ops/opsd.yaml (listen: $NODE_IP:9000); opsd --config",
        unit("dev-nsec28-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            ...file("/opt/ops/opsd.yaml.tmpl", ["listen: ${NODE_IP}:9000", "root: /usr/share/ops/pub"]),
            'NODE_IP="$(hostname -i)" envsubst < /opt/ops/opsd.yaml.tmpl > /opt/ops/opsd.yaml',
        ]),
    ),
    // ln(1) -s: the default path made a link to a file user data wrote elsewhere.
    dev(
        "ln -s /opt/ops/opsd.yaml /etc/opsd/opsd.yaml (listen: 0.0.0.0:9000), opsd",
        unit("dev-nsec29-rt88l", "/usr/local/bin/opsd", [
            ...file("/opt/ops/opsd.yaml", ["listen: 0.0.0.0:9000", "root: /usr/share/ops/pub"]),
            "mkdir -p /etc/opsd",
            "ln -sf /opt/ops/opsd.yaml /etc/opsd/opsd.yaml",
        ]),
    ),
    // ---- H. servers whose default bind is every address, started with no address ----
    // dufs README: "-b, --bind <addrs> Specify bind address or unix socket" (default every address): its config
    // file serves / with allow-all and names no bind.
    // MISS: LISTEN-BY-DEFAULT-UNREAD (insecure accepted, got []): policy-pack/engine/userDataReaders/listeners.ts unreadConfigFileListeners judges only the settings a file holds; dufs -c of a file that names no bind listens on dufs' default (every address), and the file's `serve-path: /` is no word the keepers' rule (rootReads.ts `handed`) sees. Fix (general): (a) a path under a root/serve/dir key of a configuration file the program is given is handed to it as its command-line operand is (the keepers' rule), and (b) a known-server table of documented default binds (dufs, copyparty, gohttpserver, goshs, static-web-server: every address) read when neither command line nor file names one.
    dev(
        "dufs -c /opt/ops/dufs.yaml (serve-path /, allow-all, no bind: default every address)",
        unit("dev-nsec30-rt88l", "/usr/local/bin/dufs -c /opt/ops/dufs.yaml", [
            ...file("/opt/ops/dufs.yaml", ["serve-path: /", "port: 5000", "allow-all: true"]),
        ]),
        /./,
        true,
    ),
    // darkhttpd(1) README "--addr ip  Listen on this IP address (default: all)": serving / as root.
    dev(
        "darkhttpd / --port 8080 as root (default: all addresses)",
        unit("dev-nsec31-rt88l", "/usr/local/bin/darkhttpd / --port 8080"),
    ),
    // static-web-server docs "--host <HOST> Host address (E.g 127.0.0.1 or ::1) [default: ::]": root of /.
    dev(
        "static-web-server -d / -p 8787 as root (default host ::)",
        unit("dev-nsec32-rt88l", "/usr/local/bin/static-web-server -d / -p 8787"),
    ),
    // goshs README "-i  IP or Interface to listen on (default: 0.0.0.0)", "-d Web root directory": upload enabled by
    // default.
    dev("goshs -d / -p 8000 as root (default 0.0.0.0)", unit("dev-nsec33-rt88l", "/usr/local/bin/goshs -d / -p 8000")),
    // ---- I. socket activation: the listening socket handed to an unread server ----
    // systemd.socket(5) ListenStream=: "If the address string is a single number, it is read as port number to listen
    // on via IPv6. Depending on the value of BindIPv6Only= this might result in the service being available via both
    // IPv6 and IPv4": the service (Accept=no) is handed the socket (sd_listen_fds(3)) and serves /.
    // MISS: SOCKET-ACTIVATED-UNREAD-SERVER (insecure accepted, got []): policy-pack/engine/userDataReaders/systemd.ts socketShellOpenings judges a socket's service only as a root API (dockerd, podman), an inetd-style shell on StandardInput=socket, or a forwarder; an unread root server handed the listening socket (Accept=no, sd_listen_fds(3)) on a network ListenStream= is not a listener. Fix (general): a socket unit's service that runs a program the pack does not read, as root, is an unread listener on each network Listen address (a bare port, [::], 0.0.0.0: every address; BindToDevice=lo/loopback addresses/paths keep it local), fail closed as unreadListeners is.
    dev(
        "ops.socket ListenStream=9000, ops.service opsd --root / (socket activation)",
        script("dev-nsec34-rt88l", socketUnit(["ListenStream=9000"], "/usr/local/bin/opsd --root /usr/share/ops/pub")),
        /./,
        true,
    ),
    // MISS: SOCKET-ACTIVATED-UNREAD-SERVER (insecure accepted, got []): policy-pack/engine/userDataReaders/systemd.ts socketShellOpenings (as dev-nsec34-rt88l). Fix (general): as dev-nsec34-rt88l.
    dev(
        "ops.socket ListenStream=[::]:9000, ops.service opsd --root /usr/share/ops/pub",
        script(
            "dev-nsec35-rt88l",
            socketUnit(["ListenStream=[::]:9000"], "/usr/local/bin/opsd --root /usr/share/ops/pub"),
        ),
        /./,
        true,
    ),
    // ---- J. a container on the host's network namespace ----
    // nerdctl run "--net, --network host" (docker run "--network host": "the container's network stack is not
    // isolated from the Docker host"): a file server of the kubelet's directory on every node address.
    dev(
        "nerdctl run --net host -v /var/lib/kubelet:/web:ro static-file-server",
        script("dev-nsec36-rt88l", [
            "nerdctl run -d --restart=always --net host -v /var/lib/kubelet:/web:ro docker.io/halverneus/static-file-server:latest",
        ]),
    ),
    // ctr run --net-host (containerd's ctr: "--net-host enable host networking for the container") with / bind-mounted.
    dev(
        "ctr run --net-host --mount /:/host python3 -m http.server -d /host",
        script("dev-nsec37-rt88l", [
            "ctr image pull docker.io/library/python:3.12",
            "ctr run -d --net-host --mount type=bind,src=/,dst=/host,options=rbind:ro docker.io/library/python:3.12 ops python3 -m http.server -d /host 8000",
        ]),
    ),
    // A host-network container relaying to instance metadata (socat(1) "TCP-LISTEN:<port>" listens on every address
    // by default; EC2 "Instance metadata": 169.254.169.254 answers with the node role's credentials): every pod gets
    // the node's IAM role through the node's address.
    dev(
        "nerdctl run --net host alpine/socat TCP-LISTEN:8080,fork TCP:169.254.169.254:80",
        script("dev-nsec42-rt88l", [
            "nerdctl run -d --restart=always --net host docker.io/alpine/socat:1.8.0.0 TCP-LISTEN:8080,fork,reuseaddr TCP:169.254.169.254:80",
        ]),
    ),
    // ---- K. libvirt TLS no-verify and target restore neighbours ----
    // The modular daemon's TLS socket (libvirt "Modular driver daemons": virtproxyd-tls.socket) with
    // virtproxyd.conf tls_no_verify_certificate = 1 and auth_tls none: any client certificate.
    // MISS: LIBVIRT-TLS-NO-VERIFY (insecure accepted, got []): policy-pack/engine/userDataReaders/daemonConfigs.ts libvirt reader: tls_no_verify_certificate with auth_tls none is judged for `libvirtd/virtproxyd --listen`, not for the modular daemons' socket activation (`systemctl enable virtproxyd-tls.socket`, libvirt "Modular driver daemons"/"Remote support": the -tls.socket replaces --listen). Fix (general): treat enabling PROG-tls.socket (and PROG-tcp.socket) as that daemon's listen_tls (listen_tcp) on, read with PROG.conf as --listen is.
    dev(
        "virtproxyd-tls.socket, virtproxyd.conf tls_no_verify_certificate = 1, auth_tls = none",
        script("dev-nsec38-rt88l", [
            ...file("/etc/libvirt/virtproxyd.conf", ["tls_no_verify_certificate = 1", 'auth_tls = "none"']),
            "systemctl enable --now virtproxyd.socket virtproxyd-ro.socket virtproxyd-admin.socket virtproxyd-tls.socket",
        ]),
        /./,
        true,
    ),
    // targetctl(8) restore of a portal on IPv6 every address ("::").
    dev(
        "targetctl restore /opt/ops/lio.json (iscsi portal ::, demo mode, /dev/nvme0n1)",
        script("dev-nsec39-rt88l", [
            ...file("/opt/ops/lio.json", [
                '{ "storage_objects": [ { "dev": "/dev/nvme0n1", "name": "ops", "plugin": "block" } ],',
                '  "targets": [ { "fabric": "iscsi", "wwn": "iqn.2024-01.com.example:ops", "tpgs": [ { "tag": 1, "enable": true,',
                '    "attributes": { "authentication": 0, "generate_node_acls": 1, "demo_mode_write_protect": 0 },',
                '    "luns": [ { "index": 0, "storage_object": "/backstores/block/ops" } ],',
                '    "portals": [ { "ip_address": "::", "port": 3260 } ] } ] } ] }',
            ]),
            "targetctl restore /opt/ops/lio.json",
        ]),
    ),
    // ---- L. YAML anchors and merge keys ----
    // YAML 1.1 "Merge Key Language-Independent Type" (`<<: *base`): the listen setting is merged from an anchor
    // whose own key is no address key.
    dev(
        "opsd --config /opt/ops/opsd.yaml (x-net: &net {addr: ':9000'}, server: {<<: *net})",
        unit("dev-nsec40-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            ...file("/opt/ops/opsd.yaml", [
                "x-net: &net",
                '  addr: ":9000"',
                "server:",
                "  <<: *net",
                "  root: /usr/share/ops/pub",
            ]),
        ]),
    ),
    // An alias (`*p`) of an anchored bare port under a listen key.
    dev(
        "opsd --config /opt/ops/opsd.yaml (ports: {web: &p 9000}, listen: *p)",
        unit("dev-nsec41-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            ...file("/opt/ops/opsd.yaml", ["ports:", "  web: &p 9000", "listen: *p", "root: /usr/share/ops/pub"]),
        ]),
    ),
];

const secure: NodeCase[] = [
    // The camelCase key on loopback (ipv4(7): 127.0.0.0/8 is loopback).
    dev(
        "opsd --config /opt/ops/opsd.yaml (httpListenAddr: 127.0.0.1:8428)",
        unit("dev-nsec1s-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            ...file("/opt/ops/opsd.yaml", ['httpListenAddr: "127.0.0.1:8428"', "root: /usr/share/ops/pub"]),
        ]),
    ),
    // Dex-style web.http on loopback.
    dev(
        "opsd --config /opt/ops/opsd.yaml (web: http: 127.0.0.1:5556)",
        unit("dev-nsec2s-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            ...file("/opt/ops/opsd.yaml", ["web:", "  http: 127.0.0.1:5556", "storage:", "  root: /var/lib/ops"]),
        ]),
    ),
    // Consul-style addresses.http on loopback (Consul's own default client_addr is 127.0.0.1).
    dev(
        'opsd -config-file=/opt/ops/agent.json ({"addresses": {"http": "127.0.0.1"}})',
        unit("dev-nsec3s-rt88l", "/usr/local/bin/opsd -config-file=/opt/ops/agent.json", [
            ...file("/opt/ops/agent.json", ['{ "addresses": { "http": "127.0.0.1" }, "ports": { "http": 8500 } }']),
        ]),
    ),
    // A block syntax listening on loopback only.
    dev(
        "opsd --config /opt/ops/opsd.conf (server { listen 127.0.0.1:9000; })",
        unit("dev-nsec4s-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.conf", [
            ...file("/opt/ops/opsd.conf", ["server {", "  listen 127.0.0.1:9000;", "  root /usr/share/ops/pub;", "}"]),
        ]),
    ),
    // INI with bind on loopback.
    dev(
        "opsd --config /opt/ops/opsd.ini ([http] bind = 127.0.0.1)",
        unit("dev-nsec5s-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.ini", [
            ...file("/opt/ops/opsd.ini", [
                "[http]",
                "bind = 127.0.0.1",
                "port = 9000",
                "[files]",
                "root = /usr/share/ops/pub",
            ]),
        ]),
    ),
    // An include of a loopback listen file.
    dev(
        "opsd --config /opt/ops/opsd.yaml (include: /opt/ops/net.yaml, listen: 127.0.0.1:9000)",
        unit("dev-nsec6s-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            ...file("/opt/ops/net.yaml", ["listen: 127.0.0.1:9000"]),
            ...file("/opt/ops/opsd.yaml", ["include: /opt/ops/net.yaml", "root: /usr/share/ops/pub"]),
        ]),
    ),
    // BIND_ADDR on loopback.
    dev(
        "opsd, Environment=BIND_ADDR=127.0.0.1:9000",
        unit(
            "dev-nsec7s-rt88l",
            "/usr/local/bin/opsd --root /usr/share/ops/pub",
            [],
            ["Environment=BIND_ADDR=127.0.0.1:9000"],
        ),
    ),
    // $LISTEN from an EnvironmentFile= on ::1 (ipv6(7)).
    dev(
        "opsd --listen $LISTEN with EnvironmentFile=/etc/default/ops (LISTEN=[::1]:9000)",
        unit(
            "dev-nsec8s-rt88l",
            "/usr/local/bin/opsd --root /usr/share/ops/pub --listen $LISTEN",
            [...file("/etc/default/ops", ["LISTEN=[::1]:9000"])],
            ["EnvironmentFile=/etc/default/ops"],
        ),
    ),
    // $OPTS of loopback options from Environment=.
    dev(
        'opsd $OPTS, Environment="OPTS=--listen 127.0.0.1:9000 --root /usr/share/ops/pub"',
        unit(
            "dev-nsec9s-rt88l",
            "/usr/local/bin/opsd $OPTS",
            [],
            ['Environment="OPTS=--listen 127.0.0.1:9000 --root /usr/share/ops/pub"'],
        ),
    ),
    // systemd.socket(5) ListenStream= on loopback, a unix socket path, and ::1.
    dev(
        "ops.socket ListenStream=127.0.0.1:9000, ops.service opsd",
        script(
            "dev-nsec10s-rt88l",
            socketUnit(["ListenStream=127.0.0.1:9000"], "/usr/local/bin/opsd --root /usr/share/ops/pub"),
        ),
    ),
    dev(
        "ops.socket ListenStream=/run/ops/opsd.sock (SocketMode=0600), ops.service opsd",
        script(
            "dev-nsec11s-rt88l",
            socketUnit(
                ["ListenStream=/run/ops/opsd.sock", "SocketMode=0600"],
                "/usr/local/bin/opsd --root /usr/share/ops/pub",
            ),
        ),
    ),
    dev(
        "ops.socket ListenStream=[::1]:9000, ops.service opsd",
        script(
            "dev-nsec12s-rt88l",
            socketUnit(["ListenStream=[::1]:9000"], "/usr/local/bin/opsd --root /usr/share/ops/pub"),
        ),
    ),
    // darkhttpd --addr 127.0.0.1 of a public directory.
    dev(
        "darkhttpd /usr/share/ops/pub --addr 127.0.0.1 --port 8080",
        unit("dev-nsec13s-rt88l", "/usr/local/bin/darkhttpd /usr/share/ops/pub --addr 127.0.0.1 --port 8080", [
            "mkdir -p /usr/share/ops/pub",
        ]),
    ),
    // static-web-server --host ::1.
    dev(
        "static-web-server -d /usr/share/ops/pub --host ::1 -p 8787",
        unit("dev-nsec14s-rt88l", "/usr/local/bin/static-web-server -d /usr/share/ops/pub --host ::1 -p 8787", [
            "mkdir -p /usr/share/ops/pub",
        ]),
    ),
    // A container publishing a port on loopback only (docker run "-p 127.0.0.1:8080:80"), no host mounts.
    dev(
        "nerdctl run -d -p 127.0.0.1:8080:80 nginx",
        script("dev-nsec15s-rt88l", [
            "nerdctl run -d --restart=always -p 127.0.0.1:8080:80 public.ecr.aws/nginx/nginx:1.27",
        ]),
    ),
    // Prometheus node_exporter on loopback (node_exporter "--web.listen-address").
    dev(
        "node_exporter --web.listen-address=127.0.0.1:9100",
        unit(
            "dev-nsec16s-rt88l",
            "/usr/local/bin/node_exporter --web.listen-address=127.0.0.1:9100",
            [],
            ["User=nobody"],
        ),
    ),
    // tee of a heredoc and echo | tee on loopback configurations.
    dev(
        "tee /opt/ops/opsd.yaml <<'EOF' (listen: 127.0.0.1:9000); opsd --config",
        unit("dev-nsec17s-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            "mkdir -p /opt/ops",
            "tee /opt/ops/opsd.yaml >/dev/null <<'EOF'",
            "listen: 127.0.0.1:9000",
            "root: /usr/share/ops/pub",
            "EOF",
        ]),
    ),
    // MISS: APPEND-WRITE-UNREAD (secure refused, refused as 'opsd (/opt/ops/opsd.yaml, a configuration the pack cannot read) ... on every address'): policy-pack/engine/userDataReaders/listeners.ts readConfig: view.changed marks a file appended to (`echo V | tee -a FILE`) as changed in a way the pack cannot compute, though both writes' text is known (tee(1) -a "append to the given FILEs"). Fix (general): compose known appends (`>>`, `tee -a` of a known standard input) onto the file's known text in the writer model, and mark only unknown appends as changed.
    dev(
        "echo 'listen: 127.0.0.1:9000' | tee /opt/ops/opsd.yaml; opsd --config",
        unit("dev-nsec18s-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            "mkdir -p /opt/ops",
            "echo 'listen: 127.0.0.1:9000' | tee /opt/ops/opsd.yaml",
            "echo 'root: /usr/share/ops/pub' | tee -a /opt/ops/opsd.yaml",
        ]),
        /./,
        true,
    ),
    // echo | tee of a one-line loopback configuration (tee(1): the file holds echo's output), no append.
    dev(
        "echo 'listen: 127.0.0.1:9000' | tee /opt/ops/opsd.yaml (one line); opsd --config",
        unit("dev-nsec24s-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            "mkdir -p /opt/ops",
            "echo 'listen: 127.0.0.1:9000' | tee /opt/ops/opsd.yaml",
        ]),
    ),
    // The same file written by `>` then appended by `>>` (bash(1) "Redirecting Output", "Appending Redirected Output").
    // MISS: APPEND-WRITE-UNREAD (secure refused, refused as 'opsd (/opt/ops/opsd.yaml, a configuration the pack cannot read) ... on every address'): policy-pack/engine/userDataReaders/listeners.ts readConfig: view.changed marks a file appended by `echo V >> FILE` as unknown (bash(1) "Appending Redirected Output": the text is the old text then echo's). Fix (general): as dev-nsec18s-rt88l: a known append extends the known text.
    dev(
        "echo 'listen: 127.0.0.1:9000' > FILE; echo 'root: ...' >> FILE; opsd --config",
        unit("dev-nsec25s-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            "mkdir -p /opt/ops",
            "echo 'listen: 127.0.0.1:9000' > /opt/ops/opsd.yaml",
            "echo 'root: /usr/share/ops/pub' >> /opt/ops/opsd.yaml",
        ]),
        /./,
        true,
    ),
    // JSON5 (json5.org: `//` comments) at the default path, listening on loopback.
    // MISS: COMMENT-READ-AS-PATH (secure refused, refused as 'a node agent read the node's credentials (in /etc/opsd/opsd.json5 ...: // opsd configuration)'): policy-pack/engine/userDataReaders/rootWrites.ts (credentialLines / the NODE_CREDENTIALS path match): a `//` line comment of a configuration file (JSON5, JSONC, HCL, C-style) is matched as the path `//`, the directory `/`, which covers every credential; only source code's comments are dropped (rootReads withoutComments). Fix (general): drop whole-line and trailing `//`, `#` and `;` comments of configuration files before matching paths (a `//` not preceded by a scheme), as for source code.
    dev(
        "/etc/opsd/opsd.json5 (// comment, listen: '127.0.0.1:9000'), opsd",
        unit("dev-nsec26s-rt88l", "/usr/local/bin/opsd", [
            ...file("/etc/opsd/opsd.json5", [
                "// opsd configuration",
                "{",
                "  server: { listen: '127.0.0.1:9000', },",
                "  root: '/usr/share/ops/pub',",
                "}",
            ]),
        ]),
        /./,
        true,
    ),
    // YAML alias and merge key of a loopback listen (YAML 1.1 merge key).
    dev(
        "opsd --config /opt/ops/opsd.yaml (x-lo: &lo 127.0.0.1:9000, listen: *lo)",
        unit("dev-nsec19s-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            ...file("/opt/ops/opsd.yaml", ["x-lo: &lo 127.0.0.1:9000", "listen: *lo", "root: /usr/share/ops/pub"]),
        ]),
    ),
    dev(
        "opsd --config /opt/ops/opsd.yaml (base: &b {listen: 127.0.0.1:9000}, server: {<<: *b})",
        unit("dev-nsec20s-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            ...file("/opt/ops/opsd.yaml", [
                "base: &b",
                '  listen: "127.0.0.1:9000"',
                "server:",
                "  <<: *b",
                "  root: /usr/share/ops/pub",
            ]),
        ]),
    ),
    // Loki-style -config.file with the listen address on loopback.
    dev(
        "opsd -config.file=/opt/ops/loki.yaml (server.http_listen_address: 127.0.0.1)",
        unit("dev-nsec21s-rt88l", "/usr/local/bin/opsd -config.file=/opt/ops/loki.yaml", [
            ...file("/opt/ops/loki.yaml", ["server:", "  http_listen_address: 127.0.0.1", "  http_listen_port: 3100"]),
        ]),
    ),
    // `--confdir` of a loopback configuration.
    dev(
        "opsd --confdir=/opt/ops/cfg (cfg/opsd.yaml listen: 127.0.0.1:9000)",
        unit("dev-nsec22s-rt88l", "/usr/local/bin/opsd --confdir=/opt/ops/cfg", [
            ...file("/opt/ops/cfg/opsd.yaml", ["listen: 127.0.0.1:9000", "root: /usr/share/ops/pub"]),
        ]),
    ),
    // A config whose address keys are clients' far ends (a database host, an upstream URL), listen on a unix socket.
    dev(
        "opsd --config /opt/ops/opsd.yaml (db.host: 10.0.5.20, upstream: https://api.example.com, listen: unix)",
        unit("dev-nsec23s-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            "install -d -m 0700 /run/ops",
            ...file("/opt/ops/opsd.yaml", [
                "listen: unix:/run/ops/opsd.sock",
                "db:",
                "  host: 10.0.5.20",
                "  port: 5432",
                "upstream: https://api.example.com",
            ]),
        ]),
    ),
];

describeNodeCases("red team round 88: node listeners (nsec)", insecure, secure);
