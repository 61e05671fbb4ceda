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
// Round 88 fixes (fix88-nsec-a, CONFIG-FILE classes): CONFIG-FILE-CAMELCASE-KEY (1, 5), CONFIG-FILE-EVERY-ADDRESS-ANY-KEY
// (2, 3, 4), CONFIG-FILE-FORMAT-UNREAD (6-9), CONFIG-FILE-EMPTY-INI-VALUE (10), DEFAULT-PATH-EXTENSION (11, 12),
// CONFIG-INCLUDE-UNREAD (13, 14), CONFIG-FILE-OPTION-SPELLING (24), APPEND-WRITE-UNREAD (18s, 25s), COMMENT-READ-AS-PATH
// (26s) unskipped, with -fix88 neighbours (10 insecure, 8 secure).
// Round 88 fixes (fix88-nsec-b, environment/socket/default-bind classes): ENV-BIND-BARE-PORT (16), ENV-BIND-EMPTY-HOST
// (17: systemd.ts environmentListeners), CONFIG-PATH-BY-ENVIRONMENT (23: rootWrites.ts VIEWED_VARIABLES keeps
// PROG_CONFIG* exports, listeners.ts environmentConfigListeners, computed values fail closed), LISTEN-BY-DEFAULT-UNREAD
// (30, and round 87's dev-nsec21-rt87l copyparty: listeners.ts defaultBindListeners), SOCKET-ACTIVATED-UNREAD-SERVER
// (34, 35: systemd.ts socketShellOpenings), LIBVIRT-TLS-NO-VERIFY (38: daemonConfigs.ts libvirtUnitListeners reads
// -tls.socket) unskipped, with -fix88 neighbours (8 insecure: dev-nsec11..18-fix88, 8 secure: dev-nsec9s..16s-fix88).
// No case of this file is skipped now.
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
    // A camelCase key (VictoriaMetrics app/victoria-metrics/main.go: `flag.String("httpListenAddr", ":8428", "TCP address
    // to listen for http connections")`, the same name in a YAML file): Go's
    // empty host `:PORT` is every address (pkg.go.dev net.Listen: "If the host in the address parameter is empty ...
    // Listen listens on all available unicast and anycast IP addresses of the local system").
    // Was a MISS (fixed in round 88): CONFIG-FILE-CAMELCASE-KEY: listeners.ts keyWords splits a key's camelCase words (`httpListenAddr` is http_Listen_Addr) before fileSettingBeyondLoopback and settingBeyondLoopback match listen/bind/host/addr/address/ip.
    dev(
        "opsd --config /opt/ops/opsd.yaml (httpListenAddr: ':8428', camelCase)",
        unit("dev-nsec1-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            ...file("/opt/ops/opsd.yaml", ['httpListenAddr: ":8428"', "root: /usr/share/ops/pub"]),
        ]),
    ),
    // Dex's example configuration (dexidp/dex examples/config-dev.yaml: "Configuration for the HTTP endpoints. web:
    // http: 0.0.0.0:5556"): the HTTP listen address is under `web.http`, a key with no address word; an empty host
    // there is every address.
    // Was a MISS (fixed in round 88): CONFIG-FILE-EVERY-ADDRESS-ANY-KEY: listeners.ts fileSettingBeyondLoopback reads an every-address value (0.0.0.0, :: in any spelling, Go's `:PORT`, in a URL too) under any key of a file the program is given but a far end's (FILE_FAR_END_KEY: advertise, join, peer, upstream, remote, connect, a last word server).
    dev(
        "opsd --config /opt/ops/opsd.yaml (web: http: ':5556', Dex-style)",
        unit("dev-nsec2-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            ...file("/opt/ops/opsd.yaml", ["web:", '  http: ":5556"', "storage:", "  root: /usr/share/ops/pub"]),
        ]),
    ),
    // Consul "General parameters for Consul agent configuration" `addresses` ("a nested object that allows setting
    // bind addresses"; "ports are set separately in the ports structure"; JSON form), every address with no port in
    // the value (the port is under `ports.http`).
    // Was a MISS (fixed in round 88): CONFIG-FILE-EVERY-ADDRESS-ANY-KEY: as dev-nsec2-rt88l (and `addresses` is an address word: ADDRESS_WORD).
    dev(
        'opsd -config-file=/opt/ops/agent.json ({"addresses": {"http": "0.0.0.0"}})',
        unit("dev-nsec3-rt88l", "/usr/local/bin/opsd -config-file=/opt/ops/agent.json", [
            ...file("/opt/ops/agent.json", [
                '{ "addresses": { "http": "0.0.0.0" }, "ports": { "http": 8500 },',
                '  "enable_script_checks": true }',
            ]),
        ]),
    ),
    // The same in HCL blocks across lines (Consul's agent.hcl form `addresses { http = "0.0.0.0" }`).
    // Was a MISS (fixed in round 88): CONFIG-FILE-EVERY-ADDRESS-ANY-KEY: listeners.ts configFileSettings keeps the names of the `name {` blocks a line lies in (`addresses.http`), and 0.0.0.0 under any non-far-end key is a bind (dev-nsec2-rt88l).
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
    ),
    // A camelCase bind key (bind not at a word start) holding the node's address computed by the shell.
    // Was a MISS (fixed in round 88): CONFIG-FILE-CAMELCASE-KEY: as dev-nsec1-rt88l (`grpcBindAddress` is grpc_Bind_Address: a computed node address under a bind key).
    dev(
        "opsd --config /opt/ops/opsd.yaml (grpcBindAddress: $NODE_IP:9000, unquoted heredoc)",
        unit("dev-nsec5-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            'NODE_IP="$(hostname -i)"',
            ...expanded("/opt/ops/opsd.yaml", ['grpcBindAddress: "$NODE_IP:9000"', "root: /usr/share/ops/pub"]),
        ]),
    ),
    // ---- B. formats the reader does not parse, holding every address in spellings unparsedAddress does not look for ----
    // nginx ngx_http_core_module "listen": "Default: listen *:80 | *:8000;", examples "listen 8000; listen *:8000;"
    // ("Both address and port, or only address or only port can be specified"; a port alone listens on every
    // address): a block syntax whose `listen` directive has no `=` or `:` after it.
    // Was a MISS (fixed in round 88): CONFIG-FILE-FORMAT-UNREAD: listeners.ts configFileSettings reads `Keyword value;` lines (nginx directives, sshd_config(5) keyword-argument pairs), and `*:9000` is allAddressesValue.
    dev(
        "opsd --config /opt/ops/opsd.conf (server { listen *:9000; root /usr/share/ops/pub; })",
        unit("dev-nsec6-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.conf", [
            ...file("/opt/ops/opsd.conf", ["server {", "  listen *:9000;", "  root /usr/share/ops/pub;", "}"]),
        ]),
    ),
    // Was a MISS (fixed in round 88): CONFIG-FILE-FORMAT-UNREAD: the `listen 9000;` directive read (configFileSettings), a port alone under a listen key every address (fileSettingBeyondLoopback).
    dev(
        "opsd --config /opt/ops/opsd.conf (server { listen 9000; root /usr/share/ops/pub; })",
        unit("dev-nsec7-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.conf", [
            ...file("/opt/ops/opsd.conf", ["server {", "  listen 9000;", "  root /usr/share/ops/pub;", "}"]),
        ]),
    ),
    // RFC 4291 §2.2 / §2.5.2: the unspecified address written in full (0:0:0:0:0:0:0:0) in an unparsed block syntax.
    // Was a MISS (fixed in round 88): CONFIG-FILE-FORMAT-UNREAD: the directive read with its IPv6 brackets kept (configFileSettings strips a list's brackets only), allAddressesValue reading the full spelling; unparsedAddress tests every token with allAddresses too.
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
    ),
    // sshd_config(5)-style `Keyword value` lines ("keyword-argument pairs, one per line"): `ListenAddress ::` (IPv6
    // every address; ListenAddress "Specifies the local addresses sshd(8) should listen on").
    // Was a MISS (fixed in round 88): CONFIG-FILE-FORMAT-UNREAD: `ListenAddress ::` read as a directive before `key: value` (configFileSettings), its value `::` every address.
    dev(
        "opsd -f /opt/ops/opsd_config (ListenAddress ::, whitespace-separated)",
        unit("dev-nsec9-rt88l", "/usr/local/bin/opsd -f /opt/ops/opsd_config", [
            ...file("/opt/ops/opsd_config", ["Port 2022", "ListenAddress ::", "ChrootDirectory /"]),
        ]),
    ),
    // ---- C. INI and JSON5 ----
    // Python configparser ("Supported INI File Structure", its example `[No Values] ... empty string value here =`):
    // `bind =` is the empty string, the empty host of socketserver/http.server (every address, INADDR_ANY).
    // Was a MISS (fixed in round 88): CONFIG-FILE-EMPTY-INI-VALUE: listeners.ts configFileSettings keeps an empty value after `=` as "" (configparser "Supported INI File Structure": `empty string value here =`), judged as `bind: ""` is.
    dev(
        "opsd --config /opt/ops/opsd.ini ([http] bind = (empty), port = 9000)",
        unit("dev-nsec10-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.ini", [
            ...file("/opt/ops/opsd.ini", ["[http]", "bind =", "port = 9000", "[files]", "root = /"]),
        ]),
    ),
    // JSON5 (json5.org: comments, unquoted keys, single quotes, trailing commas) at the program's default path with
    // an extension CONFIG_FILE_NAME may not list.
    // Was a MISS (fixed in round 88): DEFAULT-PATH-EXTENSION: listeners.ts unreadConfigFileListeners reads every file user data wrote under /etc/PROG/ and /etc/PROG.d/ whatever its name; the `// comment` is no longer read as the directory / (rootWrites.ts configured drops comments: dev-nsec26s-rt88l).
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
    ),
    // An extensionless file at the default directory (/etc/PROGRAM/config, the git-style name many daemons use).
    // Was a MISS (fixed in round 88): DEFAULT-PATH-EXTENSION: as dev-nsec11-rt88l (the extensionless /etc/opsd/config read).
    dev(
        "/etc/opsd/config (listen: 0.0.0.0:9000, no extension), opsd started with no options",
        unit("dev-nsec12-rt88l", "/usr/local/bin/opsd", [
            ...file("/etc/opsd/config", ["listen: 0.0.0.0:9000", "root: /usr/share/ops/pub"]),
        ]),
    ),
    // ---- D. includes of other files ----
    // A configuration that includes another (the common `include:`/`imports` convention: Caddyfile `import`,
    // nginx `include`, TOML `imports`): the listen setting is in the included file, named by no option.
    // Was a MISS (fixed in round 88): CONFIG-INCLUDE-UNREAD: listeners.ts configIncludes follows a file's include/import keys (absolute, relative to the file, globs over the files user data wrote), each read as the same program's configuration; an include the pack cannot read fails closed (includeUnknown).
    dev(
        "opsd --config /opt/ops/opsd.yaml (include: /opt/ops/net.yaml, which has listen: 0.0.0.0:9000)",
        unit("dev-nsec13-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            ...file("/opt/ops/net.yaml", ["listen: 0.0.0.0:9000"]),
            ...file("/opt/ops/opsd.yaml", ["include: /opt/ops/net.yaml", "root: /usr/share/ops/pub"]),
        ]),
    ),
    // Was a MISS (fixed in round 88): CONFIG-INCLUDE-UNREAD: as dev-nsec13-rt88l (TOML `imports` glob expanded over the files user data wrote).
    dev(
        "opsd --config /opt/ops/opsd.toml (imports = [/opt/ops/conf.d/*.toml]; conf.d/listen.toml listen = :9000)",
        unit("dev-nsec14-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.toml", [
            ...file("/opt/ops/conf.d/listen.toml", ['listen = ":9000"']),
            ...file("/opt/ops/opsd.toml", ['imports = ["/opt/ops/conf.d/*.toml"]', 'root = "/usr/share/ops/pub"']),
        ]),
    ),
    // ---- E. binds by environment variables (no option, no file) ----
    // The HOST/BIND_ADDR convention (Node.js frameworks, uvicorn's UVICORN_HOST; systemd.exec(5) "Environment="),
    // an empty host `:PORT` (Go net.Listen).
    dev(
        "opsd as root, Environment=BIND_ADDR=:9000",
        unit("dev-nsec15-rt88l", "/usr/local/bin/opsd --root /usr/share/ops/pub", [], ["Environment=BIND_ADDR=:9000"]),
    ),
    // A program-prefixed listen variable holding a bare port (every address).
    // Was a MISS (fixed in round 88): ENV-BIND-BARE-PORT: systemd.ts environmentListeners reads a LISTEN/BIND/ADDR variable (not a PORT) holding a port alone as every address (Go net.Listen: "If the host in the address parameter is empty ... listens on all available unicast and anycast IP addresses"), as `listen: 9000` in a file.
    dev(
        "opsd as root, Environment=OPSD_LISTEN=9000",
        unit("dev-nsec16-rt88l", "/usr/local/bin/opsd --root /usr/share/ops/pub", [], ["Environment=OPSD_LISTEN=9000"]),
    ),
    // HOST= empty (every address: the empty host).
    // Was a MISS (fixed in round 88): ENV-BIND-EMPTY-HOST: systemd.ts environmentListeners reads an empty HOST/BIND/LISTEN/ADDR/IP value as every address (Python socket "Socket families": "the empty string represents INADDR_ANY"), as `bind: ""` in a file.
    dev(
        'opsd as root, Environment="HOST=" PORT=9000',
        unit(
            "dev-nsec17-rt88l",
            "/usr/local/bin/opsd --root /usr/share/ops/pub",
            [],
            ['Environment="HOST=" PORT=9000'],
        ),
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
    // Was a MISS (fixed in round 88): CONFIG-PATH-BY-ENVIRONMENT: rootWrites.ts VIEWED_VARIABLES keeps every PROG_CONFIG*-shaped assignment of the script (bash(1) "export": "automatic export to the environment of subsequently executed commands"), so listeners.ts environmentConfigListeners follows it for a program started outside a unit; a value the pack cannot compute fails closed.
    dev(
        "export OPSD_CONFIG=/opt/ops/opsd.yaml; nohup opsd & (listen: 0.0.0.0:9000)",
        script("dev-nsec23-rt88l", [
            ...file("/opt/ops/opsd.yaml", ["listen: 0.0.0.0:9000", "root: /usr/share/ops/pub"]),
            "export OPSD_CONFIG=/opt/ops/opsd.yaml",
            "nohup /usr/local/bin/opsd >/var/log/opsd.log 2>&1 &",
        ]),
    ),
    // ---- G. configuration option spellings and writers ----
    // Puppet-style `--confdir` (no separator between conf and dir): the directory's config file listens everywhere.
    // Was a MISS (fixed in round 88): CONFIG-FILE-OPTION-SPELLING: listeners.ts CONFIG_FILE_OPTION's separator is optional (`--confdir`; puppet.com "Config directory (confdir)": "run commands with the --confdir parameter to specify the confdir").
    dev(
        "opsd --confdir=/opt/ops/cfg (cfg/opsd.yaml listen: 0.0.0.0:9000)",
        unit("dev-nsec24-rt88l", "/usr/local/bin/opsd --confdir=/opt/ops/cfg", [
            ...file("/opt/ops/cfg/opsd.yaml", ["listen: 0.0.0.0:9000", "root: /usr/share/ops/pub"]),
        ]),
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
    // Was a MISS (fixed in round 88): LISTEN-BY-DEFAULT-UNREAD: listeners.ts defaultBindListeners (DEFAULT_EVERY_ADDRESS_SERVERS: dufs, copyparty, gohttpserver, goshs, static-web-server, darkhttpd, by their documented defaults) reads a server given no bind by option, by a config file key or by its own environment as listening on every address (fail closed).
    dev(
        "dufs -c /opt/ops/dufs.yaml (serve-path /, allow-all, no bind: default every address)",
        unit("dev-nsec30-rt88l", "/usr/local/bin/dufs -c /opt/ops/dufs.yaml", [
            ...file("/opt/ops/dufs.yaml", ["serve-path: /", "port: 5000", "allow-all: true"]),
        ]),
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
    // Was a MISS (fixed in round 88): SOCKET-ACTIVATED-UNREAD-SERVER: systemd.ts socketShellOpenings judges a socket unit's root service (no User=/DynamicUser=) running a program the pack does not read (readServers' unread), handed the listening sockets (not StandardInput=socket), as an unread listener where the socket listens: a port alone every address (systemd.socket(5) ListenStream=).
    dev(
        "ops.socket ListenStream=9000, ops.service opsd --root / (socket activation)",
        script("dev-nsec34-rt88l", socketUnit(["ListenStream=9000"], "/usr/local/bin/opsd --root /usr/share/ops/pub")),
    ),
    // Was a MISS (fixed in round 88): SOCKET-ACTIVATED-UNREAD-SERVER: as dev-nsec34-rt88l ([::]:9000 is every address).
    dev(
        "ops.socket ListenStream=[::]:9000, ops.service opsd --root /usr/share/ops/pub",
        script(
            "dev-nsec35-rt88l",
            socketUnit(["ListenStream=[::]:9000"], "/usr/local/bin/opsd --root /usr/share/ops/pub"),
        ),
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
    // Was a MISS (fixed in round 88): LIBVIRT-TLS-NO-VERIFY: daemonConfigs.ts libvirtUnitListeners reads an enabled libvirtd-tls.socket / virtproxyd-tls.socket as the TLS listener on every address (socket activation ignores listen_tls and listen_addr: virtproxyd(8) "Socket activation mode"; libvirt wiki "Libvirt daemon is not listening on TCP ports"), judged by libvirtTlsListeners.
    dev(
        "virtproxyd-tls.socket, virtproxyd.conf tls_no_verify_certificate = 1, auth_tls = none",
        script("dev-nsec38-rt88l", [
            ...file("/etc/libvirt/virtproxyd.conf", ["tls_no_verify_certificate = 1", 'auth_tls = "none"']),
            "systemctl enable --now virtproxyd.socket virtproxyd-ro.socket virtproxyd-admin.socket virtproxyd-tls.socket",
        ]),
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
    // ---- round 88 fixes' neighbours (-fix88) ----
    // kube-proxy's KubeProxyConfiguration names its health server's address `healthzBindAddress` (componentconfig
    // v1alpha1: "healthzBindAddress is the IP address for the health check server to serve on ... (set to 0.0.0.0
    // for all interfaces)"): a camelCase bind key holding Go's empty host.
    dev(
        "opsd --config /opt/ops/kp.yaml (healthzBindAddress: ':10256', camelCase)",
        unit("dev-nsec1-fix88", "/usr/local/bin/opsd --config /opt/ops/kp.yaml", [
            ...file("/opt/ops/kp.yaml", ['healthzBindAddress: ":10256"', "clusterCIDR: 10.100.0.0/16"]),
        ]),
    ),
    // Consul's `addresses` block with IPv6's every address and no port (HCL, across lines).
    dev(
        'opsd -config-file=/opt/ops/agent.hcl (addresses { dns = "::" })',
        unit("dev-nsec2-fix88", "/usr/local/bin/opsd -config-file=/opt/ops/agent.hcl", [
            ...file("/opt/ops/agent.hcl", ["addresses {", '  dns = "::"', "}", "ports {", "  dns = 8600", "}"]),
        ]),
    ),
    // nginx's "include file | mask" (`include vhosts/*.conf;`: a file, or every file the mask matches): the included
    // file's `listen 9000;` (a port alone: every address).
    dev(
        "opsd -c /opt/ops/opsd.conf (include /opt/ops/conf.d/*.conf; site.conf listen 9000;)",
        unit("dev-nsec3-fix88", "/usr/local/bin/opsd -c /opt/ops/opsd.conf", [
            ...file("/opt/ops/conf.d/site.conf", ["server {", "  listen 9000;", "  root /usr/share/ops/pub;", "}"]),
            ...file("/opt/ops/opsd.conf", ["events {}", "http {", "  include /opt/ops/conf.d/*.conf;", "}"]),
        ]),
    ),
    // An include of a file user data downloads (its text unknown to the pack): fail closed.
    dev(
        "opsd --config /opt/ops/opsd.yaml (include: /opt/ops/net.yaml, net.yaml downloaded)",
        unit("dev-nsec4-fix88", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            ...file("/opt/ops/opsd.yaml", ["include: /opt/ops/net.yaml", "root: /usr/share/ops/pub"]),
            "curl -fsSL -o /opt/ops/net.yaml https://config.example.com/ops/net.yaml",
        ]),
        /opsd reading \/opt\/ops\/net\.yaml, included by \/opt\/ops\/opsd\.yaml/,
    ),
    // A drop-in without an extension in /etc/PROG.d/ (the packaging convention's directory).
    dev(
        '/etc/opsd.d/10-net (listen = "[::]:9000", no extension), opsd started with no options',
        unit("dev-nsec5-fix88", "/usr/local/bin/opsd", [...file("/etc/opsd.d/10-net", ['listen = "[::]:9000"'])]),
    ),
    // `--configdir` (no separator) naming the directory of a configuration on every address.
    dev(
        'opsd --configdir /opt/ops/cfg (cfg/opsd.toml bind = "0.0.0.0")',
        unit("dev-nsec6-fix88", "/usr/local/bin/opsd --configdir /opt/ops/cfg", [
            ...file("/opt/ops/cfg/opsd.toml", ['bind = "0.0.0.0"', "port = 9000"]),
        ]),
    ),
    // Known text appended after a whole write: the composed file holds Go's empty host under listen.
    dev(
        "echo 'root: ...' > FILE; echo 'listen: \":9000\"' >> FILE; opsd --config",
        unit("dev-nsec7-fix88", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            "mkdir -p /opt/ops",
            "echo 'root: /usr/share/ops/pub' > /opt/ops/opsd.yaml",
            "echo 'listen: \":9000\"' >> /opt/ops/opsd.yaml",
        ]),
    ),
    // The append after the unit is started: a restart (Restart=on-failure, a reboot) reads the composed file.
    dev(
        "opsd unit started, then echo 'bind: 0.0.0.0' >> its loopback configuration",
        script("dev-nsec8-fix88", [
            ...file("/opt/ops/opsd.yaml", ["listen: 127.0.0.1:9000", "root: /usr/share/ops/pub"]),
            ...systemdUnit("ops", ["ExecStart=/usr/local/bin/opsd --config /opt/ops/opsd.yaml"]),
            "echo 'bind: 0.0.0.0' >> /opt/ops/opsd.yaml",
        ]),
    ),
    // INI: an empty host under `[web]` (configparser's empty value), the port beside it.
    dev(
        "opsd --config /opt/ops/opsd.ini ([web] host = (empty), port = 8080)",
        unit("dev-nsec9-fix88", "/usr/local/bin/opsd --config /opt/ops/opsd.ini", [
            ...file("/opt/ops/opsd.ini", ["[web]", "host =", "port = 8080"]),
        ]),
    ),
    // A JSON5 configuration (with a comment) whose agent reads the pods' tokens: still read after comments are
    // dropped (json5.org: "Comments": single-line `//`; an OpenTelemetry filelog receiver-style path list).
    dev(
        "/etc/opsd/opsd.json5 (// comment, paths: ['/var/lib/kubelet/pods/*/volumes/**']), opsd",
        unit("dev-nsec10-fix88", "/usr/local/bin/opsd", [
            ...file("/etc/opsd/opsd.json5", [
                "// opsd log shipping",
                "{",
                "  paths: ['/var/lib/kubelet/pods/*/volumes/**'], // every pod's volumes",
                "}",
            ]),
        ]),
    ),
    // fix88-nsec-b (environment, socket activation, libvirt TLS socket, default binds):
    // An own ADDR variable from an EnvironmentFile= holding a port alone (Go net.Listen: an empty host is every address).
    dev(
        "opsd as root, EnvironmentFile=/etc/default/ops (OPSD_ADDR=8080)",
        unit(
            "dev-nsec11-fix88",
            "/usr/local/bin/opsd --root /usr/share/ops/pub",
            [...file("/etc/default/ops", ["OPSD_ADDR=8080"])],
            ["EnvironmentFile=/etc/default/ops"],
        ),
    ),
    // An empty BIND given to the program alone (Python socket: "" is INADDR_ANY).
    dev(
        "opsd as root, Environment=BIND= PORT=9000",
        unit("dev-nsec12-fix88", "/usr/local/bin/opsd --root /usr/share/ops/pub", [], ["Environment=BIND= PORT=9000"]),
    ),
    // systemd.socket(5) Service=: the socket hands its listening socket (0.0.0.0: every IPv4 address) to another
    // service, which runs an unread server as root.
    dev(
        "web.socket ListenStream=0.0.0.0:8443 Service=webd.service, webd runs /opt/ops/bin/webd",
        script("dev-nsec13-fix88", [
            ...file("/etc/systemd/system/web.socket", [
                "[Socket]",
                "ListenStream=0.0.0.0:8443",
                "Service=webd.service",
                "[Install]",
                "WantedBy=sockets.target",
            ]),
            ...file("/etc/systemd/system/webd.service", [
                "[Service]",
                "ExecStart=/opt/ops/bin/webd --serve /usr/share/ops/pub",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now web.socket",
        ]),
    ),
    // PROG_CONF_FILE exported (bash(1) "export"), the program started with no option: its TOML binds every address.
    dev(
        "export OPSD_CONF_FILE=/etc/ops/opsd.toml; opsd & (bind = 0.0.0.0)",
        script("dev-nsec14-fix88", [
            ...file("/etc/ops/opsd.toml", ['bind = "0.0.0.0"', "port = 9000"]),
            "export OPSD_CONF_FILE=/etc/ops/opsd.toml",
            "/usr/local/bin/opsd &",
        ]),
    ),
    // PROG_CONFIG of a value the pack cannot compute (a command substitution): any file, fail closed.
    dev(
        'export OPSD_CONFIG="$(cat /etc/ops/config-path)"; opsd &',
        script("dev-nsec15-fix88", ['export OPSD_CONFIG="$(cat /etc/ops/config-path)"', "/usr/local/bin/opsd &"]),
    ),
    // The monolithic daemon's TLS socket (libvirt wiki: `systemctl enable --now libvirtd-tcp.socket
    // libvirtd-tls.socket`) with libvirtd.conf tls_no_verify_certificate = 1.
    dev(
        "libvirtd-tls.socket, libvirtd.conf tls_no_verify_certificate = 1 (auth_tls default none)",
        script("dev-nsec16-fix88", [
            ...file("/etc/libvirt/libvirtd.conf", ["tls_no_verify_certificate = 1"]),
            "systemctl enable --now libvirtd.socket libvirtd-tls.socket",
        ]),
    ),
    // dufs README: no `bind:` in the file and no -b: its default, every address, whatever it serves.
    dev(
        "dufs --config=/opt/ops/dufs.yaml (serve-path /usr/share/ops/pub, no bind)",
        unit("dev-nsec17-fix88", "/usr/local/bin/dufs --config=/opt/ops/dufs.yaml", [
            ...file("/opt/ops/dufs.yaml", ["serve-path: /usr/share/ops/pub", "port: 5000", "allow-upload: true"]),
        ]),
    ),
    // gohttpserver README "--addr" (default ":8000"): started with no address.
    dev(
        "gohttpserver -r /usr/share/ops/pub --upload as root (default :8000)",
        unit("dev-nsec18-fix88", "/usr/local/bin/gohttpserver -r /usr/share/ops/pub --upload"),
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
    // Was a MISS (fixed in round 88): APPEND-WRITE-UNREAD: rootReads.ts RootReads.file and rootWrites.ts viewingJudge compose known text appended (`tee -a` of a known standard input, `>>`) with the file's known whole text (withAppended); only other appends leave it unknown.
    dev(
        "echo 'listen: 127.0.0.1:9000' | tee /opt/ops/opsd.yaml; opsd --config",
        unit("dev-nsec18s-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            "mkdir -p /opt/ops",
            "echo 'listen: 127.0.0.1:9000' | tee /opt/ops/opsd.yaml",
            "echo 'root: /usr/share/ops/pub' | tee -a /opt/ops/opsd.yaml",
        ]),
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
    // Was a MISS (fixed in round 88): APPEND-WRITE-UNREAD: as dev-nsec18s-rt88l (`>` then `>>`).
    dev(
        "echo 'listen: 127.0.0.1:9000' > FILE; echo 'root: ...' >> FILE; opsd --config",
        unit("dev-nsec25s-rt88l", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            "mkdir -p /opt/ops",
            "echo 'listen: 127.0.0.1:9000' > /opt/ops/opsd.yaml",
            "echo 'root: /usr/share/ops/pub' >> /opt/ops/opsd.yaml",
        ]),
    ),
    // JSON5 (json5.org: `//` comments) at the default path, listening on loopback.
    // Was a MISS (fixed in round 88): COMMENT-READ-AS-PATH: rootWrites.ts configured drops a configuration's comments (`//` and `#` at a line's start or after a blank, `;` at a line's start) before reading its lines for the node's credentials.
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
    // ---- round 88 fixes' neighbours (-fix88) ----
    // A camelCase bind key on IPv6 loopback (ipv6(7): ::1).
    dev(
        "opsd --config /opt/ops/opsd.yaml (grpcBindAddress: '[::1]:9000')",
        unit("dev-nsec1s-fix88", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            ...file("/opt/ops/opsd.yaml", ['grpcBindAddress: "[::1]:9000"', "root: /usr/share/ops/pub"]),
        ]),
    ),
    // An nginx-style configuration on loopback whose upstream block names the far end it proxies to (nginx
    // ngx_http_upstream_module "server address ...": a server of the group, dialled, not bound).
    dev(
        "opsd -c /opt/ops/opsd.conf (upstream { server 10.0.5.20:8080; }, listen 127.0.0.1:9000)",
        unit("dev-nsec2s-fix88", "/usr/local/bin/opsd -c /opt/ops/opsd.conf", [
            ...file("/opt/ops/opsd.conf", [
                "upstream backend {",
                "  server 10.0.5.20:8080;",
                "}",
                "server {",
                "  listen 127.0.0.1:9000;",
                "  location / {",
                "    proxy_pass http://backend;",
                "  }",
                "}",
            ]),
        ]),
    ),
    // TOML `imports` glob over loopback files.
    dev(
        "opsd --config /opt/ops/opsd.toml (imports = [/opt/ops/conf.d/*.toml]; listen = 127.0.0.1:9000)",
        unit("dev-nsec3s-fix88", "/usr/local/bin/opsd --config /opt/ops/opsd.toml", [
            ...file("/opt/ops/conf.d/listen.toml", ['listen = "127.0.0.1:9000"']),
            ...file("/opt/ops/opsd.toml", ['imports = ["/opt/ops/conf.d/*.toml"]', 'root = "/usr/share/ops/pub"']),
        ]),
    ),
    // An extensionless default-path file on loopback.
    dev(
        "/etc/opsd/config (listen: 127.0.0.1:9000, no extension), opsd started with no options",
        unit("dev-nsec4s-fix88", "/usr/local/bin/opsd", [
            ...file("/etc/opsd/config", ["listen: 127.0.0.1:9000", "root: /usr/share/ops/pub"]),
        ]),
    ),
    // INI with an empty value under a key that is no address (configparser: "" is a value), bound to loopback.
    dev(
        "opsd --config /opt/ops/opsd.ini ([auth] realm = (empty); [http] bind = 127.0.0.1)",
        unit("dev-nsec5s-fix88", "/usr/local/bin/opsd --config /opt/ops/opsd.ini", [
            ...file("/opt/ops/opsd.ini", ["[auth]", "realm =", "[http]", "bind = 127.0.0.1", "port = 9000"]),
        ]),
    ),
    // HCL with a trailing `//` comment (hashicorp/hcl: "Single line comments start with # or //") on loopback.
    dev(
        '/etc/opsd/opsd.hcl (data_dir = "/var/lib/opsd" // state, bind = 127.0.0.1), opsd',
        unit("dev-nsec6s-fix88", "/usr/local/bin/opsd", [
            ...file("/etc/opsd/opsd.hcl", [
                "# opsd agent",
                'data_dir = "/var/lib/opsd" // state lives here',
                'bind_addr = "127.0.0.1"',
            ]),
        ]),
    ),
    // A heredoc then an append of loopback text (bash(1) "Appending Redirected Output").
    dev(
        "cat > FILE <<'EOF' (listen: 127.0.0.1:9000) then echo 'root: ...' >> FILE; opsd --config",
        unit("dev-nsec7s-fix88", "/usr/local/bin/opsd --config /opt/ops/opsd.yaml", [
            ...file("/opt/ops/opsd.yaml", ["listen: 127.0.0.1:9000"]),
            "echo 'root: /usr/share/ops/pub' >> /opt/ops/opsd.yaml",
        ]),
    ),
    // WireGuard-style routes (AllowedIPs = 0.0.0.0/0: a CIDR of destinations, no address bound) beside a loopback bind.
    dev(
        "opsd --config /opt/ops/opsd.conf ([Peer] AllowedIPs = 0.0.0.0/0; [Interface] bind = 127.0.0.1)",
        unit("dev-nsec8s-fix88", "/usr/local/bin/opsd --config /opt/ops/opsd.conf", [
            ...file("/opt/ops/opsd.conf", ["[Interface]", "bind = 127.0.0.1", "[Peer]", "AllowedIPs = 0.0.0.0/0"]),
        ]),
    ),
    // fix88-nsec-b neighbours: own listen variables on loopback, a PORT alone (no bind).
    dev(
        "opsd as root, Environment=OPSD_PORT=9000 OPSD_LISTEN=127.0.0.1:9000",
        unit(
            "dev-nsec9s-fix88",
            "/usr/local/bin/opsd --root /usr/share/ops/pub",
            [],
            ["Environment=OPSD_PORT=9000 OPSD_LISTEN=127.0.0.1:9000"],
        ),
    ),
    dev(
        "opsd as root, Environment=HOST=127.0.0.1 PORT=9000",
        unit(
            "dev-nsec10s-fix88",
            "/usr/local/bin/opsd --root /usr/share/ops/pub",
            [],
            ["Environment=HOST=127.0.0.1 PORT=9000"],
        ),
    ),
    // systemd.socket(5) BindToDevice=lo: only the node's own traffic; a unix socket path is no network listener.
    dev(
        "ops.socket ListenStream=9000 BindToDevice=lo, ops.service opsd",
        script(
            "dev-nsec11s-fix88",
            socketUnit(["ListenStream=9000", "BindToDevice=lo"], "/usr/local/bin/opsd --root /usr/share/ops/pub"),
        ),
    ),
    dev(
        "ops.socket ListenStream=/run/ops/ops.sock, ops.service opsd",
        script(
            "dev-nsec12s-fix88",
            socketUnit(
                ["ListenStream=/run/ops/ops.sock", "SocketMode=0600"],
                "/usr/local/bin/opsd --root /usr/share/ops/pub",
            ),
        ),
    ),
    // The exported configuration path of a loopback configuration.
    dev(
        "export OPSD_CONFIG=/opt/ops/opsd.yaml; nohup opsd & (listen: 127.0.0.1:9000)",
        script("dev-nsec13s-fix88", [
            ...file("/opt/ops/opsd.yaml", ["listen: 127.0.0.1:9000", "root: /usr/share/ops/pub"]),
            "export OPSD_CONFIG=/opt/ops/opsd.yaml",
            "nohup /usr/local/bin/opsd >/var/log/opsd.log 2>&1 &",
        ]),
    ),
    // libvirtd.conf: client certificates verified (tls_no_verify_certificate unset: "Flag to disable verification").
    dev(
        "virtproxyd-tls.socket with the packaged virtproxyd.conf (client certificates verified)",
        script("dev-nsec14s-fix88", [
            ...file("/etc/libvirt/virtproxyd.conf", ['tls_allowed_dn_list = ["CN=ops-admin,O=Example"]']),
            "systemctl enable --now virtproxyd.socket virtproxyd-tls.socket",
        ]),
    ),
    // dufs on loopback by its file and by -b (dufs README "-b, --bind").
    dev(
        "dufs -c /opt/ops/dufs.yaml (serve-path /usr/share/ops/pub, bind: 127.0.0.1)",
        unit("dev-nsec15s-fix88", "/usr/local/bin/dufs -c /opt/ops/dufs.yaml", [
            ...file("/opt/ops/dufs.yaml", ["serve-path: /usr/share/ops/pub", "bind: 127.0.0.1", "port: 5000"]),
        ]),
    ),
    dev(
        "dufs -b 127.0.0.1 -p 5000 /usr/share/ops/pub",
        unit("dev-nsec16s-fix88", "/usr/local/bin/dufs -b 127.0.0.1 -p 5000 /usr/share/ops/pub"),
    ),
];

describeNodeCases("red team round 88: node listeners (nsec)", insecure, secure);
