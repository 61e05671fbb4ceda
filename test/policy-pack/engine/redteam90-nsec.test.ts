// Red-team round 90 on EKS NODE listeners, area nsec (suffix -rt90n).
// Probed (neighbours of rounds 88/89's listener rules in listeners.ts fileSettingBeyondLoopback/FILE_FAR_END_KEY,
// environmentConfigListeners, defaultBindListeners, systemd.ts environmentListeners/socketShellOpenings, relays.ts):
// far-end block words over every-address values (`gateway:`, last word `server`); value spellings (PostgreSQL `*`,
// inet_aton's "0", IPv4-mapped [::ffff:0.0.0.0], go-sockaddr templates, host names, a remapped `localhost`); XML
// attributes; --config URIs (OpenTelemetry file:/yaml:/env:, `${env:NODE_IP}`); PROG_CONFIG relative, by systemctl
// set-environment; listen variables by DefaultEnvironment=, Dex-style any-name, `*`, `set -a; . FILE`, export; socket
// units (a drop-in resetting ListenStream=, ListenDatagram=, BindToDevice=eth0); every-address default servers not in
// DEFAULT_EVERY_ADDRESS_SERVERS (toosimple, simple-http-server, webfsd); IMDS relays (wg-quick PostUp DNAT, nftables
// service file, ssh -R); containers (-P publish-all, compose ports). Secure twins: loopback in each form, client CIDR
// allowlists, advertise-only templates, CloudWatch agent statsd/collectd on loopback, containerd default listeners,
// node_exporter socket-activated on loopback, EKS HTTP-proxy NO_PROXY with IMDS, an IMDS DROP rule, ssh -L on
// loopback, SSM agent.
// Misses (9 insecure accepted, 3 secure refused):
// - insecure, CONFIG-FILE-TEMPLATED-ADDRESS (2): dev-nsec6/7-rt90n (`{{ GetPrivateIP }}`, `{{ GetInterfaceIP "eth0" }}`).
// - insecure, CONFIG-URI-PROVIDER-UNREAD (2): dev-nsec10/31-rt90n (otelcol `--config=yaml:...`, `--config=env:NAME`).
// - insecure, ENV-BIND-STAR (1): dev-nsec15-rt90n (OPSD_LISTEN_ADDRESSES=*).
// - insecure, ENV-ALLEXPORT-SOURCED-FILE (1): dev-nsec16-rt90n (`set -a; . /etc/default/opsd; set +a`).
// - insecure, CONFIG-FILE-HOSTNAME-BIND (2): dev-nsec27/30-rt90n (a name mapped to 0.0.0.0 in /etc/hosts, the node's
//   EC2 private DNS name).
// - insecure, LOOPBACK-NAME-REMAPPED (1): dev-nsec28-rt90n (/etc/hosts `0.0.0.0 localhost`, `listen: localhost:9000`).
// - secure, CONTAINERD-RUNC-OPTIONS-REFUSED (1): dev-nsec7s-rt90n (runc SystemdCgroup = true).
// - secure, SSH-IDENTITY-READ-AS-WRITTEN (1): dev-nsec13s-rt90n (ssh -i KEY -L 127.0.0.1:...).
// - secure, CONFIG-PATH-RELATIVE-FAILS-CLOSED (1): dev-nsec16s-rt90n (cd DIR; export OPSD_CONFIG=opsd.yaml).
// Round 90 fixes (fix90-nsec): all 12 misses fixed and unskipped (comments "Was a MISS (fixed in round 90)"):
// templates `{{ }}` are computed values (listeners.ts computedValue, configFileSettings keeps one whole); a listen/bind
// key's host NAME other than loopback is beyond loopback (boundByName, loopbackOnly reading the written /etc/hosts);
// `*` alone in any listen slot (everyAddressListenValue, systemd.ts environmentListeners); config URIs `yaml:`/`env:`
// read, other schemes fail closed (unreadConfigFileListeners); a file sourced under `set -a` gives its variables to
// later programs (systemd.ts environmentGiven, shared.ts setsAllexport); stock runc runtimes with SystemdCgroup
// (formats.ts stockRuncRuntimes); ssh -i / IdentityFile read only (rootReads.ts clientReadOnlyDropped); a relative
// PROG_CONFIG resolved against the program's working directory (environmentConfigListeners). Neighbours: -fix90.
// Held: 24 of 33 insecure refused (gateway/server far-end words, `*` and "0" and ::ffff:0.0.0.0 in files, XML
// attribute, file: URI, relative PROG_CONFIG (fail closed), set-environment, DefaultEnvironment=, Dex-style variable,
// socket drop-in reset, ListenDatagram, BindToDevice, toosimple/simple-http-server/webfsd, wg-quick PostUp, nftables
// file, -P, compose ports, export OPSD_LISTEN, ${env:NODE_IP}, ssh -R to IMDS); 17 of 20 secure clean.
import { describeNodeCases, devNodeCase, devNodeScript, heredocFile, NodeCase, systemdUnit } from "./nodeBuilders";

const dev = devNodeCase;
const script = devNodeScript;
const file = heredocFile;
const id = (n: string) => `dev-nsec${n}-rt90n`;

/** A root unit `ops` running `exec` (`pre` lines before it, `service` lines in its [Service] section). */
const unit = (name: string, exec: string, pre: string[] = [], service: string[] = []) =>
    script(id(name), [...pre, ...systemdUnit("ops", [...service, `ExecStart=${exec}`])]);

/** A socket unit ops.socket (`socket` lines) whose ops.service (Accept=no: handed the listening socket) runs `exec`. */
const socketUnit = (socket: string[], exec: string, service: string[] = [], extra: string[] = []) => [
    ...file("/etc/systemd/system/ops.socket", ["[Socket]", ...socket, "[Install]", "WantedBy=sockets.target"]),
    ...file("/etc/systemd/system/ops.service", ["[Service]", ...service, `ExecStart=${exec}`]),
    ...extra,
    "systemctl daemon-reload",
    "systemctl enable --now ops.socket",
];

const OPSD = "/usr/local/bin/opsd";

const insecure: NodeCase[] = [
    // ---- A. the any-key rule's far-end words (listeners.ts FILE_FAR_END_KEY) and value spellings ----
    // Go net.Listen ("If the host in the address parameter is empty ... Listen listens on all available unicast and
    // anycast IP addresses of the local system"): `:8080` never names a peer to dial, yet the block word `gateway`
    // (grpc-gateway's HTTP front, Envoy Gateway, NATS `gateway {}`) makes the key a far end.
    dev(
        "opsd --config /opt/ops/opsd.yaml (gateway: http: ':8080', a far-end block word over Go's empty host)",
        unit("1", `${OPSD} --config /opt/ops/opsd.yaml`, [
            ...file("/opt/ops/opsd.yaml", ["gateway:", '  http: ":8080"', "storage:", "  root: /usr/share/ops/pub"]),
        ]),
    ),
    // A last word `server` holding IPv6's every address in brackets ([::], RFC 4291 §2.5.2 unspecified): a server's
    // own address under `api.server` (no client dials [::]).
    dev(
        "opsd --config /opt/ops/opsd.yaml (api: server: '[::]:9000')",
        unit("2", `${OPSD} --config /opt/ops/opsd.yaml`, [
            ...file("/opt/ops/opsd.yaml", ["api:", '  server: "[::]:9000"', "root: /usr/share/ops/pub"]),
        ]),
    ),
    // PostgreSQL runtime-config-connection listen_addresses: "The special entry * corresponds to all available IP
    // interfaces" (postgresql.conf.sample: "defaults to 'localhost'; note '*' = all"): `*` alone, no port.
    dev(
        "opsd -c /opt/ops/opsd.conf (listen_addresses = '*', postgresql.conf style)",
        unit("3", `${OPSD} -c /opt/ops/opsd.conf`, [
            ...file("/opt/ops/opsd.conf", ["listen_addresses = '*'", "port = 5433", "data_directory = '/var/lib/ops'"]),
        ]),
    ),
    // inet_aton(3): "a: The value a is interpreted as a 32-bit value" — the address "0" is 0.0.0.0 (glibc getaddrinfo
    // takes inet_aton's forms: Python socket.bind(("0", 9000)), curl, ping all read it as INADDR_ANY).
    dev(
        'opsd --config /opt/ops/opsd.toml (bind = "0", port = 9000)',
        unit("4", `${OPSD} --config /opt/ops/opsd.toml`, [
            ...file("/opt/ops/opsd.toml", ['bind = "0"', "port = 9000", 'root = "/usr/share/ops/pub"']),
        ]),
    ),
    // RFC 4291 §2.5.5.2 IPv4-mapped: an AF_INET6 socket bound to ::ffff:0.0.0.0 takes IPv4 connections to any local
    // IPv4 address (ipv6(7): "IPv4 connections can be handled with the v6 API by using the v4-mapped-on-v6 address
    // type"), in TOML.
    dev(
        'opsd --config /opt/ops/opsd.toml (listen = "[::ffff:0.0.0.0]:9000")',
        unit("5", `${OPSD} --config /opt/ops/opsd.toml`, [
            ...file("/opt/ops/opsd.toml", ['listen = "[::ffff:0.0.0.0]:9000"', 'root = "/usr/share/ops/pub"']),
        ]),
    ),
    // HashiCorp go-sockaddr templates (pkg.go.dev go-sockaddr/template: "`{{ GetPrivateIP }}` ... resolving specific
    // values that are only available at runtime ... when a config file is parsed"; Consul's client_addr "The address
    // to which Consul will bind client interfaces, including the HTTP and DNS servers" accepts one): the node's
    // private address for the HTTP API with script checks on.
    // Was a MISS (fixed in round 90): CONFIG-FILE-TEMPLATED-ADDRESS: insecure accepted (got []). A go-sockaddr/Go text/template value (`{{ GetPrivateIP }}`) under an address key is computed at run time (the node's private address), but fileSettingBeyondLoopback judges a computed value only when it holds `$`/a backquote or SUBSTITUTED_MARK (mayBeNodeAddress). Where: policy-pack/engine/userDataReaders/listeners.ts fileSettingBeyondLoopback. Fix (general): a value holding a template expression (`{{ ... }}`: Go text/template, go-sockaddr, Jinja) is computed: under a listen/bind/address key, and in the any-key rule, it may be any address, so fail closed as `$NODE_IP` is (pkg.go.dev go-sockaddr/template: "resolving specific values that are only available at runtime").
    dev(
        'opsd -config-file=/opt/ops/agent.hcl (client_addr = "{{ GetPrivateIP }}", enable_script_checks)',
        unit("6", `${OPSD} agent -config-file=/opt/ops/agent.hcl`, [
            ...file("/opt/ops/agent.hcl", [
                'client_addr = "{{ GetPrivateIP }}"',
                'data_dir = "/var/lib/ops"',
                "enable_script_checks = true",
            ]),
        ]),
    ),
    // go-sockaddr GetInterfaceIP ("returns the first usable IP address on the named interface"): eth0's address.
    // Was a MISS (fixed in round 90): CONFIG-FILE-TEMPLATED-ADDRESS: insecure accepted (got []). As dev-nsec6-rt90n (`{{ GetInterfaceIP "eth0" }}` under addresses.http). Where: listeners.ts fileSettingBeyondLoopback. Fix (general): as dev-nsec6-rt90n.
    dev(
        'opsd -config-file=/opt/ops/agent.hcl (addresses { http = "{{ GetInterfaceIP \\"eth0\\" }}" })',
        unit("7", `${OPSD} agent -config-file=/opt/ops/agent.hcl`, [
            ...file("/opt/ops/agent.hcl", ["addresses {", '  http = "{{ GetInterfaceIP \\"eth0\\" }}"', "}"]),
        ]),
    ),
    // An XML configuration whose listener address is an attribute (Tomcat server.xml's `<Connector port="8080"
    // address="...">`: "address: For servers with more than one IP address, this attribute specifies which address
    // will be used for listening on the specified port. By default, the connector will listen all local addresses").
    dev(
        'opsd --config /opt/ops/opsd.xml (<http address="0.0.0.0" port="9000"/>)',
        unit("8", `${OPSD} --config /opt/ops/opsd.xml`, [
            ...file("/opt/ops/opsd.xml", [
                '<?xml version="1.0"?>',
                "<server>",
                '  <http address="0.0.0.0" port="9000"/>',
                "  <root>/usr/share/ops/pub</root>",
                "</server>",
            ]),
        ]),
    ),
    // ---- B. the configuration path given another way ----
    // OpenTelemetry Collector "Configuration": "The --config flag accepts either a file path or values in the form of a
    // config URI "<scheme>:<opaque_data>" ... file - Reads configuration from a file. E.g. file:path/to/config.yaml".
    dev(
        "opsd --config=file:/opt/ops/otel.yaml (otlp grpc endpoint 0.0.0.0:4317)",
        unit("9", `${OPSD} --config=file:/opt/ops/otel.yaml`, [
            ...file("/opt/ops/otel.yaml", [
                "receivers:",
                "  otlp:",
                "    protocols:",
                "      grpc:",
                "        endpoint: 0.0.0.0:4317",
            ]),
        ]),
    ),
    // The same collector's `yaml:` provider ("Reads configuration from a YAML string, with :: delimiting subpaths"):
    // the configuration is on the command line itself.
    // Was a MISS (fixed in round 90): CONFIG-URI-PROVIDER-UNREAD: insecure accepted (got []). A `--config` value that is no path (OpenTelemetry's `yaml:` provider: configuration text on the command line) yields no file (configOptionPaths finds none) and is ignored, so the inline `endpoint: 0.0.0.0:4318` overriding the loopback file is never read. Where: policy-pack/engine/userDataReaders/listeners.ts unreadConfigFileListeners. Fix (general): a CONFIG_FILE_OPTION/QUALIFIED_CONFIG_OPTION value with a scheme the pack does not follow as a file (`yaml:`, `env:`, `http(s):`, `s3:`) is configuration the pack cannot read: read `yaml:a::b::c: V` as the setting a.b.c = V and `env:NAME` as the text of NAME in the program's environment where known, else fail closed (opentelemetry.io "Configuration": "The --config flag accepts either a file path or values in the form of a config URI").
    dev(
        "otelcol-contrib --config=yaml:receivers::otlp::protocols::http::endpoint: 0.0.0.0:4318",
        unit(
            "10",
            "/usr/local/bin/otelcol-contrib --config=/etc/otelcol-contrib/base.yaml '--config=yaml:receivers::otlp::protocols::http::endpoint: 0.0.0.0:4318'",
            [
                ...file("/etc/otelcol-contrib/base.yaml", [
                    "receivers:",
                    "  otlp:",
                    "    protocols:",
                    "      http:",
                    "        endpoint: 127.0.0.1:4318",
                ]),
            ],
        ),
    ),
    // A PROG_CONFIG given relative to the working directory (bash(1) "export"; the program opens it from its cwd):
    // environmentConfigListeners follows only absolute values.
    dev(
        "cd /opt/ops; export OPSD_CONFIG=opsd.yaml; nohup opsd & (listen: 0.0.0.0:9000)",
        script(id("11"), [
            ...file("/opt/ops/opsd.yaml", ["listen: 0.0.0.0:9000", "root: /usr/share/ops/pub"]),
            "cd /opt/ops",
            "export OPSD_CONFIG=opsd.yaml",
            `nohup ${OPSD} >/var/log/opsd.log 2>&1 &`,
        ]),
    ),
    // systemctl(1) set-environment: "Set one or more systemd manager environment variables, as specified on the
    // command line" — passed to every unit started after it (the gist "execute arbitrary bash code/variable substitution
    // in systemd units": "all future units will have this variable in their scope").
    dev(
        "systemctl set-environment OPSD_CONFIG=/opt/ops/opsd.yaml; unit opsd (listen: '[::]:9000')",
        unit("12", OPSD, [
            ...file("/opt/ops/opsd.yaml", ['listen: "[::]:9000"', "root: /usr/share/ops/pub"]),
            "systemctl set-environment OPSD_CONFIG=/opt/ops/opsd.yaml",
        ]),
    ),
    // ---- C. listen variables given another way ----
    // systemd-system.conf(5) DefaultEnvironment=: "Sets manager environment variables passed to all executed
    // processes": a bare-port listen variable (every address, as Environment=OPSD_LISTEN=9000 is) for every unit.
    dev(
        "system.conf.d DefaultEnvironment=OPSD_LISTEN=9000; unit opsd",
        unit("13", `${OPSD} --root /usr/share/ops/pub`, [
            ...file("/etc/systemd/system.conf.d/10-ops.conf", ["[Manager]", "DefaultEnvironment=OPSD_LISTEN=9000"]),
            "systemctl daemon-reexec",
        ]),
    ),
    // Dex's configuration keys as environment (the any-key rule's environment twin): `web.http` spelled
    // OPSD_WEB_HTTP, every IPv4 address.
    dev(
        "opsd as root, Environment=OPSD_WEB_HTTP=0.0.0.0:5556",
        unit("14", `${OPSD} --root /usr/share/ops/pub`, [], ["Environment=OPSD_WEB_HTTP=0.0.0.0:5556"]),
    ),
    // PostgreSQL's `*` as a listen variable's value.
    // Was a MISS (fixed in round 90): ENV-BIND-STAR: insecure accepted (got []). environmentListeners judges a listen variable's value with allAddressesValue/EMPTY_HOST, which know `*:PORT` but not `*` alone (the file reader's fileBind has `item === "*"`, so dev-nsec3-rt90n is refused). Where: policy-pack/engine/userDataReaders/systemd.ts environmentListeners (beyondLoopback), listeners.ts allAddressesValue. Fix (general): `*` alone (PostgreSQL listen_addresses "The special entry * corresponds to all available IP interfaces", Redis `bind *`) is every address wherever a listen value is read (options, variables, files): one predicate for a listen slot.
    dev(
        "opsd as root, Environment=OPSD_LISTEN_ADDRESSES=*",
        unit("15", `${OPSD} --root /usr/share/ops/pub`, [], ["Environment=OPSD_LISTEN_ADDRESSES=*"]),
    ),
    // bash(1) `set -a` ("Each variable or function that is created or modified is given the export attribute") around
    // `. FILE`: the file's OPSD_LISTEN (Go's empty host) reaches the program started after it.
    // Was a MISS (fixed in round 90): ENV-ALLEXPORT-SOURCED-FILE: insecure accepted (got []). `export OPSD_LISTEN=:9000` before the program is refused (dev-nsec29-rt90n), but the same variable from a file sourced under `set -a` is not given to the program: the script view's environment keeps the script's own assignments, not a sourced file's under allexport (round 89 carried `set -a` into rootReads.ts' download credit only). Where: policy-pack/engine/userDataReaders/rootWrites.ts (the ScriptView environment), read by systemd.ts environmentListeners. Fix (general): `.`/`source` of a file user data wrote while allexport is on (bash(1) `set -a`: "Each variable or function that is created or modified is given the export attribute") adds the file's assignments to the exported environment of every later command; a sourced file the pack cannot read under allexport fails closed.
    dev(
        "set -a; . /etc/default/opsd (OPSD_LISTEN=:9000); set +a; nohup opsd &",
        script(id("16"), [
            ...file("/etc/default/opsd", ["OPSD_LISTEN=:9000"]),
            "set -a",
            ". /etc/default/opsd",
            "set +a",
            `nohup ${OPSD} --root /usr/share/ops/pub >/var/log/opsd.log 2>&1 &`,
        ]),
    ),
    // ---- D. socket activation neighbours (systemd.socket(5)) ----
    // A drop-in of the socket unit (systemd.unit(5) "foo.socket.d/*.conf"; systemd.socket(5) ListenStream=: "If the
    // empty string is assigned to any of these options, the list of addresses to listen on is reset"): the loopback
    // socket of the main file replaced by a port alone (IPv6 and, by BindIPv6Only=both, IPv4 every address).
    dev(
        "ops.socket ListenStream=127.0.0.1:9000, ops.socket.d/10-port.conf resets it to ListenStream=9000",
        script(
            id("17"),
            socketUnit(
                ["ListenStream=127.0.0.1:9000"],
                `${OPSD} --root /usr/share/ops/pub`,
                [],
                file("/etc/systemd/system/ops.socket.d/10-port.conf", [
                    "[Socket]",
                    "ListenStream=",
                    "ListenStream=9000",
                ]),
            ),
        ),
    ),
    // ListenDatagram= ("Specifies an address to listen on for a datagram (SOCK_DGRAM) socket ... same syntax as
    // ListenStream="): UDP on every address handed to an unread root server.
    dev(
        "ops.socket ListenDatagram=[::]:9000, ops.service opsd (UDP, socket activation)",
        script(id("18"), socketUnit(["ListenDatagram=[::]:9000"], `${OPSD} --root /usr/share/ops/pub`)),
    ),
    // BindToDevice= ("Specifies a network interface name to bind this socket to ... only packets received from the
    // specified network interface") narrows a port-alone socket to eth0 — the node's VPC interface, where pods'
    // traffic arrives — which is no loopback.
    dev(
        "ops.socket ListenStream=9000 BindToDevice=eth0, ops.service opsd",
        script(id("19"), socketUnit(["ListenStream=9000", "BindToDevice=eth0"], `${OPSD} --root /usr/share/ops/pub`)),
    ),
    // ---- E. servers whose default bind is every address (not in DEFAULT_EVERY_ADDRESS_SERVERS) ----
    // toosimple README: "-b IP, --bind IP Network interface to serve on. Defaults to 0.0.0.0 / all interfaces.";
    // "-r PATH, --root PATH root of files".
    dev("toosimple -r / -p 11131 as root (default 0.0.0.0)", unit("20", "/usr/local/bin/toosimple -r / -p 11131")),
    // simple-http-server (TheWaWaR) "-i, --ip <ip> IP address to bind [default: 0.0.0.0]", "-u Enable upload files".
    dev(
        "simple-http-server -u -p 8000 / as root (default 0.0.0.0, uploads)",
        unit("21", "/usr/local/bin/simple-http-server -u -p 8000 /"),
    ),
    // webfsd(1): "-i ip Bind to IP-address ip" (default: every address), "-r dir document root".
    dev("webfsd -F -r / -p 8000 as root (default every address)", unit("22", "/usr/bin/webfsd -F -r / -p 8000")),
    // ---- F. relays to instance metadata by other means ----
    // wg-quick(8) CONFIGURATION: "PreUp, PostDown, PreDown, PostUp — script snippets which will be executed by bash(1)
    // ... the string %i is expanded to INTERFACE": a DNAT of wg0's port 80 to IMDS (EC2 "Instance metadata": the
    // node role's credentials) for every tunnel peer, written in the wireguard file, not the script.
    dev(
        "wg-quick@wg0 with PostUp = iptables -t nat DNAT wg0 :80 -> 169.254.169.254:80",
        script(id("23"), [
            ...file("/etc/wireguard/wg0.conf", [
                "[Interface]",
                "Address = 10.200.0.1/24",
                "ListenPort = 51820",
                "PrivateKey = aW52YWxpZHByaXZhdGVrZXlmb3J0ZXN0c29ubHkwMDAwMDA=",
                "PostUp = iptables -t nat -A PREROUTING -i %i -p tcp --dport 80 -j DNAT --to-destination 169.254.169.254:80; iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE",
                "[Peer]",
                "PublicKey = bWFkZXVwcHVibGlja2V5Zm9ydGVzdHNvbmx5MDAwMDA=",
                "AllowedIPs = 10.200.0.2/32",
            ]),
            "chmod 600 /etc/wireguard/wg0.conf",
            "systemctl enable --now wg-quick@wg0",
        ]),
    ),
    // nftables.service (nft(8) "-f, --file filename Read input from filename"; the packaged unit runs
    // `nft -f /etc/sysconfig/nftables.conf`): the ruleset file DNATs a node port to IMDS, loaded by the service.
    dev(
        "/etc/sysconfig/nftables.conf dnat tcp dport 8080 to 169.254.169.254:80; systemctl enable --now nftables",
        script(id("24"), [
            ...file("/etc/sysconfig/nftables.conf", [
                "table ip nat {",
                "  chain prerouting {",
                "    type nat hook prerouting priority dstnat; policy accept;",
                "    tcp dport 8080 dnat to 169.254.169.254:80",
                "  }",
                "  chain postrouting {",
                "    type nat hook postrouting priority srcnat; policy accept;",
                "    ip daddr 169.254.169.254 masquerade",
                "  }",
                "}",
            ]),
            "sysctl -w net.ipv4.ip_forward=1",
            "systemctl enable --now nftables",
        ]),
    ),
    // ---- G. containers published on every address ----
    // docker run "-P, --publish-all: Publish all exposed ports to random ports" (on every host address: `docker port`
    // shows 0.0.0.0): an image serving the kubelet's directory.
    dev(
        "nerdctl run -d -P -v /var/lib/kubelet:/usr/share/nginx/html:ro nginx (publish all)",
        script(id("25"), [
            "nerdctl run -d --restart=always -P -v /var/lib/kubelet:/usr/share/nginx/html:ro public.ecr.aws/nginx/nginx:1.27",
        ]),
    ),
    // Compose "ports" short syntax `HOST:CONTAINER` (no IP: every host address), brought up by nerdctl compose from a
    // file user data wrote.
    dev(
        "nerdctl compose -f /opt/ops/compose.yaml up -d (ports 8080:80, /var/lib/kubelet mounted)",
        script(id("26"), [
            ...file("/opt/ops/compose.yaml", [
                "services:",
                "  web:",
                "    image: public.ecr.aws/nginx/nginx:1.27",
                "    ports:",
                '      - "8080:80"',
                "    volumes:",
                "      - /var/lib/kubelet:/usr/share/nginx/html:ro",
            ]),
            "nerdctl compose -f /opt/ops/compose.yaml up -d",
        ]),
    ),
    // ---- H. name resolution ----
    // hosts(5): "one line per IP address ... IP_address canonical_hostname [aliases...]": a name the configuration
    // binds mapped to 0.0.0.0, so `opsd-bind:9000` is every address.
    // Was a MISS (fixed in round 90): CONFIG-FILE-HOSTNAME-BIND: insecure accepted (got []). A host name under a listen key that is no loopback name is not judged: fileSettingBeyondLoopback reads every-address spellings, an empty host, bare ports and computed values only, so `opsd-bind:9000` (mapped to 0.0.0.0 by the script's own /etc/hosts line) passes. Where: policy-pack/engine/userDataReaders/listeners.ts fileSettingBeyondLoopback. Fix (general): under a listen/bind key, a host that is a name other than the loopback names (loopback.ts loopbackHost) resolves through hosts(5)/DNS to a node address or to every address: beyond loopback (fail closed).
    dev(
        "echo '0.0.0.0 opsd-bind' >> /etc/hosts; opsd --config (listen: opsd-bind:9000)",
        unit("27", `${OPSD} --config /opt/ops/opsd.yaml`, [
            "echo '0.0.0.0 opsd-bind' >> /etc/hosts",
            ...file("/opt/ops/opsd.yaml", ["listen: opsd-bind:9000", "root: /usr/share/ops/pub"]),
        ]),
    ),
    // /etc/hosts rewritten so `localhost` is 0.0.0.0: every "loopback by name" bind is every address.
    // Was a MISS (fixed in round 90): LOOPBACK-NAME-REMAPPED: insecure accepted (got []). loopbackHost credits `localhost` by its name, but the script rewrote /etc/hosts so `localhost` is 0.0.0.0 (hosts(5); nsswitch.conf `hosts: files ...` consults the file first). Where: policy-pack/engine/userDataReaders/loopback.ts loopbackHost/loopbackOnly. Fix (general): a loopback NAME is loopback only while user data leaves its /etc/hosts entries alone: a write to /etc/hosts (or nsswitch.conf) mapping a loopback name to a non-loopback address, or text the pack cannot read, makes by-name loopback binds beyond loopback (fail closed); literal 127.0.0.1/::1 binds are unaffected.
    dev(
        "cat > /etc/hosts (0.0.0.0 localhost); opsd --config (listen: localhost:9000)",
        unit("28", `${OPSD} --config /opt/ops/opsd.yaml`, [
            "cat > /etc/hosts <<'EOF'",
            "0.0.0.0 localhost localhost.localdomain",
            "::1 localhost6 localhost6.localdomain6",
            "EOF",
            ...file("/opt/ops/opsd.yaml", ["listen: localhost:9000", "root: /usr/share/ops/pub"]),
        ]),
    ),
    // ---- I. more neighbours ----
    // The control of dev-nsec16-rt90n without `set -a`/`.`: bash(1) "export" of a listen variable (Go's empty host),
    // the program started in the background by the script (not a unit).
    dev(
        "export OPSD_LISTEN=:9000; nohup opsd & (script environment, no unit)",
        script(id("29"), [
            "export OPSD_LISTEN=:9000",
            `nohup ${OPSD} --root /usr/share/ops/pub >/var/log/opsd.log 2>&1 &`,
        ]),
    ),
    // An EC2 private DNS name of the node (EC2 "Amazon EC2 instance hostname types": ip-PRIVATE-IPV4.REGION.compute.internal
    // resolves to the primary private address): a bind by a name no loopback.
    // Was a MISS (fixed in round 90): CONFIG-FILE-HOSTNAME-BIND: insecure accepted (got []). As dev-nsec27-rt90n: the node's EC2 private DNS name under `listen` (EC2 "Amazon EC2 instance hostname types": ip-<private IPv4>.<region>.compute.internal resolves to the primary private address). Where: listeners.ts fileSettingBeyondLoopback. Fix (general): as dev-nsec27-rt90n.
    dev(
        "opsd --config (listen: ip-10-0-1-5.eu-west-1.compute.internal:9000, the node's private DNS name)",
        unit("30", `${OPSD} --config /opt/ops/opsd.yaml`, [
            ...file("/opt/ops/opsd.yaml", [
                "listen: ip-10-0-1-5.eu-west-1.compute.internal:9000",
                "root: /usr/share/ops/pub",
            ]),
        ]),
    ),
    // OpenTelemetry Collector `env:` provider ("Reads configuration from an environment variable. E.g.
    // env:MY_CONFIG_IN_AN_ENVVAR"): the whole configuration (flow YAML) in Environment=, its receiver on 0.0.0.0.
    // Was a MISS (fixed in round 90): CONFIG-URI-PROVIDER-UNREAD: insecure accepted (got []). `--config=env:OTEL_CFG`: the configuration is the text of a variable the unit sets; the pack reads no path and ignores it. Where: listeners.ts unreadConfigFileListeners. Fix (general): as dev-nsec10-rt90n (follow `env:NAME` through the unit's Environment=/EnvironmentFile= and read its text as the configuration; unknown: fail closed).
    dev(
        "otelcol-contrib --config=env:OTEL_CFG, Environment=OTEL_CFG={receivers: {otlp: ... endpoint: 0.0.0.0:4317}}",
        unit(
            "31",
            "/usr/local/bin/otelcol-contrib --config=env:OTEL_CFG",
            [],
            [
                `Environment='OTEL_CFG={receivers: {otlp: {protocols: {grpc: {endpoint: "0.0.0.0:4317"}}}}, exporters: {debug: {}}, service: {pipelines: {traces: {receivers: [otlp], exporters: [debug]}}}}'`,
            ],
        ),
    ),
    // The collector's `${env:NAME}` expansion ("Configuration": environment variables `${env:MY_POD_IP}`, as Observe's
    // statsd example `endpoint: ${env:MY_POD_IP}:8125`) holding the node's address.
    dev(
        "opsd --config=file:/opt/ops/otel.yaml (endpoint: ${env:NODE_IP}:4317, NODE_IP the node's address)",
        unit(
            "32",
            `${OPSD} --config=file:/opt/ops/otel.yaml`,
            [
                ...file("/opt/ops/otel.yaml", [
                    "receivers:",
                    "  otlp:",
                    "    protocols:",
                    "      grpc:",
                    "        endpoint: ${env:NODE_IP}:4317",
                ]),
                'echo "NODE_IP=$(hostname -i)" > /etc/default/ops',
            ],
            ["EnvironmentFile=/etc/default/ops"],
        ),
    ),
    // ssh(1) -R "[bind_address:]port:host:hostport ... the given port on the remote (server) host is to be forwarded
    // to the given host and port on the local side": instance metadata (the node role's credentials) served on the
    // bastion to whoever reaches its port.
    dev(
        "ssh -fN -R 8080:169.254.169.254:80 tunnel@bastion.example.com (IMDS on the far host)",
        script(id("33"), ["ssh -fN -o ExitOnForwardFailure=yes -R 8080:169.254.169.254:80 tunnel@bastion.example.com"]),
    ),
    // ---- round 90 fix neighbours (-fix90) ----
    // Jinja's `{{ }}` (a template rendered on the node: "Template Designer Documentation", expressions print the
    // value) under a listen key: computed, possibly the node's address (listeners.ts computedValue).
    dev(
        "opsd --config (listen: '{{ ansible_default_ipv4.address }}:9000') -fix90",
        unit("f1", `${OPSD} --config /opt/ops/opsd.yaml`, [
            ...file("/opt/ops/opsd.yaml", [
                'listen: "{{ ansible_default_ipv4.address }}:9000"',
                "root: /usr/share/ops/pub",
            ]),
        ]),
    ),
    // PostgreSQL listen_addresses "a comma-separated list of host names and/or numeric IP addresses": a name beside
    // localhost (listeners.ts boundByName, each item).
    dev(
        "opsd -c (listen_addresses = 'localhost,ops-node') -fix90",
        unit("f2", `${OPSD} -c /opt/ops/opsd.conf`, [
            ...file("/opt/ops/opsd.conf", ["listen_addresses = 'localhost,ops-node'", "port = 5433"]),
        ]),
    ),
    // A `sed -i` of /etc/hosts (content the pack cannot compute): a bind by the name `localhost` fails closed.
    dev(
        "sed -i on /etc/hosts; opsd --config (bind = 'localhost') -fix90",
        unit("f3", `${OPSD} --config /opt/ops/opsd.toml`, [
            "sed -i 's/^127\\.0\\.0\\.1 /0.0.0.0 /' /etc/hosts",
            ...file("/opt/ops/opsd.toml", ['bind = "localhost"', "port = 9000"]),
        ]),
    ),
    // Redis-style `*` in a BIND variable (everyAddressListenValue).
    dev(
        "opsd as root, Environment=OPSD_BIND=* -fix90",
        unit("f4", `${OPSD} --root /usr/share/ops/pub`, [], ["Environment=OPSD_BIND=*"]),
    ),
    // A remote config URI (OpenTelemetry "Configuration": `https:` provider): text the pack cannot read.
    dev(
        "otelcol-contrib --config=https://config.example.com/otel.yaml -fix90",
        unit("f5", "/usr/local/bin/otelcol-contrib --config=https://config.example.com/otel.yaml"),
    ),
    // `env:` naming a variable the unit does not set: no known text (fail closed).
    dev(
        "otelcol-contrib --config=env:OTEL_CFG, variable not set by the unit -fix90",
        unit("f6", "/usr/local/bin/otelcol-contrib --config=env:OTEL_CFG"),
    ),
    // A file sourced under `set -a` that the pack cannot read (changed by sed -i after writing): fail closed.
    dev(
        "set -a; . /etc/default/opsd (sed -i'd); set +a; nohup opsd & -fix90",
        script(id("f7"), [
            ...file("/etc/default/opsd", ["OPSD_LISTEN=127.0.0.1:9000"]),
            'sed -i "s/127.0.0.1/$(hostname -i)/" /etc/default/opsd',
            "set -a",
            ". /etc/default/opsd",
            "set +a",
            `nohup ${OPSD} --root /usr/share/ops/pub >/var/log/opsd.log 2>&1 &`,
        ]),
    ),
    // containerd-config.toml(5) runtimes "BinaryName": another runc binary: how pods start (still refused).
    dev(
        "/etc/containerd/config.toml runc options BinaryName=/usr/local/bin/runc-wrap -fix90",
        script(id("f8"), [
            ...file("/etc/containerd/config.toml", [
                "version = 2",
                '[plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]',
                "  SystemdCgroup = true",
                '  BinaryName = "/usr/local/bin/runc-wrap"',
            ]),
            "systemctl restart containerd",
        ]),
    ),
    // ssh(1) "-E log_file: Append debug logs to log_file": a write, still judged beside a read-only -i.
    dev(
        "ssh -i KEY -E /etc/cron.d/ssh-debug -L 127.0.0.1:15432:db.internal:5432 ... -fix90",
        script(id("f9"), [
            "ssh -fN -i /root/.ssh/tunnel_ed25519 -E /etc/cron.d/ssh-debug -L 127.0.0.1:15432:db.internal:5432 tunnel@bastion.example.com",
        ]),
    ),
    // A relative PROG_CONFIG in a unit (systemd.exec(5) WorkingDirectory=: "Takes a directory path relative to the
    // service's root directory ... Sets the working directory for executed processes"): resolved or failed closed,
    // never skipped.
    dev(
        "unit Environment=OPSD_CONFIG=opsd.yaml, WorkingDirectory=/opt/ops (listen: 0.0.0.0:9000) -fix90",
        unit(
            "f10",
            OPSD,
            [...file("/opt/ops/opsd.yaml", ["listen: 0.0.0.0:9000", "root: /usr/share/ops/pub"])],
            ["WorkingDirectory=/opt/ops", "Environment=OPSD_CONFIG=opsd.yaml"],
        ),
    ),
    // The script's relative PROG_CONFIG after a `cd` the pack cannot compute: fail closed.
    dev(
        'cd "$OPS_HOME"; export OPSD_CONFIG=opsd.yaml; nohup opsd & (listen: 127.0.0.1:9000) -fix90',
        script(id("f11"), [
            ...file("/opt/ops/opsd.yaml", ["listen: 127.0.0.1:9000", "root: /usr/share/ops/pub"]),
            'cd "$OPS_HOME"',
            "export OPSD_CONFIG=opsd.yaml",
            `nohup ${OPSD} >/var/log/opsd.log 2>&1 &`,
        ]),
    ),
];

const secure: NodeCase[] = [
    // A loopback listener beside a client allowlist of every network (Caddy `trusted_proxies`, Traefik
    // `forwardedHeaders.trustedIPs`: CIDRs of clients, no bind): 0.0.0.0/0 is a network, not a listen address.
    dev(
        "opsd --config /opt/ops/opsd.yaml (listen 127.0.0.1:9000, trusted_proxies: [0.0.0.0/0])",
        unit("1s", `${OPSD} --config /opt/ops/opsd.yaml`, [
            ...file("/opt/ops/opsd.yaml", [
                "listen: 127.0.0.1:9000",
                "trusted_proxies:",
                "  - 0.0.0.0/0",
                "root: /usr/share/ops/pub",
            ]),
        ]),
    ),
    // PostgreSQL's default spelled out (listen_addresses 'localhost': "only local TCP/IP "loopback" connections").
    dev(
        "opsd -c /opt/ops/opsd.conf (listen_addresses = 'localhost')",
        unit("2s", `${OPSD} -c /opt/ops/opsd.conf`, [
            ...file("/opt/ops/opsd.conf", ["listen_addresses = 'localhost'", "port = 5433"]),
        ]),
    ),
    // Consul-style HCL: client interfaces on loopback; the node's private address only advertised (a far end).
    dev(
        'opsd -config-file=/opt/ops/agent.hcl (client_addr = "127.0.0.1", advertise_addr = "{{ GetPrivateIP }}")',
        unit("3s", `${OPSD} agent -config-file=/opt/ops/agent.hcl`, [
            ...file("/opt/ops/agent.hcl", [
                'client_addr = "127.0.0.1"',
                'advertise_addr = "{{ GetPrivateIP }}"',
                'data_dir = "/var/lib/ops"',
            ]),
        ]),
    ),
    // XML attribute on loopback.
    dev(
        'opsd --config /opt/ops/opsd.xml (<http address="127.0.0.1" port="9000"/>)',
        unit("4s", `${OPSD} --config /opt/ops/opsd.xml`, [
            ...file("/opt/ops/opsd.xml", [
                '<?xml version="1.0"?>',
                "<server>",
                '  <http address="127.0.0.1" port="9000"/>',
                "</server>",
            ]),
        ]),
    ),
    // The OpenTelemetry file: URI of a loopback receiver.
    dev(
        "opsd --config=file:/opt/ops/otel.yaml (otlp grpc endpoint 127.0.0.1:4317)",
        unit("5s", `${OPSD} --config=file:/opt/ops/otel.yaml`, [
            ...file("/opt/ops/otel.yaml", [
                "receivers:",
                "  otlp:",
                "    protocols:",
                "      grpc:",
                "        endpoint: 127.0.0.1:4317",
            ]),
        ]),
    ),
    // Amazon CloudWatch agent (CloudWatch-Agent-custom-metrics-collectd: "service_address ... The default value is
    // udp://127.0.0.1:25826"; StatsD the same on 127.0.0.1:8125), loaded by the documented `fetch-config -c file:`.
    dev(
        "amazon-cloudwatch-agent-ctl fetch-config -c file:... (statsd 127.0.0.1:8125, collectd udp://127.0.0.1:25826)",
        script(id("6s"), [
            "dnf install -y amazon-cloudwatch-agent collectd",
            ...file("/opt/aws/amazon-cloudwatch-agent/etc/node.json", [
                '{ "agent": { "metrics_collection_interval": 60 },',
                '  "metrics": { "metrics_collected": {',
                '      "statsd": { "service_address": "127.0.0.1:8125" },',
                '      "collectd": { "service_address": "udp://127.0.0.1:25826" },',
                '      "mem": { "measurement": ["mem_used_percent"] } } } }',
            ]),
            "/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c file:/opt/aws/amazon-cloudwatch-agent/etc/node.json",
        ]),
    ),
    // containerd-config.toml(5) [grpc] "address (Default: "/run/containerd/containerd.sock"), tcp_address" (empty: no
    // TCP listener), [debug]/[metrics] address empty (off), CRI stream_server_address 127.0.0.1 (the default
    // `containerd config default` prints): a platform team's pinned copy of the defaults with SystemdCgroup.
    // Was a MISS (fixed in round 90): CONTAINERD-RUNC-OPTIONS-REFUSED: secure refused ("containerd's configuration, which sets runtimes: how pods start"). The runc runtime's `SystemdCgroup = true` (containerd-config.toml(5); the value EKS AMIs set) names no other binary, yet containerdOpenings refuses any runtimes table; the listener part alone is clean (dev-nsec19s-rt90n). Where: policy-pack/engine/userDataReaders/formats.ts containerdOpenings (`found`). Fix (general): a runtimes entry of the stock runtime_type io.containerd.runc.v2 whose options are only behaviour flags (SystemdCgroup) and set no BinaryName/Root/runtime_path/ConfigPath is no new way to start pods; anything else stays refused.
    dev(
        "/etc/containerd/config.toml with default listeners (unix socket, tcp_address = '', stream 127.0.0.1)",
        script(id("7s"), [
            ...file("/etc/containerd/config.toml", [
                "version = 2",
                'root = "/var/lib/containerd"',
                'state = "/run/containerd"',
                "[grpc]",
                '  address = "/run/containerd/containerd.sock"',
                '  tcp_address = ""',
                "[debug]",
                '  address = ""',
                "[metrics]",
                '  address = ""',
                '[plugins."io.containerd.grpc.v1.cri"]',
                '  stream_server_address = "127.0.0.1"',
                '  stream_server_port = "0"',
                '  [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]',
                "    SystemdCgroup = true",
            ]),
            "systemctl restart containerd",
        ]),
    ),
    // Prometheus node_exporter socket-activated on loopback (node_exporter README "--web.systemd-socket: Use systemd
    // socket activation listeners instead of port listeners (Linux only)"), run as its own user.
    dev(
        "node_exporter.socket ListenStream=127.0.0.1:9100, node_exporter --web.systemd-socket (User=node_exporter)",
        script(
            id("8s"),
            socketUnit(["ListenStream=127.0.0.1:9100"], "/usr/local/bin/node_exporter --web.systemd-socket", [
                "User=node_exporter",
            ]),
        ),
    ),
    // A socket drop-in that narrows to loopback (reset, then 127.0.0.1): the twin of dev-nsec17-rt90n.
    dev(
        "ops.socket ListenStream=/run/ops/ops.sock, drop-in adds ListenStream=[::1]:9000",
        script(
            id("9s"),
            socketUnit(
                ["ListenStream=/run/ops/ops.sock", "SocketMode=0600"],
                `${OPSD} --root /usr/share/ops/pub`,
                [],
                file("/etc/systemd/system/ops.socket.d/10-lo.conf", ["[Socket]", "ListenStream=[::1]:9000"]),
            ),
        ),
    ),
    // ListenDatagram on loopback (the twin of dev-nsec18-rt90n).
    dev(
        "ops.socket ListenDatagram=127.0.0.1:9000, ops.service opsd",
        script(id("10s"), socketUnit(["ListenDatagram=127.0.0.1:9000"], `${OPSD} --root /usr/share/ops/pub`)),
    ),
    // EKS "HTTP proxy" configuration for containerd (a drop-in with HTTP_PROXY and NO_PROXY listing the instance
    // metadata address and the VPC): NO_PROXY keeps metadata traffic direct, relays nothing.
    dev(
        "containerd.service.d/http-proxy.conf (HTTPS_PROXY, NO_PROXY=169.254.169.254,localhost,10.0.0.0/16)",
        script(id("11s"), [
            ...file("/etc/systemd/system/containerd.service.d/http-proxy.conf", [
                "[Service]",
                'Environment="HTTP_PROXY=http://proxy.corp.example:3128"',
                'Environment="HTTPS_PROXY=http://proxy.corp.example:3128"',
                'Environment="NO_PROXY=169.254.169.254,169.254.170.23,localhost,127.0.0.1,10.0.0.0/16,.internal,.eks.amazonaws.com"',
            ]),
            "systemctl daemon-reload",
            "systemctl restart containerd",
        ]),
    ),
    // A hardening rule blocking pods (EKS VPC CNI's eni+ host interfaces) from instance metadata (EKS best practices
    // "Restrict access to the instance profile assigned to the worker node"): a DROP, no DNAT.
    dev(
        "iptables -I FORWARD -i eni+ -d 169.254.169.254/32 -j DROP (block pods from IMDS)",
        script(id("12s"), [
            "iptables -I FORWARD 1 -i eni+ -d 169.254.169.254/32 -p tcp --dport 80 -j DROP",
            "ip6tables -I FORWARD 1 -i eni+ -d fd00:ec2::254/128 -p tcp --dport 80 -j DROP",
        ]),
    ),
    // ssh(1) -L "[bind_address:]port:host:hostport ... By default, the local port is bound in accordance with the
    // GatewayPorts setting" (loopback unless -g): a loopback tunnel to a database through a bastion.
    // Was a MISS (fixed in round 90): SSH-IDENTITY-READ-AS-WRITTEN: secure refused ("user data writes /root/.ssh/tunnel_ed25519 with content the pack cannot read ... ssh, a program the pack does not read, names it"). ssh(1) -i identity_file "Selects a file from which the identity (private key) for public key authentication is read": ssh never writes it. Where: policy-pack/engine/rootReads.ts RootReads.unknownEditor/judgeNamed (every absolute path an unread program names is judged as written). Fix (general): known clients' read-only file operands (ssh/scp/sftp -i, -F, -o IdentityFile=, UserKnownHostsFile=) are read, not written; the same -L without -i is clean (dev-nsec18s-rt90n).
    dev(
        "ssh -fN -L 127.0.0.1:15432:db.internal:5432 tunnel@bastion.example.com",
        script(id("13s"), [
            "ssh -fN -o ExitOnForwardFailure=yes -i /root/.ssh/tunnel_ed25519 -L 127.0.0.1:15432:db.internal:5432 tunnel@bastion.example.com",
        ]),
    ),
    // A container published on IPv6 loopback only (docker run "-p [::1]:8080:80").
    dev(
        "nerdctl run -d -p [::1]:8080:80 nginx",
        script(id("14s"), ["nerdctl run -d --restart=always -p '[::1]:8080:80' public.ecr.aws/nginx/nginx:1.27"]),
    ),
    // The Dex-style environment twin on loopback.
    dev(
        "opsd, Environment=OPSD_WEB_HTTP=127.0.0.1:5556",
        unit("15s", `${OPSD} --root /usr/share/ops/pub`, [], ["Environment=OPSD_WEB_HTTP=127.0.0.1:5556"]),
    ),
    // The relative PROG_CONFIG twin on loopback.
    // Was a MISS (fixed in round 90): CONFIG-PATH-RELATIVE-FAILS-CLOSED: secure refused ("opsd reading the configuration its environment's OPSD_CONFIG names (a value the pack cannot compute)"). rootWrites.ts VIEWED_VARIABLES makes every non-absolute value undefined, so a relative PROG_CONFIG after a known `cd /opt/ops` fails closed though the working directory and the (loopback) file are known. Where: policy-pack/engine/userDataReaders/rootWrites.ts (VIEWED_VARIABLES values), listeners.ts environmentConfigListeners. Fix (general): resolve a relative configuration path against the directory the program starts in (the script's tracked cwd, a unit's WorkingDirectory=, / for a system unit) and read that file; only an unknown cwd fails closed (the insecure twin dev-nsec11-rt90n stays refused).
    dev(
        "cd /opt/ops; export OPSD_CONFIG=opsd.yaml; nohup opsd & (listen: 127.0.0.1:9000)",
        script(id("16s"), [
            ...file("/opt/ops/opsd.yaml", ["listen: 127.0.0.1:9000", "root: /usr/share/ops/pub"]),
            "cd /opt/ops",
            "export OPSD_CONFIG=opsd.yaml",
            `nohup ${OPSD} >/var/log/opsd.log 2>&1 &`,
        ]),
    ),
    // AWS Systems Manager agent (no listener: it polls ssmmessages outbound).
    dev(
        "dnf install -y amazon-ssm-agent; systemctl enable --now amazon-ssm-agent",
        script(id("17s"), ["dnf install -y amazon-ssm-agent", "systemctl enable --now amazon-ssm-agent"]),
    ),
    // The ssh -L twin without -i (the default identity).
    dev(
        "ssh -fN -L 127.0.0.1:15432:db.internal:5432 tunnel@bastion.example.com (default identity)",
        script(id("18s"), [
            "ssh -fN -o ExitOnForwardFailure=yes -L 127.0.0.1:15432:db.internal:5432 tunnel@bastion.example.com",
        ]),
    ),
    // containerd's default listeners without a runtimes table (the listener part of dev-nsec7s-rt90n alone).
    dev(
        "/etc/containerd/config.toml listeners only (unix socket, tcp_address = '', debug/metrics address '', stream 127.0.0.1)",
        script(id("19s"), [
            ...file("/etc/containerd/config.toml", [
                "version = 2",
                "[grpc]",
                '  address = "/run/containerd/containerd.sock"',
                '  tcp_address = ""',
                "[debug]",
                '  address = ""',
                "[metrics]",
                '  address = ""',
                '[plugins."io.containerd.grpc.v1.cri"]',
                '  stream_server_address = "127.0.0.1"',
                '  stream_server_port = "0"',
            ]),
            "systemctl restart containerd",
        ]),
    ),
    // `localhost` with /etc/hosts untouched (the twin of dev-nsec28-rt90n).
    dev(
        "opsd --config (listen: localhost:9000), /etc/hosts untouched",
        unit("20s", `${OPSD} --config /opt/ops/opsd.yaml`, [
            ...file("/opt/ops/opsd.yaml", ["listen: localhost:9000", "root: /usr/share/ops/pub"]),
        ]),
    ),
    // ---- round 90 fix neighbours (-fix90) ----
    // A template in a key that names no address (a log level) beside a loopback listener.
    dev(
        "opsd --config (listen 127.0.0.1:9000, log_level: '{{ env \"LOG_LEVEL\" }}') -fix90s",
        unit("f1s", `${OPSD} --config /opt/ops/opsd.yaml`, [
            ...file("/opt/ops/opsd.yaml", ["listen: 127.0.0.1:9000", "log_level: '{{ env \"LOG_LEVEL\" }}'"]),
        ]),
    ),
    // An /etc/hosts append of another host's name (hosts(5)) leaves `localhost` loopback.
    dev(
        "echo '10.0.0.9 db.internal' >> /etc/hosts; opsd --config (listen: localhost:9000) -fix90s",
        unit("f2s", `${OPSD} --config /opt/ops/opsd.yaml`, [
            "echo '10.0.0.9 db.internal' >> /etc/hosts",
            ...file("/opt/ops/opsd.yaml", ["listen: localhost:9000", "root: /usr/share/ops/pub"]),
        ]),
    ),
    // A loopback list in a plural listen variable; `*` in a variable that names no address (CORS origins).
    dev(
        "opsd, Environment=OPSD_LISTEN_ADDRESSES=127.0.0.1,::1 OPSD_CORS_ORIGINS=* -fix90s",
        unit(
            "f3s",
            `${OPSD} --root /usr/share/ops/pub`,
            [],
            ["Environment=OPSD_LISTEN_ADDRESSES=127.0.0.1,::1", "Environment=OPSD_CORS_ORIGINS=*"],
        ),
    ),
    // The collector's `yaml:` provider on loopback over a loopback file.
    dev(
        "otelcol-contrib --config=FILE --config=yaml:...endpoint: 127.0.0.1:4318 -fix90s",
        unit(
            "f4s",
            "/usr/local/bin/otelcol-contrib --config=/etc/otelcol-contrib/base.yaml '--config=yaml:receivers::otlp::protocols::http::endpoint: 127.0.0.1:4318'",
            [
                ...file("/etc/otelcol-contrib/base.yaml", [
                    "receivers:",
                    "  otlp:",
                    "    protocols:",
                    "      grpc:",
                    "        endpoint: 127.0.0.1:4317",
                ]),
            ],
        ),
    ),
    // The `env:` provider with a loopback receiver in the unit's own Environment=.
    dev(
        "otelcol-contrib --config=env:OTEL_CFG (endpoint 127.0.0.1:4317) -fix90s",
        unit(
            "f5s",
            "/usr/local/bin/otelcol-contrib --config=env:OTEL_CFG",
            [],
            [
                `Environment='OTEL_CFG={receivers: {otlp: {protocols: {grpc: {endpoint: "127.0.0.1:4317"}}}}, exporters: {debug: {}}, service: {pipelines: {traces: {receivers: [otlp], exporters: [debug]}}}}'`,
            ],
        ),
    ),
    // `set -a; . FILE` with a loopback listen variable.
    dev(
        "set -a; . /etc/default/opsd (OPSD_LISTEN=127.0.0.1:9000); set +a; nohup opsd & -fix90s",
        script(id("f6s"), [
            ...file("/etc/default/opsd", ["OPSD_LISTEN=127.0.0.1:9000"]),
            "set -a",
            ". /etc/default/opsd",
            "set +a",
            `nohup ${OPSD} --root /usr/share/ops/pub >/var/log/opsd.log 2>&1 &`,
        ]),
    ),
    // The runc entry with its stock runtime_type spelled out (EKS AMI's containerd config) and SystemdCgroup.
    dev(
        "/etc/containerd/config.toml runtimes.runc runtime_type io.containerd.runc.v2, SystemdCgroup -fix90s",
        script(id("f7s"), [
            ...file("/etc/containerd/config.toml", [
                "version = 2",
                '[plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]',
                '  runtime_type = "io.containerd.runc.v2"',
                '[plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]',
                "  SystemdCgroup = true",
            ]),
            "systemctl restart containerd",
        ]),
    ),
    // ssh_config(5) IdentityFile by `-o` (read, as -i).
    dev(
        "ssh -o IdentityFile=/root/.ssh/tunnel_ed25519 -L 127.0.0.1:15432:db.internal:5432 ... -fix90s",
        script(id("f8s"), [
            "ssh -fN -o IdentityFile=/root/.ssh/tunnel_ed25519 -L 127.0.0.1:15432:db.internal:5432 tunnel@bastion.example.com",
        ]),
    ),
];

describeNodeCases("red team round 90: node listeners (nsec)", insecure, secure);
