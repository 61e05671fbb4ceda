// Red-team round 77b (fresh eyes) on EKS NODE security, area nsec: listeners on nodes that could hand node credentials
// (instance metadata, the kubelet's client certificate, containerd/docker APIs) to pods or the network.
// Probed: systemd socket units (a bare port, [::], [::ffff:0.0.0.0], a node address with FreeBind=, vsock, Service= to
// another unit, Accept=yes templates with StandardOutput=socket cat of the kubelet's client certificate/kubeconfig,
// socket.d drop-ins adding or resetting ListenStream=, BindIPv6Only=, BindToDevice=lo, SocketMode=0600 unix sockets,
// systemd-socket-proxyd to instance metadata), containerd's [grpc] tcp_address and its TLS keys (NodeConfig, dotted
// keys), dockerd -H/--host spellings (no scheme, -H=, tcp://:PORT, loopback, daemon.json hosts, --tlsverify repeated,
// log redirects), kubelet anonymous/AlwaysAllow by config.json.d drop-in and flow-style NodeConfig, iptables DNAT to
// instance metadata (glued -tnat/-jDNAT, abbreviated long options, iptables-restore, nft -f, xtables-nft-multi, OUTPUT
// chain, FORWARD DROP), Go flag parsing (CommandLine.Parse(os.Args[2:]/[1:]), NewFlagSet, a bool flag before a
// positional).
// Misses (7 insecure accepted, 4 secure refused):
// - insecure, CONTAINERD-TCP-CA-WITHOUT-CERT: tcp_tls_ca without tcp_tls_cert is plain gRPC (formats.ts containerdOpenings).
// - insecure, DOCKER-HOST-NO-SCHEME (3): dockerd --host=10.0.1.5:2375, daemon.json "0.0.0.0:2375", /etc/sysconfig/docker
//   OPTIONS="-H 0.0.0.0:2375" (addresses.ts dockerTcp).
// - insecure, DOCKER-SHORT-EQUALS: dockerd -H=tcp://0.0.0.0:2375 (dockerHostOpenings keeps "=tcp://...").
// - insecure, DOCKER-TLSVERIFY-LAST-WINS: --tlsverify ... --tlsverify=false (dockerHostOpenings `some`).
// - insecure, GO-COMMANDLINE-PARSE-SLICE: flag.CommandLine.Parse(os.Args[2:]) with `serve -addr 0.0.0.0:8080`.
// - secure, PROXYD-IMDS-LOCAL (2): systemd-socket-proxyd to instance metadata on a 0600 unix socket / 127.0.0.1.
// - secure, SOCKET-BINDTODEVICE-LO: a socket unit with BindToDevice=lo (low priority).
// - secure, DOCKERD-LOG-REDIRECT: `dockerd -H unix:///var/run/docker.sock >/var/log/d.log` read as copying the socket.
// Held: 24 of 31 insecure refused (socket units in every listed form, proxyd to instance metadata or containerd, cat of
// node credentials to a socket, containerd TLS without client CA, dotted keys, dockerd tcp:// and DECIDED loopback
// Docker API, sysconfig OPTIONS tcp://, podman tcp:ADDR, kubelet drop-in/flow style, every iptables/nft spelling tried, NewFlagSet, CommandLine.Parse(os.Args[1:]));
// 8 of 12 secure clean ([::1] with BindIPv6Only=, FreeBind= loopback, drop-in reset to loopback, containerd mTLS,
// OUTPUT-chain DNAT, FORWARD DROP of instance metadata, Go bool flag stopping parsing, CommandLine.Parse loopback).
import {
    al2023Nodes,
    describeNodeCases,
    devNodeCase,
    devNodeScript,
    heredocFile,
    mime,
    NodeCase,
    nodeConfig,
} from "./nodeBuilders";
import { Resources } from "./support";

const dev = devNodeCase;
const script = devNodeScript;
const file = heredocFile;

/** A dev node group whose NodeConfig carries `spec` lines (no script part). */
const nodeadm = (name: string, spec: string[]) => (r: Resources) =>
    al2023Nodes(r, name, mime([{ type: "application/node.eks.aws", body: nodeConfig(spec) }]));

/** A socket unit `name`.socket with `socket` lines and its service (`name`.service or `name`@.service) with `service`. */
const socketPair = (name: string, socket: string[], service: string[], template = false) => [
    ...file(`/etc/systemd/system/${name}.socket`, ["[Socket]", ...socket, "[Install]", "WantedBy=sockets.target"]),
    ...file(`/etc/systemd/system/${name}${template ? "@" : ""}.service`, ["[Service]", ...service]),
    "systemctl daemon-reload",
    `systemctl enable --now ${name}.socket`,
];
const SHELL_IN = ["ExecStart=/bin/sh -i", "StandardInput=socket", "StandardOutput=socket"];

const GO_MOD = ["module example.com/ops", "", "go 1.22"];
const goApp = (name: string, main: string[], run: string) =>
    script(name, [
        ...file("/opt/ops/go.mod", GO_MOD),
        ...file("/opt/ops/main.go", ["package main", "", ...main]),
        `cd /opt/ops && ${run}`,
    ]);
/** A Go file server of / on -addr (default loopback), flags parsed by `parse` (a Go statement). */
const goServer = (extra: string[], parse = "flag.Parse()", imports = ['"flag"', '"net/http"']) => [
    `import (\n${imports.map(i => `\t${i}`).join("\n")}\n)`,
    "",
    "func main() {",
    '\taddr := flag.String("addr", "127.0.0.1:8080", "listen address")',
    ...extra.map(l => `\t${l}`),
    `\t${parse}`,
    '\thttp.ListenAndServe(*addr, http.FileServer(http.Dir("/")))',
    "}",
];

const insecure: NodeCase[] = [
    // ---- systemd socket units ----
    // systemd.socket(5) ListenStream=: "If the address string is a single number, it is read as a port number to
    // listen on via IPv6" (BindIPv6Only=both: IPv4 too); systemd-socket-proxyd(8): the service receives the socket
    // and forwards each connection to TARGET. Pods reach instance metadata through the node (node role credentials).
    dev(
        "ops.socket ListenStream=8080; ops.service ExecStart=systemd-socket-proxyd 169.254.169.254:80 (no StandardInput=)",
        script("dev-nsec1-rt77b", [
            ...socketPair(
                "ops",
                ["ListenStream=8080"],
                ["ExecStart=/usr/lib/systemd/systemd-socket-proxyd 169.254.169.254:80"],
            ),
        ]),
    ),
    // systemd.socket(5) Service=: the socket activates another unit; same proxy to instance metadata.
    dev(
        "ops.socket ListenStream=[::]:8080 Service=imds-relay.service; imds-relay.service systemd-socket-proxyd 169.254.169.254:80",
        script("dev-nsec2-rt77b", [
            ...file("/etc/systemd/system/ops.socket", [
                "[Socket]",
                "ListenStream=[::]:8080",
                "Service=imds-relay.service",
                "[Install]",
                "WantedBy=sockets.target",
            ]),
            ...file("/etc/systemd/system/imds-relay.service", [
                "[Service]",
                "ExecStart=/usr/lib/systemd/systemd-socket-proxyd 169.254.169.254:80",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now ops.socket",
        ]),
    ),
    // systemd.exec(5) StandardOutput=socket with systemd.socket(5) Accept=yes: each connection gets an instance whose
    // output is the connection: the kubelet's client certificate and key (system:node:NAME credentials) to any pod.
    dev(
        "ops.socket ListenStream=9999 Accept=yes; ops@.service cat /var/lib/kubelet/pki/kubelet-client-current.pem to the socket",
        script("dev-nsec3-rt77b", [
            ...socketPair(
                "ops",
                ["ListenStream=9999", "Accept=yes"],
                [
                    "ExecStart=/bin/cat /var/lib/kubelet/pki/kubelet-client-current.pem",
                    "StandardInput=socket",
                    "StandardOutput=socket",
                ],
                true,
            ),
        ]),
    ),
    // StandardOutput=socket only (StandardInput= default null): still the file on the connection.
    dev(
        "ops.socket ListenStream=9999 Accept=yes; ops@.service cat kubeconfig, StandardOutput=socket only",
        script("dev-nsec4-rt77b", [
            ...socketPair(
                "ops",
                ["ListenStream=9999", "Accept=yes"],
                ["ExecStart=/bin/cat /var/lib/kubelet/kubeconfig", "StandardOutput=socket"],
                true,
            ),
        ]),
    ),
    // systemd.unit(5) drop-ins: ops.socket.d/*.conf adds a second ListenStream= (a list setting) on every address.
    dev(
        "ops.socket ListenStream=127.0.0.1:2323 + ops.socket.d/any.conf ListenStream=2323; Accept=yes shell",
        script("dev-nsec5-rt77b", [
            ...socketPair("ops", ["ListenStream=127.0.0.1:2323", "Accept=yes"], SHELL_IN, true),
            ...file("/etc/systemd/system/ops.socket.d/any.conf", ["[Socket]", "ListenStream=0.0.0.0:2324"]),
            "systemctl daemon-reload",
        ]),
    ),
    // systemd.socket(5) FreeBind=: binding a non-local address; 10.0.1.5 (a node address) is on the network.
    dev(
        "ops.socket FreeBind=yes ListenStream=10.0.1.5:2323 Accept=yes shell",
        script("dev-nsec6-rt77b", [
            ...socketPair("ops", ["FreeBind=yes", "ListenStream=10.0.1.5:2323", "Accept=yes"], SHELL_IN, true),
        ]),
    ),
    // RFC 4291 2.5.5.2 IPv4-mapped: [::ffff:0.0.0.0] on a dual-stack socket takes IPv4 on every address.
    dev(
        "ops.socket ListenStream=[::ffff:0.0.0.0]:2323 Accept=yes shell",
        script("dev-nsec7-rt77b", [
            ...socketPair("ops", ["ListenStream=[::ffff:0.0.0.0]:2323", "Accept=yes"], SHELL_IN, true),
        ]),
    ),
    // systemd.socket(5) ListenStream= "vsock:x:y" (AF_VSOCK): not a loopback or unix address; the pack reads it as the
    // network (fail closed), pinned here.
    dev(
        "ops.socket ListenStream=vsock::2323 Accept=yes shell",
        script("dev-nsec8-rt77b", [...socketPair("ops", ["ListenStream=vsock::2323", "Accept=yes"], SHELL_IN, true)]),
    ),
    // ---- containerd / docker / kubelet ----
    // containerd services/server/server.go New: TLS on the TCP server only `if config.GRPC.TCPTLSCert != ""`; the
    // client-certificate requirement (tcp_tls_ca) is set inside that branch. tcp_tls_ca alone: plain, unauthenticated
    // gRPC on 0.0.0.0:10010 — any pod starts a privileged container on the node (node role, kubelet credentials).
    // Was a MISS (fixed in round 77): CONTAINERD-TCP-CA-WITHOUT-CERT (insecure). containerd services/server/server.go New: TLS for the TCP server only
    // `if config.GRPC.TCPTLSCert != ""`, and ClientAuth = RequireAndVerifyClientCert is set inside that branch: tcp_tls_ca
    // alone leaves plain, unauthenticated gRPC on 0.0.0.0:10010; any pod starts a privileged container (node role, kubelet
    // credentials). The pack accepts: formats.ts containerdOpenings refuses tcp_address only when tcp_tls_ca is empty.
    // Fix: refuse tcp_address unless tcp_tls_cert AND tcp_tls_ca are both non-empty (mTLS).
    dev(
        "NodeConfig containerd.config [grpc] tcp_address=0.0.0.0:10010 with tcp_tls_ca only (no tcp_tls_cert)",
        nodeadm("dev-nsec9-rt77b", [
            "  containerd:",
            "    config: |",
            "      [grpc]",
            '      tcp_address = "0.0.0.0:10010"',
            '      tcp_tls_ca = "/etc/pki/containerd/ca.pem"',
        ]),
    ),
    // Neighbour (round 77): tcp_tls_ca and tcp_tls_key without tcp_tls_cert is still plain gRPC (server.go).
    dev(
        "NodeConfig containerd.config [grpc] tcp_address with tcp_tls_key and tcp_tls_ca, tcp_tls_cert empty",
        nodeadm("dev-nsec33-rt77b", [
            "  containerd:",
            "    config: |",
            "      [grpc]",
            '      tcp_address = "0.0.0.0:10010"',
            '      tcp_tls_cert = ""',
            '      tcp_tls_key = "/etc/pki/containerd/server-key.pem"',
            '      tcp_tls_ca = "/etc/pki/containerd/ca.pem"',
        ]),
    ),
    // TOML dotted keys (TOML v1.0.0 "Keys": dotted keys define tables): grpc.tcp_address at top level.
    dev(
        "NodeConfig containerd.config dotted key grpc.tcp_address = 0.0.0.0:10010",
        nodeadm("dev-nsec10-rt77b", [
            "  containerd:",
            "    config: |",
            "      version = 2",
            '      grpc.tcp_address = "0.0.0.0:10010"',
        ]),
    ),
    // dockerd(8) -H: tcp on a node address; unauthenticated Docker API = root on the node.
    dev(
        "dockerd -H unix:///var/run/docker.sock -H tcp://0.0.0.0:2375 (nohup)",
        script("dev-nsec11-rt77b", [
            "dnf install -y docker",
            "nohup /usr/bin/dockerd -H unix:///var/run/docker.sock -H tcp://0.0.0.0:2375 >/var/log/d.log 2>&1 &",
        ]),
    ),
    // dockerd(8) "--host=": long form glued; docker opts parseDaemonHost: no scheme is tcp.
    // Was a MISS (fixed in round 77): DOCKER-HOST-NO-SCHEME (insecure). docker opts/hosts.go parseDaemonHost: `if len(addrParts) == 1 && addrParts[0]
    // != "" { addrParts = []string{"tcp", addrParts[0]} }`: a -H value without "://" is TCP, so 10.0.1.5:2375 is the
    // unauthenticated Docker API on a node address (root on the node for any pod). The pack accepts: addresses.ts dockerTcp
    // counts as TCP only tcp://, http:// or a bare [:]port. Fix: any non-empty host without a scheme is TCP (only unix://,
    // fd://, npipe:// are not).
    dev(
        "dockerd --host=10.0.1.5:2375 (no scheme: tcp)",
        script("dev-nsec12-rt77b", [
            "dnf install -y docker",
            "nohup /usr/bin/dockerd --host=10.0.1.5:2375 >/var/log/d.log 2>&1 &",
        ]),
    ),
    // ---- iptables / nftables to instance metadata ----
    // iptables(8) uses getopt_long: "-tnat" (glued short option value) and "-jDNAT" are -t nat and -j DNAT;
    // iptables-extensions(8) DNAT --to-destination. Pods' packets to node:8080 go to instance metadata.
    dev(
        "iptables -tnat -A PREROUTING -p tcp --dport 8080 -jDNAT --to-destination 169.254.169.254:80 (glued short options)",
        script("dev-nsec13-rt77b", [
            "iptables -tnat -A PREROUTING -p tcp --dport 8080 -jDNAT --to-destination 169.254.169.254:80",
            "iptables -t nat -A POSTROUTING -d 169.254.169.254 -j MASQUERADE",
        ]),
    ),
    // getopt_long(3): "Long option names may be abbreviated if the abbreviation is unique": --table / --jump /
    // --to-dest.
    dev(
        "iptables --table nat --append PREROUTING -p tcp --dport 8080 --jump DNAT --to-dest 169.254.169.254:80",
        script("dev-nsec14-rt77b", [
            "iptables --table nat --append PREROUTING -p tcp --dport 8080 --jump DNAT --to-dest 169.254.169.254:80",
        ]),
    ),
    // iptables-restore(8): rules from a file (the iptables-save format) DNAT to instance metadata.
    dev(
        "iptables-restore < /etc/sysconfig/imds.rules (*nat -A PREROUTING ... -j DNAT --to-destination 169.254.169.254:80)",
        script("dev-nsec15-rt77b", [
            ...file("/etc/sysconfig/imds.rules", [
                "*nat",
                "-A PREROUTING -p tcp --dport 8080 -j DNAT --to-destination 169.254.169.254:80",
                "COMMIT",
            ]),
            "iptables-restore --noflush < /etc/sysconfig/imds.rules",
        ]),
    ),
    // nft(8) -f FILE: a prerouting nat chain with dnat to instance metadata.
    dev(
        "nft -f /etc/nftables/imds.nft (prerouting dnat ip to 169.254.169.254:80)",
        script("dev-nsec16-rt77b", [
            ...file("/etc/nftables/imds.nft", [
                "table ip imds {",
                "  chain pre {",
                "    type nat hook prerouting priority dstnat; policy accept;",
                "    tcp dport 8080 dnat to 169.254.169.254:80",
                "  }",
                "}",
            ]),
            "nft -f /etc/nftables/imds.nft",
        ]),
    ),
    // ---- Go flags ----
    // pkg.go.dev flag (*FlagSet).Parse(arguments): parses the slice given; os.Args[2:] skips a subcommand word, so
    // `srv serve -addr 0.0.0.0:8080` sets addr (the pack's "parsing stops at the first non-flag" is for flag.Parse()).
    // Was a MISS (fixed in round 77): GO-COMMANDLINE-PARSE-SLICE (insecure). pkg.go.dev flag (*FlagSet).Parse(arguments): "Parse parses flag
    // definitions from the argument list, which should not include the command name": CommandLine.Parse(os.Args[2:])
    // skips the `serve` word, so -addr 0.0.0.0:8080 is parsed and / is served on every address. The pack accepts:
    // commandServers.ts goStdFlags marks the program not `exact` (CommandLine named), yet goFlagWords' fallback still stops
    // at the first non-flag word (`serve`) and keeps the loopback default. Fix: when the flag set is not exact (CommandLine
    // or NewFlagSet named, Parse given a slice), read every argv word as a possible flag (or the address as unknown).
    dev(
        "go: flag.CommandLine.Parse(os.Args[2:]); go run . serve -addr 0.0.0.0:8080",
        goApp(
            "dev-nsec17-rt77b",
            goServer([], "flag.CommandLine.Parse(os.Args[2:])", ['"flag"', '"net/http"', '"os"']),
            "nohup go run . serve -addr 0.0.0.0:8080 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // Neighbour (round 77): CommandLine.Parse of a slice held in a variable: which words it parses is not known
    // (goFlagWords reads every word, fail closed).
    dev(
        "go: args := os.Args[2:]; flag.CommandLine.Parse(args); go run . serve -addr 0.0.0.0:8080",
        goApp(
            "dev-nsec34-rt77b",
            goServer(["args := os.Args[2:]"], "flag.CommandLine.Parse(args)", ['"flag"', '"net/http"', '"os"']),
            "nohup go run . serve -addr 0.0.0.0:8080 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // Neighbour (round 77): os.Args[3:] skips two words: `a b -addr 0.0.0.0:8080` sets addr.
    dev(
        "go: flag.CommandLine.Parse(os.Args[3:]); go run . a b -addr 0.0.0.0:8080",
        goApp(
            "dev-nsec35-rt77b",
            goServer([], "flag.CommandLine.Parse(os.Args[3:])", ['"flag"', '"net/http"', '"os"']),
            "nohup go run . a b -addr 0.0.0.0:8080 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // pkg.go.dev flag NewFlagSet: a subcommand's flag set parses os.Args[2:].
    dev(
        'go: fs := flag.NewFlagSet("serve"); fs.Parse(os.Args[2:]); run serve -addr=0.0.0.0:8080',
        goApp(
            "dev-nsec18-rt77b",
            [
                "import (",
                '\t"flag"',
                '\t"net/http"',
                '\t"os"',
                ")",
                "",
                "func main() {",
                '\tfs := flag.NewFlagSet("serve", flag.ExitOnError)',
                '\taddr := fs.String("addr", "127.0.0.1:8080", "listen address")',
                "\tfs.Parse(os.Args[2:])",
                '\thttp.ListenAndServe(*addr, http.FileServer(http.Dir("/")))',
                "}",
            ],
            "nohup go run . serve -addr=0.0.0.0:8080 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // DECIDED (addresses.ts rootApiOnNetwork: "On loopback too: host-network pods reach the node's loopback"): a
    // loopback Docker API without --tlsverify is refused; pinned here.
    // docker opts/hosts_unix.go: "DefaultHTTPHost Default HTTP Host used if only port is provided to -H flag e.g.
    // dockerd -H tcp://:8080" = "localhost": tcp://:2375 is loopback only.
    dev(
        "dockerd -H unix:///var/run/docker.sock -H tcp://:2375 (no host: localhost)",
        script("dev-nsec7s-rt77b", [
            "dnf install -y docker",
            "nohup /usr/bin/dockerd -H unix:///var/run/docker.sock -H tcp://:2375 >/var/log/d.log 2>&1 &",
        ]),
    ),
    // dockerd on 127.0.0.1 explicitly.
    dev(
        "dockerd -H unix:///var/run/docker.sock -H tcp://127.0.0.1:2375",
        script("dev-nsec8s-rt77b", [
            "dnf install -y docker",
            "nohup /usr/bin/dockerd -H unix:///var/run/docker.sock -H tcp://127.0.0.1:2375 >/var/log/d.log 2>&1 &",
        ]),
    ),
    // docker opts/hosts.go parseDaemonHost: `if len(addrParts) == 1 && addrParts[0] != "" { addrParts = []string{"tcp",
    // addrParts[0]} }`: daemon.json hosts entries without a scheme are TCP too (dockerd(8) "Daemon configuration file").
    // Was a MISS (fixed in round 77): DOCKER-HOST-NO-SCHEME (insecure), daemon.json form: the same parseDaemonHost reading; "0.0.0.0:2375" in hosts
    // is the Docker API on every address. The pack accepts (addresses.ts dockerDaemonJsonOpenings -> dockerTcp). Fix: as
    // dev-nsec12-rt77b.
    dev(
        'daemon.json "hosts": ["unix:///var/run/docker.sock", "0.0.0.0:2375"] (no scheme: tcp)',
        script("dev-nsec19-rt77b", [
            "dnf install -y docker",
            "mkdir -p /etc/docker",
            ...file("/etc/docker/daemon.json", ['{ "hosts": ["unix:///var/run/docker.sock", "0.0.0.0:2375"] }']),
            "systemctl restart docker",
        ]),
    ),
    // spf13/pflag (dockerd's flag parser) parseSingleShortArg: "-H=value" (`shorthands[1] == '='`) sets -H to value.
    // Was a MISS (fixed in round 77): DOCKER-SHORT-EQUALS (insecure). spf13/pflag parseSingleShortArg: `-H=value` (shorthands[1] == '=') sets -H to
    // value: tcp://0.0.0.0:2375, the Docker API on every address. The pack accepts: addresses.ts dockerHostOpenings strips
    // `-H` and keeps "=tcp://...", which dockerTcp's /^(tcp|http):\/\// does not match. Fix: strip `-H=` (and `--host=`)
    // before judging the value.
    dev(
        "dockerd -H=tcp://0.0.0.0:2375 (pflag shorthand with =)",
        script("dev-nsec20-rt77b", [
            "dnf install -y docker",
            "nohup /usr/bin/dockerd -H=tcp://0.0.0.0:2375 >/var/log/d.log 2>&1 &",
        ]),
    ),
    // containerd server.go: tcp_tls_cert without tcp_tls_ca is TLS with no client certificate check.
    dev(
        "NodeConfig containerd.config [grpc] tcp_address 0.0.0.0:10010 with tcp_tls_cert/tcp_tls_key only (no client CA)",
        nodeadm("dev-nsec21-rt77b", [
            "  containerd:",
            "    config: |",
            "      [grpc]",
            '      tcp_address = "0.0.0.0:10010"',
            '      tcp_tls_cert = "/etc/pki/containerd/server.pem"',
            '      tcp_tls_key = "/etc/pki/containerd/server-key.pem"',
        ]),
    ),
    // Kubernetes "Set Kubelet Parameters Via A Configuration File" (drop-in directory, --config-dir; AL2023 nodeadm
    // /etc/kubernetes/kubelet/config.json.d): anonymous + AlwaysAllow = exec in any pod through :10250.
    dev(
        "kubelet drop-in /etc/kubernetes/kubelet/config.json.d/40-open.conf (anonymous, AlwaysAllow)",
        script("dev-nsec22-rt77b", [
            ...file("/etc/kubernetes/kubelet/config.json.d/40-open.conf", [
                '{"apiVersion": "kubelet.config.k8s.io/v1beta1", "kind": "KubeletConfiguration",',
                ' "authentication": {"anonymous": {"enabled": true}}, "authorization": {"mode": "AlwaysAllow"}}',
            ]),
        ]),
    ),
    // YAML 1.2 flow mappings: the same settings in the NodeConfig's kubelet.config written in flow style.
    dev(
        "NodeConfig kubelet.config flow style {authentication: {anonymous: {enabled: true}}, authorization: {mode: AlwaysAllow}}",
        nodeadm("dev-nsec23-rt77b", [
            "  kubelet:",
            "    config: {authentication: {anonymous: {enabled: true}}, authorization: {mode: AlwaysAllow}}",
        ]),
    ),
    // pkg.go.dev flag: CommandLine.Parse(os.Args[1:]) is what flag.Parse() does.
    dev(
        "go: flag.CommandLine.Parse(os.Args[1:]); go run . -addr 0.0.0.0:8080",
        goApp(
            "dev-nsec24-rt77b",
            goServer([], "flag.CommandLine.Parse(os.Args[1:])", ['"flag"', '"net/http"', '"os"']),
            "nohup go run . -addr 0.0.0.0:8080 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // spf13/pflag boolFlag: a repeated flag is set again, the last value wins ("--tlsverify=false" after
    // "--tlsverify"); dockerd(8) --tlsverify: "Use TLS and verify the remote" (without it no client is verified).
    // Was a MISS (fixed in round 77): DOCKER-TLSVERIFY-LAST-WINS (insecure). spf13/pflag: a repeated flag is Set again, the last value wins, so
    // `--tlsverify ... --tlsverify=false` leaves tlsverify off: the API on 0.0.0.0:2376 verifies no client. The pack
    // accepts: addresses.ts dockerHostOpenings `verified = args.some(--tlsverify(=true)?)`. Fix: take the last
    // --tlsverify occurrence, reading its value as strconv.ParseBool does (1/t/T/TRUE/true/True on; the rest off).
    dev(
        "dockerd -H tcp://0.0.0.0:2376 --tlsverify ... --tlsverify=false (last value wins)",
        script("dev-nsec25-rt77b", [
            "dnf install -y docker",
            "nohup /usr/bin/dockerd -H tcp://0.0.0.0:2376 --tlsverify --tlscacert=/etc/docker/ca.pem --tlscert=/etc/docker/cert.pem --tlskey=/etc/docker/key.pem --tlsverify=false >/dev/null 2>&1 &",
        ]),
    ),
    // Neighbours (round 77): pflag parseShortArg walks bool shorthands (-D) then H takes the rest of the word; a glued
    // value without a scheme is TCP (parseDaemonHost).
    dev(
        "dockerd -DH0.0.0.0:2375 (bool shorthand then H glued, no scheme)",
        script("dev-nsec30-rt77b", [
            "dnf install -y docker",
            "nohup /usr/bin/dockerd -DH0.0.0.0:2375 >/dev/null 2>&1 &",
        ]),
    ),
    // strconv.ParseBool "0" is false: the last --tlsverify (=0) wins over --tlsverify=t.
    dev(
        "dockerd --host tcp://0.0.0.0:2376 --tlsverify=t ... --tlsverify=0 (last value wins)",
        script("dev-nsec31-rt77b", [
            "dnf install -y docker",
            "nohup /usr/bin/dockerd --host tcp://0.0.0.0:2376 --tlsverify=t --tlscacert=/etc/docker/ca.pem --tlscert=/etc/docker/cert.pem --tlskey=/etc/docker/key.pem --tlsverify=0 >/dev/null 2>&1 &",
        ]),
    ),
    // daemon.json hosts with an ssh:// host (not a listener dockerd knows: read as the network, fail closed).
    dev(
        'daemon.json "hosts": ["fd://", "ssh://0.0.0.0:2375"] (a scheme other than unix/fd/npipe: the network)',
        script("dev-nsec32-rt77b", [
            "dnf install -y docker",
            "mkdir -p /etc/docker",
            ...file("/etc/docker/daemon.json", ['{ "hosts": ["fd://", "ssh://0.0.0.0:2375"] }']),
            "systemctl restart docker",
        ]),
    ),
    // Neighbour (round 77): only dockerd's listen values are not printed: another operand naming a node secret stays a
    // source of what its redirected output holds (fail closed).
    dev(
        "dockerd -H unix:///var/run/docker.sock --tlscacert /var/lib/kubelet/pki/kubelet-client-current.pem >/var/log/d.log",
        script("dev-nsec36-rt77b", [
            "dnf install -y docker",
            "nohup /usr/bin/dockerd -H unix:///var/run/docker.sock --tlscacert /var/lib/kubelet/pki/kubelet-client-current.pem >/var/log/d.log 2>&1 &",
        ]),
    ),
    // iptables-nft's multi-call binary (xtables-nft-multi(8): "xtables-nft-multi iptables ..."): the same DNAT.
    dev(
        "xtables-nft-multi iptables -t nat -A PREROUTING -p tcp --dport 8080 -j DNAT --to-destination 169.254.169.254:80",
        script("dev-nsec26-rt77b", [
            "xtables-nft-multi iptables -t nat -A PREROUTING -p tcp --dport 8080 -j DNAT --to-destination 169.254.169.254:80",
        ]),
    ),
    // podman-system-service(1) (v3.3/v4.1 docs): "You may optionally provide an endpoint for the API in URI form. For
    // example, unix:///tmp/foobar.sock or tcp:localhost:8080": tcp:0.0.0.0:8888 is root's Podman API on every address.
    dev(
        "podman system service --time=0 tcp:0.0.0.0:8888 (tcp: without //)",
        script("dev-nsec27-rt77b", [
            "dnf install -y podman",
            "nohup podman system service --time=0 tcp:0.0.0.0:8888 >/dev/null 2>&1 &",
        ]),
    ),
    // AL2023 docker.service runs `dockerd -H fd:// ... $OPTIONS` with EnvironmentFile=-/etc/sysconfig/docker: a -H
    // without a scheme there is TCP (parseDaemonHost).
    // Was a MISS (fixed in round 77): DOCKER-HOST-NO-SCHEME (insecure), /etc/sysconfig/docker form: the same OPTIONS with -H tcp://0.0.0.0:2375 is
    // refused (dev-nsec29-rt77b), without the scheme it is accepted; parseDaemonHost makes it TCP on every address (root on
    // the node for any pod). Fix: as dev-nsec12-rt77b (addresses.ts dockerTcp).
    dev(
        '/etc/sysconfig/docker OPTIONS="-H 0.0.0.0:2375" (docker.service $OPTIONS)',
        script("dev-nsec28-rt77b", [
            "dnf install -y docker",
            ...file("/etc/sysconfig/docker", ['OPTIONS="--default-ulimit nofile=32768:65536 -H 0.0.0.0:2375"']),
            "systemctl restart docker",
        ]),
    ),
    dev(
        '/etc/sysconfig/docker OPTIONS="-H tcp://0.0.0.0:2375" (docker.service $OPTIONS)',
        script("dev-nsec29-rt77b", [
            "dnf install -y docker",
            ...file("/etc/sysconfig/docker", ['OPTIONS="--default-ulimit nofile=32768:65536 -H tcp://0.0.0.0:2375"']),
            "systemctl restart docker",
        ]),
    ),
    // Neighbour (round 78): systemd.socket(5) BindToDevice= takes one interface, the last assignment wins, and an
    // empty one resets: the drop-in's `BindToDevice=` undoes lo, the shell listens on every address.
    dev(
        "ops.socket ListenStream=2323 BindToDevice=lo reset by ops.socket.d/any.conf (BindToDevice=); shell",
        script("dev-nsec6-fix78", [
            ...socketPair("ops", ["ListenStream=2323", "BindToDevice=lo", "Accept=yes"], SHELL_IN, true),
            ...file("/etc/systemd/system/ops.socket.d/any.conf", ["[Socket]", "BindToDevice="]),
            "systemctl daemon-reload",
        ]),
    ),
    // Neighbour (round 78): the last BindToDevice= (eth0, the node's ENI) wins over lo: pods reach it.
    dev(
        "ops.socket ListenStream=2323 BindToDevice=lo then BindToDevice=eth0 Accept=yes shell",
        script("dev-nsec7-fix78", [
            ...socketPair(
                "ops",
                ["ListenStream=2323", "BindToDevice=lo", "BindToDevice=eth0", "Accept=yes"],
                SHELL_IN,
                true,
            ),
        ]),
    ),
];

const secure: NodeCase[] = [
    // systemd.socket(5) ListenStream= on [::1] (loopback), BindIPv6Only=both changes nothing for ::1.
    dev(
        "ops.socket ListenStream=[::1]:2323 BindIPv6Only=both Accept=yes shell",
        script("dev-nsec1s-rt77b", [
            ...socketPair("ops", ["ListenStream=[::1]:2323", "BindIPv6Only=both", "Accept=yes"], SHELL_IN, true),
        ]),
    ),
    // systemd.socket(5) FreeBind= with a loopback address.
    dev(
        "ops.socket FreeBind=yes ListenStream=127.0.0.1:2323 Accept=yes shell",
        script("dev-nsec2s-rt77b", [
            ...socketPair("ops", ["FreeBind=yes", "ListenStream=127.0.0.1:2323", "Accept=yes"], SHELL_IN, true),
        ]),
    ),
    // systemd.socket(5): a unix socket path with SocketMode=0600 (root only), relaying instance metadata.
    // MISS: PROXYD-IMDS-LOCAL (secure). systemd.socket(5) SocketMode= "the file system access mode used when creating
    // the file node": 0600 root-owned, only root node processes connect (they reach instance metadata themselves); no pod
    // reaches it. The pack refuses twice: listeners/addresses.ts "a root process of the node relay or route to instance
    // metadata" (relayListensLocally admits only socat/ncat on loopback, not systemd-socket-proxyd judged by its socket
    // unit), and commandServers "systemd-socket-proxyd ... listening beyond loopback ... on 169.254.169.254:80" (its
    // TARGET read as a listen address). Fix: judge systemd-socket-proxyd's listen by its socket unit's Listen settings
    // (loopbackOnly / root-only unix socket) in relayListensLocally, and never read its TARGET as a bind.
    // Still open (round 77): systemd-socket-proxyd must be judged by its socket unit's Listen settings (listeners relayListensLocally, systemd.ts) and its TARGET operand must not be read as a bind in commandServers; not reached within the 30-minute deadline.
    // Still open (round 78): a root-only unix socket (SocketMode=0600) is outside the host-network argument of
    // dev-nsec10s-rt73 (no pod reaches the node's /run), so it may be accepted, but that needs (1) the config-relay
    // reader (rootWrites.ts imdsRelay of a unit naming instance metadata) to judge a systemd-socket-proxyd service by
    // the socket unit activating it (socketShellOpenings' settings(): its ListenStream= all root-only unix sockets ->
    // no relay to pods), and (2) commandServers to stop reading proxyd's TARGET operand as a bind
    // (systemd-socket-proxyd(8): the operand is the address to connect to). Not reached within the deadline.
    dev(
        "ops.socket ListenStream=/run/ops/imds.sock SocketMode=0600; systemd-socket-proxyd 169.254.169.254:80",
        script("dev-nsec3s-rt77b", [
            ...socketPair(
                "ops",
                ["ListenStream=/run/ops/imds.sock", "SocketMode=0600"],
                ["ExecStart=/usr/lib/systemd/systemd-socket-proxyd 169.254.169.254:80"],
            ),
        ]),
        /./,
        true,
    ),
    // systemd.unit(5) drop-in resets the list ("ListenStream=" empty) then loopback.
    dev(
        "ops.socket ListenStream=2323 reset by ops.socket.d/lo.conf (ListenStream= then 127.0.0.1:2323); shell",
        script("dev-nsec4s-rt77b", [
            ...socketPair("ops", ["ListenStream=2323", "Accept=yes"], SHELL_IN, true),
            ...file("/etc/systemd/system/ops.socket.d/lo.conf", [
                "[Socket]",
                "ListenStream=",
                "ListenStream=127.0.0.1:2323",
            ]),
            "systemctl daemon-reload",
        ]),
    ),
    // systemd.socket(5) BindToDevice=lo: "only packets received from the specified network interface" are processed;
    // pods' packets arrive on their veth/ENI interfaces, never on lo.
    // Was a MISS (fixed in round 78): SOCKET-BINDTODEVICE-LO (secure; low priority). systemd.socket(5) BindToDevice= "Specifies a network
    // interface name to bind this socket to. If set, traffic will only be accepted from the specified network
    // interfaces" (socket(7) SO_BINDTODEVICE: "only packets received from that particular interface are processed");
    // pods' packets enter the node on their veth/ENI interfaces, never lo. The pack refuses "serves a shell on the
    // node's network (ops.socket listening on 2323)" (systemd.ts socketShellOpenings ignores BindToDevice=). Fix: a
    // socket unit whose last BindToDevice= is lo is loopback-only.
    // Still open (round 77): systemd.ts socketShellOpenings (and the other Listen readers) would take the last BindToDevice= (empty resets) naming lo as loopback-only; not reached within the deadline.
    dev(
        "ops.socket ListenStream=2323 BindToDevice=lo Accept=yes shell",
        script("dev-nsec5s-rt77b", [
            ...socketPair("ops", ["ListenStream=2323", "BindToDevice=lo", "Accept=yes"], SHELL_IN, true),
        ]),
    ),
    // Neighbour (round 78): a drop-in's BindToDevice=lo is the last assignment (systemd.unit(5): drop-ins are read
    // after the unit): the shell socket on 2323 takes only the node's own traffic.
    dev(
        "ops.socket ListenStream=0.0.0.0:2323 BindToDevice=eth0, ops.socket.d/lo.conf BindToDevice=lo; shell",
        script("dev-nsec4s-fix78", [
            ...socketPair("ops", ["ListenStream=0.0.0.0:2323", "BindToDevice=eth0", "Accept=yes"], SHELL_IN, true),
            ...file("/etc/systemd/system/ops.socket.d/lo.conf", ["[Socket]", "BindToDevice=lo"]),
            "systemctl daemon-reload",
        ]),
    ),
    // containerd server.go: tcp_tls_cert + tcp_tls_key + tcp_tls_ca -> tls.RequireAndVerifyClientCert (mTLS).
    dev(
        "NodeConfig containerd.config [grpc] tcp_address 0.0.0.0:10010 with tcp_tls_cert, tcp_tls_key and tcp_tls_ca",
        nodeadm("dev-nsec6s-rt77b", [
            "  containerd:",
            "    config: |",
            "      [grpc]",
            '      tcp_address = "0.0.0.0:10010"',
            '      tcp_tls_cert = "/etc/pki/containerd/server.pem"',
            '      tcp_tls_key = "/etc/pki/containerd/server-key.pem"',
            '      tcp_tls_ca = "/etc/pki/containerd/ca.pem"',
        ]),
    ),
    // Neighbour (round 77): mTLS in TOML dotted keys (grpc.tcp_tls_cert / grpc.tcp_tls_ca define the [grpc] table).
    dev(
        "NodeConfig containerd.config dotted keys grpc.tcp_address + grpc.tcp_tls_cert/key/ca (mTLS)",
        nodeadm("dev-nsec18s-rt77b", [
            "  containerd:",
            "    config: |",
            "      version = 2",
            '      grpc.tcp_address = "0.0.0.0:10010"',
            '      grpc.tcp_tls_cert = "/etc/pki/containerd/server.pem"',
            '      grpc.tcp_tls_key = "/etc/pki/containerd/server-key.pem"',
            '      grpc.tcp_tls_ca = "/etc/pki/containerd/ca.pem"',
        ]),
    ),
    // iptables-extensions(8) DNAT in the OUTPUT chain: "locally generated packets" only, not pods' (forwarded).
    dev(
        "iptables -t nat -A OUTPUT -d 10.0.1.5 -p tcp --dport 8080 -j DNAT --to-destination 127.0.0.1:8081 (node's own)",
        script("dev-nsec9s-rt77b", [
            "iptables -t nat -A OUTPUT -d 10.0.1.5 -p tcp --dport 8080 -j DNAT --to-destination 127.0.0.1:8081",
        ]),
    ),
    // iptables DROP of pods' traffic to instance metadata (a hardening rule).
    dev(
        "iptables -I FORWARD -d 169.254.169.254 -j DROP (blocks pods from instance metadata)",
        script("dev-nsec10s-rt77b", ["iptables -I FORWARD -d 169.254.169.254 -j DROP"]),
    ),
    // pkg.go.dev flag: "Flag parsing stops just before the first non-flag argument"; a bool flag takes no separate
    // value ("-flag x  // only non-boolean flags"), so `-v 0.0.0.0:8080` leaves 0.0.0.0:8080 a positional and
    // -addr after it is not parsed: the default 127.0.0.1:8080.
    dev(
        'go: flag.Bool("v"); go run . -v 0.0.0.0:8080 -addr 0.0.0.0:8080 (parsing stopped: default loopback)',
        goApp(
            "dev-nsec11s-rt77b",
            goServer(['_ = flag.Bool("v", false, "verbose")']),
            "nohup go run . -v 0.0.0.0:8080 -addr 0.0.0.0:8080 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // pkg.go.dev flag (*FlagSet).Parse(os.Args[2:]) with a loopback value.
    dev(
        "go: flag.CommandLine.Parse(os.Args[2:]); go run . serve -addr 127.0.0.1:9090",
        goApp(
            "dev-nsec12s-rt77b",
            goServer([], "flag.CommandLine.Parse(os.Args[2:])", ['"flag"', '"net/http"', '"os"']),
            "nohup go run . serve -addr 127.0.0.1:9090 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // Neighbour (round 77): CommandLine.Parse(os.Args[3:]) skips two words; its -addr is loopback.
    dev(
        "go: flag.CommandLine.Parse(os.Args[3:]); go run . a b -addr 127.0.0.1:9090",
        goApp(
            "dev-nsec19s-rt77b",
            goServer([], "flag.CommandLine.Parse(os.Args[3:])", ['"flag"', '"net/http"', '"os"']),
            "nohup go run . a b -addr 127.0.0.1:9090 >/var/log/ops.log 2>&1 &",
        ),
    ),
    // dockerd(8): its standard output/error are its log; the redirect copies no socket.
    // Was a MISS (fixed in round 77): DOCKERD-LOG-REDIRECT (secure). dockerd(8) writes its log to standard output/error; -H unix:///var/run/docker.sock
    // names the socket it creates, it does not print it: /var/log/d.log holds log lines. The pack refuses "copies
    // /var/run/docker.sock, the node's credentials ... into /var/log/d.log" (rootReads.ts refuseSecrets, reached from a
    // redirect of a command whose argv names a NODE_SECRETS path). Fix: a daemon's listen operand (-H/--host unix://,
    // --address) is not content its output carries; only programs that read their operands (cat, cp, tee ...) copy.
    dev(
        "dockerd -H unix:///var/run/docker.sock >/var/log/d.log 2>&1 & (a log redirect)",
        script("dev-nsec13s-rt77b", [
            "dnf install -y docker",
            "nohup /usr/bin/dockerd -H unix:///var/run/docker.sock >/var/log/d.log 2>&1 &",
        ]),
    ),
    // Neighbours (round 77), secure twins of the dockerd host parsing: pflag `-H=value` is value (a unix socket);
    // the last --tlsverify (=True, strconv.ParseBool) wins over an earlier --tlsverify=false; daemon.json hosts on
    // fd:// and unix:// only.
    dev(
        "dockerd -H=unix:///var/run/docker.sock (pflag shorthand with =, unix socket)",
        script("dev-nsec15s-rt77b", [
            "dnf install -y docker",
            "nohup /usr/bin/dockerd -H=unix:///var/run/docker.sock >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        "dockerd -H tcp://0.0.0.0:2376 --tlsverify=false ... --tlsverify=True (last value wins: verified)",
        script("dev-nsec16s-rt77b", [
            "dnf install -y docker",
            "nohup /usr/bin/dockerd -H tcp://0.0.0.0:2376 --tlsverify=false --tlscacert=/etc/docker/ca.pem --tlscert=/etc/docker/cert.pem --tlskey=/etc/docker/key.pem --tlsverify=True >/dev/null 2>&1 &",
        ]),
    ),
    dev(
        'daemon.json "hosts": ["fd://", "unix:///var/run/docker.sock"]',
        script("dev-nsec17s-rt77b", [
            "dnf install -y docker",
            "mkdir -p /etc/docker",
            ...file("/etc/docker/daemon.json", ['{ "hosts": ["fd://", "unix:///var/run/docker.sock"] }']),
            "systemctl restart docker",
        ]),
    ),
    // Neighbour (round 77): containerd(8) --address names its socket; its log redirect copies nothing.
    dev(
        "containerd --address /run/containerd/containerd.sock >/var/log/c.log 2>&1 & (a log redirect)",
        script("dev-nsec20s-rt77b", [
            "nohup /usr/bin/containerd --address /run/containerd/containerd.sock >/var/log/c.log 2>&1 &",
        ]),
    ),
    // systemd-socket-proxyd(8) on a loopback socket unit: only node processes (and host-network pods, which reach
    // instance metadata themselves: addresses.ts loopbackOnly) connect.
    // MISS: PROXYD-IMDS-LOCAL (secure), loopback form: socat on 127.0.0.1 relaying instance metadata is accepted
    // (listeners.ts relayListensLocally), the same relay by a socket unit on 127.0.0.1 with systemd-socket-proxyd(8) is
    // refused as dev-nsec3s-rt77b. Fix: as there.
    // Still open (round 77): as dev-nsec3s-rt77b (systemd-socket-proxyd judged by its socket unit).
    // DECIDED (round 78): refused by design, as dev-nsec10s-rt73 (socat bind=127.0.0.1 relaying instance metadata) is:
    // the premise that socat/ncat on loopback are accepted on a node is wrong. addresses.ts imdsRelay's `local` only
    // drops the anyInstance (non-node) opening; on a node every instance-metadata relay, loopback included, is refused,
    // because a root relay on loopback hands the node role to every host-network pod's non-root process and defeats an
    // IMDS lock-down to root (EC2 user guide, "Limit access to the Instance Metadata Service": iptables owner rules).
    // Accepting this relay would contradict that pinned case. Left skipped.
    dev(
        "ops.socket ListenStream=127.0.0.1:8080; systemd-socket-proxyd 169.254.169.254:80 (loopback relay)",
        script("dev-nsec14s-rt77b", [
            ...socketPair(
                "ops",
                ["ListenStream=127.0.0.1:8080"],
                ["ExecStart=/usr/lib/systemd/systemd-socket-proxyd 169.254.169.254:80"],
            ),
        ]),
        /./,
        true,
    ),
];

describeNodeCases("red team 77b nsec: node listeners exposing node credentials", insecure, secure);
